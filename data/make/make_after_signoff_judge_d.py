#!/usr/bin/env python3
"""Judge set D for "what people write after their sign-off" (stdlib only).

60 invented scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain or
HTML, greeting, sign-off, signature style): 120 emails. Groups:

* S (26): a postscript after the sign-off and signature (PS, P.S., P.S:, PS -, ps, PPS, P.P.S.), which in about two
  thirds of scenarios carries what matters (a complaint, a rights request, a breach report, a complaint about
  another firm) and otherwise is ordinary (best time to call, documents to follow, a pleasantry);
* A (14): an afterthought after the sign-off without a postscript mark ("Oh, and one more thing", "Forgot to say",
  "Also", a new paragraph after the name), carrying what matters in about half;
* C (20): controls: the substance is in the body, followed by long signatures, company footers and disclaimers
  (some mention complaints, personal data or rights in the firm's voice), or the mail has no sign-off at all.

Labels follow /work/shared/labelling/labelling-guide.md, read over the whole new text: a postscript or
afterthought counts fully; a footer or disclaimer is the sender organisation's boilerplate. `explicit` is set
exactly when the sender's own words (subject, greeting, body, sign-off, postscripts, afterthoughts) contain
"complain". Where a firm's footer in the new text says "complain" on an implicit complaint, record_errors'
explicit check is replaced for that record by the same check on the sender's own words (see `errors`).

Run:  .venv/bin/python data/make/make_after_signoff_judge_d.py
Writes data/trials/after_signoff_judge_d.jsonl.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, html_with_quote, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280315
PREFIX = "sad"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_d.jsonl")

GREETINGS = ("Hi,", "Hello,", "Good morning,", "Dear Sir or Madam,", "Hi there,", "Hello team,")
CLOSES = ("Kind regards,", "Regards,", "Thanks,", "Best wishes,", "Many thanks,", "Thank you,")

# bookkeeping for the errors function and the summary, keyed by id(record) (records are the same dict objects
# from build() through the shuffle, the check and the summary)
OWN_WORDS = {}      # the sender's own words: subject, greeting, body, sign-off and name, postscripts, afterthoughts
FOOTER_TEXT = {}    # the footers/disclaimers/signature blocks in the new text (the organisation's boilerplate)
META = {}           # group, postscript marks, signature style
OVERRIDDEN = []     # records whose explicit check was replaced (a footer says "complain" on an implicit complaint)


# ---------------------------------------------------------------------------------------------
# envelopes


def E(name, addr, sig, *, html=False, greet=None, close=None, first=None, title="", org="", phones=(),
      postal="", web="", device="", footers=(), marks=("PS",), pos="sig", headers=None, quote=True):
    """One envelope. sig: bare (a first name), full (sign-off + full name), corp (name, title, firm, phones,
    address, web site), mobile (a device line such as "Sent from my iPhone" at the very end), delim (a "-- "
    signature), none (no sign-off at all). pos: where a postscript or afterthought goes: name (right after the
    typed name), sig (after the signature block, before any footer), footer (after the footers)."""
    return {"name": name, "addr": addr, "sig": sig, "html": html, "greet": greet, "close": close,
            "first": first or name.split()[0], "title": title, "org": org, "phones": tuple(phones),
            "postal": postal, "web": web, "device": device, "footers": tuple(footers), "marks": tuple(marks),
            "pos": pos, "headers": dict(headers or {}), "quote": quote}


def fmt_ps(mark, text):
    """A postscript paragraph with its mark as people type it."""
    if mark == "ps":
        return "ps " + text[0].lower() + text[1:]
    return f"{mark} {text}"


def render(s, env, rng):
    greet = env["greet"] if env["greet"] is not None else rng.choice(GREETINGS)
    close = env["close"] if env["close"] is not None else rng.choice(CLOSES)
    sig = env["sig"]
    own = [s["subject"]]
    paras = []
    if greet:
        paras.append(greet)
        own.append(greet)
    paras.append(s["body"])
    own.append(s["body"])
    typed_close, block = None, None
    if sig in ("bare", "mobile"):
        typed_close = f"{close}\n{env['first']}" if close else env["first"]
    elif sig == "full":
        typed_close = f"{close}\n{env['name']}" if close else env["name"]
    elif sig == "corp":
        typed_close = close or None
        lines = [env["name"]] + [x for x in (env["title"], env["org"]) if x] + list(env["phones"])
        lines += [x for x in (env["postal"], env["web"]) if x]
        block = "\n".join(lines)
    elif sig == "delim":
        typed_close = f"{close}\n{env['first']}" if close else env["first"]
        lines = ["-- ", env["name"]] + [", ".join(x for x in (env["title"], env["org"]) if x)]
        lines = [x for x in lines if x] + list(env["phones"]) + ([env["web"]] if env["web"] else [])
        block = "\n".join(lines)
    if typed_close:
        own.append(typed_close)
    # the text after the sign-off: postscripts (group S) or an afterthought (group A)
    extra = []
    if s["group"] == "S":
        assert len(env["marks"]) == len(s["ps"]), s["sid"]
        extra = [fmt_ps(m, t) for m, t in zip(env["marks"], s["ps"])]
    elif s["group"] == "A":
        extra = [s["after"]]
    own += extra
    boiler = []
    if typed_close:
        paras.append(typed_close)
    if env["pos"] == "name":
        paras += extra
    if block:
        paras.append(block)
        boiler.append(block)
    if env["pos"] == "sig":
        paras += extra
    for f in env["footers"]:
        paras.append(f)
        boiler.append(f)
    if env["pos"] == "footer":
        paras += extra
    if env["device"]:
        paras.append(env["device"])
        boiler.append(env["device"])
    text = "\n\n".join(paras)
    quote = None
    subject = s["subject"]
    if s.get("quote") and env["quote"]:
        head, qtext, style = s["quote"]
        quote = head + "\n" + (quote_lines(qtext) if style == ">" else qtext)
        subject = s.get("reply_subject", subject)
        own[0] = subject
    if env["html"]:
        body = html_with_quote(text, quote)
    else:
        body = text + ("\n\n" + quote if quote else "")
    rec = {"id": None, "mailbox": s["mailbox"], "from": f"{env['name']} <{env['addr']}>", "subject": subject,
           "headers": dict(env["headers"]), "body": body, "html": env["html"], "labels": dict(s["labels"]),
           "note": s["note"], "source": f"{PREFIX}-{s['sid']}", "train_labels": ["complaint"],
           "_env": f"{sig}-{'html' if env['html'] else 'plain'}"}
    rec["labels"]["rights"] = list(s["labels"]["rights"])
    OWN_WORDS[id(rec)] = "\n".join(own)
    FOOTER_TEXT[id(rec)] = "\n".join(boiler)
    META[id(rec)] = {"group": s["group"], "marks": env["marks"] if s["group"] == "S" else (),
                     "sig": sig, "footer": bool(env["footers"]), "quote": quote is not None, "sid": s["sid"]}
    return rec


# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def sc(sid, mailbox, group, subject, body, labels, note, envs, ps=(), after=None, quote=None, reply_subject=None):
    assert group in "SAC" and len(envs) == 2
    assert (group == "S") == bool(ps) and (group == "A") == bool(after)
    d = {"sid": sid, "mailbox": mailbox, "group": group, "subject": subject, "body": body, "labels": labels,
         "note": note, "envs": envs, "ps": list(ps), "after": after, "quote": quote}
    if reply_subject:
        d["reply_subject"] = reply_subject
    SCENARIOS.append(d)


L = short_labels


# ---- PEXA, group S: postscripts ------------------------------------------------------------------------------

BRINDLE_FOOT = ("This email and any attachments are confidential and intended only for the addressee. If it has "
                "reached you in error, please tell us by return and delete it; do not copy or rely on it. "
                "Brindle & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority "
                "(SRA No. 517204).")
sc("s001", "pexa", "S", "New user set-up - Brindle & Co",
   "Could you add our new trainee, Ellie Marchant, as a user on our subscriber account? Her details are on the "
   "attached form and she has already been through the identity check with your onboarding team.\n\n"
   "She needs the standard conveyancer role, not admin.",
   L(c=True, cat="platform_defect"),
   "The postscript reports a settlement that failed twice with harm and asks for an investigation and a reply, so "
   "the message is an implicit complaint about PEXA's platform (platform_defect) although the body is a routine "
   "user request; staff writing for their own firm are not a third party.",
   [E("Gareth Pryce", "g.pryce@brindleandco.co.uk", "corp", greet="Hi,", close="Thanks,",
      title="Senior Conveyancer", org="Brindle & Co Solicitors", phones=("T: 01536 410 227", "M: 07700 900 318"),
      postal="Market Chambers, 6 Newland Street, Kettering NN16 8JH", web="www.brindleandco.co.uk",
      footers=(BRINDLE_FOOT,), marks=("P.S.",)),
    E("Alisha Dunmore", "alisha.dunmore@brindleandco.co.uk", "delim", html=True, greet="Hello PEXA team,",
      close="Best,", title="Conveyancing Executive", org="Brindle & Co", phones=("01536 410 230",),
      marks=("PS -",))],
   ps=["The settlement on 9 Linnet Way, Corby (workspace WS-3318-0476) failed twice yesterday with a 'source funds "
       "unavailable' message, although the lender had confirmed the advance was in the account from 10am. Our buyer "
       "spent the night at her sister's with everything she owns in a van. Can someone find out what went wrong and "
       "come back to me today?"])

MPC_FOOT = ("Marsh & Penrose Conveyancing Ltd. Registered in England and Wales, company no. 06623918. Registered "
            "office: 22 Southernhay East, Exeter EX1 1QS. Regulated by the Council for Licensed Conveyancers.")
sc("s002", "pexa", "S", "Slides from Thursday's workshop",
   "Thank you for sending the slides from Thursday's remittance workshop. I've saved them to our shared drive and "
   "the team found the worked examples on split disbursements really useful.",
   L(c=True, ex=True, cat="service_quality"),
   "The postscript is the sender's own explicit complaint about a PEXA support adviser's rudeness "
   "(service_quality); the sender works at a directory firm that is the complainant, not the subject, so "
   "about_other_firm stays null and there is no third party.",
   [E("Helen Ashdown", "h.ashdown@marshpenrose.co.uk", "corp", html=True, greet="Dear Carla,", close="Kind regards,",
      title="Head of Post-Completion", org="Marsh & Penrose Conveyancing", phones=("Direct: 01392 440 131",),
      postal="22 Southernhay East, Exeter EX1 1QS", web="marshpenrose.co.uk", footers=(MPC_FOOT,), marks=("PS",)),
    E("Kieran Laidlaw", "kieran.laidlaw@marshpenrose.co.uk", "full", greet="Hi Carla,", close="Best wishes,",
      footers=(MPC_FOOT,), marks=("P.S:",), pos="footer")],
   ps=["I do want to complain about a call one of our paralegals made to your support line on Tuesday afternoon. "
       "She asked a perfectly reasonable question about a rejected lodgement and the adviser told her she was "
       "'wasting his time' and ended the call. She was quite shaken. I'd like an apology to her and to know what "
       "you will do about it."])

GFL_FOOT = ("Greyfriars Law LLP is a limited liability partnership registered in Scotland (SO305521) and is regulated "
            "by the Law Society of Scotland. This message is confidential and may be legally privileged. If you are "
            "not the intended recipient, please notify us and delete it.")
sc("s003", "pexa", "S", "Leaving Greyfriars - my user account",
   "Just to let you know that I'm leaving Greyfriars Law at the end of this month to take a career break. Fraser "
   "Munro will take over my open workspaces, and our administrator will deactivate my login on my last day. Thank "
   "you for all your help over the last four years.",
   L(r="access"),
   "Asking for a copy of the personal information PEXA holds about her as a user is an access request made "
   "without any dissatisfaction, so rights=access and not a complaint; the body is a routine notice.",
   [E("Morag Sinclair", "morag.sinclair@greyfriarslaw.co.uk", "corp", greet="Hello,", close="All the best,",
      title="Solicitor, Residential Property", org="Greyfriars Law LLP", phones=("0131 496 0839",),
      postal="8 Greyfriars Place, Edinburgh EH1 2QQ", footers=(GFL_FOOT,), marks=("P.S.",)),
    E("Isla Drummond", "isla.drummond@greyfriarslaw.co.uk", "bare", html=True, greet="Hi there,", close="Thanks,",
      marks=("PS",))],
   ps=["Separately, and just for my own records, could you send me a copy of the personal information PEXA holds "
       "about me as an individual user - my profile, my login history and the identity documents I supplied when I "
       "registered?"])

sc("s004", "pexa", "S", "What does PEXA actually do?",
   "My solicitor says our purchase will complete 'through PEXA' and that the money goes through your system. Could "
   "you explain in plain English what your part is, and whether I need to do anything myself? We're first-time "
   "buyers and it's all a bit new.",
   L(c=True, firm="tvm", cat="delay"),
   "The body is a neutral enquiry, but the postscript is a consumer's grievance purely about a participant lender "
   "(Thames Valley Mortgages) repeatedly delaying the funds, with a request for action: a complaint to forward to "
   "tvm, category delay.",
   [E("Jade Whitlock", "jadewhitlock88@gmail.com", "mobile", greet="Hi,", close="Thanks",
      device="Sent from my iPhone", marks=("P.S.",)),
    E("Sanjay Patel", "s.patel.home@outlook.com", "full", html=True, greet="Dear PEXA,", close="Thanks in advance,",
      marks=("PS",))],
   ps=["To be honest the reason I'm asking is that Thames Valley Mortgages have now put back releasing our mortgage "
       "money three times, and nobody there returns my calls. We were meant to complete last Friday. Can you chase "
       "them, or tell me who will?"])

PENHALLOW_FOOT = ("CONFIDENTIALITY: this email may contain personal data and privileged information. If you are not "
                  "the intended recipient please delete it and let us know; any use, disclosure or copying is "
                  "prohibited. Penhallow Property Lawyers is a trading name of Penhallow Legal Ltd, authorised and "
                  "regulated by the Solicitors Regulation Authority (SRA No. 640291).")
sc("s005", "pexa", "S", "User group - 14 May",
   "Two of us will attend the user group at your Manchester office on 14 May: me and Priyanka Shah. Neither of us "
   "has any dietary requirements.",
   L(br=True),
   "The postscript reports another firm's clients' settlement data exposed in the wrong workspace (breach=true) but "
   "voices no grievance and asks for nothing back, so it is not a complaint and personal_data stays false.",
   [E("Owen Trevithick", "otrevithick@penhallowlaw.co.uk", "corp", greet="Hi Sam,", close="Cheers,",
      title="Associate Solicitor", org="Penhallow Property Lawyers", phones=("01872 555 204",),
      postal="Lemon Quay House, Truro TR1 2LW", web="www.penhallowlaw.co.uk", footers=(PENHALLOW_FOOT,),
      marks=("P.S:",), pos="footer"),
    E("Ruth Ambrose", "rambrose@penhallowlaw.co.uk", "delim", html=True, greet="Hello Sam,", close="Best wishes,",
      title="Completions Manager", org="Penhallow Property Lawyers", phones=("01872 555 219",), marks=("PS",))],
   ps=["One thing your data team should know: this morning a settlement statement for a matter that isn't ours "
       "appeared in one of our workspaces. It shows the names of a couple selling a house in Luton, their bank "
       "account details and the sale price. We've closed it and not shared it with anyone. We don't need anything "
       "back from you - just flagging it."])

ALDER_FOOT = ("Alder Conveyancing is the trading name of Alder Conveyancing Ltd, authorised and regulated by the "
              "Solicitors Regulation Authority (SRA No. 588120). Registered office: 2 Mill Yard, Ludlow SY8 1BB.")
sc("s006", "pexa", "S", "Subscription cancellation - Alder Conveyancing",
   "I'm retiring at the end of March and closing the practice, so please cancel our PEXA subscription with effect "
   "from 31 March. Any final invoice can go to the usual accounts address. All of my remaining workspaces will have "
   "settled by then.",
   L(r="erasure,objection"),
   "Asking for erasure once the account closes and objecting to marketing use are rights requests made neutrally, "
   "without dissatisfaction, so rights=erasure,objection and not a complaint.",
   [E("Margaret Alder", "margaret@alderconveyancing.co.uk", "full", greet="Dear Sir or Madam,",
      close="Yours faithfully,", footers=(ALDER_FOOT,), marks=("P.S.",)),
    E("Desmond Alder", "des@alderconveyancing.co.uk", "bare", html=True, greet="Hello,", close="Regards,",
      first="Des", marks=("ps",))],
   ps=["Once the account is closed I would like my personal details erased from your systems. In the meantime I "
       "object to my details being used for any marketing."])

CASTLEGATE_FOOT = ("Castlegate Legal LLP, authorised and regulated by the Solicitors Regulation Authority. A list "
                   "of members is available at our registered office, 1 Castlegate, York YO1 9RN.")
sc("s007", "pexa", "S", "Invoice dates for next year",
   "Could you confirm whether platform fee invoices will still be issued on the 1st of each month next year, or "
   "whether that is moving to the 5th as your last bulletin suggested? Our accounts team need to know before they "
   "set up the new cost centres.",
   L(c=True, pd=True, r="rectification", cat="personal_data"),
   "The postscript says her name is still shown wrongly to other firms after she reported it, with a demand to "
   "correct it: an implicit complaint about inaccurate personal data (category personal_data) with rectification.",
   [E("Adaeze Bright", "adaeze.bright@castlegatelegal.co.uk", "corp", html=True, greet="Hello,", close="Kind regards,",
      title="Senior Associate", org="Castlegate Legal LLP", phones=("T 01904 555 612", "M 07700 900 527"),
      postal="1 Castlegate, York YO1 9RN", web="castlegatelegal.co.uk", footers=(CASTLEGATE_FOOT,),
      marks=("P.S.",)),
    E("Lorna Featherstone", "l.featherstone@castlegatelegal.co.uk", "full", greet="Hi,", close="Regards,",
      marks=("PS -",))],
   ps=["Your platform still shows me under my married name. I went back to my maiden name last year, told your "
       "onboarding team in June and sent them the paperwork. It is upsetting every time another firm sees the old "
       "name in a shared workspace. Please correct it this week and let me know when it's done."])

sc("s008", "pexa", "S", "Lodgement pending?",
   "We completed on our new flat on Friday and the conveyancer's portal now says 'lodgement pending'. Is that "
   "anything to worry about, or does it just mean the Land Registry hasn't caught up yet?",
   L(c=True, ex=True, firm="unknown", cat="fees_charges"),
   "The second postscript is the consumer's explicit complaint purely about their own conveyancer, a firm outside "
   "the directory, over an unquoted fee (about_other_firm=unknown, fees_charges); the body and first postscript are a "
   "neutral question and thanks.",
   [E("Rosalind Ekwueme", "ros.ekwueme@gmail.com", "full", greet="Hello,", close="Many thanks,",
      marks=("PS", "PPS")),
    E("Tom Haverstock", "tomhaverstock@btinternet.com", "bare", html=True, greet="Hi,", close="Cheers,",
      marks=("P.S.", "P.P.S."))],
   ps=["Thanks for the quick answer to my last question, by the way.",
       "I also want to complain about Fenwick Moss, our conveyancers. They've charged us a £180 'electronic "
       "completion fee' that wasn't in their quote, and they won't discuss it. Can you pass this to whoever deals "
       "with it?"])

sc("s009", "pexa", "S", "Is this text from you genuine?",
   "Yesterday I got a text message saying it was from PEXA and that a 'workspace' had been opened for the sale of my "
   "flat, with a link to click. I've never heard of you, so before I click anything: is it genuine, or a scam?",
   L(c=True, pd=True, r="informed", cat="personal_data"),
   "The postscript's displeasure at an unexpected use of the sender's mobile number, with a demand to know its source and "
   "the basis for using it, makes an implicit personal-data complaint with the informed right; the body alone is "
   "a neutral enquiry.",
   [E("Beverley Coates", "bev.coates@btinternet.com", "mobile", greet="Hello,", close="Regards,", first="Beverley",
      device="Sent from my iPad", marks=("P.S.",)),
    E("Hamid Rahimi", "h.rahimi71@gmail.com", "bare", html=True, greet="Hi,", close="", marks=("PS",))],
   ps=["If it is genuine, I want to know where you got my mobile number and on what basis you're using it. I never "
       "gave it to you and I'm not happy about being texted by a company I've never dealt with."])

HCB_FOOT_A = ("Heathcote Bank plc. Registered in England and Wales no. 00231877. Registered office: 1 Market Square, "
              "Leeds LS1 6DB. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
              "Authority and the Prudential Regulation Authority. If you are a Heathcote customer and want to "
              "complain about our service, visit heathcotebank.co.uk/complaints.")
HCB_FOOT_B = ("Heathcote Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial "
              "Conduct Authority and the Prudential Regulation Authority. Calls may be recorded.")
sc("s010", "pexa", "S", "Refund of platform fee - WS-2207-8815",
   "This is my third email about this. The workspace for 27 Quarry Bank was withdrawn on 3 February before "
   "settlement, and your team confirmed on the 10th that the £118 platform fee would be refunded within ten "
   "working days. It is now 24 March and nothing has arrived. Please tell me when the refund will be paid.",
   L(c=True, cat="delay"),
   "A third chaser for a promised refund is a 'still waiting' complaint (delay, implicit); the postscript only gives "
   "cover arrangements, and the bank's footer line about its own customers' complaints is boilerplate, not the "
   "sender's words.",
   [E("Louise Farrant", "louise.farrant@heathcotebank.co.uk", "corp", greet="Hello,", close="Regards,",
      title="Mortgage Completions Officer", org="Heathcote Bank", phones=("0113 496 0702",),
      postal="1 Market Square, Leeds LS1 6DB", footers=(HCB_FOOT_A,), marks=("PS",)),
    E("Dominic Hale", "dominic.hale@heathcote.co.uk", "delim", html=True, greet="Hi,", close="Thanks,",
      title="Completions Team Leader", org="Heathcote Bank", phones=("0113 496 0715",), footers=(HCB_FOOT_B,),
      marks=("P.S.",))],
   ps=["I'm on leave on Thursday and Friday; my colleague Nadia Kerr (0113 496 0718) can deal with this while I'm "
       "away."],
   quote=("On 10 Feb 2025, at 11:42, PEXA Customer Support <support@pexa.co.uk> wrote:",
          "Hello,\n\nThank you for confirming the withdrawal of this workspace. The platform fee of £118 will be "
          "refunded to your nominated account within ten working days.\n\nKind regards\nPEXA Customer Support", ">"),
   reply_subject="RE: Refund of platform fee - WS-2207-8815")

KBS_FOOT = ("Kestrel Building Society is authorised by the Prudential Regulation Authority and regulated by the "
            "Financial Conduct Authority and the Prudential Regulation Authority (FRN 106233). Principal office: "
            "Kestrel House, 14 Abbey Road, Northampton NN1 5AX.")
sc("s011", "pexa", "S", "Autumn user group date?",
   "Do you have a date yet for the autumn user group in Leeds? A few of us would like to get it in the diary before "
   "the summer holidays.",
   L(),
   "A neutral question with a friendly postscript: nothing to triage, not a complaint.",
   [E("Hannah Greig", "hannah.greig@kestrelbs.co.uk", "corp", greet="Hi Martin,", close="Many thanks,",
      title="Completions Supervisor", org="Kestrel Building Society", phones=("0300 123 4433",),
      footers=(KBS_FOOT,), marks=("P.S.",)),
    E("Tobias Wren", "tobias.wren@kestrelbs.co.uk", "bare", html=True, greet="Morning Martin,", close="Ta,",
      first="Toby", marks=("ps",))],
   ps=["It was lovely to meet your team at the conference last week - the session on remote ID checks was "
       "excellent."])

TEIFI_PRIV = ("Privacy notice: Teifi Valley Law processes the personal data of clients and third parties to provide "
              "legal services. Details of how we use your data and of your rights are on our website at "
              "teifivalleylaw.co.uk/privacy.")
sc("s012", "pexa", "S", "Complaint - new document upload screen",
   "Please treat this email as a complaint. Since the upload screen was redesigned last month, the 'submit to "
   "lender' button only appears once you have scrolled past every document in the list, and nothing tells you it's "
   "there. Three of my team have sent workspaces back to draft by mistake because they couldn't find it, and one "
   "completion slipped by a day. The screen does what it's meant to; it is just very hard to use. I'd like to know "
   "whether you will change it and, if so, when.",
   L(c=True, ex=True, cat="usability"),
   "The body calls itself a complaint about a redesigned screen that works but is hard to use (explicit, "
   "usability); the postscript only gives a time to call.",
   [E("Rhiannon Pugh", "rhiannon.pugh@teifivalleylaw.co.uk", "corp", html=True, greet="Dear PEXA,",
      close="Yn gywir / Yours sincerely,", title="Practice Manager", org="Teifi Valley Law",
      phones=("01239 555 480",), postal="Bridge Street, Cardigan SA43 1HY", web="teifivalleylaw.co.uk",
      footers=(TEIFI_PRIV,), marks=("PS -",)),
    E("Callum Ferris", "callum.ferris@teifivalleylaw.co.uk", "full", greet="Hello,", close="Regards,",
      marks=("P.S.",))],
   ps=["Best time to call me is after 2pm - mornings I'm tied up with completions."])

sc("s013", "pexa", "S", "My father's house sale - Orchard Lane",
   "I'm writing on behalf of my father, Mr Leonard Hirst, who is 84 and selling his bungalow at 3 Ferndale Rise. "
   "His solicitors, Orchard Lane, told him the sale completed on 28 February, but three weeks later the money still "
   "hasn't reached his bank account and nobody at Orchard Lane will give us a straight answer. He is paying bills on "
   "two homes in the meantime. Can you find out what is going on, or tell us who can make them act?",
   L(c=True, firm="ols", tp=True, cat="delay"),
   "A son or daughter writes for the father about the father's own solicitors holding back sale money: a "
   "third-party consumer complaint purely about a participant firm (ols, delay); the postscript's new mobile number "
   "is a contact detail, not a request to update any record.",
   [E("Martin Hirst", "martin.hirst@talktalk.net", "full", greet="Dear Sir or Madam,", close="Yours sincerely,",
      marks=("P.S.",)),
    E("Joanne Hirst-Pell", "jo.hirstpell@gmail.com", "mobile", greet="Hello,", close="Thanks", first="Jo",
      device="Sent from my iPhone", marks=("PS",))],
   ps=["You can reach me on my new mobile, 07700 900 412, if that's easier than email."])


# ---- Conexus, group S: postscripts ---------------------------------------------------------------------------

sc("s014", "conexus", "S", "Payment for March - ref CNX 40217-88",
   "Just letting you know I paid this month's £20 by bank transfer this morning, using the reference on my letter. "
   "Can you confirm it has reached you?",
   L(c=True, cat="collection_conduct"),
   "The postscript objects to a shouting agent and four calls in one afternoon and asks for that to stop and an "
   "apology: an implicit complaint about how the debt is pursued (collection_conduct); stopping calls is a conduct "
   "remedy, not the objection right.",
   [E("Kerry-Ann Doyle", "kerryann.doyle@yahoo.co.uk", "bare", greet="Hi,", close="Thanks", marks=("P.S:",)),
    E("Lewis Gathercole", "lgathercole@hotmail.co.uk", "mobile", greet="", close="", device="Sent from my iPhone",
      marks=("PS",))],
   ps=["The man who rang me on Monday was shouting at me and called four times in one afternoon, including while I "
       "was at work. I am keeping to the plan. I want calls like that to stop and someone to apologise."])

sc("s015", "conexus", "S", "I&E form attached",
   "Please find attached my income and expenditure form, as your agent asked for on the phone. I have put "
   "everything in, including the kids' school dinners.",
   L(c=True, ex=True, cat="fees_charges"),
   "The postscript makes an explicit complaint about a fee Conexus added on top of the balance without notice "
   "(fees_charges), while the body is a routine document submission.",
   [E("Shauna Leckie", "shaunaleckie@gmail.com", "full", html=True, greet="Hello,", close="Kind regards,",
      marks=("P.S.",)),
    E("Dariusz Nowak", "d.nowak84@wp.pl", "bare", greet="Good morning,", close="Best regards", marks=("PS",))],
   ps=["I would like to make a complaint about the £45 'administration fee' that was added to my balance in "
       "January. Nobody told me about it before it appeared, and I want it taken off."])

sc("s016", "conexus", "S", "Payment reference?",
   "Can you send me the reference I need to quote when I pay by card over the phone? I've lost the letter it was on.",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "The postscript describes a letter with her account details sent to her ex-husband's address and read by him, "
   "with anger and demands for an explanation: an implicit personal-data complaint with breach=true.",
   [E("Natalie Brennan", "nat.brennan@outlook.com", "mobile", greet="Hi,", close="", device="Sent from my iPhone",
      marks=("P.S.",)),
    E("Gemma Ruddock", "gemma.ruddock@icloud.com", "full", html=True, greet="Hello,", close="Regards,",
      marks=("PS -",))],
   ps=["Your letter of 3rd March was sent to my ex-husband's flat, addressed to him but with my account details "
       "inside. He brought it round opened and now knows all about my debt. I am furious. I want to know how this "
       "happened and what you are doing to make sure it never happens again."])

NORTHGATE_FOOT = ("Northgate Money Advice is a registered charity (no. 1150942) and a company limited by guarantee "
                  "(no. 08311476). Authorised and regulated by the Financial Conduct Authority (FRN 618844) for debt "
                  "counselling. Our privacy notice, including your rights over the personal data we hold, is at "
                  "northgatemoneyadvice.org.uk/privacy.")
VALLEYS_FOOT = ("Valleys Debt Help is a project of Cwm Community Trust, registered charity 1172205. This email is "
                "confidential. If you have received it in error please delete it and tell the sender.")
sc("s017", "conexus", "S", "Client: Mr Tomasz Zielinski - account CNX 55812-03",
   "We are a free debt advice service and act for Mr Zielinski, whose signed authority is attached. Please hold his "
   "account for 30 days while we prepare a full financial statement and look at his options, and send any "
   "correspondence to us.",
   L(r="access", tp=True),
   "A money adviser asks for a hold and, in the postscript, for a copy of the client's data including call "
   "recordings: the access right on the client's behalf (third_party), with no dissatisfaction, so not a complaint.",
   [E("Farah Siddiqui", "f.siddiqui@northgatemoneyadvice.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Debt Adviser", org="Northgate Money Advice",
      phones=("Tel: 0191 555 0290", "Advice line: 0800 555 0177"), postal="4 Bewick Street, Newcastle NE1 5EF",
      web="northgatemoneyadvice.org.uk", footers=(NORTHGATE_FOOT,), marks=("P.S.",)),
    E("Owain Blethyn", "owain.b@valleysdebthelp.org.uk", "delim", html=True, greet="Dear Conexus,",
      close="Regards,", title="Money Adviser", org="Valleys Debt Help", phones=("01443 555 316",),
      footers=(VALLEYS_FOOT,), marks=("PS",))],
   ps=["Our client also asks for a copy of all the personal data Conexus holds about him, including any call "
       "recordings, under Article 15 UK GDPR."])

sc("s018", "conexus", "S", "How do I pay?",
   "Can I pay what I owe in instalments online, or do I have to ring up? I'd rather not talk on the phone if I can "
   "avoid it.",
   L(c=True, firm="nte", cat="debt_dispute"),
   "The postscript disputes the creditor's own bill (a year of estimated readings despite meter readings sent) and "
   "asks for it to be looked at again; only Northline can fix that root cause, so a complaint for nte, "
   "debt_dispute.",
   [E("Aaron Bexley", "a.bexley@gmail.com", "bare", greet="hiya", close="", marks=("ps",)),
    E("Wendy Oduya", "wendy.oduya@btinternet.com", "full", html=True, greet="Dear Sir/Madam,",
      close="Yours faithfully,", marks=("P.S:",))],
   ps=["I still say the Northline bill is wrong. They estimated my gas for a whole year even though I sent them "
       "meter readings every quarter, and the final bill is nearly double what I actually used. They won't listen to "
       "me - can you get them to look at it again?"])

sc("s019", "conexus", "S", "Your payment plan",
   "Thanks for setting up the plan at £35 a month from the 15th. I've signed the form and posted it back today.",
   L(r="objection"),
   "The postscript objects to marketing use of the sender's details in neutral terms, without dissatisfaction: "
   "rights=objection, not a complaint.",
   [E("Imogen Tully", "imogen.tully@gmail.com", "full", greet="Hello,", close="Kind regards,", marks=("PS",)),
    E("Marcus Oyelaran", "m.oyelaran@outlook.com", "bare", html=True, greet="Hi,", close="Thanks,",
      marks=("PS -",))],
   ps=["Please note that I object to my details being used for any marketing, including the 'partner offers' "
       "emails. I only want letters and emails about this account."],
   quote=("On 2 Apr 2025, at 09:15, Conexus Payments <payments@conexus.co.uk> wrote:",
          "Dear customer,\n\nWe have set up your payment plan of £35 per month, starting on the 15th. Please sign "
          "and return the enclosed form.\n\nConexus Payments Team", ">"),
   reply_subject="Re: Your payment plan")

sc("s020", "conexus", "S", "My address hasn't changed",
   "Your letter asked me to confirm my address. It is the same as on the letter, 12 Hawthorn Close, Barnsley.",
   L(c=True, r="automated_decision", cat="collection_conduct"),
   "The postscript objects to an instant automated refusal of an affordable offer and asks for a person to decide: "
   "an implicit complaint with automated_decision; demanding an unaffordable repayment is how the debt is pursued "
   "(collection_conduct).",
   [E("Liam Shotton", "liamshotton@live.co.uk", "bare", greet="Hello,", close="Cheers", marks=("ps",)),
    E("Tracey Mulvaney", "tracey.mulvaney77@gmail.com", "mobile", greet="Hi,", close="Thanks",
      device="Sent from my Samsung Galaxy smartphone.", marks=("PS",))],
   ps=["Your online plan tool turned down my offer of £30 a month within seconds and says I have to pay £95. There "
       "is no way I can afford that on my wages. I want a real person to look at my figures and decide, not a "
       "computer."])

sc("s021", "conexus", "S", "Final payment made",
   "I've made the last payment on my account today, so it should now be cleared in full. Could you send me a letter "
   "confirming the balance is nil?",
   L(r="portability"),
   "Only requests and thanks: the second postscript asks for the sender's data as a CSV or spreadsheet to load into another "
   "app (portability); there is no dissatisfaction, so not a complaint.",
   [E("Craig Fennimore", "craig.fennimore@gmail.com", "full", html=True, greet="Hello,", close="Kind regards,",
      marks=("PS", "PPS")),
    E("Sadia Anwar", "sadia.anwar@yahoo.com", "bare", greet="Hi,", close="Thanks", marks=("P.S.", "P.P.S."))],
   ps=["Leanne in your payments team was really helpful throughout - please pass on my thanks.",
       "Could you also send me my payment history and account notes as a CSV or spreadsheet file? I want to load "
       "them into the budgeting app I use."])

HARCOURT_FOOT = ("Harcourt Pryde Solicitors is the trading name of Harcourt Pryde LLP, authorised and regulated by the "
                 "Solicitors Regulation Authority (SRA No. 701154). A list of members is available at our registered "
                 "office.")
HARCOURT_FRAUD = ("CYBERCRIME WARNING: we will never tell you of a change to our bank details by email. If you "
                  "receive such an email, do not act on it; call us on a number you know to be ours.")
sc("s022", "conexus", "S", "Our client Mr Dean Calloway - your ref CNX 61093-40",
   "We act for Mr Calloway in relation to the above account, which we understand you are collecting on behalf of "
   "Fairhaven Motor Finance. Please direct all further correspondence to this office and do not contact our client "
   "directly.",
   L(c=True, ex=True, tp=True, firm="unknown", cat="debt_dispute"),
   "The solicitor's postscript calls the client's grievance a complaint against a creditor outside the directory "
   "(mis-sold car finance), which only that creditor can resolve: explicit, third_party, about_other_firm=unknown, "
   "debt_dispute.",
   [E("Eleanor Voss", "e.voss@harcourtpryde.co.uk", "corp", greet="Dear Sirs,", close="Yours faithfully,",
      title="Associate", org="Harcourt Pryde Solicitors", phones=("DDI 0117 555 0843",),
      postal="9 Queen Square, Bristol BS1 4JE", web="www.harcourtpryde.co.uk",
      footers=(HARCOURT_FOOT, HARCOURT_FRAUD), marks=("P.S.",)),
    E("Jamal Idowu", "j.idowu@harcourtpryde.co.uk", "delim", html=True, greet="Dear Conexus,", close="Regards,",
      title="Solicitor", org="Harcourt Pryde", phones=("0117 555 0851",), footers=(HARCOURT_FRAUD,),
      marks=("PS",), pos="footer")],
   ps=["For the avoidance of doubt, our client's complaint is with Fairhaven Motor Finance itself: he maintains the "
       "finance agreement was mis-sold to him and the dealer's commission was never disclosed. Please refer the "
       "matter back to Fairhaven and suspend collection while they consider it."])

sc("s023", "conexus", "S", "Missed payments?? CNX 38855-17",
   "Your last two letters say I missed my payments in January and February. I didn't. My standing order for £25 has "
   "gone out on the 1st of every month - I've attached bank statements showing both payments going to your account. "
   "Please find the payments, put them on my account and send me a statement with the right balance.",
   L(c=True, cat="debt_dispute"),
   "Payments not credited and a wrong arrears figure with a demand to put it right is an implicit complaint "
   "challenging the amount owed (debt_dispute, Conexus's own error, no other firm); asking for a corrected balance "
   "is account handling, not a rectification request, and the postscript only gives a time to call.",
   [E("Ryan Colquhoun", "ryancolquhoun@gmail.com", "bare", greet="", close="", marks=("PS",)),
    E("Stacey Ibbotson", "stacey.ibbotson@hotmail.com", "full", html=True, greet="Dear Conexus,",
      close="Regards,", marks=("P.S.",))],
   ps=["I'm on nights this week, so if you need to ring me, after 3pm is best."])

sc("s024", "conexus", "S", "Balance?",
   "Could you tell me how much is left to pay on my account and when the last payment is due? Reference "
   "CNX 50122-90.",
   L(),
   "A neutral balance query with a pleasantry after the sign-off: nothing to triage, not a complaint.",
   [E("Ben Tideswell", "ben.tideswell@gmail.com", "bare", greet="Hi,", close="Ta", marks=("ps",)),
    E("Agnieszka Wrobel", "a.wrobel@interia.pl", "full", html=True, greet="Good afternoon,", close="Best regards,",
      marks=("P.S:",))],
   ps=["Have a good weekend all."])

SCL_FOOT = ("Sterling Credit Loans Ltd is authorised and regulated by the Financial Conduct Authority (FRN 679013). "
            "Registered in England and Wales no. 09122840. Registered office: Sterling House, 40 Deansgate, "
            "Manchester M3 2EG. Our customers can find our complaints procedure at sterlingcredit.co.uk/complaints.")
sc("s025", "conexus", "S", "Late remittance reports - formal complaint",
   "We have to raise a formal complaint about the monthly remittance reports for our placed accounts. The February "
   "report reached us on 21 March and the March report has not arrived at all, although our agreement requires each "
   "one by the 7th of the following month. Our finance team cannot reconcile without them. Please send the March "
   "report now and tell us what you are doing to get reporting back on time.",
   L(c=True, ex=True, cat="delay"),
   "A creditor client's staff make an explicit complaint about late reports (delay); they write for their own firm, "
   "so not a third party, and the firm is the complainant, not the subject; the postscript is only 'documents to "
   "follow'.",
   [E("Graham Tolley", "graham.tolley@sterlingcredit.co.uk", "corp", greet="Dear Paul,", close="Regards,",
      title="Collections Partner Manager", org="Sterling Credit Loans", phones=("0161 555 0221", "07700 900 644"),
      postal="Sterling House, 40 Deansgate, Manchester M3 2EG", footers=(SCL_FOOT,), marks=("PS",)),
    E("Fiona Achterberg", "fiona.achterberg@sterlingcredit.co.uk", "delim", html=True, greet="Paul,",
      close="Thanks,", title="Head of Recoveries", org="Sterling Credit Loans", phones=("0161 555 0208",),
      marks=("PS -",))],
   ps=["Copies of the relevant schedule from our agreement will follow under separate cover."])

ASHWORTH_PRIV = ("The Office of Daniel Ashworth MP handles constituents' personal data to help with their enquiries, "
                 "sharing it only with organisations we contact on their behalf. You have rights over your data, "
                 "including the right to complain to the Information Commissioner's Office.")
sc("s026", "conexus", "S", "Constituent: Mrs Patricia Ellwood - account CNX 47760-21",
   "I am writing on behalf of Mrs Ellwood, a constituent of Daniel Ashworth MP, who has asked for our help. Mrs "
   "Ellwood is having chemotherapy and told your staff so in January, sending a letter from her consultant. Despite "
   "this she has had calls almost daily and two letters warning of 'further action'. She finds the contact "
   "frightening at a very hard time. Please review how her account has been handled, put contact on hold while she "
   "is in treatment, and reply to this office.",
   L(c=True, tp=True, cat="collection_conduct"),
   "An MP's office writes for a seriously ill constituent about near-daily calls and threatening letters: an implicit "
   "third-party complaint about treatment of a vulnerable customer (collection_conduct); the postscript is only a "
   "reference and the office's privacy footer is boilerplate.",
   [E("Sophie Kettering", "sophie.kettering@parliament-office.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Caseworker", org="Office of Daniel Ashworth MP",
      phones=("01709 555 104",), postal="Constituency Office, 27 High Street, Rotherham S60 1PT",
      footers=(ASHWORTH_PRIV,), marks=("PS -",)),
    E("Aled Rowlands", "aled.rowlands@parliament-office.org.uk", "delim", html=True, greet="Dear Conexus,",
      close="With thanks,", title="Senior Caseworker", org="Office of Daniel Ashworth MP",
      phones=("01709 555 109",), marks=("PS",))],
   ps=["When replying, please quote our reference DA/CW/2291."])


# ---- group A: afterthoughts without a postscript mark ------------------------------------------------------

BHF_FOOT = ("Beacon Home Finance Ltd is authorised and regulated by the Financial Conduct Authority (FRN 412290). "
            "Registered in England and Wales no. 04477120. Registered office: Beacon Point, 20 Harbour Street, "
            "Bristol BS1 4QA.")
sc("a001", "pexa", "A", "API guide for settlement notifications",
   "Our development team is building the link between our mortgage system and your settlement notifications. Could "
   "you send the latest version of the API guide and confirm whether the sandbox environment is still available for "
   "testing?",
   L(c=True, cat="delay"),
   "The afterthought reports a lodgement stuck for eleven days and two unanswered emails and asks for someone to take "
   "ownership: an implicit delay complaint from lender staff (not a third party, firm null).",
   [E("Priya Venkatesan", "priya.venkatesan@beaconhomefinance.co.uk", "corp", greet="Hi,", close="Thanks,",
      title="Product Owner, Mortgage Operations", org="Beacon Home Finance", phones=("0345 600 7790",),
      postal="Beacon Point, 20 Harbour Street, Bristol BS1 4QA", footers=(BHF_FOOT,), pos="sig"),
    E("Stuart Blyth", "stuart.blyth@bhf.co.uk", "full", html=True, greet="Hello,", close="Kind regards,",
      pos="name")],
   after="Oh, and one more thing: the workspace for 4 Pelham Court (WS-5120-3349) has been stuck on 'awaiting "
         "lodgement' for eleven days, and your support team hasn't answered either of my emails about it. Can someone "
         "please take ownership and tell me what is happening?")

sc("a002", "pexa", "A", "Re: How the completion money moves",
   "Thank you for explaining how the completion funds move between the lenders on the day. That makes much more "
   "sense now.",
   L(c=True, firm="hcb", cat="fees_charges"),
   "The afterthought is a consumer's grievance purely about the sender's own lender's early repayment charge, with a refund "
   "demand: a complaint to forward to hcb (fees_charges); the thanks in the body are for an unrelated answer.",
   [E("Yvonne Achebe", "yvonne.achebe@gmail.com", "bare", greet="Hi,", close="Thanks again,", pos="name"),
    E("Gordon McAllister", "gordon.mcallister@btopenworld.com", "mobile", html=True, greet="Hello,", close="Regards",
      device="Sent from my iPhone", pos="name")],
   after="Forgot to say - Heathcote have charged me an early repayment charge of £1,940 on my old mortgage, when "
         "their adviser told me in writing last autumn that there would be none after 1 January. I want that charge "
         "refunded. Who do I send this to?",
   quote=("On 18 Mar 2025, at 16:05, PEXA Customer Support <support@pexa.co.uk> wrote:",
          "Hello,\n\nThanks for your question. On the day of settlement the funds move between the lenders' and "
          "firms' accounts through the platform at the same moment, so nobody has to wait for a separate transfer."
          "\n\nPEXA Customer Support", ">"))

LINDQVIST_FOOT = ("This email is confidential and may contain personal data. If you are not the intended recipient, "
                  "please tell us and delete it. Lindqvist & Rowe is authorised and regulated by the Solicitors "
                  "Regulation Authority (SRA No. 655430).")
sc("a003", "pexa", "A", "2FA reset please",
   "Could you reset the two-factor authentication on my login? I've replaced my phone and the authenticator app "
   "didn't transfer across.",
   L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "The afterthought explicitly complains that PEXA support sent her another person's identity documents: personal "
   "data disclosed to the wrong person (breach, personal_data).",
   [E("Jasmine Thorne", "j.thorne@lindqvistrowe.co.uk", "corp", greet="Hello,", close="Many thanks,",
      title="Paralegal", org="Lindqvist & Rowe", phones=("020 7946 0815",),
      postal="14 Clerkenwell Close, London EC1R 0AA", footers=(LINDQVIST_FOOT,), pos="sig"),
    E("Colette Ravenhill", "c.ravenhill@lindqvistrowe.co.uk", "bare", html=True, greet="Hi,", close="Thanks,",
      pos="name")],
   after="Also, I need to complain about something more serious. The reply your support desk sent me on Friday about "
         "an unrelated query had a scan of someone else's passport and a utility bill attached - a man in Leeds I've "
         "never heard of. I've deleted it, but I want to know how it happened and whether he has been told.")

sc("a004", "pexa", "A", "Advanced discharge training",
   "Are there any dates yet for the advanced training on discharges with more than one lender? I'd like to book "
   "myself and one colleague.",
   L(r="informed"),
   "The afterthought asks what of her data is passed on, to whom and on what legal basis: the informed right, asked "
   "neutrally, so not a complaint.",
   [E("Nisha Raman", "nisha.raman@fordhamsmithlaw.co.uk", "full", html=True, greet="Hi,", close="Best wishes,",
      pos="name"),
    E("Bethan Morgan", "bethan.morgan@fordhamsmithlaw.co.uk", "corp", greet="Hello,", close="Diolch / Thanks,",
      title="Conveyancing Assistant", org="Fordham Smith Law", phones=("029 2055 0731",),
      postal="3 Windsor Place, Cardiff CF10 3BX", pos="sig")],
   after="Another thing - could you tell me what personal information about me, as a user, PEXA passes on to HM Land "
         "Registry and to lenders, and on what legal basis?")

STANHOPE_FOOT = ("Stanhope Gale LLP is a limited liability partnership registered in England and Wales (OC402218), "
                 "authorised and regulated by the Solicitors Regulation Authority. Registered office: 40 Friar Lane, "
                 "Leicester LE1 5RA. This email is confidential and intended for the addressee only.")
sc("a005", "pexa", "A", "Outage on Tuesday 14th",
   "On Tuesday 14th the platform was unavailable from about 11.20 until 2.45. We had four settlements booked that "
   "day: two went through late and two had to move to the next day, with our clients paying removal firms for an "
   "extra day. Your status page said 'degraded performance', not an outage. We want an explanation of what failed "
   "and your proposal for covering our clients' extra costs.",
   L(c=True, cat="platform_defect"),
   "The body is an implicit complaint about a platform outage with costs and demands (platform_defect); the "
   "afterthought is praise only.",
   [E("Victoria Stanhope", "v.stanhope@stanhopegale.co.uk", "corp", greet="Dear PEXA,", close="Regards,",
      title="Partner", org="Stanhope Gale LLP", phones=("0116 555 0402", "07700 900 115"),
      postal="40 Friar Lane, Leicester LE1 5RA", web="stanhopegale.co.uk", footers=(STANHOPE_FOOT,), pos="sig"),
    E("Andrew Gale", "a.gale@stanhopegale.co.uk", "delim", html=True, greet="Hello,", close="Thanks,",
      title="Partner", org="Stanhope Gale LLP", phones=("0116 555 0409",), pos="name")],
   after="Also, thanks for the new dark mode - the team love it.")

sc("a006", "pexa", "A", "Extra user licences",
   "We're taking on two more conveyancers in June. Could you send over the current price list for additional user "
   "licences and let me know how long it takes to set them up?",
   L(),
   "A routine price and set-up enquiry with an out-of-office afterthought: not a complaint.",
   [E("Carys Lloyd", "carys@lloydandwhitcombe.co.uk", "bare", greet="Hi,", close="Thanks!", pos="name"),
    E("Mark Pennington", "mark.pennington@lloydandwhitcombe.co.uk", "corp", html=True, greet="Hello,",
      close="Kind regards,", title="Office Manager", org="Lloyd & Whitcombe Solicitors",
      phones=("01597 555 012",), postal="High Street, Llandrindod Wells LD1 5AB", pos="sig")],
   after="Forgot to say - I'm off from the 20th for two weeks, so Raj Bhatt will pick up any reply.")

ODUNSI_PRIV = ("Constituency casework is handled in confidence. We share constituents' details only with the "
               "organisations we contact on their behalf, in line with data protection law.")
sc("a007", "pexa", "A", "Constituent: Mrs Alison Baird - sale money not received",
   "I am writing on behalf of Mrs Alison Baird, a constituent of Rachel Odunsi MP. Mrs Baird's sale completed on 7 "
   "March, but her solicitors, Greyfriars Law, have still not paid her the sale proceeds, and she is now paying "
   "interest on a bridging loan. She says they blame 'the PEXA system'. We would be grateful if you could look into "
   "this or tell us who should.",
   L(c=True, tp=True, firm="gfl", cat="delay"),
   "An MP's office writes for a consumer whose solicitors have not paid out her sale money: a third-party consumer "
   "complaint about a participant firm, forwarded to gfl even though the firm blames the platform (delay); the "
   "afterthought only confirms consent.",
   [E("Hugo Penrice", "hugo.penrice@odunsi-office.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Caseworker to Rachel Odunsi MP", phones=("01904 555 230",),
      postal="Constituency Office, 5 Micklegate, York YO1 6JH", footers=(ODUNSI_PRIV,), pos="sig"),
    E("Delyth Marsh", "delyth.marsh@odunsi-office.org.uk", "full", html=True, greet="Dear PEXA team,",
      close="Kind regards,", pos="name")],
   after="Oh, I should have said: Mrs Baird has given written consent for us to act for her, and it is attached.")

sc("a008", "conexus", "A", "Standing order set up",
   "I have set up the standing order for £40 a month as we agreed on the phone, starting on the 28th.",
   L(r="rectification"),
   "The afterthought politely asks for her name and title to be corrected on the account: rectification without "
   "dissatisfaction, so not a complaint.",
   [E("Ewa Kowalska", "ewa.kowalska@onet.pl", "full", greet="Good morning,", close="Best regards,", pos="name"),
    E("E. Kowalska", "kowalska.ewa@gmail.com", "bare", html=True, greet="Hello,", close="Thank you", first="Ewa",
      pos="name")],
   after="Oh and one more thing - your letters call me Mr and spell my name Kowalsky. It is Ms Kowalska. Could you "
         "correct this on your records please.")

sc("a009", "conexus", "A", "Change of payment date",
   "Could I move my payment date from the 1st to the 15th? I get paid in the middle of the month now.",
   L(c=True, cat="wait_time"),
   "The afterthought complains, without the word, about long holds and dropped calls and asks for a call back: an "
   "implicit complaint about reaching the firm (wait_time).",
   [E("Kofi Mensah", "kofi.mensah@outlook.com", "bare", greet="Hi,", close="Thanks", pos="name"),
    E("Lauren Pickles", "laurenpickles@icloud.com", "mobile", greet="Hello,", close="", first="Lauren",
      device="Sent from my iPhone", pos="name")],
   after="Also, I tried ringing you six times last week to ask this. I waited over 40 minutes each time and twice "
         "got cut off. That's not acceptable - can someone call me back on 07700 900 853 instead?")

sc("a010", "conexus", "A", "Power of attorney for my brother",
   "I hold a lasting power of attorney for my brother, Neil Haskins, account CNX 52204-66. Where should I send a "
   "certified copy so that you can deal with me on his behalf?",
   L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
   "The afterthought, written for the sender's brother, says an agent told his employer's receptionist he owed a debt and asks "
   "for an investigation: an implicit third-party complaint about disclosure to the wrong person (breach, "
   "personal_data).",
   [E("Carol Haskins", "carol.haskins@sky.com", "full", greet="Dear Sir or Madam,", close="Yours faithfully,",
      pos="name"),
    E("Sean Haskins", "sean.haskins@gmail.com", "bare", html=True, greet="Hello,", close="Thanks,", pos="name")],
   after="Forgot to mention - Neil is very upset because one of your agents rang his workplace last week and told the "
         "receptionist she was calling about a debt. His colleagues now know. I want this looked into properly and "
         "an explanation.")

sc("a011", "conexus", "A", "Account CNX 60318-92",
   "I've received your letter about the Pennant Mobile balance of £612.40.",
   L(r="restriction"),
   "Asking Conexus to keep his details on file only while the creditor checks the figure is a restriction request; "
   "he reports a neutral query with Pennant and expects no remedy from Conexus, so not a complaint.",
   [E("Hassan Qureshi", "hassan.qureshi@gmail.com", "full", greet="Hello,", close="Regards,", pos="name"),
    E("Declan Furey", "declanfurey@eircom.net", "bare", html=True, greet="Hi,", close="Cheers,", pos="name")],
   after="Also - I've asked Pennant to check whether that final bill included the handset I returned in November. "
         "Until they confirm the figure, please don't do anything with my details except keep them on file, and "
         "don't pass them to anyone else.")

sc("a012", "conexus", "A", "Complaint - debt already paid to Sterling Credit",
   "I am making a complaint because you are still chasing me for a Sterling Credit loan that I paid off in full in "
   "October. I have Sterlings letter confirming a nil balance, which I've sent you twice allready. Your agent still "
   "rang me yesterday asking for £1,130. Please close the account, confirm in writing that I owe nothing and stop "
   "the calls.",
   L(c=True, ex=True, cat="debt_dispute"),
   "Conexus still pursuing a debt already paid to the creditor is Conexus's own conduct on a challenged debt "
   "(explicit, debt_dispute, firm null); the afterthought only apologises for typos.",
   [E("Donna Keeling", "donnakeeling@hotmail.co.uk", "mobile", greet="", close="", first="Donna",
      device="Sent from my iPhone", pos="name"),
    E("Paul Ridgeway", "p.ridgeway@gmail.com", "full", html=True, greet="To whom it may concern,", close="Regards,",
      pos="name")],
   after="Also, apologies for any typos, I'm writing this on my phone on the bus.")

sc("a013", "conexus", "A", "Has my payment cleared?",
   "I paid £50 by card on Tuesday. Can you tell me if it has cleared and what is the new balance please?",
   L(),
   "A neutral payment query with an afterthought about being abroad: not a complaint.",
   [E("Marek Dvorak", "marek.dvorak@seznam.cz", "full", greet="Hello,", close="Best regards,", pos="name"),
    E("Katarzyna Lis", "kasia.lis@o2.pl", "bare", html=True, greet="Good day,", close="Regards", first="Kasia",
      pos="name")],
   after="Forgot to say, I will be in Poland until 3rd of May so the email is best way for contact me.")

HARBOURSIDE_FOOT = ("Harbourside Debt Advice is a registered charity (no. 1166230). Authorised and regulated by the "
                    "Financial Conduct Authority. Advice is free and confidential.")
sc("a014", "conexus", "A", "Hold ignored - client Ms Roxanne Pike",
   "On 4 March we asked you to hold Ms Pike's account for 30 days while we completed her budget, and your agent "
   "confirmed the hold by phone. On 12 March she received a letter from you warning that the account 'may be passed "
   "to enforcement agents'. Ms Pike has anxiety and this letter caused her real distress. Please explain why the hold "
   "was ignored, confirm it is now in place, and confirm no further letters like this will be sent.",
   L(c=True, tp=True, cat="collection_conduct"),
   "A money adviser writes for a client about a threatening letter sent despite an agreed hold: an implicit "
   "third-party complaint about collection_conduct; the afterthought is an office move.",
   [E("Bryony Castell", "b.castell@harboursidedebtadvice.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Senior Money Adviser", org="Harbourside Debt Advice",
      phones=("023 8055 0647",), postal="Ocean Village, Southampton SO14 3TJ", footers=(HARBOURSIDE_FOOT,),
      pos="sig"),
    E("Kwabena Osei", "k.osei@harboursidedebtadvice.org.uk", "delim", html=True, greet="Hello,", close="Regards,",
      title="Money Adviser", org="Harbourside Debt Advice", phones=("023 8055 0652",), pos="name")],
   after="Also - our office moves on 1 June, so please use the new address on our letterhead from then.",
   quote=("-----Original Message-----",
          "From: Conexus Client Services <clientservices@conexus.co.uk>\nSent: 05 March 2025 10:12\n"
          "To: Harbourside Debt Advice\nSubject: Ms R Pike - account CNX 31877-40\n\nThank you for your letter of "
          "authority. We have noted that you act for Ms Pike and will direct correspondence to you.\n\n"
          "Client Services, Conexus", "raw"),
   reply_subject="RE: Ms R Pike - account CNX 31877-40 - hold ignored")


# ---- group C: controls (substance in the body; long signatures, footers, disclaimers; no sign-off) ----------

ASHCOMBE_CONF = ("IMPORTANT: This email and any attachments are confidential, may be legally privileged and may "
                 "contain personal data. If you are not the intended recipient, you must not read, copy, use or "
                 "disclose it; please notify the sender immediately and delete it from your system.")
ASHCOMBE_REG = ("Ashcombe Whitley Solicitors is the trading name of Ashcombe Whitley Ltd, a company registered in "
                "England and Wales (no. 10933176), authorised and regulated by the Solicitors Regulation Authority "
                "(SRA No. 651209). Registered office: Ashcombe House, 3 Cathedral Green, Wells BA5 2UE.")
ASHCOMBE_FRAUD = ("FRAUD ALERT: Our bank details will not change during a transaction. We will never email you to "
                  "say they have. Always call us on a known number to check before sending money.")
sc("c001", "pexa", "C", "Formal complaint: duplicate settlement instruction",
   "I wish to make a formal complaint. On 19 March the platform generated the settlement instruction for 11 Bramley "
   "Mews twice, and our client's deposit of £32,500 left our client account twice. It took us four days to get the "
   "duplicate back from the seller's solicitors. Your support team has only said it is 'being looked into'. We need "
   "a written explanation of the fault, confirmation that it has been fixed, and reimbursement of the bank charges we "
   "incurred.",
   L(c=True, ex=True, cat="platform_defect"),
   "An explicit complaint in the body about a system fault duplicating a payment (platform_defect); the long "
   "signature and the disclaimer mentioning personal data are boilerplate.",
   [E("Jonathan Whitley", "jonathan.whitley@ashcombewhitley.co.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Director, Head of Property", org="Ashcombe Whitley Solicitors",
      phones=("T: 01749 555 310", "M: 07700 900 902", "F: 01749 555 311"),
      postal="Ashcombe House, 3 Cathedral Green, Wells BA5 2UE", web="www.ashcombewhitley.co.uk",
      footers=(ASHCOMBE_CONF, ASHCOMBE_REG, ASHCOMBE_FRAUD)),
    E("Sally Merriman", "sally.merriman@ashcombewhitley.co.uk", "delim", html=True, greet="Dear PEXA,",
      close="Regards,", title="Client Account Manager", org="Ashcombe Whitley", phones=("01749 555 318",),
      footers=(ASHCOMBE_CONF,))])

BHF_FOOT_LONG = BHF_FOOT + (" If you are a Beacon customer and wish to make a complaint, please visit "
                            "beaconhomefinance.co.uk/complaints or call 0345 600 7712.")
sc("c002", "pexa", "C", "New per-workspace fee charged on March workspaces",
   "Your notice of the new per-workspace fee of £24 said it would apply to workspaces opened from 1 April. It only "
   "reached us on 27 March, and this month's invoice applies it to the 37 workspaces we opened in March as well. "
   "That is contrary to your own notice. Please reverse the charge on the March workspaces and credit our account.",
   L(c=True, cat="fees_charges"),
   "A lender's staff object to a fee applied earlier than notified and ask for a credit: an implicit fees_charges "
   "complaint (Beacon is the complainant, so firm null); 'complaint' appears only in the lender's own customer "
   "footer, which does not make it explicit.",
   [E("Neil Chadderton", "neil.chadderton@beaconhomefinance.co.uk", "corp", greet="Hello,", close="Regards,",
      title="Head of Completions", org="Beacon Home Finance", phones=("0345 600 7741",),
      postal="Beacon Point, 20 Harbour Street, Bristol BS1 4QA", web="beaconhomefinance.co.uk",
      footers=(BHF_FOOT_LONG,)),
    E("Amara Eze", "amara.eze@bhf.co.uk", "full", html=True, greet="Hi,", close="Thanks,",
      footers=(BHF_FOOT_LONG,))])

KBS_PRIV = ("Kestrel Building Society processes personal data in line with UK data protection law. You have rights "
            "to access, correct or erase your personal data and to object to some processing; see "
            "kestrelbs.co.uk/privacy. Our complaints procedure is available on request or at kestrelbs.co.uk/complaints.")
sc("c003", "pexa", "C", "Discharge of charge - timescales",
   "Once a settlement completes and the discharge has been lodged, how long is it usually before the charge comes "
   "off the register? We have a borrower who needs to remortgage quickly and would like to give her a realistic "
   "date.",
   L(),
   "A neutral timing question; the rights, personal-data and complaints wording sits only in the society's footer "
   "(boilerplate), so no complaint and no rights.",
   [E("Rebecca Oakes", "rebecca.oakes@kestrelbs.co.uk", "corp", greet="Hi,", close="Kind regards,",
      title="Mortgage Redemptions Team", org="Kestrel Building Society", phones=("0300 123 4421",),
      postal="Kestrel House, 14 Abbey Road, Northampton NN1 5AX", web="kestrelbs.co.uk",
      footers=(KBS_PRIV, KBS_FOOT)),
    E("Femi Adeyemi", "femi.adeyemi@kestrelbs.co.uk", "delim", html=True, greet="Hello,", close="Many thanks,",
      title="Redemptions Officer", org="Kestrel Building Society", phones=("0300 123 4427",),
      footers=(KBS_PRIV,))])

HOLLYBANK_REG = ("Hollybank Legal Ltd, registered in England and Wales no. 11820455. Authorised and regulated by the "
                 "Solicitors Regulation Authority (SRA No. 672019). Registered office: 17 Bridge Street, Chester "
                 "CH1 1NQ.")
sc("c004", "pexa", "C", "Export of my user data before I leave",
   "I'm leaving practice at the end of June. Before my user account is closed, please send me the personal data I "
   "gave PEXA - my user profile and my activity record - in a machine-readable format such as CSV, so that I can load "
   "it into my new employer's case management system.",
   L(r="portability"),
   "A neutral request for her own data in a machine-readable format to load into another system is portability, "
   "with no dissatisfaction, so not a complaint; the long signature adds nothing.",
   [E("Francesca Lowther", "f.lowther@hollybanklegal.co.uk", "corp", greet="Dear PEXA team,",
      close="With best wishes,", title="Senior Licensed Conveyancer | Team Lead, Residential",
      org="Hollybank Legal", phones=("Direct: 01244 555 907", "Mobile: 07700 900 233", "Switchboard: 01244 555 900"),
      postal="17 Bridge Street, Chester CH1 1NQ", web="hollybanklegal.co.uk | linkedin.com/company/hollybank-legal",
      footers=(HOLLYBANK_REG,)),
    E("Gwen Tasker", "gwen.tasker@hollybanklegal.co.uk", "full", html=True, greet="Hello,", close="Kind regards,",
      footers=(HOLLYBANK_REG, ASHCOMBE_CONF.replace("IMPORTANT: ", "")))])

sc("c005", "pexa", "C", "orchard lane solicitors STILL no completion statement",
   "we were supposed to exchange 2 weeks ago. orchard lane keep saying the completion statement is 'with the "
   "partner'. 5 emails and no reply. our buyers are threatening to pull out. who at PEXA can make them get on with it",
   L(c=True, firm="ols", cat="delay"),
   "A consumer's terse, unsigned grievance purely about their own solicitors' delay, with a demand for action: a "
   "complaint to forward to ols (delay).",
   [E("Tyler Brannigan", "tylerb1990@gmail.com", "none", greet=""),
    E("Chloe Raines", "chloe.raines@yahoo.co.uk", "none", html=True, greet="")])

HALSTEAD_FOOT = ("Halstead Moor Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. "
                 "598731). If you are unhappy with our service, our complaints procedure is at halsteadmoor.co.uk/"
                 "complaints. We process personal data in accordance with our privacy notice at halsteadmoor.co.uk/"
                 "privacy.")
sc("c006", "pexa", "C", "Automatic reply: Workspace WS-6671-2004 - settlement confirmation",
   "Thank you for your email. This mailbox is monitored Monday to Friday, 9am to 5pm. If your message is about a "
   "completion taking place today, please call our completions line on 0114 496 0553.\n\nThis is an automated "
   "response.",
   L(auto=True),
   "An autoresponder (machine-made, with or without auto headers) is auto_generated and nothing else, however much "
   "its footer talks about complaints and personal data.",
   [E("Halstead Moor Completions", "completions@halsteadmoor.co.uk", "none", greet="", footers=(HALSTEAD_FOOT,),
      headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}),
    E("Completions Team", "completions@halsteadmoor.co.uk", "none", html=True, greet="", footers=(HALSTEAD_FOOT,))])

sc("c007", "pexa", "C", "Calder Mutual - rude and unhelpful",
   "We are buying through PEXA and our lender is Calder Mutual. Every time I ring them to ask when the mortgage money "
   "will be released I get a different answer, and yesterday the woman I spoke to laughed and said 'it'll happen when "
   "it happens'. We complete in 4 days. Please pass this to someone who can make them treat us properly.",
   L(c=True, firm="unknown", cat="service_quality"),
   "A buyer's grievance purely about the lender's staff, a firm outside the directory, with a request to pass it on: "
   "a complaint to forward (unknown, service_quality).",
   [E("Danielle Foyle", "danifoyle@icloud.com", "mobile", greet="Hi,", close="Thanks", first="Dani",
      device="Sent from my iPhone"),
    E("Oliver Grant", "olivergrant.home@gmail.com", "mobile", html=True, greet="Hello,", close="Regards,",
      first="Oliver Grant", device="Get Outlook for Android")])

TOLLGATE_FOOT = ("Tollgate Building Society is authorised by the Prudential Regulation Authority and regulated by the "
                 "Financial Conduct Authority and the Prudential Regulation Authority (FRN 156027). Registered office: "
                 "Tollgate House, 2 Sheep Street, Skipton BD23 1JH. This message is confidential.")
sc("c008", "pexa", "C", "Your complaint reference PX-C-20931 - outcome",
   "Thank you for the letter and for refunding the two duplicated fees. That closes the matter for us. Much "
   "appreciated.",
   L(),
   "A thank-you confirming the matter is closed is not a complaint, although the subject and the quoted outcome "
   "letter mention the earlier complaint.",
   [E("Irene Mottram", "irene.mottram@tollgatebs.co.uk", "corp", greet="Dear Ms Frankland,", close="Kind regards,",
      title="Completions Manager", org="Tollgate Building Society", phones=("01756 555 120",),
      postal="Tollgate House, 2 Sheep Street, Skipton BD23 1JH", footers=(TOLLGATE_FOOT,)),
    E("Warren Bagshaw", "warren.bagshaw@tollgatebs.co.uk", "bare", html=True, greet="Hi Jane,", close="Thanks,",
      footers=(TOLLGATE_FOOT,))],
   quote=("On 25 Mar 2025, at 14:30, Jane Frankland <complaints@pexa.co.uk> wrote:",
          "Dear Tollgate team,\n\nFurther to your complaint about the fees charged twice on workspaces WS-4410-2291 "
          "and WS-4410-2307, we have upheld your complaint and refunded both duplicated fees to your account.\n\n"
          "Yours sincerely,\nJane Frankland\nComplaints Lead, PEXA", ">"),
   reply_subject="RE: Your complaint reference PX-C-20931 - outcome")

RUDD_FRAUD = ("CYBER FRAUD WARNING: Rudd & Kaminski will never tell you about a change to our bank details by email, "
              "text or phone. If you receive such a message, do not reply or send money; call us on 0161 555 0640.")
sc("c009", "pexa", "C", "Training session cancel again",
   "I am writing about the training for our new staff. The session on 11 March was cancelled one hour before start, "
   "and the new date 25 March is also cancelled, with no explanation. My two new colleagues cannot work on the "
   "platform without this training and we are losing time. Please can you give us a confirmed date in this month and "
   "explain why this happen two times.",
   L(c=True, cat="training"),
   "Two cancelled training sessions with harm and a demand for a date and an explanation make an implicit training "
   "complaint; the bank-details fraud warning in the footer is boilerplate.",
   [E("Zofia Kaminski", "z.kaminski@ruddkaminski.co.uk", "corp", greet="Hello,", close="Best regards,",
      title="Office Manager", org="Rudd & Kaminski Solicitors", phones=("0161 555 0640",),
      postal="Unit 3, Chapel Wharf, Salford M3 5DW", footers=(RUDD_FRAUD,)),
    E("Piotr Zielonka", "p.zielonka@ruddkaminski.co.uk", "full", html=True, greet="Dear Sir or Madam,",
      close="Regards,", footers=(RUDD_FRAUD,))])

KINGFISHER_PRIV = ("Privacy notice: Kingfisher Conveyancing Ltd processes any personal data you send us to provide "
                   "our services. To exercise your data protection rights, or to complain about how we use your data, "
                   "contact dpo@kingfisherconveyancing.co.uk.")
sc("c010", "pexa", "C", "Complaint about our registration",
   "Our firm applied to join PEXA on 6 January. Since then we have been asked for the same certificate of "
   "incorporation three times by three different people, and told each time that the application would be "
   "'approved this week'. It is now mid-March. This is a complaint: we need a named person to take charge of the "
   "application and a firm date.",
   L(c=True, ex=True, cat="onboarding"),
   "The body explicitly calls the stalled registration a complaint (onboarding, the specific theme beating delay); "
   "the privacy footer's wording is boilerplate.",
   [E("Nathan Ferreira", "nathan@kingfisherconveyancing.co.uk", "delim", greet="Hello,", close="Regards,",
      title="Managing Director", org="Kingfisher Conveyancing Ltd", phones=("01603 555 781",),
      web="kingfisherconveyancing.co.uk", footers=(KINGFISHER_PRIV,)),
    E("Abigail Sutter", "abigail@kingfisherconveyancing.co.uk", "corp", html=True, greet="Dear PEXA,",
      close="Yours sincerely,", title="Compliance Officer", org="Kingfisher Conveyancing Ltd",
      phones=("01603 555 785",), postal="12 Tombland, Norwich NR3 1HF", footers=(KINGFISHER_PRIV,))])

BRIDGEWAY_FOOT = ("Bridgeway Advice Centre is a registered charity (no. 1139917) and a company limited by guarantee "
                  "(no. 07301122). Authorised and regulated by the Financial Conduct Authority (FRN 617730).")
BRIDGEWAY_PRIV = ("We hold our clients' personal data in line with UK GDPR. Clients have the right to access, correct "
                  "and in some cases erase it; our full privacy notice is at bridgewayadvice.org.uk/privacy.")
sc("c011", "conexus", "C", "Formal complaint - client Mr Ade Ogunleye, CNX 44190-35",
   "Our client Mr Ogunleye tells us that your agents have phoned him after 9pm on three evenings this month and once "
   "on a Sunday morning, and that one agent told him he 'could be taken to court within days', which is not true for "
   "this account. We are making a formal complaint on his behalf. Please investigate, give us your response in "
   "writing and confirm that contact will be kept to reasonable hours.",
   L(c=True, ex=True, tp=True, cat="collection_conduct"),
   "A money adviser's explicit complaint for a client about late-night calls and a false threat "
   "(collection_conduct, third_party); the charity's regulatory and privacy footers mentioning rights are "
   "boilerplate, not requests.",
   [E("Mariam Haddad", "mariam.haddad@bridgewayadvice.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Debt Caseworker", org="Bridgeway Advice Centre",
      phones=("Tel 0121 555 0384", "Mon-Thu 9.30-4"), postal="Bridgeway House, 60 Soho Road, Birmingham B21 9BH",
      web="bridgewayadvice.org.uk", footers=(BRIDGEWAY_FOOT, BRIDGEWAY_PRIV)),
    E("Thomas Achterberg", "t.achterberg@bridgewayadvice.org.uk", "delim", html=True, greet="Dear Conexus,",
      close="Regards,", title="Money Adviser", org="Bridgeway Advice Centre", phones=("0121 555 0390",),
      footers=(BRIDGEWAY_PRIV,))])

sc("c012", "conexus", "C", "still no plan",
   "I sent my income and expenditure form 5 weeks ago like your letter said, and I still haven't heard anything "
   "about my payment plan. Meanwhile I'm getting letters saying the account is in arrears. Please confirm the plan so "
   "I can start paying.",
   L(c=True, cat="delay"),
   "A 'still waiting' message about a plan not confirmed after five weeks is an implicit delay complaint; one copy has "
   "only a device line and no sign-off.",
   [E("Jordan Pryke", "jordanpryke@gmail.com", "mobile", greet="Hi,", close="", first="Jordan",
      device="Sent from my Samsung Galaxy smartphone."),
    E("Ashleigh Fenn", "ashleigh.fenn@outlook.com", "none", html=True, greet="", device="Sent from Outlook for iOS")])

NTE_FOOT = ("Northline Energy Ltd. Registered in England and Wales no. 07713456. Registered office: PO Box 912, "
            "Newcastle upon Tyne NE99 1NE. Northline customers with a complaint can contact "
            "complaints@northline-energy.co.uk or call 0330 088 5146. This email and any attachment are confidential.")
sc("c013", "conexus", "C", "Recall of batch NL-0325",
   "Please recall all accounts in placement batch NL-0325 by close of business on Friday and confirm the final "
   "collected amount for each. We are moving these accounts to our in-house team.",
   L(),
   "A creditor client's routine instruction; the complaints and confidentiality wording is its own customer footer, "
   "so not a complaint.",
   [E("Martin Okoro", "martin.okoro@northline-energy.co.uk", "corp", greet="Hi Paul,", close="Thanks,",
      title="Debt Recovery Manager", org="Northline Energy", phones=("0191 555 0477",),
      postal="Quayside Point, Newcastle upon Tyne NE1 3DX", web="northline-energy.co.uk", footers=(NTE_FOOT,)),
    E("Helen Costigan", "helen.costigan@northlineenergy.co.uk", "full", html=True, greet="Paul,", close="Regards,",
      footers=(NTE_FOOT,))])

MERCER_FOOT = ("Mercer Lowe LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 608812). "
               "A list of members is open to inspection at our registered office, 5 Park Square East, Leeds LS1 2NE. "
               "Our complaints procedure is available at mercerlowe.co.uk/complaints.")
MERCER_FRAUD = ("Please note: Mercer Lowe will never change its bank account details by email. Always telephone us "
                "to confirm details before transferring money.")
sc("c014", "conexus", "C", "Account CNX 39920-58 - Mr Kwame Asante",
   "We act for Mr Asante. Your letter of 2 April demands £2,870 on a credit card account on which, on our client's "
   "records, no payment or acknowledgment has been made since 2017. The debt is therefore statute-barred and cannot "
   "be enforced through the courts, yet your letter says that 'court action will follow'. Please confirm within 14 "
   "days that you will stop collection and close the account.",
   L(c=True, tp=True, cat="debt_dispute"),
   "A solicitor challenges, for a client, the enforceability of the debt itself: an implicit third-party "
   "debt_dispute complaint; 'complaints' appears only in the law firm's own regulatory footer, not in the sender's "
   "words.",
   [E("Richard Lowe", "r.lowe@mercerlowe.co.uk", "corp", greet="Dear Sirs,", close="Yours faithfully,",
      title="Partner, Consumer Credit", org="Mercer Lowe LLP", phones=("0113 555 0266",),
      postal="5 Park Square East, Leeds LS1 2NE", web="www.mercerlowe.co.uk", footers=(MERCER_FOOT, MERCER_FRAUD)),
    E("Aisha Bello", "a.bello@mercerlowe.co.uk", "delim", html=True, greet="Dear Conexus,", close="Regards,",
      title="Trainee Solicitor", org="Mercer Lowe LLP", phones=("0113 555 0273",), footers=(MERCER_FOOT,))])

sc("c015", "conexus", "C", "data request + new address",
   "Please send me a copy of all the information you hold on me. Also my address has changed to Flat 4, 19 Carnforth "
   "Road, Lancaster LA1 4PT, please update your records. Account CNX 58841-07.",
   L(r="access,rectification"),
   "An unsigned, neutral request for a copy of her data and an address update: access and rectification without "
   "dissatisfaction, so not a complaint.",
   [E("Sinead Farrelly", "sinead.farrelly@gmail.com", "none", greet=""),
    E("Martina Cole-Hewitt", "martinacolehewitt@hotmail.com", "none", greet="Hi,", device="Sent from my iPhone")])

sc("c016", "conexus", "C", "stop ringing my mums house",
   "you keep phoning my mums landline looking for me. i dont live there and havent for 3 years, shes 79 and it "
   "frightens her. you have my mobile, ring that or write to me. leave her alone",
   L(c=True, cat="collection_conduct"),
   "An unsigned, angry demand that the calls to his mother's landline stop is an implicit complaint about how the debt "
   "is pursued (collection_conduct) by the debtor himself; 'stop calling' is a conduct remedy, not objection.",
   [E("Kyle Danby", "kyledanby@gmail.com", "none", greet=""),
    E("Reece Holloway", "reece.h@outlook.com", "none", html=True, greet="")])

SOUTHWARK_FOOT = ("Riverside Money Advice is a registered charity (no. 1158840). Authorised and regulated by the "
                  "Financial Conduct Authority. If you are unhappy with our service you can complain to our "
                  "manager at feedback@riversidemoneyadvice.org.uk. We process clients' personal data under our privacy "
                  "notice; you have the right to access it.")
sc("c017", "conexus", "C", "Out of Office: Re: Client Ms Harriet Lowry - CNX 49026-11",
   "I am out of the office until Monday 14 April with limited access to email. For urgent matters please contact our "
   "duty adviser on 0300 555 0187.",
   L(auto=True),
   "An adviser's out-of-office is auto_generated and nothing else (not third party), whatever the charity footer "
   "says about complaints and rights.",
   [E("Esther Nwosu", "e.nwosu@riversidemoneyadvice.org.uk", "none", greet="", footers=(SOUTHWARK_FOOT,),
      headers={"auto-submitted": "auto-replied"}),
    E("Esther Nwosu", "esther.nwosu@riversidemoneyadvice.org.uk", "none", html=True, greet="Hello,",
      footers=(SOUTHWARK_FOOT,))])

sc("c018", "conexus", "C", "Complaint - agents' conduct on our accounts",
   "We are raising a complaint about calls your agents have made on Sterling Credit accounts. Two of our customers "
   "have told us that your agents said Sterling 'would be sending bailiffs' if they did not pay that day. That is not "
   "our policy, it is not true, and it breaches our agreement with you. Please investigate both calls (our refs "
   "SCL-884120 and SCL-884377), send us the recordings and tell us what action you will take.",
   L(c=True, ex=True, cat="collection_conduct"),
   "A creditor client's explicit complaint about agents' false threats (collection_conduct), written for its own firm "
   "(not third party, firm null); asking for recordings of calls to its customers is a business request, not a "
   "data-subject access request, and 'breaches our agreement' is not a data breach.",
   [E("Graham Tolley", "graham.tolley@sterlingcredit.co.uk", "corp", greet="Dear Paul,", close="Regards,",
      title="Collections Partner Manager", org="Sterling Credit Loans", phones=("0161 555 0221", "07700 900 644"),
      postal="Sterling House, 40 Deansgate, Manchester M3 2EG", web="sterlingcredit.co.uk",
      footers=(SCL_FOOT, "This email is confidential and intended solely for the named recipient.")),
    E("Nadine Whitfield", "nadine.whitfield@sterlingcredit.co.uk", "corp", html=True, greet="Hello,",
      close="Kind regards,", title="Customer Outcomes Lead", org="Sterling Credit Loans",
      phones=("0161 555 0249",), footers=(SCL_FOOT,))])

QUINN_PRIV = ("Privacy: this office uses constituents' personal information only to deal with the matters they raise, "
              "and shares it only with the organisations concerned. Constituents may ask to see the information we "
              "hold about them.")
sc("c019", "conexus", "C", "Constituent Mr Barry Quinlan - unable to contact you",
   "Mr Quinlan has been trying since early March to speak to someone about setting up a payment arrangement. He has "
   "called your helpline at least eight times and been on hold for up to an hour each time before giving up; twice "
   "the line went dead. He wants to pay. Please contact him directly on 07700 900 736 to agree an arrangement, and "
   "let this office know when that has been done.",
   L(c=True, tp=True, cat="wait_time"),
   "An MP's office writes for a constituent who cannot get through on the phone: an implicit third-party wait_time "
   "complaint; the office's privacy footer is boilerplate, not a request.",
   [E("Gemma Styles", "gemma.styles@quinn-mp-office.org.uk", "corp", greet="Dear Sir or Madam,",
      close="Yours faithfully,", title="Caseworker, Office of Andrew Quinn MP", phones=("01254 555 080",),
      postal="Constituency Office, 11 King Street, Blackburn BB2 2DH", footers=(QUINN_PRIV,)),
    E("Rory Macpherson", "rory.macpherson@quinn-mp-office.org.uk", "full", html=True, greet="Dear Conexus team,",
      close="Kind regards,", footers=(QUINN_PRIV,))])

VETS_CONF = ("The information in this email is confidential and may be legally privileged. It is intended solely for "
             "the addressee. Riverside Veterinary Group Ltd, registered in England no. 08823301.")
sc("c020", "conexus", "C", "Thank you - account settled",
   "Just a note to say thank you to Jordan in your payments team, who helped me work out a settlement figure last "
   "week. No complaints at all - he was patient and clear, and I have now paid the balance in full.",
   L(),
   "'No complaints at all' is praise and thanks for a settled account is not a complaint; the work signature and "
   "disclaimer are boilerplate.",
   [E("Philippa Yardley", "philippa.yardley@riversidevets.co.uk", "corp", greet="Hello,", close="Best wishes,",
      title="Practice Administrator", org="Riverside Veterinary Group", phones=("01743 555 219",),
      postal="Coleham Head, Shrewsbury SY3 7BJ", web="riversidevets.co.uk", footers=(VETS_CONF,)),
    E("Graham Yeo", "graham.yeo@btinternet.com", "full", html=True, greet="Dear Conexus,", close="Many thanks,")])


# ---------------------------------------------------------------------------------------------
# build, check, summary


def build(rng):
    assert len({s["sid"] for s in SCENARIOS}) == len(SCENARIOS)
    records = []
    for s in SCENARIOS:
        for env in s["envs"]:
            records.append(render(s, env, rng))
    return records


def errors(rec):
    """record_errors, except that its explicit check (on the whole new text) is replaced by the same check on the
    sender's own words when, and only when, a footer or disclaimer in the new text says "complain" and so makes
    the two disagree. The own-words check is applied to every complaint."""
    e = record_errors(rec)
    lab = rec["labels"]
    own = OWN_WORDS[id(rec)].lower()
    if lab["complaint"]:
        has = "complain" in own
        if has != lab["explicit"]:
            e.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={has}")
        kept = [x for x in e if not x.startswith("explicit=") or "own words" in x]
        if kept != e:
            if "complain" not in FOOTER_TEXT[id(rec)].lower():
                return e
            OVERRIDDEN.append(rec["source"])
            e = kept
    if rec["headers"] and rec["labels"]["auto_generated"] is False:
        e.append("headers only on auto mail in this set")
    return e


def summary(records, env_counts):
    n = len(records)
    labs = [r["labels"] for r in records]
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {n} emails from {len({r['source'] for r in records})} scenarios"]
    out.append(f"mailboxes: {dict(sorted(collections.Counter(r['mailbox'] for r in records).items()))}; "
               f"html: {sum(r['html'] for r in records)}; with quoted history: "
               f"{sum(META[id(r)]['quote'] for r in records)}")
    comp = [l for l in labs if l["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(l['explicit'] for l in comp)} explicit); "
               f"personal_data: {sum(l['personal_data'] for l in labs)}; breach: {sum(l['breach'] for l in labs)}; "
               f"third_party: {sum(l['third_party'] for l in labs)}; auto_generated: "
               f"{sum(l['auto_generated'] for l in labs)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS)
               + f"; emails with a right: {sum(bool(l['rights']) for l in labs)}")
    out.append("about_other_firm: " + str(dict(sorted(collections.Counter(
        str(l["about_other_firm"]) for l in labs).items()))))
    out.append("categories: " + str(dict(sorted(collections.Counter(l["category"] for l in labs).items()))))
    for g in "SAC":
        rs = [r for r in records if META[id(r)]["group"] == g]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                   f"{sum(r['labels']['complaint'] for r in rs)} complaints, "
                   f"{sum(bool(r['labels']['rights']) for r in rs)} with rights, "
                   f"{sum(r['labels']['breach'] for r in rs)} breach, {sum(r['labels']['auto_generated'] for r in rs)} auto")
    marks = collections.Counter(m for r in records for m in META[id(r)]["marks"])
    out.append("postscript marks (per email): " + str(dict(sorted(marks.items()))))
    out.append("signature styles: " + str(dict(sorted(collections.Counter(META[id(r)]["sig"] for r in records).items())))
               + f"; with a footer/disclaimer: {sum(META[id(r)]['footer'] for r in records)}")
    out.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    out.append(f"explicit check replaced (firm footer says 'complain' on an implicit complaint): {len(OVERRIDDEN)} "
               f"emails {sorted(OVERRIDDEN)}")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
