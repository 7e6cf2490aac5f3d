#!/usr/bin/env python3
"""Evaluation set auto_judge_b: machine-made mail (auto_generated) against mail a person wrote (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes drawn from one seeded rng:
  * 28 machine-made: out-of-office replies (some bilingual, some quoting the firm, most with no auto header),
    bounces and delay notices with the failed message below, read/delivery receipts, other organisations'
    ticket autoresponders, newsletters and list digests, system notifications (portal, sign-in, payment,
    e-signature). Labels: auto_generated=true, everything else cleared.
  * 20 look-alikes a person wrote: away notes, forwarded bounces and auto-replies with the writer's own words,
    complaints about automatic or marketing mail, formulaic solicitor / adviser / MP letters, replies to portal
    notifications, signatures with working hours, pasted unsubscribe lines.
  * 12 ordinary complaints and non-complaints of the two mailboxes.
Each request for a right is written inline as [[right|sentence]] and becomes a request_sentences mark.

Usage: .venv/bin/python data/make/make_auto_judge_b.py  (writes data/trials/auto_judge_b.jsonl)
"""
import collections
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270905
PREFIX = "aub"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "auto_judge_b.jsonl")


def T(s):
    """A dedented template without its first newline."""
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------------------------
# envelope pools (all invented)

FIRST_F = ["Aisha", "Bethan", "Carys", "Delphine", "Eleanor", "Fiona", "Gwen", "Harriet", "Imogen", "Jasmine",
           "Kirsty", "Leona", "Maryam", "Niamh", "Orla", "Priya", "Rosalind", "Saoirse", "Tamsin", "Yasmin"]
FIRST_M = ["Abdul", "Barnaby", "Callum", "Declan", "Euan", "Farhan", "Gareth", "Hamish", "Idris", "Jonah",
           "Kieran", "Lewis", "Marek", "Nathan", "Owain", "Piotr", "Rhys", "Stellan", "Tobias", "Wilfred"]
LAST = ["Aldridge", "Bhandari", "Carrow", "Dunmore", "Ellery", "Fairbairn", "Greenhalgh", "Hollins", "Iqbal",
        "Jessop", "Kavanagh", "Lomax", "Mbeki", "Northcott", "Okafor", "Pryce", "Quayle", "Rathbone", "Sowerby",
        "Trelawny", "Underhill", "Venables", "Whitlock", "Yardley", "Zielinski", "Ashworth", "Brennan",
        "Caddick", "Drummond", "Epps"]
PERSONAL = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com"]
GREET = {"pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Good afternoon,",
                  "To whom it may concern,"],
         "conexus": ["Dear Conexus,", "Dear Sir/Madam,", "Hello,", "Hi,", "To whom it may concern,",
                     "Good morning,", "Dear team,"]}
SIGNOFF = ["Regards,", "Kind regards,", "Many thanks,", "Best wishes,", "Thanks,", "Yours faithfully,",
           "Thank you,"]
DATES = [("Monday 4 August", "04/08/2025"), ("Tuesday 12 August", "12/08/2025"),
         ("Wednesday 3 September", "03/09/2025"), ("Thursday 18 September", "18/09/2025"),
         ("Friday 26 September", "26/09/2025"), ("Monday 6 October", "06/10/2025"),
         ("Tuesday 21 October", "21/10/2025"), ("Monday 3 November", "03/11/2025")]
QDATES = ["1 Jul 2025", "9 Jul 2025", "15 Jul 2025", "22 Jul 2025", "29 Jul 2025", "5 Aug 2025",
          "13 Aug 2025", "20 Aug 2025"]
MONTHS = ["June", "July", "August", "September"]
STREETS = ["14 Wrenfield Close", "3 Pasture Lane", "27 Mill Race Road", "8 Cobden Terrace", "51 Harrier Way",
           "2 Old Forge Mews", "19 Kingfisher Drive", "6 Saltings Row", "40 Beech Hollow", "11 Quarry Bank"]
TOWNS = ["Harrogate", "Stroud", "Kendal", "Chelmsford", "Wrexham", "Taunton", "Lincoln", "Ayr"]
POSTCODES = ["HG2 7QT", "GL5 3RW", "LA9 4PD", "CM2 6XH", "LL12 8BN", "TA1 5JE", "LN4 2AS", "KA7 3UL"]
CONSTITUENCIES = ["Harrogate Vale", "Stroud and Dursley West", "Kendal Fells", "Chelmsford North",
                  "Wrexham Maelor", "Taunton Deane East"]
PHONE_AREAS = ["0161 496 0", "0113 496 0", "0117 496 0", "020 7946 0", "0121 496 0", "0131 496 0"]


def clean(s):
    return "".join(c for c in s.lower() if c.isalnum())


def fill_values(rng, scn):
    """Every placeholder value of one rendering, drawn in a fixed order."""
    v = {}
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(LAST)
    v["first"], v["last"], v["name"] = first, last, f"{first} {last}"
    v["title"] = rng.choice(["Ms", "Mrs"] if female else ["Mr"]) + " " + last
    cf = rng.choice(FIRST_F + FIRST_M)
    cl = rng.choice(LAST)
    v["colleague"] = f"{cf} {cl}"
    v["cfirst"] = cf
    v["cname"] = f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
    v["cname_f"] = f"{rng.choice(FIRST_F)} {rng.choice(LAST)}"
    v["cname_m"] = f"{rng.choice(FIRST_M)} {rng.choice(LAST)}"
    v["c2"] = f"{rng.choice(FIRST_F)} {rng.choice(LAST)}"
    r_female = rng.random() < 0.5
    v["rname"] = f"{rng.choice(FIRST_F if r_female else FIRST_M)} {rng.choice(LAST)}"
    v["rtitle"] = rng.choice(["Ms", "Mrs", "Dr"] if r_female else ["Mr", "Dr"]) + " " + v["rname"].split()[1]
    v["raddr"] = f"{clean(v['rname'].split()[0])}.{clean(v['rname'].split()[1])}{rng.randrange(10, 99)}" \
                 f"@{rng.choice(PERSONAL)}"
    v["old"] = rng.choice([x for x in LAST if x != last])
    v["pm"] = f"{rng.choice(FIRST_M)} {rng.choice(LAST)}"
    v["mp"] = f"{rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
    v["constituency"] = rng.choice(CONSTITUENCIES)
    di = rng.randrange(len(DATES))
    v["date"], v["dnum"] = DATES[di]
    v["qdate"] = rng.choice(QDATES)
    v["month"] = rng.choice(MONTHS)
    v["phone"] = rng.choice(PHONE_AREAS) + f"{rng.randrange(100, 999)}"
    v["mob"] = f"07700 900{rng.randrange(100, 999)}"
    v["ws"] = f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}"
    v["cref"] = (f"PX-C-{rng.randrange(20000, 29999)}" if scn["mailbox"] == "pexa"
                 else f"CXC-{rng.randrange(40000, 49999)}")
    v["acct"] = f"CX-{rng.randrange(1000000, 9999999)}"
    v["n"] = f"{rng.randrange(100000, 999999)}"
    v["n2"] = f"{rng.randrange(1000, 9999)}"
    v["amt"] = f"{rng.choice([18, 25, 30, 40, 45, 60, 75, 90, 120])}"
    v["big"] = f"{rng.randrange(6, 48) * 50 + rng.randrange(0, 50):,}.{rng.randrange(10, 99)}"
    si = rng.randrange(len(STREETS))
    v["street"] = f"{STREETS[si]}, {TOWNS[si % len(TOWNS)]}"
    v["street2"] = f"{STREETS[(si + 3) % len(STREETS)]}, {TOWNS[(si + 5) % len(TOWNS)]}"
    v["postcode"] = POSTCODES[si % len(POSTCODES)]
    v["surname"] = rng.choice(LAST)
    v["time"] = f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}"
    v["ip"] = f"{rng.randrange(2, 250)}"
    v["p3"] = f"{rng.randrange(100, 1000)}"
    v["inv"] = f"INV-{rng.randrange(100000, 999999)}"
    v["txn"] = f"TX{rng.randrange(10 ** 9, 10 ** 10)}"
    v["card"] = f"{rng.randrange(1000, 9999)}"
    v["token"] = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    v["mno"] = f"M{rng.randrange(10000, 99999)}"
    v["claim"] = f"K{rng.randrange(10, 99)}QZ{rng.randrange(100, 999)}"
    v["greet"] = rng.choice(GREET[scn["mailbox"]])
    v["signoff"] = rng.choice(SIGNOFF)
    v["ref"] = "{ref}"  # left for finish_marked_record's quote
    v["firm"] = scn.get("firm", "")
    v["domain"] = scn.get("domain", "")
    return v


def person_address(rng, v, domain):
    f, l_ = clean(v["first"]), clean(v["last"])
    if domain == "personal":
        fmt = rng.randrange(3)
        local = [f"{f}.{l_}", f"{f[0]}{l_}{rng.randrange(10, 99)}", f"{f}{l_[:3]}{rng.randrange(1, 9)}"][fmt]
        return f"{local}@{rng.choice(PERSONAL)}"
    fmt = rng.randrange(3)
    local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_[0]}"][fmt]
    return f"{local}@{domain}"


class Strict(dict):
    def __missing__(self, k):
        raise KeyError(f"unknown placeholder {k}")


def fmt(s, v):
    return s.format_map(Strict(v))


# ---------------------------------------------------------------------------------------------
# scenarios
#
# kind: auto / look (a person wrote a look-alike) / plain (ordinary mail).  sender: ("person", domain) with
# domain "personal" or a firm domain, or ("machine", [(display, address), ...]).  envs: envelope names the two
# renderings are drawn from.  quote: the firm's earlier message, always below (quote envelopes); reply: an
# optional one for the reply envelopes.  short / subject_only / alt: other versions.  headers: templates.

AUTO = short_labels(auto=True)

SIGN = "{signoff}\n{name}"
PX_HEAD = "On {qdate}, PEXA Customer Resolution wrote:"
CX_HEAD = "On {qdate}, Conexus Customer Relations wrote:"

SCENARIOS = [
    # ======================= PEXA: machine-made ======================================================
    dict(id="s001", mailbox="pexa", kind="auto", sub="out-of-office", firm="Harlow Bryce Solicitors",
         domain="harlowbryce.co.uk", sender=("person", "harlowbryce.co.uk"),
         subject="Your complaint {cref} - acknowledgement",
         body=T("""
            Thank you for your message. I am out of the office until {date} and am checking email only occasionally. For anything urgent on a live matter please call {colleague} on {phone}.

            {name}
            Senior Conveyancer | Harlow Bryce Solicitors
            """),
         short="Out of the office until {date}. Urgent matters: {colleague}, {phone}.\n\n{name}",
         quote=(PX_HEAD, T("""
            Dear {title},

            Thank you for raising your complaint about the rejected lodgement on workspace {ws}. We have logged it under reference {cref} and will send you a full response within five business days.

            PEXA Customer Resolution Team""")),
         envs=["quote", "quote_html", "quote_short"], labels=AUTO,
         note="Standard out-of-office wording (return date, alternative contact) with no auto header is still "
              "auto_generated; the complaint exists only in the subject and the quoted acknowledgement."),
    dict(id="s002", mailbox="pexa", kind="auto", sub="out-of-office", domain="tywivalleybs.co.uk",
         sender=("person", "tywivalleybs.co.uk"),
         subject="Automatic reply: Workspace {ws} - settlement funds",
         body=T("""
            Diolch am eich neges. Rydw i allan o'r swyddfa tan {dnum}. Os yw'ch neges yn un frys, cysylltwch â'r tîm cwblhau ar {phone}.

            Thank you for your message. I am out of the office until {dnum}. If your message is urgent, please contact the completions team on {phone}.

            {name}
            Swyddog Cwblhau / Completions Officer
            Cymdeithas Adeiladu Dyffryn Tywi / Tywi Valley Building Society
            """),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
         envs=["plain", "html"], labels=AUTO,
         note="A bilingual (Welsh and English) out-of-office with Auto-Submitted and X-Autoreply headers is "
              "auto_generated; nothing else is labelled."),
    dict(id="s003", mailbox="pexa", kind="auto", sub="bounce",
         sender=("machine", [("Mail Delivery System", "MAILER-DAEMON@mx2.pexa.co.uk"),
                             ("Mail Delivery System", "MAILER-DAEMON@relay1.pexa.co.uk")]),
         subject="Undelivered Mail Returned to Sender",
         body=T("""
            This is the mail system at host {sender_host}.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can delete your own text from the attached returned message.

            <{raddr}>: host mx.{raddr_host}[192.0.2.{ip}] said: 550 5.1.1 <{raddr}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

            ----- Original message -----
            From: PEXA Customer Resolution <complaints@pexa.co.uk>
            To: {raddr}
            Subject: Final response to your complaint {cref}

            Dear {rtitle},

            We have now completed our investigation into your complaint about the delayed settlement on workspace {ws}. We are sorry for the inconvenience this caused and we uphold your complaint in part. Our findings are set out below...
            """),
         short=T("""
            This is the mail system at host {sender_host}.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <{raddr}>: 550 5.1.1 Recipient address rejected: User unknown

            Subject of the returned message: Final response to your complaint {cref}
            """),
         headers={"return-path": "<>", "auto-submitted": "auto-replied",
                  "content-type": "multipart/report; report-type=delivery-status; boundary=\"{token}\""},
         envs=["plain", "short"], labels=AUTO,
         note="A MAILER-DAEMON delivery failure with Return-Path <> and multipart/report is auto_generated; "
              "the complaint wording belongs to our own returned final response."),
    dict(id="s004", mailbox="pexa", kind="auto", sub="bounce",
         sender=("machine", [("Microsoft Outlook", "postmaster@lindenconveyancing.co.uk"),
                             ("Microsoft Outlook", "postmaster@lindenconveyancing.onmicrosoft.com")]),
         subject="Undeliverable: Your request for a copy of your personal data",
         body=T("""
            Your message to {raddr} couldn't be delivered.

            {rlocal} wasn't found at lindenconveyancing.co.uk.

            Action Required: Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message; remove the recipient from the address book and add them again.

            Diagnostic information for administrators:
            Generating server: LO2P265MB{n2}.GBRP265.PROD.OUTLOOK.COM
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

            Original message:
            Subject: Your request for a copy of your personal data
            Dear {rtitle}, we have received your request for a copy of the personal data PEXA holds about you and will respond within one month. If you would like us to delete the duplicate attachment you sent, please let us know.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="An Exchange non-delivery report is auto_generated even without headers; the data-request words "
              "are in PEXA's own returned message, so rights stay empty."),
    dict(id="s005", mailbox="pexa", kind="auto", sub="read-receipt", domain="marlowhythe.co.uk",
         sender=("person", "marlowhythe.co.uk"),
         subject="Read: Your complaint {cref} - our response",
         body=T("""
            Your message

              To: {name}
              Subject: Your complaint {cref} - our response
              Sent: {qdate} 14:02

            was read on {qdate} {time}.
            """),
         alt=("Return Receipt (displayed) - Your complaint {cref} - our response", T("""
            This is a Return Receipt for the mail that you sent to {addr}.

            Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
            """)),
         envs=["plain", "alt"], labels=AUTO,
         note="A read receipt (Outlook or Thunderbird wording) is machine-made: auto_generated, even though the "
              "subject names a complaint."),
    dict(id="s006", mailbox="pexa", kind="auto", sub="autoresponder",
         sender=("machine", [("Kestrel Service Desk", "servicedesk@kestrelbs.co.uk"),
                             ("Kestrel Intermediary Support", "noreply.servicedesk@kestrelbs.co.uk")]),
         subject="[KBS-INC-{n}] We have received your request: Invoice query workspace {ws}",
         body=T("""
            This is an automated response. Please do not reply to this email.

            Thank you for contacting the Kestrel Building Society Intermediary Service Desk. We have received your enquiry and logged it under reference KBS-INC-{n}. One of our team will respond within 2 working days.

            If your request concerns a completion due today, please call 0300 123 4410 and select option 3.

            Kestrel Building Society is authorised by the Prudential Regulation Authority.
            """),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "precedence": "auto_reply"},
         envs=["plain", "html"], labels=AUTO,
         note="Another organisation's ticket-system acknowledgement is auto_generated; Kestrel is only the "
              "sender, so no firm is set."),
    dict(id="s007", mailbox="pexa", kind="auto", sub="newsletter",
         sender=("machine", [("The Conveyancing Record", "news@conveyancingrecord.co.uk"),
                             ("Conveyancing Record Weekly", "weekly@conveyancingrecord.co.uk")]),
         subject="This week: lodgement requisitions up 9% - and what the new complaint rules mean for you",
         body=T("""
            The Conveyancing Record - weekly briefing for property lawyers

            Requisitions on the rise. Registry requisitions on digital lodgements rose 9% last quarter, with missing discharge evidence the most common cause. Our checklist shows how to get it right first time.

            Complaints handling: are you ready? Firms that settle through digital platforms should review how they record and respond to client complaints. We look at root-cause analysis, the eight-week clock and what to tell a buyer whose completion slipped.

            Data protection corner: buyers are increasingly sending subject access requests after completion. What must you disclose, and when can you refuse?

            You are receiving this because you subscribed at conveyancingrecord.co.uk. Unsubscribe | Manage preferences
            """),
         headers={"precedence": "bulk", "list-id": "Conveyancing Record Weekly <weekly.conveyancingrecord.co.uk>",
                  "list-unsubscribe": "<https://conveyancingrecord.co.uk/u/{token}>"},
         envs=["html", "plain"], labels=AUTO,
         note="A newsletter with bulk/List headers is auto_generated; 'complaints' and 'subject access "
              "requests' are article topics, not the sender's grievance or request."),
    dict(id="s008", mailbox="pexa", kind="auto", sub="mailing-list",
         sender=("machine", [("Property Law Forum", "residential-request@lists.propertylawforum.org.uk")]),
         subject="Residential Practice Digest, Vol 41, Issue {n2}",
         body=T("""
            Send Residential Practice mailing list submissions to residential@lists.propertylawforum.org.uk

            Today's Topics:

               1. Re: Digital settlement failed again? ({cname})
               2. Buyers asking for all their data after completion ({rname})

            ----------------------------------------------------------------------

            Message: 1
            From: {cname}
            Subject: Re: Digital settlement failed again?

            Same here - third failed settlement this month and nobody at the platform could tell us why. Has anyone had costs back?

            Message: 2
            From: {rname}
            Subject: Buyers asking for all their data after completion

            We've had two subject access requests from buyers this week. Do people reply themselves or pass them to the platform?

            _______________________________________________
            Residential mailing list
            To unsubscribe, send a message with 'unsubscribe' in the subject to residential-request@lists.propertylawforum.org.uk
            """),
         alt=("Residential Practice Digest, Vol 41, Issue {n2}", T("""
            Today's Topics:

               1. Re: Digital settlement failed again? ({cname})

            Message: 1
            Subject: Re: Digital settlement failed again?

            Same here - third failed settlement this month and nobody at the platform could tell us why.

            _______________________________________________
            To unsubscribe, send 'unsubscribe' to residential-request@lists.propertylawforum.org.uk
            """)),
         envs=["plain", "alt"], labels=AUTO,
         note="A mailing-list digest is auto_generated even without List headers; the members' grumbles "
              "about failed settlements are list content, not a complaint to PEXA."),
    dict(id="s009", mailbox="pexa", kind="auto", sub="system-notification",
         sender=("machine", [("CaseTrack Notifications", "no-reply@casetrack-cloud.co.uk"),
                             ("CaseTrack Alerts", "alerts@casetrack-cloud.co.uk")]),
         subject="CaseTrack alert: Matter {mno} - completion status FAILED",
         body=T("""
            Automated alert

            Matter: {mno} ({surname} purchase, {street})
            Event: Completion status changed to FAILED
            Source: PEXA workspace {ws}
            Time: {qdate} {time}

            This alert was sent to all watchers of this matter. You are receiving it because complaints@pexa.co.uk is listed as a watcher. To change your alert settings, sign in to CaseTrack.

            Do not reply to this email.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="A case-management system alert is auto_generated without any header; 'FAILED' is a status "
              "field, not a person's complaint."),
    dict(id="s010", mailbox="pexa", kind="auto", sub="system-notification",
         sender=("machine", [("Nimbus Workplace", "security-noreply@nimbusworkplace.com"),
                             ("Nimbus Workplace account team", "account-security@nimbusworkplace.com")]),
         subject="New sign-in to your shared mailbox account",
         body=T("""
            Hi complaints@pexa.co.uk,

            We noticed a new sign-in to your account.

            Device: Windows 11, Edge browser
            Location: Manchester, United Kingdom (approximate)
            Time: {qdate} {time} BST

            If this was you, you don't need to do anything. If you don't recognise this activity, reset your password now and review your recent activity at https://account.nimbusworkplace.com/security

            Thanks,
            The Nimbus Workplace account team
            """),
         envs=["plain", "html"], labels=AUTO,
         note="A login notice from a software vendor is a system notification (auto_generated); 'reset your "
              "password' is not a data-rights request."),
    dict(id="s011", mailbox="pexa", kind="auto", sub="out-of-office", domain="lambertprivee.co.uk",
         sender=("person", "lambertprivee.co.uk"),
         subject="Redemption figures - workspace {ws}",
         body=T("""
            Merci pour votre message. Je suis actuellement en congé jusqu'au {dnum} inclus, sans accès à ma messagerie. Pour toute demande urgente, merci de contacter {colleague} ({phone}).

            Thank you for your message. I am on leave until {dnum} inclusive, without access to my email. For urgent requests please contact {colleague} ({phone}).

            {name}
            """),
         quote=("On {qdate}, PEXA Settlement Support wrote:", T("""
            Dear {first},

            Thank you for confirming the redemption figure on workspace {ws}. Could you also confirm the daily interest figure so the workspace can be balanced before settlement?

            PEXA Settlement Support""")),
         envs=["quote", "quote_html"], labels=AUTO,
         note="A French and English leave notice with no auto header, quoting PEXA's message, is an "
              "out-of-office: auto_generated and nothing else."),
    dict(id="s012", mailbox="pexa", kind="auto", sub="delivery-receipt",
         sender=("machine", [("Mail Delivery Subsystem", "postmaster@ravenscourtlaw.co.uk"),
                             ("postmaster", "postmaster@ravenscourtlaw.co.uk")]),
         subject="Delivered: Your complaint {cref} - acknowledgement",
         body=T("""
            Your message has been delivered to the following recipients:

            {raddr}

            Subject: Your complaint {cref} - acknowledgement

            This is a delivery status notification only. No action is required.
            """),
         headers={"content-type": "multipart/report; report-type=delivery-status; boundary=\"{token}\"",
                  "auto-submitted": "auto-replied"},
         envs=["plain", "html"], labels=AUTO,
         note="A delivery receipt (multipart/report) is auto_generated; the complaint named in the subject is "
              "our own outgoing acknowledgement."),
    dict(id="s013", mailbox="pexa", kind="auto", sub="autoresponder",
         sender=("machine", [("Property Redress Standards", "enquiries@propertyredressstandards.org.uk"),
                             ("PRS Enquiries", "noreply@propertyredressstandards.org.uk")]),
         subject="Your enquiry has been received - ref PRS-{n}",
         body=T("""
            Thank you for contacting Property Redress Standards.

            We have received your enquiry, reference PRS-{n}. Please keep this reference for future correspondence.

            We aim to reply within 10 working days. Please note we can only consider a complaint about a member firm once that firm has issued its final response, or eight weeks have passed since the complaint was made.

            This mailbox is not monitored for replies.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="A redress body's 'we have received your enquiry, reference...' acknowledgement is an "
              "autoresponder (auto_generated), though it has no header and mentions complaints."),
    dict(id="s014", mailbox="pexa", kind="auto", sub="payment-notification",
         sender=("machine", [("BHF Payments", "payments-noreply@beaconhomefinance.co.uk"),
                             ("Beacon Home Finance Accounts Payable", "ap-noreply@beaconhomefinance.co.uk")]),
         subject="Remittance advice - {inv}",
         body=T("""
            Remittance advice

            Payer: Beacon Home Finance plc
            Payee: PEXA
            Amount: £{big}
            Invoice reference: {inv}
            Value date: {qdate}

            This remittance advice was generated automatically by our accounts payable system. Please do not reply. For queries please contact ap.queries@beaconhomefinance.co.uk.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="An automatically generated remittance advice is a payment notification: auto_generated, and "
              "Beacon as sender sets no firm."),

    # ======================= Conexus: machine-made ===================================================
    dict(id="s015", mailbox="conexus", kind="auto", sub="out-of-office", domain="northgatedebtadvice.org.uk",
         sender=("person", "northgatedebtadvice.org.uk"),
         subject="Automatic reply: Final response - client {cname} - account {acct}",
         body=T("""
            I do not work on Thursdays or Fridays and your email has not been forwarded. For client matters please contact our casework line on {phone} or casework@northgatedebtadvice.org.uk.

            Northgate Debt Advice is a registered charity.

            -----Original Message-----
            From: Conexus Customer Relations
            Sent: {qdate}
            Subject: Final response - client {cname} - account {acct}

            Dear {first},

            Further to your complaint on behalf of {cname} about the calls made during the Breathing Space period, we have completed our investigation and enclose our final response...
            """),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
         envs=["plain", "html"], labels=AUTO,
         note="A money adviser's automatic reply (Auto-Submitted, X-Autoreply) quoting our final response is "
              "auto_generated, so third_party stays false too."),
    dict(id="s016", mailbox="conexus", kind="auto", sub="out-of-office", domain="kowalczyklegal.co.uk",
         sender=("person", "kowalczyklegal.co.uk"),
         subject="Account {acct} - letter of authority",
         body=T("""
            Dzień dobry, dziękuję za wiadomość. Jestem poza biurem do {dnum}. W pilnych sprawach proszę o kontakt z sekretariatem: {phone}.

            Good morning, thank you for your message. I am out of the office until {dnum}. For urgent matters please contact the office on {phone}.

            {name}
            Kowalczyk Legal
            """),
         quote=(CX_HEAD, T("""
            Dear {first},

            Thank you for your letter on behalf of your client. Before we can discuss account {acct} with you, we need a letter of authority signed by your client.

            Conexus""")),
         envs=["quote", "quote_html"], labels=AUTO,
         note="A Polish and English out-of-office with no header, quoting our request, is auto_generated; a "
              "solicitor's auto-reply is not third_party."),
    dict(id="s017", mailbox="conexus", kind="auto", sub="bounce",
         sender=("machine", [("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")]),
         subject="Delivery Status Notification (Failure)",
         body=T("""
            ** Address not found **

            Your message wasn't delivered to {raddr} because the address couldn't be found, or is unable to receive mail.

            The response from the remote server was:
            550 5.1.1 The email account that you tried to reach does not exist.

            ----- Original message -----

            From: Conexus Customer Relations <complaints@conexus.co.uk>
            To: {raddr}
            Subject: Your complaint reference {cref}

            Dear {rtitle},

            Thank you for contacting us about account {acct}. We are sorry you were unhappy with the call you received and we have logged your complaint. We will write to you with our findings...
            """),
         short=T("""
            ** Address not found **

            Your message wasn't delivered to {raddr} because the address couldn't be found, or is unable to receive mail.

            550 5.1.1 The email account that you tried to reach does not exist.
            """),
         envs=["plain", "short"], labels=AUTO,
         note="A delivery-failure notice ('Address not found') is auto_generated without headers; the "
              "complaint is in our own returned acknowledgement."),
    dict(id="s018", mailbox="conexus", kind="auto", sub="bounce",
         sender=("machine", [("Mail Delivery System", "MAILER-DAEMON@mail.conexus.co.uk")]),
         subject="Delayed Mail (still being retried)",
         body=T("""
            This is the mail system at host mail.conexus.co.uk.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.

            <{raddr}>: host mx.{raddr_host}[192.0.2.{ip}] said: 452 4.2.2 Mailbox full

            ----- Original message -----
            Subject: Your request for a copy of your data - account {acct}

            Dear {rtitle}, we are writing about your subject access request. Please find enclosed a copy of the personal data we hold about you, including call recordings...
            """),
         short=T("""
            This is the mail system at host mail.conexus.co.uk.

            THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

            <{raddr}>: 452 4.2.2 Mailbox full. Will retry for 5 days.
            """),
         headers={"return-path": "<>",
                  "content-type": "multipart/report; report-type=delivery-status; boundary=\"{token}\""},
         envs=["plain", "short"], labels=AUTO,
         note="A delay warning from the mail system (Return-Path <>, multipart/report) is auto_generated; the "
              "access wording is our own outgoing reply, so rights stay empty."),
    dict(id="s019", mailbox="conexus", kind="auto", sub="read-receipt", domain="personal",
         sender=("person", "personal"),
         subject="Read: Payment plan confirmation - account {acct}",
         body=T("""
            Your message

            To: {name}
            Subject: Payment plan confirmation - account {acct}
            Sent: {qdate} 09:12

            was read on {qdate} {time}.
            """),
         alt=("Not read: Payment plan confirmation - account {acct}", T("""
            Your message

            To: {name}
            Subject: Payment plan confirmation - account {acct}
            Sent: {qdate} 09:12

            was deleted without being read on {qdate} {time}.
            """)),
         envs=["plain", "alt"], labels=AUTO,
         note="Read and not-read receipts from a debtor's mail client are auto_generated; 'deleted without "
              "being read' is not an erasure request."),
    dict(id="s020", mailbox="conexus", kind="auto", sub="autoresponder",
         sender=("machine", [("Lumen Water Customer Resolution", "noreply@lumenwater.co.uk"),
                             ("Lumen Water", "customer.noreply@lumenwater.co.uk")]),
         subject="We've received your email [Case LW-{n}]",
         body=T("""
            Thank you for your email. This is an automatic acknowledgement - please don't reply to it.

            We've received your message and created case LW-{n}. We aim to respond within 5 working days, although during busy periods this may take longer.

            If you're contacting us about a leak, please call us on 0800 316 9920, 24 hours a day.

            Lumen Water - Customer Resolution Team
            """),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
         envs=["plain", "html"], labels=AUTO,
         note="A creditor's case-system acknowledgement is an autoresponder: auto_generated, and Lumen Water "
              "as sender sets no firm."),
    dict(id="s021", mailbox="conexus", kind="auto", sub="newsletter",
         sender=("machine", [("Money Steady Network", "bulletin@moneysteady.org.uk"),
                             ("Money Steady adviser bulletin", "news@moneysteady.org.uk")]),
         subject="Adviser bulletin: Breathing Space referrals, complaining to collectors, and clients' data rights",
         body=T("""
            Money Steady Network - adviser bulletin

            Breathing Space: referrals up again. Moratorium referrals rose for the fifth month running. Remind creditors and collectors that contact must stop once a moratorium starts.

            How to complain to a debt collector. Our updated template letters cover unfair contact, vulnerability and disputed balances, with a checklist of what to ask for.

            Your clients' data rights. A client can ask a collector for a copy of their data, for inaccurate records to be corrected, and can object to marketing. Download our one-page guide.

            You're receiving this because you registered as an adviser. Unsubscribe or update your preferences.
            """),
         headers={"precedence": "bulk", "list-id": "Money Steady adviser bulletin <advisers.moneysteady.org.uk>",
                  "list-unsubscribe": "<mailto:leave-{token}@moneysteady.org.uk>"},
         envs=["html", "plain"], labels=AUTO,
         note="A debt-advice newsletter (bulk, List-Id) is auto_generated; its advice on complaints and data "
              "rights is content, not a request to Conexus."),
    dict(id="s022", mailbox="conexus", kind="auto", sub="newsletter",
         sender=("machine", [("Collections Standards Forum", "members@collectionsforum.org.uk")]),
         subject="Members' update: complaints data return due, ICO guidance on access requests",
         body=T("""
            COLLECTIONS STANDARDS FORUM - MEMBERS' UPDATE

            1. Complaints data return
            The half-yearly complaints data return is due by the end of next month. Members should include complaints resolved within three business days.

            2. Subject access requests
            The regulator has refreshed its guidance on the time limit for access requests and when the clock can be paused. A summary is on the members' area.

            3. Vulnerability workshop
            Places remain for our workshop on supporting customers in financial difficulty.

            You are receiving this update as a member contact. To stop receiving updates, reply with REMOVE in the subject line or manage your subscriptions in the members' area.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="A trade body's members' update is a newsletter (auto_generated) even without List headers; "
              "complaint statistics and access-request guidance are topics only."),
    dict(id="s023", mailbox="conexus", kind="auto", sub="payment-notification",
         sender=("machine", [("PaySure Notifications", "notifications@paysure-gateway.com"),
                             ("PaySure", "no-reply@paysure-gateway.com")]),
         subject="Payment received: £{amt}.00 - {acct}",
         body=T("""
            A payment has been received.

            Merchant: Conexus
            Customer reference: {acct}
            Amount: £{amt}.00
            Card: Visa ending {card}
            Date: {qdate} {time}
            Transaction ID: {txn}

            This notification was generated automatically. Do not reply to this email.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="A payment-gateway notification is auto_generated; nothing else applies."),
    dict(id="s024", mailbox="conexus", kind="auto", sub="portal-alert",
         sender=("machine", [("ClaimLink Portal", "alerts@claimlink-portal.co.uk")]),
         subject="New document available: Claim {claim} ({surname})",
         body=T("""
            A new document has been added to claim {claim}.

            Document: Defence and counterclaim
            Uploaded by: Defendant's representative
            Date: {qdate}

            Sign in to ClaimLink to view it. For security, documents are not attached to email alerts.

            You received this alert because notifications are switched on for this claim.
            """),
         headers={"auto-submitted": "auto-generated"},
         envs=["plain", "html"], labels=AUTO,
         note="A portal alert (Auto-Submitted: auto-generated) is auto_generated; the disputed claim it "
              "mentions is not a complaint from a person."),
    dict(id="s025", mailbox="conexus", kind="auto", sub="autoresponder",
         sender=("machine", [("Office of {mp} MP", "{mp_local}.mp@parliament.uk")]),
         subject="Thank you for contacting {mp} MP",
         body=T("""
            Thank you for contacting {mp}, Member of Parliament for {constituency}.

            This is an automated reply to confirm that your email has been received. {mp} receives a large volume of correspondence and priority is given to constituents. If you have not already done so, please include your full postal address so that we can confirm you live in the constituency.

            If your matter is urgent, please call the constituency office on {phone}.

            Kind regards,
            The Office of {mp} MP
            """),
         envs=["plain", "html"], labels=AUTO,
         note="An MP office's automated receipt is auto_generated even with 'Kind regards' and no header; "
              "auto-replies are never third_party."),
    dict(id="s026", mailbox="conexus", kind="auto", sub="out-of-office", domain="personal",
         sender=("person", "personal"),
         subject="Your payment arrangement - account {acct}",
         body="Thanks for your email. I'm currently away until {dnum} with limited access to email and will respond on my return.",
         quote=(CX_HEAD, T("""
            Dear {title},

            Thank you for agreeing a payment arrangement of £{amt} a month on account {acct}. Your first payment is due on the 1st.

            Conexus""")),
         envs=["quote", "quote_html"], labels=AUTO,
         note="A one-line away message from a debtor's mailbox, generic and not addressing our message, is an "
              "out-of-office: auto_generated."),
    dict(id="s027", mailbox="conexus", kind="auto", sub="system-notification",
         sender=("machine", [("SignFlow", "no-reply@signflow.io"), ("SignFlow via Conexus", "dse@signflow.io")]),
         subject="Completed: Payment arrangement - account {acct}",
         body=T("""
            All parties have signed.

            {cname} has completed the document "Payment arrangement - account {acct}".

            The completed document and certificate of completion are attached.

            Do not share this email: it contains a secure link to the document. This message was sent to you by SignFlow on behalf of Conexus.
            """),
         envs=["plain", "html"], labels=AUTO,
         note="An e-signature completion notice is a system notification: auto_generated."),
    dict(id="s028", mailbox="conexus", kind="auto", sub="autoresponder",
         sender=("machine", [("Fairway Debt Help", "help@fairwaydebthelp.org.uk")]),
         subject="Re: Client {cname} - proposal [FDH-{n}]",
         body=T("""
            Thank you for getting in touch with Fairway Debt Help. We've received your email and our reference is FDH-{n}.

            We're currently replying to emails within 7 working days. If you're a creditor or collection agency responding to one of our clients' proposals, you don't need to do anything else - your reply has been added to the client's file.

            If you're worried about bailiffs or court action this week, please call our helpline free on 0808 157 0{p3}.
            """),
         headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
         envs=["plain", "html"], labels=AUTO,
         note="A debt charity's ticket acknowledgement (Auto-Submitted) is auto_generated; it is not a "
              "representative writing for a client, so third_party=false."),

    # ======================= PEXA: look-alikes a person wrote ========================================
    dict(id="s029", mailbox="pexa", kind="look", sub="away-note", firm="Ferrand Hale LLP", domain="ferrandhale.co.uk",
         sender=("person", "ferrandhale.co.uk"),
         subject="Workspace {ws} - your reference {cref}",
         body=T("""
            {greet}

            Thanks for the update. I'm on leave from tomorrow until {date}, so please don't wait for me. {colleague} in our office has the file for the {surname} sale and can answer the questions in your email about the rejected lodgement; the direct line is {phone}.

            """) + "\n\n" + SIGN,
         short="Away from tomorrow until {date} - {colleague} ({phone}) has the {surname} file and can answer your questions about the lodgement.\n\n{first}",
         quote=(PX_HEAD, T("""
            Dear {first},

            We are still looking into your complaint about the rejected lodgement on workspace {ws}. To finish our review we need to know when your firm first saw the requisition. Could you let us know?

            PEXA Customer Resolution Team""")),
         envs=["quote", "quote_html", "quote_typo", "quote_short"], labels=short_labels(),
         note="A person's own away note that answers our question by naming who has the file is human-written "
              "(not auto_generated) and voices no dissatisfaction, so not a complaint."),
    dict(id="s030", mailbox="pexa", kind="look", sub="forwarded-bounce", firm="Heathcote Bank",
         domain="heathcotebank.co.uk", sender=("person", "heathcotebank.co.uk"),
         subject="Fw: Undeliverable: Redemption statement - workspace {ws}",
         body=T("""
            {greet}

            I sent the redemption statement for workspace {ws} to the support address printed on your settlement checklist and got the message below back. Could you let me know the right address to use? I'll resend it as soon as I hear.

            {signoff}
            {name}
            Mortgage Redemptions, Heathcote Bank

            ---------- Forwarded message ---------
            From: Microsoft Outlook <postmaster@heathcotebank.co.uk>
            Subject: Undeliverable: Redemption statement - workspace {ws}

            Your message to settlement-support@pexa-help.co.uk couldn't be delivered.
            settlement-support wasn't found at pexa-help.co.uk.
            Remote Server returned '550 5.1.1 Recipient not found'
            """),
         envs=["plain", "html", "typo"], labels=short_labels(),
         note="A person forwarding a bounce with their own question on top is not auto_generated; the new "
              "text is a neutral request for the right address, so not a complaint."),
    dict(id="s031", mailbox="pexa", kind="look", sub="automatic-email-grievance", domain="personal",
         sender=("person", "personal"),
         subject="Still getting workspace notifications - I left the firm in May",
         body=T("""
            {greet}

            I left Brindley Marsh Conveyancing in May and my user account should have been closed then. I am still receiving your automatic workspace notifications at this personal address, and they include clients' names, property addresses and settlement dates for matters I have nothing to do with any more. I told your support desk about this twice in June and nothing has changed.

            Those clients would not expect their details to be coming to me. [[erasure|Please delete my details from the platform entirely, including this email address, so that the notifications stop.]] I would also like written confirmation once that has been done.

            """) + "\n\n" + SIGN,
         short=T("""
            {greet}

            I left Brindley Marsh in May but your automatic workspace notifications, with clients' names and property addresses, still come to this personal address. I've reported it twice. [[erasure|Please delete my details from the platform entirely, including this email address, so that the notifications stop.]]

            {first}
            """),
         envs=["plain", "html", "typo", "short"],
         labels=short_labels(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
         note="A person objecting to automatic emails is not auto_generated; clients' details still sent to a "
              "former user is a disclosure (breach, personal_data), 'delete my details' = erasure, implicit "
              "complaint since she reported it twice."),
    dict(id="s032", mailbox="pexa", kind="look", sub="formulaic-solicitor", firm="Thorne Abbott Solicitors",
         domain="thorneabbott.co.uk", sender=("person", "thorneabbott.co.uk"),
         subject="Our clients: {cname} and {c2} - subject access request",
         body=T("""
            Dear Sirs

            Our clients: {cname} and {c2}
            Property: {street}
            Our reference: TA/{n2}/RES

            We act for the above-named clients in connection with their purchase of the above property, which completed on {qdate} using the PEXA platform.

            [[access|On behalf of our clients and with their signed authority (enclosed), we request a copy of all personal data that PEXA holds about each of them, including workspace records, audit logs and correspondence.]]

            We should be grateful if you would respond to this office within one calendar month, quoting our reference.

            Yours faithfully

            Thorne Abbott Solicitors

            This email and any attachments are confidential and intended solely for the addressee.
            """),
         envs=["plain", "html", "typo"], labels=short_labels(r="access", tp=True),
         note="A solicitor's template letter is person-written however formulaic; a copy of the clients' "
              "data on their behalf = access, third_party, and no dissatisfaction so not a complaint."),
    dict(id="s033", mailbox="pexa", kind="look", sub="reply-to-notification", firm="Gannet & Rowe",
         domain="gannetrowe.co.uk", sender=("person", "gannetrowe.co.uk"),
         subject="Invitation to join workspace {ws}",
         body=T("""
            I know this says not to reply but there doesn't seem to be anywhere else to go. This is the second invitation for this workspace and the link gives 'Error 500 - something went wrong' every time I click it, on two different browsers. Settlement is booked for {date} and the lender's solicitor cannot proceed until we are in. Please get someone to fix the invitation and ring me today on {phone}.

            {name}
            Gannet & Rowe
            """),
         short="Second invitation, same 'Error 500' on the link. Settlement is booked for {date}. Please fix it and call me today on {phone}. {name}",
         quote=("On {qdate}, PEXA Notifications wrote:", T("""
            You have been invited to join workspace {ws} as the acting practitioner for the buyer.

            Accept invitation: https://app.pexa.co.uk/invite/{token}
            This invitation expires in 48 hours.

            This is an automated message. Please do not reply to this email.""")),
         envs=["quote", "quote_html", "quote_typo", "quote_short"],
         labels=short_labels(c=True, cat="platform_defect"),
         note="A person's reply above a portal notification is human-written; a second broken invitation link "
              "with a settlement at risk and a demand to fix it is an implicit platform_defect complaint."),
    dict(id="s034", mailbox="pexa", kind="look", sub="signature-hours", firm="Thames Valley Mortgages",
         domain="tvmortgages.co.uk", sender=("person", "tvmortgages.co.uk"),
         subject="Fee invoice format",
         body=T("""
            {greet}

            Quick question - can your monthly invoice show the workspace number against each settlement fee? Our finance team matches them by hand at the moment. If that's a setting on our side, just tell me where to find it.

            Thanks
            {first}

            {name}
            Completions Team Leader | Thames Valley Mortgages
            My working days are Monday to Wednesday. I will reply to emails received on other days when I return.

            Sent from my iPhone
            """),
         short=T("""
            Can your monthly invoice show the workspace number next to each settlement fee? {first}

            My working days are Monday to Wednesday.
            Sent from my iPhone
            """),
         envs=["plain", "typo", "short"], labels=short_labels(),
         note="Working-hours lines and 'Sent from my iPhone' in a signature do not make mail automatic; the "
              "new text is a neutral service request, not a complaint."),
    dict(id="s035", mailbox="pexa", kind="look", sub="pasted-unsubscribe", domain="merrowlegal.co.uk",
         sender=("person", "merrowlegal.co.uk"),
         subject="Formal complaint - your marketing emails after I unsubscribed",
         body=T("""
            {greet}

            I have used the unsubscribe link at the bottom of your 'Platform News' emails three times since March and I am still getting them every week at my work address. I've pasted the footer of the latest one so you can see which list it is:

            "You are receiving this email because you are a registered PEXA user. Unsubscribe | Update preferences"

            I am a registered user because my firm requires it, not because I want marketing. Please treat this as a complaint. [[objection|I object to my details being used to send me marketing of any kind.]] I would also like to know why the unsubscribe link has been ignored.

            """) + "\n\n" + SIGN,
         subject_only="[[objection|I object to my details being used for marketing]] - unsubscribed 3 times, still getting Platform News. Formal complaint.",
         envs=["plain", "html", "typo", "subject_only"],
         labels=short_labels(c=True, ex=True, pd=True, r="objection", cat="personal_data"),
         note="A pasted unsubscribe footer does not make a person's message a newsletter; marketing continuing "
              "after opt-outs is data used unexpectedly (personal_data), 'I object ... marketing' = objection, "
              "explicit."),
    dict(id="s036", mailbox="pexa", kind="look", sub="forwarded-autoreply", firm="Selby Quince Conveyancing",
         domain="selbyquince.co.uk", sender=("person", "selbyquince.co.uk"),
         subject="Fw: Automatic reply: Our application to join the platform",
         body=T("""
            {greet}

            This is the reply I've had every time I've written to {pm} since {qdate}. It says he is away 'until further notice' and gives no one else to contact. Our application to join the platform went in five weeks ago, we have two purchases that need to settle through PEXA next month, and nobody has told us what is outstanding. Please can someone else pick up our application and tell us this week what you still need.

            {signoff}
            {name}
            Selby Quince Conveyancing

            ---------- Forwarded message ---------
            From: {pm}
            Subject: Automatic reply: Our application to join the platform

            Thank you for your email. I am currently out of the office until further notice. I will respond to your message on my return.
            """),
         envs=["plain", "html", "typo"], labels=short_labels(c=True, cat="onboarding"),
         note="A person forwarding an auto-reply with their own words on top is human-written; a stalled "
              "application with a demand for action is an implicit complaint, onboarding beating delay."),
    dict(id="s037", mailbox="pexa", kind="look", sub="template-sar", domain="personal", sender=("person", "personal"),
         subject="Subject Access Request",
         body=T("""
            Dear Data Protection Officer,

            RE: SUBJECT ACCESS REQUEST

            Full name: {name}
            Current address: {street}
            Property sold: {street2}, completed {qdate}

            I am writing to make a subject access request under Article 15 of the UK GDPR. [[access|Please supply a copy of all the personal data you hold about me.]] [[informed|Please also tell me the purposes for which you process it, who you have shared it with and where you obtained it if not from me.]]

            I understand you have one calendar month to respond. Please send the information to this email address.

            Yours faithfully,
            {name}
            """),
         envs=["plain", "html", "typo"], labels=short_labels(r="access,informed"),
         note="A consumer's template request is person-written; a copy of the data = access and purposes, "
              "recipients and source = informed, with no dissatisfaction so not a complaint."),
    dict(id="s038", mailbox="pexa", kind="look", sub="reply-to-newsletter", firm="Penhallow Law",
         domain="penhallowlaw.co.uk", sender=("person", "penhallowlaw.co.uk"),
         subject="Platform News - {month} issue",
         body=T("""
            {greet}

            I'm replying to your newsletter because it's the only place I've seen this. The issue below says per-workspace fees are frozen until the end of the year, but our invoice {inv} charges the new rate on all fourteen settlements we did in August. We budgeted on what you told us. Please confirm the frozen rate applies and credit the difference on our next invoice.

            {signoff}
            {name}
            Practice Manager, Penhallow Law
            """),
         quote=("On {qdate}, PEXA Platform News wrote:", T("""
            Good news for participants: per-workspace settlement fees will stay at current levels until the end of the year.

            You are receiving this email because you are a registered PEXA user. Unsubscribe | Update preferences""")),
         envs=["quote", "quote_html", "quote_typo"], labels=short_labels(c=True, cat="fees_charges"),
         note="A person's reply above a newsletter is not auto_generated; being charged the new per-workspace "
              "rate despite the announced freeze, with a credit demanded, is an implicit fees_charges complaint."),

    # ======================= Conexus: look-alikes a person wrote =====================================
    dict(id="s039", mailbox="conexus", kind="look", sub="formulaic-adviser", firm="Brightwater Money Advice",
         domain="brightwatermoneyadvice.org.uk", sender=("person", "brightwatermoneyadvice.org.uk"),
         subject="Client: {cname} - account {acct} - request to hold",
         body=T("""
            Dear Sir/Madam

            Client: {cname}
            Address: {street}
            Your reference: {acct}

            We have been approached by the above client for free debt advice and enclose their signed authority to act.

            We are preparing a full financial statement. Please hold all collection action on this account for 30 days while we do so, and note that all future contact should be made through this office.

            Please also send us a current statement of account and a copy of the signed credit agreement.

            This is a standard letter: we have not yet assessed whether our client disputes any balance.

            Yours faithfully

            {name}
            Debt Adviser, Brightwater Money Advice
            """),
         envs=["plain", "html", "typo"], labels=short_labels(tp=True),
         note="A money adviser's standard letter is person-written and third_party; holding action and asking "
              "for a statement and the credit agreement are not GDPR rights, and nothing is complained of."),
    dict(id="s040", mailbox="conexus", kind="look", sub="away-note", domain="personal", sender=("person", "personal"),
         subject="Going into hospital - account {acct}",
         body=T("""
            {greet}

            Just to let you know I'm going into hospital on {date} for an operation and will be off for about three weeks. My payment for next month is already set up so it should go out as normal. Please don't ring me while I'm in hospital - if anything comes up, my sister {cname_f} is happy to take a message on {mob}.

            """) + "\n\n" + SIGN,
         short="In hospital from {date} for about three weeks, payment already set up. Please don't ring me meanwhile - my sister {cname_f} can take a message on {mob}. {first}",
         envs=["plain", "typo", "short", "html"], labels=short_labels(),
         note="A person's own note about being away with someone else to call is not an out-of-office; no "
              "dissatisfaction, and 'don't ring me' is a contact preference, not a right."),
    dict(id="s041", mailbox="conexus", kind="look", sub="forwarded-bounce", domain="personal",
         sender=("person", "personal"),
         subject="Fwd: Undelivered Mail Returned to Sender",
         body=T("""
            {greet}

            I sent my payment plan offer to the email address on your letter on {qdate}. It bounced straight back (see below), and I sent it again a week later with the same result. Today I've had a letter saying I "failed to respond" and a £30 charge has been added to my balance. I did respond - your address didn't work. Please take the £30 off and look at the offer below.

            {signoff}
            {name}

            ---------- Forwarded message ---------
            From: Mail Delivery System <MAILER-DAEMON@{raddr_host}>
            Date: {qdate}
            Subject: Undelivered Mail Returned to Sender

            This is the mail system at host {raddr_host}.
            <payments@conexus-collect.co.uk>: host said: 550 5.1.1 User unknown

            Subject: Payment offer - account {acct}
            I can afford £{amt} a month from the 1st. Income and outgoings attached.
            """),
         envs=["plain", "html", "typo"], labels=short_labels(c=True, cat="fees_charges"),
         note="A forwarded bounce with the debtor's own words on top is human-written; a £30 charge added for "
              "'not responding' and a demand to remove it is an implicit fees_charges complaint."),
    dict(id="s042", mailbox="conexus", kind="look", sub="automatic-email-grievance", domain="personal",
         sender=("person", "personal"),
         subject="Complaint - automated reminders every day",
         body=T("""
            {greet}

            I agreed a payment plan with your agent on {qdate} and have paid on time since. Even so I get an automated text and an automated email from you every single morning telling me a payment is due, and twice now a 'final reminder' threatening further action. It is causing me real anxiety.

            I want to make a formal complaint about the number of these messages. [[informed|Please tell me what information about me your system uses to decide when to send them, and on what basis.]] And please stop the daily reminders while the plan is being kept.

            """) + "\n\n" + SIGN,
         short=T("""
            Formal complaint: an automated text and email every morning despite my plan being paid on time, plus two 'final reminders'. [[informed|Please tell me what information about me your system uses to decide when to send them, and on what basis.]]

            {name}
            """),
         envs=["plain", "html", "typo", "short"],
         labels=short_labels(c=True, ex=True, r="informed", cat="collection_conduct"),
         note="A complaint about automatic reminders is a person's mail; the grievance is contact frequency "
              "(collection_conduct, explicit), the explanation of what data drives them = informed, and "
              "personal_data stays false."),
    dict(id="s043", mailbox="conexus", kind="look", sub="reply-to-notification", domain="personal",
         sender=("person", "personal"),
         subject="Your payment could not be taken - {acct}",
         body=T("""
            {greet}

            This is the third time your portal has told me a payment failed when my bank statement shows it left my account on the due date. Each time I then get a letter saying I've broken the arrangement. [[automated_decision|Before any arrangement is cancelled or any charge added because of these alerts, I want a member of staff to look at my account, not your system.]] Please check and write back to confirm the payments are on the account.

            """) + "\n\n" + SIGN,
         quote=("On {qdate}, Conexus Online wrote:", T("""
            Your scheduled payment of £{amt}.00 for account {acct} could not be taken.

            Please log in to make a payment today to avoid further action.

            This is an automated message - replies to this address are not monitored.""")),
         envs=["quote", "quote_html", "quote_typo"],
         labels=short_labels(c=True, r="automated_decision", cat="platform_defect"),
         note="A debtor's reply above an automatic portal alert is human-written; false 'payment failed' "
              "alerts a third time is an implicit platform_defect complaint, and a person rather than the "
              "system deciding = automated_decision."),
    dict(id="s044", mailbox="conexus", kind="look", sub="signature-hours", domain="lumenwater.co.uk",
         sender=("person", "lumenwater.co.uk"),
         subject="Hold request - account {acct}",
         body=T("""
            {greet}

            Please place the above account on hold with immediate effect. The customer has raised a billing query with us about the final meter reading and we need to investigate before any further collection activity. I'll confirm within 14 days whether the balance stands.

            Thanks
            {name}
            Recoveries Analyst | Lumen Water
            I work Tuesday to Thursday. Emails received outside these days will be dealt with on my return.
            Sent from my Samsung Galaxy smartphone.
            """),
         short=T("""
            Please put {acct} on hold - customer has a billing query with us on the final read. Will confirm within 14 days.

            {first}, Lumen Water
            I work Tuesday to Thursday.
            Sent from my Samsung Galaxy smartphone.
            """),
         envs=["plain", "typo", "short"], labels=short_labels(),
         note="A creditor's routine hold instruction with working-days and phone lines in the signature is "
              "person-written; staff writing for their own firm are not third_party and there is no complaint."),
    dict(id="s045", mailbox="conexus", kind="look", sub="pasted-unsubscribe", domain="personal",
         sender=("person", "personal"),
         subject="Mailing list",
         body=T("""
            {greet}

            I'm getting your 'settle for less' offer emails, the ones that end: "To stop receiving these emails, reply UNSUBSCRIBE". So: UNSUBSCRIBE. [[objection|I object to my email address being used for marketing offers.]] Letters about my actual account are fine to keep sending by post.

            """) + "\n\n" + SIGN,
         short="UNSUBSCRIBE. [[objection|I object to my email address being used for marketing offers.]] Account letters by post are fine. {first}",
         envs=["plain", "short", "html"], labels=short_labels(r="objection"),
         note="A pasted unsubscribe line is the person's own reply, not list mail; 'I object ... marketing' = "
              "objection, said calmly, so not a complaint."),
    dict(id="s046", mailbox="conexus", kind="look", sub="formulaic-solicitor", firm="Cardew Lister Solicitors",
         domain="cardewlister.co.uk", sender=("person", "cardewlister.co.uk"),
         subject="Our client: {cname} - your ref {acct}",
         body=T("""
            Dear Sirs

            Our client: {cname}
            Your reference: {acct}
            Original creditor: Sterling Credit Loans

            We are instructed by the above client in relation to your letters of {qdate} and the following fortnight demanding payment of £{big}.

            Our client's last payment to the original creditor was made in 2017 and no acknowledgement of the debt has been given since. The debt is therefore statute-barred and our client denies that any sum is recoverable. Your letters threaten proceedings which cannot be brought, and we require you to cease collection activity and confirm that you have done so within 14 days.

            [[access|With our client's enclosed authority, please also provide a copy of all personal data you hold about our client, including notes of calls and copies of letters sent.]]

            Yours faithfully

            Cardew Lister Solicitors
            """),
         envs=["plain", "html", "typo"],
         labels=short_labels(c=True, r="access", tp=True, cat="debt_dispute"),
         note="A formulaic solicitor's letter is person-written; disputing a statute-barred debt Conexus keeps "
              "pursuing is an implicit debt_dispute complaint (Conexus's own conduct, firm null), access, "
              "third_party."),
    dict(id="s047", mailbox="conexus", kind="look", sub="formulaic-mp", domain="parliament.uk",
         sender=("person", "parliament.uk"),
         subject="Constituent: {cname_f} ({postcode})",
         body=T("""
            Dear Sir or Madam,

            I am writing on behalf of my constituent, {cname_f}, of {street}, who has contacted {mp} MP about your company's collection of a debt on behalf of Pennant Mobile.

            My constituent tells us that your agents have telephoned her at her workplace on several occasions, including after she asked them not to, and that she has found this extremely distressing.

            I would be grateful if you could look into these concerns and let me have a response that I can share with my constituent. Her signed consent is attached.

            Yours faithfully,

            {name}
            Caseworker to {mp} MP
            """),
         envs=["plain", "html", "typo"],
         labels=short_labels(c=True, tp=True, cat="collection_conduct"),
         note="An MP caseworker's formulaic letter is person-written; workplace calls continuing after a "
              "request to stop, with a response expected, is an implicit collection_conduct complaint, "
              "third_party; Pennant is only the creditor."),
    dict(id="s048", mailbox="conexus", kind="look", sub="reply-to-autoack", domain="personal",
         sender=("person", "personal"),
         subject="Payments on account {acct}",
         body=T("""
            {greet}

            Your automatic reply below promised an answer within 24 hours. That was nine days ago. I asked a simple question about whether my last two payments had reached the account, and I've had nothing since except another reminder letter. Please answer it.

            """) + "\n\n" + SIGN,
         short="Nine days since your automatic reply promised an answer within 24 hours. Still nothing about whether my last two payments arrived. Please reply. {first}",
         quote=("On {qdate}, Conexus wrote:", T("""
            Thank you for your email. This is an automatic acknowledgement.

            We aim to reply to all emails within 24 hours. Your reference is {ref}.""")),
         envs=["quote", "quote_html", "quote_typo", "quote_short"], labels=short_labels(c=True, cat="delay"),
         note="A person's chaser above our auto-acknowledgement is not auto_generated; 'nine days' with no "
              "answer is a still-waiting chaser, an implicit delay complaint."),

    # ======================= PEXA: ordinary mail ==================================================
    dict(id="s049", mailbox="pexa", kind="plain", sub="complaint", firm="Ashby Crane Solicitors",
         domain="ashbycrane.co.uk", sender=("person", "ashbycrane.co.uk"),
         subject="Complaint - settlement failed on workspace {ws}",
         body=T("""
            {greet}

            I am writing to complain about yesterday's failed settlement on workspace {ws}. The platform showed 'Financial settlement in progress' from 11:40 until after 4pm and then failed with a system error; your support desk confirmed the fault was at your end. Our clients could not collect their keys and had to stay in a hotel with two children, and the chain above them was held up.

            Please explain what went wrong and confirm that PEXA will cover the hotel cost and our additional work.

            {signoff}
            {name}
            Ashby Crane Solicitors
            """),
         envs=["plain", "html", "typo"], labels=short_labels(c=True, ex=True, cat="platform_defect"),
         note="A law firm's own complaint ('I am writing to complain') about a system-error settlement "
              "failure: explicit, platform_defect, not third_party."),
    dict(id="s050", mailbox="pexa", kind="plain", sub="enquiry", firm="Kestrel Building Society",
         domain="kestrelbs.co.uk", sender=("person", "kestrelbs.co.uk"),
         subject="VAT on settlement fees",
         body=T("""
            {greet}

            Could you confirm whether the per-workspace settlement fee on your monthly invoice includes VAT, and whether you can send a VAT summary for the last quarter? Our auditors have asked for it by the end of the month.

            """) + "\n\n" + SIGN,
         subject_only="Do your per-workspace fees include VAT? Need a quarterly VAT summary for our auditors",
         envs=["plain", "html", "subject_only"], labels=short_labels(),
         note="A neutral question about fees is an enquiry: not a complaint, category none."),
    dict(id="s051", mailbox="pexa", kind="plain", sub="consumer-complaint", domain="personal",
         sender=("person", "personal"),
         subject="My conveyancer - Marsh and Penrose",
         body=T("""
            {greet}

            I'm buying {street} and my conveyancer is Marsh and Penrose in Exeter. They told me the purchase would settle through PEXA, so I'm hoping you can do something. The person handling my file has been rude to me twice on the phone, told me to stop ringing, and hung up when I asked why the searches hadn't been ordered. I feel like a nuisance for asking basic questions about the biggest purchase of my life. Can you get someone there to deal with me properly?

            """) + "\n\n" + SIGN,
         envs=["plain", "typo", "html"],
         labels=short_labels(c=True, cat="service_quality", firm="mpc"),
         note="A buyer's grievance purely about her own conveyancer (Marsh & Penrose, a participant firm) is "
              "an implicit complaint to forward: about_other_firm=mpc, service_quality."),
    dict(id="s052", mailbox="pexa", kind="plain", sub="complaint", firm="Okonedo Partners",
         domain="okonedopartners.co.uk", sender=("person", "okonedopartners.co.uk"),
         subject="Settlement training for new starters",
         body=T("""
            {greet}

            We booked our three new paralegals onto your 'Settlement essentials' webinar on {qdate} and it was cancelled an hour before it started. We were told to use the recording instead, but the link in your email goes to a page saying the video is no longer available. They cannot be given platform access until they have done the course, so they are sitting idle. Please either fix the link or give us a date for a live session this month, and let me know today.

            {signoff}
            {name}
            Okonedo Partners
            """),
         reply=("On {qdate}, PEXA Training wrote:", T("""
            Dear participant,

            Unfortunately today's Settlement essentials session has been cancelled. Please watch the recording instead, using the link below.

            PEXA Training Team""")),
         envs=["plain", "typo", "reply", "reply_html"], labels=short_labels(c=True, cat="training"),
         note="A cancelled session and a dead recording link with a demand to fix it is an implicit complaint; "
              "training beats delay as the specific theme."),
    dict(id="s053", mailbox="pexa", kind="plain", sub="rights-request", domain="vantagehomeslaw.co.uk",
         sender=("person", "vantagehomeslaw.co.uk"),
         subject="Name change on my user profile",
         body=T("""
            {greet}

            I got married in June and my surname has changed from {old} to {last}. [[rectification|Please update the name on my PEXA user profile and on my training certificates to {name}.]] [[portability|Could you also send me my training record as a CSV file so I can upload it to our firm's new CPD system?]]

            No rush, and thanks for your help.

            """) + "\n\n" + SIGN,
         short="[[rectification|Please update the name on my PEXA user profile and on my training certificates to {name}.]] [[portability|Could you also send me my training record as a CSV file so I can upload it to our firm's new CPD system?]] Thanks, {first}",
         envs=["plain", "html", "typo", "short"], labels=short_labels(r="rectification,portability"),
         note="A neutral request: correct my name = rectification, training record as CSV for another system = "
              "portability; no dissatisfaction, so not a complaint."),
    dict(id="s054", mailbox="pexa", kind="plain", sub="complaint", firm="Hexley Conveyancing",
         domain="hexleyconveyancing.co.uk", sender=("person", "hexleyconveyancing.co.uk"),
         subject="Wrong settlement statement sent to us - complaint",
         body=T("""
            {greet}

            This morning your support desk replied to our query about workspace {ws} and attached a settlement statement for a completely different matter: another firm's clients, their names, the property address and the account details for their mortgage funds. We have not opened it beyond seeing what it was, and we have deleted it.

            I'm raising this as a complaint because it is the second time in a month your support team has sent us the wrong attachment, and I need to know what you are doing to stop it happening again. Please confirm you have told the other firm.

            {signoff}
            {name}
            Hexley Conveyancing
            """),
         envs=["plain", "html", "typo"],
         labels=short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
         note="Another firm's clients' data sent to the wrong firm is a breach; the explicit complaint is about "
              "that disclosure (personal_data); 'we have deleted it' is not an erasure request."),

    # ======================= Conexus: ordinary mail ===============================================
    dict(id="s055", mailbox="conexus", kind="plain", sub="complaint", domain="personal", sender=("person", "personal"),
         subject="Couldn't get through again",
         body=T("""
            {greet}

            I've tried to ring your payments line three times this week to set up a plan. Yesterday I held for 47 minutes and then the line went dead. Today the recorded message said you were experiencing high call volumes and cut me off. I am trying to pay you. Please ring me on {mob} after 5pm or tell me another way to do this.

            """) + "\n\n" + SIGN,
         subject_only="rang 3 times this week, 47 mins on hold then cut off - please call me back on {mob} after 5",
         envs=["plain", "typo", "subject_only", "html"], labels=short_labels(c=True, cat="wait_time"),
         note="Repeated long holds and cut-off calls with a call-back demanded: implicit complaint, wait_time "
              "(waiting to reach someone)."),
    dict(id="s056", mailbox="conexus", kind="plain", sub="complaint", domain="personal", sender=("person", "personal"),
         subject="Account {acct} - Northline bills were estimates",
         body=T("""
            {greet}

            You've written to me about £{big} that you say I owe Northline Energy. That balance is made up of estimated bills - Northline never read the meter in 18 months, and when I finally sent them a photo of the reading it showed they had overcharged me by hundreds. They still haven't corrected the account. I don't owe the amount you're asking for and I want this sorted out with them before anyone chases me for it.

            """) + "\n\n" + SIGN,
         reply=(CX_HEAD, T("""
            Dear {title},

            Our client Northline Energy has instructed us to collect the outstanding balance on your former account. Please contact us to discuss payment.

            Conexus""")),
         envs=["plain", "typo", "reply", "reply_html"],
         labels=short_labels(c=True, cat="debt_dispute", firm="nte"),
         note="The balance is wrong because of the creditor's own estimated billing, which only Northline can "
              "fix: implicit debt_dispute complaint, about_other_firm=nte."),
    dict(id="s057", mailbox="conexus", kind="plain", sub="complaint", domain="personal", sender=("person", "personal"),
         subject="Complaint about calls to my father - account {acct}",
         body=T("""
            {greet}

            I'm writing on behalf of my father, {cname_m}, who has vascular dementia. I hold lasting power of attorney for his finances and have attached it. On {qdate} one of your agents kept him on the phone for forty minutes and got him to agree to pay £{amt} a month by card, which he cannot afford and did not understand. He was very upset afterwards.

            This is a formal complaint about how he was treated. Please cancel that arrangement and deal with me from now on. [[access|Please also send me copies of the recordings of all your calls with him this year.]]

            """) + "\n\n" + SIGN,
         envs=["plain", "html", "typo"],
         labels=short_labels(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
         note="A son or daughter with power of attorney (third_party) makes a formal complaint about pressure on a "
              "vulnerable debtor (collection_conduct); call recordings = access, personal_data false."),
    dict(id="s058", mailbox="conexus", kind="plain", sub="enquiry", domain="personal", sender=("person", "personal"),
         subject="Change payment date - {acct}",
         body=T("""
            {greet}

            My pay date is moving from the 28th to the 15th from next month. Can my monthly payment of £{amt} be moved to the 16th please? Everything else can stay the same.

            """) + "\n\n" + SIGN,
         subject_only="Please move my £{amt} payment from the 28th to the 16th - account {acct}",
         envs=["plain", "subject_only", "html", "short"],
         short="Can my £{amt} payment move to the 16th from next month? New pay date. {first}",
         labels=short_labels(),
         note="A routine service request (change of payment date) is not a complaint."),
    dict(id="s059", mailbox="conexus", kind="plain", sub="complaint", domain="personal", sender=("person", "personal"),
         subject="How did you get my work number?",
         body=T("""
            {greet}

            One of your collectors rang me on my office landline this afternoon. I have never given that number to you or to the original creditor, and I had to take the call at my desk in front of colleagues. [[informed|I want to know where you got this number and what right you think you have to use it.]] [[restriction|Until you've answered, do not use that number for anything.]]

            """) + "\n\n" + SIGN,
         short="[[informed|I want to know where you got this number and what right you think you have to use it.]] Your collector rang my office landline today, a number I never gave you. [[restriction|Until you've answered, do not use that number for anything.]] {first}",
         envs=["plain", "typo", "short", "html"],
         labels=short_labels(c=True, pd=True, r="informed,restriction", cat="personal_data"),
         note="A number obtained and used unexpectedly is a data-handling grievance (personal_data, implicit); "
              "source and basis = informed, 'don't use it until answered' = restriction; nothing disclosed, so "
              "no breach."),
    dict(id="s060", mailbox="conexus", kind="plain", sub="complaint", firm="Heathcote Bank", domain="heathcotebank.co.uk",
         sender=("person", "heathcotebank.co.uk"),
         subject="Late collections reports - formal complaint",
         body=T("""
            {greet}

            Your monthly collections report for our placed accounts is due on the fifth working day of each month under our agreement. For {month} it arrived on the 19th, and this month we still don't have it. I have raised this with our relationship manager twice. I am now making a formal complaint, because our own board reporting depends on these figures. Please confirm a date for this month's report and what you will do to make sure it is on time from now on.

            {signoff}
            {name}
            Collections Oversight Manager, Heathcote Bank
            """),
         envs=["plain", "html", "typo"], labels=short_labels(c=True, ex=True, cat="delay"),
         note="A creditor client's own formal complaint about late reports: explicit, delay; staff writing for "
              "their employer are not third_party and Heathcote is the complainant, not the subject."),
]

KIND = {s["id"]: s["kind"] for s in SCENARIOS}


# ---------------------------------------------------------------------------------------------
# rendering


def sender_of(rng, scn, v):
    kind, spec = scn["sender"]
    if kind == "machine":
        display, addr = spec[rng.randrange(len(spec))]
        return fmt(display, v), fmt(addr, v)
    addr = person_address(rng, v, spec)
    return v["name"], addr


def render(rng, scn, env):
    v = fill_values(rng, scn)
    v["raddr_host"] = v["raddr"].split("@")[1]
    v["rlocal"] = v["raddr"].split("@")[0]
    v["mp_local"] = clean(v["mp"].split()[1]) + "." + clean(v["mp"].split()[0])[0]
    display, addr = sender_of(rng, scn, v)
    v["addr"] = addr
    v["sender_host"] = addr.split("@")[1]
    v["sign"] = fmt(SIGN, v)
    subject = fmt(scn["subject"], v)
    body_t = scn["body"]
    if env in ("short", "quote_short"):
        body_t = scn["short"]
    elif env == "alt":
        subject = fmt(scn["alt"][0], v)
        body_t = scn["alt"][1]
    elif env == "subject_only":
        subject = fmt(scn["subject_only"], v)
        body_t = ""
    marked = fmt(body_t, v)
    if env in ("typo", "quote_typo"):
        marked = typos_outside_marks(marked, rng, MARK_RIGHTS, 0.35, stop="----------")
    subject_marks = rights_marks_of(subject)
    subject = strip_marks(subject, MARK_RIGHTS)
    body_marks = rights_marks_of(marked)
    body = strip_marks(marked, MARK_RIGHTS)
    quote = None
    if env.startswith("quote"):
        quote = (fmt(scn["quote"][0], v), fmt(scn["quote"][1], v))
    elif env.startswith("reply"):
        quote = (fmt(scn["reply"][0], v), fmt(scn["reply"][1], v))
    html = env.endswith("html") or env == "html"
    headers = {k: fmt(h, v) for k, h in scn.get("headers", {}).items()}
    return finish_marked_record(rng, mailbox=scn["mailbox"], sender=f"{display} <{addr}>", subject=subject,
                                body=body, html=html, quote=quote, subject_marks=subject_marks,
                                body_marks=body_marks, labels=scn["labels"], note=scn["note"],
                                source=f"{PREFIX}-{scn['id']}", env=env, headers=headers)


def build(rng):
    records = []
    for scn in SCENARIOS:
        if "subject_only" in scn["envs"]:  # every scenario that has a subject-only version gets it once
            envs = ["subject_only", rng.choice([e for e in scn["envs"] if e != "subject_only"])]
        else:
            envs = rng.sample(scn["envs"], 2)
        for env in envs:
            records.append(render(rng, scn, env))
    return records


def summary(records, env_counts):
    n = len(records)
    srcs = collections.OrderedDict()
    for r in records:
        srcs.setdefault(r["source"], r)
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {n} emails, {len(srcs)} scenarios"]
    kinds = collections.Counter(KIND[r["source"].split("-", 1)[1]] for r in records)
    lines.append("kinds (emails): " + ", ".join(f"{k} {kinds[k]}" for k in ("auto", "look", "plain")))
    mb = collections.Counter(r["mailbox"] for r in records)
    lines.append(f"mailboxes (emails): pexa {mb['pexa']}, conexus {mb['conexus']}")
    for key in ("auto_generated", "complaint", "explicit", "third_party", "personal_data", "breach"):
        e = sum(r["labels"][key] for r in records)
        s = sum(r["labels"][key] for r in srcs.values())
        lines.append(f"{key}: {e} emails, {s} scenarios")
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in r["labels"]["rights"] for r in srcs.values())
        lines.append(f"right {right}: {e} emails, {s} scenarios")
    auto_hdr = sum(1 for r in srcs.values() if r["labels"]["auto_generated"] and r["headers"])
    auto_all = sum(1 for r in srcs.values() if r["labels"]["auto_generated"])
    lines.append(f"auto scenarios with headers: {auto_hdr} of {auto_all}")
    lines.append(f"html bodies: {sum(r['html'] for r in records)}; with headers: "
                 f"{sum(bool(r['headers']) for r in records)}; empty body: {sum(not r['body'] for r in records)}")
    lines.append("envelopes: " + ", ".join(f"{k} {env_counts[k]}" for k in sorted(env_counts)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
