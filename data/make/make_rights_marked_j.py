#!/usr/bin/env python3
"""Make data/labelled/rights_marked_j.jsonl: formal-register complaints@ mail in which writers exercise UK GDPR
data-protection rights, often indirectly and on someone else's behalf, plus formal look-alikes with no rights request,
each with the sentence(s) that ASK for a right marked by hand (author J's set).

What it makes. 100 hand-written scenarios, 50 per mailbox ("pexa": a conveyancing platform whose customers are banks
and law firms; "conexus": a debt collection agency writing to debtors for creditor clients), each rendered twice,
so 200 emails. The register is formal throughout: letters from solicitors and conveyancers, lenders' and creditors'
compliance and data-protection teams, money advisers and debt charities, MPs' caseworkers, claims firms and careful
consumers writing formal letters, with numbered requests, headed paragraphs, "Our ref / Your ref" lines, "without
prejudice" headings and statutory references that are sometimes wrong or vague ("section 7", "Article 20" used for a
plain copy, "under the Data Protection Act"). All eight rights appear in roughly even numbers, often several in one
letter and often in indirect wording ("Kindly amend your records so that ...", "We request that processing be
suspended pending ...", "Please confirm the source from which you obtained ..."), sometimes buried in a long letter
about something else. About a quarter of the scenarios are look-alikes with rights [] (a Consumer Credit Act
request, a completion statement, a redemption or settlement figure, a file transfer between firms, a firm's own
privacy-notice wording, a conduct complaint, a without-prejudice offer, a balance dispute phrased as "amend your
records", a controller's contractual instruction to its processor, a newsletter).

Every scenario carries the full label set by the shared labelling guide (complaint, explicit, personal_data, breach,
about_other_firm, third_party, category ...) and a one-line note, but the file trains rights only: each record has
train_labels ["rights"].

How. In a scenario text each sentence that asks for a right is written inline as [[right|sentence]] (or
[[right1,right2|sentence]] when one sentence asks for two); rendering strips the markers and records each sentence
verbatim in `request_sentences` (HTML-escaped as in its <p> for HTML bodies; a marker in the subject marks subject
text). Each scenario is rendered twice, with a different sender name and address (only the address when the text
names the writer), greeting and sign-off: once plain, once in one other envelope drawn from: HTML (html_with_quote),
a quoted earlier reply from the firm, 1-2 letter-edit typos outside the marked sentences (edit_words), a disclaimer or
device footer, or the scenario's own short version. Records are shuffled, numbered rmj-0001... and checked with
labelled_mail.marked_record_errors by run_generator, which refuses to write if any record fails; render() also asserts
that every marked sentence lies in the new (unquoted) text. Stdlib only; one random.Random(SEED) drives every choice,
so the output is byte-identical run to run.

Usage:  python data/make/make_rights_marked_j.py   (writes data/labelled/rights_marked_j.jsonl)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           new_text, rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20261225
PREFIX = "rmj"
OUT = os.path.normpath(os.path.join(HERE, "..", "labelled", "rights_marked_j.jsonl"))
L = short_labels
MARK = MARK_RIGHTS

FIRM = FIRM_NAMES

NAMES = [
    ("Adrian", "Culverhouse"), ("Bronwen", "Ellis-Pugh"), ("Cecily", "Hartnell"), ("Dominic", "Fairweather"),
    ("Elspeth", "Grierson"), ("Felix", "Amankwah"), ("Georgina", "Pell"), ("Hywel", "Bevan"), ("Ingrid", "Solberg"),
    ("Jasper", "Whitcombe"), ("Kavita", "Deshpande"), ("Lorcan", "Mulvey"), ("Margot", "Lysaght"), ("Nikhil", "Varma"),
    ("Olwen", "Rees"), ("Piers", "Haldane"), ("Rosalind", "Kettering"), ("Sebastian", "Croft"), ("Tamsin", "Polglase"),
    ("Umar", "Farooqi"), ("Verity", "Langstaff"), ("Wilfred", "Osborne"), ("Yvonne", "Mbeki"), ("Zachary", "Hollins"),
    ("Annika", "Brandt"), ("Benedict", "Starling"), ("Clemency", "Vaughan"), ("Desmond", "Achebe"), ("Esther", "Kaplan"),
    ("Fergus", "Loudon"), ("Gulnaz", "Karimova"), ("Humphrey", "Toller"), ("Isobel", "Rendell"), ("Jerome", "Baptiste"),
    ("Keira", "Donnachie"), ("Leopold", "Marsden"), ("Mairead", "Cullinan"), ("Nasreen", "Chaudhry"), ("Oscar", "Pendry"),
    ("Philippa", "Nairn"), ("Quentin", "Ashby"), ("Rhiannon", "Meredith"), ("Stellan", "Norberg"), ("Tabitha", "Crane"),
    ("Ulrich", "Weber"), ("Valentina", "Russo"), ("Warren", "Ebdon"), ("Xanthe", "Moorcroft"), ("Yusra", "Hamdan"),
    ("Zoltan", "Farkas"), ("Alexandra", "Quayle"), ("Barnaby", "Eastwood"), ("Cordelia", "Finch"), ("Dylan", "Prothero"),
    ("Eunice", "Adjei"), ("Florian", "Kessler"), ("Gemma", "Torrance"), ("Hari", "Subramanian"), ("Imogen", "Vesey"),
    ("Jolyon", "Tremayne"), ("Kerensa", "Trevithick"), ("Lionel", "Goodacre"), ("Marisol", "Ortega"), ("Norman", "Kitching"),
    ("Ottilie", "Barraclough"), ("Percival", "Dunne"), ("Rowena", "Castell"), ("Saskia", "van Dijk"), ("Thaddeus", "Okwu"),
    ("Una", "Flanagan"), ("Vernon", "Atherley"), ("Winifred", "Stobart"), ("Yannick", "Mercier"), ("Zara", "Kellaway"),
    ("Ambrose", "Pickering"), ("Beatrice", "Oyelowo"), ("Crispin", "Lyle"), ("Delphine", "Aubert"), ("Emrys", "Vaughan-Lloyd"),
    ("Francesca", "Dimitriou"), ("Gideon", "Rowntree"), ("Harriet", "Quennell"), ("Idris", "Pennant"), ("Juliette", "Asquith"),
]
CON_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
               "talktalk.net", "virginmedia.com", "sky.com"]

GREET = {
    "sol": ["Dear Sirs,", "Dear Sir or Madam,", "Dear Sir/Madam,", "Dear {firm} Team,", "Dear Colleagues,"],
    "dpo": ["Dear Data Protection Officer,", "Dear Sir or Madam,", "Dear Colleagues,", "Dear {firm} Data Protection Team,"],
    "adv": ["Dear Sir or Madam,", "Dear Sirs,", "Dear {firm},", "To whom it may concern,", "Dear Colleagues,"],
    "mp": ["Dear Sir or Madam,", "Dear Sir/Madam,", "Dear Chief Executive,"],
    "con": ["Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,", "Dear {firm},", "Dear Data Protection Officer,"],
}
SIGNOFF = {
    "sol": ["Yours faithfully,", "Yours faithfully,", "Yours sincerely,", "Kind regards,"],
    "dpo": ["Yours faithfully,", "Yours sincerely,", "Kind regards,"],
    "adv": ["Yours faithfully,", "Yours sincerely,", "Kind regards,", "With thanks,"],
    "mp": ["Yours sincerely,", "Yours faithfully,"],
    "con": ["Yours faithfully,", "Yours sincerely,", "Yours faithfully,"],
}
DISCLAIMERS = [
    "This email is confidential and may be legally privileged. If you have received it in error, please notify the "
    "sender and delete it from your system; you must not copy, forward or rely on it. We will never notify you of a "
    "change to our bank details by email.",
    "IMPORTANT: this message and any attachment are intended solely for the addressee. Any personal data in this "
    "message is processed in accordance with our privacy notice. If you are not the addressee, please tell us at once "
    "and erase the message.",
    "Registered in England and Wales. A list of partners is available at our registered office. Authorised and "
    "regulated by the Solicitors Regulation Authority. This message is confidential; if it has reached you in error "
    "please let us know and destroy it.",
    "The information in this email is confidential and is intended for the named recipient only. Calls and emails may "
    "be monitored and recorded for training and regulatory purposes.",
]
DEVICE_FOOTERS = ["Sent from my iPad", "Sent from my iPhone", "Sent from Mail for Windows", "Sent from my Galaxy"]
GENERIC_QUOTE = {
    "pexa": ("On 4 June 2026, PEXA Customer Support wrote:",
             "Dear Customer,\n\nThank you for contacting PEXA. Your correspondence has been logged under reference "
             "CS-{ref} and will be passed to the appropriate team. We aim to respond within five working days.\n\n"
             "Kind regards\nPEXA Customer Support"),
    "conexus": ("On 3 June 2026, Conexus Correspondence Team wrote:",
                "Dear Sir or Madam,\n\nWe acknowledge receipt of your letter, which has been allocated reference "
                "CR-{ref}. Please quote this reference and the account number in any further correspondence.\n\n"
                "Yours faithfully\nCorrespondence Team\nConexus"),
}


class W:
    """Who writes: kind sol|dpo|adv|mp|con|raw, the address domain (None: a consumer webmail), the signature lines
    under the name, the display-name format and, when the text itself names the writer, the fixed person."""

    def __init__(self, kind, domain=None, sig="", display="{name}", fixed=None, person=None):
        self.kind, self.domain, self.sig, self.display, self.fixed = kind, domain, sig, display, fixed
        self.person = person


SCENARIOS = []


def S(mailbox, lab, note, subject, body, who, head="", short=None, quote=None, envs=None, headers=None,
      html_only=False, greet=None):
    """Register one scenario. head: lines above the greeting (references, 'without prejudice'); short: (subject,
    body) of the short version ("" body = subject only); quote: (header line, text) of the firm's earlier message
    used by the 'quote' envelope; envs: fixed envelopes instead of plain + one drawn."""
    SCENARIOS.append(dict(sid=f"rmj-s{len(SCENARIOS) + 1:03d}", mailbox=mailbox, labels=lab, note=note,
                          subject=subject, body=body.strip("\n"), who=who, head=head, short=short, quote=quote,
                          envs=envs, headers=headers or {}, html_only=html_only, greet=greet))


# ---------------------------------------------------------------------------------------------
# rendering


def sender(sc, rng, used):
    """(From header, full name, first name) for one rendering; never a name or address used before for the scenario."""
    who = sc["who"]
    if who.kind == "raw":
        return who.fixed, None, None
    text = sc["subject"] + sc["body"] + who.sig + sc["head"] + (sc["quote"][1] if sc["quote"] else "")
    if who.person is not None:
        first, last = who.person
    else:
        while True:
            first, last = NAMES[rng.randrange(len(NAMES))]
            if (first, last) not in used and last not in text and first not in text:
                used.add((first, last))
                break
    name = f"{first} {last}"
    lf, ll = re.sub(r"[^a-z]", "", first.lower()), re.sub(r"[^a-z]", "", last.lower())
    while True:
        if who.domain:
            local = [f"{lf}.{ll}", f"{lf[0]}{ll}", f"{lf[0]}.{ll}", f"{ll}{lf[0]}"][rng.randrange(4)]
            addr = f"{local}@{who.domain}"
        else:
            local = [f"{lf}.{ll}", f"{lf}{ll}{rng.randrange(10, 99)}", f"{lf[0]}{ll}", f"{ll}.{lf}"][rng.randrange(4)]
            addr = f"{local}@{CON_DOMAINS[rng.randrange(len(CON_DOMAINS))]}"
        if addr not in used:
            used.add(addr)
            break
    return f"{who.display.format(name=name)} <{addr}>", name, first


def assemble(sc, core, name, greet, signoff, footer):
    """Head lines, greeting, the letter, sign-off, name and signature, then a footer."""
    who = sc["who"]
    if who.kind == "raw":
        return core + (("\n\n" + footer) if footer else "")
    parts = []
    if sc["head"]:
        parts.append(sc["head"] + "\n\n")
    if greet:
        parts.append(greet + "\n\n")
    parts.append(core + "\n\n" + signoff + "\n" + name + (("\n" + who.sig) if who.sig else ""))
    if footer:
        parts.append("\n\n" + footer)
    return "".join(parts)


def render(sc, env, rng, used):
    frm, name, first = sender(sc, rng, used)
    kind, mb = sc["who"].kind, sc["mailbox"]
    greets, signs = GREET.get(kind, [""]), SIGNOFF.get(kind, [""])
    greet = sc["greet"] if sc["greet"] is not None else greets[rng.randrange(len(greets))].format(firm=FIRM[mb])
    signoff = signs[rng.randrange(len(signs))]
    subject, core = sc["subject"], sc["body"]
    if env == "short":
        subject, core = sc["short"][0], sc["short"][1].strip("\n")
    if env == "typo":
        core = typos_outside_marks(core, rng, MARK, p_second=0.4)
    footer = ""
    if env == "footer":
        pool = DEVICE_FOOTERS if kind == "con" else DISCLAIMERS
        footer = pool[rng.randrange(len(pool))]
    subj_plain, core_plain = strip_marks(subject, MARK), strip_marks(core, MARK)
    if env == "short":
        if not core_plain:
            body = ""
        elif kind in ("con", "raw"):
            body = core_plain + "\n\n" + (name or "")
        else:
            body = core_plain + "\n\n" + name + "\n" + sc["who"].sig.split("\n")[0]
        body = body.rstrip("\n")
    else:
        body = assemble(sc, core_plain, name, greet, signoff, footer)
    rec = finish_marked_record(
        rng, mailbox=mb, sender=frm, subject=subj_plain, body=body, html=sc["html_only"] or env == "html",
        quote=(sc["quote"] or GENERIC_QUOTE[mb]) if env == "quote" else None, subject_marks=rights_marks_of(subject),
        body_marks=rights_marks_of(core), labels=sc["labels"], note=sc["note"], source=sc["sid"], env=env,
        headers=sc["headers"])
    if not rec["html"] and env != "quote":
        # J's own check: nothing in a plain letter without a quote may look like the start of quoted history
        assert new_text(rec) == rec["subject"] + "\n" + rec["body"], (sc["sid"], env)
    return rec


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            pool = ["html", "quote", "typo", "footer"] + (["short", "short"] if sc["short"] else [])
            envs = ["plain", pool[rng.randrange(len(pool))]]
        used = set()
        for env in envs:
            records.append(render(sc, env, rng, used))
    return records


def summary(recs, env):
    rights = {}
    for r in recs:
        for x in r["labels"]["rights"]:
            rights[x] = rights.get(x, 0) + 1
    looks = sum(1 for sc in SCENARIOS if not sc["labels"]["rights"])
    return (f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios ({looks} look-alikes with rights []) to {OUT}; "
            f"envelopes {env}; rights {rights}")


def main():
    return run_generator(build, SEED, PREFIX, OUT, errors=marked_record_errors, train_labels=["complaint"], summary=summary)


# ---------------------------------------------------------------------------------------------
# SCENARIOS (hand-written, formal register). Markers: [[right|the sentence that asks]].


# ---- PEXA: rights scenarios ----------------------------------------------------------------------------------------

S("pexa", L(r="access,informed", tp=True),
  "A solicitor writes for a client (third_party) mainly about a registration status query; further down, on the client's "
  "instructions, asks for a copy of his data (access) and its purposes, recipients and retention (informed). No "
  "dissatisfaction: not a complaint.",
  "Our client: Mr Tobias Aldridge - 22 Quarry Bank, Malvern - workspace PX-51730942",
  """We act for Mr Tobias Aldridge in connection with his purchase of 22 Quarry Bank, Malvern WR14 3JD, which completed through the platform on 27 February.

We write principally about the registration. HM Land Registry raised a requisition on 19 March concerning the plan attached to the transfer, and we responded to it through the workspace on 21 March. The workspace continues to show the application as 'pending - requisition raised', although the Land Registry portal shows the requisition as answered. We should be grateful if you would confirm whether the status in the workspace is updated automatically or whether some further step is required on our part.

Separately, Mr Aldridge has asked us to make a request on his behalf, and his signed authority is enclosed. He is a serving police officer and is careful about where his home address is held. [[access|Accordingly, we request on his behalf a copy of the personal data relating to him that PEXA holds, in whatever form it is held.]] [[informed|We should also be grateful if you would confirm the purposes for which PEXA holds his details, the organisations to which they have been or may be disclosed, and the period for which they will be retained.]]

We look forward to hearing from you on both points.""",
  W("sol", "halloranpike.co.uk", "Associate Solicitor\nHalloran Pike LLP\n14 Foregate Street, Worcester WR1 1DB"),
  head="Our ref: TA/RES/4471\nYour ref: PX-51730942",
  short=("Mr T Aldridge - PX-51730942 - data request",
         "Further to our letter, and with our client's authority enclosed: [[access|please provide a copy of the personal data PEXA holds about Mr Aldridge.]] [[informed|Please also confirm why it is held, to whom it has been disclosed and how long it will be kept.]]"))

S("pexa", L(r="rectification,restriction"),
  "A building society's data protection team passes on a borrower's accepted request: correct the misspelt name in the "
  "workspace (rectification) and keep the wrong version out of reports and extracts meanwhile (restriction). Staff "
  "writing for their own firm: third_party false. Not a complaint.",
  "Customer data correction - workspace PX-48210377 - Kestrel ref DPR-2291",
  """We write on behalf of Kestrel Building Society in connection with a request we have received from one of our borrowers under the UK GDPR.

Our borrower, Mrs Saoirse Ní Bhriain, remortgaged her property at 5 Heron Wharf, Bristol to the Society in January, and the transaction was settled through your platform in workspace PX-48210377. She has pointed out that her surname was recorded in our origination system without the accent and with two letters transposed ('Ni Bhrian'), and that the error was carried into the workspace and into the documents generated from it. We have corrected our own records and accepted her request.

[[rectification|Kindly amend your records so that the mortgagor's name in that workspace, and in any associated records, reads 'Saoirse Ní Bhriain'.]] [[restriction|Pending that amendment, we request that the incorrect version of her name is not included in any report, data extract or notification that PEXA provides to any other party.]]

We should be grateful for written confirmation once the amendment has been made, so that we can respond to our borrower within the statutory period.""",
  W("dpo", "kestrelbs.co.uk", "Data Protection Team\nKestrel Building Society"),
  head="Our ref: DPR-2291")

S("pexa", L(r="portability,erasure"),
  "A retiring licensed conveyancer asks for her profile and training history as CSV to import into her CPD software "
  "(portability) and then for her profile to be erased (erasure). Neutral: not a complaint.",
  "Closure of my user account and request concerning my personal data",
  """I am a licensed conveyancer and have held a PEXA user account under the subscription of Delamere Conveyancing Ltd since 2022. I am retiring from practice at the end of this month, my final matters have completed, and the firm's administrator will be removing me as a user shortly.

Before the account is closed I should like to keep a record of my professional training, both for my final return to the Council for Licensed Conveyancers and in case I return to practice on a consultancy basis. [[portability|I should therefore be grateful if you would provide the personal data held on my user profile, together with my training and certification history, in a structured, machine-readable format such as CSV, so that it can be imported into the CPD recording software I use.]]

[[erasure|Once that has been supplied, I request that my user profile and the personal details associated with it are erased, save for anything that PEXA is required by law to retain.]]

Thank you for your assistance over the past four years.""",
  W("con", "delamereconveyancing.co.uk", "Licensed Conveyancer\nDelamere Conveyancing Ltd"))

S("pexa", L(c=True, pd=True, r="informed,objection,erasure", tp=True, cat="personal_data"),
  "An MP's caseworker (third_party) raises a constituent's concern that 'PEXA partners' marketed to him after his purchase: "
  "implicit complaint about unexpected use of his data (personal_data). Numbered requests: source, purposes and "
  "recipients (informed), objection to marketing (objection), erasure.",
  "Constituent: Mr Idris Hale, 3 Saddlers Yard, Kendal",
  """I am writing on behalf of my constituent, Mr Idris Hale, who has given his written consent to my raising this matter with you; a copy is attached.

Mr Hale completed the purchase of his first home in Kendal in April. He tells me that since then he has received five emails and two letters from organisations describing themselves as 'PEXA partners', offering home insurance, broadband and removal services, each addressed to him by name at his new address. He was not aware that PEXA held any record of him, he did not agree to be contacted in this way, and he is troubled that his details appear to have been passed on without his knowledge.

I should be grateful if you would look into this and respond to the following points, which Mr Hale has asked me to put to you:

1. [[informed|Please confirm the source from which PEXA obtained his personal details, the purposes for which they have been used and the identity of any organisations to which they have been disclosed.]]
2. [[objection|Mr Hale objects to the use of his details for marketing, whether by PEXA or by any partner organisation, and asks that this cease.]]
3. [[erasure|As his purchase has completed, he asks that PEXA erase the personal data it holds about him, unless it is obliged by law to retain it.]]

I look forward to your reply.""",
  W("mp", "parliament.uk", "Senior Caseworker\nOffice of Marian Oakes MP\nHouse of Commons, London SW1A 0AA",
    display="{name} (Office of Marian Oakes MP)"))

S("pexa", L(r="access,restriction", tp=True),
  "A claims firm (third_party) cites 'section 7 of the Data Protection Act' (the repealed 1998 Act) for a copy of the "
  "client's data (access) and asks that records due for deletion be kept but limited to storage for a legal claim "
  "(restriction). Template-formal, no dissatisfaction: not a complaint.",
  "Data Subject Access Request - our client Mrs Beatrix Lowell - our ref HRC/DSAR/90814",
  """We act on behalf of the above-named client in connection with a potential claim arising from the sale of her former home at 18 Wheelwright Lane, Nantwich in 2023. Our client's signed letter of authority and proof of identity are enclosed.

[[access|Pursuant to section 7 of the Data Protection Act, we request a copy of all personal data relating to our client held by PEXA, including workspace records, audit logs, notifications and any notes of telephone calls.]]

We are aware that the transaction completed some time ago and that your retention period for such records may be approaching. [[restriction|We therefore request that, rather than being deleted in the ordinary course, the records relating to our client's sale are retained and their processing restricted to storage pending the resolution of her claim, as she requires them for the establishment of legal claims.]]

Please direct all correspondence to the writer, quoting the reference above.""",
  W("sol", "harbourlineclaims.co.uk", "Data Requests Executive\nHarbourline Redress Claims Ltd\nAuthorised and regulated by the Financial Conduct Authority"),
  head="Our ref: HRC/DSAR/90814\nBY EMAIL ONLY")

S("pexa", L(c=True, pd=True, r="automated_decision,rectification,informed", tp=True, cat="personal_data"),
  "A solicitor (third_party) objects to an automated sanctions-screening false match that held a client's completion: "
  "implicit complaint (distress, costs), personal_data (a wrong match recorded against him), category personal_data "
  "(judgement). Asks for staff review (automated_decision), records amended (rectification), source and recipients "
  "(informed).",
  "URGENT - our client Mr Yusuf Demir - settlement held on sanctions screening - PX-60177432",
  """We act for Mr Yusuf Demir in his purchase of Flat 9, Canal Basin, Stoke-on-Trent, which was due to complete through workspace PX-60177432 on 6 June.

At 12.05 that day the settlement was suspended with the notice 'Party screening: potential match'. We have since been told by your support team that our client's name and date of birth were matched automatically against an entry on a sanctions list and that the hold was applied by the screening system without any review. Our client is a British citizen, born in Derby, who has never lived outside the United Kingdom; the listed individual, so far as we can establish from the published list, is some twenty years older and resident abroad. Completion took place the following day only after we had supplied your team with a copy of his passport, and he has borne a day's additional removal and storage charges.

Our client is understandably distressed at having been identified, even provisionally, as a sanctioned person, and wishes to ensure that it cannot happen again.

[[automated_decision|We ask that the screening result be reviewed by a member of your compliance staff, rather than by the screening system, and that our client is not subjected to a further automated hold on the strength of it.]] [[rectification|Kindly amend your records so that they show that our client is not the listed individual and that the potential match has been discounted.]] [[informed|We should also be grateful if you would confirm the source of the list against which our client was screened and whether the match has been communicated to any other organisation.]]

We look forward to hearing from you within 14 days.""",
  W("sol", "kilbridedunmore.co.uk", "Partner\nKilbride Dunmore Solicitors\n3 Albion Street, Hanley, Stoke-on-Trent"),
  head="Our ref: KD/YD/2207\nYour ref: PX-60177432",
  short=("Mr Y Demir - sanctions hold on PX-60177432",
         "Our client was wrongly matched to a sanctions entry by your screening system and completion was lost for a day. [[automated_decision|Please have the result reviewed by a person in your compliance team.]] [[rectification|Kindly amend your records to show the match has been discounted.]] [[informed|And confirm which list was used and who has been told of the match.]]"))

S("pexa", L(c=True, r="automated_decision,access", cat="training"),
  "A newly qualified solicitor failed the automatically marked signer assessment by two points and cannot sign her own "
  "files: implicit complaint, category training. Asks for review by the training team (automated_decision) and a copy of "
  "her answers and marking record (access). personal_data false.",
  "Signer certification assessment of 3 June - request for review of my result",
  """I am a newly qualified solicitor at Brindley Causer LLP and on 3 June I sat the online Signer Certification assessment, which our firm requires before a fee earner can be given signing permissions on the platform.

The assessment was marked automatically and I was told at the end that I had scored 68% against a pass mark of 70%, and that I may not resit for 30 days. At least two of the questions on discharges appear to me to have more than one correct answer under your own current guidance, and the system gave me no opportunity to explain my answers or to see which questions I had been marked down on. In the meantime I cannot sign on my own files, a partner must sign for me, and my completions are being delayed as a result.

[[automated_decision|I would ask that my assessment be reviewed by a member of your training team, rather than simply re-run through the automated marking.]] [[access|I should also be grateful for a copy of my answers and of the marking record for my attempt, so that I can see where marks were lost.]]

I would be grateful for a response before the end of next week.""",
  W("sol", "brindleycauser.co.uk", "Solicitor, Residential Property\nBrindley Causer LLP, Wolverhampton"))

S("pexa", L(r="informed,objection"),
  "A seller asks formally what PEXA holds about her, from where, why and on what basis (informed), and objects to her "
  "sale data being used in market-insight reports (objection). The word 'complaint' appears only in a denial: not a "
  "complaint.",
  "Use of my personal data following the sale of 41 Aspen Drive, Harrogate",
  """I sold my house at 41 Aspen Drive, Harrogate, in March. My conveyancers have told me that the sale was settled through your platform, and I have since read in a trade publication that PEXA publishes quarterly 'market insight' reports based on transactions settled through the platform.

I do not object to PEXA holding the information needed for the sale and its registration. However, I would like to understand what else it is used for. [[informed|Would you please tell me what personal data about me PEXA holds, where it was obtained, for what purposes it is used and on what lawful basis, and whether it is shared with any other organisation?]]

[[objection|If my data, including the sale price and completion date of my former home, is used in your market insight reports or in any other analysis not required for the transaction itself, I object to that use and ask that it stop.]]

I should be grateful for a reply in writing. This is not a complaint; I simply wish to know where I stand.""",
  W("con"))

S("pexa", L(r="rectification,automated_decision"),
  "A solicitor's certificate renewal keeps failing the identity check because her date of birth was transposed on her "
  "profile: asks for correction (rectification) and for a person to complete the renewal instead of the automated "
  "check (automated_decision). Calm and practical: not a complaint.",
  "Digital certificate renewal - date of birth recorded incorrectly on my profile",
  """I have been a user of the platform with Moss Vale Law since 2021. My digital signing certificate is due to expire on 30 June and I have tried twice this week to renew it using the online process.

On each occasion the renewal has been declined by the identity check with the message 'Date of birth does not match records'. Having looked at my profile, I see that my date of birth is recorded as 14/07/1986 when it is in fact 17/04/1986; it appears that the day and month were transposed when the account was created.

[[rectification|Please correct the date of birth on my user profile to 17 April 1986.]] [[automated_decision|As the automated check has now declined me twice, I would also ask that the renewal be completed by a member of your team once the correction has been made, rather than being put through the automated check a third time, which I understand may lock the account.]]

I can provide a certified copy of my passport if required. Thank you in advance for your help.""",
  W("sol", "mossvalelaw.co.uk", "Solicitor\nMoss Vale Law"))

S("pexa", L(c=True, pd=True, br=True, r="rectification,erasure,informed", cat="personal_data"),
  "Workspace notifications about a buyer's purchase went to a former employer's shared mailbox, so his new address and "
  "lender were disclosed: implicit complaint, personal_data, breach. Asks for the only address held to be his own "
  "(rectification), the old one deleted (erasure), and where it came from and who else was sent notifications "
  "(informed).",
  "Notifications about my purchase sent to my former employer",
  """I completed the purchase of 6 Orchard Mews, Chelmsford, on 9 May. On 12 May a former colleague at Dunmore Freight, where I worked until last year, told me that she had received at the shared operations mailbox that I used to use three emails from PEXA addressed to me about the progress of my purchase, including my new address, the completion date and the name of my lender.

I did not give that email address to my solicitors in connection with this purchase, and I cannot understand why PEXA would hold it. My former employer now knows my home address and details of my mortgage, which I would not have chosen to share with them.

[[rectification|Please amend your records so that the only email address held for me is the one from which I am writing.]] [[erasure|I also ask that the Dunmore Freight address is deleted from your systems altogether.]] [[informed|Finally, please tell me where PEXA obtained that address and to whom else, if anyone, notifications about my purchase have been sent.]]

I expect a full reply within the month.""",
  W("con"),
  short=("PEXA emails about my purchase went to my old employer",
         "Your notifications about my purchase of 6 Orchard Mews went to my former employer's shared mailbox. [[rectification|Please make this the only email address you hold for me]], [[erasure|delete the old one]] and [[informed|tell me where you got it and who else was sent them.]]"))

S("pexa", L(r="portability,access"),
  "A private landlord asks for the settlement data of three purchases in CSV or JSON to load into his accountants' "
  "software (portability), and a copy of anything else held (access). Not a complaint.",
  "Request for transaction data - three purchases completed in the 2025/26 tax year",
  """In the 2025/26 tax year I purchased three flats at Kingsholm Court, Gloucester, as buy-to-let investments. Each completed through your platform on my solicitors' instructions (workspaces PX-55120017, PX-55120018 and PX-55120563).

My accountants use software that imports transaction data directly, and they have asked me to obtain the settlement data for these purchases in electronic form rather than having it re-keyed from the completion statements. [[portability|I should therefore be grateful if you would supply the personal data relating to me in those workspaces, including the settlement amounts and dates attributed to me, in a structured and machine-readable format such as CSV or JSON, so that it can be loaded into their system.]]

[[access|I should also like a copy of any other personal data PEXA holds about me, for my own records.]]

Please let me know if you require proof of identity before releasing the information.""",
  W("con"),
  head="Re: Kingsholm Court, Gloucester - Flats 2, 3 and 11")

S("pexa", L(c=True, ex=True, r="objection", cat="platform_defect"),
  "A senior associate makes a formal complaint for her firm about two days of failed settlements (platform_defect); "
  "separately, on a personal matter, objects to further use of her name, photograph and quotes in PEXA's promotional "
  "material (objection). The grievance is the outage, not data: personal_data false.",
  "Formal complaint - settlement failures on 12 and 13 May, and a separate personal request",
  """I am writing on behalf of the residential property team at Ferrand Gill LLP to make a formal complaint about the settlement failures on 12 and 13 May.

On both afternoons the financial settlement for a chain of four transactions, in which we acted on two, failed at the funds verification stage with the error 'SET-503 service unavailable'. Your status page recorded no incident on either day. The chain completed on the morning of 14 May; one of our clients had to spend two nights in a hotel with her children, and we have met those costs ourselves. We expect an explanation of the cause, the steps taken to prevent a recurrence and a proposal to reimburse the costs, which are itemised in the attached schedule.

There is a separate, personal matter which I should be grateful if you would pass to the appropriate team. In 2024, while I was at my previous firm, I agreed to be quoted in a PEXA case study. That case study, with my name, photograph and former job title, is still on your website and was reproduced in a brochure circulated at a conference last month. [[objection|I no longer wish to be associated with it and object to any further use of my name, image and comments in PEXA's promotional material.]]

I look forward to your response on both matters.""",
  W("sol", "ferrandgill.co.uk", "Senior Associate, Residential Property\nFerrand Gill LLP"))

S("pexa", L(c=True, r="automated_decision", cat="onboarding"),
  "A lender's head of operations is dissatisfied that a newly appointed signatory's identity verification was refused "
  "three times by an automated check with no route to a person: implicit complaint, onboarding. Asks for the "
  "application to be decided by staff (automated_decision). Staff writing for their own firm: third_party false.",
  "Declined identity verification - newly appointed signatory, Beacon Home Finance",
  """Beacon Home Finance appointed a new Head of Mortgage Completions, Mr Corin Abbot, on 1 May, and on 6 May we submitted his application for signing authority on the platform in the usual way.

His identity verification has now been declined three times. On each occasion the message stated that the 'liveness and document match' step had failed, and your onboarding team has confirmed to us that the outcome is produced automatically by your verification provider and cannot be overridden by them. Mr Abbot's passport was issued last year and he has had no difficulty with comparable checks elsewhere. Until he is authorised, every discharge on our book must be signed by one of two colleagues, both of whom are due to take leave this month.

We do not regard an unexplained automated refusal, with no route to a person, as an adequate process for a regulated lender. [[automated_decision|We therefore ask that Mr Abbot's application, and the documents and images he has submitted, be reviewed and decided by a member of your staff.]]

We should be grateful for a response by 23 May.""",
  W("sol", "beaconhomefinance.co.uk", "Head of Mortgage Operations\nBeacon Home Finance Limited"))

S("pexa", L(c=True, pd=True, r="automated_decision,objection", tp=True, cat="personal_data"),
  "A solicitor (third_party) says a client's gifted deposit was held by PEXA's transaction-monitoring model, which "
  "scores parties partly on nationality and payment origin: implicit complaint that she was profiled (personal_data, "
  "category personal_data: judgement). Asks for a person to decide afresh (automated_decision) and objects to "
  "profiling beyond the transaction (objection).",
  "Our client Ms Perpetua Oyelaran - funds held under automated review - PX-61390254",
  """We act for Ms Perpetua Oyelaran in her purchase of 27 Linden Grove, Reading (workspace PX-61390254).

On 2 July, the day before the scheduled completion, your platform notified us that the deposit funds, which our client received as a gift from her parents in Lagos and which we had verified in full under our own anti-money-laundering procedures, had been placed on 'enhanced review' by your transaction monitoring model. We understand from your support team that the model gives each party a risk score based, among other things, on nationality, country of payment origin and previous transactions. Completion was deferred by two days while the review was carried out.

Our client has found this humiliating and is concerned that she has been profiled on the basis of her family background.

[[automated_decision|We request that the decision to place our client's funds under review be considered afresh by an individual at PEXA with authority to change it, and that our client be given the opportunity to put her point of view.]] [[objection|Further, our client objects to the use of her personal data to build a risk profile of her beyond what is strictly necessary for the completion of this transaction, and asks that PEXA cease that processing.]]

We should be grateful for your response within 14 days.""",
  W("sol", "granthamellery.co.uk", "Solicitor\nGrantham Ellery LLP, Reading"),
  head="Our ref: GE/PO/118\nYour ref: PX-61390254")

S("pexa", L(c=True, ex=True, r="access", cat="inaccurate_information"),
  "A building society completions officer complains about wrong information given on live chat, and asks for the "
  "transcript of her chat session and notes (access). The grievance is the advice, not data: personal_data false.",
  "Complaint - incorrect information given via live chat on 19 June",
  """I am a Completions Officer at Kestrel Building Society and I wish to complain about information I was given by your live chat service on 19 June.

I asked whether the discharge of a Kestrel charge could be lodged in a workspace where the borrower's solicitor had not yet accepted the invitation. I was told clearly that it could and that the solicitor's acceptance 'would follow automatically'. On that basis I signed the discharge and closed our file. The lodgement was in fact rejected, the borrower's solicitor had to be chased, and the redemption monies sat unallocated for four working days, for which the borrower has now asked the Society to compensate her.

[[access|Please provide me with a copy of the transcript of my chat session on 19 June, together with any notes attached to it, as the chat window closed before I was able to save it.]] I also expect a written response explaining how the advice came to be given and what will be done to correct it.""",
  W("sol", "kestrelbs.co.uk", "Completions Officer\nKestrel Building Society"),
  short=("Complaint - live chat advice 19 June",
         "My complaint is about the wrong lodgement advice your live chat gave me on 19 June. [[access|Please send me the transcript of that chat session and any notes on it.]]"))

S("pexa", L(r="informed"),
  "A borrower about to remortgage asks, in lettered paragraphs, what data PEXA will receive and from whom, purposes and "
  "lawful basis, overseas transfers and retention: all the right to be informed. Explicitly no concern: not a complaint.",
  "Request for information - PEXA's processing of my personal data",
  """I am remortgaging my home at 12 Fernlea Avenue, Cardiff, and my new lender's solicitors have told me that the transaction will be completed using your platform. Their client care letter refers me to 'PEXA's privacy notice', but the link they provided no longer works.

Before completion takes place, I should be grateful if you would let me have the following information:

(a) [[informed|the categories of personal data about me that PEXA will receive, and from whom;]]
(b) [[informed|the purposes for which PEXA will use that data and the lawful basis for each;]]
(c) [[informed|whether any of it will be transferred outside the United Kingdom and, if so, under what safeguards; and]]
(d) [[informed|how long it will be kept after completion.]]

I have no concerns about the remortgage itself and do not wish to delay it. I simply prefer to know how my information is handled.""",
  W("con"))

S("pexa", L(r="objection,restriction", tp=True),
  "A solicitor (third_party) objects on a client's behalf to PEXA's supply of her transaction data to a valuation "
  "benchmarking dataset (objection) and asks that the processing be suspended while the objection is considered "
  "(restriction). Formal, no dissatisfaction stated: not a complaint.",
  "Our client Mrs Constance Ibbotson - use of transaction data for benchmarking",
  """We act for Mrs Constance Ibbotson, who sold 7 Cloister Walk, Beverley, through a transaction settled on your platform in January. Her authority is enclosed.

Our client has learned from a valuation report prepared for a neighbour that an anonymised dataset of recent sales, described as 'sourced from PEXA settlement data', lists her former property with its sale price, completion date and mortgage lender. She accepts that PEXA must process her data to settle and register the sale, but she does not consider it necessary for details of her sale to be supplied to commercial valuation providers, particularly as the property is readily identifiable from the dataset.

[[objection|Our client objects, on grounds relating to her particular situation, to the processing of her personal data for the purpose of compiling or supplying benchmarking or valuation datasets.]] [[restriction|We request that such processing be suspended pending your determination of her objection.]]

We should be grateful for your response within one month.""",
  W("sol", "beverleylaw.co.uk", "Associate\nBeverley Minster Law LLP"),
  head="Our ref: CI/0471/MW")

S("pexa", L(r="portability"),
  "A buyer asks for his settlement data in CSV or JSON to import into his budgeting application (portability). "
  "Neutral, not a complaint.",
  "Settlement data for 15 Tern Close in machine-readable form",
  """I completed the purchase of 15 Tern Close, Milton Keynes, on 30 April through your platform. I keep my household accounts, including the mortgage and the costs of the property, in an open-source budgeting application that imports data in CSV or JSON.

I have a PDF completion statement from my solicitor but, as it is a scanned image, it cannot be imported. [[portability|Please would you provide the personal data relating to me from the settlement of that purchase, including the amounts paid and received on my behalf, in CSV or JSON format, so that I can import it directly into that application?]]

I appreciate that this may be an unusual request. I do not need anything else from my file.""",
  W("con"),
  short=("[[portability|Request: my settlement data for 15 Tern Close as CSV or JSON to import into my budgeting software]]", ""))

S("pexa", L(c=True, pd=True, r="access,rectification", tp=True, cat="personal_data"),
  "An MP's office (third_party) says a constituent lost a loan because her name appears wrongly on a discharge record "
  "on the platform: implicit complaint about inaccurate data (personal_data). Asks for a copy of her data (access) and "
  "correction (rectification).",
  "Constituent: Mrs Henrietta Ogundipe, 8 Chantry Close, Wakefield - mortgage discharge record",
  """I am writing on behalf of my constituent, Mrs Henrietta Ogundipe, who has given her consent to my contacting you.

Mrs Ogundipe redeemed her mortgage in February when she sold a buy-to-let property, and the discharge was completed through your platform. She has since been refused a small business loan because, she was told, a search linked her to a discharge recorded under the name 'Henrietta Ogundipe-Bello', a name she has never used, and the lender's checks could not reconcile the two. Her conveyancer tells her that the name appears in that form in the PEXA workspace. She is distressed, has lost the opportunity of the loan, and has spent a good deal of time trying to establish where the error arose.

I should be grateful if you would look into this as a matter of urgency. [[access|Mrs Ogundipe has asked me to request, on her behalf, a copy of the personal data that PEXA holds about her, so that she can see exactly how her name has been recorded.]] [[rectification|She also asks that any record in which her name appears incorrectly be corrected.]]

Thank you for your assistance.""",
  W("mp", "parliament.uk", "Caseworker\nOffice of Stephen Varley MP\nHouse of Commons, London SW1A 0AA",
    display="{name} (Office of Stephen Varley MP)"))

S("pexa", L(r="restriction,informed", tp=True),
  "A domestic abuse adviser (third_party) asks that a client's name and new address be visible only to the parties "
  "acting in her purchase (restriction) and which users can see a party's details and whether they are shared "
  "(informed). Sensitive, formal, not a complaint.",
  "Confidential - client purchasing a property under a safety plan",
  """I am an Independent Domestic Violence Adviser with Haven Light Women's Aid. I am supporting a client, whose name and details I will give to you by telephone once a named contact has been agreed, who is buying a property through a solicitor who uses your platform. Completion is expected in the next four to six weeks, and my client's written consent to my contacting you is held on our file.

My client has left an abusive former partner who works in the property sector and who may have legitimate access to your platform through his employer. She is extremely anxious that her new address could become visible to him.

[[restriction|We ask that, once we have identified the workspace to you, my client's name and the property address be restricted so that they can be seen only by the parties directly acting in her transaction, and are not displayed in any participant search, directory, report or notification beyond that.]] [[informed|We should also be grateful if you would explain which categories of user are able to see a party's name and address in a workspace, and whether that information is shared with any other organisation.]]

I should be grateful if a member of your data protection or safeguarding team could call me on the number below. Thank you for treating this with care.""",
  W("adv", "havenlightwa.org.uk", "Independent Domestic Violence Adviser\nHaven Light Women's Aid\nTel 0300 555 0198"))

S("pexa", L(r="erasure,informed"),
  "A prospective buyer whose purchase was abandoned before exchange asks for erasure of the workspace data about him "
  "(erasure) and, for anything retained, which data, on what basis and until when (informed). Not a complaint.",
  "Aborted purchase of 2 Mill Race, Hexham - request for erasure of my personal data",
  """I was the prospective buyer of 2 Mill Race, Hexham. A workspace was opened on the platform by my solicitors in January, but the purchase was abandoned in March after the survey, and no exchange or completion took place.

As the transaction did not proceed, I can see no continuing need for PEXA to hold my name, contact details, bank details or the details of my mortgage offer. [[erasure|I therefore request that you erase all personal data relating to me held in connection with that workspace.]] [[informed|If you consider that you must retain any of it, please state which data, the legal basis on which you rely and the date by which it will be deleted.]]

I should be grateful for written confirmation when this has been done.""",
  W("con"),
  head="Property: 2 Mill Race, Hexham NE46\nSolicitors: Tyne Valley Conveyancing")

S("pexa", L(r="objection,restriction"),
  "A lender's data protection team passes on a borrower's objection to live transaction data being used to test new "
  "platform features (objection) and asks that the processing be restricted while PEXA assesses it (restriction). "
  "Writes for its own firm: third_party false (judgement). Not a complaint.",
  "Use of live customer data in platform testing - Beacon ref DP/0935",
  """Beacon Home Finance has received correspondence from a borrower, Mr Ansel Corrigan, whose remortgage completed through the platform in workspace PX-47002916 in March.

Mr Corrigan works in software testing and has seen a PEXA release note, circulated to participants, stating that 'production settlement data' is used in the acceptance testing of new workspace functionality. He has written to us, as his lender, objecting to his data being used in that way. We have considered his objection as it applies to our own processing and have no comparable use, but we understand that any such testing is undertaken by PEXA on its own account.

[[objection|We therefore pass on Mr Corrigan's objection to the use of his personal data in the testing or development of PEXA's systems and ask that PEXA act upon it.]] [[restriction|Pending your assessment of the objection, we ask that his data be excluded from any test environment or test dataset.]]

We should be grateful for confirmation of the action taken, so that we may update Mr Corrigan.""",
  W("dpo", "beaconhomefinance.co.uk", "Data Protection Office\nBeacon Home Finance Limited"),
  head="Our ref: DP/0935")

S("pexa", L(r="access,informed", tp=True),
  "A solicitor acting in an employment tribunal claim (third_party) asks, on the client's behalf, for his log-in and "
  "signing records (access) and whether they have been disclosed to his former employer (informed). States PEXA is not "
  "at fault: not a complaint.",
  "Our client Mr Lucan Ferris - request for platform records",
  """We act for Mr Lucan Ferris, who until 28 February was employed as a conveyancing executive by a firm that participates in your platform. Our client is bringing a claim in the Employment Tribunal against his former employer, which alleges, among other things, that he signed documents in a workspace while he was on certified sick leave. Our client denies this.

This letter does not concern any act or omission of PEXA, and we do not suggest that PEXA has done anything wrong. However, the records of our client's own use of the platform are likely to be important evidence. His signed authority is enclosed.

[[access|We therefore request, on our client's behalf, a copy of the personal data PEXA holds about him, including the log-in and signing records associated with his user account between 1 October and 28 February.]] [[informed|We should be grateful if you would also confirm whether any of that data has been disclosed to his former employer or to any other party since 1 March, and if so, when and to whom.]]

We should be grateful for a response within one month.""",
  W("sol", "cathcartemployment.co.uk", "Senior Associate, Employment\nCathcart Employment Law LLP"),
  head="Our ref: EMP/LF/3390")

S("pexa", L(r="access", tp=True),
  "A claims firm (third_party) cites 'Article 20' but asks only for copies of documents and records by post: a copy of "
  "the data, so access, not portability (nothing machine-readable, no transfer to another system). Not a complaint.",
  "Request under Article 20 UK GDPR - our client Mr Desmond Ashcroft-Lyle",
  """We are instructed by Mr Desmond Ashcroft-Lyle in connection with a review of the remortgage of his home at 60 Priory Road, Dudley, which completed in 2024. A copy of his signed authority is attached.

[[access|Pursuant to Article 20 of the UK GDPR, please provide us with copies of all documents, records and correspondence held by PEXA in which our client is identified, including the settlement statement and any record of the discharge of his previous mortgage.]]

Paper copies sent to the address below are acceptable. Please quote our reference on all correspondence.""",
  W("sol", "fairclaimsdirect.co.uk", "Case Administrator\nFairClaims Direct Ltd\nUnit 4, Brierley Business Park, Dudley DY1 4LP"),
  head="Our ref: FCD/7731/AL")

S("pexa", L(r="informed,objection"),
  "A buyer who read that PEXA uses AI to check documents asks whether automated processing is used on her documents, "
  "the logic and the data involved (informed), and objects to her documents being used to train models (objection). "
  "She does not ask for a human decision, so no automated_decision. Not a complaint.",
  "Automated checking of documents in my purchase",
  """I am buying a flat at 4 Weavers Row, Norwich, and my solicitors have told me that completion will take place through your platform later this month.

I have read a press release in which PEXA describes an 'AI-assisted document review' that checks transfers and mortgage deeds for errors before lodgement. I do not object to reasonable checks on my transaction, but I should like to know more about them. [[informed|Please tell me whether my documents and personal details will be subject to any automated processing of this kind, what information about me is used, and what the processing is designed to decide or detect.]]

[[objection|I also object to my documents, or any personal data taken from them, being used to train or improve any machine-learning model, and ask that they are not used for that purpose.]]

Thank you for your assistance.""",
  W("con"))

S("pexa", L(c=True, ex=True, pd=True, r="erasure,objection", cat="personal_data"),
  "A conveyancer formally complains that a training webinar in which she was visible and named was published on "
  "PEXA's public channel without her agreement: explicit complaint about unexpected use of her data (personal_data). "
  "Asks for the recording to be deleted (erasure) and objects to any further use of her image (objection).",
  "Complaint - publication of webinar recording showing me",
  """I attended your 'Discharges and Redemptions' webinar on 14 May as a delegate. During the question session I was invited to turn on my camera, and I did so on the understanding, given by the presenter, that the session was recorded 'for internal training purposes only'.

A colleague has now sent me a link to the full recording on PEXA's public video channel, where I am visible and identified by name for several minutes, together with my firm and my question about a client's matter, albeit without the client's name. I was not asked whether I agreed to this and I did not agree to it.

I wish to complain about the way my image and name have been used. [[erasure|I ask that the published recording, and any copy of it in which I can be seen or identified, be deleted.]] [[objection|I also object to any further use of my image, name or contributions from that session for any purpose other than the internal training originally described.]]

I should be grateful for confirmation that this has been done within seven days.""",
  W("sol", "wensleydalelaw.co.uk", "Conveyancing Executive\nWensleydale Law, Ripon"),
  short=("Complaint - my image in your published webinar",
         "I complain that the 14 May webinar, in which I am visible and named, was published without my agreement. [[erasure|Please delete the recording in which I can be identified]] [[objection|and do not use my image or name from it again.]]"))

S("pexa", L(c=True, r="automated_decision", cat="process"),
  "A solicitor returning from maternity leave found her user automatically deactivated for inactivity and was told to "
  "register from scratch: implicit complaint about the rule itself (process). Asks a person to review and reinstate "
  "rather than the automatic rule (automated_decision).",
  "User account deactivated automatically during maternity leave",
  """I returned to work on 2 June after twelve months' maternity leave and found that my user account had been deactivated. Your support team explained that the platform automatically deactivates any user who has not logged in for 180 days, that the deactivation cannot be reversed and that I must now apply for registration as if I were a new user, including a fresh identity check and the full signer assessment.

I have been a certified signer on the platform since 2020 and my firm notified your onboarding team of my leave before it began. The practical result is that I shall be unable to sign on my own files for several weeks, at a time when I am trying to rebuild my caseload. I do not think a rule that treats an experienced user on statutory leave as a stranger is a sensible one.

[[automated_decision|I ask that the deactivation of my account be reviewed by a member of your onboarding team, who can take account of the circumstances, with a view to reinstating my existing user profile and certification.]]

I would be grateful for a reply this week.""",
  W("sol", "castlegatelegal.co.uk", "Associate Solicitor\nCastlegate Legal, York"),
  quote=("On 2 June 2026, PEXA Customer Support wrote:",
         "Dear User,\n\nThank you for your enquiry. User accounts that have been inactive for 180 days are deactivated "
         "automatically in line with our security policy. Deactivated accounts cannot be restored. To regain access, "
         "please ask your firm's administrator to submit a new user registration.\n\nKind regards\nPEXA Customer Support"))

S("pexa", L(r="portability", tp=True),
  "A solicitor for a sole-trader developer (third_party) asks for the client's settlement data for twelve plot sales "
  "in CSV to import into his accounting system (portability). Routine, not a complaint.",
  "Our client Mr Roderick Quint t/a Quint Homes - settlement data for Meadow Rise",
  """We act for Mr Roderick Quint, who trades as a sole trader under the name Quint Homes and has sold twelve plots on the Meadow Rise development, Bourne, through the platform between September and May. A list of the workspace references is attached, together with his authority.

Mr Quint's bookkeeper is preparing his accounts for the year and his accounting system can import settlement transactions from a spreadsheet. [[portability|On his behalf, we should be grateful if you would provide the personal data relating to Mr Quint in those twelve workspaces, including the settlement amounts received by him and the dates of settlement, as a CSV file suitable for import into that system.]]

We do not require copies of the settlement statements themselves, which are on our file.""",
  W("sol", "fenlandpropertylaw.co.uk", "Commercial Property Executive\nFenland Property Law LLP"),
  head="Our ref: QH/MR/2025")

S("pexa", L(r="rectification"),
  "A borrower writes formally that the platform's records give her the title 'Mr' and a misspelt first name, and asks "
  "for correction (rectification). Not a complaint.",
  "Incorrect title and first name - remortgage of 19 Coldharbour Lane",
  """I recently remortgaged my home at 19 Coldharbour Lane, Dorking, and the transaction was completed through your platform on 14 March. I have now received from my solicitors a copy of the settlement records, and I notice that I am recorded there as 'Mr Jordan Blaik'.

My name is Ms Jordanne Blake. My solicitors have confirmed that the details on their own file, and those on the deed, are correct, and that the error appears to have arisen when the details were entered into the workspace. The title deeds are not affected.

[[rectification|I should be grateful if you would correct the records PEXA holds about me so that they show my title as Ms, my first name as Jordanne and my surname as Blake.]]

A copy of my passport is attached for verification.""",
  W("con", person=("Jordanne", "Blake")))

S("pexa", L(r="erasure"),
  "A licensed conveyancer asks that a duplicate user profile, created in error with her home address and personal mobile, "
  "be deleted (erasure of personal data). Contrast the look-alike deletion of an empty duplicate workspace. Not a "
  "complaint.",
  "Duplicate user profile containing my personal details",
  """When my firm, Parkway Conveyancing, re-registered its users following our change of name in April, a second user profile was created for me in addition to my existing one. The duplicate profile was set up from an old form and contains my home address, my personal mobile number and my date of birth. I have never used it, and my firm's administrator has suspended it, but he tells me that he has no means of removing the details from it.

[[erasure|I should be grateful if you would delete the duplicate profile and the personal details recorded in it.]] My original profile, under the user name PCONV-HJ01, is correct and should remain as it is.

Thank you for your assistance.""",
  W("con", "parkwayconveyancing.co.uk", "Licensed Conveyancer\nParkway Conveyancing Ltd"))

S("pexa", L(c=True, r="access,informed", firm="ols", cat="delay"),
  "A buyer's grievance is purely about his conveyancers, Orchard Lane Solicitors (slow, unanswered), so the complaint is "
  "forwarded: about_other_firm ols, category delay. He also asks PEXA itself for a copy of the data it holds (access) and "
  "who can see it (informed); those rights count whoever the complaint is about. personal_data false.",
  "Purchase of 33 Sorrel Way - Orchard Lane Solicitors and my information",
  """I am buying 33 Sorrel Way, Cheltenham, with Orchard Lane Solicitors acting for me. Exchange was promised for 'the week of 5 May' and it is now the middle of June. I have telephoned Orchard Lane eleven times and emailed on six occasions; the fee earner has not returned a single call, and the only reply to my emails was an out-of-office notice. My mortgage offer expires on 30 June and my seller has said she will withdraw if we do not exchange by the end of the month.

I understand that PEXA cannot progress the matter for me, but I should be grateful if you would make Orchard Lane aware of the position and ask them to contact me without further delay.

Separately, I am uneasy that I know so little about what has been put onto your system in my name. [[access|Please send me a copy of the personal data that PEXA holds about me in connection with this purchase.]] [[informed|I should also like to know who, at the firms and lenders involved, is able to see that information.]]

Thank you.""",
  W("con"))

S("pexa", L(c=True, ex=True, r="objection", cat="fees_charges"),
  "A practice manager makes a formal complaint about a new per-user support charge (fees_charges) and, in the same "
  "letter, objects to her support calls being recorded and reused in PEXA's training library (objection). "
  "personal_data false: the grievance is the fee.",
  "Formal complaint - support charge introduced on 1 June; use of call recordings",
  """I write as Practice Manager of Lindqvist Rowe Solicitors to make a formal complaint about the 'premium support' charge of £18 per user per month which appeared on our invoice dated 1 June.

The notice of the change was sent to a general mailbox on 28 May, giving us three days' warning. Nothing in our subscription agreement permits a new charge to be introduced on less than 30 days' notice, and the support we receive has not changed in any way. We ask that the charge is removed from the June invoice and that no further invoices include it until the terms have been properly agreed.

There is a further matter. Your revised support terms state that calls to the support desk 'may be used in PEXA's staff training library'. I speak to your support desk several times a week, often about difficulties with our clients' matters. [[objection|I object to recordings of my calls being retained or used for training purposes, and ask that my calls are excluded from that library.]]

I look forward to your response.""",
  W("sol", "lindqvistrowe.co.uk", "Practice Manager\nLindqvist Rowe Solicitors"),
  head="Our account number: P-004417")

S("pexa", L(r="portability,rectification"),
  "A buyer asks PEXA to send his settlement data in machine-readable form directly to his financial adviser's system "
  "(portability) after correcting his address, which is still his pre-move one (rectification). Not a complaint.",
  "Transfer of my settlement data to my financial adviser",
  """I completed the purchase of 2 Wharf Cottages, Stourport, on 21 March through your platform. My financial adviser, Severnside Wealth, is preparing a review of my mortgage and protection arrangements and uses a planning system that can receive data directly from other organisations in a standard format.

Before anything is sent, I notice from the settlement statement that my correspondence address is still shown as my former flat at 9 Bridge Street, Bewdley. [[rectification|Please amend my address in your records to 2 Wharf Cottages, Stourport DY13 9EL.]]

[[portability|I then ask that the personal data I provided in connection with the purchase, together with the settlement figures relating to me, be transmitted in a structured, machine-readable format directly to Severnside Wealth at the secure address in the enclosed letter.]]

Please let me know if you need any further authority from me.""",
  W("con"))

S("pexa", L(c=True, r="automated_decision,restriction", cat="process"),
  "A bank's settlement officer was flagged and suspended by the platform's automated 'payee change' model: implicit "
  "complaint about the rule (process). Asks for a person to review the flag (automated_decision) and that it is not "
  "passed to her employer's fraud team while under review (restriction).",
  "Automatic suspension for 'anomalous payee change' - request for review",
  """I am a Settlement Officer at Calder Vale Bank. On 9 June I amended the destination account for a discharge payment in workspace PX-66201385 after the borrower's solicitors sent us a corrected redemption statement, which I verified by telephone in the usual way. Within a minute my user account was suspended with the message 'Anomalous payee change - access suspended pending review'.

Your support team has explained that the suspension was applied by an automated model, and that a 'fraud risk notification' naming me will be sent to my employer's financial crime team after 48 hours unless the flag is cleared. I followed our procedures exactly, and I am very concerned that a notification of that kind could affect my position with my employer.

[[automated_decision|I ask that the flag against my user account be reviewed by a member of your staff, who can look at the evidence of the verification call, rather than left to the model.]] [[restriction|Until that review has taken place, I ask that the flag is not used for any other purpose and that no notification naming me is sent to my employer or anyone else.]]

I would be grateful for an urgent reply.""",
  W("sol", "caldervalebank.co.uk", "Settlement Officer, Mortgage Operations\nCalder Vale Bank"))

S("pexa", L(br=True, r="erasure,restriction", tp=True),
  "A solicitor (third_party) reports that his own firm uploaded a client's medical letter to a workspace by mistake, so "
  "it was visible to other parties (breach described, no grievance against PEXA: not a complaint). Asks for the personal "
  "data in it to be erased from the workspace (erasure) and access limited meanwhile (restriction). Unlike deleting an "
  "attachment with no personal data, this is erasure of health data.",
  "URGENT - client health information uploaded to workspace PX-63370841 in error",
  """We act for the seller, Mrs Florence Adebayo-Hurst, in the sale of 14 Rookery Lane, Ledbury (workspace PX-63370841). The sale is proceeding under a lasting power of attorney.

At 10.12 this morning a member of our staff uploaded to the workspace, in error, a letter from Mrs Adebayo-Hurst's consultant describing her diagnosis and her capacity to manage her affairs. It was intended for our own file. The document was visible to the buyer's solicitors and the lender until 11.40, when we noticed the error. We have been unable to remove it ourselves, as documents cannot be withdrawn by a participant once the workspace has been shared. We accept that the mistake was ours and we are dealing with the buyer's solicitors separately.

[[erasure|On our client's behalf, we request that the consultant's letter and any copy or extract of it held by PEXA be erased from the workspace and from your systems.]] [[restriction|Until that has been done, we ask that access to the document be restricted so that it cannot be viewed or downloaded by any other participant.]]

Please treat this as urgent.""",
  W("sol", "malvernhillslaw.co.uk", "Partner, Private Client\nMalvern Hills Law LLP"),
  head="Our ref: FAH/PC/0619")

S("pexa", L(r="rectification,erasure"),
  "A licensed conveyancer finds her home address, entered when she was a sole practitioner, still shown on her "
  "profile to other participants: asks for it to be replaced with her office address (rectification) and the home "
  "address deleted (erasure). Measured, not a complaint.",
  "Home address shown on my participant profile",
  """Until 2023 I practised as a sole practitioner from home, and when I first registered with PEXA my home address was entered as my business address. I have since joined Harewood Conveyancing, and my user profile is now linked to the firm's subscription.

I have noticed that my participant profile, which other users can view from the workspace participant list, still shows my former home address, which is also my current home address. I would much prefer it not to be visible to every firm I deal with.

[[rectification|Please replace the address on my profile with the firm's office address: Harewood Conveyancing, 3 Kirkgate, Otley LS21 3HJ.]] [[erasure|I also ask that my home address be deleted from my profile and from any other record linked to my user account.]]

Many thanks for your help.""",
  W("con", "harewoodconveyancing.co.uk", "Licensed Conveyancer\nHarewood Conveyancing"))

S("pexa", L(c=True, r="automated_decision,erasure", cat="process"),
  "A borrower's identity check for signing her mortgage deed on the platform failed automatically three times and "
  "completion slipped: implicit complaint about the process. Asks for a person to verify her instead (automated_decision) "
  "and for the facial images captured in the failed attempts to be deleted (erasure).",
  "Failed identity checks when signing my mortgage deed",
  """I am remortgaging my home at 8 Beech Hollow, Tonbridge, and my lender's solicitors asked me to sign my mortgage deed electronically through your platform. The signing process required me to complete an identity check using my passport and a 'selfie' video.

The check failed three times, each time within a few seconds and with the message 'Verification unsuccessful'. I then received an email telling me that I had reached the maximum number of attempts and must contact my lender. My lender has told me that the decision rests with PEXA. My completion date has already passed, and I am paying my previous lender's higher rate in the meantime.

[[automated_decision|I ask that my identity be verified by a member of your staff, using my documents, rather than by the automated system that has rejected me three times.]] [[erasure|I also ask that the facial images and video recordings captured during the failed attempts be deleted once this has been resolved.]]

I should be grateful for a reply as soon as possible.""",
  W("con"),
  short=("Automated ID check failed three times - remortgage of 8 Beech Hollow",
         "Your automated identity check has rejected me three times and my remortgage is stuck. [[automated_decision|Please have a person verify my identity from my documents instead.]] [[erasure|And delete the selfie images and videos from the failed attempts.]]"))


# ---- PEXA: look-alikes (rights []) ---------------------------------------------------------------------------------

S("pexa", L(),
  "Look-alike: a law firm asks for a copy of the final settlement statement and lodgement confirmation for its file. "
  "A transaction document for the firm's records, not a data subject's request: rights [], not a complaint.",
  "Workspace PX-57710423 - copy of final settlement statement required",
  """We acted for the sellers of 19 Byron Terrace, Loughborough, in a sale that settled in workspace PX-57710423 on 16 May. Our annual file review has identified that the final settlement statement was not saved to our case management system before the workspace was archived.

We should be grateful if you would provide a copy of the final settlement statement and of the lodgement confirmation for that workspace, so that our file can be completed. We understand from your user guide that archived workspaces cannot be reopened by participants.

Thank you for your assistance.""",
  W("sol", "soarvalleylaw.co.uk", "File Review Officer\nSoar Valley Law LLP"),
  head="Our ref: SVL/FR/2026-118")

S("pexa", L(),
  "Look-alike: a lender's solicitor asks for the financial settlement schedule to be reopened so an updated redemption "
  "figure can be entered. A redemption figure is not a data right; service request, not a complaint.",
  "Updated redemption figure - workspace PX-58830719",
  """We act for the lender in the redemption of the existing charge over 11 Abbotsford Road, Galashiels (workspace PX-58830719). Completion has moved from 20 June to 27 June at the buyer's request.

The redemption figure currently entered in the financial settlement schedule was calculated to 20 June. Our client has issued a revised redemption statement to 27 June, which includes a further seven days' interest at £14.82 per day. The schedule is locked because both parties have signed, and we are unable to amend it.

We should be grateful if you would unlock the financial settlement schedule so that the revised redemption figure of £187,442.91 can be entered and the schedule re-signed by all parties. We attach the revised redemption statement.""",
  W("sol", "tweeddaleshepherd.co.uk", "Solicitor, Lender Services\nTweeddale Shepherd WS"),
  head="Our ref: LS/ABB/11\nYour ref: PX-58830719")

S("pexa", L(),
  "Look-alike: a firm newly instructed in place of Orchard Lane Solicitors asks for the workspace to be transferred "
  "to it. A file transfer between firms; Orchard Lane is not the subject of any grievance: rights [], not a complaint.",
  "Change of acting firm - 5 Millstream Court, Taunton - PX-59102244",
  """We have been instructed by Mr and Mrs Pellow in their purchase of 5 Millstream Court, Taunton, in place of Orchard Lane Solicitors, who acted for them until 10 June. We enclose a copy of the signed letter of transfer from Orchard Lane confirming that they have ceased to act and consenting to the transfer of the matter.

We should be grateful if you would:

1. remove Orchard Lane Solicitors as the buyers' representative in workspace PX-59102244 and add this firm in their place;
2. confirm that the documents already uploaded to the workspace, including the signed transfer, will remain available to us; and
3. let us know whether the buyers' signatures already given will need to be repeated.

Our subscriber number is P-006631.""",
  W("sol", "quantocklegal.co.uk", "Conveyancing Executive\nQuantock Legal LLP"),
  head="Our ref: PEL/0442")

S("pexa", L(),
  "Look-alike: a law firm's compliance officer revising its own client privacy notice asks for PEXA's registered name, "
  "ICO number and privacy-notice address. General organisational information for the firm's notice, not an individual "
  "asking about their own data: rights [], not a complaint.",
  "Client privacy notice - description of PEXA as a recipient",
  """We are revising our client privacy notice ahead of its annual review, and we wish to describe accurately the organisations to which our conveyancing clients' personal data may be disclosed in the course of a transaction.

So that the notice is correct, we should be grateful if you would confirm:

(a) the full registered name and registered office of the PEXA entity with which we contract;
(b) PEXA's registration number with the Information Commissioner's Office; and
(c) the web address at which your current privacy notice is published, so that we can link to it.

We should also welcome any wording you recommend that participant firms use when describing the platform in their own notices. We intend to publish the revised notice on 1 September.""",
  W("dpo", "ashgroveandkerr.co.uk", "Compliance Officer for Legal Practice\nAshgrove & Kerr Solicitors"))

S("pexa", L(c=True, ex=True, cat="service_quality"),
  "Look-alike: a formal complaint about a support adviser's conduct (rude, ended the call), asking for investigation "
  "and apology. No data request of any kind: rights [], category service_quality.",
  "Formal complaint - conduct of support adviser, 11 June",
  """I wish to make a formal complaint about the way I was treated by a member of your support team on 11 June at approximately 3.40pm.

I telephoned because a settlement in workspace PX-60022981 had been stuck at 'awaiting funds' for over an hour while the funds had left our client account. The adviser interrupted me repeatedly, told me that the problem was 'obviously at your end', and, when I asked to speak to a supervisor, said that none was available and ended the call. When I rang back I was told that my earlier call had been 'closed as resolved'. The settlement eventually completed at 5.10pm after the lender's team intervened.

I have used the platform for six years and have always found your support staff courteous. On this occasion the adviser's conduct fell well short of what I would expect. I ask that the matter be investigated, that I receive a written response and that an apology is made.""",
  W("sol", "harcourtbell.co.uk", "Senior Conveyancer\nHarcourt Bell Solicitors"))

S("pexa", L(),
  "Look-alike: a 'without prejudice save as to costs' letter accepting PEXA's offer in full and final settlement of "
  "a lender's claim. A settlement letter, no dissatisfaction left and no data request: rights [], not a complaint.",
  "Your letter of 2 June - Calder Vale Bank - acceptance of offer",
  """We refer to your letter of 2 June, in which PEXA offered to pay our client, Calder Vale Bank, the sum of £6,480.00 in full and final settlement of its claim arising from the failed settlements of 17 and 18 March.

We are instructed to accept that offer. Our client's acceptance is on the basis that the sum is paid within 14 days of the date of this letter, that each party bears its own costs, and that the terms of the settlement remain confidential between the parties.

Payment should be made to our client account, details of which will be provided by telephone on request, quoting the reference above. We should be grateful for confirmation that payment has been authorised.""",
  W("sol", "pennineleechlaw.co.uk", "Partner, Dispute Resolution\nPennine Leech LLP"),
  head="WITHOUT PREJUDICE SAVE AS TO COSTS\n\nOur ref: CVB/PX/0317")

S("pexa", L(),
  "Look-alike: 'Kindly amend' a figure in a settlement schedule (the deposit amount). A transaction figure, not a "
  "person's data: not rectification; routine request, not a complaint.",
  "Amendment to financial settlement schedule - PX-60481157",
  """We act for the buyer in the purchase of 27 Marlowe Crescent, Canterbury (workspace PX-60481157), which is due to complete on Friday.

The deposit figure shown in the financial settlement schedule is £32,500.00. Following the agreed reduction in the purchase price, the deposit paid on exchange was £31,250.00, as confirmed in the attached exchange memorandum. Kindly amend the schedule so that the deposit reads £31,250.00 and the balance due on completion is recalculated accordingly.

The seller's solicitors are copied into this email and have confirmed the revised figures. We should be grateful if the amendment could be made before 4pm tomorrow so that the schedule can be re-signed.""",
  W("sol", "stourvalleysolicitors.co.uk", "Property Paralegal\nStour Valley Solicitors"),
  head="Our ref: MC27/RES")

S("pexa", L(),
  "Look-alike: a firm asks PEXA to update its registered office address and nominated fee account. Organisation "
  "details, not personal data: not rectification; not a complaint.",
  "Change of registered office and nominated account - subscriber P-003385",
  """Please note that with effect from 1 July the registered office of Dunmore Ashby LLP will change to:

Dunmore Ashby LLP
Second Floor, 40 Princess Street
Manchester M1 6DE

We should be grateful if you would update our subscriber record accordingly, and ensure that invoices from the July billing run onwards are addressed to the new office. Our nominated account for the payment of platform fees by direct debit is also changing, and a new direct debit mandate, signed by two designated members, is attached.

The telephone numbers and email addresses of our users are not affected.""",
  W("sol", "dunmoreashby.co.uk", "Finance Manager\nDunmore Ashby LLP"))

S("pexa", L(),
  "Look-alike: a lender's legal team, investigating a former employee, asks for the audit trail of that user's activity "
  "in its own workspaces. A customer's request for its workspace records, not a data subject exercising a right: "
  "rights []. Writes for its own firm: third_party false. Not a complaint.",
  "Audit trail request - internal investigation - Beacon Home Finance",
  """Beacon Home Finance is conducting an internal investigation concerning a former member of our completions team, whose employment ended on 30 April. The investigation concerns the handling of a number of redemption payments in February and March.

So that the investigation can be completed, we request copies of the workspace audit trails for the eleven workspaces listed in the attached schedule, in each of which Beacon Home Finance was a participant. We are particularly interested in entries recording the amendment of destination accounts and the signing of financial settlement schedules by the user ID BHF-CMP-0417.

This request is made by Beacon Home Finance in its capacity as a participant, under clause 12.3 of our participation agreement. We should be grateful for the audit trails by 30 June.""",
  W("sol", "beaconhomefinance.co.uk", "Senior Legal Counsel\nBeacon Home Finance Limited"),
  head="Strictly private and confidential")

S("pexa", L(br=True),
  "Look-alike: a conveyancer reports receiving an invitation to a workspace that is not hers, showing buyers' names and "
  "lender; she has declined it and wants no reply. Breach described, but not a complaint and no right asked for.",
  "Workspace invitation received in error - 4 Sycamore Drive, Newbury",
  """For your information, this morning I received an invitation to join workspace PX-61007733 as the buyers' representative for the purchase of 4 Sycamore Drive, Newbury. Neither I nor my firm has any involvement in that matter. The invitation showed the buyers' names, the purchase price and the name of their lender.

I have declined the invitation and deleted the notification email. I have not opened any documents. I assume the inviting firm selected the wrong user from the participant list, as my name is similar to that of a conveyancer at another firm in the town.

No response is needed from your side as far as I am concerned, but you may wish to let the inviting firm know.""",
  W("sol", "kennetconveyancing.co.uk", "Conveyancer\nKennet Conveyancing"))

S("pexa", L(c=True, firm="kbs", cat="delay"),
  "Look-alike: a seller's grievance is purely with Kestrel Building Society (discharge not signed, completion held): "
  "forwarded, about_other_firm kbs, category delay. 'Give me access to the workspace' is system access, not the "
  "access right: rights [].",
  "Sale of 12 Poplar Row, Kettering - lender has not released the charge",
  """I am the seller of 12 Poplar Row, Kettering. Completion was due to take place on 6 June through your platform. I am told by my solicitor that Kestrel Building Society, which holds my mortgage, has still not signed its part of the settlement, so the sale cannot complete and my own purchase is on hold. Kestrel have given three different explanations in four days and have not returned my solicitor's calls since Monday.

I appreciate that PEXA is not my lender, but I should be grateful if you would raise this with Kestrel, who are plainly not treating the matter with any urgency.

I should also like to be given access to the workspace myself so that I can see the status of the settlement without having to telephone my solicitor each day. Please let me know whether that is possible.""",
  W("con"))

S("pexa", L(),
  "Look-alike: 'please delete the duplicate workspace' created in error with nothing in it. A system object, not a "
  "person's data (guide: 'delete' an attachment): rights [], not a complaint.",
  "Duplicate workspace created in error - PX-61552870",
  """This morning a member of our team created workspace PX-61552870 for the purchase of 16 Cedar Gardens, Wokingham, not realising that the lender had already created workspace PX-61552804 for the same transaction and invited us to it.

No parties have been invited to the duplicate, no documents have been uploaded to it and no financial details have been entered. We should be grateful if you would delete workspace PX-61552870 so that there is no confusion later. We shall continue in PX-61552804.

Thank you.""",
  W("sol", "loddonlegal.co.uk", "Conveyancing Assistant\nLoddon Legal LLP"))

S("pexa", L(auto=True),
  "Look-alike: a conveyancing association's bulk bulletin on subject access requests, erasure and objections. "
  "Auto-generated (list headers): every other label empty.",
  "Compliance Bulletin - June: data requests in conveyancing files",
  """CONVEYANCING COMPLIANCE BULLETIN - JUNE

1. Subject access requests. Members report a rise in requests from clients and claims firms for copies of completed conveyancing files. We summarise what must be provided, what may be withheld as privileged and how to handle requests made under the wrong statute.

2. Erasure and retention. A reminder that the right to erasure does not override the retention periods required by your insurers and regulator. A model retention schedule is available to members.

3. Objections to marketing. Client objections to marketing must be actioned promptly; our template suppression list is updated.

4. Platform settlements. A round-up of recent settlement platform incidents and what to include in your client care letters.

You are receiving this bulletin as a member of the Association of Residential Conveyancers. To unsubscribe, use the link in the footer.""",
  W("raw", fixed="ARC Compliance Bulletin <bulletin@arc-conveyancers.org.uk>"),
  headers={"precedence": "bulk", "list-id": "ARC Compliance Bulletin <bulletin.arc-conveyancers.org.uk>",
           "list-unsubscribe": "<mailto:unsubscribe@arc-conveyancers.org.uk>"},
  envs=["plain", "html"])


# ---- Conexus: rights scenarios -------------------------------------------------------------------------------------

S("conexus", L(r="access,portability", tp=True),
  "A money adviser (third_party) writes mainly to propose a payment offer from an income and expenditure assessment; "
  "near the end asks for copies of account notes and call recordings (access) and the payment history as CSV for the "
  "adviser's financial statement software (portability). Not a complaint.",
  "Client: Ms Rosheen Garvey - your ref CX-4180272 - offer of payment",
  """I am a money adviser at Eastgate Money Advice and act for Ms Rosheen Garvey, whose signed authority you received on 2 May.

I have now completed a full income and expenditure assessment with Ms Garvey using the Standard Financial Statement, a copy of which is enclosed. After priority bills and essential living costs, she has a surplus of £54.00 a month, to be shared among four non-priority creditors on a pro rata basis. Her share for the Ashdown Energy account that you are collecting is £11.20 a month, and I propose that she pays that amount by standing order from 1 July, with the arrangement reviewed in six months. I should be grateful if you would confirm that the offer is accepted and that interest and charges will remain frozen.

I have two further requests in preparing her case. [[access|First, please provide copies of the notes held on Ms Garvey's account, together with recordings of any calls between her and Conexus since the account was placed with you.]] [[portability|Secondly, please supply her payment history on this account in a machine-readable format, preferably CSV, so that it can be imported into our financial statement software.]]

Thank you for your assistance.""",
  W("adv", "eastgatemoneyadvice.org.uk", "Money Adviser\nEastgate Money Advice"),
  head="Our ref: EMA/RG/2291\nYour ref: CX-4180272")

S("conexus", L(c=True, r="restriction,informed", tp=True, cat="debt_dispute"),
  "A solicitor (third_party) disputes a catalogue debt as identity fraud and expects collection to stop: implicit "
  "complaint, debt_dispute (Conexus is pursuing; about_other_firm null). Asks that processing be suspended save for "
  "storage pending investigation (restriction) and the source of the client's details (informed).",
  "Our client Mr Cormac Whelan - alleged debt - your ref CX-5527190",
  """We are instructed by Mr Cormac Whelan of 41 Tannery Lane, Lancaster, in relation to your letter of 12 May, which demands £1,846.22 on behalf of Fenwick Home Shopping in respect of a catalogue account opened in 2023.

Our client has never applied for or used an account with Fenwick Home Shopping. The account appears to have been opened in his name, using an address at which he has never lived, during a period in which our client reported the theft of his wallet and driving licence to Lancashire Constabulary (crime reference LC-23-118842). A copy of the police acknowledgement is enclosed, together with our client's authority.

Our client denies that he owes this sum and expects all collection activity to stop while the matter is investigated. [[restriction|We request that processing of our client's personal data in connection with this account be suspended, save for storage, pending the outcome of your investigation with your client.]] [[informed|Please also confirm the source from which you obtained our client's name and current address, and the identity of any organisation to which you have disclosed them.]]

We look forward to hearing from you within 14 days.""",
  W("sol", "lunesidelaw.co.uk", "Solicitor\nLuneside Law LLP"),
  head="Our ref: CW/DF/0771\nYour ref: CX-5527190",
  short=("Mr C Whelan - CX-5527190 - identity fraud",
         "Our client did not open this account; it was opened with his stolen licence. [[restriction|We request that processing of his data on this account be suspended, save for storage, pending your investigation.]] [[informed|Please confirm where you obtained his details and to whom you have disclosed them.]]"))

S("conexus", L(c=True, pd=True, r="informed,erasure", tp=True, cat="personal_data"),
  "An MP's caseworker (third_party) says a constituent is being pursued for a debt belonging to someone with a similar "
  "name: implicit complaint about inaccurate data (personal_data). Asks the source of his details (informed) and their "
  "erasure once the mistake is confirmed (erasure). breach false: no other person's data described as disclosed.",
  "Constituent: Mr Darren Parkes, 6 Lowther Street, Penrith - your ref CX-6093314",
  """I have been contacted by my constituent, Mr Darren Parkes, whose written consent to my raising this matter with you is attached.

Since March Mr Parkes has received four letters from Conexus addressed to him by name at his home, demanding payment of £2,210.40 on a mobile telephone contract with Brightwell Mobile. Mr Parkes has never had a contract with Brightwell Mobile. He has telephoned your offices twice and explained this, and has been told each time that 'the trace is confirmed'. He believes that he has been confused with a Mr Darren J. Parkes who lived in the town some years ago, and he is anxious about the effect of this on his credit record at a time when he is applying for a mortgage.

I should be grateful if you would look into this and respond to me on the following points. [[informed|Please explain how Conexus came to link Mr Parkes to this account, including the source from which his name and address were obtained.]] [[erasure|If, as he maintains, the account is not his, he asks that the personal data Conexus holds about him in connection with it be erased.]]

Thank you for your assistance.""",
  W("mp", "parliament.uk", "Caseworker\nOffice of Eleanor Whitsun MP\nHouse of Commons, London SW1A 0AA",
    display="{name} (Office of Eleanor Whitsun MP)"))

S("conexus", L(r="objection,automated_decision"),
  "A debtor cites Articles 21 and 22 before agreeing a plan: objects to her data being used in propensity-to-pay "
  "scoring (objection) and asks that any decision on her plan be made by a person (automated_decision). Polite, no "
  "grievance: not a complaint.",
  "Account CX-3381907 - Articles 21 and 22 UK GDPR",
  """I write in connection with the above account, which I understand has been placed with you by Ashdown Energy. I intend to propose a payment arrangement once I have completed a budget with the help of a free debt advice service, and I expect to be in touch within the next month.

I have read your privacy notice, which states that Conexus uses 'statistical models to predict customers' likelihood and capacity to pay' and that these models 'may inform decisions about the arrangements we offer'. I have two requests in that connection.

1. [[objection|Under Article 21, I object to the processing of my personal data for the purposes of propensity-to-pay or similar behavioural scoring.]]
2. [[automated_decision|Under Article 22, I ask that any decision on whether to accept the arrangement I propose be taken by a member of your staff and not by an automated process.]]

I should be grateful for your written confirmation of both points.""",
  W("con"))

S("conexus", L(r="rectification,erasure"),
  "A creditor's data protection officer (Lumen Water) passes on a customer's accepted requests: correct her date of "
  "birth (rectification) and delete a former partner's landline recorded as her contact number (erasure). The DPO "
  "writes for her own firm: third_party false (judgement). Not a complaint.",
  "Customer data corrections - Lumen Water account LW-771904 / Conexus ref CX-2804416",
  """We write in relation to a customer whose final-bill account was placed with Conexus for collection under our agreement in February.

The customer has made requests to Lumen Water under the UK GDPR, which we have accepted in respect of our own records. As the data was supplied to you at placement, we ask that you action the same requests on your systems:

(a) [[rectification|Kindly amend the customer's date of birth on your records from 03/09/1972 to 09/03/1972.]]
(b) [[erasure|Please delete the landline number 01632 960417 from the account, which belongs to the customer's former partner and was recorded in error as a contact number for her.]]

The remaining placement data is correct. Please confirm by 20 June that both actions have been completed, so that we can respond to the customer within the statutory period.""",
  W("dpo", "lumenwater.co.uk", "Data Protection Officer\nLumen Water Limited"),
  head="Our ref: DPO/2026/0418")

S("conexus", L(r="portability", tp=True),
  "A debt charity caseworker (third_party) asks for a client's transaction history as CSV to load into the DRO "
  "application tool (portability). Routine, not a complaint.",
  "Debt Relief Order application - client Mr Ivo Petrak - CX-7716025",
  """We are assisting Mr Ivo Petrak with an application for a Debt Relief Order. His signed authority permitting Conexus to share his information with us is enclosed, and I have included his date of birth and former address for identification.

The approved intermediary system through which we submit DRO applications accepts creditor transaction data in CSV format, which reduces the risk of errors in re-keying figures. [[portability|We should therefore be grateful if you would provide Mr Petrak's transaction history on the above account, including all payments and charges applied, in CSV or another structured, machine-readable format that can be uploaded to that system.]]

A letter confirming the current balance would also be helpful. We expect to submit the application within 28 days.""",
  W("adv", "riversidedebtaid.org.uk", "Debt Caseworker\nRiverside Debt Aid"),
  head="Client DOB: 14/02/1988\nPrevious address: 22 Kiln Road, Luton")

S("conexus", L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A solicitor makes a formal complaint for her client (third_party) about a field agent's intimidating doorstep visit: "
  "collection_conduct. Asks for the agent's body-worn camera footage and visit notes (access). personal_data false: the "
  "grievance is conduct.",
  "Formal complaint - doorstep visit to our client Mrs Hollis on 3 June - CX-8840126",
  """We are instructed by Mrs Patricia Hollis of 17 Ferndale Road, Chesterfield, whose authority is enclosed, and we write to make a formal complaint about the visit made to her home by your field agent on the evening of 3 June.

Our client is 74 and lives alone. She tells us that the agent arrived at 7.45pm, rang the bell repeatedly, and, when she spoke to him through the letterbox, told her that if she did not agree a payment that evening 'the bailiffs will be here by the end of the week'. No court order exists in relation to this debt, and your agent had no authority to make that statement. Our client was frightened and did not sleep that night.

We ask that you investigate the agent's conduct and confirm that no further visits will be made. [[access|We further request, on our client's behalf, copies of any body-worn camera footage or audio recorded during the visit, together with the agent's notes and any record of the visit on her account.]]

We look forward to receiving your final response within eight weeks.""",
  W("sol", "peakdistrictlaw.co.uk", "Solicitor, Consumer Disputes\nPeak District Law LLP"),
  head="Our ref: PH/CC/3301\nYour ref: CX-8840126")

S("conexus", L(r="access,portability", tp=True),
  "A claims firm (third_party) cites Article 15 and (wrongly) 'section 45 of the DPA 2018' for a copy of the client's "
  "data (access), and asks for the data the client provided in a machine-readable format for its case system "
  "(portability). Template-formal, not a complaint.",
  "DSAR - our client Mr Alun Pritchard-Evans - your account CX-3301857",
  """We act on behalf of Mr Alun Pritchard-Evans in relation to a possible claim concerning the lending on the above account. Our client's signed authority and identification are attached.

[[access|Under Article 15 of the UK GDPR and section 45 of the Data Protection Act 2018, we request a copy of all personal data you hold about our client, including account notes, letters, call recordings and any information received from the original creditor.]]

[[portability|We also request that the personal data our client has provided to you, including his income and expenditure information and payment records, be supplied in a structured, commonly used and machine-readable format such as CSV, so that it can be transferred into our case management system.]]

We look forward to your response within one calendar month. Please correspond with the writer only.""",
  W("sol", "claimsbridge.co.uk", "DSAR Team Leader\nClaimsBridge Ltd\nAuthorised and regulated by the Financial Conduct Authority"),
  head="Our ref: CB/DSAR/44018")

S("conexus", L(c=True, r="automated_decision,restriction", cat="collection_conduct"),
  "A debtor with a long record of payments was automatically referred for litigation after one returned payment: "
  "implicit complaint about how the debt is pursued (collection_conduct). Asks a person to reconsider (automated_decision) "
  "and that the account is not processed for litigation meanwhile (restriction).",
  "Account CX-4920683 - automatic referral to solicitors",
  """I have paid £40 a month on the above account, without missing a payment, since October 2024. My June payment was returned by my bank because my salary was paid two days late following a change of payroll provider; I paid the instalment in full on 4 June, three days after the due date.

On 6 June I received a letter stating that, 'following a breach of your arrangement', my account 'has been referred by our automated systems to our litigation partner'. When I telephoned, I was told that referral takes place automatically when a payment is returned and that the adviser was unable to reverse it.

I find it difficult to accept that twenty months of payments count for nothing against one payment that was three days late, and the prospect of court action has caused me considerable worry.

[[automated_decision|I ask that the decision to refer my account for litigation be reconsidered by a member of your staff, taking my payment record into account.]] [[restriction|Until that has been done, I request that my account details are not passed to, or processed by, your litigation partner.]]

I look forward to your reply.""",
  W("con"),
  head="Account reference: CX-4920683")

S("conexus", L(r="rectification,access", tp=True),
  "A son holding a lasting power of attorney (third_party) asks for his father's address to be amended to the care "
  "home (rectification) and for a copy of the data held (access). Courteous, not a complaint.",
  "My father, Mr Gerald Tomlinson - account CX-6652081 - change of address and data request",
  """I hold a registered lasting power of attorney for property and financial affairs for my father, Mr Gerald Tomlinson; a certified copy is enclosed.

My father moved permanently into Laurel Bank Care Home in April, following a stroke, and his former house is being sold. Letters from Conexus about the above account are still being sent to the old address. [[rectification|Kindly amend your records so that my father's address reads: Laurel Bank Care Home, 2 Orchard Road, Malton YO17 7HL, with correspondence marked for my attention.]]

I am gathering my father's financial paperwork so that I can deal with his affairs properly. [[access|I should therefore be grateful for a copy of the personal data Conexus holds about him, including the account history and any notes of conversations.]]

I am happy to discuss repayment once I have a clear picture of his finances.""",
  W("con"))

S("conexus", L(c=True, r="informed,restriction", tp=True, cat="debt_dispute"),
  "A money adviser (third_party) disputes default charges that make up part of the balance: implicit complaint, "
  "debt_dispute. Asks which credit reference agencies Conexus reports to and on what basis (informed) and that nothing "
  "be reported while the balance is disputed (restriction).",
  "Client Mr Omari Lindsay - disputed charges - CX-9107324",
  """I act for Mr Omari Lindsay, whose authority is on your file.

Your statement of 8 May shows a balance of £1,392.60 on the Calderbrook Telecom account you are collecting. Of that sum, £480.00 consists of 'early termination and default charges' applied after Mr Lindsay cancelled his contract within the period permitted by its terms, as confirmed in the cancellation email from Calderbrook Telecom which I enclose. Mr Lindsay does not accept that those charges are owed, and I ask that the balance is reviewed and the charges removed.

I have two further points. [[informed|Please confirm whether Conexus reports this account to any credit reference agency and, if so, to which agencies and on what lawful basis.]] [[restriction|Pending the resolution of the dispute over the balance, we ask that no information about this account be reported to any credit reference agency by Conexus.]]

I look forward to your response.""",
  W("adv", "northsidecab.org.uk", "Debt Adviser\nNorthside Citizens Advice"),
  head="Your ref: CX-9107324")

S("conexus", L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "A debtor's account statement was emailed to an old address now used only by her former partner: implicit "
  "complaint, personal_data, breach. Asks that the only email held be her new one (rectification) and that, until "
  "confirmed, nothing is sent by email (restriction).",
  "Account statement sent to my former partner",
  """On 28 May Conexus emailed my account statement for the above account to an email address I used when I lived with my former partner. I stopped using that address in 2023, when we separated, and I gave you my current address in writing in January of this year. My former partner still has access to the old account and forwarded your email to me with an unpleasant message. He now knows the amount I owe and the arrangement I have made.

I am very upset that information about my finances has been sent to the one person I least wanted to see it, after I had given you the correct address.

[[rectification|Kindly amend your records so that the only email address held for me is the address from which I am writing.]] [[restriction|Until you have confirmed in writing that this has been done, I ask that no information about my account is sent to me by email at all.]]

I expect a full explanation of how this happened.""",
  W("con"),
  head="Account reference: CX-5061728",
  short=("My statement was emailed to my ex-partner",
         "You emailed my statement to an old address that my former partner still uses, after I gave you my new one in January. [[rectification|Please make this the only email address on my account]] [[restriction|and send nothing by email until you confirm it is done.]]"))

S("conexus", L(r="restriction"),
  "A creditor's compliance team (Beacon Home Finance) tells Conexus that a customer contests the accuracy of his "
  "account data and asks that processing be restricted to storage while it is verified (restriction). Writes for its "
  "own firm: third_party false (judgement). Not a complaint.",
  "Restriction of processing - customer account BHF-PL-220871 / CX-7305529",
  """We refer to the above personal loan account, which Beacon Home Finance placed with Conexus for collection on 14 March.

The customer has written to us contesting the accuracy of the arrears history recorded on the account, which he says omits two payments made by bank transfer in 2025. We are investigating the matter with our payments team and expect to conclude within 21 days. The customer has asked that his data is not used while the investigation is carried out, and we have agreed to that request.

[[restriction|We therefore ask that, with immediate effect, Conexus restrict the processing of this customer's personal data to storage only, and carry out no collection activity, credit reference reporting or tracing on the account, until we confirm the outcome of the investigation.]]

Please acknowledge this instruction and confirm the date from which the restriction has been applied.""",
  W("dpo", "beaconhomefinance.co.uk", "Customer Rights Team, Compliance\nBeacon Home Finance Limited"),
  head="Our ref: CRT/0552")

S("conexus", L(c=True, r="automated_decision,informed", cat="process"),
  "A debtor's payment offer was rejected in seconds by the online portal: implicit complaint that the automatic rule "
  "allows no human judgement (process). Asks for a person to consider the offer (automated_decision) and what "
  "information the portal uses (informed).",
  "Online payment offer rejected automatically - CX-2209571",
  """On 10 June I used the 'make an offer' facility on your website to propose a payment of £25 a month on the above account. I entered my income and outgoings in full. Within a few seconds the portal displayed the message 'We are unable to accept this offer. Please call us to discuss.' When I called, the adviser told me that the portal's decision was final and that she could only offer the minimum monthly payment of £75, which I cannot afford.

I do not think it is right that an offer based on my actual budget should be rejected by a computer without anyone looking at it, and then be treated as closed.

[[automated_decision|I ask that my offer of £25 a month be considered by a member of your staff who can look at my circumstances, rather than by the portal.]] [[informed|I should also like to know what information about me the portal uses in deciding whether to accept an offer, including whether it uses information from credit reference agencies.]]

I enclose a copy of my budget.""",
  W("con"),
  head="Account: CX-2209571")

S("conexus", L(r="erasure,restriction", tp=True),
  "An MP's caseworker (third_party) asks, for a constituent whose account was settled six years ago, that her data be "
  "erased (erasure) and that anything which must be kept is restricted to storage (restriction). Courteous enquiry, "
  "no dissatisfaction: not a complaint.",
  "Constituent: Mrs Gwyneth Halloran, 28 Pen y Bryn, Bangor - former account CX-1108342",
  """I am writing on behalf of my constituent, Mrs Gwyneth Halloran, who has consented to my contacting you.

Mrs Halloran settled in full a council tax arrears account which was collected by Conexus on behalf of Gwynant County Council, and received a letter confirming the settlement in May 2020. She has recently read about data retention and has asked me to write to you on her behalf, as she finds correspondence of this kind difficult.

[[erasure|As the account was settled some six years ago, Mrs Halloran asks that Conexus erase the personal data it holds about her.]] [[restriction|To the extent that Conexus is required by law to retain any of that data, she asks that its processing be restricted to storage only.]]

I should be grateful if you would confirm to me the action taken.""",
  W("mp", "parliament.uk", "Constituency Caseworker\nOffice of Rhodri Vaughan MP\nHouse of Commons, London SW1A 0AA",
    display="{name} (Office of Rhodri Vaughan MP)"))

S("conexus", L(c=True, r="access", tp=True, cat="debt_dispute"),
  "Solicitors (third_party) reply to a letter before claim: the client does not accept the balance (implicit complaint, "
  "debt_dispute). They ask for CCA section 78 documents (not a data right, unmarked) and, separately, a copy of his "
  "personal data under Article 15 (access).",
  "Letter before claim dated 20 May - our client Mr Nils Haugen - CX-8129934",
  """We act for Mr Nils Haugen and refer to your letter before claim dated 20 May, which was sent on behalf of Harlow Vale Credit in respect of a credit card account.

Our client does not accept that the sum claimed, £4,118.76, is owed. He has no record of several of the transactions listed in your statement and believes that the balance includes interest applied after the account was closed.

In accordance with the Pre-Action Protocol for Debt Claims, we request the following:

1. a true copy of the executed credit agreement and a statement of account, as required by section 78 of the Consumer Credit Act 1974;
2. a copy of any default notice served on our client, and of the notice of assignment, if any;
3. [[access|separately, and under Article 15 of the UK GDPR, a copy of all personal data relating to our client held by Conexus, including account notes and call recordings.]]

We ask that no proceedings are issued while these documents are awaited.""",
  W("sol", "fjordlaw.co.uk", "Associate, Litigation\nBrattle Fjord Solicitors LLP"),
  head="Our ref: NH/LIT/2204\nYour ref: CX-8129934")

S("conexus", L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "A debtor learnt that Conexus traced her through her social media profiles and her employer's website: implicit "
  "complaint about data obtained unexpectedly (personal_data). Objects to that processing (objection) and asks what was "
  "collected, from where and on what basis (informed).",
  "Use of my social media accounts to trace me",
  """During a telephone call on 2 June, your adviser referred to my new job and to a photograph of my children that I had posted on a social media site. When I asked how he knew of these things, he told me that Conexus 'uses open-source tracing' to find customers, including social media profiles and employers' websites.

I moved house last year, and I accept that I had not yet given you my new address. However, I was shocked to learn that my personal social media, and a photograph of my children, had been looked at and recorded by a debt collector. I am perfectly willing to deal with the account by letter or email.

[[objection|I object to Conexus processing information about me obtained from social media or other online sources, and ask that this processing stop.]] [[informed|Please tell me what information about me has been collected in this way, from which sources, and on what lawful basis Conexus considers it may do so.]]

I look forward to your reply.""",
  W("con"),
  head="Your ref: CX-3908276",
  short=("Social media tracing - CX-3908276",
         "Your adviser mentioned my new job and a photo of my children from my social media. [[objection|I object to you processing information about me taken from social media or other online sources.]] [[informed|Tell me what you collected, from where, and on what basis.]]"))

S("conexus", L(r="restriction,erasure", tp=True),
  "A specialist mental health money adviser (third_party) asks that a client's diagnosis is used only to support him "
  "and not shared (restriction), and deleted once the account closes (erasure). Appreciative, not a complaint.",
  "Client Mr Tobias Renwick - CX-5508613 - health information",
  """I write further to my telephone conversation this morning with your specialist support team, to whom I am grateful for agreeing a 90-day hold on the above account.

As I explained on the call, my client, Mr Tobias Renwick, has a diagnosis of schizophrenia and is currently under the care of a community mental health team. He has agreed that I may give you this information so that the account can be handled appropriately, but he is very anxious about who else may learn of it.

[[restriction|We ask that the information about Mr Renwick's health be used solely for the purpose of supporting him in relation to this account, and that it not be disclosed to the original creditor, to any purchaser of the debt or to any other third party.]] [[erasure|We further ask that the health information be deleted once the account has been closed.]]

Mr Renwick's signed authority is enclosed.""",
  W("adv", "mindbridgemoney.org.uk", "Mental Health and Money Adviser\nMindBridge Money Advice Service"),
  head="Our ref: MB/TR/117")

S("conexus", L(r="rectification,erasure"),
  "A debtor asks Conexus to correct the employer recorded for her (rectification) and delete her former employer's "
  "details and work number (erasure). Routine, not a complaint.",
  "Account CX-1933570 - employment details held on your records",
  """I have an arrangement on the above account, which I pay by standing order, and I have no difficulty with it.

When the arrangement was set up in 2024 your adviser recorded details of my employment as part of the income and expenditure assessment. I have since changed jobs, and my annual review letter shows that your records still name my former employer, Ridgeway Logistics, and its switchboard number as my work contact.

[[rectification|Kindly amend your records to show that I am now employed by Brampton Health Trust as an administrator.]] [[erasure|I also ask that the name and telephone number of my former employer be deleted from my account, as I have no connection with that company and do not wish it to be contacted about me.]]

My income is unchanged, so the arrangement can continue as it is.""",
  W("con"),
  head="Account: CX-1933570")

S("conexus", L(r="access,portability"),
  "A debtor moving to a debt management plan asks for a copy of his data including call recordings in digital form "
  "(access) and his payment history as CSV to give to the new provider's system (portability). Not a complaint.",
  "Request for my data - account CX-6274018",
  """I am about to enter a debt management plan with a free debt advice charity, which will include the account you are collecting for Lumen Water. I am putting my records in order before the plan starts.

I should be grateful if you would provide the following:

1. [[access|a copy of all the personal data you hold about me, including recordings of my telephone calls with your staff, which I should prefer to receive in digital audio form;]]
2. [[portability|my payment history on this account in CSV or a similar machine-readable format, so that the charity can load it into the system it uses to manage my plan.]]

Please send both to this email address. I am happy to answer any identity questions you may have.""",
  W("con"))

S("conexus", L(r="portability", tp=True),
  "A debt management company (third_party) notifies that it acts and asks for the client's account data in a "
  "machine-readable format for its plan software (portability). 'Please direct all correspondence to us' is an "
  "instruction about contact, not a right (unmarked). Not a complaint.",
  "Notice of acting and data request - client Ms Lenka Horvath - CX-4418350",
  """Please note that this company has been appointed to administer a debt management plan for Ms Lenka Horvath, whose signed letter of authority is attached. Please direct all future correspondence about the above account to us.

To set up the plan accurately, we need a full record of the transactions on the account. [[portability|Please provide Ms Horvath's account and payment data in a structured, machine-readable format such as CSV or XLSX, suitable for import into our plan management software.]]

Our client's first payment under the plan will be made on 28 June. We should be grateful if interest and charges could remain frozen for the duration of the plan.""",
  W("sol", "clearpathdebtplans.co.uk", "Client Onboarding Officer\nClearPath Debt Plans Ltd\nAuthorised and regulated by the Financial Conduct Authority"),
  head="Our client ref: CP-88214")

S("conexus", L(r="automated_decision,objection"),
  "A creditor's data protection officer (Lumen Water) passes on a customer's request for a human review of the "
  "automated contact strategy assigned to her (automated_decision) and her objection to behavioural profiling "
  "(objection). Writes for its own firm: third_party false (judgement). Not a complaint.",
  "Customer request - automated contact strategy - LW-650221 / CX-9019845",
  """A customer whose account was placed with Conexus in January has written to Lumen Water about the way her account is being managed. She has been told by your staff that her account was assigned to your 'high-intensity contact strategy' by an automated segmentation model, which has resulted in daily calls and text messages.

The customer has asked us to ensure that her requests reach you. We have reviewed the processing carried out on our behalf and support the following requests.

1. [[automated_decision|The customer asks that the assignment of her account to a contact strategy be reviewed and decided by a member of your staff rather than by the segmentation model.]]
2. [[objection|She objects to the use of her personal data in behavioural profiling or segmentation models, and we ask that her account be excluded from them.]]

Please confirm the action taken by 24 June.""",
  W("dpo", "lumenwater.co.uk", "Data Protection Officer\nLumen Water Limited"),
  head="Our ref: DPO/2026/0452")

S("conexus", L(c=True, ex=True, pd=True, r="access,restriction", cat="personal_data"),
  "A debtor makes a formal complaint that Conexus's reply to her access request omitted the call recordings: a rights "
  "request handled badly (personal_data, category personal_data). Repeats the request for the recordings (access) and "
  "asks that they be kept, not deleted, as she needs them for a dispute (restriction).",
  "Complaint - incomplete response to my subject access request - CX-2675501",
  """On 3 April I asked Conexus for a copy of all the personal data it holds about me, and I specifically asked for recordings of my telephone calls in February and March, when I was told by one of your staff that my arrangement had been cancelled. Your response of 28 April enclosed letters and a printout of account notes but no recordings, and the covering letter did not mention them.

I wish to make a formal complaint about the way my request has been handled. The recordings are the only evidence of what I was told, and I need them for my dispute with the original creditor.

[[access|I ask again that you provide copies of the recordings of all calls between me and Conexus in February and March.]] [[restriction|I also ask that those recordings be preserved and not deleted under your retention schedule while my complaint and my dispute with the creditor remain unresolved.]]

Please treat this as urgent.""",
  W("con"),
  quote=("On 28 Apr 2026, Conexus Data Protection wrote:",
         "Dear Customer,\n\nFurther to your request dated 3 April 2026, please find enclosed copies of the "
         "correspondence and account notes held in relation to your account.\n\nYours faithfully\nData Protection Team\nConexus"))

S("conexus", L(c=True, r="automated_decision", tp=True, cat="process"),
  "A money adviser (third_party) objects that a client's token payment offer was rejected by an automated affordability "
  "rule despite a full financial statement: implicit complaint, process. Asks that a person decide the offer "
  "(automated_decision).",
  "Client Mrs Aisling Cready - token payment offer - CX-3355092",
  """I act for Mrs Aisling Cready, whose authority is enclosed.

On 15 May I sent you a Standard Financial Statement showing that Mrs Cready, who is a full-time carer for her son, has no disposable income after essential expenditure, and I proposed a token payment of £1 a month for six months, after which her position will be reviewed. I have today received a standard letter stating that the offer 'does not meet the affordability criteria applied by our decisioning system' and inviting her to offer at least £20 a month.

The letter does not engage with the financial statement at all, and I am concerned that an automated rule is being applied to a client in vulnerable circumstances without anyone considering her position. This is not consistent with the approach I would expect from a member of the Credit Services Association.

[[automated_decision|I ask that Mrs Cready's offer, and the financial statement supporting it, be considered by a member of your staff with authority to accept it, rather than by the decisioning system.]]

I look forward to your reply within 14 days.""",
  W("adv", "carersmoneyline.org.uk", "Money Adviser\nCarers' Moneyline"),
  head="Our ref: CM/AC/0931\nYour ref: CX-3355092")

S("conexus", L(r="objection"),
  "A debtor, having read the privacy notice, objects to recordings of her calls being used to train speech-analytics "
  "or AI models (objection). Recording for regulatory purposes is accepted. Not a complaint.",
  "Use of my call recordings - account CX-7740163",
  """I have recently read your updated privacy notice, which states that recordings of customers' calls may be used 'to develop and train speech analytics and artificial intelligence tools'. I speak to your staff about once a month about the above account, and those calls often involve details of my health and my family's finances.

I accept that calls are recorded for regulatory and quality purposes. [[objection|However, I object to recordings of my calls, or transcripts made from them, being used to develop or train any analytics or artificial intelligence system, and I ask that they be excluded from that use.]]

Please confirm in writing that my objection has been recorded.""",
  W("con"),
  head="Account reference: CX-7740163")

S("conexus", L(c=True, pd=True, br=True, r="erasure,informed", cat="personal_data"),
  "Conexus texted a debtor's daughter about the debt: implicit complaint, personal_data, breach (disclosed to a third "
  "person). Asks for the daughter's number to be deleted from the account (erasure) and where it was obtained (informed).",
  "Text messages about my account sent to my daughter",
  """On 29 May and again on 4 June my daughter, who is nineteen, received text messages from Conexus on her mobile telephone which began 'Important information about your account balance of £3,106.55' and asked her to call your office. She did so and, after some confusion, was told that the messages were about my account.

My daughter has never been party to my financial affairs and had no idea that I was in debt. She has been very upset, and so have I. I have never given Conexus her number, and I cannot think how it came to be linked to my account.

[[erasure|I ask that my daughter's mobile number be deleted from my account and from any other record you hold that links it to me.]] [[informed|I also ask you to tell me from where Conexus obtained her number and when it was added to my account.]]

I expect a full reply.""",
  W("con"),
  head="Account: CX-4427710",
  short=("You texted my daughter about my debt",
         "Conexus sent texts about my account balance to my 19-year-old daughter's phone. [[erasure|Delete her number from my account and any record linking it to me.]] [[informed|And tell me where you got it and when it was added.]]"))

S("conexus", L(r="rectification"),
  "A creditor's data protection team (Beacon Home Finance) asks Conexus to amend a customer's surname and title after "
  "a change of name (rectification). Writes for its own firm: third_party false. Not a complaint.",
  "Change of name - customer account BHF-CC-118420 / CX-5590274",
  """We write in connection with a credit card account placed with Conexus by Beacon Home Finance in November.

The customer has notified us, with supporting evidence, that following her divorce she has reverted to her former surname. We have updated our own records. [[rectification|Kindly amend your records so that the customer's name reads 'Ms Harriet Stanforth' in place of 'Mrs Harriet Colquhoun', with effect from the date of this letter.]]

No other details have changed. Please confirm when the amendment has been made.""",
  W("dpo", "beaconhomefinance.co.uk", "Data Protection Office\nBeacon Home Finance Limited"),
  head="Our ref: DP/1107")

S("conexus", L(c=True, pd=True, r="portability,rectification", cat="personal_data"),
  "A debtor's earlier request for machine-readable data was answered with scanned PDFs, delaying his debt management "
  "plan: implicit complaint that a rights request was handled badly (personal_data). Repeats the request for CSV to "
  "load into the plan provider's system (portability) and asks for his out-of-date address to be corrected "
  "(rectification).",
  "Account CX-2218806 - data for my debt management plan and change of address",
  """I am moving my debts into a debt management plan with Stepwise Debt Solutions from July. Stepwise asked me to obtain from each creditor a record of my account that can be uploaded into their plan system, and on 12 May I asked Conexus for my account and payment data in a spreadsheet format for that purpose.

What arrived on 2 June was eleven pages of scanned PDF statements, some of them sideways and partly cut off. Stepwise cannot upload them, every other creditor has managed to send a spreadsheet, and the start of my plan has now been put back by a month because of this account alone.

[[portability|I ask again that you send me the account and payment data you hold about me for the above account in CSV or a similar structured, machine-readable format, so that I can pass it to Stepwise for upload into their system.]]

While checking your letters I also noticed that your most recent statement was sent to 14 Cooper's Yard, Ipswich, which I left last summer. [[rectification|Please change my address on your records to Flat 2, 7 Orwell Quay, Ipswich IP3 0BN.]]

I should be grateful for a reply within seven days.""",
  W("con"),
  head="Account: CX-2218806",
  quote=("On 2 Jun 2026, Conexus Data Protection wrote:",
         "Dear Sir,\n\nFurther to your request of 12 May 2026, please find enclosed copies of your account statements."
         "\n\nYours faithfully\nData Protection Team\nConexus"))

S("conexus", L(c=True, r="informed", firm="lwt", cat="debt_dispute"),
  "A customer says the debt is Lumen Water's billing error (estimated readings after she moved out): the root cause is "
  "the creditor's own bill, so about_other_firm lwt, debt_dispute. She also asks Conexus what data Lumen passed to it "
  "and on what basis (informed), which counts whoever the complaint is about.",
  "Lumen Water final bill - CX-6608143 - this bill is wrong",
  """I have received your letter of 1 June demanding £612.30 on behalf of Lumen Water for my former home at 3 Glebe Cottages, Malmesbury.

I moved out of that property on 30 September 2025 and gave Lumen Water a final meter reading, with a photograph, on the day I left. The 'final bill' they have passed to you is based on estimated readings up to March 2026, six months after I moved out, when the new owners were living there. I have written to Lumen Water twice about this and have received no reply.

I understand that the bill itself is a matter for Lumen Water, and I should be grateful if you would refer it back to them and hold the account in the meantime. [[informed|I should also like to know what information about me Lumen Water has passed to Conexus, and on what basis Conexus is using it.]]

I enclose the meter photograph and my completion statement.""",
  W("con"))

S("conexus", L(r="informed,automated_decision", tp=True),
  "A niece with authority (third_party) for an uncle with a learning disability asks whether decisions on his account "
  "are automated and what information is used (informed), and that his hardship application be decided by a person "
  "(automated_decision). Not a complaint.",
  "My uncle, Mr Ellis Marwood - account CX-8813409 - hardship application",
  """I help my uncle, Mr Ellis Marwood, with his correspondence, and he has signed the enclosed form authorising me to deal with Conexus on his behalf. My uncle has a learning disability and lives in supported accommodation. He is anxious about letters and does not use the telephone.

We are about to submit your hardship application form for the above account, with details of his benefits and the support he receives. Before we do, I should like to understand how the application will be dealt with. [[informed|Please tell me whether decisions on hardship applications are made wholly or partly by an automated system, and what information about my uncle would be used in reaching the decision.]]

[[automated_decision|Given his circumstances, I ask that his application be decided by a member of your staff who has read it, rather than by an automated process.]]

Thank you for your help.""",
  W("con"),
  head="Account: CX-8813409")

S("conexus", L(c=True, ex=True, r="objection", tp=True, cat="collection_conduct"),
  "A solicitor makes a formal complaint for a client (third_party) about call frequency: collection_conduct. 'Cease "
  "telephone contact' is a conduct remedy (unmarked); the separate objection to the 'contact optimisation' profiling is "
  "objection. personal_data false.",
  "Formal complaint - excessive telephone contact - our client Mr Jude Fairlie - CX-1472906",
  """We act for Mr Jude Fairlie and write to make a formal complaint about the frequency of your calls to him.

Our client's telephone records show 37 calls from numbers used by Conexus between 1 and 31 May, on some days five times, including calls before 8am and after 9pm. Our client works night shifts, a fact he has explained to your staff on at least two occasions. He has offered to deal with the account in writing.

We require that you cease telephone contact with our client forthwith and deal with him only in writing or through this office. We also expect an explanation of why the pattern of calls was permitted to continue after our client had explained his circumstances.

We understand from your privacy notice that the timing and frequency of calls are set by a 'contact optimisation' model which profiles customers' behaviour. [[objection|Our client objects to the processing of his personal data for the purposes of that profiling, and asks that his data be excluded from it.]]

We look forward to your response.""",
  W("sol", "anstrutherrow.co.uk", "Solicitor\nAnstruther Row Solicitors"),
  head="Our ref: JF/0614\nYour ref: CX-1472906")

S("conexus", L(r="portability,erasure"),
  "A debtor who has cleared her account asks for her payment history as CSV for her mortgage broker's system "
  "(portability) and then for her data to be erased (erasure). Not a complaint.",
  "Settled account CX-3037715 - payment history and deletion",
  """I made the final payment on the above account on 2 May and have received your letter confirming that the balance is now nil. Thank you for the help your staff gave me over the last three years.

I am applying for a mortgage and my broker's application system can take a download of my payment history in spreadsheet form, which will save me scanning three years of statements. [[portability|Please send me my payment history on this account in CSV or Excel format so that I can upload it to my broker's system.]]

[[erasure|Once that has been sent, and subject to anything you are legally obliged to keep, I ask that you delete the personal data you hold about me.]]

Thank you again.""",
  W("con"))

S("conexus", L(r="rectification,restriction"),
  "A debtor's date of birth is recorded wrongly and he is worried about the account being reported under it: asks for "
  "correction (rectification) and that it is not reported to credit reference agencies until corrected (restriction). "
  "Measured, not a complaint.",
  "Account CX-6021187 - incorrect date of birth",
  """I write about the above account, on which I am making regular payments.

Your annual statement shows my date of birth as 21/11/1979. My date of birth is 12/11/1979, and I enclose a copy of my driving licence. I am concerned that the incorrect date could lead to the account being linked to another person, or not being linked to me properly, on my credit file.

[[rectification|Please correct my date of birth on your records to 12 November 1979.]] [[restriction|Until the correction has been made, I ask that you do not report this account to any credit reference agency using the incorrect date of birth.]]

Please confirm in writing when this has been done.""",
  W("con"),
  head="Account: CX-6021187")

S("conexus", L(r="objection"),
  "A telecoms creditor's data protection officer passes on a customer's objection to her account data being shared "
  "with a university research project on debt (objection). Writes for its own firm: third_party false. Not a "
  "complaint.",
  "Customer objection - research data sharing - CTL-9938121 / CX-7200458",
  """We refer to the research data-sharing arrangement notified to us by Conexus in March, under which pseudonymised account data is supplied to a university research project on household debt.

One of our customers, whose account was placed with Conexus in December, has told us that she does not wish her data to be used in that way. She has asked us to ensure that her objection is acted on by all parties processing her data in connection with the debt.

[[objection|We therefore ask that this customer's personal data be excluded from any dataset supplied for research purposes, and that it not be used for research of any kind.]]

Please confirm the action taken by return.""",
  W("dpo", "calderbrooktelecom.co.uk", "Data Protection Officer\nCalderbrook Telecom plc"),
  head="Our ref: DPO-CR-2291")

S("conexus", L(c=True, pd=True, r="objection,erasure", tp=True, cat="personal_data"),
  "A debt charity adviser (third_party) says a client whose debt was included in a Debt Relief Order now receives "
  "loan marketing from Conexus: implicit complaint about unexpected use of data (personal_data). Objects to marketing "
  "(objection) and asks for erasure once the DRO ends (erasure).",
  "Client Mr Callum Rattray - marketing after Debt Relief Order - CX-2590316",
  """I act for Mr Callum Rattray, whose authority is enclosed. The above account was included in the Debt Relief Order made on 14 January, as notified to you by the Insolvency Service.

Since February Mr Rattray has received three letters and several text messages from Conexus inviting him to apply for a 'fresh start loan'. Mr Rattray is in a debt relief order because he cannot afford to repay his existing debts, and he is very distressed at being offered further credit. He did not agree to receive marketing from Conexus at any point.

[[objection|Mr Rattray objects to the use of his personal data for marketing of any kind by Conexus or on its behalf, and asks that it cease immediately.]] [[erasure|He further asks that, once the moratorium period of the order has ended, Conexus erase the personal data it holds about him, subject to any legal obligation to retain it.]]

I should be grateful for an explanation of how Mr Rattray came to be selected for these mailings.""",
  W("adv", "moorsidedebtadvice.org.uk", "Debt Adviser\nMoorside Debt Advice Centre"),
  head="Our ref: MDA/CR/441")

S("conexus", L(r="access"),
  "A debtor cites 'Article 22' but asks only for a copy of the information used in deciding his payment rate: a "
  "request for a copy (access), not for a human decision. Not a complaint.",
  "Account CX-9470263 - request under Article 22",
  """I agreed a payment arrangement on the above account in April, after completing your online income and expenditure form. I was told that the arrangement amount had been 'calculated' from the information I gave.

I have no quarrel with the arrangement, but I should like to see the basis of it before my annual review. [[access|Under Article 22 of the UK GDPR, please send me a copy of the information about me that was used to calculate my payment amount, including my income and expenditure figures as you recorded them and any credit reference data you obtained.]]

Email is acceptable. Thank you.""",
  W("con"),
  head="Account: CX-9470263")

S("conexus", L(c=True, pd=True, r="automated_decision,rectification", cat="personal_data"),
  "An automated rule marked a debtor as 'gone away' and sent his account to a tracing agent although he had not moved: "
  "implicit complaint about inaccurate data (personal_data). Asks for a person to review the marker "
  "(automated_decision) and for it to be removed and his address confirmed (rectification).",
  "Account CX-4106839 - wrongly recorded as 'gone away'",
  """Last week a tracing agent acting for Conexus called at my neighbour's house asking whether I still lived next door. When I telephoned your office, I was told that my account had been marked 'gone away' because a letter had been returned to you by Royal Mail, and that the system had then referred it to a tracing agent automatically.

I have lived at 9 Cranbrook Terrace, Exmouth, for eleven years and have not moved. The letter was returned because it was addressed to '9 Cranbrook Close', a street that does not exist. I have been making payments throughout, and I am embarrassed that a stranger has been asking my neighbours about my whereabouts.

[[automated_decision|I ask that the 'gone away' marker on my account, and the referral to a tracing agent, be reviewed by a member of your staff rather than left to your system.]] [[rectification|Please also correct my address to 9 Cranbrook Terrace, Exmouth EX8 2QT, and remove the 'gone away' marker from my account.]]

I would appreciate a reply as soon as possible.""",
  W("con"),
  head="Account: CX-4106839")


# ---- Conexus: look-alikes (rights []) ------------------------------------------------------------------------------

S("conexus", L(tp=True),
  "Look-alike: a solicitor (third_party) requests the credit agreement and statement under sections 77-78 of the "
  "Consumer Credit Act. A CCA request for documents, not a UK GDPR right: rights []. Neutral, not a complaint.",
  "Request under sections 77-78 Consumer Credit Act 1974 - our client Mrs Dana Okwuosa - CX-3160274",
  """We act for Mrs Dana Okwuosa in connection with the above account, which we understand you are collecting on behalf of Harlow Vale Credit. Her signed authority is enclosed.

Pursuant to sections 77 and 78 of the Consumer Credit Act 1974, we request on our client's behalf:

1. a true copy of the executed credit agreement, together with any other document referred to in it;
2. a signed statement of account showing the amount paid, the amount due and the sums which are to become payable; and
3. confirmation of whether the debt has been assigned and, if so, a copy of the notice of assignment.

We enclose a cheque for £1.00 in respect of the statutory fee. We should be grateful if the account could be placed on hold while these documents are provided.""",
  W("sol", "okehamptonlegal.co.uk", "Solicitor\nOkehampton Legal Services LLP"),
  head="Our ref: DO/CCA/0882\nYour ref: CX-3160274")

S("conexus", L(tp=True),
  "Look-alike: a conveyancing solicitor (third_party) asks for a settlement figure to redeem a charging order from "
  "sale proceeds. A redemption figure, not a data right: rights []. Not a complaint.",
  "Sale of 44 Hawthorn Avenue, Swindon - charging order - settlement figure required",
  """We act for Mr Peter Ashdown-Reeve in the sale of 44 Hawthorn Avenue, Swindon SN3 1QT, which is expected to complete on 11 July.

Official copies of the title show an interim charging order registered on 2 February 2024 in favour of Brightwell Mobile Limited, which we understand is being administered by Conexus under reference CX-6920145.

We should be grateful if you would provide a settlement figure as at 11 July, together with a daily rate for any later date, and confirm that on receipt of that sum your client will apply to discharge the charging order and provide a completed form for the removal of the restriction from the register.

Please send the figure to this office, marked for the attention of the writer.""",
  W("sol", "wiltshiredowns-law.co.uk", "Conveyancing Solicitor\nWiltshire Downs Law"),
  head="Our ref: PAR/SAL/44")

S("conexus", L(tp=True),
  "Look-alike: a 'without prejudice save as to costs' offer of settlement of a county court debt claim under CPR Part "
  "36, on the client's behalf (third_party). No data request and no complaint about service: rights [], not a "
  "complaint.",
  "Claim no. K4QZ71M2 - Harlow Vale Credit v Haugen - offer of settlement",
  """We act for the defendant, Mr Trond Haugen, in the above claim, which we understand Conexus is managing on behalf of the claimant.

Without admission of liability, our client offers to pay the sum of £2,400.00 in full and final settlement of the claim, inclusive of interest. This offer is made pursuant to Part 36 of the Civil Procedure Rules and is intended to have the consequences set out in that Part. It is open for acceptance for 21 days from the date of this letter.

If the offer is accepted, payment will be made within 28 days of acceptance, and we will agree a consent order staying the claim on those terms.

We look forward to receiving your client's instructions.""",
  W("sol", "trentsidelitigation.co.uk", "Associate, Commercial Litigation\nTrentside Litigation LLP"),
  head="WITHOUT PREJUDICE SAVE AS TO COSTS\nPART 36 OFFER\n\nOur ref: TH/LIT/0419")

S("conexus", L(tp=True),
  "Look-alike: a debt management company (third_party) gives notice of acting, asks that correspondence comes to it "
  "and for a current balance and a 30-day hold. Contact and account administration, not data rights: rights []. Not a "
  "complaint.",
  "Notice of acting - client Mr Feargal Mooney - CX-7338120",
  """We write to notify you that this company has been appointed by Mr Feargal Mooney to assist him with his debts. His signed letter of authority is attached.

Please direct all future correspondence about the above account to us at the address below. We should be grateful if you would:

1. confirm the current balance of the account;
2. place the account on hold for 30 days while we complete a budget with our client; and
3. confirm that interest and charges are frozen.

We expect to put forward a proposal for repayment within the 30-day period.""",
  W("sol", "brightsteps-debt.co.uk", "Client Services Executive\nBright Steps Debt Solutions Ltd\n12 Mercia Court, Derby DE1 2PQ"),
  head="Our client ref: BS-40912")

S("conexus", L(c=True, cat="debt_dispute"),
  "Look-alike: 'Kindly amend your records to show the correct balance' is a balance dispute (two payments not "
  "credited), not rectification of personal data: implicit complaint, debt_dispute, rights [].",
  "Account CX-5813026 - balance incorrectly stated",
  """Your statement dated 1 June gives the balance of the above account as £1,118.40. According to my own records and my bank statements, copies of which I enclose, the correct balance is £918.40.

I have paid £100 on the 15th of every month since October 2025. Your statement omits the payments of 15 January and 15 March, although each left my account with your reference quoted, as the enclosed statements show.

Kindly amend your records to show the correct balance of £918.40 and send me a revised statement listing all my payments. I am not prepared to be asked for money I have already paid, and I should like an explanation of how two payments came to be missed.""",
  W("con"),
  head="Account: CX-5813026",
  short=("CX-5813026 - two payments missing from your statement",
         "Your statement leaves out my payments of 15 January and 15 March (bank statements enclosed). Kindly amend your records to show the correct balance of £918.40."))

S("conexus", L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "Look-alike: a money adviser's formal complaint (third_party) that an agent pressed a vulnerable client into an "
  "unaffordable arrangement: collection_conduct. Remedies asked are cancellation, review and redress; no data request: "
  "rights [].",
  "Formal complaint - client Miss Tallulah Brennan - CX-2046657",
  """I act for Miss Tallulah Brennan, whose authority is on your file, and I write to make a formal complaint about a telephone call between Miss Brennan and your agent on 22 May.

Miss Brennan has a diagnosed anxiety disorder, which was recorded on your file in March following my letter of 4 March. During the call, which lasted over forty minutes, she told your agent more than once that she was receiving debt advice and wished to wait for my assistance. The agent told her that the account would be 'passed for legal action that day' unless she agreed a payment, and she agreed to pay £150 a month, which is more than her entire disposable income.

I ask that the arrangement be cancelled, that the account be placed on hold while I complete a financial statement with her, and that you investigate the agent's conduct and confirm what redress you propose.""",
  W("adv", "harbourviewadvice.org.uk", "Senior Money Adviser\nHarbourview Advice Centre"),
  head="Our ref: HVA/TB/2207\nYour ref: CX-2046657")

S("conexus", L(),
  "Look-alike: a creditor's compliance team asks Conexus to change the fair processing wording in its initial letters "
  "for the creditor's placements. The firms' own notice wording, no individual's request: rights [], not a complaint.",
  "Initial letter wording - fair processing statement - Ashdown Energy placements",
  """As part of our annual review of the collection letters used on Ashdown Energy placements, our compliance team has reviewed the fair processing statement in the Conexus initial contact letter (template IC-04, version 7).

The statement currently describes Ashdown Energy as having 'sold' the customer's account to Conexus. As you know, the accounts are placed with Conexus on an agency basis and remain owned by Ashdown Energy. We ask that the statement be amended to read: 'Ashdown Energy has asked Conexus to collect this account on its behalf and has shared your details with us for that purpose. For more information about how we and Ashdown Energy use your information, please see our privacy notices at the addresses below.'

Please let us have a proof of the revised template for approval by 30 June.""",
  W("dpo", "ashdownenergy.co.uk", "Collections Compliance Manager\nAshdown Energy Ltd"),
  head="Our ref: COMP/AGN/2026-07")

S("conexus", L(tp=True),
  "Look-alike: a money adviser (third_party) confirms a Breathing Space and reminds Conexus to stop contact and "
  "enforcement. A statutory moratorium and conduct, not objection: rights [], not a complaint.",
  "Breathing Space confirmation - client Mrs Rukhsana Aziz - CX-9250074",
  """I write to confirm that my client, Mrs Rukhsana Aziz, entered a standard Breathing Space on 9 June (reference BS-2026-0609-1183). You will have received notification through the Insolvency Service on the same day.

For the duration of the moratorium, you must not contact Mrs Aziz to request payment, add interest or charges, or take any enforcement action in relation to the above account. Any communication should be sent to me. The moratorium is expected to end on 8 August, unless it is cancelled earlier.

I will contact you before the end of the moratorium with proposals for repayment. Thank you for your co-operation.""",
  W("adv", "valleyscommunityadvice.org.uk", "Debt Adviser\nValleys Community Advice"),
  head="Your ref: CX-9250074")

S("conexus", L(),
  "Look-alike: the quoted history contains the writer's own earlier subject access request; the new text only asks "
  "to move her payment date. Rights in quoted text do not count: rights [], not a complaint.",
  "Re: Account CX-1685432 - request for my data",
  """Thank you for the information sent last week, which I have received.

Separately, my employer is changing my pay date from the 25th to the last working day of each month from July. Please could the date of my monthly payment of £45 be moved to the 1st of each month from July onwards? I will amend my standing order once you have confirmed.""",
  W("con"),
  quote=("On 14 May 2026, I wrote:",
         "Dear Sir or Madam,\n\nUnder Article 15 of the UK GDPR, please send me a copy of all the personal data you "
         "hold about me, including recordings of my telephone calls.\n\nYours faithfully"),
  envs=["quote", "plain"])

S("conexus", L(tp=True),
  "Look-alike: a solicitor (third_party) gives notice of a client's bankruptcy and asks Conexus to stop collection and "
  "close its file. Insolvency administration, not a data right: rights [], not a complaint.",
  "Bankruptcy of Mr Ambrose Kettleby - your ref CX-4791203",
  """We act for Mr Ambrose Kettleby of 3 Weir Lane, Bridgnorth.

Please note that Mr Kettleby was made bankrupt on his own application on 28 May (adjudication reference BR-2026-004417). The debt which you are collecting on behalf of Brightwell Mobile is a bankruptcy debt, and your client should submit any claim to the Official Receiver, whose details are enclosed.

By reason of section 285 of the Insolvency Act 1986, no further action may be taken against Mr Kettleby to recover the debt. Please confirm that collection activity has ceased and that your file has been closed.""",
  W("sol", "severnbridgesolicitors.co.uk", "Solicitor, Insolvency\nSevern Bridge Solicitors"),
  head="Our ref: AK/INS/102")

S("conexus", L(c=True, cat="fees_charges"),
  "Look-alike: 'remove the fee' is about a £75 trace fee added to the balance: implicit complaint, fees_charges. Not "
  "erasure; rights [].",
  "Account CX-6389217 - trace fee added to my balance",
  """Your statement of 3 June shows that a 'trace fee' of £75.00 was added to the balance of the above account on 12 May.

I did not move house and my address has not changed in nine years. Your letters have reached me without difficulty throughout, and I wrote to you from this address in April. I cannot see any reason why a tracing exercise was needed, let alone one for which I should pay.

I ask that the fee of £75.00 be removed from my balance and that you confirm in writing that it has been removed. I should also like to know why it was added.""",
  W("con"),
  head="Account: CX-6389217")

S("conexus", L(tp=True),
  "Look-alike: an attorney (third_party) sends a registered lasting power of attorney and asks Conexus to register it "
  "and correspond with her. Authority and contact arrangements, not rectification: rights [], not a complaint.",
  "Lasting power of attorney - Mr Stanley Greenhalgh - CX-8057722",
  """I enclose a certified copy of the registered lasting power of attorney for property and financial affairs under which I act for my father, Mr Stanley Greenhalgh.

I should be grateful if you would register the power of attorney against the above account and correspond with me about the account from now on. My father is in good health but has asked me to take over his financial affairs.

I shall be in touch shortly to discuss repayment, once I have reviewed his finances.""",
  W("con"))

S("conexus", L(),
  "Look-alike: a creditor recalls its accounts and instructs Conexus, as its processor, to return or destroy the account "
  "data under their agreement. A contractual instruction between firms, not a data subject's erasure request: "
  "rights [], not a complaint.",
  "Recall of placements - Calderbrook Telecom - notice under clause 14",
  """Further to our meeting on 28 May, we confirm that Calderbrook Telecom will be recalling all accounts placed with Conexus under the collection services agreement dated 1 April 2023, with effect from 31 July.

Please treat this email as formal notice under clause 14.2 of the agreement. In accordance with clause 14.4, we ask that Conexus:

(a) cease collection activity on the recalled accounts from 31 July;
(b) return to us, via the secure transfer facility, the account data, notes and recordings for each recalled account by 14 August; and
(c) destroy all remaining copies of that data within 30 days of the return, and provide a certificate of destruction.

A schedule of the accounts affected is attached. Please direct any questions to the writer.""",
  W("sol", "calderbrooktelecom.co.uk", "Head of Collections Partnerships\nCalderbrook Telecom plc"),
  head="Our ref: CBT/COLL/RECALL-2026")


if __name__ == "__main__":
    sys.exit(main())
