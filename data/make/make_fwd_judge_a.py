#!/usr/bin/env python3
"""Judge set fwd_judge_a: mail FORWARDED or REPLIED TO in Microsoft Outlook style (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.

* Group F (30): "FW:" / "Fw:" / "Fwd:" / "WG:" / "TR:" forwards of a carried message (consumer complaints about the
  firm or about another firm, data-rights requests, breach reports, enquiries, thanks, portal notifications,
  out-of-office replies, bounces, newsletters, and the receiving firm's own earlier letters).
* Group R (20): "RE:" / "RE: FW:" replies written above the Outlook block.
* Group C (10): controls, ordinary new mail with no carried message.

The carried block is written the three ways Outlook writes it: "-----Original Message-----" plus From/Sent/To/
Subject (style "orig"), a "________________________________" rule plus the header lines ("rule"), or the header lines
alone ("bare"); "rule" and "bare" may be in German (WG:) or French (TR:) header names. Some renderings are Outlook
HTML. Labels are decided per scenario by the labelling guide and are the same for both renderings; new_text() of
labelled_mail only cuts at "-----Original Message-----", so scenarios are written so that "complain" is in the new
text of both renderings exactly when the complaint is explicit (record_errors checks this).

Usage: .venv/bin/python data/make/make_fwd_judge_a.py   (writes data/trials/fwd_judge_a.jsonl)
"""
import collections
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import RIGHTS, escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20271201
PREFIX = "fja"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "fwd_judge_a.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# envelope pieces

DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]}
FIELDS = {"en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
          "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
          "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :")}
RULE = "_" * 32

DISCLAIMERS = [
    "This email and any attachments are confidential and may be legally privileged. If you have received it in "
    "error, please tell the sender and delete it; do not copy or forward it.",
    "CONFIDENTIALITY: this message is intended only for the addressee. If you are not the intended recipient, please "
    "notify us immediately and destroy all copies. We process personal data in line with our privacy notice.",
    "Please consider the environment before printing this email.",
]


def fmt_date(t, lang, fmt):
    d = datetime.datetime(*t)
    hm = f"{d.hour:02d}:{d.minute:02d}"
    if lang == "de":
        return f"{DAYS['de'][d.weekday()]}, {d.day}. {MONTHS['de'][d.month - 1]} {d.year} {hm}"
    if lang == "fr":
        return f"{DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} {hm}"
    if fmt == "long":
        return f"{DAYS['en'][d.weekday()]}, {d.day} {MONTHS['en'][d.month - 1]} {d.year} {hm}"
    if fmt == "short":
        return f"{d.day:02d} {MONTHS['en'][d.month - 1]} {d.year} {hm}"
    return f"{d.day:02d}/{d.month:02d}/{d.year} {hm}"


def rfc_date(t):
    d = datetime.datetime(*t)
    return (f"{DAYS['en'][d.weekday()][:3]}, {d.day} {MONTHS['en'][d.month - 1][:3]} {d.year} "
            f"{d.hour:02d}:{d.minute:02d}:00 +0100")


def split_addr(s):
    name, _, addr = s.partition(" <")
    return name, addr.rstrip(">")


def msg(frm, to, sent, subject, body, cc=None, nested=None, nstyle="orig"):
    """A carried message; nested is an older message carried below it, written in nstyle."""
    return {"from": frm, "to": to, "sent": sent, "subject": subject, "body": body, "cc": cc,
            "nested": nested, "nstyle": nstyle}


def header_lines(m, style, lang, datefmt):
    f_from, f_sent, f_to, f_cc, f_subj = FIELDS[lang]
    name, addr = split_addr(m["from"])
    frm = f"{name} [mailto:{addr}]" if style == "orig" else m["from"]
    lines = [f"{f_from} {frm}", f"{f_sent} {fmt_date(m['sent'], lang, datefmt)}", f"{f_to} {m['to']}"]
    if m["cc"]:
        lines.append(f"{f_cc} {m['cc']}")
    lines.append(f"{f_subj} {m['subject']}")
    return lines


def carried_plain(m, style, lang, datefmt):
    head = header_lines(m, style, lang, datefmt)
    if style == "orig":
        head = ["-----Original Message-----"] + head
    elif style == "rule":
        head = [RULE] + head
    out = "\n".join(head) + "\n\n" + m["body"]
    if m["nested"]:
        out += "\n\n" + carried_plain(m["nested"], m["nstyle"], "en", datefmt)
    return out


def paras_html(text):
    return "\n".join(f'<p class="MsoNormal">{escape_html(p).replace(chr(10), "<br>")}</p>'
                     for p in text.split("\n\n") if p.strip())


def carried_html(m, style, lang, datefmt):
    head = header_lines(m, style, lang, datefmt)
    bold = []
    for ln in head:
        k, _, v = ln.partition(" ") if not ln.startswith(("De :", "À :", "Cc :", "Objet :", "Envoyé :")) \
            else (ln.split(" :", 1)[0] + " :", None, ln.split(" :", 1)[1].strip())
        bold.append(f"<b>{escape_html(k)}</b> {escape_html(v)}")
    if style == "orig":
        block = '<div>\n-----Original Message-----<br>\n' + "<br>\n".join(bold) + "</div>"
    else:
        border = ' style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"' \
            if style == "rule" else ""
        block = f'<div{border}><p class="MsoNormal">' + "<br>\n".join(bold) + "</p></div>"
    out = block + "\n" + paras_html(m["body"])
    if m["nested"]:
        out += "\n" + carried_html(m["nested"], m["nstyle"], "en", datefmt)
    return out


def env(sender, prefix, comment="", sign="", style="rule", lang="en", html=False, headers=None, datefmt="long",
        disclaimer=None):
    """One rendering's envelope: sender, subject prefix, the writer's own text (comment or reply) and how the
    carried block is written."""
    return {"sender": sender, "prefix": prefix, "comment": comment, "sign": sign, "style": style, "lang": lang,
            "html": html, "headers": dict(headers or {}), "datefmt": datefmt, "disclaimer": disclaimer}


SCEN = []


def scen(sid, mailbox, group, lab, note, carried, e1, e2):
    SCEN.append({"sid": sid, "mailbox": mailbox, "group": group, "labels": lab, "note": note, "carried": carried,
                 "envs": [e1, e2]})


def control(sid, mailbox, lab, note, v1, v2):
    """v = (sender, subject, body, html, headers)"""
    SCEN.append({"sid": sid, "mailbox": mailbox, "group": "C", "labels": lab, "note": note, "carried": None,
                 "envs": [v1, v2]})


PX_RES = "PEXA Customer Resolution <complaints@pexa.co.uk>"
PX_SUP = "PEXA Support <support@pexa.co.uk>"
CX_REL = "Conexus Customer Relations <complaints@conexus.co.uk>"
CX_CS = "Conexus Customer Services <customerservices@conexus.co.uk>"

# =============================================================================================
# PEXA, group F

scen("pF01", "pexa", "F", L(c=True, cat="platform_defect"),
     "A participant lender forwarding its borrower's grievance about the PEXA outage raises a platform complaint "
     "with PEXA as its customer (rule 10), so complaint with firm null, category platform_defect, and bank staff "
     "writing for their own bank are not third_party.",
     msg("Gareth Linwood <g.linwood77@gmail.com>", "Heathcote Bank Mortgage Servicing <mortgageservicing@heathcotebank.co.uk>",
         (2025, 5, 12, 8, 52), "Completion on 9 May - 27 Alder Close",
         "Dear Sir or Madam,\n\nOur purchase of 27 Alder Close was supposed to complete at lunchtime on Friday 9 May. "
         "Our solicitor tells us your mortgage money was sitting ready in the PEXA workspace, but the system went down "
         "for most of the afternoon and nothing could be settled until Monday. We had the removal van loaded and two "
         "children with nowhere to sleep, so we paid £640 for a hotel and £380 for the van to come back.\n\n"
         "I want to know whose fault this was and I expect those costs to be paid back. Please can somebody call me "
         "on 07700 914 382.\n\nGareth Linwood"),
     env("Priya Raman <priya.raman@heathcotebank.co.uk>", "FW:",
         "Our customer below was caught by the platform outage on 9 May. Please confirm what failed and whether PEXA "
         "will meet his costs, as we must answer him within our own deadlines.",
         "Priya Raman\nMortgage Servicing, Customer Care Liaison\nHeathcote Bank plc", style="rule",
         disclaimer=DISCLAIMERS[0]),
     env("Tom Achterberg <t.achterberg@heathcote.co.uk>", "FW:", "", style="orig", datefmt="num"))

scen("pF02", "pexa", "F", L(c=True, cat="delay", firm="mpc"),
     "A home buyer forwards her unanswered chaser to her conveyancer Marsh & Penrose: a consumer complaint purely "
     "about a participant firm's delay (rule 9), so about_other_firm=mpc and category delay; no 'complain' anywhere.",
     msg("Rosalind Achebe <ros.achebe@outlook.com>", "Hannah Wray <h.wray@marshpenrose.co.uk>", (2025, 6, 3, 19, 40),
         "RE: 5 Tern Court - exchange date",
         "Hannah,\n\nI have now emailed three times since 13 May and left two voicemails. You said below that you would "
         "come back to me by the end of that week with the searches and a date for exchange. Nothing. The sellers' "
         "agent says they will put the flat back on the market if we haven't exchanged by 20 June, and my mortgage "
         "offer runs out on 30 June.\n\nPlease ring me tomorrow and tell me where things stand.\n\nRosalind Achebe",
         nested=msg("Hannah Wray <h.wray@marshpenrose.co.uk>", "Rosalind Achebe <ros.achebe@outlook.com>",
                    (2025, 5, 13, 11, 2), "5 Tern Court - exchange date",
                    "Dear Rosalind,\n\nThanks for your patience. The local authority search is due back this week and I "
                    "will write to you by Friday with an update and a proposed exchange date.\n\nKind regards\n"
                    "Hannah Wray\nConveyancing Executive\nMarsh & Penrose Conveyancing\n22 Southernhay East, Exeter"),
         nstyle="orig"),
     env("Rosalind Achebe <ros.achebe@outlook.com>", "Fw:",
         "I don't know who else to send this to. My conveyancer has gone silent and the purchase is about to fall "
         "through. Can you do anything?", "Ros", style="rule"),
     env("Rosalind Achebe <ros.achebe@outlook.com>", "FW:", "", style="bare", datefmt="short"))

scen("pF03", "pexa", "F", L(c=True, ex=True, cat="fees_charges", firm="gfl"),
     "A seller forwards his complaint to Greyfriars Law about its final bill: purely about a participant firm's "
     "charges, so about_other_firm=gfl, fees_charges, and explicit because the forwarded subject he sends says "
     "'Formal complaint'.",
     msg("Callum Reddy <callum.reddy@btinternet.com>", "complaints@greyfriarslaw.co.uk", (2025, 4, 22, 21, 15),
         "Formal complaint - completion statement for 3/2 Dalkeith Row",
         "Dear Sir or Madam,\n\nI am making a formal complaint about the final bill for my sale of 3/2 Dalkeith Row, "
         "which completed on 11 April. Your engagement letter quoted a fixed fee of £1,150 plus VAT. The completion "
         "statement deducts £1,895 plus VAT, including £520 for 'additional work - lender requirements' and a £225 "
         "'file closure fee' that nobody mentioned to me.\n\nI want an itemised breakdown of the extra work and a "
         "refund of anything that was not agreed in advance.\n\nYours faithfully,\nCallum Reddy"),
     env("Callum Reddy <callum.reddy@btinternet.com>", "FW:", "Please see below", "Callum", style="orig"),
     env("Callum Reddy <c.reddy@reddyjoinery.co.uk>", "Fwd:", "", style="rule", datefmt="short"))

scen("pF04", "pexa", "F", L(c=True, cat="service_quality", firm="unknown", tp=True),
     "A son forwards, for his elderly mother, his email to her conveyancer (not in the directory) about a rude "
     "phone call: a consumer complaint about another firm's service, so firm unknown, service_quality, third_party.",
     msg("Neil Fairbrother <neil.fairbrother@gmail.com>", "info@brightwell-osei.co.uk", (2025, 7, 1, 18, 5),
         "My mother's sale - 8 Linnet Way",
         "Dear Mr Osei,\n\nI am writing for my mother, Mrs Edna Fairbrother, who is 84 and is selling 8 Linnet Way "
         "through your firm. She rang your office on Monday because she did not understand the forms you sent, and "
         "the person she spoke to told her to 'get someone younger to deal with it' and put the phone down. She was "
         "very upset.\n\nShe has asked me to act for her. Please apologise to her, tell us who is now handling the "
         "file, and explain the forms to me so that I can go through them with her.\n\nNeil Fairbrother"),
     env("Neil Fairbrother <neil.fairbrother@gmail.com>", "FW:",
         "Forwarding on behalf of my mother. The firm has not replied in a week. Can you help, or tell us who can?",
         "Neil Fairbrother", style="rule", html=True),
     env("Neil Fairbrother <neil.fairbrother@gmail.com>", "Fwd:", "For your attention", "Neil", style="orig",
         datefmt="num"))

scen("pF05", "pexa", "F", L(r="access,portability"),
     "A former user re-sends her own request, first sent to the wrong address, for a copy of her data and a CSV of "
     "her audit log: access and portability without any dissatisfaction, so not a complaint (rule 14).",
     msg("Imogen Takahashi-Reid <imogen.tr@protonmail.com>", PX_SUP, (2025, 5, 27, 10, 31), "Request for my data",
         "Hello,\n\nUntil March I was a conveyancer at Orchard Lane Solicitors and had a PEXA user account under this "
         "name. I have now left legal practice.\n\nPlease send me a copy of the personal data PEXA holds about me, "
         "including my user profile and the audit log of actions taken under my login. Could the audit log come as a "
         "CSV file, so that I can load it into my own records system?\n\nMany thanks,\nImogen Takahashi-Reid"),
     env("Imogen Takahashi-Reid <imogen.tr@protonmail.com>", "FW:",
         "I sent this to your support address last week by mistake, so I am resending it to the right team. No rush.",
         "Imogen", style="rule"),
     env("Imogen Takahashi-Reid <imogen.tr@protonmail.com>", "FW:", "", style="bare", datefmt="num"))

scen("pF06", "pexa", "F", L(br=True),
     "A law firm forwards a PEXA support email that sent another firm's client's ID documents to it: a breach "
     "report (data sent to the wrong recipient) without dissatisfaction or a demand, so breach=true, complaint=false "
     "(rule 13, as lg-32); 'deleted the attachment' is not erasure.",
     msg(PX_SUP, "completions@hartleyvane.co.uk", (2025, 6, 10, 15, 22),
         "ID verification documents - workspace 31-84420",
         "Good afternoon,\n\nAs requested, please find attached the identity verification documents we hold for your "
         "client, Mr Desmond Achterberg, for workspace 31-84420: passport copy, proof of address and the completed "
         "verification certificate.\n\nIf you need anything else, just reply to this email.\n\nKind regards\n"
         "PEXA Support Team"),
     env("Leah Morrow <l.morrow@hartleyvane.co.uk>", "FW:",
         "Hello, we received the email below this afternoon. Mr Achterberg is not our client and we have no "
         "workspace with that number, so it was meant for another firm. We have deleted the attachment.",
         "Leah Morrow\nCompletions Assistant, Hartley Vane LLP", style="rule", disclaimer=DISCLAIMERS[1]),
     env("Leah Morrow <l.morrow@hartleyvane.co.uk>", "FW:", "Not our client - sent in error?", "Leah",
         style="orig", datefmt="short"))

scen("pF07", "pexa", "F", L(),
     "A lender's team forwards a colleague's how-to question about adding a second signer: an ordinary enquiry "
     "('greyed out' is a neutral description), so not a complaint (rule 1).",
     msg("Jonas Weidemann <j.weidemann@kestrelbs.co.uk>", "Ruth Calloway <r.calloway@kestrelbs.co.uk>",
         (2025, 6, 18, 9, 47), "Second signer on remortgage workspace",
         "Hi Ruth,\n\nQuick one: on a remortgage workspace, how do we add a second authorised signer from our side "
         "after the workspace has been created? The option is greyed out for me. Case ref RM-55120.\n\nThanks\nJonas"),
     env("Ruth Calloway <r.calloway@kestrelbs.co.uk>", "FW:", "Can you help with this?", "Ruth Calloway\n"
         "Team Leader, Remortgage Completions\nKestrel Building Society", style="rule", disclaimer=DISCLAIMERS[1]),
     env("Jonas Weidemann <j.weidemann@kestrelbs.co.uk>", "WG:", "", style="rule", lang="de"))

scen("pF08", "pexa", "F", L(),
     "A solicitor forwards a client's thank-you that also praises the platform: praise with nothing to resolve, "
     "so not a complaint.",
     msg("Marjorie Osei-Bonsu <mpob1960@gmail.com>", "Daniel Farrant <d.farrant@orchardlanesolicitors.co.uk>",
         (2025, 5, 30, 20, 11), "Thank you!",
         "Dear Daniel,\n\nJust a note to say thank you. We honestly expected completion day to be a nightmare after "
         "last time, but the money went through before eleven and we had the keys by lunch. You explained the "
         "online system to us so clearly. Please pass our thanks to whoever runs it too.\n\nWarm wishes,\n"
         "Marjorie and Philip"),
     env("Daniel Farrant <d.farrant@orchardlanesolicitors.co.uk>", "FW:",
         "Thought your team would like to see this. Credit where it's due!",
         "Daniel Farrant\nAssociate, Orchard Lane Solicitors", style="rule", html=True),
     env("Daniel Farrant <d.farrant@orchardlanesolicitors.co.uk>", "FW:", "FYI, nice feedback", "D",
         style="orig", datefmt="num"))

scen("pF09", "pexa", "F", L(c=True, cat="platform_defect"),
     "A law firm forwards PEXA's automatic 'settlement unsuccessful - system error' notice with its own angry "
     "comment and demand: a person's message, so not auto_generated, and an implicit complaint about a platform "
     "failure.",
     msg("PEXA Notifications <no-reply@notifications.pexa.co.uk>", "settlements@ashdownreeve.co.uk",
         (2025, 7, 8, 14, 6), "Settlement unsuccessful - Workspace 31-86107",
         "This is an automated message. Please do not reply.\n\nWorkspace: 31-86107\nProperty: 41 Quarry Bank, "
         "Sheffield S6 2LP\nStatus: Settlement unsuccessful\nReason: A system error prevented the financial "
         "settlement from being processed. Funds have not been transferred.\n\nNext steps: re-book settlement from "
         "the workspace once the service status page shows normal operation.\n\nPEXA - Digital Completion UK Ltd"),
     env("Martin Koval <m.koval@ashdownreeve.co.uk>", "FW:",
         "Second one of these this week, and again nobody from PEXA has called us. Our clients are sitting in a car "
         "outside the house. What is going on and who is going to cover their costs?",
         "Martin Koval\nAshdown Reeve Solicitors", style="rule"),
     env("Martin Koval <m.koval@ashdownreeve.co.uk>", "FW:", "Again!! Call me now please.", "MK", style="bare",
         datefmt="short"))

scen("pF10", "pexa", "F", L(c=True, cat="wait_time"),
     "A practice manager forwards her relationship manager's out-of-office (which carries her own neutral request) "
     "and says she cannot get anyone on the phone: forwarded by a person, so not auto_generated; an implicit "
     "complaint about being unable to reach anyone, so wait_time (16b).",
     msg("Dan Pryce <dan.pryce@pexa.co.uk>", "Olivia Hext <o.hext@fenwickhale.co.uk>", (2025, 8, 4, 9, 1),
         "Automatic reply: VAT invoice for July",
         "Thank you for your email. I am on leave until Monday 25 August with limited access to email. For anything "
         "urgent please contact support@pexa.co.uk.\n\nDan Pryce\nRelationship Manager, PEXA",
         nested=msg("Olivia Hext <o.hext@fenwickhale.co.uk>", "Dan Pryce <dan.pryce@pexa.co.uk>",
                    (2025, 8, 4, 9, 0), "VAT invoice for July",
                    "Hi Dan,\n\nCould you send me a VAT invoice for July addressed to our new registered office, "
                    "4 Cathedral Yard, Durham DH1 3EQ? Our auditors need it by 8 August.\n\nThanks\nOlivia Hext\n"
                    "Practice Manager, Fenwick Hale Solicitors"), nstyle="orig"),
     env("Olivia Hext <o.hext@fenwickhale.co.uk>", "FW:",
         "This is the reply I get. I have also rung support three times this week and each time gave up after 40 "
         "minutes on hold. Can someone please contact me today?", "Olivia Hext\nPractice Manager", style="rule"),
     env("Olivia Hext <o.hext@fenwickhale.co.uk>", "Fw:",
         "Away for three weeks, and support never picks up the phone. Who can I actually speak to?", "Olivia",
         style="bare", html=True))

scen("pF11", "pexa", "F", L(c=True, ex=True, cat="usability"),
     "A partner forwards the bounce of his own complaint about the new signing screens: re-sending the complaint, "
     "so it is a complaint (a person forwarded it, not auto_generated), explicit because the subject he sends says "
     "'Complaint', category usability (works but hard to use).",
     msg("Microsoft Outlook <MicrosoftExchange329e71ec88ae@lowthervale.co.uk>", "Kwabena Asante <k.asante@lowthervale.co.uk>",
         (2025, 6, 23, 16, 44), "Undeliverable: Complaint - new signing screens",
         "Delivery has failed to these recipients or groups:\n\ncustomercare@pexa.co.uk\nThe email address you "
         "entered couldn't be found. Please check the recipient's email address and try to send the message again. "
         "If the problem continues, please contact your helpdesk.\n\nDiagnostic information for administrators:\n\n"
         "Generating server: LO2P265MB0331.GBRP265.PROD.OUTLOOK.COM\n\ncustomercare@pexa.co.uk\n"
         "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
         "lookup'",
         nested=msg("Kwabena Asante <k.asante@lowthervale.co.uk>", "customercare@pexa.co.uk", (2025, 6, 23, 16, 43),
                    "Complaint - new signing screens",
                    "Dear PEXA,\n\nI wish to complain about the signing screens introduced on 16 June. Signing a "
                    "transfer now takes eleven clicks across four pop-ups, the 'Confirm' and 'Reject' buttons sit "
                    "side by side in the same colour, and on Thursday one of my assistants rejected a discharge by "
                    "mistake, which cost us a day. Nothing is broken as such, but it is much harder to use than "
                    "before.\n\nPlease tell me whether the old layout can be restored, or at least the buttons "
                    "separated, and what help you will offer our staff.\n\nKwabena Asante\nPartner, Lowther Vale "
                    "Solicitors"), nstyle="orig"),
     env("Kwabena Asante <k.asante@lowthervale.co.uk>", "FW:",
         "Resending, as this bounced from the address on your website.", "Kwabena Asante", style="rule"),
     env("Kwabena Asante <k.asante@lowthervale.co.uk>", "FW:", "", style="bare", datefmt="num"))

scen("pF12", "pexa", "F", L(r="objection"),
     "A user forwards PEXA's marketing newsletter asking to stop her details being used for marketing: an "
     "objection to direct marketing without a grievance, so rights=objection and not a complaint; the forward is a "
     "person's, so not auto_generated.",
     msg("PEXA Insights <news@insights.pexa.co.uk>", "a.mcgrath@mcgrathlegal.co.uk", (2025, 7, 15, 7, 30),
         "PEXA Practice Update | July 2025",
         "PEXA Practice Update - July 2025\n\nIn this issue\n- Remortgage volumes hit a new high in Q2\n- Webinar: "
         "getting the most from the new signing screens (24 July, 11:00)\n- Customer story: how a three-partner firm "
         "in Carlisle halved its completion-day phone calls\n- Reminder: planned maintenance on Sunday 27 July, "
         "02:00-05:00\n\nRead the full update online.\n\nYou are receiving this email because you are registered as a "
         "PEXA user. Manage your preferences or unsubscribe.\nDigital Completion UK Ltd, registered in England and "
         "Wales."),
     env("Aoife McGrath <a.mcgrath@mcgrathlegal.co.uk>", "FW:",
         "Please take me off this list. I don't want my details used for marketing emails, only for workspace "
         "notices.", "Aoife McGrath", style="bare"),
     env("Aoife McGrath <a.mcgrath@mcgrathlegal.co.uk>", "Fw:", "Unsubscribe me please - no marketing.", "",
         style="rule", html=True))

scen("pF13", "pexa", "F", L(c=True, cat="fees_charges"),
     "A firm forwards PEXA's own final response promising a fee refund and says the refund never arrived: a "
     "continuing complaint about the fee (rule 5), implicit because his own text never says 'complaint' (that word "
     "is only in the carried letter).",
     msg(PX_RES, "Sanjay Dhillon <s.dhillon@dhillonmarr.co.uk>", (2025, 6, 2, 11, 20),
         "Our final response - PX-C-30412",
         "Dear Mr Dhillon,\n\nThank you for your patience while we looked into your complaint about the workspace fees "
         "charged to Dhillon Marr in April.\n\nWe found that workspaces 31-80561 and 31-80562 were duplicates created "
         "during the service interruption on 14 April and should not have been charged. We have therefore refunded "
         "£94.80 including VAT to your account, and this will appear on your next statement.\n\nIf you are not "
         "satisfied with this response, you can refer your complaint to our Head of Customer Resolution within "
         "eight weeks.\n\nYours sincerely,\nEleanor Fitch\nCustomer Resolution Manager, PEXA"),
     env("Sanjay Dhillon <s.dhillon@dhillonmarr.co.uk>", "FW:",
         "Your letter below says the £94.80 was refunded. Our June and July statements show no such credit. Please "
         "check and actually make the refund.", "Sanjay Dhillon\nDhillon Marr Solicitors", style="orig"),
     env("Sanjay Dhillon <s.dhillon@dhillonmarr.co.uk>", "FW:", "Still not refunded.", "S. Dhillon", style="orig",
         datefmt="num"))

scen("pF14", "pexa", "F", L(c=True, cat="onboarding", r="automated_decision"),
     "A sole practitioner forwards PEXA's automated registration email for the third time and asks for a person to "
     "review her application: an implicit onboarding complaint with an automated_decision request; personal_data "
     "stays false (rule 12).",
     msg("PEXA Onboarding <onboarding@pexa.co.uk>", "Beatrix Olowe <beatrix@olowelaw.co.uk>", (2025, 5, 20, 6, 0),
         "Your PEXA registration - further information required (ref ONB-77310)",
         "Dear Beatrix Olowe,\n\nThank you for applying to join PEXA. Our automated verification checks could not "
         "confirm the following for Olowe Law:\n\n- Proof of professional indemnity insurance\n- Identity of the "
         "authorised signatory\n\nPlease upload these documents through the registration portal within 14 days. "
         "Applications that cannot be verified are closed automatically.\n\nPEXA Onboarding Team\nThis is an "
         "automatically generated email."),
     env("Beatrix Olowe <beatrix@olowelaw.co.uk>", "FW:",
         "This is the third identical email. I uploaded the insurance certificate and my passport on 2 May and again "
         "on 9 May. Please have a person review my application, not the automated check, before it closes.",
         "Beatrix Olowe\nPrincipal, Olowe Law", style="rule"),
     env("Beatrix Olowe <beatrix@olowelaw.co.uk>", "TR:",
         "Third time. Please get a human to check my application rather than the system.", "B. Olowe",
         style="rule", lang="fr"))

scen("pF15", "pexa", "F", L(r="rectification"),
     "A user forwards a PEXA letter that misspells her name and politely asks for her records to be corrected: "
     "rectification without dissatisfaction, so not a complaint.",
     msg("PEXA Billing <billing@pexa.co.uk>", "Siobhán Ní Bhriain <s.nibhriain@corrsandwick.co.uk>",
         (2025, 4, 9, 14, 12), "Your billing enquiry BQ-11852",
         "Dear Ms Shioban Brian,\n\nThank you for your enquiry about the layout of our monthly invoices. We have passed "
         "your suggestion to our product team and will let you know if the format changes.\n\nKind regards\n"
         "PEXA Billing Team"),
     env("Siobhán Ní Bhriain <s.nibhriain@corrsandwick.co.uk>", "FW:",
         "Hello, a small thing: my name is spelt wrongly on your letter below and on my user profile. It should be "
         "Siobhán Ní Bhriain. Could you correct your records, please? Thanks.", "Siobhán", style="rule",
         html=True),
     env("Siobhán Ní Bhriain <s.nibhriain@corrsandwick.co.uk>", "FW:", "Please correct my name.", "Siobhán Ní Bhriain",
         style="bare", datefmt="short"))

# =============================================================================================
# PEXA, group R

scen("pR01", "pexa", "R", L(),
     "A bare 'Thanks' to PEXA's complaint acknowledgement: no new grievance, so not a complaint; the complaint "
     "wording is only in the quoted letter.",
     msg(PX_RES, "Graham Whitlow <g.whitlow@whitlowlegal.co.uk>", (2025, 7, 2, 10, 5), "Acknowledgement - PX-C-31150",
         "Dear Mr Whitlow,\n\nThank you for your email of 1 July about the failed lodgement on workspace 31-85002. We "
         "have logged your complaint under reference PX-C-31150 and Jenna Morales will be your case handler. We aim "
         "to send you a full response within four weeks and will keep you updated in the meantime.\n\nKind regards\n"
         "PEXA Customer Resolution Team"),
     env("Graham Whitlow <g.whitlow@whitlowlegal.co.uk>", "RE:", "Thanks", "Graham", style="rule"),
     env("Graham Whitlow <g.whitlow@whitlowlegal.co.uk>", "RE:", "Thank you - noted.", "", style="orig",
         headers={"in-reply-to": "<ack.31150.20250702@pexa.co.uk>"}))

scen("pR02", "pexa", "R", L(c=True, ex=True, cat="inaccurate_information"),
     "A solicitor rejects PEXA's final response and restates that support gave wrong advice: a continuing "
     "complaint, explicit because she calls it 'my complaint', category inaccurate_information.",
     msg(PX_RES, "Naomi Petrakis <n.petrakis@petrakisdunn.co.uk>", (2025, 7, 24, 16, 40),
         "Final response - PX-C-30881",
         "Dear Ms Petrakis,\n\nWe have now completed our review of your complaint about the advice given by our "
         "support desk on 12 May.\n\nWe have listened to the call. Our adviser explained the plan requirements "
         "correctly, and the requisition arose because the plan attached to the transfer did not meet HM Land "
         "Registry standards. We therefore do not uphold your complaint.\n\nYours sincerely,\nEleanor Fitch\n"
         "Customer Resolution Manager, PEXA"),
     env("Naomi Petrakis <n.petrakis@petrakisdunn.co.uk>", "RE:",
         "I do not accept this. Your adviser told my assistant twice on 12 May that a scanned plan was acceptable, "
         "which is why we uploaded it. I want my complaint reviewed by someone senior and the £420 requisition costs "
         "refunded.", "Naomi Petrakis\nPetrakis & Dunn", style="orig"),
     env("Naomi Petrakis <n.petrakis@petrakisdunn.co.uk>", "RE:",
         "Not accepted. Your adviser said the scanned plan was fine - listen to the call again. I am escalating my "
         "complaint.", "NP", style="rule", html=True))

scen("pR03", "pexa", "R", L(),
     "An ordinary answer to PEXA's request for documents and a date: a routine reply, not a complaint.",
     msg("PEXA Onboarding <onboarding@pexa.co.uk>", "Peter Aldous <p.aldous@aldouslaw.co.uk>", (2025, 7, 3, 12, 0),
         "Annual re-verification - Aldous Law",
         "Dear Mr Aldous,\n\nTo complete your firm's annual re-verification, please send us a copy of your current "
         "professional indemnity insurance certificate and let us know which date suits you for your admin user "
         "refresher call: 14 July at 10:00 or 16 July at 14:00.\n\nKind regards\nPEXA Onboarding Team"),
     env("Peter Aldous <p.aldous@aldouslaw.co.uk>", "RE:", "Yes, 14 July at 10:00 is fine. Certificate attached.",
         "Regards\nPeter Aldous", style="rule"),
     env("Peter Aldous <p.aldous@aldouslaw.co.uk>", "RE:", "14 July works. Certificate attached.", "",
         style="bare", datefmt="num"))

scen("pR04", "pexa", "R", L(),
     "A participant firm's client care partner replies to PEXA's forward of a consumer complaint to confirm she will "
     "handle it: a routine acknowledgement by the firm, not a complaint; the grievance is only in the carried chain.",
     msg(PX_RES, "complaints@orchardlanesolicitors.co.uk", (2025, 8, 12, 9, 30),
         "FW: Sale of 19 Copse Road - no one will answer me",
         "Dear Client Care Partner,\n\nWe have received the message below from Mr Farouk Haddad, a client of your "
         "firm. As it concerns the service provided by Orchard Lane Solicitors rather than PEXA, we are passing it to "
         "you to handle under your own complaints procedure. We have told Mr Haddad that we have done so.\n\n"
         "Kind regards\nPEXA Customer Resolution Team",
         nested=msg("Farouk Haddad <farouk.haddad@gmail.com>", PX_RES, (2025, 8, 11, 22, 14),
                    "Sale of 19 Copse Road - no one will answer me",
                    "Hello,\n\nMy sale completed on 1 August but I still have not received the money. Orchard Lane "
                    "keep telling me it is 'with accounts' and nobody calls back. Your name was on the completion "
                    "paperwork so I am asking you. Where is my money?\n\nFarouk Haddad"), nstyle="orig"),
     env("Helen Quarrie <h.quarrie@orchardlanesolicitors.co.uk>", "RE:",
         "Thank you. Received and logged on our side; I will contact Mr Haddad today.",
         "Helen Quarrie\nClient Care Partner\nOrchard Lane Solicitors", style="rule", disclaimer=DISCLAIMERS[0]),
     env("Helen Quarrie <h.quarrie@orchardlanesolicitors.co.uk>", "RE:", "Received, thanks.", "Helen",
         style="orig"))

scen("pR05", "pexa", "R", L(c=True, cat="fees_charges"),
     "A firm answers a payment reminder by showing the invoice was paid and then taken again: dissatisfaction and a "
     "refund demand, an implicit complaint about a fee charged twice (fees_charges).",
     msg("PEXA Billing <billing@pexa.co.uk>", "accounts@stanmorepike.co.uk", (2025, 6, 16, 8, 0),
         "Payment reminder - invoice INV-198833 overdue",
         "Dear Customer,\n\nOur records show that invoice INV-198833 for £1,284.00 (May platform fees) was due on "
         "6 June and remains unpaid. Please arrange payment within 7 days to avoid your firm's ability to open new "
         "workspaces being suspended.\n\nIf you have already paid, please ignore this reminder.\n\nPEXA Billing Team"),
     env("Wendy Oyelaran <accounts@stanmorepike.co.uk>", "RE:",
         "We paid INV-198833 on 2 June by BACS (reference SP-INV198833), and you then took £1,284.00 again by direct "
         "debit on 6 June. Stop the reminders, confirm we will not be suspended, and refund the second payment this "
         "week.", "Wendy Oyelaran\nAccounts, Stanmore Pike LLP", style="rule"),
     env("Wendy Oyelaran <accounts@stanmorepike.co.uk>", "RE:",
         "Paid on 2 June AND taken again by direct debit on 6 June. Refund the duplicate, please.", "Wendy",
         style="orig", datefmt="short"))

scen("pR06", "pexa", "R", L(c=True, cat="delay"),
     "A one-word 'Chasing' (Date header 12 August) to PEXA's holding email that promised a response by 1 August: a "
     "'still waiting' chaser, so an implicit complaint about delay (rule 6); the complaint word is only in the quote.",
     msg("Jenna Morales <jenna.morales@pexa.co.uk>", "Tariq Nadeem <tariq@nadeemco.co.uk>", (2025, 7, 18, 15, 2),
         "Update - PX-C-31288",
         "Dear Mr Nadeem,\n\nI am sorry that we have not yet been able to complete our investigation of your "
         "complaint about the withdrawn workspace. We are waiting for information from our technology team, and I "
         "will send you our full response by 1 August at the latest.\n\nKind regards\nJenna Morales\nCustomer "
         "Resolution Case Handler, PEXA"),
     env("Tariq Nadeem <tariq@nadeemco.co.uk>", "RE:", "Chasing.", "", style="orig",
         headers={"date": rfc_date((2025, 8, 12, 9, 3))}),
     env("Tariq Nadeem <tariq@nadeemco.co.uk>", "RE:", "Chasing - it is now 12 August.", "Tariq", style="orig",
         datefmt="num", headers={"date": rfc_date((2025, 8, 12, 9, 3))}))

scen("pR07", "pexa", "R", L(r="access"),
     "A thank-you for a closed case followed by a request for a copy of her personal data and call recordings: "
     "access without dissatisfaction, so not a complaint (rules 5 and 14).",
     msg(PX_RES, "Dorota Szymańska <d.szymanska@brackleyhart.co.uk>", (2025, 6, 27, 13, 45), "Case PX-C-30977 closed",
         "Dear Ms Szymańska,\n\nThank you for speaking with me this morning. As agreed, we have corrected the workspace "
         "history for 31-82290 and closed your complaint PX-C-30977.\n\nKind regards\nAmir Rashed\nCustomer "
         "Resolution Team, PEXA"),
     env("Dorota Szymańska <d.szymanska@brackleyhart.co.uk>", "RE:",
         "Thank you for sorting this out. One separate thing: please send me a copy of the personal information PEXA "
         "holds about me, including any recordings of my calls with your support desk.", "Dorota", style="rule"),
     env("Dorota Szymańska <d.szymanska@brackleyhart.co.uk>", "RE:",
         "Thanks. Separately, I'd like a copy of all personal data you hold on me, call recordings included.",
         "D. Szymańska", style="bare", html=True))

scen("pR08", "pexa", "R", L(c=True, cat="platform_defect"),
     "A solicitor replies to support's 'fix deployed, please retry' that the same lodgement error persists and "
     "demands an urgent call: an implicit complaint about a platform fault.",
     msg(PX_SUP, "Marcus Ellery <m.ellery@elleryhowe.co.uk>", (2025, 8, 20, 10, 12), "Case SUP-448120 - lodgement error",
         "Hi Marcus,\n\nThanks for raising this. Our engineers have deployed a fix for the 'Lodgement package invalid' "
         "error. Please try lodging again and let us know if the problem continues.\n\nKind regards\nRavi\n"
         "PEXA Support"),
     env("Marcus Ellery <m.ellery@elleryhowe.co.uk>", "RE:",
         "Ravi, I've retried three times since your email and get exactly the same 'Lodgement package invalid' "
         "error. This has to lodge today or our buyer loses priority. Phone me on 0113 496 0388 within the hour.",
         "Marcus", style="rule"),
     env("Marcus Ellery <m.ellery@elleryhowe.co.uk>", "RE:",
         "Same error, three more attempts. Call me now - this has to lodge today.", "", style="orig",
         datefmt="short"))

scen("pR09", "pexa", "R", L(c=True, ex=True, cat="fees_charges", firm="tvm"),
     "A borrower replies to PEXA's notice that her complaint went to Thames Valley Mortgages: her new text is still "
     "purely about the lender's early repayment charge, so about_other_firm=tvm, fees_charges, explicit ('my "
     "complaint').",
     msg(PX_RES, "Bethan Llewellyn <bethan.llewellyn@outlook.com>", (2025, 5, 6, 11, 30),
         "Your complaint has been passed to Thames Valley Mortgages",
         "Dear Ms Llewellyn,\n\nThank you for contacting us. Your concerns are about the mortgage redemption handled "
         "by Thames Valley Mortgages, which is responsible for that service, so today we forwarded your complaint "
         "to them at complaints@tvmortgages.co.uk. They will contact you directly.\n\nKind regards\nPEXA Customer "
         "Resolution Team"),
     env("Bethan Llewellyn <bethan.llewellyn@outlook.com>", "RE:",
         "Thames Valley have now answered my complaint, but they say the £250 early repayment charge stands, even "
         "though my offer says there is no charge after 31 March and I redeemed on 14 April. What can I do?",
         "Bethan", style="rule"),
     env("Bethan Llewellyn <bethan.llewellyn@outlook.com>", "RE:",
         "TVM have rejected my complaint and kept the £250 charge. My offer says no charge after 31 March. What now?",
         "", style="orig"))

scen("pR10", "pexa", "R", L(auto=True),
     "An out-of-office sent back to PEXA's acknowledgement (auto headers in one copy, none in the other): "
     "auto_generated, everything else empty (rule 7).",
     msg(PX_RES, "Hugo Penhaligon <h.penhaligon@penhaligonco.co.uk>", (2025, 8, 22, 11, 10),
         "Acknowledgement - PX-C-31402",
         "Dear Mr Penhaligon,\n\nThank you for your email about the fee charged on workspace 31-87130. We have logged "
         "your complaint under reference PX-C-31402 and will respond in full within four weeks.\n\nKind regards\n"
         "PEXA Customer Resolution Team"),
     env("Hugo Penhaligon <h.penhaligon@penhaligonco.co.uk>", "RE:",
         "Thank you for your message. I am out of the office until Tuesday 2 September. If your matter is urgent, "
         "please contact my secretary, Claire Dunn, on 01872 555 0142.",
         "Hugo Penhaligon\nPenhaligon & Co", style="rule",
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}),
     env("Hugo Penhaligon <h.penhaligon@penhaligonco.co.uk>", "RE:",
         "I am away from the office until 2 September with no access to email. For urgent matters please call "
         "01872 555 0142.", "Penhaligon & Co", style="orig"))

# =============================================================================================
# PEXA, group C

control("pC01", "pexa", L(c=True, cat="platform_defect"),
        "A repeated error stopping a signature on completion day, with an urgent call-back demand: an implicit "
        "complaint about a platform fault ('same as last Tuesday' shows dissatisfaction).",
        ("Sophie Trent <sophie@trentandco.co.uk>", "Workspace 31-88210 - error 500 again",
         "Hi,\n\nWorkspace 31-88210 is throwing 'Error 500' every time I try to sign the transfer, same as last "
         "Tuesday. Completion is at 1pm today. Please ring me on 01904 555 0171 as soon as you see this.\n\nSophie",
         False, {}),
        ("Sophie Trent <sophie@trentandco.co.uk>", "URGENT: error 500 again on 31-88210",
         "Same Error 500 as last week when signing the transfer on 31-88210. We complete at 1pm. Call me please - "
         "01904 555 0171.\n\nSophie Trent\nTrent & Co Conveyancing", True, {}))

control("pC02", "pexa", L(c=True, ex=True, cat="training"),
        "A practice manager's formal complaint about cancelled and outdated training for new staff: explicit, and "
        "training beats delay as the specific theme (16a).",
        ("Harriet Bellamy <h.bellamy@bellamyfrost.co.uk>", "Formal complaint - PEXA training for new staff",
         "Dear PEXA,\n\nI am writing to make a formal complaint about the training we have been offered for three "
         "new conveyancers who joined us in May.\n\nWe booked all three onto the 'Introduction to Settlement' session "
         "for 10 June. It was cancelled by email the afternoon before. We rebooked for 24 June; the trainer joined 35 "
         "minutes late and then demonstrated the old signing screens, which no longer exist. When my staff tried the "
         "e-learning modules instead, they found the same out-of-date screenshots throughout.\n\nUntil they are "
         "trained I cannot let them run completions alone, so two experienced colleagues are covering their files "
         "on top of their own.\n\nI would like a dedicated session for the three of them before the end of July, "
         "delivered on the current screens, confirmation of when the e-learning will be updated, and a credit for "
         "the two sessions we paid for.\n\nYours faithfully,\nHarriet Bellamy\nPractice Manager, Bellamy Frost LLP",
         False, {}),
        ("Harriet Bellamy <harriet.bellamy@bellamyfrost.co.uk>", "Complaint: cancelled and outdated training",
         "Dear Sir or Madam,\n\nThis is a formal complaint about PEXA's training for our three new conveyancers. The "
         "10 June session was cancelled the day before; the 24 June session started 35 minutes late and showed "
         "screens that were replaced in June. The e-learning has the same out-of-date screenshots.\n\nTwo senior "
         "colleagues are covering the new starters' files until they are trained. Please arrange a dedicated, "
         "up-to-date session before the end of July, tell me when the e-learning will be fixed, and credit us for "
         "both sessions.\n\nHarriet Bellamy\nBellamy Frost LLP", True, {}))

control("pC03", "pexa", L(r="informed,access"),
        "A home buyer asks what data PEXA receives about her, from where and on what basis, and later for a copy: "
        "informed and access without dissatisfaction, so not a complaint.",
        ("Adaeze Nwankwo <adaeze.nwankwo@gmail.com>", "Question about my information",
         "Dear PEXA,\n\nMy solicitor tells me my purchase of 12 Pell Street will complete through your platform. "
         "Before it does, could you tell me what personal information about me PEXA receives, who it comes from, "
         "what you use it for and on what legal basis?\n\nAfter completion I would also like a copy of whatever "
         "information you hold about me.\n\nThank you,\nAdaeze Nwankwo", False, {}),
        ("Adaeze Nwankwo <a.nwankwo@nwankwodesign.co.uk>", "Data protection question - 12 Pell Street purchase",
         "Hello,\n\nMy purchase of 12 Pell Street is going through PEXA. Please explain what personal data you get "
         "about me, where it comes from, why you use it and under which lawful basis. Once we have completed, please "
         "send me a copy of the data you hold on me.\n\nMany thanks\nAdaeze", False, {}))

control("pC04", "pexa", L(),
        "A building society asks how long onboarding takes: a neutral enquiry, not a complaint.",
        ("Rhys Garlick <r.garlick@pentirebs.co.uk>", "Onboarding timescales",
         "Hello,\n\nWe are a small building society considering joining PEXA for our remortgage business. Roughly "
         "how long does onboarding take from application to our first live workspace, and what do we need to have "
         "ready?\n\nKind regards\nRhys Garlick\nHead of Mortgage Operations, Pentire Building Society", False, {}),
        ("Rhys Garlick <r.garlick@pentirebs.co.uk>", "Joining PEXA - how long?",
         "Hi, how long does it usually take a building society to get from application to first live workspace? "
         "Thanks, Rhys", False, {}))

control("pC05", "pexa", L(c=True, pd=True, cat="personal_data", r="rectification,restriction"),
        "A conveyancer who left Greyfriars Law is still shown as its user and signing conveyancer on PEXA, and "
        "support did nothing: inaccurate data held and shown by PEXA, so personal_data complaint with rectification "
        "and restriction; Greyfriars is only named, firm null.",
        ("Lydia Marchetti <lydia.marchetti@marchettilegal.co.uk>", "My profile still shows Greyfriars Law",
         "Dear PEXA,\n\nI left Greyfriars Law LLP on 30 April and now practise on my own. Your platform still shows me "
         "as an active Greyfriars user, and my name appears as the signing conveyancer on their new workspaces, "
         "which I have nothing to do with. I emailed your support team on 12 May and nothing has changed.\n\nPlease "
         "correct my profile, and stop my name being shown on Greyfriars' workspaces until that is done.\n\n"
         "Lydia Marchetti", False, {}),
        ("Lydia Marchetti <lydia.marchetti@marchettilegal.co.uk>", "Wrong user record - urgent",
         "My name is still showing as signing conveyancer on Greyfriars Law workspaces, though I left them on 30 "
         "April. I told support on 12 May; nothing was done. Correct my record and hide my name from their "
         "workspaces until it is fixed.\n\nLydia Marchetti, Marchetti Legal", True, {}))

# =============================================================================================
# Conexus, group F

scen("cF01", "conexus", "F", L(c=True, ex=True, pd=True, br=True, tp=True, cat="collection_conduct"),
     "A money adviser forwards his client's email asking him to send it 'as a complaint' about calls to her "
     "workplace where the caller disclosed the debt to the receptionist: explicit (the forwarded subject says "
     "'Complaint'), third_party, collection_conduct as the main theme with personal_data and breach set (rule 13).",
     msg("Stacey Prendergast <staceyp84@hotmail.co.uk>", "Joel Ferreira <joel.ferreira@northgatedebtadvice.org.uk>",
         (2025, 6, 9, 17, 26), "Complaint - Conexus ringing my work",
         "Hi Joel,\n\nConexus rang me at work again today, the third time this month. The caller told our receptionist "
         "it was about 'an overdue Sterling Credit account' before she even put him through, and now half the office "
         "knows. I've told them twice to only use my mobile after 5pm. I'm scared I'll lose my job.\n\nCan you send "
         "this to them as a complaint from me? I want it to stop and I want an apology.\n\nStacey"),
     env("Joel Ferreira <joel.ferreira@northgatedebtadvice.org.uk>", "FW:",
         "Please treat the email below as a complaint from our client, Ms Prendergast (your ref 5523107). Her signed "
         "authority is attached. Contact with her should now come through me.",
         "Joel Ferreira\nDebt Adviser, Northgate Debt Advice", style="rule", disclaimer=DISCLAIMERS[1]),
     env("Joel Ferreira <joel.ferreira@northgatedebtadvice.org.uk>", "Fwd:", "", style="bare", datefmt="num"))

scen("cF02", "conexus", "F", L(c=True, cat="debt_dispute", firm="nte"),
     "A debtor forwards her unanswered dispute with Northline Energy about a final bill charged past her move-out "
     "date: only the creditor can fix the bill, so about_other_firm=nte, debt_dispute (rule 10).",
     msg("Wioletta Brzezinska <w.brzezinska@gmail.com>", "Northline Energy <customerservice@northline-energy.co.uk>",
         (2025, 4, 28, 20, 2), "Re: Final bill account NE-4471920",
         "Hello,\n\nI moved out of Flat 3, 17 Gorse Road on 31 January and gave you a closing meter reading of 04417 "
         "that day by phone (call reference CR-88213). Your final bill still charges me to 30 April on estimated "
         "readings, £486.22 in total. The new tenant has been paying you since February.\n\nPlease re-issue the final "
         "bill to 31 January using my reading.\n\nWioletta Brzezinska\n\nOn 14 Apr 2025, at 10:02, Northline Energy "
         "<customerservice@northline-energy.co.uk> wrote:\n> Thank you for contacting Northline. Your final bill "
         "has been issued and the balance is now due.\n> Northline Energy Customer Service"),
     env("Wioletta Brzezinska <w.brzezinska@gmail.com>", "FW:",
         "You are now chasing me for this £486.22. The bill is wrong, as I told Northline below, and they never "
         "answered. Please get them to correct it.", "W. Brzezinska, your ref 7702946", style="rule"),
     env("Wioletta Brzezinska <w.brzezinska@gmail.com>", "FW:", "", style="orig", datefmt="short"))

scen("cF03", "conexus", "F", L(c=True, ex=True, tp=True, cat="debt_dispute", firm="unknown"),
     "A daughter with power of attorney forwards her complaint to a gym (not in the directory) that kept charging "
     "after cancellation: the creditor's own billing, so firm unknown, debt_dispute, third_party, explicit via the "
     "forwarded subject.",
     msg("Priyanka Sethi <priyanka.sethi@icloud.com>", "memberships@haldenleisure.co.uk", (2025, 5, 19, 12, 40),
         "Complaint - cancelled membership, Mr R. Sethi",
         "Dear Halden Leisure,\n\nI am writing on behalf of my father, Mr Rajesh Sethi, who has dementia; I hold a "
         "lasting power of attorney for him. I cancelled his membership in person at your Leyton club on 3 March and "
         "was given a cancellation slip (copy attached). You have continued to charge him £42.99 a month and have "
         "now passed £171.96 to a debt collector.\n\nPlease confirm the membership ended on 3 March, withdraw the "
         "debt and refund anything taken after that date.\n\nYours faithfully,\nPriyanka Sethi"),
     env("Priyanka Sethi <priyanka.sethi@icloud.com>", "FW:",
         "Halden have not replied to this. Your letter to my father is about the same money. Please see below.",
         "Priyanka Sethi (attorney for Rajesh Sethi)", style="rule", html=True),
     env("Priyanka Sethi <priyanka.sethi@icloud.com>", "FW:", "", style="orig", datefmt="num"))

scen("cF04", "conexus", "F", L(r="access,restriction", tp=True),
     "A money adviser forwards her client's instructions and asks for a copy of his data and for its use to be "
     "restricted while the balance is checked: rights on someone else's behalf, no dissatisfaction, so "
     "third_party with access and restriction, not a complaint.",
     msg("Oluwaseun Adeyemi <seun.adeyemi@yahoo.co.uk>", "Carys Howell <carys.howell@valleysmoneyhelp.org.uk>",
         (2025, 7, 3, 16, 18), "Conexus letters",
         "Hi Carys,\n\nThanks for today. As we discussed, please ask Conexus for a copy of everything they hold on me "
         "for the Pennant Mobile account, including notes of calls, and ask them not to use my details for anything "
         "else while you check whether the balance is right. I'm happy for you to deal with them.\n\nSeun"),
     env("Carys Howell <carys.howell@valleysmoneyhelp.org.uk>", "FW:",
         "Our client Mr Adeyemi (your ref 6610442) asks for a copy of all personal data you hold on him, and for its "
         "use to be restricted while we review the balance. Authority attached.",
         "Carys Howell\nMoney Adviser, Valleys Money Help", style="rule"),
     env("Carys Howell <carys.howell@valleysmoneyhelp.org.uk>", "FW:", "Please action the requests below.",
         "Carys Howell, Valleys Money Help", style="orig", datefmt="short"))

scen("cF05", "conexus", "F", L(c=True, pd=True, br=True, cat="personal_data"),
     "A debtor forwards the chain in which Conexus emailed details of her debt to her employer's payroll inbox, "
     "demanding an explanation and apology: disclosure to the wrong person, so personal_data and breach, category "
     "personal_data; 'how did my employer get this' asks about the incident, not the processing, so no informed.",
     msg("Gail Harrow <g.harrow@tolliverlogistics.co.uk>", "Leanne Corbett <l.corbett@tolliverlogistics.co.uk>",
         (2025, 6, 24, 10, 4), "FW: Outstanding balance - Ms L Corbett",
         "Hi Leanne,\n\nThis arrived in the payroll inbox this morning. I assume it's meant for you, so I'm passing it "
         "on. I haven't shared it with anyone else.\n\nGail\nHR & Payroll, Tolliver Logistics",
         nested=msg(CX_CS, "payroll@tolliverlogistics.co.uk", (2025, 6, 24, 8, 15),
                    "Outstanding balance - Ms L Corbett",
                    "Dear Ms Corbett,\n\nYour account with us for Pennant Mobile (reference 7720915) has an outstanding "
                    "balance of £612.40. Please call us on 0330 555 0190 or pay online to avoid further action.\n\n"
                    "Conexus Customer Services"), nstyle="rule"),
     env("Leanne Corbett <l.corbett@tolliverlogistics.co.uk>", "FW:",
         "Why has my employer's payroll department been sent details of my debt? I never gave you this address. I "
         "am mortified. I want to know how this happened, and an apology.", "Leanne Corbett", style="rule"),
     env("Leanne Corbett <leanne.corbett22@gmail.com>", "Fw:", "How did my employer get this?? Explain.", "",
         style="bare", datefmt="short"))

scen("cF06", "conexus", "F", L(),
     "A creditor client forwards a customer's payment confirmation and instructs Conexus to close the account: an "
     "ordinary instruction from staff for their own firm, not a complaint; the disclaimer's 'personal data' sets "
     "nothing.",
     msg("Dominic Feeney <dom.feeney@outlook.com>", "collections@sterlingcredit.co.uk", (2025, 7, 7, 13, 55),
         "Loan SCL-0093312 paid in full",
         "Hello,\n\nI paid the remaining £1,140.00 on loan SCL-0093312 by bank transfer today, reference "
         "FEENEY0093312. Please confirm the account is closed.\n\nDominic Feeney"),
     env("Anjali Mistry <anjali.mistry@sterlingcredit.co.uk>", "FW:",
         "The customer below has paid us directly. Please update your balance to nil, stop all activity and return "
         "the account to us. Thanks.", "Anjali Mistry\nPlacements Team, Sterling Credit Loans", style="rule",
         disclaimer=DISCLAIMERS[1]),
     env("Anjali Mistry <anjali.mistry@sterlingcredit.co.uk>", "FW:", "Paid direct - please close.", "Anjali",
         style="orig", datefmt="num"))

scen("cF07", "conexus", "F", L(c=True, ex=True, pd=True, br=True, cat="collection_conduct"),
     "A council (creditor client) forwards a resident's grievance about a Conexus agent who shouted her arrears in "
     "front of neighbours: Conexus's own conduct, so firm null, collection_conduct with personal_data and breach "
     "(lg-33), explicit because the council's comment calls it a complaint; a creditor passing on its resident's "
     "complaint is not third_party.",
     msg("Maureen Tibbs <maureen.tibbs@btinternet.com>", "revenues@westbury.gov.uk", (2025, 8, 4, 9, 12),
         "Your agent at my door on Saturday",
         "To whom it may concern,\n\nOn Saturday morning a man from Conexus came to my house about my council tax. "
         "When I said I couldn't talk because my grandchildren were with me, he raised his voice and said on the "
         "doorstep, in front of my neighbours who were in their garden, that I owed the council £1,380 and that "
         "bailiffs would be next. He would not leave for ten minutes.\n\nI am 71 and I already have a payment "
         "arrangement with you. I want to know why this happened and I want an apology.\n\nMaureen Tibbs\n"
         "22 Mill Lane, Westbury"),
     env("Graham Oduya <graham.oduya@westbury.gov.uk>", "FW:",
         "Please see below a complaint from one of our residents about your agent's visit. Please investigate, reply "
         "to her directly and copy me in.", "Graham Oduya\nRevenues and Benefits, Westbury Borough Council",
         style="orig"),
     env("Graham Oduya <graham.oduya@westbury.gov.uk>", "FW:", "Resident complaint - please investigate.", "Graham",
         style="rule", html=True))

scen("cF08", "conexus", "F", L(tp=True),
     "A money adviser passes on her client's thanks to a Conexus agent: praise, not a complaint, but written on the "
     "client's behalf, so third_party=true.",
     msg("Delroy Pinnock <delroy.pinnock61@gmail.com>", "Sara Lindqvist <sara.lindqvist@stepwellcharity.org.uk>",
         (2025, 7, 22, 19, 30), "Conexus",
         "Sara, can you pass this on to Conexus for me. The lady I spoke to there on Friday, I think her name was "
         "Bernice, was really kind. She listened, didn't rush me and set the plan at £20 a month, which I can manage. "
         "First time in two years anyone from a debt company has treated me like a person. Please say thank you to "
         "her from me.\n\nDelroy"),
     env("Sara Lindqvist <sara.lindqvist@stepwellcharity.org.uk>", "FW:",
         "Passing on our client's thanks below (your ref 8812930). Please share it with Bernice and her manager.",
         "Sara Lindqvist\nStepwell Debt Advice", style="rule"),
     env("Sara Lindqvist <sara.lindqvist@stepwellcharity.org.uk>", "FW:", "For Bernice, with thanks.", "Sara",
         style="orig", datefmt="short"))

scen("cF09", "conexus", "F", L(c=True, cat="fees_charges"),
     "A debtor forwards Conexus's automatic failed-payment notice, says the money was taken and demands the £15 "
     "fee be removed: a person's message, so not auto_generated; an implicit complaint about an added fee.",
     msg("Conexus Payments <no-reply@pay.conexus.co.uk>", "kieran.walsh@hotmail.com", (2025, 8, 4, 6, 2),
         "Your payment could not be collected",
         "Dear Customer,\n\nWe were unable to collect your scheduled payment of £45.00 on 03/08/2025 for account "
         "7810355. A failed payment fee of £15.00 has been added to your balance in line with our terms.\n\nPlease "
         "log in to your account to make the payment.\n\nThis mailbox is not monitored.\nConexus Payments"),
     env("Kieran Walsh <kieran.walsh@hotmail.com>", "Fwd:",
         "My bank statement shows the £45 left my account on 3 August, so this payment did not fail. Now you've "
         "added a £15 fee. Take it off.", "Kieran Walsh", style="rule"),
     env("Kieran Walsh <kieran.walsh@hotmail.com>", "FW:", "Money was taken. Remove the £15 fee.", "K Walsh",
         style="bare", datefmt="num"))

scen("cF10", "conexus", "F", L(),
     "A debtor forwards his case handler's out-of-office (which carries his own neutral question about the plan "
     "date) to have the question answered: a person redirecting an enquiry, not auto_generated and not a "
     "complaint.",
     msg("Nadia Fenwick <nadia.fenwick@conexus.co.uk>", "Bogdan Ilie <bogdan.ilie@yahoo.com>", (2025, 8, 11, 7, 49),
         "Automatic reply: Plan start date - ref 6620198",
         "Thank you for your email. I am out of the office until 26 August and your message has not been forwarded. "
         "For account enquiries please contact customerservices@conexus.co.uk or call 0330 555 0190.\n\nNadia "
         "Fenwick\nConexus",
         nested=msg("Bogdan Ilie <bogdan.ilie@yahoo.com>", "Nadia Fenwick <nadia.fenwick@conexus.co.uk>",
                    (2025, 8, 11, 7, 48), "Plan start date - ref 6620198",
                    "Hello Nadia,\n\nThank you for setting up the plan on Friday. Could you confirm whether the first "
                    "£30 payment is due on 1 September or 15 September? My wages come on the 12th.\n\nThanks\n"
                    "Bogdan Ilie"), nstyle="orig"),
     env("Bogdan Ilie <bogdan.ilie@yahoo.com>", "FW:",
         "Your colleague is away, so could someone else please answer my question below?", "Bogdan", style="rule"),
     env("Bogdan Ilie <bogdan.ilie@yahoo.com>", "FW:", "", style="bare", datefmt="short"))

scen("cF11", "conexus", "F", L(tp=True),
     "A money adviser forwards the bounce of her Breathing Space notification to resend it: a person's forward, "
     "not auto_generated; no grievance, so not a complaint, but sent on her client's behalf, so third_party.",
     msg("Mail Delivery System <MAILER-DAEMON@mail.clearpathadvice.org.uk>",
         "Ffion Rhys <ffion.rhys@clearpathadvice.org.uk>", (2025, 6, 30, 11, 3), "Undelivered Mail Returned to Sender",
         "This is the mail system at host mail.clearpathadvice.org.uk.\n\nI'm sorry to have to inform you that your "
         "message could not be delivered to one or more recipients.\n\n<disputes@conexus-collect.co.uk>: host "
         "mx.conexus-collect.co.uk said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
         nested=msg("Ffion Rhys <ffion.rhys@clearpathadvice.org.uk>", "disputes@conexus-collect.co.uk",
                    (2025, 6, 30, 11, 2), "Breathing Space notification - Mr Alun Price - ref 5541876",
                    "Dear Conexus,\n\nPlease note that our client, Mr Alun Price, entered a standard Breathing Space "
                    "on 27 June 2025 (Insolvency Service reference BS-2025-0061734). Please stop enforcement action and "
                    "contact with Mr Price for its duration and add no further interest or charges.\n\nFfion Rhys\n"
                    "Debt Adviser, Clearpath Advice"), nstyle="orig"),
     env("Ffion Rhys <ffion.rhys@clearpathadvice.org.uk>", "FW:",
         "Resending, as this bounced from the disputes address on your last letter.", "Ffion Rhys\nClearpath Advice",
         style="rule"),
     env("Ffion Rhys <ffion.rhys@clearpathadvice.org.uk>", "FW:", "FYI - resending.", "Ffion", style="bare",
         html=True))

scen("cF12", "conexus", "F", L(c=True, pd=True, cat="personal_data", r="objection,erasure"),
     "A former debtor forwards Conexus's marketing newsletter, says she never agreed to marketing, objects and wants "
     "her address deleted: data used unexpectedly, so an implicit personal_data complaint with objection and "
     "erasure (as lg-35, but implicit).",
     msg("Conexus <news@updates.conexus.co.uk>", "tamsin.ocallaghan@gmail.com", (2025, 7, 29, 8, 0),
         "Money Matters - your summer budgeting guide",
         "Money Matters | Summer 2025\n\n- Five ways to keep holiday spending under control\n- Meet our customer "
         "support team in Sunderland\n- New: manage your plan in our app\n\nYou are receiving this because you have "
         "an account with Conexus. Unsubscribe | Privacy notice\nConexus Services Ltd"),
     env("Tamsin O'Callaghan <tamsin.ocallaghan@gmail.com>", "FW:",
         "I settled my account with you in January and never agreed to marketing. I object to you using my details "
         "for this, and I want my email address deleted from your lists. Please confirm.", "Tamsin O'Callaghan",
         style="rule"),
     env("Tamsin O'Callaghan <tamsin.ocallaghan@gmail.com>", "Fwd:",
         "Settled in January, never opted in. Delete my email address and stop the marketing.", "", style="bare",
         datefmt="num"))

scen("cF13", "conexus", "F", L(c=True, pd=True, cat="collection_conduct", r="access"),
     "A debtor forwards Conexus's own final response, denies agreeing the plan she was pushed into and re-asks for "
     "the call recording she never got: collection_conduct as the main theme, access, and personal_data because an "
     "earlier access request was ignored (rule 12); implicit, the complaint word is only in the carried letter.",
     msg(CX_REL, "Janice Okafor <janice.okafor@sky.com>", (2025, 6, 19, 14, 25), "Our final response - CX-COMP-61420",
         "Dear Mrs Okafor,\n\nWe have completed our investigation into your complaint of 28 April about your telephone "
         "conversation with our agent on 24 April.\n\nOur notes show that during the call you agreed to a payment "
         "arrangement of £150 per month, and that our agent acted correctly. We therefore do not uphold your "
         "complaint.\n\nIf you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service "
         "within six months of the date of this letter.\n\nYours sincerely\nConexus Customer Relations"),
     env("Janice Okafor <janice.okafor@sky.com>", "FW:",
         "I never agreed to £150 a month. I said I could manage £40 and your agent kept pushing. I asked for the call "
         "recording on 28 April and still haven't had it. Send it.", "Janice Okafor", style="orig"),
     env("Janice Okafor <janice.okafor@sky.com>", "FW:",
         "Not agreed. Manager review please, and send me the call recording I asked for.", "J Okafor", style="orig",
         datefmt="short"))

scen("cF14", "conexus", "F", L(c=True, tp=True, cat="collection_conduct"),
     "An MP's caseworker forwards Conexus's own plan confirmation and says a disabled constituent was pressed into "
     "an unaffordable plan: an implicit complaint on someone's behalf (third_party), collection_conduct; Lumen "
     "Water is only the creditor named, firm null.",
     msg(CX_CS, "Arthur Pemberton <a.pemberton48@talktalk.net>", (2025, 7, 10, 16, 20),
         "Confirmation of your payment arrangement - 7730014",
         "Dear Mr Pemberton,\n\nThank you for speaking to us today. This email confirms your payment arrangement for "
         "your Lumen Water account: £120.00 per month by Direct Debit, starting 1 August 2025, until the balance of "
         "£2,160.00 is cleared.\n\nConexus Customer Services"),
     env("Kofi Mensah <kofi.mensah@parliament.uk>", "FW:",
         "Our constituent Mr Pemberton has asked for our help. He is disabled, lives on about £900 a month and says "
         "your agent told him £120 was the least you would accept. Please review this urgently.",
         "Kofi Mensah\nCaseworker to Rachel Ashworth MP", style="rule"),
     env("Kofi Mensah <kofi.mensah@parliament.uk>", "FW:",
         "Constituent cannot afford this; he is disabled and says he was pressured on the call. Please review.",
         "Office of Rachel Ashworth MP", style="orig", datefmt="num"))

scen("cF15", "conexus", "F", L(),
     "A debtor forwards Conexus's own letter about new bank details with no comment or just 'Please see below': "
     "no dissatisfaction and no request, so not a complaint.",
     msg(CX_CS, "Dylan Hargreaves <dylan.hargreaves@gmail.com>", (2025, 9, 2, 10, 0),
         "Important: changes to how you pay us",
         "Dear Mr Hargreaves,\n\nFrom 1 October 2025 the bank account for payments to Conexus will change. Your "
         "payment arrangement of £25.00 per month is not affected, but if you pay by standing order please update "
         "the payee details to sort code 20-00-00, account 55719024.\n\nDirect Debit payments will move "
         "automatically.\n\nConexus Customer Services"),
     env("Dylan Hargreaves <dylan.hargreaves@gmail.com>", "FW:", "", style="rule"),
     env("Dylan Hargreaves <dylan.hargreaves@gmail.com>", "FW:", "Please see below", "Dylan", style="orig",
         datefmt="short"))

# =============================================================================================
# Conexus, group R

scen("cR01", "conexus", "R", L(),
     "A thank-you to Conexus's complaint acknowledgement: no new grievance, not a complaint; the subject's "
     "complaint wording belongs to the quoted acknowledgement.",
     msg(CX_REL, "Ewan Drummond <ewan.drummond@gmail.com>", (2025, 7, 14, 9, 20),
         "We have received your complaint - CX-COMP-62011",
         "Dear Mr Drummond,\n\nThank you for contacting us on 11 July. We have recorded your complaint under reference "
         "CX-COMP-62011 and aim to send you our final response within 8 weeks.\n\nConexus Customer Relations"),
     env("Ewan Drummond <ewan.drummond@gmail.com>", "RE:", "Thank you, I look forward to hearing from you.",
         "Ewan Drummond", style="rule"),
     env("Ewan Drummond <ewan.drummond@gmail.com>", "RE:", "Thanks.", "", style="orig"))

scen("cR02", "conexus", "R", L(c=True, ex=True, cat="debt_dispute"),
     "A debtor rejects Conexus's final response: the loan was paid off and Conexus still chases it, so a "
     "debt_dispute about Conexus pursuing a paid debt (lg-26, firm null), explicit ('my complaint').",
     msg(CX_REL, "Lorraine Beckwith <lorraine.beckwith@yahoo.co.uk>", (2025, 8, 5, 15, 10),
         "Final response - CX-COMP-61877",
         "Dear Mrs Beckwith,\n\nWe have completed our investigation of your complaint. We have checked with our "
         "client, Sterling Credit Loans, and the balance of £2,318.50 remains outstanding. We therefore do not uphold "
         "your complaint.\n\nIf you remain dissatisfied, you may refer your complaint to the Financial Ombudsman "
         "Service within six months.\n\nConexus Customer Relations"),
     env("Lorraine Beckwith <lorraine.beckwith@yahoo.co.uk>", "RE:",
         "I paid this loan off in full in November 2022. I sent you the settlement letter and my bank statement and "
         "you have ignored both. I am taking my complaint to the Ombudsman; stop chasing me meanwhile.",
         "Lorraine Beckwith", style="rule"),
     env("Lorraine Beckwith <lorraine.beckwith@yahoo.co.uk>", "RE:",
         "Paid in full in Nov 2022 - you ignored my settlement letter. My complaint is going to the Ombudsman.", "",
         style="orig", html=False))

scen("cR03", "conexus", "R", L(),
     "An ordinary reply agreeing when to return an income and expenditure form: not a complaint.",
     msg(CX_CS, "Callum Fitzpatrick <cfitz1987@outlook.com>", (2025, 7, 21, 11, 0), "Your income and expenditure form",
         "Dear Mr Fitzpatrick,\n\nTo review your payment plan, please complete the attached income and expenditure "
         "form and return it by 30 July.\n\nKind regards\nConexus Customer Services"),
     env("Callum Fitzpatrick <cfitz1987@outlook.com>", "RE:",
         "I'll send it on Friday if that's OK. I'm waiting for my payslip.", "Callum", style="rule"),
     env("Callum Fitzpatrick <cfitz1987@outlook.com>", "RE:", "Will send Friday with payslip.",
         "Sent from my iPhone", style="bare", datefmt="num"))

scen("cR04", "conexus", "R", L(),
     "A bare 'No' to a payment reminder asking whether he will pay this month: a refusal with no grievance "
     "and no request, so not a complaint.",
     msg("Conexus Payments Team <payments@conexus.co.uk>", "Trevor Jarvis <trevjarvis@btinternet.com>",
         (2025, 8, 18, 9, 15), "Payment due 15 August - account 7758821",
         "Dear Mr Jarvis,\n\nYour payment of £60.00 due on 15 August has not been received. Can you confirm whether "
         "you will be making the payment this month? Please reply to this email or call us on 0330 555 0190.\n\n"
         "Conexus Payments Team"),
     env("Trevor Jarvis <trevjarvis@btinternet.com>", "RE:", "No", "", style="rule"),
     env("Trevor Jarvis <trevjarvis@btinternet.com>", "RE:", "No.", "Sent from my iPhone", style="orig"))

scen("cR05", "conexus", "R", L(c=True, cat="collection_conduct"),
     "A debtor replies to an arrears reminder that she is in Breathing Space and is still being texted and called: "
     "an implicit complaint about contact during Breathing Space, collection_conduct.",
     msg(CX_CS, "Gemma Roscoe <gemma.roscoe@gmail.com>", (2025, 6, 20, 8, 30), "Your account 7745120 - arrears",
         "Dear Ms Roscoe,\n\nYour account 7745120 is in arrears by £180.00. Please contact us within 7 days to discuss "
         "how you will clear this amount.\n\nConexus Customer Services"),
     env("Gemma Roscoe <gemma.roscoe@gmail.com>", "RE:",
         "I have had six texts and four calls from you this week. I have been in Breathing Space since 2 June and my "
         "adviser told you in writing. Stop contacting me and tell me why this happened.", "Gemma Roscoe",
         style="rule"),
     env("Gemma Roscoe <gemma.roscoe@gmail.com>", "RE:",
         "Breathing Space since 2 June. Six texts and four calls this week. Stop.", "", style="bare", html=True))

scen("cR06", "conexus", "R", L(c=True, cat="debt_dispute", firm="nte"),
     "A debtor replies to Conexus's forward of Northline Energy's balance breakdown that it bills months after he "
     "moved out: the creditor's own bill is wrong and only Northline can fix it, so about_other_firm=nte, "
     "debt_dispute.",
     msg("Ayesha Kapoor <ayesha.kapoor@conexus.co.uk>", "Connor Blake <connor.blake@live.co.uk>",
         (2025, 8, 19, 14, 40), "FW: Balance breakdown - NE-5528107",
         "Dear Mr Blake,\n\nAs requested, please see below the balance breakdown we have received from Northline "
         "Energy.\n\nKind regards\nAyesha Kapoor\nConexus Customer Services",
         nested=msg("Northline Energy Client Services <clientservices@northline-energy.co.uk>",
                    "Conexus Placements <placements@conexus.co.uk>", (2025, 8, 18, 16, 5),
                    "Balance breakdown - NE-5528107",
                    "Account NE-5528107, 9 Weir Street, Gateshead\nSupply period 01/11/2024 - 30/04/2025\n"
                    "Electricity charges: £612.18\nStanding charges: £96.40\nLate payment fee: £25.00\n"
                    "Total: £733.58\n\nNorthline Energy Client Services"), nstyle="rule"),
     env("Connor Blake <connor.blake@live.co.uk>", "RE: FW:",
         "This runs to 30 April, but I moved out of 9 Weir Street on 10 January and gave Northline a meter reading "
         "that day. Everything after 10 January isn't mine. Northline need to correct the bill.", "Connor Blake",
         style="rule"),
     env("Connor Blake <connor.blake@live.co.uk>", "RE: FW:",
         "I left on 10 Jan and gave a reading. Charges after that aren't mine - Northline must correct the bill.",
         "", style="orig", datefmt="short"))

scen("cR07", "conexus", "R", L(r="portability,informed"),
     "A debtor replies to her plan confirmation asking for her account history as a CSV for her adviser's software "
     "and where her mobile number came from and what it is used for, in a neutral tone: portability and informed, "
     "not a complaint (as lg-38).",
     msg(CX_CS, "Maryam Haidari <maryam.haidari@hotmail.co.uk>", (2025, 7, 30, 12, 10),
         "Confirmation of your payment arrangement - 7791406",
         "Dear Ms Haidari,\n\nThis email confirms your payment arrangement of £35.00 per month, starting 15 August "
         "2025.\n\nConexus Customer Services"),
     env("Maryam Haidari <maryam.haidari@hotmail.co.uk>", "RE:",
         "Thank you for confirming. Could you send my account history as a CSV file so my adviser can load it into "
         "her budgeting software? And could you tell me where my mobile number came from and what you use it for?",
         "Maryam", style="rule"),
     env("Maryam Haidari <maryam.haidari@hotmail.co.uk>", "RE:",
         "Thanks. Please send my account history as a CSV so my adviser can import it, and tell me where my mobile "
         "number came from and what it's used for.", "", style="bare"))

scen("cR08", "conexus", "R", L(c=True, pd=True, cat="personal_data", r="rectification"),
     "A thank-you for a refund that goes on to say Conexus's default still shows on his credit file: a continuing "
     "complaint (rule 5) about inaccurate data reported, personal_data, with rectification; implicit, the complaint "
     "word is only in the quoted outcome letter.",
     msg(CX_REL, "Shaun Mulgrew <shaun.mulgrew@gmail.com>", (2025, 7, 2, 10, 50), "Outcome - account 7781204",
         "Dear Mr Mulgrew,\n\nFurther to your complaint, we agree that your account was settled in full on 3 March and "
         "should have been closed. We have closed the account, refunded the £20.00 we took in error, and apologise "
         "for the inconvenience.\n\nConexus Customer Relations"),
     env("Shaun Mulgrew <shaun.mulgrew@gmail.com>", "RE:",
         "Thanks for the refund. But my credit file still shows a default registered by Conexus for this account, "
         "dated April, after I'd paid. Please correct what you reported to the credit reference agencies and confirm "
         "when it's done.", "Shaun", style="orig"),
     env("Shaun Mulgrew <shaun.mulgrew@gmail.com>", "RE:",
         "Refund received, thanks - but the default you registered in April is still on my Experian file. Please get "
         "it corrected.", "", style="orig", datefmt="num"))

scen("cR09", "conexus", "R", L(auto=True),
     "A money adviser's out-of-office sent in reply to Conexus's email about her client's complaint (auto headers in "
     "one copy, text alone in the other): auto_generated, so third_party stays false (lg-39).",
     msg(CX_REL, "Fiona Lusk <fiona.lusk@riverbankadvice.org.uk>", (2025, 8, 21, 16, 0),
         "Your client Mr T. Quayle - CX-COMP-62290",
         "Dear Ms Lusk,\n\nThank you for your email making a complaint on behalf of Mr Quayle. We have logged it under "
         "reference CX-COMP-62290 and will respond within 8 weeks.\n\nConexus Customer Relations"),
     env("Fiona Lusk <fiona.lusk@riverbankadvice.org.uk>", "RE:",
         "I am on leave until 1 September and will not be checking email. For urgent client matters please call the "
         "advice line on 0800 555 0134.", "Fiona Lusk\nMoney Adviser, Riverbank Advice Centre", style="rule",
         headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}),
     env("Fiona Lusk <fiona.lusk@riverbankadvice.org.uk>", "RE:",
         "Thank you for your email. I am out of the office until Monday 1 September. Your message will not be "
         "forwarded; for urgent matters call 0800 555 0134.", "Riverbank Advice Centre", style="orig"))

scen("cR10", "conexus", "R", L(c=True, cat="delay"),
     "'Still waiting' two weeks after Conexus promised a call back within 48 hours: a chaser, so an implicit "
     "complaint about delay (rule 6).",
     msg("Liam Gorton <liam.gorton@conexus.co.uk>", "Precious Ndlovu <precious.ndlovu@gmail.com>",
         (2025, 8, 1, 11, 25), "Your call back request - 7790332",
         "Dear Ms Ndlovu,\n\nThank you for your message. A member of our Payments team will call you back within 48 "
         "hours to discuss reducing your plan.\n\nKind regards\nLiam Gorton\nConexus Customer Services"),
     env("Precious Ndlovu <precious.ndlovu@gmail.com>", "RE:", "Still waiting.", "", style="rule",
         headers={"date": rfc_date((2025, 8, 15, 18, 40))}),
     env("Precious Ndlovu <precious.ndlovu@gmail.com>", "RE:", "Still waiting for that call back - two weeks now.",
         "Precious", style="orig"))

# =============================================================================================
# Conexus, group C

control("cC01", "conexus", L(c=True, ex=True, cat="service_quality"),
        "A short complaint that an agent was rude and hung up: explicit (the subject), service_quality (how he was "
        "served, not how the debt is pursued).",
        ("Darren Quigley <dqquigley@gmail.com>", "complaint",
         "Your agent Kelly was rude to me on the phone at 2pm today, talked over me and put the phone down when I "
         "asked for her surname. I want a call back from a manager. Acc 7702281", False, {}),
        ("Darren Quigley <dqquigley@gmail.com>", "Complaint about your agent",
         "Kelly on your phones was rude, kept talking over me, then hung up when I asked her surname. Manager to call "
         "me back please. Account 7702281.\n\nDarren Quigley", False, {}))

control("cC02", "conexus", L(c=True, ex=True, tp=True, cat="collection_conduct"),
        "A solicitor for an estate complains formally that Conexus kept writing to the deceased and told the "
        "widower he was liable: third_party, collection_conduct (treatment of a bereaved, vulnerable person).",
        ("Imran Chaudhry <i.chaudhry@pellowgrange.co.uk>", "Formal complaint - the late Mrs Doreen Haskins, account 7760193",
         "Dear Sirs,\n\nWe act for the executors of the late Mrs Doreen Haskins, who died on 21 April. We notified you "
         "of her death on 2 May and sent a copy of the death certificate, asking that all correspondence come to "
         "us.\n\nSince then you have sent four letters addressed to Mrs Haskins at her home, where her husband, Mr "
         "Ronald Haskins, aged 81, still lives. On 3 and 10 June one of your agents telephoned Mr Haskins and told "
         "him that he was now 'liable for his wife's debts'. That is untrue: the account was in Mrs Haskins' sole "
         "name. Mr Haskins has been extremely distressed.\n\nPlease treat this as a formal complaint. We ask that you "
         "stop all contact with Mr Haskins immediately, deal only with this firm, send him a written apology, and "
         "explain what guidance your agents are given on bereaved customers.\n\nYours faithfully,\nImran Chaudhry\n"
         "Associate, Pellow & Grange Solicitors", False, {}),
        ("Imran Chaudhry <i.chaudhry@pellowgrange.co.uk>", "Complaint - estate of Mrs D. Haskins (7760193)",
         "Dear Conexus,\n\nWe act for the executors of Mrs Doreen Haskins (died 21 April; you were told on 2 May with a "
         "death certificate). You have since written to her four times at home, and on 3 and 10 June your agent "
         "told her 81-year-old widower by phone that he must pay her debts, which were in her sole name. He is very "
         "distressed.\n\nThis is a formal complaint. Stop contacting Mr Haskins, deal only with us, apologise to him "
         "in writing and explain your bereavement guidance.\n\nImran Chaudhry\nPellow & Grange Solicitors", True, {}))

control("cC03", "conexus", L(r="erasure"),
        "A debtor asks Conexus to delete an old mobile number and work email and to write by post only: erasure "
        "without dissatisfaction (the post-only preference is a contact request, not a right), not a complaint.",
        ("Helen Abara <helen.abara@gmail.com>", "Contact details - account 7719960",
         "Hello,\n\nPlease delete my old mobile number (07700 900 118) and my old work email address from your "
         "records, as I no longer use either. From now on please contact me only by post at my home address.\n\n"
         "Thank you,\nHelen Abara\nAccount 7719960", False, {}),
        ("Helen Abara <helen.abara@gmail.com>", "Please remove old contact details",
         "Hi, account 7719960. Please erase my old mobile 07700 900 118 and my former work email from your system; "
         "I don't use them any more. Letters only from now on, please. Thanks, Helen Abara", False, {}))

control("cC04", "conexus", L(),
        "A debtor asks how to pay by card and about Saturday opening: a neutral enquiry, not a complaint.",
        ("Stuart McAllister <stuart.mcallister@outlook.com>", "Paying by card",
         "Hi, can I pay my balance by debit card over the phone, and are your lines open on Saturdays? My reference "
         "is 7724517.\n\nThanks\nStuart", False, {}),
        ("Stuart McAllister <stuart.mcallister@outlook.com>", "Question",
         "Hello, two quick questions about account 7724517: do you take card payments by phone, and what are your "
         "opening hours at the weekend?\n\nStuart McAllister", True, {}))

control("cC05", "conexus", L(auto=True),
        "A payment processor's automatic Direct Debit report notice (with bulk headers in one copy, none in the "
        "other): a system notification, so auto_generated and nothing else.",
        ("Paysure Reports <no-reply@reports.paysure.co.uk>", "ADDACS report available - Conexus Services Ltd - 18/08/2025",
         "This is an automated notification.\n\n3 new ADDACS records (Direct Debit instruction cancellations) are "
         "available for service user number 449120.\n\nLog in to the Paysure portal to view and download the "
         "report.\n\nPlease do not reply to this email; this mailbox is not monitored.", False,
         {"auto-submitted": "auto-generated", "precedence": "bulk"}),
        ("Paysure Reports <no-reply@reports.paysure.co.uk>", "Your daily ADDACS report is ready",
         "Service user 449120 (Conexus Services Ltd)\n\nNew ADDACS records: 3\nReport date: 18/08/2025\n\nSign in to "
         "the Paysure portal to download the file. This message was generated automatically; replies are not read.",
         True, {}))


# ---------------------------------------------------------------------------------------------
# rendering

def comment_kind(text):
    n = len(text.split())
    return "none" if n == 0 else ("words" if n <= 5 else "sentences")


def writer_text(e):
    parts = [p for p in (e["comment"], e["sign"], e["disclaimer"]) if p]
    return "\n\n".join(parts)


def render(sc, i):
    e = sc["envs"][i]
    if sc["group"] == "C":
        sender, subject, body, html, headers = e
        if html:
            body = "<html><body>\n" + paras_html(body) + "\n</body></html>"
        return {"id": None, "mailbox": sc["mailbox"], "from": sender, "subject": subject, "headers": dict(headers),
                "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
                "note": sc["note"], "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"],
                "_env": f"new-{'html' if html else 'plain'}", "_kind": "n/a"}
    m = sc["carried"]
    subject = f"{e['prefix']} {m['subject']}"
    own = writer_text(e)
    if e["html"]:
        head = paras_html(own) + "\n" if own else ""
        body = ('<html><body lang="EN-GB"><div class="WordSection1">\n' + head
                + carried_html(m, e["style"], e["lang"], e["datefmt"]) + "\n</div></body></html>")
    else:
        block = carried_plain(m, e["style"], e["lang"], e["datefmt"])
        body = (own + "\n\n" + block) if own else block
    kind = "fw" if sc["group"] == "F" else "re"
    return {"id": None, "mailbox": sc["mailbox"], "from": e["sender"], "subject": subject,
            "headers": dict(e["headers"]), "body": body, "html": e["html"],
            "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])), "note": sc["note"],
            "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"],
            "_env": f"{kind}-{e['style']}{'-' + e['lang'] if e['lang'] != 'en' else ''}{'-html' if e['html'] else ''}",
            "_kind": comment_kind(e["comment"])}


STATS = {}


def build(rng):
    records = []
    kinds = collections.Counter()
    for sc in SCEN:
        for i in (0, 1):
            rec = render(sc, i)
            kinds[(sc["group"], rec.pop("_kind"))] += 1
            STATS.setdefault("group_of", {})[rec["source"]] = sc["group"]
            records.append(rec)
    STATS["kinds"] = kinds
    return records


def summary(records, env_counts):
    out = []
    srcs = collections.Counter(r["source"] for r in records)
    group_of = STATS["group_of"]
    out.append(f"wrote {OUT}: {len(records)} emails, {len(srcs)} scenarios")
    out.append("mailboxes: " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    out.append("groups (emails): " + str(dict(collections.Counter(group_of[r["source"]] for r in records))))
    out.append("comment length (group, kind -> emails): " + str(dict(sorted(STATS["kinds"].items()))))
    labs = [r["labels"] for r in records]
    comp = [la for la in labs if la["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(la['explicit'] for la in comp)} explicit); "
               f"breach {sum(la['breach'] for la in labs)}; auto_generated {sum(la['auto_generated'] for la in labs)}; "
               f"third_party {sum(la['third_party'] for la in labs)}; personal_data "
               f"{sum(la['personal_data'] for la in labs)}")
    for g in "FRC":
        gl = [r["labels"] for r in records if group_of[r["source"]] == g]
        out.append(f"  group {g}: {len(gl)} emails, complaints {sum(la['complaint'] for la in gl)}, "
                   f"rights {sum(bool(la['rights']) for la in gl)}, breach {sum(la['breach'] for la in gl)}, "
                   f"auto {sum(la['auto_generated'] for la in gl)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in la['rights'] for la in labs)}" for r in RIGHTS))
    out.append("about_other_firm: " + str(dict(collections.Counter(str(la["about_other_firm"]) for la in labs))))
    out.append("categories: " + str(dict(collections.Counter(la["category"] for la in labs))))
    out.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(out)


def main():
    assert len(SCEN) == 60 and len({s["sid"] for s in SCEN}) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
