#!/usr/bin/env python3
"""Labelled evaluation mail: what people write AFTER their sign-off (judge E).

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender, plain or HTML,
greeting, sign-off, signature style, postscript mark): 120 emails.

* Group S (26): a postscript after the sign-off and signature ("PS", "P.S.", "P.S:", "PS -", "ps", "PPS",
  "P.P.S."). In about two thirds the postscript carries what matters.
* Group A (14): an afterthought after the sign-off without a postscript mark.
* Group C (20): controls: what matters sits in the body, followed by long signatures, footers and
  disclaimers (some in the firm's voice mention complaints, personal data or rights), or no sign-off at all.

Labels follow the labelling guide; a postscript or afterthought is the sender's own words and counts in full,
a footer or disclaimer is boilerplate and never does. Where a footer says "complain" the explicit-complaint
check reads the sender's own words only (see errors()).

Stdlib only. Writes data/trials/after_signoff_judge_e.jsonl.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (LABEL_KEYS, RIGHTS, html_with_quote, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels)

SEED = 20280322
PREFIX = "sae"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_e.jsonl")

# per-record bookkeeping for errors() and summary(), keyed by id(record) (records live for the whole run)
META = {}

# ---------------------------------------------------------------------------------------------
# footers and disclaimers (the sender organisation's boilerplate, never the sender's own words)

FOOTERS = {
    "heathcote": (
        "Heathcote Bank plc. Registered office: 1 Market Square, Leeds LS1 6DB. Registered in England and "
        "Wales no. 04417230. Heathcote Bank plc is authorised by the Prudential Regulation Authority and "
        "regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 611847).\n\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error, please tell the sender and delete it. Calls may be recorded for training and "
        "monitoring purposes."),
    "greyfriars": (
        "Greyfriars Law LLP is a limited liability partnership registered in Scotland (SO309214) and is "
        "regulated by the Law Society of Scotland. A list of members is available at our registered office, "
        "8 Greyfriars Place, Edinburgh EH1 2QQ.\n\n"
        "CYBER FRAUD WARNING: we will never tell you about a change to our bank details by email. If you "
        "receive such a message, do not act on it; call us on a number you already know.\n\n"
        "Privacy: we process personal data in line with our privacy notice at greyfriarslaw.co.uk/privacy. "
        "If you are unhappy with how we use your information you can complain to the Information "
        "Commissioner's Office (ico.org.uk)."),
    "ols": (
        "Orchard Lane Solicitors is authorised and regulated by the Solicitors Regulation Authority "
        "(SRA no. 508812). Our complaints procedure and our terms of business are available on request or at "
        "orchardlanesolicitors.co.uk.\n\n"
        "IMPORTANT: Orchard Lane Solicitors will never change its bank details during a transaction. Always "
        "check our account details by telephone before sending any money.\n\n"
        "This message is confidential and may be legally privileged. If you are not the intended recipient, "
        "please notify us and delete it; any disclosure, copying or distribution is prohibited."),
    "kestrel": (
        "Kestrel Building Society, Kestrel House, 14 Abbey Road, Northampton NN1 5AX. Kestrel Building Society "
        "is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority "
        "and the Prudential Regulation Authority (FRN 100384).\n\n"
        "Your privacy: Kestrel Building Society processes personal data in accordance with the UK GDPR. You "
        "have the right to request access to, rectification or erasure of your personal data, and to object "
        "to its use for marketing. Full details are in our privacy notice at kestrelbs.co.uk/privacy."),
    "harwell": (
        "Harwell Logistics Ltd. Registered in England and Wales no. 08812274. Registered office: Unit 9, "
        "Didcot Gateway, Didcot OX11 7HJ.\n\n"
        "This email and any files transmitted with it are confidential and intended solely for the use of "
        "the individual or entity to whom they are addressed. If you have received this email in error "
        "please notify the system manager. Harwell Logistics accepts no liability for any damage caused by "
        "viruses transmitted by this email."),
    "ashby": (
        "Ashby Rowe Solicitors is the trading name of Ashby Rowe Ltd, registered in England no. 10294471, "
        "and is authorised and regulated by the Solicitors Regulation Authority (SRA no. 631409). If you are "
        "not satisfied with our service, our complaints procedure is at ashbyrowe.co.uk/complaints.\n\n"
        "Fraud alert: we will never email you to change our bank details. Please call us to confirm them "
        "before transferring funds."),
    "holloway": (
        "Holloway Birch LLP, 40 Castle Street, Shrewsbury SY1 2BW. Authorised and regulated by the Solicitors "
        "Regulation Authority (SRA no. 587210).\n\n"
        "This email is confidential. If you have received it in error please delete it and let us know. "
        "We process personal data in accordance with our privacy notice: hollowaybirch.co.uk/privacy."),
    "beacon": (
        "Beacon Home Finance Ltd, Beacon Point, 20 Harbour Street, Bristol BS1 4QA. Registered in England "
        "no. 03318870. Authorised and regulated by the Financial Conduct Authority (FRN 302115).\n\n"
        "The information in this email is confidential and may be privileged. It is intended for the "
        "addressee only. Please consider the environment before printing this email."),
    "riverside": (
        "Riverside Money Advice is a registered charity (no. 1169032) and a company limited by guarantee "
        "(no. 09977140). We are authorised and regulated by the Financial Conduct Authority (FRN 720551) for "
        "debt counselling.\n\n"
        "How we use your information: we process your personal data to give you debt advice and to deal "
        "with your creditors on your behalf. You have the right to ask for a copy of your data, to have it "
        "corrected or deleted, and to object to how we use it. If you are unhappy with our service you can "
        "complain to us at feedback@riversidemoneyadvice.org.uk, and then to the Financial Ombudsman Service."),
    "caldwell": (
        "Caldwell Brook Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority "
        "(SRA no. 614472). Registered office: 5 Priory Row, Coventry CV1 5EX. Details of our complaints "
        "procedure are in our client care letter.\n\n"
        "PAYMENT FRAUD WARNING: our bank details will never change by email. Do not send money to any account "
        "without first speaking to your solicitor on a number you know.\n\n"
        "This email and any attachments are confidential and may be subject to legal professional privilege."),
    "brindlemoor": (
        "Brindlemoor Care Homes Ltd, registered in England no. 07661903.\n"
        "Compliments, comments and complaints about our homes: feedback@brindlemoorcare.co.uk.\n"
        "This message is confidential and meant only for the named recipient. If it reached you by mistake "
        "please tell the sender and delete it."),
    "sterling": (
        "Sterling Credit Loans Ltd, Sterling House, 40 Deansgate, Manchester M3 2EG. Registered in England "
        "no. 06120458. Sterling Credit Loans Ltd is authorised and regulated by the Financial Conduct Authority "
        "(FRN 681903). If you are a customer and wish to complain, please see sterlingcredit.co.uk/complaints.\n\n"
        "This email is confidential and intended only for the addressee."),
    "westbury": (
        "Westbury Council Tax Services, Council Offices, Bratton Road, Westbury BA13 3EN.\n\n"
        "This email and any attachments are confidential and may contain personal or sensitive information. "
        "Westbury Council processes personal data in line with its corporate privacy notice "
        "(westbury.gov.uk/privacy). Views expressed in this email are those of the sender and not "
        "necessarily those of the Council."),
    "marchbank": (
        "Office of Helen Marchbank MP, 12 Wharf Street, Gloucester GL1 2EH.\n"
        "We use the personal information you give us only to deal with your enquiry, which may mean sharing "
        "it with the organisations concerned. This email is confidential."),
    "ramesh": (
        "Ramesh Conveyancing is a trading name of Anil Ramesh, a licensed conveyancer regulated by the "
        "Council for Licensed Conveyancers (licence no. 4471)."),
}

DEVICES = {
    "iphone": "Sent from my iPhone",
    "android": "Sent from my Samsung Galaxy smartphone.",
    "outlook": "Get Outlook for Android",
    "ipad": "Sent from my iPad",
}

PS_POS_DEFAULT = {"first": "after_name", "full": "after_name", "corporate": "after_sig",
                  "footer": "end", "delim": "end", "mobile": "after_name", "none": "end"}


def P(name, addr, first=None, sig=(), footer=None, device=None):
    """A sender persona: full name, address, the first name they sign with, the signature lines under the
    name (title, firm, phones, address, web), the firm footer key and the mobile device line."""
    return {"name": name, "addr": addr, "first": first or name.split()[0], "sig": list(sig),
            "footer": footer, "device": device}


def E(p, style, g="", o="Kind regards,", html=False, marks=(), lead="", pos=None, headers=None,
      subject=None, quote_style="wrote"):
    """One envelope: persona, signature style, greeting, sign-off, HTML or plain, the postscript marks
    (group S) or the afterthought's lead-in (group A), where the postscript goes, headers, subject override."""
    return {"p": p, "style": style, "g": g, "o": o, "html": html, "marks": list(marks), "lead": lead,
            "pos": pos or PS_POS_DEFAULT[style], "headers": headers or {}, "subject": subject,
            "quote_style": quote_style}


def mark_text(mark, text):
    if mark == "ps":
        text = text[0].lower() + text[1:]
    return f"{mark} {text}"


def render(sc, k, env):
    """One email of scenario sc with envelope env (k = 0 or 1)."""
    p = env["p"]
    style = env["style"]
    own = []   # the sender's own words, in order
    boiler = []  # footer / device boilerplate
    paras = []
    if env["g"]:
        paras.append(env["g"])
        own.append(env["g"])
    paras.append(sc["body"])
    own.append(sc["body"])
    # the closing segments
    segs = []
    if style != "none":
        if style in ("first", "mobile", "delim"):
            segs.append(("closing", f"{env['o']}\n{p['first']}" if env["o"] else p["first"]))
        elif style == "full":
            segs.append(("closing", f"{env['o']}\n{p['name']}" if env["o"] else p["name"]))
        else:  # corporate, footer: name with the signature lines under it
            segs.append(("closing", f"{env['o']}\n\n" + "\n".join([p["name"]] + p["sig"])))
        if style == "delim":
            segs.append(("sig", "-- \n" + "\n".join([p["name"]] + p["sig"])))
        if style == "footer":
            segs.append(("footer", FOOTERS[p["footer"]]))
        if style == "mobile":
            segs.append(("device", DEVICES[p["device"] or "iphone"]))
    # what follows the sign-off: postscripts (S) or an afterthought (A)
    tail = []
    if sc["group"] == "S":
        assert len(env["marks"]) == len(sc["ps"]), sc["source"]
        tail = [mark_text(m, t) for m, t in zip(env["marks"], sc["ps"])]
    elif sc["group"] == "A":
        tail = [env["lead"] + sc["after"]]
    pos = env["pos"]
    order = [n for n, _ in segs]
    if pos == "after_name":
        at = 1 if order else 0
    elif pos == "after_sig":
        at = order.index("sig") + 1 if "sig" in order else (1 if order else 0)
    else:
        at = len(segs)
    segs = segs[:at] + [("tail", t) for t in tail] + segs[at:]
    for n, t in segs:
        paras.append(t)
        (boiler if n in ("footer", "device") else own).append(t)
    text = "\n\n".join(paras)
    subject = env["subject"] if env["subject"] is not None else sc["subject"]
    quote = sc.get("quote")
    if quote and env["html"]:
        head, qtext = quote
        body = html_with_quote(text, head + "\n" + quote_lines(qtext))
    elif quote:
        head, qtext = quote
        if env["quote_style"] == "original":
            frm, sent, to, subj = sc["orig"]
            body = (text + "\n\n-----Original Message-----\n" + f"From: {frm}\nSent: {sent}\nTo: {to}\n"
                    + f"Subject: {subj}\n\n" + qtext)
        else:
            body = text + "\n\n" + head + "\n" + quote_lines(qtext)
    elif env["html"]:
        body = html_with_quote(text)
    else:
        body = text
    rec = {"id": None, "mailbox": sc["mailbox"], "from": f"{p['name']} <{p['addr']}>", "subject": subject,
           "headers": dict(env["headers"]), "body": body, "html": env["html"], "labels": dict(sc["labels"]),
           "note": sc["note"], "source": sc["source"], "train_labels": ["complaint"],
           "_env": f"{style}-{'html' if env['html'] else 'plain'}"}
    rec["labels"]["rights"] = list(sc["labels"]["rights"])
    META[id(rec)] = {"group": sc["group"], "style": style, "marks": list(env["marks"]) if sc["group"] == "S" else [],
                     "own": subject + "\n" + "\n".join(own), "boiler": "\n".join(boiler), "k": k}
    return rec


def errors(rec):
    """record_errors, except that for a record whose footer or disclaimer (boilerplate) says "complain" the
    built-in explicit check, which reads the whole new text, is replaced by the same check on the sender's own
    words (subject, greeting, body, sign-off, signature, postscript, afterthought)."""
    e = record_errors(rec)
    m = META[id(rec)]
    lab = rec["labels"]
    own_has = "complain" in m["own"].lower()
    if "complain" in m["boiler"].lower():
        e = [x for x in e if not x.startswith("explicit=")]
        if lab["complaint"] and own_has != lab["explicit"]:
            e.append(f"explicit={lab['explicit']} but 'complain' in sender's own words={own_has}")
    elif lab["complaint"] and own_has != lab["explicit"]:  # must agree with the built-in check anyway
        e.append("own-words check disagrees")
    if set(rec["labels"]) != set(LABEL_KEYS):
        e.append("label keys")
    return e


def overridden(rec):
    """Would record_errors' explicit check have failed this (correctly labelled) record?"""
    return any(x.startswith("explicit=") for x in record_errors(rec))


# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(source, mailbox, group, lab, note, subject, body, envs, ps=(), after="", quote=None, orig=None):
    SCENARIOS.append({"source": source, "mailbox": mailbox, "group": group, "labels": lab, "note": note,
                      "subject": subject, "body": body, "envs": envs, "ps": list(ps), "after": after,
                      "quote": quote, "orig": orig})


L = short_labels


# ============================== PEXA, group S: postscripts ==============================

GFL_MORVEN = P("Morven Kidd", "morven.kidd@greyfriarslaw.co.uk", sig=[
    "Senior Conveyancing Executive | Greyfriars Law LLP", "T: 0131 496 0822 | DD: 0131 496 0847",
    "8 Greyfriars Place, Edinburgh EH1 2QQ", "www.greyfriarslaw.co.uk"], footer="greyfriars")
GFL_CALLUM = P("Callum Reid", "callum.reid@greyfriarslaw.co.uk", sig=[
    "Property Team Manager", "Greyfriars Law LLP", "0131 496 0851"], footer="greyfriars")
S("sae-s001", "pexa", "S", L(c=True, cat="platform_defect"),
  "The body is a routine training booking, but the postscript reports repeated logouts that wiped applied "
  "signatures and cost a settlement and asks for an investigation: an implicit complaint (platform_defect) "
  "that counts in full although it sits after the signature.",
  "Training session for two new starters",
  "Could you book two places on the next Introduction to Settlement session for our trainees, Isla Ferrie "
  "and Tom Achebe? Any date in the first half of next month suits us. Their user accounts were set up last week.",
  [E(GFL_MORVEN, "corporate", g="Hello,", o="Many thanks,", marks=["P.S."]),
   E(GFL_CALLUM, "first", g="Hi there,", o="Thanks,", html=True, marks=["PS -"])],
  ps=["Our workspaces have logged us out in the middle of signing three times this week, and each time the "
      "signatures already applied were wiped and the whole file had to be signed again. One of those cost us a "
      "same-day settlement and the client had to spend the night in a hotel. Can someone investigate and come "
      "back to me with what is going on?"])

TVM_DOM = P("Dominic Frayne", "dominic.frayne@tvmortgages.co.uk", sig=[
    "Completions Operations Lead", "Thames Valley Mortgages", "Station House, Forbury Road, Reading RG1 1AQ",
    "Tel 0118 496 0457 ext 2231"])
TVM_PRIYA = P("Priya Lall", "priya.lall@tvmortgages.co.uk", sig=["Completions Team | Thames Valley Mortgages",
                                                                 "0118 496 0457"])
S("sae-s002", "pexa", "S", L(c=True, ex=True, cat="fees_charges"),
  "The body and first postscript are routine billing admin; the second postscript says 'I also want to "
  "complain' about per-workspace fees charged on abandoned matters and asks for a credit: explicit complaint, "
  "fees_charges, from lender staff writing for their own firm (not third_party, firm null).",
  "Change of billing contact",
  "From 1 May please send our platform invoices to accounts.payable@tvmortgages.co.uk rather than to me "
  "personally. Our purchase-order number for the new financial year is PO-77310.",
  [E(TVM_DOM, "corporate", g="Good morning,", o="Regards,", marks=["PS", "PPS"]),
   E(TVM_PRIYA, "delim", g="Hello PEXA billing,", o="Thanks", marks=["P.S.", "P.P.S."], html=True)],
  ps=["Our finance team's direct line is 0118 496 0712 if they need to check anything.",
      "I also want to complain about the March invoice. We were billed the per-workspace fee on 14 matters that "
      "were abandoned before any lodgement, which we were told at onboarding are not chargeable. Please credit "
      "those and confirm in writing."])

S("sae-s003", "pexa", "S", L(c=True, firm="gfl", cat="delay"),
  "A buyer's postscript says her own solicitors (Greyfriars Law) have not answered for two weeks and "
  "completion has slipped twice, and asks PEXA to get them to respond: a consumer complaint purely about a "
  "participant firm, implicit, about_other_firm gfl, delay.",
  "Question about how PEXA settlement works",
  "We're buying our first flat and our solicitor says completion will happen 'through PEXA'. Could you "
  "explain in plain terms what that means for us on the day? Will we see anything, and do we need to sign up "
  "to anything ourselves?",
  [E(P("Ellen Mackay", "ellen.mackay88@gmail.com"), "first", g="Hi,", o="Thanks so much,", marks=["P.S:"]),
   E(P("Rob Mackay", "robmackay@outlook.com", device="iphone"), "mobile", g="Hello", o="Cheers", marks=["ps"])],
  ps=["Our solicitors are Greyfriars Law in Edinburgh and honestly we can't get a word out of them. Nobody has "
      "answered a call or an email in over two weeks and the completion date has already been moved twice "
      "because of it. Is there anything you can do to get them to reply to us?"])

S("sae-s004", "pexa", "S", L(r="access"),
  "Neither the certificate request nor the postscript expresses dissatisfaction, so it is not a complaint; "
  "the postscript asks for a copy of the personal information held on her as a user: rights=access.",
  "CPD certificate",
  "I completed the Advanced Workspaces course in February while I was at Marsh & Penrose, but I have since "
  "left the firm and can no longer log in. Could you re-send my CPD certificate to this personal address?",
  [E(P("Ruth Okonjo", "ruth.okonjo@btinternet.com"), "full", g="Dear PEXA Training Team,",
     o="Kind regards,", marks=["P.S."]),
   E(P("Ruth Okonjo-Hale", "r.okonjohale@gmail.com", sig=["Licensed conveyancer", "07700 900318"]), "delim",
     g="Hello,", o="Best wishes,", marks=["PS"], pos="after_name")],
  ps=["Could you also send me a copy of the personal information you hold about me as a user - my profile, my "
      "login history and the identity documents I uploaded when I registered? I'd like a record of it now that "
      "I've moved on."])

ASHBY_NICOLA = P("Nicola Brandt", "nicola.brandt@ashbyrowe.co.uk", sig=[
    "Senior Conveyancer", "Ashby Rowe Solicitors", "T 0113 496 0250 | M 07700 900264",
    "2 Park Square East, Leeds LS1 2NE", "ashbyrowe.co.uk"], footer="ashby")
ASHBY_JOE = P("Joe Whitcombe", "j.whitcombe@ashbyrowe.co.uk", sig=[
    "Conveyancing Assistant, Ashby Rowe Solicitors", "0113 496 0253"], footer="ashby")
S("sae-s005", "pexa", "S", L(br=True),
  "A neutral cut-off question plus a postscript reporting that another matter's buyers' names, address and "
  "loan appeared in their notifications: a breach report (breach=true) with no dissatisfaction or remedy "
  "sought, so not a complaint (personal_data false); 'deleted' is the notification, not erasure; the "
  "footer's complaints procedure is boilerplate.",
  "Bank holiday cut-off",
  "Can you confirm the settlement cut-off time on the Friday before the bank holiday? Our diary system says "
  "2pm but a colleague thinks it moves earlier.",
  [E(ASHBY_NICOLA, "footer", g="Hi,", o="Kind regards,", marks=["PS"], pos="after_sig"),
   E(ASHBY_JOE, "footer", g="Hello,", o="Thanks,", marks=["P.S:"], html=True, pos="end")],
  ps=["This morning a settlement statement for a matter that isn't ours appeared in our workspace "
      "notifications. It shows the buyers' names, their new address and their mortgage advance with Kestrel. "
      "We haven't opened anything beyond the preview and I've deleted the notification, but I thought you'd "
      "want to know so you can check how it reached us."])

MPC_ANNA = P("Anna Trelawny", "anna.trelawny@marshpenrose.co.uk", sig=[
    "Associate, Residential Property", "Marsh & Penrose Conveyancing", "22 Southernhay East, Exeter EX1 1QS",
    "01392 440 118 | www.marshpenrose.co.uk"])
S("sae-s006", "pexa", "S", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "The body asks for a new user (routine); the postscript says her own profile still shows a wrong name and "
  "certificate number that is failing lenders' checks and holding up completions: an implicit complaint about "
  "inaccurate personal data (personal_data), with 'correct it' = rectification and 'stop showing the old "
  "number until then' = restriction.",
  "New user for our Exeter office",
  "Please could you add Harriet Vane-Oduya as a standard user for our Exeter office? Her practising "
  "certificate number is on the attached form and she will need settlement signing rights from 1 June.",
  [E(MPC_ANNA, "corporate", g="Dear Support,", o="With thanks,", marks=["P.S."]),
   E(P("Anna Trelawny", "a.trelawny@marshpenrose.co.uk", first="Anna"), "first", g="Hi team,", o="Thanks!",
     marks=["PS -"], html=True)],
  ps=["My own profile is still showing my maiden name and my old practising certificate number, even though "
      "I sent the update in January. Two lenders' checks have failed on my files this month because the details "
      "don't match, which has held up two completions. Please correct it, and until it's corrected please stop "
      "showing the old number to other participants."])

RAMESH = P("Anil Ramesh", "anil@rameshconveyancing.co.uk", sig=[
    "Principal, Ramesh Conveyancing", "14a High Street, Kettering NN16 8SY", "01536 496 011"], footer="ramesh")
S("sae-s007", "pexa", "S", L(r="portability"),
  "A retiring sole practitioner's closing-admin email with no dissatisfaction; the postscript asks for his own "
  "user data as CSV or JSON to load into another system: rights=portability, not a complaint.",
  "Closing my practice - final invoice",
  "I'm retiring at the end of the month and closing Ramesh Conveyancing. Could you send the final invoice to "
  "this address and confirm the date my subscription will stop?",
  [E(RAMESH, "footer", g="Dear Sir or Madam,", o="Yours faithfully,", marks=["ps"], pos="after_sig"),
   E(P("Anil Ramesh", "a.ramesh1958@gmail.com", device="ipad"), "mobile", g="Hello,", o="Regards",
     marks=["PS"])],
  ps=["Before my user account goes, could you export my own user data (my profile and my activity records) as a "
      "CSV or JSON file? My successor's case management system can import it and I'd rather not retype it all."])

S("sae-s008", "pexa", "S", L(r="objection"),
  "A seller's neutral question about whether the sale has settled, and a postscript objecting to her details "
  "being used for surveys or marketing: an objection request without dissatisfaction demanding a remedy, so "
  "rights=objection and not a complaint.",
  "Has our sale completed?",
  "Our solicitor said the sale of 9 Larchfield Close would settle through PEXA yesterday. Is there any way for "
  "us to see that it has gone through, or do we just wait to hear from the solicitor?",
  [E(P("Bernadette Coyle", "bcoyle@sky.com"), "full", g="Hello,", o="Many thanks", marks=["P.S."]),
   E(P("Bernie Coyle", "bernie.coyle@icloud.com", first="Bernie", device="iphone"), "mobile", g="Hi",
     o="Thanks", marks=["P.S:"], html=True)],
  ps=["We received a 'tell us about your experience' survey email from PEXA this morning. I'd rather our "
      "details weren't used for surveys, research or marketing of any kind, so please take this as my objection "
      "to that."])

HOLLOWAY_GEMMA = P("Gemma Pritchard", "gemma.pritchard@hollowaybirch.co.uk", sig=[
    "Practice Manager", "Holloway Birch LLP", "40 Castle Street, Shrewsbury SY1 2BW", "01743 496 702"],
    footer="holloway")
S("sae-s009", "pexa", "S", L(c=True, r="automated_decision", cat="onboarding"),
  "The body asks for a training calendar; the postscript complains (implicitly) that a new paralegal's ID "
  "check was rejected automatically twice, stalling her work, and asks for a person to review it: onboarding "
  "(specific theme) with rights=automated_decision; staff writing about their own firm's user, not third_party.",
  "Training dates for Q3",
  "Please send me the Q3 training calendar when it's ready - we have three people to put through the settlement "
  "module.",
  [E(HOLLOWAY_GEMMA, "footer", g="Hi,", o="Best regards,", marks=["PS"], pos="after_sig"),
   E(P("Lewis Barnard", "lewis.barnard@hollowaybirch.co.uk", sig=["Residential Property Partner",
                                                                  "Holloway Birch LLP", "01743 496 700"]),
     "corporate", g="Dear PEXA team,", o="Kind regards,", marks=["P.S."], html=True)],
  ps=["Our new paralegal's identity check has been rejected automatically twice with no reason given, and she "
      "still can't be added to any of our files, so her work is piling up on everyone else. We'd like a person "
      "to look at her documents rather than the software deciding again."])

HCB_OWEN = P("Owen Lacey", "owen.lacey@heathcotebank.co.uk", sig=[
    "Head of Mortgage Completions", "Heathcote Bank plc", "1 Market Square, Leeds LS1 6DB",
    "Direct: 0113 496 0577 | Mobile: 07700 900702"], footer="heathcote")
HCB_SAM = P("Samira Haddad", "samira.haddad@heathcote.co.uk", sig=["Completions Manager - Heathcote Bank"])
S("sae-s010", "pexa", "S", L(c=True, ex=True, cat="service_quality"),
  "The complaint is in the body: the writer says 'I'm writing to complain' about a support agent who "
  "dismissed the issue and ended the call: explicit, service_quality; the postscript (best days to call) is "
  "ordinary and the bank's footer changes nothing.",
  "Complaint - conduct of support desk call",
  "I'm writing to complain about a call with your support desk on Tuesday afternoon. Our settlement officer "
  "asked for help with a funds discrepancy and was told, twice, that it was 'a bank problem, not ours' before "
  "the agent ended the call. The issue later turned out to be a workspace configuration error on your side. "
  "I'd like the call reviewed and a response explaining how this will be handled differently.",
  [E(HCB_OWEN, "footer", g="Dear Sir or Madam,", o="Yours faithfully,", marks=["P.S."], pos="after_sig"),
   E(HCB_SAM, "delim", g="Hello,", o="Regards,", marks=["PS"], pos="after_name")],
  ps=["I'm in the office Tuesday to Thursday if a call is easier than email."])

OLS_Q = ("On 3 Mar 2028, at 10:14, Sinead Farrelly wrote:",
         "Hello,\n\nWe've had a requisition from HM Land Registry on workspace 5520-1187 saying the discharge "
         "evidence is incomplete. Is that something the platform generates or something we need to fix?\n\n"
         "Thanks,\nSinead")
S("sae-s011", "pexa", "S", L(c=True, cat="delay"),
  "A 'third email, 15 working days' chaser about an unanswered neutral question (quoted) is an implicit "
  "complaint about delay; the postscript only gives a new phone number, and the sender is OLS staff writing "
  "about PEXA's own service (firm null).",
  "RE: Query on lodgement requisition - workspace 5520-1187",
  "This is my third email about this. It's now 15 working days since I asked what the Land Registry "
  "requisition on this workspace means for us, and nobody has replied. Our client's registration is stuck "
  "until we know. Please can someone get back to me this week.",
  [E(P("Sinead Farrelly", "sinead.farrelly@orchardlanesolicitors.co.uk", sig=[
      "Conveyancing Paralegal | Orchard Lane Solicitors", "3 Orchard Lane, Stockport SK1 3EJ"], footer="ols"),
     "footer", g="Hello again,", o="Regards,", marks=["PS -"], pos="after_sig"),
   E(P("Sinead Farrelly", "s.farrelly@orchardlanesolicitors.co.uk"), "first", g="Hi,", o="Thanks",
     marks=["P.S."], html=True)],
  ps=["My direct dial has changed to 0161 496 0388."],
  quote=OLS_Q)

S("sae-s012", "pexa", "S", L(),
  "A request for a copy invoice and a postscript thanking the team for a webinar: nothing in the body or the "
  "postscript is a complaint, a right or a breach; the lender's footer is boilerplate.",
  "Copy invoice INV-2028-0419",
  "Could you send us a copy of invoice INV-2028-0419? Our accounts team can't find the original in their inbox.",
  [E(P("Harriet Whitlock", "harriet.whitlock@beaconhomefinance.co.uk", sig=[
      "Senior Completions Administrator", "Beacon Home Finance", "0345 600 7712 ext 418"], footer="beacon"),
     "footer", g="Good afternoon,", o="Kind regards,", marks=["P.S."], pos="end"),
   E(P("Tariq Bukhari", "tariq.bukhari@bhf.co.uk"), "full", g="Hi,", o="Cheers,", marks=["ps"])],
  ps=["Thanks again for last week's webinar on the new funds screens - the team found it really useful."])

S("sae-s013", "pexa", "S", L(c=True, firm="kbs", cat="inaccurate_information"),
  "Sellers say Kestrel Building Society issued a redemption figure £6,200 too high, stalling completion, and "
  "want it sorted: a consumer complaint purely about the participant lender (kbs), implicit, "
  "inaccurate_information; the postscript ('documents to follow') is ordinary.",
  "Wrong redemption figure from our lender",
  "We're selling our house and completion was meant to be last Friday. Kestrel Building Society sent our "
  "solicitor a redemption statement that was £6,200 higher than our last mortgage statement shows, so "
  "everything was put on hold while it was checked. Kestrel now say the figure was wrong but won't tell us when "
  "a corrected one will be issued. We need someone to get this sorted - the buyers are threatening to pull out.",
  [E(P("Gareth Pryce", "gareth.pryce@hotmail.co.uk"), "full", g="Dear PEXA,", o="Regards,", marks=["PS"]),
   E(P("Sian Pryce", "sianpryce@gmail.com", device="android"), "mobile", g="", o="Thanks", marks=["P.S:"])],
  ps=["Documents to follow - I'll scan both statements tonight."])

# ============================== PEXA, group A: afterthoughts without a mark ==============================

S("sae-s014", "pexa", "A", L(c=True, cat="usability"),
  "A neutral request for a user guide, then an unmarked afterthought: the upload screen rejects large PDFs with "
  "a bare 'upload failed', costing a morning, and they want the message or limit changed; the system works as "
  "designed but is confusing, so an implicit complaint, usability.",
  "User guide for new starters",
  "Is there an up-to-date user guide we can give new starters? The one on our intranet is from 2025 and the "
  "screenshots no longer match.",
  [E(ASHBY_JOE, "footer", g="Hi,", o="Thanks,", lead="Oh, and one more thing: ", pos="after_sig"),
   E(P("Martha Quayle", "martha.quayle@ashbyrowe.co.uk"), "first", g="Hello,", o="Many thanks",
     lead="Also - ", html=True)],
  after="the document upload screen keeps rejecting our PDFs with just 'upload failed', and it turns out the "
        "problem is that they're over 5MB. We lost most of a morning on it last week. Could the message say what "
        "the limit is, or the limit be raised? It's catching everyone out.")

S("sae-s015", "pexa", "A", L(r="erasure"),
  "A leaver's courtesy note, then an afterthought asking PEXA to erase the personal mobile number and home "
  "address given at registration: rights=erasure without any dissatisfaction, so not a complaint.",
  "Leaving Kestrel - my user account",
  "I'm leaving Kestrel Building Society on Friday. Our administrator will remove my user access, so this is "
  "just to let you know I won't be the contact for the Northampton completions team any more - please use "
  "completions@kestrelbs.co.uk from next week.",
  [E(P("Yvonne Ashdown", "yvonne.ashdown@kestrelbs.co.uk", sig=[
      "Completions Team Leader", "Kestrel Building Society", "Kestrel House, 14 Abbey Road, Northampton NN1 5AX",
      "0300 123 4410"], footer="kestrel"), "footer", g="Hi all,", o="All the best,",
     lead="Forgot to say - ", pos="after_sig"),
   E(P("Yvonne Ashdown", "yvonne.ashdown@kestrelbs.co.uk", sig=["Kestrel Building Society"]), "delim",
     g="Hello,", o="Thanks for everything,", lead="One more thing, ", pos="end", html=True)],
  after="please erase the personal mobile number and home address I gave at registration. I won't be a user "
        "any more and don't want them kept on your system.")

S("sae-s016", "pexa", "A", L(c=True, firm="mpc", cat="fees_charges"),
  "A buyer's neutral fee question, then an afterthought that Marsh & Penrose put an unexplained '£120 PEXA "
  "platform fee' on the completion statement and a request to pass it to them: a consumer complaint purely "
  "about the participant firm's charge (mpc), implicit, fees_charges.",
  "Is there a PEXA fee for buyers?",
  "We're buying through Marsh & Penrose and completion is next Thursday. Do buyers pay PEXA anything directly, "
  "or is it all between the firms?",
  [E(P("Kwame Mensah", "kwame.mensah@gmail.com"), "full", g="Hello,", o="Thanks,",
     lead="The reason I ask: "),
   E(P("Abena Mensah", "abena.m@yahoo.co.uk", device="iphone"), "mobile", g="Hi", o="Thank you",
     lead="Also ")],
  after="Marsh and Penrose have put a £120 'PEXA platform fee' on our completion statement. It wasn't in their "
        "quote and they won't explain it. We're not paying it unless they can show us it's genuine, so could you "
        "please pass this on to them or get them to explain?")

OLS_DARREN = P("Darren Kitchin", "darren.kitchin@orchardlanesolicitors.co.uk", sig=[
    "Office Manager | Orchard Lane Solicitors", "3 Orchard Lane, Stockport SK1 3EJ", "0161 496 0231"],
    footer="ols")
S("sae-s017", "pexa", "A", L(c=True, cat="wait_time"),
  "A routine signatory-list update, then an afterthought: 45 minutes on hold, call dropped, 'please call me "
  "back today': an implicit complaint about waiting to reach someone (wait_time); OLS staff about PEXA's "
  "service, firm null.",
  "Authorised signatories - Stockport office",
  "Attached is our updated list of authorised signatories for the Stockport office. Please replace the previous "
  "list dated January.",
  [E(OLS_DARREN, "footer", g="Dear PEXA,", o="Regards,", lead="Also, ", pos="end"),
   E(OLS_DARREN, "corporate", g="Hi,", o="Thanks,", lead="Oh - and ", html=True,
     subject="Updated signatory list (Stockport)")],
  after="your support line kept me on hold for 45 minutes on Monday and then the call dropped just as someone "
        "answered. I still need to speak to someone about a workspace question, so please can somebody call me "
        "back today.")

S("sae-s018", "pexa", "A", L(c=True, ex=True, cat="training"),
  "The body says 'I'd like to make a complaint' about a course cancelled twice that blocks staff from "
  "settlements: explicit, training; the afterthought (copy a colleague while on leave) is ordinary.",
  "Complaint about cancelled training",
  "I'd like to make a complaint about the Settlement Essentials course. Our team of five was booked on 9 April, "
  "it was cancelled the evening before, rebooked for 23 April and cancelled again that morning. Two of the team "
  "can't work on settlements until they've completed it. I expect a confirmed date within the next fortnight and "
  "an explanation of why this keeps happening.",
  [E(HOLLOWAY_GEMMA, "footer", g="Dear Training Team,", o="Yours sincerely,", lead="Oh, and ", pos="after_sig"),
   E(P("Gemma Pritchard", "gemma.pritchard@hollowaybirch.co.uk"), "first", g="Hello,", o="Thanks,",
     lead="Also - ", html=True)],
  after="I'm on leave from 12 May, so please copy Ravi Dhillon (ravi.dhillon@hollowaybirch.co.uk) on your reply.")

S("sae-s019", "pexa", "A", L(c=True, cat="onboarding"),
  "Five weeks 'pending verification' with documents sent twice and clients turned away, with a demand to know "
  "what is holding it up: an implicit complaint, onboarding (the specific theme beats delay); the afterthought "
  "is a pleasantry.",
  "Registration still pending",
  "We applied to join PEXA on 2 February and our registration has said 'pending verification' ever since. We've "
  "sent every document asked for, twice. Five weeks on, we still can't accept PEXA matters and we've had to turn "
  "two clients away. Please tell us what is holding it up and when it will be done.",
  [E(P("Fiona Carrow", "fiona@carrowvance.co.uk", sig=["Director", "Carrow & Vance Conveyancing",
                                                       "01603 496 330 | carrowvance.co.uk"]),
     "corporate", g="Hello,", o="Regards,", lead="And "),
   E(P("Peter Vance", "peter@carrowvance.co.uk", sig=["Carrow & Vance Conveyancing", "01603 496 331"]),
     "delim", g="Dear Sir/Madam,", o="Best,", lead="Also, ", pos="after_name", html=True)],
  after="happy Easter to the team if we don't speak before.")

S("sae-s020", "pexa", "A", L(),
  "A remittance note and an afterthought giving the firm's new postal address for statements: routine admin, "
  "not a complaint; a firm's address is not a personal-data rectification request.",
  "Remittance advice",
  "Payment of £1,842.50 for invoice INV-2028-0533 went from our account this morning. Remittance attached.",
  [E(TVM_PRIYA, "corporate", g="Hi,", o="Kind regards,", lead="Also, "),
   E(P("Colin Marsh", "colin.marsh@tvmortgages.co.uk"), "full", g="Good morning,", o="Regards",
     lead="Forgot to say - ", html=True)],
  after="our postal address for statements is now Unit 4, Brookside Court, Reading RG2 0SD.")

# ============================== PEXA, group C: controls ==============================

S("sae-s021", "pexa", "C", L(c=True, ex=True, cat="platform_defect"),
  "The body asks to 'treat this as a formal complaint' about an outage that made eleven settlements miss the "
  "window: explicit, platform_defect; the bank's regulatory footer and disclaimer are boilerplate.",
  "Formal complaint - failed settlements 14 March",
  "Please treat this as a formal complaint. On 14 March the platform was unavailable from 11:20 to 14:05 and "
  "eleven of our settlements missed the same-day window. We had to pay our customers' additional interest and "
  "two chains collapsed. We want a full incident report, confirmation of the root cause and your proposal for "
  "covering the costs, which we will itemise separately.",
  [E(HCB_OWEN, "footer", g="Dear Complaints Manager,", o="Yours sincerely,"),
   E(P("Rachel Iqbal", "rachel.iqbal@heathcotebank.co.uk", sig=[
       "Director, Mortgage Operations", "Heathcote Bank plc", "1 Market Square, Leeds LS1 6DB",
       "T: 0113 496 0500 | M: 07700 900731", "heathcotebank.co.uk"], footer="heathcote"),
     "footer", g="Dear PEXA,", o="Regards,", html=True)])

S("sae-s022", "pexa", "C", L(c=True, cat="inaccurate_information"),
  "Support wrongly said discharge evidence uploads automatically, the Land Registry rejected the application "
  "and the registration is delayed: an implicit complaint, inaccurate_information (wrong advice beats delay); "
  "'complain' appears only in the firm's privacy footer, so explicit stays false.",
  "Wrong advice on discharge evidence",
  "On 6 March your support desk told our paralegal that lender discharge evidence is uploaded automatically once "
  "settlement completes, so there was nothing for us to do. That was wrong: the Land Registry has now rejected "
  "the application for missing evidence and our client's registration is delayed by at least three weeks. We "
  "need you to confirm in writing what the correct process is and explain why we were told otherwise.",
  [E(GFL_MORVEN, "footer", g="Dear Sir or Madam,", o="Yours faithfully,"),
   E(GFL_CALLUM, "footer", g="Hello,", o="Regards,", html=True)])

S("sae-s023", "pexa", "C", L(),
  "A neutral question about signing two settlements in a day: an enquiry, not a complaint; the footer's "
  "complaints procedure, fraud warning and confidentiality notice are the firm's boilerplate.",
  "Settling two workspaces on the same day",
  "Can one user sign off two settlements in the same workspace group on the same day, or does the second need "
  "a separate signatory? We'd like to set our rota before the summer.",
  [E(OLS_DARREN, "footer", g="Hi,", o="Thanks in advance,"),
   E(P("Sinead Farrelly", "sinead.farrelly@orchardlanesolicitors.co.uk", sig=[
       "Conveyancing Paralegal | Orchard Lane Solicitors", "3 Orchard Lane, Stockport SK1 3EJ",
       "DD 0161 496 0388"], footer="ols"), "footer", g="Hello,", o="Kind regards,", html=True)])

S("sae-s024", "pexa", "C", L(r="informed"),
  "A buyer asks where PEXA got her details, what they are used for and on what legal basis, without "
  "dissatisfaction: rights=informed, not a complaint (the mobile signature changes nothing).",
  "Email from PEXA about my purchase",
  "I got an email from PEXA yesterday confirming 'settlement readiness' for my purchase of 22 Mallard Row. I "
  "didn't know PEXA had my details. Could you explain where you got them from, what you use them for and on "
  "what legal basis?",
  [E(P("Lorna Bickerstaff", "lorna.bickerstaff@icloud.com", device="iphone"), "mobile", g="Hello,",
     o="Thanks"),
   E(P("Lorna Bickerstaff", "lbickerstaff@outlook.com", device="outlook"), "mobile", g="Dear PEXA,",
     o="Kind regards,", html=True)])

S("sae-s025", "pexa", "C", L(c=True, tp=True, firm="ols", cat="service_quality"),
  "A daughter writing for her 84-year-old mother (third_party) about how Orchard Lane Solicitors treat her, "
  "asking for a straight answer: a consumer complaint purely about the participant firm (ols), implicit, "
  "service_quality; the message has no sign-off at all.",
  "My mother's sale - Orchard Lane",
  "I'm writing for my mother, Mrs Dorothy Hale, who is 84 and selling her bungalow through Orchard Lane "
  "Solicitors. Every time she rings them she is passed between three people and nobody will tell her whether "
  "the buyer's money has arrived. Yesterday someone told her to 'just check the portal', which she has no way of "
  "doing. She is distressed and I'd like someone to make them treat her properly and give her a straight answer.",
  [E(P("Janet Hale", "janet.hale64@gmail.com"), "none", g="Hello,"),
   E(P("Mark Hale", "markhale@btinternet.com"), "none", html=True)])

S("sae-s026", "pexa", "C", L(c=True, cat="platform_defect"),
  "A terse, unsigned message: the signing button has failed three times today before a 2pm completion, 'need "
  "this fixed': an implicit complaint, platform_defect; no sign-off at all.",
  "workspace 4471-0093 signing broken AGAIN",
  "third time today the sign button just spins and times out. completion is at 2. need this fixed or someone to "
  "ring me now 07700 900415",
  [E(P("Stuart Pell", "stuart.pell@ashbyrowe.co.uk"), "none"),
   E(P("Stuart Pell", "spell@ashbyrowe.co.uk"), "none", html=True,
     subject="URGENT workspace 4471-0093 - cannot sign")])

BHF_Q = ("On 21 Feb 2028, at 16:02, PEXA Complaints wrote:",
         "Dear Ms Whitlock,\n\nThank you for your complaint of 2 February about duplicated platform fees on your "
         "January invoice. We have upheld your complaint and issued credit note CN-4410 for £2,310.\n\nIf you "
         "remain unhappy you may refer your complaint to us again within eight weeks.\n\nPEXA Complaints Team")
S("sae-s027", "pexa", "C", L(),
  "A thank-you that confirms the credit has been applied and the matter is closed, quoting our final response "
  "to a complaint: the new text raises nothing still wrong, so not a complaint (the word 'complaint' is only in "
  "the subject line of the thread and the quote).",
  "RE: Your complaint ref PX-C-20931 - final response",
  "Thank you for the final response and for the credit note, which our accounts team have now applied. That "
  "closes the matter from our side.",
  [E(P("Harriet Whitlock", "harriet.whitlock@beaconhomefinance.co.uk", sig=[
      "Senior Completions Administrator", "Beacon Home Finance", "Beacon Point, 20 Harbour Street, Bristol BS1 4QA",
      "0345 600 7712 ext 418 | beaconhomefinance.co.uk"], footer="beacon"), "footer", g="Hello,", o="Best wishes,"),
   E(P("Harriet Whitlock", "h.whitlock@bhf.co.uk", sig=["Beacon Home Finance"]), "delim", g="Hi,",
     o="Thanks again,", html=True)],
  quote=BHF_Q)

S("sae-s028", "pexa", "C", L(c=True, ex=True, cat="process"),
  "A lender says 'I want to raise a complaint' about the annual re-verification rule that locks signatories "
  "out: explicit, process (the rule itself is the grievance); the privacy footer listing access, rectification, "
  "erasure and objection is boilerplate and sets no rights.",
  "Complaint about annual re-verification rule",
  "I want to raise a complaint about the new rule that every signatory must repeat full identity verification "
  "every twelve months, with their access suspended on the anniversary until it's done. Our longest-serving "
  "signatories have been locked out mid-week with no warning and we've had to move settlements. The rule is "
  "disproportionate for regulated lenders who already verify their own staff. Please review it and tell us what "
  "exemption or alternative is available.",
  [E(P("Graham Tolley", "graham.tolley@kestrelbs.co.uk", sig=[
      "Head of Secured Lending Operations", "Kestrel Building Society", "Kestrel House, 14 Abbey Road, Northampton NN1 5AX",
      "Tel 0300 123 4410 | kestrelbs.co.uk"], footer="kestrel"), "footer", g="Dear PEXA Customer Team,",
     o="Yours sincerely,"),
   E(P("Graham Tolley", "graham.tolley@kestrelbs.co.uk", sig=["Head of Secured Lending Operations",
                                                            "Kestrel Building Society"], footer="kestrel"),
     "footer", g="Hello,", o="Regards,", html=True)])

S("sae-s029", "pexa", "C", L(c=True, firm="tvm", cat="delay"),
  "A buyer writing from his work account says Thames Valley Mortgages have not released the funds, PEXA is "
  "'working fine', and asks for it to be passed on: a consumer complaint purely about the participant lender "
  "(tvm), implicit, delay; the employer's disclaimer is boilerplate.",
  "Mortgage money not released - 30 Copse Lane",
  "We were due to complete on our purchase on Friday but Thames Valley Mortgages still haven't released the "
  "mortgage funds into the workspace. Our solicitor says everything on her side is done and the PEXA side is "
  "working fine, and TVM just keep saying it's 'with underwriting'. We've had to pay the removal company for an "
  "extra two days. Please can this be passed to whoever can make them release the money.",
  [E(P("Liam Osei", "liam.osei@harwell-logistics.co.uk", sig=["Transport Planner", "Harwell Logistics Ltd",
                                                             "01235 496 144"], footer="harwell"),
     "footer", g="Hi,", o="Thanks,"),
   E(P("Liam Osei", "liam.osei@harwell-logistics.co.uk", sig=["Transport Planner | Harwell Logistics Ltd"],
       footer="harwell"), "footer", g="Dear PEXA team,", o="Regards,", html=True)])

OOO_TEXT = ("Thank you for your email. I am out of the office until Monday 14 April with no access to email. For "
            "urgent settlement matters please contact settlements@ashbyrowe.co.uk or call 0113 496 0250.")
S("sae-s030", "pexa", "C", L(auto=True),
  "An out-of-office reply (by its headers in one copy, by its text alone in the other) to our complaint "
  "acknowledgement: auto_generated, everything else empty, whatever the subject and footer say.",
  "Automatic reply: Complaint PX-C-21877 - acknowledgement",
  OOO_TEXT,
  [E(ASHBY_NICOLA, "footer", o="Kind regards,",
     headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}),
   E(P("Nicola Brandt", "nicola.brandt@ashbyrowe.co.uk", sig=["Senior Conveyancer", "Ashby Rowe Solicitors"],
       footer="ashby"), "footer", o="Regards,", html=True,
     subject="Out of Office: Complaint PX-C-21877 - acknowledgement")])

# ============================== Conexus, group S: postscripts ==============================

S("sae-s031", "conexus", "S", L(c=True, cat="collection_conduct"),
  "A payment confirmation, then a postscript: agents keep ringing her workplace landline after she asked for "
  "email only, and she wants written confirmation it will stop: an implicit complaint about how the debt is "
  "pursued (collection_conduct); no disclosure of the debt is described, so no breach.",
  "Payment made - ref CX-5120447",
  "Just confirming I've paid this month's £40 by bank transfer this morning using my reference CX-5120447.",
  [E(P("Kirsty Doherty", "kirsty.doherty91@gmail.com"), "first", g="Hi,", o="Thanks,", marks=["PS"]),
   E(P("Kirsty Doherty", "k.doherty@yahoo.com", device="android"), "mobile", g="Hello", o="Ta,", marks=["P.S."],
     html=True)],
  ps=["Please stop your agents ringing me at work. I asked on the phone in March for contact by email only, and "
      "since then I've had four calls on the shop's landline, one of them answered by my manager. It's "
      "embarassing and it has to stop. I want someone to confirm in writing it won't happen again."])

S("sae-s032", "conexus", "S", L(c=True, ex=True, cat="fees_charges"),
  "A neutral request for bank details, then a postscript saying 'I also want to complain' about a £45 trace "
  "fee added although he never moved: explicit complaint about a fee Conexus added, fees_charges.",
  "Bank details for payment",
  "Can you send me your bank details so I can pay by transfer instead of using the card line? My ref is "
  "CX-4038821.",
  [E(P("Declan Murray", "declan.murray@outlook.com"), "full", g="Hello,", o="Regards,", marks=["P.S."]),
   E(P("Declan Murray", "dec.murray77@gmail.com", sig=["07700 900551"]), "delim", g="Hi,", o="Cheers",
     marks=["PS -"], pos="after_name")],
  ps=["I also want to complain about the £45 'trace fee' that appeared on my balance last month. I've never "
      "moved house and you've always had my address, so there was nothing to trace. Please take it off."])

S("sae-s033", "conexus", "S", L(c=True, firm="nte", cat="debt_dispute"),
  "A balance question, then a postscript blaming Northline Energy's estimated billing for a flat he had left "
  "and asking Conexus to get them to look again: the root cause is the creditor's own bill, so a complaint "
  "about the creditor (nte), implicit, debt_dispute.",
  "What is my balance now?",
  "Could you let me know the balance left on my account, ref CX-6677012? I've lost track of the last couple "
  "of payments.",
  [E(P("Ashok Varma", "ashok.varma@gmail.com"), "first", g="Hello", o="Thanks", marks=["ps"]),
   E(P("Ashok Varma", "a.varma@talktalk.net"), "full", g="Dear Conexus,", o="Yours sincerely,",
     marks=["P.S:"], html=True)],
  ps=["The only reason this debt exists is that Northline Energy kept billing me on estimated readings for a flat "
      "I moved out of in 2026. I sent them the final meter photo and my tenancy end date and they ignored it. Can "
      "you get them to look at it again, because I don't think I owe this at all."])

S("sae-s034", "conexus", "S", L(r="erasure"),
  "A final-payment note with thanks to a staff member, and a postscript asking for her personal details to be "
  "deleted once no longer needed: rights=erasure with no dissatisfaction, so not a complaint.",
  "Final payment - CX-3302190",
  "My final payment went through today, so the account should now be cleared. Thank you to Amira on your phone "
  "team, who was very patient with me while I sorted things out.",
  [E(P("Joanne Whitfield", "jo.whitfield@hotmail.com", first="Jo"), "first", g="Hi,", o="Many thanks,",
     marks=["P.S.", "P.P.S."]),
   E(P("Joanne Whitfield", "joanne.whitfield@icloud.com", device="iphone"), "mobile", g="Hello,",
     o="Thanks again", marks=["PS", "PPS"])],
  ps=["Now it's settled, please delete my personal details from your systems once you no longer need to keep "
      "them.",
      "Amira really does deserve a mention to her manager."])

S("sae-s035", "conexus", "S", L(c=True, pd=True, r="informed", cat="personal_data"),
  "A payment-date change, then a postscript demanding to know where Conexus got a work email he never gave and "
  "what gives them the right to use it: an implicit complaint about data obtained unexpectedly (personal_data) "
  "with rights=informed.",
  "Change of payment date",
  "Please can my monthly payment move from the 1st to the 15th, as that's when I'm now paid? Ref CX-7104455.",
  [E(P("Marcus Fenwick", "marcus.fenwick@gmail.com"), "full", g="Hi,", o="Thanks,", marks=["PS -"]),
   E(P("Marcus Fenwick", "mfenwick@protonmail.com", sig=["Fenwick Joinery", "07700 900199"]), "delim",
     g="Dear Sir/Madam,", o="Regards,", marks=["P.S."], pos="end", html=True)],
  ps=["How did you get my work email address? Your last reminder came to my work inbox, which I have never given "
      "to you or to Pennant. I want to know where you got it from and what you think gives you the right to use it."])

S("sae-s036", "conexus", "S", L(c=True, pd=True, br=True, cat="personal_data"),
  "A statement request, then a postscript: a letter's window showed the creditor, 'FINAL NOTICE' and the "
  "balance to housemates, and she wants an apology and prevention: an implicit complaint about disclosure "
  "(personal_data, breach); a statement of account is a service request, not an access request.",
  "Statement please",
  "Could you send me an up-to-date statement for account CX-2950318, please? Email is fine.",
  [E(P("Chloe Agbaje", "chloe.agbaje@gmail.com"), "first", g="Hi,", o="Thanks", marks=["P.S:"]),
   E(P("Chloe Agbaje", "c.agbaje@outlook.com", device="outlook"), "mobile", g="Hello", o="Thanks,",
     marks=["ps"], html=True)],
  ps=["Your letter last week came in a window envelope with 'FINAL NOTICE - Sterling Credit Loans - £1,430.22 "
      "outstanding' showing through the window. I share a house and my housemates saw it on the doormat. That "
      "shouldn't happen. I want an apology and to know what you'll do to stop it happening again."])

RIVERSIDE_HANNAH = P("Hannah Greaves", "hannah.greaves@riversidemoneyadvice.org.uk", sig=[
    "Money Adviser", "Riverside Money Advice", "Riverside House, 3 Water Lane, Leeds LS11 5QN",
    "Tel: 0113 496 0900 | Duty line: 0113 496 0911", "www.riversidemoneyadvice.org.uk"], footer="riverside")
RIVERSIDE_OMAR = P("Omar Siddiqui", "omar.siddiqui@riversidemoneyadvice.org.uk", sig=[
    "Senior Debt Caseworker | Riverside Money Advice", "0113 496 0904"], footer="riverside")
S("sae-s037", "conexus", "S", L(tp=True, r="access"),
  "A money adviser (third_party) asks for a 30-day hold, and the postscript makes an Article 15 request for "
  "the client's data and call recordings: rights=access, no dissatisfaction so not a complaint; the charity "
  "footer's rights and complaints text is boilerplate.",
  "Client Ms Tanya Birch - CX-8810236 - 30-day hold",
  "We are now advising Ms Tanya Birch and are completing a full financial statement with her. Please hold all "
  "collection activity on the above account for 30 days while we do this. Her signed authority is attached.",
  [E(RIVERSIDE_HANNAH, "footer", g="Dear Sir or Madam,", o="Yours faithfully,", marks=["P.S."],
     pos="after_sig"),
   E(RIVERSIDE_OMAR, "corporate", g="Hello,", o="Kind regards,", marks=["PS"], html=True)],
  ps=["Ms Birch would also like a copy of all the personal data you hold about her under Article 15, including "
      "call recordings and account notes. Please send it to us at this address."])

S("sae-s038", "conexus", "S", L(r="rectification"),
  "A note about a new debit card, and a postscript asking Conexus to update her surname after marriage: "
  "rights=rectification, not a complaint.",
  "Payment card change",
  "I've got a new debit card, so I'll ring on Monday to update the card for my payment plan. Ref CX-1193374.",
  [E(P("Leanne Akinola", "leanne.akinola@gmail.com"), "first", g="Hiya,", o="Thanks", marks=["ps"]),
   E(P("Leanne Akinola", "leanne.duffy@hotmail.co.uk"), "full", g="Hello,", o="Kind regards,",
     marks=["P.S."], html=True)],
  ps=["I got married in April, so please update my surname on your records from Duffy to Akinola. I can send "
      "the marriage certificate over if you need it."])

S("sae-s039", "conexus", "S", L(c=True, firm="unknown", cat="debt_dispute"),
  "Non-native English: a payment question, then a postscript that the broadband provider (Harbourline, not in "
  "the directory) told him the contract was cancelled and now bills the remainder, asking them to check: a "
  "complaint about the creditor's own charge, firm unknown, implicit, debt_dispute.",
  "Question about payments",
  "I receive your letter. I want to ask how many payments I can make per month and if it is possible to pay "
  "from Polish bank account. Reference CX-9046611.",
  [E(P("Tomasz Wiśniewski", "tomasz.wisniewski@wp.pl"), "full", g="Hello,", o="Best regards", marks=["PS"]),
   E(P("Tomasz Wisniewski", "t.wisniewski85@gmail.com", device="android"), "mobile", g="Good morning",
     o="Regards", marks=["P.S."])],
  ps=["This bill is from Harbourline Broadband. When I leave UK I call them and they say the contract is "
      "cancelled and nothing more to pay. Now they say I owe £387 for rest of contract. Please tell them to check "
      "the recording of my call, I don't owe this."])

MARCHBANK_TOM = P("Tom Ellery", "tom.ellery@helenmarchbank.org.uk", sig=[
    "Senior Caseworker to Helen Marchbank MP", "Constituency Office, 12 Wharf Street, Gloucester GL1 2EH",
    "Tel: 01452 496 220"], footer="marchbank")
S("sae-s040", "conexus", "S", L(c=True, tp=True, cat="process"),
  "An MP's caseworker (third_party) challenges the rule that a partner can only speak for a stroke survivor "
  "after a posted authority form is processed, and asks what will be done: implicit complaint, process; the "
  "postscript (best time to call) is ordinary.",
  "Constituent Mr Desmond Pryor - ref CX-4471902",
  "I am writing on behalf of our constituent, Mr Desmond Pryor, who has asked Helen Marchbank MP for help. Mr "
  "Pryor has a speech impairment following a stroke and asked that his partner, Ms Carol Dent, speak for him on "
  "the phone. Your staff told her this could only happen once a signed paper authority form had been posted to "
  "your office and processed, which takes up to three weeks, and that until then they would speak only to Mr "
  "Pryor himself. Mr Pryor finds this unreasonable given his condition, and so do we. Please explain why his "
  "spoken consent, given with his partner present, cannot be accepted, and what you will do to help him now.",
  [E(MARCHBANK_TOM, "footer", g="Dear Sir or Madam,", o="Yours faithfully,", marks=["P.S."], pos="after_sig"),
   E(P("Aisha Rahman", "aisha.rahman@helenmarchbank.org.uk", sig=["Caseworker, Office of Helen Marchbank MP",
                                                                "01452 496 224"]), "corporate",
     g="Dear Conexus,", o="Kind regards,", marks=["PS -"], html=True)],
  ps=["Mr Pryor is best reached after 4pm, and Ms Dent's mobile is 07700 900662."])

S("sae-s041", "conexus", "S", L(c=True, ex=True, cat="wait_time"),
  "The body opens 'I want to make a complaint' about an hour on hold and a cut-off call: explicit, wait_time; "
  "the postscript only apologises for typos.",
  "on hold for an hour",
  "I want to make a complaint. I rang your number 3 times today to set up a payment plan and the longest I "
  "waited was 62 mins before it cut off. I am trying to pay you!! Someone needs to ring me back on this number.",
  [E(P("Shane Corrigan", "shanecorrigan@icloud.com", device="iphone"), "mobile", g="", o="", marks=["ps"]),
   E(P("Shane Corrigan", "shane.corrigan2@gmail.com"), "first", g="hi", o="thanks", marks=["PS"])],
  ps=["Sorry about typos doing this on my phone at work"])

S("sae-s042", "conexus", "S", L(),
  "A request for bank details and a 'have a good weekend' postscript: nothing to label.",
  "Bank details",
  "Can you send me the sort code and account number for paying by transfer? Account CX-2274610.",
  [E(P("Nadia Ferreira", "nadia.ferreira@gmail.com"), "first", g="Hi,", o="Thanks", marks=["P.S."]),
   E(P("Nadia Ferreira", "nferreira@sky.com", sig=["07700 900447"]), "delim", g="Hello,", o="Thank you,",
     marks=["PS -"], pos="after_name", html=True)],
  ps=["Have a good weekend!"])

CALDWELL_ELENA = P("Elena Marsh", "elena.marsh@caldwellbrook.co.uk", sig=[
    "Solicitor | Caldwell Brook Solicitors LLP", "5 Priory Row, Coventry CV1 5EX",
    "T: 024 7649 6310 | F: 024 7649 6311", "www.caldwellbrook.co.uk"], footer="caldwell")
S("sae-s043", "conexus", "S", L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "A solicitor (third_party) says a client's account paid in full to Conexus is still being chased and calls it "
  "'a formal complaint': explicit, debt_dispute; Beacon Home Finance is named only as the original creditor and "
  "the grievance is Conexus's own conduct, so firm null; the postscript (new file reference) is ordinary.",
  "Our client Mr Nikhil Sethi - account CX-5558142",
  "We act for Mr Nikhil Sethi. Our client settled the above account (original creditor Beacon Home Finance) in "
  "full on 9 January by a payment of £2,180 to Conexus, for which he holds your written confirmation, a copy of "
  "which is attached. Despite that, your letters of 12 and 26 February demand the same balance and threaten "
  "further action. This is a formal complaint. Please confirm within 14 days that the account is closed with a "
  "nil balance and that collection has stopped.",
  [E(CALDWELL_ELENA, "footer", g="Dear Sirs,", o="Yours faithfully,", marks=["P.S."], pos="after_sig"),
   E(P("Elena Marsh", "elena.marsh@caldwellbrook.co.uk", sig=["Caldwell Brook Solicitors LLP",
                                                             "024 7649 6310"]), "delim",
     g="Dear Conexus,", o="Regards,", marks=["PS"], pos="after_name")],
  ps=["Please note our file reference has changed to CB/NS/0412 following an internal transfer."])

# ============================== Conexus, group A: afterthoughts without a mark ==============================

S("sae-s044", "conexus", "A", L(c=True, pd=True, br=True, cat="collection_conduct"),
  "A standing-order note, then an afterthought: a caller told her 15-year-old daughter about the debt and "
  "threatened court, and she wants a senior call back: an implicit complaint about how the debt is pursued "
  "(collection_conduct) that also discloses the debt to someone else (breach, so personal_data).",
  "Payment this month",
  "I've set up the £25 a month standing order we agreed. The first one goes out on the 28th.",
  [E(P("Michelle Gower", "michelle.gower@gmail.com"), "first", g="Hi,", o="Thanks,", lead="Forgot to say - "),
   E(P("Michelle Gower", "shelgower@hotmail.co.uk", device="iphone"), "mobile", g="Hello", o="Thanks",
     lead="And another thing, ", html=True)],
  after="your man who rang the house on Saturday spoke to my daughter when she answered, told her I owed money "
        "and that I'd 'end up in court' if I didn't pay. She is 15 and was in tears. That should never have "
        "happened and I want someone senior to ring me about it.")

S("sae-s045", "conexus", "A", L(r="automated_decision"),
  "A practical question about the online budget form, then an afterthought asking for the offer to be decided "
  "by a person rather than automatically: rights=automated_decision, no dissatisfaction, not a complaint.",
  "Online budget form",
  "I've been sent a link to your online income and expenditure form. Can I save it halfway through and come "
  "back later? I need to dig out some bills first.",
  [E(P("Graham Pike", "graham.pike@btinternet.com"), "full", g="Dear Conexus,", o="Regards,", lead="Also, "),
   E(P("Graham Pike", "gpike1966@gmail.com", sig=["07700 900583"]), "delim", g="Hello,", o="Thanks,",
     lead="Oh, one more thing - ", pos="after_name", html=True)],
  after="when I submit it, I'd like my offer looked at by an actual person rather than decided automatically by "
        "the system.")

WESTBURY_KAREN = P("Karen Lightfoot", "karen.lightfoot@westbury.gov.uk", sig=[
    "Recovery Team Leader, Revenues and Benefits", "Westbury Council Tax Services",
    "Council Offices, Bratton Road, Westbury BA13 3EN", "01373 555 010 ext 3314"], footer="westbury")
S("sae-s046", "conexus", "A", L(c=True, pd=True, br=True, cat="personal_data"),
  "A creditor client's placement note, then an afterthought: residents received arrears letters carrying other "
  "residents' names, accounts and balances, and the council wants an investigation: an implicit complaint about "
  "a breach (personal_data, breach); council staff writing for their own organisation, not third_party.",
  "Monthly placement file - April",
  "The April placement file is on the secure portal: 312 accounts, total £184,650.40. Please confirm receipt "
  "once it's loaded.",
  [E(WESTBURY_KAREN, "footer", g="Good morning,", o="Kind regards,", lead="One more thing: ", pos="after_sig"),
   E(P("Karen Lightfoot", "karen.lightfoot@westbury.gov.uk", sig=["Recovery Team Leader",
                                                                "Westbury Council Tax Services"]),
     "corporate", g="Hi,", o="Thanks,", lead="Also - separately - ", html=True)],
  after="two residents from last month's file have come into our offices with arrears letters from you that were "
        "meant for other people - each had another resident's name, account number and balance on it. Please "
        "investigate how this happened, tell us how many letters were affected and what you are doing about it. "
        "We will need to report it to our data protection officer.")

S("sae-s047", "conexus", "A", L(c=True, ex=True, cat="collection_conduct"),
  "A payment-date request, then an unmarked afterthought saying 'I want to complain' about a letter "
  "threatening enforcement agents for a catalogue debt: explicit (the afterthought is the sender's own words), "
  "collection_conduct.",
  "Re-arranging payment",
  "Can I move my payment to the 20th this month? I'll be paying the usual £30.",
  [E(P("Derek Mullins", "derek.mullins@gmail.com"), "first", g="Hello,", o="Thanks", lead="Oh and "),
   E(P("Derek Mullins", "dmullins@outlook.com", device="outlook"), "mobile", g="Hi,", o="Regards,",
     lead="Also, ", html=True)],
  after="I want to complain about the letter dated 2 May saying enforcement agents could be sent to my home. This "
        "is a catalogue debt - you can't send bailiffs for it and you know that. My mum read it and was terrified. "
        "Please explain why it was sent.")

S("sae-s048", "conexus", "A", L(c=True, tp=True, cat="collection_conduct"),
  "A husband writing for his wife in hospital (third_party) about daily calls and an 'escalation' text after "
  "he reported it, asking for a hold and confirmation: implicit complaint, collection_conduct ('stop contacting "
  "her' is a conduct remedy, not objection); the afterthought (reference and phone) is ordinary.",
  "My wife Mrs Joanne Keel",
  "My wife Joanne is in hospital recovering from surgery, which I told your colleague on the phone on Monday. "
  "Since then she has had calls every day to her mobile, two voicemails and a text saying the account will be "
  "'escalated'. She can't deal with this right now. Please put the account on hold untill she's home and stop "
  "contacting her in the meantime. I'd like confirmation that's been done.",
  [E(P("Brian Keel", "brian.keel@btinternet.com"), "full", g="Dear Sir/Madam,", o="Yours faithfully,",
     lead="Forgot to say, "),
   E(P("Brian Keel", "briankeel54@gmail.com", device="ipad"), "mobile", g="Hello,", o="Thank you,",
     lead="Also - ")],
  after="her account number is CX-6021937 and I'm on 07700 900873.")

S("sae-s049", "conexus", "A", L(c=True, firm="lwt", cat="debt_dispute"),
  "The body says the Lumen Water bill covers a period after she moved out and Lumen must correct their records: "
  "the creditor's own billing is the root cause, so firm lwt, implicit, debt_dispute; the afterthought "
  "(works nights, email best) is ordinary.",
  "Lumen Water bill - not mine",
  "You've written to me about £612 owed to Lumen Water for Flat 2, 44 Canal Street. I moved out of that flat in "
  "October 2026 and gave Lumen a final reading and my forwarding address at the time. The bill is for the period "
  "after I left. Lumen need to sort their records out - I'm not paying for water someone else used. Please send "
  "this back to them.",
  [E(P("Precious Ndlovu", "precious.ndlovu@gmail.com"), "full", g="Hello,", o="Regards,", lead="Also, "),
   E(P("Precious Ndlovu", "p.ndlovu@yahoo.co.uk", sig=["07700 900926"]), "delim", g="Dear Conexus,",
     o="Thanks,", lead="One last thing - ", pos="after_name", html=True)],
  after="I work nights, so email is the best way to reach me.")

S("sae-s050", "conexus", "A", L(),
  "How to set up a standing order, then an afterthought thanking them for patience last month: an enquiry with "
  "thanks, not a complaint.",
  "Standing order",
  "How do I set up a standing order for my payments? Do I use my account number as the reference? Ref "
  "CX-3087725.",
  [E(P("Ryan Tulloch", "ryan.tulloch@gmail.com"), "first", g="Hi,", o="Cheers,", lead="Also, "),
   E(P("Ryan Tulloch", "r.tulloch@live.co.uk"), "full", g="Hello,", o="Many thanks,", lead="And ", html=True)],
  after="thanks for being patient with me last month when I missed the payment.")

# ============================== Conexus, group C: controls ==============================

S("sae-s051", "conexus", "C", L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser (third_party) calls it 'a formal complaint' that an agent rejected an affordable offer "
  "unseen, called it 'insulting' and threatened court: explicit, collection_conduct; the charity footer's "
  "rights and complaints wording is boilerplate and sets no rights.",
  "Formal complaint - client Mr Arjun Bell, CX-3390051",
  "I am a debt adviser at Riverside Money Advice and act for Mr Arjun Bell (authority attached). Mr Bell offered "
  "£15 a month based on a full financial statement, which we sent to you on 4 March. Your agent rejected it on the "
  "phone without looking at the statement, told him the offer was 'insulting', and said the account would go to "
  "court unless he paid £150 a month. He has no disposable income beyond the £15. This is a formal complaint "
  "about how Mr Bell has been treated. Please reconsider the offer on the basis of his financial statement and "
  "hold the account while you do.",
  [E(RIVERSIDE_OMAR, "footer", g="Dear Complaints Team,", o="Yours sincerely,"),
   E(RIVERSIDE_HANNAH, "footer", g="Dear Sir or Madam,", o="Kind regards,", html=True)])

BRINDLE = P("Paula Greenhalgh", "paula.greenhalgh@brindlemoorcare.co.uk", sig=[
    "Deputy Manager, Oakfield House", "Brindlemoor Care Homes Ltd", "01254 496 781"], footer="brindlemoor")
S("sae-s052", "conexus", "C", L(c=True, cat="debt_dispute"),
  "A debtor says she already paid the exact balance by card and wants the chasing to stop: an implicit "
  "complaint, debt_dispute; 'complaints' appears only in her employer's footer, so explicit stays false.",
  "Already paid - CX-6248810",
  "Your letter says I owe £318.40 on this account. I paid that exact amount by card over the phone on 19 "
  "February and the money left my account the next day - my bank statement is attached. Please confirm the "
  "account is cleared and stop chasing me for money I've already paid.",
  [E(BRINDLE, "footer", g="Hello,", o="Regards,"),
   E(P("Paula Greenhalgh", "paula.greenhalgh@brindlemoorcare.co.uk", sig=["Brindlemoor Care Homes Ltd"],
       footer="brindlemoor"), "footer", g="Dear Conexus,", o="Thanks,", html=True)])

STERLING_IAN = P("Ian Prothero", "ian.prothero@sterlingcredit.co.uk", sig=[
    "Collections Partner Manager", "Sterling Credit Loans Ltd", "Sterling House, 40 Deansgate, Manchester M3 2EG",
    "Tel 0161 555 0193 | Mob 07700 900812"], footer="sterling")
S("sae-s053", "conexus", "C", L(),
  "A creditor client asks for the monthly performance report: routine business, not a complaint; the footer's "
  "'wish to complain' line is addressed to the creditor's own customers and is boilerplate.",
  "Monthly performance report - March",
  "Could you send the March collections performance report by Friday? We'd also like the breakdown of accounts "
  "on hold by reason, as discussed at the last review.",
  [E(STERLING_IAN, "footer", g="Hi Mark,", o="Thanks,"),
   E(P("Ian Prothero", "ian.prothero@sterlingcredit.co.uk", sig=["Collections Partner Manager | Sterling Credit Loans Ltd"],
       footer="sterling"), "footer", g="Hello both,", o="Best regards,", html=True)])

S("sae-s054", "conexus", "C", L(r="access"),
  "A short request for a copy of all personal information held, including call recordings, with no "
  "dissatisfaction: rights=access, not a complaint (mobile signature).",
  "copy of my data",
  "Please could you send me a copy of all the personal information you hold on me, including any recordings of "
  "my calls with you. My account number is CX-7731089. Email is fine.",
  [E(P("Lewis Handley", "lewis.handley@icloud.com", device="iphone"), "mobile", g="Hi,", o="Thanks"),
   E(P("Lewis Handley", "lhandley@gmail.com", device="android"), "mobile", g="Hello,", o="Regards,", html=True)])

S("sae-s055", "conexus", "C", L(c=True, cat="collection_conduct"),
  "An all-caps, unsigned message about a sixth call in a day while at work, demanding written confirmation of "
  "email-only contact: an implicit complaint, collection_conduct; no sign-off at all.",
  "STOP CALLING",
  "THIS IS THE 6TH CALL TODAY. I HAVE TOLD YOU I AM PAYING ON FRIDAY WHEN I GET PAID. I CANT ANSWER AT WORK AND "
  "YOU KEEP RINGING. STOP IT AND PUT IT IN WRITING THAT YOU WILL ONLY EMAIL ME",
  [E(P("Craig Dobson", "craigdobson83@gmail.com"), "none"),
   E(P("Craig Dobson", "c.dobson@hotmail.com"), "none", html=True, subject="STOP CALLING ME")])

S("sae-s056", "conexus", "C", L(),
  "An unsigned one-line question about splitting the remaining balance over two months: a routine request, "
  "not a complaint.",
  "payment",
  "can i pay the rest in two lots in june and july instead of one? ref CX-4412096",
  [E(P("Jade Kirkwood", "jadekirkwood@gmail.com"), "none"),
   E(P("Jade Kirkwood", "jade.k@outlook.com"), "none", g="hi", html=True)])

S("sae-s057", "conexus", "C", L(c=True, tp=True, firm="pmt", cat="debt_dispute"),
  "A solicitor (third_party) says the debt is made up of handset charges from a contract Pennant Mobile "
  "mis-sold, and asks Conexus to refer it to Pennant and hold the account: only the creditor can fix the root "
  "cause, so firm pmt, implicit, debt_dispute; 'complaints' is only in the firm's footer.",
  "Our client Miss Farah Idowu - Pennant Mobile account",
  "We act for Miss Farah Idowu in relation to the Pennant Mobile account you are collecting (your ref "
  "CX-8067724). Our client was sold a 36-month handset contract in store after telling the adviser she only "
  "wanted a SIM-only plan; the handset was never collected and Pennant have charged her for it throughout. The "
  "sum you are collecting is made up almost entirely of those handset charges. Our client disputes the debt in "
  "full and we have raised the mis-sale with Pennant directly. Please refer this to them and hold the account "
  "until they respond.",
  [E(CALDWELL_ELENA, "footer", g="Dear Sirs,", o="Yours faithfully,"),
   E(P("Daniel Okafor", "daniel.okafor@caldwellbrook.co.uk", sig=["Trainee Solicitor", "Caldwell Brook Solicitors LLP",
                                                                 "5 Priory Row, Coventry CV1 5EX", "024 7649 6315"],
       footer="caldwell"), "footer", g="Dear Conexus,", o="Kind regards,", html=True)])

CX_Q = ("On 14 Mar 2028, at 09:30, Conexus Customer Relations wrote:",
        "Dear Mr Lowther,\n\nThank you for your complaint about the charges added to your account CX-2208457. "
        "Having investigated, we have upheld your complaint and refunded both charges of £30.\n\nIf you are not "
        "satisfied with this final response you may refer your complaint to the Financial Ombudsman Service "
        "within six months.\n\nConexus Customer Relations")
S("sae-s058", "conexus", "C", L(),
  "A thank-you confirming the refund arrived and the balance is right, happy for the matter to close, quoting "
  "our final response: nothing still wrong in the new text, so not a complaint despite 'complaint' in the "
  "thread's subject and quote.",
  "Re: Your complaint - our final response (CX-2208457)",
  "Thanks for your letter. The refund of the two charges has reached my account and the balance now looks "
  "right. I'm happy for this to be closed.",
  [E(P("Alan Lowther", "alan.lowther@btinternet.com", sig=["14 Heron Close, Stockton-on-Tees TS18 3PL",
                                                          "07700 900367"]), "delim", g="Hello,", o="Thanks,"),
   E(P("Alan Lowther", "alowther@gmail.com"), "full", g="Dear Sir/Madam,", o="Yours sincerely,", html=True)],
  quote=CX_Q)

OOO2 = ("I'm on annual leave until Tuesday 6 May. If your email is about a client in crisis, please call our duty "
        "line on 0113 496 0911. Otherwise I will reply when I return.")
S("sae-s059", "conexus", "C", L(auto=True),
  "A money adviser's out-of-office (headers in one copy, text alone in the other) replying to our complaint "
  "correspondence: auto_generated, so not third_party and nothing else set, whatever the footer says.",
  "Out of office: Re: Client Ms Birch CX-8810236 - your complaint",
  OOO2,
  [E(RIVERSIDE_HANNAH, "footer", o="Best wishes,",
     headers={"auto-submitted": "auto-replied", "precedence": "auto_reply"}),
   E(RIVERSIDE_OMAR, "footer", o="Regards,", html=True,
     subject="Automatic reply: Re: Client Ms Birch CX-8810236 - your complaint")])

S("sae-s060", "conexus", "C", L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "A debtor says 'I'm making a complaint' that staff gave her new address and balance to her ex-partner "
  "posing as her: explicit, personal_data and breach (disclosure to the wrong person); asking how the checks "
  "failed is a request for an explanation of the incident, not an access or informed request.",
  "Complaint - you discussed my account with my ex",
  "I'm making a complaint. On 11 April my ex-partner rang you pretending to be me and one of your staff gave him "
  "my new address and the balance of my account without asking any proper security questions. I moved to get "
  "away from him. I want an explanation of how your checks failed and what you are going to do about it.",
  [E(P("Sophie Marchetti", "sophie.marchetti@gmail.com", sig=["07700 900158"]), "delim", g="To whom it may concern,",
     o="Thank you,", pos="end"),
   E(P("Sophie Marchetti", "s.marchetti@outlook.com", device="iphone"), "mobile", g="", o="", html=True)])

# ---------------------------------------------------------------------------------------------
# build, summary, main


def build(rng):
    """Render every scenario with both its envelopes. The renderings are fixed by the scenario table; rng is
    only used by run_generator's shuffle."""
    del rng
    records = []
    for sc in SCENARIOS:
        assert len(sc["envs"]) == 2, sc["source"]
        for k, env in enumerate(sc["envs"]):
            records.append(render(sc, k, env))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    meta = [META[id(r)] for r in records]
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, "
           f"{len({r['source'] for r in records})} scenarios"]
    out.append("mailboxes: " + str(dict(sorted(collections.Counter(r["mailbox"] for r in records).items()))))
    out.append(f"html: {sum(r['html'] for r in records)}; with headers: {sum(bool(r['headers']) for r in records)}")
    comp = [l for l in labs if l["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(l['explicit'] for l in comp)} explicit); "
               f"personal_data {sum(l['personal_data'] for l in labs)}; breach {sum(l['breach'] for l in labs)}; "
               f"third_party {sum(l['third_party'] for l in labs)}; auto_generated "
               f"{sum(l['auto_generated'] for l in labs)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    out.append("about_other_firm: " + str(dict(sorted(collections.Counter(
        str(l["about_other_firm"]) for l in labs).items()))))
    out.append("categories: " + str(dict(sorted(collections.Counter(l["category"] for l in labs).items()))))
    for g in "SAC":
        rs = [(r, m) for r, m in zip(records, meta) if m["group"] == g]
        out.append(f"group {g}: {len(rs) // 2} scenarios, {len(rs)} emails, "
                   f"{sum(r['labels']['complaint'] for r, _ in rs)} complaints, "
                   f"{sum(bool(r['labels']['rights']) for r, _ in rs)} with rights, "
                   f"{sum(r['labels']['breach'] for r, _ in rs)} breach, "
                   f"{sum(r['labels']['auto_generated'] for r, _ in rs)} auto")
    out.append("postscript marks: " + str(dict(sorted(collections.Counter(
        x for m in meta for x in m["marks"]).items()))))
    out.append("signature styles: " + str(dict(sorted(collections.Counter(m["style"] for m in meta).items()))))
    out.append(f"records whose footer says 'complain' (own-words explicit check): "
               f"{sum('complain' in m['boiler'].lower() for m in meta)}; of which the built-in check was "
               f"overridden: {sum(overridden(r) for r in records)}")
    out.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
