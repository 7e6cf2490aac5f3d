#!/usr/bin/env python3
"""Auto-generated mail, training set B: machine-made mail and the person-written mail that looks like it.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender, greeting and sign-off,
plain or HTML body, a quoted earlier message from the firm, letter-edit typos outside the marked request
sentences, short and subject-only versions): 120 emails in data/labelled/auto_train_b.jsonl.

* 28 machine-made scenarios: out-of-office replies (with and without automatic headers, some quoting the firm's
  earlier message, some in a second language beside English), bounces and delay notices, read and delivery
  receipts, other organisations' ticket autoresponders, newsletters and mailing-list mail, system notifications.
  Labelled by the guide: auto_generated=true and every other label cleared.
* 20 look-alikes a person wrote (a note that the writer will be away, a forwarded bounce or auto-reply with the
  writer's own words on top, a complaint about automatic mail, formulaic letters from representatives, a reply to
  a portal notification, signature blocks, a pasted unsubscribe line): auto_generated=false, every other label
  decided by the guide.
* 12 ordinary scenarios of the two mailboxes (complaints and non-complaints).

Every sentence that asks for a UK GDPR right is marked inline as [[right|sentence]] (labelled_mail.MARK_RIGHTS)
and becomes a request_sentences mark. Every row trains only the auto_generated label (train_labels).

Usage: python data/make/make_auto_train_b.py   (stdlib only, deterministic)
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, QUOTE_START, finish_marked_record,  # noqa: E402
                           marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270926
PREFIX = "atrb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "auto_train_b.jsonl")

AUTO = short_labels(auto=True)
NONE = short_labels()

FEMALE = ["Bronwen", "Delyth", "Farah", "Harriet", "Jolene", "Lowri", "Niamh", "Petra", "Rosalind", "Saoirse",
          "Ursula", "Yasmin", "Zofia", "Cerys", "Dominika", "Fenella", "Ines", "Kemi", "Marisol", "Orla"]
MALE = ["Aled", "Chidi", "Eamon", "Gideon", "Idris", "Magnus", "Oluwaseun", "Quentin", "Tariq", "Vikram", "Wendell",
        "Barnaby", "Hamish", "Jasper", "Lorcan", "Nikhil", "Piotr", "Gurpreet", "Kiran", "Ellis"]
FIRST = FEMALE + MALE
WELSH_DAYS = ["Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul"]
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr"]
POLISH_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                 "października", "listopada", "grudnia"]
LAST = ["Abernethy", "Blackwood", "Castellano", "Drummond", "Ekwueme", "Fairbairn", "Gallacher", "Hartigan",
        "Iqbal", "Jephcott", "Kavanagh", "Llewellyn", "Mbeki", "Nightingale", "Oyelaran", "Pemberton", "Quayle",
        "Ravensworth", "Sandhu", "Trelawney", "Underhill", "Varga", "Whitcombe", "Yardley", "Zielinski",
        "Ashdown", "Brannigan", "Cholmondeley", "Dewhurst", "Esterhuizen", "Fothergill", "Greenhalgh"]
WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com",
           "talktalk.net", "proton.me", "virginmedia.com"]
PHONES = ["0161 496 0{n}", "020 7946 0{n}", "0113 496 0{n}", "0117 496 0{n}", "0131 496 0{n}", "029 2018 0{n}"]
MOBILES = ["07700 900{n}"]
GREET = {"pexa": ["Hello,", "Dear Sir or Madam,", "Hi,", "Dear PEXA team,", "Good morning,", "To whom it may concern,",
                  "Hi there,", "Dear PEXA,"],
         "conexus": ["Hello,", "Dear Sir or Madam,", "Hi,", "Dear Conexus,", "Good afternoon,",
                     "To whom it may concern,", "Dear Sir/Madam,", "Hiya,"]}
SIGN = ["Kind regards,\n{name}", "Thanks,\n{first}", "Regards\n{name}", "Best wishes,\n{name}", "{name}",
        "Many thanks\n{first} {last}", "Yours faithfully,\n{name}", "Cheers,\n{first}"]
TEAMS = {"pexa": [("PEXA Customer Support", "support@pexa.co.uk"), ("PEXA Complaints", "complaints@pexa.co.uk"),
                  ("PEXA Notifications", "no-reply@pexa.co.uk"), ("PEXA Onboarding", "onboarding@pexa.co.uk")],
         "conexus": [("Conexus Customer Care", "customercare@conexus.co.uk"),
                     ("Conexus Complaints", "complaints@conexus.co.uk"), ("Conexus", "no-reply@conexus.co.uk")]}

# envelopes: how one rendering of a scenario is dressed
ENV_FEATURES = {
    "plain": dict(),
    "typo": dict(typo=True),
    "html": dict(html=True),
    "quote": dict(quote=True),
    "quote_html": dict(quote=True, html=True),
    "quote_typo": dict(quote=True, typo=True),
    "short": dict(short=True),
    "short_html": dict(short=True, html=True),
    "subject_only": dict(subject_only=True),
}

SCENARIOS = []


def S(n, mb, kind, who, subj, body, lab, note, envs, short=None, subj_only=None, quote=None, headers=None,
      qteam=None, orgdoms=None):
    SCENARIOS.append(dict(n=n, mb=mb, kind=kind, who=who, subj=subj, body=body, lab=lab, note=note, envs=envs,
                          short=short, subj_only=subj_only, quote=quote, headers=headers, qteam=qteam,
                          orgdoms=orgdoms))


def consumer():
    return ("consumer",)


def org(names, domains, froms=None):
    return ("org", names, domains, froms)


def fixed(froms, domains, names=("",)):
    return ("fixed", names, domains, froms)


BOUNCE_FROMS = ["Mail Delivery Subsystem <MAILER-DAEMON@{dom}>", "Mail Delivery System <mailer-daemon@{dom}>",
                "postmaster <postmaster@{dom}>"]
LIST_HEADERS = {"precedence": "bulk", "list-id": "{org} <{listid}>",
                "list-unsubscribe": "<mailto:leave-{n5}@{dom}>, <https://{dom}/unsubscribe?u={hex}>"}

# =============================================================================================================
# PEXA: machine-made (s001-s014)
# =============================================================================================================

S(1, "pexa", "auto", org(["Fenwick Dale Solicitors", "Fenwick Dale LLP"], ["fenwickdale.co.uk"]),
  ["Re: Your query about the workspace fee on {ws}", "RE: Your query about the workspace fee on {ws}"],
  "Thank you for your message. I am currently out of the office and will return on {date}. During this time I "
  "will have only occasional access to email.\n\nIf your email relates to a completion taking place this week, "
  "please contact my colleague {colleague} on {phone}, or email completions@{dom}.\n\n{name}\nAssociate Solicitor, "
  "{org}",
  AUTO,
  "An out-of-office reply with no automatic headers, recognised from its text (away until a date, alternative "
  "contact); the fee query sits only in the subject and quote, so auto_generated=true and everything else cleared.",
  ["plain", "quote", "quote_html"],
  quote="Dear {first},\n\nThank you for your query about the fee charged on workspace {ws}. We have passed it to "
        "our billing team, who will come back to you within two business days.\n\nYour reference: PX-Q-{{ref}}\n\n"
        "PEXA Customer Support")

S(2, "pexa", "auto", org(["Morgan Pryce Cyfreithwyr", "Morgan Pryce Solicitors"], ["morganpryce.cymru"]),
  ["Automatic reply: Completion statement - {ws}", "Ateb awtomatig / Automatic reply: {ws}",
   "RE: Completion statement - {ws}"],
  "Diolch am eich neges. Rydw i allan o'r swyddfa tan {date_cy}. Os yw'ch neges yn ymwneud â chwblhau brys, "
  "cysylltwch â {colleague} ar {phone}.\n\nThank you for your message. I am out of the office until {date}. If "
  "your message is about an urgent completion, please contact {colleague} on {phone}.\n\n{name}\n{org}",
  AUTO,
  "A bilingual (Welsh and English) out-of-office reply carrying Auto-Submitted and X-Autoreply headers: "
  "auto_generated=true, all other labels cleared.",
  ["plain", "quote", "short"],
  short="Allan o'r swyddfa tan {date_cy} / Out of the office until {date}. {colleague}: {phone}.",
  quote="Dear {first},\n\nThe completion statement for workspace {ws} is now available to download from the "
        "Documents tab. Please check the figures before the settlement date.\n\nPEXA Customer Support (ref "
        "{{ref}})",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})

S(3, "pexa", "auto", fixed(BOUNCE_FROMS, ["mx2.pexa.co.uk", "relay.pexa.co.uk"]),
  ["Undelivered Mail Returned to Sender", "Mail delivery failed: returning message to sender"],
  "This is the mail system at host {dom}.\n\nI'm sorry to have to inform you that your message could not be "
  "delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to "
  "postmaster.\n\n<{cfirst_l}.{clast_l}@{webmail}>: host mx.{webmail}[203.0.113.{n2}] said: 550 5.1.1 "
  "<{cfirst_l}.{clast_l}@{webmail}>: Recipient address rejected: mailbox unavailable (in reply to RCPT TO command)\n\n"
  "------ Original message ------\n\nFrom: PEXA Complaints <complaints@pexa.co.uk>\nTo: "
  "{cfirst_l}.{clast_l}@{webmail}\nSubject: Your complaint about your conveyancer - where we have sent it\n\n"
  "Dear {cfirst},\n\nThank you for your email about the delay to your purchase. Because your complaint concerns "
  "the law firm acting for you, we have forwarded it to their complaints team today, as our procedure requires. "
  "They will contact you directly.",
  AUTO,
  "A delivery failure from the mail system (MAILER-DAEMON or postmaster sender, empty Return-Path, multipart/report) "
  "with PEXA's forwarding notice below; the complaint wording is in the failed message only, so auto_generated=true "
  "and nothing else.",
  ["plain", "short"],
  short="This is the mail system at host {dom}.\n\nYour message could not be delivered to one or more "
        "recipients.\n\n<{cfirst_l}.{clast_l}@{webmail}>: 550 5.1.1 Recipient address rejected: mailbox unavailable",
  headers={"return-path": "<>", "auto-submitted": "auto-replied",
           "content-type": "multipart/report; report-type=delivery-status; boundary=\"{hex}/{dom}\""})

S(4, "pexa", "auto", fixed(["Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>",
                            "Microsoft Outlook <postmaster@{dom}>"], ["pexa.co.uk"]),
  ["Undeliverable: Workspace {ws} - settlement date confirmed"],
  "Delivery has failed to these recipients or groups:\n\n{first_l}.{last_l}@{orgdom}\nThe email address you "
  "entered couldn't be found. Please check the recipient's email address and try to resend the message. If the "
  "problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating "
  "server: {dom}\n\nRemote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'\n\n"
  "Original message headers:\n\nFrom: PEXA Notifications <no-reply@pexa.co.uk>\nSubject: Workspace {ws} - "
  "settlement date confirmed\n\nThe settlement date for workspace {ws} has been confirmed for {date}. All "
  "participants have signed.",
  AUTO,
  "An Exchange non-delivery report (Microsoft Outlook sender, 'Delivery has failed'), no automatic headers kept: "
  "machine-made from its text, so auto_generated=true and everything else cleared.",
  ["html", "plain"],
  orgdoms=["hartleybrook.co.uk", "quayside-conveyancing.co.uk", "linfieldlaw.co.uk"])

S(5, "pexa", "auto", org(["Ashby Rowe Mortgages", "Ashby Rowe"], ["ashbyrowe.co.uk"]),
  ["Read: Your enquiry about lodgement requisitions", "Read: Workspace {ws} - lodgement update"],
  "Your message\n\n  To: {name}\n  Subject: Your enquiry about lodgement requisitions\n  Sent: {past} 09:{n2}\n\n"
  "was read on {past} 11:{n2b}.",
  AUTO,
  "A read receipt (disposition notification, multipart/report): machine-made, auto_generated=true, all else cleared.",
  ["plain", "short"],
  short="Your message was read on {past} 11:{n2b}.",
  headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"----=_{hex}\"",
           "auto-submitted": "auto-replied"})

S(6, "pexa", "auto", fixed(["postmaster <postmaster@{dom}>", "Mail Delivery System <MAILER-DAEMON@{dom}>"],
                           ["mail.tavernerlaw.co.uk", "smtp.kingsburyholt.co.uk"]),
  ["Delivered: Invitation to join workspace {ws}", "Delivery Status Notification (Success)"],
  "Your message has been delivered to the following recipients:\n\n{cfirst_l}.{clast_l}@{dombase}\n\nSubject: "
  "Invitation to join workspace {ws}\n\nThis is an automatically generated Delivery Status Notification.",
  AUTO,
  "A delivery receipt ('has been delivered to the following recipients', automatically generated DSN) with no "
  "automatic headers: auto_generated=true, everything else cleared.",
  ["plain", "html"])

S(7, "pexa", "auto", fixed(["Heathcote Bank Service Desk <servicedesk@{dom}>",
                            "HCB Mortgage Operations <mortgage.ops.noreply@{dom}>"], ["heathcotebank.co.uk"]),
  ["[SR-{n6}] We have received your enquiry", "Your enquiry has been logged - reference SR-{n6}"],
  "Thank you for contacting Heathcote Bank Mortgage Operations.\n\nWe have received your enquiry and logged it "
  "under reference SR-{n6}. Please keep this reference in the subject line of any further email about this "
  "matter.\n\nOur target is to respond within 3 working days. Redemption statements requested before 2pm are "
  "usually issued the same day.\n\nThis mailbox does not accept complaints. If you wish to make a complaint, "
  "please use the details on our website.\n\nThis is an automated message - please do not reply.",
  AUTO,
  "Another organisation's ticket-system autoresponder ('we have received your enquiry, reference ...', "
  "Auto-Submitted header); the complaints line is boilerplate, so auto_generated=true and no firm is set.",
  ["plain", "html"],
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"})

S(8, "pexa", "auto", fixed(["Marsh & Penrose Enquiries <enquiries@{dom}>", "M&P Conveyancing <info@{dom}>"],
                           ["marshpenrose.co.uk"]),
  ["Re: Settlement funds - workspace {ws}", "Thank you for your email"],
  "Thank you for emailing Marsh & Penrose Conveyancing.\n\nThis is to confirm that your email has arrived safely. "
  "A member of our team will reply within two working days. Our office is open Monday to Friday, 9am to 5.30pm.\n\n"
  "If your matter is due to complete today, please telephone the completions line on 01392 440 119.\n\nWe will "
  "never change our bank details by email. Always check our account details by phone before sending money.",
  AUTO,
  "A law firm's general-inbox acknowledgement with no automatic headers ('your email has arrived safely', standard "
  "bank-detail warning): machine-made from the text, auto_generated=true; the firm is only the sender.",
  ["plain", "quote", "html"],
  quote="Dear colleague,\n\nWe note that the settlement funds for workspace {ws} have not yet been confirmed by the "
        "incoming lender. Please check the Financial Settlement Schedule before the cut-off time.\n\nPEXA "
        "Customer Support (ref {{ref}})")

S(9, "pexa", "auto", fixed(["Conveyancing Matters Weekly <newsletter@{dom}>",
                            "Conveyancing Matters <editor@{dom}>"], ["conveyancingmatters.co.uk"],
                           ["Conveyancing Matters Weekly"]),
  ["This week: digital ID checks, lodgement backlogs and the new complaints rules",
   "Conveyancing Matters Weekly - issue {n3}"],
  "CONVEYANCING MATTERS WEEKLY - issue {n3}\n\nDigital identity checks: what the updated practice guidance means "
  "for your firm. Firms that still rely on certified paper copies should review their process before the spring.\n\n"
  "Lodgement backlogs ease: average time to register a transfer has fallen for the fourth month running.\n\n"
  "Handling client complaints well: our free webinar on {date} covers first responses, final response letters and "
  "when to refer a client to the ombudsman.\n\nYou are receiving this email because you subscribed at "
  "conveyancingmatters.co.uk. Unsubscribe: https://{dom}/unsubscribe?u={hex} | Manage preferences",
  AUTO,
  "An industry newsletter with bulk mailing-list headers (Precedence, List-Id, List-Unsubscribe): auto_generated; "
  "'complaints' is an article topic, not a grievance.",
  ["html", "plain"],
  headers=LIST_HEADERS)

S(10, "pexa", "auto", fixed(["dpo-forum-digest <dpo-forum@{dom}>", "DPO Practitioners Forum <digest@{dom}>"],
                            ["lists.dpopractice.org.uk"], ["DPO Practitioners Forum"]),
  ["DPO Forum Digest, Vol {n2}, Issue {n1}"],
  "Today's Topics:\n\n  1. Re: Subject access requests from former staff (Moderator)\n  2. Erasure requests "
  "where a legal hold applies\n  3. Breach log template - anyone willing to share?\n\n----------------------------"
  "------------------------------------------\n\nMessage: 1\nSubject: Re: Subject access requests from former "
  "staff\n\nReminder to members that the one-month clock runs from the day a request is received. Please keep "
  "replies on topic.\n\nMessage: 2\nSubject: Erasure requests where a legal hold applies\n\nHas anyone had the ICO "
  "comment on retention schedules for property transaction files?\n\n---------------------------------------------"
  "-------------------------\n\nTo unsubscribe or change your delivery options, visit the forum's settings page.\n"
  "End of DPO Forum Digest, Vol {n2}, Issue {n1}",
  AUTO,
  "A mailing-list digest without list headers, recognised from its digest layout (Today's Topics, numbered "
  "messages, 'End of ... Digest'): auto_generated=true; the data-protection topics are not requests to PEXA.",
  ["plain", "short"],
  short="Today's Topics:\n\n  1. Erasure requests where a legal hold applies\n  2. Breach log template\n\nEnd of "
        "DPO Forum Digest, Vol {n2}, Issue {n1}")

S(11, "pexa", "auto", fixed(["HM Land Registry portal <portal-notifications@{dom}>",
                             "Land Registry Portal <noreply@{dom}>"], ["notifications.landregistry.gov.uk"]),
  ["Application {ab} - status changed to Completed", "Your application {ab} has been completed"],
  "Application reference: {ab}\nTitle number: {title}\nStatus: Completed\nCompleted on: {past}\n\nThe "
  "registration is complete. The updated title register can be downloaded from the portal for the next 60 "
  "days.\n\nThis email was sent from a notification-only address. Replies to this message are not monitored.",
  AUTO,
  "A portal status notification (application completed, notification-only address) with no automatic headers: "
  "auto_generated=true, everything else cleared.",
  ["plain", "html", "subject_only"],
  subj_only="Application {ab} ({title}) - status changed to Completed")

S(12, "pexa", "auto", fixed(["SignBridge Security <security@{dom}>", "SignBridge <no-reply@{dom}>"],
                            ["signbridge.io"]),
  ["New sign-in to your SignBridge account", "Security alert: new sign-in from Chrome on Windows"],
  "Hi,\n\nWe noticed a new sign-in to your SignBridge account (complaints@pexa.co.uk).\n\nWhen: {past}, 08:{n2} "
  "GMT\nDevice: Chrome on Windows\nLocation: Manchester, United Kingdom (approximate)\n\nIf this was you, there's "
  "nothing else to do. If you don't recognise this activity, reset your password straight away and review your "
  "account's recent activity.\n\nThe SignBridge team\nThis is an automated security notification.",
  AUTO,
  "A login notice from an e-signature service (Auto-Submitted: auto-generated): a system notification, so "
  "auto_generated=true and nothing else.",
  ["plain", "short", "html"],
  short="New sign-in to your SignBridge account: Chrome on Windows, {past}. Not you? Reset your password.",
  headers={"auto-submitted": "auto-generated"})

S(13, "pexa", "auto", fixed(["Payments Advice <payments.noreply@{dom}>", "Remittance Advice <remittances@{dom}>"],
                            ["treasury.northgatebank.co.uk"]),
  ["Remittance advice - payment {n6}", "Payment received: remittance {n6}"],
  "REMITTANCE ADVICE\n\nPayee: Digital Completion UK Ltd\nPayment reference: {n6}\nAmount: £{n3}.{n2}\nPayment "
  "date: {past}\nInvoice(s): INV-{n5}\n\nThis is an automatically generated email. Please do not reply. For "
  "queries about this payment contact your relationship manager.",
  AUTO,
  "A payment remittance advice ('automatically generated email, please do not reply') with no automatic headers: "
  "auto_generated=true.",
  ["plain", "html"])

S(14, "pexa", "auto", fixed(["CaseTrack <notifications@{dom}>", "CaseTrack Alerts <alerts@{dom}>"],
                            ["casetrack-cloud.co.uk"]),
  ["Matter {n5}: completion date updated", "[CaseTrack] Key date changed on matter {n5}"],
  "Matter {n5} - {street}\n\nThe following key date was changed by {name}:\n\n  Completion date: {past} -> "
  "{date}\n\nYou are receiving this alert because complaints@pexa.co.uk is listed as a contact on this matter. "
  "To stop these alerts, ask your CaseTrack administrator to update the matter contacts.",
  AUTO,
  "A case-management system alert (key date changed by a user, automatic contact alert), no automatic headers: "
  "the person's name is data in the alert, not a writer, so auto_generated=true.",
  ["plain", "short"],
  short="Matter {n5}: completion date changed to {date} by {name}.")

# =============================================================================================================
# PEXA: look-alikes written by a person (s015-s024)
# =============================================================================================================

S(15, "pexa", "look", org(["Brightwater Legal", "Brightwater Legal LLP"], ["brightwaterlegal.co.uk"]),
  ["Away next week - workspace {ws}", "Cover for workspace {ws} while I'm away"],
  "{greet}\n\nJust a quick note to say I'll be away from {past2} until {date} and won't be picking up email. "
  "Workspace {ws} is due to settle while I'm off, so if your team needs anything on it please ring {colleague_f} "
  "on {phone} - she has the file and can sign on our side.\n\nNothing is wrong with the workspace, I just didn't "
  "want it to stall.\n\n{sign}\nConveyancer, {org}",
  NONE,
  "Written by a person (a one-off note about a specific workspace, 'just a quick note', why she is writing), so "
  "not auto_generated even though it reads like an out-of-office; no dissatisfaction, so not a complaint.",
  ["plain", "typo", "subject_only"],
  subj_only="Away {past2} to {date} - pls ring {colleague_f} on {phone} re workspace {ws}")

S(16, "pexa", "look", org(["Hollinsworth Conveyancing", "Hollinsworth & Co"], ["hollinsworth-law.co.uk"]),
  ["Fwd: Undelivered Mail Returned to Sender", "FW: bounce - please update our notification address"],
  "{greet}\n\nThe bounce below came back to us this morning. We changed our shared inbox when we moved offices "
  "last month and it looks like your system is still sending workspace notifications to the old one.\n\nCould you "
  "change the notification address on our firm profile to workspaces@{dom}? Happy to fill in a form if that's "
  "easier.\n\n{sign}\nPractice Manager, {org}\n\n-----Original Message-----\nFrom: Mail Delivery System "
  "<MAILER-DAEMON@mx.{dom}>\nSubject: Undelivered Mail Returned to Sender\n\n<notifications@old-{dom}>: host "
  "not found. 550 5.1.2 Domain does not exist",
  NONE,
  "A person forwarding a bounce with her own words on top is not auto_generated; a routine change of the firm's "
  "shared notification inbox is a service request, not a complaint, and no personal-data right is asked.",
  ["plain", "typo", "html"])

S(17, "pexa", "look", org(["Calloway Sharpe", "Calloway Sharpe Solicitors"], ["callowaysharpe.co.uk"]),
  ["FW: We've received your request [{ticket}]", "Fwd: automatic acknowledgement AGAIN - workspace {ws}"],
  "{greet}\n\nBelow is the fourth automatic acknowledgement I have had from your support desk since {past}. Nine "
  "working days on, not one person has actually replied about the lender's funds not showing in workspace {ws}, "
  "and settlement is booked for {date}.\n\nI need someone to call me today on {phone} and tell me what is "
  "happening.\n\n{sign}\nSenior Conveyancing Executive, {org}\n\n-----Original Message-----\nFrom: PEXA Support "
  "<no-reply@pexa.co.uk>\nSubject: We've received your request [{ticket}]\n\nThanks for contacting PEXA Support. "
  "Your request has been received and a member of the team will be in touch.",
  short_labels(c=True, cat="delay"),
  "Person-written text on top of a forwarded auto-acknowledgement: not auto_generated; nine days without a reply "
  "and a demand to be called is an implicit complaint about a late answer, so category delay.",
  ["plain", "typo", "html"])

S(18, "pexa", "look", consumer(),
  ["Still getting your newsletters - complaint", "I want to complain about your marketing emails"],
  "{greet}\n\nI want to complain about the newsletters you keep sending me. I used your platform through my old "
  "employer until last year, I unsubscribed twice in the spring, and this week I had two more 'PEXA Insights' emails "
  "at this personal address.\n\n[[objection|I object to you using my details for any marketing.]] "
  "[[erasure|Please delete my email address and name from every mailing list you hold.]]\n\nI'd like a reply "
  "confirming it's been done.\n\n{sign}",
  short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "A person complaining about automatic newsletters is not auto_generated; 'I want to complain' makes it explicit, "
  "marketing after unsubscribing is unexpected use of data (personal_data), with objection and erasure asked.",
  ["plain", "typo", "html"],
  short="{greet}\n\nI want to complain: I unsubscribed twice and still get your newsletters. [[objection|I object "
        "to you using my details for any marketing.]] [[erasure|Please delete my email address and name from every "
        "mailing list you hold.]]\n\n{sign}")

S(19, "pexa", "look", org(["Radcliffe Moss LLP", "Radcliffe Moss Solicitors"], ["radcliffemoss.co.uk"]),
  ["Our client: {cname_f} - data request", "Subject access request on behalf of {cname_f}"],
  "{greet}\n\nWe act for {cname_f} of {street}, who bought a property in {past_month} through a conveyancer that uses "
  "your platform. We enclose our client's signed authority and a copy of her passport.\n\n[[access|On our client's "
  "behalf, please provide a copy of all personal data you hold about her, including any records of the "
  "workspace for that purchase.]]\n\nPlease send the information to this office, quoting our reference "
  "RM/{n5}.\n\nYours faithfully\n\n{name}\nTrainee Solicitor\n{org}\n\nThis email is confidential and may be "
  "legally privileged. If you are not the intended recipient please notify the sender and delete it.",
  short_labels(r="access", tp=True),
  "A formulaic solicitor's letter is still written by a person (not auto_generated); an access request made for a "
  "client is third_party with rights=access, and with no dissatisfaction it is not a complaint.",
  ["plain", "html", "typo"])

S(20, "pexa", "look", org(["Tolland Building Society", "Tolland BS"], ["tollandbs.co.uk"]),
  ["Re: Workspace invitation expired - {ws}", "RE: Workspace invitation expired - {ws}"],
  "{greet}\n\nThis notification is wrong. The invitation for workspace {ws} was only sent yesterday afternoon and "
  "your own guide says invitations stay open for seven days, yet the portal now shows it as expired and won't let "
  "us accept it. This is the third workspace this month where it has happened.\n\nPlease get the invitation "
  "reissued and fix whatever is expiring them early - our borrower completes on {date}.\n\n{sign}\nMortgage "
  "Completions Team, {org}",
  short_labels(c=True, cat="platform_defect"),
  "A person replying to a portal notification is not auto_generated; invitations expiring early, repeatedly, with "
  "a demand to fix it is an implicit complaint about the system failing (platform_defect).",
  ["quote", "quote_typo", "quote_html"],
  quote="Workspace {ws}\n\nThe invitation to join this workspace has expired. Ask the workspace owner to send a "
        "new invitation.\n\nThis is an automated notification from PEXA (message {{ref}}). Please do not reply.")

S(21, "pexa", "look", org(["Lindqvist Hale Property Law", "Lindqvist Hale"], ["lindqvisthale.co.uk"]),
  ["Adding a second signer to a workspace", "Question - second signer"],
  "{greet}\n\nQuick question: on a purchase where two partners need to sign the transfer, can both be added as "
  "signers on the same workspace, or does the second one need a separate user licence first?\n\n{sign}\n"
  "Paralegal | {org}\nMy working days are Monday to Wednesday, 9.30 to 3.00. Outside those hours please contact "
  "conveyancing@{dom}.\nSent from my iPhone",
  NONE,
  "A person's question; working hours in the signature and 'Sent from my iPhone' do not make it an out-of-office "
  "or machine mail, so auto_generated=false; a neutral enquiry, not a complaint.",
  ["plain", "typo", "html", "short"],
  short="Can two signers be added on one workspace or does the 2nd need a licence first?\n\n{first}\nSent from my "
        "iPhone")

S(22, "pexa", "look", org(["Pelham Grange Solicitors", "Pelham Grange"], ["pelhamgrange.co.uk"]),
  ["Re: Webinar: Getting ready for settlement day", "Webinar recording?"],
  "{greet}\n\nI signed up for the settlement-day webinar on {past} but a client meeting ran over and I missed it. "
  "Is the recording available anywhere, and will the slides be sent round?\n\n{sign}\n{org}\n\nYou are receiving "
  "this email because you registered for a PEXA event. Unsubscribe | Update your preferences\nDigital Completion "
  "UK Ltd, registered in England and Wales.",
  NONE,
  "Written by a person who pasted the event email's unsubscribe footer under her own question; the footer does not "
  "make it bulk mail, so auto_generated=false; a neutral request, not a complaint.",
  ["plain", "html", "typo"])

S(23, "pexa", "look", consumer(),
  ["Re: Automatic reply: my purchase - {street}", "Re: We have received your email"],
  "{greet}\n\nThe automatic reply below promised someone would be in touch within five business days. That was "
  "over three weeks ago and I have heard nothing at all, not even a holding email.\n\nPlease tell me today who is "
  "dealing with what I raised and when I will get an answer.\n\n{sign}",
  short_labels(c=True, cat="delay"),
  "A person replying to the firm's auto-reply is not auto_generated; three weeks with no answer and a demand for a "
  "date is a 'still waiting' chaser, an implicit complaint about delay.",
  ["quote", "quote_typo", "short"],
  short="{greet}\n\nYour automatic reply said 5 business days. It's been over three weeks and nothing. Who is "
        "dealing with it and when will I hear?\n\n{sign}",
  quote="Thank you for contacting PEXA. We have received your email and will respond within five business days.\n\n"
        "Your reference is PX-E-{{ref}}.\n\nThis mailbox is not monitored outside business hours.")

S(24, "pexa", "look", consumer(),
  ["Your emails about someone else's house sale", "Getting workspace emails for a property that isn't mine"],
  "{greet}\n\nFor the last fortnight I've been getting your automatic 'workspace update' emails about a sale at "
  "{street2}. I have nothing to do with that property - they show the seller's name, the buyer's solicitor and the "
  "settlement date. I assume someone typed my address by mistake.\n\nI've deleted them. Just letting you know so "
  "you can correct it; I don't need a reply.\n\n{sign}",
  short_labels(br=True),
  "A member of the public writing about automatic emails is not auto_generated; other people's sale details sent to "
  "her is a breach, but she expects no remedy for herself, so not a complaint (breach=true, personal_data=false); "
  "'deleted them' is not an erasure request.",
  ["plain", "typo", "html"])

# =============================================================================================================
# PEXA: ordinary mail (s025-s030)
# =============================================================================================================

S(25, "pexa", "ord", org(["Kershaw Bell Solicitors", "Kershaw Bell"], ["kershawbell.co.uk"]),
  ["Complaint about your support desk", "Formal complaint - treatment by support staff"],
  "{greet}\n\nI wish to make a formal complaint about the way I was spoken to by your support desk on {past}. I "
  "rang because the settlement figures in workspace {ws} did not match the lender's, and the adviser talked over "
  "me, told me it was 'obviously our mistake' without looking, and ended the call when I asked for a supervisor.\n\n"
  "I expect an apology and a call back from a team leader.\n\n{sign}\nPartner, {org}",
  short_labels(c=True, ex=True, cat="service_quality"),
  "Staff writing for their own firm about how an adviser treated her: explicit complaint ('formal complaint'), "
  "service_quality, not third_party.",
  ["plain", "typo", "html"])

S(26, "pexa", "ord", org(["Ferrier Doyle Conveyancing", "Ferrier Doyle"], ["ferrierdoyle.co.uk"]),
  ["Training dates for new starters", "Induction course - next dates?"],
  "{greet}\n\nWe have two new conveyancing assistants starting on {date}. Could you let me know the next dates for "
  "the introductory platform course, and whether it is run online or in person?\n\n{sign}\nOffice Manager, {org}",
  NONE,
  "A neutral enquiry about course dates: not a complaint, not auto_generated.",
  ["plain", "typo", "subject_only"],
  subj_only="next dates for the intro platform course? 2 new starters from {date}")

S(27, "pexa", "ord", org(["Okonedo & Partners", "Okonedo Partners LLP"], ["okonedopartners.co.uk"]),
  ["Registration - third request for the same documents", "Our application to join - still not live"],
  "{greet}\n\nWe applied to join the platform on {past}. Since then your onboarding team has asked us three times "
  "for the same proof of our practising certificate and professional indemnity cover, each time from a different "
  "person, and each time we sent it the same day.\n\nWe have now had to move two clients' completions to another "
  "route. Please tell us what is actually outstanding and get our account live.\n\n{sign}\nManaging Partner, {org}",
  short_labels(c=True, cat="onboarding"),
  "Repeated document requests holding up a firm's registration, with harm and a demand: an implicit complaint, "
  "category onboarding (the specific theme beats delay).",
  ["plain", "typo", "html"])

S(28, "pexa", "ord", consumer(),
  ["My sale - Greyfriars not returning calls", "Greyfriars Law - completing {date}"],
  "{greet}\n\nI'm selling my flat and my solicitors, Greyfriars Law, are using your system. We're meant to "
  "complete on {date} and for the last ten days nobody there will return my calls. When I finally got through, the "
  "person I spoke to was rude and said they 'don't do updates'.\n\nCan you get them to contact me? I don't know "
  "who else to ask.\n\n{sign}",
  short_labels(c=True, cat="service_quality", firm="gfl"),
  "A seller's grievance purely about the participant firm acting for her (Greyfriars Law, gfl): an implicit "
  "complaint PEXA must forward, category service_quality.",
  ["plain", "typo", "short"],
  short="{greet}\n\nGreyfriars Law are handling my sale on your system and won't return my calls - 10 days now, and "
        "they were rude when I got through. Completion is {date}. Please get them to ring me.\n\n{first}")

S(29, "pexa", "ord", consumer(),
  ["Closing my account - my data", "Export of my user data"],
  "{greet}\n\nI left {org_prev} last month and my platform user account is no longer needed.\n\n[[portability|"
  "Before it is closed, please send me the personal data I provided for my account in a machine-readable format "
  "such as JSON, so I can load it into my new firm's system.]] [[informed|Please also tell me which organisations "
  "you have shared my details with and on what legal basis.]]\n\n{sign}",
  short_labels(r="portability,informed"),
  "A former user's data request with no dissatisfaction: not a complaint; machine-readable export for another "
  "system is portability, who it was shared with and the basis is informed.",
  ["plain", "html", "typo"])

S(30, "pexa", "ord", org(["Harrowgate Mutual", "Harrowgate Mutual Building Society"], ["harrowgatemutual.co.uk"]),
  ["Complaint - cancellation fee charged in error", "Complaint: fee on invoice INV-{n5}"],
  "{greet}\n\nOur invoice INV-{n5} includes a late cancellation fee for workspace {ws}. Your account manager told "
  "us on {past} in writing that this fee would be waived because the sale fell through on the buyer's side.\n\n"
  "Please treat this as a complaint, remove the fee and send a corrected invoice.\n\n{sign}\nFinance Operations, "
  "{org}",
  short_labels(c=True, ex=True, cat="fees_charges"),
  "A lender's staff member disputes a fee the platform charged ('treat this as a complaint'): explicit, "
  "fees_charges, not third_party.",
  ["plain", "html", "typo"])

# =============================================================================================================
# Conexus: machine-made (s031-s044)
# =============================================================================================================

S(31, "conexus", "auto", org(["Riverside Debt Advice", "Riverside Debt Advice Centre"], ["riversidedebtadvice.org.uk"]),
  ["Automatic reply: Client {cname} - your ref {acct}", "RE: Client {cname} - your ref {acct}"],
  "Thank you for your email. I am on leave until {date} and not checking messages.\n\nIf you are writing about a "
  "client we are helping, please email casework@{dom} or call our advice line on {phone} and quote the client's "
  "name and date of birth.\n\n{name}\nMoney Adviser, {org}\n{org} is a registered charity.",
  AUTO,
  "A money adviser's out-of-office with Auto-Submitted/X-Autoreply headers, quoting Conexus's complaint "
  "acknowledgement: auto_generated=true; no complaint, and third_party=false because it is auto-generated.",
  ["quote", "plain", "quote_html"],
  quote="Dear {first},\n\nThank you for your email making a complaint on behalf of {cname}. We have logged it under "
        "reference CX-COMP-{{ref}} and will send our response within eight weeks.\n\nConexus Complaints",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"})

S(32, "conexus", "auto", org(["Wisla Logistics", "Wisla Logistics UK Ltd"], ["wislalogistics.co.uk"]),
  ["Re: Your account {acct} - payment arrangement", "RE: Payment arrangement confirmation {acct}"],
  "Dzień dobry, jestem na urlopie do {date_pl}. W pilnych sprawach proszę kontaktować się z {colleague}, tel. "
  "{phone}.\n\nHello, I am on holiday until {date}. For urgent matters please contact {colleague} on {phone}.\n\n"
  "Pozdrawiam / Regards\n{name}\nWarehouse Supervisor, {org}",
  AUTO,
  "A Polish and English out-of-office from a debtor's work address with no automatic headers, recognised from the "
  "text (on holiday until, urgent contact): auto_generated=true, everything else cleared.",
  ["plain", "quote", "typo"],
  quote="Dear {first},\n\nThis email confirms the payment arrangement of £{n2} a month on account {acct}, starting "
        "on the 1st of next month.\n\nConexus Customer Care (ref {{ref}})")

S(33, "conexus", "auto", org(["Ellery Crane Solicitors", "Ellery Crane LLP"], ["ellerycrane.co.uk"]),
  ["RE: Your client {cname_f} - account {acct}", "Re: Mrs {cf_last} - account {acct}"],
  "I am currently out of the office with limited access to email and will respond on my return on {date}.\n\n"
  "For anything urgent please contact our litigation assistant at litigation@{dom}.",
  AUTO,
  "A two-line out-of-office with no automatic headers and an ordinary reply subject, quoting Conexus's letter: "
  "recognised from the text alone, so auto_generated=true and third_party=false.",
  ["quote", "short"],
  short="Out of the office until {date}. Urgent: litigation@{dom}.",
  quote="Dear Sirs,\n\nThank you for your letter on behalf of {cname_f}. We have placed the account on hold for 30 "
        "days while you obtain your client's instructions.\n\nConexus Customer Care (ref {{ref}})")

S(34, "conexus", "auto", fixed(BOUNCE_FROMS, ["googlemail.com", "mx.outlook-relay.net"]),
  ["Delivery Status Notification (Failure)", "Undelivered Mail Returned to Sender"],
  "** Message not delivered **\n\nYour message couldn't be delivered to {cfirst_l}.{clast_l}@{webmail} because the "
  "recipient's inbox is full.\n\nThe response from the remote server was:\n452 4.2.2 The email account that you "
  "tried to reach is over quota.\n\n----- Original message -----\n\nFrom: Conexus Complaints "
  "<complaints@conexus.co.uk>\nSubject: Our final response to your complaint - {acct}\n\nDear {cfirst},\n\nWe "
  "have now completed our investigation of your complaint about the calls you received. Our findings are set out "
  "below.",
  AUTO,
  "A bounce (mailbox over quota) with Return-Path <> and Auto-Submitted, carrying Conexus's final response below: "
  "the complaint is in the failed message only, so auto_generated=true and nothing else.",
  ["plain", "short"],
  short="** Message not delivered **\n\n{cfirst_l}.{clast_l}@{webmail}: 452 4.2.2 The email account that you tried "
        "to reach is over quota.",
  headers={"return-path": "<>", "auto-submitted": "auto-replied"})

S(35, "conexus", "auto", fixed(["Microsoft Outlook <postmaster@{dom}>"], ["conexus.co.uk"]),
  ["Undeliverable: Your payment arrangement - {acct}"],
  "Your message to {cfirst_l}{n2}@{webmail} couldn't be delivered.\n\n{cfirst_l}{n2} wasn't found at {webmail}.\n\n"
  "Action Required: Recipient - Unknown To address\n\nHow to Fix It: The address may be misspelled or may not "
  "exist. Try one or more of the following: retype the recipient's address, then resend the message.\n\nOriginal "
  "Message Details\nSubject: Your payment arrangement - {acct}\nSent: {past}",
  AUTO,
  "An Exchange-style non-delivery report ('couldn't be delivered', 'How to Fix It') with no automatic headers: "
  "auto_generated=true.",
  ["html", "plain"])

S(36, "conexus", "auto", fixed(["Mail Delivery Subsystem <mailer-daemon@{dom}>"], ["googlemail.com"]),
  ["Delivery Status Notification (Delay)", "Warning: message delayed - {acct}"],
  "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO "
  "NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     "
  "{cfirst_l}.{clast_l}@{cdom}\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary "
  "failure:\nThe recipient server did not accept our requests to connect.",
  AUTO,
  "A delivery-delay warning (automatically generated DSN) with no automatic headers: auto_generated=true.",
  ["plain", "short"],
  short="Delivery to {cfirst_l}.{clast_l}@{cdom} has been delayed. Message will be retried for 2 more day(s).")

S(37, "conexus", "auto", consumer(),
  ["Read: Your complaint - acknowledgement {acct}", "Read: Account {acct} - response to your complaint"],
  "Your message\n\n  To: {name}\n  Subject: Your complaint - acknowledgement {acct}\n  Sent: {past} 14:{n2}\n\nwas "
  "read on {past} 19:{n2b}.",
  AUTO,
  "A read receipt (disposition-notification report) for Conexus's acknowledgement: machine-made, so "
  "auto_generated=true; 'complaint' appears only in the echoed subject.",
  ["plain", "short"],
  short="Your message \"Your complaint - acknowledgement {acct}\" was read on {past} 19:{n2b}.",
  headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"{hex}\""})

S(38, "conexus", "auto", fixed(["Northline Energy Customer Service <noreply@{dom}>",
                                "Northline Energy <customerservice@{dom}>"], ["northline-energy.co.uk"]),
  ["We've got your email - case {n6}", "Northline Energy: your case number {n6}"],
  "Hello,\n\nThanks for getting in touch. We've received your email and created case {n6}.\n\nWe're answering "
  "emails within 5 working days at the moment. You don't need to contact us again - we'll reply to the address "
  "you wrote from.\n\nIf you think you can smell gas, leave the property and call the National Gas Emergency "
  "number straight away.\n\nNorthline Energy\nPlease don't reply to this email - this inbox isn't monitored.",
  AUTO,
  "A creditor's ticket autoresponder (case number, Auto-Submitted): auto_generated=true; Northline is only the "
  "sender, so no firm.",
  ["plain", "html"],
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "OOF, AutoReply"})

S(39, "conexus", "auto", fixed(["Office of {mp} MP <{mpl}.mp@{dom}>"], ["parliament.uk"]),
  ["Re: Your constituent - account {acct}", "Thank you for contacting {mp} MP"],
  "Thank you for contacting the office of {mp} MP.\n\nThis is to confirm we have received your email. Because of "
  "the number of messages we receive, we prioritise casework from constituents. If you are a constituent and have "
  "not included your full postal address, please reply with it so that we can help.\n\nIf your matter is urgent, "
  "please telephone the constituency office.\n\nThe office of {mp} MP",
  AUTO,
  "An MP's office acknowledgement with no automatic headers ('we have received your email', standing instructions "
  "to constituents): machine-made, so auto_generated=true and not third_party.",
  ["plain", "quote", "html"],
  quote="Dear {mp},\n\nThank you for your letter about your constituent. We have placed the account on hold while "
        "we review the points you raised and will write to you within ten working days.\n\nConexus (ref {{ref}})")

S(40, "conexus", "auto", fixed(["Helpline team <help@{dom}>", "Moneywise Trust <no-reply@{dom}>"],
                               ["moneywisetrust.org.uk"]),
  ["Thanks for contacting Moneywise Trust", "We've received your message"],
  "Thanks for getting in touch with Moneywise Trust.\n\nWe've received your message and one of our advisers will "
  "reply within 10 working days. Our free helpline is open Monday to Friday, 8am to 6pm.\n\nIf you are worried "
  "about bailiffs or your energy being cut off, please call us rather than waiting for an email reply.\n\nWe are a "
  "registered charity and our advice is always free.",
  AUTO,
  "A debt charity's autoresponder (X-Auto-Response-Suppress, 'we've received your message'): auto_generated=true, "
  "not third_party.",
  ["plain", "short"],
  short="Thanks - we've received your message. An adviser will reply within 10 working days.",
  headers={"x-auto-response-suppress": "All", "precedence": "auto_reply"})

S(41, "conexus", "auto", fixed(["Money Advice Bulletin <bulletin@{dom}>", "The Money Advice Bulletin <news@{dom}>"],
                               ["moneyadvicebulletin.org.uk"], ["Money Advice Bulletin"]),
  ["Money Advice Bulletin: Breathing Space registrations reach a new high",
   "This month: vulnerable customers, debt collection complaints and a new SAR toolkit"],
  "MONEY ADVICE BULLETIN\n\nBreathing Space registrations reached a new monthly high, with mental health crisis "
  "registrations up again.\n\nCollectors and vulnerable customers: the regulator's latest review found firms still "
  "missing signs of vulnerability on the phone. Complaints about debt collection firms rose for the second "
  "quarter.\n\nNew toolkit: template subject access requests and data-correction letters for advisers.\n\nYou're "
  "getting this because you signed up at moneyadvicebulletin.org.uk. Unsubscribe: https://{dom}/u/{hex}",
  AUTO,
  "A debt-advice newsletter with bulk list headers and HTML body: auto_generated; complaints and data-rights "
  "templates are article topics, not requests.",
  ["html", "plain"],
  headers=LIST_HEADERS)

S(42, "conexus", "auto", fixed(["collections-forum <collections-forum@{dom}>"], ["lists.creditpractitioners.org"],
                               ["Collections Forum"]),
  ["[collections-forum] SAR volumes after the new clarification rules",
   "[collections-forum] Re: SAR volumes after the new clarification rules"],
  "{name} wrote to the list:\n\nHas anyone else seen subject access requests roughly double since the autumn? We "
  "are getting a lot of template requests from claims firms. Interested in how members are handling "
  "clarification.\n\n--\nYou received this message because you are subscribed to the collections-forum mailing "
  "list.\nTo unsubscribe, send an email to collections-forum-unsubscribe@{dom}\nList archive: https://{dom}/archive",
  AUTO,
  "A mailing-list post relayed by the list software with no list headers kept, recognised by the '[list]' tag and "
  "list footer: auto_generated; the SAR discussion is not a request to Conexus.",
  ["plain", "html"])

S(43, "conexus", "auto", fixed(["PayStream Notifications <notifications@{dom}>", "PayStream <no-reply@{dom}>"],
                               ["paystream-payments.co.uk"]),
  ["Alert: {n1} Direct Debit payments returned", "Daily returns report - {past}"],
  "Merchant: Conexus\nReport date: {past}\n\n{n1} Direct Debit payment(s) were returned unpaid today.\n\n"
  "Reason codes: 0 - Refer to payer ({n1})\n\nSign in to the PayStream dashboard to see the payer references and "
  "re-present payments where appropriate.\n\nThis notification was generated automatically.",
  AUTO,
  "A payment processor's daily alert (Auto-Submitted: auto-generated): a system notification, auto_generated=true.",
  ["plain", "html", "subject_only"],
  subj_only="[PayStream] {n1} Direct Debit payment(s) returned unpaid - {past}",
  headers={"auto-submitted": "auto-generated"})

S(44, "conexus", "auto", fixed(["Microsoft account team <account-security-noreply@{dom}>"],
                               ["accountprotection.microsoft.com"]),
  ["Your password was changed", "Microsoft account password change"],
  "Your password changed\n\nThe password for the Microsoft account co*****@conexus.co.uk was changed on {past}.\n\n"
  "If this was you, you can safely ignore this email.\n\nIf you didn't change your password, your account may be "
  "compromised. Reset your password now.\n\nThanks,\nThe Microsoft account team",
  AUTO,
  "A password-change security notice with no automatic headers: a system notification, auto_generated=true; "
  "'may be compromised' is a standard warning, not a reported breach.",
  ["plain", "short"],
  short="The password for the Microsoft account co*****@conexus.co.uk was changed on {past}. Not you? Reset it now.")

# =============================================================================================================
# Conexus: look-alikes written by a person (s045-s054)
# =============================================================================================================

S(45, "conexus", "look", consumer(),
  ["Going into hospital - account {acct}", "Away from {past2} - please call my sister"],
  "{greet}\n\nI'm going into hospital on {past2} for an operation and will be away for about two weeks. I won't be "
  "able to answer my phone or emails.\n\nMy sister {colleague_f} knows about my account and can take a message on "
  "{mobile} while I'm in. My next payment is set up already so it should go out as normal.\n\n{sign}",
  NONE,
  "A debtor's own note that she will be away and who to call: written by a person (her situation, her sister, her "
  "payment), not auto_generated; no dissatisfaction, and she writes for herself, so not third_party.",
  ["plain", "typo", "short"],
  short="{greet} I'm in hospital from {past2} for 2 weeks, my sister {colleague_f} can take messages on {mobile}. "
        "Payment is set up as normal.\n\n{first}")

S(46, "conexus", "look", org(["Northgate Citizens Advice", "Northgate Advice Centre"], ["northgateadvice.org.uk"]),
  ["Fwd: Undeliverable - client {cname_f}, ref {acct}", "Client {cname_f} {acct} - your emails are bouncing"],
  "{greet}\n\nI'm helping {cname_f} with her budget. She showed me that your emails to her have been bouncing - the "
  "message below came back when I tried the address you have for her.\n\n[[rectification|Please update her email "
  "address on your records to {cf_email}.]] Her signed authority for us to act is "
  "attached.\n\n{sign}\nAdviser, {org}\n\n-----Original Message-----\nFrom: Mail Delivery Subsystem "
  "<MAILER-DAEMON@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nAddress not found.",
  short_labels(r="rectification", tp=True),
  "An adviser forwarding a bounce with her own words on top: not auto_generated; writing for a client is "
  "third_party; correcting the client's email address is rectification; no dissatisfaction, so not a complaint.",
  ["plain", "typo", "html"])

S(47, "conexus", "look", consumer(),
  ["Fwd: Thank you for your email - I want to complain", "complaint - all I get is your automatic reply"],
  "{greet}\n\nThis automatic reply is all I have had from you in a week. I've also rung five times and been on "
  "hold for over forty minutes each time before giving up. I want to complain. I only want to agree a payment plan "
  "on {acct} and I cannot get hold of a human being.\n\n{sign}\n\n-----Original Message-----\nFrom: Conexus "
  "<no-reply@conexus.co.uk>\nSubject: Thank you for your email\n\nThank you for your email. We aim to reply within "
  "five working days.",
  short_labels(c=True, ex=True, cat="wait_time"),
  "A person forwarding the firm's auto-reply with her own grievance on top: not auto_generated; 'I want to "
  "complain' is explicit; being unable to get through on the phone is wait_time.",
  ["plain", "typo", "subject_only"],
  subj_only="I want to complain - 5 calls, 40+ mins on hold each time, only your auto reply by email. ref {acct}")

S(48, "conexus", "look", consumer(),
  ["Stop these reminder emails - I paid in full", "Re: Payment reminder {acct}"],
  "{greet}\n\nEvery morning I get one of your automatic reminder emails saying I owe £{n3} on {acct}. I paid the "
  "balance in full on {past} by bank transfer and I have your letter confirming it.\n\nPlease correct the account "
  "to show nothing owed, stop the reminders and confirm in writing.\n\n{sign}",
  short_labels(c=True, cat="debt_dispute"),
  "A person angry about automatic reminders is not auto_generated; a debt already paid still being pursued is an "
  "implicit complaint about the debt itself (debt_dispute), Conexus's own conduct so no firm; 'stop the reminders' "
  "is a conduct remedy, not objection.",
  ["plain", "typo", "html", "quote"],
  quote="Payment reminder\n\nAccount {acct}\nBalance outstanding: £{n3}\n\nPlease pay today online or call us. This "
        "is an automated reminder (message {{ref}}).")

S(49, "conexus", "look", org(["StepForward Money Advice", "StepForward Debt Help"], ["stepforwardmoney.org.uk"]),
  ["Our client: {cname} - hold request", "{cname} DOB {dob} - account {acct} - request for 30-day hold"],
  "Dear Sir/Madam\n\nRe: {cname}, {street}, account {acct}\n\nWe are assisting the above client with their financial "
  "affairs and will be preparing a financial statement. Please hold all collection action for 30 days while we "
  "do so.\n\nPlease also send us a statement of account showing the current balance and any charges added. A "
  "signed letter of authority is attached.\n\nThank you for your co-operation.\n\nYours faithfully\n\n{name}\n"
  "Debt Adviser\n{org}",
  short_labels(tp=True),
  "A standard adviser hold letter: formulaic but sent by a person, so not auto_generated; written for a client, so "
  "third_party; a hold and a statement of account are routine requests (not a GDPR copy of data), not a complaint.",
  ["plain", "html", "typo"])

S(50, "conexus", "look", org(["Dunmore Vale Solicitors", "Dunmore Vale LLP"], ["dunmorevale.co.uk"]),
  ["Our client {cname} - your ref {acct} - formal complaint", "FORMAL COMPLAINT: {cname} ({acct})"],
  "Dear Sirs\n\nOur client: {cname}\nYour reference: {acct}\n\nWe are instructed by the above-named to make a "
  "formal complaint about the collection charges of £{n2}5.00 that you have added to the balance since {past}. No "
  "term of the original agreement permits these charges and our client was not told of them in advance.\n\nWe "
  "require you to remove the charges and confirm the corrected balance within 14 days.\n\nYours faithfully\n\n"
  "{org}\n\nOffice hours: Monday to Friday, 9am - 5pm. This email and any attachments are confidential. If you have "
  "received it in error, please tell us and delete it.",
  short_labels(c=True, ex=True, tp=True, cat="fees_charges"),
  "A solicitor's formulaic letter with office hours and a disclaimer is still person-written; for a client, so "
  "third_party; 'formal complaint' about charges Conexus added on top of the debt: explicit, fees_charges.",
  ["plain", "html", "typo"])

S(51, "conexus", "look", consumer(),
  ["Re: Payment reminder - {acct}", "RE: Payment reminder - {acct}"],
  "{greet}\n\nI've just had this reminder. Is it an automatic one? I paid my £{n2} on the 3rd as usual and it has "
  "left my bank. Could you just confirm the payment plan is still in place?\n\n{sign}",
  NONE,
  "A person replying to an automated payment reminder with a neutral question: not auto_generated, and no "
  "dissatisfaction or demand, so an enquiry rather than a complaint.",
  ["quote", "quote_typo", "short"],
  short="Is this reminder automatic? I paid on the 3rd as usual. Can you confirm my plan is still in place? "
        "Thanks, {first}",
  quote="Payment reminder\n\nAccount {acct}\nYour next payment of £{n2} is due. If you have already paid, please "
        "ignore this message.\n\nThis is an automated message ({{ref}}). Replies are not monitored.")

S(52, "conexus", "look", consumer(),
  ["Your 'money tips' newsletter", "Why am I getting your newsletter?"],
  "{greet}\n\nSince my account with you was closed I have started getting a monthly 'money tips' newsletter from "
  "Conexus at my work email address. I never gave you this address and I certainly never asked for a newsletter "
  "from a debt collector - my manager saw it over my shoulder.\n\n[[informed|Tell me where you got this address "
  "and what legal basis you think you have for using it.]] [[objection|I object to my details being used for "
  "marketing of any kind.]]\n\n{sign}",
  short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A person objecting to a newsletter is not auto_generated; an address used without her knowledge, with a "
  "demand for answers, is an implicit complaint about data use (personal_data); source and basis = informed, "
  "marketing = objection; no disclosure described, so breach=false.",
  ["plain", "typo", "html"])

S(53, "conexus", "look", consumer(),
  ["bank details for payment {acct}", "how do I pay - {acct}"],
  "{greet}\n\nCan you send me the bank details to pay by transfer please? I'd like to pay £{n2} a week from Friday "
  "if that's ok.\n\nI work nights so email is best, please don't ring between 9 and 5 as I'll be asleep.\n\n"
  "{first}\n\nSent from my phone - please excuse typos",
  NONE,
  "A short person-written request with 'Sent from my phone' and contact hours in the sign-off: not "
  "auto_generated; a routine payment request, not a complaint ('don't ring 9 to 5' is a contact preference).",
  ["plain", "typo", "short"],
  short="whats the bank details to pay by transfer? £{n2} a week from fri. email best, I work nights\n\nSent from "
        "my phone")

S(54, "conexus", "look", org(["Pennant Mobile", "Pennant Mobile Collections"], ["pennantmobile.co.uk"]),
  ["Recall request - account {acct}", "Please recall {acct} - paid direct"],
  "{greet}\n\nPlease recall account {acct} ({cname}) with immediate effect. The customer paid the outstanding "
  "balance to us directly on {past} and the account is now closed on our system.\n\nPlease confirm once the "
  "account is closed your side and any scheduled contact has been stopped.\n\n{sign}\nDebt Recovery Partnerships, "
  "{org}\nWorking pattern: Tuesday to Thursday. On Mondays and Fridays please copy recoveries@{dom}.",
  NONE,
  "A creditor client's instruction written by a staff member (working pattern in the signature): not "
  "auto_generated; staff acting for their own firm, so not third_party; a routine instruction, not a complaint.",
  ["plain", "html", "typo"])

# =============================================================================================================
# Conexus: ordinary mail (s055-s060)
# =============================================================================================================

S(55, "conexus", "ord", consumer(),
  ["Pennant bill - I'd already left", "account {acct} - Pennant charged me after I cancelled"],
  "{greet}\n\nYour letter says I owe £{n3} to Pennant Mobile. I cancelled that contract properly in {past_month}, "
  "gave the 30 days' notice, and they still billed me for three more months. I have their cancellation email.\n\n"
  "This isn't money I owe. Please get Pennant to take those bills off and stop chasing me for them.\n\n{sign}",
  short_labels(c=True, cat="debt_dispute", firm="pmt"),
  "The grievance is the creditor's own billing after cancellation, which only Pennant Mobile can fix: implicit "
  "complaint, debt_dispute, about_other_firm=pmt.",
  ["plain", "typo", "html"])

S(56, "conexus", "ord", consumer(),
  ["Complaint - calls to my workplace", "I'm making a complaint about your calls"],
  "{greet}\n\nI'm making a complaint about your agents ringing me at work. I asked on {past} for calls only on my "
  "mobile after 6pm and it was noted on the call. Since then you have rung the office switchboard four times and "
  "asked for me by name.\n\nI want this to stop and I want an explanation of why my request was ignored.\n\n{sign}",
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "How the debt is pursued (repeated workplace calls after a contact request): explicit complaint ('making a "
  "complaint'), collection_conduct; no disclosure of the debt described, so breach=false.",
  ["plain", "typo", "short"],
  short="{greet}\n\nI'm making a complaint. I asked for calls on my mobile after 6pm only and you've rung my work "
        "switchboard 4 times since. Why was that ignored?\n\n{first}")

S(57, "conexus", "ord", consumer(),
  ["setting up a payment plan {acct}", "payment plan please"],
  "{greet}\n\nI got your letter about account {acct}. I can't pay it all at once but I could manage £{n2} a month. "
  "What do I need to do to set that up?\n\n{sign}",
  NONE,
  "A neutral request to set up a payment plan: not a complaint, not auto_generated.",
  ["plain", "typo", "subject_only"],
  subj_only="can I pay {acct} at £{n2} a month? how do I set it up")

S(58, "conexus", "ord", consumer(),
  ["My dad's account {acct} - letters going to his old house", "Letters about Dad's debt sent to his old address"],
  "{greet}\n\nI'm writing for my father, {cname_m}, who has dementia; I hold his power of attorney. He moved into "
  "a care home in {past_month}. The new owners of his old house have just given me two of your letters, opened, "
  "which set out his debt and the amount owed.\n\nThat should never have happened. [[rectification|Please change "
  "his address to mine: {street}.]] [[restriction|Until that is done, do not send anything to the old address.]]"
  "\n\nPlease also tell me what you will do about the letters that were read.\n\n{sign}",
  short_labels(c=True, pd=True, br=True, r="rectification,restriction", tp=True, cat="personal_data"),
  "An attorney writing for her father (third_party); debt letters read by the new occupiers is a breach, and the "
  "grievance is data handling (personal_data); change of address = rectification, hold the old one = restriction.",
  ["plain", "typo", "html"])

S(59, "conexus", "ord", consumer(),
  ["Your online tool turned down my offer", "Payment offer refused by your website - {acct}"],
  "{greet}\n\nI tried to set up a plan on your website for {acct}. I offered £15 a month, which is what my "
  "budget shows I can afford, and the tool rejected it straight away saying the minimum is £40. Nobody looked at "
  "my income and outgoings. That minimum is unfair on people in my position.\n\n[[automated_decision|I want a "
  "person, not your system, to look at my offer and decide.]]\n\n{sign}",
  short_labels(c=True, r="automated_decision", cat="process"),
  "Dissatisfaction with a fixed minimum-payment rule applied by an automated tool, with a remedy asked: implicit "
  "complaint, category process (the rule itself); asking for a person to decide = automated_decision; not a data "
  "grievance, so personal_data=false.",
  ["plain", "typo", "html"])

S(60, "conexus", "ord", consumer(),
  ["Complaint - you told my employer about my debt", "Formal complaint: call to my HR department"],
  "{greet}\n\nThis is a formal complaint. On {past} one of your agents rang my employer's HR department looking "
  "for me and told the person who answered that it was about an unpaid debt of £{n3}. My HR manager then asked me "
  "about it.\n\n[[access|Please send me a copy of the recording of that call and of any notes you hold about "
  "it.]] I expect an explanation and an apology.\n\n{sign}",
  short_labels(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "Telling an employer about the debt is a disclosure to the wrong person: breach and personal_data, main theme "
  "personal_data; 'formal complaint' is explicit; the recording and notes are an access request.",
  ["plain", "html", "typo"])

# =============================================================================================================
# rendering
# =============================================================================================================

STREETS = ["14 Larkspur Avenue, Carlisle", "3 Tannery Lane, Hexham", "Flat 6, 21 Mill Race, Shrewsbury",
           "48 Kiln Street, Stoke-on-Trent", "9 Heron Bank, Lancaster", "27 Quarry Hill Road, Halifax",
           "5 Chapel Mews, Truro", "112 Beacon Road, Grimsby", "2 Weavers Row, Kendal", "61 Orchard Rise, Hereford"]
MPS = [("Rowena Kettering", "rowena.kettering"), ("Desmond Achebe", "desmond.achebe"),
       ("Alistair Penrhyn", "alistair.penrhyn")]
PREV_ORGS = ["Ashworth Tate Solicitors", "Greenlow Conveyancing", "Bellfield Legal", "Coniston Property Law"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_day(d):
    return f"{d:%A} {d.day} {d:%B}"


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def address(rng, first, last, dom):
    f, la = first.lower(), last.lower()
    pat = rng.randrange(4)
    local = [f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f}.{la[0]}"][pat]
    return f"{local}@{dom}"


def weekday(d):
    """d moved forward to a Monday-Friday."""
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    return d


def make_vals(rng, sc):
    """The envelope's people, dates and references for one rendering (a fixed order of draws)."""
    first, last = person(rng)
    cfirst, clast = person(rng)
    colleague = " ".join(person(rng))
    colleague_f = f"{rng.choice(FEMALE)} {rng.choice(LAST)}"
    cf_first, cf_last = rng.choice(FEMALE), rng.choice(LAST)
    client_f = f"Mrs {cf_first} {cf_last}"
    client_m = f"Mr {rng.choice(MALE)} {rng.choice(LAST)}"
    base = datetime.date(2026, 1, 5)
    past = weekday(base + datetime.timedelta(days=rng.randrange(0, 200)))
    fut = weekday(past + datetime.timedelta(days=rng.randrange(5, 20)))
    past2 = weekday(past + datetime.timedelta(days=rng.randrange(1, 4)))
    kind, names, domains, froms = (sc["who"] + (None, None, None))[:4]
    title = "Mrs" if cfirst in FEMALE else "Mr"
    v = dict(first=first, last=last, name=f"{first} {last}", cfirst=cfirst, clast=clast,
             cname=f"{title} {cfirst} {clast}", cname_f=client_f, cf_last=cf_last,
             cf_email=f"{cf_first.lower()}.{cf_last.lower()}.{rng.randrange(10, 99)}@{rng.choice(WEBMAIL)}",
             cname_m=client_m, first_l=first.lower(),
             last_l=last.lower(), cfirst_l=cfirst.lower(), clast_l=clast.lower(), colleague=colleague,
             colleague_f=colleague_f, date=fmt_day(fut), past=f"{past.day} {past:%B} {past.year}",
             past2=fmt_day(past2), past_month=MONTHS[(past.month - 3) % 12],
             date_cy=f"dydd {WELSH_DAYS[fut.weekday()]} {fut.day} {WELSH_MONTHS[fut.month - 1]}",
             date_pl=f"{fut.day} {POLISH_MONTHS[fut.month - 1]}", _past=past,
             phone=rng.choice(PHONES).format(n=rng.randrange(100, 999)),
             mobile=rng.choice(MOBILES).format(n=rng.randrange(100, 999)),
             ws=f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}", acct=f"CN-{rng.randrange(10**6, 10**7)}",
             ticket=f"PS-{rng.randrange(100000, 999999)}", n1=str(rng.randrange(2, 9)), n2=str(rng.randrange(10, 59)),
             n2b=str(rng.randrange(10, 59)), n3=str(rng.randrange(120, 980)), n5=str(rng.randrange(10000, 99999)),
             n6=str(rng.randrange(100000, 999999)), hex=f"{rng.getrandbits(40):010x}",
             ab=f"A{rng.choice('BCDFGHJKLMNPRSTVW')}{rng.randrange(100000, 999999)}",
             title=f"{rng.choice(['CYM', 'LA', 'WK', 'NT', 'DN', 'HW'])}{rng.randrange(10000, 999999)}",
             street=rng.choice(STREETS), street2=rng.choice(STREETS), webmail=rng.choice(WEBMAIL),
             cdom=rng.choice(WEBMAIL), dob=f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/19{rng.randrange(50, 99)}",
             org_prev=rng.choice(PREV_ORGS), greet=rng.choice(GREET[sc["mb"]]))
    mp, mpl = rng.choice(MPS)
    v.update(mp=mp, mpl=mpl, listid=f"{rng.choice(['weekly', 'news', 'bulletin'])}.{v['webmail'].split('.')[0]}.list")
    v["orgdom"] = rng.choice(sc.get("orgdoms") or ["example-firm.co.uk"])
    v["sign"] = rng.choice(SIGN).format(**v)
    if kind == "consumer":
        v["org"], v["dom"] = "", rng.choice(WEBMAIL)
        sender = f"{v['name']} <{address(rng, first, last, v['dom'])}>"
    elif kind == "org":
        v["org"], v["dom"] = rng.choice(names), rng.choice(domains)
        sender = f"{v['name']} <{address(rng, first, last, v['dom'])}>"
        if rng.random() < 0.3:
            sender = f"{v['name']} | {v['org']} <{address(rng, first, last, v['dom'])}>"
    else:
        v["org"], v["dom"] = rng.choice(names), rng.choice(domains)
        sender = rng.choice(froms).format(**v)
    v["listid"] = f"{v['listid'].split('.')[0]}.{v['dom']}"
    v["dombase"] = v["dom"].split(".", 1)[1]
    return v, sender


def fill(template, v):
    """Fill a scenario template; {{ref}} in quote texts survives as {ref} for finish_marked_record."""
    return template.format(**v)


def render(rng, sc, env):
    feat = ENV_FEATURES[env]
    v, sender = make_vals(rng, sc)
    subjects = [s for s in sc["subj"] if feat.get("quote") and s.lower().startswith("re:")] or sc["subj"]
    subject = fill(rng.choice(subjects), v)
    if feat.get("subject_only"):
        text, subject_marked = "", fill(sc["subj_only"], v)
    else:
        text, subject_marked = fill(sc["short"] if feat.get("short") else sc["body"], v), None
    if feat.get("typo"):
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35, stop="-----Original Message")
    if subject_marked is not None:
        subject_marks = rights_marks_of(subject_marked)
        subject = strip_marks(subject_marked, MARK_RIGHTS)
    else:
        subject_marks = []
    body_marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    quote = None
    if feat.get("quote"):
        team, addr = sc["qteam"] or rng.choice(TEAMS[sc["mb"]])
        qd = v["_past"] - datetime.timedelta(days=rng.randrange(0, 3))
        head = f"On {qd.day} {qd:%b} {qd.year}, {team} <{addr}> wrote:"
        assert QUOTE_START.match(head) and len(head) < 85, head
        quote = (head, fill(sc["quote"], v))
    headers = {k: fill(h, v) for k, h in (sc["headers"] or {}).items()}
    return finish_marked_record(
        rng, mailbox=sc["mb"], sender=sender, subject=subject, body=body, html=bool(feat.get("html")), quote=quote,
        subject_marks=subject_marks, body_marks=body_marks, labels=sc["lab"], note=sc["note"],
        source=f"{PREFIX}-s{sc['n']:03d}", env=env, headers=headers)


def build(rng):
    records = []
    for sc in SCENARIOS:
        envs = list(sc["envs"])
        e1 = rng.choice(envs)
        e2 = rng.choice([e for e in envs if e != e1])
        for env in (e1, e2):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    n_src = len({r["source"] for r in records})
    by_kind = collections.Counter(sc["kind"] for sc in SCENARIOS)
    lines = [f"wrote {len(records)} records from {n_src} scenarios to {os.path.relpath(OUT, ROOT)}",
             f"scenarios by kind: {dict(by_kind)}",
             f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}",
             f"auto_generated emails: {sum(r['labels']['auto_generated'] for r in records)}; with headers: "
             f"{sum(bool(r['headers']) for r in records)}; html: {sum(r['html'] for r in records)}",
             f"complaints: {sum(r['labels']['complaint'] for r in records)} emails "
             f"({sum(r['labels']['explicit'] for r in records)} explicit); third_party: "
             f"{sum(r['labels']['third_party'] for r in records)}; breach: {sum(r['labels']['breach'] for r in records)}"]
    rights = collections.Counter()
    rsc = collections.defaultdict(set)
    for r in records:
        for x in r["labels"]["rights"]:
            rights[x] += 1
            rsc[x].add(r["source"])
    lines.append("rights (emails/scenarios): " + ", ".join(f"{k} {rights[k]}/{len(rsc[k])}" for k in sorted(rights)))
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def check_scenarios():
    assert len(SCENARIOS) == 60 and [s["n"] for s in SCENARIOS] == list(range(1, 61))
    kinds = collections.Counter((s["mb"], s["kind"]) for s in SCENARIOS)
    assert kinds == {("pexa", "auto"): 14, ("pexa", "look"): 10, ("pexa", "ord"): 6, ("conexus", "auto"): 14,
                     ("conexus", "look"): 10, ("conexus", "ord"): 6}, kinds
    autos = [s for s in SCENARIOS if s["kind"] == "auto"]
    assert all(s["lab"]["auto_generated"] for s in autos)
    assert not any(s["lab"]["auto_generated"] for s in SCENARIOS if s["kind"] != "auto")
    assert sum(1 for s in autos if not s["headers"]) >= len(autos) / 2
    for s in SCENARIOS:
        assert len(set(s["envs"])) >= 2
        for e in s["envs"]:
            f = ENV_FEATURES[e]
            assert not f.get("quote") or s["quote"], (s["n"], e)
            assert not f.get("short") or s["short"], (s["n"], e)
            assert not f.get("subject_only") or s["subj_only"], (s["n"], e)
        marked = {r for t in (s["body"], s["short"] or "", s["subj_only"] or "") for r, _ in rights_marks_of(t)}
        assert marked == set(s["lab"]["rights"]) or not s["lab"]["rights"] and not marked, s["n"]
        for t in (s["body"], s["short"], s["subj_only"]):
            if t and s["lab"]["rights"]:
                assert {r for r, _ in rights_marks_of(t)} == set(s["lab"]["rights"]), (s["n"], t[:40])
        if s["lab"]["complaint"] and not s["lab"]["explicit"]:
            alltext = " ".join([s["body"], s["short"] or "", s["subj_only"] or ""] + s["subj"]).lower()
            assert "complain" not in alltext.split("-----original message")[0], s["n"]


def main():
    check_scenarios()
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors,
                         train_labels=["auto_generated"])


if __name__ == "__main__":
    sys.exit(main())
