#!/usr/bin/env python3
"""Author E's marked rights set: hand-written complaints@ emails in which people exercise UK GDPR rights
(mostly without naming the right or the law), plus look-alikes that ask for no right.

What it makes: data/trials/rights_marked_e.jsonl, about 220 labelled emails from about 85 hand-written scenarios
(pexa and conexus mailboxes). The voice is people who are annoyed or in a hurry, and machines in between: web-form
submissions relayed by the firm's website, messages forwarded internally by another team, chat transcripts pasted
into an email, very short mobile messages and subject-only mails, non-native English, ALL-CAPS anger and requests
made in one line at the end of a long rant. Every record carries `request_sentences`: the exact sentence(s) of the
new text that ASK for each right (marked by hand in the scenario text as [[right|sentence]]), and
`train_labels: ["rights"]`. Look-alikes have rights [] and no marks.

How: each scenario is one whole email written by hand, with its labels and a one-line note. It is rendered 2-3
times with a different sender (name and address), greeting and sign-off, and one envelope each: plain; HTML; a
quoted earlier reply from the firm; 1-2 typos (never in a marked sentence, a name or a word containing "compl");
a signature / legal disclaimer / phone footer; or a short or subject-only version with the same labels. Records
are shuffled, numbered rme-0001... and checked with labelled_mail.marked_record_errors (nothing is written if one
fails). Stdlib only and deterministic (seed 20261215): two runs give byte-identical output.

Forwarded mail: a message forwarded to complaints@ by another team of the receiving firm ("FYI, customer below...")
is a relay. The customer's forwarded email (under a "Forwarded message" divider, not "> " quoted) is the message
being triaged, so it is treated as the new text: its labels and marks come from the customer's own words; the
staff member's routing line is never marked, and third_party stays false (staff relaying, not representing).
Web-form relays are written by a person (the form only wraps them), so auto_generated=false.

Usage:  .venv/bin/python data/make/make_rights_marked_e.py   (writes data/trials/rights_marked_e.jsonl)
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (edit_words, escape_html, html_with_quote, mark_segments, marked_record_errors,  # noqa: E402
                           quote_lines, run_generator, short_labels)

SEED = 20261215
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_e.jsonl")
L = short_labels

# ---------------------------------------------------------------------------------------------
# people, greetings, sign-offs, footers

NAMES = [
    "Gemma Pearce", "Tariq Mahmood", "Lucy Brennan", "Wojciech Zielinski", "Shauna McBride", "Kwame Asante",
    "Rachel Dunmore", "Hassan Qureshi", "Bethan Lloyd", "Oleksandr Bondar", "Nicola Firth", "Darren Whitlow",
    "Priyanka Shah", "Ewan Maclean", "Chloe Hargreaves", "Mehmet Yilmaz", "Joanne Sturgess", "Adebayo Ogunleye",
    "Fiona Kerr", "Liam Rafferty", "Sadia Hussain", "Craig Munro", "Ana Ferreira", "Stuart Pennington",
    "Yasmin Khalid", "Grzegorz Nowak", "Sian Powell", "Marcus Delaney", "Hannah Wyatt", "Ionut Popescu",
    "Kerry Ashworth", "Dominic Lowry", "Amara Okonkwo", "Neil Baxendale", "Zofia Kaminska", "Paul Tennant",
    "Leanne Cartwright", "Ravi Chauhan", "Megan Doherty", "Gary Sewell", "Aisling Byrne", "Tom Hebden",
    "Nadia Rahman", "Callum Strachan", "Vanessa Oyelaran", "Rob Kettering", "Lina Haddad", "Martin Ridley",
    "Jasmine Cole", "Sandeep Gill", "Carys Jenkins", "Andrei Lungu", "Tracey Holden", "Femi Adeyemi",
    "Claire Ostrowski", "Jamie Thwaite", "Rukhsana Begum", "Owain Rees", "Maria Santos", "Keith Bramley",
    "Dana Whitcombe", "Imran Siddiqui", "Laura Venn", "Patrick Doyle", "Agnieszka Wrobel", "Lewis Garside",
    "Helena Marsh", "Ben Okafor", "Siobhan Kearney", "Ahmed Farah", "Victoria Lamb", "Rory Fitzgerald",
]
PROTECT = {t.lower() for n in NAMES for t in n.split()}
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
            "live.co.uk", "sky.com"]
GREETS = ["Hi,", "Hello,", "Dear Sir or Madam,", "Good morning,", "To whom it may concern,", "Hi there,",
          "Dear team,", "Afternoon,"]
SIGNS = ["Thanks,\n{first}", "Regards,\n{name}", "{name}", "Kind regards\n{name}", "Cheers\n{first}",
         "Many thanks,\n{name}", "Thank you\n{name}", "{first}"]
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android",
                 "Sent from Yahoo Mail on Android", "Sent from my iPad"]
STAFF_FOOTERS = [
    "This email and any attachments are confidential and may contain personal data. If you have received it in "
    "error please notify the sender and delete it. Do not copy or disclose its contents.",
    "Please consider the environment before printing this email.\nThe information in this message is intended "
    "for the addressee only. Registered in England and Wales.",
    "CONFIDENTIALITY: this message may contain privileged or personal information. If you are not the intended "
    "recipient, you must not use, copy or disclose it.",
]
QUOTE_DATES = ["Mon, 2 Jun 2025", "Tue, 10 Jun 2025", "Wed, 18 Jun 2025", "Thu, 3 Jul 2025", "Fri, 11 Jul 2025",
               "Mon, 21 Jul 2025", "Tue, 5 Aug 2025", "Thu, 28 Aug 2025"]
FIRM = {
    "pexa": {"site": "pexa.co.uk", "quoter": "PEXA Support <support@pexa.co.uk>",
             "acks": ["Thank you for contacting PEXA. Your enquiry has been logged as SUP-{n} and a member of our team "
                      "will be in touch within two business days.\n\nPEXA Customer Support",
                      "Hello,\n\nThanks for getting in touch. We have passed your message to the relevant team and "
                      "will update you as soon as we can.\n\nKind regards\nPEXA Customer Support"]},
    "conexus": {"site": "conexus.co.uk", "quoter": "Conexus <customerservices@conexus.co.uk>",
                "acks": ["Thank you for your email. It has been added to your account and we will reply within "
                         "5 working days. Please quote your reference CX{n} in any further contact.\n\n"
                         "Conexus Customer Services",
                         "Dear Customer,\n\nWe have received your message. A member of our team will review it and "
                         "respond as soon as possible.\n\nConexus Customer Services"]},
}

SCENARIOS = []


def S(mailbox, subject, body, labs, note, **kw):
    """Register one hand-written scenario. kw: short (body of the short version; "" = subject only),
    short_subject, quote (the firm's earlier reply for the quoted envelope), env (allowed envelopes), kind
    (person | staff | form | fwd | fixed), domain (staff address domain), greet / sign (True, False or "name"),
    senders (for kind fixed: list of "Name <addr>"), n (number of variants)."""
    sid = f"rme-s{len(SCENARIOS) + 1:03d}"
    SCENARIOS.append(dict(sid=sid, mailbox=mailbox, subject=subject, body=body, labels=labs, note=note, **kw))


# ---------------------------------------------------------------------------------------------
# rendering

MARK = re.compile(r"\[\[(\w+)\|(.+?)\]\]", re.S)


def segments(text):
    """[(text, right or None)] from text with [[right|sentence]] markers."""
    return mark_segments(text, MARK)


def typo_ok(w):
    return len(w) >= 5 and w == w.lower() and "compl" not in w and w not in PROTECT


def typo_lines(seg):
    """The lines of an unmarked segment that may take a typo (no addresses or links)."""
    return [ln for ln in seg.split("\n") if "@" not in ln and "://" not in ln and "www." not in ln]


def add_typos(segs, rng):
    """1-2 letter-edit typos in the unmarked segments; returns (segs, count)."""
    total = sum(1 for s, r in segs if r is None for ln in typo_lines(s) for w in re.findall(r"[A-Za-z]+", ln)
                if typo_ok(w))
    if total == 0:
        return segs, 0
    k = min(total, 1 + rng.randrange(2))
    chosen = set(rng.sample(range(total), k))
    counter = [0]

    def pick(w):
        if not typo_ok(w):
            return False
        hit = counter[0] in chosen
        counter[0] += 1
        return hit

    out = []
    for s, r in segs:
        if r is not None:
            out.append((s, r))
            continue
        lines = s.split("\n")
        new = [edit_words(ln, rng, pick) if ("@" not in ln and "://" not in ln and "www." not in ln) else ln
               for ln in lines]
        out.append(("\n".join(new), None))
    return out, k


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def person_addr(name, rng):
    first, last = name.split()[0], name.split()[-1]
    f, la = ascii_fold(first), re.sub(r"[^a-z]", "", ascii_fold(last))
    pat = rng.randrange(5)
    user = [f"{f}.{la}", f"{f[0]}{la}{rng.randrange(1, 99)}", f"{f}{la[:3]}", f"{la}.{f}", f"{f}_{la}{rng.randrange(70, 99)}"][pat]
    return f"{user}@{FREEMAIL[rng.randrange(len(FREEMAIL))]}"


def staff_addr(name, domain):
    first, last = name.split()[0], name.split()[-1]
    return f"{ascii_fold(first)}.{re.sub(r'[^a-z]', '', ascii_fold(last))}@{domain}"


def fill(text, ph):
    for k, v in ph.items():
        text = text.replace("{" + k + "}", v)
    return text


def render(sc, env, name, cname, rng):
    """One record of scenario sc in envelope env, sent by name (cname: second person for forwards/forms)."""
    mb, kind = sc["mailbox"], sc.get("kind", "person")
    site = FIRM[mb]["site"]
    first = name.split()[0]
    if kind == "staff":
        addr = staff_addr(name, sc["domain"])
        frm = f"{name} <{addr}>"
    elif kind == "form":
        addr = person_addr(name, rng)
        frm = f"{name} (web form) <webforms@{site}>"
    elif kind == "fwd":
        addr = staff_addr(name, site)
        frm = f"{name} <{addr}>"
    elif kind == "fixed":
        frm = name
        addr = re.search(r"<(.+)>", name).group(1)
        first = name.split()[0]
    else:
        addr = person_addr(name, rng)
        frm = f"{name} <{addr}>"
    ph = {"name": name, "first": first, "email": addr}
    if cname:
        ph.update({"cname": cname, "cfirst": cname.split()[0], "cemail": person_addr(cname, rng)})
    ph["n"] = str(rng.randrange(100000, 999999))

    short = env == "short"
    subject = fill(sc.get("short_subject", sc["subject"]) if short else sc["subject"], ph)
    body_src = fill(sc["short"] if short else sc["body"], ph)
    segs = segments(body_src)
    if env == "typos":
        segs, k = add_typos(segs, rng)
        assert k > 0, sc["sid"]
    text = "".join(s for s, _ in segs)
    marks = [(r, s, "body") for s, r in segs if r is not None]
    subj_segs = segments(subject)
    subject = "".join(s for s, _ in subj_segs)
    marks += [(r, s, "subject") for s, r in subj_segs if r is not None]

    greet, sign = sc.get("greet", True), sc.get("sign", True)
    if short:
        greet, sign = False, (sign and "name")
    if text.strip():
        if greet is True:
            g = GREETS[rng.randrange(len(GREETS))]
            text = g + "\n\n" + text
        if sign is True:
            text = text + "\n\n" + fill(SIGNS[rng.randrange(len(SIGNS))], ph)
        elif sign == "name":
            text = text + "\n" + (name if rng.randrange(2) else first)
    if env == "footer":
        if kind in ("staff", "fwd"):
            foot = STAFF_FOOTERS[rng.randrange(len(STAFF_FOOTERS))]
            text = text + "\n\n" + foot
        else:
            foot = PHONE_FOOTERS[rng.randrange(len(PHONE_FOOTERS))]
            if rng.randrange(3) == 0:
                foot = f"Mob: 07700 900{rng.randrange(100, 999)}\n" + foot
            text = (text + "\n\n" + foot) if text.strip() else foot
    quote = None
    if env in ("quoted", "html_quoted"):
        q = sc.get("quote") or FIRM[mb]["acks"][rng.randrange(2)]
        q = fill(q, ph)
        head = f"On {QUOTE_DATES[rng.randrange(len(QUOTE_DATES))]}, {FIRM[mb]['quoter']} wrote:"
        quote = head + "\n" + quote_lines(q)
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    html = env in ("html", "html_quoted")
    if html:
        body = html_with_quote(text, quote)
        marks = [(r, escape_html(s) if where == "body" else s, where) for r, s, where in marks]
    else:
        body = text + ("\n\n" + quote if quote else "")
    for r, s, _ in marks:
        assert "\n" not in s, (sc["sid"], s)
    note = sc["note"]
    if short and not body.strip():
        note += " Subject-only version: the subject carries the whole message."
    rec = {"id": None, "mailbox": mb, "from": frm, "subject": subject, "headers": {}, "body": body, "html": html,
           "labels": sc["labels"], "note": note, "source": sc["sid"],
           "request_sentences": [{"right": r, "text": s} for r, s, _ in marks], "train_labels": ["rights"],
           "_env": env}
    return rec


def envelopes(sc):
    if sc.get("env"):
        return list(sc["env"])
    kind = sc.get("kind", "person")
    if kind == "form":
        env = ["plain", "html", "typos"]
    elif kind == "fwd":
        env = ["plain", "html", "typos", "footer"]
    else:
        env = ["plain", "html", "quoted", "typos", "footer"]
    if "short" in sc:
        env.append("short")
    body = re.sub(r"\{\w+\}", "", sc["body"])
    if not any(typo_ok(w) for t, r in segments(body) if r is None for ln in typo_lines(t)
               for w in re.findall(r"[A-Za-z]+", ln)):
        env.remove("typos")  # nothing outside the marked sentences to misspell
    return env


def build(rng):
    records = []
    for sc in SCENARIOS:
        env = envelopes(sc)
        n = min(len(env), sc.get("n", 2 + (rng.random() < 0.62)))
        chosen = rng.sample(env, n)
        if "short" in env and "short" not in chosen and rng.random() < 0.5:
            chosen[-1] = "short"
        if sc.get("kind") == "fixed":
            names = rng.sample(sc["senders"], min(n, len(sc["senders"])))
            names = [names[i % len(names)] for i in range(n)]
        else:
            names = rng.sample(NAMES, n)
        cnames = rng.sample(NAMES, n)
        for e, nm, cn in zip(chosen, names, cnames):
            if cn == nm:
                cn = NAMES[(NAMES.index(cn) + 1) % len(NAMES)]
            records.append(render(sc, e, nm, cn, rng))
    return records


def main():
    return run_generator(build, SEED, "rme", OUT, errors=marked_record_errors, summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {os.path.relpath(OUT, ROOT)}; "
        f"envelopes {dict(sorted(env.items()))}"))


# ---------------------------------------------------------------------------------------------
# scenarios: pexa
# (labels: L(c=complaint, ex=explicit, pd=personal_data, br=breach, r="rights,...", tp=third_party, cat=, firm=))

S("pexa", "Leaving - close my account",
  "I've left conveyancing and won't be using PEXA again (I was at Hartley Rowe until last month). [[portability|Before "
  "you close it, send me my e-signing history and training certificates as a CSV or spreadsheet so I can load them "
  "into my new employer's HR system.]] [[erasure|Then delete my user account and all my personal details.]]\n\n"
  "No need for a call, email is fine.",
  L(r="erasure,portability"),
  "Former user, no dissatisfaction: a machine-readable copy to load into another system = portability, 'delete my "
  "user account and personal details' = erasure. Not a complaint, so category none.",
  short_subject="close my PEXA login",
  short="[[portability|Send me my signing history as a CSV first pls.]] [[erasure|Then delete my account and details.]]")

S("pexa", "THIRD time asking - my surname is spelt wrong on every workspace",
  "My surname is spelt wrong on my user profile - you've dropped a letter - so it is wrong on every workspace "
  "participant list and on the signing certificates that go to the other side. I reported this on 12 May and again on "
  "2 June. Both times someone said it had been passed on. Nothing has changed.\n\nIt looks sloppy to clients and one "
  "lender has already asked whether the certificate was even mine. [[rectification|Correct the spelling on my profile "
  "and on the certificates for my open matters this week, please.]]\n\nAnd let me know when it's done.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Third request, 'sloppy', reply expected: implicit complaint about inaccurate personal data on her own profile "
  "(personal_data, breach=false as nothing was disclosed to the wrong person). 'Correct the spelling' = rectification.",
  kind="staff", domain="brantwoodlegal.co.uk",
  quote="Hello,\n\nThank you for letting us know. We have passed this to our User Administration team, who will "
        "update your profile.\n\nKind regards\nPEXA Customer Support",
  short_subject="surname STILL wrong on my profile",
  short="Third time of asking. [[rectification|Fix the spelling of my surname on my PEXA profile and certificates.]]")

S("pexa", "Website enquiry - Privacy question",
  "Name: {name}\nEmail: {email}\nCompany: Ellison Ward Solicitors\nEnquiry type: Privacy / data protection\n"
  "Message:\nI'm a conveyancer and my firm has just set me up as a user. [[informed|What personal information do you "
  "keep about me as a user, and who do you share it with?]] [[informed|Also, is any of it sent to Australia, as I "
  "understand your parent company is based there?]]\n\n---\nSubmitted via www.pexa.co.uk/contact",
  L(r="informed"),
  "Web-form relay written by a person (not auto-generated). Neutral questions about what is held, who it is shared "
  "with and whether it goes abroad = informed; no dissatisfaction, so not a complaint.",
  kind="form", greet=False, sign=False)

S("pexa", "FW: emails about someone else's house??",
  "Hi team,\n\nFYI - this came into the support inbox this morning from a member of the public. Not one for us, I "
  "think it needs to go through you. I've not replied.\n\nThanks\n{first}\nPEXA Support\n\n"
  "---------- Forwarded message ---------\nFrom: {cname} <{cemail}>\nSubject: emails about someone else's house??\n\n"
  "Why am I getting emails from PEXA about a house in Redditch? I'm buying a flat in Worcester. Today's one has "
  "someone else's name, their address and how much their mortgage is. So if I'm getting theirs, who is getting mine?"
  "\n\n[[access|I want a copy of everything PEXA holds about me and my purchase.]] [[informed|And I want to be told who "
  "you have sent my details to.]] Sort it out.\n\n{cname}",
  L(c=True, pd=True, br=True, r="access,informed", cat="personal_data"),
  "Internal forward from Support: treated as a relay, so the forwarded customer's own words are the new text and are "
  "marked; the staff routing line is not. Another person's data sent to her = breach, with a demand = implicit "
  "complaint, personal_data. 'Copy of everything you hold' = access; 'who you have sent my details to' = informed.",
  kind="fwd", greet=False, sign=False)

S("pexa", "Locked out by your 'risk engine' - need a person to look at this",
  "I'm a completions officer at Heathcote Bank. On Monday my user account was suspended overnight with the message "
  "'Account restricted - automated security review'. Nobody called me. Support say the system flagged 'unusual "
  "activity' (I logged in from home during the train strike, that's all) and they can't override it.\n\nI've now "
  "missed two settlement windows and had to ask a colleague to authorise my matters, which our own controls don't "
  "really allow.\n\n[[automated_decision|I want a real person at PEXA to review the suspension, not the system.]] "
  "[[informed|Tell me what information the system used to flag me and how that check works.]]\n\nToday, please.",
  L(c=True, r="automated_decision,informed", cat="process"),
  "Implicit complaint: an automatic suspension rule blocks her work (process). A human review of a solely automated "
  "decision = automated_decision; what data was used and how the check works = informed. personal_data=false: the "
  "grievance is the lock-out, not data handling. Heathcote is her employer, so about_other_firm=null.",
  kind="staff", domain="heathcotebank.co.uk")

S("pexa", "Supplier due diligence - data protection questions",
  "We are updating our supplier due diligence file for the SRA and our cyber insurer. Could you please send us:\n\n"
  "1. a copy of your current data processing agreement with participant firms;\n2. your ISO 27001 certificate (or "
  "equivalent);\n3. confirmation of where workspace data is hosted and whether any of it leaves the UK.\n\n"
  "A quick turnaround would help as our renewal is due on the 30th.",
  L(),
  "Look-alike: a firm's supplier due-diligence request about PEXA's data processing in general, not about the "
  "writer's own personal data, so no right (not informed, not access). Neutral, so not a complaint.",
  kind="staff", domain="carrowaylaw.co.uk")

S("pexa", "STOP EMAILING ME",
  "I SOLD MY HOUSE IN MARCH. MY SOLICITOR USED YOUR SYSTEM. I HAVE NEVER SIGNED UP TO ANYTHING WITH PEXA AND NOW I GET "
  "YOUR 'MOVING HOME INSIGHTS' NEWSLETTER EVERY FORTNIGHT AND ANOTHER ONE ABOUT REMORTGAGING.\n\n[[objection|STOP "
  "SENDING ME YOUR MARKETING.]] [[informed|AND TELL ME WHERE YOU GOT MY EMAIL ADDRESS FROM.]]",
  L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "ALL-CAPS anger plus demands = implicit complaint about PEXA using her email for marketing she never agreed to "
  "(personal_data, no disclosure so breach=false). 'Stop sending me your marketing' = objection; 'where you got my "
  "email' = informed.",
  greet=False, sign="name", env=["plain", "html", "quoted", "footer", "short"],
  short_subject="STOP EMAILING ME",
  short="[[objection|NO MORE MARKETING EMAILS.]] [[informed|WHO GAVE YOU MY EMAIL??]]")

S("pexa", "Your chatbot is useless - training record export",
  "I tried to sort this on your website chat and got nowhere, transcript below.\n\n[[portability|I need my PEXA "
  "training record and CPD hours as a CSV file so I can upload them into my new firm's learning system.]] That's all. "
  "I've been going round in circles for twenty minutes.\n\n--- Chat transcript ---\n[10:41] PEXA Assistant: Hi! How "
  "can I help today?\n[10:42] You: training record download\n[10:42] PEXA Assistant: You can view your completed "
  "modules under Learning > My Courses.\n[10:43] You: I know. I need the file, not the screen\n[10:43] PEXA "
  "Assistant: You can view your completed modules under Learning > My Courses.\n[10:45] You: agent please\n[10:45] "
  "PEXA Assistant: Our team is available 8am-6pm. Is there anything else I can help with?\n--- End of transcript ---",
  L(c=True, r="portability", cat="service_quality"),
  "Pasted chat transcript: only the email's own sentence is marked, not his earlier chat lines. Frustration with an "
  "unhelpful channel plus a demand = implicit complaint (service_quality); a CSV to load into another system = "
  "portability. personal_data=false: the grievance is the chatbot, a right is merely requested alongside.")

S("pexa", "User changes - Pelham Cross",
  "Two admin changes for our subscription please:\n\n- Jordan Ellis left us on Friday. Please remove his user account "
  "from our firm and cancel his signing rights.\n- Our registered office has moved to 4 Mill Yard, Chesterfield "
  "S40 1TD. Please update the firm details on our participant record and on future invoices.",
  L(),
  "Look-alike: a firm administrator removing a leaver's platform access and updating the firm's own address. Routine "
  "account administration, not the writer exercising a right over her own personal data, so rights [].",
  kind="staff", domain="pelhamcrossconveyancing.co.uk")

S("pexa", "orchard lane not answering + why do you have my details",
  "hello. im buying 4 Larkspur Mews and my solicitor is Orchard Lane. they have not answered me in 3 weeks, the "
  "mortgage offer runs out on the 30th and nobody rings back. please make them reply to me.\n\nalso i got an email "
  "from PEXA saying i have been 'added to a workspace'. i never gave you my email. [[informed|what information do you "
  "have about me and where did you get it?]]",
  L(c=True, r="informed", firm="ols", cat="delay"),
  "A buyer's grievance is her own solicitor's silence (delay), so it is forwarded: about_other_firm=ols. Separately she "
  "asks PEXA what it holds and where it came from = informed, which counts whichever firm the complaint is about. "
  "personal_data=false: the complaint itself is about the solicitor's delay.",
  greet=False, sign="name")

S("pexa", "My user activity logs - please preserve",
  "I left Marsh & Penrose in April and I'm now bringing an employment tribunal claim against them. Some of what they "
  "say depends on when I logged in and which matters I signed off.\n\n[[restriction|Please don't delete my user "
  "activity and login records, and don't use or release them for anything else while the claim is going on.]] "
  "[[access|Could you also send me a copy of my own login history and signing log from January to April this year?]]"
  "\n\nMy solicitor may write to you separately. This is not urgent today but the hearing is in October.",
  L(r="restriction,access"),
  "No dissatisfaction with PEXA, so not a complaint. 'Keep it but don't use it while my claim runs' = restriction "
  "(data needed for a legal claim); 'a copy of my login history' = access. Marsh & Penrose is only her former employer.")

S("pexa", "name on profile",
  "[[rectification|Pls can someone fix my name on my PEXA login.]] [[rectification|My surname on my profile is missing the accent and "
  "has the wrong spelling, please change it to how it is on my practising certificate.]] Thx",
  L(r="rectification"),
  "Short mobile request to correct her own name on her user profile = rectification; no dissatisfaction expressed, "
  "so not a complaint.",
  greet=False, sign="name",
  short_subject="[[rectification|Please correct the spelling of my surname on my PEXA user profile]]", short="")

S("pexa", "Wrong date of birth - verification fail every time",
  "I am working in Nowak & Partners Conveyancing since February. When I am signing in workspace, the identity check "
  "fail every time and it say my details not match. I find that on my profile the date of birth is 07/03/1988 but my "
  "real date is 03/07/1988, so somebody put it in American way.\n\nThis happen now four times and my manager must sign "
  "instead of me, this is embarrassing for me.\n\n[[rectification|Please change my date of birth to correct one, "
  "3 July 1988.]] [[restriction|Until it is corrected, please do not use this wrong date for any checks about me.]] "
  "[[automated_decision|Also the system reject me automatically each time, so I want that a person check my passport "
  "and decide, not the computer.]]\n\nThank you for quick answer.",
  L(c=True, pd=True, r="rectification,restriction,automated_decision", cat="personal_data"),
  "Non-native English. Repeated failures caused by a wrong date of birth on her record, 'embarrassing', answer "
  "expected = implicit complaint about inaccurate personal data. Correct the date = rectification; don't use it until "
  "fixed = restriction; a person, not the computer, to decide = automated_decision.")

S("pexa", "Workspace 31-84417 - wrong flat number",
  "We've noticed that the property address on workspace 31-84417 shows Flat 2, 19 Quarry Street but it should be "
  "Flat 12. That was our typo when we created the workspace. Can it be corrected before the transfer goes to Land "
  "Registry, or do we need to do it our end?\n\nSettlement isn't until the 24th so no panic.",
  L(),
  "Look-alike for rectification: a firm asks how to correct a workspace entry it typed itself. A routine service "
  "question about a transaction record, not a data subject correcting their own data, and no dissatisfaction.",
  kind="staff", domain="fosterdeanlaw.co.uk")

S("pexa", "Complaint - my completion emails went to my ex-husband",
  "I am making a complaint. Your completion notification for my sale of 22 Hawthorn Rise went to my ex-husband's "
  "email address, not mine. He forwarded it to me with a nasty comment - it showed my sale price, my new address and "
  "my solicitor's details. I moved to get away from him and I have a non-molestation order.\n\nI gave my solicitor my "
  "own email in January. I don't know where you got his from, probably an old record from when we bought the house "
  "together.\n\n[[rectification|Remove his email address from my record and put mine on it, today.]] [[access|Send me "
  "a copy of everything that was sent to that address and when.]]\n\nI expect a phone call.",
  L(c=True, ex=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
  "Explicit complaint: PEXA's notification disclosed her new address to her ex-husband = breach, personal_data. "
  "Replacing the wrong email on her record = rectification; copies of what was sent = access. PEXA's own sending, so "
  "about_other_firm=null.",
  short_subject="Complaint - completion emails sent to my ex",
  short="Your notification went to my ex-husband's email. [[rectification|Take his address off my record and use "
        "mine.]] [[access|Send me copies of everything sent to him.]] This is a formal complaint.")


S("pexa", "Website enquiry - Complaint",
  "Name: {name}\nEmail: {email}\nCompany: Thames Valley Mortgages\nEnquiry type: Complaint\nMessage:\nMy personal "
  "mobile number is showing in the PEXA participant directory next to my name, so every conveyancer in the country can "
  "see it. I only ever gave it for two-factor login. I've had three calls this week from firms I've never dealt with."
  "\n[[erasure|Delete my mobile number from your records altogether - I'll use the authenticator app for logins "
  "instead.]] [[restriction|Until that's done, hide it from other users today.]] [[informed|I also want to know why it "
  "was published and who else it has been given to.]]\n\n---\nSubmitted via www.pexa.co.uk/contact",
  L(c=True, ex=True, pd=True, br=True, r="erasure,restriction,informed", cat="personal_data"),
  "Web-form relay; choosing 'Complaint' as the enquiry type names the grievance a complaint, so explicit. A number "
  "given for login exposed to every directory user = breach and personal_data. Delete the number = erasure; hide it "
  "meanwhile = restriction; why published and to whom = informed. The sender's employer is not the subject.",
  kind="form", greet=False, sign=False)

S("pexa", "DSARs in one month, erasure refusals and the new complaints duty",
  "Conveyancing Compliance Digest - Issue 212\n\nSubject access requests: the one-month clock\nThe ICO's updated "
  "guidance reminds firms that a request for 'a copy of all the data you hold about me' is a subject access request "
  "even when it doesn't say so, and that the clock starts on the day of receipt.\n\nAlso in this issue:\n- Erasure "
  "requests from former clients: when you can say no\n- Data protection complaints: the 30-day acknowledgement duty\n"
  "- Webinar: objection and marketing consent after the Data (Use and Access) Act\n\nYou are receiving this email "
  "because you subscribed at lawcompliancenews.co.uk. Unsubscribe | Manage preferences",
  L(auto=True),
  "Look-alike: a subscribed newsletter is auto_generated, so every other label is empty even though it quotes request "
  "wording ('a copy of all the data you hold about me') and discusses erasure and objection as topics.",
  kind="fixed", greet=False, sign=False, env=["html", "plain"],
  senders=["Conveyancing Compliance Digest <digest@lawcompliancenews.co.uk>",
           "Compliance Digest (Law Compliance News) <newsletter@lawcompliancenews.co.uk>"])

S("pexa", "Question about my details",
  "My solicitor told me my remortgage will be completed 'through PEXA'. I've just had a text from you confirming my "
  "settlement date, so you obviously have my mobile number, and I assume my bank details too.\n\n[[informed|Can you "
  "tell me what information you hold about me, what you use it for and how long you keep it after the remortgage is "
  "done?]] [[informed|Does my lender give it to you, or my solicitor?]]\n\nJust want to understand, thanks.",
  L(r="informed"),
  "Neutral questions from a borrower about what PEXA holds, why, for how long and where it came from = informed. "
  "'Just want to understand' and no grievance, so not a complaint.",
  short_subject="what info do you have on me?",
  short="[[informed|What do you hold about me, where did you get it and what do you use it for?]] Just asking.")

S("pexa", "Registration rejected because of my hyphen??",
  "I'm a paralegal at Greyfriars Law and my firm registered me as a new user last week. The identity check rejected "
  "me within seconds. From what your support line said, your system has my surname without the hyphen, so it doesn't "
  "match my passport and the automatic check fails every time.\n\n[[rectification|Please correct my surname on my "
  "registration so it has the hyphen, exactly as it is on my passport.]] [[automated_decision|And please get a person "
  "to look at my documents and approve me, because your automatic check obviously can't cope with hyphenated "
  "names.]]\n\nI can't start work on PEXA matters until this is done and I've already lost a week.",
  L(c=True, pd=True, r="rectification,automated_decision", cat="onboarding"),
  "Blocked from joining with a week lost = implicit complaint, category onboarding (the specific theme); her name held "
  "wrongly sets personal_data as a flag. Fix the surname = rectification; a person to review instead of the automatic "
  "check = automated_decision. Greyfriars is her employer, not the subject.",
  kind="staff", domain="greyfriarslaw.co.uk")

S("pexa", "Yesterday",
  "Yesterday your platform went down at 1.40pm, which as you know is the worst possible time on a Friday. Four of our "
  "completions were sitting in workspaces ready to settle. Your status page said 'all systems operational' until "
  "2.55pm. Your phone line played a recorded message about 'higher than usual volumes' and then cut us off, twice. We "
  "had three sets of buyers sitting in cars outside houses with their children and removal vans, one of them 200 miles "
  "from their old home, and I had to tell each of them that we didn't know when the money would move because the "
  "system the lenders insist on had fallen over and nobody at PEXA would tell us anything.\n\nTwo of them completed "
  "at 5.10pm. One didn't complete until Monday, and the buyers spent the weekend in a Travelodge at our expense. I "
  "want a proper explanation of what happened and what you are going to do about the costs.\n\n[[objection|And take "
  "me off your marketing emails, I don't want to hear about 'exciting new features' while this is going on.]]",
  L(c=True, r="objection", cat="platform_defect"),
  "Long rant about an outage with costs and an explanation demanded = implicit complaint, platform_defect. The one "
  "line at the end asking to be taken off marketing emails = objection; personal_data=false (the grievance is the "
  "outage).",
  kind="staff", domain="rowlandsbeck.co.uk", greet=False)

S("pexa", "[[erasure|Please erase my PEXA user account and all my personal details]]",
  "Retired from practice on 30 June, so I won't need it again. Thanks.",
  L(r="erasure"),
  "The request is in the subject: erase the account and personal details = erasure. No dissatisfaction, so not a "
  "complaint.",
  greet=False, sign="name", env=["plain", "footer", "quoted", "short"],
  short_subject="[[erasure|delete my pexa account and details pls - retired]]", short="")

S("pexa", "NO ACCESS for 3 days",
  "I still can't access any of my workspaces since your password reset on Tuesday. Every time I log in it says "
  "'access denied - contact your administrator' and our administrator says everything is set up correctly on our "
  "side. I've raised two tickets.\n\nI have a completion on Friday. I need my access restored today, not another "
  "ticket number.",
  L(c=True, cat="platform_defect"),
  "Look-alike for access: 'access' means logging in to the platform. Three days locked out, two tickets, demand = "
  "implicit complaint about a system fault (platform_defect); no data right is asked for.",
  kind="staff", domain="keswickhale.co.uk")

S("pexa", "Moving firms - my verification and training data",
  "I'm moving from Westgate Lomas to a new practice next month. [[portability|Rather than redo the whole verification "
  "process, can you send me the identity documents I uploaded and my training and signing records in a machine-"
  "readable file (JSON, CSV, whatever your system exports) so I can hand it to my new firm's onboarding team?]]\n\n"
  "If there's a form I need to fill in, just point me to it.",
  L(r="portability"),
  "Data he provided, in a machine-readable file to hand to another organisation = portability. A neutral request, "
  "not a complaint.")

S("pexa", "Our client: Ms Rebecca Iles - data protection requests",
  "Dear Sir or Madam,\n\nWe act for Ms Rebecca Iles, formerly a licensed conveyancer with Fairholme Conveyancing, and "
  "enclose her signed authority.\n\nOn our client's behalf:\n\n1. [[access|Please provide a copy of all personal data "
  "PEXA holds about Ms Iles, including her user profile, audit logs, support tickets and any internal notes or "
  "correspondence that mention her.]]\n2. [[objection|Our client objects to the continued use of her data in the "
  "'participant performance' reports that PEXA shares with lenders, as she no longer practises.]]\n\nPlease send your "
  "response to this office.\n\nYours faithfully\n\n{name}\nAshby Vernon LLP",
  L(r="access,objection", tp=True),
  "A solicitor writing for a former user = third_party. A copy of all data held = access; objecting to her data being "
  "used in performance reports = objection. Formal and neutral, so not a complaint.",
  kind="staff", domain="ashbyvernonlaw.co.uk", greet=False, sign=False)

S("pexa", "When will I get my money?",
  "We're selling our house and completion is next Friday through PEXA. Once the buyer's money is sent, how long "
  "before it reaches our bank account? Our solicitor said same day but my husband read it can take up to three days. "
  "Also is it safe, does the money sit with you at any point?\n\nThanks for any info.",
  L(),
  "Look-alike: a seller's neutral question about how settlement works, not about their personal data; no right and "
  "no complaint.")

S("pexa", "Flag on my profile - remove it from view NOW",
  "Two colleagues at other firms have asked me why my name shows a red 'Under review' flag in the workspace "
  "participant list. I have no idea what it is. Nobody at PEXA has contacted me and I've done nothing wrong that I know "
  "of. Other firms are now hesitant to accept my signature.\n\n[[restriction|Until you've checked it and told me, stop "
  "showing that flag to anyone.]] [[informed|And tell me who put it there, what it's based on and who has seen it.]]"
  "\n\nThis is my professional reputation.",
  L(c=True, pd=True, r="restriction,informed", cat="personal_data"),
  "An unexplained flag on his record seen by other firms, harm to reputation, demands = implicit complaint about "
  "personal data. Stop showing it until checked = restriction; who put it there, on what basis, who has seen it = "
  "informed. Not a breach: the flag is shown through the platform as designed, not disclosed by mistake.",
  kind="staff", domain="linfordbaines.co.uk", greet=False)

S("pexa", "Name change",
  "I got married in June and have now changed my name at work. [[rectification|Could you update the surname on my "
  "user profile and signing certificate to my married name?]] My firm's admin says she can't change it from her side. "
  "The marriage certificate is attached if you need it.\n\nThanks very much",
  L(r="rectification"),
  "Updating her own name on her profile = rectification (guide: 'correct / update my record'). Polite and neutral, so "
  "not a complaint.",
  kind="staff", domain="oakfieldlegal.co.uk", sign="name",
  quote="Hello,\n\nThanks for your message. Name changes to user profiles are normally made by your firm's PEXA "
        "administrator under Settings > Users.\n\nKind regards\nPEXA Customer Support")

S("pexa", "'User productivity' reports - I object",
  "My manager showed me a PEXA 'user productivity benchmark' this morning that ranks me against every other "
  "completions officer at Northgate by average time to sign, number of workspaces touched and hours logged in. Nobody "
  "told us PEXA was doing this with our activity data, and it's now being used in appraisals.\n\n[[objection|I object "
  "to my activity data being used to profile or rank me, and I want you to stop including me in these reports.]]\n\n"
  "I'd like a written reply.",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Data used in a way he never expected, now affecting appraisals, reply expected = implicit complaint about personal "
  "data. Objecting to being profiled and ranked = objection.",
  kind="staff", domain="northgatebs.co.uk")

S("pexa", "CSV export of settled workspaces - Q2",
  "Our finance team needs a CSV or Excel export of all workspaces we settled between 1 April and 30 June, with "
  "settlement date, workspace number, property and fee charged, for our quarterly reconciliation. The report in the "
  "portal only goes back 30 days. Is there a way to get the full quarter?",
  L(),
  "Look-alike for portability: a firm wants its own transaction data as a CSV for reconciliation. Business data, not "
  "a data subject's right; a neutral service request.",
  kind="staff", domain="brindleyfinch.co.uk")

S("pexa", "Formal complaint - automatic downgrade of my signing authority",
  "I wish to complain about an automated decision your platform made about me. On 14 July my signing authority was "
  "changed from 'Full' to 'Restricted - second signatory required' with the note 'risk score threshold exceeded'. I "
  "have been a subscriber signatory for six years without a single issue, and I was never told PEXA scored its users "
  "at all.\n\n[[automated_decision|I want the decision reviewed by a member of your staff, not re-run through the same "
  "system.]] [[informed|Please also explain what data about me goes into this score, where it comes from and how the "
  "threshold works.]]\n\nUntil this is resolved every completion I handle needs a partner to countersign.",
  L(c=True, ex=True, pd=True, r="automated_decision,informed", cat="personal_data"),
  "Explicit complaint about being scored by a process he was never told of (data used unexpectedly), so personal_data "
  "and category personal_data. Review by staff = automated_decision; what data, from where, how the threshold works = "
  "informed.",
  kind="staff", domain="caldermoorlaw.co.uk",
  short_subject="Complaint - risk score downgrade",
  short="I complain about the automatic downgrade of my signing authority. [[automated_decision|A person must review "
        "it, not the system.]] [[informed|And explain what data the score uses.]]")

S("pexa", "My husband's PEXA account",
  "My husband, Alan, had a major stroke in May and won't be returning to work. I hold a lasting power of attorney for "
  "his property and financial affairs (copy attached). He was a conveyancer at Linden Parry and still has a PEXA user "
  "account.\n\n[[erasure|Please close his account and delete his personal details from your system.]] [[access|Before "
  "you do, could you send me a copy of the information you hold on him, so I have it for his records?]]\n\nI'm sorry "
  "if this isn't the right address for this.",
  L(r="erasure,access", tp=True),
  "An attorney writing for her husband = third_party. Delete his details = erasure; a copy of what is held first = "
  "access. No dissatisfaction, so not a complaint.")

S("pexa", "Automatic reply: Your request for personal data - ref DPR-4471",
  "Thank you for your email. I am out of the office until Monday 1 September with limited access to email. For "
  "anything urgent please contact reception on 01632 960 214.\n\n{name}\n\nOn Fri, 22 Aug 2025, PEXA Data Protection "
  "<privacy@pexa.co.uk> wrote:\n> Dear {first},\n>\n> Further to your request of 24 July for a copy of your personal "
  "data, please find attached...",
  L(auto=True),
  "Look-alike: an out-of-office reply to PEXA's answer to a subject access request. Auto-generated, so rights [] and "
  "everything else empty; the request exists only in the quoted history.",
  kind="staff", domain="merridewlaw.co.uk", greet=False, sign=False, env=["plain", "footer"])

S("pexa", "who did u give my number to",
  "bought my flat in april, solicitor used pexa. since then ive had 6 calls from a removals firm and a 'home "
  "insurance' company who both knew my name and that i'd just moved. nobody had my number except my solicitor and "
  "you. [[informed|who did u share my number with??]] [[informed|and on what basis]]\nnot happy",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Short mobile message: suspected sharing of his number, 'not happy', answer demanded = implicit complaint about "
  "personal data (breach=false: a suspicion, no disclosure is established). Who it was shared with and on what basis = "
  "informed.",
  greet=False, sign="name",
  short_subject="[[informed|who did you give my mobile number to??]]",
  short="cold calls ever since my purchase went through pexa. not happy")

S("pexa", "Title on my details",
  "Small thing: the settlement texts and emails from PEXA address me as Mr. [[rectification|Could you change the "
  "title on my record to Ms?]] Thanks.",
  L(r="rectification"),
  "Correcting the title on her own record = rectification; 'small thing', no grievance, so not a complaint.",
  greet=False, sign="name",
  short_subject="[[rectification|Please change my title from Mr to Ms on your records]]", short="")

S("pexa", "Your data request DPR-5120",
  "That was nine weeks ago. One month, you said. I've had nothing - no data, no extension letter, no reply to my two "
  "chasers.\n\n[[access|Send me the copy of my personal data I asked for, this week.]] If it isn't here by Friday I'm "
  "going to the ICO.",
  L(c=True, pd=True, r="access", cat="personal_data"),
  "A chaser about an ignored subject access request: implicit complaint; a data-rights request badly handled is the "
  "specific theme (personal_data) rather than the generic delay. Re-asking for the copy = access.",
  env=["quoted", "html_quoted", "typos", "footer"],
  quote="Hello,\n\nWe confirm receipt of your request of 9 June for a copy of your personal data. We will respond "
        "within one month.\n\nKind regards\nPEXA Data Protection")

S("pexa", "Invoice billed to wrong entity - please correct",
  "Our July invoice (INV-UK-0725-3318) has been raised to Beacon Home Finance Ltd at our old Bristol address, but the "
  "subscription moved to Beacon Mortgages Ltd from 1 July, as we told your billing team in May. Our accounts payable "
  "team has rejected it twice and it's now showing as overdue with a late payment fee of £75 added.\n\nPlease correct "
  "the invoice, take the late fee off and reissue it to the right company.",
  L(c=True, cat="fees_charges"),
  "Look-alike for rectification: 'correct' concerns a company invoice and address, not anyone's personal data. An "
  "ignored update and an added late fee with a remedy demanded = implicit complaint, fees_charges; the complainant "
  "firm is not the subject.",
  kind="staff", domain="beaconhomefinance.co.uk")

S("pexa", "That is not a CSV",
  "I asked for my user data and e-signing history as a CSV so I could import it into the practice management system "
  "at my new firm. What I got is a 40-page PDF of screenshots. I can't import a picture.\n\n[[portability|Send it "
  "again as a CSV or Excel file, the way I asked.]] And tell me why it took five weeks to send something I can't use.",
  L(c=True, pd=True, r="portability", cat="personal_data"),
  "A portability request handled badly (PDF instead of a machine-readable file) = implicit complaint, personal_data. "
  "Re-asking for a CSV to import = portability; 'why it took five weeks' asks about the handling, not the processing, "
  "so it is not informed.",
  quote="Dear User,\n\nPlease find attached the information you requested.\n\nPEXA Data Protection")

S("pexa", "surveys",
  "I keep getting 'tell us about your settlement experience' surveys from you, three so far since we completed in "
  "May. [[objection|Please don't use my details for surveys or research any more.]] Happy with the house, don't need "
  "to rate it!",
  L(r="objection"),
  "Asking PEXA to stop using her details for surveys and research = objection. Light-hearted, no grievance or "
  "remedy, so not a complaint.",
  greet=False, sign="name",
  short_subject="[[objection|no more surveys please - don't use my details for them]]", short="")

S("pexa", "Website enquiry - Data protection",
  "Name: {name}\nEmail: {email}\nCompany: Sutton Brook Conveyancing\nEnquiry type: Data protection\nMessage:\nSorry, "
  "didn't know which option to choose. Is the platform down at the moment? Our settlement has been sitting on "
  "'awaiting funds' since 11am and your status page says everything is fine. Can someone confirm either way?\n\n---\n"
  "Submitted via www.pexa.co.uk/contact",
  L(),
  "Look-alike: the form's enquiry type says 'Data protection' but the message is a neutral question about the "
  "platform's status. The dropdown is not a request, so rights []; no dissatisfaction, so not a complaint.",
  kind="form", greet=False, sign=False)

S("pexa", "FW: my photo on your website",
  "Hi,\n\nForwarding the below, which came to the marketing inbox. Looks like it needs logging with "
  "you rather than us just taking the page down.\n\n{first}\nMarketing, PEXA\n\n---------- Forwarded message "
  "---------\nFrom: {cname} <{cemail}>\nSubject: my photo on your website\n\nI left Brookwater Legal in March. Your "
  "website still has my photo, my name and a quote from me in the 'customer stories' section, and a recruiter "
  "contacted me this week thinking I still work there. I agreed to that case study when I worked there, for that "
  "firm, not forever.\n\n[[objection|I don't want my name, photo or words used in your marketing any more.]] "
  "[[erasure|Take the case study down and delete the photo and interview recording you have of me.]]\n\nI'd like "
  "confirmation by the end of the week.\n\n{cname}",
  L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Internal forward from Marketing treated as a relay: the forwarded customer's own words are the new text and are "
  "marked, the staff line is not. Ongoing use of her data in marketing causing harm, confirmation demanded = implicit "
  "complaint, personal_data. No more marketing use = objection; delete the photo and recording = erasure.",
  kind="fwd", greet=False, sign=False)

S("pexa", "Constituent: Mrs Grace Oduya - request for information",
  "Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mrs Grace Oduya of 14 Fennel Close, Luton, whose "
  "signed consent is attached.\n\nMrs Oduya bought her home in 2023 and later discovered that her details appeared in "
  "workspace notifications sent to a firm she never instructed. She wrote to PEXA on 3 March asking what had happened "
  "and has had no reply, despite two reminders. She is understandably distressed.\n\n[[access|On her behalf I ask "
  "that you provide her with a copy of the personal data PEXA holds about her.]] [[informed|Please also explain where "
  "that data came from and which firms it has been shared with.]]\n\nI would be grateful for a reply to this office."
  "\n\nYours faithfully\n\n{name}\nCaseworker to Sarah Linton MP",
  L(c=True, pd=True, br=True, r="access,informed", tp=True, cat="personal_data"),
  "An MP's office for a constituent = third_party. Her details sent to a firm she never instructed = breach; her "
  "unanswered letters and distress = implicit complaint, personal_data. A copy of the data = access; where it came "
  "from and who it was shared with = informed.",
  kind="staff", domain="parliament.uk", greet=False, sign=False)

S("pexa", "Pause our subscription",
  "We're merging with another practice on 1 October and will stop taking new instructions through September. Can our "
  "PEXA subscription be put on hold for the month so we're not charged the monthly fee? Our existing workspaces will "
  "all have settled by then. Let me know what you need from us.",
  L(),
  "Look-alike for restriction: putting a firm's subscription 'on hold' is a commercial pause, not restricting the "
  "processing of anyone's personal data. A neutral service request.",
  kind="staff", domain="harlowstoneconveyancing.co.uk")

# ---------------------------------------------------------------------------------------------
# scenarios: conexus

S("conexus", "offers",
  "[[objection|pls stop texting me offers for ur debt consolidation loans.]] [[objection|i dont want marketing from "
  "u, only the payment reminders]]",
  L(r="objection"),
  "Short mobile message: stop marketing texts = objection (the brief's 'stop sending me marketing'). Not a conduct "
  "remedy like 'stop calling me', and no grievance beyond the request, so not a complaint.",
  greet=False, sign="name",
  short_subject="[[objection|STOP marketing texts pls]]", short="")

S("conexus", "YOU HAVE GOT MY DETAILS WRONG",
  "YOUR LETTERS SAY MY DATE OF BIRTH IS 1979. IT IS 1997. I AM NOT 46. YOU HAVE ALSO SPELT MY SURNAME WRONG ON EVERY "
  "SINGLE LETTER SINCE JANUARY AND WHEN I RANG, YOUR AGENT SAID 'IT DOESN'T MATTER AS LONG AS YOU PAY'.\n\nIT MATTERS. "
  "[[rectification|GET MY DATE OF BIRTH AND MY NAME RIGHT.]] [[restriction|AND DO NOT RUN ANY CREDIT SEARCHES ON ME "
  "WITH THE WRONG DATE OF BIRTH UNTIL YOU HAVE FIXED IT.]] [[informed|WHERE DID YOU EVEN GET 1979 FROM?]]\n\n"
  "REF CX-5581203",
  L(c=True, pd=True, r="rectification,restriction,informed", cat="personal_data"),
  "ALL-CAPS anger about inaccurate personal data, dismissed by an agent = implicit complaint, personal_data. Get it "
  "right = rectification; no credit searches with the wrong date until fixed = restriction; where the date came from "
  "= informed.",
  greet=False, sign="name", env=["plain", "html", "quoted", "footer"])

S("conexus", "Contact form: Payment arrangement",
  "Name: {name}\nEmail: {email}\nAccount reference: CX-7730418\nEnquiry type: Payment arrangement\nMessage:\nI've been "
  "paying £25 a month for two years and I'm seeing a debt adviser on the 14th. [[access|Please send me a copy of my "
  "payment history, the notes on my account and the recordings of any calls I've had with you.]] Email is fine."
  "\n\n---\nSent from the contact form at www.conexus.co.uk/contact-us",
  L(r="access"),
  "Web-form relay (a person wrote it, so not auto-generated). The enquiry type says 'Payment arrangement' but the "
  "message asks for copies of his history, notes and call recordings = access. Neutral, not a complaint.",
  kind="form", greet=False, sign=False)

S("conexus", "Contact form: Data protection",
  "Name: {name}\nEmail: {email}\nAccount reference: CX-6608221\nEnquiry type: Data protection\nMessage:\nCan I pay by "
  "standing order instead of debit card? My card expires next month and I'd rather not read new card details out over "
  "the phone.\n\n---\nSent from the contact form at www.conexus.co.uk/contact-us",
  L(),
  "Look-alike: the enquiry type says 'Data protection' but the message is a neutral payment-method question. No "
  "right is asked for and nothing is wrong, so rights [] and not a complaint.",
  kind="form", greet=False, sign=False)

S("conexus", "Client: Mr Dean Foley - CX-6120934",
  "I am a money adviser at Riverside Money Advice and act for Mr Dean Foley (authority attached). We are preparing a "
  "debt relief order application.\n\n[[portability|Please send Mr Foley's full transaction history on this account as "
  "a CSV or Excel file, so we can import it straight into our casework system.]] Please also put the account on hold "
  "for 30 days while we complete the application.",
  L(r="portability", tp=True),
  "A money adviser for her client = third_party. Transaction history as CSV/Excel to import into another system = "
  "portability. 'Put the account on hold' is a collections pause, not restriction of processing. Neutral, not a "
  "complaint.",
  kind="staff", domain="riversidemoneyadvice.org.uk")

S("conexus", "Your agent on Tuesday",
  "I don't even know where to start. Your agent rang me at work on Tuesday at 11am and when I said I couldn't talk he "
  "said 'you can talk or we can escalate, your choice'. I told him I was in a meeting. He rang back four times in the "
  "next hour. My manager asked me who kept ringing. I have been paying £40 a month since March without missing a "
  "single payment, so I have no idea what there was to escalate. When I finally called back at lunch the woman I "
  "spoke to said there were no notes of any calls that morning. So either your agent doesn't write anything down or "
  "someone is lying to me.\n\n[[access|I want the recordings of every call made to me on Tuesday.]]",
  L(c=True, r="access", cat="collection_conduct"),
  "A long rant about an agent's pressure and repeated calls = implicit complaint, collection_conduct. The one request "
  "at the end, for the call recordings, = access; personal_data=false because the grievance is how the debt is "
  "pursued.",
  greet=False, sign="name")

S("conexus", "Not my debt - Pennant Mobile account CX-4417760",
  "I have never had a Pennant Mobile contract. Someone opened one in my name in 2023 using my old address. I reported "
  "it to Action Fraud (crime ref NFRC2310447812) and to Pennant at the time, and Pennant wrote to say they had closed "
  "it as fraud. They have still passed it to you, and now you're writing to me for £742.\n\n[[restriction|While this "
  "is sorted out, don't report anything about this account to the credit reference agencies and don't pass my details "
  "to anyone else.]] [[informed|I also want to know where you got my current address from, because I've moved twice "
  "since then.]]\n\nThe crime report and Pennant's letter are attached. Send this back to them.",
  L(c=True, r="restriction,informed", firm="pmt", cat="debt_dispute"),
  "Identity fraud the creditor already accepted, yet placed for collection: only Pennant Mobile can fix the root "
  "cause, so about_other_firm=pmt, debt_dispute. Don't report or share meanwhile = restriction; where the address came "
  "from = informed. personal_data=false: rights asked alongside a debt dispute.")

S("conexus", "Wrong balance on your letter",
  "Your letter of 4 August says I owe £1,240. I've paid £380 since the plan started in January (bank statements "
  "attached), so the balance should be £860 at most. Your online account shows the payments but the wrong balance, so "
  "someone hasn't applied them.\n\nPlease correct the balance and send me a statement that shows it.",
  L(c=True, cat="debt_dispute"),
  "Look-alike for rectification: correcting the balance is a dispute about the debt (as in the guide's fee example), "
  "not a correction of personal data. Wrong amount with a fix demanded = implicit complaint, debt_dispute.")

S("conexus", "Paid off - remove my details",
  "My Northline Energy account with you was paid in full in 2021 (your ref CX-2209815, closure letter attached). "
  "There's no reason for you to still hold my information. [[erasure|Please erase my personal data from your "
  "systems and confirm when it's done.]]",
  L(r="erasure"),
  "Erase my data now the account is closed = erasure. Brisk but no grievance or remedy beyond the request, so not a "
  "complaint; Northline is only the creditor.",
  short_subject="[[erasure|erase my data - account paid off 2021]]", short="")

S("conexus", "Your chat bot refused my offer",
  "I tried to set up a payment plan on your website chat last night. Transcript is below. It turned down £20 a month "
  "in about ten seconds, after asking me three questions. £20 is what I can afford - I'm on Universal Credit with two "
  "kids.\n\n[[automated_decision|I want a real person to look at my offer, not your computer.]] [[informed|And tell me "
  "what information it used to say no.]]\n\n--- Chat transcript, 19 August 2025 ---\nConnie (virtual assistant): Hi, "
  "I'm Connie! I can help you set up a plan.\nYou: I want to pay 20 a month\nConnie (virtual assistant): Thanks. Based "
  "on the information we hold, we're unable to accept an offer below £65.00 per month.\nYou: why\nConnie (virtual "
  "assistant): Based on the information we hold, we're unable to accept an offer below £65.00 per month. Would you "
  "like to pay in full today?\n--- End of transcript ---",
  L(c=True, r="automated_decision,informed", cat="collection_conduct"),
  "Pasted chat transcript; only the email's own sentences are marked. An affordable offer refused by an automated "
  "tool = implicit complaint about how the debt is pursued (collection_conduct). A person instead of the computer = "
  "automated_decision; what information it used = informed.")

S("conexus", "Stop marketing to my mother",
  "I'm writing about my mother, Mrs Eileen Carver (your ref CX-3390127). I have power of attorney and I've sent it to "
  "you twice. Mum has dementia. She's been getting letters from you offering a 'Fresh Start consolidation loan', and "
  "last week she rang the number on one and gave her bank details to someone before I found out.\n\n[[objection|Stop "
  "using her details to send her marketing of any kind.]] [[rectification|The mobile number on her account, ending "
  "417, is mine and not hers - please change her record so it shows me as her attorney and contact.]]\n\nI want "
  "someone to call me to explain how this was allowed to happen to a vulnerable customer.",
  L(c=True, pd=True, r="objection,rectification", tp=True, cat="personal_data"),
  "An attorney daughter (third_party): a vulnerable customer's data used for marketing, call demanded = implicit "
  "complaint, personal_data. Stop marketing = objection; fix the wrongly attributed number on her record = "
  "rectification.")

S("conexus", "why you write to my work email",
  "I receive yesterday email from you at my work address, about my debt to Sterling Credit. My boss can read this "
  "mailbox. I never give this address to you or to Sterling Credit. [[informed|Please tell me how you find my work "
  "email and who give it to you.]] [[erasure|Also please delete this work email from your system, you must write only "
  "to my home address or my personal email.]] I am very upset, please answer me quickly.",
  L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Non-native English. Data obtained and used unexpectedly, 'very upset', answer demanded = implicit complaint, "
  "personal_data; breach=false because no disclosure is described, only a risk. How you found it and who gave it = "
  "informed; delete the work email = erasure.")

S("conexus", "Prove it",
  "You say I owe £2,160 to Sterling Credit Loans. I have no memory of this loan. Before I pay a penny, send me a copy "
  "of the signed credit agreement and a statement showing how you got to that figure. Until then I'm treating this "
  "as not owed.",
  L(c=True, cat="debt_dispute"),
  "Look-alike for access: a copy of the signed credit agreement and a statement of the debt are documents proving the "
  "debt (a consumer-credit request), not a request for a copy of his personal data. The debt is challenged = implicit "
  "complaint, debt_dispute.",
  greet=False, sign="name")

S("conexus", "Lumen bill - hold fire",
  "Your letter says I owe Lumen Water £438. Lumen themselves accepted on the phone on 2 August that the meter was read "
  "wrongly and said a corrected bill would follow - I have the call reference LW-88120. The £438 is their mistake."
  "\n\n[[restriction|Until Lumen send you the corrected figure, don't use the old amount on any letters and don't "
  "share it with the credit reference agencies.]]\n\nPlease send the account back to them.",
  L(c=True, r="restriction", firm="lwt", cat="debt_dispute"),
  "The creditor's own billing error is the root cause, so about_other_firm=lwt, debt_dispute. Don't use or share the "
  "old figure until corrected = restriction; personal_data=false (the grievance is the bill).")

S("conexus", "FW: new address",
  "Morning,\n\nPassing this on from the payments inbox - the customer has moved and is asking something we can't "
  "answer. Account CX-8814502.\n\nThanks\n{first}\nPayments Team\n\n---------- Forwarded message ---------\nFrom: "
  "{cname} <{cemail}>\nSubject: new address\n\nHi, I've moved. [[rectification|Please update my address to 14 Larch "
  "Close, Bolton BL3 6TW.]] [[informed|I'd also like to know how your field agent knew where I'd moved to, as I hadn't "
  "told you yet - who gave you my new address?]]\n\nThanks\n{cname}",
  L(r="rectification,informed"),
  "Internal forward from the payments team treated as a relay: the forwarded customer's own words are the new text and "
  "are marked, the staff line is not. Update my address = rectification (guide); who gave you my new address = "
  "informed. Neutral, not a complaint.",
  kind="fwd", greet=False, sign=False)

S("conexus", "Subject access request - our client Mr Jonah Webster - your ref CX-9052276",
  "Dear Sir or Madam,\n\nWe act for Mr Jonah Webster and enclose his signed form of authority and proof of identity."
  "\n\n[[access|Please provide a copy of all personal data you hold about our client, including account notes, letters, "
  "call recordings and any data you received from Sterling Credit Loans when the account was assigned to you.]] "
  "[[informed|Please also confirm the source of each category of data and the purposes for which you are processing "
  "it.]]\n\nPlease send the response to this office within the statutory period.\n\nYours faithfully\n\n{name}\n"
  "Halliday Grant Solicitors",
  L(r="access,informed", tp=True),
  "A solicitor for the debtor = third_party. A copy of all personal data = access; the source and purposes of the "
  "processing = informed. Formal and neutral, not a complaint.",
  kind="staff", domain="hallidaygrant.co.uk", greet=False, sign=False)

S("conexus", "Facebook screenshots in my file??",
  "I got the copy of my file I asked for last month. In it there are screenshots of my Facebook page - photos of my "
  "kids' birthday party and my holiday - with notes from one of your staff like 'lifestyle inconsistent with I&E'. I "
  "never agreed to you going through my social media.\n\n[[objection|I object to you searching my social media or "
  "using it to profile me in any way.]] [[erasure|Delete those screenshots and the notes about them from my "
  "account.]]\n\nI expect a written answer.",
  L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Data obtained from social media without her knowledge, written answer expected = implicit complaint, personal_data "
  "(no disclosure, so breach=false). Object to searching and profiling = objection; delete the screenshots and notes "
  "= erasure.")

S("conexus", "STOP CALLING ME AT WORK",
  "This is the fifth time I've asked. Do not ring my work number. I'm a nurse and I can't take calls on the ward - "
  "yesterday your agent rang the ward desk and asked for me by name. Ring my mobile after 6pm or write to me. That's "
  "it.",
  L(c=True, cat="collection_conduct"),
  "Look-alike for objection: 'do not ring my work number' is a conduct remedy (guide: 'stop calling me'), not an "
  "objection to processing. Fifth request with a demand = implicit complaint, collection_conduct; nothing about the "
  "debt was disclosed, so breach=false.",
  greet=False, sign="name")

S("conexus", "'Our system has assessed your account'",
  "Your letter of 12 August says 'our system has assessed your account as suitable for litigation' and gives me 14 "
  "days. I've been on a plan for three years and only missed July because my hours were cut, which I told your agent "
  "about on the phone.\n\nA computer shouldn't be deciding to take someone to court. [[automated_decision|I want a "
  "person to look at my account and review that decision before anything else happens.]]",
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "A litigation threat decided by 'our system', dissatisfaction and a review demanded = implicit complaint about how "
  "the debt is pursued (collection_conduct). A person to review the system's decision = automated_decision.")

S("conexus", "My name wrong order",
  "Good morning. My name is written in wrong order in your letters, you put family name as first name. "
  "[[rectification|Please correct so the family name is the surname, like in my passport which I attach.]] "
  "[[restriction|And until you correct it please do not send my details with the wrong name to credit agency, because "
  "then my credit file has two different persons.]] Thank you very much.",
  L(r="rectification,restriction"),
  "Non-native English, polite, no grievance: not a complaint. Correct the name order = rectification; don't pass the "
  "wrong name to the credit agency until corrected = restriction.",
  greet=False)

S("conexus", "my info",
  "[[access|can u send me everything u have on me incl call recordings]] [[portability|and the payments as a "
  "spreadsheet so i can put them in the budgeting app my adviser uses]] thx. ref CX-3312840",
  L(r="access,portability"),
  "Mobile shorthand. Everything held including recordings = access; payments as a spreadsheet to load into an app = "
  "portability. No grievance, not a complaint.",
  greet=False, sign="name",
  short_subject="[[access|send me everything you hold on me pls]]",
  short="[[portability|+ my payments as a spreadsheet for my budgeting app]]")

S("conexus", "PAID IN 2021!!!!",
  "I PAID THIS OFF IN FULL IN MARCH 2021. I HAVE THE LETTER FROM YOU SAYING ZERO BALANCE. WHY AM I GETTING LETTERS "
  "AGAIN SAYING I OWE £312??? YOUR OWN LETTER SAYS IT'S SETTLED.\n\nSORT THIS OUT AND [[erasure|DELETE ME FROM YOUR "
  "SYSTEM.]]",
  L(c=True, r="erasure", cat="debt_dispute"),
  "ALL-CAPS: a settled debt chased again = implicit complaint, debt_dispute (Conexus's own letter proves it, so "
  "about_other_firm=null). 'Delete me from your system' = erasure (the marked clause); personal_data=false, the "
  "grievance is the debt.",
  greet=False, sign="name", env=["plain", "html", "quoted", "footer"])

S("conexus", "Re: Your subject access request - CX-7140329",
  "Got the memory stick with the recordings and the account notes today, thank you. Everything I needed is there. "
  "Much appreciated.",
  L(),
  "Look-alike: a thank-you for a completed subject access request. The request appears only in the quoted history, "
  "so rights []; nothing is outstanding, so not a complaint.",
  env=["quoted", "html_quoted"],
  quote="Dear {first},\n\nFurther to your request, please find enclosed a memory stick containing your call recordings "
        "and a copy of your account notes.\n\nConexus Data Protection Team\n\n> On 2 July 2025, {name} wrote:\n> Please "
        "send me a copy of all the personal data you hold about me, including call recordings and account notes.")

S("conexus", "Client Ms Tanya Rowe - CX-5517390 - updated income and expenditure",
  "I'm a debt adviser and act for Ms Tanya Rowe (authority sent on 3 June).\n\nThe income and expenditure on your file "
  "is from 2022, when Ms Rowe was working full time. She now works 16 hours a week and her rent has gone up. Her "
  "current budget is attached.\n\n[[rectification|Please replace the 2022 figures on her file with the attached "
  "budget.]] [[restriction|Please don't use the old figures in any affordability decision until the new ones are on "
  "file.]] [[automated_decision|If your system scores affordability automatically, we ask that a member of staff "
  "reassesses her plan with the new figures.]]",
  L(r="rectification,restriction,automated_decision", tp=True),
  "A debt adviser for her client = third_party. Replace out-of-date figures on the file = rectification; don't use "
  "them meanwhile = restriction; staff, not the system, to reassess = automated_decision. Neutral, not a complaint.",
  kind="staff", domain="cityadvicecentre.org.uk", sign="name")

S("conexus", "Questions before I agree the plan",
  "Before I sign up to the £30 plan your colleague offered, a couple of questions:\n\n[[informed|Do you share my "
  "details with credit reference agencies, and what exactly do you tell them?]] [[informed|How long will you keep my "
  "information after I've paid it off?]]\n\nNo rush, I'll sign once I know.",
  L(r="informed"),
  "Questions about sharing and retention of his own data = informed. Asked before anything has gone wrong, so not a "
  "complaint.")

S("conexus", "Moving my plan to a DMP provider",
  "I'm moving my debts into a debt management plan with Clearpath Debt Solutions. [[portability|Please send my "
  "account and payment data to them directly in an electronic format their system can read - their data team is at "
  "data@clearpath-dmp.co.uk.]] My signed authority is attached.",
  L(r="portability"),
  "Sending his data directly to another organisation in a machine-readable form = portability. Neutral, not a "
  "complaint.")

S("conexus", "Lost my job - can you pause things",
  "I was made redundant on Friday. Can you put my account on hold for a month while I sort out my Universal Credit "
  "claim? I'll ring you as soon as I know what I've got coming in. Really sorry.",
  L(),
  "Look-alike for restriction: 'put my account on hold' is a collections pause, not restricting the processing of "
  "personal data. A neutral request, not a complaint.",
  short_subject="made redundant - can my account go on hold for a month?", short="")

S("conexus", "Credit searches every month?",
  "My credit report shows Conexus doing a 'soft search' on me every single month since January - eight so far. I'm on "
  "a plan and I've never missed a payment. Nobody told me you'd be checking my credit file on a rolling basis.\n\n"
  "[[objection|I object to you searching my credit file every month, and I want it stopped.]] Please confirm in "
  "writing.",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Data obtained in a way he was never told of, confirmation demanded = implicit complaint, personal_data. Objecting "
  "to the monthly credit searches = objection.")

S("conexus", "My dad Mr Kayode Adeyemi - CX-2287104",
  "My dad has moved in with me after his hip operation and asked me to sort his post out - his signed note is "
  "attached. [[rectification|Please update his address to 31 Roe Lane, Southport PR9 7HT.]] [[rectification|Please "
  "also correct his phone number, as the one ending 882 is his old landline and has been disconnected.]]\n\nThanks "
  "for your help.",
  L(r="rectification", tp=True),
  "A son writing for his father = third_party. Update the address and correct the phone number on his record = "
  "rectification (guide: 'update my record / address'). Neutral, not a complaint.",
  sign="name")

S("conexus", "Complaint - your agent discussed my debt with my partner",
  "I want to make a complaint. On Monday your agent rang my home number. My partner answered and your agent told him I "
  "owed £1,900 and was 'two payments behind'. My partner didn't know about this debt. We've had a terrible week.\n\n"
  "Nobody checked who they were talking to. [[access|I want a copy of the call recording and the notes made about "
  "that call.]] And I want to know what you are going to do about it.",
  L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "Explicit complaint: debt details disclosed to her partner = breach, personal_data. The recording and notes of the "
  "call = access; 'what you are going to do' is a remedy, not a right.",
  short_subject="Complaint - debt discussed with my partner",
  short="Your agent told my partner about my debt on Monday. I want to complain. [[access|Send me the recording of "
        "that call.]]")

S("conexus", "Member update: handling 'delete my data' requests from customers in arrears",
  "Collections Compliance Update - 14 August 2025\n\nHandling erasure requests from customers in arrears\nCustomers "
  "often write 'delete everything you have on me' or 'stop using my details'. Our guidance note explains when the "
  "right to erasure applies to an open account, when you may keep data to pursue a debt, and how to record an "
  "objection to marketing.\n\nAlso this month:\n- Subject access: call recordings and the 'reasonable and "
  "proportionate' search\n- Breathing Space data flows: a checklist\n\nYou are receiving this because your firm is a "
  "member. Unsubscribe | Update your preferences",
  L(auto=True),
  "Look-alike: a members' newsletter is auto_generated, so rights [] and everything else empty, although it quotes "
  "request wording ('delete everything you have on me') as examples.",
  kind="fixed", greet=False, sign=False, env=["html", "plain"],
  senders=["Collections Compliance Update <updates@collectionscompliance.org.uk>",
           "CCU Weekly <news@collectionscompliance.org.uk>"])

S("conexus", "Automatic reply: Your data request - client Ms P Green - CX-6630194",
  "I'm on annual leave until Tuesday 26 August and not checking email. For client matters please contact the "
  "casework team on 0161 496 0377 or casework@northfieldmoneyadvice.org.uk.\n\nNorthfield Money Advice is a "
  "registered charity.\n\nOn Thu, 14 Aug 2025, Conexus Data Protection <dataprotection@conexus.co.uk> wrote:\n> Dear "
  "{first},\n>\n> We enclose the copy of Ms Green's personal data that you requested on her behalf...",
  L(auto=True),
  "Look-alike: a money adviser's out-of-office quoting Conexus's answer to a data request. Auto-generated, so rights [] "
  "and third_party=false even though the sender is a representative.",
  kind="staff", domain="northfieldmoneyadvice.org.uk", greet=False, sign=False, env=["plain", "footer"])

S("conexus", "Interest freeze application - who decides?",
  "I've filled in your online form asking for the interest on my account to be frozen because of my health. "
  "[[informed|Is the decision made by a computer or does a person look at it?]] [[automated_decision|If it's a "
  "computer, I'd like a member of staff to decide my application instead, as my situation doesn't fit neatly into "
  "boxes.]]",
  L(r="informed,automated_decision"),
  "Asking whether the decision is automated = informed; asking for staff to decide instead = automated_decision. "
  "Asked before any decision, no grievance, so not a complaint.")

S("conexus", "Data schedule - assigned accounts",
  "As part of our annual supplier audit, please can you confirm:\n\n- how long you keep customer data for accounts we "
  "have placed with you after they are closed or recalled;\n- how you delete or return that data at the end of a "
  "placement; and\n- whether any of it is processed outside the UK.\n\nThe questionnaire is attached; we need it back "
  "by 30 September.",
  L(),
  "Look-alike: a creditor client's audit questions about how Conexus processes its customers' data. The writer is not "
  "asking about her own data, so no right (not informed); a routine business enquiry.",
  kind="staff", domain="northline-energy.co.uk")

S("conexus", "STOP means STOP",
  "I replied STOP to your text on 3 July, like it told me to, and I've had two more 'Fresh Start' loan offers since. "
  "I'm on a plan with you for my Lumen Water debt, that's the only reason you have my number.\n\n[[objection|Stop "
  "using my number for marketing.]] [[objection|I don't want offers from you by text, email or post.]]",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Marketing continued after an opt-out = data used against her wishes; dissatisfaction and a demand = implicit "
  "complaint, personal_data. Both sentences ask to stop marketing = objection. Lumen is only the creditor.",
  greet=False, sign="name",
  quote="Conexus: Good news - you've been pre-selected for a Fresh Start consolidation loan. See your offer at "
        "conexus.co.uk/fresh. Reply STOP to opt out.")

S("conexus", "Complaint - going to the Ombudsman - keep my call recordings",
  "I complained to you in May about your agent threatening me with bailiffs on a debt that can't go to bailiffs, and "
  "your final response said the call 'met our standards'. I don't agree and I'm taking my complaint to the Financial "
  "Ombudsman.\n\n[[restriction|Do not delete the recordings of my calls on 6 and 9 May - keep them, but don't use them "
  "for anything else until the Ombudsman has dealt with this.]] [[access|Send me copies of both recordings as well.]]",
  L(c=True, ex=True, r="restriction,access", cat="collection_conduct"),
  "Explicit (continuing) complaint about an agent's threats = collection_conduct. Keep the recordings but don't use "
  "them until the Ombudsman decides = restriction (data needed for a claim); copies of the recordings = access. "
  "personal_data=false: the grievance is the agent's conduct.")

S("conexus", "My ex-wife is getting my letters",
  "My ex-wife has just forwarded me the third letter from you about my account that went to her house. We separated "
  "in 2022. Your letters have my name, my balance and my payment plan on them. She's not happy and neither am I.\n\n"
  "[[rectification|Take her address off my account and put my address on it: Flat 3, 18 Wharf Street, Leeds "
  "LS2 7EQ.]] [[restriction|Until that's done, don't send anything about my account to her address.]]\n\n"
  "[[informed|I want to know how you got her address in the first place.]]",
  L(c=True, pd=True, br=True, r="rectification,restriction,informed", cat="personal_data"),
  "Debt letters sent to his ex-wife = breach, personal_data; 'not happy' with demands = implicit complaint. Replace "
  "the wrong address = rectification; don't use it meanwhile = restriction; how you got it = informed.")

S("conexus", "can't get into my account online",
  "Your online portal says my account is locked after too many attempts. Can you unlock it or reset it? I need access "
  "to make this month's payment before Friday, I don't want to miss it.",
  L(),
  "Look-alike for access: 'access' means the online portal. A routine service request, no grievance, no right.",
  short_subject="portal locked - can you unlock my online account pls", short="")

S("conexus", "Constituent Mr Leon Varga - your ref CX-4478215",
  "Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mr Leon Varga, whose signed consent is enclosed."
  "\n\nMr Varga told one of your advisers about his mental health condition in June so that it could be taken into "
  "account. He has asked me to find out what has happened to that information since.\n\n[[informed|Please explain how "
  "his health information is recorded and used, who it has been shared with (including the creditor, Heathcote Bank), "
  "and how long it will be kept.]]\n\nI would be grateful for a reply to this office.\n\nYours faithfully\n\n{name}\n"
  "Senior Caseworker to Daniel Osei MP",
  L(r="informed", tp=True),
  "An MP's office for a constituent = third_party. How his health data is used, shared and kept = informed. No "
  "dissatisfaction is expressed, so not a complaint; Heathcote is only the creditor.",
  kind="staff", domain="parliament.uk", greet=False, sign=False)

S("conexus", "payment went up to £85 - by computer??",
  "Got a letter saying my plan is going up from £40 to £85 a month from September following an 'automated review of "
  "your circumstances'. Nobody asked me about my circumstances. I rang and the man said the system checked my credit "
  "file and decided I could afford more because my credit card balance went down. It went down because I stopped "
  "using it to buy food!\n\n[[automated_decision|I want a real person to go through my actual income and outgoings "
  "and decide the payment, not the system.]] [[objection|And I object to you using my credit file to set my "
  "payments.]]\n\nI can't pay £85.",
  L(c=True, r="automated_decision,objection", cat="collection_conduct"),
  "An unaffordable payment set by an automated review = implicit complaint about how the debt is pursued "
  "(collection_conduct). A person to decide = automated_decision; objecting to the credit-file use = objection. "
  "personal_data=false: the grievance is the payment amount.",
  greet=False, sign="name")

S("conexus", "Data for our client Mrs Ola Bankole - CX-7092251",
  "I'm a volunteer adviser at Harbourside Advice helping Mrs Ola Bankole with her budget (signed authority attached). "
  "[[portability|Could you send us her payment records as a CSV file so we can import them into our budgeting "
  "software rather than typing them in by hand?]] We were told on the phone to put it in writing, so here it is.",
  L(r="portability", tp=True),
  "An adviser for her client = third_party. Payment records as CSV to import into software = portability. Neutral, "
  "not a complaint.",
  kind="staff", domain="harbourside-advice.org.uk")

S("conexus", "I leave UK - please erase my information",
  "Hello, I am going back to Romania next month. Last week I finish to pay all my debt to Pennant Mobile through you, "
  "I have the letter. [[portability|First please send me my payment records as Excel or CSV file, because my "
  "accountant in Romania must put them in his program.]] [[erasure|After this, please erase all my information from "
  "your system.]] Thank you for your help.",
  L(r="erasure,portability"),
  "Non-native English, polite. Records as Excel/CSV to load into the accountant's program = portability; erase "
  "everything afterwards = erasure. Not a complaint.",
  greet=False)

S("conexus", "Wrong person - Sterling Credit loan",
  "You've been writing to me about a Sterling Credit loan taken out in 2019 by someone with the same name as me. I've "
  "never had a loan with Sterling Credit, my date of birth is different from the one in your letter and I've lived at "
  "this address since 2004. You've matched the wrong person.\n\n[[restriction|Stop using my details on this account "
  "until you've checked who the real borrower is.]] [[restriction|I don't want any of this going anywhere near my "
  "credit file in the meantime.]]",
  L(c=True, pd=True, r="restriction", cat="debt_dispute"),
  "Chased for someone else's debt = implicit complaint, debt_dispute (main theme); his details wrongly linked to the "
  "account is inaccurate personal data, so personal_data=true as a flag. Stop using his details until checked and "
  "keep it off his credit file meanwhile = restriction.")


if __name__ == "__main__":
    sys.exit(main())
