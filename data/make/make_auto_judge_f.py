#!/usr/bin/env python3
"""Evaluation set auto_judge_f: machine-made mail (out-of-office, bounces, receipts, autoresponders, newsletters,
mailing lists, system notifications) against look-alikes a person wrote and ordinary mail of the two mailboxes.

60 scenarios (30 pexa, 30 conexus): 28 machine-made, 20 person-written look-alikes, 12 ordinary. Each scenario is
rendered twice with two different envelopes drawn from the seeded rng. Labels follow
/work/shared/labelling/labelling-guide.md. Stdlib only.

Usage:  python data/make/make_auto_judge_f.py   (writes data/trials/auto_judge_f.jsonl)
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels as L, strip_marks, typos_outside_marks)

SEED = 20271121
PREFIX = "auf"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "auto_judge_f.jsonl")

FIRST = ["Aisha", "Ben", "Carys", "Declan", "Eleni", "Farid", "Gemma", "Hamish", "Ifeoma", "Jonah", "Kirsty",
         "Lukasz", "Maya", "Niall", "Olu", "Priya", "Quentin", "Rosa", "Sanjay", "Tamsin", "Umar", "Verity",
         "Wes", "Xenia", "Yusuf", "Zara", "Callum", "Deborah", "Ewan", "Fiona", "Graham", "Harpreet", "Imogen",
         "Jake", "Leona", "Marek", "Nadia", "Owain", "Phoebe", "Rhys"]
LAST = ["Abbott", "Baptiste", "Chowdhury", "Dunmore", "Ellery", "Fairweather", "Gallagher", "Hussain", "Iqbal",
        "Jablonski", "Kaur", "Lindgren", "McAlister", "Nwosu", "Oyelaran", "Pritchard", "Quinlan", "Rahman",
        "Sefton", "Thorne", "Underwood", "Varga", "Whitlock", "Yardley", "Zielinski", "Brennan", "Castell",
        "Delaney", "Esposito", "Fletcher", "Gill", "Hartigan", "Kowalczyk", "Llewellyn", "Mensah", "Nakamura",
        "Okafor", "Penhaligon", "Ruddock", "Stannard"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com"]
GREET = {
    "pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Dear PEXA team,", "Hi there,",
             "Dear Customer Resolution Team,"],
    "conexus": ["Hello,", "Dear Sir or Madam,", "Hi,", "To whom it may concern,", "Dear Conexus,", "Good afternoon,",
                "Dear Sir/Madam,"],
}
SIGN = ["Regards,\n{full}", "Kind regards,\n{first}", "Thanks,\n{first}", "Many thanks\n{full}",
        "Best wishes,\n{full}", "{first}", "Thank you\n\n{full}", "Cheers,\n{first}"]

# envelopes: plain, html, reply, reply_html, typo, reply_typo, short, subject_only, raw_html (newsletters)
ENV_PERSON = ["plain", "html", "reply", "reply_html", "typo", "reply_typo"]
ENV_OOO = ["plain", "html", "reply", "reply_html", "typo", "short"]

# ---------------------------------------------------------------------------------------------
# the firms' earlier messages (quoted below the new text in the reply envelopes)

Q_PX_ACK = ("On {qd}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
            "Dear {first},\n\nThank you for your email about workspace {ws}. We have logged your complaint under "
            "reference PX-C-{px} and a member of the team will send you a full response within five business "
            "days.\n\nKind regards\nCustomer Resolution Team\nPEXA")
Q_PX_INFO = ("On {qd}, PEXA Support <support@pexa.co.uk> wrote:",
             "Hello {first},\n\nThanks for your message. The next live 'Workspace essentials' session is on "
             "{date2}; you can book a place from the Training hub in the portal. Our reference for your query is "
             "PX-S-{ref}.\n\nBest regards\nPEXA Support")
Q_PX_GENERAL = ("On {qd}, PEXA Support <support@pexa.co.uk> wrote:",
                "Hello {first},\n\nThank you for your message. Your query has been passed to the relevant team under "
                "reference PX-S-{ref} and we will come back to you shortly.\n\nBest regards\nPEXA Support")
Q_PX_OUTAGE = ("On {qd}, PEXA Support <support@pexa.co.uk> wrote:",
               "Hello {first},\n\nWe are aware of an issue affecting some workspaces today and our engineers are "
               "working on it. Please check the status page for updates. Reference PX-S-{ref}.\n\nPEXA Support")
Q_PX_NEWS = ("On {qd}, PEXA Insider <insider@news.pexa.co.uk> wrote:",
             "PEXA Insider - your weekly update\n\nNew: settlement reporting dashboard for lenders\nWebinar: "
             "lodgement tips from our support team\n\nYou are receiving this email as a PEXA Insider subscriber "
             "(id {ref}). Unsubscribe | Update preferences")
Q_PX_FINAL = ("On {qd}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:",
              "Dear {first},\n\nFurther to your complaint PX-C-{px}, we have refunded the duplicated workspace fee "
              "and the credit will show on your next invoice. We are sorry for the inconvenience.\n\nYours "
              "sincerely\nCustomer Resolution Team")
Q_PX_INVITE = ("On {qd}, PEXA Notifications <noreply@notifications.pexa.co.uk> wrote:",
               "Workspace {ws}: invitation expired\n\nThe invitation sent to the incoming lender for workspace {ws} "
               "was not accepted within 48 hours and has expired. To continue, resend the invitation from the "
               "Participants tab.\n\nNotification ID {ref}. This mailbox is not monitored.")
Q_CX_ACK = ("On {qd}, Conexus Complaints <complaints@conexus-services.com> wrote:",
            "Dear {first} {last},\n\nThank you for contacting us about account {cx}. We have recorded your complaint "
            "under reference CX-C-{px} and will write to you with our findings. If you need to speak to us in the "
            "meantime please call 0300 555 0144.\n\nYours sincerely\nComplaints Team\nConexus")
Q_CX_PLAN = ("On {qd}, Conexus Customer Services <customerservices@conexus-services.com> wrote:",
             "Dear {first} {last},\n\nWe confirm the payment arrangement on account {cx} of {instal} per month, "
             "starting on {date2}. Please quote reference {ref} when you make a payment.\n\nKind regards\n"
             "Customer Services\nConexus")
Q_CX_FINAL = ("On {qd}, Conexus Complaints <complaints@conexus-services.com> wrote:",
              "Dear {first} {last},\n\nFinal response to your complaint CX-C-{px}\n\nWe have upheld your complaint. "
              "The account is now closed with a nil balance and we have asked the credit reference agencies to "
              "remove the default we reported in error.\n\nYours sincerely\nComplaints Team")
Q_CX_CLIENT = ("On {qd}, Conexus Client Services <clients@conexus-services.com> wrote:",
               "Hi {first},\n\nPlease find attached the remittance for {month} and the list of accounts closed as "
               "paid in full. Our batch reference is {ref}.\n\nKind regards\nClient Services\nConexus")
Q_CX_PAYFAIL = ("On {qd}, Conexus Online <noreply@myaccount.conexus-services.com> wrote:",
                "Your payment could not be taken\n\nWe were unable to collect your scheduled payment of {instal} "
                "for account {cx}. A missed payment charge may be applied in line with your arrangement. Log in to "
                "your account to pay now.\n\nMessage reference {ref}. Please do not reply to this email.")

H_OOO = {"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"}
H_DSN = {"return-path": "<>", "auto-submitted": "auto-replied",
         "content-type": "multipart/report; report-type=delivery-status; boundary=\"=_dsn_4f1c\""}


def S(sid, mailbox, kind, labels, note, subject, body, envs, **kw):
    d = dict(sid=sid, mailbox=mailbox, kind=kind, labels=labels, note=note, subject=subject, body=body, envs=envs)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------------------------
# scenarios

AUTO = L(auto=True)

SCENARIOS = [
    # ================================ PEXA: machine-made (14) ================================
    S("auf-s001", "pexa", "auto", AUTO,
      "Out-of-office reply (Auto-Submitted/X-Autoreply headers, leave dates, alternative contact) to our complaint "
      "acknowledgement: auto_generated, and the complaint wording in the subject and quote does not count.",
      "Automatic reply: Your complaint PX-C-{px}",
      "Thank you for your message. I am on annual leave and back in the office on {ret}. Your email has not been "
      "forwarded.\n\nIf your matter concerns a completion this week, please ring our post-completion desk on "
      "{phone} or email completions@fenwickdray.co.uk.\n\n{full}\nSenior Conveyancer | Fenwick Dray LLP",
      ["plain", "html", "typo", "reply", "short"], sender="person", domain="fenwickdray.co.uk", headers=H_OOO,
      quote=Q_PX_ACK, force_reply=True, reply_subject="Re: Your complaint PX-C-{px} [Out of Office]",
      short="Away until {ret}. Urgent completions: {phone}.\n\n{full}"),
    S("auf-s002", "pexa", "auto", AUTO,
      "Bilingual English/Welsh out-of-office with no auto headers: the standard 'away until ... contact ...' text "
      "alone makes it auto_generated.",
      "Re: Workspace {ws} - fee query",
      "Thank you for your email. I am out of the office until {ret}. For urgent matters please contact the "
      "conveyancing team on {phone}.\n\nDiolch am eich e-bost. Rydw i allan o'r swyddfa tan {retnum}. Ar gyfer materion "
      "brys, cysylltwch a'r tim trawsgludo ar {phone}.\n\n{full}\nCyfreithiwr / Solicitor\nLlys Taf Law, Caerdydd / "
      "Cardiff",
      ["plain", "html", "reply", "reply_html", "typo"], sender="person", domain="llystaflaw.cymru", quote=Q_PX_GENERAL),
    S("auf-s003", "pexa", "auto", AUTO,
      "No headers, but a parental-leave auto-reply naming who covers the mailbox: machine-sent, auto_generated "
      "(the sender works for a directory lender, which changes nothing).",
      "Re: Signing authority update - workspace {ws}",
      "Hello, and thanks for getting in touch.\n\nI'm currently on parental leave and won't be picking up email "
      "until {ret}. While I'm away, {cover} in Mortgage Operations is looking after my workspaces - you can reach "
      "them on {phone}.\n\nThis is an automated response.\n\n{full}\nMortgage Operations, Heathcote Bank",
      ["plain", "reply", "reply_html", "typo", "short"], sender="person", domain="heathcotebank.co.uk",
      quote=Q_PX_GENERAL, short="On parental leave until {ret}. Please contact {cover}, Mortgage Operations, {phone}."),
    S("auf-s004", "pexa", "auto", AUTO,
      "MAILER-DAEMON delivery failure (Return-Path <>, multipart/report) of our complaint update; the returned "
      "message's complaint text is quoted history, so auto_generated and nothing else.",
      "Undelivered Mail Returned to Sender",
      "This is the mail system at host relay2.pexa.co.uk.\n\nI'm sorry to have to inform you that your message "
      "could not be delivered to one or more recipients. It's attached below.\n\n<{email}>: host "
      "mx.{domain_c}[198.51.100.{oct}] said: 550 5.1.1 The email account that you tried to reach does not exist "
      "(in reply to RCPT TO command)\n\n--- Returned message ---\nFrom: Customer Resolution Team "
      "<complaints@pexa.co.uk>\nTo: {email}\nSubject: Update on your complaint PX-C-{px}\n\nDear {first},\n\nWe "
      "are still investigating the settlement failure on workspace {ws} and expect to send our full response by "
      "{date2}. We apologise for the delay.\n\nCustomer Resolution Team",
      ["plain", "html"], sender_fixed="Mail Delivery System <MAILER-DAEMON@relay2.pexa.co.uk>", headers=H_DSN),
    S("auf-s005", "pexa", "auto", AUTO,
      "Non-delivery report with no headers, recognisable from the postmaster sender and the 'couldn't be delivered' "
      "diagnostic: auto_generated.",
      "Undeliverable: Training booking confirmation - {date2}",
      "Your message to {email} couldn't be delivered.\n\n{local} wasn't found at {domain_c}.\n\n{firmname}  "
      "Office 365  {local}\nAction Required  Recipient\n\nUnknown To address\n\nHow to Fix It\nThe address "
      "may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then "
      "resend the message.\n\nDiagnostic information for administrators:\nGenerating server: "
      "LO2P265MB{oct}.GBRP265.PROD.OUTLOOK.COM\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
      "Recipient not found by SMTP address lookup'\n\nOriginal message headers:\nSubject: Training booking "
      "confirmation - {date2}\nFrom: PEXA Training <training@pexa.co.uk>",
      ["plain", "html"], sender_fixed="Microsoft Outlook <postmaster@{domain_c}>",
      domain="brightwellconveyancing.co.uk"),
    S("auf-s006", "pexa", "auto", AUTO,
      "Read receipt (multipart/report disposition-notification): a machine confirmation that our reply was read, "
      "auto_generated.",
      "Read: Re: Your complaint PX-C-{px}",
      "Your message\n\nTo: {full}\nSubject: Re: Your complaint PX-C-{px}\nSent: {qdate}\n\nwas read on {date1} at "
      "{time}.",
      ["plain", "html"], sender="person", domain="brightwellconveyancing.co.uk",
      headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"rcpt_7d\""}),
    S("auf-s007", "pexa", "auto", AUTO,
      "Delivery receipt without any header: the 'your message has been delivered' text is machine-made, "
      "auto_generated.",
      "Delivered: Workspace {ws} - settlement statement query",
      "Your message has been delivered to the following recipients:\n\n{full} ({email})\n\nSubject: Workspace {ws} "
      "- settlement statement query",
      ["plain", "subject_only"], sender_fixed="Microsoft Outlook <postmaster@{domain_c}>", domain="tvmortgages.co.uk",
      firmname="Thames Valley Mortgages", domain_c="tvmortgages.co.uk"),
    S("auf-s008", "pexa", "auto", AUTO,
      "A participant lender's ticket system acknowledging the consumer complaint PEXA forwarded (Auto-Submitted, "
      "X-Auto-Response-Suppress): auto_generated, so no complaint and no about_other_firm although Kestrel is named.",
      "[KBS-CR-{tk}] We have received your enquiry",
      "Thank you for contacting Kestrel Building Society Customer Relations.\n\nWe have received your enquiry and "
      "logged it under reference KBS-CR-{tk}. Please keep this reference and quote it in any further "
      "correspondence.\n\nWe aim to acknowledge complaints in writing within five working days. If your enquiry is "
      "about a completion due in the next 48 hours, call us on 0300 123 4410.\n\nThis is an automated message - "
      "replies to this address are not monitored.\n\nKestrel Building Society is authorised by the Prudential "
      "Regulation Authority.",
      ["plain", "html"], sender_fixed="Kestrel Customer Relations <noreply-cr@kestrelbs.co.uk>",
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"}),
    S("auf-s009", "pexa", "auto", AUTO,
      "A search provider's helpdesk autoresponder with a ticket number and no headers: auto_generated; the "
      "'delays' it mentions are not a grievance from a person.",
      "Ticket #{tk} received - Harbourside Property Searches",
      "Hi,\n\nThanks for contacting Harbourside Property Searches support. Your request has been received and "
      "ticket #{tk} has been created.\n\nOur current response time is 2 working days. Due to high volumes, local "
      "authority search returns are taking longer than usual; we are sorry for any delays this may cause.\n\nTo "
      "add information to this ticket, reply above this line.\n\nHarbourside Support Team\n(This email was sent "
      "automatically.)",
      ["plain", "html"], sender_fixed="Harbourside Support <support@harbourside-searches.co.uk>"),
    S("auf-s010", "pexa", "newsletter", AUTO,
      "HTML industry newsletter with Precedence: bulk, List-Id and List-Unsubscribe: auto_generated, and its "
      "articles about complaints and data rights are topics, not requests.",
      "Conveyancing Digest: complaint volumes, cyber fraud, and your data rights questions answered",
      "CONVEYANCING DIGEST - {date1}\n\nComplaints about conveyancers hit a five-year high\nThe Legal Ombudsman's "
      "latest figures show delay remains the biggest single cause of complaints, ahead of costs and poor "
      "communication.\n\nPayment redirection fraud: what changed this quarter\nTwo new scam patterns targeting "
      "completion funds, and the checks firms are adding.\n\nAsk the expert: can a client ask you to delete their "
      "file?\nWe explain when erasure requests can be refused because of retention duties.\n\nYou are receiving "
      "this email because you subscribed to Conveyancing Digest. Unsubscribe: "
      "https://conveyancingdigest.co.uk/u/{tk}",
      ["raw_html", "plain"], sender_fixed="Conveyancing Digest <news@conveyancingdigest.co.uk>",
      headers={"precedence": "bulk", "list-id": "Conveyancing Digest <digest.conveyancingdigest.co.uk>",
               "list-unsubscribe": "<https://conveyancingdigest.co.uk/u/{tk}>, "
                                   "<mailto:leave@conveyancingdigest.co.uk>"},
      html_raw="<html><body>\n<table width=\"600\"><tr><td>\n<h1 style=\"color:#1b3a5c\">Conveyancing Digest</h1>\n"
               "<p style=\"color:#777\">{date1}</p>\n<h2>Complaints about conveyancers hit a five-year high</h2>\n"
               "<p>The Legal Ombudsman's latest figures show delay remains the biggest single cause of complaints, "
               "ahead of costs and poor communication. <a href=\"https://conveyancingdigest.co.uk/a/1\">Read "
               "more</a></p>\n<h2>Payment redirection fraud: what changed this quarter</h2>\n<p>Two new scam patterns "
               "targeting completion funds, and the checks firms are adding.</p>\n<h2>Ask the expert: can a client "
               "ask you to delete their file?</h2>\n<p>We explain when erasure requests can be refused because of "
               "retention duties.</p>\n<p style=\"font-size:10px\">You are receiving this email because you "
               "subscribed to Conveyancing Digest. <a href=\"https://conveyancingdigest.co.uk/u/{tk}\">Unsubscribe</a>"
               " | <a href=\"https://conveyancingdigest.co.uk/prefs\">Preferences</a></p>\n</td></tr></table>\n"
               "</body></html>"),
    S("auf-s011", "pexa", "newsletter", AUTO,
      "A mailing-list digest without headers (digest volume/issue, list footer): mailing-list mail is "
      "auto_generated even though members' posts criticise a platform.",
      "PropTech-Practitioners Digest, Vol 14, Issue {oct}",
      "Send PropTech-Practitioners mailing list submissions to\n\tproptech-practitioners@lists.landlaw-forum.org.uk"
      "\n\nToday's Topics:\n\n   1. Re: Lodgement rejected twice - anyone else? ({name2})\n   2. Remote ID checks "
      "for overseas sellers ({name3})\n\n----------------------------------------------------------------------\n\n"
      "Message: 1\nDate: {date1}\nFrom: {name2}\nSubject: Re: Lodgement rejected twice - anyone else?\n\nWe had the "
      "same last month; it turned out the title plan reference was in the wrong field. Worth checking before "
      "raising it with the platform.\n\n------------------------------\n\nMessage: 2\nDate: {date1}\nFrom: {name3}\n"
      "Subject: Remote ID checks for overseas sellers\n\nDoes anyone have a provider they would recommend for "
      "sellers living in the Gulf?\n\n------------------------------\n\n_______________________________________________"
      "\nPropTech-Practitioners mailing list\nTo unsubscribe or change your options, visit "
      "https://lists.landlaw-forum.org.uk/options/proptech-practitioners",
      ["plain", "html"], sender_fixed="PropTech-Practitioners <proptech-practitioners-request@lists.landlaw-forum.org.uk>"),
    S("auf-s012", "pexa", "auto", AUTO,
      "Platform system notification (no headers, 'this mailbox is not monitored'): auto_generated even though it "
      "says a settlement failed.",
      "Action required: settlement for workspace {ws} did not complete",
      "Workspace {ws}\nStatus: Settlement failed\nTime: {date1}, {time}\n\nSettlement could not be completed because "
      "the incoming lender's funds were not authorised before the cut-off. Any subscriber on the workspace can "
      "reschedule settlement from the Settlement tab.\n\nYou are receiving this notification because "
      "complaints@pexa.co.uk is registered as a notification contact for this workspace.\n\nNotification ID "
      "{tk}. This mailbox is not monitored.",
      ["plain", "html"], sender_fixed="PEXA Notifications <noreply@notifications.pexa.co.uk>"),
    S("auf-s013", "pexa", "auto", AUTO,
      "Sign-in security alert from a software provider (no headers): a system notification, auto_generated; the "
      "'if this wasn't you' prompt is not a complaint.",
      "New sign-in to your Casewise account",
      "Hi {first},\n\nWe noticed a new sign-in to your Casewise account.\n\nWhen: {date1}, {time}\nDevice: Chrome on "
      "Windows\nApproximate location: Manchester, United Kingdom\n\nIf this was you, you don't need to do anything. "
      "If you don't recognise this activity, reset your password straight away and contact your administrator.\n\n"
      "The Casewise Security Team\nThis is an automatically generated email. Please do not reply.",
      ["plain", "html", "short"], sender_fixed="Casewise Security <security-noreply@casewise.app>",
      short="New sign-in to your Casewise account on {date1} at {time} (Chrome, Windows). Not you? Reset your "
            "password now."),
    S("auf-s014", "pexa", "auto", AUTO,
      "Remittance advice from a bank payment system (Auto-Submitted: auto-generated): a payment notification, "
      "auto_generated.",
      "Remittance advice - payment to Digital Completion UK Ltd",
      "REMITTANCE ADVICE\n\nPayer: Marsh & Penrose Conveyancing\nPayee: Digital Completion UK Ltd\nAmount: "
      "{amount}\nPayment date: {date1}\nPayment reference: PXINV{tk}\n\nThis payment has been sent by Faster "
      "Payment and should reach the payee's account within two hours.\n\nThis is an automated notification "
      "generated by Northway Business Banking. Replies to this address are not read.",
      ["plain", "html"], sender_fixed="Northway Business Banking <payments-noreply@northwaybusiness.co.uk>",
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "OOF, AutoReply"}),

    # ================================ PEXA: person-written look-alikes (10) ================================
    S("auf-s015", "pexa", "look", L(),
      "A person's own note that they will be away and who picks up their open complaint: person-written, so not "
      "auto_generated; it voices no new dissatisfaction, so not a complaint either.",
      "Re: Your complaint PX-C-{px} - I'm away next fortnight",
      "{greet}\n\nJust a quick note before I go: I'm having an operation on {date2} and will be off for about two "
      "weeks. While I'm away my colleague {cover} will deal with the fee complaint we raised on workspace {ws} - "
      "the direct line is {phone}. {cover} has the file and knows the background, so please copy your response "
      "to them as well as me.\n\nThanks for your help so far.\n\n{sign}\nFenwick Dray LLP",
      ENV_PERSON, sender="person", domain="fenwickdray.co.uk", quote=Q_PX_ACK),
    S("auf-s016", "pexa", "look", L(c=True, cat="platform_defect"),
      "A person forwarding a bounce with their own words on top is not auto_generated; their text is an implicit "
      "complaint (workspace stuck for days, completion at risk, call me), category platform_defect.",
      "Fwd: Undeliverable: Workspace {ws}",
      "{greet}\n\nSorry to use this address but your support mailbox keeps bouncing my emails (see below), and I "
      "can't get through any other way. Workspace {ws} has been stuck on 'Lodgement pending' since Monday with no "
      "error message, and we are due to complete on Friday. The buyers are already packing.\n\nCan somebody who "
      "can actually see the workspace ring me today on {phone}?\n\n{sign}\nConveyancing Executive, Brightwell "
      "Conveyancing\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem "
      "<mailer-daemon@brightwellconveyancing.co.uk>\nDate: {date1}\nSubject: Undeliverable: Workspace {ws}\n\n"
      "Delivery to the following recipient failed permanently:\n\n    support-desk@pexa.co.uk\n\nThe server "
      "responded: 552 5.2.2 Mailbox full",
      ["plain", "html", "typo"], sender="person", domain="brightwellconveyancing.co.uk"),
    S("auf-s017", "pexa", "look", L(),
      "A person forwarding our automatic acknowledgement to add a missing detail: person-written, neutral, so "
      "neither auto_generated nor a complaint.",
      "Fwd: We've received your request [PX-S-{tk}]",
      "{greet}\n\nI got the automatic acknowledgement below a few minutes ago - I forgot to put the workspace "
      "number in my original email. It's {ws}, and the lender is Thames Valley Mortgages. Nothing else has "
      "changed.\n\n{sign}\n\n---------- Forwarded message ---------\nFrom: PEXA Support <noreply@pexa.co.uk>\n"
      "Date: {date1}\nSubject: We've received your request [PX-S-{tk}]\n\nThanks for contacting PEXA Support. Your "
      "request has been logged and we aim to respond within two business days. This is an automated message.",
      ["plain", "html", "typo"], sender="person", domain="greyfriarslaw.co.uk"),
    S("auf-s018", "pexa", "look", L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "A person complaining (explicitly) about marketing newsletters that continue after unsubscribing: not "
      "auto_generated; unexpected use of their address makes it personal_data; 'I object to marketing' = objection, "
      "'delete me from the list' = erasure.",
      "Your newsletters - I've unsubscribed three times",
      "{greet}\n\nI'm writing to complain about the 'PEXA Insider' newsletters. I left conveyancing in the spring "
      "and unsubscribed on {date1}, again a week later and once more last month, each time getting a page saying "
      "I had been removed. They still arrive every Tuesday, now at my personal address, which I never gave you "
      "for marketing.\n\n[[objection|I object to my email address being used for any marketing by PEXA.]] "
      "[[erasure|Please delete my details from your mailing lists entirely rather than just flagging me as "
      "unsubscribed.]]\n\nI'd like written confirmation when that's done.\n\n{sign}",
      ENV_PERSON, sender="person", domain=None, quote=Q_PX_NEWS),
    S("auf-s019", "pexa", "look", L(r="access", tp=True),
      "A formulaic solicitor's letter is still written by a person: a subject access request made for a client "
      "(third_party, access) with no dissatisfaction, so complaint=false.",
      "Our client: {cfull} - {addr1} - request for personal data",
      "Dear Sirs\n\nOur client: {cfull}\nProperty: {addr1}\n\nWe act for the above-named in connection with the "
      "sale of the property, which completed through your platform on {date1}. We enclose our client's signed "
      "authority.\n\n[[access|On behalf of our client, we request a copy of all personal data relating to "
      "{cfull} that you hold, including workspace records and audit logs.]]\n\nPlease send the information to "
      "this office. We look forward to hearing from you within one month.\n\nYours faithfully\n\n{full}\nPartner\n"
      "Lindgren Sefton Solicitors",
      ["plain", "html", "typo"], sender="person", domain="lindgrensefton.co.uk"),
    S("auf-s020", "pexa", "look", L(c=True, cat="process"),
      "A person's reply to a portal notification is not auto_generated (the notification is only quoted); "
      "dissatisfaction with the 48-hour expiry rule itself plus a demand is an implicit complaint, category process.",
      "Re: Workspace {ws}: invitation expired",
      "{greet}\n\nThis is the third time this week an invitation has lapsed because your rule gives the other side "
      "only 48 hours, and lenders simply don't accept them that quickly. Every time it happens I have to start "
      "again and the settlement date slips. Please either extend the window or explain why it has to be so "
      "short.\n\n{sign}\nPost-completion Team, Quinlan & Co",
      ["reply", "reply_html", "reply_typo"], sender="person", domain="quinlanco.co.uk", quote=Q_PX_INVITE),
    S("auf-s021", "pexa", "look", L(),
      "A neutral question from a person with a long signature (working hours, 'Sent from my iPhone', disclaimer): "
      "the signature does not make it auto_generated, and it is an enquiry.",
      "Workspace training for new starter",
      "{greet}\n\nWe have a new paralegal starting on {date2}. Is there a self-paced module she can do before the "
      "live session, or does she need to be added as a user first?\n\n{sign}\n\nMy working days are Monday to "
      "Wednesday, 9.30 to 3. Messages outside those hours will be answered on my next working day.\n\nSent from "
      "my iPhone\n\nThis email and any attachments are confidential and intended solely for the addressee. If "
      "you have received it in error, please notify the sender and delete it.",
      ["plain", "html", "typo", "short"], sender="person", domain="penhaligonlaw.co.uk",
      short="Hi - new paralegal starts {date2}, can she do a self-paced module before being added as a user?\n\n"
            "Sent from my iPhone"),
    S("auf-s022", "pexa", "look", L(),
      "A person pasted part of our newsletter (with its unsubscribe line) into a question: the pasted footer does "
      "not make it a newsletter; a neutral enquiry.",
      "Question about the webinar in your newsletter",
      "{greet}\n\nI've copied the bit from your newsletter below. Does this webinar count towards CPD hours, and "
      "will a recording be available for staff who can't attend live?\n\n\"Lodgement without the headaches - "
      "live webinar, {date2}, 12.30pm. Book via the Training hub.\nYou are receiving this because you are a "
      "registered PEXA user. Unsubscribe | Manage preferences\"\n\n{sign}",
      ["plain", "html", "typo"], sender="person", domain="castellmorris.co.uk"),
    S("auf-s023", "pexa", "look", L(c=True, cat="delay", firm="mpc"),
      "A short consumer message ending 'Sent from my Galaxy' is person-written; dissatisfaction with her "
      "conveyancer Marsh & Penrose (a directory participant) not replying is a complaint to forward, "
      "about_other_firm=mpc, delay.",
      "marsh penrose not answering",
      "hi my conveyancer is Marsh and Penrose and I have emailed them 4 times since {date1} with no reply. "
      "Exchange was supposed to be this week and my buyer is threatening to pull out. your name is on their "
      "letters so can you get them to ring me back {phone}\n\n{first}\n\nSent from my Galaxy",
      ["plain", "typo", "short"], sender="person", domain=None,
      short="marsh + penrose havent replied in 3 weeks, exchange due this week, buyer about to walk. pls get them "
            "to call me {phone}\n\nSent from my Galaxy"),
    S("auf-s024", "pexa", "look", L(c=True, cat="onboarding"),
      "A person forwarding a staff out-of-office with their own words on top is not auto_generated; the onboarding "
      "application stalled for weeks with nobody responsible is an implicit complaint, category onboarding (the "
      "specific theme that caused the delay).",
      "Fwd: Automatic reply: Our onboarding application",
      "{greet}\n\nThis is the reply I got from our onboarding contact - they're away until the end of next month. We "
      "sent our verification documents on {date1} and have heard nothing since. Three weeks on, we still can't "
      "open a workspace and are having to turn clients away. Who is dealing with our application now, and when "
      "will it be approved?\n\n{sign}\nPractice Manager, Yardley Whitlock Solicitors\n\n---------- Forwarded "
      "message ---------\nFrom: {cover} <onboarding.team@pexa.co.uk>\nSubject: Automatic reply: Our onboarding "
      "application\n\nI'm out of the office until {ret} with limited access to email.",
      ["plain", "html", "typo"], sender="person", domain="yardleywhitlock.co.uk"),

    # ================================ PEXA: ordinary mail (6) ================================
    S("auf-s025", "pexa", "ordinary", L(c=True, ex=True, cat="platform_defect"),
      "A law firm's formal complaint about an outage that stopped settlement: explicit complaint about the "
      "platform failing, platform_defect; staff writing for their own firm are not third_party.",
      "Formal complaint - outage on {date1}, workspace {ws}",
      "{greet}\n\nPlease treat this as a formal complaint. On {date1} the platform was unavailable from about 11am "
      "until after 3pm, so the settlement on workspace {ws} could not run and our client spent the night in a "
      "hotel with her removal van parked outside. Nobody from PEXA warned us or updated the status page until "
      "the afternoon.\n\nWe expect a written explanation of the outage and reimbursement of the costs our client "
      "incurred, which we will itemise once we have them.\n\n{sign}\nHead of Residential Property, Okafor "
      "Brennan LLP",
      ENV_PERSON, sender="person", domain="okaforbrennan.co.uk", quote=Q_PX_OUTAGE),
    S("auf-s026", "pexa", "ordinary", L(c=True, cat="delay", firm="hcb"),
      "A buyer's complaint purely about his lender (Heathcote Bank, a participant in the directory) releasing "
      "funds late: forward, about_other_firm=hcb, category delay.",
      "Completion missed - Heathcote mortgage funds",
      "{greet}\n\nWe were meant to complete on our new house yesterday. Our solicitor says everything was ready on "
      "the platform but Heathcote Bank didn't release the mortgage money until 4.45pm, long after the cut-off, "
      "so it now won't happen until Monday. We have paid for an extra weekend of storage and a second van.\n\n"
      "Heathcote haven't explained anything. I want them to tell us why this happened and to cover the extra "
      "costs.\n\n{sign}",
      ["plain", "html", "typo"], sender="person", domain=None),
    S("auf-s027", "pexa", "ordinary", L(),
      "A lender's routine question about adding an authorised signatory: an enquiry, complaint=false.",
      "Adding a second authorised signatory",
      "{greet}\n\nWe would like to add a second authorised signatory for our organisation so that settlements can "
      "still be signed when our operations manager is on leave. Is there a form for this, and does the new "
      "signatory need to complete verification before they can sign?\n\n{sign}\nOperations, Sterling Credit "
      "Loans",
      ENV_PERSON, sender="person", domain="sterlingcredit.co.uk", quote=Q_PX_GENERAL),
    S("auf-s028", "pexa", "ordinary", L(c=True, pd=True, r="rectification,access", cat="personal_data"),
      "A former user's profile still shows her at her old firm: inaccurate personal data held, implicit complaint, "
      "category personal_data; 'correct it' = rectification, 'a copy of what you hold' = access.",
      "My user profile is wrong",
      "{greet}\n\nI moved from Greyfriars Law to a new firm in {month} but anyone searching the participant "
      "directory still sees me listed as a Greyfriars conveyancer with my old phone number. Two agents have "
      "already called the wrong office looking for me, which is embarrassing and is costing me work.\n\n"
      "[[rectification|Please correct my profile so it shows my current firm and my new number, {phone}.]] "
      "[[access|I'd also like a copy of all the personal data you hold about me, so I can check nothing else is "
      "out of date.]]\n\n{sign}",
      ENV_PERSON, sender="person", domain=None, quote=Q_PX_GENERAL),
    S("auf-s029", "pexa", "ordinary", L(),
      "Thanks after a resolved fee complaint ('no complaints' from the team): praise, not a complaint; the quoted "
      "complaint reference is history.",
      "Re: Refund of duplicated fee",
      "{greet}\n\nThanks for sorting the refund so quickly - I can see the credit on this month's invoice. The "
      "team have had no complaints about the platform since the update either, so all good from our side.\n\n"
      "{sign}",
      ["reply", "reply_html", "reply_typo", "short"], sender="person", domain="ruddockpartners.co.uk",
      quote=Q_PX_FINAL, short="Credit received, thanks very much.\n\n{first}"),
    S("auf-s030", "pexa", "ordinary", L(c=True, r="automated_decision", cat="onboarding"),
      "A firm's registration rejected by the automated identity check with no explanation: implicit complaint, "
      "onboarding; asking for a person rather than the system to review = automated_decision (no data grievance).",
      "Registration rejected again",
      "{greet}\n\nOur firm's registration was rejected for the second time on {date1}, by the automated identity "
      "check as far as I can tell, because the email just says 'verification unsuccessful'. Our SRA number and "
      "director details are correct and match Companies House. We have now lost five weeks.\n\n"
      "[[automated_decision|I want a member of your onboarding team, not the automated check, to look at our "
      "documents and make the decision.]]\n\n{sign}\nDirector, Nakamura Gill Property Lawyers",
      ENV_PERSON, sender="person", domain="nakamuragill.co.uk", quote=Q_PX_GENERAL),

    # ================================ Conexus: machine-made (14) ================================
    S("auf-s031", "conexus", "auto", AUTO,
      "A money adviser's out-of-office with auto-reply headers quoting our complaint acknowledgement: "
      "auto_generated, so not third_party and not a complaint.",
      "Automatic reply: Your complaint CX-C-{px}",
      "Thank you for your email. I am away from the office until {ret} and am not checking messages.\n\nIf you are "
      "writing about an existing client, please email advice@riversidedebthelp.org.uk or call the advice line on "
      "{phone}, quoting the client's name and date of birth.\n\n{full}\nDebt Adviser\nRiverside Debt Help - "
      "registered charity no. 11{oct}22",
      ["plain", "reply", "reply_html", "typo"], sender="person", domain="riversidedebthelp.org.uk",
      headers=H_OOO, quote=Q_CX_ACK, force_reply=True, reply_subject="Re: Your complaint CX-C-{px} (auto-reply: away until {ret})"),
    S("auf-s032", "conexus", "auto", AUTO,
      "A debtor's work out-of-office in English and Polish, no headers: the away-until text is automatic, so "
      "auto_generated, and the quoted payment-plan letter adds nothing.",
      "Re: Your payment arrangement - account {cx}",
      "I am on holiday until {ret}. For warehouse rota questions please contact the shift office on {phone}.\n\n"
      "Jestem na urlopie do {retnum}. W sprawach grafiku prosze kontaktowac sie z biurem zmianowym: {phone}.\n\n"
      "{full}\nTeam Leader, Westgate Distribution",
      ENV_OOO, sender="person", domain="westgatedistribution.co.uk", quote=Q_CX_PLAN,
      short="On holiday until {ret} / Na urlopie do {retnum}."),
    S("auf-s033", "conexus", "auto", AUTO,
      "An MP's office automatic acknowledgement (no headers): 'this is an automated response' with casework "
      "advice makes it auto_generated, so not third_party.",
      "Thank you for contacting {mpname} MP",
      "Thank you for contacting the office of {mpname} MP.\n\nThis is an automated response to confirm we have "
      "received your email. Please note that {mpname} can only take up casework for constituents, so if you have "
      "not already done so, please reply with your full postal address.\n\nDue to the volume of correspondence "
      "we aim to respond within 15 working days. If your enquiry is urgent, please call the constituency office "
      "on {phone}.\n\nOffice of {mpname} MP\nHouse of Commons, London SW1A 0AA",
      ["plain", "html"], sender_fixed="Office of {mpname} MP <{mpmail}@parliament.uk>"),
    S("auf-s034", "conexus", "auto", AUTO,
      "A creditor contact's bilingual English/French out-of-office, no headers: auto_generated (a directory "
      "creditor sending it changes nothing).",
      "Re: Remittance and closed accounts - {month}",
      "Thank you for your message. I am out of the office until {ret} with no access to email. For remittance "
      "queries please contact collections.partners@northline-energy.co.uk.\n\nMerci pour votre message. Je suis "
      "absent(e) du bureau jusqu'au {retnum} sans acces a mes e-mails. Pour toute question sur les reversements, "
      "veuillez ecrire a collections.partners@northline-energy.co.uk.\n\n{full}\nAgency Partnerships Manager, "
      "Northline Energy",
      ENV_OOO, sender="person", domain="northline-energy.co.uk", quote=Q_CX_CLIENT,
      short="Out of office until {ret} / Absent(e) jusqu'au {retnum}. Remittances: collections.partners@northline-"
            "energy.co.uk"),
    S("auf-s035", "conexus", "auto", AUTO,
      "Bounce (Return-Path <>, multipart/report, mailbox full) of our letter about a complaint: auto_generated; the "
      "complaint text is in the returned message only.",
      "Delivery Status Notification (Failure)",
      "This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipient "
      "failed permanently:\n\n     {email}\n\nTechnical details of permanent failure:\n552 5.2.2 The recipient's "
      "mailbox is full and can't accept messages now.\n\n----- Original message -----\n\nFrom: Conexus Complaints "
      "<complaints@conexus-services.com>\nTo: {email}\nDate: {qdate}\nSubject: Your complaint CX-C-{px} - "
      "account {cx}\n\nDear {first} {last},\n\nWe wrote to you on {date2} about your complaint that our agent "
      "called your workplace. We have not yet received the information we asked for...",
      ["plain", "html"], sender_fixed="Mail Delivery Subsystem <mailer-daemon@mx3.conexus-services.com>",
      headers=H_DSN),
    S("auf-s036", "conexus", "auto", AUTO,
      "A webmail 'address not found' bounce with no headers: the mailer-daemon sender and the diagnostic text "
      "make it auto_generated.",
      "Address not found",
      "Your message wasn't delivered to {email} because the address couldn't be found, or is unable to receive "
      "mail.\n\nThe response from the remote server was:\n550 5.1.1 <{email}>: Recipient address rejected: User "
      "unknown in virtual mailbox table\n\n----- Original message -----\nSubject: Account {cx} - your income "
      "and expenditure form\n\nDear {first},\nPlease find attached the form we discussed...",
      ["plain", "subject_only"], sender_fixed="Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
    S("auf-s037", "conexus", "auto", AUTO,
      "A read receipt from a debtor's mail client (no headers): 'your message was read' is machine text, "
      "auto_generated, even though the subject is our final response to a complaint.",
      "Read: Final response to your complaint CX-C-{px}",
      "Your message\n\n  To: {first} {last}\n  Subject: Final response to your complaint CX-C-{px}\n  Sent: "
      "{qdate}\n\nwas read on {date1} {time}.",
      ["plain", "html"], sender="person", domain=None),
    S("auf-s038", "conexus", "auto", AUTO,
      "A creditor's helpdesk autoresponder with a request number (Auto-Submitted header): auto_generated; no "
      "about_other_firm even though Pennant Mobile sends it.",
      "We've received your request [#{tk}]",
      "Hi there,\n\nThanks for getting in touch with Pennant Mobile. Your request #{tk} has been received and one "
      "of our team will reply within 3 working days.\n\nYou don't need to reply to this email. If you have more "
      "information to add, reply above this line and it will be added to your request.\n\nPennant Mobile "
      "Customer Care\n\n--\n[KP7-{oct}Q] This email is a service from Pennant Mobile.",
      ["plain", "html"], sender_fixed="Pennant Mobile Customer Care <help@pennantmobile.co.uk>",
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}),
    S("auf-s039", "conexus", "auto", AUTO,
      "A debt-advice charity's automatic acknowledgement (no headers): auto_generated, so no third_party even "
      "though the charity represents debtors.",
      "We've got your message - StepClear Debt Advice",
      "Thank you for contacting StepClear Debt Advice.\n\nThis is an automatic reply to let you know we've received "
      "your email. Our advisers reply to creditor correspondence within 10 working days. If you are chasing a "
      "financial statement, please allow 30 days from the date the client first contacted us.\n\nIf this is "
      "about a Breathing Space, you can check its status on the Insolvency Service portal.\n\nStepClear Debt "
      "Advice, a registered charity",
      ["plain", "html", "short"], sender_fixed="StepClear Debt Advice <creditors@stepclear.org.uk>",
      short="Automatic reply: we've received your email and aim to reply within 10 working days. StepClear Debt "
            "Advice"),
    S("auf-s040", "conexus", "newsletter", AUTO,
      "A debt-advice charity's HTML newsletter with Precedence: bulk and List-Unsubscribe: auto_generated; "
      "'complaint' and 'vulnerability' are article topics.",
      "Creditor Bulletin: vulnerability, Breathing Space breaches and complaint trends",
      "CREDITOR BULLETIN - {month}\n\nWhat our clients tell us\nCalls during a Breathing Space remain the top "
      "reason our clients ask us to complain on their behalf.\n\nVulnerability flags: what good looks like\nA "
      "checklist for collection teams, from first contact to closure.\n\nRegister for our free creditor "
      "forum on {date2}.\n\nYou are receiving this as a registered creditor contact. Unsubscribe: "
      "https://stepclear.org.uk/unsub/{tk}",
      ["raw_html", "plain"], sender_fixed="StepClear Creditor Bulletin <bulletin@stepclear.org.uk>",
      headers={"precedence": "bulk", "list-unsubscribe": "<https://stepclear.org.uk/unsub/{tk}>",
               "list-id": "creditor-bulletin.stepclear.org.uk"},
      html_raw="<html><head><title>Creditor Bulletin</title></head><body>\n<div style=\"max-width:620px\">\n"
               "<h1>Creditor Bulletin</h1><p><em>{month}</em></p>\n<h3>What our clients tell us</h3>\n<p>Calls "
               "during a Breathing Space remain the top reason our clients ask us to complain on their behalf.</p>"
               "\n<h3>Vulnerability flags: what good looks like</h3>\n<p>A checklist for collection teams, from "
               "first contact to closure. <a href=\"https://stepclear.org.uk/vuln\">Download</a></p>\n<p><a "
               "href=\"https://stepclear.org.uk/forum\">Register for our free creditor forum on {date2}</a></p>\n"
               "<hr><p style=\"font-size:11px\">You are receiving this as a registered creditor contact. <a "
               "href=\"https://stepclear.org.uk/unsub/{tk}\">Unsubscribe</a></p>\n</div>\n</body></html>"),
    S("auf-s041", "conexus", "newsletter", AUTO,
      "A data-protection briefing newsletter with no headers (plain text, 'view in browser', unsubscribe "
      "footer): auto_generated; its talk of access and erasure requests asks nothing of us.",
      "DataWise Briefing #{oct}: subject access requests after the new Act",
      "View this email in your browser: https://datawisebriefing.co.uk/issue/{oct}\n\nDATAWISE BRIEFING - issue "
      "{oct}\n\n1. Subject access requests: the 'reasonable and proportionate' search now has a statutory basis. "
      "What it means for firms that hold call recordings.\n2. Erasure requests from former customers: when "
      "retention rules win.\n3. Complaints to the regulator about data handling rose again in the last "
      "quarter.\n\nDataWise Briefing is sent to subscribers every fortnight. To stop receiving it, reply with "
      "UNSUBSCRIBE or use the link on our website.",
      ["plain", "html"], sender_fixed="DataWise Briefing <briefing@datawisebriefing.co.uk>"),
    S("auf-s042", "conexus", "newsletter", AUTO,
      "A post to an industry discussion list (List-Id, List-Post and a 'you received this because you are "
      "subscribed' footer): mailing-list mail is auto_generated even though a member wrote the post.",
      "[collections-compliance] Breathing Space notifications arriving late?",
      "Has anyone else noticed Breathing Space notifications from the Insolvency Service portal arriving a day or "
      "two after the start date? We had three last month and are reviewing whether to backdate holds.\n\n{name2}"
      "\n\n--\nYou received this message because you are subscribed to the collections-compliance list run by "
      "the Credit Collections Forum. To unsubscribe, email collections-compliance+unsubscribe@ccforum.org.uk.",
      ["plain", "html"], sender_fixed="{name2} via collections-compliance <collections-compliance@ccforum.org.uk>",
      headers={"list-id": "<collections-compliance.ccforum.org.uk>", "list-post":
               "<mailto:collections-compliance@ccforum.org.uk>", "precedence": "list"}),
    S("auf-s043", "conexus", "auto", AUTO,
      "An online-payment notification from the payment provider, no headers: a system notification, "
      "auto_generated.",
      "Payment received - thank you",
      "Payment confirmation\n\nMerchant: Conexus Services Ltd\nAmount: {instal}\nCard: Visa ending {oct}4\nDate: "
      "{date1} {time}\nAuthorisation code: {tk}\n\nThis receipt was generated automatically by PayBridge. Please "
      "keep it for your records. Do not reply to this email.",
      ["plain", "html", "short"], sender_fixed="PayBridge Receipts <receipts@paybridge-payments.com>",
      short="PayBridge: {instal} paid to Conexus Services Ltd on {date1}. Auth {tk}."),
    S("auf-s044", "conexus", "auto", AUTO,
      "A case-management SLA alert (Auto-Submitted: auto-generated): a system notification, auto_generated; "
      "'complaint' and 'breach' of a deadline in it are not a grievance or a data breach.",
      "[CaseTrack] SLA warning: complaint CX-C-{px} response due in 2 days",
      "CaseTrack alert\n\nCase: CX-C-{px}\nAccount: {cx}\nStage: Investigation\nFinal response due: {date2}\n"
      "Owner: {cover}\n\nThis case will breach its 8-week response deadline in 2 days. Open CaseTrack to update "
      "the case or request an extension.\n\nYou are receiving this alert because you are subscribed to the "
      "Complaints queue. Manage alerts in CaseTrack settings.",
      ["plain", "html"], sender_fixed="CaseTrack <alerts@casetrack.conexus-services.com>",
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All", "precedence": "bulk"}),

    # ================================ Conexus: person-written look-alikes (10) ================================
    S("auf-s045", "conexus", "look", L(),
      "A debtor's own note that he will be in hospital and who can speak for him: person-written, so not "
      "auto_generated; no dissatisfaction; he writes for himself, so not third_party.",
      "Account {cx} - away in hospital",
      "{greet}\n\nJust letting you know I'm going into hospital on {date2} for an operation and will be in for about "
      "ten days, so I won't be able to answer the phone. My payment will still go out on the 1st as normal.\n\n"
      "If you need anything while I'm away, my partner {cover} can talk to you - I'm happy for you to discuss the "
      "account with them. Their number is {phone}.\n\n{sign}",
      ["plain", "html", "typo", "reply", "short"], sender="person", domain=None, quote=Q_CX_PLAN,
      short="In hospital from {date2} for about 10 days. Payment still going out on the 1st. My partner {cover} "
            "({phone}) can speak for me.\n\n{first}"),
    S("auf-s046", "conexus", "look", L(tp=True),
      "A money adviser's hand-written note about her leave and who covers her client's case: person-written "
      "(not auto_generated), written on the client's behalf (third_party), not a complaint.",
      "Client {cfull} - {cx} - cover while I'm away",
      "{greet}\n\nI'll be on leave from {date2} until {ret}. My colleague {cover} will look after {cfull}'s case "
      "while I'm away and can be reached on {phone}.\n\nAs agreed on our call, please keep the account on hold "
      "until the financial statement reaches you; {cover} will send it by the end of the month.\n\n{sign}\nMoney "
      "Adviser, Riverside Debt Help",
      ["plain", "html", "typo"], sender="person", domain="riversidedebthelp.org.uk"),
    S("auf-s047", "conexus", "look", L(c=True, cat="inaccurate_information"),
      "A debtor forwarding a bounce with his own words on top is not auto_generated; our letters giving a dead "
      "address and then threatening action for not replying is an implicit complaint, inaccurate_information.",
      "Fwd: Address not found - my form for account {cx}",
      "{greet}\n\nI tried to send my income and expenditure form to the email address printed on your letter and "
      "it bounced straight back (below). That's the second address from your letters that doesn't work. Now "
      "I've had another letter saying further action will be taken because I haven't replied.\n\nI have replied, "
      "twice. Please put a stop to the action, tell me an address that actually works, and confirm you've got the "
      "form (attached again).\n\n{sign}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem "
      "<mailer-daemon@googlemail.com>\nDate: {date1}\nSubject: Address not found\n\nYour message wasn't delivered "
      "to incomeforms@conexus-collect.co.uk because the address couldn't be found.",
      ["plain", "html", "typo"], sender="person", domain="gmail.com"),
    S("auf-s048", "conexus", "look", L(c=True, ex=True, pd=True, r="informed,erasure", cat="personal_data"),
      "An explicit complaint about automatic reminder emails sent to a work address the writer never gave: "
      "unexpected use of data (personal_data), 'where did you get it / on what basis' = informed, 'delete it' = "
      "erasure.",
      "Complaint - your automatic emails to my work address",
      "{greet}\n\nI am making a complaint about the automated payment reminders you are sending to my work email. "
      "I have never given you this address - all my letters go to my home - and the reminders arrive on a shared "
      "inbox at work most mornings.\n\n[[informed|Please tell me where you got my work email address from and on "
      "what legal basis you are using it.]] [[erasure|I want that address deleted from your records.]] Post to my "
      "home address is fine.\n\n{sign}",
      ENV_PERSON, sender="person", domain=None, quote=Q_CX_PLAN),
    S("auf-s049", "conexus", "look", L(r="access", tp=True),
      "A solicitor's formulaic letter of instruction: written by a person for a client (third_party); the Article "
      "15 request is access; asking for the credit agreement is a consumer-credit request, not a data right; no "
      "dissatisfaction, not a complaint.",
      "Our client {cfull} - your ref {cx}",
      "Dear Sirs\n\nRe: {cfull}, {addr1}\nYour reference: {cx}\n\nWe are instructed by the above-named client and "
      "enclose a signed form of authority. Please direct all future correspondence about this account to this "
      "office.\n\nKindly provide a copy of the executed credit agreement and a statement of account showing how "
      "the balance is made up. [[access|We also request, under Article 15 UK GDPR, a copy of all personal data "
      "you hold about our client, including call recordings and file notes.]]\n\nWe look forward to hearing from "
      "you.\n\nYours faithfully\n\n{full}\nUnderwood Esposito Solicitors",
      ["plain", "html", "typo"], sender="person", domain="underwoodesposito.co.uk"),
    S("auf-s050", "conexus", "look", L(tp=True),
      "A money adviser's standard template letter asking for a hold and interest freeze: formulaic but "
      "person-sent, third_party, a routine request rather than a complaint.",
      "Request to hold account - {cfull} - {cx}",
      "Dear Sir/Madam\n\nClient: {cfull}\nAccount: {cx}\n\nWe are assisting the above client with their debts. "
      "Please hold all collection activity on this account for 30 days while we complete a full financial "
      "statement, and freeze any interest or charges during this time.\n\nPlease note our client's preferred "
      "contact is through this service.\n\nYours faithfully\n\n{full}\nDebt Adviser\nStepClear Debt Advice\n"
      "Tel {phone}",
      ["plain", "html", "typo"], sender="person", domain="stepclear.org.uk"),
    S("auf-s051", "conexus", "look", L(c=True, cat="fees_charges"),
      "A person's reply to our 'payment could not be taken' notification (only quoted) saying the payment did go "
      "through and demanding the missed-payment charge is removed: implicit complaint, fees_charges.",
      "Re: Your payment could not be taken",
      "{greet}\n\nThe money left my bank on the date it was due - I can send you the statement. Your system has now "
      "put a £12 missed payment charge on my account for a payment I made. Take the charge off and confirm my plan "
      "is still in place, because I've never missed one.\n\n{sign}",
      ["reply", "reply_html", "reply_typo"], sender="person", domain=None, quote=Q_CX_PAYFAIL),
    S("auf-s052", "conexus", "look", L(r="rectification"),
      "A short 'Sent from my iPhone' message from a debtor: person-written; a balance question and a new phone "
      "number ('update my number' = rectification), no dissatisfaction.",
      "new number + balance",
      "Hi, can you tell me what's left on account {cx} after this month's payment? [[rectification|Also my "
      "number has changed, please update it to {phone}.]]\n\nThanks\n{first}\n\nSent from my iPhone",
      ["plain", "typo", "short"], sender="person", domain=None,
      short="whats my balance on {cx}? [[rectification|and pls update my mobile to {phone}]]\n\nSent from my iPhone"),
    S("auf-s053", "conexus", "look", L(),
      "A person pasting our email footer (with its unsubscribe line) to ask for post instead of email: "
      "person-written; a channel preference about account letters is a service request, not objection (not "
      "marketing), and not a complaint.",
      "Letters by post please - {cx}",
      "{greet}\n\nCould you send anything about my account by post from now on rather than email? I don't check "
      "this inbox very often. I tried the link at the bottom of your last email (pasted below) but I think it only "
      "covers the newsletter.\n\n\"You are receiving this email because you have an account with Conexus. "
      "Unsubscribe from updates | Privacy notice\"\n\n{sign}\n{addr1}",
      ["plain", "html", "typo"], sender="person", domain=None),
    S("auf-s054", "conexus", "look", L(c=True, cat="delay"),
      "A creditor client forwarding a collector's out-of-office with her own words on top is not auto_generated; "
      "a remittance late for the second month with a demand is an implicit complaint, delay; she writes for her "
      "own firm (not third_party) and the complaint is about Conexus (about_other_firm null).",
      "Fwd: Automatic reply: March remittance",
      "{greet}\n\nSee below - {cover} is away until {ret}, and we still don't have the remittance file for last "
      "month. This is the second month running it has come late and our finance team can't close the month "
      "without it. Please have someone else send it today and let me know who covers the account when they're "
      "away.\n\n{sign}\nCollections Partnerships, Sterling Credit Loans\n\n---------- Forwarded message ---------"
      "\nFrom: {cover} <{covermail}@conexus-services.com>\nSubject: Automatic reply: March remittance\n\nThank you "
      "for your email. I am out of the office until {ret}.",
      ["plain", "html", "typo"], sender="person", domain="sterlingcredit.co.uk"),

    # ================================ Conexus: ordinary mail (6) ================================
    S("auf-s055", "conexus", "ordinary", L(c=True, ex=True, cat="wait_time"),
      "Explicit complaint about being on hold and cut off: waiting to reach someone is wait_time.",
      "Complaint about your phone line",
      "{greet}\n\nI want to complain about your phone line. On {date1} I waited on hold for 48 minutes to set up a "
      "payment and was cut off as soon as someone answered. I tried again the next day and gave up after half "
      "an hour. I am trying to pay you.\n\nPlease call me back on {phone} at a time you can actually answer.\n\n"
      "{sign}\nAccount {cx}",
      ENV_PERSON, sender="person", domain=None, quote=Q_CX_PLAN),
    S("auf-s056", "conexus", "ordinary", L(c=True, cat="debt_dispute", firm="nte"),
      "A debt for energy used after the writer moved out: the root cause is the creditor's bill, so about_other_firm="
      "nte (Northline Energy), debt_dispute, implicit.",
      "Northline bill - I had moved out",
      "{greet}\n\nYour letter says I owe Northline Energy {amount} for a property I left in {month} last year. I gave "
      "them a final meter reading and my forwarding address at the time, and the new tenant took over the "
      "account. The bill is for energy used after I had gone.\n\nNorthline need to correct this - I shouldn't be "
      "paying for someone else's gas. Please pass this on to them and hold the account meanwhile.\n\n{sign}",
      ["plain", "html", "typo"], sender="person", domain=None),
    S("auf-s057", "conexus", "ordinary", L(r="access,portability"),
      "A neutral data request: 'a copy of everything you hold' = access, 'payment history as a CSV to load into my "
      "budgeting app' = portability; no dissatisfaction, not a complaint.",
      "Request for my data - {cx}",
      "{greet}\n\nI'm getting my finances in order with a budgeting app. [[access|Could you send me a copy of all "
      "the personal data you hold about me?]] [[portability|I'd also like my payment history in a CSV file so I "
      "can import it into the app.]]\n\nEmail is fine. Thanks in advance.\n\n{sign}",
      ENV_PERSON, sender="person", domain=None, quote=Q_CX_PLAN),
    S("auf-s058", "conexus", "ordinary", L(c=True, ex=True, tp=True, cat="delay"),
      "An MP's caseworker chasing a constituent's complaint unanswered after nine weeks: third_party, explicit "
      "('my constituent's complaint'), category delay.",
      "Constituent {cfull} - {cx}",
      "{greet}\n\nI am writing on behalf of {mpname} MP about a constituent, {cfull} of {addr1}, who has given "
      "her consent for us to act.\n\nMy constituent made a complaint to your company on {date1}. Nine weeks have "
      "now passed and she has received neither a final response nor any update, despite two reminders. Please "
      "let me know when she will receive your response and why it has taken so long.\n\n{sign}\nCaseworker to "
      "{mpname} MP",
      ["plain", "html", "typo"], sender="person", domain="parliament.uk"),
    S("auf-s059", "conexus", "ordinary",
      L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
      "Our letter with his debt details went to his old address and was opened by the new tenant: a disclosure "
      "(breach, personal_data), implicit complaint; 'update my address' = rectification, 'send nothing there "
      "until then' = restriction.",
      "Letter sent to my old flat",
      "{greet}\n\nThe new tenant at my old flat has just messaged me a photo of your letter, which she opened, "
      "showing my name, my account number and the amount I owe. I gave you my new address in {month}. I am "
      "mortified that a stranger now knows my business.\n\n[[rectification|Please update my address to {addr1}.]] "
      "[[restriction|Until that is done, do not send anything to the old address.]] I also want to know how this "
      "happened.\n\n{sign}",
      ENV_PERSON, sender="person", domain=None, quote=Q_CX_PLAN),
    S("auf-s060", "conexus", "ordinary", L(),
      "Thanks after a complaint was upheld, with the final response quoted: the new text only thanks us, so "
      "complaint=false (the quoted 'complaint' is history).",
      "Re: Final response",
      "{greet}\n\nThank you for your letter. I'm very relieved that the account is closed and the default is "
      "coming off my file. I appreciate the time your team took to look into it properly.\n\n{sign}",
      ["reply", "reply_html", "reply_typo", "short"], sender="person", domain=None, quote=Q_CX_FINAL,
      short="Thank you - very relieved this is sorted.\n\n{first}"),
]


# ---------------------------------------------------------------------------------------------
# rendering

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MP_NAMES = ["Helen Garside", "Tom Ashworth", "Rukhsana Patel", "Gareth Morgan-Rees", "Clare Benbow"]


def weekday(d):
    """d, or the Monday after it if it falls at a weekend."""
    return d + datetime.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def fmt_date(d):
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"


def values(rng, sc):
    """The invented particulars of one rendering (fixed draw order)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    cfirst, clast = rng.choice(FIRST), rng.choice(LAST)
    covf, covl = rng.choice(FIRST), rng.choice(LAST)
    n2, n3 = f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    base = weekday(datetime.date(2025, 1, 6) + datetime.timedelta(days=rng.randrange(0, 330)))
    qd = weekday(base - datetime.timedelta(days=rng.randrange(3, 9)))
    d2 = weekday(base + datetime.timedelta(days=rng.randrange(3, 12)))
    ret = weekday(base + datetime.timedelta(days=rng.randrange(6, 20)))
    style = rng.randrange(4)
    if sc.get("domain"):
        domain = sc["domain"]
        local = [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}", f"{first}.{last}"][style].lower()
    else:
        domain = rng.choice(CONSUMER_DOMAINS)
        local = [f"{first}.{last}", f"{first}{last}{rng.randrange(10, 99)}", f"{first[0]}{last}",
                 f"{last}.{first}"][style].lower()
    mp = rng.choice(MP_NAMES)
    v = {
        "first": first, "last": last, "full": f"{first} {last}", "email": f"{local}@{domain}", "local": local,
        "cfull": f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Miss'])} {cfirst} {clast}",
        "cover": f"{covf} {covl}", "covermail": f"{covf}.{covl}".lower(), "name2": n2, "name3": n3,
        "qd": f"{qd.day} {qd.strftime('%b %Y')}", "date1": fmt_date(base), "date2": fmt_date(d2), "ret": fmt_date(ret), "retnum": ret.strftime("%d.%m.%Y"), "qdate": fmt_date(qd),
        "month": MONTHS[(base.month - 3) % 12], "time": f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}",
        "px": str(rng.randrange(20000, 39999)), "ws": f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}",
        "cx": f"CX-{rng.randrange(1000000, 9999999)}", "tk": str(rng.randrange(100000, 999999)),
        "oct": str(rng.randrange(11, 250)),
        "phone": rng.choice([f"0161 496 0{rng.randrange(100, 999)}", f"07700 900{rng.randrange(100, 999)}",
                             f"0113 496 0{rng.randrange(100, 999)}", f"020 7946 0{rng.randrange(100, 999)}"]),
        "amount": f"£{rng.randrange(25, 1900)}.{rng.randrange(100):02d}", "instal": f"£{rng.randrange(15, 160)}.00",
        "addr1": f"{rng.randrange(2, 140)} {rng.choice(['Mill Lane', 'Larch Close', 'Station Road', 'Bower Street', 'Kings Walk', 'Tanners Row'])}, "
                 f"{rng.choice(['Rotherham S60 2QL', 'Swindon SN2 8HT', 'Lancaster LA1 4XB', 'Ipswich IP3 9RN', 'Telford TF1 6JD'])}",
        "mpname": mp, "mpmail": mp.split()[-1].lower().replace("-", ""),
        "firmname": sc.get("firmname", "Brightwell Conveyancing"),
        "domain_c": sc.get("domain_c", "brightwellconveyancing.co.uk"),
        "ref": "{ref}",
    }
    v["greet"] = rng.choice(GREET[sc["mailbox"]])
    v["sign"] = rng.choice(SIGN).format(**v)
    return v


def render(rng, sc, env):
    v = values(rng, sc)
    subject = sc["subject"].format(**v)
    html = env in ("html", "reply_html")
    quote = None
    if env.startswith("reply"):
        head, text = sc["quote"]
        quote = (head.format(**v), text.format(**v))
        if sc.get("reply_subject"):
            subject = sc["reply_subject"].format(**v)
    if env == "short":
        body = sc["short"].format(**v)
    elif env == "subject_only":
        body = ""
    elif env == "raw_html":
        body = sc["html_raw"].format(**v)
    else:
        body = sc["body"].format(**v)
    if env in ("typo", "reply_typo"):
        body = typos_outside_marks(body, rng, MARK_RIGHTS, 0.35)
    if sc.get("sender_fixed"):
        sender = sc["sender_fixed"].format(**v)
    else:
        sender = f"{v['full']} <{v['email']}>"
    headers = {k: val.format(**v) for k, val in (sc.get("headers") or {}).items()}
    rec = finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=sender, subject=strip_marks(subject, MARK_RIGHTS),
        body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote, subject_marks=rights_marks_of(subject),
        body_marks=rights_marks_of(body), labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env,
        headers=headers)
    if env == "raw_html":
        rec["html"] = True
    return rec


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc.get("force_reply"):  # one rendering quotes our earlier message, the other does not
            envs = [rng.choice([e for e in sc["envs"] if e.startswith("reply")]),
                    rng.choice([e for e in sc["envs"] if not e.startswith("reply")])]
        else:
            envs = rng.sample(sc["envs"], 2)
        for env in envs:
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    from collections import Counter
    kinds = {sc["sid"]: sc["kind"] for sc in SCENARIOS}
    lines = [f"{OUT}: {len(records)} emails, {len({r['source'] for r in records})} scenarios"]
    kc = Counter(kinds[r["source"]] for r in records)
    lines.append("emails by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kc.items())))
    lines.append(f"auto_generated emails: {sum(r['labels']['auto_generated'] for r in records)}; with headers: "
                 f"{sum(bool(r['headers']) for r in records)}; complaints: "
                 f"{sum(r['labels']['complaint'] for r in records)}; third_party: "
                 f"{sum(r['labels']['third_party'] for r in records)}")
    rc, rs = Counter(), Counter()
    for r in records:
        for x in r["labels"]["rights"]:
            rc[x] += 1
    for sc in SCENARIOS:
        for x in sc["labels"]["rights"]:
            rs[x] += 1
    lines.append("rights (emails/scenarios): " + ", ".join(f"{k} {rc[k]}/{rs[k]}" for k in sorted(rc)))
    lines.append("envelopes: " + ", ".join(f"{k} {n}" for k, n in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    assert len(SCENARIOS) == 60 and len({sc["sid"] for sc in SCENARIOS}) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
