#!/usr/bin/env python3
"""Rights-marked evaluation set AD (stdlib only): 60 scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm for one or more UK GDPR rights (each request sentence marked inline as
[[right|sentence]]); 15 are look-alikes with rights [] (9 of them complaints). Labels follow
/work/shared/labelling/labelling-guide.md; each scenario's note gives the rule used. All people, addresses and
reference numbers are invented.

Run: .venv/bin/python data/make/make_rights_marked_ad.py  ->  data/trials/rights_marked_ad.jsonl
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270429
PREFIX = "rmad"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "rights_marked_ad.jsonl")

# (mailbox, domain or None, subject, marked body, labels, note)
P, C = "pexa", "conexus"
SCEN = [
# ---------------- PEXA rights (22) ----------------
(P, "harlowconveyancing.co.uk", "Subject access request - my user record",
 "I have been a PEXA user at my firm for about four years and I am preparing to move on.\n\n[[access|Please send me a copy of all the personal data you hold about me as an individual user, including my login history and any notes on my account.]]\n\nMy user ID is HC-44821. A PDF is fine.",
 dict(r="access"), "A neutral request for a copy of the user's own data is access; no dissatisfaction, so not a complaint."),
(P, None, "Data held about me from our house purchase",
 "We bought 17 Pelham Rise last spring and our solicitors used your platform for the completion.\n\n[[access|Under Article 15 I would like a copy of whatever personal information about me is stored in that workspace.]] [[informed|I would also like to know how long you keep it and who else you share it with.]]\n\nThe completion went smoothly, this is just for my own records.",
 dict(r="access,informed"), "A buyer asks for a copy (access) and an explanation of retention and sharing (informed); thanks-free but neutral, so not a complaint."),
(P, "fenwickandstowe.co.uk", "Wrong name on my user profile",
 "My surname changed after I married in June and I updated HR, but your platform still shows my old name on every settlement certificate I sign, which has confused two lenders this month and held one matter up for a day while they queried it.\n\n[[rectification|Please correct my user profile to Priya Deshmukh-Hale.]] [[restriction|Until that is done, please stop putting the old name on any documents generated under my login.]]\n\nI raised this with support on the 3rd and nothing has changed. I expect it sorted this week.",
 dict(c=True, pd=True, r="rectification,restriction", cat="personal_data"), "Inaccurate personal data shown and not fixed after a request, with harm and a demand: implicit complaint about data handling (personal_data); correct = rectification, stop using until fixed = restriction."),
(P, None, "Please delete my details",
 "I was added to a PEXA workspace as a seller in 2024 but the sale fell through and I never completed anything.\n\n[[erasure|Please erase my personal details from your systems, as there is no longer any reason for you to hold them.]]\n\nThanks for your help.",
 dict(r="erasure"), "A plain erasure request with no grievance is not a complaint."),
(P, "brightwellsolicitors.co.uk", "Exporting my account data",
 "Our practice is leaving the platform at the end of the quarter.\n\n[[portability|Could you provide my own user data, including my activity log, in CSV or JSON so I can load it into our new case management system?]]\n\nI am only asking about my personal user record, not the firm's matters.",
 dict(r="portability"), "Machine-readable export to load into another system is portability; a neutral request, not a complaint."),
(P, "kirkbyandlowe.co.uk", "Marketing emails - object",
 "I keep receiving your product newsletters and webinar invitations at my work address even though I only use the platform for lodgements.\n\n[[objection|I object to my contact details being used for any marketing or promotional purposes.]]\n\nOperational notices are fine.",
 dict(r="objection"), "Objecting to marketing use is objection; mild annoyance without a demand for a response beyond the right itself reads as a request, not a complaint."),
(P, "sandersonhale.co.uk", "Verification refused by your system",
 "Our new conveyancer's identity check was rejected automatically within seconds yesterday, with no reason given, and we now cannot add her to any workspace. Three completions are due next week and she is the fee earner on all of them.\n\n[[automated_decision|I want a member of your onboarding team, not the automated check, to look at her documents and make the decision.]] [[informed|Please also explain what the system looked at and why it said no.]]\n\nThis has left us very exposed.",
 dict(c=True, r="automated_decision,informed", cat="onboarding"), "Auto-rejected verification with harm and demands is an implicit onboarding complaint; human review = automated_decision, explain the logic = informed; personal_data stays false because the grievance is onboarding."),
(P, None, "How did PEXA get my mobile number?",
 "I received a text from PEXA yesterday about a settlement on a property I have nothing to do with. I have never dealt with you.\n\n[[informed|Where did you get my phone number and on what legal basis are you holding it?]] [[erasure|Once you have answered, please delete it.]]\n\nI would like a reply, this is rather unsettling.",
 dict(c=True, pd=True, r="informed,erasure", cat="personal_data"), "Unexpected use of a stranger's number with dissatisfaction and a demand: implicit personal_data complaint; source and basis = informed, delete = erasure. No disclosure to a third party, so no breach."),
(P, "oakhamlegal.co.uk", "Formal complaint - my details sent to another firm",
 "I wish to make a formal complaint. On Tuesday your support team emailed a screenshot of my user profile, including my home address and date of birth, to a completely different law firm by mistake.\n\n[[informed|Tell me exactly what was sent, to whom, and what you have done to get it back.]] [[access|I also want a copy of all the personal data you hold about me so I can see what else might be at risk.]]\n\nI am very unhappy with how casually this was handled.",
 dict(c=True, ex=True, pd=True, br=True, r="informed,access", cat="personal_data"), "Staff disclosed a user's data to the wrong firm: explicit personal_data complaint with breach; an explanation of what was shared = informed and a copy = access."),
(P, "marlowehomeloans.co.uk", "Old colleague still listed as our signatory",
 "A colleague who left us in March is still appearing as an authorised signatory for our organisation on your platform, and one of our conveyancers nearly sent her a workspace invitation last week.\n\n[[rectification|Please update our subscriber record to remove her as a signatory.]]\n\nCould you confirm once it's done?",
 dict(r="rectification"), "A routine request to correct a record with a request for confirmation; no grievance against PEXA expressed, so an enquiry with rectification."),
(P, None, "Re my mum's data on your system",
 "I hold lasting power of attorney for my mother, Mrs Edith Carraway, who sold her bungalow through your platform last year. She now lives in a care home and is worried about who has her details.\n\n[[access|Please send me a copy of the personal data you hold about her.]] [[informed|I would also like to know which firms you have shared it with and why.]]\n\nA copy of the LPA is attached.",
 dict(r="access,informed", tp=True), "An attorney asks for her mother's data copy (access) and sharing explanation (informed) on her behalf: third_party, no grievance, not a complaint."),
(P, "tollgatelaw.co.uk", "Still no answer to my data request - third chaser",
 "I asked for my data on 2 February. It is now eight weeks later and all I have had is an automated acknowledgement. This is the third time I have chased.\n\n[[access|Please send the copy of my personal data you hold, as originally requested, without further delay.]]\n\nI expect a proper response this week.",
 dict(c=True, pd=True, r="access", cat="personal_data"), "A data-rights request ignored for eight weeks: implicit complaint; the guide counts a badly handled rights request as personal_data, and that is the main grievance, so category personal_data rather than delay."),
(P, None, "Settlement notification went to my ex-partner",
 "The completion notice for my remortgage went to my former partner's email address, which I removed from my lender's records over a year ago. She now knows my new address, which I had good reason to keep private.\n\n[[informed|I need to know where you got that address and why it was still being used.]] [[erasure|Please delete her address from anything linked to me.]] [[restriction|Until you have checked, do not send notices about me to any address other than this one.]]\n\nI am frightened and very angry about this.",
 dict(c=True, pd=True, br=True, r="informed,erasure,restriction", cat="personal_data"), "A consumer's completion notice sent to the wrong person is a disclosure (breach) by PEXA's own notification: implicit personal_data complaint; source = informed, delete the old address = erasure, limit use until checked = restriction."),
(P, "pinecrestconveyancing.co.uk", "Our staff activity reports",
 "We are reviewing our own compliance and have a question about the activity reports your platform generates on individual users.\n\n[[informed|Can you tell us what each user's activity data is used for by PEXA and on what lawful basis it is processed?]]\n\nThis is for our annual audit, nothing has gone wrong.",
 dict(r="informed"), "A firm's compliance officer asks for an explanation of purpose and basis (informed) without a grievance: not a complaint; staff writing for their own firm, not third_party."),
(P, None, "Fraud flag on my purchase",
 "My purchase was paused on the day of completion because your system flagged the funds as suspicious, apparently because I had changed banks. My solicitor says it was the platform, not them. We missed completion and paid the removal firm twice.\n\n[[automated_decision|I want a person to review that flag properly rather than leaving it to the system.]] [[access|Please also send me a copy of the information about me that was used in that check.]]\n\nI want an explanation and I want the extra costs covered.",
 dict(c=True, r="automated_decision,access", firm="unknown", cat="platform_defect"), "A consumer's complaint about their own completion belongs to the conveyancer serving them (rule 10), an unnamed firm so unknown; theme is a platform flag failing them (platform_defect); human review = automated_decision, copy = access."),
(P, "ashbyfinance.co.uk", "Access for my replacement and my own data",
 "I am leaving Ashby Finance on Friday. Please transfer my admin permissions to my colleague Rhys Kemble.\n\n[[erasure|After Friday, please delete my personal user account and the contact details attached to it.]]\n\nMany thanks for all the help over the years.",
 dict(r="erasure"), "Admin 'access' transfer is a service request, not a right; deleting her personal account is erasure; no dissatisfaction."),
(P, "redfernsolicitors.co.uk", "Training records",
 "Our regulator has asked us to evidence the training completed by each conveyancer.\n\n[[portability|Please send me my own training completion records in a CSV file so I can upload them to our new learning system.]]\n\nThe course portal works fine, I just cannot export from it.",
 dict(r="portability"), "Own records in CSV to upload into another system = portability; 'portal works fine' is not a complaint."),
(P, None, "Your research survey",
 "I was contacted by a market research firm saying PEXA had passed on my details as a recent home buyer. I did not agree to this and I find it intrusive.\n\n[[objection|I object to my data being used for research or marketing of any kind.]] [[informed|Please tell me what exactly you gave them and when.]]\n\nI want written confirmation that this has stopped.",
 dict(c=True, pd=True, r="objection,informed", cat="personal_data"), "Data shared unexpectedly with a research firm, with a demand: implicit personal_data complaint; object to research/marketing = objection; what was shared = informed; sharing with a contracted firm is unexpected use, not a breach."),
(P, "holbrookbs.co.uk", "Incorrect lender contact on settlement statements",
 "Hello, the settlement statements generated last week show my direct line as the contact for a branch I left two years ago.\n\n[[rectification|Please change my contact record to the Leicester branch, 0116 496 0311.]]\n\nNo rush, just tidying up.",
 dict(r="rectification"), "Polite correction of a user's own contact data ('no rush') is rectification without complaint."),
(P, "greenacresconveyancing.co.uk", "Please respond - my complaint about lodgement",
 "I complained a month ago that three of our lodgements were rejected because your system sent an outdated version of the transfer deed. I have had no substantive answer.\n\n[[access|Please send me copies of the call recordings of my two calls with your support desk in April.]]\n\nI need a response on the original issue by the end of next week.",
 dict(c=True, ex=True, r="access", cat="delay"), "A chaser on an unanswered complaint is explicit (the writer says 'I complained') with category delay; call recordings of her own calls = access; the data request is a side request, so personal_data false."),
(P, None, "Who is processing my data?",
 "Our conveyancer told us our details would go into 'the PEXA system'. Before exchange I would like to understand what that means.\n\n[[informed|What information about us will you hold, what will it be used for, and how long will it be kept?]] [[automated_decision|If any automated checks decide whether our funds are released, can we ask for a person to look at it instead?]]\n\nThank you.",
 dict(r="informed,automated_decision"), "Questions before using the service: explanation of processing = informed; asking for a human decision on automated checks = automated_decision; no dissatisfaction."),
(P, "calderwoodlaw.co.uk", "Restrict use of my biometric ID check",
 "When I registered I completed a selfie check for identity verification. I am happy with the registration itself.\n\n[[restriction|Please restrict the use of my facial image to that single verification and do not process it further while I consider whether to withdraw consent.]] [[erasure|If it is no longer needed, please delete it.]]\n\nI would be grateful for confirmation.",
 dict(r="restriction,erasure"), "Limiting processing while the user decides = restriction; delete if no longer needed = erasure; content with service, so not a complaint."),
# ---------------- PEXA look-alikes (8) ----------------
(P, "westgatelaw.co.uk", "Can't access the workspace",
 "Since this morning none of our team can access the workspace for 9 Fairholme Road; the page spins and then shows 'session expired'. Completion is at noon tomorrow and the lender is waiting on us.\n\nPlease fix this today or tell us what we should do instead.",
 dict(c=True, cat="platform_defect"), "'Access' means logging into a workspace, not a data right: rights=[]; a failing system with a demand is an implicit platform_defect complaint."),
(P, "meridianbank.co.uk", "Delete the duplicate workspace",
 "Hi, could you delete the duplicate workspace we created by mistake for 22 Heron Way (the one ending 554)? The correct one ends 561.\n\nThanks very much.",
 dict(), "'Delete' refers to a duplicate workspace, not personal data: a service request, not a complaint, no rights."),
(P, "lynchandpartners.co.uk", "Formal complaint - platform fee increase",
 "Please treat this as a formal complaint. Our monthly platform fee rose by 18 per cent with two weeks' notice, and the invoice also charges us for four users who were deactivated in January.\n\nWe want the deactivated users credited and an explanation of the increase. Our invoices contain personal data of our staff, so please handle them carefully.",
 dict(c=True, ex=True, cat="fees_charges"), "Explicit fees complaint; 'personal data' only as a handling remark, no request for any right and no data grievance, so rights=[] and personal_data=false."),
(P, None, "Name spelt wrong on our mortgage deed",
 "We are buying 6 Tanner's Yard with a mortgage from Beacon. Beacon spelt my name as Siobhan Mcardle instead of McArdle on the mortgage deed and the lender figures, and their team says they cannot change it before completion. Our solicitor says the deed now has to be re-signed and completion may slip.\n\n[[rectification|Please make sure my name is corrected wherever it appears in the PEXA workspace.]]\n\nWe need this fixed before Friday.",
 dict(c=True, pd=True, r="rectification", firm="bhf", cat="personal_data"), "A borrower's grievance is the lender's inaccurate record of her name (rule 10: consumer complaint goes to the participant firm, bhf), personal_data as inaccurate data held; she asks PEXA to correct its workspace = rectification."),
(P, "abbotsfordlegal.co.uk", "Training videos out of date",
 "The lodgement training videos still show the old workspace screens from before the redesign. Two of our trainees followed them last week and lodged with the wrong form type, which Land Registry rejected.\n\nPlease get the videos updated and let me know when.",
 dict(c=True, cat="training"), "Outdated training causing rejections plus a demand is an implicit training complaint; no right is asked for."),
(P, "hollingsconveyancing.co.uk", "Thanks for the export - one thing outstanding",
 "Thank you for sending the data export of our completed matters so quickly, it opened fine.\n\nHowever, this month's invoice still includes the 120 pound export fee that your account manager agreed to waive on our call. Please remove it and send a corrected invoice.",
 dict(c=True, cat="fees_charges"), "Thanks for an export plus a fee still wrongly charged and a demand: a continuing implicit fees_charges complaint; the export was of the firm's matters and is already done, so no right is asked for."),
(P, None, "Complaint about our conveyancer",
 "I want to complain about Orchard Lane. They have not answered a single email in three weeks and our exchange date has slipped twice. We were told PEXA is the system they use so I hope you can chase them.\n\nPlease pass this on to someone who can help.",
 dict(c=True, ex=True, firm="ols", cat="delay"), "A buyer's complaint purely about the participant firm's delay: explicit, about_other_firm=ols, no rights."),
(P, "rowntreebs.co.uk", "Object to settlement time change",
 "We object strongly to the proposal in your latest bulletin to move the daily settlement cut-off forward to 2pm. Many of our completions rely on afternoon funding and this will push them to the next day.\n\nWe would like our view recorded in the consultation.",
 dict(), "'Object' is a consultation response about a proposed rule, not a GDPR objection; no existing failure and a consultation view rather than a remedy, so not a complaint."),
# ---------------- Conexus rights (23) ----------------
(C, None, "Copy of my file",
 "You are collecting a debt from me for an old catalogue account, ref CX-7719204.\n\n[[access|Please send me a copy of all the personal information you hold about me, including letters, notes and any call recordings.]]\n\nI am not disputing anything yet, I just want to see the full picture.",
 dict(r="access"), "Subject access with an explicit 'not disputing': not a complaint, access."),
(C, None, "Wrong address on my account",
 "Your letters are still going to 41 Mossley Street, which I left in January. My address is now Flat 3, 12 Carrow Mews.\n\n[[rectification|Please update my address on account 5520183.]]\n\nThank you.",
 dict(r="rectification"), "A change of address with no grievance: rectification, not a complaint (letters going to an old address he told no one about is not yet a disclosure he is complaining of)."),
(C, None, "You've got the wrong person",
 "You have been sending me letters about a Northline Energy debt for someone with a similar name at my old address. I have never had an account with them. It has now happened four times and it is stressing me out.\n\n[[rectification|Correct your records so my details are not linked to this debt.]] [[restriction|Until you have checked, stop using my details in connection with it.]]\n\nI want written confirmation.",
 dict(c=True, pd=True, r="rectification,restriction", cat="personal_data"), "Conexus wrongly linking a person to someone else's debt is inaccurate data held by Conexus, with harm and a demand: implicit personal_data complaint, null firm (Conexus's own records); correct = rectification, stop using until checked = restriction."),
(C, None, "how did you get my work email",
 "you emailed me at WORK about a debt. i never gave you that address. my manager saw it on my screen.\n\n[[informed|where did you get this email address from?]]\n\n[[erasure|delete it now.]]",
 dict(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"), "Debt details sent to a work address and seen by the manager is an exposure (breach) plus unexpected use: implicit personal_data complaint; source = informed; delete = erasure."),
(C, "stepfordmoneyadvice.org.uk", "Client: Mr D Okonjo - data request and hold",
 "I am a money adviser acting for Mr Daniel Okonjo (signed authority attached), ref CX-3384410. He has been struggling since a stroke and we are preparing a financial statement.\n\n[[access|Please provide a copy of all personal data you hold on Mr Okonjo, including his payment history and contact notes.]] [[restriction|While we review the balance, please do not use or pass on his data for any further collection activity.]]\n\nPlease also note his vulnerability on the file.",
 dict(r="access,restriction", tp=True), "Adviser for a client: access and restriction requested on his behalf, no dissatisfaction with Conexus expressed, so not a complaint; third_party."),
(C, None, "I do not want my data used for this",
 "I have been getting texts from you offering 'a special settlement offer' and a link to a debt consolidation partner. My account with you was closed last year.\n\n[[objection|I object to you using my details for marketing, including offers from your partners.]] [[erasure|Delete my mobile number from your system.]]\n\nThis is the third message this month and I want it to end.",
 dict(c=True, pd=True, r="objection,erasure", cat="personal_data"), "Marketing texts after closure with repetition and a demand: implicit personal_data complaint (unexpected use); object to marketing = objection; delete number = erasure."),
(C, None, "Payment plan refused by your website",
 "I tried to set up a plan of 40 pounds a month online and your website refused it in seconds, saying 'affordability not met'. Nobody has looked at my actual figures and now you are threatening further action.\n\n[[automated_decision|I want a real person to look at my income and outgoings and decide the plan, not the computer.]]\n\nThis is not fair.",
 dict(c=True, r="automated_decision", cat="collection_conduct"), "An automated plan refusal followed by threats, 'not fair': implicit complaint about how the debt is pursued (collection_conduct); human decision = automated_decision; personal_data false."),
(C, "hartleyandvossolicitors.co.uk", "Our client: Mrs J Pellow - formal complaint",
 "We act for Mrs Janet Pellow, ref CX-6610932. We make a formal complaint on her behalf: your agent telephoned her eleven times in one week despite our letter of 4 March asking for contact through this firm only.\n\n[[access|Please supply copies of the recordings of those calls and all notes made on her account since 1 March.]]\n\nWe expect a full response within eight weeks.",
 dict(c=True, ex=True, tp=True, r="access", cat="collection_conduct"), "Solicitor's explicit complaint about call frequency (collection_conduct), third_party; recordings and notes = access; data request alongside a conduct grievance so personal_data false."),
(C, None, "Old debt shown on my credit file",
 "The Pennant Mobile debt you collected was settled in full in 2025, but your reporting to the credit agencies still shows it as outstanding and I was turned down for a car loan last week.\n\n[[rectification|Update the credit reference agencies and your own records to show it as settled.]] [[access|Send me a copy of what you reported about me and when.]]\n\nI need this sorted quickly.",
 dict(c=True, pd=True, r="rectification,access", cat="personal_data"), "Inaccurate credit reporting by Conexus with harm: implicit personal_data complaint (inaccurate data held); Conexus's own reporting, so null firm; correct = rectification; copy of what was reported = access."),
(C, None, "Moving my records to my new advisor",
 "I am switching to an online budgeting service that can import my creditor information.\n\n[[portability|Please send my account and payment history in a machine-readable format like CSV so I can upload it to their app.]]\n\nMy reference is 8829117.",
 dict(r="portability"), "Machine-readable export for another service = portability; neutral."),
(C, None, "Phone calls to my daughter",
 "My account ref is CX-2290417. Your team has called my daughter twice asking her to pass on messages to me. She is 17 and now knows about my debt.\n\n[[informed|How did you get her number, and why do you think you are allowed to use it?]] [[erasure|Remove her number from my account.]]\n\nI want an apology and an assurance it won't happen again.",
 dict(c=True, pd=True, br=True, r="informed,erasure", cat="personal_data"), "Debt disclosed to the writer's daughter (breach) by Conexus calls: implicit personal_data complaint; source and basis = informed; remove number = erasure."),
(C, "office.gwenthomas.mp.parliament.uk", "Constituent: Mr Alun Price",
 "I write on behalf of my constituent Mr Alun Price, ref CX-5501276, who is partially sighted and has asked us to help with his correspondence.\n\n[[access|Please send Mr Price a copy of the personal data you hold about him, in large print.]] [[informed|He would also like to understand who supplied his details to you and for what purpose.]]\n\nThank you for your assistance.",
 dict(r="access,informed", tp=True), "MP's office acting for a constituent with neutral access and informed requests: third_party, not a complaint."),
(C, None, "Please stop sharing my data with the debt purchaser",
 "I have read that you may sell or pass accounts to other firms. My account with you is on a payment plan and I am keeping to it.\n\n[[objection|I object to my data being passed to any debt purchaser or used for profiling my likelihood to pay.]]\n\nPlease confirm this has been noted.",
 dict(r="objection"), "A pre-emptive objection to profiling and transfer without a grievance: objection, not a complaint."),
(C, None, "Credit score check",
 "Your letter says my offer of repayment was assessed 'using our scoring model' and the result was that I must pay 150 a month, which is impossible on my benefits. I have already missed meals to keep up.\n\n[[automated_decision|I want a person to review my offer instead of the scoring model.]] [[informed|Please explain what information the model used about me.]]\n\nI need a reply before the next payment date.",
 dict(c=True, r="automated_decision,informed", cat="collection_conduct"), "Unaffordable demand from a scoring model for a vulnerable debtor: implicit collection_conduct complaint; human review = automated_decision; explanation of the data used = informed."),
(C, "crossroadsdebthelp.org.uk", "Breathing Space client - data and contact",
 "We are writing for our client Ms Rosa Delahunt, ref CX-4418003, who entered a Breathing Space on 2 May. Your letter of 9 May still demanded payment.\n\n[[restriction|Please restrict any processing of her data for collection until the Breathing Space ends.]] [[access|Please also send a copy of all data held for her.]]\n\nWe are disappointed this was missed and expect confirmation the account is on hold.",
 dict(c=True, tp=True, r="restriction,access", cat="collection_conduct"), "Adviser: demand letter during Breathing Space, disappointment and remedy = implicit collection_conduct complaint, third_party; restrict processing = restriction; copy = access."),
(C, None, "Erase my account now it's paid",
 "I paid my final instalment on account 7712045 last week and received your closure letter, thank you.\n\n[[erasure|Now the debt is cleared, please erase my personal data unless you are legally required to keep it.]]\n\nBest wishes.",
 dict(r="erasure"), "A polite erasure request after settlement; thanks, no grievance."),
(C, None, "my dads account",
 "my dad Terry Walsh passed away in april. you keep sending him letters about a Lumen Water bill at his old flat and my mum is upset every time one lands.\n\n[[rectification|please update your records to show he has died.]] [[informed|and tell us what you are doing with his details now.]]\n\nplease stop the letters, it is really hard for her.",
 dict(c=True, tp=True, r="rectification,informed", cat="collection_conduct"), "A son writing for his bereaved mother about letters still pursuing a deceased debtor: implicit collection_conduct complaint (how the debt is pursued), third_party; record the death = rectification; what happens to his data = informed; guide rights are for anyone's data when asked on their behalf."),
(C, None, "Your call recordings of me",
 "On the call on 14 June your agent told me my balance included a 'settlement fee' that was never mentioned before. I am now told no such fee exists.\n\n[[access|I want a copy of the recording of that call.]]\n\nPlease confirm the correct balance in writing.",
 dict(c=True, r="access", cat="inaccurate_information"), "Agent gave wrong information about a fee, with a remedy demanded: implicit inaccurate_information complaint; the recording = access."),
(C, "nte-recoveries.northline-energy.co.uk", "Customer data export for accounts recalled",
 "As discussed, we are recalling the batch of accounts placed with Conexus in January.\n\nPlease return the account data for that batch in CSV, in our standard import layout, so we can load it into our collections system.\n\nKind regards.",
 dict(), "A creditor client asking for a batch of its accounts back is a business data return, not a data subject's right: rights=[], not a complaint."),
(C, None, "Please explain why my phone number is on your system",
 "I have never owed anyone money, but I received a voicemail from Conexus asking me to call about an 'important account matter'.\n\n[[informed|What personal data do you hold about me, where did it come from, and why?]] [[access|Send me a copy of it.]]\n\nI want this resolved and my number removed from any list it has been put on.",
 dict(c=True, pd=True, r="informed,access", cat="personal_data"), "Unexpected use of a stranger's number with a demand: implicit personal_data complaint; the explanation = informed; copy = access. 'Removed from any list' is read as part of the remedy, not a separate erasure request."),
(C, None, "Complaint - you did not answer my data request",
 "This is a formal complaint. I asked for a copy of my data in March and you sent me a single page with my name and balance. That is not what I asked for.\n\n[[access|I want the full copy of my data, including notes and recordings.]] [[portability|Please include the payment history as a CSV file so my adviser can load it into her budgeting software.]]\n\nPlease respond within one month.",
 dict(c=True, ex=True, pd=True, r="access,portability", cat="personal_data"), "A badly handled access request: explicit personal_data complaint; full copy = access; CSV to load into software = portability; the adviser is mentioned only, so not third_party."),
(C, None, "Please restrict my data while you check the balance",
 "I think the balance on account 3308712 includes interest that was added after I agreed the plan. I have written to Sterling Credit about it too.\n\n[[restriction|While this is being checked, please do not use my data for any further collection or pass it to anyone else.]]\n\nThank you.",
 dict(r="restriction"), "A calm query about interest with a restriction request: neutral ('I think'), no demand for a remedy from Conexus, so not a complaint; restriction."),
(C, None, "object to door visits and profiling",
 "I have received a letter saying a field agent will visit because my 'risk score' has changed. I do not understand what score you mean.\n\n[[objection|I object to you profiling me to decide whether to send someone to my home.]] [[informed|Explain what this risk score is based on.]]\n\nI find the idea of a doorstep visit frightening and want it cancelled.",
 dict(c=True, r="objection,informed", cat="collection_conduct"), "A planned doorstep visit causing fear with a demand to cancel: implicit collection_conduct complaint; object to profiling = objection; explain the score = informed. 'Don't visit' would alone be a conduct remedy."),
# ---------------- Conexus look-alikes (7) ----------------
(C, None, "Stop calling me",
 "You have called me every day this week, sometimes three times, including at 8.30pm. I have already told your agent I am setting up a plan through my bank.\n\nStop calling me and write to me instead. I want to know why this keeps happening.",
 dict(c=True, cat="collection_conduct"), "'Stop calling me' is a conduct remedy, not objection: rights=[]; an implicit collection_conduct complaint."),
(C, None, "Access to online portal",
 "Hi, I can't access the online payment portal, it says my reference is not recognised. The reference on my letter is CX-9904412. Could you check it please?\n\nThanks.",
 dict(), "'Access' to a payment portal with a neutral request for help: enquiry, no rights."),
(C, None, "I want to complain about the water bill",
 "I want to complain about Lumen Water. They billed me for two years at a property I sold, and now you are chasing me for it. I have the completion statement to prove the sale date.\n\nPlease send this back to them so they can correct it.",
 dict(c=True, ex=True, firm="lwt", cat="debt_dispute"), "The root cause is the creditor's own billing, which only Lumen can fix: explicit, about_other_firm=lwt, debt_dispute; 'correct it' is about the bill, not rectification of personal data."),
(C, "fairshareadvice.org.uk", "Client update - Ms K Brennan",
 "Just to let you know our client Ms Kerry Brennan, ref CX-1187720, has a new phone number and has asked that we pass it on. She is happy for you to call her between 10am and 2pm.\n\nThanks for your help so far, the plan is working well for her.",
 dict(tp=True), "An adviser passing on a new number on the client's instruction is an ordinary contact update: no right is being asked for and no grievance; third_party."),
(C, None, "Letter delivered next door",
 "A letter addressed to my neighbour at number 14 was delivered to me by mistake. It looks like a debt letter from you. I have put it through her door, just letting you know so you can check your address records.\n\nNo reply needed.",
 dict(br=True), "A neighbour reporting a misdelivered letter without any grievance: breach=true, not a complaint; no right is asked for."),
(C, None, "Data breach",
 "Your agent breached the agreement we made on the phone. I agreed to pay 25 pounds a month and the direct debit taken yesterday was 60 pounds, which left me overdrawn.\n\nRefund the difference and fix the direct debit today.",
 dict(c=True, cat="collection_conduct"), "'Breach' means breaking a payment agreement, not a data breach; wrong amount taken against an agreed plan with a refund demand is an implicit collection_conduct complaint; no rights."),
(C, None, "Balance wrong - delete the extra charges",
 "The balance on your statement includes a 45 pound trace fee that I was never told about. I have paid the debt itself in full.\n\nDelete the trace fee from my account and send a corrected statement.",
 dict(c=True, cat="fees_charges"), "'Delete' the trace fee and 'corrected statement' are about a fee Conexus added, not personal data: implicit fees_charges complaint, rights=[]."),
]

FIRST = ("Amira", "Callum", "Deborah", "Emeka", "Fiona", "Gareth", "Hana", "Imran", "Joanne", "Kieran", "Lucy",
         "Marek", "Niamh", "Oliver", "Parveen", "Quentin", "Rhiannon", "Stuart", "Tamsin", "Usman", "Valerie",
         "Wesley", "Yasmin", "Zoltan", "Bernadette", "Declan", "Eleri", "Femi", "Gillian", "Harvey")
LAST = ("Ashworth", "Boateng", "Crowther", "Dunmore", "Ellery", "Fairbairn", "Gallacher", "Haswell", "Iqbal",
        "Jerrold", "Kowalczyk", "Lambourne", "Mottram", "Nwosu", "Ormerod", "Pennock", "Quayle", "Rudd",
        "Sinclair-Bell", "Tregear", "Umpleby", "Varga", "Whitlock", "Yardley")
PERSONAL = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com")
GREET = ("Hello,", "Dear Sir or Madam,", "Hi,", "Good morning,", "To whom it may concern,", "Dear team,")
SIGN = ("Regards,\n{name}", "Kind regards,\n{first}", "Thanks,\n{name}", "{name}", "Yours faithfully,\n{name}",
        "Best wishes,\n{first} {last}")
QUOTES = {
    "pexa": ("PEXA Customer Support <support@pexa.co.uk>",
             "Thank you for contacting PEXA Customer Support.\n\nYour enquiry has been logged under reference {ref}. "
             "A member of the team will respond within five working days.\n\nPEXA Customer Support"),
    "conexus": ("Conexus Customer Care <customercare@conexus.co.uk>",
                "Thank you for your email, which we received today.\n\nWe have added it to your account under "
                "reference {ref} and will reply as soon as we can.\n\nConexus Customer Care Team"),
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
# each scenario is rendered in two different envelopes drawn from these
ENVS = ("plain", "html", "reply", "html_reply", "typo", "short")
ENV_WEIGHTS = (4, 2, 2, 1, 2, 1)


def sender(rng, domain):
    first, last = FIRST[rng.randrange(len(FIRST))], LAST[rng.randrange(len(LAST))]
    dom = domain or PERSONAL[rng.randrange(len(PERSONAL))]
    style = rng.randrange(3)
    local = (f"{first}.{last}" if style == 0 else f"{first[0]}{last}" if style == 1
             else f"{first}{last}{rng.randrange(10, 99)}" if domain is None else f"{first}.{last[0]}")
    local = local.lower().replace("-", "")
    return first, last, f"{first} {last} <{local}@{dom}>"


def pick_envs(rng):
    first = rng.choices(ENVS, ENV_WEIGHTS)[0]
    while True:
        second = rng.choices(ENVS, ENV_WEIGHTS)[0]
        if second != first:
            return first, second


def render(rng, idx, scen, env):
    mailbox, domain, subject, body, lab, note = scen
    first, last, frm = sender(rng, domain)
    text = body
    if env == "typo":
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.4)
    if env == "short":
        letter = text + "\n\n" + first
    else:
        greet = GREET[rng.randrange(len(GREET))]
        sign = SIGN[rng.randrange(len(SIGN))].format(name=f"{first} {last}", first=first, last=last)
        letter = greet + "\n\n" + text + "\n\n" + sign
    quote = None
    if env in ("reply", "html_reply"):
        who, qtext = QUOTES[mailbox]
        head = f"On {rng.randrange(1, 28)} {MONTHS[rng.randrange(len(MONTHS))]} 2027, {who} wrote:"
        quote = (head, qtext)
    html = env in ("html", "html_reply")
    marks = rights_marks_of(letter)
    return finish_marked_record(
        rng, mailbox=mailbox, sender=frm, subject=subject, body=strip_marks(letter, MARK_RIGHTS), html=html,
        quote=quote, subject_marks=[], body_marks=marks, labels=short_labels(**lab), note=note,
        source=f"rmad-s{idx:03d}", env=env)


def build(rng):
    recs = []
    for idx, scen in enumerate(SCEN, 1):
        lab = short_labels(**scen[4])
        marked = {r for r, _ in rights_marks_of(scen[3])}
        assert marked == set(lab["rights"]), (idx, marked, lab["rights"])
        for env in pick_envs(rng):
            recs.append(render(rng, idx, scen, env))
    return recs


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    by_src = {}
    for r in records:
        by_src[r["source"]] = r["labels"]
    lines = [f"wrote {len(records)} emails from {len(by_src)} scenarios to {os.path.normpath(OUT)}"]
    lines.append("mailboxes: " + str(dict(collections.Counter(r["mailbox"] for r in records))))
    for right in RIGHTS:
        lines.append(f"  {right}: {sum(right in l['rights'] for l in labs)} emails, "
                     f"{sum(right in l['rights'] for l in by_src.values())} scenarios")
    lines.append(f"look-alikes (rights []): {sum(not l['rights'] for l in by_src.values())} scenarios; "
                 f"complaints: {sum(l['complaint'] for l in by_src.values())} scenarios; "
                 f"third party: {sum(l['third_party'] for l in by_src.values())} scenarios")
    lines.append("envelopes: " + str(dict(sorted(env_counts.items()))))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
