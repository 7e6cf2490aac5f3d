#!/usr/bin/env python3
"""Make data/trials/rights_marked_m.jsonl: hand-written complaints@ mail in which people exercise (or seem to
exercise) UK GDPR data-protection rights against PEXA or Conexus, with every sentence that ASKS for a right marked
by hand (author M's set).

What it makes. 60 scenarios, 30 per mailbox ("pexa" and "conexus"), each written by hand in the SCENARIOS section
below and rendered twice: 120 emails. 45 scenarios ask for one or more rights (all eight: access, rectification,
erasure, restriction, portability, objection, automated_decision, informed), with or without a complaint; 15 are
look-alikes with rights [] (a firm's business data, a portal login, a duplicate workspace, a lender's figure, a
fee "objection", a consumer-credit copy request, an account hold, a controller's instruction to its agency, an
out-of-office, a bounce...). The writers are a deliberately mixed crowd: home buyers, sellers and remortgagors,
conveyancers and lender staff writing about their own user data, a lender's data-protection team, debtors writing
tersely, in text-speak or in a second language, template "Article 15" letters, and representatives (solicitors,
money advisers, an attorney son, a daughter, an MP's caseworker, a claims firm, an insolvency practitioner).
Every scenario carries labels by the shared labelling guide, a one-line note and a source id (rmm-sNN).

How. In a scenario text each sentence that asks for a right is written inline as [[right|sentence]] or
[[right1,right2|sentence]]; rendering strips the markers (labelled_mail.strip_marks) and records each marked sentence
verbatim in `request_sentences` (one {"right", "text"} entry per right, as the helpers do for D). Each scenario is
rendered twice with a different sender name/address, greeting and sign-off: once plain and once in one other
envelope drawn at random: HTML (html_with_quote), a quoted earlier reply from the firm, 1-2 typos outside the marked
sentences (typos_outside_marks), a phone footer or legal disclaimer, or the scenario's own short version (same
labels, same rights, re-marked). Auto-generated scenarios are rendered plain and HTML. Records are shuffled, numbered
rmm-0001... and checked by labelled_mail.run_generator with marked_record_errors, which refuses to write if any record
fails; build() also asserts that every render marks exactly the labelled rights. Stdlib only; one
random.Random(SEED) drives every choice, so the output is byte-identical run to run.

Judgement calls (each is also in the scenario's note).
* A chaser about an ignored subject access request is a complaint with category `delay` (guide rule 6: every "still
  waiting" chaser) but personal_data=true (a data-rights request ignored).
* A rights request added to a consumer's complaint about a participant firm (PEXA) keeps the firm's id and the
  complaint's theme; the right asked of PEXA itself still counts.
* A lender's data-protection team asking PEXA for a customer's data to answer that customer's SAR counts as
  `access` (asked on someone else's behalf) but is not third_party: staff writing for their own firm.
* A creditor client telling Conexus to return and delete its placed accounts, and a law firm asking for a bulk
  export of its matter history, are controller/business instructions, not a data subject's rights: rights [].
* "Correct the redemption figure", "remove the charge", "put the account on hold", "contact her by letter only",
  "cease contact", a s.78 Consumer Credit Act copy request and a routine account statement are not rights.
* Asking WHETHER automated decisions were made is `informed`; asking for a person to decide is `automated_decision`.
  Asking for the purposes, recipients, retention period or source of data is `informed` even inside an Article 15
  template; a copy of the data is `access`; a CSV/spreadsheet to load into another system is `portability`.
* Consumers at PEXA who blame only PEXA's own emails or systems (and name no participant firm as the culprit) keep
  about_other_firm=null.

Usage:  .venv/bin/python data/make/make_rights_marked_m.py   (writes data/trials/rights_marked_m.jsonl)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270107
PREFIX = "rmm"
OUT = os.path.normpath(os.path.join(HERE, "..", "trials", "rights_marked_m.jsonl"))
L = short_labels
MARK = MARK_RIGHTS

FIRM = FIRM_NAMES

NAMES = [
    ("Abigail", "Thorne"), ("Bartosz", "Nowicki"), ("Carys", "Bevan"), ("Duncan", "Strachan"), ("Efua", "Mensah"),
    ("Felix", "Armitage"), ("Gemma", "Rowntree"), ("Haroon", "Iqbal"), ("Isobel", "Carnegie"), ("Jack", "Tennant"),
    ("Keeley", "Sanderson"), ("Lorcan", "Dunne"), ("Maya", "Chaudhry"), ("Nathaniel", "Crisp"), ("Olwen", "Jarvis"),
    ("Pradeep", "Nair"), ("Queenie", "Adebayo"), ("Rory", "Galbraith"), ("Saoirse", "Whelan"), ("Tobias", "Lindley"),
    ("Uzma", "Rashid"), ("Vincent", "Okoro"), ("Wendy", "Halliwell"), ("Xavier", "Dacosta"), ("Yvonne", "Ridley"),
    ("Zach", "Pemberley"), ("Alina", "Popescu"), ("Bernard", "Ashby"), ("Chidi", "Nwosu"), ("Delyth", "Morgan"),
    ("Euan", "Sinclair"), ("Fatima", "Begum"), ("Gordon", "Haig"), ("Hollie", "Brindley"), ("Ibrahim", "Sesay"),
    ("Jasmine", "Kaur"), ("Kenneth", "Mulholland"), ("Lydia", "Farrow"), ("Mohammed", "Aziz"), ("Nicola", "Burrows"),
    ("Oscar", "Lindqvist"), ("Philippa", "Crane"), ("Rhodri", "Evans"), ("Sadia", "Malik"), ("Terry", "Wragg"),
    ("Ursula", "Benn"), ("Vera", "Kaminski"), ("William", "Ogden"), ("Yusuf", "Demir"), ("Zoe", "Catterall"),
    ("Adrian", "Quayle"), ("Bronwen", "Pugh"), ("Conor", "McCaffrey"), ("Divya", "Menon"), ("Elliot", "Shaw"),
    ("Frances", "Kilbride"), ("Graeme", "Kerr"), ("Harpreet", "Gill"), ("Imogen", "Blake"), ("Jerome", "Baptiste"),
    ("Kathryn", "Liddell"), ("Lennox", "Agyeman"), ("Marian", "Stokes"), ("Noel", "Fitzgerald"), ("Orla", "Keegan"),
    ("Paulina", "Zielinska"), ("Ross", "Maclean"), ("Shona", "Tait"), ("Tanvir", "Hussain"), ("Una", "Boyle"),
]
CON_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
               "sky.com", "virginmedia.com", "talktalk.net", "aol.com"]

GREET = {
    "con": ["Hello,", "Dear Sir or Madam,", "Hi,", "Dear {firm},", "To whom it may concern,", "Good morning,", ""],
    "pro": ["Dear Sir or Madam,", "Good afternoon,", "Dear {firm} team,", "Hello,", "Dear colleagues,", "Good morning,"],
    "dpo": ["Dear Data Protection Officer,", "Dear Sir or Madam,", "Dear {firm} Privacy Team,", "Dear colleagues,"],
    "txt": [""],
    "auto": [""],
}
SIGNOFF = {
    "con": ["Thanks,", "Kind regards,", "Regards,", "Many thanks,", "Yours faithfully,", "Best wishes,", "Thank you,"],
    "pro": ["Kind regards,", "Yours faithfully,", "Regards,", "Best regards,", "Many thanks,", "Yours sincerely,"],
    "dpo": ["Yours faithfully,", "Kind regards,", "Yours sincerely,"],
    "txt": ["ta", "thanks", "cheers", "thx"],
    "auto": [""],
}
DISCLAIMERS = [
    "IMPORTANT: This email is intended for the named recipient only and may be confidential. If you have received it "
    "by mistake, please let us know by reply and then remove it from your system. Our privacy notice explains how we "
    "use personal data and is on our website.",
    "Please note: we will never ask you to send money to a new bank account by email. If you receive such a request "
    "apparently from us, call your usual contact before acting. This message and any attachment may be legally "
    "privileged.",
    "This e-mail has been checked for viruses but we cannot accept liability for any damage it may cause. The "
    "contents are confidential to the intended addressee and may not be copied or passed on without our consent.",
]
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Yahoo Mail for Android",
                 "Sent from Mail for Windows", "Sent from my iPad"]
GENERIC_QUOTE = {
    "pexa": [
        ("On 3 Mar 2026, PEXA Customer Support wrote:",
         "Hi,\n\nThanks for contacting PEXA Customer Support. We've received your message and created case CS-{ref}. "
         "Someone from the team will be in touch within two working days.\n\nBest wishes\nPEXA Customer Support"),
        ("On 21 Jan 2026, PEXA Privacy wrote:",
         "Hello,\n\nThank you for your email to PEXA. So that we can help, please reply with as much detail as you "
         "can about the matter or workspace concerned (reference {ref} has been added to your case).\n\nRegards\n"
         "PEXA Privacy and Customer Team"),
    ],
    "conexus": [
        ("On 17 Feb 2026, Conexus Customer Care wrote:",
         "Hello,\n\nWe have received your message and added it to your account (note {ref}). If you need to contact "
         "us again, please quote the reference on your most recent letter. Our lines are open Monday to Friday, 8am "
         "to 8pm.\n\nKind regards\nCustomer Care Team\nConexus"),
        ("On 5 Mar 2026, Conexus wrote:",
         "Dear Customer,\n\nThank you for contacting Conexus. Your email has been received and passed to the right "
         "team under ticket {ref}. We aim to reply within five working days.\n\nYours sincerely\nConexus"),
    ],
}


class W:
    """Who writes: kind con|pro|dpo|txt|auto|raw, the address domain (None: consumer webmail), the signature under the
    name, person (first, last) when the text names the writer (only the address then varies), fixed senders for raw."""

    def __init__(self, kind, domain=None, sig="", person=None, fixed=None):
        self.kind, self.domain, self.sig, self.person, self.fixed = kind, domain, sig, person, fixed


SCENARIOS = []


def S(mailbox, lab, note, subject, body, who, short=None, envs=None, headers=None, no_quote=False):
    """Register one scenario. short: (subject, body) of its own short version; envs: fixed envelopes;
    no_quote: the firm's generic reply would contradict the text, so the quote envelope is not drawn."""
    SCENARIOS.append(dict(sid=f"rmm-s{len(SCENARIOS) + 1:02d}", mailbox=mailbox, labels=lab, note=note,
                          subject=subject, body=body.strip("\n"), who=who, short=short, envs=envs,
                          headers=headers or {}, no_quote=no_quote))


# ---------------------------------------------------------------------------------------------
# rendering


def sender(sc, rng, used):
    who = sc["who"]
    if who.kind == "raw":
        for f in who.fixed:
            if f not in used:
                used.add(f)
                return f, None, None
    if who.person is not None:
        first, last = who.person
    else:
        while True:
            first, last = NAMES[rng.randrange(len(NAMES))]
            if (first, last) not in used and last not in sc["body"] + sc["subject"] + who.sig:
                used.add((first, last))
                break
    name = f"{first} {last}"
    lf, ll = re.sub(r"[^a-z]", "", first.lower()), re.sub(r"[^a-z]", "", last.lower())
    while True:
        if who.domain:
            local = [f"{lf}.{ll}", f"{lf[0]}.{ll}", f"{lf[0]}{ll}", f"{ll}{lf[0]}"][rng.randrange(4)]
            addr = f"{local}@{who.domain}"
        else:
            local = [f"{lf}.{ll}", f"{lf}{ll}{rng.randrange(1, 99)}", f"{lf[0]}{ll}", f"{ll}.{lf}",
                     f"{lf}_{ll}{rng.randrange(70, 99)}"][rng.randrange(5)]
            addr = f"{local}@{CON_DOMAINS[rng.randrange(len(CON_DOMAINS))]}"
        if addr not in used:
            used.add(addr)
            break
    return f"{name} <{addr}>", name, first


def assemble(sc, core, name, first, greet, signoff, footer):
    kind = sc["who"].kind
    if kind == "raw":
        return core
    sig = sc["who"].sig
    if kind == "auto":
        return core + "\n\n" + name + (("\n" + sig) if sig else "")
    parts = [greet + "\n\n"] if greet else []
    signer = first if kind == "txt" else name
    parts.append(core + "\n\n" + signoff + "\n" + signer + (("\n" + sig) if sig else ""))
    if footer:
        parts.append("\n\n" + footer)
    return "".join(parts)


def render(sc, env, rng, used):
    frm, name, first = sender(sc, rng, used)
    kind, mb = sc["who"].kind, sc["mailbox"]
    greets, signs = GREET.get(kind, [""]), SIGNOFF.get(kind, [""])
    greet = greets[rng.randrange(len(greets))].format(firm=FIRM[mb])
    signoff = signs[rng.randrange(len(signs))]
    subject, core = sc["subject"], sc["body"]
    if env == "short":
        subject, core = sc["short"]
        core = core.strip("\n")
    if env == "typo":
        core = typos_outside_marks(core, rng, MARK, p_second=0.4)
    footer = ""
    if env == "footer":
        pool = PHONE_FOOTERS if kind in ("con", "txt") else DISCLAIMERS
        footer = pool[rng.randrange(len(pool))]
    subj_plain, core_plain = strip_marks(subject, MARK), strip_marks(core, MARK)
    if env == "short":
        body = core_plain + "\n\n" + first
    else:
        body = assemble(sc, core_plain, name, first, greet, signoff, footer)
    quote = None
    if env == "quote":
        qs = GENERIC_QUOTE[mb]
        quote = qs[rng.randrange(len(qs))]
    return finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=subj_plain, body=body, html=(env == "html"), quote=quote,
        subject_marks=rights_marks_of(subject), body_marks=rights_marks_of(core),
        labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env, headers=sc["headers"])


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            pool = ["html", "typo", "footer"] + ([] if sc["no_quote"] else ["quote"])
            if sc["short"] and rng.random() < 0.4:
                envs = ["plain", "short"]
            else:
                envs = ["plain", pool[rng.randrange(len(pool))]]
        used = set()
        for env in envs:
            rec = render(sc, env, rng, used)
            marked = {m["right"] for m in rec["request_sentences"]}
            assert marked == set(rec["labels"]["rights"]), (sc["sid"], env, marked)
            records.append(rec)
    return records


def summary(recs, env):
    per_right = {r: sum(r in x["labels"]["rights"] for x in recs) for r in RIGHTS}
    looks = sum(not x["labels"]["rights"] for x in recs)
    return (f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {OUT}; envelopes {env}; "
            f"emails per right {per_right}; look-alike emails (rights []) {looks}")


def main():
    return run_generator(build, SEED, PREFIX, OUT, errors=marked_record_errors, summary=summary)


# ---------------------------------------------------------------------------------------------
# SCENARIOS (hand-written). Markers: [[right|the sentence that asks]] or [[right1,right2|sentence]].

# ---- PEXA: rights requested ----------------------------------------------------------------------------------------

S("pexa", L(r="access,informed"),
  "First-time buyer asks PEXA for a copy of what it holds on her (access) and who it shared it with, why and for how "
  "long (informed). Explicitly nothing wrong: not a complaint.",
  "What information do you keep about me?",
  """We bought our first flat in Walthamstow in January and our solicitor told us the money and the paperwork all went through PEXA. I'd never heard of you before that, which is partly why I'm writing.

[[access|Could you send me a copy of the personal information PEXA has about me from that purchase?]] The address is Flat 3, 29 Gaywood Road, E17, and completion was on 16 January. [[informed|I'd also like to know who you passed my details to, what you use them for now that the purchase is done, and how long you plan to keep them.]]

Nothing has gone wrong, I'm just trying to be more careful about where my details end up after a friend was caught by a conveyancing scam last year.""",
  W("con"),
  short=("Copy of my data - Flat 3, 29 Gaywood Road",
         "[[access|Please send me a copy of the personal data you hold about me from my purchase of Flat 3, 29 Gaywood Road (completed 16 January).]] [[informed|Please also tell me who you've shared it with and how long you'll keep it.]] No problem with anything, just checking."))

S("pexa", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Conveyancer's own profile has a mobile number PEXA's onboarding team mistyped, costing her time on completions, "
  "reply expected: implicit complaint about inaccurate data held (personal_data). 'Correct the number' = rectification.",
  "Wrong mobile number on my user profile",
  """When our firm was onboarded in December your team set up my user profile, and the mobile number on it has two digits the wrong way round (it ends 3462 instead of 3426). Because the two-factor codes go to that number, I can't get into workspaces without ringing your support desk, and I have lost most of an hour doing that on two completions this week alone. The profile screen doesn't let me edit the number myself.

[[rectification|Please correct the mobile number on my profile to 07700 913 426.]] My username is this email address.

Could someone let me know when it's fixed, and make sure the same thing doesn't happen to the colleagues being added next month?""",
  W("pro", "marlowstroud.co.uk", "Senior Conveyancer\nMarlow Stroud Conveyancing"))

S("pexa", L(r="objection"),
  "Remortgagor who keeps getting PEXA satisfaction surveys and a research-panel invite objects to that use of her "
  "details (objection). 'Not cross about it': not a complaint.",
  "Surveys",
  """I remortgaged with my building society in the autumn and since then I've had three emails from PEXA asking me to rate my 'settlement experience' and one inviting me to join a research panel. I'm not cross about it, but I'd rather not hear from you again.

[[objection|Please don't use my email address or any other details of mine for surveys, research or marketing.]] I'm happy to get anything you're legally required to send.""",
  W("con"),
  short=("Please stop the survey emails",
         "[[objection|I object to my details being used for your surveys, research panels or any marketing.]] Anything you're legally obliged to send is fine."))

S("pexa", L(r="erasure,informed"),
  "Seller, worried by news of conveyancing fraud, asks PEXA to delete the couple's bank details after completion "
  "(erasure) and, if it must keep them, why, how long and who sees them (informed). Writing for herself and her "
  "husband as joint sellers is not third_party. No dissatisfaction.",
  "Our bank details after the sale",
  """We sold our house in Ripon in March and the proceeds were paid into our joint account through your platform. I have read in the paper about fraudsters getting hold of bank details from property sales, so I'd like to tidy things up now that it's all done.

[[erasure|Please delete our bank account details from your system, since the sale has completed and the money has been paid.]] [[informed|If there's a reason you have to keep them, could you explain what the reason is, how long they'll be kept and who else can see them?]]

The property was 4 Kirkby Mews, Ripon, and the sale completed on 21 March.""",
  W("con"),
  short=("Delete our bank details",
         "[[erasure|Our sale of 4 Kirkby Mews, Ripon has completed, so please delete our bank details from your system.]] [[informed|If you must keep them, tell me why, for how long and who can see them.]]"))

S("pexa", L(r="erasure,objection"),
  "Retiring conveyancer asks for her user account and personal details to be deleted (erasure) and her personal "
  "email taken off marketing (objection). Warm, not a complaint; staff writing for herself.",
  "Closing my user account - retirement",
  """After 31 years I'm retiring at the end of this month, and my firm has already taken me off our PEXA subscription, so I won't need my login again.

[[erasure|Once I've gone, please delete my user account and the personal details attached to it, such as my mobile number and the home address I gave for ID verification.]] I appreciate that records of the workspaces I acted on may have to stay for audit purposes, and I'm not asking you to change those.

[[objection|I also don't want my personal email to receive PEXA newsletters or event invitations, so please take it off anything you use for marketing.]]

It's been a pleasure working with your team over the years.""",
  W("pro", "greenhalghpike.co.uk", "Partner\nGreenhalgh Pike Solicitors"))

S("pexa", L(c=True, pd=True, r="informed,access,objection", cat="personal_data"),
  "A part-time fee earner finds PEXA 'insights' ranking her by activity sent to her managing partner: implicit complaint "
  "about unexpected use of her data (personal_data). Explain what is recorded and the basis (informed), a copy of the "
  "activity data (access), object to rankings (objection).",
  "User activity 'league table' sent to my managing partner",
  """Last week our managing partner circulated a PEXA 'adoption insights' report that ranks every fee earner at our firm by the number of workspaces opened, average time to settlement and number of 'late actions'. I'm at the bottom of the list, because I work three days a week and handle the probate sales, which are always slower. Nobody told me PEXA was building reports about individual users, and it has been embarrassing.

[[informed|Please explain what information you record about me as an individual user, what you use it for and on what legal basis you share it with my employer.]] [[access|I'd like a copy of the activity data you hold about me, so that I can see what the figures are based on.]] [[objection|I object to my activity being used to produce rankings or performance reports about me personally.]]

I'd appreciate a proper reply rather than a link to the privacy policy.""",
  W("pro", "ashdownbryce.co.uk", "Associate Solicitor\nAshdown Bryce LLP"))

S("pexa", L(c=True, r="automated_decision,informed", cat="process"),
  "Lender completions officer locked out by PEXA's risk engine on a busy day, staff unable to override: implicit "
  "complaint, category process (the automatic no-override rule). Asks a person to review (automated_decision) and "
  "what data flagged her (informed). Beacon is only her employer: null; personal_data false (grievance is the lock).",
  "Account locked by your fraud system on completion day",
  """I'm a completions officer at Beacon Home Finance. On Friday morning I logged in from my sister's flat in Lisbon, where my manager had agreed I could work for two days, and within minutes my account was suspended with the message 'Unusual activity - account restricted'. I had eleven redemptions due that day; a colleague had to take them over at the last minute and two still missed the afternoon cut-off.

When I rang, your support desk said the suspension was triggered automatically by the risk engine and that they couldn't override it, only raise a ticket. The account is still locked this Monday morning.

[[automated_decision|I want a person at PEXA to review the decision to lock my account, rather than leaving it to the system.]] [[informed|Please also tell me what information about me the system used to flag the login as suspicious.]]""",
  W("pro", "beaconhomefinance.co.uk", "Completions Officer\nBeacon Home Finance"))

S("pexa", L(r="informed,automated_decision"),
  "A conveyancer about to apply asks what data the ID check uses and where from (informed) and for a human review if the "
  "software declines her (automated_decision). Nothing has happened yet: not a complaint.",
  "Identity checks before I apply",
  """I'm setting up on my own as a licensed conveyancer in Shrewsbury and plan to apply to join PEXA next month. A colleague who applied last year told me the identity check is done by software and that it turned her down at first because her driving licence still had her maiden name on it.

Before I start, could you help with two things? [[informed|What personal information does the check use, and does it come only from what I upload or do you also get it from a credit reference agency?]] [[automated_decision|If the software declines me, I'd like the decision to be looked at by a member of your onboarding team rather than simply accepted.]]

Many thanks for your help.""",
  W("pro", "severnsideconveyancing.co.uk", "Licensed Conveyancer\nSevernside Conveyancing (in formation)"))

S("pexa", L(c=True, ex=True, r="access", cat="inaccurate_information"),
  "Explicit complaint that the support line gave a wrong lodgement cut-off, costing the client a day: "
  "inaccurate_information. She asks for the recording of her own call (access); the grievance is the advice, not "
  "data handling, so personal_data false.",
  "Complaint - advice from your support line on 4 March",
  """I'd like to make a complaint about advice I was given by your support line.

On 4 March I rang to check whether a discharge could be lodged the same afternoon if the lender's funds arrived after 2pm. The adviser told me clearly that it could, as long as the funds were received by 4pm. On the strength of that I told my client her sale would complete that day. It didn't: the lodgement was rejected as out of time, completion slipped to the next morning, and my client had to pay her removal firm for an extra day.

Your written reply to my colleague says the adviser 'would not have said that'. I'm confident of what I heard. [[access|Please send me the recording of my call on 4 March, which came in from our main number at about 11.40am.]]

I also expect PEXA to reimburse my client's £380 removal charge.""",
  W("pro", "quarrybankfirm.co.uk", "Conveyancing Executive\nQuarry Bank Law"))

S("pexa", L(c=True, pd=True, br=True, r="erasure,informed", cat="personal_data"),
  "A stranger keeps getting another buyer's settlement emails (address, funds date): a breach, and she is unhappy and "
  "wants it stopped: implicit complaint, personal_data. Remove her address (erasure), how it got on the file "
  "(informed). No participant firm is named as the culprit: null.",
  "I keep getting someone else's house purchase emails",
  """Since the beginning of April I have received five emails from PEXA about a property purchase that has nothing to do with me. They are addressed to a 'Mr Darren Collister', include the address of the house he is buying in Swindon and, in the latest one, the date his mortgage money is due. I'm not him and I've never bought anything through you. I assume someone typed my email address instead of his.

I replied to the first two but the emails keep coming. This poor man's details are going to a stranger, and I'm not comfortable having them.

[[erasure|Please remove my email address from your system so it can't be used for anyone else's transaction.]] [[informed|I'd also like to know how my address got onto his file in the first place.]] Please make sure he is told as well.""",
  W("con"),
  short=("Wrong person getting PEXA emails",
         "I keep being sent emails about a Mr Darren Collister's house purchase in Swindon, including when his mortgage money is due. I'm not him and this has happened five times now. [[erasure|Please remove my email address from your system.]] [[informed|And tell me how it got onto his file.]] He should be told too."))

S("pexa", L(r="portability"),
  "Landlord asks for the settlement details of two purchases as a CSV/spreadsheet for his accountant's software "
  "(portability). Neutral request; the conveyancer named is not complained about.",
  "Settlement figures in a spreadsheet?",
  """I bought two buy-to-let flats this year through Hartwell Conveyancing, who used your platform for both completions (Unit 4 and Unit 9, Foundry Court, Leeds). My accountant is setting up my property books in her software and has asked for the purchase figures.

[[portability|Could you send me the settlement details PEXA holds for me on both purchases in a spreadsheet or CSV file, so she can import them directly rather than keying them in?]] PDFs would mean typing everything out again.""",
  W("con"))

S("pexa", L(r="restriction,informed", tp=True),
  "Solicitor writes for a client escaping an abusive partner (third_party): limit who sees and uses her new address "
  "(restriction) and which users can see it and whether it has been shared (informed). Precautionary, not a complaint.",
  "Confidential - our client's address on workspace PX-8813025",
  """We act for Ms R in her purchase of a flat, which is due to complete through a PEXA workspace (reference PX-8813025) later this month. Ms R has left an abusive relationship and is protected by a non-molestation order. Her former partner works in mortgage administration for a lender that uses your platform. We have her written instructions and consent to write to you.

[[restriction|Please ensure that her new address and contact details are shown only to the parties to this workspace who strictly need them, and are not used in any notification that might reach anyone else.]] [[informed|Please could you also tell us which categories of user can currently see those details, and whether they have been shared outside the platform?]]

We would be grateful for a call before completion to discuss this; my direct line is below.""",
  W("pro", "kettlewellhart.co.uk", "Solicitor, Private Client\nKettlewell Hart Solicitors\nDD 01904 496 221"))

S("pexa", L(c=True, r="access", cat="delay", firm="ols"),
  "Buyer's completion is weeks late and Orchard Lane has gone silent: a consumer complaint about a participant firm "
  "(ols), category delay. She also asks PEXA itself for a copy of its data about her (access).",
  "Orchard Lane not answering + my information",
  """My purchase of 18 Chantry Close was meant to complete on 28 February. Orchard Lane Solicitors keep telling me it's 'waiting on PEXA' but won't say what that means, and they've now gone quiet altogether: four emails and two voicemails with no reply since 3 March. My mortgage offer runs out in three weeks.

I know you can't run my purchase for me, but I need to know where things actually stand. [[access|Please send me a copy of the information PEXA holds about me and my purchase, including anything Orchard Lane have entered into the workspace.]] If they've been telling me something that isn't true, I want to know.

Please can someone get back to me.""",
  W("con"),
  short=("Orchard Lane gone silent - 18 Chantry Close",
         "Orchard Lane Solicitors haven't replied to me since 3 March and my completion is weeks late; they just say it's 'waiting on PEXA'. [[access|Please send me a copy of what PEXA holds about me and my purchase.]] My mortgage offer expires soon, so please reply."))

S("pexa", L(r="access"),
  "A lender's data-protection team asks PEXA for a customer's data to answer his SAR: access asked on someone else's "
  "behalf (counts), but staff writing for their own firm, so third_party false (judgement). Not a complaint.",
  "Subject access request - customer Mr A Nowak, workspace PX-7730192",
  """Beacon Home Finance has received a subject access request from one of our mortgage customers, Mr Andrzej Nowak, whose remortgage settled through PEXA on 9 December (workspace PX-7730192). His request expressly covers data held by our service providers in connection with the remortgage.

[[access|Please provide us with a copy of all personal data relating to Mr Nowak held by PEXA in connection with that workspace, including audit trail entries, notifications sent to him and any identity verification records.]] We must respond to him by 2 May, so we would be grateful for the information by 25 April.

Please send it through the secure file transfer link we use for settlement reports rather than by email.""",
  W("dpo", "beaconhomefinance.co.uk", "Data Protection Team\nBeacon Home Finance"))

S("pexa", L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Conveyancer finds her photo, name and an invented quote in PEXA's brochure without being asked: implicit complaint "
  "about unexpected use of her data (personal_data). Object to marketing use (objection), delete the photos (erasure).",
  "My photo in your brochure",
  """A client showed me your new 'Settle with confidence' brochure yesterday and there I am on page 6, photographed at one of your user events last autumn, with my name and a quote I don't remember giving. I was never asked whether I minded being used in your advertising, and I wouldn't have agreed. I work in a small town and I don't want clients assuming I'm paid to promote you.

[[objection|I object to my name, photograph and words being used in any of your marketing.]] [[erasure|Please delete the photographs of me taken at that event and remove me from the brochure and the website.]]

I'd like to know by the end of next week what you're going to do about it.""",
  W("pro", "wolds-legal.co.uk", "Solicitor\nWolds Legal, Driffield"))

S("pexa", L(r="access,informed,portability,automated_decision"),
  "A seller sends a template Article 15/20/22 letter: copy (access), purposes/recipients/retention/source (informed), "
  "machine-readable data (portability), human reconsideration of any automated decision (automated_decision). "
  "Formal but neutral: not a complaint.",
  "Data Subject Access Request - Article 15 UK GDPR",
  """I am writing to make a request under the UK General Data Protection Regulation. I was the seller in a property sale that completed through your platform in 2025 (14 Beech Hollow, Kendal).

[[access|Under Article 15, please provide a copy of all personal data you hold about me.]] [[informed|Please also provide the purposes of the processing, the recipients to whom my data has been disclosed, the period for which it will be stored, and the source of any data you did not collect from me.]] [[portability|Where I provided the data to you, or it was generated by my use of your services, please provide it in a structured, commonly used and machine-readable format under Article 20.]] [[automated_decision|If any decision about me was made solely by automated means, including fraud or identity screening, I ask that it be reconsidered by a person under Article 22.]]

I understand you have one month to respond. I enclose a copy of my passport as proof of identity.""",
  W("con"))

S("pexa", L(r="rectification,restriction"),
  "Building society team leader's personal mobile shows on her profile to other participants: change it to the team line "
  "(rectification) and hide it meanwhile (restriction). 'Which is fine': not a complaint. Kestrel is only her employer.",
  "Contact number on my profile",
  """When my user account was set up, my personal mobile number was entered as my contact number, and it shows against my name in the participant details that other firms see on the workspaces I work on. I've had a couple of evening calls from other firms' staff, which is fine, but it's not really the number they should have.

[[rectification|Could you please change the contact number on my profile to our team's direct line, 0161 496 0538?]] [[restriction|Until that change is made, please could you hide my mobile number from other participants?]]

Thanks very much.""",
  W("pro", "kestrelbs.co.uk", "Redemptions Team Leader\nKestrel Building Society"))

S("pexa", L(r="informed,access"),
  "A remortgagor writing in a second language asks what PEXA receives about her, from whom and why (informed) and for a "
  "copy (access). 'I don't have problem': not a complaint.",
  "question about PEXA and my information",
  """My bank sent me letter that my remortgage will be completed with PEXA system. I did not give to PEXA my informations myself, so I want to understand it. [[informed|Please can you explain me what informations about me you receive, from who, and for what reason you keep it?]] [[access|Also please send me the copy of this informations.]]

I don't have problem with the remortgage, is only for my understanding.""",
  W("con"))

S("pexa", L(c=True, ex=True, pd=True, r="objection,erasure,informed", cat="personal_data"),
  "Explicit complaint that a face scan became compulsory to approve funds: the grievance is the collection of her "
  "biometric data, so personal_data and category personal_data. Objects (objection), wants the scan deleted "
  "(erasure) and where it is stored, who processes it, how long (informed).",
  "Formal complaint - compulsory face scan for login",
  """I wish to make a formal complaint about the new requirement for users to verify themselves with a face scan in the PEXA app before approving settlement funds.

I was given no choice: the option to use a code by text disappeared overnight, and the app told me I would not be able to sign anything until I completed the 'biometric setup'. With a completion that afternoon I had to go along with it, but I am not comfortable with a supplier holding biometric data about me for something a text code did perfectly well.

[[objection|I object to PEXA processing my biometric data and ask to be allowed to use a non-biometric method instead.]] [[erasure|Please delete the face scan and any template made from it.]] [[informed|Before you do, please tell me where it is stored, who processes it for you and how long you intended to keep it.]]""",
  W("pro", "carrickfell.co.uk", "Partner\nCarrick Fell Solicitors"),
  short=("Complaint: face scan",
         "I'm making a complaint about being forced to set up a face scan to approve funds. [[objection|I object to PEXA processing my biometric data and want a non-biometric option.]] [[erasure|Delete the scan and any template from it.]] [[informed|Tell me where it is held, who processes it and for how long.]]"))

S("pexa", L(r="access", tp=True),
  "An attorney son asks, on his father's behalf, for a copy of PEXA's data about the sale including the payee account "
  "(access); third_party. 'No suggestion anything has gone wrong': not a complaint.",
  "My father's house sale - Mr Leonard Pascoe",
  """I hold a lasting power of attorney for my father, Leonard Pascoe, who sold his bungalow at 7 Trewin Road, Truro in January before moving into a care home. His solicitors used PEXA for the completion.

We are putting his finances in order for the local authority's assessment and need to check exactly where the sale proceeds went and when. [[access|On his behalf, please send me a copy of the personal data PEXA holds about my father in connection with the sale, including the account details the proceeds were paid to.]] I attach a copy of the registered LPA and my own ID.

There's no suggestion anything has gone wrong; we just need a complete paper trail.""",
  W("con"))

S("pexa", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Terse buyer angry that PEXA emailed him unasked: implicit complaint about data obtained/used unexpectedly "
  "(personal_data). Who gave you my details and on what right (informed); object to non-essential use (objection). "
  "His solicitor is mentioned but not blamed, so null.",
  "who gave you my email",
  """Got an email from PEXA this morning asking me to 'verify my identity for settlement'. No idea who you are. I'm in the middle of buying a house but my solicitor never mentioned you and I certainly didn't give you my email.

[[informed|Who gave you my details and what gives you the right to email me?]] [[objection|I object to you using my details for anything beyond what is strictly needed.]] If this is a scam using your name I want to know.

Reply please.""",
  W("con"),
  short=("who gave you my email??",
         "[[informed|Who gave you my email address and what right do you have to use it?]] [[objection|I object to you using my details for anything you don't strictly need.]] Never heard of you and I want an answer."))

S("pexa", L(c=True, ex=True, pd=True, r="access,rectification,restriction", cat="personal_data"),
  "Explicit complaint: a PEXA incident report wrongly says a lender employee shared her credentials and triggered a "
  "disciplinary: inaccurate data held (personal_data). Copy of report and notes (access), correct it (rectification), "
  "don't send it on meanwhile (restriction). Writing for herself.",
  "Complaint about an incident report naming me",
  """I am making a complaint about a security incident report your team sent to my employer on 12 February.

The report says that I 'shared login credentials with a colleague' on 6 February, and my employer has started a disciplinary investigation on that basis. It is not true. I was on leave that day, and the login was made by my colleague using her own account after I had handed the case over. I believe your team read the audit log against the wrong user.

[[access|Please send me a copy of the incident report and every note, log entry and email PEXA holds that refers to me in connection with it.]] [[rectification|Please correct the report so that it no longer says I shared my credentials.]] [[restriction|Until that has been done, please do not send the report, or anything based on it, to anyone else.]]

My disciplinary hearing is on 3 March, so I need a response before then.""",
  W("pro", "northvalebank.co.uk", "Completions Administrator\nNorthvale Bank"))

# ---- PEXA: look-alikes (rights []) ---------------------------------------------------------------------------------

S("pexa", L(),
  "Look-alike: a law firm wants a CSV export of its own matter history for a new case system. Firm business records, "
  "not a data subject's portability request (judgement): rights [], not a complaint.",
  "Bulk export of our matter history",
  """We are moving to a new case management system in June and our IT supplier would like to import the history of our PEXA matters so that fee earners can see past completions in one place.

Could you tell us whether PEXA can provide an export of all workspaces our firm has created since we joined in 2022, in CSV or another structured format, with the workspace reference, property address, settlement date and status? If there is a charge for this, please let me know what it would be.

This is firm-level reporting for our own records, not a request about any individual.""",
  W("pro", "tillinghamlaw.co.uk", "Practice Manager\nTillingham & Co Solicitors"))

S("pexa", L(),
  "Look-alike: a buyer asks for 'access to the workspace' (a login), not access to her data. Curious, not a complaint.",
  "Can I get access to the workspace?",
  """My conveyancer said my purchase is 'in the PEXA workspace' and that I'll see the money move on the day. Is there a way for me to get access to the workspace myself so I can follow what's happening? I'm a bit of a control freak and would love to see the progress without having to ring them.

If buyers can't log in, no worries, I'll just keep asking them.""",
  W("con"),
  short=("workspace access for buyers?",
         "Can buyers get access to the PEXA workspace to follow their own purchase? Just curious, no problem if not."))

S("pexa", L(),
  "Look-alike: lender staff ask for a duplicate workspace to be deleted. Deleting a workspace is not erasure of "
  "personal data: routine service request, rights [].",
  "Please delete duplicate workspace PX-6620418",
  """I created workspace PX-6620418 by mistake this morning for a redemption that already had a workspace (PX-6620377), so there are now two for the same property. Could you please delete or archive the duplicate so the borrower's solicitor doesn't accept the invitation to the wrong one?

Nothing has been signed in the duplicate. Thanks for your help.""",
  W("pro", "kestrelbs.co.uk", "Redemptions Officer\nKestrel Building Society"))

S("pexa", L(c=True, cat="inaccurate_information", firm="kbs"),
  "Look-alike: a seller wants Kestrel's wrong redemption figure corrected before completion. A consumer complaint purely "
  "about the lender (kbs), inaccurate_information; 'correct the figure' is a financial figure, not rectification.",
  "Wrong figure - please correct before Friday",
  """I'm selling my house in Harrogate and the sale is meant to complete on Friday. Kestrel have put a redemption figure of £186,420 into the settlement, but my last annual statement and their own online banking both show about £171,000 outstanding. Nobody at Kestrel has been able to explain the difference, and my solicitor says she can only use the figure the lender gives.

If Friday goes wrong I lose my onward purchase. Please can this be looked into and the figure corrected before then? I've been on hold to Kestrel for most of today.""",
  W("con"))

S("pexa", L(),
  "Look-alike: a law firm updates its registered office, VAT number and billing contact. Organisation details, not a "
  "person's data: rights [], not a complaint.",
  "Change of registered office and VAT details",
  """We moved our registered office on 1 April. Please update the details on our PEXA subscription so that invoices from next month show our new address:

Fenwick Rowe LLP
Second Floor, 40 Quayside
Newcastle upon Tyne NE1 3DX

Our VAT number has also changed following our conversion to an LLP; the new number is GB 412 7730 58. Could you also change the billing contact from our former office manager to accounts@fenwickrowe.co.uk?""",
  W("pro", "fenwickrowe.co.uk", "Finance Director\nFenwick Rowe LLP"))

S("pexa", L(c=True, cat="fees_charges"),
  "Look-alike: a lender 'objects strongly' to a fee rise. Objection to a price, not to processing: implicit complaint "
  "(no 'complain'), fees_charges; Beacon is the sender, so null; rights [].",
  "Objection to the new settlement fee",
  """We have received notice that the per-settlement fee for remortgage workspaces will rise from £16 to £24 from 1 July. We object to this strongly. It is a 50% increase on six weeks' notice, it lands in the middle of our financial year, and nothing in the service we receive has changed to justify it.

We process around 900 remortgages a month through the platform. Please explain how the new fee has been calculated and confirm whether existing volume agreements will be honoured. We expect a reply before the change takes effect.""",
  W("pro", "beaconhomefinance.co.uk", "Head of Mortgage Operations\nBeacon Home Finance"))

S("pexa", L(auto=True),
  "Look-alike: a law firm compliance officer's out-of-office mentioning subject access and erasure requests. "
  "Auto-generated (auto headers): everything else empty.",
  "Automatic reply: Your data protection request DP-40117",
  """Thank you for your email. I am out of the office until Monday 14 April with limited access to email.

For urgent settlement matters please contact completions@whitcombelegal.co.uk or call 0113 496 0250. For data protection matters, including subject access and erasure requests, please write to dataprotection@whitcombelegal.co.uk and a colleague will pick it up.""",
  W("auto", "whitcombelegal.co.uk", "Compliance Officer\nWhitcombe Legal"),
  envs=["plain", "html"], headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"})

S("pexa", L(c=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "Look-alike: a buyer reports that Orchard Lane emailed her another client's passport: consumer complaint purely about a "
  "participant firm (ols) with a breach, personal_data; heavy data wording but no right asked of PEXA: rights [].",
  "Orchard Lane sent me another client's passport",
  """I'm buying through Orchard Lane Solicitors and my purchase is going through your system. Yesterday they emailed me what was supposed to be my signed transfer, but the attachment was a scan of another woman's passport and a utility bill with her address on it. I've no idea who she is.

I've told Orchard Lane twice and had no reply. I'm worried that if they can send me her documents, they could just as easily have sent mine to somebody else. Someone needs to look into this properly and tell me what is being done about it.""",
  W("con"))

# ---- Conexus: rights requested -------------------------------------------------------------------------------------

S("conexus", L(r="access"),
  "Debtor preparing for a debt-advice appointment asks for everything held incl. notes and recordings (access). "
  "Neutral, not a complaint; mentioning her adviser is not third_party.",
  "Request for my information - account CX-5091277",
  """I'm getting my paperwork together before I see a debt adviser at the Citizens Advice drop-in next month, and she suggested I ask each company for what they have on me.

[[access|Please send me a copy of all the personal information Conexus holds about me for account CX-5091277, including your account notes, copies of letters and any recordings of phone calls.]] Email is fine; if the recordings are too big to email, a download link would be best.

My date of birth is 22/07/1984 and my address is the one on your letters.""",
  W("con"),
  short=("Copy of my data - CX-5091277",
         "[[access|Please send me a copy of all the personal information you hold about me for account CX-5091277, including notes, letters and call recordings.]] Email is fine."))

S("conexus", L(r="portability,access", tp=True),
  "Debt adviser for a client (third_party) asks for the transaction history as CSV/Excel to load into casework software "
  "(portability) and copies of notes and letters (access). Not a complaint.",
  "Client Mr T Griffin - request for data, ref CX-3381905",
  """I am a debt adviser at Riverside Advice Centre and act for Mr Terence Griffin, whose signed authority is attached. We are preparing a full financial statement for him with a view to a debt relief order.

[[portability|Please send us Mr Griffin's transaction history for account CX-3381905 in a CSV or Excel file, so that we can load it straight into our casework system.]] [[access|We would also like a copy of the account notes and any correspondence you have sent him since the account was placed with you.]]

Please reply to this address, which is a secure shared mailbox.""",
  W("pro", "riversideadvice.org.uk", "Debt Adviser\nRiverside Advice Centre"))

S("conexus", L(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
  "Wrong person chased on his own number, and the caller disclosed a stranger's debt to him (breach): implicit complaint, "
  "personal_data. Where did you get my number (informed), delete it (erasure). 'Stop contacting' in the subject is context.",
  "Not me - stop contacting this number",
  """For about a month I've been getting calls and texts from your company asking for a 'Mr Kieran Dowd'. I don't know him. On Tuesday I finally answered and your caller, before checking who I was, told me he owed £2,140 to a mobile phone company and that it was 'now urgent'. That's his private business and I shouldn't have heard it.

I've had this number for six years. [[informed|Please tell me where you got my number from and why you linked it to him.]] [[erasure|Then delete my number from your records, because I have nothing to do with this debt.]]

I'd like confirmation that it's been done.""",
  W("con"),
  short=("Not Kieran Dowd",
         "Your caller told me a stranger's debt before even checking who I was. I'm not him and I've had this number for years. [[informed|Where did you get my number?]] [[erasure|Delete it from your records.]] Confirm when done."))

S("conexus", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "A woman whose name was changed by deed poll is still written to and called by her old name and title: implicit "
  "complaint about inaccurate data held (personal_data); correct name and title (rectification). Lumen is only the "
  "creditor: null. Names the writer, so only the address varies.",
  "My name and title on your letters",
  """I changed my name by deed poll in 2023 and told Lumen Water at the time, and they updated their records. But every letter I get from you is addressed to 'Mr' and my old name, and last week your agent used that name three times on the phone even after I corrected him. It is upsetting to be called that, and it makes every call harder than it needs to be.

[[rectification|Please change your records to show my name as Jodie Carrick and my title as Ms.]] I can send a copy of the deed poll if you need it.

I'd appreciate it if you could also make sure your staff use the right name from now on.""",
  W("con", person=("Jodie", "Carrick")))

S("conexus", L(c=True, ex=True, pd=True, r="access,rectification", cat="personal_data"),
  "Explicit complaint that account notes falsely call him abusive, which now blocks a reduced plan: inaccurate data "
  "held, personal_data. Recording and notes (access), correct the note (rectification).",
  "Complaint - what your notes say about me",
  """I want to complain about what has been written on my account.

When I rang on 8 January to ask for a month's grace while my Universal Credit was sorted out, the person I spoke to was short with me, but I kept my voice calm throughout. Now, whenever I call, I'm told the account is marked 'customer refused to engage - abusive on call' and that I can't be offered a reduced plan. That is not what happened, and it is affecting how I'm treated.

[[access|Please send me the recording of the 8 January call and a copy of all the notes on my account.]] [[rectification|When you have listened to it, please correct the note so it reflects what actually happened.]]""",
  W("con"),
  short=("Complaint - false note on my account",
         "I'm complaining because my account says I was 'abusive on call' on 8 January, which is untrue, and now I can't get a reduced plan. [[access|Send me the recording of that call and all the notes on my account.]] [[rectification|Then correct the note.]]"))

S("conexus", L(c=True, r="informed,restriction", cat="debt_dispute"),
  "Identity-fraud victim disputes a debt Conexus is pursuing: implicit complaint, debt_dispute; the dispute is put to "
  "Conexus, which can hold collection, and the creditor is not blamed, so null (judgement). Source and basis "
  "(informed); don't use her details meanwhile (restriction). 'Put on hold' is context.",
  "Account in my name that I never opened",
  """Your letter of 3 March says I owe £1,870 on a home shopping account with Brightwell Direct, opened in May 2022. I have never had an account with Brightwell. The address on the account is a flat in Croydon where I have never lived, although the name and date of birth are mine. I have reported this to Action Fraud (reference NFRC260314882).

[[informed|Please tell me where your information about me on this account came from and on what basis you are using it.]] [[restriction|Until the fraud investigation is finished, please do not use my details to collect this debt or pass them to anyone else.]]

I'd like written confirmation that the account has been put on hold and that you accept I'm disputing it.""",
  W("con"))

S("conexus", L(r="informed,objection,automated_decision"),
  "A paying debtor who read the privacy notice asks which CRAs and what legitimate interest (informed), objects to "
  "likelihood-to-pay profiling (objection), wants any score-driven decision taken by a person (automated_decision). "
  "'This isn't a complaint': not a complaint.",
  "Scoring and profiling on account CX-7712046",
  """I'm currently paying £60 a month on the above account under an agreed plan, and I intend to keep doing so. I read in your privacy notice that you use 'behavioural and credit reference data to predict customers' likelihood to pay' and to choose 'collection strategies'.

[[informed|Could you tell me which credit reference agencies you obtain data about me from, how often, and what legitimate interest you rely on for that scoring?]] [[objection|I object to my data being used for that kind of profiling while my plan is being kept up, since it isn't needed to administer an arrangement I'm paying.]] [[automated_decision|If any decision about my account, such as a referral to solicitors, would be taken automatically on the strength of a score, I want a person to make it instead.]]

This isn't a complaint, I'd just like to understand the position.""",
  W("con"))

S("conexus", L(c=True, r="automated_decision,informed", cat="collection_conduct"),
  "The website's plan tool rejected a £25 offer in seconds and demanded £95: implicit complaint about how the debt is "
  "pursued (collection_conduct). A real person to decide (automated_decision), how £95 was worked out (informed).",
  "Your website rejected my payment offer",
  """Last night I used the payment plan tool on your website to offer £25 a month on my Lumen Water arrears. I filled in every part of the income and expenditure form honestly, and within seconds it said my offer was 'below the acceptable level' and that I must pay £95 a month or 'face further action'. There was no way to speak to anyone and no explanation. £95 would leave me unable to pay my rent.

[[automated_decision|I want a real person to look at my figures and decide, not the website.]] [[informed|Please also explain how the website worked out that £95 was affordable for me.]]

I'm trying to do the right thing here and it feels like I'm being pushed into something I can't keep up.""",
  W("con"),
  short=("Payment offer refused by website",
         "Your website turned down my £25 offer in seconds and demands £95 a month, which I can't afford. [[automated_decision|I want a real person to decide, not the website.]] [[informed|And explain how it decided £95 was affordable.]]"))

S("conexus", L(c=True, ex=True, r="automated_decision,access", tp=True, cat="collection_conduct"),
  "Money adviser's formal complaint (third_party): the client was auto-referred to litigation despite an agreed hold. "
  "collection_conduct. Staff review of the referral (automated_decision), notes and data behind it (access).",
  "Complaint - Ms Paula Venn, CX-4029183 - litigation referral",
  """We act for Ms Paula Venn (authority previously supplied). I write to make a formal complaint on her behalf.

On 11 April we sent you a full financial statement showing that Ms Venn has a negative budget and asked you to hold the account for 60 days while we explored insolvency options. You acknowledged it on 12 April. On 19 April she received a letter saying her account had been 'selected for referral to our litigation partner'. When I called, your agent told me that referrals are generated by the system from account scores each week and are not reviewed by staff.

[[automated_decision|We ask that the decision to refer Ms Venn's account be reviewed by a member of staff, taking our financial statement into account.]] [[access|Please also send us a copy of the account notes and the data the referral was based on.]]

Please confirm that no proceedings will be issued while the complaint is being considered.""",
  W("pro", "hearthdebtadvice.org.uk", "Money Adviser\nHearth Debt Advice"))

S("conexus", L(r="portability"),
  "Debtor asks for the I&E figures she entered on the portal as CSV/spreadsheet to upload to another agency "
  "(portability). Neutral, not a complaint.",
  "Can I have my budget figures as a file?",
  """Last month I completed the income and expenditure form on your portal for account CX-6150398, and we agreed a plan. I've now had a letter from another collection agency about a different debt, and they want the same kind of form filled in on their website.

[[portability|Could you send me the figures I entered on your form as a spreadsheet or CSV file, so I can upload them to the other agency instead of typing it all out again?]]

It's a long form and I'd rather not make mistakes second time round.""",
  W("con"),
  short=("I&E as a spreadsheet",
         "[[portability|Please send me the income and expenditure figures I entered on your portal as a CSV or spreadsheet so I can upload them to another agency's site.]] Ref CX-6150398."))

S("conexus", L(r="portability,rectification"),
  "Debtor moving to a DMP asks for history sent to the provider in CSV (portability, direct transmission) and his "
  "address updated (rectification). Not a complaint; the DMP firm is not complained about.",
  "Moving to a debt management plan - account CX-2718840",
  """I've signed up for a debt management plan with Clearway Debt Solutions and they'll be in touch with you about payments from next month.

[[portability|Please send my payment history and account details to Clearway in electronic form (they've asked for CSV) so they can set up the plan on their system.]] Their email is dmp.onboarding@clearwaydebt.co.uk and my customer number with them is CW-448201.

[[rectification|Also, you still have my old address in Gillingham on your letters, so please update it to 22 Orchard Walk, Rainham, ME8 7QJ.]]""",
  W("con"))

S("conexus", L(r="erasure,restriction"),
  "Account settled in 2019: delete what you hold (erasure) and keep anything legally required only for that purpose "
  "(restriction). Beacon named only as creditor. Not a complaint.",
  "Old account - settled 2019",
  """I paid off my account with you in full in August 2019 (your reference was CX-1190374, for a Beacon credit card), and I haven't heard from you since, which is how I like it.

[[erasure|As the account has been closed for more than six years, please delete the personal data you still hold about me.]] [[restriction|If there is anything you are legally obliged to keep, please make sure it is only kept for that purpose and not used for anything else.]]

A short email confirming what you've done would be great.""",
  W("con"),
  short=("Please delete my old data - CX-1190374",
         "[[erasure|My account was paid off in August 2019, so please delete the personal data you hold about me.]] [[restriction|Anything you must keep by law, please keep only for that purpose.]] Thanks."))

S("conexus", L(c=True, pd=True, r="objection,access", cat="personal_data"),
  "Debtor learns calls are scored by emotion-detecting speech analytics and is unhappy: implicit complaint about "
  "unexpected use of data (personal_data). Objects (objection), wants the scores and flags (access).",
  "Voice analysis on my calls",
  """When I rang you yesterday the recorded message said calls 'may be analysed using speech analytics to help identify customers who may need extra support'. I asked the agent what that meant and she told me software listens for stress and emotion in the customer's voice and gives the call a score. I had no idea that was happening on the four or five calls I've made this year, and I'm not happy about a computer rating how upset I sound.

[[objection|I object to my calls being analysed in this way.]] [[access|Please send me whatever scores, flags or notes the analysis has produced about me.]]

I'd like a written answer, not a phone call.""",
  W("con"))

S("conexus", L(c=True, pd=True, br=True, r="informed,erasure", tp=True, cat="personal_data"),
  "MP's caseworker (third_party): Conexus messaged the constituent's sister on Facebook naming the debt (breach) though "
  "she was in contact: complaint about data obtained and disclosed, personal_data. How found and on what basis "
  "(informed), delete social-media data (erasure). Lumen named only as creditor.",
  "Constituent Mrs Dawn Ellison - contact through Facebook",
  """I am writing on behalf of Mrs Dawn Ellison of Beverley, who has asked Mr Gareth Lowes MP for help and whose signed consent is attached.

Mrs Ellison tells us that on 14 May someone from Conexus sent a Facebook message to her sister asking her to pass on a message about 'Dawn's outstanding balance with Lumen Water' and to give Conexus her current phone number. Her sister knew nothing about the debt. Mrs Ellison had been corresponding with Conexus by letter throughout, so there was no need to look for her.

[[informed|On her behalf, please explain how Conexus identified her sister and found her Facebook account, and on what basis social media is used to trace customers.]] [[erasure|Mrs Ellison also asks that any information Conexus has taken from her own or her family's social media profiles be deleted.]]

Mr Lowes would be grateful for a full response within 20 working days.""",
  W("pro", "parliament.uk", "Senior Caseworker\nOffice of Gareth Lowes MP"))

S("conexus", L(c=True, ex=True, r="access,portability,informed", tp=True, cat="collection_conduct"),
  "Solicitor's formal complaint about call frequency and timing (third_party, collection_conduct). Copies incl. call "
  "logs and recordings (access), logs as CSV to analyse (portability), where the numbers came from (informed).",
  "Our client Mr Nikhil Shah - formal complaint and data request",
  """We are instructed by Mr Nikhil Shah in relation to your collection of a disputed telecoms balance (your reference CX-8830561). His signed authority is enclosed.

Between 2 and 23 February Mr Shah received 41 calls from numbers associated with Conexus, including calls before 8am and after 9pm, and the calls continued after he asked in writing on 9 February to be contacted by email only. Mr Shah wishes to complain formally about the frequency and timing of these calls.

[[access|Please provide copies of all personal data relating to Mr Shah, including call logs, call recordings and agent notes.]] [[portability|The call logs should be supplied in a structured electronic format such as CSV so that we can load them into our own analysis.]] [[informed|Please also confirm where you obtained the two mobile numbers you have called, as one of them is a work phone he has never given to any creditor.]]

We look forward to your response within the applicable time limits.""",
  W("pro", "brantwoodlegal.co.uk", "Solicitor, Consumer Litigation\nBrantwood Legal LLP"))

S("conexus", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Son with his father's name is being linked to his father's loan via a wrong date of birth: implicit complaint about "
  "inaccurate data (personal_data). Correct the DOB (rectification), stop using his details meanwhile (restriction). "
  "Names the writer, so only the address varies.",
  "You've got me mixed up with my dad",
  """My dad and I have the same name, Owen Price, and we lived at the same address until 2020. Your letters about a loan account are meant for him, but your records must have my date of birth on them, because your agent read it back to me on the phone as a security check. Dad was born in 1958; I was born in 1989. I have never had a loan with this lender.

[[rectification|Please correct the date of birth on the account so it's his, not mine.]] [[restriction|Until you've sorted it out, please stop using my details on the account at all.]]

I'm applying for a mortgage this summer and I'm worried this will show up against me.""",
  W("con", person=("Owen", "Price")))

S("conexus", L(r="access,informed"),
  "Text-speak debtor wants everything held incl. recordings (access) and who gave them his new address (informed). "
  "'not kicking off': not a complaint.",
  "my info",
  """hi, [[access|can u send me a copy of everything u have on me, call recordings, letters, notes, the lot]]. ref is CX-9907315.

[[informed|also who gave u my new address, i only moved in march]]. not kicking off just want to see it""",
  W("txt"))

S("conexus", L(c=True, r="erasure", cat="collection_conduct"),
  "Letters kept coming after the account was recalled to Lumen Water: implicit complaint about contact "
  "(collection_conduct); Lumen only named, so null. Delete my details (erasure) is asked alongside a non-data "
  "grievance, so personal_data false (guide rule 12).",
  "Account went back to Lumen Water in January - why are you still writing?",
  """In January you wrote to tell me my account had been handed back to Lumen Water and that you would no longer be collecting it. I've since agreed a plan with Lumen directly and I'm paying them. But I've had two more letters and a text from you since, the latest on 2 April saying I'm 'in arrears' and should call you urgently. It really frightened me because I thought I'd done something wrong.

[[erasure|As you're not collecting this any more, please delete my details from your system.]] And please explain why the letters carried on after you said you'd stopped.""",
  W("con"),
  short=("Still getting letters after recall",
         "You told me in January the account went back to Lumen Water, but your letters keep coming and the latest says I'm in arrears. [[erasure|You're not collecting this, so please delete my details.]] Why haven't the letters stopped?"))

S("conexus", L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
  "A debtor's partner was written to and her income used in his assessment without her agreement: implicit complaint "
  "about data obtained and used unexpectedly (personal_data). Delete her details (erasure), don't use her income "
  "meanwhile (restriction). Writes for herself: not third_party.",
  "My details on my partner's account",
  """My partner has an account with you for an old energy bill, and when he agreed his payment plan on the phone in February he mentioned that he lives with me. I've now had a letter from you addressed to me by name, at our home, asking me to 'support Mr Lowry with his repayments' and saying that my income had been 'taken into account in the household assessment'. I have never spoken to you, I'm not responsible for his debt, and I didn't agree to my income being used for anything.

[[erasure|Please delete my name and any details about me from his account.]] [[restriction|Until that's done, don't use my income in any assessment of what he can pay.]]

I'd also like an apology for that letter.""",
  W("con"))

S("conexus", L(r="rectification"),
  "Newly married debtor asks for name and email to be updated (rectification). The paper statement she also asks for "
  "is a routine service request, not access (judgement). Not a complaint. Names the writer.",
  "Change of name and email - CX-3362014",
  """I got married in May and my surname has changed from Moffat to Achebe. [[rectification|Please update my name on account CX-3362014 to Mrs Rosalind Achebe and my email address to this one.]] I've attached a copy of the marriage certificate.

While you're at it, could you post me a paper statement of the account? My payments go out on the 1st as usual and I'll keep them going.""",
  W("con", person=("Rosalind", "Achebe")))

S("conexus", L(r="objection,informed"),
  "Debtor writing in a second language, already on a plan, objects to sharing with 'partner organisations' for offers "
  "(objection) and asks which companies and what data (informed). Not a complaint.",
  "Letter about water bill, reference CX-5520936",
  """I am writing about letter from you for water bill debt, reference CX-5520936. I will pay, I already call to your colleague and we make plan.

But in your letter is written that you 'may share information with partner organisations to offer products which may help'. [[objection|I do not agree that you give my information to other companies for offers or advertising.]] [[informed|Please write me which companies are these partner organisations and what information you give them.]]""",
  W("con"))

S("conexus", L(r="access,informed", tp=True),
  "Claims firm's template DSAR for a client (third_party): copy of everything (access); sources and whether automated "
  "decisions/profiling were applied (informed: asking WHETHER, not asking for a person, so not automated_decision).",
  "DSAR on behalf of our client - Mr Craig Tolland",
  """We are instructed by Mr Craig Tolland, date of birth 03/10/1979, of 15 Ashgrove Crescent, Paisley, to investigate possible claims in relation to accounts collected by your firm. A signed letter of authority and copy identification are attached.

[[access|Please provide a copy of all personal data you hold relating to our client, including account statements, correspondence, call recordings, agent notes and any data received from the original creditor.]] [[informed|In addition, please state the source of each item of data you did not obtain from our client, and whether any automated decision-making, including profiling, has been applied to his accounts.]]

Please send your response to this email address within one calendar month.""",
  W("pro", "clearpathclaims.co.uk", "Case Handler\nClearPath Claims Ltd"))

S("conexus", L(c=True, ex=True, pd=True, r="access", cat="delay"),
  "Explicit chaser: a SAR unanswered after eight weeks. Category delay (guide rule 6, every 'still waiting' chaser) "
  "but personal_data true because a data-rights request was ignored (judgement). Re-asks for a copy (access).",
  "SAR sent 3 February - still nothing",
  """I sent you a subject access request by email on 3 February and by recorded post on 5 February. It is now 28 March, well past the one month you have to reply, and I have had nothing back: no acknowledgement, no request for ID, nothing.

I am now making a complaint about this. [[access|I'm asking again: send me a copy of all the personal data you hold about me, including your notes and call recordings, for account CX-6627513.]]

If I haven't heard anything in 14 days I'll be going to the Information Commissioner.""",
  W("con"), no_quote=True,
  short=("SAR overdue - complaint",
         "My subject access request of 3 February has had no reply at all, eight weeks on. I'm making a complaint. [[access|Send me a copy of all the personal data you hold about me for CX-6627513, notes and call recordings included.]]"))

# ---- Conexus: look-alikes (rights []) ------------------------------------------------------------------------------

S("conexus", L(tp=True),
  "Look-alike: a daughter writes for her hospitalised mother (third_party) asking for the account to be held and for "
  "letters only. Holds and contact preferences are conduct requests, not restriction/objection: rights [], not a "
  "complaint.",
  "My mum - account CX-4410029 - in hospital",
  """I'm writing for my mum, Mrs Irene Calloway, who is in hospital after a fall and is likely to be there for a few weeks. She asked me to let you know, as she's worried about missing her payment on the 15th.

Could you put her account on hold until she is home, and after that contact her by letter only rather than by phone, as she's quite hard of hearing? I'm happy to be contacted in the meantime on this email.

Thank you for understanding.""",
  W("con"))

S("conexus", L(c=True, cat="fees_charges"),
  "Look-alike: 'remove the £45 charge' and 'tell me what it was for' concern a fee, not data: implicit complaint, "
  "fees_charges, rights [].",
  "Remove the £45 charge please",
  """Your statement this month shows a £45 'administration charge' added on 6 May. I've paid every month on time since the plan started and nobody told me there would be any charges. Please remove it from my balance and tell me what it was for, because it wasn't in the letter I agreed to.""",
  W("con"),
  short=("£45 charge",
         "Please take the £45 admin charge off my balance. Nobody told me about any charges and I've never missed a payment."))

S("conexus", L(),
  "Look-alike: a section 77-78 Consumer Credit Act request for the agreement and a statement is not a UK GDPR access "
  "request; neutral, not yet a dispute: rights [], not a complaint.",
  "Request under sections 77-78 Consumer Credit Act 1974",
  """I have received your letter about account CX-8140277, which you say relates to a credit card with an original creditor I don't recognise. I don't remember having this card.

Before I discuss the account, please provide a true copy of the executed credit agreement under section 78 of the Consumer Credit Act 1974, together with a statement of account showing how the balance has been reached. I will pay the £1 statutory fee if you tell me how.""",
  W("con"))

S("conexus", L(auto=True),
  "Look-alike: a bounce of Conexus's own subject access response (mistyped address). Auto-generated: all else empty.",
  "Undeliverable: Your subject access request - CX-2094518",
  """Delivery has failed to these recipients or groups:

l.farrant1982@hotmaill.co.uk
The domain you attempted to deliver to doesn't exist. Check the address and try again.

Diagnostic information for administrators:
Generating server: mx2.conexus.co.uk
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Subject: Your subject access request - CX-2094518
From: Conexus Data Protection""",
  W("raw", fixed=["Mail Delivery Subsystem <MAILER-DAEMON@mx2.conexus.co.uk>",
                  "Microsoft Outlook <postmaster@conexus.co.uk>"]),
  envs=["plain", "html"], headers={"return-path": "<>", "auto-submitted": "auto-replied"})

S("conexus", L(),
  "Look-alike: a creditor client instructs Conexus to return and delete its placed accounts at contract end. A "
  "controller's instruction under contract, not a data subject's erasure (judgement): rights [], not a complaint.",
  "End of placement contract - return and deletion of account data",
  """As you know, our collections agreement with Conexus ends on 30 June and Lumen Water will not be renewing it. Under clause 14 of the agreement, please return all open accounts to us by 15 July in the agreed file format, and then securely delete the customer data we placed with you, apart from anything you are legally required to keep.

Please send us a certificate of deletion once this is complete, and confirm who will be our point of contact for the handover.

Thank you for your work on the portfolio over the last four years.""",
  W("pro", "lumenwater.co.uk", "Head of Credit Control\nLumen Water"))

S("conexus", L(tp=True),
  "Look-alike: an insolvency practitioner (third_party) notifies an IVA and asks Conexus to cease contact. A conduct "
  "request, not objection: rights [], not a complaint; Beacon named as creditor only.",
  "Notice of IVA - Mr Barry Quinlan - your ref CX-5867120",
  """We write to notify you that Mr Barry Quinlan entered into an Individual Voluntary Arrangement on 2 June, approved at the creditors' decision procedure. The debt you are collecting on behalf of Beacon Home Finance is included in the arrangement.

Please cease all contact with Mr Quinlan about this debt and direct any correspondence to us as his supervisors. Beacon will receive dividends through the arrangement in the usual way.

A copy of the notice of approval is attached.""",
  W("pro", "hartmoorinsolvency.co.uk", "Insolvency Administrator\nHartmoor Insolvency Practitioners"))

S("conexus", L(c=True, cat="platform_defect"),
  "Look-alike: 'can't access my online account' and 'details do not match our records' are a login failure, not access "
  "or rectification: implicit complaint, platform_defect, rights [].",
  "Can't access my online account",
  """For the last week I haven't been able to access my account on your website. Every time I enter my reference and date of birth it says 'details do not match our records', even though I'm copying them straight from your letter. I've tried on my phone and on my laptop. Your phone line is an hour's wait, and meanwhile the payment I wanted to make on the 1st is now late.

Please sort out the login, and make sure I'm not charged for the late payment, because this isn't my fault.""",
  W("con"),
  short=("login not working",
         "Your site keeps saying my details don't match your records, so I can't access my account or pay. Please fix it and don't charge me for the late payment."))


if __name__ == "__main__":
    sys.exit(main())
