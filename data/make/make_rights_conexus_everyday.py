#!/usr/bin/env python3
"""Build data/labelled/rights_conexus_everyday.jsonl: an independent, hand-written set of UK GDPR
rights requests, personal-data breach reports and their look-alikes for the Conexus mailbox.

Every scenario core below is a complete email written by hand (not a slot template), labelled by the
labelling guide (/work/shared/labelling/labelling-guide.md, decision order of section 1, borderline
rules of section 4). Each core is expanded into 2-3 variants by envelopes that do not change the
labels: greeting/sign-off, signature block, a neutral quoted Conexus letter, HTML-only body,
subject-only (empty body), hasty lower-case mobile mail, typos. All variants of a scenario share
`source`, so split train/dev/test by `source`.

Stdlib only, deterministic (fixed seed). Run from the repo root:
    python3 data/make/make_rights_conexus_everyday.py
"""
import json
import os
import re
import sys

from labelled_mail import edit_words, html_with_quote, run_generator, short_labels as L

SEED = 20261206
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_conexus_everyday.jsonl")

SCENARIOS = []


def S(kind, role, subject, body, labels, note, one=None, history=None, headers=None, envs=None,
      neg=False, who=None, raw=False):
    """kind: acc/rec/era/res/por/obj/adm/inf/mix/brc/neg ...; role: sender pool; one: a one-line
    version used for the subject-only envelope; history: fixed quoted text kept in every variant."""
    if "=" in role:
        role, who = role.split("=", 1)
    if role.startswith("raw:"):
        role, raw = "fixed:" + role[4:], True
    SCENARIOS.append(dict(kind=kind, role=role, subject=subject, body=body.strip("\n"), labels=labels,
                          note=note, one=one, history=history, headers=headers or {}, envs=envs,
                          neg=neg, who=who, raw=raw))

# ---------------------------------------------------------------------------------------------
# ACCESS
# ---------------------------------------------------------------------------------------------
S("acc", "debtor", "what have you got on me", """
I keep getting letters from you about a Pennant phone contract from years ago and honestly I don't remember half of it. Before I talk to anyone I want to see what you actually have on me. Everything - notes, letters, whatever your people wrote down when I rang in. Can you post it or email it, either is fine.

ref on the letter is CX-4471902
""", L(r="access"), "Asking for everything held about him (notes, letters) is a plain-words access request; no dissatisfaction, so not a complaint.",
  one="can you send me everything you have on me ref CX-4471902")

S("acc", "debtor", "Subject Access Request - CX-2290815", """
Dear Data Protection Officer,

I am making a subject access request under Article 15 of the UK GDPR. Please provide a copy of all personal data you hold about me in connection with the above account, including call recordings, file notes, letters and any data received from your client, Northline Energy.

My date of birth and current address are below for identification. I would prefer to receive the information electronically.
""", L(r="access"), "Formal Article 15 subject access request with no grievance: access only, not a complaint.",
  one="Subject access request (Art 15 UK GDPR) - please send all data held, ref CX-2290815")

S("acc", "debtor", "calls", """
hiya, can i get the recordings of my phone calls with ur lot from march? the girl i spoke to said i agreed to £60 a month and i know i said 30. not having a go i just want to hear it back so we can sort it. cheers
""", L(r="access"), "Asking for copies of her own call recordings is access; she says she is 'not having a go' and only wants to check the figure, so treated as a neutral request, not a complaint.")

S("acc", "debtor", "Re: your letter", """
I have asked three times now on the phone for copies of the letters you say you sent me in 2023 and all I get is "it's been passed to the relevant team". I never got any of them, which is why I'm now being told about fees. I want copies of every letter and every note on my account, and I want it this month, not whenever somebody gets round to it.
""", L(c=True, pd=True, r="access", cat="personal_data"), "Repeated unanswered requests for copies of letters and notes: an access request handled badly, so an implicit personal_data complaint (lg-36 reasoning).")

S("acc", "debtor", "Request for information", """
Dear Sir or Madam,

I am write to request please all the informations which your company is keeping about me. I have received letter from you for debt of Sterling Credit but I am not understand how you have my details. Please send me the copy of all documents and what you have in computer about me. My English is not so good, you can send in simple words.

Thank you very much.
""", L(r="access,informed"), "Non-native English: a copy of all documents and computer records (access) and how they have her details (informed); polite and confused, not a complaint.")

S("acc", "adviser", "Client: Mr Darren Oakes - SAR - your ref CX-3318842", """
Dear Sir/Madam,

We act for the above client, who has given us signed authority (attached) to request on his behalf a copy of the personal data Conexus holds about him. Please include account notes, the assignment or instruction information received from the creditor, all correspondence and call recordings from January 2024 onwards.

Please send the information to this office. We would be grateful for confirmation of receipt.
""", L(r="access", tp=True), "A money adviser asks for the client's personal data on his behalf: access, third_party; no dissatisfaction.")

S("acc", "relative", "my dad's account", """
Hello

My dad Brian Wheeler (ref CX-5502913) has asked me to help with his post because his eyesight is going. He wants a copy of all the information you hold about him so we can see where this debt came from and what's been paid. He's signed the form you sent before and I've attached it again. Could it be sent in large print or by email to me please.
""", L(r="access", tp=True), "Daughter writing for her father (third_party) asks for a copy of all information held about him: access, no complaint.")

S("acc", "debtor", "SAR", """
Sent a SAR on 2 Feb by email to your data team. Today is 11 April. Nothing. Not even an acknowledgement. The legal limit is one month and you're well past it. Send me my data and explain why it's late, or I go to the ICO.
""", L(c=True, pd=True, r="access", cat="personal_data"), "A subject access request ignored past the deadline with a threat to go to the ICO: implicit personal_data complaint, access still wanted (lg-36).",
  one="SAR sent 2 Feb, nothing back, send my data or I go to the ICO")

S("acc", "debtor", "I want to make a complaint about your agent Dean", """
I want to make a complaint about the way your agent spoke to me on Tuesday afternoon. I told him I was on my lunch break at work and he carried on talking over me, said I was "playing games" and that he'd "make sure" the account went to court. I was shaking by the time I hung up.

I want the recording of that call so I can hear it again and so my adviser can hear it, and I want an apology.
""", L(c=True, ex=True, r="access", cat="collection_conduct"), "Explicit complaint about an agent's conduct (collection_conduct); asking for the call recording is access, but the grievance is not about data handling so personal_data=false (lg-29).")

S("acc", "debtor", "Account CX-7781024", """
Hi there,

Thanks for the call yesterday, your colleague Priya was really helpful and we've got a plan sorted at £35 a month starting on the 1st.

One more thing while I remember. Could you send me a copy of whatever you hold on my file, the notes and the paperwork from Lumen when they passed it to you? My partner and I are trying to get all our finances in one place and I want the full picture. No rush on it.

Thanks again.
""", L(r="access"), "Thanks for a plan plus a request for a copy of the file notes and creditor paperwork: access, no dissatisfaction.")

S("acc", "solicitor", "Our client Ms Keira Doyle - request under Article 15 UK GDPR", """
Dear Sirs,

We are instructed by Ms Keira Doyle in connection with the account you are collecting on behalf of Westbury Council Tax Services (your reference CX-6620175). A signed form of authority is enclosed.

Pursuant to Article 15 of the UK GDPR and the Data Protection Act 2018, we request on our client's behalf a copy of all personal data you process concerning her, together with the information required by Article 15(1)(a)-(h), in particular the source of the data and any recipients to whom it has been disclosed.

Kindly respond within the statutory period.
""", L(r="access,informed", tp=True), "A solicitor's formal Article 15 request for a copy plus the Article 15(1) information (source, recipients): access and informed, third_party, not a complaint.")

S("acc", "debtor", "copy of my file", """
hi my ex is saying in court that i owe him half of this debt. my solicitor says i need proof of who's been paying it. can you send me the payment history and all the notes on my account asap? the hearing is on the 20th so sooner would be great. thanks
""", L(r="access"), "Payment history and all notes on her account for a court hearing: access (a copy of her data), no grievance.")

S("acc", "debtor", "Breathing space - and my data", """
Good morning,

I am writing because I have been told by StepChange that I am now in a breathing space, starting 3 June, and they have notified you. I just wanted to check you have it on your system as I had a text from you on 5 June which worried me. If you could confirm that would be a weight off.

Also, separately, I am trying to get my head round all my debts and StepChange suggested I ask each company for what they hold. So please could you send me a copy of the personal information you have about me? Email is best.

Thank you.
""", L(r="access"), "Mainly a neutral check on the breathing space; the text on 5 June 'worried' her but she asks only for confirmation, so treated as an enquiry. Copy of the personal information held = access. Unsure: a stricter reader could call the text a Breathing Space grievance.")

S("acc", "mp", "Constituent Mr Omar Haddad - request for his records", """
Dear Sir/Madam,

I am writing on behalf of my constituent, Mr Omar Haddad of 19 Tanner Street, Rochdale, whose signed consent is attached.

Mr Haddad asked you for copies of his account records in May. He tells me he received a two-page balance summary and nothing else, despite asking specifically for the notes of his phone calls and the letters sent to him. I would be grateful if you could provide him with a full copy of the information you hold, and explain why the earlier reply was so limited.
""", L(c=True, pd=True, r="access", tp=True, cat="personal_data"), "MP's office (third_party) says a records request was answered with a summary only and asks for the full copy and an explanation: implicit personal_data complaint about a badly handled access request.")
# ---------------------------------------------------------------------------------------------
# RECTIFICATION
# ---------------------------------------------------------------------------------------------
S("rec", "debtor=Jonathon Pritchard", "wrong name", """
Hello, every letter you send me says Mrs Jon Pritchard. I'm Mr. Jonathon Pritchard. Could you get it right on your system please, it's a bit embarrassing when the postman hands it over. Ref CX-1104552.
""", L(r="rectification"), "Asking for his name and title to be corrected on the system is rectification; mild and neutral, not a complaint.",
  one="please correct my name on your system, it's Mr Jonathon Pritchard not Mrs Jon")

S("rec", "debtor", "new number", """
new mobile number is 07700 914 338, old one is gone. can u put it on my account. ta
""", L(r="rectification"), "Updating his contact number on the account is rectification (update my record); a routine request, not a complaint.",
  one="new mob number 07700 914 338 pls update my account")

S("rec", "debtor", "Your records are wrong", """
Your records have me down as self-employed with an income of £2,900 a month. I have never been self-employed, I work part time in a school kitchen and take home about £980. I only found out because the plan you offered me was based on that figure and it's impossible.

Where that number came from I have no idea. I want my income corrected, and I want the plan worked out again on the real figure. I've attached my last three payslips.
""", L(c=True, pd=True, r="rectification", cat="personal_data"), "Inaccurate income held on her record that drove an impossible plan, with correction demanded: implicit personal_data complaint (inaccurate data held), rectification.")

S("rec", "debtor", "Date of birth", """
Dear Conexus,

My date of birth on your letter is 12/08/1967. It should be 21/08/1967. Please amend it. I am worried the wrong date means you have mixed me up with someone else, so could you check the account is definitely mine.

Regards
""", L(r="rectification"), "Correcting a wrong date of birth is rectification; the worry and a check request are polite, so not a complaint.")

S("rec", "adviser", "Client Ms Sandra Kowalski - change of address - CX-8834019", """
Dear Sir/Madam,

Please note our client Ms Sandra Kowalski has moved. Her new address is Flat 3, 27 Cheltenham Road, Gloucester GL2 0JQ. Please update your records and send all future correspondence to her at this address and copy us in.

Our client also asks that the phone number ending 551 is removed from her file as it now belongs to her former partner.
""", L(r="rectification,erasure", tp=True), "Money adviser for the client (third_party): update the address (rectification) and remove a number from her file (erasure); no dissatisfaction.")

S("rec", "debtor", "THIS IS NOT MY ADDRESS", """
I moved out of 14 Sycamore Drive in 2021 and I told you in writing in 2022. Your agent has now been there TWICE and my ex-landlord has been on the phone to me furious. How many times do I need to tell you the same thing?? Change it, today.
""", L(c=True, pd=True, r="rectification", cat="personal_data"), "An old address still held after he reported the move, with agents sent there: implicit complaint about inaccurate data held (personal_data), rectification demanded. No debt details said to reach anyone, so breach=false.")

S("rec", "debtor", "Re: Payment arrangement confirmation", """
Thanks for the letter confirming my plan. Only thing - you've spelt my street wrong, it's Llanfair Road with two Ls at the start, not Lanfair. Post's still arriving but could you fix it so it doesn't go astray. Cheers
""", L(r="rectification"), "Thanks plus a request to fix a misspelt street name: rectification, not a complaint.")

S("rec", "debtor=Osei", "email", """
Please update the email address you hold for me to r.osei.home@outlook.com and stop using my work one. Thanks.
""", L(r="rectification"), "Update the email address held (rectification); 'stop using my work one' here just replaces the old contact detail, read as part of the correction. Unsure: a reader could add restriction.")

S("rec", "relative", "Mum's account - she's not 'deceased'", """
Hi,

My mum Patricia Hale (ref CX-3390641) got a letter yesterday addressed to "the Executors of the late Patricia Hale". She is very much alive and sitting next to me and was really upset by it. Someone must have put the wrong marker on her account.

Please take it off, check nothing else on her file is wrong, and let us know what happened. She has given me permission to write.
""", L(c=True, pd=True, r="rectification", tp=True, cat="personal_data"), "Daughter for her mother (third_party): a wrong 'deceased' marker on the record upset her; removal and an explanation wanted: implicit personal_data complaint (inaccurate data), rectification.")

S("rec", "debtor", "Formal complaint - wrong employer on my file", """
I am making a formal complaint. Your file lists my employer as Harcastle Logistics. I left there four years ago. Your agent rang their switchboard last week, asked for me by name and told the receptionist it was Conexus calling about "an outstanding account". My old manager then messaged me asking if I was in debt.

Correct my employment details under Article 16 and confirm in writing that you will not contact Harcastle again.
""", L(c=True, ex=True, pd=True, br=True, r="rectification", cat="personal_data"), "Explicit complaint: outdated employer held (rectification under Art 16) and an agent telling the old employer's receptionist that Conexus was calling about an outstanding account disclosed her debt to a third party (breach).")
# ---------------------------------------------------------------------------------------------
# ERASURE
# ---------------------------------------------------------------------------------------------
S("era", "debtor", "get my number off your system", """
That debt was paid off in full in January, you sent me the letter saying so. I don't owe you anything, so get my number off your system please, and my email. I don't need to be on your books any more.
""", L(r="erasure"), "Account settled, asks for her number and email to be removed from the system: erasure in everyday words; no grievance, not a complaint.",
  one="debt paid in Jan - get my number off your system pls")

S("era", "debtor", "Right to erasure - Article 17", """
To the Data Protection Officer,

The account referenced CX-2057731 (creditor: Sterling Credit Loans) was closed as settled on 30 September. I request erasure of all personal data relating to me under Article 17 UK GDPR, save for anything you are legally required to retain, in which case please tell me what is kept and for how long.

Please confirm once this has been done.
""", L(r="erasure,informed"), "Article 17 erasure request; asking what is kept and for how long is a request for an explanation of the processing (informed). No dissatisfaction.")

S("era", "debtor=Kieran Welsh", "not my debt", """
You wrote to me about a debt for a Kieran Walsh. I'm Kieran Welsh, different date of birth, different address history, never had a Northline account. Your own letter says "if this isn't you let us know" so I'm letting you know. I want every bit of my information deleted from whatever you've matched me to.
""", L(r="erasure", br=True), "Mistaken identity reported calmly, using the firm's own 'let us know' route: another man's debt letter reached him (breach, rule 13); delete all his information = erasure. Not framed as dissatisfaction, so not a complaint (unsure: some would call it a complaint).")

S("era", "debtor", "delete me", """
delete all my details. the account is closed, i dont want you keeping nothing about me
""", L(r="erasure"), "Short demand to delete all details after closure: erasure, no complaint wording or grievance.",
  one="delete all my details account is closed")

S("era", "relative", "My husband's account - please remove my details", """
Hello,

I'm writing about my husband's account, ref CX-6673310. I rang once last year to make a payment for him with my card and now I notice you've got my name and mobile on his file as a 'contact'. I never agreed to be a contact. Please take my details off his account, I'm happy to keep paying by card if he asks me to but I don't want calls.
""", L(r="erasure"), "The wife asks for her OWN details to be removed from her husband's file: erasure of her data; she writes for herself, so third_party=false, and the tone is a request, not a complaint.")

S("era", "debtor", "Complaint - you kept my bank details after I cancelled", """
I'm complaining because you took a payment from my account on 1 March even though I cancelled the card payment plan in February and asked you to delete my card details. Your agent confirmed on the phone that they were deleted. Clearly they weren't.

I want the £45 back, and I want my card details actually erased this time, with written confirmation.
""", L(c=True, ex=True, pd=True, r="erasure", cat="personal_data"), "Explicit complaint: card details kept after a confirmed deletion and used for a payment; erasure requested again. The data-handling failure is the root cause, so category personal_data (unsure: fees/other for the refund).")

S("era", "adviser", "Ms Tamsin Reilly - deceased partner details", """
Dear Conexus,

I am a Citizens Advice adviser helping Ms Tamsin Reilly (authority enclosed). Her late partner's name, date of birth and phone number appear on her account notes as a "joint contact". Ms Reilly has asked that his details, and her old joint address at 4 Mill Lane, be removed from her record, as the letters mentioning him are very distressing for her.

We would be grateful for your help with this.
""", L(r="erasure", tp=True), "Adviser (third_party) asks for details to be removed from the client's record; polite and no grievance about Conexus, so not a complaint. Unsure: the late partner's data is not GDPR data, but the old address on her own record is.")

S("era", "debtor=Jamie Barker", "old email address", """
Hi, can you wipe my old email address from your system (jbarker1986@yahoo.co.uk)? Somebody else has got into that account and I'm not using it any more. Use this one instead. Thanks
""", L(r="erasure,rectification"), "Wipe the old compromised email (erasure) and use the new one (rectification). The compromise is of his own mailbox, not a Conexus disclosure, so breach=false.")

S("era", "debtor", "Take me off", """
I was at the Citizens Advice yesterday and the lady said I can ask you to delete stuff. So please delete my old phone numbers and my old address in Bolton, I don't live there, I don't want that on record with you. I still owe the money and I'm paying it, I'm not trying to get out of it.
""", L(r="erasure"), "Asks to delete old numbers and an old address while still paying: erasure, neutral tone.")
# ---------------------------------------------------------------------------------------------
# RESTRICTION
# ---------------------------------------------------------------------------------------------
S("res", "debtor", "address", """
You've got two addresses for me and you keep mixing them up. Please stop using my info till you sort the address out - I don't want anything going to the old flat in the meantime. The right one is 8 Orchard Mews, Leek ST13 5BB.
""", L(r="restriction,rectification"), "'Stop using my info till you sort the address out' = restriction; giving the correct address to use = rectification. Neutral request.",
  one="stop using my info till you sort the address out - right one is 8 Orchard Mews")

S("res", "debtor", "Article 18 - restriction of processing", """
Dear Sir/Madam,

I contest the accuracy of the balance and the default date you hold for account CX-9041186 and have asked Pennant Mobile for their records. Under Article 18(1)(a) UK GDPR I ask you to restrict the processing of this data, other than storage, while its accuracy is verified. In particular, please do not share it with any credit reference agency until the matter is resolved.
""", L(r="restriction"), "Formal Article 18 request to restrict processing while accuracy is checked; no grievance aimed at Conexus and no remedy beyond the right, so not a complaint. Unsure: contesting the balance could be read as a debt_dispute complaint.")

S("res", "debtor", "don't pass it on", """
I've told you I think the amount is wrong and I'm waiting for Northline to send the final bill. Until that comes, please don't send my details anywhere else, no credit agencies, no solicitors, nothing. Just hold it where it is until we know the real figure.
""", L(r="restriction"), "'Hold it where it is, don't send my details anywhere' while the amount is checked = restriction in plain words; patient tone, not a complaint.")

S("res", "relative", "Freeze on my brother's data", """
My brother Callum Fisher is in hospital and can't deal with anything. I have his permission (signed, attached). There's a question over whether half this debt is even his as the account was joint with his ex. Can you put a stop on using or sharing his information until we've sorted out who owes what? We don't want it passed on while he's unwell.
""", L(r="restriction", tp=True), "Sister for her brother (third_party): stop using or sharing his information while liability is checked = restriction; no grievance.")

S("res", "debtor", "STILL using the wrong details", """
I asked you six weeks ago to stop using my data until you'd checked whether this account is actually mine. You wrote back agreeing. This morning I got a letter from a solicitors' firm you've passed it to. So much for agreeing. Explain yourselves and get it back from them.
""", L(c=True, pd=True, r="restriction", cat="personal_data"), "A restriction that was agreed and then ignored (data passed to solicitors): implicit personal_data complaint, restriction still demanded. Passing to the firm's own solicitors is unexpected use, not a breach to a wrong person.")

S("res", "adviser", "Client Mrs Gail Arnott - dispute and request to restrict", """
Dear Conexus,

We are assisting Mrs Gail Arnott (authority attached). Mrs Arnott disputes that the Lumen Water account you are collecting relates to her tenancy dates. We have asked Lumen for the meter readings.

In the meantime, please restrict the use of her personal data to storage only, place the account on hold, and do not report it to any credit reference agency until the dispute is resolved.
""", L(r="restriction", tp=True), "Adviser for the client: restrict use to storage while a dispute with the creditor is resolved = restriction; 'place on hold' is a routine request. Polite, not a complaint.")

# ---------------------------------------------------------------------------------------------
# PORTABILITY
# ---------------------------------------------------------------------------------------------
S("por", "debtor", "spreadsheet please", """
Hi, my money adviser at StepChange has asked if you can send me my payment history in a spreadsheet so she can upload it into her system. Excel or CSV, whichever you do. Thanks!
""", L(r="portability"), "Payment history as a spreadsheet to upload into the adviser's system: portability in everyday words; neutral.",
  one="can you send my payment history in a spreadsheet so my adviser can upload it")

S("por", "debtor", "Data portability request", """
Dear Sir or Madam,

Under Article 20 UK GDPR I would like to receive the personal data I have provided to you (contact details, income and expenditure, payment records) in a structured, commonly used and machine-readable format, such as CSV or JSON. Please send it to me by email.
""", L(r="portability"), "Formal Article 20 portability request; no grievance.")

S("por", "adviser", "Client transactions export - Mr Lee Chambers", """
Hello,

I'm an adviser at Moneyline Debt Advice and I'm helping Mr Lee Chambers (ref CX-4412009, authority attached) put together a debt relief order application. Could you send his full transaction history with you as a CSV or an Excel file please, not a PDF, so we can import it straight into our case software.
""", L(r="portability", tp=True), "Adviser (third_party) asks for the client's transaction history as CSV/Excel to import into software: portability.")

S("por", "debtor", "Re: Your data request", """
Thanks for sending my data but it's all scanned images in a PDF. I asked for something I could open in Excel. My budgeting app won't take images, and typing in four years of payments by hand isn't happening. Can you do it properly please?
""", L(c=True, pd=True, r="portability", cat="personal_data"), "A portability request answered in an unusable format, with a fix requested: implicit personal_data complaint (badly handled right), portability still wanted (lg-36).")

S("por", "debtor", "account data", """
I am moving my debts to a new management company called Clearpath Plans. They ask me to give them my balance and payments from each creditor in a file they can load in. Is it possible you send them directly in digital format? I attach their form and my consent.
""", L(r="portability"), "Wants his balance and payment data sent directly to a new company in a loadable digital format: portability (direct transmission); he writes for himself.")

S("por", "debtor", "csv", """
any chance of my payment history as a csv? want to stick it in my own spreadsheet
""", L(r="portability"), "Very short: payment history as CSV for his own spreadsheet = portability.",
  one="payment history as csv pls")
# ---------------------------------------------------------------------------------------------
# OBJECTION
# ---------------------------------------------------------------------------------------------
S("obj", "debtor", "offers", """
Got a text from you today about "special settlement offers" and some loan company you've partnered with. I don't agree to you using my details for adverts or offers from other companies. Just deal with the account. Thanks.
""", L(r="objection"), "'I don't agree to you using my details for adverts or offers' = objection to direct marketing; calm, not a complaint.",
  one="I don't agree to you using my details for adverts or offers")

S("obj", "debtor", "take me off your lists", """
take me off your lists. I dont want emails about your "money tips" newsletter or any other marketing from you
""", L(r="objection"), "Take me off your marketing lists = objection to direct marketing; no grievance beyond the request.",
  one="take me off your lists, no more marketing")

S("obj", "debtor", "Objection under Article 21", """
I object under Article 21 UK GDPR to the processing of my personal data for profiling, including any scoring of my likelihood to pay or any tracing activity using social media or third-party data brokers. My account is on an agreed plan and there is no need for this.
""", L(r="objection"), "Formal Article 21 objection to profiling and tracing; no complaint.")

S("obj", "debtor", "Why are you sending my info to a debt company?", """
Your letter says you "may share my information with selected partners to offer debt solutions". I do not want that. I've already got a plan with you and I've had two cold calls this week from some IVA firm who knew my balance. I want to know if that came from you, and I don't want my details shared with anyone for that sort of thing ever again.
""", L(c=True, pd=True, br=True, r="objection,informed", cat="personal_data"), "Unexpected sharing with 'partners' that led an IVA firm to know her balance: implicit personal_data complaint; the balance reaching an outside firm is a disclosure (breach). Objects to future sharing (objection) and asks whether it came from them (informed). Unsure: breach is only suspected.")

S("obj", "adviser", "Mr Paolo Ferri - objection to marketing", """
Dear Sir/Madam,

We write on behalf of Mr Paolo Ferri (ref CX-2260417). Mr Ferri objects to the use of his personal data for direct marketing by post, email, text or phone, and to its disclosure to any third party for marketing purposes.

Please confirm this has been noted on his file.
""", L(r="objection", tp=True), "Adviser objects to direct marketing for the client: objection, third_party, neutral.")

S("obj", "debtor", "call recording + training", """
Hello, when I phone you it says calls are recorded and "may be used for training and quality". I'm fine with the recording for my account but I don't want my calls used for training your staff. I'm going through some personal stuff and I mention my health on the phone. Please note that on my account.
""", L(r="objection"), "Objecting to one use of her call recordings (staff training) while accepting others = objection; neutral request.")

S("obj", "debtor", "Complaint: marketing calls despite objection", """
This is my complaint. In April I told you in writing I objected to marketing. In June and July I got calls from your 'customer options' team trying to sell me a consolidation product. I want it recorded that I object, again, to any marketing, and I want to know why my first objection was ignored.
""", L(c=True, ex=True, pd=True, r="objection", cat="personal_data"), "Explicit complaint: a marketing objection ignored (badly handled right, personal_data); the objection is renewed. 'Why was it ignored' asks for an account of the failure, not of the source/purpose/basis of processing, so no informed.")

# ---------------------------------------------------------------------------------------------
# AUTOMATED DECISION
# ---------------------------------------------------------------------------------------------
S("adm", "debtor", "online plan rejected", """
I filled in your online form for a payment plan and it came back in seconds saying "we cannot accept this offer". No person looked at it. I don't want a computer deciding this, I've got a disabled son and my outgoings are not normal. Please get an actual person to look at my figures.
""", L(c=True, r="automated_decision", cat="process"), "An instant automated rejection she is unhappy with, asking a person to review: implicit complaint (the automated process is the grievance: process) plus automated_decision. personal_data=false as the grievance is the plan decision (lg-07 reasoning).",
  one="online form rejected my plan in seconds, I don't want a computer deciding this, get a person to look")

S("adm", "debtor", "is a human checking this?", """
Quick question before I send my income and expenditure through your app - is the plan decided by the app on its own or does someone look at it? If it's the app I'd rather a member of staff made the decision. Thanks
""", L(r="automated_decision,informed"), "Asks whether the plan is decided automatically (informed) and prefers a person to decide (automated_decision); no grievance (lg-38).")

S("adm", "debtor", "Article 22 request for human intervention", """
Your letter of 4 March states that my request for a reduced settlement was "declined following an automated affordability assessment". Under Article 22 UK GDPR I request human intervention in that decision, an opportunity to express my point of view, and an explanation of the logic involved and the data used.
""", L(r="automated_decision,informed"), "Formal Article 22 request for human review of an automated decision, with the logic explained (informed); no dissatisfaction stated beyond exercising the right.")

S("adm", "adviser", "Ms Carys Bevan - automated decline", """
Dear Conexus,

I am a money adviser at Valleys Money Advice Centre helping Ms Carys Bevan (authority attached). Her token payment offer of £5 a month was declined by letter within an hour of being submitted online, with the reason "does not meet affordability criteria". Ms Bevan has a chronic illness and is on ESA. Her expenditure is set out in the attached financial statement.

We request that the offer is reviewed by a member of staff rather than by your automated system, and that you take her circumstances into account. We are disappointed that a vulnerable customer's offer was rejected in this way.
""", L(c=True, r="automated_decision", tp=True, cat="collection_conduct"), "Adviser (third_party) disappointed that a vulnerable client's offer was auto-declined, asks for staff review: implicit complaint about treatment of a vulnerable customer (collection_conduct) plus automated_decision. Unsure: process is also defensible.")

S("adm", "debtor", "ur system", """
ur system keeps putting my account back into "default" every time my payment is a day late cos of my wages date. i dont want it done automatically, i want someone to look at it and see ive paid every month. can someone actually check it please
""", L(c=True, r="automated_decision", cat="collection_conduct"), "Unhappy that the system automatically defaults the account over one-day-late payments and asks a person to check: implicit complaint (collection_conduct) plus automated_decision in everyday words.")

S("adm", "debtor", "Decision on my hardship application", """
Hello,

I applied for your hardship fund last week and got an email saying the application "did not meet the threshold". Was that decided by a person or a computer? If it was a computer, I'd like someone to look at it again properly. I'm not angry, I'd just like to understand it and have a fair go.
""", L(r="automated_decision,informed"), "Asks whether the decision was automated (informed) and for a person to look again (automated_decision); explicitly 'not angry', so treated as a request, not a complaint.")

# ---------------------------------------------------------------------------------------------
# INFORMED
# ---------------------------------------------------------------------------------------------
S("inf", "debtor", "who gave you my details", """
who gave you my details?? i've never heard of you and now you're texting me about a Pennant bill from 2019
""", L(r="informed"), "'Who gave you my details' = informed (source of data). Short and surprised, but no demand beyond the question, so not a complaint (contrast lg-34, which demands a proper answer after a deliberate number change).",
  one="who gave you my details")

S("inf", "debtor", "How did you get my work email", """
You emailed me today at my work address. I have never given that address to you or to Sterling. I want to know exactly where you got it, and I want you to stop using it and not email me at work again. My manager can see my inbox.
""", L(c=True, pd=True, r="informed,erasure", cat="personal_data"), "Unexpected use of a work email never given, with demands: implicit personal_data complaint (data obtained unexpectedly, lg-34). Where you got it = informed; stop using it = read as erasure of that address. No disclosure described, so breach=false. Unsure: restriction/objection are also possible readings of 'stop using it'.")

S("inf", "debtor", "What do you do with my info", """
Hi, I'm setting up a plan with you and before I give you my bank statements I want to know what you'll do with them. Who sees them, how long you keep them and whether they go back to the council. Thanks
""", L(r="informed"), "Questions on who sees her statements, retention and sharing = informed; neutral, before anything went wrong.")

S("inf", "debtor", "privacy notice", """
Dear Sirs,

Please send me a copy of your privacy notice and tell me the lawful basis on which you hold and process my personal data, the source from which you obtained it, and the categories of recipients with whom it has been or will be shared.
""", L(r="informed"), "Formal request for the lawful basis, source and recipients: informed; no grievance.")

S("inf", "relative", "Letter to my grandmother", """
Hello,

I help my nan, Mrs Edith Rowe, with her post (she is 88 and she has asked me to write). She got a letter from you about a debt she says she has never had. We have no idea how you have her name and address or who you are collecting for. Can you tell us where you got her details and what this is about please? She is worried sick.
""", L(r="informed", tp=True), "Grandchild for grandmother (third_party) asks where Conexus got her details (informed). Worried but asks only for information, so an enquiry, not a complaint. Unsure: 'worried sick' is close to harm.")

S("inf", "debtor", "credit reference agencies", """
Do you share my account with credit reference agencies and if so which ones? And does it show as a default or as an arrangement to pay? Just need to know for a mortgage application next year.
""", L(r="informed"), "Which agencies his data is shared with = informed (recipients); neutral.")

S("inf", "debtor", "Phone calls to my mum", """
My mum's just told me someone from your company rang her landline asking for me. I'm 34, I haven't lived there for ten years. How have you got her number against my name and why are you using it? I want it taken off my file. She didn't tell them anything thankfully.
""", L(c=True, pd=True, r="informed,erasure", cat="personal_data"), "A parent's number used to trace him without his knowledge: implicit personal_data complaint (data obtained/used unexpectedly). How you got it = informed; take it off = erasure. Mum was only asked for him, no debt detail disclosed, so breach=false.")

S("inf", "debtor", "Tracing", """
You found my new address after I moved and I never told anyone but my bank. Not cross about it really, just curious how you do that - do you buy the information from somewhere? What else do you get about me?
""", L(r="informed"), "Curious, explicitly not cross: how the address was found and what else they obtain = informed.")
# ---------------------------------------------------------------------------------------------
# SEVERAL RIGHTS / BURIED / SUBJECT ONLY
# ---------------------------------------------------------------------------------------------
S("mix", "debtor", "Copy of everything you hold on me + correct my address", """
Ref CX-5540192. Address below. Thanks.
""", L(r="access,rectification"), "The requests are in the subject only: a copy of everything held (access) and correct the address (rectification); body is just a reference.",
  envs=["plain", "sig", "mobile"])

S("mix", "debtor=Grieve", "Account update", """
Hi,

Hope you're well. Just a few bits to update you on because a lot has happened since we last spoke.

I've started a new job at the hospital so my pay date has moved to the 15th - can my payment go out on the 16th from next month instead of the 1st? Same amount, £40.

My daughter has moved back in with her little boy so money is a bit tighter but I think I can manage for now, I'll let you know if not.

Also I've been reading up on all this and I'd like a copy of all the information you've got about me, and I'd like my old surname (Bentley) taken off the account, I went back to my maiden name Grieve after the divorce and it upsets me seeing the old one on letters. Happy to send my deed poll.

Oh and the lady on the phone last time, Shannon I think, was lovely, please pass that on.

Thanks
""", L(r="access,rectification"), "A rambling update; buried in the middle: a copy of all information held (access) and her surname changed back (rectification). Moving the payment date is a routine request, not a right. No grievance.")

S("mix", "debtor", "data request", """
Please send me:
1) a copy of all data you hold on me
2) where you got it from
3) the same data as a CSV so I can use it in my spreadsheet
Then once I've got it, delete the old phone numbers you've got on there, only keep 07700 900 182.
""", L(r="access,informed,portability,erasure"), "Listed requests: copy (access), source (informed), CSV for his spreadsheet (portability), delete old numbers (erasure). Neutral.")

S("mix", "solicitor", "Our client Mr Ryan Gallagher - data protection requests", """
Dear Sirs,

We act for Mr Ryan Gallagher (authority enclosed) in relation to the account you are collecting for Beacon Home Finance, your reference CX-7010035.

Our client disputes the debt and we are in correspondence with your client. Separately, and on our client's instructions, we request: (a) a copy of all personal data held about him (Article 15); (b) restriction of processing pending resolution of the dispute (Article 18(1)(a)); and (c) confirmation of whether any decision about him has been taken solely by automated means and, if so, human review of that decision (Article 22).
""", L(r="access,restriction,automated_decision", tp=True), "Solicitor (third_party) makes Article 15, 18 and 22 requests; the debt dispute is with the creditor and no grievance against Conexus is stated here, so not a complaint.")

S("mix", "debtor", "Complaint about my account and my information", """
I want to complain. Over the last month I've had letters addressed to my old name, calls to a number I gave up in 2020, and your agent had my income wrong by about £800. It's like you're reading someone else's file.

I want (1) a full copy of what you hold on me so I can see what else is wrong, (2) all of it corrected, and (3) nothing used to make decisions about my plan until it has been.
""", L(c=True, ex=True, pd=True, r="access,rectification,restriction", cat="personal_data"), "Explicit complaint about inaccurate data held (personal_data). Copy (access), correct it (rectification), don't use it until corrected (restriction).")

S("mix", "debtor", "my details", """
hi i went on your website and read about the data stuff. i dont want marketing, i dont want my details sold to anyone, and i want to know what you keep on me. thats it thanks
""", L(r="objection,access"), "Text-speak: no marketing and no selling of details (objection), 'what you keep on me' (read as access to the data held). Unsure: the last ask could be informed rather than access.")

S("mix", "adviser", "Client Mrs Josie Adeyemi CX-3358120 - several requests", """
Dear Conexus,

Further to our call, Mrs Adeyemi (authority previously sent) would like:

- her telephone number updated to 07700 933 470 (the number ending 118 is no longer hers);
- her data not to be used for any marketing;
- an explanation of where you obtained her current address, as she has not given it to you or to the creditor.

Thank you for your help.
""", L(r="rectification,objection,informed", tp=True), "Adviser (third_party): update the number (rectification), no marketing (objection), where the address came from (informed). Polite, not a complaint.")

S("mix", "debtor", "Re: Statement", """
Payment plan's fine thanks, no problems there.

While I'm writing: I want to know if you use any automatic scoring on me, and if you do I want that stopped and a human to handle my account. I also don't want my info shared with your 'partner' firms. And please send me a copy of my data.
""", L(r="informed,automated_decision,objection,access"), "No problems with the plan; asks whether automatic scoring is used (informed), for a human instead (automated_decision), no sharing with partners (objection), a copy of data (access).")

S("mix", "mp", "Constituent Ms Leanne Price - data concerns", """
Dear Sir or Madam,

My constituent Ms Leanne Price (consent attached) has raised with me that she has received letters from your firm at an address she left two years ago, and that you appear to have a former partner's surname recorded against her account.

Ms Price would like the records corrected, and would like to know where the old address came from. I would also be grateful for your assurance that letters are no longer being sent to the old property, and an explanation of how this happened.
""", L(c=True, pd=True, r="rectification,informed", tp=True, cat="personal_data"), "MP's office (third_party): wrong address and surname held, correction, source and an explanation of how it happened: implicit personal_data complaint (inaccurate data). Letters to the old address are not said to have been read by anyone, so breach=false (unsure).")

S("mix", "debtor", "Payment for October", """
Hiya, just letting you know my payment for October will be a few days late as I got paid late this month, it'll be in by the 6th. Sorry about that.

Oh also can you send me what you've got on your system about me, my adviser wants it. And stop sending me the texts about "your options", I'm on a plan already.

Thanks
""", L(r="access"), "Late-payment notice plus, in the middle, a request for the data held (access). 'Stop sending the texts about your options' read as a contact preference (conduct remedy, not objection). Unsure: if those texts are marketing, objection would apply.")
# ---------------------------------------------------------------------------------------------
# BREACHES
# ---------------------------------------------------------------------------------------------
S("brc", "debtor", "letter went to my ex", """
You've sent a letter about my debt to my ex-husband's address. He's just sent me a photo of it with a nasty message. We split up three years ago and I had moved before you even got this account. He now knows how much I owe and who to, which is exactly what I didn't want. How did you get that address and what are you going to do about it?
""", L(c=True, pd=True, br=True, r="informed", cat="personal_data"), "Debt letter delivered to and read by her ex-husband (breach) with an explanation demanded: implicit personal_data complaint. 'How did you get that address' = informed.",
  one="you sent my debt letter to my ex's address - how did you get it and what are you doing about it")

S("brc", "debtor", "Your email - everyone's addresses visible", """
I've just had an email from you about "changes to our payment portal" and it has been sent to about 60 people with all our email addresses in the To line. Some of them have full names in. Anyone on that list now knows everyone else has a debt with a collection agency. That is appalling and I want to know what you are doing about it.
""", L(c=True, pd=True, br=True, cat="personal_data"), "A bulk email exposing 60 recipients' addresses and names (breach); appalled with an answer demanded: implicit personal_data complaint.")

S("brc", "debtor", "Someone else's letter in my envelope", """
Hi

Opened my statement from you this morning and there were two letters in it - mine and one for a man in Swindon with his account number, his balance and his phone number on it. I've not done anything with it. Do you want me to post it back or shred it? Also a bit worried that means mine has ended up in someone else's envelope.
""", L(r="", br=True), "Another debtor's letter arrived in her envelope (breach). She asks what to do with it and voices a worry but makes no demand on her own account, so not a complaint (unsure: 'a bit worried' could tip it).")

S("brc", "neighbour", "Letter for previous tenant", """
Hello,

We moved into 22 Wexford Close in August. Today a letter came from you for a Miss K. Doran who lived here before us. It wasn't in an envelope window so we opened it thinking it was the council - sorry. It's about money she owes to Lumen. We've written "not at this address" on it and put it back in the post. Thought you should know so you can update your records.
""", L(br=True), "A new occupant opened a former tenant's debt letter (breach reported by a non-customer); no grievance, not third_party (lg-32).")

S("brc", "neighbour", "I think this email is not for me", """
Hi, I received the email below about an account for a Mr Dariusz Nowak, it includes his balance and a link to a payment page. I am not him and have never had an account with you. My email is very similar to someone's I guess. I've deleted it. Just letting you know.
""", L(br=True), "A stranger received someone's account email (breach report by a non-customer); 'I've deleted it' is not erasure of her own data; not a complaint.",
  one="got an email for a Mr Dariusz Nowak with his balance on it, not me, deleted it")

S("brc", "debtor", "ur agent told my boss", """
one of your agents rang my work and when my supervisor asked what it was about he said "it's about her overdue account with Sterling". now everyone on the shop floor knows. i was mortified. i want to know who it was and i want it sorted
""", L(c=True, pd=True, br=True, cat="personal_data"), "The agent disclosed the debt to her supervisor (breach); upset and wants it sorted: implicit personal_data complaint. 'Rang my work' alone would be conduct, but the disclosure is the main grievance.")

S("brc", "debtor", "Formal complaint - data breach", """
I wish to make a formal complaint about a data breach.

On 12 May I logged in to your customer portal to check my balance and the page showed another person's account: their name, address in Leeds, balance of £1,244 and payment history. I logged out and back in and it happened again. I took screenshots.

If I can see theirs, someone can see mine. I want to know whether my account has been shown to anyone else and what you are doing to fix this. I also want a copy of the access log for my account.
""", L(c=True, ex=True, pd=True, br=True, r="access,informed", cat="personal_data"), "Explicit complaint: the portal exposed another person's account (breach). Whether his account was shown to others = informed (recipients); a copy of his access log = access.")

S("brc", "debtor", "You told my daughter everything", """
My daughter answered my mobile because I was in the shower. Your man didn't check who she was, he just launched in - my name, the debt, the amount, that I'd "missed the last two payments". She's 19. She didn't know any of it and now she's in bits thinking we're going to lose the house.

I think I'm owed an apology and an explanation of why your staff don't check who they're talking to.
""", L(c=True, pd=True, br=True, cat="personal_data"), "Debt details given to her daughter without identity checks (breach); apology and explanation wanted: implicit personal_data complaint.")

S("brc", "creditor", "Lost device - Pennant customer data", """
Hi team,

During our account review call yesterday your collections manager mentioned, almost in passing, that one of your field agents lost a work phone last week with customer details on it, including some of our customers. We weren't told about this. As the controller for those customers we need to know today what was on the device, whether it was encrypted, which of our customers are affected and whether you have reported it to the ICO. Please treat this as urgent.

Regards
""", L(c=True, pd=True, br=True, cat="personal_data"), "Creditor client staff (own firm, not third_party) learn of a lost device holding their customers' data (breach) and demand answers: implicit personal_data complaint about Conexus's handling. Not a rights request: the creditor is not the data subject.")

S("brc", "debtor=Abiola", "doorstep", """
Your agent came to my door on Saturday. My neighbour was cutting his hedge and your agent shouted across the drive "we're here about the council tax arrears, Mr Abiola". Everyone on this street now knows my business. I'm not refusing to pay, I've been trying to get a plan sorted. Why would he do that? I don't want him coming back.
""", L(c=True, pd=True, br=True, cat="collection_conduct"), "Doorstep agent announced the arrears in front of a neighbour (breach) and the writer wants no further visits: main grievance is doorstep conduct, so collection_conduct with breach and personal_data (lg-33). 'Don't want him coming back' is a conduct remedy, not objection.")

S("brc", "adviser", "Client data sent to us in error", """
Dear Conexus,

We received your email of 9 October headed "Re: client financial statement" with an attachment that is not for any client of ours. It contains the income and expenditure of a Mr H. Lyle, including his benefits and his son's disability. We have not opened it further and will delete it from our system once you confirm you have logged this.

Please confirm receipt.
""", L(br=True), "A money adviser reports another person's data sent to them in error (breach). Writing for her own organisation about someone else's data, not on a client's behalf, so third_party=false; no grievance, not a complaint.")

S("brc", "debtor", "you read my account out to the wrong person", """
I rang in today and got put through to someone called Gareth, and before I'd even said my postcode he'd read me the balance and last three payments of an account - not mine. Different surname. I stopped him but he'd already said the lot. I'm worried the same thing happens when someone rings up about mine. What do you do to check who's calling?
""", L(c=True, pd=True, br=True, cat="personal_data"), "Agent read out someone else's account details to her (breach); worried and asks how callers are checked, an implied demand for a fix: implicit personal_data complaint. The security-check question is about procedure, not the source/purpose/basis of her data, so no informed. Unsure: complaint is borderline.")

S("brc", "debtor", "complaint about letter left in shared hallway", """
I want to complain. You hand-delivered a letter to our block and left it on the shared hallway shelf, unsealed, with "FINAL DEMAND" on the front and my full name and flat number. It was there all day for every resident to see. What happened to posting things in sealed envelopes? I want an apology and to know it won't happen again.
""", L(c=True, ex=True, pd=True, br=True, cat="personal_data"), "Explicit complaint: an unsealed final demand left in a shared hallway exposed his debt to other residents (breach, personal_data).")

S("brc", "relative", "My son's debt - told to me at my work", """
My son is 27 and has his own account with you (Pennant, ref CX-4428801). Yesterday one of your agents phoned my office, asked for me by name and then told me my son owed £840 and asked whether I'd be "helping him out". My son has never given you my number and never said I could discuss his account. I was not even aware of the debt.

I am writing for him as well as myself - he's asked me to. We want to know how you got my number and why you talked to me about his account.
""", L(c=True, pd=True, br=True, r="informed", tp=True, cat="personal_data"), "A parent writes for her son (third_party) about his debt being disclosed to her at work (breach); how the number was obtained = informed; implicit personal_data complaint.")

S("brc", "neighbour", "wrong door", """
hi your guy left a card through our door for somebody called Alan Pike saying "Conexus called regarding your Northline debt, please call". we're number 7, he's 7a round the back. i've passed it on. might want to tell your guy.
""", L(br=True), "A neighbour got a card naming someone else's debt (breach report by a non-customer); not a complaint.")

S("brc", "debtor=Paul Hendry", "Voicemail", """
You left a voicemail on our home phone saying "this is a message for Mr Paul Hendry regarding his debt of £3,200 with Beacon Home Finance". My wife heard it. We're in the middle of a separation and she's now using it against me. Your letters say you'd only ever leave a message asking me to call back. I want an explanation and I want this looked at properly.
""", L(c=True, pd=True, br=True, cat="personal_data"), "A voicemail with debt details heard by his wife (disclosure: breach); explanation demanded: implicit personal_data complaint. Beacon only named as creditor, about_other_firm=null.")

S("brc", "debtor", "Lost documents?", """
I posted my bank statements and payslips to you on 3 March recorded delivery - signed for by "CONEXUS MAILROOM" on the 5th. Now your agent says you never got them and I need to send them again. Where are they? They've got my bank account number and NI number on them. I'm not sending originals again until I know what happened to the first lot.
""", L(c=True, pd=True, br=True, cat="personal_data"), "Signed-for documents with bank and NI numbers apparently lost by Conexus (data lost: breach); explanation demanded: implicit personal_data complaint.")

S("brc", "debtor", "Re: Your plan confirmation", """
Thanks for the confirmation. FYI the PDF you attached was someone else's plan confirmation - a Mrs Sadie Kerr in Hull. Mine wasn't attached. Could you send me mine and sort hers out? I've deleted hers.
""", L(br=True), "Another customer's plan sent to her by mistake (breach); polite, deletes it, asks for her own document: not a complaint; the plan confirmation is a routine document, not an access request.")

S("brc", "debtor", "Text message to my old number", """
Hi, my old number (ending 902) was reallocated to someone else after I let it lapse. They just messaged me on Facebook because they'd had texts from you with my name and the amount I owe. I gave you my new number in March. Can you make sure that number is deleted and only use the new one?
""", L(br=True, r="erasure"), "Texts with her debt went to a reallocated old number (breach) after she updated it. She asks only for the old number to be deleted (erasure), calmly, so not a complaint (unsure: 'I gave you my new number in March' hints at fault).")

S("brc", "mp", "Constituent Mr Craig Rutter - disclosure at his workplace", """
Dear Sir/Madam,

My constituent Mr Craig Rutter (consent attached) has contacted me in considerable distress. He tells me that one of your field agents visited his workplace, a garage in Crewe, and discussed his account with the owner, who is also his landlord, in his absence.

I would be grateful if you would investigate, let me know what was disclosed and on what basis, and confirm what steps you will take to prevent a recurrence.
""", L(c=True, pd=True, br=True, r="informed", tp=True, cat="personal_data"), "MP's office (third_party): an agent discussed the account with the constituent's employer (breach); asking what was disclosed and on what basis = informed; implicit personal_data complaint.")
# ---------------------------------------------------------------------------------------------
# CREDITOR AS ROOT CAUSE, WITH A RIGHT
# ---------------------------------------------------------------------------------------------
S("frm", "debtor", "Lumen bill is wrong", """
The Lumen Water bill you're chasing is based on an estimate for a house I'd already left. I gave Lumen a final reading and the keys went back on 30 June, I've got the tenancy end letter. They've billed me until November. I'm not paying for water I didn't use, they need to sort it.

And could you send me a copy of what Lumen sent you about me when they passed it over? I want to see what they've said.
""", L(c=True, r="access", cat="debt_dispute", firm="lwt"), "Root cause is the creditor's billing after move-out, which only Lumen can fix: about_other_firm=lwt, debt_dispute (lg-25). The copy of what the creditor sent about him is an access request to Conexus; personal_data=false.")

S("frm", "debtor", "Pennant contract - never signed up", """
Pennant are saying I took out a second SIM contract in 2022. I didn't, the only contract I had was cancelled when I moved to another network, and I've told them this twice. It looks like their shop put it on my account by mistake. Please send it back to them to sort out.

Also I'd like to know what information Pennant gave you about me and when.
""", L(c=True, r="informed", cat="debt_dispute", firm="pmt"), "The disputed contract is Pennant's own error, so about_other_firm=pmt, debt_dispute. What Pennant passed on and when = informed (source and content of data received).")

S("frm", "adviser", "Client Mr Ashok Verma - Northline back-billing", """
Dear Sir/Madam,

We act for Mr Verma (authority attached). The Northline Energy balance you are collecting includes £612 of back-billing beyond the 12-month limit that Northline should not have charged. We have raised this with Northline directly.

While Northline investigates, please do not report the account to any credit reference agency or pass Mr Verma's details to anyone else.
""", L(c=True, r="restriction", tp=True, cat="debt_dispute", firm="nte"), "Adviser (third_party) disputes the creditor's back-billing, which only Northline can fix: about_other_firm=nte, debt_dispute. 'Don't report or pass on his details while it is investigated' = restriction.")
# ---------------------------------------------------------------------------------------------
# HARD NEGATIVES: no right, no breach
# ---------------------------------------------------------------------------------------------
S("neg", "debtor", "stop calling me at work", """
This is the third time this week someone from your company has rung me at work. I've told every one of them I can't talk on the shop floor and I'll call back on my break. Stop calling me at work. Ring my mobile after 5 or write to me.
""", L(c=True, cat="collection_conduct"), "Repeated calls at work after asking them to stop: implicit complaint about how the debt is pursued. 'Stop calling me at work' is a conduct remedy, not objection (guide rule 14); no one is told about the debt, so no breach.", neg=True,
  one="third time this week you've rung me at work - stop calling me at work")

S("neg", "debtor", "best time to call", """
Hi, please don't ring me at work as I can't take personal calls there. After 6pm on my mobile is best, or Saturdays. Thanks very much.
""", L(), "A routine contact preference with no dissatisfaction: not a complaint, and a conduct preference, not objection.", neg=True)

S("neg", "debtor", "do not come to my house", """
A man from your firm came to my house at 9 at night. My children were in bed. I was frightened to open the door. I pay £20 every month, I have never missed. I don't want anyone coming to my house again, please write to me instead. Why was he sent?
""", L(c=True, cat="collection_conduct"), "Late doorstep visit despite a maintained plan, explanation demanded: implicit complaint, collection_conduct. 'Don't come to my house' is a conduct remedy (lg-33), not objection; nothing disclosed.", neg=True)

S("neg", "debtor", "wrong attachment sorry", """
Sorry, I've just sent you my sister's payslip by mistake instead of mine! Please delete that attachment and ignore it. Mine is attached to this one.
""", L(), "'Delete that attachment' sent by mistake is not erasure of her data (rule 3); her own slip to the right firm is not a breach by Conexus. Not a complaint. Unsure: the sister's data went to a third party, but via the writer, not the firm.", neg=True)

S("neg", "debtor", "can't access my account", """
Hello, I can't access my online account since the website changed. It says my reference number isn't recognised. It's CX-6021188. Could you reset it for me? Thanks
""", L(), "'Access' to the online account is a login problem, not the right of access; polite request, not a complaint.", neg=True)

S("neg", "debtor", "YOUR WEBSITE", """
Fourth day running I cannot log in to pay. The payment page just spins then says "session expired". I've tried two phones and a laptop. I'm trying to pay you and you're making it impossible, then I'll get a letter saying I've missed it. Fix it or tell me another way to pay that doesn't involve 40 minutes on hold.
""", L(c=True, cat="platform_defect"), "The payment portal keeps failing, fix demanded: implicit complaint, platform_defect. 'Log in' is not a data right.", neg=True)

S("neg", "debtor", "change payment date", """
Hi could you change my payment date to the 28th please, I've changed jobs and get paid later now. Amount stays £25. Ref CX-3340912. Thanks
""", L(), "Changing the payment date is an account request, not rectification of personal data; not a complaint.", neg=True,
  one="pls move my payment date to the 28th, same amount")

S("neg", "debtor", "reduce my payments", """
Hello,

I've been put on reduced hours at work from this month so I can't afford the £60 a month any more. Could I drop it to £30 for the next three months? I've attached my new income and expenditure. I will put it back up when I can. My personal circumstances have changed a lot this year and I'm doing my best.
""", L(), "Request to reduce the instalment with new I&E: a routine request; 'personal circumstances' is not a data-rights wording. Not a complaint.", neg=True)

S("neg", "adviser", "Mr Rhys Morgan - financial statement and token offer - CX-1192873", """
Dear Sir/Madam,

We are advising Mr Rhys Morgan, whose signed authority is attached. Please find attached his Standard Financial Statement. Mr Morgan's only income is Universal Credit and he has a deficit budget. We propose token payments of £1 per month for the next six months, after which we will review.

We ask that interest and charges are frozen and that the account is held for 30 days while this offer is considered.

Please note we process our clients' personal data in accordance with the UK GDPR and the Data Protection Act 2018. Our privacy notice is available on our website.
""", L(tp=True), "A money adviser's standard letter with an offer and a hold request (third_party, not a complaint). The data protection sentence is boilerplate; 'held for 30 days' is an account hold, not restriction.", neg=True)

S("neg", "raw:Deepa Chauhan <deepa.chauhan@westbury.gov.uk>", "Monthly placement file - October", """
Hi Jo,

Please find the October placement file on the SFTP as usual (47 accounts). Two of last month's accounts have been recalled as the customers have entered IVAs - refs on the attached list.

Thanks,
Deepa Chauhan
Revenues Recovery Officer, Westbury Council Tax Services

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Westbury Council processes personal data in accordance with the UK GDPR. You have the right to request access to, rectification or erasure of your personal data; see our privacy notice at westbury.gov.uk/privacy.
""", L(), "Creditor business mail about a file transfer; the privacy-notice footer lists rights (access, rectification, erasure) but requests nothing. Not a complaint, no rights, no breach.", neg=True)

S("neg", "raw:Jordan Platt <jordan.platt@hollowayfreight.co.uk>", "payment made", """
Hi, I've made this month's payment of £50 by bank transfer today. Reference CX-7713264. Thanks

Jordan Platt
Senior Analyst, Holloway Freight Ltd

CONFIDENTIALITY NOTICE: This message may contain personal data and is intended only for the named recipient. If you are not the intended recipient, you must not copy, distribute or use it; please delete and permanently erase all copies and notify the sender.
""", L(), "Payment notification; the work disclaimer mentions personal data and erasing copies, which sets nothing (rule 3).", neg=True,
  envs=["plain", "mobile", "html"])

S("neg", "debtor", "Thank you - data received", """
Hi,

Just to say thank you for the copy of my data that arrived on Friday. It was all there, including the call recordings, and it's helped my adviser a lot. No further action needed.

Best wishes
""", L(), "A thank-you for an access request already fulfilled, no further action: no right requested now, not a complaint (rule 5).", neg=True,
  history="On 14 Feb 2026, I wrote:\n> Under Article 15 UK GDPR please send me a copy of all the personal data you hold about me, including call recordings.")

S("neg", "debtor", "money", """
Hi, I won't have access to funds until my Universal Credit comes in on the 14th. Can my payment come out on the 15th this month instead? Sorry for the hassle.
""", L(), "'Access to funds' is about money, not the right of access; a routine request.", neg=True)

S("neg", "debtor", "settlement figure", """
Hello,

I know I have the right to complain to the ombudsman if I'm not happy, the leaflet says so, but honestly I'd rather just get this finished. What would you accept as a full and final settlement on account CX-2841177? I can raise about £600 from family.

Thanks
""", L(), "Mentions the right to complain only as background and asks for a settlement figure: not a complaint, no rights; 'complain' appears but not for a grievance of his own (rule 2).", neg=True)

S("neg", "debtor", "GDPR question for my college work", """
Hi there, I'm doing a Level 3 business course and my assignment is on how companies handle GDPR. I've got an account with you so I thought I'd ask: do you have a data protection officer and do your staff get GDPR training? It's for a case study, no names needed. Thank you!
""", L(), "General questions about the firm's GDPR arrangements for coursework, not about the processing of her own data: not informed, not a complaint. Unsure: 'do you have a DPO' borders on informed.", neg=True)

S("neg", "raw:Callum Dore <callum.dore@redactly.io>", "Reduce your subject access request workload by 70%", """
Hi,

I'm Callum from Redactly. Debt collection agencies like Conexus handle hundreds of subject access requests, erasure requests and objections every year - and every one has a deadline. Our platform finds, redacts and packages personal data automatically, so your team can respond in days, not weeks.

Could I book 20 minutes with your compliance lead next week?

Best,
Callum Dore
Account Executive, Redactly
""", L(), "A hand-written sales pitch that names rights as its topic; nobody asks Conexus to act on their own data. Not auto-generated (a person wrote it), not a complaint.", neg=True)

S("neg", "fixed:Credit Services Bulletin <bulletin@csbulletin.co.uk>", "Credit Services Bulletin: ICO fines, SAR deadlines and Breathing Space", """
<html><body><h2>Credit Services Bulletin - December</h2>
<p><b>Data protection:</b> the ICO's latest enforcement round includes a reprimand for a collection agency that missed subject access deadlines. We look at what a good SAR process looks like, how to handle erasure requests on closed accounts, and when a misdirected letter becomes a reportable breach.</p>
<p><b>Also:</b> complaint volumes, FOS decisions of the month, and our webinar on vulnerable customers.</p>
<p style="font-size:11px">You are receiving this because you subscribed. <a href="https://csbulletin.co.uk/unsub?u=7d21">Unsubscribe</a></p>
</body></html>
""", L(auto=True), "Newsletter (bulk and list headers, HTML) about SARs, erasure and breaches: auto_generated, nothing else (rule 4).", neg=True,
  headers={"precedence": "bulk", "list-id": "Credit Services Bulletin <bulletin.csbulletin.co.uk>",
           "list-unsubscribe": "<https://csbulletin.co.uk/unsub?u=7d21>"}, envs=["plain", "noheaders"])

S("neg", "debtor", "I object to this fee", """
I object to the £75 "administration fee" that appeared on my balance in September. Nobody told me about it and there's nothing in the original agreement about it. Please remove it.
""", L(c=True, cat="fees_charges"), "'I object to this fee' challenges a fee Conexus added, not the processing of data: complaint, fees_charges, no objection right.", neg=True,
  one="I object to the £75 admin fee you added - remove it")

S("neg", "debtor", "breach of arrangement??", """
Your letter says I have "breached my payment arrangement" and the full balance is now due. I missed ONE payment because the bank holiday moved my wages, and I paid it three days later. That's not a breach of anything. Put my arrangement back please.
""", L(c=True, cat="collection_conduct"), "'Breach' of a payment arrangement, not a data breach (rule 3); cancelling the plan over one late payment is how the debt is pursued: complaint, collection_conduct.", neg=True)

S("neg", "adviser", "Breathing space breach - Ms Donna Cole", """
Dear Conexus,

Ms Donna Cole (ref CX-9902441) entered a mental health crisis breathing space on 2 October and you were notified by the Insolvency Service. She has since received two letters and a text from you asking for payment. This is a breach of the moratorium. Please stop all contact and action immediately, confirm this in writing, and explain why it happened.
""", L(c=True, tp=True, cat="collection_conduct"), "Money adviser (third_party): contact during a mental health breathing space; 'breach of the moratorium' is not a data breach (lg-28). Implicit complaint, collection_conduct. 'Stop all contact' is the statutory moratorium, not objection.", neg=True)

S("neg", "debtor", "texts", """
stop texting me every day. i have a plan set up with you and i pay it every month. why am i getting "urgent action required" texts?? its stressing me out
""", L(c=True, cat="collection_conduct"), "Daily collection texts despite a plan, stressed: implicit complaint, collection_conduct; 'stop texting me' is a conduct remedy, not objection.", neg=True)

S("neg", "debtor", "balance", """
Hello could you tell me what my balance is now and when you last received a payment from me? Thank you
""", L(), "A balance and last-payment query is a routine account enquiry, not a request for a copy of personal data.", neg=True,
  one="whats my balance and when was my last payment")

S("neg", "relative", "My father Mr George Lomax - deceased", """
Dear Sir/Madam,

I am writing to let you know that my father, George Lomax (ref CX-1830554), died on 2 November. I am the executor of his estate. A copy of the death certificate is attached.

Please update your records and send any further correspondence about the account to me at the address below. I understand the estate will need to deal with the balance once probate is granted.
""", L(tp=True), "Executor notifying a death: third_party, not a complaint. 'Update your records' concerns a deceased person, whose data is outside UK GDPR, so not rectification. Unsure: another annotator might list rectification.", neg=True)

S("neg", "debtor", "Re: Your data request - thanks", """
Got it all, thanks very much. Sorry for the snappy email before, it had been a bad week.
""", L(), "A thank-you after a fulfilled data request; the earlier request and frustration are only in the quote, so nothing counts (rule 5).", neg=True,
  history="On 3 Mar 2026, Conexus Data Protection wrote:\n> Please find attached a copy of the personal data we hold about you, sent in response to your request of 9 February.\n>\n> On 28 Feb 2026, you wrote:\n>> Where is my data? I asked for it weeks ago. This is ridiculous.")

S("neg", "debtor", "statement for my adviser", """
Hi, my adviser at the council's money advice service needs to know who I owe and how much. Can you confirm the creditor name and current balance so I can pass it on? Thanks
""", L(), "Confirming creditor and balance for an adviser is a routine account enquiry, not access to a copy of personal data (unsure: the ICO would read 'all my data' broadly, but this asks for two facts).", neg=True)

S("neg", "debtor", "please cancel my direct debit", """
Please cancel my direct debit. I've paid the rest off in one go through my bank this morning, £412.60, reference CX-5521070. Can you send me a letter confirming it's closed? Thanks
""", L(), "Cancel the direct debit and confirm closure: routine requests. A closure letter is not an access request.", neg=True)

S("neg", "debtor", "rude woman on the phone", """
The woman I spoke to at 11.20 this morning was unbelievably rude. I asked a simple question about why my balance had gone up and she sighed, said "read your letters" and put me on hold for ten minutes. I want someone to call me back who can actually explain it, and I want her manager to know how she spoke to me.
""", L(c=True, cat="service_quality"), "Rude staff and no explanation, call-back demanded: implicit complaint, service_quality. No data handling involved.", neg=True)

S("neg", "debtor", "Formal complaint - interest", """
I want to make a formal complaint. When I agreed the plan in March your agent told me interest would be frozen. My statement shows £38.40 interest added in June and again in July. I want the interest removed and the plan honoured as agreed.
""", L(c=True, ex=True, cat="fees_charges"), "Explicit complaint about interest added despite a promised freeze: fees_charges. No data element.", neg=True)

S("neg", "creditor", "Recall of my previous email", """
Hi both,

Please disregard and delete my email of 10.42 this morning, I attached last week's recall list instead of this week's. The correct one is attached.

Thanks, and sorry for the noise.
""", L(), "Creditor staff recall their own email to the right recipient: 'delete' is about an attachment, nothing was disclosed to a wrong person, no rights.", neg=True)

S("neg", "adviser", "Mr Hamid Sheikh - vulnerability and hold", """
Dear Sir/Madam,

I am a debt adviser at Harrow Citizens Advice. I have authority to act for Mr Hamid Sheikh (attached). Mr Sheikh has recently been diagnosed with cancer and is undergoing treatment. Please note his vulnerability on your records, put the account on hold for 60 days and direct all contact to this office during that time.
""", L(tp=True), "Adviser (third_party) notes vulnerability and asks for a hold and contact via the office: routine, no grievance. 'Note his vulnerability on your records' adds information rather than correcting inaccurate data, so no rectification (unsure).", neg=True)

S("neg", "debtor", "job application - collections advisor", """
Dear Hiring Manager,

Please find attached my CV for the Collections Advisor role advertised on Indeed. I have three years' experience in a contact centre and I'm used to handling personal data carefully and following GDPR. I'd be happy to come in for a chat.

Kind regards
""", L(), "A job application that mentions handling personal data; wrongly addressed to the complaints mailbox but nothing to label.", neg=True)

S("neg", "debtor", "no complaints, just a question", """
Hi, no complaints from me, you've been fine to deal with. Just wanted to ask - if I pay off the balance early, is there any discount? Thanks
""", L(), "'No complaints' is praise; early settlement question: not a complaint.", neg=True)

S("neg", "debtor", "letters", """
hi can u send letters by email from now on instead of post? im never home and my mail gets lost in our building. my email is this one. thanks
""", L(), "Switching correspondence to email is a communication preference, not a data right (no inaccurate data, no restriction). Unsure: could be read as updating contact details, but the email was not previously wrong.", neg=True)

S("neg", "debtor", "Why has my balance gone up", """
Hello,

My balance was £1,130 last month and the letter this month says £1,205. I haven't missed a payment. Can you explain the difference please? I'm not accusing anyone, I just want to understand it before I speak to my adviser.
""", L(), "A neutral question about a balance change, 'not accusing anyone': an enquiry, not a complaint. 'Explain' here is about the balance, not the processing of data (not informed).", neg=True)

S("neg", "mp", "Constituent Mrs Elaine Fox - payment plan", """
Dear Sir/Madam,

I am writing on behalf of my constituent, Mrs Elaine Fox (consent attached), who would like to set up an affordable payment plan on her account (ref CX-4470039). Her financial statement is attached. I would be grateful if you could contact her directly to agree terms.

Thank you for your assistance.
""", L(tp=True), "MP's office (third_party) asking for a plan to be set up: a neutral request, no grievance, no rights.", neg=True)

S("neg", "debtor", "Wrong amount taken!!", """
You took £150 from my account today instead of £15. I've now got £9 to last me till Friday and I've got a child to feed. I need that money back TODAY.
""", L(c=True, cat="other"), "Wrong direct-debit amount taken causing hardship, refund demanded: implicit complaint; category other for a collection error (as in the existing Conexus set). No data element.", neg=True,
  one="you took £150 instead of £15 I need it back today")

S("neg", "creditor", "Data processing agreement renewal", """
Hi Sam,

Our legal team has sent over the updated data processing agreement for next year's collections contract. Main changes are in schedule 2 (retention periods) and schedule 4 (breach notification within 24 hours). Could your DPO review and come back by the 19th?

Thanks
""", L(), "Creditor business mail about a data processing agreement, mentioning breach notification: no breach described, no rights, not a complaint.", neg=True)

S("neg", "debtor", "the data on my phone ran out", """
Sorry I didn't reply to your text, my data ran out and I couldn't open the link. I've got Wi-Fi now. Can you resend the payment link? Thanks
""", L(), "'Data' means mobile data allowance; resend a payment link: routine.", neg=True)

S("neg", "debtor", "Still waiting for a call back", """
I asked for a call back on Monday about setting up a plan. It's now Thursday and nobody has rung. I've been trying to sort this for two weeks. Can someone please actually call me.
""", L(c=True, cat="delay"), "A 'still waiting' chaser for a promised call back: implicit complaint, delay (rule 6). No data.", neg=True)

S("neg", "debtor", "identity check", """
Hi, your agent asked me three security questions yesterday including my mother's maiden name, is that normal? Just checking it was really you and not a scam. Thanks
""", L(), "Checking whether a call was genuine: a neutral enquiry about security questions, not a request about the processing of his own data. Unsure: could be read as informed.", neg=True)

S("neg", "fixed:Northline Energy <news@mail.northline-energy.co.uk>", "Your monthly money tips from Northline", """
Hi there,

Welcome to this month's money tips! Five ways to cut your energy bills this winter, how to check your credit file for free, and a reminder that you can update your contact details or manage your data preferences any time in your online account.

To stop receiving these emails, click unsubscribe.
""", L(auto=True), "A bulk marketing email (list headers): auto_generated. Mentions managing data preferences but nobody requests anything.", neg=True,
  headers={"precedence": "bulk", "list-unsubscribe": "<mailto:unsubscribe@mail.northline-energy.co.uk>",
           "auto-submitted": "auto-generated"}, envs=["plain", "noheaders"])

S("neg", "fixed:Martin Quayle <m.quayle@brightwellcarehomes.co.uk>", "Automatic reply: payment plan", """
Thank you for your email. I am currently away from my desk with limited access to email until Monday 12 January. For anything urgent please call 01632 960 441. Your personal data is processed in line with our privacy notice.
""", L(auto=True), "An out-of-office reply (headers and wording) mentioning 'access' and 'personal data': auto_generated only (rule 7).", neg=True,
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"}, envs=["plain", "noheaders"])

# ---------------------------------------------------------------------------------------------
# MORE: rights in other registers
# ---------------------------------------------------------------------------------------------
S("acc", "debtor", "SICK OF IT", """
I AM SICK OF YOUR CALLS. FIVE TODAY. FIVE. I have told you I am waiting for my adviser appointment and you just keep ringing. I WANT A COPY OF EVERYTHING YOU HAVE GOT ON ME and once this is paid I want every last bit of it deleted. And stop ringing me five times a day.
""", L(c=True, r="access,erasure", cat="collection_conduct"), "All-caps anger about call frequency (collection_conduct, implicit); a copy of everything held = access; deletion once paid = erasure. The grievance is the calls, not data handling, so personal_data=false (rule 12).")

S("obj", "debtor", "about my datas", """
Hello,

Please I am not want that you use my datas for the advertising or send to other company for sell me things. Only for the debt is ok. I pay every month 20 pound. Thank you for understanding.
""", L(r="objection"), "Non-native English: no use of her data for advertising or selling to other companies = objection to marketing; not a complaint.",
  one="please not use my datas for advertising")

S("adm", "debtor", "plan", """
Good day. Your system is decide my plan is too low and send me letter that it is refused. I want that a real people look my situation, not the computer. My wife is sick and I am only one working. Please.
""", L(r="automated_decision"), "Non-native English: asks for a real person, not the computer, to decide his plan = automated_decision. He pleads rather than criticises, so treated as a request, not a complaint (unsure).")

S("res", "debtor", "Admin fee - and hold off the credit agencies", """
There is a £95 "collection charge" on my balance that I never agreed to and that Sterling tell me they didn't add. That's yours then. Take it off.

And until it's sorted, don't report this balance to Experian or anyone else - it's wrong and I'm not having it on my file.
""", L(c=True, r="restriction", cat="fees_charges"), "Complaint about a collection charge Conexus added (fees_charges, implicit); 'don't report this balance until it's sorted' = restriction. The grievance is the fee, so personal_data=false.")

S("inf", "solicitor", "Our client Mr Declan Byrne - statute barred - CX-2209917", """
Dear Sirs,

We act for Mr Declan Byrne (authority enclosed). The account you are pursuing relates to a credit card last paid in 2014 and is statute barred under section 5 of the Limitation Act 1980. Your letter of 2 September nonetheless threatens court action.

We require you to cease collection activity and to confirm that no proceedings will be issued. Please also state the lawful basis on which you continue to process our client's personal data in connection with a debt that cannot be enforced, and the retention period you apply.
""", L(c=True, r="informed", tp=True, cat="debt_dispute"), "Solicitor (third_party) challenges pursuit of a statute-barred debt with threatened court action: implicit complaint, debt_dispute. Lawful basis and retention period = informed; the main grievance is the debt, so personal_data=false (unsure).")

S("por", "debtor", "Re: my CSV request", """
This is my third email. On 1 September I asked for my payment records as a CSV file. Nothing. Not a reply, not an acknowledgement. Please send the file and tell me why nobody has answered.
""", L(c=True, pd=True, r="portability", cat="personal_data"), "A portability request ignored for weeks, third email: implicit complaint about a badly handled data right (personal_data, lg-36) rather than a generic delay; portability still wanted.",
  history="On 1 Sep 2026, I wrote:\n> Hi, please can you send me my payment records as a CSV file? Thanks")

S("era", "debtor", "OK but remove the old mobile", """
Thanks for your letter explaining you have to keep the account records for six years after closure. Fair enough, I get that. But you don't need my old mobile number for that, so please at least delete that one.
""", L(r="erasure"), "Accepts the retention explanation and narrows the request: delete the old mobile number = erasure; no dissatisfaction.")

S("inf", "debtor", "what's this 'legitimate interest'?", """
Your letter says you process my data on the basis of "legitimate interests". What does that actually mean for me? What are you using my data for apart from collecting the debt? Plain English please, I'm not a lawyer.
""", L(r="informed"), "Asks what the stated lawful basis means and what the data is used for = informed; neutral.")

# ---------------------------------------------------------------------------------------------
# MORE HARD NEGATIVES
# ---------------------------------------------------------------------------------------------
S("neg", "debtor", "I want to speak to a human", """
Your chatbot has now sent me round in circles four times. Every time I type "payment plan" it asks me for my reference and then tells me it "didn't understand". I want to speak to a human being. Can someone ring me on this number after 3pm.
""", L(c=True, cat="usability"), "Frustration with a chatbot that cannot handle a plan request, call-back demanded: implicit complaint (usability: the tool works but gets nowhere; unsure vs platform_defect). 'Speak to a human' is about getting through, not a decision about him, so not automated_decision.", neg=True)

S("neg", "debtor", "is this text from you?", """
Hi I got a text today saying "Conexus: your account is overdue, pay now to avoid court" with a link to a website I've never seen. It didn't have my name or anything. Is it real or a scam? I haven't clicked it.
""", L(), "Checking whether a text is a scam; no personal data was lost or exposed, so no breach; not a complaint.", neg=True)

S("neg", "debtor", "envelopes", """
Hello, please could you mark any letters to me "private and confidential"? I share a house and I'd rather my housemates didn't see your logo on the post. Thanks.
""", L(), "A preference about envelope marking; no complaint, no disclosure has happened, and not a data right under the guide. Unsure: could be argued as restriction, but it asks how to post, not to limit processing.", neg=True)

S("neg", "debtor", "Northline breached their own contract", """
Northline Energy breached their own contract with me. They agreed a fixed tariff until March and then moved me to a variable rate in December without telling me. That's where the £340 you're chasing comes from. They need to recalculate it, not you chasing me for their mistake.
""", L(c=True, cat="debt_dispute", firm="nte"), "'Breach' of contract by the creditor, not a data breach; the root cause is Northline's tariff change, which only it can fix: about_other_firm=nte, debt_dispute.", neg=True)

S("neg", "debtor", "can u wipe it", """
is there any way u can wipe the debt? ive been diagnosed with MS and im on PIP and ESA now. i cant work anymore. if not can we talk about something small a month
""", L(), "'Wipe the debt' asks for a write-off on health grounds, not erasure of data; a request, not a complaint.", neg=True,
  one="any way u can wipe the debt? on PIP and ESA now")

S("neg", "debtor", "phone calls", """
I don't consent to phone calls about this account any more. Write to me or email me instead. I find the calls too stressful with my anxiety.
""", L(), "A contact-channel preference on health grounds, calmly stated: not a complaint. 'I don't consent to phone calls' is a conduct remedy about contact (rule 14, lg-29), not objection to processing. Unsure: 'consent' wording sits close to objection.", neg=True)

S("neg", "creditor", "Audit request - breach log and SAR stats", """
Hi Sam,

As part of our annual supplier audit, could you send over (1) your data breach log for the last 12 months, redacted as needed, (2) the number of subject access requests you received on our accounts and your average response time, and (3) your current ISO 27001 certificate? Deadline is end of the month.

Thanks
""", L(), "Creditor's supplier audit asking for breach and SAR statistics: business mail about compliance, no breach described, no rights of a data subject. Not a complaint.", neg=True)

S("neg", "debtor", "threatening letter", """
Your letter of 12 March is written in red capitals saying "FINAL WARNING - ENFORCEMENT ACTION". I've been paying £15 a month for two years without missing. My mum saw it on the table and had a panic. Why do you send letters like this to someone who's paying? I want an explanation.
""", L(c=True, cat="collection_conduct"), "Aggressive letter to someone on a maintained plan, explanation demanded: implicit complaint, collection_conduct. Mum saw it at home, not a disclosure by the firm, so breach=false.", neg=True)

S("neg", "debtor", "Pennant data charges", """
The Pennant bill you're collecting is nearly all "data roaming" charges from a holiday in Turkey. I had a roaming bundle, Pennant's own app shows it was active. They've charged me per MB anyway. Please send this back to Pennant to fix.
""", L(c=True, cat="debt_dispute", firm="pmt"), "'Data' means mobile data; the roaming charges are the creditor's billing error: about_other_firm=pmt, debt_dispute.", neg=True)

S("neg", "adviser", "Mrs Nicola Dunn - CX-6637208 - authority", """
Dear Sir/Madam,

Please find attached a signed letter of authority from Mrs Nicola Dunn. We are now acting for her and ask that you deal with this office from now on. Please confirm the current balance, the creditor and whether any interest or charges are being applied.

We store and share client information only as set out in our privacy notice.
""", L(tp=True), "Adviser's standard authority letter asking for balance and charges (third_party, not a complaint); the privacy sentence is boilerplate; balance and charges are account facts, not an access request.", neg=True)
# ---------------------------------------------------------------------------------------------
# MORE: thin combinations
# ---------------------------------------------------------------------------------------------
S("era", "debtor", "still texting", """
In June I asked you to delete my mobile number because the account was settled. You said you had. I've had two texts this month from you about "exclusive offers". So either you didn't delete it or you're lying. Delete it properly this time and tell me why it was still there.
""", L(c=True, pd=True, r="erasure", cat="personal_data"), "An erasure request said to be done but the number still used: implicit personal_data complaint (right badly handled), erasure repeated.",
  one="asked you to delete my number in June, still getting texts - delete it properly")

S("obj", "debtor", "you found me on facebook??", """
Your agent just messaged me on Facebook Messenger about my debt. My profile is under a nickname. How did you find me and what else are you looking at? I object to you using my social media for anything, I want that stopped and I want it noted on my file.
""", L(c=True, pd=True, r="informed,objection", cat="personal_data"), "Traced and contacted via social media unexpectedly: implicit personal_data complaint (data obtained/used unexpectedly); how found and what else = informed; objects to use of social media = objection. Messenger is private, so no breach.")

S("por", "adviser", "Mr Jason Pryce - pressure on the phone and transaction history", """
Dear Conexus,

I am writing on behalf of my client Mr Jason Pryce (authority attached). Mr Pryce tells me that on 4 November your agent kept him on the phone for 40 minutes and would not end the call until he agreed to pay £150 a month, although he told the agent he was on Universal Credit. He could not afford the first payment and is now in arrears on his rent.

Please cancel that arrangement, review the call, and let us know what you will do to put this right. To help us prepare his financial statement, please also send his full transaction history with you as a CSV file.
""", L(c=True, r="portability", tp=True, cat="collection_conduct"), "Adviser (third_party): client pressured into an unaffordable plan (collection_conduct, implicit); transaction history as a CSV for the adviser's tools = portability; grievance not about data, personal_data=false.")

S("res", "debtor", "you reported a default while I was disputing", """
I told you in April that I disputed this balance and sent you the evidence. In May a default from you appeared on my credit file for the full amount. I'm in the middle of remortgaging and this could cost me the deal. Take it off my credit file, correct the figure, and stop sharing this account with the credit agencies until the dispute is finished.
""", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"), "Disputed data reported to credit agencies while the dispute was open: implicit complaint about inaccurate data shared (personal_data). Correct the figure = rectification; stop sharing until resolved = restriction. Sharing with CRAs is not a wrong-person disclosure, so breach=false.")

S("adm", "debtor", "your system labelled me", """
Your agent let slip that your system has me flagged as "low propensity to pay" because of my postcode and that's why I got passed to the field team. I've never missed a payment in my life. I want to know what data that score is based on, I don't want my account decided by a score, and I want a person to review the decision to send someone to my house.
""", L(c=True, pd=True, r="informed,automated_decision", cat="personal_data"), "A profiling score based on postcode drove a field referral: implicit complaint about how her data is used (personal_data). What the score is based on = informed; a person to review instead of the score = automated_decision.")

S("rec", "debtor", "your agent + my name", """
The agent I spoke to on Friday was sarcastic from start to finish - asked me if I "enjoyed spending other people's money". I want a manager to listen to that call and come back to me.

Also my surname is spelt wrong on every letter - it's Ó Briain, not O'Brian. Could you fix that while you're at it.
""", L(c=True, r="rectification", cat="service_quality"), "Sarcastic agent, manager review demanded: implicit complaint, service_quality. Fixing the misspelt surname is rectification requested alongside a non-data grievance, so personal_data=false (rule 12). Unsure: collection_conduct is arguable for an agent on a collection call.")

S("acc", "debtor", "Freedom of Information request", """
Under the Freedom of Information Act please send me my file. All of it. Including the letters you say you sent to my old address and whatever notes your staff made.
""", L(r="access"), "A request for his own file citing FOIA is still a subject access request (ICO guidance): access; no grievance.")

S("acc", "debtor", "Subject Access Request", """
Please see attached. Ref CX-8812364.
""", L(r="access"), "The request sits in the subject line ('Subject Access Request') with an attachment: access, not a complaint.", envs=["plain", "mobile"])

S("inf", "debtor", "complaint about your agent Mark", """
I want to complain about your field agent, Mark. He came to my house on Tuesday, which I didn't mind, but he stood there reading from a tablet and told me things about my finances I haven't told you - that I'd "recently taken out a car loan" and "changed banks in March". It felt like being watched. He was also rude to my husband.

I'd like an apology for the way he spoke to my husband. And where is all that information about me coming from?
""", L(c=True, ex=True, r="informed", cat="collection_conduct"), "Explicit complaint mainly about the field agent's conduct (collection_conduct); where the information comes from = informed. The data point is a question, not the main grievance, so personal_data=false. Unsure: the 'being watched' part could make data handling the main grievance.")

S("brc", "neighbour", "4th text meant for someone else", """
This is the 4th text I've had from you for a "Ms Lacey" telling me her balance and to pay today. I'm not Ms Lacey. I've replied STOP twice. Take my number off her account and stop sending me someone else's business.
""", L(c=True, pd=True, br=True, r="erasure", cat="personal_data"), "A stranger keeps receiving another debtor's balance (breach) after asking twice: dissatisfied with a remedy demanded, so a complaint; her own number held on someone else's account is her data handled wrongly (personal_data); take my number off = erasure. Unsure: a non-customer's complaint; lg-32 was not a complaint because no reply was wanted.")

S("brc", "debtor", "shared office voicemail", """
Hi,

I work in a small office and we share one landline. Your agent left a message on it on Thursday for me by name, saying it was about my "outstanding Northline balance of £612". My colleague picked it up and wrote it on a post-it for my desk. I don't blame her. But I do want to know why your agents leave messages like that, and I'd like a copy of the recording of that message and any notes about it.
""", L(c=True, pd=True, br=True, r="access", cat="personal_data"), "Debt details left on a shared office line and heard by a colleague (breach); explanation wanted: implicit personal_data complaint; a copy of the recording and notes = access.")

S("neg", "debtor", "duplicate direct debit", """
Hi, I think two direct debits have been set up on my account, one for the 1st and one for the 3rd. Could you delete the second one please? Only one payment was taken so far so no harm done. Thanks
""", L(), "'Delete' a duplicate direct debit: an account instruction, not erasure; no harm, not a complaint.", neg=True)

S("neg", "debtor", "can my son access my account", """
Hello, my son does all my online banking for me. Can he have access to my account on your website so he can make the payments for me? What do you need from us? Thank you
""", L(), "'Access' to the online account for her son to pay: an authority/portal question, not a data right; not a complaint.", neg=True)

S("neg", "adviser", "Client Mr Peter Lowe - income and expenditure update", """
Dear Sir/Madam,

Further to our letter of 3 October, please find attached Mr Lowe's updated financial statement following his move to part-time work. His offer is now £12 per month from 1 December.

Please update your records accordingly and confirm acceptance.
""", L(tp=True), "Adviser sends a revised offer and asks to 'update your records': an account/offer update, not a correction of inaccurate personal data; third_party, not a complaint. Unsure: 'update your records' is rectification wording.", neg=True)

# =============================================================================================
# ENVELOPES (never change the labels)
# =============================================================================================
NAME_GROUPS = [
    (["Sarah", "Karen", "Daniel", "Gareth", "Chloe", "Liam", "Fiona", "Stuart", "Jade", "Megan", "Craig", "Owen",
      "Dylan", "Gemma", "Terry", "Lorraine", "Kirsty", "Maureen", "Reece", "Colin", "Shauna", "Bethany"],
     ["Hughes", "Walsh", "McLeod", "Price", "Doherty", "Sutcliffe", "Evans", "Campbell", "Bradshaw", "Jones",
      "Fraser", "Barker", "Ellis", "Reid", "Holt", "Murray", "Tait", "Pryce", "Gallacher", "Whitworth"]),
    (["Mohammed", "Aisha", "Imran", "Zainab", "Yasmin", "Bilal", "Nadia", "Tariq"],
     ["Begum", "Ahmed", "Chaudhry", "Hussain", "Khan", "Iqbal", "Malik"]),
    (["Rajesh", "Sunil", "Priti", "Harpreet", "Anjali", "Manpreet"], ["Kaur", "Patel", "Gill", "Sharma", "Singh", "Mistry"]),
    (["Tunde", "Kwame", "Precious", "Chidi", "Abena", "Folake"], ["Okafor", "Mensah", "Asante", "Adeyemi", "Boateng", "Osei"]),
    (["Wojciech", "Andrzej", "Agnieszka", "Ioana", "Marius", "Katarzyna"],
     ["Nowicki", "Lewandowska", "Popescu", "Kowalczyk", "Ionescu", "Zielinski"]),
    (["Elif", "Mehmet", "Ayse"], ["Yilmaz", "Demir", "Kaya"]),
]
MAILDOM = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "live.co.uk", "sky.com"]
STREETS = ["Alder Road", "Marsh Lane", "Kingsway", "Beech Crescent", "Victoria Street", "Pennine View",
           "Holly Close", "Station Road", "Canal Side", "Moorland Avenue"]
TOWNS = [("Wigan", "WN3 5HT"), ("Barnsley", "S70 2LQ"), ("Swansea", "SA1 6DE"), ("Luton", "LU2 0PL"),
         ("Dundee", "DD3 7QR"), ("Hull", "HU5 2AZ"), ("Stoke-on-Trent", "ST4 6JB"), ("Gateshead", "NE8 3EX"),
         ("Lisburn", "BT28 1XY"), ("Ipswich", "IP4 2RN")]
ADVISER_ORGS = {"StepChange": ("StepChange Debt Charity", "stepchange-advice.org.uk"),
                "Citizens Advice": ("Citizens Advice Northfield", "canorthfield.org.uk"),
                "Moneyline": ("Moneyline Debt Advice", "moneylinedebt.org.uk"),
                "Valleys Money": ("Valleys Money Advice Centre", "valleysmoneyadvice.org.uk"),
                "Harrow Citizens": ("Harrow Citizens Advice", "harrowca.org.uk"),
                "_default": ("Riverside Money Advice", "riversidemoneyadvice.org.uk")}
SOLICITORS = [("Hartley Brooke Solicitors", "hartleybrooke.co.uk"), ("Achebe & Ferris LLP", "achebeferris.co.uk"),
              ("Lindqvist Mair Solicitors", "lindqvistmair.co.uk")]
MPS = ["Rosalind Tate", "Gavin Oduya", "Helen McCrae", "Simon Ashworth"]
CREDITOR_DOMAINS = {"Pennant": ("Pennant Mobile", "pennantmobile.co.uk"),
                    "Westbury": ("Westbury Council Tax Services", "westbury.gov.uk"),
                    "Northline": ("Northline Energy", "northline-energy.co.uk"),
                    "_default": ("Lumen Water", "lumenwater.co.uk")}
CONEXUS_LETTERS = [
    "Dear customer,\nThank you for your payment of £{amt}. The remaining balance on account {ref} is £{bal}.\nYou can pay online, by phone or by bank transfer.\nConexus Customer Services",
    "We are writing about account {ref}, which we manage on behalf of our client. Please contact us to discuss how you would like to pay. Our lines are open 8am to 8pm, Monday to Friday.",
    "Thank you for speaking with us today. As agreed, your next payment of £{amt} will be collected on the {day}th.\nKind regards\nConexus",
    "Thank you for your email. We aim to reply within five working days.\nConexus Customer Services",
    "Please find enclosed your annual statement for account {ref}. No action is needed if you are happy with it.",
]
MOBILE_FOOT = ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android", "Sent from Yahoo Mail on Android", ""]
GREET = ["Hi,", "Hello,", "Dear Sir/Madam,", "Dear Conexus,", "To whom it may concern,", "", "", "Morning,"]
SIGNOFF_INFORMAL = ["Thanks", "Regards", "Kind regards", "Cheers", "Thank you", "Many thanks", ""]
SIGNOFF_FORMAL = ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards"]
ENDINGS = {"thanks", "thank you", "regards", "kind regards", "best wishes", "cheers", "many thanks", "ta",
           "thanks very much", "thank you very much", "thanks again", "thanks in advance", "please"}
PROTECT = re.compile(r"complain|data|delet|copy|access|record|detail|information|object|breach|human|"
                     r"person|computer|article|gdpr|csv|spreadsheet|restrict|erasure|correct|marketing", re.I)


def person(rng):
    firsts, lasts = rng.choices(NAME_GROUPS, weights=[10, 3, 2, 2, 2, 1])[0]
    return rng.choice(firsts), rng.choice(lasts)


def addr_for(first, last, rng):
    style = rng.randrange(5)
    user = [f"{first}.{last}", f"{first[0]}{last}{rng.randrange(10, 99)}", f"{first}{last}",
            f"{last}.{first[0]}", f"{first.lower()}x{rng.randrange(100, 999)}"][style]
    return f"{user.lower()}@{rng.choice(MAILDOM)}"


def find_key(text, table):
    for k in table:
        if k != "_default" and k in text:
            return table[k]
    return table["_default"]


def make_sender(sc, rng):
    """Return (from, name, role_line, org, sig_lines) for a scenario's sender role."""
    role = sc["role"]
    if role.startswith("fixed:"):
        frm = role[6:]
        return frm, frm.split(" <")[0], "", "", []
    first, last = person(rng)
    if sc["who"]:
        w = sc["who"].split()
        first, last = (w[0], w[-1]) if len(w) > 1 else (first, w[0])
    name = f"{first} {last}"
    town, pc = rng.choice(TOWNS)
    street = f"{rng.randrange(1, 140)} {rng.choice(STREETS)}"
    phone = f"07700 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}"
    if role == "adviser":
        org, dom = find_key(sc["body"] + sc["subject"], ADVISER_ORGS)
        return (f"{name} <{first[0].lower()}.{last.lower()}@{dom}>", name, "Money Adviser", org,
                [name, "Money Adviser", org, f"Tel 0300 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}",
                 "Registered charity. We process clients' information in line with our privacy notice."])
    if role == "solicitor":
        org, dom = rng.choice(SOLICITORS)
        return (f"{name} <{first[0].lower()}{last.lower()}@{dom}>", name, "Solicitor", org,
                [name, "Solicitor", org, f"{rng.randrange(2, 60)} Castle Street, {town} {pc}",
                 "Authorised and regulated by the Solicitors Regulation Authority.",
                 "This email is confidential and may be privileged. If you are not the intended recipient, "
                 "please delete it and notify us."])
    if role == "mp":
        mp = rng.choice(MPS)
        return (f"{name} (Office of {mp} MP) <{first.lower()}.{last.lower()}@parliament.uk>", name,
                "Caseworker", f"Office of {mp} MP",
                [f"{mp} MP", f"(sent by {name}, Caseworker)", "House of Commons, London SW1A 0AA"])
    if role == "creditor":
        org, dom = find_key(sc["body"] + sc["subject"], CREDITOR_DOMAINS)
        return (f"{name} <{first.lower()}.{last.lower()}@{dom}>", name, "Client Services", org,
                [name, "Client Services Manager", org])
    # debtor, relative, neighbour
    frm = f"{name} <{addr_for(first, last, rng)}>"
    sig = [name, street, f"{town} {pc}"] + ([f"Mob: {phone}"] if rng.random() < 0.6 else [])
    return frm, name, "", "", sig


def add_typos(text, rng, rate=0.06):
    """Letter edits in about `rate` of the words of 5+ letters; words PROTECT matches are mostly spared
    (and never one with "complain")."""
    def pick(w):
        if len(w) < 5 or rng.random() > rate:
            return False
        return not (PROTECT.search(w) and (rng.random() < 0.85 or "complain" in w.lower()))
    return edit_words(text, rng, pick)


def conexus_quote(rng):
    d = f"{rng.randrange(1, 28)} {rng.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Sep', 'Oct', 'Nov'])} 2026"
    letter = rng.choice(CONEXUS_LETTERS).format(amt=rng.choice([20, 25, 35, 40, 50, 75]),
                                                 bal=f"{rng.randrange(300, 4000)}.{rng.randrange(10, 99)}",
                                                 ref=f"CX-{rng.randrange(1000000, 9999999)}",
                                                 day=rng.choice([14, 15, 18, 20, 25, 28]))
    return f"On {d}, Conexus <customer.services@conexus.co.uk> wrote:\n" + "\n".join("> " + l for l in letter.split("\n"))


def build(sc, env, rng):
    frm, name, role_line, org, sig = make_sender(sc, rng)
    subject, core, headers, html = sc["subject"], sc["body"], {}, False
    formal = sc["role"] in ("adviser", "solicitor", "mp", "creditor")
    auto = sc["labels"]["auto_generated"]
    history = sc["history"]
    if auto:
        if env != "noheaders":
            headers = dict(sc["headers"])
        body = core
        if env == "html" and not core.lstrip().startswith("<html>"):
            body, html = html_with_quote(core), True
        elif core.lstrip().startswith("<html>"):
            html = True
        return frm, subject, headers, body, html
    greet = rng.choice(GREET) if not core.lower().startswith(("dear", "hi", "hello", "to the", "good")) else ""
    so = rng.choice(SIGNOFF_FORMAL if formal else SIGNOFF_INFORMAL)
    last_line = re.sub(r"[^a-z ]", "", core.strip().split("\n")[-1].lower()).strip()
    signed_off = last_line in ENDINGS or bool(re.search(r"\b(thanks|thank you|cheers|regards|please)$", last_line))
    if signed_off:
        so = ""
    if formal:
        closing = "\n".join(sig[:3]) if env != "sig" else "\n".join(sig)
    else:
        closing = rng.choice([name, name.split()[0], name[0] + " " + name.split()[1]])
        if env == "sig":
            closing = "\n".join(sig)
    if env == "typo":
        core = add_typos(core, rng)
    if env == "mobile":
        text = core.lower() if sc["raw"] or signed_off else \
            core.lower() + ("\n\n" + rng.choice(["thanks", "ta", "", name.split()[0].lower()])).rstrip()
        foot = rng.choice(MOBILE_FOOT)
        body = text + (f"\n\n{foot}" if foot else "")
        subject = subject.lower()
    elif env == "subject_only":
        subject = sc["one"]
        body = rng.choice(["", "", "Sent from my iPhone"])
    else:
        parts = ([greet] if greet else []) + [core] + ["\n".join(x for x in (so, closing) if x)]
        body = core if sc["raw"] else "\n\n".join(parts)
    quote = history
    if env == "quote":
        quote = conexus_quote(rng)
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject
    if env == "html":
        body, html = html_with_quote(body, quote), True
    elif quote and env != "subject_only":
        body = body + "\n\n" + quote
    return frm, subject, headers, body, html


def build_records(rng):
    records, kind_n = [], {}
    for sc in SCENARIOS:
        kind_n[sc["kind"]] = kind_n.get(sc["kind"], 0) + 1
        source = f"rce-{sc['kind']}-{kind_n[sc['kind']]:02d}"
        sc["source"] = source
        if sc["envs"]:
            envs = list(sc["envs"])
        else:
            cands = ["quote", "html", "typo", "mobile"]
            if sc["role"] in ("adviser", "solicitor", "mp", "creditor"):
                cands = ["quote", "html", "typo", "sig"]
            if sc["history"] or sc["role"] in ("neighbour",) or sc["role"].startswith("fixed:"):
                cands = [c for c in cands if c != "quote"]
            if sc["one"]:
                cands = cands + ["subject_only", "subject_only"]
            n = rng.choice([2, 3, 3])
            first = rng.choice(["plain", "plain", "sig"])
            rest = [c for c in cands if c != first]
            rng.shuffle(rest)
            picked = []
            for c in rest:
                if c not in picked:
                    picked.append(c)
            if sc["one"] and rng.random() < 0.7:
                picked = ["subject_only"] + [c for c in picked if c != "subject_only"]
            envs = [first] + picked[:n - 1]
        for env in envs:
            frm, subject, headers, body, html = build(sc, env, rng)
            records.append({"id": "", "mailbox": "conexus", "from": frm, "subject": subject,
                            "headers": headers, "body": body, "html": html,
                            "labels": json.loads(json.dumps(sc["labels"])), "note": sc["note"],
                            "source": source, "_env": env})
    return records


def main():
    return run_generator(build_records, SEED, "rce", OUT, summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios ({sum(sc['neg'] for sc in SCENARIOS)} hard "
        f"negatives) to {os.path.relpath(OUT, ROOT)}; envelopes {dict(sorted(env.items()))}"))


if __name__ == "__main__":
    sys.exit(main())
