#!/usr/bin/env python3
"""Evaluation set auto_judge_a: machine-made mail (out-of-office, bounces, receipts, autoresponders, newsletters and
mailing lists, system notifications) against look-alikes a person wrote and ordinary mail of both mailboxes.

60 scenarios (30 pexa, 30 conexus): 28 machine-made, 20 person-written look-alikes, 12 ordinary. Each scenario is
rendered twice with different envelopes drawn from the generator's own rng. Every person, address and reference
is invented. Stdlib only.

Usage:  .venv/bin/python data/make/make_auto_judge_a.py   (writes data/trials/auto_judge_a.jsonl)
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270829
PREFIX = "aua"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_a.jsonl")

AUTO = short_labels(auto=True)

FIRST = ["Joanna", "Marcus", "Priti", "Declan", "Harriet", "Kwame", "Eilidh", "Rohan", "Bethan", "Olamide",
         "Siân", "Gareth", "Lucy", "Imogen", "Farhan", "Niamh", "Stuart", "Tendai", "Colette", "Dominic",
         "Yasmin", "Alistair", "Maureen", "Craig", "Anjali", "Ewan", "Rosalind", "Jamal", "Fiona", "Piotr",
         "Leanne", "Oliver", "Shabnam", "Rhodri", "Carmel", "Hugo", "Tamsin", "Kieran", "Abimbola", "Wendy"]
LAST = ["Pickford", "Oyelaran", "McAllister", "Sandhu", "Treharne", "Whitcombe", "Baptiste", "Galloway",
        "Rushworth", "Kaczmarek", "Delaney", "Nwachukwu", "Faulkner", "Lindsay", "Chaudhry", "Moorcroft",
        "Hargreaves", "Abernethy", "Quayle", "Ellwood", "Szabo", "Pennington", "Rahman", "Castellano",
        "Bramwell", "Okonkwo", "Tillotson", "Haldane", "Mistry", "Cartwright", "Loughlin", "Vaughan",
        "Ashdown", "Ferreira", "Gillespie", "Brennan", "Iqbal", "Sutcliffe", "Wojcik", "Ramsbottom"]
POLISH = [("Katarzyna", "Zielińska", "k.zielinska"), ("Tomasz", "Wróblewski", "t.wroblewski"),
          ("Agnieszka", "Pawlak", "a.pawlak"), ("Marek", "Dąbrowski", "m.dabrowski")]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "sky.com", "talktalk.net", "virginmedia.com", "proton.me"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STREETS = ["Larkspur Drive", "Quarry Lane", "Bellfield Road", "Chantry Close", "Mill Race Way", "Hawthorn Rise",
           "Sandgate Terrace", "Tanners Row", "Kingfisher Court", "Elm Bank Gardens"]
TOWNS = ["Chesterfield", "Wakefield", "Taunton", "Kettering", "Barnsley", "Carlisle", "Lancaster", "Swindon",
         "Hereford", "Gloucester"]

PEXA_FROM = "PEXA Customer Resolution <complaints@pexa.co.uk>"
CONEXUS_FROM = "Conexus Customer Care <complaints@conexus.co.uk>"

GREET = {"pexa": ["Hello,", "Hi PEXA team,", "Dear Sir or Madam,", "Good morning,", "Dear Customer Resolution Team,",
                  "Hi there,"],
         "conexus": ["Hello,", "Dear Sir or Madam,", "To whom it may concern,", "Hi,", "Dear Conexus,",
                     "Good afternoon,"]}
SIGN = ["Kind regards,\n{full}", "Thanks,\n{first}", "Regards\n{full}", "Many thanks\n{full}",
        "Best wishes,\n{first}", "Thank you,\n{full}"]
SIGN_FORMAL = ["Yours faithfully,\n{full}", "Kind regards,\n{full}", "Regards\n{full}", "Yours faithfully\n{full}"]


# ---------------------------------------------------------------------------------------------
# the scenarios
#
# keys: id, mb (mailbox), kind (auto / look / ord), who (the person behind the mail: "consumer" or (org, domain)),
# sender (for machine mail: list of "Name <addr>" templates; default: the person), variants [(subject, body)],
# short (one short or subject-only (subject, body)), quote (firm's earlier message (head, text) for quote=),
# fq (machine mail: the firm's earlier message included inline; fq_mode both / one), hdr (headers; hdr_mode both /
# one), html_mode (one / both / none), labels, note.

# firm messages that machine mail (out-of-office, bounce) repeats below its own text
FQ_PX_FEE = ("From: " + PEXA_FROM + "\nSent: {d_past_long}\nTo: {full}\nSubject: Your enquiry about workspace {ws}\n\n"
             "Dear {full},\n\nThank you for getting in touch about the lodgement fee shown on workspace {ws}. We have "
             "checked the invoice against the workspace history and the fee was raised in error. A credit note will "
             "be issued with your next monthly statement.\n\nPEXA Customer Resolution")
FQ_PX_DISCHARGE = ("From: PEXA Settlements <settlements@pexa.co.uk>\nSent: {d_past_long}\nSubject: Workspace {ws} - "
                   "discharge not lodged\n\nHello {first},\n\nThe discharge for the charge on {street} has not yet been "
                   "signed in workspace {ws}. The buyer's representative has asked us to chase it, as the "
                   "registration is now pending. Could you let us know when it will be signed?\n\nThanks,\nPEXA "
                   "Settlements")
FQ_PX_SETTLE = ("From: PEXA Settlements <settlements@pexa.co.uk>\nDate: {d_past_rfc}\nSubject: Settlement notice "
                "for workspace {ws}\n\nSettlement for workspace {ws} ({street}) is booked for {d_next_long} at 13:00. "
                "Please make sure all documents are signed by 12:00.")
FQ_CX_HOLD = ("From: " + CONEXUS_FROM + "\nSent: {d_past_long}\nSubject: RE: Your client {client} - account {ref}\n\n"
              "Dear {first},\n\nThank you for your email about your client {client}. We have placed the account on "
              "hold for 30 days while the financial statement is completed, and no letters or calls will be made "
              "in that time.\n\nConexus Customer Care")
FQ_CX_PLAN = ("From: " + CONEXUS_FROM + "\nSent: {d_past_long}\nSubject: Your payment arrangement - {ref}\n\n"
              "Dear {full},\n\nThis is to confirm the payment arrangement we agreed by phone: £{amt} a month from "
              "the 1st of next month. If anything changes, please let us know before the payment date.")
FQ_CX_MP = ("-----Original Message-----\nFrom: " + CONEXUS_FROM + "\nSent: {d_past_long}\nSubject: Your "
            "constituent {client} - account {ref}\n\nDear {mp},\n\nThank you for your letter on behalf of your "
            "constituent. We have reviewed the account and the calls made in {month}, and our full response "
            "is attached.")
FQ_CX_SOLS = ("-----Original Message-----\nFrom: " + CONEXUS_FROM + "\nSent: {d_past_long}\nSubject: Your client "
              "{client} - our reference {ref}\n\nDear Sirs,\n\nWe acknowledge your letter of authority. As requested, "
              "we enclose a statement of the account and confirm that it has been placed on hold for 30 days.")

SCEN = []


def S(**kw):
    SCEN.append(kw)


# ===================== PEXA: machine-made (14) =====================
S(id=1, mb="pexa", kind="auto", who=("Harlow Brent LLP", "harlowbrent.co.uk"),
  variants=[("Out of Office: Your enquiry about workspace {ws}",
             "Thank you for your message. I am away from the office until {d_ret_long} and will have limited access "
             "to email. For anything relating to a live completion please contact {colleague} on {phone} or at "
             "{col_email}. Otherwise I will respond when I return.\n\n{full}\nAssociate, Harlow Brent LLP"),
            ("RE: Your enquiry about workspace {ws}",
             "I'm currently out of the office, returning {d_ret_short}. If your email is urgent please forward it "
             "to {col_email}, who is covering my matters.\n\nMany thanks\n{first}")],
  fq=FQ_PX_FEE, fq_mode="both", labels=AUTO,
  note="Out-of-office wording (away until a date, who covers) with no automatic header is auto_generated; the "
       "quoted PEXA message below adds nothing new, so every other label is cleared.")
S(id=2, mb="pexa", kind="auto", who=("Morgan Ellis Solicitors", "morganellis-law.co.uk"),
  variants=[("Allan o'r swyddfa / Out of office: Settlement notice for workspace {ws}",
             "Diolch am eich e-bost. Rydw i allan o'r swyddfa tan {d_ret_num} heb fynediad at fy e-byst. Os yw eich "
             "neges yn ymwneud â chwblhau ar frys, cysylltwch â {colleague} ar {phone}.\n\nThank you for your email. "
             "I am out of the office until {d_ret_num} without access to my emails. If your message concerns an "
             "urgent completion, please contact {colleague} on {phone}.\n\n{full}\nCyfreithiwr / Solicitor\n"
             "Morgan Ellis"),
            ("Ateb awtomatig / Automatic reply: Settlement notice for workspace {ws}",
             "Rydw i ar wyliau tan {d_ret_num}. Cysylltwch â {col_email} os gwelwch yn dda.\n\nI am on leave until "
             "{d_ret_num}. Please contact {col_email} in my absence.\n\n{first}")],
  fq=FQ_PX_SETTLE, fq_mode="one", hdr={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, hdr_mode="one",
  labels=AUTO, note="A bilingual Welsh/English out-of-office (absence dates, alternative contact) is auto_generated "
                    "whether or not the Auto-Submitted header is present.")
S(id=3, mb="pexa", kind="auto", who="consumer",
  sender=["Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@pexa.co.uk>",
          "Mail Delivery System <postmaster@pexa.co.uk>"],
  variants=[("Undeliverable: Our final response - reference {ref}",
             "Delivery has failed to these recipients or groups:\n\n{email}\nThe recipient's mailbox is full and "
             "can't accept messages now. Please try resending this message later, or contact the recipient "
             "directly.\n\nDiagnostic information for administrators:\n\nGenerating server: "
             "LO2P265MB{n4}.GBRP265.PROD.OUTLOOK.COM\n\n{email}\nRemote Server returned '552 5.2.2 mailbox full; "
             "STOREDRV.Deliver.Exception:QuotaExceededException'\n\nOriginal message headers:\n\nFrom: " + PEXA_FROM +
             "\nTo: {email}\nSubject: Our final response - reference {ref}\nDate: {d_past_rfc}\n\nDear {full},\n\n"
             "Further to your complaint about the late release of your sale funds on {d_past_short}, we have now "
             "completed our review. As explained in our earlier letter, your complaint concerns your lender and "
             "we have passed it to them...")],
  hdr={"return-path": "<>", "auto-submitted": "auto-replied",
       "content-type": "multipart/report; report-type=delivery-status; boundary=\"b1_{n4}\""}, hdr_mode="both",
  labels=AUTO, note="A non-delivery report (mailbox full) returning our final response is auto_generated; the "
                    "complaint wording sits only in the returned original.")
S(id=4, mb="pexa", kind="auto", who=("Crowthorne Legal", "crowthornelegal.co.uk"),
  sender=["Mail Delivery System <MAILER-DAEMON@mta3.pexa.co.uk>", "Mail Delivery Subsystem <mailer-daemon@mx2.pexa.co.uk>"],
  variants=[("Delayed Mail (still being retried)",
             "This is the mail system at host mta3.pexa.co.uk.\n\n####################################################"
             "#\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n#######################"
             "##############################\n\nYour message could not be delivered for more than 4 hour(s).\nIt "
             "will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail to "
             "postmaster.\n\n<{email}>: host mail.crowthornelegal.co.uk[203.0.113.{n2}] said: 421 4.7.0 Try again "
             "later, closing connection. (in reply to end of DATA command)\n\n--- Delayed message ---\nSubject: "
             "Workspace {ws}: your request for a settlement statement\nTo: {full} <{email}>\n\nHello {first}, the "
             "settlement statement for workspace {ws} is attached as requested."),
            ("Delivery Status Notification (Delay)",
             "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
             "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
             "      {email}\n\nMessage will be retried for 4 more day(s)\n\nTechnical details: host "
             "mail.crowthornelegal.co.uk said 421 4.7.0 Try again later")],
  labels=AUTO, note="A delivery-delay warning from the mail system is auto_generated even without a header.")
S(id=5, mb="pexa", kind="auto", who=("Kestrel Building Society", "kestrelbs.co.uk"),
  variants=[("Read: Your complaint {ref} - our response",
             "Your message\n\n    To: {full}\n    Subject: Your complaint {ref} - our response\n    Sent: "
             "{d_past_long} 16:42\n\nwas read on {d_now_long} 09:{n2}."),
            ("Read: Workspace {ws} - funds query",
             "Your message\n\nTo: {email}\nSubject: Workspace {ws} - funds query\nSent: {d_past_long}\n\nwas read on "
             "{d_now_long}.")],
  html_mode="one", labels=AUTO,
  note="An Outlook read receipt ('Your message ... was read on') is auto_generated; the complaint reference in its "
       "subject is ours, not a new complaint.")
S(id=6, mb="pexa", kind="auto", who=("Kestrel Building Society", "kestrelbs.co.uk"),
  sender=["Kestrel Mortgage Support <mortgage.support@kestrelbs.co.uk>",
          "Kestrel Building Society <no-reply@kestrelbs.co.uk>"],
  variants=[("[INC-{inc}] We have received your enquiry",
             "Thank you for contacting Kestrel Building Society.\n\nThis is an automatic acknowledgement to confirm "
             "we have received your email. Your enquiry has been logged under reference INC-{inc}. Please quote "
             "this reference in any further correspondence.\n\nOur Mortgage Support team aims to respond within 3 "
             "working days. If your enquiry relates to a completion due in the next 48 hours, please call 0300 123 "
             "4410 and select option 2.\n\nPlease do not reply to this email as this mailbox is not monitored.\n\n"
             "Kestrel Building Society, Kestrel House, 14 Abbey Road, Northampton NN1 5AX")],
  hdr={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}, hdr_mode="one", labels=AUTO,
  note="A lender's ticket-system acknowledgement ('logged under reference', 'mailbox is not monitored') is "
       "auto_generated; Kestrel is only the sender, so no firm is labelled.")
S(id=7, mb="pexa", kind="auto", who=("Fenwick Search Services", "fenwicksearches.co.uk"),
  sender=["Fenwick Search Services <help@fenwicksearches.co.uk>", "Fenwick Customer Experience <support@fenwicksearches.co.uk>"],
  variants=[("Re: Workspace {ws} - search results not showing [Ticket #{inc}]",
             "Hello,\n\nWe've received your request and a member of our customer experience team will be in touch "
             "soon. Your ticket number is #{inc}.\n\nCurrent response time: 2 to 4 working days.\n\nWhile you wait, "
             "you may find an answer in our Help Centre: https://help.fenwicksearches.co.uk\n\nThis message was "
             "sent automatically by our support system. Replies to this address are added to your ticket.\n\n"
             "Fenwick Search Services Ltd")],
  fq=("--- Your original message ---\nFrom: PEXA Support <support@pexa.co.uk>\nSubject: Workspace {ws} - search "
      "results not showing\n\nHello, the search results ordered for {street} are not showing in the workspace. "
      "Could you check whether they were sent?"), fq_mode="one", labels=AUTO,
  note="Another organisation's helpdesk autoresponder ('ticket number', 'sent automatically') is auto_generated "
       "even though its subject starts with Re:.")
S(id=8, mb="pexa", kind="auto", who=("The Completion Brief", "completionbrief.co.uk"),
  sender=["The Completion Brief <news@completionbrief.co.uk>"], newsletter=True,
  variants=[("Conveyancing complaints up again | spring platform changes | CPD dates",
             "THE COMPLETION BRIEF - Issue {n3}\n\nConveyancing complaints to the Legal Ombudsman rise again\n"
             "Residential conveyancing made up almost a fifth of the complaints accepted by the ombudsman last year, "
             "with delay and poor communication the most common themes. We look at what firms can learn from the "
             "published case studies.\n\nDigital completions: what changes in the spring release\nPlatform "
             "operators are adding new alerts for funds release and lodgement. Our guide explains which settings "
             "you can change and which you can't.\n\nData protection corner\nHow to handle a client's request for a "
             "copy of their data when part of the file sits with a lender.\n\nCPD webinar: 'Getting completion day "
             "right' - book your place.\n\nYou are receiving this email because you subscribed to The Completion "
             "Brief. Unsubscribe: https://completionbrief.co.uk/u/{tok} | Update your preferences")],
  hdr={"precedence": "bulk", "list-id": "The Completion Brief <brief.completionbrief.co.uk>",
       "list-unsubscribe": "<https://completionbrief.co.uk/u/{tok}>, <mailto:leave-{tok}@completionbrief.co.uk>"},
  hdr_mode="both", html_mode="one", labels=AUTO,
  note="An industry newsletter (bulk and list headers, unsubscribe footer) is auto_generated; complaints and data "
       "requests are its topics, not a grievance.")
S(id=9, mb="pexa", kind="auto", who="consumer",
  sender=["Conveyancers Forum <conveyancers-forum-request@lists.conveyancingnet.org.uk>"],
  variants=[("Conveyancers-forum Digest, Vol {n2}, Issue {n1}",
             "Send Conveyancers-forum mailing list submissions to\n\tconveyancers-forum@lists.conveyancingnet.org.uk"
             "\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n\thttps://lists.conveyancingnet.org.uk/"
             "mailman/listinfo/conveyancers-forum\nor, via email, send a message with subject or body 'help' to\n\t"
             "conveyancers-forum-request@lists.conveyancingnet.org.uk\n\nToday's Topics:\n\n   1. Settlement failed "
             "at 2pm - anyone else? ({full})\n   2. Re: Lender funds arriving late on Fridays ({colleague})\n   3. "
             "Requisition wording for leasehold flats\n\n-------------------------------------------------------"
             "---------------\n\nMessage: 1\nDate: {d_past_rfc}\nFrom: {full} <{email}>\nSubject: Settlement failed "
             "at 2pm - anyone else?\n\nHad two settlements fall over this afternoon with a funds error. Is it just "
             "us? Our clients were furious and nobody has explained it yet.\n\n------------------------------\n\n"
             "Message: 2\nFrom: {colleague} <{col_email}>\nSubject: Re: Lender funds arriving late on Fridays\n\n"
             "Same here, we now tell clients to expect the afternoon at the earliest.\n\n"
             "------------------------------\n\nEnd of Conveyancers-forum Digest, Vol {n2}, Issue {n1}")],
  hdr={"precedence": "list", "list-id": "<conveyancers-forum.lists.conveyancingnet.org.uk>",
       "list-unsubscribe": "<https://lists.conveyancingnet.org.uk/mailman/options/conveyancers-forum>"},
  hdr_mode="one", labels=AUTO,
  note="A mailing-list digest is auto_generated even when the posts inside it grumble about failed settlements: "
       "nobody writes to PEXA expecting a response.")
S(id=10, mb="pexa", kind="auto", who=("Lyle Hartigan Solicitors", "lylehartigan.co.uk"),
  sender=["PEXA Notifications <noreply@notifications.pexa.co.uk>"],
  variants=[("Workspace {ws}: lodgement completed",
             "Workspace {ws} - {street}, {town}\n\nStatus: Lodgement completed\nLodged with HM Land Registry at "
             "{time} on {d_now_long}.\nApplication reference: {appref}\n\nParticipants: Lyle Hartigan Solicitors "
             "(incoming proprietor), Kestrel Building Society (incoming mortgagee)\n\nYou are receiving this "
             "notification because your user profile is set to receive alerts for this workspace. To change your "
             "notification settings, sign in and go to My Profile > Notifications.\n\nThis is an automated message. "
             "Please do not reply."),
            ("Workspace {ws}: settlement completed",
             "Settlement completed\n\nWorkspace: {ws}\nProperty: {street}, {town}\nSettled: {d_now_long} at {time}\n"
             "\nAll financial line items have been paid. Lodgement will follow automatically.\n\nThis is an "
             "automated message. Please do not reply.")],
  html_mode="one", labels=AUTO,
  note="A platform status alert (lodgement or settlement completed, notification settings footer) is a system "
       "notification, so auto_generated.")
S(id=11, mb="pexa", kind="auto", who=("PEXA", "pexa.co.uk"),
  sender=["LexDesk Security <security@lexdesk.io>"],
  variants=[("New sign-in to your LexDesk account",
             "Hi {first},\n\nWe noticed a new sign-in to your LexDesk account.\n\nWhen: {d_now_long} at {time} (UK "
             "time)\nDevice: Chrome on Windows\nLocation: Leeds, United Kingdom (approximate)\n\nIf this was you, "
             "you don't need to do anything. If you don't recognise this activity, reset your password straight "
             "away: https://app.lexdesk.io/security/reset\n\nThanks,\nThe LexDesk team\n\nYou're receiving this "
             "email to let you know about important activity on your account."),
            ("Your LexDesk verification code",
             "Your verification code is {n4}{n1}{n1}.\n\nThis code expires in 10 minutes. If you didn't try to "
             "sign in, you can ignore this email.\n\nThe LexDesk team")],
  labels=AUTO, note="A vendor's login alert or one-time code is a system notification: auto_generated, with "
                    "no header needed.")
S(id=12, mb="pexa", kind="auto", who=("Ridgeway Clarke Solicitors", "ridgewayclarke.co.uk"),
  sender=["Accounts Payable <ap-noreply@ridgewayclarke.co.uk>", "Ridgeway Clarke Finance <finance.system@ridgewayclarke.co.uk>"],
  variants=[("Remittance Advice - Payment RC{n4} - Digital Completion UK Ltd",
             "REMITTANCE ADVICE\n\nPayee: Digital Completion UK Ltd\nPayment reference: RC{n4}\nPayment date: "
             "{d_now_long}\nPayment method: BACS\n\nInvoice number    Invoice date    Amount\nINV-{n3}{n2}      "
             "{d_past_num}      £{amt}.00\n\nTotal paid: £{amt}.00\n\nThis is an automatically generated email "
             "from our accounts system. Please do not reply to this address. For queries contact "
             "accounts@ridgewayclarke.co.uk.")],
  hdr={"auto-submitted": "auto-generated"}, hdr_mode="one", html_mode="one", labels=AUTO,
  note="A remittance advice produced by a customer's accounts system is a payment notification: auto_generated.")
S(id=13, mb="pexa", kind="auto", who=("Beacon Home Finance", "beaconhomefinance.co.uk"),
  variants=[("Automatic reply: Workspace {ws} - discharge not lodged",
             "I am on parental leave until {d_ret_month}. For post-completion and redemption queries please email "
             "postcompletion@beaconhomefinance.co.uk. This mailbox is not being monitored.\n\n{full}"),
            ("RE: Workspace {ws} - discharge not lodged",
             "Thank you for your email. I am on parental leave and will return in {d_ret_month}. Your message has "
             "not been forwarded. Please contact postcompletion@beaconhomefinance.co.uk.")],
  fq=FQ_PX_DISCHARGE, fq_mode="both", labels=AUTO,
  note="A lender employee's parental-leave auto-reply quoting our chaser is auto_generated; Beacon is only the "
       "sender.")
S(id=14, mb="pexa", kind="auto", who=("PEXA", "pexa.co.uk"),
  sender=["IT Service Desk <itsupport-noreply@pexa.co.uk>", "Exchange Online <no-reply@mail.pexa.co.uk>"],
  variants=[("Your mailbox is almost full",
             "The mailbox complaints@pexa.co.uk is 96% full (47.9 GB of 50 GB).\n\nWhen it reaches its limit you "
             "will no longer be able to send or receive messages. To free up space, empty the Deleted Items folder "
             "or archive older items.\n\nThis notification was generated automatically by the mail system."),
            ("Warning: mailbox quota exceeded",
             "complaints@pexa.co.uk has exceeded its warning quota. Current size: 49.2 GB. Limit: 50 GB.\n\nThis is "
             "a system message. Do not reply.")],
  labels=AUTO, note="A mail-system quota warning is a system notification: auto_generated.")

# ===================== PEXA: person-written look-alikes (10) =====================
S(id=15, mb="pexa", kind="look", who=("Ashgrove Conveyancing", "ashgroveconveyancing.co.uk"),
  variants=[("Away next fortnight - workspace {ws}",
             "{G}\n\nJust a heads-up that I'll be on leave from {d_next_short} to {d_ret_short}. If you need "
             "anything on the workspace fee query before I'm back, {colleague} ({col_email}, {phone}) has the file "
             "and can answer for our side.\n\nThanks for your help so far.\n\n{S}")],
  short=("Away {d_next_short} to {d_ret_short} - please contact {colleague} about workspace {ws}", ""),
  quote=("On {q_date}, PEXA Customer Resolution wrote:",
         "Dear {first},\n\nWe are still reviewing the invoices for workspace {ws} and expect to reply in full by "
         "the end of next week.\n\nKind regards\nPEXA Customer Resolution"),
  labels=short_labels(),
  note="A person's own handover note about an absence is not auto_generated; it voices no new dissatisfaction, so "
       "it is not a complaint either.")
S(id=16, mb="pexa", kind="look", who=("Quarrybank Law", "quarrybanklaw.co.uk"),
  variants=[("Fwd: Undelivered Mail Returned to Sender",
             "{G}\n\nI tried to send our signed onboarding documents to the address in your welcome pack and got "
             "the message below back. Which address should I be using? I've attached them again here in case this "
             "one reaches the right person.\n\n{S}\nQuarrybank Law\n\n---------- Forwarded message ---------\nFrom: "
             "Mail Delivery Subsystem <mailer-daemon@quarrybanklaw.co.uk>\nDate: {d_past_rfc}\nSubject: Undelivered "
             "Mail Returned to Sender\n\n<onboarding@pexa-joining.co.uk>: host not found: 550 5.1.2 Domain does not "
             "exist\n\n----- Original message -----\nSubject: Signed participation agreement - Quarrybank Law")],
  labels=short_labels(),
  note="A person forwarding a bounce with their own question on top wrote the new text, so auto_generated=false; "
       "the question is a neutral enquiry.")
S(id=17, mb="pexa", kind="look", who=("Heathcote Bank", "heathcotebank.co.uk"),
  variants=[("Fwd: Workspace {ws} - funds unverified [#{inc}]",
             "{G}\n\nThis is the third time this week I've had the message below instead of an answer. Our "
             "customer's purchase is due to settle on {d_next_long} and the workspace still shows our funds as "
             "unverified. I need someone to actually look at it and call me back today on {phone}.\n\n{S}\n"
             "Mortgage Completions, Heathcote Bank\n\n---------- Forwarded message ---------\nFrom: PEXA Support "
             "<support@pexa.co.uk>\nDate: {d_now_rfc}\nSubject: Re: Workspace {ws} - funds unverified [#{inc}]\n\n"
             "Thank you for contacting PEXA Support. Your request has been received and assigned ticket number "
             "{inc}. One of our team will respond as soon as possible.")],
  short=("3rd auto-reply and still no answer on workspace {ws} - settles {d_next_short}, call me {phone}", ""),
  labels=short_labels(c=True, cat="delay"),
  note="A person forwarding our autoresponder with an angry 'third time, no answer' on top is a human chaser: "
       "implicit complaint about a late reply (delay); staff for their own bank are not third_party.")
S(id=18, mb="pexa", kind="look", who="consumer",
  variants=[("Your newsletters",
             "{G}\n\nI want to complain about the marketing emails I keep getting from you. I closed my firm's "
             "account and retired in {month_past}, and I have clicked 'unsubscribe' on your newsletter at least "
             "three times since, yet another one arrived this morning. Your unsubscribe link clearly doesn't do "
             "anything.\n\n[[objection|I object to my email address being used for any marketing or newsletters "
             "from now on.]] [[erasure|Please also delete my name and email address from your mailing lists and "
             "any contact database you hold.]]\n\nI would like written confirmation once that is done, and an "
             "explanation of why my earlier requests were ignored.\n\n{S}")],
  short=("Complaint - stop the newsletters",
         "[[objection|I object to you using my email address for marketing.]] [[erasure|Delete my details from your "
         "mailing list.]] This is the fourth time of asking.\n\n{first}"),
  labels=short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  note="A person complaining about newsletters is not a newsletter: explicit complaint that opt-outs were ignored "
       "(data used against the writer's wishes, personal_data) with objection to marketing and erasure from the lists.")
S(id=19, mb="pexa", kind="look", who=("Pemberton Shaw LLP", "pembertonshaw.co.uk"),
  variants=[("Notification emails since the update",
             "{G}\n\nSince the update on {d_past_short} every one of our conveyancers gets an email for every "
             "change in every workspace our firm is on. Yesterday I counted 214 in my inbox alone. The important "
             "ones (funds received, settlement failed) are buried among 'participant viewed document' alerts, and "
             "there is no setting to choose which alerts we get. Last week a fee earner missed a settlement warning "
             "because of it.\n\nPlease either restore the old notification settings or tell me how to switch the "
             "minor alerts off. I'd appreciate a reply this week.\n\n{S}\nPractice Manager, Pemberton Shaw LLP")],
  quote=("On {q_date}, PEXA Notifications wrote:",
         "Participant viewed document\n\nWorkspace {ws}: a participant viewed 'Transfer TR1'.\n\nThis is an "
         "automated message. Please do not reply. Notification {ref}"),
  labels=short_labels(c=True, cat="usability"),
  note="A person complaining about automatic notification emails (quoting one) is not auto_generated: implicit "
       "complaint, the alerts work as designed but cannot be tuned, so usability.")
S(id=20, mb="pexa", kind="look", who=("Tolland Birch Solicitors", "tollandbirch.co.uk"),
  variants=[("Our clients: {client} and {client2} - {street}, {town}",
             "Dear Sirs\n\nOur clients: {client} and {client2}\nProperty: {street}, {town}\nWorkspace: {ws}\nOur "
             "ref: TB/{n4}/{initials}\n\nWe act for the above-named in connection with their purchase of the "
             "above property, which completed on {d_past_long}.\n\nOur clients wish to understand the sequence of "
             "events on the day of completion. [[access|On their behalf, and with their signed authority enclosed, "
             "we request a copy of the personal data you hold about our clients, including the workspace audit "
             "trail.]]\n\nPlease send your response to this office quoting our reference.\n\nYours faithfully\n\n"
             "Tolland Birch Solicitors")],
  labels=short_labels(r="access", tp=True),
  note="A formulaic solicitor's letter is still written by a person: third_party access request made for the "
       "clients, with no dissatisfaction, so not a complaint.")
S(id=21, mb="pexa", kind="look", who=("Sefton Marsh LLP", "seftonmarsh.co.uk"),
  variants=[("Is this genuine?",
             "{G}\n\nI got the email below this morning. Is it genuine? Our IT team have warned us about fake login "
             "pages, and the link goes to an address I don't recognise. I haven't clicked it. Please let me know "
             "before I do anything.\n\n{S}")],
  short=("Password expiry email - is it from you?", "Got a password expiry notice today, is it real? {first}"),
  quote=("On {q_date}, PEXA Notifications wrote:",
         "Your password will expire in 3 days.\n\nTo keep access to your workspaces, update your password before it "
         "expires: https://pexa-secure-login.co.uk/reset\n\nUser ID: {ref}\nThis is an automated message. Please do "
         "not reply."),
  labels=short_labels(),
  note="A person replying to a portal notification wrote the new text (not auto_generated); asking whether it is "
       "genuine is an enquiry, and 'access' to workspaces is not a data right.")
S(id=22, mb="pexa", kind="look", who=("Greenway Adair Solicitors", "greenwayadair.co.uk"),
  variants=[("Settlement failed again - workspace {ws}",
             "{G}\n\nSettlement on workspace {ws} failed again at 14:10 today with 'financial settlement error - "
             "contact support', the second time on this matter. Funds have left our client account and have not "
             "arrived with the seller's solicitors. Our clients are sitting in a removal van. I need to know where "
             "the money is and what you are doing to fix this, today.\n\n{first}\n\n{full} | Partner\nGreenway "
             "Adair Solicitors\nMy working days are Monday to Wednesday. Outside these days please contact "
             "{col_email}.\n\nSent from my iPhone")],
  short=("Settlement failed AGAIN on {ws} - where are the funds??", "Call me. {phone}\n\nSent from my iPhone"),
  labels=short_labels(c=True, cat="platform_defect"),
  note="A signature with working days and 'Sent from my iPhone' does not make mail machine-made: implicit "
       "complaint about a failing settlement, platform_defect.")
S(id=23, mb="pexa", kind="look", who="consumer",
  variants=[("My purchase - {street}",
             "{G}\n\nI'm buying {street}, {town} and my conveyancers, Marsh and Penrose, have not answered a single "
             "email or call for three weeks. The seller's side say everything is ready at their end and we are "
             "going to lose our completion date of {d_next_long}. Their last 'case update' email is pasted below. "
             "Can you make them get in touch with me, or tell me who I can escalate this to?\n\n{S}\n\n\"Your "
             "matter update: Searches received. We will be in touch shortly with next steps.\nYou are receiving "
             "this email because you are a client of Marsh & Penrose Conveyancing. To unsubscribe from case update "
             "emails, click here.\"")],
  labels=short_labels(c=True, cat="delay", firm="mpc"),
  note="A buyer's own complaint with a pasted unsubscribe footer is human mail: implicit complaint purely about "
       "her conveyancer's silence, so about_other_firm=mpc and delay.")
S(id=24, mb="pexa", kind="look", who=("Oakridge Property Lawyers", "oakridgeproperty.co.uk"),
  variants=[("Re: PEXA Insights - fees from 1 April",
             "{G}\n\nYour newsletter below says the per-workspace fee changes from 1 April. Does that apply to "
             "workspaces opened before then that settle after, or only to new ones? We have about thirty matters "
             "straddling the date.\n\n{S}\nOakridge Property Lawyers")],
  quote=("On {q_date}, PEXA Insights wrote:",
         "PEXA Insights\n\nNew platform fees from 1 April: what you need to know\nFrom 1 April the per-workspace "
         "fee will change. Read the full fee schedule on our website.\n\nTo unsubscribe from PEXA Insights, click "
         "here."),
  labels=short_labels(),
  note="A person's question written on top of a newsletter is human mail; a neutral fee question is an enquiry.")

# ===================== PEXA: ordinary mail (6) =====================
S(id=25, mb="pexa", kind="ord", who=("Fernleigh Bank", "fernleighbank.co.uk"),
  variants=[("Formal complaint - platform outage on {d_past_short}",
             "{G}\n\nI am writing to make a formal complaint on behalf of Fernleigh Bank's mortgage completions "
             "team. On {d_past_long} the platform was unavailable between 11:40 and 13:15. Eleven of our "
             "settlements failed that day and had to be rebooked, and we have paid our customers' extra interest "
             "and removal costs as a result. Your status page said 'all systems operational' throughout.\n\nWe would "
             "like a full written explanation of the cause, confirmation of what has been done to stop it "
             "happening again, and a response to our claim for the costs, which come to £{amt}.\n\n{S}\nHead of "
             "Completions, Fernleigh Bank")],
  labels=short_labels(c=True, ex=True, cat="platform_defect"),
  note="Explicit complaint about an outage that failed settlements: platform_defect; staff writing for their "
       "own bank are not third_party.")
S(id=26, mb="pexa", kind="ord", who="consumer",
  variants=[("Discharge fee on my redemption",
             "{G}\n\nI remortgaged last week and my old lender, TVM, put a £295 'discharge administration fee' on "
             "the redemption statement that I was never told about. My solicitor says the redemption went through "
             "your system. I don't think it's fair to spring that on me at the last minute and I want it "
             "refunded. Who do I need to speak to?\n\n{S}")],
  quote=("On {q_date}, PEXA Customer Resolution wrote:",
         "Dear {first},\n\nThank you for your call today. As discussed, please send us the details in writing and "
         "we will make sure they reach the right team.\n\nReference {ref}"),
  labels=short_labels(c=True, cat="fees_charges", firm="tvm"),
  note="A borrower's implicit complaint purely about her old lender's fee is forwarded: about_other_firm=tvm, "
       "fees_charges.")
S(id=27, mb="pexa", kind="ord", who=("Brookfield Legal", "brookfieldlegal.co.uk"),
  variants=[("Training for new starters",
             "{G}\n\nWe have three new conveyancers starting on {d_next_long}. Could you let me know the dates of "
             "the next introductory training sessions and whether they can be done remotely? Also, do they each "
             "need their own user licence before the session?\n\n{S}\nBrookfield Legal")],
  short=("Dates for next intro training sessions?", ""),
  labels=short_labels(),
  note="A neutral question about training dates and licences is an enquiry, not a complaint.")
S(id=28, mb="pexa", kind="ord", who=("Caldwell Ross Solicitors", "caldwellross.co.uk"),
  variants=[("My user data before I leave",
             "{G}\n\nI'm leaving Caldwell Ross at the end of the month. [[access|Before I go, please could you send "
             "me a copy of the personal data PEXA holds about me as a user, including my login history?]] "
             "[[portability|I would also like my user profile and training records as a CSV file so that I can "
             "load them into my next firm's systems.]]\n\nNo rush.\n\n{S}")],
  labels=short_labels(r="access,portability"),
  note="A user's calm request for a copy of her data (access) and a CSV to load elsewhere (portability) is not a "
       "complaint.")
S(id=29, mb="pexa", kind="ord", who=("Delamere Property Law", "delamerelaw.co.uk"),
  variants=[("Complaint - support line on settlement day",
             "{G}\n\nI want to complain about your support line. On {d_past_long}, with two settlements due, I held "
             "for 42 minutes, was cut off, rang back and waited another 35 minutes before anyone answered. That is "
             "not acceptable on a settlement day. Please explain what you are doing about phone waiting times.\n\n"
             "{S}")],
  short=("Complaint: 42 mins on hold then cut off, another 35 mins on the second call", ""),
  labels=short_labels(c=True, ex=True, cat="wait_time"),
  note="Explicit complaint about holding on the phone and being cut off: wait_time, not delay.")
S(id=30, mb="pexa", kind="ord", who="consumer",
  variants=[("What do you do with my information?",
             "{G}\n\nMy solicitor told me my sale will complete through your platform. I had never heard of you "
             "before. [[informed|Could you explain what personal information about me you receive, where it comes "
             "from and what you use it for?]] I'm not unhappy about anything, I'd just like to understand.\n\n{S}")],
  labels=short_labels(r="informed"),
  note="A seller's neutral request to be told the source and purpose of the processing is an informed request "
       "without a complaint.")

# ===================== Conexus: machine-made (14) =====================
S(id=31, mb="conexus", kind="auto", who=("Fairway Debt Advice", "fairwaydebtadvice.org.uk"),
  variants=[("Out of office: RE: Your client {client} - account {ref}",
             "Hi, thanks for your email. I work part-time (Tuesday to Thursday) and I'm not in today. Your email "
             "will be picked up on my next working day. If it concerns an urgent enforcement matter please ring our "
             "advice line on 0800 048 {n4} or email advice@fairwaydebtadvice.org.uk.\n\n{first}\nDebt Adviser\n"
             "Fairway Debt Advice is a registered charity."),
            ("RE: Your client {client} - account {ref}",
             "Thank you for your email. I am not working today and will reply on my next working day. For urgent "
             "client matters please contact advice@fairwaydebtadvice.org.uk.\n\n{full}, Fairway Debt Advice")],
  fq=FQ_CX_HOLD, fq_mode="both", labels=AUTO,
  note="A money adviser's part-time out-of-office with no header, quoting our reply, is auto_generated; the "
       "adviser's role does not make it third_party.")
S(id=32, mb="conexus", kind="auto", who=("Baltrans Logistics", "baltrans-logistics.co.uk"), polish=True,
  variants=[("Odpowiedź automatyczna: Your payment arrangement - {ref}",
             "Dzień dobry,\ndziękuję za wiadomość. Jestem na urlopie do {d_ret_num}. W pilnych sprawach proszę "
             "kontaktować się z {colleague}, tel. {phone}.\n\nGood morning,\nthank you for your message. I am on "
             "holiday until {d_ret_num}. For urgent matters please contact {colleague} on {phone}.\n\n{full}\n"
             "Baltrans Logistics Ltd"),
            ("Nieobecność / Out of office",
             "Jestem poza biurem do {d_ret_num}. / I am out of the office until {d_ret_num}.\n\n{first}")],
  fq=FQ_CX_PLAN, fq_mode="one",
  hdr={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "x-autoreply": "yes"},
  hdr_mode="one", labels=AUTO,
  note="A Polish/English holiday auto-reply from a debtor's work address is auto_generated, header or not.")
S(id=33, mb="conexus", kind="auto", who="consumer", mp=True,
  variants=[("Thank you for contacting {mp}",
             "Thank you for contacting the office of {mp}, Member of Parliament for {constituency}.\n\nThis is an "
             "automated response to confirm that your email has been received. Please note that {mp_short} can "
             "only take up cases for constituents of {constituency}; if you have not already done so, please "
             "reply with your full postal address.\n\nDue to the volume of correspondence it may be some time "
             "before we can respond. If your matter is urgent, please call the constituency office on 01632 960 "
             "{n3}.\n\nIf you are writing about a debt, you may also wish to contact a free debt advice service.")],
  fq=FQ_CX_MP, fq_mode="one", labels=AUTO,
  note="An MP's office autoresponder ('automated response to confirm ... received') is auto_generated; a "
       "representative's automatic reply is not third_party.")
S(id=34, mb="conexus", kind="auto", who="consumer",
  sender=["Mail Delivery System <Mailer-Daemon@mail.conexus.co.uk>"],
  variants=[("Mail delivery failed: returning message to sender",
             "This message was created automatically by mail delivery software.\n\nA message that you sent could "
             "not be delivered to one or more of its recipients. This is a permanent error. The following "
             "address(es) failed:\n\n  {email}\n    host mx.{email_dom} [192.0.2.{n2}]\n    SMTP error from remote "
             "mail server after RCPT TO:<{email}>:\n    550 5.1.1 The email account that you tried to reach does "
             "not exist.\n\n------ This is a copy of the message, including all the headers. ------\n\nFrom: " +
             CONEXUS_FROM + "\nTo: {email}\nSubject: Final response to your complaint - {ref}\nDate: {d_past_rfc}"
             "\n\nDear {full},\n\nWe have now completed our investigation into your complaint about the calls you "
             "received in {month}. We are sorry that...")],
  hdr={"return-path": "<>", "auto-submitted": "auto-replied",
       "content-type": "multipart/report; report-type=delivery-status; boundary=\"{n4}/mail.conexus.co.uk\""},
  hdr_mode="both", labels=AUTO,
  note="An Exim bounce returning our final response (empty Return-Path, multipart/report) is auto_generated; the "
       "complaint exists only in the returned copy.")
S(id=35, mb="conexus", kind="auto", who="consumer",
  sender=["Microsoft Outlook <MicrosoftExchange7c41be0d2a3e@conexus.co.uk>", "postmaster <postmaster@conexus.co.uk>"],
  variants=[("Undeliverable: Your subject access request - {ref}",
             "Delivery has failed to these recipients or groups:\n\n{email} ({email})\nYour message is too large "
             "to be delivered. The recipient's mail server accepts messages up to 20 MB. Try sending the "
             "attachments separately or use a file-sharing link.\n\nDiagnostic information for administrators:\n"
             "Remote Server returned '552 5.3.4 Message size exceeds fixed maximum message size'\n\nOriginal "
             "message headers:\n\nFrom: Conexus Data Protection <dataprotection@conexus.co.uk>\nTo: {email}\n"
             "Subject: Your subject access request - {ref}\nDate: {d_past_rfc}\n\n[Attachments: "
             "call_recordings_{ref}.zip (31.4 MB), account_notes.pdf (2.1 MB)]")],
  hdr={"return-path": "<>", "content-type": "multipart/report; report-type=delivery-status"}, hdr_mode="one",
  labels=AUTO, note="A message-too-large bounce of our subject access response is auto_generated; the access "
                    "request it mentions is ours to answer, not asked in this message.")
S(id=36, mb="conexus", kind="auto", who="consumer",
  sender=["SafeSend Notifications <notifications@safesend-mail.co.uk>"],
  variants=[("Your secure message has been opened",
             "Hello,\n\nThe secure message you sent has been opened.\n\nRecipient: {email}\nSubject: Copy of your "
             "call recordings - {ref}\nOpened: {d_now_long} {time}\n\nYou can track all of your secure messages "
             "in your SafeSend dashboard.\n\nThis is an automated notification from SafeSend. Please do not reply "
             "to this email."),
            ("Return Receipt",
             "Your document: Copy of your call recordings - {ref}\nwas received by: {full} <{email}>\nat: "
             "{d_now_num} {time}")],
  html_mode="one", labels=AUTO,
  note="An 'opened' notice from a secure-mail service or a return receipt is a read receipt: auto_generated.")
S(id=37, mb="conexus", kind="auto", who="consumer",
  sender=["Lumen Water Customer Services <customer.services@lumenwater.co.uk>", "Lumen Water <noreply@lumenwater.co.uk>"],
  variants=[("Thank you for contacting Lumen Water - ref LW{inc}",
             "Dear customer,\n\nThank you for your email. We've received it and your reference number is LW{inc}.\n"
             "\nWe aim to reply within 10 working days. We're busier than usual at the moment, so it may take us a "
             "little longer - we're sorry about this.\n\nIf you want to tell us about a leak, or you have no water, "
             "please call us free on 0800 316 9920, 24 hours a day.\n\nYou may find the answer you're looking for "
             "at lumenwater.co.uk/help, including how to set up a payment plan.\n\nLumen Water plc\nThis mailbox "
             "does not accept replies.")],
  hdr={"x-autoreply": "yes", "auto-submitted": "auto-replied"}, hdr_mode="both", labels=AUTO,
  note="A creditor's ticket autoresponder is auto_generated; its apology for delays is template text, and Lumen "
       "is only the sender.")
S(id=38, mb="conexus", kind="auto", who="consumer",
  sender=["Moneyline Advice <enquiries@moneylineadvice.org.uk>"],
  variants=[("We've got your message",
             "Thank you for getting in touch with Moneyline Advice.\n\nThis is an automatic reply. We have received "
             "your email and will respond within 15 working days. Please do not send the same enquiry more than "
             "once, as this may slow down our response.\n\nIf you are worried about bailiffs, eviction or having "
             "your energy cut off, please call our helpline on 0808 196 {n4}, Monday to Friday, 9am to 6pm.\n\nIf "
             "you are in crisis or feeling unsafe, you can call Samaritans free, day or night, on 116 123."),
            ("Re: Client authority - {client}",
             "This is an automatic reply. Your email has been received by Moneyline Advice and added to our queue. "
             "We will respond within 15 working days.")],
  labels=AUTO, note="A debt-advice charity's automatic acknowledgement is auto_generated; no header is needed.")
S(id=39, mb="conexus", kind="auto", who="consumer",
  sender=["Debt Advice Network Bulletin <bulletin@debtadvicenetwork.org.uk>"], newsletter=True,
  variants=[("Bulletin: Breathing Space referrals at a record high",
             "DEBT ADVICE NETWORK BULLETIN - {month} edition\n\nBreathing Space referrals at a record high\nMore "
             "than 9,000 people entered a Breathing Space last month. We look at how creditors and collection "
             "agencies are responding, and where advisers still report contact during the moratorium.\n\nVulnerable "
             "customers: what good looks like\nNew case studies on creditors who pause recovery when told about a "
             "mental health crisis.\n\nTemplate letters updated\nOur template letters for asking a creditor for a "
             "copy of your data, correcting a wrong address and making a complaint have been refreshed for this "
             "year.\n\nYou are receiving this bulletin as a member of the Debt Advice Network. Unsubscribe or "
             "manage your preferences: https://debtadvicenetwork.org.uk/p/{tok}")],
  hdr={"precedence": "bulk", "list-id": "DAN Bulletin <bulletin.debtadvicenetwork.org.uk>",
       "list-unsubscribe": "<https://debtadvicenetwork.org.uk/p/{tok}>"},
  hdr_mode="both", html_mode="one", labels=AUTO,
  note="A debt-advice network bulletin (bulk list mail) is auto_generated; its talk of data requests and "
       "complaints is content, not a request.")
S(id=40, mb="conexus", kind="auto", who="consumer",
  sender=["{full} via DP-Forum <dp-forum@lists.dataprotectionnetwork.org.uk>"],
  variants=[("[DP-Forum] Erasure request from a debtor - do we have to comply?",
             "Hi all,\n\nA customer of ours has asked us to delete all their data while a debt is still outstanding. "
             "I've told the team we can refuse because we need it for a possible claim, but I'd welcome views from "
             "anyone in collections on how long you keep data after an account is closed.\n\nThanks,\n{first}\n\n"
             "--\nYou received this message because you are subscribed to the DP-Forum list.\nTo unsubscribe, "
             "email dp-forum-unsubscribe@lists.dataprotectionnetwork.org.uk\nList archive: "
             "https://lists.dataprotectionnetwork.org.uk/archive/dp-forum")],
  hdr={"list-id": "DP-Forum <dp-forum.lists.dataprotectionnetwork.org.uk>", "precedence": "list",
       "list-unsubscribe": "<mailto:dp-forum-unsubscribe@lists.dataprotectionnetwork.org.uk>"},
  hdr_mode="one", labels=AUTO,
  note="Mail distributed by a mailing list is auto_generated under the guide, so the erasure question in the post "
       "is no right asked of Conexus.")
S(id=41, mb="conexus", kind="auto", who="consumer",
  sender=["PayPort <notifications@payport.co.uk>", "PayPort Merchant Services <no-reply@payport.co.uk>"],
  variants=[("Payment received - {ref}",
             "Payment confirmation\n\nA payment has been received for Conexus.\n\nCustomer reference: {ref}\n"
             "Amount: £{amt_small}.00\nCard: Visa ending {n4}\nDate/time: {d_now_num} {time}\nTransaction ID: "
             "PP{tok}\n\nThis is an automated email from PayPort merchant services. Do not reply."),
            ("Payment declined - {ref}",
             "A card payment for customer reference {ref} was declined by the card issuer.\n\nAmount: "
             "£{amt_small}.00\nReason code: 05 (do not honour)\n\nThis is an automated email from PayPort. Do not "
             "reply.")],
  html_mode="one", labels=AUTO, note="A payment gateway's confirmation or decline notice is a system notification: "
                                     "auto_generated.")
S(id=42, mb="conexus", kind="auto", who="consumer",
  sender=["SignFlow <no-reply@signflow.io>"],
  variants=[("Completed: Income and expenditure statement - {ref}",
             "All parties have completed 'Income and expenditure statement - {ref}'.\n\nSigned by: {full} "
             "({email})\nCompleted: {d_now_long}, {time}\n\nThe completed document is attached and stored in your "
             "SignFlow account.\n\nDo not share this email. It contains a secure link to the document.\n\nPowered "
             "by SignFlow")],
  hdr={"auto-submitted": "auto-generated"}, hdr_mode="one", labels=AUTO,
  note="An e-signature platform's completion notice is a system notification: auto_generated.")
S(id=43, mb="conexus", kind="auto", who="consumer",
  sender=["TextBridge Reports <reports@textbridge.co.uk>"],
  variants=[("Daily delivery report - {d_now_num}",
             "TextBridge delivery summary for account CONEXUS-CC\n\nPeriod: {d_now_num} 00:00 to 23:59\nMessages "
             "sent: 1,284\nDelivered: 1,219\nFailed: 41\nPending: 24\n\nFailed numbers are listed in the attached "
             "CSV. Opt-out (STOP) replies received: {n1} - these numbers have been added to your suppression list "
             "automatically.\n\nThis report is generated automatically every day at 00:30.")],
  html_mode="one", labels=AUTO,
  note="An SMS gateway's daily delivery report is a system notification; the STOP opt-outs it counts are not "
       "objections made in this message.")
S(id=44, mb="conexus", kind="auto", who="consumer", sender=["Greyfriars Law LLP <enquiries@greyfriarslaw.co.uk>"],
  variants=[("Automatic acknowledgement: Your client {client} - our reference {ref}",
             "Thank you for your email to Greyfriars Law LLP. This is an automatic acknowledgement.\n\nOur offices "
             "are open Monday to Friday, 9.00am to 5.30pm. Emails received outside these hours will be dealt with "
             "on the next working day.\n\nPlease note that we will never tell you about a change to our bank "
             "details by email. If you receive such an email, call us on 0131 496 0822 before making any "
             "payment.\n\nGreyfriars Law LLP is authorised and regulated by the Solicitors Regulation Authority.")],
  fq=FQ_CX_SOLS, fq_mode="one", labels=AUTO,
  note="A law firm's automatic acknowledgement is auto_generated; Greyfriars is only the sender, so no firm and "
       "no third_party.")

# ===================== Conexus: person-written look-alikes (10) =====================
S(id=45, mb="conexus", kind="look", who="consumer",
  variants=[("Going into hospital - account {ref}",
             "{G}\n\nJust to let you know I'm going into hospital on {d_next_long} for an operation and will be in "
             "for around two weeks, so I won't be able to answer calls or make the payment due on the 15th. I'll "
             "ring you when I'm home. If you need anything urgently in the meantime my sister {colleague} can pass "
             "on a message, her number is {phone}.\n\n{S}")],
  short=("In hospital from {d_next_short} for 2 weeks - account {ref}", "Will ring when I'm home. {first}"),
  labels=short_labels(),
  note="A debtor's own note that he will be away and who can pass on messages is human mail, not an "
       "out-of-office; it is an update, not a complaint.")
S(id=46, mb="conexus", kind="look", who=("Bridgeway Money Advice", "bridgewaymoneyadvice.org.uk"),
  variants=[("Fwd: Undeliverable: Financial statement - {client}",
             "{G}\n\nI tried to send the financial statement for my client {client} to the address on your last "
             "letter and it bounced (see below). I'm resending it here, attached. Our client proposes £{amt_small} "
             "per month from next month. Please confirm you have received it.\n\n{S}\nMoney Adviser, Bridgeway "
             "Money Advice\n\n---------- Forwarded message ---------\nFrom: Microsoft Outlook "
             "<postmaster@bridgewaymoneyadvice.org.uk>\nDate: {d_past_rfc}\nSubject: Undeliverable: Financial "
             "statement - {client}\n\nDelivery has failed to these recipients or groups:\n\npayments@conexus-cs.co.uk"
             "\nThe email address you entered couldn't be found.")],
  labels=short_labels(tp=True),
  note="A money adviser forwarding a bounce with her own words on top wrote the new text: third_party for her "
       "client, a neutral submission, not a complaint.")
S(id=47, mb="conexus", kind="look", who="consumer",
  variants=[("Fwd: We have received your email - {ref}",
             "{G}\n\nI want to make a formal complaint. I have emailed you four times since {d_past_long} about the "
             "balance on my account and every time I get the automatic reply below and nothing else. Nobody has "
             "answered a single question. I want a proper answer from a person within five days.\n\n{S}\n\n"
             "---------- Forwarded message ---------\nFrom: Conexus <noreply@conexus.co.uk>\nDate: {d_past_rfc}\n"
             "Subject: We have received your email - {ref}\n\nThank you for contacting Conexus. We have received "
             "your email and will respond within 5 working days. Please do not reply to this message.")],
  short=("FORMAL COMPLAINT - 4 emails, only automatic replies, account {ref}", ""),
  labels=short_labels(c=True, ex=True, cat="delay"),
  note="A person forwarding our autoresponder under her own formal complaint is human mail; the grievance is "
       "that no reply came, so delay, explicit.")
S(id=48, mb="conexus", kind="look", who="consumer",
  variants=[("Emails to my late husband - {client}",
             "{G}\n\nMy husband {client} died on {d_past_long}. I rang you twice to tell you and was told his "
             "account had been marked as deceased, but your system is still sending him automatic emails every few "
             "days - 'Your payment is overdue', 'Final reminder - act now'. They arrive in our shared inbox and I "
             "have to read them. It is upsetting and it needs to stop.\n\nPlease make sure the account is properly "
             "marked, stop the reminders, and write to me at this address about what happens next with his "
             "estate.\n\n{S}")],
  labels=short_labels(c=True, tp=True, cat="collection_conduct"),
  note="A bereaved spouse complaining about automatic reminders sent to her late husband's account writes for him: implicit "
       "complaint, third_party, collection_conduct; 'stop the reminders' is a conduct remedy, not objection.")
S(id=49, mb="conexus", kind="look", who="consumer",
  variants=[("Your Money Matters newsletter",
             "{G}\n\nFor the last three months I've received your 'Money Matters' email newsletter. I never asked "
             "for it, I have never agreed to marketing from you, and the only reason you have my email address is "
             "that you are collecting a debt from me. It makes me feel my details are being passed around.\n\n"
             "[[informed|Please tell me where you got my email address and what legal basis you rely on to send me "
             "these newsletters.]] [[objection|I object to you using my details for marketing of any kind.]]\n\n"
             "{S}\nAccount {ref}")],
  quote=("On {q_date}, Conexus Money Matters wrote:",
         "Money Matters - tips for a stronger budget\n\nFive ways to cut your energy bills this winter...\n\nYou "
         "are receiving this email because you are a Conexus customer. Unsubscribe"),
  labels=short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  note="A person objecting to a newsletter (quoted below) is human: implicit complaint about unexpected use of her "
       "email address (personal_data), asking the source and basis (informed) and objecting to marketing.")
S(id=50, mb="conexus", kind="look", who=("Lindgren Pryce Solicitors", "lindgrenpryce.co.uk"),
  variants=[("Our client: {client} - your ref {ref}",
             "Dear Sirs\n\nRe: Our client {client}, {street}, {town}\nYour reference: {ref}\n\nWe are "
             "instructed by the above-named client in relation to the account you are collecting on behalf of "
             "Beacon Home Finance. Please note our interest and direct all future correspondence to this office.\n"
             "\nPlease provide a true copy of the executed credit agreement under sections 77 to 78 of the Consumer "
             "Credit Act 1974, together with a statement of account. [[access|Please also provide a copy of all "
             "personal data you hold about our client in accordance with Article 15 of the UK GDPR.]] A signed "
             "form of authority is enclosed.\n\nPending your response, we would be grateful if you would place the "
             "account on hold.\n\nYours faithfully\n\nLindgren Pryce Solicitors")],
  labels=short_labels(r="access", tp=True),
  note="A formulaic solicitor's letter is human mail: third_party; the Article 15 request is access, while the "
       "credit-agreement copy and 'place on hold' are not UK GDPR rights; no dissatisfaction, not a complaint.")
S(id=51, mb="conexus", kind="look", who=("Northfield Citizens Advice", "northfieldca.org.uk"),
  variants=[("Client: {client} - token payment offer",
             "Dear Sir/Madam\n\nClient: {client}\nAccount number: {ref}\n\nWe are helping the above client with "
             "their finances. The client's financial statement is enclosed. Their only income is Universal Credit "
             "and after essential spending they have a surplus of £{amt_small} per month, which has been shared "
             "between their non-priority creditors on a pro-rata basis.\n\nWe propose a token payment of £1 per "
             "month, to be reviewed in six months. Please freeze interest and charges and hold recovery action for "
             "30 days while the offer is considered.\n\nPlease confirm acceptance in writing.\n\nYours faithfully\n"
             "\n{full}\nMoney Adviser\nNorthfield Citizens Advice")],
  labels=short_labels(tp=True),
  note="A money adviser's standard template letter is person-written: third_party; a token offer and 'hold "
       "recovery' are forbearance requests, not complaints or restriction.")
S(id=52, mb="conexus", kind="look", who="consumer", variants=[
    ("Calls to my work",
     "{G}\n\nOne of your collectors rang my work phone three times today even though I told him on Monday that I "
     "can't take personal calls at work, and gave him my mobile and a time to ring. My manager picked up the "
     "third call. This is embarrassing and I want it to stop - use my mobile, {phone}, after 5pm only. Please "
     "confirm this has been noted on my account.\n\n{first}\n\nSent from my Samsung Galaxy smartphone."),
    ("Calls to my work",
     "{G}\n\nOne of your collectors rang my work phone three times today even though I told him on Monday that I "
     "can't take personal calls at work, and gave him my mobile and a time to ring. My manager picked up the "
     "third call. This is embarrassing and I want it to stop - use my mobile, {phone}, after 5pm only. Please "
     "confirm this has been noted on my account.\n\n{S}\n\n--\nThis email and any files sent with it are "
     "confidential and intended only for the addressee. If you have received it in error please tell the sender "
     "and delete it. Working hours: Mon-Fri 8.30-4.30.")],
  labels=short_labels(c=True, cat="collection_conduct"),
  note="A phone signature or an employer's disclaimer footer does not make mail automatic: implicit complaint "
       "about calls to the workplace, collection_conduct; the call was only answered, no disclosure is stated.")
S(id=53, mb="conexus", kind="look", who="consumer",
  variants=[("Re: Your payment could not be taken",
             "{G}\n\nI've checked with my bank and the £25 did leave my account on the 1st - I have the statement. "
             "So the payment didn't fail, and I shouldn't be paying a £15 'failed payment fee' for it. This is the "
             "second month running. Please take the fee off and check your system.\n\n{S}")],
  quote=("On {q_date}, Conexus Payments wrote:",
         "Your payment could not be taken\n\nWe tried to collect your instalment of £25.00 for account CX{ref} but "
         "your bank declined it. A failed payment fee of £15.00 has been added to your balance. This is an "
         "automated message."),
  labels=short_labels(c=True, cat="fees_charges"),
  note="A person's reply to a payment notification disputing a failed-payment fee Conexus added: implicit "
       "complaint, fees_charges.")
S(id=54, mb="conexus", kind="look", who="consumer",
  variants=[("Is this email from you?",
             "{G}\n\nI got an email today that says it's from Conexus, offering me 40% off my balance if I settle "
             "by Friday. I've pasted it below. Is it really from you? I'm worried it's a scam because the link "
             "doesn't go to your website.\n\n{S}\n\n\"Good news {first}! You could clear your balance for less. "
             "Settle today and save 40%. Click here to see your offer.\nYou're receiving this because you have an "
             "account with us. To unsubscribe click here.\"")],
  short=("Is the 40% off settlement email really from Conexus?", ""),
  labels=short_labels(),
  note="A person pasting a marketing email with its unsubscribe line to ask if it is genuine wrote an enquiry: "
       "not auto_generated, not a complaint.")

# ===================== Conexus: ordinary mail (6) =====================
S(id=55, mb="conexus", kind="ord", who="consumer",
  variants=[("Complaint about phone calls - {ref}",
             "{G}\n\nI wish to complain about the number of calls I'm getting from you. Your staff rang me seven "
             "times on {d_past_long}, starting at 8.02am, including twice while I was on the school run. I have "
             "told your team that I am paid on the 28th and will pay then. Please stop this and confirm in writing "
             "how often you will contact me from now on.\n\n{S}")],
  short=("complaint - 7 calls in one day!!", "ref {ref}"),
  labels=short_labels(c=True, ex=True, cat="collection_conduct"),
  note="Explicit complaint about call frequency: collection_conduct; 'stop this' is a conduct remedy, not a data "
       "right.")
S(id=56, mb="conexus", kind="ord", who="consumer",
  variants=[("Northline bill - {ref}",
             "{G}\n\nYou are chasing me for £{amt} for Northline Energy. That bill is based on estimated readings "
             "for a flat I moved out of in {month_past}. I gave them a final reading and a photo of the meter and "
             "they never used it. The real amount should be about £60. I'm not paying a made-up figure.\n\n{S}")],
  quote=("On {q_date}, Conexus Customer Care wrote:",
         "Dear {first},\n\nYour account {ref} has been passed to us by Northline Energy. Please contact us to "
         "arrange payment of the outstanding balance."),
  labels=short_labels(c=True, cat="debt_dispute", firm="nte"),
  note="The root cause is the creditor's estimated bill, which only Northline can fix: implicit complaint, "
       "about_other_firm=nte, debt_dispute.")
S(id=57, mb="conexus", kind="ord", who="consumer",
  variants=[("Standing order?",
             "{G}\n\nCan I set up a standing order instead of paying by card each month? If so, what are your bank "
             "details and what reference should I use? My account number is {ref}.\n\n{S}")],
  short=("can i pay by standing order - {ref}", ""),
  labels=short_labels(), note="A routine payment question is an enquiry, not a complaint.")
S(id=58, mb="conexus", kind="ord", who="consumer",
  variants=[("Complaint - my details sent to my ex-partner",
             "{G}\n\nI'm making a complaint. Your payment plan confirmation, with my balance and my new address, "
             "was emailed to my ex-partner's email address on {d_past_long}. I asked you in {month_past} to "
             "replace that address and you obviously didn't. He now knows where I live.\n\n[[rectification|Please "
             "correct the email address on my account to this one today.]] [[restriction|Until that is confirmed, "
             "do not send anything to the old address at all.]] I also want to know what you are doing about the "
             "fact that my address has been given to him.\n\n{S}")],
  labels=short_labels(c=True, ex=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  note="Explicit complaint that her data was emailed to the wrong person (breach, personal_data) with a request "
       "to correct the address (rectification) and stop using the old one meanwhile (restriction).")
S(id=59, mb="conexus", kind="ord", who="consumer",
  variants=[("Before I use the online offer form",
             "{G}\n\nBefore I submit the online payment offer form, I'd like to check two things. [[automated_decision|"
             "If I use it, I would like a member of staff rather than the system to make the decision on my "
             "offer.]] [[access|Could you also send me copies of the recordings of my calls with you in "
             "{month_past}?]]\n\n{S}\nAccount {ref}")],
  labels=short_labels(r="automated_decision,access"),
  note="A calm request for a human decision (automated_decision) and call recordings (access) with no grievance: "
       "not a complaint.")
S(id=60, mb="conexus", kind="ord", who=("Lumen Water", "lumenwater.co.uk"),
  variants=[("Remittance report for {month_past} still outstanding",
             "{G}\n\nOur monthly remittance report from you was due on the fifth working day and we still haven't "
             "had {month_past}'s. It's the second month running it has been more than a week late, which holds "
             "up our reconciliation. Please send it today and tell me what is causing the delays.\n\n{S}\n"
             "Collections Partner Manager, Lumen Water")],
  labels=short_labels(c=True, cat="delay"),
  note="A creditor client's staff complaining that a report is late: implicit complaint, delay; Lumen is the "
       "sender, not the subject, so about_other_firm=null.")


# ---------------------------------------------------------------------------------------------
# rendering


def date_forms(d):
    return {"long": f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
            "short": f"{d.day} {MONTHS[d.month - 1]}", "num": d.strftime("%d/%m/%Y"),
            "rfc": f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year}"}


def person(rng, who, polish=False):
    if polish:
        first, last, local = POLISH[rng.randrange(len(POLISH))]
    else:
        first, last = FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))]
        f, l = first.lower().replace("â", "a"), last.lower()
        style = rng.randrange(5)
        local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{f}_{l}{rng.randrange(10, 99)}", f"{f}.{l}{rng.randrange(1, 9)}"][style]
    if who == "consumer":
        dom = CONSUMER_DOMAINS[rng.randrange(len(CONSUMER_DOMAINS))]
        if not polish and "." in local and rng.random() < 0.3:
            local = local.replace(".", "")
    else:
        dom = who[1]
        if not polish:
            local = f"{first.lower().replace('â', 'a')}.{last.lower()}" if rng.random() < 0.6 else \
                f"{first[0].lower()}{last.lower()}"
    return first, last, f"{local}@{dom}", dom


def context(rng, sc):
    first, last, email, dom = person(rng, sc["who"], sc.get("polish", False))
    cf, cl = FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))]
    while cf == first:
        cf = FIRST[rng.randrange(len(FIRST))]
    col_dom = dom if sc["who"] != "consumer" else CONSUMER_DOMAINS[rng.randrange(len(CONSUMER_DOMAINS))]
    now = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randrange(300))
    past = now - datetime.timedelta(days=rng.randrange(3, 40))
    nxt = now + datetime.timedelta(days=rng.randrange(2, 12))
    ret = nxt + datetime.timedelta(days=rng.randrange(7, 20))
    mp_first, mp_last = FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))]
    constituency = ["Wrexley and Dale", "Haverstock North", "Calderbridge", "Ostry Vale"][rng.randrange(4)]
    ctx = {
        "first": first, "last": last, "full": f"{first} {last}", "email": email, "email_dom": email.split("@")[1],
        "initials": (first[0] + last[0]).upper(),
        "colleague": f"{cf} {cl}", "col_email": f"{cf.lower().replace('â', 'a')}.{cl.lower()}@{col_dom}",
        "client": f"{FIRST[rng.randrange(40)]} {LAST[rng.randrange(40)]}",
        "client2": f"{FIRST[rng.randrange(40)]} {LAST[rng.randrange(40)]}",
        "ref": (f"PX-C-{rng.randrange(20000, 39999)}" if sc["mb"] == "pexa" else f"CX-{rng.randrange(1000000, 9999999)}"),
        "ws": f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}",
        "inc": str(rng.randrange(100000, 999999)), "appref": f"A{rng.randrange(100, 999)}{rng.randrange(1000, 9999)}",
        "phone": f"07700 900{rng.randrange(100, 999)}", "amt": f"{rng.randrange(180, 4200):,}",
        "amt_small": str(rng.randrange(12, 90)), "time": f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}",
        "street": f"{rng.randrange(2, 98)} {STREETS[rng.randrange(len(STREETS))]}", "town": TOWNS[rng.randrange(len(TOWNS))],
        "n1": str(rng.randrange(2, 9)), "n2": str(rng.randrange(10, 99)), "n3": str(rng.randrange(100, 999)),
        "n4": str(rng.randrange(1000, 9999)), "tok": f"{rng.getrandbits(32):08x}",
        "month": MONTHS[past.month - 1], "month_past": MONTHS[(past.month - 2) % 12],
        "d_ret_month": MONTHS[(ret.month + 4) % 12],
        "mp": f"{mp_first} {mp_last} MP", "mp_short": f"{mp_first} {mp_last}", "constituency": constituency,
        "mp_email": f"{mp_first.lower().replace('â', 'a')}.{mp_last.lower()}.mp@parliament.uk",
        "q_date": date_forms(past)["long"],
    }
    for key, d in (("d_now", now), ("d_past", past), ("d_next", nxt), ("d_ret", ret)):
        for form, v in date_forms(d).items():
            ctx[f"{key}_{form}"] = v
    for key in ("d_past_rfc", "d_now_rfc"):
        ctx[key] += f" {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0000"
    return ctx


def fill(text, ctx):
    return text.format_map(ctx)


def pick_sender(rng, sc, ctx):
    if sc.get("mp"):
        return f"Office of {ctx['mp_short']} MP <{ctx['mp_email']}>"
    if "sender" in sc:
        return fill(sc["sender"][rng.randrange(len(sc["sender"]))], ctx)
    return f"{ctx['full']} <{ctx['email']}>"


def newsletter_html(text, ctx):
    """A newsletter's HTML body: title, articles as headed blocks, a small-print footer."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    out = ['<html><body style="font-family:Arial,sans-serif">', '<table width="600" align="center"><tr><td>',
           f'<h1 style="color:#1d3557">{esc(paras[0])}</h1>']
    for p in paras[1:-1]:
        head, _, rest = p.partition("\n")
        out.append(f"<h3>{esc(head)}</h3><p>{esc(rest)}</p>" if rest else f"<p><b>{esc(head)}</b></p>")
    out.append(f'<p style="font-size:11px;color:#777">{esc(paras[-1])}</p>')
    out.append(f'<img src="https://track.example-mailer.net/o/{ctx["tok"]}.gif" width="1" height="1" alt="">')
    out.append("</td></tr></table></body></html>")
    return "\n".join(out)


def render_auto(rng, sc, i, plan):
    ctx = context(rng, sc)
    subj_t, body_t = sc["variants"][i % len(sc["variants"])]
    subject, body = fill(subj_t, ctx), fill(body_t, ctx)
    tags = []
    if plan["fq"][i]:
        fq = fill(sc["fq"], ctx)
        if rng.random() < 0.5 and not fq.startswith("-----") and not fq.startswith("---"):
            body += "\n\n" + "\n".join(("> " + ln) if ln else ">" for ln in fq.split("\n"))
        else:
            body += "\n\n" + fq
        tags.append("quote")
    headers = {k: fill(v, ctx) for k, v in sc["hdr"].items()} if plan["hdr"][i] else {}
    tags.append("hdr" if headers else "nohdr")
    html = plan["html"][i]
    if html:
        tags.append("html")
    sender = pick_sender(rng, sc, ctx)
    rec = finish_marked_record(rng, mailbox=sc["mb"], sender=sender, subject=subject, body=body, html=html,
                               quote=None, subject_marks=[], body_marks=[], labels=sc["labels"], note=sc["note"],
                               source=f"{PREFIX}-s{sc['id']:03d}", env="auto-" + "-".join(tags), headers=headers)
    if html and sc.get("newsletter"):
        rec["body"] = newsletter_html(body, ctx)
    return rec


def render_human(rng, sc, i, env):
    ctx = context(rng, sc)
    greet = GREET[sc["mb"]][rng.randrange(len(GREET[sc["mb"]]))]
    ctx["G"] = greet
    signs = SIGN_FORMAL if greet in ("Dear Sir or Madam,", "To whom it may concern,") else SIGN
    ctx["S"] = fill(signs[rng.randrange(len(signs))], ctx)
    if "short" in env:
        subj_m, body_m = sc["short"]
    else:
        subj_m, body_m = sc["variants"][i % len(sc["variants"])]
    subj_m, body_m = fill(subj_m, ctx), fill(body_m, ctx)
    if "typo" in env:
        body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.3)
    quote = None
    if "reply" in env:
        head, text = sc["quote"]
        quote = (fill(head, ctx), fill(text, dict(ctx, ref="{ref}")))
    return finish_marked_record(rng, mailbox=sc["mb"], sender=pick_sender(rng, sc, ctx),
                                subject=strip_marks(subj_m, MARK_RIGHTS), body=strip_marks(body_m, MARK_RIGHTS),
                                html="html" in env, quote=quote, subject_marks=rights_marks_of(subj_m),
                                body_marks=rights_marks_of(body_m), labels=sc["labels"], note=sc["note"],
                                source=f"{PREFIX}-s{sc['id']:03d}", env=env)


def human_env(rng, sc):
    """One envelope name: short | plain | html | typo | reply, reply-html, reply-typo."""
    if sc.get("short") and rng.random() < 0.3:
        return "short"
    flags = []
    if sc.get("quote") and rng.random() < 0.65:
        flags.append("reply")
    r = rng.random()
    if r < 0.3:
        flags.append("html")
    elif r < 0.65:
        flags.append("typo")
    return "-".join(flags) or "plain"


def build(rng):
    records = []
    for sc in SCEN:
        if sc["kind"] == "auto":
            first = rng.randrange(2)
            plan = {}
            for key, mode_key in (("fq", "fq_mode"), ("hdr", "hdr_mode"), ("html", "html_mode")):
                mode = sc.get(mode_key, "both" if key == "fq" and sc.get("fq") else "none")
                if key == "hdr" and not sc.get("hdr"):
                    mode = "none"
                plan[key] = {"both": [True, True], "none": [False, False],
                             "one": [first == 0, first == 1]}[mode]
                first = rng.randrange(2)
            for i in range(2):
                records.append(render_auto(rng, sc, i, plan))
        else:
            envs = [human_env(rng, sc)]
            second = human_env(rng, sc)
            while second == envs[0]:
                second = human_env(rng, sc)
            envs.append(second)
            if sc.get("short") and "short" not in envs and rng.random() < 0.5:
                envs[rng.randrange(2)] = "short"
                if envs[0] == envs[1]:
                    envs = ["short", "plain"]
            for i, env in enumerate(envs):
                records.append(render_human(rng, sc, i, env))
    return records


KIND = {f"{PREFIX}-s{sc['id']:03d}": sc["kind"] for sc in SCEN}


def summary(records, env_counts):
    by_src = collections.defaultdict(list)
    for r in records:
        by_src[r["source"]].append(r)
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(by_src)} scenarios"]
    lines.append("mailboxes (emails): " + ", ".join(f"{k} {v}" for k, v in
                                                   sorted(collections.Counter(r["mailbox"] for r in records).items())))
    kinds = collections.Counter(KIND[s] for s in by_src)
    lines.append("scenarios by kind: " + ", ".join(f"{k} {kinds[k]}" for k in ("auto", "look", "ord")))
    labs = [r["labels"] for r in records]
    lines.append(f"auto_generated emails {sum(l['auto_generated'] for l in labs)}; with headers "
                 f"{sum(bool(r['headers']) for r in records)}; html {sum(r['html'] for r in records)}")
    lines.append(f"complaints: {sum(l['complaint'] for l in labs)} emails "
                 f"({sum(l['explicit'] for l in labs)} explicit), "
                 f"{sum(v[0]['labels']['complaint'] for v in by_src.values())} scenarios; third party "
                 f"{sum(l['third_party'] for l in labs)} emails, {sum(v[0]['labels']['third_party'] for v in by_src.values())} scenarios")
    for right in RIGHTS:
        e = sum(right in l["rights"] for l in labs)
        s = sum(right in v[0]["labels"]["rights"] for v in by_src.values())
        lines.append(f"  {right}: {e} emails, {s} scenarios")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
