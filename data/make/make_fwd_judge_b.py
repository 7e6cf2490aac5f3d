#!/usr/bin/env python3
"""fwd_judge_b: an independent evaluation set of mail forwarded or replied to in Microsoft Outlook style.

60 scenarios (30 per mailbox), each rendered twice with different envelopes: 120 emails.

* Group F (30): "FW:" / "Fw:" / "Fwd:" / "WG:" / "TR:" forwards. The carried mail is a consumer's complaint, a
  complaint about another firm, a data-rights request, a breach report, an enquiry or instruction, a compliment, a
  platform notification, an out-of-office or bounce the forwarder received, a newsletter, or the receiving firm's
  own earlier letter. The forwarder's comment is nothing, one to five words, or one to three sentences.
* Group R (20): "RE:" / "RE: FW:" replies above an Outlook block, usually quoting the receiving firm's own mail.
* Group C (10): controls, ordinary new mail with no carried message.

Labels follow /work/shared/labelling/labelling-guide.md, read the way a complaints officer reads a forward: what the
sender means by forwarding or replying, and what the carried mail says; the project rule that a complaint is
explicit exactly when the new text (subject plus text above the history) says "complain" holds for every record.
A rendering whose Outlook block new_text() cannot cut (the newer "From:/Sent:" form, or HTML) is never used for an
implicit complaint whose carried mail says "complain": such scenarios use the classic "-----Original Message-----"
form. Every person, firm (outside data/firms.csv), address and reference number is invented.

Usage: python data/make/make_fwd_judge_b.py   (writes data/trials/fwd_judge_b.jsonl)
Stdlib only.
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, html_with_quote, new_text, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20271208
PREFIX = "fjb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "fwd_judge_b.jsonl")

BOX = {"pexa": "complaints@pexa.co.uk", "conexus": "complaints@conexus.co.uk"}

DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
DAYS_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
FIELDS = {"en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
          "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
          "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :")}
#: forward prefix per envelope
FW_PREFIX = {"classic": "FW:", "rule": "FW:", "norule": "Fw:", "us": "FW:", "mobile": "Fwd:", "html": "FW:",
             "de": "WG:", "fr": "TR:"}
#: envelopes whose Outlook block new_text() cuts off
CUT_STYLES = {"classic"}


def T(s):
    """A dedented text block without its first and last newline."""
    return textwrap.dedent(s).strip("\n")


def M(frm, to, when, subject, body, cc=None):
    """One carried message: when = (y, m, d, h, min)."""
    return {"frm": frm, "to": to, "cc": cc, "when": when, "subject": subject, "body": T(body)}


def fmt_date(when, style):
    d = datetime.datetime(*when)
    wd, mo = d.weekday(), d.month - 1
    if style == "classic":
        return f"{d.day:02d} {MONTHS_EN[mo]} {d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "us":
        h = d.hour % 12 or 12
        return f"{DAYS_EN[wd]}, {MONTHS_EN[mo]} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    if style == "de":
        return f"{DAYS_DE[wd]}, {d.day}. {MONTHS_DE[mo]} {d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "fr":
        return f"{DAYS_FR[wd]} {d.day} {MONTHS_FR[mo]} {d.year} {d.hour:02d}:{d.minute:02d}"
    return f"{DAYS_EN[wd]}, {d.day} {MONTHS_EN[mo]} {d.year} {d.hour:02d}:{d.minute:02d}"


def header_lines(m, style):
    f, s, t, c, subj = FIELDS[style if style in ("de", "fr") else "en"]
    out = [f"{f} {m['frm']}", f"{s} {fmt_date(m['when'], style)}", f"{t} {m['to']}"]
    if m["cc"]:
        out.append(f"{c} {m['cc']}")
    out.append(f"{subj} {m['subject']}")
    return out


def plain_block(chain, style):
    """The carried chain as Outlook writes it in a plain-text body (newest first)."""
    m = chain[0]
    if style == "classic":
        top = ["-----Original Message-----"]
    elif style in ("norule", "us"):
        top = []
    else:
        top = ["_" * 32]
    text = "\n".join(top + header_lines(m, style)) + "\n\n" + m["body"]
    if len(chain) > 1:
        text += "\n\n" + plain_block(chain[1:], style)
    return text


def _paras(text):
    return [p for p in text.split("\n\n") if p.strip()]


def html_body(typed, chain):
    """An Outlook-style HTML body: the typed text, then each carried message under a bordered header block."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body lang="EN-GB" link="#0563C1"><div class="WordSection1">']
    for p in _paras(typed):
        out.append(f'<p class="MsoNormal">{escape_html(p).replace(chr(10), "<br>")}</p>')
    for m in chain:
        hl = header_lines(m, "rule")
        cells = []
        for ln in hl:
            k, _, v = ln.partition(" ")
            cells.append(f"<b>{escape_html(k)}</b> {escape_html(v)}")
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        out.append(f'<p class="MsoNormal">{"<br>".join(cells)}</p></div>')
        for p in _paras(m["body"]):
            out.append(f'<p class="MsoNormal">{escape_html(p).replace(chr(10), "<br>")}</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# scenarios
#
# Each scenario: group (F, R, C), mailbox, labels, note, and two renderings. For F and R: chain (carried mail,
# newest first), typed = [text of rendering 1, text of rendering 2] ("" for nothing), envs = [env1, env2],
# senders = [from1, from2], sig (appended below typed text when sigs[i] is true). For C: body, envs, senders.

SCEN = []


def F(mailbox, senders, envs, typed, chain, labels, note, sig=None, sigs=(True, True), subject=None,
      headers=({}, {})):
    SCEN.append(dict(group="F", mailbox=mailbox, senders=senders, envs=envs, typed=typed, chain=chain,
                     labels=labels, note=note, sig=sig, sigs=sigs, subject=subject, headers=headers))


def R(mailbox, senders, envs, typed, chain, labels, note, sig=None, sigs=(True, True), subject=None,
      headers=({}, {})):
    SCEN.append(dict(group="R", mailbox=mailbox, senders=senders, envs=envs, typed=typed, chain=chain,
                     labels=labels, note=note, sig=sig, sigs=sigs, subject=subject, headers=headers))


def C(mailbox, senders, envs, subject, body, labels, note, sig=None, headers=({}, {})):
    SCEN.append(dict(group="C", mailbox=mailbox, senders=senders, envs=envs, subject=subject, body=T(body),
                     labels=labels, note=note, sig=sig, headers=headers))


L = short_labels
PX_RES = "PEXA Customer Resolution <complaints@pexa.co.uk>"
PX_NOTIFY = "PEXA Notifications <no-reply@pexa.co.uk>"
CX_REL = "Conexus Customer Relations <customer.relations@conexus.co.uk>"
CX_COLL = "Conexus Collections <collections@conexus.co.uk>"

# ============================================================================================= PEXA, group F

F("pexa", ["Tomasz Wilk <t.wilk@brightwaterlegal.co.uk>", "Wilk, Tomasz <t.wilk@brightwaterlegal.co.uk>"],
  ["rule", "classic"],
  ["Second failure this week. Explanation please.",
   "Second settlement this week to fail with a 'system error'. Our buyer has been waiting outside the house all "
   "afternoon. We need an explanation and to know who covers the costs."],
  [M(PX_NOTIFY, "t.wilk@brightwaterlegal.co.uk", (2026, 2, 12, 13, 47), "Settlement unsuccessful - Workspace 52-66108", """
     Workspace 52-66108
     Property: 7 Quarry Bank Road, Halifax HX3 8QE
     Settlement date: 12/02/2026

     Settlement for this workspace could not be completed.
     Reason: financial settlement failed (code FS-209: system error during funds reservation).

     No funds have been moved. Your workspace has been returned to 'Ready to settle'. If you need help, contact PEXA Support on 0330 818 4470.

     This is an automated message from the PEXA platform. Please do not reply to this email.""")],
  L(c=True, cat="platform_defect"),
  "A person forwarded a platform failure notice and wrote a demand for an explanation above it, so it is not "
  "auto-generated but an implicit complaint about a system failure (platform_defect).",
  sig="Tomasz Wilk\nSenior Conveyancer | Brightwater Legal\n01422 555 309")

F("pexa", ["Rhiannon Pugh <rhiannon.pugh@gmail.com>", "Rhiannon Pugh <rhiannon.pugh@gmail.com>"],
  ["norule", "mobile"],
  ["", "I sent this to Thames Valley on Friday and have heard nothing back. My solicitor said to send it to you as well."],
  [M("Rhiannon Pugh <rhiannon.pugh@gmail.com>", "Completions Team <completions@tvmortgages.co.uk>", (2026, 3, 6, 11, 15),
     "Mortgage funds not released - completion today - 14 Larch Way", """
     Dear Completions Team,

     My solicitor has told me this morning that the mortgage advance for my purchase of 14 Larch Way, Wokingham has not arrived and that your side has not released it into the settlement. Completion was booked for 12 noon today and the sellers' removal lorry is already loaded.

     I signed everything you asked for two weeks ago and your offer letter says funds would be ready three working days before completion. Nobody on your phone line can tell me what is going on; I have been passed between three people.

     Please release the funds today or tell me in writing why not, and who will pay the costs if this falls through.

     Rhiannon Pugh
     Mortgage account 7730-41925""")],
  L(c=True, cat="delay", firm="tvm"),
  "A buyer forwards her own unanswered demand to her lender (Thames Valley Mortgages, by name and address): even with "
  "no comment the forward asks for the matter to be dealt with, and the grievance is purely the lender's late "
  "funds, so complaint with about_other_firm=tvm, category delay.",
  sig="Rhiannon", sigs=(False, True))

F("pexa", ["Graham Ostrowski <graham.ostrowski@heathcotebank.co.uk>", "Ostrowski, Graham <graham.ostrowski@heathcotebank.co.uk>"],
  ["classic", "html"],
  ["Please investigate, see below.",
   "Our customer blames a PEXA outage on 16 January for his late completion. Please send us your incident timeline "
   "for that afternoon so that we can respond to him within our deadline."],
  [M("Farid Haddad <f.haddad@protonmail.com>", "complaints@heathcotebank.co.uk", (2026, 1, 19, 20, 31),
     "Complaint - late completion 3 Birch Close", """
     To whom it may concern,

     I wish to complain about the completion of my purchase of 3 Birch Close, Otley, on Friday 16 January. Your adviser told me on the phone that the mortgage funds could not be sent because "the PEXA system was down" and that there was nothing the bank could do. Completion did not happen until the Monday.

     As a result I paid for two extra nights in a hotel for my family, lost a day's pay and had to rebook the removal company at a cost of £380. I have receipts for all of it.

     I would like the bank to explain exactly what went wrong and to reimburse these costs.

     Yours faithfully,
     Farid Haddad""")],
  L(c=True, ex=True, cat="platform_defect"),
  "A participant bank forwards its borrower's complaint that blames a PEXA outage and asks PEXA to investigate: the "
  "bank is raising the platform issue as PEXA's customer (rule 10), so complaint, about_other_firm=null, "
  "third_party=false (staff for their own firm), platform_defect; explicit because the forward's subject names it a complaint.",
  sig="Graham Ostrowski\nComplaints Resolution Unit\nHeathcote Bank plc\n\nHeathcote Bank plc is authorised by the Prudential "
      "Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. "
      "This email is confidential and intended only for the addressee.")

F("pexa", ["Leonie Barraclough <leonie.barraclough@yahoo.co.uk>", "Leonie Barraclough <leonie.barraclough@yahoo.co.uk>"],
  ["rule", "us"],
  ["", "My mother's sale is stuck and her conveyancer refuses to speak to me even though he has her signed authority. "
       "Can PEXA get someone to make them respond?"],
  [M("Darren Pryce <darren@prycewhitlock.co.uk>", "Leonie Barraclough <leonie.barraclough@yahoo.co.uk>", (2026, 2, 24, 16, 52),
     "RE: Mum's sale - 22 Heron Court", """
     Leonie,

     As I have explained, I can only take instructions from my client, who is your mother. I am not in a position to discuss the file with you and I would ask you not to keep ringing the office.

     Regards
     Darren Pryce
     Pryce Whitlock Conveyancing"""),
   M("Leonie Barraclough <leonie.barraclough@yahoo.co.uk>", "darren@prycewhitlock.co.uk", (2026, 2, 24, 9, 5),
     "Mum's sale - 22 Heron Court", """
     Dear Mr Pryce,

     I am writing again on behalf of my mother, Joan Barraclough, who is 84 and finds the phone difficult. She signed an authority for me to speak to you in December and your office confirmed you had it on file.

     Her sale of 22 Heron Court was supposed to complete last week. Nobody from your firm has told her why it didn't, her buyer's solicitor says they are waiting for you, and the last three messages I left with your receptionist were not returned. Mum is very upset and is now worried she will lose the flat she is buying.

     Please can you ring me today and tell me what is happening and when it will complete.

     Leonie Barraclough""")],
  L(c=True, cat="service_quality", firm="unknown", tp=True),
  "A daughter forwards, for her elderly mother, a chain showing the mother's conveyancer (Pryce Whitlock, not in the "
  "directory) refusing to engage: a consumer complaint purely about a participant firm, so about_other_firm=unknown, "
  "third_party=true, service_quality; the bare forward still asks PEXA to act.",
  sig="Leonie", sigs=(False, True))

F("pexa", ["Ffion Maddox <f.maddox@castlegatelaw.co.uk>", "Ffion Maddox <f.maddox@castlegatelaw.co.uk>"],
  ["norule", "classic"],
  ["Resending to this address.",
   "Support suggested I send this to you instead. Forwarding it as I sent it to them on Monday."],
  [M("Ffion Maddox <f.maddox@castlegatelaw.co.uk>", "PEXA Support <support@pexa.co.uk>", (2026, 4, 13, 8, 58),
     "Change of surname on my PEXA user profile", """
     Hello,

     I married in March and have changed my surname from Prothero to Maddox. My PEXA user profile (Castlegate Law, user ID CGL-0147) still shows me as Ffion Prothero, and that name appears on every workspace invitation that goes out to the other side.

     Please update my profile to Ffion Maddox. Until the change has gone through, could you please stop showing my old surname on new workspace invitations? "F. Maddox" or just the firm's name would be fine in the meantime.

     I have attached a copy of the marriage certificate.

     Many thanks,
     Ffion Maddox
     Associate Solicitor, Castlegate Law""")],
  L(r="rectification,restriction"),
  "A user forwards her own request to correct her surname and to stop showing the old one until it is changed: "
  "rectification and restriction asked of PEXA by the forward; no dissatisfaction, so not a complaint.",
  sig="Ffion Maddox\nAssociate Solicitor\nCastlegate Law", sigs=(False, True))

F("pexa", ["Morag Lennie <m.lennie@greyfriarslaw.co.uk>", "Morag Lennie <m.lennie@greyfriarslaw.co.uk>"],
  ["html", "rule"],
  ["Received in error - FYI.",
   "We were sent this invitation in error. It isn't our matter and it gives the buyers' names, current address and "
   "loan amount. We've declined and deleted it. No reply needed."],
  [M(PX_NOTIFY, "m.lennie@greyfriarslaw.co.uk", (2026, 3, 18, 10, 22), "You have been invited to Workspace 61-22019", """
     Hello Morag Lennie,

     Ashdown Conveyancing has invited you to join Workspace 61-22019 as Incoming Proprietor's Representative.

     Property: Flat 2, 41 Kiln Street, Carlisle CA1 2JU
     Purchasers: Mr Callum Reid and Ms Ines Ferreira
     Purchasers' current address: 18 Warwick Square, Carlisle CA1 1LB
     Lender: Thames Valley Mortgages - advance £212,500.00
     Settlement date: 27/03/2026

     Log in to PEXA to accept or decline this invitation.

     This is an automated message from the PEXA platform. Please do not reply to this email.""")],
  L(br=True),
  "A law firm forwards a workspace invitation it received in error that exposes another firm's clients' details: "
  "the message describes a disclosure, so breach=true, but the sender only reports it and expects nothing, so "
  "complaint=false and personal_data=false.",
  sig="Morag Lennie\nRisk and Compliance, Greyfriars Law LLP")

F("pexa", ["Owen Petrakis <owen.petrakis@kestrelbs.co.uk>", "Petrakis, Owen <owen.petrakis@kestrelbs.co.uk>"],
  ["rule", "classic"],
  ["Can you help with this?", ""],
  [M("Sadia Rahman <sadia.rahman@kestrelbs.co.uk>", "Owen Petrakis <owen.petrakis@kestrelbs.co.uk>", (2026, 1, 27, 15, 40),
     "Second signatory on discharge workspaces", """
     Hi Owen,

     Quick one - from next month we need two people to sign off every discharge in PEXA, not just one. Do you know whether the platform can force a second signature on our side, or is that something PEXA would need to switch on for us? If it's a setting, who at PEXA do we ask?

     Thanks
     Sadia

     Sadia Rahman | Mortgage Redemptions Team Leader | Kestrel Building Society""")],
  L(),
  "A lender's staff forward a colleague's neutral question about a platform setting: an enquiry, not a complaint, "
  "with or without the one-line comment.",
  sig="Owen Petrakis\nOperations Manager, Kestrel Building Society", sigs=(True, False))

F("pexa", ["Helen Quarrie <h.quarrie@orchardlanesolicitors.co.uk>", "Helen Quarrie <h.quarrie@orchardlanesolicitors.co.uk>"],
  ["classic", "mobile"],
  ["Some nice feedback from a client on a completion last week. Please pass it on to your settlement team.",
   "Nice feedback for your team"],
  [M("Tunde Adeyemi <tunde.adeyemi@gmail.com>", "Helen Quarrie <h.quarrie@orchardlanesolicitors.co.uk>", (2026, 2, 2, 19, 12),
     "Thank you!", """
     Dear Helen,

     We just wanted to say a huge thank you. We got the keys at 11.40 this morning, which is the earliest we have ever heard of anyone completing. The estate agent said the money had gone through almost as soon as you pressed the button on that new system - she said most of her sales still don't finish until after lunch.

     Please pass our thanks on to everyone involved, including whoever runs the system.

     Best wishes,
     Tunde and Bisi Adeyemi""")],
  L(),
  "A law firm passes on a client's thank-you that praises the settlement system: praise, not a complaint.",
  sig="Helen Quarrie\nPartner, Orchard Lane Solicitors", sigs=(True, False))

F("pexa", ["Beth Carlisle <b.carlisle@marshpenrose.co.uk>", "Beth Carlisle <b.carlisle@marshpenrose.co.uk>"],
  ["norule", "classic"],
  ["Still nobody dealing with this!",
   "Second out-of-office I've had from your account team, and support keep sending me back to them. This transfer "
   "has been waiting two weeks and completion is 3 April. Who is actually dealing with it?"],
  [M("Jonah Whitfield <jonah.whitfield@pexa.co.uk>", "Beth Carlisle <b.carlisle@marshpenrose.co.uk>", (2026, 3, 23, 9, 1),
     "Automatic reply: Workspace transfer - 44-90712", """
     Thank you for your message. I am out of the office until Monday 6 April with limited access to email. For urgent matters please contact the Participant Support team on 0330 818 4470 or support@pexa.co.uk.

     Jonah Whitfield
     Account Manager, PEXA"""),
   M("Beth Carlisle <b.carlisle@marshpenrose.co.uk>", "Jonah Whitfield <jonah.whitfield@pexa.co.uk>", (2026, 3, 23, 9, 0),
     "Workspace transfer - 44-90712", """
     Hi Jonah,

     Following our call on the 9th, we are still waiting for workspace 44-90712 to be moved from our Plymouth office's account to the Exeter office so that the new fee earner can pick it up. Support told us this had to go through you. Completion is set for 3 April.

     Can you let me know when it will be done?

     Thanks,
     Beth""")],
  L(c=True, cat="delay"),
  "The forwarder received an out-of-office, but she (a person) forwarded it with her own dissatisfaction at a "
  "two-week-old request still not done: not auto-generated, an implicit complaint about delay (something late, not a queue).",
  sig="Beth Carlisle\nConveyancing Team Leader\nMarsh & Penrose Conveyancing")

F("pexa", ["Kieran Doyle-Mensah <k.doyle-mensah@tvmortgages.co.uk>", "Doyle-Mensah, Kieran <k.doyle-mensah@tvmortgages.co.uk>"],
  ["rule", "norule"],
  ["", "FYI - this address bounces."],
  [M("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tvmortgages.co.uk>",
     "Kieran Doyle-Mensah <k.doyle-mensah@tvmortgages.co.uk>", (2026, 2, 10, 14, 6),
     "Undeliverable: Discharge confirmation - title NT881204", """
     Your message to lodgements@pexa-uk.com couldn't be delivered.

     lodgements wasn't found at pexa-uk.com.

     Kieran          Office 365          pexa-uk.com
     Action Required                     Recipient

     Unknown To address

     How to Fix It
     The address may be misspelled or may not exist. Try one or more of the following:
     - Retype the recipient's address, then resend the message.
     - If you're using the Auto-Complete List in Outlook, remove the entry and type the address again.

     Diagnostic information for administrators:
     Generating server: LO2P265MB0441.GBRP265.PROD.OUTLOOK.COM
     lodgements@pexa-uk.com
     Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'""")],
  L(),
  "A person forwarded a delivery-failure notice he received, so the message is not auto-generated; with no comment "
  "or a neutral 'FYI' there is no dissatisfaction, so it is not a complaint.",
  sig="Kieran Doyle-Mensah\nPost-Completion Team, Thames Valley Mortgages", sigs=(False, True))

F("pexa", ["Anita Szabo <anita.szabo@hallamreeve.co.uk>", "Anita Szabo <anita.szabo@hallamreeve.co.uk>"],
  ["us", "rule"],
  ["Could you confirm whether item 2 applies to us? We were moved to the standard tariff last year, so I assumed not.",
   "Does item 2 affect us?"],
  [M("PEXA UK <news@updates.pexa.co.uk>", "anita.szabo@hallamreeve.co.uk", (2026, 3, 2, 7, 30), "PEXA Participant Update - March 2026", """
     PEXA Participant Update | March 2026
     View this email in your browser

     1. New remortgage workspace screens
     From 16 March the remortgage workspace has a simplified task list. Short training videos are in the Learning Centre.

     2. Lodgement fee for legacy tariff firms
     From 1 April 2026 the HM Land Registry lodgement fee for firms on the legacy tariff moves to the standard per-workspace rate. Your account manager will write to affected firms.

     3. Complaints and feedback - how we did in 2025
     We resolved 94% of participant complaints within 15 business days last year. Thank you to everyone who told us what we could do better.

     4. Protecting personal data in workspaces
     A reminder to check party details carefully before sending invitations. See our guide to handling personal data on the platform.

     You are receiving this email because you are a registered PEXA participant.
     Unsubscribe | Manage preferences | Privacy notice
     Digital Completion UK Ltd, registered in England and Wales.""")],
  L(),
  "A practice manager forwards PEXA's newsletter with a neutral question: a person sent it, so not auto-generated, "
  "and the newsletter's words 'complaints' and 'personal data' set nothing; an enquiry.",
  sig="Anita Szabo\nPractice Manager, Hallam & Reeve LLP")

F("pexa", ["Chidi Okafor <c.okafor@fenwickbarr.co.uk>", "Chidi Okafor <c.okafor@fenwickbarr.co.uk>"],
  ["rule", "classic"],
  ["Attached as requested.",
   "Please find attached the two invoices and the list of workspaces you asked for. The duplicates are highlighted in yellow."],
  [M(PX_RES, "Chidi Okafor <c.okafor@fenwickbarr.co.uk>", (2026, 2, 17, 11, 20),
     "Your complaint PEX-CR-70588 - information needed", """
     Dear Mr Okafor,

     Thank you for your email of 13 February about the platform fees charged to Fenwick Barr Solicitors in January.

     So that we can look into this, please could you send us:
     - the invoice numbers you believe are duplicated; and
     - the workspace numbers the charges relate to, if you have them.

     Once we have these we will complete our review and write to you with our response. If you have any questions in the meantime, please reply to this email quoting reference PEX-CR-70588.

     Kind regards,
     Natalie Birch
     Customer Resolution Team
     PEXA | Digital Completion UK Ltd""")],
  L(),
  "A customer forwards PEXA's own request for documents back with the documents: the new text only supplies what was "
  "asked and adds no new dissatisfaction, so it is case correspondence, not a (new) complaint, though the subject "
  "and carried mail say 'complaint'.",
  sig="Chidi Okafor\nCashier, Fenwick Barr Solicitors")

F("pexa", ["Rajesh Kalra <rajesh@kalralegal.co.uk>", "Rajesh Kalra <rajesh@kalralegal.co.uk>"],
  ["classic", "rule"],
  ["Rejected again. Human review, please.",
   "This is the second time your system has turned us down, though our SRA details are correct and unchanged. I want "
   "a member of your team, not the automated check, to look at our application."],
  [M("PEXA Onboarding <onboarding@pexa.co.uk>", "rajesh@kalralegal.co.uk", (2026, 1, 8, 17, 3), "Your PEXA application - update", """
     Dear Rajesh Kalra,

     Thank you for applying to become a PEXA participant.

     Unfortunately we have not been able to approve your application at this time. Our automated identity and verification checks could not confirm the details provided for Kalra Legal (SRA number 8051933).

     You are welcome to submit a new application. Please make sure that the name and registered address you enter match your regulator's records exactly.

     Kind regards,
     PEXA Onboarding Team

     This email was sent from an unmonitored address.""")],
  L(c=True, cat="onboarding", r="automated_decision"),
  "A sole practitioner forwards PEXA's own automated rejection with 'again' and a demand that a person review it: an "
  "implicit complaint about onboarding, with the automated_decision right.",
  sig="Rajesh Kalra\nPrincipal, Kalra Legal")

F("pexa", ["Gareth Lloyd-Evans <garethle@btinternet.com>", "Gareth Lloyd-Evans <garethle@btinternet.com>"],
  ["classic", "norule"],
  ["", "Beacon are not answering me and my sale completes through PEXA on 20 March. Can you get this to the right person there?"],
  [M("Gareth Lloyd-Evans <garethle@btinternet.com>", "Beacon Home Finance <customer.relations@beaconhomefinance.co.uk>",
     (2026, 3, 3, 21, 14), "RE: Your redemption figures - account 60418833", """
     Dear Sir or Madam,

     Your redemption figures below include an early repayment charge of £2,940. When I moved my mortgage to you in 2023 your adviser told me, and confirmed by email, that there would be no charge if I repaid when selling after the three-year fixed period. That period ended on 28 February.

     Please remove the charge and send corrected figures to my solicitor before we complete on 20 March. I have been waiting since last week for someone to call me back about this.

     Gareth Lloyd-Evans"""),
   M("Beacon Home Finance Redemptions <redemptions@bhf.co.uk>", "garethle@btinternet.com", (2026, 2, 25, 10, 40),
     "Your redemption figures - account 60418833", """
     Dear Mr Lloyd-Evans,

     As requested, please find below the amount needed to repay your mortgage in full on 20/03/2026.

     Balance outstanding: £146,310.22
     Early repayment charge: £2,940.00
     Redemption administration fee: £95.00
     Total: £149,345.22

     Figures are valid until 20/03/2026.

     Yours sincerely,
     Redemptions Team
     Beacon Home Finance""")],
  L(c=True, cat="fees_charges", firm="bhf"),
  "A seller forwards his own dispute with his lender (Beacon, by name and @bhf.co.uk) over an early repayment charge: "
  "a consumer complaint purely about the lender's charge, so about_other_firm=bhf, fees_charges.",
  sig="Gareth", sigs=(False, True))

F("pexa", ["Jana Vogt <jana.vogt@rheinmark-bank.de>", "Jana Vogt <jana.vogt@rheinmark-bank.de>"],
  ["de", "rule"],
  ["Please action, thanks.",
   "Please deactivate the two users below from 31 March and move their open tasks to Maria Klein (RMB-0019). Let me "
   "know if you need anything signed."],
  [M("Lukas Brandt <lukas.brandt@rheinmark-bank.de>", "Jana Vogt <jana.vogt@rheinmark-bank.de>", (2026, 3, 30, 16, 12),
     "PEXA users - leavers March", """
     Hi Jana,

     The following colleagues in the London mortgage team leave us on 31 March. Please arrange for their PEXA logins to be deactivated on that date and their open tasks to be reassigned to Maria Klein.

     - Thomas Ward (user RMB-0021)
     - Chloe Stanton (user RMB-0034)

     Thanks and best regards
     Lukas

     Lukas Brandt
     HR Business Partner, Rheinmark Bank AG, London Branch""", cc="HR London <hr.london@rheinmark-bank.de>")],
  L(),
  "A participant's instruction to deactivate leavers' logins is account administration by the employer, not an "
  "erasure request by a data subject; no dissatisfaction, so no complaint and no rights.",
  sig="Jana Vogt\nPlatform Administration | Rheinmark Bank AG, London Branch")

# ============================================================================================= PEXA, group R

R("pexa", ["Sinead Corrigan <s.corrigan@corriganwebb.co.uk>", "Corrigan, Sinead <s.corrigan@corriganwebb.co.uk>"],
  ["rule", "classic"],
  ["Thanks", "Thanks, received."],
  [M(PX_RES, "Sinead Corrigan <s.corrigan@corriganwebb.co.uk>", (2026, 2, 3, 9, 48),
     "Your complaint PEX-CR-70412 - acknowledgement", """
     Dear Ms Corrigan,

     Thank you for contacting us on 2 February about the failed lodgement on workspace 33-18460. We have logged your complaint under reference PEX-CR-70412.

     Our Customer Resolution Team will look into what happened and will contact you within five business days. If we need more information from you we will be in touch sooner.

     Kind regards,
     Customer Resolution Team
     PEXA | Digital Completion UK Ltd""")],
  L(),
  "A one-word thanks for PEXA's acknowledgement adds no dissatisfaction; the complaint wording is only in the "
  "subject line and quote of the existing case, so this reply is not a complaint.",
  sig="Sinead Corrigan\nCorrigan & Webb Solicitors", sigs=(False, True))

R("pexa", ["Martin Hebblethwaite <m.hebblethwaite@hebblethwaitesolicitors.co.uk>",
           "Martin Hebblethwaite <m.hebblethwaite@hebblethwaitesolicitors.co.uk>"],
  ["rule", "html"],
  [T("""
     Natalie,

     I don't accept this. The second workspace was created by your system, not by us: my assistant pressed 'create' once, got an error screen, and found two workspaces for the same purchase when the page reloaded. Your support desk told her on the day that it was a known issue. We never used the second workspace.

     Please refund the duplicate fee or pass this to your Head of Customer Experience.

     Martin"""),
   T("""
     Not accepted. The duplicate workspace was created by your system timing out, not by us - your support desk said so at the time. Please refund the second fee or escalate this to your Head of Customer Experience.""")],
  [M(PX_RES, "Martin Hebblethwaite <m.hebblethwaite@hebblethwaitesolicitors.co.uk>", (2026, 3, 12, 15, 5),
     "Your complaint PEX-CR-70533 - our final response", """
     Dear Mr Hebblethwaite,

     Thank you for your patience while we investigated your concerns about the platform fees on workspaces 31-80661 and 31-80662.

     We have checked both workspaces. Each was created separately by a user at your firm and each was charged the standard per-workspace fee. We are therefore unable to agree that the second fee was charged in error, and we do not uphold your complaint.

     If you remain unhappy with our response you may refer the matter to our Head of Customer Experience within eight weeks of the date of this letter.

     Yours sincerely,
     Natalie Birch
     Customer Resolution Team
     PEXA""")],
  L(c=True, ex=True, cat="fees_charges"),
  "An objection to PEXA's final response is a continuing complaint; the main grievance is the disputed duplicate "
  "fee (fees_charges), not the time-out that caused it; explicit because the reply's own subject names it a complaint.",
  sig="Martin Hebblethwaite\nPartner, Hebblethwaite Solicitors", sigs=(False, True))

R("pexa", ["Lucy Fairclough <lucy.fairclough@tvmortgages.co.uk>", "Fairclough, Lucy <lucy.fairclough@tvmortgages.co.uk>"],
  ["classic", "norule"],
  ["Yes, Thursday at 10 is fine.", "Thursday 10am suits. Thanks."],
  [M("Natalie Birch <natalie.birch@pexa.co.uk>", "Lucy Fairclough <lucy.fairclough@tvmortgages.co.uk>", (2026, 4, 20, 12, 31),
     "Call to discuss reference PEX-CR-70719", """
     Dear Lucy,

     Thank you for the further information you sent last week. I would like to go through our findings with you before we send our written response.

     Would Thursday 23 April at 10:00 suit you for a 30-minute call? If not, please suggest a time that works for you.

     Kind regards,
     Natalie Birch
     Customer Resolution Team, PEXA""")],
  L(),
  "An ordinary answer accepting a proposed call time: no dissatisfaction, not a complaint.",
  sig="Lucy Fairclough\nComplaints Lead, Thames Valley Mortgages")

R("pexa", ["Dawn Pellow <accounts@marshpenrose.co.uk>", "Marsh & Penrose Accounts <accounts@marshpenrose.co.uk>"],
  ["norule", "classic"],
  [T("""
     Hello,

     This is the third reminder for an invoice we paid on 27 March (BACS reference MP0327PEXA). Your credit control team has now put our account on stop and our conveyancers cannot open new workspaces.

     Please lift the stop today and confirm in writing that the invoice is cleared.

     Dawn Pellow
     Accounts, Marsh & Penrose Conveyancing"""),
   T("""
     We paid this on 27 March (BACS ref MP0327PEXA) and you have now put our account on stop. Please lift it today and confirm the invoice is cleared.

     Dawn""")],
  [M("PEXA Accounts Receivable <accounts.receivable@pexa.co.uk>", "accounts@marshpenrose.co.uk", (2026, 4, 8, 8, 30),
     "Payment reminder - invoice INV-UK-2026-04417", """
     Dear Customer,

     Our records show that the following invoice is now overdue:

     Invoice: INV-UK-2026-04417
     Date: 28/02/2026
     Amount: £1,862.40
     Due: 30/03/2026

     Please arrange payment as soon as possible. If you have already paid, please ignore this reminder.

     Accounts Receivable
     PEXA | Digital Completion UK Ltd""")],
  L(c=True, cat="fees_charges"),
  "A reply to PEXA's payment reminder saying the platform-fee invoice was paid and the account wrongly stopped is an "
  "implicit complaint; billing of PEXA's own fees is fees_charges (debt_dispute is kept for debts Conexus collects).")

R("pexa", ["Dominic Ashby <d.ashby@ashbygrant.co.uk>", "Dominic Ashby <d.ashby@ashbygrant.co.uk>"],
  ["rule", "mobile"],
  ["Chasing.", "Chasing - 3 weeks now."],
  [M("PEXA Support <support@pexa.co.uk>", "Dominic Ashby <d.ashby@ashbygrant.co.uk>", (2026, 3, 3, 16, 12),
     "Your request SR-0448213 has been received - Workspace 27-55031", """
     Hello Dominic,

     Thank you for contacting PEXA Support. Your request has been logged as SR-0448213:

     "Title plan attached to workspace 27-55031 shows the wrong plot - can you remove it so we can upload the correct one?"

     A member of our team will respond within 2 business days.

     PEXA Participant Support
     0330 818 4470""")],
  L(c=True, cat="delay"),
  "A bare 'Chasing' on an acknowledgement that promised a reply in 2 business days is a still-waiting chaser "
  "(rule 6): an implicit complaint about delay, however few words were typed.",
  sigs=(False, False))

R("pexa", ["Yasmin Chaudhry <yasmin.c@hotmail.co.uk>", "Yasmin C <yasmin.c@hotmail.co.uk>"],
  ["classic", "classic"],
  ["Two weeks on and nobody at Kestrel has contacted me. We finally completed on the 20th but I'm still out of pocket "
   "£640 in bridging interest and I've had no reply at all from them.",
   "Still nothing from Kestrel. Two weeks now and no reply."],
  [M(PX_RES, "Yasmin Chaudhry <yasmin.c@hotmail.co.uk>", (2026, 2, 16, 11, 44), "FW: Redemption delay - 8 Saxon Gardens", """
     Dear Ms Chaudhry,

     Thank you for your email below. As PEXA provides the settlement platform used by your lender and solicitor, we are not able to deal with concerns about how Kestrel Building Society handled your redemption. With your agreement, we have today forwarded your email to Kestrel Building Society's Customer Relations team (copied), who will respond to you directly.

     You can also contact them at complaints@kestrelbs.co.uk or on 0300 123 4410.

     Kind regards,
     Customer Resolution Team
     PEXA""", cc="complaints@kestrelbs.co.uk"),
   M("Yasmin Chaudhry <yasmin.c@hotmail.co.uk>", "complaints@pexa.co.uk", (2026, 2, 13, 22, 10), "Redemption delay - 8 Saxon Gardens", """
     Hi,

     My sale of 8 Saxon Gardens was meant to complete today but my buyer's solicitor says my lender Kestrel hadn't put the redemption figure into the workspace, so the money couldn't move. This is the second date we've missed. I'm paying bridging interest every day this goes on. Can someone sort this out?

     Yasmin Chaudhry""")],
  L(c=True, cat="delay", firm="kbs"),
  "A consumer's 'RE: FW:' chaser after PEXA passed her matter to her lender: the new grievance is Kestrel's silence, "
  "purely the lender's, so about_other_firm=kbs, category delay (rule 6).",
  sig="Yasmin", sigs=(True, False), headers=({}, {"x-mailer": "Microsoft Outlook 16.0"}))

R("pexa", ["Paul Ebdon <paul.ebdon@outlook.com>", "Paul Ebdon <paul.ebdon@outlook.com>"],
  ["norule", "rule"],
  ["Before the account closes, please send me the data you hold about me as a user - my profile and my own activity "
   "log - in CSV or another machine-readable format. I'm setting up on my own and want to load it into my new "
   "practice system.",
   "Please export my user profile and activity history as a CSV before you close the account, so I can import it "
   "into my new system. Thank you."],
  [M("PEXA Participant Support <support@pexa.co.uk>", "paul.ebdon@outlook.com", (2026, 1, 29, 10, 10),
     "Your PEXA user account will be closed on 13 February", """
     Dear Paul,

     Your firm's PEXA administrator has told us that you have left Ebdon & Lowry LLP. Your PEXA user account will be closed on 13 February 2026 and you will not be able to log in after that date.

     If you think this is a mistake, please speak to your firm's administrator.

     Kind regards,
     PEXA Participant Support""")],
  L(r="portability"),
  "A departing user asks for his data in a machine-readable file to load into another system: portability, "
  "made without dissatisfaction, so not a complaint.",
  sig="Paul Ebdon", sigs=(True, True))

R("pexa", ["Nkechi Obi <nkechi.obi@gmail.com>", "Nkechi Obi <nkechi.obi@gmail.com>"],
  ["rule", "us"],
  [T("""
     Mr Trewin,

     This is the second time you have pushed completion back the day before, and again I have had to cancel the removal van and take more leave. The seller's solicitor tells me they sent everything to you on Monday. I want a firm date by tomorrow and an explanation of why your office keeps leaving this to the last minute.

     I have copied in PEXA as I understand your completions go through their system.

     Nkechi Obi"""),
   T("""
     Mr Trewin, the seller's side says they sent the form to you on Monday. That's the second date you've cancelled at a day's notice. I want a firm date tomorrow and an explanation. (PEXA copied.)

     N. Obi""")],
  [M("Alan Trewin <a.trewin@marshpenrose.co.uk>", "Nkechi Obi <nkechi.obi@gmail.com>", (2026, 4, 2, 17, 25),
     "Completion - 31 Foundry Walk", """
     Dear Ms Obi,

     I am sorry to tell you that we will not be able to complete your purchase of 31 Foundry Walk tomorrow as planned. We are still waiting for a signed form from the seller's side and the workspace cannot be settled until it is in.

     I will be in touch as soon as I have a new date.

     Kind regards,
     Alan Trewin
     Conveyancing Executive
     Marsh & Penrose Conveyancing""")],
  L(c=True, cat="delay", firm="mpc"),
  "A buyer's reply to her own conveyancer (Marsh & Penrose), copied to PEXA, about a completion pushed back again: a "
  "consumer complaint purely about the participant firm, about_other_firm=mpc, category delay.",
  sigs=(False, False))

R("pexa", ["Harriet Vance <h.vance@vancecooper.co.uk>", "Harriet Vance <h.vance@vancecooper.co.uk>"],
  ["classic", "rule"],
  ["This is the third time this session has been moved. We go live on the platform on 2 March and booked this "
   "session so that my conveyancers would be trained first. I want to make a formal complaint. Please offer us a "
   "session before then.",
   "Third reschedule. We go live on 2 March and my team still hasn't been trained. Please treat this as a complaint "
   "and find us a session before then."],
  [M("PEXA Training <training@pexa.co.uk>", "Harriet Vance <h.vance@vancecooper.co.uk>", (2026, 2, 20, 13, 0),
     "Your training session has been rescheduled", """
     Dear Harriet,

     Unfortunately we need to reschedule your "Getting started with PEXA: purchases" session, booked for Tuesday 24 February at 14:00, due to trainer availability.

     Your new session is Thursday 12 March at 09:30. Joining details will follow.

     We apologise for any inconvenience.

     PEXA Training Team""")],
  L(c=True, ex=True, cat="training"),
  "A reply to PEXA's third training reschedule that calls it a complaint: explicit complaint, and the specific "
  "theme training beats delay (rule 16a).",
  sig="Harriet Vance\nManaging Partner, Vance Cooper LLP")

R("pexa", ["Samir Haddou <s.haddou@greyfriarslaw.co.uk>", "Haddou, Samir <s.haddou@greyfriarslaw.co.uk>"],
  ["rule", "classic"],
  ["Thanks Lewis, I'm back in. However my user profile still has my name as 'Sami Haddon' and my SRA number is "
   "missing a digit - it should be 590281 - which I mentioned on the phone this morning. That is what other firms "
   "see on every workspace. Please correct both.",
   "Thanks, login works now. But my profile still shows 'Sami Haddon' and SRA 59028 instead of Samir Haddou, 590281, "
   "as I said on the phone. Other firms see this on our workspaces - please correct it."],
  [M("Lewis Ogden <lewis.ogden@pexa.co.uk>", "Samir Haddou <s.haddou@greyfriarslaw.co.uk>", (2026, 3, 5, 15, 40),
     "RE: Locked out of PEXA - user GFL-0322", """
     Hi Samir,

     I've unlocked your account and reset your two-factor device, so you should be able to log in now. Apologies for the trouble this morning.

     Kind regards,
     Lewis Ogden
     Participant Support, PEXA""")],
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Thanks for the fix but his own user record is 'still' wrong and shown to other firms, with a request to correct "
  "it: a continuing implicit complaint about inaccurate personal data (rule 5, rule 12), rights rectification.",
  sig="Samir Haddou\nSolicitor, Greyfriars Law LLP")

# ============================================================================================= PEXA, group C

C("pexa", ["Ewan McCallum <ewan@mccallumconveyancing.co.uk>", "Ewan McCallum <ewan@mccallumconveyancing.co.uk>"],
  ["mobile", "plain"], "platform down AGAIN", """
  2pm and we can't get into any workspace - "service unavailable". Three completions booked today. Ring me on 07700 914226 NOW please.

  Ewan""",
  L(c=True, cat="platform_defect"),
  "A short angry report that the platform is down again with a demand for a call back: implicit complaint, platform_defect.")

C("pexa", ["Priya Natarajan <priya.natarajan@heathcotebank.co.uk>", "Natarajan, Priya <priya.natarajan@heathcotebank.co.uk>"],
  ["plain", "html"], "Formal complaint - conduct of PEXA support call on 4 March", """
  Dear Sir or Madam,

  I am writing to make a formal complaint about the way a member of your Participant Support team dealt with me on Wednesday 4 March at about 11:15.

  I called because a discharge for one of our borrowers (workspace 40-23377) had been sitting at "awaiting lender signature" for two days although we had signed it. The adviser I spoke to told me within a minute that it was "obviously a bank-side issue", refused to look at the workspace history while I was on the line, and when I asked her to escalate it said I was "welcome to put it in writing". She then ended the call while I was still speaking.

  When I rang back, a different adviser found within five minutes that the signature had been recorded against the wrong role, and fixed it. So the problem was not ours, and it should not have taken a second call to get someone to look.

  We are a high-volume participant and my team relies on your support desk being willing to investigate. I would like:
  1. an apology;
  2. confirmation that the first call has been reviewed; and
  3. an explanation of how a signature comes to be recorded against the wrong role, so that we can check our other workspaces.

  Kind regards,

  Priya Natarajan
  Redemptions Operations Manager
  Heathcote Bank plc
  Tel 0113 496 2281""",
  L(c=True, ex=True, cat="service_quality"),
  "A participant bank's manager makes a formal complaint about a support adviser's handling: explicit, "
  "service_quality (how she was served), about_other_firm=null because the bank is the complainant, not the subject.")

C("pexa", ["Dafydd Rowlands <dafydd.rowlands@gmail.com>", "Dafydd Rowlands <dafydd.rowlands@gmail.com>"],
  ["plain", "html"], "Questions about my details", """
  Hello,

  I bought a house last month and my solicitor used your system for the completion. I have since had an email from PEXA asking me to fill in a customer survey.

  Before I do anything, could you explain where you got my details from (I assume my solicitor) and what you use them for? I'd also like to say that I object to my details being used for surveys or any kind of marketing from now on.

  No problem with the purchase itself, it all went smoothly.

  Thanks,
  Dafydd Rowlands""",
  L(r="informed,objection"),
  "A consumer asks where his data came from and what it is used for, and objects to survey and marketing use, "
  "without dissatisfaction: rights informed and objection, not a complaint.")

C("pexa", ["Grace Mensah <g.mensah@olivertonlaw.co.uk>", "Grace Mensah <g.mensah@olivertonlaw.co.uk>"],
  ["plain", "mobile"], "Training for new starters", """
  Hi,

  We have two trainee conveyancers starting in May. Are there any "Introduction to PEXA" sessions in May or June, and can they be booked online or do I need to email someone?

  Thanks,
  Grace Mensah
  Practice Manager, Oliverton Law""",
  L(),
  "A neutral question about training dates: an enquiry, not a complaint.")

C("pexa", ["Alison Threlfall <ali.threlfall@icloud.com>", "Alison Threlfall <ali.threlfall@icloud.com>"],
  ["plain", "html"], "Request for a copy of my data", """
  Dear PEXA,

  Please treat this email as a subject access request. I would like a copy of all the personal data you hold about me in connection with my purchase of 27 Hawthorn Rise, Preston, which completed on 30 January 2026 through your platform, including any identity checks and the record of the funds sent on my behalf.

  My date of birth is 14/07/1988 and my address is 27 Hawthorn Rise, Preston PR2 9LT.

  Thank you,
  Alison Threlfall""",
  L(r="access"),
  "A consumer's subject access request with no dissatisfaction: right access, not a complaint.")

# ============================================================================================= Conexus, group F

F("conexus", ["Marcus Bell <marcus.bell@riversidemoneyadvice.org.uk>", "Marcus Bell <marcus.bell@riversidemoneyadvice.org.uk>"],
  ["rule", "classic"],
  ["", "Please see my client's email below. We hold her signed authority (sent to you on 14 January). Please confirm "
       "her contact preferences have been updated and respond to her concerns in writing."],
  [M("Doreen Fitch <doreenfitch@aol.com>", "Marcus Bell <marcus.bell@riversidemoneyadvice.org.uk>", (2026, 2, 5, 13, 26),
     "Conexus ref 55120984", """
     Dear Marcus,

     Sorry to bother you again. The people from Conexus rang me at work twice this week on the shop phone. My supervisor took the second call and the man told her it was about an unpaid account I had with them, and she asked me about it in front of everyone. I was mortified. I told them in January I can't talk at work and gave them my mobile and said evenings only.

     Please can you tell them to stop ringing the shop and only ring my mobile after 6. And I want them to say sorry for telling my supervisor my business. I've done nothing wrong, I'm paying what I can.

     Thanks for all your help,
     Doreen""")],
  L(c=True, pd=True, br=True, tp=True, cat="collection_conduct"),
  "A money adviser forwards his client's account of workplace calls in which the agent told her supervisor about "
  "the debt: an implicit complaint made on her behalf (third_party), main theme collection_conduct, and the "
  "disclosure to the supervisor sets breach and personal_data (rule 13, as with a doorstep disclosure).",
  sig="Marcus Bell\nMoney Adviser\nRiverside Money Advice\nRegistered charity no. 1170442", sigs=(False, True))

F("conexus", ["Kelly Armitage <kellyarmitage82@gmail.com>", "kelly armitage <kellyarmitage82@gmail.com>"],
  ["classic", "classic"],
  ["", "Resending - see below."],
  [M("Kelly Armitage <kellyarmitage82@gmail.com>", "enquiries@conexus.co.uk", (2026, 3, 15, 10, 2),
     "Agent visit on Saturday 14 March", """
     To Conexus,

     I want to make a complaint about the man you sent to my house yesterday morning, Saturday 14 March, about the Pennant Mobile account.

     He knocked for ten minutes, then shouted through the letterbox that he knew I was in and that he'd "be back with a warrant". My two children were in the front room and were frightened. I have been paying £25 a month since November, which your own letter confirmed.

     I want to know why he was sent when I'm on a payment plan, I want an apology, and I don't want anyone coming to the house again.

     Kelly Armitage
     Account 71-204-3358""")],
  L(c=True, cat="collection_conduct"),
  "A debtor re-forwards her own complaint about a doorstep agent: the forward still asks Conexus to respond, so "
  "complaint, collection_conduct, creditor only named (null); explicit=false because 'complaint' is only in the "
  "carried text, not in the subject or anything she typed.",
  headers=({"x-mailer": "Microsoft Outlook 16.0"}, {}))

F("conexus", ["Sophie Grant <sophie.grant@northline-energy.co.uk>", "Grant, Sophie <sophie.grant@northline-energy.co.uk>"],
  ["rule", "html"],
  ["For your attention, please.",
   "Our customer's complaint below is about your collection letters. Please investigate and reply to him directly, "
   "copying me, and let us know the outcome for our records."],
  [M("Desmond Fairweather <des.fairweather@gmail.com>", "complaints@northline-energy.co.uk", (2026, 2, 26, 18, 47),
     "Complaint - letters from your debt collector - acct NE-3390127", """
     Hello,

     Since you passed my old account to Conexus I have had four letters in three weeks, each in red print saying "FINAL WARNING" and "enforcement action may follow". I rang Conexus on 9 February and agreed to clear the £212 in two payments, the first of which went out on the 20th. The letters have kept coming anyway, and the last one arrived the day after my payment.

     My wife has been ill and these letters have frightened her. I want them to stop and I want someone to explain why they keep sending threats when I've agreed a plan and paid.

     Regards,
     Desmond Fairweather
     41 Mill Hey, Keighley BD22 6PN""")],
  L(c=True, ex=True, cat="collection_conduct"),
  "A creditor client forwards a debtor's complaint about Conexus's threatening letters: Conexus's own conduct, so "
  "about_other_firm=null; creditor staff are not the debtor's representative (third_party=false); explicit because "
  "the forward's subject names it a complaint.",
  sig="Sophie Grant\nComplaints Team | Northline Energy Ltd")

F("conexus", ["Barry Coulthard <b.coulthard@sky.com>", "Barry Coulthard <b.coulthard@sky.com>"],
  ["norule", "rule"],
  ["This is the bill you're chasing me for. It's wrong and I told Northline so in January - they've just passed it "
   "on to you instead of fixing it.",
   "Bill's wrong - see below."],
  [M("Northline Energy Customer Service <customerservice@northlineenergy.co.uk>", "b.coulthard@sky.com", (2026, 1, 14, 12, 9),
     "RE: Your final bill - 12 Tanners Row", """
     Dear Mr Coulthard,

     Thank you for your email. Your final bill was calculated using estimated readings as we did not receive a meter reading when you moved out on 2 October 2025. The balance of £486.17 is therefore correct and has been passed to our collection partner.

     If you have a dated photograph of the meter, please send it to us and we will review the bill.

     Kind regards,
     Customer Service Team
     Northline Energy Ltd"""),
   M("Barry Coulthard <b.coulthard@sky.com>", "customerservice@northlineenergy.co.uk", (2026, 1, 6, 19, 30),
     "Your final bill - 12 Tanners Row", """
     Hi,

     Your final bill for 12 Tanners Row is £486 when I'd been paying £60 a month and was in credit when I left. I gave a reading over the phone on the day I moved out (2 October) and the agent read it back to me. The bill uses an "estimate" that's nearly double what I used.

     Please correct it.

     Barry Coulthard""")],
  L(c=True, cat="debt_dispute", firm="nte"),
  "A debtor forwards his dispute with the creditor (Northline Energy) about an estimated final bill: only the "
  "creditor can correct the bill, so about_other_firm=nte, debt_dispute.",
  sig="Barry", sigs=(True, False))

F("conexus", ["Jodie Kane <jodie.kane@outlook.com>", "Jodie Kane <jodie.kane@outlook.com>"],
  ["rule", "us"],
  ["", "I don't owe this - Halden agreed to waive the notice fees (see their email at the bottom) and haven't replied "
       "to me since. Please put your collection on hold."],
  [M("Jodie Kane <jodie.kane@outlook.com>", "Halden Leisure Members <members@haldenleisure.co.uk>", (2026, 2, 9, 20, 41),
     "RE: Your membership cancellation - Halden Leisure", """
     Hello,

     I handed my GP letter in at reception on 10 November, as agreed below. I've now had a letter from a company called Conexus demanding £134.97 for "notice period fees" on my membership.

     You agreed in writing to waive the notice period. Please cancel this charge, tell Conexus it isn't owed, and confirm to me in writing that it's been done.

     Jodie Kane
     Member no. HL-228415"""),
   M("Halden Leisure Members <members@haldenleisure.co.uk>", "jodie.kane@outlook.com", (2025, 11, 4, 9, 15),
     "RE: Your membership cancellation - Halden Leisure", """
     Hi Jodie,

     Thanks for getting in touch and sorry to hear about your injury. As discussed with Karen at reception, we will waive the three-month notice period on medical grounds once we receive your GP letter, and your membership will end on 30 November.

     Best wishes,
     Members Team
     Halden Leisure Clubs""")],
  L(c=True, cat="debt_dispute", firm="unknown"),
  "A debtor forwards her dispute with a gym (Halden Leisure, not in the directory) that promised to waive the "
  "notice fees Conexus is collecting: the root cause is the creditor's charge, so about_other_firm=unknown, "
  "debt_dispute; asking Conexus to hold collection does not make it a grievance about Conexus.",
  sig="Jodie", sigs=(False, True))

F("conexus", ["Ravi Sethi <ravi.sethi@yahoo.com>", "Ravi Sethi <ravi.sethi@yahoo.com>"],
  ["classic", "norule"],
  ["Six weeks. No response. Why?",
   "I sent this request on 2 February and have had nothing back, not even an acknowledgement. That is well past the "
   "one-month limit. Please send the data now."],
  [M("Ravi Sethi <ravi.sethi@yahoo.com>", "dataprotection@conexus.co.uk", (2026, 2, 2, 8, 47),
     "Subject access request - account 80-551-2047", """
     Dear Data Protection Officer,

     Under Article 15 of the UK GDPR I am requesting a copy of all the personal data Conexus holds about me, including notes of phone calls, call recordings, letters and any information you received from the original creditor (Sterling Credit Loans) when my account was passed to you.

     My account reference is 80-551-2047 and my address is 9 Wexford Close, Luton LU3 2HG. I have attached a copy of my driving licence.

     Please send the information by email.

     Yours faithfully,
     Ravi Sethi""")],
  L(c=True, pd=True, r="access", cat="personal_data"),
  "A debtor re-forwards his ignored subject access request with his own dissatisfaction: a complaint about a "
  "rights request not handled (personal_data, category personal_data, the more specific theme than delay), and the "
  "forward renews the access request.",
  sig="Ravi Sethi", sigs=(False, True))

F("conexus", ["Colin Fairbrother <colin.fairbrother@fairbrotherfamily.uk>", "Colin Fairbrother <colin.fairbrother@fairbrotherfamily.uk>"],
  ["norule", "rule"],
  ["", "From my mother - please action."],
  [M("Edna Fairbrother <ednafairbrother@btinternet.com>", "Colin Fairbrother <colin.fairbrother@fairbrotherfamily.uk>",
     (2026, 3, 10, 11, 30), "Letter for Conexus", """
     Colin, here's what I'd like to say to them. Can you send it on as you've got the power of attorney. Love Mum

     To Conexus,

     Account number 63-118-4470, Mrs Edna Fairbrother.

     I have moved into sheltered housing. My new address is Flat 12, Linden Court, Sandy Lane, Bridgwater TA6 4PL. Please change your records to this address.

     Please do not send anything more to my old address at 5 Quantock View while you are making the change, as the house has been sold and the new owners have moved in. My son Colin Fairbrother holds a lasting power of attorney for my finances and you can speak to him.

     Yours sincerely
     Edna Fairbrother""")],
  L(r="rectification,restriction", tp=True),
  "An attorney son forwards his mother's letter asking Conexus to update her address and stop using the old one "
  "meanwhile: rectification and restriction on her behalf (third_party), no dissatisfaction, so not a complaint.",
  sig="Colin Fairbrother", sigs=(False, True))

F("conexus", ["Mélanie Dubois-Hart <melanie.dh@orange.fr>", "Mélanie Dubois-Hart <melanie.dh@orange.fr>"],
  ["fr", "rule"],
  ["Thank you. Now that the account is settled and closed, please delete my personal details from your systems and "
   "confirm when this is done.",
   "Closed - please erase my data."],
  [M(CX_REL, "melanie.dh@orange.fr", (2026, 1, 21, 10, 5), "Your account is now closed - ref 47-902-1186", """
     Dear Ms Dubois-Hart,

     Account reference: 47-902-1186
     Original creditor: Pennant Mobile

     We are pleased to confirm that the balance on this account has been paid in full and the account is now closed. We have told Pennant Mobile that the account has been settled.

     Please keep this letter for your records.

     Yours sincerely,
     Customer Relations
     Conexus

     Conexus is authorised and regulated by the Financial Conduct Authority.""")],
  L(r="erasure"),
  "A former debtor forwards Conexus's own closure letter and asks for her data to be deleted: erasure, with thanks "
  "and no dissatisfaction, so not a complaint.",
  sig="Mélanie Dubois-Hart", sigs=(True, False))

F("conexus", ["Tariq Jaffer <tariq.jaffer@brennanlogistics.co.uk>", "Jaffer, Tariq <tariq.jaffer@brennanlogistics.co.uk>"],
  ["rule", "classic"],
  ["This is my work address, which I never gave you, and our IT team can read it. Where did you get it and on what "
   "basis are you using it? I object to you using it any further.",
   "Why are you emailing my work account? I never gave you this address. Who supplied it, and why do you think you "
   "can use it? I object to its further use."],
  [M(CX_COLL, "tariq.jaffer@brennanlogistics.co.uk", (2026, 3, 2, 8, 12), "Your account with Conexus - please contact us", """
     Dear Mr Jaffer,

     Reference: 29-664-0573

     We have been unable to reach you at the contact details we hold. Please call us on 0330 059 2210 or visit pay.conexus.co.uk to discuss your account.

     Kind regards,
     Collections Team
     Conexus""")],
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A debtor forwards Conexus's email to his work address and challenges how it was obtained: an implicit complaint "
  "about data obtained and used unexpectedly (personal_data), rights informed and objection; no disclosure is "
  "described, so breach=false.",
  sig="Tariq Jaffer", sigs=(False, False))

F("conexus", ["Shannon Keogh <shannonkeogh@hotmail.com>", "Shannon Keogh <shannonkeogh@hotmail.com>"],
  ["mobile", "norule"],
  ["The £40 left my bank on 31 March - I can see it on my statement. Your system says it failed and you've added £15. "
   "Please take the fee off.",
   "Paid! Remove the £15 fee."],
  [M("Conexus Payments <noreply@pay.conexus.co.uk>", "shannonkeogh@hotmail.com", (2026, 4, 1, 6, 0),
     "Payment unsuccessful - account 52-330-9918", """
     Payment unsuccessful

     Account: 52-330-9918
     Scheduled payment: £40.00 on 31/03/2026
     Status: FAILED

     We were unable to collect your scheduled payment. A late payment fee of £15.00 has been added to your balance in line with your arrangement terms.

     To make a payment now, log in at pay.conexus.co.uk.

     This is an automated email. Replies to this address are not monitored.""")],
  L(c=True, cat="fees_charges"),
  "A debtor forwards Conexus's portal notice of a failed payment and a late fee, saying she paid: the forward is a "
  "person's, not machine mail; implicit complaint about a fee added on top, fees_charges.",
  sigs=(False, False))

F("conexus", ["Olu Adewale <olu.adewale@citywidedebtline.org.uk>", "Olu Adewale <olu.adewale@citywidedebtline.org.uk>"],
  ["classic", "rule"],
  ["Your customer line had a 45-minute hold twice this morning and your specialist team's only contact is on leave. "
   "My client is in crisis. I need to speak to someone today.",
   "Can't reach anyone. Urgent."],
  [M("Gemma Stroud <gemma.stroud@conexus.co.uk>", "Olu Adewale <olu.adewale@citywidedebtline.org.uk>", (2026, 3, 11, 10, 14),
     "Automatic reply: Client Ms P. Obeng - ref 38-220-7761", """
     Thank you for your email. I am out of the office and will return on Monday 23 March. If your enquiry is urgent please call our customer team on 0330 059 2200.

     Gemma Stroud
     Specialist Support Team, Conexus""")],
  L(c=True, tp=True, cat="wait_time"),
  "A debt adviser forwards an out-of-office from Conexus's specialist team with his own dissatisfaction at being "
  "unable to reach anyone: a person's message (not auto-generated), an implicit complaint on a client's behalf "
  "(third_party), wait_time (waiting to reach someone).",
  sig="Olu Adewale\nDebt Adviser, Citywide Debtline\n0121 496 0177")

F("conexus", ["Len Horsfall <len.horsfall@talktalk.net>", "Len Horsfall <len.horsfall@talktalk.net>"],
  ["rule", "us"],
  ["Take me off this please.",
   "I don't want these newsletters. Please stop using my email for anything except letters about my account."],
  [M("Conexus <news@mail.conexus.co.uk>", "len.horsfall@talktalk.net", (2026, 4, 7, 7, 45), "Conexus Customer News - Spring 2026", """
     Conexus Customer News | Spring 2026

     Money worries? You're not alone
     Our new budgeting hub has free tools to help you plan your spending. Visit conexus.co.uk/help.

     Pay your way
     You can now pay by Apple Pay and Google Pay in our online portal.

     How we handle complaints
     If you are unhappy with our service, tell us. Last year we resolved most complaints within three working days.

     You are receiving this email because you have an account with Conexus. To stop receiving Customer News, click here.
     Conexus, PO Box 7750, Leicester LE1 9ZZ""")],
  L(r="objection"),
  "A person forwards Conexus's newsletter asking to be taken off it: not auto-generated (a person sent it), and an "
  "opt-out from marketing mail is an objection to direct marketing; no dissatisfaction beyond not wanting it, so "
  "not a complaint.",
  sig="Len Horsfall", sigs=(False, True))

F("conexus", ["Aoife Nolan <aoife.nolan@gmail.com>", "Aoife Nolan <aoife.nolan@gmail.com>"],
  ["norule", "mobile"],
  ["", "FYI"],
  [M(CX_REL, "aoife.nolan@gmail.com", (2026, 2, 19, 14, 30), "Your payment arrangement - ref 19-447-2086", """
     Dear Ms Nolan,

     Reference: 19-447-2086
     Original creditor: Westbury Borough Council (council tax 2024/25)

     Thank you for speaking to us on 18 February. We confirm the payment arrangement we agreed:

     £45.00 per month by Direct Debit, starting 1 March 2026, until the balance of £612.40 is cleared.

     If your circumstances change, please contact us as soon as possible on 0330 059 2200.

     Yours sincerely,
     Customer Relations
     Conexus""")],
  L(),
  "A debtor forwards Conexus's own arrangement letter back with nothing or a bare 'FYI': no dissatisfaction and no "
  "request, so not a complaint (an officer might ask what she wants, but nothing is expressed).",
  sigs=(False, False))

F("conexus", ["Stuart Pembridge <stu.pembridge@gmail.com>", "Stuart Pembridge <stu.pembridge@gmail.com>"],
  ["rule", "norule"],
  ["I've been on a £30 a month plan with you since September and haven't missed a payment. Why am I getting this? "
   "I want it withdrawn in writing.",
   "Why? I'm on a plan!"],
  [M(CX_COLL, "stu.pembridge@gmail.com", (2026, 3, 25, 9, 0), "FINAL DEMAND - account 70-318-5524", """
     Dear Mr Pembridge,

     FINAL DEMAND
     Account: 70-318-5524
     Original creditor: Sterling Credit Loans
     Balance: £1,284.60

     Despite previous requests, your account remains in arrears. Unless you pay the balance in full or contact us within 7 days, we may recommend to our client that a field agent visits your home.

     Yours sincerely,
     Collections Team
     Conexus""")],
  L(c=True, cat="collection_conduct"),
  "A debtor on a kept payment plan forwards Conexus's final demand threatening a visit and asks why: an implicit "
  "complaint about how the debt is pursued (collection_conduct); the creditor is only named, so null.",
  sig="Stuart", sigs=(True, False))

F("conexus", ["Hannah Okonedo <h.okonedo@sterlingcredit.co.uk>", "Okonedo, Hannah <h.okonedo@sterlingcredit.co.uk>"],
  ["classic", "html"],
  ["Please action - list attached.",
   "Please see Vikram's note below. The 38 accounts on the attached list are recalled from today: stop all activity "
   "and send us closing balances by 30 April."],
  [M("Vikram Nair <vikram.nair@sterlingcredit.co.uk>", "Hannah Okonedo <h.okonedo@sterlingcredit.co.uk>", (2026, 4, 14, 11, 2),
     "Recall - placement batch 2026-07", """
     Hannah,

     Following the portfolio review we're recalling the 38 accounts on the attached list from Conexus with effect from today. Can you let them know? They need to stop all collection activity, return the files and confirm closing balances by 30 April.

     Ta,
     Vikram

     Vikram Nair
     Collections Strategy Manager | Sterling Credit Loans""")],
  L(),
  "A creditor client forwards an internal recall instruction: an ordinary client instruction; 'stop all activity' "
  "is not a data right and creditor staff are not a third party.",
  sig="Hannah Okonedo\nClient Relationship Manager\nSterling Credit Loans")

# ============================================================================================= Conexus, group R

R("conexus", ["Wendy Sayers <wendy.sayers@btinternet.com>", "Wendy Sayers <wendy.sayers@btinternet.com>"],
  ["classic", "mobile"],
  ["Thank you", "Thank you, noted."],
  [M(CX_REL, "Wendy Sayers <wendy.sayers@btinternet.com>", (2026, 1, 12, 10, 20), "Your complaint - reference CNX-CR-31877", """
     Dear Mrs Sayers,

     Thank you for your email of 9 January. We are sorry to hear you are unhappy with the way our call handler spoke to you on 8 January. We have recorded your complaint under reference CNX-CR-31877 and will review the call recording.

     We aim to resolve complaints as quickly as possible and will send you our final response within eight weeks at the latest.

     Yours sincerely,
     Customer Relations
     Conexus""")],
  L(),
  "A bare thank-you for Conexus's acknowledgement: nothing new is expressed, and the complaint wording is only in "
  "the subject and quote of the existing case, so not a complaint.",
  sig="Wendy", sigs=(False, False))

R("conexus", ["Imran Qureshi <iqureshi@qureshilaw.co.uk>", "Imran Qureshi <iqureshi@qureshilaw.co.uk>"],
  ["rule", "classic"],
  [T("""
     Dear Sirs,

     We do not accept your final response. As our letter of 3 February explained, and as the bank statements enclosed with it show, our client paid Northline £1,106.52 in full on 18 December 2025, before the account was placed with you. Northline's account history simply does not record it, and your response does not mention the statements at all.

     Please suspend collection and ask Northline to reconcile the payment. Failing a satisfactory reply within 14 days our client will refer the matter to the Financial Ombudsman Service.

     Yours faithfully,
     Imran Qureshi
     Qureshi Law"""),
   T("""
     We do not accept this. Mr Haddadi paid Northline in full on 18 December, before the account was placed with you - the bank statements were enclosed with our letter and you have ignored them. Suspend collection, or we refer to the Ombudsman in 14 days.

     I. Qureshi""")],
  [M(CX_REL, "Imran Qureshi <iqureshi@qureshilaw.co.uk>", (2026, 3, 27, 16, 0),
     "Final response to your complaint - client Mr A. Haddadi - ref CNX-CR-32044", """
     Dear Mr Qureshi,

     Re: Mr Arash Haddadi - account 58-770-3129 - Northline Energy

     Thank you for your letter of 3 February on behalf of your client. We have now completed our investigation.

     We have checked the account history supplied by Northline Energy. It shows a balance of £1,106.52 at the date the account was placed with us, and no payments have been received since. We are therefore satisfied that the balance is correct and that it is appropriate for us to continue collecting it.

     This is our final response. If your client remains dissatisfied he may refer the matter to the Financial Ombudsman Service within six months of the date of this letter.

     Yours sincerely,
     Customer Relations
     Conexus""")],
  L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "A solicitor rejects Conexus's final response for his client: a paid debt still pursued after Conexus ignored the "
  "evidence is Conexus's own conduct (rule 10, as lg-26), so null, debt_dispute, third_party; explicit because the "
  "reply's subject names it a complaint.",
  sigs=(False, False))

R("conexus", ["Neil Bamford <neilbamford@gmail.com>", "Neil Bamford <neilbamford@gmail.com>"],
  ["norule", "rule"],
  ["Yes, Thursday at 2 is fine.", "Yes that's fine, thanks"],
  [M("Ellie Strand <ellie.strand@conexus.co.uk>", "neilbamford@gmail.com", (2026, 4, 9, 11, 50),
     "Call back about your income and expenditure form - ref 44-107-8850", """
     Dear Mr Bamford,

     Thank you for returning your income and expenditure form. I'd like to call you to go through a couple of figures before we agree your new payment plan.

     Would Thursday 16 April at 2pm be convenient? I'll call the mobile number ending 417.

     Kind regards,
     Ellie Strand
     Customer Support Team, Conexus""")],
  L(),
  "An ordinary answer accepting a call time: not a complaint.",
  sig="Neil", sigs=(True, False))

R("conexus", ["Craig Tulloch <craig.tulloch@outlook.com>", "Craig Tulloch <craig.tulloch@outlook.com>"],
  ["us", "classic"],
  ["No", "No thanks."],
  [M("Conexus Customer Support <customer.support@conexus.co.uk>", "craig.tulloch@outlook.com", (2026, 4, 22, 8, 15),
     "Payment reminder - account 61-993-0248", """
     Dear Mr Tulloch,

     This is a reminder that your next payment of £25.00 under your arrangement is due on 28 April 2026.

     If you would like us to take this payment by card over the phone on the due date, please reply to let us know and we will call you.

     Kind regards,
     Customer Support Team
     Conexus""")],
  L(),
  "A one-word 'No' answers the reminder's question (no card call wanted); no dissatisfaction, so not a complaint.",
  sigs=(False, False))

R("conexus", ["Joanne Pritchard <jo.pritchard@gmail.com>", "Joanne Pritchard <jo.pritchard@gmail.com>"],
  ["rule", "norule"],
  [T("""
     I have never had a Pennant Mobile contract. The date of birth your agent read out to me on the phone yesterday was not mine (I was born in 1979, not 1991) and the address in Swindon is one I have never lived at. You have clearly mixed me up with another Joanne Pritchard.

     Until you have sorted this out, please stop using my email address and phone number for this account. I also want a copy of all the personal data you hold about me, so I can see what has been linked to me.

     Joanne Pritchard"""),
   T("""
     Not my debt - I've never had a Pennant contract, and the date of birth and Swindon address you have are someone else's. Stop using my email and phone number on this account until you've checked, and send me a copy of all the data you hold on me.""")],
  [M(CX_COLL, "jo.pritchard@gmail.com", (2026, 3, 16, 9, 30), "Outstanding balance - Pennant Mobile - ref 33-581-6620", """
     Dear Ms Pritchard,

     Reference: 33-581-6620
     Original creditor: Pennant Mobile
     Balance: £348.91

     We have been instructed by Pennant Mobile to collect the above balance. Please contact us within 14 days to pay in full or to discuss an affordable arrangement.

     Yours sincerely,
     Collections Team
     Conexus""")],
  L(c=True, pd=True, r="restriction,access", cat="debt_dispute"),
  "Being pursued for someone else's debt is a debt_dispute against Conexus's own tracing (null); wrong data linked "
  "to her sets personal_data; she asks Conexus to stop using her contact details until checked (restriction) and for "
  "a copy of her data (access).")

R("conexus", ["Malcolm Ferris <m.ferris@virginmedia.com>", "Malcolm Ferris <m.ferris@virginmedia.com>"],
  ["classic", "rule"],
  [T("""
     The statement attached to your email is not mine. It is for a Mrs Sandra Kerrigan in Leeds, with her address, account number and every payment she has made. I stopped reading once I realised and I have deleted it.

     That is someone's private financial information sent to a stranger. I want to know what you are going to do about it and whether my own statement has gone to someone else in the same way. I still need my statement.

     M. Ferris"""),
   T("""
     This attachment is someone else's statement - a Mrs Sandra Kerrigan in Leeds, address and payments included. I've deleted it. Has mine gone to a stranger too? I want an explanation, and my own statement.""")],
  [M(CX_REL, "m.ferris@virginmedia.com", (2026, 2, 11, 14, 22), "Your statement - ref 26-418-9073", """
     Dear Mr Ferris,

     As requested, please find attached a statement of your account showing all payments received since the account was placed with us.

     If you have any questions about the statement, please call us on 0330 059 2200.

     Kind regards,
     Customer Relations
     Conexus

     Attachment: Statement_26-418-9073.pdf""")],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A reply reporting that Conexus's email carried another customer's statement, with dissatisfaction and a demand: "
  "an implicit complaint about a disclosure (personal_data, breach, category personal_data).",
  sigs=(False, False))

R("conexus", ["Dawn Kettering <dawn.kettering@gmail.com>", "Dawn Kettering <dawn.kettering@gmail.com>"],
  ["classic", "classic"],
  ["It's been three weeks and Lumen Water haven't been in touch at all - no call, no letter. Meanwhile the 30 days "
   "you mentioned are nearly up. Can you chase them? I'm not paying for water I didn't use.",
   "Three weeks, nothing from Lumen. Please chase them before your hold runs out."],
  [M(CX_REL, "Dawn Kettering <dawn.kettering@gmail.com>", (2026, 3, 4, 12, 10), "FW: Water bill dispute - account 90-224-6617", """
     Dear Ms Kettering,

     Thank you for your email below. Your concerns are about how Lumen Water calculated your final bill, which only Lumen Water can review. We have therefore referred your complaint to Lumen Water's Customer Resolution Team (copied) and asked them to reply to you directly.

     We have placed a 30-day hold on your account while Lumen Water looks into this, so you will not hear from our collections team during that time.

     Kind regards,
     Customer Relations
     Conexus""", cc="complaints@lumenwater.co.uk"),
   M("Dawn Kettering <dawn.kettering@gmail.com>", "complaints@conexus.co.uk", (2026, 3, 2, 19, 4), "Water bill dispute - account 90-224-6617", """
     Hello,

     You're chasing me for £731 for water at 6 Osprey Lane. I moved out in June 2025 and gave Lumen my final reading and forwarding address, but they kept billing the house for months afterwards. Please stop until they sort it out.

     Dawn Kettering""")],
  L(c=True, cat="delay", firm="lwt"),
  "A 'RE: FW:' chaser after Conexus referred her billing dispute to the creditor: the new grievance is Lumen Water's "
  "silence on its own bill, so about_other_firm=lwt and category delay (rule 6); implicit, as 'complaint' is only "
  "in the quoted history.",
  sig="Dawn", sigs=(True, False), headers=({}, {"x-mailer": "Microsoft Outlook 16.0"}))

R("conexus", ["Liam Costello <liamcostello@icloud.com>", "Liam Costello <liamcostello@icloud.com>"],
  ["norule", "mobile"],
  [T("""
     I missed one payment in February because your direct debit failed after you changed banks - your own letter of 12 February says so. I paid it by card on 20 February. There should be no default and no £60 charge. Remove both and take the account back from Conexus.

     Copying Conexus so they know this is disputed.

     Liam Costello"""),
   T("""
     The February payment failed on your side (your letter of 12 Feb admits it) and I paid it by card on the 20th. Remove the default and the £60 charge. Conexus copied so they know it's disputed.""")],
  [M("Sterling Credit Loans Collections <collections@sterlingcredit.co.uk>", "Liam Costello <liamcostello@icloud.com>",
     (2026, 4, 3, 15, 15), "Your loan account SCL-4418207 - default notice", """
     Dear Mr Costello,

     We wrote to you on 2 March about the arrears on your loan. As we have not received the payments due, a default has been registered on your account and a default charge of £60.00 has been applied in line with your agreement.

     Your account has now been placed with our collection partner, Conexus, who will contact you about repayment.

     Yours sincerely,
     Collections Department
     Sterling Credit Loans""")],
  L(c=True, cat="debt_dispute", firm="scl"),
  "A debtor's reply to the creditor (Sterling Credit Loans), copied to Conexus, disputing the default and the "
  "creditor's £60 default charge that makes up the debt: only the creditor can fix it, so about_other_firm=scl, debt_dispute.",
  sigs=(False, False))

R("conexus", ["Fatima Lowe <fatima.lowe@northgateadvice.org.uk>", "Fatima Lowe <fatima.lowe@northgateadvice.org.uk>"],
  ["html", "rule"],
  ["Mr Okoro received a letter from you yesterday, 24 March, warning of 'possible court action' - well inside the "
   "30-day hold you confirmed below. He has anxiety and depression, which we told you about, and he was very "
   "distressed. I want to make a complaint on his behalf. Please withdraw the letter in writing, confirm the hold is "
   "in place and explain how this happened.",
   "Please log a complaint: Mr Okoro got a 'court action' warning letter from you on 24 March, in the middle of the "
   "30-day hold confirmed below. He is vulnerable and was very distressed. Withdraw it in writing and confirm the hold."],
  [M("Conexus Customer Support <customer.support@conexus.co.uk>", "Fatima Lowe <fatima.lowe@northgateadvice.org.uk>",
     (2026, 3, 9, 10, 40), "Client Mr D. Okoro - ref 15-662-0391 - 30-day hold", """
     Dear Ms Lowe,

     Thank you for sending Mr Okoro's income and expenditure statement. We have placed his account on hold for 30 days from today while we review it. During this time we will not contact Mr Okoro about payment.

     Kind regards,
     Customer Support Team
     Conexus""")],
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser replies to Conexus's hold confirmation with a complaint for her vulnerable client about a court "
  "warning sent during the hold: explicit, third_party, collection_conduct.",
  sig="Fatima Lowe\nDebt Adviser, Northgate Advice Centre")

R("conexus", ["Westbury Council Revenues <revenues@westbury.gov.uk>", "Westbury Council Revenues <revenues@westbury.gov.uk>"],
  ["rule", "classic"],
  [T("""
     This is an automated response. Thank you for contacting Westbury Borough Council Revenues and Benefits.

     Your email has been received and given the reference WBC-88213. We aim to respond within 10 working days. Please do not reply to this message.

     Westbury Borough Council"""),
   T("""
     This is an automated response. Thank you for contacting Westbury Borough Council Revenues and Benefits.

     Your email has been received and given the reference WBC-88213. We aim to respond within 10 working days. Please do not reply to this message.

     Westbury Borough Council""")],
  [M("Conexus Client Services <client.services@conexus.co.uk>", "revenues@westbury.gov.uk", (2026, 4, 15, 13, 5),
     "Account recall - council tax accounts batch W-0312", """
     Dear Revenues Team,

     Further to your instruction of 10 April, we confirm that all 112 accounts in batch W-0312 have been recalled and collection activity has stopped. Closing balances are attached.

     Please can you confirm that no further accounts from the 2024/25 batch will be placed with us?

     Kind regards,
     Client Services
     Conexus""")],
  L(auto=True),
  "A creditor council's ticketing system answered Conexus's email with an automatic acknowledgement under a 'RE:' "
  "subject: auto_generated (by its text, and by its headers in one copy), so every other label is empty.",
  sigs=(False, False), headers=({"auto-submitted": "auto-replied", "x-autoreply": "yes"}, {}))

# ============================================================================================= Conexus, group C

C("conexus", ["Dean Rafferty <deanraff77@gmail.com>", "Dean Rafferty <deanraff77@gmail.com>"],
  ["mobile", "plain"], "stop ringing my work", """
  third call today to my work number from you lot. my manager is asking questions. ring my mobile after 5 like I asked you last week or I'm going to the ombudsman.

  D Rafferty 40-771-2285""",
  L(c=True, cat="collection_conduct"),
  "Repeated calls to a work number against his stated preference, with a threat to escalate: an implicit complaint "
  "about how the debt is pursued; 'ring my mobile after 5' is a conduct remedy, not a data right.")

C("conexus", ["Patrick Oyelaran <p.oyelaran@gmail.com>", "Patrick Oyelaran <p.oyelaran@gmail.com>"],
  ["plain", "html"], "Complaint about call handler and a call back that never came", """
  Dear Conexus,

  I want to complain about how I was treated when I rang on Tuesday 10 March about account 34-205-7718.

  I called to tell you that I had been made redundant and to ask for my payments to be reduced while I look for work. The man I spoke to sighed, talked over me, and told me that "everyone says that". When I asked to speak to a manager he said one would ring me back the same afternoon. Nobody rang that day or since, and I have now rung twice more and been told there is "no note" of my call.

  I have always paid, and I found the call upsetting. I would like:
  - an apology for the way I was spoken to;
  - a manager to call me, as promised; and
  - my payments reduced to £10 a month until I am working again. I can send an income and expenditure form.

  Yours faithfully,
  Patrick Oyelaran
  07700 915 302""",
  L(c=True, ex=True, cat="service_quality"),
  "An explicit complaint mainly about a rude call handler and a promised call back that never came: service_quality "
  "(how he was served) rather than collection_conduct.")

C("conexus", ["Megan Tolley <megan.tolley@outlook.com>", "Megan Tolley <megan.tolley@outlook.com>"],
  ["plain", "mobile"], "Payment plan offer - reference 12-884-3307", """
  Hello,

  I used the online tool on your website to offer £20 a month towards my account and it came back straight away saying my offer "does not meet the minimum" and suggesting £55.

  I would like a person to look at my offer rather than the automatic system. I have my income and outgoings written down and can send them over.

  Thanks,
  Megan Tolley""",
  L(r="automated_decision"),
  "A request for a person to review an automatic plan decision, made calmly with no grievance: right "
  "automated_decision without a complaint.")

C("conexus", ["Sarah Whitcombe <lettings@whitcombeproperty.co.uk>", "Whitcombe Property Lettings <lettings@whitcombeproperty.co.uk>"],
  ["plain", "html"], "Letter for former tenant", """
  Good morning,

  We manage 3 Pelham Road, Hove, and a letter from Conexus addressed to a Mr Jason Treloar arrived there last week. Mr Treloar moved out in 2024. Our new tenant opened it by mistake and passed it to us; it sets out his account number and the balance he owes.

  We have returned the letter to you by post marked "not known at this address". We don't have a forwarding address for him and couldn't give one out in any case.

  Kind regards,
  Sarah Whitcombe
  Lettings Manager, Whitcombe Property""",
  L(br=True),
  "A letting agent reports a debt letter opened at a former tenant's address: breach=true, but no dissatisfaction "
  "and no response expected, so not a complaint and personal_data=false.")

C("conexus", ["Ahmed Karimi <ahmed.karimi@gmail.com>", "Ahmed Karimi <ahmed.karimi@gmail.com>"],
  ["mobile", "plain"], "Standing order instead of card payments", """
  Hi, I've been paying £30 by card every month on the phone. Can I set up a standing order instead, and if so which sort code, account number and reference do I use? Account 57-302-6641.

  Thanks
  Ahmed Karimi""",
  L(),
  "A neutral payment-method question: an enquiry, not a complaint.")


# ---------------------------------------------------------------------------------------------
# rendering


def comment_length(text):
    """none / short (1-5 words) / sentences: the length class of what the sender typed."""
    n = len(text.split())
    return "none" if n == 0 else ("short" if n <= 5 else "sentences")


def render(s, k, source):
    env, sender, lab = s["envs"][k], s["senders"][k], s["labels"]
    if s["group"] == "C":
        text = s["body"] + ("\n\n" + s["sig"] if s["sig"] else "")
        if env == "mobile":
            text += "\n\nSent from Outlook for Android"
        subject = s["subject"]
        html = env == "html"
        body = html_with_quote(text) if html else text
        typed = s["body"]
    else:
        chain, typed = s["chain"], s["typed"][k]
        if s["subject"]:
            subject = s["subject"]
        elif s["group"] == "F":
            subject = f"{FW_PREFIX[env]} {chain[0]['subject']}"
        else:
            subject = f"RE: {chain[0]['subject']}"
        text = typed
        if typed and s["sig"] and s["sigs"][k]:
            text += "\n\n" + s["sig"]
        if env == "mobile" and typed:
            text += "\n\nGet Outlook for iOS"
        carried = plain_block(chain, "rule").lower()
        if lab["complaint"] and not lab["explicit"] and "complain" in carried:
            # new_text() cuts only the classic block; keep the rule "explicit iff the new text says complain" honest
            assert env in CUT_STYLES, (source, env)
        html = env == "html"
        if html:
            body = html_body(text, chain)
        else:
            style = "rule" if env == "mobile" else env
            body = (text + "\n\n" if text else "") + plain_block(chain, style)
    rec = {"id": None, "mailbox": s["mailbox"], "from": sender, "subject": subject, "headers": dict(s["headers"][k]),
           "body": body, "html": html, "labels": dict(lab, rights=list(lab["rights"])), "note": s["note"],
           "source": source, "train_labels": ["complaint"], "_env": f"{s['group']}-{env}"}
    # the typed text (never the carried mail) decides explicit for every rendering
    if lab["complaint"]:
        assert ("complain" in (subject + "\n" + typed).lower()) == lab["explicit"], (source, env)
        assert ("complain" in new_text(rec).lower()) == lab["explicit"], (source, env)
    return rec, comment_length(typed)


LENGTHS = {}


def build(rng):
    """Two renderings per scenario, in scenario order (run_generator shuffles them). No random draws: every text and
    envelope is fixed, so the output depends only on SEED through the shuffle."""
    records = []
    for i, s in enumerate(SCEN, 1):
        source = f"{PREFIX}-s{i:03d}"
        for k in (0, 1):
            rec, length = render(s, k, source)
            LENGTHS[(source, k)] = (s["group"], length)
            records.append(rec)
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    groups = collections.Counter()
    for r in records:
        groups[r["source"]] = 1
    by_group = collections.Counter(s["group"] for s in SCEN)
    lines = [f"wrote {OUT}: {len(records)} emails, {len(SCEN)} scenarios "
             f"(F {by_group['F']}, R {by_group['R']}, C {by_group['C']}; "
             f"pexa {sum(s['mailbox'] == 'pexa' for s in SCEN)}, conexus {sum(s['mailbox'] == 'conexus' for s in SCEN)})"]
    comp = [lab for lab in labs if lab["complaint"]]
    lines.append(f"complaints {len(comp)} (explicit {sum(lab['explicit'] for lab in comp)}), "
                 f"breach {sum(lab['breach'] for lab in labs)}, auto_generated {sum(lab['auto_generated'] for lab in labs)}, "
                 f"third_party {sum(lab['third_party'] for lab in labs)}, personal_data {sum(lab['personal_data'] for lab in labs)}, "
                 f"html {sum(r['html'] for r in records)}")
    rights = collections.Counter(x for lab in labs for x in lab["rights"])
    lines.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(rights.items())))
    lines.append("about_other_firm: " + ", ".join(f"{k} {v}" for k, v in sorted(
        collections.Counter(str(lab["about_other_firm"]) for lab in labs).items())))
    lines.append("category: " + ", ".join(f"{k} {v}" for k, v in sorted(
        collections.Counter(lab["category"] for lab in labs).items())))
    for g in "FRC":
        recs = [r for r in records if LENGTHS[(r["source"], 0)][0] == g]
        lines.append(f"group {g}: {len(recs)} emails, complaints {sum(r['labels']['complaint'] for r in recs)}")
    for g in "FR":
        ln = collections.Counter(v[1] for v in LENGTHS.values() if v[0] == g)
        none_scen = len({src for (src, k), v in LENGTHS.items() if v[0] == g and v[1] == "none"})
        lines.append(f"group {g} typed text per email: none {ln['none']}, 1-5 words {ln['short']}, "
                     f"sentences {ln['sentences']}; scenarios with a no-comment copy {none_scen}")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
