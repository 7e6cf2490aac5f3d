#!/usr/bin/env python3
"""Make data/labelled/rights_marked_l.jsonl: hand-written complaints@ mail in which ordinary people ask for UK GDPR
data-protection rights the way such requests really arrive from consumer channels, plus look-alikes with no rights
request, each with the sentence(s) that ASK for a right marked by hand (author L's set).

What it makes. 60 scenarios (30 per mailbox, "pexa" and "conexus"), each rendered twice = 120 emails. 15 scenarios
are look-alikes with rights [] (a completion statement, a Consumer Credit Act copy of the agreement, a settlement
figure, "close my account", "stop calling me at work", "delete the attachment I sent by mistake", a newsletter's
unsubscribe footer pasted in, the firm's own privacy-notice wording pasted in, "I object to this charge", "access"
to a portal or a webinar recording). The other 45 ask for one to three rights each; all eight rights occur in 8-14
scenarios. Every scenario carries labels by the shared labelling guide, a one-line note and a scenario id (rml-sNN)
shared by both renders.

Register (author L). Consumer-channel mail, not professional correspondence: subject-access, erasure and
restriction letters pasted from consumer-help and debt-charity websites and half filled in (placeholders such as
"[insert account number]" left in, "Dear Sir/Madam", "Yours faithfully", "under the Data Protection Act 2018"),
sometimes with the writer's own angry paragraph above or below the template; web-form and customer-portal
submissions ("Enquiry type: Other", "Message: ..."); pasted live-chat and WhatsApp transcripts; writers whose first
language is Polish, Romanian, Portuguese, Urdu, Tagalog or Arabic (calques such as "I demand the cancellation of my
personal data", "please make the rectify of my address", "stop to use her data"); older writers whose request is
buried in a long, rambling letter; terse one-line mobile emails; and requests phrased as questions or complaints.

How. In a scenario text each sentence that asks for a right is written inline as [[right|sentence]] or
[[right1,right2|sentence]]; rendering strips the markers (labelled_mail.strip_marks) and records every marked sentence
verbatim in `request_sentences`, one entry per right (labelled_mail.finish_marked_record escapes it for HTML bodies).
Tokens in a text ({NAME}, {FIRST}, {LAST}, {EMAIL}, {G} greeting, {S} sign-off ...) are filled per render, so the
two renders of a scenario differ in sender name and address, greeting and sign-off. Each scenario is rendered
plain and once in one other envelope drawn from: HTML (html_with_quote); a quoted earlier reply from the firm;
1-2 letter-edit typos outside the marked sentences (typos_outside_marks); a phone footer or an adviser's
disclaimer; or the scenario's own hand-written short version (same labels). The records are shuffled, numbered
rml-0001... and checked with labelled_mail.marked_record_errors by run_generator, which refuses to write if any
record fails. Stdlib only; one random.Random(SEED) drives every choice, so the output is byte-identical run to run.

Judgement calls (the notes give one per scenario):
* A pasted template's own sentences that ask ("I am writing to request a copy of ...") are marked as well as the
  filled-in request; template sentences that only name a right ("This request is made under Article 15") are not.
* Objecting to marketing emails, texts, surveys or profiling is `objection`; "stop calling me at work", "don't come
  at night" and "I object to this charge" are conduct or fee remedies, not rights.
* Asking to change contact details to an attorney's, or to replace a number that now belongs to an ex-partner, is
  `rectification` (the guide's "update my record"); deleting the old number is `erasure`.
* "Don't send / share / report it until it is fixed or checked" is `restriction`; "send it as a spreadsheet so I can
  load it into another system" is `portability`; "why did the computer say no / let a person decide" is
  `automated_decision`, and "what did it look at / where did you get my number" is `informed`.
* A consumer's complaint about their own participant firm goes to that firm (about_other_firm) even when they also
  ask PEXA to correct PEXA's copy of the data; a complaint about PEXA's own system, staff or emails stays null.
* A web-form submission relayed to the mailbox is the person's own message: not auto_generated.
* A worried or confused request with no blame ("it sounds as though I have done something wrong") is not a
  complaint; "sort it out", "not acceptable", "I expect a reply from a person this time" are implicit complaints.

Usage:  python data/make/make_rights_marked_l.py   (writes data/labelled/rights_marked_l.jsonl)
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, TYPO_WORD, finish_marked_record,  # noqa: E402
                           mark_segments, marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20261231
PREFIX = "rml"
OUT = os.path.normpath(os.path.join(HERE, "..", "labelled", "rights_marked_l.jsonl"))
L = short_labels
MARK = MARK_RIGHTS

FIRM = FIRM_NAMES

# ---------------------------------------------------------------------------------------------
# who writes

GB = [("Kerry", "Aldous"), ("Dean", "Whitmore"), ("Sarah", "Penhaligon"), ("Craig", "Nuttall"), ("Jodie", "Armitage"),
      ("Lee", "Cartwright"), ("Nicola", "Bramley"), ("Wayne", "Heseltine"), ("Stacey", "Pollard"), ("Gavin", "Roebuck"),
      ("Leanne", "Tindall"), ("Martin", "Cowling"), ("Hayley", "Snowden"), ("Darren", "Fenwick"), ("Becky", "Lindsay"),
      ("Rob", "Atherton"), ("Kelly", "Marsden"), ("Jason", "Pilling"), ("Tanya", "Ridgeway"), ("Paul", "Duckworth"),
      ("Amy", "Hebblethwaite"), ("Scott", "Mallinson"), ("Zoe", "Cheetham"), ("Adam", "Broadbent")]
OLD_F = [("Doreen", "Pickering"), ("Maureen", "Cattermole"), ("Gladys", "Ormerod"), ("Sheila", "Wragg"),
         ("Joan", "Fothergill"), ("Marjorie", "Blenkinsop")]
OLD_M = [("Harold", "Bassett"), ("Kenneth", "Ramsden"), ("Bernard", "Hollings"), ("Dennis", "Thwaite"),
         ("Reginald", "Sowerby"), ("Clifford", "Amos")]
PL = [("Agnieszka", "Nowak"), ("Paweł", "Zieliński"), ("Katarzyna", "Wróbel"), ("Marek", "Lewandowski"),
      ("Joanna", "Kaczmarek"), ("Tomasz", "Mazur")]
RO = [("Andrei", "Popescu"), ("Mihaela", "Dumitrescu"), ("Cristina", "Ionescu"), ("Florin", "Stanciu"),
      ("Elena", "Marinescu"), ("Bogdan", "Radu")]
PT = [("Tiago", "Mendes"), ("Beatriz", "Sousa"), ("Ricardo", "Pinto"), ("Mariana", "Lopes"), ("Paulo", "Correia"),
      ("Joana", "Teixeira")]
UR = [("Nadeem", "Butt"), ("Asif", "Chaudhry"), ("Imtiaz", "Malik"), ("Khalid", "Hussain"), ("Tanveer", "Akram"),
      ("Zubair", "Iqbal")]
TL = [("Maricel", "Santos"), ("Jericho", "Reyes"), ("Rowena", "Bautista"), ("Analyn", "Mendoza"),
      ("Ronaldo", "Villanueva"), ("Lorna", "Aquino")]
TL2 = [("Maricel", "Dela Cruz"), ("Rowena", "De Leon"), ("Jonalyn", "Dela Rosa"), ("Arnel", "Delos Santos")]
AR = [("Yousef", "Al-Masri"), ("Rania", "Khalil"), ("Samir", "Nasser"), ("Layla", "Mansour"), ("Karim", "Saleh"),
      ("Huda", "Barakat")]

WEBMAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "live.co.uk",
           "aol.com", "sky.com"]

GREET = {
    "tpl": ["Dear Sir/Madam,", "Dear Sir or Madam,", "To whom it may concern,", "Dear Data Protection Officer,",
            "FAO: The Data Protection Officer\n\nDear Sir/Madam,"],
    "con": ["Hello,", "Hi,", "Dear {firm},", "Dear Sir/Madam,", "Good evening,", "Hi there,", "To whom it may concern,"],
    "esl": ["Dear Sir,", "Dear Sir/Madam,", "Good day,", "Hello,", "Dear Sirs,", "Respected Sir/Madam,",
            "Dear {firm} team,"],
    "old": ["Dear Sirs,", "Dear Sir or Madam,", "To whom it may concern,", "Dear {firm},", "Dear Sir,"],
    "mob": ["", "Hi", "Hello", ""],
    "rep": ["Dear Sir or Madam,", "Dear {firm} team,", "Good afternoon,", "Dear colleagues,"],
    "form": ["", "Hello,", "Hi,", "Good morning,", "Dear {firm},"],
}
SIGN = {
    "tpl": ["Yours faithfully,", "Yours sincerely,", "Yours faithfully"],
    "con": ["Thanks,", "Regards,", "Kind regards,", "Cheers,", "Many thanks,", "Thank you,"],
    "esl": ["Best regards,", "Thank you in advance,", "With respect,", "Kind regards,", "Regards,",
            "Thanking you,"],
    "old": ["Yours sincerely,", "Yours faithfully,", "With thanks and kind regards,", "Yours truly,"],
    "mob": ["", "Thanks", "Ta", "Cheers"],
    "rep": ["Kind regards,", "Yours faithfully,", "Regards,"],
    "form": ["", "Thanks", "Regards", "Thank you"],
}
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from Yahoo Mail on Android", "Sent from my Galaxy",
                 "Sent from Outlook for iOS", "Sent from my iPad", "Sent from Mail for Windows"]
DISCLAIMERS = [
    "This email is intended only for the person to whom it is addressed and may contain confidential information. "
    "If you have received it in error, please let us know and delete it. We are a registered charity; our advice is "
    "free and impartial.",
    "The information in this message is confidential. We hold and use client information in line with our privacy "
    "policy, which is available on request. Please do not reply to this email with bank details.",
]
QUOTES = {
    "pexa": [
        ("On 2 June 2026, PEXA Customer Enquiries wrote:",
         "Hello,\n\nThanks for contacting PEXA. We have received your message and given it the reference CE-{ref}. "
         "If you are buying, selling or remortgaging, please note that your lawyer or conveyancer is your main point "
         "of contact for your transaction.\n\nPEXA Customer Enquiries"),
        ("On 28 May 2026, PEXA Support <support@pexa.co.uk> wrote:",
         "Dear Customer,\n\nThank you for your email. A member of our team will review it and respond within five "
         "working days. Your case number is {ref}.\n\nKind regards,\nPEXA Support"),
    ],
    "conexus": [
        ("On 3 June 2026, Conexus Customer Care wrote:",
         "Dear Customer,\n\nThank you for getting in touch. Your message has been added to your account and passed "
         "to the appropriate team (case {ref}). Please quote your Conexus reference on any further correspondence."
         "\n\nKind regards\nCustomer Care Team\nConexus"),
        ("On 30 May 2026, Conexus <noreply-care@conexus.co.uk> wrote:",
         "Hello,\n\nWe're sorry we missed you. You can manage your account, set up a payment plan or update your "
         "details online at any time. Case reference: {ref}.\n\nConexus"),
    ],
}


class W:
    """Who writes: kind (a key of GREET/SIGN), the name pool, an organisation domain (None: webmail) and the
    signature lines under the name."""

    def __init__(self, kind, names=GB, domain=None, sig=""):
        self.kind, self.names, self.domain, self.sig = kind, names, domain, sig


SCENARIOS = []


def S(mailbox, lab, note, subject, body, who, short=None, typo=True):
    """Register one hand-written scenario. short: (subject, body) of its own short version, same labels;
    typo=False: no typo envelope (the text is mostly pasted: a transcript, a newsletter, a notice)."""
    SCENARIOS.append(dict(sid=f"rml-s{len(SCENARIOS) + 1:02d}", mailbox=mailbox, labels=lab, note=note,
                          subject=subject, body=body.strip("\n"), who=who, short=short, typo=typo))


# ---------------------------------------------------------------------------------------------
# rendering


def ascii_lower(s):
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return re.sub(r"[^a-z]", "", s.encode("ascii", "ignore").decode().lower())


def sender(sc, rng, used):
    who = sc["who"]
    while True:
        first, last = who.names[rng.randrange(len(who.names))]
        if (first, last) not in used:
            used.add((first, last))
            break
    f, la = ascii_lower(first), ascii_lower(last)
    if who.domain:
        local = [f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la[0]}"][rng.randrange(3)]
        addr = f"{local}@{who.domain}"
    else:
        local = [f"{f}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f[0]}{la}", f"{la}.{f}",
                 f"{f}_{la}{rng.randrange(1, 9)}"][rng.randrange(5)]
        addr = f"{local}@{WEBMAIL[rng.randrange(len(WEBMAIL))]}"
    return first, last, addr


def fill(text, first, last, addr):
    i = next((j for j in range(2, len(last) - 1) if last[j] != last[j + 1]), 0)  # a letter swap that shows
    swapped = last[:i] + last[i + 1] + last[i] + last[i + 2:]
    for k, v in (("{NAME}", f"{first} {last}"), ("{FIRST}", first), ("{LAST}", last), ("{LASTX}", swapped),
                 ("{LASTNS}", last.replace(" ", "")), ("{INIT}", first[0]), ("{EMAIL}", addr)):
        text = text.replace(k, v)
    return text


def put(text, token, value):
    """Put value at token; an empty value takes the spaces and line breaks beside the token with it."""
    if value:
        return text.replace(token, value)
    if token == "{G}":
        return re.sub(re.escape(token) + r"[ \n]*", "", text)
    return re.sub(r"[ \n]*" + re.escape(token), "", text)


def assemble(sc, core, greet, sign, first, last, footer):
    kind = sc["who"].kind
    name = f"{first} {last}"
    if kind == "form":
        block = sign
    elif kind == "mob":
        block = (sign + "\n" if sign else "") + first
    else:
        block = sign + "\n" + name + ("\n" + sc["who"].sig if sc["who"].sig else "")
    if "{G}" in core:
        core = put(core, "{G}", greet)
    elif greet:
        core = greet + "\n\n" + core
    if "{S}" in core:
        core = put(core, "{S}", block)
    elif block:
        core = core + "\n\n" + block
    if footer:
        core = core + "\n\n" + footer
    return "\n".join(ln.rstrip() for ln in core.split("\n")).strip("\n")


def typo_candidates(text):
    return sum(len(TYPO_WORD.findall(t)) for t, r in mark_segments(text, MARK) if r is None)


def render(sc, env, rng, used):
    first, last, addr = sender(sc, rng, used)
    kind, mb = sc["who"].kind, sc["mailbox"]
    greet = GREET[kind][rng.randrange(len(GREET[kind]))].replace("{firm}", FIRM[mb])
    sign = SIGN[kind][rng.randrange(len(SIGN[kind]))]
    subject, core = sc["subject"], sc["body"]
    footer = ""
    if env == "typo":
        core = typos_outside_marks(core, rng, MARK, p_second=0.4)
    elif env == "footer":
        pool = DISCLAIMERS if kind == "rep" else PHONE_FOOTERS
        footer = pool[rng.randrange(len(pool))]
    if env == "short":
        subject, core = sc["short"]
        head = greet if kind in ("con", "esl", "mob", "tpl", "old") and rng.random() < 0.5 else ""
        core = ((head + "\n\n") if head else "") + core.strip("\n") + "\n\n" + first
    else:
        core = assemble(sc, core, greet, sign, first, last, footer)
    subject, core = fill(subject, first, last, addr), fill(core, first, last, addr)
    return finish_marked_record(
        rng, mailbox=mb, sender=f"{first} {last} <{addr}>", subject=strip_marks(subject, MARK),
        body=strip_marks(core, MARK), html=env == "html",
        quote=QUOTES[mb][rng.randrange(2)] if env == "quote" else None,
        subject_marks=rights_marks_of(subject), body_marks=rights_marks_of(core), labels=sc["labels"], note=sc["note"],
        source=sc["sid"], env=env)


def build(rng):
    records = []
    for sc in SCENARIOS:
        # a web form gets neither a phone footer nor a quoted reply
        pool = ["html"] + ([] if sc["who"].kind == "form" else ["quote", "footer"])
        if sc["typo"] and typo_candidates(sc["body"]) >= 3:
            pool.append("typo")
        if sc["short"] and rng.random() < 0.6:
            env = "short"
        else:
            env = pool[rng.randrange(len(pool))]
        used = set()
        for e in ("plain", env):
            records.append(render(sc, e, rng, used))
    return records


def summary(recs, env):
    per = {r: sum(r in x["labels"]["rights"] for x in recs) for r in RIGHTS}
    look = sum(not x["labels"]["rights"] for x in recs)
    return (f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {OUT}; envelopes {env}; "
            f"emails per right {per}; look-alikes (rights []) {look}")


def main():
    return run_generator(build, SEED, PREFIX, OUT, errors=marked_record_errors, train_labels=["complaint"], summary=summary)


# ---------------------------------------------------------------------------------------------
# SCENARIOS (hand-written). Markers: [[right|the sentence that asks]] or [[right1,right2|...]].
# Tokens: {NAME} {FIRST} {LAST} {LASTX} (a letter swap of LAST) {LASTNS} (LAST without spaces) {INIT} {EMAIL},
# {G} (greeting here instead of on top) and {S} (sign-off and name here instead of at the end).


# ---- PEXA: rights ---------------------------------------------------------------------------------------------

S("pexa", L(r="access,portability"),
  "Half-filled subject-access template from a consumer site (placeholder left) plus the buyer's own line asking for a "
  "spreadsheet to load into the broker's system: access and portability. No dissatisfaction: not a complaint.",
  "Subject Access Request",
  """I am writing to make a subject access request under Article 15 of the UK GDPR and the Data Protection Act 2018.

Full name: {NAME}
Address: 27 Saxon Way, Bicester OX26 2JT
Account / reference number: [insert account number if known]
Date of birth: 14/09/1986

[[access|Please supply a copy of all the personal data you hold about me, including emails, notes, call recordings and any information held in your systems.]]

I understand you have one calendar month to respond and that you may ask me for proof of identity.

(My own bit, not the template.) We bought our house through Halliwell Conveyancing last spring and I gather the whole thing went through your PEXA system, which is why I am writing to you and not only to them. [[portability|If possible could you also send the data as a spreadsheet or similar file, as my mortgage broker wants to load our details into her system for the remortgage and I'd rather not type it all out again.]]""",
  W("tpl"))

S("pexa", L(c=True, pd=True, r="erasure,objection,informed", cat="personal_data"),
  "Polish writer whose purchase fell through gets PEXA homeowner marketing she never agreed to: implicit complaint "
  "about unexpected use of her email (personal_data). 'Cancellation of my personal data' = erasure; no advertising = "
  "objection; from where and on which ground = informed.",
  "Demand of cancellation of my personal data",
  """My name is {NAME}. In March I was buying the flat in Reading but the purchase was broken because the seller withdrew, so I have no business with your company. My solicitor used your platform, this I know.

Since April I receive from PEXA the e-mails with "advices for new homeowners" and invitation for webinar about moving home. I never gave agreement for this and I am not your client. It is not correct that you use my e-mail address like this.

[[erasure|Therefore I demand the cancellation of my personal data from all your databases.]] [[objection|Until it is done I do not agree that my e-mail is used for any advertising or newsletters.]] [[informed|Also please inform me from where you received my address and on which legal ground you are sending me these e-mails.]]

I wait for your answer in 30 days.""",
  W("esl", PL),
  short=("Cancellation of my data",
         "Your e-mails are not wanted, I was never your client. [[erasure|I demand the cancellation of my personal data from your databases.]] [[objection|Do not use my e-mail for advertising.]] [[informed|From where you have my address?]]"))

S("pexa", L(r="rectification,restriction"),
  "Web-form submission (the person's own text, not auto_generated): buyer's surname misspelt in workspace "
  "notifications; asks for it to be put right (rectification) and not sent on until fixed (restriction). Neutral: "
  "not a complaint.",
  "Website enquiry - Other",
  """Enquiry type: Other
Your role: Buyer / seller / borrower
Name: {NAME}
Email: {EMAIL}
Workspace or matter reference (optional):
Message: {G} my surname is showing as {LASTX} on the notification emails I get from the workspace for my purchase, it should be {LAST}. [[rectification|Can you make it right on your side?]] My conveyancer says she typed it in correctly so I assume it is your end. [[restriction|Please hold off sending it to the Land Registry or the lender with the wrong spelling until it has been put right.]] Completion is meant to be the 19th. {S}
How did you hear about us? N/A""",
  W("form"))

S("pexa", L(c=True, pd=True, r="rectification,automated_decision", cat="personal_data"),
  "Romanian remortgagor: PEXA's verification holds his old address and keeps failing him, remortgage late: implicit "
  "complaint about inaccurate data (personal_data), no participant firm blamed so firm null. 'Make the rectify' = "
  "rectification; a person, not the automatic system, decides = automated_decision.",
  "Wrong address in verification, remortgage blocked",
  """I am remortgaging my house with my bank and the bank lawyer told me the identity verification on PEXA is not passed. I receive three emails from your system "verification unsuccessful" and no explanation. I call your number two times and the lady tell me the system compare my details with the address which is registered and it is not matching.

The problem is you have my old address from Luton, Flat 4, 19 Dunstable Road, where I lived until 2022. Now I live at 8 Weavers Close, Leighton Buzzard since two years and all my documents are with this address. [[rectification|Please make the rectify of my address in your system with the new one.]]

Also I do not understand why a computer decide I am not who I am. [[automated_decision|I want that a person from your team looks at my documents and decide, not the automatic system.]] I send already passport and council tax bill to the lawyer.

My fixed rate finish at end of month and if the remortgage is late I pay the standard rate, this is a lot of money for my family. Please respond fast.""",
  W("esl", RO),
  short=("Remortgage blocked - wrong address",
         "Your system has my old Luton address and my verification keeps failing, my remortgage is late because of it. [[rectification|Please change my address to 8 Weavers Close, Leighton Buzzard.]] [[automated_decision|And I want a person to check my documents, not the computer.]]"))

S("pexa", L(r="objection,access"),
  "Rambling letter from an 84-year-old seller; buried in it she asks PEXA to stop using her email for adverts "
  "(objection) and for a printed copy of what it holds (access). 'No quarrel with anybody': not a complaint.",
  "My house sale and some other matters",
  """I hope you will forgive a long letter but I am 84 and not very good with the computer, my granddaughter has set this up for me so I can write to you.

I sold my house in Kettering last October, 11 Poplar Grove, having lived there since 1971 with my late husband. I moved to a flat in a retirement development near my daughter in Market Harborough and I am very happy there, the warden is very kind and there is a lunch club on Thursdays. The sale was dealt with by a firm in the town centre whose name escapes me at present but they were very efficient and told me that the money came through on your system, which I must say was much quicker than when we bought the house, when it all went by cheque.

Since then I have been getting emails from you, two or three a month, about something called webinars and about "your next move". I do not intend to move again, I can tell you! [[objection|I would be grateful if you would stop using my email for these advertisements, as I have no need of them.]]

The other thing is that my son, who is an accountant, has told me I am entitled to see what you keep about me on your computer. [[access|Would you please send me a copy of whatever information you hold about me, printed on paper, to my new address, which is 6 Chapel Court, Welland Lane, Market Harborough LE16 7RP.]] I do not use the email very much and I worry about missing things.

I must say everyone at the solicitors was very pleasant and I have no quarrel with anybody. My granddaughter says to tell you my old address in case you need it to find me on your records.

Thank you for reading all this.""",
  W("old", OLD_F))

S("pexa", L(r="erasure"),
  "Terse mobile email after a failed sale: delete all my details = erasure. Not a complaint.",
  "remove my details",
  """[[erasure|Can you delete all my details off pexa please]], the sale fell through in january and I don't need you having anything on me""",
  W("mob"))

S("pexa", L(c=True, pd=True, r="portability,informed", cat="personal_data"),
  "Pasted live-chat transcript: the website bot dodged the homeowner's data request and there was no person. Implicit "
  "complaint about a data request badly handled (personal_data). CSV for the new lender's solicitors = portability; "
  "which firms got my details and why = informed.",
  "Live chat this afternoon - not good enough",
  """I've copied the chat I had with your website assistant today below, because I'm getting nowhere.

Chat started 14:02
PEXA Assistant: Hi, I'm Pip, PEXA's virtual assistant. How can I help today?
Me: I've got a question about my data from my remortgage
PEXA Assistant: I can help with workspace questions. Are you a PEXA subscriber?
Me: no I'm the homeowner
PEXA Assistant: For questions about your property transaction, please contact your lawyer or conveyancer. Was this helpful?
Me: speak to a person
PEXA Assistant: Our team is available Monday to Friday, 8am to 6pm. You can reach us using the details on our Contact page.
Chat ended 14:06

It was 2pm on a Tuesday. There was no person, and the Contact page sends you straight back to the chat.

So, in writing: [[portability|I want the data you hold about me and my settlement in an electronic format, a CSV or similar, so that I can hand it to my new lender's solicitors without starting from scratch.]] [[informed|I'd also like to know which firms on your platform my details have been passed to and for what reason.]]

I expect a reply from an actual person this time.""",
  W("con"), typo=False)

S("pexa", L(r="portability,erasure"),
  "Portuguese buyer asks for his data in an Excel/CSV file to give the new solicitor (portability) and then its "
  "'elimination' (erasure). Polite: not a complaint.",
  "Request of my data in file and elimination",
  """I am {NAME}, I bought a house in Swindon in November with the help of a solicitor who used the PEXA. Now my wife and I are going to make the remortgage with other bank and the new solicitor asks many documents again.

[[portability|I would like to receive all my data that you have, in an electronic file like Excel or CSV, to transmit to the new solicitor.]] [[erasure|After you send this, I ask to eliminate my data from your system, because I do not want that my information stays in many places.]]

Sorry for my English, I use the translator for some words.""",
  W("esl", PT))

S("pexa", L(c=True, pd=True, r="erasure,informed", cat="personal_data"),
  "Angry paragraph above a pasted 'right to be forgotten' template (placeholder left): executor gets PEXA emails and "
  "a survey she never signed up for. Implicit complaint ('Sort it out'), unexpected use = personal_data. Template "
  "ask = erasure, where obtained = informed; the Article 17 line only names the right.",
  "Request for erasure (Article 17)",
  """Before the template bit - I have never heard of PEXA, never signed up to anything of yours and yet I have had four emails this month from you addressed to me by name, about "settlement day" and a customer survey. I sold my late mother's house through a solicitor, and apparently that is enough for you to put me on your mailing system. I am fed up with firms treating my inbox like theirs. Sort it out.

{G}

RE: REQUEST FOR ERASURE OF PERSONAL DATA

I am writing under Article 17 of the UK General Data Protection Regulation (the "right to be forgotten").

[[erasure|Please erase all personal data you hold about me without undue delay.]]

My details are:
Name: {NAME}
Email address: {EMAIL}
Customer/account number: [if applicable]

[[informed|Please also confirm where you obtained my personal data, if you did not collect it from me directly.]]

If you do not intend to erase my data you must tell me why within one month of receiving this request.

{S}""",
  W("tpl"),
  short=("Erase my data",
         "I never signed up to PEXA and you keep emailing me. [[erasure|Erase everything you hold on me.]] [[informed|And tell me where you got my email address.]]"))

S("pexa", L(c=True, pd=True, r="rectification,automated_decision", tp=True, cat="personal_data"),
  "Son writes for his 71-year-old father (third_party): PEXA's check rejected the father automatically because the "
  "recorded date of birth is wrong. Implicit complaint (urgent, worried), inaccurate data = personal_data. Correct "
  "the DOB = rectification; a human checks = automated_decision.",
  "My father ID verification rejected - urgent",
  """I am writing on behalf of my father Mr Ghulam {LAST}, he is 71 and not reading English good, I am his son and I help him with the buying of the house in Bradford together with my brother.

Yesterday the solicitor told us that PEXA verification of my father is rejected automatic by your system. They show us the screen, the date of birth is written 01/01/1953 but his correct birth date is 12/03/1953. In Pakistan many old people have 1st January in the old documents but my father passport is the correct one. [[rectification|Kindly correct his date of birth in your records as per his passport.]]

[[automated_decision|Also we request that a human person checks his documents again, not only the computer, because the computer cannot understand this situation.]]

The completion is next Friday and the seller will not wait. We are very worried. Please reply on urgent basis.

My father gave me permission to write, he is sitting with me now.""",
  W("esl", UR))

S("pexa", L(r="informed,objection"),
  "Tagalog-speaking nurse got a PEXA survey SMS: asks where the number came from and why it is used (informed) and "
  "not to use it for surveys or promotions (objection). Careful, not cross: not a complaint.",
  "Question about SMS from PEXA",
  """I received SMS on my mobile from PEXA asking to rate my "settlement experience" from 1 to 10. I bought a flat in Croydon last month with my husband, our solicitor is the one who handle everything, I did not give my number to you directly.

[[informed|May I know where you got my mobile number and why you are using it?]] I am only asking because I am careful with my data, at the hospital we are always trained about this.

[[objection|Also I prefer not to receive anymore the surveys or promotions by SMS, kindly do not use my number for that.]]

Thank you and God bless.""",
  W("esl", TL))

S("pexa", L(r="access,restriction"),
  "Arabic-speaking buyer with a transliteration mismatch asks for a copy of his identity-check result and the data "
  "used (access) and to stop processing and sharing it until his lawyer confirms (restriction). Not a complaint.",
  "Request copy of my identity check and stop processing",
  """I am {NAME}, buyer of 5 Lindley Street, Sheffield, the completion is planned in June. My lawyer informed me that my identity check on the PEXA platform shows a mismatch between my name in the passport and in the bank statement because of the transliteration from Arabic (the bank wrote my family name with different letters).

[[access|I request to receive a copy of the result of the identity check and all the data about me that was used for it.]] [[restriction|Until my lawyer confirms which spelling is correct, I ask you to stop the processing of my data for the check and not to share the result with the bank.]]

I prefer to receive the answer by email in PDF.""",
  W("esl", AR))

S("pexa", L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Web form: settlement texts with the loan amount went to a stranger's mobile (breach) because PEXA holds the wrong "
  "number. Implicit complaint, personal_data. Put my number on = rectification; no texts until done = restriction.",
  "Website enquiry - Other",
  """Enquiry type: Other
Name: {NAME}
Email: {EMAIL}
Phone:
Message: {G} You have the wrong mobile number for me. The text messages about my remortgage settlement ("Your settlement is booked for 14:00 on 22 May, funds of £184,250.00 ...") have been going to a number ending 4471 which is not mine - I only found out because the person who has that number rang my solicitor to ask who I was. So a stranger now knows my name, my lender and how much I am borrowing. [[rectification|Put my correct number on it, which is the one ending 0938.]] [[restriction|And do not send any more texts about my mortgage to any number until that is done.]] I would like someone to ring me about how this happened. {S}""",
  W("form"),
  short=("Wrong mobile number - texts going to a stranger",
         "Your settlement texts about my remortgage, with the amount, have been going to someone else's mobile (ending 4471). [[rectification|Change it to my number ending 0938.]] [[restriction|Send nothing by text until it's fixed.]] Ring me please."))

S("pexa", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Complaint phrased as questions: still getting the PEXA newsletter two years after buying, unsubscribing failed. "
  "Implicit complaint about unexpected marketing use (personal_data). 'Who gave you my email??' = informed; 'take me "
  "off it' for marketing = objection. The first 'why' question only vents.",
  "Why am I still getting these???",
  """Why do I still get your 'Homebuyer Hub' newsletter when we finished buying our house in 2023?? I've clicked the link at the bottom three times. [[informed|And who gave you my email address in the first place??]] I never signed up to anything with PEXA, I didn't even know who you were until I looked you up.

[[objection|Take me off it and don't use my email for any more marketing.]]""",
  W("con"),
  short=("Still getting your newsletter",
         "Third time unsubscribing. [[objection|Stop sending me marketing.]] [[informed|Who gave you my email?]]"))

S("pexa", L(r="informed,automated_decision"),
  "Elderly seller, rambling, worried by an automatic 'could not verify your identity' email; asks what the computer "
  "looked at and why (informed) and for a real person to decide (automated_decision). Worried, blames nobody: not a "
  "complaint.",
  "Email about my identity",
  """I received an email from your company on Saturday saying "We could not verify your identity automatically. Your conveyancer will be in touch." It came up on my tablet while my neighbour's boy was round fixing my television and he read it out to me as I had not got my glasses.

I am selling my bungalow, 3 Orchard Close in Bourne, because my knees are not what they were and I am going to live with my sister in Spalding. I have never had any trouble with my identity before and I have had the same name for 58 years, since I married. My solicitor, who is a very nice young man, is on holiday until the 12th and his office said to wait for him.

I do not like to be a nuisance but I was rather worried as it sounds as though I have done something wrong. [[informed|Could somebody please explain to me what your computer looked at about me, and why it said no?]] [[automated_decision|And I would much rather a real person looked at my passport and my papers and made the decision, if that is allowed.]]

I still have my late husband's name on the gas bill, which is perhaps the trouble. I enclose nothing as I do not know how to on this tablet.""",
  W("old", OLD_F))

S("pexa", L(r="access,erasure"),
  "Terse mobile: send me a copy of everything (access) then delete it (erasure). Not a complaint.",
  "data",
  """[[access|Send me a copy of everything you've got on me]], bought 14 Fern Road Ipswich in February. [[erasure|Then delete it.]]""",
  W("mob"))

S("pexa", L(c=True, ex=True, pd=True, br=True, r="access,restriction", cat="personal_data"),
  "Own formal-complaint paragraph (PEXA helpline gave his ex-wife his completion date and proceeds: breach) above a "
  "half-filled SAR template. Explicit, personal_data, firm null (PEXA's own staff). Copy incl. call recordings = "
  "access; nothing more to anyone pending investigation = restriction.",
  "Formal complaint and subject access request",
  """I want to make a formal complaint before anything else. On 2 June someone from your support line gave my ex-wife the completion date and the sale proceeds figure for our former home, 40 Linnet Drive, Telford, over the phone. She is not a party to the sale (the house was transferred to me in the divorce) and she rang your helpline pretending to be acting for me. Your staff member did not ask her a single security question that she couldn't have answered from our marriage. I have a court order which restricts what she is told about my finances. This has caused me real trouble.

The rest of this letter is from a template on a consumer advice website, as I am told I have these rights.

{G}

Subject access request

This request is made under Article 15 of the UK GDPR (right of access). [[access|Please provide me with a copy of all personal data you hold about me, including recordings and notes of telephone calls made to you on or around 2 June 2026 by anyone claiming to be me or to act for me.]]

[[restriction|In addition, pending your investigation, I ask you to restrict the processing of my personal data so that no further information about me or my sale is given to anyone other than me or my solicitor.]]

My details for identification:
Full name: {NAME}
Address: [new address - see below]
Reference: [insert]

I look forward to hearing from you within one calendar month.

{S}""",
  W("tpl"),
  short=("Formal complaint - my sale details given to my ex-wife",
         "Your helpline gave my ex-wife my completion date and sale proceeds on 2 June without checking who she was. I want this treated as a formal complaint. [[access|Send me a copy of all the data you hold on me, including the call recordings from that day.]] [[restriction|And restrict my data so nothing else goes to anyone but me or my solicitor.]]"))

S("pexa", L(c=True, pd=True, r="rectification", firm="ols", cat="personal_data"),
  "Buyer's grievance is purely Orchard Lane Solicitors (their client) entering the wrong address: forwarded, "
  "firm=ols, inaccurate data = personal_data; post returned, no disclosure, no breach. Still asks PEXA to change "
  "its copy: rectification.",
  "Wrong address on my purchase - Orchard Lane",
  """We completed on our purchase of 2 Tanner's Yard, Frome last Friday. Orchard Lane Solicitors acted for us and I have discovered they entered our correspondence address on the workspace as our old rented flat, even though I gave it to them twice, in writing. As a result the completion confirmation came back "return to sender" because the flat is empty now. I have rung OLS three times and nobody has called back.

I realise the mistake is theirs, not yours. [[rectification|But the wrong address is sitting on your platform under my name, so please change it to 2 Tanner's Yard, Frome BA11 1QE.]] I'd also appreciate it if you could let Orchard Lane know how unimpressed we are, since they won't pick up the phone.""",
  W("con"))

S("pexa", L(c=True, r="automated_decision,informed", cat="process"),
  "Romanian seller's proceeds held by PEXA's automatic risk flag on a new bank account: implicit complaint, the "
  "automated rule itself is the grievance (process), conveyancer not blamed (firm null); personal_data false (the "
  "grievance is the hold, not data handling). Person reviews = automated_decision; what data, from where = informed.",
  "The money of my sale is blocked by your system",
  """I sold my apartment in Harlow on 30 May. My conveyancer Mr. Patel told me the money could not be paid to my account because the PEXA system made an automatic "risk flag" on my bank account, because it is new (I changed the bank in April) and it is in a digital bank. Now is 5 days and I do not have my money and I must pay the deposit for the new rent.

The conveyancer says he cannot do anything, it is the decision of the platform. I think it is not normal that a machine decide to keep the money of a person who did nothing wrong.

[[automated_decision|I ask that a person from PEXA reviews this decision and not only the system.]] [[informed|Please explain me also which of my data the system used to make the flag and from where it took this data.]]

I attach the statement of my bank to show the account is mine.""",
  W("esl", RO),
  short=("Sale money blocked by automatic flag",
         "Your system flagged my new bank account and my sale money is held since 5 days. [[automated_decision|I want a person to review this decision.]] [[informed|Tell me what data the system used and where it came from.]]"))

S("pexa", L(r="objection,erasure"),
  "First-time-buyer webinar attendee now sees targeted adverts: no profiling or targeting = objection; remove the "
  "registration = erasure. Matter-of-fact: not a complaint.",
  "webinar sign-up",
  """I went to your free 'Buying your first home' webinar in March. Since then I've had emails asking me to "finish my profile" and adverts for mortgage partners that seem to know I'm a first-time buyer. [[objection|I don't want my details used to profile me or to target adverts at me.]] [[erasure|Please remove my webinar registration and anything that came with it.]]""",
  W("con"))

S("pexa", L(r="rectification,access", tp=True),
  "Daughter with a registered LPA writes for her mother with dementia (third_party): change the contact details to "
  "hers (rectification, 'update my record') and a copy of the mother's data (access). Not a complaint.",
  "My mother, Mrs June {LAST} - lasting power of attorney",
  """I hold a lasting power of attorney for property and financial affairs for my mother, Mrs June {LAST}, who has vascular dementia and moved into a care home in January. I am selling her house at 19 Beech Avenue, Worksop through Penhale & Co, who tell me the sale will settle through PEXA.

Two things, please. [[rectification|Could you change the contact details on her record so that the email and phone number are mine rather than hers, as she can no longer deal with correspondence and her old mobile is switched off?]] [[access|And could you send me a copy of the personal information you hold on her, so I can check there is nothing out of date?]]

I attach a copy of the registered LPA and my ID. Thank you - I know this is an unusual one for you.""",
  W("con"))

S("pexa", L(r="portability"),
  "Customer-portal contact form: export transaction history and onboarding details as CSV/JSON to upload elsewhere "
  "= portability. Not a complaint.",
  "Customer portal - Contact us",
  """Topic: My data
Sub-topic: Other
Your message:
{G} [[portability|Please can you export my transaction history and the personal details I entered when I registered as a CSV or JSON file, so I can upload them to the conveyancing app my new estate agent uses.]] Happy to verify myself however you need. {S}
Preferred contact: Email ({EMAIL})""",
  W("form"))

S("pexa", L(r="informed,restriction"),
  "Buyer pastes a WhatsApp exchange with his conveyancer about his passport scan in the workspace; asks who can see it "
  "and why (informed) and to show it to nobody else meanwhile (restriction). Uneasy but no grievance: not a complaint.",
  "Who can see my passport?",
  """My conveyancer told me on WhatsApp that my passport scan is "on PEXA" and visible to the other side. I have pasted what she said:

[03/06/2026, 09:14] Sophie (conveyancer): Hi! Just to let you know the ID docs are uploaded to the workspace now so the other side can see everything is in order
[03/06/2026, 09:15] Me: the other side as in the seller??
[03/06/2026, 09:31] Sophie (conveyancer): The seller's solicitors and the lender, yes, it's standard
[03/06/2026, 09:32] Me: ok

It did not feel ok to me. [[informed|Can you tell me exactly who on the platform is able to see my passport, and why they need to?]] [[restriction|Until I have an answer, please make sure it is not shown to anyone other than my own conveyancer.]]""",
  W("con"), typo=False)

# ---- PEXA: look-alikes -----------------------------------------------------------------------------------------

S("pexa", L(),
  "Look-alike: a copy of the completion statement is a transaction document, not a copy of personal data. No right, "
  "not a complaint.",
  "Copy of completion statement please",
  """We completed on 7 May on 15 Heron Way, Chelmsford. My accountant needs a copy of the completion statement for my tax return (it was a buy-to-let sale) and my solicitor's office is closed for refurbishment until July. Could you send me a copy of the completion statement or the settlement figures from the workspace? The reference on the email I had from you was PX-30918822.""",
  W("con"))

S("pexa", L(),
  "Look-alike: 'delete it' refers to a wrong attachment (a five-a-side subs spreadsheet). No right, not a complaint.",
  "Wrong attachment - please ignore",
  """Sorry - I sent you an email about ten minutes ago and attached the wrong file. It's a spreadsheet of my five-a-side team's subs, nothing to do with my purchase. Could you delete it and I'll resend the right one, which is the signed authority form for my solicitor? Apologies for the muddle.""",
  W("con"))

S("pexa", L(),
  "Look-alike: a question about a webinar with the newsletter pasted below, including its unsubscribe and "
  "right-to-object wording. The person asks nothing about data; not auto_generated (a person wrote it).",
  "Fw: PEXA Homebuyer Hub - June",
  """Is the 'Moving day checklist' webinar on the 18th open to people whose lender doesn't use PEXA? Our bank does everything by post apparently. Details below.

---------- Forwarded message ---------
From: PEXA Homebuyer Hub
Subject: PEXA Homebuyer Hub - June

Join our free webinar: Moving day checklist, Thursday 18 June, 7pm. Book your place now.

You are receiving this email because you registered for a PEXA event. To unsubscribe or manage your preferences, click here. PEXA processes your personal data in accordance with its Privacy Notice. You have the right to object to direct marketing at any time.""",
  W("con"), typo=False)

S("pexa", L(),
  "Look-alike: PEXA's privacy-notice rights paragraph pasted in, but the question is whether PEXA can cancel a "
  "purchase. No right asked, not a complaint.",
  "Can I pull out of my purchase through you?",
  """I copied this from your website:

"Your rights: you have the right to request access to, correction of, or erasure of your personal data, to object to or restrict our processing of it, and to data portability. To exercise any of these rights, contact our Data Protection Officer."

My brother-in-law says that because of this I can ask PEXA to cancel everything and get out of the purchase before exchange without paying the seller's costs. Is that right? We've had a survey back that's put us off the house and I'd like to know where I stand. Who do I speak to?""",
  W("con"), typo=False)

S("pexa", L(c=True, firm="bhf", cat="fees_charges"),
  "Look-alike: borrower disputes a £95 fee on Beacon's completion statement; 'I object to this charge' is a fee "
  "dispute, not objection. Consumer vs own lender: firm=bhf, fees_charges, implicit.",
  "£95 'electronic settlement fee' - Beacon",
  """My completion statement from Beacon Home Finance shows a £95 "electronic settlement fee (PEXA)" that nobody mentioned when I took the mortgage. I object to this charge. My mortgage offer lists every fee and this isn't one of them. I rang Beacon and they said it's down to you. Is it? If it isn't, I want Beacon told to take it off and refund it.""",
  W("con"),
  short=("Beacon £95 fee",
         "Beacon Home Finance added a £95 'electronic settlement fee' to my completion statement that wasn't in my offer. I object to this charge and want it refunded."))

S("pexa", L(c=True, cat="platform_defect"),
  "Look-alike: 'give me access back' means the customer portal login, which fails with an error (platform_defect). "
  "Implicit complaint, no right.",
  "can't get into the customer portal",
  """Third time this week I've tried to log in to the customer portal to see where my sale is up to and I get 'Access denied - error 403' after entering the code you text me. I've cleared cookies, tried my phone and my laptop. Please give me access back or tell me what's wrong with it, completion is meant to be next week and I can't see anything.""",
  W("mob"))

S("pexa", L(),
  "Look-alike: 'access' to a webinar recording and slides. No right, not a complaint.",
  "Webinar recording?",
  """I registered for the first-time buyers webinar on Tuesday but my shift overran. Is there a recording I could get access to? Also were the slides going to be sent round?""",
  W("mob"))


# ---- CONEXUS: rights -------------------------------------------------------------------------------------------

S("conexus", L(c=True, r="access", cat="collection_conduct"),
  "Debt-charity SAR template (account placeholder left) under an angry paragraph about five calls a day and a remark "
  "to her son: implicit complaint, collection_conduct; the right alongside does not set personal_data. Both template "
  "sentences that ask for a copy are marked access.",
  "Subject access request - [insert account number]",
  """I've filled this in off the Money Help Hub website. Before you read it: your people have rung me five times a day for a fortnight, including twice on Sunday, and one of them told my 15-year-old, who answered, that "his mum had better pick up". That is not acceptable and I want it to stop and an explanation.

{G}

SUBJECT ACCESS REQUEST

Account number: [insert account number]
Full name: {NAME}
Address: 62 Meadowbank Road, Carlisle CA2 5HX

[[access|I am writing to request a copy of the personal data you hold about me under the Data Protection Act 2018 and the UK GDPR.]] [[access|Please send me a copy of all the information you hold about me, including all notes of telephone calls, recordings of those calls, letters and emails, and any information you received from the original creditor.]]

I have enclosed a copy of my driving licence as proof of identity.

Please respond within one month as required by law.

{S}""",
  W("tpl"),
  short=("SAR + your calls",
         "Your agents ring me five times a day and told my son his mum had better pick up. That stops now. [[access|Send me a copy of all my data including call notes and recordings.]]"))

S("conexus", L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Polish writer, debt paid, called on a new number she never gave: implicit complaint about data obtained "
  "unexpectedly (personal_data). From where and why = informed; 'cancellation of my personal data' = erasure; "
  "'no more calls' is a conduct remedy.",
  "Cancellation of personal data - account paid",
  """I paid all the debt for the Orbitel phone contract in February, I have the confirmation letter from you. But since May you call me on my new mobile number which I did not give to you or to Orbitel, I changed the number in December exactly because of the calls.

The agent on the phone said only it is "about an old account" and he wanted to confirm my date of birth. I refused.

[[informed|I want to know from where you have my new telephone number and for what reason you use it when the account is closed.]] [[erasure|I demand the cancellation of my personal data from your company, the account is finished and you have no reason to keep it.]]

I do not want more calls. Please confirm in writing.""",
  W("esl", PL))

S("conexus", L(c=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
  "Romanian writer: letters still go to the old flat after he gave his new address; the new tenant opened one and saw "
  "the debt (breach). Implicit complaint, personal_data. 'Make the rectify of my address' = rectification; copies of "
  "the letters sent there = access.",
  "Letters go to my old flat - wrong address",
  """I moved from 14B Cranmer Street, Leicester in September and I told you my new address on the phone in October (I have the reference of the call). Still your letters go to the old flat. The new tenant opened one because he thought it was for him and he sent me photo of it on Facebook Messenger, with my name and the debt of Voltra Energy and the amount £1,240.66. This is very shame for me, he is a friend of my cousin.

[[rectification|Please make the rectify of my address, the correct one is 3 Glebe Road, Wigston LE18 3PQ.]] [[access|And send me the copies of all letters that you sent to the old address since September, I need to know what other people can read about me.]]""",
  W("esl", RO),
  short=("wrong address again",
         "Your letter went to my old flat again and the new tenant opened it and saw my debt. [[rectification|Please make the rectify of my address to 3 Glebe Road, Wigston LE18 3PQ.]] [[access|Send me copies of letters you sent to the old address.]]"))

S("conexus", L(r="portability,restriction", tp=True),
  "Money adviser's web-form submission for a client (third_party): account data as CSV for their casework system = "
  "portability; storage only and no arrears reporting while the balance is checked = restriction. Fact-finding, no "
  "grievance yet: not a complaint.",
  "Web enquiry: Other",
  """Enquiry type: Other
I am: A representative / adviser
Your name: {NAME}
Organisation: Tollgate Debt Advice
Email: {EMAIL}
Customer's name: Mr Callum Rigby
Customer's reference: CX-5512870
Message: {G} We act for the above client (signed authority uploaded). He is preparing a debt relief order application and his own records do not match the balance on this account. [[portability|Please provide the account data, including the full transaction and payment history, in a machine-readable format such as CSV so that we can import it into our casework system.]] [[restriction|While the balance is being checked, please restrict the use of his data to storage only and do not report any further arrears to the credit reference agencies.]] {S}""",
  W("form", GB, "tollgatedebtadvice.org.uk"))

S("conexus", L(c=True, ex=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Question-form anger: default still on the credit file months after paying, told twice; 'This is a complaint' "
  "(explicit). Paid balance not disputed, the record is wrong: personal_data. Correct the file = rectification; stop "
  "reporting until done = restriction.",
  "why is the default STILL on my credit file??",
  """Why are you still showing a default with a balance of £612 on my Experian file when I paid this account off in full on 3 March? I have told you twice, once on the phone on 20 March and once by email on 14 April, and both times I was told it would be "updated within 30 days". It is now June. I've just been turned down for car finance because of it.

This is a complaint. [[rectification|Correct my credit file to show the account as settled with a zero balance.]] [[restriction|Until you have done that, stop reporting anything about this account to the credit reference agencies.]] I also want written confirmation when it's done.

Account ref CX-4470193, Northpoint Broadband.""",
  W("con"),
  short=("Complaint - default still on my credit file",
         "I paid CX-4470193 in full on 3 March and the default is still on Experian. This is my complaint. [[rectification|Correct it to settled, zero balance.]] [[restriction|Stop reporting the account until you have.]]"))

S("conexus", L(c=True, r="access,automated_decision", cat="collection_conduct"),
  "79-year-old widower's long letter about an evening doorstep visit and a plan set by the agent's device: implicit "
  "complaint, collection_conduct (personal_data false). Copy of the agent's notes and bodycam film = access; a member "
  "of staff, not a machine, decides = automated_decision. 'Nobody at my door at night' is a conduct remedy.",
  "Your man at my door on Tuesday",
  """I am writing about the gentleman from your firm who called at my house on Tuesday 9th June at about half past seven in the evening. I am 79 and I live alone since my wife passed away three years ago, and I do not open the door after dark as a rule, but he kept knocking and calling through the letterbox that he was "from Conexus about the gas account", so I opened it to stop him making a scene in front of the neighbours.

He was polite enough at first but he would not leave until I had agreed to pay something, and he had a little machine that he put my figures into, my pension and so on, and it came back saying I could afford £50 a month. I told him I could not, I have the council tax and the heating and my tablets, but he said the machine had worked it out and that was that. He was wearing one of those cameras on his coat.

My daughter lives in Cardiff and she is cross that I signed anything. She says I am entitled to ask for things. [[access|I should like a copy of whatever your man wrote down about me on Tuesday and the film from his camera, if there is one.]] [[automated_decision|And I do not think a machine should decide what an old man can afford; I want one of your staff to go through my money with me properly and decide it themselves.]]

I am not refusing to pay what I owe. But I will not have anybody at my door at night again.

I have written my telephone number at the top but I do not always hear it.""",
  W("old", OLD_M))

S("conexus", L(r="access,informed"),
  "Terse mobile text-speak from someone who has never heard of Conexus: what info do you have = access; who gave it "
  "you = informed. No grievance stated: not a complaint.",
  "??",
  """got a letter from u today never heard of u. [[access|what info do u have on me]] [[informed|and who gave it u]]""",
  W("mob"))

S("conexus", L(c=True, pd=True, r="automated_decision,objection", cat="process"),
  "Pasted webchat: the online plan tool refused a plan below an automatic affordability score using credit reference "
  "data. Implicit complaint; the automated minimum rule is the grievance (process); unexpected use of credit data sets "
  "personal_data. A person agrees the plan = automated_decision; object to scoring = objection.",
  "Your online plan tool - copy of chat",
  """I'm pasting the chat from your website last night so you can see what happened.

[21:47] Conexus Assistant: Thanks, {FIRST}. Based on the income and expenditure you entered, the minimum plan we can offer is £85 per month.
[21:48] You: I can't afford 85, I put in my rent and childcare
[21:48] Conexus Assistant: I'm sorry, plans below the minimum cannot be set up online. Your affordability score did not meet the threshold.
[21:49] You: what score? who decided that
[21:49] Conexus Assistant: Affordability is assessed automatically using the information you provide and credit reference data.
[21:50] You: can I talk to someone
[21:50] Conexus Assistant: Our team is available from 8am. Is there anything else I can help with?

So a computer has decided I can pay £85 a month using my credit file, which I didn't know you were even looking at. [[automated_decision|I want a person to look at my actual income and outgoings and agree a plan with me, not the score.]] [[objection|I also object to you using my credit reference data to score me like this.]]

I've got two kids and I'm on Universal Credit. £30 a month is what I can do.""",
  W("con"), typo=False)

S("conexus", L(r="informed,objection", tp=True),
  "Son writes for his widowed mother who reads no English (third_party): on what basis, who gave it, which creditor = "
  "informed; 'stop to use her data' for settlement offers and marketing = objection. Polite: not a complaint.",
  "Regarding my mother account - information required",
  """I am writing for my mother Mrs Parveen {LAST} who does not read or write English. She received two letters from you in the last month regarding an amount of £318 for water. She is 68 and she is widow, she always paid all her bills.

[[informed|Kindly provide us the information on what basis you are keeping her data, who gave it to you and for which creditor you are acting.]] [[objection|Also please stop to use her data for sending the offers of "discount settlement" and the marketing, she is getting confused by these.]]

Her authority letter with her thumb impression and signature is attached. You can contact me on this email.""",
  W("esl", UR))

S("conexus", L(c=True, r="objection,erasure", cat="debt_dispute"),
  "Erasure/objection template with '[Date]' left in, plus the writer's own paragraph: chased for eight years for a "
  "catalogue account opened by a fraudster. Implicit complaint, debt not owed (debt_dispute), rights alongside so "
  "personal_data false. Objection and erasure both asked in the template.",
  "Request for erasure and objection to processing - CX-2093377",
  """[Date]

{G}

Request for erasure and objection to processing

Reference: CX-2093377

I write under Articles 17 and 21 of the UK General Data Protection Regulation. [[objection|I object to the processing of my personal data by your organisation.]] [[erasure|I also request that you erase all personal data you hold about me, as I believe there are no overriding legitimate grounds for you to continue to process it.]]

Please confirm within one month that you have done so.

My own words, not the template: I have been chased by one firm or another for eight years over a catalogue account I never opened. I reported it to the police as identity fraud and you have had a copy of the police letter since 2021. Every year the debt is sold on and it all starts again. Leave me alone.

{S}""",
  W("tpl"),
  short=("Erasure and objection - CX-2093377",
         "Eight years of being chased for a catalogue account I never opened; you have had the police letter since 2021. [[objection|I object to you processing my data.]] [[erasure|Erase it all.]]"))

S("conexus", L(r="portability,rectification"),
  "Tagalog-speaking care worker on a debt management plan: account data in a file to upload to the charity portal = "
  "portability; fix the surname spacing = rectification. Not a complaint.",
  "Request for my data file and correction of surname",
  """I am {NAME}, your reference CX-8120564 (Brightwave Mobile). I am now on a debt management plan with a charity and my adviser asked me to get my account information from you.

[[portability|Can you kindly send my account data and payment history in a file like Excel so I can upload it to the charity's online portal?]] [[rectification|Also kindly correct my surname in your records, you wrote it as {LASTNS} but the correct one is {LAST} with a space, same as my passport.]]

Thank you very much po and more power to your company.""",
  W("esl", TL2))

S("conexus", L(r="automated_decision,access,informed"),
  "Arabic-speaking debtor 'selected for enforcement review': refuses decisions by computer only and asks an employee "
  "to study the case (automated_decision), a copy of his data (access), purpose and source (informed). Not a "
  "complaint.",
  "Request about my data and the decisions",
  """I am {NAME}, account CX-6307719. I received a letter that my case is "selected for enforcement review" and I do not understand who selected it.

In my country the law does not allow that a company takes an important decision about a person only by computer. [[automated_decision|I refuse that your company makes decisions about my case by the computer only, and I ask that an employee studies my case.]]

[[access|Please send me a copy of all my personal data that you process.]] [[informed|Also explain me the purpose of the processing and from which source you obtained my data.]]

I thank you for your cooperation.""",
  W("esl", AR))

S("conexus", L(c=True, ex=True, r="access,automated_decision,objection", tp=True, cat="collection_conduct"),
  "Money adviser (third_party) names a complaint: eleven calls in nine days after the client disclosed an anxiety "
  "disorder (collection_conduct, personal_data false). Recordings = access; staff review of the 'declined by the "
  "system' offer = automated_decision; no propensity scoring = objection.",
  "Complaint - our client Ms Danielle Ashby, ref CX-3391045",
  """We are instructed by the above client, whose signed authority is attached. Ms Ashby has a diagnosed anxiety disorder and told your agent so on 28 April; this is recorded, she says, because the agent read it back to her. Despite that she received eleven calls and four texts over the following nine days, two of which pressed her to take out a loan from a named lender to clear the balance. Please treat this as a complaint about the way the account has been handled.

On her instructions: [[access|please send us copies of the call recordings and account notes for the period 28 April to 7 May.]] [[automated_decision|Your agent told her that her proposed payment of £20 a month had been "declined by the system"; we ask that a member of staff reviews that offer afresh, taking her income and expenditure statement (attached) into account.]] [[objection|Our client also objects to her data being used for any "propensity to pay" or similar scoring.]]

We ask that contact goes through this office for the next 60 days while we complete a full financial statement.""",
  W("rep", GB, "harbourlightadvice.org.uk", "Debt Adviser\nHarbourlight Advice Centre, Grimsby"),
  short=("Complaint - Ms D Ashby CX-3391045",
         "We act for Ms Ashby (authority attached); this is a complaint about eleven calls in nine days after she disclosed an anxiety disorder. [[access|Please send the call recordings and notes for 28 April to 7 May.]] [[automated_decision|Please have a member of staff, not the system, review her £20 offer.]] [[objection|She objects to any propensity-to-pay scoring of her data.]]"))

S("conexus", L(r="restriction,access", tp=True),
  "Sister writes for her brother in hospital (third_party): don't pass his details to tracing agents, CRAs or other "
  "collectors until he can check = restriction; a copy of his account notes = access. Thankful: not a complaint.",
  "my brother Aaron - in hospital",
  """I'm writing for my brother Aaron {LAST} (ref CX-7715208), who was sectioned three weeks ago and is likely to be in hospital for a while yet. He has asked me to deal with his post and he's signed the third-party form from your website, which I've attached along with a letter from his care coordinator.

He is worried about his credit file and about his details being passed around while he can't check anything. [[restriction|Could you please not pass his details on to anyone else - tracing agents, credit reference agencies, other collectors - until he is out and able to look at it himself?]] [[access|He would also like a copy of the notes on his account so that he knows where things stand when he is home.]]

I'm not disputing anything on his behalf and he isn't either. Thank you for being understanding on the phone last week.""",
  W("con"))

S("conexus", L(c=True, pd=True, br=True, r="erasure,rectification", cat="personal_data"),
  "Portal change-of-details form: an agent rang the ex-partner's number and told him about her arrears (breach). "
  "Implicit complaint, personal_data. Delete the old number = erasure; update address and use the new number = "
  "rectification.",
  "Change of details",
  """Enquiry type: Change of details
Name: {NAME}
Account reference: CX-5028846
Email: {EMAIL}
Message: {G} I moved out in March and split up with my partner. I have a new number now, 07700 900418. [[erasure|The number ending 1193 that you have for me is his now, please delete it completely from my account.]] Your colleague rang that number on Tuesday and told him I was behind on my water bill, which he has been using against me since. [[rectification|Please update my address to Flat 2, 41 Ropewalk, Barrow-in-Furness LA14 1PH and use only the new number.]] I want someone to call me about what was said to him. {S}""",
  W("form"))

S("conexus", L(c=True, r="access", firm="lwt", cat="debt_dispute"),
  "Billed by Lumen Water for a period after moving out: the creditor's own billing error, so firm=lwt, debt_dispute "
  "(guide rule 10). Also asks Conexus for a copy of its data: access (rights can sit on a forwarded complaint).",
  "Lumen Water account - not my bill",
  """You've written to me about £486.20 owed to Lumen Water for 7 Millstream Court. I moved out of that property in August 2024 and I gave Lumen a final reading and my forwarding address at the time - I've attached the email they sent me confirming the account was closed with nothing owing. The bill you're chasing is for the period after I left. It's Lumen's mistake, they've billed the wrong person, and they need to sort it out with whoever moved in.

[[access|While you're looking into it, please send me a copy of all the personal data Conexus holds about me, including whatever Lumen passed to you.]]""",
  W("con"),
  short=("Lumen Water - not my bill",
         "The £486.20 you're chasing is for Millstream Court after I moved out; Lumen closed my account with nothing owing and have billed the wrong person. [[access|Please send me a copy of the data you hold about me.]]"))

S("conexus", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Letter about a Beacon loan sent c/o his employer, whose name he never gave: implicit complaint about data obtained "
  "unexpectedly (personal_data); handed over unopened, no breach; Beacon only the creditor, firm null. Where from and "
  "what basis = informed; object to holding/using employment details = objection.",
  "how did you get my work details",
  """Your letter of 2 June about my Beacon Home Finance loan was sent to me care of my employer, addressed to me at work, and handed to me unopened by our receptionist. I've never given Beacon or you my employer's name. [[informed|I'd like to know where you got my employment details from and what legal basis you think you have for using them.]] [[objection|I object to you holding or using my employment details at all, and I'd like that recorded on my account.]]

My home address hasn't changed in eleven years and you've used it before. There was no need for this.""",
  W("con"))

S("conexus", L(r="portability"),
  "Portuguese writer starting an IVA: 'the portability of my data' sent directly to the practitioner = portability. "
  "Not a complaint.",
  "Portability of my data",
  """I am {NAME}, client reference CX-9046231 (Vantage Telecom). I started an IVA with an insolvency practitioner, Meridian IVA Services, and they need the information of all my accounts.

[[portability|I request the portability of my data to the company that will manage my IVA, in electronic format, sending directly to them at cases@meridianiva.co.uk.]] They already have my authorisation.

Thank you for the attention.""",
  W("esl", PT))

S("conexus", L(c=True, pd=True, r="informed,automated_decision", cat="debt_dispute"),
  "Elderly widow wrongly matched to her late sister-in-law's catalogue debt: implicit complaint, not her debt "
  "(debt_dispute) with a wrong data match (personal_data). How you decided it was me / where you got my name = "
  "informed; a proper person looks again = automated_decision.",
  "A debt that is not mine",
  """I hope you will bear with me as I find this very difficult to write. I received your letter dated 27 May addressed to Mrs {INIT} {LAST} about a catalogue account of £1,903, which I have never had. My late sister-in-law had the same initial, she lived in Rotherham and she passed away in 2019 and I believe she did have such accounts, God rest her, she was a great one for the catalogues.

I have lived at this address in Doncaster for forty years. I have never lived in Rotherham. I have always paid my way and I have never owed anybody a penny, my husband saw to that, and it has upset me terribly to be written to in those terms, with "further action" in red at the bottom. I showed it to my neighbour who used to work at the bank and she says these firms use computers to match people up and that is probably what has happened.

[[informed|I should like you to tell me how you came to decide that I was the person who owed this money and where you got my name and address from.]] [[automated_decision|If it was done by a computer I want somebody, a proper person, to look at it again.]]

I am enclosing nothing as I have nothing to send, but my telephone number is on the letter I have put in the post to you as well.

I do not want any more of these letters.""",
  W("old", OLD_F))

S("conexus", L(r="objection,erasure"),
  "Terse mobile: stop using my number for offers texts (marketing) = objection; delete it = erasure. Not a complaint.",
  "STOP texts",
  """[[objection|Stop using my number for your offers texts.]] [[erasure|Delete it off your system, I only deal with you by post now.]]""",
  W("mob"))

S("conexus", L(c=True, r="restriction,rectification", cat="debt_dispute"),
  "Restriction template (contested accuracy) with the writer's details: two payments missing from the balance. "
  "Implicit complaint, wrong amount = debt_dispute, rights alongside so personal_data false. Two template sentences "
  "ask for restriction; correcting the balance afterwards = rectification.",
  "Restriction of processing request",
  """{G}

RE: Request to restrict processing - Account number: CX-1186402

[[restriction|I am writing to request that you restrict the processing of my personal data under Article 18 of the UK GDPR, as I contest the accuracy of the personal data you hold about me.]]

[[restriction|Please restrict processing of my personal data while you verify its accuracy, and confirm in writing when you have done so.]]

[[rectification|Once verified, please correct the inaccurate data, namely the balance of this account.]]

(Template from the Debt Help Directory website.) Details of the inaccuracy: you say I owe £742.18 to Calder Energy. I paid £200 by card on 14 March and another £200 on 11 April, both to your payments line, and I have the confirmation numbers. Neither payment is on the statement you sent me. I am tired of having to prove this.

{S}""",
  W("tpl"))

S("conexus", L(r="portability"),
  "Asks for payment history and account details as a spreadsheet sent straight to her adviser for a budgeting system "
  "= portability. Mentions her adviser but writes for herself: not third_party. Not a complaint.",
  "Payment history for my adviser",
  """My adviser at the Humber Money Clinic has asked for my payment history. [[portability|Can you send my payment history and account details as a spreadsheet straight to her at j.ward@humbermoneyclinic.org.uk so she can load it into her budgeting system?]] My ref is CX-6652013. I'm happy for you to share it with her.""",
  W("con"))

# ---- CONEXUS: look-alikes --------------------------------------------------------------------------------------

S("conexus", L(),
  "Look-alike: Consumer Credit Act s77-78 template for a true copy of the credit agreement and a statement of "
  "account (placeholder left). Statutory documents, not a data right; not a complaint.",
  "Request under sections 77-78 Consumer Credit Act 1974",
  """{G}

Re: Account number [insert account number]

I am writing to request a true copy of the credit agreement relating to the above account, as is my right under sections 77-78 of the Consumer Credit Act 1974. I enclose the statutory fee of £1.

Please also supply a statement of account showing all payments made and any charges applied.

I understand that while you are unable to provide these documents, the agreement cannot be enforced.

{S}

(The account was originally with Beacon Home Finance - the reference on your letter is CX-3028815)""",
  W("tpl"))

S("conexus", L(),
  "Look-alike: 'close my account' after the final payment and a paid-in-full letter. No right, not a complaint.",
  "Paid in full - close account",
  """I paid the last £120 today by bank transfer, ref CX-7183550. That should clear it. Please close my account and send me a letter confirming it's been paid in full. Thanks for being reasonable about the plan.""",
  W("con"))

S("conexus", L(c=True, cat="collection_conduct"),
  "Look-alike: 'don't call me at work' is a conduct remedy, not objection; nothing said to the manager about the debt, "
  "so no breach. Implicit complaint, collection_conduct.",
  "Stop ringing my work",
  """Someone from your office rang my work switchboard this morning and asked for me by name, then rang back an hour later when I didn't pick up. My manager took the second call. I've got a plan set up and I've never missed a payment. Don't call me at work again - ring my mobile after 5 or write to me. I want to know why it happened.""",
  W("con"),
  short=("stop ringing my work",
         "You rang my work twice today and my manager answered. I'm on a plan and have never missed a payment. Don't call my work again and tell me why it happened."))

S("conexus", L(),
  "Look-alike: asks what full and final settlement would be accepted, in writing. No right, not a complaint.",
  "settlement figure?",
  """What would you accept as a full and final settlement on my account CX-4406128? I could raise about £900 from family. Please put any offer in writing before I send anything.""",
  W("mob"))

S("conexus", L(c=True, cat="fees_charges"),
  "Look-alike: 'I object to this charge' about a £60 field visit fee added on top = fees_charges, implicit complaint, "
  "no objection right.",
  "£60 charge added",
  """My balance has gone from £1,134.50 to £1,194.50 and the statement says "field visit fee £60". I object to this charge. Nobody visited me - I was at work all day - and I'd already set up a plan by phone the day before. Take it off please and confirm the correct balance.""",
  W("con"),
  short=("£60 field visit fee",
         "There's a £60 field visit fee on my balance but nobody visited. I object to this charge - take it off."))

S("conexus", L(),
  "Look-alike: Conexus's own privacy-notice wording pasted from the back of a letter ('I'm not bothered about any "
  "of that'); the question is weekly payments. No right, not a complaint.",
  "question about your letter",
  """Your letter says on the back:

"How we use your information: Conexus processes your personal data to collect the debt on behalf of our client and to comply with our legal obligations. You have the right to access your personal data, to have it corrected, and in some circumstances to have it erased or restricted, or to object to processing. For more information see our Privacy Notice."

I'm not bothered about any of that. What I need to know is whether I can pay weekly instead of monthly, as I'm paid weekly, and whether £15 a week would be OK. Ref CX-2250941.""",
  W("con"), typo=False)

S("conexus", L(),
  "Look-alike: 'delete that one' refers to a wrongly attached work rota. No right, not a complaint.",
  "wrong file attached",
  """Sorry, I attached my work rota to the last email instead of my bank statement for the income and expenditure form. Please delete that one and use the statement attached to this email instead. Ref CX-9917342.""",
  W("mob"))

S("conexus", L(),
  "Look-alike: turns down the data copy offered in the letter ('I don't want all that') and asks only the balance "
  "and whom to pay. No right, not a complaint.",
  "just want the balance",
  """I had a letter from you that says I can ask for a copy of the data you hold about me. I don't want all that, I just need to know what I owe and whether I pay you or one of the other two firms that have written to me about what might be the same debt. Ref on your letter CX-5570128.""",
  W("con"))


if __name__ == "__main__":
    sys.exit(main())
