#!/usr/bin/env python3
"""Evaluation set "auto_read": is machine-made mail recognised and kept apart from mail a person wrote?

60 scenarios (30 per mailbox), each rendered twice with different envelopes (120 emails):
* 28 machine-made (auto_generated): out-of-office replies (some quoting the firm, some bilingual, most with no
  automatic header), bounces with the failed message below, read and delivery receipts, other organisations'
  ticket autoresponders, newsletters and mailing-list digests, system notifications. 13 carry realistic automatic
  headers (Auto-Submitted, X-Autoreply, List-Id, Return-Path <> ...), 15 carry none.
* 20 look-alikes a person wrote: a personal away note, forwarded bounces and auto-replies with the writer's own
  words on top, complaints about newsletters or automatic emails, formulaic solicitor and money-adviser letters,
  replies to portal notifications, signature blocks with working hours or "sent from my phone", a pasted
  unsubscribe line.
* 12 ordinary complaints and non-complaints of the two mailboxes.

Each scenario's labels follow the labelling guide; request sentences are marked inline as [[right|sentence]].
Stdlib only; output is deterministic for SEED.

Usage: .venv/bin/python data/make/make_auto_read.py
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270912
PREFIX = "aur"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "auto_read.jsonl")

# ---------------------------------------------------------------------------------------------
# envelope material (all invented)

FIRST = ["Aisha", "Callum", "Dorota", "Eamon", "Farah", "Gideon", "Hollie", "Imran", "Jessamy", "Kwame", "Lorna",
         "Mateusz", "Niamh", "Oren", "Priya", "Rhodri", "Saoirse", "Tobias", "Una", "Viktor", "Wendy", "Yusuf",
         "Zara", "Bryony", "Dev", "Elspeth", "Fergus", "Gwen", "Hamish", "Ines"]
LAST = ["Ackroyd", "Bellamy", "Chaudhry", "Dunleavy", "Egbuna", "Fairweather", "Garside", "Hollings", "Iqbal",
        "Jarvie", "Kettering", "Lomax", "Mbeki", "Nowicki", "Ormerod", "Pemberton", "Quinlan", "Rafferty",
        "Sandhu", "Thackeray", "Urquhart", "Varga", "Whitcombe", "Yardley", "Zielinski", "Brannigan", "Colquhoun",
        "Delacroix", "Entwistle", "Fothergill"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com"]
GREETINGS = ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Dear team,", "To whom it may concern,",
             "Hello there,", ""]
SIGNOFFS = ["Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,", "Cheers,"]
SIGNOFFS_COMPLAINT = ["Regards,", "Kind regards,", "Yours sincerely,", "Yours faithfully,", "Thanks,"]
DATES = ["Mon, 7 Jul 2025, 09:12", "Tue, 8 Jul 2025, 14:37", "Wed, 9 Jul 2025, 11:05", "Thu, 10 Jul 2025, 16:48",
         "Fri, 11 Jul 2025, 10:20", "Mon, 14 Jul 2025, 08:55", "Tue, 15 Jul 2025, 13:02"]
FIRM_FROM = {"pexa": "PEXA Customer Resolution <complaints@pexa.co.uk>",
             "conexus": "Conexus Complaints <complaints@conexus-services.com>"}
DEFAULT_QUOTES = {
    "pexa": [
        "Dear {first},\n\nThank you for contacting PEXA. We have logged your email under reference PX-Q-{ref} and a "
        "member of the team will reply within five business days.\n\nPEXA Customer Resolution Team",
        "Hello {first},\n\nThank you for your message. So that we can look into this, could you send us the "
        "workspace number and the names of the participating firms? Our reference is PX-Q-{ref}.\n\n"
        "Kind regards\nPEXA Customer Resolution",
    ],
    "conexus": [
        "Dear {first} {last},\n\nThank you for your email. Your account is being reviewed and a member of our team "
        "will reply within 5 working days. Please quote reference CXR-{ref} in any reply.\n\n"
        "Conexus Customer Relations",
        "Dear {first} {last},\n\nWe are writing about your account, reference CXR-{ref}. Our records show a balance "
        "outstanding. Please contact us on 0113 496 0500 to discuss how you would like to pay.\n\nConexus",
    ],
}

HDR_OOO = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}
HDR_OOO_MS = {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}
HDR_BOUNCE = {"return-path": "<>", "auto-submitted": "auto-replied",
              "content-type": "multipart/report; report-type=delivery-status"}


def S(sid, box, grp, lab, note, **kw):
    """One scenario: id, mailbox, group (auto/look/ordinary), labels, note and its text fields."""
    d = dict(sid=sid, box=box, grp=grp, lab=lab, note=note, letter=False, kinds=("plain",), typo=False,
             headers=None, quote=None, short=None, subj_only=None, tail=None, greet=None, signoff=None,
             signature="{name}", reply_subject=None, sender=("consumer",))
    d.update(kw)
    return d


A = short_labels(auto=True)
NONE = short_labels()

# ---------------------------------------------------------------------------------------------
# the 60 scenarios

SCENARIOS = [
    # ------------------------------------------------------------ PEXA, machine-made (s001-s014)
    S("aur-s001", "pexa", "auto", A,
      "Out-of-office wording ('out of the office until', duty contact) with no automatic header is still machine-made, "
      "so auto_generated=true and every other label is cleared.",
      sender=("org", "Harwood & Lisle Conveyancing", "harwoodlisle.co.uk"), typo=True,
      subject="Automatic reply: Workspace {ws} - settlement time change",
      reply_subject="Re: Workspace {ws} - settlement time change",
      body="Thank you for your email.\n\nI am out of the office until Wednesday 16 July and will have only "
           "occasional access to email. If your message concerns a completion due before then, please call the "
           "office on 01632 960418 and ask for the duty conveyancer, or email completions@harwoodlisle.co.uk.\n\n"
           "{name}\nHarwood & Lisle Conveyancing",
      short="Out of the office until 16 July. For completions please call 01632 960418.\n\n{name}",
      quote=("PEXA Notifications <no-reply@notify.pexa.co.uk>",
             "The settlement time for workspace {ws} has been changed from 11:00 to 14:30 by the lender "
             "participant. Please review the workspace. Notice ID {ref}."),
      kinds=("plain", "reply", "html", "short")),
    S("aur-s002", "pexa", "auto", A,
      "A bilingual Welsh/English out-of-office reply with Auto-Submitted and X-Autoreply headers is auto_generated; "
      "nothing else is set.",
      sender=("org", "Pritchard Morgan Law", "pritchardmorgan.cymru"), headers=HDR_OOO,
      subject="Ymateb awtomatig / Automatic reply: Invoice PX-INV-{inv}",
      reply_subject="Re: Invoice PX-INV-{inv}",
      body="Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 14 Gorffennaf ac ni fydd negeseuon yn "
           "cael eu hanfon ymlaen. Ar gyfer materion brys, ffoniwch 029 2018 0447.\n\n"
           "Thank you for your email. I am out of the office until Monday 14 July and messages are not being "
           "forwarded. For urgent matters, please phone 029 2018 0447.\n\n{name}\nPritchard Morgan Law",
      quote=(None, "Dear {first},\n\nPlease find attached invoice PX-INV-{inv} for June. Payment is due within 30 "
                   "days. Remittance reference {ref}.\n\nPEXA Accounts"),
      kinds=("plain", "html", "reply")),
    S("aur-s003", "pexa", "auto", A,
      "A MAILER-DAEMON bounce (Return-Path <>, multipart/report) of our own complaint response is auto_generated; the "
      "complaint wording is only in the returned message.",
      sender=("fixed", ["Mail Delivery System <MAILER-DAEMON@mx2.pexa.co.uk>",
                        "Mail Delivery Subsystem <MAILER-DAEMON@mail.pexa.co.uk>"]),
      headers=HDR_BOUNCE,
      subject=["Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)"],
      body="This is the mail system at host mx2.pexa.co.uk.\n\nI'm sorry to have to inform you that your message "
           "could not be delivered to one or more recipients. It's attached below.\n\n"
           "<{email}>: host mx.{domain}[192.0.2.87] said: 552 5.2.2 <{email}>: Mailbox full, quota exceeded "
           "(in reply to RCPT TO command)\n\n------ Original message ------\n\n"
           "From: PEXA Customer Resolution <complaints@pexa.co.uk>\nTo: {email}\n"
           "Subject: Your complaint PX-C-{n} - our final response\n\nDear {first},\n\nThank you for your patience "
           "while we investigated your complaint about the duplicated workspace fee. We have upheld your complaint "
           "and credited £52.80 to your account. If you are not satisfied with this response, please let us "
           "know within 8 weeks...",
      short="<{email}>: 552 5.2.2 Mailbox full, quota exceeded. Your message \"Your complaint PX-C-{n} - our final "
            "response\" could not be delivered.",
      kinds=("plain", "short")),
    S("aur-s004", "pexa", "auto", A,
      "An Exchange non-delivery report with no automatic header is still a bounce; the access and correction wording "
      "belongs to our returned reply, so rights=[] and auto_generated=true.",
      sender=("fixed", ["Microsoft Outlook <postmaster@tvmortgages.co.uk>",
                        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tvmortgages.co.uk>"]),
      subject="Undeliverable: Re: Your request for a copy of your personal data",
      body="Delivery has failed to these recipients or groups:\n\nm.oyelaran@tvmortgages.co.uk\nThe email address "
           "you entered couldn't be found. Please check the recipient's email address and try to resend the "
           "message. If the problem continues, please contact your helpdesk.\n\nDiagnostic information for "
           "administrators:\n\nGenerating server: EX-MBX04.tvmortgages.local\nRemote Server returned '550 5.1.10 "
           "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
           "Original message:\n\nDear Ms Oyelaran,\n\nFurther to your request under Article 15 of the UK GDPR, "
           "please find attached a copy of the personal data we hold about you as a registered user. If anything "
           "in it is wrong and you would like us to correct it, reply to this email.\n\nPEXA Data Protection Team",
      kinds=("plain", "html")),
    S("aur-s005", "pexa", "auto", A,
      "A read receipt ('Your message ... was read on') is machine-made even without headers and even though its "
      "subject names a complaint; auto_generated=true only.",
      sender=("org", "Heathcote Bank", "heathcotebank.co.uk"),
      subject="Read: Complaint PX-C-{n} - our final response",
      body="Your message\n\n  To: {name}\n  Subject: Complaint PX-C-{n} - our final response\n  Sent: Tuesday, 8 "
           "July 2025 14:03:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Wednesday, 9 July 2025 "
           "08:47:52 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
      subj_only="Read: Complaint PX-C-{n} - our final response",
      kinds=("plain", "subject_only")),
    S("aur-s006", "pexa", "auto", A,
      "A delivery receipt with Auto-Submitted and a multipart/report content type is auto_generated.",
      sender=("fixed", ["Mail Delivery System <postmaster@greyfriarslaw.co.uk>",
                        "postmaster <postmaster@mail.greyfriarslaw.co.uk>"]),
      headers={"auto-submitted": "auto-generated",
               "content-type": "multipart/report; report-type=delivery-status"},
      subject="Delivered: Your complaint PX-C-{n} - acknowledgement",
      body="Your message has been delivered to the following recipients:\n\nr.mcallister@greyfriarslaw.co.uk "
           "(r.mcallister@greyfriarslaw.co.uk)\n\nSubject: Your complaint PX-C-{n} - acknowledgement\n\n"
           "This is an automatically generated delivery status notification.",
      short="Delivered to r.mcallister@greyfriarslaw.co.uk. Subject: Your complaint PX-C-{n} - acknowledgement",
      kinds=("plain", "short")),
    S("aur-s007", "pexa", "auto", A,
      "A lender's ticket-system acknowledgement ('automated acknowledgement', case reference) is auto_generated; a "
      "directory firm as the sender of an autoresponder sets no firm.",
      sender=("fixed", ["Kestrel Mortgage Services <no-reply@kestrelbs.co.uk>",
                        "Kestrel Building Society <donotreply@kestrelbs.co.uk>"]),
      headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
      subject="We've received your email [Ref: KBS-{acct}]",
      body="Thank you for contacting Kestrel Building Society Mortgage Services. This is an automated "
           "acknowledgement - please do not reply to it.\n\nYour enquiry has been given the reference KBS-{acct}. "
           "We aim to respond to conveyancer and professional enquiries within 3 working days. If your enquiry "
           "relates to a completion taking place today, please call our completions line on 0300 123 4471 "
           "(8.30am to 5pm, Monday to Friday).\n\nIf you are unhappy with our service you can make a complaint at "
           "kestrelbs.co.uk/complaints.\n\nKestrel Building Society is authorised by the Prudential Regulation "
           "Authority and regulated by the Financial Conduct Authority.",
      short="Thank you for contacting Kestrel Mortgage Services. Your reference is KBS-{acct}. We aim to respond "
            "within 3 working days. Please do not reply to this email.",
      kinds=("plain", "html", "short")),
    S("aur-s008", "pexa", "auto", A,
      "A participant firm's client-care autoresponder that promises to acknowledge 'your complaint' has no header but "
      "is a standard automatic acknowledgement, so auto_generated=true and no complaint.",
      sender=("fixed", ["Client Care <clientcare@marshpenrose.co.uk>",
                        "Marsh & Penrose Client Care <clientcare@marshpenrose.co.uk>"]),
      subject="RE: Referral of customer complaint - PX-F-{n}",
      body="Thank you for contacting Marsh & Penrose Conveyancing.\n\nThis mailbox is monitored between 9am and "
           "5pm, Monday to Friday. We will acknowledge your complaint within 5 working days and aim to send our "
           "final response within 8 weeks. Please do not send further emails about the same matter, as this may "
           "delay our response.\n\nClient Care Team\nMarsh & Penrose Conveyancing",
      quote=(None, "Dear Client Care Team,\n\nUnder our complaints policy we are forwarding to you a complaint from "
                   "your client about the progress of their purchase. Our reference is PX-F-{ref}.\n\n"
                   "PEXA Customer Resolution"),
      kinds=("plain", "reply", "html")),
    S("aur-s009", "pexa", "auto", A,
      "An industry newsletter (Precedence bulk, List-Id, List-Unsubscribe) about complaint statistics is "
      "auto_generated and never a complaint.",
      sender=("fixed", ["Conveyancing Matters <news@conveyancingmatters.co.uk>",
                        "Conveyancing Matters Weekly <editor@conveyancingmatters.co.uk>"]),
      headers={"precedence": "bulk", "list-id": "Conveyancing Matters <weekly.conveyancingmatters.co.uk>",
               "list-unsubscribe": "<https://conveyancingmatters.co.uk/unsub?m=7c21ab>"},
      subject="Legal Ombudsman: complaints about residential conveyancing rise again",
      body="CONVEYANCING MATTERS - your weekly briefing\n\nOmbudsman figures: complaints about residential "
           "conveyancing rose for the fourth quarter running. Delay and poor communication remain the top two "
           "causes, with failed completions on moving day close behind.\n\nDigital settlement: three lenders "
           "report faster redemptions after moving to e-settlement, but firms still describe the first months "
           "as 'bumpy'.\n\nData protection corner: what to do when a client asks you to delete their file "
           "before the retention period ends.\n\nYou are receiving this email because you subscribed at "
           "conveyancingmatters.co.uk. Unsubscribe | Update your preferences",
      kinds=("html", "plain")),
    S("aur-s010", "pexa", "auto", A,
      "A mailing-list digest (List-Id, Precedence list) is auto_generated even when a member's post inside it grumbles "
      "about settlement failures; nobody is writing to PEXA.",
      sender=("fixed", ["conveyancing-practice-request <conveyancing-practice-request@lists.propertylawyers.org.uk>",
                        "Conveyancing Practice list <conveyancing-practice@lists.propertylawyers.org.uk>"]),
      headers={"list-id": "<conveyancing-practice.lists.propertylawyers.org.uk>", "precedence": "list",
               "list-unsubscribe": "<mailto:conveyancing-practice-request@lists.propertylawyers.org.uk"
                                   "?subject=unsubscribe>"},
      subject="conveyancing-practice Digest, Vol 41, Issue {d2}",
      body="Send conveyancing-practice mailing list submissions to\n\tconveyancing-practice@lists.propertylawyers."
           "org.uk\n\nToday's Topics:\n\n   1. Re: Settlement failures this week (Gareth Lyle)\n   2. SDLT return "
           "rejected after completion (Marion Teale)\n\n----------------------------------------------------------"
           "\n\nMessage: 1\nFrom: Gareth Lyle\nSubject: Re: Settlement failures this week\n\nWe had two settlements "
           "fall over on Friday afternoon and it took an hour to get through to the platform's support line. "
           "Anyone else seeing this, or is it just us?\n\n----------------------------------------------------------"
           "\n\nMessage: 2\nFrom: Marion Teale\nSubject: SDLT return rejected after completion\n\nHas anyone had "
           "HMRC reject a return because the effective date was entered as the exchange date? Any tips welcome."
           "\n\nEnd of conveyancing-practice Digest, Vol 41, Issue {d2}",
      short="Today's Topics:\n\n   1. Re: Settlement failures this week (Gareth Lyle)\n   2. SDLT return rejected "
            "after completion (Marion Teale)\n\nTo unsubscribe, email conveyancing-practice-request@lists."
            "propertylawyers.org.uk with 'unsubscribe' in the subject.",
      kinds=("plain", "short")),
    S("aur-s011", "pexa", "auto", A,
      "A helpdesk tool's password-reset notice with no header is a system notification, so auto_generated=true.",
      sender=("fixed", ["Sorted Helpdesk <noreply@sortedhelpdesk.io>", "Sorted <security@sortedhelpdesk.io>"]),
      subject="Reset your Sorted Helpdesk password",
      body="Hi Complaints Team,\n\nWe received a request to reset the password for the Sorted Helpdesk account "
           "linked to complaints@pexa.co.uk. Use the link below to choose a new password. The link expires in 30 "
           "minutes.\n\nhttps://app.sortedhelpdesk.io/reset/{hx}\n\nIf you didn't ask for this, you can ignore "
           "this email - your password won't change.\n\nThis is an automated message. Replies to this address "
           "are not monitored.",
      kinds=("plain", "html")),
    S("aur-s012", "pexa", "auto", A,
      "An accounts system's automatically generated remittance advice is a payment notification: auto_generated, "
      "and the fee figures are not a grievance.",
      sender=("fixed", ["Accounts Payable <ap-noreply@fenwickstone.co.uk>",
                        "Fenwick Stone Finance <finance-noreply@fenwickstone.co.uk>"]),
      subject="Remittance Advice - Payment Ref FS-BACS-{n}",
      body="This is an automatically generated remittance advice from Fenwick Stone Solicitors LLP. Please do not "
           "reply to this email.\n\nPayee: Digital Completion UK Ltd\nPayment date: 11/07/2025\nPayment method: "
           "BACS\nAmount: £1,284.60\n\nInvoice PX-INV-{inv}, 30/06/2025, £642.30\nInvoice PX-INV-{inv2}, "
           "30/06/2025, £642.30\n\nQueries about this payment should be sent to accounts@fenwickstone.co.uk "
           "quoting the payment reference.",
      kinds=("plain", "html")),
    S("aur-s013", "pexa", "auto", A,
      "PEXA's own workspace notification (Auto-Submitted auto-generated) reporting a failed settlement is a system "
      "notification, not a complaint about one.",
      sender=("fixed", ["PEXA Notifications <no-reply@notify.pexa.co.uk>",
                        "PEXA Workspace Alerts <alerts@notify.pexa.co.uk>"]),
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
      subject="Workspace {ws}: settlement failed - action required",
      body="Settlement for workspace {ws} (14 Tamarisk Road, Bideford) did not complete at the scheduled time of "
           "13:30.\n\nReason: source funds not verified by the paying participant's financial institution.\n\n"
           "All participants have been notified. Open the workspace to reschedule settlement.\n\nThis message was "
           "sent automatically; please do not reply.",
      short="Workspace {ws}: settlement at 13:30 failed (source funds not verified). Open the workspace to "
            "reschedule. Do not reply.",
      kinds=("plain", "html", "short")),
    S("aur-s014", "pexa", "auto", A,
      "A maternity-leave out-of-office from a lender's manager, no header, quoting our final complaint response, is "
      "auto_generated; the lender (a directory firm) is only the sender.",
      sender=("org", "Beacon Home Finance", "beaconhomefinance.co.uk"), typo=True,
      subject="Automatic reply: Your complaint PX-C-{n} - final response",
      reply_subject="RE: Your complaint PX-C-{n} - final response",
      body="Thank you for your message. I am currently on maternity leave and will return in January 2026. Your "
           "email will not be forwarded.\n\nFor lender matters relating to completions please contact our "
           "Conveyancer Support Team on 0345 600 7790 or conveyancersupport@beaconhomefinance.co.uk.\n\n"
           "{name}\nPanel Relationship Manager | Beacon Home Finance",
      quote=(None, "Dear {first},\n\nWe have now completed our investigation of your complaint about the settlement "
                   "delay on 2 June, reference PX-C-{ref}. We are sorry for the inconvenience and have partly upheld "
                   "your complaint...\n\nPEXA Customer Resolution"),
      kinds=("html", "html_reply", "reply", "plain")),

    # ------------------------------------------------------------ PEXA, person-written look-alikes (s015-s024)
    S("aur-s015", "pexa", "look", NONE,
      "A person's own note that she will be away and who to contact instead is not an auto-reply; it is neutral, so "
      "complaint=false.",
      sender=("org", "Dunmore Street Legal", "dunmorestreetlegal.co.uk"), letter=True, typo=True,
      subject="Leave 4-15 August: workspace {ws} and the fee query",
      body="I'm on leave from Monday 4 August to Friday 15 August. I wanted to tell you myself rather than leave "
           "you with an auto-reply, because your team is still looking at our query about the refinance fee on "
           "workspace {ws}.\n\nWhile I'm away my colleague Anjali Desai will pick this up. She's on 01632 960733 "
           "or a.desai@dunmorestreetlegal.co.uk and has the file. There's no rush on our side; whenever you have "
           "an answer, send it to her.",
      kinds=("plain", "html", "reply")),
    S("aur-s016", "pexa", "look", short_labels(c=True, cat="delay"),
      "A person forwarding a bounce with her own chaser on top ('tried three times', 'over three weeks') wrote it, so "
      "not auto; a still-waiting chaser is an implicit complaint about delay.",
      sender=("org", "Sefton Grange Conveyancing", "seftongrange.co.uk"), letter=True, typo=True,
      subject="Fw: Undeliverable: Duplicate workspace fee - invoice PX-INV-{inv}",
      body="I've now tried three times to get an answer on the duplicated fee on invoice PX-INV-{inv}, and my last "
           "email to your finance contact bounced (see below). It is over three weeks since I first raised it. "
           "Please tell me who is dealing with it and when I will get a reply.",
      tail="> From: Microsoft Outlook <postmaster@pexa.co.uk>\n> Subject: Undeliverable: Duplicate workspace fee - "
           "invoice PX-INV-{inv}\n>\n> Delivery has failed to these recipients or groups:\n> k.bramley@pexa.co.uk\n"
           "> The email address you entered couldn't be found.",
      short="Third attempt to get an answer on the duplicated fee on invoice PX-INV-{inv}; your finance contact's "
            "address bounces and it has been over three weeks. Who is dealing with it, and when will I hear?",
      kinds=("plain", "short")),
    S("aur-s017", "pexa", "look", short_labels(c=True, cat="delay", firm="ols"),
      "A buyer forwarding Orchard Lane's auto-reply with her own words on top is a person's complaint, purely about "
      "the participant firm's silence before completion: about_other_firm=ols, delay, implicit.",
      letter=True, typo=True,
      subject="Fwd: Automatic reply: purchase of 9 Wren Court",
      body="I don't know who else to ask. The message below is the only reply I've had from Orchard Lane in eight "
           "days. Our completion date is this Friday, the sellers are threatening to pull out, and nobody at OLS "
           "picks up the phone. Can you chase them, or tell me who can?",
      tail="> From: Orchard Lane Solicitors <enquiries@orchardlanesolicitors.co.uk>\n> Subject: Automatic reply: "
           "purchase of 9 Wren Court\n>\n> Thank you for your email. Your message has been received and will be "
           "passed to the relevant fee earner, who will respond as soon as possible.",
      kinds=("plain",)),
    S("aur-s018", "pexa", "look", short_labels(c=True, pd=True, r="objection,erasure", cat="personal_data"),
      "A person objecting to newsletters that keep arriving after she closed her account (broken unsubscribe link) "
      "complains about unexpected use of her data: personal_data, with objection and erasure.",
      sender=("org", "Blackthorn Conveyancing (retired)", "blackthornconveyancing.co.uk"), letter=True, typo=True,
      subject="Stop the Settlement Insights emails",
      body="I closed my firm's PEXA subscription when I retired in March and told your onboarding team at the time "
           "that I wanted no further contact. Your weekly 'Settlement Insights' email still arrives every Tuesday, "
           "addressed to me by name, and the unsubscribe link at the bottom just gives a page-not-found error. I "
           "have tried it four times.\n\n[[objection|I object to PEXA using my name and email address for marketing "
           "of any kind.]] [[erasure|Please erase my contact details from every mailing list you hold and confirm "
           "by email when that has been done.]]",
      short="Your Settlement Insights email keeps coming although I retired in March, and the unsubscribe link is "
            "broken. [[objection|I object to PEXA using my name and email address for marketing of any kind.]] "
            "[[erasure|Please erase my contact details from every mailing list you hold and confirm by email when "
            "that has been done.]]",
      kinds=("plain", "html", "short")),
    S("aur-s019", "pexa", "look", short_labels(r="access", tp=True),
      "A formulaic solicitor's subject access letter for a client is written by a person (third_party) and asks for "
      "a copy of her data (access); there is no dissatisfaction, so not a complaint.",
      sender=("org", "Ashby Lowther Solicitors", "ashbylowther.co.uk"), letter=True,
      greet=["Dear Sirs,", "Dear Sir or Madam,"], signoff=["Yours faithfully,"],
      signature="{name}\nfor Ashby Lowther Solicitors",
      subject="Our client: Ms Hana Kowalczyk - subject access request - our ref AL/HK/{n}",
      body="We act for Ms Hana Kowalczyk of 31 Bramble Rise, Ludlow, who sold her property in a transaction "
           "completed on your platform in May 2025. We enclose her signed form of authority.\n\n[[access|On our "
           "client's behalf we request a copy of all personal data that Digital Completion UK Ltd holds about her, "
           "under Article 15 of the UK GDPR.]] This should include, but is not limited to, workspace records, "
           "audit logs and correspondence in which she is identified.\n\nPlease acknowledge receipt of this letter "
           "and send your response to the writer, quoting the reference above. We look forward to hearing from "
           "you within one calendar month.",
      kinds=("plain", "html")),
    S("aur-s020", "pexa", "look", short_labels(c=True, cat="platform_defect"),
      "A conveyancer's reply to an automatic settlement-failure notification is her own words (not auto): second "
      "failure this month, demands a call and a fix, an implicit platform_defect complaint.",
      sender=("org", "Thornbury Vale Law", "thornburyvale.co.uk"), letter=True, typo=True,
      subject="Workspace {ws}: settlement failed - action required",
      body="Funds left our client account at 11:02 by CHAPS and our bank confirms they were received. Your "
           "notification below says they weren't verified. This is the second of our settlements to fail this "
           "month with the same message, and my buyers are sitting in a removal lorry outside the house.\n\nI need "
           "someone from your technical team to ring me on 01632 960554 within the hour, tell me what went wrong "
           "and get this settled today.",
      quote=("PEXA Notifications <no-reply@notify.pexa.co.uk>",
             "Settlement for workspace {ws} did not complete at the scheduled time of 13:30.\n\nReason: source funds "
             "not verified by the paying participant's financial institution.\n\nThis message was sent "
             "automatically; please do not reply. Notice ID {ref}.", "11 Jul 2025, 13:34"),
      kinds=("reply", "html_reply")),
    S("aur-s021", "pexa", "look", NONE,
      "A lender's routine question whose signature gives working hours ('answered on my next working day') was "
      "written by a person: not auto, a neutral enquiry.",
      sender=("org", "Heathcote Bank", "heathcotebank.co.uk"), letter=True, typo=True, signoff=["Thanks,", "Regards,"],
      signature="{name}\nPanel Operations | Heathcote Bank\nMy working days are Monday to Wednesday, 9.00-15.00. "
                "Emails received outside those hours will be answered on my next working day. If it's urgent, "
                "please call the team on 0345 071 3391.",
      subject="Fee schedule from 1 October - refinance workspaces",
      body="Could you confirm whether the revised fee schedule that takes effect on 1 October applies to refinance "
           "workspaces opened before that date but settling after it? Our product team needs to update the "
           "figures we quote to brokers.",
      kinds=("plain", "html", "reply")),
    S("aur-s022", "pexa", "look", short_labels(c=True, cat="delay"),
      "A terse 'Sent from my iPhone' chaser (third day chasing a lodgement) is a person's implicit complaint about "
      "delay; the X-Mailer header is not an automatic one.",
      sender=("org", "Kerr Alder Property Law", "kerralder.co.uk"), headers={"x-mailer": "iPhone Mail (22F76)"},
      subject="Lodgement still pending - {ws}",
      body="Third day running I've had to chase this. Workspace {ws} settled on Monday and still shows 'lodgement "
           "pending'. Client's lender is on at me daily. Can someone sort it today please.\n\nSent from my iPhone",
      subj_only="Lodgement STILL pending on {ws}, settled Mon - 3rd chase, pls sort today",
      kinds=("plain", "subject_only")),
    S("aur-s023", "pexa", "look", NONE,
      "A person's question that pastes a newsletter's unsubscribe line is not a newsletter: not auto, a neutral "
      "enquiry about a webinar.",
      sender=("org", "Halden Bray Solicitors", "haldenbray.co.uk"), letter=True, typo=True,
      subject="Question about the Q3 settlement webinar",
      body="I'm asking about the webinar in your latest newsletter. This is the bit I mean, copied from the "
           "email:\n\n\"Join our Q3 settlement webinar on 18 September, 10.00-11.00. Register at "
           "pexa-events.co.uk/q3. You are receiving this email because you are a registered PEXA user. "
           "Unsubscribe | Manage your preferences\"\n\nIs it aimed at new paralegals or at supervisors? I have two "
           "trainees starting next month and want to book them on something suitable.",
      kinds=("plain", "html")),
    S("aur-s024", "pexa", "look", short_labels(c=True, pd=True, br=True, cat="personal_data"),
      "A firm complaining that automatic notifications with clients' details still reach a departed employee is a "
      "person's complaint about a disclosure: personal_data and breach, implicit.",
      sender=("org", "Calder Mills Law", "caldermills.co.uk"), letter=True, typo=True,
      subject="Your notifications are still going to someone who left us",
      body="Tom Reilly left this firm on 30 May. We removed him from our user list that day, and again on 20 June "
           "when we noticed he was still getting mail. Your automatic workspace notifications are still going to "
           "his personal address, which he had set up as a secondary contact, and they include our clients' "
           "names, property addresses and settlement amounts. He forwarded two of them back to us yesterday.\n\n"
           "Please stop these notifications reaching him today, and confirm in writing what has been sent to him "
           "since 30 May and why removing him did not work.",
      kinds=("plain", "html", "reply")),

    # ------------------------------------------------------------ PEXA, ordinary mail (s025-s030)
    S("aur-s025", "pexa", "ordinary", short_labels(c=True, ex=True, cat="training"),
      "Cancelled and broken training sessions with the writer's own 'formal complaint': explicit, category training.",
      sender=("org", "Wexcombe Solicitors", "wexcombe.co.uk"), letter=True, typo=True,
      subject="Formal complaint - cancelled training for new users",
      body="I want to make a formal complaint about the training for our new users. Our session on 2 July was "
           "cancelled with twenty minutes' notice, and the replacement on 9 July was cut short because the "
           "trainer's screen share failed. The recorded modules we were pointed to instead still show the old "
           "workspace layout, so they were no use.\n\nWe have four fee earners who still cannot use the platform "
           "unsupervised. Please arrange a full session this month and tell me how you will stop this happening "
           "again.",
      kinds=("plain", "html", "reply")),
    S("aur-s026", "pexa", "ordinary", short_labels(c=True, cat="delay", firm="kbs"),
      "A buyer's complaint that Kestrel released mortgage funds too late to complete is purely about the "
      "participant lender: about_other_firm=kbs, delay, implicit.",
      letter=True, typo=True,
      subject="Mortgage money late - completion missed",
      body="We were due to complete on our purchase of 5 Linnet Close on Friday. Our conveyancer says everything "
           "was ready on your system, but Kestrel didn't release our mortgage funds until after 4pm, so we missed "
           "completion. We've had to pay the seller a day's interest and pay our removal firm twice. Kestrel's "
           "phone line says to allow up to 10 working days for a reply. Who can make them explain this and pay us "
           "back?",
      kinds=("plain", "html", "reply")),
    S("aur-s027", "pexa", "ordinary", short_labels(r="access,informed"),
      "A former user asks for a copy of her user data (access) and how long it is kept and who it is shared with "
      "(informed), without any dissatisfaction: not a complaint.",
      letter=True, typo=True,
      subject="My user data",
      body="I was a registered user on your platform at Lindqvist Harrow Solicitors until April, when I moved to a "
           "firm that doesn't use PEXA.\n\n[[access|Please send me a copy of the personal data you hold about me "
           "as a user, including my login history.]] [[informed|I would also like to know how long you keep former "
           "users' details and which other organisations you share them with.]]\n\nEmail is fine for both.",
      kinds=("plain", "html")),
    S("aur-s028", "pexa", "ordinary", NONE,
      "A routine question about adding a new user and training is a service request, not a complaint.",
      sender=("org", "Brierley Cole LLP", "brierleycole.co.uk"), letter=True, typo=True,
      subject="Adding a new subscriber user",
      body="We have a new conveyancing assistant starting on Monday. What is the process for adding her as a user "
           "on our subscription, and does she need to finish the online training before she can be given access "
           "to live workspaces? Our subscriber administrator is on holiday this week.",
      short="How do we add a new user to our subscription, and must she finish the online training before working "
            "on live workspaces?",
      kinds=("plain", "short", "reply")),
    S("aur-s029", "pexa", "ordinary", short_labels(c=True, ex=True, cat="fees_charges"),
      "A fee charged for an abandoned workspace, which the writer says she is complaining about: explicit, "
      "fees_charges.",
      sender=("org", "Marlow Fenn Solicitors", "marlowfenn.co.uk"), letter=True, typo=True,
      subject="Invoice PX-INV-{inv} - charged for an abandoned workspace",
      body="I'm writing to complain about invoice PX-INV-{inv}. It includes a full workspace fee of £52.80 for "
           "workspace {ws}, which we abandoned before any other party joined because our client's purchase fell "
           "through. Your own fee guide says abandoned workspaces are not charged. Please credit the fee and send "
           "a corrected invoice.",
      kinds=("plain", "html", "reply")),
    S("aur-s030", "pexa", "ordinary", short_labels(c=True, cat="usability"),
      "A redesigned upload screen that works but hides which party a file goes to, causing wrong uploads, with a "
      "demand to fix it: implicit complaint, usability.",
      sender=("org", "Pennington Hale Law", "penningtonhale.co.uk"), letter=True, typo=True,
      subject="Document upload screen",
      body="Since the upload screen changed last month there is no way to see which party a document has been "
           "attached to until after it is submitted. Twice now my team has attached a transfer deed to the wrong "
           "party and had to ask the other side to reject it, which delayed one of those completions by a day. "
           "The old screen showed the party name next to each file. Please bring that back or tell me what we are "
           "supposed to be doing differently.",
      kinds=("plain", "html", "reply")),

    # ------------------------------------------------------------ Conexus, machine-made (s031-s044)
    S("aur-s031", "conexus", "auto", A,
      "A money adviser's part-time out-of-office with no header, sometimes quoting our letter, is auto_generated; "
      "the representative's auto-reply is not third_party.",
      sender=("org", "Northgate Money Advice", "northgatemoneyadvice.org.uk"), typo=True,
      subject="Automatic reply: Mr Tariq Hussain - account CX-{acct}",
      reply_subject="Re: Mr Tariq Hussain - account CX-{acct}",
      body="Thanks for your email. I work Monday to Wednesday and will reply when I'm next in. If your message is "
           "about a client's Breathing Space or an urgent enforcement matter, please ring our advice line on "
           "0113 496 0288 or email advice@northgatemoneyadvice.org.uk.\n\n{name}\nDebt Adviser, Northgate Money "
           "Advice\nNorthgate Money Advice is a registered charity no. 1190455.",
      short="I work Monday to Wednesday and will reply when I'm next in. Urgent: 0113 496 0288.\n\n{name}",
      quote=(None, "Dear {first},\n\nThank you for your letter on behalf of Mr Hussain. We have placed his account "
                   "on hold for 30 days while you prepare his financial statement. Reference CXR-{ref}.\n\n"
                   "Conexus Customer Relations"),
      kinds=("plain", "reply", "html", "short")),
    S("aur-s032", "conexus", "auto", A,
      "A Polish/English holiday auto-reply from a debtor's mailbox, with a plain 'Re:' subject and no header, is "
      "still auto_generated.",
      typo=True,
      subject="Re: Your payment arrangement - account CX-{acct}",
      body="Dziękuję za wiadomość. Jestem na urlopie do 18 sierpnia i mam ograniczony dostęp do poczty. W pilnych "
           "sprawach proszę dzwonić pod numer 07700 900412.\n\nThank you for your message. I am on holiday until "
           "18 August with limited access to email. For urgent matters please call 07700 900412.\n\n{name}",
      short="Jestem na urlopie do 18 sierpnia. / I am on holiday until 18 August.\n\n{name}",
      quote=(None, "Dear {first} {last},\n\nThis email confirms your payment arrangement of £25.00 a month, starting on "
                   "1 August 2025. Reference CXR-{ref}.\n\nConexus"),
      kinds=("plain", "reply", "short")),
    S("aur-s033", "conexus", "auto", A,
      "A solicitor's out-of-office (Auto-Submitted, X-Auto-Response-Suppress) replying to our complaint "
      "acknowledgement is auto_generated: no complaint, no third_party; the disclaimer's 'delete it' is not erasure.",
      sender=("org", "Fairlie & Maddox Solicitors", "fairliemaddox.co.uk"), headers=HDR_OOO_MS,
      subject="Out of Office: Your complaint on behalf of Mrs Ellen Byrne",
      reply_subject="RE: Your complaint on behalf of Mrs Ellen Byrne",
      body="I am out of the office attending court until Thursday 24 July and will respond to your email on my "
           "return. If your matter is urgent please contact my secretary, Gemma Rusk, on 020 7946 0371.\n\n{name}\n"
           "Fairlie & Maddox Solicitors\n\nThis email and any attachments are confidential and may be legally "
           "privileged. If you are not the intended recipient please notify the sender and delete it.",
      quote=(None, "Dear {first},\n\nThank you for your letter making a complaint on behalf of Mrs Byrne about our "
                   "telephone contact with her. We have logged the complaint under reference CXC-{ref}.\n\n"
                   "Conexus Customer Relations"),
      kinds=("html", "html_reply", "plain", "reply")),
    S("aur-s034", "conexus", "auto", A,
      "A MAILER-DAEMON bounce (Return-Path <>) of our final complaint response, the original below, is "
      "auto_generated; its complaint wording is ours.",
      sender=("fixed", ["Mail Delivery Subsystem <MAILER-DAEMON@mx1.conexus-services.com>",
                        "Mail Delivery System <MAILER-DAEMON@relay.conexus-services.com>"]),
      headers=HDR_BOUNCE,
      subject=["Undelivered Mail Returned to Sender", "Returned mail: see transcript for details"],
      body="This is the mail system at host mx1.conexus-services.com.\n\nI'm sorry to have to inform you that your "
           "message could not be delivered to one or more recipients.\n\n<{email}>: host mx.{domain}"
           "[203.0.113.14] said: 550 5.1.1 <{email}>: Recipient address rejected: User unknown in virtual mailbox "
           "table (in reply to RCPT TO command)\n\n------ Original message ------\n\nFrom: Conexus Customer "
           "Relations <complaints@conexus-services.com>\nTo: {email}\nSubject: Final response to your complaint "
           "CXC-{n}\n\nDear {first} {last},\n\nWe have now completed our investigation into your complaint about "
           "the number of calls you received in May. We are sorry...",
      short="<{email}>: 550 5.1.1 Recipient address rejected: User unknown. Your message 'Final response to your "
            "complaint CXC-{n}' was not delivered.",
      kinds=("plain", "short")),
    S("aur-s035", "conexus", "auto", A,
      "A Gmail-style 'Address not found' bounce with no header returning our reply to a data request is "
      "auto_generated; the data-rights wording is in the returned message, so rights=[].",
      sender=("fixed", ["Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                        "Mail Delivery Subsystem <mailer-daemon@google.com>"]),
      subject="Delivery Status Notification (Failure)",
      body="Address not found\n\nYour message wasn't delivered to {user}@gmial.com because the domain gmial.com "
           "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response from the "
           "remote server was:\nDNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN\n\n"
           "----- Original message -----\n\nDear {first} {last},\n\nThank you for your request for a copy of the "
           "personal data we hold about you and for us to delete your old telephone number. We have enclosed the "
           "information and updated your account. Reference CXD-{n}.\n\nConexus Data Protection",
      kinds=("plain", "html")),
    S("aur-s036", "conexus", "auto", A,
      "A read receipt from a debtor's mail client is machine-made even with no header; auto_generated only.",
      subject="Read: Payment plan confirmation - CX-{acct}",
      body="Your message\n\nTo: {addr}\nSubject: Payment plan confirmation - CX-{acct}\nSent: 14/07/2025 10:22\n\n"
           "was read on 14/07/2025 19:06.",
      subj_only="Read: Payment plan confirmation - CX-{acct}",
      kinds=("plain", "subject_only")),
    S("aur-s037", "conexus", "auto", A,
      "A creditor's ticket-system autoresponder (X-Autoreply, Auto-Submitted) with a case number is auto_generated; "
      "a directory creditor as the sender sets no firm.",
      sender=("fixed", ["Northline Energy <noreply@northline-energy.co.uk>",
                        "Northline Energy Customer Team <no-reply@northlineenergy.co.uk>"]),
      headers=HDR_OOO,
      subject="[Case NE-{acct}] We've got your email",
      body="Hello,\n\nThanks for getting in touch with Northline Energy. We've received your email and created case "
           "NE-{acct}. We're currently replying to most emails within 10 working days.\n\nYou don't need to do "
           "anything else. If you email us again about the same thing, please keep the case number in the subject "
           "line so we can find it quickly.\n\nIf you're worried about paying your bill, you can find help at "
           "northline-energy.co.uk/help.\n\nNorthline Energy Customer Team\nThis inbox doesn't accept replies.",
      short="We've received your email and created case NE-{acct}. We reply within 10 working days. This inbox "
            "doesn't accept replies.",
      kinds=("plain", "html", "short")),
    S("aur-s038", "conexus", "auto", A,
      "A debt charity's 'this is an automatic reply' acknowledgement with no header is auto_generated; 'complaints "
      "procedure' in it is boilerplate, not a grievance.",
      sender=("fixed", ["Ashgrove Debt Advice <hello@ashgrovedebt.org.uk>",
                        "Ashgrove Debt Advice <advice@ashgrovedebt.org.uk>"]),
      subject="Thanks for contacting Ashgrove Debt Advice",
      body="Thank you for contacting Ashgrove Debt Advice. This is an automatic reply to let you know your message "
           "has arrived.\n\nWe are a free, confidential debt advice charity. Because of very high demand our "
           "advisers are currently replying within 7 working days. If you are a creditor or collection agency "
           "writing about one of our clients, please include the client's full name and our reference so that "
           "your message reaches the right caseworker.\n\nIf you are unhappy with our service, our complaints "
           "procedure is on our website at ashgrovedebt.org.uk/feedback.",
      quote=(None, "Dear Sir or Madam,\n\nWe write about your client Ms Sophie Tran. Please send us her financial "
                   "statement so that we can consider a payment arrangement. Reference CXR-{ref}.\n\nConexus"),
      kinds=("plain", "html", "reply")),
    S("aur-s039", "conexus", "auto", A,
      "A debt-advice sector bulletin (Precedence bulk, List-Id, List-Unsubscribe) is auto_generated, whatever its "
      "articles say about creditor conduct.",
      sender=("fixed", ["Debt Advice Network Bulletin <bulletin@debtadvicenetwork.org.uk>",
                        "DAN Bulletin <news@debtadvicenetwork.org.uk>"]),
      headers={"precedence": "bulk", "list-id": "DAN Bulletin <bulletin.debtadvicenetwork.org.uk>",
               "list-unsubscribe": "<mailto:leave-bulletin@debtadvicenetwork.org.uk>, "
                                   "<https://debtadvicenetwork.org.uk/leave?s=91f3>"},
      subject="Bulletin: Breathing Space registrations hit a new high; creditor conduct survey",
      body="DEBT ADVICE NETWORK BULLETIN - July\n\nBreathing Space: registrations reached a record level last "
           "quarter. Advisers continue to report collection agencies contacting clients during a moratorium, "
           "and we are collecting examples for our next meeting with the regulator.\n\nCreditor conduct survey: "
           "tell us which firms treat vulnerable clients well and which don't. The survey closes on 31 July.\n\n"
           "Training: handling data requests for clients - when to ask a creditor for a copy of call "
           "recordings.\n\nYou are receiving this bulletin as a member of the Debt Advice Network. Unsubscribe.",
      kinds=("html", "plain")),
    S("aur-s040", "conexus", "auto", A,
      "A data-protection newsletter with no list header is still a newsletter ('reply UNSUBSCRIBE', edition "
      "heading): auto_generated; erasure and access appear only as article topics.",
      sender=("fixed", ["Privacy Pulse <editor@privacypulse.co.uk>", "Privacy Pulse <news@privacypulse.co.uk>"]),
      subject="Privacy Pulse - July: subject access requests, erasure myths and a new ICO fine",
      body="PRIVACY PULSE | July edition\n\n1. Subject access requests: the one-month clock, and when you can "
           "extend it.\n2. Five myths about the right to erasure - and why 'delete everything' rarely means "
           "everything.\n3. Enforcement round-up: a lender fined after statements were sent to the wrong "
           "customers.\n\nRead the full articles at privacypulse.co.uk/july.\n\nYou receive Privacy Pulse because "
           "your organisation signed up to our mailing list. To stop receiving it, reply with UNSUBSCRIBE in the "
           "subject line.",
      kinds=("plain", "html")),
    S("aur-s041", "conexus", "auto", A,
      "A client-portal placement notification ('generated automatically. Do not reply') is a system notification: "
      "auto_generated, and the creditor named in it sets no firm.",
      sender=("fixed", ["Conexus Client Portal <portal-noreply@conexus-services.com>",
                        "Client Portal <notifications@conexus-services.com>"]),
      subject="New placement file received - Sterling Credit Loans - batch SCL-2025-07-{d3}",
      body="A new placement file has been uploaded to the Client Portal.\n\nClient: Sterling Credit Loans\nBatch: "
           "SCL-2025-07-{d3}\nAccounts: 214\nTotal balance: £311,642.18\nUploaded by: j.whitlow@sterlingcredit."
           "co.uk at 16:52 on 14/07/2025\nValidation: 211 accepted, 3 rejected (missing postcode)\n\nThis "
           "notification was generated automatically. Do not reply to this email.",
      kinds=("plain", "html")),
    S("aur-s042", "conexus", "auto", A,
      "A payment provider's Direct Debit cancellation notice (Auto-Submitted auto-generated) is a system "
      "notification: auto_generated only.",
      sender=("fixed", ["PayBridge Notifications <notifications@paybridge.co.uk>",
                        "PayBridge <no-reply@paybridge.co.uk>"]),
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "OOF, AutoReply"},
      subject="Mandate cancelled: MD-{n}",
      body="A Direct Debit mandate has been cancelled.\n\nMerchant: Conexus\nCustomer reference: CX-{acct}\n"
           "Mandate: MD-{n}\nCancelled by: payer's bank (instruction cancelled by the payer)\nDate: 15 July 2025\n\n"
           "Payments scheduled on this mandate after 15 July will not be collected. You can view the mandate in "
           "your PayBridge dashboard.\n\nYou are receiving this email because notifications are switched on for "
           "your PayBridge account.",
      short="Mandate MD-{n} (customer reference CX-{acct}) was cancelled by the payer on 15 July 2025. Later "
            "payments will not be collected.",
      kinds=("plain", "html", "short")),
    S("aur-s043", "conexus", "auto", A,
      "An IT provider's new sign-in security alert for the shared mailbox is a login notice: auto_generated.",
      sender=("fixed", ["Halyard IT Security <alerts@halyard-it.co.uk>",
                        "Halyard Service Desk <no-reply@halyard-it.co.uk>"]),
      subject="Security alert: new sign-in to complaints@conexus-services.com",
      body="We noticed a new sign-in to the shared mailbox complaints@conexus-services.com.\n\nWhen: 16 July 2025, "
           "07:58 BST\nDevice: Windows 11, Edge\nLocation: Leeds, United Kingdom (approximate)\nIP address: "
           "198.51.100.23\n\nIf this was you or a colleague, you don't need to do anything. If you don't recognise "
           "this sign-in, change the mailbox password now and tell the Halyard service desk on 0113 496 0610.\n\n"
           "This is an automated security notification from Halyard IT.",
      kinds=("plain", "html")),
    S("aur-s044", "conexus", "auto", A,
      "An MP's office autoresponder (X-Autoreply, Auto-Submitted) to our reply on a constituent's case is "
      "auto_generated; the MP's office is a representative, but its auto-reply is not third_party.",
      sender=("fixed", ["Office of Helen Marsh MP <helen.marsh.mp@parliament.uk>",
                        "Helen Marsh MP <casework.marsh@parliament.uk>"]),
      headers=HDR_OOO,
      subject="Auto-reply: Your reply re constituent Mr Graham Pike (CX-{acct})",
      reply_subject="Re: Your reply re constituent Mr Graham Pike (CX-{acct})",
      body="Thank you for contacting the office of Helen Marsh MP. This is an automated response to confirm that "
           "your email has been received.\n\nHelen receives a very large volume of correspondence and we aim to "
           "respond within 15 working days. If your email concerns an organisation's reply to a case we have "
           "raised, it will be added to the constituent's file and a caseworker will be in touch if further "
           "action is needed.\n\nCaseworker team\nOffice of Helen Marsh MP",
      quote=(None, "Dear Ms Marsh,\n\nThank you for your letter on behalf of your constituent Mr Graham Pike. We have "
                   "reviewed his account and enclose our response. Reference CXR-{ref}.\n\nConexus Customer "
                   "Relations"),
      kinds=("plain", "reply", "html")),

    # ------------------------------------------------------------ Conexus, person-written look-alikes (s045-s054)
    S("aur-s045", "conexus", "look", short_labels(tp=True),
      "A money adviser's personal note that she is going on leave and who takes over her client's case is written by "
      "a person on the client's behalf (third_party) and is neutral, so not a complaint.",
      sender=("org", "Riverside Debt Advice Centre", "riversidedac.org.uk"), letter=True, typo=True,
      subject="Mrs Okafor CX-{acct} - change of adviser from Friday",
      body="I'm starting maternity leave on Friday 25 July, so I wanted to let you know directly who will be "
           "looking after Mrs Blessing Okafor's case. From Monday please send everything to my colleague Samir "
           "Haddad (samir.haddad@riversidedac.org.uk, 0113 496 0734). He has her signed authority on file and "
           "the income and expenditure we are putting together.\n\nThank you for holding the account while we sort "
           "out her budget; it has made a real difference to her.",
      kinds=("plain", "html", "reply")),
    S("aur-s046", "conexus", "look", short_labels(c=True, cat="fees_charges"),
      "A debtor forwarding a bounce with his own words on top wrote the message; he wants a late fee removed that "
      "was added because our address bounced: implicit complaint, fees_charges.",
      letter=True, typo=True,
      subject="Fw: Undelivered Mail Returned to Sender - my payment offer",
      body="I emailed my payment offer to your payments address on 1 July and it bounced straight back (copy "
           "below), so I sent it again by post. Now your letter says I've been charged a £30 late fee because my "
           "offer 'wasn't received'. It wasn't received because your email address doesn't work. Please take the "
           "£30 off my account and confirm it's gone.",
      tail="> From: Mail Delivery System <MAILER-DAEMON@mx1.conexus-services.com>\n> Subject: Undelivered Mail "
           "Returned to Sender\n>\n> <payments@conexus-services.com>: 550 5.1.1 User unknown\n>\n> ------ Original "
           "message ------\n> Subject: Payment offer - account CX-{acct}",
      short="My emailed payment offer bounced (your payments address doesn't work) and now you've added a £30 late "
            "fee for 'not receiving' it. Take the £30 off account CX-{acct}, please.",
      kinds=("plain", "short")),
    S("aur-s047", "conexus", "look", short_labels(c=True, cat="debt_dispute", firm="pmt"),
      "A debtor forwarding Pennant's auto-reply with his own words says the contract was cancelled in the cooling-off "
      "period: only the creditor can fix the bill, so about_other_firm=pmt, debt_dispute.",
      letter=True, typo=True,
      subject="Fwd: We've received your message - Pennant Mobile",
      body="I got the automatic reply below from Pennant after I wrote to them, and their phone agent told me to "
           "take it up with you. I cancelled the contract within the 14-day cooling-off period and sent the phone "
           "back by recorded delivery. I don't owe Pennant £486 and I never have. Pennant need to cancel this "
           "bill. Who is going to sort this out?",
      tail="> From: Pennant Mobile <noreply@pennantmobile.co.uk>\n> Subject: We've received your message\n>\n> "
           "Thanks for your message. We're busier than usual and will reply within 10 working days. Your case "
           "number is PM-{n}.",
      kinds=("plain",)),
    S("aur-s048", "conexus", "look", short_labels(c=True, cat="collection_conduct"),
      "A debtor complaining about daily automatic 'overdue' emails while on an agreed plan wrote it himself: "
      "implicit complaint about how the debt is pursued; 'switch these emails off' is a conduct remedy, not objection.",
      letter=True, typo=True,
      subject="Daily automatic 'payment overdue' emails",
      body="Every morning at 6am your system sends me an automatic email saying my payment is overdue and that "
           "'further action may be taken'. It isn't overdue. I'm on an agreed plan of £35 a month, paid on the "
           "1st, and I have the bank statements to prove it. I've had eleven of these emails this month and I've "
           "stopped sleeping properly because of them.\n\nSwitch these emails off for my account and tell me why "
           "they started.",
      kinds=("plain", "html", "reply")),
    S("aur-s049", "conexus", "look", short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "A former debtor objecting to a newsletter she never signed up for complains about unexpected use of her "
      "data: personal_data, with informed (source and basis) and objection.",
      letter=True, typo=True,
      subject="Why am I getting your Money Matters newsletter?",
      body="I settled my account with you in full in 2023 and have had no dealings with Conexus since. Last week I "
           "started receiving a monthly 'Money Matters' newsletter from you. I never signed up for it, and I don't "
           "want a debt collector's name turning up in my inbox at work.\n\n[[informed|Please tell me where you got "
           "this email address, what you are using it for and what legal basis you rely on.]] [[objection|I object "
           "to my details being used for marketing or newsletters of any kind.]]",
      kinds=("plain", "html")),
    S("aur-s050", "conexus", "look",
      short_labels(c=True, ex=True, r="access", tp=True, cat="debt_dispute"),
      "A solicitor's formulaic letter for a client whose settled debt is still pursued, 'treat this letter as a "
      "formal complaint': explicit, third_party, debt_dispute (Conexus's own conduct, so no firm), with access.",
      sender=("org", "Quayle Brennan Solicitors", "quaylebrennan.co.uk"), letter=True,
      greet=["Dear Sirs,", "Dear Sir or Madam,"], signoff=["Yours faithfully,"],
      signature="{name}\nQuayle Brennan Solicitors",
      subject="Our client: Mr Daniel Obi - your ref CX-{acct}",
      body="We are instructed by Mr Daniel Obi of 12 Carrow Street, Norwich, in connection with the above account, "
           "which you are collecting on behalf of Sterling Credit Loans.\n\nOn 3 March 2025 our client agreed a "
           "full and final settlement of £1,150.00 with your Mr Dalton by telephone and paid that sum the same "
           "day. We enclose his bank statement and your letter of 4 March confirming the settlement. Despite this, "
           "your letters of 2 June and 30 June demand an 'outstanding balance' of £2,614.37.\n\nPlease treat this "
           "letter as a formal complaint. We require you to: (1) confirm within 14 days that the account is closed "
           "with a nil balance; (2) cease all collection activity in the meantime; and (3) confirm that no adverse "
           "information has been or will be reported to any credit reference agency.\n\n[[access|We also request, "
           "on our client's behalf and under Article 15 of the UK GDPR, a copy of all personal data you hold about "
           "him, including call recordings from March 2025.]]",
      kinds=("plain", "html")),
    S("aur-s051", "conexus", "look", short_labels(tp=True),
      "A money adviser's standard 30-day hold letter is formulaic but written by a person for a client "
      "(third_party); it asks for a hold and a balance, with no dissatisfaction and no data right.",
      sender=("org", "Hillside Community Money Advice", "hillsidecma.org.uk"), letter=True,
      greet=["Dear Sir/Madam,", "Dear Sir or Madam,"], signoff=["Yours faithfully,"],
      signature="{name}\nMoney Adviser, Hillside Community Money Advice",
      subject="Client: Ms Karen Doyle - CX-{acct} - request to hold action",
      body="We are a free and independent debt advice service. The above-named client has asked us to help her deal "
           "with her debts, and we enclose her signed authority to act.\n\nWe are currently gathering details of "
           "her income, expenditure and creditors. Please: (a) hold all recovery action for 30 days from the date "
           "of this letter; (b) freeze any interest and charges during this period; and (c) send us a statement "
           "of the current balance.\n\nWe will write to you again with our client's financial statement and "
           "proposals as soon as possible. Thank you for your co-operation.",
      kinds=("plain", "html")),
    S("aur-s052", "conexus", "look",
      short_labels(c=True, r="automated_decision", cat="platform_defect"),
      "A debtor replying to an automatic 'payment could not be taken, plan cancelled' notice wrote it himself: the "
      "payment page failed, implicit platform_defect complaint, and he asks for a person to decide (automated_decision).",
      letter=True, typo=True,
      subject="Your payment could not be taken - CX-{acct}",
      body="It couldn't be taken because your payment page kept timing out when I entered my card details. I tried "
           "five times on the 12th and I have screenshots. Now I'm told my plan is cancelled and I owe the full "
           "balance.\n\n[[automated_decision|I want a real person to look at this and decide about my plan, not "
           "your computer.]] Please put the arrangement back as it was.",
      quote=("Conexus Payments <no-reply@conexus-services.com>",
             "Your payment of £40.00 due on 12/07/2025 could not be taken. Because your arrangement requires payment "
             "on time, it has been cancelled and your full balance is now due. Reference CXP-{ref}.\n\nThis is an "
             "automated message; please do not reply.", "12 Jul 2025, 23:05"),
      kinds=("reply", "html_reply")),
    S("aur-s053", "conexus", "look", NONE,
      "A creditor client's routine report request with a part-time working-hours line and 'Sent from Outlook for "
      "Android' was written by a person: not auto, not a complaint.",
      sender=("org", "Lumen Water", "lumenwater.co.uk"), letter=True, typo=True,
      signoff=["Thanks,", "Many thanks,"],
      signature="{name}\nRecoveries Manager, Lumen Water\nI work Tuesday to Thursday; messages sent on other days "
                "will be picked up when I'm next in.\n\nSent from Outlook for Android",
      subject="June recoveries report",
      body="Please could you send the June recoveries report for our accounts by Friday? This month could you also "
           "add a column showing the accounts returned to us as uncollectable and the reason code, as our "
           "auditors have asked for it.",
      kinds=("plain", "html", "reply")),
    S("aur-s054", "conexus", "look", NONE,
      "A debtor's question that pastes our reminder email's unsubscribe line, sent from a phone, is a person's "
      "neutral enquiry: not auto, not a complaint.",
      letter="greet", typo=True,
      subject="Is my plan cancelled?",
      body="I got this email from you this morning and I'm not sure what it means. I'm not trying to unsubscribe, I "
           "just copied the whole thing:\n\n\"Reminder: your next payment of £20.00 is due on 01/08/2025. Log in "
           "to view your account. You are receiving this message because you have an active account with "
           "Conexus. To stop receiving email reminders, click here to unsubscribe.\"\n\nDoes this mean my plan is "
           "still running? I paid on 1 July as normal.\n\nSent from my Samsung Galaxy smartphone.",
      kinds=("plain", "html")),

    # ------------------------------------------------------------ Conexus, ordinary mail (s055-s060)
    S("aur-s055", "conexus", "ordinary", short_labels(c=True, ex=True, cat="delay"),
      "A chaser about an overdue final response to an earlier complaint, naming it as the writer's complaint: "
      "explicit, delay.",
      letter=True, typo=True,
      subject="Complaint ref CXC-{n} - no response after nine weeks",
      body="I complained to you on 12 May about the way your agent spoke to me on the phone. You acknowledged it on "
           "14 May and said I would have a final response within eight weeks. It is now over nine weeks and I "
           "have heard nothing, despite leaving two voicemails for the complaints handler. Please send your final "
           "response this week or tell me in writing why you can't.",
      subj_only="Complaint CXC-{n}: nine weeks and still no final response - please reply this week",
      kinds=("plain", "reply", "subject_only")),
    S("aur-s056", "conexus", "ordinary", short_labels(c=True, cat="debt_dispute", firm="wbc"),
      "Council tax billed for a house the writer had sold: only the creditor can fix the bill, so "
      "about_other_firm=wbc, debt_dispute, implicit.",
      letter=True, typo=True,
      subject="Council tax debt for a house I sold",
      body="You've written to me about £742.16 of council tax owed to Westbury Council for 19 Orchard Rise. I sold "
           "that house and completed on 28 February 2024; my solicitor told the council the same day and I have the "
           "completion statement. The council's bill covers March 2024 to March 2025, when someone else owned the "
           "house. The council needs to cancel this bill and charge the new owner. Can you pass this on to them "
           "and stop chasing me while they sort it out?",
      kinds=("plain", "html", "reply")),
    S("aur-s057", "conexus", "ordinary", short_labels(r="rectification,restriction"),
      "A change of name and address with a request not to use the old address meanwhile, and no dissatisfaction: "
      "not a complaint; rectification and restriction.",
      letter=True, typo=True,
      subject="Change of name and address - account CX-{acct}",
      body="I married in June and my surname is now Castellano (previously Brightwell). [[rectification|Please "
           "update my name and my address on your records to 4 Heron Mews, Kendal LA9 4QT.]]\n\nMy former partner "
           "still lives at my old address. [[restriction|Until your records are changed, please don't send "
           "anything to the old address or use it for any purpose.]] I'm happy with how the account is being "
           "handled otherwise; this is just an update.",
      kinds=("plain", "html")),
    S("aur-s058", "conexus", "ordinary",
      short_labels(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
      "A statement with the writer's debt details emailed to an old work inbox now read by someone else is a breach "
      "complaint (personal_data); correcting the contact details is rectification.",
      letter=True, typo=True,
      subject="You emailed my debt details to my old work address",
      body="Yesterday you emailed a statement of my account, with my balance and missed payments, to my old work "
           "address at Fenbridge Logistics. I left there in 2022 and gave you my personal email when I set up my "
           "plan. My former manager, who now has that inbox, forwarded it to me asking if I was all right. I'm "
           "mortified.\n\n[[rectification|Take that work address off my file and correct my contact details so "
           "that only my personal email is used.]] I also want to know how this happened.",
      kinds=("plain", "html", "reply")),
    S("aur-s059", "conexus", "ordinary", short_labels(r="portability"),
      "A neutral question about pausing payments while off sick, plus a request for payment history as a CSV to load "
      "into an app (portability): not a complaint.",
      letter=True, typo=True,
      subject="Pausing payments while off sick - and my payment history",
      body="I'm signed off work for six weeks after an operation and I'm on statutory sick pay. Is it possible to "
           "pause or reduce my £50 monthly payment during that time, and what would you need from me?\n\n"
           "[[portability|Could you also send me my payment history as a CSV file so I can load it into my "
           "budgeting app?]]",
      kinds=("plain", "html", "reply")),
    S("aur-s060", "conexus", "ordinary", short_labels(c=True, tp=True, cat="collection_conduct"),
      "A daughter writing for her father in hospital about repeated doorstep visits that frightened her mother: "
      "third_party, implicit complaint, collection_conduct; 'stop the visits' is a conduct remedy.",
      letter=True, typo=True,
      subject="Your agents visiting my father's house",
      body="I'm writing for my father, Mr Alan Greaves (account CX-{acct}), who has been in hospital since 2 June "
           "after a stroke. I told your agent on the phone on 9 June that he was in hospital and that I was dealing "
           "with his post. Since then your field agent has been to his house three times and left cards saying "
           "'final visit before further action', which frightened my mother, who lives there and is not the "
           "account holder.\n\nPlease stop the visits, make sure your agents know he is in hospital, and tell me "
           "what you will do to put this right.",
      kinds=("plain", "html", "reply")),
]

# ---------------------------------------------------------------------------------------------
# rendering

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text, d):
    """Replace {key} for keys in d; leave every other {...} (the quote's {ref}) alone."""
    return PLACEHOLDER.sub(lambda m: d.get(m.group(1), m.group(0)), text)


def make_person(rng, sc):
    """(display name, address, extra placeholders) for a scenario's sender kind."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kind = sc["sender"][0]
    if kind == "org":
        _, org, domain = sc["sender"]
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"]).lower()
    else:
        org, domain = "", rng.choice(CONSUMER_DOMAINS)
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(10, 99)}", f"{first[0]}{last}",
                            f"{last}.{first}"]).lower()
    return f"{first} {last}", f"{local}@{domain}", {"first": first, "last": last, "org": org}


def render(rng, sc, kind, typo, other_sender):
    """One email of scenario sc in envelope `kind`; returns the record."""
    # placeholders for this rendering
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    d = {"acct": str(rng.randrange(1000000, 9999999)), "ws": f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}",
         "inv": str(rng.randrange(400000, 499999)), "inv2": str(rng.randrange(400000, 499999)),
         "n": str(rng.randrange(10000, 99999)), "d2": str(rng.randrange(2, 30)), "d3": str(rng.randrange(100, 999)),
         "hx": "".join(rng.choice("0123456789abcdef") for _ in range(24)),
         "title": rng.choice(["Mr", "Ms", "Mrs", "Mx"]), "first": fn, "last": ln,
         "user": f"{fn}.{ln}{rng.randrange(1960, 2000)}".lower(), "domain": rng.choice(CONSUMER_DOMAINS)}
    d["email"] = f"{fn[0]}.{ln}@{d['domain']}".lower()
    if sc["sender"][0] == "fixed":
        pool = [s for s in sc["sender"][1] if s != other_sender]
        sender = rng.choice(pool)
        name = sender.split(" <")[0]
        d["addr"] = sender.split("<")[-1].rstrip(">")
    else:
        while True:
            name, addr, extra = make_person(rng, sc)
            sender = f"{name} <{addr}>"
            if sender != other_sender:
                break
        d["addr"] = addr
        d.update(extra)
    d["name"] = name
    subject = sc["subject"]
    if isinstance(subject, list):
        subject = rng.choice(subject)
    use_quote = kind in ("reply", "html_reply")
    if use_quote and sc["reply_subject"]:
        subject = sc["reply_subject"]
    subject = fill(subject, d)

    # body text, still marked
    if kind == "subject_only":
        subject = fill(sc["subj_only"], d)
        text = ""
    else:
        core = sc["short"] if kind == "short" else sc["body"]
        parts = []
        if sc["letter"] and kind != "short":
            greet = rng.choice(sc["greet"] or GREETINGS)
            if greet:
                parts.append(greet)
            parts.append(core)
            if sc["letter"] is True:
                pool = sc["signoff"] or (SIGNOFFS_COMPLAINT if sc["lab"]["complaint"] else SIGNOFFS)
                parts.append(rng.choice(pool) + "\n" + sc["signature"])
        elif sc["letter"] and kind == "short":
            parts += [core, "{first}"]
        else:
            parts.append(core)
        if sc["tail"] and kind != "short":
            parts.append(sc["tail"])
        text = fill("\n\n".join(parts), d)
        if typo:
            text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(text)
    subject, text = strip_marks(subject, MARK_RIGHTS), strip_marks(text, MARK_RIGHTS)

    quote = None
    if use_quote:
        q = sc["quote"] if sc["quote"] else (None, rng.choice(DEFAULT_QUOTES[sc["box"]]))
        qfrom = q[0] or FIRM_FROM[sc["box"]]
        qdate = q[2] if len(q) > 2 else rng.choice(DATES)[5:]
        quote = (f"On {qdate}, {qfrom} wrote:", fill(q[1], d))
    env = kind + ("+typo" if typo else "")
    headers = dict(sc["headers"]) if sc["headers"] else None
    return finish_marked_record(rng, mailbox=sc["box"], sender=sender, subject=subject, body=text,
                                html=kind in ("html", "html_reply"), quote=quote, subject_marks=subject_marks,
                                body_marks=body_marks, labels=sc["lab"], note=sc["note"], source=sc["sid"],
                                env=env, headers=headers)


def build(rng):
    records = []
    for sc in SCENARIOS:
        kinds = list(sc["kinds"])
        if len(kinds) >= 2:
            k1, k2 = rng.sample(kinds, 2)
        else:
            k1 = k2 = kinds[0]
        t1 = sc["typo"] and k1 != "subject_only" and rng.random() < 0.35
        t2 = sc["typo"] and k2 != "subject_only" and rng.random() < 0.35
        if k1 == k2 and t1 == t2:  # one envelope kind only: the two renderings differ in typos
            t1, t2 = False, True
        r1 = render(rng, sc, k1, t1, None)
        r2 = render(rng, sc, k2, t2, r1["from"])
        records += [r1, r2]
    return records


GROUP = {sc["sid"]: sc["grp"] for sc in SCENARIOS}


def summary(records, env_counts):
    by_src = collections.defaultdict(list)
    for r in records:
        by_src[r["source"]].append(r)
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(by_src)} scenarios, {len(records)} emails"]
    g = collections.Counter(GROUP[s] for s in by_src)
    lines.append(f"scenarios by group: {dict(sorted(g.items()))}")
    lines.append(f"mailboxes (emails): {dict(collections.Counter(r['mailbox'] for r in records))}")
    lab = [r["labels"] for r in records]
    lines.append(f"auto_generated emails: {sum(x['auto_generated'] for x in lab)}; complaints: "
                 f"{sum(x['complaint'] for x in lab)} ({sum(x['explicit'] for x in lab)} explicit); third_party: "
                 f"{sum(x['third_party'] for x in lab)}; breach: {sum(x['breach'] for x in lab)}; personal_data: "
                 f"{sum(x['personal_data'] for x in lab)}")
    lines.append(f"auto scenarios with headers: "
                 f"{len({r['source'] for r in records if r['labels']['auto_generated'] and r['headers']})}, without: "
                 f"{len({r['source'] for r in records if r['labels']['auto_generated'] and not r['headers']})}")
    for right in RIGHTS:
        em = [r for r in records if right in r["labels"]["rights"]]
        lines.append(f"  {right}: {len(em)} emails, {len({r['source'] for r in em})} scenarios")
    ge = collections.Counter(GROUP[r["source"]] for r in records)
    lines.append(f"emails by group: {dict(sorted(ge.items()))} (look = person-written look-alikes)")
    lines.append(f"emails with no right: {sum(not x['rights'] for x in lab)}")
    lines.append(f"envelopes: {dict(sorted(env_counts.items()))}")
    lines.append(f"html: {sum(r['html'] for r in records)}; with headers: {sum(bool(r['headers']) for r in records)}")
    return "\n".join(lines)


def main():
    # Trained for auto_generated only (trial AH2, session 18); the set was read to design trial AR.
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors,
                         train_labels=["auto_generated"])


if __name__ == "__main__":
    sys.exit(main())
