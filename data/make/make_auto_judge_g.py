#!/usr/bin/env python3
"""Evaluation set auto_judge_g: machine-made mail (auto_generated) against mail a person wrote.

60 scenarios (30 per mailbox), each rendered twice with different envelopes drawn from the seeded rng:
28 machine-made (out-of-office, bounce, read/delivery receipt, ticket autoresponder, newsletter or mailing list,
system notification; about half with no automatic header at all), 20 look-alikes written by a person (away notes,
forwarded bounces and auto-replies with the writer's own words on top, complaints about automatic mail, formulaic
letters, replies to portal notifications, signature blocks, pasted unsubscribe lines) and 12 ordinary letters.

Every label follows the labelling guide; each scenario's `note` gives the rule used. Request sentences are marked
inline as [[right|sentence]]. Stdlib only:  .venv/bin/python data/make/make_auto_judge_g.py
"""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20271128
PREFIX = "aug"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_g.jsonl")

# ---------------------------------------------------------------------------------------------
# envelope pools (all invented)

UK_FIRST = ["Aisha", "Ben", "Chloe", "Daniel", "Eleanor", "Farah", "George", "Hannah", "Imran", "Jasmine", "Kieran",
            "Lucy", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sophie", "Tom", "Yasmin", "Grace", "Ellis",
            "Martha", "Dev", "Rosa", "Sean", "Abigail", "Nathan", "Leah", "Marcus", "Bethan", "Adeel", "Zara"]
UK_LAST = ["Thornton", "Brennan", "Hussain", "Pryce", "Carver", "Doherty", "Mensah", "Lockwood", "Patel",
           "Gallagher", "Fairbairn", "Ashby", "Nolan", "Redfern", "Chaudhry", "Hale", "Sutcliffe", "Quinn",
           "Baptiste", "Ferris", "Maddox", "Osei", "Rowntree", "Tran", "Whitlock", "Kinsella", "Dunmore", "Akhtar"]
WELSH = [("Rhiannon", "Pugh"), ("Gethin", "Morgan"), ("Sioned", "Evans"), ("Dafydd", "Rees"), ("Carys", "Jenkins"),
         ("Iwan", "Price"), ("Ffion", "Llewellyn"), ("Aled", "Bowen")]
POLISH = [("Katarzyna", "Nowak", "katarzyna", "nowak"), ("Tomasz", "Wiśniewski", "tomasz", "wisniewski"),
          ("Agnieszka", "Zielińska", "agnieszka", "zielinska"), ("Marek", "Kowalski", "marek", "kowalski"),
          ("Joanna", "Lewandowska", "joanna", "lewandowska"), ("Paweł", "Wójcik", "pawel", "wojcik")]
WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com",
           "virginmedia.com", "talktalk.net"]
LANDLINE = ["0161 496 0{n}", "0113 496 0{n}", "0117 496 0{n}", "020 7946 0{n}", "0121 496 0{n}", "029 2018 0{n}",
            "0191 498 0{n}"]

GREET = {"pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear PEXA team,", "Good morning,", "Good afternoon,",
                  "Hi there,"],
         "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Hi,", "To whom it may concern,",
                     "Good morning,"]}
SIGN = ["Thanks,\n{name}", "Kind regards,\n{name}", "Regards,\n{first}", "Many thanks,\n{name}",
        "Best wishes,\n{name}", "Thank you,\n{name}", "Thanks\n{first}"]

FEMALE_FIRST = ["Aisha", "Chloe", "Eleanor", "Farah", "Hannah", "Jasmine", "Lucy", "Niamh", "Priya", "Sophie",
                "Yasmin", "Grace", "Martha", "Rosa", "Abigail", "Leah", "Bethan", "Zara"]
MALE_FIRST = ["Ben", "Daniel", "George", "Imran", "Kieran", "Mohammed", "Owen", "Rhys", "Tom", "Dev", "Sean",
              "Nathan", "Marcus", "Adeel", "Derek", "Alan", "Clive", "Raymond"]

AUTO_HDR = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}


# ---------------------------------------------------------------------------------------------
# the scenarios
#
# who: ("web",) a personal webmail address; ("org", domain) an address at that domain;
#      ("fixed", [(name, address), ...]) one of these (placeholders allowed).
# kind: auto / look / ord.  quote: (header line, text) the firm's earlier message; quote_req: it is always quoted.
# html: "ok" (may be rendered as HTML), "no", or "raw" (raw_html is the HTML version of the body).
# short: (subject, body) a short or subject-only version (always one of the two renderings).
# typo: letter-edit typos allowed.  bare: one rendering may come without the scenario's headers.  names: "uk" / "welsh" / "polish".

Q_PEXA_ACK = ("On {qdate}, PEXA Customer Resolution wrote:",
              "Dear {first},\n\nThank you for your email about workspace {ws}. We have logged your concerns under "
              "reference PX-C-{ref} and will send you a full response within eight weeks. If we can resolve "
              "matters sooner we will contact you.\n\nPEXA Customer Resolution")
Q_CONEXUS_PLAN = ("On {qdate}, Conexus Customer Relations wrote:",
                  "Dear {first},\n\nThis is to confirm the payment arrangement agreed on the phone: £{amt3} a month "
                  "by standing order from {date}. Your account reference is CX-{ref}.\n\nConexus Customer "
                  "Relations")

SCENARIOS = [
    # ===================================================== PEXA: machine-made =====================================
    dict(sid=1, mb="pexa", kind="auto", who=("org", "harcourt-vale.co.uk"), html="ok", typo=True,
         subject="Re: Workspace {ws} - your concerns about the rejected lodgement",
         body="Thank you for your message. I am currently out of the office and will return on {back}. During my "
              "absence I will have only occasional access to email.\n\nFor anything relating to a live completion, "
              "please call our post-completion team on {phone} or email postcompletion@harcourt-vale.co.uk.\n\n"
              "{name}\nSenior Conveyancing Executive\nHarcourt Vale Solicitors",
         quote=Q_PEXA_ACK, quote_req=True,
         lab=short_labels(auto=True),
         note="Standard out-of-office wording (away until a date, alternative contact) with no automatic header "
              "and nothing new written: auto_generated=true; the complaint exists only in the subject and quote."),
    dict(sid=2, mb="pexa", kind="auto", who=("org", "cymoeddmortgages.co.uk"), names="welsh", html="ok",
         subject="Automatic reply: Settlement funds for workspace {ws}",
         body="Diolch am eich neges. Rydw i allan o'r swyddfa tan {back_num} heb fynediad at e-bost. Os yw eich neges "
              "yn ymwneud â chwblhau heddiw, cysylltwch â'r tîm cwblhau ar {phone}.\n\nThank you for your message. "
              "I am out of the office until {back} with no access to email. If your message concerns a completion "
              "due today, please contact the completions team on {phone}.\n\n{name}\nSwyddog Cwblhau / "
              "Completions Officer\nCymoedd Mortgage Services",
         headers=AUTO_HDR,
         lab=short_labels(auto=True),
         note="Bilingual Welsh/English out-of-office with Auto-Submitted and X-Autoreply headers: auto_generated, "
              "every other label empty."),
    dict(sid=3, mb="pexa", kind="auto", who=("org", "wexcombebank.co.uk"), html="ok", typo=True,
         subject="Automatic reply: Invoice INV-{ref2} - platform fees",
         body="I am on parental leave until {longback} and this mailbox is not being monitored. Your email will not "
              "be forwarded.\n\nFor platform fee and invoice matters please write to mortgage.ops@wexcombebank.co.uk. "
              "For anything else please call the switchboard on {phone}.\n\n{name}\nMortgage Operations, "
              "Wexcombe Bank",
         quote=("On {qdate}, PEXA Finance wrote:",
                "Dear {first},\n\nFurther to your query about the duplicated settlement fee on invoice INV-{ref2}, we "
                "have reviewed the charges and will issue a credit note this week.\n\nPEXA Finance"),
         headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
         lab=short_labels(auto=True),
         note="Extended-leave out-of-office (mailbox not monitored) with auto headers, replying to our note on a fee "
              "query: auto_generated; the fee dispute in the quote is not new text."),
    dict(sid=4, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("Microsoft Outlook", "postmaster@brightwellconveyancing.onmicrosoft.com"),
                        ("Microsoft Outlook", "postmaster@lyndhurstlegal.onmicrosoft.com")]),
         subject="Undeliverable: Response to your complaint PX-C-{ref2}",
         body="Your message to {raddr} couldn't be delivered.\n\n{rlocal} wasn't found at {rdomain}.\n\n"
              "Action required: Recipient. Unknown To address.\n\nHow to fix it\nThe address may be misspelled or "
              "may not exist. Retype the recipient's address, then resend the message. If you are using the "
              "autocomplete list, delete the entry first.\n\nDiagnostic information for administrators:\n"
              "Generating server: LO2P265MB{n4}.GBRP265.PROD.OUTLOOK.COM\n{raddr}\nRemote server returned "
              "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
              "Original message:\nFrom: PEXA Customer Resolution <complaints@pexa.co.uk>\nTo: {raddr}\n"
              "Subject: Response to your complaint PX-C-{ref2}\n\nDear {rfirst} {rlast},\n\nI am writing with our "
              "response to your complaint about the delayed registration of your purchase. Having reviewed the "
              "workspace history, I uphold your complaint in part ...",
         headers={"return-path": "<>",
                  "content-type": "multipart/report; report-type=delivery-status; boundary=\"b1_{n4}\""},
         lab=short_labels(auto=True),
         note="Non-delivery report (postmaster sender, empty Return-Path, multipart/report) of our complaint "
              "response: auto_generated; the complaint text belongs to the returned original."),
    dict(sid=5, mb="pexa", kind="auto", html="no",
         who=("fixed", [("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")]),
         subject="Delivery Status Notification (Delay)",
         body="This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
              "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n"
              "     {raddr}\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n"
              "The recipient server did not accept our requests to connect. [mx1.{rdomain}. 203.0.113.{n2}: "
              "timed out]\n\n----- Original message -----\n\nSubject: Your onboarding documents - next steps\n\n"
              "Dear {rfirst},\n\nThank you for sending your firm's registration documents. Before we can activate "
              "your subscription we need a certified copy of ...",
         short=("Delivery Status Notification (Delay)",
                "Delivery to the following recipient has been delayed:\n\n     {raddr}\n\nMessage will be retried "
                "for 2 more day(s)"),
         lab=short_labels(auto=True),
         note="A delay warning from a mail server with no auto header: the DSN wording alone makes it "
              "auto_generated."),
    dict(sid=6, mb="pexa", kind="auto", who=("org", "stanwaylegal.co.uk"), html="ok",
         subject="Read: Final response - complaint PX-C-{ref2}",
         body="Your message\n\n    To: {name}\n    Subject: Final response - complaint PX-C-{ref2}\n    Sent: "
              "{sent}\n\nwas read on {readtime}.",
         headers={"content-type": "multipart/report; report-type=disposition-notification; boundary=\"rr{n4}\""},
         lab=short_labels(auto=True),
         note="A read receipt (disposition-notification report) is produced by the mail client: auto_generated, "
              "even though the subject names a complaint."),
    dict(sid=7, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("Fenwick Rowe Client Care", "no-reply@fenwickrowe.co.uk"),
                        ("Fenwick Rowe LLP", "clientcare-noreply@fenwickrowe.co.uk")]),
         subject="[Ticket #{ref2}] Workspace {ws} - request for completion statement",
         body="Dear sender,\n\nThank you for contacting Fenwick Rowe LLP. We have received your enquiry and it has "
              "been given the reference FR-{ref2}. A member of our client care team will respond within two working "
              "days.\n\nPlease keep the reference in the subject line of any further correspondence. This mailbox "
              "is not monitored, so please do not reply to this message.\n\nIf your matter concerns a completion "
              "taking place today, please call {phone}.\n\nFenwick Rowe LLP is authorised and regulated by the "
              "Solicitors Regulation Authority.",
         quote=("On {qdate}, PEXA Support wrote:",
                "Hello,\n\nCould you send the signed completion statement for workspace {ws}? Our ref SR-{ref}."),
         lab=short_labels(auto=True),
         note="Another organisation's ticket-system acknowledgement ('we have received your enquiry, reference') "
              "without auto headers: auto_generated."),
    dict(sid=8, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("Ridgeway Property Searches", "support@ridgewaysearches.co.uk"),
                        ("Ridgeway Support", "helpdesk@ridgewaysearches.co.uk")]),
         subject="Request received: RPS-{ref2}",
         body="Hi,\n\nWe've received your request and a ticket has been opened for you (RPS-{ref2}).\n\nOur support "
              "team works 8:30 to 17:30, Monday to Friday, and most tickets are answered on the same day. You can "
              "add information to your ticket by replying to this email, keeping the reference in the subject.\n\n"
              "Ridgeway Property Searches Support\nThis is an automated message.",
         headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
         lab=short_labels(auto=True),
         note="Ticket autoresponder with Auto-Submitted: auto-generated: auto_generated, nothing else."),
    dict(sid=9, mb="pexa", kind="auto", html="raw",
         who=("fixed", [("The Conveyancing Practice Bulletin", "bulletin@conveyancingpractice.co.uk")]),
         subject="Complaints about delay top the list again - plus ID retention and the 2pm cut-off",
         body="THE CONVEYANCING PRACTICE BULLETIN - Issue {issue}, {month}\n\nCOMPLAINTS ABOUT DELAY: WHAT THE LATEST "
              "OMBUDSMAN FIGURES SHOW\nDelay remained the most common reason clients complained about residential "
              "conveyancing last year, ahead of poor communication and costs. We look at three files where a firm's "
              "first response made things worse, and at what a good acknowledgement letter contains.\n\nID "
              "DOCUMENTS: HOW LONG SHOULD YOU KEEP THEM?\nOur guest writer explains where the money laundering rules "
              "and data protection law pull in different directions, and how to answer a client who asks you to "
              "delete their passport copy.\n\nEVENTS\nWebinar, {eventdate}: digital completions and the 2pm cut-off.\n\n"
              "You are receiving this bulletin because you registered at conveyancingpractice.co.uk. Unsubscribe: "
              "https://conveyancingpractice.co.uk/unsubscribe?u={tok}",
         raw_html="<html><body>\n<h2>The Conveyancing Practice Bulletin</h2>\n<p>Issue {issue} | {month}</p>\n"
                  "<h3>Complaints about delay: what the latest ombudsman figures show</h3>\n<p>Delay remained the "
                  "most common reason clients complained about residential conveyancing last year, ahead of poor "
                  "communication and costs. We look at three files where a firm's first response made things worse, "
                  "and at what a good acknowledgement letter contains.</p>\n<h3>ID documents: how long should you "
                  "keep them?</h3>\n<p>Our guest writer explains where the money laundering rules and data protection "
                  "law pull in different directions, and how to answer a client who asks you to delete their passport "
                  "copy.</p>\n<h3>Events</h3>\n<p>Webinar, {eventdate}: digital completions and the 2pm cut-off.</p>\n"
                  "<hr>\n<p style=\"font-size:11px\">You are receiving this bulletin because you registered at "
                  "conveyancingpractice.co.uk. <a href=\"https://conveyancingpractice.co.uk/unsubscribe?u={tok}\">"
                  "Unsubscribe</a> | <a href=\"https://conveyancingpractice.co.uk/preferences?u={tok}\">Update your "
                  "preferences</a><br>Conveyancing Practice Media Ltd, 9 Westgate Chambers, Chester CH1 2LE</p>\n"
                  "</body></html>",
         headers={"precedence": "bulk",
                  "list-id": "The Conveyancing Practice Bulletin <bulletin.conveyancingpractice.co.uk>",
                  "list-unsubscribe": "<https://conveyancingpractice.co.uk/unsubscribe?u={tok}>, "
                                      "<mailto:unsubscribe@conveyancingpractice.co.uk>"},
         lab=short_labels(auto=True),
         note="A trade newsletter (Precedence: bulk, List-Id, List-Unsubscribe): auto_generated; complaints and "
              "deleting ID copies are article topics, not the sender's grievance or request."),
    dict(sid=10, mb="pexa", kind="auto", html="no", bare=True,
         who=("fixed", [("conveytech-uk-request", "conveytech-uk-request@lists.conveytech.org.uk")]),
         subject="conveytech-uk Digest, Vol {vol}, Issue {issue}",
         body="Send conveytech-uk mailing list submissions to\n\tconveytech-uk@lists.conveytech.org.uk\n\nTo "
              "subscribe or unsubscribe via the web, visit\n\thttps://lists.conveytech.org.uk/mailman/listinfo/"
              "conveytech-uk\nor, via email, send a message with subject or body 'help' to\n\t"
              "conveytech-uk-request@lists.conveytech.org.uk\n\nWhen replying, please edit your Subject line so it "
              "is more specific than \"Re: Contents of conveytech-uk digest...\"\n\nToday's Topics:\n\n   1. "
              "Workspaces stuck at lodgement pending ({rfirst} {rlast})\n   2. Re: Case management integrations "
              "(Mel Osei)\n\n----------------------------------------------------------------------\n\nMessage: 1\n"
              "From: {rfirst} {rlast} <{raddr}>\nSubject: [conveytech-uk] Workspaces stuck at lodgement pending\n\n"
              "Anyone else have workspaces sitting at 'lodgement pending' for most of Friday afternoon? We had two "
              "completions slip to Monday and I'm still waiting for a proper explanation from PEXA. Fed up with it "
              "to be honest.\n\n------------------------------\n\nMessage: 2\nFrom: Mel Osei\nSubject: Re: "
              "[conveytech-uk] Case management integrations\n\nWe use the API connector and it has been fine since "
              "the March update.\n\n------------------------------\n\nEnd of conveytech-uk Digest, Vol {vol}, Issue "
              "{issue}\n**************************************",
         headers={"list-id": "UK conveyancing technology discussion <conveytech-uk.lists.conveytech.org.uk>",
                  "list-unsubscribe": "<https://lists.conveytech.org.uk/mailman/options/conveytech-uk>, "
                                      "<mailto:conveytech-uk-request@lists.conveytech.org.uk?subject=unsubscribe>",
                  "precedence": "list"},
         lab=short_labels(auto=True),
         note="A mailing-list digest is auto_generated even though one post inside it grumbles about PEXA: the "
              "mail was produced by the list software, not written to us (guide rule 4)."),
    dict(sid=11, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("PEXA Notifications", "no-reply@notifications.pexa.co.uk")]),
         subject="Workspace {ws}: settlement did not complete - action required",
         body="This is an automated notification.\n\nSettlement for workspace {ws}, scheduled for {date} at 14:00, "
              "did not complete.\n\nReason code: FUNDS_NOT_CONFIRMED\nWorkspace status: Settlement failed\n"
              "Participants notified: 4\n\nLog in to the workspace to review the funds and reschedule. Please do not "
              "reply to this email; this address is not monitored.",
         lab=short_labels(auto=True),
         note="A platform status notification (no-reply sender, 'automated notification') with no header: "
              "auto_generated; the failed settlement is a system event, not a grievance."),
    dict(sid=12, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("Accounts Payable", "ap-noreply@harlingtonfinance.co.uk"),
                        ("Harlington Finance Payments", "payments.noreply@harlingtonfinance.co.uk")]),
         subject="Remittance advice - payment {ref2}",
         body="REMITTANCE ADVICE\n\nSupplier: Digital Completion UK Ltd\nPayment reference: {ref2}\nPayment date: "
              "{date}\nAmount: £{amt}.00\n\nInvoices paid:\nINV-{ref3}  £{amt}.00\n\nThis is a system-generated "
              "email. Please do not reply. Queries about this payment should be sent to the accounts payable "
              "team quoting the payment reference.",
         lab=short_labels(auto=True),
         note="A payment system's remittance advice with no header: machine-made, auto_generated."),
    dict(sid=13, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("SignStack", "security@notify.signstack.io"), ("SignStack Accounts", "no-reply@signstack.io")]),
         subject="New sign-in to your SignStack account",
         body="Hi,\n\nWe noticed a new sign-in to your SignStack account (complaints@pexa.co.uk).\n\nDevice: Chrome on "
              "Windows\nLocation: near Manchester, United Kingdom\nTime: {sent}\n\nIf this was you, you don't need "
              "to do anything. If you don't recognise this activity, reset your password and review your "
              "account's active sessions.\n\nThe SignStack team",
         lab=short_labels(auto=True),
         note="A login alert from a signing service (no header): a system notification, auto_generated."),
    dict(sid=14, mb="pexa", kind="auto", html="ok",
         who=("fixed", [("Microsoft Outlook", "postmaster@ashbournesmith.co.uk"),
                        ("Microsoft Outlook", "postmaster@kilnworthlaw.co.uk")]),
         subject="Delivered: Your complaint PX-C-{ref2} - acknowledgement",
         body="Your message has been delivered to the following recipients:\n\n{rfirst} {rlast} ({raddr})\n\n"
              "Subject: Your complaint PX-C-{ref2} - acknowledgement",
         lab=short_labels(auto=True),
         note="A delivery receipt without headers: auto_generated; 'complaint' is only the returned subject."),

    # ===================================================== PEXA: look-alikes =====================================
    dict(sid=15, mb="pexa", kind="look", who=("org", "pellowstrand.co.uk"), html="ok", typo=True,
         subject="Away from {date} - cover for workspace {ws}",
         body="{greet}\n\nJust a heads-up that I'm on leave from {date} for a fortnight. Workspace {ws} is due to "
              "settle while I'm away, and my colleague {cname} will be looking after it and can be reached on "
              "{phone} or {caddr}.\n\nI've already given {cfirst} the signer role on our subscription, so there's "
              "nothing you need to do - I just didn't want your team chasing me and getting my out-of-office.\n\n"
              "{sign}\nPellow & Strand Solicitors",
         short=("Away from {date} for 2 weeks - {cname} covering workspace {ws} ({phone})", ""),
         lab=short_labels(),
         note="A person's own note before going on leave, naming the matter and the cover: written by a person, so "
              "not auto_generated; neutral, so not a complaint."),
    dict(sid=16, mb="pexa", kind="look", who=("org", "marlowhaig.co.uk"), html="ok", typo=True,
         subject="Fwd: Undelivered Mail Returned to Sender",
         body="{greet}\n\nWe keep getting the bounce below whenever your platform emails our former colleague "
              "{cname}, who left the firm at the end of January. Could you change our firm's notification "
              "contact to completions@marlowhaig.co.uk so that workspace updates reach the team? Our subscriber "
              "number is SUB-{ref3}.\n\n{sign}\nMarlow Haig LLP\n\n---------- Forwarded message ---------\nFrom: "
              "Mail Delivery System <MAILER-DAEMON@mx.marlowhaig.co.uk>\nSubject: Undelivered Mail Returned to "
              "Sender\n\n<{caddr}>: host mx.marlowhaig.co.uk said: 550 5.1.1 User unknown\n\n------ Original "
              "message ------\nFrom: PEXA Notifications <no-reply@notifications.pexa.co.uk>\nSubject: Workspace "
              "{ws}: invitation accepted",
         lab=short_labels(),
         note="A person forwarding a bounce with a routine request on top: the new text is human, so "
              "auto_generated=false; an admin change with no dissatisfaction is not a complaint, and changing a "
              "firm's notification mailbox is not a data right."),
    dict(sid=17, mb="pexa", kind="look", who=("org", "quaysidelaw.co.uk"), html="ok", typo=True,
         subject="We have received your request - workspace {ws}",
         body="{greet}\n\nBelow is the automatic acknowledgement I got on {qday}. It promised a reply within two "
              "working days. It is now eight working days, the workspace is still locked, and our buyers' "
              "completion has been put back twice.\n\nI need someone who can actually unlock it to ring me today on "
              "{phone}.\n\n{sign}\nQuayside Law",
         quote=("On {qdate}, PEXA Support wrote:",
                "This is an automated response. We have received your request and created ticket SR-{ref}. A support "
                "analyst will reply within two working days. Please do not reply to this message."),
         quote_req=True,
         lab=short_labels(c=True, cat="delay"),
         note="A person forwards our auto-acknowledgement with a 'still waiting' chaser on top: auto_generated=false, "
              "implicit complaint, category delay (rule 6)."),
    dict(sid=18, mb="pexa", kind="look", who=("org", "brockhurstlaw.co.uk"), html="ok", typo=True,
         subject="Still getting your marketing emails",
         body="{greet}\n\nI unsubscribed from the PEXA Insights newsletter in February and again last month, and I am "
              "still receiving it, along with invitations to webinars I never signed up for.\n\n"
              "[[objection|I object to my email address being used for any marketing or event mailings from now "
              "on.]] Please confirm within a week that this has actually been done this time.\n\n{sign}",
         lab=short_labels(c=True, pd=True, r="objection", cat="personal_data"),
         note="A person complaining about newsletters: dissatisfaction plus a demand makes an implicit complaint "
              "about data used after an opt-out (personal_data), with an objection to marketing."),
    dict(sid=19, mb="pexa", kind="look", who=("org", "tennantgrove.co.uk"), html="ok", typo=True,
         subject="Automatic notification emails - formal complaint",
         body="{greet}\n\nI would like to make a formal complaint about the volume of automatic emails the platform "
              "sends. Yesterday our completions inbox received over 140 notifications for nine workspaces, one for "
              "every status change to every participant.\n\nIn the middle of them was a genuine warning about a "
              "funds mismatch, which nobody saw until the afternoon. There is no setting that lets us choose which "
              "notifications go to whom, so the important ones are buried.\n\nPlease tell me what you are going to "
              "do about this.\n\n{sign}\nHead of Conveyancing, Tennant Grove Solicitors",
         lab=short_labels(c=True, ex=True, cat="usability"),
         note="A person's explicit complaint about automatic emails: the notifications work as designed but make "
              "the system error-prone to use, so category usability."),
    dict(sid=20, mb="pexa", kind="look", who=("web",), html="ok", typo=True,
         subject="Your PEXA user account will be deactivated",
         body="{greet}\n\nThat's fine - I've moved to a firm that doesn't use the platform.\n\n[[portability|Before "
              "the account goes, please send me my training and CPD completion records as a CSV file so I can "
              "upload them to my new firm's training system.]]\n\n{sign}",
         quote=("On {qdate}, PEXA Notifications wrote:",
                "Your PEXA user account has not been used for 180 days and will be deactivated in 30 days. To keep "
                "it, log in before then. Reference U-{ref}. This is an automated message."),
         quote_req=True,
         lab=short_labels(r="portability"),
         note="A person replying to an automated deactivation notice: not auto_generated; no dissatisfaction, so not "
              "a complaint; a CSV copy to load into another system is portability."),
    dict(sid=21, mb="pexa", kind="look", who=("org", "fairleighcooper.co.uk"), html="ok", typo=True,
         subject="Password reset I didn't request",
         body="{greet}\n\nI didn't ask for the reset below. Could you check whether someone has been trying to get "
              "into my account, and lock it if needed? I'm at my desk until 5 if you want to call on {phone}.\n\n"
              "[[informed|Could you also tell me what information you record about my log-ins and how long you keep "
              "it?]]\n\n{sign}",
         quote=("On {qdate}, PEXA Notifications wrote:",
                "A password reset was requested for your PEXA account. If this was you, use the link below within "
                "30 minutes. If it wasn't, you can ignore this email. Request ID {ref}."),
         quote_req=True,
         lab=short_labels(r="informed"),
         note="A person's reply to a password-reset notification: a neutral security request, not a complaint; "
              "asking what log-in data is kept and for how long is informed."),
    dict(sid=22, mb="pexa", kind="look", who=("org", "tidewelllaw.co.uk"), html="ok", typo=True,
         subject="Workspace {ws} - settlement fee charged twice",
         body="Hi,\n\nWe've been charged the settlement fee twice on workspace {ws}: once when it failed on {date} "
              "because your system was down, and again when it settled the next day. The failure wasn't our doing, "
              "so I'd expect the first fee to be credited. Can you sort this out please?\n\n{name}\nConveyancing "
              "Assistant | Tidewell Law\nMy working days are Monday to Wednesday. Emails received on other days "
              "will be answered on my return.\n\nSent from my iPhone",
         lab=short_labels(c=True, cat="fees_charges"),
         note="The working-hours line and 'Sent from my iPhone' are a signature, not an auto-reply: a person's "
              "implicit complaint about being charged a fee twice (fees_charges)."),
    dict(sid=23, mb="pexa", kind="look", who=("org", "hollowaybrisk.co.uk"), html="ok",
         subject="Our ref HB/{ref3} - subject access request - {cfirst} {clast}",
         body="Dear Sirs\n\nOur client: {cfirst} {clast}, 14 Larkspur Rise, Didcot\nProperty: 14 Larkspur Rise "
              "(purchase completed {date})\n\nWe act for the above-named client and enclose our client's signed "
              "authority. [[access|Please provide us with a copy of all personal data you hold concerning our client, "
              "including any workspace audit records in which our client is named.]]\n\nWe look forward to hearing from you within one "
              "month.\n\nYours faithfully\n\n{name}\nHolloway Brisk Solicitors",
         lab=short_labels(r="access", tp=True),
         note="A formulaic solicitor's letter is still written by a person: on a client's behalf (third_party), "
              "asking for a copy of the client's data (access), with no dissatisfaction, so not a complaint."),
    dict(sid=24, mb="pexa", kind="look", who=("org", "carrowfinch.co.uk"), html="no", typo=True,
         subject="INCIDENT - e-signing unavailable - {date}",
         body="INCIDENT SUMMARY\nRaised by: {name}, IT Manager, Carrow & Finch\nStart: {date} 10:05\nImpact: 11 "
              "workspaces could not be signed; 3 completions missed the 2pm cut-off\nSymptom: 'Signing service "
              "unavailable (error 503)' on every attempt\nStatus: unresolved as of 15:40\n\nRequested: a written "
              "explanation of the root cause, and confirmation of how you will cover our clients' costs for the "
              "missed completions.\n\n{name}",
         lab=short_labels(c=True, cat="platform_defect"),
         note="A structured report that looks like a system alert but was written by a person: the platform failed "
              "and costs and an explanation are demanded, so an implicit complaint, platform_defect."),

    # ===================================================== PEXA: ordinary ========================================
    dict(sid=25, mb="pexa", kind="ord", who=("org", "greyhallbs.co.uk"), html="ok", typo=True,
         subject="Complaint about your support desk",
         body="{greet}\n\nI want to complain about how I was treated by your support desk on {date}. I rang three "
              "times about a workspace that wouldn't let us add the redemption figure. Each time I was transferred "
              "to someone else, twice the line went to a voicemail that was full, and the last person told me to "
              "'read the guide' and ended the call.\n\nWe are a lender, not a member of the public who has never "
              "used the system. I'd like a call back from a team leader and an apology.\n\n{sign}\nGreyhall "
              "Building Society",
         quote=("On {qdate}, PEXA Support wrote:",
                "Hello,\n\nThanks for your call. As discussed, adding a redemption figure is covered in section 4.2 "
                "of the user guide. Ticket SR-{ref} is now closed."),
         lab=short_labels(c=True, ex=True, cat="service_quality"),
         note="An explicit complaint ('I want to complain') about how staff treated the caller: service_quality."),
    dict(sid=26, mb="pexa", kind="ord", who=("web",), html="ok", typo=True,
         subject="redemption money still not sent - 27 Fenby Road",
         body="{greet}\n\nI sold my flat at 27 Fenby Road and my solicitor says completion can't happen because "
              "Thames Valley haven't sent the redemption statement and confirmation for the mortgage. They've "
              "had it on their list for two weeks, nobody answers their phone, and my buyer is threatening to pull "
              "out.\n\nI was told you run the system the money goes through. Can you get them to sort it out?\n\n"
              "{sign}",
         lab=short_labels(c=True, cat="delay", firm="tvm"),
         note="A seller's grievance purely about the participant lender (Thames Valley Mortgages) being late: "
              "complaint to forward, about_other_firm=tvm, category delay."),
    dict(sid=27, mb="pexa", kind="ord", who=("org", "ouseleybs.co.uk"), html="ok", typo=True,
         subject="Adding two new users to our subscription",
         body="{greet}\n\nWe have two new starters in our completions team from {date}. What do we need to send you "
              "to add them as users on our subscription, and can they be given the signer role straight away or "
              "only after the training?\n\n{sign}\nOuseley Building Society\n\nThis email and any attachments are "
              "confidential and may contain personal data. If you have received it in error, please notify the "
              "sender and delete it.",
         lab=short_labels(),
         note="A routine service enquiry; 'personal data' and 'delete' appear only in the disclaimer, so no right and "
              "no complaint."),
    dict(sid=28, mb="pexa", kind="ord", who=("org", "linnetlegal.co.uk"), html="ok", typo=True,
         subject="Registration stuck at identity check",
         body="{greet}\n\nWe applied to join the platform on {date}. Our identity verification has now been 'in "
              "review' for three weeks, and each time I ring I'm told it is with another team. We have two "
              "purchases that need to complete through a workspace next month and this is holding everything "
              "up.\n\nPlease tell me what is outstanding and when it will be finished.\n\n{sign}\nPractice Manager, "
              "Linnet Legal",
         lab=short_labels(c=True, cat="onboarding"),
         note="Dissatisfaction plus a demand about joining the platform: implicit complaint, and the specific theme "
              "onboarding beats delay (rule 16a)."),
    dict(sid=29, mb="pexa", kind="ord", who=("org", "pentreathlaw.co.uk"), html="ok", typo=True,
         subject="Spelling of my name on my user profile",
         body="{greet}\n\nMy surname is showing as '{badlast}' on my user profile and on the certificates from the "
              "training course. [[rectification|Please correct it to {last} on the profile and reissue the "
              "certificates.]]\n\nNo rush, it just needs tidying up.\n\n{sign}",
         lab=short_labels(r="rectification"),
         note="A neutral request to correct a misspelt name: rectification without dissatisfaction, so not a "
              "complaint."),
    dict(sid=30, mb="pexa", kind="ord", who=("org", "ambersidelaw.co.uk"), html="ok", typo=True,
         subject="Another firm's settlement statement sent to us - complaint",
         body="{greet}\n\nI am raising a complaint. This morning's settlement statement email for our workspace "
              "{ws} had a second statement attached for a completely different matter: the buyers' names, their "
              "new address and the account details the purchase money came from.\n\nWe have not opened it further "
              "and have deleted it. Please confirm how this happened, who else may have received our own "
              "clients' statement, and what you are doing about it.\n\n{sign}\nAmberside Law",
         lab=short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
         note="Another matter's personal and bank details were sent to the wrong firm: explicit complaint about "
              "data handling with a breach (personal_data, breach)."),

    # ===================================================== Conexus: machine-made =================================
    dict(sid=31, mb="conexus", kind="auto", who=("web",), html="ok", typo=True,
         subject="Re: Your payment arrangement",
         body="Hi, thanks for your email. I'm on holiday until {back} with patchy signal, so replies will be slow. "
              "If it can't wait please leave a voicemail.\n\n{first}",
         quote=Q_CONEXUS_PLAN,
         short=("Re: Your payment arrangement", "I'm away until {back} and replies will be slow. This is an automatic "
                                                "reply.\n\n{first}"),
         lab=short_labels(auto=True),
         note="A debtor's own out-of-office (away until, replies slow) with no header: still an automatic reply, so "
              "auto_generated."),
    dict(sid=32, mb="conexus", kind="auto", who=("web",), names="polish", html="ok",
         subject="Re: Your complaint - our final response CX-COMP-{ref4}",
         body="Dzień dobry,\n\ndziękuję za wiadomość. Jestem poza biurem do {back_dot}. W pilnych sprawach proszę "
              "dzwonić pod numer {mobile}.\n\nHello,\n\nthank you for your message. I am out of the office until "
              "{back}. For urgent matters please call {mobile}.\n\nPozdrawiam / Kind regards\n{name}",
         quote=("On {qdate}, Conexus Customer Relations wrote:",
                "Dear {first},\n\nThis is our final response to your complaint reference CX-COMP-{ref4}. Having "
                "listened to the calls, we uphold your complaint about the number of calls made ..."),
         lab=short_labels(auto=True),
         note="A Polish/English out-of-office without auto headers, answering our final response: auto_generated; "
              "the complaint is only in the subject and quote."),
    dict(sid=33, mb="conexus", kind="auto", who=("org", "heathcotebank.co.uk"), html="ok", typo=True,
         subject="Automatic reply: Monthly remittance and complaints MI - {month}",
         body="Thank you for your email. I'm out of the office on a training course until {back}.\n\nFor placement "
              "and recall queries please contact recoveries.team@heathcotebank.co.uk. Complaint referrals should be "
              "sent to complaints@heathcotebank.co.uk as usual.\n\n{name}\nAgency Relationship Manager, Heathcote "
              "Bank",
         quote=("On {qdate}, Conexus Client Services wrote:",
                "Hi {first},\n\nPlease find attached the remittance schedule and complaints MI for {month}. Three "
                "complaints were opened this month, reference CX-MI-{ref}."),
         headers=AUTO_HDR,
         lab=short_labels(auto=True),
         note="A creditor client's out-of-office with Auto-Submitted/X-Autoreply: auto_generated, so no firm and no "
              "complaint despite the word 'complaint'."),
    dict(sid=34, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Belton Marsh Reception", "enquiries@beltonmarsh.co.uk"),
                        ("Belton Marsh Solicitors", "office@beltonmarsh.co.uk")]),
         subject="Office closure - automatic reply",
         body="Thank you for your email.\n\nOur offices are closed from 24 December and reopen at 9am on 2 January. "
              "Emails will not be read during this period.\n\nIf you are an existing client with an urgent matter, "
              "please call our out-of-hours line on {phone}.\n\nBelton Marsh Solicitors",
         headers={"x-autoreply": "yes", "auto-submitted": "auto-replied", "precedence": "auto_reply"},
         lab=short_labels(auto=True),
         note="A firm's holiday-closure autoresponder with auto headers: auto_generated."),
    dict(sid=35, mb="conexus", kind="auto", html="no",
         who=("fixed", [("Mail Delivery System", "MAILER-DAEMON@mail.conexus.co.uk"),
                        ("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.conexus.co.uk")]),
         subject="Undelivered Mail Returned to Sender",
         body="This is the mail system at host mail.conexus.co.uk.\n\nI'm sorry to have to inform you that your "
              "message could not be delivered to one or more recipients. It's attached below.\n\n<{raddr}>: host "
              "mx.{rdomain}[198.51.100.{n2}] said: 552 5.2.2 Mailbox full; quota exceeded (in reply to RCPT TO "
              "command)\n\n------ Original message ------\nFrom: Conexus Customer Relations "
              "<complaints@conexus.co.uk>\nTo: {raddr}\nSubject: Your complaint CX-COMP-{ref4} - final response\n\n"
              "Dear {rfirst} {rlast},\n\nThank you for your patience while we investigated your complaint about the "
              "visit to your home. We have now ...",
         short=("Undelivered Mail Returned to Sender",
                "<{raddr}>: host mx.{rdomain} said: 552 5.2.2 Mailbox full; quota exceeded"),
         headers={"return-path": "<>", "auto-submitted": "auto-replied",
                  "content-type": "multipart/report; report-type=delivery-status; boundary=\"{n4}.{ref2}\""},
         lab=short_labels(auto=True),
         note="A MAILER-DAEMON bounce (empty Return-Path, multipart/report) of our final response: auto_generated."),
    dict(sid=36, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Westbury Mail Gateway", "postmaster@westbury.gov.uk")]),
         subject="Message blocked: Complaint referral - council tax account {ref2}",
         body="Your message to revenues.complaints@westbury.gov.uk was blocked by our email security gateway "
              "because it contained an attachment type that is not permitted (.zip).\n\nMessage details\nSubject: "
              "Complaint referral - council tax account {ref2}\nSent: {sent}\nRule: Block-Archive-Attachments\n\nIf "
              "you believe this is an error, contact the sender's IT service desk quoting incident ID "
              "GW-{ref3}.\n\nThis notification was generated automatically.",
         lab=short_labels(auto=True),
         note="A security gateway's block notice with no header: a bounce-type system message, auto_generated."),
    dict(sid=37, mb="conexus", kind="auto", who=("web",), html="ok",
         subject="Read: Your complaint - our final response",
         body="Your message\n\nTo: {name}\nSubject: Your complaint - our final response\nSent: {sent}\n\nwas read "
              "on {readtime}.",
         lab=short_labels(auto=True),
         note="A read receipt from a debtor's mail client with no header: auto_generated."),
    dict(sid=38, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Office of {mpname} MP", "{mplocal}.casework@parliament.uk")]),
         subject="Automatic reply: Your constituent - account {acct}",
         body="Thank you for contacting the office of {mpname} MP.\n\nThis is an automated acknowledgement. "
              "{mpname} receives a large amount of correspondence and the team will respond as soon as possible. If "
              "you are a constituent, please make sure you have included your full postal address.\n\nIf you are "
              "writing about an existing case, please quote the casework reference MP-{ref3}.\n\nPlease note the "
              "office cannot take up matters for people who live outside the constituency.",
         headers={"auto-submitted": "auto-replied"}, bare=True,
         lab=short_labels(auto=True),
         note="An MP's casework autoresponder: auto_generated, so third_party=false although an MP's office is a "
              "representative."),
    dict(sid=39, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Northway Debt Advice", "no-reply@northwaydebtadvice.org.uk"),
                        ("Northway Debt Advice Helpline", "help@northwaydebtadvice.org.uk")]),
         subject="We've received your enquiry (ref NDA-{ref2})",
         body="Thank you for getting in touch with Northway Debt Advice.\n\nWe have received your enquiry, reference "
              "NDA-{ref2}. Because of high demand we aim to reply within 10 working days.\n\nIf you are worried "
              "about bailiffs, eviction or having your energy cut off in the next few days, please call our "
              "helpline on {phone}.\n\nNorthway Debt Advice is a registered charity. This mailbox does not accept "
              "replies.",
         lab=short_labels(auto=True),
         note="A charity's ticket acknowledgement ('we have received your enquiry, reference') with no header: "
              "auto_generated."),
    dict(sid=40, mb="conexus", kind="auto", html="raw",
         who=("fixed", [("Money Advice Frontline", "news@moneyadvicefrontline.org.uk")]),
         subject="Breathing Space referrals, vulnerable customers and the complaints you told us about",
         body="MONEY ADVICE FRONTLINE - {month}\n\nBREATHING SPACE: REFERRALS UP AGAIN\nReferrals rose for the "
              "fourth quarter running. Advisers report that some collection agencies still phone clients during "
              "the moratorium.\n\nWHAT YOU TOLD US ABOUT COMPLAINTS\nIn our member survey, six in ten advisers said "
              "they had made a complaint to a collector on a client's behalf in the past year, most often about "
              "contact frequency and vulnerable clients.\n\nDATA REQUESTS\nA reminder of how to ask a creditor for a "
              "copy of a client's data, and what to do if the reply is late.\n\nTo stop receiving this newsletter, "
              "visit https://moneyadvicefrontline.org.uk/unsubscribe?id={tok}",
         raw_html="<html><body>\n<h1>Money Advice Frontline</h1>\n<p><i>{month}</i></p>\n<h3>Breathing Space: "
                  "referrals up again</h3>\n<p>Referrals rose for the fourth quarter running. Advisers report that "
                  "some collection agencies still phone clients during the moratorium.</p>\n<h3>What you told us "
                  "about complaints</h3>\n<p>In our member survey, six in ten advisers said they had made a complaint "
                  "to a collector on a client's behalf in the past year, most often about contact frequency and "
                  "vulnerable clients.</p>\n<h3>Data requests</h3>\n<p>A reminder of how to ask a creditor for a copy "
                  "of a client's data, and what to do if the reply is late.</p>\n<p style=\"color:#777\">"
                  "<a href=\"https://moneyadvicefrontline.org.uk/unsubscribe?id={tok}\">Unsubscribe</a> from this "
                  "list.</p>\n</body></html>",
         headers={"precedence": "bulk", "list-id": "Money Advice Frontline <frontline.moneyadvicefrontline.org.uk>",
                  "list-unsubscribe": "<https://moneyadvicefrontline.org.uk/unsubscribe?id={tok}>"},
         lab=short_labels(auto=True),
         note="A sector newsletter with bulk/list headers: auto_generated; complaints, Breathing Space and data "
              "requests are its topics, not a grievance or a request to us."),
    dict(sid=41, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Ashdown Keel LLP - Briefings", "briefings@ashdownkeel.co.uk")]),
         subject="Data Protection Briefing - {month}",
         body="DATA PROTECTION BRIEFING - {month}\nAshdown Keel LLP\n\n1. Subject access requests: the regulator's "
              "updated guidance on 'stopping the clock' when you need more information from the requester.\n\n2. "
              "Erasure and debt records: when a collector can refuse a request to delete a customer's data, and "
              "what to tell the customer.\n\n3. Objections to marketing: a recent fine for sending newsletters "
              "after customers opted out.\n\nYou are receiving this briefing because you are a contact of Ashdown "
              "Keel LLP. To unsubscribe, reply with UNSUBSCRIBE in the subject line.",
         lab=short_labels(auto=True),
         note="A law firm's bulk briefing with no list header: the newsletter form and unsubscribe footer make it "
              "auto_generated; the rights it discusses are not requested of us."),
    dict(sid=42, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Tillpoint Payments", "notifications@tillpoint.co.uk")]),
         subject="Payment received - {acct}",
         body="Payment received\n\nMerchant: Conexus\nCustomer reference: {acct}\nAmount: £{amt2}\nCard: Visa debit "
              "ending {n4}\nDate: {sent}\nTransaction ID: TP{ref3}{n4}\n\nThis email was generated automatically. "
              "Replies to this address are not monitored.",
         lab=short_labels(auto=True),
         note="A payment provider's transaction notice with no header: system notification, auto_generated."),
    dict(sid=43, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("Lumen Water Partner Portal", "portal-noreply@lumenwater.co.uk")]),
         subject="New file shared with you: recall_list_{filedate}.csv",
         body="Hello,\n\nA new file has been shared with your organisation on the Lumen Water Partner Portal.\n\n"
              "File: recall_list_{filedate}.csv\nShared by: Collections Operations\nExpires: in 7 days\n\nLog in to "
              "the portal to download it. Do not reply to this email.",
         headers={"x-auto-response-suppress": "All", "auto-submitted": "auto-generated"},
         lab=short_labels(auto=True),
         note="A creditor portal's file-sharing alert with auto headers: auto_generated; naming Lumen Water does not "
              "set about_other_firm."),
    dict(sid=44, mb="conexus", kind="auto", html="ok",
         who=("fixed", [("IT Service Desk", "itservicedesk-noreply@conexus.co.uk")]),
         subject="Your password expires in {n1} days",
         body="The password for the account complaints@conexus.co.uk will expire in {n1} days.\n\nTo change it, sign "
              "in to a company computer and press Ctrl+Alt+Del, then choose 'Change a password'. Remote workers "
              "can use the self-service page on the intranet.\n\nThis is an automated message from the IT Service "
              "Desk. Please do not reply.",
         lab=short_labels(auto=True),
         note="An internal password-expiry notice with no header: a system notification, auto_generated."),

    # ===================================================== Conexus: look-alikes ==================================
    dict(sid=45, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="Account {acct} - going into hospital",
         body="{greet}\n\nI'm going into hospital on {date} for an operation and will be in for about ten days. "
              "Please don't ring me while I'm there - if anything needs dealing with, my sister {ffirst} can take a "
              "message on {mobile}. My payments are by standing order so they will carry on as normal.\n\n{sign}",
         short=("In hospital from {date} for about 10 days - please don't call, my sister {ffirst} on {mobile} "
                "can take a message. Ref {acct}", ""),
         lab=short_labels(),
         note="A person's own note about being away, with who to contact instead: not an out-of-office; no "
              "dissatisfaction, so not a complaint, and 'don't ring me' is a contact arrangement, not a right."),
    dict(sid=46, mb="conexus", kind="look", who=("org", "brightstepmoneyadvice.org.uk"), html="ok", typo=True,
         subject="Fwd: Undeliverable - client {cfirst} {clast} - {acct}",
         body="{greet}\n\nWe act for {cfirst} {clast} (your ref {acct}); our authority is on file from {date}. Your "
              "emails to our client are bouncing because the address on your system has a typo - the bounce we were "
              "copied into is below.\n\n[[rectification|Please correct our client's email address to {cwebaddr}.]] "
              "[[restriction|Until that is done, please don't send anything about the account to the old address.]]"
              "\n\n{sign}\nMoney Adviser, Brightstep Money Advice\n\n-----Original Message-----\nFrom: Microsoft "
              "Outlook <postmaster@outlook.com>\nSubject: Undeliverable: Your account {acct}\n\nDelivery has failed "
              "to these recipients or groups: {cbadaddr}",
         lab=short_labels(r="rectification,restriction", tp=True),
         note="A money adviser forwarding a bounce with their own words on top: written by a person on a client's "
              "behalf (third_party), asking to correct the address (rectification) and not use the old one "
              "meanwhile (restriction); neutral, so not a complaint."),
    dict(sid=47, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="Your message has been received",
         body="{greet}\n\nI got the automatic reply below on {qday} saying someone would contact me within five "
              "working days about the payment you took twice. That was three weeks ago. Nobody has called or "
              "written and the second payment still hasn't been refunded.\n\nI need this sorted this week.\n\n"
              "{sign}",
         quote=("On {qdate}, Conexus Customer Relations wrote:",
                "Thank you for your email. This is an automatic acknowledgement: your message has been received and "
                "logged under reference CX-Q-{ref}. A member of our team will contact you within five working "
                "days."),
         quote_req=True,
         lab=short_labels(c=True, cat="delay"),
         note="A person forwards our auto-acknowledgement with a 'still waiting' chaser on top: implicit complaint, "
              "category delay; the quoted auto-reply does not make the message auto_generated."),
    dict(sid=48, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="automatic payment reminders at 6am",
         body="{greet}\n\nYour system sends me automatic 'payment overdue' emails and texts at 6 in the morning, on "
              "Sundays, and one arrived on Christmas Day - even though I've been on a payment plan since March and "
              "haven't missed a single payment. Every one of them makes my heart race.\n\nI want them stopped and I "
              "want an explanation of why I'm getting them at all.\n\n{sign}",
         lab=short_labels(c=True, cat="collection_conduct"),
         note="A person's grievance about automated reminders: implicit complaint about how the debt is pursued "
              "(collection_conduct); 'I want them stopped' is a conduct remedy, not objection."),
    dict(sid=49, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="Complaint - newsletters I never asked for",
         body="{greet}\n\nI want to complain about the 'Money Matters' newsletter you have started sending me. I "
              "never signed up to anything and my only dealings with you are over an old catalogue debt.\n\n"
              "[[informed|Tell me where you got this email address and what legal basis you think you have for "
              "sending me newsletters.]] [[objection|I object to my details being used for any newsletter or "
              "marketing.]]\n\n{sign}",
         lab=short_labels(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
         note="A person's explicit complaint about newsletters: data used unexpectedly for marketing "
              "(personal_data), asking for source and basis (informed) and objecting to marketing (objection)."),
    dict(sid=50, mb="conexus", kind="look", who=("org", "harrowgatecab.org.uk"), html="ok",
         subject="Client: {cfirst} {clast} - your ref {acct} - request to hold action",
         body="Dear Sir or Madam\n\nClient: {cfirst} {clast}\nYour reference: {acct}\n\nWe are a free debt advice "
              "service and have been asked to help the above client with their finances. A signed letter of "
              "authority is attached.\n\nPlease hold all recovery action for 30 days while we prepare a financial "
              "statement, and freeze any further interest and charges. [[access|Please also send us a copy of all "
              "personal data you hold about our client, including account notes and call recordings.]]\n\nYours "
              "faithfully\n\n{name}\nDebt Adviser, Harrowgate Citizens Advice",
         lab=short_labels(r="access", tp=True),
         note="A standard hold letter from a money adviser is a person's letter: on a client's behalf "
              "(third_party), with an access request; a hold request is not dissatisfaction, so not a complaint."),
    dict(sid=51, mb="conexus", kind="look", who=("org", "quarrybanksolicitors.co.uk"), html="ok",
         subject="Our client: {cfirst} {clast} - your ref {acct} - statute-barred debt",
         body="Dear Sirs\n\nWe are instructed by the above-named in relation to the account you are pursuing.\n\n"
              "Our client's last payment was made in 2016 and the debt has not been acknowledged since. The debt is "
              "therefore statute-barred under section 5 of the Limitation Act 1980. Your letter of {date} "
              "nonetheless demands payment in full and refers to 'further action'.\n\nPlease confirm within 14 "
              "days that you will cease collection activity and close the account.\n\nYours faithfully\n\n{name}\n"
              "Quarry Bank Solicitors",
         lab=short_labels(c=True, tp=True, cat="debt_dispute"),
         note="A formulaic solicitor's letter is written by a person: on a client's behalf (third_party), disputing "
              "that the debt can be collected and demanding it stop: implicit complaint, debt_dispute, Conexus's own "
              "pursuit (about_other_firm null)."),
    dict(sid=52, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="Your payment offer has been declined",
         body="{greet}\n\nA computer can't decide what I can afford. I offered £{amt3} a month because that is what is "
              "left after rent and bills, and within a minute I got this telling me the minimum is £150.\n\n"
              "[[automated_decision|I want a person to look at my offer properly, not the system.]] I can send my "
              "income and outgoings.\n\n{sign}",
         quote=("On {qdate}, Conexus Online wrote:",
                "Your payment offer for account CX-{ref} has been reviewed and declined. The minimum monthly payment "
                "for this account is £150. Log in to make a new offer. This is an automated message."),
         quote_req=True,
         lab=short_labels(c=True, r="automated_decision", cat="collection_conduct"),
         note="A person's reply to an automated portal decision: dissatisfaction and a demand make an implicit "
              "complaint about affordability in collection (collection_conduct), with a human-review request "
              "(automated_decision)."),
    dict(sid=53, mb="conexus", kind="look", who=("org", "pennantmobile.co.uk"), html="ok", typo=True,
         subject="Remittance for {month} - late again",
         body="{greet}\n\nFor the second month running your remittance for our placed accounts hasn't arrived by the "
              "10th, as the agreement requires. Our finance team has had to chase it and our month-end figures are "
              "wrong as a result.\n\nPlease confirm today when the payment will reach us, and what you are doing so "
              "it doesn't happen a third time.\n\n{name}\nAgency Manager, Pennant Mobile\nMy working hours are "
              "Tuesday to Thursday, 9.30 to 3. I won't see emails outside those times.",
         lab=short_labels(c=True, cat="delay"),
         note="A creditor client (a directory firm) complaining about Conexus paying late: implicit complaint, delay; "
              "the sender is not the subject, so about_other_firm null (rule 8); the working-hours line is a "
              "signature."),
    dict(sid=54, mb="conexus", kind="look", who=("web",), html="ok", typo=True,
         subject="Settled account {acct} - unsubscribe link not working",
         body="{greet}\n\nMy account with you was settled in full in {year}. I'm still on your email list, and the "
              "unsubscribe link in the footer (pasted below) takes me to a login page, and I no longer have a "
              "login.\n\n  You are receiving this email because you have an account with Conexus. To unsubscribe, "
              "visit https://www.conexus.co.uk/preferences\n\nNo drama, I'd just like it tidied up. [[erasure|As I no "
              "longer owe you anything, please delete my personal details from your systems.]]\n\n{sign}",
         lab=short_labels(r="erasure"),
         note="A person who pasted an unsubscribe footer into their own message: not auto_generated; the writer says it is no "
              "drama and asks for deletion, so an erasure request without a complaint."),

    # ===================================================== Conexus: ordinary =====================================
    dict(sid=55, mb="conexus", kind="ord", who=("web",), html="ok", typo=True,
         subject="Letter about Northline bill - ref {acct}",
         body="{greet}\n\nI've had your letter asking me to pay £{amt2} for Northline. That bill is wrong. They "
              "billed me on estimated readings for six months even though I sent them actual readings every month, "
              "and the real usage is far lower.\n\nNorthline need to re-bill me properly. I'm not paying a figure "
              "they made up.\n\n{sign}",
         lab=short_labels(c=True, cat="debt_dispute", firm="nte"),
         note="The grievance is the creditor's own wrong billing, which only Northline Energy can fix: complaint, "
              "about_other_firm=nte, debt_dispute (rule 10)."),
    dict(sid=56, mb="conexus", kind="ord", who=("web",), html="ok", typo=True,
         subject="Complaint - calls to my father {mfirst} {clast}, ref {acct}",
         body="{greet}\n\nI am writing on behalf of my father, {mfirst} {clast}, who has dementia and lives with us. I "
              "hold lasting power of attorney and sent you a copy on {date}.\n\nThis is a formal complaint. Your "
              "staff have rung him four times this week, and on Tuesday someone told him he could 'lose his home' "
              "if he didn't pay that day. He was in tears for hours.\n\nAll contact must come to me, and I want an "
              "explanation and an apology.\n\n{sign}",
         lab=short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
         note="A son or daughter with power of attorney writing for their father (third_party), calling it a formal "
              "complaint, about pressure on a vulnerable customer: collection_conduct."),
    dict(sid=57, mb="conexus", kind="ord", who=("web",), html="ok", typo=True,
         subject="Changing my payment date - {acct}",
         body="{greet}\n\nI've started a new job and get paid on the 28th now instead of the 15th. Can I move my "
              "monthly payment to the 29th from next month? The amount stays the same.\n\n{sign}",
         quote=Q_CONEXUS_PLAN,
         lab=short_labels(),
         note="A routine service request to move a payment date: not a complaint, no rights."),
    dict(sid=58, mb="conexus", kind="ord", who=("web",), html="no", typo=True,
         subject="on hold 40 mins then cut off",
         body="{greet}\n\nI rang twice this morning to set up a plan. First time I was on hold for 40 minutes and got "
              "cut off, second time 25 minutes and same again. I'm on a pay-as-you-go phone and it has eaten my "
              "credit.\n\nCall me back on {mobile} please, ref {acct}.\n\n{first}",
         short=("on hold 40 mins then cut off AGAIN - call me back {mobile} ref {acct}", ""),
         lab=short_labels(c=True, cat="wait_time"),
         note="Dissatisfaction about waiting to reach someone, with a call-back demanded: implicit complaint, "
              "wait_time."),
    dict(sid=59, mb="conexus", kind="ord", who=("web",), html="ok", typo=True,
         subject="Formal complaint - £60 trace fee on {acct}",
         body="{greet}\n\nPlease treat this as a formal complaint. Your latest statement shows a £60 'trace fee' "
              "added to my balance. I have lived at the same address for eleven years and your own letters have "
              "always reached me, so there was nothing to trace.\n\nI want the fee removed and a corrected "
              "statement.\n\n{sign}",
         lab=short_labels(c=True, ex=True, cat="fees_charges"),
         note="An explicit complaint about a fee Conexus added on top of the debt: fees_charges."),
    dict(sid=60, mb="conexus", kind="ord", who=("web",), html="ok", typo=True,
         subject="Questions about account {acct}",
         body="{greet}\n\nI'm getting my paperwork together before a debt management plan starts.\n\n[[informed|"
              "Could you tell me who you are collecting for, where you got my details from, and what you use them "
              "for?]] [[access|I'd also like copies of the recordings of my calls with your team this year.]]\n\n"
              "Thanks for your help.\n\n{sign}",
         lab=short_labels(r="informed,access"),
         note="Neutral questions about the processing (informed) and a request for copies of call recordings "
              "(access): rights without dissatisfaction, not a complaint."),
]

KIND_OF = {f"aug-s{s['sid']:03d}": s["kind"] for s in SCENARIOS}


# ---------------------------------------------------------------------------------------------
# rendering


def pick_name(rng, pool):
    if pool == "welsh":
        f, l = rng.choice(WELSH)
        return f, l, f.lower(), l.lower()
    if pool == "polish":
        return rng.choice(POLISH)
    f, l = rng.choice(UK_FIRST), rng.choice(UK_LAST)
    return f, l, f.lower(), l.lower()


def make_address(rng, fa, la, domain):
    form = rng.randrange(5)
    local = [f"{fa}.{la}", f"{fa[0]}.{la}", f"{fa}{la}", f"{fa}.{la}{rng.randrange(10, 99)}", f"{la}.{fa}"][form]
    return f"{local}@{domain}"


def phone(rng):
    return rng.choice(LANDLINE).format(n=rng.randrange(100, 999))


def misspell(last):
    """The surname with two inner letters swapped, or one doubled when the swap would change nothing."""
    swapped = last[:2] + last[3] + last[2] + last[4:]
    return swapped if swapped != last else last[:3] + last[2:]


def day_text(d):
    return f"{d:%A} {d.day} {d:%B}"


def values(rng, sc):
    """Every placeholder value of one rendering (a fixed number of draws)."""
    mb = sc["mb"]
    f, l, fa, la = pick_name(rng, sc.get("names", "uk"))
    who = sc["who"]
    if who[0] == "web":
        domain = rng.choice(WEBMAIL)
    elif who[0] == "org":
        domain = who[1]
    else:
        domain = "example.invalid"
    addr = make_address(rng, fa, la, domain)
    cf, cl, cfa, cla = pick_name(rng, "uk")
    rf, rl, rfa, rla = pick_name(rng, "uk")
    rdomain = rng.choice(WEBMAIL)
    base = datetime.date(2025, 2, 3) + datetime.timedelta(days=rng.randrange(0, 240))
    while base.weekday() > 4:
        base += datetime.timedelta(days=1)
    back = base + datetime.timedelta(days=rng.choice([4, 7, 10, 14]))
    while back.weekday() > 4:
        back += datetime.timedelta(days=1)
    longback = base + datetime.timedelta(days=rng.choice([120, 150, 180]))
    qd = base - datetime.timedelta(days=rng.choice([1, 2, 3, 6]))
    while qd.weekday() > 4:
        qd -= datetime.timedelta(days=1)
    hh, mm = rng.randrange(8, 18), rng.randrange(0, 60)
    v = dict(first=f, last=l, name=f"{f} {l}", addr=addr,
             cfirst=cf, clast=cl, cname=f"{cf} {cl}", caddr=make_address(rng, cfa, cla, domain if who[0] == "org"
                                                                         else rng.choice(WEBMAIL)),
             cwebaddr=make_address(rng, cfa, cla, rng.choice(WEBMAIL)),
             cbadaddr=f"{cfa}.{cla[:-1]}@{rng.choice(WEBMAIL)}",
             rfirst=rf, rlast=rl, rlocal=f"{rfa}.{rla}", rdomain=rdomain, raddr=f"{rfa}.{rla}@{rdomain}",
             date=day_text(base), back=day_text(back),
             back_num=f"{back.day:02d}/{back.month:02d}/{back.year}", back_dot=f"{back.day:02d}.{back.month:02d}.{back.year}", longback=f"{longback.day} {longback:%B} {longback.year}",
             qday=day_text(qd), qdate=f"{qd:%a}, {qd.day} {qd:%b} {qd.year} at {hh:02d}:{mm:02d}",
             sent=f"{base.day:02d}/{base.month:02d}/{base.year} {hh:02d}:{mm:02d}",
             readtime=f"{base.day:02d}/{base.month:02d}/{base.year} {min(hh + 1, 22):02d}:{rng.randrange(0, 60):02d}",
             month=f"{base:%B} {base.year}", year=str(rng.choice([2019, 2021, 2022, 2023])),
             filedate=f"{base.year}{base.month:02d}{base.day:02d}",
             eventdate=day_text(base + datetime.timedelta(days=16)),
             phone=phone(rng), mobile=f"07700 900{rng.randrange(100, 999)}",
             ref2=str(rng.randrange(100000, 999999)), ref3=str(rng.randrange(10000, 99999)),
             ref4=str(rng.randrange(50000, 69999)),
             ws=f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}", acct=f"CX-{rng.randrange(1000000, 9999999)}",
             amt=str(rng.choice([125, 240, 385, 460, 1150, 2740])), amt2=f"{rng.randrange(80, 900)}.{rng.randrange(10, 99)}",
             amt3=str(rng.choice([20, 25, 35, 40, 50])),
             n1=str(rng.choice([3, 5, 7])), n2=str(rng.randrange(2, 250)), n4=str(rng.randrange(1000, 9999)),
             issue=str(rng.randrange(40, 180)), vol=str(rng.randrange(8, 20)),
             tok="".join(rng.choice("0123456789abcdef") for _ in range(10)),
             mpname=rng.choice(["Joanna Pryor", "Kwame Asante", "Helen Tarrant", "David Mawdsley"]),
             badlast=misspell(l))
    v["mplocal"] = v["mpname"].split()[1].lower()
    v["ffirst"], v["mfirst"] = rng.choice(FEMALE_FIRST), rng.choice(MALE_FIRST)
    v["greet"] = rng.choice(GREET[mb])
    v["sign"] = rng.choice(SIGN).format(name=v["name"], first=f, last=l)
    return v


def envelope_options(sc):
    typo = sc.get("typo", False)
    if sc.get("html") == "raw":
        return ["html_raw", "plain"]
    if sc.get("quote_req"):
        opts = ["reply", "html_reply"]
        if typo:
            opts.append("reply_typo")
        return opts
    opts = ["plain"]
    if sc.get("bare"):
        opts.append("plain_bare")
    if typo:
        opts.append("plain_typo")
    if sc.get("html") == "ok":
        opts.append("html")
    if sc.get("quote"):
        opts.append("reply")
        if sc.get("html") == "ok":
            opts.append("html_reply")
        if typo:
            opts.append("reply_typo")
    return opts


def choose_envelopes(rng, sc):
    opts = envelope_options(sc)
    if sc.get("short"):
        env = "subject_only" if not sc["short"][1] else "short"
        return [env, rng.choice(opts)]
    if opts == ["html_raw", "plain"]:
        return list(opts)
    return rng.sample(opts, 2)


ADDRESSY = re.compile(r"https?://[^\s\[\]]+|[^\s\[\]]+@[^\s\[\]]+")


def typos_keep_addresses(text, rng):
    """typos_outside_marks with every e-mail address and URL held aside, so that no typo lands in one."""
    held = ADDRESSY.findall(text)
    for i, a in enumerate(held):
        text = text.replace(a, f"\x01{i}\x02", 1)
    text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3, stop="\n-----")
    for i, a in enumerate(held):
        text = text.replace(f"\x01{i}\x02", a, 1)
    return text


def render(rng, sc, env):
    v = values(rng, sc)
    source = f"aug-s{sc['sid']:03d}"
    who = sc["who"]
    if who[0] == "fixed":
        n, a = rng.choice(who[1])
        sender = f"{n.format(**v)} <{a.format(**v)}>"
    else:
        sender = f"{v['name']} <{v['addr']}>"
    if env in ("short", "subject_only"):
        subject, body = (t.format(**v) for t in sc["short"])
    else:
        subject, body = sc["subject"].format(**v), sc["body"].format(**v)
    if env.endswith("_typo") and body:
        body = typos_keep_addresses(body, rng)
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(body)
    subject, body = strip_marks(subject, MARK_RIGHTS), strip_marks(body, MARK_RIGHTS)
    quote = None
    if env in ("reply", "reply_typo", "html_reply"):
        head, text = sc["quote"]
        quote = (head.format(**v), text.format(**dict(v, ref="{ref}")))
    html = env in ("html", "html_reply")
    headers = {} if env == "plain_bare" else {k: val.format(**v) for k, val in (sc.get("headers") or {}).items()}
    rec = finish_marked_record(rng, mailbox=sc["mb"], sender=sender, subject=subject, body=body, html=html,
                               quote=quote, subject_marks=subject_marks, body_marks=body_marks, labels=sc["lab"],
                               note=sc["note"], source=source, env=env, headers=headers)
    if sc["kind"] == "auto":
        rec["subject"] = subject  # an automatic reply keeps its own subject line; no "Re: " from the quote
    if env == "html_raw":
        rec["body"] = sc["raw_html"].format(**v)
        rec["html"] = True
    return rec


def build(rng):
    records = []
    for sc in SCENARIOS:
        for env in choose_envelopes(rng, sc):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_count):
    srcs = sorted({r["source"] for r in records})
    lines = [f"wrote {OUT}: {len(records)} emails, {len(srcs)} scenarios"]
    for kind in ("auto", "look", "ord"):
        ks = [s for s in srcs if KIND_OF[s] == kind]
        lines.append(f"  {kind}: {len(ks)} scenarios, {sum(KIND_OF[r['source']] == kind for r in records)} emails")
    for key in ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"):
        em = [r for r in records if r["labels"][key]]
        lines.append(f"  {key}: {len(em)} emails, {len({r['source'] for r in em})} scenarios")
    for right in RIGHTS:
        em = [r for r in records if right in r["labels"]["rights"]]
        lines.append(f"  right {right}: {len(em)} emails, {len({r['source'] for r in em})} scenarios")
    lines.append(f"  with headers: {sum(bool(r['headers']) for r in records)} emails; html: "
                 f"{sum(r['html'] for r in records)}")
    lines.append("  envelopes: " + ", ".join(f"{k} {env_count[k]}" for k in sorted(env_count)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
