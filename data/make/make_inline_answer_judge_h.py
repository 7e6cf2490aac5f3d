#!/usr/bin/env python3
"""Labelled evaluation mail (set H): replies whose sender types the answers INSIDE the quoted original
without saying so on top (group U), and look-alike replies whose sender writes a short message above an
untouched quote (group C, controls).

60 scenarios (30 pexa, 30 conexus; 30 U, 30 C), each rendered twice with different envelopes (sender
address, plain or HTML, quote layout, answer marking): 120 emails. Labels follow the labelling guide,
read over the whole message as a complaints officer would: the sender's answers inside the quote are the
sender's words; the firm's own words in the quote are not.

The checker record_errors looks for "complain" only in the subject and the body above the quote, using
new_text(). Where that disagrees with the guide's rule (the sender wrote "complaint" only inside the quote,
or the firm's quoted words / the firm's "Re:" subject carry it), errors() drops that one check for that
record and applies the generator's own check on the sender's own words (top text, answers typed into the
quote, and a subject the sender wrote).

Stdlib only. Usage: .venv/bin/python data/make/make_inline_answer_judge_h.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, escape_html, new_text, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280712
PREFIX = "iah"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_h.jsonl")

#: per-record facts the summary and errors() need, keyed by id(record) (valid for one run only)
META = {}
#: records where the checker's explicit test on new_text() disagrees with the sender's own words
OVERRIDDEN = []

L = short_labels


def A(text):
    """An answer the customer typed inside the quoted letter, after the paragraph before it."""
    return ("A", text)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _date_parts(when):
    """when: 'YYYY-MM-DD HH:MM' -> (weekday name, day, month name, year, 'HH:MM')."""
    import datetime
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.strftime("%H:%M"), d


def outlook_date(when, style):
    wd, day, mon, yr, hm, d = _date_parts(when)
    if style == 0:
        return f"{wd}, {day} {mon} {yr} {hm}"
    h12 = d.strftime("%I:%M").lstrip("0") + (" AM" if d.hour < 12 else " PM")
    return f"{wd}, {mon} {day}, {yr} {h12}"


def attribution(when, name, addr, style):
    wd, day, mon, yr, hm, d = _date_parts(when)
    if style == 0:
        return f"On {wd[:3]}, {day} {mon[:3]} {yr} at {hm}, {name} <{addr}> wrote:"
    if style == 1:
        return f"On {d.strftime('%d/%m/%Y')} {hm}, {name} wrote:"
    return f"On {day} {mon[:3]} {yr}, at {hm}, {name} <{addr}> wrote:"


# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(sid, mailbox, labels, note, person, addrs, letter, top=None, tops=None, subject_own=None, kind="reply",
      older=None):
    """One scenario.
    letter: dict(name, addr, when, subject, body=[para | A(answer)]) the quoted mail (the firm's, or in a forward
    another sender's); older: an earlier mail quoted inside the letter (same dict form, without answers).
    top: the sender's text above the quote for both renderings (group C), or tops: a pair of top texts.
    subject_own: a subject the sender wrote (else "Re:"/"Fw:" + the letter's subject)."""
    SCENARIOS.append(dict(sid=sid, mailbox=mailbox, labels=labels, note=note, person=person, addrs=addrs,
                          letter=letter, top=top, tops=tops, subject_own=subject_own, kind=kind, older=older))


PX_SUP = ("PEXA Customer Support", "support@pexa.co.uk")
PX_CMP = ("PEXA Complaints", "complaints@pexa.co.uk")
CX_CS = ("Conexus Customer Services", "customerservices@conexus-services.com")
CX_CMP = ("Conexus Complaints", "complaints@conexus-services.com")


def firm(who, when, subject, body, name=None):
    return dict(name=name or who[0], addr=who[1], when=when, subject=subject, body=body)


# ===== Group U, PEXA =====

S("iah-U01", "pexa", L(c=True, cat="platform_defect"),
  "Answers typed into PEXA's fact-finding questions describe a settlement that failed on the platform, with costs "
  "and a demand that PEXA cover them: implicit complaint, platform_defect.",
  "Rhiannon Pryce", ["Rhiannon Pryce <r.pryce@pryceandmoss.co.uk>", "Rhiannon Pryce | Pryce & Moss <completions@pryceandmoss.co.uk>"],
  firm(PX_SUP, "2025-03-11 09:42", "Workspace 6613-0487 - a few questions", [
      "Dear Rhiannon,",
      "Thank you for calling the support desk yesterday afternoon. So that our platform team can look into what "
      "happened with workspace 6613-0487 (19 Saxby Lane, Kettering), could you answer the questions below?",
      "1. At roughly what time did the settlement status change?",
      A("Just before 2pm it went to 'in progress'. At 3.55pm it dropped back to 'unsuccessful'."),
      "2. Did the workspace show any error message or code?",
      A("None at all. The status page was green the whole time."),
      "3. Have the settlement funds been returned to your trust account?",
      A("Not until this morning, so our buyers spent the night at a Premier Inn with their furniture on a lorry. "
        "That is £386 of costs we have paid them and we expect PEXA to reimburse it."),
      "4. Is there anything else you would like us to know?",
      A("This is the second time since January. I want a written explanation of the fault and what has been "
        "changed so it can't happen again."),
      "Kind regards,\nOwen Thackeray\nPEXA Customer Support"]),
  tops=["", "Hi Owen"])

S("iah-U02", "pexa", L(c=True, ex=True, cat="fees_charges"),
  "The lender rebuts PEXA's findings line by line inside the quoted response and says 'my complaint stands' in its "
  "own words inside the quote: explicit complaint about fees (fees_charges). The lender is the complainant, so "
  "about_other_firm=null.",
  "Malcolm Ferris", ["Malcolm Ferris <malcolm.ferris@heathcotebank.co.uk>", "Ferris, Malcolm <m.ferris@heathcote.co.uk>"],
  firm(PX_CMP, "2025-04-02 16:20", "Your complaint PX-CR-30718 - our findings", [
      "Dear Mr Ferris,",
      "We have now looked into your complaint about the February invoice for Heathcote Bank.",
      "Our records show that two workspaces were created for 8 Tamar Court, Plymouth, on 6 and 7 February, and a "
      "workspace fee is payable for each workspace created. The second fee was therefore correctly charged.",
      A("The second workspace was created by your system when the first one froze and our user could not get back "
        "into it. Your own support desk told her to start again. We did not choose to open two."),
      "We also found that the three late-cancellation charges on the same invoice were applied in line with the "
      "fee schedule in your participation agreement.",
      A("Two of those three were cancelled because your platform was down on 12 February. Check your own incident "
        "log."),
      "We are sorry you were unhappy with the invoice, but we do not propose to credit any of the charges.",
      A("Not acceptable. My complaint stands and I want the four charges (£112 in total) credited on the next "
        "invoice."),
      "Yours sincerely,\nHelena Marsh\nComplaints Resolution, PEXA"]),
  tops=["", "Malcolm"])

S("iah-U03", "pexa", L(),
  "Plain answers to PEXA's onboarding questions (SRA number, compliance officer, a date for the identity check), with "
  "no dissatisfaction: not a complaint.",
  "Farah Siddiqui", ["Farah Siddiqui <farah@siddiquilegal.co.uk>", "Farah Siddiqui <f.siddiqui@siddiquilegal.co.uk>"],
  firm(("PEXA Onboarding", "onboarding@pexa.co.uk"), "2025-02-18 11:05", "Your PEXA registration - information needed", [
      "Hello Farah,",
      "Thanks for starting your firm's registration. Before we can move to the verification stage we need a few "
      "details:",
      "- Your firm's SRA number:",
      A("604418"),
      "- The name of your Compliance Officer for Legal Practice (COLP):",
      A("Myself, Farah Siddiqui"),
      "- Two dates in the next fortnight when your subscriber could attend a 20-minute video identity check:",
      A("Tuesday 25th any time after 10, or Thursday 27th morning."),
      "- Will you be using the platform for remortgages as well as sales and purchases?",
      A("Yes, both."),
      "Best wishes,\nTamsin Rowe\nOnboarding Specialist, PEXA"]),
  tops=["Thanks", "Hi Tamsin,\n\nFarah"])

S("iah-U04", "pexa", L(),
  "Feedback typed under each of PEXA's webinar survey questions is positive and asks only about a future session: "
  "no dissatisfaction, not a complaint.",
  "Graham Oyelaran", ["Graham Oyelaran <g.oyelaran@northgateconveyancing.co.uk>", "Graham O <graham.oyelaran@northgateconveyancing.co.uk>"],
  firm(("PEXA Training", "training@pexa.co.uk"), "2025-05-07 14:30", "How was 'Settlement day in practice'?", [
      "Hi Graham,",
      "Thank you for joining last Thursday's session. We'd love your thoughts so we can keep improving:",
      "Was the pace about right?",
      A("Yes, about right. The live walk-through of a settlement was the best bit."),
      "Was there anything you expected us to cover that we didn't?",
      A("Not really. Maybe a little more on what to do when a lender's funds arrive late, but that's a small thing."),
      "Would anyone else at your firm benefit from the next session?",
      A("Two of our trainees, Bethany Cole and Idris Mahmood. Please send them the invitation."),
      "Many thanks,\nThe PEXA Training Team"]),
  tops=["", "Cheers"])

S("iah-U05", "pexa", L(r="rectification"),
  "The user answers PEXA's profile-check questions with her new surname and email and asks for her record to be "
  "updated: rectification, asked without any dissatisfaction, so not a complaint.",
  "Nadia Hollingsworth", ["Nadia Hollingsworth <nadia.hollingsworth@bramleyfield-law.co.uk>", "Nadia Hollingsworth <n.hollingsworth@bramleyfield-law.co.uk>"],
  firm(PX_SUP, "2025-06-03 10:15", "Annual check of your user details", [
      "Dear Nadia Kerr,",
      "As part of our annual review, please check the details we hold for your user profile and tell us if any have "
      "changed.",
      "Full name: Nadia Kerr",
      A("This changed when I married in April: it should now read Nadia Hollingsworth. Please update my profile."),
      "Email: nadia.kerr@bramleyfield-law.co.uk",
      A("Now nadia.hollingsworth@bramleyfield-law.co.uk (the old one forwards until August)."),
      "Role: Conveyancing Executive",
      A("Still correct."),
      "Thank you,\nPEXA Customer Support"]),
  tops=["Hi", ""])

S("iah-U06", "pexa", L(r="erasure"),
  "A retiring sole practitioner answers PEXA's account-closure questions and asks for her personal user data to be "
  "deleted once the retention period allows: erasure without dissatisfaction, not a complaint.",
  "Bernadette Quayle", ["Bernadette Quayle <bq@quaylesolicitors.co.uk>", "Bernadette Quayle <bernadette.quayle@btinternet.com>"],
  firm(PX_SUP, "2025-07-14 15:02", "Closing your subscriber account", [
      "Dear Ms Quayle,",
      "We're sorry to hear you are closing your practice. To close the subscriber account we need to know:",
      "a) The date from which no further workspaces should be created:",
      A("31 July."),
      "b) Whether any open workspaces need to be transferred to another firm:",
      A("None open. The last one settled last week."),
      "c) Whether you would like us to delete your personal user data once we no longer need to keep it:",
      A("Yes please. Delete my personal details and my user account as soon as you are allowed to."),
      "Kind regards,\nKwame Asante\nPEXA Customer Support"]),
  tops=["", "Kind regards\nBernadette Quayle"])

S("iah-U07", "pexa", L(r="portability"),
  "A conveyancer moving firms asks, in answer to PEXA's questions, for her own user and training records in CSV to "
  "load into her new employer's system: portability without dissatisfaction, not a complaint.",
  "Imogen Baptiste", ["Imogen Baptiste <imogen.baptiste@gmail.com>", "Imogen Baptiste <ibaptiste@harrowfieldlaw.co.uk>"],
  firm(PX_SUP, "2025-08-20 09:30", "Re: Leaving Lintott Legal - my PEXA user", [
      "Hi Imogen,",
      "Thanks for letting us know you're moving to Harrowfield Law. A couple of questions:",
      "Would you like us to send you a record of the PEXA training modules you have completed?",
      A("Yes please, together with my user history. Could it be a CSV or similar file so Harrowfield can load it "
        "straight into their training records system?"),
      "Should Lintott Legal's subscriber deactivate your current user, or will you do that?",
      A("Their subscriber, Paul Lintott, is doing it on Friday."),
      "Best regards,\nSelin Demir\nPEXA Customer Support"]),
  tops=["", "Thanks Selin"])

S("iah-U08", "pexa", L(c=True, r="automated_decision", cat="onboarding"),
  "The practitioner answers PEXA's re-application questions with dissatisfaction at an automated rejection and asks "
  "for a person, not the system, to decide: implicit onboarding complaint with automated_decision.",
  "Desmond Achebe", ["Desmond Achebe <desmond@achebelaw.co.uk>", "D. Achebe <d.achebe@achebelaw.co.uk>"],
  firm(("PEXA Onboarding", "onboarding@pexa.co.uk"), "2025-03-26 12:48", "Registration outcome - Achebe Law", [
      "Dear Mr Achebe,",
      "Your application was not approved by our automated verification checks. If you would like to reapply, please "
      "answer the following.",
      "Has your firm traded under any other name in the last three years?",
      A("No. Same name, same address, same SRA number since 2009."),
      "Is your registered office address the same as your correspondence address?",
      A("Yes. I have now given you that address three times."),
      "Can you provide an up-to-date professional indemnity insurance certificate?",
      A("Attached again. Frankly it is ridiculous that a check run by a computer can turn away a firm that has "
        "practised for sixteen years, and my clients' purchases are being held up while this goes round in circles. "
        "I want a member of your team, not the automated system, to review the application and tell me the outcome "
        "this week."),
      "Regards,\nPEXA Onboarding"]),
  tops=["", "Regards\nDesmond Achebe"])

S("iah-U09", "pexa", L(br=True),
  "The law firm answers PEXA's incident questions about another firm's client statement it was sent: a personal "
  "data breach is described (breach=true), but the answers are neutral and expect nothing, so not a complaint.",
  "Colette Fairbrother", ["Colette Fairbrother <c.fairbrother@ashdownpartners.co.uk>", "Colette Fairbrother <colette@ashdownpartners.co.uk>"],
  firm(("PEXA Data Protection", "dataprotection@pexa.co.uk"), "2025-09-09 17:11", "Document received in error - follow-up", [
      "Dear Colette,",
      "Thank you for telling us that a document for a matter that is not yours appeared in one of your workspaces. "
      "To complete our incident record, please tell us:",
      "Which workspace did the document appear in?",
      A("4471-2290 (our client's purchase of 3 Finch Row)."),
      "What did the document contain?",
      A("A completion statement for a different buyer: their name, the Hove property address, their lender and the "
        "last four digits of a bank account."),
      "Has it been deleted, and has it been shared with anyone else?",
      A("Deleted the same afternoon. Only I opened it."),
      "With thanks,\nLouis Ferreira\nData Protection Team, PEXA"]),
  tops=["", "Hi Louis"])

S("iah-U10", "pexa", L(c=True, firm="mpc", cat="delay"),
  "A home buyer answers PEXA's questions by naming Marsh and Penrose and its weeks of silence: a consumer complaint "
  "purely about the participant firm, for forwarding (mpc), category delay.",
  "Oliver Brennan", ["Oliver Brennan <oliver.brennan84@outlook.com>", "Ollie Brennan <o.brennan@icloud.com>"],
  firm(("PEXA Customer Support", "support@pexa.co.uk"), "2025-04-22 10:02", "Your message about your purchase", [
      "Dear Mr Brennan,",
      "PEXA provides the platform your conveyancer uses, but we are not able to act for you on your purchase. If you "
      "answer the questions below we can pass your concern to the firm concerned.",
      "Which firm is acting for you?",
      A("Marsh and Penrose in Exeter."),
      "What is the address of the property you are buying?",
      A("Flat 2, 41 Longbrook Street, Exeter."),
      "What has happened?",
      A("We have heard nothing from them for nine weeks. Emails and calls aren't answered and the sellers now say "
        "they will pull out if we don't exchange by the end of the month. We need them to get on with it and tell "
        "us where things stand."),
      "Kind regards,\nPEXA Customer Support"]),
  tops=["", "Thanks"])

S("iah-U11", "pexa", L(c=True, firm="gfl", tp=True, cat="inaccurate_information"),
  "A daughter answers PEXA's questions on her father's behalf about Greyfriars Law giving him the wrong completion "
  "date: third_party, consumer complaint about the participant firm (gfl), inaccurate_information.",
  "Kirsty Anderson", ["Kirsty Anderson <kirsty.anderson@yahoo.co.uk>", "Kirsty Anderson <kanderson71@gmail.com>"],
  firm(("PEXA Customer Support", "support@pexa.co.uk"), "2025-06-16 13:40", "Your enquiry about a sale", [
      "Dear Ms Anderson,",
      "Thank you for contacting us. To pass your concern to the right firm, please let us have:",
      "1. The name of the person selling the property, and your relationship to them:",
      A("My father, Douglas Anderson, who is 81. I deal with his post and emails for him."),
      "2. The firm acting on the sale:",
      A("Greyfriars Law in Edinburgh."),
      "3. A short description of the issue:",
      A("They told Dad in writing that completion was 30 May, so he booked removals and handed notice on his "
        "flat. It was actually set for 13 June. He paid £640 for a removal he couldn't use. We want Greyfriars to "
        "explain how they got it wrong and pay him back."),
      "Kind regards,\nAsha Pillai\nPEXA Customer Support"]),
  tops=["Hi,", ""])

S("iah-U12", "pexa", L(c=True, ex=True, cat="service_quality"),
  "In answer to PEXA's clarifying questions the sender describes a dismissive support agent and writes 'my "
  "complaint' inside the quote: explicit complaint, service_quality.",
  "Priti Raval", ["Priti Raval <priti.raval@ravalhomelaw.co.uk>", "Priti Raval <p.raval@ravalhomelaw.co.uk>"],
  firm(PX_CMP, "2025-05-27 08:55", "Acknowledgement - reference PX-CR-31094", [
      "Dear Ms Raval,",
      "Thank you for your message. To help us look into it, could you tell us:",
      "- The date and approximate time of the call:",
      A("Friday 23 May, about 11.20."),
      "- The name of the adviser, if you have it:",
      A("He gave his name as Jordan."),
      "- What was said:",
      A("I asked how to add a second lender to a workspace. He sighed, told me it was 'all in the user guide' and "
        "that he had other calls waiting, then ended the call while I was still talking."),
      "- What outcome you are looking for:",
      A("An apology, someone who will actually walk me through the step, and for my complaint to be recorded "
        "against the adviser's call."),
      "Yours sincerely,\nPEXA Complaints"]),
  tops=["", "Priti"])

S("iah-U13", "pexa", L(c=True, cat="delay"),
  "The sender confirms the facts PEXA asked for but adds, inside the quote, that a requisition has sat untouched for "
  "weeks and demands it is dealt with this week: implicit complaint about something late (delay).",
  "Tobias Wren", ["Tobias Wren <tobias.wren@wrenconveyancing.co.uk>", "Tobias Wren <t.wren@wrenconveyancing.co.uk>"],
  firm(PX_SUP, "2025-10-06 11:30", "Lodgement 7720-1185 - please confirm", [
      "Hi Tobias,",
      "We're checking the lodgement for 7720-1185. Can you confirm:",
      "That the transfer was signed by both sellers?",
      A("Yes, both signed on 28 August."),
      "That you uploaded the corrected plan on 12 September?",
      A("Yes, and your team acknowledged it the same day. Since then the requisition has sat in your queue for "
        "over three weeks with no action. Our client can't register his charge until this is done. Please deal with "
        "it this week and tell me when it's done."),
      "Thanks,\nMaya Okonjo\nPEXA Lodgement Support"]),
  tops=["Hi Maya", ""])

S("iah-U14", "pexa", L(c=True, cat="usability"),
  "Answers to PEXA's 'how are you finding the new screen' questions say it works but is confusing and slow to use "
  "and ask for a fix: implicit complaint, usability (not a platform fault).",
  "Declan Moriarty", ["Declan Moriarty <declan.moriarty@kestonlaw.co.uk>", "Declan Moriarty <d.moriarty@kestonlaw.co.uk>"],
  firm(("PEXA Product Team", "product@pexa.co.uk"), "2025-11-04 09:00", "Your views on the new financial settlement screen", [
      "Hello Declan,",
      "Three weeks ago we released the redesigned financial settlement screen. We'd value a few lines on each of "
      "these:",
      "How easy is it to find the source-of-funds section?",
      A("Hard. It's now behind a collapsed panel with no label. Three of my team missed it on their first "
        "workspace and had to redo the funds."),
      "Is the new layout quicker or slower than before?",
      A("Slower. What took two minutes takes ten, because every line item needs two extra clicks."),
      "Anything else?",
      A("It all works, it's just badly laid out. Please give us an option to go back to the old view or sort the "
        "layout out, and let me know what you are going to do."),
      "Thanks for your time,\nPEXA Product Team"]),
  tops=["", "Declan"])

S("iah-U15", "pexa", L(),
  "The sender accepts PEXA's offer typed into its complaint response ('yes, happy with that'): thanks for a resolved "
  "matter is not a complaint; 'complaint' appears only in PEXA's own words.",
  "Hamish Tolland", ["Hamish Tolland <hamish.tolland@tollandward.co.uk>", "Hamish Tolland <h.tolland@tollandward.co.uk>"],
  firm(PX_CMP, "2025-08-05 15:45", "Your complaint PX-CR-32260 - our response", [
      "Dear Mr Tolland,",
      "We have completed our review of your complaint about the settlement delayed on 24 July.",
      "We found that a fault in our funds-matching service held the settlement for 2 hours 40 minutes. We are sorry "
      "for the disruption this caused your firm and your clients.",
      "We would like to offer a credit of £250 against your next invoice. Please let us know whether you accept.",
      A("Yes, we accept. Happy with that, and thank you for being so straightforward about what went wrong."),
      "Please also confirm the best contact for any follow-up:",
      A("Me, on 0113 496 0872."),
      "Yours sincerely,\nHelena Marsh\nComplaints Resolution, PEXA"]),
  tops=["", "Hi Helena"])

# ===== Group C, PEXA (controls: the whole message sits above an untouched quote) =====

S("iah-C01", "pexa", L(),
  "'Received, thanks' above PEXA's final response: the complaint wording is PEXA's own, in the quote; the new text "
  "expresses no dissatisfaction, so not a complaint.",
  "Gemma Lathbury", ["Gemma Lathbury <g.lathbury@lathburyconveyancing.co.uk>", "Gemma Lathbury <gemma@lathburyconveyancing.co.uk>"],
  firm(PX_CMP, "2025-03-19 14:05", "Final response - complaint PX-CR-29984", [
      "Dear Ms Lathbury,",
      "This is our final response to your complaint that the settlement for 27 Orwell Drive, Ipswich, was delayed "
      "on 3 March and that our support desk did not return your calls that afternoon.",
      "We have upheld your complaint. A queue in our funds-verification service held the settlement for just over "
      "two hours, and two call-back requests were not passed to the right team. We apologise.",
      "As a gesture of goodwill we have credited £200 to your account, which will show on your April invoice.",
      "Yours sincerely,\nHelena Marsh\nComplaints Resolution, PEXA"]),
  tops=["Received, thanks.", "Received - thank you.\n\nGemma"])

S("iah-C02", "pexa", L(),
  "'All sorted now' above PEXA's reply, which itself quotes the sender's original complaint email: only thanks for "
  "a resolved matter in the new text, so not a complaint (the complaint is in the quoted history).",
  "Rupert Casswell", ["Rupert Casswell <rupert.casswell@tvmortgages.co.uk>", "Rupert Casswell <r.casswell@tvmortgages.co.uk>"],
  firm(PX_SUP, "2025-06-10 16:30", "RE: Incorrect invoice May - Thames Valley Mortgages", [
      "Dear Rupert,",
      "Thank you for flagging this. The May invoice included eleven workspaces that belong to another lender with a "
      "similar trading name. We have reissued the invoice without them; you should receive it tomorrow morning.",
      "Apologies for the mix-up.",
      "Kind regards,\nKwame Asante\nPEXA Customer Support"]),
  older=dict(name="Rupert Casswell", addr="rupert.casswell@tvmortgages.co.uk", when="2025-06-09 11:12",
             subject="Incorrect invoice May - Thames Valley Mortgages", body=[
                 "Hello,",
                 "I want to complain about our May invoice. It charges us for eleven workspaces we have never been "
                 "part of, at a cost of £286. Please correct it and explain how it happened.",
                 "Rupert Casswell\nFinance Manager, Thames Valley Mortgages"]),
  tops=["Thanks Kwame, all sorted now - the corrected invoice arrived this morning.",
        "All sorted now, thanks. Corrected invoice received.\n\nRupert"])

S("iah-C03", "pexa", L(),
  "A document sent as asked ('attached as requested') above PEXA's onboarding request: a routine reply, not a "
  "complaint.",
  "Anwen Griffiths", ["Anwen Griffiths <anwen@griffithsandrees.co.uk>", "Anwen Griffiths <a.griffiths@griffithsandrees.co.uk>"],
  firm(("PEXA Onboarding", "onboarding@pexa.co.uk"), "2025-04-08 10:20", "Griffiths & Rees - documents for verification", [
      "Dear Anwen,",
      "To finish verifying Griffiths & Rees, please send us:",
      "1. Your current professional indemnity insurance certificate; and\n2. A copy of your firm's letterhead showing "
      "the registered office address.",
      "Once we have these we expect to complete verification within five business days.",
      "Kind regards,\nTamsin Rowe\nOnboarding Specialist, PEXA"]),
  tops=["Attached as requested.\n\nAnwen", "Hi Tamsin, both attached as requested. Regards, Anwen Griffiths"])

S("iah-C04", "pexa", L(),
  "The sender only accepts a call time and gives a number above PEXA's complaint acknowledgement: the new text adds "
  "no dissatisfaction (the open complaint is already logged), so not a new complaint; a number for a call is not "
  "a rectification request.",
  "Callum Brodie", ["Callum Brodie <callum.brodie@brodieconveyancing.co.uk>", "Callum Brodie <c.brodie@brodieconveyancing.co.uk>"],
  firm(PX_CMP, "2025-09-16 09:10", "Your complaint PX-CR-33012 - acknowledgement", [
      "Dear Mr Brodie,",
      "Thank you for your complaint about the lodgement rejected on 12 September. We have logged it under reference "
      "PX-CR-33012.",
      "The case handler, Ines Carvalho, would like to talk it through with you. Would Thursday at 2pm or Friday at "
      "10am suit?",
      "Yours sincerely,\nPEXA Complaints"]),
  tops=["Thursday at 2pm is fine. Best number is 07700 900412.", "Thursday 2pm suits - please call my mobile, 07700 900412.\n\nCallum"])

S("iah-C05", "pexa", L(r="rectification"),
  "A new direct line with 'please update your records' above PEXA's routine letter: a request to correct the contact "
  "details PEXA holds (rectification) with no dissatisfaction, not a complaint.",
  "Sabine Okwu", ["Sabine Okwu <sabine.okwu@okwuproperty.co.uk>", "Sabine Okwu <s.okwu@okwuproperty.co.uk>"],
  firm(PX_SUP, "2025-07-01 12:00", "Support case 55102 closed", [
      "Dear Sabine,",
      "We're writing to confirm that support case 55102 (adding a second subscriber) has been completed and closed.",
      "If you need anything else, reply to this email or call the support desk.",
      "Kind regards,\nPEXA Customer Support"]),
  tops=["Thanks. Please note my direct line is now 0161 496 0788 - could you update it on my user record?",
        "Thank you. My direct number has changed to 0161 496 0788, please update your records.\n\nSabine Okwu"])

S("iah-C06", "pexa", L(c=True, cat="delay"),
  "A short chaser above PEXA's holding letter ('three weeks, still nothing'): a still-waiting chaser is an implicit "
  "complaint about delay.",
  "Jonah Whitcombe", ["Jonah Whitcombe <jonah@whitcombelegal.co.uk>", "Jonah Whitcombe <j.whitcombe@whitcombelegal.co.uk>"],
  firm(PX_SUP, "2025-10-01 15:25", "Your query about remittance reports", [
      "Dear Jonah,",
      "Thank you for your query about the missing remittance reports for September. We have passed it to our "
      "reporting team and will come back to you within five business days.",
      "Kind regards,\nSelin Demir\nPEXA Customer Support"]),
  tops=["That was over three weeks ago and I've heard nothing. Our accounts team can't reconcile September without "
        "those reports. When will I get them?",
        "Three weeks on from this and still nothing. We need the September remittance reports to close our month - "
        "please chase and give me a date.\n\nJonah"])

S("iah-C07", "pexa", L(c=True, cat="platform_defect"),
  "'Still not fixed' above PEXA's letter saying a fault was resolved: the sender reports the same system error "
  "again and expects action, an implicit complaint, platform_defect.",
  "Marisa Delgado", ["Marisa Delgado <m.delgado@delgadoconveyancing.co.uk>", "Marisa Delgado <marisa@delgadoconveyancing.co.uk>"],
  firm(PX_SUP, "2025-11-12 11:40", "Duplicate settlement notifications - resolved", [
      "Hello Marisa,",
      "Our platform team has released a fix for the fault that caused settlement notifications to be sent twice and "
      "then show the workspace as 'settlement failed'. You should not see it again.",
      "Thank you for your patience.\nPEXA Customer Support"]),
  tops=["Still not fixed. Two more workspaces showed 'settlement failed' this afternoon after settling. Please look "
        "at it again today.",
        "Not fixed - same thing on two settlements today (3318-0402 and 3318-0419). Can someone call me?\n\nMarisa"])

S("iah-C08", "pexa", L(c=True, ex=True, cat="onboarding"),
  "A one-line formal complaint above the onboarding thread about how long registration is taking: explicit; the "
  "specific theme onboarding beats delay.",
  "Tariq Mahmood", ["Tariq Mahmood <tariq@mahmoodsolicitors.co.uk>", "Tariq Mahmood <t.mahmood@mahmoodsolicitors.co.uk>"],
  firm(("PEXA Onboarding", "onboarding@pexa.co.uk"), "2025-05-02 13:15", "Mahmood Solicitors - registration update", [
      "Dear Mr Mahmood,",
      "Thank you for the documents. Your registration is with our verification team and we will be in touch as soon "
      "as it is complete.",
      "Kind regards,\nPEXA Onboarding"]),
  tops=["Please treat this as a formal complaint. It is seven weeks since we sent every document you asked for and we "
        "are still not registered.",
        "I wish to complain: seven weeks since our documents went in and still no registration. Please tell me "
        "who is dealing with it and when it will be done.\n\nTariq Mahmood"])

S("iah-C09", "pexa", L(c=True, firm="ols", cat="delay"),
  "A home buyer forwards Orchard Lane Solicitors' email with a one-line comment about weeks of delay: a consumer's "
  "complaint goes to the participant firm that acts for them even though OLS blames the platform (ols), delay.",
  "Megan Ashworth", ["Megan Ashworth <megan.ashworth@gmail.com>", "Megan Ashworth <m_ashworth@hotmail.co.uk>"],
  firm(("Simon Pickering", "s.pickering@orchardlanesolicitors.co.uk"), "2025-08-14 17:02", "Your purchase - 6 Heron Close", [
      "Dear Megan,",
      "I'm afraid we are still waiting for the lender's funds to show in the PEXA workspace, so we cannot give you a "
      "completion date yet. These things take time on the system.",
      "Regards,\nSimon Pickering\nOrchard Lane Solicitors"]),
  kind="fwd",
  tops=["This is what Orchard Lane keep sending me. Five weeks and they just blame your system. Can someone make "
        "them get on with it?",
        "See below from my solicitor. Five weeks of this. Please get them to give me a completion date."])

S("iah-C10", "pexa", L(),
  "A participant forwards a colleague's note of new contacts with a one-line comment: routine information, not a "
  "complaint.",
  "Aled Pugh", ["Aled Pugh <aled.pugh@kestrelbs.co.uk>", "Pugh, Aled <a.pugh@kestrelbs.co.uk>"],
  firm(("Amy Lockhart", "amy.lockhart@kestrelbs.co.uk"), "2025-09-25 09:05", "New completions contacts from 1 October", [
      "Hi all,",
      "From 1 October the completions inbox moves to completions.team@kestrelbs.co.uk and the duty phone number "
      "becomes 0300 123 4477. Please update any contact lists you keep.",
      "Thanks,\nAmy"]),
  kind="fwd",
  tops=["FYI - Amy's note below has our new completions contacts from 1 October.",
        "Forwarding for your records: new completions contacts below.\n\nAled"])

S("iah-C11", "pexa", L(),
  "'Thanks, that's really helpful' above PEXA's training answers: thanks with nothing outstanding, not a complaint.",
  "Lorna Petrie", ["Lorna Petrie <lorna.petrie@greyfriarslaw.co.uk>", "Lorna Petrie <l.petrie@greyfriarslaw.co.uk>"],
  firm(("PEXA Training", "training@pexa.co.uk"), "2025-02-26 10:45", "Your questions about the remortgage module", [
      "Hi Lorna,",
      "The remortgage module takes about 45 minutes and can be paused and resumed. Completion certificates are issued "
      "automatically and can be downloaded from the Training tab.",
      "The next live Q&A is on 12 March at 11am.",
      "Best wishes,\nThe PEXA Training Team"]),
  tops=["Thanks, that's really helpful.", "Really helpful, thank you. See you on the 12th.\n\nLorna"])

S("iah-C12", "pexa", L(c=True, cat="training"),
  "A short message above PEXA's cancellation notice: a session cancelled twice on the day, with a demand to rebook "
  "properly: implicit complaint about training.",
  "Ewan McCrae", ["Ewan McCrae <ewan.mccrae@mccraeproperty.co.uk>", "Ewan McCrae <e.mccrae@mccraeproperty.co.uk>"],
  firm(("PEXA Training", "training@pexa.co.uk"), "2025-04-15 08:02", "Session cancelled: Workspace basics (15 April)", [
      "Dear attendee,",
      "Unfortunately today's Workspace basics session has been cancelled. We will be in touch with new dates.",
      "The PEXA Training Team"]),
  tops=["That is the second time this session has been cancelled on the morning itself. My two trainees cleared "
        "their diaries again for nothing. Please rebook them on a date that will actually go ahead and confirm it.",
        "Cancelled on the day - again. Twice now. I need my trainees booked onto a session that definitely runs. "
        "Please confirm a date.\n\nEwan McCrae"])

S("iah-C13", "pexa", L(r="access"),
  "Thanks plus a request for a copy of all the personal data PEXA holds on the user, above PEXA's letter: access "
  "asked without dissatisfaction, not a complaint.",
  "Yasmin Chaudhry", ["Yasmin Chaudhry <yasmin.chaudhry@outlook.com>", "Yasmin Chaudhry <y.chaudhry@marshpenrose.co.uk>"],
  firm(PX_SUP, "2025-07-22 14:18", "Your user has been moved to Marsh & Penrose", [
      "Dear Yasmin,",
      "Your PEXA user has now been moved from your previous firm to Marsh & Penrose Conveyancing. Your training "
      "history has moved with it.",
      "Kind regards,\nPEXA Customer Support"]),
  tops=["Thanks for this. Separately, please send me a copy of all the personal data you hold about me, including "
        "any notes of support calls.",
        "Thank you. Could you also send me a copy of the personal data PEXA holds about me (user record, call "
        "notes, anything else)?\n\nYasmin"])

S("iah-C14", "pexa", L(),
  "A bare acknowledgement ('received with thanks, we'll review') above PEXA's statement of findings: the sender "
  "neither disputes nor accepts them yet, so no dissatisfaction is expressed and it is not a complaint.",
  "Howard Lanyon", ["Howard Lanyon <h.lanyon@lanyonbell.co.uk>", "Howard Lanyon <howard.lanyon@lanyonbell.co.uk>"],
  firm(PX_SUP, "2025-10-21 16:50", "Findings - workspace 5512-7730", [
      "Dear Mr Lanyon,",
      "We have reviewed the audit trail for workspace 5512-7730. It shows that the settlement statement was "
      "unsigned at the cut-off time, which is why the workspace did not proceed to settlement. We found no fault "
      "with the platform on that day.",
      "If you have information that suggests otherwise, please send it to us.",
      "Kind regards,\nMaya Okonjo\nPEXA Customer Support"]),
  tops=["Received with thanks - we'll review this internally and come back to you by Friday.",
        "Thanks Maya, received. We will look at our side and revert by Friday.\n\nHoward"])

S("iah-C15", "pexa", L(c=True, pd=True, br=True, cat="personal_data"),
  "The sender reports, above PEXA's email, that the email went to a person at another firm with her client's "
  "details and demands an explanation: implicit complaint, a breach (personal_data), category personal_data.",
  "Helen Stavrou", ["Helen Stavrou <helen.stavrou@stavroulaw.co.uk>", "Helen Stavrou <h.stavrou@stavroulaw.co.uk>"],
  firm(PX_SUP, "2025-12-02 10:33", "Workspace 9021-3345 - discharge query", [
      "Dear Helen,",
      "Further to your query, the discharge for your client Mr Anil Dutta at 15 Clover Rise, Slough, is waiting for "
      "Heathcote Bank to confirm the redemption figure on mortgage account 70418822.",
      "Kind regards,\nPEXA Customer Support"]),
  tops=["This email was also sent to someone at Larkhythe Conveyancing, who has nothing to do with the matter - he "
        "has just told me. It has my client's name, address and mortgage account number in it. I need to know how "
        "this happened and what you are doing about it.",
        "Your email below went to an outside firm (Larkhythe Conveyancing) as well as to me, with my client's "
        "name, address and mortgage number. Please explain and tell me what you're doing to contain it.\n\nHelen"])

# ===== Group U, Conexus =====

S("iah-U16", "conexus", L(),
  "Plain figures typed under each of Conexus's income-and-expenditure questions, with no grievance: not a complaint.",
  "Leanne Dobbs", ["Leanne Dobbs <leanne.dobbs@gmail.com>", "Leanne Dobbs <leannedobbs1990@outlook.com>"],
  firm(CX_CS, "2025-03-04 10:30", "Account CX-5518204 - your budget", [
      "Dear Ms Dobbs,",
      "Thank you for speaking to us about a payment plan. So that we can agree an affordable amount, please give us "
      "the following figures:",
      "Monthly take-home pay:",
      A("£1,420"),
      "Rent or mortgage:",
      A("£575 rent"),
      "Council tax, gas, electric and water:",
      A("About £260 altogether"),
      "Any other debts you are repaying:",
      A("Catalogue, £30 a month"),
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["", "Thanks\nLeanne"])

S("iah-U17", "conexus", L(),
  "The customer confirms the payment plan details typed inside Conexus's letter and thanks it: no dissatisfaction, "
  "not a complaint.",
  "Stuart Kinnear", ["Stuart Kinnear <stuart.kinnear@btinternet.com>", "Stuart Kinnear <s.kinnear@icloud.com>"],
  firm(CX_CS, "2025-04-14 12:05", "Your payment plan - please confirm", [
      "Dear Mr Kinnear,",
      "Following our call, please confirm the following so we can set up your plan for the Sterling Credit Loans "
      "balance.",
      "First payment date: 1 May 2025",
      A("Yes, the 1st is fine (payday is the 28th)."),
      "Monthly amount: £45",
      A("Confirmed."),
      "Payment method: standing order or debit card?",
      A("Standing order. Thanks for being flexible about this."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["Hi", ""])

S("iah-U18", "conexus", L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser answers Conexus's questions for her client and, inside the quote, raises a complaint about "
  "repeated calls while the plan was under review: third_party, explicit, collection_conduct.",
  "Marion Teague", ["Marion Teague <marion.teague@moorsidemoneyadvice.org.uk>", "Marion Teague (Moorside Money Advice) <advice@moorsidemoneyadvice.org.uk>"],
  firm(CX_CS, "2025-05-12 09:20", "Your client Mr K Osei - account CX-6640917", [
      "Dear Ms Teague,",
      "Thank you for your letter of authority. Before we consider the repayment offer, please confirm:",
      "1. Has Mr Osei's financial statement been completed in the last three months?",
      A("Yes, on 29 April. Copy attached."),
      "2. Are there any vulnerabilities we should be aware of?",
      A("Yes. Mr Osei has a diagnosed anxiety disorder, which we told you about on 2 May."),
      "3. Is there anything else you would like us to consider?",
      A("Since our letter of 2 May your agents have phoned him eleven times, on some days four times, although we "
        "asked you to hold collection while the offer is considered. I am raising a complaint on his behalf about "
        "this. Please stop calling him and deal only with us."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["", "Regards\nMarion Teague\nMoorside Money Advice"])

S("iah-U19", "conexus", L(c=True, cat="debt_dispute"),
  "The debtor rebuts Conexus's findings paragraph by paragraph: the loan was settled and Conexus still pursues it. "
  "Conexus's own conduct, so about_other_firm=null (the creditor is only named); implicit, debt_dispute.",
  "Gareth Pennock", ["Gareth Pennock <gareth.pennock@gmail.com>", "G Pennock <gpennock@yahoo.co.uk>"],
  firm(CX_CMP, "2025-06-18 15:40", "Your complaint CX-COMP-61277 - final response", [
      "Dear Mr Pennock,",
      "We have investigated your complaint that we are collecting a debt you do not owe.",
      "Sterling Credit Loans has confirmed a balance of £612.40 on loan 88201447, and we are satisfied that the "
      "balance is correct.",
      A("It is not correct. I paid it off in full on 9 June 2023 by bank transfer - the statement is attached, with "
        "Sterling's reference on it. You have had this since March."),
      "We will therefore continue to collect the balance.",
      A("Then you are chasing me for money I don't owe. Stop, close the account and confirm it in writing."),
      "If you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months.",
      "Yours sincerely,\nPaula Greaves\nComplaints Team, Conexus"]),
  older=dict(name="Gareth Pennock", addr="gareth.pennock@gmail.com", when="2025-03-14 20:05",
             subject="Letter about a Sterling Credit loan", body=[
                 "Hello,",
                 "I have had a letter from you about a Sterling Credit loan. I paid that loan off in 2023. Please check "
                 "with Sterling and stop writing to me about it.",
                 "Gareth Pennock"]),
  tops=["", "Gareth Pennock"])

S("iah-U20", "conexus", L(c=True, firm="lwt", cat="debt_dispute"),
  "Answers to Conexus's dispute questions show the water bill itself is wrong (billed after the customer moved out "
  "and told Lumen): the root cause only the creditor can fix, so lwt, debt_dispute, implicit.",
  "Shona Gallacher", ["Shona Gallacher <shona.gallacher@outlook.com>", "Shona Gallacher <s.gallacher@live.co.uk>"],
  firm(CX_CS, "2025-07-08 11:11", "Account CX-7042259 - your dispute", [
      "Dear Ms Gallacher,",
      "You have told us you dispute the Lumen Water balance of £348.16. To look into this with Lumen, please tell "
      "us:",
      "When did you move out of 9 Ferry Road?",
      A("28 February 2024."),
      "Did you tell Lumen you were moving, and how?",
      A("Yes, by phone on 20 February and online on the 26th. I got a reference, LW-551902."),
      "Do you have a final meter reading?",
      A("Yes, photo attached, taken the day I left. Lumen billed me until November for a house I wasn't living in. "
        "I won't pay it - they need to cancel it."),
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["", "Hi"])

S("iah-U21", "conexus", L(c=True, firm="unknown", cat="debt_dispute"),
  "Answers inside Conexus's letter say the broadband provider (not in the directory) promised to waive the exit "
  "charge that makes up the debt: the creditor's own conduct, about_other_firm=unknown, debt_dispute.",
  "Ravi Menon", ["Ravi Menon <ravi.menon@gmail.com>", "Ravi Menon <r.menon77@outlook.com>"],
  firm(CX_CS, "2025-08-12 10:00", "Harbourview Broadband - account CX-7355810", [
      "Dear Mr Menon,",
      "We have been instructed by Harbourview Broadband to collect £214.99 for early termination of your contract.",
      "If you dispute the amount, please tell us why:",
      A("Harbourview told me on the phone in January that because they couldn't provide service at my new address "
        "there would be no exit charge. I have the date and the adviser's name (Keeley). They then billed me anyway."),
      "If you have any evidence, please send it to us:",
      A("My notes of the call and their email confirming cancellation are attached. This needs to go back to them - "
        "I'm not paying a charge they said they would waive."),
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["", "Regards, Ravi"])

S("iah-U22", "conexus", L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Answers to Conexus's questions describe a letter with debt details opened by a stranger at an old address the "
  "customer had already replaced, and say 'treat this as a complaint': explicit, breach, personal_data.",
  "Callum Forsyth", ["Callum Forsyth <callum.forsyth@gmail.com>", "Callum Forsyth <c.forsyth93@outlook.com>"],
  firm(CX_CS, "2025-09-03 14:22", "Account CX-7701346 - your call on 1 September", [
      "Dear Mr Forsyth,",
      "You told us by phone that a letter from us was opened by someone else. To look into this, please tell us:",
      "What address was the letter sent to?",
      A("Flat 3, 12 Calder Street - where I lived until last year. I gave you my new address in March and again "
        "in June."),
      "Who opened it?",
      A("The new tenant. She messaged me on Facebook to say she'd read it and knew I owed £1,900 to Pennant."),
      "What would you like us to do?",
      A("Treat this as a complaint. Explain how you sent it to the old address twice after I'd told you, and make "
        "sure nothing else goes there."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["", "Callum"])

S("iah-U23", "conexus", L(c=True, r="access", cat="collection_conduct"),
  "The debtor contradicts Conexus's finding that its agent behaved properly (threats of bailiffs, pressure to pay "
  "that day) and asks for the call recording and all data held: implicit complaint, collection_conduct, rights "
  "access; personal_data stays false because the right is asked alongside a non-data grievance.",
  "Danielle Okoro", ["Danielle Okoro <danielle.okoro@gmail.com>", "Danni Okoro <d.okoro@yahoo.com>"],
  firm(CX_CMP, "2025-10-09 13:35", "Response to your concerns - account CX-8013572", [
      "Dear Ms Okoro,",
      "We have listened to the call of 24 September. Our agent explained the balance and the options available to "
      "you, and we found that he acted appropriately throughout.",
      A("That is not what happened. He told me bailiffs would be round by the weekend unless I paid £300 that day, "
        "and kept asking if I could borrow it from family. I was in tears."),
      "We do not therefore propose to take any further action.",
      A("Then I want a copy of the recording of that call, and a copy of everything else you hold about me, so I "
        "can show it to someone independent."),
      "Yours sincerely,\nConexus Customer Relations"]),
  tops=["", "D Okoro"])

S("iah-U24", "conexus", L(c=True, pd=True, r="restriction", cat="personal_data"),
  "Answers to Conexus's identity questions say the details are someone else's and ask Conexus to stop using them "
  "until it has checked: implicit complaint about inaccurate personal data, restriction, category personal_data.",
  "Joanna Mallender", ["Joanna Mallender <jo.mallender@btinternet.com>", "Joanna Mallender <joanna.mallender@gmail.com>"],
  firm(CX_CS, "2025-11-05 09:48", "Please confirm your details - account CX-8320074", [
      "Dear Ms Mallender,",
      "Before we can discuss this account with you, please confirm the following details we hold:",
      "Date of birth: 14/02/1968",
      A("Wrong. Mine is 03/09/1979."),
      "Previous address: 44 Fenwick Road, Gateshead",
      A("I have never lived there, or in Gateshead. You have the wrong person."),
      "Is there anything else you want to tell us?",
      A("This has already cost me a declined credit card. Until you've established whose account this really is, "
        "stop using my name and details on it."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["", "Jo Mallender"])

S("iah-U25", "conexus", L(r="objection"),
  "In answer to Conexus's preferences questions the customer objects to her details being used for marketing or "
  "profiling; the answers are calm and she settled her account, so a right without a complaint (objection).",
  "Harriet Bellamy", ["Harriet Bellamy <harriet.bellamy@outlook.com>", "Harriet Bellamy <hbellamy@gmail.com>"],
  firm(CX_CS, "2025-12-10 11:00", "Your account is settled - your preferences", [
      "Dear Ms Bellamy,",
      "Congratulations: your account CX-8671190 is now settled in full. Please let us know your preferences below.",
      "Would you like a paid-in-full letter by post or email?",
      A("Email please."),
      "May we send you information about products from our partners, based on your profile?",
      A("No. I object to my details being used for marketing or for building any kind of profile."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["Thanks", ""])

S("iah-U26", "conexus", L(c=True, pd=True, r="informed", cat="personal_data"),
  "Answers inside Conexus's letter ask where it got the customer's work email and on what basis, and object to being "
  "contacted at work: implicit complaint about unexpected use of personal data, informed, category personal_data.",
  "Niall Costigan", ["Niall Costigan <niall.costigan@gmail.com>", "Niall Costigan <n.costigan@outlook.com>"],
  firm(CX_CS, "2025-05-20 08:40", "Pennant Mobile - account CX-6710452", [
      "Dear Mr Costigan,",
      "We have been instructed by Pennant Mobile regarding an outstanding balance of £187.50. We emailed you at your "
      "work address on 14 May.",
      A("I never gave that address to Pennant or to you. A colleague who shares the inbox saw your email. Tell me "
        "where you got it, what you are using my details for and on what legal basis."),
      "Please contact us to discuss repayment.",
      A("I will, by this personal address only. Do not write to my work address again."),
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["", "Niall Costigan"])

S("iah-U27", "conexus", L(c=True, cat="wait_time"),
  "Answers to Conexus's 'we could not reach you' letter describe long holds and a dropped call and ask for a call "
  "back: implicit complaint about waiting to reach someone (wait_time).",
  "Agnieszka Wolska", ["Agnieszka Wolska <a.wolska@gmail.com>", "Agnieszka Wolska <agnieszka.wolska@wp.pl>"],
  firm(CX_CS, "2025-06-25 16:15", "We have been unable to reach you - account CX-6902281", [
      "Dear Ms Wolska,",
      "We have not been able to speak to you about your account.",
      "Have you tried to call us?",
      A("Yes, four times last week. Every time I waited 45 minutes or more, and on Friday the line went dead when "
        "somebody finally answered."),
      "When is a good time for us to call you?",
      A("Thursday after 5pm. Please actually ring me, I can't spend another hour on hold on my lunch break."),
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["Hello", ""])

S("iah-U28", "conexus", L(),
  "The customer answers Conexus's support-needs questions with plain preferences and thanks it: no dissatisfaction, "
  "not a complaint.",
  "Brian Featherstone", ["Brian Featherstone <brian.featherstone@btinternet.com>", "Brian Featherstone <b.featherstone@talktalk.net>"],
  firm(CX_CS, "2025-08-28 10:25", "Making contact easier for you", [
      "Dear Mr Featherstone,",
      "You mentioned on the phone that you are recovering from an operation. We want to make things as easy as "
      "possible for you.",
      "Would you prefer us to contact you only in writing for now?",
      A("Yes, for the next couple of months."),
      "Is there someone you would like us to be able to speak to on your behalf?",
      A("Not at the moment, thank you."),
      "Is there a time of day that suits you best if we do need to call?",
      A("Late mornings. Thank you for asking - it's appreciated."),
      "Kind regards,\nConexus Customer Services"]),
  tops=["", "Brian"])

S("iah-U29", "conexus", L(),
  "The customer chooses how to receive a refund Conexus has agreed in its complaint response and says she is happy: "
  "thanks for a resolved matter, not a complaint ('complaint' is only Conexus's word).",
  "Sinead Rourke", ["Sinead Rourke <sinead.rourke@gmail.com>", "Sinead Rourke <sinead_r@hotmail.com>"],
  firm(CX_CMP, "2025-09-17 12:30", "Your complaint CX-COMP-63018 - outcome", [
      "Dear Ms Rourke,",
      "We have upheld your complaint about the £35 letter fee added to your account in August, and we apologise.",
      "We can either credit the £35 to your balance or refund it to your bank account. Which would you prefer?",
      A("Credit it to the balance please. That's fine and I'm happy with the outcome."),
      "Yours sincerely,\nPaula Greaves\nComplaints Team, Conexus"]),
  tops=["", "Thanks"])

S("iah-U30", "conexus", L(c=True, ex=True, cat="fees_charges"),
  "Comments typed against Conexus's balance breakdown dispute the trace and admin fees Conexus added and say 'I "
  "complain about' them: explicit complaint, fees_charges (fees added on top, not the debt).",
  "Terrence Ablewhite", ["Terrence Ablewhite <t.ablewhite@gmail.com>", "Terry Ablewhite <terry.ablewhite@outlook.com>"],
  firm(CX_CS, "2025-10-28 09:05", "Balance breakdown - account CX-8209934", [
      "Dear Mr Ablewhite,",
      "As requested, here is the breakdown of your balance:",
      "Northline Energy final bill: £420.00",
      A("Agreed, that one is mine."),
      "Trace fee: £25.00",
      A("I have lived at the same address for eleven years. There was nothing to trace."),
      "Administration charge: £15.00",
      A("I complain about both of these charges. Take them off and send me a corrected balance."),
      "Total: £460.00",
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["", "T Ablewhite"])

# ===== Group C, Conexus =====

S("iah-C16", "conexus", L(),
  "'Thank you, received' above Conexus's final response (complaint not upheld): the new text neither disputes the "
  "outcome nor asks for anything, so not a complaint; the complaint wording is Conexus's.",
  "Patrick Lomax", ["Patrick Lomax <patrick.lomax@gmail.com>", "Patrick Lomax <p.lomax@btinternet.com>"],
  firm(CX_CMP, "2025-03-27 11:50", "Final response - complaint CX-COMP-59410", [
      "Dear Mr Lomax,",
      "This is our final response to your complaint that our letters of 3 and 10 March arrived too close together.",
      "We have reviewed the account and found that both letters were issued in line with our contact policy, so we "
      "have not upheld your complaint.",
      "If you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months "
      "of the date of this letter.",
      "Yours sincerely,\nPaula Greaves\nComplaints Team, Conexus"]),
  tops=["Thank you, received.", "Received, thank you.\n\nP Lomax"])

S("iah-C17", "conexus", L(),
  "'All sorted now, thank you' above Conexus's reply, which quotes the customer's own first complaint email: "
  "thanks with nothing outstanding is not a complaint; the complaint sits only in the quoted history.",
  "Maureen Tindall", ["Maureen Tindall <maureen.tindall@btinternet.com>", "Maureen Tindall <mtindall@sky.com>"],
  firm(CX_CS, "2025-04-23 15:05", "RE: Direct debit taken twice", [
      "Dear Mrs Tindall,",
      "We are sorry that your April payment was collected twice. We have refunded £60 to your bank account today and "
      "it should arrive within three working days.",
      "Kind regards,\nConexus Customer Services"]),
  older=dict(name="Maureen Tindall", addr="maureen.tindall@btinternet.com", when="2025-04-22 19:40",
             subject="Direct debit taken twice", body=[
                 "I am complaining because you took my £60 payment twice this month and now I am short for my "
                 "gas bill. Please put it back straight away.",
                 "Maureen Tindall, account CX-6015532"]),
  tops=["All sorted now, thank you - the £60 was back in my account this morning.",
        "Thank you, that's all sorted now. Money arrived today.\n\nMaureen"])

S("iah-C18", "conexus", L(),
  "Bank statements sent as asked ('attached as requested') above Conexus's request: a routine reply, not a "
  "complaint.",
  "Keith Arkwright", ["Keith Arkwright <keith.arkwright@outlook.com>", "Keith Arkwright <k.arkwright@gmail.com>"],
  firm(CX_CS, "2025-05-06 09:35", "Account CX-6521078 - supporting documents", [
      "Dear Mr Arkwright,",
      "To consider your reduced payment offer, please send us your last two months' bank statements.",
      "Yours sincerely,\nConexus Customer Services"]),
  tops=["Attached as requested.", "Please find the statements attached as requested.\n\nKeith Arkwright"])

S("iah-C19", "conexus", L(r="rectification"),
  "A new mobile number with 'please update it on my account' above Conexus's letter: a request to correct the record "
  "(rectification), with no dissatisfaction, not a complaint.",
  "Rosa Fenwick", ["Rosa Fenwick <rosa.fenwick@gmail.com>", "Rosa Fenwick <rfenwick@icloud.com>"],
  firm(CX_CS, "2025-06-02 13:00", "Your plan review - account CX-6833415", [
      "Dear Ms Fenwick,",
      "Your payment plan is due for its six-monthly review. We will call you in the week of 16 June.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["My mobile number has changed to 07700 900118 - please update it on my account before you call.",
        "New number 07700 900118, please change it on your records.\n\nRosa"])

S("iah-C20", "conexus", L(),
  "A request to move a call to an evening above Conexus's letter: a routine arrangement, not a complaint.",
  "Dominic Hale", ["Dominic Hale <dominic.hale@gmail.com>", "Dom Hale <dom.hale@outlook.com>"],
  firm(CX_CS, "2025-07-15 10:10", "Arranging a call - account CX-7118093", [
      "Dear Mr Hale,",
      "We would like to call you to discuss your account. We plan to call on Wednesday 23 July at 11am.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Could you ring me on Wednesday after 6pm instead? I'm at work until then.",
        "Wednesday after 6 would be better if possible - I'm at work in the morning. Thanks, Dom"])

S("iah-C21", "conexus", L(c=True, ex=True, cat="delay"),
  "A chaser above Conexus's acknowledgement: 'I made my complaint' eleven weeks ago and no final response: explicit "
  "complaint about delay.",
  "Janet Greenhalgh", ["Janet Greenhalgh <janet.greenhalgh@gmail.com>", "Janet Greenhalgh <j.greenhalgh@outlook.com>"],
  firm(CX_CMP, "2025-02-05 16:00", "Acknowledgement - CX-COMP-58820", [
      "Dear Mrs Greenhalgh,",
      "Thank you for contacting us on 3 February. We have logged your concerns under reference CX-COMP-58820 and "
      "will send you our final response within eight weeks.",
      "Yours sincerely,\nConexus Complaints Team"]),
  tops=["I made my complaint on 3 February. It is now eleven weeks and I have had nothing since this letter. When "
        "will I get your final response?",
        "Eleven weeks since I complained and no final response. Please reply.\n\nJanet Greenhalgh"])

S("iah-C22", "conexus", L(c=True, cat="collection_conduct"),
  "One angry line above Conexus's letter that promised no more home visits: another doorstep visit, with 'why?' "
  "asking for an answer: implicit complaint, collection_conduct.",
  "Lee Sutcliffe", ["Lee Sutcliffe <lee.sutcliffe@gmail.com>", "Lee Sutcliffe <lsutcliffe82@outlook.com>"],
  firm(CX_CS, "2025-08-06 11:45", "Account CX-7405561 - home visits", [
      "Dear Mr Sutcliffe,",
      "As agreed on the phone, we have stopped field visits on your account and will contact you in writing only.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Your agent was at my door AGAIN yesterday evening, after this. Why? I want an answer.",
        "Another visit last night despite what you say below. Explain please.\n\nLee"])

S("iah-C23", "conexus", L(c=True, firm="nte", cat="debt_dispute"),
  "The debtor forwards Northline Energy's admission that the final bill was estimated and asks why she is still "
  "chased: the root cause is the creditor's own bill, which only Northline can correct, so nte, debt_dispute "
  "(the chasing is a side grievance).",
  "Fiona Dunmore", ["Fiona Dunmore <fiona.dunmore@gmail.com>", "Fiona Dunmore <f.dunmore@hotmail.co.uk>"],
  firm(("Northline Energy Customer Team", "customer.team@northline-energy.co.uk"), "2025-09-11 14:55",
       "Your final bill - 7 Ashgrove Terrace", [
           "Dear Ms Dunmore,",
           "Thank you for your meter photograph. We can confirm your final bill of £512.30 was based on an estimated "
           "reading, and a corrected bill will be issued in due course.",
           "Kind regards,\nNorthline Energy"]),
  kind="fwd",
  tops=["See below - Northline admit the £512 bill was an estimate and say they'll correct it, yet you're still "
        "chasing me for the full amount. Please put this on hold and go back to them.",
        "Northline's own email below: the bill was estimated. The £512 you're chasing is wrong - it needs "
        "correcting by them.\n\nFiona"])

S("iah-C24", "conexus", L(tp=True),
  "A money adviser forwards her client's signed authority with a one-line comment: written on the client's behalf "
  "(third_party), but no dissatisfaction, so not a complaint.",
  "Olu Adeyemi", ["Olu Adeyemi <olu.adeyemi@stepwaydebtadvice.org.uk>", "Olu Adeyemi | Stepway Debt Advice <casework@stepwaydebtadvice.org.uk>"],
  firm(("Carol Whitlow", "carolwhitlow56@gmail.com"), "2025-10-14 18:22", "signed form", [
      "Hi Olu,",
      "Here's the form signed like you said. Hope it's all OK.",
      "Carol"]),
  kind="fwd",
  tops=["Forwarding Mrs Whitlow's signed authority below for account CX-8102276. Please deal with us from now on.",
        "Signed authority from our client Mrs Carol Whitlow attached, as forwarded by her below (CX-8102276)."])

S("iah-C25", "conexus", L(),
  "'Received, thanks' with a note that the standing order will be set up, above Conexus's plan confirmation: not a "
  "complaint.",
  "Wendy Marsh-Evans", ["Wendy Marsh-Evans <wendy.marshevans@gmail.com>", "Wendy Marsh-Evans <w.marsh-evans@outlook.com>"],
  firm(CX_CS, "2025-11-18 10:40", "Your payment plan is confirmed", [
      "Dear Mrs Marsh-Evans,",
      "Your plan of £30 a month starting 1 December is now in place. Please use reference CX-8455107 with every "
      "payment.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Received, thanks. I'll set up the standing order tomorrow.", "Thanks, received - standing order going in tomorrow.\n\nWendy"])

S("iah-C26", "conexus", L(r="erasure"),
  "Thanks for closing the account plus a request to delete the customer's details: erasure without dissatisfaction, "
  "not a complaint.",
  "Gordon Blakey", ["Gordon Blakey <gordon.blakey@btinternet.com>", "Gordon Blakey <g.blakey@gmail.com>"],
  firm(CX_CS, "2025-12-01 09:15", "Account closed - CX-7930046", [
      "Dear Mr Blakey,",
      "We confirm that your account has been closed following the final payment on 24 November. Thank you.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Thank you for confirming. Now that it's closed, please delete my personal details from your systems.",
        "Thanks. Please now erase my details, as the account is closed.\n\nGordon Blakey"])

S("iah-C27", "conexus", L(c=True, tp=True, cat="delay"),
  "An MP's caseworker chases, above her own earlier letter quoted back, a reply that has not come: written for a "
  "constituent (third_party), a still-waiting chaser, implicit complaint about delay.",
  "Ruth Okonkwo", ["Ruth Okonkwo <ruth.okonkwo@parliament.uk>", "Office of Daniel Fairweather MP <ruth.okonkwo@parliament.uk>"],
  dict(firm(("Ruth Okonkwo", "ruth.okonkwo@parliament.uk"), "2025-05-02 12:20", "Constituent: Mr Peter Varga - CX-6609913", [
      "Dear Sir or Madam,",
      "I am writing on behalf of Daniel Fairweather MP about his constituent, Mr Peter Varga, whose signed consent "
      "is attached. Mr Varga has asked for his payments to be paused while he is in hospital. Please confirm what "
      "you can do.",
      "Yours faithfully,\nRuth Okonkwo\nCaseworker to Daniel Fairweather MP"]),
       to="Conexus Complaints <complaints@conexus-services.com>"),
  tops=["We wrote on 2 May (below) and have had no reply, not even an acknowledgement. Please respond by return.",
        "Five weeks on, no reply to the letter below. Mr Varga is still in hospital. Please respond urgently.\n\n"
        "Ruth Okonkwo"])

S("iah-C28", "conexus", L(r="informed"),
  "Above Conexus's budget form the customer asks who receives her answers and on what basis: a request to be "
  "informed, with no dissatisfaction, not a complaint.",
  "Tamara Novak", ["Tamara Novak <tamara.novak@gmail.com>", "Tamara Novak <t.novak@outlook.com>"],
  firm(CX_CS, "2025-06-12 15:20", "Your financial statement", [
      "Dear Ms Novak,",
      "Please complete the attached financial statement and return it to us within 14 days.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Before I fill this in, can you tell me who you share these answers with, what they are used for and on "
        "what basis?",
        "Happy to complete it, but first: who sees this information, what do you use it for and under what legal "
        "basis?\n\nTamara"])

S("iah-C29", "conexus", L(r="automated_decision"),
  "Above Conexus's letter that its plan was assessed automatically, the customer asks that future decisions be made "
  "by a person: automated_decision with no dissatisfaction, not a complaint.",
  "Ifeoma Nwosu", ["Ifeoma Nwosu <ifeoma.nwosu@gmail.com>", "Ifeoma Nwosu <i.nwosu@yahoo.co.uk>"],
  firm(CX_CS, "2025-07-29 08:30", "Your online plan has been approved", [
      "Dear Ms Nwosu,",
      "Your online repayment proposal was assessed automatically and approved at £55 a month.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Thank you. For the record, I'd like any future decision on my plan to be made by a person rather than the "
        "automated system, as my hours vary.",
        "Received, thanks. Please make sure any later review of the plan is done by a person, not automatically."])

S("iah-C30", "conexus", L(c=True, cat="fees_charges"),
  "A short objection above Conexus's plan confirmation to a per-payment processing charge Conexus adds, asking for "
  "it to be removed: implicit complaint, fees_charges.",
  "Barry Coulthard", ["Barry Coulthard <barry.coulthard@gmail.com>", "Barry Coulthard <b.coulthard@sky.com>"],
  firm(CX_CS, "2025-09-30 10:05", "Plan confirmed - account CX-7877420", [
      "Dear Mr Coulthard,",
      "Your plan of £40 a month is now active. A payment-processing charge of £1.50 will be added to each payment.",
      "Kind regards,\nConexus Customer Services"]),
  tops=["Why is there a £1.50 processing charge? I pay by bank transfer, not card. That isn't fair - please take it off.",
        "I'm not paying £1.50 a month for you to receive a bank transfer. Remove the charge please.\n\nBarry"])

# ---------------------------------------------------------------------------------------------
# rendering

LAYOUTS = ("OL", "OM", "WG", "WN", "HB", "HD")
LAYOUT_NAMES = {"OL": "plain Outlook From/Sent block", "OM": "plain -----Original Message-----",
                "WG": "plain 'On ... wrote:' with '>'", "WN": "plain 'On ... wrote:' without '>'",
                "HB": "HTML blockquote", "HD": "HTML Outlook reply div"}
FWD_PAIRS = [("OL", "HD"), ("OM", "HD"), ("OL", "OM")]
COLOURS = [('<span style="color:#C00000">', "</span>"), ('<font color="blue">', "</font>"),
           ('<span style="color:rgb(0,112,192)">', "</span>"), ('<span style="color:#7030A0">', "</span>")]
INITIAL_FORMS = ("[{}] ", "{}: ", "{} - ")


def initials(person):
    parts = person.replace(".", "").split()
    return (parts[0][0] + parts[-1][0]).upper()


def answer_text(text, marking, ini):
    if marking == "caps":
        return text.upper()
    if marking == "initials":
        return ini + text
    return text


def h(s):
    return escape_html(s).replace("\n", "<br>")


def render_plain(sc, env):
    lay, letter, older = env["layout"], sc["letter"], sc["older"]
    to = env["sender"]
    items = letter["body"]
    if lay == "WG":
        lines = [attribution(letter["when"], letter["name"], letter["addr"], env["astyle"])]
        first = True
        for item in items:
            if isinstance(item, tuple):
                lines.append(answer_text(item[1], env["marking"], env["ini"]))
                continue
            if not first:
                lines.append(">")
            first = False
            lines += ["> " + ln for ln in item.split("\n")]
        if older:
            lines += [">", "> " + attribution(older["when"], older["name"], older["addr"], env["astyle"])]
            for k, p in enumerate(older["body"]):
                if k:
                    lines.append("> >")
                lines += ["> > " + ln for ln in p.split("\n")]
        quote = "\n".join(lines)
    else:
        paras = []
        for item in items:
            if isinstance(item, tuple):
                paras[-1] += "\n" + answer_text(item[1], env["marking"], env["ini"])
            else:
                paras.append(item)
        text = "\n\n".join(paras)
        if older:
            sep = {"OM": ["-----Original Message-----"], "OL": ["________________________________"] if env["rule"] else []}
            text += "\n\n" + "\n".join(sep.get(lay, []) + [
                f"From: {older['name']} <{older['addr']}>", f"Sent: {outlook_date(older['when'], env['dstyle'])}",
                f"To: {letter['name']} <{letter['addr']}>" if sc["kind"] == "reply" else f"To: {older.get('to', to)}",
                f"Subject: {older['subject']}", "", ""]) + "\n\n".join(older["body"])
        if lay == "WN":
            quote = attribution(letter["when"], letter["name"], letter["addr"], env["astyle"]) + "\n\n" + text
        else:
            head = "\n".join([f"From: {letter['name']} <{letter['addr']}>",
                              f"Sent: {outlook_date(letter['when'], env['dstyle'])}",
                              f"To: {letter.get('to', to)}", f"Subject: {letter['subject']}"])
            if lay == "OM":
                head = "-----Original Message-----\n" + head
            elif env["rule"]:
                head = "________________________________\n" + head
            quote = head + "\n\n" + text
    top = env["top"]
    return (top + "\n\n" + quote) if top else quote


def html_answer(text, env, style):
    t = h(answer_text(text, env["marking"], env["ini"]))
    if env["marking"] == "colour":
        o, c = env["colour"]
        t = o + t + c
    if style == "mso":
        return f'<p class="MsoNormal">{t}<o:p></o:p></p>'
    if style == "p":
        return f"<p>{t}</p>"
    return f"<div>{t}</div>"


def html_para(text, style):
    if style == "mso":
        return f'<p class="MsoNormal">{h(text)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    if style == "p":
        return f"<p>{h(text)}</p>"
    return f"<div>{h(text)}</div>\n<div><br></div>"


def html_content(sc, env, style):
    out = []
    for item in sc["letter"]["body"]:
        if isinstance(item, tuple):
            # the answer goes directly under the paragraph, before its trailing blank line
            if style in ("mso", "div") and out and out[-1].endswith(("<div><br></div>", "&nbsp;</o:p></p>")):
                last = out.pop()
                para, blank = last.rsplit("\n", 1)
                out.append(para + "\n" + html_answer(item[1], env, style) + "\n" + blank)
            else:
                out.append(html_answer(item[1], env, style))
        else:
            out.append(html_para(item, style))
    return "\n".join(out)


def html_top(top, style):
    if not top:
        return {"gm": '<div dir="ltr"><br></div>', "p": "<p><br></p>", "mso": '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                "div": "<div><br></div>"}[style]
    if style == "gm":
        return '<div dir="ltr">' + "".join(f"<div>{h(ln) or '<br>'}</div>" for ln in top.split("\n")) + "</div>"
    if style == "p":
        return "".join(f"<p>{h(p)}</p>" for p in top.split("\n\n"))
    if style == "mso":
        return "".join(f'<p class="MsoNormal">{h(ln) or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for ln in top.split("\n"))
    return "".join(f"<div>{h(ln) or '<br>'}</div>" for ln in top.split("\n"))


def outlook_head_html(m, env, to, style):
    rows = (f"<b>From:</b> {h(m['name'])} &lt;{m['addr']}&gt;<br><b>Sent:</b> {outlook_date(m['when'], env['dstyle'])}"
            f"<br><b>To:</b> {h(m.get('to', to))}<br><b>Subject:</b> {h(m['subject'])}")
    if style == "mso":
        return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'<p class="MsoNormal">{rows}<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{rows}</font>\n<div>&nbsp;</div></div>')


def render_html(sc, env):
    letter, older, to = sc["letter"], sc["older"], env["sender"]
    if env["layout"] == "HB":
        style = "gm" if env["variant"] == 0 else "p"
        cstyle = "div" if style == "gm" else "p"
        content = html_content(sc, env, cstyle)
        attr = h(attribution(letter["when"], letter["name"], letter["addr"], env["astyle"]))
        if older:
            oattr = h(attribution(older["when"], older["name"], older["addr"], env["astyle"]))
            obody = "\n".join(html_para(p, cstyle) for p in older["body"])
            content += (f'\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{oattr}<br></div>\n'
                        f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                        f'rgb(204,204,204);padding-left:1ex">\n{obody}\n</blockquote></div>'
                        if style == "gm" else
                        f'\n<div class="moz-cite-prefix">{oattr}<br></div>\n<blockquote type="cite">\n{obody}\n</blockquote>')
        if style == "gm":
            return (html_top(env["top"], "gm") + '<br>\n<div class="gmail_quote">'
                    f'<div dir="ltr" class="gmail_attr">{attr}<br></div>\n<blockquote class="gmail_quote" '
                    'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                    f"{content}\n</blockquote></div>")
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n</head>\n<body>\n'
                + html_top(env["top"], "p") + f'\n<div class="moz-cite-prefix">{attr}<br></div>\n'
                f'<blockquote type="cite">\n{content}\n</blockquote>\n</body>\n</html>')
    # HD: Outlook reply div (desktop Word HTML or Outlook on the web)
    style = "mso" if env["variant"] == 0 else "div"
    content = html_content(sc, env, style)
    if older:
        content += "\n" + outlook_head_html(dict(older, to=f"{letter['name']} <{letter['addr']}>") if sc["kind"] == "reply"
                                            else older, env, to, style) + "\n" + \
            "\n".join(html_para(p, style) for p in older["body"])
    head = outlook_head_html(letter, env, to, style)
    if style == "mso":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}</style>\n</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n'
                + html_top(env["top"], "mso") + "\n" + head + "\n" + content + "\n</div>\n</body>\n</html>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">'
            + html_top(env["top"], "div") + "</div>\n" + head + "\n<div>\n" + content + "\n</div>\n</body>\n</html>")


def answers_of(sc):
    return [it[1] for it in sc["letter"]["body"] if isinstance(it, tuple)]


def render(sc, k, layout, rng):
    group = sc["sid"].split("-")[1][0]
    has_answers = bool(answers_of(sc))
    html = layout in ("HB", "HD")
    if has_answers:
        marking = rng.choice(("colour", "colour", "colour", "caps", "initials", "none") if html
                             else ("caps", "initials", "none"))
    else:
        marking = "untouched"
    addr = sc["addrs"][k]
    top = sc["tops"][k] if sc["tops"] else sc["top"]
    env = dict(layout=layout, marking=marking, sender=addr, top=top or "",
               ini=rng.choice(INITIAL_FORMS).format(initials(sc["person"])), colour=rng.choice(COLOURS),
               astyle=rng.randrange(3), dstyle=rng.randrange(2), rule=rng.random() < 0.5, variant=rng.randrange(2))
    body = render_html(sc, env) if html else render_plain(sc, env)
    letter = sc["letter"]
    if sc["subject_own"]:
        subject = sc["subject_own"]
    else:
        outlookish = layout in ("OL", "OM", "HD")
        if sc["kind"] == "fwd":
            subject = ("FW: " if outlookish else "Fwd: ") + letter["subject"]
        else:
            subject = ("RE: " if outlookish else "Re: ") + letter["subject"]
    rec = {"id": None, "mailbox": sc["mailbox"], "from": addr, "subject": subject, "headers": {}, "body": body,
           "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])), "note": sc["note"],
           "source": sc["sid"], "train_labels": ["complaint"], "_env": f"{layout}-{marking}"}
    own = "\n".join([sc["subject_own"] or "", top or ""] + answers_of(sc))
    META[id(rec)] = dict(group=group, layout=layout, marking=marking, own=own)
    return rec


def build(rng):
    groups = {"U": [s for s in SCENARIOS if s["sid"].startswith("iah-U")],
              "C": [s for s in SCENARIOS if s["sid"].startswith("iah-C")]}
    pairs = [(a, b) for i, a in enumerate(LAYOUTS) for b in LAYOUTS[i + 1:]]
    records = []
    for g in ("U", "C"):
        plist = pairs * 2
        rng.shuffle(plist)
        for sc in groups[g]:
            if sc["kind"] == "fwd":
                pair = list(rng.choice(FWD_PAIRS))
            else:
                pair = list(plist.pop())
            rng.shuffle(pair)
            for k, layout in enumerate(pair):
                records.append(render(sc, k, layout, rng))
    return records


def errors(rec):
    """record_errors, except that its explicit test (new_text, which misses answers inside the quote and counts the
    firm's quoted words) is replaced, where it disagrees, by the test on the sender's own words."""
    meta = META[id(rec)]
    lab = rec["labels"]
    errs = record_errors(rec)
    own_has = "complain" in meta["own"].lower()
    if lab["complaint"]:
        checker_has = "complain" in new_text(rec).lower()
        if checker_has != own_has:
            errs = [e for e in errs if not e.startswith("explicit=")]
            OVERRIDDEN.append(rec["source"])
        if lab["explicit"] != own_has:
            errs.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words={own_has}")
    return errs


def summary(records, env_counts):
    n = len(records)
    labs = [r["labels"] for r in records]
    out = [f"wrote {OUT}: {n} emails, {len({r['source'] for r in records})} scenarios"]
    out.append("mailboxes: " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
               f"personal_data {sum(l['personal_data'] for l in labs)}; breach {sum(l['breach'] for l in labs)}; "
               f"third_party {sum(l['third_party'] for l in labs)}; auto_generated {sum(l['auto_generated'] for l in labs)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in l['rights'] for l in labs)}" for r in RIGHTS))
    out.append("about_other_firm: " + str(dict(collections.Counter(str(l["about_other_firm"]) for l in labs))))
    out.append("categories: " + str(dict(sorted(collections.Counter(l["category"] for l in labs).items()))))
    for g in ("U", "C"):
        rs = [r for r in records if META[id(r)]["group"] == g]
        gl = [r["labels"] for r in rs]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, complaints "
                   f"{sum(l['complaint'] for l in gl)} (explicit {sum(l['explicit'] for l in gl)}), html {sum(r['html'] for r in rs)}")
        out.append("  layouts: " + ", ".join(f"{LAYOUT_NAMES[k]} {v}" for k, v in sorted(
            collections.Counter(META[id(r)]["layout"] for r in rs).items())))
        out.append("  markings: " + str(dict(sorted(collections.Counter(META[id(r)]["marking"] for r in rs).items()))))
    out.append(f"records where the checker's explicit test was replaced: {len(OVERRIDDEN)} "
               f"({len(set(OVERRIDDEN))} scenarios: {', '.join(sorted(set(OVERRIDDEN)))})")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
