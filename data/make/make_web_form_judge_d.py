"""Judge set D for web-form relays (stdlib only): mail that a web site's forms relay to the complaints mailbox,
the machine mail that looks like it, and ordinary person-written controls.

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.
  group F (34): a form relay (form software's From address, form subject, "Label: value" plain text, an HTML
                two-column table or HTML <p><strong>Label:</strong> value</p> lines), labelled by what the
                submitter wrote; a form relay carries a person's words, so it is never auto_generated.
  group N (14): machine mail that looks like it (receipts with no submitter text, admin alerts without the entry,
                portal notifications, a form service's newsletter / billing / quota mail): auto_generated.
  group C (12): controls, the same kinds of people writing ordinary email themselves.

`explicit` follows the submitter's own words: their free text, a subject they typed, or "Complaint" chosen as the
topic. The form's own name, field labels and the subject the software writes do not count, so where only that
boilerplate says "complaint", record_errors' explicit check is replaced by the check on the submitter's words
(`errors` below).

All people, firms outside data/firms.csv, addresses, domains and reference numbers are invented.
Run:  .venv/bin/python data/make/make_web_form_judge_d.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (
    FIRM_NAMES,
    escape_html,
    html_with_quote,
    record_errors,
    run_generator,
    short_labels,
)

SEED = 20280301
PREFIX = "wfd"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "web_form_judge_d.jsonl")

SITE = {"pexa": "pexa.co.uk", "conexus": "conexus-services.com"}
PORTAL = {"pexa": "portal.pexa.co.uk", "conexus": "my.conexus-services.com"}

# What the submitter picked from the form's topic list: each envelope shows its own option wording
# (index = the envelope's `variant`). Only the "complaint" options contain the word.
TOPICS = {
    "general": ("General enquiry", "Something else", "Other"),
    "complaint": ("Complaint", "Make a complaint", "I want to complain"),
    "mydata": ("My data", "Data protection / privacy", "My personal information"),
    "payments": ("Payments", "Making a payment", "Change my payment date"),
    "technical": ("Technical support", "Platform issue", "Problem using the platform"),
    "billing": ("Billing and invoices", "Fees and invoices", "Billing"),
    "feedback": ("Feedback", "Compliment", "Feedback or compliment"),
    "training": ("Training", "Training and events", "Training courses"),
    "onboarding": ("Joining PEXA", "Registration and onboarding", "New participant registration"),
    "settlement": ("Settlement and lodgement", "My property transaction", "Completion day"),
    "account": ("My account", "Account enquiry", "Question about my balance"),
    "arrangement": ("Payment plan", "Set up or change a payment plan", "Payment arrangement"),
    "bereavement": ("Bereavement", "Someone has died", "Bereavement support"),
    "client": ("Client services", "Creditor clients", "Client enquiry"),
}
# form name, free-text label and topic label per kind of form (index = envelope variant)
FORMS = {
    "contact": ("Contact us", "Contact form", "Get in touch"),
    "complaint": ("Make a complaint", "Complaint form", "Complaints"),
    "data": ("Data request", "Data protection request", "Your data rights"),
    "feedback": ("Feedback", "Feedback form", "Tell us what you think"),
    "support": ("Support request", "Platform support", "Help request"),
    "payment": ("Change payment date", "Payment date change", "Manage my payments"),
    "client": ("Client enquiry", "Creditor client contact", "Client services enquiry"),
}
MSG_LABELS = {
    "contact": ("Message", "How can we help?", "Details of your enquiry"),
    "complaint": ("Details of your complaint", "Tell us what went wrong", "What is your complaint about?"),
    "data": ("Details of your request", "Your request", "What would you like us to do?"),
    "feedback": ("Comments", "Your feedback", "Comments"),
    "support": ("Describe the problem", "How can we help?", "Details"),
    "payment": ("Comments", "Anything else we should know?", "Reason for change"),
    "client": ("Message", "Your enquiry", "Details"),
}
OUTCOME_LABELS = ("What would you like us to do to put things right?", "Desired outcome",
                  "How would you like this resolved?")
TOPIC_LABELS = ("Reason for contact", "Enquiry type", "Topic", "What is your enquiry about?")
REF_LABELS = {"pexa": ("Organisation / subscriber ID", "Workspace or reference number", "Reference"),
              "conexus": ("Account number", "Account or reference number", "Your reference")}

# envelope -> (layout, sender kind)
ENVELOPES = {
    "cf7_plain": ("plain", "firm"),
    "elementor_plain": ("plain", "firm"),
    "portal_plain": ("plain", "firm"),
    "service_plain": ("plain", "service"),
    "gravity_table": ("html_table", "firm"),
    "jotform_table": ("html_table", "service"),
    "cf7_html": ("html_p", "firm"),
    "hub_html_p": ("html_p", "service"),
}


def stamp(rng):
    """A submission time in early 2026: (long date, short date, time)."""
    d = rng.randrange(10, 28)
    h, mi = rng.randrange(7, 22), rng.randrange(60)
    return f"{d} March 2026 {h:02d}:{mi:02d}", f"{d:02d}/03/2026", f"{h:02d}:{mi:02d}"


def ip(rng):
    return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(2, 250)}"


def person_fields(sc, variant, split_name):
    """The submitter's identifying fields as (label, value) pairs, in the envelope's style."""
    p = sc["person"]
    first, _, last = p["name"].partition(" ")
    out = []
    if split_name:
        out += [("First name", first), ("Last name", last)]
    else:
        out.append((("Name", "Your name", "Full name")[variant], p["name"]))
    out.append((("Email", "Your email", "Email address")[variant], p["email"]))
    if p.get("phone"):
        out.append((("Phone", "Telephone", "Contact number")[variant], p["phone"]))
    if p.get("org"):
        out.append((("Organisation", "Firm name", "Company")[variant], p["org"]))
    if p.get("address"):
        out.append((("Postal address", "Address", "Your address")[variant], p["address"]))
    if p.get("ref"):
        out.append((REF_LABELS[sc["mailbox"]][variant], p["ref"]))
    return out


def submission(sc, variant, split_name=False, topic_label_i=None):
    """All the (label, value) fields of one submission, and the values the submitter wrote or chose."""
    fields = person_fields(sc, variant, split_name)
    said = [v for _, v in fields]
    if sc.get("topic"):
        t = TOPICS[sc["topic"]][variant]
        fields.append((TOPIC_LABELS[variant if topic_label_i is None else topic_label_i], t))
        said.append(t)
    for lab, val in sc.get("extra", ()):
        fields.append((lab, val))
        said.append(val)
    if sc.get("subj"):
        fields.append(("Subject", sc["subj"]))
        said.append(sc["subj"])
    fields.append((MSG_LABELS[sc["form"]][variant], sc["text"]))
    said.append(sc["text"])
    if sc.get("outcome"):
        fields.append((OUTCOME_LABELS[variant], sc["outcome"]))
        said.append(sc["outcome"])
    return fields, said


def reply_to(sc):
    return {"reply-to": f"{sc['person']['name']} <{sc['person']['email']}>"}


def colon(label):
    return label if label.endswith("?") else label + ":"


def plain_fields(fields):
    """Label: value lines; a multi-line or long value goes under its label."""
    out = []
    for lab, val in fields:
        if "\n" in val or len(val) > 90:
            out += ["", colon(lab), val, ""]
        else:
            out.append(f"{colon(lab)} {val}")
    return "\n".join(out).replace("\n\n\n", "\n\n").strip("\n")


def html_value(val):
    return escape_html(val).replace("\n\n", "<br><br>").replace("\n", "<br>")


def html_table(fields, head=None, label_bg="#f4f4f4"):
    rows = []
    if head:
        rows.append(f'<tr><th colspan="2" style="background:#2d3e50;color:#fff;text-align:left">{escape_html(head)}</th></tr>')
    for lab, val in fields:
        rows.append(f'<tr><td style="background:{label_bg};width:30%;vertical-align:top"><strong>{escape_html(lab)}'
                    f'</strong></td><td>{html_value(val)}</td></tr>')
    return ('<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">\n'
            + "\n".join(rows) + "\n</table>")


def html_paras(fields):
    return "\n".join(f"<p><strong>{escape_html(colon(lab))}</strong> {html_value(val)}</p>" for lab, val in fields)


# ---------------------------------------------------------------------------------------------
# form envelopes: each returns (from, subject, headers, body, html, said)


def env_cf7_plain(sc, rng):
    mb = sc["mailbox"]
    firm, site = FIRM_NAMES[mb], SITE[mb]
    p = sc["person"]
    topic = TOPICS[sc["topic"]][0] if sc.get("topic") else None
    subj_line = sc.get("subj") or topic or FORMS[sc["form"]][0]
    said = [p["name"], p["email"], sc["text"]] + ([sc["subj"]] if sc.get("subj") else []) + ([topic] if topic else [])
    lines = [f"From: {p['name']} <{p['email']}>", f"Subject: {subj_line}"]
    if p.get("phone"):
        lines.append(f"Phone: {p['phone']}")
        said.append(p["phone"])
    if p.get("ref"):
        lines.append(f"{REF_LABELS[mb][2]}: {p['ref']}")
        said.append(p["ref"])
    for lab, val in sc.get("extra", ()):
        lines.append(f"{lab}: {val}")
        said.append(val)
    lines += ["", "Message Body:", sc["text"]]
    if sc.get("outcome"):
        lines += ["", OUTCOME_LABELS[0], sc["outcome"]]
        said.append(sc["outcome"])
    lines += ["", "-- ", f"This e-mail was sent from a contact form on {firm} (https://www.{site})"]
    return (f"{firm} Website <wordpress@{site}>", f"[{firm}] {subj_line}", reply_to(sc), "\n".join(lines), False, said)


def env_cf7_html(sc, rng):
    mb = sc["mailbox"]
    firm, site = FIRM_NAMES[mb], SITE[mb]
    fields, said = submission(sc, 1, topic_label_i=1)
    when, _, _ = stamp(rng)
    form = FORMS[sc["form"]][1]
    body = (f"<html><body>\n{html_paras(fields)}\n<hr>\n<p style=\"color:#777;font-size:12px\">Sent from the "
            f"{escape_html(form)} form at https://www.{site}/{sc['form']}/ on {when}</p>\n</body></html>")
    return (f"{firm} website <website@{site}>", f"Website enquiry: {form}", reply_to(sc), body, True, said)


def env_gravity_table(sc, rng):
    mb = sc["mailbox"]
    firm, site = FIRM_NAMES[mb], SITE[mb]
    fields, said = submission(sc, 0, split_name=True)
    when, _, _ = stamp(rng)
    form = FORMS[sc["form"]][0]
    body = (f"<html><body>\n<p>You have a new submission.</p>\n{html_table(fields)}\n"
            f"<p style=\"font-size:11px;color:#888\">Submitted on {when} | IP address: {ip(rng)} | "
            f"https://www.{site}/contact/</p>\n</body></html>")
    return (f"{firm} <noreply@{site}>", f"New submission from {form}", reply_to(sc), body, True, said)


def env_elementor_plain(sc, rng):
    mb = sc["mailbox"]
    firm, site = FIRM_NAMES[mb], SITE[mb]
    fields, said = submission(sc, 2, topic_label_i=3)
    _, day, tm = stamp(rng)
    page = {"contact": "contact-us", "complaint": "complaints", "data": "privacy/data-request",
            "feedback": "feedback", "support": "support", "payment": "manage-payments", "client": "clients"}[sc["form"]]
    body = (plain_fields(fields) + "\n\n---\n"
            f"Date: {day}\nTime: {tm}\nPage URL: https://www.{site}/{page}/\n"
            "User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/122.0 Safari/537.36\nRemote IP: {ip(rng)}\nPowered by: SiteBuilder Forms")
    return (f"WordPress <wordpress@{site}>", f'New message from "{firm}"', reply_to(sc), body, False, said)


def env_portal_plain(sc, rng):
    mb = sc["mailbox"]
    firm = FIRM_NAMES[mb]
    fields, said = submission(sc, 0, topic_label_i=0)
    when, _, _ = stamp(rng)
    ref = f"WEB-{rng.randrange(10000, 99999)}"
    form = FORMS[sc["form"]][0]
    body = (f"A {form} form has been submitted through the {firm} online portal.\n\n"
            f"Form reference: {ref}\nSubmitted: {when}\nChannel: https://{PORTAL[mb]}\n\n"
            f"{plain_fields(fields)}\n\n"
            "Please respond to the customer using the email address above. This message was generated by the "
            "portal; do not reply to it.")
    return (f"{firm} Online Portal <no-reply@{PORTAL[mb]}>", f"{form} submission - {ref}",
            {"auto-submitted": "auto-generated"}, body, False, said)


def env_service_plain(sc, rng):
    fields, said = submission(sc, 1, topic_label_i=2)
    form = FORMS[sc["form"]][2]
    when, _, _ = stamp(rng)
    code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    body = (f"You have a new submission for \"{form}\" ({FIRM_NAMES[sc['mailbox']]}).\n\n"
            f"{plain_fields(fields)}\n\nReceived: {when}\n"
            f"View all responses: https://formsmith.app/f/{code}/responses\n\n"
            "--\nFormsmith - online forms for small teams. You get this email because notifications are switched "
            "on for this form.")
    return (f"{sc['person']['name']} via Formsmith <forms@formsmith.app>", f"New response: {form}",
            reply_to(sc), body, False, said)


def env_jotform_table(sc, rng):
    fields, said = submission(sc, 2, split_name=True, topic_label_i=1)
    form = FORMS[sc["form"]][2]
    n = rng.randrange(1000, 9999)
    when, _, _ = stamp(rng)
    body = (f"<html><body style=\"font-family:Arial,sans-serif\">\n<p>{escape_html(FIRM_NAMES[sc['mailbox']])} - "
            f"{escape_html(form)}</p>\n{html_table(fields, head='Submission details', label_bg='#eef2f7')}\n"
            f"<p style=\"font-size:11px;color:#999\">Entry #{n} received {when}. You are receiving this "
            "notification because you are an owner of this form. <a href=\"https://formcrate.io/settings/"
            "notifications\">Manage notifications</a></p>\n</body></html>")
    return ("FormCrate <notifications@formcrate.io>", f"New {form} entry #{n}", reply_to(sc), body, True, said)


def env_hub_html_p(sc, rng):
    fields, said = submission(sc, 0, topic_label_i=2)
    form = FORMS[sc["form"]][0]
    when, _, _ = stamp(rng)
    body = ("<html><body>\n<p>Hello,</p>\n<p>Someone just filled in your form <em>"
            f"{escape_html(form)}</em> on www.{SITE[sc['mailbox']]}.</p>\n{html_paras(fields)}\n"
            f"<p style=\"font-size:11px\">Submitted on {when} from IP {ip(rng)}. Powered by WebFormHub - "
            "https://webformhub.net</p>\n</body></html>")
    return ("WebFormHub <no-reply@webformhub.net>", f"[{FIRM_NAMES[sc['mailbox']]}] {form}: new entry",
            reply_to(sc), body, True, said)


ENV_FUNCS = {"cf7_plain": env_cf7_plain, "cf7_html": env_cf7_html, "gravity_table": env_gravity_table,
             "elementor_plain": env_elementor_plain, "portal_plain": env_portal_plain,
             "service_plain": env_service_plain, "jotform_table": env_jotform_table, "hub_html_p": env_hub_html_p}


# ---------------------------------------------------------------------------------------------
# scenarios


def L(**kw):
    return short_labels(**kw)



def F(sid, mailbox, person, form, topic, envs, text, lab, note, outcome=None, extra=(), subj=None):
    return {"id": sid, "group": "F", "mailbox": mailbox, "person": person, "form": form, "topic": topic,
            "envs": envs, "text": text, "labels": lab, "note": note, "outcome": outcome, "extra": extra,
            "subj": subj}


F_SCENARIOS = [
    # ------------------------------------------------------------------ PEXA form relays
    F("wfd-s001", "pexa",
      {"name": "Declan Murtagh", "email": "d.murtagh@murtaghfinch.co.uk", "phone": "0113 496 0271",
       "org": "Murtagh Finch LLP"},
      "support", "technical", ("gravity_table", "service_plain"),
      "Twice this week the financial settlement schedule in workspace 4471-0982 locked up at the signing stage and "
      "would not accept any of our signatures, even after we cleared the cache and tried a second browser. Both "
      "times the settlement slipped past the cut-off and our buyer client had to pay her lender another day's "
      "interest (£61.40). We pay for this platform to work on completion day.",
      L(c=True, cat="platform_defect"),
      "A participant's conveyancer reports repeated platform lock-ups that cost the client money and asks for an "
      "explanation and a refund: an implicit complaint about a platform defect; staff writing for their own firm "
      "are not third_party.",
      outcome="Refund the £61.40 and tell us what went wrong and what you are doing so it does not happen again."),
    F("wfd-s002", "pexa",
      {"name": "Anita Grewal", "email": "anita.grewal@harboursidemortgages.co.uk", "phone": "0117 496 0388",
       "org": "Harbourside Mortgages", "ref": "SUB-30-5512"},
      "complaint", "billing", ("portal_plain", "jotform_table"),
      "I am raising a formal complaint about invoice INV-88213 for February. Every one of our 37 discharge "
      "workspaces has been billed twice for the lodgement fee, once on the 3rd and again on the 17th. I reported "
      "this to your billing inbox on 4 March and have had no reply. Please credit the duplicate charges (£1,147.00 "
      "in total) and send a corrected invoice before our month-end.",
      L(c=True, ex=True, cat="fees_charges"),
      "The submitter calls it a formal complaint in her own words about a platform fee billed twice: explicit, "
      "fees_charges; a lender complaining about PEXA's own billing is not about_other_firm."),
    F("wfd-s003", "pexa",
      {"name": "Bethan Royle", "email": "bethroyle77@gmail.com", "phone": "07700 900316",
       "address": "12 Larch Close, Tiverton EX16 4RB"},
      "contact", "settlement", ("cf7_plain", "hub_html_p"),
      "Hello, I'm selling my flat and my conveyancers, Marsh and Penrose, have put a £96 'PEXA digital completion "
      "charge' on their completion statement. It was never in their quote and when I queried it they said it's "
      "your fee and nothing to do with them. I don't think I should be paying it. Can someone please sort this out "
      "with them before we complete on the 28th?",
      L(c=True, cat="fees_charges", firm="mpc"),
      "A consumer objects to a charge her own conveyancer (Marsh and Penrose = mpc) added to her completion "
      "statement; PEXA cannot handle a participant's dispute with its consumer (rule 10), so the complaint is "
      "forwarded: about_other_firm=mpc, fees_charges."),
    F("wfd-s004", "pexa",
      {"name": "Ravi Chandran", "email": "ravi.chandran@outlook.com", "phone": "07700 900742"},
      "contact", "settlement", ("elementor_plain", "gravity_table"),
      "We were ment to complete at 1pm and its now gone 4. Our solicitor says Thames Valley Mortgages still havent "
      "released the money. The removal van is sat outside. Can someone make them hurry up??",
      L(c=True, cat="delay", firm="tvm"),
      "A short buyer's message blaming his lender (Thames Valley Mortgages = tvm) for late completion funds and "
      "asking for it to be chased: an implicit complaint purely about a participant firm, delay."),
    F("wfd-s005", "pexa",
      {"name": "Joanna Whitlock", "email": "jo.whitlock@btinternet.com"},
      "data", "mydata", ("cf7_html", "service_plain"),
      "I used the platform as a conveyancer at two firms between 2021 and 2025 and have now left the profession. "
      "Please could you send me a copy of the personal data you hold about me, including my user profile, my login "
      "history and any notes on my account. A PDF by email is fine. Thank you.",
      L(r="access"),
      "A neutral request for a copy of her personal data (access) with no dissatisfaction: not a complaint."),
    F("wfd-s006", "pexa",
      {"name": "Tomasz Wójcik", "email": "t.wojcik@brightmoorlegal.co.uk", "phone": "0161 496 0590",
       "org": "Brightmoor Legal"},
      "support", "account", ("jotform_table", "elementor_plain"),
      "My surname is spelled on my user profile as 'Wojick' and it prints like this on every settlement statement "
      "that goes to our clients. I asked to correct it in January and again on 2 March (ticket 55-30914) and both "
      "times I get answer that it is done, but today it is still wrong. Clients ask me if I am really their lawyer. "
      "Please correct my name to Wójcik (or Wojcik if the system cannot do the accent) and tell me when it is "
      "really fixed.",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Inaccurate personal data held and shown to clients, with two correction requests not carried out: an "
      "implicit complaint about data handling (personal_data), and 'correct my name' is rectification."),
    F("wfd-s007", "pexa",
      {"name": "Grace Adeyemi", "email": "grace@adeyemipropertylaw.co.uk", "phone": "020 7946 0815",
       "org": "Adeyemi Property Law"},
      "support", "technical", ("gravity_table", "hub_html_p"),
      "This morning a document appeared in the shared documents panel of our workspace for 9 Quarry Lane, Hexham "
      "that belongs to another firm's matter. It is a scanned passport and a bank statement for a Mr and Mrs "
      "Ferreira-Holt with an address in Sunderland. We did not open it beyond seeing what it was.\n\nSomeone's "
      "identity documents sitting in the wrong workspace is very worrying for us as well, because it suggests our "
      "own clients' documents could end up in front of other firms. Please take it out of our workspace, tell us "
      "how this happened and confirm whether any of our documents have been shown to anyone else.",
      L(c=True, pd=True, br=True, cat="personal_data"),
      "Another firm's clients' identity documents exposed in the wrong workspace, with demands for an explanation: "
      "an implicit complaint about data handling with a breach; 'take it out' concerns a document, not erasure."),
    F("wfd-s008", "pexa",
      {"name": "Malcolm Trease", "email": "mtrease@zoho.com"},
      "contact", "general", ("cf7_plain", "service_plain"),
      "I have received an email from one of your addresses that I don't think was meant for me. It has settlement "
      "figures and the names of a couple buying a house in Ripon, plus their solicitor's details. Maybe my name is "
      "similar to someone else's. I have deleted it. No need to reply, I just thought you should know.",
      L(br=True),
      "Someone else's transaction details were emailed to the wrong person, so breach=true, but the writer is not "
      "dissatisfied and wants no reply: not a complaint, personal_data false; 'I have deleted it' is not a right."),
    F("wfd-s009", "pexa",
      {"name": "Sadia Rahman", "email": "s.rahman@kellawaysolicitors.co.uk", "org": "Kellaway Solicitors"},
      "feedback", "feedback", ("hub_html_p", "elementor_plain"),
      "Just wanted to say Priya on the support desk was brilliant on Friday evening - she stayed on the line until "
      "our lodgement went through. Please pass on our thanks!",
      L(),
      "Praise for a support agent with nothing wrong and nothing asked for: not a complaint."),
    F("wfd-s010", "pexa",
      {"name": "Neil Ashworth", "email": "neil.ashworth@copperfieldbs.co.uk", "phone": "01904 496 022",
       "org": "Copperfield Building Society"},
      "contact", "account", ("cf7_html", "gravity_table"),
      "How do we add a second subscriber administrator to our organisation? Our current admin starts maternity "
      "leave next month.",
      L(),
      "A neutral how-to question about the platform account: an enquiry, not a complaint."),
    F("wfd-s011", "pexa",
      {"name": "Mariana Costa", "email": "mariana@costablake.co.uk", "phone": "01273 496 0441",
       "org": "Costa & Blake Conveyancing"},
      "feedback", "training", ("service_plain", "jotform_table"),
      "Hello, I have registered for the webinar 'Getting started with remortgage workspaces' two times now. On 11 "
      "Febuary the link in the invitation was not working and nobody answer the chat. I booked again for 4 March "
      "and the trainer did not come at all, we wait 25 minutes and then a message say the session is cancel. I "
      "have two new paralegals who must be trained before we go live in April. Can you please give us a session "
      "that really happen, and explain me why nobody inform us.",
      L(c=True, cat="training"),
      "Training sessions that failed twice, with a demand for a working session and an explanation: an implicit "
      "complaint (non-native English), category training."),
    F("wfd-s012", "pexa",
      {"name": "Oliver Pennington", "email": "o.pennington@penningtonrowe.co.uk", "phone": "01603 496 0177",
       "org": "Pennington Rowe Solicitors"},
      "contact", "onboarding", ("cf7_plain", "gravity_table"),
      "Please treat this as a complaint. We applied to join PEXA on 8 January. Since then your verification team "
      "has asked for our SRA number, our indemnity insurance certificate and our partners' ID three separate "
      "times, each time from a different person who doesn't seem to know what we already sent. Eight weeks on we "
      "are still not live and we have had to turn away two remortgage clients whose lenders only settle through "
      "the platform. I'd like a named contact and a date by which our registration will be finished.",
      L(c=True, ex=True, cat="onboarding"),
      "The submitter's own text says 'treat this as a complaint' about a repetitive, stalled registration: "
      "explicit, onboarding (the specific theme beats delay)."),
    F("wfd-s013", "pexa",
      {"name": "Imogen Castell", "email": "imogen.castell@gmail.com", "phone": "07700 900583"},
      "complaint", None, ("portal_plain", "jotform_table"),
      "My dad is 81 and buying a retirement flat in Worthing. His conveyancers, Fenwick Doyle & Co, have been "
      "impossible. He has been promised a call back five times and nobody rings, the one person he did speak to "
      "was short with him and told him to 'read the paperwork', and they still haven't sent the searches he paid "
      "for in January. They told him PEXA runs the completion, so I'm hoping you can tell them to give him proper "
      "attention, or tell me who can.",
      L(c=True, tp=True, cat="service_quality", firm="unknown"),
      "A daughter writing for her father (third_party) about his conveyancer, Fenwick Doyle & Co, not in the "
      "directory (unknown), service_quality; she never calls it a complaint herself, the word is only in the "
      "form's name and labels, so explicit=false.",
      extra=(("Are you completing this form for someone else?", "Yes - my father, Raymond Castell"),)),
    F("wfd-s014", "pexa",
      {"name": "Callum Fraser", "email": "callum.fraser@fraserlomax.co.uk", "phone": "0141 496 0036",
       "org": "Fraser Lomax LLP"},
      "feedback", "technical", ("gravity_table", "cf7_html"),
      "Since the workspace screens were redesigned last month the financial settlement schedule is three clicks "
      "deep under 'More', and the line items no longer show the payee's account name, only the sort code. My team "
      "has to open every line to check it, which on a Friday with 20 completions is hours wasted, and one of my "
      "paralegals nearly approved a payment to the wrong account because of it.",
      L(c=True, cat="usability"),
      "The redesigned screens work but are slow and error-prone to use, and the writer asks for a change and an "
      "answer: an implicit complaint, usability rather than platform_defect.",
      outcome="Bring back the old summary view or put the account name back on the list, and let me know what "
              "you plan to do."),
    F("wfd-s015", "pexa",
      {"name": "Lorraine Beckett", "email": "lorraine@beckettandco.co.uk", "phone": "01752 496 0903",
       "org": "Beckett & Co"},
      "contact", "technical", ("elementor_plain", "hub_html_p"),
      "Been on hold to the support line for 40 mins and gave up. We have a completion stuck at lodgement. Need "
      "someone to ring me back today on the number above.",
      L(c=True, cat="wait_time"),
      "A short message about 40 minutes on hold with a call-back demanded: an implicit complaint about waiting to "
      "reach someone, wait_time."),
    F("wfd-s016", "pexa",
      {"name": "Steven Harrow", "email": "steven.harrow@harrowlegal.co.uk", "org": "Harrow Legal"},
      "data", "mydata", ("service_plain", "cf7_html"),
      "Over the last fortnight I've had four text messages on my personal mobile advertising 'PEXA Insights' "
      "market reports. I never gave PEXA my personal mobile number, our firm's account only has my work number.\n\n"
      "Please tell me where you got this number and on what basis you think you can use it for marketing. I object "
      "to my details being used for any marketing at all, and I want the mobile number deleted from your records. "
      "These messages are intrusive and I expect a proper answer.",
      L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
      "Unexpected marketing use of a number he never gave, with a demanded answer: an implicit personal-data "
      "complaint; where from and on what basis = informed, 'I object to marketing' = objection, 'delete it' = "
      "erasure."),
    F("wfd-s017", "pexa",
      {"name": "Fiona Maxted", "email": "accounts@maxtedhale.co.uk", "phone": "01245 496 0650",
       "org": "Maxted Hale Solicitors", "ref": "SUB-20-7731"},
      "contact", "billing", ("portal_plain", "service_plain"),
      "Please move our monthly direct debit for platform fees from the 1st to the 15th of the month, starting "
      "from April. Many thanks.",
      L(),
      "A routine request to change a direct debit date: a service request, not a complaint."),
]


F_SCENARIOS += [
    # ------------------------------------------------------------------ Conexus form relays
    F("wfd-s018", "conexus",
      {"name": "Kyle Dawson", "email": "kyledawson93@hotmail.co.uk", "phone": "07700 900125", "ref": "C20471185"},
      "payment", "payments", ("portal_plain", "elementor_plain"),
      "My pay day has changed to the 28th, can you move my £25 payment from the 1st to the 28th from next month "
      "please.",
      L(),
      "A short, neutral request to move a payment date: a service request, not a complaint.",
      extra=(("Preferred new payment date", "28th of each month"),)),
    F("wfd-s019", "conexus",
      {"name": "Shona McPhail", "email": "shona.mcphail@gmail.com", "ref": "C19833042"},
      "contact", "account", ("service_plain", "gravity_table"),
      "I paid this off in full in January (£312.50 by bank transfer, reference SMCP0113) and your letter this week "
      "still says I owe £312.50. Why am I still getting letters? Please sort it out and confirm in writing that the "
      "account is closed.",
      L(c=True, cat="debt_dispute"),
      "The debt is said to be already paid and Conexus is still chasing it, with a demand to close it: an implicit "
      "complaint, debt_dispute; Conexus's own pursuit, so about_other_firm null."),
    F("wfd-s020", "conexus",
      {"name": "Dev Malhotra", "email": "dev.malhotra@riversidemoneyadvice.org.uk", "phone": "0115 496 0724",
       "org": "Riverside Money Advice", "ref": "C18820977"},
      "contact", "arrangement", ("jotform_table", "cf7_plain"),
      "I am the money adviser for your customer Ms Carla Jennings (signed authority sent to your team on 3 "
      "February). On that date your agent agreed to hold the account for 30 days while we completed a financial "
      "statement. Since then Ms Jennings has had two letters saying a doorstep visit by a field agent is 'being "
      "arranged'. She has anxiety and has been very distressed by them.\n\nPlease log this as a formal complaint, "
      "confirm the hold is on the account and that no more letters will go out while it is in place, and extend "
      "it by 30 days from today.",
      L(c=True, ex=True, tp=True, cat="collection_conduct"),
      "A money adviser writing for a client (third_party) asks for a formal complaint to be logged about "
      "threatening letters sent during an agreed hold: explicit, collection_conduct."),
    F("wfd-s021", "conexus",
      {"name": "Gareth Lloyd", "email": "garethlloyd.cardiff@gmail.com", "phone": "07700 900861",
       "address": "5 Heron Walk, Penarth CF64 2QT", "ref": "C21104338"},
      "contact", "account", ("cf7_html", "portal_plain"),
      "You are chasing me for £684.19 for Northline Energy. I moved out of 22 Fenwick Terrace on 30 June last year "
      "and gave Northline a closing meter reading that day. The bill they passed to you is based on estimated "
      "readings for eight months after I left, when someone else was living there. I've told Northline twice and "
      "they just refer me to you. This is not my debt. Please send it back to them and stop chasing me until they "
      "have corrected the bill.",
      L(c=True, cat="debt_dispute", firm="nte"),
      "The root cause is the creditor's own billing after he moved out, which only Northline Energy (nte) can "
      "correct: an implicit complaint forwarded to the creditor, debt_dispute; 'stop chasing' is a conduct "
      "remedy, not restriction."),
    F("wfd-s022", "conexus",
      {"name": "Andrzej Nowicki", "email": "a.nowicki84@wp.pl", "phone": "07700 900477", "ref": "C20993561"},
      "contact", "account", ("hub_html_p", "service_plain"),
      "Hello. I get letter from you about debt for Fairmont Fitness Club £219. I cancel this membership in "
      "October 2023, I have email from them that say cancellation is confirmed, but they still take fees for "
      "three months after and now they say I owe. I dont owe this money. I can send you the cancel email. Please "
      "check with them and close this, I am worry about my credit file.",
      L(c=True, cat="debt_dispute", firm="unknown"),
      "The debt is the creditor's charges after a confirmed cancellation; the gym is not in the directory, so "
      "about_other_firm=unknown, debt_dispute (non-native English, implicit)."),
    F("wfd-s023", "conexus",
      {"name": "Helena Brannigan", "email": "h.brannigan@icloud.com", "ref": "C17765120"},
      "data", "mydata", ("gravity_table", "cf7_plain"),
      "Under data protection law I would like a copy of all the personal information Conexus holds about me. "
      "That includes recordings of my phone calls since 2024, your account notes and copies of the letters you "
      "have sent me. Please send it to my email address. I'm not unhappy with anything, I just want my records to "
      "be complete.",
      L(r="access"),
      "A neutral subject access request (copy of data, recordings, notes) with no dissatisfaction: rights=access, "
      "not a complaint."),
    F("wfd-s024", "conexus",
      {"name": "Lucy Ferrand", "email": "lucyferrand@outlook.com",
       "address": "Flat 3, 17 Colville Road, Swindon SN2 7HU", "ref": "C21300476"},
      "contact", "mydata", ("cf7_plain", "jotform_table"),
      "Your letters about account C21300476 are addressed to me at my flat, but the account isn't mine. The date "
      "of birth on the letters is 14/08/1969 and I was born in 1994, and I have never had a loan with Sterling "
      "Credit. It looks like you have matched my name and address to a different Lucy Ferrand. I've had three "
      "letters now and the last one said a field agent may call.\n\nPlease correct your records so my address is "
      "no longer linked to this account, and don't use my details for anything on this account while you check. "
      "I'd like written confirmation.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Conexus has matched her name and address to someone else's account: inaccurate personal data held "
      "(personal_data, category personal_data, not debt_dispute, since the fault is the tracing match); correct "
      "= rectification, 'don't use my details while you check' = restriction; Sterling Credit is only named."),
    F("wfd-s025", "conexus",
      {"name": "Dominic Asante", "email": "dom.asante@gmail.com", "phone": "07700 900209", "ref": "C19045512"},
      "contact", "complaint", ("portal_plain", "gravity_table"),
      "When I logged in to the customer portal last night to check my balance, the Documents tab showed a "
      "statement for a different customer - a woman in Kettering, with her full address, account number and what "
      "she owes. I closed it straight away. If I can see hers, who can see mine? I want to make a complaint about "
      "this and I want to know what you are doing to make sure my details haven't been shown to anyone else.",
      L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
      "Another customer's statement exposed in his portal account, and he says he wants to make a complaint (and "
      "chose Complaint as the reason): explicit, personal_data with breach."),
    F("wfd-s026", "conexus",
      {"name": "Natalie Birch", "email": "natbirch.home@gmail.com", "phone": "07700 900654", "ref": "C20877014"},
      "payment", "arrangement", ("service_plain", "cf7_html"),
      "I filled in the online income and expenditure tool on your website and offered £30 a month, which after "
      "rent, childcare and bills is honestly all I have left. The tool came back straight away saying my offer "
      "was 'below the acceptable threshold' and that I must pay £95. Nobody has looked at my figures, a computer "
      "has just said no. I want a real person at Conexus to review my budget and make the decision, not the "
      "system. I can send payslips and bank statements.",
      L(c=True, r="automated_decision", cat="process"),
      "An affordable offer refused by an automatic threshold, with a demand that a person decide: an implicit "
      "complaint whose grievance is the automated rule itself (process), and rights=automated_decision; not a "
      "data-handling grievance, so personal_data false."),
    F("wfd-s027", "conexus",
      {"name": "Eilidh Rennie", "email": "eilidh.rennie@yahoo.co.uk", "ref": "C18543307"},
      "data", "mydata", ("jotform_table", "elementor_plain"),
      "I'm moving my debts into a debt management plan with a new provider. Please can you send me my payment "
      "history and account details in a machine-readable file, like a CSV spreadsheet, so they can upload it "
      "straight into their system. An email attachment is fine.",
      L(r="portability"),
      "A neutral request for her data in a machine-readable file to load into another provider's system: "
      "portability, not a complaint."),
    F("wfd-s028", "conexus",
      {"name": "Terence Gold", "email": "terry.gold@btinternet.com", "ref": "C21450093"},
      "data", "mydata", ("cf7_plain", "hub_html_p"),
      "I've had a letter from you about an account opened in 2019 with a company I don't recognise, 'Quayside "
      "Retail Finance'. Before I do anything, could you tell me where you got my details from, what the legal "
      "basis is for you holding them and what you use them for? Thanks.",
      L(r="informed"),
      "A calm request to explain the source, basis and purpose of the processing, with no grievance stated: "
      "rights=informed, not a complaint."),
    F("wfd-s029", "conexus",
      {"name": "Alan Pryce", "email": "alan.pryce@pryceandson.co.uk", "phone": "01633 496 0318",
       "address": "Ty Gwyn, 8 Church Lane, Caerleon NP18 1AW", "ref": "C16678810"},
      "contact", "bereavement", ("gravity_table", "service_plain"),
      "My mother, Margaret Pryce, died on 19 February. I am her executor. Please note this on her account and let "
      "me know what you need from me - I can send a copy of the death certificate. From now on please write to me "
      "as executor at the address above.",
      L(tp=True),
      "A son and executor writing about his late mother's account (third_party) with a neutral bereavement "
      "notification: not a complaint; where to send letters is an administrative instruction about the estate, "
      "not rectification.",
      extra=(("Relationship to the account holder", "Son and executor"),)),
    F("wfd-s030", "conexus",
      {"name": "Yvonne Kerr", "email": "yvonnekerr61@gmail.com", "ref": "C20118846"},
      "feedback", "feedback", ("elementor_plain", "jotform_table"),
      "Ade who I spoke to on Tuesday was so kind and patient, he set up a plan I can actually afford. First time in "
      "months I've slept properly. Thank you.",
      L(),
      "Thanks and praise with nothing left to fix: not a complaint."),
    F("wfd-s031", "conexus",
      {"name": "Jordan Platt", "email": "jplatt.work@gmail.com", "phone": "07700 900418", "ref": "C21766302"},
      "contact", "general", ("cf7_html", "service_plain"),
      "3 days trying to ring you, 30+ mins on hold every time and then cut off. Webchat says an agent will be with "
      "you shortly and never is. I want to pay this off, someone call me.",
      L(c=True, cat="wait_time"),
      "Repeated long holds, dropped calls and an unanswered webchat, with a call-back demanded: an implicit "
      "complaint, wait_time."),
    F("wfd-s032", "conexus",
      {"name": "Rachel Emsworth", "email": "rachel.emsworth@gmail.com", "phone": "07700 900730",
       "ref": "C19372258"},
      "contact", "complaint", ("gravity_table", "hub_html_p"),
      "One of your agents rang my office switchboard on Monday. When my manager answered and said I was in a "
      "meeting, he told her it was about an overdue debt and that I needed to 'stop ignoring' you. I have never "
      "ignored a letter and my payment plan is up to date. My manager now knows my private business and I was "
      "mortified. I want an apology, and for your agents to use only my mobile number.",
      L(c=True, ex=True, pd=True, br=True, cat="collection_conduct"),
      "She chose Complaint as the reason for contact, so explicit even though her text never says it; the agent "
      "disclosed her debt to her manager (breach, personal_data), but the main grievance is how the debt was "
      "pursued: collection_conduct; 'use only my mobile' is a conduct remedy, not objection."),
    F("wfd-s033", "conexus",
      {"name": "Priti Shah", "email": "p.shah@lumenwater.co.uk", "phone": "01332 496 0140",
       "org": "Lumen Water - Credit Control"},
      "client", "client", ("cf7_plain", "jotform_table"),
      "For the third month running the remittance file and monthly collections report for our placed accounts "
      "have arrived late. February's was due on 5 March and we still don't have it, and our finance team can't "
      "close the month without it. Please send February's file today and explain why the agreed deadline keeps "
      "being missed.",
      L(c=True, cat="delay"),
      "A creditor client complains about Conexus's late remittance reports: an implicit complaint, delay; Lumen "
      "Water is the complainant, not the subject, so about_other_firm=null and staff for their own firm are not "
      "third_party."),
    F("wfd-s034", "conexus",
      {"name": "Wayne Stirling", "email": "waynestirling@live.co.uk", "phone": "07700 900992", "ref": "C20350719"},
      "complaint", None, ("portal_plain", "hub_html_p"),
      "Why has a £45 'account administration charge' been added to my balence this month? Nobody told me about "
      "this, it wasnt on any letter before and the original agreement with Pennant Mobile never had it. I've been "
      "paying £20 a month on time for a year. Take it off and send me an updated statment please.",
      L(c=True, cat="fees_charges"),
      "A charge Conexus added on top of the debt, with a demand to remove it: an implicit complaint, fees_charges "
      "(Pennant Mobile is only the original creditor); the word complaint is only the form's, so explicit=false."),
]

def N(sid, mailbox, note, variants):
    return {"id": sid, "group": "N", "mailbox": mailbox, "labels": L(auto=True), "note": note,
            "variants": variants}


def V(env, sender, subject, body, headers=None, html=False):
    return {"env": env, "from": sender, "subject": subject, "body": body, "headers": headers or {}, "html": html}


def H(*paras):
    """A small HTML body from already-escaped paragraphs."""
    return "<html><body>\n" + "\n".join(f"<p>{p}</p>" for p in paras) + "\n</body></html>"


AUTO = {"auto-submitted": "auto-generated"}
AUTO_REPLIED = {"auto-submitted": "auto-replied"}

N_SCENARIOS = [
    # ------------------------------------------------------------------ PEXA machine mail
    N("wfd-s035", "pexa",
      "A form's receipt sent back with only a reference and a response time, and none of the submitter's words: "
      "machine mail, auto_generated, everything else empty.",
      [V("receipt_plain", "PEXA <noreply@pexa.co.uk>", "We've received your enquiry (WEB-20417)",
         "Thank you for contacting PEXA.\n\nWe have received your enquiry and given it the reference WEB-20417. "
         "A member of our team will reply within five business days. Please quote this reference if you get in "
         "touch again.\n\nThis is an automated message and replies to this address are not monitored.\n\n"
         "PEXA | https://www.pexa.co.uk", AUTO_REPLIED),
       V("receipt_html", "FormCrate <notifications@formcrate.io>", "Thank you for your submission",
         H("Thank you - your submission to <strong>Contact us</strong> (PEXA) has been received.",
           "Your reference is <strong>WEB-20563</strong>. Keep it handy in case you need to follow up.",
           '<span style="font-size:11px;color:#999">Sent by FormCrate on behalf of the form owner. '
           '<a href="https://formcrate.io">formcrate.io</a></span>'), html=True)]),
    N("wfd-s036", "pexa",
      "A form plugin's admin alert that a complaint form was used, carrying no submission text, only a dashboard "
      "link: machine mail; 'complaint' is the form's name, not anyone's grievance.",
      [V("alert_plain", "PEXA Website <wordpress@pexa.co.uk>", "New entry: Make a complaint (#1187)",
         "A new entry has been submitted to the form \"Make a complaint\".\n\nFor data protection reasons the "
         "contents of the entry are not included in this email. To view it, log in to the dashboard:\n"
         "https://www.pexa.co.uk/wp-admin/admin.php?page=entries&form=7&entry=1187\n\nYou are receiving this "
         "notification because you are listed as a recipient for this form."),
       V("alert_html", "Formsmith <forms@formsmith.app>", "You have 1 new response on \"Make a complaint\"",
         H("Your form <strong>Make a complaint</strong> (PEXA) received a new response.",
           "Responses to this form are marked sensitive, so their answers are not sent by email.",
           '<a href="https://formsmith.app/f/q7mz2kcd/responses" style="background:#3b5bdb;color:#fff;'
           'padding:8px 14px">View response</a>'), {"x-mailer": "Formsmith Notifier"}, html=True)]),
    N("wfd-s037", "pexa",
      "A portal password-reset notification: system mail, auto_generated.",
      [V("system_plain", "PEXA Exchange <no-reply@portal.pexa.co.uk>", "Reset your password",
         "Hello,\n\nWe received a request to reset the password for the PEXA user linked to this email address. "
         "Use the link below within 30 minutes:\n\nhttps://portal.pexa.co.uk/reset?token=8f2c61d0a94e\n\nIf you "
         "didn't ask for this, you can ignore this email and your password will stay the same.\n\nPEXA Exchange"),
       V("system_html", "PEXA Exchange <no-reply@portal.pexa.co.uk>", "Password reset requested",
         H("Hello,", "Someone asked to reset the password for your PEXA account. "
           '<a href="https://portal.pexa.co.uk/reset?token=41b7ee93c2aa">Choose a new password</a> '
           "(the link expires in 30 minutes).",
           "Didn't request this? No action is needed."), AUTO, html=True)]),
    N("wfd-s038", "pexa",
      "A form service's billing receipt: machine mail, auto_generated.",
      [V("billing_plain", "Formsmith Billing <billing@formsmith.app>", "Your Formsmith receipt - March 2026",
         "Thanks for your payment.\n\nPlan: Formsmith Business (annual)\nAccount: web-team@pexa.co.uk\n"
         "Amount: £348.00 (incl. VAT)\nCard: Visa ending 4417\nInvoice: FS-2026-031882\n\nDownload your invoice "
         "at https://formsmith.app/billing\n\nQuestions about billing? Reply is not monitored - visit the help "
         "centre instead."),
       V("billing_html", "Formsmith <receipts@formsmith.app>", "Receipt FS-2026-031882",
         H("<strong>Payment received</strong>", "Formsmith Business (annual) &mdash; &pound;348.00 incl. VAT, "
           "charged to Visa ending 4417.", '<a href="https://formsmith.app/billing">View invoice</a>'),
         AUTO, html=True)]),
    N("wfd-s039", "pexa",
      "A portal notification that a document was uploaded to a workspace: system mail, auto_generated.",
      [V("system_plain", "PEXA Notifications <notifications@portal.pexa.co.uk>",
         "Document uploaded to workspace 5530-1148",
         "A new document has been added to workspace 5530-1148 (18 Brook Street, Ludlow).\n\nDocument: "
         "Completion statement v2.pdf\nAdded by: Hollins Baker LLP\nDate: 12 March 2026 09:41\n\nSign in to view "
         "it: https://portal.pexa.co.uk/workspaces/5530-1148\n\nYou receive these alerts because you are a "
         "member of this workspace. Change your alert settings in your profile."),
       V("system_html", "PEXA Notifications <notifications@portal.pexa.co.uk>",
         "New document in workspace 5530-1148",
         H("<strong>Completion statement v2.pdf</strong> was added to workspace 5530-1148 by Hollins Baker LLP.",
           '<a href="https://portal.pexa.co.uk/workspaces/5530-1148">Open workspace</a>',
           '<span style="font-size:11px">Manage alerts in your profile settings.</span>'),
         {"auto-submitted": "auto-generated", "precedence": "bulk"}, html=True)]),
    N("wfd-s040", "pexa",
      "A form service's newsletter that mentions complaint-form templates and personal data as product topics: "
      "bulk mailing-list mail, auto_generated, never a complaint.",
      [V("newsletter_html", "FormCrate <news@formcrate.io>",
         "New in FormCrate: complaint form templates and GDPR consent fields",
         H("<strong>What's new this month</strong>",
           "Ready-made templates for complaint forms, feedback surveys and data request forms - pick one and "
           "publish in minutes.",
           "New consent fields help you record how you use the personal data people submit.",
           '<span style="font-size:11px">You get this because you have a FormCrate account. '
           '<a href="https://formcrate.io/unsubscribe?u=77ab">Unsubscribe</a></span>'),
         {"precedence": "bulk", "list-id": "FormCrate product news <news.formcrate.io>",
          "list-unsubscribe": "<https://formcrate.io/unsubscribe?u=77ab>"}, html=True),
       V("newsletter_plain", "FormCrate <news@formcrate.io>", "FormCrate product news - March",
         "WHAT'S NEW THIS MONTH\n\n* Templates for complaint forms, feedback surveys and data request forms\n"
         "* Consent fields to record how you use the personal data people submit\n* Faster CSV exports\n\n"
         "Read more: https://formcrate.io/blog/march\n\n--\nYou are subscribed to FormCrate product news. "
         "Unsubscribe: https://formcrate.io/unsubscribe?u=77ab",
         {"list-id": "FormCrate product news <news.formcrate.io>",
          "list-unsubscribe": "<mailto:unsubscribe@formcrate.io>"})]),
    N("wfd-s041", "pexa",
      "A form service's usage warning that a form is near its monthly submission limit: machine mail, "
      "auto_generated.",
      [V("quota_html", "WebFormHub <no-reply@webformhub.net>", "Your form \"Contact us\" is at 90% of its limit",
         H("Heads up! <strong>Contact us</strong> on www.pexa.co.uk has used 450 of its 500 monthly submissions.",
           "When the limit is reached the form will stop accepting entries until 1 April. "
           '<a href="https://webformhub.net/upgrade">Upgrade your plan</a>'), html=True),
       V("quota_plain", "WebFormHub <no-reply@webformhub.net>", "Submission limit warning: Contact us",
         "Your form \"Contact us\" (www.pexa.co.uk) has received 450 of 500 submissions allowed this month.\n\n"
         "New entries will be refused once the limit is reached. Upgrade: https://webformhub.net/upgrade\n\n"
         "WebFormHub", AUTO)]),
    # ------------------------------------------------------------------ Conexus machine mail
    N("wfd-s042", "conexus",
      "A payment portal's confirmation of a payment received: system mail, auto_generated.",
      [V("system_plain", "Conexus Payments <no-reply@my.conexus-services.com>", "Payment received - thank you",
         "Thank you. We have received your payment.\n\nAmount: £40.00\nAccount: ending 1185\nDate: 14 March "
         "2026\nPayment reference: PAY-771045\n\nYour new balance will show in your online account within one "
         "working day.\n\nThis email was sent automatically. Please do not reply."),
       V("system_html", "Conexus <noreply@conexus-services.com>", "Your payment of £40.00",
         H("Thank you for your payment of <strong>&pound;40.00</strong> to account ending 1185.",
           "Reference PAY-771062. Your balance will update within one working day.",
           '<a href="https://my.conexus-services.com">Sign in to your account</a>'), AUTO, html=True)]),
    N("wfd-s043", "conexus",
      "An automatic receipt for a complaint-form submission that echoes none of the customer's text: machine "
      "mail, auto_generated; 'complaint' here is the firm's template wording.",
      [V("receipt_plain", "Conexus Customer Relations <no-reply@conexus-services.com>",
         "We've received your complaint - CMP-30418",
         "Thank you for getting in touch. We have received your complaint and logged it under reference "
         "CMP-30418.\n\nWe aim to acknowledge every complaint within 24 hours and will keep you updated while we "
         "look into it.\n\nThis mailbox is not monitored.\n\nConexus", AUTO_REPLIED),
       V("receipt_html", "WebFormHub <no-reply@webformhub.net>", "Your submission to Conexus: Complaints",
         H("Thanks! Your submission to <em>Complaints</em> on www.conexus-services.com has been received.",
           "Reference: CMP-30452", '<span style="font-size:11px">Powered by WebFormHub</span>'), html=True)]),
    N("wfd-s044", "conexus",
      "A site-builder alert that a form was submitted, with the financial answers withheld and only a link: "
      "machine mail, auto_generated.",
      [V("alert_plain", "WordPress <wordpress@conexus-services.com>",
         "New form submission: Income and expenditure",
         "Someone submitted the form \"Income and expenditure\" on your site.\n\nSubmissions that contain financial "
         "information are stored securely and not sent by email. View it here:\n"
         "https://www.conexus-services.com/wp-admin/admin.php?page=submissions&id=6621\n\n---\nPowered by: "
         "SiteBuilder Forms"),
       V("alert_html", "FormCrate <notifications@formcrate.io>", "New Income and expenditure entry #6640",
         H("A new entry was received for <strong>Income and expenditure</strong> (Conexus).",
           "This form is set to hide answers in notification emails. "
           '<a href="https://formcrate.io/forms/ie-conexus/entries/6640">Sign in to view</a>'), html=True)]),
    N("wfd-s045", "conexus",
      "A portal's payment-plan reminder: system mail, auto_generated.",
      [V("system_plain", "Conexus Online Account <no-reply@my.conexus-services.com>",
         "Reminder: your next payment is due on 1 April",
         "This is a reminder that your next payment of £25.00 under your payment plan is due on 1 April 2026.\n\n"
         "If you pay by Direct Debit you do not need to do anything.\n\nManage your plan: "
         "https://my.conexus-services.com/plan\n\nPlease do not reply to this email.", AUTO),
       V("system_html", "Conexus Online Account <no-reply@my.conexus-services.com>", "Payment reminder",
         H("Your next plan payment of <strong>&pound;25.00</strong> is due on <strong>1 April 2026</strong>.",
           '<a href="https://my.conexus-services.com/plan">Manage your plan</a>',
           '<span style="font-size:11px">Automated reminder - replies are not read.</span>'), html=True)]),
    N("wfd-s046", "conexus",
      "A form service's weekly spam-filter digest: machine mail, auto_generated.",
      [V("digest_plain", "Formsmith <forms@formsmith.app>", "Weekly spam report: 14 submissions blocked",
         "Formsmith blocked 14 submissions to forms on www.conexus-services.com this week.\n\nContact us: 11\n"
         "Data request: 2\nFeedback: 1\n\nReview blocked submissions: https://formsmith.app/spam\n\nYou can "
         "turn off this weekly digest in your notification settings.", {"precedence": "bulk"}),
       V("digest_html", "Formsmith <forms@formsmith.app>", "Your weekly spam digest",
         H("<strong>14</strong> submissions were marked as spam this week across your Conexus forms.",
           '<a href="https://formsmith.app/spam">Review them</a> if you think any are genuine.'),
         AUTO, html=True)]),
    N("wfd-s047", "conexus",
      "A WordPress system notice about automatic plugin updates, sent from the same address the contact form "
      "uses: machine mail, auto_generated.",
      [V("system_plain", "WordPress <wordpress@conexus-services.com>",
         "[Conexus] Some plugins were automatically updated",
         "Howdy! Some plugins have automatically updated to their latest versions on your site at "
         "https://www.conexus-services.com. No further action is needed on your part.\n\nThese plugins are now "
         "up to date:\n- SiteBuilder Forms (from version 3.18.1 to 3.18.2)\n- Spam Shield (from version 5.0.4 to "
         "5.0.5)\n\nIf you experience any issues, contact your site administrator."),
       V("system_plain_auto", "Conexus website <website@conexus-services.com>",
         "[Conexus] Plugin update report",
         "The following plugins were updated automatically on https://www.conexus-services.com:\n\n"
         "SiteBuilder Forms 3.18.2\nSpam Shield 5.0.5\n\nNo action needed.", AUTO)]),
    N("wfd-s048", "conexus",
      "A form service's notice that an export of data-request responses is ready to download: machine mail, "
      "auto_generated; no request is made by anyone.",
      [V("export_html", "FormCrate <notifications@formcrate.io>", "Your export is ready: Data request responses",
         H("The CSV export you asked for is ready: <strong>Data request - responses (March).csv</strong>.",
           '<a href="https://formcrate.io/exports/8c31f0">Download</a> (link valid for 7 days).'), html=True),
       V("export_plain", "WebFormHub <no-reply@webformhub.net>", "Export complete",
         "Your export of \"Data request\" entries from www.conexus-services.com is complete.\n\nDownload (valid "
         "for 7 days): https://webformhub.net/exports/5d0e27\n\nWebFormHub", AUTO)]),
]

def C(sid, mailbox, senders, subjects, text, lab, note):
    return {"id": sid, "group": "C", "mailbox": mailbox, "from": senders, "subject": subjects, "text": text,
            "labels": lab, "note": note}


C_SCENARIOS = [
    # ------------------------------------------------------------------ PEXA controls (people writing themselves)
    C("wfd-s049", "pexa",
      ("Hannah Greaves <h.greaves@greaveswhitford.co.uk>", "Hannah Greaves <hannah.greaves@greaveswhitford.co.uk>"),
      ("Complaint - wrong lodgement advice from support", "Formal complaint: lodgement advice"),
      "Dear PEXA team,\n\nI want to make a formal complaint about advice from your support desk on 24 February. I "
      "asked whether the register would be updated in time for our client's onward purchase and was told in "
      "writing that the application would be completed 'within 24 hours'. It then sat in a requisition queue for "
      "six working days, which your colleague later admitted is normal for that type of application.\n\nOur client "
      "held off signing her onward purchase because of that advice and lost her preferred completion date. Please "
      "explain why we were told 24 hours and what PEXA will do to put this right.\n\nRegards,\nHannah Greaves\n"
      "Associate, Greaves Whitford Solicitors",
      L(c=True, ex=True, cat="inaccurate_information"),
      "A participant's associate makes a formal complaint about wrong timing advice that caused a lost "
      "completion date: explicit, inaccurate_information (the specific cause beats delay)."),
    C("wfd-s050", "pexa",
      ("Darren Cole <darren.cole88@gmail.com>", "Darren Cole <d.cole@colejoinery.co.uk>"),
      ("Mortgage offer has the wrong address", "Mortgage offer has the wrong address"),
      "Hi,\n\nI'm buying 4 Maple Rise, Kendal. My lender is Kestrel Building Society and their mortgage offer "
      "lists the property as 14 Maple Rise. My solicitor says the money can't be released until Kestrel fixes it, "
      "and every time I ring Kestrel they say it's 'with underwriting'. We're meant to exchange next week.\n\nMy "
      "solicitor mentioned you run the system they use, so can you get someone at Kestrel to sort it out?\n\n"
      "Darren",
      L(c=True, cat="inaccurate_information", firm="kbs"),
      "A buyer's grievance is his lender's wrong mortgage offer and stalling, purely about Kestrel Building "
      "Society (kbs): an implicit complaint to forward, inaccurate_information."),
    C("wfd-s051", "pexa",
      ("Rebecca Nwosu <r.nwosu@sandstonemortgages.co.uk>", "Rebecca Nwosu <rebecca.nwosu@sandstonemortgages.co.uk>"),
      ("Participant fee schedule from April", "Fee schedule 2026/27"),
      "Hello,\n\nCould you send me the participant fee schedule that applies from 1 April 2026? Our finance team "
      "needs it for next year's budget.\n\nThanks,\nRebecca Nwosu\nOperations, Sandstone Mortgages",
      L(),
      "A neutral request for a fee schedule: an enquiry, not a complaint."),
    C("wfd-s052", "pexa",
      ("Graham Ilsley <graham.ilsley@btinternet.com>", "Graham Ilsley <g.ilsley@ilsleymoss.co.uk>"),
      ("Closing my user account", "Please close my account"),
      "Good morning,\n\nI retired from Ilsley & Moss at the end of December and won't be using the platform again. "
      "Please close my user account and delete my personal details. If there is anything you have to keep, could "
      "you let me know what it is.\n\nWith thanks for many years of smooth completions,\nGraham Ilsley",
      L(r="erasure"),
      "A neutral, friendly request to delete his account and personal details: erasure, not a complaint."),
    C("wfd-s053", "pexa",
      ("Wendy Arkwright <wendy.arkwright@gmail.com>", "Wendy Arkwright <warkwright@aol.com>"),
      ("Your sign is on all night", "Your sign is on all night"),
      "Hello,\n\nI live in one of the flats opposite your office on Tanner Street. For the past three weeks the big "
      "illuminated sign on the front of your building has been left on all night and it shines straight into our "
      "bedroom. We've barely slept. Please switch it off at night or put it on a timer, and let me know when that's "
      "done.\n\nWendy Arkwright\nFlat 6, 41 Tanner Street",
      L(c=True, cat="other"),
      "A neighbour's grievance about the office sign, with a remedy and reply asked for: an implicit complaint "
      "that fits no service theme, other."),
    C("wfd-s054", "pexa",
      ("Ian Molyneux <ian@molyneuxcarr.co.uk>", "Ian Molyneux <i.molyneux@molyneuxcarr.co.uk>"),
      ("Thanks - Bolton lodgement", "Thank you"),
      "Hi both,\n\nThank you for sorting out the lodgement error on our Bolton matter so quickly yesterday. The "
      "client completed on time. Much appreciated.\n\nIan Molyneux\nMolyneux Carr",
      L(),
      "Thanks for a resolved issue with nothing still wrong: not a complaint."),
    # ------------------------------------------------------------------ Conexus controls
    C("wfd-s055", "conexus",
      ("Sharon Dyce <sharondyce@hotmail.com>", "Sharon Dyce <sharon.dyce72@gmail.com>"),
      ("Complaint about how I was spoken to - C19520044", "Complaint - phone call on 5 March"),
      "I rang on Thursday 5 March to ask why my balance had gone up. The man I spoke to sighed, talked over me, "
      "told me to 'read your letters' and then put the phone down on me. I want to complain about his attitude. I "
      "would like an apology and for someone to actually explain the balance to me.\n\nSharon Dyce\nAccount "
      "C19520044",
      L(c=True, ex=True, cat="service_quality"),
      "She says she wants to complain about how a call handler treated her when she rang with a question: "
      "explicit, service_quality (how she was served, not how the debt was pursued)."),
    C("wfd-s056", "conexus",
      ("Fraser Quinn <fraser.quinn@ashbydebtadvice.org.uk>", "Fraser Quinn <f.quinn@ashbydebtadvice.org.uk>"),
      ("Mr Leon Barker - C20663189 - Sterling Credit Loans", "Leon Barker C20663189"),
      "Dear Sir or Madam,\n\nI am a caseworker at Ashby Debt Advice and act for Mr Leon Barker (authority "
      "attached).\n\nMr Barker's loan with Sterling Credit Loans was taken out in 2022 when he was on Universal "
      "Credit and already behind with his rent. They lent him £2,500 without any real check of whether he could "
      "repay it. We have raised irresponsible lending with Sterling Credit directly. Please put collection on hold "
      "and return the account to them while they investigate.\n\nYours faithfully,\nFraser Quinn\nCaseworker",
      L(c=True, tp=True, cat="debt_dispute", firm="scl"),
      "A caseworker writing for a client (third_party) disputes the debt because of the creditor's own lending, "
      "which only Sterling Credit Loans (scl) can put right: about_other_firm=scl, debt_dispute, implicit."),
    C("wfd-s057", "conexus",
      ("Kieran Hodge <kieranhodge@icloud.com>", "Kieran Hodge <k.hodge@outlook.com>"),
      ("Payment date", "Change payment date please"),
      "Hi, can I change my payment date to the 15th from April? My reference is C21009876. Cheers, Kieran",
      L(),
      "A routine payment-date change: a service request, not a complaint."),
    C("wfd-s058", "conexus",
      ("Paula Renshaw <paula.renshaw@gmail.com>", "Paula Renshaw <prenshaw@yahoo.co.uk>"),
      ("Your letter went to my old address AGAIN", "Letter sent to my old address"),
      "Hello,\n\nI moved out of 31 Birchfield Road in November and gave your agent my new address then. The new "
      "tenant at Birchfield has just messaged me a photo of your latest letter, which she opened, with my balance "
      "and account details on it. She had no business seeing that.\n\nPlease update my address to 6 Tanner's Yard, "
      "Otley LS21 3PF and explain why it was still going to the old one.\n\nPaula Renshaw\nAccount C18877215",
      L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "Her debt letter went to an old address after she had updated it and was read by the new tenant: an "
      "implicit personal-data complaint with a breach; 'update my address' is rectification."),
    C("wfd-s059", "conexus",
      ("Samir Haddad <samir.haddad@gmail.com>", "Samir Haddad <s.haddad@haddadtaxis.co.uk>"),
      ("Default on my credit file", "Default on my credit file - C20145530"),
      "Hi,\n\nWhen I set up my payment plan in January your agent told me that as long as I kept to the plan "
      "nothing would be reported to the credit reference agencies. I have paid every month on time. My credit "
      "file now shows a default registered by Conexus in February. Nobody told me this could happen. I need to "
      "know why I was told something different and what you are going to do about the default.\n\nSamir Haddad\n"
      "Ref C20145530",
      L(c=True, cat="inaccurate_information"),
      "The agent's assurance about credit reporting proved wrong, and he wants an explanation and a remedy: an "
      "implicit complaint, inaccurate_information (the misleading information is the root cause)."),
    C("wfd-s060", "conexus",
      ("Bernard Fitch <bernard.fitch@talktalk.net>", "Bernard Fitch <b.fitch@fitchsurveys.co.uk>"),
      ("Council tax arrears C19904467", "Westbury council tax - C19904467"),
      "Dear Conexus,\n\nYou are collecting £1,142 of council tax arrears for 2023-24 on behalf of Westbury Council. "
      "The council billed me without the single person discount although I have lived alone since 2021, and they "
      "accepted the discount from April 2024. The so-called arrears are just the missing discount. I have asked the "
      "council to rebill and expect them to cancel it.\n\nCould you also send me a copy of all the information you "
      "hold about me on this account.\n\nBernard Fitch",
      L(c=True, r="access", cat="debt_dispute", firm="wbc"),
      "The arrears come from the council's own billing, which only Westbury Council (wbc) can correct: "
      "about_other_firm=wbc, debt_dispute, implicit; the copy of his information is access, but the grievance "
      "is not about data handling."),
]

# ---------------------------------------------------------------------------------------------
# build, check, summary

SAID = {}          # (source, _env) of a form relay -> the submitter's own words and choices, joined
OVERRIDDEN = set()  # (source, _env) whose record_errors explicit check was replaced by the submitter-words check


def record(sc, sender, subject, headers, body, html, env):
    return {"id": None, "mailbox": sc["mailbox"], "from": sender, "subject": subject, "headers": dict(headers),
            "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
            "note": sc["note"], "source": sc["id"], "train_labels": ["complaint"], "_env": env}


def build(rng):
    recs = []
    for sc in F_SCENARIOS:
        assert len(set(sc["envs"])) == 2
        for name in sc["envs"]:
            sender, subject, headers, body, html, said = ENV_FUNCS[name](sc, rng)
            for v in said:
                assert (escape_html(v).replace("\n", "<br>") if html else v) in body, (sc["id"], name, v[:40])
            env = f"F-{name}"
            SAID[(sc["id"], env)] = "\n".join(said)
            recs.append(record(sc, sender, subject, headers, body, html, env))
    for sc in N_SCENARIOS:
        for v in sc["variants"]:
            recs.append(record(sc, v["from"], v["subject"], v.get("headers", {}), v["body"], v.get("html", False),
                               f"N-{v['env']}"))
    for sc in C_SCENARIOS:
        for i, (sender, html) in enumerate(((sc["from"][0], False), (sc["from"][1], True))):
            body = html_with_quote(sc["text"]) if html else sc["text"]
            recs.append(record(sc, sender, sc["subject"][i], {}, body, html, "C-html" if html else "C-plain"))
    return recs


GROUP = {}


def errors(rec):
    """record_errors, except that on a form relay `explicit` is checked against the submitter's own words and
    choices (SAID), not against the whole new text: the form's name, labels and subject are boilerplate."""
    e = record_errors(rec)
    lab = rec["labels"]
    key = (rec["source"], rec["_env"])
    group = GROUP[rec["source"]]
    if group == "F" and lab["complaint"]:
        mine = "complain" in SAID[key].lower()
        if mine != lab["explicit"]:
            e.append(f"explicit={lab['explicit']} but 'complain' in the submitter's words={mine}")
        kept = [x for x in e if not x.startswith("explicit=") or "submitter" in x]
        if len(kept) < len(e):
            OVERRIDDEN.add(key)
        e = kept
    if lab["auto_generated"] != (group == "N"):
        e.append(f"auto_generated={lab['auto_generated']} in group {group}")
    return e


def summary(records, env_counts):
    from collections import Counter
    out = [(f"wrote {len(records)} records from {len({r['source'] for r in records})} scenarios to "
            f"{os.path.relpath(OUT, ROOT)}")]
    by_group = Counter(GROUP[r["source"]] for r in records)
    out.append("emails per group: " + ", ".join(f"{g}={by_group[g]}" for g in "FNC"))
    comp = Counter(GROUP[r["source"]] for r in records if r["labels"]["complaint"])
    expl = Counter(GROUP[r["source"]] for r in records if r["labels"]["explicit"])
    out.append("complaints per group: " + ", ".join(f"{g}={comp[g]} ({expl[g]} explicit)" for g in "FNC"))
    out.append(f"complaints {sum(r['labels']['complaint'] for r in records)}, breach "
               f"{sum(r['labels']['breach'] for r in records)}, third_party "
               f"{sum(r['labels']['third_party'] for r in records)}, auto_generated "
               f"{sum(r['labels']['auto_generated'] for r in records)}, html {sum(r['html'] for r in records)}")
    rights = Counter(x for r in records for x in r["labels"]["rights"])
    out.append("rights: " + ", ".join(f"{k}={v}" for k, v in sorted(rights.items())))
    firms = Counter(r["labels"]["about_other_firm"] for r in records if r["labels"]["about_other_firm"])
    out.append("about_other_firm: " + ", ".join(f"{k}={v}" for k, v in sorted(firms.items())))
    cats = Counter(r["labels"]["category"] for r in records)
    out.append("categories: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    lay, snd = Counter(), Counter()
    for env, n in env_counts.items():
        if env.startswith("F-"):
            layout, kind = ENVELOPES[env[2:]]
            lay[layout] += n
            snd[kind] += n
    out.append("form relays per layout: " + ", ".join(f"{k}={v}" for k, v in sorted(lay.items())))
    out.append("form relays per sender: " + ", ".join(f"{k}={v}" for k, v in sorted(snd.items())))
    out.append("per envelope: " + ", ".join(f"{k}={v}" for k, v in sorted(env_counts.items())))
    out.append(f"explicit check replaced by the submitter-words check on {len(OVERRIDDEN)} record(s): "
               + ", ".join(f"{s}/{e}" for s, e in sorted(OVERRIDDEN)))
    return "\n".join(out)


def main():
    for sc in F_SCENARIOS + N_SCENARIOS + C_SCENARIOS:
        assert sc["id"] not in GROUP, sc["id"]
        GROUP[sc["id"]] = sc["group"]
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
