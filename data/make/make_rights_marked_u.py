#!/usr/bin/env python3
"""Rights-marked set U: 80 scenarios (40 per mailbox), each rendered twice (160 emails).

40 scenarios ask for UK GDPR rights of the receiving firm, leaning on `informed` and `rectification`; 40 are
look-alikes (rights []) that a word-matching reader would take for a rights request: business-record corrections,
process/status/fee questions, complaints about handling with no data request, account and debt requests, and mail
that merely mentions GDPR or privacy. Writers are mostly individuals (buyers, sellers, remortgagers, firm staff
about their own record; debtors, partners, adult children, carers) plus a few advisers and firms.

Each sentence that asks for a right is marked inline as [[right|sentence]] and becomes a request_sentences mark.
Every scenario is rendered twice with envelopes drawn from the generator's own rng (sender, greeting, sign-off,
HTML, a quoted earlier reply from the firm, letter-swap typos outside the marks, phone signatures, and a few
short or subject-only versions).

Usage:  python data/make/make_rights_marked_u.py      (writes data/trials/rights_marked_u.jsonl; stdlib only)
"""
import os
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, letter_edit, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270225
PREFIX = "rmu"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_u.jsonl")

L = short_labels


def B(*paras):
    """A body from its paragraphs."""
    return "\n\n".join(paras)


SCENARIOS = []
KIND = {}  # source -> "right" or look-alike kind "k1".."k5"


def S(n, mailbox, role, subject, body, labels, note, kind="right", short=None, org=None, names=None,
      style="normal"):
    """One scenario. role: consumer / debtor / relative (individuals) or staff / adviser / solicitor / creditor /
    supplier (org = (organisation, domain, job title)). short: (subject, body) of a short or subject-only version
    with the same labels. style: normal, casual (text-speak, no greeting), form (pasted web form), nogreet."""
    src = f"rmu-s{n:03d}"
    SCENARIOS.append({"source": src, "mailbox": mailbox, "role": role, "subject": subject, "body": body,
                      "labels": labels, "note": note, "short": short, "org": org, "names": names, "style": style})
    KIND[src] = kind


# =============================================================================================
# PEXA: rights requests (s001-s020)

S(1, "pexa", "consumer", "text from PEXA - how have you got my number",
  B("I'm buying a flat on Harrowgate Road and this morning I got a text from PEXA saying my 'workspace is ready'. "
    "I have never heard of you, never signed up to anything and I did not give you my mobile number. My solicitor "
    "says she 'just uses the platform', which tells me nothing.",
    "[[informed|So who gave you my number, and what are you using it for?]] "
    "[[informed|I'd also like to know who else you pass it on to.]]",
    "Not impressed to be honest. Please answer by email, not by text."),
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Unhappy that PEXA obtained and used a number he never gave it, with an answer expected: an implicit "
  "personal_data complaint, and asking who supplied the number, what it is used for and who receives it is "
  "informed (an explanation, not a copy).",
  short=("who gave PEXA my mobile number??",
         "[[informed|Got a text from you today about my purchase - who gave you my number and what are you using it "
         "for?]] Never signed up to anything. Not happy."),
  style="casual")

S(2, "pexa", "consumer", "Wrong spelling of my name",
  B("I am selling my house at 14 Wren Close with help of my solicitor. Today I receive email from PEXA with the "
    "settlement information and my surname is written there as '{badlast}', but correct spelling is '{last}'.",
    "[[rectification|Please can you change my surname in your system to the correct spelling, {last}.]] "
    "I can send photo of my passport page if you need to check it.",
    "Thank you for help. It is not big problem but I want it correct before the completion day."),
  L(r="rectification"),
  "A calm request, in a second language, to correct the misspelt surname PEXA holds about the writer: "
  "rectification without dissatisfaction, so not a complaint.",
  names=(["Katarzyna", "Agnieszka", "Marek", "Tomasz", "Joanna"], ["Nowakowska", "Kowalczyk", "Zielinski",
                                                                  "Wojcik", "Lewandowska"]))

S(3, "pexa", "consumer", "Your texts are going to my ex",
  B("I'm remortgaging through my solicitor, who uses your system, and your update texts are going to a mobile "
    "number that belongs to my ex-partner. He rang me last night to tell me my completion date and the name of my "
    "new lender, which is exactly what I did not want him knowing. That number hasn't been mine for two years and "
    "I have no idea how it got onto your system.",
    "[[rectification|My number is 07700 914382 - please put that on my record in place of the old one today.]] "
    "[[restriction|Until that is done, don't send anything at all to the old number.]]",
    "I expect someone to ring me about this."),
  L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "Completion details texted to an ex-partner's phone is a disclosure (breach) inside an implicit personal_data "
  "complaint; 'put my number on my record' is rectification and 'send nothing to the old number until then' is "
  "restriction.",
  short=("Texts about my remortgage going to my ex partner's phone",
         "[[rectification|Please change my mobile on your system to 07700 914382.]] Your texts about my remortgage "
         "are going to my ex and he now knows my completion date. "
         "[[restriction|Stop using the old number now, before anything else goes to him.]]"))

S(4, "pexa", "staff", "User profile - change of surname",
  B("I'm a paralegal in the residential team here and got married in the summer. My PEXA user profile still shows "
    "my maiden name, so the name on workspaces doesn't match my email signature and other firms keep asking who I "
    "am.",
    "[[rectification|Could you update my profile so my surname shows as {last} rather than Okafor-Hale?]] Our firm "
    "admin says she can't edit the surname field herself.",
    "While you're looking at it, [[informed|could you also tell me which other firms on the platform can see my "
    "profile details, and how long you keep a user's details after they leave a firm?]] I may be moving on next "
    "year and would like to know."),
  L(r="rectification,informed"),
  "A staff member writing about her own user profile (not third party, employer not the subject): updating her "
  "surname is rectification and asking who can see her details and how long they are kept is informed; no "
  "dissatisfaction, so no complaint.",
  org=("Greyfriars Law LLP", "greyfriarslaw.co.uk", "Paralegal, Residential Property"))

S(5, "pexa", "staff", "Account locked by security check - request for review",
  B("My user account was locked this morning with the message 'Access suspended: unusual activity score'. As far "
    "as I can tell nobody at PEXA looked at it - it happened the moment I logged in from my home broadband, which "
    "I have done many times before.",
    "[[automated_decision|I'd like a member of your security team, not the automated check, to review the lock and "
    "decide whether it should stay.]] [[informed|Could you also explain what information about me and my logins "
    "the check uses, where it comes from and how long you keep it?]]",
    "I have two settlements on Thursday so sooner would help, but I appreciate these things can take a day or so."),
  L(r="automated_decision,informed"),
  "A polite request for a person to review a solely automated lock (automated_decision) and for an explanation "
  "of what login data the check uses, its source and retention (informed); no negative judgement, so an enquiry.",
  org=("Calloway Brink LLP", "callowaybrink.co.uk", "Associate Solicitor"))

S(6, "pexa", "consumer", "Adverts from PEXA after my purchase",
  B("We completed on our house in March through our conveyancer and I assumed that was the end of it. Since then "
    "I've had four emails 'from the PEXA team' offering discounted removals, broadband and a home insurance quote. "
    "I never ticked anything to say I wanted offers, and it's pretty cheeky for a company I never chose to deal "
    "with to start selling to me.",
    "[[informed|I want to know on what basis you are using my email address to send me adverts, and whether you "
    "have given my details to any of these partner companies.]]",
    "[[objection|I object to my details being used for any marketing whatsoever.]] Please confirm you have "
    "stopped."),
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Marketing sent from data the writer never expected PEXA to use is an implicit personal_data complaint (no "
  "disclosure described, so no breach); the basis and sharing question is informed and 'I object to marketing' "
  "is objection.")

S(7, "pexa", "consumer", "Questions about our purchase and PEXA",
  B("My husband and I are buying our first home (12 Foxglove Lane) and our solicitors have told us the money will "
    "move 'through PEXA' on completion day. We have a few questions because we are both a bit nervous about it "
    "after reading about conveyancing fraud.",
    "First, what happens if the buyer's bank sends the money late in the day - does the sale still complete? "
    "Second, is there anything we need to do ourselves on the day, or do the solicitors handle everything? Third, "
    "do you ever phone buyers directly, so we know whether to trust a call?",
    "On a separate note, [[informed|I'd like to understand what personal information about us you have been given "
    "for this purchase, who provided it and whether it is shared with our mortgage lender.]] "
    "[[access|Please also send me a copy of whatever personal data you hold on me.]]",
    "Thanks for your time, and sorry for the long email."),
  L(r="informed,access"),
  "Process questions with two requests buried in the fourth paragraph: an explanation of what was received, from "
  "whom and who it is shared with (informed) and a copy of her data (access); a nervous but neutral enquiry, and "
  "a joint buyer writing for the couple is not third party.")

S(8, "pexa", "consumer", "Complaint - wrong date of birth held by PEXA",
  B("I want to make a complaint. My remortgage was held up for two days last week because the identity details on "
    "your platform didn't match what my new lender had. My solicitor eventually found that PEXA has my date of "
    "birth as 03/11/1987. It is 11/03/1987 - someone has swapped the day and the month.",
    "[[rectification|Correct my date of birth on your records to 11 March 1987.]] I also want an explanation of "
    "why this wasn't picked up sooner, and confirmation in writing once it has been changed.",
    "This has caused me a lot of stress and an extra couple of days' interest on my old mortgage."),
  L(c=True, ex=True, pd=True, r="rectification", cat="personal_data"),
  "An explicit complaint whose grievance is an inaccurate date of birth PEXA holds (personal_data, no "
  "disclosure); 'correct my date of birth' is rectification, while 'explain why it wasn't picked up' asks about "
  "the error, not the processing, so it is not informed.")

S(9, "pexa", "consumer", "Web enquiry: privacy question",
  "PEXA website - Contact us\nName: {name}\nEmail: {email}\nI am a: Seller\nTopic: Privacy\nMessage: My conveyancer "
  "has asked me to confirm my bank details in the workspace so the sale money can be paid to me. "
  "[[informed|Why does PEXA need my bank account details, who can see them and how long will you keep them after "
  "completion?]] Just want to understand before I confirm. Thanks.",
  L(r="informed"),
  "A pasted web form asking why PEXA needs the seller's bank details, who sees them and how long they are kept: "
  "purpose, recipients and retention are informed; a neutral question, not a complaint.",
  style="form")

S(10, "pexa", "staff", "My training record is wrong",
  B("Your training record for me shows that I failed the Settlement Essentials assessment on 9 January. I didn't - "
    "I passed on the second attempt the same afternoon, and I have the certificate email from your own system to "
    "prove it. My team leader saw the 'failed' status on our firm's training dashboard and I've been told I can't "
    "settle on my own until it's sorted, which is embarrassing and is holding up my files.",
    "[[rectification|Please correct my record to show the pass and the date, and let me know as soon as it's "
    "done.]]",
    "This is the second time I've had to chase your training team over something like this."),
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "A conveyancer's own training record is wrong and shown to her employer: an implicit complaint whose main "
  "grievance is inaccurate personal data (personal_data, as lg-19, rather than training); 'correct my record' is "
  "rectification, and her employer is not the subject.",
  org=("Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "Conveyancing Executive"))

S(11, "pexa", "consumer", "Still getting updates on a purchase that fell through in January",
  B("Our purchase of 7 Kiln Court collapsed in January. It is now May and I am still getting 'your workspace has "
    "been updated' emails from you, the latest one yesterday. I don't understand why I am on your system at all "
    "any more.",
    "[[informed|Tell me why you are still holding my details, what for, and who else has been given them.]] "
    "[[erasure|Then delete my details from your system.]]",
    "I'd like a reply from a person, not another automatic email."),
  L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Continued use of her details months after the purchase collapsed is an implicit personal_data complaint; why "
  "the data is still held, for what and who has it is informed, 'delete my details' is erasure, and 'a reply "
  "from a person' is about the answer, not an automated decision.")

S(12, "pexa", "adviser", "Enquiry on behalf of a client - Mrs Dorothy Ashworth",
  B("I'm a caseworker at Homeward Advice and I support Mrs Dorothy Ashworth, who is 84 and is selling her bungalow "
    "to move into sheltered housing. She has signed the attached form authorising us to act for her.",
    "Mrs Ashworth has received a letter that mentions PEXA and has become anxious that her details are 'on the "
    "internet'. [[informed|Could you explain what personal information PEXA holds about her for the sale, where it "
    "came from, what it is used for and who can see it?]] A short plain-English explanation that I can read to "
    "her would be ideal.",
    "Many thanks for your help."),
  L(r="informed", tp=True),
  "A caseworker writing with authority for an elderly seller (third_party) asks for an explanation of what is "
  "held, its source, purpose and recipients: informed on someone else's behalf, with no dissatisfaction.",
  org=("Homeward Advice", "homewardadvice.org.uk", "Caseworker"))

S(13, "pexa", "consumer", "new email address",
  B("My old email address {oldemail} is being shut down at the end of the month. "
    "[[rectification|Can you change the email on my PEXA record to {email} please?]] I'm remortgaging and my "
    "solicitor said the updates come from you.",
    "Cheers"),
  L(r="rectification"),
  "A routine request to replace the email address PEXA holds about the writer: rectification, not a complaint.",
  short=("[[rectification|please update my email address on your system to this one]]", ""),
  style="nogreet")

S(14, "pexa", "staff", "Security codes going to my old mobile",
  B("My work phone was replaced last week and has a new number. Security codes for my PEXA login are still being "
    "sent to the old one, which has gone back to the network and could be reissued to anyone.",
    "[[rectification|Please change the mobile number on my user profile to 07700 900517.]] "
    "[[restriction|In the meantime please stop sending my codes to the old number.]] Our firm administrator has "
    "confirmed the change by email (copied in).",
    "Thanks very much."),
  L(r="rectification,restriction"),
  "A staff member's own profile number is out of date: changing it is rectification and 'stop using the old "
  "number meanwhile' is restriction; a neutral service request, and nothing has been disclosed yet.",
  org=("Thames Valley Mortgages", "tvmortgages.co.uk", "Completions Officer"))

S(15, "pexa", "consumer", "What your helpline wrote about my call",
  B("I rang your helpline on 2 April because I was worried about a text claiming to be from PEXA. My solicitor has "
    "since told me your notes say I 'reported being a victim of fraud' and that my sale has been flagged for "
    "extra checks as a result. That is not what I said. I asked whether the text was genuine, and that's all.",
    "[[access|Send me a copy of the recording of that call and the notes you made about it.]] "
    "[[rectification|Then change the note so it says what I actually told you.]]",
    "My buyer's solicitor is now asking awkward questions and I want this sorted quickly."),
  L(c=True, pd=True, r="access,rectification", cat="personal_data"),
  "An inaccurate call note about the writer, now affecting her sale, is an implicit personal_data complaint "
  "against PEXA itself; the recording and notes are access and changing the note is rectification.")

S(16, "pexa", "staff", "Training history before I leave",
  B("I'm leaving the Kestrel completions team at the end of the month to join a conveyancing practice that also "
    "uses PEXA.",
    "[[portability|Please could you send me my training records as a CSV or similar file that my new firm's "
    "learning system can import?]] [[rectification|Before you do, the lodgement refresher I attended on 14 "
    "October is missing from my record, so please add it.]]",
    "No rush at all, and thanks for your help."),
  L(r="portability,rectification"),
  "A leaver asks for her training records in a machine-readable file to load elsewhere (portability) and for a "
  "missing course to be added (rectification includes completing incomplete data); neutral, and Kestrel is only "
  "her employer.",
  org=("Kestrel Building Society", "kestrelbs.co.uk", "Completions Administrator"))

S(17, "pexa", "consumer", "Complaint about survey texts",
  B("I'm writing to complain about the survey texts I keep receiving from PEXA. I've had five since we completed "
    "on 28 February asking me to 'rate my settlement experience', the last one at 9.40pm. I never asked to take "
    "part, and replying STOP has done nothing.",
    "[[informed|What is the basis for using my phone number for surveys, and how long are you planning to keep "
    "it?]] [[objection|I object to my number being used for surveys or for anything other than my purchase, which "
    "is now finished.]]",
    "I want a written reply."),
  L(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
  "An explicit complaint about unexpected use of her number for surveys (personal_data, no breach); the basis and "
  "retention question is informed and 'I object to my number being used' is objection.")

S(18, "pexa", "consumer", "'Identity mismatch' flag on my sale",
  B("My conveyancer tells me my sale has an 'identity mismatch' flag on PEXA and she can't tell me why. I've lived "
    "at the same address for nineteen years, my passport is in date and nothing about me has changed. The buyer's "
    "side has now asked whether I'm really the owner, which I found insulting.",
    "[[informed|I want to know what information about me that flag is based on and where it came from.]] "
    "[[restriction|Until someone has checked it properly, please don't use the flag or show it to anyone on the "
    "buyer's side.]]",
    "Please treat this as urgent, completion is set for the 20th."),
  L(c=True, pd=True, r="informed,restriction", cat="personal_data"),
  "A seller blames PEXA's own flag on her record (her conveyancer only relayed it, so no other firm is the "
  "subject): implicit personal_data complaint; what data the flag rests on and its source is informed, and "
  "'don't use or show it until checked' is restriction.")

S(19, "pexa", "consumer", "Contact us form submission",
  "PEXA website - Contact us\nFull name: {name}\nEmail address: {email}\nPhone: 07700 900264\nI am a: Home buyer "
  "or seller\nEnquiry type: Other\nMessage:\nOur purchase completed last year and I don't expect to need the "
  "tracker again. [[access|Please send me a copy of all the personal data you hold about me first.]] "
  "[[erasure|After that, please delete my tracker account and my details.]] Thanks.",
  L(r="access,erasure"),
  "A pasted contact form asking for a copy of all personal data held (access) and then deletion of the account "
  "and details (erasure); housekeeping with no dissatisfaction.",
  style="form")

S(20, "pexa", "staff", "Account downgraded to 'unverified' by your system",
  B("For the second time this year your system has automatically downgraded my account to 'Unverified "
    "practitioner' because it decided I had been 'inactive for 90 days'. I settled a workspace three weeks ago. "
    "The status now shows against my name on every workspace, and a lender's team asked my colleague yesterday "
    "whether I am still allowed to act.",
    "[[rectification|Correct my status back to verified.]] [[automated_decision|And from now on I want a person to "
    "look at any inactivity decision on my account, rather than leaving it to the automatic rule.]]",
    "I'd appreciate a proper answer this time."),
  L(c=True, pd=True, r="rectification,automated_decision", cat="personal_data"),
  "A wrong status on the writer's own profile, shown to other firms, is an implicit personal_data complaint; "
  "'correct my status' is rectification and wanting a person rather than the automatic rule to decide is "
  "automated_decision.",
  org=("Ashdown & Pike", "ashdownpike.co.uk", "Licensed Conveyancer"))

# =============================================================================================
# Conexus: rights requests (s021-s040)

S(21, "conexus", "debtor", "letter at my new flat??",
  B("just got a letter from u at my new flat. moved in 3 weeks ago and havent given the address to anyone except "
    "my mum and work.",
    "[[informed|who gave u my address and what gives u the right to use it]] not happy about this at all, want "
    "an answer"),
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Unhappy that Conexus obtained and used an address he never gave it, with an answer demanded: implicit "
  "personal_data complaint; asking who supplied the address and on what right it is used is informed.",
  short=("[[informed|who gave u my new address?? never gave it to u lot]]", ""),
  style="casual")

S(22, "conexus", "debtor", "Account 5520918 - my name and date of birth are wrong",
  B("Every letter you have sent me since January has my surname as '{badlast}', and today's one gives my year of "
    "birth as 1979. My surname is {last} and I was born in 1997. When I rang to point this out, your colleague "
    "said it could only be changed 'with proof', so I've attached my driving licence.",
    "[[rectification|Please put my correct surname and date of birth on your records now.]] I'm worried that with "
    "the wrong details this will end up on somebody else's credit file, or someone else's on mine.",
    "I'd like confirmation once it's done."),
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Months of letters with his name and year of birth wrong, and worry about the consequences: an implicit "
  "complaint about inaccurate personal data; 'put my correct surname and date of birth on your records' is "
  "rectification.")

S(23, "conexus", "debtor", "Question about my information",
  B("Good day,",
    "I receive from you two letters about a debt for a mobile phone contract from 2021. Before I decide what to do "
    "I want to understand better. [[informed|Please explain me from where you have my information, for what you "
    "are using it and to who you are giving it.]] [[access|Also I ask you to send me a copy of all information you "
    "keep about me.]]",
    "My English is not perfect, so please write simple. Thank you very much."),
  L(r="informed,access"),
  "A second-language writer asks where the data came from, what it is used for and who receives it (informed) "
  "and for a copy of everything kept (access); no dissatisfaction, so not a complaint.",
  names=(["Andrei", "Ioana", "Mihai", "Elena", "Florin"], ["Popescu", "Dumitrescu", "Ionescu", "Stanciu",
                                                           "Marinescu"]),
  style="nogreet")

S(24, "conexus", "debtor", "Your notes about me are false",
  B("I've just found out from Sterling Credit that your notes on my account say I 'refused to engage and hung up'. "
    "That never happened. I spoke to your agent on 12 March for twenty minutes, explained I'm on statutory sick "
    "pay after an operation and offered £15 a month, which she said she would 'put forward'.",
    "[[rectification|Correct your notes so they record what I actually said, including the sick pay and my "
    "offer.]] [[restriction|Until that's done, don't send that note to Sterling Credit or anyone else again.]]",
    "I'm really upset about this - it makes me look like someone who won't pay."),
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A false account note about the writer is an implicit personal_data complaint against Conexus (Sterling is only "
  "the creditor); correcting the note is rectification and 'don't pass it on until corrected' is restriction.")

S(25, "conexus", "relative", "My father, Mr Leonard Pike - your ref CX4410273",
  B("I hold lasting power of attorney for my father, who is 88 and lives with me. A copy of the registered LPA is "
    "attached.",
    "Dad received a call from your office on his mobile last Tuesday. It's a number that only the family and his "
    "GP have. [[informed|Please can you explain where you obtained his mobile number, what you are using his "
    "details for and who you share them with?]] He has no memory of the account your letter refers to, so I'm "
    "also trying to work out where this has come from.",
    "Thank you."),
  L(r="informed", tp=True),
  "An attorney daughter (third_party) asks, without dissatisfaction, for the source, purpose and recipients of "
  "her father's data: informed on his behalf, not a complaint.")

S(26, "conexus", "debtor", "Stop ringing me about my partner's account",
  B("I am not the person you are chasing. My partner has an account with you - I don't, and I have never given "
    "you my number. Yet I've had three calls this week asking me to get him to ring you back.",
    "[[informed|How did you get my mobile number, and on what basis are you keeping it on his file?]] "
    "[[objection|I object to you using my number in connection with his account at all.]]",
    "I expect a reply in writing."),
  L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A partner writing about her own number (so not third party): its unexpected use is an implicit personal_data "
  "complaint; source and basis is informed and 'I object to you using my number' is objection, while 'stop "
  "ringing me' on its own would only be a conduct remedy.",
  short=("Stop ringing me about my partner's account",
         "I don't owe you anything and never gave you this number. [[informed|How did you get my mobile number?]] "
         "[[objection|I object to you using it for his account at all.]]"))

S(27, "conexus", "debtor", "Online form: update my details",
  "Conexus online form - Update my details\nAccount number: 7730-66128\nFull name: {name}\nDate of birth: "
  "02/07/1990\nNew address: Flat 3, 41 Tanner Street, Kettering NN16 0BB\nPrevious address: 18 Mill Rise, Corby "
  "NN17 2TA\nNew phone: 07700 900846\nComments: [[rectification|Moved last month, please update my address and "
  "phone number on the account.]] I'll keep paying the same amount on the 1st.",
  L(r="rectification"),
  "A pasted form asking Conexus to update the debtor's own address and phone number: rectification, routine and "
  "not a complaint.",
  short=("change of address acc 7730-66128",
         "[[rectification|new address is Flat 3, 41 Tanner Street, Kettering NN16 0BB - please update my "
         "account]]"),
  style="form")

S(28, "conexus", "debtor", "Complaint - letter out of the blue",
  B("I want to make a formal complaint. I've received a letter from you saying you have 'acquired' a catalogue debt "
    "of mine from 2016 and that it will be 'reported accordingly'. I have had no contact from anyone about this in "
    "eight years, I had no idea any company had passed my details on, and your letter gives no explanation.",
    "[[informed|I want you to explain where you obtained my personal details, what you intend to use them for and "
    "which credit reference agencies or other organisations you share them with.]]",
    "Until I have that explanation I am not discussing the account."),
  L(c=True, ex=True, pd=True, r="informed", cat="personal_data"),
  "An explicit complaint that his details were obtained and used without warning (personal_data); source, "
  "purpose and recipients is informed, and he does not ask for a copy, so not access.")

S(29, "conexus", "debtor", "Online plan refused in seconds",
  B("I tried to set up a payment plan on your website last night and offered £40 a month, which is what I can "
    "genuinely afford after rent and childcare. Within seconds it came back 'Offer not accepted - minimum £95'. "
    "No one has looked at my situation and the site won't let me explain anything. It feels like a computer has "
    "decided what I can pay.",
    "[[automated_decision|I want a real person to look at my income and outgoings and decide on the plan, not the "
    "website.]] [[informed|I'd also like to know what information about me the website uses to come up with £95, "
    "and where it got it.]]",
    "I don't want to ignore this, but I cannot pay £95."),
  L(c=True, r="automated_decision,informed", cat="process"),
  "The grievance is the rule that an automated minimum decides the plan (process, implicit complaint, "
  "personal_data false as in lg-07); a person instead of the website is automated_decision and what data the "
  "figure uses and its source is informed.")

S(30, "conexus", "relative", "My brother Owen Tate - your records about his health",
  B("I am the main carer for my brother, Owen Tate (ref CX5081137), who has a brain injury and can't manage phone "
    "calls. His signed authority for me to act is attached, as it was when I wrote in February.",
    "In February your colleague confirmed that a note about his condition had been added to his account. Your "
    "latest letter to Owen says 'our records show no health or support needs', and the call he got on Friday "
    "clearly came from someone who knew nothing about it. Either the note was never added or it has been lost.",
    "[[rectification|Please put the information about Owen's brain injury and my authority back on his record, in "
    "full.]] I also need to know it won't disappear again."),
  L(c=True, pd=True, r="rectification", tp=True, cat="personal_data"),
  "A carer with authority (third_party) complains that her brother's record is incomplete: implicit personal_data "
  "complaint, and restoring the missing health note and authority is rectification (completing incomplete "
  "data).")

S(31, "conexus", "adviser", "Client: Ms Keeley Braithwaite - ref CX6620914",
  B("We act for the above client in relation to her debts and enclose her signed authority.",
    "[[access|Please provide copies of the personal data you hold about Ms Braithwaite, including your account "
    "notes and any call recordings from the last twelve months.]] We need these to prepare her financial "
    "statement.",
    "[[rectification|Please also note that her address on your file is out of date and should be changed to 9 "
    "Heron Walk, Gateshead NE8 4QS.]]",
    "Please correspond with this office from now on."),
  L(r="access,rectification", tp=True),
  "A money adviser with authority (third_party) asks for copies of the client's data and recordings (access) and "
  "for her out-of-date address to be changed (rectification); a neutral request.",
  org=("Northgate Money Advice", "northgatemoneyadvice.org.uk", "Money Adviser"))

S(32, "conexus", "debtor", "You've got the wrong {first} {last}",
  B("Your letter of 3 May is addressed to me and demands £1,184 for a Pennant Mobile contract. I have never had a "
    "Pennant contract. I've checked with Pennant and they say the account holder has a different date of birth "
    "and lived in Swindon, which I never have. You have simply matched my name to someone else's debt.",
    "[[informed|I want you to explain where you got my address from and what made you link it to this "
    "account.]] [[erasure|Once you've established it isn't me, delete my details from your system completely.]]",
    "I'm anxious this will affect my credit rating, so please deal with it quickly."),
  L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "A wrongly traced person: the grievance is Conexus obtaining and matching his data to a stranger's debt "
  "(personal_data rather than debt_dispute, Pennant not blamed); source and matching logic is informed, "
  "'delete my details' is erasure.")

S(33, "conexus", "debtor", "name change",
  B("Hi, I got married in April so my surname is now {last} - it used to be Ferreira. "
    "[[rectification|Could you update my name on the account please?]] Payments will still come from the same "
    "bank account but in my new name. Ref 4418803.",
    "Thanks"),
  L(r="rectification"),
  "Updating the name Conexus holds after marriage is rectification; routine, not a complaint.",
  short=("name change ref 4418803",
         "[[rectification|Please change the name on my account to {name}, I got married in April.]]"),
  style="nogreet")

S(34, "conexus", "debtor", "Final payment and a couple of questions",
  B("I'm pleased to say my final payment of £62.18 on account 9920-4471 goes out on Friday, which should clear the "
    "balance in full. Please could you send me a letter confirming the account is settled once the payment has "
    "reached you?",
    "I'd also like to thank the man I spoke to in January who helped me set the plan up. He was patient and "
    "didn't make me feel judged.",
    "[[informed|Separately, could you explain how long you will keep my records after the account is closed, and "
    "whether you tell the credit reference agencies that it has been settled?]] I'm hoping to apply for a "
    "mortgage next year and want to understand what will show.",
    "Many thanks"),
  L(r="informed"),
  "A thank-you and a settlement letter request (not rights) with a buried question about retention and sharing "
  "with credit reference agencies, which is informed; no dissatisfaction.")

S(35, "conexus", "debtor", "Propensity to pay scoring",
  B("Your privacy notice says you use 'propensity to pay modelling' on customer accounts. "
    "[[informed|Could you tell me what that modelling uses about me, what the score is used for and who sees "
    "it?]] [[objection|I also object to my data being used for that profiling beyond what is strictly needed to "
    "run my account.]]",
    "I'm not unhappy with how the account is being handled, I just like to know. Account ref 60-215577."),
  L(r="informed,objection"),
  "Asking what the profiling uses, what the score is for and who sees it is informed, and objecting to the "
  "profiling is objection; the writer states he is not unhappy, so no complaint.")

S(36, "conexus", "debtor", "Promise to pay - that's not what I agreed",
  B("Your letter says I 'promised to pay £300 on 30 April' and that because I 'broke the promise' the account is "
    "being passed to your field team. I never promised £300. On the call on 16 April I said I'd try to pay £30 "
    "when my wages came in, and I did pay £30 on 28 April.",
    "[[access|Send me the recording of that call.]] [[rectification|And change your record so it shows £30, not "
    "£300.]]",
    "The thought of someone turning up at the door is making me ill."),
  L(c=True, pd=True, r="access,rectification", cat="personal_data"),
  "The root grievance is a wrongly recorded call note about the writer that now drives collection: implicit "
  "personal_data complaint; the call recording is access and changing the recorded promise is rectification "
  "(a note of what he said, not the balance).")

S(37, "conexus", "debtor", "Why am I named on your letter?",
  B("A letter arrived at our house yesterday addressed to my husband, and in the second paragraph it says that I, "
    "{name}, am listed as an 'associated party' on the account. I have never had anything to do with this debt. It "
    "is in his sole name from before we met, and I've never given your company any of my details.",
    "[[informed|Explain why I am on your file at all, where you got my name from and what you are using it for.]]",
    "I find it very upsetting to see my name on a debt letter."),
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "A wife writing about her own data on her husband's file (not third party): unexpected use is an implicit "
  "personal_data complaint, and why she is on file, the source and the purpose is informed.")

S(38, "conexus", "debtor", "Payment history file + postcode typo",
  B("Two small things on account 3081-5526.",
    "[[portability|Could you email me my payment history as a spreadsheet file (CSV or Excel) so I can import it "
    "into the budgeting app my money adviser uses?]]",
    "And your letters have my postcode as LS6 2RQ when it's LS6 2QR. [[rectification|Please fix that on your system "
    "so my post doesn't go astray.]]",
    "Thanks, no problems otherwise."),
  L(r="portability,rectification"),
  "A machine-readable payment history to load into an app is portability and fixing his postcode is "
  "rectification; no dissatisfaction, and mentioning his adviser does not make it third party.")

S(39, "conexus", "debtor", "Formal complaint - instalment set by your system",
  B("I am making a formal complaint about the instalment you have demanded. Your letter says my 'affordability "
    "assessment' was 'completed automatically' and sets my payments at £210 a month. It has my monthly income as "
    "£2,650. My actual take-home pay is £1,480, as shown on the payslips I sent on 2 June.",
    "[[rectification|Correct the income figure on my account to £1,480.]] [[automated_decision|I also want a member "
    "of staff to go through my income and outgoings and set the instalment, rather than the automated "
    "assessment.]]",
    "The letter says enforcement will be considered if I don't pay by the 28th, and that is causing real "
    "distress."),
  L(c=True, ex=True, pd=True, r="rectification,automated_decision", cat="collection_conduct"),
  "An explicit complaint whose main grievance is an unaffordable demand with a threat (collection_conduct) built "
  "on wrong data (personal_data true); correcting his recorded income is rectification and staff instead of the "
  "automated assessment is automated_decision.")

S(40, "conexus", "adviser", "Client Mr Adrian Kowal - account placed with you in error?",
  B("We support Mr Adrian Kowal (authority attached). Your letter of 6 May asks him to contact you about a Northline "
    "Energy balance. Northline have told him the account is with another agency, Halden Recoveries, and that it "
    "may have been sent to you by mistake.",
    "[[restriction|While you check this with Northline, please do not use Mr Kowal's details for any collection "
    "activity.]] [[erasure|If it turns out the account was placed with you in error, please delete his details "
    "from your systems.]]",
    "We would be grateful for a reply to this office."),
  L(r="restriction,erasure", tp=True),
  "An adviser for a client (third_party) asks Conexus to stop using his data while the placement is checked "
  "(restriction) and to delete it if placed in error (erasure); neutral, so not a complaint.",
  org=("Vale Community Debt Advice", "valedebtadvice.org.uk", "Debt Caseworker"))

# =============================================================================================
# PEXA look-alikes (s041-s060), rights []

S(41, "pexa", "staff", "Workspace PX-20931 - amend settlement figure",
  B("On workspace PX-20931 (sale of 6 Saxon Mews) the settlement amount was keyed as £412,500, but the agreed "
    "figure after the retention is £410,250. The field is locked on our side now that the lender has signed.",
    "Please could you correct it, or tell us how to unlock it so we can change it ourselves? Settlement isn't "
    "until next Wednesday."),
  L(),
  "Correcting a locked transaction field in a workspace is an instruction about a business record, not "
  "rectification of the writer's personal data; a routine request.",
  kind="k1", org=("Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "Senior Conveyancer"))

S(42, "pexa", "staff", "Invoices STILL show our old address",
  B("This is the third time we have asked for our company address on your invoices to be updated. Heathcote Bank "
    "moved its registered office to 1 Market Square, Leeds LS1 6DB in January, and we sent you the change notice "
    "then and again in March. Your April and May invoices still show the old address, so our payments team has "
    "had to reroute them by hand and one was paid late as a result.",
    "Please update our billing details and confirm when it has been done."),
  L(c=True, cat="delay"),
  "A 'third time we've asked' chaser about the firm's own billing address is an implicit complaint about delay; "
  "a company's details are not personal data, so 'update' is not rectification.",
  kind="k1", org=("Heathcote Bank", "heathcotebank.co.uk", "Accounts Payable Team Leader"))

S(43, "pexa", "staff", "Duplicate workspace - please remove",
  B("We opened workspace PX-31877 for 22 Larch Avenue by mistake this morning - the matter already has a workspace "
    "(PX-31862) opened by the buyer's side.",
    "Could you please delete the duplicate, or remove our firm from it, so the lender doesn't get invited twice? No "
    "other party has joined it yet."),
  L(),
  "'Delete' and 'remove' refer to a duplicate workspace, a business record, not erasure of anyone's personal data; "
  "a service request.",
  kind="k1", org=("Brightwater Conveyancing", "brightwaterconveyancing.co.uk", "Property Assistant"))

S(44, "pexa", "consumer", "How long until the seller gets the money?",
  B("We are buying our first house and completion is on Friday. Our solicitor says the money goes through PEXA.",
    "How long after the money leaves our mortgage lender will the seller receive it, and when will we be told we "
    "can collect the keys? Is there anything we need to do ourselves on the day?",
    "Thank you"),
  L(),
  "A neutral question about settlement timescales: an enquiry with no data request, so no complaint and no "
  "rights.",
  kind="k2",
  short=("how long does the money take to go through on completion day?", ""))

S(45, "pexa", "staff", "Settlement reversed yesterday - why?",
  B("Yesterday at 14:10 our settlement on PX-28804 was rolled back by your operations team after the funds had "
    "already been confirmed. We were told only that 'a decision was taken to reverse'. Our clients had the removal "
    "van outside and had to spend the night with relatives, and the seller's agent is now holding the keys over "
    "the weekend.",
    "I need to know who made that decision, on what grounds, and why nobody phoned us before it was done. Please "
    "call me today."),
  L(c=True, cat="service_quality"),
  "Asking who reversed a settlement and on what grounds is about a case decision, not about the writer's personal "
  "data (not informed) or a solely automated decision; the harm and demand make it an implicit complaint about "
  "how the firm was served.",
  kind="k2", org=("Pell & Garside Solicitors", "pellgarside.co.uk", "Partner"))

S(46, "pexa", "staff", "Complaint - client details sent to the wrong email address",
  B("I want to raise a formal complaint. On Monday your support team re-sent a workspace invitation for one of our "
    "clients to an address ending '@orchardlane-solicitors.com', which is not us and not any firm we know of. The "
    "email included our client's full name, the property address and the purchase price. We only found out "
    "because the recipient replied asking who we were.",
    "Please explain how this happened, what you are doing to get the email deleted by the recipient, and what will "
    "change so it doesn't happen again. We will need to tell our client."),
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint about a disclosure of a client's data (breach, personal_data) by a firm's own staff; "
  "'explain how this happened' is about the incident and 'get it deleted' concerns the recipient's copy, so no "
  "right is asked for.",
  kind="k3", org=("Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "Client Care Partner"))

S(47, "pexa", "consumer", "Kestrel sent my mortgage details to my old house",
  B("I'm selling my flat and the sale is going through PEXA. Kestrel, my mortgage lender, sent the redemption "
    "statement for my mortgage to my old address on Fenwick Road, even though I gave them my new address a year "
    "ago. The people who live there now opened it, so they know my account number and how much I owe.",
    "I'm very upset that Kestrel keeps getting this wrong. I want them to explain how it happened and make sure it "
    "doesn't happen again before completion."),
  L(c=True, pd=True, br=True, cat="personal_data", firm="kbs"),
  "A consumer complaint purely about her lender's disclosure (breach) is forwarded to Kestrel (kbs); she already "
  "updated her address and asks only for an explanation of the incident, so no rectification or informed.",
  kind="k3")

S(48, "pexa", "supplier", "Data processing agreement - annual renewal",
  B("Our records show that the data processing agreement between Tallis Data Services and PEXA for the "
    "address-validation service is due for its annual review on 30 June. The only change this year is an updated "
    "list of sub-processors (attached), in line with Article 28 of the UK GDPR.",
    "Could you let me know who in your legal or procurement team should sign the renewal? If we don't hear by the "
    "end of the month, the existing terms will roll over."),
  L(),
  "A supplier's contract renewal that mentions UK GDPR and sub-processors asks for no right of any data subject; "
  "a neutral business email.",
  kind="k5", org=("Tallis Data Services", "tallisdata.co.uk", "Account Manager"))

S(49, "pexa", "staff", "Annual supplier due diligence questionnaire",
  B("As part of our annual third-party review I need to update our file on PEXA. Could you confirm (1) the lawful "
    "basis PEXA relies on when processing our borrowers' personal data in workspaces, (2) where that data is "
    "stored and (3) your retention period for completed workspaces?",
    "If you have a standard information pack for lenders that covers these, that would be ideal. The questionnaire "
    "is due back to our risk team on 15 July."),
  L(),
  "A lender's due-diligence question about lawful basis and retention for its customers' data in general is firm "
  "business, not a data subject asking about their own data, so not informed.",
  kind="k5", org=("Thames Valley Mortgages", "tvmortgages.co.uk", "Third-Party Risk Analyst"))

S(50, "pexa", "staff", "Change of finance contact and billing name",
  B("Please update our firm account as follows from 1 August:",
    "- billing name: Greyfriars Law LLP (not 'Greyfriars Solicitors', which we stopped using last year)\n"
    "- finance contact: accounts@greyfriarslaw.co.uk instead of Moira Dunn, who has retired\n"
    "- purchase order reference for invoices: GF-PO-2291",
    "Let me know if you need this on headed paper."),
  L(),
  "Updating a firm's billing name, finance contact and PO reference is an instruction about the firm's own "
  "account details, not rectification of the writer's personal data.",
  kind="k1", org=("Greyfriars Law LLP", "greyfriarslaw.co.uk", "Finance Manager"))

S(51, "pexa", "staff", "March lodgement report wrong - again",
  B("The monthly lodgement report you sent for March lists 41 lodgements for our firm. We made 29, and several of "
    "the workspace numbers on it aren't ours at all. February's report had the same problem and I was told it had "
    "been fixed.",
    "We use these reports for our client billing, so please correct the report, reissue it by Friday and tell me "
    "what went wrong."),
  L(c=True, cat="inaccurate_information"),
  "A repeatedly wrong management report is an implicit complaint about inaccurate information; 'correct the "
  "report' concerns a business document, not anyone's personal data.",
  kind="k1", org=("Calder Street Law", "calderstreetlaw.co.uk", "Practice Manager"))

S(52, "pexa", "consumer", "Who do I speak to about my remortgage?",
  B("My solicitor is using PEXA for my remortgage with a new lender and I have a couple of basic questions.",
    "Is PEXA responsible for my remortgage, or is my solicitor? And will PEXA charge me a fee directly, or is it "
    "included in my solicitor's bill? I just want to know who to contact if something goes wrong.",
    "Thanks"),
  L(),
  "Neutral questions about who handles a matter and about fees ask nothing about the writer's personal data: an "
  "enquiry with no rights.",
  kind="k2")

S(53, "pexa", "staff", "New per-workspace fee - how was this worked out?",
  B("Our June invoice shows the per-workspace fee has gone from £38 to £52. I can find no notice of this, and "
    "nobody at our firm agreed to it. That's a 37% increase in one go, which we can't simply pass on to clients "
    "mid-matter.",
    "Please explain how the new fee was calculated and why we weren't told in advance, and credit the difference on "
    "any workspaces opened before we were notified."),
  L(c=True, cat="fees_charges"),
  "An unexplained fee rise with a credit demanded is an implicit fees_charges complaint; 'explain how it was "
  "calculated' is about a fee, not the processing of personal data.",
  kind="k2", org=("Ashdown & Pike", "ashdownpike.co.uk", "Office Manager"))

S(54, "pexa", "staff", "Statement of account request",
  B("For our year-end audit, please could you send a statement of account for Beacon Home Finance's PEXA "
    "subscription for 1 April 2025 to 31 March 2026, together with copies of all invoices and credit notes you "
    "hold for our account in that period? PDF is fine.",
    "Our auditors are on site from 14 April, so anything before then would be much appreciated."),
  L(),
  "Copies of 'all invoices you hold for our account' are a firm's billing records, not a copy of anyone's "
  "personal data, so not access; a neutral account request.",
  kind="k4", org=("Beacon Home Finance", "beaconhomefinance.co.uk", "Financial Controller"))

S(55, "pexa", "staff", "Formal complaint - invoice 88104 for an abandoned workspace",
  B("Please treat this as a formal complaint. Invoice 88104 charges us £52 for workspace PX-30119, which was "
    "abandoned before any other party joined because our client withdrew from the purchase. Your own terms say "
    "abandoned workspaces are not charged. We raised this with your billing team on 3 June and were told it "
    "'couldn't be changed'.",
    "We do not owe this charge. Please remove it from our account and send a corrected invoice."),
  L(c=True, ex=True, cat="fees_charges"),
  "An explicit complaint disputing a platform fee; 'remove it from our account' and 'corrected invoice' concern a "
  "charge, not personal data, so rights stay empty.",
  kind="k4", org=("Lowther Conveyancing", "lowtherconveyancing.co.uk", "Director"))

S(56, "pexa", "consumer", "Price on the settlement statement looks different",
  B("My solicitor shared the settlement statement from PEXA with me and the purchase price shows as £285,000. Our "
    "contract says £282,500 after the reduction we agreed for the boiler.",
    "Can that be changed before completion next week, or is it something my solicitor has to update on her side? "
    "I'd just like it to be right.",
    "Thank you"),
  L(),
  "A purchase price on a settlement statement is a transaction field in the solicitor's workspace, not the "
  "buyer's personal data record, so changing it is not rectification; a calm question.",
  kind="k1")

S(57, "pexa", "consumer", "Orchard Lane lost my passport copies",
  B("I'm buying a house and my conveyancers, Orchard Lane, use your platform. Last week they told me they had "
    "'mislaid' the copies of my passport and bank statements I posted to them, and asked me to send them again. "
    "Nobody can tell me where the first set went. My details are out there somewhere and they don't seem "
    "bothered.",
    "I'd like someone to look into this and tell me what is being done about it."),
  L(c=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "A buyer's complaint purely about her conveyancer losing her documents (breach) is forwarded to Orchard Lane "
  "(ols); asking what is being done about the loss is not a request for any right.",
  kind="k3")

S(58, "pexa", "staff", "Privacy notice wording for PEXA",
  B("Our data protection lead is updating the firm's privacy notice for clients and has asked whether we need to "
    "name PEXA as a recipient of client data, or whether a general reference to 'electronic settlement platforms' "
    "is enough.",
    "Do you have suggested wording that other participant firms use? We're not after legal advice, just what's "
    "typical."),
  L(),
  "A firm's question about its own privacy notice mentions data protection but asks for no right over anyone's "
  "data; an enquiry.",
  kind="k5", org=("Harlow & Finch", "harlowfinch.co.uk", "Compliance Assistant"))

S(59, "pexa", "staff", "Another workspace held for 'manual verification'",
  B("This is the third workspace this week that has been held for 'manual verification' the day before settlement, "
    "and each time the check has taken more than a day. All three were ordinary remortgages with lenders we deal "
    "with every week.",
    "Can someone explain how you decide which workspaces are held for these checks? If the rule is catching routine "
    "remortgages it needs changing. Two of our clients are now paying an extra month's interest on their old "
    "loans."),
  L(c=True, cat="process"),
  "A complaint that the verification rule itself holds up routine matters (process); asking how workspaces are "
  "selected is about a case rule, not the writer's data, and there is no request for a person to replace a "
  "solely automated decision.",
  kind="k2", org=("Fenwick Yeo Solicitors", "fenwickyeo.co.uk", "Head of Remortgage"))

S(60, "pexa", "staff", "Leaver - please remove user",
  B("James Pollard left Kestrel on Friday. Please remove him from our firm's user list and cancel his login today, "
    "and reassign his open workspaces to me.",
    "I'm the firm administrator for our subscription."),
  L(),
  "A firm administrator removing a leaver's login is account administration by the employer, not the leaver's "
  "erasure right; a routine instruction.",
  kind="k1", org=("Kestrel Building Society", "kestrelbs.co.uk", "Completions Team Leader"))

# =============================================================================================
# Conexus look-alikes (s061-s080), rights []

S(61, "conexus", "debtor", "This was paid in full - take it off",
  B("Your letter says I owe £356.40 to Lumen Water. I paid that bill in full in October - I have the bank statement "
    "showing the payment to Lumen and their receipt. Your records are wrong and I am not paying it twice.",
    "Sort your system out so it shows nothing owing, and stop the letters."),
  L(c=True, cat="debt_dispute"),
  "Disputing that a paid debt is owed is a debt_dispute complaint against Conexus for still pursuing it (as "
  "lg-26); making the balance show nothing owing is a correction of the debt, not rectification (as lg-24).",
  kind="k4")

S(62, "conexus", "debtor", "Third time asking for my balance",
  B("I have now asked twice, on 3 and 17 March, for the balance on my account (ref 8830-1174) so that I can arrange "
    "to clear it with help from my family. Nobody has replied. I can't pay off an amount I don't know.",
    "Please send me the current balance, including anything added since January, by email."),
  L(c=True, cat="delay"),
  "A 'still no reply' chaser for a balance is an implicit complaint about delay; a balance is account information, "
  "not a copy of personal data, so no access right.",
  kind="k4",
  short=("third time asking - what is my balance?? ref 8830-1174", ""))

S(63, "conexus", "debtor", "Payment plan request",
  B("Hello, I receive your letter about the debt from Pennant Mobile. I can not pay all at once because I work part "
    "time now. Can I pay £20 every month starting in July? My account number is 5530-20917.",
    "If you need my income and expenses I can send them. Thank you."),
  L(),
  "A second-language request for a payment plan is an account request, not a data right, and carries no "
  "dissatisfaction.",
  kind="k4",
  short=("can i pay £20 a month? acc 5530-20917", ""),
  names=(["Joao", "Mariana", "Rafael", "Beatriz", "Tiago"], ["Carvalho", "Pereira", "Almeida", "Rodrigues",
                                                             "Sousa"]),
  style="nogreet")

S(64, "conexus", "debtor", "Prove I owe this",
  B("This is the third letter threatening 'further action' over a Sterling Credit loan I have no record of ever "
    "taking out. I'm not paying a penny until you show me that I owe it.",
    "Send me a copy of the signed credit agreement and a statement showing how you got to £2,316. If you can't, "
    "close the account and leave me alone."),
  L(c=True, cat="debt_dispute"),
  "Demanding proof of the debt (the signed agreement and how the balance was reached) challenges the debt itself: "
  "a debt_dispute complaint, and a copy of the agreement is evidence of the debt, not a copy of personal data.",
  kind="k4")

S(65, "conexus", "debtor", "Who actually owns this debt?",
  B("In the last six months I've had letters about the same Northline Energy account from Northline, from a company "
    "called Halden Recoveries and now from you, each with a different amount.",
    "Who actually owns this debt now, and who am I supposed to be paying? I'm not paying anyone until I get a "
    "straight answer, and I'm fed up of being passed around."),
  L(c=True, cat="debt_dispute"),
  "Asking who owns a debt and which amount is right is a challenge to the debt, not a question about where the "
  "writer's data came from (not informed); the frustration makes it an implicit debt_dispute complaint.",
  kind="k2")

S(66, "conexus", "debtor", "Hardship request declined - how?",
  B("I sent you my income and expenditure form on 2 May asking for payments to be put on hold for three months "
    "while I'm on maternity pay. Your letter says the request 'does not meet our criteria' and asks for £75 a month "
    "from June, which I simply don't have.",
    "How did you reach that decision, and what are the criteria? I sent everything you asked for. Please look at "
    "it again."),
  L(c=True, cat="collection_conduct"),
  "Asking how a hardship decision was reached and for it to be reconsidered is about the case decision (nothing "
  "says it was automated, and no data explanation is sought): an implicit collection_conduct complaint with no "
  "rights.",
  kind="k2")

S(67, "conexus", "creditor", "Placement batch NE-0614 - amendments",
  B("Please make the following changes to placement batch NE-0614, sent on 14 June:",
    "1. Accounts NE-77120 and NE-77188 were placed in error (the customers are on payment arrangements with us), "
    "so please remove them from the batch and return them.\n"
    "2. The balance on NE-77301 should be £412.09, not £512.09 - a credit was missed.\n"
    "3. Please update the forwarding address on NE-77415 to the one in the attached file.",
    "Let me know once done."),
  L(),
  "A creditor client's instructions to amend and remove accounts in a batch are business instructions, not a data "
  "subject's rectification or erasure; the creditor is the sender, not third party.",
  kind="k1", org=("Northline Energy", "northline-energy.co.uk", "Collections Placement Analyst"))

S(68, "conexus", "creditor", "Monthly recoveries report - figures wrong again",
  B("The May recoveries report shows £38,410 collected on our portfolio. Our bank receipts from you for May total "
    "£31,972. April's report was out by a similar amount and we were assured it would be put right.",
    "We rely on these reports for our month-end reconciliation. Please correct the May report, reissue it, and let "
    "us know what has been causing the differences."),
  L(c=True, cat="inaccurate_information"),
  "A creditor client's complaint that a management report is wrong again is inaccurate_information; correcting a "
  "report is not rectification of personal data.",
  kind="k1", org=("Pennant Mobile", "pennantmobile.co.uk", "Credit Control Manager"))

S(69, "conexus", "debtor", "Payment made with the wrong reference",
  B("I paid £50 by bank transfer this morning but I think I typed the reference wrong - I put 6613-2087 instead of "
    "2087-6613. Could you make sure it goes onto my account, please? The payment was from {name}.",
    "Thanks"),
  L(),
  "Fixing a payment reference so the money is allocated is an account request, not rectification of personal "
  "data; routine.",
  kind="k1",
  short=("wrong reference on payment",
         "Paid £50 today with the reference the wrong way round (6613-2087 instead of 2087-6613) - can you put it "
         "on my account please?"),
  style="nogreet")

S(70, "conexus", "debtor", "Complaint - you discussed my debt with my son",
  B("I want to complain about a call your company made to my home on Tuesday. My son, who is 17, answered the phone "
    "and your agent told him he was calling about 'an unpaid catalogue debt of £640' and asked him to get me to "
    "call back. My son had no idea about any of this and I'm mortified.",
    "I want an apology, and I want to know what you're going to do to make sure your staff check who they are "
    "talking to."),
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "An explicit complaint about a disclosure to her son (breach, personal_data); asking what will change concerns "
  "staff conduct, not the processing of her data, so no right.",
  kind="k3")

S(71, "conexus", "debtor", "Letters for someone who doesn't live here",
  B("For the fourth time I've received one of your letters addressed to a Mr D. Kerrigan at my address. He hasn't "
    "lived here since at least 2019, when I bought the house. The latest one was in a window envelope and I could "
    "read the amount he owes through it.",
    "Stop sending his letters here. I've written 'not known at this address' on every one and sent them back, and "
    "it has clearly made no difference."),
  L(c=True, pd=True, br=True, cat="personal_data"),
  "A householder complains about another person's debt letters reaching her (breach, personal_data); the data is "
  "not hers and 'stop sending them here' is a conduct remedy, not rectification or restriction.",
  kind="k3")

S(72, "conexus", "debtor", "stop calling me at work",
  B("thats the 3rd time this week ur agent has rung my work number. i told u on monday i cant take calls at work "
    "and to use my mobile after 6. my manager is asking questions now",
    "stop calling the work number"),
  L(c=True, cat="collection_conduct"),
  "Repeated calls to a workplace after being asked not to is an implicit collection_conduct complaint; 'stop "
  "calling my work' is a conduct remedy, not objection.",
  kind="k3",
  short=("3rd call at my work this week - STOP calling my work number", ""),
  style="casual")

S(73, "conexus", "adviser", "Secure email for sending client authorities",
  B("We are reviewing how we send client authorities and financial statements to creditors and collection "
    "agencies, as our data protection officer wants us to stop using ordinary email attachments. Does Conexus have "
    "a secure upload portal or an encrypted email route we could use instead?",
    "If there's a data sharing agreement you'd like us to sign, please send it over. This is a general process "
    "question rather than about any particular client."),
  L(),
  "An advice agency's general question about secure transfer and data sharing mentions data protection but asks "
  "for no right, and it writes about its own process, not for a named client (third_party false).",
  kind="k5", org=("Riverside Debt Advice", "riversidedebtadvice.org.uk", "Operations Coordinator"))

S(74, "conexus", "creditor", "Annual supplier review - documents needed",
  B("As part of our annual review of collection partners, please send us the following by 31 July:",
    "- your current data processing agreement with us, signed\n"
    "- your ISO 27001 certificate\n"
    "- data protection training completion figures for staff working on our accounts\n"
    "- confirmation of any personal data breaches affecting our customers in the last 12 months (a nil return is "
    "fine)",
    "Many thanks."),
  L(),
  "A creditor's supplier-review checklist mentions GDPR documents and asks about breaches without describing one; "
  "no right and no breach.",
  kind="k5", org=("Sterling Credit Loans", "sterlingcredit.co.uk", "Vendor Assurance Officer"))

S(75, "conexus", "relative", "My mum's account - what happens after breathing space?",
  B("I help my mother, Mrs Irene Caddick, with her post (ref 3304-71925) and she has asked me to write for her. Her "
    "breathing space ends on 12 August.",
    "Could you tell us what happens to the account after that - will interest or charges be added for the period, "
    "and how soon will you expect payments to start again? Her debt adviser is putting a plan together and we'd "
    "like to know the timescales.",
    "Thank you."),
  L(tp=True),
  "A son writing for his mother (third_party) asks neutral questions about process and timescales; nothing about "
  "her personal data, so no rights and no complaint.",
  kind="k2")

S(76, "conexus", "adviser", "Client Mr Tomasz Wrona - collection charge added",
  B("We act for Mr Wrona (authority enclosed). Your statement dated 2 June shows a 'collection charge' of £96.50 "
    "added to his Pennant Mobile balance in May. Neither Pennant's terms nor your first letter to him mention any "
    "such charge, and Mr Wrona is on a reduced income.",
    "Please remove the charge from his balance, confirm the corrected figure and explain on what basis it was "
    "added."),
  L(c=True, tp=True, cat="fees_charges"),
  "An adviser (third_party) challenges a charge Conexus added: an implicit fees_charges complaint; 'on what basis' "
  "refers to the charge, not to the processing of personal data, so not informed.",
  kind="k4", org=("Meadowbank Money Advice", "meadowbankadvice.org.uk", "Senior Money Adviser"))

S(77, "conexus", "solicitor", "Your ref 7715-30492 - change of our address",
  B("We act for Mrs Hannah Lowry in connection with the above account. Please note that this firm moved offices on "
    "1 June, and all correspondence should now go to Bexley & Crane Solicitors, 2nd Floor, 18 Castle Street, "
    "Shrewsbury SY1 2BQ. Our email addresses and telephone number are unchanged.",
    "Please update your file accordingly."),
  L(tp=True),
  "A solicitor acting for a client (third_party) gives the firm's own new office address; 'update your file' "
  "concerns the representative's business details, not the client's personal data, so not rectification.",
  kind="k1", org=("Bexley & Crane Solicitors", "bexleycrane.co.uk", "Solicitor"))

S(78, "conexus", "debtor", "Online form: general enquiry",
  "Conexus online form - General enquiry\nAccount number: 4402-88170\nName: {name}\nPreferred contact: Email\n"
  "Enquiry: Please send me a statement showing every payment I have made on this account since it came to you in "
  "2022, and the balance left. I need it for a court form about my finances.",
  L(),
  "A statement of payments and balance is an account statement (section 4 and the brief: not access, and no "
  "machine-readable transfer, so not portability); a neutral request.",
  kind="k4", style="form")

S(79, "conexus", "debtor", "What happens next with my account?",
  B("I've been paying £25 a month since February under the plan I agreed with your colleague.",
    "A few questions: how long will my account stay with Conexus, could it ever be sent back to the original "
    "company or on to another agency, and would you ever take it to court while I'm keeping up the payments? I'd "
    "just like to know where I stand.",
    "Thanks"),
  L(),
  "Neutral questions about what happens to the account and timescales concern the debt's process, not the "
  "writer's personal data: an enquiry with no rights.",
  kind="k2")

S(80, "conexus", "debtor", "Council tax for a house I'd already left",
  B("Your letter is chasing £1,042 of council tax for 27 Dunmore Road for October 2024 to March 2025. I moved out "
    "of that house on 30 September 2024 and told Westbury Council in writing, with my tenancy end date. They have "
    "simply kept billing me for months I didn't live there.",
    "How did the council work out that I owe this? They need to correct the bill, and I'm not paying for a property "
    "I had already left."),
  L(c=True, cat="debt_dispute", firm="wbc"),
  "The root cause is the council's own bill, which only the creditor can fix: a debt_dispute complaint forwarded "
  "to Westbury (wbc); 'correct the bill' is about the debt, not rectification.",
  kind="k4")

# =============================================================================================
# envelopes

FIRST = ["Aisha", "Ben", "Chloe", "Daniel", "Eleni", "Fraser", "Grace", "Harjit", "Imogen", "Jamal", "Kerry",
         "Liam", "Megan", "Nadia", "Owen", "Priya", "Rory", "Sian", "Tariq", "Una", "Vikram", "Wendy", "Yusuf",
         "Zoe", "Callum", "Deborah", "Gareth", "Hollie", "Kwame", "Lorna", "Martin", "Niamh", "Pauline", "Reece",
         "Shona", "Trevor"]
LAST = ["Abbott", "Bramwell", "Chaudhry", "Donnelly", "Ellwood", "Fairbairn", "Gallagher", "Hussain", "Ingram",
        "Jarvis", "Kowalski", "Lindsay", "Mensah", "Nightingale", "Osborne", "Pritchard", "Quinlan", "Rahman",
        "Sutcliffe", "Thornton", "Underwood", "Varley", "Whitfield", "Yeomans", "Appleby", "Bhatt", "Coulson",
        "Driscoll", "Eastwood", "Fletcher", "Greaves", "Holloway", "McAllister", "Parkinson", "Redfern", "Stanton"]
MAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "icloud.com",
                "live.co.uk", "proton.me", "sky.com", "virginmedia.com"]
INDIVIDUAL = ("consumer", "debtor", "relative")

GREET_PERSON = ["Hello,", "Hi,", "Dear Sir or Madam,", "To whom it may concern,", "", "Hi there,", "Good morning,"]
GREET_PEXA_ORG = ["Hi team,", "Hello,", "Good morning,", "Dear PEXA team,", "Hi PEXA Support,"]
GREET_CONEXUS_ORG = ["Dear Sir or Madam,", "Dear Conexus team,", "Good afternoon,", "Hello,"]
SIGN_PERSON = ["Thanks,\n{first}", "Regards,\n{name}", "{name}", "Many thanks,\n{name}", "Thank you\n{name}",
               "{first}", "Kind regards\n{first} {last}"]
SIGN_ORG = ["Kind regards,\n{name}\n{title}\n{org}", "Thanks,\n{first}\n\n{name} | {title} | {org}",
            "Best wishes,\n{name}\n{title}, {org}", "Regards\n\n{name}\n{title}\n{org}"]
PHONE_SIG = ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from Yahoo Mail on "
             "Android", "Sent from my iPad"]

QUOTE_WHO = {
    ("pexa", "person"): [("PEXA Customer Care <care@pexa.co.uk>",
                          "Thank you for getting in touch with PEXA.\nYour reference is {ref}. A member of our team "
                          "will respond within five business days.\n\nPEXA Customer Care"),
                         ("PEXA Help <help@pexa.co.uk>",
                          "Hello,\nThanks for your message (case {ref}). So that we can look into this, could you "
                          "tell us the property address and the name of your conveyancer?\n\nKind regards\nPEXA "
                          "Help")],
    ("pexa", "org"): [("PEXA Support <support@pexa.co.uk>",
                       "Hello,\nThanks for your message, which we have logged as case {ref}.\nCould you confirm the "
                       "workspace number so we can look into this?\n\nKind regards\nPEXA Support"),
                      ("PEXA Customer Care <care@pexa.co.uk>",
                       "Thank you for contacting PEXA. Your reference is {ref}.\nWe aim to reply within five "
                       "business days.")],
    ("conexus", "person"): [("Conexus Customer Services <help@conexus.co.uk>",
                             "Dear customer,\nThank you for your email. We have logged it under reference {ref} and "
                             "will reply within 5 working days.\n\nConexus Customer Services"),
                            ("Conexus <accounts@conexus.co.uk>",
                             "We are writing about your account, our reference {ref}.\nPlease contact us on 0300 555 "
                             "0147 to discuss the balance and your repayment options.")],
    ("conexus", "org"): [("Conexus Client Services <clients@conexus.co.uk>",
                          "Hi,\nThanks for your message. I've passed this to the team and will come back to you "
                          "shortly. Ticket {ref}.\n\nConexus Client Services"),
                         ("Conexus Customer Services <help@conexus.co.uk>",
                          "Thank you for your email, which we have logged under reference {ref}. We will reply "
                          "within 5 working days.")],
}
QUOTE_WHEN = ["Mon, 2 Mar 2026 at 09:12", "Tue, 10 Mar 2026 at 16:40", "Thu, 19 Mar 2026 at 11:05",
              "Wed, 1 Apr 2026 at 14:27", "Fri, 17 Apr 2026 at 10:58", "Tue, 5 May 2026 at 15:31",
              "Mon, 18 May 2026 at 08:46", "Thu, 4 Jun 2026 at 12:19"]

ENVS = ["plain", "html", "reply", "typo", "phone"]


def person(rng, sc, avoid=None):
    """Draw the sender: (name parts, address). Draws: first, last (again while the name equals `avoid`, the other
    rendering's sender), then the address shape and domain."""
    firsts, lasts = sc["names"] or (FIRST, LAST)
    first, last = rng.choice(firsts), rng.choice(lasts)
    while avoid and (f"{first} {last}" == avoid or first == avoid.split()[0]):
        first, last = rng.choice(firsts), rng.choice(lasts)
    f, la = re.sub(r"[^a-z]", "", first.lower()), re.sub(r"[^a-z]", "", last.lower())
    if sc["org"]:
        addr = f"{f}.{la}@{sc['org'][1]}"
        rng.random()  # keep one draw per sender shape for every role
    else:
        shape = rng.randrange(5)
        num = rng.randrange(10, 99)
        local = [f"{f}.{la}", f"{f[0]}{la}{num}", f"{f}{la}", f"{f}_{la}{num}", f"{la}.{f}"][shape]
        addr = f"{local}@{rng.choice(MAIL_DOMAINS)}"
    p = {"first": first, "last": last, "name": f"{first} {last}", "email": addr,
         "oldemail": f"{f}{la[:3]}{rng.randrange(60, 90)}@talkfree.net",
         "badlast": letter_edit(last, 2, "swap") if last[2] != last[3] else letter_edit(last, 2, "drop")}
    if sc["org"]:
        p.update(org=sc["org"][0], title=sc["org"][2])
    return p


def fill(text, p):
    for k in ("name", "first", "last", "email", "oldemail", "badlast", "org", "title"):
        if k in p:
            text = text.replace("{" + k + "}", p[k])
    return text


def render(rng, sc, env, avoid=None):
    """One email of scenario sc in envelope env (sender name different from `avoid`)."""
    p = person(rng, sc, avoid)
    org_role = sc["role"] not in INDIVIDUAL
    short = env == "short"
    subject, body = sc["short"] if short else (sc["subject"], sc["body"])
    subject, body = fill(subject, p), fill(body, p)
    phone = env == "phone"
    html = env == "html"
    quote = None
    name = env
    if env == "typo":
        body = typos_outside_marks(body, rng, MARK_RIGHTS, 0.4)
        if rng.random() < 0.5:
            phone, name = True, "typo-phone"
    if env == "reply":
        who, text = rng.choice(QUOTE_WHO[(sc["mailbox"], "org" if org_role else "person")])
        quote = (f"On {rng.choice(QUOTE_WHEN)}, {who} wrote:", text)
        if rng.random() < 0.3:
            html, name = True, "reply-html"
    if short and not body:
        name = "subject-only"
    elif short:
        sign = rng.choice(["", "{first}", "{name}"])
        body = body + ("\n\n" + fill(sign, p) if sign else "")
    elif sc["style"] != "form":
        if sc["style"] == "casual":
            greet, sign = "", rng.choice(["", "{first}", "{first} {last}"])
        else:
            if org_role:
                greet = rng.choice(GREET_PEXA_ORG if sc["mailbox"] == "pexa" else GREET_CONEXUS_ORG)
                sign = rng.choice(SIGN_ORG)
            else:
                greet, sign = rng.choice(GREET_PERSON), rng.choice(SIGN_PERSON)
            if sc["style"] == "nogreet":
                greet = ""
        body = (greet + "\n\n" if greet else "") + body + ("\n\n" + fill(sign, p) if sign else "")
    if phone:
        body = body + "\n\n" + rng.choice(PHONE_SIG)
    subject_marks, body_marks = rights_marks_of(subject), rights_marks_of(body)
    rights = {r for r, _ in subject_marks + body_marks}
    assert rights == set(sc["labels"]["rights"]), (sc["source"], env, rights)
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=f"{p['name']} <{p['email']}>",
        subject=strip_marks(subject, MARK_RIGHTS), body=strip_marks(body, MARK_RIGHTS), html=html, quote=quote,
        subject_marks=subject_marks, body_marks=body_marks, labels=sc["labels"], note=sc["note"],
        source=sc["source"], env=name)


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["short"]:
            envs = ["short", rng.choice([e for e in ENVS if not (e == "phone" and sc["style"] == "form")])]
        else:
            envs = rng.sample([e for e in ENVS if not (e == "phone" and sc["style"] == "form")], 2)
        avoid = None
        for env in envs:
            records.append(render(rng, sc, env, avoid))
            avoid = records[-1]["from"].split(" <")[0]
    return records


def summary(records, env_counts):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], []).append(r)
    labs = {s: rs[0]["labels"] for s, rs in by_src.items()}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(by_src)} scenarios, {len(records)} emails "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)})"]
    for right in RIGHTS:
        n_s = sum(right in lab["rights"] for lab in labs.values())
        n_e = sum(right in r["labels"]["rights"] for r in records)
        lines.append(f"  {right}: {n_s} scenarios, {n_e} emails")
    look = [s for s in by_src if not labs[s]["rights"]]
    kinds = Counter(KIND[s] for s in look)
    lines.append(f"look-alikes: {len(look)} scenarios, {sum(len(by_src[s]) for s in look)} emails; kinds "
                 + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds))
                 + f"; complaints {sum(labs[s]['complaint'] for s in look)}")
    lines.append(f"complaints: {sum(lab['complaint'] for lab in labs.values())} scenarios "
                 f"({sum(lab['explicit'] for lab in labs.values())} explicit), "
                 f"{sum(r['labels']['complaint'] for r in records)} emails; rights scenarios with complaint "
                 f"{sum(labs[s]['complaint'] for s in by_src if labs[s]['rights'])}")
    lines.append(f"third party: {sum(lab['third_party'] for lab in labs.values())} scenarios, "
                 f"{sum(r['labels']['third_party'] for r in records)} emails")
    lines.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["rights", "complaint"])


if __name__ == "__main__":
    sys.exit(main())
