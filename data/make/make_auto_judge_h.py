#!/usr/bin/env python3
"""Evaluation set H for the `auto_generated` label: machine-made mail against mail a person wrote.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (120 emails):
* 28 machine-made: out-of-office replies (some quoting the firm, some bilingual, most without any automatic
  header), bounces and delay notices, read/delivery receipts, ticket-system autoresponders, newsletters and
  mailing-list mail, system notifications. 13 carry realistic automatic headers, 15 carry none.
* 20 look-alikes a person wrote: away notes, forwarded bounces and auto-replies with the writer's own words on
  top, complaints about automatic emails, formulaic solicitor / money-adviser letters, replies to notifications,
  working-hours signatures, "sent from my phone", a pasted unsubscribe line.
* 12 ordinary complaints and non-complaints of the two mailboxes.

Every label follows the labelling guide (/work/shared/labelling/labelling-guide.md). Sentences asking for a
UK GDPR right are marked inline as [[right|sentence]] and become `request_sentences`.

Usage:  python data/make/make_auto_judge_h.py     (stdlib only; deterministic)
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20271205
PREFIX = "auh"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_h.jsonl")

AUTO = short_labels(auto=True)
NONE = short_labels()

# ---------------------------------------------------------------------------------------------
# envelope material (all invented)

FIRST_F = ["Alison", "Bethan", "Chloe", "Deborah", "Eleanor", "Fiona", "Gemma", "Harriet", "Imogen", "Jasmine",
           "Kirsty", "Lorna", "Megan", "Nadia", "Olivia", "Philippa", "Rosalind", "Sadia", "Tamsin", "Yvonne"]
FIRST_M = ["Adrian", "Bilal", "Callum", "Declan", "Ewan", "Frazer", "Gideon", "Hamish", "Idris", "Jonah",
           "Kieran", "Lewis", "Marcus", "Niall", "Owen", "Pradeep", "Rory", "Stuart", "Tobias", "Wesley"]
LAST = ["Abernethy", "Bhatt", "Carmody", "Dunleavy", "Eastwood", "Fairclough", "Garside", "Hollingworth",
        "Iqbal", "Jarvis", "Kilbride", "Lockhart", "Mensah", "Northcott", "Oyelaran", "Pendlebury", "Quarmby",
        "Rushworth", "Sandhu", "Thistlewood", "Underhill", "Varley", "Wetherell", "Yardley"]
PL_FIRST_F = ["Agnieszka", "Magdalena", "Joanna", "Ewelina"]
PL_FIRST_M = ["Tomasz", "Piotr", "Krzysztof", "Marek"]
PL_LAST = ["Wiśniewski", "Kowalczyk", "Zieliński", "Dąbrowski"]
PL_ASCII = {"ś": "s", "ą": "a", "ń": "n", "ę": "e", "ó": "o", "ł": "l", "ż": "z", "ź": "z", "ć": "c"}
PERSONAL_DOMAINS = ["mailhaven.net", "postbox.co.uk", "inboxly.co.uk", "homemail.uk", "northmail.co.uk"]

GREET = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hello there,"],
         "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Hi,", "Good afternoon,", "To whom it may concern,"]}
CASUAL_GREET = ["Hi", "Hello", "hi", ""]
SIGN = ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,", "Yours sincerely,", "Thank you,"]
MOBILE = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android",
          "Sent from my phone - please excuse typos"]

# envelope name -> (html, quote, typos, variant)
ENVS = {
    "plain": (False, False, False, "full"),
    "html": (True, False, False, "full"),
    "reply": (False, True, False, "full"),
    "html_reply": (True, True, False, "full"),
    "typo": (False, False, True, "full"),
    "typo_reply": (False, True, True, "full"),
    "short": (False, False, False, "short"),
    "subject_only": (False, False, False, "subject"),
}

SCENARIOS = []
KIND = {}


def S(sid, kind, mailbox, sender, subject, body, lab, note, envs, short=None, subj_only=None, quote=None,
      headers=None, greet="std", names="gb"):
    """One scenario. sender: ("person", domain or None for a personal address) or ("fixed", [From values]).
    quote: (who, date, text with {ref}) of the firm's or system's earlier message, for the *reply envelopes."""
    for e in envs:
        assert e in ENVS, e
        if ENVS[e][1]:
            assert quote is not None, sid
        if ENVS[e][3] == "short":
            assert short is not None, sid
        if ENVS[e][3] == "subject":
            assert subj_only is not None, sid
    src = f"auh-s{sid:03d}"
    SCENARIOS.append(dict(source=src, kind=kind, mailbox=mailbox, sender=sender, subject=subject, body=body,
                          labels=lab, note=note, envs=envs, short=short, subj_only=subj_only, quote=quote,
                          headers=headers, greet=greet, names=names))
    KIND[src] = kind


# =============================================================================================
# PEXA: machine-made (14)

S(1, "auto", "pexa", ("person", "brightwellconveyancing.co.uk"),
  "RE: Workspace 31-90417 - change of settlement date",
  "Thank you for your message.\n\nI am out of the office from Wednesday 11 March and back on Monday 16 March. "
  "I will have limited access to email while I am away and will reply when I return.\n\nIf your message relates "
  "to a completion this week, please call the Brightwell completions line on 01632 960 418 or email "
  "completions@brightwellconveyancing.co.uk, and one of the team will help.\n\n{name}\nSenior Conveyancing "
  "Executive\nBrightwell Conveyancing",
  AUTO, "An out-of-office text (away dates, alternative contact) with no automatic header is still "
  "auto_generated, so every other label is cleared.",
  ["plain", "reply", "typo_reply", "html", "short"],
  short="Out of the office until Monday 16 March. For completions this week call 01632 960 418.\n\n{name}",
  quote=("PEXA Participant Support <support@pexa.co.uk>", "10 Mar 2026",
         "Dear {first},\n\nThank you for asking about moving the settlement date on workspace 31-90417. Any "
         "subscriber in the workspace can propose a new date, and it takes effect once every party has accepted "
         "it. Our reference for your enquiry is SR-{ref}.\n\nKind regards\nParticipant Support\nPEXA"))

S(2, "auto", "pexa", ("person", "pritchardbevanlaw.co.uk"),
  "Ateb awtomatig / Automatic reply: PEXA participant fees from 1 April",
  "Diolch am eich neges. Rydw i ar wyliau blynyddol tan ddydd Mawrth 7 Ebrill ac ni fyddaf yn darllen e-byst. "
  "Am faterion brys, cysylltwch â'r swyddfa ar 01970 555 213.\n\nThank you for your message. I am on annual "
  "leave until Tuesday 7 April and will not be reading email. For anything urgent please contact the office on "
  "01970 555 213.\n\n{name}\nPritchard Bevan Cyfreithwyr / Solicitors",
  AUTO, "A bilingual Welsh/English annual-leave auto-reply (Auto-Submitted, X-Autoreply) is auto_generated and "
  "carries no other label.",
  ["plain", "html", "typo"],
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})

S(3, "auto", "pexa", ("person", "heathcotebank.co.uk"),
  "Automatic reply: Your complaint PX-C-3318 - our response",
  "I am currently on maternity leave and will return in January 2027. This mailbox is not being monitored.\n\n"
  "For redemption statements please contact redemptions@heathcotebank.co.uk. For anything relating to PEXA "
  "workspaces please email pexa.team@heathcotebank.co.uk, where a colleague will pick up your message.\n\n"
  "{name} | Mortgage Completions | Heathcote Bank\n\n"
  "> From: PEXA Customer Resolution <complaints@pexa.co.uk>\n> Subject: Your complaint PX-C-3318 - our "
  "response\n>\n> Dear {first},\n>\n> Thank you for your patience while we looked into your complaint about the "
  "duplicated workspace fee. We have now credited...",
  AUTO, "An out-of-office with no automatic header that only quotes our complaint response is auto_generated "
  "(guide rule 7); the complaint wording is in the subject and quote only.",
  ["plain", "typo", "short"],
  short="On maternity leave until January 2027 - this mailbox is not monitored. PEXA workspace matters: "
  "pexa.team@heathcotebank.co.uk\n\n{name}")

S(4, "auto", "pexa", ("person", "maplecourtlaw.co.uk"),
  "Out of Office: Re: Training booking confirmation - Workspace Essentials",
  "I'm on leave until 2 April. Your email will not be forwarded, so please resend anything important after "
  "that date.\n\n{first}",
  AUTO, "A two-line out-of-office with no header is recognised from its text and subject alone, so "
  "auto_generated=true and nothing else.",
  ["plain", "html", "typo"])

S(5, "auto", "pexa", ("fixed", ["Mail Delivery System <MAILER-DAEMON@mx2.pexa.co.uk>",
                                "Mail Delivery Subsystem <mailer-daemon@mx2.pexa.co.uk>"]),
  "Undelivered Mail Returned to Sender",
  "This is the mail system at host mx2.pexa.co.uk.\n\nYour message could not be delivered to one or more "
  "recipients. A copy is included below.\n\n<d.farrant77@mailhaven.net>: host mx.mailhaven.net[198.51.100.23] "
  "said:\n    452 4.2.2 The email account that you tried to reach is over quota (in reply to RCPT TO "
  "command)\n\n--- Below this line is a copy of the message.\n\nFrom: PEXA Participant Support "
  "<support@pexa.co.uk>\nTo: d.farrant77@mailhaven.net\nSubject: Your enquiry about completion funds - "
  "reference SR-40772\n\nDear Mr Farrant,\n\nThank you for contacting PEXA. Because your conveyancer manages the "
  "settlement of your purchase, we are not able to discuss the release of completion funds with you directly. "
  "Please contact the firm acting for you, who can...",
  AUTO, "A mailbox-full bounce (MAILER-DAEMON, Return-Path <>, multipart/report) is auto_generated; the "
  "returned copy of our own message is not new text.",
  ["plain", "short"],
  short="This is the mail system at host mx2.pexa.co.uk.\n\n<d.farrant77@mailhaven.net>: 452 4.2.2 The email "
  "account that you tried to reach is over quota.\n\nSubject of the returned message: Your enquiry about "
  "completion funds - reference SR-40772",
  headers={"return-path": "<>", "auto-submitted": "auto-replied",
           "content-type": "multipart/report; report-type=delivery-status; "
                           "boundary=\"4C1D20A97F.1774431185/mx2.pexa.co.uk\""})

S(6, "auto", "pexa", ("fixed", ["Microsoft Outlook <postmaster@ashgrovelegal.co.uk>",
                                "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ashgrovelegal.co.uk>"]),
  "Undeliverable: Re: PEXA training - session on 22 April cancelled",
  "Delivery has failed to these recipients or groups:\n\nl.moreton@ashgrovelegal.co.uk\nThe email address you "
  "entered couldn't be found. Please check the recipient's email address and try to resend the message. If the "
  "problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\nGenerating "
  "server: EX02.ashgrovelegal.local\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
  "Recipient not found by SMTP address lookup'\n\nOriginal message headers:\n\nFrom: PEXA Training "
  "<training@pexa.co.uk>\nSubject: Re: PEXA training - session on 22 April cancelled\nDate: Thu, 16 Apr 2026 "
  "09:41:10 +0100\n\nWe are sorry that the 22 April session had to be cancelled. You have been moved to the "
  "session on 29 April at 10am, and the joining link will follow...",
  AUTO, "An Exchange non-delivery report with no automatic header is auto_generated from its text; the "
  "cancelled-training wording is in the returned message, not a grievance.",
  ["plain", "html", "short"],
  short="Delivery has failed to these recipients or groups:\n\nl.moreton@ashgrovelegal.co.uk\nThe email address "
  "you entered couldn't be found.")

S(7, "auto", "pexa", ("person", "kestrelbs.co.uk"),
  "Read: PEXA fee schedule 2026/27 - participant notice",
  "Your message\n\n    To: {addr}\n    Subject: PEXA fee schedule 2026/27 - participant notice\n    Sent: "
  "02/03/2026 14:05\n\nwas read on 03/03/2026 08:52.",
  AUTO, "A read receipt is generated by the recipient's mail client, so auto_generated=true even with a "
  "person's name in From and no header.",
  ["plain", "html"])

S(8, "auto", "pexa", ("fixed", ["Mail Delivery System <postmaster@tvmortgages.co.uk>",
                                "postmaster <postmaster@tvmortgages.co.uk>"]),
  "Delivered: Workspace 31-88120 - invitation to join",
  "Your message has been delivered to the following recipients:\n\nk.hollins@tvmortgages.co.uk\n\nSubject: "
  "Workspace 31-88120 - invitation to join",
  AUTO, "A delivery receipt (multipart/report) is machine-made, so auto_generated=true and everything else "
  "empty.",
  ["plain", "html"],
  headers={"auto-submitted": "auto-generated",
           "content-type": "multipart/report; report-type=delivery-status; boundary=\"=_dsn_5e21a0c4\""})

S(9, "auto", "pexa", ("fixed", ["Greyfriars Law Client Care <clientcare@greyfriarslaw.co.uk>",
                                "Client Care <no-reply@greyfriarslaw.co.uk>"]),
  "[GL-CC-20817] Re: Complaint forwarded from PEXA - client Mr R. Osei",
  "Thank you for contacting Greyfriars Law.\n\nWe have received your enquiry and logged it under reference "
  "GL-CC-20817. A member of our Client Care team will respond within five working days.\n\nPlease do not reply "
  "to this email, as replies to this address are not monitored. If you need to add information, quote the "
  "reference above in a new email to clientcare@greyfriarslaw.co.uk.\n\nGreyfriars Law LLP is authorised and "
  "regulated by the Solicitors Regulation Authority.",
  AUTO, "Another firm's ticket-system acknowledgement is an autoresponder (Auto-Submitted, "
  "X-Auto-Response-Suppress), so auto_generated=true; a directory firm in From sets nothing.",
  ["plain", "html", "short"],
  short="We have received your enquiry and logged it under reference GL-CC-20817. Please do not reply to this "
  "email.",
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"})

S(10, "auto", "pexa", ("fixed", ["Harcourt Lyle Solicitors <enquiries@harcourtlyle.co.uk>",
                                 "Harcourt Lyle <enquiries@harcourtlyle.co.uk>"]),
  "Thank you for your email",
  "This is an automated response to confirm that your email has reached Harcourt Lyle Solicitors.\n\nOur office "
  "hours are 9am to 5pm, Monday to Friday. We aim to reply to all enquiries within two working days. If your "
  "matter concerns a completion taking place today, please telephone 0115 496 0377.\n\nYour reference: "
  "HL/ENQ/55139\n\nThis email and any attachments are confidential and may contain personal data. If you have "
  "received it in error, please delete it and tell us.",
  AUTO, "A firm's 'this is an automated response' acknowledgement without headers is auto_generated; the "
  "personal-data disclaimer sets nothing.",
  ["plain", "html", "short"],
  short="Automated response: your email has reached Harcourt Lyle Solicitors. Reference HL/ENQ/55139.")

S(11, "auto", "pexa", ("fixed", ["Property Law Digest <news@propertylawdigest.co.uk>"]),
  "This month: digital completions, lender panel changes and the data questions clients ask",
  "Property Law Digest - March 2026\n\nDigital completions pass another milestone\nMore than half of "
  "residential remortgages in England and Wales now settle electronically, according to figures shared at this "
  "month's industry round table. Firms told us the main sources of complaints from clients remain late funds "
  "and missed cut-off times rather than the technology itself.\n\nLender panel changes\nTwo mid-sized lenders "
  "have trimmed their conveyancing panels. We look at what firms removed from a panel can do next.\n\nYour "
  "clients' data\nClients increasingly ask for copies of their personal data or for old files to be deleted. "
  "Our guest writer sets out when a firm must comply and when retention rules win.\n\nYou are receiving this "
  "email because you subscribed at propertylawdigest.co.uk. Unsubscribe | Manage preferences",
  AUTO, "A newsletter with bulk list headers is auto_generated (guide rule 4); complaints and data rights are "
  "article topics, not requests.",
  ["html", "plain"],
  headers={"precedence": "bulk", "list-id": "Property Law Digest <monthly.propertylawdigest.co.uk>",
           "list-unsubscribe": "<mailto:leave@propertylawdigest.co.uk>, "
                               "<https://propertylawdigest.co.uk/u?id=77c0e1>",
           "list-unsubscribe-post": "List-Unsubscribe=One-Click"})

S(12, "auto", "pexa", ("fixed", ["Conveyancing Practitioners Forum <cpf-digest@lists.conveyancingforum.org.uk>"]),
  "CPF Digest, Vol 14, Issue 22",
  "Today's topics:\n\n  1. Settlement failures this week - anyone else? (Gail Merriman)\n  2. Re: Land "
  "Registry requisition turnaround (Owain Pryce)\n  3. Lender panel fees (Colette Hargreaves)\n\n"
  "----------------------------------------------------------------------\n\nMessage: 1\nFrom: Gail Merriman\n"
  "Subject: Settlement failures this week - anyone else?\n\nWe had two settlements fail on Tuesday afternoon "
  "with no error shown, and I'm minded to complain to PEXA about it. Has anyone else had the same?\n\n"
  "Message: 2\nFrom: Owain Pryce\nSubject: Re: Land Registry requisition turnaround\n\nWe are seeing about "
  "three weeks at the moment.\n\nMessage: 3\nFrom: Colette Hargreaves\nSubject: Lender panel fees\n\nDoes "
  "anyone know whether the new panel fee applies to existing instructions?\n\n------------------------------"
  "\nTo unsubscribe or switch to single messages, visit the list information page.",
  AUTO, "A mailing-list digest is machine-assembled list mail, so auto_generated=true even though one member "
  "talks of complaining to PEXA.",
  ["plain", "html"],
  headers={"precedence": "list", "list-id": "Conveyancing Practitioners Forum <cpf.lists.conveyancingforum.org.uk>",
           "list-unsubscribe": "<mailto:cpf-request@lists.conveyancingforum.org.uk?subject=unsubscribe>",
           "list-post": "<mailto:cpf@lists.conveyancingforum.org.uk>"})

S(13, "auto", "pexa", ("fixed", ["PEXA Notifications <no-reply@notifications.pexa.co.uk>"]),
  "Workspace 31-91733: settlement unsuccessful",
  "Workspace 31-91733 (17 Linnet Way, Harrogate)\n\nStatus: Settlement unsuccessful\nTime: 15:02, 24 March "
  "2026\nReason code: FS-204 (funds not confirmed by incoming lender)\n\nSign in to the workspace to view the "
  "details and reschedule settlement.\n\nThis is an automated message sent to the notification address for "
  "this workspace. Please do not reply.",
  AUTO, "A platform status alert with no header is a system notification, so auto_generated=true; a failed "
  "settlement reported by the system is not a complaint.",
  ["plain", "html", "short"],
  short="Workspace 31-91733: Settlement unsuccessful at 15:02. Reason code FS-204. Sign in to reschedule.")

S(14, "auto", "pexa", ("fixed", ["IT Service Desk <it-noreply@pexa.co.uk>", "Service Desk <it-noreply@pexa.co.uk>"]),
  "Your password expires in 3 days",
  "The password for complaints@pexa.co.uk will expire on 9 April 2026.\n\nTo change it now, sign in to the "
  "self-service portal and choose Change password. If you do not change your password before it expires, you "
  "will lose access to email and Teams until the service desk resets it.\n\nThis is an automatically generated "
  "message. Replies to this address are not read.",
  AUTO, "A password-expiry notice is a system notification (auto_generated); 'access' to email is not the "
  "access right.",
  ["plain", "html"])

# =============================================================================================
# PEXA: look-alikes written by a person (10)

S(15, "look", "pexa", ("person", "eastmoorlaw.co.uk"),
  "Away from Thursday - workspace 31-90288",
  "{greet}\n\nJust a heads-up that I'm off from Thursday until Monday the 23rd, back in the office that "
  "morning. The remortgage on 8 Quarry Bank (workspace 31-90288) is due to settle on the 19th while I'm away. My "
  "colleague Anita Desai has the file and is set up as a signer, so if anything is needed from our side please "
  "contact her on 0113 496 0551 rather than waiting for me.\n\nCould you also confirm that the lender has "
  "accepted the invitation? The workspace still showed them as pending when I looked this morning.\n\n{sign}\n"
  "{name}\nEastmoor Law",
  NONE, "A person's own away note with a named workspace, a cover contact and a question is written by a person "
  "(auto_generated=false) and is a neutral request, not a complaint.",
  ["plain", "html", "typo", "short"],
  short="Off Thursday until the 23rd. Anita Desai (0113 496 0551) has workspace 31-90288 and can sign - can you "
  "confirm the lender has accepted the invite?\n\n{first}")

S(16, "look", "pexa", ("person", "fairlightlegal.co.uk"),
  "Fwd: Undeliverable: PEXA invoice INV-26-03-1182",
  "{greet}\n\nForwarding the bounce below. Our old accounts mailbox was closed when we moved to the new practice "
  "system, so invoices should now go to finance@fairlightlegal.co.uk. Please could you resend the March invoice "
  "there and change the billing contact on our account.\n\n{sign}\n{name}\nPractice Accounts, Fairlight Legal"
  "\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mx.fairlightlegal.co.uk>"
  "\nSubject: Undeliverable: PEXA invoice INV-26-03-1182\n\nYour message to accounts@fairlightlegal.co.uk "
  "couldn't be delivered.\naccounts wasn't found at fairlightlegal.co.uk.\nRemote server returned '550 5.1.1 "
  "User unknown'",
  NONE, "The writer's own words above a forwarded bounce make it a person's mail; updating a firm's billing "
  "address is a service request, not a complaint or a personal-data right.",
  ["plain", "html", "typo"])

S(17, "look", "pexa", ("person", None),
  "Fwd: Automatic reply: Completion on Friday - 27 Rowan Drive",
  "{greet}\n\nThis is the only thing I have had back from Orchard Lane in nine days. Our completion is meant to "
  "be this Friday and the conveyancer handling our purchase has been 'out of the office' since the 3rd with "
  "nobody covering. The estate agent says the seller's side is ready and waiting on them. We have removals "
  "booked and have given notice on our flat.\n\nI know you aren't our solicitors, but the workspace is on your "
  "system. Can you get someone at Orchard Lane to actually pick this up, or tell me who there I should be "
  "chasing?\n\n{sign}\n{name}\n\n---------- Forwarded message ---------\nFrom: Paul Whitcombe "
  "<p.whitcombe@orchardlanesolicitors.co.uk>\nSubject: Automatic reply: Completion on Friday - 27 Rowan Drive\n\n"
  "I am out of the office until 20 April. I will respond to your email on my return.",
  short_labels(c=True, cat="delay", firm="ols"),
  "A buyer's own words above a forwarded out-of-office are a person's mail: an implicit complaint purely about "
  "the participant firm not progressing the purchase (about_other_firm=ols, delay).",
  ["plain", "html", "typo"])

S(18, "look", "pexa", ("person", "tennantrowe.co.uk"),
  "Notification emails - 3 copies of everything",
  "{greet}\n\nSince the release on the 9th, every workspace notification reaches our shared inbox three times: "
  "invitations, settlement reminders, lodgement updates, the lot. Yesterday we had 612 automatic emails from "
  "your platform against about 200 the week before, and a genuine settlement failure alert got buried under the "
  "duplicates until after 4pm.\n\nWe have checked our rules and nothing has changed at our end. Turning "
  "notifications off and on again in the subscriber settings makes no difference.\n\nPlease fix this and let me "
  "know when it's done, and in the meantime tell us which of the three copies we can safely filter out.\n\n"
  "{sign}\n{name}\nCompletions Supervisor, Tennant Rowe LLP",
  short_labels(c=True, cat="platform_defect"),
  "A person's grievance about duplicated system emails with a demand to fix them is an implicit complaint that "
  "PEXA's system is failing (platform_defect), not itself automatic mail.",
  ["plain", "html", "typo", "short"],
  short="Every notification from your platform has arrived three times since the 9th - 612 emails yesterday and "
  "we missed a failure alert. Please fix it and tell me when it's done.\n\n{first}")

S(19, "look", "pexa", ("person", None),
  "Participant newsletter - please remove me",
  "{greet}\n\nI moved out of conveyancing into a different job last summer, but your participant newsletter "
  "still comes to my personal address, which I must have given when I did the training. No harm done, and it's a "
  "good read, but I no longer need it.\n\n[[erasure|Please delete my name and email address from your mailing "
  "list and from any other records you keep about me.]]\n\n{sign}\n{name}",
  short_labels(r="erasure"),
  "No dissatisfaction ('no harm done'), so not a complaint; asking the firm to delete her details from its "
  "records is an erasure request made without a complaint.",
  ["plain", "html", "typo", "subject_only"],
  subj_only="[[erasure|Please delete my email address from your newsletter list and any other records you hold]]")

S(20, "look", "pexa", ("person", "kilnlanelaw.co.uk"),
  "Workspace 31-92016: settlement scheduled",
  "{greet}\n\nThis says settlement is booked for 11:00 on Thursday, but the other side and I agreed 14:00 and "
  "that's what I entered. Could someone check which time is actually set? I'd rather not change it again if "
  "it's just the notification that's wrong.\n\n{sign}\n{name}",
  NONE, "A person's reply above a quoted system notification is labelled on its new text: a neutral check of a "
  "settlement time is an enquiry, and the quoted notification does not make it auto-generated.",
  ["reply", "html_reply", "typo_reply"],
  quote=("PEXA Notifications <no-reply@notifications.pexa.co.uk>", "2 Apr 2026",
         "Workspace 31-92016 (Flat 4, 9 Kiln Lane, Ipswich)\nSettlement scheduled: Thursday 9 April 2026, "
         "11:00\nNotification ref N-{ref}\n\nThis is an automated message. Please do not reply."))

S(21, "look", "pexa", ("person", "hollybankbs.co.uk"),
  "New branch registration - still stuck",
  "{greet}\n\nWe applied on 3 March to add our Lincoln branch as a new subscriber. The registration form rejects "
  "our FCA firm reference every time with 'reference not recognised', although it is the same reference our "
  "head office registered under last year. I sent screenshots to your onboarding team on the 5th and the 12th "
  "and have heard nothing back, and the branch cannot take on any remortgage work until it is set up.\n\nPlease "
  "can someone look at this and call me this week.\n\n{sign}\n{name}\nLending Operations Officer | Hollybank "
  "Building Society\nMy working days are Monday to Thursday, 9.00 to 3.00. Emails received outside these hours "
  "will be answered on my next working day.",
  short_labels(c=True, cat="onboarding"),
  "A working-hours line in a signature does not make mail automatic; a registration that keeps failing with no "
  "reply and a request for a call is an implicit complaint about onboarding (specific theme beats delay).",
  ["plain", "html", "typo"])

S(22, "look", "pexa", ("person", "seftonwhitelaw.co.uk"),
  "Participant Update - March",
  "{greet}\n\nQuick question on the item about the new fee schedule in this month's update: does the reduced fee "
  "for remortgage workspaces apply to workspaces opened before 1 April that settle after it, or only to new "
  "ones?\n\nAlso, the footer says 'To unsubscribe, update your preferences in the participant portal', but I "
  "can't find a preferences page anywhere. Not a problem as such, we do want the updates, I'd just like to add "
  "my colleague Harvey to the list.\n\n{sign}\n{name}\nPractice Manager, Sefton White Law",
  NONE, "A person's reply to a newsletter quoting its unsubscribe line is not list mail; a fee question and a "
  "request to add a colleague ('not a problem as such') are enquiries, not a complaint.",
  ["reply", "html_reply", "plain", "typo"],
  quote=("PEXA Participant Update <updates@pexa.co.uk>", "25 Mar 2026",
         "Participant Update - March\n\nNew fee schedule from 1 April: remortgage workspaces move to a reduced "
         "flat fee. See the participant portal for the full schedule.\n\nYou are receiving this update because you "
         "are a registered participant contact. To unsubscribe, update your preferences in the participant "
         "portal. Ref {ref}"))

S(23, "look", "pexa", ("person", "quillandmarsh.co.uk"),
  "Our client: Ms Joanne Petrakis - subject access request",
  "Dear Sirs\n\nOur client: Ms Joanne Petrakis\nOur ref: QM/EMP/4471/JH\n\nWe act for the above-named, who was "
  "employed as a conveyancing assistant by Elmstead Property Lawyers and held a user account on your platform "
  "from 2021 to 2025. We enclose her signed form of authority.\n\n[[access|On behalf of our client, we request a "
  "copy of all personal data that PEXA holds about her, including her user profile and the audit log of actions "
  "recorded against her user account.]]\n\nPlease send the information to this office, marked for the attention "
  "of the writer. We look forward to hearing from you within one calendar month.\n\nYours faithfully\n\n{name}\n"
  "Associate, Quill & Marsh Solicitors",
  short_labels(r="access", tp=True),
  "A formulaic solicitor's letter is written by a person; a subject access request for a client without "
  "dissatisfaction is rights=[access], third_party=true and not a complaint.",
  ["plain", "html", "typo"])

S(24, "look", "pexa", ("person", "kestrelbs.co.uk"),
  "RE: Redemption figure for workspace 31-89905",
  "{greet}\n\nSarah is off sick this week, so I'm picking up her inbox. On your question about the redemption "
  "figure for workspace 31-89905: it was updated in the workspace at 10.40 this morning and now includes daily "
  "interest to the 27th. If the seller's firm still sees the old figure, please ask them to refresh the "
  "financial settlement schedule.\n\nI'm back on my own work from Monday, so anything after that should go to "
  "Sarah directly.\n\n{sign}\n{name}\nRedemptions Team, Kestrel Building Society",
  NONE, "A colleague answering for an absent one is a person, not an out-of-office; a routine answer is not a "
  "complaint, and a directory firm as sender sets no about_other_firm.",
  ["plain", "reply", "typo", "html_reply"],
  quote=("PEXA Participant Support <support@pexa.co.uk>", "21 Apr 2026",
         "Hi Sarah,\n\nThe seller's conveyancer says the redemption figure in workspace 31-89905 still shows last "
         "week's amount. Could you confirm whether an updated figure has been entered? Our ref SR-{ref}.\n\n"
         "Thanks\nParticipant Support"))

# =============================================================================================
# PEXA: ordinary mail (6)

S(25, "ord", "pexa", ("person", "linwoodhart.co.uk"),
  "Complaint - fee charged on withdrawn workspace",
  "{greet}\n\nI wish to complain about the fee on our February invoice for workspace 31-87642. That purchase "
  "fell through before exchange and we withdrew the workspace on 12 February, before any settlement was "
  "scheduled. Your own fee guide says a withdrawn workspace is not charged, yet the full fee of £24.00 plus VAT "
  "has been billed.\n\nPlease remove the charge, issue a credit note and explain why it was applied.\n\n{sign}\n"
  "{name}\nCashier, Linwood Hart Solicitors",
  short_labels(c=True, ex=True, cat="fees_charges"),
  "'I wish to complain' makes an explicit complaint about PEXA's own billing of a withdrawn workspace "
  "(fees_charges).",
  ["plain", "html", "typo", "short", "subject_only"],
  short="Complaint: you've billed the full fee for withdrawn workspace 31-87642 on the February invoice. Please "
  "credit it.\n\n{first}",
  subj_only="Complaint - full fee charged on withdrawn workspace 31-87642, please credit")

S(26, "ord", "pexa", ("person", "tvmortgages.co.uk"),
  "Dates for new-user training in May",
  "{greet}\n\nWe have three new completions officers starting on 5 May. Are there any places left on the "
  "new-user training in May, and can the session be run remotely? If the May dates are full, please let me know "
  "the first June session instead.\n\n{sign}\n{name}",
  NONE, "A neutral question about training places is an enquiry (complaint=false, category none).",
  ["plain", "html", "typo", "short"],
  short="Any places left on May new-user training for 3 new starters? Remote OK?\n\n{first}")

S(27, "ord", "pexa", ("person", None),
  "Heathcote still haven't released our mortgage money",
  "{greet}\n\nWe were meant to complete on our house purchase yesterday. Our solicitor says everything on their "
  "side was ready by 10am, but Heathcote Bank did not put the mortgage funds into the settlement until after 4pm, "
  "so it all rolled over to today. We paid the removal firm for an extra day and the sellers are threatening to "
  "charge us interest.\n\nHeathcote's phone line just says they are busy. Our solicitor told us the settlement "
  "runs through PEXA, so I'm hoping you can pass this to the right people at Heathcote and get someone to "
  "explain why our money was late and who is paying for the extra day.\n\n{sign}\n{name}",
  short_labels(c=True, cat="delay", firm="hcb"),
  "A borrower's implicit complaint purely about the participant lender's late funds goes to that firm "
  "(about_other_firm=hcb); the late completion is a delay.",
  ["plain", "html", "typo"])

S(28, "ord", "pexa", ("person", "callowaygreene.co.uk"),
  "Complaint - our client's ID documents sent to another firm",
  "{greet}\n\nI am making a formal complaint on behalf of our firm. On 18 March our paralegal uploaded our "
  "client's passport and a utility bill to your support team to resolve a verification problem on workspace "
  "31-90841. This morning a solicitor at a firm in Norwich phoned us to say your support desk had emailed those "
  "documents to her, attached to a reply about one of her own workspaces.\n\nOur client's identity documents "
  "are now with a firm that has nothing to do with the transaction. Please explain how this happened, what you "
  "have done to get the copies destroyed, and whether you have reported it.\n\n{sign}\n{name}\nPartner, "
  "Calloway Greene LLP",
  short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint that PEXA sent a client's ID to the wrong firm is a breach (personal_data, breach); a "
  "partner writing for her own firm is not third party.",
  ["plain", "html", "typo"])

S(29, "ord", "pexa", ("person", "ferrisandvine.co.uk"),
  "Support line - 50 minutes on hold",
  "{greet}\n\nI tried your support line three times today about a workspace that won't let us add the lender. "
  "The first two calls I held for 50 and 35 minutes and was then cut off; the third time the recorded message "
  "said to try later. We have a settlement on Friday.\n\nPlease can somebody from support ring me back today on "
  "0117 496 0288.\n\n{sign}\n{name}",
  short_labels(c=True, cat="wait_time"),
  "Long holds and cut-off calls with a call-back demand are an implicit complaint about reaching PEXA "
  "(wait_time, not delay).",
  ["plain", "typo", "short", "subject_only"],
  short="Held 50 mins then 35 mins on your support line today, cut off both times. Settlement Friday - please "
  "ring me on 0117 496 0288.\n\n{first}",
  subj_only="on hold 50 mins twice today then cut off - pls ring back 0117 496 0288 re workspace")

S(30, "ord", "pexa", ("person", None),
  "My brother's purchase - conveyancer not answering him properly",
  "{greet}\n\nI'm writing for my brother, Dominic Vale, who is buying his first flat and finds phone calls "
  "difficult since his stroke. His conveyancer, Fenwick & Dale in Gloucester, keeps replying to his questions "
  "with one-line emails that don't answer them, and when he rang last week the person he spoke to was short with "
  "him and put the phone down.\n\nHe doesn't know what is happening with his purchase. I understand you run the "
  "system the conveyancers use; please pass this on to whoever can make Fenwick & Dale treat him properly and "
  "explain where things stand.\n\n{sign}\n{name}",
  short_labels(c=True, cat="service_quality", firm="unknown", tp=True),
  "A sister writing for her brother (third party) about a conveyancer outside the directory: implicit complaint "
  "with about_other_firm=unknown, service_quality.",
  ["plain", "html", "typo"])

# =============================================================================================
# Conexus: machine-made (14)

S(31, "auto", "conexus", ("person", "northgatedebtadvice.org.uk"),
  "Automatic reply: Your client Ms L. Harker - CX ref 8840215",
  "Thank you for your email. I work part time (Tuesday to Thursday) and am not in the office today. Your email "
  "has been received and will be dealt with on my next working day.\n\nIf you need an urgent response about a "
  "client in Breathing Space, please call our casework line on 0191 496 0730.\n\nNorthgate Debt Advice is a "
  "registered charity, no. 1187734.\n\n> Dear {first},\n> Thank you for your letter about Ms Harker's account. "
  "We have placed the account on hold for 30 days while you complete her financial statement...",
  AUTO, "A money adviser's part-time auto-reply (Auto-Submitted, X-Autoreply) is auto_generated, so "
  "third_party stays false and nothing else is set.",
  ["plain", "typo", "short"],
  short="Not in the office today (I work Tuesday to Thursday). Your email will be dealt with on my next working "
  "day. Urgent casework: 0191 496 0730.",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"})

S(32, "auto", "conexus", ("person", "nenevalleylogistics.co.uk"),
  "Automatyczna odpowiedź / Automatic reply: Your payment arrangement - account CX-5521907",
  "Dzień dobry,\ndziękuję za wiadomość. Jestem na urlopie do 14 sierpnia i nie mam dostępu do poczty. W pilnych "
  "sprawach proszę dzwonić do biura: 01604 555 872.\n\nHello,\nthank you for your message. I am on holiday "
  "until 14 August with no access to email. For urgent matters please call the office on 01604 555 872.\n\n"
  "{name}\nWarehouse Planning, Nene Valley Logistics",
  AUTO, "A Polish/English holiday auto-reply with no header is auto_generated from its text; 'no access to "
  "email' is not a rights request.",
  ["plain", "html", "typo"], names="pl")

S(33, "auto", "conexus", ("person", "ramsdenfoyle.co.uk"),
  "RE: Your client Mr T. Okoro - account CX-6618040",
  "Thank you for your email. I am in court all day today and will not be able to respond until tomorrow at the "
  "earliest.\n\nIf your message is urgent, please contact my assistant, Gemma Clarke, on 0121 496 0415. Please "
  "note that this firm does not accept service of proceedings by email.\n\n{name}\nSolicitor, Ramsden Foyle LLP",
  AUTO, "A solicitor's 'in court today' auto-reply without headers is auto_generated, so third_party and every "
  "other label stay empty.",
  ["plain", "reply", "typo_reply", "html_reply"],
  quote=("Conexus Customer Relations <cr@conexus-services.com>", "3 Jun 2026",
         "Dear {title} {last},\n\nThank you for your letter of 2 June disputing the balance on your client's "
         "account. We have asked the creditor for the signed agreement and statements and have placed the account "
         "on hold while we wait for them. Our reference is CX-CR-{ref}.\n\nYours sincerely\nCustomer Relations\n"
         "Conexus"))

S(34, "auto", "conexus", ("fixed", ["Office of Helen Marlowe MP <office@helenmarlowe.org.uk>",
                                    "Helen Marlowe MP <casework@helenmarlowe.org.uk>"]),
  "Automatic reply: Constituent Mr D. Fairbairn - your ref CX-7702316",
  "Thank you for contacting the office of Helen Marlowe, Member of Parliament for Calder Edge.\n\nThis is an "
  "automatic acknowledgement. Your email has been received by the constituency office. Because of the volume of "
  "correspondence we receive, we aim to reply within 15 working days. Please do not send the same email more "
  "than once, as this may slow our response.\n\nIf you are a constituent and your enquiry is urgent, please "
  "telephone 01422 555 640 between 10am and 4pm.\n\nThe office will be closed for the Easter recess from 2 to "
  "13 April.",
  AUTO, "An MP's office automatic acknowledgement is an autoresponder (auto_generated), so third_party=false "
  "despite the representative sender.",
  ["plain", "html", "short"],
  short="Automatic acknowledgement: your email has reached the office of Helen Marlowe MP. We aim to reply within "
  "15 working days.",
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"})

S(35, "auto", "conexus", ("fixed", ["Mail Delivery Subsystem <MAILER-DAEMON@mx1.conexus-services.com>",
                                    "MAILER-DAEMON <MAILER-DAEMON@mx1.conexus-services.com>"]),
  "Undelivered Mail Returned to Sender",
  "Your message could not be delivered to the following address.\n\n<kerrybrannigan84@postbox.co.uk>\n  "
  "Reason: 550 5.1.1 mailbox unavailable - no such user\n  Reporting host: mx.postbox.co.uk\n\nThe first part "
  "of the original message follows.\n\n----- Original message -----\nFrom: Conexus Customer Relations "
  "<complaints@conexus-services.com>\nTo: kerrybrannigan84@postbox.co.uk\nSubject: Your complaint - our final "
  "response (CX-CR-118204)\n\nDear Ms Brannigan,\n\nWe have now completed our investigation into your complaint "
  "about the calls made to your workplace. We are sorry...",
  AUTO, "A bounce of our final response (Return-Path <>, multipart/report) is auto_generated; the complaint is "
  "only in the returned copy (guide rule 7).",
  ["plain", "short"],
  short="Your message could not be delivered to <kerrybrannigan84@postbox.co.uk>: 550 5.1.1 no such user.",
  headers={"return-path": "<>", "auto-submitted": "auto-replied",
           "content-type": "multipart/report; report-type=delivery-status; boundary=\"mx1.conexus.7F33B0\""})

S(36, "auto", "conexus", ("fixed", ["Mail Delivery System <postmaster@conexus-services.com>"]),
  "Delivery Status Notification (Delay)",
  "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO "
  "NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n    "
  "accounts.receivable@halberdutilities.co.uk\n\nThe server will keep trying for another 44 hours.\n\nSubject "
  "of the delayed message: Remittance advice - Conexus collections, week ending 13 March",
  AUTO, "A delayed-delivery warning with no header is a machine notice (auto_generated); 'delay' here is mail "
  "transport, not a grievance.",
  ["plain", "html"])

S(37, "auto", "conexus", ("person", None),
  "Read: Your account with Conexus - letter of 4 May",
  "This is a receipt for the mail you sent to\n<{addr}> at 05/05/2026 09:12\n\nThis receipt verifies that the "
  "message has been displayed on the recipient's computer at 05/05/2026 19:47",
  AUTO, "A read receipt from a debtor's mail client is auto_generated even though it comes from a person's "
  "address.",
  ["plain", "html"])

S(38, "auto", "conexus", ("fixed", ["Northline Energy Customer Support <support@northline-energy.co.uk>",
                                    "Northline Energy <help@northline-energy.co.uk>"]),
  "Case 04418823 received: Query re disputed final bill - customer Mrs P. Amadi",
  "Hi there,\n\nThanks for getting in touch with Northline Energy. We've received your message and opened case "
  "number 04418823. One of our team will reply within 3 working days.\n\nYou can track your case at any time in "
  "the Help Centre. If you reply to this email, please keep the case number in the subject line so your message "
  "is added to the same case.\n\nNorthline Energy Customer Support\nThis inbox is managed by an automated "
  "system.",
  AUTO, "A creditor's ticket-system acknowledgement is an autoresponder (auto_generated); 'disputed' in the "
  "echoed subject is not a complaint.",
  ["plain", "html", "short"],
  short="We've received your message and opened case number 04418823. We'll reply within 3 working days.",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})

S(39, "auto", "conexus", ("fixed", ["ClearPath Debt Help <hello@clearpathdebthelp.org.uk>"]),
  "We've got your message",
  "Thanks for contacting ClearPath Debt Help.\n\nThis is an automatic reply to let you know your message has "
  "arrived. Our advisers are busier than usual, and we are currently replying to emails in about 10 working "
  "days. Your reference is CP-2026-048812.\n\nIf you are worried about bailiffs, a court date or being without "
  "gas or electricity, please call our free helpline on 0808 196 4420 (Monday to Friday, 9am to 8pm).\n\nWe "
  "will never ask you to pay for debt advice.",
  AUTO, "A debt charity's 'this is an automatic reply' notice without headers is auto_generated; it is not a "
  "representative writing for a client.",
  ["plain", "html", "short"],
  short="Automatic reply: your message has arrived. We are replying in about 10 working days. Ref CP-2026-048812.")

S(40, "auto", "conexus", ("fixed", ["Money Advice Practice Update <bulletin@moneyadvicepractice.org.uk>"]),
  "Practice Update: creditor complaint handling, Breathing Space renewals and a data-sharing reminder",
  "Money Advice Practice Update - Issue 118\n\nWhen a collector ignores you\nMany advisers tell us they have had "
  "to complain to collection agencies more than once before contact stopped during a Breathing Space. We set out "
  "a three-step escalation route and a template letter.\n\nMental health crisis moratorium renewals\nA reminder "
  "of the evidence an approved mental health professional must give, and what to do if a creditor keeps "
  "writing.\n\nData-sharing reminder\nOnly share a client's data with a creditor under a signed authority, and "
  "ask clients whether they want a copy of what the creditor holds about them.\n\nYou are receiving this because "
  "you registered as a practitioner. Unsubscribe | Update your details",
  AUTO, "A sector newsletter with bulk list headers is auto_generated (guide rule 4); complaining and data "
  "copies are article topics, not the sender's requests.",
  ["html", "plain"],
  headers={"precedence": "bulk", "list-id": "Practice Update <update.moneyadvicepractice.org.uk>",
           "list-unsubscribe": "<https://moneyadvicepractice.org.uk/unsubscribe?r=5d91aa>"})

S(41, "auto", "conexus", ("fixed", ["Ashdown Clarke LLP <insights@ashdownclarke.co.uk>",
                                    "Ashdown Clarke Insights <insights@ashdownclarke.co.uk>"]),
  "Data Protection Briefing - subject access requests after the new Act",
  "Data Protection Briefing | June 2026\n\nSubject access: what has changed\nIndividuals can still ask for a copy "
  "of their personal data, ask you to correct it, delete it or stop using it, and object to marketing. What has "
  "changed is how far you must search: 'reasonable and proportionate' searches are now written into the law, "
  "and the clock can stop while you wait for clarification.\n\nPractical steps for collection businesses\n1. Log "
  "every request the day it arrives.\n2. Ask for identification only when you genuinely need it.\n3. Keep a "
  "record of any clarification you ask for.\n\nYou are receiving this briefing because you attended one of our "
  "events. To stop receiving briefings, reply with 'unsubscribe' or update your preferences.",
  AUTO, "A law firm's marketing briefing without list headers is still a newsletter (auto_generated); rights "
  "described in the article are not requests.",
  ["html", "plain", "short"],
  short="Data Protection Briefing | June 2026: what the new Act changes for subject access requests. Read the "
  "full briefing on our website. To stop receiving briefings, reply 'unsubscribe'.")

S(42, "auto", "conexus", ("fixed", ["Collections Standards Forum <members@lists.collectionsforum.org.uk>"]),
  "[CSF-members] Reminder: complaints data return due 30 April",
  "Dear members,\n\nA reminder that the half-yearly complaints data return is due by 30 April. Please submit "
  "your figures through the members' area using the new template, which now separates complaints about "
  "contact frequency from complaints about vulnerable customers.\n\nQuestions about the return can be sent to the "
  "secretariat.\n\n--\nYou received this message because you are subscribed to the CSF-members group. To "
  "unsubscribe, email csf-members+unsubscribe@lists.collectionsforum.org.uk.",
  AUTO, "Trade-association mailing-list mail (Precedence: list, List-Id) is auto_generated, whatever it says "
  "about complaints.",
  ["plain", "html"],
  headers={"precedence": "list", "list-id": "<csf-members.lists.collectionsforum.org.uk>",
           "list-unsubscribe": "<mailto:csf-members+unsubscribe@lists.collectionsforum.org.uk>"})

S(43, "auto", "conexus", ("fixed", ["PayBridge Notifications <notifications@paybridge-payments.co.uk>"]),
  "Payment received - £45.00 - ref CX-5310944",
  "You have received a payment.\n\nAmount: £45.00\nPayer reference: CX-5310944\nPayer name: M HOLLOWAY\nDate: "
  "06 May 2026 07:14\nMethod: Debit card\nTransaction ID: PB-7Q4-88120-KX\n\nThe funds will be settled to your "
  "nominated account within 2 working days. To view or refund this transaction, sign in to your PayBridge "
  "merchant dashboard.\n\nThis is an automated notification. Please do not reply to this email.",
  AUTO, "A payment-gateway notification without headers is a system notification, so auto_generated=true and "
  "nothing else.",
  ["plain", "html", "short"],
  short="Payment received: £45.00 from M HOLLOWAY, ref CX-5310944. Automated notification - do not reply.")

S(44, "auto", "conexus", ("fixed", ["Conexus Secure Portal <noreply@portal.conexus-services.com>"]),
  "New sign-in to your mailbox",
  "A new sign-in to your account was detected.\n\nAccount: complaints@conexus-services.com\nWhen: 11 May 2026, "
  "22:41 BST\nDevice: Windows 11 / Edge\nApproximate location: Leeds, United Kingdom\n\nIf this was you, you "
  "don't need to do anything. If you don't recognise this activity, reset your password straight away and tell "
  "the IT service desk.\n\nYou are receiving this message because security alerts are turned on for this "
  "account.",
  AUTO, "A login alert (Auto-Submitted: auto-generated) is a system notification; a possible unknown sign-in is "
  "not a described data breach.",
  ["plain", "html"],
  headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"})

# =============================================================================================
# Conexus: look-alikes written by a person (10)

S(45, "look", "conexus", ("person", None),
  "Going into hospital - account CX-4477201",
  "{greet}\n\nJust to let you know I'm going into hospital on Monday for an operation and expect to be in for "
  "about a week, then resting at home. I won't be answering my phone while I'm in. My next payment of £25 is set "
  "up by standing order, so it should still go out on the 1st.\n\nI'll ring you when I'm home to talk about the "
  "plan going forward. If anything urgent comes up, my partner Leanne knows about the account and can pass on a "
  "message on 07700 900 415.\n\n{sign}\n{name}",
  NONE, "A debtor's own note that she will be away, with account details and a contact, is written by a person; "
  "nothing is wrong and nothing is demanded, so not a complaint.",
  ["plain", "html", "typo", "short"],
  short="In hospital from Monday for about a week - won't be answering my phone. Standing order still goes out on "
  "the 1st. Will ring when home.\n\n{first}")

S(46, "look", "conexus", ("person", None),
  "Fwd: Undeliverable: Payment plan offer - CX-3390158",
  "{greet}\n\nYour letter of 21 April told me to email my payment offer to payments@conexus-service.com. I did "
  "that twice and both times got the message below. I've now spent two weeks trying to set up a plan while your "
  "letters say you may pass my account on for further action if I don't make contact.\n\nPlease correct the "
  "address on your letters, ring me on 07700 900 872 so I can agree the plan, and confirm the account won't be "
  "escalated in the meantime.\n\n{sign}\n{name}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery "
  "Subsystem <mailer-daemon@mailhaven.net>\nSubject: Undeliverable: Payment plan offer - CX-3390158\n\nAddress "
  "not found. Your message wasn't delivered to payments@conexus-service.com because the domain "
  "conexus-service.com couldn't be found.",
  short_labels(c=True, cat="inaccurate_information"),
  "A debtor's words above a forwarded bounce are a person's mail: an implicit complaint that Conexus's letters "
  "gave a wrong address (inaccurate_information); correcting the firm's address is not rectification.",
  ["plain", "html", "typo"])

S(47, "look", "conexus", ("person", "riversidemoneyadvice.org.uk"),
  "Client: Mr Simon Ferreira - account CX-2208763 - request to hold action",
  "Dear Sir/Madam\n\nClient: Mr Simon Ferreira\nAddress: 16 Tannery Close, Kendal LA9 4QP\nYour ref: "
  "CX-2208763\n\nWe are a free, independent debt advice service and have been asked to help the above client with "
  "his financial situation. A signed authority is attached.\n\nWe are gathering information about our client's "
  "income, expenditure and debts so that we can advise him on his options. Please:\n\n1. hold all collection "
  "activity for 30 days from the date of this letter;\n2. send us a statement of the account showing the current "
  "balance; and\n3. tell us the name of the original creditor.\n\nWe will contact you again once our client has "
  "decided how to proceed.\n\nYours faithfully\n\n{name}\nDebt Adviser, Riverside Money Advice",
  short_labels(tp=True),
  "A standard money-adviser letter is still written by a person for a client (third_party); routine hold and "
  "statement requests show no dissatisfaction and are not data-rights requests.",
  ["plain", "html", "typo"])

S(48, "look", "conexus", ("person", None),
  "Fwd: We have received your email",
  "{greet}\n\nOn 2 April I sent you my income and expenditure form and an offer of £20 a month. All I have had "
  "back is the automatic reply below, which promised an answer within 5 working days. It has now been 15 working "
  "days and I've heard nothing, so I don't know whether to start paying or not.\n\nPlease reply to my offer this "
  "week.\n\n{sign}\n{name}\n\n---------- Forwarded message ---------\nFrom: Conexus "
  "<noreply@conexus-services.com>\nSubject: We have received your email\n\nThank you for contacting Conexus. We "
  "have received your email and will respond within 5 working days. Please do not reply to this message.",
  short_labels(c=True, cat="delay"),
  "A person forwarding our own auto-acknowledgement with a 'still no answer' note is a chaser, so an implicit "
  "complaint about delay (guide rule 6), not auto mail.",
  ["plain", "html", "typo", "short"],
  short="Sent my I&E and a £20 a month offer on 2 April, got your auto reply promising 5 working days, nothing in "
  "15. Please answer this week.\n\n{first}")

S(49, "look", "conexus", ("person", None),
  "Complaint - still getting your marketing emails",
  "{greet}\n\nI cleared my account with you in 2024. Since then I have been getting your 'Money Matters' emails "
  "about financial wellbeing every fortnight. I have clicked unsubscribe at the bottom of them three times and "
  "they still arrive. I never agreed to marketing from a debt collector in the first place.\n\nThis is a formal "
  "complaint. [[objection|I object to you using my details to send me marketing of any kind.]] [[erasure|Please "
  "delete my email address from your mailing list and from any marketing database you keep.]]\n\nPlease confirm "
  "in writing when the emails have stopped.\n\n{sign}\n{name}",
  short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "An explicit complaint about marketing sent without consent and unsubscribes ignored is about data use "
  "(personal_data), with objection and erasure requested.",
  ["plain", "html", "typo", "short"],
  short="Formal complaint: I've unsubscribed three times and your marketing emails keep coming. [[objection|I "
  "object to any marketing use of my details.]] [[erasure|Delete my email address from your mailing lists.]]\n\n"
  "{first}")

S(50, "look", "conexus", ("person", None),
  "Automated calls and texts - CX-6051832",
  "{greet}\n\nYour automated system has sent me nine texts since Monday and rang me at 7.05 this morning and at "
  "9.40 last night, each time a recorded voice telling me to press 1 to pay. I have two small children and the "
  "early calls wake them.\n\nI did try the online payment plan tool, but it turned down my offer of £15 a month "
  "within seconds and said the lowest it could accept is £60. [[automated_decision|I want a person at Conexus to "
  "look at my income and outgoings and decide on my offer, not the computer.]]\n\nPlease stop the early morning "
  "and late calls and get someone to contact me by email.\n\n{sign}\n{name}",
  short_labels(c=True, r="automated_decision", cat="collection_conduct"),
  "A complaint about automated calls and texts is about how the debt is pursued (collection_conduct); asking "
  "for a person to decide instead of the tool is automated_decision, and personal_data stays false.",
  ["plain", "html", "typo"])

S(51, "look", "conexus", ("person", None),
  "Payment reminder - instalment due 1 June",
  "{greet}\n\nI paid this instalment last Friday by bank transfer using the reference on the reminder, so I think "
  "this was sent before it reached you. Could you check it has been received and let me know?\n\n{sign}\n"
  "{name}",
  NONE, "A person's reply to a quoted automatic payment reminder is labelled on its new text: a neutral request "
  "to confirm a payment, not a complaint.",
  ["reply", "html_reply", "typo_reply"],
  quote=("Conexus Payments <noreply@conexus-services.com>", "28 May 2026",
         "Payment reminder\n\nAccount: CX-7239016\nInstalment due: £30.00 on 1 June 2026\n\nIf you have already "
         "paid, please ignore this reminder. This is an automated message; replies to this address are not "
         "monitored. Ref {ref}"))

S(52, "look", "conexus", ("person", None),
  "complaint about your agent",
  "{greet} i want to make a complaint about the man who rang me at work today about my account. I told him "
  "twice I was at work and couldnt talk and he kept going, then said he would ring my manager to check what time "
  "I finish. Thats not acceptable. I want someone to call me back after 5 and tell me what you're going to do "
  "about him.\n\n{first}\n\n{mobile}",
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "'Sent from my phone' is a person's signature, not an auto-reply; 'I want to make a complaint' about an "
  "agent's calls at work is an explicit collection_conduct complaint.",
  ["plain", "typo", "short", "subject_only"], greet="casual",
  short="want to make a complaint, your agent rang me at work and wouldnt stop. call me after 5\n\n{mobile}",
  subj_only="complaint - your agent rang me at work & wouldnt stop, call me after 5 pls")

S(53, "look", "conexus", ("person", "hallamcrossley.co.uk"),
  "Our client: Mrs Bernadette Quayle - your ref CX-1184520",
  "Dear Sirs\n\nOur client: Mrs Bernadette Quayle\nYour reference: CX-1184520\nAlleged creditor: Sterling Credit "
  "Loans\n\nWe are instructed by the above-named in connection with your letters of 3 and 17 March demanding "
  "payment of £2,418.55.\n\nOur client made no payment on this account after 2017 and has not acknowledged the "
  "debt in writing since then. The debt is therefore statute-barred under section 5 of the Limitation Act 1980 "
  "and our client will not be making any payment. We require you to cease all collection activity and confirm "
  "that you have done so.\n\n[[access|Please also provide, under Article 15 UK GDPR, a copy of all personal data "
  "you hold about our client, including notes of calls and copies of letters sent.]]\n\nWe look forward to your "
  "response within 14 days.\n\nYours faithfully\n\n{name}\nHallam Crossley Solicitors",
  short_labels(c=True, r="access", tp=True, cat="debt_dispute"),
  "A formulaic solicitor's letter challenging a statute-barred debt Conexus is pursuing is an implicit "
  "debt_dispute complaint for a client (third_party, firm null), with an access request.",
  ["plain", "html", "typo"])

S(54, "look", "conexus", ("person", None),
  "Email reminders and my address",
  "{greet}\n\nYour reminder emails end with 'To stop receiving email reminders, reply UNSUBSCRIBE to this "
  "message.' So: UNSUBSCRIBE, please. I'd rather have reminders by post, as I don't check this inbox often.\n\n"
  "Which brings me to the other thing: I moved last month. [[rectification|Please update my address on account "
  "CX-8802371 to 5 Copperfield Row, Rotherham S60 2LD.]] [[restriction|Until the new address is on your system, "
  "please don't send anything to the old one.]]\n\n{sign}\n{name}",
  short_labels(r="rectification,restriction"),
  "A pasted unsubscribe line in a person's message does not make it list mail; switching reminders to post is a "
  "contact preference (not objection), and the address update and hold are rectification and restriction "
  "without a complaint.",
  ["plain", "html", "typo"])

# =============================================================================================
# Conexus: ordinary mail (6)

S(55, "ord", "conexus", ("person", None),
  "Lumen Water bill you are chasing me for",
  "{greet}\n\nYour letter says I owe £486.20 to Lumen Water. That bill is based on estimated readings for a year "
  "when the meter at my old flat was broken. Lumen sent an engineer who replaced it in October, and the new meter "
  "shows I used a fraction of what they estimated. I have asked Lumen three times to re-bill from the real "
  "readings and they keep saying it is with another department.\n\nI'm not paying a made-up figure. Please get "
  "Lumen Water to correct the bill before you ask me for anything more.\n\n{sign}\n{name}",
  short_labels(c=True, cat="debt_dispute", firm="lwt"),
  "The root cause is the creditor's own estimated bill, which only Lumen can re-issue, so an implicit "
  "debt_dispute with about_other_firm=lwt.",
  ["plain", "html", "typo", "short"],
  short="You're chasing me for £486.20 for Lumen Water but it's an estimated bill from when the meter was broken. "
  "Get Lumen to re-bill from real readings before asking me to pay.\n\n{first}")

S(56, "ord", "conexus", ("person", None),
  "Complaint - number of calls",
  "{greet}\n\nI want to complain about the number of calls I am getting from your office. I count 23 calls in "
  "the last 8 days on my mobile, some before 8am and two on a Sunday. I answered on Tuesday, agreed to send an "
  "income and expenditure form, and the calls still haven't stopped.\n\nPlease stop calling me while the form is "
  "with you, and put this right.\n\n{sign}\n{name}",
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "'I want to complain' about call frequency is an explicit collection_conduct complaint; 'stop calling me' is a "
  "conduct remedy, not objection.",
  ["plain", "typo", "short", "subject_only"],
  short="Complaint: 23 calls in 8 days, some before 8am and on Sunday, after I agreed to send my I&E form. Stop "
  "calling until you've got it.\n\n{first}",
  subj_only="Complaint: 23 calls in 8 days incl before 8am and Sunday - stop until my I&E form is looked at")

S(57, "ord", "conexus", ("person", None),
  "Letter about an old phone contract",
  "{greet}\n\nI've had a letter from you about a Pennant Mobile contract from 2019 that I'd like to sort out. I'm "
  "happy to set up a payment plan, but first I want to understand a few things. [[informed|Can you tell me where "
  "you got my current address, what information Pennant passed to you about me and what you use it for?]]\n\nI "
  "can afford about £20 a month at the moment. What do I need to send you to get a plan started?\n\n{sign}\n"
  "{name}",
  short_labels(r="informed"),
  "Willing to pay and asking neutrally, so not a complaint; asking where the data came from and what it is used "
  "for is an informed request, not access.",
  ["plain", "html", "typo"])

S(58, "ord", "conexus", ("person", "sterlingcredit.co.uk"),
  "Remittance report - April",
  "{greet}\n\nOur April remittance report from you shows 412 accounts, but the payment we received covers 409. I "
  "think three accounts paid on the 30th may have gone into May's figures instead. Could you send a line-by-line "
  "breakdown so our finance team can reconcile it?\n\n{sign}\n{name}\nCollections Partnerships Manager, "
  "Sterling Credit Loans",
  NONE, "A creditor client's neutral reconciliation query is an enquiry; a directory firm as sender sets nothing.",
  ["plain", "html", "typo"])

S(59, "ord", "conexus", ("person", None),
  "Your reference CX-9034417",
  "{greet}\n\nThis is my fourth email. You wrote on 9 March saying you would look into the interest on my account "
  "and reply within ten working days. It is now the end of April and I have heard nothing. Please give me an "
  "answer this week.\n\n{sign}\n{name}",
  short_labels(c=True, cat="delay"),
  "A 'fourth email, heard nothing' chaser above our quoted holding reply is an implicit complaint about delay "
  "(guide rule 6).",
  ["reply", "html_reply", "typo_reply", "short"],
  short="4th email - nothing since you wrote on 9 March about the interest on CX-9034417. Please answer this "
  "week.\n\n{first}",
  quote=("Conexus Customer Relations <cr@conexus-services.com>", "9 Mar 2026",
         "Dear {title} {last},\n\nThank you for your email about the interest shown on your statement. We are "
         "looking into this with the creditor and will reply within ten working days. Our reference is "
         "CX-CR-{ref}.\n\nKind regards\nCustomer Relations\nConexus"))

S(60, "ord", "conexus", ("person", "jamesorrellmp.org.uk"),
  "Constituent: Mrs Ada Nwosu, 3 Lark Rise, Calder Bridge - account CX-4170288",
  "Dear Sir or Madam,\n\nI am writing on behalf of James Orrell MP about his constituent, Mrs Ada Nwosu, who has "
  "given her consent for this office to act for her.\n\nMrs Nwosu tells us that a 'trace fee' of £75 was added "
  "to her balance in January, although she has lived at the same address for eleven years and has replied to "
  "every letter you have sent her. She finds this unfair and is distressed that the balance has gone up when she "
  "has kept to her payment plan.\n\nMr Orrell would be grateful if you would explain why the fee was applied and, "
  "if it was added in error, remove it and confirm the corrected balance to this office.\n\nYours faithfully,\n\n"
  "{name}\nSenior Caseworker, Office of James Orrell MP",
  short_labels(c=True, tp=True, cat="fees_charges"),
  "An MP's office writing for a constituent (third_party) about a trace fee Conexus added is an implicit "
  "fees_charges complaint about Conexus itself (firm null).",
  ["plain", "html", "typo"])


# ---------------------------------------------------------------------------------------------
# rendering

def draw_person(rng, pool, domain):
    """(name, first, last, title, address) of an invented sender."""
    female = rng.random() < 0.5
    if pool == "pl":
        first = rng.choice(PL_FIRST_F if female else PL_FIRST_M)
        last = rng.choice(PL_LAST)
        if female and last.endswith("ski"):
            last = last[:-1] + "a"
    else:
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
    title = ("Ms" if female else "Mr")
    f = "".join(PL_ASCII.get(c, c) for c in first.lower())
    la = "".join(PL_ASCII.get(c, c) for c in last.lower())
    if domain is None:
        dom = rng.choice(PERSONAL_DOMAINS)
        local = rng.choice([f"{f}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f[0]}{la}{rng.randrange(1, 9)}",
                            f"{la}.{f}"])
    else:
        dom = domain
        local = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la[0]}", f"{f[0]}{la}"])
    return f"{first} {last}", first, last, title, f"{local}@{dom}"


def render(rng, sc, env):
    html, quoted, typos, variant = ENVS[env]
    mailbox = sc["mailbox"]
    name, first, last, title, addr = draw_person(rng, sc["names"], sc["sender"][1] if sc["sender"][0] == "person"
                                                 else "example.invalid")
    if sc["sender"][0] == "person":
        sender = f"{name} <{addr}>"
    else:
        sender = rng.choice(sc["sender"][1])
    greet = rng.choice(CASUAL_GREET if sc["greet"] == "casual" else GREET[mailbox])
    sign = rng.choice(SIGN)
    mobile = rng.choice(MOBILE)
    fmt = {"name": name, "first": first, "last": last, "title": title, "addr": addr, "greet": greet,
           "sign": sign, "mobile": mobile, "ref": "{ref}"}
    subject, body = sc["subject"], sc["body"]
    if variant == "short":
        body = sc["short"]
    elif variant == "subject":
        subject, body = sc["subj_only"], ""
    subject = subject.format_map(fmt)
    body = body.format_map(fmt).lstrip()
    if typos:
        body = typos_outside_marks(body, rng, MARK_RIGHTS, 0.35)
    subject_marks, body_marks = rights_marks_of(subject), rights_marks_of(body)
    subject, body = strip_marks(subject, MARK_RIGHTS), strip_marks(body, MARK_RIGHTS)
    quote = None
    if quoted:
        who, date, text = sc["quote"]
        text = text.format_map(fmt)
        if rng.random() < 0.6:
            head = f"On {date}, {who} wrote:"
            assert len(head) - len("On  wrote:") <= 80, head
        else:
            head = "-----Original Message-----"
            text = f"From: {who}\nSent: {date}\n\n{text}"
        quote = (head, text)
    return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["source"], env=env,
                                headers=sc["headers"])


def build(rng):
    records = []
    for sc in SCENARIOS:
        quoted = [e for e in sc["envs"] if ENVS[e][1]]
        if quoted:  # a scenario with a quotable earlier message gets at least one reply envelope
            e1 = rng.choice(quoted)
            e2 = rng.choice([e for e in sc["envs"] if e != e1])
        else:
            e1, e2 = rng.sample(sc["envs"], 2)
        for env in (e1, e2):
            records.append(render(rng, sc, env))
    return records


def summary(records, env_counts):
    scen = {r["source"]: r for r in records}
    kinds = collections.Counter(KIND[s] for s in scen)
    lines = [f"wrote {OUT}: {len(records)} emails, {len(scen)} scenarios "
             f"({kinds['auto']} machine-made, {kinds['look']} look-alikes, {kinds['ord']} ordinary)"]
    lines.append("mailboxes (emails): " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    lab = [r["labels"] for r in records]
    lines.append(f"auto_generated emails: {sum(x['auto_generated'] for x in lab)}; with headers: "
                 f"{sum(bool(r['headers']) for r in records)}; html: {sum(r['html'] for r in records)}")
    lines.append(f"complaints: {sum(x['complaint'] for x in lab)} emails / "
                 f"{sum(r['labels']['complaint'] for r in scen.values())} scenarios "
                 f"({sum(x['explicit'] for x in lab)} explicit emails)")
    lines.append(f"third party: {sum(x['third_party'] for x in lab)} emails / "
                 f"{sum(r['labels']['third_party'] for r in scen.values())} scenarios")
    for right in RIGHTS:
        e = sum(right in x["rights"] for x in lab)
        s = sum(right in r["labels"]["rights"] for r in scen.values())
        if e:
            lines.append(f"  {right}: {e} emails / {s} scenarios")
    lines.append("categories (emails): " + str(dict(collections.Counter(x["category"] for x in lab))))
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    assert len(SCENARIOS) == 60 and len({s["source"] for s in SCENARIOS}) == 60
    kinds = collections.Counter((s["kind"], s["mailbox"]) for s in SCENARIOS)
    assert kinds == {("auto", "pexa"): 14, ("auto", "conexus"): 14, ("look", "pexa"): 10,
                     ("look", "conexus"): 10, ("ord", "pexa"): 6, ("ord", "conexus"): 6}, kinds
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
