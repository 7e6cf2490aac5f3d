#!/usr/bin/env python3
"""Rights-marked evaluation set S: 60 hand-written scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one or more UK GDPR rights (all eight rights, about half with two or
three); 15 are look-alikes with rights [] (9 of them complaints) that use tempting wording ("delete", "access",
"correct", "stop calling", "a person to check", requests made to another firm). Every sentence that asks for a right
is written inline as [[right|sentence]] (or [[r1,r2|sentence]]) and becomes a request_sentences mark.

Each scenario is rendered with two different envelopes drawn from the seeded rng: plain, HTML, a reply quoting the
firm's earlier message, letter-edit typos outside the marks, and for a few scenarios a short or subject-only
version. Every person, address and reference number is invented.

Usage: .venv/bin/python data/make/make_rights_marked_s.py   (writes data/trials/rights_marked_s.jsonl)
Stdlib only.
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (FIRM_NAMES, MARK_RIGHTS, RIGHTS, finish_marked_record,  # noqa: E402
                           marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270211
PREFIX = "rms"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_s.jsonl")
P_SECOND_TYPO = 0.35

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(mailbox, subject, body, labels, note, *, gender=None, reg="neutral", org=None, title=None, name=None,
      dp=False, short=None, subject_only=None, quote=None, always_quote=False):
    """Register one scenario. body paragraphs are separated by blank lines; each paragraph is one line."""
    SCENARIOS.append({
        "source": f"rms-s{len(SCENARIOS) + 1:03d}", "mailbox": mailbox, "subject": subject, "body": body.strip(),
        "labels": labels, "note": note, "gender": gender, "reg": reg, "org": org, "title": title, "name": name,
        "dp": dp, "short": short, "subject_only": subject_only, "quote": quote, "always_quote": always_quote})


L = short_labels

# ----------------------------------------------------------------------------------------- PEXA

S("pexa", "Request for my personal data - former user", """
I was a licensed conveyancer with Pryce Whitcombe until the end of last month and had a PEXA user login through them. I have left the profession for a while and I'm tidying up loose ends.

[[access|Please send me a copy of the personal data PEXA holds about me, including my user profile and the log of when I signed in and which workspaces I opened.]]

[[informed|I would also like to know who you have shared my details with, what you use them for now that my login has been closed, and how long you intend to keep them.]]

Nothing has gone wrong, I just want a complete picture. Email is fine.
""", L(r="access,informed"),
  "A neutral request with no dissatisfaction (complaint=false): a copy of the profile and sign-in log is access, "
  "and who it is shared with, for what and for how long is informed.", gender="f", dp=True)

S("pexa", "Please remove my details", """
We bought our flat in Kettering last month and the purchase completed without a hitch. Since then I have had two emails from PEXA about the settlement, which I assume were automatic.

[[erasure|Now that everything is finished, please delete my name, email address and phone number from your systems.]]

If there is anything you are legally required to keep, that's fine, just let me know what it is.
""", L(r="erasure"),
  "No dissatisfaction with a purchase that completed smoothly, so not a complaint; asking PEXA to delete the name, "
  "email and phone number is erasure.",
  short=("delete my details please",
         "[[erasure|Our purchase completed in May, so please delete my name, email address and phone number from your systems.]] Thanks."),
  subject_only="[[erasure|Please delete my contact details now that our purchase has completed]]")

S("pexa", "My name is STILL wrong on your emails", """
Every notification your platform sends me about the sale of 14 Larchfield Road addresses me as 'Mr D Okonjo'. My surname is Okonkwo. I pointed this out on the phone a fortnight ago and again by email last Tuesday, and this morning's update still has it wrong.

It matters, because my buyer's solicitor has now asked whether I am the same person as the registered owner and I've had to send extra ID to prove it.

[[rectification|Please correct the spelling of my surname on your records so that it matches my passport.]] I'd like confirmation once it's done, and an explanation of why two requests were ignored.
""", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Two ignored requests and extra ID needed, with a reply demanded: implicit complaint about inaccurate personal data "
  "(personal_data, category personal_data, no breach); 'correct the spelling of my surname' is rectification.",
  name="Daniel Okonkwo", reg="neutral")

S("pexa", "Marketing and survey emails", """
I use PEXA every day for completions at Fairholme Legal and I'm happy with it. Lately, though, my work address has started receiving PEXA 'insight' newsletters, event invitations and product research surveys, which I never signed up for.

[[objection|I object to my user profile details being used to send me marketing, event promotions or research surveys.]]

Service and security messages about the platform are fine and should carry on as normal.
""", L(r="objection"),
  "A polite objection with no grievance to be remedied beyond the right itself, so not a complaint; objecting to "
  "marketing and research use of her profile is objection.",
  gender="f", org=("Fairholme Legal", "fairholmelegal.co.uk"), title="Senior Conveyancing Executive",
  subject_only="[[objection|I object to my user details being used for PEXA marketing and surveys]]")

S("pexa", "Registration declined in under a minute", """
I qualified as a licensed conveyancer in March and set up on my own as Hartwell Conveyancing. My registration to join PEXA was declined on 9 May, seconds after I uploaded my documents, with the message 'Applicant could not be verified'. Nobody has been in touch and the only option offered is to start again.

I have already lost one purchase because the lender insists on settling through PEXA, and I have two more clients waiting.

[[automated_decision|I want a member of your staff, not the verification system, to look at my application again and make the decision.]] [[informed|Please also tell me what information about me the check relied on and where that information came from.]]
""", L(c=True, r="automated_decision,informed", cat="onboarding"),
  "Blocked from joining, with lost business and a remedy demanded: implicit complaint, onboarding; a staff decision "
  "instead of the system is automated_decision, and what data the check used and its source is informed; "
  "personal_data stays false because the grievance is the refusal itself.",
  org=("Hartwell Conveyancing", "hartwellconveyancing.co.uk"), title="Principal")

S("pexa", "Formal complaint - emails after I left", """
I want to make a formal complaint. I left Brindley & Shaw in October and stopped using PEXA then. My login was closed, yet my personal email address, which I once added as a backup contact, has received nine PEXA mailings since: webinar invitations, a 'customer stories' newsletter and two satisfaction surveys.

I asked your support team in January to take me off the lists and was told it had been done. It hadn't.

[[objection|I object to any further use of my details for marketing or surveys.]] [[erasure|Please also erase my profile and the backup email address entirely, as I have no account with you any more.]]

I expect a written reply confirming both.
""", L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "She calls it a formal complaint about marketing use of her data after she left: explicit, personal_data (data used "
  "unexpectedly), category personal_data, no breach; objection to marketing plus erasure of the profile.",
  gender="f", reg="formal")

S("pexa", "Copy of my remortgage completion records", """
My remortgage completed through PEXA in February. I'm self-employed and my accountant has asked for the completion figures and dates for my tax return.

[[access|Could you send me a copy of the information PEXA holds about me in connection with that remortgage?]] [[portability|If possible I'd like the figures as a CSV or Excel file so my accountant can load them straight into her software.]]

The workspace number on my paperwork is {ws}. Thank you.
""", L(r="access,portability"),
  "A routine request without dissatisfaction: a copy of the data held is access, and a spreadsheet file to load into "
  "other software is portability.", dp=True)

S("pexa", "'Suspicious activity' marker on my user account", """
On 2 June I logged in to PEXA from my laptop while on leave in Portugal to approve one urgent discharge. Your system automatically put a 'suspicious activity - under review' marker on my user profile, and our platform administrator can see it. I have been suspended internally until it is cleared, and my manager wants me to explain myself at a meeting on Friday.

Nobody at PEXA has looked at this. [[automated_decision|I want a person at PEXA to review the decision to flag me rather than leaving it to the automated rule.]] [[restriction|Until that review is finished, please stop showing the marker to anyone at my employer.]]

This is affecting my job, so I need an answer before Friday.
""", L(c=True, pd=True, r="automated_decision,restriction", cat="personal_data"),
  "Harm and an urgent demand make this an implicit complaint about a wrong marker on her own record shown to her "
  "employer (personal_data, category personal_data, no breach); human review of the automated flag is "
  "automated_decision and hiding it until reviewed is restriction; Heathcote is only the employer.",
  gender="f", org=("Heathcote Bank", "heathcotebank.co.uk"), title="Redemptions Officer")

S("pexa", "Bulk export of completed workspaces", """
We are moving to a new case management system in September and the supplier has asked for our completed PEXA workspaces since 2022 in a machine-readable format, ideally CSV, so they can be loaded into the new system.

Is there a bulk export for a subscriber firm, or does it have to be done workspace by workspace? If it helps, our subscriber number is {sub}.
""", L(),
  "A firm exporting its own workspace records for a system migration is a service request, not a data subject's "
  "portability request: rights=[] and no dissatisfaction, so not a complaint.",
  org=("Calloway Briggs LLP", "callowaybriggs.co.uk"), title="IT Manager")

S("pexa", "Duplicate workspace and a leaver", """
Two quick things please.

1. I opened workspace {ws} by mistake this morning, a duplicate of one my colleague had already created for the same remortgage. Could you delete it, or tell me how to close it so the lender doesn't see two?

2. Our completions officer Marek Zielinski left on Friday. Please remove his access to our subscriber account.

Thanks for your help.
""", L(),
  "Account housekeeping: deleting a duplicate workspace and removing a leaver's access are platform service requests, "
  "not UK GDPR rights; no dissatisfaction, so not a complaint.",
  org=("Northgate Home Loans", "northgatehomeloans.co.uk"), title="Completions Supervisor")

S("pexa", "Orchard Lane sent my completion statement to someone else", """
I am buying a house through your system and my solicitors are Orchard Lane. On Monday a stranger emailed me to say she had received my completion statement from them, with my name, my new address, the purchase price and my bank details on it. She had been sent it in place of her own.

I have already asked Orchard Lane for a copy of everything they hold on me and an explanation, and had nothing back but an automated reply. I don't know who else to turn to. Can PEXA make them deal with this?
""", L(c=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "A consumer's complaint purely about her law firm sending her statement to another client: forward "
  "(about_other_firm=ols), personal_data and breach; her request for a copy of her data was made to Orchard Lane, "
  "not PEXA, so rights=[].", gender="f")

S("pexa", "Complaint: my sale details emailed to the wrong person", """
I'm writing to complain about an email your platform sent on 21 May. It went to an address I closed three years ago, which now belongs to someone else, and it contained my name, the address of the house I was selling and the sale price. The new owner of that address forwarded it to me with a rather pointed note.

I have never given PEXA that email address, and my conveyancer confirms they hold my current one.

[[access|Please send me a copy of all the personal data PEXA holds about me, including that email and any others sent to the old address.]] [[rectification|Please also replace the old address on your records with the one I am writing from.]]

I'd also like to know what you are doing to make sure this doesn't happen again.
""", L(c=True, ex=True, pd=True, br=True, r="access,rectification", cat="personal_data"),
  "An explicit complaint that PEXA's own email disclosed the sale to a stranger (personal_data, breach, category "
  "personal_data); the conveyancer is not blamed, so about_other_firm=null; a copy of all data is access and "
  "replacing the old address is rectification.", reg="formal")

S("pexa", "Training record - name and export", """
I completed the PEXA settlement training in April, but my certificate and the training record in my profile show my first name as 'Jon'. It's 'Jonah'. [[rectification|Could you correct my first name on the training record and reissue the certificate?]]

[[portability|I'd also be grateful for my training history as a CSV or JSON file so I can import it into the CPD tracker my firm uses.]]

Thanks very much.
""", L(r="rectification,portability"),
  "No dissatisfaction: a polite request to fix his own name on the training record is rectification, and an "
  "importable CSV/JSON of his training history is portability.",
  name="Jonah Tremayne", org=("Lister Cole Solicitors", "listercole.co.uk"), title="Trainee Solicitor")

S("pexa", "Why is PEXA emailing me surveys?", """
I sold my flat earlier this year. I had never heard of PEXA until your emails started, and now I am getting 'tell us about your home-moving experience' surveys and an invitation to join a customer panel. I have deleted four so far.

I don't have an account with you and I don't remember agreeing to any of this. [[informed|Which firm gave you my details, and on what legal basis are you using them for surveys?]] [[objection|I object to my details being used for surveys, panels or any other marketing.]]

I'd like a proper reply, please.
""", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Unwanted surveys using data he never gave PEXA, with a reply demanded: implicit complaint about unexpected use "
  "(personal_data, category personal_data, no breach); source and legal basis = informed; objecting to surveys and "
  "marketing = objection.", gender="m")

S("pexa", "Training session cancelled again", """
The advanced lodgement session I booked was cancelled for the second time on Thursday, twenty minutes before it was due to start. Both times I had cleared my diary and briefed a colleague to cover my files. I'd like to know when it will actually run and why the cancellations keep happening at such short notice.

While I'm writing: the introductory session I attended in March was recorded, and I'd rather no recording of me was kept. [[erasure|Please delete the recording of me, or the parts where I appear.]]
""", L(c=True, r="erasure", cat="training"),
  "Two short-notice cancellations with an explanation demanded: implicit complaint, category training; deleting the "
  "old recording of her is erasure, asked alongside a non-data grievance, so personal_data=false.",
  gender="f", org=("Keele & Marsh Solicitors", "keelemarsh.co.uk"), title="Conveyancing Assistant")

S("pexa", "Completion delayed - Thames Valley", """
Our purchase was meant to complete at 1pm on Friday. Our conveyancer tells us everything was ready in the PEXA workspace, but Thames Valley Mortgages didn't release the funds until Monday afternoon, so we spent the weekend in a hotel with two children and a removal van on hire. The lender won't tell us why.

I would like the lender to explain and to pay our costs.

[[access|Separately, please send me a copy of the information PEXA holds about me for this purchase, including the times recorded in the workspace.]] We need it for our claim.
""", L(c=True, r="access", cat="delay", firm="tvm"),
  "A borrower's complaint about his lender's late funds is purely about the participant firm (forward, "
  "about_other_firm=tvm, category delay); the copy of his data is asked of PEXA itself, so access counts, and "
  "personal_data stays false.", gender="m")

S("pexa", "Can't get my documents from Marsh & Penrose", """
I sold my house through Marsh & Penrose in January. I have asked them four times for access to the completed file, the transfer deed and the final statement, because my ex-husband disputes how the proceeds were split. Each time I'm told someone will 'get back to me', and nobody does. Their phone goes to voicemail.

They used your system for the sale, so I'm hoping you can do something. I can't get my documents and I'm running out of patience.
""", L(c=True, cat="service_quality", firm="mpc"),
  "Her grievance is purely her conveyancer's unhelpfulness (forward, about_other_firm=mpc, service_quality); "
  "'access to the file' was asked of Marsh & Penrose, not PEXA, so rights=[].", gender="f")

S("pexa", "Complaint about May invoice - cancelled workspaces charged", """
Please log this as a complaint. Our May invoice charges the full per-workspace fee for eleven workspaces that were cancelled before any settlement took place, mostly remortgages the customers withdrew from. Your fee schedule says cancelled workspaces are not charged.

Please correct the invoice and credit the difference, and tell me whether the same error affected April, because our finance team can't reconcile it. The workspace numbers are listed in the attached sheet.
""", L(c=True, ex=True, cat="fees_charges"),
  "A lender calls its grievance a complaint about fees for cancelled workspaces: explicit, fees_charges, "
  "about_other_firm=null as Kestrel is only the sender; 'correct the invoice' concerns billing, not personal data, "
  "so rights=[].", org=("Kestrel Building Society", "kestrelbs.co.uk"), title="Completions Team Leader",
  reg="formal")

S("pexa", "Our client: Mrs Alison Fairbairn - data request and preservation", """
We act for Mrs Alison Fairbairn, whose sale of 3 Rookery Close, Harrogate, through workspace {ws}, failed to settle on 28 February. Mrs Fairbairn is considering a claim against her former conveyancer, and her signed authority is attached.

[[access|On her behalf, please provide a copy of the personal data PEXA holds about Mrs Fairbairn in connection with that workspace, including the audit trail and any messages.]]

[[restriction|As she needs this information for possible legal proceedings, please do not delete or alter any of it until we confirm the matter has concluded.]]

We would be grateful for an acknowledgement.
""", L(r="access,restriction", tp=True),
  "A solicitor acting for a client (third_party) with a neutral request to PEXA: a copy of her data is access, and "
  "keeping it unaltered for legal claims is restriction; nothing is complained of to PEXA, so complaint=false.",
  org=("Pemberton Quayle Solicitors", "pembertonquayle.co.uk"), title="Associate", reg="formal", dp=True)

S("pexa", "Dad's identity check - Mr Ernest Whitlow", """
My father, Ernest Whitlow, is 84 and selling his house in Bridport. I help him with paperwork and hold a lasting power of attorney, which I can send you. His solicitor asked him to complete the online identity check linked to PEXA, and on Tuesday it came back 'unable to verify'. He has lived at the same address for forty years, so we are a bit puzzled.

[[automated_decision|Could someone at PEXA review Dad's check by hand rather than relying on the automatic result?]] [[informed|And could you explain what information about him the check uses and where it gets it from?]]

There's no great rush, completion isn't until August.
""", L(r="automated_decision,informed", tp=True),
  "An attorney daughter writes for her father (third_party) without dissatisfaction, so not a complaint; a manual "
  "review instead of the automatic result is automated_decision, and what data the check uses and its source is "
  "informed.", gender="f")

S("pexa", "Letters still going to my old flat", """
My conveyancers, Ashby Crane Property Lawyers, are handling my purchase on PEXA. I moved out of my rented flat in April and gave them my new address in writing twice. Their letters, including one with my bank details and mortgage offer, still go to the old flat, where my former landlord opens the post.

I'm told PEXA is the system they use. Please get them to update their records, because they are not listening to me.
""", L(c=True, pd=True, br=True, cat="personal_data", firm="unknown"),
  "A purchaser's complaint purely about her non-directory conveyancer's wrong address and misdirected letters "
  "(about_other_firm=unknown, personal_data, breach as the landlord opens them); 'get them to update their records' "
  "asks another firm, not PEXA, so rights=[].", gender="f")

S("pexa", "Supplier due diligence questionnaire", """
We are reviewing our suppliers for our annual data protection audit. Could you tell us how long PEXA keeps completed workspace documents and audit logs, where they are hosted, and whether you hold ISO 27001 certification?

If you have a standard security pack or data processing agreement template for subscribers, that would save us both time.
""", L(),
  "A subscriber firm's due diligence about PEXA's retention and hosting is a business enquiry, not a person asking "
  "about the processing of their own data, so informed does not apply: rights=[], not a complaint.",
  org=("Greyfriars Law LLP", "greyfriarslaw.co.uk"), title="Compliance Manager", reg="formal")

S("pexa", "Lodgement keeps being rejected by the system", """
Our discharge for workspace {ws} has been rejected three times since yesterday by the automatic pre-lodgement check, each time with 'Title mismatch - code 417'. The title number is correct, it matches the official copy, and the same document went through without trouble on a similar file last week. Completion is tomorrow at noon.

I need a person on your side to look at the check, because the system is getting it wrong. Please call me on my direct line as soon as you can.
""", L(c=True, cat="platform_defect"),
  "A failing lodgement check with a deadline and a demand is an implicit complaint, platform_defect; asking for a "
  "person to look at a document validation is not automated_decision, which concerns decisions about an "
  "individual, so rights=[].", org=("Rowe & Kinsella", "rowekinsella.co.uk"), title="Post-Completion Manager")

S("pexa", "Complaint about a call with your support desk", """
On 6 June I rang your support desk about a locked account. During the call I mentioned, in confidence, that I had been off sick with anxiety and was behind on my training modules. Two days later our firm's platform administrator told me that PEXA support had emailed him saying I was 'off with mental health issues' and might need extra supervision.

I did not agree to that and I am very upset. I am making a formal complaint about how my information was handled.

[[access|Please send me a copy of the notes of my call, the recording if there is one, and the email that was sent to my administrator.]]
""", L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "Health details passed by PEXA support to her firm's administrator without consent: explicit complaint, "
  "personal_data with breach (disclosed to someone who should not have it), category personal_data; the call notes, "
  "recording and email are an access request.", gender="f")

S("pexa", "Assessment result on my profile", """
My PEXA profile shows that I failed the lender module assessment on 14 May. I'm fairly sure I passed: I remember the score screen saying 82%. It may be a mix-up with a colleague who sat it on the same day.

[[restriction|While you check, please don't share that result with my firm or include it in any reports to them.]]

Thanks for looking into it.
""", L(r="restriction"),
  "A calm query about a result he believes is wrong, with no dissatisfaction expressed, so not a complaint; 'don't "
  "share it while you check' is restriction while accuracy is contested (no correction is asked for yet).",
  gender="m", org=("Heathcote Bank", "heathcote.co.uk"), title="Mortgage Operations")

S("pexa", "Re: your data export", """
Last month I asked for my user and billing data in CSV format because I'm closing my practice and moving my records to a bookkeeping package. What arrived is a 140-page PDF of screenshots, and the billing section is missing entirely.

That is no use to me. [[portability|Please send the user and billing data as CSV files, as I asked, so I can import them.]] I'd also like to know why the request was handled like this.
""", L(c=True, pd=True, r="portability", cat="personal_data"),
  "A rights request answered with an unusable PDF, with a fix demanded: implicit complaint about a badly handled "
  "data request (personal_data, category personal_data); CSV files to import into another package = portability.",
  org=("Lyle Conveyancing", "lyleconveyancing.co.uk"), title="Sole Practitioner",
  quote=("PEXA Data Protection", "Hello,\n\nFurther to your request, please find attached an export of the information "
                                 "held on your user account.\n\nReference {ref}\n\nPEXA Data Protection"))

S("pexa", "New user productivity dashboard", """
Our managers have been told that PEXA's new analytics dashboard will score each user on settlement speed and error rates, and that the score may be used to set our approval limits automatically.

Before it goes live for our team, I want to register two things. [[objection|I object to my activity on the platform being used to build an individual productivity profile of me.]] [[automated_decision|If my approval limit is ever set or changed by the system on the basis of that score, I want the decision made by a person instead.]]

I'm not unhappy with the platform itself; I'd just like this on record.
""", L(r="objection,automated_decision"),
  "A calm, pre-emptive notice with no grievance, so not a complaint; objecting to individual profiling of her "
  "activity is objection, and a person instead of a system-set limit is automated_decision.",
  gender="f", org=("Thames Valley Mortgages", "tvmortgages.co.uk"), title="Settlements Analyst", dp=True)

S("pexa", "I keep getting emails about a house I'm not buying", """
For three weeks I've been getting PEXA emails about a purchase in Leamington Spa that has nothing to do with me. They show the buyers' names, the price and the completion date. I have never bought property in Leamington and I don't know these people. I replied to one of the emails and nothing changed.

Those people's details shouldn't be coming to me, and I don't want my email address attached to their purchase. [[erasure|Please remove my email address from that workspace and from anything else it has been added to.]] [[informed|I'd also like to know how my address ended up in your system in the first place.]]
""", L(c=True, pd=True, br=True, r="erasure,informed", cat="personal_data"),
  "Strangers' purchase details keep reaching her and her address is attached to their workspace: implicit complaint "
  "about data handling with a breach (data sent to the wrong person); removing her address is erasure, how it got "
  "there is informed.", gender="f")

S("pexa", "Our client Ms Priya Lakhani - use of her name and photograph", """
We act for Ms Priya Lakhani, formerly a completions manager at Beacon Home Finance. Ms Lakhani took part in a PEXA case study in 2022 while employed there. She left Beacon last year, and the case study, with her name, photograph and quotations, is still on your website and in a brochure your sales staff handed out at a conference in May.

Ms Lakhani now works for a competitor of Beacon and the continued publication is causing her real embarrassment. [[objection|On her instructions, she objects to PEXA continuing to use her name, image and words in any promotional material.]] [[erasure|She also asks that the photograph and quotations be erased from your systems.]]

Please confirm within 14 days what action you will take.
""", L(c=True, pd=True, r="objection,erasure", tp=True, cat="personal_data"),
  "A solicitor writes for a former user (third_party) about her name and photo still used in marketing, with a "
  "deadline: implicit complaint, personal_data, category personal_data; objection to promotional use and erasure of "
  "the photo and quotes; Beacon is only her former employer, so about_other_firm=null.",
  org=("Ferris Mortimer LLP", "ferrismortimer.co.uk"), title="Partner", reg="formal")

S("pexa", "Formal complaint - wrong verification status on my profile", """
This is a formal complaint. When I joined Marlow Tennant in March, their administrator was told by PEXA that my identity verification had 'failed at a previous firm' and that I could only be added as a read-only user. I have never failed a verification, and my previous employer confirms my account was closed normally when I left.

I have now been on read-only access for seven weeks and cannot run my own files.

[[access|I want a copy of all the personal data PEXA holds about me, including the verification records.]] [[informed|Tell me where the 'failed' status came from and who has been told about it.]] [[rectification|Then correct my record so it shows the true position.]]
""", L(c=True, ex=True, pd=True, r="access,informed,rectification", cat="personal_data"),
  "An explicit complaint about a false status on her record passed to her new employer: personal_data (inaccurate "
  "data held and shown), category personal_data, no breach; copy = access, source and recipients = informed, "
  "correct the record = rectification.", gender="f", reg="formal")

# -------------------------------------------------------------------------------------- Conexus

S("conexus", "Subject access request - account {acct}", """
I am applying for a debt relief order with the help of an adviser and need to get my records together.

[[access|Under data protection law, please send me a copy of all the personal data you hold about me, including letters, account notes and any recordings of phone calls.]]

My date of birth is {dob} and my address is the one on your letters. Email is fine.
""", L(r="access"),
  "A neutral subject access request with no dissatisfaction: access; mentioning an adviser does not make it third "
  "party.", dp=True,
  short=("Data request",
         "[[access|Please send me a copy of all the information you hold about me, including call recordings.]] Account {acct}."),
  subject_only="[[access|Please send a copy of all the data you hold on me - acc {acct}]]")

S("conexus", "Wrong name and address - again", """
I have told you twice, on 3 March and 19 April, that since my divorce I use my maiden name and no longer live at 22 Farrow Street. Your letters still come in my married name to that address, where my ex-husband lives and now opens them.

[[rectification|Change the name and address on my account to the ones in this email.]] [[restriction|Until you have done that, do not send anything to Farrow Street or use that address for anything.]]

I want written confirmation, not another phone call.
""", L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Ignored corrections and letters opened by her ex-husband: implicit complaint about inaccurate data with a breach "
  "(post read by the wrong person), category personal_data; change the name and address = rectification, don't use "
  "the old address meanwhile = restriction.", gender="f")

S("conexus", "Payment history as a spreadsheet", """
I've been paying £25 a month on account {acct} since 2023 and I'm now using a budgeting app to keep track of everything.

[[portability|Could you send me my payment history in a machine-readable format such as CSV, so I can import it into the app?]]

My debt adviser at Northbridge Money Advice suggested I ask. Thanks.
""", L(r="portability"),
  "A neutral request: payment history as CSV to import into an app is portability; he mentions his adviser but "
  "writes for himself, so third_party=false.", gender="m")

S("conexus", "Formal complaint - our client Mr Kieran Doyle, {acct}", """
I am a debt adviser at Fenwick Community Advice and act for Mr Kieran Doyle, whose signed authority you have had since February. I am writing to make a formal complaint about a call your agent made to Mr Doyle on 12 May.

Mr Doyle told the agent he had recently been discharged from a mental health ward. The agent carried on pressing him to pay £300 that day, suggested he borrow from family, and ended the call by saying the account 'would go legal' by Friday. He was extremely distressed afterwards.

[[access|Please provide a copy of the recording of that call and of the account notes made that day.]] We also expect the account to be put on hold while you investigate, and a written response.
""", L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "An adviser acting for her client (third_party) makes a formal complaint about pressure on a vulnerable debtor: "
  "explicit, collection_conduct; the recording and notes are an access request, but the grievance is not data "
  "handling, so personal_data=false; 'put on hold' is a conduct remedy.",
  gender="f", org=("Fenwick Community Advice", "fenwickadvice.org.uk"), title="Debt Adviser", reg="formal")

S("conexus", "Client contact details - {acct}", """
I support Mrs Denise Rowntree with her debts and you hold our authority form. Mrs Rowntree changed her mobile number in April and the new number is {phone}. [[rectification|Please update her record with the new number.]]

Her old number is no longer in use. [[erasure|Please delete the old number from her file so it isn't used again.]]

Thank you for your help.
""", L(r="rectification,erasure", tp=True),
  "An adviser writes for her client (third_party) without dissatisfaction: update to the new number = "
  "rectification, delete the old one = erasure.",
  gender="f", org=("Hollybank Debt Advice", "hollybankadvice.org.uk"), title="Caseworker")

S("conexus", "How do you know where I work?", """
On your call yesterday the agent mentioned my employer by name and asked whether I was 'still on the same shift pattern at the depot'. I have never told Conexus where I work, and as far as I know neither did the original creditor. It was unnerving, frankly.

[[informed|I want to know where you got information about my job, what else you have been told about me, and what you are using it for.]] [[access|Send me a copy of everything you hold about me, including the notes of that call.]]
""", L(c=True, pd=True, r="informed,access", cat="personal_data"),
  "Unnerved by data he never gave and demanding answers: implicit complaint about data obtained unexpectedly "
  "(personal_data, category personal_data, no breach as nothing was disclosed); source and use = informed, "
  "copy = access.", gender="m", reg="casual")

S("conexus", "Offers from your partners", """
My plan on account {acct} is going fine and I'm happy to keep paying it. Recently, though, your letters have come with leaflets for loans and 'debt solutions' from other companies.

[[objection|I object to my details being used for marketing or for offers from anyone else.]] Please just send me what relates to my account.
""", L(r="objection"),
  "Calm and content with the plan, so not a complaint; objecting to marketing use of his details is objection.",
  gender="m",
  short=("marketing", "[[objection|I object to my details being used for any marketing, yours or your partners'.]] Account {acct}."))

S("conexus", "Payment offer rejected by your website", """
I tried to set up a payment plan on your website last night. I filled in my income and outgoings honestly and offered £40 a month, which is genuinely what I can afford as a carer on benefits. The site rejected it instantly and said the minimum acceptable payment is £165. There was no one to speak to.

I can't pay £165. [[automated_decision|I'd like a person, not the website, to look at my income and outgoings and decide on my offer.]] [[informed|Please also explain what information the website used to come up with £165.]]
""", L(c=True, r="automated_decision,informed", cat="collection_conduct"),
  "An unaffordable demand set by the website, with a remedy asked: implicit complaint about how the debt is pursued "
  "(collection_conduct); a person deciding instead of the site is automated_decision and what data it used is "
  "informed; personal_data=false as the grievance is the demand.")

S("conexus", "complaint - voicemail on our home phone", """
I'm complaining about a message your company left on our home answerphone on Saturday. It gave my full name, said I owed £1,870 to a creditor and asked me to 'call to avoid further action'. My teenage son played it before I got home. I have never given you the landline number and I've only ever dealt with you by email.

[[erasure|Delete our landline number from your records.]] I also want an apology and an explanation of how this was allowed to happen.
""", L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "An explicit complaint that the debt was disclosed on a household answerphone (breach, personal_data, category "
  "personal_data as the disclosure is the main grievance); deleting the landline number is erasure.", reg="casual")

S("conexus", "Constituent enquiry: Mr Tobias Grant, {acct}", """
I am writing on behalf of my constituent, Mr Tobias Grant, whose signed consent is attached. Mr Grant received your first letter in March about a debt from 2017 and does not recognise it.

[[informed|On his behalf, please explain which creditor passed this account to you, what personal information about him you received, and on what basis you are processing it.]] [[access|He would also like a copy of the personal data you hold about him.]]

I would be grateful for a reply to this office.
""", L(r="informed,access", tp=True),
  "An MP's office writes for a constituent (third_party) asking questions rather than voicing dissatisfaction or "
  "demanding a remedy, so not a complaint; source, data received and basis = informed, a copy = access.",
  org=("Office of Helen Marchbank MP", "parliament.uk"), title="Senior Caseworker", reg="formal")

S("conexus", "Northline Energy account - I'd moved out", """
You are chasing me for £612 on behalf of Northline Energy. I moved out of 9 Calder Terrace on 30 September and gave Northline a final meter reading that day, and I have the email to prove it. Their final bill is based on estimated readings for four months after I left, when somebody else was living there.

Northline need to sort out their bill, and until they do I don't owe this. [[access|Please send me a copy of the information Northline passed to you about me and the account.]]
""", L(c=True, r="access", cat="debt_dispute", firm="nte"),
  "The root cause is the creditor's own bill (estimated readings after he left), which only Northline can fix: "
  "about_other_firm=nte, debt_dispute; the copy of what Conexus received about him is access asked of Conexus.",
  gender="m")

S("conexus", "Texts to my father", """
My father, Mr Leonard Price, is 81 and has early Alzheimer's. He has a payment arrangement with you which I help him manage. Since May he has been getting texts from you about 'exclusive debt consolidation offers' from your partners, and last week he rang one of the numbers and nearly signed up for a loan.

This is the last thing he needs. [[objection|On his behalf I object to his details being used for marketing of any kind.]] Please confirm this has been stopped and tell me why a vulnerable customer was sent these.
""", L(c=True, pd=True, r="objection", tp=True, cat="personal_data"),
  "A daughter writes for her vulnerable father (third_party) about his data used for marketing texts, with a remedy "
  "demanded: implicit complaint, personal_data, category personal_data (the grievance is the marketing use, not how "
  "the debt is pursued); the objection to marketing on his behalf counts.", gender="f")

S("conexus", "Not my debt - complaint", """
I want to make a complaint about how you are dealing with account {acct}. This Pennant Mobile contract was opened in my name by someone else. I reported it to Action Fraud and sent you the crime reference and my police statement on 2 April. Three weeks later I have had two more demands and a text threatening a doorstep visit, as if I'd sent nothing.

[[restriction|While you investigate, do not use my details to pursue this account or report it to any credit reference agency.]] I expect a written response to the fraud report I sent.
""", L(c=True, ex=True, r="restriction", cat="debt_dispute"),
  "An explicit complaint that Conexus ignores his fraud evidence and keeps pursuing a debt he does not owe: "
  "debt_dispute, about_other_firm=null because the grievance is Conexus's own handling; not using his data while "
  "the dispute is investigated is restriction.", gender="m")

S("conexus", "Letter saying my account was 'selected for litigation review'", """
I received your letter dated 3 June saying my account {acct} had been 'assessed and selected for litigation review'. I'm keeping up with my plan as far as I know, so I would like to understand it.

[[automated_decision|If that selection was made automatically by a computer system, I ask that a member of staff reviews it and makes the decision instead.]] [[objection|I also object to my data being used to profile me for scoring of this kind beyond what is needed to run the account.]]

Thank you.
""", L(r="automated_decision,objection"),
  "A calm request to understand a letter, with no dissatisfaction stated, so not a complaint; staff deciding instead "
  "of a system = automated_decision, objecting to profiling = objection.", reg="formal", dp=True)

S("conexus", "My name and title", """
In January I sent you a copy of my deed poll and asked you to change my name and title on account {acct}. Since then I have had four letters and a text still using my old name and 'Mr'. Each one is upsetting, and I shouldn't have to keep asking.

[[rectification|Please change my name and title to the ones on the deed poll, which I have attached again.]]
""", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Repeated use of her old name and title after she supplied a deed poll: implicit complaint about inaccurate data "
  "held (personal_data, category personal_data, no breach); change the name and title = rectification.", gender="f")

S("conexus", "tried ringing 3 times", """
tried to ring you 3 times this week to ask for my call recordings and the account notes, on hold 35 mins, 50 mins and then cut off at 1hr. is anyone actually there?? [[access|Please just email me copies of the call recordings and account notes for {acct}.]] not hanging on the phone again
""", L(c=True, r="access", cat="wait_time"),
  "Long holds and a dropped call with a demand: implicit complaint, wait_time (waiting to reach someone); the "
  "recordings and notes are an access request, but the grievance is the phone queue, so personal_data=false.",
  reg="casual",
  short=("[[access|email me my call recordings + notes pls]]", "on hold nearly an hour twice this week then cut off. is anyone there?? acc {acct}"))

S("conexus", "Client {acct}: payment history and updated budget", """
I'm an adviser with Calderbrook Money Advice and I'm helping Mr Samir Haddad, whose authority form is attached.

[[portability|Please send us Mr Haddad's transaction history as a CSV file so we can load it into our debt management software.]]

[[rectification|His income and outgoings have changed since his partner moved out, so please update the budget figures on his record with the attached statement.]]

Many thanks.
""", L(r="portability,rectification", tp=True),
  "An adviser writes for her client (third_party) with routine requests: a CSV for their software = portability, "
  "updating his out-of-date income and outgoings record = rectification.",
  gender="f", org=("Calderbrook Money Advice", "calderbrookadvice.org.uk"), title="Money Adviser")

S("conexus", "Subject access request - still nothing", """
I sent a subject access request seven weeks ago and had the acknowledgement below. Since then I have received nothing, not even a request for ID. My adviser needs the information for my insolvency application and we're stuck.

[[access|Please send me the copy of my personal data that I asked for, in full, by email.]] I'd also like to know why it has taken this long.
""", L(c=True, pd=True, r="access", cat="personal_data"),
  "A seven-week-old subject access request ignored: a 'still waiting' chaser, but what is late is a data-rights "
  "request, so personal_data=true and the more specific category personal_data rather than delay; re-asking for "
  "the copy is access.",
  quote=("Conexus Data Protection", "Dear Customer,\n\nThank you for your request for a copy of your personal data, "
                                    "which we received today. We will respond within one calendar month.\n\n"
                                    "Reference {ref}\n\nData Protection Team\nConexus"),
  always_quote=True)

S("conexus", "Our client Ms Grace Adeyemi - complaint, {acct}", """
We act for Ms Grace Adeyemi and write to make a formal complaint on her behalf. On 14 and 16 May one of your agents telephoned Ms Adeyemi's employer, a small dental practice, and told the receptionist that he was calling 'about an unpaid debt' and needed to confirm her working hours. Ms Adeyemi has since been questioned about it by her practice manager and is mortified.

Your agent had no reason to call her workplace: Ms Adeyemi has been paying under an agreed plan since January.

[[erasure|Our client requires you to delete her employer's details from your records.]] [[access|She also requests a copy of all notes and recordings relating to calls made to her employer.]]

We look forward to your full response within eight weeks.
""", L(c=True, ex=True, pd=True, br=True, r="erasure,access", tp=True, cat="collection_conduct"),
  "A solicitor's formal complaint for a client (explicit, third_party) about an agent disclosing the debt to her "
  "employer: collection_conduct as the main theme, with personal_data and breach for the disclosure; delete the "
  "employer's details = erasure, notes and recordings = access.",
  org=("Okafor Lindsay Solicitors", "okaforlindsay.co.uk"), title="Solicitor", reg="formal")

S("conexus", "Account {acct} - ombudsman case and my data", """
I have a case open with the Financial Ombudsman against Sterling Credit about whether this loan should ever have been given to me. Sterling have told me they have asked you to pause collection while it is looked at.

[[informed|Could you tell me which other organisations you have shared my details with since the account was passed to you?]] [[restriction|While the ombudsman case is ongoing, please keep my data but do not use it for anything other than storing it.]]

Thanks for your help.
""", L(r="informed,restriction"),
  "No dissatisfaction with Conexus (the dispute with Sterling Credit is with the ombudsman), so not a complaint and "
  "about_other_firm stays null; which organisations received his data = informed, keep but do not use it "
  "meanwhile = restriction.", gender="m", dp=True)

S("conexus", "Sterling Credit loan - should never have been lent", """
You've written to me about a Sterling Credit loan from 2021. Sterling lent me £3,000 when I was already behind on two other loans and on universal credit. They never checked what I could afford, and the interest has doubled what I owe. I've been told that is irresponsible lending, and I want Sterling to look at it properly before anyone chases me for it.

[[rectification|Also, the phone number and address you have for me are from two moves ago, so please update them to the ones below.]]

14 Whinmoor Court, Leeds LS14 2JD, mobile {phone}
""", L(c=True, r="rectification", cat="debt_dispute", firm="scl"),
  "The root cause is the creditor's lending decision, which only Sterling Credit can fix: about_other_firm=scl, "
  "debt_dispute; updating his contact details with Conexus is rectification, a side request, so "
  "personal_data=false.", gender="m")

S("conexus", "Account settled - my records", """
I made the final payment on account {acct} last week and received your letter confirming the balance is cleared. Thank you for being reasonable about the plan.

[[portability|Before you close my file, please email me my full payment history as a CSV file so I can keep it in my household accounts software.]] [[erasure|After that, please delete my personal details, apart from anything you are legally obliged to keep.]]
""", L(r="portability,erasure"),
  "Thanks after a settled account and no dissatisfaction: not a complaint; a CSV to load into software = "
  "portability, delete my details = erasure.",
  short=("Account cleared",
         "[[erasure|My account {acct} is cleared, so please delete my personal details unless you must keep them.]] [[portability|Please send my payment history as a CSV file first, for my accounts software.]]"))

S("conexus", "My plan was cancelled by your system", """
My bank had an IT problem on 1 June and my £30 payment bounced through no fault of mine. I paid it the next day by card. Even so, your system cancelled my payment plan automatically, the balance went back up to the full amount and I got a letter saying the account is being passed to your litigation team.

I've paid every month for two years. [[automated_decision|I want a real person to review the cancellation, not an automatic rule.]] [[restriction|Until someone has looked at it, don't pass my details on to any solicitors.]]
""", L(c=True, r="automated_decision,restriction", cat="collection_conduct"),
  "An automatic cancellation after one bank-caused bounced payment, with a remedy demanded: implicit complaint about "
  "how the debt is pursued (collection_conduct); a human review = automated_decision, not passing his data to "
  "solicitors until reviewed = restriction.", gender="m")

S("conexus", "Stop ringing me at work", """
Your agents have rung my mobile eleven times since Monday, mostly while I'm at work on a hospital ward where I can't answer. I have a payment plan and I haven't missed a payment. Yesterday someone rang four times in an hour.

Stop calling me during the day. If you need me, write to me. I want to know why this is happening when my account is up to date.
""", L(c=True, cat="collection_conduct"),
  "Excessive calls with a demand and an explanation asked: implicit complaint, collection_conduct; 'stop calling me' "
  "is a conduct remedy, not objection, so rights=[].", gender="f")

S("conexus", "Wrong attachment + can't log in", """
Sorry, the email I sent you an hour ago had the wrong attachment, my gas bill instead of my bank statement. Please delete that one and use the statement attached here.

Also I can't access the online portal any more. It says my password has expired but the reset link never arrives. Could you reset it for me? Account {acct}.
""", L(),
  "Deleting a wrongly sent attachment and getting back into the portal are service requests, not erasure or access "
  "rights; no dissatisfaction, so not a complaint.", reg="casual")

S("conexus", "Westbury council tax - I didn't live there", """
Your letter says I owe Westbury Borough Council £1,140 in council tax for 2023-24 at 5 Millbrook Lane. I moved out of that house in March 2023 and have the tenancy agreement for my new flat in Trowbridge to prove it. I've asked the council for a copy of their records on me twice and got nowhere.

The council needs to cancel this bill. Please pass this on to them and stop pursuing me for it.
""", L(c=True, cat="debt_dispute", firm="wbc"),
  "The bill itself is wrong, so only the council can fix the root cause: about_other_firm=wbc, debt_dispute; the "
  "records request was made to the council, not Conexus, so rights=[].")

S("conexus", "March placement - data file request", """
For our quarterly reconciliation, could you send us the data file for the accounts we placed with you in March (batch {batch}) in CSV format, with current balances and status? Access to the client portal is still down on our side, so email would be best.
""", L(),
  "A creditor client asking for its own placement file is a business request, not a data subject's right, and "
  "'access to the portal' is a login: rights=[], not a complaint; Pennant is only the sender.",
  org=("Pennant Mobile", "pennantmobile.co.uk"), title="Collections Analyst")

S("conexus", "Complaint about your agent's attitude", """
I want to complain about the man I spoke to on Wednesday afternoon. When I asked for his name he refused and said 'you don't need it', talked over me every time I tried to explain my situation, and then laughed when I said I was a single parent.

Please get a manager to listen to the recording of that call and then ring me back. I expect an apology.
""", L(c=True, ex=True, cat="service_quality"),
  "An explicit complaint about a rude agent: service_quality (how she was served, no pressure to pay described); "
  "asking a manager to listen to the recording is not a request for a copy, so rights=[].", gender="f")

S("conexus", "Breathing Space notification - Ms Carla Nunes", """
Please note that our client, Ms Carla Nunes, entered a standard Breathing Space on {bsdate}. Please put her account on hold, stop all collection activity, and do not add interest or charges until the moratorium ends. Confirmation from the Insolvency Service is attached.

Please direct any contact to me at this office.
""", L(tp=True),
  "A money adviser's routine Breathing Space notice for a client (third_party, not a complaint); putting the account "
  "on hold and stopping activity is the moratorium, not restriction of processing, so rights=[].",
  org=("Ridgeway Debt Advice", "ridgewaydebtadvice.org.uk"), title="Money Adviser", reg="formal")

S("conexus", "£45 added to my balance", """
My balance went up from £812.40 to £857.40 this month and when I rang I was told it's a 'tracing fee' because my post was returned. My post was returned because of a mix-up at the sorting office, which Royal Mail have confirmed to me in writing.

Take the fee off and correct the balance, please, and send me a statement showing it's gone.
""", L(c=True, cat="fees_charges"),
  "An added tracing fee disputed with a remedy demanded: implicit complaint, fees_charges (a fee added on top); "
  "'correct the balance' and a statement concern the account, not rectification or access, so rights=[].")

# ---------------------------------------------------------------------------------------------
# envelopes

FEMALE = ("Amelia", "Bethan", "Chloe", "Deborah", "Eilidh", "Fatima", "Gemma", "Hannah", "Imogen", "Joanne",
          "Kirsty", "Leanne", "Maryam", "Niamh", "Olivia", "Pauline", "Rachel", "Sinead", "Tamsin", "Yvonne",
          "Zara", "Lucy", "Claire", "Anita", "Agnieszka", "Shreya")
MALE = ("Adam", "Bilal", "Callum", "Darren", "Euan", "Faisal", "Gareth", "Harvey", "Ibrahim", "Jamie", "Lewis",
        "Mohammed", "Neil", "Owen", "Piotr", "Ravi", "Simon", "Tom", "Wayne", "Stuart", "Craig", "Dominic",
        "Tunde", "Rory")
SURNAMES = ("Ashworth", "Bannerman", "Chaudhry", "Devlin", "Ellwood", "Fairclough", "Gillespie", "Hargreaves",
            "Iqbal", "Jennings", "Kowalski", "Lamb", "McAllister", "Nwosu", "O'Hara", "Pickering", "Quinlan",
            "Rahman", "Sutcliffe", "Thorburn", "Underwood", "Varley", "Whitaker", "Yilmaz", "Abbott", "Brennan",
            "Carver", "Doherty", "Evans", "Fletcher", "Gallagher", "Holt", "Ingram", "Jarvis", "Khan", "Lowther",
            "Morrison", "Nash", "Osei", "Patel", "Rushworth", "Szymanska", "Tait", "Wardle")
WEBMAIL = ("gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com",
           "live.co.uk", "sky.com", "proton.me", "virginmedia.com")
GREETINGS = {
    "formal": ("Dear Sir or Madam,", "Dear {firm} team,", "To whom it may concern,", "Dear Sirs,"),
    "neutral": ("Hello,", "Hi,", "Good morning,", "Good afternoon,", "Hello {firm},", "Dear {firm},", "Hi there,"),
    "casual": ("", "", "Hi", "hello"),
}
DP_GREETINGS = ("Dear Data Protection Officer,", "Dear Data Protection Team,")
SIGNOFFS = {
    "formal": ("Yours faithfully,", "Kind regards,", "Yours sincerely,", "Regards,"),
    "neutral": ("Thanks,", "Many thanks,", "Kind regards,", "Regards,", "Best wishes,", "Thank you,"),
    "casual": ("", "thanks", "Cheers,", "ta"),
}
QUOTE_SENDERS = {"pexa": ("PEXA Customer Support", "PEXA Support Team"),
                 "conexus": ("Conexus Customer Services", "Conexus Customer Care")}
QUOTE_TEXTS = {
    "pexa": ("Hello,\n\nThank you for getting in touch. Your enquiry has been logged under reference {ref} and a "
             "member of the team will reply within five business days.\n\nKind regards\nPEXA Customer Support",
             "Hi,\n\nThanks for your message. So that we can help, please reply with your user ID or the workspace "
             "number concerned.\n\nCase {ref}\nPEXA Support"),
    "conexus": ("Dear Customer,\n\nThank you for your email, which we received today. We will look into it and "
                "reply as soon as possible. Please quote {ref} in any further correspondence.\n\n"
                "Conexus Customer Services",
                "Thank you for contacting Conexus. Your message has been passed to the relevant team under case "
                "{ref}.\n\nYou can make a payment online at any time."),
}
QUOTE_DATES = ("Mon, 3 Mar 2025 at 09:14", "Tue, 15 Apr 2025 at 16:40", "Wed, 7 May 2025 at 11:02",
               "Thu, 22 May 2025 at 08:55", "Fri, 6 Jun 2025 at 14:21", "Mon, 16 Jun 2025 at 10:37")
MONTHS = ("January", "February", "March", "April", "May", "June")
FULL_ENVS = ("plain", "html", "quoted", "quoted_html", "typos", "typos_quoted")
QUOTED_ENVS = ("quoted", "quoted_html", "typos_quoted")


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower())


def make_sender(sc, rng):
    """(display name, address): the scenario's fixed name or one from the pools; the org's domain or webmail."""
    if sc["name"]:
        first, last = sc["name"].split(" ", 1)
    else:
        pool = FEMALE if sc["gender"] == "f" else MALE if sc["gender"] == "m" else FEMALE + MALE
        first, last = rng.choice(pool), rng.choice(SURNAMES)
    f, la = slug(first), slug(last)
    if sc["org"]:
        local = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}", f"{f}.{la}"))
        return f"{first} {last}", f"{local}@{sc['org'][1]}"
    nn = rng.randrange(1, 99)
    local = rng.choice((f"{f}.{la}", f"{f[0]}{la}{nn}", f"{f}{la}{nn}", f"{la}.{f}", f"{f}_{la}", f"{f}.{la}{nn}"))
    return f"{first} {last}", f"{local}@{rng.choice(WEBMAIL)}"


def placeholders(rng):
    """Invented reference numbers for one rendering (all drawn, in a fixed order)."""
    return {
        "{acct}": f"CNX-{rng.randrange(1000000, 9999999)}",
        "{ws}": f"{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}",
        "{sub}": f"S{rng.randrange(10000, 99999)}",
        "{dob}": f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 12):02d}/{rng.randrange(1958, 2001)}",
        "{phone}": f"07700 900{rng.randrange(100, 999)}",
        "{bsdate}": f"{rng.randrange(1, 28)} {rng.choice(MONTHS)}",
        "{batch}": f"PM-{rng.randrange(2025001, 2025099)}",
    }


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace(k, v)
    return text


def signature(sc, name, rng, signoff):
    first = name.split(" ")[0]
    lines = []
    if signoff:
        lines.append(signoff)
    if sc["reg"] == "casual" and not sc["org"]:
        lines.append(rng.choice((first, name)))
    else:
        lines.append(name)
    if sc["org"]:
        if sc["title"] and rng.random() < 0.7:
            lines.append(sc["title"])
        lines.append(sc["org"][0])
        if rng.random() < 0.4:
            lines.append(f"Tel: 0{rng.randrange(113, 208)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}")
    return "\n".join(lines)


def render(sc, env, rng):
    mailbox = sc["mailbox"]
    firm = FIRM_NAMES[mailbox]
    name, addr = make_sender(sc, rng)
    vals = placeholders(rng)
    greetings = GREETINGS[sc["reg"]] + (DP_GREETINGS if sc["dp"] else ())
    greeting = rng.choice(greetings).format(firm=firm)
    signoff = rng.choice(SIGNOFFS[sc["reg"]])
    sig = signature(sc, name, rng, signoff)
    if env == "subject_only":
        subject, body = sc["subject_only"], ""
    elif env == "short":
        subject, body = sc["short"]
        body = body + "\n\n" + (name.split(" ")[0] if rng.random() < 0.5 else name)
    else:
        subject = sc["subject"]
        body = "\n\n".join(p for p in (greeting, sc["body"], sig) if p)
    subject, body = fill(subject, vals), fill(body, vals)
    if env.startswith("typos"):
        body = typos_outside_marks(body, rng, MARK_RIGHTS, P_SECOND_TYPO)
    subject_marks, body_marks = rights_marks_of(subject), rights_marks_of(body)
    subject, body = strip_marks(subject, MARK_RIGHTS), strip_marks(body, MARK_RIGHTS)
    quote, headers = None, {}
    if env in QUOTED_ENVS:
        who, text = sc["quote"] if sc["quote"] else (rng.choice(QUOTE_SENDERS[mailbox]),
                                                     rng.choice(QUOTE_TEXTS[mailbox]))
        quote = (f"On {rng.choice(QUOTE_DATES)}, {who} wrote:", text)
        headers = {"in-reply-to": f"<{rng.randrange(10 ** 8, 10 ** 9)}.{mailbox}@mail.{mailbox}.co.uk>"}
    html = env in ("html", "quoted_html")
    return finish_marked_record(rng, mailbox=mailbox, sender=f"{name} <{addr}>", subject=subject, body=body,
                                html=html, quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["source"], env=env,
                                headers=headers)


def check_scenario(sc):
    """The marks of every text of a scenario name exactly its labelled rights."""
    want = set(sc["labels"]["rights"])
    texts = [sc["subject"] + "\n" + sc["body"]]
    if sc["short"]:
        texts.append(sc["short"][0] + "\n" + sc["short"][1])
    if sc["subject_only"]:
        texts.append(sc["subject_only"])
    for t in texts:
        got = {r for r, _ in rights_marks_of(t)}
        assert got == want, (sc["source"], got, want)
        assert all(r in RIGHTS for r in got), sc["source"]


def build(rng):
    records = []
    for sc in SCENARIOS:
        check_scenario(sc)
        specials = [e for e in ("short", "subject_only") if sc[e]]
        if sc["always_quote"]:
            envs = rng.sample(QUOTED_ENVS, 2)
        elif specials:
            envs = [rng.choice(specials), rng.choice(FULL_ENVS)]
        else:
            envs = rng.sample(FULL_ENVS, 2)
        for env in envs:
            records.append(render(sc, env, rng))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen[r["source"]] = r
    n_s = len(scen)
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {n_s} scenarios "
             f"({dict(collections.Counter(r['mailbox'] for r in scen.values()))})"]
    per_e = collections.Counter(x for r in records for x in r["labels"]["rights"])
    per_s = collections.Counter(x for r in scen.values() for x in r["labels"]["rights"])
    lines.append("rights (emails/scenarios): " + ", ".join(f"{x} {per_e[x]}/{per_s[x]}" for x in RIGHTS))
    multi = sum(len(r["labels"]["rights"]) > 1 for r in scen.values())
    look = [r for r in scen.values() if not r["labels"]["rights"]]
    lines.append(f"scenarios with rights {n_s - len(look)} (multi-right {multi}); look-alikes {len(look)} "
                 f"({sum(r['labels']['complaint'] for r in look)} complaints)")
    lines.append(f"complaints: {sum(r['labels']['complaint'] for r in scen.values())} scenarios, "
                 f"{sum(r['labels']['complaint'] for r in records)} emails; third party: "
                 f"{sum(r['labels']['third_party'] for r in scen.values())} scenarios, "
                 f"{sum(r['labels']['third_party'] for r in records)} emails")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
