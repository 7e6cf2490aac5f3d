#!/usr/bin/env python3
"""Evaluation set "quoted notice, judge B": mail that holds the lines automatic replies and notices use.

Group P (qnb-P01 .. qnb-P30): a PERSON quotes, in quotation marks, a line of an automatic reply, receipt,
notice or out-of-office they received, and writes about it (complaints, genuine-or-not questions, thanks,
rights requests). Group M (qnb-M01 .. qnb-M30): MACHINE-MADE mail (out-of-office and leave replies,
acknowledgements, receipts, read receipts, survey invitations, ticket and portal notices), most with quotation
marks of their own and most with no automatic header. 30 scenarios per mailbox, each rendered twice with
different envelopes. Stdlib only; labels by the labelling guide.

Usage: .venv/bin/python data/make/make_quoted_notice_judge_b.py  (writes data/trials/quoted_notice_judge_b.jsonl)
"""
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281302
PREFIX = "qnb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "quoted_notice_judge_b.jsonl")

# [[Q|...]] protects a quoted automatic line from typos; [[right|...]] marks a request sentence.
MARK_ANY = re.compile(r"\[\[([a-z_]+(?:,[a-z_]+)*|Q)\|([^\]]+)\]\]")
MARK_Q = re.compile(r"\[\[Q\|([^\]]+)\]\]")

FIRST_F = ["Aisling", "Bethan", "Chiamaka", "Deborah", "Eleni", "Fiona", "Gemma", "Harpreet", "Imogen", "Joanne",
           "Kirsty", "Leanne", "Marisol", "Nadia", "Olwen", "Priyanka", "Rosalind", "Sinead", "Tamsin", "Ursula",
           "Vanessa", "Wendy", "Yasmin", "Zofia"]
FIRST_M = ["Adrian", "Bilal", "Callum", "Declan", "Emeka", "Fraser", "Gavin", "Hamish", "Idris", "Jonah", "Kieran",
           "Lewis", "Marek", "Niall", "Olu", "Piotr", "Rory", "Stuart", "Tariq", "Vikram", "Warren", "Yusuf"]
LAST = ["Abernethy", "Bancroft", "Chaudhry", "Dunmore", "Ellwood", "Fairclough", "Gillespie", "Hargreaves", "Iqbal",
        "Jowett", "Kershaw", "Lomax", "McAllister", "Nwosu", "Ormerod", "Pemberton", "Quayle", "Rafferty", "Sandhu",
        "Thackeray", "Underwood", "Varley", "Whitworth", "Yeadon", "Zielinski", "Boateng", "Castell", "Drummond",
        "Everett", "Fenwick"]
STREETS = ["Chantry Close", "Linnet Way", "Rowan Drive", "Millbrook Road", "Quarry Lane", "Station Terrace",
           "Heron Court", "Beech Avenue", "Foundry Street", "Kingfisher Rise", "Sandford Road", "Willow Crescent"]
TOWNS = ["Macclesfield", "Harrogate", "Loughborough", "Taunton", "Bury St Edmunds", "Wrexham", "Kendal",
         "Chelmsford", "Stafford", "Truro"]
PERSONAL = ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "sky.com",
            "virginmedia.com", "talktalk.net", "proton.me"]
POOLS = {
    "lawfirm": [("Halloran Weeks Solicitors", "halloranweeks.co.uk"), ("Penmore Dale LLP", "penmoredale.co.uk"),
                ("Ashby Crane Conveyancing", "ashbycrane.co.uk"), ("Tillotson & Rowe", "tillotsonrowe.co.uk"),
                ("Greenhalgh Property Law", "greenhalghlaw.co.uk"), ("Fairleigh Stone Solicitors", "fairleighstone.co.uk")],
    "lender": [("Calder Mutual Building Society", "caldermutual.co.uk"), ("Northgate Home Loans", "northgatehomeloans.co.uk"),
               ("Brookmere Bank", "brookmerebank.co.uk")],
    "adviser": [("Riverside Debt Advice", "riversidedebtadvice.org.uk"), ("Clearpath Money Help", "clearpathmoney.org.uk"),
                ("Southgate Advice Centre", "southgateadvice.org.uk")],
    "solicitor": [("Whitcombe Barr Solicitors", "whitcombebarr.co.uk"), ("Lindley Osei LLP", "lindleyosei.co.uk"),
                  ("Capstone Legal", "capstonelegal.co.uk")],
    "kbs": [("Kestrel Building Society", "kestrelbs.co.uk")],
    "bhf": [("Beacon Home Finance", "beaconhomefinance.co.uk")],
    "scl": [("Sterling Credit Loans", "sterlingcredit.co.uk")],
    "fairway": [("Fairway Logistics", "fairwaylogistics.co.uk")],
    "millbrook": [("Millbrook Housing Trust", "millbrookhousing.org.uk")],
    "mp": [("House of Commons", "parliament.uk")],
}

GREET = {"pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Dear PEXA team,", "To whom it may concern,",
                  "Hi there,", "Dear Support,"],
         "conexus": ["Hello,", "Hi,", "Dear Sir or Madam,", "Good afternoon,", "Dear Conexus,", "To whom it may concern,",
                     "Hi there,", "Dear Customer Services,"]}
SIGN = ["Thanks,\n{first}", "Kind regards,\n{name}", "Regards,\n{name}", "Many thanks,\n{first}",
        "Best wishes,\n{name}", "Thank you,\n{name}", "Yours faithfully,\n{name}"]

P_ENVS = ["plain", "html", "quoted", "typo", "short", "html_quoted", "typo_quoted"]
M_ENVS = ["plain", "html", "quoted", "html_quoted", "short"]

C = short_labels  # shorthand
AUTO = short_labels(auto=True)


def long_d(d):
    return f"{d:%A} {d.day} {d:%B}"


def short_d(d):
    return f"{d.day} {d:%B}"


def weekday_back(d):
    while d.weekday() >= 5:
        d -= datetime.timedelta(days=1)
    return d


def next_weekday(d, wd):
    """The first date after d that falls on weekday wd (0 = Monday)."""
    step = (wd - d.weekday()) % 7 or 7
    return d + datetime.timedelta(days=step)


# ---------------------------------------------------------------------------------------------------------------
# Group P: a person quotes an automatic line

P = [
    dict(sid="P01", mb="pexa", pool="lawfirm", roles=["Senior Conveyancer", "Post-Completion Manager"], lead=True,
         subjects=["Lodgement stuck on workspace {ws}", "Workspace {ws} - still no reply"],
         body="""
[[Q|“Thank you for contacting PEXA Support. Your request has been logged and a member of the team will respond within one business day.”]]

That is the only thing I have received since I raised the stuck lodgement on workspace {ws} on {sent_s}. It is now {n_wd} working days later. The registration is still sitting at pending, the buyer's lender is asking us every morning what is going on, and I have nothing to tell them.

Please can someone who can actually see the workspace ring me today on {phone} and tell me what is happening.
""",
         short="""
[[Q|“Thank you for contacting PEXA Support. Your request has been logged and a member of the team will respond within one business day.”]]
That was {n_wd} working days ago ({sent_s}), about the stuck lodgement on {ws}. Still nothing. Please call me today on {phone}.
""",
         prior=("PEXA Support", "Thank you for contacting PEXA Support. Your request has been logged and a member of the team will respond within one business day.\n\nCase reference: {ref}\n\nThis email was sent automatically. Please do not reply to it."),
         labels=C(c=True, cat="delay"),
         note="A person quoting the support desk's automatic acknowledgement and chasing a request unanswered for many working days is an implicit complaint about delay; the quoted automatic line does not make the mail auto_generated."),

    dict(sid="P02", mb="pexa", pool="lender", roles=["Completions Officer", "Team Leader, Completions"],
         subjects=["Funds release problem - workspace {ws}", "Who is covering for {staff_f}?"],
         body="""
I emailed {staff} on {sent_s} about the funds release on workspace {ws} and got back:

[[Q|"I am out of the office until {ret_long}. For anything urgent please
contact my colleague {c1}, who will be happy to help."]]

So I sent the whole thing to {c1f} the same day, again two days later, and left a voicemail. Nothing at all. {staff_f} was due back on {ret_s}, that has come and gone, and we still have not heard from either of them. We have a completion booked for Friday that depends on this.

I need a named person to pick this up and reply to me by the end of today.
""",
         prior=("{staff}", "I am out of the office until {ret_long}. For anything urgent please contact my colleague {c1}, who will be happy to help.\n\n{staff}\nRelationship Manager, PEXA"),
         labels=C(c=True, cat="delay"),
         note="The writer quotes an out-of-office that named a colleague who never replied and demands a named contact today: an implicit complaint, category delay because the reply is late."),

    dict(sid="P03", mb="pexa", pool="lawfirm", roles=["Accounts Manager", "Cashier"],
         subjects=["Complaint - workspace fee taken twice ({ws})", "Duplicate fee on workspace {ws}"],
         body="""
I want to make a complaint about your billing. We have been charged the workspace fee for {ws} twice. On {sent_s} we received two separate emails, four minutes apart, each headed [[Q|'This is a receipt for your payment of {amt} for workspace {ws}']]. Both amounts have left our client account, which we are required to keep exact to the penny.

Please refund the duplicate payment, confirm in writing when it has been sent, and explain why your system took the fee twice. I have attached both receipts.
""",
         prior=("PEXA Billing", "This is a receipt for your payment of {amt} for workspace {ws}.\n\nReceipt number: {ref}\n\nThis email was sent automatically."),
         labels=C(c=True, ex=True, cat="fees_charges"),
         note="The writer calls it a complaint in their own words and the grievance is a platform fee charged twice (shown by two quoted receipts): explicit complaint, fees_charges."),

    dict(sid="P04", mb="pexa", pool="lawfirm", roles=["Partner", "Head of Residential Property"],
         subjects=["Settlement failed despite your notice - {addr}", "{ws} - your notice said no action needed"],
         body="""
At 9.12 on the morning of completion we received your notification for workspace {ws}, which read:
[[Q|‘All parties have signed. Settlement is scheduled for 11:30 today.
No further action is required.’]]
We took that at face value. At 11:30 the settlement did not go through, because the lender's signature had never been applied. The workspace itself showed it as missing, so the notification was plainly generated from the wrong status. Our clients at {addr} sat outside with their removal van for three hours.

I need an explanation of how the platform produced that notice, what you are doing to stop it happening again, and how you propose to cover the extra removal costs.
""",
         prior=("PEXA Notifications", "All parties have signed. Settlement is scheduled for 11:30 today.\nNo further action is required.\n\nWorkspace {ws}, notice {ref}", "past"),
         labels=C(c=True, cat="platform_defect"),
         note="An automatic platform notice that reported the wrong signing status and led to a failed settlement is a system failure; the writer wants an explanation and costs, so implicit complaint, platform_defect."),

    dict(sid="P05", mb="pexa", pool="consumer", lead=False,
         subjects=["my purchase of {addr} - solicitor not replying", "can anyone help? Orchard Lane not answering"],
         body="""
I'm buying {addr}, {town}, and my solicitors are Orchard Lane. Every email I send to my conveyancer gets the same answer, [[Q|"I'm away until Monday and will reply on my return."]] I have now had that reply on three different Mondays. Nobody else at Orchard Lane picks it up and the phone goes to voicemail.

The estate agent says the seller will pull out if we don't exchange by the end of the month. I know you only run the system they use, but could you please pass this on to someone at Orchard Lane who can get my file moving, or tell me who I should be speaking to?
""",
         short="""
My solicitor at Orchard Lane only ever sends [[Q|"I'm away until Monday and will reply on my return."]] Three Mondays now, no reply, and my purchase of {addr} is about to fall through. Please can you get someone at Orchard Lane to deal with it?
""",
         labels=C(c=True, cat="delay", firm="ols"),
         note="A buyer's grievance is purely about their own solicitor (Orchard Lane) not replying, so the complaint is forwarded: about_other_firm=ols, category delay; the quoted out-of-office is the solicitor's, not PEXA's."),

    dict(sid="P06", mb="pexa", pool="consumer",
         subjects=["Completion day - funds never arrived", "Thames Valley told us the money was sent"],
         body="""
On completion day we got this email from Thames Valley Mortgages at 8.05am:
[[Q|“Good news! Your mortgage funds have been released and will reach your solicitor today. This email was sent automatically, please do not reply.”]]
They had not been released. Our solicitor spent the day on the phone to Thames Valley and the money did not arrive until the following afternoon, so we paid the removal firm for an extra day and stayed with my sister.

Our solicitor said PEXA might be able to raise this with them. We want Thames Valley to explain why they told us the funds were sent when they were not, and to pay back the {amt} it cost us.
""",
         labels=C(c=True, cat="inaccurate_information", firm="tvm"),
         note="The borrower's grievance is only the lender's automatic email that wrongly said funds were released, so it is forwarded (about_other_firm=tvm); inaccurate_information beats delay because the wrong information caused the late funds."),

    dict(sid="P07", mb="pexa", pool="lawfirm", roles=["Practice Manager", "IT and Compliance Officer"],
         subjects=["Is this email from you?", "Suspicious 'verify your credentials' message"],
         body="""
Before anyone here clicks on it: three of our fee earners received an email this morning from an address ending pexa-secure-login.com, saying
[[Q|'This email was sent automatically. Please verify your PEXA credentials within 24 hours
or your access to all workspaces will be suspended.']]
followed by a link. It carries your logo but the address looks wrong to me.

Can you confirm whether this came from PEXA? If it didn't, let me know if you'd like a copy forwarded to your security team.
""",
         labels=C(),
         note="A person quoting a suspicious automatic notice and asking whether it is genuine is a neutral enquiry: not a complaint and no right ('access' means workspace access)."),

    dict(sid="P08", mb="pexa", pool="lawfirm", roles=["Partner", "Senior Associate"],
         subjects=["Thank you - {addr}", "Thanks to {c1f}"],
         body="""
Just a quick note. When I emailed {staff_f} on Tuesday I got the auto-reply [[Q|"I'm on leave until the 3rd but {c1} will pick up anything urgent"]] and I wasn't expecting much. {c1f} rang me within the hour, found the duplicate workspace and had it merged before our 2pm completion on {addr}.

Please pass my thanks on to {c1f}. It made a stressful afternoon a lot easier.
""",
         short="""
Your auto-reply said [[Q|"I'm on leave until the 3rd but {c1} will pick up anything urgent"]], and {c1f} did exactly that: workspace merged before our 2pm completion. Please pass on my thanks.
""",
         labels=C(),
         note="Thanks for a matter already put right is not a complaint, even though it quotes an out-of-office line; nothing is still wrong and no remedy is asked."),

    dict(sid="P09", mb="pexa", pool="lawfirm", roles=["Compliance Officer (COLP)", "Senior Conveyancer"],
         subjects=["Another firm's client details sent to us", "Your notice for workspace {ws} - wrong clients"],
         body="""
This morning we received an automatic notice from the platform headed [[Q|"Your document pack is ready to download"]]. The pack was not ours. It contains the names, dates of birth and new address of a couple buying {addr} through a firm we have nothing to do with, together with their mortgage offer.

We have not forwarded it and will delete our copy once you confirm. But this is exactly what our own clients trust you not to do. I need to know how it happened, whether our clients' packs have gone to anyone else, and that the other firm and its clients are being told.
""",
         prior=("PEXA Notifications", "Your document pack is ready to download.\n\nWorkspace: {ws}\nPack reference: {ref}\n\nThis message was generated automatically.", "today"),
         labels=C(c=True, pd=True, br=True, cat="personal_data"),
         note="The platform's automatic notice disclosed another firm's clients' data to the writer, who is dissatisfied and wants answers: implicit complaint with personal_data and breach; 'delete our copy' is not an erasure request."),

    dict(sid="P10", mb="pexa", pool="lawfirm", roles=["Director", "Managing Partner"],
         subjects=["Our application to join PEXA", "Verification - five weeks and counting"],
         body="""
When we applied to join the platform on {sent5w_long}, your system replied: [[Q|‘Your application has been received. We aim to complete verification within 5 business days.’]] We are now in the fifth week. We have sent the certified ID twice, and each time we were told it had been passed to the verification team.

We have two purchases that the sellers' solicitors want to run through PEXA, and we are close to losing one of them. Please tell me what is holding up our verification and when it will be finished.
""",
         prior=("PEXA Onboarding", "Your application has been received. We aim to complete verification within 5 business days.\n\nApplication reference: {ref}", "sent5w"),
         labels=C(c=True, cat="onboarding"),
         note="Verification of a new participant running weeks past the automatic acknowledgement's promise, with a demand for a date: implicit complaint, onboarding beats delay as the more specific theme."),

    dict(sid="P11", mb="pexa", pool="consumer",
         subjects=["Text message about my sale", "who are PEXA?"],
         body="""
I've had a text from PEXA saying [[Q|"Your sale of {addr} has settled. This message was sent automatically, please do not reply."]] Good news, and my solicitor confirms it's right, so no problem there. I had just never heard of PEXA before.

[[informed|Could you tell me where you got my mobile number, what you use it for and who you share it with?]]
""",
         labels=C(r="informed"),
         note="No dissatisfaction ('no problem there'), so not a complaint; asking where the number came from, what it is used for and who receives it is the informed right."),

    dict(sid="P12", mb="pexa", pool="lawfirm", roles=["Training Coordinator", "Office Manager"],
         subjects=["Complaint - missed training session {sent_s}", "Training booking - no joining link"],
         body="""
Two of our new conveyancers were booked onto your settlement training on {sent_s}. The booking confirmation said [[Q|“Joining instructions will be sent automatically 24 hours before the session.”]] They never arrived. Both of them blocked out the morning, chased your training inbox, and were told at 10.20 that the session had started without them.

I would like to complain about this. We are now being asked to pay again to re-book, which isn't fair when the instructions were never sent. Please waive the fee and give us two places on the next session.
""",
         prior=("PEXA Training", "Thank you for booking. Joining instructions will be sent automatically 24 hours before the session.\n\nBooking reference: {ref}", "sent5w"),
         labels=C(c=True, ex=True, cat="training"),
         note="The writer says 'I would like to complain' about missing joining instructions for a training session: explicit complaint; training is the specific theme even though a re-booking fee is mentioned."),

    dict(sid="P13", mb="pexa", pool="lawfirm", roles=["Conveyancing Executive", "Associate"],
         subjects=["Re: How did we do?", "Your feedback survey"],
         body="""
I'd rather answer this to a person than tick boxes. Last week I rang the support line about a workspace that wouldn't let our lender sign. I was put through three times, each person told me something different, one of them told me to just start a new workspace (which would have lost the whole file), and nobody rang back as promised.

I'd like a manager to call me about how that was handled. That's my answer to your question, [[Q|“How did we do?”]]
""",
         short="""
Three transfers, three different answers, a suggestion that would have lost the whole file, and no call back. I'd like a manager to ring me. That's my answer to [[Q|“How did we do?”]]
""",
         prior=("PEXA Support", "How did we do? You recently contacted PEXA Support (case {ref}). Please take two minutes to rate the help you received.", "past"),
         labels=C(c=True, cat="service_quality"),
         note="Replying to a survey invitation with a critical account of inconsistent, unhelpful staff and asking for a manager's call is an implicit complaint about service_quality; the quoted 'How did we do?' is the survey's line."),

    dict(sid="P14", mb="pexa", pool="lawfirm", roles=["Solicitor", "Senior Conveyancer"],
         subjects=["Wrong status on my user profile", "Your email says my certificate has expired - it hasn't"],
         body="""
Yesterday I received an automatic email from the platform: [[Q|"Your practising certificate has expired. Your user status is now Unverified."]] My certificate was renewed last month and the regulator's register shows it. Since then every workspace invitation I send shows other firms the word Unverified next to my name, and one lender's panel team has already asked whether I am allowed to act.

[[rectification|Please correct my record to show the renewed certificate.]] [[restriction|Until that is done, please stop showing the Unverified status to other participants.]] I would also like to know how this happened, because it is doing real damage to my reputation.
""",
         prior=("PEXA Notifications", "Your practising certificate has expired. Your user status is now Unverified.\n\nUser reference: {ref}", "past"),
         labels=C(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
         note="The grievance is an inaccurate status held and shown about the writer (inaccurate personal data), with correct-it and stop-showing-it-meanwhile requests: implicit complaint, personal_data, rights rectification and restriction."),

    dict(sid="P15", mb="pexa", pool="lawfirm", roles=["Conveyancing Assistant", "Paralegal"],
         subjects=["Re: Your support ticket", "Ticket - happy for it to close"],
         body="""
Your message says [[Q|"This ticket has been marked as resolved. If we do not hear from you within 7 days it will close automatically."]] Yes, all fine now. The certificate upload worked first time this morning after {c1f}'s fix, so please go ahead and close it.

Thanks for the quick turnaround.
""",
         short="""
Re [[Q|"This ticket has been marked as resolved."]]: yes, it's working now, please close it. Thanks.
""",
         prior=("PEXA Support", "This ticket has been marked as resolved. If we do not hear from you within 7 days it will close automatically.\n\nTicket {ref}", "past"),
         labels=C(),
         note="Confirming a ticket is resolved and thanking the team is not a complaint; the quoted automatic closure line is only context."),

    # ------------------------------------------------------------- conexus
    dict(sid="P16", mb="conexus", pool="consumer",
         subjects=["Payment receipt has the wrong account number", "Account {acct} - my payment"],
         body="""
I paid {amt} by card on {sent_s} as agreed on my plan. The email I got back said [[Q|'This is a receipt for your payment of {amt} to account {acct2}']]. That is not my account number. Mine is {acct}. Today I had a letter saying my plan has been broken because no payment was received.

Please move the payment to my account, take the missed payment off, and confirm the plan is still in place. I don't want this held against me for your mistake.
""",
         prior=("Conexus Payments", "This is a receipt for your payment of {amt} to account {acct2}.\n\nTransaction reference: {ref}"),
         labels=C(c=True, cat="debt_dispute"),
         note="The receipt shows a wrong account reference and the writer disputes the arrears because the writer has already paid: implicit complaint, debt_dispute, about Conexus's own handling (about_other_firm null)."),

    dict(sid="P17", mb="conexus", pool="consumer", lead=True,
         subjects=["Still no reply - payment plan", "3 weeks and no answer"],
         body="""
[[Q|“Thank you for your email. We aim to respond to all emails within 2 working days.”]]

That was your automatic reply on {sent_s}, when I asked to reduce my payments to {amt} a month because my hours have been cut. That is over three weeks ago and I have had nothing since, while the old amount keeps coming out of my account. Please reply to my request this week.
""",
         short="""
[[Q|“We aim to respond to all emails within 2 working days.”]] I wrote on {sent_s}. Three weeks, no reply, and the old amount is still being taken. Please answer this week.
""",
         prior=("Conexus Customer Services", "Thank you for your email. We aim to respond to all emails within 2 working days.\n\nYour reference: {ref}"),
         labels=C(c=True, cat="delay"),
         note="A 'still waiting' chaser set against the quoted automatic promise is an implicit complaint about delay; the automatic line is quoted, so the mail is not auto_generated."),

    dict(sid="P18", mb="conexus", pool="adviser", roles=["Money Adviser", "Senior Debt Caseworker"],
         subjects=["Client {cname_f} - {acct} - complaint response overdue", "Re: your out of office - client {cname_f}"],
         body="""
I am writing again on behalf of my client, {cname_f}, account {acct}.

On {sent_s} we complained about the charges added to her account. The only reply was {staff}'s out-of-office: [[Q|“I am on annual leave until {ret_long}. In my absence please contact {c1}.”]] I wrote to {c1f} that afternoon and twice since. None of those emails has been acknowledged, and {staff_f} has now been back for over a week.

Please tell me who is dealing with my client's complaint and when we will have your response.
""",
         prior=("{staff}", "I am on annual leave until {ret_long}. In my absence please contact {c1}.\n\n{staff}\nConexus"),
         labels=C(c=True, ex=True, tp=True, cat="delay"),
         note="A money adviser chasing, for her client, a complaint the adviser made ('we complained', 'my client's complaint') after the quoted out-of-office led nowhere: explicit complaint about delay, third_party."),

    dict(sid="P19", mb="conexus", pool="consumer",
         subjects=["Is this email genuine?", "Pennant Mobile account passed to you?"],
         body="""
I've received an email that says [[Q|"This email was sent automatically by Conexus on behalf of Pennant Mobile. Your account has been passed to us for collection."]] I did have a Pennant contract that I cancelled last year, so it may well be right, but I've had scam emails before and I'd like to check before I pay anything.

Can you confirm the email came from you, and what the balance is? My old Pennant account number was {pmt_acct}.
""",
         short="""
Did you send this? [[Q|"This email was sent automatically by Conexus on behalf of Pennant Mobile."]] If so, what's the balance? Old Pennant account {pmt_acct}.
""",
         labels=C(),
         note="Asking whether a quoted automatic collection notice is genuine and what the balance is, without disputing it, is an enquiry: not a complaint; Pennant is named only as the creditor."),

    dict(sid="P20", mb="conexus", pool="consumer",
         subjects=["Northline Energy - I'm in credit, not in debt", "Your letter ref {acct}"],
         body="""
Your letter says I owe Northline Energy {amt}. Two weeks before it arrived, Northline sent me this:

[[Q|'Your final statement is ready. Your account is in credit by £18.40.
No further payment is needed.']]

I'm not blaming you, you can only go on what Northline send you. But their billing is clearly wrong somewhere and I'm not paying a debt their own system says doesn't exist. Please send this back to Northline, get them to sort their figures out, and don't chase me for it until they have.
""",
         labels=C(c=True, cat="debt_dispute", firm="nte"),
         note="The debt is disputed on the creditor's own statement and the writer expressly does not blame Conexus: only Northline can fix the root cause, so about_other_firm=nte, debt_dispute."),

    dict(sid="P21", mb="conexus", pool="consumer",
         subjects=["My father, {cname_m} - please stop the automated calls", "Calls to my dad, ref {acct}"],
         body="""
I'm writing for my father, {cname_m}, who is in hospital after a stroke. I phoned on {sent_s} to explain this and was told the account would be put on hold for 30 days.

Since then his landline has had a recorded message almost every day: [[Q|"This is an automated message from Conexus. Please call us urgently on {cxphone}."]] My mother is 81 and panics every time she hears it. She thinks he is going to be taken to court.

Please stop these calls now, put the hold in place that I was promised, and write to me instead. I hold lasting power of attorney for him and can send it again if needed.
""",
         labels=C(c=True, tp=True, cat="collection_conduct"),
         note="A daughter with power of attorney writes for her father about automated collection calls continuing despite a promised hold and his vulnerability: implicit complaint, collection_conduct, third_party; 'stop these calls' is a conduct remedy, not objection."),

    dict(sid="P22", mb="conexus", pool="consumer",
         subjects=["how did we do??", "your text after my call"],
         body="""
You want to know [[Q|‘How did we do? Reply 1 to 5 to rate your call today.’]] I'll tell you. 47 minutes on hold, then cut off the moment someone answered. That's the second time this week. All I'm trying to do is set up a payment for account {acct}.

Ring me back on {mob} before 5 and I'll sort it in two minutes.
""",
         short="""
[[Q|‘How did we do?’]] 47 mins on hold then cut off, 2nd time this week. Just want to pay, acct {acct}. Ring me on {mob}.
""",
         labels=C(c=True, cat="wait_time"),
         note="Answering a quoted survey text with a long hold and a cut-off call and asking for a call back is an implicit complaint; waiting to reach someone is wait_time, not delay."),

    dict(sid="P23", mb="conexus", pool="consumer",
         subjects=["Formal complaint - my receipt sent to my ex-partner", "Data breach - account {acct}"],
         body="""
I want to make a formal complaint. My ex-partner has forwarded to me an email she received from you yesterday, which starts [[Q|"This is a receipt for your payment of {amt}"]] and shows my name, account number and the balance I still owe. We separated two years ago. I gave you my new email address over the phone months ago and you clearly never changed it.

She now knows my financial business and has already mentioned it to my family. [[rectification|Please update my account so that it only has my current email address, {email}.]] I also want an explanation of why this happened and what you will do about it.
""",
         labels=C(c=True, ex=True, pd=True, br=True, r="rectification", cat="personal_data"),
         note="A receipt with account details went to an ex-partner's old address (a disclosure) and the writer calls it a formal complaint: explicit, personal_data and breach, category personal_data; updating the email address is rectification."),

    dict(sid="P24", mb="conexus", pool="scl", roles=["Collections Partnerships Manager", "Head of Recoveries"],
         subjects=["Monthly remittance report - no cover", "Who is managing our account?"],
         body="""
Our account manager {staff}'s auto-reply still says [[Q|“I'm out of the office until {ret_long} with limited access to email”]] and that date has passed. In the meantime our monthly remittance report hasn't arrived, and when our finance team rang your switchboard they were given three different names and told by one person to wait for {staff_f} to come back.

We pay you to manage these accounts. I need to know who is covering our portfolio now, and I would like a call from a senior manager about how this has been handled.
""",
         prior=("{staff}", "I'm out of the office until {ret_long} with limited access to email.\n\n{staff}\nClient Account Manager, Conexus"),
         labels=C(c=True, cat="service_quality"),
         note="A creditor client's staff member writes for their own firm about no cover behind a quoted out-of-office and inconsistent answers: implicit complaint, service_quality; not third_party, and the sender firm is not the subject."),

    dict(sid="P25", mb="conexus", pool="consumer",
         subjects=["Thank you - payment plan set up", "Thanks to {c1f}"],
         body="""
I wanted to say thank you. After I spoke to {c1f} on Monday I got the email saying [[Q|"Your payment plan has been set up. This is your confirmation, please keep it for your records."]] and the first payment went out fine this morning.

{c1f} was patient with me when I was upset on the phone and explained everything. I've been dreading dealing with this for months and it was much easier than I expected.
""",
         short="""
Got the [[Q|"Your payment plan has been set up"]] email and the first payment went fine. Please thank {c1f} for being so patient with me.
""",
         prior=("Conexus Payments", "Your payment plan has been set up. This is your confirmation, please keep it for your records.\n\nPlan reference: {ref}", "past"),
         labels=C(),
         note="Thanks after a plan was set up, quoting the automatic confirmation: no dissatisfaction with the firm and nothing asked, so not a complaint."),

    dict(sid="P26", mb="conexus", pool="consumer",
         subjects=["Request for my information - account {acct}", "Data request"],
         body="""
I wrote to your general inbox last week and the automatic reply said: [[Q|‘For data protection requests, please email complaints@conexus.co.uk with your account number and date of birth.’]] So here it is.

[[access|Please send me a copy of all the personal data you hold about me, including notes on my account and any call recordings.]] My account number is {acct} and my date of birth is {dob}. Email is fine.
""",
         prior=("Conexus Customer Services", "Thank you for your email.\nFor data protection requests, please email complaints@conexus.co.uk with your account number and date of birth.\n\nReference: {ref}", "past"),
         labels=C(r="access"),
         note="A calm request for a copy of one's data, sent where the quoted automatic reply said to send it: the access right with no dissatisfaction, so not a complaint (the 'complaints' address is not a grievance)."),

    dict(sid="P27", mb="conexus", pool="solicitor", roles=["Solicitor", "Associate Solicitor"],
         subjects=["Our client {cname_f} - your ref {acct}", "{cname_f} - collection continued while on hold"],
         body="""
We act for {cname_f}. On {sent_s} we disputed this debt on her behalf as statute-barred, and your system replied the same day: [[Q|"Your account has been placed on hold while we investigate your dispute. You will not be contacted about payment during this time."]]

Four days later she received a letter demanding payment within 14 days and two calls from your agents. She is anxious and has had to take time off work.

Please confirm that all collection activity has stopped, that your agents have been told, and explain why the hold was ignored.
""",
         prior=("Conexus Disputes", "Your account has been placed on hold while we investigate your dispute. You will not be contacted about payment during this time.\n\nDispute reference: {ref}"),
         labels=C(c=True, tp=True, cat="collection_conduct"),
         note="A solicitor writing for a client about collection letters and calls during a hold promised by the quoted automatic notice: implicit complaint, third_party; the grievance is how the debt is pursued, so collection_conduct rather than debt_dispute."),

    dict(sid="P28", mb="conexus", pool="consumer",
         subjects=["Your loan offer email", "Why am I getting marketing from you?"],
         body="""
I've had an email from you offering me a consolidation loan from one of your trusted partners. At the bottom it says [[Q|'You are receiving this because you agreed to hear about offers from our partners. This email was sent automatically.']] I agreed to no such thing. I only have an account with you because my old phone contract was sold on.

[[informed|Tell me where you got my email address and on what legal basis you are using it for marketing.]] [[objection|I object to my data being used for marketing of any kind.]] I expect a proper answer, not another automatic one.
""",
         prior=("Conexus Offers", "You are receiving this because you agreed to hear about offers from our partners. This email was sent automatically.\n\nOffer code: {ref}", "past"),
         labels=C(c=True, pd=True, r="informed,objection", cat="personal_data"),
         note="Unexpected marketing use of the writer's email, with demands for the source and basis and an objection: implicit complaint about data handling, personal_data, rights informed and objection."),

    dict(sid="P29", mb="conexus", pool="adviser", roles=["Debt Adviser", "Money Advice Caseworker"],
         subjects=["Client {cname_m}, account {acct} - phone-only rule", "Payment arrangement for a deaf client"],
         body="""
I'm a debt adviser at {org} and I'm writing on behalf of {cname_m}, who is profoundly deaf. When he emailed you to set up an arrangement, your auto-reply said:
[[Q|“Payment arrangements can only be agreed by telephone.
Please call us on {cxphone}.”]]
He can't use the phone, and when I rang on his behalf I was told the rule applies to advisers too unless he rings first to give consent.

That rule shuts him out completely. Please agree the arrangement in writing with me, and let me know whether you will change this for customers who cannot use a phone.
""",
         prior=("Conexus Customer Services", "Payment arrangements can only be agreed by telephone.\nPlease call us on {cxphone}.\n\nReference: {ref}", "past"),
         labels=C(c=True, tp=True, cat="process"),
         note="An adviser writing for a client objects to the phone-only rule quoted from the automatic reply: the rule itself is the grievance, so implicit complaint, category process, third_party."),

    dict(sid="P30", mb="conexus", pool="consumer",
         subjects=["Complaint - card payment fee", "Why was I charged {fee} to pay you?"],
         body="""
I am complaining about the fee you added to my card payment on {sent_s}. Nobody told me there was a fee when I paid, and your letters say nothing about one. Please refund it and take it off my balance, and send me your bank details so I can pay by transfer in future if that avoids it.

Your own receipt says it plainly: [[Q|"A processing fee of {fee} has been applied."]]
""",
         short="""
I'm complaining about the {fee} fee on my card payment. Nobody mentioned it. Please refund it. Your receipt: [[Q|"A processing fee of {fee} has been applied."]]
""",
         prior=("Conexus Payments", "This is a receipt for your payment of {amt}. A processing fee of {fee} has been applied.\n\nReceipt: {ref}"),
         labels=C(c=True, ex=True, cat="fees_charges"),
         note="The writer says they are complaining about a fee added to her payment, quoted from the receipt at the end: explicit complaint, fees_charges (a charge on top, not the debt itself)."),
]

# ---------------------------------------------------------------------------------------------------------------
# Group M: machine-made

AR_HDRS = [{"auto-submitted": "auto-replied", "x-autoreply": "yes"},
           {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All", "precedence": "auto_reply"}]

M = [
    dict(sid="M01", mb="pexa", pool="lawfirm", roles=["Partner", "Associate Solicitor"],
         origs=["Workspace {ws} - signing authority", "Your query about {addr}"], subject="Re: {orig}",
         body="""
Thank you for your email. I am out of the office until {fret_long} and will have limited access to email. If your message concerns a completion taking place before then, please contact our "Completions Desk" on {phone} or completions@{dom}, quoting the property address.

{name}
{role}, {org}
""",
         short="""
Out of the office until {fret_long}. Completions before then: "Completions Desk", {phone}.

{name}
""",
         prior=("PEXA Support", "Dear {first},\n\nThank you for your query. We have checked the signing authority on the workspace and ... (case {ref})\n\nKind regards,\n{staff}\nPEXA Support"),
         note="An out-of-office text ('out of the office until', alternative contact) with no automatic header is still auto_generated; everything else empty."),

    dict(sid="M02", mb="pexa", pool="kbs", roles=["Completions Administrator", "Redemptions Officer"],
         origs=["Funds release - workspace {ws}", "Redemption figure for {addr}"], subject="Automatic reply: {orig}",
         headers=AR_HDRS,
         body="""
I'm away from the office on annual leave until {fret_long}. Your email has not been forwarded. For funds release or redemption queries please contact the Completions team on {phone}.

{name}
Kestrel Building Society
""",
         short="""
On annual leave until {fret_long}. Completions team: {phone}.
""",
         prior=("PEXA Support", "Dear {first},\n\nWe are writing about the funds release on the workspace for {addr} (case {ref}).\n\nKind regards,\n{staff}"),
         note="Auto-Submitted/X-Autoreply style headers and annual-leave wording from a lender's staff member: auto_generated; the firm named is only the sender, so no other label."),

    dict(sid="M03", mb="pexa", sender=["Client Care <clientcare@orchardlanesolicitors.co.uk>",
                                       "Orchard Lane Solicitors Client Care <clientcare@orchardlanesolicitors.co.uk>"],
         origs=["Forwarded consumer complaint - {addr}", "Buyer correspondence - {addr}"], subject="Re: {orig}",
         body="""
Thank you for contacting Orchard Lane Solicitors Client Care. Your message "{orig}" has been received and given the reference {olsref}. A member of our team will respond within five working days.

This is an automated acknowledgement. Please do not reply to this email.

Orchard Lane Solicitors, 3 Orchard Lane, Stockport SK1 3EJ
""",
         prior=("PEXA Customer Resolution", "Dear Client Care team,\n\nWe have received the enclosed correspondence from your client about {addr} and are forwarding it to you as the responsible firm (our ref {ref}).\n\nKind regards,\n{staff}"),
         note="A participant firm's automatic acknowledgement quoting our subject in quotation marks is auto_generated; the word 'complaint' in the quoted subject does not make it a complaint, and about_other_firm stays null."),

    dict(sid="M04", mb="pexa", pool="lender", roles=["Mortgage Completions"],
         origs=["Workspace {ws} fee query", "Settlement time for {addr}"], subject="Read: {orig}",
         body="""
Your message

  To: {name}
  Subject: {orig}
  Sent: {sent_dt}

was read on {read_dt}.
""",
         note="A read receipt ('was read on ...') is machine-made even with no header and a person's address: auto_generated, all else empty."),

    dict(sid="M05", mb="pexa", sender=["{first} at Brightwell Learning <{firstl}@brightwell-learning.co.uk>",
                                       "{first} {last} <{firstl}@brightwell-learning.co.uk>"],
         origs=[""], subject="Your course on {past_s}",
         body="""
Hi there,

Thanks for attending "Handling Complaints Well: Practical Skills" on {past_s}. How did we do? It takes two minutes to tell us:

https://feedback.brightwell-learning.co.uk/r/{code}

This email was sent automatically to all attendees. If you'd rather not receive course feedback requests, just reply STOP.

The Brightwell Learning team
""",
         note="A course survey invitation ('How did we do?') sent to all attendees is auto_generated even from a person-like address with an ordinary subject; 'Complaints' in the course title sets nothing."),

    dict(sid="M06", mb="pexa", sender=["Harrow Print Accounts <accounts@harrowprint.co.uk>",
                                       "Harrow Print Ltd <accounts@harrowprint.co.uk>"],
         origs=[""], subject="Invoice {inv} - payment",
         body="""
This is a receipt for your payment of {amt2} to Harrow Print Ltd.

Invoice: "{inv}" (leaflets, "Your rights when a settlement fails", 2,000 copies)
Paid by: bank transfer
Date received: {past_s}

Thank you for your business. This receipt was generated automatically; please keep it for your records.
""",
         note="A supplier's automatic payment receipt is auto_generated; 'your rights' in a quoted leaflet title is not a rights request."),

    dict(sid="M07", mb="pexa", sender=["Greyfriars Law IT Service Desk <servicedesk@greyfriarslaw.co.uk>",
                                       "IT Service Desk <servicedesk@greyfriarslaw.co.uk>"],
         origs=[""], subject="Re: Workspace invitation not opening",
         body="""
Ticket {tick2} "Workspace invitation not opening" has been updated.

Status: Awaiting customer
Assigned to: {c1}
Last comment: "Have asked PEXA to reissue the invitation, waiting for their reply."

You are receiving this because you were copied on the ticket. Replies to this email are added to the ticket automatically.

Greyfriars Law IT Service Desk
""",
         note="A participant firm's ticket-system update with a quoted ticket title and comment is a system notification: auto_generated, firm not the subject of anything."),

    dict(sid="M08", mb="pexa", pool="bhf", roles=["Redemptions Team"],
         origs=["Redemption statement - {addr}", "Workspace {ws} - lender signature"], subject="Out of Office: {orig}",
         headers=[{"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
                  {"auto-submitted": "auto-replied", "x-autoreply": "yes"}],
         body="""
Thank you for your message "{orig}". I am currently out of the office until {fret_long}. If your query is about a redemption statement, please email redemptions@beaconhomefinance.co.uk and a colleague will respond.

Kind regards
{name}
Beacon Home Finance
""",
         prior=("PEXA Support", "Dear {first},\n\nThe lender signature on the workspace is still outstanding (case {ref}). Could you let us know when it will be applied?\n\nThanks,\n{staff}"),
         note="An out-of-office with auto-reply headers that quotes the subject it answers: auto_generated; Beacon is only the sender."),

    dict(sid="M09", mb="pexa", pool="lawfirm", roles=["Senior Associate", "Conveyancer"],
         origs=["Completion statement - {addr}", "Workspace {ws} invitation"], subject="Re: {orig}",
         body="""
{name} has set the following automatic reply:

"I'm working reduced hours this week and will reply to all emails by {fri_long}. If it can't wait, please call the office on {phone}."
""",
         prior=("PEXA Support", "Hi {first},\n\nThe invitation for the workspace has been reissued (case {ref}). Let us know if it still does not open.\n\n{staff}"),
         note="The whole automatic reply is set in quotation marks by the system that sends it; it is still machine-made, so auto_generated and nothing else."),

    dict(sid="M10", mb="pexa", pool="lawfirm", roles=["Solicitor", "Associate"],
         origs=["Your question about lodgement timings", "Workspace {ws} - discharge upload"], subject="Re: {orig}",
         body="""
Thank you for your email. I am on maternity leave until {leave_month} and this mailbox is not being monitored. Your email has not been forwarded. Please resend it to our 'Practice Manager', {c1}, at {c1mail}@{dom}.

{name}
{org}
""",
         prior=("PEXA Support", "Dear {first},\n\nFollowing up on your question from last week (case {ref}) ...\n\nKind regards,\n{staff}"),
         note="A parental-leave auto-reply with no headers and an ordinary subject is auto_generated; the quoted job title sets nothing."),

    dict(sid="M11", mb="pexa", sender=["Marsh & Penrose Conveyancing <newenquiries@marshpenrose.co.uk>",
                                       "M&P New Enquiries <newenquiries@marshpenrose.co.uk>"],
         origs=["Workspace {ws} - transfer signature", "Transfer for {addr}"], subject="Re: {orig}",
         body="""
Thanks for getting in touch with Marsh & Penrose Conveyancing.

You wrote: "Please could you confirm whether your client has now signed the transfer in workspace {ws}?"

This email was sent automatically to confirm we have your message. One of the team will be in touch within two working days. If your matter relates to a completion today, please call {phone} rather than emailing.

Marsh & Penrose Conveyancing
""",
         prior=("PEXA Support", "Please could you confirm whether your client has now signed the transfer in workspace {ws}?\n\nCase {ref}\n{staff}"),
         note="An automatic acknowledgement that quotes a line of the mail it answers is auto_generated; the participant firm is only the sender."),

    dict(sid="M12", mb="pexa", sender=["Lynx Voice Customer Experience <feedback@lynxvoice.co.uk>",
                                       "Lynx Voice <feedback@lynxvoice.co.uk>"],
         origs=[""], subject="How did we do? Your support case {case}",
         headers=[{"auto-submitted": "auto-generated", "precedence": "bulk",
                   "list-unsubscribe": "<mailto:unsubscribe@lynxvoice.co.uk>"}],
         body="""
How did we do?

You recently contacted Lynx Voice Business Support about case {case}, "Call queue announcements not playing". Please rate the help you received:

1 - Very poor   2   3   4   5 - Excellent

This message was sent automatically. Please do not reply to this email.
""",
         note="A supplier's survey invitation with bulk headers is auto_generated; the quoted case title is not a grievance of the sender."),

    dict(sid="M13", mb="pexa", sender=["SendSafe Notifications <notifications@sendsafe-mail.co.uk>"],
         origs=["Final response - PX-C-{pxc}", "Our reply to your letter of {past_s}"], subject="Your secure message was opened",
         body="""
Your secure message "{orig}" to {rname} <{raddr}> was opened by the recipient on {read_dt}.

This is an automatic notification from SendSafe. You can view delivery history in your SendSafe account.
""",
         note="A secure-mail 'message was opened' notification is a system notice: auto_generated even though the quoted subject mentions a final response."),

    dict(sid="M14", mb="pexa", pool="sole", roles=["Sole Practitioner"],
         origs=["Workspace {ws} - settlement time", "Re: {addr} completion"], subject="Re: {orig}",
         body="""
Hello,

I'm away until Monday and will reply on my return. If your email is about a completion this week, please put "URGENT" in the subject line and it will be passed to my locum, {c1}.

Thanks,
{first}

{name} | Sole Practitioner | {org}
""",
         short="""
I'm away until Monday and will reply on my return. "URGENT" completions go to {c1}.
{first}
""",
         prior=("PEXA Support", "Hi {first},\n\nSettlement is booked for 11:00 on the agreed day (case {ref}).\n\n{staff}"),
         note="'I'm away until Monday and will reply on my return' is an out-of-office even in a casual tone and with no headers: auto_generated."),

    dict(sid="M15", mb="pexa", pool="fairway", roles=["Logistics Coordinator"],
         origs=["Your sale of {addr}", "Your message to PEXA"], subject="Re: {orig}",
         body="""
Please note that {first} {last} no longer works for Fairway Logistics and this mailbox is not monitored. Your email has not been forwarded.

For business enquiries please contact "Customer Services" on {phone}. For personal matters, please contact {first} directly.

This is an automated message.
""",
         prior=("PEXA Customer Resolution", "Dear {first},\n\nThank you for getting in touch about your sale. As PEXA cannot deal with this directly, we have passed your message to your conveyancer (our ref {ref}).\n\nKind regards,\n{staff}"),
         note="An employer's leaver auto-reply from a consumer's old work address is auto_generated; it says nothing from the person."),

    # ------------------------------------------------------------- conexus
    dict(sid="M16", mb="conexus", pool="adviser", roles=["Money Adviser", "Debt Adviser"],
         origs=["Your client {cname_f} - account {acct}", "Payment offer for {cname_f}"], subject="Re: {orig}",
         body="""
Thank you for your email about "{orig}". I'm out of the office until {fret_long}. If your email is about an existing client, please send it to casework@{dom} and a colleague will pick it up.

{name}
{role}, {org}
{org} is a registered charity.
""",
         short="""
Out of the office until {fret_long}. Existing clients: casework@{dom}.
{name}, {org}
""",
         prior=("Conexus Customer Relations", "Dear {first},\n\nThank you for your client's payment offer on account {acct}. We are pleased to confirm ... (ref {ref})\n\nKind regards,\n{staff}"),
         note="A money adviser's out-of-office quoting our subject is auto_generated; as lg-39, a representative's auto-reply is not third_party."),

    dict(sid="M17", mb="conexus", pool="scl", roles=["Collections Partnerships Manager", "Recoveries Analyst"],
         origs=["Remittance report - {month}", "Account recall batch {batch}"], subject="Automatic reply: {orig}",
         headers=AR_HDRS,
         body="""
I am out of the office until {fret_long} with no access to email. For account recalls or remittance queries please contact {c1} ('Head of Recoveries') on {phone}.

{name}
Collections Partnerships, Sterling Credit Loans
""",
         short="""
Out of office until {fret_long}. Recalls and remittance: {c1} ('Head of Recoveries'), {phone}.
""",
         prior=("Conexus Client Services", "Dear {first},\n\nPlease find attached the remittance report (ref {ref}).\n\nKind regards,\n{staff}"),
         note="A creditor client's out-of-office with auto-reply headers is auto_generated; Sterling Credit is only the sender."),

    dict(sid="M18", mb="conexus", pool="adviser_team", sender=["{org} <{email}>", "{org} Advice Line <{email}>"],
         origs=["Your client {cname_m} - account {acct}", "Authority to act - {cname_m}"], subject="Re: {orig}",
         body="""
Thank you for contacting {org}. We have received your message "{orig}".

We are a small charity and we aim to reply within 10 working days. If you are a creditor or collection agency writing about a client, please include the client's full name and date of birth so we can find their file.

This is an automatic acknowledgement.
""",
         prior=("Conexus Customer Relations", "Dear Sir or Madam,\n\nWe have received your letter of authority for {cname_m} (ref {ref}) and ...\n\n{staff}"),
         note="A charity's automatic acknowledgement from a team address with an ordinary subject is auto_generated; not third_party."),

    dict(sid="M19", mb="conexus", pool="consumer",
         origs=["Your payment arrangement - {acct}", "Account {acct} - statement"], subject="Re: {orig}",
         body="""
I no longer use this address. Your message has been automatically forwarded to {alt_email}, which I check more often. Please use the new address from now on.

"New email, same me!" - {first}
""",
         prior=("Conexus Customer Services", "Dear {first},\n\nYour payment arrangement on account {acct} is now active (ref {ref}).\n\nConexus"),
         note="A forwarding notice set up by the account holder is produced by the mail system, not written in reply: auto_generated; the address change it mentions is not a rectification request."),

    dict(sid="M20", mb="conexus", sender=["Ledgerline Payments <receipts@ledgerline.co.uk>", "Ledgerline <receipts@ledgerline.co.uk>"],
         origs=[""], subject="Your receipt for {month}",
         body="""
This is a receipt for your payment.

Amount: {amt2}
Description: "Compliance Hub - Team plan" ({month} {year})
Card ending: {card4}
Reference: {rcpt}

Questions about this receipt? Reply to this email and our billing team will help.

Ledgerline Payments Ltd
""",
         note="A payment processor's automatic receipt ('This is a receipt for your payment') is auto_generated; no complaint, no right."),

    dict(sid="M21", mb="conexus", sender=["Pennant Mobile <noreply@pennantmobile.co.uk>"],
         origs=[""], subject="How did we do?",
         headers=[{"auto-submitted": "auto-generated"}, {"auto-submitted": "auto-generated", "precedence": "bulk"}],
         body="""
Hi,

You recently contacted Pennant Business Support about "{case_title}" (case {case}). How did we do?

Rate us in one click:
https://feedback.pennantmobile.co.uk/s/{code}

This email was sent automatically. Please don't reply - replies aren't read.

Pennant Mobile
""",
         note="A creditor's survey invitation sent automatically is auto_generated; Pennant is a creditor in the directory but about_other_firm applies only to complaints."),

    dict(sid="M22", mb="conexus", pool="solicitor", roles=["Paralegal", "Trainee Solicitor"],
         origs=[""], subject="{cname_f} - new document on matter {matter}",
         body="""
A new document has been added to matter {matter}: "Response to letter before action".

You can view it by signing in to the client portal. This notification was sent automatically on behalf of {name}, {org}.

Please do not reply to this email; replies are not monitored.
""",
         note="A solicitors' client-portal notice sent on a person's behalf is a system notification: auto_generated, not third_party."),

    dict(sid="M23", mb="conexus", pool="adviser", sender=["Breathing Space Service <notifications@debtrespite-notify.org.uk>"],
         origs=[""], subject="Breathing Space notification - reference {bsref}",
         headers=[{"auto-submitted": "auto-generated", "return-path": "<>"}],
         body="""
A standard breathing space has started.

Debtor: {cname_m}
Date of birth: {dob}
Reference: {bsref}
Start date: {past_s}
Debt advice provider: "{org}"

You must stop all enforcement action and contact with the debtor about the debts listed in this notification. Sign in to the service to view the debts.

This is an automated notification. Do not reply to this email.
""",
         note="A Breathing Space system notification is auto_generated; it asks nothing of us as a complaint or right, and names the adviser only as provider."),

    dict(sid="M24", mb="conexus", pool="mp",
         origs=["Constituent {cname_f} - your ref {acct}", "Your letter about {cname_f}"], subject="Re: {orig}",
         body="""
Thank you for your email. I am out of the office until further notice. Constituency casework is being covered by the office team: please send your email to "casework" at {mpmail}@parliament.uk, quoting the constituent's name and our CW reference.

{name}
Caseworker to {mp} MP
""",
         prior=("Conexus Customer Relations", "Dear {first},\n\nThank you for your letter on behalf of {cname_f}. We have reviewed the account (ref {ref}) and ...\n\n{staff}"),
         note="An MP caseworker's out-of-office is auto_generated and therefore not third_party, although the office usually writes for constituents."),

    dict(sid="M25", mb="conexus", sender=["Lumen Water Customer Resolution <customer.resolution@lumenwater.co.uk>",
                                          "Lumen Water <customer.resolution@lumenwater.co.uk>"],
         origs=["Recall request - account {lwacct}", "Disputed balance - account {lwacct}"], subject="Re: {orig}",
         body="""
Thank you for contacting Lumen Water. Your email "{orig}" has been received and given reference {lwref}.

We're currently taking up to 8 working days to reply. You don't need to chase us - we'll be in touch as soon as we can.

This is an automatic reply.
Lumen Water Customer Resolution Team
""",
         prior=("Conexus Client Services", "Dear Customer Resolution Team,\n\nThe customer disputes the balance on this account and we are returning it to you for review (our ref {ref}).\n\n{staff}"),
         note="A creditor's automatic acknowledgement quoting our subject is auto_generated; a 'disputed balance' in the quoted subject does not make it a complaint, so about_other_firm stays null."),

    dict(sid="M26", mb="conexus", pool="millbrook", roles=["Tenancy Sustainment Officer"],
         origs=["Your tenant {cname_m} - account {acct}", "Referral for {cname_m}"], subject="Re: {orig}",
         body="""
This is an automatic reply from Millbrook Housing Trust on behalf of {name}:

"I am away from the office until {fret_long}. I will reply on my return. For tenancy sustainment referrals, please contact the duty officer on {phone}."
""",
         short="""
Automatic reply on behalf of {name}: "Away until {fret_long}. I will reply on my return."
""",
         prior=("Conexus Customer Relations", "Dear {first},\n\nThank you for your referral for {cname_m} (ref {ref}).\n\n{staff}"),
         note="An out-of-office set in quotation marks by the sending system ('automatic reply ... on behalf of') is auto_generated."),

    dict(sid="M27", mb="conexus", sender=["Callstream Support <support@callstream.co.uk>", "Callstream <support@callstream.co.uk>"],
         origs=["Dialler not logging outbound calls", "Call recordings missing since {past_s}"], subject="Re: {orig}",
         body="""
Your request "{orig}" ({req}) has been resolved by {c1}.

Resolution note: "Call logging service restarted and patched. Outbound calls from 08:00 today are logging correctly."

How did we do? Reply with a number from 1 (poor) to 5 (excellent).

If the problem comes back, reply to this email within 7 days and the request will reopen automatically.

Callstream Support
""",
         note="A supplier's ticket-resolved notice with a survey line ('How did we do?') is auto_generated, even with an ordinary address and a Re: subject."),

    dict(sid="M28", mb="conexus", pool="solicitor", roles=["Solicitor"],
         origs=["Your client {cname_f} - account {acct}", "Response to your letter of {past_s}"], subject="Read: {orig}",
         headers=[{"auto-submitted": "auto-replied"}, {"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}],
         body="""
This is a receipt for the mail you sent to
{name} <{email}> at {sent_dt}

Subject: "{orig}"

This receipt verifies that the message has been displayed on the recipient's computer at {read_dt}.
""",
         note="A read receipt (display notification) with an auto-replied header is auto_generated; a solicitor's address does not make it third_party."),

    dict(sid="M29", mb="conexus", pool="solicitor_team", sender=["{org} <{email}>", "{org} Reception <{email}>"],
         origs=["Your client {cname_m} - account {acct}", "Statute-barred dispute - {cname_m}"], subject="Re: {orig}",
         body="""
Thank you for your email, which begins "Dear Sirs, we write further to your letter concerning {cname_m}".

Our office is closed from {close_s} until {reopen_long} for staff training. Emails received during this time will be dealt with in order when we reopen. If you need to serve documents, please use our DX address.

{org}
""",
         prior=("Conexus Disputes", "Dear Sirs, we write further to your letter concerning {cname_m}.\n\nWe have placed the account on hold (ref {ref}) while we review ...\n\n{staff}"),
         note="A law firm's office-closed auto-reply quoting the first line of our mail is auto_generated; not third_party even though the firm acts for a debtor."),

    dict(sid="M30", mb="conexus", sender=["Northline Energy Data Protection <dataprotection@northline-energy.co.uk>"],
         origs=["Data sharing query - referred account {acct}", "Address history request - {acct}"], subject="Re: {orig}",
         body="""
This is an automated acknowledgement from the Northline Energy Data Protection team.

Your request has been logged as "{dpref}". We respond to most requests within one month. If we need more information to identify the customer, we will contact you.

Please don't reply to this email; replies go to an unmonitored mailbox.
""",
         prior=("Conexus Data Protection", "Dear Data Protection team,\n\nPlease confirm the address history you shared with us for this account (ref {ref}).\n\n{staff}"),
         note="A creditor's data-protection inbox acknowledgement is auto_generated; 'request' there is not a rights request to us, so rights stay empty."),
]


# ---------------------------------------------------------------------------------------------------------------

def fill(text, vals):
    return re.sub(r"\{([a-z0-9_]+)\}", lambda m: vals.get(m.group(1), m.group(0)), text)


def person_email(first, last, dom, rng):
    f, l = first.lower(), last.lower()
    return rng.choice([f"{f[0]}.{l}@{dom}", f"{f}.{l}@{dom}", f"{f}{l[0]}@{dom}", f"{f}@{dom}"])


def personal_email(first, last, rng):
    f, l = first.lower(), last.lower()
    n = rng.randrange(10, 99)
    d = rng.choice(PERSONAL)
    return rng.choice([f"{f}.{l}{n}@{d}", f"{f}{l}@{d}", f"{f[0]}{l}{n}@{d}", f"{l}.{f}@{d}"])


def draw_values(rng, sc):
    """Every placeholder value of one rendering, drawn in a fixed order."""
    v = {}
    first = rng.choice(FIRST_F + FIRST_M)
    last = rng.choice(LAST)
    v.update(first=first, last=last, name=f"{first} {last}", firstl=first.lower(), lastl=last.lower())
    pool = sc.get("pool")
    if pool in ("consumer", None):
        v["org"], v["dom"] = "", ""
        v["email"] = personal_email(first, last, rng)
    elif pool == "sole":
        v["org"], v["dom"] = f"{last} Conveyancing", f"{last.lower()}conveyancing.co.uk"
        v["email"] = person_email(first, last, v["dom"], rng)
    elif pool in ("adviser_team", "solicitor_team"):
        v["org"], v["dom"] = rng.choice(POOLS[pool.split("_")[0]])
        v["email"] = ("advice@" if pool == "adviser_team" else "office@") + v["dom"]
    else:
        v["org"], v["dom"] = rng.choice(POOLS[pool])
        v["email"] = person_email(first, last, v["dom"], rng)
    v["role"] = rng.choice(sc.get("roles") or [""])
    v["alt_email"] = personal_email(first, last, rng)
    # people on the other side
    sf, sl = rng.choice(FIRST_F), rng.choice(LAST)
    v.update(staff=f"{sf} {sl}", staff_f=sf)
    cf, cl = rng.choice(FIRST_F + FIRST_M), rng.choice(LAST)
    v.update(c1=f"{cf} {cl}", c1f=cf, c1mail=f"{cf.lower()}.{cl.lower()}")
    v["cname_f"] = f"{rng.choice(['Mrs', 'Ms', 'Miss'])} {rng.choice(FIRST_F)} {rng.choice(LAST)}"
    v["cname_m"] = f"Mr {rng.choice(FIRST_M)} {rng.choice(LAST)}"
    mf, ml = rng.choice(FIRST_F + FIRST_M), rng.choice(LAST)
    v.update(mp=f"{mf} {ml}", mpmail=f"{mf.lower()}.{ml.lower()}.office")
    rf, rl = rng.choice(FIRST_F + FIRST_M), rng.choice(LAST)
    v.update(rname=f"{rf} {rl}", raddr=personal_email(rf, rl, rng))
    # dates
    today = weekday_back(datetime.date(2025, 1, 20) + datetime.timedelta(days=rng.randrange(0, 300)))
    sent = weekday_back(today - datetime.timedelta(days=rng.randrange(16, 24)))
    ret = next_weekday(sent + datetime.timedelta(days=2), 0)
    sent5w = weekday_back(today - datetime.timedelta(days=rng.randrange(33, 40)))
    fret = next_weekday(today, 0) + datetime.timedelta(days=7 * rng.randrange(0, 2))
    fri = next_weekday(today, 4)
    past = weekday_back(today - datetime.timedelta(days=rng.randrange(2, 6)))
    close = today + datetime.timedelta(days=1) if today.weekday() < 4 else next_weekday(today, 0)
    reopen = next_weekday(close, 0) + datetime.timedelta(days=7)
    later = today + datetime.timedelta(days=rng.randrange(120, 200))
    read = sent + datetime.timedelta(days=rng.randrange(0, 3))
    n_wd = sum(1 for k in range(1, (today - sent).days + 1)
               if (sent + datetime.timedelta(days=k)).weekday() < 5)
    hh1, mm1 = rng.randrange(8, 17), rng.randrange(0, 60)
    hh2, mm2 = rng.randrange(8, 18), rng.randrange(0, 60)
    v.update(sent_s=short_d(sent), ret_long=long_d(ret), ret_s=short_d(ret), sent5w_long=long_d(sent5w),
             fret_long=long_d(fret), fri_long=long_d(fri), past_s=short_d(past), close_s=long_d(close), reopen_long=long_d(reopen),
             leave_month=f"{later:%B} {later.year}", n_wd=str(n_wd), month=f"{past:%B}", year=str(past.year),
             sent_dt=f"{sent:%A}, {sent.day} {sent:%B} {sent.year} {hh1:02d}:{mm1:02d}",
             read_dt=f"{read:%A}, {read.day} {read:%B} {read.year} {max(hh1, hh2):02d}:{mm2:02d}")
    for key, d in (("sent", sent), ("today", today), ("past", past), ("sent5w", sent5w)):
        v["head_" + key] = f"{d.day} {d:%b} {d.year}, at {hh1:02d}:{mm1:02d}"
    # references and amounts
    v["ws"] = f"31-{rng.randrange(80000, 99999)}"
    v["acct"] = f"CX-{rng.randrange(4000000, 9999999)}"
    v["acct2"] = f"CX-{rng.randrange(4000000, 9999999)}"
    v["amt"] = f"£{rng.randrange(25, 180)}.{rng.choice(['00', '50', '00', '20', '75'])}"
    v["amt2"] = f"£{rng.randrange(300, 2400):,}.00"
    v["fee"] = rng.choice(["£1.50", "£2.00", "£2.50", "£2.95", "£3.25"])
    v["phone"] = rng.choice(["0161 496", "0113 496", "0117 496", "020 7946", "0121 496", "0131 496"]) \
        + f" 0{rng.randrange(100, 999)}"
    v["mob"] = f"07700 900{rng.randrange(100, 999)}"
    v["cxphone"] = f"0330 088 {rng.randrange(1000, 9999)}"
    v["addr"] = f"{rng.randrange(2, 140)} {rng.choice(STREETS)}"
    v["town"] = rng.choice(TOWNS)
    v["dob"] = f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1950, 2001)}"
    v["pmt_acct"] = f"PM{rng.randrange(10000000, 99999999)}"
    v["olsref"] = f"OLS-CC-{rng.randrange(1000, 9999)}"
    v["case"] = f"LV-{rng.randrange(100000, 999999)}"
    v["tick2"] = f"GL-{rng.randrange(10000, 99999)}"
    v["inv"] = f"INV-{rng.randrange(200000, 299999)}"
    v["code"] = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    v["pxc"] = str(rng.randrange(20000, 29999))
    v["card4"] = str(rng.randrange(1000, 9999))
    v["rcpt"] = f"LL-{rng.randrange(100000, 999999)}"
    v["case_title"] = rng.choice(["Recall of account batch", "Bulk SMS not delivering", "Invoice address change"])
    v["matter"] = f"{rng.choice(['WB', 'LO', 'CL'])}/{rng.randrange(1000, 9999)}/{rng.randrange(1, 9)}"
    v["bsref"] = f"BS{rng.randrange(1000000, 9999999)}"
    v["lwacct"] = f"LW{rng.randrange(100000, 999999)}"
    v["lwref"] = f"LWC-{rng.randrange(10000, 99999)}"
    v["dpref"] = f"DPR-{rng.randrange(10000, 99999)}"
    v["req"] = f"REQ-{rng.randrange(100000, 999999)}"
    v["batch"] = str(rng.randrange(10, 60))
    v["orig"] = fill(rng.choice(sc.get("origs") or [""]), v)
    return v


def pick_envs(rng, sc, group):
    avail = [e for e in (P_ENVS if group == "P" else M_ENVS)
             if ("quoted" not in e or (sc.get("prior") and (group == "P" or sc["subject"].startswith("Re:"))))
             and (e != "short" or sc.get("short"))]
    first = rng.choice(avail)
    second = rng.choice([e for e in avail if e != first])
    return [first, second]


def render(rng, sc, group, env):
    v = draw_values(rng, sc)
    html = env.startswith("html")
    short = env == "short"
    core = (sc["short"] if short else sc["body"]).strip("\n")
    if group == "P":
        subject = rng.choice(sc["subjects"])
        greet = "" if sc.get("lead") or (short and rng.random() < 0.5) else rng.choice(GREET[sc["mb"]])
        sign = "{first}" if short else rng.choice(SIGN)
        if v["org"] and not short:
            sign += "\n" + (f"{v['role']}, {v['org']}" if v["role"] else v["org"])
        text = (greet + "\n\n" if greet else "") + core + "\n\n" + sign
        if sc["pool"] == "consumer" and sc["mb"] == "conexus" and not short and rng.random() < 0.4:
            text += "\n" + rng.choice(["Account {acct}", "Ref: {acct}", "{mob}"])
        sender = "{name} <{email}>"
    else:
        subject = sc["subject"]
        text = core
        sender = rng.choice(sc["sender"]) if sc.get("sender") else "{name} <{email}>"
    text = fill(text, v)
    subject = fill(subject, v)
    sender = fill(sender, v)
    if "typo" in env:
        text = typos_outside_marks(text, rng, MARK_ANY, 0.3)
    text = MARK_Q.sub(lambda m: m.group(1), text)
    body_marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    quote = None
    if "quoted" in env:
        who, ptext = sc["prior"][:2]
        when = sc["prior"][2] if len(sc["prior"]) > 2 else ("sent" if group == "P" else "today")
        head = f"On {v['head_' + when]}, {fill(who, v)} wrote:"
        assert len(head) - len("On  wrote:") <= 80, head
        quote = (head, fill(ptext, v))
    headers = None
    if sc.get("headers"):
        headers = dict(rng.choice(sc["headers"]))
    for s in (body, subject, sender) + ((quote[1].replace("{ref}", ""),) if quote else ()):
        assert "{" not in s and "}" not in s and "[[" not in s, (sc["sid"], s[:80])
    labels = sc["labels"] if group == "P" else AUTO
    return finish_marked_record(rng, mailbox=sc["mb"], sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=[], body_marks=body_marks, labels=labels,
                                note=sc["note"], source=f"{PREFIX}-{sc['sid']}", env=env, headers=headers)


def build(rng):
    records = []
    for group, table in (("P", P), ("M", M)):
        for sc in table:
            for env in pick_envs(rng, sc, group):
                records.append(render(rng, sc, group, env))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    lines = [
        f"wrote {OUT}: {len(records)} emails from {len({r['source'] for r in records})} scenarios",
        f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
        f"machine-made {sum(l['auto_generated'] for l in labs)}, with rights {sum(bool(l['rights']) for l in labs)}, "
        f"third party {sum(l['third_party'] for l in labs)}, personal_data {sum(l['personal_data'] for l in labs)}, "
        f"breach {sum(l['breach'] for l in labs)}, other firm {sum(l['about_other_firm'] is not None for l in labs)}",
        f"html {sum(r['html'] for r in records)}, with automatic headers {sum(bool(r['headers']) for r in records)}",
        "envelopes: " + ", ".join(f"{k} {env_counts[k]}" for k in sorted(env_counts)),
    ]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
