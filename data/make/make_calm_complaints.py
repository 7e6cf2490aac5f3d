#!/usr/bin/env python3
"""Write data/trials/calm_complaints.jsonl (a trial file, not in the training folder: see data/README.md): calm, implicit complaints and their calm near misses.

Usage:  python data/make/make_calm_complaints.py        (stdlib only, deterministic: seed 20261208)

About 100 hand-written scenarios for the pexa and conexus mailboxes. Most are complaints under the FCA
definition (dissatisfaction with the receiving firm's service, staff or handling, with a response or remedy
expected) written politely, matter-of-factly and almost always without the word "complaint". The rest are near
misses in the same register and on the same topics that are not complaints (no dissatisfaction with the firm,
or nothing expected back). Each scenario is one email written by hand (its labels and note are decided once,
by the labelling guide) and is rendered 2-3 times in different envelopes: sender from the scenario's role,
greeting, sign-off, short or long signature with a legal disclaimer, a letter-edit typo or two, HTML, a quoted
earlier reply from the firm, and, where the scenario supplies one, a one-line, non-native-English or
subject-only rewrite. Every variant of a scenario shares its `source` (cc-s001 ...).

The author read only the labelling guide and its worked examples, the two firms' policies, the regulations
notes and the firm directory.
"""
import os

from labelled_mail import edit_words, html_with_quote, quote_lines, run_generator, short_labels

SEED = 20261208
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "calm_complaints.jsonl")

# ---------------------------------------------------------------------------------------------
# senders

FIRST = ["Alison", "Ben", "Chloe", "Daniel", "Eleanor", "Farah", "George", "Hannah", "Ian", "Joanna",
         "Kamal", "Laura", "Matthew", "Nadia", "Oliver", "Philippa", "Rajesh", "Sarah", "Thomas", "Una",
         "Victoria", "William", "Yasmin", "Zoe", "Adebola", "Bronwen", "Ciaran", "Deborah", "Emeka", "Fiona",
         "Gurpreet", "Hamish", "Ingrid", "Jonathan", "Kirsty", "Lewis", "Mei", "Niall", "Olumide", "Rhiannon"]
LAST = ["Ashworth", "Bannerman", "Chowdhury", "Delaney", "Ellwood", "Fairclough", "Gallagher", "Hargreaves",
        "Iqbal", "Jenkins", "Kowalski", "Lindsay", "McAllister", "Nwosu", "Osei", "Pemberton", "Quinlan",
        "Rowntree", "Sandhu", "Thackeray", "Underwood", "Varga", "Whitcombe", "Yeoman", "Abernethy", "Brennan",
        "Castellano", "Dunmore", "Evans", "Fitzgerald", "Griffiths", "Holloway", "Ibrahim", "Jarvis", "Kerr",
        "Lomax", "Mistry", "Nakamura", "O'Hare", "Pryce"]

# role: organisations (name, domain, address line, regulator line) and job titles; None = a private person
ROLES = {
    "law": ([("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "3 Orchard Lane, Stockport SK1 3EJ", "sra"),
             ("Greyfriars Law LLP", "greyfriarslaw.co.uk", "8 Greyfriars Place, Edinburgh EH1 2QQ", "sra"),
             ("Pickering Stowe LLP", "pickeringstowe.co.uk", "41 Castle Street, Shrewsbury SY1 2BW", "sra"),
             ("Atherton & Vale Solicitors", "athertonvale.co.uk", "12 Bridge Street, Chester CH1 1NQ", "sra"),
             ("Fenwick Hale Property Lawyers", "fenwickhale.com", "Unit 4, Quayside, Newcastle NE1 3DX", "clc"),
             ("Moorcroft Conveyancing", "moorcroftconveyancing.co.uk", "2 Market Hill, Barnsley S70 1AA", "clc"),
             ("Lister Brandon LLP", "listerbrandon.co.uk", "90 Colmore Row, Birmingham B3 2AA", "sra")],
            ["Conveyancing Paralegal", "Senior Conveyancer", "Partner, Residential Property", "Completions Manager",
             "Practice Manager", "Associate Solicitor", "Head of Post-Completion", "Licensed Conveyancer"]),
    "lender": ([("Heathcote Bank", "heathcotebank.co.uk", "1 Market Square, Leeds LS1 6DB", "pra"),
                ("Kestrel Building Society", "kestrelbs.co.uk", "Kestrel House, 14 Abbey Road, Northampton NN1 5AX", "pra"),
                ("Saltmarsh Building Society", "saltmarshbs.co.uk", "The Causeway, Boston PE21 6AA", "pra"),
                ("Ridgeway Mortgages", "ridgewaymortgages.co.uk", "Ridgeway House, Swindon SN1 1BD", "fca")],
               ["Mortgage Completions Officer", "Completions Team Leader", "Head of Mortgage Operations",
                "Redemptions Manager", "Finance Operations Analyst"]),
    "agent": ([("Lexmark Risk & Compliance", "lexmarkrisk.co.uk", "5 Temple Row, Birmingham B2 5LG", "co"),
               ("Conveyancing Practice Support Ltd", "cpsupport.co.uk", "17 High Street, Reading RG1 2EF", "co")],
              ["Compliance Consultant", "Director", "Client Services Manager"]),
    "adviser": ([("Moorside Money Advice", "moorsidemoneyadvice.org.uk", "Moorside Centre, Bolton BL1 4DQ", "charity"),
                 ("Tyne Valley Debt Advice", "tynevalleydebt.org.uk", "22 Front Street, Hexham NE46 3AB", "charity"),
                 ("Southbank Citizens Money Service", "southbankmoney.org.uk", "4 Lambeth Walk, London SE11 6DX", "charity")],
                ["Money Adviser", "Debt Caseworker", "Senior Money Adviser", "Specialist Debt Adviser"]),
    "solicitor": ([("Carver Pelling Solicitors", "carverpelling.co.uk", "6 Church Street, Wakefield WF1 1HP", "sra"),
                   ("Holm & Radley LLP", "holmradley.co.uk", "30 Queen Square, Bristol BS1 4ND", "sra")],
                  ["Solicitor", "Associate", "Trainee Solicitor", "Partner, Dispute Resolution"]),
    "mp": ([("Office of Gemma Rayworth MP", "parliament.uk", "House of Commons, London SW1A 0AA", "none"),
            ("Office of David Okonkwo MP", "parliament.uk", "House of Commons, London SW1A 0AA", "none")],
           ["Caseworker", "Senior Caseworker", "Parliamentary Assistant"]),
    "creditor": ([("Lumen Water", "lumenwater.co.uk", "Lumen House, Riverside Way, Derby DE1 3GN", "co"),
                  ("Northline Energy", "northline-energy.co.uk", "PO Box 912, Newcastle upon Tyne NE99 1NE", "co"),
                  ("Pennant Mobile", "pennantmobile.co.uk", "Pennant Tower, 5 Canal Street, Birmingham B1 2JA", "co"),
                  ("Sterling Credit Loans", "sterlingcredit.co.uk", "Sterling House, 40 Deansgate, Manchester M3 2EG", "fca")],
                 ["Collections Partner Manager", "Recoveries Manager", "Credit Control Lead", "Debt Recovery Analyst",
                  "Head of Collections Strategy"]),
    "person": (None, None),
}
MAILDOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com",
               "sky.com", "virginmedia.com"]
DISCLAIMERS = {
    "sra": ("This email and any attachments are confidential and may be legally privileged. If you have received it "
            "in error, please tell the sender and delete it. {org} is authorised and regulated by the Solicitors "
            "Regulation Authority. We will never tell you about a change to our bank details by email."),
    "clc": ("{org} is regulated by the Council for Licensed Conveyancers. This message is confidential and intended "
            "for the addressee only. Cyber-crime warning: always telephone us to confirm bank details before sending money."),
    "pra": ("{org} is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
            "Authority and the Prudential Regulation Authority. This email is confidential; if you are not the intended "
            "recipient please notify the sender and delete it."),
    "fca": ("{org} is authorised and regulated by the Financial Conduct Authority. This email and its attachments are "
            "confidential and for the use of the addressee only."),
    "charity": ("{org} is a registered charity and company limited by guarantee. The information in this email is "
                "confidential and is intended solely for the addressee."),
    "co": ("{org} is registered in England and Wales. This email is confidential. If you have received it in error "
           "please notify the sender immediately and do not copy or forward it."),
    "none": ("This email is confidential and intended for the named recipient. If you have received it in error "
             "please let us know and delete it."),
}
GREET_PRO = {"pexa": ["Dear Sir or Madam,", "Dear PEXA team,", "Good morning,", "Good afternoon,", "Hello,",
                      "Hi,", "Dear Support team,", "Hello PEXA,"],
             "conexus": ["Dear Sir or Madam,", "Dear Conexus,", "Good morning,", "Good afternoon,", "Hello,",
                         "Dear Sirs,", "Dear Customer Services,"]}
GREET_PERSON = ["Hi,", "Hello,", "Hello there,", "Good morning,", "To whom it may concern,", "Dear Sir/Madam,", ""]
SIGNOFF = ["Kind regards,", "Regards,", "Many thanks,", "Best regards,", "Thanks,", "With thanks,",
           "Yours faithfully,", "Thank you,", "Best wishes,"]

FIRM_REPLY = {
    "pexa": ("On {date}, PEXA Support <support@pexa.co.uk> wrote:",
             "Thank you for contacting PEXA Support. Your request has been logged as {ref} and a member of the "
             "team will be in touch within two business days.\n\nKind regards,\nPEXA Operational Support"),
    "conexus": ("On {date}, Conexus Customer Services <customerservices@conexus.co.uk> wrote:",
                "Thank you for your email. We have added it to your account and one of our team will respond "
                "shortly. Please quote your reference in any further correspondence.\n\nConexus Customer Services"),
}
DATES = ["Mon, 3 Nov 2025 at 09:14", "Tue, 11 Nov 2025 at 16:02", "Wed, 19 Nov 2025 at 11:47",
         "Thu, 27 Nov 2025 at 14:30", "Fri, 5 Dec 2025 at 10:05", "Mon, 8 Dec 2025 at 15:51"]


def make_sender(rng, role, mailbox):
    """(from header, signature parts) for a random person of the role."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    orgs, titles = ROLES[role]
    if orgs is None:
        local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
                            f"{last}.{first[0]}"]).lower().replace("'", "")
        return f"{first} {last} <{local}@{rng.choice(MAILDOMAINS)}>", dict(first=first, name=f"{first} {last}")
    org, domain, addr, reg = rng.choice(orgs)
    title = rng.choice(titles)
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first[0]}{last}"]).lower().replace("'", "")
    shown = f"{first} {last} ({org})" if role == "mp" else f"{first} {last}"
    phone = f"0{rng.randrange(113, 199)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    return f"{shown} <{local}@{domain}>", dict(first=first, name=f"{first} {last}", org=org, title=title,
                                                addr=addr, phone=phone, disclaimer=DISCLAIMERS[reg].format(org=org))


def signature(info, style):
    """short: first name or name; std: name, title and organisation; long: plus phone, address, disclaimer."""
    if style == "short":
        return info["first"] if "org" not in info else info["name"]
    if "org" not in info:
        return info["name"] if style == "std" else info["name"] + "\nSent from my iPhone"
    if style == "std":
        return f"{info['name']}\n{info['title']} | {info['org']}"
    return (f"{info['name']}\n{info['title']}\n{info['org']}\nT: {info['phone']}\n{info['addr']}\n\n"
            f"{info['disclaimer']}")


# ---------------------------------------------------------------------------------------------
# scenarios: S(mailbox, role, labels, subject, body, note, quote=..., alts=...)
# quote: the firm's earlier reply the writer answers; a scenario whose body refers to it ("below") sets always=True.
# alts: rewrites used as extra variants: ("short", subject, body), ("nonnative", subject, body) or
#       ("subject_only", subject, "").

SCENARIOS = []


def S(mailbox, role, lab, subject, body, note, quote=None, always=False, alts=()):
    SCENARIOS.append(dict(source=f"cc-s{len(SCENARIOS) + 1:03d}", mailbox=mailbox, role=role, labels=lab,
                          subject=subject, body=body.strip("\n"), note=note, quote=quote, always=always,
                          alts=list(alts)))


def C(cat, **kw):
    """labels of a complaint (implicit unless ex=True)."""
    return short_labels(c=True, cat=cat, **kw)


def N(**kw):
    """labels of a near miss (not a complaint)."""
    return short_labels(**kw)

# ---------------------------------------------------------------------------------------------
# PEXA: calm complaints

S("pexa", "law", C("fees_charges"), "Invoice INV-UK-1125-0412",
  """Workspace 31-88417 appears twice on invoice INV-UK-1125-0412 (lines 14 and 15, £26.00 each). Please credit one of them and confirm.""",
  "A one-line note that PEXA billed one workspace fee twice, with a credit requested: matter-of-fact but still dissatisfaction plus a remedy expected, so an implicit complaint about fees_charges.",
  alts=[("subject_only", "INV-UK-1125-0412: workspace 31-88417 charged twice - please credit one", "")])

S("pexa", "law", C("platform_defect"), "Settlement on 31-87002 (14 Hawthorn Drive) - what happened?",
  """Settlement on workspace 31-87002 was booked for 12.00 yesterday. Everything was signed and funded by 11.30, but the workspace sat at 'Preparing for settlement' until 14.40 with no message of any kind, and the funds did not move until just after 15.00. Our client got the keys late in the afternoon and the estate agent had to stay on past closing to hand them over.

We could see nothing wrong on our side and your status page showed no issues. Could you confirm what happened with this settlement, and whether there is anything we should be doing differently? If it was a platform problem we would also like to know that it has been dealt with.""",
  "A law firm reports a settlement held up by the platform and asks PEXA to confirm what went wrong: a failure of PEXA's system with an explanation expected, so an implicit complaint, platform_defect.",
  alts=[("short", "31-87002 stuck at 'Preparing for settlement'",
         "31-87002 sat at 'Preparing for settlement' from 12.00 to 14.40 yesterday with no error and no status page notice - please confirm what went wrong.")])

S("pexa", "law", C("process"), "Annual participant review - same documents three times",
  """We have just completed this year's participant review. The process requires the COLP declaration, the insurance confirmation and the bank account confirmation to be uploaded as three separate submissions, and each submission must carry its own certified copy of the COLP's passport and proof of address. So the same two documents have been certified and sent to you three times, for one review, and the same happened last year.

This is not a good use of anyone's time and the certification costs us money each time. Could the review be changed so that identity documents are provided once per review, and could you confirm that our review for this year is now complete?""",
  "The grievance is PEXA's own review rule, which makes the firm certify and send the same documents three times; a change and a confirmation are requested, so an implicit complaint with category process.")

S("pexa", "law", C("wait_time"), "Support line on Friday afternoon",
  """On Friday afternoon, with two completions waiting on a discharge query, our paralegal held on the support line for 47 minutes before the call dropped. When she rang back the message said the estimated wait was 'over 30 minutes'. We eventually got an answer by email at 5.40pm, after both completions had slipped to Monday.

We appreciate Fridays are busy, but on a completion day that wait is not workable for us. Could you tell us what answer times we should expect on the support line, and whether there is a priority route for issues that are holding up a same-day settlement?""",
  "Dissatisfaction with how long it took to reach PEXA's support desk, with a response requested: implicit complaint; the root cause is waiting to reach someone, so wait_time rather than delay.")

S("pexa", "law", C("delay"), "Call back promised on Tuesday - discharge on 31-86551",
  """I rang the support desk on Tuesday morning about the discharge on workspace 31-86551 and was told a team leader would call me back that afternoon. It is now Thursday and I have not heard anything.

The discharge is still showing as 'not received' and the buyer's solicitor is asking daily. Could someone please call me back today?""",
  "A promised call-back has not come two days later and the writer asks for a call today: a still-waiting chaser, so an implicit complaint in the delay category (something owed is late, not a phone queue).",
  alts=[("short", "Call back still outstanding - 31-86551",
         "Still waiting for the call back I was promised on Tuesday about the discharge on 31-86551 - can someone ring me today please.")])

S("pexa", "law", C("inaccurate_information"), "Saltmarsh Building Society - not live after all",
  """On 2 December your support team confirmed by email that Saltmarsh Building Society was live on the platform for redemptions. On that basis we opened workspace 31-88150, invited Saltmarsh, and told our seller client to expect completion on the 9th.

Saltmarsh have now told us they will not be live until late January. We have had to withdraw the workspace and revert to a paper redemption, and completion has moved to the 11th.

Could you look into why we were told otherwise, and make sure the information your team gives about which lenders are live is accurate? We rely on it when we advise clients on timescales.""",
  "PEXA's support desk gave wrong information about a lender being live, which delayed a completion; the firm asks for it to be looked into: implicit complaint, and the wrong information is the root cause, so inaccurate_information rather than delay.")

S("pexa", "law", C("usability"), "Workspace search",
  """A request from our completions team. The workspace search only finds a matter by its workspace number or the exact title number; searching by property address or client surname returns nothing unless the text matches exactly, including the postcode spacing.

Nothing is broken, but with 200-odd live matters our team keeps the workspace numbers on a separate spreadsheet, and twice this month someone has worked in the wrong workspace because the numbers were transposed on that sheet. Both were caught before anything was signed.

Could a partial address search be added? We would appreciate a reply on whether this is planned rather than it going onto a list.""",
  "The search works as designed but is hard to use and has led to errors; the firm wants a change and a reply, so an implicit complaint about usability.")

S("pexa", "law", C("onboarding"), "Our application to join - five weeks 'under review'",
  """We submitted our application to become a subscriber on 6 October. Since then we have been asked twice for the same SRA confirmation, which we sent on 14 and 29 October, and the application has shown 'Under review' for five weeks with no other update.

Two of the lenders on our panel have told us they will only settle through the platform from January, so the delay is starting to affect which instructions we can accept. Could you tell us what is outstanding and when we can expect a decision?""",
  "A new firm's application to join has stalled with repeated document requests and an update is expected: an implicit complaint whose specific theme is onboarding (which beats the generic delay).")

S("pexa", "lender", C("service_quality"), "Ticket SUP-612044 closed without action",
  """Ticket SUP-612044 was closed on Friday with the note 'Resolved - no further action', but nobody contacted us and the problem we reported is still there: workspace 31-87744 shows our bank twice as incoming lender, and we cannot sign the mortgage until the duplicate is removed.

Could the ticket be reopened and looked at properly, please, and could someone let me know when it has been done?""",
  "A support ticket was closed without the issue being dealt with; the writer wants it reopened and a reply: an implicit complaint about how the customer was served (service_quality); the lender complains about PEXA, so about_other_firm stays null.")

S("pexa", "law", C("personal_data", pd=True, br=True), "Usage report - another firm's users included",
  """This morning's monthly usage report, sent to our practice manager, included a second tab listing the users of a different firm: names, work email addresses, mobile numbers used for sign-in and the date each of them last logged in. We have not shared it and have deleted it.

It is probably a one-off, but you will want to know, and we would like to understand how it happened and to be reassured that our own user list has not gone to another firm in the same way. Could you confirm both when you have looked into it?""",
  "PEXA sent another firm's users' personal data to the wrong recipient (a breach); the firm calmly asks how it happened and for reassurance: implicit complaint, personal_data and breach true, category personal_data.")

S("pexa", "person", C("personal_data", pd=True, r="rectification"), "SRA number on my user profile",
  """My user profile shows my SRA number as 604418. It is 604481 - the last two digits have been swapped. I did not enter it myself; it was set up when our firm onboarded.

Two lenders have queried it this month because it does not match the roll, which has held up one discharge. Please could you correct it and let me know when that's done?""",
  "A conveyancer's own record held by PEXA is wrong and has caused a hold-up; she asks for it to be corrected: implicit complaint about inaccurate personal data (personal_data, category personal_data) with rights=rectification; nothing was disclosed, so breach false.")

S("pexa", "person", C("personal_data", pd=True, r="informed"), "Survey email about my house purchase",
  """I have received an email from PEXA asking me to rate 'my settlement experience' on the purchase of 9 Linden Court. I have never dealt with you directly - my solicitor handled everything.

I don't mind the survey as such, but I would like to know how you came to have my personal email address and what else you use it for. I was not told it would be passed to anyone. Could you explain?""",
  "A home buyer is unhappy that PEXA used her email address in a way she did not expect and asks where it came from and how it is used: an implicit complaint about PEXA's own data handling (personal_data), rights=informed; PEXA itself is the subject, so about_other_firm stays null.")

S("pexa", "lender", C("fees_charges"), "November invoice - per-settlement fee rate",
  """Our November invoice charges the new per-settlement fee of £32.00 on every settlement from 1 November. The notice of the fee change we received on 30 September says the new rate applies from 1 January.

That is 212 settlements at £4.50 more than it should be. Please could you re-issue the invoice at the current rate and confirm the December invoice will be calculated correctly.""",
  "A lender points out that PEXA's invoice applies a new fee early and asks for a re-issued invoice: dissatisfaction with a fee PEXA levies plus a remedy expected, so an implicit complaint, fees_charges.",
  alts=[("short", "November invoice - new fee rate applied early",
         "The November invoice uses the £32 per-settlement rate, but your notice says it starts 1 January. Please re-issue at the current rate.")])

S("pexa", "lender", C("platform_defect"), "Funds sent but workspace still 'Awaiting funds'",
  """On 4 December we released the advance for workspace 31-87290 at 10.42 and our payment system shows it confirmed at 10.43. The workspace continued to show 'Awaiting funds from incoming lender' until 13.15, when it updated without anyone doing anything. The buyer's solicitor spent the time chasing us and our completions team spent it checking a payment that had already gone.

This has now happened on three workspaces in a fortnight. Please could you confirm what caused it and whether it has been fixed.""",
  "The platform failed to register a lender's payment on several occasions and the lender wants the cause and a fix confirmed: an implicit complaint about a platform_defect.")

S("pexa", "lender", C("delay"), "Refund of mis-debited amount - 31-85960",
  """On 18 November an amount of £2,340.00 was debited from our settlement account for workspace 31-85960 in error - the figure belonged to a different lender's line on the settlement schedule. Your team accepted the error the same day and said it would be returned within three business days.

It is now twelve business days later and the money has not come back. Could you let me know when it will be returned, and who is dealing with it?""",
  "A refund PEXA promised within three days is still outstanding after twelve: a still-waiting chaser about something late, so an implicit complaint in the delay category.",
  quote="Thank you for letting us know. We have confirmed the amount was debited in error and it will be returned to your settlement account within three business days.\n\nRegards,\nPEXA Operational Support",
  always=True)

S("pexa", "lender", C("process"), "Re-signing the discharge authority when the date moves",
  """Your current rules require us to re-sign the discharge authority in full whenever the settlement date in a workspace moves, even by one day and even when no figure changes. Each re-signing needs a second signatory from our authorised list.

Dates move constantly at this time of year. Last week that rule accounted for 61 re-signings in our team alone, and on two occasions the second signatory was not available in time and the settlement went over to the next day.

We would like this rule reconsidered - for example, so that a date change with no change of figures only needs one confirmation - and we would appreciate a reply explaining whether that is possible.""",
  "The lender objects to a PEXA rule itself (re-signing on every date change), which has caused delays, and wants a reply: implicit complaint, process.")

S("pexa", "lender", C("inaccurate_information"), "Support desk hours in the participant guide",
  """Your participant guide (version 4.2, page 11) says the support desk is open until 7pm on weekdays. On Wednesday our completions officer rang at 6.20pm about a failed funds authorisation and got a recorded message that the desk had closed at 6pm. The settlement went over to the next morning and we paid a day's interest on the borrower's behalf.

Could you confirm the actual opening hours and correct the guide, and let us know how you intend to deal with the interest we paid?""",
  "Published information from PEXA about support hours was wrong and led to a late settlement and a cost; the lender wants it corrected and the cost addressed: implicit complaint, inaccurate_information (the wrong information is the root cause).")

S("pexa", "lender", C("training"), "Lender training session on 26 November",
  """Six of our completions staff attended the 'Platform essentials' session on 26 November, which we booked because the course page said it covered lender functions.

Of the 90 minutes, about ten were about lenders. The rest covered purchase workspaces from the conveyancer's side, which our team do not use. Two of the six will still need to be taken through funds authorisation and discharges by our own trainer.

Could you arrange a session that covers the lender functions properly, at no additional cost, since the course was described as including them?""",
  "A lender is dissatisfied that PEXA's training did not cover what was advertised and asks for a replacement session at no cost: an implicit complaint in the training category.",
  alts=[("nonnative", "Training 26 November was not for lenders",
         """Six people from our completions team were at the 'Platform essentials' session on 26 November. We book it because the course page say it cover lender functions. But from 90 minutes only ten minutes was about lenders, all the rest was about purchase workspaces for conveyancers, which we do not use.

Please can you organise one session for lender functions, without extra cost, because the course was described like this?""")])

S("pexa", "lender", C("usability"), "Redemption figures screen",
  """Since the October release, redemption figures have to be entered one workspace at a time on the new screen, and the screen signs you out after ten minutes of inactivity without saving what has been typed. Our redemptions team often have to stop to check a figure with the borrower's account, and when they come back the entries have gone.

It works, but it is costing us a lot of re-keying and has already caused one figure to be entered twice. Could the timeout be extended, or the screen save a draft? I would be grateful for a reply on whether either can be done.""",
  "The screen works as designed but is error-prone and slow for the lender, who asks for a change and a reply: implicit complaint, usability (not platform_defect, because nothing fails).")

S("pexa", "lender", C("service_quality"), "Different answers from the support desk",
  """We have asked the support desk the same question three times in the past fortnight - whether a further advance can be added to an existing workspace after the mortgage has been signed - and had three different answers: 'yes', 'no, withdraw and re-create the workspace', and 'only before funds are authorised'. The third answer came with a link to a page that does not mention it.

We need a single answer we can put into our procedures. Could someone who knows give us a definitive answer in writing, and could you look at why the desk is giving different advice?""",
  "Inconsistent handling by PEXA's support desk, with a definitive answer and a review requested: implicit complaint about service_quality.")

S("pexa", "agent", C("onboarding", tp=True), "Brook & Tarrant Solicitors - application to join",
  """We act for Brook & Tarrant Solicitors, a four-partner practice in Ipswich, on their regulatory and systems matters; their managing partner's authority for us to correspond with you is attached.

Their application to join the platform has stalled at the director identity check. The check rejects the passport of one of the partners, apparently because the name on it includes a middle name not shown on the SRA roll. The partner has uploaded it three times and the result is the same, and the only advice on the help pages is to try again.

Could someone review the application manually, tell us what is needed to complete it, and let us know the expected timescale? The firm had planned to start using the platform in January.""",
  "A consultancy writes on behalf of a law firm (third_party) whose application to join is stuck; a manual review and a timescale are requested: implicit complaint, onboarding. Brook & Tarrant is the complainant, not the subject, so about_other_firm null.")

S("pexa", "agent", C("fees_charges", tp=True), "Subscription tier - Fenton Rae LLP",
  """We review supplier invoices for Fenton Rae LLP under a managed services arrangement (letter of authority from their finance partner attached).

Since September, Fenton Rae's subscription has been invoiced at the Enterprise tier (£640 a month). Their signed order form is for the Standard tier (£395 a month) and they have not asked to change it. That is £735 over-charged across three invoices.

Please could you correct the tier, credit the difference and send us a revised statement.""",
  "A third party acting for a subscriber (third_party) reports that PEXA has charged the wrong subscription tier and asks for a credit: implicit complaint, fees_charges.")

S("pexa", "person", C("delay", firm="ols"), "Purchase of 22 Millbrook Road",
  """I am buying 22 Millbrook Road and my solicitors are Orchard Lane. We were given a target exchange date of 21 November, which has passed. I have not had an update from them in three weeks, and my case handler's voicemail is full.

I found your name on the completion paperwork, so I assume you work with them. I don't want to cause trouble, but I would be grateful if this could be passed to someone at Orchard Lane who can tell me where things stand.""",
  "A buyer's grievance is purely her own solicitor's delay and silence, and she wants it passed on and an answer: a complaint PEXA must forward, about_other_firm=ols; category delay.",
  alts=[("nonnative", "My purchase 22 Millbrook Road - no news from solicitor",
         """I buy the house 22 Millbrook Road, my solicitor is Orchard Lane. The exchange should be on 21 November but it did not happen. Three weeks I have no news from them and the voicemail of my case handler is full.

I see your name on the completion papers so I think you work with them. Please can you give this to somebody at Orchard Lane who can tell me what is happening?""")])

S("pexa", "person", C("inaccurate_information", firm="kbs"), "Redemption figure for my sale",
  """My sale completes on 12 December. The redemption statement my lender, Kestrel, sent to my solicitor shows £151,870, but it does not reflect the £6,000 overpayment I made in September, which is on my online banking and on their own annual statement.

My solicitor can't complete on a figure we both think is wrong, and Kestrel have sent the same statement twice now. I am told the completion goes through your system, so could you let them know, or tell me who there can correct it?""",
  "A seller's grievance is her lender's wrong redemption statement; PEXA is only the platform, so this is a complaint to forward with about_other_firm=kbs ('Kestrel'); category inaccurate_information.")

S("pexa", "person", C("fees_charges", firm="tvm"), "Deeds release fee",
  """I'm remortgaging away from Thames Valley Mortgages and my conveyancer tells me their redemption statement includes a £199 'deeds release fee'. There is no such fee in my original offer or in their tariff when I took the mortgage out in 2019 - I've checked both.

I understand the redemption will be done through PEXA. Could you pass this to the right people at Thames Valley, or let me know how to get it looked at before completion on the 19th?""",
  "A borrower disputes a fee added by her lender, not by PEXA, and wants it passed on: a complaint to forward, about_other_firm=tvm; category fees_charges follows the theme.")

S("pexa", "person", C("service_quality", firm="unknown", tp=True), "My father's sale - Halden & Moss Conveyancing",
  """I'm writing on behalf of my father, Mr Peter Lomas, who is 81 and selling his flat at 3 Fernside Court so he can move nearer to us. He has asked me to handle this for him.

His conveyancers are Halden & Moss in Lincoln. Each time he rings he speaks to someone different who hasn't read the file, and last week he was told it was 'not their job' to explain the contract to him. He is finding it very stressful.

I know you are not his conveyancer, but their paperwork mentions PEXA. Could you pass this on to whoever can deal with it, or tell me where I should send it?""",
  "A daughter/son writes for an elderly parent (third_party) about the parent's conveyancer's poor service; the firm is not in the directory, so about_other_firm=unknown; category service_quality.")

S("pexa", "person", C("delay", firm="mpc", tp=True), "Mum's purchase - Marsh and Penrose",
  """I'm helping my mother, Mrs Ann Pryor, with her purchase of 8 Vicarage Close. Her conveyancers are Marsh and Penrose in Exeter.

Completion was set for 28 November. On the day, we were told it would be 'a day or two' because they had not finished their checks. It is now 5 December, nobody has given us a new date, and Mum has been living out of boxes at my house since the 28th.

I'd be grateful if you could pass this to Marsh and Penrose, or tell us who to contact there, as we are getting nowhere.""",
  "Written on a parent's behalf (third_party) about delay by her conveyancer Marsh and Penrose, with PEXA only named as the platform: a complaint to forward, about_other_firm=mpc; category delay.")

S("pexa", "law", C("delay", firm="hcb"), "Heathcote Bank funding times",
  """A pattern we would like raised with Heathcote Bank. On five of our last seven purchases where Heathcote was the incoming lender, the advance was not released into the workspace until after 2pm, even though the settlement time was noon and Heathcote had signed by 10am. Their completions team say they 'batch' releases in the afternoon.

The platform itself has worked fine on each occasion. But our clients are collecting keys late in the day and we are having to explain why. Could you take this up with Heathcote as a participant and let us know what they say?""",
  "The law firm is dissatisfied purely with another participant's (Heathcote Bank's) late funding and says the platform worked; it wants PEXA to raise it and report back, so a complaint to forward with about_other_firm=hcb; category delay.")

S("pexa", "person", C("other"), "Function room booking - 20 November",
  """Your team booked our function room at the Wharf Kitchen for a client breakfast on 20 November, for 30 guests, with the minimum spend agreed in writing by your events coordinator. We invoiced the agreed £1,240 on the 21st (invoice WK-2211).

The invoice is now 60 days unpaid. I have emailed the coordinator twice and not had a reply. Could you let me know who deals with supplier invoices and when we can expect payment?""",
  "A supplier is dissatisfied that PEXA has left an invoice unpaid and unanswered and expects a response: an implicit complaint that fits no service theme, so category other.")

S("pexa", "person", C("other"), "Road closure for the sponsored 10k on Sunday",
  """The 10k run on Sunday went past our house on Chapel Street. The marshals were wearing PEXA bibs and the programme says PEXA sponsored the event.

The road was closed from 7am until nearly 1pm and none of the residents had any notice - no letter, nothing on the lamp posts. I had to cancel a visit to my mother in her care home because I couldn't get the car out.

I'm sure it was for a good cause. But I'd like to know who organised the closure, and whether residents will be told in advance next year.""",
  "A resident is dissatisfied with an event PEXA sponsored (no notice of a road closure) and expects an answer: a polite, implicit complaint with no matching service theme, so category other.")

S("pexa", "law", C("fees_charges"), "Re: Credit for failed settlement fee - 31-84702",
  """Thank you for confirming this. The credit hasn't appeared on the November invoice, though - the fee for 31-84702 is still charged in full (line 9). Could you apply it and send a corrected invoice?""",
  "Despite the thanks, the promised credit has not been applied and the firm asks for a corrected invoice: a continuing implicit complaint categorised by what is still wrong, fees_charges (as in the guide's lg-24).",
  quote="We are sorry the settlement on 31-84702 failed. As it was caused by a platform issue, we will credit the workspace fee of £26.00 on your next invoice.\n\nKind regards,\nPEXA Operational Support",
  always=True)

S("pexa", "law", C("delay"), "RE: Requisition on title NT552019",
  """This is my third email on this. It has been nine working days since I asked the question below and I have not had a reply. The Land Registry requisition expires on the 15th and I cannot answer it without knowing which version of the discharge was lodged.

Could somebody pick this up today, please, and let me know who is dealing with it?""",
  "The quoted original is a neutral question, but the new text is a third chaser about nine working days without a reply: an implicit complaint, category delay.",
  quote="Hello,\n\nWe have a requisition from HM Land Registry on title NT552019. Could you confirm whether the discharge lodged was the one generated in the workspace or a manually uploaded one? Workspace 31-84415.\n\nThanks",
  always=True)

S("pexa", "law", C("platform_defect"), "Invitation emails going to our old address",
  """I don't want to make a fuss about this, but it has now happened twice. We changed our firm's notification address in the admin console on 10 November from completions@ to propertyteam@. Workspace invitations have carried on going to the old address, which nobody monitors, and we missed two invitations until the other side rang to ask why we had not accepted.

The console shows the new address as saved. Could somebody check why the change hasn't taken effect and let me know once it is sorted?""",
  "Despite 'I don't want to make a fuss', the writer reports a system failure (a saved setting not applied) that caused missed invitations and expects it checked and a reply: an implicit complaint, platform_defect.")

S("pexa", "law", C("service_quality"), "Call with the support desk on 2 December",
  """I'm not looking to escalate this formally, but I think someone should know. Our newest paralegal rang the support desk on 2 December with a question about adding a second lender to a workspace. She tells me the person she spoke to said she should 'read the manual before ringing', and ended the call. She is three weeks into the job and was quite shaken.

I'd appreciate it if the team leader could look at the call and let me know what they think.""",
  "Even though the writer says it is not a formal matter, she is dissatisfied with how a member of PEXA's staff treated her colleague and asks for the call to be reviewed and a reply: implicit complaint, service_quality.")

S("pexa", "law", C("usability"), "Signing screen and screen readers",
  """One of our partners is blind and uses a screen reader. Since the recent update the 'Sign' and 'Sign and certify' buttons on the signing screen are read out as 'button, button', so he can't tell them apart and now has to ask a colleague to sign with him watching, which rather defeats the point.

Everything else on the screen reads correctly. Could the labels be fixed, and could you let us know when? In the meantime, is there an accessible way for him to sign?""",
  "The signing screen works but is inaccessible to a screen-reader user, and a fix and a reply are expected: an implicit complaint about usability.")

S("pexa", "law", C("inaccurate_information"), "Withdrawn workspace could not be reopened",
  """On Monday we asked the support desk whether a workspace withdrawn by mistake could be reopened. We were told yes, within 24 hours, by raising a ticket. We raised the ticket at once and have now been told withdrawn workspaces cannot be reopened at all, and that we need to create a new one and re-invite all five parties.

We have done that, but it cost us a day and the lender has had to re-sign. Please could the desk's guidance be checked, and could you let us know how you propose to deal with the extra day?""",
  "Wrong advice from PEXA's support desk caused a lost day; the firm wants the guidance checked and the consequence addressed: implicit complaint, inaccurate_information.")

S("pexa", "lender", C("platform_defect", ex=True), "Outage on 2 December - complaint",
  """We wish to register a complaint about the outage on the afternoon of 2 December. The platform was unavailable from 13.10 to 15.25. Seventeen of our settlements were due in that window; eleven did not complete until the next day, and we have paid the resulting interest and charges on our borrowers' behalf.

Please let us have a written explanation of the cause, what has been done to prevent a repeat, and your proposal for the costs we have met. A schedule of the affected workspaces is attached.""",
  "A lender calmly but expressly registers a complaint ('we wish to register a complaint') about a PEXA outage, so explicit=true; category platform_defect.")

S("pexa", "law", C("process"), "Mobile phones for sign-in codes",
  """The new sign-in rules require each user to receive a one-time code by text on a mobile phone registered to them personally. Our firm does not issue work mobiles, so in practice our staff are being asked to use their own phones, which several are unwilling to do and which our own IT policy does not allow.

We have asked whether an authenticator app or a desk token can be used instead and were told there are 'no alternatives at present'. We would like this reconsidered, and a reply on what alternatives you can offer, as at the moment two of our conveyancers cannot sign in.""",
  "The grievance is a PEXA rule itself (text-message codes to personal phones only), which has locked staff out; an alternative and a reply are requested: implicit complaint, process.",
  alts=[("short", "Sign-in codes - personal mobiles",
         "Two of our conveyancers can't sign in because your new rules only allow codes to personal mobiles, which our IT policy doesn't permit - please tell us what alternatives you can offer.")])

S("pexa", "law", C("onboarding"), "New user set-up - two trainees",
  """We asked for user accounts for two new trainees on 3 November, using the form on the portal. Both are still pending. We chased on the 17th and were told the requests were 'in the queue'.

They started with us on 10 November and cannot do any workspace work until their accounts are live, so we are paying for two people to shadow others. Could you tell us when their accounts will be set up?""",
  "New users of an existing subscriber have waited a month to be set up; an answer is expected: an implicit complaint whose specific theme is onboarding (registering users on the platform) rather than the generic delay.")

S("pexa", "lender", C("onboarding"), "Test environment access",
  """As part of our onboarding we were promised access to the test environment by 15 October so that our IT team could build the funds-authorisation interface. We still do not have it, despite being told on 4 and 18 November that it was 'being set up'.

Our go-live date of 1 February now depends on it. Could you confirm when access will be provided, and who on your side owns our onboarding?""",
  "A lender's onboarding has slipped because promised test access has not been given; the lender wants a date and an owner: implicit complaint, onboarding (the specific theme behind the delay).")

S("pexa", "law", C("platform_defect"), "Documents over 5MB not uploading",
  """Since last week, PDFs over about 5MB don't upload to workspaces. The upload bar reaches 100% and then the document simply isn't there - no error. Smaller files are fine. We've tried three browsers and two different networks.

Most of our lease plans are bigger than that, so we're having to split them into parts, which the other side then queries. Could you look into it and let us know when it will be fixed?""",
  "A failure of PEXA's system (large uploads silently lost) with a fix and a reply requested: an implicit complaint, platform_defect.",
  alts=[("short", "Uploads over 5MB silently failing",
         "PDFs over about 5MB show 100% uploaded and then aren't in the workspace - no error. Please fix and let us know.")])

S("pexa", "law", C("platform_defect"), "No notification emails since Monday",
  """We haven't had any notification emails from the platform since Monday morning - no invitations, no 'ready to sign', no settlement confirmations. Our spam filter shows nothing held and our IT team can see no blocked mail from your domain.

We only found out about a settlement moving to Friday because the other side rang us. Please could you check whether notifications are being sent to us, and let us know?""",
  "Expected system emails stopped arriving and the firm missed a change; it asks PEXA to check and reply: an implicit complaint, platform_defect.")

S("pexa", "lender", C("wait_time"), "Live chat queue",
  """Yesterday our completions officer waited in the live chat queue from 2.05pm until 3.10pm ('You are number 14 in the queue', later 'number 9'), at which point the chat closed with a message that the service was unavailable. She was trying to get a funds authorisation released before the cut-off.

We moved to chat because the phone wait had been long last week. Could you let us know what is being done about waiting times on both channels?""",
  "Over an hour in the chat queue followed by a closed chat, with an answer requested: an implicit complaint about waiting to reach someone, wait_time.",
  alts=[("subject_only", "65 minutes in your live chat queue then chat closed - what is being done about waiting times?", "")])

S("pexa", "law", C("training", ex=True), "Webinar cancelled - complaint",
  """I'm sorry to have to raise a complaint about this, but the 'Remortgages and discharges' webinar we booked for 4 December was cancelled by email 20 minutes before it started - the second time this has happened to us this autumn. Four of our staff had cleared the afternoon.

Could you give us a date for a session that will go ahead, and let us know whether the recording you offered instead reflects the current version of the platform?""",
  "The writer calls it a complaint ('raise a complaint'), so explicit=true, even though the tone is apologetic; the grievance is repeated cancellation of PEXA's training, category training.")

# ---------------------------------------------------------------------------------------------
# PEXA: calm near misses (not complaints)

S("pexa", "law", N(), "Workspace fee on withdrawn workspaces",
  """A quick question from our accounts team. Is the per-workspace fee charged if a workspace is withdrawn before settlement - for example when a purchase falls through after the workspace has been opened? We are updating the cost estimates we give clients and want to get it right.""",
  "A neutral question about how a PEXA fee works, with no dissatisfaction: an enquiry, not a complaint (category none).",
  alts=[("short", "Fee on withdrawn workspaces?",
         "Is the workspace fee charged if the workspace is withdrawn before settlement? Updating our client cost estimates - thanks.")])

S("pexa", "law", N(), "Re: Upload problem - ticket SUP-613390",
  """Just to let you know that the upload problem I reported on Monday is fixed - all of the lease plans went in this morning without any trouble. Thanks to Sam for sorting it so quickly and for keeping me updated. Nothing further needed from our side.""",
  "A thank-you confirming that a reported problem is fixed, with nothing outstanding: not a complaint, even though a fault is mentioned (guide rule 5).",
  quote="Hello,\n\nOur developers have released a fix for the upload issue you reported. Could you let us know whether your documents now upload correctly?\n\nKind regards,\nSam, PEXA Operational Support",
  always=True)

S("pexa", "law", N(), "Training dates for new starters",
  """We have two new conveyancers joining us on 5 January. Could you let me know the dates of the next 'Workspace essentials' sessions in January and February, and whether they can be booked through the training portal or need to go through you?""",
  "A routine request for training dates with no dissatisfaction: a service request, not a complaint.")

S("pexa", "lender", N(), "Lodgement status - 31-85521",
  """Could you let me know where the lodgement for workspace 31-85521 has got to? Settlement was on 14 November and the Land Registry portal shows the application as pending. I'm just checking there is nothing needed from us.""",
  "A status enquiry with no criticism or complaint about delay: an enquiry, not a complaint (compare the guide's lg-02).")

S("pexa", "law", N(), "Small suggestion - participant search",
  """A small suggestion, and no need to reply: it would be handy if the participant search remembered the last filter used, as our team nearly always search for lenders. Otherwise the new search is a real improvement - thank you.""",
  "Mild feedback offered as a suggestion, with praise and an explicit 'no need to reply': no dissatisfaction with the service and no response expected, so not a complaint.")

S("pexa", "law", N(), "Same-day remortgage cut-off",
  """This isn't a complaint - we just want to make sure our procedures are right. For a same-day remortgage with a redemption to a lender that is not on the platform, what is the latest time the incoming lender can authorise funds for settlement that day? And does it differ if the redemption is manual?""",
  "A neutral procedural question; the word appears only in a denial ('This isn't a complaint'), and there is no dissatisfaction, so not a complaint and not explicit.")

S("pexa", "lender", N(), "VAT invoice copies",
  """Could you send us copies of the VAT invoices for August, September and October? Our finance team have changed systems and need PDF copies for the audit file. Account number PX-LND-0442.""",
  "A routine request for invoice copies with no grievance: a service request, not a complaint.")

S("pexa", "law", N(), "Planned maintenance this Saturday?",
  """Is the platform down for maintenance this Saturday? Someone in the office thought they had seen a notice. We don't have any completions that day but would like to warn staff who sometimes work weekends.""",
  "A neutral question about planned maintenance, with no problem reported: an enquiry, not a complaint.")

S("pexa", "person", N(), "What is PEXA? - my purchase",
  """My solicitor says my purchase of 41 Ash Grove will complete 'through PEXA' on Friday. I hadn't heard of you before. Is there anything I need to do, or do I just wait for my solicitor to tell me it's done? Thanks.""",
  "A home buyer's neutral question about the platform, with no dissatisfaction about anyone: an enquiry, not a complaint.")

S("pexa", "law", N(), "New user - Ellie Marsden",
  """Please could you set up a user account for our new trainee, Ellie Marsden, with 'Preparer' permissions? The completed user form and her ID check are attached. She starts on Monday.""",
  "A routine user set-up request with no dissatisfaction: a service request, not a complaint (not onboarding, because nothing has gone wrong).")

S("pexa", "lender", N(), "Thank you - settlements on 28 November",
  """Just a note to say thank you to the support team for last Friday. We had 40 settlements through in the afternoon and the two that needed help were both sorted within minutes by phone. No reply needed.""",
  "Praise with an explicit 'no reply needed': no dissatisfaction and nothing expected, so not a complaint.")

# ---------------------------------------------------------------------------------------------
# Conexus: calm complaints

S("conexus", "adviser", C("collection_conduct", tp=True), "Client Mr D. Farrelly - calls at work - CX-6630915",
  """I am the money adviser for Mr Dominic Farrelly (authority attached). On 19 November one of your agents called Mr Farrelly on his work landline and asked the colleague who answered to 'let him know it's about his account with us'. Mr Farrelly had told your agent on 3 November that he could not take calls at work.

He is now on a payment arrangement and there was no reason for the call. Could you please make sure he is not called at work again, and let me know why the call was made?""",
  "An adviser (third_party) objects to her client being phoned at work against his request and wants it stopped and explained: implicit complaint, collection_conduct. 'Not called at work again' is a conduct remedy, not an objection right.")

S("conexus", "person", C("debt_dispute"), "Statement balance - CX-8402271",
  """My statement dated 1 December shows a balance of £1,412.50. I have paid £50 on the 1st of every month since June - seven payments, £350 in total - so the balance should be £1,062.50. Copies of my bank statements showing each payment are attached.

Could you please correct the balance and send me an updated statement?""",
  "The debtor challenges the amount Conexus says is owed because payments have not been credited and asks for a correction: an implicit complaint, debt_dispute. Asking to fix a balance is not treated as a rectification request (as in the guide's lg-24).",
  alts=[("nonnative", "balance on statement is wrong",
         """The statement from 1 December show balance £1,412.50. But I pay £50 every month on 1st since June, this is seven payments, £350. So the balance must be £1,062.50. I attach my bank statements with all payments.

Please correct the balance and send me new statement.""")])

S("conexus", "person", C("fees_charges"), "£15 letter fee",
  """A charge of £15 described as 'letter fee' was added to my account on 14 November. I wasn't told there would be any charge for letters, and it isn't mentioned in the arrangement I agreed with you in September. Please could you explain what it is for and remove it if it shouldn't be there?""",
  "A debtor questions a fee Conexus added and asks for it to be removed if wrong: dissatisfaction with a charge the firm levies, so an implicit complaint, fees_charges.")

S("conexus", "person", C("fees_charges"), "Card fee taken twice",
  """My £40 payment on 2 December had the £1.50 card fee taken twice (two separate £1.50 lines on my bank statement). Please refund the extra one. Ref CX-5521934.""",
  "A one-line report that Conexus charged its card fee twice, with a refund asked for: an implicit complaint, fees_charges.",
  alts=[("subject_only", "CX-5521934 card fee charged twice on 2 Dec payment - please refund one", "")])

S("conexus", "person", C("wait_time"), "Trying to set up a payment plan",
  """I've tried to ring you three times this week to set up a payment plan. Each time I held for over half an hour and then got a message saying the lines were closed. I'd rather sort this out by phone as I have some questions about the amount.

Could someone call me on 07700 900 361, any weekday after 4pm?""",
  "Repeated long holds and being cut off when trying to reach Conexus, with a call back requested: an implicit complaint about waiting to reach someone, wait_time.",
  alts=[("short", "can't get through - CX-4109368",
         "Held 30+ mins three times this week and then got 'lines closed'. Please call me back on 07700 900 361 after 4pm.")])

S("conexus", "person", C("delay"), "RE: Settlement figure - CX-3390418",
  """Three weeks ago you told me (below) that a letter confirming the full and final settlement figure would be sent within five working days. It hasn't arrived, and I can't release the money from my savings until I have it in writing.

Could you please send it by email this time, and let me know when I can expect it?""",
  "A promised settlement letter is weeks late and the debtor asks for it: a still-waiting chaser, an implicit complaint about delay.",
  quote="Thank you for your call today. We can confirm the creditor has agreed to accept £1,150.00 in full and final settlement. A letter confirming this will be sent to you within five working days.\n\nConexus Customer Services",
  always=True)

S("conexus", "person", C("delay", ex=True), "Complaint sent 1 October - no acknowledgement",
  """I sent a complaint to this address on 1 October about the letters I received in September. I have had no acknowledgement and no reply of any kind in ten weeks. Could you please let me know whether it was received, and when I can expect a response?""",
  "The writer refers to 'a complaint' he sent, so explicit=true; the new text is only about the missing acknowledgement and response, so category delay (guide rule 6, lg-22).")

S("conexus", "person", C("service_quality"), "Phone call on 26 November",
  """I rang on 26 November to ask what the 'Notice of assignment' letter I'd received meant, as I'd never had one before. The agent told me to 'read the letter, it explains it', and when I said I had and still didn't understand, she said she had other calls waiting and ended the call.

I'm not trying to avoid paying. I just want someone to explain the letter to me properly. Could somebody who has time call me back or reply by email?""",
  "A debtor is dissatisfied with how an agent dealt with a simple question and asks for a proper explanation: an implicit complaint about how the customer was served, service_quality (not about how the debt is pursued).")

S("conexus", "person", C("inaccurate_information"), "Cut-off date for paying",
  """On 18 November your agent told me that if I paid the £120 arrears by the 28th the account would not be passed to your field team. I paid on the 26th. Yesterday I got a letter saying the account has been passed to the field team because the arrears weren't cleared by the 25th.

I did what I was told. Could you please check the call, stop the referral, and confirm in writing that the account is back to normal?""",
  "Wrong information from Conexus's agent about a payment deadline led to a field referral; the debtor asks for it to be checked and reversed: implicit complaint, inaccurate_information (the wrong information is the root cause).")

S("conexus", "person", C("inaccurate_information"), "Which creditor is this?",
  """Your letter of 2 December says you are collecting £287.40 for Northline Energy. I have never been a Northline customer. The account reference on the letter matches an old Pennant Mobile contract of mine, which I settled with Pennant last year.

I'm not sure whether the creditor or the amount is wrong on your side, but the letter can't be right as it stands. Could you check and write to me with the correct details?""",
  "The debtor says Conexus's letter gives wrong details (wrong creditor for the reference) and asks for the correct details: implicit complaint, inaccurate_information. The creditors are only named, not blamed, so about_other_firm null.")

S("conexus", "person", C("process"), "Agreeing a plan by email",
  """Your letter and website both say a payment plan can only be agreed by phone. I am hard of hearing and phone calls are very difficult for me - I usually miss about half of what is said.

I am happy to pay and can send my income and outgoings in writing. Could you please let me agree the plan by email, and explain why that option isn't offered?""",
  "The grievance is Conexus's rule that plans can only be agreed by phone, which excludes the writer; an alternative and an explanation are requested: implicit complaint, process.",
  alts=[("nonnative", "Payment plan by email please",
         """In your letter and on website it say payment plan is only possible by phone. I am hard of hearing, on phone I miss half of words. I want to pay and I can send my income and outgoings in writing. Please can I make the plan by email? And why is this not possible normally?""")])

S("conexus", "person", C("process"), "Bank statements every three months",
  """Every three months you ask me to send three months of full bank statements to 'review' my £30 a month plan. Nothing has changed in two years, and the statements show everything - my medical prescriptions, my daughter's school payments, where I shop.

I don't think that level of detail should be needed every quarter for a plan this size. Could the review be done on a signed income and expenditure form instead, and could you tell me why full statements are needed?""",
  "The debtor objects to Conexus's review rule itself (full bank statements every quarter) and asks for a change and an explanation: implicit complaint, process. The data concern is part of the rule, not mishandling of data, so personal_data stays false.")

S("conexus", "person", C("usability"), "Online account - remaining balance",
  """Your online account works, but the plan screen only shows my next payment date. It doesn't show the remaining balance or how many payments are left, and the statement download is a scanned image I can't search. I've been keeping my own spreadsheet to check your figures.

Could the balance be added to the plan page? And in the meantime, could you email me the current balance and the number of payments remaining?""",
  "The online account works but is hard to use for a basic need; the debtor asks for a change and the figures: implicit complaint, usability.")

S("conexus", "person", C("platform_defect"), "Online payment - money taken, no receipt",
  """I paid £75 through the online payment page on 30 November. The page showed an error ('Transaction could not be completed') but the money has left my bank account. There has been no receipt and the payment isn't showing on my online account.

Please could you confirm whether the payment has reached my account, and if not, refund it? I don't want to pay twice.""",
  "Conexus's payment system failed after taking the money; the debtor asks for confirmation or a refund: implicit complaint, platform_defect.")

S("conexus", "person", C("collection_conduct", tp=True), "My brother Mr Liam Doherty - CX-2287406",
  """I am the registered third party on my brother Liam's account (authority sent in August). Liam has a learning disability and finds letters very hard to follow.

Your letter of 21 November told him that 'enforcement action may follow' and that he should 'call today'. He did, and your agent asked him to agree a payment there and then without me. He agreed to £60 a month, which he can't afford, and has been very worried since.

Please could you cancel that arrangement and make sure that, as agreed, all contact comes to me?""",
  "A relative with authority (third_party) says Conexus pressed a vulnerable debtor into an unaffordable plan: implicit complaint about how the debt was pursued, collection_conduct.")

S("conexus", "person", C("service_quality", tp=True), "Third party authority for Mrs Evans - sent three times",
  """I have now sent the third party authority for my mother, Mrs Margaret Evans, and a copy of her ID three times - on 2 October, 23 October and 13 November. Each time, a few weeks later, a letter arrives saying the authority 'has not been received' and asking for it again.

Could you check the account, confirm what you now hold, and let me know if anything else is needed? I'd rather not have to post Mum's passport a fourth time.""",
  "A daughter writing for her mother (third_party) has had to send the same documents three times because they were not recorded; a check and confirmation are requested: implicit complaint about how the case was handled, service_quality (the rule is fine, it was applied badly).")

S("conexus", "solicitor", C("debt_dispute", tp=True), "Our client Mr S. Navarro - your ref CX-1904437",
  """We act for Mr Samuel Navarro and enclose his signed authority.

Your letter of 24 November seeks £3,780.00 in respect of a credit card account. Our client's records show that the last payment to that account was made in March 2017 and that he has not acknowledged the debt in writing since. On that basis the debt appears to be statute-barred.

We should be grateful if you would confirm within 21 days that collection activity has stopped and that the account has been returned to your client, or alternatively provide evidence of any payment or acknowledgement after March 2017.""",
  "A solicitor acting for the debtor (third_party) challenges whether the debt can still be pursued and asks Conexus to stop: implicit complaint, debt_dispute. No creditor is blamed, so about_other_firm null.")

S("conexus", "solicitor", C("collection_conduct", tp=True), "Mrs J. Abbott - field visit notice - CX-9071283",
  """We wrote on 6 November on behalf of Mrs Joanna Abbott disputing the balance on this account, and you acknowledged our letter on the 10th. On 28 November Mrs Abbott received a 'Notice of intended field visit' dated the 25th.

While the dispute is being considered we would expect collection to be on hold. Please confirm that the visit has been cancelled and that no further action will be taken until you have responded to our letter.""",
  "A solicitor (third_party) objects to a field visit being scheduled while a dispute is open and asks for it to be cancelled: implicit complaint about how the debt is pursued, collection_conduct.")

S("conexus", "adviser", C("fees_charges", tp=True), "Charges added during DMP - Mr A. Kaur - CX-5610098",
  """Mr Kaur has been on a debt management plan with us since July, and his payments have reached you every month. His latest statement shows two 'account administration charges' of £42.50, dated September and November.

We had understood that no charges would be added while the plan is maintained. Could you remove them and confirm the current balance?""",
  "An adviser (third_party) disputes charges Conexus added on top of the debt and asks for their removal: implicit complaint, fees_charges.")

S("conexus", "adviser", C("delay", tp=True), "RE: Token payment offer - Ms K. Bryce - CX-4478810",
  """I sent the token payment offer and financial statement below on 30 October. Apart from your automatic acknowledgement, I have had no response in five weeks, and my client continues to receive arrears letters.

Could you let me know whether the offer is accepted, and hold the account until you have replied?""",
  "An adviser (third_party) chases a five-week-old offer with no reply: a still-waiting chaser, so an implicit complaint, delay.",
  quote="Please find attached a financial statement for our client Ms Kirsty Bryce, together with her offer of £5 a month. We would be grateful for your confirmation that the offer is accepted.",
  always=True)

S("conexus", "adviser", C("collection_conduct", ex=True, tp=True), "Client Mrs P. Oduya - CX-2254199",
  """Please accept this as a complaint on behalf of our client, Mrs Patience Oduya (authority attached).

On 12 November we asked for a 30-day hold while we complete her financial statement, and your colleague confirmed the hold by email the same day. On 20 November Mrs Oduya received a letter headed 'Final demand' stating that the account would be passed to a field agent if payment was not received within seven days.

We should be grateful if you would confirm that the hold is in place until 12 December, withdraw the letter, and explain how it came to be sent.""",
  "A money adviser expressly makes a complaint ('please accept this as a complaint') on her client's behalf (third_party, explicit) about a demand sent during an agreed hold: collection_conduct.")

S("conexus", "mp", C("collection_conduct", tp=True), "Constituent: Mr Graham Pike, 14 Orchard Rise - your ref CX-6120547",
  """I have been contacted by my constituent, Mr Graham Pike, whose signed consent is attached.

Mr Pike tells me that he has been receiving calls from your company on most evenings between 8pm and 9pm, and on two Sundays. He works early shifts and has asked your agents to call during the day, but the evening calls have continued.

I should be grateful if you would look into Mr Pike's account and let me know what contact arrangements will be put in place.""",
  "An MP's office writes for a constituent (third_party) about the timing and frequency of Conexus's calls and asks for a reply: implicit complaint, collection_conduct.")

S("conexus", "person", C("debt_dispute", firm="lwt"), "Lumen Water balance - CX-7781402",
  """You are collecting £318.60 for Lumen Water. This is for water and sewerage at 27 Dale Street, which I sold on 14 March 2024; Lumen have my solicitor's completion letter and my final meter reading, but they kept billing the property in my name until August.

I don't think anything has gone wrong on your side - the bill itself is wrong. Could you pass this back to Lumen and let me know once they have corrected it?""",
  "The debt is wrong because of the creditor's own billing after the writer sold the property, and Conexus is not blamed: about_other_firm=lwt; category debt_dispute.",
  alts=[("nonnative", "Lumen Water - I sold the house in March 2024",
         """You collect £318.60 for Lumen Water for the house 27 Dale Street. I sold this house on 14 March 2024. Lumen have the completion letter from my solicitor and the last meter reading, but they continue to send bills until August in my name.

Your company did nothing wrong, the bill from Lumen is wrong. Please send it back to Lumen and tell me when they correct it.""")])

S("conexus", "person", C("debt_dispute", firm="nte"), "Northline account - estimated bills",
  """The Northline Energy balance you wrote to me about (£446.12) is made up of estimated bills for the three months after I switched supplier in February. Northline had my closing meter reading - it is on the switching confirmation, copy attached.

I've raised this with Northline twice without a proper answer. Please could you refer the account back to them so the final bill can be recalculated from the actual reading?""",
  "The amount is wrong because of the creditor's estimated billing, which only the creditor can correct: a complaint to forward, about_other_firm=nte; category debt_dispute.")

S("conexus", "person", C("debt_dispute", firm="pmt"), "Pennant roaming charges",
  """The £212.80 you are collecting for Pennant is almost all roaming charges from 'Spain, 9-16 July'. I wasn't in Spain in July - my passport and my work rota show that - and I disputed the charges with Pennant in August, but they passed the account to you anyway.

Could you send this back to Pennant so they can deal with my dispute? I'm happy to pay the normal line rental once it's sorted.""",
  "The debtor disputes charges billed by the creditor (Pennant Mobile), whose root cause only Pennant can fix: about_other_firm=pmt; category debt_dispute.")

S("conexus", "person", C("debt_dispute", firm="scl"), "Sterling Credit loan - payment protection",
  """About half of the balance you are collecting for Sterling Credit is the monthly payment protection cover that was added to my loan in 2021. I was never asked whether I wanted it - it was pre-ticked on the online application - and I could never have claimed on it as I was self-employed at the time.

I would like this looked at properly by Sterling. Could you refer it back to them and put the account on hold while they do?""",
  "A mis-sold add-on on the creditor's loan makes up much of the debt; the grievance is the creditor's own conduct, so about_other_firm=scl; category debt_dispute.")

S("conexus", "person", C("debt_dispute", firm="wbc"), "Council tax arrears - single person discount",
  """Your letter says I owe £684.20 in council tax arrears to Westbury Council for 2024-25. I have lived alone since my husband died in April 2023 and applied for the single person discount in May 2023; I have the council's acknowledgement. The arrears are the 25% discount that was never applied.

Could you refer this back to the council so the bill can be corrected? I'll pay anything that is still owed after that.""",
  "The arrears exist because the council did not apply a discount, so the root cause is the creditor's billing: about_other_firm=wbc; category debt_dispute.")

S("conexus", "person", C("debt_dispute", firm="unknown"), "Castlegate Fitness membership",
  """You have written to me about £156 owed to Castlegate Fitness. I cancelled my membership in writing in June, giving the one month's notice in their terms, and have their email confirming the cancellation. The £156 is three months of fees they took after that date, which my bank then reversed.

Please send this back to Castlegate. I don't believe I owe anything.""",
  "The debt is a creditor's fees charged after cancellation; Castlegate Fitness is not in the directory, so about_other_firm=unknown; category debt_dispute.")

S("conexus", "creditor", C("inaccurate_information"), "Remittance reports - October and November",
  """The remittance reports for October and November listed around 40 of our accounts under our old client code (CL-02), which was retired in August. Our finance team have had to re-key those lines by hand to match the payments, and two were allocated to the wrong customers before we noticed.

Could you correct the two reports, confirm what went wrong, and make sure December's report uses the current code?""",
  "A creditor client reports wrong information in Conexus's reports, with corrections and an explanation requested: implicit complaint, inaccurate_information. The creditor complains about Conexus, so about_other_firm null.")

S("conexus", "creditor", C("delay"), "Late remittance - November",
  """Under our agreement, collected funds are remitted by the 10th of the following month. November's remittance arrived on the 24th, and October's on the 19th. Nobody told us either would be late.

Please could you let us know the reason and confirm that December's will be on time?""",
  "A creditor client points out that Conexus's remittances are late and wants a reason and confirmation: implicit complaint, delay.",
  alts=[("short", "November remittance 14 days late",
         "November's remittance came on the 24th, October's on the 19th - both due by the 10th. Please explain and confirm December will be on time.")])

S("conexus", "creditor", C("collection_conduct"), "What agents are telling our customers",
  """Three of our customers have contacted us this month, upset, after calls from your agents. Each says they were told that court action was 'already being prepared'. We have not authorised litigation on any account placed with you, and it is not how we expect our customers to be spoken to.

Could you review those calls (account references attached), let us know what you find, and confirm what you will do to make sure agents do not say this?""",
  "A creditor client is dissatisfied with how Conexus's agents are pursuing its customers and asks for a review and a reply: implicit complaint, collection_conduct; the creditor is the complainant, not the subject.")

S("conexus", "creditor", C("service_quality", ex=True), "Recalled accounts still being worked",
  """We would like to log a formal complaint about how our recall of 1 November was handled. We recalled 118 accounts that day, and you confirmed receipt. Two weeks later at least 14 of those customers were still receiving letters and calls from you, and one agreed a new plan with your agent on the 12th.

Please confirm that all 118 accounts have now been closed on your system, send us details of any contact or payments since 1 November, and explain how the recall was missed.""",
  "The creditor client expressly calls it a formal complaint (explicit) about Conexus failing to act on its instruction: service_quality, the way the client was served, with about_other_firm null.")

S("conexus", "person", C("personal_data", pd=True, r="rectification"), "My name on your letters",
  """Your letters are addressed to 'Mr Jon Hailey'. My name is John Haley. It's a small thing, but it means the letters don't match my bank and my ID, and your agent couldn't find me when I rang because she searched under the right spelling.

Could you please correct my name on your records and confirm when it's done?""",
  "Conexus holds the debtor's name wrongly, which caused a problem, and he asks for it to be corrected: an implicit complaint about inaccurate personal data (personal_data, category personal_data) with rights=rectification; nothing disclosed, so breach false.")

S("conexus", "person", C("personal_data", pd=True, br=True), "Email sent to my old address",
  """In June I asked you to stop using the email address I shared with my ex-partner and gave you my new one, which you confirmed. On 25 November you sent my account statement - balance, payments and my new address - to the old shared address. He has forwarded it to me.

Could you tell me how that address came to be used again after I'd changed it, and what you are doing to make sure it doesn't happen again?""",
  "Conexus sent the debtor's account details to an address she had withdrawn, where another person read them: a disclosure to the wrong person (breach), so personal_data and breach true, category personal_data; she asks for an explanation and a fix, not for any data right, so rights stay empty.")

S("conexus", "person", C("personal_data", pd=True, r="access"), "Request for my information - 5 October",
  """On 5 October I asked for a copy of the information you hold about me, including call recordings. I had an acknowledgement on 7 October and nothing since. That's over two months.

I still need it - I'm preparing for a meeting with a debt adviser. Please could you send it, and let me know why it has taken this long?""",
  "A subject access request has gone unanswered beyond the time limit and the writer re-asks for it: a data-rights request badly handled, so personal_data true and category personal_data (the specific data theme rather than generic delay), rights=access.")

S("conexus", "person", C("personal_data", pd=True, br=True), "Voicemail on our home phone",
  """On Monday a message was left on our home answerphone asking me to call about 'your outstanding balance of £2,140 with Sterling Credit'. My teenage son played it back before I got home. I have a mobile number on my account, which I asked you to use.

I'd like to know why the message was left on the landline with the amount in it, and to be assured it won't happen again.""",
  "Leaving the debt details on a shared answerphone disclosed them to another person, which is the main grievance: personal_data and breach true, category personal_data. Sterling Credit is only named as the creditor, so about_other_firm null.")

S("conexus", "person", C("inaccurate_information"), "Missed payment letters",
  """I don't want to make a fuss, but I've had two letters this month saying I've missed payments on my plan. I pay by standing order on the 1st and the money has gone out every month - I've checked with my bank.

Could you check my account and confirm it is up to date, so these letters stop? They do worry me.""",
  "Despite 'I don't want to make a fuss', the writer is dissatisfied that Conexus's letters wrongly say she has missed payments and asks for a check and confirmation: implicit complaint, inaccurate_information (the amount owed is not challenged).")

S("conexus", "person", C("collection_conduct"), "Number of texts and calls",
  """I've been on a payment plan with you since September and have paid every month on time. I am still getting a text almost every day and two or three calls a week asking me to 'get in touch about your account'.

I'm not sure why, as the plan is up to date. Could you look into it and reduce the contact to what is actually needed?""",
  "The debtor is dissatisfied with the frequency of Conexus's contact while a plan is being kept and asks for it to be reduced: implicit complaint, collection_conduct.")

S("conexus", "person", C("collection_conduct"), "Request for 30 days - signed off work",
  """On 4 November I rang to say I'd been signed off work with stress for a month and asked for 30 days' breathing room before setting up a plan. Your agent said that would be noted. On 10 November I had a letter warning of a field visit if I didn't pay within seven days.

I'd like the 30 days I asked for, and an explanation of why the letter was sent.""",
  "The debtor is unhappy that a demand was sent after he told Conexus about his health and asked for time; he wants the pause and an explanation: implicit complaint about how the debt is pursued, collection_conduct.")

S("conexus", "person", C("wait_time"), "Web chat",
  """I waited on your web chat for 50 minutes yesterday ('You are number 23'), and at 5pm it closed with 'our advisers are now unavailable'. I'd joined at 4.10. Could someone email me instead about changing my payment date?""",
  "Waiting nearly an hour to reach someone on chat and being cut off, with an alternative contact requested: implicit complaint, wait_time.")

S("conexus", "adviser", C("wait_time"), "Adviser line waiting times",
  """Our advisers are regularly waiting 40 minutes or more on your dedicated adviser line - four times last week, with one call cut off after 52 minutes. We see clients in 45-minute appointments, so in practice we can't resolve anything with you while the client is with us.

Could you let us know what answer times the adviser line is meant to achieve, and what is being done to get waits back down?""",
  "A money advice agency writes about its own staff's waits on the adviser line, not for a named client, so third_party=false (staff writing for their own organisation); dissatisfaction with waiting to reach Conexus plus an answer expected: implicit complaint, wait_time.")

# ---------------------------------------------------------------------------------------------
# Conexus: calm near misses (not complaints)

S("conexus", "person", N(), "Trace fee and the settlement figure",
  """Your letter of 3 October mentioned a £25 trace fee on my account. Could you tell me whether that is included in the settlement figure you quoted on the phone last week (£890), or whether it is on top? I'd like to pay the right amount in one go.""",
  "A neutral question about how a fee fits into a settlement figure, with no objection to the fee: an enquiry, not a complaint.",
  alts=[("short", "Is the trace fee in the £890?",
         "Is the £25 trace fee included in the £890 settlement figure or on top? Want to pay the right amount. Ref CX-6630281.")])

S("conexus", "person", N(), "Re: Your payment date - CX-3302977",
  """That's all sorted now - the payment came out on the 15th as you said, and the letter about arrears has been withdrawn. Thank you for dealing with it so quickly. No need to reply.""",
  "A thank-you confirming that an earlier problem has been put right, with nothing outstanding and 'no need to reply': not a complaint (guide rule 5).",
  quote="We are sorry for the confusion over your payment date. We have moved your payment to the 15th of each month and withdrawn the arrears letter sent in error.\n\nConexus Customer Services",
  always=True)

S("conexus", "person", N(), "Changing my payment date",
  """I've started a new job and get paid on the 28th. Could I move my monthly payment from the 1st to the 28th from January? Account CX-4418803. Thanks.""",
  "A routine service request to change a payment date, with no dissatisfaction: not a complaint.")

S("conexus", "adviser", N(tp=True), "Financial statement and hold request - Mr T. Gill - CX-8803315",
  """We are now acting for Mr Tomasz Gill (authority attached) and are preparing a financial statement. Please could you hold the account for 30 days and direct any correspondence to us in the meantime? We expect to send his statement and an offer by 9 January.""",
  "A routine adviser request for a hold while preparing a financial statement, with no criticism of Conexus: not a complaint; written for a client, so third_party=true.")

S("conexus", "adviser", N(tp=True), "Breathing Space notification - client Ms L. Crane",
  """For your records: our client Ms Louise Crane (your ref CX-2276150) entered a standard Breathing Space today, reference BS-2025-1208-2291. The Insolvency Service notification should reach you separately. Please note the moratorium on her account. Thank you.""",
  "A routine notification by an adviser (third_party) that a client has entered Breathing Space, with no dissatisfaction: not a complaint, and 'moratorium' wording sets no label.")

S("conexus", "creditor", N(), "Monthly reporting from January",
  """From January our collections team is reorganising. Could monthly performance reports go to collections.reporting@ rather than to me personally, and could you confirm which day of the month they will be sent? No other changes.""",
  "A creditor client's routine request to change where reports go: a service request, not a complaint.")

S("conexus", "person", N(tp=True), "Helping my dad with his account",
  """My dad has asked me to help him deal with his account with you (ref CX-5019934) as his eyesight is getting worse. What do you need from us so that you can speak to me about it? Is there a form we can fill in online?""",
  "A relative asks how to become an authorised third party, with no dissatisfaction: an enquiry, not a complaint; written on the father's behalf, so third_party=true.")

S("conexus", "person", N(), "Final payment and closure letter",
  """I made what should be my final payment of £64.20 on Tuesday. Could you confirm it has cleared and let me know when I'll receive the letter confirming the account is closed? Ref CX-1180452.""",
  "A status enquiry about a final payment and closure letter, with no criticism: an enquiry, not a complaint.")

S("conexus", "person", N(r="rectification"), "New address - CX-7734519",
  """This isn't a complaint, just an update: I moved on 22 November. My new address is Flat 3, 18 Beech Road, Darlington DL1 4PQ. Please update your records so letters come here.""",
  "An address update with no dissatisfaction: not a complaint ('complaint' only in a denial), but asking Conexus to update its record is a rectification request, so rights=[rectification].")

S("conexus", "solicitor", N(tp=True), "Mr R. Quigley - balance confirmation - CX-3348702",
  """We act for Mr Robert Quigley in connection with his financial affairs (authority enclosed). For our file, could you confirm the current balance on the account, the name of the creditor you act for, and whether any payment arrangement is in place?""",
  "A solicitor's routine request for account information on a client's behalf (third_party), with no dispute or dissatisfaction: not a complaint, and not a request for a copy of the client's data.")

S("conexus", "person", N(), "Payment made - new bank",
  """Just letting you know I've changed banks, so this month's payment came from a Nationwide account in my name rather than the usual one. Same reference (CX-6207718). Nothing needed from you - just so it isn't queried.""",
  "Information only, with 'nothing needed from you' and no dissatisfaction: not a complaint.")


# ---------------------------------------------------------------------------------------------
# rendering

P_THIRD = 0.28  # chance that a scenario without a rewrite gets a third envelope
ENVELOPES = ("html", "long-signature", "typos", "quoted")


def typo_pick(rng, most):
    """A pick for edit_words: up to `most` lower-case words of 6+ letters, never a form of 'complain'."""
    done = [0]

    def pick(w):
        if done[0] >= most or len(w) < 6 or not w.islower() or "complain" in w:
            return False
        if rng.random() < 0.12:
            done[0] += 1
            return True
        return False
    return pick


def render(sc, rng, kind, alt=None):
    """One record of scenario sc in envelope `kind` (or as the rewrite `alt`)."""
    mailbox, role = sc["mailbox"], sc["role"]
    sender, info = make_sender(rng, role, mailbox)
    subject, body = sc["subject"], sc["body"]
    if alt is not None:
        kind, subject, body = alt[0], alt[1], alt[2]
    env = kind
    if kind == "subject_only":
        return sender, subject, {}, "", False, "subject-only"
    typos = kind == "typos" or (kind in ("plain", "html", "quoted") and rng.random() < 0.25)
    if typos:
        edited = edit_words(body, rng, typo_pick(rng, rng.choice((1, 2))))
        if kind == "typos" and edited == body:
            env = "plain"
        body = edited
    if kind == "short":
        text = body + rng.choice(["", "\n\n" + info["first"], "\n\nThanks, " + info["first"]])
    else:
        greet = rng.choice(GREET_PRO[mailbox] if "org" in info else GREET_PERSON)
        style = "long" if kind == "long-signature" else rng.choice(("short", "std", "std"))
        signoff = rng.choice(SIGNOFF)
        text = (greet + "\n\n" if greet else "") + body + "\n\n" + signoff + "\n" + signature(info, style)
    quote = None
    if sc["always"] or kind == "quoted":
        head, generic = FIRM_REPLY[mailbox]
        q = sc["quote"] or generic.format(ref=f"SUP-{rng.randrange(600000, 699999)}")
        quote = head.format(date=rng.choice(DATES)) + "\n" + quote_lines(q)
        if not subject.lower().startswith("re:"):
            subject = "RE: " + subject
    headers = {}
    if quote:
        domain = "pexa.co.uk" if mailbox == "pexa" else "conexus.co.uk"
        headers = {"in-reply-to": f"<{rng.randrange(16 ** 12):012x}@{domain}>"}
    html = kind == "html" or (quote is not None and rng.random() < 0.2)
    if html:
        out = html_with_quote(text, quote)
    else:
        out = text + ("\n\n" + quote if quote else "")
    if html and env != "html":
        env = env + "+html"
    return sender, subject, headers, out, html, env


def build(rng):
    records = []
    for sc in SCENARIOS:
        plan = ["quoted" if sc["always"] else "plain"]
        rich = [k for k in ENVELOPES if not (sc["always"] and k == "quoted")]
        rng.shuffle(rich)
        if sc["alts"]:
            plan += [rich[0]] if len(sc["alts"]) == 1 else []
            plan += [("alt", a) for a in sc["alts"]]
        else:
            plan += rich[:3 if rng.random() < P_THIRD else 1][:2]
        seen = set()
        for step in plan:
            for _ in range(5):  # a different sender for every variant
                if isinstance(step, tuple):
                    got = render(sc, rng, None, alt=step[1])
                else:
                    got = render(sc, rng, step)
                if got[0] not in seen:
                    break
            seen.add(got[0])
            sender, subject, headers, body, html, env = got
            records.append({"id": "", "mailbox": sc["mailbox"], "from": sender, "subject": subject,
                            "headers": headers, "body": body, "html": html, "labels": dict(sc["labels"]),
                            "note": sc["note"], "source": sc["source"], "_env": env})
    return records


def summary(records, env_count):
    """The two lines main() prints: records, complaints and not, then records per envelope."""
    comp = sum(r["labels"]["complaint"] for r in records)
    return (f"wrote {len(records)} records from {len(SCENARIOS)} scenarios to {os.path.relpath(OUT, ROOT)} "
            f"({comp} complaints, {len(records) - comp} not)\n"
            + "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))


def main():
    return run_generator(build, SEED, "cc", OUT, summary=summary)


if __name__ == "__main__":
    raise SystemExit(main())
