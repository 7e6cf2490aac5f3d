#!/usr/bin/env python3
"""Evaluation set: mail whose own text mentions an absence or carries an automatic-reply notice phrase (stdlib only).

Group P (arc-P01..P30): written by a person who says they are or will be away (moving, holiday, hospital, leave,
travelling) or quotes a notice they received, while writing about their own business with PEXA or Conexus; most ask
for a data right, marked inline as [[right|sentence]].
Group M (arc-M01..M30): machine-made mail (out-of-office and leave replies, automatic acknowledgements, ticket and
portal notices, bulletins), most speaking of data rights only as information and most without automatic headers.
Every scenario is rendered twice with different envelopes.

Usage: .venv/bin/python data/make/make_absence_right_judge_c.py
Writes data/trials/absence_right_judge_c.jsonl.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281203
PREFIX = "arc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "absence_right_judge_c.jsonl")

FIRST = ["Aisha", "Bartosz", "Carys", "Declan", "Esme", "Farhan", "Gwen", "Hamish", "Ifeoma", "Jasper", "Kirsty",
         "Lorcan", "Maelle", "Nikhil", "Orla", "Piers", "Rosalind", "Sanjay", "Tamsin", "Umar", "Verity", "Wilf",
         "Yasmin", "Zoltan", "Bronwen", "Callum", "Delyth", "Emeka", "Freya", "Gideon"]
LAST = ["Ashdown", "Barraclough", "Chowdhury", "Dunmore", "Eckersley", "Fairweather", "Gillespie", "Hargreaves",
        "Ingleby", "Jaworski", "Kettering", "Lomax", "McAteer", "Nuttall", "Okonkwo", "Prendergast", "Quayle",
        "Rasheed", "Stansfield", "Thorley", "Underhill", "Varga", "Whitlock", "Yardley", "Abernethy", "Blackmore",
        "Costigan", "Delaney", "Ellwood", "Fenwick"]
PERSONAL = ["gmail.com", "outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk",
            "virginmedia.com", "proton.me", "talktalk.net"]
GREET = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hi there,"],
         "conexus": ["Dear Conexus,", "Hello,", "Dear Sir/Madam,", "To whom it may concern,", "Hi,",
                     "Good afternoon,"]}
SIGNOFF = ["Thanks,", "Many thanks,", "Kind regards,", "Regards,", "Best wishes,", "Thank you,"]
SIGNOFF_COMPLAINT = ["Regards,", "Kind regards,", "Yours faithfully,", "Yours sincerely,"]
DATA_GREET = ["Dear Data Protection Officer,", "Dear Privacy Team,"]
AREA = ["0113", "0161", "0117", "0121", "0118", "0191", "0131", "0141"]


# ---------------------------------------------------------------------------------------------
# scenarios
# A scenario: id, mailbox, group, subject, paragraphs (a leading "~" marks a paragraph the short envelope drops),
# labels, note, and for P the sender kind ("personal" or a business domain) and signature line; for M the sender
# (a fixed "Name <addr>", or "{name}" with a domain), optional headers and no greeting/sign-off of its own.
# quote: the firm's earlier message (header line, text with {ref}) for reply envelopes, or None.

def P(sid, mailbox, subject, paras, lab, note, addr="personal", sig=None, quote=None, greet=None):
    return dict(id=sid, group="P", mailbox=mailbox, subject=subject, paras=paras, labels=lab, note=note, addr=addr,
                sig=sig, quote=quote, greet=greet, headers={}, sender=None)


def M(sid, mailbox, subject, paras, note, sender, addr=None, headers=None, quote=None, person=False):
    return dict(id=sid, group="M", mailbox=mailbox, subject=subject, paras=paras, labels=short_labels(auto=True),
                note=note, addr=addr, sig=None, quote=quote, greet=None, headers=headers or {}, sender=sender,
                person=person)


PX_Q = "On 4 June 2025, at 10:12, PEXA Customer Support wrote:"
CX_Q = "On 9 June 2025, at 15:40, Conexus Customer Services wrote:"

SCENARIOS = [
    # ----------------------------------------------------------------- P, pexa
    P("arc-P01", "pexa", "Name change on my PEXA user profile", [
        "I got married last month and have changed my surname at work. My PEXA user profile, the email "
        "notifications and the signing screens all still show my previous surname, {alt_last}. [[rectification|Please "
        "update the surname on my user profile to {last}, which matches the ID my firm holds on file.]]",
        "~Our firm's admin user, {colleague}, is happy to confirm the change if you need it from someone other than me.",
        "I'm on leave from 16 June until 30 June, so if you need a copy of the marriage certificate before then, "
        "please let me know this week."],
        short_labels(r="rectification"),
        "A user asks for her own surname to be updated with no dissatisfaction: rectification, not a complaint; "
        "the leave dates are her own words, not an auto-reply.",
        addr="fennickward.co.uk", sig="Conveyancer, Fennick Ward Solicitors"),
    P("arc-P02", "pexa", "Email from PEXA about my purchase", [
        "We're moving into our new house on Friday and I'll be without broadband for about ten days after that, "
        "so I'm sending this now.",
        "I've had two emails from PEXA about our purchase of 18 Larkspur Close, but I never signed up with you and "
        "hadn't heard of PEXA before. I assume our solicitor set this up, which is fine, I'd just like to understand "
        "it. [[informed|Could you tell me where you got my name and email address from, and what you use them for?]]",
        "[[access|Please also send me a copy of the personal data you hold about me.]] Email is fine, I'll pick it "
        "up on my phone.",
        "~Nothing wrong with the purchase itself, everything is going through as expected."],
        short_labels(r="informed,access"),
        "A curious home buyer with no grievance asks where his details came from (informed) and for a copy "
        "(access); the move and the broadband gap are context, so not auto-generated and not a complaint.",
        quote=(PX_Q, "You have been added to workspace {ref} for the purchase of 18 Larkspur Close.\n"
                     "Please verify your identity using the link below.")),
    P("arc-P03", "pexa", "Old user account and marketing emails", [
        "I left Thames Valley Mortgages at the end of May and no longer use PEXA, but I still get your product "
        "update emails at my personal address, which I added to my profile years ago.",
        "I'm travelling for work for most of the next fortnight, so there's no need to reply quickly.",
        "[[erasure|Please delete my old user account and the personal details attached to it.]] [[objection|I'd "
        "also like you to stop sending me marketing emails, at this address or any other.]]",
        "~If you need to keep anything for your records, that's fine, just let me know what."],
        short_labels(r="erasure,objection"),
        "A neutral housekeeping request from a former user: delete the account = erasure, stop marketing = "
        "objection; Thames Valley Mortgages is only a former employer and travel is context."),
    P("arc-P04", "pexa", "Registration declined - I need a person to look at it", [
        "My firm's registration was declined on Tuesday by your automatic identity check, apparently because the "
        "address on my practising certificate doesn't match the one on the credit file. I moved my office in April "
        "and both addresses are genuine.",
        "This has already cost me one instruction, because the buyer's lender wants settlement through PEXA and I "
        "can't open a workspace. [[automated_decision|I want a member of your onboarding team, not the automated "
        "check, to review my application and the documents I uploaded.]]",
        "I'm in hospital for a minor operation on 11 and 12 June and won't be reachable on those two days, so "
        "please email rather than call.",
        "~My registration reference is {ref}."],
        short_labels(c=True, r="automated_decision", cat="onboarding"),
        "Harm from an automatic onboarding rejection plus a demand for human review: implicit onboarding "
        "complaint with automated_decision; personal_data stays false because the grievance is registration.",
        addr="hollinsheadlegal.co.uk", sig="Sole Principal, Hollinshead Legal"),
    P("arc-P05", "pexa", "Training records export", [
        "~I hope you're well.",
        "We're moving our staff training onto a new learning system this summer and I'd like to bring my own PEXA "
        "training history with me. [[portability|Please send me my training records and certificates from my user "
        "profile as a CSV or JSON file so I can import them into the new system.]]",
        "I'm on holiday from Friday until 7 July; if it arrives while I'm away that's no problem, I'll pick it up "
        "when I'm back."],
        short_labels(r="portability"),
        "A machine-readable copy of her own training data for another system is portability; no grievance, and "
        "the holiday sentence is a person's aside, not an out-of-office.",
        addr="quarrendonlaw.co.uk", sig="Practice Manager, Quarrendon Law"),
    P("arc-P06", "pexa", "Still the wrong name on my notifications", [
        "This is the third time I'm asking. Since March every workspace notification and every invitation other "
        "firms receive from PEXA shows me as {alt_full}, a name I haven't used for two years. Clients have asked "
        "my colleagues whether they are dealing with the right person.",
        "[[rectification|Please correct my name on your system to {full} today.]] [[restriction|Until it is "
        "corrected, please stop showing my name to other firms on invitations at all.]]",
        "I'm away on leave from 19 May for three weeks and don't want to come back to the same problem. I'd like a "
        "reply confirming when it's done and why my two earlier requests were ignored."],
        short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
        "Inaccurate personal data shown to others and earlier requests ignored, with a reply demanded: implicit "
        "personal_data complaint; correct = rectification, stop showing until fixed = restriction.",
        addr="calderbridgelaw.co.uk", sig="Calderbridge Law",
        quote=(PX_Q, "Thank you for your message. We have passed your request to the relevant team.\n"
                     "Reference: {ref}")),
    P("arc-P07", "pexa", "On leave from tomorrow - thank you first", [
        "Just a quick note to say thank you to {agent} on the support desk, who stayed on the phone with me on "
        "Wednesday until the lodgement for workspace {ref} went through. Everything has now been registered and "
        "the client is very happy.",
        "I'm off on leave tomorrow until the 28th, so I wanted to say it before I forgot.",
        "~No need to reply."],
        short_labels(),
        "Thanks for a resolved matter with nothing still wrong is not a complaint; the leave subject and "
        "sentence are the writer's own, so not auto-generated.",
        addr="heathcotebank.co.uk", sig="Completions Officer, Heathcote Bank"),
    P("arc-P08", "pexa", "Invoice still not reissued", [
        "Before I went on two weeks' leave on 2 June, your billing team told me the duplicated fee on our May "
        "invoice would be credited and a corrected invoice issued \"within a few days\". I'm back today, nothing "
        "has arrived, and our accounts team has now been sent a reminder for the full amount.",
        "I want to complain about this. Please send the corrected invoice and confirm that the reminder has been "
        "withdrawn by the end of this week.",
        "~Our account number is {ref}."],
        short_labels(c=True, ex=True, cat="delay"),
        "A promised correction is still outstanding after the writer's leave and she calls it a complaint: "
        "explicit complaint, category delay as a still-waiting chaser; no right is asked for.",
        addr="stavelyross.co.uk", sig="Partner, Stavely Ross LLP",
        quote=(PX_Q, "We have raised a credit note for the duplicated workspace fee on invoice {ref}.\n"
                     "A corrected invoice will follow.")),
    P("arc-P09", "pexa", "Please take me off your mailing list", [
        "I'm on leave this week and finally going through my personal inbox, which is how I noticed I've been "
        "getting PEXA's monthly newsletter since February.",
        "I did attend one of your webinars about digital completions last year, but I signed up with my work "
        "address, not this one. [[informed|Can you tell me how you came to have this address and what you rely on "
        "to send me marketing?]]",
        "[[objection|In any case I don't want my details used for marketing, so please stop sending me these "
        "emails.]]",
        "~Thanks for your help."],
        short_labels(r="informed,objection"),
        "A calm request with no demand beyond the rights: where the address came from and on what basis = "
        "informed, no more marketing = objection; not a complaint."),
    P("arc-P10", "pexa", "Training dates for a new starter", [
        "A new paralegal, {colleague}, joins our property team on 1 September and will need the PEXA practitioner "
        "training before working on settlements. Could you let me know the next available dates for the online "
        "course, and whether we can book a place before the user account is set up?",
        "~We have two other staff who may need a refresher later in the year, so any autumn dates would be useful "
        "too.",
        "I'll be out of the office next week and will reply on my return, so there's no rush on this."],
        short_labels(),
        "A neutral enquiry about course dates; the out-of-office phrase closes a message a person wrote with a "
        "real question, so auto_generated=false and no right or complaint.",
        addr="pembertonhaigh.co.uk", sig="Head of Property, Pemberton Haigh"),
    P("arc-P11", "pexa", "Completion keeps slipping", [
        "We're buying 4 Fairfield Mews and were due to complete last Friday. Our conveyancers, Marsh and Penrose, "
        "haven't answered an email or returned a call since the 3rd, and the seller's agent says the workspace "
        "still isn't ready on their side.",
        "I fly to Singapore for work on Sunday and will be away for three weeks. If this isn't sorted before then "
        "I'll have to arrange a power of attorney just to sign, on top of the removal costs we've already lost.",
        "Please chase them or tell me who can make them respond. I need an answer before Sunday."],
        short_labels(c=True, cat="delay", firm="mpc"),
        "A buyer's grievance is purely his own conveyancer's silence: implicit complaint to forward, "
        "about_other_firm mpc, category delay; the trip raises urgency only."),
    P("arc-P12", "pexa", "My data request - reference {ref}", [
        "On 2 May I asked for a copy of the personal data PEXA holds about me as a user, including the audit log "
        "entries under my name. All I've had back is an email that said it was sent automatically and that "
        "\"this is a receipt for your request\". That was five weeks ago.",
        "[[access|Please send me the copy of my personal data I asked for, including the audit log entries.]] I'd "
        "also like to know why nobody has responded.",
        "I'm going into hospital on 23 June and will be off work for about a month, so I'd like this before then."],
        short_labels(c=True, pd=True, r="access", cat="personal_data"),
        "A subject access request ignored for five weeks with an explanation demanded is an implicit complaint "
        "about a badly handled rights request (personal_data, the specific theme over delay); re-asking = access.",
        addr="marlowfinch.co.uk", sig="Marlow Finch Conveyancing",
        quote=("On 2 May 2025, at 09:03, PEXA Privacy Team wrote:",
               "This is a receipt for your request {ref}.\nThis email was sent automatically. Please do not reply.")),
    P("arc-P13", "pexa", "User account suspended while I was on parental leave", [
        "I've just come back from parental leave and found that my PEXA user account at Heathcote Bank was "
        "suspended automatically in February for inactivity. My team leader has confirmed I should still have "
        "settlement access.",
        "[[automated_decision|Could someone in your team, rather than the automatic inactivity check, look at my "
        "account and decide whether it can be reinstated?]] I'm happy to provide anything you need.",
        "~Thanks in advance."],
        short_labels(r="automated_decision"),
        "A polite request for a person to review an automatic suspension is automated_decision without "
        "dissatisfaction, so not a complaint; Heathcote Bank is her employer, not a subject.",
        addr="heathcotebank.co.uk", sig="Settlements Team, Heathcote Bank"),
    P("arc-P14", "pexa", "PEXA email - I'm not buying or selling anything", [
        "I'm away until Monday, so this is a quick one from my phone.",
        "This morning I got a PEXA email asking me to verify my identity for a workspace, but I'm not buying, "
        "selling or remortgaging anything at the moment. It may be someone with the same name, but I'd like to be "
        "sure. [[informed|Could you tell me where my details came from and which firm added them?]]",
        "[[restriction|Until that has been checked, please don't use my details on that workspace.]]",
        "~I can call on Monday if that's easier."],
        short_labels(r="informed,restriction"),
        "The 'away until Monday' opener is a person's aside; asking the source of his data = informed and "
        "'don't use my details until checked' = restriction, with no grievance, so not a complaint.",
        quote=(PX_Q, "Please verify your identity to take part in workspace {ref}.\nThis link expires in 7 days.")),
    P("arc-P15", "pexa", "Settlement failed while I was off", [
        "I've just come back from two weeks in hospital to find that the settlement on workspace {ref} failed on "
        "6 June because the platform threw an error at the funds check, and my colleague covering the file "
        "couldn't get through to anyone for an hour. The buyers spent the night in a hotel.",
        "Please explain what went wrong and confirm whether you will cover the hotel and removal costs, which come "
        "to £640.",
        "~I've attached the screenshot my colleague took of the error."],
        short_labels(c=True, cat="platform_defect"),
        "A failed settlement caused by a platform error with costs claimed is an implicit complaint, category "
        "platform_defect; the writer's hospital stay explains the timing only.",
        addr="ravensworthlaw.co.uk", sig="Ravensworth Law"),
    # ----------------------------------------------------------------- P, conexus
    P("arc-P16", "conexus", "Change of address - account {ref}", [
        "I'm moving house on 14 June and will be without broadband for about a week after that, so I'm writing now.",
        "[[rectification|Please update my address on account {ref} to 9 Wrenfield Court, Halifax HX3 7PL from "
        "14 June.]]",
        "[[access|I'd also like a copy of the personal data you hold on me, including your notes of my calls.]] "
        "I'm seeing a money adviser next month and want to have everything in one place.",
        "~The payment plan stays as it is."],
        short_labels(r="rectification,access"),
        "An opening that reads like a notice, then a plain request: new address = rectification, copy of data "
        "and call notes = access; no dissatisfaction, so not a complaint.",
        quote=(CX_Q, "Your statement for account CX-{ref} is now available in your online account.")),
    P("arc-P17", "conexus", "Marketing texts while I'm abroad", [
        "I'm in Portugal on holiday until 28 June and have been getting texts from you every couple of days about "
        "\"exclusive settlement offers\", several of them in the middle of the night here. The Pennant Mobile "
        "account you collected was cleared in full in 2023.",
        "I want to complain about being sent marketing for a debt that no longer exists. [[objection|I object to "
        "you using my number or any other details for marketing.]] [[erasure|Please also delete the personal data "
        "you hold on me from that closed account.]]",
        "I expect a reply confirming both have been done."],
        short_labels(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
        "Unexpected marketing use of data after the account closed, called a complaint: explicit personal_data "
        "complaint with objection and erasure; Pennant Mobile is only the creditor named."),
    P("arc-P18", "conexus", "Wrong balance on my account", [
        "Your latest statement says I owe £1,240 on account {ref}. I paid £300 to you by card on 14 March and have "
        "the bank statement to prove it, so the balance should be £940.",
        "I'm in hospital from Monday for about ten days. [[restriction|Until the balance has been checked and "
        "corrected, please don't use the £1,240 figure or pass it to anyone, including credit reference "
        "agencies.]]",
        "Please check the payment and send me a corrected statement."],
        short_labels(c=True, r="restriction", cat="debt_dispute"),
        "A challenged balance (a payment to Conexus not credited) is an implicit debt_dispute complaint with "
        "Conexus at fault; 'don't use it until checked' = restriction, personal_data false as in lg-26.",
        quote=(CX_Q, "Your statement for account CX-{ref} is now available in your online account.")),
    P("arc-P19", "conexus", "Thank you", [
        "I'm on leave from Saturday until the 21st and wanted to send this before I go.",
        "Thank you to {agent}, who spoke to me on Tuesday and set up a payment plan I can actually manage. After "
        "months of worrying about this it was a relief to be treated so kindly.",
        "~The first payment will go out on the 1st while I'm away; I've checked there's enough in the account."],
        short_labels(),
        "Praise with nothing asked: not a complaint and no right; the leave notice at the top is the writer's "
        "own sentence, not an automatic reply."),
    P("arc-P20", "conexus", "Client {client} - account {ref}", [
        "I'm a debt adviser at {org} and act for {client}; her signed authority is attached.",
        "My client tried to set up a payment plan through your website last week and was declined within a "
        "minute, although her budget shows she can afford £60 a month. [[automated_decision|We ask that a member of "
        "your staff, not the online system, reconsider her plan using the budget I have attached.]]",
        "[[access|Please also send us a copy of the personal data you hold about her, including call recordings "
        "from the last twelve months.]]",
        "I'm on leave from 20 to 27 June. My colleague {colleague} can be reached at {colleague_addr} in the "
        "meantime."],
        short_labels(r="automated_decision,access", tp=True),
        "A money adviser's request for a client: third_party, human review of an automated refusal = "
        "automated_decision, copy of data = access; the leave and cover lines are hers, not an auto-reply.",
        addr="northgatemoneyadvice.org.uk", sig="Debt Adviser, Northgate Money Advice"),
    P("arc-P21", "conexus", "Travelling until the 18th - payment history as a spreadsheet", [
        "I use a budgeting app to keep track of everything I pay out, and I'd like to add my Conexus payments to "
        "it. [[portability|Please email me my full payment history on account {ref} as a CSV file that I can "
        "import into the app.]]",
        "~I've been paying £25 a month since October 2023.",
        "I'm travelling for work until the 18th, so an email is much better than a letter."],
        short_labels(r="portability"),
        "Despite a subject that reads like a notice, a person asks for a CSV to load into another app: "
        "portability, not a complaint."),
    P("arc-P22", "conexus", "My father, account {ref}", [
        "I'm writing for my father, {client}, who has been in hospital since 2 May after a stroke. He has given me "
        "authority to deal with his post; a copy is attached.",
        "Your agents have phoned his mobile, which I now keep, every day this week, twice after 8pm, even after I "
        "told them on Monday that he is in hospital. Please stop calling him. [[rectification|Please change the "
        "correspondence address on his account to mine, 31 Beckett Street, Leeds LS9 7QR, until he is home.]]",
        "I work offshore from the 10th for two weeks, so please reply by email."],
        short_labels(c=True, r="rectification", tp=True, cat="collection_conduct"),
        "A son writing for his hospitalised father about persistent calls: implicit collection_conduct complaint, "
        "third_party; 'stop calling him' is a conduct remedy, the address change is rectification."),
    P("arc-P23", "conexus", "Receipt shows an extra £25", [
        "I paid my usual £40 on Monday and the email I got back said \"this is a receipt for your payment of "
        "£65.00\". Looking at my online account, a £25 \"account administration fee\" was added and taken at the "
        "same time. Nobody told me about any fee and my plan doesn't mention one.",
        "Please refund the £25 and explain what it was for.",
        "I'm on leave until Thursday, so email is the best way to reach me."],
        short_labels(c=True, cat="fees_charges"),
        "The writer quotes an automatic receipt and an on-leave line but is a person objecting to an added fee "
        "with a refund demanded: implicit fees_charges complaint, no right.",
        quote=(CX_Q, "This is a receipt for your payment of £65.00 on account CX-{ref}.\n"
                     "This email was sent automatically.")),
    P("arc-P24", "conexus", "Letter sent to my parents' house", [
        "I've been away on a training course for the last three weeks and came back to find my mum had kept a "
        "letter from you for me. It was addressed to me at their house, which I left in 2019. It was still sealed, "
        "so no harm done.",
        "[[informed|I'd like to know where you got that address from and what other sources you use to find "
        "people's details.]] [[rectification|Please also update my address to 12 Tenter Lane, Kendal LA9 4HF.]]",
        "~I'm not upset, just curious how it happened."],
        short_labels(r="informed,rectification"),
        "A sealed letter at an old address, asked about calmly: source of the address = informed, new address = "
        "rectification; no disclosure and no grievance, so no breach and no complaint."),
    P("arc-P25", "conexus", "Closing things down before I emigrate", [
        "I'm leaving the UK for New Zealand at the end of July and won't be coming back. My account with you "
        "(ref {ref}, for an old Northline Energy bill) was settled last year.",
        "[[portability|Before I go, please send me the payment records for that account as a CSV or Excel file so I "
        "can keep them with my other finances.]]",
        "[[erasure|Once that's done, please delete my personal data, unless you have to keep it for a legal "
        "reason.]]",
        "~Thanks for making the repayments easy at the time."],
        short_labels(r="portability,erasure"),
        "A neutral request before emigrating: CSV/Excel records to keep in other software = portability, then "
        "delete = erasure; Northline Energy is only the original creditor."),
    P("arc-P26", "conexus", "Calls during my compassionate leave", [
        "My partner died on 2 June and I've been on compassionate leave from work since. I told your agent on the "
        "5th and asked for thirty days' breathing room, which she agreed to and noted on my account.",
        "Since then I've had calls from you on 9, 11 and 12 June, one of them while I was at the funeral "
        "director's. I am making a complaint about this. Stop calling me until the thirty days are up, and tell me "
        "why the note on my account was ignored."],
        short_labels(c=True, ex=True, cat="collection_conduct"),
        "Calls despite an agreed pause while bereaved, called a complaint: explicit collection_conduct; 'stop "
        "calling me' is a conduct remedy, not objection, so rights are empty."),
    P("arc-P27", "conexus", "Placement file for June", [
        "Please find attached the June placement file for the 214 accounts we discussed on Tuesday. I sent an "
        "earlier version this morning with the wrong tab, so please delete that attachment and use this one.",
        "If any of the addresses fail your validation, could your team send the list back to me rather than "
        "tracing them straight away?",
        "I'll be out of the office next week and will reply on my return. {colleague} in our collections team can "
        "answer anything urgent."],
        short_labels(),
        "A creditor's staff member on routine business: 'delete that attachment' is not erasure, the "
        "out-of-office wording ends a message a person wrote, so no right, no complaint, not auto-generated.",
        addr="pennantmobile.co.uk", sig="Collections Partner Manager, Pennant Mobile"),
    P("arc-P28", "conexus", "Lumen Water balance - not my debt", [
        "You wrote to me about a Lumen Water balance of £386 for 2 Holm Street. I moved into that flat in "
        "September 2024 and the bill covers March to August 2024, so it belongs to the previous tenant. Lumen have "
        "billed the wrong person and I've asked them to correct their records.",
        "[[restriction|Until they confirm whose debt it is, please stop using my details in connection with this "
        "account.]]",
        "I'm having surgery on the 17th and will be in hospital for about a week, so please write rather than "
        "phone."],
        short_labels(c=True, r="restriction", cat="debt_dispute", firm="lwt"),
        "The root cause is the creditor billing the wrong occupier, which only Lumen Water can fix: implicit "
        "debt_dispute complaint about lwt; 'stop using my details until confirmed' = restriction."),
    P("arc-P29", "conexus", "The call I made on Tuesday", [
        "I rang on Tuesday to tell you I'm working in Aberdeen until the end of August and to ask that letters "
        "go to my email instead. The man I spoke to sighed, talked over me and then said he \"couldn't be bothered "
        "with address changes today\" before ending the call.",
        "[[access|Please send me a copy of the recording of that call.]] I'd also like an apology and for someone "
        "to confirm that my contact preference has actually been recorded.",
        "~My account reference is {ref}."],
        short_labels(c=True, r="access", cat="service_quality"),
        "A rude, dismissive agent on a service call with an apology demanded: implicit service_quality "
        "complaint; asking for the call recording = access; the work trip is context."),
    P("arc-P30", "conexus", "Question about your tracing letter", [
        "Your letter of 2 June says you \"use data from trusted third parties to keep our records up to date\". "
        "[[informed|Could you tell me which third parties supplied information about me and what it was?]]",
        "[[objection|I object to my data being used for profiling or scoring beyond what you need to manage the "
        "account.]]",
        "Am on leave next week so no rush, a reply by post is fine."],
        short_labels(r="informed,objection"),
        "Calm questions with no grievance: the source of the data = informed, objecting to profiling = objection; "
        "'on leave next week' is a person's aside.",
        greet=DATA_GREET),
    # ----------------------------------------------------------------- M, pexa
    M("arc-M01", "pexa", "Re: Workspace invitation {ref}", [
        "Thank you for your email. I'm away until Monday 16 June and will have limited access to email while I'm "
        "out.",
        "For anything urgent on a completion, please call our property team on {phone} or email "
        "property@brackleyhoult.co.uk.",
        "{name}\nSenior Conveyancer, Brackley Hoult Solicitors",
        "~Brackley Hoult Solicitors is authorised and regulated by the Solicitors Regulation Authority. Our privacy "
        "notice explains how we use your personal data and how to object to it: www.brackleyhoult.co.uk/privacy."],
        "A standard out-of-office with no auto headers is auto_generated; the privacy footer's 'how to object' is "
        "information, not a request, so every other label is empty.",
        "{name}", addr="brackleyhoult.co.uk", person=True,
        quote=(PX_Q, "Your firm has been invited to join workspace {ref} for the purchase of 11 Quarry Bank.")),
    M("arc-M02", "pexa", "Re: Settlement notice - workspace {ref}", [
        "I am on leave from 2 June until 13 June inclusive. Your email has not been forwarded.",
        "Completions queries: completions@heathcotebank.co.uk or {phone}.",
        "If you are writing to make a subject access request or any other data protection request, please send it "
        "to our Data Protection Officer at dpo@heathcotebank.co.uk, who will respond within one month.",
        "{name}, Completions Team, Heathcote Bank"],
        "A leave auto-reply from lender staff, no headers: auto_generated; the subject access wording tells readers "
        "where to send requests and asks nothing of PEXA.",
        "{name}", addr="heathcotebank.co.uk", person=True,
        quote=(PX_Q, "Settlement for workspace {ref} is scheduled for 12:00 today.")),
    M("arc-M03", "pexa", "Re: Your message about workspace {ref}", [
        "Thank you for contacting Marsh & Penrose Conveyancing. This is an automatic acknowledgement: your message "
        "has reached our client care team and will be read within two working days.",
        "If your email is about a data protection matter, you don't need to wait for us: if you want us to correct "
        "or delete your details, use the form at www.marshpenrose.co.uk/your-data.",
        "~Please do not reply to this message, as replies to this address are not monitored.",
        "Client Care Team\nMarsh & Penrose Conveyancing"],
        "An automatic acknowledgement from a participant firm's client care address: auto_generated; 'correct or "
        "delete your details' points readers to a form and is not a request, and Marsh & Penrose is only the sender.",
        ["Client Care <clientcare@marshpenrose.co.uk>", "Marsh & Penrose Client Care <clientcare@marshpenrose.co.uk>"],
        quote=(PX_Q, "We are writing about workspace {ref}, which is awaiting your firm's financial settlement "
                     "schedule.")),
    M("arc-M04", "pexa", "Your request {ref}", [
        "Hello,",
        "We've received your request and our team will get back to you within one working day. Your reference is "
        "{ref}; please quote it if you contact us again.",
        "You can ask for a copy of your data at any time by emailing privacy@oakmerelegal.co.uk.",
        "Oakmere Legal Support\nThis email was sent automatically from our service desk."],
        "A service-desk ticket notice from an ordinary support address: auto_generated; 'ask for a copy of your "
        "data' is a standing statement, not an access request.",
        ["Oakmere Legal Support <support@oakmerelegal.co.uk>", "Oakmere Support Desk <support@oakmerelegal.co.uk>"],
        quote=(PX_Q, "Your user licence renewal for 2025-26 is now due. Reference {ref}.")),
    M("arc-M05", "pexa", "Re: Your enquiry about the sale of 14 Mill Lane", [
        "Hi, thanks for your message. I'm travelling until 20 June with very patchy signal and won't see emails "
        "until I'm home.",
        "If it's about the house sale, please contact my solicitor directly.",
        "{first}"],
        "A member of the public's holiday auto-reply, recognisable by its template wording alone: auto_generated, "
        "with nothing else set.",
        "{name}", addr="personal", person=True,
        quote=(PX_Q, "Thank you for your enquiry. Workspace {ref} shows your sale as ready for settlement.")),
    M("arc-M06", "pexa", "Account update", [
        "Your account details were changed on 9 June 2025 at 14:02. If you made this change, there's nothing else "
        "to do.",
        "If you didn't, please sign in at www.kingsbridgesearch.co.uk and reset your password.",
        "This message was sent automatically. To stop marketing emails from us, reply STOP. Our privacy notice "
        "explains your rights, including how to ask for a copy of your data."],
        "A portal account notice is a system notification (auto_generated); 'reply STOP' and the rights sentence "
        "are boilerplate information, not requests to PEXA.",
        ["Kingsbridge Searches <updates@kingsbridgesearch.co.uk>", "Kingsbridge Search Services <updates@kingsbridgesearch.co.uk>"]),
    M("arc-M07", "pexa", "Re: Data sharing query - workspace {ref}", [
        "This is a receipt for your email to the Thames Valley Mortgages Data Protection Office. It was sent "
        "automatically and does not mean your email has been read.",
        "We aim to answer subject access requests and other requests about your personal data within one calendar "
        "month. If you want a copy of your data, to correct it or to ask us to stop using it, please tell us which "
        "account your request relates to.",
        "Data Protection Office\nThames Valley Mortgages"],
        "An automatic receipt from a lender's DPO address: auto_generated; its description of access, correction "
        "and restriction is guidance to the reader, so rights stay empty.",
        ["Data Protection Office <dpo@tvmortgages.co.uk>", "TVM Data Protection <dpo@tvmortgages.co.uk>"],
        quote=(PX_Q, "We are writing to confirm the data fields PEXA shares with your firm for workspace {ref}.")),
    M("arc-M08", "pexa", "Automatic reply: Settlement delay on workspace {ref}", [
        "I'm out of the office until Wednesday 25 June. I will reply to your email when I return.",
        "For urgent matters please contact {colleague} on {phone}.",
        "{name}\nAssociate, Greyfriars Law LLP",
        "~Greyfriars Law LLP processes personal data in line with its privacy notice. To exercise any of your data "
        "protection rights, including the right to object, write to privacy@greyfriarslaw.co.uk."],
        "Auto-reply headers and out-of-office wording: auto_generated, even though the subject mentions a delay "
        "and the footer mentions the right to object.",
        "{name}", addr="greyfriarslaw.co.uk", person=True,
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}),
    M("arc-M09", "pexa", "Read: Workspace {ref} - funds not received", [
        "Your message\n\n    To: {name}\n    Subject: Workspace {ref} - funds not received\n    Sent: 10/06/2025 09:41"
        "\n\nwas read on 10/06/2025 11:02."],
        "A read receipt is machine-made (auto_generated) even from a named person's address; the problem in the "
        "quoted subject is not new text.",
        "{name}", addr="kestrelbs.co.uk", person=True),
    M("arc-M10", "pexa", "Practice Bulletin June 2025: lodgement backlogs and client data requests", [
        "In this issue: Land Registry lodgement times, the new ID verification guidance, and handling client data "
        "requests.",
        "Data requests: clients can ask for a copy of their data at any time, and can ask you to correct it or stop "
        "using it while a dispute is checked. Make sure your team knows a request doesn't need any special wording.",
        "~Our autumn conference is now open for booking.",
        "You are receiving this bulletin because you subscribed at www.cpbulletin.org.uk. To unsubscribe, use the "
        "link below or reply STOP."],
        "A bulletin with list headers is auto_generated (rule 4); its explanation of data rights is editorial "
        "content, not a request.",
        "Conveyancing Practice Bulletin <bulletin@cpbulletin.org.uk>",
        headers={"precedence": "bulk", "list-id": "<practice.cpbulletin.org.uk>",
                 "list-unsubscribe": "<mailto:unsubscribe@cpbulletin.org.uk>"}),
    M("arc-M11", "pexa", "Account update", [
        "Your contact preferences have been updated. You will no longer receive product news by email.",
        "This is an automated message. If you did not ask for this change, or you'd like us to correct or delete "
        "your details, visit www.kestrelbs.co.uk/preferences."],
        "A preference-change confirmation from a lender's system: auto_generated; 'correct or delete your details' "
        "is a pointer to a page, not a request.",
        ["Kestrel Building Society <updates@kestrelbs.co.uk>", "Kestrel <updates@kestrelbs.co.uk>"]),
    M("arc-M12", "pexa", "Re: Your feedback on the new workspace screens", [
        "Thank you for your message. I am on parental leave until March 2026 and am not monitoring this mailbox.",
        "Please redirect your email to {colleague} ({colleague_addr}) or to our main office on {phone}.",
        "If your email concerns your personal data, including a request for a copy of it, please contact our data "
        "protection lead at dataprotection@ollertonprice.co.uk.",
        "{name}"],
        "A parental-leave auto-reply without headers: auto_generated; the data protection line redirects "
        "requests rather than making one.",
        "{name}", addr="ollertonprice.co.uk", person=True,
        quote=(PX_Q, "Thank you for your feedback on the redesigned workspace screens (reference {ref}).")),
    M("arc-M13", "pexa", "[HLS-{ref}] Status changed: Resolved", [
        "The status of your request HLS-{ref} has changed to Resolved.",
        "If you think your request has not been dealt with, reply to this email within 7 days and it will be "
        "reopened automatically.",
        "Under data protection law you can ask us for a copy of the personal data we hold about you, or ask us to "
        "correct it. See www.harwelllenders.co.uk/privacy for how to do this.",
        "This is an automatically generated email."],
        "A ticket status notice with auto headers: auto_generated; the rights paragraph is information only.",
        "Harwell Lenders Service Desk <servicedesk@harwelllenders.co.uk>",
        headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"}),
    M("arc-M14", "pexa", "Re: Your message about the settlement of 6 Rowan Drive", [
        "This is an automatic reply. I'm in hospital until at least 30 June and not reading emails.",
        "For anything about the house sale, please contact {colleague} on {phone}, who is dealing with things for "
        "me."],
        "A seller's hospital auto-reply: auto_generated, not third_party and not a complaint, despite the absence "
        "and the redirect.",
        "{name}", addr="personal", person=True,
        quote=(PX_Q, "We are sorry the settlement on workspace {ref} did not go ahead as planned.")),
    M("arc-M15", "pexa", "Re: Training session on 17 June", [
        "Thanks for your email. I'll be out of the office next week and will reply on my return.",
        "{name} | Conveyancing Executive | Pellow Conveyancing",
        "~Pellow Conveyancing is a data controller. You have the right to ask us to restrict or stop using your "
        "personal data, and to complain to the ICO. Details are in our privacy notice at "
        "www.pellowconveyancing.co.uk/privacy."],
        "The whole new text is an out-of-office line plus a signature footer: auto_generated; the footer's "
        "restrict/stop and 'complain' wording is boilerplate and sets nothing.",
        "{name}", addr="pellowconveyancing.co.uk", person=True,
        quote=(PX_Q, "Your place on the PEXA practitioner training on 17 June is confirmed (booking {ref}).")),
    # ----------------------------------------------------------------- M, conexus
    M("arc-M16", "conexus", "Re: Your client's account {ref}", [
        "Thank you for your email. I'm away until Monday and will respond when I'm back.",
        "If your message is about a client in Breathing Space, please contact our casework line on {phone}.",
        "{name}\nDebt Adviser, Northgate Money Advice",
        "~Northgate Money Advice is a registered charity. If you want us to stop using your data, or want a copy of "
        "what we hold, contact dataprotection@northgatemoneyadvice.org.uk."],
        "A money adviser's out-of-office without headers: auto_generated, so third_party=false (rule 7, lg-39); "
        "the footer's data wording is information.",
        "{name}", addr="northgatemoneyadvice.org.uk", person=True,
        quote=(CX_Q, "Thank you for your letter about your client. We have placed account CX-{ref} on hold for 30 "
                     "days.")),
    M("arc-M17", "conexus", "Your request {ref}", [
        "Thanks for getting in touch. We've logged your email as request {ref} and aim to reply within 5 working "
        "days.",
        "If you want us to correct your details, change your contact preferences or delete information we no "
        "longer need, you can do it yourself at www.lumenwater.co.uk/my-details.",
        "This email was sent automatically, so please don't reply to it."],
        "A creditor's automatic acknowledgement: auto_generated; correct/delete wording describes a self-service "
        "page and asks Conexus for nothing; Lumen Water is only the sender.",
        ["Lumen Water Customer Service <customerservice@lumenwater.co.uk>", "Lumen Water <customerservice@lumenwater.co.uk>"],
        quote=(CX_Q, "Please find attached the recall list for May placements, batch {ref}.")),
    M("arc-M18", "conexus", "Re: Your account {ref}", [
        "Hi, I'm on holiday until 3 July with no internet. I'll read your message when I'm back.",
        "{first}"],
        "A debtor's holiday auto-reply in template form with no headers: auto_generated and nothing else.",
        "{name}", addr="personal", person=True,
        quote=(CX_Q, "We have not received this month's payment on account CX-{ref}. Please contact us.")),
    M("arc-M19", "conexus", "Out of Office: Mr Harland - account {ref}", [
        "I am out of the office on leave from 16 June until 27 June inclusive. If your email concerns an existing "
        "client matter, please contact {colleague} on {phone}.",
        "Vellacott Solicitors: our privacy notice explains how we process personal data and how to object to that "
        "processing. Please see www.vellacottsolicitors.co.uk/privacy.",
        "{name}"],
        "A solicitor's leave reply with auto headers: auto_generated; neither the client name in the subject nor "
        "the objection footer makes it third_party or a rights request.",
        "{name}", addr="vellacottsolicitors.co.uk", person=True,
        headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}),
    M("arc-M20", "conexus", "Re: Your constituent Mrs D. Fairbairn - account {ref}", [
        "Thank you for contacting the office of Helen Marchetti MP. This is an automated response to confirm that "
        "we have received your email.",
        "The office is closed from 24 July until 1 September for the summer recess, and casework replies will be "
        "slower during this time.",
        "Our privacy notice sets out how we handle constituents' personal data and your rights, including the "
        "right to ask for a copy of it: www.helenmarchetti.co.uk/privacy."],
        "An MP's office automated acknowledgement with a closure notice: auto_generated, so not third_party, and "
        "the right of access is mentioned only as information.",
        ["Office of Helen Marchetti MP <helen.marchetti.mp@parliament.uk>", "Helen Marchetti MP <helen.marchetti.mp@parliament.uk>"],
        quote=(CX_Q, "Thank you for your letter on behalf of Mrs Fairbairn. We have reviewed account CX-{ref}.")),
    M("arc-M21", "conexus", "Payment received - Conexus account {ref}", [
        "This is a receipt for your payment of £45.00 to Conexus, reference {ref}, taken on 11 June 2025.",
        "Keep this email for your records. It was sent automatically, so please don't reply.",
        "To stop marketing emails from PayLink, reply STOP. You can ask for a copy of your data at any time "
        "through your PayLink account."],
        "A payment gateway receipt is a system notification: auto_generated; 'reply STOP' and the copy-of-data "
        "line are standard information.",
        ["PayLink Payments <receipts@paylinkgateway.co.uk>", "PayLink <receipts@paylinkgateway.co.uk>"]),
    M("arc-M22", "conexus", "Re: Your payment plan - account {ref}", [
        "I'm in hospital and won't be checking emails until further notice. This message was sent automatically.",
        "~If it's urgent, please ring {colleague} on {phone}."],
        "A debtor's hospital auto-reply that says it was sent automatically: auto_generated, nothing else set.",
        "{name}", addr="personal", person=True,
        quote=(CX_Q, "Your payment plan on account CX-{ref} has been set up at £30 a month.")),
    M("arc-M23", "conexus", "Re: Placement query - customer {ref}", [
        "I am on leave from 9 June until 20 June and will not be checking email.",
        "For debt placement and recall queries, please contact debtrecovery@northline-energy.co.uk.",
        "{name}\nDebt Recovery Team, Northline Energy",
        "~Northline Energy is a data controller. Customers can ask for a copy of their data at any time by emailing "
        "dataprotection@northline-energy.co.uk."],
        "A creditor employee's leave auto-reply: auto_generated; the controller footer states a right and "
        "requests nothing; Northline Energy is only the sender.",
        "{name}", addr="northline-energy.co.uk", person=True,
        quote=(CX_Q, "Could you confirm the balance at placement for customer CX-{ref}?")),
    M("arc-M24", "conexus", "[PM-REQ-{ref}] We've received your request", [
        "We've received your request and given it the reference PM-REQ-{ref}. One of our team will be in touch "
        "within 3 working days.",
        "Looking for something about your personal information? You can download a copy of your data or object to "
        "marketing in the Privacy section of the Pennant app.",
        "This is an automated email. Replies to this address aren't read."],
        "A ticket acknowledgement with auto headers: auto_generated; copy/object wording is a help pointer.",
        "Pennant Mobile <help@pennantmobile.co.uk>",
        headers={"auto-submitted": "auto-generated", "x-autoreply": "yes"}),
    M("arc-M25", "conexus", "Automatic reply: Council tax account {ref}", [
        "Thank you for your email to Westbury Council Revenues and Benefits. This is an automated acknowledgement.",
        "We are currently taking up to 15 working days to respond. Please do not send your email again, as this may "
        "delay our reply.",
        "To make a request under data protection law, such as a request for a copy of your information, please use "
        "the online form at www.westbury.gov.uk/data-requests."],
        "A council's automated acknowledgement with auto headers: auto_generated; the delay notice is not a "
        "complaint and the data-request sentence is guidance.",
        "Westbury Revenues <revenues@westbury.gov.uk>",
        headers={"auto-submitted": "auto-replied"}),
    M("arc-M26", "conexus", "Re: Client authority - {ref}", [
        "This is an automatic reply to let you know your email has reached the Riverside Debt Help helpline inbox. "
        "We answer emails in the order they arrive, usually within three working days.",
        "If you are a client and want us to correct or delete your details, use the form at "
        "www.riversidedebthelp.org.uk/your-data.",
        "~Our phone lines are open Monday to Friday, 9am to 5pm, on {phone}."],
        "A debt charity's shared-inbox auto-acknowledgement without headers: auto_generated, not third_party; "
        "correct/delete wording points its own clients to a form.",
        ["Riverside Debt Help <helpline@riversidedebthelp.org.uk>", "Riverside Debt Help Helpline <helpline@riversidedebthelp.org.uk>"],
        quote=(CX_Q, "We need a signed authority before we can discuss account CX-{ref} with you.")),
    M("arc-M27", "conexus", "Out of Office: Data request - account {ref}", [
        "I am out of the office until 12 August.",
        "Subject access requests and other data protection requests received while I am away will be logged by "
        "the team and answered within one month of receipt. There is no need to send your request again.",
        "{name}\nData Protection Officer, Sterling Credit Loans"],
        "A DPO's out-of-office with auto headers: auto_generated; it describes how requests are handled and "
        "makes none.",
        "{name} <dpo@sterlingcredit.co.uk>",
        headers={"x-autoreply": "yes", "auto-submitted": "auto-replied"}),
    M("arc-M28", "conexus", "Account update", [
        "The password for your partner portal login was changed on 12 June 2025 at 08:17.",
        "If this wasn't you, contact partner support straight away on {phone}.",
        "This message was sent automatically. Please do not reply. Our privacy notice explains how we use your "
        "data and how you can object: www.sterlingcredit.co.uk/privacy."],
        "A creditor portal's security notice from an ordinary address: auto_generated; the objection mention is "
        "boilerplate.",
        ["Sterling Credit Partner Portal <partners@sterlingcredit.co.uk>", "Sterling Credit Partners <partners@sterlingcredit.co.uk>"]),
    M("arc-M29", "conexus", "Weekly digest: customers in hospital, SAR timescales", [
        "This week: new guidance on supporting customers in hospital, a reminder on subject access request "
        "timescales, and how to handle 'I'm away until...' replies from customers.",
        "SARs: the clock is one month from receipt. A customer can ask for a copy of their data at any time and "
        "doesn't have to use the words 'subject access request'.",
        "You're receiving this because you subscribed. Unsubscribe or manage your preferences at "
        "www.collectionscompliance.co.uk/preferences."],
        "An industry digest with list headers is auto_generated (rule 4); its SAR explanation is editorial.",
        "Collections Compliance Digest <digest@collectionscompliance.co.uk>",
        headers={"precedence": "bulk", "list-id": "<weekly.collectionscompliance.co.uk>",
                 "list-unsubscribe": "<https://www.collectionscompliance.co.uk/unsubscribe>"}),
    M("arc-M30", "conexus", "Re: Your account {ref} - letter of 2 June", [
        "Away until Monday. Sent automatically by my email app - I'll reply properly when I'm back.",
        "{first}"],
        "A two-line personal auto-reply that says it was sent automatically: auto_generated and nothing else.",
        "{name}", addr="personal", person=True,
        quote=(CX_Q, "Please see the attached letter of 2 June about account CX-{ref}.")),
]


# ---------------------------------------------------------------------------------------------
# envelopes


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def address(rng, first, last, domain):
    """A sender address: personal styles for "personal", business styles for a firm domain."""
    f, l_ = first.lower(), last.lower()
    if domain == "personal":
        style = rng.randrange(5)
        local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(60, 99)}", f"{f[0]}.{l_}", f"{l_}{f}", f"{f}.{l_[0]}"][style]
        return f"{local}@{rng.choice(PERSONAL)}"
    style = rng.randrange(3)
    return f"{[f'{f[0]}.{l_}', f'{f}.{l_}', f'{f}{l_[0]}'][style]}@{domain}"


def ref_for(rng, sc):
    if sc["mailbox"] == "conexus":
        return f"CX-{rng.randrange(1000000, 9999999)}"
    if sc["id"] in ("arc-M04", "arc-M13"):
        return str(rng.randrange(1000, 99999))
    return f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}"


def fill(text, v):
    return text.format_map(v)


def kinds_for(sc):
    ks = ["plain", "html"]
    if sc["quote"]:
        ks += ["reply", "html_reply"]
    if any(p.startswith("~") for p in sc["paras"]):
        ks.append("short")
    if sc["group"] == "P" or sc.get("person"):
        ks.append("typo")
    return ks


def render(rng, sc, kind, taken):
    """One email of scenario sc in envelope `kind`; `taken` holds sender names already used for it."""
    while True:
        first, last = person(rng)
        if (first, last) not in taken:
            break
    taken.add((first, last))
    while True:
        cfirst, clast = person(rng)
        if clast != last and cfirst != first:
            break
    alt_last = rng.choice([x for x in LAST if x != last])
    domain = sc["addr"] if sc["addr"] not in (None, "personal") else "northgatemoneyadvice.org.uk"
    v = {"name": f"{first} {last}", "full": f"{first} {last}", "first": first, "last": last,
         "alt_last": alt_last, "alt_full": f"{first} {alt_last}", "colleague": f"{cfirst} {clast}",
         "colleague_addr": f"{cfirst.lower()}.{clast.lower()}@{domain}", "agent": rng.choice(FIRST),
         "ref": ref_for(rng, sc), "phone": f"{rng.choice(AREA)} 496 0{rng.randrange(100, 999)}",
         "client": rng.choice(["Ms Delphine Okoro", "Mrs Janice Threlfall", "Ms Anita Szabo"]),
         "org": "Northgate Money Advice"}
    if sc["id"] == "arc-P22":
        v["client"] = f"Mr {rng.choice(['Dennis', 'Kwame', 'Gerald', 'Stanislaw'])} {last}"
    short = kind == "short"
    paras = [p[1:] if p.startswith("~") else p for p in sc["paras"] if not (short and p.startswith("~"))]
    if sc["group"] == "P":
        greet = None if short and rng.random() < 0.5 else rng.choice(sc["greet"] or GREET[sc["mailbox"]])
        sign = f"{rng.choice(SIGNOFF_COMPLAINT if sc['labels']['complaint'] else SIGNOFF)}\n" + (first if short else rng.choice([f"{first} {last}", first,
                                                                            f"{first[0]} {last}"]))
        if sc["sig"] and not short:
            sign += "\n" + sc["sig"]
        text = "\n\n".join(([greet] if greet else []) + paras + [sign])
        sender_addr = address(rng, first, last, sc["addr"])
        sender = f"{first} {last} <{sender_addr}>"
    else:
        text = "\n\n".join(paras)
        s = sc["sender"]
        if isinstance(s, list):
            sender = rng.choice(s)
        elif s == "{name}":
            sender = f"{first} {last} <{address(rng, first, last, sc['addr'])}>"
        else:
            sender = fill(s, v)
    text = fill(text, v)
    if kind == "typo":
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    subject = fill(sc["subject"], v)
    quote = sc["quote"] if kind in ("reply", "html_reply") else None
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=strip_marks(text, MARK_RIGHTS),
        html=kind in ("html", "html_reply"), quote=quote, subject_marks=[], body_marks=rights_marks_of(text),
        labels=sc["labels"], note=sc["note"], source=sc["id"], env=kind, headers=sc["headers"])


def check_scenarios():
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == 60 and len(set(ids)) == 60
    for s in SCENARIOS:
        marked = sorted({r for r, _ in rights_marks_of(s["paras"] and "\n".join(s["paras"]))})
        assert marked == sorted(s["labels"]["rights"]), s["id"]
        assert not any(p.startswith("~") and "[[" in p for p in s["paras"]), s["id"]
        assert (s["group"] == "M") == s["labels"]["auto_generated"], s["id"]
        assert s["group"] == "M" or not s["headers"], s["id"]
    for g in "PM":
        for mb in ("pexa", "conexus"):
            assert sum(s["group"] == g and s["mailbox"] == mb for s in SCENARIOS) == 15, (g, mb)
    p = [s for s in SCENARIOS if s["group"] == "P"]
    assert sum(bool(s["labels"]["rights"]) for s in p) >= 20
    for r in RIGHTS:
        assert sum(r in s["labels"]["rights"] for s in p) >= 2, r
    m = [s for s in SCENARIOS if s["group"] == "M"]
    assert sum(not s["headers"] for s in m) >= 20


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        kinds = rng.sample(kinds_for(sc), 2)
        taken = set()
        for kind in kinds:
            records.append(render(rng, sc, kind, taken))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    scen = {r["source"]: r["labels"] for r in records}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(scen)} scenarios, {len(records)} emails",
             f"complaints: {sum(l['complaint'] for l in labs)} emails "
             f"({sum(l['complaint'] and l['explicit'] for l in labs)} explicit), "
             f"{sum(l['complaint'] for l in scen.values())} scenarios",
             f"machine-made: {sum(l['auto_generated'] for l in labs)} emails, "
             f"{sum(l['auto_generated'] for l in scen.values())} scenarios",
             f"third party: {sum(l['third_party'] for l in labs)} emails",
             f"with any rights: {sum(bool(l['rights']) for l in labs)} emails, "
             f"{sum(bool(l['rights']) for l in scen.values())} scenarios",
             f"with automatic headers: {sum(bool(r['headers']) for r in records)} emails",
             "per right (emails/scenarios): " + ", ".join(
                 f"{r} {sum(r in l['rights'] for l in labs)}/{sum(r in l['rights'] for l in scen.values())}"
                 for r in RIGHTS),
             "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())),
             "categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
                 l["category"] for l in labs).items())),
             "mailboxes: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
                 r["mailbox"] for r in records).items()))]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
