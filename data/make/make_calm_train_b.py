#!/usr/bin/env python3
"""Calm complaints and calm near misses in a business register (set "ctb"), stdlib only.

60 scenarios (30 per mailbox), each rendered twice with different envelopes drawn from the seeded rng:
  * 40 complaints written calmly (36 implicit, 4 explicit), spread over the guide's root-cause categories,
    4 purely about a directory firm (about_other_firm), 8 that also ask for a data right, 3 subject-only;
  * 20 near misses that are not complaints (enquiries, service requests, fixed-with-thanks, feedback with
    "no need to reply", and 10 data-rights requests made without dissatisfaction).
Writers are mostly professionals: conveyancers, practice managers, lenders' operations staff and compliance
officers (pexa); money advisers, solicitors, MPs' caseworkers, creditor clients' staff and a few individuals
(conexus). A sentence that asks for a right is written inline as [[right|sentence]] and becomes a
request_sentences mark. Every person, address and reference number is invented.

Run from the repository root:  .venv/bin/python data/make/make_calm_train_b.py
"""
import collections
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270513
PREFIX = "ctb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "calm_train_b.jsonl")


def T(s):
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------------------------
# envelope material

FIRST = ["Amelia", "Rohan", "Bethany", "Callum", "Priyanka", "Gareth", "Hannah", "Tobias", "Nadia", "Owen",
         "Leanne", "Marcus", "Sinead", "Farhan", "Eleanor", "Declan", "Yasmin", "Stuart", "Chloe", "Adebayo",
         "Fiona", "Kieran", "Joanna", "Ravi", "Megan", "Lewis", "Agnieszka", "Martin", "Zara", "Huw",
         "Catriona", "Imogen", "Dominic", "Aisling", "Bilal", "Rebecca", "Graham", "Tessa", "Oluwaseun", "Niall"]
LAST = ["Whitfield", "Chaudhry", "Penrith", "Okonkwo", "Haldane", "Mercer", "Brannigan", "Sutcliffe", "Varma",
        "Lockhart", "Tregear", "Osei", "Fairbairn", "McAllister", "Dunstan", "Kowalczyk", "Ellery", "Rahman",
        "Gilchrist", "Templeton", "Hargreaves", "Nwosu", "Pickering", "Lindley", "Achterberg", "Carradine",
        "Moorhouse", "Bhatt", "Quinlan", "Everett", "Sandhu", "Roebuck", "Tennant", "Llewellyn", "Ashdown"]
FREEMAIL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
            "virginmedia.com", "sky.com"]

GREET = {"pexa": ["Dear PEXA Support team,", "Hello,", "Good morning,", "Dear Sir or Madam,", "Hi,",
                  "Dear colleagues,", "Good afternoon,"],
         "conexus": ["Dear Conexus,", "Hello,", "Good morning,", "Dear Sir or Madam,", "Dear Customer Services team,",
                     "To whom it may concern,", "Good afternoon,"]}
SIGNOFF = ["Kind regards", "Regards", "Many thanks", "Best regards", "Thank you", "With thanks"]

DISCLAIMERS = {
    "law": ["This email and any attachments are confidential and may be legally privileged. If it has reached you "
            "in error, please tell us by return and delete it. {org} is authorised and regulated by the Solicitors "
            "Regulation Authority (SRA number {num}).",
            "Cyber-crime warning: we will never tell you about a change to our bank details by email. Always "
            "telephone us on a number you have checked independently before sending money to {org}.",
            "{org} processes personal data in accordance with its privacy notice, which is available on our website "
            "or on request. This message is intended for the addressee only."],
    "lender": ["{org} is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
               "Authority and the Prudential Regulation Authority (firm reference {num}). This message is "
               "confidential; if you are not the addressee, please delete it and let the sender know.",
               "Calls may be recorded for training and monitoring. The information in this email is confidential "
               "and intended solely for the addressee."],
    "advice": ["{org} is a registered charity (no. {num}). The information in this email is confidential. We use "
               "personal data in line with our privacy notice, available on request.",
               "Advice is free, confidential and impartial. If you have received this email in error please "
               "notify the sender and delete it."],
    "creditor": ["This email is confidential and intended for the named recipient only. Any views expressed are "
                 "those of the sender and not necessarily of {org}.",
                 "Please consider the environment before printing this email."],
    "vendor": ["This message is confidential. If you are not the intended recipient please notify the sender "
               "and delete it. {org}, registered in England and Wales, company number {num}."],
}

FIRM_FROM = {"pexa": [("PEXA Support", "support@pexa.co.uk"), ("PEXA Customer Operations", "operations@pexa.co.uk")],
             "conexus": [("Conexus", "customerservices@conexus.co.uk"),
                         ("Conexus Customer Care", "care@conexus.co.uk")]}
GENERIC_QUOTES = {
    "pexa": ["Thank you for contacting PEXA Support. We have opened case {ref}. Could you reply with any workspace "
             "numbers or screenshots that would help us look into this?\n\nPEXA Support",
             "Thanks for your message. Your case number is {ref}. Please reply to this email with any further "
             "details and they will be added to the case.\n\nKind regards\nPEXA Customer Operations"],
    "conexus": ["Thank you for your email. Your message has been logged under reference {ref}. If you have any "
                "further information, please reply to this email and include your account reference.\n\n"
                "Conexus Customer Services",
                "Thank you for contacting Conexus. So that we can help, please reply with the account reference "
                "and the details of your query.\n\nOur ref: {ref}\nCustomer Services Team"],
}
MONTHS = ["March", "April", "May"]


# ---------------------------------------------------------------------------------------------
# senders: kind "pro" (org, domain, titles, sector), "ind" (individual), "mp" (MP's office)

def pro(org, domain, titles, sector):
    return {"kind": "pro", "org": org, "domain": domain, "titles": titles, "sector": sector}


IND = {"kind": "ind"}


def mp(member, titles=("Caseworker", "Senior Caseworker", "Parliamentary Assistant")):
    return {"kind": "mp", "member": member, "titles": list(titles)}


KESTREL = pro("Kestrel Building Society", "kestrelbs.co.uk",
              ["Completions Operations Team Leader", "Mortgage Operations Manager"], "lender")
CASTLEGATE = pro("Castlegate Conveyancing", "castlegateconveyancing.co.uk",
                 ["Licensed Conveyancer", "Senior Conveyancer"], "law")
HARTWELL = pro("Hartwell Moss LLP", "hartwellmoss.co.uk", ["Practice Manager", "Operations Manager"], "law")
BRINDLEY = pro("Brindley & Shaw LLP", "brindleyshaw.co.uk", ["Paralegal", "Conveyancing Assistant"], "law")
GREYFRIARS = pro("Greyfriars Law LLP", "greyfriarslaw.co.uk",
                 ["Compliance Officer for Legal Practice", "Head of Risk and Compliance"], "law")
ASHBY = pro("Ashby Reeve Solicitors", "ashbyreeve.co.uk", ["Associate Solicitor", "Senior Conveyancer"], "law")
CALDER = pro("Calder Mutual Building Society", "caldermutual.co.uk",
             ["Redemptions Officer", "Mortgage Servicing Team Leader"], "lender")
PENFOLD = pro("Penfold & Marr Solicitors", "penfoldmarr.co.uk",
              ["Partner, Residential Property", "Compliance Officer"], "law")
WHITCOMBE = pro("Whitcombe Legal", "whitcombelegal.co.uk", ["Practice Manager", "Office Manager"], "law")
MOORCROFT = pro("Moorcroft Solicitors", "moorcroftlaw.co.uk", ["Solicitor", "Head of Conveyancing"], "law")
LYLE = pro("Lyle Conveyancing", "lyleconveyancing.co.uk", ["Training and Practice Manager", "Conveyancer"], "law")
BRAMLEY = pro("Bramley Fox Solicitors", "bramleyfox.co.uk", ["Trainee Solicitor", "Conveyancing Executive"], "law")
NORTHGATE = pro("Northgate Property Lawyers", "northgateproperty.co.uk", ["Senior Conveyancer", "Solicitor"], "law")
FERRIS = pro("Ferris Gant Solicitors", "ferrisgant.co.uk", ["Conveyancing Partner", "Solicitor"], "law")
DUNMORE = pro("Dunmore Conveyancing", "dunmoreconveyancing.co.uk", ["Practice Manager", "Accounts Manager"], "law")
TVM = pro("Thames Valley Mortgages", "tvmortgages.co.uk",
          ["Head of Completions", "Settlement Operations Manager"], "lender")
OAKRIDGE = pro("Oakridge Home Loans", "oakridgehomeloans.co.uk",
               ["Marketing Manager", "Head of Intermediary Relations"], "lender")
RADLEY = pro("Radley Cole Solicitors", "radleycole.co.uk", ["Completions Clerk", "Conveyancer"], "law")
HEATHCOTE = pro("Heathcote Bank", "heathcotebank.co.uk", ["Redemptions Team", "Mortgage Operations Analyst"], "lender")
KINGSLEY = pro("Kingsley Abbott Solicitors", "kingsleyabbott.co.uk", ["Practice Manager", "Finance Manager"], "law")
SEFTON = pro("Sefton Kaur Law", "seftonkaur.co.uk", ["Conveyancing Executive", "Solicitor"], "law")
EASTGATE = pro("Eastgate Money Advice", "eastgatemoneyadvice.org.uk", ["Money Adviser", "Senior Debt Caseworker"],
               "advice")
NORTHFIELD = pro("Northfield Debt Advice Centre", "northfieldadvice.org.uk", ["Debt Adviser", "Money Adviser"],
                 "advice")
RIVERSIDE = pro("Riverside Money Advice", "riversidemoneyadvice.org.uk",
                ["Money Adviser", "Advice Team Leader"], "advice")
HARCOURT = pro("Harcourt Bell Solicitors", "harcourtbell.co.uk", ["Solicitor", "Litigation Executive"], "law")
LOWTHER = pro("Lowther & Vance Solicitors", "lowthervance.co.uk", ["Solicitor", "Associate"], "law")
WESTBURY = pro("Westbury Council Tax Services", "westbury.gov.uk",
               ["Revenues Contracts Officer", "Recovery Team Manager"], "creditor")
STERLING = pro("Sterling Credit Loans", "sterlingcredit.co.uk",
               ["Collections Operations Manager", "Finance Business Partner"], "creditor")
LUMEN = pro("Lumen Water", "lumenwater.co.uk", ["Collections Manager", "Debt Recovery Lead"], "creditor")


# ---------------------------------------------------------------------------------------------
# the scenarios

L = short_labels
SCEN = []


def S(n, mailbox, sender, subject, core, lab, note, quote=None, quote_only=False, short=None, subjects=None,
      quote_date=None):
    SCEN.append({"n": n, "mailbox": mailbox, "sender": sender, "subject": subject, "core": T(core) if core else "",
                 "labels": lab, "note": note, "quote": quote, "quote_only": quote_only,
                 "short": T(short) if short else None, "subjects": subjects, "quote_date": quote_date})


# ----- PEXA: calm complaints -----

S(1, "pexa", KESTREL, "Workspaces PX-7730418 and PX-7730562 - funds left our account, settlement did not complete", """
    Reference: KBS/COMP/2027/0419

    Yesterday two of our settlements stopped at the funds verification step. In both cases our payment left the settlement account at 12:40, but the workspaces went on showing 'awaiting lender funds' and settlement did not take place until 10:15 this morning, after our team re-keyed the confirmations by hand.

    1. Please explain what failed and whether other lenders were affected.
    2. Please confirm that no second debit will be taken for either workspace.
    3. The borrowers' conveyancers have asked us to meet one night's interest on the onward purchases. We would like to know whether PEXA will reimburse that, as the fault was not ours.
    """, L(c=True, cat="platform_defect"),
  "A settlement stalled by a system fault plus requests for an explanation and reimbursement is an implicit complaint "
  "about PEXA's platform (platform_defect); Kestrel is only the writer's employer, so about_other_firm stays null.")

S(2, "pexa", CASTLEGATE, "Upload error on documents over 5MB", """
    Since Thursday's release, any PDF over 5MB fails with 'Something went wrong (code 0)' when we add it to a workspace, so we are splitting title documents by hand. Could you let me know when this will be fixed?
    """, L(c=True, cat="platform_defect"),
  "A fault since a release that costs the firm work, with a fix date asked for, is an implicit complaint "
  "(platform_defect) even in two polite sentences.")

S(3, "pexa", HARTWELL, "Date entry on the completion date field", """
    Since the new workspace screens went live, the completion date field accepts a date typed month first without any warning. Twice last week a fee earner typed 06/07 meaning 6 July and the workspace saved 7 June. Both were caught by the other side's conveyancer, but only just.

    The system is doing what it was built to do, but it is very easy to get wrong. Could you either show the date in words once it has been entered or fix the field to the UK format, and let me know whether this is planned?
    """, L(c=True, cat="usability"),
  "The field works as designed but invites costly mistakes and a change and reply are asked for: implicit complaint, "
  "usability rather than platform_defect.",
  short="""
    The completion date field on the new screens takes month-first dates without warning and twice last week saved 7 June for 6 July. Could it show the date in words or use the UK format? Please let me know if this is planned.
    """)

S(4, "pexa", BRINDLEY, "", "", L(c=True, cat="usability"),
  "Subject-only: a working screen that is hard to use, with a request to change it, is an implicit complaint "
  "(usability).",
  subjects=["Settlement statement screen cuts off the lender columns on a laptop - can this be changed? Our team keep missing the figures",
            "Lender columns on the settlement statement screen are hidden on laptop screens and staff keep missing figures - please could this be looked at"])

S(5, "pexa", GREYFRIARS, "Annual re-verification by video call", """
    Our ref: GFL/RISK/114

    Your notice of 2 April says every subscriber must now re-verify their identity each year on a video call booked between 10am and 3pm on a weekday. Eleven of our conveyancing staff work part-time and several are never in the office in that window, so under the new rule they will lose access at the end of the month unless they come in on a day off.

    We are not questioning the need for identity checks, but this rule does not work for a firm like ours. Please consider offering evening slots or accepting a certified check carried out by our own risk team, and let us know before 30 May what you decide, as we need to plan rotas.
    """, L(c=True, cat="process"),
  "The rule itself (daytime-only video re-verification) is the grievance and a change is asked for: implicit complaint, "
  "process; Greyfriars is the sender, not the subject, so about_other_firm is null.")

S(6, "pexa", ASHBY, "Support line on completion day", """
    On Friday, with three completions booked, I held on your support line for 42 minutes before reaching someone, who then said a specialist would ring me back within the hour. Nobody did, and I eventually got through again at 3.50pm.

    Fridays are the busiest day for all of us. Could someone call me to discuss how firms can reach the settlement team quickly on completion days? My direct line is 0113 496 0772.
    """, L(c=True, cat="wait_time"),
  "A long hold and an unreturned callback, with a call asked for, is an implicit complaint about waiting to reach "
  "someone: wait_time, not delay.",
  short="""
    42 minutes on hold on Friday, then the promised callback never came. Could someone ring me on 0113 496 0772 about reaching the settlement team quickly on completion days?
    """)

S(7, "pexa", CALDER, "Discharge query - workspace PX-7614203", """
    I am following up the query below, which we raised on 7 April. It is now 15 working days and we have had no reply beyond the acknowledgement, while the borrower's solicitor asks us most days whether the discharge has been registered.

    Please let me have an answer this week, or a date by which we will have one.
    """, L(c=True, cat="delay"),
  "A 'still waiting' chaser after 15 working days with a deadline for a reply is an implicit complaint about delay; "
  "the quoted acknowledgement is context only.",
  quote="Thank you for your email. We have logged your query about the discharge on workspace PX-7614203 under "
        "reference {ref}. A member of the Lodgement team will be in touch.\n\nPEXA Support", quote_only=True,
  quote_date="8 April")

S(8, "pexa", PENFOLD, "Requisition resubmission - 14 Larch Rise - formal complaint", """
    Your ref: PX-LR-55821

    HM Land Registry raised a requisition on this application on 29 April. Your lodgement team told us on 30 April that they would correct the form and resubmit within two working days. Nine working days on, the application still shows the requisition as open and our client's lender has begun asking questions.

    Please treat this as a formal complaint about the delay. We would like the resubmission made now, written confirmation once it is done, and an explanation of why the promised timescale was missed.
    """, L(c=True, ex=True, cat="delay"),
  "The writer calls it a formal complaint (explicit) and the grievance is a missed promised timescale: delay.")

S(9, "pexa", WHITCOMBE, "Ticket closed without action - please assign an owner", """
    Reference: tickets 88104, 88217 and 88342

    Our issue (a workspace showing the wrong acting firm) has now been raised three times. Each time the ticket was closed within a day with a note asking us to raise a new ticket with screenshots, which we had already attached. It does not look as if anyone opened the attachments.

    1. Please assign one person to own this until it is resolved.
    2. Please ask that person to contact me directly rather than open another ticket.
    """, L(c=True, cat="service_quality"),
  "The grievance is how the tickets were handled (closed unread three times) and an owner and contact are asked for: "
  "implicit complaint, service_quality.",
  short="""
    Tickets 88104, 88217 and 88342 were each closed asking for screenshots we had already attached. Please give this one owner and ask them to contact me directly.
    """)

S(10, "pexa", MOORCROFT, "Lender not invited - advice from your helpdesk", """
    Workspace: PX-7759014, 3 Quarry Bank, Settle

    On 6 May your helpdesk told my assistant that once we added the incoming lender's panel reference, the lender would be invited to the workspace automatically. That was not right: the invitation has to be sent by the acting firm, and nobody told us. We found out on completion morning and completion moved to the next day.

    Our clients were charged £180 by their removal firm for the extra day. Please correct the guidance your helpdesk gives, and let us know whether you will reimburse that charge.
    """, L(c=True, cat="inaccurate_information"),
  "Wrong advice from the helpdesk caused a late completion and a cost: implicit complaint, inaccurate_information "
  "(the specific cause beats delay).")

S(11, "pexa", LYLE, "New-starter training videos", """
    The training videos we were sent for our four new starters still show the old workspace layout, so they are learning screens that no longer exist. Could you send current materials and book us a replacement live session?
    """, L(c=True, cat="training"),
  "Outdated training materials with replacements asked for is an implicit complaint in the training category.")

S(12, "pexa", BRAMLEY, "Identity verification failing - new user registration", """
    I joined Bramley Fox in April and have been trying to register as a PEXA user since 22 April. My passport shows a single name with no surname, and your registration form requires both a first name and a last name. Whatever I enter, the automated identity check fails, and it has now rejected me four times. Until I am registered I cannot work on the firm's completions.

    [[automated_decision|Please have a person review my identity documents instead of relying on the automated check.]] I would also be grateful for a contact name so that this does not go round again.
    """, L(c=True, r="automated_decision", cat="onboarding"),
  "Registration blocked by an automated identity check, with a human review asked for: implicit complaint, onboarding; "
  "the review request is the automated_decision right and personal_data stays false.")

S(13, "pexa", NORTHGATE, "Survey call from Quorvane Research", """
    Last week I received an email and then a call on my work mobile from Quorvane Research, who said they were running a satisfaction survey for PEXA and had my details from you. I was not told that my details would be passed to anyone outside PEXA, and I am not aware of any notice that says so.

    1. [[informed|Please tell me which of my details you gave Quorvane Research, on what legal basis, and how long they will keep them.]]
    2. [[objection|I object to my details being used for surveys or marketing, by you or by anyone acting for you.]]
    3. Please confirm in writing once this has been done.
    """, L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Personal data passed to an unexpected third party, with an explanation asked for, is an implicit complaint about "
  "data handling (personal_data, unexpected use so breach=false); 'which details, what basis' = informed, 'I object' = "
  "objection.")

S(14, "pexa", FERRIS, "Notification emails still reaching us for a matter we left", """
    Workspace PX-7702281, 9 Heron Court

    Our firm was removed from this workspace in March when the seller changed solicitors. Since then your system has sent us four notification emails about it, the latest this morning, each showing the seller's full name, new correspondence address and the redemption figure. We have deleted them and have not passed them on.

    Please stop these notifications, tell us whether anyone else outside the matter has been receiving them, and confirm what you are doing about it. We assume the seller's new solicitors should also be told.
    """, L(c=True, pd=True, br=True, cat="personal_data"),
  "A client's details sent to a firm no longer on the matter is a disclosure to the wrong recipient (breach) and the "
  "writer expects action and a reply: implicit complaint, personal_data; 'we have deleted them' is not erasure.")

S(15, "pexa", DUNMORE, "Invoice INV-2027-04-3318 - abandoned workspace", """
    Our April invoice includes the £24 workspace fee for PX-7741177, which was abandoned before settlement when the buyer withdrew, and your fee schedule says no fee is charged in that case. Please issue a credit note.
    """, L(c=True, cat="fees_charges"),
  "A fee charged against the firm's own fee schedule, with a credit asked for, is an implicit complaint (fees_charges) "
  "rather than a neutral billing question.")

S(16, "pexa", TVM, "Late lodgement surcharges - April statement", """
    Account: TVM-0042

    Our April statement includes late lodgement surcharges of £35 on seven workspaces (list attached). In every case the lodgement was late because HM Land Registry's portal was unavailable on 14 and 15 April, which your own service notice confirmed at the time.

    I would like this logged as a complaint. Please remove the seven surcharges, £245 in total, and confirm that the surcharge will not be applied to registry outages in future.
    """, L(c=True, ex=True, cat="fees_charges"),
  "A fee wrongly added, in a message asking for it to be 'logged as a complaint': explicit, fees_charges; Thames Valley "
  "Mortgages is the sender, so about_other_firm is null.")

S(17, "pexa", OAKRIDGE, "Our name and logo in your roadshow brochure", """
    Your regional roadshow brochure, handed out in Leeds on Tuesday, lists Oakridge Home Loans as a 'launch partner' and uses our logo. We have not agreed to either, and two brokers have already asked us about the partnership.

    Please withdraw the brochure or remove our name and logo, and let me know when that has been done.
    """, L(c=True, cat="other"),
  "A real grievance (name and logo used without agreement) with a remedy asked for but no matching theme: implicit "
  "complaint, other.")

S(18, "pexa", IND, "Sale of 41 Beech Grove, Exeter - completion statement", """
    I hold a lasting power of attorney for my mother, Mrs Eileen Garside, who is selling 41 Beech Grove. Her conveyancers, Marsh and Penrose, told us on 22 April that the completion statement would follow in a day or two. We have heard nothing since, despite three phone messages and two emails, and completion is due on 28 May.

    I understand that you provide the settlement system rather than act for my mother, but I would be grateful if you could pass this to the firm or tell me who there can deal with it.
    """, L(c=True, tp=True, cat="delay", firm="mpc"),
  "An attorney writing for his mother (third_party) about her conveyancer's silence alone: a consumer complaint to "
  "forward, about_other_firm=mpc, category delay.")

S(19, "pexa", IND, "Redemption of 12 Saxon Way - fee added by my lender", """
    I redeemed my mortgage with Heathcote Bank on 30 April when I sold 12 Saxon Way. The redemption statement included a £95 'electronic settlement fee' that was not in my mortgage offer or in the tariff of charges I was given, and Heathcote's letter does not say what it is for.

    My solicitor tells me this is a matter for the bank, so I would be grateful if you would pass my request for a refund of the £95 to the right team at Heathcote.
    """, L(c=True, cat="fees_charges", firm="hcb"),
  "A borrower's grievance purely about his lender's added fee: a consumer complaint forwarded to the participant firm, "
  "about_other_firm=hcb, fees_charges.")

S(20, "pexa", RADLEY, "", "", L(c=True, cat="platform_defect"),
  "Subject-only: a system fault with a request to restore it before a cut-off is an implicit complaint "
  "(platform_defect).",
  subjects=["'Ready to settle' button greyed out on all our workspaces since 9am - we need it back before today's 2pm cut-off please",
            "Since 9am the ready to settle button is greyed out on every one of our workspaces - please restore before the 2pm cut-off"])

# ----- PEXA: calm near misses -----

S(21, "pexa", HEATHCOTE, "Registration status - workspace PX-7780093", """
    Could you tell me the current status of the discharge lodged on workspace PX-7780093 on Monday? Our redemptions team would like an expected registration date for their file. No rush, the end of the week is fine.
    """, L(),
  "A neutral status question with no grievance is an enquiry (complaint=false); Heathcote is only the sender.",
  short="""
    Status of the discharge on PX-7780093, lodged Monday, please? An expected registration date is all we need.
    """)

S(22, "pexa", KINGSLEY, "Question about invoice line 'SDLT relay service'", """
    Our accounts team have asked what the line 'SDLT relay service' on our May invoice covers, so that they can post it to the right nominal code. Could you give me a short explanation, or point me to the part of the fee schedule where it appears?
    """, L(),
  "Asking what a fee covers, with no suggestion that it is wrong, is an enquiry: complaint=false, category none.",
  short="""
    What does 'SDLT relay service' on our May invoice cover? Accounts need to code it.
    """)

S(23, "pexa", ASHBY, "Settlement confirmation for an estate file - PX-7598120", """
    Workspace PX-7598120, 5 Mill Lane, Otley

    We acted for the executors on this sale, which settled on 11 March. The court dealing with the estate has asked for formal evidence of the completion date and the amount of the completion funds. Could you send us a settlement confirmation or statement for this workspace that we can file?
    """, L(),
  "A routine request for a document needed for a court file is a service request: not a complaint, and not an "
  "access request for personal data.")

S(24, "pexa", CASTLEGATE, "Login issue - all sorted", """
    Just to confirm that after Priya reset our firm's two-factor settings yesterday, all five of our users can log in again. Thank you for the quick turnaround; nothing further is needed on this one.
    """, L(),
  "A problem reported as already fixed, with thanks and nothing outstanding, is not a complaint.",
  quote="We have reset the two-factor authentication settings for your organisation. Your users will be asked to "
        "register a device at their next login. Case {ref}.\n\nPriya\nPEXA Support", quote_only=True,
  quote_date="11 May")

S(25, "pexa", WHITCOMBE, "Suggestion: matter reference in the dashboard export", """
    A small suggestion from our team: it would help if the dashboard CSV export included our own matter reference next to the workspace number, as at the moment we match them up by hand. Everything else about the export works well for us. No need to reply, just passing it on.
    """, L(),
  "A suggestion marked 'no need to reply', with no grievance and no remedy expected, is feedback, not a complaint "
  "(and a CSV export of workspaces is not portability).")

S(26, "pexa", PENFOLD, "Request for a copy of my user data", """
    I am our firm's compliance officer and a PEXA user. [[access|As part of our annual data audit, please send me a copy of the personal data PEXA holds about me, including my user profile and the log of my logins over the past twelve months.]] There is no problem behind this request. Email to this address is fine.
    """, L(r="access"),
  "A request for a copy of one's own data for an audit, with no dissatisfaction: rights=access, not a complaint.")

S(27, "pexa", LYLE, "Name change on my user profile", """
    I married in April and now use my married name, as in this email, instead of Whitlock. [[rectification|Please update my name on my PEXA user profile and on the participant list that other firms see.]] I can send a copy of the marriage certificate if you need one.
    """, L(r="rectification"),
  "A name change with no grievance is a rectification request, not a complaint.")

S(28, "pexa", SEFTON, "Before I complete identity verification", """
    I start using the platform next week and have been asked to complete your identity verification. [[informed|Before I upload my passport, could you tell me who carries out the check for you, what my document and photo are used for, and how long you keep them?]] I am happy to go ahead; I just like to know.
    """, L(r="informed"),
  "Questions about who processes the data, for what purpose and for how long, asked before signing up without "
  "dissatisfaction: rights=informed, an enquiry.")

S(29, "pexa", IND, "Closing my PEXA user account", """
    I retired from Dunmore Conveyancing at the end of March and will not be using the platform again. [[erasure|Please close my user account and delete my personal details once you no longer need to keep them.]] Thank you for the help over the years.
    """, L(r="erasure"),
  "A retiring user asks for deletion, with thanks and no grievance: rights=erasure, not a complaint.")

S(30, "pexa", RADLEY, "Product research and marketing emails", """
    I am happy with the platform and want to keep using it, but [[objection|I object to my usage data being used to profile me for product research or marketing, and would like to be taken off those emails.]] Service emails about my workspaces are fine.
    """, L(r="objection"),
  "An objection to profiling and marketing made with no grievance: rights=objection, not a complaint.")

# ----- Conexus: calm complaints -----

S(31, "conexus", EASTGATE, "Client: Ms Joanne Pryce - your ref CX-6120447 - payments not credited", """
    We act for Ms Pryce under the authority already on your file.

    Ms Pryce paid £25 by bank transfer on 2 March, 2 April and 2 May, quoting your reference each time, and we hold her bank statements showing all three. Your statement dated 10 May shows none of them, so the balance of £1,412.30 is £75 too high.

    1. Please find and allocate the three payments and send us a corrected balance.
    2. [[portability|Please also send Ms Pryce's payment history as a CSV file so that we can load it into our casework system.]]
    """, L(c=True, r="portability", tp=True, cat="debt_dispute"),
  "A representative disputes the balance because payments were not credited: implicit complaint, debt_dispute, "
  "third_party; 'CSV ... load into our system' = portability, and personal_data stays false.")

S(32, "conexus", NORTHFIELD, "Mr Colin Ashworth - ref CX-6098815 - Northline Energy account", """
    I am writing on behalf of Mr Ashworth, whose signed authority is attached.

    The debt you are collecting for Northline Energy is a final bill for 17 Coppice Road. Mr Ashworth gave Northline a closing meter reading when he moved out on 31 January, but the bill runs to 30 April on estimated readings, after the new tenants had moved in. He is willing to pay for what he used up to 31 January.

    We understand that only Northline can re-bill the account. Please hold collection and ask them to issue a corrected final bill.
    """, L(c=True, tp=True, cat="debt_dispute", firm="nte"),
  "The creditor's bill itself is wrong and only the creditor can re-bill: implicit complaint with about_other_firm=nte, "
  "debt_dispute, third_party for the adviser.")

S(33, "conexus", HARCOURT, "Your ref CX-6154302 - Pennant account - cancelled within 14 days", """
    We act for Miss Leah Morton.

    Miss Morton cancelled her Pennant contract by email on day nine, inside the cooling-off period; a copy of her email and Pennant's acknowledgement are attached. Pennant nevertheless charged an early termination fee of £312, which is the whole of the balance you are collecting.

    As the charge comes from Pennant's own billing, we would be grateful if you would refer the matter back to them and confirm that no further collection activity will take place while they review it.
    """, L(c=True, tp=True, cat="debt_dispute", firm="pmt"),
  "A creditor's own charge that makes up the whole debt, which only the creditor can reverse: implicit complaint, "
  "about_other_firm=pmt, debt_dispute rather than fees_charges.")

S(34, "conexus", mp("Rachel Ainsworth MP"), "Constituent Mr Peter Quayle, 8 Moss Lane, Wigan - your ref CX-6071193", """
    I write on behalf of my constituent, Mr Quayle, who has given his consent for me to raise this with you.

    Mr Quayle is receiving palliative care. His daughter sent your office a letter from his consultant on 14 April, and your staff confirmed by phone that the account had been placed on hold. Since then he has received two letters and a text asking him to call to discuss payment.

    I would be grateful if you would confirm that the account is now on hold, explain why contact continued after the medical evidence was received, and let me know what arrangements will apply from here.
    """, L(c=True, tp=True, cat="collection_conduct"),
  "An MP's office (third_party) reports collection contact with a seriously ill customer after a hold was agreed and "
  "asks for an explanation: implicit complaint, collection_conduct.")

S(35, "conexus", IND, "Calls to my mobile - ref CX-6203318", """
    I have had eleven calls from your number in the last three days, including two after 8pm and one on Sunday morning. I am happy to deal with this account by email. Please limit contact to email and confirm that you have noted this.
    """, L(c=True, cat="collection_conduct"),
  "Call frequency and timing with a conduct remedy asked for is an implicit complaint (collection_conduct); 'limit "
  "contact to email' is a conduct remedy, not an objection right.")

S(36, "conexus", RIVERSIDE, "Mrs Grace Obi - ref CX-6177260 - payment increase agreed by phone", """
    We act for Mrs Obi, whose authority is on your file.

    On 3 June one of your agents called Mrs Obi and, after a 40-minute call, she agreed to raise her payment from £20 to £85 a month. Her income and expenditure statement, which we sent you in March, shows a surplus of £22. She tells us she felt she could not end the call until she agreed.

    1. Please return the arrangement to £20 a month while we review her budget.
    2. [[access|Please send us copies of the call recordings for 3 June and any account notes made that day.]]
    3. Please explain how the new figure was assessed as affordable.
    """, L(c=True, r="access", tp=True, cat="collection_conduct"),
  "Pressure into an unaffordable arrangement, with a reversal and explanation asked for: implicit complaint, "
  "collection_conduct, third_party; call recordings and notes = access, personal_data stays false.")

S(37, "conexus", LOWTHER, "Mr Aled Price - ref CX-6110084 - administration charge", """
    We act for Mr Price.

    An arrangement of £40 a month was agreed with your team on 4 April. Your letter of 2 May shows a new 'arrangement administration charge' of £60 added to the balance on 5 April. No charge was mentioned when the arrangement was agreed, and our client's original agreement does not provide for one.

    Please remove the charge and send an updated statement.
    """, L(c=True, tp=True, cat="fees_charges"),
  "A charge Conexus added on top of the debt, with its removal asked for: implicit complaint, fees_charges (a fee added, "
  "not the debt itself), third_party.",
  short="""
    Ref CX-6110084, Mr Aled Price (we act for him): a £60 'arrangement administration charge' appeared on 5 April that was never mentioned when the £40 plan was agreed. Please remove it and send an updated statement.
    """)

S(38, "conexus", WESTBURY, "Commission on direct payments - April invoice", """
    Contract ref: WBC/REV/CX-2025-07

    Your April invoice charges commission on £6,480 of payments that residents made directly to the council after their accounts were referred to you. Schedule 2 of our agreement says commission is payable only on sums collected by Conexus.

    Please re-issue the invoice without those items, and let me know how they came to be included so that we can check earlier months.
    """, L(c=True, cat="fees_charges"),
  "A creditor client disputing Conexus's own commission charge is an implicit complaint (fees_charges); Westbury is the "
  "sender, not the subject, so about_other_firm is null.")

S(39, "conexus", IND, "Name on my account - ref CX-6189921", """
    I changed my name by deed poll in January, from Daniel Fenwick to the name I am writing under. I sent you a copy of the deed poll on 20 January and again on 2 March, and both times your team confirmed receipt. Your letters still come in my old name, and last week your agent used it on the phone.

    [[rectification|Please change the name on my account to my current name and confirm when it has been done.]]
    """, L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate personal data kept after two corrections were sent, with a fix asked for: implicit complaint, "
  "personal_data; 'change the name on my account' = rectification.")

S(40, "conexus", NORTHFIELD, "Ms Alice Hendry - ref CX-6142276 - letter sent to her workplace", """
    We act for Ms Hendry.

    Ms Hendry has never given you her employer's details, yet on 9 May she received a letter from you about this account addressed to her at her office, marked private. She opened it herself and nobody else saw it, but she would like to understand how you came to write to her there.

    [[informed|Please tell us where you obtained her employer's address, on what basis you are using it, and who else you have shared it with.]] Please also write only to her home address, or to us, from now on.
    """, L(c=True, pd=True, r="informed", tp=True, cat="personal_data"),
  "Data obtained and used unexpectedly (an employer address), not disclosed to anyone, with an explanation asked for: "
  "implicit complaint, personal_data, breach=false; source and basis questions = informed.")

S(41, "conexus", IND, "Email with my statement - ref CX-6215549", """
    On Tuesday you emailed my account statement to me and, judging by the address line, to another customer as well. I know this because she replied to both of us to say she had received my details by mistake. The statement shows my name, address and balance.

    I would like to know how this happened, whether she has been asked to delete it, and what you are changing so that it does not happen again.
    """, L(c=True, pd=True, br=True, cat="personal_data"),
  "A statement sent to another customer is a disclosure (breach) and the writer expects an explanation: implicit "
  "complaint, personal_data; 'asked to delete it' concerns the recipient, not an erasure request.")

S(42, "conexus", LOWTHER, "Subject access request for Mr Neil Ormerod - ref CX-6033718", """
    We act for Mr Ormerod. On 24 March we sent you, with his signed authority, a request for a copy of all the personal data you hold about him, which you acknowledged on 26 March. The one-month period ended on 24 April and we have received nothing, and no explanation.

    [[access|Please now send us the copy of Mr Ormerod's personal data that we requested, including account notes and call recordings.]] If there is a reason for the delay, please tell us what it is and when we will receive the data.
    """, L(c=True, pd=True, r="access", tp=True, cat="personal_data"),
  "A data-rights request ignored past its deadline is a data-handling grievance: implicit complaint, category "
  "personal_data rather than delay (the specific theme wins), with access asked for again.")

S(43, "conexus", STERLING, "April remittance and activity reports", """
    Client ref: SCL-CX-0193

    Under section 6 of our agreement, the monthly remittance and activity reports are due within five working days of month end. We have not yet received April's, three weeks on, and our finance team cannot close the month without them.

    Please send them, or give us a firm date, by Friday.
    """, L(c=True, cat="delay"),
  "A creditor client's reports are late against the agreement and a date is demanded: implicit complaint, delay; "
  "Sterling Credit is the sender, so about_other_firm is null.",
  short="""
    SCL-CX-0193: April's remittance and activity reports were due five working days after month end and are three weeks late. Please send them, or a firm date, by Friday.
    """)

S(44, "conexus", IND, "Default notice - ref CX-6166034", """
    Your acknowledgement below said I would have a response to my complaint within five working days. That was on 14 April, four weeks ago, and I have heard nothing further. I raised it because the default notice I received gave the wrong balance.

    Please let me know when I will receive your response.
    """, L(c=True, ex=True, cat="delay"),
  "A chaser about an overdue response to 'my complaint' is explicit and is categorised delay, not by the original "
  "grievance.",
  quote="Thank you for contacting us. We have recorded your complaint under reference {ref} and aim to respond "
        "within five working days.\n\nConexus Customer Services", quote_only=True,
  quote_date="14 April")

S(45, "conexus", IND, "", "", L(c=True, cat="wait_time"),
  "Subject-only: long holds and disconnection with a call back asked for is an implicit complaint, wait_time.",
  subjects=["Rang your payments line three times today - 35 min hold each time then cut off. Please call me on 07700 914362",
            "3 calls to your payments line today, each on hold about 35 mins then disconnected - could someone ring me back on 07700 914362"])

S(46, "conexus", RIVERSIDE, "Mr Tomasz Nowak - ref CX-6138850 - authority on file", """
    Our authority to act for Mr Nowak was accepted by your team on 12 April, and your letter confirming this is attached. When I called on 8 May, your agent said there was no authority on the account, would not discuss it, and ended the call while I was giving the date of your letter.

    Please check that the authority is recorded correctly, pass this on to the agent's team leader, and call me back so that we can finish the conversation.
    """, L(c=True, tp=True, cat="service_quality"),
  "An agent ignored an accepted authority and ended the call; the rule is fine but was applied badly: implicit "
  "complaint, service_quality, third_party.")

S(47, "conexus", EASTGATE, "Quarterly income and expenditure reviews for clients on fixed benefits", """
    Several of our clients with Conexus accounts live only on fixed state benefits, and their circumstances do not change from one quarter to the next. Your current practice requires a new income and expenditure statement every three months or the arrangement lapses, and each review takes an adviser about an hour.

    For clients whose only income is fixed benefits, please move to an annual review, and let us know whether you will. The clients concerned are CX-6002194, CX-6045531 and CX-6119087.
    """, L(c=True, tp=True, cat="process"),
  "The procedure itself (quarterly reviews that lapse arrangements) is the grievance, raised by an adviser for named "
  "clients with a reply expected: implicit complaint, process, third_party.")

S(48, "conexus", IND, "Payment date on my plan - ref CX-6197402", """
    On 28 April I set up a payment plan by phone and your agent told me the first £50 would be taken on 15 May, after my pay date. It was taken on 1 May, which took my account overdrawn and cost me a £25 bank charge; I have the bank statement to show it.

    Please refund the £25 and make sure future payments are taken on the 15th as agreed.
    """, L(c=True, cat="inaccurate_information"),
  "An agent gave a wrong collection date that caused a bank charge, and a refund is asked for: implicit complaint, "
  "inaccurate_information.")

S(49, "conexus", IND, "Underpaid postage on your letter - ref CX-6220815", """
    Your letter dated 7 May arrived with too little postage, and I had to pay £2.50 at the delivery office to collect it. Could you refund the £2.50, perhaps by taking it off my balance?
    """, L(c=True, cat="other"),
  "A small cost the writer should not bear, with a refund asked for and no matching theme: implicit complaint, other.")

S(50, "conexus", IND, "Phone calls despite my written-contact request - ref CX-6150927", """
    I am deaf and asked in my letter of 3 March, and again by email on 19 March, for all contact on this account to be in writing. Your team confirmed that a note had been added. Since then I have had six phone calls, which I cannot take, and two voicemails I cannot listen to.

    I would like this treated as a complaint. Please make sure that contact is in writing only. [[access|Please also send me a copy of the notes on my account, so that I can see what was recorded about my contact needs.]]
    """, L(c=True, ex=True, r="access", cat="collection_conduct"),
  "Contact in a form the customer said she cannot use, named 'a complaint' by the writer: explicit, collection_conduct "
  "(treatment of a vulnerable customer); a copy of the notes = access, personal_data stays false.")

# ----- Conexus: calm near misses -----

S(51, "conexus", IND, "Change of payment date - ref CX-6108846", """
    My employer is moving our pay date to the 25th from next month. Could my £30 monthly payment move from the 1st to the 27th, starting in July? Everything else can stay the same.
    """, L(),
  "A routine change of payment date with no grievance is a service request, not a complaint.",
  short="""
    Please could my £30 payment move from the 1st to the 27th from July? My pay date is changing.
    """)

S(52, "conexus", NORTHFIELD, "Ms Sandra Liddell - ref CX-6070321 - change of address", """
    We act for Ms Liddell and her authority is on your file. She moved on 2 May to Flat 4, 19 Canal Street, Burnley BB11 1AA.

    [[rectification|Please update her address on your records.]] [[restriction|Until the change has been made, please do not send anything to her old address.]]
    """, L(r="rectification,restriction", tp=True),
  "An address change from a representative with no grievance: rectification and restriction rights, third_party, "
  "not a complaint.")

S(53, "conexus", HARCOURT, "Statement of account for county court hearing - ref CX-6009417", """
    We act for Mr Graham Tuck in a claim listed at Bolton County Court on 18 June. Could you let us have a signed statement of account showing the balance, payments received and any charges since the account was assigned to you, for the hearing bundle, by 4 June?
    """, L(tp=True),
  "A document asked for by the debtor's solicitor for a court bundle is a service request (third_party), not a "
  "complaint, and a statement of account is not an Article 15 request.")

S(54, "conexus", LUMEN, "Breathing Space notifications - how you handle them", """
    Ahead of our contract review, could you outline how you handle a Breathing Space notification on one of our accounts: how quickly collection stops, when you tell us, and whether the account comes back to us during the moratorium? A short note or your procedure document would be fine.
    """, L(),
  "A creditor client asking how a process works is an enquiry; Lumen Water is the sender, so no firm label applies.")

S(55, "conexus", IND, "Duplicate payment refunded", """
    Thanks, the £45 refund reached my account this morning, so that is all sorted. No need to reply.
    """, L(),
  "Thanks for a fixed problem with nothing outstanding is not a complaint, even though the quoted reply concerns a "
  "mistake.",
  quote="We are sorry the payment was taken twice. We have refunded £45.00 to your card today; please allow up to "
        "five working days for it to arrive.\n\nRef: {ref}\nConexus Customer Services", quote_only=True,
  quote_date="7 May")

S(56, "conexus", RIVERSIDE, "Feedback: accepting the Standard Financial Statement", """
    A suggestion rather than a request: your online income and expenditure form asks for the same figures as the Standard Financial Statement we already prepare for clients. If you could accept an uploaded SFS instead, it would save advisers some time. Your team were very helpful on our recent cases, by the way. No need to reply.
    """, L(),
  "A suggestion with praise and 'no need to reply' is feedback, not a complaint; the adviser writes for her own "
  "organisation, not a client, so third_party=false.")

S(57, "conexus", EASTGATE, "Subject access request - Mr Idris Mensah - ref CX-6184473", """
    We act for Mr Mensah and attach his signed authority. [[access|Under Article 15 of the UK GDPR, please send us a copy of all the personal data you hold about him, including account notes, letters and call recordings.]] We need it to prepare his debt relief order application; there is no dispute about the account. Email is fine.
    """, L(r="access", tp=True),
  "An access request by a representative with no grievance: rights=access, third_party, not a complaint.")

S(58, "conexus", IND, "Payment history in a spreadsheet", """
    I am moving my budgeting to an app and would like to keep my records in one place. [[portability|Could you send me my payment history on account CX-6131160 as a CSV file that I can import into the app?]]
    """, L(r="portability"),
  "A machine-readable copy for another system, asked for with no grievance: portability, not a complaint.",
  short="""
    [[portability|Could you send me my payment history on account CX-6131160 as a CSV file that I can import into the app?]] Thanks.
    """)

S(59, "conexus", IND, "Online plan offer - ref CX-6228104", """
    Your online tool has offered me a plan of £65 a month. My income varies a lot because I work agency shifts, so before I accept, [[automated_decision|I would like a member of staff, rather than the online tool, to look at my figures and decide the amount.]] I can send three months of payslips.
    """, L(r="automated_decision"),
  "Asking for a person rather than the tool to decide, before accepting and without dissatisfaction: "
  "automated_decision right, not a complaint.")

S(60, "conexus", IND, "Account paid in full - ref CX-5990372", """
    I paid the final instalment on this account on 30 April and have your letter confirming it is closed; thank you for your help over the past two years. [[erasure|Please delete any of my personal data that you are not required to keep.]] [[objection|I also object to my details being used to send me marketing or offers in future.]]
    """, L(r="erasure,objection"),
  "A closed account with thanks plus requests for deletion and no marketing: erasure and objection rights, not a "
  "complaint.")


# ---------------------------------------------------------------------------------------------
# rendering

def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def draw_sender(rng, sc, taken):
    """(from header, signature block, first name) for one rendering; never the same person twice per scenario."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) not in taken:
            taken.add((first, last))
            break
    name = f"{first} {last}"
    snd = sc["sender"]
    if snd["kind"] == "ind":
        style = rng.randrange(3)
        local = [f"{slug(first)}.{slug(last)}", f"{slug(first)}{slug(last)}{rng.randrange(10, 99)}",
                 f"{slug(first)[0]}{slug(last)}"][style]
        addr = f"{local}@{rng.choice(FREEMAIL)}"
        return f"{name} <{addr}>", name, first
    if snd["kind"] == "mp":
        title = rng.choice(snd["titles"])
        addr = f"{slug(first)}.{slug(last)}@parliament.uk"
        sig = f"{name}\n{title}\nOffice of {snd['member']}\nHouse of Commons, London SW1A 0AA"
        return f"{name} (Office of {snd['member']}) <{addr}>", sig, first
    title = rng.choice(snd["titles"])
    local = [f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}.{slug(last)}", f"{slug(first)}{slug(last)[0]}"][
        rng.randrange(3)]
    addr = f"{local}@{snd['domain']}"
    phone = f"{rng.choice(['0113', '0161', '0117', '0121', '01632', '0191'])} 496 0{rng.randrange(100, 1000)}"
    sig = f"{name}\n{title}\n{snd['org']}\nT: {phone}"
    if rng.random() < 0.55:
        disc = rng.choice(DISCLAIMERS[snd["sector"]]).format(org=snd["org"], num=rng.randrange(100000, 999999))
        sig += "\n\n" + disc
    return f"{name} <{addr}>", sig, first


def envelopes_for(sc):
    if sc["subjects"]:
        return ["subject", "subject"]
    if sc["quote_only"]:
        return ["quote", "html_quote", "typo_quote"]
    envs = ["plain", "html", "quote", "html_quote", "typo", "typo_quote"]
    if sc["short"]:
        envs.append("short")
    return envs


def render(rng, sc, env, k, taken):
    mailbox = sc["mailbox"]
    sender, sig, first = draw_sender(rng, sc, taken)
    source = f"{PREFIX}-s{sc['n']:03d}"
    if env == "subject":
        subject = sc["subjects"][k]
        return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=subject, body="", html=False,
                                    quote=None, subject_marks=[], body_marks=[], labels=sc["labels"],
                                    note=sc["note"], source=source, env=env)
    if env == "short":
        marked = sc["short"] + "\n\n" + first
    else:
        greet = rng.choice(GREET[mailbox])
        signoff = "Yours faithfully" if greet == "Dear Sir or Madam," else rng.choice(SIGNOFF)
        marked = f"{greet}\n\n{sc['core']}\n\n{signoff},\n\n{sig}"
    if env.startswith("typo"):
        marked = typos_outside_marks(marked, rng, MARK_RIGHTS, 0.3)
    quote = None
    headers = None
    if "quote" in env:
        fname, faddr = rng.choice(FIRM_FROM[mailbox])
        when = sc["quote_date"] or f"{rng.randrange(1, 29)} {rng.choice(MONTHS)}"
        head = f"On {when} 2027, {fname} <{faddr}> wrote:"
        text = sc["quote"] if sc["quote"] else rng.choice(GENERIC_QUOTES[mailbox])
        quote = (head, text)
        headers = {"in-reply-to": f"<{rng.randrange(10 ** 7, 10 ** 8)}.case@{faddr.split('@')[1]}>"}
    body = strip_marks(marked, MARK_RIGHTS)
    return finish_marked_record(rng, mailbox=mailbox, sender=sender, subject=sc["subject"], body=body,
                                html=env.startswith("html"), quote=quote, subject_marks=[],
                                body_marks=rights_marks_of(marked), labels=sc["labels"], note=sc["note"],
                                source=source, env=env, headers=headers)


def build(rng):
    records = []
    for sc in SCEN:
        opts = envelopes_for(sc)
        if sc["subjects"]:
            envs = opts
        elif sc["short"] and rng.random() < 0.6:
            envs = rng.sample(["short", rng.choice([e for e in opts if e != "short"])], 2)
        else:
            envs = rng.sample(opts, 2)
        taken = set()
        for k, env in enumerate(envs):
            records.append(render(rng, sc, env, k, taken))
    return records


def summary(records, env_count):
    labs = [r["labels"] for r in records]
    comp = [l for l in labs if l["complaint"]]
    lines = [f"wrote {len(records)} records from {len({r['source'] for r in records})} scenarios to "
             f"{os.path.relpath(OUT, ROOT)}",
             f"complaints {len(comp)} ({sum(l['explicit'] for l in comp)} explicit), "
             f"near misses {len(labs) - len(comp)}",
             f"third_party {sum(l['third_party'] for l in labs)}; about_other_firm "
             f"{dict(collections.Counter(l['about_other_firm'] for l in labs if l['about_other_firm']))}",
             f"categories {dict(sorted(collections.Counter(l['category'] for l in labs).items()))}",
             f"rights {dict(sorted(collections.Counter(r for l in labs for r in l['rights']).items()))}",
             f"envelopes {dict(sorted(env_count.items()))}"]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["complaint"])


if __name__ == "__main__":
    sys.exit(main())
