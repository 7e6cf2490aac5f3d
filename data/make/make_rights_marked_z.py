#!/usr/bin/env python3
"""Marked rights evaluation set Z: 60 hand-written scenarios (30 PEXA, 30 Conexus), each rendered twice.

45 scenarios ask the receiving firm to act on one or more UK GDPR rights (all eight rights, about half of
them asking for two or three); 15 are look-alikes with rights [] ("access" to a portal, "delete" a workspace,
"I object to this fee", "a human, not the automated menu", a leaver's permissions, a creditor's recall ...),
9 of which are complaints. Every sentence that asks for a right is written inline as [[right|sentence]]
(or [[right1,right2|sentence]]) and becomes a request_sentences mark.

Each scenario is rendered twice with two different envelopes drawn from the generator's own rng: sender
name and address, greeting and sign-off, and one of plain / html / reply (a quoted earlier message from the
firm below the new text) / typo (letter-edit typos outside the marks) / their combinations, or, for a few
scenarios, a short or subject-only version written for the purpose.

Stdlib only. Usage:  .venv/bin/python data/make/make_rights_marked_z.py
Writes data/trials/rights_marked_z.jsonl (deterministic: the same bytes on every run).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record,  # noqa: E402
                           marked_record_errors, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270401
PREFIX = "rmz"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_z.jsonl")

L = short_labels


def S(n, mailbox, who, subject, body, lab, note, *, org=None, domain=None, title=None, quote=None, short=None):
    """One scenario. body is a tuple of paragraphs; quote (optional) the firm's earlier message for the reply
    envelope as (date, text with a {ref} placeholder), else a generic one; short (optional) a (subject, paragraphs)
    pair for the short / subject-only envelope."""
    assert isinstance(body, tuple) and (short is None or isinstance(short[1], tuple)), n
    return {"source": f"rmz-s{n:03d}", "mailbox": mailbox, "who": who, "subject": subject,
            "body": "\n\n".join(body), "labels": lab, "note": note, "org": org, "domain": domain,
            "title": title, "quote": quote, "short": short}


# ---------------------------------------------------------------------------------------------------------
# PEXA: rights of the receiving firm (s001-s023)

PEXA_RIGHTS = [
    S(1, "pexa", "staff", "Request for my own user data", (
        "I have been a PEXA user under our firm's subscription since 2025 and I am pulling my own records "
        "together ahead of a CLC inspection of my files next month. Nothing is wrong, I just need the paperwork.",
        "[[access|Please send me a copy of the personal data you hold about me as a user, including my profile "
        "details and the log of my sign-ins.]]",
        "[[portability|I would also like the trail of actions recorded against my user ID as a CSV file, so that I "
        "can import it into our time-recording system and match it against my matters.]]",
        "Email to this address is fine."),
      L(r="access,portability"),
      "A calm request with no dissatisfaction is not a complaint; a copy of her profile and sign-in log is access, "
      "and her activity trail as a CSV to import into another system is portability.",
      org="Fenwick & Dale Solicitors", domain="fenwickdale.co.uk", title="Senior Conveyancing Executive"),

    S(2, "pexa", "person", "Third request - close my old account", (
        "I left the mortgage completions team at Heathcote Bank last October. I asked your support desk in "
        "November and again in January to remove my old user account, and both times I was told it had been "
        "passed to the right team. It is now April and I am still getting your release notes and security alerts "
        "addressed to me, so the account obviously still exists with my name, mobile number and email on it.",
        "[[erasure|Please delete my user account and all the personal details attached to it.]] I would also like "
        "someone to explain why two requests were simply dropped, and to confirm in writing once it is done."),
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Two ignored deletion requests and a demand for an explanation make an implicit complaint about a badly "
      "handled rights request (personal_data, category personal_data); deleting the account is erasure and "
      "Heathcote Bank is only his former employer.",
      quote=("14 Jan 2027", "Thank you for getting in touch. We have passed your request to the relevant team, "
             "who will be in contact with you.\n\nCase reference: {ref}\n\nPEXA Customer Support")),

    S(3, "pexa", "person", "Our details on a cancelled purchase", (
        "My wife and I were buying a flat in Leamington Spa earlier this year. The purchase fell through before "
        "exchange and the sellers have since sold to someone else, so there is no transaction any more. Our "
        "conveyancer told us that our names, address and bank details had been entered into a PEXA workspace for "
        "the completion.",
        "[[erasure|As the sale is dead, please delete our personal details from that workspace and from anything "
        "else of yours connected with it.]] [[informed|Could you also tell me which organisations were able to see "
        "our information while the workspace was open, and why PEXA needed it in the first place?]]",
        "We have no quarrel with anyone, it just feels untidy to leave it lying around."),
      L(r="erasure,informed"),
      "No dissatisfaction, so not a complaint; deleting their details is erasure and who could see the data and "
      "why PEXA needed it is informed; a husband writing jointly for himself and his wife is not third party.",
      short=("Cancelled purchase - our details", (
          "Our flat purchase in Leamington Spa fell through before exchange. [[erasure|Please delete our "
          "personal details from the PEXA workspace that was set up for it.]] [[informed|And who was able to see "
          "them while it was open?]] Thanks.",))),

    S(4, "pexa", "staff", "Account suspended by your system - settlement missed", (
        "On Friday morning I signed in from a hotel in Lisbon, where I was away for a long weekend, approved one "
        "settlement and logged off. Within ten minutes my user account had been suspended automatically for "
        "'unusual sign-in behaviour'. Nobody called me, there was no way to get it looked at out of hours, and the "
        "second settlement I was due to authorise that afternoon could not go ahead. Our clients had to wait until "
        "Monday to get their keys.",
        "[[automated_decision|I want a member of your security team, not the automated rule, to look at the "
        "suspension and decide whether it should stand.]] [[informed|Please also tell me what information about "
        "me the system used to reach that decision and where that information came from.]]",
        "I expect a reply today."),
      L(c=True, r="automated_decision,informed", cat="process"),
      "An automatic suspension that cost a settlement, with a reply demanded, is an implicit complaint whose root "
      "cause is the suspension rule itself (process); a person to decide instead of the rule is automated_decision, "
      "what data was used and its source is informed, and personal_data stays false.",
      org="Brannock Whitley LLP", domain="brannockwhitley.co.uk", title="Partner"),

    S(5, "pexa", "staff", "Marketing emails", (
        "Since attending the PEXA roadshow in Reading I have been receiving your 'Partner Insights' emails and "
        "invitations to sponsored dinners at my work address, roughly twice a week.",
        "I'm happy to keep getting operational notices about the platform because I need those for my job. "
        "[[objection|However, I object to my details being used to send me marketing or event promotions of any "
        "kind, so please stop using them for that purpose.]]",
        "Thanks very much."),
      L(r="objection"),
      "A polite request without dissatisfaction is not a complaint; objecting to the use of her details for "
      "marketing is objection, and a lender employee writing for herself is not third party.",
      org="Thames Valley Mortgages", domain="tvmortgages.co.uk", title="Completions Team Leader"),

    S(6, "pexa", "staff", "Formal complaint - my home address sent to another firm", (
        "I am writing to make a formal complaint. On Tuesday your support team answered a question from the "
        "other side's conveyancer in the shared messages of one of our workspaces, and the reply included a "
        "screenshot of my user profile showing my home address and personal mobile number. That firm, and anyone "
        "else with access to the workspace, can now see where I live. I have never given those details to them "
        "and had no reason to think PEXA would.",
        "[[access|Please send me a copy of the record showing who has viewed or downloaded that screenshot since "
        "it was posted.]] [[erasure|I also want my home address and personal mobile removed from my profile and "
        "deleted from your systems altogether; the office number is enough.]]",
        "I expect a full explanation of how this happened."),
      L(c=True, ex=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
      "Support posting her home address to another firm is a disclosure (breach, personal_data, explicit "
      "complaint in category personal_data); the record of who viewed her data is access and removing the "
      "details is erasure.",
      org="Calloway Rees Solicitors", domain="callowayrees.co.uk", title="Partner"),

    S(7, "pexa", "staff", "Still the wrong surname on my profile", (
        "I got married in March and changed my surname. Our firm administrator says the change has to be made by "
        "PEXA, so I emailed your support team about it on 4 April. Six weeks later every workspace still shows me "
        "under my old name. Two lenders' completions teams have asked whether I am the same person as the one on "
        "our firm's authority list, which held up funds on one matter and is frankly embarrassing.",
        "[[rectification|Please change the surname on my user profile to the one I am writing under, so it "
        "matches my ID and our firm's records.]] I'd like to know when this will be done."),
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "A wrong name on her own profile, left uncorrected and causing trouble, is an implicit complaint about "
      "inaccurate personal data (category personal_data rather than delay); changing the surname is rectification.",
      org="Orchard Lane Solicitors", domain="orchardlanesolicitors.co.uk", title="Conveyancing Assistant"),

    S(8, "pexa", "staff", "Training record export", (
        "I'm keeping my CPD log in the CLC's online tool this year instead of a spreadsheet. [[portability|Could "
        "you send me my PEXA training history, with course names, dates and assessment results, as a CSV or Excel "
        "file that I can upload into that tool?]]",
        "No hurry, any time this month is fine."),
      L(r="portability"),
      "A neutral request for her own training history in a file to upload into another tool is portability, "
      "not a complaint.",
      org="Mereside Property Lawyers", domain="meresidelaw.co.uk", title="Licensed Conveyancer",
      short=("[[portability|Please send my PEXA training history as a CSV file that I can upload to the CLC CPD "
             "tool.]]", ())),

    S(9, "pexa", "person", "Sale stuck - Greyfriars not answering", (
        "I am selling my flat in Musselburgh. Greyfriars are acting for me and told me in February that "
        "completion would be 'within a fortnight' on your platform. Since then I have left nine messages with them "
        "and had one reply, which said they were 'waiting on PEXA'. The buyers are threatening to pull out and I "
        "am paying the mortgage, council tax and insurance on an empty flat every month.",
        "I need someone to get Greyfriars to answer me. [[informed|Separately, please tell me what personal "
        "information about me PEXA holds for this sale, where it came from and who it has been shared with.]]"),
      L(c=True, r="informed", cat="delay", firm="gfl"),
      "A seller's delay complaint about her own conveyancer goes to that firm (gfl, category delay) even though "
      "she writes to PEXA; her question to PEXA about what it holds on her, its source and recipients is informed."),

    S(10, "pexa", "staff", "Our client Mr Tobias Erlund - settlement hold", (
        "We act for Mr Tobias Erlund in his purchase of 14 Coldharbour Lane, which was due to complete yesterday. "
        "Shortly before settlement the workspace showed the status 'Held - participant risk check' against Mr "
        "Erlund's funds, and our lender contact was told the hold had been applied by PEXA's automated screening. "
        "It was lifted this morning with no explanation, but by then the chain had slipped a day and our client "
        "has had to pay the removal firm twice.",
        "Mr Erlund has authorised us to write on his behalf and his signed authority is attached. "
        "[[automated_decision|He asks that a member of your staff, rather than the screening tool, review the risk "
        "flag recorded against him and confirm whether it remains on his record.]] [[access|He also asks for a "
        "copy of the personal data PEXA holds about him in connection with this transaction, including the "
        "screening result.]]",
        "We look forward to your explanation of why the hold was applied."),
      L(c=True, r="automated_decision,access", tp=True, cat="process"),
      "A participant solicitor raising a platform hold with PEXA for its client is an implicit complaint about "
      "PEXA (firm null, third_party, category process for the automatic hold rule); human review of the flag is "
      "automated_decision and a copy of his data is access.",
      org="Ashdown Kerr Solicitors", domain="ashdownkerr.co.uk", title="Associate Solicitor"),

    S(11, "pexa", "person", "Please take me off your lists", (
        "I registered for one of your 'Digital conveyancing explained' webinars last year while I was a trainee. "
        "I've since moved into family law and have no use for the updates. [[objection|I object to you using my "
        "contact details for any further marketing, newsletters or event invitations.]]",
        "Thank you, and the webinar was genuinely useful at the time."),
      L(r="objection"),
      "A friendly opt-out with praise is not a complaint; objecting to marketing use of her details is objection.",
      short=("Unsubscribe", (
          "[[objection|I object to PEXA using my contact details for marketing or event invitations.]] Thanks.",))),

    S(12, "pexa", "staff", "Complaint about my photo in your brochure", (
        "At a training day last spring your team took photographs of the attendees 'for internal use'. I have now "
        "found my photo, with my full name and firm, on page 6 of your new 'Faces of digital completion' brochure "
        "and on your LinkedIn page, next to a quote I never gave. Nobody asked me. I want to complain about this, "
        "because it looks as if I am endorsing PEXA on behalf of my firm, which I am not entitled to do.",
        "[[erasure|Please remove the photograph and my name from the brochure, the LinkedIn post and anywhere else "
        "they appear, and delete the photo from your files.]] [[objection|I object to my image or name being used "
        "in any promotional material in future.]] [[informed|I would also like to know what legal basis you think "
        "you had for publishing it and who else it has been sent to.]]"),
      L(c=True, ex=True, pd=True, r="erasure,objection,informed", cat="personal_data"),
      "Her photo used in marketing without consent is an explicit complaint about unexpected use of personal data "
      "(breach false: published on purpose, not lost or misdirected); removal and deletion is erasure, no future "
      "promotional use is objection, and legal basis and recipients is informed.",
      org="Penrith & Crowe Conveyancing", domain="penrithcrowe.co.uk", title="Conveyancer"),

    S(13, "pexa", "staff", "Preserving my user records", (
        "Our professional indemnity insurers are looking into a lodgement on a matter I supervised last year, and "
        "PEXA's audit records for my user ID will form part of that review.",
        "[[restriction|Please keep the sign-in and activity records for my user ID exactly as they are, but do not "
        "use them or pass them to anyone other than the insurer's appointed investigator until the review has "
        "concluded.]] I will let you know when it has.",
        "This is not a problem with the platform; I simply want the position preserved."),
      L(r="restriction"),
      "No dissatisfaction, so not a complaint; keeping her records for a legal claim while not using or sharing "
      "them is restriction.",
      org="Hollingworth Legal", domain="hollingworthlegal.co.uk", title="Head of Property"),

    S(14, "pexa", "person", "Why did I get a text from PEXA?", (
        "I'm remortgaging with my bank and this morning I got a text from 'PEXA' saying my settlement workspace "
        "has been created. I'd never heard of you before today and I'm a bit wary of texts like that.",
        "[[informed|Can you tell me how you got my mobile number, what you use my details for and whether you pass "
        "them on to anyone?]] I'm not upset, I'd just like to understand it before I click on anything."),
      L(r="informed"),
      "A cautious question with no dissatisfaction is not a complaint; the source, purpose and recipients of his "
      "data is informed.",
      short=("[[informed|How did PEXA get my mobile number, and what do you use my details for?]]", ())),

    S(15, "pexa", "staff", "Lodgement module assessment - automatic fail", (
        "I completed the Land Registry lodgement module on Tuesday and took the end-of-module assessment. I was "
        "marked as failed within seconds and my lodgement permission was switched off automatically. The feedback "
        "screen only says 'competency threshold not met'. I answered every question, and two of them referred to "
        "screens that no longer exist after your last release, so I had to guess.",
        "I now can't lodge anything and my team leader is covering my work. [[automated_decision|I would like one "
        "of your trainers to look at my answers personally and make the decision on my permission, rather than "
        "leaving it to the automatic marking.]] Please let me know how quickly that can happen."),
      L(c=True, r="automated_decision", cat="training"),
      "An automatically marked assessment with outdated questions that removed her permission is an implicit "
      "complaint about training; asking a trainer rather than the automatic marking to decide is "
      "automated_decision, and personal_data stays false.",
      org="Kestrel Building Society", domain="kestrelbs.co.uk", title="Mortgage Completions Officer"),

    S(16, "pexa", "person", "Dad's sale - Marsh and Penrose", (
        "I'm writing for my father, Derek Holloway, who is 84 and partially sighted. He is selling his bungalow in "
        "Topsham and Marsh and Penrose are acting for him. In the last month they have twice sent him documents to "
        "sign with the wrong property address on them, lost the signed transfer he posted back, and told him on "
        "the phone that the delay was 'his fault for being slow'. He is very distressed.",
        "I understand PEXA can't sort this out itself and will pass it on to the firm, so please do. [[access|Dad "
        "has also asked me to request a copy of all the personal information PEXA holds about him for this sale; "
        "his signed note authorising me is attached.]]"),
      L(c=True, r="access", tp=True, cat="service_quality", firm="mpc"),
      "A son's complaint for his father about the conveyancer's careless, rude handling goes to that firm (mpc, "
      "service_quality, third_party); the copy of his father's data asked of PEXA is access."),

    S(17, "pexa", "staff", "Formal complaint - wrong registration number on my profile", (
        "This is a formal complaint. Since your data migration at the start of the month, my user profile shows an "
        "SRA number that is not mine. Three firms have refused to accept my invitations to workspaces because the "
        "number does not match the SRA register, and one has reported it to its compliance team as a possible "
        "impersonation.",
        "[[rectification|Correct the SRA number on my profile to 618204, which is the number on the register.]] "
        "[[restriction|Until that is done, please stop displaying my profile and registration details to other "
        "participants at all.]]",
        "I would like to be told what went wrong in the migration."),
      L(c=True, ex=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "An explicit complaint about a wrong registration number on her own profile is inaccurate personal data; "
      "correcting it is rectification and hiding it until then is restriction.",
      org="Garside Mellor LLP", domain="garsidemellor.co.uk", title="Solicitor"),

    S(18, "pexa", "person", "Retiring - my data", (
        "After 31 years in conveyancing I retire at the end of this month, and my firm will close my PEXA user. "
        "Two things before I go.",
        "[[portability|First, please send me my training and accreditation records in a machine-readable file, "
        "CSV is ideal, so I can load them into my own records software in case I take on consultancy work.]]",
        "[[objection|Second, I am on your user research panel list and I object to my details and my usage history "
        "being used for research or product surveys from now on.]]",
        "Many thanks for all the help over the years."),
      L(r="portability,objection"),
      "A warm, neutral request is not a complaint; records in a CSV to load into his own software is portability "
      "and refusing further research use of his details is objection."),

    S(19, "pexa", "staff", "Usage reports about me sent to my manager", (
        "At my appraisal last week my manager produced a PEXA 'user productivity' report showing how long I spend "
        "in each workspace, my idle time and how my figures rank against other users across the network. I had no "
        "idea PEXA measured individuals like this, let alone sent league tables to employers, and it was used to "
        "mark me down.",
        "[[objection|I object to PEXA profiling my activity on the platform in this way.]] [[restriction|While you "
        "look into my objection, please stop producing or sharing any of these individual reports about me.]]",
        "I expect a proper answer about why this is being done."),
      L(c=True, pd=True, r="objection,restriction", cat="personal_data"),
      "Profiling her activity and passing it to her employer without her knowledge is an implicit complaint about "
      "unexpected use of personal data (no breach: sent on purpose to the participant firm); objecting to the "
      "profiling is objection and pausing it while the objection is considered is restriction.",
      org="Cobb & Ardent", domain="cobbardent.co.uk", title="Property Paralegal"),

    S(20, "pexa", "person", "Workspace in my name for a house I'm not buying", (
        "I have had an email from PEXA saying I have been added to a settlement workspace for a purchase in "
        "Swindon. I'm not buying a property in Swindon or anywhere else, and I have reported it to Action Fraud "
        "today (their reference NFRC2704-1182).",
        "[[restriction|Until you have checked this with the firm that set up the workspace, please don't let my "
        "name, address or anything else of mine be used in it.]] Whoever added me may have more of my details than "
        "I'd like."),
      L(r="restriction"),
      "Reporting suspected identity misuse without blaming PEXA is not a complaint and no breach by PEXA is "
      "described; 'don't let my details be used until you have checked' is restriction."),

    S(21, "pexa", "staff", "Update to my user details", (
        "Could you help with a small correction? [[rectification|My user profile still lists my direct line and "
        "job title from my old team, so please update them to 0117 496 0382 and 'Senior Underwriter, Intermediary "
        "Lending'.]] The profile page greys those fields out for me, so I assume it has to be done your end.",
        "Thanks in advance."),
      L(r="rectification"),
      "A routine correction with no dissatisfaction is a service request, not a complaint; updating his own "
      "profile details is rectification.",
      org="Beacon Home Finance", domain="bhf.co.uk", title="Senior Underwriter"),

    S(22, "pexa", "staff", "Registration declined - your system has my date of birth wrong", (
        "I am registering my new practice on PEXA. The online identity check declined me as the principal user "
        "twice this week. After a long search through the summary screen I found out why: the record created from "
        "my first attempt has my date of birth as 03/08/1979 when it is 08/03/1979, so of course nothing matches "
        "my passport. I have lost a week, and a lender has already moved a client's remortgage to another firm.",
        "[[rectification|Please correct my date of birth on the application record to 8 March 1979.]] "
        "[[automated_decision|Once that is done, I want a person in your onboarding team to check my documents "
        "and decide the application, not the automated check again.]]"),
      L(c=True, pd=True, r="rectification,automated_decision", cat="onboarding"),
      "A declined registration is an implicit onboarding complaint, and because a wrong date of birth held by "
      "PEXA caused it personal_data is true while the specific theme onboarding stays the category; correcting "
      "the date is rectification and a person deciding is automated_decision.",
      org="Quayside Conveyancing", domain="quaysideconveyancing.co.uk", title="Director"),

    S(23, "pexa", "person", "Why do you still have my passport?", (
        "I used PEXA for about eighteen months while working at a conveyancing firm that has since closed, and I "
        "left the profession in 2024. Last week I received a 'please re-verify your identity' email from you with "
        "a thumbnail of my passport scan from onboarding attached. I am alarmed that you are still holding a copy "
        "of my passport three years later, for an account I thought was long gone.",
        "[[erasure|Please delete the passport scan and any other identity documents you hold on me.]] "
        "[[restriction|If there is a legal reason you must keep something, then keep it locked away and do not use "
        "it for anything, including sending it out in emails.]]",
        "I'd like written confirmation of what you have done."),
      L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
      "Alarm at an old passport scan still held and used, with written confirmation demanded, is an implicit "
      "personal_data complaint (no breach: the email went to her); deleting it is erasure and keeping but not "
      "using whatever must be kept is restriction."),
]

# ---------------------------------------------------------------------------------------------------------
# PEXA: look-alikes, rights [] (s024-s030)

PEXA_LOOKALIKES = [
    S(24, "pexa", "staff", "No access since this morning's update - 3 completions today", (
        "Since your update went live at 7am none of the five users at our firm can access the platform. We get as "
        "far as the two-factor code and then a blank white page. We have three completions booked for today, one "
        "of them in a chain of four, and your status page still says everything is working.",
        "Give us our access back or tell us what to do instead, and call me on 01632 960417 as soon as you can."),
      L(c=True, cat="platform_defect"),
      "Locked out by a failed update with completions at risk is an implicit platform_defect complaint; 'access' "
      "to the platform is not the right of access, so rights are empty.",
      org="Stanway Legal", domain="stanwaylegal.co.uk", title="Conveyancing Manager"),

    S(25, "pexa", "staff", "Duplicate workspace created in error", (
        "I created a second workspace for the same remortgage this morning by mistake (the one ending 4471). Could "
        "you delete it, along with the redemption statement PDF I uploaded to it, so nobody picks up the wrong one? "
        "The correct workspace ends 4470 and should be left as it is.",
        "Many thanks."),
      L(),
      "A service request to delete a duplicate workspace and a document is not erasure of anyone's personal data "
      "and not a complaint.",
      org="Heathcote Bank", domain="heathcotebank.co.uk", title="Completions Administrator",
      short=("Please delete duplicate workspace ending 4471", (
          "Created in error this morning; the one ending 4470 is the right one. Thanks.",))),

    S(26, "pexa", "staff", "Complaint - auto-fill keeps picking the wrong lender account", (
        "I want to complain about the new auto-fill on the financial settlement schedule. It matches the lender "
        "name we type and fills in the account details automatically, but for building societies with similar "
        "names it keeps choosing the wrong one, and it doesn't show the sort code until you open a second panel. "
        "We have caught it twice this week before signing. Sooner or later someone will miss it.",
        "I would like a person from your product team to call me and go through this with our completions staff, "
        "and I would like to know whether the auto-fill can be switched off for our firm."),
      L(c=True, ex=True, cat="usability"),
      "An explicit complaint about an error-prone auto-fill that works as designed is usability; asking for a "
      "person to call is not a request for human review of an automated decision about the writer, so rights "
      "are empty.",
      org="Lowther Brown Solicitors", domain="lowtherbrown.co.uk", title="Practice Manager"),

    S(27, "pexa", "staff", "Leaver - user permissions", (
        "One of our conveyancers, Priya Sandhu, leaves us on Friday. Please restrict her user to read-only from "
        "tomorrow so she can hand over her files, and then remove her access completely from Friday evening. She "
        "knows and has agreed.",
        "Our admin screen won't let me change another user's role, hence this email."),
      L(),
      "A firm administrator changing a leaver's platform permissions is an account instruction for her own firm, "
      "not restriction or erasure of the writer's data, and not a complaint or third party.",
      org="Marsh & Penrose Conveyancing", domain="marshpenrose.co.uk", title="Office Manager"),

    S(28, "pexa", "staff", "New per-lodgement charge", (
        "Your letter of 2 March introduces a charge of £6.50 for every lodgement re-submission from 1 April, "
        "including re-submissions caused by Land Registry requisitions that have nothing to do with us. We object "
        "to this charge. It was not mentioned when we renewed our subscription in January, and on our volumes it "
        "adds roughly £4,000 a year.",
        "Please explain how it was arrived at and confirm it will not be applied to our account until it has been "
        "discussed."),
      L(c=True, cat="fees_charges"),
      "Objecting to a new fee and asking for it not to be applied is an implicit fees_charges complaint; objecting "
      "to a charge is not the right to object to processing, so rights are empty.",
      org="Dunmore Hale LLP", domain="dunmorehale.co.uk", title="Finance Director"),

    S(29, "pexa", "staff", "Settlement statements in CSV?", (
        "Is it possible to export the settlement statements for all our completed workspaces in a month as a "
        "single CSV or Excel file? Our accounts software can import CSV, and at the moment we type the figures in "
        "from each PDF.",
        "If there is a report I've missed, a pointer to it would be great."),
      L(),
      "A neutral question about exporting the firm's own settlement figures is a product query, not portability "
      "of the writer's personal data, and not a complaint.",
      org="Greyfriars Law LLP", domain="greyfriarslaw.co.uk", title="Cashier"),

    S(30, "pexa", "staff", "We were not informed", (
        "Lodgement was unavailable from about 1pm to 4pm yesterday. Nobody informed us: no banner, no email, and "
        "the status page showed green all afternoon. We only found out when a Land Registry priority search was "
        "about to expire and our lodgement sat at 'Submitting'. We had to pay for a new search and explain to our "
        "client why her purchase nearly lost priority.",
        "Please tell us what went wrong, and we would like the cost of the second search reimbursed, £7 plus our "
        "time."),
      L(c=True, cat="platform_defect"),
      "An unannounced lodgement outage with costs claimed is an implicit platform_defect complaint; not being "
      "'informed' of an outage is not the right to be informed about processing, so rights are empty.",
      org="Tarrant Wilde Solicitors", domain="tarrantwilde.co.uk", title="Senior Associate"),
]

# ---------------------------------------------------------------------------------------------------------
# Conexus: rights of the receiving firm (s031-s052)

CONEXUS_RIGHTS = [
    S(31, "conexus", "person", "Request for a call recording - account {ref}", (
        "On the morning of 11 February I spoke to one of your agents about a payment plan on this account. I "
        "remember agreeing £40 a month; the letter I received afterwards says £75.",
        "[[access|Before I go any further with it, please send me the recording of that call and a copy of the "
        "notes your agent made about it.]] Email is fine."),
      L(r="access"),
      "He states a discrepancy but expresses no dissatisfaction and asks for no remedy yet, so this is a request, "
      "not a complaint; the call recording and agent's notes are access.",
      short=("Call recording - {ref}", (
          "[[access|Please send me the recording of my call with your agent on 11 February and the notes made "
          "about it.]]",))),

    S(32, "conexus", "person", "I am not the person you are looking for", (
        "Your letters dated 2 and 19 May are addressed to me at my home but are about a catalogue account opened in "
        "2016 by someone with the same name as me who lived in Chesterfield. I have never lived in Chesterfield and "
        "my date of birth is nothing like the one your agent read out when I rang. I have now spent two lunch hours "
        "on the phone to you and was told to 'put it in writing', so here it is.",
        "[[rectification|Please correct your records so that my address is no longer linked to this account.]] "
        "[[erasure|Delete every piece of my information that you added to the file when you traced me, including "
        "my phone number.]] And please confirm that nothing has been reported against my name."),
      L(c=True, pd=True, r="rectification,erasure", cat="personal_data"),
      "Being wrongly traced and linked to a stranger's debt, after wasted calls, is an implicit complaint about "
      "inaccurate personal data; unlinking her address is rectification and deleting the traced details is "
      "erasure."),

    S(33, "conexus", "person", "Letter received - who is the creditor?", (
        "I have received your letter saying an account of mine has been 'assigned to Conexus' and quoting reference "
        "{ref}. I don't recognise the amount, and I would like to understand the position before I do anything.",
        "[[informed|Please tell me who the original creditor was, how and when you obtained my details, and what "
        "you are using them for.]]",
        "I will be in touch once I have checked my own paperwork."),
      L(r="informed"),
      "A measured first response that asks questions and demands no remedy is not a complaint; the source of his "
      "data and its purpose is informed."),

    S(34, "conexus", "staff", "Client Ms Aisha Coleby - ref {ref}", (
        "I am helping Ms Coleby prepare a debt relief order application and her signed authority is attached. "
        "[[portability|On her behalf, please send her full transaction history on this account as a CSV or "
        "spreadsheet file so I can import it into our casework system.]] A PDF statement will not import, so a "
        "data file would really help.",
        "Please reply to this address."),
      L(r="portability", tp=True),
      "A money adviser's neutral request for her client is third_party and not a complaint; the transaction "
      "history as a file to import into casework software is portability.",
      org="Brightwell Money Advice", domain="brightwelladvice.org.uk", title="Money Adviser"),

    S(35, "conexus", "person", "Use of my data for scoring", (
        "Your privacy notice says you use account data and credit reference information to build 'propensity to "
        "pay' scores and to decide which customers to prioritise for contact. [[objection|I object to my data being "
        "used for that kind of profiling on my account.]]",
        "I'm paying £25 a month under the plan we agreed and I'm happy to carry on; I just don't want to be scored. "
        "Thank you."),
      L(r="objection"),
      "No dissatisfaction with any service, so not a complaint; objecting to profiling is objection.",
      short=("Profiling", (
          "[[objection|I object to my data being used for propensity-to-pay scoring or any other profiling on "
          "account {ref}.]] My plan payments will carry on as normal.",))),

    S(36, "conexus", "person", "Payment plan rejected in seconds", (
        "I filled in your online income and expenditure form on Sunday night and offered £60 a month, which is "
        "everything I have left after rent and childcare. The website rejected it within seconds and told me the "
        "'minimum acceptable payment' is £145. That is impossible on my income, and now I don't know what will "
        "happen next.",
        "[[automated_decision|I want a real person to look at my figures and decide on the plan, not your "
        "website.]] Please don't send this to solicitors while that happens."),
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "An unaffordable plan demand made by the website is an implicit complaint about how the debt is pursued "
      "(collection_conduct); a person to decide instead of the website is automated_decision, while 'don't send "
      "it to solicitors' is a conduct remedy."),

    S(37, "conexus", "person", "Complaint - chasing a debt I cleared in 2022", (
        "I am making a complaint. I paid this account off in full in November 2022 and you wrote to me confirming "
        "the balance was nil. This month I have had two letters and a text demanding £318.40 on the same reference. "
        "I have attached your own settlement letter.",
        "Stop pursuing me for money I do not owe. [[erasure|As the account is closed and paid, I also want you to "
        "delete my personal data from your systems.]]"),
      L(c=True, ex=True, r="erasure", cat="debt_dispute"),
      "An explicit complaint that a paid debt is being pursued is debt_dispute with personal_data false; deleting "
      "her data is erasure requested alongside, and 'stop pursuing me' is a conduct remedy.",
      short=("Complaint - paid account {ref}", (
          "I paid this off in 2022 and have your nil-balance letter, so why are you chasing me for £318.40? "
          "[[erasure|The account is closed, so delete my personal data.]]",))),

    S(38, "conexus", "person", "Northline Energy account - this is not right", (
        "You're collecting £612 for Northline Energy from a flat I moved out of in August last year. I gave "
        "Northline a final meter reading and a forwarding address, and they sent me a final bill for £38 which I "
        "paid. The £612 is for months after I had left. That is Northline's mess, not mine, and I have told them.",
        "[[restriction|While this is being sorted out with Northline, please do not use my details for anything on "
        "this account, including reporting it to credit reference agencies.]]"),
      L(c=True, r="restriction", cat="debt_dispute", firm="nte"),
      "The root cause is the creditor's own billing after she moved out, which only Northline can fix (nte, "
      "debt_dispute); pausing use of her data while it is disputed is restriction asked of Conexus."),

    S(39, "conexus", "staff", "Our client Mr Colm Heaney - data request, your ref {ref}", (
        "We act for Mr Colm Heaney in connection with the above account and enclose his signed form of authority.",
        "[[access|On his behalf we request a copy of all personal data you hold about him, including letters, "
        "account notes, call recordings and any information received from the original creditor.]] "
        "[[portability|Please also provide the payment transaction history as a CSV file so that it can be loaded "
        "directly into our forensic accounting software.]]",
        "Please send the material to this office by secure email."),
      L(r="access,portability", tp=True),
      "A solicitor's neutral request for his client is third_party and not a complaint; a copy of everything held "
      "is access and the transactions as a CSV to load into other software is portability.",
      org="Pemberton Vance Solicitors", domain="pembertonvance.co.uk", title="Solicitor"),

    S(40, "conexus", "staff", "Constituent Ms Rosa Kinsella - letters to old address", (
        "I am writing on behalf of Ms Rosa Kinsella, a constituent of Helen Garvey MP, who has asked for our help. "
        "Ms Kinsella left her former home in Luton in January after domestic abuse and gave your agent her new "
        "address by phone on 4 February. Despite this, two letters about her account have since gone to the old "
        "address, where her former partner opened them and then contacted her about the debt. She is "
        "understandably frightened.",
        "[[rectification|Please update Ms Kinsella's address to the one she gave you on 4 February, which she will "
        "confirm by phone on request.]] [[restriction|Until that has been confirmed, please make sure the old "
        "address is not used for any letters or passed to anyone.]]",
        "We would be grateful for an urgent explanation of why the change was not made."),
      L(c=True, pd=True, br=True, r="rectification,restriction", tp=True, cat="personal_data"),
      "An MP's caseworker (third_party) complains that letters went to an old address and were read by the "
      "former partner (breach, personal_data); updating the address is rectification and not using the old one "
      "meanwhile is restriction.",
      org="Office of Helen Garvey MP", domain="garveymp.org.uk", title="Senior Caseworker"),

    S(41, "conexus", "person", "Why is a debt management company calling me?", (
        "Two days after I set up my payment plan with you, a company called ClearPath Solutions rang me. They knew "
        "my name, my balance with you and that I'd just agreed a plan, and they tried to sell me an IVA. They said "
        "they were 'working with Conexus'. I never agreed to my details going to anyone.",
        "[[informed|I want to know exactly who you have given my information to, what you gave them and on what "
        "basis.]] [[objection|I object to you sharing my details with any other company for marketing or 'partner "
        "offers'.]]"),
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "Details passed to a sales partner without his agreement is an implicit complaint about data shared "
      "unexpectedly (personal_data; breach false because it was a deliberate sharing, not a misdirection); "
      "recipients and basis is informed and refusing partner marketing is objection."),

    S(42, "conexus", "person", "My brother Owen Pryce - account {ref}", (
        "I have a lasting power of attorney for my brother Owen, who has a learning disability and can't manage "
        "his own affairs. You have had a copy since last summer and a note on the account that all contact should "
        "come to me. Owen has now received a letter saying his account has been 'selected for legal action' and "
        "that this was decided by your 'account review system'. Nobody rang me, and the payments I make for him "
        "every month have never been missed.",
        "[[automated_decision|I want a person at Conexus, not a computer, to review that decision and to take "
        "Owen's circumstances into account.]] [[access|Please also send me a copy of the information you hold about "
        "Owen, including the notes on his account since last June.]]"),
      L(c=True, r="automated_decision,access", tp=True, cat="collection_conduct"),
      "An attorney (third_party) complains that a vulnerable brother was selected for legal action by a system "
      "despite full payments (collection_conduct); human review is automated_decision and a copy of his data is "
      "access, with personal_data false."),

    S(43, "conexus", "person", "How did you find my new address?", (
        "I moved to Carlisle in March and have given my new address to my employer, my doctor and my bank, nobody "
        "else. Your letter arrived there three weeks later. I was not hiding from anyone, but I chose not to give "
        "it to you because your agents were ringing me constantly at the old place.",
        "[[informed|Tell me where you got this address and on what lawful basis you used it.]] [[objection|I "
        "object to you running any further tracing searches on me.]] [[erasure|Delete the list of previous "
        "addresses you have built up on me, as you have no need of them now that you have the current one.]]"),
      L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
      "An address obtained without his knowledge is an implicit complaint about data obtained unexpectedly "
      "(personal_data, no breach); source and basis is informed, no further tracing is objection and deleting "
      "the old addresses is erasure."),

    S(44, "conexus", "person", "Stop calling my number about someone else", (
        "For about a month you've been ringing my mobile asking for a Mr Darren Foy. I've told your agents four "
        "times that I don't know him and this is my number, which I've had since 2019. Yesterday your agent "
        "wouldn't accept that and read out that Mr Foy owes £2,140 to Pennant Mobile and that it's 'about to go "
        "legal'. I don't want to know that about a stranger and he surely wouldn't want me to know it.",
        "[[erasure|Delete my phone number from his account and from your systems.]] I expect this to be the last "
        "call."),
      L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
      "A wrong number held against someone else's account and that debtor's details read out to her is an "
      "implicit complaint with a disclosure to the wrong person (breach, personal_data); deleting her number is "
      "erasure and Pennant is merely named as the creditor.",
      short=("Wrong number - stop calling me about Darren Foy", (
          "Not my debt, I don't know him, and yesterday your agent read his balance out to me. [[erasure|Delete "
          "my number from his account.]]",))),

    S(45, "conexus", "person", "Complaint - subject access request ignored", (
        "I made a subject access request by email on 3 January, and your data protection team acknowledged it the "
        "same day. It is now the middle of March, well past the one month you are allowed, and I have received "
        "nothing and no explanation. I have chased twice by phone.",
        "I wish to complain about how this has been handled. [[access|Please send me the copy of my personal data "
        "that I asked for in January, including all account notes and call recordings, without any further "
        "delay.]]"),
      L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
      "An explicit complaint that a subject access request was ignored is a badly handled rights request, so "
      "personal_data is the more specific category than delay; re-asking for the copy is access.",
      quote=("3 Jan 2027", "Thank you for your subject access request. We have logged it under reference {ref} "
             "and will respond within one calendar month.\n\nData Protection Team, Conexus")),

    S(46, "conexus", "person", "Change of contact number for my husband - {ref}", (
        "My husband Graham is in hospital for the next few weeks and has asked me to deal with his post. You "
        "already have me noted as his authorised contact from last year. [[rectification|His old mobile was lost "
        "when he was admitted, so please update the phone number on his account to his new one, 07700 900518.]]",
        "The payments will carry on as normal from our joint account. Thank you."),
      L(r="rectification", tp=True),
      "A wife writing for her husband is third_party; a routine update of his phone number is rectification, "
      "and there is no dissatisfaction, so no complaint."),

    S(47, "conexus", "person", "Before my account is passed on", (
        "Your last letter says that if I do not respond within 14 days my account 'may be transferred to our "
        "litigation partner'. I have written back and I will be calling your team on Monday about an arrangement.",
        "I'd like to understand how that decision gets made. [[informed|What information about me is used to "
        "decide whether an account goes to litigation, and where does it come from?]] [[automated_decision|If it "
        "is decided automatically, I am asking for a member of staff to make that decision on my account "
        "instead.]]"),
      L(r="informed,automated_decision"),
      "Questions asked before anything has gone wrong are not a complaint; the data used and its source is "
      "informed and a member of staff deciding instead of an automated process is automated_decision."),

    S(48, "conexus", "staff", "Client Mrs Lena Szabo - incorrect account note", (
        "I act for Mrs Szabo (authority on file since April). When I called on her behalf on Tuesday, your agent "
        "read me a note on her account saying she had 'refused to engage and hung up' on 12 May. Mrs Szabo was an "
        "in-patient on 12 May and did not have her phone with her; nobody spoke to your agent that day. That note "
        "is wrong, and your agent used it to refuse the 30-day hold I was asking for.",
        "[[rectification|Please correct the note so that it records what actually happened on 12 May.]] "
        "[[restriction|Until it is corrected, do not pass that note to the creditor or rely on it for any decision "
        "about the account.]] [[access|Please also send me, on her behalf, the recording of the 12 May call and "
        "the account notes for May.]]"),
      L(c=True, pd=True, r="rectification,restriction,access", tp=True, cat="personal_data"),
      "A money adviser (third_party) complains about a false note on the client's record that was used against "
      "her (inaccurate personal data); correcting it is rectification, not relying on it meanwhile is "
      "restriction and the recording and notes are access.",
      org="Riverside Debt Advice Centre", domain="riversidedebtadvice.org.uk", title="Debt Caseworker"),

    S(49, "conexus", "person", "Account settled - a couple of requests", (
        "I cleared my balance with you last month, and thank you for your help in setting that up. I'm now "
        "applying for a mortgage and my broker wants to see the payment history.",
        "[[portability|Please email me my full payment history for account {ref} in a CSV file so I can load it "
        "into my broker's software.]] [[erasure|After that, please delete my personal data except anything you are "
        "legally required to keep.]]"),
      L(r="portability,erasure"),
      "A thankful, neutral request is not a complaint; the history as a CSV to load into other software is "
      "portability and deleting the rest afterwards is erasure."),

    S(50, "conexus", "person", "Payments missing from my balance", (
        "Your statement dated 30 April shows a balance of £1,204.16, but it leaves out three payments of £50 I made "
        "by bank transfer in January, February and March. My bank statements show all three going to your account "
        "with the right reference. So the balance is £150 too high and I am being told I'm 'in arrears' on the "
        "plan when I'm not.",
        "[[rectification|Please correct the payment record on my account to include the three missing "
        "payments.]] [[portability|And please email me the full list of payments you have recorded as a "
        "spreadsheet file, so I can import it into the budgeting app my adviser uses and check it line by "
        "line.]]"),
      L(c=True, r="rectification,portability", cat="debt_dispute"),
      "A balance that ignores payments made is an implicit debt_dispute complaint about the amount, not a data "
      "handling grievance (personal_data false), but correcting the payment record is still rectification and "
      "the payment list as a file to import is portability; mentioning an adviser is not third party."),

    S(51, "conexus", "person", "Formal complaint - you rang my old employer", (
        "I want to make a formal complaint. On Monday one of your agents phoned the HR department of Bramwell "
        "Logistics, where I worked until 2024, to 'verify my employment'. He told the HR officer it was about an "
        "outstanding debt. A former colleague who still works there told me about it the same afternoon. I am "
        "mortified.",
        "[[informed|I want to know where you got my employment details from and why you thought you were allowed "
        "to contact my employer.]] [[rectification|Update my file to show that I have not worked at Bramwell "
        "Logistics since 2024.]]",
        "I expect an apology and an explanation of why your agent thought this was acceptable."),
      L(c=True, ex=True, pd=True, br=True, r="informed,rectification", cat="personal_data"),
      "Telling a former employer about her debt is a disclosure (breach) and the main grievance (explicit, "
      "personal_data); the source and basis of the employment data is informed and updating it is rectification."),

    S(52, "conexus", "person", "Instalment increased without asking me", (
        "Your text on Friday said my monthly instalment is going up from £45 to £90 from next month because a "
        "'financial review' has found that my circumstances have improved. Nobody has reviewed anything with me. "
        "When I rang, your agent said the system looks at credit file data every six months and sets a new amount "
        "automatically. My circumstances have not improved: I've had a pay cut.",
        "[[automated_decision|I want a member of staff to review my instalment with me and make that decision "
        "properly.]] [[objection|I also object to you profiling my finances from my credit file to set my "
        "payments.]] Until then I will carry on paying £45."),
      L(c=True, r="automated_decision,objection", cat="collection_conduct"),
      "An instalment doubled by an automatic review is an implicit complaint about how the debt is pursued "
      "(collection_conduct); a staff decision is automated_decision and objecting to credit-file profiling is "
      "objection."),
]

# ---------------------------------------------------------------------------------------------------------
# Conexus: look-alikes, rights [] (s053-s060)

CONEXUS_LOOKALIKES = [
    S(53, "conexus", "person", "Calls to my workplace", (
        "Your agents have rung the reception at my workplace four times this week asking for me by name. I have a "
        "payment plan with you which I have never missed. My manager has started asking questions and I am "
        "worried about my job.",
        "Stop calling my work number. Use my mobile or write to me, and please confirm that the calls to my "
        "workplace will stop."),
      L(c=True, cat="collection_conduct"),
      "Repeated calls to a workplace are an implicit collection_conduct complaint; 'stop calling my work' is a "
      "conduct remedy, not objection, and nothing about the debt was disclosed."),

    S(54, "conexus", "person", "Complaint about the £65 'trace fee'", (
        "My statement now shows a £65 'trace and locate fee' added in June. I never moved, and you have had my "
        "address since 2023 because you have been writing to me there every month. I object to this fee and want "
        "it taken off.",
        "This is a complaint, and I'd like a response in writing."),
      L(c=True, ex=True, cat="fees_charges"),
      "An explicit complaint about a fee added on top of the debt is fees_charges; objecting to a fee is not "
      "the right to object to processing."),

    S(55, "conexus", "person", "Can't get into the online account", (
        "For the last week your online payment site has shown 'Access denied - contact support' every time I log "
        "in, so I couldn't make my payment on the 1st. I phoned and was told to keep trying. Today I got a letter "
        "saying I've broken my arrangement, with a warning about further action.",
        "Fix the log-in, and confirm in writing that the arrangement is still in place, because the missed payment "
        "was your fault, not mine."),
      L(c=True, cat="platform_defect"),
      "A failing payment site that caused a missed instalment is an implicit platform_defect complaint; 'access "
      "denied' on a website is not the right of access."),

    S(56, "conexus", "person", "Copy of agreement and default notice - {ref}", (
        "Please could you send me a copy of the original credit agreement for this account and the default notice "
        "the lender sent before it came to you?",
        "I'm working through my finances with a budgeting app and want to make sure I have the right figures. "
        "Thanks."),
      L(),
      "Asking for the contract documents behind a debt is a debt-documentation request, not a request for a copy "
      "of his personal data, and with no dissatisfaction it is not a complaint."),

    S(57, "conexus", "person", "You have breached our agreement", (
        "In March I agreed with your colleague Samir a plan of £30 a month for twelve months, to be reviewed next "
        "March. I have paid every month. Yesterday I received a letter from Harlow & Finch solicitors saying the "
        "account has been passed to them for court action. That is a breach of the plan you agreed.",
        "Take the account back from the solicitors and confirm the plan is still in place."),
      L(c=True, cat="collection_conduct"),
      "Passing a paying account to solicitors despite an agreed plan is an implicit collection_conduct complaint "
      "about Conexus; 'breach' of the agreement is not a data breach, and the solicitors are Conexus's agents."),

    S(58, "conexus", "staff", "Request to hold account - client Mr Kwame Asante", (
        "I am now helping Mr Asante with his debts and his signed authority is attached. Please put the account on "
        "hold for 30 days while we complete a full financial statement, and send any correspondence to me rather "
        "than to Mr Asante during that time.",
        "I'll be in touch with an offer once the statement is done. Thank you."),
      L(tp=True),
      "A money adviser's routine hold request is third_party but not a complaint; holding collection activity "
      "is forbearance, not restriction of processing.",
      org="Eastbrook Money Advice Service", domain="eastbrookmas.org.uk", title="Money Adviser"),

    S(59, "conexus", "person", "your phone system", (
        "three times today I've rung your number, gone through the automated menu, said 'payment plan' like it "
        "asked, and been sent back to the start after 20 minutes of hold music. the last time it just hung up on "
        "me. I want to speak to a human being, not a machine. call me back on the number on my account please",),
      L(c=True, cat="wait_time"),
      "Being stuck in a phone menu and cut off is an implicit wait_time complaint; wanting a human on the phone is "
      "not a request for human review of an automated decision.",
      short=("rang 3 times, your automated menu keeps hanging up on me, i want a human to call me back", ())),

    S(60, "conexus", "staff", "Recall of placement batch LW-0317", (
        "Our file transfer on Friday included 46 accounts in batch LW-0317 that should not have been placed with "
        "you: they are customers on our own hardship scheme. Please recall all 46, stop any contact with them "
        "immediately and delete the records from your collection system once you have confirmed the recall. The "
        "list is attached.",
        "Sorry for the extra work, and thanks for your help."),
      L(),
      "A creditor client's instruction to recall and delete placed accounts is a business instruction, not "
      "erasure requested by a data subject; staff writing for their own firm are not third party.",
      org="Lumen Water", domain="lumenwater.co.uk", title="Collections Placement Manager"),
]

SCENARIOS = PEXA_RIGHTS + PEXA_LOOKALIKES + CONEXUS_RIGHTS + CONEXUS_LOOKALIKES

# ---------------------------------------------------------------------------------------------------------
# envelopes

FIRST = ["Amelia", "Oliver", "Priyanka", "Declan", "Hannah", "Tomasz", "Grace", "Kwesi", "Eleanor", "Rory",
         "Fatima", "Joel", "Siobhan", "Marcus", "Leah", "Bilal", "Catriona", "Ewan", "Nadia", "Owain",
         "Harriet", "Sanjay", "Bethany", "Callum", "Yasmin", "Dominic", "Ffion", "Ravi", "Isla", "Tobi",
         "Megan", "Stuart", "Agnieszka", "Jonah", "Zara", "Gareth", "Niamh", "Adrian", "Chloe", "Imogen"]
LAST = ["Whitcombe", "Okafor", "Brennan", "Lindgren", "Chaudhry", "Maddox", "Kowalski", "Ferris", "Ashby",
        "MacLeod", "Osei", "Harwood", "Patel", "Gillespie", "Rowntree", "Nakamura", "Dale", "Quigley", "Ibrahim",
        "Pennington", "Sokolova", "Trelawny", "Hughes", "Achebe", "Drummond", "Varga", "Ellery", "Mistry",
        "Tennant", "Bhatt", "Cartwright", "Lowe", "Fairbairn", "Adeyemi", "Rourke", "Stavros", "Kerr", "Winslow"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "proton.me", "sky.com"]
GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Dear Sir or Madam,", "Good morning,", "Hi there,",
             "Dear Support team,", ""],
    "conexus": ["Dear Conexus,", "Hello,", "To whom it may concern,", "Dear Sir/Madam,", "Hi,",
                "Dear Customer Services,", ""],
}
SIGNOFFS = ["Regards,\n{name}", "Kind regards,\n{name}", "Thanks,\n{first}", "Many thanks\n{name}", "{name}",
            "Best wishes,\n{name}", "Yours faithfully,\n{name}", "Thank you,\n{first}"]
QUOTE_TEAMS = {"pexa": ["PEXA Customer Support", "PEXA Support", "PEXA Operations Support"],
               "conexus": ["Conexus Customer Services", "Conexus", "Conexus Customer Care"]}
GENERIC_QUOTES = {
    "pexa": [
        "Thank you for contacting PEXA Customer Support. Your case number is {ref}.\n\nIf you need anything "
        "further, simply reply to this email and a member of the team will pick it up.\n\nKind regards\nPEXA "
        "Customer Support",
        "Hello,\n\nThanks for your call earlier today. As discussed, please reply to this email with the details "
        "in writing so that we can look into it for you (case {ref}).\n\nPEXA Support",
    ],
    "conexus": [
        "Thank you for your email. It has been logged under case {ref}.\n\nIf you have anything to add, please "
        "reply to this email.\n\nConexus Customer Services",
        "Dear Customer,\n\nFurther to your call today, please put the details of your request in writing by "
        "replying to this email and quoting reference {ref}.\n\nKind regards\nConexus",
    ],
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ENVELOPES = ["plain", "html", "reply", "typo", "html_reply", "typo_reply"]


def make_ref(mailbox, rng):
    if mailbox == "conexus":
        return f"CNX{rng.randrange(10000000, 99999999)}"
    return f"WS-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"


def make_sender(sc, rng, avoid):
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (first, last) not in avoid:
            break
    if sc["who"] == "staff":
        local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}", f"{last}.{first}"])
        addr = f"{local.lower()}@{sc['domain']}"
    else:
        local = rng.choice([f"{first}.{last}", f"{first}{last}{rng.randrange(1, 99)}", f"{first[0]}{last}",
                            f"{last}.{first[0]}", f"{first}_{last}"])
        addr = f"{local.lower()}@{rng.choice(PERSONAL_DOMAINS)}"
    return first, last, f"{first} {last} <{addr}>"


def render(sc, env, rng, first, last, sender, ref):
    mb = sc["mailbox"]
    if env == "short":
        subj_m, paras = sc["short"]
        body_m = "\n\n".join(paras)
        if body_m:
            body_m += "\n\n" + rng.choice(["{first}", "{name}", "Thanks, {first}"]).format(
                first=first, name=f"{first} {last}")
    else:
        subj_m, body_m = sc["subject"], sc["body"]
        if "typo" in env:
            body_m = typos_outside_marks(body_m, rng, MARK_RIGHTS, 0.35)
        greeting = rng.choice(GREETINGS[mb])
        signoff = rng.choice(SIGNOFFS).format(name=f"{first} {last}", first=first)
        if sc["who"] == "staff" and rng.random() < 0.8:
            signoff += f"\n{sc['title']}\n{sc['org']}"
        elif mb == "conexus" and sc["who"] == "person" and rng.random() < 0.3:
            signoff += "\nRef: {ref}"
        body_m = (greeting + "\n\n" if greeting else "") + body_m + "\n\n" + signoff
    subj_m = subj_m.format(ref=ref)
    body_m = body_m.format(ref=ref)
    quote = None
    if "reply" in env:
        if sc["quote"]:
            date, text = sc["quote"]
        else:
            date, text = f"{rng.randrange(1, 29)} {rng.choice(MONTHS[:6])} 2027", rng.choice(GENERIC_QUOTES[mb])
        head = f"On {date} at {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}, {rng.choice(QUOTE_TEAMS[mb])} wrote:"
        quote = (head, text)
    html = "html" in env
    headers = {"content-type": "text/html; charset=utf-8"} if html else {}
    return finish_marked_record(
        rng, mailbox=mb, sender=sender, subject=strip_marks(subj_m, MARK_RIGHTS), body=strip_marks(body_m, MARK_RIGHTS),
        html=html, quote=quote, subject_marks=rights_marks_of(subj_m), body_marks=rights_marks_of(body_m),
        labels=sc["labels"], note=sc["note"], source=sc["source"], env=env, headers=headers)


def check_scenarios():
    """Table sanity: unique sources, marks equal labelled rights in every text version."""
    seen = set()
    for sc in SCENARIOS:
        assert sc["source"] not in seen, sc["source"]
        seen.add(sc["source"])
        want = sorted(sc["labels"]["rights"])
        versions = [sc["subject"] + "\n" + sc["body"]]
        if sc["short"]:
            versions.append(sc["short"][0] + "\n" + "\n\n".join(sc["short"][1]))
        for v in versions:
            got = sorted({r for r, _ in rights_marks_of(v)})
            assert got == want, (sc["source"], got, want)
    assert len(SCENARIOS) == 60


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        envs = rng.sample(ENVELOPES, 2)
        if sc["short"]:
            envs[rng.randrange(2)] = "short"
        used = set()
        for env in envs:
            first, last, sender = make_sender(sc, rng, used)
            used.add((first, last))
            ref = make_ref(sc["mailbox"], rng)
            records.append(render(sc, env, rng, first, last, sender, ref))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen.setdefault(r["source"], r["labels"])
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(scen)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)})"]
    for right in RIGHTS:
        lines.append(f"  {right:<18} emails {sum(right in r['labels']['rights'] for r in records):3d}  "
                     f"scenarios {sum(right in lab['rights'] for lab in scen.values()):3d}")
    multi = sum(len(lab["rights"]) >= 2 for lab in scen.values())
    look = [lab for lab in scen.values() if not lab["rights"]]
    lines.append(f"  scenarios with rights {len(scen) - len(look)} (two or more: {multi}); look-alikes {len(look)} "
                 f"({sum(lab['complaint'] for lab in look)} complaints)")
    lines.append(f"  complaints: scenarios {sum(lab['complaint'] for lab in scen.values())}, "
                 f"emails {sum(r['labels']['complaint'] for r in records)}; third party: scenarios "
                 f"{sum(lab['third_party'] for lab in scen.values())}, "
                 f"emails {sum(r['labels']['third_party'] for r in records)}")
    lines.append("  envelopes: " + ", ".join(f"{k} {env_counts[k]}" for k in sorted(env_counts)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
