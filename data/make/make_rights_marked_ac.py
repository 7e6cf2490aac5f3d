"""Marked rights evaluation set AC: 60 scenarios (30 PEXA, 30 Conexus), each rendered twice (stdlib only).

45 scenarios ask the receiving firm to act on UK GDPR rights (each request sentence marked inline as
[[right|sentence]]); 15 are look-alikes with rights [] (9 of them complaints). Every person, address and
reference number is invented. Run from the repository root:
    .venv/bin/python data/make/make_rights_marked_ac.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, finish_marked_record, rights_marks_of,  # noqa: E402
                           run_generator, short_labels as L, strip_marks, typos_outside_marks,
                           marked_record_errors)

SEED = 20270422
PREFIX = "rmac"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "rights_marked_ac.jsonl")

# who: (email domain, or None for a personal address; signature line under the name, or None)
P = (None, None)


def S(mb, who, subj, body, lab, note, short=None):
    return {"mb": mb, "who": who, "subj": subj, "body": body, "lab": lab, "note": note, "short": short}


SCEN = [
    # ------------------------------------------------------------------ PEXA: rights
    S("pexa", P, "Leaving the profession - my user data",
      "I closed my practising certificate at the end of last month and no longer use PEXA. Before my login lapses "
      "I would like to keep a record of my own activity.\n\n[[access|Please send me a copy of the personal data you "
      "hold about me as a user, including my sign-in history and any notes on my user profile.]] [[portability|I "
      "would also like my profile and certification details exported as a CSV file so I can load them into the "
      "practice-management tool I use for my consultancy work.]]\n\nNo rush, but within the month would be ideal.",
      L(r="access,portability"), "A neutral request for a copy and a machine-readable export with no dissatisfaction: "
      "rights access and portability, not a complaint."),
    S("pexa", ("heathcotebank.co.uk", "Senior Completions Officer, Heathcote Bank"), "My user account was suspended overnight",
      "I arrived this morning to find my PEXA login suspended with a message saying my account had been 'automatically "
      "locked following an inactivity and risk review'. I was on annual leave for two weeks, which I would have thought "
      "was obvious. I had four redemptions due today and have had to hand them to a colleague at the last minute.\n\n"
      "[[automated_decision|I want a member of your team, not the review tool, to look at my account and decide whether "
      "it should be locked.]] [[informed|Please also explain what information about me the review uses to reach its "
      "decision and where that information comes from.]]\n\nI need this restored today.",
      L(c=True, r="automated_decision,informed", cat="process"),
      "Account locked by an automated rule with cost and a demand = implicit complaint about the rule itself (process); "
      "asks for human review and an explanation of the processing; staff for own account so not third party; "
      "personal_data false because the grievance is the lock, not data handling."),
    S("pexa", P, "Spelling of my name",
      "My purchase of 9 Linnet Gardens completed last week through PEXA and everything went smoothly. I have just "
      "noticed that the confirmation email I was copied into spells my surname 'Abernethey' instead of 'Abernethy'.\n\n"
      "[[rectification|Could you please correct the spelling of my surname in whatever records you hold for me?]]\n\n"
      "Thank you, and thanks for a painless completion.",
      L(r="rectification"), "A polite request to correct the writer's own name with praise and no grievance: "
      "rectification, not a complaint."),
    S("pexa", ("greyfriarslaw.co.uk", "Managing Partner, Greyfriars Law LLP"), "Formal complaint - marketing emails to our staff",
      "I am raising a formal complaint. Three of our fee earners unsubscribed from your 'Platform Insights' marketing "
      "emails in January and have each received at least five more since, one of them on her personal address which "
      "she says she never gave to you for that purpose.\n\n[[objection|We object to any of our staff's contact details "
      "being used for marketing from now on.]] [[erasure|Please delete the personal email address of Ms Ferreira from "
      "your marketing systems entirely.]]\n\nI expect a written explanation of how the unsubscribes were ignored.",
      L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "Explicit complaint that opt-outs were ignored and a personal address used = personal_data; the partner writes "
      "for her own firm (third_party false); objection and erasure are asked for."),
    S("pexa", P, "What do you hold about me?",
      "I am selling my flat and my solicitors use PEXA for the completion. I have never dealt with your company "
      "directly, so I am curious.\n\n[[informed|Can you tell me what personal information PEXA holds about me, where "
      "you got it from and what you use it for?]] [[access|If you do hold anything, I would like a copy of it.]]\n\n"
      "Thanks in advance.",
      L(r="informed,access"), "Curious questions about source and purpose plus a copy request, no dissatisfaction: "
      "informed and access, not a complaint.",
      short=("Data question", "[[informed|Where did PEXA get my details from and what do you use them for?]] "
             "[[access|Please send a copy of whatever you hold on me.]]")),
    S("pexa", ("merrowconveyancing.co.uk", "Principal, Merrow Conveyancing"), "Application rejected by your checks",
      "I applied to join PEXA as a sole practitioner on 2 May and received an automated email three days later saying "
      "my identity could not be verified and the application is closed. Nobody has looked at the certified documents I "
      "uploaded, and I am losing instructions to firms that are already on the platform.\n\n[[automated_decision|Please "
      "have a person review my application rather than relying on the automated result.]] [[informed|I would also like "
      "to know which credit reference or identity agency you checked me against.]]",
      L(c=True, r="automated_decision,informed", cat="onboarding"),
      "Application closed by an automated check with lost work and a demand = implicit onboarding complaint; "
      "human review and source of data requested; personal_data false as the grievance is joining the platform."),
    S("pexa", P, "Please close my account",
      "I worked in the completions team at Thames Valley Mortgages until Friday and have now left the industry.\n\n"
      "[[erasure|Please delete my PEXA user account and the personal details attached to it, including my mobile "
      "number.]]\n\nMy former manager knows I am asking. Thank you.",
      L(r="erasure"), "A leaver's neutral request to delete her own user account and details: erasure, not a complaint."),
    S("pexa", ("harlowandfinch.co.uk", "Conveyancer, Harlow & Finch"), "Wrong firm on my profile - still",
      "Since I moved firms in March your participant directory has shown me as working at my old practice. I reported "
      "this on 14 March and again on 2 April. Other firms keep sending workspace invitations for my new clients to my "
      "old employer, which is awkward for everyone and has delayed two exchanges.\n\n[[rectification|Please correct my "
      "profile so it shows Harlow & Finch as my firm.]] [[restriction|Until that is done, please stop showing my "
      "profile in the directory at all.]]",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Inaccurate personal profile left uncorrected after two reports, with harm = implicit complaint about data "
      "held (personal_data); correction and suspension of display requested."),
    S("pexa", P, "Request on behalf of my father",
      "I hold a lasting power of attorney for my father, Mr Desmond Achterberg, who sold his house in Ledbury last "
      "autumn through Ashby Rowe Solicitors using your platform. He has asked me to sort out his paperwork.\n\n[[access|"
      "On his behalf, please send me a copy of all the personal data PEXA holds about him in connection with that "
      "sale.]]\n\nI can send a copy of the power of attorney if you need it.",
      L(r="access", tp=True), "A daughter with power of attorney asks for a copy of her father's data with no grievance: "
      "access, third_party, not a complaint."),
    S("pexa", ("tvmortgages.co.uk", "Completions Team Leader, Thames Valley Mortgages"), "Training video featuring me",
      "I took part in one of your recorded webinars in February. I have now seen a clip of me asking a question used "
      "in a promotional video on your website and LinkedIn page. Nobody asked my permission and I am not happy about "
      "appearing in your advertising.\n\n[[objection|I object to my image and voice being used in your marketing.]] "
      "[[erasure|Please delete the clip and any copies of the recording that show me.]]\n\nPlease confirm when it has "
      "been taken down.",
      L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
      "Her recording used unexpectedly in advertising, with displeasure and a demand = implicit complaint about data "
      "use (personal_data); objection and erasure."),
    S("pexa", P, "Export of my certification record",
      "I am moving from Beacon Home Finance to a new lender next month and my new employer keeps training records in "
      "its own learning system.\n\n[[portability|Could you export my PEXA certification and course history in a "
      "machine-readable format such as JSON or CSV so that I can import it there?]]\n\nMany thanks for your help.",
      L(r="portability"), "Export in a machine-readable format to load elsewhere, no grievance: portability, not a "
      "complaint; Beacon named only as employer."),
    S("pexa", ("wendoverlegal.co.uk", "Associate, Wendover Legal"), "Your 'engagement score'",
      "Your latest user survey mentions that you give each participant user an 'engagement score' based on how we use "
      "the platform. Before I answer the survey I would like to understand this.\n\n[[informed|What data goes into the "
      "score, what is it used for and on what lawful basis?]] [[objection|If it is used for anything beyond running the "
      "service, I object to my data being profiled in this way.]]",
      L(r="informed,objection"), "Neutral questions about a profiling score and a conditional objection: informed "
      "and objection, not a complaint."),
    S("pexa", P, "Change of email address",
      "I am remortgaging with Kestrel and your system sends me notifications about the workspace. I have changed "
      "email provider and the old address will close at the end of the month.\n\n[[rectification|Please update my "
      "email address to the one I am writing from.]] [[restriction|Please don't send anything further to the old "
      "address while the change is being confirmed.]]\n\nThank you.",
      L(r="rectification,restriction"), "A routine address change with a pause on the old address, no "
      "dissatisfaction: rectification and restriction, not a complaint; Kestrel named only as lender."),
    S("pexa", ("orchardlanesolicitors.co.uk", "Paralegal, Orchard Lane Solicitors"), "Complaint: my data request ignored",
      "This is a complaint about how my subject access request has been handled. I sent it to your privacy team on "
      "3 March and have had no acknowledgement, let alone the data, despite two reminders. That is well over the "
      "month you are allowed.\n\n[[access|I repeat my request for a copy of all personal data you hold about me, "
      "including recordings of my calls to your support desk in January.]]\n\nPlease treat this as urgent.",
      L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
      "Explicit complaint that an access request was ignored = badly handled data right (personal_data); the request "
      "is repeated; OLS is the sender's employer so about_other_firm null."),
    S("pexa", P, "How long do you keep my passport copy?",
      "When I registered as a new user I uploaded a scan of my passport for your identity check. My registration went "
      "through without any problem.\n\n[[informed|How long do you keep the passport scan, and on what basis?]] "
      "[[erasure|Now that I am verified, I would like you to delete it.]]\n\nBest wishes.",
      L(r="informed,erasure"), "Questions about retention and basis plus a deletion request after a smooth "
      "registration: informed and erasure, not a complaint."),
    S("pexa", ("kestrelbs.co.uk", "Mortgage Completions, Kestrel Building Society"), "My mobile number in workspaces",
      "For the last fortnight I have had buyers and their removal firms ringing my personal mobile in the evenings. "
      "It turns out my mobile, not the desk line, is shown against my name in every workspace I join. I never entered "
      "it there and I find the calls intrusive.\n\n[[restriction|Please stop displaying my mobile number to other "
      "participants while you find out how it got there.]]",
      L(c=True, pd=True, r="restriction", cat="personal_data"),
      "Personal number shown to others unexpectedly, with harm and a demand = implicit complaint about data use "
      "(personal_data); no breach claimed beyond display to participants; restriction requested."),
    S("pexa", P, "Why did I get your survey?",
      "I bought a house last month and this week received an email from PEXA asking me to rate my 'settlement "
      "experience'. I never gave you my email address and I don't appreciate being contacted by a company I have no "
      "relationship with.\n\n[[informed|Where did you get my email address and why do you think you can use it for "
      "surveys?]] [[objection|I object to receiving any further surveys or marketing from you.]]",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "A consumer annoyed that PEXA used her email unexpectedly, demanding an explanation = implicit complaint about "
      "PEXA's own data use (personal_data), not about a participant firm; informed and objection."),
    S("pexa", ("heathcotebank.co.uk", "Settlements Analyst, Heathcote Bank"), "Training record shows a fail",
      "My PEXA training record says I failed the settlement module assessment in April. I passed it with 92% and "
      "have the results screen to prove it. Our compliance team checks these records and has now asked me to "
      "resit, which is a waste of a morning.\n\n[[rectification|Please correct my record to show the pass.]]",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "The wrong thing is her own record (personal_data, not inaccurate_information or training), implicit "
      "complaint with cost; rectification."),
    S("pexa", ("greyfriarslaw.co.uk", "Solicitor, Greyfriars Law LLP"), "Data request for our client Ms Oduya",
      "We act for Ms Priscilla Oduya, who sold 27 Kiln Lane, Wetherby in June. Her signed authority is attached.\n\n"
      "[[access|Please provide a copy of the personal data PEXA holds about our client, including the workspace audit "
      "trail showing who viewed her details.]] [[portability|We ask that the data she provided be supplied in a "
      "structured, machine-readable format so that it can be loaded into our case system.]]\n\nPlease reply to me "
      "directly.",
      L(r="access,portability", tp=True),
      "A solicitor's neutral request for a client's data and export: access and portability, third_party; Greyfriars "
      "is only the sender so no firm id."),
    S("pexa", ("parliament.uk", "Caseworker to the MP for Rushmere"), "Constituent: Mr Olu Adeyemi, sole practitioner",
      "I am writing on behalf of our constituent Mr Adeyemi, a sole practitioner conveyancer, whose PEXA access was "
      "frozen on 11 June after what he was told was an automated fraud-pattern alert. He has had no explanation in "
      "three weeks and has had to pass two client completions to another firm.\n\n[[automated_decision|Mr Adeyemi asks "
      "that a member of staff, not the automated system, reviews the decision to freeze his account.]] [[access|He also "
      "asks for a copy of the personal data about him that was used in reaching it.]]\n\nI would be grateful for a "
      "response to this office.",
      L(c=True, r="automated_decision,access", tp=True, cat="process"),
      "MP's office for a constituent whose account was frozen by an automated rule, with loss and a demand = implicit "
      "complaint (process), third_party; human review and copy requested."),
    S("pexa", P, "Please stop contacting me",
      "I was a partner at Selby Marsh until it merged last year and I no longer have anything to do with conveyancing. "
      "I still receive your product newsletters and event invitations.\n\n[[access|First, please send me a copy of the "
      "personal data you hold about me.]] [[objection|I object to my details being used for marketing.]] [[erasure|Once "
      "you have sent the copy, please delete my details altogether.]]\n\nThank you.",
      L(r="access,objection,erasure"), "A former user's matter-of-fact request without a grievance: access, objection "
      "and erasure, not a complaint."),
    S("pexa", ("beaconhomefinance.co.uk", "Head of Completions, Beacon Home Finance"), "Formal complaint - my vetting results sent to another firm",
      "I wish to make a formal complaint. The results of my enhanced user vetting, including my home address and "
      "date of birth, were emailed yesterday by your onboarding team to a user at Marsh & Penrose Conveyancing, who "
      "kindly forwarded them to me.\n\n[[informed|I want to know who else this has been sent to and how long you keep "
      "vetting results.]] [[access|Please also send me a copy of everything held on my vetting file.]]",
      L(c=True, ex=True, pd=True, br=True, r="informed,access", cat="personal_data"),
      "Explicit complaint that PEXA sent her vetting data to another firm = breach and personal_data; M&P is only the "
      "recipient, not the subject; informed and access."),
    # ------------------------------------------------------------------ PEXA: look-alikes
    S("pexa", ("kestrelbs.co.uk", "Completions Administrator, Kestrel Building Society"), "Duplicate workspace - please delete",
      "I accidentally created two workspaces this morning for the same remortgage at 4 Poplar Row. Please delete the "
      "second one (ending 7731) so that the other parties only see the correct one.\n\nThanks very much.",
      L(), "'Delete' refers to a duplicate workspace, not personal data: no right, not a complaint.",
      short=("Please delete duplicate workspace ending 7731 (4 Poplar Row)", "")),
    S("pexa", ("ashbyrowe.co.uk", "Legal Secretary, Ashby Rowe Solicitors"), "Still can't access the training portal",
      "This is the third time I have written about this. Since the password reset on Monday I cannot access the "
      "training portal at all - it loops back to the sign-in page. My certification lapses on Friday and I cannot "
      "book the refresher without getting in.\n\nPlease get someone to fix it today.",
      L(c=True, cat="platform_defect"),
      "'Access' means logging into a portal; a repeated fault with a deadline and a demand = implicit complaint "
      "(platform_defect), rights []."),
    S("pexa", ("ashbyrowe.co.uk", "Conveyancing Assistant, Ashby Rowe Solicitors"), "Copy of settlement statement",
      "Could you send me a copy of the final settlement statement for the workspace on 18 Chandler Street? Our client "
      "has misplaced hers and our download link has expired.\n\nMany thanks.",
      L(), "A copy of a transaction document, not of personal data held about the writer: no right, an enquiry."),
    S("pexa", P, "My conveyancer has the wrong address on everything",
      "Marsh & Penrose are acting on my purchase and every document they have uploaded has my old address in Hull on "
      "it, even though I have told them three times. Now the lender has queried it and my completion date is at risk. "
      "I've given up on getting them to listen.\n\nCan you please chase them or tell me who I should escalate this to?",
      L(c=True, pd=True, firm="mpc", cat="personal_data"),
      "A buyer's complaint purely about her conveyancer's wrong record of her address = forward to mpc; "
      "personal_data (her own record); she asks PEXA to chase, not to correct PEXA's data, so rights []."),
    S("pexa", ("wendoverlegal.co.uk", "Practice Manager, Wendover Legal"), "Complaint about the new export fee",
      "I want to complain about the new charge for exporting settlement reports to CSV. It has always been part of "
      "the subscription and it appeared on our invoice this month with no notice at all.\n\nPlease remove it and "
      "credit the amount back.",
      L(c=True, ex=True, cat="fees_charges"),
      "Explicit complaint about a new fee; 'exporting to CSV' is a report feature, not portability: rights []."),
    S("pexa", P, "Floodlights at your office",
      "I live opposite your building on Carrow Road. Since the new security floodlights went up in your car park they "
      "have been shining straight into our bedrooms all night. My children are not sleeping.\n\nPlease have them "
      "angled down or switched off after midnight, and let me know when it is done.",
      L(c=True, cat="other"), "A neighbour's nuisance grievance with a demand = implicit complaint, theme other; "
      "'switched off' is a conduct remedy, rights []."),
    S("pexa", ("orchardlanesolicitors.co.uk", "Partner, Orchard Lane Solicitors"), "Two-signatory rule",
      "I object to the new rule that every settlement instruction needs two authorised signatories. We are a small "
      "team and on Fridays there is often only one partner in the office, so completions are now held over the "
      "weekend.\n\nPlease reconsider it or allow an exception for firms under five fee earners, and let me know.",
      L(c=True, cat="process"), "'I object' is to a platform rule, not to data processing: implicit complaint "
      "(process), rights []."),
    S("pexa", ("tvmortgages.co.uk", "Operations Manager, Thames Valley Mortgages"), "Remove a leaver from our organisation",
      "Please could you remove Jasmine Tuck from our organisation's users - she left us on Friday. I have already "
      "reassigned her open workspaces to Callum Reeve.\n\nThank you.",
      L(), "An administrator asks to remove a leaver's user from the firm's organisation: routine service request, not "
      "erasure asked by the data subject, rights []."),
]
SCEN += [
    # ------------------------------------------------------------------ Conexus: rights
    S("conexus", P, "Request for my information - ref CX-448201",
      "[[access|Please send me a copy of all the information you hold about me, including recordings of my phone "
      "calls with your agents.]] I'd like to check what has been said on my account before I agree a plan.",
      L(r="access"), "A plain copy request including call recordings, no grievance: access, not a complaint.",
      short=("[[access|Please send me a copy of all my data and call recordings (ref CX-448201)]]", "")),
    S("conexus", P, "Letters going to my old flat",
      "I moved out of Flat 3, 41 Tanner Street in January and gave your agent my new address on the phone in February. "
      "Your letters are still going to the old flat and the landlord keeps returning them to me in a bundle weeks late, "
      "so I missed the deadline for my payment plan review.\n\n[[rectification|Please update my address to the one "
      "below.]] [[restriction|And stop using the Tanner Street address for anything while you sort it.]]",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "An uncorrected address after he reported it, with a missed deadline = implicit complaint about inaccurate data "
      "(personal_data); no disclosure described, so breach false."),
    S("conexus", P, "Account settled - data",
      "My Sterling Credit account with you was settled in full in March and I have the closure letter.\n\n[[erasure|I "
      "would like you to delete my personal data now that there is nothing outstanding.]] [[objection|I also object to "
      "my details being used for any marketing or offers.]]\n\nKind thanks for your help over the last year.",
      L(r="erasure,objection"), "A settled debtor's friendly erasure and marketing objection: not a complaint; "
      "Sterling Credit is only the creditor."),
    S("conexus", ("moneyhelpline-northeast.org.uk", "Debt Adviser, North East Money Helpline"), "Client Ms Faye Lindqvist - declined plan",
      "I act for Ms Lindqvist (authority attached). Her offer of £30 a month was declined within minutes by your online "
      "affordability tool, which she was told 'scored' her budget as unsustainable. We have checked her budget in "
      "detail and the offer is the most she can afford; she is now anxious and not sleeping.\n\n[[automated_decision|"
      "Please have a person review her offer instead of the automated scoring.]] [[informed|Please explain what data "
      "the tool used about her and where it came from.]] [[access|We also ask for a copy of the assessment record held "
      "about her.]]",
      L(c=True, r="automated_decision,informed,access", tp=True, cat="process"),
      "A money adviser objects to an automated rule declining a plan, with harm and demands = implicit complaint "
      "(process), third_party; three rights; personal_data false as the grievance is the declined plan."),
    S("conexus", P, "How did you get my work number?",
      "One of your agents rang me at my office yesterday on my direct line. I have never given that number to you or to "
      "Pennant Mobile and I was mortified taking the call at my desk.\n\n[[informed|I want to know exactly where you "
      "got my work number from.]] [[erasure|Please delete it from your records.]]",
      L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
      "Data obtained and used unexpectedly with embarrassment and demands = implicit complaint (personal_data); "
      "informed and erasure; no disclosure to others described, breach false."),
    S("conexus", P, "My father's account",
      "I have power of attorney for my father, Mr Anand Vyas, who has dementia. Your letters say he owes Westbury "
      "Council Tax Services £1,140, but he was in a care home for the whole period and exempt, and the council's own "
      "letter confirms it. Yet your letters keep coming and he gets very upset.\n\n[[access|Please send me a copy of "
      "the information you hold about him, including your notes.]] [[restriction|Please stop using his data to pursue "
      "this while the exemption is checked.]]",
      L(c=True, r="access,restriction", tp=True, cat="debt_dispute"),
      "A son with power of attorney disputes that the debt is owed while Conexus keeps chasing = implicit complaint "
      "(debt_dispute), Conexus's own pursuit so firm null; access and restriction; third_party."),
    S("conexus", P, "Payment history file",
      "I am moving my debts to a debt management company and they've asked for my payment history.\n\n[[portability|"
      "Could you send my payment records in a spreadsheet format such as CSV so they can load them straight into their "
      "system?]]\n\nCheers.",
      L(r="portability"), "A machine-readable export to load into another system, no grievance: portability.",
      short=("Payment history as CSV?", "[[portability|Please send my payment history as a CSV file so my new debt "
             "management company can import it.]]")),
    S("conexus", P, "Complaint - subject access request overdue",
      "I sent a subject access request on 28 February by email and again by post. It is now seven weeks later and I "
      "have received nothing. I am making a complaint about this because I need the data for my dispute with the "
      "ombudsman.\n\n[[access|Send me a copy of all the data you hold on me without further delay.]]",
      L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
      "Explicit complaint about an ignored access request = badly handled data right (personal_data), not delay; "
      "access repeated."),
    S("conexus", P, "Calls and your 'contact strategy'",
      "I am getting three calls a day, including on Sundays, even though I am on a payment plan that I have never "
      "missed. Your agent told me the number of calls is set by a 'contact strategy model' that profiles customers.\n\n"
      "[[objection|I object to my data being used for that profiling.]] [[automated_decision|I want a real person to "
      "decide how and when I am contacted, not a model.]]\n\nThe calls need to stop.",
      L(c=True, r="objection,automated_decision", cat="collection_conduct"),
      "Excessive calls = implicit complaint about how the debt is pursued (collection_conduct); objection to "
      "profiling and human decision; 'calls need to stop' is a conduct remedy; personal_data false."),
    S("conexus", P, "FORMAL COMPLAINT - you told my landlord about my debt",
      "I want to complain in the strongest terms. Your agent phoned my landlord to 'verify my address' and told him I "
      "owe money to Northline Energy and how much. My landlord has now asked whether I can afford my rent.\n\n"
      "[[informed|Tell me who else you have shared my details with and why.]] [[access|And send me a copy of your "
      "notes of that call.]]",
      L(c=True, ex=True, pd=True, br=True, r="informed,access", cat="personal_data"),
      "Explicit complaint that Conexus disclosed his debt to his landlord = breach, personal_data; Northline named "
      "only as creditor; informed and access."),
    S("conexus", P, "Date of birth on my account",
      "Just a quick note. When I tried to log in to your payment site it would not accept my date of birth. The agent I "
      "spoke to said you have it as 12/07/1986 but it is 21/07/1986.\n\n[[rectification|Can you correct it please?]]"
      "\n\nThanks, the agent was very helpful.",
      L(r="rectification"), "A friendly correction of his date of birth with praise: rectification, not a complaint."),
    S("conexus", P, "You've mixed me up with my dad",
      "My father and I have the same name and used to live at the same address. Your latest statement shows his "
      "Heathcote Bank loan next to my own account, with his phone number and his date of birth. This is the second "
      "time I've had to explain this and I am fed up with it.\n\n[[rectification|Please separate our records and correct "
      "mine.]] [[access|Send me a copy of what you hold against my name so I can check it.]] [[restriction|Until it's "
      "sorted, don't use my record to chase anything.]]",
      L(c=True, pd=True, r="rectification,access,restriction", cat="personal_data"),
      "Records merged with his father's, second time of asking = implicit complaint about inaccurate data "
      "(personal_data); showing his father's details to him is not framed as the grievance, so breach false."),
    S("conexus", ("citizensadvice-fenmoor.org.uk", "Adviser, Fenmoor Citizens Advice"), "Client Mr Kasprzak - data sharing",
      "We are helping Mr Tomasz Kasprzak (signed authority enclosed) with a budget and a plan.\n\n[[informed|Please "
      "tell us which organisations you share his personal data with and for what purpose.]] [[objection|Mr Kasprzak "
      "objects to his data being passed to anyone for marketing.]]\n\nThank you for your help.",
      L(r="informed,objection", tp=True), "An adviser's neutral questions and objection on a client's behalf: "
      "third_party, informed and objection, not a complaint."),
    S("conexus", P, "Field visit decided by a computer?",
      "Your text yesterday said my account has been 'automatically referred for a field visit' because I missed one "
      "payment. I was in hospital that week and I rang to tell you so. Having someone turn up at my door is frightening "
      "and it isn't fair.\n\n[[automated_decision|I want a person to look at this and decide, not a computer.]]",
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "Automatic referral for a doorstep visit of an unwell customer, 'not fair' = implicit complaint about how the "
      "debt is pursued (collection_conduct); human decision requested."),
    S("conexus", P, "Data after the debt went back to Lumen",
      "Your letter says my Lumen Water account has been returned to them and you are no longer collecting it.\n\n"
      "[[informed|On what basis do you keep my personal data now, and for how long?]] [[erasure|If there is no need "
      "to keep it, please delete it.]]",
      L(r="informed,erasure"), "Neutral questions on basis and retention plus erasure once the account is returned: "
      "not a complaint; Lumen only the creditor."),
    S("conexus", ("hallamlaw.co.uk", "Solicitor, Hallam Law"), "Our client Ms Grace Nwosu",
      "We act for Ms Nwosu. Over the last month she has received eleven letters from you, two of them marked 'FINAL' "
      "in red and referring to 'doorstep enforcement', which you have no power to carry out on an unsecured mobile "
      "phone debt. She is distressed.\n\n[[access|Please send us a copy of all personal data you hold about our client, "
      "including call recordings and agent notes.]]\n\nWe look forward to your response within 14 days.",
      L(c=True, r="access", tp=True, cat="collection_conduct"),
      "Solicitor on a client's behalf about threatening letters with distress = implicit complaint (collection_conduct), "
      "third_party; access; personal_data false."),
    S("conexus", P, "Not my debt - remove my name",
      "I was married to Mr Peter Haines but we divorced in 2021. The Beacon loan you are chasing was his alone, yet "
      "your letters are addressed to both of us and your agent keeps ringing my mobile. I have never signed anything "
      "with Beacon.\n\n[[erasure|Please delete my details from this account.]]",
      L(c=True, pd=True, r="erasure", cat="debt_dispute"),
      "She disputes that the debt is hers (debt_dispute, Conexus's own pursuit so firm null); her data is wrongly held "
      "on the account so personal_data true; erasure."),
    S("conexus", P, "Speech analytics on calls",
      "I read in your privacy notice that calls may be analysed by 'speech analytics' to identify vulnerability.\n\n"
      "[[informed|Could you tell me what that involves and what happens with the results?]] [[objection|I object to my "
      "calls being analysed that way.]]\n\nOtherwise everything is fine with my plan.",
      L(r="informed,objection"), "Neutral questions about call analytics plus an objection, no grievance: informed and "
      "objection, not a complaint."),
    S("conexus", P, "Northline bill is wrong",
      "Northline Energy billed me £780 for a period when the meter readings show I used almost nothing - the flat was "
      "empty while I was in Poland. I have sent them the readings and they are meant to be looking into it, but you are "
      "now chasing me for the full amount.\n\n[[restriction|Please stop using my details to pursue this while Northline "
      "checks the bill.]]",
      L(c=True, r="restriction", firm="nte", cat="debt_dispute"),
      "The root cause is the creditor's wrong bill, which only Northline can fix = forward (nte, debt_dispute); "
      "restriction while accuracy is checked."),
    S("conexus", P, "Help for my mum",
      "My mum, Mrs Rosa Pellegrini, is in hospital for a few weeks and has asked me to deal with her post. She has a "
      "Pennant Mobile debt with you.\n\n[[access|On her behalf, please send a copy of the data you hold on her.]] "
      "[[rectification|Please also correct her address - she moved to 6 Larch Close, Tamworth in the spring.]]\n\nHer "
      "signed note giving me permission is attached.",
      L(r="access,rectification", tp=True), "A daughter on her mother's behalf with no grievance: access and "
      "rectification, third_party, not a complaint."),
    S("conexus", P, "I want to complain - hardship request refused by your system",
      "I want to complain. I lost my job in May and applied through your website for a payment holiday. An automatic "
      "reply refused it within a minute and said the decision was final. No one has looked at my redundancy letter.\n\n"
      "[[automated_decision|I want someone at Conexus to review my hardship request properly.]]",
      L(c=True, ex=True, r="automated_decision", cat="collection_conduct"),
      "Explicit complaint that a hardship request was refused automatically = treatment of a customer in difficulty "
      "(collection_conduct); human review requested."),
    S("conexus", P, "Rude agent - call on 9 May",
      "I called on 9 May to ask why my balance had gone up and the agent laughed, told me to 'read my letters' and hung "
      "up. I am not being spoken to like that.\n\n[[access|I want a copy of the recording of that call.]]\n\nAnd an "
      "apology.",
      L(c=True, r="access", cat="service_quality"),
      "A rude agent on a query call = implicit complaint about how she was served (service_quality), not collection "
      "pressure; the call recording is access."),
    S("conexus", P, "Records for my new lender",
      "I have finished paying off my account with you (Sterling Credit Loans) and I'm applying for a mortgage.\n\n"
      "[[portability|Please send my full payment record in a machine-readable format, like CSV or JSON, that I can "
      "upload to the broker's system.]] [[objection|I also object to my payment history being used in your analytics or "
      "scoring models from now on.]]",
      L(r="portability,objection"), "A neutral export and objection from a settled customer: portability and objection, "
      "not a complaint."),
    # ------------------------------------------------------------------ Conexus: look-alikes
    S("conexus", P, "stop ringing me at work",
      "This is the fourth time this week your people have rung me at work. My manager has had words with me. I've "
      "told you I'll pay on the 28th like always.\n\nStop ringing me at work. Call my mobile after 6 or write to me.",
      L(c=True, cat="collection_conduct"),
      "Repeated workplace calls with harm = implicit complaint (collection_conduct); 'stop ringing me at work' is a "
      "conduct remedy, not objection: rights []."),
    S("conexus", P, "Duplicate direct debit",
      "I set up a direct debit on your website and then realised I had already set one up by phone. Please delete the "
      "one taken online so I'm not charged twice this month.\n\nThanks.",
      L(), "'Delete' refers to a duplicate payment instruction: a service request, no right, not a complaint.",
      short=("Please delete the duplicate direct debit I set up online", "")),
    S("conexus", P, "Can't access your payment portal",
      "Every time I try to access the payment portal it says 'session expired' and throws me out. I have tried two "
      "phones and a laptop. My payment is due tomorrow and I don't want a missed payment on my account because your "
      "site doesn't work.\n\nPlease fix it or tell me another way to pay.",
      L(c=True, cat="platform_defect"), "'Access' means the payment site; a failing site with a demand = implicit "
      "complaint (platform_defect), rights []."),
    S("conexus", ("pennantmobile.co.uk", "Collections Partnerships, Pennant Mobile"), "Statement request - batch PM-2207",
      "Could you send us a copy of the account-level statement for batch PM-2207 for our month-end reconciliation? "
      "The usual SFTP drop hasn't arrived.",
      L(), "A creditor client asking for a business report: not a data-subject right, not a complaint; Pennant is "
      "the sender."),
    S("conexus", P, "Lumin Water bill is wrong",
      "Lumin Water have charged me for a year after I moved out of 14 Brook Terrace - I gave them my final reading and "
      "the new owners' names. Now you are collecting it. The bill is wrong and they need to correct it.\n\nCan you pass "
      "this to them and make them sort it out?",
      L(c=True, firm="lwt", cat="debt_dispute"),
      "The creditor's wrong bill (misspelt 'Lumin Water') = forward to lwt, debt_dispute; 'correct' the bill is not "
      "rectification of personal data: rights []."),
    S("conexus", ("stepwise-debtadvice.org.uk", "Money Adviser, Stepwise Debt Advice"), "Breathing Space - client Mr Dale Hewitt",
      "This isn't a complaint. Our client Mr Hewitt has entered a standard Breathing Space from today (reference "
      "BS-55102 on the Insolvency Service register).\n\nPlease put his account on hold and pause all contact and "
      "interest for the 60 days.",
      L(tp=True), "A denial of complaint and a routine hold request from an adviser: third_party, not a complaint; "
      "pausing contact is a Breathing Space hold, not restriction."),
    S("conexus", P, "Complaint: trace fee",
      "I'm writing to complain about the £45 'trace fee' added to my balance. I never moved and you always had my "
      "address.\n\nTake it off.",
      L(c=True, ex=True, cat="fees_charges"), "Explicit complaint about a fee added on top of the debt = fees_charges; "
      "rights []."),
]

# ---------------------------------------------------------------------------------------------- envelopes
FIRST = ["Aisha", "Bernard", "Carys", "Dominic", "Efua", "Fergus", "Gwen", "Hamza", "Imogen", "Jonas", "Kezia",
         "Lachlan", "Maryam", "Niall", "Orla", "Piotr", "Rhiannon", "Sunil", "Tamsin", "Usman", "Vera", "Wilf",
         "Yasmin", "Zoltan", "Beatrix", "Callum", "Delphine", "Ewan", "Farah", "Gideon"]
LAST = ["Ashworth", "Baptiste", "Cardew", "Dunmore", "Eccleston", "Fairlie", "Gallacher", "Hesketh", "Iqbal",
        "Jedburgh", "Kowalczyk", "Lomax", "Mbeki", "Nettleton", "Ogunleye", "Pryce", "Quarrie", "Rendell", "Sowerby",
        "Thorburn", "Umeh", "Varga", "Whitcombe", "Yardley", "Zielinski", "Brannigan", "Costello", "Drinkwater"]
PERSONAL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"]
GREET = ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear {firm} team,", "Good morning,", "To whom it may concern,", ""]
SIGN = ["Thanks,", "Kind regards,", "Regards,", "Many thanks,", "Best wishes,", "Yours faithfully,", "Thank you,"]
QUOTES = {
    "pexa": [("On {date}, PEXA Customer Support <support@pexa-help.co.uk> wrote:",
              "Thank you for getting in touch with PEXA. Your message has been logged under reference {ref} and a "
              "member of the team will reply within five working days.\n\nPEXA Customer Support"),
             ("On {date}, PEXA Privacy Team <privacy@pexa-help.co.uk> wrote:",
              "Dear customer,\n\nWe have received your email (our reference {ref}). If you need to add anything, "
              "please reply to this message.\n\nKind regards\nPEXA Privacy Team")],
    "conexus": [("On {date}, Conexus Customer Care <care@conexus-collect.co.uk> wrote:",
                 "Thank you for contacting Conexus. Your account reference is {ref}. Please quote it in any reply.\n\n"
                 "Conexus Customer Care"),
                ("On {date}, Conexus Data Protection <dpo@conexus-collect.co.uk> wrote:",
                 "Hello,\n\nThank you for your message. We have recorded it under reference {ref} and will be in "
                 "touch.\n\nConexus Data Protection Team")],
}
DATES = ["3 March 2027", "Tue, 16 Mar 2027 at 09:41", "22 April 2027", "Fri, 7 May 2027 at 14:05", "1 June 2027",
         "Mon, 14 Jun 2027 at 11:30"]
ENVS = ["plain", "html", "reply", "html_reply", "typo", "typo_reply"]


def sender(rng, who):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain, title = who
    if domain:
        addr = f"{first[0].lower()}.{last.lower()}@{domain}"
    else:
        style = rng.randrange(3)
        local = [f"{first.lower()}.{last.lower()}", f"{first.lower()}{last.lower()}{rng.randrange(10, 99)}",
                 f"{first[0].lower()}{last.lower()}"][style]
        addr = f"{local}@{rng.choice(PERSONAL)}"
    return f"{first} {last}", f"{first} {last} <{addr}>", title


def render(rng, sc, source, env):
    name, frm, title = sender(rng, sc["who"])
    firm = FIRM_NAMES[sc["mb"]]
    if env == "short":
        subj, core = sc["short"]
        body = core if not core else core + "\n\n" + name.split()[0]
    else:
        subj = sc["subj"]
        greet = rng.choice(GREET).format(firm=firm)
        sign = rng.choice(SIGN)
        sig = name + ("\n" + title if title and rng.random() < 0.8 else "")
        body = (greet + "\n\n" if greet else "") + sc["body"] + "\n\n" + sign + "\n" + sig
    if env.startswith("typo"):
        body = typos_outside_marks(body, rng, MARK_RIGHTS, 0.3)
    quote = None
    if env.endswith("reply"):
        head, text = rng.choice(QUOTES[sc["mb"]])
        quote = (head.format(date=rng.choice(DATES)), text)
    html = env.startswith("html")
    rec = finish_marked_record(rng, mailbox=sc["mb"], sender=frm, subject=strip_marks(subj, MARK_RIGHTS),
                               body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote,
                               subject_marks=rights_marks_of(subj), body_marks=rights_marks_of(body),
                               labels=sc["lab"], note=sc["note"], source=source, env=env)
    assert sorted(rec["labels"]["rights"]) == sorted({m["right"] for m in rec["request_sentences"]}), source
    return rec


def build(rng):
    recs = []
    for i, sc in enumerate(SCEN, 1):
        source = f"rmac-s{i:03d}"
        envs = ["short", rng.choice(ENVS)] if sc["short"] else rng.sample(ENVS, 2)
        for env in envs:
            recs.append(render(rng, sc, source, env))
    return recs


def summary(records, env_counts):
    from collections import Counter
    right_em, right_sc = Counter(), {}
    for r in records:
        for x in r["labels"]["rights"]:
            right_em[x] += 1
            right_sc.setdefault(x, set()).add(r["source"])
    srcs = {r["source"]: r["labels"] for r in records}
    look = [s for s, lab in srcs.items() if not lab["rights"]]
    lines = [f"wrote {len(records)} records, {len(srcs)} scenarios to {os.path.normpath(OUT)}",
             "rights (emails/scenarios): " + ", ".join(f"{x} {right_em[x]}/{len(right_sc.get(x, ()))}"
                                                       for x in ("access", "rectification", "erasure", "restriction",
                                                                 "portability", "objection", "automated_decision",
                                                                 "informed")),
             f"scenarios with rights {len(srcs) - len(look)} (2+ rights {sum(len(l['rights']) >= 2 for l in srcs.values())}), "
             f"look-alikes {len(look)} (complaints {sum(srcs[s]['complaint'] for s in look)})",
             f"complaint scenarios {sum(l['complaint'] for l in srcs.values())}, explicit "
             f"{sum(l['explicit'] for l in srcs.values())}, third party {sum(l['third_party'] for l in srcs.values())}, "
             f"mailboxes {dict(Counter(r['mailbox'] for r in records))}",
             "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items()))]
    return "\n".join(lines)


def main():
    assert len(SCEN) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
