#!/usr/bin/env python3
"""Build data/trials/hard_negatives_lookalikes.jsonl (a trial set, not read by training; see data/README.md): complaint look-alikes (hard negatives) and a few
calm, polite complaints (hard positives) for both mailboxes.

Why: on 2026-12-06 the complaint head's threshold (0.12, chosen for dev recall >= 0.97) let through many
non-complaints of a few recurring kinds. They were found from grouped 5-fold out-of-fold complaint scores on
the TRAIN split and from the dev split's scores (never from test or held-out rows): reports of someone else's
data received by mistake ("no reply needed"), mail that uses the word "complaint" without making one
(withdrawing one, asking for a reference or the procedure, a firm telling us about its own client's
complaint), calm rights requests, scam and phishing checks, neutral questions about a debt, payment offers and
hardship requests, representatives' routine letters, reasonable-adjustment and contact-preference requests,
praise, business-to-business operational mail, change-of-circumstance notices and thank-yous quoting an old
complaint. Every scenario below is a new email written by hand for this file under the labelling guide
(/work/shared/labelling/labelling-guide.md, section 1 order, section 4 borderline rules); none is a copy or an
edit of a row of another file. The hard positives are complaints written in the same calm register (the
writer is dissatisfied and wants a remedy), so the model learns the dissatisfaction, not the tone.

Each scenario core is expanded into 2-3 variants by envelopes that do not change the labels: greeting and
sign-off, a signature block with a disclaimer, a neutral quoted letter from the firm, HTML-only body, hasty
lower-case mobile mail, typos, a rambling preamble and postscript. Scenarios whose point is a quoted old
complaint carry that history in every variant. All variants share `source`, so split by `source`.

Stdlib only, deterministic (fixed seed). Run from the repo root:
    python3 data/make/make_hard_negatives_lookalikes.py
    python3 data/make/make_hard_negatives_lookalikes.py --lookalikes-only   # the non-complaint rows only,
        # same ids and text, to data/trials/lookalikes_only.jsonl (trial 2: the look-alikes without the calm complaints)
    python3 data/make/make_hard_negatives_lookalikes.py --lookalikes-only --one-per-scenario
        # only each look-alike scenario's first (plain or signature) variant, to
        # data/trials/one_per_scenario/lookalikes_only.jsonl: about a third of the weight (the loader gives every
        # labelled row the same weight); same file stem, so every scenario keeps its train/dev/test split
"""
import json
import os
import random
import re
import sys

from labelled_mail import edit_words, html_with_quote as to_html, short_labels as L, shuffle_number_check

SEED = 20261207
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "hard_negatives_lookalikes.jsonl")
OUT_LOOKALIKES_ONLY = os.path.join(ROOT, "data", "trials", "lookalikes_only.jsonl")
OUT_ONE_PER_SCENARIO = os.path.join(ROOT, "data", "trials", "one_per_scenario", "lookalikes_only.jsonl")

SCENARIOS = []


def S(mailbox, kind, role, subject, body, labels, note, history=None, one=None):
    """role: consumer | debtor | pro (staff of a participant/creditor/adviser firm) | rep (writes for someone).
    one: a one-line version of the whole message, used as the subject of a subject-only variant."""
    SCENARIOS.append(dict(mailbox=mailbox, kind=kind, role=role, subject=subject, body=body.strip("\n"),
                          labels=labels, note=note, history=history, one=one))


C, P = "conexus", "pexa"

# =============================================================================================
# 1. Someone else's data received by mistake, reported without dissatisfaction (breach, not a complaint)
# =============================================================================================
S(C, "mis", "debtor", "Not mine", """
Your envelope this morning had two letters in it. One is mine. The other is for a Mr Hussain at an address in Oldham, with his account number and what he owes. I've not shown it to anyone. Tell me if you want it back, otherwise I'll put it through the shredder at the weekend.
""", L(br=True), "Reports another customer's letter received by mistake; offers to return or shred it, no dissatisfaction or remedy for himself (lg-32): breach only.")
S(C, "mis", "debtor", "text for somebody else", """
hiya, been getting your texts for a "Danielle" about a Lumen Water balance. I'm not Danielle, think she had this number before me. the last one had her full name and the amount on. not bothered, just thought you'd want to fix your records so she gets them
""", L(br=True), "Stranger receiving another person's debt texts: a breach report; 'not bothered', no remedy asked for herself.")
S(C, "mis", "pro", "Correspondence received in error - our ref HB/2231", """
We are a firm of accountants. Yesterday we received by post a Conexus letter addressed to a private individual, not a client of this firm, setting out an outstanding balance and a proposed payment plan. It appears to have been sent to our address in error. We have retained it securely and will return it to you on request or destroy it confidentially.
""", L(br=True), "Business reporting a misaddressed letter containing another person's debt details: breach=true; no grievance of its own.")
S(C, "mis", "debtor", "Email for another customer", """
Dear Sir or Madam

I received an email from you today with an attachment, but the name on the statement is not me, it is a Mrs Janina Kowal and the address is in Bradford. I am only telling you so you can send it to the right person. I deleted it already.

Thank you
""", L(br=True), "Non-native English breach report by the recipient of another customer's statement; informational only, not a complaint.")
S(P, "mis", "pro", "Completion statement received - not our matter", """
For your information, the workspace notification we received at 10.14 today contained a completion statement for a purchase we are not acting on (buyer's name, lender and redemption figure visible). We assume the wrong participant was added. Nobody here has used it and it has been deleted from our inbox. No action needed from us; please let the correct firm know.
""", L(br=True), "Law firm reports another matter's completion statement reached it; 'no action needed from us': breach only (staff for own firm, not third_party).")
S(P, "mis", "consumer", "got someone elses paperwork", """
hello, i bought my flat through my solicitor who uses you. the email you sent me last night with the settlement summary has a different buyer on it, a Mr and Mrs Devereux and their mortgage amount. i haven't forwarded it anywhere. just so you know, someone might be wondering where theirs went
""", L(br=True), "Consumer reports a stranger's settlement summary sent to her; no dissatisfaction about her own service: breach only.")
S(P, "mis", "pro", "Misrouted funds authority - for info", """
Morning,

Quick heads-up. A funds authority for a Midlands remortgage landed in our shared completions box this morning, borrower name and account number on it. Not ours. I've let the sending firm know and deleted it. Mentioning it so you can check whether the workspace has the right participants on it.

Thanks
""", L(br=True), "Conveyancer passing on a misrouted funds authority; courteous heads-up, no remedy for the writer: breach only.")
S(C, "mis", "debtor", "Letter for the last tenant", """
The flat I moved into in September still gets your letters for a Ms Cartwright. One came open today because my partner thought it was ours, sorry, and it had her debt details in it. She doesn't live here and I don't have a forwarding address. Can you mark it gone away please?
""", L(br=True), "New occupant returns the previous tenant's opened letter and asks for 'gone away': a breach report plus a routine request, no dissatisfaction.")

# =============================================================================================
# 2. The word "complaint" without a complaint
# =============================================================================================
S(C, "cw", "debtor", "Please close my complaint", """
I rang last Tuesday and said I wanted to make a complaint about the letter saying you'd pass my account to solicitors. Since then my son has explained that it was just the standard letter because I'd missed two payments, which I had. So I don't want to take it further. Please close it. I've restarted the payments now.
""", L(), "Withdraws an earlier complaint; no current dissatisfaction. 'Complaint' refers to the old one being closed, so not a complaint (rule 2, 5).")
S(P, "cw", "pro", "Ignore my earlier email - complaint was meant for Land Registry", """
Hi,

Apologies - the email I sent you at 11.02 headed "complaint about delay" was meant for HM Land Registry, not PEXA. It's about a requisition they raised, nothing to do with the platform. Please disregard it and don't open a case.

Regards
""", L(), "Retracts a complaint sent to the wrong organisation; nothing is asked of PEXA: not a complaint.")
S(C, "cw", "debtor", "Complaint reference for Financial Ombudsman form", """
Hello, my complaint about the phone calls was sorted out by your team in the summer and I was happy with that. I'm now filling in a form for a different company and it asks for any previous complaint references I have with other firms. Could you tell me what mine was with you? Thanks very much.
""", L(), "Asks for an old, resolved complaint's reference; happy with the outcome: an enquiry, not a complaint.")
S(P, "cw", "pro", "Request: copy of PEXA complaints handling procedure", """
Dear PEXA team,

As part of our annual supplier review our risk committee asks each key supplier for its complaints handling procedure and its escalation route. Could you send us the current version, or a link if it is published? There is no issue behind this request, it is routine.

Kind regards
""", L(), "Supplier due-diligence request for the complaints procedure; 'no issue behind this request': not a complaint.")
S(C, "cw", "pro", "Complaint from our customer - for info only", """
Hello,

For your information, one of the customers on our March placement (our ref PT-883120) has complained to us about the original line rental charges. As that is our own billing we will handle it and send our final response ourselves. We'd be grateful if you could hold collection on that account for eight weeks. Nothing is needed from you beyond the hold.
""", L(), "Creditor client tells Conexus it is handling its own customer's complaint and asks for a hold; not a complaint to Conexus.")
S(P, "cw", "pro", "Client complaint about our service - FYI", """
Dear Sir or Madam

A client of ours has raised a complaint with us about how long their sale took. Having looked into it, the delay was on the buyer's side chain and nothing to do with the platform. I'm letting you know in case the client calls you; if so please refer them back to our complaints partner, Ms Ferris.
""", L(), "Law firm's FYI about a complaint against itself, not about PEXA: nothing to handle, not a complaint.")
S(P, "cw", "pro", "Data request - complaints volumes Q4", """
Hi team,

For our board pack could you let us know how many consumer complaints about our firm PEXA forwarded to us between October and December? We just want to reconcile the numbers with our own complaints log. No rush, end of the month is fine.
""", L(), "Management-information request that mentions complaints; no grievance.")
S(C, "cw", "pro", "Complaints handling training - dates", """
Hi all,

The refresher session on complaints handling and vulnerable customers is now booked for 14 and 15 January, 9.30 to 12.30 in the training room. Please put it in your diaries. It covers the new DISP timelines and recognising complaints that don't use the word.

Thanks
""", L(), "Internal staff mail about complaints training, sent to the mailbox: no grievance, not a complaint.")
S(C, "cw", "debtor", "no complaint - just moving", """
Before anything else, this is not a complaint, you've been nothing but decent to me. I'm moving to my sister's in Wrexham from the 1st. New address: 12 Pen y Bryn, Wrexham LL11 4TR. Please send letters there from now on.
""", L(r="rectification"), "Explicit denial of a complaint plus an address change to put on the record (rectification, as lg-37); not a complaint.")
S(P, "cw", "consumer", "my complaint went to you by mistake", """
Hello

I'm so sorry, I sent my complaint about my conveyancer's fees to you by mistake because your name was on the emails. I've now sent it to the firm directly, as my friend told me that's where it should go. You don't need to do anything.

Best wishes
""", L(), "Consumer says her complaint was misaddressed and has gone to her firm; nothing asked of PEXA: not a complaint.")
S(C, "cw", "rep", "Mr Aziz - complaint resolved, closing our file", """
Dear Conexus

Thank you for your final response letter of 2 December regarding Mr Yusuf Aziz. Mr Aziz has accepted the goodwill payment and the revised plan of £15 a month. We are closing our file and he does not wish to pursue the matter further.

Yours faithfully
""", L(tp=True), "Adviser confirms the client accepted the outcome and closes the matter: no current dissatisfaction (rule 5); written for the client so third_party.")

# =============================================================================================
# 3. Calm rights requests (rights, no dissatisfaction)
# =============================================================================================
S(C, "rgt", "debtor", "Plan refused - can a person check it?", """
I put in a payment plan online on Sunday for £25 a month and it came back "unable to approve" straight away. I get paid weekly and my income goes up and down so I think the form might not have understood it. Could someone at your end look at it properly rather than the computer? I'm happy to send payslips. I just want to get something in place.
""", L(r="automated_decision"), "Asks for a human to review an automated refusal, calmly and with no grievance: automated_decision, not a complaint (lg-38 pattern).")
S(P, "rgt", "pro", "Manual review of our ID check please", """
Hi

Our new associate's identity verification came back "refer" from the automatic check, probably because she has changed her surname since marrying. We've uploaded the marriage certificate. Could a member of the onboarding team review it by hand? She doesn't start until the 12th, so there's plenty of time.
""", L(r="automated_decision"), "Asks for a person to review an automatic ID result, no urgency or dissatisfaction: automated_decision only.")
S(C, "rgt", "debtor", "How did you find me?", """
Hello, got your letter about the old Pennant contract. Fair enough, I probably do owe it and I'll ring to sort it out. Just curious though, I moved three times since then, how did you get this address? Was it a credit agency or the phone company? Thanks
""", L(r="informed"), "Curious question about the source of his address while accepting the debt: informed, not a complaint.")
S(P, "rgt", "consumer", "What is PEXA and why do you have my email?", """
Hi there

I'm in the middle of buying a house and have started getting emails from you. I'd never heard of PEXA before. I assume my solicitor gave you my details, which is fine, but could you tell me what information you have about me and what it's used for? Just trying to understand how it all works.

Thank you
""", L(r="informed"), "A buyer asks what data is held and what it is used for; 'which is fine': informed, no dissatisfaction.")
S(C, "rgt", "debtor", "All paid - please remove my details", """
Good morning,

I made the last payment in October and got the letter saying the balance is nil, thank you. As I don't have any accounts with you now, I'd like you to delete my phone numbers and email address from your system, keeping only what you legally have to. Could you confirm when that's done?
""", L(r="erasure"), "Erasure after settlement, polite and grateful: not a complaint.")
S(P, "rgt", "pro", "Leaver - please remove user and personal details", """
Hi,

Tom Brightwell left the firm on Friday. Could you remove his user from our PEXA organisation and delete his personal details (mobile number, home address used for ID) from your records, apart from anything you have to keep for audit? I'm his former line manager and he has asked us to pass this on.
""", L(r="erasure", tp=True), "Manager passes on a leaver's erasure request on his behalf: erasure, third_party; routine, not a complaint.")
S(C, "rgt", "debtor", "hold my details for now", """
i think the date of birth on my account might be my dad's, we have the same name. i'm getting my birth certificate out of the loft this weekend. until then please don't send anything about me to the credit agencies, just keep it as it is. will email the copy monday
""", L(r="restriction"), "Asks that data is not shared while its accuracy is checked: restriction; calm, not a complaint.")
S(C, "rgt", "debtor", "Copy of my account notes", """
Dear Conexus,

I'm applying for a council flat and the housing officer has asked for proof of my payment arrangement and a history of my account. Please could you send me a copy of the information you hold on me, including the payment history and any notes of my phone calls? Email is fine.

With thanks
""", L(r="access"), "Copy of account data and call notes for a housing application: access request, no grievance.")
S(P, "rgt", "consumer", "Copy of the documents I uploaded", """
Hello, my purchase completed in November (I think the workspace number is 40-2291185). My laptop died and I lost the copies of the ID and bank statements I uploaded for my solicitor. Is it possible to get a copy of what you have for me? No worries if not, I just thought I'd ask.
""", L(r="access"), "Asks for a copy of her own uploaded data; 'no worries if not': access, not a complaint.")
S(C, "rgt", "debtor", "spelling of my surname", """
Hi, small thing. Your letters have my surname as Mcgregor but it's MacGregor, with an a. Would you be able to change it on your system? Everything else is right. Many thanks
""", L(r="rectification"), "Polite correction of a surname: rectification only ('small thing'), not a complaint.")
S(P, "rgt", "pro", "Update our practice details", """
Hello,

We have moved offices. From 6 January our registered address is Unit 4, Kingsgate Business Park, Exeter EX2 8LB, and our main phone number is 01392 411 650. Could you update our firm and user profiles? Our SRA number and bank details are unchanged.
""", L(), "A firm's office-move notice: a routine service request, not a data-protection right of an individual and not a complaint.")
S(C, "rgt", "debtor", "Marketing", """
Hello, I've noticed I'm getting emails about your "financial wellbeing" newsletter. Not a problem, but I'd rather not get marketing from you, just the letters about my account. Could you take me off the marketing list? Cheers
""", L(r="objection"), "Polite opt-out from marketing ('not a problem'): objection, not a complaint.")
S(C, "rgt", "debtor", "Transfer to my debt plan provider", """
Dear Sir or Madam, I am starting a debt management plan with Harbour Debt Solutions next month. They ask if you can send my account history straight to them as a spreadsheet so they can load it in their system. I give my consent for this. Thank you for your help
""", L(r="portability"), "Asks for account data sent to a new provider in a loadable file: portability, courteous, not a complaint.")
S(P, "rgt", "pro", "Retiring - export my data then close my login", """
Dear PEXA,

After 31 years I'm retiring at Christmas. Before you close my account, please send me my CPD and training records as a CSV or similar that I can keep, then delete my user profile. It's been a pleasure using the platform.
""", L(r="portability,erasure"), "Retiring user: export (portability) then delete (erasure); warm, no grievance.")

# =============================================================================================
# 4. Scam, phishing and security checks
# =============================================================================================
S(C, "scm", "debtor", "Is this really you?", """
Got a WhatsApp message from a number saying it's Conexus and I have to pay £240 today or bailiffs will come. It spells your name wrong and the link goes to some weird site. I haven't paid anything. Can you tell me if it's you? My account number is on my letters if you need it.
""", L(), "Asks whether a threatening message is genuine; suspects a scam, no grievance about Conexus: not a complaint.")
S(P, "scm", "pro", "Suspicious email using PEXA branding", """
Hi security team,

FYI one of our paralegals received an email this morning with PEXA branding asking her to "re-validate her settlement account" via a link to pexa-secure-verify.com. We haven't clicked. Headers attached. Please can you confirm it's not from you, and do you want us to report it anywhere?
""", L(), "Reports a phishing email impersonating PEXA; asks for confirmation: not a complaint.")
S(C, "scm", "debtor", "Someone called pretending to be you", """
A man rang my mum today saying he was from Conexus and she owed £1,100, and he wanted her card details. She doesn't have any account with you, I checked. We've told the police. Do you have a fraud team I should pass the number to?
""", L(tp=True), "Reports, for her mother, a fraudster impersonating Conexus; Conexus did nothing wrong and no remedy is asked: not a complaint; written for her mother, so third_party (rule 15).")
S(P, "scm", "pro", "Possible account compromise - please lock user", """
Hello,

One of our secretaries entered her PEXA password into a fake login page about an hour ago. She has changed it since, but please could you lock her user and force a reset of her two-factor, and tell us whether there has been any activity on her account today? Username is k.pryce-lawrence.

Thanks
""", L(), "Security request after a phishing click on the firm's side; asks for help, no dissatisfaction with PEXA: not a complaint.")
S(C, "scm", "debtor", "New bank details letter?", """
I've had a letter saying your bank details have changed and I should pay into a new account from now on. It has your logo but the sort code is for a bank in London I've never heard of. Before I change my standing order can you confirm the right details please?
""", L(), "Checks whether a change-of-bank-details letter is genuine before paying: an enquiry.")

# =============================================================================================
# 5. Neutral questions about a debt, payments and hardship requests
# =============================================================================================
S(C, "debt", "debtor", "Query about the amount", """
Hello, my statement says the balance is £1,284.60 but the letter from Northline before it went to you said £1,231. I'm not disputing it, I'd just like to know what the difference of about £50 is, so I can budget properly. Thanks
""", L(), "Asks what makes up a difference in balance, explicitly not disputing it: enquiry, not a debt dispute.")
S(C, "debt", "debtor", "Will paying in full help my credit file", """
Hi, I've been offered a loan from family to clear what I owe you. Before I take it, if I pay the whole lot now will it show as settled on my credit file, and how long does the default stay there? I want to know what I'm getting for it. Cheers
""", L(), "Neutral question about the credit-file effect of settling.")
S(C, "debt", "debtor", "Offer", """
Dear Sir or Madam,

I can't clear the balance of £2,310 in one go but I could pay £1,400 as a full and final settlement, from money my aunt has left me. Would you accept that? If not, I'm happy to carry on with my plan.

Kind regards
""", L(), "Full-and-final settlement offer: routine, no dissatisfaction.")
S(C, "debt", "debtor", "Changing my payment date", """
Hello, I've changed jobs and now get paid on the last Friday of the month. Can my payments move from the 3rd to the 30th? Same amount. Sorry for the bother
""", L(), "Routine payment-date change.")
S(C, "debt", "debtor", "reduced hours", """
hi, my work has cut me to 20 hours a week from january and i honestly can't keep up the £75. can i pay £30 for a few months till things pick up? i can fill in whatever form you need. i don't want to fall behind
""", L(), "Hardship request for lower payments; financial difficulty is not dissatisfaction with Conexus: not a complaint.")
S(C, "debt", "debtor", "Payment made direct to Westbury Council", """
Good afternoon,

Just to let you know, I paid the outstanding council tax of £318 directly to Westbury Borough Council on Monday before your letter arrived. Their receipt is attached. Please could you check with them and close the account your side?

Thank you
""", L(), "Tells Conexus the debt was paid to the creditor and asks for the account to be closed; no grievance (not yet chased twice).")
S(C, "debt", "debtor", "two accounts?", """
Dear Conexus, I have two letters from you with two different reference numbers. One is for Pennant Mobile and one is for Pennant Broadband. Are these two debts or is it the same one twice? I only ever had one contract with them I think. Please let me know. Thank you
""", L(), "Asks whether two references are the same debt; a neutral question, not a dispute.")
S(C, "debt", "debtor", "Bereavement - my husband's account", """
I'm writing to let you know that my husband, Graham Ellis, passed away on 18 November. You were collecting a debt from him for Sterling Credit (ref on his letters CX-3318207). I have a copy of the death certificate. What do you need from me, and does the debt come to me? I'm not sure how any of this works.
""", L(), "Bereavement notification with questions about what happens next: sensitive but not a complaint.")
S(C, "debt", "debtor", "Breathing space", """
Hello, just to let you know StepChange have put me into a breathing space from today. They said they'd tell you but I wanted to make sure. My ref is CX-5541923. Thank you for being understanding on the phone last month.
""", L(), "Notifies a Breathing Space; no breach of it is alleged: not a complaint.")
S(P, "debt", "pro", "Fee for a withdrawn workspace?", """
Hi there,

A quick one for our client care letter: if a purchase falls through after the workspace is created but before settlement, is the PEXA fee still charged to us, and is it refunded if the same buyer restarts within a month? We want to word the letter accurately.

Thanks
""", L(), "Neutral question about when a fee applies; 'fee' and 'refund' without dissatisfaction.")
S(P, "debt", "pro", "Invoice query - PO number", """
Hello accounts,

Our finance team can't match invoice INV-2026-114872 because it doesn't carry our purchase order number. Could you reissue it with PO 77341 on it? The amount is fine.

Kind regards
""", L(), "Asks for an invoice to be reissued with a PO number; 'the amount is fine': a service request.")

# =============================================================================================
# 6. Representatives' routine letters (third party, not complaints)
# =============================================================================================
S(C, "rep", "rep", "Letter of authority - Ms Paula Greaves", """
Dear Sir/Madam

We have been asked to help Ms Paula Greaves with her debts and enclose her signed letter of authority. Please could you send us the current balance, the original creditor, the date of default and a copy of any payment arrangement in place. Please also hold the account for 30 days while we prepare her financial statement.

Yours faithfully
""", L(tp=True), "Money adviser's standard authority letter asking for information and a hold; third_party, not a complaint.")
S(C, "rep", "rep", "Pro-rata offer - Mr D Kowalczyk", """
Dear Conexus,

Further to our letter of authority, please find attached Mr Kowalczyk's income and expenditure. After priority bills he has £48 a month for his non-priority creditors, and your share is £9.60. We'd be grateful if you could accept this and freeze interest. We'll review in twelve months.
""", L(tp=True), "Adviser's pro-rata payment proposal: third_party, routine.")
S(C, "rep", "rep", "Vulnerability - Mrs A Okonjo", """
Dear Sir or Madam,

I am a support worker at Eastfield Housing. With her consent I am letting you know that Mrs Abimbola Okonjo has recently been diagnosed with a serious illness and is finding post very stressful. She would prefer all contact to come through me for the next three months. Please record this on her account.
""", L(tp=True), "Support worker records a vulnerability and a contact preference on the client's behalf; no grievance.")
S(C, "rep", "rep", "Constituent Mr Haroon Iqbal", """
Dear Sir/Madam,

Mr Haroon Iqbal has contacted the MP's office for help understanding a letter from you about a Pennant Telecom account. He would like to know how much is owed, how the figure is made up, and what payment options there are. His signed consent is attached. Any information you can send to this office would be appreciated.
""", L(tp=True), "MP's caseworker asks for information for a constituent; no dissatisfaction: third_party enquiry.")
S(P, "rep", "rep", "Acting for my father - power of attorney", """
Hello,

I hold lasting power of attorney for my father, Mr Ronald Pike, who is selling his house through Harrow & Kline Solicitors. His solicitor says some emails will come from PEXA. Could those come to me as well as to him? I attach the LPA. Thank you.
""", L(tp=True), "Attorney asks to receive emails for her father: a routine request on someone's behalf.")

# =============================================================================================
# 7. Reasonable adjustments and contact preferences
# =============================================================================================
S(C, "adj", "debtor", "Large print please", """
Good morning, my eyesight has got a lot worse this year and I struggle with the small writing on your letters. Could you send them in large print from now on? A phone call first would also help. You've been very patient with me, thank you.
""", L(), "Reasonable-adjustment request, appreciative tone: not a complaint.")
S(C, "adj", "debtor", "Email only please", """
Hi, I work nights so I sleep in the day. Could you contact me by email instead of phone from now on? Texts are fine too. Nothing wrong, it just suits me better. Thanks
""", L(), "Contact preference ('nothing wrong'): not a complaint, not objection (a contact channel, not data processing).")
S(C, "adj", "debtor", "Interpreter", """
Hello. My English is okay for write but on telephone is difficult for me, people speak fast. Next time you call, is possible to have Polish interpreter, or better to write to me? I want understand everything about my payments. Thank you very much
""", L(), "Non-native speaker asks for an interpreter or written contact; no grievance.")
S(P, "adj", "pro", "Accessibility of the training videos", """
Hi,

One of our new conveyancers is deaf. Do your platform training videos have captions or transcripts? If not, is there another format we can use for her induction? Happy to discuss.

Best
""", L(), "Asks what accessible formats exist before training; a neutral enquiry, not a usability complaint.")

# =============================================================================================
# 8. Praise with problem words
# =============================================================================================
S(C, "prs", "debtor", "Thank you to Marcus", """
I was dreading calling about my arrears after the year I've had, but Marcus on your team couldn't have been kinder. He didn't rush me or make me feel ashamed, and the plan we agreed is one I can actually afford. Please pass on my thanks to him and his manager.
""", L(), "Praise for an agent; words like 'dreading', 'ashamed', 'arrears' describe feelings, not a grievance.")
S(P, "prs", "pro", "Smooth settlement day - thanks", """
Hi PEXA support,

We had eleven completions on Friday, the busiest day we've had, and not one problem. The chat team answered within a couple of minutes each time we had a question about a lender's funds. Thank you, it made a stressful day a lot easier.
""", L(), "Praise after a busy settlement day; mentions stress and problems only to say there were none.")
S(P, "prs", "consumer", "thank you", """
hi just wanted to say thanks, our sale finally went through yesterday after months of chain issues. the lady on your helpline explained what the workspace was showing when our solicitor was on holiday. made a horrible week a bit better
""", L(), "Consumer thanks PEXA after a difficult sale; the difficulty was not PEXA's and no remedy is asked.")

# =============================================================================================
# 9. Business-to-business operational mail
# =============================================================================================
S(P, "b2b", "pro", "Settlement account verification - annual", """
Dear PEXA finance team,

Our treasury policy requires us to re-verify supplier bank details once a year by phone. Could someone from your finance team call our treasury desk on 020 7946 0811 between 9 and 12 any weekday this week? Please don't send the details by email.

Kind regards
""", L(), "Routine supplier verification request: business operational mail.")
S(P, "b2b", "pro", "Audit trail for workspace 41-3320719", """
Hello,

We are answering a query from our client's buyer about exactly when funds left our account on completion day. Could you send us the settlement audit trail for workspace 41-3320719, showing the time each step was completed? Nothing went wrong on the day, we just need it for the file.

Thanks
""", L(), "Asks for an audit trail 'for the file'; nothing went wrong: not a complaint.")
S(P, "b2b", "pro", "New user set-up x3", """
Hi,

Please could you set up PEXA users for three new starters in our Leeds office: Amir Shah (conveyancer), Lucy Tan (paralegal) and Oliver Grant (cashier). Their ID documents are attached. They start on Monday, so any time this week is fine.
""", L(), "New user set-up request: routine.")
S(P, "b2b", "pro", "SLA and service credits - contract renewal", """
Good afternoon,

Our contract with PEXA renews in March. Ahead of that, could you send us the current service level agreement, the availability figures for the last twelve months and how service credits are calculated? Our procurement team likes to review these before any renewal.
""", L(), "Pre-renewal request for SLA documents; no failure is alleged.")
S(P, "b2b", "pro", "Our planned outage - Saturday", """
Dear PEXA,

Please note our IT provider is moving our case management system to a new server this Saturday from 8am to 2pm. Our users won't be able to log in to PEXA from the office during that window. We have no completions that day. Just letting you know in case you see unusual login failures.
""", L(), "A participant warns of its own IT outage: informational business mail.")
S(C, "b2b", "pro", "Recall of accounts - December", """
Hi team,

Please recall the following accounts from our October placement and return them to us by 31 December: LW-5510283, LW-5510917, LW-5511462. All three customers have now been set up on our own hardship scheme. Thanks for your help this quarter.
""", L(), "Creditor client's account recall instruction: business operational mail.")
S(C, "b2b", "pro", "Month-end remittance", """
Hello,

Attached is the November remittance report. I make it £48,211.06 collected and £40,979.40 due to us after commission, which matches your invoice. Can you confirm the payment date please? Thanks.
""", L(), "Creditor reconciles remittance figures that match: operational mail.")
S(C, "b2b", "pro", "Placement file - new format from January", """
Good morning,

From the January placement our files will come as CSV instead of Excel, and there will be two new columns: vulnerability flag and preferred contact method. Spec attached. Could your data team confirm they can load it, or let us know if you need a test file first?
""", L(), "Creditor announces a file-format change: business mail mentioning data, no grievance.")

# =============================================================================================
# 10. Change of circumstances and routine notices
# =============================================================================================
S(C, "chg", "debtor", "New phone number", """
Hi, I've got a new mobile, it's 07700 900 814. The old one ending 227 is cancelled. Please use the new one from now on. Thanks
""", L(r="rectification"), "Update of a phone number on the record: rectification (routine); not a complaint.")
S(P, "chg", "consumer", "Name change after marriage", """
Hello, I got married last month and changed my surname from Fenwick to Adeyemi. My solicitor is handling our purchase through PEXA and said I should let you know too so the records match my new passport. What do you need from me?
""", L(r="rectification"), "Asks for her name to be updated on her record: rectification, routine.")
S(C, "chg", "debtor", "Going abroad for work", """
Dear Sir/Madam, I will be working in Dubai for six months from February. My payments will carry on by standing order as normal. Please email me rather than post because nobody will be at the house. Kind regards
""", L(), "Notice of absence and a contact preference: routine.")

# =============================================================================================
# 11. Thank-you mail quoting an old complaint (rule 5)
# =============================================================================================
S(C, "thx", "debtor", "Re: Your complaint CX-COMP-61204 - our response", """
Thank you for looking into this and for taking the £40 charge off. The new statement arrived today and it's all correct now. I'm happy for it to be closed, and thank you to Sarah for keeping me updated.
""", L(), "Thanks for a resolved complaint; the complaint wording sits only in the quoted letter (lg-23).",
  history="""On 28 Nov 2026, Conexus Complaints <complaints@conexus.co.uk> wrote:
> Dear Ms Harper,
> Thank you for your complaint about the £40 late payment charge added to your account.
> We have upheld your complaint and removed the charge. A corrected statement will follow.
> If you are not satisfied with our response you can refer your complaint to the Financial Ombudsman Service.""")
S(P, "thx", "pro", "RE: Complaint ref PX-C-30981 - final response", """
Thanks for the detailed explanation and the credit note for the two duplicated workspace fees. Our accounts team has applied it and we're content that this is now closed. Appreciate the quick turnaround.
""", L(), "Law firm accepts a complaint's final response and closes it; only the quote is a complaint (rule 5).",
  history="""-----Original Message-----
From: PEXA Complaints <complaints@pexa.co.uk>
Sent: 1 December 2026 16:20
Subject: Complaint ref PX-C-30981 - final response

Dear Mr Oyelaran,
We are sorry that your firm was charged twice for workspaces 40-2210934 and 40-2210977. Your complaint has been upheld and a credit note for £76.80 is attached.""")
S(C, "thx", "rep", "Re: Ms Farah Begum - complaint outcome", """
Dear Conexus,

Many thanks for reviewing Ms Begum's case so carefully and for agreeing to write off the remaining interest. She was very relieved. We are happy that the matter is resolved.
""", L(tp=True), "Adviser thanks Conexus for a complaint outcome on the client's behalf; no continuing grievance.",
  history="""On 30 Nov 2026, Conexus Complaints <complaints@conexus.co.uk> wrote:
> Dear Mr Lyle,
> Further to your complaint on behalf of Ms Begum about interest applied during her hospital stay,
> we have agreed to remove all interest added since March. We apologise for the distress caused.""")

# =============================================================================================
# 12. Hard positives: calm, polite complaints (dissatisfaction + expected remedy)
# =============================================================================================
S(C, "pos", "debtor", "Another customer's letter again", """
For the second time in a month your envelope to me has contained a letter meant for someone else. If other people's details are coming to me, I have to assume mine are going to strangers too. I'd like you to explain what has gone wrong with your post and to check where my letters have been sent.
""", L(c=True, pd=True, br=True, cat="personal_data"), "Repeated misdirected post with worry about her own data and a demand to explain and check: implicit complaint about data handling (breach, personal_data).")
S(C, "pos", "debtor", "Plan refused without anyone looking", """
My plan request was refused by your website in seconds two weeks ago. I emailed asking for a person to review it and have had nothing back, and meanwhile the letters threatening further action keep coming. Please can someone actually look at it and stop the letters until they have.
""", L(c=True, r="automated_decision", cat="delay"), "Human review asked for two weeks ago, no reply, threatening letters meanwhile: implicit delay complaint with automated_decision.")
S(C, "pos", "debtor", "Payment not applied", """
Hello, I paid £150 on 2 November with my reference, and the statement that came today doesn't show it and still says I'm in arrears. I've attached my bank statement. Please correct the balance and confirm the arrears note has been removed, as I don't want it affecting my plan.
""", L(c=True, cat="debt_dispute"), "Payment missing from the balance with a demand to correct it: implicit debt_dispute complaint (cf. the guide's debt-dispute examples).")
S(C, "pos", "debtor", "Calls at work", """
I've asked twice now for you not to ring me at work, and your agent called my office line again this morning and asked my colleague whether I was available to discuss my account. I'd appreciate an explanation and an assurance it won't happen again.
""", L(c=True, cat="collection_conduct"), "Repeated calls at work after asking twice, with an explanation and assurance asked for: implicit collection_conduct complaint (conduct remedy, not objection).")
S(P, "pos", "pro", "Lodgement rejected - your guidance was wrong", """
Dear PEXA,

Your support desk told us on 19 November that a TR1 with a wet-ink plan could be lodged through the workspace as a scanned PDF. HM Land Registry rejected it yesterday for exactly that reason, and our client's registration is now delayed by at least two weeks. We would like this looked into and a written explanation of the advice we were given.
""", L(c=True, cat="inaccurate_information"), "Wrong advice from support caused a rejected lodgement; wants an explanation: implicit inaccurate_information complaint, polite register.")
S(P, "pos", "pro", "Fee charged on an abandoned workspace", """
Hello,

We've been invoiced £38.40 for workspace 40-2287114, which our client abandoned before anyone signed anything. Your fee schedule says abandoned workspaces before signing aren't charged. Could you please credit this and check whether any other of our abandoned workspaces have been charged?
""", L(c=True, cat="fees_charges"), "Charged contrary to the fee schedule, credit requested: implicit fees_charges complaint.")
S(P, "pos", "pro", "Support case closed without a fix", """
Hi,

Case SR-771203 about the lender funds panel not loading for our cashier was marked "resolved" yesterday, but nobody contacted us and the panel still doesn't load. This is the second case closed like this. Please reopen it and let us know who is actually handling it.
""", L(c=True, cat="service_quality"), "Case closed without a fix for the second time; wants it reopened: implicit service_quality complaint.")
S(P, "pos", "consumer", "why was my bank statement visible", """
hi, the buyer's solicitor has just mentioned things they could only know from my bank statement, which I uploaded for my own solicitor through your platform. I didn't agree to them seeing it. please tell me who can see my documents and make sure it's fixed
""", L(c=True, pd=True, br=True, r="informed", cat="personal_data"), "Her uploaded statement seen by the other side; asks who can see it and for a fix: implicit personal-data complaint with a breach and informed.")
S(C, "pos", "rep", "Mr Tariq Shah - Breathing Space contact", """
Dear Conexus,

Mr Shah entered a Breathing Space on 3 November, which we notified to you the same day. He received two letters from you last week asking for payment. We'd be grateful if you could confirm the account is on hold, explain why the letters were sent, and make sure nothing further goes out during the moratorium.
""", L(c=True, tp=True, cat="collection_conduct"), "Adviser reports contact during a Breathing Space and asks for an explanation and a stop: implicit collection_conduct complaint, third_party.")
S(C, "pos", "debtor", "Letter still says court action", """
Thanks for agreeing my plan on the phone last Monday. Since then I've had a letter saying the account is being passed for court action. That's really worried my wife. Can you confirm in writing that the plan is in place and withdraw that letter?
""", L(c=True, cat="service_quality"), "Thanks, but then a wrong escalation letter caused worry and a remedy is asked: a continuing complaint (rule 5, lg-24 pattern).")


# =============================================================================================
# 13. More look-alikes (second pass over the same error kinds), several with a one-line version
# =============================================================================================
S(C, "mis", "debtor", "wrong house", """
your letter for number 14 came to us at 41. it's open because we didn't look at the name, sorry. it's about a payment plan for a Mr Osei. I've popped it through their door now. just so you know
""", L(br=True), "Neighbour misdelivery with another person's details, already passed on; nothing asked: breach only (lg-32).",
  one="letter for Mr Osei at no.14 came to us at 41 with his plan details, opened by mistake, passed it on - just fyi")
S(P, "mis", "pro", "Wrong firm invited to workspace 43-1182904", """
Hello,

We've been invited to workspace 43-1182904 as the seller's representative, but we don't act for that seller. We can see the seller's name and the property address. We've declined the invitation. Could you let the lender know so the right firm can be added?
""", L(br=True), "A firm reports that it was wrongly invited to a workspace and could see a seller's details; courteous, no grievance: breach only.",
  one="Invited to workspace 43-1182904 for a seller we don't act for - can see their details, have declined, please tell the lender")
S(C, "mis", "pro", "Returned post", """
Good afternoon,

Our reception has received three letters from Conexus addressed to a former employee, Mr Lloyd, who left in 2024. One was opened by our post room before anyone noticed the name. We have no forwarding address. We will return them marked "not known at this address".
""", L(br=True), "An employer reports letters for a former employee, one opened in error: breach report only.")
S(P, "mis", "consumer", "Email with someone's passport", """
Hi, I think I've been sent something meant for someone else. It's an email from the platform with an ID document for a lady called Grace Obi attached. I don't know her. I've deleted it. Hope it gets sorted for her. Thanks
""", L(br=True), "Stranger reports receiving another person's passport copy; hopes it is sorted for her: breach only.",
  one="I've been sent a passport for a Grace Obi by mistake, have deleted it, just letting you know")

S(C, "cw", "debtor", "Complaint form", """
Hi, my neighbour is having a hard time with another debt company and asked me how I made my complaint to you last year. Is there a form on your website, or do you just email? I said I'd ask for her. Thanks
""", L(), "Asks how to make a complaint, for someone else's problem with a different company: an enquiry.",
  one="how do people make a complaint to you - is there a form? asking for a neighbour")
S(C, "cw", "debtor", "Has my complaint been passed on?", """
Dear Conexus,

Your letter said my complaint about the Northline bill belongs to them and that you had passed it on. That's fine. I just wanted to check which address you sent it to, so I can follow it up with Northline myself.

Thanks
""", L(), "Accepts that the complaint was passed to the creditor and asks where it went: an enquiry, not a complaint about Conexus.")
S(P, "cw", "pro", "Complaint acknowledgement template", """
Hi,

We're updating our own complaint acknowledgement letters. Do PEXA have any wording you recommend we use when a consumer's complaint mentions the platform, so that we describe your role correctly? A short paragraph would be ideal.
""", L(), "A participant asks for template wording about complaints: no grievance.")
S(C, "cw", "debtor", "Not complaining - just confused", """
I'm not complaining, I just don't understand the letter I got on Friday. It says "notice of assignment" - does that mean I owe you now instead of Pennant? Do I keep paying the same way?
""", L(), "Denies complaining ('not complaining') and asks what an assignment notice means: an enquiry (lg-37 pattern).",
  one="not complaining, just don't understand the notice of assignment letter - do I pay you now instead of Pennant?")
S(P, "cw", "pro", "Ombudsman signposting wording", """
Dear PEXA,

Our compliance manager has asked whether consumers who are unhappy with the platform itself can go to the Legal Ombudsman, the Financial Ombudsman, or neither. We want our complaints leaflet to be accurate. Could you confirm the position?
""", L(), "A regulatory question about ombudsman signposting; no grievance.")

S(C, "rgt", "debtor", "which details do you hold", """
Hi, could you tell me which phone numbers and email addresses you've got on my account? I've had a few over the years and want to make sure you've got the current ones. Thanks a lot
""", L(r="access"), "Asks which contact details are held, to check them: access (a copy of some of his data), calm.",
  one="which phone numbers and emails do you have for me? want to check they're current, thanks")
S(C, "rgt", "rep", "Request for call recordings - Mr Ade Bello", """
Dear Sir or Madam,

We act for Mr Ade Bello (authority attached). To help him prepare his budget we would be grateful for copies of the recordings of his calls with your agents in October, and a statement of the account since it was placed with you.

Yours faithfully
""", L(r="access", tp=True), "Representative asks for call recordings and a statement for the client: access, third_party, routine.")
S(P, "rgt", "consumer", "Can you delete my old email address", """
Hello, I used my work email when I bought my house through my solicitor last year, and I've now left that job. Could you remove the old email from your records? My personal one is this one. Thanks for your help!
""", L(r="erasure"), "Asks for an out-of-date email to be removed: erasure, friendly, not a complaint.",
  one="please remove my old work email from your records, I've left that job - thanks!")
S(C, "rgt", "debtor", "who do you share my info with", """
Good evening, I'm reading up on my credit file before a remortgage. Do you share my account details with anyone apart from Pennant and the credit agencies? And how long will you keep my information after I finish paying? No problem either way, I just want to know.
""", L(r="informed"), "Asks who data is shared with and how long it is kept ('no problem either way'): informed.")
S(P, "rgt", "pro", "Human check on fraud hold", """
Hi team,

Our funds release on workspace 42-5580131 went into an automated fraud hold this morning. Completion isn't until Thursday so there's no urgency. Could someone from your team review the hold manually when they get a chance? Happy to provide anything you need.
""", L(r="automated_decision"), "Asks for a manual review of an automated hold with no urgency or grievance: automated_decision.")

S(C, "debt", "debtor", "balance?", """
can you tell me what's left to pay please, lost my last statement. ref CX-8840213
""", L(), "Balance enquiry.", one="what's my balance? lost the statement. ref CX-8840213")
S(C, "debt", "debtor", "Is interest still being added", """
Hello, I've been paying £40 a month since March. Is any interest or charges still being added, or does all of it come off the balance? I'm just trying to work out when I'll be finished. Thank you
""", L(), "Neutral question about interest; no dispute.", one="is interest still being added or does all my £40 come off the balance?")
S(C, "debt", "debtor", "Missed payment - sorry", """
Dear Conexus, I'm sorry I missed this month's payment, my wages were late. I'll pay double on the 15th if that's OK. Please don't cancel my plan. Thank you for understanding.
""", L(), "Apologises for a missed payment and proposes catching up: not a complaint.",
  one="sorry missed this month, wages late, will pay double on the 15th if ok")
S(C, "debt", "debtor", "statute barred?", """
Hi there, my friend says debts over six years old can't be chased. The Pennant one you wrote about is from 2018. Does that apply to me? I'm not trying to be difficult, I honestly don't know how it works.
""", L(), "Asks whether the debt is statute barred, 'not trying to be difficult': a neutral question, not a dispute.")
S(P, "debt", "pro", "VAT on platform fees", """
Hello,

Could you confirm whether the per-workspace fee on our monthly invoice includes VAT, and whether you can show the VAT separately from next month? Our new finance system needs it itemised.

Thanks
""", L(), "A fee and invoice-format question; no grievance.", one="does the per-workspace fee include VAT - can invoices show it separately from next month?")
S(P, "debt", "pro", "Settlement cut-off over Christmas", """
Hi,

What are the settlement cut-off times on 24 and 31 December? We've got four completions booked across those two days and want to tell clients what to expect.

Best
""", L(), "Neutral operational question about cut-off times.", one="settlement cut-off times on 24 and 31 Dec? 4 completions booked")

S(C, "rep", "rep", "Breathing space ended - Ms Carter", """
Dear Conexus,

Ms Rose Carter's breathing space ended on 28 November. She has now entered a debt management plan with us, and we will send your first payment of £11 on the 5th of next month. Please update your records accordingly.

Regards
""", L(tp=True), "Adviser's routine update on the end of a breathing space and a new plan: third_party, not a complaint.")
S(P, "rep", "rep", "Enquiry on behalf of a constituent", """
Dear Sir or Madam,

I am writing on behalf of my constituent, Mrs Helen Marsh, who is selling her late mother's house. She has been told by her solicitor that the sale will complete through PEXA and would like to understand, in general terms, what PEXA does and whether she needs to do anything herself. Her consent is attached.
""", L(tp=True), "MP's office asks for general information for a constituent: third_party enquiry, no grievance.")

S(C, "adj", "debtor", "Please don't call before 10", """
Hello, I have two small children and mornings are chaos. Could your team call after 10am if they need me? Any time after that is fine. Thanks so much
""", L(), "Contact-time preference, friendly: not a complaint.", one="could you call after 10am please, mornings are chaos with the kids - thanks")
S(C, "adj", "debtor", "Letters in Welsh", """
Bore da, I would prefer my letters in Welsh if you offer that. If not, English is fine. Diolch.
""", L(), "Language preference; 'English is fine': not a complaint.")

S(C, "prs", "debtor", "Good service for once!", """
After years of dodging letters from everyone I finally rang you last week. I honestly expected to be shouted at. Instead your lady talked me through everything and I've got a plan I can stick to. Just wanted you to know.
""", L(), "Praise; 'expected to be shouted at' is about his fears, not Conexus's conduct.",
  one="rang last week expecting to be shouted at, got a plan I can afford instead - thank you")
S(P, "prs", "pro", "Kudos to the onboarding team", """
Hi,

Just a note to say our onboarding was far quicker than we were told to expect. Verification took two days and the trainer was excellent. Several of the team were nervous about switching from paper and there have been no problems at all.
""", L(), "Praise with 'nervous' and 'no problems': not a complaint (rule 3).")

S(P, "b2b", "pro", "Change of authorised signatory", """
Dear PEXA,

Please note that from 1 January our authorised signatories for funds authorities will be Mrs Carys Evans and Mr Ben Okoro, replacing Mr David Hurst who is retiring. The board resolution is attached. Please update our subscriber record.
""", L(), "Business notice updating signatories: routine.")
S(P, "b2b", "pro", "API credentials for test environment", """
Hello integration team,

We're building the link between our case management system and the PEXA API. Could you issue credentials for the test environment, and let us know the rate limits? Our developer is Sam Rowe, sam.rowe@brightwellsoftware.co.uk.
""", L(), "Technical onboarding request: business mail.")
S(C, "b2b", "pro", "Invoice for October commission", """
Hi Conexus finance,

Your October commission invoice is approved and will be paid in our next payment run on the 20th. Please note our new remittance email address is ap.remittance@pennanttelecom.co.uk.

Thanks
""", L(), "Creditor approves an invoice and gives an address change: business mail.")
S(C, "b2b", "pro", "Audit visit in February", """
Dear Conexus,

As part of our annual supplier audit we would like to visit your Leeds office on 11 or 12 February. The audit will cover call monitoring, vulnerable customer handling and data security. Please let us know which day suits and who our contact will be.
""", L(), "Creditor arranges a routine supplier audit: business mail mentioning vulnerability and data, no grievance.")

S(C, "chg", "debtor", "New address", """
hi just moved, new address is flat 3, 22 Victoria Road, Hull HU5 2SE. please update. thanks
""", L(r="rectification"), "Address update: rectification, routine.", one="moved - new address flat 3, 22 Victoria Road Hull HU5 2SE, pls update")
S(C, "chg", "debtor", "New job - can pay more", """
Good news for once - I've started a new job and can pay £60 a month instead of £25 from December. Can you update my plan? Thanks for being patient with me over the last year.
""", L(), "Offer to pay more: routine plan change.", one="new job so can pay £60 a month instead of £25 from December, please update my plan")

S(C, "thx", "debtor", "Re: Your complaint reference CC-41872", """
Got your letter saying the calls to my mum's house will stop and you've put a note on the account. That's all I wanted. Thanks for sorting it.
""", L(), "Accepts the outcome of an earlier complaint; the complaint sits only in the quote (rule 5).",
  history="""On 2 Dec 2026, Conexus Complaints <complaints@conexus.co.uk> wrote:
> We are sorry that our agents called your mother's address after you asked us not to.
> We have upheld your complaint and added a note to your account that you must only be contacted on your mobile.""")
S(P, "thx", "consumer", "Re: complaint about my conveyancer - forwarded", """
Thanks for letting me know you forwarded my email to Orchard Lane and for explaining why PEXA couldn't deal with it. They've been in touch today. Appreciate the quick reply.
""", L(), "Thanks PEXA for forwarding her earlier complaint about her firm; nothing wrong with PEXA and nothing more asked.",
  history="""On 30 Nov 2026, PEXA Support <support@pexa.co.uk> wrote:
> Thank you for your email. As your complaint is about your conveyancer rather than the PEXA platform,
> we have forwarded it to Orchard Lane Solicitors, who will respond to you directly.""")

# =============================================================================================
# 14. More hard positives: short and calm complaints, many as one-liners
# =============================================================================================
S(C, "pos", "debtor", "Still no plan confirmation", """
I agreed a plan of £20 a month on the phone on 4 November and was told a confirmation letter would follow in five days. It's now the 1st of December, nothing has come, and I'm getting arrears texts. Please send the confirmation and stop the texts.
""", L(c=True, cat="delay"), "Confirmation four weeks late while arrears texts continue; demands the letter and a stop: implicit delay complaint.",
  one="agreed £20 plan 4 Nov, still no confirmation letter and now getting arrears texts - please sort")
S(C, "pos", "debtor", "Charged twice", """
Your direct debit came out twice this month, £45 on the 1st and again on the 2nd. I need the second one back as it has left me short for my rent.
""", L(c=True, cat="other"), "Duplicate collection with harm and a refund demand: implicit complaint (`other`, as the Conexus set files duplicate direct debits).",
  one="direct debit taken twice this month (£45 on 1st and 2nd), need the second one refunded, short for rent")
S(C, "pos", "debtor", "Agent was rude", """
The man I spoke to this afternoon kept talking over me and said "that's not my problem" when I explained I'd been in hospital. I'd like someone to listen to the call and get back to me.
""", L(c=True, cat="service_quality"), "Rude agent, asks for the call to be reviewed and a reply: implicit complaint (service_quality; the conduct is how she was served on a call she made).",
  one="your agent talked over me and said 'not my problem' about my hospital stay - please review the call and call me back")
S(P, "pos", "pro", "Workspace locked again", """
Hi,

Workspace 40-3316027 has locked us out for the third time this week with "participant verification pending", even though nothing has changed on our side. Completion is tomorrow. Please fix it today and tell us why it keeps happening.
""", L(c=True, cat="platform_defect"), "Repeated lock-out with a deadline and a demand for a fix and explanation: implicit platform_defect complaint.",
  one="workspace 40-3316027 locked us out 3rd time this week, completion tomorrow - fix today please and explain why")
S(P, "pos", "pro", "No reply to three emails", """
Hello,

I've emailed your onboarding team on 3, 10 and 17 November about our firm's registration and haven't had a single reply. We can't take on new purchases until we're set up. Could someone please respond?
""", L(c=True, cat="onboarding"), "Three unanswered emails blocking onboarding, reply requested: implicit onboarding complaint (specific theme beats delay, rule 16a).",
  one="3 emails to onboarding (3, 10, 17 Nov), no reply, can't take new purchases until set up - please respond")
S(P, "pos", "consumer", "Survey emails", """
I keep getting "rate your experience" emails from you every few days since our purchase. I've never agreed to them. Please stop and tell me where you got my email from.
""", L(c=True, pd=True, r="informed", cat="personal_data"), "Unwanted emails, data used unexpectedly, wants them stopped and the source explained: implicit personal-data complaint with informed.",
  one="keep getting 'rate your experience' emails I never agreed to - stop them and tell me where you got my email")
S(C, "pos", "debtor", "Wrong amount on my letter", """
Your letter says I owe £912 but my plan statements show I've paid it down to £604. I'd like the letter corrected and an explanation of where the extra came from.
""", L(c=True, cat="debt_dispute"), "Disputes the balance and asks for a correction and explanation: implicit debt_dispute complaint.",
  one="letter says I owe £912 but I've paid down to £604 - correct it and explain the difference")
S(C, "pos", "debtor", "Formal complaint - visit", """
I wish to make a formal complaint. An agent came to my door yesterday evening without any warning, even though my account is on a plan and up to date. I want to know why this happened.
""", L(c=True, ex=True, cat="collection_conduct"), "Explicit complaint ('formal complaint') about an unannounced doorstep visit: collection_conduct.",
  one="formal complaint - agent came to my door last night unannounced though my plan is up to date, why?")
S(P, "pos", "pro", "Fee still not credited", """
Hi,

You agreed on 12 November to credit the £38.40 fee for our abandoned workspace. It still isn't on our statement for November. Could you please apply it and confirm?
""", L(c=True, cat="fees_charges"), "Agreed credit not applied, asks for it to be applied: a continuing fees_charges complaint (lg-24 pattern).",
  one="the £38.40 credit you agreed on 12 Nov still isn't on our statement - please apply and confirm")
S(C, "pos", "rep", "Client contacted despite authority", """
Dear Conexus,

We sent our letter of authority for Mr Dean Foley on 2 November asking that all contact comes through this office. Your agents phoned him twice last week. Please confirm the authority is on the account and that contact will come to us.
""", L(c=True, tp=True, cat="collection_conduct"), "Adviser: client contacted directly despite an authority on file; asks for confirmation: implicit collection_conduct complaint, third_party.")


# =============================================================================================
# 15. Third pass: more calm complaints (measured tone, business register, data-use grievances, one-liners)
#     and more reports of other people's data, the look-alike that scored highest out of fold
# =============================================================================================
S(C, "pos", "debtor", "Voicemail at my parents' house", """
I'm 34 and moved out years ago, but your agent left a voicemail on my parents' landline on Saturday saying I owed Pennant £780. My dad played it out loud at lunch. I'm not blaming anyone who picked it up, but I'd like to know why your staff leave that kind of detail on a shared phone and I want it noted that it mustn't happen again.
""", L(c=True, pd=True, br=True, cat="personal_data"), "Debt details disclosed on a family landline; calm tone, but asks why and for it not to happen again: implicit personal-data complaint with a breach.",
  one="your agent left my debt amount on my parents' landline voicemail - why, and please make sure it doesn't happen again")
S(P, "pos", "pro", "Revised fee schedule - notice period", """
Dear PEXA,

We received notice on 20 November that per-workspace fees rise by 18% from 1 December. Ten days is not enough for us to update our client care letters and quotes already issued, which we will now have to honour at a loss. We ask you to defer the increase for existing matters to 1 March and to explain why so little notice was given.
""", L(c=True, cat="fees_charges"), "Objects to short notice of a fee rise and asks for a deferral and explanation: implicit fees_charges complaint in formal register ('object'-free).",
  one="10 days' notice of an 18% fee rise is not enough - please defer it for existing matters and explain")
S(P, "pos", "pro", "Helpline and chat say opposite things", """
Hello,

On Tuesday your helpline told our cashier that a lender's funds could be released early if both sides agree. Your chat team told her on Wednesday that they cannot. She has now given our client two different answers. Which is correct, and can you make sure your teams give the same advice?
""", L(c=True, cat="inaccurate_information"), "Contradictory advice from two PEXA teams, wants the right answer and consistent advice: implicit inaccurate_information complaint.",
  one="your helpline and chat gave us opposite answers on early release of funds - which is right? please make them consistent")
S(C, "pos", "debtor", "Letter to my old address", """
Hi, I told you in August that I'd moved, and you confirmed it on the phone. Your letter last week still went to my old address, where my ex lives. She's now sent me a photo of it. Please can you check why the address wasn't changed and fix it properly this time.
""", L(c=True, pd=True, br=True, r="rectification", cat="personal_data"), "Address change not made, letter went to the ex: asks why and for a fix; implicit personal-data complaint with a breach and rectification.",
  one="told you in August I'd moved, letter still went to old address where my ex lives - why, fix it please")
S(C, "pos", "debtor", "I never gave you this number", """
You rang me today on my work mobile. I've never given you that number and I don't know how you got it. I'd like an explanation, and please take it off your system.
""", L(c=True, pd=True, r="informed,erasure", cat="personal_data"), "Unexplained use of a number never given; asks how and for its removal: implicit personal-data complaint with informed and erasure (lg-34 pattern).",
  one="you rang my work mobile which I never gave you - how did you get it? take it off your system")
S(P, "pos", "consumer", "Still waiting for the call back", """
Our solicitor told us on Friday that the delay is a problem on the PEXA side and that your team would call us. Your helpline promised a call back on Friday and again on Monday, and nobody has rung. We're paying for a hotel while our things sit in storage. Please can someone from PEXA actually call us today and tell us what is going on.
""", L(c=True, cat="delay"), "Two promised call backs from PEXA's helpline never came, with costs mounting; the grievance is PEXA's own handling, so no forward: implicit delay complaint.",
  one="your helpline promised call backs Friday and Monday, nobody rang, we're paying for a hotel - please call today")
S(P, "pos", "pro", "Priority lender line", """
Hi,

We pay for the priority lender service. Yesterday our redemptions team waited 47 minutes on the priority line while a completion was held up. I'd appreciate an explanation of what happened, and what the target answer time actually is.
""", L(c=True, cat="wait_time"), "Long wait on a paid priority line during a held completion; asks for an explanation: implicit wait_time complaint.",
  one="47 minutes on the paid priority lender line yesterday with a completion held up - what happened and what is the target?")
S(P, "pos", "pro", "Date picker", """
Hi,

Since last week's release the settlement date field sometimes saves the date in US format. One of our paralegals set a completion for 7 December that saved as 12 July, and we only caught it on the summary screen. Please can this be fixed, and in the meantime could you tell users to double check?
""", L(c=True, cat="platform_defect"), "A release saves dates wrongly; fix and a warning requested: implicit platform_defect complaint in a measured tone.",
  one="since the release the settlement date sometimes saves in US format (7 Dec -> 12 Jul) - please fix")
S(C, "pos", "debtor", "Copy of my data was incomplete", """
Thanks for sending my information. It only has letters from this year though, and none of the call notes or the recordings I asked for. I've been with you since 2022. Please send the rest.
""", L(c=True, pd=True, r="access", cat="personal_data"), "Access request answered incompletely; polite opening but asks for the rest: implicit personal-data complaint (lg-36 pattern).",
  one="the copy of my data has no call notes or recordings and only this year's letters - please send the rest")
S(C, "pos", "debtor", "Plan amount changed without asking", """
Good morning, my direct debit this month was £60 instead of the £35 we agreed. Nobody told me it was changing. Could you put it back to £35 and refund the £25?
""", L(c=True, cat="collection_conduct"), "Plan amount changed unannounced; wants it reversed and refunded: implicit complaint (collection_conduct).",
  one="my direct debit went from £35 to £60 without telling me - please put it back and refund £25")
S(C, "pos", "rep", "Mrs Pauline Ward - interest", """
Dear Sir/Madam,

Mrs Ward's plan was agreed on the basis that interest would be frozen. Her latest statement shows £23.40 of interest added in November. We would be grateful if this could be removed and the freeze confirmed in writing.
""", L(c=True, tp=True, cat="fees_charges"), "Adviser: interest added despite an agreed freeze, asks for removal: implicit fees_charges complaint, third_party.")
S(P, "pos", "consumer", "marketing emails", """
hi, I bought my house through my solicitor who used PEXA and now I get your "homeowner tips" emails every week. I didn't sign up. please stop them and delete my email address.
""", L(c=True, pd=True, r="erasure,objection", cat="personal_data"), "Unrequested marketing, stop and delete: implicit personal-data complaint with objection and erasure (lg-35 pattern without 'complain').",
  one="getting your homeowner tips emails every week, never signed up - stop and delete my email")

S(C, "mis", "debtor", "statement in my envelope", """
Evening. Your statement to me came with a second page for another customer, a Mr Benn in Rotherham. I've got it here. Let me know if you want me to post it back, or I'll shred it. No harm done my end.
""", L(br=True), "Another customer's page received; 'no harm done my end', offer to return: breach report only.",
  one="got a statement page for a Mr Benn in Rotherham with mine - want it back or shall I shred it?")
S(P, "mis", "pro", "Notification for another lender's borrower", """
Hi,

Today's 9am batch of settlement notifications to our mortgage operations inbox included one for a borrower with a different lender (Hartwell Bank, by the look of the account number). We've deleted it. Flagging it in case your distribution list needs checking.
""", L(br=True), "Lender reports a notification for another lender's borrower; no grievance: breach only.")
S(C, "mis", "debtor", "voicemail for someone else", """
hi there's been 3 voicemails on my phone this week from your team for a "Mr Kaminski" about his account. wrong number, I'm not him. can you take my number off his file? thanks
""", L(br=True), "Voicemails for another debtor reached the writer; asks for the number to be removed from that file: a breach report, calm; the number is on someone else's record, so not a right of his own.")
S(P, "mis", "consumer", "Someone else's ID in our workspace", """
Hello, while uploading documents for our purchase today I noticed the documents list also shows a driving licence for a man I don't know. We haven't opened it. I expect it's been put in the wrong workspace. Just thought you'd want to know.
""", L(br=True), "Consumer notices a stranger's ID in her workspace; 'just thought you'd want to know', no worry about her own data: breach report only.")
S(C, "mis", "pro", "Email received in error - Oakfield Surgery", """
Dear Conexus,

We are a GP surgery. This morning our reception inbox received an email from your collections team about a patient's overdue energy bill, which appears to have been meant for the patient directly. We have deleted it. Please update your contact records for this person.
""", L(br=True), "A surgery reports misdirected collection email; routine request to update records: breach report only.")


# ---------------------------------------------------------------------------------------------
# Envelopes
# ---------------------------------------------------------------------------------------------
FIRSTS = ["Sarah", "Daniel", "Aisha", "Tomasz", "Mei", "Gareth", "Olu", "Priya", "Callum", "Joanne", "Hassan",
          "Bethan", "Kwame", "Agata", "Rory", "Shona", "Imran", "Lydia", "Femi", "Niamh", "Wojtek", "Grace"]
LASTS = ["Thornton", "Baptiste", "Rahman", "Nowicki", "Lau", "Pritchard", "Adebayo", "Sharma", "McLeod", "Hale",
         "Qureshi", "Llewellyn", "Mensah", "Zielinska", "Doyle", "Fraser", "Malik", "Carver", "Okafor", "Byrne"]
MAILDOM = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"]
TOWNS = [("Derby", "DE22 3AB"), ("Hull", "HU5 2LT"), ("Swindon", "SN2 7QP"), ("Stockport", "SK3 9RR"),
         ("Carlisle", "CA1 2HS"), ("Newport", "NP20 4FJ"), ("Dundee", "DD3 6LE"), ("Luton", "LU2 0PX")]
STREETS = ["Alder Close", "Brook Street", "Chapel Row", "Elm Grove", "Kingsway", "Mill Lane", "Park Avenue"]
PRO_ORGS = {
    P: [("Fairlie & Stroud LLP", "fairliestroud.co.uk", "Conveyancing Executive"),
        ("Northgate Property Law", "northgatelaw.co.uk", "Completions Manager"),
        ("Severn Mutual Building Society", "severnmutual.co.uk", "Mortgage Operations"),
        ("Castleford Hart Solicitors", "castlefordhart.com", "Practice Manager")],
    C: [("Pennant Telecom", "pennanttelecom.co.uk", "Collections Partner Manager"),
        ("Lumen Water", "lumenwater.co.uk", "Debt Recovery Team"),
        ("Kinross Accountants", "kinrossacc.co.uk", "Office Manager"),
        ("Conexus Customer Services", "conexus.co.uk", "Team Leader")],
}
REP_ORGS = [("Harbourside Money Advice", "harboursideadvice.org.uk", "Money Adviser"),
            ("Citizens Advice Eastvale", "caeastvale.org.uk", "Debt Caseworker"),
            ("Office of Janet Orme MP", "parliament.uk", "Senior Caseworker"),
            ("Eastfield Housing", "eastfieldhousing.org.uk", "Support Worker")]
DISCLAIMERS = [
    "This email and any attachments are confidential and may contain personal data. If you have received it in "
    "error, please tell the sender and delete it. We process personal data in line with our privacy notice.",
    "CONFIDENTIALITY NOTICE: the information in this message is intended only for the named recipient. Any "
    "unauthorised use, disclosure or copying is prohibited.",
    "Authorised and regulated by the Solicitors Regulation Authority. Registered in England and Wales.",
]
GREET = ["Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "Hi there,", "To whom it may concern,", ""]
SIGNOFF = ["Kind regards", "Thanks", "Many thanks", "Best wishes", "Regards", "Cheers", "Thank you"]
MOBILE_FOOT = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android", ""]
PREAMBLE = ["Sorry if this is a bit long, I'm writing it on my phone on the bus.",
            "Bit of background first, as I'm not sure what's on your system.",
            "I hope you are well and had a good weekend.",
            "Apologies for writing rather than calling, it's easier for me to put it all down."]
POSTSCRIPT = ["Anyway, I hope that makes sense.", "I'm around most afternoons if a call is easier.",
              "Thanks for reading this far!", "PS I've copied my partner in, hope that's ok."]
FIRM_LETTERS = {
    C: ["Dear customer,\nThank you for your payment of £{amt}. Your balance is now £{bal}.\nConexus Customer Services",
        "Dear customer,\nWe are writing about account {ref}. Please contact us to discuss a payment arrangement.\nConexus",
        "Hello,\nThanks for your email. We have updated your account notes.\nConexus Customer Services"],
    P: ["Hello,\nThanks for contacting PEXA Support. Your case number is SR-{num}.\nPEXA Support",
        "Hi,\nJust following up on your enquiry last week. Is there anything else we can help with?\nPEXA Customer Service",
        "Dear customer,\nYour workspace {ws} has been created. You can invite participants from the overview page.\nPEXA"],
}
PROTECT = re.compile(r"complain|PEXA|Conexus|CX-|\d", re.I)


def add_typos(text, rng, rate=0.07):
    """Letter edits in about `rate` of the words of 5+ letters, never in a word PROTECT matches."""
    return edit_words(text, rng, lambda w: len(w) >= 5 and rng.random() <= rate and not PROTECT.search(w))


def firm_quote(mailbox, rng):
    d = f"{rng.randrange(1, 28)} {rng.choice(['Sep', 'Oct', 'Nov'])} 2026"
    letter = rng.choice(FIRM_LETTERS[mailbox]).format(
        amt=rng.choice([20, 35, 50]), bal=f"{rng.randrange(200, 3000)}.{rng.randrange(10, 99)}",
        ref=f"CX-{rng.randrange(1000000, 9999999)}", num=rng.randrange(100000, 999999),
        ws=f"4{rng.randrange(0, 9)}-{rng.randrange(1000000, 9999999)}")
    sender = "Conexus <customer.services@conexus.co.uk>" if mailbox == C else "PEXA Support <support@pexa.co.uk>"
    return f"On {d}, {sender} wrote:\n" + "\n".join("> " + l for l in letter.split("\n"))


def make_sender(sc, rng):
    first, last = rng.choice(FIRSTS), rng.choice(LASTS)
    name = f"{first} {last}"
    if sc["role"] == "pro":
        org, dom, title = rng.choice(PRO_ORGS[sc["mailbox"]])
        if "conexus" in dom and sc["kind"] != "cw":
            org, dom, title = PRO_ORGS[sc["mailbox"]][0]
        sig = [name, title, org, f"T: 0{rng.randrange(113, 199)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"]
        return f"{name} <{first.lower()}.{last.lower()}@{dom}>", name, sig, True
    if sc["role"] == "rep":
        org, dom, title = rng.choice(REP_ORGS)
        return f"{name} <{first[0].lower()}{last.lower()}@{dom}>", name, [name, title, org], True
    town, pc = rng.choice(TOWNS)
    user = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(10, 99)}", f"{last}.{first[0]}"]).lower()
    sig = [name, f"{rng.randrange(1, 120)} {rng.choice(STREETS)}", f"{town} {pc}"]
    return f"{name} <{user}@{rng.choice(MAILDOM)}>", name, sig, False


def build(sc, env, rng):
    frm, name, sig, formal = make_sender(sc, rng)
    subject, core = sc["subject"], sc["body"]
    starts_greeted = core.lower().startswith(("dear", "hi", "hello", "good ", "to whom"))
    greet = "" if starts_greeted else rng.choice(GREET)
    so = rng.choice(SIGNOFF)
    if env == "typo":
        core = add_typos(core, rng)
    if env == "ramble":
        core = rng.choice(PREAMBLE) + "\n\n" + core + "\n\n" + rng.choice(POSTSCRIPT)
    if env == "subject_only":
        return frm, sc["one"], rng.choice(["", "", "Sent from my iPhone", "Sent from my Galaxy"]), False
    if env == "mobile":
        body = core.lower() + "\n\n" + rng.choice([name.split()[0].lower(), "ta", "thanks"])
        foot = rng.choice(MOBILE_FOOT)
        body += f"\n\n{foot}" if foot else ""
        subject = subject.lower()
    else:
        closing = "\n".join(sig) if env == "sig" or formal else rng.choice([name, name.split()[0]])
        if env == "sig" or (formal and rng.random() < 0.5):
            closing += "\n\n" + rng.choice(DISCLAIMERS)
        body = "\n\n".join(x for x in (greet, core, f"{so}\n{closing}") if x)
    quote = sc["history"]
    if env == "quote" and not quote:
        quote = firm_quote(sc["mailbox"], rng)
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    html = False
    if env == "html":
        body, html = to_html(body, quote), True
    elif quote:
        body = body + "\n\n" + quote
    return frm, subject, body, html


def main(argv=None):
    import argparse

    ap = argparse.ArgumentParser(description="Write the complaint look-alikes trial file.")
    ap.add_argument("--lookalikes-only", action="store_true",
                    help="write only the non-complaint rows (labels.complaint false; the calm complaints, source "
                         "hn-*-pos-*, left out) to data/trials/lookalikes_only.jsonl; ids and text as in the full file")
    ap.add_argument("--one-per-scenario", action="store_true",
                    help="with --lookalikes-only: keep only each scenario's first (plain or signature) variant, "
                         "written to data/trials/one_per_scenario/lookalikes_only.jsonl")
    ap.add_argument("--out", help="write here instead of the default path")
    args = ap.parse_args(argv)
    if args.one_per_scenario and not args.lookalikes_only:
        ap.error("--one-per-scenario needs --lookalikes-only")
    out = args.out or (OUT_ONE_PER_SCENARIO if args.one_per_scenario else
                       OUT_LOOKALIKES_ONLY if args.lookalikes_only else OUT)
    rng = random.Random(SEED)
    records, kind_n = [], {}
    for sc in SCENARIOS:
        key = (sc["mailbox"], sc["kind"])
        kind_n[key] = kind_n.get(key, 0) + 1
        source = f"hn-{'cx' if sc['mailbox'] == C else 'px'}-{sc['kind']}-{kind_n[key]:02d}"
        cands = ["quote", "html", "typo", "mobile", "ramble", "sig"]
        if sc["history"]:
            cands = ["html", "typo", "sig"]
        if sc["role"] in ("pro", "rep"):
            cands = [c for c in cands if c != "mobile"]
        rng.shuffle(cands)
        envs = [rng.choice(["plain", "plain", "sig"])] + [c for c in cands if c != "sig"][:rng.choice([1, 2, 2])]
        if sc["one"]:
            envs = envs[:2] + ["subject_only"]
        for k, env in enumerate(envs):
            frm, subject, body, html = build(sc, env, rng)
            records.append({"id": "", "mailbox": sc["mailbox"], "from": frm, "subject": subject, "headers": {},
                            "body": body, "html": html, "labels": json.loads(json.dumps(sc["labels"])),
                            "note": sc["note"], "source": source, "_env": env, "_first": k == 0})
    envc = shuffle_number_check(records, rng, "hn")
    if envc is None:
        return 1
    pos = sum(1 for sc in SCENARIOS if sc["labels"]["complaint"])
    if args.lookalikes_only:
        # Filter after ids are given, so the rng stream and the ids are those of the full file.
        records = [rec for rec in records if not rec["labels"]["complaint"]]
    if args.one_per_scenario:
        records = [rec for rec in records if rec["_first"]]
    for rec in records:
        del rec["_first"]
    with open(out, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.lookalikes_only:
        print(f"wrote {len(records)} look-alike records (non-complaints only"
              f"{', first variant of each scenario' if args.one_per_scenario else ''}) from {len(SCENARIOS) - pos} scenarios "
              f"to {os.path.relpath(out, ROOT)}")
    else:
        print(f"wrote {len(records)} records from {len(SCENARIOS)} scenarios ({len(SCENARIOS) - pos} look-alikes, "
              f"{pos} calm complaints) to {os.path.relpath(out, ROOT)}; envelopes {dict(sorted(envc.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
