#!/usr/bin/env python3
"""Thin-text judge set B: complaints-mailbox mail in which the sender wrote almost nothing of their own.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender, plain or HTML, forward or
quote style, covering words): 120 emails in data/trials/thin_judge_b.jsonl.

* Group F (26): a forward or reply that adds nothing or one or two words ("FYI", "Chasing", "No" ...) to carried
  mail: a consumer's complaint about this firm or another firm, a data-rights request, a breach report, an ordinary
  enquiry or instruction, a thank-you, a system notification, or the receiving firm's own earlier letter.
* Group N (18): almost nothing and nothing carried: an empty body under a one- or two-word subject, a one- or
  two-word body, a message in another language, a signature block only.
* Group C (16): controls with 3 to 25 words of the sender's own, some with quoted history.

Every label is decided per scenario by the labelling guide, reading the whole message (what the sender means by
forwarding or replying, and what the carried mail says). The one label fixed by the text's wording, `explicit`, is
checked per rendering against new_text() (record_errors), and each scenario is written so both renderings agree.

Stdlib only. Run from the repository root:  python data/make/make_thin_judge_b.py
"""
import collections
import datetime
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, html_with_quote, new_text, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels)

SEED = 20271114
PREFIX = "tjb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "thin_judge_b.jsonl")

# ---------------------------------------------------------------------------------------------
# people

FIRST_F = ["Sarah", "Priya", "Chloe", "Aisha", "Hannah", "Grace", "Fatima", "Joanne", "Megan", "Rachel", "Amira",
           "Claire", "Niamh", "Leanne", "Zainab", "Olivia", "Katie", "Yasmin", "Helen", "Ruth", "Bethan", "Sofia",
           "Ellie", "Nadia", "Shona", "Tegan"]
FIRST_M = ["James", "Daniel", "Mohammed", "Tom", "Callum", "Ravi", "Owen", "Liam", "Adam", "Kwame", "Gareth",
           "Marcus", "Sean", "Harry", "Arjun", "Connor", "Ben", "Tariq", "Neil", "Rhys", "Jack", "Dev", "Luke",
           "Samuel", "Stuart", "Jordan"]
SURNAMES = ["Whitaker", "Osei", "Patel", "Hughes", "Kaur", "Brennan", "Fletcher", "Malik", "Thornton", "Ahmed",
            "Campbell", "Lowe", "Nwosu", "Barker", "Hussain", "Price", "McAllister", "Shah", "Gill", "Turner",
            "Okonkwo", "Rees", "Walsh", "Chaudhry", "Bishop", "Kelly", "Sutton", "Adeyemi", "Moss", "Harding",
            "O'Connell", "Fairbairn", "Ward-Lewis", "Iqbal", "Mensah", "Cartwright"]
# (first, last) pools for the other-language scenarios; the Polish text is written in the feminine, the Urdu one by
# a son of Muhammad Ashraf
POOLS = {
    "pl_f": [("Agnieszka", "Nowak"), ("Katarzyna", "Wiśniewska"), ("Magdalena", "Kamińska"),
             ("Joanna", "Lewandowska"), ("Ewa", "Zielińska"), ("Monika", "Dąbrowska")],
    "ro": [("Andreea", "Popescu"), ("Mihai", "Ionescu"), ("Ioana", "Dumitru"), ("Cristian", "Stan"),
           ("Elena", "Constantin"), ("Bogdan", "Marin")],
    "cy": [("Gwenllian", "Morgan"), ("Dafydd", "Jones"), ("Eleri", "Pryce"), ("Iwan", "Rhys"),
           ("Ffion", "Llewelyn"), ("Siôn", "Griffiths")],
    "zh": [("Wei", "Li"), ("Min", "Zhang"), ("Fang", "Wang"), ("Jie", "Chen"), ("Yang", "Liu"), ("Hui", "Zhao")],
    "ur_son": [("Imran", "Ashraf"), ("Bilal", "Ashraf"), ("Usman", "Ashraf"), ("Kamran", "Ashraf"),
               ("Faisal", "Ashraf")],
    "ar": [("Omar", "Haddad"), ("Layla", "Mansour"), ("Yousef", "Khalil"), ("Rania", "Saleh"), ("Karim", "Nasser"),
           ("Huda", "Azzam")],
    "okoro_f": [(f, "Okoro") for f in ("Chiamaka", "Joanne", "Rebecca", "Adaeze", "Louise")],
}
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com", "btinternet.com", "yahoo.co.uk",
                    "live.co.uk", "sky.com", "googlemail.com"]


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-")).lower()


def pick_name(rng, pool, gender):
    if pool in POOLS:
        return rng.choice(POOLS[pool])
    if gender is None:
        gender = rng.choice("fm")
    return rng.choice(FIRST_F if gender == "f" else FIRST_M), rng.choice(SURNAMES)


def make_person(rng, spec):
    """A person dict (name, first, last, addr, user) from a sender spec."""
    kind = spec["kind"]
    first, last = pick_name(rng, spec.get("pool"), spec.get("gender"))
    f, l_ = ascii_fold(first), ascii_fold(last).replace("'", "")
    if kind == "consumer":
        form = rng.randrange(5)
        local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}{l_}", f"{f}.{l_}{rng.randrange(1, 9)}",
                 f"{l_}{f[0]}{rng.randrange(60, 99)}"][form]
        addr = f"{local}@{rng.choice(CONSUMER_DOMAINS)}"
    else:  # staff of a firm
        local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_[0]}"][rng.randrange(3)]
        addr = f"{local}@{spec['domain']}"
    return {"name": f"{first} {last}", "first": first, "last": last, "addr": addr, "user": f"{f[0]}{l_}"}


# ---------------------------------------------------------------------------------------------
# dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def draw_now(rng):
    d = datetime.datetime(2025, 2, 3, 0, 0) + datetime.timedelta(days=rng.randrange(0, 150))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d.replace(hour=rng.randrange(7, 21), minute=rng.randrange(60), second=rng.randrange(60))


def earlier(rng, now, days, weekday=False):
    """A date `days` (lo, hi) before now, on a working day if `weekday` (mail a firm sent) or the range allows one,
    and always before now."""
    lo, hi = days
    d = now - datetime.timedelta(days=rng.randint(lo, hi))
    if weekday or lo > 0:
        while d.weekday() >= 5:
            d -= datetime.timedelta(days=1)
    d = d.replace(hour=rng.randrange(8, 18), minute=rng.randrange(60), second=rng.randrange(60))
    if d >= now:
        d = now - datetime.timedelta(minutes=rng.randrange(15, 180))
    return d


def long_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def outlook_date(d):
    return f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def gmail_date(d):
    return f"{DAYS[d.weekday()][:3]}, {d.day} {MONTHS[d.month - 1][:3]} {d.year} at {d:%H:%M}"


def apple_date(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} at {d:%H:%M:%S} GMT"


# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(**kw):
    kw["sid"] = f"{PREFIX}-s{len(SCENARIOS) + 1:03d}"
    SCENARIOS.append(kw)


def consumer(pool=None, gender=None):
    return {"kind": "consumer", "pool": pool, "gender": gender}


def staff(domain, firm, role):
    return {"kind": "staff", "domain": domain, "firm": firm, "role": role}


def fixed(*alts):
    """A team mailbox: one (name, addr) per rendering."""
    return {"kind": "fixed", "alts": list(alts)}


PEXA_RES = ("PEXA Customer Resolution", "complaints@pexa.co.uk")
PEXA_SUPPORT = ("PEXA Support", "support@pexa.co.uk")
PEXA_NOTIFY = ("PEXA Notifications", "no-reply@pexa.co.uk")
CX_REL = ("Conexus Customer Relations", "customer.relations@conexus.co.uk")
CX_PAY = ("Conexus Payments Team", "payments@conexus.co.uk")
CX_COLL = ("Conexus Collections", "collections@conexus.co.uk")

FWD_STYLES = ["outlook_fw", "outlook_new_fw", "gmail_fwd", "apple_fwd", "html_gmail_fwd", "html_outlook_fw"]
REPLY_STYLES = ["outlook_re", "gmail_re", "apple_re", "html_re"]

# ============================== Group F: pexa ==============================

S(group="F", mailbox="pexa", mode="fwd", sender=consumer(),
  covers=["FYI", "fyi", "See below", "", "Fwd"],
  carried={"from": "me", "to": ("Dominic Harte", "d.harte@marshpenrose.co.uk"), "days": (3, 9),
           "subject": "Sale of 9 Tanners Row - still no contract pack",
           "text": "Dear Dominic,\n\nIt is now five weeks since you told me the contract pack for 9 Tanners Row would "
                   "go to the buyer's solicitor 'within days'. The estate agent tells me it still hasn't arrived, and "
                   "the buyers are threatening to pull out. I have left four voicemails and sent two emails since the "
                   "3rd and heard nothing back.\n\nPlease send the pack this week and ring me to explain what has "
                   "happened.\n\n{me}"},
  labels=short_labels(c=True, cat="delay", firm="mpc"),
  note="A seller forwards, with nothing or a word of their own, their chaser to their conveyancer Marsh & Penrose (known "
       "from the @marshpenrose.co.uk address): an implicit complaint purely about a participant firm, so "
       "about_other_firm=mpc, category delay.")

S(group="F", mailbox="pexa", mode="fwd", sender=consumer(),
  covers=["See below", "Please see below", "", "FYI"],
  carried={"from": "me", "to": ("Lyle & Crane Property Lawyers", "enquiries@lyleandcrane.co.uk"), "days": (2, 12),
           "subject": "Complaint - my purchase of Flat 4, 61 Quarry Hill",
           "text": "To whom it may concern,\n\nI am unhappy with the way my purchase has been handled by your office. "
                   "When I rang on Monday to ask why my mortgage offer had not been acknowledged, the person I spoke "
                   "to told me I was 'not the only client' and put the phone down. Nobody has called back as "
                   "promised.\n\nI would like an apology, and for someone senior to take over my file.\n\n{me}"},
  labels=short_labels(c=True, ex=True, cat="service_quality", firm="unknown"),
  note="A buyer forwards to PEXA their own complaint to their conveyancer Lyle & Crane, a firm outside the directory, "
       "about a rude call and no call-back: a complaint purely about that firm (about_other_firm=unknown, "
       "service_quality), explicit because the kept subject, part of the new text, says 'Complaint'.")

S(group="F", mailbox="pexa", mode="fwd",
  sender=staff("orchardlanesolicitors.co.uk", "Orchard Lane Solicitors", "Completions Team Leader"),
  covers=["Please deal", "Please action", "Pls deal", "Yours?"],
  carried={"from": "other", "other": consumer(), "to": "me", "days": (0, 2),
           "subject": "Our completion yesterday - 17 Brindle Lane",
           "text": "Hi {me_first},\n\nThank you for ringing last night. As I understand it, the money couldn't go "
                   "through because the PEXA system was down all afternoon, and that is why we could not get the "
                   "keys. We had to put the children in a Travelodge and pay the removal firm for an extra day, "
                   "around £640 altogether.\n\nWe would like to know what actually went wrong and who is going to "
                   "cover these costs. Receipts attached.\n\n{other}"},
  labels=short_labels(c=True, cat="platform_defect"),
  note="Orchard Lane staff pass their client's costs claim over the platform outage to PEXA with only 'Please deal': "
       "this is the participant firm raising a platform failure with PEXA as its customer (rule 10), an implicit "
       "complaint about PEXA itself (platform_defect, about_other_firm null), and staff acting for their own firm "
       "are not third_party.")

S(group="F", mailbox="pexa", mode="fwd",
  sender=staff("kestrelbs.co.uk", "Kestrel Building Society", "Completions Officer"),
  covers=["Again.", "Again!", "Again?!", "AGAIN"],
  carried={"from": PEXA_NOTIFY, "to": "me", "days": (0, 1),
           "subject": "Workspace 31-90417: financial settlement unsuccessful",
           "text": "This is an automated message. Please do not reply.\n\nWorkspace: 31-90417\nProperty: 22 "
                   "Meadowsweet Drive, Kettering NN15 7QJ\nSettlement date: {cdate}\nStatus: Financial settlement "
                   "unsuccessful\n\nThe financial settlement for this workspace could not be completed. Reason code "
                   "FS-114: settlement service timeout. The workspace has been returned to 'Ready to settle'. Please "
                   "reschedule settlement or contact PEXA Support on 0330 555 0199.\n\nPEXA"},
  labels=short_labels(c=True, cat="platform_defect"),
  note="A lender forwards PEXA's own failed-settlement notice to the complaints mailbox with only 'Again': a "
       "negative judgement of a repeated system failure that expects an answer, so an implicit complaint about the "
       "platform (platform_defect); a person forwarded it, so not auto_generated.")

S(group="F", mailbox="pexa", mode="reply",
  sender=staff("hartwellrudd.co.uk", "Hartwell Rudd Solicitors", "Senior Conveyancer"),
  covers=["Chasing", "Chasing.", "Any update?", "Chasing again"],
  carried={"from": PEXA_RES, "to": "me", "days": (68, 76),
           "subject": "Your complaint PX-C-30418 - acknowledgement",
           "text": "Dear {me_first},\n\nThank you for your email about the remittance error on workspace 31-88203. "
                   "We have logged this as a complaint under reference PX-C-30418 and a member of the Customer "
                   "Resolution Team will investigate.\n\nWe aim to send you a full response within four weeks. If we "
                   "need longer, we will write to explain why and when you can expect to hear from us.\n\nKind "
                   "regards,\n\nHannah Pryce\nCustomer Resolution Team\nPEXA"},
  labels=short_labels(c=True, ex=True, cat="delay"),
  note="A one- or two-word chaser on PEXA's own acknowledgement sent about ten weeks earlier, long past the promised "
       "four weeks, is a still-waiting complaint about delay (rule 6), explicit because the reply's subject, part of "
       "the new text, names it 'Your complaint'.")

S(group="F", mailbox="pexa", mode="reply",
  sender=staff("tvmortgages.co.uk", "Thames Valley Mortgages", "Finance Operations Analyst"),
  covers=["Thanks", "Thank you", "Many thanks", "Thanks!"],
  carried={"from": PEXA_RES, "to": "me", "days": (0, 3),
           "subject": "Your complaint PX-C-29774 - our final response",
           "text": "Dear {me_first},\n\nFurther to our call, I am writing with our final response to your complaint "
                   "about the duplicated lodgement fees on your recent invoices.\n\nWe have upheld your complaint. "
                   "The 19 duplicate charges (£437.00 in total) were caused by a billing rule change on our side and "
                   "have now been credited to your account; the credit note is attached. We have corrected the rule "
                   "so this will not happen again.\n\nIf you remain dissatisfied, please reply within eight weeks and "
                   "a senior manager will review your complaint.\n\nKind regards,\n\nMarcus Oyelaran\nCustomer "
                   "Resolution Team\nPEXA"},
  labels=short_labels(),
  note="A bare thank-you to PEXA's upheld final response confirms nothing is still wrong and asks for nothing; the "
       "complaint wording is only in the firm's own subject and quoted letter, so not a complaint (rule 5).")

S(group="F", mailbox="pexa", mode="reply",
  sender=staff("ashgroveconveyancing.co.uk", "Ashgrove Conveyancing", "Practice Manager"),
  covers=["No", "No.", "NO", "Not happy"],
  carried={"from": PEXA_RES, "to": "me", "days": (1, 4),
           "subject": "Closing your complaint PX-C-31190",
           "text": "Dear {me_first},\n\nWe have now rebooked your team onto the next Workspace Essentials session "
                   "and sent updated links to the e-learning videos, which we hope addresses the cancelled sessions "
                   "you raised with us.\n\nAre you happy for us to close your complaint on this basis? If we do not "
                   "hear from you within 10 working days we will treat the matter as resolved.\n\nKind regards,\n\n"
                   "Lauren Sato\nCustomer Resolution Team\nPEXA"},
  labels=short_labels(c=True, ex=True, cat="training"),
  note="'No' in answer to PEXA's 'are you happy for us to close your complaint?' keeps the complaint open, "
       "dissatisfied with the proposed fix and expecting more, so a continuing complaint categorised by the "
       "unresolved training issue, explicit because the reply's subject says 'complaint'.")

S(group="F", mailbox="pexa", mode="reply", sender=consumer(),
  covers=["Chasing", "Chasing?", "Any update?", "Still waiting"],
  carried={"from": "me", "to": PEXA_SUPPORT, "days": (38, 50),
           "subject": "Please delete my PEXA user account",
           "text": "Hello,\n\nI left Brookfield Harper Solicitors at the end of last year and no longer need my PEXA "
                   "login (username {me_user}). Please delete my user account and the personal details attached to "
                   "it - my name, mobile number and the home address from the identity check - and confirm once it's "
                   "done.\n\nThanks,\n{me}"},
  labels=short_labels(c=True, pd=True, r="erasure", cat="personal_data"),
  note="Chasing an erasure request PEXA has left unanswered for about six weeks is an implicit complaint that a "
       "data-rights request was ignored (personal_data, category personal_data as the more specific theme than "
       "delay), and by chasing it the writer renews the request, so rights=[erasure].")

S(group="F", mailbox="pexa", mode="fwd",
  sender=staff("heathcotebank.co.uk", "Heathcote Bank", "Mortgage Completions Officer"),
  covers=["FYI", "Not ours", "Not ours.", "Wrong recipient"],
  carried={"from": PEXA_SUPPORT, "to": "me", "days": (0, 1),
           "subject": "Workspace 31-91562 - settlement statement",
           "text": "Hi,\n\nAs requested, please find the settlement statement for workspace 31-91562 (purchase of 3 "
                   "Larkspur Court, Ipswich IP4 2RT) below.\n\nBuyers: Mr Tomasz Wrobel and Mrs Agata Wrobel\n"
                   "Buyer contact: 07700 900562\nPurchase price: £312,500.00\nMortgage advance: £250,000.00 "
                   "(account ending 6619)\nBalance from buyers: £64,180.00\n\nLet me know if you need anything "
                   "else.\n\nKind regards,\nOllie Brandt\nPEXA Support"},
  labels=short_labels(br=True),
  note="Heathcote staff send back, with a word or two, a PEXA email carrying another transaction's buyers' details "
       "that reached the wrong bank: a report of a personal data breach (breach=true) with no dissatisfaction or "
       "request, so not a complaint and personal_data=false (as lg-32).")

S(group="F", mailbox="pexa", mode="fwd",
  sender=staff("caldwellmoss.co.uk", "Caldwell & Moss LLP", "Completions Paralegal"),
  covers=["Please advise", "See below", "Advice please", "Thoughts?"],
  carried={"from": "other", "other": staff("caldwellmoss.co.uk", "Caldwell & Moss LLP", "Partner"), "to": "me",
           "days": (0, 2), "subject": "New starter - PEXA login",
           "text": "Hi {me_first},\n\nAmira Chowdhury starts with us on Monday as a completions paralegal. Could you "
                   "find out from PEXA what we need to do to get her set up as a user under our subscriber account, "
                   "and whether she has to do the online training before she can be added to live workspaces?\n\n"
                   "Thanks,\n{other_first}"},
  labels=short_labels(),
  note="A forwarded internal question about adding a new user and her training, passed on with one or two words, "
       "is a routine service request (enquiry), not a complaint.")

S(group="F", mailbox="pexa", mode="fwd",
  sender=staff("greyfriarslaw.co.uk", "Greyfriars Law LLP", "Residential Property Partner"),
  covers=["FYI", "FYI :)", "Nice one", "For info"],
  carried={"from": "other", "other": consumer(), "to": "me", "days": (0, 3), "subject": "Thank you!",
           "text": "Dear {me_first},\n\nJust a quick note to say thank you. We got the keys at 12.15 on the dot, "
                   "exactly as you said we would, and the whole thing was so much less stressful than our last move. "
                   "Whatever system you used for the money worked brilliantly.\n\nBest wishes,\n{other}"},
  labels=short_labels(),
  note="A participant firm forwarding its client's thank-you with 'FYI' expresses no dissatisfaction and expects "
       "nothing: not a complaint (Greyfriars is only the sender).")

S(group="F", mailbox="pexa", mode="autofwd",
  sender=fixed(("Completions", "completions@hollybrookconveyancing.co.uk"),
               ("Post Completion Team", "postcompletion@dunmoreandreid.co.uk")),
  covers=[""],
  carried={"from": PEXA_NOTIFY, "to": "me", "days": (0, 0),
           "subject": "Workspace 31-87755: lodgement complete",
           "text": "This is an automated message. Please do not reply.\n\nWorkspace: 31-87755\nTitle number: "
                   "DN602913\n\nLodgement with HM Land Registry was completed on {cdate}. Application reference: "
                   "A44/2218790.\n\nYou can view the registration documents in the workspace under Documents > "
                   "Lodgement.\n\nPEXA"},
  labels=short_labels(auto=True),
  note="A law firm's mailbox rule auto-forwarded a PEXA lodgement notification (Auto-Submitted: auto-forwarded) with "
       "nothing added: machine-produced mail, so auto_generated=true and every other label empty.")

S(group="F", mailbox="pexa", mode="fwd", sender=consumer(gender="f"),
  covers=["Seriously?", "Really??", "£295?!", "Seriously??"],
  carried={"from": ("Beacon Home Finance Redemptions", "redemptions@beaconhomefinance.co.uk"), "to": "me",
           "days": (1, 5), "subject": "Your mortgage redemption - administration fee",
           "text": "Dear Customer,\n\nThank you for your redemption request for mortgage account ending 4418.\n\n"
                   "Please note that a mortgage exit administration fee of £295.00 will be added to your redemption "
                   "figure. This fee covers the cost of closing your account and releasing our charge over the "
                   "property.\n\nAn updated redemption statement will be issued to your conveyancer.\n\nYours "
                   "sincerely,\nRedemptions Team\nBeacon Home Finance"},
  labels=short_labels(c=True, cat="fees_charges", firm="bhf"),
  note="A borrower forwarding her lender's letter adding a £295 exit fee with only an incredulous 'Seriously?' to "
       "the complaints mailbox objects to that fee and wants it looked at: an implicit complaint purely about "
       "Beacon Home Finance (bhf, from the forwarded address and signature), category fees_charges.")

# ============================== Group F: conexus ==============================

S(group="F", mailbox="conexus", mode="reply", sender=consumer(),
  covers=["Chasing", "Chasing!", "Still waiting", "Any update?"],
  carried={"from": "me", "to": ("Conexus Customer Services", "customerservices@conexus.co.uk"), "days": (20, 28),
           "subject": "Account CX81402257 - breakdown of balance",
           "text": "Hello,\n\nYou have written to me saying I owe £1,384.60 for a Pennant Mobile account. Before I "
                   "agree a payment plan, can you send me a breakdown showing how that figure is made up, with the "
                   "dates of the charges?\n\nThanks\n{me}"},
  labels=short_labels(c=True, cat="delay"),
  note="'Chasing' on the debtor's own three-to-four-week-old request for a balance breakdown is a still-waiting "
       "complaint about Conexus's delay (rule 6), implicit; Pennant Mobile is named only as the creditor, so "
       "about_other_firm=null.")

S(group="F", mailbox="conexus", mode="fwd",
  sender=staff("fairwaydebtadvice.org.uk", "Fairway Debt Advice", "Money Adviser"),
  covers=["Please deal", "Please deal.", "Please action", "Urgent please"],
  carried={"from": "other", "other": consumer(), "to": "me", "days": (0, 3),
           "subject": "Complaint about Conexus calling me at work",
           "text": "Hi {me_first},\n\nConexus rang me at work five times on Thursday even though I told them on the "
                   "first call that I can't talk there and that you are dealing with my debts. The last man raised "
                   "his voice and said they would 'send someone round'. My manager heard all of it.\n\nCan you get "
                   "them to stop this and explain themselves? I've signed the authority form you sent.\n\n{other}"},
  labels=short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  note="A money adviser forwards a client's grievance about repeated workplace calls and a threatening agent "
       "with only 'Please deal': a complaint about Conexus's collection conduct made on the client's behalf "
       "(third_party), explicit through the forwarded subject kept in the new subject.")

S(group="F", mailbox="conexus", mode="fwd",
  sender=staff("northline-energy.co.uk", "Northline Energy", "Debt Recovery Manager"),
  covers=["FYI", "See below", "Please review", "For action"],
  carried={"from": "other", "other": consumer(),
           "to": ("Northline Energy Customer Care", "customercare@northline-energy.co.uk"), "days": (1, 3),
           "subject": "Your debt collectors at my door",
           "text": "To Northline,\n\nA man from Conexus, the company you passed my old account to, came to my house "
                   "on Saturday morning. I wasn't in, so he told my neighbour over the fence that he was there about "
                   "an unpaid Northline gas bill of £612 and asked her when I'd be back. She has told half the "
                   "street.\n\nI never agreed to that. I want to know why my business was discussed with a neighbour "
                   "and what is being done about it.\n\n{other}\nAccount 5002318847"},
  labels=short_labels(c=True, pd=True, br=True, cat="collection_conduct"),
  note="Creditor Northline passes on, with a word or two, its customer's grievance that a Conexus doorstep agent "
       "told a neighbour about the debt: an implicit complaint about Conexus's own agent (firm null), a disclosure "
       "(breach, so personal_data) inside a collection_conduct complaint as in lg-33; the creditor is referring, "
       "not representing the customer, so third_party=false.")

S(group="F", mailbox="conexus", mode="fwd", sender=consumer(),
  covers=["See below", "See below.", "Read this", "FYI"],
  carried={"from": "me", "to": ("Lumen Water Billing", "billing@lumenwater.co.uk"), "days": (6, 25),
           "subject": "Account 7730915 - bill after I moved out",
           "text": "Dear Lumen,\n\nI moved out of 28 Wharf Street, Derby on 14 March last year and rang you that "
                   "day with a final meter reading of 00412. Your bill charges me £286.40 up to 30 June, three and a "
                   "half months after I left, and I have now had a letter from Conexus about that amount. The new "
                   "tenants moved in that April.\n\nPlease cancel the charges after 14 March and send me a "
                   "corrected final bill.\n\n{me}"},
  labels=short_labels(c=True, cat="debt_dispute", firm="lwt"),
  note="The debtor forwards to Conexus, without comment, their own dispute with Lumen Water that the bill being "
       "collected charges for a period after they moved out: only the creditor can correct its bill, so an implicit complaint "
       "about lwt, category debt_dispute (rule 10).")

S(group="F", mailbox="conexus", mode="fwd", sender=consumer(),
  covers=["FYI", "fyi", "For info", "See below"],
  carried={"from": "me", "to": ("Brightwell Broadband", "help@brightwellbroadband.co.uk"), "days": (5, 20),
           "subject": "Formal complaint - account BW-2290461",
           "text": "Hello,\n\nI cancelled my broadband with you nine days after it was installed, "
                   "which is inside the 14-day cooling-off period. You have since billed me £214 in early "
                   "termination charges and passed the account to Conexus for collection.\n\nThese charges should "
                   "never have been raised. Please cancel them and tell Conexus to close the account.\n\n{me}"},
  labels=short_labels(c=True, ex=True, cat="debt_dispute", firm="unknown"),
  note="The debtor forwards their complaint to Brightwell Broadband, a creditor outside the directory, that its early "
       "termination charges are not owed: the root cause is the creditor's own charge, so about_other_firm=unknown "
       "and debt_dispute, explicit because the kept subject says 'Formal complaint'.")

S(group="F", mailbox="conexus", mode="reply", sender=consumer(),
  covers=["No", "No.", "Not accepted", "Not happy"],
  carried={"from": CX_REL, "to": "me", "days": (2, 6),
           "subject": "Your complaint CX-COMP-70552 - final response",
           "text": "Dear {me},\n\nThank you for your patience while we looked into your complaint about the £25.00 "
                   "administration fee we added to your account.\n\nHaving reviewed the account, we are "
                   "satisfied that the fee was applied correctly under our published charges, and we will not be "
                   "removing it. We are sorry this is not the outcome you hoped for.\n\nIf you are unhappy with our "
                   "response you can refer your complaint to the Financial Ombudsman Service within six months of "
                   "the date of this letter.\n\nYours sincerely,\nCustomer Relations Team\nConexus"},
  labels=short_labels(c=True, ex=True, cat="fees_charges"),
  note="'No' in reply to Conexus's final response refusing to remove its £25 fee rejects that outcome and expects it "
       "to be looked at again: a continuing complaint about a fee Conexus added (fees_charges), explicit because the "
       "reply's subject says 'complaint'.")

S(group="F", mailbox="conexus", mode="reply", sender=consumer(),
  covers=["Received", "Received, thanks", "Ok thanks", "Noted"],
  carried={"from": CX_REL, "to": "me", "days": (0, 2),
           "subject": "Your complaint CX-COMP-71209 - acknowledgement",
           "text": "Dear {me},\n\nThank you for your call yesterday. We are sorry to hear that you are unhappy with "
                   "the number of calls you have received from our collections team.\n\nYour complaint has been "
                   "logged under reference CX-COMP-71209 and passed to our Compliance and Risk Manager. We will write "
                   "to you again within 5 working days, and aim to send our final response within 8 weeks.\n\nYours "
                   "sincerely,\nCustomer Relations Team\nConexus"},
  labels=short_labels(),
  note="Acknowledging receipt of Conexus's own complaint acknowledgement adds no new dissatisfaction or request; the "
       "complaint is already logged, so this message is not itself a complaint.")

S(group="F", mailbox="conexus", mode="reply", sender=consumer(),
  covers=["Human please", "Real person?", "Person please", "Human review"],
  carried={"from": CX_PAY, "to": "me", "days": (0, 2), "subject": "Your payment plan application",
           "text": "Dear {me},\n\nThank you for applying for a payment plan through our online service.\n\nBased on "
                   "the income and expenditure details you entered, our automated affordability check was unable to "
                   "approve a plan of £15.00 a month. The lowest plan we can offer on this basis is £48.00 a month."
                   "\n\nIf you would like to accept this, please log in to your account.\n\nConexus Payments Team"},
  labels=short_labels(r="automated_decision"),
  note="Answering an automated affordability decision with only 'Human please' asks for a person to review it "
       "(rights=[automated_decision]); no dissatisfaction is stated beyond the request itself, so under rule 14 it "
       "is not a complaint.")

S(group="F", mailbox="conexus", mode="reply", sender=consumer(),
  covers=["STOP", "Stop", "STOP.", "Unsubscribe"],
  carried={"from": ("Conexus Offers", "offers@conexus.co.uk"), "to": "me", "days": (0, 1),
           "subject": "Spring offer: clear your balance for less",
           "text": "Hi {me_first},\n\nFor a limited time, you can settle your Conexus account for 70% of the "
                   "outstanding balance in one payment.\n\nLog in within the next 14 days to see your personalised "
                   "offer.\n\nYou are receiving this email because you have an account with Conexus. To stop "
                   "receiving offers by email, reply STOP or click unsubscribe."},
  labels=short_labels(r="objection"),
  note="'STOP' (or 'Unsubscribe') in answer to a promotional settlement offer whose footer says reply STOP to end "
       "offers objects to the marketing use of the writer's data (rights=[objection]), not a 'stop calling me' "
       "conduct remedy; nothing shows dissatisfaction, so not a complaint.")

S(group="F", mailbox="conexus", mode="fwd",
  sender=staff("northgatemoneyadvice.org.uk", "Northgate Money Advice Centre", "Debt Caseworker"),
  covers=["Please action", "Please update", "Please action.", "Action please"],
  carried={"from": "other", "other": consumer(), "to": "me", "days": (0, 4), "subject": "My address with Conexus",
           "text": "Hi {me_first},\n\nConexus still have me at 11 Fenwick Terrace, which I left two years ago. Can "
                   "you ask them to change it to 4 Orchard Mews, Gateshead NE8 3PL, and not to use or send anything "
                   "to the old address until they have done that? I'd rather nothing about my account went "
                   "there.\n\nCheers,\n{other}"},
  labels=short_labels(r="rectification,restriction", tp=True),
  note="A debt caseworker forwards a client's request to correct their address and stop using the old one until "
       "it is fixed, adding only 'Please action': rights rectification and restriction made on the client's behalf "
       "(third_party), with no dissatisfaction, so not a complaint.")

S(group="F", mailbox="conexus", mode="receipt", sender=consumer(),
  covers=[""],
  carried={"from": CX_REL, "to": "me", "days": (0, 1),
           "subject": "Your complaint CX-COMP-70981 - acknowledgement", "text": ""},
  labels=short_labels(auto=True),
  note="A read receipt (return receipt) for Conexus's own complaint acknowledgement is produced by the mail client, "
       "not written by the debtor: auto_generated=true and every other label empty, whatever the subject says.")

S(group="F", mailbox="conexus", mode="fwd", sender=consumer(),
  covers=["Why?", "Why??", "Why", "Reason?"],
  carried={"from": ("Conexus Online Services", "noreply@conexus.co.uk"), "to": "me", "days": (0, 2),
           "subject": "Your payment could not be processed",
           "text": "This is an automated email - please do not reply.\n\nWe were unable to take your scheduled "
                   "payment of £35.00 on {cdate} for account CX82265013. Your bank declined the payment.\n\nTo avoid "
                   "your plan being cancelled, please make a payment by logging in at my.conexus.co.uk or calling "
                   "0330 555 0148.\n\nConexus"},
  labels=short_labels(),
  note="Forwarding a failed-payment notice with only 'Why?' is a neutral question about a bank decline with no "
       "grievance against Conexus stated: an enquiry, not a complaint, and not auto_generated because a person "
       "forwarded it.")

S(group="F", mailbox="conexus", mode="fwd",
  sender=staff("sterlingcredit.co.uk", "Sterling Credit Loans", "Collections Partner Manager"),
  covers=["See below", "Please action", "Please hold", "As below"],
  carried={"from": "other", "other": staff("sterlingcredit.co.uk", "Sterling Credit Loans", "Bereavement Team"),
           "to": "me", "days": (0, 1), "subject": "Deceased customer - account SCL-440918",
           "text": "Hi {me_first},\n\nWe've been told by the family that Mr Leonard Ashby (SCL-440918, placed with "
                   "Conexus in November) passed away earlier this month. Can you get Conexus to put all collection "
                   "activity on hold and return the account to us? Our bereavement team will handle it from here."
                   "\n\nThanks\n{other_first}"},
  labels=short_labels(),
  note="A creditor client forwarding its internal instruction to hold and return a deceased customer's account is "
       "an ordinary client instruction with no dissatisfaction: not a complaint, and the creditor's staff act for "
       "their own firm (third_party=false).")

# ============================== Group N: pexa ==============================

EMPTY = ""
S(group="N", mailbox="pexa", sender=consumer(), styles=["plain", "html", "mobile"],
  subjects=["Complaint", "complaint", "COMPLAINT", "Formal complaint"], bodies=[EMPTY],
  labels=short_labels(c=True, ex=True, cat="other"),
  note="An email whose only content is the subject 'Complaint' says the sender is making a complaint but not about "
       "what: a careful officer logs it as an explicit complaint (theme unknown, so category other) and asks for "
       "the details rather than discard it.")

S(group="N", mailbox="pexa", sender=staff("bramleyfoxsolicitors.co.uk", "Bramley Fox Solicitors", "Accounts"),
  styles=["plain", "html"], subjects=["Refund", "REFUND", "Refund!", "Refund please"], bodies=[EMPTY],
  labels=short_labels(c=True, cat="fees_charges"),
  note="A bare 'Refund' from a participant firm demands money back, which the guide counts as a sign of "
       "dissatisfaction, and the only money a firm pays PEXA is platform fees: treated as an implicit complaint "
       "about fees (fees_charges), details to be obtained.")

S(group="N", mailbox="pexa", sender=staff("hollybrookconveyancing.co.uk", "Hollybrook Conveyancing", "Secretary"),
  styles=["plain", "html"], subjects=["Scan_0301.pdf", "Scan_0301", "Scan_20250301_1142.pdf", "Scanned document"],
  bodies=[EMPTY],
  labels=short_labels(),
  note="A scan sent with an empty body and a file name as subject expresses nothing in the email itself (the "
       "attachment must be read separately): not a complaint, and not auto_generated because a person chose to "
       "send it.")

S(group="N", mailbox="pexa", sender=staff("kestrelbs.co.uk", "Kestrel Building Society", "Completions"),
  styles=["plain", "html", "mobile"], subjects=[""], bodies=["Thanks", "Thank you", "Thanks!", "Cheers"],
  labels=short_labels(),
  note="A bare 'Thanks' with no subject and nothing quoted shows no dissatisfaction and asks for nothing: not a "
       "complaint.")

S(group="N", mailbox="pexa", sender=consumer(pool="cy"), styles=["plain", "html"],
  subjects=["Fy mhryniant tŷ", "Prynu tŷ"],
  bodies=["{greet},\n\nRydw i'n prynu tŷ yn Aberystwyth ac mae Orchard Lane yn gweithredu ar fy rhan. Dydyn nhw "
          "ddim wedi ateb fy e-byst na'm galwadau ers tair wythnos, ac mae'r dyddiad cwblhau yn agosáu. Allwch chi "
          "ofyn iddyn nhw gysylltu â mi ar frys, os gwelwch yn dda?\n\nDiolch,\n{me}"],
  greets=["Prynhawn da", "Bore da", "Annwyl Syr/Madam"],
  labels=short_labels(c=True, cat="delay", firm="ols"),
  note="Written in Welsh: a buyer says Orchard Lane has answered no emails or calls for three weeks with completion "
       "near and asks PEXA to make them respond; the language does not change the test, so an implicit complaint "
       "purely about ols, category delay.")

S(group="N", mailbox="pexa", sender=consumer(pool="zh"), styles=["plain", "html"],
  subjects=["个人数据副本请求", "请求个人资料副本"],
  bodies=["{greet}，\n\n我是通过PEXA平台购房的买家，去年十月完成了交易。请提供贵公司持有的关于我的全部个人数据的副本。\n\n谢谢！\n{me}"],
  greets=["您好", "尊敬的先生/女士"],
  labels=short_labels(r="access"),
  note="Written in Chinese: a buyer who completed through PEXA asks for a copy of all the personal data PEXA holds "
       "about them, a neutral access request (rights=[access]), not a complaint.")

S(group="N", mailbox="pexa", sender=staff("tvmortgages.co.uk", "Thames Valley Mortgages", "Completions Officer"),
  styles=["plain", "html"], subjects=[""],
  bodies=["{me}\nCompletions Officer | Thames Valley Mortgages\nStation House, Forbury Road, Reading RG1 1AQ\n"
          "T: 0118 496 0{ext}\n\nThames Valley Mortgages Ltd is authorised and regulated by the Financial Conduct "
          "Authority. This email and any attachments are confidential and may contain personal data. If you have "
          "received it in error, please tell the sender and delete it."],
  labels=short_labels(),
  note="Only an email signature with a confidentiality disclaimer, no subject and nothing written: not a complaint, "
       "'personal data' and 'delete' in the disclaimer set no label, and a person sent it, so not auto_generated.")

S(group="N", mailbox="pexa", sender=staff("pennywellconveyancing.co.uk", "Pennywell Conveyancing", "Conveyancer"),
  styles=["plain", "html", "mobile"], subjects=["Unsubscribe me", "Unsubscribe", "UNSUBSCRIBE", "unsubscribe me"],
  bodies=[EMPTY],
  labels=short_labels(r="objection"),
  note="A bare 'Unsubscribe me' asks PEXA to stop its marketing mail, an objection to the use of the writer's "
       "contact details for direct marketing (rights=[objection]); no dissatisfaction is stated, so not a "
       "complaint.")

S(group="N", mailbox="pexa", sender=consumer(), styles=["plain", "html", "mobile"],
  subjects=["Urgent", "URGENT", "Urgent!!", "Urgent please"], bodies=[EMPTY],
  labels=short_labels(),
  note="'Urgent' over an empty body says nothing about what is wrong or wanted, so there is no expressed "
       "dissatisfaction: not a complaint (the officer should ask what the sender needs).")

# ============================== Group N: conexus ==============================

S(group="N", mailbox="conexus", sender=consumer(), styles=["plain", "html", "mobile"],
  subjects=["SAR", "SAR request", "sar", "S.A.R."], bodies=[EMPTY],
  labels=short_labels(r="access"),
  note="'SAR', the usual shorthand for a subject access request, with nothing else is a valid request for a copy "
       "of the sender's data (rights=[access]) made without dissatisfaction: not a complaint.")

S(group="N", mailbox="conexus", sender=consumer(), styles=["plain", "html", "mobile"],
  subjects=["Help", "HELP", "Help!", "Help please"], bodies=[EMPTY],
  labels=short_labels(),
  note="'Help' alone asks for assistance without saying anything is wrong: no expressed dissatisfaction, so not a "
       "complaint.")

S(group="N", mailbox="conexus", sender=consumer(), styles=["plain", "mobile"], subjects=[""],
  bodies=["Call me", "Ring me", "Call me.", "Phone me"],
  labels=short_labels(),
  note="A bare 'Call me' is a call-back request with no dissatisfaction and nothing carried: a service request, "
       "not a complaint.")

S(group="N", mailbox="conexus", sender=consumer(pool="pl_f"), styles=["plain", "html"],
  subjects=["Sprawa CX80447219 - dług spłacony", "Dług spłacony - CX80447219"],
  bodies=["{greet},\n\nSpłaciłam cały dług wobec Pennant w marcu i mam potwierdzenie z banku. Mimo to nadal dostaję "
          "od Państwa listy i telefony. Proszę natychmiast zamknąć sprawę i przesłać mi pisemne potwierdzenie, że "
          "nic już nie jestem winna.\n\n{me}\nNr sprawy: CX80447219"],
  greets=["Dzień dobry", "Szanowni Państwo"],
  labels=short_labels(c=True, cat="debt_dispute"),
  note="Written in Polish: the debtor says she paid the Pennant debt in full and Conexus still sends letters and "
       "calls, and demands the case be closed and confirmed: an implicit complaint that a paid debt is still "
       "pursued, debt_dispute with about_other_firm=null as in lg-26.")

S(group="N", mailbox="conexus", sender=consumer(pool="ro"), styles=["plain", "html"],
  subjects=["Cerere date personale", "Datele mele personale"],
  bodies=["{greet},\n\nVă rog să-mi trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine. "
          "De asemenea, numărul meu de telefon s-a schimbat: noul număr este 07700 900731. Vă rog să-l actualizați "
          "în dosarul meu.\n\nMulțumesc,\n{me}"],
  greets=["Bună ziua", "Stimată doamnă/Stimate domn"],
  labels=short_labels(r="access,rectification"),
  note="Written in Romanian: a request for a copy of all personal data held and for the phone number on file to be "
       "updated, made neutrally: rights access and rectification, not a complaint.")

S(group="N", mailbox="conexus", sender=consumer(pool="ur_son"), styles=["plain", "html"],
  subjects=["میرے والد کا اکاؤنٹ", "والد صاحب کے بارے میں"],
  bodies=["{greet}،\n\nمیں اپنے والد محمد اشرف کی طرف سے لکھ رہا ہوں۔ ان کی عمر 74 سال ہے اور وہ انگریزی نہیں "
          "سمجھتے۔ آپ کے لوگ انہیں دن میں کئی بار فون کرتے ہیں اور وہ بہت پریشان اور خوفزدہ ہیں۔ ان کی طبیعت ٹھیک "
          "نہیں رہتی۔ براہ کرم انہیں فون کرنا بند کریں اور آئندہ صرف مجھ سے رابطہ کریں۔\n\n{me}\n07700 900284"],
  greets=["السلام علیکم", "محترم جناب"],
  labels=short_labels(c=True, tp=True, cat="collection_conduct"),
  note="Written in Urdu: a son writes for his unwell, frightened 74-year-old father who gets several calls a day "
       "and asks Conexus to stop calling him and contact the son instead: an implicit complaint about collection "
       "conduct towards a vulnerable customer, third_party=true ('stop calling' is a conduct remedy, not "
       "objection).")

S(group="N", mailbox="conexus", sender=consumer(pool="ar"), styles=["plain", "html"],
  subjects=["رسالة إلى عنوان خاطئ", "رسالتكم وصلت إلى عنواني القديم"],
  bodies=["{greet}،\n\nأرسلتم رسالة عن ديني إلى عنواني القديم رغم أنني أبلغتكم بعنواني الجديد قبل ثلاثة أشهر. فتح "
          "الساكن الجديد الرسالة وعرف كل تفاصيل حسابي والمبلغ المستحق، ثم اتصل بي ليخبرني. هذا غير مقبول. أريد "
          "تفسيرًا لما حدث.\n\n{me}\nرقم الحساب: CX81936650"],
  greets=["مرحبا", "السلام عليكم"],
  labels=short_labels(c=True, pd=True, br=True, cat="personal_data"),
  note="Written in Arabic: a debt letter went to an old address months after the new one was given, and the new "
       "occupant opened it and learned the account details; the writer calls this unacceptable and wants an "
       "explanation: an implicit complaint about a disclosure (personal_data, breach, category personal_data).")

S(group="N", mailbox="conexus", sender=consumer(), styles=["plain", "html", "mobile"], subjects=[""],
  bodies=["?", "??", "???"],
  labels=short_labels(),
  note="A lone question mark with no subject and nothing quoted expresses nothing that can be judged: not a "
       "complaint.")

S(group="N", mailbox="conexus", sender=consumer(), styles=["plain", "html", "mobile"],
  subjects=["Letter attached", "Letter attached.", "Letter", "Attached letter"], bodies=[EMPTY],
  labels=short_labels(),
  note="Only 'Letter attached' and no text: the email itself expresses no dissatisfaction and asks for nothing, so "
       "not a complaint (the attachment must be read separately).")

# ============================== Group C: pexa ==============================

S(group="C", mailbox="pexa", sender=staff("marlowquaylaw.co.uk", "Marlow Quay Law", "Accounts Manager"),
  texts=["Still no refund of the duplicate fee. Please sort it out.",
         "Four weeks on and the £23 still hasn't been refunded. Please chase this today."],
  carried={"from": ("PEXA Billing", "billing@pexa.co.uk"), "to": "me", "days": (26, 32),
           "subject": "Invoice INV-UK-0219-4471 - duplicate fee",
           "text": "Dear {me_first},\n\nThank you for letting us know. You are right that workspace 31-86120 was "
                   "charged twice. We will refund the duplicate fee of £23.00 to your account within 10 working "
                   "days.\n\nKind regards,\nPEXA Billing"},
  labels=short_labels(c=True, cat="delay"),
  note="The refund PEXA promised within 10 working days is about four weeks overdue and the writer demands action: "
       "a still-waiting complaint about delay (rule 6), implicit.")

S(group="C", mailbox="pexa", sender=staff("fenwickshawsolicitors.co.uk", "Fenwick Shaw Solicitors", "Office Manager"),
  subjects=["Adding a signatory", "Query - authorised signatories"],
  texts=["How do we add a second authorised signatory to our subscriber account?",
         "What's the process for adding another authorised signatory to our firm's PEXA account?"],
  labels=short_labels(),
  note="A neutral how-to question about the firm's account is an enquiry, not a complaint.")

S(group="C", mailbox="pexa", sender=staff("quinnandhale.co.uk", "Quinn & Hale", "Conveyancing Assistant"),
  texts=["Thanks, all sorted now - I'm back in.", "That worked, thank you. Logged in fine this morning."],
  carried={"from": ("Ollie Brandt", "support@pexa.co.uk"), "to": "me", "days": (0, 1),
           "subject": "Case 00481726 - user locked out",
           "text": "Hi {me_first},\n\nI've reset the two-factor authentication on your user profile. Next time you "
                   "log in you'll be asked to register your phone again. Let me know if you still can't get in.\n\n"
                   "Thanks,\nOllie\nPEXA Support"},
  labels=short_labels(),
  note="Thanks confirming a support fix worked expresses no dissatisfaction and asks for nothing: not a complaint.")

S(group="C", mailbox="pexa", sender=consumer(),
  subjects=["My PEXA user data", "Leaving - data export and account"],
  texts=["I've left Hollybrook Conveyancing. Please send me my PEXA profile data as a CSV file, then erase my account.",
         "Now I've moved firms, could you export my user profile data as a CSV and then delete my old account?"],
  labels=short_labels(r="portability,erasure"),
  note="A former user neutrally asks for their profile data as CSV and then deletion of the account: rights "
       "portability and erasure, not a complaint.")

S(group="C", mailbox="pexa", sender=consumer(pool="okoro_f"),
  subjects=["Change of surname", "Name change on my profile"],
  texts=["My surname has changed to Okoro after my marriage. Please update my PEXA user record.",
         "Please correct the surname on my user profile - it's Okoro now, not Bennett."],
  labels=short_labels(r="rectification"),
  note="A neutral request to correct the user's surname on her record is rectification without dissatisfaction, "
       "not a complaint.")

S(group="C", mailbox="pexa", sender=staff("ribbleviewlaw.co.uk", "Ribble View Law", "Completions Lawyer"),
  subjects=["Logged out during settlement", "Workspace keeps logging us out"],
  texts=["The platform logged us out three times mid-settlement today. Explain, please.",
         "Kicked out of the workspace three times during settlement this afternoon. What is going on? Please explain."],
  labels=short_labels(c=True, cat="platform_defect"),
  note="Being thrown out of the platform three times mid-settlement, with an explanation demanded, is an implicit "
       "complaint about a system failure (platform_defect).")

S(group="C", mailbox="pexa", sender=staff("castlegateproperty.co.uk", "Castlegate Property Lawyers", "Paralegal"),
  subjects=["Support line", "On hold"],
  texts=["Fifty minutes on hold to your support line this morning, then nobody answered. Not acceptable. Please call "
         "me back.",
         "Held on your support line for 50 minutes today and gave up. Please ring me back."],
  labels=short_labels(c=True, cat="wait_time"),
  note="Fifty minutes on hold with no answer and a call-back demanded is an implicit complaint about waiting to "
       "reach someone (wait_time, not delay).")

S(group="C", mailbox="pexa", sender=staff("ashbymoor.co.uk", "Ashby Moor Solicitors", "Practice Manager"),
  texts=["Signed agreement attached as requested.", "Please find our signed participation agreement attached. Thanks."],
  carried={"from": ("PEXA Onboarding", "onboarding@pexa.co.uk"), "to": "me", "days": (1, 6),
           "subject": "Your PEXA participation agreement",
           "text": "Dear {me_first},\n\nThank you for completing your registration. To finish setting up Ashby Moor "
                   "Solicitors on the platform, please sign and return the attached participation agreement.\n\n"
                   "Kind regards,\nPEXA Onboarding Team"},
  labels=short_labels(),
  note="Returning a signed agreement PEXA asked for is ordinary onboarding correspondence: not a complaint.")

# ============================== Group C: conexus ==============================

S(group="C", mailbox="conexus", sender=consumer(),
  subjects=["Copy of my data", "Data request"],
  texts=["Could I get a copy of all the data you hold on me please?",
         "Please send me a copy of all the personal information you hold about me."],
  labels=short_labels(r="access"),
  note="A neutral request for a copy of the data held is an access request (rights=[access]) without "
       "dissatisfaction: not a complaint.")

S(group="C", mailbox="conexus", sender=consumer(),
  texts=["Where did you get my email address from, and what are you using my details for?",
         "Before anything else: how did you get my details, and on what basis are you using them?"],
  carried={"from": CX_COLL, "to": "me", "days": (0, 3),
           "subject": "Your account with Pennant Mobile - now managed by Conexus",
           "text": "Dear {me},\n\nPennant Mobile has asked us to collect the outstanding balance of £412.75 on your "
                   "account. Please call us on 0330 555 0148 or log in at my.conexus.co.uk to discuss how you would "
                   "like to pay.\n\nConexus Collections"},
  labels=short_labels(r="informed"),
  note="Asking neutrally where Conexus got the writer's details and on what basis it uses them is a request to be "
       "informed (rights=[informed]); unlike lg-34 no grievance is voiced, so not a complaint.")

S(group="C", mailbox="conexus", sender=consumer(),
  texts=["I paid this in full to Pennant in January. Stop chasing me and confirm the account is closed.",
         "Paid off in full with Pennant back in January - why are you still chasing? Close it and confirm please."],
  carried={"from": CX_COLL, "to": "me", "days": (0, 4), "subject": "Payment reminder - account CX80913377",
           "text": "Dear {me},\n\nOur records show a balance of £412.75 outstanding on your account. Please contact us "
                   "within 7 days to arrange payment.\n\nConexus Collections"},
  labels=short_labels(c=True, cat="debt_dispute"),
  note="A debt said to be paid in full is still being chased and the writer demands it be closed: an implicit "
       "complaint disputing the debt (debt_dispute), about_other_firm=null because Pennant is only named as the "
       "creditor (lg-26).")

S(group="C", mailbox="conexus", sender=consumer(),
  subjects=["Phone calls", "Too many calls"],
  texts=["Your agent rang me six times yesterday, the last call at 9pm. This has to stop.",
         "Six calls from your people yesterday, one at nine at night. Enough. I want this stopped."],
  labels=short_labels(c=True, cat="collection_conduct"),
  note="Six calls in a day, one at 9pm, with a demand that it stop, is an implicit complaint about how the debt is "
       "pursued (collection_conduct); 'stop' is a conduct remedy, not objection.")

S(group="C", mailbox="conexus", sender=consumer(),
  texts=["Plan's set up fine, thanks for your help today.", "Thank you, that's all sorted now."],
  carried={"from": CX_PAY, "to": "me", "days": (0, 0), "subject": "Your payment plan is set up",
           "text": "Dear {me},\n\nThank you for speaking with us today. Your plan of £20.00 a month will start on the "
                   "1st of next month by direct debit. You'll get a reminder three days before each payment.\n\n"
                   "Conexus Payments Team"},
  labels=short_labels(),
  note="Thanks for setting up a payment plan, with nothing wrong: not a complaint.")

S(group="C", mailbox="conexus", sender=consumer(),
  subjects=["Saturday visit", "Your doorstep agent"],
  texts=["I want to complain about the man who came to my door on Saturday.",
         "I'd like to complain about your agent's behaviour at my door last Saturday morning."],
  labels=short_labels(c=True, ex=True, cat="collection_conduct"),
  note="The writer says in their own words that they want to complain about a doorstep visit: an explicit complaint "
       "about collection conduct, even with no detail yet.")

S(group="C", mailbox="conexus", sender=staff("westbury.gov.uk", "Westbury Council Tax Services", "Recovery Officer"),
  subjects=["Recall - 12 accounts", "Account recall request"],
  texts=["Please recall the twelve accounts on the attached list; they are going to our enforcement agents.",
         "Recall request: the twelve accounts listed in the attachment are being passed to enforcement. Please return "
         "them."],
  labels=short_labels(),
  note="A creditor client's routine instruction to recall accounts is ordinary client mail: not a complaint, and "
       "its staff act for their own organisation.")

S(group="C", mailbox="conexus", sender=staff("tynevalleydebt.org.uk", "Tyne Valley Debt Advice", "Money Adviser"),
  subjects=["Breathing Space - CX81155020", "Breathing Space notification"],
  texts=["Client entered Breathing Space today, reference BS-7731902. Please hold all action on account CX81155020.",
         "Our client is in a standard Breathing Space from today (ref BS-7731902). Please stop all collection on "
         "CX81155020."],
  labels=short_labels(tp=True),
  note="A money adviser notifying a client's Breathing Space writes on the client's behalf (third_party) but voices "
       "no dissatisfaction, so not a complaint; holding collection is a legal requirement, not a GDPR right.")


# ---------------------------------------------------------------------------------------------
# rendering

MOBILE_SIGS = ["Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy", "Get Outlook for iOS"]
EMPTY_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
              '<body><div dir="ltr"><br></div></body></html>')


def party_line(p):
    return f"{p[0]} <{p[1]}>"


def resolve(spec, me, other):
    if spec == "me":
        return (me["name"], me["addr"])
    if spec == "other":
        return (other["name"], other["addr"])
    return spec


def on_wrote(datepart, party):
    """'On <date>, Name <addr> wrote:' within new_text's 80 characters (the address dropped if too long, as mail
    clients that wrap do)."""
    full = f"{datepart}, {party[0]} <{party[1]}>"
    esc = full.replace("<", "&lt;").replace(">", "&gt;")
    if len(esc) <= 80:
        return f"On {full} wrote:"
    return f"On {datepart}, {party[0]} wrote:"


def cover_block(rng, cover, me, sender_spec):
    """The sender's own words (at most two) plus, sometimes, what their mail client adds: a sign-off or signature."""
    tail = ""
    r = rng.random()
    if sender_spec["kind"] == "staff" and r < 0.45:
        tail = f"{me['name']}\n{sender_spec['role']}\n{sender_spec['firm']}"
    elif sender_spec["kind"] == "consumer" and r < 0.3:
        tail = rng.choice(MOBILE_SIGS)
    elif sender_spec["kind"] == "consumer" and r < 0.5 and cover:
        tail = me["first"]
    return "\n\n".join(x for x in (cover, tail) if x)


def render_carried(rng, sc, style, me, other, now, cover):
    """(subject, body, html, headers) of a forward or reply in `style`."""
    c = sc["carried"]
    cdate = earlier(rng, now, c["days"], weekday=c["from"] != "me" and not (
        c["from"] == "other" and c["other"]["kind"] == "consumer"))
    ctx = {"me": me["name"], "me_first": me["first"], "me_addr": me["addr"], "me_user": me["user"],
           "other": other["name"], "other_first": other["first"], "cdate": long_date(cdate)}
    text = c["text"].format(**ctx)
    frm = resolve(c["from"], me, other)
    to = resolve(c["to"], me, other)
    subj = c["subject"]
    cov = cover_block(rng, cover, me, sc["sender"])
    headers = {}
    if style in ("outlook_fw", "outlook_re", "html_outlook_fw"):
        head = "-----Original Message-----"
        rest = f"From: {party_line(frm)}\nSent: {outlook_date(cdate)}\nTo: {party_line(to)}\nSubject: {subj}\n\n{text}"
        new_subj = ("RE: " if style == "outlook_re" else "FW: ") + subj
    elif style == "outlook_new_fw":
        head = "________________________________"
        rest = f"From: {party_line(frm)}\nSent: {outlook_date(cdate)}\nTo: {party_line(to)}\nSubject: {subj}\n\n{text}"
        new_subj = "FW: " + subj
    elif style in ("gmail_fwd", "html_gmail_fwd"):
        head = "---------- Forwarded message ---------"
        rest = f"From: {party_line(frm)}\nDate: {gmail_date(cdate)}\nSubject: {subj}\nTo: {party_line(to)}\n\n{text}"
        new_subj = "Fwd: " + subj
    elif style == "apple_fwd":
        head = "Begin forwarded message:"
        rest = f"\nFrom: {party_line(frm)}\nSubject: {subj}\nDate: {apple_date(cdate)}\nTo: {party_line(to)}\n\n{text}"
        new_subj = "Fwd: " + subj
    elif style in ("gmail_re", "html_re"):
        head = on_wrote(gmail_date(cdate), frm)
        rest = text
        new_subj = "Re: " + subj
    elif style == "apple_re":
        head = on_wrote(f"{cdate.day} {MONTHS[cdate.month - 1][:3]} {cdate.year}, at {cdate:%H:%M}", frm)
        rest = text
        new_subj = "Re: " + subj
    else:
        raise ValueError(style)
    if style.startswith("html"):
        body = html_with_quote(cov, head + "\n" + rest)
        html = True
    else:
        if style in ("gmail_re", "apple_re"):
            sep = "\n\n" if style == "apple_re" else "\n"
            quote = head + sep + quote_lines(rest)
        else:
            quote = head + "\n" + rest
        body = (cov + "\n\n" + quote) if cov else quote
        html = False
    if sc["mode"] == "reply" and rng.random() < 0.5:
        dom = frm[1].split("@")[1]
        headers["in-reply-to"] = f"<{rng.randrange(10**11, 10**12)}.{cdate:%Y%m%d%H%M}@{dom}>"
    return new_subj, body, html, headers


def render_autofwd(rng, sc, style, me, now):
    subj, body, html, _ = render_carried(rng, sc, style, me, me, now, "")
    if style == "outlook_fw":
        headers = {"auto-submitted": "auto-forwarded",
                   "x-ms-exchange-generated-message-source": "Mailbox Rules Agent"}
    else:
        headers = {"auto-submitted": "auto-forwarded", "x-forwarded-for": me["addr"]}
    return subj, body, html, headers


def render_receipt(rng, sc, style, me, now):
    c = sc["carried"]
    sent = earlier(rng, now, c["days"], weekday=True)
    read = sent + datetime.timedelta(minutes=rng.randrange(20, 600))
    if style == "outlook_read":
        tz = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
        body = (f"Your message\n\n  To: {me['name']}\n  Subject: {c['subject']}\n  Sent: {long_date(sent)} "
                f"{sent:%H:%M:%S} {tz}\n\nwas read on {long_date(read)} {read:%H:%M:%S} {tz}.")
        return "Read: " + c["subject"], body, False, {}
    body = (f"This is a Return Receipt for the mail that you sent to {me['addr']}.\n\nNote: This Return Receipt only "
            "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the "
            "recipient has read or understood the message contents.")
    headers = {"auto-submitted": "auto-replied",
               "content-type": "multipart/report; report-type=disposition-notification"}
    return "Return Receipt (displayed) - " + c["subject"], body, False, headers


def render_bare(rng, sc, style, me, subject, text):
    """(body, html) of a message with nothing carried."""
    if style == "mobile":
        sig = rng.choice(MOBILE_SIGS)
        return ((text + "\n\n" + sig) if text else sig), False
    if style == "html":
        return (html_with_quote(text) if text.strip() else EMPTY_HTML), True
    return text, False


def two_people(rng, spec):
    if spec["kind"] == "fixed":
        return tuple({"name": n, "first": n, "last": "", "addr": a, "user": ""} for n, a in spec["alts"])
    a = make_person(rng, spec)
    b = make_person(rng, spec)
    while b["name"] == a["name"] or b["addr"] == a["addr"]:
        b = make_person(rng, spec)
    return a, b


def words(s):
    return len(s.split())


def record(sc, frm, subject, body, html, headers, env):
    rec = {"id": None, "mailbox": sc["mailbox"], "from": f"{frm['name']} <{frm['addr']}>", "subject": subject,
           "headers": headers, "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
           "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}
    lab = rec["labels"]
    if lab["complaint"]:
        has = "complain" in new_text(rec).lower()
        assert has == lab["explicit"], (sc["sid"], env, "explicit", new_text(rec)[:300])
    return rec


def render_scenario(rng, sc):
    people = two_people(rng, sc["sender"])
    out = []
    if sc["group"] == "F":
        mode = sc["mode"]
        if mode == "autofwd":
            styles = ["outlook_fw", "gmail_fwd"]
        elif mode == "receipt":
            styles = ["outlook_read", "mdn"]
        else:
            styles = rng.sample(FWD_STYLES if mode == "fwd" else REPLY_STYLES, 2)
        covers = rng.sample(sc["covers"], 2) if len(sc["covers"]) > 1 else sc["covers"] * 2
        for k in range(2):
            me = people[k]
            now = draw_now(rng)
            assert words(covers[k]) <= 2, (sc["sid"], covers[k])
            if mode == "autofwd":
                subj, body, html, headers = render_autofwd(rng, sc, styles[k], me, now)
            elif mode == "receipt":
                subj, body, html, headers = render_receipt(rng, sc, styles[k], me, now)
            else:
                other = make_person(rng, sc["carried"].get("other", consumer()))
                subj, body, html, headers = render_carried(rng, sc, styles[k], me, other, now, covers[k])
            out.append(record(sc, me, subj, body, html, headers, f"F:{styles[k]}"))
    elif sc["group"] == "N":
        styles = rng.sample(sc["styles"], 2)
        subs = rng.sample(sc["subjects"], 2) if len(sc["subjects"]) > 1 else sc["subjects"] * 2
        bods = rng.sample(sc["bodies"], 2) if len(sc["bodies"]) > 1 else sc["bodies"] * 2
        greets = rng.sample(sc["greets"], 2) if "greets" in sc else ["", ""]
        for k in range(2):
            me = people[k]
            text = bods[k].format(me=me["name"], greet=greets[k], ext=rng.randrange(100, 999))
            if "greets" not in sc and "{me}" not in bods[k]:
                assert words(text) <= 2 and words(subs[k]) <= 2, sc["sid"]
            body, html = render_bare(rng, sc, styles[k], me, subs[k], text)
            out.append(record(sc, me, subs[k], body, html, {}, f"N:{styles[k]}"))
    else:  # C
        texts = list(sc["texts"])
        rng.shuffle(texts)
        if "carried" in sc:
            styles = rng.sample(REPLY_STYLES, 2)
        else:
            styles = rng.sample(["plain", "html", "mobile"], 2)
            subs = rng.sample(sc["subjects"], 2)
        for k in range(2):
            me = people[k]
            assert 3 <= words(texts[k]) <= 25, (sc["sid"], texts[k])
            now = draw_now(rng)
            if "carried" in sc:
                sign = rng.random() < 0.5
                own = texts[k] + (("\n\n" + me["first"]) if sign else "")
                subj, body, html, headers = render_carried(rng, dict(sc, mode="reply", sender={"kind": "bare"}),
                                                           styles[k], me, me, now, own)
                out.append(record(sc, me, subj, body, html, headers, f"C:{styles[k]}"))
            else:
                own = texts[k] + (("\n\n" + me["first"]) if rng.random() < 0.5 else "")
                body, html = render_bare(rng, sc, styles[k], me, subs[k], own)
                out.append(record(sc, me, subs[k], body, html, {}, f"C:{styles[k]}"))
    return out


def build(rng):
    assert len(SCENARIOS) == 60, len(SCENARIOS)
    groups = collections.Counter((s["group"], s["mailbox"]) for s in SCENARIOS)
    assert groups == {("F", "pexa"): 13, ("F", "conexus"): 13, ("N", "pexa"): 9, ("N", "conexus"): 9,
                      ("C", "pexa"): 8, ("C", "conexus"): 8}, groups
    records = []
    for sc in SCENARIOS:
        records.extend(render_scenario(rng, sc))
    return records


GROUP_OF = {s["sid"]: s["group"] for s in SCENARIOS}


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, "
             f"{len({r['source'] for r in records})} scenarios "
             f"({dict(collections.Counter(r['mailbox'] for r in records))}), html {sum(r['html'] for r in records)}"]
    comp = [x for x in labs if x["complaint"]]
    lines.append(f"complaints {len(comp)} (explicit {sum(x['explicit'] for x in comp)}), "
                 f"breach {sum(x['breach'] for x in labs)}, auto_generated {sum(x['auto_generated'] for x in labs)}, "
                 f"third_party {sum(x['third_party'] for x in labs)}, personal_data "
                 f"{sum(x['personal_data'] for x in labs)}")
    lines.append("rights: " + ", ".join(f"{r} {sum(r in x['rights'] for x in labs)}" for r in RIGHTS))
    lines.append("firms: " + str(dict(sorted(collections.Counter(str(x["about_other_firm"]) for x in labs).items()))))
    lines.append("categories: " + str(dict(sorted(collections.Counter(x["category"] for x in labs).items()))))
    for g in "FNC":
        rs = [r for r in records if GROUP_OF[r["source"]] == g]
        lines.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, complaints "
                     f"{sum(r['labels']['complaint'] for r in rs)}")
    lines.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
