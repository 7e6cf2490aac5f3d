#!/usr/bin/env python3
"""Rights-marked evaluation set AJ: 60 hand-written scenarios (30 per mailbox), each rendered twice.

45 scenarios ask the receiving firm to act on one to three UK GDPR rights (every request sentence is marked inline
as [[right|sentence]] and becomes a `request_sentences` mark); 15 are look-alikes with rights [] (words such as
"access", "delete", "correct", "a person not the system", "CSV" used for something that is not a data right).
Labels follow /work/shared/labelling/labelling-guide.md. Every person, address and reference is invented.

Each scenario is rendered twice with two different envelopes drawn from the seeded rng: plain, html, reply (a
quoted earlier message from the firm below the new text), reply_html, typo and reply_typo (letter-edit typos outside
the marks), short (a condensed text) and subject_only. Stdlib only; the output is byte-identical run to run.

Usage: python data/make/make_rights_marked_aj.py
"""
import datetime
import os
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20271010
PREFIX = "rmaj"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_aj.jsonl")

# ---------------------------------------------------------------------------------------------
# envelopes

FIRST = ["Amara", "Ben", "Catrin", "Declan", "Esther", "Farhan", "Gemma", "Hamish", "Ifeoma", "Jonah", "Kirsty",
         "Leon", "Mairead", "Nikhil", "Olwen", "Piotr", "Rosalind", "Sanjay", "Tamsin", "Uchenna", "Vikram",
         "Wendy", "Yusuf", "Zofia", "Alistair", "Bethan", "Craig", "Dionne", "Eamon", "Fiona", "Gurpreet",
         "Harriet", "Idris", "Jasmine", "Kofi", "Lorna", "Marek", "Naomi", "Oscar", "Priya"]
LAST = ["Ashworth", "Bello", "Carmichael", "Doyle", "Ekwueme", "Fairclough", "Gallacher", "Hussain", "Iqbal",
        "Jennings", "Kowalski", "Lindsay", "MacAulay", "Nwosu", "O'Rourke", "Patel", "Quinlan", "Rahman",
        "Sutherland", "Thorburn", "Underwood", "Varga", "Whitfield", "Yeung", "Zielinski", "Abernethy", "Blackwood",
        "Chaudhury", "Dunmore", "Evans", "Fenwick", "Greenhalgh", "Haworth", "Ingram", "Jukes", "Kaur"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "proton.me", "sky.com", "virginmedia.com", "talktalk.net"]

GREET = {
    "formal": ["Dear Sir or Madam,", "Dear {firm} team,", "To whom it may concern,", "Dear Sir or Madam,"],
    "neutral": ["Hello,", "Good morning,", "Good afternoon,", "Dear {firm},", "Hi,", "Dear {firm} team,"],
    "casual": ["Hi,", "Hi there,", "Hello", "", "Hiya,"],
}
GREET_DATA = ["Dear Data Protection Officer,", "Dear Privacy Team,"]
SIGNOFF = {
    "formal": ["Yours faithfully,", "Yours sincerely,", "Kind regards,"],
    "neutral": ["Kind regards,", "Regards,", "Many thanks,", "Thanks,", "Best wishes,"],
    "casual": ["Thanks", "Cheers,", "Thanks,", "", "ta"],
}

QUOTES = {
    "pexa": [
        ("PEXA Customer Support",
         "Hello,\n\nThank you for contacting PEXA Customer Support. Your case number is CS-{ref}.\n\n"
         "A member of the team will review your message and respond as soon as possible.\n\n"
         "Kind regards\nPEXA Customer Support"),
        ("PEXA Customer Support",
         "Hi,\n\nThanks for your call today. As discussed, please reply to this email setting out the details so "
         "that we can log them under case CS-{ref} and pass them to the right team.\n\nBest regards\nPEXA Support"),
        ("PEXA Privacy Team",
         "Dear user,\n\nThank you for contacting the PEXA Privacy Team (ref PR-{ref}). To help us locate your "
         "records, please reply with your full name, your user ID or workspace number, and the email address "
         "registered with us.\n\nPEXA Privacy Team"),
    ],
    "conexus": [
        ("Conexus Customer Services",
         "Dear Customer,\n\nThank you for contacting Conexus. Your message has been received and given reference "
         "CXR-{ref}. We aim to respond within 5 working days.\n\nConexus Customer Services"),
        ("Conexus Customer Services",
         "Hello,\n\nFurther to your telephone call today, please send us the details by reply to this email, "
         "quoting CXR-{ref}, and we will look into this for you.\n\nKind regards\nConexus"),
        ("Conexus Data Protection",
         "Dear Sir/Madam,\n\nThank you for your email. So that we can verify your identity, please reply with "
         "your full name, date of birth and the first line of your address, quoting DP-{ref}.\n\n"
         "Conexus Data Protection"),
    ],
}
WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

MAIN_ENVS = ["plain", "html", "reply", "reply_html", "typo", "reply_typo"]


def ascii_letters(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


def make_sender(rng, who):
    """(display name, address, first name, role line or None) for the scenario's sender kind.
    who: ("person", fixed_name or None) or ("work", domain, role line, fixed_name or None)."""
    fixed = who[-1]
    if fixed:
        first, last = fixed.split(" ", 1)
    else:
        first, last = rng.choice(FIRST), rng.choice(LAST)
    f, l_ = ascii_letters(first), ascii_letters(last)
    if who[0] == "person":
        style = rng.randrange(5)
        local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}.{l_}", f"{f}_{l_}", f"{l_}{f[0]}"][style]
        addr = f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        role = None
    else:
        local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_[0]}"][rng.randrange(3)]
        addr = f"{local}@{who[1]}"
        role = who[2]
    return f"{first} {last}", addr, first, role


def quote_for(rng, mailbox, rights):
    """The firm's earlier message for a reply envelope; the privacy team's ID check only above a rights request."""
    pool = QUOTES[mailbox] if rights else QUOTES[mailbox][:2]
    who, text = pool[rng.randrange(len(pool))]
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(300))
    head = (f"On {WEEKDAY[d.weekday()]} {d.day} {MONTH[d.month - 1]} {d.year} at "
            f"{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}, {who} wrote:")
    return head, text


def fill_tokens(text, toks):
    for k, v in toks.items():
        text = text.replace(k, v)
    return text


def render(rng, sc, env, source):
    mailbox = sc["mb"]
    firm = FIRM_NAMES[mailbox]
    name, addr, first, role = make_sender(rng, sc["who"])
    toks = {"{CX}": f"CX-{rng.randrange(1000000, 9999999)}", "{WS}": f"{rng.randrange(10000000, 99999999)}"}
    subject = fill_tokens(sc["subjects"][rng.randrange(len(sc["subjects"]))], toks)
    quote, html, subject_marks, body_marks = None, False, [], []
    if env == "subject_only":
        marked_subject = fill_tokens(sc["subj"], toks)
        subject = strip_marks(marked_subject, MARK_RIGHTS)
        subject_marks = rights_marks_of(marked_subject)
        body = ""
    else:
        reg = "casual" if env == "short" else sc["reg"]
        text = fill_tokens(sc["short"] if env == "short" else sc["body"], toks)
        if env in ("typo", "reply_typo"):
            text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35)
        lab = sc["lab"]
        data_request = lab["rights"] and (not lab["complaint"] or lab["category"] == "personal_data")
        pool = GREET[reg] + (GREET_DATA if data_request and reg != "casual" else [])
        greet = pool[rng.randrange(len(pool))].replace("{firm}", firm)
        sign = SIGNOFF[reg][rng.randrange(len(SIGNOFF[reg]))]
        if "thank" in text.strip().split("\n")[-1].lower() and ("than" in sign.lower() or sign == "ta"):
            sign = ""  # the text already ends with its thanks: just the name below it
        if reg == "formal" or (reg == "neutral" and rng.random() < 0.6):
            sig = name
        else:
            sig = first
        if role:
            sig += "\n" + role
        parts = ([greet] if greet else []) + [text.strip()] + [(sign + "\n" + sig) if sign else sig]
        marked_body = "\n\n".join(parts)
        body_marks = rights_marks_of(marked_body)
        body = strip_marks(marked_body, MARK_RIGHTS)
        html = env in ("html", "reply_html")
        if env.startswith("reply"):
            quote = quote_for(rng, mailbox, bool(sc["lab"]["rights"]))
    return finish_marked_record(rng, mailbox=mailbox, sender=f"{name} <{addr}>", subject=subject, body=body,
                                html=html, quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=sc["lab"], note=sc["note"], source=source, env=env)


def envelopes_for(rng, sc):
    """Two different envelopes: the short and subject-only ones whenever the scenario has them."""
    special = (["short"] if sc.get("short") else []) + (["subject_only"] if sc.get("subj") else [])
    if len(special) == 2:
        return special
    if special:
        return [special[0], MAIN_ENVS[rng.randrange(len(MAIN_ENVS))]]
    return rng.sample(MAIN_ENVS, 2)


# ---------------------------------------------------------------------------------------------
# scenarios

SC = []


def S(mb, who, reg, subjects, body, lab, note, short=None, subj=None):
    SC.append({"mb": mb, "who": who, "reg": reg, "subjects": subjects, "body": body, "lab": lab, "note": note,
               "short": short, "subj": subj})


L = short_labels

# ----- PEXA: rights asked of PEXA -------------------------------------------------------------

S("pexa", ("work", "wrenfieldcole.co.uk", "Licensed Conveyancer, Wrenfield & Cole", None), "neutral",
  ["Participant directory listing", "My details in the public participant search"],
  """I'm a licensed conveyancer at Wrenfield & Cole and have used PEXA since 2023. This week I noticed that the public participant search on your website shows my full name, my job title and my direct-dial number, rather than just the firm's switchboard.

I understand the directory helps firms find each other and I'm happy for the firm itself to be listed. [[objection|I object to my own name and direct line being published in that public directory.]] Anyone who needs me can go through reception.

No urgency and no other problem - just let me know once it's been dealt with.""",
  L(r="objection"),
  "A calm request with no dissatisfaction, so complaint=false; objecting to her name and direct line being published is the right to object.",
  subj="[[objection|I object to my name and direct line appearing in your public participant search]]")

S("pexa", ("person", None), "neutral",
  ["Information about me from my house purchase", "What data does PEXA hold about me?"],
  """I bought a house in Lincoln in March and my solicitor told me afterwards that the completion went through the PEXA system. I'd never heard of you before, and I'm curious rather than worried.

[[access|Please could you send me a copy of the personal information PEXA holds about me in connection with that purchase.]] [[informed|I would also like to know where that information came from, what you use it for, and which organisations you share it with.]]

The property is 27 Hartsholme Drive, LN6 0DW, and completion was on 14 March. I can send ID if you need it.""",
  L(r="access,informed"),
  "A consumer asks PEXA itself, with no grievance: a copy of the data it holds = access, and its source, purpose and recipients = informed; not a complaint.",
  short="""I bought 27 Hartsholme Drive, Lincoln (completed 14 March) and it went through your platform. [[access|Can you send me a copy of any personal data PEXA holds on me from that purchase?]] [[informed|And please tell me where it came from and who you share it with.]]""")

S("pexa", ("work", "heathcotebank.co.uk", "Mortgage Completions, Heathcote Bank", "Lowri Adeyemi-Pryce"), "neutral",
  ["Wrong name on my user profile - third request", "Name change still not done on my profile"],
  """I got married in January and my surname changed from Pryce to Adeyemi-Pryce. I updated it with my employer straight away and sent your support team a copy of the marriage certificate on 2 February and again on 19 February. Nothing has changed.

My PEXA profile, my signing certificate and every workspace I'm on still show my old name, so the documents I sign carry a name that doesn't match my ID. A borrower's conveyancer queried it last week and I ended up explaining my marriage to a stranger on the phone, which I shouldn't have to do.

[[rectification|Please update my name on my user profile and signing certificate to Lowri Adeyemi-Pryce.]] I'd like to hear back this week with a date.""",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Her own profile still shows an outdated name after two ignored requests and she expects a reply: implicit complaint about inaccurate data held (personal_data), and 'update my name on my profile' is rectification.")

S("pexa", ("work", "tennantconveyancing.co.uk", "Tennant Conveyancing", "Gareth Tennant"), "formal",
  ["Registration rejected - date of birth wrong on your side", "Onboarding application - need someone to look at this"],
  """I applied to register my practice, Tennant Conveyancing, on the platform on 8 April. The verification came back within minutes as 'Identity could not be confirmed'. When I looked at the summary screen, the date of birth you hold for me is 07/03/1968. It should be 03/07/1968: the day and month have been swapped somewhere between my form and your system.

I have tried twice more and the same automatic rejection appears each time. Meanwhile I am losing instructions, because two of the lenders I work with will only complete through PEXA.

[[rectification|Please correct my date of birth on the application to 3 July 1968.]] [[automated_decision|I also want a member of your onboarding team, not the automated check, to review my passport and decide the application.]]

I would be grateful for a reply by the end of the week.""",
  L(c=True, pd=True, r="automated_decision,rectification", cat="onboarding"),
  "A blocked application with a reply expected is an implicit onboarding complaint; its cause is a wrong date of birth held by PEXA, so personal_data=true while the specific theme onboarding stays the category; correct my date of birth = rectification, a person instead of the automated check = automated_decision.")

S("pexa", ("person", None), "neutral",
  ["Complaint - marketing emails after a training course", "Complaint about use of my details from a webinar"],
  """I want to complain about how my details have been used.

In November I attended one of your 'Settlement Essentials' webinars through my employer's subscription and registered with my work address. Since then I have had eleven emails from PEXA about product launches, partner offers and a 'customer insights survey', none of which I signed up for. The last two went to my personal Gmail, which I only ever gave your support desk once when I was locked out of my account.

[[informed|Please explain where you got my personal email address from and on what legal basis you are sending me marketing.]] [[objection|I object to my details being used for any marketing or surveys.]] [[erasure|I also want my personal email address deleted from your systems completely.]]

I expect a written reply.""",
  L(c=True, ex=True, pd=True, r="objection,erasure,informed", cat="personal_data"),
  "An explicit complaint about her details being used for marketing she never agreed to (personal_data, no disclosure so breach=false): source and basis = informed, 'I object to ... marketing' = objection, delete my personal email = erasure.",
  short="""I wish to complain. Since your November webinar I keep getting PEXA marketing at my personal Gmail, which I never gave you for that. [[informed|Where did you get that address, and on what basis do you email me?]] [[objection|I object to any marketing use of my details.]] [[erasure|Please delete my personal email address from your records.]]""")

S("pexa", ("work", "calloway-hirst.co.uk", "Conveyancing Executive, Calloway Hirst", None), "neutral",
  ["Support told me the wrong cut-off - I need the call recordings", "My calls to your helpdesk on 11 and 12 June"],
  """On 11 June I rang your helpdesk to ask the latest time a settlement could be booked for the same day and was told 3.30pm. I rang back on 12 June to double-check and a different person gave me the same answer. The real cut-off was 2pm, our completion missed the window and the buyers spent the night in a hotel at our firm's expense.

My managing partner now treats this as my mistake and I need to show what I was told. [[access|Please send me copies of the recordings of my two calls on 11 and 12 June and any notes your team made about them.]]

I would also like an explanation of how two members of your team gave the same wrong time. Please reply to this address.""",
  L(c=True, r="access", cat="inaccurate_information"),
  "Wrong cut-off advice with an explanation demanded is an implicit inaccurate_information complaint; asking for recordings of her own calls is access, but the grievance is the advice, not data handling, so personal_data=false.")

S("pexa", ("person", None), "formal",
  ["Complaint: my account was supposed to be deleted", "Formal complaint - deletion request not done"],
  """This is a formal complaint.

On 3 March I asked your privacy team to delete my user account and my personal details, because I have left conveyancing altogether. I received an automatic message saying my account had been 'deactivated'. Six weeks later I am still getting workspace notifications at this address, and last Tuesday a former colleague told me my name still shows as a contact on an old matter.

Deactivated is not what I asked for. [[erasure|I want my account and my personal details deleted, as I requested in March.]] [[restriction|Until that has been done, please do not use my name or email address for anything at all, including notifications.]]

Please confirm in writing when it is complete.""",
  L(c=True, ex=True, pd=True, r="erasure,restriction", cat="personal_data"),
  "An explicit complaint that an erasure request was handled badly (personal_data); repeating 'delete my account and details' = erasure and 'don't use them for anything until then' = restriction.")

S("pexa", ("work", "tvmortgages.co.uk", "Redemptions Team, Thames Valley Mortgages", None), "neutral",
  ["Locked out by your risk engine - need a person to review", "Account suspended: 'security risk score exceeded'"],
  """Last Thursday I logged in from my parents' house in Aberdeen while on leave, to approve one urgent redemption. Since then my account has been suspended with the message 'Security risk score exceeded - contact support'. Support tell me the score is calculated automatically, that they cannot override it, and that it will 'reset in 30 days'.

I can't do my job for a month because of one login from a different city. Two completions have already had to be handed to colleagues at the last minute.

[[automated_decision|I want a person at PEXA to look at my account and decide whether the suspension should stand, rather than leaving it to the system.]] [[informed|Please also tell me what information about me goes into this risk score and where it comes from.]]

I look forward to hearing from you.""",
  L(c=True, r="automated_decision,informed", cat="process"),
  "The automatic suspension rule is the grievance and a reply is expected: implicit complaint, category process; a person to decide instead of the system = automated_decision, what feeds the score and from where = informed; the harm is the lock-out, so personal_data=false.")

S("pexa", ("person", None), "casual",
  ["Settlement text messages", "Please remove my mobile number"],
  """I've been getting text updates from PEXA about the sale of my flat at 5 Cobden Mews. The sale completed on Friday so I won't need them any more - and thank you, they were actually quite handy.

[[erasure|Now that it's finished, please delete my mobile number and any other contact details you hold for me.]] [[informed|Out of interest, could you tell me who gave you my number in the first place and why you needed it?]]

Thanks very much.""",
  L(r="erasure,informed"),
  "A seller's friendly housekeeping request with no grievance: delete my number and contact details = erasure, who supplied it and why = informed; complaint=false.",
  short="""Sale of 5 Cobden Mews completed Friday, thanks for the texts. [[erasure|Please delete my mobile number from your system now.]] [[informed|Who gave it to you, and why did you need it?]]""")

S("pexa", ("work", "brightwaterlaw.co.uk", "Licensed Conveyancer, Brightwater Law", None), "neutral",
  ["Training record export", "CPD - can I get my course history as a file?"],
  """I'm moving to a new firm next month and their CPD tracker can import course records from a spreadsheet. Over the last three years I've completed around fifteen of your online modules and two classroom sessions.

[[portability|Could you send me my training history with PEXA - course names, dates and results - as a CSV or Excel file so I can import it into the new firm's system?]]

Many thanks, and thanks for the courses, they've been useful.""",
  L(r="portability"),
  "A neutral request for her own training history in a spreadsheet format to import elsewhere = portability; no dissatisfaction, so not a complaint.")

S("pexa", ("work", "hallampryor.co.uk", "Associate, Hallam Pryor Solicitors", None), "formal",
  ["Our client Mrs Imogen Castell - completion proceeds", "Data request and preservation - workspace {WS}"],
  """We act for Mrs Imogen Castell of 12 Lowther Road, Carlisle, in connection with the sale of that property, which completed through workspace {WS} on 28 February. The sale proceeds did not reach Mrs Castell and were paid to an account she does not recognise.

We are not making any allegation against PEXA at this stage; we are trying to establish what happened. Mrs Castell's signed authority is attached.

[[access|On her behalf, please provide a copy of the personal data PEXA holds about Mrs Castell, including the workspace audit log showing who entered or changed the payee details and when.]] [[restriction|Please also ensure that none of this data is deleted or altered while our client considers a claim.]]

Please address your reply to the writer.""",
  L(r="access,restriction", tp=True),
  "A solicitor writing for his client (third_party) who expressly makes no allegation against PEXA is not complaining; her data and the audit log = access, keeping it from deletion while a claim is considered = restriction; no disclosure of data is described, so breach=false.")

S("pexa", ("work", "kestrelbs.co.uk", "Completions Officer, Kestrel Building Society", None), "neutral",
  ["Complaint - my home address sent to another firm", "Complaint about your support team sharing my details"],
  """I'm raising a complaint about your support team.

Last month I asked support to send a user ID reminder to my work address. Instead, the reply containing my full name, home address and personal mobile number went to a completions clerk at a law firm I have never dealt with. She forwarded it back to me with a note saying she'd deleted it, but I have no idea whether anyone else received it.

I only gave you my home address when I registered, because the form would not go through without one, and you have no need for it. [[erasure|Please delete my home address and personal mobile number from my PEXA profile and from any other record you keep.]]

I'd like a written response explaining how this happened.""",
  L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "An explicit complaint that support sent her details to the wrong firm: a breach (so personal_data=true), category personal_data; delete my home address and mobile = erasure. Kestrel is only her employer.")

S("pexa", ("person", None), "neutral",
  ["Individual 'user activity' reports sent to my employer", "User productivity league table"],
  """At my appraisal yesterday my manager showed me a 'PEXA user activity report' ranking every conveyancer in our office by workspaces handled, average time to sign and number of 'late actions'. I came bottom, mostly because I work three days a week, and it was used against me.

I had no idea PEXA produced reports on individual staff, and nothing I agreed to when I registered said so.

[[objection|I object to PEXA using my activity on the platform to profile me individually for reports like this.]] [[access|Please send me copies of every report of this kind that has included my name, together with the underlying data about me.]]

I would like a reply from someone who can explain this.""",
  L(c=True, pd=True, r="objection,access", cat="personal_data"),
  "Distress at her platform activity being used to rank her individually, with a reply expected: implicit complaint about unexpected use of personal data; 'I object to ... profile me' = objection, copies of the reports and data about her = access.")

S("pexa", ("work", "marlowquay.co.uk", "Director, Marlow Quay Conveyancing", None), "neutral",
  ["Question about ID verification before I reapply", "Identity check - how is the decision made?"],
  """Our firm's application was declined at the identity stage last week with the reason 'credit header mismatch'. I appreciate checks like this have to exist and I'm not unhappy with anyone - I just want to get it right second time.

Before I reapply, could you help with two things?

[[informed|First, which agency does this check use, and what information about me did it look at?]]
[[automated_decision|Second, if the decision is made automatically, I would like the next one on my application to be made by a member of your team rather than the system.]]

Thanks in advance.""",
  L(r="informed,automated_decision"),
  "The writer expressly raises no grievance and asks before reapplying, so complaint=false; which agency and what data = informed, a staff member instead of the system = automated_decision.")

S("pexa", ("work", "ashdowngray.co.uk", "Paralegal, Ashdown Gray LLP", None), "casual",
  ["My personal mobile is showing on the participant contacts", "Wrong number on my profile - please fix urgently"],
  """Someone has put my personal mobile number in the 'office phone' field of my user profile, so it now shows on the participant contacts panel of every workspace I'm on. I've had calls from other firms' staff at 9pm and on a Sunday morning, and an estate agent I've never met now texts me directly.

My office number is 01632 960418 and always has been.

[[rectification|Please replace the mobile number in my profile with my office number, 01632 960418.]] [[restriction|Until that's done, please stop my mobile number being shown to anyone.]]

Can you confirm today that it's been dealt with?""",
  L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Her real personal number is wrongly in the office field and is exposed to other firms' users, so breach=true and personal_data=true (implicit complaint); replace it with the office number = rectification, stop showing it meanwhile = restriction.")

S("pexa", ("work", "pennycookesolicitors.co.uk", "Conveyancing Assistant, Pennycooke Solicitors", None), "neutral",
  ["Training record says I didn't attend", "Lodgement Essentials 16 May - marked as a no-show"],
  """I attended the classroom 'Lodgement Essentials' session in Leeds on 16 May - I signed the register and spoke to the trainer at the break. Your learning portal now shows me as a 'no-show', the certificate has been withheld, and our compliance team won't sign me off to lodge without it. That is holding up my work.

[[rectification|Please correct my training record to show that I attended on 16 May and issue the certificate.]] [[portability|Once it is right, please send me my full training history as a CSV file so I can load it into our firm's CPD system.]]

I'd appreciate a reply rather than another automated ticket.""",
  L(c=True, pd=True, r="rectification,portability", cat="training"),
  "A wrong attendance record blocking her sign-off is an implicit training complaint (specific theme kept) and, being inaccurate personal data, sets personal_data=true; correct my record = rectification, history as CSV to load elsewhere = portability.")

S("pexa", ("person", None), "neutral",
  ["My father's remortgage - Thames Valley Mortgages", "Dad's remortgage is stuck"],
  """I'm writing for my father, Mr Desmond Achterberg, who is 81 and finds email difficult. He is remortgaging his house with Thames Valley Mortgages and was told the funds would be released through PEXA on 2 May. It is now 23 May. Thames Valley keep saying it is 'with the settlement team' and nobody there returns his calls, while his old lender has moved him onto a higher rate.

We understand PEXA runs the system and doesn't make the lending decisions, so please pass this on to whoever at Thames Valley can sort it out.

[[informed|Separately, Dad would like to know who gave PEXA his details for this remortgage and what PEXA uses them for.]]

Thank you.""",
  L(c=True, r="informed", tp=True, firm="tvm", cat="delay"),
  "A daughter (third_party) complains purely about the lender's delay, so about_other_firm=tvm and category delay; her separate question to PEXA about the source and purpose of his data is informed, counted although the complaint is forwarded.")

S("pexa", ("person", None), "neutral",
  ["Your updated privacy notice - analytics provider", "Question about the new privacy notice"],
  """Your updated privacy notice, sent to users on 1 September, says user activity data may be shared with 'a third-party analytics provider, which may process data outside the UK'.

I'm a day-to-day user and this isn't a grievance, I just like to know where my information goes.

[[informed|Could you tell me who the analytics provider is, which country my data goes to, and what it is used for there?]] [[objection|I also object to my own activity data being shared with that provider for analytics, so please leave me out of it.]]

Many thanks.""",
  L(r="informed,objection"),
  "Neutral questions prompted by a privacy notice, so complaint=false; recipient, country and purpose = informed, objecting to his activity data going to the analytics provider = objection.")

S("pexa", ("work", "fordhamlegal.co.uk", "Conveyancer, Fordham Legal", None), "neutral",
  ["Course completion on my record that isn't mine", "Training certificate - please hold"],
  """Your learning portal shows that I completed the 'Discharges and Refinance' course on 4 October 2022. I didn't - I was on maternity leave at the time, and I think the completion was recorded against my name by mistake when that day's register was uploaded.

I've raised it with our training lead, who is looking into it with your team. [[restriction|In the meantime, please don't include that course completion in any training report or certificate sent to my firm or to the CLC until it has been checked.]]

Thanks for your help.""",
  L(r="restriction"),
  "She contests the accuracy of one record and asks that it not be used until checked = restriction; a calm request with no dissatisfaction, so complaint=false.",
  subj="[[restriction|Please don't put the 2022 Discharges course on my training reports until it's checked]]")

S("pexa", ("work", "moorgatelending.co.uk", "Moorgate Lending", None), "casual",
  ["Selfie verification keeps failing", "ID check - manual review please"],
  """I am new user at Moorgate Lending and I try to finish the identity step. The selfie check has failed four times, I think because the photo in my passport is nine years old and my face changed after an operation.

[[automated_decision|Rather than the system trying again, could someone in your team please check my passport and decide it manually?]] I am happy to do a video call if it helps.""",
  L(r="automated_decision"),
  "A neutral request from a new user that a person, not the automated selfie check, decide her verification = automated_decision; no dissatisfaction is expressed, so complaint=false.",
  subj="[[automated_decision|Selfie check failed again - can a person check my ID documents instead of the system?]]")

S("pexa", ("work", "gilbeycross.co.uk", "Senior Conveyancer, Gilbey Cross", None), "formal",
  ["Complaint - your helpdesk gave my details to a caller", "Complaint about a call to your support line on 9 July"],
  """I want to make a complaint about your helpdesk.

On 9 July someone rang your support line claiming to be me and, according to your own email to me afterwards, was given my registered mobile number and the email address on my account before the agent became suspicious. I have since received two phishing texts that use my full name.

[[access|Please send me the recording of that call and a copy of any notes your team made about it.]] I need to see exactly what was disclosed so that I can report it properly.

I expect a full explanation of how your identity checks allowed this.""",
  L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "An explicit complaint that the helpdesk disclosed her details to an impostor: a breach, personal_data, category personal_data; the recording and notes of that call = access.")

# ----- PEXA: look-alikes (rights []) -----------------------------------------------------------

S("pexa", ("work", "fairbairnleach.co.uk", "Office Manager, Fairbairn Leach", None), "neutral",
  ["Nobody in our team can access workspaces since Monday", "Access to workspaces lost after your update"],
  """Since your release on Monday evening, none of the six users at Fairbairn Leach can access our workspaces. Login works, but every workspace opens to a blank page with 'Error 403'. We've cleared caches and tried three browsers.

We have four completions booked for Friday. Please restore our access today and tell us what went wrong - your status page says everything is operational, which it clearly isn't.

Call me on 0113 496 0725 if that's quicker.""",
  L(c=True, cat="platform_defect"),
  "'Access' here means getting into workspaces after a faulty release: an implicit platform_defect complaint, and no data right is asked for.")

S("pexa", ("work", "hcb.co.uk", "Mortgage Operations, Heathcote Bank", None), "casual",
  ["Duplicate workspace created in error", "Please delete workspace {WS}"],
  """I created a second workspace for the same remortgage by mistake this morning (workspace {WS}) and uploaded our draft offer letter to it before I noticed. The correct workspace is the older one.

Could you delete the duplicate workspace and the document in it, please? Nobody else has been invited to it.""",
  L(),
  "A routine service request to delete a duplicate workspace the firm created; 'delete' refers to the firm's own workspace, not a data subject's erasure request, and nobody else saw it, so no breach.")

S("pexa", ("person", "Siobhán Ní Bhriain"), "neutral",
  ["Wrong name on my transfer - Marsh and Penrose", "Marsh Penrose won't fix my name"],
  """My purchase of 9 Quarry Bank, Stroud, is being handled by Marsh and Penrose. My name is Siobhán Ní Bhriain, but every document they've sent me to sign, including the transfer, has my surname as 'Brian'. I pointed this out to them on 30 April and again on 8 May and they still haven't changed it. The lender now says the names don't match my ID and won't release funds until it's sorted.

Completion is due in nine days. I understand PEXA passes matters like this on to the firm concerned, so please forward this to Marsh and Penrose and make sure someone senior deals with it.""",
  L(c=True, pd=True, firm="mpc", cat="personal_data"),
  "A buyer's complaint purely about her conveyancer's wrong record of her name (about_other_firm=mpc, inaccurate personal record so category personal_data); the correction is asked of that firm, not of PEXA, so rights=[].")

S("pexa", ("work", "northgatelaw.co.uk", "Practice Manager, Northgate Law", None), "neutral",
  ["User changes - leaver and new starter", "Please remove a user from our subscription"],
  """Two changes to our firm's users, please:

1. Tomasz Wierzbicki left us on Friday. Please remove his user account from our subscription so he no longer has access to our workspaces.
2. Our new paralegal, Hannah Oduya, starts on Monday. Could she be given access to the training portal so she can do the induction modules before she's set up as a full user?

No rush on the second one. Thanks as always.""",
  L(),
  "A practice manager's routine user administration for her firm: removing a leaver's account and portal access are service requests, not anyone's data right, and there is no dissatisfaction.",
  short="""Tomasz Wierzbicki has left us - please remove his user from our subscription. Also, could Hannah Oduya get access to the training portal?""")

S("pexa", ("work", "quayleandco.co.uk", "Accounts, Quayle & Co Solicitors", None), "neutral",
  ["Late payment fees - invoices sent to our old office", "Invoice address still wrong"],
  """We moved offices in January and sent your billing team our new address on 12 January. Your February and March invoices still went to our old office, which is now empty, so we didn't get them until a courier dropped them round. We've now been charged a £45 late payment fee on each.

Please update our billing address to Unit 4, Caxton Court, Norwich NR3 1RB and remove both late payment fees. We paid everything the day the invoices arrived.""",
  L(c=True, cat="fees_charges"),
  "Late fees caused by invoices sent to the firm's old office, with removal demanded: implicit fees_charges complaint; updating a firm's billing address is not rectification of personal data, so rights=[].")

S("pexa", ("work", "kestrelbs.co.uk", "Finance Operations, Kestrel Building Society", None), "neutral",
  ["Settlement statement export", "Can we export settlement data as CSV?"],
  """Is there a way to export the settlement statements for our completed workspaces as a CSV or another machine-readable file? Our finance team would like to load them into our reconciliation system each month rather than retyping from the PDFs.

If it's a paid add-on, could you send me the details?""",
  L(),
  "A product question about exporting the firm's settlement records in CSV: machine-readable business data, not a person's portability request; a neutral enquiry.")

S("pexa", ("person", None), "neutral",
  ["Complaint - webinar recording can't be accessed", "Complaint: Refinance Workflows training"],
  """I'd like to make a complaint about the 'Refinance Workflows' training.

I booked the live session for 6 June but it was cancelled an hour before with no explanation. The email said attendees would get access to the recording instead. The link takes me to a page saying 'You do not have access to this content', and your training mailbox has not answered two emails.

I need this module for my annual sign-off by the end of the month. Please either give me working access to the recording or book me onto a live session.""",
  L(c=True, ex=True, cat="training"),
  "An explicit training complaint (cancelled session, recording link refused); 'access' means access to the recording, not a data access request, so rights=[].")

S("pexa", ("work", "ravensworthlegal.co.uk", "Conveyancing Team, Ravensworth Legal", None), "neutral",
  ["Audit trail for workspace {WS}", "Request for workspace history"],
  """Could you send us a copy of all the information you hold on workspace {WS} - the full audit trail of actions, documents and timestamps? Our client has asked for a record of the steps taken on his purchase and I'd like to put it on our file. The PDF summary in the workspace doesn't show the document history.""",
  L(),
  "A participant firm asks for its own matter's audit trail for its file: a service request about a workspace record, not a person asking for a copy of their own personal data, so rights=[] and no complaint.")

S("pexa", ("work", "tidewaylaw.co.uk", "Tideway Law", None), "casual",
  ["I need to speak to a person, not a chatbot", "Can't get through to anyone"],
  """Twice this week I've tried to get help with a stuck lodgement. The phone line sends me to web chat, the web chat is a bot that keeps offering the same three help articles, and when I type 'speak to a person' it says all agents are busy and closes the chat.

I want a human being to call me back today on 0161 496 0833. I've lost most of a morning to this.""",
  L(c=True, cat="wait_time"),
  "Wanting a person instead of the chatbot is about reaching support staff (implicit wait_time complaint), not about a decision made by automated processing, so rights=[].",
  short="""third time today your chat bot has closed on me. I need a person to ring me back about a stuck lodgement - 0161 496 0833""")

# ----- Conexus: rights asked of Conexus --------------------------------------------------------

S("conexus", ("person", None), "neutral",
  ["Subject access request - account {CX}", "Request for my data, {CX}"],
  """I'm getting my finances in order with a view to clearing the balance on account {CX}.

[[access|Please send me a copy of all the personal data you hold about me, including the notes on my account, letters and any call recordings.]] [[portability|I'd also like my payment history as a CSV file so I can load it into my budgeting app.]]

Email is fine for both. My date of birth is 19/02/1987 if you need it to find me.""",
  L(r="access,portability"),
  "A neutral request with no grievance: a copy of all personal data and recordings = access, payment history as CSV to load into an app = portability.")

S("conexus", ("person", "Maria Kovalenko"), "neutral",
  ["Wrong date of birth on my account", "Your records are wrong and it's costing me"],
  """Your records have my date of birth as 1976 instead of 1967, and my first name spelt 'Marie' when it is Maria. Because of this my bank's payee checks flagged my last two payments to you as a name mismatch and held them, and now you have written to say I MISSED payments and my arrangement may be cancelled. I did not miss anything.

[[rectification|Correct my first name to Maria and my date of birth to 11/08/1967 on account {CX}.]] Then confirm my arrangement is still in place. I am not paying any charge for your mistake.""",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Wrong personal details held are threatening her arrangement and she demands a fix: implicit complaint about inaccurate data (personal_data, category personal_data); correct my name and date of birth = rectification.")

S("conexus", ("person", None), "neutral",
  ["Account settled - data request", "Paid in full: please send my history then delete"],
  """The Northline Energy balance on {CX} was paid in full on 2 June and you've sent me the settlement letter, thank you.

[[portability|Before you close the file, please email me my payment history as a spreadsheet (CSV or Excel) so I can import it into my own accounts.]] [[erasure|After that, please delete my personal data, except anything you are legally required to keep - and tell me what that is.]]

Thanks for sorting the account out.""",
  L(r="portability,erasure"),
  "A thank-you and housekeeping request after settlement, no grievance: history as a spreadsheet to import = portability, delete my data afterwards = erasure.")

S("conexus", ("work", "tynebridgemoneyadvice.org.uk", "Debt Adviser, Tynebridge Money Advice", None), "formal",
  ["Complaint - client Mr Kwabena Asante, account {CX}", "Complaint: statute-barred debt, Mr K Asante"],
  """I am a debt adviser at Tynebridge Money Advice and act for Mr Kwabena Asante with his signed authority, which is attached.

Mr Asante has received your letter of 4 March demanding £2,316.40 on an old Sterling Credit Loans account. His last payment to Sterling was in 2015 and he has not acknowledged the debt in writing since. In our view the debt is statute-barred and should not be pursued. Please treat this as a formal complaint.

[[access|Please send me a copy of all personal data you hold about Mr Asante, including the account history you received from Sterling Credit and all notes of contact.]] [[restriction|While the complaint is investigated, please restrict the use of his data to storing it: no tracing, no passing it to solicitors and no reporting to credit reference agencies.]]

I look forward to your acknowledgement.""",
  L(c=True, ex=True, r="access,restriction", tp=True, cat="debt_dispute"),
  "A money adviser's explicit complaint that Conexus is pursuing a statute-barred debt (third_party, debt_dispute, firm null because Conexus's pursuit is the issue); copy of his data = access, store-only while investigated = restriction; the grievance is not data handling, so personal_data=false.")

S("conexus", ("person", None), "neutral",
  ["Why are you messaging me on LinkedIn?", "LinkedIn message about a debt"],
  """Yesterday I got a LinkedIn message from someone at Conexus about 'an outstanding matter', asking me to call. That is my professional profile - clients and colleagues can see who I connect with - and I have never given you that account or any social media details.

[[informed|I want to know how you found my LinkedIn profile, where else you have looked for information about me, and what gives you the right to use it.]] [[objection|I object to you using my social media profiles to trace or contact me.]]

I'll deal with the account by post or email. Reply to this address.""",
  L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "Anger at data being found and used through social media, with a reply demanded: implicit complaint about data obtained unexpectedly (personal_data as the main theme); how you found it and on what right = informed, 'I object to you using my social media' = objection.")

S("conexus", ("person", None), "casual",
  ["Your online plan tool rejected my offer", "Payment plan refused automatically"],
  """I filled in your online income and expenditure form last night. After rent, council tax, bills and food I have £48 a month spare, so I offered £45. The tool rejected it instantly - 'This offer does not meet our minimum acceptable payment' - and offered me £110 or 'speak to an agent', and the agent line is shut in the evenings.

I can't pay £110. I'm trying to do the right thing here.

[[automated_decision|Please have a person look at my income and expenditure and decide on my offer, not the system.]] [[informed|I'd also like to know what information the tool uses to set the minimum payment and where it gets it from.]]

Account {CX}.""",
  L(c=True, r="automated_decision,informed", cat="process"),
  "The tool's minimum-payment rule is itself the grievance (implicit complaint, category process); a person to decide instead of the system = automated_decision, what data the tool uses and its source = informed.")

S("conexus", ("person", None), "casual",
  ["Payment history in CSV", "payment history please"],
  """my money adviser has set me up with a budgeting spreadsheet and we want to put my repayments into it. [[portability|Could you email me the full payment history for account {CX} as a CSV file, with dates and amounts, so I can import it?]] A PDF won't work for the import.""",
  L(r="portability"),
  "A neutral request for his payment history as CSV to import = portability; he only mentions his adviser, so third_party=false.",
  subj="[[portability|Please email my payment history on {CX} as a CSV file I can load into my spreadsheet]]")

S("conexus", ("person", None), "formal",
  ["Lasting Power of Attorney - Mr Ronald Fitch, {CX}", "My father's account - change of contact details"],
  """I hold a registered Lasting Power of Attorney for property and financial affairs for my father, Ronald Fitch, and a copy is attached. Dad moved into a care home in January and can no longer manage his post.

[[rectification|Please update his correspondence address on account {CX} to mine: 18 Juniper Close, Kettering NN15 6RT.]] [[access|I would also like a copy of the personal information you hold about him, so that I can check what has been agreed in the past.]]

Our dealings with you have been fine so far; I just need to take this over.""",
  L(r="access,rectification", tp=True),
  "An attorney writing for her father (third_party) with no grievance: update his out-of-date address = rectification, a copy of his personal information = access; complaint=false.")

S("conexus", ("person", None), "neutral",
  ["Complaint - you discussed my account with my ex", "Complaint: my details given to my ex-partner"],
  """I want to complain in the strongest terms.

My ex-partner, who I separated from in 2023, rang you last week claiming to call 'on my behalf'. Your agent confirmed to her that I have an account with you, told her the balance and that I missed a payment in March. She has since used this against me in our child arrangements dispute. She has never had my authority to deal with anything.

[[access|Send me the recording of her call and a copy of the notes your agent made about it.]] I will be passing them to my solicitor.

I want to know what you are going to do about this, in writing.""",
  L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "An explicit complaint that account details were disclosed to an unauthorised ex-partner (breach, personal_data, category personal_data); the recording and notes of that call = access.",
  short="""I am complaining: your agent told my ex-partner my balance and my missed payment when she rang pretending to act for me. [[access|Send me the recording of her call and your agent's notes about it.]] I want a written answer.""")

S("conexus", ("person", None), "neutral",
  ["Your privacy notice - sharing with 'partner lenders'", "Data sharing question, account {CX}"],
  """I've been reading the privacy notice on your website, which says customers' payment behaviour may be shared with 'selected partner lenders to offer suitable products'.

[[informed|Please could you tell me which partner lenders my information has been shared with, and what information was sent?]] [[objection|I object to my payment information being shared with lenders or used to offer me products.]]

Otherwise I'm happy with how my arrangement is going. Thank you.""",
  L(r="informed,objection"),
  "Neutral questions after reading the privacy notice, so complaint=false; who it was shared with and what = informed, objecting to sharing for product offers = objection.")

S("conexus", ("person", None), "neutral",
  ["Not my debt - Pennant Mobile fraud confirmed", "Identity fraud - please stop writing to me"],
  """Three months ago I found out someone had opened a Pennant Mobile contract in my name at my old address. Pennant investigated, confirmed in writing on 14 March that the account was fraudulent and closed it with a zero balance. I sent you a copy of their letter on 20 March.

On 9 May you wrote to me again asking for £612.88 on account {CX}. This is not my debt and never was, and it is upsetting to keep being treated as if I owe it.

[[erasure|Please delete my details from this account, as they should never have been linked to it.]] [[restriction|Until that is done, do not use my name, address or date of birth for anything connected with this account, including credit reporting.]]

Please confirm you have stopped.""",
  L(c=True, r="erasure,restriction", cat="debt_dispute"),
  "Still pursued for a debt the creditor has already confirmed as fraud: implicit debt_dispute complaint about Conexus's own pursuit (firm null, as in a paid debt still chased); delete my details = erasure, don't use them meanwhile = restriction; personal_data=false as the grievance is the debt.")

S("conexus", ("person", None), "neutral",
  ["Letter received - who gave you my information?", "Questions about your letter dated 3 April"],
  """I received a letter from Conexus today saying you are now collecting a Northline Energy balance from me. Nobody told me the account had been passed on, so I would like to understand what is happening before I do anything.

[[informed|Could you explain who provided my details to you, what information you were given, what you will use it for and who else you may share it with?]]

I'm not disputing anything at this stage. Thank you.""",
  L(r="informed"),
  "A neutral first-contact question with nothing disputed: source, categories, purpose and recipients of his data = informed; complaint=false.",
  subj="[[informed|First letter from you today - where did you get my details and what will you use them for?]]")

S("conexus", ("person", None), "neutral",
  ["Account 'selected for legal review' by a computer", "Letter about legal review - I'm on a payment plan"],
  """Your letter of 28 April says my account has been 'selected for legal review by our automated account assessment' and may be passed to solicitors. I have paid £60 a month by standing order since October without missing once. When I rang I was told the 'system scores accounts' and nobody could see why mine came up.

That letter frightened my wife and me badly. We are keeping to the plan.

[[automated_decision|I want a person to review my account and decide whether there is any reason for legal action, not a computer score.]] [[objection|I also object to my information being used in this automated scoring.]]

Account {CX}.""",
  L(c=True, r="automated_decision,objection", cat="collection_conduct"),
  "A threat of legal action against someone keeping to his plan is an implicit collection_conduct complaint; a person to decide instead of the score = automated_decision, objecting to the scoring = objection; the grievance is the threat, so personal_data=false.")

S("conexus", ("work", "pell-constituencyoffice.org.uk", "Caseworker to Jonathan Pell MP", None), "formal",
  ["Constituent: Ms Farida Chaudhry - data request unanswered", "Ms F Chaudhry, account {CX} - request of 6 February"],
  """I am writing on behalf of Jonathan Pell MP, whose constituent Ms Farida Chaudhry of Oldham has asked for his help.

Ms Chaudhry tells us that she emailed your data protection team on 6 February asking for a copy of her personal data, including recordings of two calls in January. She has chased twice by phone and has received nothing, not even an acknowledgement. She needs the recordings to support a dispute about what was agreed on those calls, and the delay is causing her considerable anxiety.

[[access|On her behalf, I would ask that you now provide Ms Chaudhry with a copy of her personal data, including those call recordings.]] Her signed consent is attached. Please copy your reply to this office.""",
  L(c=True, pd=True, r="access", tp=True, cat="personal_data"),
  "An MP's office (third_party) takes up an ignored subject access request: an implicit complaint about a data-rights request handled badly, so personal_data and category personal_data (the data theme beats the generic delay); the renewed request = access.")

S("conexus", ("person", "Eileen Moss"), "neutral",
  ["Complaint - you have recorded me as deceased", "Complaint: I am not dead"],
  """I'm making a complaint. On Saturday I received a letter from Conexus addressed to 'the Executors of the late Mrs Eileen Moss' about my account {CX}. I am Eileen Moss and I am very much alive. My mother-in-law, also Eileen Moss, died in February at a different address, and it seems you have mixed us up.

I was extremely upset to open that letter, and I'm worried about what else has been recorded.

[[rectification|Please correct your records so that my account no longer shows me as deceased.]] [[restriction|Until that is done, do not send any information about me, or this 'deceased' marker, to the creditor or anyone else.]]

I expect an apology and a written explanation.""",
  L(c=True, ex=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "An explicit complaint about an inaccurate 'deceased' record (personal_data, no disclosure so breach=false); correct the record = rectification, don't pass it on until corrected = restriction.")

S("conexus", ("work", "harbourlinedebthelp.org.uk", "Debt Adviser, Harbourline Debt Help", None), "formal",
  ["Client moving to a debt management plan - data transfer", "Payment data for Mr Oyelaran, {CX}"],
  """I am a debt adviser at Harbourline Debt Help, writing on behalf of our client Mr Tunde Oyelaran, whose signed authority is attached. Mr Oyelaran is moving onto a debt management plan administered by us from next month.

[[portability|On his behalf, please send us his account details and payment history for account {CX} in a machine-readable format such as CSV, so that we can load them into our plan system.]]

Mr Oyelaran is content with how you have dealt with him and there is no dispute about the balance.""",
  L(r="portability", tp=True),
  "An adviser writing for a client (third_party) with no grievance: his account data in CSV to load into the plan system = portability; complaint=false.")

S("conexus", ("work", "caldervalleyadvice.org.uk", "Money Adviser, Calder Valley Advice Centre", None), "formal",
  ["Information request for our client, Ms Rhiannon Ferris", "Client authority and data request - {CX}"],
  """We are advising Ms Rhiannon Ferris on her finances and enclose her signed authority.

To prepare her budget and check her balances we would be grateful for two things:
- [[access|a copy of the personal data you hold about Ms Ferris, including correspondence and contact notes;]]
- [[portability|her transaction history on account {CX} as a CSV or Excel file that we can import into our casework software.]]

There is no complaint at this stage; we simply need the information. Thank you for your help.""",
  L(r="access,portability", tp=True),
  "An adviser for a client (third_party) asks with no grievance ('no complaint' is a denial): copy of her personal data = access, history as CSV for casework software = portability.")

S("conexus", ("person", None), "neutral",
  ["Complaint - voice analysis of my calls", "Complaint about call 'scoring'"],
  """I want to complain about something your agent told me on Monday. When I asked why she kept asking about my health, she said your phone system analyses customers' voices during calls and produces a 'vulnerability and propensity score' that decides how the account is handled. Nobody ever told me my calls were being analysed like that.

[[objection|I object to my voice and my calls being analysed or scored in this way.]] [[automated_decision|I also want any decision about how my account is handled to be made by a person who has looked at my circumstances, not by that score.]]

Please reply in writing to this email address. Reference {CX}.""",
  L(c=True, ex=True, pd=True, r="objection,automated_decision", cat="personal_data"),
  "An explicit complaint about undisclosed voice analysis of his calls (unexpected use of personal data, category personal_data); objecting to the analysis = objection, a person rather than the score deciding = automated_decision.")

S("conexus", ("person", None), "casual",
  ["Lumen Water bill - estimated readings", "Lumen Water debt is wrong"],
  """You're chasing me for £1,184 for Lumen Water. That figure comes from three years of estimated bills. Lumen never read my meter, and when a reading was finally taken in January it showed I'd used less than half of what they billed. I've told Lumen twice and they keep saying it's 'with collections'.

I don't blame your staff, who have been polite, but the bill is wrong and Lumen need to recalculate it from the actual reading. Please pass this back to them so they can do that.

[[access|Meanwhile, please send me a copy of all the information Lumen gave you about me and my account, so I can see what figures you're working from.]]

Account {CX}.""",
  L(c=True, r="access", firm="lwt", cat="debt_dispute"),
  "The bill itself is wrong and only the creditor can recalculate it, so about_other_firm=lwt and category debt_dispute; asking Conexus for a copy of the information it holds about him = access, a right of the receiving firm, so it counts.")

S("conexus", ("work", "saferhomes.org.uk", "Support Worker, Safer Homes Partnership", None), "formal",
  ["Confidential: change of address for a client at risk", "Urgent - address update and restriction, {CX}"],
  """I am a support worker with Safer Homes Partnership, writing on behalf of Ms Danielle Kerr with her written consent (attached). Ms Kerr has had to move because of domestic abuse and her new address must not become known to her former partner, who is named on an older joint account with your client.

[[rectification|Please update Ms Kerr's address on account {CX} to Flat 3, 41 Sefton Road, Liverpool L9 2BQ.]] [[restriction|Please also restrict her new address so that it is used only for writing to her and is never disclosed to any other party or printed on letters to anyone else.]]

You have been helpful before and I know you will handle this carefully. Please phone me rather than Ms Kerr.""",
  L(r="rectification,restriction", tp=True),
  "A charity worker writing for a client (third_party) with no grievance: update her address = rectification, limit its use to writing to her = restriction; complaint=false.")

S("conexus", ("person", None), "casual",
  ["Closed account - please delete my data", "Account {CX} closed"],
  """My account with you ({CX}) was settled in 2022 and I have the closure letter. No issue with how it was handled, I'd just like to tidy things up.

[[erasure|Please delete the personal data you hold about me, apart from what you are legally obliged to keep.]] [[objection|I also object to my details being used for anything other than that legal retention, including tracing or marketing.]]

A short email confirming this would be great.""",
  L(r="erasure,objection"),
  "A housekeeping request on a settled account with no grievance: delete my data = erasure, objecting to any other use including tracing or marketing = objection.",
  short="""Account {CX} was settled in 2022, all fine. [[erasure|Please delete the personal data you hold on me, apart from what you must legally keep.]] [[objection|And I object to my details being used for tracing or marketing.]]""")

S("conexus", ("person", None), "neutral",
  ["Your agent's behaviour on Thursday's call", "Rude call on 15 August"],
  """On Thursday I rang to explain I'd been signed off work and might be late with this month's payment. The agent, who gave his name as Craig, talked over me, told me I was 'making excuses like everyone else' and said he would 'mark me as a non-payer'. I ended the call in tears.

I'd like someone senior to listen to that call and get back to me. [[informed|Please also tell me whether your calls are recorded, what you use the recordings for and how long you keep them.]]

Account {CX}.""",
  L(c=True, r="informed", cat="collection_conduct"),
  "An agent's treatment of a customer in difficulty during a payment call is an implicit collection_conduct complaint; whether calls are recorded, why and for how long = informed (an explanation, not a copy, so not access).")

S("conexus", ("person", None), "formal",
  ["Complaint - doorstep visit after your system marked me 'gone away'", "Complaint: tracing agent at my door"],
  """I wish to make a complaint about a visit to my home on Tuesday.

One of your letters was returned by Royal Mail in error last month. Your agent on the phone told me that your system then automatically marked me as 'gone away' and sent a tracing agent to 'verify occupancy'. He knocked at 8.10am, asked my teenage son whether I still lived there, and left a card on the door. I have lived here nine years and I have paid every month.

[[rectification|Please correct my status so that it no longer says gone away.]] [[automated_decision|I want a person, not your system, to review my account before any further visit or action is decided.]]

I expect a written reply and an apology.""",
  L(c=True, ex=True, pd=True, r="automated_decision,rectification", cat="collection_conduct"),
  "An explicit complaint about a doorstep visit (collection_conduct main theme) triggered by a wrong 'gone away' status, so personal_data=true, no debt disclosed so breach=false; correct my status = rectification, a person instead of the system = automated_decision.")

S("conexus", ("person", None), "neutral",
  ["Calls about my mother's account", "Mum's account {CX} - stop using my number"],
  """I'm writing for my mum, Mrs Gwen Prothero, who is 84 and hard of hearing. Your company has been calling my mobile four or five times a day looking for her, because at some point my number was put on her account. I don't handle her money matters and I can't pass messages on all day at work. Mum is also getting calls on her landline that she can't hear properly, and they leave her very distressed.

[[erasure|My mobile number, 07700 900482, is mine and not hers, so please delete it from her account.]] [[rectification|Please also correct her address to Flat 2, 6 Bryn Teg, Llangefni LL77 7PN, as the flat number is missing from your letters.]]

Please write to her rather than phone.""",
  L(c=True, pd=True, r="erasure,rectification", tp=True, cat="collection_conduct"),
  "A son writing for his vulnerable mother (third_party) about call frequency: implicit collection_conduct complaint, with personal_data=true because his number was wrongly held on her account and used; delete my number = erasure, correct her address = rectification; 'write rather than phone' is a conduct remedy, not objection.")

# ----- Conexus: look-alikes (rights []) --------------------------------------------------------

S("conexus", ("person", None), "casual",
  ["Stop calling my work number", "Calls to my workplace"],
  """Your people have rung my work landline three times this week. The last time my manager picked up, and afterwards he asked me who 'Conexus' were and why you kept ringing. I gave you my mobile and my email when I set up the plan - use those.

Stop calling me at work. I'm not avoiding you, I've never missed a payment, and this is embarrassing. Account {CX}.""",
  L(c=True, cat="collection_conduct"),
  "Repeated calls to his workplace with a demand to stop: implicit collection_conduct complaint; 'stop calling me at work' is a conduct remedy, not objection, and nothing about the debt was disclosed, so no breach.",
  subj="Stop ringing my work number!! use my mobile like I asked - acc {CX}")

S("conexus", ("person", None), "neutral",
  ["Request for a copy of my credit agreement", "Section 77/78 request - {CX}"],
  """Please send me a copy of the signed credit agreement for account {CX}, together with a statement of account showing how the current balance has been reached. I understand you are collecting on behalf of Sterling Credit Loans.

I have paid the £1 statutory fee by bank transfer using the account number as the reference. I will decide how to proceed once I have seen the paperwork.""",
  L(),
  "A consumer-credit request for the agreement and a statement of account, made neutrally: these are documents under credit law, not a copy of his personal data under UK GDPR, so rights=[] and complaint=false.")

S("conexus", ("person", None), "neutral",
  ["Complaint - letter about my debt opened by the new tenant", "Complaint: letter sent to my old flat"],
  """I want to complain about a letter you sent to my old flat at 14b Marlowe Street, even though I gave you my new address by phone in April and your agent read it back to me.

The new tenant opened it and sent me a photo of it on Facebook. It shows my full name, the Northline Energy balance and the words 'final demand'. She's someone I went to school with, and I feel humiliated. Your online account now shows my new address, so someone updated it in the end - but only after that letter went out.

I expect an apology, an explanation of why my address wasn't changed when I asked, and compensation for the distress.""",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint that a debt letter went to his old address and was read by the new tenant (breach, personal_data); the address is already corrected and he asks for apology, explanation and compensation, so no right is requested.")

S("conexus", ("work", "northline-energy.co.uk", "Collections Partner Manager, Northline Energy", None), "neutral",
  ["Recall of accounts - placement NE-0419", "Account recalls for today"],
  """Please recall the 14 accounts listed in the attached file from placement NE-0419, effective today. The customers have entered our hardship scheme and we'll manage them in-house from now on.

Could you close them on your side, remove them from the dialler and delete them from your active work queues, then send back the usual recall confirmation with final balances?""",
  L(),
  "A creditor client's routine recall instruction: 'delete them from your work queues' is account administration for the client, not a data subject's erasure request; no dissatisfaction, so complaint=false.")

S("conexus", ("person", None), "casual",
  ["Can't log in to my online account", "Password reset link doesn't work"],
  """For a week I haven't been able to access my online account to make my monthly payment. Every password reset link you email says 'This link has expired' the moment I click it, even when I click straight away. Tried on my phone and my laptop.

My payment is due Friday and I don't want it marked as missed because your website doesn't work. Please fix it or tell me another way to pay.""",
  L(c=True, cat="platform_defect"),
  "A broken password reset blocking payment, with a fix demanded: implicit platform_defect complaint; 'access my online account' means logging in, not a data access request.",
  subj="still can't access my online account, reset link broken every time - payment due Friday, fix it please")

S("conexus", ("person", None), "neutral",
  ["£60 'administration fee' on my balance", "Please correct my balance"],
  """My balance went up by £60 this month with the description 'admin fee - payment reschedule'. I moved my payment date from the 1st to the 15th because my pay date changed, and your agent told me on the phone there would be no charge for doing that.

Please remove the £60 and correct my balance back to £845.20, which is what it was before. Account {CX}.""",
  L(c=True, cat="fees_charges"),
  "An added fee the agent said would not be charged, with removal demanded: implicit fees_charges complaint; 'correct my balance' is a financial remedy for the fee, not rectification of personal data, so rights=[].")


# ---------------------------------------------------------------------------------------------
# build and summary


def build(rng):
    records = []
    for i, sc in enumerate(SC, 1):
        source = f"{PREFIX}-s{i:03d}"
        for env in envelopes_for(rng, sc):
            records.append(render(rng, sc, env, source))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen.setdefault(r["source"], r)
    lines = [f"wrote {OUT}: {len(records)} emails, {len(scen)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in scen.values())}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in scen.values())})"]
    for r_ in RIGHTS:
        e = sum(r_ in r["labels"]["rights"] for r in records)
        s = sum(r_ in r["labels"]["rights"] for r in scen.values())
        lines.append(f"  {r_:<20} emails {e:3d}  scenarios {s:3d}")
    nr = Counter(len(r["labels"]["rights"]) for r in scen.values())
    lines.append(f"  scenarios by number of rights: {dict(sorted(nr.items()))}")
    for name, pick in (("look-alikes (rights [])", lambda l: not l["rights"]),
                       ("complaints", lambda l: l["complaint"]),
                       ("look-alike complaints", lambda l: l["complaint"] and not l["rights"]),
                       ("explicit", lambda l: l["explicit"]),
                       ("third party", lambda l: l["third_party"]),
                       ("personal_data", lambda l: l["personal_data"]),
                       ("breach", lambda l: l["breach"]),
                       ("about_other_firm set", lambda l: l["about_other_firm"] is not None)):
        lines.append(f"  {name:<24} scenarios {sum(pick(r['labels']) for r in scen.values()):3d}  "
                     f"emails {sum(pick(r['labels']) for r in records):3d}")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
