#!/usr/bin/env python3
"""Evaluation set auto_judge_e: machine-made mail (auto_generated) against mail a person wrote.

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.
* 28 machine-made: out-of-office replies (some quoting the firm, some bilingual, most without automatic
  headers), bounces and delay notices, read/delivery receipts, other organisations' ticket autoresponders,
  newsletters, a list digest and a list post, system notifications (portal, sign-in, payment).
* 20 look-alikes written by a person: away notes, forwarded bounces and auto-replies with the writer's own words,
  complaints about newsletters or automatic emails, formulaic solicitor and money-adviser letters, replies to
  portal notifications, phone signatures with working hours, pasted unsubscribe lines.
* 12 ordinary letters of the two mailboxes (complaints and non-complaints).

Request sentences are marked inline as [[right|sentence]] (labelled_mail.MARK_RIGHTS). Every person, address and
reference number is invented. Stdlib only; output is deterministic for SEED.

Usage: .venv/bin/python data/make/make_auto_judge_e.py
"""
import collections
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20271114
PREFIX = "aue"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_e.jsonl")

AUTO = short_labels(auto=True)
NONE = short_labels()

FIRST = ["Aisling", "Bartosz", "Chidi", "Delyth", "Eamon", "Farida", "Gethin", "Hollie", "Imran", "Jolene",
         "Kwame", "Lucinda", "Marek", "Nadia", "Oisin", "Priya", "Rhodri", "Saoirse", "Tomasz", "Ursula",
         "Vikram", "Wendy", "Yusuf", "Zara", "Caitlin", "Desmond", "Elspeth", "Fergal", "Gwen", "Hamish"]
LAST = ["Abernethy", "Bancroft", "Chaudhry", "Dunmore", "Ellwood", "Fairbairn", "Gallacher", "Hepworth",
        "Iqbal", "Jankowski", "Kilbride", "Lomax", "Mbeki", "Nolan", "Ormerod", "Pritchard", "Quayle",
        "Rowntree", "Sandhu", "Thackeray", "Underhill", "Varley", "Wojcik", "Yardley", "Achterberg",
        "Brennan", "Cartwright", "Dobson", "Esposito", "Fitzgerald"]
PERSONAL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
            "sky.com", "virginmedia.com"]
DATES = ["Monday 7 July", "Tuesday 15 July", "Wednesday 23 July", "Thursday 31 July", "Friday 8 August",
         "Monday 18 August", "Tuesday 2 September", "Wednesday 10 September", "Thursday 18 September",
         "Friday 26 September", "Monday 6 October", "Tuesday 14 October"]
SHORT_DATES = ["3 June", "11 June", "19 June", "27 June", "4 July", "12 July", "21 July", "29 July"]
WELSH_DATES = {"Monday": "ddydd Llun", "Tuesday": "ddydd Mawrth", "Wednesday": "ddydd Mercher",
               "Thursday": "ddydd Iau", "Friday": "ddydd Gwener"}
WELSH_MONTHS = {"July": "Gorffennaf", "August": "Awst", "September": "Medi", "October": "Hydref"}

GREET = {
    "pexa": ["Dear PEXA team,", "Hello,", "Hi there,", "Dear Customer Resolution Team,", "Good morning,",
             "Dear Sir or Madam,"],
    "conexus": ["Dear Sir/Madam,", "Hello,", "To whom it may concern,", "Dear Conexus,", "Hi,",
                "Good afternoon,"],
}
SIGN = ["Kind regards,\n{name}", "Regards,\n{name}", "Thanks,\n{first}", "Many thanks\n{name}",
        "Best wishes,\n{name}", "Yours faithfully,\n{name}"]

PEXA_HEAD = ["On {d}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
             "On {d} PEXA Customer Resolution <resolution@pexa.co.uk> wrote:"]
PX_SUP_HEAD = ["On {d}, PEXA Support <support@pexa.co.uk> wrote:", "On {d} PEXA Support <support@pexa.co.uk> wrote:"]
PX_NOTE_HEAD = ["On {d}, PEXA Notifications <no-reply@notifications.pexa.co.uk> wrote:"]
PX_CASE_HEAD = ["On {d}, PEXA <no-reply@pexa.co.uk> wrote:"]
CX_HEAD = ["On {d}, Conexus Customer Care <complaints@conexus-services.com> wrote:",
           "On {d} Conexus Customer Care <customercare@conexus-services.com> wrote:"]

# ---------------------------------------------------------------------------------------------------------------
# quoted earlier messages from the firm ({ref} is filled by finish_marked_record)

Q_PX_ACK = ("Dear Sir or Madam,\n\nThank you for your email about the charges on your recent workspaces. We have "
            "logged your complaint under reference PX-C-{ref} and will send you a full response within five "
            "business days.\n\nPEXA Customer Resolution")
Q_PX_INFO = ("Hello,\n\nTo look into the issue you raised we need the workspace number and the date and time the "
             "error appeared. Your reference is PX-{ref}.\n\nPEXA Support")
Q_PX_FWD = ("Dear Client Care Team,\n\nWe have received a complaint from one of your clients about the timing of "
            "their completion. As the matter concerns your firm's service, we are forwarding it to you under "
            "our complaints policy. Our reference is PX-F-{ref}.\n\nPEXA Customer Resolution")
Q_PX_FINAL = ("Dear Sir or Madam,\n\nPlease find attached our final response to your complaint PX-C-{ref}. We "
              "have upheld it in part and credited the duplicated fee.\n\nPEXA Customer Resolution")
Q_PX_NOTIFY = ("PEXA Notification - do not reply\n\nWorkspace [WS]: lodgement status changed to REJECTED "
               "(requisition raised). Log in to view details.")
Q_PX_CLOSED = ("This is an automated message. Your case PX-C-{ref} has been closed. If you have any further "
               "questions please contact us quoting your reference.")
Q_CX_ACK = ("Dear Sir/Madam,\n\nThank you for your email about your client's account. We have logged your "
            "complaint under reference CX-C-{ref} and will write to you with our findings within eight "
            "weeks.\n\nConexus Customer Care")
Q_CX_PLAN = ("Dear customer,\n\nWe confirm your payment arrangement of £35.00 per month starting on the 1st. "
             "Your reference is CX-{ref}.\n\nConexus Customer Care")
Q_CX_AUTO = ("Thank you for contacting Conexus. This is an automatic acknowledgement: we aim to respond to "
             "all emails within 24 hours. Your reference is CX-{ref}.")


def S(sid, mailbox, kind, subject, body, labs, note, *, who=("person", PERSONAL), headers=None, quote=None,
      qmode="none", html="maybe", typos=True, short=None):
    """One scenario. who: ("person", [domains]) or ("fixed", [two 'Name <addr>' strings]).
    quote: (head list, text) of the firm's earlier message; qmode none/one/both. html never/maybe/both.
    short: (subject, body) used for one of the two renderings."""
    return dict(sid=f"{PREFIX}-s{sid:03d}", mailbox=mailbox, kind=kind, subject=subject, body=body, labels=labs,
                note=note, who=who, headers=headers, quote=quote, qmode=qmode, html=html, typos=typos,
                short=short)


SCEN = [
    # =========================================================================================================
    # PEXA, machine-made (14)
    S(1, "pexa", "auto", "Re: Workspace fees - your reference",
      "Thank you for your message. I am out of the office until {back} and have limited access to email. "
      "For urgent completion matters please contact {cname} on {cphone} or completions@greyfriarslaw.co.uk.\n\n"
      "{name}\nSenior Associate, Greyfriars Law LLP",
      AUTO, "An out-of-office reply with no automatic headers is still machine-made: generic 'out of the office "
      "until' text and an alternative contact, nothing about the quoted complaint, so auto_generated only.",
      who=("person", ["greyfriarslaw.co.uk"]), quote=(PEXA_HEAD, Q_PX_ACK), qmode="both", typos=False),
    S(2, "pexa", "auto", "Automatic reply: Your PEXA workspace {ws}",
      "Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {back_cy} ac ni fydda i'n darllen negeseuon. "
      "Os yw'r mater yn un brys, cysylltwch â {cname} ar {cphone}.\n\n"
      "Thank you for your email. I am out of the office until {back} and will not be reading messages. If "
      "your matter is urgent, please contact {cname} on {cphone}.\n\n{name}\nCyfreithwyr Taf a Thawe Solicitors",
      AUTO, "A bilingual (Welsh and English) out-of-office with Auto-Submitted and X-Autoreply headers is "
      "auto_generated; every other label is cleared.",
      who=("person", ["tafathawe.cymru"]), headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
      html="maybe", typos=False),
    S(3, "pexa", "auto", "Undelivered Mail Returned to Sender",
      "This is the mail system at host relay.pexa.co.uk.\n\nI'm sorry to have to inform you that your message "
      "could not be delivered to one or more recipients. It's attached below.\n\n<{paddr}>: host "
      "mail.{pdom}[198.51.100.{n2}] said: 550 5.1.1 <{paddr}>: Recipient address rejected: User unknown in "
      "virtual mailbox table (in reply to RCPT TO command)\n\n--- Undelivered message follows ---\n\n"
      "From: PEXA Customer Resolution <complaints@pexa.co.uk>\nTo: {paddr}\nSubject: Your complaint "
      "{cref} - our response\n\nDear {ptitle},\n\nWe are sorry that the settlement on workspace {ws} failed and "
      "that you were charged for it. Having investigated your complaint we have refunded the fee of £{fee}...",
      AUTO, "A bounce (MAILER-DAEMON sender, Return-Path <>, multipart/report) of our complaint response is "
      "auto_generated; the complaint wording is only in the returned original.",
      who=("fixed", ["Mail Delivery System <MAILER-DAEMON@mx1.pexa.co.uk>",
                     "Mail Delivery Subsystem <MAILER-DAEMON@mx2.pexa.co.uk>"]),
      headers={"return-path": "<>", "auto-submitted": "auto-replied",
               "content-type": "multipart/report; report-type=delivery-status"}, html="never", typos=False),
    S(4, "pexa", "auto", "Undeliverable: Request for details - {ws}",
      "Delivery has failed to these recipients or groups:\n\n{paddr}\nThe email address you entered couldn't be "
      "found. Please check the recipient's email address and try to resend the message. If the problem "
      "continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n"
      "Generating server: EX{n1}.pexa.local\n{paddr}\nRemote Server returned '550 5.1.10 RESOLVER.ADR."
      "RecipientNotFound; Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n"
      "From: PEXA Support <support@pexa.co.uk>\nSubject: Request for details - {ws}\n\nHello,\n\nTo look into "
      "the error you reported when signing the transfer, we need the date and time it appeared and a "
      "screenshot if you have one.",
      AUTO, "An Exchange non-delivery report with no automatic headers in the record is recognised from its text "
      "('Delivery has failed', diagnostic information), so auto_generated and nothing else.",
      who=("fixed", ["Microsoft Outlook <postmaster@pexa.co.uk>",
                     "Microsoft Exchange <MicrosoftExchange329e71ec88ae@pexa.co.uk>"]), html="maybe", typos=False),
    S(5, "pexa", "auto", "Read: Your complaint {cref} - acknowledgement",
      "Your message\n\n    To: {addr}\n    Subject: Your complaint {cref} - acknowledgement\n    Sent: {sent}\n\n"
      "was read on {read}.",
      AUTO, "A read receipt is machine-made even without headers; 'complaint' appears only in the echoed "
      "subject of our own message, so every other label is cleared.",
      who=("person", ["hcb-completions.co.uk", "heathcotebank.co.uk"]), html="maybe", typos=False),
    S(6, "pexa", "auto", "PEXA alert: settlement failed on workspace {ws}",
      "PEXA Notification\n\nSettlement FAILED\n\nWorkspace: {ws}\nProperty: {n3} {street}\nScheduled: {sent}\n"
      "Reason: Source account funds not confirmed by the financial settlement service before the settlement "
      "cut-off.\n\nAll participants have been notified. Please log in to the workspace to reschedule "
      "settlement.\n\nThis is an automated message from PEXA. Please do not reply to this email.",
      AUTO, "A platform notification produced by the system; 'failed' describes an event, not anyone's "
      "grievance, so auto_generated with no complaint.",
      who=("fixed", ["PEXA Notifications <no-reply@notifications.pexa.co.uk>",
                     "PEXA <alerts@notifications.pexa.co.uk>"]), html="maybe", typos=False),
    S(7, "pexa", "auto", "New sign-in to your SignVault account",
      "Hi {pfirst},\n\nWe noticed a new sign-in to your SignVault account.\n\nDevice: Windows 11, Edge\nLocation: "
      "{town}, United Kingdom (approximate)\nTime: {sent}\n\nIf this was you, you don't need to do anything. "
      "If you don't recognise this activity, reset your password straight away and contact your administrator."
      "\n\nThe SignVault Security Team\nYou are receiving this email because of a security event on your account.",
      AUTO, "A sign-in security notice from a third-party service (Auto-Submitted: auto-generated) is a system "
      "notification, so auto_generated; the personal greeting is a template field.",
      who=("fixed", ["SignVault Security <security-noreply@signvault.io>",
                     "SignVault <no-reply@accounts.signvault.io>"]),
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"}, html="both", typos=False),
    S(8, "pexa", "auto", "RE: Forwarded complaint - your client at {n3} {street} [Ticket MPC-{n4}]",
      "This is an automatic acknowledgement from Marsh & Penrose Conveyancing Client Care.\n\nWe have received "
      "your enquiry and it has been logged under ticket MPC-{n4}. A member of the team will respond within five "
      "working days. Please keep the ticket number in the subject line of any further emails.\n\nOur office "
      "hours are 9am to 5pm, Monday to Friday.",
      AUTO, "Another firm's ticket-system autoresponder ('we have received your enquiry', ticket number, "
      "Auto-Submitted header) is auto_generated even though it answers our forwarded complaint.",
      who=("fixed", ["M&P Client Care <clientcare@marshpenrose.co.uk>",
                     "Marsh & Penrose Client Care <noreply-tickets@marshpenrose.co.uk>"]),
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
      quote=(PEXA_HEAD, Q_PX_FWD), qmode="one", html="maybe", typos=False),
    S(9, "pexa", "auto", "Completion Matters | Lodgement backlogs, complaint trends and the new ID rules",
      "COMPLETION MATTERS - the monthly briefing for conveyancers\n\nLodgement backlogs ease, but complaints "
      "about delay still dominate\nThe latest figures show average processing times for routine applications "
      "falling for the second quarter running. Complaints about delayed completions remain the largest group "
      "reported to the Legal Ombudsman.\n\nIdentity checks: what changes in the autumn\nOur guide to the updated "
      "verification standards, and how digital settlement platforms are responding.\n\nData protection corner\n"
      "Handling a subject access request from a former client: a five-step checklist.\n\nYou are receiving "
      "this because you subscribed at completionmatters.co.uk. Unsubscribe | Update your preferences",
      AUTO, "A newsletter with bulk list headers is auto_generated; complaint statistics and 'subject access "
      "request' are article topics, not the sender's grievance or request.",
      who=("fixed", ["Completion Matters <briefing@completionmatters.co.uk>",
                     "Completion Matters Editor <news@completionmatters.co.uk>"]),
      headers={"precedence": "bulk", "list-id": "Completion Matters <monthly.completionmatters.co.uk>",
               "list-unsubscribe": "<https://completionmatters.co.uk/u?id=5521f0>"}, html="both", typos=False),
    S(10, "pexa", "auto", "Property Practitioners Forum Digest, Vol 14, Issue {n1}",
      "Today's Topics:\n\n   1. Re: Platform fees on abandoned workspaces (Dawn Ferrier)\n   2. Lender "
      "funds arriving after 2pm (K. Osei)\n   3. Re: SDLT return timing (Moira Tait)\n\n"
      "----------------------------------------------------------------------\n\nMessage: 1\nFrom: Dawn Ferrier\n"
      "Subject: Re: Platform fees on abandoned workspaces\n\nWe were charged again last week for a workspace that "
      "never settled. Has anyone had any luck getting these refunded?\n\nMessage: 2\nFrom: K. Osei\nSubject: "
      "Lender funds arriving after 2pm\n\nThird time this month for us. Is it the lenders or the platform?\n\n"
      "----------------------------------------------------------------------\n\nTo post to this list, send "
      "your email to forum@practitionersforum.org.uk. To change your subscription, visit the list page.\n\n"
      "End of Property Practitioners Forum Digest, Vol 14, Issue {n1}",
      AUTO, "A mailing-list digest is auto_generated even with no list headers; the members' gripes are list "
      "content addressed to the list, not a complaint to PEXA.",
      who=("fixed", ["Property Practitioners Forum <forum-request@practitionersforum.org.uk>",
                     "forum-request <forum-request@practitionersforum.org.uk>"]),
      html="never", typos=False),
    S(11, "pexa", "auto", "Re: Request for details - workspace {ws}",
      "Thank you for contacting the Heathcote Bank Completions Team.\n\nThis mailbox is monitored between 9am "
      "and 5pm, Monday to Friday, excluding bank holidays. We aim to respond within two working days. If your "
      "email concerns a completion due today, please call {cphone} and have the workspace number ready.\n\n"
      "Please do not reply to this message.\n\nHeathcote Bank plc. Registered in England and Wales.",
      AUTO, "A shared mailbox's autoresponder (standard hours and 'do not reply' text, no headers) is "
      "auto_generated; Heathcote is only the sender, so no firm label.",
      who=("fixed", ["Heathcote Bank Completions <completions@heathcotebank.co.uk>",
                     "HCB Completions Team <completions.team@heathcotebank.co.uk>"]),
      quote=(PX_SUP_HEAD, Q_PX_INFO), qmode="one", html="maybe", typos=False),
    S(12, "pexa", "auto", "Remittance Advice - Digital Completion UK Ltd - {n4}",
      "REMITTANCE ADVICE\n\nPayer: Ormerod Rowntree LLP\nPayee: Digital Completion UK Ltd\nPayment date: {d0}\n"
      "Payment method: BACS\nPayment reference: ORL{n4}\n\nInvoice          Amount\nINV-{inv1}     £{fee}\n"
      "INV-{inv2}     £{fee2}\n\nTotal paid: see above\n\nThis remittance advice was generated automatically by "
      "our accounts system. Queries should be sent to accounts@ormerodrowntree.co.uk.",
      AUTO, "A remittance advice produced by an accounts system is a machine-made payment notification "
      "(auto_generated) even without headers.",
      who=("fixed", ["Accounts Payable <ap-noreply@ormerodrowntree.co.uk>",
                     "Ormerod Rowntree Accounts <accounts-system@ormerodrowntree.co.uk>"]), html="maybe",
      typos=False),
    S(13, "pexa", "auto", "Re: Your registration - identity checks",
      "Thank you for your email.\n\nI am currently on maternity leave and will not be monitoring this inbox. "
      "Your message has not been forwarded. For anything relating to the firm's PEXA registration please write "
      "to {cname} at practice@{pdom2}; for live files please contact the office on {cphone}.\n\nWith thanks,\n"
      "{name}",
      AUTO, "A leave auto-reply with no headers, quoting our message about a registration issue: the wording is "
      "the generic absence notice, so auto_generated and no complaint.",
      who=("person", ["lomaxbancroft.co.uk"]), quote=(PX_SUP_HEAD, Q_PX_INFO), qmode="both", typos=False),
    S(14, "pexa", "auto", "Delivery Status Notification (Delay)",
      "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
      "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n"
      "     {paddr}\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n"
      "The recipient server did not accept our requests to connect.\n\n----- Original message -----\n\n"
      "Subject: Your complaint {cref} - final response\n\nDear {ptitle},\n\nWe have now completed our "
      "investigation into your complaint about the delayed lodgement...",
      AUTO, "A delivery-delay warning (multipart/report, Return-Path <>) is auto_generated; the complaint "
      "wording is only in the original message below it.",
      who=("fixed", ["Mail Delivery Subsystem <mailer-daemon@mx3.pexa.co.uk>",
                     "Mail Delivery System <postmaster@mx3.pexa.co.uk>"]),
      headers={"content-type": "multipart/report; report-type=delivery-status", "return-path": "<>",
               "auto-submitted": "auto-replied"}, html="never", typos=False),

    # =========================================================================================================
    # Conexus, machine-made (14)
    S(15, "conexus", "auto", "Re: Your client's complaint - acknowledgement",
      "Thank you for your email. I am on annual leave until {back} and will respond on my return. If your "
      "message relates to an existing client, please contact the casework line on {cphone} or "
      "advice@{pdom2}.\n\nPlease note we cannot accept client authorities by email.\n\n{name}\nMoney Adviser, "
      "Brightwater Debt Advice (a registered charity)",
      AUTO, "A money adviser's out-of-office quoting our acknowledgement, with no headers: auto_generated, so "
      "third_party stays false and no complaint is counted.",
      who=("person", ["brightwaterdebt.org.uk"]), quote=(CX_HEAD, Q_CX_ACK), qmode="both", typos=False,
      short=("Re: Your client's complaint - acknowledgement", "Away until {back}. Casework line: {cphone}.\n\n{name}")),
    S(16, "conexus", "auto", "Re: Your payment arrangement [Odpowiedź automatyczna / Automatic reply]",
      "Dziękuję za wiadomość. Jestem na urlopie do {back_pl} i nie mam dostępu do poczty. Odpowiem po "
      "powrocie.\n\nThank you for your message. I am away until {back} without access to email and will reply "
      "when I return.\n\n{first}",
      AUTO, "A bilingual (Polish and English) vacation auto-reply with no automatic headers is auto_generated from its "
      "generic absence wording, even from a debtor's personal address.",
      who=("person", PERSONAL), quote=(CX_HEAD, Q_CX_PLAN), qmode="one", html="maybe", typos=False),
    S(17, "conexus", "auto", "Undelivered Mail Returned to Sender",
      "This is the mail system at host relay.conexus-services.com.\n\nI'm sorry to have to inform you that your "
      "message could not be delivered to one or more recipients.\n\n<{paddr}>: host mx.{pdom}[203.0.113.{n2}] "
      "said: 552 5.2.2 Mailbox full: the recipient's mailbox is over quota (in reply to RCPT TO command)\n\n"
      "------ Original message ------\n\nFrom: Conexus Customer Care <complaints@conexus-services.com>\n"
      "Subject: Final response to your complaint {cref}\n\nDear {ptitle},\n\nWe have completed our "
      "investigation into the calls you received while your Breathing Space was in place. We accept that...",
      AUTO, "A 'mailbox full' bounce of our final response (MAILER-DAEMON, Return-Path <>) is auto_generated; "
      "complaint and Breathing Space wording is only in the returned original.",
      who=("fixed", ["Mail Delivery System <MAILER-DAEMON@relay.conexus-services.com>",
                     "MAILER-DAEMON <MAILER-DAEMON@relay.conexus-services.com>"]),
      headers={"return-path": "<>"}, html="never", typos=False),
    S(18, "conexus", "auto", "Delivery Status Notification (Failure)",
      "Address not found\n\nYour message wasn't delivered to {paddr} because the address couldn't be found, or "
      "is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that "
      "you tried to reach does not exist.\n\n---------- Forwarded message ----------\nFrom: Conexus Customer "
      "Care <customercare@conexus-services.com>\nSubject: Breathing Space - we have paused your account {acct}"
      "\n\nDear customer,\n\nWe have been notified that you have entered a Breathing Space. We have stopped all "
      "collection activity, interest and charges on your account until...",
      AUTO, "A provider's 'Address not found' failure notice with no headers, carrying our own letter below it, "
      "is auto_generated.",
      who=("fixed", ["Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                     "Mail Delivery Subsystem <mailer-daemon@google.com>"]), html="maybe", typos=False),
    S(19, "conexus", "auto", "Delivered: Your account {acct} - payment arrangement",
      "Your message has been delivered to the following recipients:\n\n{paddr}\n\nSubject: Your account {acct} - "
      "payment arrangement\nSent: {sent}",
      AUTO, "A delivery receipt is a machine-made report about our own message, so auto_generated with "
      "everything else cleared.",
      who=("fixed", ["Microsoft Outlook <postmaster@outlook.com>", "Mail System <postmaster@btinternet.com>"]),
      html="maybe", typos=False),
    S(20, "conexus", "auto", "Re: Disputed balance on account {acct} [NE-CASE-{n4}]",
      "Thanks for getting in touch with Northline Energy.\n\nWe've received your email and created case "
      "NE-CASE-{n4}. We're currently answering emails within 10 working days. You don't need to contact us "
      "again; we'll reply to this email address.\n\nIf you're a customer struggling to pay, visit our Help "
      "Centre for support options.\n\nNorthline Energy Customer Services",
      AUTO, "A creditor's case-system autoresponder (Auto-Submitted, X-Auto-Response-Suppress) to our own "
      "enquiry is auto_generated; Northline is only the sender, so no firm id.",
      who=("fixed", ["Northline Energy <noreply@northline-energy.co.uk>",
                     "Northline Energy Customer Services <no-reply@northlineenergy.co.uk>"]),
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "OOF, AutoReply"},
      html="maybe", typos=False),
    S(21, "conexus", "auto", "Thank you for contacting {mp} MP",
      "Thank you for contacting the office of {mp} MP.\n\nThis is an automated response to confirm your email "
      "has been received. Due to the very high volume of correspondence, please allow up to 15 working days "
      "for a reply. If you are a constituent and have not included your full postal address, please reply "
      "with it, as we can only take up cases for residents of the constituency.\n\nIf your matter is urgent, "
      "please call the constituency office on {cphone}.",
      AUTO, "An MP's office autoresponder without headers: the confirmation wording is generic, so "
      "auto_generated, and third_party stays false.",
      who=("person", ["parliament.uk"]), html="maybe", typos=False),
    S(22, "conexus", "auto", "Breathing Space: one year of the new rules | Money Matters Network newsletter",
      "Money Matters Network - Adviser Update\n\nBreathing Space one year on: what creditors are getting "
      "wrong\nAdvisers report that contact during a moratorium remains the most common issue raised with "
      "creditors and collection agencies.\n\nVulnerable customers and collection calls\nNew research on how "
      "debt collectors identify and respond to vulnerability.\n\nYour data, your rights\nA refresher on "
      "helping clients ask for a copy of the data a creditor holds about them.\n\nYou are receiving this email "
      "because you signed up to Money Matters Network updates. Unsubscribe here.",
      AUTO, "A debt-advice charity's newsletter with bulk list headers is auto_generated; the breach, "
      "vulnerability and rights topics are articles, not a complaint or request.",
      who=("fixed", ["Money Matters Network <updates@moneymattersnetwork.org.uk>",
                     "Money Matters Network Team <news@moneymattersnetwork.org.uk>"]),
      headers={"precedence": "bulk", "list-id": "<adviser-update.moneymattersnetwork.org.uk>",
               "list-unsubscribe": "<mailto:leave@moneymattersnetwork.org.uk>"}, html="both", typos=False),
    S(23, "conexus", "auto", "DataWise Briefing: erasure requests, call recordings and the new SAR rules",
      "DATAWISE BRIEFING - data protection news for financial services\n\n1. Erasure requests from customers "
      "with open debts: when can you refuse?\n2. Call recordings and subject access: what must be disclosed\n"
      "3. The 'reasonable and proportionate' search test now in force\n4. Case note: fine for sending arrears "
      "letters to a former address\n\nRead the full briefing on our website.\n\nYou received this briefing "
      "because your firm subscribes to DataWise. To stop receiving it, reply UNSUBSCRIBE.\n\nDataWise Legal "
      "Ltd, 12 Temple Row, Birmingham",
      AUTO, "A subscription briefing with no list headers is still a newsletter, so auto_generated; erasure and "
      "subject access are its topics, not requests to Conexus.",
      who=("fixed", ["DataWise Briefing <briefing@datawiselegal.co.uk>",
                     "DataWise Legal <newsletter@datawiselegal.co.uk>"]), html="maybe", typos=False),
    S(24, "conexus", "auto", "Card payment declined - account {acct}",
      "PayBridge payment notification\n\nA recurring card payment could not be taken.\n\nMerchant: Conexus\n"
      "Customer reference: {acct}\nAmount: £{fee}\nAttempted: {sent}\nResult: DECLINED (insufficient funds)\n"
      "Next attempt: in 3 days\n\nThis notification was generated automatically. Do not reply to this email.",
      AUTO, "A payment gateway's declined-payment notice is a system notification, so auto_generated; no "
      "person wrote it and nobody is dissatisfied.",
      who=("fixed", ["PayBridge Notifications <notify@paybridge-payments.co.uk>",
                     "PayBridge <no-reply@paybridge-payments.co.uk>"]), html="maybe", typos=False),
    S(25, "conexus", "auto", "Your CSA Member Portal password expires in 3 days",
      "Dear member user,\n\nThe password for your Member Portal account ({paddr}) will expire in 3 days. To "
      "avoid losing access, sign in and choose a new password.\n\nIf you did not request this reminder, no "
      "action is needed: this is a scheduled notice sent to all users.\n\nMember Portal Support",
      AUTO, "A scheduled password-expiry notice (Auto-Submitted: auto-generated) is a system notification; "
      "'access' here means a portal login, not a data right.",
      who=("fixed", ["CSA Member Portal <portal-noreply@csa-members.org.uk>",
                     "Member Portal <noreply@csa-members.org.uk>"]),
      headers={"auto-submitted": "auto-generated"}, html="maybe", typos=False),
    S(26, "conexus", "auto", "Not read: Final response to your complaint {cref}",
      "Your message\n\n  To: {addr}\n  Subject: Final response to your complaint {cref}\n  Sent: {sent}\n\n"
      "was deleted without being read on {read}.",
      AUTO, "A 'not read' receipt is machine-made, headers or not; the complaint is only the subject of our own "
      "message echoed back.",
      who=("person", PERSONAL), html="never", typos=False),
    S(27, "conexus", "auto", "Re: Your client's complaint - acknowledgement [matter {n4}]",
      "This is an automated acknowledgement from Pritchard Hepworth Solicitors.\n\nYour email has been "
      "received and logged against matter {n4}. The fee earner dealing with this matter will respond in due "
      "course. This mailbox does not accept service of documents.\n\nPritchard Hepworth Solicitors is "
      "authorised and regulated by the Solicitors Regulation Authority.",
      AUTO, "A law firm's automated acknowledgement (Auto-Submitted, X-Auto-Response-Suppress) is "
      "auto_generated; the solicitor acting for a debtor does not make it third_party.",
      who=("fixed", ["Pritchard Hepworth Solicitors <enquiries@pritchardhepworth.co.uk>",
                     "PH Solicitors <noreply@pritchardhepworth.co.uk>"]),
      headers={"x-auto-response-suppress": "All", "auto-submitted": "auto-replied"},
      quote=(CX_HEAD, Q_CX_ACK), qmode="one", html="maybe", typos=False),
    S(28, "conexus", "auto", "[collections-forum] Trace fees - what is everyone charging?",
      "Morning all,\n\nWe're reviewing the trace fees our clients pass on. Are most agencies still adding "
      "these to the balance, or absorbing them? We had two ombudsman referrals on this last quarter.\n\n{name}\n\n"
      "--\nYou received this message because you are subscribed to the collections-forum group.\nTo unsubscribe "
      "from this group, send an email to collections-forum+unsubscribe@listserv.csa-members.org.uk.",
      AUTO, "A post distributed through a mailing list (List-Id, Precedence: list) is auto_generated under the "
      "guide's newsletter/mailing-list rule, though a member wrote it; it is not addressed to Conexus.",
      who=("person", ["listserv.csa-members.org.uk"]),
      headers={"list-id": "collections-forum <collections-forum.listserv.csa-members.org.uk>",
               "precedence": "list",
               "list-unsubscribe": "<mailto:collections-forum+unsubscribe@listserv.csa-members.org.uk>"},
      html="never", typos=False),

    # =========================================================================================================
    # PEXA, look-alikes written by a person (10)
    S(29, "pexa", "look", "Workspace {ws} - my leave from Friday",
      "{greet}\n\nJust so you know, I'm off from Friday for two weeks (minor operation, nothing serious). The "
      "workspace fee query we raised last week is now with my colleague {cname}, who has the file; her direct "
      "line is {cphone}. Please copy her into anything you send me.\n\n{sign}\nGreyfriars Law LLP",
      NONE, "A person's own note that she will be away and who to contact, written about this case, is not "
      "auto_generated; it only passes on a contact, so no complaint.",
      who=("person", ["greyfriarslaw.co.uk"]), html="maybe",
      short=("Off from Friday - please copy {cname} on {ws}", "{cname} ({cphone}) has the file while I'm away.\n\n{first}")),
    S(30, "pexa", "look", "Fwd: Undeliverable: Your complaint - acknowledgement",
      "{greet}\n\nYour acknowledgement bounced (below). The address you used belongs to a paralegal who left "
      "us in the spring. Could you resend it to me at this address, and use it for anything on the Yardley "
      "workspace from now on?\n\n{sign}\nCompletions Manager, Thackeray Dobson LLP\n\n-----Original Message-----\n"
      "From: Microsoft Outlook <postmaster@thackeraydobson.co.uk>\nSubject: Undeliverable: Your complaint - "
      "acknowledgement\n\nDelivery has failed to these recipients or groups:\nj.lomax@thackeraydobson.co.uk\n"
      "The email address you entered couldn't be found.",
      NONE, "A person forwarding a bounce with her own request on top is not auto_generated; resending to a new "
      "address is a neutral service request and 'complaint' is only in the forwarded subject.",
      who=("person", ["thackeraydobson.co.uk"]), html="never"),
    S(31, "pexa", "look", "Notification emails - this needs sorting",
      "{greet}\n\nSince the change to notifications last month our team mailbox receives around forty automatic "
      "emails for every workspace: one for each document signed, each participant joining, each balance "
      "update. Real alerts (a failed lodgement, a funds problem) are being missed because they are buried in "
      "the noise. Your system offers no way to turn the routine ones off.\n\nWe raised this with support twice "
      "and were told it is 'by design'. Please tell us when we will be able to choose which notifications we "
      "get, and in the meantime how to filter them.\n\n{sign}\nHead of Operations, Kilbride Varley Solicitors",
      short_labels(c=True, cat="usability"),
      "Dissatisfaction with a flood of automatic emails plus a demand for a fix is an implicit complaint from a "
      "person; the platform works as designed but is hard to use, so usability.",
      who=("person", ["kilbridevarley.co.uk"]), html="maybe"),
    S(32, "pexa", "look", "Complaint - still receiving your newsletter",
      "{greet}\n\nI want to complain about your marketing emails. I left conveyancing in March, clicked "
      "'unsubscribe' on your Settlement Update newsletter three times and still receive it every fortnight, "
      "along with webinar invitations. [[objection|I object to PEXA using my details for marketing of any "
      "kind.]] [[erasure|Please delete my personal data from your marketing lists and contact database.]]\n\n"
      "I've pasted the footer of the latest one below so you can see which list it is.\n\n{sign}\n\n"
      "> Settlement Update is sent to registered PEXA users. Unsubscribe | Manage preferences",
      short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "A person complaining about unwanted newsletters is not auto_generated (the pasted footer is context); "
      "marketing after unsubscribing is unexpected use of data, with objection and erasure asked.",
      who=("person", PERSONAL), html="maybe"),
    S(33, "pexa", "look", "Re: Workspace {ws}: lodgement status changed to REJECTED",
      "Your notification below says the lodgement was rejected with a requisition raised. The Land Registry "
      "portal shows no requisition and the application as pending. This is the third notification this month "
      "that has told us something untrue, and each time my team loses half a day chasing it.\n\nPlease check "
      "what is going on with these status messages and call me back today - our clients are waiting for "
      "keys.\n\n{name}\nConveyancing Executive\nDirect: {phone}",
      short_labels(c=True, cat="inaccurate_information"),
      "A person replying to an automated portal notification is not auto_generated; repeated wrong status "
      "messages and a call-back demand are an implicit complaint about inaccurate information.",
      who=("person", ["cartwrightesposito.co.uk"]), quote=(PX_NOTE_HEAD, Q_PX_NOTIFY),
      qmode="both", html="maybe"),
    S(34, "pexa", "look", "Delayed completion at {n3} {street} - our clients Mr and Mrs {plast}",
      "Dear Sirs\n\nWe act for Mr and Mrs {plast} in their purchase of {n3} {street}. We write to register our "
      "clients' complaint about Thames Valley Mortgages, whose mortgage advance was released two working days "
      "after the agreed completion date despite a certificate of title submitted in good time. Our clients "
      "incurred removal and storage costs as a result.\n\nWe understand that complaints about a lender are "
      "handled by the lender concerned. Please pass this letter to Thames Valley Mortgages and confirm to us "
      "that you have done so.\n\nYours faithfully\n\n{name}\nFor and on behalf of Fairbairn Gallacher Solicitors",
      short_labels(c=True, ex=True, tp=True, cat="delay", firm="tvm"),
      "A formulaic solicitor's letter is still written by a person; it complains for the clients (third_party) "
      "purely about the lender's late funds, so about_other_firm=tvm and delay.",
      who=("person", ["fairbairngallacher.co.uk"]), html="never"),
    S(35, "pexa", "look", "Signing keeps failing",
      "Portal logged me out 4 times mid-signing this morning and each time the digital signature was lost. "
      "Settlement is at 2. Need someone to ring me back before 1 please.\n\n{first}\n\n{name} | Conveyancer\n"
      "My working days are Tuesday to Thursday, 9.30 to 3.00.\nSent from my iPhone",
      short_labels(c=True, cat="platform_defect"),
      "A signature with working hours and 'Sent from my iPhone' is a person's phone mail, not an auto-reply; "
      "the system failing and a call-back demand make an implicit platform_defect complaint.",
      who=("person", ["underhillnolan.co.uk"]), html="never",
      short=("portal logging me out mid-signing, 4th time today, call me back before 1 pls", "Sent from my iPhone")),
    S(36, "pexa", "look", "Question about your Settlement Update",
      "{greet}\n\nYour newsletter (pasted below) says the new lodgement checks start on 1 October. Does that "
      "apply to remortgage workspaces as well as purchases? We have several remortgages booked for the first "
      "week of October.\n\n{sign}\n\n--- pasted ---\nFrom 1 October additional checks will apply to lodgement "
      "of applications. Read more in the Help Centre.\nYou are receiving this because you are a registered "
      "PEXA user. Unsubscribe | Manage preferences",
      NONE, "A person asking about a newsletter with its unsubscribe line pasted in is not auto_generated; it is "
      "a neutral question, so no complaint.",
      who=("person", ["sandhuquayle.co.uk"]), html="never"),
    S(37, "pexa", "look", "Re: Your case has been closed",
      "I reported the double charge on workspace {ws} five weeks ago and have had no answer at all, not even "
      "a phone call. Today I get an automatic email saying my complaint is closed. Please reopen it and give "
      "me the response I have been waiting for.\n\n{name}\nAccounts Manager, Abernethy Ellwood LLP",
      short_labels(c=True, ex=True, cat="delay"),
      "A person's reply to an automated closure notice; five weeks with no answer is a 'still waiting' chaser, "
      "so delay, and the writer calls it 'my complaint', so explicit.",
      who=("person", ["abernethyellwood.co.uk"]), quote=(PX_CASE_HEAD, Q_PX_CLOSED),
      qmode="both", html="maybe"),
    S(38, "pexa", "look", "Re: Final response PX-C",
      "Received, thank you. I will go through it with our finance director and come back to you by Friday if "
      "we have any questions.\n\n{first}",
      NONE, "A short human acknowledgement that looks like a receipt is not auto_generated; it only confirms "
      "receipt, so no complaint despite the quoted final response.",
      who=("person", ["brennancartwright.co.uk"]), quote=(PEXA_HEAD, Q_PX_FINAL), qmode="both", html="maybe"),

    # =========================================================================================================
    # Conexus, look-alikes written by a person (10)
    S(39, "conexus", "look", "Client {pinit}. {plast} - account {acct} - I'm away from tomorrow",
      "{greet}\n\nI'm on leave from tomorrow until {back}. While I'm away please deal with my colleague {cname} "
      "({cphone}) on Mrs {plast}'s account; the signed authority is on file with you.\n\n[[access|In the "
      "meantime please still send us the copy of Mrs {plast}'s account history and call notes that we asked "
      "for on her behalf.]]\n\n{sign}\nMoney Adviser, Eastgate Advice Centre",
      short_labels(tp=True, r="access"),
      "A money adviser's own away note about a named client is written by a person, so not auto_generated; she "
      "acts for the client (third_party) and repeats a request for a copy of the data (access).",
      who=("person", ["eastgateadvice.org.uk"]), html="maybe"),
    S(40, "conexus", "look", "Fwd: your email bounces + late fee",
      "{greet}\n\nI've tried three times to email your payments address to set up my new payment date and it "
      "keeps bouncing back (see below). Now I've had a letter adding a £25 late payment fee because the "
      "arrangement 'wasn't updated'. That isn't my fault. Please take the fee off account {acct} and confirm "
      "the new date of the 20th.\n\n{sign}\n\n-----Original Message-----\nFrom: Mail Delivery Subsystem\n"
      "Subject: Undelivered Mail Returned to Sender\n\n<payments@conexus-services.com>: 550 5.1.1 Recipient "
      "address rejected: User unknown",
      short_labels(c=True, cat="fees_charges"),
      "A debtor forwarding a bounce with her own words on top is a person's mail; an unfair added fee with a "
      "demand to remove it is an implicit complaint about a fee (fees_charges).",
      who=("person", PERSONAL), html="never"),
    S(41, "conexus", "look", "Re: Thank you for contacting Conexus",
      "Your automatic reply below says you answer emails within 24 hours. I sent my email nine days ago and "
      "have heard nothing, and in the meantime two more letters have arrived saying an agent may visit. I "
      "asked for a call back about a payment plan. Please answer.\n\n{sign}",
      short_labels(c=True, cat="delay"),
      "A person forwarding our auto-reply with her own words on top is not auto_generated; nine days without "
      "an answer is a 'still waiting' chaser, so an implicit complaint about delay.",
      who=("person", PERSONAL), quote=(CX_HEAD, Q_CX_AUTO), qmode="both", html="maybe"),
    S(42, "conexus", "look", "Daily reminder emails",
      "{greet}\n\nI set up a payment plan with you in {month} and have paid on the 1st every month since. Even "
      "so, your system sends me an automated 'payment reminder' email almost every day, and a text as well. "
      "Being chased daily when I have never missed a payment is upsetting. Stop sending these automatic "
      "reminders and put a note on account {acct} that I am up to date.\n\n{sign}",
      short_labels(c=True, cat="collection_conduct"),
      "A complaint about automatic reminder emails is written by a person; the grievance is how the debt is "
      "pursued (contact frequency), and 'stop sending' is a conduct remedy, not objection.",
      who=("person", PERSONAL), html="maybe"),
    S(43, "conexus", "look", "Formal complaint - marketing emails after my account closed",
      "{greet}\n\nThis is a formal complaint. My account with you ({acct}) was settled and closed in the spring, "
      "yet I now receive a monthly 'financial wellbeing' newsletter from Conexus, and the unsubscribe link in "
      "it leads to an error page. [[objection|I object to my personal data being used for any marketing.]] "
      "[[informed|Please also explain what you are still keeping about me, for what purpose and on what legal "
      "basis.]]\n\n{sign}",
      short_labels(c=True, ex=True, pd=True, r="objection,informed", cat="personal_data"),
      "A person's explicit complaint about receiving a newsletter is not itself a newsletter; using her data "
      "for marketing after closure is data handling, with objection and informed asked.",
      who=("person", PERSONAL), html="maybe"),
    S(44, "conexus", "look", "Client: {pinit}. {plast} | Your ref: {acct} | Request for information",
      "Dear Sir/Madam\n\nClient: {pinit}. {plast}\nYour reference: {acct}\n\nWe have been approached by the above "
      "named client for debt advice. A signed authority is enclosed. Please note that we are now acting on "
      "their behalf and direct all correspondence to us.\n\nWe would ask that you hold all collection activity "
      "for 30 days while we prepare a financial statement.\n\n[[access|Please also provide, under Article 15 "
      "UK GDPR, a copy of all personal data you hold about our client, including notes of telephone "
      "calls.]]\n\nYours faithfully\n\n{name}\nDebt Adviser, Riverside Money Advice Service",
      short_labels(tp=True, r="access"),
      "A money adviser's template letter is still written by a person for a client (third_party); a 30-day "
      "hold is a routine request, and a copy of the client's data is access, with no complaint.",
      who=("person", ["riversidemoneyadvice.org.uk"]), html="maybe"),
    S(45, "conexus", "look", "Our client: {ptitle} - Pennant Mobile account {acct}",
      "Dear Sirs\n\nWe are instructed by the above named in connection with the balance you are collecting on "
      "behalf of Pennant Mobile. Our client cancelled the contract within the 14-day cooling-off period and "
      "returned the handset by recorded delivery; Pennant nonetheless continued to bill her for eleven months, "
      "and that billing is the whole of the balance.\n\nPlease treat this letter as our client's formal "
      "complaint, pass it to Pennant Mobile and confirm that the account will be placed on hold pending their "
      "response.\n\nYours faithfully\n\n{name}\nAchterberg Rowntree Solicitors",
      short_labels(c=True, ex=True, tp=True, cat="debt_dispute", firm="pmt"),
      "A solicitor's standard letter, written for a client (third_party), disputes a debt made up of the "
      "creditor's post-cancellation billing: only Pennant can fix it, so pmt and debt_dispute, explicit.",
      who=("person", ["achterbergrowntree.co.uk"]), html="never"),
    S(46, "conexus", "look", "Change payment date",
      "Hi, can I change my payment date to the 15th from next month please? I get paid on the 14th now. "
      "Account {acct}. Thanks\n\n{first}\n\nI work nights so please email rather than phone between 8am and "
      "4pm.\nSent from my Samsung Galaxy smartphone.",
      NONE, "A phone-signed message with working-hours lines is a person's mail, not an auto-reply; a neutral "
      "request to move a payment date is not a complaint.",
      who=("person", PERSONAL), html="never",
      short=("change payment date to 15th? acct {acct}", "Sent from my Samsung Galaxy smartphone.")),
    S(47, "conexus", "look", "Re: Payment failed notification - account {acct}",
      "Your portal has emailed me saying my payment of £{fee} FAILED, but my bank statement shows it left my "
      "account on Tuesday. Now I've had a letter saying I've broken my arrangement. Nothing is wrong at my "
      "end. Sort your system out and confirm in writing that my plan is still in place. "
      "[[automated_decision|I want a member of staff, not your system, to decide whether my arrangement has "
      "been broken.]]\n\n{name}",
      short_labels(c=True, r="automated_decision", cat="platform_defect"),
      "A debtor replying to an automated payment notice is a person; a payment wrongly shown as failed by the "
      "portal is an implicit complaint about a system fault; asking for a person instead of the system to decide "
      "is automated_decision.",
      who=("person", PERSONAL), html="maybe"),
    S(48, "conexus", "look", "My mother Mrs {plast} - account {acct}",
      "{greet}\n\nMy mother goes into hospital on Monday and will be there for a few weeks. She won't be able "
      "to answer the phone or deal with post while she is in. Please don't ring her; contact me instead on "
      "{phone}. I hold lasting power of attorney and can send a copy if you need it.\n\n{sign}",
      short_labels(tp=True),
      "A relative's note that her mother will be unavailable and who to contact instead reads like an "
      "out-of-office but a person wrote it on the mother's behalf (third_party); 'don't ring her' is a "
      "conduct request and there is no dissatisfaction.",
      who=("person", PERSONAL), html="maybe"),

    # =========================================================================================================
    # PEXA, ordinary mail (6)
    S(49, "pexa", "ord", "Complaint - fee charged on abandoned workspace {ws}",
      "{greet}\n\nI wish to make a complaint about the platform fee of £{fee} charged to us for workspace {ws}. "
      "The sale fell through before any documents were signed and the workspace was abandoned on the same "
      "day it was opened. Our agreement says no fee is payable for a workspace that does not reach "
      "settlement. Please cancel the charge and issue a credit note.\n\n{sign}\nFinance Team, Jankowski Lomax "
      "LLP",
      short_labels(c=True, ex=True, cat="fees_charges"),
      "The writer calls it a complaint about a platform fee charged against the agreement, so an explicit "
      "complaint with category fees_charges.",
      who=("person", ["jankowskilomax.co.uk"]), html="maybe"),
    S(50, "pexa", "ord", "Adding a second signer",
      "{greet}\n\nCould you tell me how to add a second authorised signer to a workspace that is already open? "
      "Our partner who usually signs is away next week and I want to have someone in place before settlement "
      "on {ws}.\n\n{sign}",
      NONE, "A neutral how-to question is an enquiry, so complaint=false and category none.",
      who=("person", ["dunmorehepworth.co.uk"]), html="maybe"),
    S(51, "pexa", "ord", "Heathcote held up our completion",
      "{greet}\n\nWe bought {n3} {street} and were due to complete on Friday. Our solicitor says everything was "
      "ready on the platform but Heathcote did not release the mortgage money until Monday afternoon, so we "
      "spent the weekend in a hotel with the removal van booked twice. The bank keeps telling us to speak to "
      "the solicitor. We want Heathcote to explain this and pay for the extra costs.\n\n{sign}",
      short_labels(c=True, cat="delay", firm="hcb"),
      "A home buyer's grievance purely about the lender's late release of funds is an implicit consumer "
      "complaint to be forwarded: about_other_firm=hcb, category delay.",
      who=("person", PERSONAL), html="maybe"),
    S(52, "pexa", "ord", "My user data",
      "{greet}\n\nI have used PEXA as a conveyancer at two firms over the last five years. [[access|Please send "
      "me a copy of the personal data you hold about me as a user, including my login history and training "
      "records.]] [[portability|I'd also like my training records in a machine-readable file such as CSV so I "
      "can upload them to my new firm's learning system.]]\n\nNo problems to report, I'm just keeping my own "
      "records up to date.\n\n{sign}",
      short_labels(r="access,portability"),
      "A rights request without dissatisfaction: a copy of the data is access, a CSV to load into another "
      "system is portability; complaint=false.",
      who=("person", PERSONAL), html="maybe"),
    S(53, "pexa", "ord", "I'd like to complain about the verification process",
      "{greet}\n\nI'd like to complain about how our firm's registration has been handled. We submitted our "
      "identity documents on {d0} and have been asked to resubmit them three times, each time for a different "
      "reason, and each time the new request came a week after the last. We still cannot open a workspace. "
      "Please have someone review our file and tell us exactly what is outstanding.\n\n{sign}\nPractice "
      "Manager, Ellwood Mbeki Law",
      short_labels(c=True, ex=True, cat="onboarding"),
      "An explicit complaint about repeated identity-verification requests during registration: the specific "
      "theme onboarding beats delay.",
      who=("person", ["ellwoodmbeki.co.uk"]), html="maybe"),
    S(54, "pexa", "ord", "Wrong settlement statement received",
      "{greet}\n\nThis morning your support team emailed us a settlement statement for workspace {ws}, which is "
      "not one of ours. It shows the names, address and loan figures of a couple we don't act for. We have "
      "deleted it and not passed it on. Just letting you know so you can deal with it; no need to reply to "
      "us.\n\n{sign}",
      short_labels(br=True),
      "A report that another client's data was sent to the wrong firm describes a breach, but the writer is "
      "not dissatisfied and expects no reply: complaint=false, breach=true; 'deleted' is not erasure.",
      who=("person", ["varleyfitzgerald.co.uk"]), html="maybe"),

    # =========================================================================================================
    # Conexus, ordinary mail (6)
    S(55, "conexus", "ord", "On hold again",
      "{greet}\n\nI have tried to ring you twice today and both times waited over 40 minutes before giving up. "
      "I only want to pay off the last of my balance on account {acct}. Can someone call me back on {phone}, "
      "after 6pm if possible.\n\n{sign}",
      short_labels(c=True, cat="wait_time"),
      "Long hold times with a call-back demand are an implicit complaint about waiting to reach someone, so "
      "wait_time.",
      who=("person", PERSONAL), html="maybe",
      short=("on hold 40 mins twice today, acct {acct} - call me back {phone} after 6", "")),
    S(56, "conexus", "ord", "Lumen bill - I had moved out",
      "{greet}\n\nYour letter says I owe £{fee} to Lumen for water at {n3} {street}. I moved out of that flat on "
      "{d0} and gave Lumen a final meter reading the same day - I have the email. They kept billing the empty "
      "flat. I don't owe this and I want Lumen to correct their bill.\n\n{sign}",
      short_labels(c=True, cat="debt_dispute", firm="lwt"),
      "The debt comes from the creditor's own billing after move-out, which only Lumen can fix: implicit "
      "complaint, about_other_firm=lwt, debt_dispute.",
      who=("person", PERSONAL), html="maybe"),
    S(57, "conexus", "ord", "Name change on account {acct}",
      "{greet}\n\nI got married in the summer and my surname has changed from {plast} to {last}. [[rectification|"
      "Please update the name on my account to {first} {last}.]] I can send a copy of the certificate if you "
      "need it.\n\n{sign}",
      short_labels(r="rectification"),
      "A neutral request to correct a record is rectification without a complaint.",
      who=("person", PERSONAL), html="maybe"),
    S(58, "conexus", "ord", "Formal complaint - your agent discussed my debt with my flatmate",
      "{greet}\n\nI am making a formal complaint. On {d0} one of your agents rang our landline, my flatmate "
      "answered, and the agent told her I owed £{fee} and that it was 'in collections'. I had never given "
      "you that number. [[access|I want a copy of the recording of that call.]] I also want an explanation "
      "and an apology.\n\n{sign}",
      short_labels(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
      "Debt details disclosed to a third person is a breach and the main grievance is data handling; a copy "
      "of the call recording is access; the writer calls it a formal complaint.",
      who=("person", PERSONAL), html="maybe"),
    S(59, "conexus", "ord", "Remittance schedule for October",
      "{greet}\n\nCould you confirm whether the October remittance for our placed accounts will go out on the "
      "usual date, given the bank holiday change? Our finance team needs to plan the reconciliation.\n\n"
      "{sign}\nCollections Partnerships, Sterling Credit Loans",
      NONE, "A creditor client's neutral operational question: no complaint, and staff writing for their own "
      "firm are not third_party.",
      who=("person", ["sterlingcredit.co.uk"]), html="maybe"),
    S(60, "conexus", "ord", "How did you get my work email?",
      "{greet}\n\nYou have started emailing me about account {acct} at my work address. I have never given "
      "that address to you or to the original lender, and my employer's IT team can see these emails. "
      "[[informed|Tell me where you got this address and what gives you the right to use it.]] "
      "[[restriction|Until you have answered, do not use that address for anything.]] [[erasure|Then remove it "
      "from your records and use my home address only.]]\n\n{sign}",
      short_labels(c=True, pd=True, r="informed,restriction,erasure", cat="personal_data"),
      "Being contacted at a work address he never gave is data obtained and used unexpectedly, an implicit "
      "complaint; source and basis = informed, no use meanwhile = restriction, removing it = erasure.",
      who=("person", ["brennanlomax-engineering.co.uk"]), html="maybe"),
]

STREETS = ["Larkspur Close", "Mill Race Lane", "Abbotsford Road", "Tern Crescent", "Quarry Hill",
           "Beechwood Avenue", "Sorrel Way", "Copper Beech Drive"]
TOWNS = ["Leeds", "Swindon", "Norwich", "Preston", "Cardiff", "Exeter", "Derby", "Stirling"]
MPS = ["Helena Varley", "Robert Achterberg", "Sunita Kilbride", "Gareth Fairbairn"]
MONTHS = ["February", "March", "April", "May"]


def person(rng, domain):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if domain in PERSONAL:
        style = rng.randrange(3)
        local = [f"{first.lower()}.{last.lower()}", f"{first.lower()}{last.lower()}{rng.randrange(10, 99)}",
                 f"{first[0].lower()}{last.lower()}"][style]
    else:
        local = rng.choice([f"{first[0].lower()}.{last.lower()}", f"{first.lower()}.{last.lower()}"])
    return first, last, f"{local}@{domain}"


def values(rng, sc):
    """Every placeholder value of one rendering (drawn in a fixed order)."""
    v = {}
    v["cname"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    v["cphone"] = f"0{rng.choice(['113', '117', '161', '121', '131', '29'])} 496 0{rng.randrange(100, 999)}"
    v["phone"] = f"07700 900{rng.randrange(100, 999)}"
    back = rng.choice(DATES)
    v["back"] = back
    day, rest = back.split(" ", 1)
    dnum, mon = rest.split()
    v["back_cy"] = f"{WELSH_DATES[day]} {dnum} {WELSH_MONTHS[mon]}"
    v["back_pl"] = rest.split()[0] + "." + {"July": "07", "August": "08", "September": "09",
                                              "October": "10"}[rest.split()[1]]
    v["d0"] = rng.choice(SHORT_DATES)
    si = rng.randrange(len(DATES) - 1)
    v["sent"] = f"{DATES[si]} {rng.randrange(8, 17)}:{rng.randrange(0, 60):02d}"
    v["read"] = f"{DATES[si + 1]} {rng.randrange(8, 20)}:{rng.randrange(0, 60):02d}"
    v["ws"] = f"{rng.choice(['31', '32', '47'])}-{rng.randrange(10000, 99999)}"
    v["acct"] = f"CX-{rng.randrange(1000000, 9999999)}"
    if sc["mailbox"] == "pexa":
        v["cref"] = f"PX-C-{rng.randrange(20000, 29999)}"
    else:
        v["cref"] = f"CX-C-{rng.randrange(100000, 999999)}"
    v["n1"], v["n2"], v["n3"], v["n4"] = (rng.randrange(1, 99), rng.randrange(2, 250), rng.randrange(2, 140),
                                          rng.randrange(100000, 999999))
    v["fee"] = f"{rng.randrange(28, 420)}.{rng.choice(['00', '50', '40', '99'])}"
    v["fee2"] = f"{rng.randrange(28, 420)}.00"
    v["inv1"] = rng.randrange(40000, 48000)
    v["inv2"] = v["inv1"] + rng.randrange(3, 60)
    v["street"] = rng.choice(STREETS)
    v["town"] = rng.choice(TOWNS)
    v["mp"] = rng.choice(MPS)
    v["month"] = rng.choice(MONTHS)
    pf, pl, _ = person(rng, "x.co.uk")
    pdom = rng.choice(PERSONAL)
    v["pfirst"], v["plast"], v["pinit"] = pf, pl, pf[0]
    v["ptitle"] = f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Miss'])} {pl}"
    v["pdom"] = pdom
    v["paddr"] = f"{pf.lower()}.{pl.lower()}@{pdom}"
    v["pdom2"] = rng.choice(["lomaxbancroft.co.uk", "brightwaterdebt.org.uk", "hepworthlaw.co.uk"])
    return v


def render(rng, sc, idx, opts):
    """One email of scenario sc; opts are the envelope choices drawn for this rendering."""
    v = values(rng, sc)
    kind, spec = sc["who"]
    if kind == "fixed":
        sender = spec[idx]
        v["name"], v["first"], v["last"], v["addr"] = "", "", "", ""
    else:
        domain = rng.choice(spec)
        first, last, addr = person(rng, domain)
        if sc["sid"] == f"{PREFIX}-s021":  # the MP's office: the mailbox of the MP named in the text
            first, last = v["mp"].split()
            addr = f"{first.lower()}.{last.lower()}.mp@parliament.uk"
        v["first"], v["last"], v["name"], v["addr"] = first, last, f"{first} {last}", addr
        sender = f"{first} {last} <{addr}>"
        v["pdom2"] = domain
        if sc["sid"] == f"{PREFIX}-s021":
            sender = f"{first} {last} MP <{addr}>"
        if sc["sid"] == f"{PREFIX}-s028":  # a list post: the list's address, the poster's name
            sender = f"{first} {last} via collections-forum <collections-forum@listserv.csa-members.org.uk>"
    v["greet"] = rng.choice(GREET[sc["mailbox"]])
    v["sign"] = rng.choice(SIGN).format(**v)
    subject_t, body_t = (sc["short"] if opts["short"] else (sc["subject"], sc["body"]))
    subject_m = subject_t.format(**v)
    body_m = body_t.format(**v)
    if opts["typo"]:
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.3)
    quote = None
    if opts["quote"]:
        heads, qtext = sc["quote"]
        head = rng.choice(heads).format(d=f"{rng.randrange(1, 29)} {rng.choice(['Jun', 'Jul', 'Aug', 'Sep'])} 2025")
        quote = (head, qtext.replace("[WS]", v["ws"]))
    subject = strip_marks(subject_m, MARK_RIGHTS)
    body = strip_marks(body_m, MARK_RIGHTS)
    env = ("html" if opts["html"] else "plain") + ("+quote" if quote else "") + ("+typo" if opts["typo"] else "") \
        + ("+short" if opts["short"] else "") + ("+headers" if sc["headers"] else "")
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body, html=opts["html"], quote=quote,
        subject_marks=rights_marks_of(subject_m), body_marks=rights_marks_of(body_m), labels=sc["labels"],
        note=sc["note"], source=sc["sid"], env=env, headers=sc["headers"])


def envelopes(rng, sc):
    """The envelope choices of the two renderings of sc, drawn so that the two differ."""
    q_one = rng.randrange(2)
    s_one = rng.randrange(2)
    out = []
    for i in range(2):
        html = {"never": False, "both": True, "maybe": rng.random() < 0.35}[sc["html"]]
        quote = sc["quote"] is not None and (sc["qmode"] == "both" or (sc["qmode"] == "one" and i == q_one))
        short = sc["short"] is not None and i == s_one
        typo = sc["typos"] and not short and rng.random() < 0.4
        if short:
            html = False
        out.append({"html": html, "quote": quote, "short": short, "typo": typo})
    return out


def build(rng):
    recs = []
    for sc in SCEN:
        for i, opts in enumerate(envelopes(rng, sc)):
            recs.append(render(rng, sc, i, opts))
    return recs


def summary(records, env_count):
    labs = [r["labels"] for r in records]
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r["labels"])
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(by_src)} scenarios"]
    lines.append(f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}")
    lines.append(f"auto_generated: {sum(l['auto_generated'] for l in labs)} emails, "
                 f"{sum(l['auto_generated'] for l in by_src.values())} scenarios; "
                 f"complaints: {sum(l['complaint'] for l in labs)} emails "
                 f"({sum(l['explicit'] for l in labs)} explicit); third_party: {sum(l['third_party'] for l in labs)}")
    lines.append(f"auto with headers: {sum(1 for r in records if r['labels']['auto_generated'] and r['headers'])} "
                 f"of {sum(l['auto_generated'] for l in labs)}")
    for right in RIGHTS:
        e = sum(right in l["rights"] for l in labs)
        s = sum(right in l["rights"] for l in by_src.values())
        if e:
            lines.append(f"  {right}: {e} emails, {s} scenarios")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    assert len(SCEN) == 60 and len({s["sid"] for s in SCEN}) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
