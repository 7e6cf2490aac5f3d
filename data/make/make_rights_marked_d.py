#!/usr/bin/env python3
"""Make data/labelled/rights_marked_d.jsonl: hand-written complaints@ mail in which people exercise UK GDPR
data-protection rights (mostly without naming the right or the law), plus look-alikes with no rights request,
each with the sentence(s) that ASK for a right marked by hand (author D's set).

What it makes. 86 scenarios (43 per mailbox, "pexa" and "conexus"), about 220 emails, each one whole email written by
hand in the SCENARIOS section below, mostly from professional and institutional senders (solicitors and
conveyancers, bank and lender staff, data-protection officers of creditor clients, money advisers and debt
charities, an MP's caseworker, a claims firm) and some long consumer letters. Requests are often buried in the
middle or end of a long email about something else, hedged or conditional, several at once, or sit above a
forwarded chain. About a quarter of the scenarios are look-alikes with rights [] (a document that is not personal
data, organisation details, a balance dispute, a conduct remedy, a disclaimer, a newsletter, an auto-reply).
Every scenario carries labels by data/shared labelling guide, a one-line note and its scenario id (rmd-sNNN).

How. In a scenario body each sentence that asks for a right is written inline as [[right|sentence]]; rendering
strips the markers and records the sentence verbatim in `request_sentences` (escaped as in its <p> for HTML
bodies; a marker in the subject marks the subject text). Each scenario is rendered 2-3 times with a different
sender name and address (the address only, when the text names the writer), greeting and sign-off, and one envelope each: plain; HTML (html_with_quote); a quoted
earlier reply from the firm; 1-2 letter-edit typos (edit_words, only on lower-case words outside marked sentences,
never on names or on words containing "compl"); a legal disclaimer or phone footer; or a hand-written short or
subject-only version with the same labels. The records are shuffled, numbered rmd-0001... and checked with
labelled_mail.marked_record_errors via shuffle_number_check, which refuses to write if any record fails; this
script also asserts every marked sentence lies in the new (unquoted) text. Stdlib only; one random.Random(SEED)
drives every choice, so the output is byte-identical run to run.

Usage:  python data/make/make_rights_marked_d.py   (writes data/labelled/rights_marked_d.jsonl)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_mail import (FIRM_NAMES, finish_marked_record, marked_record_errors, marks_of, run_generator,  # noqa: E402
                           short_labels, strip_marks, typos_outside_marks)

SEED = 20261213
PREFIX = "rmd"
OUT = os.path.normpath(os.path.join(HERE, "..", "labelled", "rights_marked_d.jsonl"))
L = short_labels
MARK = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")
SIG_SPLIT = "\n@@SIG@@\n"

FIRM = FIRM_NAMES

NAMES = [
    ("Eleanor", "Marsh"), ("Rupert", "Achterberg"), ("Siobhan", "Keane"), ("Tomasz", "Wojcik"), ("Amara", "Okafor"),
    ("Gareth", "Pryce"), ("Fiona", "Gallacher"), ("Imran", "Qureshi"), ("Harriet", "Lomax"), ("Declan", "Moriarty"),
    ("Priya", "Raghavan"), ("Oliver", "Stainton"), ("Bethan", "Howells"), ("Kwame", "Asante"), ("Lucy", "Fairbrother"),
    ("Marcus", "Whitfield"), ("Niamh", "Doherty"), ("Samuel", "Okonjo"), ("Charlotte", "Venables"), ("Dev", "Mistry"),
    ("Rachel", "Sutcliffe"), ("Alistair", "McLeod"), ("Yasmin", "Haddad"), ("Jonathan", "Pemberton"), ("Aoife", "Brennan"),
    ("Graham", "Tillotson"), ("Sunita", "Bhatt"), ("Hugo", "Langford"), ("Megan", "Pritchard"), ("Tariq", "Mahmood"),
    ("Catriona", "Munro"), ("Daniel", "Ferreira"), ("Joanna", "Kowalczyk"), ("Edward", "Ashworth"), ("Leah", "Goldberg"),
    ("Callum", "Baird"), ("Zainab", "Adeyemi"), ("Peter", "Holroyd"), ("Sophie", "Marchetti"), ("Ravi", "Chandran"),
    ("Helen", "Treharne"), ("Michael", "O'Rourke"), ("Georgia", "Blackwood"), ("Hamza", "Siddiqui"), ("Laura", "Kinsella"),
    ("Stuart", "Greaves"), ("Anjali", "Kapoor"), ("Neil", "Drummond"), ("Ruth", "Abernethy"), ("Kieran", "Lynch"),
    ("Victoria", "Ellery"), ("Ade", "Bamidele"), ("Clare", "Whittaker"), ("Owen", "Griffiths"), ("Miriam", "Feld"),
    ("Patrick", "Nolan"), ("Kirsty", "Arbuthnot"), ("Farid", "Rahimi"), ("Emma", "Thornycroft"), ("Liam", "Cassidy"),
    ("Hannah", "Verity"), ("Jamal", "Osei"), ("Gwen", "Llewellyn"), ("Robert", "Featherstone"), ("Ines", "Carvalho"),
    ("Matthew", "Ruddock"), ("Nadia", "Petrova"), ("Simon", "Ackroyd"), ("Grace", "Mwangi"), ("Andrew", "Kerrigan"),
    ("Deborah", "Salt"), ("Vikram", "Sethi"), ("Isla", "Rennie"), ("Thomas", "Beddoes"), ("Chloe", "Hartigan"),
    ("Malcolm", "Eadie"), ("Shabnam", "Akhtar"), ("Ewan", "Forsyth"), ("Judith", "Plaskett"), ("Lewis", "Ogunleye"),
]
CON_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
               "proton.me", "live.co.uk"]

GREET = {
    "pro": ["Dear Sir or Madam,", "Dear Sirs,", "Dear {firm} team,", "Good morning,", "Good afternoon,", "Hello,",
            "Dear colleagues,"],
    "dpo": ["Dear Data Protection Officer,", "Dear Sir or Madam,", "Dear colleagues,", "Dear {firm} Data Protection Team,",
            "Good morning,"],
    "con": ["Dear Sir/Madam,", "To whom it may concern,", "Hello,", "Dear {firm},", "Good evening,", "Hi,"],
}
SIGNOFF = {
    "pro": ["Yours faithfully,", "Kind regards,", "Regards,", "Yours sincerely,", "Best regards,", "With thanks,"],
    "dpo": ["Yours faithfully,", "Kind regards,", "Yours sincerely,", "Regards,"],
    "con": ["Yours faithfully,", "Regards,", "Thank you,", "Many thanks,", "Thanks,", "Kind regards,"],
}
DISCLAIMERS = [
    "This email and any attachments are confidential and may contain legally privileged information or personal "
    "data. If you are not the intended recipient, please notify the sender immediately and delete this email. Do not "
    "copy, use or disclose its contents.",
    "CONFIDENTIALITY: the information in this message may be privileged and is intended only for the addressee. "
    "We process personal data in accordance with our privacy notice, available on our website. Please be aware of "
    "cyber fraud: we will never change our bank details by email.",
    "This message has been scanned for viruses. Any personal data contained in it is processed in line with the UK "
    "GDPR and the Data Protection Act 2018. If this message has reached you in error, please tell us and then erase it.",
]
PHONE_FOOTERS = ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
                 "Sent from my Samsung Galaxy smartphone."]
GENERIC_QUOTE = {
    "pexa": ("On 12 May 2026, PEXA Operational Support wrote:",
             "Hello,\n\nThank you for getting in touch with PEXA. Your enquiry has been logged under reference "
             "OS-{ref} and a member of the Operational Support Team will come back to you shortly.\n\nKind regards\n"
             "PEXA Operational Support"),
    "conexus": ("On 9 May 2026, Conexus Customer Services wrote:",
                "Dear Customer,\n\nThank you for your email, which has been passed to the relevant team. Please quote "
                "your Conexus reference in all correspondence.\n\nYours sincerely\nCustomer Services\nConexus"),
}


class W:
    """Who writes: kind pro|dpo|con|raw, the address domain (None: a consumer webmail), the signature lines under
    the name ({name} allowed), and the display name format."""

    def __init__(self, kind, domain=None, sig="", display="{name}", fixed=None, person=None):
        self.kind, self.domain, self.sig, self.display, self.fixed = kind, domain, sig, display, fixed
        self.person = person  # (first, last) when the text itself names the writer: only the address varies


SCENARIOS = []


def S(mailbox, lab, note, subject, body, who, short=None, quote=None, envs=None, headers=None, html_only=False,
      greet=None):
    """Register one hand-written scenario. short: (subject, body) of a short version ("" body = subject only);
    quote: (header line, text) of the firm's earlier reply used by the 'quote' envelope; envs: fixed envelopes."""
    SCENARIOS.append(dict(sid=f"rmd-s{len(SCENARIOS) + 1:03d}", mailbox=mailbox, labels=lab, note=note,
                          subject=subject, body=body.strip("\n"), who=who, short=short, quote=quote, envs=envs,
                          headers=headers or {}, html_only=html_only, greet=greet))


# ---------------------------------------------------------------------------------------------
# rendering


def sender(sc, rng, used):
    who = sc["who"]
    if who.kind == "raw":
        return who.fixed, None, None
    while who.person is None:
        first, last = NAMES[rng.randrange(len(NAMES))]
        # never a name already used for this scenario, nor one whose surname is a character or firm in its text
        if (first, last) not in used and last not in sc["body"] + sc["subject"] + who.sig:
            used.add((first, last))
            break
    if who.person is not None:
        first, last = who.person
    name = f"{first} {last}"
    lo_first, lo_last = re.sub(r"[^a-z]", "", first.lower()), re.sub(r"[^a-z\-]", "", last.lower())
    while True:  # a new address for each variant
        if who.domain:
            local = [f"{lo_first}.{lo_last}", f"{lo_first[0]}{lo_last}", f"{lo_first}{lo_last[0]}"][rng.randrange(3)]
            addr = f"{local}@{who.domain}"
        else:
            local = [f"{lo_first}.{lo_last}", f"{lo_first}{lo_last}{rng.randrange(10, 99)}", f"{lo_first[0]}.{lo_last}",
                     f"{lo_last}.{lo_first}"][rng.randrange(4)]
            addr = f"{local}@{CON_DOMAINS[rng.randrange(len(CON_DOMAINS))]}"
        if addr not in used:
            used.add(addr)
            break
    return f"{who.display.format(name=name)} <{addr}>", name, first


def assemble(sc, core, name, greet, signoff, footer):
    """Greeting, the text above any forwarded block, the sign-off and signature, a footer, then the forwarded block."""
    who = sc["who"]
    if who.kind == "raw":
        return core
    top, _, fwd = core.partition(SIG_SPLIT)
    sig = who.sig.format(name=name)
    parts = []
    if greet:
        parts.append(greet + "\n\n")
    parts.append(top + "\n\n" + signoff + "\n" + name + (("\n" + sig) if sig else ""))
    if footer:
        parts.append("\n\n" + footer)
    if fwd:
        parts.append("\n\n" + fwd)
    return "".join(parts)


def render(sc, env, rng, used):
    frm, name, first = sender(sc, rng, used)
    kind, mb = sc["who"].kind, sc["mailbox"]
    greets, signs = GREET.get(kind, [""]), SIGNOFF.get(kind, [""])
    greet = sc["greet"] if sc["greet"] is not None else greets[rng.randrange(len(greets))].format(firm=FIRM[mb])
    if greet == "-":
        greet = ""
    signoff = signs[rng.randrange(len(signs))]
    subject, core = sc["subject"], sc["body"]
    if env == "short":
        subject, core = sc["short"]
        core = core.strip("\n")
    if env == "typo":
        # D's typos: a second one half the time, and none in the forwarded block below @@SIG@@
        core = typos_outside_marks(core, rng, MARK, p_second=0.5, stop="@@SIG@@")
    footer = ""
    if env == "footer":
        pool = PHONE_FOOTERS if kind == "con" else DISCLAIMERS
        footer = pool[rng.randrange(len(pool))]
    subj_plain, core_plain = strip_marks(subject, MARK), strip_marks(core, MARK)
    if env == "short":
        body = (core_plain + "\n\n" + first) if core_plain else ""
    else:
        body = assemble(sc, core_plain, name, greet, signoff, footer)
    return finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=subj_plain, body=body, html=sc["html_only"] or env == "html",
        quote=(sc["quote"] or GENERIC_QUOTE[mb]) if env == "quote" else None, subject_marks=marks_of(subject, MARK),
        body_marks=marks_of(core, MARK), labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env,
        headers=sc["headers"])


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            pool = ["html", "quote", "typo", "footer"]
            n_extra = 1 + (rng.random() < 0.5)
            if sc["short"]:
                extra = ["short"] + rng.sample(pool, n_extra - 1)
            else:
                extra = rng.sample(pool, n_extra)
            envs = ["plain"] + extra
        used = set()
        for env in envs:
            records.append(render(sc, env, rng, used))
    return records


def main():
    return run_generator(build, SEED, PREFIX, OUT, errors=marked_record_errors, train_labels=["rights", "complaint"], summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {OUT}; envelopes {env}"))


# ---------------------------------------------------------------------------------------------
# SCENARIOS (hand-written). Markers: [[right|the sentence that asks]]. @@SIG@@ on its own line puts the sign-off
# there (above a forwarded block).


# ---- PEXA: rights scenarios --------------------------------------------------------------------------------------

HARROW = W("pro", "harrowfield-law.co.uk", "Associate, Residential Property\nHarrowfield Law LLP\nDD 0113 496 0712")
S("pexa", L(r="access,informed", tp=True),
  "A solicitor writes for a client (third_party) mostly about a completed purchase; buried near the end she asks for a "
  "copy of the client's data (access) and who it was shared with and why (informed). No dissatisfaction: not a complaint.",
  "Our client Mrs D Okonkwo - 14 Larch Rise, completed 3 April",
  """We act for Mrs Dorothy Okonkwo in her purchase of 14 Larch Rise, Horsforth, which completed through your platform on 3 April (workspace PX-22871640). Completion went smoothly and the registration has now been completed at HM Land Registry, so this is not about the transaction itself.

Mrs Okonkwo has since received two unexpected telephone calls from a removals company and a home insurance broker who both appeared to know her moving date. She is understandably concerned about how that information got out, and we are making enquiries of everyone who held it, including the estate agent, the lender and ourselves. We have no reason to think PEXA is the source, and we are writing to each party in the same terms.

We enclose her signed authority for us to act on her behalf in this matter. [[access|On her instructions, please provide us with a copy of all of the personal data PEXA holds about Mrs Okonkwo, including anything in the workspace audit trail that identifies her.]] [[informed|Please also tell us which organisations PEXA has shared her details with, for what purpose, and where PEXA obtained them in the first place.]]

A response by email to this address is fine. If you need anything further to verify our authority, please let me know.""",
  HARROW,
  short=("Client data request - Mrs D Okonkwo, workspace PX-22871640",
         "[[access|Please send us a copy of the personal data PEXA holds on our client Mrs Dorothy Okonkwo (authority attached).]] [[informed|We would also like to know who you have shared it with and why.]]"))

S("pexa", L(r="rectification,restriction"),
  "A conveyancer whose platform profile still carries her maiden name asks for it to be corrected (rectification) and for "
  "the old surname not to be shown to other participants meanwhile (restriction). Neutral, no complaint.",
  "User profile - change of surname",
  """I have been a PEXA user with Marsh & Penrose Conveyancing for about two years. I married in February and changed my surname from Trelawny to the name I am writing under, and our firm administrator updated my email address at the time, but the display name on my user profile and on the participant list in every workspace still shows my old surname.

It is causing a small amount of confusion with lenders, who see one name on the workspace and another on our correspondence, and in one case a lender's completions team queried whether I was authorised to sign for the firm. I have attached a copy of my marriage certificate in case you need it.

[[rectification|Could you please change the name on my user profile to my married name so that it matches our firm records?]] [[restriction|Until that has been done, I would ask that my former surname is not displayed to other participants in any new workspaces.]]

I am happy to confirm anything by phone if that helps.""",
  W("pro", "marshpenrose.co.uk", "Senior Conveyancing Executive\nMarsh & Penrose Conveyancing, Exeter"))

S("pexa", L(r="objection"),
  "A bank completions manager writes a long operational message about lodgement practice; at the end she objects to her "
  "personal email being used for marketing (objection). No dissatisfaction with the service: not a complaint.",
  "Lodgement practice for further advances and a personal note",
  """Following the webinar on 20 May, my team has a few operational questions about further advances settled through the platform.

1. Where a further advance is secured by a second charge and no funds move between participants, should we still create a financial settlement schedule, or is a lodgement-only workspace the correct route?
2. If the borrower's solicitor withdraws from the workspace after the mortgage deed has been signed, does our signed document remain valid, or do we need to re-sign once the replacement firm joins?
3. Is there any change planned to the cut-off time for lodgement-only workspaces?

I would be grateful if the answers could be shared with my deputy, who is copied, as she is updating our internal procedure notes this month.

On a separate and personal note: I signed up to a PEXA event some years ago with my personal Gmail address and I still receive your marketing newsletters and event invitations there. [[objection|I would ask that you no longer use my personal email address for any marketing or promotional material.]] My work address is the only one I need you to hold for platform purposes.""",
  W("pro", "heathcotebank.co.uk", "Completions Manager, Mortgage Operations\nHeathcote Bank\n1 Market Square, Leeds LS1 6DB"))

S("pexa", L(c=True, r="automated_decision,informed", cat="onboarding"),
  "A sole practitioner's registration was rejected by an automated identity check: implicit complaint (harm, reply expected), "
  "category onboarding. Asks for a person to decide (automated_decision) and what data the check used and where from (informed).",
  "Registration refused by your verification system - third attempt",
  """I set up my own practice in March after fifteen years as a salaried solicitor, and I applied to register as a PEXA participant on 11 April so that I can act on remortgages for two local lenders who will only settle through your platform.

Each of my three applications has been declined within a few minutes with the message 'We were unable to verify your details (code IDV-07)'. I have submitted my passport, my driving licence, a utility bill and my SRA practising certificate. No one has contacted me, your help pages tell me only to reapply, and your support line says the decision 'comes from the system' and cannot be overridden by the person on the phone.

I have already had to refer one client elsewhere, and a second remortgage is due to complete at the end of the month. This is costing my new practice work it can ill afford to lose.

[[automated_decision|I would like my application to be looked at by a member of your onboarding team rather than decided again by the automated check.]] [[informed|I would also like to know what information about me the check relies on, and where that information comes from, because I cannot see what could be failing.]]

Please reply by the end of this week.""",
  W("pro", "kellyandco-law.co.uk", "Principal Solicitor\nKelly & Co Law, Stroud"),
  short=("Registration refused again (IDV-07)",
         "Third automated refusal of my registration with no explanation, and I'm losing work. [[automated_decision|Please have a person review my application instead of the system.]] [[informed|And tell me what data about me the check uses and where it gets it.]]"))

S("pexa", L(c=True, ex=True, pd=True, br=True, r="access,informed", tp=True, cat="personal_data"),
  "A law firm's compliance partner makes a formal complaint that PEXA support sent their client's completion statement to "
  "another firm (breach). On the client's instructions asks for a copy of her data (access) and who received it (informed). "
  "Written for the client: third_party.",
  "Formal complaint - client completion statement sent to another firm",
  """I am the Compliance Partner at Greyfriars Law LLP. Please treat this email as a formal complaint.

On 14 May one of our fee earners asked your support desk for a copy of the settlement statement for workspace PX-30918245, which had failed to reconcile. The statement was sent the same afternoon, but not to us: it was emailed to a conveyancing firm in Glasgow with no involvement in the matter. That firm kindly forwarded it to us and confirmed they have deleted it, but it contained our client's full name, new address, mortgage lender, loan amount and the bank account into which her sale proceeds were paid.

Our client, Ms Ailsa Fraser, has been told and is very distressed. She has asked us to act for her, and her signed authority is attached.

[[access|On her behalf, please send us a copy of all the personal data PEXA holds about Ms Fraser, including the support ticket and the email that was misdirected.]] [[informed|Please also set out exactly which of her details have been disclosed, to whom, and whether any other party has received her information from PEXA in connection with this matter.]]

We also expect an explanation of how this happened and what is being done to stop it happening again, and confirmation of whether the incident has been reported to the Information Commissioner.""",
  W("pro", "greyfriarslaw.co.uk", "Compliance Partner\nGreyfriars Law LLP\n8 Greyfriars Place, Edinburgh EH1 2QQ"),
  short=("Formal complaint: client completion statement misdirected (PX-30918245)",
         "This is a formal complaint: your support desk emailed our client Ms Fraser's settlement statement to an unconnected firm. [[access|Please send us a copy of all data you hold about her (authority attached)]] and [[informed|tell us exactly what was disclosed and to whom.]]"))

S("pexa", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A home buyer is unhappy that PEXA emailed her a survey she never signed up for: implicit complaint about unexpected use "
  "of her data (personal_data). Asks how PEXA got her email and on what basis (informed) and tells them not to use it for "
  "surveys or marketing (objection).",
  "How did you get my email address?",
  """I bought a flat in Salford earlier this year. The purchase was handled by my solicitors, and until last week I had never heard of your company and have never had any dealings with you.

On Thursday I received an email from PEXA asking me to 'rate my digital settlement experience', addressed to me by name and quoting the address of my new flat. I then received a reminder on Sunday. I did not give you my email address, I did not agree to be contacted by you, and I find it unsettling that a company I have never heard of knows where I now live.

[[informed|Please explain how you obtained my name, email address and new home address, and what gives you the right to use them to contact me.]] [[objection|I do not want my details used for surveys, feedback requests or marketing of any kind, and I expect you to stop.]]

I would like a written reply rather than a further automated email.""",
  W("con"))

S("pexa", L(r="erasure,informed"),
  "A seller whose sale completed months ago asks PEXA to delete her details (erasure) and, if they must keep anything, what "
  "and for how long (informed). Polite, no complaint.",
  "Sale of 9 Kingfisher Close - please remove my details",
  """I sold my house at 9 Kingfisher Close, Bicester, last October and I understand from my conveyancer that the sale went through your platform. I have no further dealings with the property, the buyer or my former mortgage lender, and I am now tidying up my affairs after moving abroad.

I am writing to every organisation that was involved in the sale. [[erasure|I would like you to delete the personal information you hold about me in connection with that sale.]] [[informed|If there is anything you are obliged to keep, please tell me what it is, why you need it and how long you will keep it for.]]

I have no complaint about how the sale was handled; it was quicker than I expected. I can be reached at this email address for any identification you need.""",
  W("con"),
  short=("[[erasure|Please delete my details from the 9 Kingfisher Close sale]] - [[informed|and tell me what you have to keep and why]]", ""))

S("pexa", L(r="portability"),
  "A licensed conveyancer moving firms asks for her training and CPD records as a spreadsheet to import into her new "
  "firm's system (portability). No complaint.",
  "Training history export before I leave Birchall Moss",
  """I am a licensed conveyancer and have been a PEXA user under Birchall Moss LLP's subscription since 2023. I am leaving the firm at the end of next month to join a practice that does not yet use the platform, and I am putting my records in order before I go.

Over the last two years I completed the PEXA practitioner course, the settlement-funds module and three refresher sessions, and my CLC supervisor has asked me to evidence these in our new firm's learning management system, which imports records from a spreadsheet.

[[portability|Could you send me my training and course completion records, together with the personal details on my user profile, as a CSV or Excel file that I can upload straight into the new system?]] A PDF certificate for each course would not be as useful, as the system cannot read them.

There is no rush before my leaving date, and thank you for the courses themselves, which were very good.""",
  W("pro", "birchallmoss.co.uk", "Licensed Conveyancer\nBirchall Moss LLP"))

S("pexa", L(c=True, r="automated_decision", tp=True, cat="process"),
  "A solicitor complains on behalf of a client (third_party) that the platform's automatic bank-detail check put the "
  "client's proceeds on hold; the rule itself is the grievance (process). Asks for a person, not the system, to review "
  "the flag (automated_decision).",
  "Proceeds held by your automated account check - client Mr P Sandhu",
  """We act for Mr Pritam Sandhu on the sale of 41 Abbey Road, Coventry (workspace PX-41102287), which was due to complete yesterday.

At 11:40 the platform placed our client's sale proceeds on hold with the message 'Destination account failed verification - manual release required'. The account is our client's own long-standing current account; it has been verified by us in person against his bank statements, and the same account was used without any problem when he bought the property in 2019. We understand from your support desk that the hold was applied automatically by a scoring model because the account was opened more than ten years ago at a branch that has since closed, and that no one at PEXA looked at it before the funds were stopped.

Our client had to delay the completion of his onward purchase by a day, and has incurred additional removal costs as a result. The practice of holding funds on the strength of an automated score with no one to speak to is not acceptable.

[[automated_decision|On our client's behalf, we ask that the verification flag on his account is reviewed by a member of your team rather than by the system, and that he is not subject to a further automated hold on the strength of it.]]

We would also like an explanation of the process and a contact to escalate to if it happens again. His authority is attached.""",
  W("pro", "sandhu-legal.co.uk", "Solicitor\nMercer Sandhu Legal, Coventry"))

S("pexa", L(r="access,portability", tp=True),
  "A claims management firm, for a homeowner who authorised it (third_party), asks for a copy of all data held (access) and "
  "the data in a structured electronic format to load into its case system (portability). Formal, not a complaint.",
  "Data request on behalf of Mr Nathaniel Eze - our ref CMC/44871",
  """We are instructed by Mr Nathaniel Eze of 3 Tannery Court, Leicester, in connection with a potential claim relating to the remortgage of his property in 2024. A signed letter of authority and a copy of his photographic identification are attached.

Our client understands that his remortgage was completed using the PEXA platform and that PEXA will therefore hold information about him and the transaction.

[[access|Please provide a copy of all personal data PEXA holds relating to our client, including workspace records, audit trails, notes and any correspondence in which he is named.]] [[portability|We would ask that the data our client provided is supplied in a structured, commonly used, machine-readable format such as CSV, so that it can be imported into our case management system.]]

Please direct your response and any queries to the undersigned, quoting our reference. We look forward to hearing from you within the statutory period.""",
  W("pro", "redressright.co.uk", "Case Handler, Data Requests Team\nRedress Right Claims Ltd\nAuthorised and regulated by the Financial Conduct Authority"))

S("pexa", L(c=True, r="automated_decision,informed", cat="process"),
  "A bank staff user's platform access was automatically suspended by a login risk score: implicit complaint (cost, reply "
  "wanted), category process (the automatic rule). Asks what information the score uses (informed) and for a human review "
  "(automated_decision).",
  "Locked out by your 'unusual activity' rule",
  """I work in the settlements team at Thames Valley Mortgages and use the platform most days. On Monday my user account was suspended without warning, with the message 'Access suspended: unusual activity detected'. As far as I can work out, the only thing that was unusual was that I logged in from home on Sunday evening, using the company laptop and VPN, to prepare for a busy completion day.

I was unable to sign eleven mortgage discharge authorities on Monday morning while a colleague sat with me trying to get it lifted, and two completions were delayed into the afternoon. Your support team could not tell me why my account had been flagged, only that the 'risk engine' had done it and that it would be lifted after 24 hours.

I do not think it is reasonable for a staff member's access to be cut off on a working day by an automatic rule that no one can explain. [[informed|Please tell me what information about me and my log-ins the risk engine uses to decide that activity is unusual.]] [[automated_decision|I would also like the flag on my account to be reviewed by someone at PEXA, so that it is not applied again automatically the next time I log in from home.]]

I would appreciate a reply this week.""",
  W("pro", "tvmortgages.co.uk", "Settlements Officer\nThames Valley Mortgages\nStation House, Forbury Road, Reading"))

S("pexa", L(c=True, ex=True, r="access", cat="inaccurate_information"),
  "A conveyancer formally complains that a support agent gave wrong advice on a lodgement requisition, and asks for the "
  "recording of her call (access). The grievance is the advice, not data handling: personal_data false.",
  "Complaint - incorrect advice on requisition, workspace PX-28811730",
  """I want to make a complaint about advice I was given by your support desk on 2 June.

Our lodgement for workspace PX-28811730 was rejected by HM Land Registry with a requisition about the discharge of the existing charge. I phoned your support line at around 10:15 and explained the requisition. The agent told me, quite definitely, that I should withdraw the lodgement and re-lodge from a new workspace, and that the priority period would carry over. It did not. Our client's priority search expired over the weekend, and we have had to pay for a fresh search and explain to the lender why the registration was delayed.

I have since been told by a colleague that the requisition could have been answered within the existing lodgement in a matter of minutes.

[[access|Please send me a copy of the recording of my call on 2 June, and any notes your agent made on the ticket, so that I can see exactly what I was told.]] I would also like a response setting out what PEXA will do about the costs we have incurred, and whether your support staff's guidance on requisitions is being corrected.""",
  W("pro", "penroselaw.co.uk", "Associate Solicitor\nPenrose Residential Law, Truro"),
  short=("Complaint about wrong requisition advice - PX-28811730",
         "I'm making a complaint about the wrong advice your support desk gave me on 2 June, which cost our client a fresh priority search. [[access|Please send me the recording of that call and the ticket notes.]]"))

S("pexa", L(r="rectification"),
  "A buyer notices his name is misspelt in the settlement paperwork the platform produced and asks PEXA to correct its "
  "record (rectification). He says plainly he is not complaining; no dissatisfaction demanded: not a complaint.",
  "Spelling of my name on the settlement records",
  """I completed the purchase of my first home, 6 Nightingale Walk, Chelmsford, on 29 May. My solicitor, Orchard Lane, sent me a copy of the settlement statement and I noticed that my surname has been spelled 'Aderemi' instead of 'Adeyemi' throughout.

My solicitor tells me that the statement is produced from the details held on your platform, and that the Land Registry application was made separately from their own system with the correct spelling, so my title is not affected. I am not raising this as a problem with anyone, and the purchase itself went very smoothly.

I would simply like the records to be right, as I expect I will need the settlement paperwork again when I come to remortgage. [[rectification|Could you please correct the spelling of my surname on the records PEXA holds about me for this purchase?]]

My date of birth and the title number are on the attached copy of the statement in case that helps you find the right record.""",
  W("con", person=("Tunde", "Adeyemi")))

S("pexa", L(r="objection"),
  "A practice manager asks PEXA to stop marketing phone calls and emails to her and her team's direct lines (objection). "
  "Staff writing for their own firm, so third_party false. Polite and hedged; no complaint.",
  "Marketing contact to our fee earners",
  """I manage the residential property team at Ashworth Pemberton Solicitors. We have used the platform for all our remortgage work since last year and we are generally very happy with it.

Since we attended the stand at the Law Society conveyancing conference in March, several members of my team, and I, have been receiving regular marketing calls on our direct-dial numbers and marketing emails to our individual addresses about add-on products and events. We only need operational messages about workspaces and the occasional service notice, which go to our shared completions inbox.

[[objection|We would ask that you refrain from using my own contact details and those of my team for marketing calls or promotional emails from now on.]] Operational and service messages should continue to come to completions@ as now.

Thank you for your help with this.""",
  W("pro", "ashworthpemberton.co.uk", "Practice Manager, Residential Property\nAshworth Pemberton Solicitors"))

S("pexa", L(r="access,informed", tp=True),
  "A conveyancer forwards a client's email (forwarded chain) and asks PEXA to treat it as the client's request: a copy of her "
  "data (access) and what it is used for and who sees it (informed). third_party; not a complaint.",
  "Fwd: what does the settlement platform know about me?",
  """Please see our client's email below. We have her written authority (attached) and she has asked us to pass her questions on to you.

[[access|Please would you send her, via us, a copy of the personal information that PEXA holds about her in connection with her sale.]] [[informed|She would also like to know what PEXA uses that information for, who at the lenders and other firms can see it, and how long it is kept.]]

The matter completed on 12 March (workspace PX-19027764). I would be grateful if the reply could come to me.
@@SIG@@
---------- Forwarded message ---------
From: Gwendolen Price <gwen.price47@btinternet.com>
Date: Tue, 3 Jun 2026 at 19:02
Subject: what does the settlement platform know about me?
To: Residential Team <residential@marlowbrook.co.uk>

Hello,

I've been reading about online fraud in conveyancing and it worried me. You mentioned that my sale went through a system called PEXA. Can you find out for me what that company holds about me, what it's for, and who can look at it? I'd like a copy if that's possible.

Thanks, Gwen""",
  W("pro", "marlowbrook.co.uk", "Conveyancing Executive\nMarlowbrook Solicitors"))

S("pexa", L(c=True, ex=True, pd=True, r="erasure,objection", cat="personal_data"),
  "A former platform user formally complains that his earlier deletion request was ignored and he still gets emails: "
  "explicit complaint, personal_data (rights request handled badly). Repeats erasure and objects to any further email "
  "(objection).",
  "Second request - delete my account, and a formal complaint",
  """I left Tillotson & Greaves in December and wrote to PEXA on 8 January asking for my user account to be closed and my details deleted. I received an automated acknowledgement and nothing else.

Since then I have received your monthly product update, two webinar invitations and, last week, a 'we miss you' email inviting me to reactivate my account. My old work address forwards to my personal inbox for a few months, which is the only reason I have seen them. It is clear that nothing was done with my request.

I wish to make a formal complaint about the way my January request has been handled.

[[erasure|I am asking again that you delete my user account and the personal data attached to it.]] [[objection|In the meantime, and regardless of what you decide you have to keep, I object to receiving any further marketing or promotional emails from PEXA.]]

Please confirm in writing when the deletion has been done, and explain why my first request was not acted on.""",
  W("con"),
  quote=("On 8 Jan 2026, PEXA Operational Support wrote:",
         "Thank you for contacting PEXA. We have received your request and a member of the team will be in touch.\n\nPEXA Operational Support"))

S("pexa", L(r="access,restriction"),
  "A conveyancer in a dispute with her former employer asks PEXA to keep her login and activity records and not delete them "
  "while the claim is live (restriction), and for a copy of them (access). Hedged, professional; no complaint.",
  "Preservation of my user activity records",
  """I was employed as a conveyancer at a firm in Manchester until April and used the platform daily under my own user account. I am now in an employment dispute with that firm, which alleges that I signed documents on certain workspaces without authority. I did not, and I expect the platform's records of my log-ins and signing activity to show that.

I understand that my former employer's administrator may ask for my user account to be closed and may not ask you to preserve anything.

[[restriction|I would ask that PEXA does not delete my user account records, log-in history or signing audit trail while the dispute is continuing, and that they are not used for any other purpose in the meantime, as I will need them to establish my position at the employment tribunal.]] [[access|I would also be grateful for a copy of my log-in history and the signing audit entries made under my user ID between 1 January and 30 April.]]

My solicitor may contact you separately. Thank you in advance.""",
  W("con"))

S("pexa", L(r="automated_decision,informed"),
  "HTML-only: a seller asks before signing whether the platform's identity check on consumers is automatic, what it uses "
  "(informed) and asks that a person decides if it fails (automated_decision). Neutral, not a complaint.",
  "Before I complete the identity check",
  """My solicitors have sent me a link to complete an identity check 'powered by PEXA' before my sale of 27 Cedar Grove, Lincoln can go ahead, and I would like to understand it before I do.

[[informed|Could you explain what information about me the check collects, where else it gets information about me from (for example credit reference agencies), and what it is used for once my sale has completed?]] I am also told the check gives a pass or fail result within minutes.

I have a slightly unusual history: I lived in Spain for eleven years and my credit file in this country is thin, so I am worried about being failed. [[automated_decision|If the check does not pass me, I would want a person to look at my documents and make the decision rather than the system deciding on its own.]]

I would be grateful for an answer before I click the link.""",
  W("con"), html_only=True)

S("pexa", L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
  "A bank employee is upset that her personal mobile number is shown to every participant on workspaces: implicit complaint "
  "about data used unexpectedly (personal_data, no breach described). Asks for the number to be deleted (erasure) and hidden "
  "meanwhile (restriction).",
  "My personal mobile number is visible on every workspace",
  """I am a mortgage completions officer at Kestrel Building Society. When my user account was set up in 2024 I gave my personal mobile number for the two-factor authentication text messages, because at that time we did not have work mobiles.

I have now discovered that the same number is displayed as my contact number on the participant panel of every workspace I join, so it can be seen by every solicitor, conveyancer and lender involved. In the last fortnight I have had calls on my personal phone in the evening from two firms I have never dealt with, one of them quite aggressive about a delayed discharge. I was never told the number would be shown to anyone, and I would not have given it if I had known.

We now have work mobiles, and my team administrator has added my work number to my profile. [[erasure|Please remove my personal mobile number from your records entirely.]] [[restriction|Until that has been done, please make sure it is not displayed to other participants on any workspace, including ones that are already closed.]]

I would like to hear back from you about this, and to know how many people are likely to have seen it.""",
  W("pro", "kestrelbs.co.uk", "Completions Officer\nKestrel Building Society\nKestrel House, Northampton"))

S("pexa", L(r="access,portability"),
  "A sole-trader licensed conveyancer asks for a copy of her log-in and signing history (access) and her CPD record as a CSV "
  "to upload to her regulator's tool (portability), inside a long message about her renewal. No complaint.",
  "CPD evidence and account history for CLC renewal",
  """I am a licensed conveyancer practising on my own account and have used the platform since 2022. My CLC licence is up for renewal in October, and this year the Council has asked practitioners selected for its sample audit, which includes me, to evidence their CPD and their supervision arrangements in more detail than before.

Two pieces of information held by PEXA would help me. [[portability|First, I would like my CPD and training completion records sent to me as a CSV file, as the CLC's online portal accepts uploads only in that format.]] [[access|Secondly, please send me a copy of my own log-in and document-signing history for the twelve months to 31 May, together with the details held on my user profile.]]

I do not need any information about my clients or other participants, only my own records. I know that the audit trail can be large, so a summary by month would be acceptable if that is easier for your team. I would be grateful to receive both by the end of August.""",
  W("pro", "llewellynconveyancing.co.uk", "Licensed Conveyancer\nLlewellyn Conveyancing, Cardiff"))

S("pexa", L(r="informed,objection"),
  "A solicitor who notices analytics tracking in the platform asks what is collected about her use and why (informed) and "
  "objects to her usage being used for profiling or product research (objection). Measured, not a complaint.",
  "Analytics and tracking within the platform",
  """I was looking at the network activity of our browser during a training session last week, out of professional curiosity rather than any concern about the service, and I noticed that the platform sends a considerable amount of data to what appear to be third-party analytics providers while I work in a workspace, including what look like click and scroll events tied to my user ID.

As a partner I am asked about this kind of thing by our own clients, and I would like to be able to answer accurately. [[informed|Could you tell me what information about my individual use of the platform is collected in this way, which providers receive it, and for what purposes it is used?]]

[[objection|Unless it is strictly necessary to provide the service, I object to my activity being used to build a profile of me or for product research and marketing analysis.]] I am of course content for PEXA to keep the audit trail it needs for security and for the integrity of settlements.

I would welcome a reply from your data protection team when convenient.""",
  W("pro", "holroydbeddoes.co.uk", "Partner, Real Estate\nHolroyd Beddoes LLP"))

S("pexa", L(c=True, r="access", firm="mpc", cat="delay"),
  "A buyer complains about delays by her conveyancer, Marsh & Penrose: purely about a participant firm, so about_other_firm "
  "mpc, category delay. She also asks PEXA for a copy of the data it holds about her (access).",
  "Purchase of 18 Quarry Lane - nobody will tell me what is happening",
  """I am buying 18 Quarry Lane, Exmouth, and my conveyancers are Marsh and Penrose. We were told in April that we would exchange within a fortnight and complete in May. It is now the middle of June and we have not exchanged. Every time I ring them I am told the file is 'waiting on the platform' or that the person dealing with it is out of the office, and my emails go unanswered for a week at a time.

My buyer's mortgage offer on my own sale expires at the end of July and I am at real risk of losing both transactions. I have already paid for a second set of searches because the first ones went out of date.

I do not know whether anything is actually wrong with your system, but I would like to see for myself what is going on. [[access|Please send me a copy of whatever information PEXA holds about me and my purchase, including any notes or messages on the workspace.]]

I would also like someone to tell me why this is taking so long and when it will be sorted out. I am copying this email to Marsh and Penrose.""",
  W("con"),
  short=("Quarry Lane purchase - weeks of delay",
         "Marsh and Penrose have been saying my purchase is 'waiting on the platform' for six weeks and I'm about to lose my sale. [[access|Please send me a copy of what PEXA holds about me and the workspace.]] When will this be sorted?"))

S("pexa", L(r="erasure,objection"),
  "A bank employee who featured in a PEXA case study asks for her name and photo to be taken out of it (erasure) and not to be "
  "used in marketing again (objection). Polite, no dissatisfaction: not a complaint.",
  "Case study featuring Heathcote's remortgage team",
  """Thank you for sending over the final version of the customer case study about Heathcote's move to digital remortgage settlement. My director is very pleased with how it reads and has asked me to pass on his thanks to your marketing team.

One personal point. I am named in the case study, with my job title and a quotation, and my photograph from the project launch appears on the second page. I agreed to the quotation being used at the time, but I am leaving Heathcote in September and would rather my name and image did not continue to circulate once I have gone.

[[erasure|Would you please remove my name and photograph from the case study and delete the photograph from your image library?]] The quotation can stay if it is attributed simply to 'the project lead'. [[objection|I would also prefer that my details are not used in any future PEXA marketing, events material or social media.]]

Many thanks, and I have enjoyed working with your team.""",
  W("pro", "heathcotebank.co.uk", "Project Lead, Digital Remortgage Programme\nHeathcote Bank"))

S("pexa", L(r="rectification,restriction"),
  "A conveyancer asks PEXA to correct a 'verification failed' note on her user profile left over from a resolved check "
  "(rectification) and to stop it being seen while it is looked at (restriction). Hedged and neutral: not a complaint.",
  "Old verification note on my user profile",
  """When I changed firms in January my user account was re-verified, and for a few days it showed as 'Identity verification failed - referred', because the address on my driving licence had not been updated. That was resolved within the week: I sent in a new licence and my account has worked normally ever since.

However, a lender's completions officer mentioned to me yesterday that when she opens the participant details on a workspace she still sees a note against my name reading 'IDV referral - see history'. I assume this is simply something that was not cleared when the check was completed, and I am not suggesting anyone has done anything wrong.

[[rectification|Please would you correct my profile so that it shows my verification as completed and the old referral note is removed?]] [[restriction|While that is being looked into, I would ask that the note is not visible to other participants.]]

Thank you very much.""",
  W("pro", "gfl-conveyancing.co.uk", "Conveyancer\nFairbrother Lomax Conveyancing"))

S("pexa", L(r="access,informed,portability"),
  "A borrower about to remortgage asks what PEXA holds about him and where it came from (informed), for a copy (access), and "
  "for the data in a format his broker's app can import (portability). Three rights, no complaint.",
  "My details on the settlement platform",
  """I am about to remortgage with a new lender through a broker, and my broker's online application can import details of my existing mortgage and property purchase automatically if I can give it a data file. My original purchase in 2024 completed through your platform, so I thought I would ask you.

I have a few questions, and I would be grateful for answers in plain English. [[informed|What personal information about me does PEXA hold, where did it get it from, and who is able to see it?]] [[access|I would also like a copy of that information.]] [[portability|If possible, please send the details of my purchase and mortgage that I or my solicitor provided in a file that another system can read, such as JSON or CSV, so that I can give it to my broker's app.]]

If some of this has to come from my solicitor instead, please tell me and I will ask them.""",
  W("con"),
  short=("Remortgage - my data",
         "[[informed|What does PEXA hold about me, where did it come from and who sees it?]] [[access|Please send me a copy]], and [[portability|if you can, in a CSV or JSON file I can give to my broker's app.]]"))

S("pexa", L(r="erasure"),
  "A trainee who appeared on camera in a recorded training webinar asks for the clip of her to be deleted (erasure). Not a "
  "complaint; not about access to the training portal.",
  "Recording of the 14 May practitioner webinar",
  """I attended the practitioner webinar on 14 May as a trainee solicitor at Nolan Cassidy. The session was excellent and my supervisor has asked the rest of the department to watch the recording, which I see is now on the training portal.

During the question and answer session at the end I turned on my camera to ask about lodgement of transfers of part, and I had not realised that it was being recorded. The recording shows my face and name for about four minutes, and I also mention a client matter in general terms, which I would rather was not available to every user of the portal.

[[erasure|Could the section of the recording in which I appear be deleted, or the recording edited so that my image and name are removed?]] The question itself could stay if it were read out by the presenter instead.

Apologies for the trouble, and thank you for a really useful session.""",
  W("pro", "nolancassidy.co.uk", "Trainee Solicitor\nNolan Cassidy LLP"))

S("pexa", L(c=True, ex=True, r="objection", cat="fees_charges"),
  "A practice manager's explicit complaint about platform fees billed twice; buried near the end she asks PEXA to stop "
  "marketing calls to her mobile (objection). Grievance is fees, so personal_data false.",
  "Complaint - duplicate workspace fees on May invoice",
  """I am writing to complain about our invoice for May (INV-UK-0058821), which I received on Monday.

Eleven of the workspaces on the invoice have been charged twice: once on the date the workspace was created and again on the date of settlement. I have attached a spreadsheet listing the workspace numbers, both charge dates and the amounts, which total £418.00 plus VAT. This is the second month running that this has happened. In April your billing team agreed the duplicates were an error and issued a credit note, but it took three weeks and four emails to get it, and I was told the cause had been fixed.

I would like a corrected invoice, not another credit note, and an explanation of what went wrong and why it has happened again. Our finance director has asked me to put the account on hold until this is resolved, which I would rather not do.

While I am writing: since April I have been receiving marketing calls on my mobile from your business development team offering the premium reporting package. [[objection|Please stop using my mobile number for sales calls; it is on our account for urgent operational contact only.]]

I look forward to hearing from you within five business days.""",
  W("pro", "stainton-venables.co.uk", "Practice Manager\nStainton Venables Solicitors"))

S("pexa", L(c=True, r="automated_decision,objection", cat="process"),
  "A sole practitioner's subscription was automatically suspended by an 'inactivity and risk' rule: implicit complaint "
  "(the rule itself is the grievance: process). Asks for a human to decide (automated_decision) and objects to profiling of "
  "her activity (objection).",
  "Account automatically suspended for 'low activity'",
  """I run a small practice in Lewes, and my work is mostly probate sales and a handful of remortgages a month, so I use the platform in bursts rather than every day.

On 2 June I found that my participant account had been suspended with a notice that it had been 'flagged by our participant risk model for low or irregular activity' and that I would need to re-verify before using it again. Re-verification requires a video call that your team could not book until 19 June. In the meantime I have two remortgages that the lenders will only settle through the platform.

Nobody looked at my circumstances before the suspension was applied, and I was given no warning. It is not a sensible rule for practices like mine.

[[automated_decision|I want the suspension reviewed and decided by a person who can look at the nature of my practice, not left to the model.]] [[objection|I also object to my pattern of activity on the platform being profiled in this way to score me as a risk.]]

Please let me know by return what can be done before 19 June.""",
  W("pro", "hartiganlaw.co.uk", "Solicitor and Principal\nHartigan Law, Lewes"))

S("pexa", L(c=True, pd=True, br=True, r="rectification,informed", cat="personal_data"),
  "A seller's platform notification texts went to his old number, now someone else's (breach): implicit complaint, "
  "personal_data, breach. Asks for the number to be corrected (rectification) and what was sent to it (informed).",
  "Texts about my sale going to a stranger",
  """I am selling my house, 5 Heron Way, Stafford, through Orchard Lane Solicitors. On Saturday a man I do not know rang me (he found my landline in the phone book) to say he had been getting text messages from 'PEXA' for two weeks about 'your settlement at 5 Heron Way', including one on Friday giving the completion date and saying the funds had been received.

The mobile number those texts are going to used to be mine. I gave it up in 2023. My solicitors have my current mobile number and say they did not give you the old one, so I can only assume you have it from somewhere else.

I am worried. The stranger now knows my address, that I am selling and when the money arrives, and I have read about fraud in house sales.

[[rectification|Please remove the old number and put my correct mobile number, which my solicitors can confirm, on your records immediately.]] [[informed|I also want to know where you got the old number from and exactly what messages have been sent to it.]]

I expect a proper reply and an explanation.""",
  W("con"))

S("pexa", L(c=True, ex=True, pd=True, r="rectification,restriction,objection", tp=True, cat="personal_data"),
  "HTML-only formal solicitor's letter for a client (third_party), quoting Articles 16, 18 and 21: explicit complaint that an "
  "inaccurate fraud marker sits on the client's workspaces (personal_data). Rectification, restriction pending, and "
  "objection to its further use.",
  "Our client Ms L Goldberg - inaccurate fraud marker - formal complaint",
  """We act for Ms Leah Goldberg, whose sale of Flat 2, 19 Albert Terrace, Manchester, is being conducted on workspace PX-51182093, and whose signed authority is attached.

On 3 June our client's lender informed her that a note headed 'Possible identity fraud - refer before settlement' had been placed against her name on the workspace, apparently because her name and date of birth resemble those of a person named in a fraud alert circulated between participants last year. Our client is not that person. She has been fully verified by us, by her lender and by the buyer's solicitors. The marker has already caused the buyer's lender to suspend the release of funds.

This letter is a formal complaint on our client's behalf about the processing of inaccurate personal data concerning her. [[rectification|Pursuant to Article 16 UK GDPR, we require that the marker be removed and our client's record corrected without delay.]] [[restriction|Pending that correction, our client requires that processing of the marker be restricted under Article 18, so that it is not displayed to any participant or relied on for any purpose.]] [[objection|Further, our client objects under Article 21 to the use of her data in any fraud-matching exercise of this kind, and does not consent to its being shared with other participants.]]

We should be grateful for your substantive response within 14 days, given the effect on our client's sale.""",
  W("pro", "feldkapoor.co.uk", "Partner\nFeld Kapoor Solicitors LLP\nRegulated by the Solicitors Regulation Authority"),
  html_only=True)

S("pexa", L(r="portability"),
  "A buyer asks for the transaction data he and his solicitor provided in a machine-readable file to pass to a home-management "
  "app (portability). Not a complaint.",
  "Data file of my purchase for a home app",
  """I completed my purchase of 22 Ellesmere Road, Shrewsbury, in March through Ruddock & Co, who tell me that the settlement went through PEXA.

I now use a home-management app to keep track of the property: purchase price, completion date, mortgage details, insurance renewal and so on. It has an import feature that reads structured data files. Rather than typing everything in by hand from the paper completion pack, I wondered whether you could help.

[[portability|Would you be able to send me the details of the purchase that I and my solicitors provided, in a machine-readable format such as CSV or JSON that I can import into the app?]] I realise this may be an unusual request and I'm happy to prove my identity.

Thanks very much in advance.""",
  W("con"))

# ---- PEXA: look-alikes (rights []) ----------------------------------------------------------------------------------

S("pexa", L(),
  "Look-alike: a law firm asks for PEXA's data processing agreement, privacy notice and ISO certificate for its own supplier "
  "review. These are documents, not the writer's personal data: no right, not a complaint.",
  "Supplier due diligence - documents requested",
  """Our firm is carrying out its annual review of the suppliers that process personal data on our behalf or alongside us, as required by our Lexcel accreditation and our own data protection policy. PEXA is one of the suppliers in scope this year.

For our file, could you please send us:

- a copy of the current data processing or data sharing terms that apply to participants;
- the current version of your privacy notice for participants and consumers;
- your ISO 27001 certificate and the date of your last surveillance audit; and
- a short statement of where workspace data is hosted.

We do not need anything that relates to any individual, and there is no concern behind the request: it is a routine annual exercise. If the documents are available on a participant portal page, a link would be just as good. Our deadline for the review is the end of next month.""",
  W("pro", "grevesashworth.co.uk", "Risk and Compliance Manager\nGreaves Ashworth Solicitors"))

S("pexa", L(),
  "Look-alike: a lender's vendor-risk questionnaire asks how PEXA processes the lender's customers' data (hosting, retention, "
  "sub-processors). An organisation's due diligence, not a data subject asking about their own data: no right.",
  "Vendor risk questionnaire 2026 - PEXA",
  """As part of Sterling Credit's annual third-party risk programme, we are asking all material suppliers to confirm the following by 31 July. Please answer in the body of an email or on the attached template.

1. Which categories of personal data relating to our borrowers does PEXA process when our completions team uses the platform?
2. In which countries is that data stored or accessed, including by sub-processors?
3. What is your retention period for closed workspaces and their audit trails?
4. How would you notify us of a personal data breach affecting our borrowers, and within what time?
5. When were your controls last tested by an independent auditor?

This is a standard exercise and is not prompted by any incident or concern. Thank you for your help.""",
  W("dpo", "sterlingcredit.co.uk", "Third-Party Risk Analyst\nSterling Credit Loans\nSterling House, 40 Deansgate, Manchester"))

S("pexa", L(),
  "Look-alike: a conveyancer asks for a copy of the settlement statement and completion report for a workspace. A transaction "
  "document for the firm, not a personal-data request: no right, not a complaint.",
  "Copy settlement statement - workspace PX-37220915",
  """Could you please help with a copy of the final settlement statement and the completion report for workspace PX-37220915 (sale of 8 Mill Street, Ludlow, completed 27 May)?

The fee earner who handled the matter has left the firm and, when we came to close the file this week, we found that the PDF saved to our case management system is corrupted. I have access to the workspace myself, but because it is now closed and archived the download buttons are greyed out for my user role.

If there is a way for me to retrieve the documents myself from the archive, I'd be grateful for instructions instead. We need them for our accounts reconciliation by Friday.""",
  W("pro", "whittakerlaw.co.uk", "Cashier and Completions Assistant\nWhittaker & Ogunleye"))

S("pexa", L(),
  "Look-alike: a law firm asks PEXA to update the firm's registered office and SRA details on its participant record. "
  "Organisation details, not an individual's personal data: not rectification; a service request, not a complaint.",
  "Update to our firm's participant details",
  """With effect from 1 July our firm is moving to new offices, and we have also converted from a partnership to an LLP, so our SRA number and registered name are changing.

Please update our participant record as follows:

Registered name: Brennan Achterberg LLP (previously Brennan & Achterberg)
Registered office: 4th Floor, Westgate House, 12 Park Row, Leeds LS1 5HD
SRA number: 812274 (previously 603318)
Firm phone: 0113 496 0345

Our bank details for platform fees are not changing. I have attached the SRA's confirmation letter. Please let me know if you need a new authorised signatory form or anything else to process the change, and whether it will affect any workspaces that are currently open.""",
  W("pro", "brennanachterberg.co.uk", "Operations Director\nBrennan Achterberg LLP"))

S("pexa", L(),
  "Look-alike: 'delete' a duplicate workspace created by mistake. Deleting a transaction record the firm set up, not erasure "
  "of anyone's personal data; a service request.",
  "Please delete duplicate workspace",
  """I'm afraid I created two workspaces for the same remortgage this morning: PX-60019382 and PX-60019391, both for 12 Rowan Close, Yeovil. The second one was created by mistake when the page timed out and I clicked 'create' again.

Could you please delete PX-60019391, or close it so that it doesn't show on the lender's dashboard? No one else has been invited to it and no documents have been uploaded. The correct workspace is PX-60019382, which should be left as it is.

Sorry for the trouble, and thanks in advance.""",
  W("pro", "ashworthsalt.co.uk", "Conveyancing Assistant\nAshworth Salt Solicitors"),
  short=("Delete duplicate workspace PX-60019391",
         "Created twice by mistake - please delete PX-60019391 and leave PX-60019382. Nobody else is on it."))

S("pexa", L(c=True, cat="platform_defect"),
  "Look-alike: a law firm's implicit complaint about a platform outage blocking completions, with 'access' meaning the "
  "workspace and a legal disclaimer that mentions personal data. No rights request.",
  "Workspaces unavailable again this morning",
  """For the second time in three weeks we have been unable to access any of our workspaces during the morning completion window. From about 09:20 until 11:05 today every workspace returned 'Service temporarily unavailable', and your status page continued to say that all systems were operational throughout.

We had four completions booked for today. Two were completed late in the afternoon, one was put back to tomorrow, and on the fourth the buyers had to wait in their car with a removal van outside the property until nearly five o'clock. Our clients and their agents are blaming us.

We need to know what went wrong, why the status page did not reflect it, and what PEXA intends to do to prevent a third outage. We would also like to discuss the costs our clients have incurred. Please reply today.""",
  W("pro", "marchettiferreira.co.uk",
    "Head of Residential Conveyancing\nMarchetti Ferreira LLP\n\nThis email may contain personal data and confidential information. If you have received it in error please delete it and notify the sender. Marchetti Ferreira LLP processes personal data in accordance with its privacy notice."))

S("pexa", L(auto=True),
  "Look-alike: a bulk industry newsletter (list headers) about data subject requests in conveyancing. Auto-generated, so "
  "every other label is empty even though it talks about access requests and erasure.",
  "Conveyancing Compliance Briefing - June: handling subject access requests",
  """CONVEYANCING COMPLIANCE BRIEFING | June 2026

In this issue

1. Subject access requests: the ICO's latest figures show property firms took on average 41 days to respond last year. We look at how to verify a requester, when a solicitor acting for a client needs a signed authority, and why you should never ask for a reason.

2. 'Please delete everything': what erasure requests mean for your retention schedule, and the six-year rule for conveyancing files.

3. Marketing after completion: asking former clients for reviews, and when they can object.

4. Case note: a firm fined after emailing completion statements to the wrong client.

Read the full briefing online. You are receiving this email because you subscribed to the Conveyancing Compliance Briefing. To stop receiving it, use the unsubscribe link in the footer.

Conveyancing Compliance Network, 10 Queen Street, London EC4N 1TX""",
  W("raw", fixed="Conveyancing Compliance Network <briefing@conveyancingcompliance.org.uk>"),
  headers={"precedence": "bulk", "list-id": "<briefing.conveyancingcompliance.org.uk>",
           "list-unsubscribe": "<https://conveyancingcompliance.org.uk/unsubscribe>"},
  envs=["plain", "html"])

S("pexa", L(auto=True),
  "Look-alike: an out-of-office from a solicitor with no auto headers, mentioning data requests in its text. Auto-generated: "
  "no rights, not third_party.",
  "Automatic reply: Re: Your data request ref DSR-2291",
  """Thank you for your email. I am out of the office until Monday 23 June with limited access to email.

If your message concerns a completion this week, please contact our completions team on 0161 496 0555 or completions@okonjodrummond.co.uk.

If you are sending or responding to a subject access request or any other data protection matter, please forward it to dataprotection@okonjodrummond.co.uk, where it will be logged and dealt with in my absence.

Samuel Okonjo
Partner, Okonjo Drummond Solicitors""",
  W("raw", fixed="Samuel Okonjo <s.okonjo@okonjodrummond.co.uk>"), envs=["plain", "html"])

S("pexa", L(c=True, firm="ols", cat="delay"),
  "Look-alike: a seller complains that Orchard Lane will not send her completion statement. A document from her solicitor, "
  "asked via PEXA, not a request for PEXA to act on her data: purely about a participant firm (ols), category delay, rights [].",
  "Still no completion statement from my solicitor",
  """I sold my flat, 31b Canal Wharf, Stockport, on 2 May. My solicitors were Orchard Lane. I still haven't received the completion statement showing how the sale money was split between the mortgage redemption, their fees and the estate agent. I need it for my accountant, because the flat was let for several years and I have capital gains tax to report.

I have emailed Orchard Lane four times and phoned twice. Each time I'm told it will be 'sent out this week', and nothing arrives. Their last email said the figures 'come from PEXA', which is why I am writing to you.

Please can you either make them send it or tell me who I should be talking to. My accountant's deadline is the end of the month.""",
  W("con"))

S("pexa", L(),
  "Look-alike: a bank team leader asks for platform and training portal access for a new starter. 'Access' to a system, not a "
  "right; a routine service request.",
  "Portal access for new team member",
  """We have a new completions officer starting on Monday, Ms Isla Rennie, and I'd be grateful if you could set her up with access to the platform and to the training portal so she can start the online practitioner course in her first week.

Her work email is isla.rennie@hcb-mortgages.example and she will need the 'sign and settle' role under our organisation. As before, I am the nominated administrator and I confirm her identity has been checked by HR.

Also, could you let me know whether the next classroom refresher session in Leeds still has spaces? Two of the team would like to attend.

Thanks very much.""",
  W("pro", "heathcotebank.co.uk", "Team Leader, Completions\nHeathcote Bank"))

S("pexa", L(),
  "Look-alike: a lender's data protection officer asks how long PEXA keeps closed workspace data, to align the lender's own "
  "retention schedule. A general question about PEXA's processing, not about the writer's own data: no right.",
  "Retention of closed workspace data",
  """We are reviewing our mortgage records retention schedule and would like to make sure it lines up with what happens to transaction data on the platform.

Could you confirm:

- how long PEXA keeps closed workspaces, their documents and audit trails;
- whether participants can still retrieve documents from a closed workspace after that period; and
- whether there is any difference for workspaces that were abandoned rather than settled.

This is a general policy question for our records team, not a request about any particular customer or employee. A link to the relevant part of your participant terms would be ideal.""",
  W("dpo", "tvmortgages.co.uk", "Data Protection Officer\nThames Valley Mortgages"))

S("pexa", L(),
  "Look-alike: a firm administrator asks for a departed employee's user licence to be deactivated so the firm stops being "
  "billed. Account administration by the firm, not the data subject exercising a right: no right, not a complaint.",
  "Deactivate user licence - leaver",
  """Mr Hugo Langford left the firm on 31 May. As our nominated administrator, please could you deactivate his user licence so that he can no longer sign on our behalf and so that we are not billed for the seat from June.

He was not a signatory on any open workspaces; I have checked and reassigned the two matters he was working on to Ms Kinsella.

We would also like to reduce our number of licensed seats from 12 to 11 at the next renewal. Please confirm once this is done.""",
  W("pro", "kinsellalangford.co.uk", "Office Manager and PEXA Administrator\nKinsella Langford Solicitors"))

# ---- Conexus: rights scenarios --------------------------------------------------------------------------------------

NGMA = W("pro", "northgatemoneyadvice.org.uk",
         "Money Adviser\nNorthgate Money Advice (registered charity no. 1098231)\nFCA reference 617044")
S("conexus", L(r="access,informed", tp=True),
  "A money-advice charity writes for a client (third_party) who does not recognise the debt: a copy of the data held "
  "(access) and where it came from and who the creditor is (informed). No dissatisfaction: not a complaint.",
  "Client: Mr Kwame Mensah - your ref CX-7730418",
  """We are assisting Mr Kwame Mensah with his finances and hold his signed authority to discuss his affairs with you (attached). He has received two letters from Conexus about an account ending 4471 and does not recognise it.

We are in the process of preparing a financial statement for all of Mr Mensah's creditors, and he is not in a position to make offers until the debt position is clear. We would therefore ask that the account is placed on hold for 30 days while we complete our work, in line with the usual breathing space given to advice agencies.

[[access|Please send us copies of the information Conexus holds about Mr Mensah, including the account history, any credit agreement and the notes of contact with him.]] [[informed|Please also confirm who the original creditor is, when and from whom Conexus obtained his details, and on what basis you are processing them.]]

We will be in touch once we have reviewed the information with him.""",
  NGMA,
  short=("Mr K Mensah CX-7730418 - information request",
         "Acting for Mr Mensah (authority attached). [[access|Please send us a copy of the information you hold about him]] and [[informed|tell us where you obtained his details and who the original creditor is.]]"))

S("conexus", L(r="objection,restriction,access", tp=True),
  "A solicitor's formal letter for a client who disputes the debt (third_party): 'our client does not consent' and objects to "
  "processing (objection), requires the data not to be used while disputed (restriction), and asks for a copy (access). "
  "No expression of dissatisfaction with Conexus's service: not a complaint.",
  "Our client: Mrs Fiona Baird - your reference CX-5528104",
  """We are instructed by Mrs Fiona Baird in relation to the above account, which your letters of 2 and 16 May say relates to a Sterling Credit loan taken out in 2019. Our client's signed authority is enclosed.

Our client denies that she entered into any agreement with Sterling Credit and has no knowledge of the account. She has lived at her present address since 2011, and the address shown on your correspondence as her previous address is one at which she has never lived. We have asked Sterling Credit separately for a copy of the agreement.

In the circumstances, [[objection|our client does not consent to the continued processing of her personal data for the purpose of collecting this account and objects to that processing.]] [[restriction|Pending the resolution of the dispute, we would ask that you refrain from using her data for any purpose other than storing it, including reporting to credit reference agencies or passing it to any other collection agent.]] [[access|We also ask for a copy of all personal data you hold relating to our client, including the file received from Sterling Credit.]]

Please correspond with this office only.""",
  W("pro", "achterbergsiddiqui.co.uk", "Solicitor\nAchterberg Siddiqui Solicitors\nAuthorised and regulated by the Solicitors Regulation Authority"))

S("conexus", L(c=True, pd=True, br=True, r="rectification,informed", tp=True, cat="personal_data"),
  "An MP's caseworker (third_party) reports that Conexus letters about a constituent went to her former partner's address, "
  "revealing her debt (breach): implicit complaint, personal_data. Asks for the address to be corrected (rectification) and "
  "what was sent to him and why that address was used (informed).",
  "Constituent: Ms Hannah Verity - letters sent to former partner",
  """I am writing on behalf of Ms Hannah Verity, who has contacted our office for help and has given her consent for me to raise this with you. Her details are below.

Ms Verity separated from her former partner in 2024 after a period of domestic abuse, and she moved to a new address, which is known to only a small number of organisations. She told Conexus her new address in a telephone call in January and again in writing in March. Despite this, letters about her account have continued to be sent to her former partner's address, and last month he contacted her to taunt her about her 'debts', quoting the amount owed. Ms Verity is frightened, and her support worker is concerned about her safety.

She would like the following put right as a matter of urgency. [[rectification|Please correct the address on her account so that all correspondence goes to the address she gave you in January, and remove any link to the former address.]] [[informed|She would also like to know exactly which letters were sent to the former address and what they contained, and why that address was used when she had told you of the change.]]

We would be grateful for a reply to this office within 14 days. The MP is taking a personal interest in this case.""",
  W("pro", "parliament.uk", "Senior Caseworker\nOffice of Rachel Sutcliffe MP\nHouse of Commons, London SW1A 0AA"),
  short=("Urgent: constituent Ms H Verity - letters to former partner",
         "Letters about Ms Verity's account are still going to her abusive ex-partner's address despite two updates. [[rectification|Please correct her address to the one she gave you in January.]] [[informed|And tell us which letters went to the old address and why.]]"))

S("conexus", L(r="access", tp=True),
  "A claims firm's standard subject access request for a client (third_party): copies of call recordings, letters and notes "
  "(access). Not a complaint.",
  "Subject access request - our client Mr Daniel Ferreira - ref CR/2026/1187",
  """We act for Mr Daniel Ferreira, date of birth 14/08/1986, of 22 Beech Avenue, Swindon, in connection with a potential claim about the collection of his Pennant Mobile account. A signed form of authority and proof of our client's identity and address are attached.

[[access|Please provide us with copies of all personal data you hold about our client, including call recordings, letters and emails, system notes, income and expenditure assessments and any documents received from Pennant Mobile.]]

Please note that our client does not wish to be contacted directly while we are instructed, and all correspondence on this matter should be sent to this office.

We look forward to receiving the information within one calendar month. Should you require anything further to process this request, please contact the writer.""",
  W("pro", "claimright.co.uk", "Data Request Officer\nClaimRight Solutions Ltd\nAuthorised and regulated by the Financial Conduct Authority, FRN 839201"))

S("conexus", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A long consumer letter: Conexus has mixed her record up with her mother's (same name, wrong date of birth): implicit "
  "complaint about inaccurate data, personal_data. Asks for correction (rectification) and no use of the mixed record meanwhile "
  "(restriction).",
  "Wrong date of birth and my mother's account history on my file",
  """I am writing about account CX-6194027, which is in my name and which I am paying at £40 a month under an arrangement agreed in February.

When I rang last week to change my payment date, your adviser asked me to confirm my date of birth and told me that the date I gave, 3 September 1988, did not match your records. The date on your records is 3 September 1961, which is my mother's. My mother and I have the same first name and surname and lived at the same address until 2015. The adviser then read out what he said were 'other accounts linked to you', and two of them are my mother's old catalogue accounts, which I have never had anything to do with.

I am now applying for a mortgage, and I am very worried that these linked accounts are being reported against me, or that my mother is being shown as owing my debt.

[[rectification|Please correct my date of birth on your records and remove my mother's accounts from my file.]] [[restriction|Until that has been done, please do not use or share the linked information, including with any credit reference agency.]]

I would like a reply in writing confirming what you have done.""",
  W("con"))

S("conexus", L(c=True, ex=True, pd=True, r="objection,informed", cat="personal_data"),
  "An explicit complaint about marketing texts from a 'debt solutions partner' that seem to use her Conexus data: "
  "personal_data (unexpected use). Objects to marketing (objection) and asks who her data was passed to and on what basis "
  "(informed).",
  "Complaint - my details passed to a debt solutions company",
  """I am making a complaint about what has happened since I agreed a payment plan with you in April for my Northline Energy debt (ref CX-8831275).

Within a week of the plan being set up I started to receive texts and calls from a company calling itself 'ClearPath Debt Solutions', offering to 'write off up to 80% of your Conexus debt' with an IVA. They knew the name of the creditor, the balance to the pound and the fact that I was paying you monthly. I had never heard of them, and no one else has those details.

When I rang your office, the person I spoke to said that Conexus 'works with partners' who 'may contact customers who are struggling' and that it would be in the terms and conditions. I never agreed to that.

[[objection|I do not want my information used for any kind of marketing by you or anyone you pass it to, and I want it stopped.]] [[informed|I also want to be told which companies you have given my details to, what you gave them and what you say gave you the right to do it.]]

Please respond in writing. If I do not get a proper answer I will go to the Information Commissioner.""",
  W("con"),
  short=("Complaint: ClearPath texts using my Conexus details",
         "Formal complaint: a 'debt solutions partner' is texting me with my exact Conexus balance. [[objection|Stop my details being used for marketing.]] [[informed|Tell me who you gave them to and on what basis.]]"))

S("conexus", L(r="erasure"),
  "A debtor who has cleared the account asks, politely, for everything held about her to be deleted (erasure). Not a complaint.",
  "Account CX-4472019 - paid in full",
  """I made the final payment on the above account on 30 May, and I have your letter of 6 June confirming that the balance is now nil and that the account is closed. Thank you to your team for being patient with me over the last two years; the arrangement made a real difference.

Now that it is all finished, I would like to put it behind me. [[erasure|I would be grateful if you could delete the personal information you hold about me, including my phone numbers, my bank details and the notes of our conversations, once you no longer need it.]]

If there is anything you have to keep by law, I understand, but I would appreciate knowing that the rest has gone. Please reply by email.""",
  W("con"))

S("conexus", L(c=True, r="automated_decision,informed", cat="process"),
  "A debtor's offer was refused instantly by the online affordability tool: implicit complaint about the automatic rule "
  "(process). Asks for a person to decide (automated_decision) and what data was used, including credit file (informed).",
  "Payment offer rejected by your website in seconds",
  """On Sunday I used your online 'make an offer' page for account CX-3019488 (Lumen Water). I filled in my income and outgoings honestly, which took me over an hour with my bank statements, and offered £25 a month. Within seconds the page said my offer 'does not meet our affordability criteria' and told me to pay £110 a month or call during office hours.

I work shifts in a care home and I cannot ring during office hours. £110 a month is impossible, and I do not understand how a computer can decide that when it has the figures in front of it. It feels as if the offer was never looked at at all.

[[automated_decision|I want my offer considered by a member of your staff who can look at my actual circumstances, not by the website.]] [[informed|Please also tell me what information the website used to decide my offer was not affordable, and whether it looked at my credit file or anything else about me.]]

I can be contacted by email, or by phone after 6pm.""",
  W("con"))

S("conexus", L(r="restriction,erasure"),
  "A creditor client's data protection officer tells Conexus that their customer disputes the debt and has made requests: "
  "Conexus to stop using the data pending investigation (restriction) and delete it once returned (erasure). The DPO writes for "
  "her own firm: third_party false. Not a complaint.",
  "Customer data request - account recall NE-40913 / your ref CX-9077316",
  """I am the Data Protection Officer at Northline Energy. We placed the above account with Conexus for collection in March.

The customer concerned has since contacted us directly. She disputes that she was ever the account holder at the supply address, and she has made requests under data protection law both to us and, she tells us, to you. We are investigating the dispute with our metering and billing teams and expect this to take up to six weeks. We are recalling the account from placement with effect from today.

To support our handling of her requests, [[restriction|we ask that Conexus ceases all processing of this customer's personal data, other than secure storage, with immediate effect, pending the outcome of our investigation.]] [[erasure|Once the account has been returned to us in accordance with the recall procedure, please delete her personal data from your systems and confirm in writing that this has been done.]]

Please contact me directly if any of the data cannot be deleted, and why. Thank you for your help.""",
  W("dpo", "northline-energy.co.uk", "Data Protection Officer\nNorthline Energy Ltd\nPO Box 912, Newcastle upon Tyne NE99 1NE"))

S("conexus", L(r="portability"),
  "A debtor asks for her payment history as a spreadsheet to import into her budgeting app (portability). Not a complaint.",
  "Payment history as a spreadsheet please",
  """I have an arrangement with you on account CX-2288160 and I have been paying £35 a month since 2024. Everything is fine with the account and your staff have always been helpful.

I have started using a budgeting app to manage my money properly and it can import transaction data from a CSV file. It would save me a lot of typing if I could load in my payments to you.

[[portability|Could you send me my payment history on this account as a CSV or Excel file, rather than as a printed statement, so that I can import it into the app?]]

My email address is the one I am writing from. Thank you.""",
  W("con"),
  short=("[[portability|Can I have my payment history as a CSV file to import into my budgeting app?]]", ""))

S("conexus", L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A debt adviser's explicit complaint (third_party) that Conexus phoned a client in a Breathing Space; asks for recordings "
  "of the calls (access). Grievance is collection conduct, so personal_data false; 'breach' of the moratorium is not a "
  "data breach.",
  "Formal complaint - contact during Breathing Space - client Mr Farid Rahimi",
  """I am a debt adviser at Westfield Citizens Advice and act for Mr Farid Rahimi (authority attached), whose account with you is CX-6650294.

Mr Rahimi entered a standard Breathing Space on 12 May, and the Insolvency Service's notification was sent to Conexus the same day. Despite this, Mr Rahimi received telephone calls from your office on 19 May, 22 May and 27 May, and a letter dated 28 May demanding payment and threatening further action. This is a clear breach of the moratorium regulations. Mr Rahimi has a diagnosed anxiety disorder, which is recorded on his account, and the calls caused him a great deal of distress at a time when he was trying to engage with advice.

Please accept this as a formal complaint on Mr Rahimi's behalf. We would like an explanation of why the moratorium was not applied to his account, confirmation that all collection activity has now stopped, and an apology to him.

[[access|To allow us to advise Mr Rahimi fully, please provide copies of the recordings of the calls made to him on 19, 22 and 27 May and the notes made on his account during that period.]]

We look forward to receiving your acknowledgement within five working days.""",
  W("pro", "westfieldcab.org.uk", "Debt Adviser\nWestfield Citizens Advice"))

S("conexus", L(r="informed,objection"),
  "A debtor asks, without dissatisfaction, whether Conexus uses credit reference and social-media trace searches about her and "
  "why (informed), and objects to being profiled through them beyond collecting the debt (objection). Not a complaint.",
  "Questions about tracing and credit searches",
  """I have recently set up a payment arrangement with you on account CX-1183526, and I am happy with how it has gone so far.

A friend who works in finance mentioned that collection agencies sometimes carry out regular credit reference searches on their customers and look at their social media to judge whether they can afford to pay more. I am applying for a new job in financial services and I would like to understand what is recorded about me before I do.

[[informed|Could you tell me whether Conexus carries out credit searches or other checks on me, which agencies or sources you use, what you use the results for and how often they are done?]] [[objection|If any of it goes beyond what is needed to manage the arrangement I have agreed, I object to my information being used in that way, and in particular to being profiled from my social media.]]

There is no problem with the account itself. Thank you in advance.""",
  W("con"))

S("conexus", L(r="rectification,access", tp=True),
  "A daughter with power of attorney (third_party) writes a long letter: her father has moved to a care home; correct his "
  "address and send post to her (rectification); copy of the data held (access). Calm, not a complaint.",
  "Mr Ewan Forsyth - account CX-5098113 - change of address and attorney",
  """I am writing about my father, Mr Ewan Forsyth, for whom I hold a registered Lasting Power of Attorney for property and financial affairs. A certified copy of the registered power is enclosed. My father is 84 and moved permanently into Larchfield Care Home in April following a stroke, and I now manage all of his finances.

I have found a letter from Conexus among the post at his old house about an account with Pennant Mobile, which I think is a contract he took out for a tablet some years ago. I would like to deal with it properly and I am not disputing that something may be owed, but I need to understand it first.

[[rectification|Please update your records to show his current address as Larchfield Care Home, 2 Orchard Way, Perth PH1 5RX, and add me as his attorney and correspondence contact, with my address below.]] The house is being sold and post sent there may not reach us.

[[access|I would also be grateful for a copy of the information you hold about my father's account, including the balance, the payments made and any notes of calls, so that I can see how the balance has been reached.]]

Thank you for your help.""",
  W("con"))

S("conexus", L(c=True, pd=True, r="erasure,informed", cat="personal_data"),
  "A woman receives letters about her ex-husband's account now linked to her: implicit complaint about data obtained and used "
  "wrongly (personal_data). Asks for her details to be removed from the account (erasure) and where Conexus got them (informed).",
  "Fwd: Your Pennant Mobile account - NOT my account",
  """Please see the email below from Pennant Mobile. As they say, the account you are writing to me about was in my ex-husband's sole name. We divorced in 2021 and I have never had a contract with Pennant.

Your letters have been addressed to me by name since March, and last week someone from Conexus left a voicemail on my mobile asking me to 'discuss the arrears on your account'. I had to explain the situation to my current partner, which was humiliating. I do not know how you came to link my name and number to his debt.

[[erasure|Please remove my name, mobile number and any other details of mine from this account and from your records.]] [[informed|I also want to know where you got my details from, and who told you that I was connected to the account.]]

I expect a reply confirming this has been done.
@@SIG@@
---------- Forwarded message ---------
From: Pennant Customer Care <care@pennantmobile.co.uk>
Date: Mon, 9 Jun 2026 at 14:21
Subject: Your enquiry PM-2281904
To: undisclosed-recipients

Dear Customer,

Thank you for contacting us. We can confirm that the account ending 0912 was held in the sole name of Mr S Ackroyd. We have no account in your name. The debt was assigned to Conexus for collection in January 2026, so please contact them directly about their correspondence.

Kind regards,
Pennant Customer Care""",
  W("con"))

S("conexus", L(r="objection,automated_decision"),
  "HTML-only formal consumer letter quoting Articles 21 and 22: objects to direct marketing and profiling (objection) and asks "
  "that any automated decision about legal action is taken by a person (automated_decision). Neutral in tone: not a complaint.",
  "Account CX-7720041: Articles 21 and 22 UK GDPR",
  """I write regarding the above account, on which I am making payments under an arrangement agreed on 4 March.

I have read your privacy notice, which states that Conexus may use customer data for 'direct marketing of related products and services' and for 'analytics and profiling to determine the most appropriate collection strategy', and that some decisions, including referral for litigation, 'may be made using automated means'.

[[objection|Under Article 21 of the UK GDPR I object to the processing of my personal data for direct marketing, including any profiling related to it, and to profiling for determining my 'collection strategy'.]] [[automated_decision|Under Article 22, I also request that no decision to refer my account for litigation or to a doorstep agent is taken solely by automated means, and that any such decision is made by a member of your staff.]]

I should be grateful for written confirmation that these requests have been recorded on my account.""",
  W("con"), html_only=True)

S("conexus", L(r="objection,restriction", tp=True),
  "A money adviser (third_party) asks Conexus to use the open-banking data the client shared only for the affordability "
  "assessment (restriction) and objects to its use for anything else (objection). Hedged, not a complaint.",
  "Client Ms Zainab Adeyemi - CX-9281140 - use of open banking data",
  """Thank you for agreeing to consider a token payment for our client Ms Zainab Adeyemi while she recovers from surgery. As your colleague requested, she has connected her current account through your open banking partner so that you can verify her income and expenditure, rather than sending three months of bank statements.

Our client is content for the transaction data to be used for that assessment. She is, however, concerned by the wording of the consent screen, which said the data may also be used 'to improve our products and for analytical purposes', and she was not able to proceed without accepting it.

[[restriction|We would ask that Conexus limits its use of the open banking data to the affordability assessment for this account and does not retain or use it beyond that once the assessment is complete.]] [[objection|Our client does not consent to, and objects to, the data being used for analytics, product development or any form of profiling.]]

Please confirm this has been noted. Our client's authority is on file.""",
  W("pro", "brightstepdebtadvice.org.uk", "Senior Money Adviser\nBrightStep Debt Advice"))

S("conexus", L(c=True, r="restriction", cat="debt_dispute"),
  "A debtor disputes the balance (already paid part to the creditor): implicit complaint, debt_dispute. While it is resolved "
  "he asks that his details are not passed to other agencies or credit files (restriction). The right sits beside a non-data "
  "grievance: personal_data false.",
  "Balance on CX-2069857 is wrong - please hold",
  """Your letter of 3 June says I owe £1,842.60 to Heathcote Bank on an overdraft. That is not right. In December 2025 I agreed a settlement with Heathcote directly and paid them £900 on 19 December, which they confirmed in a letter I have attached. They told me the rest would be written off. Your balance does not take the payment into account and still includes the interest that was frozen before that.

I have written to Heathcote as well, and I expect this to be a mix-up between you and them. But I am not prepared to pay a balance I don't owe, and I want your letters to reflect the settlement.

[[restriction|Until this is sorted out, please do not pass my details to any other agency or solicitor, or report anything about this account to the credit reference agencies.]]

Please reply in writing with a corrected balance or an explanation.""",
  W("con"))

S("conexus", L(c=True, ex=True, r="rectification,restriction,erasure", tp=True, cat="debt_dispute"),
  "A solicitor's explicit complaint for a client who is the victim of identity fraud (third_party): debt not owed (debt_dispute; "
  "personal_data false as the root cause is the debt). Asks for the record to be corrected (rectification), not used or "
  "reported meanwhile (restriction), and deleted once resolved (erasure).",
  "Formal complaint - identity fraud - our client Mr Lewis Ogunleye, CX-8832097",
  """We act for Mr Lewis Ogunleye in connection with the above account, which relates to a Sterling Credit loan opened in his name in 2023. His authority is enclosed, along with a copy of the crime reference issued by Action Fraud and the letter from Sterling Credit's fraud team dated 11 April accepting that the loan application was fraudulent.

Despite this, Conexus has continued to write to our client demanding payment, and on 2 June issued a notice of intended legal proceedings. We wrote to you on 15 April enclosing the same documents and have received no response. Our client wishes to make a formal complaint about the continued pursuit of a debt that your own client has accepted is not his.

On his behalf, [[rectification|we ask that your records are corrected to show that Mr Ogunleye is not liable for this account and is a victim of fraud.]] [[restriction|Pending that correction, his data must not be used for collection, reported to any credit reference agency or passed to any third party.]] [[erasure|Once the account has been closed, please delete his personal data, save for any record you need to keep of the fraud itself.]]

We expect a substantive response within eight weeks and confirmation that the proposed proceedings have been withdrawn.""",
  W("pro", "ruddockmwangi.co.uk", "Associate Solicitor, Dispute Resolution\nRuddock Mwangi LLP"))

S("conexus", L(r="informed,automated_decision"),
  "A debtor asks politely what the 'high priority' status in his online account is based on and whether it is automatic "
  "(informed), and asks that any decision from it is taken by a person (automated_decision). No dissatisfaction: not a complaint.",
  "What does 'Priority: High' on my account mean?",
  """I logged in to your customer portal this evening to check my balance on account CX-3325071 and noticed that the account summary now shows 'Collection priority: HIGH (score 82)'. It was 'Standard' last month. My payments have all gone out on time, so I am a bit puzzled.

I'm not unhappy with anything you have done, I would just like to understand this. [[informed|Could you explain how the score is worked out, what information about me goes into it and what it is used for?]] [[automated_decision|If it leads to decisions about my account, such as passing it to solicitors, I would like those decisions made by a person and not automatically from the score.]]

Many thanks.""",
  W("con"),
  short=("Collection priority HIGH (score 82)?",
         "[[informed|What does the score on my account mean and what data is it worked out from?]] [[automated_decision|I'd want a person, not the score, to decide anything about my account.]]"))

S("conexus", L(r="portability,rectification"),
  "A debtor moving to a debt management plan asks for his payment history to be sent directly to the DMP provider in an "
  "electronic format (portability) and for his email address to be updated (rectification). Not a complaint.",
  "Moving to a debt management plan - CX-4418800",
  """I have decided to go on a debt management plan with Harbour Debt Management, who will be contacting you in the next few days to propose payments on my behalf. Thank you for all your help until now.

Harbour have asked me to get my payment history from each of my creditors so they can set up my plan correctly. [[portability|Could you send my payment history in an electronic file, such as a spreadsheet, directly to Harbour at plans@harbourdebt.example, so that they can load it straight into their system?]] They have my signed consent, and I have copied them in.

[[rectification|Also, please change the email address on my account to this one, as my old Hotmail address is no longer in use.]]

Thanks again.""",
  W("con"))

S("conexus", L(r="objection"),
  "A creditor client's DPO passes on a customer's objection and asks Conexus to stop using the customer's data for "
  "propensity-to-pay modelling (objection). The DPO writes for her own firm: third_party false (judgement). Not a complaint.",
  "Customer objection to profiling - account SCL-118842 / CX-6607725",
  """I am writing from the Data Protection Office at Sterling Credit Loans regarding a customer whose account was placed with Conexus under our collections agreement in February.

The customer has written to us objecting to the use of her personal data for profiling. Having reviewed our processing, we have accepted her objection in relation to the use of her data in statistical models that predict likelihood or capacity to pay, which is not necessary for the collection of the debt itself. We understand from the data flow schedule to our agreement that Conexus applies its own propensity-to-pay scoring to placed accounts.

[[objection|We therefore ask that Conexus stops using this customer's personal data in its propensity-to-pay scoring and any similar behavioural models, and excludes her from them for the remainder of the placement.]] Ordinary collection activity under the agreed arrangement can continue.

Please confirm by 30 June that this has been actioned, so that we can reply to the customer within the statutory timescale.""",
  W("dpo", "sterlingcredit.co.uk", "Data Protection Office\nSterling Credit Loans\nSterling House, 40 Deansgate, Manchester M3 2EG"))

S("conexus", L(r="portability", tp=True),
  "A debt charity (third_party) asks for the client's payment history in a machine-readable form to import into its budgeting "
  "and advice software (portability). Not a complaint.",
  "Client payment data for debt relief order application - Ms G Mwangi",
  """We are assisting Ms Grace Mwangi (date of birth 22/01/1979), whose account with Conexus is CX-1904472, with an application for a Debt Relief Order. Her signed authority, which allows Conexus to share her data with us, is attached.

To complete the application, we need an accurate history of the payments she has made on each of her debts. Our advice software can import transaction records directly, which saves our volunteers a great deal of time and avoids errors in retyping.

[[portability|Please send Ms Mwangi's payment history on this account in a structured, machine-readable format, preferably CSV, so that we can import it into our advice software.]] A short covering letter confirming the current balance would also be helpful.

We would be grateful if you could hold the account for 30 days while the application is prepared.""",
  W("pro", "hopestreetdebtcharity.org.uk", "Volunteer Coordinator, Debt Advice\nHope Street Debt Charity"))

S("conexus", L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
  "An explicit complaint that a subject access request is two months overdue: a rights request handled badly (personal_data, "
  "category personal_data rather than generic delay - judgement). Repeats the request for a copy of her data (access).",
  "Complaint - subject access request made on 2 April still not answered",
  """On 2 April I sent a request by email and by recorded post for a copy of the personal data Conexus holds about me in relation to account CX-7519904. I received an automated acknowledgement on 3 April and a letter on 24 April saying the request had been 'passed to the relevant team'. Since then I have heard nothing, despite two chasing emails and a telephone call on 22 May, when I was told it would be 'with me within a week'.

It is now over two months since my request. I need the information because I am disputing the charges added to this account with the original creditor, and the creditor's deadline for evidence is the end of this month.

I am making a formal complaint about the way my request has been handled.

[[access|I ask again that you send me a copy of all the personal data you hold about me, including call recordings, notes and letters, without any further delay.]] Please also explain why the legal deadline for responding was missed.

If this is not resolved within 14 days, I will refer it to the Information Commissioner.""",
  W("con"),
  quote=("On 24 Apr 2026, Conexus Data Protection wrote:",
         "Dear Customer,\n\nThank you for your request dated 2 April 2026, which has been passed to the relevant team. We will respond as soon as possible.\n\nYours sincerely\nData Protection Team\nConexus"),
  short=("Complaint: SAR of 2 April still unanswered (CX-7519904)",
         "My complaint: it is two months since my request and nothing has arrived. [[access|Please send me a copy of all the personal data you hold about me now.]]"))

S("conexus", L(c=True, ex=True, pd=True, r="objection,erasure", tp=True, cat="personal_data"),
  "An MP's caseworker writes an explicit complaint for a constituent (third_party) whose earlier request to stop marketing "
  "was ignored: personal_data (request handled badly). Objection to marketing and erasure of data after the account closed.",
  "Constituent Mr Jamal Osei - complaint about continued marketing",
  """I am writing on behalf of Mr Jamal Osei, a constituent of Neil Drummond MP, who has asked for our help and consented to our contacting you. His former account reference was CX-2240176.

Mr Osei settled his account in full in November 2025. In December he wrote to Conexus asking that he should receive no further marketing, after he was sent a leaflet promoting a loan consolidation service. Since then he has received four further mailings and several text messages about 'exclusive offers for former customers'. He has kept copies of all of them, and I attach the two most recent.

Mr Osei wishes to make a formal complaint that his request was disregarded, and he asks that I set out what he now wants done.

[[objection|First, he objects to any further use of his details for marketing by Conexus or on its behalf, by any channel.]] [[erasure|Secondly, since his account is closed, he asks that Conexus deletes the personal data it holds about him, except for anything it is legally obliged to retain.]]

We would be grateful for a full reply to this office within the usual timescale for complaints.""",
  W("pro", "parliament.uk", "Caseworker to Neil Drummond MP\nHouse of Commons, London SW1A 0AA"))

S("conexus", L(r="erasure,rectification"),
  "A debtor calmly asks for her old employer and work number to be deleted from her file (erasure) and her own mobile "
  "number corrected (rectification). No dissatisfaction: not a complaint.",
  "Account CX-3390012 - details to update",
  """I have an arrangement with you for my Northline Energy account, and I have two changes to my details.

When I set up the arrangement over the phone last year, your adviser took the name of my employer and my work phone number as part of the income and expenditure check. I left that job in March and I'm now self-employed, and I would rather you did not hold details of a workplace I no longer have anything to do with. [[erasure|Please delete my former employer's name and my old work number from my file.]]

[[rectification|Also, my own mobile number on your records is wrong: it ends 8817, but the correct number is 07700 900 418.]]

Everything else about the account is fine. Thank you.""",
  W("con"))

S("conexus", L(r="rectification"),
  "HTML-only: a debtor who has moved abroad asks for her address and phone number to be updated (rectification). Long, "
  "formal, no complaint.",
  "Change of address and contact details - account CX-5016628",
  """I am writing to let you know that I have moved to Portugal to take up a teaching post and will be living there for at least three years. I intend to continue paying my arrangement of £60 a month by standing order from my UK bank account, which I am keeping open, so nothing should change on that front.

[[rectification|Please update my address on your records to Rua das Flores 112, 2º Esq., 4050-265 Porto, Portugal, and my telephone number to +351 912 345 678.]] Email remains the best way to reach me, as the time difference is only one hour and I check it daily.

Post to my old UK address will be forwarded for six months only, so I would be grateful if you could confirm the change in writing to this email address. Thank you for your help over the last two years.""",
  W("con"), html_only=True)

S("conexus", L(r="informed"),
  "A debtor politely asks, about a council tax debt passed to Conexus, what data Westbury Council shared, on what basis and how "
  "long it will be kept (informed). Not a complaint.",
  "Council tax arrears - what information do you have?",
  """I received your letter dated 10 June about council tax arrears for 2023/24 for my former flat in Westbury, reference CX-8102256. I accept that I owe this and will be in touch about a payment arrangement once I have spoken to my bank.

Before I do, I would like to understand a little more. I did not know the council could pass my details to a private company. [[informed|Could you please tell me what information the council gave you about me, what legal basis you have for using it, whether you share it with anyone else and how long you will keep it after the debt is paid?]]

I am asking simply because I like to know who holds what about me. Thank you.""",
  W("con"))

S("conexus", L(r="restriction,informed", tp=True),
  "A debt adviser (third_party) shares a client's health condition and asks that it is used only for supporting her and not "
  "passed to the creditor (restriction), and who it has already been shared with (informed). Not a complaint.",
  "Client Ms Deborah Salt - CX-4077239 - health information",
  """Further to my telephone call with your vulnerable customers team this morning, I am writing to confirm some sensitive information about my client, Ms Deborah Salt, whose authority is on your file.

Ms Salt is receiving treatment for bipolar disorder and has recently been discharged from a short hospital stay. I have explained this to your colleague so that her account can be handled appropriately, and I am grateful for the 60-day hold agreed on the call.

Ms Salt is anxious that information about her mental health may be passed on. [[restriction|We ask that this health information is used only to support her in the handling of this account and is not passed to the original creditor or to any other third party.]] [[informed|She would also like to know whether any health information she gave your staff in earlier calls has already been shared with anyone outside Conexus and, if so, with whom.]]

Thank you for the sensitivity your team showed on the phone.""",
  W("pro", "mindfulmoneyadvice.org.uk", "Specialist Money and Mental Health Adviser\nMindful Money Advice"))

S("conexus", L(c=True, r="automated_decision", cat="collection_conduct"),
  "A debtor is unhappy that a text said his account had been 'automatically referred for legal action' after one missed "
  "payment: implicit complaint about how the debt is pursued (collection_conduct). Asks for a person to review the referral "
  "(automated_decision).",
  "Automatically referred for legal action after one late payment?",
  """I have paid £50 a month on account CX-6193385 for nineteen months without missing once. In May my payment bounced because my employer paid wages late, and I paid it three days later, as soon as the money came in.

Yesterday I got a text saying 'Your account has been automatically referred to our litigation partner due to a breach of your arrangement. Call now to avoid court action.' I rang and the person said the system had done it because of the returned payment and that she could not change it.

I think it is wrong that a system can refer someone for legal action for one late payment after a year and a half of paying, and I have not slept properly since. [[automated_decision|I want a member of staff to look at my account and decide whether this referral should stand, instead of the computer.]]

Please reply to me by email before anything else happens.""",
  W("con"),
  short=("Litigation referral by the system after one late payment",
         "Nineteen months of payments and your system referred me for court action over one bounced payment. [[automated_decision|I want a person to review that decision, not the computer.]]"))

S("conexus", L(r="rectification,informed"),
  "A consumer forwards a creditor's reply (forwarded chain) and asks Conexus to correct her misspelt name and old address "
  "(rectification) and tell her where the old address came from (informed). Not a complaint.",
  "Fwd: Lumen Water account - please contact Conexus",
  """As you can see below, Lumen Water have asked me to contact you directly. I have no problem with paying what is owed on the final bill and I'll call next week to set something up.

But your letter to me has my name spelled 'Katriona Monro' and it was sent to an address I left in 2022; it only reached me because my old neighbour passed it on. [[rectification|Please correct my name to Catriona Munro and my address to 7 Harbour View, Oban PA34 4LT.]] [[informed|Could you also tell me where you got the 2022 address, since Lumen say they had my current one?]]

Thanks.
@@SIG@@
---------- Forwarded message ---------
From: Lumen Water Customer Resolution <resolution@lumenwater.co.uk>
Date: Thu, 5 Jun 2026 at 10:44
Subject: RE: Final bill - account LW-22817
To: Catriona Munro

Dear Ms Munro,

Thank you for your email. Your account was passed to our collection partner, Conexus, in April. They will be able to help you with payment options and any questions about their letters. Their reference for you is CX-9163307.

Regards,
Customer Resolution Team, Lumen Water""",
  W("con", person=("Catriona", "Munro")))

S("conexus", L(r="informed,restriction", tp=True),
  "A son writes on behalf of his elderly father (third_party), who never had the account: asks where the data came from and "
  "on what basis (informed), and that it is not used until the debt is shown to be his (restriction). Measured, not a complaint.",
  "My father, Mr Robert Featherstone - letter about a catalogue account",
  """I am writing on behalf of my father, Mr Robert Featherstone, who is 88 and asked me to deal with a letter he received from you dated 28 May (reference CX-2731809). He has signed the enclosed note authorising me to act for him.

The letter concerns a mail-order catalogue account opened in 2017. My father is quite certain that he has never had a catalogue account; he has never shopped by catalogue or online and does not have an email address. We think the account may belong to a previous occupant of his bungalow, who had a similar name.

[[informed|Please could you tell us where Conexus obtained my father's name and address, what other information you hold and on what basis you are using it?]] [[restriction|Until you are able to show that the account is his, we would ask that his details are not used for collection or passed to anyone else.]]

I am sure this is a simple mix-up and I am grateful for your help in sorting it out.""",
  W("con"))

# ---- Conexus: look-alikes (rights []) -------------------------------------------------------------------------------

S("conexus", L(c=True, cat="debt_dispute"),
  "Look-alike: 'please correct the balance' is a debt dispute (payments not credited), not rectification of personal data: "
  "implicit complaint, debt_dispute, rights [] (judgement, following the brief).",
  "Please correct my balance - payments missing",
  """According to your statement dated 1 June, the balance on account CX-4561093 is £1,276.40. By my own records, and by my bank statements, which I attach, it should be £976.40.

I have paid £50 on the first of every month since June last year, twelve payments in all, but your statement lists only six. The payments for July, September, October, December, February and April are missing, although each one left my bank account with your reference on it.

Please correct the balance on my account and send me a new statement showing every payment. I'm not prepared to be chased for £300 I have already paid, and I would like to know how this happened.""",
  W("con"),
  short=("Balance wrong - six payments missing from CX-4561093",
         "Your statement leaves out six of my £50 payments (bank statements attached). Please correct the balance and send a new statement."))

S("conexus", L(c=True, cat="collection_conduct"),
  "Look-alike: 'stop calling me at work' is a conduct remedy, not objection (guide lg-29/lg-33): implicit complaint, "
  "collection_conduct, rights [].",
  "Calls to my workplace",
  """For the last three weeks someone from Conexus has been phoning the reception desk at my workplace and asking for me by name. On Tuesday the receptionist was told it was 'about an outstanding account' and she passed that on to my manager. I am mortified. I have never given you my work number and I don't know where you got it.

I am not refusing to deal with the account. I have told your colleagues twice that I'll speak to them by phone in the evenings or by email, and I'm waiting for my first payslip in my new job before I make an offer.

Stop calling me at work. I want an assurance in writing that it will not happen again, and I want to know why you ignored what I had told your colleagues.""",
  W("con"))

S("conexus", L(tp=True),
  "Look-alike: a money adviser asks for copies of Conexus's complaints procedure, the CSA Code and its FCA number for a client "
  "pack. Documents that are not personal data; written for a client, so third_party; not a complaint.",
  "Information request for client pack - Mr S Ackroyd",
  """I am helping Mr Simon Ackroyd (authority previously sent) to understand his options on account CX-9021764 before we make a formal offer of payment.

To put together his information pack, could you please send me:

- a copy of Conexus's complaints procedure;
- a copy of, or link to, the Credit Services Association Code of Practice that you follow;
- your firm reference number on the FCA register; and
- a blank copy of your income and expenditure form, if you have one you prefer advisers to use.

We do not need anything from his file at this stage: I am just making sure he has the general information he is entitled to. Thank you.""",
  W("pro", "openbookmoneyadvice.org.uk", "Money Adviser\nOpen Book Money Advice"))

S("conexus", L(),
  "Look-alike: a creditor client's compliance officer asks for Conexus's breach-handling procedure and audit evidence for the "
  "annual supplier audit. A firm-to-firm document request about processing in general: no right, not a complaint.",
  "Annual supplier audit 2026 - data protection evidence",
  """As part of Heathcote Bank's annual oversight of our collection agencies, we are collecting evidence for the data protection section of the audit, which is scheduled for 14 July.

Please could you send the following before 30 June:

1. Your current personal data breach procedure and the log of incidents affecting Heathcote customers in the last 12 months (numbers only; no customer details are needed).
2. Evidence of data protection training completion for staff working on Heathcote placements.
3. Your retention schedule for closed and recalled accounts.
4. Confirmation of any changes to your sub-processors since last year.

This is routine, and nothing in particular has prompted it. Many thanks for your help, as ever.""",
  W("dpo", "heathcotebank.co.uk", "Supplier Oversight Manager, Collections\nHeathcote Bank"))

S("conexus", L(auto=True),
  "Look-alike: a debt-advice network's bulk newsletter about data rights. Auto-generated (list headers): all other labels empty.",
  "Adviser Update: subject access requests, objections and Breathing Space",
  """ADVISER UPDATE - issue 118

Subject access requests to collection agencies: our members report that responses are getting faster, but recordings are still often missing. Our template letter has been updated to ask specifically for call recordings and system notes.

Objecting to marketing: several agencies now send 'offers' to former customers. We explain how clients can object and what to do if the mailings continue.

Breathing Space: a reminder that creditors and agents must stop contact from the day they are notified, and how to report breaches of the moratorium.

Training: places remain on our July webinar on vulnerable clients and data sharing.

You are receiving this because you are a registered member of the Money Advice Network. Manage your subscription or unsubscribe online.""",
  W("raw", fixed="Money Advice Network <updates@moneyadvicenetwork.org.uk>"),
  headers={"precedence": "list", "list-id": "Adviser Update <adviser-update.moneyadvicenetwork.org.uk>",
           "list-unsubscribe": "<mailto:leave-adviser-update@moneyadvicenetwork.org.uk>"},
  envs=["plain", "html"])

S("conexus", L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "Look-alike: a solicitor's explicit complaint (third_party) that a statute-barred debt is being pursued, with a legal "
  "disclaimer mentioning personal data and data protection law. Debt dispute; no right is asked for.",
  "Complaint: statute-barred debt - our client Mrs Judith Plaskett (CX-7744510)",
  """We act for Mrs Judith Plaskett, whose authority is enclosed, in relation to your letters of 20 May and 6 June concerning an alleged debt to Pennant Mobile.

On the information in your own letters, the last payment to the account was made in January 2018 and there has been no written acknowledgement of the debt since. Any claim is therefore statute-barred under section 5 of the Limitation Act 1980. Your letter of 6 June nevertheless states that 'further action may be taken' and that the matter 'may be referred for litigation'. That statement is misleading and is not in keeping with the CSA Code of Practice.

Our client wishes to make a formal complaint about the content of your letters. We ask that you confirm within 14 days that you accept the debt is statute-barred, that no proceedings will be issued and that no further demands will be made of our client.""",
  W("pro", "rennieeadie.co.uk",
    "Solicitor\nRennie Eadie Solicitors\n\nThis email is confidential and may contain personal data protected by the Data Protection Act 2018. If it has reached you in error, please notify us and delete it."))

S("conexus", L(br=True),
  "Look-alike: a neighbour reports a misdelivered Conexus letter and says no reply is needed. Breach described, but not a "
  "complaint and no right asked for.",
  "Letter delivered to wrong address",
  """Just to let you know that a letter from you addressed to a Mr K Lynch at 14 Mill Lane was delivered to my house, 41 Mill Lane, this morning. I opened it before I noticed the name, I'm afraid, and saw it was about an account balance.

I've put it back in an envelope and dropped it through his door, so you don't need to send anyone or reply to me. I thought you'd want to know in case your address is wrong, or in case it happens again.""",
  W("con"))

S("conexus", L(),
  "Look-alike: a debtor asks how payment arrangements work and what happens if a payment is missed. A process question about "
  "the firm's rules, not about her data: no right, not a complaint.",
  "Questions before I set up a payment plan",
  """I have had a letter about account CX-2056481 and I would like to set up a monthly payment plan. Before I ring, could you tell me:

1. What is the lowest monthly amount you will normally accept, and do you need to see my bank statements?
2. If I miss one payment because of an emergency, does the whole plan end, or is there some leeway?
3. Can I pay by standing order rather than giving you my card details?
4. Will interest or charges be added while I'm paying?

I'd like to sort this out properly, so I just want to know where I stand first. Thank you.""",
  W("con"))

S("conexus", L(tp=True),
  "Look-alike: an MP's caseworker asks for Conexus's general vulnerable-customer policy for a constituent (third_party). "
  "A policy document, not the constituent's data; no dissatisfaction: not a complaint.",
  "Vulnerable customers policy - enquiry from constituent",
  """A constituent of Helen Treharne MP, whose account is with your firm, has asked our office to help her understand how collection agencies treat customers with long-term health conditions. She does not have any concerns about how Conexus has dealt with her so far and has not asked us to raise anything about her account.

To help us answer her, could you send us a copy of, or a link to, Conexus's policy for customers in vulnerable circumstances, including how a customer can tell you about a health condition and what support is available, for example pausing collection or communicating in writing only?

Thank you for your help.""",
  W("pro", "parliament.uk", "Caseworker\nOffice of Helen Treharne MP"))

S("conexus", L(),
  "Look-alike: a thank-you after a data request was answered; the quoted history contains the original access request, but "
  "the new text only thanks: no right, not a complaint (guide: label only the new text).",
  "Re: Your subject access request - CX-5582031",
  """Thank you for sending the information I asked for, and for including the call recordings on a memory stick - I wasn't expecting that. It has helped me understand how the balance was built up, and I am now happy with the account.

I'll be in touch next month about increasing my payments. Thanks again to the team.""",
  W("con"), envs=["quote", "plain"],
  quote=("On 2 Jun 2026, Conexus Data Protection wrote:",
         "Dear Customer,\n\nFurther to your email of 6 May, in which you asked us to send you a copy of all the personal data we hold about you including call recordings, please find the information enclosed.\n\nYours sincerely\nData Protection Team\nConexus"))

S("conexus", L(),
  "Look-alike: a debtor who has settled asks for a paid-in-full confirmation letter for her mortgage application. A new "
  "document, not a copy of her data: no right, not a complaint.",
  "Settlement confirmation letter needed",
  """I made the final payment to clear account CX-6610342 (Northline Energy) on 28 May and I have had a text from you confirming that the balance is now zero.

My mortgage broker has asked for a letter on your headed paper confirming that the account has been settled in full and the date it was cleared, to send with my application. Could you please send one, either by post to my home address or as a PDF by email? The application is going in next week, so I would be very grateful if it could be sent soon.

Thank you for your help while I was paying this off.""",
  W("con"))

S("conexus", L(auto=True),
  "Look-alike: a money adviser's out-of-office with no auto headers, mentioning authority forms and data requests. "
  "Auto-generated: not third_party, no rights.",
  "Out of office: Re: Client Mr K Mensah - your ref CX-7730418",
  """I am on annual leave until Tuesday 1 July and will not be checking email.

If you are responding to a request for client information or a data request we have made, please send it to advice@northgatemoneyadvice.org.uk, quoting the client's name, so that a colleague can pick it up.

For urgent matters about a client in a Breathing Space, please call our advice line on 0300 555 0147.

Priya Raghavan
Money Adviser, Northgate Money Advice""",
  W("raw", fixed="Priya Raghavan <p.raghavan@northgatemoneyadvice.org.uk>"), envs=["plain", "html"])


if __name__ == "__main__":
    sys.exit(main())
