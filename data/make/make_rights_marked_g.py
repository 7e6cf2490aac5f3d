#!/usr/bin/env python3
"""Make data/trials/rights_marked_g.jsonl: hand-written complaints@ mail for the two mailboxes ("pexa", a
conveyancing settlement platform, and "conexus", a debt collection agency) in which people ask for UK GDPR data
rights, mostly in plain everyday words, plus look-alikes that ask for no right at all (author G's set).

What it makes. About 105 scenarios (roughly half per mailbox), about 220 emails. Author G's voice: terse and direct;
many phone-typed messages (lower case, little punctuation, "pls", "u"); writers whose first language is not English
(dropped articles, odd word order); people writing FOR someone else (a son, a daughter, a carer, a friend, a money
adviser, a support worker); short chasers; messages that mix a grievance with a request; and a few long rambling
ones where the request is a single sentence in the middle. Rights are labelled by the labelling guide
(/work/shared/labelling/labelling-guide.md, rule 14 and its table): access (a copy), rectification (correct /
update), erasure (delete my data), restriction (don't use / show it until ...), portability (a machine-readable
file to load elsewhere), objection (marketing, profiling, research), automated_decision (a person, not the
system) and informed (source, purpose, basis, sharing, retention). About a quarter of the scenarios are
look-alikes with rights [] (deleting an e-mail or attachment, access to a login or portal, "stop calling me",
changing a completion or payment date, a copy of a contract or statement, a question about the debt, an update on
progress, privacy words in a disclaimer, a collection hold, a creditor's own report request). Every scenario has
the full label set by the guide, a one-sentence `note` giving the deciding rule, and a source id rmg-sNNN.

How. In a scenario body every sentence or clause that asks for a right is written inline as [[right|sentence]];
rendering strips the markers and records each marked text verbatim in `request_sentences` (HTML-escaped as in its
<p> for HTML bodies). Each scenario is rendered 2 (sometimes 3) times with a different sender name and address,
greeting and sign-off, and one envelope each: plain; HTML (labelled_mail.html_with_quote); an earlier reply from
the firm quoted below; 1-2 letter-edit typos outside the marked sentences (edit_words; never in words containing
"compl"); everything in lower case (phone-typed writers only); a phone footer or a legal disclaimer; or a
hand-written short version with the same labels. Records carry `train_labels: ["rights"]` (only the rights are
trained from this set; the other labels are still set by the guide and checked). The records are shuffled,
numbered rmg-0001... and checked with labelled_mail.marked_record_errors via shuffle_number_check, which refuses to
write if any record fails; every marked sentence is also asserted to lie in the new (unquoted) text. Stdlib only;
one random.Random(20261221) drives every choice, so the output is byte-identical run to run.

Usage:  python data/make/make_rights_marked_g.py   (writes data/trials/rights_marked_g.jsonl)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_mail import (FIRM_NAMES, finish_marked_record, marked_record_errors, marks_of, run_generator,  # noqa: E402
                           short_labels, strip_marks, typos_outside_marks)

SEED = 20261221
PREFIX = "rmg"
OUT = os.path.normpath(os.path.join(HERE, "..", "trials", "rights_marked_g.jsonl"))
L = short_labels
MARK = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")
FIRM = FIRM_NAMES

UK_NAMES = [
    ("Jade", "Rowntree"), ("Kevin", "Ashby"), ("Shona", "McAllister"), ("Darren", "Pickles"), ("Leanne", "Cartwright"),
    ("Ben", "Hollins"), ("Sarah", "Ingleby"), ("Craig", "Munday"), ("Natalie", "Fenwick"), ("Dean", "Spurling"),
    ("Amy", "Threlfall"), ("Jason", "Copley"), ("Gemma", "Ridsdale"), ("Lee", "Batty"), ("Kerry", "Onions"),
    ("Paul", "Hebden"), ("Zoe", "Maskell"), ("Ryan", "Tolley"), ("Donna", "Sheard"), ("Mark", "Lumb"),
    ("Hayley", "Crowther"), ("Wayne", "Eccles"), ("Becky", "Holmshaw"), ("Tom", "Garside"), ("Lisa", "Wragg"),
    ("Aisha", "Begum"), ("Imran", "Hussain"), ("Marcia", "Campbell"), ("Delroy", "Francis"), ("Priti", "Solanki"),
    ("Chidi", "Eze"), ("Rhiannon", "Pugh"), ("Iain", "Urquhart"), ("Fern", "Oakes"), ("Joel", "Brannigan"),
    ("Abi", "Kettle"), ("Sean", "Rafferty"), ("Holly", "Duckworth"), ("Nathan", "Sykes"), ("Carys", "Rees"),
]
NN_NAMES = [
    ("Mariusz", "Zielinski"), ("Agnieszka", "Nowak"), ("Ionut", "Popescu"), ("Elena", "Dumitru"), ("Luis", "Fernandes"),
    ("Ana", "Costa"), ("Giorgos", "Papadakis"), ("Olena", "Kovalenko"), ("Dmytro", "Shevchuk"), ("Farhan", "Rahman"),
    ("Nasrin", "Akter"), ("Kemal", "Yilmaz"), ("Aylin", "Demir"), ("Tran", "Minh"), ("Hoang", "Lan"),
    ("Rasa", "Jankauskiene"), ("Tomas", "Kazlauskas"), ("Bogdan", "Ionescu"), ("Samira", "Haddou"), ("Abdi", "Warsame"),
    ("Kateryna", "Bondar"), ("Miguel", "Sanz"), ("Oksana", "Melnyk"), ("Arjun", "Nair"), ("Yusuf", "Osman"),
]
WEBMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com", "live.co.uk",
           "googlemail.com"]

GREET = {
    "mob": ["", "", "", "hi", "hello", "Hi"],
    "con": ["Hello,", "Hi,", "Dear Sir/Madam,", "Good morning,", "Dear {firm},", "Hi there,"],
    "nn": ["Dear Sir,", "Hello,", "Dear Madam or Sir,", "Good day,", "Dear {firm} company,", "Hello {firm},"],
    "pro": ["Hello,", "Hi,", "Good morning,", "Dear {firm} team,", "Dear Sir or Madam,", "Afternoon,"],
}
SIGNOFF = {
    "mob": ["", "thx", "thanks", "ta", "cheers", "Thanks"],
    "con": ["Thanks,", "Regards,", "Thank you,", "Kind regards,", "Many thanks,"],
    "nn": ["Regards", "Thank you very much", "Best regards", "With respect,", "Thank you"],
    "pro": ["Kind regards,", "Regards,", "Thanks,", "Best wishes,", "Many thanks,"],
}
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Sent from Outlook for Android",
                 "Sent from Yahoo Mail on Android", "Get Outlook for iOS"]
DISCLAIMERS = [
    "This e-mail may contain confidential information and personal data. If you have received it in error please tell "
    "the sender and delete it. We handle personal data in line with our privacy notice and the UK GDPR.",
    "IMPORTANT: the contents of this message are confidential and intended for the named recipient only. Our privacy "
    "notice explains how we use personal data and your rights to access, correct and erase it.",
    "Please consider the environment before printing this email. Messages sent to and from this address may be "
    "monitored and recorded. Personal data is processed in accordance with the Data Protection Act 2018.",
]
QUOTES = {
    "pexa": ("On 6 October 2026, PEXA Support wrote:",
             "Hi,\n\nThanks for contacting PEXA. Your request has been logged as SR-{ref}. One of the team will be in "
             "touch.\n\nPEXA Support"),
    "conexus": ("On 2 October 2026, Conexus Customer Care wrote:",
                "Dear customer\n\nThank you for contacting Conexus. Please quote your reference on all correspondence "
                "and allow up to 10 working days for a reply.\n\nConexus Customer Care"),
}


class W:
    """Who writes: kind mob|con|nn|pro|raw, an own domain (None: webmail), signature lines under the name, a fixed
    From for raw senders, and person=(first, last) when the text names the writer."""

    def __init__(self, kind, domain=None, sig="", fixed=None, person=None):
        self.kind, self.domain, self.sig, self.fixed, self.person = kind, domain, sig, fixed, person


MOB, CON, NN = W("mob"), W("con"), W("nn")
SCENARIOS = []


def S(mailbox, lab, note, subject, body, who, short=None, envs=None):
    """Register one hand-written scenario; short = (subject, body) of a short version with the same labels."""
    SCENARIOS.append(dict(sid=f"rmg-s{len(SCENARIOS) + 1:03d}", mailbox=mailbox, labels=lab, note=note,
                          subject=subject, body=body.strip("\n"), who=who, short=short, envs=envs))


# ---------------------------------------------------------------------------------------------
# rendering


def lower_text(text):
    """Everything in lower case except the right names inside the markers."""
    return MARK.sub(lambda m: f"[[{m.group(1)}|{m.group(2).lower()}]]", text.lower())


def sender(sc, rng, used):
    who = sc["who"]
    if who.kind == "raw":
        return who.fixed, None, None
    pool = NN_NAMES if who.kind == "nn" else UK_NAMES + NN_NAMES[:6]
    if who.person:
        first, last = who.person
    else:
        while True:
            first, last = pool[rng.randrange(len(pool))]
            if (first, last) not in used and last not in sc["body"] + sc["subject"] + who.sig:
                used.add((first, last))
                break
    lf, ll = re.sub(r"[^a-z]", "", first.lower()), re.sub(r"[^a-z]", "", last.lower())
    while True:
        if who.domain:
            addr = f"{[f'{lf}.{ll}', f'{lf[0]}{ll}', f'{lf}{ll[0]}'][rng.randrange(3)]}@{who.domain}"
        else:
            local = [f"{lf}.{ll}", f"{lf}{ll}{rng.randrange(70, 99)}", f"{lf[0]}{ll}", f"{ll}{lf[0]}{rng.randrange(1, 9)}",
                     f"{lf}_{ll}"][rng.randrange(5)]
            addr = f"{local}@{WEBMAIL[rng.randrange(len(WEBMAIL))]}"
        if addr not in used:
            used.add(addr)
            break
    return f"{first} {last} <{addr}>", f"{first} {last}", first


def render(sc, env, rng, used):
    frm, name, first = sender(sc, rng, used)
    who, mb = sc["who"], sc["mailbox"]
    greets, signs = GREET.get(who.kind, [""]), SIGNOFF.get(who.kind, [""])
    greet = greets[rng.randrange(len(greets))].format(firm=FIRM[mb])
    signoff = signs[rng.randrange(len(signs))]
    subject, core = sc["subject"], sc["body"]
    if env == "short":
        subject, core = sc["short"]
    if env == "typo":
        core = typos_outside_marks(core, rng, MARK, p_second=0.5)
    if env == "lower":
        subject, core = subject.lower(), lower_text(core)
        greet, signoff = greet.lower(), signoff.lower()
    subj_plain, core_plain = strip_marks(subject, MARK), strip_marks(core, MARK)
    if who.kind == "raw":
        body = core_plain
    elif env == "short":
        body = core_plain + ("\n\n" + first if core_plain else "")
    else:
        sign_name = first.lower() if (who.kind == "mob" and rng.random() < 0.4) else (
            first if who.kind == "mob" else name)
        parts = ([greet + "\n\n"] if greet else []) + [core_plain, "\n\n"]
        parts.append((signoff + "\n" if signoff else "") + sign_name + (("\n" + who.sig) if who.sig else ""))
        if env == "footer":
            pool = DISCLAIMERS if who.kind == "pro" else PHONE_FOOTERS
            parts.append("\n\n" + pool[rng.randrange(len(pool))])
        body = "".join(parts)
    return finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=subj_plain, body=body, html=env == "html",
        quote=QUOTES[mb] if env == "quote" else None, subject_marks=marks_of(subject, MARK),
        body_marks=marks_of(core, MARK), labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env)


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            pool = ["html", "quote", "typo", "footer"]
            if sc["who"].kind in ("mob", "con"):
                pool.append("lower")
            n_extra = 1 + (rng.random() < 0.12)
            extra = (["short"] + rng.sample(pool, n_extra - 1)) if sc["short"] else rng.sample(pool, n_extra)
            envs = ["plain"] + extra
        used = set()
        for env in envs:
            records.append(render(sc, env, rng, used))
    return records


def main():
    return run_generator(build, SEED, PREFIX, OUT, errors=marked_record_errors, summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {OUT}; envelopes {env}"))


# ---------------------------------------------------------------------------------------------
# SCENARIOS (hand-written). Markers: [[right|the sentence or clause that asks]].


# ---- PEXA: rights ------------------------------------------------------------------------------------------------

S("pexa", L(r="informed"),
  "A home buyer who has never heard of PEXA asks who gave it her email and what it is used for: informed; a neutral "
  "question, not a complaint.",
  "who are you",
  """got an email from pexa saying my purchase is 'ready to settle'. never heard of u before. [[informed|who gave u my email address and what r u using it for?]] is this legit or a scam""",
  MOB,
  short=("how did pexa get my email", "[[informed|who gave u my email and what do u use it for]]"))

S("pexa", L(r="rectification"),
  "A seller asks in non-native English for the misspelt surname in PEXA's system to be corrected: rectification; no "
  "dissatisfaction, so not a complaint.",
  "Wrong name spelling",
  """I am seller of flat 3, 19 Cardigan Road in Leeds. My solicitor tell me that in your system my surname is written with two letters wrong, Zielinsky and not Zielinski, and the bank documents must be same as passport. [[rectification|Please you correct the spelling of my name in your system before the completion day.]] Copy of passport is with my solicitor.""",
  NN)

S("pexa", L(c=True, pd=True, r="objection,erasure", tp=True, cat="personal_data"),
  "A son writes for his elderly mother (third_party), unhappy that her email, given for her house sale, is now getting "
  "PEXA marketing: implicit personal_data complaint; 'stop using it for marketing' is objection and 'delete it after "
  "the sale' is erasure.",
  "My mother's email - marketing",
  """Writing for my mum Mrs Irene Haworth, she is 84 and selling her bungalow in Skipton through Orchard Lane. Since her email went into your system for the sale she has had three emails from PEXA about 'homeowner insights' and a survey. She thinks she has to answer them and she gets upset. Nobody asked her if she wanted any of this, it's not on.

[[objection|She does not want her email used for any marketing or surveys, please stop it.]] [[erasure|Once the sale has completed she wants it deleted from your system altogether.]]

Pls reply to me, she has asked me to deal with it.""",
  CON)

S("pexa", L(c=True, r="automated_decision", cat="process"),
  "A conveyancer whose signing rights were suspended automatically by a risk rule after a log-in from abroad wants a "
  "person to review it: automated_decision; an implicit complaint about the rule (process), not about data handling.",
  "Suspended by your system - need a person to look",
  """I logged in from Lisbon on Monday to approve one document while on holiday and by Tuesday my signing rights were suspended. The message just says 'risk rule triggered'. No one has called me. I had to hand two completions to a colleague at the last minute.

[[automated_decision|I want someone at PEXA, not the risk engine, to review the suspension and decide whether it stays.]] I'd like that done today if possible.""",
  W("pro", "harlowbeck-law.co.uk", "Harlow Beck Solicitors"))

S("pexa", L(r="portability"),
  "A sole practitioner asks for his training records as a CSV to upload into his new firm's CPD system: portability; "
  "neutral request.",
  "training records csv",
  """moving firms next month. [[portability|pls send me my pexa training records as a csv or excel file so i can upload them into my new firm's cpd system.]] the pdf certificates are no good for that""",
  MOB)

S("pexa", L(r="erasure"),
  "A buyer asks in non-native English for her phone number to be deleted now her purchase is finished: erasure; not a "
  "complaint.",
  "Delete my number",
  """Hello, I bought the house in March and all is finished. [[erasure|I am asking you delete my phone number from your system.]] I do not need more messages about this purchase.""",
  NN,
  short=("delete my phone number", "[[erasure|purchase finished in march, please delete my phone number from your system]]"))

S("pexa", L(r="access,informed"),
  "A long rambling buyer's message about a stressful move, with two requests in the middle: a copy of what PEXA holds "
  "(access) and who it went to (informed); she says things are sorted now, so not a complaint.",
  "Some questions after our move",
  """We finally got the keys on Friday after what felt like six months of chasing everyone. The chain fell apart twice, our buyer's lender wanted a new valuation and the removal men turned up a day early, so it has been a lot. Our solicitor was fine in the end and I know most of it wasn't anything to do with you.

The thing is, until last month I had no idea PEXA existed, and now your name is on half the paperwork. [[access|Could you send me a copy of whatever information PEXA has about me from the purchase?]] [[informed|And I'd like to know who you passed it on to, the bank, the Land Registry, anybody else?]] I'm just trying to keep track of where our details have gone, because we've had a lot of calls from insurance people since.

Anyway the house is lovely and the kids have already picked their rooms. No rush on this.""",
  CON)

S("pexa", L(r="rectification,restriction"),
  "A conveyancer's profile shows her old work mobile, now a colleague's: 'change it' is rectification and 'don't show "
  "any number until it's done' is restriction; neutral, not a complaint.",
  "Mobile number on my user profile",
  """The mobile number on my user profile is my old work phone, which has gone to a colleague. Other firms keep ringing her looking for me.

[[rectification|Please change it to 07700 900 418.]] [[restriction|Until that is done, please don't show any phone number for me in workspaces at all.]]""",
  W("pro", "fellgatelaw.co.uk", "Conveyancing Executive, Fellgate Law"))

S("pexa", L(r="rectification,restriction"),
  "A buyer on a phone says PEXA has his house number wrong: 'change it' is rectification and 'don't send anything to "
  "12 till it's fixed' is restriction; no dissatisfaction expressed, not a complaint.",
  "wrong address",
  """ur system has my address as 12 Tanner Row not 21. [[rectification|change it pls]]. [[restriction|and dont send anything to number 12 till its fixed]]""",
  MOB,
  short=("address wrong 12 should be 21", "[[rectification|pls change my address to 21 Tanner Row]] [[restriction|and dont use 12 till its done]]"))

S("pexa", L(c=True, pd=True, r="objection", cat="personal_data"),
  "A lender's completions officer finds her name and photo in a PEXA customer story she never agreed to: implicit "
  "personal_data complaint (data used unexpectedly); 'I object to you using my name and photo for publicity' is "
  "objection.",
  "My photo in your 'customer stories'",
  """A colleague sent me the link to your 'customer stories' page this morning and there is my name, my job title and a photo from the conference in May, with a quote I don't remember giving. Nobody asked me.

[[objection|I object to PEXA using my name and photo for publicity of any kind.]] Please let me know today what you're doing about it.""",
  W("pro", "heathcotebank.co.uk", "Completions Officer\nHeathcote Bank"))

S("pexa", L(c=True, r="automated_decision", cat="onboarding"),
  "A new conveyancer's registration was auto-declined twice; she asks in non-native English for a human to check: "
  "automated_decision; implicit onboarding complaint.",
  "Registration declined two times",
  """I am new conveyancer in small firm in Bradford. Two weeks ago I register on PEXA and the system declined me after one minute, 'identity not verified'. I try again with driving licence, same answer. Nobody to speak. I cannot work on our files without this, my boss is not happy.

[[automated_decision|Please a human person check my documents, not the computer.]] Thank you for quick answer.""",
  NN)

S("pexa", L(c=True, r="automated_decision,informed", cat="process"),
  "A partner was flagged as a 'high-risk signer' by PEXA's automated check and her completion was held: she wants a "
  "named person to review it (automated_decision) and to be told what data about her was used (informed); implicit "
  "complaint about the rule, category process.",
  "High-risk signer flag - completion held",
  """Our completion on 4 Millbrook Lane was held for three hours yesterday because, according to your support desk, 'the system flagged you personally as a high-risk signer'. The buyers sat in the car outside with their children until 4pm.

I have signed over 900 workspaces without a problem. [[automated_decision|I want a named person at PEXA to review that decision about me, rather than leave it to the system.]] [[informed|Please also tell me what information about me the system used to reach it and where that information came from.]]""",
  W("pro", "greyfriarslaw.co.uk", "Partner, Greyfriars Law LLP"))

S("pexa", L(c=True, pd=True, r="access", cat="delay"),
  "A third chaser for a copy of everything PEXA holds, six weeks on: a still-waiting chaser, so an implicit delay "
  "complaint, and personal_data because a data-rights request is being ignored; the request itself is access.",
  "3rd time asking",
  """3rd time asking. 6 weeks now. [[access|i want a copy of everything pexa holds on me]]. nobody answers""",
  MOB,
  short=("[[access|still waiting for a copy of my data]] 6 wks", ""))

S("pexa", L(c=True, pd=True, r="informed", cat="personal_data"),
  "A buyer asks in non-native English why PEXA has her bank details and where they came from: implicit complaint about "
  "data obtained unexpectedly (personal_data); the question is informed.",
  "Why you have my bank details",
  """Why your company has my bank details? I did not give to you, I only give to my solicitor. This is not good for me. [[informed|Tell me please from where you get it and why you keep it.]]""",
  NN)

S("pexa", L(r="access", tp=True),
  "A friend writes for a seller whose English is limited (third_party) asking for a copy of the data PEXA holds about "
  "him: access; neutral.",
  "For my friend Mr Aziz Karimi",
  """My friend Aziz Karimi sold his flat in Luton in August, he doesn't read English very well so he asked me to write. [[access|He asks that you send him all the data you have about him from the sale.]] He is copied in and says it's ok for you to reply to both of us.""",
  CON)

S("pexa", L(r="portability,erasure"),
  "A retiring sole practitioner asks for his user data and activity log as CSV (portability) and then for his account "
  "to be deleted (erasure); neutral.",
  "Retiring - my user data",
  """I'm retiring at Christmas and closing the practice. [[portability|Can you export my user details and my activity log in CSV so I can keep them in my own records system?]] [[erasure|After that please delete my user account and my personal details.]] If there's anything you must keep by law just tell me what.""",
  W("pro", "pennycottlaw.co.uk", "Pennycott Law"))

S("pexa", L(c=True, pd=True, r="objection", cat="personal_data"),
  "A phone message: newsletters she never signed up for, and 'don't use my details for that stuff again': an implicit "
  "complaint about unexpected use of her data (personal_data) with an objection to marketing.",
  "stop the newsletters",
  """keep getting ur 'property market update' emails. never signed up for them. [[objection|dont use my details for that marketing stuff again]]. annoying""",
  MOB)

S("pexa", L(r="informed", tp=True),
  "A support worker writes for a seller with a learning disability (third_party) asking what PEXA does with her "
  "information and how long it keeps it: informed; neutral.",
  "Ms Chloe Barraclough - sale of 6 Quarry Lane",
  """I'm a support worker for Chloe Barraclough, who is selling her flat through her solicitor. Chloe has a learning disability and likes to understand where her information goes. [[informed|She would like to know what PEXA does with her information and how long you keep it.]] A short answer in plain words would be best, I will read it through with her.""",
  W("pro", "brightpathsupport.org.uk", "Support Worker, Brightpath Supported Living"))

S("pexa", L(r="rectification,restriction"),
  "A buyer's date of birth is reversed in the workspace: correct it (rectification) and don't share it with the lender "
  "until then (restriction); neutral.",
  "date of birth wrong",
  """my solicitor showed me the workspace and my date of birth is 07/03/1988, it should be 03/07/1988. [[rectification|pls correct it before completion]]. [[restriction|till its corrected dont send it to the lender]]""",
  MOB)

S("pexa", L(r="objection"),
  "A conveyancer objects to her usage data being used for PEXA's performance league tables: objection to profiling; "
  "neutral.",
  "Usage data and 'firm league tables'",
  """Your latest newsletter says you will publish 'efficiency league tables' built from user activity. [[objection|I object to my own activity data being used to profile or rank me in this way.]] I'm happy for it to be used to run the service, nothing more.""",
  W("pro", "marshpenrose.co.uk", "Marsh & Penrose Conveyancing"))

S("pexa", L(r="restriction,rectification"),
  "A long, worried seller going through a divorce: in the middle she asks that her contact details not be shown until "
  "confirmed (restriction) and for her email to be updated (rectification); no dissatisfaction with PEXA, not a "
  "complaint.",
  "Sale of 11 Ashgrove - contact details",
  """I'm sorry this is long. My husband and I separated in the summer and we are selling the house we owned together, it's all going through solicitors on both sides. It has been a horrible year and I'm trying to keep things as calm as I can for the children. He has been turning up at my work and I have moved to a friend's for now.

My solicitor says both of us appear as sellers in the same workspace and that my phone number and email from when we lived together are in there. [[restriction|Until my solicitor confirms my new details to you, please don't show my phone or email in that workspace at all.]] [[rectification|The email should be changed to this one I'm writing from.]] I don't know if that's something you can do or if it has to come from her.

I'm not blaming anyone, I just don't want him getting hold of new contact details. Thank you for reading.""",
  CON)

S("pexa", L(r="informed"),
  "A conveyancer asks what personal data about her as a signing user PEXA passes to HM Land Registry and lenders: "
  "informed; neutral.",
  "What do you share about signers",
  """Quick one. [[informed|What personal data about me as the signing conveyancer does PEXA pass to HM Land Registry and to lenders, and on what basis?]] Our new trainee asked and I realised I didn't know.""",
  W("pro", "oakhillconveyancing.co.uk", "Oakhill Conveyancing"))

S("pexa", L(r="access"),
  "A short phone request for a copy of all his data: access; neutral.",
  "my data",
  """[[access|can u send me a copy of my data pls. all of it]]. bought in june through Kestrel""",
  MOB,
  short=("[[access|copy of my data pls]]", ""))

S("pexa", L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
  "A buyer suspects PEXA gave his details to a removals firm: an implicit personal_data complaint (unexpected sharing, "
  "only suspected, so breach stays false) asking who got them (informed), objecting to sharing for sales (objection) "
  "and asking to delete his number (erasure).",
  "did you give my details out??",
  """a removals company rang me today saying they got my completion date 'from the settlement platform'. wtf. [[informed|who did u give my details to and why?]] [[objection|i object to u sharing my info with anyone for sales]]. [[erasure|and delete my mobile number]], u dont need it now. want an answer today""",
  MOB)

S("pexa", L(r="rectification", tp=True),
  "A colleague writes for a conveyancer on maternity leave (third_party) asking for her surname to be corrected on her "
  "user profile: rectification; neutral.",
  "Surname for Hannah - on maternity leave",
  """Writing for my colleague Hannah, who is on maternity leave and has asked me to sort this. She married in April and is now Hannah Ashdown, but her user profile still says Hannah Keel. [[rectification|She asks that you correct her surname to Ashdown on her profile.]] Her marriage certificate is attached.""",
  W("pro", "wolds-conveyancing.co.uk", "Wolds Conveyancing"))

S("pexa", L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "An explicit complaint: a PEXA trainer read out the writer's personal mobile on a recorded webinar (a disclosure, so "
  "breach); 'take my number out of the recording' is erasure.",
  "Complaint - my personal number on your webinar recording",
  """I want to complain. On Thursday's webinar your trainer used my support ticket as an example and read out my personal mobile number to 140 people. The recording is now on your training portal. [[erasure|Take my number out of the recording and anywhere else it's been copied.]] I'd like to know how this happened.""",
  W("pro", "harrowgate-legal.co.uk", "Harrowgate Legal"))

S("pexa", L(c=True, r="automated_decision,informed", cat="process"),
  "A sole practitioner's automatic 'trust score' limits her to five workspaces: she wants a person to review it "
  "(automated_decision) and to know what information it is based on (informed); implicit complaint about the rule.",
  "Trust score - limit on workspaces",
  """Since Monday I can only open five workspaces at once because of a 'trust score' your system gave me. I'm a sole practitioner so the score is about me. I can't take new instructions.

[[automated_decision|I want a person to look at my score and decide, not the algorithm.]] [[informed|And tell me what information about me it is based on.]]""",
  W("pro", "amberlaw.co.uk", "Amber Law"))

S("pexa", L(r="rectification"),
  "A user's email address changed: 'update it' is rectification; neutral phone message.",
  "new email",
  """my email changed. its now the one im writing from. [[rectification|update it on my user profile pls]] old one is dead""",
  MOB)

S("pexa", L(r="objection"),
  "A seller says in non-native English she does not agree to her data being used for PEXA's market statistics: "
  "objection; neutral.",
  "My data in your reports",
  """I read in letter from solicitor that PEXA use information from sales for market reports and statistics. I not agree that my data used for research. [[objection|Please I object you to use my information for your statistics and reports.]]""",
  NN)

S("pexa", L(c=True, pd=True, r="restriction,informed", cat="personal_data"),
  "A man listed as buyer in a workspace for a house he is not buying: implicit personal_data complaint (inaccurate "
  "data); 'until you've checked, don't use my details' is restriction and 'where did you get them' is informed.",
  "I'm not buying 4 Elm Close",
  """Got a PEXA email saying I'm a buyer in a workspace for 4 Elm Close, Thirsk. I'm not buying anything, I haven't moved in 20 years. Someone has put my name and email on it. [[restriction|Until you've checked with whichever firm did this, please don't use my details in that workspace.]] [[informed|And tell me where you got them from.]]""",
  CON)

S("pexa", L(r="objection"),
  "A conveyancer objects to being sent a survey after every settlement: objection; mild annoyance but no remedy "
  "beyond the objection, so not a complaint.",
  "surveys",
  """every time a workspace settles i get one of your satisfaction surveys. [[objection|i object to my details being used for surveys, pls take me off]]""",
  MOB)

S("pexa", L(r="portability"),
  "A buyer wants his completion details as a spreadsheet to upload into his broker's app: portability; neutral.",
  "completion details as a file",
  """hi, [[portability|can i get my completion data, dates, amounts, my details, as a spreadsheet file so i can upload it to my mortgage broker's app?]] the app only takes csv""",
  MOB)

S("pexa", L(c=True, pd=True, r="restriction,access", cat="personal_data"),
  "A paralegal says the audit trail wrongly shows her signing a document: implicit complaint about inaccurate data; "
  "'until it is investigated don't rely on or show that entry' is restriction and 'send me the entries about me' is "
  "access.",
  "Audit trail shows me signing - I didn't",
  """The audit trail for workspace PX-40817723 shows me signing the transfer at 10.42 on 3 September. I was on a train to Glasgow and didn't sign anything, my supervisor did. Now the other side's solicitor is asking questions about me.

[[restriction|Until this is investigated please do not show that entry to other participants or rely on it.]] [[access|I'd also like a copy of every audit log entry that has my name on it.]]""",
  W("pro", "orchardlanesolicitors.co.uk", "Paralegal, Orchard Lane Solicitors"))

S("pexa", L(c=True, pd=True, r="informed", cat="delay"),
  "A chaser: two weeks without an answer to where PEXA got her number, so an implicit delay complaint (personal_data "
  "because a data request is being ignored); the repeated question is informed.",
  "still no answer",
  """2 weeks ago i asked where u got my mobile number. still nothing. [[informed|where did u get it and why are u using it]]""",
  MOB)

S("pexa", L(c=True, r="automated_decision", cat="process"),
  "A conveyancer's account was auto-locked for inactivity and lost its signing rights; she wants a person to review: "
  "automated_decision; implicit complaint, category process.",
  "account locked automatically",
  """back from 3 months sick leave and ur system has locked my account for 'inactivity' and removed my signing rights automatically. completion on friday. [[automated_decision|want an actual person to review it and put it back, not the system]]""",
  MOB)

S("pexa", L(r="portability"),
  "A conveyancer moving to a firm with its own case system asks for her signing history in JSON or CSV: portability; "
  "neutral.",
  "Export of my signing history",
  """I join Thames Valley's in-house team next month. [[portability|Please send me my own user record and signing history as a JSON or CSV file so I can load it into their case management system.]] The screenshots from the workspace list are not usable.""",
  W("pro", "tvmortgages.co.uk", "Thames Valley Mortgages"))

S("pexa", L(r="portability,access", tp=True),
  "A daughter writes for her father (third_party) asking for a copy of his data and a machine-readable file of his "
  "sale details for his accountant's software: access and portability; neutral.",
  "Dad's sale - data for accountant",
  """My father Mr Leonard Ibbotson sold his house in July and I look after his paperwork now. [[access|He asks for a copy of the personal data PEXA holds about him.]] [[portability|If possible he would also like his sale details in a CSV file his accountant can import.]] His signed note saying I can ask is attached.""",
  CON)


# ---- PEXA: look-alikes (rights []) ---------------------------------------------------------------------------------

S("pexa", L(),
  "'Delete the email' refers to a message sent by mistake, not erasure of personal data: rights []; a routine request, "
  "not a complaint.",
  "ignore my last email",
  """pls delete the email i sent at 2.10, it had the wrong workspace ref in it. correct one is PX-51190842. sorry""",
  MOB)

S("pexa", L(c=True, cat="platform_defect"),
  "'Can't access' the workspaces is about a log-in failure, not the right of access: an implicit platform_defect "
  "complaint, rights [].",
  "Can't access workspaces - 403 error",
  """Since this morning's update none of us can access any workspace, we get 'error 403'. Three completions today. Fix it and let me know when it's done please.""",
  W("pro", "hollinsandco.co.uk", "Hollins & Co Solicitors"),
  short=("cant access any workspace since update - 403 error, 3 completions today, fix pls", ""))

S("pexa", L(),
  "Asking to move the completion date changes a transaction detail, not personal data: no rectification; neutral "
  "request, not a complaint.",
  "change completion date",
  """can u change the completion date to friday 14th. my solicitor is off on the 13th""",
  MOB)

S("pexa", L(),
  "A copy of the firm's subscription agreement and fee schedule is a contract document, not a data-access request: "
  "rights []; neutral.",
  "Copy of our subscription agreement",
  """Could you send me a copy of our subscription agreement and the current fee schedule? Our finance director wants them for the annual review.""",
  W("pro", "castlegatelegal.co.uk", "Practice Manager, Castlegate Legal"))

S("pexa", L(),
  "A buyer asking for an update on registration is a progress question, not an access or rectification request: "
  "rights []; neutral.",
  "any update",
  """any update? has the land registry done it yet. completed 3 weeks ago""",
  MOB)

S("pexa", L(),
  "Privacy words ('personal data', 'erase', 'rights') appear only in the firm's disclaimer; the message asks about "
  "training dates: rights [], not a complaint.",
  "Advanced training dates",
  """Are there dates yet for the advanced session on remortgages with two lenders? Four of our team would like to come.

This email and any attachments may contain personal data. If you are not the intended recipient you must erase it. Our privacy notice explains your rights to access, correct and erase personal data we hold.""",
  W("pro", "brookfieldlaw.co.uk", "Brookfield Law"))

S("pexa", L(),
  "Correcting a settlement figure in the workspace changes a financial amount, not the writer's personal data: rights []; "
  "neutral.",
  "Settlement figure wrong in workspace",
  """The settlement figure in PX-60032179 shows £245,000. It should be £245,300, we missed the apportionment. Can someone correct it or tell me how to.""",
  W("pro", "kestrelbs.co.uk", "Completions Team, Kestrel Building Society"))

S("pexa", L(),
  "Access for a new paralegal to the platform and the training portal is system access, not the data right: rights []; "
  "a routine service request.",
  "new starter access",
  """Our new paralegal Ellie Trant starts Monday. Please give her access to the platform and the training portal. Her email is ellie.trant@pikeandwren.co.uk.""",
  W("pro", "pikeandwren.co.uk", "Office Manager, Pike & Wren"))

S("pexa", L(c=True, cat="service_quality"),
  "'Stop ringing me' is a conduct remedy, not objection: an implicit service_quality complaint, rights [].",
  "stop ringing me",
  """ur support team has rung me 6 times today about an unsigned document. i am on annual leave and my out of office says so. stop ringing me, call the office""",
  MOB)

S("pexa", L(c=True, cat="platform_defect"),
  "Asking why a settlement failed is an explanation of a fault, not the right to be informed about processing: implicit "
  "platform_defect complaint, rights [].",
  "Settlement failed yesterday",
  """Yesterday settlement for 9 Brook Street failed at 2pm and nobody tell us why. The buyers could not move in. I want know why it failed, explain please, and what you do so it does not happen again.""",
  NN)

S("pexa", L(),
  "A copy of the completion statement is a transaction document, not a copy of personal data: rights []; neutral.",
  "completion statement",
  """can u send me a copy of the completion statement, my solicitor is on holiday till the 20th""",
  MOB)

S("pexa", L(),
  "Removing a duplicate workspace created by mistake is housekeeping, not erasure: rights []; neutral.",
  "Duplicate workspace",
  """We created PX-71228440 twice by mistake this morning. Please remove the duplicate, PX-71228441, so the lender doesn't get confused.""",
  W("pro", "ridgewaylaw.co.uk", "Ridgeway Law"))

S("pexa", L(c=True, cat="delay"),
  "Asking for an 'update' on an overdue outage report is a still-waiting chaser (delay), not a data request: rights [].",
  "Outage report - update please",
  """You said we would have the report on last Tuesday's outage within 48 hours. It's been a week. Please update us on where it is.""",
  W("pro", "beaconhomefinance.co.uk", "Settlements Manager, Beacon Home Finance"))

S("pexa", L(),
  "Taking a name off a webinar attendee list is cancelling a booking, not objection or erasure: rights []; neutral.",
  "cant make tuesday",
  """pls take me off the attendee list for tuesday's discharges session, cant make it. will book the next one""",
  MOB)


# ---- Conexus: rights -----------------------------------------------------------------------------------------------

S("conexus", L(c=True, pd=True, r="informed", cat="personal_data"),
  "A debtor asks how Conexus got his new number: implicit complaint about data obtained unexpectedly (personal_data); "
  "the question is informed.",
  "how did u get this number",
  """how did u get my new number. only had it 3 weeks. [[informed|who gave it u and what gives u the right to use it]]""",
  MOB,
  short=("[[informed|who gave u my new number]]", ""))

S("conexus", L(c=True, pd=True, r="rectification,access", tp=True, cat="personal_data"),
  "A daughter writes for her deaf father (third_party): letters still go to his old address after Conexus was told, an "
  "implicit complaint about inaccurate data; 'update it' is rectification and 'send him a copy of everything' is access.",
  "My dad Mr Alan Tempest - ref CX-2288104",
  """Writing for my dad Alan Tempest, he is deaf and can't use the phone. We told you in March that he moved to 5 Calder Court, Halifax HX1 2PL, and your letters still go to the old flat. [[rectification|Update his address please.]] [[access|He also asks that you send him a copy of everything you hold about him, letters and notes included.]]""",
  CON)

S("conexus", L(c=True, pd=True, r="erasure,informed", cat="personal_data"),
  "A man contacted about the previous tenant's debt writes in non-native English: implicit personal_data complaint; "
  "'delete my number' is erasure and 'tell me where you find it' is informed.",
  "Not my debt",
  """I receive many calls and texts from you for a man called Mr Okafor. It is not my debt, it is the man who live in my flat before me. [[erasure|I am asking you delete my number from your system.]] [[informed|Also tell me where you find my number.]]""",
  NN)

S("conexus", L(r="restriction,access", tp=True),
  "A money adviser (third_party) says the client is querying the balance with the creditor: 'until resolved, don't "
  "report it to credit reference agencies' is restriction and 'a copy of all personal data' is access; neutral letter.",
  "Client Mr D Pollard - CX-5510927",
  """We are advising Mr Darren Pollard, signed authority attached. He is querying the balance with Northline Energy, who we have also written to.

[[restriction|Until the balance is confirmed, please do not report the account or share his details with the credit reference agencies.]] [[access|Please also send us a copy of all the personal data you hold about him, including call recordings.]]""",
  W("pro", "dalesmoneyadvice.org.uk", "Money Adviser, Dales Money Advice"))

S("conexus", L(r="objection"),
  "A debtor on a payment plan objects to marketing: objection; neutral.",
  "offers",
  """keep getting 'special offer' texts from u. im already paying my plan. [[objection|dont use my number or email for marketing, i object]]""",
  MOB)

S("conexus", L(c=True, r="automated_decision", cat="process"),
  "The online plan tool rejected an offer in seconds: the writer wants a person to look at her income and expenditure "
  "(automated_decision); implicit complaint about the procedure.",
  "plan offer rejected in 2 seconds",
  """ur website said my offer of £20 a month was 'not acceptable' about 2 seconds after i pressed submit. no human looked at it. [[automated_decision|i want someone to actually look at my income and outgoings and decide]], i cant pay more than 20""",
  MOB)

S("conexus", L(r="rectification,informed", tp=True),
  "A carer writes for a woman with a learning disability (third_party): 'correct her name' is rectification and 'who "
  "have you shared her details with' is informed; neutral.",
  "Ms Siobhan Daly - name",
  """I am a carer for Siobhan Daly, ref CX-4471960. Your letters spell her name Shivon. [[rectification|She asks that you correct her first name to Siobhan.]] [[informed|She would also like to know who you have shared her details with.]]""",
  W("pro", "oakleaf-care.co.uk", "Oakleaf Care"))

S("conexus", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A son has been mixed up with his father of the same name: implicit complaint about inaccurate data; 'correct your "
  "records' is rectification and 'until sorted, don't use my details on his account' is restriction.",
  "You have mixed me up with my dad",
  """Me and my dad have the same name. Your letter about his Sterling Credit loan came to my flat with my date of birth on it. It's not mine. [[rectification|Correct your records, my date of birth is 14/02/1996.]] [[restriction|Until it's sorted do not use my details on his account or pass them to anyone.]]""",
  CON)

S("conexus", L(c=True, pd=True, r="access", cat="delay"),
  "A chaser for call recordings asked for five weeks ago: implicit delay complaint (personal_data, a data request "
  "ignored); the request is access.",
  "recordings",
  """asked for my call recordings 5 weeks ago. still nothing. [[access|send them]]""",
  MOB)

S("conexus", L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "A debtor writes in non-native English asking how Conexus has her work email: implicit personal_data complaint; "
  "'explain from where and why' is informed, 'delete my work email' is erasure.",
  "Why you email me at work",
  """Why you have my email from work? I never give to Conexus. My manager can see this. [[informed|Please explain from where you get it and why you use it.]] [[erasure|And delete my work email from your file.]]""",
  NN)

S("conexus", L(r="objection,automated_decision"),
  "A debtor objects to being profiled and wants a person, not a computer, to decide his plan: objection and "
  "automated_decision; neutral.",
  "my plan",
  """[[objection|i object to u using my info to score me or profile me]]. [[automated_decision|want a person to decide my payment plan, not a computer]]""",
  MOB)

S("conexus", L(r="portability", tp=True),
  "A money adviser (third_party) asks for the client's transaction history as CSV to import into the agency's system: "
  "portability; neutral.",
  "Client Ms K Lister - CX-6120338 - payment history",
  """Authority attached for our client Kim Lister. [[portability|Please email her transaction history as a CSV file so we can import it into our case system.]] PDF statements can't be imported.""",
  W("pro", "eastgateadvice.org.uk", "Debt Caseworker, Eastgate Advice Centre"))

S("conexus", L(r="erasure"),
  "A debtor who paid in full last year asks for his details to be deleted: erasure; neutral.",
  "paid off - delete my details",
  """paid in full last november, you sent the letter. [[erasure|delete my details now pls]], no reason to keep them""",
  MOB)

S("conexus", L(r="restriction"),
  "A debtor disputing a Northline bill asks that until it is confirmed his details are used only to hold the account: "
  "restriction; the dispute is with the creditor and no grievance against Conexus is raised, so not a complaint.",
  "Northline account - on hold",
  """I'm sorting out the Northline bill directly with them, they think it may belong to the next tenant. [[restriction|Until they confirm it is mine, please don't use my details for anything except keeping the account on file.]]""",
  CON)

S("conexus", L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "A debtor called by a debt management firm that knew about her account: implicit complaint about unexpected sharing "
  "(personal_data); she objects to her data going to 'partners' (objection) and asks who got it (informed).",
  "Calls from a 'partner' company",
  """Since your letter about 'our trusted partners' I've had four calls from a debt management company who knew my balance with you. [[objection|I object to you passing my data to any partner companies.]] [[informed|Tell me which companies you gave it to.]]""",
  CON)

S("conexus", L(r="access,rectification", tp=True),
  "A son writes in non-native English for his mother (third_party): a copy of what is held is access; the phone number "
  "is his, not hers, so 'please correct' is rectification; neutral.",
  "For my mother Mrs Popescu",
  """My mother is not speaking English, I am her son. [[access|She want to know what information you have about her and she want a copy.]] [[rectification|The phone number you have for her is mine, not her number, please correct it to 07700 900 562.]]""",
  NN)

S("conexus", L(c=True, r="access", cat="collection_conduct"),
  "A long rambling message about hardship and a rude collector, with one request in the middle for the file notes "
  "(access); implicit collection_conduct complaint, personal_data false because the grievance is not data handling.",
  "Ref CX-8839015",
  """I don't really know where to start. I lost my job at the warehouse in June and my partner's hours got cut, we've got three kids and the rent went up in August. I've been trying to keep up with everything but something had to give and it was this one, I'm sorry about that.

When your man rang last Thursday he talked to me like I was a criminal. He said if I didn't pay £150 by Friday it would 'go to court and you'll lose everything'. My daughter heard it on speaker. [[access|Can you also send me whatever you've got on file about me, the notes and that?]] I want to see what's been written.

I can manage £30 a month for now and I'll pay more when I'm working again. I just want to be treated like a person.""",
  CON)

S("conexus", L(c=True, r="informed,automated_decision", cat="collection_conduct"),
  "A debtor labelled 'enforcement track' asks who decided and what it is based on (informed) and, if a computer did, "
  "for a person to look again (automated_decision); implicit collection_conduct complaint.",
  "'high risk - enforcement track'??",
  """Your letter says my account is now 'high risk - enforcement track'. I've paid every month for a year. [[informed|What does that mean, what information about me was it based on, and who decided?]] [[automated_decision|If a computer decided it I want a person to look at it again.]]""",
  CON)

S("conexus", L(r="rectification"),
  "A short phone request to change an email address: rectification; neutral.",
  "email change",
  """[[rectification|change my email to this one pls]], ref CX-3012875""",
  MOB)

S("conexus", L(r="rectification"),
  "Wrong postcode on letters: 'fix it' is rectification; neutral.",
  "postcode",
  """wrong postcode on ur letters, its LS6 not LS8. [[rectification|fix it pls]]""",
  MOB,
  short=("[[rectification|postcode wrong LS6 not LS8 pls fix]]", ""))

S("conexus", L(r="restriction,rectification", tp=True),
  "A refuge support worker (third_party): 'until we confirm, don't use her old address' is restriction and 'update "
  "her contact to our office' is rectification; neutral.",
  "Client in refuge - CX-7703419",
  """I am a support worker at a women's refuge. Our client (signed consent attached) had to leave her home in a hurry. [[restriction|Until we confirm a safe contact arrangement, please do not use her old address for anything.]] [[rectification|Please update her contact address to our office, PO Box 4471, Wakefield WF1 9ZZ.]]""",
  W("pro", "safeharbourwomen.org.uk", "Support Worker, Safe Harbour"))

S("conexus", L(c=True, ex=True, r="access", cat="collection_conduct"),
  "An explicit complaint about a rude collector on a call, with a request for the recording: access; collection_conduct, "
  "personal_data false.",
  "complaint about call 3 June",
  """I am making a complaint about the man I spoke to on 3 June at about 11am. He swore at me and hung up when I asked for a plan. [[access|I want the recording of that call.]]""",
  CON)

S("conexus", L(r="objection"),
  "A debtor says in non-native English she does not want her data used for advertisements: objection; neutral.",
  "Advertisement",
  """I don't want my data to be used for advertisements. [[objection|Please you stop to use my details for advertisement, I object.]] Account is CX-5219006.""",
  NN)

S("conexus", L(r="informed", tp=True),
  "A money adviser (third_party) asks for the source of the client's data, the lawful basis and retention period: "
  "informed; neutral.",
  "Client Mr S Bhatti - CX-4098711",
  """Signed authority attached for Mr Sajid Bhatti. [[informed|Please confirm where you obtained his contact details, the lawful basis you rely on to process them, and how long you will keep them.]]""",
  W("pro", "pennineadvice.org.uk", "Money Adviser, Pennine Advice"))

S("conexus", L(c=True, pd=True, r="restriction,informed", cat="personal_data"),
  "A debtor learns her details went to a tracing agency: implicit personal_data complaint; 'why' is informed and "
  "'until I get an answer, don't send them to anyone else' is restriction.",
  "tracing agency",
  """a tracing company rang my mum saying they were 'acting for Conexus'. [[informed|why did u send them my details]]. [[restriction|till i get an answer dont send my details to anyone else]]""",
  MOB)

S("conexus", L(r="portability"),
  "A debtor moving to a debt charity's plan asks for payment history and budget in a file he can upload: portability; "
  "neutral.",
  "payment history file",
  """I'm moving to a plan with Clearpath Debt Help. [[portability|Can you send my payment history and the budget I gave you as an Excel or CSV file I can upload to their online tool?]]""",
  CON)

S("conexus", L(c=True, pd=True, r="erasure", cat="personal_data"),
  "A sister who is not on the account keeps getting calls: implicit personal_data complaint (her number held and used "
  "unexpectedly); 'delete my number' is erasure ('stop ringing me' alone would be a conduct remedy).",
  "not my account",
  """im his sister, not on the account. u keep ringing me about his debt, 4 times this week. stop ringing me. [[erasure|delete my number from ur system]]""",
  MOB)

S("conexus", L(r="rectification"),
  "A debtor's title is wrong: 'change it' is rectification; neutral.",
  "Ms not Mr",
  """ur letters say Mr, im Ms. [[rectification|pls change it on ur system]]""",
  MOB)

S("conexus", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Second time telling Conexus the address is wrong: implicit complaint about inaccurate data held (personal_data); "
  "'update it' is rectification; nothing was disclosed, so breach false.",
  "2nd time - address",
  """2nd time telling u. i moved in april. letters still going to 9 Fern Street. [[rectification|update my address to 31 Wharf Road, Hebden Bridge HX7 8AG]]. why is this so hard""",
  MOB)

S("conexus", L(r="objection", tp=True),
  "A friend writes for a debtor (third_party): 'she doesn't want her information used for marketing, she objects' is "
  "objection; neutral.",
  "for Ana Costa",
  """writing for my friend Ana Costa CX-6650473 her english not so good. [[objection|she dont want u to use her information for marketing, she object]]""",
  MOB)

S("conexus", L(c=True, r="automated_decision,access", cat="collection_conduct"),
  "A debtor's account was moved automatically to a 'litigation queue': he wants a person to review it "
  "(automated_decision) and a copy of the data used (access); implicit collection_conduct complaint.",
  "litigation queue",
  """got a letter saying my account went into 'litigation queue' automatically because i missed one payment in 14 months. [[automated_decision|i want a human to review that]]. [[access|and send me a copy of the data u used]]""",
  MOB)

S("conexus", L(r="restriction,access"),
  "A victim of identity fraud with a police reference: 'until the investigation is finished, don't use my details on "
  "this account' is restriction and 'send me the application data' is access; factual, not a complaint.",
  "Identity fraud - account CX-9127745",
  """This account was opened in my name by someone else, crime reference 48/22193/26. [[restriction|Until the police investigation is finished please do not use my details on this account or report it anywhere.]] [[access|Please send me a copy of the application details and any personal data you received from the creditor.]]""",
  CON)

S("conexus", L(r="informed"),
  "How long Conexus keeps data after the debt is paid: informed; neutral.",
  "how long",
  """[[informed|how long do u keep my info after i finish paying]]?""",
  MOB)

S("conexus", L(r="objection", tp=True),
  "A support worker (third_party) says the client objects to her data being used for 'customer insight' research: "
  "objection; neutral.",
  "Ms R Greenhalgh - CX-3371602",
  """I support Rose Greenhalgh (consent form attached). Your last letter mentioned using customer information for 'insight research'. [[objection|Rose objects to her data being used for that research.]]""",
  W("pro", "northwardsupport.org.uk", "Northward Support"))

S("conexus", L(r="objection,erasure"),
  "'Take me off your mailing list' is objection to marketing and 'delete my email address' is erasure; neutral.",
  "mailing list",
  """[[objection|take me off ur mailing list]] [[erasure|and delete my email address]], i only pay by standing order anyway""",
  MOB)

S("conexus", L(r="rectification,restriction"),
  "Income figures on the account are wrong: 'correct them' is rectification and 'don't use the old figures until "
  "fixed' is restriction; neutral.",
  "wrong income",
  """ur system says i earn £2,100 a month. its £1,340 since my hours changed. [[rectification|correct it]] [[restriction|and dont use the old figure to decide my plan until it's fixed]]""",
  MOB)

S("conexus", L(c=True, r="access", cat="fees_charges"),
  "A debtor disputes a £45 fee (fees_charges complaint) and, alongside, asks for copies of letters and notes: access; "
  "personal_data false.",
  "£45 fee??",
  """u added a £45 'administration fee' this month. never agreed to that. take it off. [[access|also send me a copy of all letters and notes u have about me]]""",
  MOB)

S("conexus", L(r="portability", tp=True),
  "A money adviser (third_party) asks for the client's budget data in a machine-readable format for their software: "
  "portability; neutral.",
  "Budget data for Mr T Kazlauskas",
  """Our client Tomas Kazlauskas (authority attached) gave you a full income and expenditure last month. [[portability|Please send it to us in CSV or another machine-readable format so we can load it into our budgeting software.]]""",
  W("pro", "riversideadvice.org.uk", "Money Adviser, Riverside Advice"))

S("conexus", L(r="portability"),
  "A debtor asks in non-native English for her payment history in a file for her banking app: portability; neutral.",
  "Payment history file",
  """I want to put all my payments to you in my budget app. [[portability|Please send my payment history in file like Excel or CSV, not paper.]]""",
  NN)


# ---- Conexus: look-alikes (rights []) ------------------------------------------------------------------------------

S("conexus", L(c=True, cat="collection_conduct"),
  "'Stop calling me at work' is a conduct remedy, not objection: implicit collection_conduct complaint, rights [].",
  "stop calling me at work",
  """stop calling me at work. told u 3 times. my boss is asking questions. ring my mobile after 6 or email""",
  MOB,
  short=("STOP CALLING ME AT WORK told u 3 times", ""))

S("conexus", L(),
  "Changing the payment date is an arrangement change, not rectification of personal data: rights []; neutral.",
  "payment date",
  """can i change my payment date to the 28th, i get paid then. ref CX-2201954""",
  MOB)

S("conexus", L(),
  "A copy of the credit agreement is a contract document, not a data-access request: rights []; neutral.",
  "Credit agreement",
  """I don't remember signing anything for this Pennant account. Please send me a copy of the credit agreement.""",
  CON)

S("conexus", L(),
  "Questions about the balance and interest are about the debt, not the data: rights []; neutral.",
  "how much left",
  """how much do i still owe and is interest still being added? want to know when it will be finished""",
  MOB)

S("conexus", L(),
  "'Delete the email' means an email sent with the wrong attachment, not erasure: rights []; neutral.",
  "wrong payslip",
  """pls delete the email i sent u yesterday, i attached the wrong payslip. right one attached now""",
  MOB)

S("conexus", L(),
  "'Access denied' on the website is a log-in problem, not the right of access: rights []; a neutral service request.",
  "Can not login",
  """I try to log in my account on your website and it says access denied. Can you reset please, I want to make payment online.""",
  NN)

S("conexus", L(c=True, ex=True, cat="delay"),
  "Asking for an update on a complaint is an explicit still-waiting chaser (delay), not a data request: rights [].",
  "any update on my complaint",
  """any update on my complaint from march? nothing since the acknowledgement letter""",
  MOB)

S("conexus", L(tp=True),
  "A money adviser (third_party) asks for a 30-day hold on collection while a budget is done: a collection hold, not "
  "restriction of processing; rights [], neutral.",
  "Client Mrs J Wood - CX-8810462 - hold please",
  """We are now advising Mrs Julie Wood (authority attached). Please put a 30 day hold on collection activity while we complete a budget with her. We will be in touch with an offer.""",
  W("pro", "dalesmoneyadvice.org.uk", "Money Adviser, Dales Money Advice"))

S("conexus", L(),
  "A creditor client's staff ask for an account activity report for their own audit: a client service request, not a "
  "data subject's right (and staff writing for their own firm are not third_party): rights [].",
  "Activity report for audit",
  """For our quarterly audit, please send the activity report for all Lumen accounts placed with you in July, including contact attempts and payments. Usual secure folder is fine.""",
  W("pro", "lumenwater.co.uk", "Recoveries Analyst, Lumen Water"))

S("conexus", L(tp=True),
  "A money adviser's token payment offer with data-protection words only in the disclaimer: rights [], third_party, "
  "neutral.",
  "Token payment offer - Mr P Garvey CX-5540219",
  """Authority attached for Mr Paul Garvey. He is on benefits with a deficit budget. Please accept £1 a month for six months and we will review.

This message may contain personal data. If received in error please erase it. Our privacy notice explains clients' rights of access, rectification and erasure.""",
  W("pro", "eastgateadvice.org.uk", "Eastgate Advice Centre"))

S("conexus", L(c=True, cat="collection_conduct"),
  "'Don't send your agent to my house again' is a conduct remedy, not objection: implicit collection_conduct complaint, "
  "rights [].",
  "ur agent",
  """ur agent came to my house at 8pm and wouldnt go. im on a plan. dont send him again""",
  MOB)

S("conexus", L(c=True, cat="fees_charges"),
  "'Take off the fee' removes a charge, not data: implicit fees_charges complaint, rights [].",
  "£60 fee",
  """You added a £60 'trace fee' to my balance. I never moved, you had my address all along. Take it off please.""",
  CON)

S("conexus", L(c=True, firm="nte", cat="debt_dispute"),
  "A debtor says Northline billed him after he moved out: a dispute purely about the creditor's bill (nte), rights [].",
  "not my bill",
  """this Northline bill is from after i moved out in jan. i gave them a meter reading and my forwarding address. they need to sort it, its not my debt""",
  MOB)

S("conexus", L(),
  "A statement of payments for a benefits claim is an account document, not a request for a copy of personal data: "
  "rights []; neutral.",
  "Statement for Universal Credit",
  """Please send me a statement showing what I have paid you this year. The job centre wants it for my claim. Thank you.""",
  NN)

S("conexus", L(),
  "Asking for an update on whether a plan offer was accepted is a progress question: rights []; neutral.",
  "plan offer",
  """just wanted an update on whether my offer of £25 a month was accepted. sent it last week""",
  MOB)


if __name__ == "__main__":
    sys.exit(main())
