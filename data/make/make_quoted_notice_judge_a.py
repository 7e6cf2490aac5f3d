#!/usr/bin/env python3
"""Evaluation set "quoted notice, judge A": mail that holds the lines automatic replies and notices use.

Group P (qna-P01..P30): a PERSON quotes, in quotation marks, a line from an automatic reply, receipt, notice or
out-of-office they received, and writes about it (complaints, questions whether a notice is genuine, thanks, a few
data-rights requests). Group M (qna-M01..M30): MACHINE-MADE mail (out-of-office and leave replies, automatic
acknowledgements and receipts, read receipts, survey invitations, ticket and portal notices), most with quotation
marks of their own and most without any automatic header. Every scenario is rendered twice with different envelopes.

Stdlib only. Writes data/trials/quoted_notice_judge_a.jsonl; byte-identical on every run.
"""
import collections
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, QUOTE_START, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281301
PREFIX = "qna"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "quoted_notice_judge_a.jsonl")

L = short_labels
AUTO = L(auto=True)

# ---------------------------------------------------------------------------------------------
# pools (all invented)

FIRST = ("Aoife", "Bilal", "Carys", "Dominic", "Esther", "Farhan", "Gemma", "Hamish", "Ines", "Jasper", "Keeley",
         "Lorcan", "Mariam", "Nathaniel", "Olamide", "Petra", "Rhys", "Saoirse", "Tobias", "Ulrika", "Vikram",
         "Wendy", "Yusuf", "Zara", "Callum", "Delphine", "Emeka", "Fiona", "Gareth", "Harpreet", "Isla", "Joel",
         "Kasia", "Leon", "Morag", "Niamh", "Oskar", "Priyanka", "Ruairi", "Shona")
LAST = ("Abernethy", "Bhatti", "Cartwright", "Doherty", "Ellery", "Fairbrother", "Gallagher", "Hussain", "Ingram",
        "Jovanovic", "Kaur", "Lindsay", "Mbeki", "Nwosu", "O'Driscoll", "Pemberton", "Quayle", "Rashid", "Sutcliffe",
        "Trelawney", "Underwood", "Varga", "Whitcombe", "Yeoman", "Zielinski", "Ashdown", "Brannigan", "Coker",
        "Dunmore", "Eastwood", "Farrant", "Greenhalgh", "Holroyd", "Iqbal", "Kirkbride", "Lyle", "Mistry",
        "Ndiaye", "Oyelaran", "Pickering")
MALE = ("Bilal", "Dominic", "Farhan", "Hamish", "Jasper", "Lorcan", "Nathaniel", "Rhys", "Tobias", "Vikram", "Yusuf",
        "Callum", "Emeka", "Gareth", "Joel", "Leon", "Oskar", "Ruairi")
FEMALE = ("Aoife", "Carys", "Esther", "Gemma", "Ines", "Keeley", "Mariam", "Petra", "Saoirse", "Ulrika", "Wendy",
          "Zara", "Delphine", "Fiona", "Isla", "Kasia", "Morag", "Niamh", "Priyanka", "Shona")
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com")
STREETS = ("Fern Rise", "Holly Bank", "Quarry Lane", "Wren Close", "Sandford Road", "Mill Hill", "Peartree Walk",
           "Kingfisher Way", "Ashby Street", "Coldharbour Lane", "Larch Close", "Tanners Row")
TOWNS = ("Shrewsbury", "Chelmsford", "Lancaster", "Truro", "Harrogate", "Luton", "Carlisle", "Swindon")
MPS = ("Rosalind Ekwueme", "Geraint Fowles", "Harriet Moncrieff", "Daniel Achterberg")
CHARITIES = ("Eastbrook Money Advice", "Riverside Debt Support", "Calder Valley Advice Trust")

GREET = {
    "pexa": ("Dear PEXA team,", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Dear all,",
             "To whom it may concern,"),
    "conexus": ("Dear Conexus,", "Hello,", "Hi,", "Dear Sir or Madam,", "To whom it may concern,",
                "Good afternoon,", "Dear Conexus team,"),
}
SIGN = ("Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,", "Yours faithfully,")

FIRM_QFROM = {
    "pexa_support": ("PEXA Support", "support@pexa.co.uk"),
    "pexa_billing": ("PEXA Billing", "billing@pexa.co.uk"),
    "pexa_notices": ("PEXA", "notices@pexa.co.uk"),
    "pexa_learning": ("PEXA Learning", "learning@pexa.co.uk"),
    "pexa_onboard": ("PEXA Onboarding", "onboarding@pexa.co.uk"),
    "pexa_cr": ("PEXA Complaints Team", "complaints@pexa.co.uk"),
    "cx_cs": ("Conexus", "customerservices@conexus.co.uk"),
    "cx_pay": ("Conexus Payments", "payments@conexus.co.uk"),
    "cx_arr": ("Conexus Arrangements", "arrangements@conexus.co.uk"),
    "cx_cr": ("Conexus Complaints", "complaints@conexus.co.uk"),
    "cx_files": ("Conexus File Transfer", "files@conexus.co.uk"),
}


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def day_str(d):
    return f"{d:%A} {d.day} {d:%B}"


def weekday(d):
    """d moved forward to the next Monday if it falls at a weekend."""
    return d + datetime.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def make_fill(rng, mailbox):
    """Every placeholder value of one rendering, drawn in a fixed order."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    col_first = rng.choice([f for f in FIRST if f != first])
    col_last = rng.choice([x for x in LAST if x != last])
    cl_first = rng.choice([f for f in FIRST if f not in (first, col_first)])
    cl_last = rng.choice(LAST)
    oth_first, oth_last = rng.choice(FIRST), rng.choice(LAST)
    base = datetime.date(2025, 3, 3) + datetime.timedelta(days=rng.randrange(0, 150))
    d_past = weekday(base - datetime.timedelta(days=rng.randrange(3, 12)))
    d_past2 = weekday(base - datetime.timedelta(days=rng.randrange(95, 140)))
    d_fut = weekday(base + datetime.timedelta(days=rng.randrange(2, 12)))
    d_3wk = weekday(base - datetime.timedelta(days=rng.randrange(19, 23)))
    d_4wk = weekday(base - datetime.timedelta(days=rng.randrange(27, 31)))
    f = {
        "first": first, "last": last, "name": f"{first} {last}",
        "col_first": col_first, "col": f"{col_first} {col_last}",
        "client_first": cl_first, "client": f"{cl_first} {cl_last}",
        "other_name": f"{oth_first} {oth_last}", "old_last": rng.choice([x for x in LAST if x != last]),
        "town": rng.choice(TOWNS),
        "prop": f"{rng.randrange(2, 98)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
        "ws": f"31-{digits(rng, 5)}", "ws2": f"31-{digits(rng, 5)}",
        "pxc": f"PX-C-{digits(rng, 5)}", "cx": f"CX-{digits(rng, 7)}", "cx2": f"CX-{digits(rng, 7)}",
        "cxc": f"CX-COMP-{digits(rng, 5)}", "inv": f"INV-{digits(rng, 6)}", "tk": digits(rng, 6),
        "amt": f"£{rng.randrange(60, 900)}.{rng.choice(('00', '50', '25', '80'))}",
        "amt_small": f"£{rng.randrange(10, 30)}.00",
        "fee": f"£{rng.randrange(95, 240)}.00",
        "phone": f"01632 960{digits(rng, 3)}", "mobile": f"07700 900{digits(rng, 3)}",
        "d_past": day_str(d_past), "d_past2": f"{d_past2.day} {d_past2:%B}", "d_fut": day_str(d_fut),
        "d_3wk": day_str(d_3wk), "d_4wk": day_str(d_4wk),
        "d_num": f"{d_past.day:02d}/{d_past.month:02d}/{d_past.year}",
        "time": f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}",
        "time2": f"{rng.randrange(18, 23):02d}:{rng.randrange(60):02d}",
        "month": f"{(base + datetime.timedelta(days=rng.randrange(90, 200))):%B}",
        "mon": f"{base:%B}",
        "n4": digits(rng, 4), "n6": digits(rng, 6), "n": str(rng.randrange(40, 400)),
        "appref": f"RG{digits(rng, 7)}", "bk": f"AC-{digits(rng, 5)}", "rem": f"CX-REM-{digits(rng, 5)}",
        "lw": f"LW{digits(rng, 8)}", "bt": f"WB-{digits(rng, 4)}",
        "mp": rng.choice(MPS), "charity": rng.choice(CHARITIES),
        "init": rng.choice(("JD", "KM", "AS", "RT")),
        "fake_domain": rng.choice(("pexa-secure-login.com", "pexa.account-verify.net", "pexasettle.co")),
        "qdate": f"{d_past:%a}, {d_past.day} {d_past:%b} {d_past.year} at {rng.randrange(8, 18):02d}:"
                 f"{rng.randrange(60):02d}",
        "qsent": f"{d_past.day} {d_past:%B} {d_past.year} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}",
    }
    f["father"] = f"{rng.choice(MALE)} {rng.choice(LAST)}"
    f["mother"] = f"{rng.choice(FEMALE)} {rng.choice(LAST)}"
    return f


PH = re.compile(r"\{(\w+)\}")


def fill(text, f):
    """Fill {key} placeholders known to f; leave others (the quote's {ref}) alone."""
    return PH.sub(lambda m: f[m.group(1)] if m.group(1) in f else m.group(0), text)


def local_part(rng, first, last):
    a, b = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    style = rng.randrange(5)
    if style == 0:
        return f"{a}.{b}"
    if style == 1:
        return f"{a}{b}{rng.randrange(1, 99)}"
    if style == 2:
        return f"{a[0]}.{b}"
    if style == 3:
        return f"{a}_{b}"
    return f"{b}.{a}"


def work_local(rng, first, last):
    a, b = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    return (f"{a}.{b}", f"{a[0]}.{b}", f"{a[0]}{b}", f"{a}.{b[0]}")[rng.randrange(4)]


# ---------------------------------------------------------------------------------------------
# scenarios

P, M = [], []


def person(sid, mailbox, who, subject, text, lab, note, sig="", qt=None, qfrom=None, short=None):
    """Group P: who is 'personal' or a work domain; text has the person's own words (with inline marks)."""
    P.append(dict(sid=sid, mailbox=mailbox, who=who, subject=subject, text=text, labels=lab, note=note, sig=sig,
                  qt=qt, qfrom=qfrom, short=short))


def machine(sid, mailbox, sender, subject, text, note, headers=None, qt=None, qfrom=None):
    """Group M: sender is ('person', domain or 'personal') or ('fixed', [(display, address), ...])."""
    M.append(dict(sid=sid, mailbox=mailbox, sender=sender, subject=subject, text=text, labels=AUTO, note=note,
                  headers=headers or {}, qt=qt, qfrom=qfrom))


# ---- P, pexa ---------------------------------------------------------------------------------

person("qna-P01", "pexa", "fenwickhale.co.uk", "Workspace {ws} - lodgement stuck",
       "\"Thank you for contacting PEXA Support. This email was sent automatically, please do not reply.\n"
       "A member of our team will respond within one business day.\"\n\n"
       "That is all I have had since I reported on {d_past} that workspace {ws} is stuck at lodgement pending. "
       "Six business days later nobody has replied, the buyer's lender asks us every day why registration has not "
       "gone through, and I have had to tell our client that I simply do not know.\n\n"
       "Please could someone who can actually look at the workspace ring me today on {phone}, and explain how "
       "one business day has turned into more than a week.",
       L(c=True, cat="delay"),
       "The quoted lines are the firm's automatic acknowledgement; the person's own text is a still-waiting chaser "
       "asking for a call, so an implicit complaint about delay (rule 6).",
       sig="Post-completion team\nFenwick Hale LLP",
       qt="Thank you for contacting PEXA Support.\nThis email was sent automatically, please do not reply.\n"
          "A member of our team will respond within one business day.\nYour case number is {ref}.",
       qfrom="pexa_support",
       short="\"This email was sent automatically, please do not reply. A member of our team will respond within "
             "one business day.\"\n\nSix business days on, nobody has replied about workspace {ws}, which is still "
             "stuck at lodgement. Please ring me today on {phone}.")

person("qna-P02", "pexa", "heathcotebank.co.uk", "Receipt {inv} - wrong workspace on it",
       "Our finance team cannot reconcile last week's platform fee because the receipt PEXA sent is wrong. It reads "
       "“This is a receipt for your payment of {fee} for workspace {ws2}” but we paid for workspace {ws}, and {ws2} "
       "is not one of ours.\n\n"
       "This is the second receipt this quarter with the wrong workspace on it and our auditors have started "
       "asking questions. Please send a corrected receipt and tell us why this keeps happening.",
       L(c=True, cat="inaccurate_information"),
       "A directory lender's own staff object that PEXA's receipt gives the wrong workspace and ask for a "
       "correction and an explanation: implicit complaint, inaccurate_information, firm null (the sender is "
       "not the subject, rule 8).",
       sig="Settlement Operations\nHeathcote Bank",
       qt="This is a receipt for your payment of {fee} for workspace {ws2}.\nReceipt number: {ref}\n"
          "This email was sent automatically.",
       qfrom="pexa_billing")

person("qna-P03", "pexa", "brindleyashworth.co.uk", "Who is looking after our account?",
       "When I wrote to our account manager on {d_past} the reply was: 'I'm away until Monday. While I'm out, "
       "{col} is covering my accounts and will pick up anything urgent.'\n\n"
       "So I sent our query about the duplicated user accounts to {col_first}, twice. The first answer said "
       "{col_first} does not look after our region and I should wait; the second was never answered. Our account "
       "manager is back now and has not replied either.\n\n"
       "We cannot keep being passed from one person to the next. Please tell me who is responsible for our "
       "account and ask them to contact me this week.",
       L(c=True, cat="service_quality"),
       "The out-of-office is only quoted; the writer is unhappy at being passed between staff by the cover "
       "arrangement and asks for a named owner: implicit complaint about how she was served (service_quality).",
       sig="Practice Manager\nBrindley Ashworth Solicitors",
       qt="I'm away until Monday. While I'm out, {col} is covering my accounts and will pick up anything urgent.\n"
          "Ref: {ref}",
       qfrom="pexa_support")

person("qna-P04", "pexa", "harcourtlegal.co.uk", "Formal complaint - no response in four weeks",
       "I am making a formal complaint about how PEXA has dealt with my email of {d_4wk} about the failed "
       "settlement on workspace {ws}.\n\n"
       "Four weeks on, I expect a full written response and a named contact by the end of this week. So far the "
       "only reply has been the automatic one, which said: 'Your message has been received. We aim to respond to "
       "all enquiries within 5 business days.'",
       L(c=True, ex=True, cat="delay"),
       "The writer calls it a formal complaint in the subject and body and the grievance is the missing reply: "
       "explicit complaint, delay; the quoted automatic line at the end is only evidence.",
       sig="Partner\nHarcourt Legal",
       qt="Your message has been received. We aim to respond to all enquiries within 5 business days.\n"
          "Reference: {ref}",
       qfrom="pexa_support")

person("qna-P05", "pexa", "ravensworthlaw.co.uk", "Is this password email from you?",
       "I received an email this morning and before I click anything I would like to know whether it really "
       "came from PEXA. It says:\n\n"
       "“Your PEXA password will expire in 24 hours. This email was sent automatically. To keep your current "
       "password, sign in using the button below.”\n\n"
       "It came from an address ending {fake_domain}, which I don't recognise, and the button goes to a site I "
       "have not seen before. Can you confirm whether it is genuine? I have not clicked on it.",
       L(),
       "A neutral question whether a quoted notice is genuine: no dissatisfaction with PEXA and nothing lost or "
       "disclosed, so not a complaint, no breach (rule 1).",
       sig="Conveyancing Executive\nRavensworth Law")

person("qna-P06", "pexa", "personal", "Purchase of {prop} - our conveyancer has gone quiet",
       "We are buying {prop} and our conveyancers are Marsh & Penrose. Every email I send to the solicitor "
       "handling it comes back with ‘I am out of the office until Tuesday. I will reply on my return.’ That was "
       "three weeks ago, and there has been no reply since her return. Nobody else at the firm picks up the "
       "phone.\n\n"
       "Our mortgage offer runs out at the end of next month and the seller's agent says the other side is ready "
       "to exchange. Can PEXA please get someone at Marsh & Penrose to deal with us, or tell us who can?",
       L(c=True, cat="delay", firm="mpc"),
       "A buyer's grievance is purely with her participant conveyancer, whose out-of-office she quotes: implicit "
       "complaint to be forwarded, about_other_firm mpc, category delay (rule 9).",
       short="Our conveyancers Marsh & Penrose just send back ‘I am out of the office until Tuesday. I will reply "
             "on my return.’ Three weeks later, still nothing, and our mortgage offer runs out next month. Please "
             "get someone there to deal with our purchase of {prop}.")

person("qna-P07", "pexa", "personal", "Redemption receipt has another person's details on it",
       "I sold my flat last week and Thames Valley Mortgages sent me an email which starts: \"This is a receipt "
       "for your final payment. Your mortgage account is now closed.\" The amount is right, but the name and "
       "account number under it are not mine. They belong to someone called {other_name}, with an address in "
       "{town}.\n\n"
       "I am worried that my payment has been put against the wrong account, and that my own details have been "
       "sent to somebody else in the same way. Please make sure this is looked into and that I get a correct "
       "receipt.",
       L(c=True, pd=True, br=True, cat="personal_data", firm="tvm"),
       "A seller complains only about her lender, which sent her another customer's name and account on a "
       "receipt: disclosure to the wrong person, so personal_data and breach, category personal_data, forwarded "
       "to tvm (rules 9 and 13).")

person("qna-P08", "pexa", "lathamquinn.co.uk", "Thank you - settlement {ws}",
       "Your system has just sent me a message asking ‘How did we do?’ and I will fill it in, but I wanted to say "
       "this to a person as well.\n\n"
       "{col_first} on your support desk stayed on the phone with me on {d_past} until the settlement on {ws} "
       "went through, well after five o'clock. No complaints at all from us, and please pass on our thanks.",
       L(),
       "Thanks and praise after a quoted survey line; 'no complaints' is praise, nothing is outstanding, so not a "
       "complaint (rules 3 and 5).",
       sig="Completions Assistant\nLatham Quinn Solicitors",
       qt="How did we do? Tell us about your recent contact with PEXA Support (case {ref}).\n"
          "This email was sent automatically.",
       qfrom="pexa_support")

person("qna-P09", "pexa", "bhf.co.uk", "Settlements failing after last night's maintenance",
       "At 06:10 today we received your notice:\n"
       "\"Scheduled maintenance is complete and all PEXA services are running normally.\n"
       "This message was generated automatically.\"\n"
       "They are not running normally. Two of our settlements this morning, {ws} and {ws2}, failed at the funds "
       "stage with the same error, and both borrowers have lost their completion day.\n\n"
       "We need to know what went wrong, when it will be fixed, and how PEXA intends to cover the extra interest "
       "our customers will now be charged.",
       L(c=True, cat="platform_defect"),
       "A directory lender writes about PEXA's own failure (failed settlements after a notice said all was well) "
       "and demands an explanation and costs: implicit complaint, platform_defect, firm null (rule 8).",
       sig="Head of Completions\nBeacon Home Finance",
       qt="Scheduled maintenance is complete and all PEXA services are running normally.\n"
          "This message was generated automatically. Notice {ref}.",
       qfrom="pexa_notices",
       short="Your notice said \"all PEXA services are running normally. This message was generated "
             "automatically.\" They are not: settlements {ws} and {ws2} failed at the funds stage this morning. "
             "We need an explanation and a fix today.")

person("qna-P10", "pexa", "ashbyrowe.co.uk", "Profile changed without my say-so",
       "This morning I got an automatic email: “Your PEXA user profile has been updated by an administrator. If "
       "you did not expect this change, please contact us.” I did not expect it. The mobile number on my profile "
       "is now one I have never had, so the signing codes no longer reach me and I could not sign on {ws} "
       "today.\n\n"
       "[[rectification|Please put my mobile number back to {mobile} and correct my profile today.]] "
       "[[access|I would also like a copy of the personal data you hold about me as a user, including the record "
       "of who changed my profile and when.]]\n\n"
       "I want to know how this happened.",
       L(c=True, pd=True, r="rectification,access", cat="personal_data"),
       "The grievance is wrong data on her own user record (not disclosed to anyone), with a correction and a copy "
       "requested: implicit complaint, personal_data without breach, rights rectification and access (rule 12, 14).",
       sig="Conveyancer\nAshby Rowe Solicitors",
       qt="Your PEXA user profile has been updated by an administrator.\n"
          "If you did not expect this change, please contact us. Change ID {ref}.",
       qfrom="pexa_notices")

person("qna-P11", "pexa", "personal", "Please take me off your lists",
       "I keep getting emails from PEXA that end with 'You are receiving this email because you registered for a "
       "PEXA webinar. This email was sent automatically.' That's true, I did, back in 2023, but I have since left "
       "conveyancing and now work in a school.\n\n"
       "No hard feelings at all. [[objection|Please treat this as my objection to any further marketing emails "
       "from PEXA.]] [[erasure|Once that's done, please delete the personal details you hold about me from your "
       "webinar and mailing records.]]\n\n"
       "Thanks for the webinars while they were useful.",
       L(r="objection,erasure"),
       "A friendly request with no dissatisfaction: objection to marketing and erasure asked for, so rights are set "
       "but it is not a complaint (rule 14).",
       qt="You are receiving this email because you registered for a PEXA webinar.\n"
          "This email was sent automatically. Mailing ID {ref}.",
       qfrom="pexa_notices")

person("qna-P12", "pexa", "personal", "My father's sale - complaint about Greyfriars Law",
       "I am writing for my father, {father}, who is 84 and selling his house at {prop}. I want to complain about "
       "the law firm acting for him, Greyfriars Law. For five weeks every message I send them gets the same "
       "reply:\n\n"
       "'Thank you for your email. I am currently on leave and will reply on my return on {d_fut}.'\n\n"
       "The date in it has changed three times, but the reply never comes. Dad has signed everything he was asked "
       "to and the buyers are now threatening to pull out. I understand PEXA runs the system they use, so please "
       "pass this on to whoever can make Greyfriars Law act, and let me know what happens.",
       L(c=True, ex=True, tp=True, cat="delay", firm="gfl"),
       "A son complains, in those words, on his father's behalf purely about the father's participant law firm "
       "whose leave reply he quotes: explicit, third_party, about_other_firm gfl, delay (rules 9 and 15).")

person("qna-P13", "pexa", "marlowkeane.co.uk", "Registration - three weeks and still not live",
       "We applied to join PEXA on {d_3wk}. The same day we received: \"Your application has been received. This "
       "email was sent automatically. Our onboarding team will be in touch within 3 business days.\" Since then "
       "the identity check for our second director has failed four times with no reason given, and nobody from "
       "onboarding has been in touch at all.\n\n"
       "We are a new practice and cannot take on purchase work until we are live on the platform. Please have "
       "someone from the onboarding team call me and sort out the identity check.",
       L(c=True, cat="onboarding"),
       "Failed identity checks and no contact while joining, with a call requested: implicit complaint; the "
       "specific theme onboarding beats delay (rule 16a).",
       sig="Director\nMarlow Keane Property Law",
       qt="Your application has been received. This email was sent automatically.\n"
          "Our onboarding team will be in touch within 3 business days. Application {ref}.",
       qfrom="pexa_onboard")

person("qna-P14", "pexa", "personal", "Email about my completion money - real?",
       "I'm buying a house and today I got an email saying:\n"
       "'PEXA: the settlement funds for your purchase have been received.\n"
       "This is an automatic notification - please do not reply.'\n"
       "My solicitor is away until Thursday and I can't check with them. Does PEXA send emails like this to buyers "
       "directly, and is there a way to tell whether this one is real? It didn't ask me for anything, I just want "
       "to be careful.",
       L(),
       "A buyer asks neutrally whether a quoted notice is genuine; no dissatisfaction and no remedy sought, so an "
       "enquiry, not a complaint (rule 1).",
       short="Got this today: 'PEXA: the settlement funds for your purchase have been received. This is an "
             "automatic notification - please do not reply.' Do you send these to buyers? Just checking it's real.")

person("qna-P15", "pexa", "olderidgebrook.co.uk", "Missed the settlement training again",
       "I booked our trainee onto the settlement training on {d_past} and we missed it because the joining link "
       "never came. This is the second session we have lost this way, and the first had already been moved by "
       "your side. Our trainee starts running matters next month and still has not been trained.\n\n"
       "Please book us onto the next session and make sure the joining details reach us this time, or send them "
       "to me directly.\n\n"
       "For what it's worth, the confirmation we got said: ‘Your place on Settlement Essentials is confirmed. "
       "Joining instructions will follow automatically.’",
       L(c=True, cat="training"),
       "Two training sessions lost because joining details never arrived, with a rebooking demanded: implicit "
       "complaint, training; the confirmation line quoted at the end is only evidence (rule 16a).",
       sig="Office Manager\nOlderidge Brook LLP",
       qt="Your place on Settlement Essentials is confirmed.\nJoining instructions will follow automatically.\n"
          "Booking {ref}",
       qfrom="pexa_learning")

# ---- P, conexus ------------------------------------------------------------------------------

person("qna-P16", "conexus", "personal", "Payment offer for account {cx}",
       "\"Thank you for your email. This is an automatic acknowledgement. We aim to reply within 2 working days.\"\n\n"
       "That came back on {d_3wk}, in reply to my offer of {amt_small} a month. It is now nearly three weeks and "
       "nobody has answered the offer, but I have had two more letters asking for the full balance. I can't pay "
       "the full balance and I have been trying to do the right thing.\n\n"
       "Please reply to my offer and hold off the letters until you do.",
       L(c=True, cat="delay"),
       "The debtor quotes the automatic acknowledgement to show her offer was never answered and asks for a "
       "reply: implicit still-waiting complaint, delay (rule 6).",
       qt="Thank you for your email. This is an automatic acknowledgement.\n"
          "We aim to reply within 2 working days. Your reference is {ref}.",
       qfrom="cx_cs",
       short="\"This is an automatic acknowledgement. We aim to reply within 2 working days.\" Three weeks later "
             "and still no answer to my offer of {amt_small} a month on {cx}, just more letters. Please reply.")

person("qna-P17", "conexus", "personal", "Payment of {amt} not on my balance",
       "I paid {amt} by card on {d_past} and your system emailed me straight back: “This is a receipt for your "
       "payment of {amt}. Account reference: {cx2}.” That reference is not mine. Mine is {cx}, and my statement "
       "this week shows the balance has not gone down.\n\n"
       "Please move the payment to my account, correct the balance and send me a receipt with the right "
       "reference. I don't want to be chased for money I have already paid.",
       L(c=True, cat="debt_dispute"),
       "The quoted receipt carries the wrong account and the balance ignores a payment made; the debtor wants it "
       "fixed: implicit complaint, debt_dispute (already paid, wrong balance), Conexus's own error so firm null.",
       qt="This is a receipt for your payment of {amt}.\nAccount reference: {cx2}\nTransaction {ref}",
       qfrom="cx_pay",
       short="Your receipt says “This is a receipt for your payment of {amt}. Account reference: {cx2}.” My account "
             "is {cx}, and my balance hasn't moved. Please put the payment on the right account.")

person("qna-P18", "conexus", "{chdomain}", "Complaint - contact during Breathing Space, {client}",
       "I am a money adviser at {charity}, acting for {client} (your reference {cx}). I emailed your agent on "
       "{d_past} to tell you that {client_first} had entered a Breathing Space moratorium, and got back 'I'm away "
       "until {d_fut}. Your email has not been forwarded.'\n\n"
       "Since then my client has had four calls and a text from Conexus about the debt. Please treat this as a "
       "formal complaint on my client's behalf. I expect the calls to stop immediately, an explanation of why the "
       "moratorium was ignored, and confirmation that the account is on hold.",
       L(c=True, ex=True, tp=True, cat="collection_conduct"),
       "A money adviser makes a formal complaint for a client contacted during Breathing Space; the agent's "
       "quoted out-of-office is context: explicit, third_party, collection_conduct (rules 15, 16d).",
       sig="Money Adviser",
       qt="I'm away until {d_fut}. Your email has not been forwarded.\n(ref {ref})",
       qfrom="cx_cs")

person("qna-P19", "conexus", "personal", "Calls every day - account {cx}",
       "Your collections officer's automatic reply told me: \"I am out of the office until {d_fut}. For anything "
       "urgent please contact my colleague {col}, Team Leader.\" I wrote to {col_first} on {d_past} about the "
       "number of calls I am getting. {col_first} never replied, and the calls have carried on, two or three a "
       "day, including while I am at work.\n\n"
       "I want the calls to stop until someone has spoken to me properly about a payment plan. [[access|Please "
       "also send me copies of the call recordings and notes of every call made to me in the last three "
       "months.]]",
       L(c=True, r="access", cat="collection_conduct"),
       "The colleague named in the out-of-office never replied, but the main grievance is call frequency: implicit "
       "complaint, collection_conduct; recordings requested = access; personal_data stays false (rule 12).",
       qt="I am out of the office until {d_fut}.\nFor anything urgent please contact my colleague {col}, "
          "Team Leader.\nRef {ref}",
       qfrom="cx_cs",
       short="Your officer's auto-reply said \"For anything urgent please contact my colleague {col}, Team "
             "Leader.\" {col_first} never replied and the calls on {cx} carry on every day. Stop them until we've "
             "talked. [[access|Please send me copies of the call recordings from the last three months.]]")

person("qna-P20", "conexus", "personal", "Is this message from Conexus?",
       "I've received an email that says: 'Conexus: this is an automated notice. Your account has been passed to "
       "our litigation team. Pay within 48 hours to avoid further action.' There is no account number in it and I "
       "don't know of any debt.\n\n"
       "Could you tell me whether this was sent by you? If it was, I'd like to know which creditor it is about. "
       "[[informed|I would also like to know where you got my email address from and what you are using it "
       "for.]]\n\n"
       "If it wasn't you, you may want to know someone is using your name.",
       L(r="informed"),
       "A calm question whether a quoted notice is genuine, plus a request to explain the source and purpose of "
       "the data: informed, not a complaint (no dissatisfaction stated; compare lg-34).")

person("qna-P21", "conexus", "personal", "Thank you",
       "Your text after my call yesterday asked 'How did we do?' so here is my answer in more than one number. "
       "{col_first} listened, didn't rush me and set up a plan I can actually afford. I had been dreading that "
       "call for weeks.\n\n"
       "Nothing more needed from your side, I just wanted someone to pass that on.",
       L(),
       "Thanks after a quoted survey question with nothing outstanding: not a complaint (rule 5).",
       short="You asked 'How did we do?' - brilliantly. {col_first} set up a plan I can afford. Please pass on my "
             "thanks.")

person("qna-P22", "conexus", "personal", "Northline Energy balance - I had moved out",
       "You are collecting {amt} from me for Northline Energy. I moved out of {prop} on {d_past2} and Northline's "
       "own email confirmed it at the time: “We're sorry to see you go. This is confirmation that your account was "
       "closed on the date you gave us. No further bills will be issued.”\n\n"
       "The balance you are chasing is for the three months after that date, when someone else was living there. "
       "Please get Northline to correct their bill and stop chasing me for it in the meantime.",
       L(c=True, cat="debt_dispute", firm="nte"),
       "The creditor billed after its own quoted closure confirmation; only Northline can correct the bill, so "
       "implicit complaint, debt_dispute, about_other_firm nte (rule 10 root-cause test).",
       qt="We have been instructed by Northline Energy to collect the balance of {amt}.\n"
          "Your Conexus reference is {ref}.",
       qfrom="cx_cs")

person("qna-P23", "conexus", "personal", "Your email went to everyone",
       "Since your reminder email on {d_past} I have had a stream of replies from strangers, things like “I am on "
       "maternity leave until September” and “Thank you for your email, I'm away until Monday.” They are "
       "out-of-office replies, and I am getting them because your email was sent with every recipient's address "
       "visible, mine included.\n\n"
       "So dozens of people now know my email address and that I have an account with a debt collector. I want to "
       "know how many people saw it, what you are doing about it, and why it was sent like that.",
       L(c=True, pd=True, br=True, cat="personal_data"),
       "A person quotes other people's out-of-office lines as proof that Conexus exposed every recipient's address: "
       "implicit complaint, personal_data and breach (rule 13).",
       qt="This is a reminder that your next payment is due.\nReminder {ref}",
       qfrom="cx_cs")

person("qna-P24", "conexus", "{mpdomain}", "Constituent {client} - unmonitored mailbox",
       "I work in the constituency office of {mp} MP and am writing on behalf of our constituent, {client}, who "
       "has signed an authority for us to act.\n\n"
       "Your letters tell {client_first} that payment arrangements can only be agreed by email to "
       "arrangements@conexus.co.uk. Every email {client_first} sends there is answered with:\n"
       "\"This mailbox is not monitored. This email was sent automatically.\n"
       "Please use the address given in your letter.\"\n"
       "The address given in the letter is that same mailbox. {client_first} is deaf and cannot use your phone "
       "line, so this rule leaves no way to agree a plan. Please treat this as a complaint, review the rule and "
       "tell us how our constituent can make an arrangement.",
       L(c=True, ex=True, tp=True, cat="process"),
       "An MP's office complains for a constituent that the only channel for arrangements is an unmonitored "
       "mailbox (the rule itself): explicit, third_party, process (rule 16f).",
       sig="Caseworker",
       qt="This mailbox is not monitored. This email was sent automatically.\n"
          "Please use the address given in your letter. ({ref})",
       qfrom="cx_arr")

person("qna-P25", "conexus", "personal", "Card fee on my payment",
       "Why has a fee been taken? My receipt for this month's payment says:\n"
       "‘This is a receipt for your payment of {amt_small}.\n"
       "A card handling fee of £2.50 has been applied.’\n"
       "Nobody told me there was a fee for paying by debit card, it isn't in the plan letter, and £2.50 a month is "
       "a lot when the whole payment is {amt_small}.\n\n"
       "Please refund the fees already taken and tell me how to pay without one.",
       L(c=True, cat="fees_charges"),
       "A fee added on top of the plan payment, shown in the quoted receipt, with a refund demanded: implicit "
       "complaint, fees_charges rather than debt_dispute (rule 16e).",
       qt="This is a receipt for your payment of {amt_small}.\nA card handling fee of £2.50 has been applied.\n"
          "Transaction {ref}",
       qfrom="cx_pay",
       short="My receipt says ‘A card handling fee of £2.50 has been applied.’ Nobody told me about a fee. Please "
             "refund it.")

person("qna-P26", "conexus", "personal", "Change of name - account {cx}",
       "Thanks for the quick response to my change of details form. Your automatic reply said 'We have received "
       "your change of details request. This email was sent automatically.' so I know it arrived.\n\n"
       "One thing I missed on the form: I married in March. [[rectification|Please update the surname on my "
       "account from {old_last} to {last}.]] [[access|While you are at it, could you send me a copy of the "
       "personal data you hold on my account, so I can check everything else is right?]]\n\n"
       "No rush on the second part.",
       L(r="rectification,access"),
       "Friendly follow-up to a quoted automatic acknowledgement asking to update a surname and for a copy of the "
       "data, with no dissatisfaction: rights rectification and access, not a complaint (rule 14, compare lg-37).",
       qt="We have received your change of details request.\nThis email was sent automatically. Ref {ref}",
       qfrom="cx_cs")

person("qna-P27", "conexus", "personal", "My mother {mother} - calls to the hospital ward",
       "I emailed your agent {col} on {d_past} to say my mother is in hospital and that I am dealing with her post. "
       "The reply I got was 'I'm away until Monday. I will reply on my return.' Nobody replied on Monday.\n\n"
       "In the meantime someone from Conexus has phoned Mum twice on the ward and told her the account would go to "
       "enforcement if she didn't pay something that day. She is 79, on strong medication, and was in tears when I "
       "visited.\n\n"
       "Please stop contacting her directly, put the account on hold while she is in hospital and deal with me. I "
       "would like an explanation of why this happened.",
       L(c=True, tp=True, cat="collection_conduct"),
       "Written for a vulnerable mother about pressure calls while the agent's quoted out-of-office went "
       "unanswered: implicit complaint, third_party, collection_conduct; 'stop contacting her' is a conduct "
       "remedy, not objection (rule 14).",
       qt="I'm away until Monday. I will reply on my return.\n{ref}",
       qfrom="cx_cs")

person("qna-P28", "conexus", "personal", "Sterling Credit loan - interest I never agreed",
       "The balance you are collecting for Sterling Credit includes {amt} of interest that was added after I had "
       "agreed a freeze with them. I wrote to Sterling about it in February and the only answer I ever got was "
       "their automatic email:\n\n"
       "\"Thank you for getting in touch. Your message has been received and a member of our team will respond "
       "within 8 weeks.\"\n\n"
       "That was four months ago. The interest should never have been added, and until Sterling sorts out their "
       "figures I don't think I should be paying it to you. Please send this to them and let me know what they "
       "say.",
       L(c=True, cat="debt_dispute", firm="scl"),
       "Interest the creditor added makes up the disputed debt and only the creditor can remove it; the quoted "
       "line is the creditor's auto-reply: implicit complaint, debt_dispute, about_other_firm scl (rule 10).")

person("qna-P29", "conexus", "westbury.gov.uk", "Placement file - did it arrive?",
       "Quick one. After uploading this month's placement file I got the usual notice, \"Your file transfer "
       "'Placements {mon}' completed successfully. This email was sent automatically.\", but it doesn't say who on "
       "your side has it, and the account count hasn't appeared in the client portal yet.\n\n"
       "Can you confirm the file was received and whether all {n} accounts loaded? No problem if it just hasn't "
       "been processed yet.",
       L(),
       "A creditor client's neutral question about a quoted transfer notice, explicitly without any problem: an "
       "enquiry, not a complaint (rule 1).",
       sig="Revenues Officer\nWestbury Council Tax Services",
       qt="Your file transfer 'Placements {mon}' completed successfully.\nThis email was sent automatically. "
          "Transfer {ref}",
       qfrom="cx_files")

person("qna-P30", "conexus", "personal", "Payment plan declined by your system",
       "I applied for a payment plan on your website and within a minute got: “Your application has been assessed "
       "automatically and we are unable to offer this plan. This email was sent automatically.”\n\n"
       "I offered {amt_small} a month, which is what I can afford after rent and childcare, and I attached my "
       "budget sheet. Nobody can have read it in a minute. Now I'm getting letters saying the full amount is "
       "due.\n\n"
       "[[automated_decision|I want a person at Conexus, not the system, to look at my budget and decide on my "
       "offer.]] Please don't send it to enforcement while that happens.",
       L(c=True, r="automated_decision", cat="collection_conduct"),
       "An affordable plan refused by an automatic assessment while letters demand the full sum: implicit "
       "complaint about how the debt is pursued (collection_conduct), asking for human review = automated_decision.",
       qt="Your application has been assessed automatically and we are unable to offer this plan.\n"
          "This email was sent automatically. Application {ref}",
       qfrom="cx_arr",
       short="Your website said “Your application has been assessed automatically and we are unable to offer this "
             "plan.” I can only afford {amt_small} a month. [[automated_decision|Please have a person, not the "
             "system, decide on my offer.]]")

# ---- M, pexa ---------------------------------------------------------------------------------

N_OOO = "An out-of-office reply with no automatic header is still machine-made: auto_generated only (rule 7, lg-17)."

machine("qna-M01", "pexa", ("person", "castlegateconveyancing.co.uk"),
        "Re: Workspace {ws} - requisition from HM Land Registry",
        "Thank you for your message \"Workspace {ws} - requisition from HM Land Registry\".\n\n"
        "I am out of the office until {d_fut} and will have limited access to email. If your message is urgent, "
        "please contact {col}, our \"Head of Post-Completion\", on {phone}.\n\n"
        "{name}\nCastlegate Conveyancing",
        N_OOO,
        qt="Dear {first},\n\nWe are looking into a concern about the requisition raised on workspace {ws} (our "
           "reference {ref}).\nCould you confirm which discharge was uploaded?\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M02", "pexa", ("person", "kestrelbs.co.uk"), "Re: Redemption figures for {prop}",
        "Hello,\n\nI'm on annual leave until {d_fut} and will reply on my return. For 'urgent redemption' requests "
        "please email redemptions@kestrelbs.co.uk, and for anything about a complaint please use "
        "complaints@kestrelbs.co.uk.\n\nThanks,\n{first}",
        "A leave reply from a directory lender's staff member: auto_generated, no firm, no complaint even though the "
        "word appears (rule 7).",
        qt="Dear {first},\n\nA customer has raised concerns about the redemption figures for {prop} (our ref "
           "{ref}).\nPlease could you confirm the figure sent on the day of completion?\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M03", "pexa", ("fixed", [("Orchard Lane Solicitors", "clientcare@orchardlanesolicitors.co.uk"),
                                       ("OLS Client Care", "clientcare@orchardlanesolicitors.co.uk")]),
        "Re: Forwarded complaint - {prop}",
        "Your message \"Forwarded complaint - {prop}\" has been received by Orchard Lane Solicitors.\n\n"
        "This is an automated acknowledgement. Your email has been logged under reference OLS-CC-{n4} and passed "
        "to our Client Care Partner, who will respond within five working days. Please do not reply to this "
        "message.\n\nOrchard Lane Solicitors, 3 Orchard Lane, Stockport SK1 3EJ",
        "A participant firm's automatic acknowledgement of a complaint PEXA forwarded: machine-made, so every other "
        "label is empty and about_other_firm null even though OLS and 'complaint' appear (rule 7).",
        qt="Dear Client Care Partner,\n\nWe are forwarding a complaint from your client about the purchase of "
           "{prop}, which concerns your firm's service (our ref {ref}).\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M04", "pexa", ("person", "holbornreeve.co.uk"), "Read: Your complaint {pxc} - our response",
        "Your message\n\n"
        "  To: {name}\n"
        "  Subject: \"Your complaint {pxc} - our response\"\n"
        "  Sent: {d_num} {time}\n\n"
        "was read on {d_num} at {time2}.",
        "A read receipt quoting our complaint response's subject is machine-made: auto_generated only (rule 7).")

machine("qna-M05", "pexa", ("fixed", [("Halden IT Support", "support@haldenit.co.uk"),
                                       ("Halden IT Service Desk", "servicedesk@haldenit.co.uk")]),
        "Re: Laptop for new starter - request {tk}",
        "Hi,\n\nYour request {tk} \"Laptop for new starter\" has been marked as resolved.\n\n"
        "How did we do? Please take a moment to rate the help you received from {col_first}. It takes less than a "
        "minute: https://feedback.haldenit.co.uk/r/{tk}\n\n"
        "If the issue is not fixed, reply to this email within 7 days and the request will reopen automatically.\n\n"
        "Halden IT Service Desk",
        "A supplier's survey invitation sent as a reply in an ordinary thread is still a system notice: "
        "auto_generated (rule 7).")

machine("qna-M06", "pexa", ("fixed", [("PEXA Service Desk", "servicedesk@pexa.co.uk")]),
        "[Ticket #{tk}] Update: Settlement failed at funds stage",
        "Ticket #{tk} \"Settlement failed at funds stage\" has been updated.\n\n"
        "Status: Pending - awaiting customer\nAssigned group: Settlement Support\nLast update by: {col}\n\n"
        "The customer has been asked to confirm the time of the failed attempt. You are receiving this notification "
        "because the \"Complaints\" queue is copied on this ticket.\n\n"
        "This email was sent automatically. Replies to this address are not monitored.",
        "A helpdesk ticket notification (Auto-Submitted header) is auto_generated; the failed settlement is the "
        "ticket's topic, not a grievance from a sender (rules 4 and 7).",
        headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"})

machine("qna-M07", "pexa", ("fixed", [("Registry Gateway", "applications@registrygateway.co.uk")]),
        "Your application {appref}",
        "Dear customer,\n\nYour application \"Discharge of charge - {prop}\" (reference {appref}) was accepted on "
        "{d_past} at {time} and has been completed.\n\n"
        "No further action is needed. You can view the updated register by signing in to your portal account.\n\n"
        "This email was sent automatically. Please do not reply.",
        "A portal completion notice is machine-made: auto_generated only.")

machine("qna-M08", "pexa", ("fixed", [("Ashgrove Conference Centre", "bookings@ashgrovecentre.co.uk")]),
        "Your booking {bk}",
        "Thank you for your payment.\n\n"
        "This is a receipt for your payment of {amt} for booking {bk}, \"PEXA complaints handling workshop\", on "
        "{d_fut}.\n\nRoom: Larch Suite\nPaid by: card ending {n4}\n\n"
        "This receipt was sent automatically. Please keep it for your records.\n\nAshgrove Conference Centre",
        "A venue's automatic payment receipt (the quoted booking name mentions complaints) is auto_generated, "
        "not a complaint.")

machine("qna-M09", "pexa", ("person", "personal"), "Re: Your enquiry about {prop}",
        "Hi, I'm travelling until {d_fut} with patchy signal and won't see emails much. If this is about \"the "
        "house\" please ring {col_first} on {phone} instead. Thanks! {first}",
        "A consumer's informal holiday auto-reply from a personal address is still an out-of-office: "
        "auto_generated only (rule 7).",
        qt="Dear {name},\n\nThank you for contacting us about your purchase of {prop} (our ref {ref}).\n"
           "PEXA provides the settlement platform; we have passed your concerns to your conveyancer.\n\n"
           "PEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M10", "pexa", ("person", "pryorwaite.co.uk"), "Automatic reply: Your complaint {pxc}",
        "Thank you for your email. I am out of the office until {d_fut}. If your email concerns a live completion, "
        "please call our completions team on {phone}.\n\n{name}\nPartner, Pryor Waite LLP",
        "Auto-reply headers and 'Automatic reply' subject mark an out-of-office; the complaint is only in the "
        "subject and quote: auto_generated (rule 7, lg-39).",
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
        qt="Dear {first},\n\nFurther to your complaint about the fee charged on workspace {ws}, we have reviewed "
           "the invoice ({ref}).\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M11", "pexa", ("person", "heathcotebank.co.uk"), "Re: Customer concern passed to you - {prop}",
        "Thank you for your email.\n\nI am on parental leave until {month} and this mailbox is not being monitored. "
        "Your message has been forwarded automatically to our \"Complaints Resolution Unit\", who will be in touch "
        "within five working days.\n\nKind regards\n{name}\nHeathcote Bank",
        "A leave reply that auto-forwards the message is machine-made: auto_generated, no firm (rule 7).",
        qt="Dear {first},\n\nWe have received a concern from your borrower about the purchase of {prop} and are "
           "passing it to you as the responsible firm (our ref {ref}).\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M12", "pexa", ("person", "beaconhomefinance.co.uk"), "Re: Funds for workspace {ws}",
        "Good afternoon,\n\nThank you for your email. I'm away until Monday and will reply on my return. If your "
        "query is about funds for a settlement today, please call the settlements desk on {phone}.\n\n"
        "{name}\nSettlements Manager, Beacon Home Finance",
        N_OOO,
        qt="Dear {first},\n\nA buyer has told us the funds for workspace {ws} arrived late (our ref {ref}).\n"
           "Could you confirm when they were released?\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M13", "pexa", ("fixed", [("Kestrel Customer Relations", "complaints@kestrelbs.co.uk")]),
        "Re: Customer concern - {prop}",
        "Thank you for your email, which we received on {d_past} at {time}.\n\n"
        "This is an automatic reply to confirm we have it. Please quote our reference 'KBS-CR-{n6}' in any further "
        "correspondence. We aim to send a full reply within 5 working days.\n\n"
        "Please do not reply to this email.\n\nKestrel Building Society",
        "A directory lender's automatic acknowledgement is machine-made: auto_generated, about_other_firm null.",
        qt="Dear Customer Relations,\n\nWe are forwarding a concern from your borrower about the sale of {prop} "
           "(our ref {ref}).\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

machine("qna-M14", "pexa", ("fixed", [("PEXA Learning", "learning@pexa.co.uk")]),
        "Reminder: Settlement Essentials tomorrow",
        "Hello {first},\n\nThis is a reminder that \"Settlement Essentials\" starts tomorrow at 10:00. Your joining "
        "link below will work from 09:45.\n\nJoin the session: https://learning.pexa.co.uk/join/{tk}\n\n"
        "This email was sent automatically by PEXA Learning. To change your booking, sign in to your learner "
        "account.",
        "A training-portal reminder is a system notification: auto_generated only.")

machine("qna-M15", "pexa", ("person", "wrenfieldlaw.co.uk"), "Re: Settlement {ws} - your client's concern",
        "{name} is away and has set up the following automatic reply:\n\n"
        "\"Hi, I'm away until {d_fut} and I'll reply on my return. For settlement issues please call the team on "
        "{phone}. Thanks, {first}\"\n\n"
        "This message was sent automatically by the Wrenfield Law mail system.",
        "The system sets the whole out-of-office text in quotes; it is still machine-made: auto_generated (rule 7).",
        qt="Dear {first},\n\nYour client has raised a concern about the delayed settlement on workspace {ws} "
           "(our ref {ref}).\n\nPEXA Complaints Team",
        qfrom="pexa_cr")

# ---- M, conexus ------------------------------------------------------------------------------

machine("qna-M16", "conexus", ("person", "personal"), "Re: Your account {cx}",
        "Hi, I'm away until {d_fut} with no signal, will reply when I'm back. {first}",
        "A debtor's short holiday auto-reply from a personal address: auto_generated only (rule 7).",
        qt="Dear {name},\n\nWe have not received this month's payment on account {cx} (ref {ref}).\n"
           "Please contact us to discuss.\n\nConexus",
        qfrom="cx_cs")

machine("qna-M17", "conexus", ("person", "harbourlanedebthelp.org.uk"), "Re: Your client {client} - account {cx}",
        "Thank you for your email regarding \"client: {client}\".\n\n"
        "I am on annual leave until {d_fut}. Your message has not been forwarded. If it concerns a client in "
        "Breathing Space, please contact our casework team on {phone}.\n\n"
        "Harbour Lane Debt Help is a registered charity.",
        "A money adviser's leave reply is machine-made: auto_generated, and third_party stays false (rule 7, lg-39).",
        qt="Dear {first},\n\nThank you for your letter about {client}. We have placed the account on hold for 30 "
           "days (ref {ref}).\n\nConexus Complaints",
        qfrom="cx_cr")

machine("qna-M18", "conexus", ("fixed", [("Lumen Water Customer Resolution", "complaints@lumenwater.co.uk")]),
        "Re: Disputed balance - account {lw}",
        "Your message \"Disputed balance - account {lw}\" has been received.\n\n"
        "This is an automated response; please do not reply. A member of our Customer Resolution Team will contact "
        "you within 10 working days.\n\nLumen Water",
        "A creditor's automatic acknowledgement quoting our subject: auto_generated, no firm (rule 7).",
        qt="Dear Customer Resolution Team,\n\nYour customer disputes the final bill on account {lw} (our ref "
           "{ref}).\nPlease review the billing period.\n\nConexus Complaints",
        qfrom="cx_cr")

machine("qna-M19", "conexus", ("fixed", [("Conexus Payments", "payments@conexus.co.uk")]), "Payment receipt {n6}",
        "This is a receipt for your payment.\n\nAmount: {amt}\nAccount: '{cx}'\nPaid: {d_num} {time}\n"
        "Method: debit card ending {n4}\n\n"
        "This email was sent automatically. Please keep it as proof of payment.",
        "An automatic payment receipt with an Auto-Submitted header: auto_generated only.",
        headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"})

machine("qna-M20", "conexus", ("person", "personal"), "Read: Breathing Space - your account {cx}",
        "Your message\n\n"
        "  To: {name}\n"
        "  Subject: \"Breathing Space - your account {cx}\"\n"
        "  Sent: {d_num} {time}\n\n"
        "was read on {d_num} at {time2}.",
        "A read receipt is machine-made even from a personal address: auto_generated only.")

machine("qna-M21", "conexus", ("fixed", [("Collections Standards Forum", "survey@csforum.org.uk")]),
        "How did we do? Your call with our member helpline",
        "Thank you for calling the member helpline on {d_past}.\n\n"
        "How did we do? We would like to hear about your call \"Query about placing accounts in Breathing Space\". "
        "The survey takes two minutes.\n\n"
        "Start the survey: https://csforum.org.uk/survey/{n6}\n\n"
        "You are receiving this email because you contacted the member helpline. This email was sent automatically.",
        "A bulk survey invitation (Precedence: bulk, List-Unsubscribe) is auto_generated (rule 4).",
        headers={"precedence": "bulk", "list-unsubscribe": "<https://csforum.org.uk/unsubscribe?m={n6}>"})

machine("qna-M22", "conexus", ("fixed", [("Office of {mp} MP", "casework@{mpdomain}")]),
        "Re: Your constituent {client} - account {cx}",
        "Thank you for contacting the office of {mp} MP. This is an automated response to let you know your email "
        "has been received.\n\n"
        "We read every message, but because of the volume of correspondence it may take up to 15 working days to "
        "reply. If you are an organisation responding to a case we have raised, your reply will be added to the "
        "constituent's file.\n\nConstituency Office of {mp} MP",
        "An MP's office automatic acknowledgement: auto_generated, and third_party false (rule 7).",
        qt="Dear caseworker,\n\nThank you for your letter about {client}. We have reviewed the account and "
           "enclose our response (ref {ref}).\n\nConexus Complaints",
        qfrom="cx_cr")

machine("qna-M23", "conexus", ("fixed", [("Conexus Case Manager", "casemanager@conexus.co.uk")]),
        "Case {cxc} assigned to {col}",
        "Case {cxc} \"Phone calls at work\" has been assigned to {col}.\n\n"
        "Queue: \"Complaints - Tier 2\"\nTarget date for final response: {d_fut}\n\n"
        "You are receiving this because you are a member of the \"Complaints - Tier 2\" group. This notification "
        "was sent automatically; do not reply.",
        "An internal case-system notification (Auto-Submitted header) about a complaint case is itself "
        "auto_generated, not a complaint (rules 4 and 7).",
        headers={"auto-submitted": "auto-generated"})

machine("qna-M24", "conexus", ("person", "westbury.gov.uk"), "Re: Returned accounts - batch {bt}",
        "I am out of the office until {d_fut}. I will reply on my return.\n\n"
        "For 'Council Tax recovery' queries please email ctrecovery@westbury.gov.uk, and for business rates please "
        "call {phone}.\n\nWestbury Council Revenues and Benefits",
        "A creditor client's out-of-office with no headers: auto_generated only (rule 7).",
        qt="Dear {first},\n\nPlease find attached the list of accounts in batch {bt} that we are returning to you "
           "(ref {ref}).\n\nConexus Client Services",
        qfrom="cx_cs")

machine("qna-M25", "conexus", ("fixed", [("Sterling Credit File Exchange", "transfers@sterlingcredit.co.uk")]),
        "File downloaded: Recall list {mon}",
        "Your file \"Recall list {mon}.csv\" was downloaded by {col} (Sterling Credit Loans) on {d_past} at "
        "{time}.\n\nThe file will be deleted from the exchange in 7 days. This is an automatic notification from "
        "the Sterling Credit File Exchange.",
        "A file-exchange portal notice ('deleted' refers to a file) is auto_generated; no right, no firm.")

machine("qna-M26", "conexus", ("fixed", [("Parkes Rendell Solicitors", "enquiries@parkesrendell.co.uk")]),
        "Re: Your client {client} - account {cx}",
        "Thank you for your email to Parkes Rendell Solicitors.\n\n"
        "This message was sent automatically to confirm that we have received it. If your email relates to an "
        "existing matter, please quote our reference 'PR/{n4}/{init}' in future correspondence. Our office hours "
        "are 9am to 5pm, Monday to Friday.\n\n"
        "This email and any attachments are confidential and may contain personal data. If you have received it in "
        "error, please tell us and delete it.",
        "A debtor's solicitor's automatic acknowledgement with a disclaimer: auto_generated, third_party false, "
        "no rights ('personal data' and 'delete' are disclaimer words).",
        qt="Dear Sirs,\n\nThank you for your letter on behalf of {client}. We have suspended collection while we "
           "review it (ref {ref}).\n\nConexus Complaints",
        qfrom="cx_cr")

machine("qna-M27", "conexus", ("person", "personal"), "Out of office",
        "Hello, I am away until {d_fut} and won't be checking email. I will reply on my return. {first}",
        "A webmail vacation reply with Auto-Submitted header: auto_generated only.",
        headers={"auto-submitted": "auto-replied", "precedence": "bulk"})

machine("qna-M28", "conexus", ("fixed", [("Northline Energy Accounts", "accounts.receivable@northline-energy.co.uk")]),
        "Remittance received - {rem}",
        "This is a receipt for your payment of {amt} with remittance reference '{rem}', received on {d_past}.\n\n"
        "The payment has been allocated to the accounts listed in your remittance advice. This email was sent "
        "automatically; please do not reply to it. For account queries please contact your client manager.",
        "A creditor's automatic remittance receipt: auto_generated, no firm.")

machine("qna-M29", "conexus", ("fixed", [("Conexus Feedback", "feedback@conexus.co.uk")]), "How did we do?",
        "Hello,\n\nYou recently spoke to \"{col_first}\" about the account ending {n4}. How did we do?\n\n"
        "Please rate your call from 1 (poor) to 5 (excellent) by clicking a number below:\n1   2   3   4   5\n\n"
        "This email was sent automatically. If you would rather not receive surveys, you can unsubscribe at any "
        "time.",
        "Our own survey invitation landing in the mailbox, with automatic headers: auto_generated only.",
        headers={"auto-submitted": "auto-generated",
                 "list-unsubscribe": "<mailto:feedback@conexus.co.uk?subject=unsubscribe>"})

machine("qna-M30", "conexus", ("person", "northgateadvice.org.uk"), "Re: {client} - income and expenditure",
        "Your email beginning \"Dear {first}, further to our letter of {d_past2}\" has been received.\n\n"
        "I'm away until {d_fut} and I'll reply on my return. If you need an answer sooner, please write to "
        "advice@northgateadvice.org.uk quoting the client's name.\n\nNorthgate Advice Centre",
        "An adviser's out-of-office quoting the first line of our letter: auto_generated, third_party false "
        "(rule 7, lg-39).",
        qt="Dear {first}, further to our letter of {d_past2}, we have reviewed {client}'s income and expenditure "
           "(ref {ref}).\n\nConexus Complaints",
        qfrom="cx_cr")

MP_DOMAINS = {"Rosalind Ekwueme": "ekwuememp.org.uk", "Geraint Fowles": "geraintfowles.org.uk",
              "Harriet Moncrieff": "moncrieffmp.org.uk", "Daniel Achterberg": "achterbergmp.org.uk"}

CHARITY_DOMAINS = {"Eastbrook Money Advice": "eastbrookmoneyadvice.org.uk",
                   "Riverside Debt Support": "riversidedebtsupport.org.uk",
                   "Calder Valley Advice Trust": "caldervalleyadvice.org.uk"}

# ---------------------------------------------------------------------------------------------
# rendering

HEAD_OK = re.compile(r"^On .{3,80} wrote:$")


def quote_for(sc, f, rng, subject):
    """(head, text) of the firm's earlier message: an "On ... wrote:" head, or (only when the earlier message is
    the one the mail answers, group M) an Outlook-style original-message block."""
    disp, addr = FIRM_QFROM[sc["qfrom"]]
    body = fill(sc["qt"], f)
    if subject is None or rng.random() < 0.6:
        head = f"On {f['qdate']}, {disp} <{addr}> wrote:"
        assert HEAD_OK.match(head) and QUOTE_START.match(head), head
        return head, body
    return "-----Original Message-----", f"From: {disp} <{addr}>\nSent: {f['qsent']}\nSubject: {subject}\n\n{body}"


def render_person(sc, env, rng):
    f = make_fill(rng, sc["mailbox"])
    f["mpdomain"] = MP_DOMAINS[f["mp"]]
    f["chdomain"] = CHARITY_DOMAINS[f["charity"]]
    subject = fill(sc["subject"], f)
    short = env.startswith("short")
    text = fill(sc["short"] if short else sc["text"], f)
    if env.endswith("+typo"):
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    marks = rights_marks_of(text)
    plain = strip_marks(text, MARK_RIGHTS)
    # sender
    who = fill(sc["who"], f)
    if who == "personal":
        addr = f"{local_part(rng, f['first'], f['last'])}@{rng.choice(PERSONAL_DOMAINS)}"
    else:
        addr = f"{work_local(rng, f['first'], f['last'])}@{who}"
    sender = f"{f['name']} <{addr}>"
    if short:
        body = plain + "\n\n" + f["first"]
    else:
        greet = rng.choice(GREET[sc["mailbox"]])
        sign = rng.choice(SIGN)
        signame = f["name"] if rng.random() < 0.6 or sc["sig"] else f["first"]
        body = f"{greet}\n\n{plain}\n\n{sign}\n{signame}"
        if sc["sig"]:
            sig = fill(sc["sig"], f)
            if sc["sid"] == "qna-P18":
                sig += "\n" + f["charity"]
            if sc["sid"] == "qna-P24":
                sig += f"\nOffice of {f['mp']} MP"
            body += "\n" + sig
    html = "html" in env
    quote = quote_for(sc, f, rng, None) if "quoted" in env else None
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=[], body_marks=marks, labels=sc["labels"],
                                note=sc["note"], source=sc["sid"], env=env)


def render_machine(sc, env, rng):
    f = make_fill(rng, sc["mailbox"])
    f["mpdomain"] = MP_DOMAINS[f["mp"]]
    kind, spec = sc["sender"]
    if kind == "fixed":
        disp, addr = rng.choice(spec)
        sender = f"{fill(disp, f)} <{fill(addr, f)}>"
    elif spec == "personal":
        sender = f"{f['name']} <{local_part(rng, f['first'], f['last'])}@{rng.choice(PERSONAL_DOMAINS)}>"
    else:
        sender = f"{f['name']} <{work_local(rng, f['first'], f['last'])}@{spec}>"
    subject = fill(sc["subject"], f)
    body = fill(sc["text"], f)
    headers = {k: fill(v, f) for k, v in sc["headers"].items()}
    html = "html" in env
    quote = quote_for(sc, f, rng, subject[4:] if subject.startswith("Re: ") else subject) \
        if "quoted" in env else None
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=[], body_marks=[], labels=sc["labels"], note=sc["note"],
                                source=sc["sid"], env=env, headers=headers)


ENV_WEIGHT = {"plain": 4, "html": 1, "quoted": 3, "html+quoted": 1, "short": 3}


def person_envs(sc):
    envs = ["plain", "html"]
    if sc["qt"]:
        envs += ["quoted", "html+quoted"]
    if sc["short"]:
        envs.append("short")
    return envs


def machine_envs(sc):
    envs = ["plain", "html"]
    if sc["qt"]:
        envs += ["quoted", "html+quoted"]
    return envs


def two_envs(envs, rng):
    """Two different envelope names, drawn by ENV_WEIGHT without replacement (one random() each)."""
    out = []
    for _ in range(2):
        left = [e for e in envs if e not in out]
        x = rng.random() * sum(ENV_WEIGHT[e] for e in left)
        for e in left:
            x -= ENV_WEIGHT[e]
            if x < 0:
                break
        out.append(e)
    return out


def build(rng):
    assert [s["sid"] for s in P] == [f"qna-P{i:02d}" for i in range(1, 31)]
    assert [s["sid"] for s in M] == [f"qna-M{i:02d}" for i in range(1, 31)]
    records = []
    for sc in P:
        for base in two_envs(person_envs(sc), rng):
            env = base + ("+typo" if base != "html+quoted" and rng.random() < 0.4 else "")
            records.append(render_person(sc, env, rng))
    for sc in M:
        for env in two_envs(machine_envs(sc), rng):
            records.append(render_machine(sc, env, rng))
    return records


def summary(records, env_count):
    labs = [r["labels"] for r in records]
    c = collections.Counter()
    for lab in labs:
        c["complaint"] += lab["complaint"]
        c["explicit"] += lab["explicit"]
        c["auto"] += lab["auto_generated"]
        c["rights"] += bool(lab["rights"])
        c["third"] += lab["third_party"]
        c["pd"] += lab["personal_data"]
        c["breach"] += lab["breach"]
        c["firm"] += lab["about_other_firm"] is not None
    hdr = sum(bool(r["headers"]) for r in records)
    return (f"wrote {len(records)} emails from {len({r['source'] for r in records})} scenarios to "
            f"{os.path.relpath(OUT, ROOT)}\n"
            f"complaints {c['complaint']} ({c['explicit']} explicit), machine-made {c['auto']}, with rights "
            f"{c['rights']}, third party {c['third']}, personal_data {c['pd']}, breach {c['breach']}, "
            f"forwarded {c['firm']}, with automatic headers {hdr}\n"
            f"envelopes: {dict(sorted(env_count.items()))}")


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
