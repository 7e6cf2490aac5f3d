#!/usr/bin/env python3
"""Labelled evaluation mail: replies as real mail programs write them (set "html_reply_judge_b", stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender address and display name,
mail program, date format, greeting and sign-off), 120 emails:

* group H (26 scenarios): HTML only, the markup of Gmail, Outlook desktop, Outlook on the web, Apple Mail / iPhone,
  Thunderbird and Yahoo; layouts top-posted, bottom-posted and inline answers between the quoted points;
* group P (18 scenarios): plain text, "> " quotes with the sender's answers on the line directly under a quoted line;
  in half of the emails one long quoted line is wrapped by the program onto an unmarked continuation line;
* group C (16 scenarios): controls, i.e. top-posted replies, forwards and new mail.

Every label was decided by the labelling guide on what the SENDER wrote (subject and own words, wherever they
sit). `explicit` is checked here on the sender's own words; record_errors' new_text() cannot see words written
below or between quotes, so for records where only that check disagrees it is replaced by the generator's own
check (see `errors`).

Usage: python data/make/make_html_reply_judge_b.py
"""
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280119
PREFIX = "hjb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "html_reply_judge_b.jsonl")

E = escape_html
GREET_FN = ("Hi {fn},", "Hello {fn},", "Dear {fn},", "{fn},", "Good morning {fn},", "Afternoon {fn},")
GREET_ANON = ("Hello,", "Hi,", "Dear Sir or Madam,", "Good afternoon,", "Hi there,", "Dear team,")
SIGNOFF = ("Thanks,\n{first}", "Kind regards,\n{name}", "Regards,\n{name}", "Many thanks\n{first}",
           "Best wishes,\n{first}", "Thank you,\n{name}", "Cheers,\n{first}", "All the best,\n{first}")
HTML_PROGRAMS = ("gmail", "outlook", "owa", "apple_mail", "iphone", "thunderbird", "yahoo")
# group H: the two programs of each scenario (copy 0, copy 1), chosen by hand so that every program appears 7-10
# times, every layout in at least two programs each, and each program can plausibly send from the copy's address
H_PROGS = {
    "hjb-s001": ("outlook", "gmail"), "hjb-s002": ("outlook", "thunderbird"), "hjb-s003": ("owa", "apple_mail"),
    "hjb-s004": ("gmail", "iphone"), "hjb-s005": ("outlook", "owa"),
    "hjb-s006": ("owa", "outlook"), "hjb-s007": ("thunderbird", "apple_mail"), "hjb-s008": ("gmail", "outlook"),
    "hjb-s009": ("owa", "thunderbird"),
    "hjb-s010": ("gmail", "thunderbird"), "hjb-s011": ("outlook", "owa"), "hjb-s012": ("iphone", "yahoo"),
    "hjb-s013": ("outlook", "gmail"),
    "hjb-s031": ("gmail", "yahoo"), "hjb-s032": ("outlook", "apple_mail"), "hjb-s033": ("thunderbird", "yahoo"),
    "hjb-s034": ("owa", "yahoo"),
    "hjb-s035": ("outlook", "iphone"), "hjb-s036": ("yahoo", "apple_mail"), "hjb-s037": ("outlook", "owa"),
    "hjb-s038": ("gmail", "thunderbird"),
    "hjb-s039": ("iphone", "yahoo"), "hjb-s040": ("gmail", "apple_mail"), "hjb-s041": ("yahoo", "thunderbird"),
    "hjb-s042": ("iphone", "gmail"), "hjb-s043": ("thunderbird", "owa"),
}
PLAIN_PROGRAMS = ("thunderbird_plain", "mutt", "apple_plain", "gmail_plain2")


# ---------------------------------------------------------------------------------------------
# scenario helpers


def P(name, sal, addr1, addr2, sig=()):
    """A sender: full name, how the firm addresses them, two addresses (one per copy), signature lines."""
    return {"name": name, "first": name.split()[0], "sal": sal, "addrs": (addr1, addr2), "sig": list(sig)}


def Q(name, addr, subject, paras, staff=None, qd=None):
    """The quoted (earlier) mail: its sender, subject, paragraphs (first the greeting, last the sign-off; "{sal}"
    is the recipient's salutation) and the first name of the person who signed it (None for a team)."""
    return {"name": name, "addr": addr, "subject": subject, "paras": list(paras), "staff": staff, "qd": qd}


SCEN = []


def S(sid, mb, grp, lay, who, subj, q, lab, note, say=(), inl=(), pre=(), greet=True, headers=None, fwd_to=None,
      sign=True):
    """One scenario. lay: H top/bottom/inline; P inline; C top/forward/new/auto. say: the sender's paragraphs
    (top/bottom/forward/new); inl: [(index of the quoted paragraph the answer follows, answer text)]; pre: the
    sender's opening paragraphs above an inline quote."""
    SCEN.append({"sid": sid, "mb": mb, "grp": grp, "lay": lay, "who": who, "subj": subj, "q": q, "lab": lab,
                 "note": note, "say": list(say), "inl": list(inl), "pre": list(pre), "greet": greet,
                 "headers": headers or [{}, {}], "fwd_to": fwd_to, "sign": sign})


PX_SUP = ("PEXA Support", "support@pexa.co.uk")
PX_CMP = ("PEXA Complaints", "complaints@pexa.co.uk")
CX_CR = ("Conexus Customer Relations", "customer.relations@conexus.co.uk")
CX_CS = ("Conexus Customer Services", "customerservices@conexus.co.uk")


# ---------------------------------------------------------------------------------------------
# scenarios: PEXA

# -- group H, top-posted
S("hjb-s001", "pexa", "H", "top",
  P("Harriet Mbeki", "Ms Mbeki", "harriet.mbeki@fenwickhale.co.uk", "h.mbeki@fenwickhale.co.uk",
    ["Post-completion Team", "Fenwick Hale LLP"]),
  "Workspace 44-21907 - failed settlement on 19 February",
  Q("Tom Ashdown", "tom.ashdown@pexa.co.uk", "Workspace 44-21907 - failed settlement on 19 February", [
      "Dear {sal},",
      "Thank you for your patience while we looked into workspace 44-21907.",
      "Our logs show that the incoming lender's funds were not authorised before the 14:00 settlement cut-off, "
      "so the workspace could not proceed to settlement and was rolled to the next business day. We have not found "
      "any fault on the platform during that window.",
      "If you have any further information, please reply to this email.",
      "Kind regards,\nTom Ashdown\nCustomer Support Analyst\nPEXA"], "Tom", qd="2026-02-24"),
  short_labels(c=True, cat="platform_defect"),
  "The sender disputes the firm's finding and says the platform showed an error, with costs and a demand to "
  "re-investigate: an implicit complaint about a platform fault.",
  say=["I'm afraid that isn't what happened. The lender authorised the funds at 11:02 - I have the screenshot - "
       "and from 11:40 the workspace showed a red 'Financial settlement unavailable' banner that none of us could "
       "clear. We phoned your support line twice before 14:00.",
       "Our clients lost a day on their completion and we have paid a removal firm's cancellation charge of "
       "£380. Please look at this again properly and tell me who will cover that cost."])

S("hjb-s002", "pexa", "H", "top",
  P("Tobias Wren", "Mr Wren", "tobias.wren@heathcotebank.co.uk", "t.wren@heathcote.co.uk",
    ["Mortgage Operations Manager", "Heathcote Bank"]),
  "Your reference PX-CMP-20418 - acknowledgement",
  Q("Nadia Osei", "complaints@pexa.co.uk", "Your reference PX-CMP-20418 - acknowledgement", [
      "Dear {sal},",
      "Thank you for your email of 2 March about the platform fees on your February invoice. We have logged this "
      "under reference PX-CMP-20418 and a member of our billing team will review the charges.",
      "We aim to resolve matters within 5 business days. If we need longer, we will write to you with an update.",
      "Kind regards,\nNadia Osei\nComplaints Coordinator\nPEXA"], "Nadia", qd="2026-03-03"),
  short_labels(c=True, ex=True, cat="fees_charges"),
  "The bank's manager calls the matter 'my complaint' in his own words and objects to repeated lodgement fees: "
  "explicit, fees_charges; Heathcote Bank is the complainant, not the subject, so about_other_firm=null.",
  say=["Thanks for logging this. For the record, this is the third invoice in a row where the lodgement fee has been "
       "charged on workspaces that were withdrawn before settlement - December, January and now February, 17 "
       "workspaces in total.",
       "I'd like my complaint to go straight to someone senior this time rather than the billing queue, and I want "
       "the credit note to cover all three months, not just February."])

S("hjb-s003", "pexa", "H", "top",
  P("Mabel Odukoya", "Mrs Odukoya", "mabel@seftonrowe.co.uk", "m.odukoya@seftonrowe.co.uk",
    ["Practice Manager", "Sefton Rowe Conveyancing"]),
  "Final response - your complaint PX-CMP-19877",
  Q("Grace Lindqvist", "grace.lindqvist@pexa.co.uk", "Final response - your complaint PX-CMP-19877", [
      "Dear {sal},",
      "Further to your complaint about the cancelled Settlement Essentials training sessions, I have now completed "
      "my review.",
      "I am sorry that your team's session was cancelled twice at short notice. I have upheld your complaint, booked "
      "a dedicated session for your three new starters on 12 March, and waived the £150 course fee.",
      "If you are not satisfied with this response, you may reply to this email within eight weeks.",
      "Yours sincerely,\nGrace Lindqvist\nCustomer Resolution Lead\nPEXA"], "Grace", qd="2026-02-27"),
  short_labels(),
  "Thanks for a resolved matter with nothing still wrong: not a complaint, although the subject and the quoted "
  "final response use the word complaint (guide rule 5).",
  say=["Thank you. The session on the 12th went very well and the trainer was excellent - all three of them are "
       "now signed off to use the platform.",
       "We're happy for this to be closed."])

S("hjb-s004", "pexa", "H", "top",
  P("Rohan Pillai", "Mr Pillai", "rohan.pillai@gmail.com", "rpillai84@icloud.com"),
  "Your email about your purchase of 27 Larch Close",
  Q("Ellis Fairbairn", "customer.resolution@pexa.co.uk", "Your email about your purchase of 27 Larch Close", [
      "Dear {sal},",
      "Thank you for your email. PEXA provides the platform that conveyancers and lenders use to complete property "
      "transactions, but we are not able to look into how a law firm or conveyancer has handled your matter.",
      "With your agreement we have passed your email to Marsh & Penrose Conveyancing, who act for you, and asked "
      "them to contact you directly. Their client care team can be reached on 01392 440 118.",
      "Kind regards,\nEllis Fairbairn\nPEXA Customer Resolution"], "Ellis", qd="2026-03-04"),
  short_labels(c=True, cat="delay", firm="mpc"),
  "A home buyer's continuing grievance is purely about his conveyancer (Marsh & Penrose) not replying and the "
  "completion statement being late: implicit complaint to forward, about_other_firm=mpc, category delay.",
  say=["Thanks for passing it on, but I've heard nothing from Marsh & Penrose in the nine days since. Their client "
       "care number rings out and my conveyancer's out-of-office says she's on leave until the 20th.",
       "Our completion is meant to be next Friday and we still haven't had the completion statement, so I don't "
       "know how much to transfer. Can you chase them, or tell me who else I can go to? We're running out of "
       "time."])

S("hjb-s005", "pexa", "H", "top",
  P("Cerys Pentreath", "Ms Pentreath", "cerys.pentreath@lowensteinlaw.co.uk", "cpentreath@lowensteinlaw.co.uk"),
  "Account closure request - user ID U-778213",
  Q("Jamal Rutherford", "support@pexa.co.uk", "Account closure request - user ID U-778213", [
      "Hi {sal},",
      "We've received your firm administrator's request to deactivate your PEXA user account. Your account will be "
      "closed at the end of this month and you will no longer be able to sign in.",
      "Records of the workspaces you acted in are kept by us for the period required by law and will not be "
      "affected.",
      "Best regards,\nJamal Rutherford\nPEXA Support"], "Jamal", qd="2026-03-09"),
  short_labels(r="erasure,objection"),
  "No dissatisfaction: the leaving user asks for her mobile number and ID copy to be deleted (erasure) and objects "
  "to marketing use of her details (objection); rights without a complaint.",
  say=["That's all expected - I'm moving to a firm that doesn't use PEXA.",
       "Once the account is closed, please delete my mobile number and the copy of my driving licence you took for "
       "identity verification, as you won't need them any more. I'd also like to come off your marketing emails: "
       "I object to my details being used for marketing from now on."])

# -- group H, bottom-posted
S("hjb-s006", "pexa", "H", "bottom",
  P("Bilal Chaudhry", "Mr Chaudhry", "b.chaudhry@tvmortgages.co.uk", "bilal.chaudhry@tvmortgages.co.uk",
    ["Completions Team Leader", "Thames Valley Mortgages"]),
  "Your PEXA Refinance Essentials session",
  Q("Freya Haldane", "training@pexa.co.uk", "Your PEXA Refinance Essentials session", [
      "Dear {sal},",
      "We have a space for two of your team on the Refinance Essentials virtual session on Tuesday 10 March, "
      "10:00 to 12:30.",
      "Could you confirm that this date works, and tell us the names and email addresses of the two attendees so we "
      "can send the joining links?",
      "Kind regards,\nFreya Haldane\nPEXA Training Team"], "Freya", qd="2026-02-26"),
  short_labels(),
  "An ordinary answer (the date suits, here are the attendees) from a participant lender's staff: no "
  "dissatisfaction, not a complaint.",
  say=["Yes, Tuesday is fine. The two attendees are Sinead Morrow (s.morrow@tvmortgages.co.uk) and Kwame Asante "
       "(k.asante@tvmortgages.co.uk)."])

S("hjb-s007", "pexa", "H", "bottom",
  P("Delphine Okonjo", "Ms Okonjo", "delphine@okonjowebb.co.uk", "d.okonjo@okonjowebb.co.uk",
    ["Partner", "Okonjo & Webb Solicitors"]),
  "Your PEXA registration - additional documents needed",
  Q("PEXA Onboarding", "onboarding@pexa.co.uk", "Your PEXA registration - additional documents needed", [
      "Dear {sal},",
      "Thank you for your application to join PEXA. Before we can complete verification of your firm, we need the "
      "following:",
      "- a certified copy of your SRA practising certificate\n- proof of your client account details (a recent bank "
      "letter)",
      "Please upload these through the registration portal. Once received, we aim to complete verification within "
      "10 business days.",
      "Kind regards,\nPEXA Onboarding Team"], None, qd="2026-03-05"),
  short_labels(c=True, cat="onboarding"),
  "Written below the quoted request: the documents were sent twice already, five weeks have passed and a first "
  "completion is at risk, with a demand for senior action: an implicit complaint about onboarding.",
  say=["We uploaded both of these on 2 February, and again on 16 February after your team said the first upload "
       "'could not be found'. This is the third request for the same two documents.",
       "It is now five weeks since we applied and our first remortgage on the platform is due to complete on 13 "
       "March. Please have someone senior check the portal today and confirm what, if anything, is actually "
       "missing."])

S("hjb-s008", "pexa", "H", "bottom",
  P("Graham Otley", "Mr Otley", "graham.otley@greyfriarslaw.co.uk", "g.otley@greyfriarslaw.co.uk",
    ["Head of Conveyancing", "Greyfriars Law LLP"]),
  "Workspace audit report - February",
  Q("Keeley Armitage", "keeley.armitage@pexa.co.uk", "Workspace audit report - February", [
      "Hi {sal},",
      "As requested, I've attached the workspace audit report for your firm for February, showing each workspace, "
      "the parties and the settlement date.",
      "Let me know if you need anything else.",
      "Thanks,\nKeeley Armitage\nPEXA Support"], "Keeley", qd="2026-03-06"),
  short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Below the quote the law firm reports that PEXA sent it another firm's client list and says 'formal complaint': "
  "explicit, a disclosure (breach) and a data-handling grievance; Greyfriars is the complainant, so no firm id.",
  say=["The report you attached is not ours. It is for another law firm and lists around forty of their clients by "
       "name, with property addresses and the amount of each mortgage. We have deleted it and have not shared it.",
       "I want to make a formal complaint about this. Please tell me how it happened, whether our own report has "
       "gone to someone else, and what you are doing to stop it happening again."])

S("hjb-s009", "pexa", "H", "bottom",
  P("Fergus McAllister", "Mr McAllister", "fergus.mcallister@castlegatelegal.co.uk", "fmcallister@btinternet.com"),
  "Your subject access request SAR-2026-0142",
  Q("Anjali Mercer", "dataprotection@pexa.co.uk", "Your subject access request SAR-2026-0142", [
      "Dear {sal},",
      "Please find attached a copy of the personal data PEXA holds about you, in response to your request of "
      "14 January.",
      "The file includes your user profile, your sign-in history for the last 24 months and the workspaces in which "
      "you acted.",
      "Yours sincerely,\nAnjali Mercer\nData Protection Team, PEXA"], "Anjali", qd="2026-02-11"),
  short_labels(r="rectification,restriction"),
  "Borderline: an out-of-date employer after the user's own move, raised calmly with thanks; a routine request "
  "to update (rectification) and not to show the old firm meanwhile (restriction), not a complaint.",
  say=["Thanks, that's everything I asked for.",
       "One thing I noticed: my user profile still lists my employer as Pryor Dalton LLP. I moved to Castlegate "
       "Legal in November. Could you update that, and until it's done please don't show the old firm's name against "
       "me in the participant directory, as clients are finding me there and ringing my old office."])

# -- group H, inline answers
S("hjb-s010", "pexa", "H", "inline",
  P("Sunita Rao", "Ms Rao", "sunita.rao@linfordcave.co.uk", "s.rao@linfordcave.co.uk", ["Linford Cave LLP"]),
  "Case 00418872 - lodgement rejected",
  Q("Ravi Sandhu", "support@pexa.co.uk", "Case 00418872 - lodgement rejected", [
      "Hi {sal},",
      "Sorry to hear the lodgement for workspace 38-55120 was rejected. To help us investigate, could you tell us:",
      "1. The time you pressed 'Lodge' and the message that came back.",
      "2. Whether the title documents were uploaded through the workspace or sent to HM Land Registry separately.",
      "3. Whether you have tried to lodge again since.",
      "Thanks,\nRavi Sandhu\nPEXA Support"], "Ravi", qd="2026-02-17"),
  short_labels(c=True, cat="platform_defect"),
  "The answers between the quoted questions end in 'second lodgement this week your system has rejected' with a "
  "demand to fix it and refund a fee: an implicit complaint about a platform fault, read from the inline answers.",
  inl=[(2, "15:47 on Monday. The message was 'LR-502: submission could not be validated', nothing else."),
       (3, "All through the workspace, as always."),
       (4, "Yes, twice on Tuesday, same error. This is the second lodgement this week your system has rejected with "
           "no explanation, and each resubmission costs us another day with the lender. We need it fixed, and the "
           "resubmission fee you charged us refunded.")])

S("hjb-s011", "pexa", "H", "inline",
  P("Yusuf Adeyemi", "Mr Adeyemi", "yusuf.adeyemi@listermoss.co.uk", "y.adeyemi@listermoss.co.uk",
    ["Lister Moss Solicitors"]),
  "Support line - reference PX-CMP-20733",
  Q("Marcus Delacroix", "marcus.delacroix@pexa.co.uk", "Support line - reference PX-CMP-20733", [
      "Dear {sal},",
      "Thank you for speaking to me yesterday. So that I can look into your concerns about our support line, please "
      "could you confirm:",
      "- the dates and approximate times of the calls where you were kept waiting",
      "- the number you called from",
      "- whether you would like me to call you to discuss my findings, and if so when",
      "Kind regards,\nMarcus Delacroix\nComplaints Handler, PEXA"], "Marcus", qd="2026-02-13"),
  short_labels(c=True, cat="wait_time"),
  "Borderline: answers to the handler's questions that restate the grievance (48 and 35 minutes on hold, cut off, "
  "'not workable') and expect a call back: a continuing implicit complaint about waiting to reach PEXA.",
  pre=["My answers are under each point."],
  inl=[(2, "Monday 9 Feb at about 11:15 - 48 minutes on hold, then cut off. Wednesday 11 Feb from 14:30 - 35 "
           "minutes, then cut off again just as someone answered. On settlement days that is simply not workable."),
       (3, "0113 496 0735, our main switchboard."),
       (4, "Yes please, Thursday after 3pm.")])

S("hjb-s012", "pexa", "H", "inline",
  P("Philippa Drummond", "Mrs Drummond", "pip.drummond@gmail.com", "philippa.drummond@yahoo.co.uk"),
  "Your message about your sale",
  Q("Sasha Ingram", "customer.resolution@pexa.co.uk", "Your message about your sale", [
      "Dear {sal},",
      "Thank you for contacting PEXA. We are sorry to hear about the difficulties with your sale.",
      "PEXA runs the platform that law firms and lenders use to complete, but we cannot look into the service "
      "provided by your conveyancer. If you would like us to pass your concerns to them, please tell us:",
      "1. The name of the firm acting for you.",
      "2. Whether you agree to us sharing your name, email address and message with that firm.",
      "Kind regards,\nSasha Ingram\nPEXA Customer Resolution"], "Sasha", qd="2026-03-10"),
  short_labels(c=True, cat="service_quality", firm="unknown"),
  "A seller's inline answers name her conveyancer (Ashgrove Property Lawyers, not in the directory) and describe "
  "poor service with a demand: implicit complaint purely about that firm, about_other_firm=unknown.",
  inl=[(3, "Ashgrove Property Lawyers in Luton. I'm dealing with a Mr Kerr there."),
       (4, "Yes, please share it. They've asked me for the same ID documents three times, don't return calls for a "
           "week at a time, and my buyer is threatening to pull out. I want someone there to take this seriously.")])

S("hjb-s013", "pexa", "H", "inline",
  P("Imogen Trask", "Ms Trask", "imogen.trask@quaysidelaw.co.uk", "imogen.trask@gmail.com"),
  "Your data request - verification",
  Q("Oliver Hatch", "dataprotection@pexa.co.uk", "Your data request - verification", [
      "Dear {sal},",
      "Thank you for your email. Before we can deal with your request, we need to be sure we have understood it.",
      "1. Which personal data would you like? For example, your user profile, sign-in history, or the workspaces "
      "you acted in.",
      "2. In what format would you like to receive it?",
      "3. Please confirm the email address registered to your PEXA user account.",
      "Kind regards,\nOliver Hatch\nData Protection Team, PEXA"], "Oliver", qd="2026-02-19"),
  short_labels(r="access,portability"),
  "Inline answers ask for a copy of everything held (access) and the records as CSV to load into another system "
  "(portability), with no dissatisfaction: rights without a complaint.",
  inl=[(2, "All of it please - a copy of everything you hold on me as a user, including sign-in history and any "
           "notes on my account."),
       (3, "The workspace and sign-in records as CSV files, so I can load them into our new practice management "
           "system. The rest as a PDF is fine."),
       (4, "It's this address.")])

# -- group P, plain-text inline answers
S("hjb-s014", "pexa", "P", "inline",
  P("Owen Castellan", "Mr Castellan", "owen.castellan@brightwatersolicitors.co.uk",
    "ocastellan@brightwatersolicitors.co.uk", ["Brightwater Solicitors"]),
  "Lodgement error on workspace 51-33092",
  Q("Priya Nandakumar", "priya.nandakumar@pexa.co.uk", "Lodgement error on workspace 51-33092", [
      "Hello {sal},",
      "Thanks for raising this with the support desk. So that our technical team can reproduce the problem, "
      "could you answer a few questions for me?",
      "1. Which browser and version were you using when the lodgement button stayed greyed out?",
      "2. Did anyone else in your firm see the same thing on other workspaces on the same day?",
      "3. Would you be free for a short screen-share session next Tuesday afternoon?",
      "Many thanks,\nPriya Nandakumar\nPEXA Support"], "Priya", qd="2026-02-18"),
  short_labels(),
  "The sender only answers the support desk's troubleshooting questions with facts and accepts a session, with no "
  "dissatisfaction: an enquiry thread, not a complaint.",
  pre=["Answers below."],
  inl=[(2, "Chrome, version 121 on Windows 11."),
       (3, "No, only this one as far as I know."),
       (4, "Yes, Tuesday is fine, any time after 2pm.")])

S("hjb-s015", "pexa", "P", "inline",
  P("Annika Holloway", "Ms Holloway", "annika.holloway@penhallowlegal.co.uk", "a.holloway@penhallowlegal.co.uk",
    ["Penhallow Legal"]),
  "Final response - PX-CMP-20122",
  Q("Nadia Osei", "complaints@pexa.co.uk", "Final response - PX-CMP-20122", [
      "Dear {sal},",
      "I have now completed my investigation into your concerns about the workspace fee charged on workspace "
      "47-10293.",
      "Our records show the workspace was created by your firm on 6 January and that the incoming lender joined on "
      "8 January. Under our published fee schedule the workspace fee becomes payable once a second participant "
      "joins, whether or not settlement takes place.",
      "I have therefore concluded that the fee was correctly applied and I am unable to offer a refund.",
      "If you remain dissatisfied, you may ask for this decision to be reviewed within eight weeks of the date of "
      "this letter.",
      "Yours sincerely,\nNadia Osei\nComplaints Coordinator, PEXA"], "Nadia", qd="2026-02-20"),
  short_labels(c=True, ex=True, cat="fees_charges"),
  "Typed under the quoted findings, the sender rejects the fee decision and asks for 'my complaint' to be "
  "reviewed: explicit by her own words, category fees_charges.",
  inl=[(2, "The lender joined in error - they withdrew within the hour, and your own support desk confirmed that in "
           "writing on 9 January (case 00409117)."),
       (4, "Then I'd like my complaint reviewed. A fee for a workspace that existed for an hour because of someone "
           "else's mistake is not fair, and the schedule says nothing about lenders joining by mistake.")])

S("hjb-s016", "pexa", "P", "inline",
  P("Tamsin Greaves", "Ms Greaves", "tamsin.greaves@holbrookfairley.co.uk", "tgreaves@holbrookfairley.co.uk",
    ["Office Manager", "Holbrook Fairley LLP"]),
  "Change to your Settlement Essentials session",
  Q("Freya Haldane", "training@pexa.co.uk", "Change to your Settlement Essentials session", [
      "Dear {sal},",
      "Unfortunately we need to move your Settlement Essentials session on 3 March to Thursday 19 March, 09:30 to "
      "12:00, because of trainer availability. Your joining links will be updated automatically.",
      "Please let us know if the new date is not suitable.",
      "Kind regards,\nFreya Haldane\nPEXA Training Team"], "Freya", qd="2026-02-25"),
  short_labels(c=True, cat="training"),
  "Answers under the quoted notice say the session has been moved a third time, staff cannot work meanwhile, and "
  "ask for an earlier date and an explanation: an implicit complaint about training.",
  inl=[(1, "That's the third time this session has been moved. It was first booked for 3 February. We have two new "
           "paralegals who can't act in any workspace until they have done it, so other staff are covering their "
           "files."),
       (2, "It isn't suitable - 19 March is our busiest completion day. We need an earlier date, or a recorded "
           "session with a trainer available for questions, and an explanation of why this keeps happening.")])

S("hjb-s017", "pexa", "P", "inline",
  P("Gordon Ferrier", "Mr Ferrier", "gordon.ferrier@btinternet.com", "g.ferrier@outlook.com"),
  "Your redemption figure",
  Q("Ellis Fairbairn", "customer.resolution@pexa.co.uk", "Your redemption figure", [
      "Dear {sal},",
      "Thank you for your email about the redemption figure for your mortgage.",
      "The redemption amount in a settlement is supplied by your lender, and PEXA cannot check or change it. Please "
      "contact Heathcote Bank directly, quoting your mortgage account number, and ask them to confirm the figure.",
      "If you prefer, we can pass your email to Heathcote Bank for you. Just let us know.",
      "Kind regards,\nEllis Fairbairn\nPEXA Customer Resolution"], "Ellis", qd="2026-03-11"),
  short_labels(c=True, cat="inaccurate_information", firm="hcb"),
  "A seller says his lender's redemption figure wrongly includes an early repayment charge and asks PEXA to pass "
  "it on: implicit complaint purely about Heathcote Bank's wrong statement, hcb, inaccurate_information.",
  inl=[(2, "I have, three times. Each time they tell me the figure is right, but it includes £2,340 of early "
           "repayment charge on a fixed rate that ended in January. My sale completes on the 27th and that money "
           "will be taken from my proceeds."),
       (3, "Yes please pass it to them, today if possible, and ask them to correct it before completion.")])

S("hjb-s018", "pexa", "P", "inline",
  P("Niamh Costigan", "Ms Costigan", "niamh.costigan@gmail.com", "n.costigan@protonmail.com"),
  "Your subject access request - identity check",
  Q("Anjali Mercer", "dataprotection@pexa.co.uk", "Your subject access request - identity check", [
      "Dear {sal},",
      "Thank you for your request for a copy of the personal data PEXA holds about you.",
      "To protect your information, please send us a copy of one form of photo identification. Once we have "
      "verified your identity, we will respond within one month.",
      "Yours sincerely,\nAnjali Mercer\nData Protection Team, PEXA"], "Anjali", qd="2026-01-19"),
  short_labels(c=True, pd=True, r="access", cat="personal_data"),
  "Borderline: a 'still waiting' reply about an access request ignored past the deadline; a badly handled "
  "data-rights request is a personal_data complaint (specific beats delay), access repeated.",
  inl=[(2, "I sent my passport the same afternoon, 20 January. It is now 3 March and I have had nothing - not the "
           "data, not an extension notice, and no reply to my two emails in February. Please send the copy of my "
           "data now and tell me why the deadline was missed.")])

S("hjb-s019", "pexa", "P", "inline",
  P("Bethan Lloyd-Rees", "Ms Lloyd-Rees", "bethan.lloydrees@gmail.com", "bethan.lr@hotmail.co.uk"),
  "Your father's sale - 8 Mill Race",
  Q("Sasha Ingram", "customer.resolution@pexa.co.uk", "Your father's sale - 8 Mill Race", [
      "Dear {sal},",
      "Thank you for writing on behalf of your father. We can pass his concerns to the conveyancing firm that acted "
      "for him, but first we need:",
      "- the name of the firm",
      "- confirmation that your father agrees to you acting for him and to us sharing the details",
      "Kind regards,\nSasha Ingram\nPEXA Customer Resolution"], "Sasha", qd="2026-03-12"),
  short_labels(c=True, cat="fees_charges", firm="ols", tp=True),
  "A daughter writing for her father (third_party) says Orchard Lane took an unquoted completion fee and wants it "
  "refunded: implicit complaint purely about ols, fees_charges.",
  inl=[(2, "Orchard Lane Solicitors, the Stockport office."),
       (3, "Yes, Dad is 84 and has asked me to deal with this; he has signed the note attached. The problem is that "
           "Orchard Lane took a £450 'completion administration fee' out of his sale money. It wasn't in their "
           "quote and nobody mentioned it. We want it explained and refunded.")])

S("hjb-s020", "pexa", "P", "inline",
  P("Ezra Blackwood", "Mr Blackwood", "ezra.blackwood@merrowlaw.co.uk", "e.blackwood@merrowlaw.co.uk"),
  "Help shape PEXA - your preferences",
  Q("Laurence Tiwari", "insights@pexa.co.uk", "Help shape PEXA - your preferences", [
      "Dear {sal},",
      "We are building a customer research panel and would like to include you. Please reply to let us know:",
      "1. May we use your platform usage data to build a profile of how you use PEXA, so that we can tailor our "
      "product updates and marketing to you?",
      "2. Would you be willing to take part in a 30-minute interview in April?",
      "3. Would you like to keep receiving our monthly newsletter?",
      "With thanks,\nLaurence Tiwari\nCustomer Insights, PEXA"], "Laurence", qd="2026-03-02"),
  short_labels(r="objection"),
  "A calm answer under each question: 'I object to my usage data being used for profiling or for marketing' is "
  "objection; the rest are plain answers, so no complaint.",
  inl=[(2, "No. I object to my usage data being used for profiling or for marketing."),
       (3, "Not this time, thanks."),
       (4, "Yes, the newsletter is fine.")])

S("hjb-s021", "pexa", "P", "inline",
  P("Rosalind Achebe", "Ms Achebe", "rosalind.achebe@achebecrane.co.uk", "r.achebe@achebecrane.co.uk",
    ["Partner, Achebe Crane LLP"]),
  "Identity verification unsuccessful",
  Q("PEXA Onboarding", "onboarding@pexa.co.uk", "Identity verification unsuccessful", [
      "Dear {sal},",
      "We were unable to verify your identity from the documents and selfie you submitted. This check is carried "
      "out automatically by our verification provider.",
      "You may try again up to two more times. If verification is unsuccessful after three attempts, your user "
      "registration will be closed and your firm administrator will need to start a new application.",
      "Kind regards,\nPEXA Onboarding Team"], None, qd="2026-03-05"),
  short_labels(c=True, r="automated_decision", cat="onboarding"),
  "Verification failed three times and the partner cannot act; she wants a person, not the automated check, to "
  "decide: implicit onboarding complaint with automated_decision (no data-handling grievance, personal_data=false).",
  inl=[(1, "This is the third time it has failed. The photo in my passport was taken before my hair went grey, and "
           "the system seems unable to cope with that."),
       (2, "I don't want to try a fourth time and be locked out. I want a member of your team, not the automated "
           "check, to look at my documents and decide. Our firm went live two weeks ago and I'm the only partner "
           "who cannot act.")])

S("hjb-s022", "pexa", "P", "inline",
  P("Colm Devereux", "Mr Devereux", "colm.devereux@stratfordkeane.co.uk", "c.devereux@stratfordkeane.co.uk"),
  "Case 00421190 - workspace invitation not received",
  Q("Ravi Sandhu", "support@pexa.co.uk", "Case 00421190 - workspace invitation not received", [
      "Hi {sal},",
      "Thanks for your email. I've passed this to our workspace team, who will investigate why the invitation did "
      "not arrive and come back to you within 3 business days.",
      "Thanks,\nRavi Sandhu\nPEXA Support"], "Ravi", qd="2026-02-10"),
  short_labels(c=True, cat="delay"),
  "A one-line 'Chasing' typed under the quoted promise of a reply within 3 business days, now a week overdue: a "
  "still-waiting chaser, implicit complaint about delay.",
  greet=False,
  inl=[(1, "That was on 10 February - the 3 business days came and went a week ago. Chasing.")])

# -- group C, controls
S("hjb-s023", "pexa", "C", "top",
  P("Marguerite Sowerby", "Ms Sowerby", "marguerite.sowerby@kestrelbs.co.uk", "m.sowerby@kestrelbs.co.uk",
    ["Settlements Manager", "Kestrel Building Society"]),
  "Service notice: settlement services restored",
  Q("PEXA Service Status", "status@pexa.co.uk", "Service notice: settlement services restored", [
      "Dear customer,",
      "Settlement services were unavailable between 11:20 and 13:55 today. The issue has been resolved and all "
      "services were restored at 14:00. Workspaces scheduled for settlement today can now proceed.",
      "We apologise for any inconvenience.",
      "PEXA Service Operations"], None, qd="2026-02-23"),
  short_labels(c=True, cat="platform_defect"),
  "Top-posted on a platform notice: the lender says settlement still failed after the stated fix and wants an "
  "explanation and costs: implicit complaint, platform_defect; Kestrel is the complainant, so no firm id.",
  say=["Your notice says everything was working again from 14:00. It wasn't. Our settlement team could not get "
       "three workspaces to proceed until after 16:30, and two of them missed the same-day CHAPS window, so our "
       "borrowers completed a day late.",
       "We want an explanation of what actually happened after 14:00, and we will be looking to recover the extra "
       "interest we have had to pay."])

S("hjb-s024", "pexa", "C", "top",
  P("Hollie Brannigan", "Ms Brannigan", "hollie.brannigan@ravenscroftlaw.co.uk", "h.brannigan@ravenscroftlaw.co.uk"),
  "Your complaint PX-CMP-20654 - call to discuss",
  Q("Marcus Delacroix", "marcus.delacroix@pexa.co.uk", "Your complaint PX-CMP-20654 - call to discuss", [
      "Dear {sal},",
      "I am the handler for your complaint about the delayed workspace migration. I would like to call you to go "
      "through my findings before I send my final response.",
      "Would Tuesday 17 March at 11:00 suit you?",
      "Kind regards,\nMarcus Delacroix\nComplaints Handler, PEXA"], "Marcus", qd="2026-03-12"),
  short_labels(),
  "Only agrees a call time on an open complaint; the complaint wording is in the inherited subject and the quote, "
  "the new words carry no dissatisfaction: not a complaint.",
  say=["Yes, Tuesday at 11 is fine. Please ring my mobile, 07700 900 318, as I'll be out of the office that "
       "morning."])

S("hjb-s025", "pexa", "C", "forward",
  P("Lorna Hetherington", "Ms Hetherington", "lorna.hetherington@corvinlaw.co.uk", "l.hetherington@corvinlaw.co.uk",
    ["Head of Residential Property", "Corvin Law"]),
  "Re: settlement cut-off",
  Q("PEXA Support", "support@pexa.co.uk", "Re: settlement cut-off", [
      "Hi,",
      "As we've told you before, the cut-off for financial settlement is 12:00. Anything authorised after that "
      "rolls to the next day. Please check the guidance before raising a ticket.",
      "Dean\nPEXA Support"], None, qd="2026-03-09"),
  short_labels(c=True, ex=True, cat="inaccurate_information"),
  "Forwarding the helpdesk's reply, the sender says 'I want to complain': the desk gave a wrong cut-off time that "
  "moved two completions (main cause) and wrote rudely: explicit, inaccurate_information.",
  fwd_to="settlements@corvinlaw.co.uk",
  say=["I'm forwarding the reply our settlements team had from your support desk yesterday.",
       "I want to complain about it. The cut-off in your own published guidance is 14:00, not 12:00 - we relied on "
       "the wrong time and moved two completions to the next day for nothing. The tone is also unacceptable: 'as "
       "we've told you before' is not how a supplier should write to a customer.",
       "Please confirm the correct cut-off in writing and tell me what you will do about the costs of the two moved "
       "completions."])

S("hjb-s026", "pexa", "C", "forward",
  P("Amira Haddad", "Ms Haddad", "amira.haddad@gmail.com", "amira.haddad@icloud.com"),
  "Your mortgage completion - 66 Bramble Way",
  Q("Thames Valley Mortgages", "completions@tvmortgages.co.uk", "Your mortgage completion - 66 Bramble Way", [
      "Dear {sal},",
      "We are sorry that your purchase did not complete on 6 March as planned.",
      "Our funds were ready to send, but the PEXA settlement system was unavailable that afternoon and the "
      "transaction could not proceed. Completion has now been rebooked for 9 March.",
      "Yours sincerely,\nCompletions Team\nThames Valley Mortgages"], None, qd="2026-03-06"),
  short_labels(c=True, cat="platform_defect", firm="tvm"),
  "Borderline: a buyer forwards her lender's email blaming PEXA's system and asks who will pay; under rule 10 a "
  "consumer's complaint goes to her participant firm (tvm) even when the platform is blamed, category platform_defect.",
  fwd_to="self",
  say=["Please see the email below from my lender. We had a removal van booked and the keys were supposed to be "
       "handed over on the 6th, and we had to stay in a hotel for three nights with two children.",
       "Thames Valley say it was your system. I want to know who is responsible and who is going to pay the £690 "
       "we are out of pocket."])

S("hjb-s027", "pexa", "C", "new",
  P("Leonie Farrant", "Ms Farrant", "leonie.farrant@gmail.com", "l.farrant@outlook.com"),
  "Please delete my PEXA user account",
  None,
  short_labels(r="erasure"),
  "A former user asks for her account and personal details to be deleted, with no dissatisfaction: erasure "
  "without a complaint.",
  say=["I used PEXA as a conveyancer at Dunmore & Pike until last year, when I left the profession. My user "
       "account is still registered under this email address.",
       "Please delete my account and the personal details you hold on me (name, mobile number, the photo ID I "
       "uploaded at registration) and confirm once that has been done."])

S("hjb-s028", "pexa", "C", "new",
  P("Dominic Arkwright", "Mr Arkwright", "dominic.arkwright@marshpenrose.co.uk", "d.arkwright@marshpenrose.co.uk",
    ["Conveyancing Executive", "Marsh & Penrose Conveyancing"]),
  "Document in our workspace belonging to someone else",
  None,
  short_labels(br=True),
  "A participant's staff member neutrally reports another person's passport and bank statement showing in its "
  "workspace and asks for no reply: breach=true on a non-complaint (like a misdelivery report).",
  say=["Just to let you know, in workspace 52-70418 (our purchase for Mr and Mrs Leung) the document list now "
       "includes a scanned passport and bank statement for someone who isn't a party to this transaction - a "
       "Ms R. Okafor. I assume another participant uploaded it to the wrong workspace.",
       "We haven't opened it beyond the first page and we haven't downloaded it. I'd suggest someone removes it. "
       "No need to reply to me on this."])

S("hjb-s029", "pexa", "C", "new",
  P("Vivienne Clark", "Ms Clark", "viv.clark@outlook.com", "vivienne.clark62@gmail.com"),
  "What information will PEXA hold about me?",
  None,
  short_labels(r="informed"),
  "A home buyer asks what data PEXA will receive, from whom, why, on what basis and for how long, without "
  "dissatisfaction: informed (an explanation, not a copy), not a complaint.",
  say=["I'm buying a flat and my solicitor tells me the completion will go through PEXA. I'd never heard of you "
       "before.",
       "Before it happens, could you tell me what personal information about me you will receive, who gives it to "
       "you, what you use it for and on what legal basis, and how long you keep it?"])

S("hjb-s030", "pexa", "C", "auto",
  P("Jasper Quennell", "Mr Quennell", "jasper.quennell@aldousgrey.co.uk", "j.quennell@aldousgrey.co.uk"),
  "Your complaint PX-CMP-20801 - acknowledgement",
  Q("Nadia Osei", "complaints@pexa.co.uk", "Your complaint PX-CMP-20801 - acknowledgement", [
      "Dear {sal},",
      "Thank you for your complaint about the workspace fees charged to Aldous Grey Solicitors in February. We "
      "have logged it under reference PX-CMP-20801.",
      "We will write to you with our findings within 5 business days.",
      "Kind regards,\nNadia Osei\nComplaints Coordinator, PEXA"], "Nadia", qd="2026-03-13"),
  short_labels(auto=True),
  "An out-of-office that quotes the complaint acknowledgement is auto-generated (rule 7): every other label empty.",
  greet=False, sign=False,
  headers=[{"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}, {}],
  say=["Thank you for your email. I am out of the office until Monday 23 March with no access to email.",
       "For urgent completion matters please contact our post-completion team on 0117 496 0284 or "
       "postcompletion@aldousgrey.co.uk.",
       "Jasper Quennell\nAldous Grey Solicitors"])


# ---------------------------------------------------------------------------------------------
# scenarios: Conexus

# -- group H, top-posted
S("hjb-s031", "conexus", "H", "top",
  P("Kieran Ashby", "Mr Ashby", "kieran.ashby@gmail.com", "k.ashby1990@hotmail.co.uk"),
  "Payment reminder - account CX-7734120",
  Q("Conexus Customer Services", "customerservices@conexus.co.uk", "Payment reminder - account CX-7734120", [
      "Dear {sal},",
      "Our client Northline Energy has asked us to collect the outstanding balance of £418.62 on your account.",
      "We have not received a payment or heard from you since our letter of 2 February. Please pay the balance in "
      "full, or call us on 0330 555 0142 to agree an affordable plan.",
      "Yours sincerely,\nCollections Team\nConexus"], None, qd="2026-03-03"),
  short_labels(c=True, cat="debt_dispute"),
  "The debtor says the bill was already paid to the creditor and Conexus keeps chasing it: implicit debt_dispute; "
  "the grievance is Conexus's own pursuit of a paid debt, so about_other_firm=null (rule 10).",
  say=["I have told you twice on the phone that this bill was paid to Northline in full on 18 December. The receipt "
       "is attached again - card payment, reference NL-PAY-558120.",
       "Please stop chasing me for money I don't owe, confirm in writing that the account is closed, and make sure "
       "nothing has been reported to the credit agencies."])

S("hjb-s032", "conexus", "H", "top",
  P("Ruth Adebayo", "Ms Adebayo", "ruth.adebayo@fairwaydebtadvice.org.uk", "r.adebayo@fairwaydebtadvice.org.uk",
    ["Money Adviser", "Fairway Debt Advice"]),
  "Complaint acknowledgement - CX-COMP-61207",
  Q("Hannah Pryce", "customer.relations@conexus.co.uk", "Complaint acknowledgement - CX-COMP-61207", [
      "Dear {sal},",
      "Thank you for contacting us on behalf of your client, Ms Shona Baird. We have recorded your complaint under "
      "reference CX-COMP-61207.",
      "We aim to resolve it as soon as possible and in any event to send you our final response within 8 weeks.",
      "Kind regards,\nHannah Pryce\nCustomer Relations, Conexus"], "Hannah", qd="2026-03-02"),
  short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser (third_party) adds calls and a text during her client's Breathing Space 'to the complaint': "
  "explicit by her own words, collection_conduct.",
  say=["Thank you. Since I wrote, there is something else I need to add to the complaint.",
       "Ms Baird entered a Breathing Space on 2 March (reference BS-2026-118842), and you were notified the same "
       "day. Your agents still telephoned her on 4 March and again on 6 March, and she received a text demanding "
       "payment on the 7th.",
       "Please confirm that all contact with her has stopped, and include these calls in your investigation."])

S("hjb-s033", "conexus", "H", "top",
  P("Morwenna Tregear", "Mrs Tregear", "morwenna.tregear@btinternet.com", "mtregear@gmail.com"),
  "Your complaint - our final response CX-COMP-60455",
  Q("Joel Whitlock", "customer.relations@conexus.co.uk", "Your complaint - our final response CX-COMP-60455", [
      "Dear {sal},",
      "I have now completed my investigation into your complaint about the £45 trace fee added to your account.",
      "I found that the fee should not have been applied, as we had your correct address throughout. I have "
      "removed it and refunded the £45 you paid towards it to your bank card, which should reach you within 5 "
      "working days.",
      "If you are unhappy with this response, you can refer your complaint to the Financial Ombudsman Service "
      "within six months.",
      "Yours sincerely,\nJoel Whitlock\nCustomer Relations Manager, Conexus"], "Joel", qd="2026-02-16"),
  short_labels(),
  "A thank-you confirming the refund arrived and the balance is right: nothing still wrong, so not a complaint "
  "despite the complaint wording in the subject and the quote (rule 5).",
  say=["The refund came through this morning and the balance is now correct.",
       "I appreciate you sorting it out so quickly."])

S("hjb-s034", "conexus", "H", "top",
  P("Lucas Brennan", "Mr Brennan", "lucas.brennan@outlook.com", "lucasbrennan@yahoo.co.uk"),
  "Statement of account - CX-7790314",
  Q("Conexus Customer Services", "customerservices@conexus.co.uk", "Statement of account - CX-7790314", [
      "Dear {sal},",
      "As requested, here is a statement of the account we are collecting on behalf of Pennant Mobile.",
      "Balance transferred to us: £612.40 (early termination charge £540.00, final bill £72.40). Payments received: "
      "£0.00. Balance outstanding: £612.40.",
      "Please contact us to arrange payment.",
      "Kind regards,\nAccounts Team\nConexus"], None, qd="2026-02-24"),
  short_labels(c=True, cat="debt_dispute", firm="pmt"),
  "The debtor says the creditor billed him after a cooling-off cancellation, so only Pennant Mobile can fix the "
  "root cause: implicit complaint, about_other_firm=pmt, debt_dispute.",
  say=["This whole balance is wrong. I cancelled the Pennant contract within the 14-day cooling-off period and sent "
       "the phone back by recorded delivery - I have the Royal Mail receipt. Pennant should never have charged a "
       "termination fee or a final bill.",
       "I'm sending this to you because you're the ones chasing me, but the mistake is Pennant's. Please get them "
       "to cancel the debt."])

# -- group H, bottom-posted
S("hjb-s035", "conexus", "H", "bottom",
  P("Natalie Verity", "Ms Verity", "natalie.verity@hartwellgroup.co.uk", "n.verity@hartwellgroup.co.uk"),
  "Your account CX-7712055 - arrears",
  Q("Daniel Okafor", "daniel.okafor@conexus.co.uk", "Your account CX-7712055 - arrears", [
      "Dear {sal},",
      "I am writing about your Sterling Credit Loans account, which is now £1,284.16 in arrears. Please contact me by "
      "20 March to discuss repayment.",
      "Kind regards,\nDaniel Okafor\nCollections Officer, Conexus"], "Daniel", qd="2026-03-06"),
  short_labels(c=True, pd=True, br=True, r="informed", cat="personal_data"),
  "Below the quote: the arrears email went to a shared work inbox and her manager read it (a disclosure, breach), "
  "she never gave that address and asks where it came from and on what basis (informed): personal_data complaint.",
  say=["You sent this to my work email, which goes into a shared team inbox. My manager opened it before I did, so "
       "she now knows about my debt.",
       "I have never given you this address and I never use it for personal things. Where did you get it from, and "
       "on what basis are you using it? I want an explanation and an apology, and from now on please contact me "
       "only by post or on my personal number."])

S("hjb-s036", "conexus", "H", "bottom",
  P("Deepa Mistry", "Mrs Mistry", "deepa.mistry@gmail.com", "deepa.m@icloud.com"),
  "Your payment on 27 February",
  Q("Sophie Langridge", "customerservices@conexus.co.uk", "Your payment on 27 February", [
      "Dear {sal},",
      "Thank you for your payment of £120.00 on 27 February. You have two accounts with us, CX-7801553 (Northline "
      "Energy) and CX-7801554 (Northline Energy, joint with Mr A. Mistry).",
      "Could you tell us which account you would like this payment to go to?",
      "Kind regards,\nSophie Langridge\nCustomer Services, Conexus"], "Sophie", qd="2026-03-02"),
  short_labels(),
  "A plain answer to the firm's question ('It is the joint account'): no dissatisfaction, not a complaint.",
  say=["It is the joint account, the one ending 554. Thanks for checking."])

S("hjb-s037", "conexus", "H", "bottom",
  P("Callum Hardcastle", "Mr Hardcastle", "callum.hardcastle@parliament.uk", "callum.hardcastle.mp.office@parliament.uk",
    ["Senior Caseworker", "Office of Rebecca Thorne MP"]),
  "Your constituent Mr Gareth Pole - CX-COMP-60981",
  Q("Hannah Pryce", "customer.relations@conexus.co.uk", "Your constituent Mr Gareth Pole - CX-COMP-60981", [
      "Dear {sal},",
      "Thank you for your letter on behalf of your constituent, Mr Gareth Pole. I am sorry that we have not yet been "
      "able to complete our review of his complaint.",
      "We are waiting for information from the original creditor and expect to write to Mr Pole with our final "
      "response within the next four weeks.",
      "Yours sincerely,\nHannah Pryce\nCustomer Relations, Conexus"], "Hannah", qd="2026-01-27"),
  short_labels(c=True, tp=True, cat="delay"),
  "An MP's caseworker (third_party) chases a final response promised six weeks ago: a still-waiting chaser, "
  "implicit (only the quoted letter says complaint), category delay.",
  say=["Thank you for this. However, your letter was sent six weeks ago and Mr Pole has still heard nothing from "
       "you. He has now been waiting more than three months in total.",
       "Please let me know by the end of this week when he will receive your final response, and why it has taken "
       "so long."])

S("hjb-s038", "conexus", "H", "bottom",
  P("Brian Ostrowski", "Mr Ostrowski", "brian.ostrowski@gmail.com", "b.ostrowski@talktalk.net"),
  "Our final response - CX-COMP-61044",
  Q("Joel Whitlock", "customer.relations@conexus.co.uk", "Our final response - CX-COMP-61044", [
      "Dear {sal},",
      "I have completed my review of the concerns you raised on 14 January about our field agent's visit to your "
      "home on 9 January.",
      "Our agent's report says that he introduced himself, explained the purpose of the visit and left when asked. "
      "I have not found evidence that he acted inappropriately, so I have not upheld your complaint.",
      "If you are not satisfied with this response, you may refer the matter to the Financial Ombudsman Service "
      "within six months.",
      "Yours sincerely,\nJoel Whitlock\nCustomer Relations Manager, Conexus"], "Joel", qd="2026-03-04"),
  short_labels(c=True, cat="collection_conduct"),
  "Written under the final response, the debtor rejects it, describes an intimidating doorstep agent and demands "
  "a fresh review: an implicit complaint (his own words never say complaint), collection_conduct.",
  say=["I'm not accepting this. Your agent did not leave when asked - he stood in the doorway for ten minutes, told "
       "me he'd be back with a warrant, and put his foot against the door when I tried to close it. My wife watched "
       "the whole thing and was shaking afterwards.",
       "You've taken his word for it without even asking us. Look at it again properly, including any body camera "
       "footage, or I'll go to the Ombudsman."])

# -- group H, inline answers
S("hjb-s039", "conexus", "H", "inline",
  P("Joanne Kettering", "Ms Kettering", "jo.kettering@gmail.com", "joanne.kettering@outlook.com"),
  "Setting up your payment plan",
  Q("Sophie Langridge", "customerservices@conexus.co.uk", "Setting up your payment plan", [
      "Dear {sal},",
      "Thank you for calling us about a payment plan. To work out an affordable amount, please reply with the "
      "following:",
      "1. Are you working, and if so, roughly how much do you take home each month?",
      "2. Do you have any other debts with payment arrangements in place?",
      "3. What is the best way and time to contact you?",
      "Kind regards,\nSophie Langridge\nCustomer Services, Conexus"], "Sophie", qd="2026-02-12"),
  short_labels(),
  "Plain facts typed under each question of an income-and-expenditure request, no dissatisfaction: not a "
  "complaint; 'email please' is a contact preference, not a data right.",
  inl=[(2, "Yes, part time, 20 hours a week. About £1,150 a month after tax."),
       (3, "Just one, a catalogue account at £25 a month."),
       (4, "Email please, or text after 5pm. I can't take calls at work.")])

S("hjb-s040", "conexus", "H", "inline",
  P("Tobias Ellery", "Mr Ellery", "tobias.ellery@gmail.com", "t.ellery@protonmail.com"),
  "Our response - CX-COMP-61530",
  Q("Hannah Pryce", "customer.relations@conexus.co.uk", "Our response - CX-COMP-61530", [
      "Dear {sal},",
      "Thank you for your patience while I looked into your concerns about the number of calls you received.",
      "Our records show that we called you 14 times between 1 and 28 February.",
      "Given the arrears on the account and the absence of any reply, I consider this contact frequency reasonable.",
      "If you are unhappy with my findings, you may reply to this email.",
      "Kind regards,\nHannah Pryce\nCustomer Relations, Conexus"], "Hannah", qd="2026-03-10"),
  short_labels(c=True, ex=True, cat="collection_conduct"),
  "Rebuttals typed between the quoted findings end with 'I want my complaint looked at again': explicit by the "
  "sender's own words (below the quote), about call frequency, collection_conduct.",
  inl=[(2, "My phone log shows 31 calls from your numbers in February, including three on the 12th and four on the "
           "19th. I can send screenshots."),
       (3, "I did reply - I wrote on 5 February asking you to contact me by email only. Three or four calls a day "
           "is not reasonable by anyone's standards."),
       (4, "I am. I want my complaint looked at again by a manager, and the calls to stop.")])

S("hjb-s041", "conexus", "H", "inline",
  P("Stella Marchetti", "Ms Marchetti", "stella.marchetti@gmail.com", "smarchetti@virginmedia.com"),
  "Your data request - confirmation of details",
  Q("Aaron Kemble", "dpo@conexus.co.uk", "Your data request - confirmation of details", [
      "Dear {sal},",
      "We have received your email asking about the data we hold. Before we can respond, please:",
      "1. Confirm your date of birth and your previous address, if you have moved in the last three years.",
      "2. Tell us in what format you would like to receive the information.",
      "3. Let us know if there is anything else you would like us to include.",
      "Yours sincerely,\nAaron Kemble\nData Protection Officer, Conexus"], "Aaron", qd="2026-02-09"),
  short_labels(r="access,informed"),
  "Calm verification answers that ask for call recordings to be included (access) and where her number and email "
  "came from and what they are used for (informed): rights without a complaint.",
  inl=[(2, "14 July 1983. Previous address 9 Cowper Street, Ipswich, until August 2024."),
       (3, "PDF by email is fine."),
       (4, "Yes - please include copies of the recordings of any phone calls, and tell me where you got my mobile "
           "number and email address from and what you use them for.")])

S("hjb-s042", "conexus", "H", "inline",
  P("Stephen Carver", "Mr Carver", "stephen.carver@carverjoinery.co.uk", "steve.carver@gmail.com"),
  "Your mother's account CX-7745190",
  Q("Daniel Okafor", "daniel.okafor@conexus.co.uk", "Your mother's account CX-7745190", [
      "Dear {sal},",
      "Thank you for your email about your mother, Mrs Eileen Carver.",
      "Before we can discuss her account with you, please confirm that you have her authority, for example a "
      "Lasting Power of Attorney.",
      "Please also tell us how you would like us to handle the account from now on.",
      "Kind regards,\nDaniel Okafor\nCollections Officer, Conexus"], "Daniel", qd="2026-02-20"),
  short_labels(c=True, r="erasure", tp=True, cat="collection_conduct"),
  "A son with power of attorney (third_party) says the letters frighten his mother in a care home and asks that "
  "they stop: implicit collection_conduct; 'delete her mobile number' is erasure alongside, personal_data=false.",
  inl=[(2, "Yes, I hold a Lasting Power of Attorney for her property and financial affairs. A copy is attached."),
       (3, "Mum is 88 and moved into a care home in January. Your letters are forwarded to her there and each one has "
           "left her in tears - she thinks she'll be taken to court. Please stop writing to her, deal only with me, "
           "and delete her mobile number from your records, as she no longer has that phone.")])

S("hjb-s043", "conexus", "H", "inline",
  P("Gwen Aldridge", "Mrs Aldridge", "gwen.aldridge@sky.com", "gwenaldridge@gmail.com"),
  "Your call on 3 March",
  Q("Joel Whitlock", "customer.relations@conexus.co.uk", "Your call on 3 March", [
      "Dear {sal},",
      "I am sorry to hear that you had difficulty getting through to us. So that I can look into what happened, "
      "could you tell me:",
      "- roughly what time you called and which number you used",
      "- how long you waited, and what happened on the call",
      "- what you would like us to do",
      "Kind regards,\nJoel Whitlock\nCustomer Relations Manager, Conexus"], "Joel", qd="2026-03-04"),
  short_labels(c=True, cat="wait_time"),
  "Inline answers describe 52 minutes on hold then a dead line and ask for a booked call back: an implicit "
  "complaint about waiting to reach the firm, wait_time.",
  inl=[(2, "About 9:10 in the morning, on the 0330 number on your letter."),
       (3, "52 minutes on hold, then the line just went dead. I rang back and got a message saying the lines were "
           "closed because of high demand."),
       (4, "Ring me back at a time we agree beforehand, so I don't have to sit on hold through my lunch break again. "
           "I am trying to pay you.")])

# -- group P, plain-text inline answers
S("hjb-s044", "conexus", "P", "inline",
  P("Aled Pritchard", "Mr Pritchard", "aled.pritchard@gmail.com", "a.pritchard@outlook.com"),
  "Your change of address",
  Q("Sophie Langridge", "customerservices@conexus.co.uk", "Your change of address", [
      "Dear {sal},",
      "Thank you for telling us that you have moved. Before we update our records, please confirm your new address "
      "in full, including the postcode, and the date you moved.",
      "Please also tell us whether you are still receiving post at your previous address.",
      "Kind regards,\nSophie Langridge\nCustomer Services, Conexus"], "Sophie", qd="2026-03-03"),
  short_labels(r="rectification,restriction"),
  "Answers under the quoted questions: update my address (rectification) and do not use or pass on the old one "
  "meanwhile (restriction); no dissatisfaction, not a complaint.",
  inl=[(1, "12 Holt Street, Norwich NR2 4JS. I moved on 28 February. Please update my account with it."),
       (2, "No. The new tenants are forwarding things for now, but please don't send anything to the old address "
           "while you are updating it, or pass it to anyone.")])

S("hjb-s045", "conexus", "P", "inline",
  P("Ursula Kemp", "Ms Kemp", "ursula.kemp@gmail.com", "ukemp@btinternet.com"),
  "Balance due - Lumen Water account CX-7823007",
  Q("Conexus Customer Services", "customerservices@conexus.co.uk", "Balance due - Lumen Water account CX-7823007", [
      "Dear {sal},",
      "We are writing on behalf of our client Lumen Water about the balance of £486.30 for water and sewerage "
      "charges at 3 Kiln Row, Belper, for the period 1 April 2023 to 31 March 2024.",
      "Please pay the balance or contact us within 14 days to discuss how you will repay it.",
      "Yours sincerely,\nCollections Team\nConexus"], None, qd="2026-02-26"),
  short_labels(c=True, cat="debt_dispute", firm="lwt"),
  "The debtor says the creditor billed her for a period after she moved out; only Lumen Water can correct its "
  "billing: implicit complaint, about_other_firm=lwt, debt_dispute.",
  inl=[(1, "I moved out of Kiln Row in October 2022 and gave Lumen a final meter reading at the time - I have their "
           "letter confirming my account was closed. These charges belong to the people who lived there after me. "
           "Lumen need to correct their records and bill the right people; I'm not paying it.")])

S("hjb-s046", "conexus", "P", "inline",
  P("Faith Okoro", "Ms Okoro", "faith.okoro@northgatemoneyadvice.org.uk", "f.okoro@northgatemoneyadvice.org.uk",
    ["Debt Adviser", "Northgate Money Advice"]),
  "Your client Mr Idris Malik - CX-7750612",
  Q("Daniel Okafor", "daniel.okafor@conexus.co.uk", "Your client Mr Idris Malik - CX-7750612", [
      "Dear {sal},",
      "Thank you for your email and the signed letter of authority from Mr Malik.",
      "We have put the account on hold for 30 days while you prepare a financial statement with him.",
      "Is there anything else you need from us at this stage?",
      "Kind regards,\nDaniel Okafor\nCollections Officer, Conexus"], "Daniel", qd="2026-02-17"),
  short_labels(r="access", tp=True),
  "A debt adviser (third_party) thanks the firm and asks, for her client, for a copy of all his personal data "
  "including notes and recordings: access without a complaint.",
  inl=[(2, "Thank you, that's helpful."),
       (3, "Yes please - a copy of all the personal data you hold about Mr Malik, including your account notes and any "
           "call recordings, under his right of access. His signed authority covers this.")])

S("hjb-s047", "conexus", "P", "inline",
  P("Mehmet Yilmaz", "Mr Yilmaz", "mehmet.yilmaz@gmail.com", "m.yilmaz@hotmail.com"),
  "Your concerns about our agent's visit",
  Q("Hannah Pryce", "customer.relations@conexus.co.uk", "Your concerns about our agent's visit", [
      "Dear {sal},",
      "Thank you for calling us yesterday. I have opened an investigation into what you told us about our field "
      "agent's visit, and I would be grateful if you could answer the following:",
      "1. What date and time did the visit take place?",
      "2. Did the agent discuss your account with anyone else present?",
      "3. Is there anything else you would like us to consider?",
      "Kind regards,\nHannah Pryce\nCustomer Relations, Conexus"], "Hannah", qd="2026-02-11"),
  short_labels(c=True, pd=True, br=True, cat="collection_conduct"),
  "Continuing complaint in the inline answers: the agent told the debtor's 16-year-old son the debt (a disclosure, "
  "breach) and would not leave; the main grievance is the visit, so collection_conduct with personal_data set.",
  inl=[(2, "Monday 9 February, just after 8pm."),
       (3, "Yes. My son, who is 16, answered the door and the agent told him he was there about the £2,300 I owe "
           "Sterling Credit, before I even got downstairs."),
       (4, "He kept his hand on the door and wouldn't leave until I gave him my bank details. I want to know what you "
           "are going to do about him, and I don't want him at my house again.")])

S("hjb-s048", "conexus", "P", "inline",
  P("Ivan Petrovic", "Mr Petrovic", "ivan.petrovic@gmail.com", "ivan.p@outlook.com"),
  "Your request for a callback",
  Q("Sophie Langridge", "customerservices@conexus.co.uk", "Your request for a callback", [
      "Dear {sal},",
      "Thank you for your message. A member of our payments team will call you on Tuesday 10 March between 10:00 and "
      "12:00 to discuss reducing your monthly payment.",
      "Kind regards,\nSophie Langridge\nCustomer Services, Conexus"], "Sophie", qd="2026-03-06"),
  short_labels(c=True, cat="delay"),
  "Borderline: a promised callback never came and the debtor chases it; something the firm promised is late, so "
  "delay rather than wait_time (he is not stuck in a queue): implicit complaint.",
  greet=False,
  inl=[(1, "Nobody rang on Tuesday, or Wednesday. I took the morning off work for it. Chasing - when will someone "
           "call?")])

S("hjb-s049", "conexus", "P", "inline",
  P("Chloe Ambrose", "Ms Ambrose", "chloe.ambrose@gmail.com", "chloe.ambrose92@yahoo.co.uk"),
  "Your payment plan",
  Q("Conexus Payments", "payments@conexus.co.uk", "Your payment plan", [
      "Dear {sal},",
      "Thank you for completing our online income and expenditure form.",
      "Based on the information you gave, our affordability model has set your monthly payment at £180, starting on "
      "1 April.",
      "If you cannot afford this amount, please let us know within 14 days.",
      "Kind regards,\nPayments Team\nConexus"], None, qd="2026-03-11"),
  short_labels(c=True, r="automated_decision", cat="collection_conduct"),
  "Borderline: an unaffordable plan set by the firm's model, with a demand that a person decide it: implicit "
  "complaint about how the debt is pursued (collection_conduct) with automated_decision; no data-handling grievance.",
  inl=[(2, "£180 is impossible. After rent, council tax and childcare I have about £60 a month left over, which I put "
           "on the form. The model seems to have ignored my childcare costs completely."),
       (3, "I'm letting you know. I want a person to look at my figures and decide the amount, not the model, and I "
           "don't want to be threatened with further action while that happens.")])

S("hjb-s050", "conexus", "P", "inline",
  P("Harvey Moult", "Mr Moult", "harvey.moult@gmail.com", "hmoult@icloud.com"),
  "Text message you received on 2 March",
  Q("Daniel Okafor", "daniel.okafor@conexus.co.uk", "Text message you received on 2 March", [
      "Dear {sal},",
      "Thank you for letting us know about the text message you received. So that we can look into it, please tell "
      "us:",
      "1. The date and time the message arrived.",
      "2. The number it came from.",
      "3. Your account reference, if you have it.",
      "Kind regards,\nDaniel Okafor\nCollections Officer, Conexus"], "Daniel", qd="2026-03-03"),
  short_labels(c=True, pd=True, r="erasure", cat="personal_data"),
  "The last inline answer says the account closed in 2024 yet his number is still used for offers; data used "
  "unexpectedly, delete it and explain: implicit personal_data complaint with erasure.",
  inl=[(2, "2 March at 07:10."),
       (3, "07700 900 461."),
       (4, "It was CX-7611208, but that account was settled and closed in September 2024 - you sent me a letter saying "
           "so. I don't see why you still have my number or why you're using it to send me offers of 'debt "
           "consolidation help'. Delete my number and everything else you still hold about me, and explain in "
           "writing why this happened.")])

S("hjb-s051", "conexus", "P", "inline",
  P("Martin Faulkes", "Mr Faulkes", "martin.faulkes@sterlingcredit.co.uk", "m.faulkes@sterlingcredit.co.uk",
    ["Client Account Manager", "Sterling Credit Loans"]),
  "February remittance - Sterling Credit Loans",
  Q("Alina Voss", "clientservices@conexus.co.uk", "February remittance - Sterling Credit Loans", [
      "Dear {sal},",
      "Thank you for your query about the February remittance for your placed accounts.",
      "Remittances are made by the 10th working day of the following month. February's remittance will be paid to "
      "your nominated account by 13 March together with the remittance report.",
      "Kind regards,\nAlina Voss\nClient Services Manager, Conexus"], "Alina", qd="2026-03-04"),
  short_labels(c=True, cat="delay"),
  "A creditor client's manager (writing for his own firm: not third_party; complainant, not subject: no firm id) "
  "says the remittance is late again and wants a date: implicit complaint, delay.",
  inl=[(2, "It wasn't. It is now 20 March and we have received neither the money nor the report. January's "
           "remittance was also a week late. Please confirm today when the funds will be sent, and what you are doing "
           "to make sure April's is on time.")])

S("hjb-s052", "conexus", "P", "inline",
  P("Sam Whitford", "Mx Whitford", "sam.whitford@gmail.com", "samwhitford@fastmail.com"),
  "Speaking to your partner about your account",
  Q("Sophie Langridge", "customerservices@conexus.co.uk", "Speaking to your partner about your account", [
      "Dear {sal},",
      "Your partner, Jamie, called us on Friday about your account, but we could not discuss it as we do not have "
      "your permission on file.",
      "If you are happy for us to talk to Jamie about your account, please reply to confirm. Please also tell us "
      "which of your accounts this is about, as you have a sole account and a joint account with us.",
      "Kind regards,\nSophie Langridge\nCustomer Services, Conexus"], "Sophie", qd="2026-02-23"),
  short_labels(),
  "Ordinary answers giving consent and saying which account ('It is the joint account'): not a complaint, and "
  "not third_party (the account holder writes for themself).",
  inl=[(1, "Yes, that's fine - Jamie Lowther is my partner and can talk to you about it."),
       (2, "It is the joint account. Jamie will ring again this week.")])

# -- group C, controls
S("hjb-s053", "conexus", "C", "top",
  P("Beatrice Okwu", "Mrs Okwu", "beatrice.okwu@gmail.com", "b.okwu@outlook.com"),
  "Payment reminder - account CX-7769021",
  Q("Conexus Customer Services", "customerservices@conexus.co.uk", "Payment reminder - account CX-7769021", [
      "Dear {sal},",
      "Our records show that your payment of £40 due on 1 March has not been received. Please make this payment as "
      "soon as possible to keep your plan in place.",
      "Yours sincerely,\nCollections Team\nConexus"], None, qd="2026-03-05"),
  short_labels(c=True, ex=True, cat="service_quality"),
  "Top-posted formal complaint about an agent who laughed at her, refused a statement and hung up when she rang "
  "about the reminder: explicit, service_quality (how she was served, not how the debt was pursued).",
  say=["I want to make a formal complaint about the man I spoke to when I rang you this morning about this "
       "reminder.",
       "I asked for a statement because I believe my March payment did go out - it shows on my bank app. He laughed, "
       "said 'they all say that', told me statements take six weeks and put the phone down on me. I've never been "
       "spoken to like that by a company.",
       "Please send me the statement, check the payment, and let me know what will be done about how I was "
       "treated."])

S("hjb-s054", "conexus", "C", "top",
  P("Rachel Ellison", "Ms Ellison", "rachel.ellison@gmail.com", "rachel.ellison@hotmail.co.uk"),
  "Your account CX-7708862 - Mr Raymond Ellis",
  Q("Daniel Okafor", "daniel.okafor@conexus.co.uk", "Your account CX-7708862 - Mr Raymond Ellis", [
      "Dear Mr Ellis,",
      "Further to our call, I confirm that your outstanding balance with Heathcote Bank is £3,916.55 and that your "
      "first payment of £75 under the new plan is due on 15 March.",
      "Kind regards,\nDaniel Okafor\nCollections Officer, Conexus"], "Daniel", qd="2026-03-09"),
  short_labels(br=True),
  "A stranger who received someone else's account email reports it neutrally and asks for nothing for herself: "
  "breach=true on a non-complaint; no rights (the data is not hers).",
  say=["I think this was meant for someone else - I'm not Raymond Ellis and I have no account with you or with "
       "Heathcote Bank. It has his balance and payment details in it.",
       "I've deleted it. You might want to check the email address you have for him."])

S("hjb-s055", "conexus", "C", "forward",
  P("Norma Gallagher", "Mrs Gallagher", "norma.gallagher@btinternet.com", "normagallagher@gmail.com"),
  "Council tax - final notice 2024/25",
  Q("Westbury Council Tax Services", "revenues@westbury.gov.uk", "Council tax - final notice 2024/25", [
      "Dear {sal},",
      "Our records show that council tax of £1,362.00 for 2024/25 at 41 Dyers Lane, Westbury remains unpaid. As you "
      "have not paid following our reminder, the account has been passed to Conexus for collection.",
      "Revenues and Benefits\nWestbury Council Tax Services"], None, qd="2026-02-18"),
  short_labels(c=True, cat="debt_dispute", firm="wbc"),
  "Forwarding the council's notice, the debtor says the council never applied the exemption she applied for, so the "
  "bill itself is wrong and only the creditor can fix it: implicit, about_other_firm=wbc, debt_dispute.",
  fwd_to="self",
  say=["I'm forwarding the council's notice, which is what your letter refers to.",
       "I was in hospital and then a care home for most of 2024/25 and the house was empty. I applied to the council "
       "for the exemption in May 2024 with a letter from the hospital, and they never processed it. The bill itself "
       "is wrong.",
       "Please don't pursue me while this is sorted out, and pass this to the council so they apply the "
       "exemption."])

S("hjb-s056", "conexus", "C", "forward",
  P("Gail Moorcroft", "Ms Moorcroft", "gail.moorcroft@tynebridgemoneyadvice.org.uk",
    "g.moorcroft@tynebridgemoneyadvice.org.uk", ["Money Adviser", "Tynebridge Money Advice"]),
  "conexus texting my daughter",
  Q("Tanya Birch", "tanyabirch1979@gmail.com", "conexus texting my daughter", [
      "Hi Gail,",
      "Sorry to bother you again. Conexus have started texting my daughter Ellie's phone about my debt. She's 17. "
      "The message said I owe £1,480 and need to call them urgently. I never gave them her number - it was on my old "
      "catalogue account as an emergency contact.",
      "Can you help?\nTanya"], None, qd="2026-03-08"),
  short_labels(c=True, ex=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A money adviser (third_party) forwards her client's email and asks to treat it as a formal complaint: the texts "
  "told the client's daughter about the debt (breach), explicit, category personal_data.",
  fwd_to="self",
  say=["Please see my client's email below. I act for Ms Birch (signed authority attached).",
       "Please treat this as a formal complaint. Your texts have told her 17-year-old daughter the amount of her "
       "mother's debt. That is a disclosure of my client's personal information to someone with no right to see it.",
       "Please stop contacting the daughter's number immediately and tell me what you will do to put this right."])

S("hjb-s057", "conexus", "C", "new",
  P("Keon Ashworth", "Mr Ashworth", "keon.ashworth@gmail.com", "k.ashworth@outlook.com"),
  "Payment history as a CSV file",
  None,
  short_labels(r="portability"),
  "A debtor on a plan wants his payment history in a machine-readable file to load into a budgeting app, with no "
  "dissatisfaction: portability, not a complaint.",
  say=["I'm on a payment plan with you (account CX-7792231) and I've started using a budgeting app that can import "
       "past transactions.",
       "Could you send me my payment history for the account as a CSV or other machine-readable file, so I can load it "
       "straight into the app? A PDF statement won't import."])

S("hjb-s058", "conexus", "C", "new",
  P("Aisling Brody", "Ms Brody", "aisling.brody@gmail.com", "a.brody@icloud.com"),
  "Haverleigh Leisure membership - account CX-7815540",
  None,
  short_labels(c=True, cat="debt_dispute", firm="unknown"),
  "The debt is fees a gym (Haverleigh Leisure, not in the directory) kept charging after a confirmed cancellation; "
  "only the creditor can fix it: implicit complaint, about_other_firm=unknown, debt_dispute.",
  say=["I've had your letter about £288 owed to Haverleigh Leisure for gym membership.",
       "I cancelled that membership in writing in January 2025 and they confirmed it by email. They carried on taking "
       "payments for two months, then when I stopped the direct debit they started adding monthly fees for the rest "
       "of the year. The £288 is all fees for after I cancelled.",
       "I'm attaching their cancellation email. This needs to go back to Haverleigh - I don't owe it."])

S("hjb-s059", "conexus", "C", "new",
  P("Samuel Oyelaran", "Mr Oyelaran", "samuel.oyelaran@gmail.com", "s.oyelaran@outlook.com"),
  "Wrong date of birth on my account",
  None,
  short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Inaccurate data held (a wrong date of birth linking him to another person's default) with harm and a demand: "
  "implicit personal_data complaint; correct it (rectification) and stop reporting meanwhile (restriction).",
  say=["Your records have my date of birth as 3 November 1968. It is 3 November 1986. I found this because my credit "
       "file now shows a default that you reported, and the credit reference agency has linked it to another "
       "Samuel Oyelaran at an address I've never lived at.",
       "Please correct my date of birth, and stop reporting anything about this account to the credit agencies "
       "until it is corrected and you have checked the account is actually mine. I'm trying to remortgage and this "
       "is costing me."])

S("hjb-s060", "conexus", "C", "auto",
  P("Imran Qureshi", "Mr Qureshi", "imran.qureshi@northgatemoneyadvice.org.uk", "i.qureshi@northgatemoneyadvice.org.uk"),
  "Your client Ms Dawn Pickering - CX-COMP-61602",
  Q("Hannah Pryce", "customer.relations@conexus.co.uk", "Your client Ms Dawn Pickering - CX-COMP-61602", [
      "Dear {sal},",
      "Thank you for your complaint on behalf of Ms Pickering. We have logged it under reference CX-COMP-61602 and "
      "will send our final response within 8 weeks.",
      "Kind regards,\nHannah Pryce\nCustomer Relations, Conexus"], "Hannah", qd="2026-03-16"),
  short_labels(auto=True),
  "A money adviser's out-of-office quoting our acknowledgement is auto-generated, even with no auto headers: "
  "everything else empty, third_party=false (rule 7).",
  greet=False, sign=False,
  headers=[{}, {"auto-submitted": "auto-replied", "x-autoreply": "yes"}],
  say=["Thank you for your email. I am away from the office until Tuesday 24 March and will not be checking my "
       "emails.",
       "If your matter is urgent, please call Northgate Money Advice on 0191 496 0577 and ask for the duty adviser.",
       "Imran Qureshi\nDebt Adviser\nNorthgate Money Advice"])


# ---------------------------------------------------------------------------------------------
# dates


def fmt_date(prog, d):
    day = d.day
    if prog == "gmail":
        return d.strftime(f"%a, {day} %b %Y at %H:%M")
    if prog in ("apple", "iphone", "apple_mail", "apple_plain"):
        return d.strftime(f"{day} %b %Y, at %H:%M")
    if prog in ("thunderbird", "thunderbird_plain"):
        return d.strftime("%d/%m/%Y %H:%M")
    if prog == "yahoo":
        return d.strftime(f"%A, {day} %B %Y, %H:%M:%S GMT")
    if prog == "mutt":
        return d.strftime("%a, %b %d, %Y at %I:%M:%S%p +0000")
    if prog == "gmail_plain2":
        return d.strftime(f"%a, {day} %b %Y at %H:%M")
    if prog == "outlook":
        return d.strftime(f"{day:02d} %B %Y %H:%M")
    if prog == "owa":
        return d.strftime(f"%A, %B {day}, %Y %I:%M %p").replace(" 0", " ")
    if prog == "outlook_us":
        return d.strftime(f"%A, %B {day}, %Y %I:%M %p")
    raise ValueError(prog)


def attribution(prog, q, d):
    """The program's "On ... wrote:" line (HTML programs: unescaped text)."""
    if prog in ("thunderbird", "thunderbird_plain"):
        return f"On {fmt_date(prog, d)}, {q['name']} wrote:"
    if prog == "mutt":
        return f"On {fmt_date(prog, d)}, {q['name']} wrote:"
    return f"On {fmt_date(prog, d)}, {q['name']} <{q['addr']}> wrote:"


# ---------------------------------------------------------------------------------------------
# HTML renderers: segs is [("r", [para, ...]) | ("q", [para, ...])]; the attribution goes before the first "q"


def lines_of(paras):
    """Paragraphs as lines with a blank line between paragraphs."""
    out = []
    for i, p in enumerate(paras):
        if i:
            out.append("")
        out.extend(p.split("\n"))
    return out


def gmail_divs(paras):
    return "".join("<div><br></div>" if not ln else f"<div>{E(ln)}</div>" for ln in lines_of(paras))


def r_gmail(segs, q, d, ctx):
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    head = ""
    rest = segs
    if segs[0][0] == "r":
        head = gmail_divs(segs[0][1])
        rest = segs[1:]
    out = [f'<div dir="ltr">{head or "<br>"}</div><br><div class="gmail_quote">'
           f'<div dir="ltr" class="gmail_attr">{E(attribution("gmail", q, d))}<br></div>']
    for kind, paras in rest:
        if kind == "q":
            out.append(f'{bq}<div dir="ltr">{gmail_divs(paras)}</div></blockquote>')
        else:
            out.append(f'<div dir="ltr">{gmail_divs(paras)}</div>')
    out.append("</div>")
    return "".join(out)


def mso(ln, style=None):
    if not ln:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if style:
        return f"<p class=MsoNormal><b><span style='{style}'>{E(ln)}<o:p></o:p></span></b></p>"
    return f"<p class=MsoNormal>{E(ln)}<o:p></o:p></p>"


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\t'
                'mso-fareast-language:EN-US;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t'
                '{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style></head><body lang=EN-GB link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>'
                '<div class=WordSection1>')


def outlook_header(q, d, ctx, prog="outlook"):
    to = f"{ctx['disp']} &lt;{E(ctx['addr'])}&gt;" if not ctx.get("fwd_to") else E(ctx["fwd_to"])
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b><span lang=EN-US>From:</span></b><span lang=EN-US> {E(q['name'])} "
            f"&lt;{E(q['addr'])}&gt; <br><b>Sent:</b> {E(fmt_date(prog, d))}<br><b>To:</b> {to}<br>"
            f"<b>Subject:</b> {E(ctx['qsubj'])}<o:p></o:p></span></p></div></div>\n{mso('')}")


def r_outlook(segs, q, d, ctx):
    out = [OUTLOOK_HEAD]
    seen_q = False
    for kind, paras in segs:
        if kind == "q":
            if not seen_q:
                out.append(outlook_header(q, d, ctx))
                seen_q = True
            out.extend(mso(ln) for ln in lines_of(paras))
        else:
            if seen_q and ctx["lay"] == "bottom":
                out.append(mso(""))
            style = "color:#C00000" if seen_q and ctx["lay"] == "inline" else None
            out.extend(mso(ln, style) for ln in lines_of(paras))
            if not seen_q:
                out.append(mso(""))
    out.append("</div></body></html>")
    return "\n".join(out)


OWA_STYLE = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; "
             "font-size: 12pt; color: rgb(0, 0, 0);")


def owa_divs(paras, answer=False):
    style = OWA_STYLE.replace("rgb(0, 0, 0)", "rgb(0, 112, 192)") if answer else OWA_STYLE
    return "".join(f'<div class="elementToProof" style="{style}">{E(ln) if ln else "<br>"}</div>'
                   for ln in lines_of(paras))


def r_owa(segs, q, d, ctx):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">']
    seen_q = False
    for kind, paras in segs:
        if kind == "q":
            if not seen_q:
                out.append(f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                           f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                           f'color="#000000"><b>From:</b> {E(q["name"])} &lt;{E(q["addr"])}&gt;<br><b>Sent:</b> '
                           f'{E(fmt_date("owa", d))}<br><b>To:</b> {E(ctx["disp"])} &lt;{E(ctx["addr"])}&gt;<br>'
                           f'<b>Subject:</b> {E(ctx["qsubj"])}</font><div>&nbsp;</div></div>')
                seen_q = True
            out.append('<div dir="ltr">' + "".join(f"<div>{E(ln) if ln else '<br>'}</div>" for ln in lines_of(paras))
                       + "</div>")
        else:
            out.append(owa_divs(paras, answer=seen_q and ctx["lay"] == "inline"))
            if not seen_q:
                out.append(f'<div class="elementToProof" style="{OWA_STYLE}"><br></div>')
    out.append("</body></html>")
    return "".join(out)


def r_apple(segs, q, d, ctx):
    iphone = ctx["apple_flavour"] == "iphone"
    att = E(attribution("apple_mail", q, d))
    qdiv = lambda paras: "".join(f"<div>{E(ln) if ln else '<br>'}</div>" for ln in lines_of(paras))  # noqa: E731
    if iphone:
        out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">']
        seen_q = False
        for i, (kind, paras) in enumerate(segs):
            if kind == "r":
                ls = lines_of(paras)
                body = "<br>".join(E(ln) for ln in ls)
                if i == max(k for k, s in enumerate(segs) if s[0] == "r"):
                    body += '<br><br><div dir="ltr">Sent from my iPhone</div>'
                out.append(f'<div dir="ltr">{body}</div>')
            else:
                if not seen_q:
                    out.append(f'<div dir="ltr"><br><blockquote type="cite">{att}<br><br></blockquote></div>')
                    seen_q = True
                out.append(f'<blockquote type="cite"><div dir="ltr">{qdiv(paras)}</div></blockquote>')
        out.append("</body></html>")
        return "".join(out)
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    seen_q = False
    for i, (kind, paras) in enumerate(segs):
        if kind == "r":
            ls = lines_of(paras)
            if i == 0:
                out.append(E(ls[0]) + "".join(f"<div>{E(ln) if ln else '<br>'}</div>" for ln in ls[1:]))
            elif ctx["bare_answers"]:
                out.append("<br>".join(E(ln) for ln in ls) + "<br>")
            else:
                out.append("".join(f"<div>{E(ln) if ln else '<br>'}</div>" for ln in ls))
        else:
            if not seen_q:
                out.append(f'<div><br><blockquote type="cite"><div>{att}</div><br class="Apple-interchange-newline">'
                           f'<div><div>{qdiv(paras)}</div></div></blockquote></div>')
                seen_q = True
            else:
                out.append(f'<blockquote type="cite"><div><div>{qdiv(paras)}</div></div></blockquote>')
    out.append("<br></body></html>")
    return "".join(out)


def r_thunderbird(segs, q, d, ctx):
    cite = ctx["mid"]
    out = ['<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
           '  </head>\n  <body>']
    seen_q = False
    for i, (kind, paras) in enumerate(segs):
        if kind == "r":
            if i == 0 or not ctx["bare_answers"]:
                out.extend(f"    <p>{'<br>'.join(E(x) for x in p.split(chr(10)))}</p>" for p in paras)
            else:
                out.append("    " + "<br>\n    ".join(E(ln) for ln in lines_of(paras)) + "<br>")
        else:
            if not seen_q:
                out.append(f'    <div class="moz-cite-prefix">{E(attribution("thunderbird", q, d))}<br>\n    </div>')
                seen_q = True
            out.append(f'    <blockquote type="cite" cite="mid:{cite}">')
            out.extend(f"      <p>{'<br>'.join(E(x) for x in p.split(chr(10)))}</p>" for p in paras)
            out.append("    </blockquote>")
    out.append("  </body>\n</html>")
    return "\n".join(out)


def r_yahoo(segs, q, d, ctx):
    n = ctx["yid"]
    ydiv = lambda paras, extra="": "".join(  # noqa: E731
        f'<div dir="ltr" data-setdir="false"{extra}>{E(ln) if ln else "<br>"}</div>' for ln in lines_of(paras))
    out = ['<html><head></head><body>']
    seen_q = False
    inside = False
    for i, (kind, paras) in enumerate(segs):
        if kind == "r":
            if not seen_q:
                out.append(f'<div class="ydp{n}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
                           f'sans-serif;font-size:13px;">{ydiv(paras)}<div dir="ltr" data-setdir="false"><br></div></div>')
            elif ctx["lay"] == "inline":
                out.append(ydiv(paras, ' style="color:#6d00f6;"'))
            else:
                out.append(f'<div class="ydp{n}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, '
                           f'sans-serif;font-size:13px;"><div><br></div>{ydiv(paras)}</div>')
        else:
            if not seen_q:
                out.append(f'<div id="yahoo_quoted_{n}" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                           f'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>'
                           f'{E(attribution("yahoo", q, d))}</div><div><br></div><div><br></div>')
                seen_q = True
                inside = True
            out.append("<div>" + "".join(f"<div>{E(ln) if ln else '<br>'}</div>" for ln in lines_of(paras)) + "</div>")
        if inside and (i == len(segs) - 1 or (ctx["lay"] == "bottom" and kind == "q")):
            out.append("</div></div>")
            inside = False
    out.append("</body></html>")
    return "".join(out)


HTML_RENDER = {"gmail": r_gmail, "outlook": r_outlook, "owa": r_owa, "apple_mail": r_apple, "iphone": r_apple,
               "thunderbird": r_thunderbird, "yahoo": r_yahoo}


# ---------------------------------------------------------------------------------------------
# plain renderers


def quote_block(paras, wrap_at=None):
    """"> " lines of paragraphs (hard-wrapped at 76 like the original mail); wrap_at: (para, line) to split
    as a program wrapping a long quoted line, the last words going to an unmarked line."""
    out = []
    for pi, p in enumerate(paras):
        if pi:
            out.append(">")
        lines = []
        for raw in p.split("\n"):
            lines.extend(textwrap.wrap(raw, 78) or [""])
        for li, ln in enumerate(lines):
            if wrap_at == (pi, li):
                words = ln.split(" ")
                k = 3 if len(words) > 6 else 2
                out.append("> " + " ".join(words[:-k]))
                out.append(" ".join(words[-k:]))
            else:
                out.append("> " + ln if ln else ">")
    return out


def long_lines(paras, last_chunk_para):
    """(para, line) positions of quoted lines of 70-80 characters that are not the last line before an answer."""
    cands = []
    for pi, p in enumerate(paras):
        lines = []
        for raw in p.split("\n"):
            lines.extend(textwrap.wrap(raw, 78) or [""])
        for li, ln in enumerate(lines):
            if 70 <= len(ln) <= 80 and len(ln.split(" ")) > 6 and not (pi in last_chunk_para and li == len(lines) - 1):
                cands.append((pi, li))
    return cands


def r_plain(segs, q, d, ctx, prog):
    out = []
    seen_q = False
    prev = []
    for kind, paras in segs:
        if kind == "r":
            prev = paras
            if out and out[-1] != ">" and out[-1] != "" and seen_q:
                pass  # answer directly under the quoted line (or the program's unmarked continuation of it)
            elif out:
                out.append("")
            out.extend(lines_of(paras))
        else:
            if not seen_q:
                if out:
                    out.append("")
                if prog == "gmail_plain2":
                    out.append(f"On {fmt_date(prog, d)}, {q['name']} <{q['addr']}>")
                    out.append("wrote:")
                    out.append("")
                else:
                    out.append(attribution(prog, q, d))
                    if prog != "mutt":
                        out.append("")
                seen_q = True
            elif out and out[-1] != "":
                out.append("" if len(prev) > 1 else ">")
            out.extend(ctx["qlines"](paras))
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# building a rendering


def pick_two(rng, pool):
    i = rng.randrange(len(pool))
    j = (i + 1 + rng.randrange(len(pool) - 1)) % len(pool)
    return pool[i], pool[j]


def display_name(p, copy, style):
    if copy == 0:
        return p["name"]
    first, last = p["name"].split()[0], p["name"].split()[-1]
    return (f'"{last}, {first}"', f"{first[0]}. {last}", f"{first.lower()} {last.lower()}")[style % 3]


WEBMAIL = {"gmail": "gmail.com", "yahoo": "yahoo.co.uk", "owa": "outlook.com"}
CONSUMER_DOMAINS = ("gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "hotmail.co.uk", "icloud.com")


ISP_DOMAINS = ("btinternet.com", "talktalk.net", "virginmedia.com", "sky.com", "protonmail.com", "fastmail.com")


def program_fits(prog, addr):
    """Can this program plausibly send from this address? Yahoo only for personal webmail addresses (which become
    Yahoo ones); Gmail and Outlook on the web for personal webmail or a work domain, never an ISP mailbox."""
    dom = addr.split("@")[1]
    fam = family(prog)
    if fam == "yahoo":
        return dom in CONSUMER_DOMAINS
    if fam in ("gmail", "owa"):
        return dom not in ISP_DOMAINS
    return True


def family(prog):
    """gmail (every Gmail form), yahoo, owa, or the program itself."""
    return "gmail" if prog.startswith("gmail") else prog


def fit_pair(pairs, start, addrs):
    """The first program pair from pairs[start] on (either order) that fits both of the sender's addresses."""
    for t in range(len(pairs)):
        a, b = pairs[(start + t) % len(pairs)]
        for pa, pb in ((a, b), (b, a)):
            if program_fits(pa, addrs[0]) and program_fits(pb, addrs[1]):
                return pa, pb
    raise ValueError(addrs)


def webmail_address(addr, prog):
    """A consumer address as the webmail program that sends it would have it (a Yahoo reply comes from a Yahoo
    address); work and ISP addresses are left alone."""
    local, dom = addr.split("@")
    fam = family(prog)
    if fam in WEBMAIL and dom in CONSUMER_DOMAINS and dom != WEBMAIL[fam]:
        return f"{local}@{WEBMAIL[fam]}"
    return addr


SENDER_WORDS = {}
OVERRIDDEN = set()
EXTRA = {}


def render(sc, copy, prog, rng, when, greet, signoff):
    p = sc["who"]
    addr = webmail_address(p["addrs"][copy], prog)
    disp = display_name(p, copy, len(sc["sid"]) + int(sc["sid"][-3:]))
    q = sc["q"]
    fn = q["staff"] if q else None
    g = greet.format(fn=fn) if fn and "{fn}" in greet else greet
    so = signoff.format(first=p["first"], name=p["name"])
    if p["sig"] and "{name}" in signoff:
        so += "\n" + "\n".join(p["sig"])
    qparas = [x.replace("{sal}", p["sal"]) for x in q["paras"]] if q else []
    lay = sc["lay"]
    mine = []  # the sender's own paragraphs
    segs = []
    if lay == "inline":
        head = ([g] if sc["greet"] else []) + sc["pre"]
        if head:
            segs.append(("r", head))
            mine += head
        start = 0
        for k, (idx, ans) in enumerate(sc["inl"]):
            segs.append(("q", qparas[start:idx + 1]))
            a = [ans] + ([so] if k == len(sc["inl"]) - 1 else [])
            segs.append(("r", a))
            mine += a
            start = idx + 1
        if start < len(qparas):
            segs.append(("q", qparas[start:]))
    else:
        body = ([g] if sc["greet"] else []) + sc["say"] + ([so] if sc["sign"] else [])
        mine += body
        if lay == "bottom":
            segs = [("q", qparas), ("r", body)]
        elif q:
            segs = [("r", body), ("q", qparas)]
        else:
            segs = [("r", body)]
    return segs, mine, disp, addr, qparas


def build(rng):
    records = []
    base = datetime.datetime(2026, 1, 12, 8, 30)
    h_pairs = [(a, b) for i, a in enumerate(HTML_PROGRAMS) for b in HTML_PROGRAMS[i + 1:]]
    p_pairs = [(a, b) for i, a in enumerate(PLAIN_PROGRAMS) for b in PLAIN_PROGRAMS[i + 1:]]
    hi = pi = 0
    for n, sc in enumerate(SCEN):
        qd = sc["q"]["qd"] if sc["q"] and sc["q"]["qd"] else "2026-03-02"
        when = datetime.datetime.strptime(qd, "%Y-%m-%d") + datetime.timedelta(
            minutes=8 * 60 + 15 + rng.randrange(9 * 60), seconds=rng.randrange(60))
        if sc["grp"] == "H":
            progs = H_PROGS[sc["sid"]]
            assert all(program_fits(pr, a) for pr, a in zip(progs, sc["who"]["addrs"])), sc["sid"]
        elif sc["grp"] == "P":
            progs = fit_pair(p_pairs, pi % len(p_pairs), sc["who"]["addrs"])
            pi += 1
        else:
            cp = C_PROGS[sc["lay"]]
            progs = fit_pair(cp, n % len(cp), sc["who"]["addrs"])
        greets = pick_two(rng, GREET_FN if sc["q"] and sc["q"]["staff"] else GREET_ANON)
        signs = pick_two(rng, SIGNOFF)
        for copy, prog in enumerate(progs):
            records.append(make_record(sc, n, copy, prog, rng, when, greets[copy], signs[copy]))
    return records


def reply_subject(prog, subj):
    if prog in ("outlook", "owa", "outlook_plain", "outlook_us"):
        return "RE: " + subj
    return "Re: " + subj


C_PROGS = {
    "top": [("outlook_plain", "gmail"), ("gmail_plain", "outlook"), ("outlook_plain", "owa"), ("gmail_plain", "iphone")],
    "forward": [("gmail_fwd", "outlook_fw"), ("outlook_fw_plain", "gmail_fwd_html")],
    "new": [("plain_new", "gmail_new"), ("plain_new", "outlook_new")],
    "auto": [("outlook_plain", "gmail_plain")],
}


def make_record(sc, n, copy, prog, rng, when, greet, signoff):
    segs, mine, disp, addr, qparas = render(sc, copy, prog, rng, when, greet, signoff)
    q = sc["q"]
    ctx = {"lay": sc["lay"], "disp": disp.strip('"'), "addr": addr, "qsubj": q["subject"] if q else "",
           "apple_flavour": "iphone" if prog == "iphone" else "mac", "bare_answers": (n + copy) % 3 != 0,
           "mid": f"{rng.randrange(10**11, 10**12):x}.{n:02d}@{q['addr'].split('@')[1] if q else 'x'}",
           "yid": rng.randrange(10**9, 10**10)}
    env = prog
    html = False
    subject = sc["subj"]
    if sc["grp"] == "H":
        body = HTML_RENDER[prog](segs, q, when, ctx)
        html = True
        subject = reply_subject(prog, subject)
    elif sc["grp"] == "P":
        # the wrapped long line: in one copy of each scenario (alternating), never the last line before an answer
        wrap = None
        if (n + copy) % 2 == 0:
            ends = set()
            k = 0
            for kind, paras in segs:
                if kind == "q":
                    ends.add(k + len(paras) - 1)
                    k += len(paras)
            cands = long_lines(qparas, ends)
            assert cands, sc["sid"]
            wrap = cands[rng.randrange(len(cands))]
        offs = []
        k = 0
        for kind, paras in segs:
            if kind == "q":
                offs.append(k)
                k += len(paras)
        it = iter(offs)

        def qlines(paras, _it=it, _wrap=wrap):
            o = next(_it)
            w = (_wrap[0] - o, _wrap[1]) if _wrap and 0 <= _wrap[0] - o < len(paras) else None
            return quote_block(paras, w)
        ctx["qlines"] = qlines
        body = r_plain(segs, q, when, ctx, prog)
        subject = reply_subject(prog, subject)
        env = prog + ("+wrap" if wrap else "")
        EXTRA[(sc["sid"], env)] = {"wrap": bool(wrap)}
    else:
        body, html, subject = render_control(sc, segs, q, when, ctx, prog)
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{disp} <{addr}>", "subject": subject,
           "headers": dict(sc["headers"][copy]), "body": body, "html": html, "labels": dict(sc["lab"]),
           "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": f"{sc['grp']}-{sc['lay']}-{env}"}
    rec["labels"]["rights"] = list(sc["lab"]["rights"])
    words = subject + "\n" + "\n".join(mine)
    SENDER_WORDS[(sc["sid"], rec["_env"])] = words
    own = "complain" in words.lower()
    if rec["labels"]["complaint"]:
        assert own == rec["labels"]["explicit"], (sc["sid"], "explicit label vs sender words")
    return rec


def render_control(sc, segs, q, d, ctx, prog):
    subj = sc["subj"]
    if sc["lay"] == "new":
        body_paras = segs[0][1]
        if prog == "plain_new":
            return "\n".join(lines_of(body_paras)), False, subj
        if prog == "gmail_new":
            return f'<div dir="ltr">{gmail_divs(body_paras)}</div>', True, subj
        return r_outlook(segs, q, d, ctx), True, subj
    if sc["lay"] in ("top", "auto"):
        mine = segs[0][1]
        if prog == "outlook_plain":
            b = "\n".join(lines_of(mine)) + "\n\n-----Original Message-----\n" + \
                f"From: {q['name']} <{q['addr']}>\nSent: {fmt_date('outlook', d)}\nTo: {ctx['disp']} <{ctx['addr']}>\n" \
                f"Subject: {q['subject']}\n\n" + "\n".join(lines_of(segs[1][1]))
            return b, False, ("Automatic reply: " + subj) if sc["lay"] == "auto" else reply_subject(prog, subj)
        if prog == "gmail_plain":
            b = "\n".join(lines_of(mine)) + "\n\n" + attribution("gmail", q, d) + "\n\n" + \
                "\n".join(quote_block(segs[1][1]))
            return b, False, ("Out of office: " + subj) if sc["lay"] == "auto" else reply_subject(prog, subj)
        return HTML_RENDER[prog](segs, q, d, ctx), True, reply_subject(prog, subj)
    # forwards: segs = [("r", mine), ("q", forwarded)]
    mine, fwd = segs[0][1], segs[1][1]
    to = ctx["fwd_to"] = f"{ctx['disp']} <{ctx['addr']}>" if sc["fwd_to"] == "self" else sc["fwd_to"]
    if prog == "gmail_fwd":
        b = "\n".join(lines_of(mine)) + "\n\n---------- Forwarded message ---------\n" + \
            f"From: {q['name']} <{q['addr']}>\nDate: {fmt_date('gmail', d)}\nSubject: {q['subject']}\nTo: {to}\n\n" + \
            "\n".join(lines_of(fwd))
        return b, False, "Fwd: " + subj
    if prog == "gmail_fwd_html":
        b = (f'<div dir="ltr">{gmail_divs(mine)}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">{E(q["name"])}'
             f'</strong> <span dir="auto">&lt;{E(q["addr"])}&gt;</span><br>Date: {E(fmt_date("gmail", d))}<br>'
             f'Subject: {E(q["subject"])}<br>To: {E(to)}<br></div><br><br><div dir="ltr">{gmail_divs(fwd)}</div></div></div>')
        return b, True, "Fwd: " + subj
    if prog == "outlook_fw_plain":
        b = "\n".join(lines_of(mine)) + "\n\n________________________________\n" + \
            f"From: {q['name']} <{q['addr']}>\nSent: {fmt_date('outlook_us', d)}\nTo: {to}\nSubject: {q['subject']}\n\n" + \
            "\n".join(lines_of(fwd))
        return b, False, "FW: " + subj
    # outlook_fw: HTML
    return r_outlook(segs, q, d, ctx), True, "FW: " + subj


# ---------------------------------------------------------------------------------------------
# checks and summary


def errors(rec):
    """record_errors, except that its explicit check (which reads only new_text()) is replaced, where it alone
    disagrees, by the check on the sender's own words, wherever they sit in the message."""
    e = record_errors(rec)
    key = (rec["source"], rec["_env"])
    kept = [x for x in e if not x.startswith("explicit=")]
    lab = rec["labels"]
    if lab["complaint"]:
        own = "complain" in SENDER_WORDS[key].lower()
        if own != lab["explicit"]:
            kept.append(f"explicit={lab['explicit']} but 'complain' in the sender's words={own}")
        elif len(kept) != len(e):
            OVERRIDDEN.add(key)
    return kept


def summary(records, env_count):
    from collections import Counter
    labs = [r["labels"] for r in records]
    grp = Counter()
    lay = Counter()
    prog = Counter()
    for r in records:
        g, l, p = r_env(r)
        grp[g] += 1
        lay[f"{g}-{l}"] += 1
        prog[f"{g}:{p}"] += 1
    out = [f"wrote {OUT}: {len(records)} emails, {len({r['source'] for r in records})} scenarios",
           f"per group: {dict(sorted(grp.items()))}", f"per layout: {dict(sorted(lay.items()))}",
           f"per program: {dict(sorted(prog.items()))}",
           f"mailbox: {dict(Counter(r['mailbox'] for r in records))}; html: {sum(r['html'] for r in records)}",
           f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)})",
           f"breach: {sum(l['breach'] for l in labs)}; auto_generated: {sum(l['auto_generated'] for l in labs)}; "
           f"third_party: {sum(l['third_party'] for l in labs)}; personal_data: {sum(l['personal_data'] for l in labs)}",
           f"rights: {dict(Counter(x for l in labs for x in l['rights']))}",
           f"about_other_firm: {dict(Counter(str(l['about_other_firm']) for l in labs))}",
           f"categories: {dict(Counter(l['category'] for l in labs))}",
           f"records where record_errors' explicit check was replaced by the sender-words check: {len(OVERRIDDEN)}",
           f"plain emails with a wrapped quoted line: {sum(v['wrap'] for v in EXTRA.values())}"]
    return "\n".join(out)


ENV_OF = {}


def r_env(rec):
    return ENV_OF[id(rec)]


def main():
    def build_and_note(rng):
        recs = build(rng)
        for r in recs:
            g, l, p = r["_env"].split("-", 2)
            ENV_OF[id(r)] = (g, l, p.replace("+wrap", ""))
        return recs
    return run_generator(build_and_note, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
