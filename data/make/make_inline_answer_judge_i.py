#!/usr/bin/env python3
"""Inline-answer judge set I: replies whose sender types the answers INSIDE the quoted mail they reply to,
without saying so on top (group U), and look-alike replies that write everything above an untouched quote
(group C, controls). 60 scenarios (30 per mailbox, 15 U + 15 C each), each rendered twice with different
envelopes (sender address, plain or HTML, quote layout, answer marking): 120 emails.

Labels follow the labelling guide, read as a complaints officer would: the sender's own words count wherever
they were typed (top or inside the quote); the firm's own quoted words never do. `explicit` is decided on the
sender's own words only (top + inline answers). labelled_mail.record_errors looks for "complain" in the subject
and in what its new_text() takes to be the new text, which for inline answers (and for reply subjects and some
quote layouts) is not the sender's own text; for such records `errors` below drops that one check and applies
its own (explicit iff "complain" in the sender's own words). Stdlib only.

Usage: .venv/bin/python data/make/make_inline_answer_judge_i.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels as L, RIGHTS)

SEED = 20280719
PREFIX = "iai"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_i.jsonl")

FIRM_DOMAIN = {"pexa": "pexa.co.uk", "conexus": "conexus.co.uk"}
FIRM_ORG = {"pexa": "PEXA", "conexus": "Conexus"}

# ---------------------------------------------------------------------------------------------
# scenarios
#
# S(...) arguments:
#   sid      scenario id ("iai-U01" ...; the group is the letter after the prefix)
#   mb       mailbox
#   person   (first, last, [address A, address B]): the customer who replies (two envelopes, two addresses)
#   staff    (name, role) of the firm's writer of the quoted mail (for author "self" the quote is the person's own)
#   subject  the quoted mail's subject (the reply adds RE:/Re:, a forward FW:/Fwd:)
#   text     the quoted mail; paragraphs split on blank lines; a paragraph starting "=> " is the sender's inline
#            answer typed after the paragraph before it (group U only)
#   lab      labels (short_labels)
#   note     the labelling rule used
#   top      group C: the sender's message above the quote; group U: None (a neutral greeting is drawn)
#   older    optional (author, subject, text): an earlier mail the quoted mail itself quotes
#   author   "firm" (the quoted mail is the firm's), "self" (the sender's own earlier mail), or
#            ("other", name, address) for a forward of a third person's mail
#   days     days between the older mail and the quoted mail
#   on       (month, day) in 2025 of the quoted mail when its text names dates (else drawn; weekends move on)

SCEN = []


def S(sid, mb, person, staff, subject, text, lab, note, top=None, older=None, author="firm", days=3, on=None):
    SCEN.append(dict(sid=sid, mb=mb, person=person, staff=staff, subject=subject, text=text.strip("\n"),
                     lab=lab, note=note, top=top, older=older, author=author, days=days, on=on))


# =============================== group U: answers inside the quote, nothing said on top ==========

S("iai-U01", "pexa", ("Rachel", "Achebe", ["r.achebe@hartwellclarke.co.uk", "rachel.achebe@hartwellclarke.co.uk"]),
  ("Marcus Feld", "Settlement Support Lead"),
  "Settlement in workspace 62-40719 - a few questions", on=(5, 16), text="""
Dear Rachel,

Thank you for letting us know that settlement in workspace 62-40719 did not complete on 14 May. So that we can finish our investigation, could you answer the questions below?

1. At what time did your user select "Sign and settle"?

=> 11:52, more than an hour before the cut-off. The screenshot is saved in the workspace.

2. Did the user see an error message? If so, what did it say?

=> Yes: "Funds verification unavailable - try again later". We tried four more times up to 12:40 and got the same message every time.

3. Our logs suggest that the user's security token may have expired. Can you confirm that the user signed in again?

=> She did, twice. This was not a token problem and I am not happy to see it put down to our user. Your own status page showed a funds verification incident that morning.

4. Is there anything else you would like us to take into account?

=> Our clients had to pay a day's late completion interest of £186.40 and their removal lorry sat outside the house all afternoon. We expect that interest to be reimbursed and a written explanation of what failed.

Kind regards,
Marcus Feld
Settlement Support Lead
PEXA""",
  lab=L(c=True, cat="platform_defect"),
  note="Implicit complaint typed inside the quote: the answers rebut PEXA's token theory, blame a platform failure and demand reimbursement and an explanation; no 'complain' in the sender's words.")

S("iai-U02", "pexa", ("Darren", "Oyelaran", ["d.oyelaran@fenwicksayle.co.uk", "accounts@fenwicksayle.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0418 - our findings", on=(6, 24), text="""
Dear Mr Oyelaran,

Thank you for your complaint of 2 June about the platform fees on your firm's April invoice. I have now looked into each of the points you raised.

Workspace 58-11932 was charged a settlement fee of £42.00 because the workspace reached the "ready to settle" stage before it was withdrawn. Under our fee schedule the fee is payable from that stage.

=> It never reached ready to settle. The other side's lender never signed, so it could not have. Your own audit trail shows the last action on 11 April with one signature still missing.

Workspace 58-11940 appears twice because it was reopened after a rollback. Each opening is a separate billable event.

=> The rollback happened because of your outage on 16 April, not anything we did. Charging us twice for your own fault is not acceptable, and my complaint was about exactly this point, which your letter does not answer.

I am therefore not upholding your complaint. If you remain unhappy, you can ask for a review by our Head of Customer Resolution.

=> Yes, I want that review, and I want the £84.00 credited to our account while it happens.

Yours sincerely,
Owen Mackie
Complaints Lead, PEXA""",
  lab=L(c=True, ex=True, cat="fees_charges"),
  note="Explicit complaint: inside the quote the sender disputes both fees and calls it 'my complaint' in his own words; the firm's 'complaint' wording is not what makes it explicit.")

S("iai-U03", "pexa", ("Nkechi", "Lawal", ["nkechi@brindlerowconveyancing.co.uk", "n.lawal@brindlerowconveyancing.co.uk"]),
  ("Priti Varma", "Onboarding Team"),
  "PEXA registration - Brindle Row Conveyancing - details to confirm", text="""
Dear Nkechi,

Thank you for submitting your firm's registration. Before we can activate your subscriber account, please confirm the following:

1. Your CLC or SRA number.

=> CLC 4021187.

2. The name of the person who will act as your subscriber administrator.

=> Me, Nkechi Lawal.

3. How many users you expect to set up in the first month.

=> Three to start with, maybe a fourth in the autumn.

4. Whether all of your users will need settlement training.

=> Yes please, all three. Any weekday morning suits us.

Once we have your answers we will send the activation link within two business days.

Kind regards,
Priti Varma
Onboarding Team, PEXA""",
  lab=L(),
  note="Plain answers to onboarding questions typed inside the quote: no dissatisfaction, no data right (a training request is a service request), so not a complaint.")

S("iai-U04", "pexa", ("Callum", "Brodie", ["callum.brodie@mistralconveyancing.co.uk", "cbrodie.law@gmail.com"]),
  ("Tom Achterberg", "Data Protection Team"),
  "Your PEXA user profile - please confirm your details", text="""
Dear Mr Brodie,

We have been told that you have moved to a new firm. To keep the subscriber directory accurate, please check the details below and tell us if anything needs to change.

Name as it appears in the directory: Callum Brodie

=> Correct.

Firm: Leven & Marr Solicitors

=> Not any more. I left Leven & Marr in January. Please change this to Mistral Conveyancing Ltd.

Work email: c.brodie@levenmarr.co.uk

=> That mailbox has been closed. Please replace it with callum.brodie@mistralconveyancing.co.uk.

Directory listing: visible to all subscribers

=> Until the firm name has been corrected, please hide my listing, so that nobody sends workspace invitations to Leven & Marr in my name.

Thank you for your help.

Tom Achterberg
Data Protection Team, PEXA""",
  lab=L(r="rectification,restriction"),
  note="No dissatisfaction, so not a complaint; inside the quote the sender asks for his firm and email to be corrected (rectification) and for the listing to be hidden until then (restriction).")

S("iai-U05", "pexa", ("Fiona", "Gallacher", ["f.gallacher@dunmorepike.co.uk", "fiona.gallacher@btinternet.com"]),
  ("Lydia Crane", "Customer Success Manager"),
  "Closing your PEXA user account", text="""
Dear Fiona,

Your firm's subscriber administrator has told us that you are leaving Dunmore Pike LLP at the end of the month. Before your user account is closed, we would like to check a few things with you.

1. Should your account be closed on your last working day, 30 September?

=> Yes, 30 September is right.

2. Would you like us to keep your personal details after closure, in case you join another subscriber firm later?

=> No thank you. Once the account is closed, please delete my personal details, including my mobile number and the copy of my passport from the identity check.

3. Is there anything else we can help with before you go?

=> Before anything is deleted, could you send me my training and accreditation history as a CSV or similar file? My new employer's CPD system can import it.

Best wishes,
Lydia Crane
Customer Success Manager, PEXA""", on=(9, 15),
  lab=L(r="erasure,portability"),
  note="A cooperative leaver answering inside the quote: 'delete my personal details' is erasure and 'my training history as a CSV ... can import it' is portability; no dissatisfaction, so not a complaint.")

S("iai-U06", "pexa", ("Ahmed", "Siddiqui", ["a.siddiqui@corrievance.co.uk", "ahmed.siddiqui@corrievance.co.uk"]),
  ("Jess Okafor", "Support Desk"),
  "Support ticket 884102 - document upload", text="""
Hi Ahmed,

Thanks for raising ticket 884102. To help us look into the upload problem you reported, could you tell us:

- which browser and version you were using

=> Chrome, updated last week so should be current.

- the size of the file you tried to upload

=> About 14 MB, a scanned TR1.

- whether the problem happened in more than one workspace

=> Only in 47-22610. Something else you should know: when I downloaded the document pack for 47-22610 to check it, it contained a mortgage offer for a different borrower, a Mr Lennox at an address in Carlisle, with his loan amount and account number. Nothing to do with our matter. I haven't passed it on and I've deleted our copy.

We'll update the ticket once we hear back.

Thanks,
Jess
PEXA Support""",
  lab=L(br=True),
  note="Neutral answers to a support ticket; inside the quote the sender reports another borrower's mortgage offer exposed in a document pack, a breach reported without complaint (breach=true, personal_data=false).")

S("iai-U07", "pexa", ("Megan", "Price", ["megan.price84@gmail.com", "m.price@tern-marple.co.uk"]),
  ("Hannah Ojo", "Customer Resolution Specialist"),
  "Your message about your purchase - some questions", text="""
Dear Ms Price,

Thank you for contacting PEXA. We provide the platform that law firms and lenders use to complete property transactions, so we cannot deal with questions about how your own solicitor is handling your purchase. If you answer the questions below, we can pass your concerns to the firm concerned.

1. Which firm is acting for you on your purchase?

=> Orchard Lane in Stockport.

2. What is the address of the property you are buying?

=> 27 Tern Crescent, Marple.

3. What would you like the firm to do?

=> We were meant to complete on 20 June. Nobody at Orchard Lane has answered my emails or calls for three weeks, the date has come and gone, and the seller's agent says they are still waiting for the signed transfer from them. I need Orchard Lane to tell me when we will complete and to start replying.

Kind regards,
Hannah Ojo
Customer Resolution Specialist, PEXA""", on=(6, 25),
  lab=L(c=True, cat="delay", firm="ols"),
  note="A buyer's grievance typed inside the quote is purely about her own solicitor (Orchard Lane, ols) missing completion and not replying: implicit complaint to forward, category delay.")

S("iai-U08", "pexa", ("Graham", "Toft", ["graham.toft@heathcotebank.co.uk", "g.toft@heathcotebank.co.uk"]),
  ("Sade Bello", "Training Coordinator"),
  "How was your PEXA settlement training?", text="""
Hi Graham,

Thank you for attending the lender settlement session on Tuesday. We'd be grateful for a few quick answers to help us improve our training.

Was the session the right length?

=> Yes, two hours was about right.

Did the trainer explain the funds-verification steps clearly?

=> Very clearly. The worked example helped a lot.

Would you like a copy of the slides?

=> Yes please.

Is there another topic you would like a session on?

=> Possibly discharges and redemption statements later in the year.

Many thanks,
Sade Bello
Training Coordinator, PEXA""",
  lab=L(),
  note="Satisfied feedback typed inside the quote; asking for the slides is a service request, not access; no complaint.")

S("iai-U09", "pexa", ("Simone", "Adeyemi", ["simone@adeyemipropertylaw.co.uk", "s.adeyemi@adeyemipropertylaw.co.uk"]),
  ("Priti Varma", "Onboarding Team"),
  "Your PEXA application - verification outcome", text="""
Dear Ms Adeyemi,

Thank you for applying to join PEXA. Our automated identity and business verification could not confirm the details you provided, so we are unable to approve your application at this stage.

To help us understand the mismatch, please answer the following:

a) Has your practice's registered address changed in the last 12 months?

=> Yes, we moved from Unit 3 to Unit 9 on the same business park in February. Companies House was updated that week.

b) Is the name on your practising certificate exactly as entered on your application?

=> Yes, letter for letter.

c) Would you like to reapply once your records have been updated?

=> No. I don't want to go through the same automated check and get the same answer. I want a member of your team to look at my documents and make the decision. This has already cost me three weeks and two clients I had to send elsewhere.

Kind regards,
Priti Varma
Onboarding Team, PEXA""",
  lab=L(c=True, r="automated_decision", cat="onboarding"),
  note="Implicit complaint inside the quote about an automated onboarding rejection that has cost her clients, with a demand that a person decide (automated_decision); category onboarding.")

S("iai-U10", "pexa", ("Laura", "Kettering", ["laura.kettering@outlook.com", "l.kettering@northwoldschool.org.uk"]),
  ("Hannah Ojo", "Customer Resolution Specialist"),
  "Your father's sale - information we need to pass on his concerns", text="""
Dear Ms Kettering,

Thank you for writing to us on behalf of your father, Mr Dennis Kettering. PEXA does not act for buyers or sellers, so we will pass his concerns to the firm responsible. Please could you confirm:

1. The name of the firm handling your father's sale.

=> Marsh & Penrose Conveyancing, Exeter office.

2. That your father is happy for you to act on his behalf.

=> Yes. He signed their authority form and I can send a copy.

3. A short description of what went wrong.

=> Marsh & Penrose emailed copies of Dad's passport, his bank statements and the figure for his sale proceeds to another of their clients, a man who then rang Dad to tell him. Dad is 84 and very shaken. We want Marsh & Penrose to explain how this happened, get the documents back and tell us what they will do to protect him from fraud.

Kind regards,
Hannah Ojo
Customer Resolution Specialist, PEXA""",
  lab=L(c=True, pd=True, br=True, tp=True, cat="personal_data", firm="mpc"),
  note="A daughter answering inside the quote for her father (third party): his conveyancer Marsh & Penrose (mpc) emailed his documents to another client, a breach complaint purely about a participant firm; category personal_data.")

S("iai-U11", "pexa", ("Paul", "Hennessy", ["paul@hennessylaw.co.uk", "p.hennessy@hennessylaw.co.uk"]),
  ("Kirsty Mole", "Marketing Team"),
  "Keeping in touch - your preferences", text="""
Dear Paul,

We are updating the way we keep in touch with our subscribers. Please reply to let us know your preferences.

Would you like to receive our monthly product newsletter?

=> No.

May we invite you to regional events and webinars by phone?

=> No. I would rather you did not use my details for marketing of any kind, and please don't use my activity on the platform to profile me for sales campaigns either.

Is the mobile number we hold for you (07700 900658) correct?

=> It is my personal mobile, which I don't remember ever giving to PEXA. Could you tell me where you got it from and what you use it for?

Thank you,
Kirsty Mole
Marketing Team, PEXA""",
  lab=L(r="objection,informed"),
  note="Calm answers inside the quote: objecting to marketing and profiling (objection) and asking where the number came from and what it is used for (informed); no dissatisfaction expressed, so not a complaint.")

S("iai-U12", "pexa", ("Helen", "Marchetti", ["h.marchetti@caldbeckmoss.co.uk", "helen.marchetti@caldbeckmoss.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0577 - proposed resolution", text="""
Dear Ms Marchetti,

Thank you for speaking with me yesterday about your complaint that the lodgement for workspace 61-08224 was delayed by two days.

1. We have confirmed that the delay was caused by a queue fault on our side, which was fixed on 9 July.

=> Thank you, that matches what we saw.

2. We will waive the lodgement fee of £36.00 on your next invoice.

=> Accepted, thank you.

3. A member of our team will call your office manager to walk through the lodgement status screen.

=> Yes, please ring Carl on 0161 496 0317, he is expecting the call.

If you are happy with this, we will close your complaint. Please let me know by Friday.

=> Happy for you to close it. Thanks for sorting it so quickly.

Kind regards,
Owen Mackie
Complaints Lead, PEXA""", on=(7, 15),
  lab=L(),
  note="Point-by-point acceptance of a proposed resolution typed inside the quote; the complaint wording is only the firm's, nothing is still wrong, so not a complaint (guide 4.5).")

S("iai-U13", "pexa", ("Wendy", "Sharrock", ["w.sharrock@pennineconvey.co.uk", "wendy.sharrock@pennineconvey.co.uk"]),
  ("Lydia Crane", "Customer Success Manager"),
  "New lodgement screen - your feedback", text="""
Hi Wendy,

Six weeks ago we introduced the new lodgement screen and we'd love to hear how your team is getting on with it.

How easy is it to find the "Add supporting document" option?

=> Hard. It now sits under a menu that only shows if you scroll sideways on a laptop screen, so my team keep missing it.

Have you had any requisitions since the change?

=> Two, both for supporting documents that never got attached because of the above. Each took a week to clear with the Land Registry.

Is there anything else you'd like to tell us?

=> Please put the option back where people can see it, or give us a setting for it. Until then I'd like someone to ring me with a workaround, because this is costing us time and our clients' patience.

Thanks,
Lydia Crane
Customer Success Manager, PEXA""",
  lab=L(c=True, cat="usability"),
  note="Feedback answers inside the quote turn into an implicit complaint: the screen works but its layout causes missed attachments and requisitions, and she wants it changed and a call back; category usability.")

S("iai-U14", "pexa", ("Joseph", "Nwosu", ["joseph.nwosu@gmail.com", "j.nwosu@castlegatelaw.co.uk"]),
  ("Tom Achterberg", "Data Protection Team"),
  "Your request for personal data - identity check", text="""
Dear Mr Nwosu,

Thank you for your email. Before we can deal with your request for a copy of your personal data, we need to verify your identity.

Please confirm your date of birth.

=> 17/02/1979.

Please confirm the email address registered to your former user account.

=> j.nwosu@castlegatelaw.co.uk, which I already gave your colleague in May.

Please confirm the period your request covers.

=> All of it: my account details, log-in history, and the recordings of my calls with your support desk in March and April.

=> I first asked for this on 2 May. Nobody asked me these questions until today, more than six weeks later, and the one-month deadline has passed. I am complaining about that delay and I want the data sent now.

Kind regards,
Tom Achterberg
Data Protection Team, PEXA""", on=(6, 20),
  lab=L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
  note="Explicit complaint typed inside the quote ('I am complaining') about a late subject access request, which is badly handled data rights (personal_data); the copy of account data and call recordings is access.")

S("iai-U15", "pexa", ("Oliver", "Ransome", ["oliver.ransome@tvmortgages.co.uk", "o.ransome@tvmortgages.co.uk"]),
  ("Sade Bello", "Training Coordinator"),
  "Rescheduling your team's training", text="""
Dear Oliver,

I'm sorry that we had to move your team's settlement refresher. Could you let me know which of these options suits you best?

Option 1: Tuesday 8 April, 10:00 to 12:00, online

=> This one please.

Option 2: Thursday 10 April, 14:00 to 16:00, online

Option 3: Monday 14 April, in person at our London office

How many people will attend?

=> Six, all from the redemptions team.

Do any attendees need adjustments, for example captions?

=> One colleague would like captions switched on, thank you.

Kind regards,
Sade Bello
Training Coordinator, PEXA""", on=(3, 27),
  lab=L(),
  note="Plain choices typed inside the quote, with no grievance about the rescheduling and no data right: not a complaint.")


S("iai-U16", "conexus", ("Dawn", "Fairclough", ["dawn.fairclough@hotmail.co.uk", "dfairclough77@gmail.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Your account CNX 81-330472 - setting up a payment plan", text="""
Dear Mrs Fairclough,

Thank you for calling us on Monday about your account. To set up the payment plan we discussed, please answer the questions below.

1. How many adults and children live in your household?

=> Two adults and one child, aged 9.

2. What is your total monthly household income after tax?

=> About £2,140 including child benefit.

3. Which day of the month would suit you for payments?

=> The 28th, just after payday.

4. Can you afford £35 a month?

=> Yes, £35 is fine. Thank you for being so patient with me on the phone.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(),
  note="Income and expenditure answers typed inside the quote, ending in thanks: no dissatisfaction and no data right, so not a complaint.")

S("iai-U17", "conexus", ("Kieran", "Doyle", ["kieran.doyle@gmail.com", "k.doyle1990@yahoo.co.uk"]),
  ("Nadia Kerr", "Compliance and Risk Manager"),
  "Complaint CR-55019 - our final response", text="""
Dear Mr Doyle,

We have now completed our investigation into your complaint about the number of calls you received from us in August.

Our records show that we made nine calls to your mobile in August, which is within the limits set by our contact policy.

=> That is not true. I had 31 missed calls from your number in August, some days four, and I have screenshots of my call log. Your records are wrong or incomplete.

Our agent's call of 19 August was reviewed, and we found that she followed our procedures.

=> She told me you would "send someone round" if I didn't pay by Friday. If your procedures allow that, the procedures are the problem. I want a copy of the recording of that call and of every other call you made to me in August.

We are sorry that you remain unhappy. If you disagree with our response, you may refer your complaint to the Financial Ombudsman Service within six months.

=> My complaint stands. I want the calls limited to one a week and an apology, or I will go to the Ombudsman.

Yours sincerely,
Nadia Kerr
Compliance and Risk Manager, Conexus""", on=(9, 17),
  lab=L(c=True, ex=True, r="access", cat="collection_conduct"),
  note="Rebuttal of the final response typed inside the quote, in which the sender says 'My complaint stands' (explicit); the call frequency and the threat are collection conduct; the recordings are access.")

S("iai-U18", "conexus", ("Alice", "Pemberton", ["alice.pemberton@gmail.com", "a.pemberton@leicesterhomes.org.uk"]),
  ("Ravi Sethi", "Customer Support"),
  "Please check your details - account CNX 74-118250", text="""
Dear Ms Pemberton,

We are collecting the balance of your Sterling Credit Loans account. Please check the details we hold for you and let us know if anything needs correcting.

Address: Flat 2, 41 Mortimer Road, Leicester LE3 0AQ

=> Out of date. I moved in June to 16 Avonmere Close, Leicester LE4 7HS. Please change it.

Date of birth: 03/09/1986

=> Wrong way round: it should be 09/03/1986.

Telephone: 07700 900133

=> Correct.

Thank you.

Ravi Sethi
Customer Support, Conexus""",
  lab=L(r="rectification"),
  note="Calm corrections typed beside each detail in the quote: a new address and a wrong date of birth to fix are rectification; no grievance, so not a complaint.")

S("iai-U19", "conexus", ("Gavin", "Threlfall", ["gavin.threlfall@outlook.com", "g.threlfall@derbyfabrications.co.uk"]),
  ("Gareth Pym", "Customer Relations"),
  "Lumen Water account - balance of £612.40", text="""
Dear Mr Threlfall,

We have been instructed by Lumen Water to collect an outstanding balance of £612.40 for the water supply to 9 Fern Close, Derby, for the period 1 April 2023 to 31 March 2024.

Please let us know by 14 November whether you accept this balance.

=> I don't. I moved out of 9 Fern Close on 3 March 2023 and gave Lumen a final meter reading that day. They confirmed it in writing and I still have the letter. This bill is for a year after I'd gone.

If you do not accept the balance, please tell us why and send us any evidence.

=> Lumen need to cancel this bill and send it to whoever moved in after me. Their letter of 6 March 2023 is attached. Please hold off collecting and pass this back to them.

Yours sincerely,
Gareth Pym
Customer Relations, Conexus""", on=(10, 24),
  lab=L(c=True, cat="debt_dispute", firm="lwt"),
  note="Implicit debt dispute typed inside the quote whose root cause is the creditor's own billing after move-out, which only Lumen Water can fix: about_other_firm lwt; 'hold off collecting' is a conduct request, not restriction.")

S("iai-U20", "conexus", ("Martin", "Vaughan", ["martin.vaughan@talktalk.net", "mvaughan.home@gmail.com"]),
  ("Joanne Wilks", "Data Protection Officer"),
  "The letter delivered to you in error", text="""
Dear Mr Vaughan,

Thank you for phoning us on Tuesday to tell us that you had received a letter from us addressed to someone else. We would be grateful if you could answer these questions so that we can deal with this properly.

1. Who was the letter addressed to, and at what address?

=> A Mrs S. Hollins, 14 Rowan Drive. I'm at 41 Rowan Drive, so I suppose the numbers got swapped.

2. Was the envelope opened, and if so, what could be seen?

=> I opened it before I noticed the name. It showed her account number and that she owes £1,906.22 to a finance company.

3. What has happened to the letter?

=> I've shredded it and haven't mentioned it to anyone, her included. No need to reply to me.

Thank you for your help.

Joanne Wilks
Data Protection Officer, Conexus""",
  lab=L(br=True),
  note="A neighbour's factual answers inside the quote describe another debtor's details disclosed to him: breach=true on a non-complaint (no dissatisfaction, no reply wanted).")

S("iai-U21", "conexus", ("Rosa", "Almeida", ["rosa.almeida@eastgatemoneyadvice.org.uk", "advice@eastgatemoneyadvice.org.uk"]),
  ("Imran Qureshi", "Vulnerable Customers Team"),
  "Your client Ms Tanya Reid - CNX 66-290371", text="""
Dear Ms Almeida,

Thank you for your email about your client, Ms Reid. So that we can update our records, please confirm:

1. The date your client entered a Breathing Space.

=> 2 October. You were notified through the Insolvency Service the same day, and by me by email on 3 October.

2. Whether your client is happy for us to discuss her account with you.

=> Yes, signed authority attached again (third time of sending).

3. Any contact your client has had from us since that date.

=> Your agents phoned her on 9 and 11 October and left a voicemail asking her to make a payment. That is a breach of the Breathing Space rules. We are making a formal complaint about these calls and ask for a written explanation and confirmation that all contact stops until the moratorium ends.

=> Please also send us a copy of Ms Reid's account notes and the recordings of the October calls.

Kind regards,
Imran Qureshi
Vulnerable Customers Team, Conexus""", on=(10, 16),
  lab=L(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
  note="A money adviser (third party) answers inside the quote and makes a 'formal complaint' about calls during Breathing Space (collection_conduct); 'breach' is the moratorium sense, not data; account notes and recordings are access.")

S("iai-U22", "conexus", ("Shona", "Mackintosh", ["shona.mackintosh@gmail.com", "s.mackintosh@highlandvets.co.uk"]),
  ("Gareth Pym", "Customer Relations"),
  "Your complaint CR-56130 - final response", text="""
Dear Ms Mackintosh,

Thank you for your patience while we investigated your complaint about the late payment charge on your account.

We found that your payment of 1 May reached us on time but was allocated to the wrong account. We have now corrected this.

=> Thank you, I can see it on the online account now.

We will refund the £25 charge to the card you paid with within five working days.

=> That's fine, the card is still active.

We are sorry for the inconvenience and hope this resolves the matter.

=> It does. Thanks for getting to the bottom of it.

Yours sincerely,
Gareth Pym
Customer Relations, Conexus""", on=(5, 22),
  lab=L(),
  note="Satisfied answers inside a quoted final response; the complaint is the firm's wording about a resolved matter, nothing still wrong, so not a complaint (guide 4.5).")

S("iai-U23", "conexus", ("Tariq", "Benali", ["tariq.benali@gmail.com", "t.benali@outlook.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Pennant Mobile - account CNX 90-442816", text="""
Dear Mr Benali,

We are writing on behalf of Pennant Mobile about the balance of £348.90 on your former mobile contract. Please answer the questions below so that we can agree a way forward.

Do you agree that this balance is owed?

=> No. I cancelled with Pennant within the first 14 days and sent the handset back by tracked post. Their shop confirmed the cancellation.

Would you like to set up a payment arrangement?

=> No, because I don't owe it. Pennant have kept billing a contract they cancelled. They need to withdraw the bill and put my account right.

Do you have any evidence you would like us to consider?

=> Royal Mail tracking QX553370125GB and the shop's cancellation receipt, both attached.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(c=True, cat="debt_dispute", firm="pmt"),
  note="Implicit dispute typed inside the quote: the creditor Pennant Mobile (pmt) billed a cancelled contract, a root cause only the creditor can fix; category debt_dispute.")

S("iai-U24", "conexus", ("Eleanor", "Brightwell", ["eleanor.brightwell@gmail.com", "ebrightwell@icloud.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Your online payment plan - next steps", text="""
Dear Ms Brightwell,

Thank you for starting an application for a payment plan through our online service. Our system has suggested a monthly payment of £110, based on the figures you entered and on credit reference data.

Would you like to accept the suggested plan?

=> Not yet. I'd like one of your team to look at my figures and decide the amount, rather than the system.

Would you like us to save your application?

=> Yes please.

If you have any questions about how we reached the suggested amount, please ask.

=> I do: which credit reference agency did my data come from, what information from it did the system use, and do you keep it afterwards?

Kind regards,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(r="automated_decision,informed"),
  note="Neutral answers inside the quote asking for a person instead of the system to set the amount (automated_decision) and for the source, use and retention of her data (informed); no dissatisfaction, not a complaint.")

S("iai-U25", "conexus", ("Craig", "Mulholland", ["craig.mulholland@btinternet.com", "cmulholland@gmail.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Your account is now settled - CNX 55-807144", text="""
Dear Mr Mulholland,

Good news: your final payment has cleared and your Northline Energy account with us is now settled in full.

We will send a closure letter to your home address within 10 working days.

=> Great, thank you.

We would like to keep you informed about offers from our partner companies by text and email. Please reply YES or NO.

=> NO. I don't want marketing from you or your partners.

We will keep your details on file in line with our retention policy.

=> Please delete my mobile number and email address once the closure letter has gone, as there is no reason to contact me after that.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(r="objection,erasure"),
  note="Pleased answers inside the quote on a settled account: refusing marketing is objection and 'delete my mobile number and email address' is erasure; no grievance, so not a complaint.")

S("iai-U26", "conexus", ("Dominic", "Fairweather", ["dom.fairweather@gmail.com", "d.fairweather@yahoo.com"]),
  ("Joanne Wilks", "Data Protection Officer"),
  "Your data request - a couple of questions", text="""
Dear Mr Fairweather,

We have received your request for a copy of your personal data. To make sure we send you what you need, please let us know:

1. Which format you would prefer, paper or electronic.

=> Electronic please. For the payment history, a CSV or spreadsheet file would be best, as my debt adviser wants to import it into her budgeting software.

2. Whether you would like copies of call recordings as well.

=> Yes, all of them please.

3. The best email address to send the files to.

=> This one is fine.

Kind regards,
Joanne Wilks
Data Protection Officer, Conexus""",
  lab=L(r="access,portability"),
  note="Cooperative answers inside the quote: asking for the call recordings confirms a request for a copy (access) and the payment history as CSV to import elsewhere is portability; not a complaint.")

S("iai-U27", "conexus", ("Anjali", "Mehta", ["anjali.mehta@gmail.com", "a.mehta88@hotmail.com"]),
  ("Nadia Kerr", "Compliance and Risk Manager"),
  "Complaint CR-57214 - acknowledgement and questions", text="""
Dear Ms Mehta,

Thank you for your complaint, which we received on 4 September. We aim to send you our final response within eight weeks.

To help our investigation, please answer the following:

1. What address was on the letter you mentioned?

=> My name, care of Harbour Dental Practice, 2 Quay Street, which is where I work. I have never given you that address.

2. Who opened the letter?

=> Our practice manager, with the rest of the post. It listed my arrears and your collection charges, and she then asked me about it in front of a colleague.

3. What outcome are you looking for?

=> My complaint is about the letter going to my employer. I want an apology, compensation for the embarrassment, and an explanation of where you got my work address and why you used it.

Yours sincerely,
Nadia Kerr
Compliance and Risk Manager, Conexus""", on=(9, 8),
  lab=L(c=True, ex=True, pd=True, br=True, r="informed", cat="personal_data"),
  note="Inside the quote she calls it 'my complaint' (explicit): her arrears were disclosed to her employer (breach, personal_data) and she asks where the address came from and why it was used (informed).")

S("iai-U28", "conexus", ("Lorraine", "Cutts", ["lorraine.cutts@gmail.com", "lcutts@sky.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Account CNX 48-615093 - trace fee and address confirmation", text="""
Dear Mrs Cutts,

Our records show that post sent to your previous address was returned to us. We carried out a trace to find your current address, and a trace fee of £45.00 has been added to your balance in line with our terms.

=> I haven't moved. I've lived at 8 Linnet Way for eleven years. If your post came back, it was your mistake with the postcode, not mine.

Please confirm that your address is 8 Linnet Way, Westbury BA13 4PL.

=> Yes, it is and always has been.

Your revised balance is £1,271.50.

=> I won't pay £45 for a trace that was never needed. Take it off and send me the corrected balance.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(c=True, cat="fees_charges"),
  note="Implicit complaint typed inside the quote against a trace fee Conexus added on top of the debt: fees_charges, not debt_dispute.")

S("iai-U29", "conexus", ("Harvey", "Lundqvist", ["harvey.lundqvist@gmail.com", "h.lundqvist@lundqvistjoinery.co.uk"]),
  ("Gareth Pym", "Customer Relations"),
  "Your call with us on 3 March", text="""
Dear Mr Lundqvist,

We understand from our team that you were unhappy after a call with one of our agents on 3 March. We would like to understand what happened.

What was the reason for your call?

=> To change the bank account my direct debit comes from. Nothing else.

How long were you on the call?

=> 25 minutes, 20 of them on hold.

Can you describe what happened?

=> When I asked the agent to read the new details back to me, he sighed, said "I haven't got all day" and ended the call before confirming anything. I had to ring back and go through it all again with someone else.

What would you like us to do?

=> An apology, and confirmation in writing that the direct debit change has actually been made, because nobody has confirmed it.

Kind regards,
Gareth Pym
Customer Relations, Conexus""", on=(3, 6),
  lab=L(c=True, cat="service_quality"),
  note="Implicit complaint in the answers inside the quote: a dismissive agent on an admin call (not debt pursuit), with an apology and confirmation demanded; category service_quality, the hold being secondary.")

S("iai-U30", "conexus", ("Stephen", "Ashworth", ["stephen.ashworth@gmail.com", "s.ashworth@ashworthsurveyors.co.uk"]),
  ("Imran Qureshi", "Vulnerable Customers Team"),
  "Your mother's account - CNX 37-502268", text="""
Dear Mr Ashworth,

Thank you for letting us know that you help your mother, Mrs Irene Ashworth, with her affairs. Please answer the questions below so that we can record this correctly.

1. Do you hold a lasting power of attorney for your mother?

=> Yes, for property and financial affairs, registered in 2022. A copy is attached.

2. How would your mother prefer us to contact her?

=> Through me only, please. She has dementia and gets very confused on the phone.

3. Is there anything else we should know?

=> Yes. On 12 June someone from your office rang Mum's landline, and when her neighbour Mrs Dobbs answered (she was sitting with Mum), your caller told her Mum owed £2,300 and was in arrears. Half the street now knows. I expect an explanation of why her account details were given to someone who was not her, and I want a copy of the recording of that call.

Yours sincerely,
Imran Qureshi
Vulnerable Customers Team, Conexus""", on=(6, 18),
  lab=L(c=True, pd=True, br=True, tp=True, r="access", cat="personal_data"),
  note="A son with power of attorney (third party) answers inside the quote: the debt disclosed to a neighbour on the phone is a breach complaint (personal_data), and the call recording is access.")


# =============================== group C: whole message above an untouched quote =================

S("iai-C01", "pexa", ("Imogen", "Clarke", ["i.clarke@pellowstacey.co.uk", "imogen.clarke@pellowstacey.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0342 - final response", on=(4, 14), text="""
Dear Ms Clarke,

I am writing with our final response to your complaint of 3 March. You complained that your firm was charged a £38.00 cancellation fee for workspace 55-30127 even though the matter was withdrawn by the other side's lender before any documents were signed.

Having reviewed the workspace history, I agree that the fee should not have been applied. I have upheld your complaint and raised a credit note for £38.00, which will appear on your next invoice.

I am sorry for the inconvenience. If you are not satisfied with this response, you may refer your complaint to the Legal Ombudsman within six months of the date of this letter.

Yours sincerely,
Owen Mackie
Complaints Lead, PEXA""",
  lab=L(),
  note="A bare acknowledgement above the firm's final response: the complaint and its wording are only in the firm's quoted letter, so not a complaint.",
  top="Thanks, received.")

S("iai-C02", "pexa", ("Rob", "Kinsella", ["r.kinsella@kinsellamoore.co.uk", "rob.kinsella@kinsellamoore.co.uk"]),
  ("Hannah Ojo", "Customer Resolution Specialist"),
  "RE: Duplicate fees on invoice INV-77120 - complaint", text="""
Hi Rob,

Thanks for your email. I have passed this to our billing team, who will reissue the invoice without the duplicate workspace fees. I'll come back to you by Thursday.

Kind regards,
Hannah Ojo
Customer Resolution Specialist, PEXA""",
  older=("self", "Duplicate fees on invoice INV-77120 - complaint", """
Hello,

I want to complain about invoice INV-77120. Workspaces 60-21154 and 60-21155 are the same matter, opened twice by your system, and we have been billed £42 for each. This is the second month running.

Please reissue the invoice and tell me why this keeps happening.

Rob Kinsella
Practice Manager, Kinsella Moore LLP"""), days=2,
  lab=L(),
  note="'All sorted now' with thanks above the firm's reply that quotes his own earlier complaint: the new text confirms the matter is settled, so not a complaint (guide 4.5).",
  top="All sorted now, the invoice has been reissued. Thanks for your help.\n\nRob")

S("iai-C03", "pexa", ("Femi", "Adebayo", ["femi.adebayo@saltmarshconveyancing.co.uk", "compliance@saltmarshconveyancing.co.uk"]),
  ("Priti Varma", "Onboarding Team"),
  "Your PEXA application - documents needed", text="""
Dear Femi,

Thank you for your firm's application to join PEXA. To complete our checks, please send us:

- a copy of your firm's certificate of incorporation
- your current professional indemnity insurance certificate
- a recent statement for your client account (the account number may be partly hidden)

Once we have these, we will continue with your application.

Kind regards,
Priti Varma
Onboarding Team, PEXA""",
  lab=L(),
  note="Documents sent as asked, written above an untouched request: a routine service reply, not a complaint.",
  top="Attached as requested.\n\nRegards,\nFemi")

S("iai-C04", "pexa", ("Yusuf", "Karim", ["yusuf.karim@heathcotebank.co.uk", "y.karim@heathcotebank.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0802 - acknowledgement", on=(8, 13), text="""
Dear Mr Karim,

Thank you for your complaint of 11 August about the delay to settlement in workspace 63-55870. I am sorry for the difficulty this caused your customer.

I will investigate and aim to send you our response within four weeks. In the meantime, I would like to call you to talk through what happened.

Kind regards,
Owen Mackie
Complaints Lead, PEXA""",
  lab=L(),
  note="Only a contact number for the call-back above the quoted acknowledgement: the complaint is in the firm's quoted words, and a one-off number for a call is not a request to correct a record.",
  top="Please ring me on 07700 900271 for the call-back rather than the office line, I'm working from home this week.\n\nThanks\nYusuf")

S("iai-C05", "pexa", ("Bethany", "Lowe", ["bethany.lowe@quaysideproperty.co.uk", "b.lowe@quaysideproperty.co.uk"]),
  ("Sade Bello", "Training Coordinator"),
  "Your feedback on our training videos", text="""
Dear Bethany,

Thank you for your feedback about the settlement training videos, and I'm sorry that some of them still showed the old workspace screens. We are updating them now.

I'd like to talk you through the new materials. Would Wednesday at 2pm or Thursday at 10am suit you?

Best wishes,
Sade Bello
Training Coordinator, PEXA""",
  lab=L(),
  note="A date for the call above the firm's letter; the earlier grievance is only described in the quote, and the new text expresses none: not a complaint.",
  top="Thursday at 10 works for me. Speak then.\nBethany")

S("iai-C06", "pexa", ("Gillian", "Forsyth", ["g.forsyth@forsythproperty.co.uk", "gillian.forsyth@forsythproperty.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Complaint - lodgement rejected twice, workspace 59-40312", author="self", text="""
Dear PEXA,

I am writing to complain about workspace 59-40312. The lodgement was rejected twice because the platform attached an old version of the TR1, even though our team had uploaded the correct one. The delay has put our client's remortgage at risk.

Please investigate and let me know what went wrong.

Gillian Forsyth
Partner, Forsyth Property Lawyers""",
  lab=L(c=True, ex=True, cat="delay"),
  note="A chaser above her own quoted complaint: five weeks without a reply is a delay complaint, explicit because the new text says 'my complaint' (guide 4.6).",
  top="Five weeks on and I still have had no reply to my complaint below. When can I expect a response?")

S("iai-C07", "pexa", ("Marek", "Nowak", ["m.nowak@riversidelegal.co.uk", "marek.nowak@riversidelegal.co.uk"]),
  ("Marcus Feld", "Settlement Support Lead"),
  "Funds verification errors - update", text="""
Dear Marek,

Further to your ticket about funds verification errors, our engineers deployed a fix at 18:00 yesterday. Settlements should now complete normally.

Please let us know if you see the error again.

Kind regards,
Marcus Feld
Settlement Support Lead, PEXA""",
  lab=L(c=True, cat="platform_defect"),
  note="'Still not fixed' above the firm's all-clear: the same settlement failure continues and he wants escalation, an implicit platform_defect complaint in his own words on top.",
  top="Still not fixed. Two more settlements failed with the same funds verification error this morning. Please escalate today.")

S("iai-C08", "pexa", ("Nadine", "Ferris", ["nadine.ferris@gmail.com", "nferris@icloud.com"]),
  ("", ""), "Your redemption statement - mortgage account ending 4471",
  author=("other", "Kestrel Redemptions Team", "redemptions@kestrelbs.co.uk"), on=(9, 22), text="""
Dear Ms Ferris,

As requested by your solicitor, please find below the amount needed to repay your mortgage in full.

Redemption date: 26 September 2025
Amount to repay: £148,912.36
Daily interest after this date: £18.40

This figure will be sent to your solicitor through the PEXA workspace.

Redemptions Team
Kestrel Building Society""",
  lab=L(c=True, cat="inaccurate_information", firm="kbs"),
  note="A seller forwards her lender's statement with a one-line grievance that the figure is wrong: a consumer complaint purely about Kestrel Building Society (kbs), category inaccurate_information.",
  top="This is what Kestrel sent me. The figure is about £4,000 more than my last annual statement says. Can you get them to correct it before we complete on Friday?")

S("iai-C09", "pexa", ("Hollie", "Barnes", ["h.barnes@tidewayconveyancing.co.uk", "hollie.barnes@tidewayconveyancing.co.uk"]),
  ("", ""), "Proof of registration",
  author=("other", "James Whitcombe", "james.whitcombe@gmail.com"), text="""
Hi Hollie,

Sorry to bother you again. The bank have asked me for proof that the transfer of 12 Holm Oak Road has been registered. Is that something you can send me?

Thanks,
James""",
  lab=L(),
  note="A conveyancer forwards her client's question with a one-line service request: no dissatisfaction, and staff writing for their own firm are not third_party.",
  top="Forwarding from our client as discussed. Could you resend the lodgement receipt for workspace 60-77215 so we can pass it on?")

S("iai-C10", "pexa", ("Tomasz", "Zielinski", ["t.zielinski@ashgroveconveyancing.co.uk", "tomasz.zielinski@ashgroveconveyancing.co.uk"]),
  ("Tom Achterberg", "Data Protection Team"),
  "Important: an incident involving your personal data", on=(7, 9), text="""
Dear Mr Zielinski,

We are writing to tell you about an incident involving your personal data. On 2 July a report listing subscriber users, including your name, work email address and user ID, was sent in error to another subscriber firm. The report did not include passwords or any client information.

The firm that received the report has confirmed that it has been deleted. We have reported the incident to the Information Commissioner's Office and we are reviewing how the report was produced.

We are sorry that this happened. If you have any questions, please reply to this email.

Tom Achterberg
Data Protection Team, PEXA""",
  lab=L(),
  note="'Received, thank you' above the firm's own breach notification: the breach is described only in the firm's quoted words, so breach=false and not a complaint (guide section 1).",
  top="Received, thank you.")

S("iai-C11", "pexa", ("Natalie", "Rooke", ["natalie.rooke@gmail.com", "n.rooke@outlook.com"]),
  ("Jess Okafor", "Support Desk"),
  "Signing in to PEXA", text="""
Dear Ms Rooke,

Thank you for your question. Your user account was deactivated by your former firm's subscriber administrator on 30 April, which is why you can no longer sign in. If you join another subscriber firm, its administrator can invite you to set up a new account.

Kind regards,
Jess Okafor
PEXA Support""",
  lab=L(r="access"),
  note="A short thanks with a request above the quote for a copy of all her personal data and call notes: access, without dissatisfaction, so not a complaint.",
  top="Thanks. While you're at it, please send me a copy of all the personal data you hold about me, including the notes of my calls to support.")

S("iai-C12", "pexa", ("Aidan", "Quigley", ["aidan.quigley@tvmortgages.co.uk", "a.quigley@tvmortgages.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0214 - outcome", on=(3, 4), text="""
Dear Mr Quigley,

Thank you for your complaint about the duplicated per-workspace fees on your February invoice. I am sorry for the error. I have upheld your complaint and arranged a credit of £126.00, which will appear on your next invoice.

Kind regards,
Owen Mackie
Complaints Lead, PEXA""",
  lab=L(c=True, cat="fees_charges"),
  note="Thanks with something still wrong: the promised credit is missing from the invoice and he asks for it to be applied, a continuing implicit complaint, fees_charges (guide 4.5, lg-24 pattern).",
  top="Thank you for the apology. But the credit still isn't on this month's invoice. Please make sure it is applied.")

S("iai-C13", "pexa", ("Rhiannon", "Pugh", ["rhiannon.pugh@glanmorlaw.co.uk", "r.pugh@glanmorlaw.co.uk"]),
  ("Owen Mackie", "Complaints Lead"),
  "Your complaint PXC-2025-0461 - final response", on=(5, 21), text="""
Dear Ms Pugh,

Thank you for your complaint about the training session on 12 May, where you told us the trainer left early and did not cover lodgement. I am sorry that the session fell short.

We have spoken to the trainer and booked a free replacement session for your team on 3 June with a different trainer. Our training materials have also been updated.

This is our final response. If you are not satisfied, you may contact the Legal Ombudsman within six months.

Yours sincerely,
Owen Mackie
Complaints Lead, PEXA""",
  lab=L(),
  note="'Happy with this outcome' above a quoted final response: the complaint is the firm's summary of the past grievance; the new text is satisfied, not a complaint.",
  top="Thank you, I'm happy with this outcome.\n\nRhiannon Pugh")

S("iai-C14", "pexa", ("Ian", "Whitlock", ["ian.whitlock@kbsolicitors.co.uk", "i.whitlock@kbsolicitors.co.uk"]),
  ("Sade Bello", "Training Coordinator"),
  "Updated settlement guides and webinar recording", text="""
Hi Ian,

As promised, here are the links to the updated settlement guides and the recording of last week's webinar. Refresher sessions are running every Tuesday next month and can be booked through the training portal.

Best wishes,
Sade Bello
Training Coordinator, PEXA""",
  lab=L(),
  note="A brief 'got it, thanks' above training material: not a complaint, and portal booking is not a data right.",
  top="Got it, thanks. We'll book the refresher for next month.")

S("iai-C15", "pexa", ("Caroline", "Ashby", ["caroline@ashbyconveyancing.co.uk", "c.ashby@ashbyconveyancing.co.uk"]),
  ("Priti Varma", "Onboarding Team"),
  "Your PEXA application - update", text="""
Dear Caroline,

Thank you for your patience. Your application is still with our verification team, who are waiting for a response from a third-party check. We will be in touch as soon as we hear back.

Kind regards,
Priti Varma
Onboarding Team, PEXA""",
  lab=L(c=True, ex=True, cat="onboarding"),
  note="A one-line formal complaint above the thread about a three-month registration: explicit in her own words; the specific onboarding theme beats generic delay (guide 4.16a).",
  top="I want to make a formal complaint about how long this is taking. It is now three months since we applied and every reply says the same thing.")

S("iai-C16", "conexus", ("Donna", "Whitaker", ["donna.whitaker@gmail.com", "dwhitaker62@yahoo.co.uk"]),
  ("Nadia Kerr", "Compliance and Risk Manager"),
  "Complaint CR-54102 - final response", on=(2, 20), text="""
Dear Mrs Whitaker,

This is our final response to your complaint of 14 January, in which you told us that one of our field agents visited your home without notice. We found that the visit was booked in error after you had already agreed a payment plan. We have upheld your complaint, we apologise for the distress it caused, and we have removed the £60 visit fee from your account.

If you are unhappy with this response, you may refer the matter to the Financial Ombudsman Service within six months.

Yours sincerely,
Nadia Kerr
Compliance and Risk Manager, Conexus""",
  lab=L(),
  note="'Thank you, received' above a quoted final response that describes her complaint: the new text has no dissatisfaction, so not a complaint.",
  top="Thank you, received.")

S("iai-C17", "conexus", ("Kevin", "Mallory", ["kevin.mallory@gmail.com", "k.mallory@hotmail.com"]),
  ("Ravi Sethi", "Customer Support"),
  "RE: Payments keep failing - CNX 52-660913", on=(6, 5), text="""
Dear Mr Mallory,

Thank you for your email. I am sorry that your card payment was rejected. Our card provider had a fault on 2 and 3 June, which has now been fixed, and the missed payment letter has been withdrawn. Please try again and let me know if you have any further problems.

Kind regards,
Ravi Sethi
Customer Support, Conexus""",
  older=("self", "Payments keep failing - CNX 52-660913", """
Hi,

I'm fed up. I've tried to pay my instalment online three times and each time your site rejects my card, which works everywhere else. Now I've had a letter saying I've missed a payment. I want that letter withdrawn and someone to sort the payment page out.

Kevin Mallory"""), days=1,
  lab=L(),
  note="'All sorted now' above the firm's reply quoting his own angry email: the grievance is only in quoted history and the new text confirms it is fixed, so not a complaint.",
  top="That's all sorted now, thanks. The payment went through fine this month.")

S("iai-C18", "conexus", ("Sandra", "Okoye", ["sandra.okoye@gmail.com", "s.okoye@nhs-mail.example"]),
  ("Ravi Sethi", "Customer Support"),
  "Your reduced payment request - CNX 61-094417", text="""
Dear Ms Okoye,

Thank you for completing the income and expenditure form. Before we can agree the reduced payment of £20 a month, please send us copies of your last three payslips.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(),
  note="Documents sent as asked above an untouched request: a routine reply, not a complaint.",
  top="Attached are my last three payslips as requested.\n\nSandra Okoye")

S("iai-C19", "conexus", ("Declan", "Harte", ["declan.harte@gmail.com", "dharte@outlook.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Your payment plan - CNX 29-518840", text="""
Dear Mr Harte,

This is to confirm your payment plan of £40 a month for your Westbury Council Tax Services arrears, starting on 1 August. We will send you a reminder by text three days before each payment.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(r="rectification"),
  note="A new mobile number with 'please update your records' above the quote: updating his record is rectification (guide 4.14, as with a new address), with no dissatisfaction, so not a complaint.",
  top="My new mobile number is 07700 900412, please update your records.")

S("iai-C20", "conexus", ("Paula", "Jennings", ["paula.jennings@gmail.com", "pjennings@btinternet.com"]),
  ("Gareth Pym", "Customer Relations"),
  "Your complaint about letters after account closure", text="""
Dear Ms Jennings,

Thank you for your complaint about the letters you received after your account was closed. I am looking into what happened and I would like to speak to you by phone. Please let me know a day and time this week that suits you.

Kind regards,
Gareth Pym
Customer Relations, Conexus""",
  lab=L(),
  note="Only a time for the call above the firm's letter; the grievance is in the firm's quoted summary, and the new text adds no dissatisfaction: not a complaint.",
  top="Wednesday after 2pm is best for the call.")

S("iai-C21", "conexus", ("Malcolm", "Reeve", ["malcolm.reeve@gmail.com", "m.reeve@reeveplumbing.co.uk"]),
  ("Gareth Pym", "Customer Relations"),
  "RE: Sterling Credit debt shown as unpaid", on=(4, 3), text="""
Dear Mr Reeve,

Thank you for your email. We have logged your complaint under reference CR-55874 and we will send you our final response within eight weeks.

Yours sincerely,
Gareth Pym
Customer Relations, Conexus""",
  older=("self", "Sterling Credit debt shown as unpaid", """
Dear Sir or Madam,

I wish to complain that you are still treating my Sterling Credit debt as unpaid when I settled it in full in March. I have the settlement letter. Please correct this and confirm in writing.

Malcolm Reeve"""), days=2,
  lab=L(c=True, ex=True, cat="delay"),
  note="A chaser above the quoted acknowledgement: nine weeks with no final response is a delay complaint, explicit because the new text says 'my complaint' (guide 4.6).",
  top="Nine weeks now and still no final response to my complaint. Please reply.")

S("iai-C22", "conexus", ("Jade", "Farrow", ["jade.farrow@gmail.com", "jfarrow92@hotmail.co.uk"]),
  ("Gareth Pym", "Customer Relations"),
  "Contact from our team", text="""
Dear Ms Farrow,

Thank you for letting us know about the number of calls you have been receiving. I have asked our team to limit contact to one call a week, and only after 5pm, as you asked.

Kind regards,
Gareth Pym
Customer Relations, Conexus""",
  lab=L(c=True, cat="collection_conduct"),
  note="'Still not fixed' above the firm's promise: repeated calls continue, an implicit complaint about how the debt is pursued (collection_conduct) in her own words on top.",
  top="Still not fixed. Your agent rang me three times again today.")

S("iai-C23", "conexus", ("Neil", "Pritchard", ["neil.pritchard@gmail.com", "n.pritchard@outlook.com"]),
  ("", ""), "Your final bill - account NE-3390218",
  author=("other", "Northline Energy Billing", "billing@northline-energy.co.uk"), text="""
Dear Mr Pritchard,

Thank you for being a Northline Energy customer. Your final bill for 5 Quarry Lane is now ready.

Electricity (meter E19K04412): £212.60
Electricity (meter E19K07781): £486.15
Total due: £698.75

Please pay within 14 days.

Northline Energy Billing""",
  lab=L(c=True, cat="debt_dispute", firm="nte"),
  note="A forward of the creditor's bill with a one-line dispute: he is charged for a meter that is not his, a root cause only Northline Energy (nte) can fix; debt_dispute.",
  top="This is the bill you're chasing me for. Northline have charged me for a second meter that isn't mine. Please get them to correct it.")

S("iai-C24", "conexus", ("Grace", "Adeleke", ["grace.adeleke@millbrookadvice.org.uk", "g.adeleke@millbrookadvice.org.uk"]),
  ("", ""), "Signed form",
  author=("other", "Lena Marsh", "lena.marsh77@gmail.com"), text="""
Hi Grace,

Here's the form, signed and dated. Let me know if you need anything else.

Lena""",
  lab=L(tp=True),
  note="A money adviser forwards her client's signed authority as asked: written on the client's behalf (third_party) but with no dissatisfaction, so not a complaint.",
  top="Forwarding my client's signed authority form, as requested in your letter of 2 May. Account CNX 43-271906.\n\nGrace Adeleke\nMoney Adviser, Millbrook Debt Advice")

S("iai-C25", "conexus", ("Yvonne", "Castell", ["yvonne.castell@gmail.com", "y.castell@icloud.com"]),
  ("Joanne Wilks", "Data Protection Officer"),
  "An apology about a letter sent to your previous address", on=(4, 24), text="""
Dear Ms Castell,

We are writing to apologise. On 18 April a letter about your account was sent to a previous address of yours in error. The letter showed your name, account number and balance. The current occupier opened it and returned it to us.

We have corrected your address on our system and reminded our team to check addresses before sending letters. If you are unhappy with how we have handled this, you can contact us or the Information Commissioner's Office.

Yours sincerely,
Joanne Wilks
Data Protection Officer, Conexus""",
  lab=L(),
  note="'Received, thanks' above the firm's apology for a misdirected letter: the breach is described only in the firm's quoted words, so breach=false and not a complaint.",
  top="Received, thanks.")

S("iai-C26", "conexus", ("Lewis", "Tranter", ["lewis.tranter@gmail.com", "ltranter@yahoo.co.uk"]),
  ("Ravi Sethi", "Customer Support"),
  "Payment received - CNX 70-315582", text="""
Dear Mr Tranter,

Thank you for your payment of £150. Your remaining balance is £430.00 and your next payment is due on 1 October.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(r="objection"),
  note="A short thanks with a request above the quote to stop marketing texts: objection to marketing, calmly asked, so not a complaint.",
  top="Thanks. Please also stop sending me marketing texts about your partners' offers.")

S("iai-C27", "conexus", ("Bridget", "Nolan", ["bridget.nolan@gmail.com", "b.nolan@eircom.net"]),
  ("Nadia Kerr", "Compliance and Risk Manager"),
  "Complaint CR-56621 - final response", on=(8, 12), text="""
Dear Mrs Nolan,

This is our final response to your complaint about the interest added to your account after you started a payment plan. We agree that interest should have been frozen from 1 June. We have upheld your complaint and removed £84.20 from your balance.

Yours sincerely,
Nadia Kerr
Compliance and Risk Manager, Conexus""",
  lab=L(),
  note="Thanks for upholding the complaint: the word is in her own text but refers to a resolved matter with nothing still wrong, so not a complaint (guide 4.5).",
  top="Thank you for upholding my complaint, much appreciated.\nBridget Nolan")

S("iai-C28", "conexus", ("Ruth", "Calloway", ["ruth.calloway@gmail.com", "r.calloway@outlook.com"]),
  ("Ravi Sethi", "Customer Support"),
  "Your annual statement - CNX 38-770254", text="""
Dear Ms Calloway,

Please find attached your annual statement for your Lumen Water account. Your balance is £212.00 and your payment plan of £20 a month continues as before.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(br=True),
  note="A calm note above the quote that the attached PDF included another debtor's statement: a breach reported without dissatisfaction (breach=true, complaint=false, as lg-32).",
  top="Thanks for this. Just so you know, the PDF also had a second page for someone else: a Mr Kenneth Yates at an address in Swindon, with his balance on it. I've deleted it.")

S("iai-C29", "conexus", ("Samir", "Haddad", ["samir.haddad@gmail.com", "s.haddad@haddadcarpentry.co.uk"]),
  ("Ravi Sethi", "Customer Support"),
  "Your account is on hold - CNX 57-902213", on=(7, 7), text="""
Dear Mr Haddad,

As agreed on our call of 4 July, we have placed your account on hold for 60 days while you get debt advice. No interest or charges will be added during this time.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(c=True, ex=True, cat="fees_charges"),
  note="A one-line explicit complaint above the quote about a £60 charge added despite the hold: a charge levied on top of the debt, fees_charges.",
  top="This is a complaint. You've added another £60 charge after agreeing to put the account on hold.")

S("iai-C30", "conexus", ("Kwame", "Osei", ["kwame.osei@gmail.com", "k.osei@oseiaccounting.co.uk"]),
  ("Ravi Sethi", "Customer Support"),
  "Your payment plan - CNX 84-130627", text="""
Dear Mr Osei,

Thank you for speaking with us. We have set up a payment plan of £25 a month for your Pennant Mobile balance, starting on 15 March.

Yours sincerely,
Ravi Sethi
Customer Support, Conexus""",
  lab=L(tp=True),
  note="A son writing on his father's behalf above the quote (third_party) to say the plan is fine: no dissatisfaction, not a complaint.",
  top="Hello, I'm replying for my father, Mr Emmanuel Osei, who uses my email. He has received this and is happy with the plan. Thank you.\n\nKwame Osei")


# ==== END OF SCENARIOS ====


# ---------------------------------------------------------------------------------------------
# envelopes

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PLAIN = ["plain_outlook", "plain_original", "on_gt", "on_nogt"]
HTML = ["html_blockquote", "html_outlook_div"]
LAYOUT_GROUP = {"plain_outlook": "plain Outlook block", "plain_original": "plain Outlook block",
                "on_gt": "On ... wrote: with >", "on_nogt": "On ... wrote: without >",
                "html_blockquote": "HTML blockquote", "html_outlook_div": "HTML Outlook div"}
COLOURS = ['<span style="color:#C00000">{}</span>', '<font color="#0070C0">{}</font>',
           '<span style="color:rgb(112,48,160)"><b>{}</b></span>', '<font color="red">{}</font>',
           '<span style="color:#1F497D">{}</span>']
GAP = ">"


def parse(text):
    """[(kind, text)]: kind 'firm' for the quoted mail's own paragraphs, 'ans' for the sender's inline answers."""
    out = []
    for p in text.split("\n\n"):
        if p.startswith("=> "):
            out.append(("ans", p[3:]))
        else:
            out.append(("firm", p))
    return out


class When:
    """A sent time and its renderings in the mail programs' quote headers."""

    def __init__(self, y, mo, d, h, mi):
        import datetime
        self.dt = datetime.datetime(y, mo, d, h, mi)

    def minus(self, days, h, mi):
        import datetime
        t = self.dt - datetime.timedelta(days=days)
        return When(t.year, t.month, t.day, h, mi)

    def outlook(self):
        t = self.dt
        return f"{DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"

    def outlook_short(self):
        t = self.dt
        return f"{t.day:02d} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"

    def gmail(self):
        t = self.dt
        return f"{DAYS[t.weekday()][:3]}, {t.day} {MONTHS[t.month - 1][:3]} {t.year} at {t:%H:%M}"

    def numeric(self):
        t = self.dt
        return f"{t:%d/%m/%Y %H:%M}"


def staff_addr(mb, name):
    first, last = name.split(" ", 1)
    return f"{first.lower()}.{last.lower().replace(' ', '')}@{FIRM_DOMAIN[mb]}"


def mark_plain(ans, mark, ini_fmt):
    if mark == "capitals":
        return ans.upper()
    if mark == "initials":
        return ini_fmt.format(ans)
    return ans


def mark_html(ans, mark, ini_fmt, colour):
    a = escape_html(ans).replace("\n", "<br>")
    if mark == "capitals":
        return escape_html(ans.upper()).replace("\n", "<br>")
    if mark == "initials":
        return ini_fmt.format(a)
    if mark == "colour":
        return colour.format(a)
    return a


def h(s):
    return escape_html(s).replace("\n", "<br>")


def render(sc, k, which, layout, mark, rng):
    """One email of scenario sc (k: its index in its group; which: 'A' or 'B')."""
    mb = sc["mb"]
    first, last, addrs = sc["person"]
    me_addr = addrs[0] if which == "A" else addrs[1]
    me_name = f"{first} {last}"
    ini = first[0] + last[0]
    disp = me_name if (which == "A" or rng.random() < 0.5) else f"{last}, {first}"
    sender = f"{disp} <{me_addr}>"
    author = sc["author"]
    if author == "firm":
        q_name, q_addr = sc["staff"][0], staff_addr(mb, sc["staff"][0])
        to_name, to_addr = me_name, me_addr
    elif author == "self":
        q_name, q_addr = me_name, me_addr
        to_name, to_addr = f"{FIRM_ORG[mb]} Complaints", f"complaints@{FIRM_DOMAIN[mb]}"
    else:
        q_name, q_addr = author[1], author[2]
        to_name, to_addr = me_name, me_addr
    forward = isinstance(author, tuple)
    when = sc["when"]
    blocks = parse(sc["text"])
    group = sc["sid"].split("-")[1][0]
    assert group == "C" or any(kd == "ans" for kd, _ in blocks), sc["sid"]
    assert group == "U" or not any(kd == "ans" for kd, _ in blocks), sc["sid"]
    answers = [t for kd, t in blocks if kd == "ans"]

    # the sender's own words above the quote
    if group == "C":
        top = sc["top"]
    else:
        top = rng.choice(["", "", "Hi", "Thanks", f"Hi {sc['staff'][0].split()[0]}", first,
                          f"Regards\n{first}", f"Thanks,\n{first}", "Hello"])
    own = (top + "\n" + "\n".join(answers)).strip()

    ini_fmt = rng.choice(["[" + ini + "] {}", ini + ": {}", ini + " - {}", "{} (" + ini + ")"])
    colour = rng.choice(COLOURS)
    outlook_like = layout in ("plain_outlook", "plain_original", "html_outlook_div")
    if forward:
        prefix = "FW: " if outlook_like else "Fwd: "
    else:
        prefix = "RE: " if outlook_like else "Re: "
    subject = prefix + sc["subject"]

    older = sc["older"]
    if older:
        o_author, o_subject, o_text = older
        if o_author == "self":
            o_name, o_addr, o_to = me_name, me_addr, f"{FIRM_ORG[mb]} Complaints <complaints@{FIRM_DOMAIN[mb]}>"
        else:
            o_name, o_addr, o_to = sc["staff"][0], staff_addr(mb, sc["staff"][0]), f"{me_name} <{me_addr}>"
        o_when = sc["o_when"]

    if not layout.startswith("html"):
        # ----- plain text
        if layout == "plain_outlook":
            head = (f"________________________________\nFrom: {q_name} <{q_addr}>\nSent: {when.outlook()}\n"
                    f"To: {to_name} <{to_addr}>\nSubject: {sc['subject']}\n\n")
        elif layout == "plain_original":
            head = (f"-----Original Message-----\nFrom: {q_name} [mailto:{q_addr}]\nSent: {when.outlook_short()}\n"
                    f"To: {to_name}\nSubject: {sc['subject']}\n\n")
        elif layout == "on_gt":
            head = f"On {when.gmail()}, {q_name} <{q_addr}> wrote:\n\n"
        else:
            head = f"On {when.numeric()}, {q_name} wrote:\n\n"
        parts = []
        prev = None
        for kd, t in blocks:
            if kd == "ans":
                piece = mark_plain(t, mark, ini_fmt)
                sep = "\n\n"
            elif layout == "on_gt":
                piece = quote_lines(t)
                sep = "\n>\n" if prev == "firm" else "\n\n"
            else:
                piece = t
                sep = "\n\n"
            parts.append((sep if parts else "") + piece)
            prev = kd
        quoted = "".join(parts)
        if older:
            if layout == "plain_outlook":
                quoted += (f"\n\n________________________________\nFrom: {o_name} <{o_addr}>\nSent: {o_when.outlook()}\n"
                           f"To: {o_to}\nSubject: {o_subject}\n\n{o_text.strip()}")
            elif layout == "plain_original":
                quoted += (f"\n\n-----Original Message-----\nFrom: {o_name} [mailto:{o_addr}]\n"
                           f"Sent: {o_when.outlook_short()}\nTo: {o_to.split(' <')[0]}\nSubject: {o_subject}\n\n"
                           f"{o_text.strip()}")
            elif layout == "on_gt":
                inner = "\n".join((">> " + ln) if ln else ">>" for ln in o_text.strip().split("\n"))
                quoted += f"\n>\n> On {o_when.gmail()}, {o_name} <{o_addr}> wrote:\n{inner}"
            else:
                quoted += f"\n\nOn {o_when.numeric()}, {o_name} wrote:\n{quote_lines(o_text.strip())}"
        body = (top + "\n\n" if top else "") + head + quoted
        html = False
    else:
        # ----- HTML
        style = rng.choice(["gmail", "moz", "bare"]) if layout == "html_blockquote" else rng.choice(["owa", "desktop"])
        if style == "desktop":
            para = '<p class="MsoNormal">{}<o:p></o:p></p>'
            blank = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        else:
            para = "<div>{}</div>"
            blank = "<div><br></div>"
        top_html = "".join(para.format(h(ln)) for ln in top.split("\n")) if top else blank

        def firm_html(t):
            return para.format(h(t)) + blank

        def ans_html(t):
            return para.format(mark_html(t, mark, ini_fmt, colour)) + blank

        if layout == "html_blockquote":
            if style == "gmail":
                bq_open = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                attr = (f'<div dir="ltr" class="gmail_attr">On {when.gmail()}, {escape_html(q_name)} '
                        f'&lt;{q_addr}&gt; wrote:<br></div>')
                start = f'<div dir="ltr">{top_html}</div><br><div class="gmail_quote">{attr}'
                end = "</div>"
            elif style == "moz":
                bq_open = f'<blockquote type="cite" cite="mid:{rng.getrandbits(48):012x}@{FIRM_DOMAIN[mb]}">'
                attr = f'<div class="moz-cite-prefix">On {when.numeric()}, {escape_html(q_name)} wrote:<br></div>'
                start = ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
                         f'<body>{top_html}{blank}{attr}')
                end = "</body></html>"
            else:
                bq_open = "<blockquote>"
                attr = f"<div>On {when.gmail()}, {escape_html(q_name)} wrote:</div>"
                start = f"<html><body>{top_html}{attr}"
                end = "</body></html>"
            out = [start]
            inside = False
            for kd, t in blocks:
                if kd == "firm" or mark == "colour":
                    if not inside:
                        out.append(bq_open)
                        inside = True
                    out.append(firm_html(t) if kd == "firm" else ans_html(t))
                else:
                    if inside:
                        out.append("</blockquote>")
                        inside = False
                    out.append(ans_html(t))
            if older:
                if not inside:
                    out.append(bq_open)
                    inside = True
                if style == "gmail":
                    out.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On {o_when.gmail()}, '
                               f'{escape_html(o_name)} &lt;{o_addr}&gt; wrote:<br></div>{bq_open}'
                               + "".join(firm_html(p) for p in o_text.strip().split("\n\n")) + "</blockquote></div>")
                else:
                    out.append(f"<div>On {o_when.numeric()}, {escape_html(o_name)} wrote:</div>{bq_open}"
                               + "".join(firm_html(p) for p in o_text.strip().split("\n\n")) + "</blockquote>")
            if inside:
                out.append("</blockquote>")
            out.append(end)
        else:
            if style == "owa":
                start = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                         '</head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; '
                         f'font-size: 12pt; color: rgb(0, 0, 0);">{top_html}</div>')

                def hdr(n, a, w, to, s):
                    return ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                            f'<b>From:</b> {escape_html(n)} &lt;{a}&gt;<br><b>Sent:</b> {w}<br>'
                            f'<b>To:</b> {escape_html(to)}<br><b>Subject:</b> {escape_html(s)}</font>'
                            '<div>&nbsp;</div></div>')
                end = "</body></html>"
            else:
                start = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                         'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                         'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1" '
                         f'vlink="#954F72"><div class="WordSection1">{top_html}{blank}')

                def hdr(n, a, w, to, s):
                    return ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                            f'<p class="MsoNormal"><b>From:</b> {escape_html(n)} &lt;{a}&gt; <br><b>Sent:</b> {w}<br>'
                            f'<b>To:</b> {escape_html(to)}<br><b>Subject:</b> {escape_html(s)}<o:p></o:p></p>'
                            f'</div></div>{blank}')
                end = "</div></body></html>"
            out = [start, hdr(q_name, q_addr, when.outlook(), f"{to_name} <{to_addr}>", sc["subject"])]
            out.append("<div>" if style == "owa" else "")
            for kd, t in blocks:
                out.append(firm_html(t) if kd == "firm" else ans_html(t))
            if older:
                out.append(hdr(o_name, o_addr, o_when.outlook(), o_to, o_subject))
                out.extend(firm_html(p) for p in o_text.strip().split("\n\n"))
            out.append("</div>" if style == "owa" else "")
            out.append(end)
        body = "".join(out)
        html = True

    headers = {}
    if rng.random() < 0.3 and author == "firm":
        headers["in-reply-to"] = f"<{rng.getrandbits(64):016x}@{FIRM_DOMAIN[mb]}>"
    rec = {"id": None, "mailbox": mb, "from": sender, "subject": subject, "headers": headers, "body": body,
           "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])), "note": sc["note"],
           "source": sc["sid"], "train_labels": ["complaint"], "_env": f"{layout}/{mark}"}
    OWN[id(rec)] = own
    META[id(rec)] = (group, layout, mark)
    return rec


OWN = {}
META = {}
CHECKER_OVERRIDDEN = set()


def envelopes(sc, k):
    """[(layout, mark)] for renderings A and B of the k-th scenario of its group."""
    group = sc["sid"].split("-")[1][0]
    if isinstance(sc["author"], tuple):  # forwards: Outlook block, then Outlook HTML
        la, lb = "plain_outlook", "html_outlook_div"
    else:
        la = PLAIN[k % 4]
        lb = PLAIN[(k + 2) % 4] if k % 5 == 3 else HTML[k % 2]
    if group == "C":
        return [(la, "n/a"), (lb, "n/a")]
    ma = ["initials", "none", "capitals"][k % 3]
    if lb.startswith("html"):
        mb_ = ["colour", "initials", "colour", "none", "capitals", "colour"][k % 6]
    else:
        mb_ = ["initials", "none", "capitals"][(k + 1) % 3]
    return [(la, ma), (lb, mb_)]


def build(rng):
    records = []
    idx = {"U": 0, "C": 0}
    for sc in SCEN:
        group = sc["sid"].split("-")[1][0]
        k = idx[group]
        idx[group] += 1
        mo, d = rng.randrange(1, 11), rng.randrange(1, 29)
        if sc["on"]:
            mo, d = sc["on"]
        w = When(2025, mo, d, rng.randrange(8, 18), rng.randrange(60))
        while w.dt.weekday() >= 5:
            w = w.minus(-1, w.dt.hour, w.dt.minute)
        sc["when"] = w
        sc["o_when"] = w.minus(sc["days"], rng.randrange(8, 18), rng.randrange(60)) if sc["older"] else None
        for which, (layout, mark) in zip("AB", envelopes(sc, k)):
            records.append(render(sc, k, which, layout, mark, rng))
    return records


def errors(rec):
    """record_errors, except that its explicit check (on subject + new_text) is replaced by the check on the
    sender's own words (the top plus the inline answers) wherever the two disagree."""
    e = record_errors(rec)
    lab = rec["labels"]
    mine = []
    if lab["complaint"] and ("complain" in OWN[id(rec)].lower()) != lab["explicit"]:
        mine.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words="
                    f"{'complain' in OWN[id(rec)].lower()}")
    kept = [x for x in e if not x.startswith("explicit=")]
    if len(kept) != len(e) and not mine:
        CHECKER_OVERRIDDEN.add(rec["id"])
    return kept + mine


def summary(records, env_counts):
    from collections import Counter
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, "
             f"{len({r['source'] for r in records})} scenarios"]
    for g in ("U", "C"):
        rs = [r for r in records if r["source"].split("-")[1][0] == g]
        labs = [r["labels"] for r in rs]
        lines.append(f"group {g}: {len(rs)} emails ({len({r['source'] for r in rs})} scenarios); "
                     f"complaints {sum(x['complaint'] for x in labs)} "
                     f"(explicit {sum(x['explicit'] for x in labs)}); breach {sum(x['breach'] for x in labs)}; "
                     f"third_party {sum(x['third_party'] for x in labs)}; "
                     f"auto {sum(x['auto_generated'] for x in labs)}; "
                     f"with rights {sum(bool(x['rights']) for x in labs)}; "
                     f"rights {dict(Counter(y for x in labs for y in x['rights']))}; "
                     f"firms {dict(Counter(x['about_other_firm'] for x in labs if x['about_other_firm']))}")
        lines.append(f"  layouts {dict(Counter(LAYOUT_GROUP[META[id(r)][1]] for r in rs))}")
        lines.append(f"  layouts (fine) {dict(Counter(META[id(r)][1] for r in rs))}")
        lines.append(f"  answer marking {dict(Counter(META[id(r)][2] for r in rs))}")
    lines.append(f"envelopes: {dict(sorted(env_counts.items()))}")
    lines.append(f"records where record_errors' explicit check was replaced by the own-words check: "
                 f"{len(CHECKER_OVERRIDDEN)}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
