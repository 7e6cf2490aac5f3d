#!/usr/bin/env python3
"""Marked rights set T: 60 scenarios (30 pexa, 30 conexus), each rendered twice = 120 emails.

45 scenarios ask the receiving firm to act on one or more UK GDPR rights (all eight represented, about half
asking for two or three); 15 are look-alikes with rights [] (9 of them complaints) whose wording comes close
to a right ("access", "delete", "hold", "restricted", "export", "recording") without asking for one.
Every sentence that asks for a right is marked inline as [[right|sentence]] and becomes a request_sentences
entry. Envelopes (sender, greeting, sign-off, HTML, quoted firm reply, typos, short and subject-only versions)
are drawn from one seeded random.Random. All people, firms outside the directory, addresses and references are
invented.

Usage:  .venv/bin/python data/make/make_rights_marked_t.py
Stdlib only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, letter_edit, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270218
PREFIX = "rmt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "rights_marked_t.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# people and organisations (all invented)

FIRST_F = ["Harriet", "Megan", "Sunita", "Olwen", "Grace", "Tamsin", "Leanne", "Farah", "Chloe", "Ruth",
           "Ioana", "Kerry", "Abigail", "Nadia", "Siobhan", "Yasmin", "Lorna", "Esther", "Bethan", "Marisa"]
FIRST_M = ["Declan", "Owain", "Tariq", "Marcus", "Gareth", "Liam", "Samuel", "Kwame", "Ewan", "Rohan",
           "Piotr", "Dominic", "Callum", "Imran", "Hugh", "Stuart", "Jonah", "Aled", "Neil", "Ravi"]
SURNAMES = ["Ashworth", "Pemberton", "Okafor", "Llewellyn", "Castellano", "Haworth", "Iqbal", "Brannigan",
            "Treharne", "Wilmot", "Dunmore", "Fairclough", "Nowak", "Sandhu", "McAllister", "Greenhalgh",
            "Rowntree", "Kettering", "Oyelaran", "Blackwood", "Strachan", "Varley", "Quinlan", "Mabbott",
            "Horsfall", "Penrice", "Lindgren", "Achebe", "Thackeray", "Gorringe"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "icloud.com", "yahoo.co.uk",
                    "proton.me", "sky.com"]

PEXA_LAW = [("Ashdown Whitlock LLP", "ashdownwhitlock.co.uk"), ("Brindley Carr Solicitors", "brindleycarr.co.uk"),
            ("Halden & Roe Property Lawyers", "haldenroe.co.uk"), ("Copperfield Conveyancing", "copperfieldconveyancing.co.uk"),
            ("Linford Ames Solicitors", "linfordames.co.uk")]
PEXA_LENDERS = [("Northgate Mutual", "northgatemutual.co.uk"), ("Severn Vale Building Society", "severnvalebs.co.uk"),
                ("Calder Home Loans", "calderhomeloans.co.uk")]
PEXA_TITLES = ["Conveyancer", "Senior Conveyancing Executive", "Completions Officer", "Post-Completion Assistant",
               "Settlement Officer", "Paralegal", "Licensed Conveyancer", "Associate Solicitor"]
ADVICE_ORGS = [("Tynebridge Money Advice", "tynebridgeadvice.org.uk"), ("Fairway Debt Advice", "fairwaydebtadvice.org.uk"),
               ("Kingsmead Advice Centre", "kingsmeadadvice.org.uk"), ("Harbour Lights Money Help", "harbourlightsmoney.org.uk")]
ADVICE_TITLES = ["Money Adviser", "Debt Adviser", "Senior Money Adviser", "Casework Adviser"]
LAW_ORGS = [("Pryce Lowther Solicitors", "prycelowther.co.uk"), ("Oakbank Legal", "oakbanklegal.co.uk"),
            ("Merriott Hale LLP", "merriotthale.co.uk")]
LAW_TITLES = ["Solicitor", "Associate", "Trainee Solicitor", "Partner"]
MPS = ["Helen Marchbank", "David Orrell", "Joanna Presswood", "Anil Chaudry"]

GREET = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Good morning,", "Dear Sir or Madam,", "Hi there,", ""],
         "conexus": ["Dear Sir/Madam,", "Hello,", "To whom it may concern,", "Dear Conexus,", "Hi,",
                     "Dear Sir or Madam,", ""]}
FORMAL_GREET = {"pexa": ["Dear Sir or Madam,", "Dear PEXA,", "Dear Data Protection Officer,"],
                "conexus": ["Dear Sir or Madam,", "Dear Sirs,", "Dear Data Protection Officer,"]}
SIGNOFF = ["Kind regards,", "Regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,", ""]
FORMAL_SIGNOFF = ["Yours faithfully,", "Yours sincerely,", "Kind regards,"]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# the firm's earlier message for the reply envelope: (who, text with {ref}); the header line is drawn
GENERIC_QUOTES = {
    "pexa": [("PEXA Support", "Hello,\n\nThank you for contacting PEXA Support. We have logged your message under case "
                              "reference PX-{ref} and a member of the team will be in touch.\n\nKind regards,\nPEXA Support"),
             ("PEXA Customer Experience", "Thanks for getting in touch. Could you reply with any further details, "
                                          "including workspace numbers where relevant? Your reference is PX-{ref}.\n\n"
                                          "PEXA Customer Experience"),
             ("PEXA Privacy", "Dear customer,\n\nWe have received your email (our reference PX-{ref}). If you are "
                              "writing about personal data, please tell us which account or workspace it relates to.\n\n"
                              "PEXA Privacy Team")],
    "conexus": [("Conexus Customer Services", "Thank you for your email. Your message has been received and given "
                                              "reference CX-{ref}. We aim to reply within five working days.\n\n"
                                              "Conexus Customer Services"),
                ("Conexus Customer Relations", "Dear customer,\n\nThank you for contacting us. To help us find your "
                                               "account, please reply quoting your account number and postcode. "
                                               "Case CX-{ref}.\n\nKind regards,\nCustomer Relations"),
                ("Conexus Data Protection", "Thank you for your message, reference CX-{ref}. Please make sure you have "
                                            "included your full name, address and account number.\n\nData Protection Team")],
}


# ---------------------------------------------------------------------------------------------
# scenarios

SCEN = []


def sc(mailbox, role, subject, body, lab, note, *, short=None, subj_only=None, quote=None, client=None,
       title=None, formal=False, terse=False, any_org=False):
    """One scenario. role: pexa_staff | pexa_personal | person | debtor | adviser | solicitor | mp | creditor.
    short: a short body (plain envelope), subj_only: a subject for the subject-only envelope; quote: a
    scenario-specific earlier message (who, text with {ref}); client: gender ("f"/"m") of the person represented
    or mentioned as {client}; any_org: {org} may be a lender as well as a law firm."""
    SCEN.append(dict(mailbox=mailbox, role=role, subject=subject, body=body, labels=lab, note=note, short=short,
                     subj_only=subj_only, quote=quote, client=client, title=title, formal=formal, terse=terse, any_org=any_org,
                     source=f"rmt-s{len(SCEN) + 1:03d}"))


# ---- PEXA: rights -------------------------------------------------------------------------

sc("pexa", "pexa_personal", "Request for a copy of my personal data",
   "I was a settlement officer at {org} until the end of last year and had a PEXA user login the whole time I was "
   "there. I'm now pulling my own records together before starting a new role.\n\n"
   "[[access|Please send me a copy of all the personal data you hold about me, including my user profile, my login and activity history and any identity documents I uploaded during onboarding.]]\n\n"
   "An electronic copy to this address is fine. My old user ID was {userid}.",
   L(r="access"),
   "A neutral request for a copy of everything held is access; no dissatisfaction, so not a complaint.", any_org=True,
   short="[[access|Could you send me a copy of the personal data PEXA holds about me from my time as a user at {org}?]] "
         "My user ID was {userid}.")

sc("pexa", "person", "Why do I have an email from PEXA?",
   "This morning I received an email from PEXA saying that settlement for my purchase of 8 Wren Court had been "
   "scheduled. I had never heard of you before and would just like to understand how this works.\n\n"
   "[[informed|Could you tell me where you got my name and email address, what you use them for and who you share them with?]] "
   "[[access|I would also like a copy of whatever personal information you hold about me.]]\n\n"
   "I assume my solicitor passed my details on, which is fine - I just like to know.",
   L(r="informed,access"),
   "Curious, not dissatisfied: asking the source, purpose and recipients of her data is informed and asking for a copy is access; not a complaint.",
   quote=("PEXA Notifications", "Settlement for your property transaction has been scheduled.\n"
                                "Workspace: WS-{ref}\nThis is an automated message, please do not reply."))

sc("pexa", "pexa_staff", "Account suspended by your 'automated risk review'",
   "On Tuesday evening our firm's account was suspended without any warning. The message on screen says 'Account "
   "restricted following automated risk review' and sends me to a web form. Nobody has spoken to me.\n\n"
   "We had two remortgages due to settle on Wednesday. Both had to be moved, and I have had to explain to the "
   "clients and to both lenders why.\n\n"
   "[[automated_decision|I want the suspension looked at by a member of your staff, not left to the system.]] "
   "[[informed|Please also explain what information about me and my firm the risk review used, and where that information came from.]]\n\n"
   "I would like a reply by Friday.",
   L(c=True, r="automated_decision,informed", cat="process"),
   "Harm from an automatic suspension rule with a reply demanded is an implicit complaint whose root cause is the rule (process); a human review is automated_decision and what data the review used and its source is informed; 'restricted' in the system message is not the restriction right.",
   title="Principal")

sc("pexa", "pexa_staff", "Spelling of my surname on the platform",
   "Small thing, but it has started to bother me: my surname is spelt wrong on my PEXA user profile. It shows "
   "as '{surname_bad}' instead of '{surname}', and that is how it appears on the participant list other firms see.\n\n"
   "[[rectification|Could you please correct the spelling of my surname on my user profile?]] "
   "I tried to change it myself but the field is locked for normal users.\n\nThanks very much.",
   L(r="rectification"),
   "A polite request to correct her own name, with no grievance or remedy beyond the fix, is rectification without a complaint.",
   subj_only="[[rectification|Please correct the spelling of my surname on my PEXA profile]]")

sc("pexa", "pexa_personal", "Please stop sending me your marketing",
   "I left {org} in September and my PEXA user account was closed at that point. Since October I have been "
   "receiving your webinar invitations and 'product update' emails at this personal address, which I only ever "
   "gave your training team so they could send me a certificate. I have unsubscribed twice and they keep coming.\n\n"
   "[[objection|I object to my details being used for marketing or event invitations of any kind.]]\n\n"
   "[[erasure|Please also delete this email address and any other details you still hold about me, as I no longer have any reason to be on your systems.]]\n\n"
   "Please confirm when this has been done.",
   L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
   "Marketing to an address given for another purpose, continuing after two unsubscribes, is an implicit personal_data complaint (unexpected use, no disclosure); objecting to marketing is objection and deleting the details is erasure.", any_org=True)

sc("pexa", "person", "Sale of 27 Ferndale Road - completion keeps slipping",
   "I am selling my house at 27 Ferndale Road and Marsh & Penrose are acting for me. Completion was supposed to be "
   "on 6 March. The buyer's solicitors say everything is ready on their side in PEXA, but Marsh and Penrose have not "
   "returned one call or email in two weeks, and I am paying interest on a bridging loan every day this drags on. "
   "Please get them to sort this out.\n\n"
   "[[access|Separately, please send me a copy of the personal information PEXA holds about me for this sale.]] "
   "[[informed|I would also like to know how long you keep it after completion, and why.]]",
   L(c=True, r="access,informed", cat="delay", firm="mpc"),
   "A seller's complaint about her own conveyancer's silence is forwarded to that participant firm (mpc, delay), while the copy of her data and the retention question are asked of PEXA itself, so access and informed still count.")

sc("pexa", "pexa_staff", "Training records - moving firms",
   "I have moved from {org} to a new practice and would like to bring my PEXA training history with me.\n\n"
   "[[portability|Could you send me my training and certification records in a machine-readable file, CSV or JSON, so that I can load them into my new firm's CPD system?]]\n\n"
   "The PDF certificates would be a bonus, but the data file is what I really need. Thanks in advance.",
   L(r="portability"),
   "Asking for his own records in CSV or JSON to load into another system is portability; a routine request, not a complaint.",
   short="[[portability|Please can I have my PEXA training records as a CSV file to import into my new firm's CPD system?]] Thanks.")

sc("pexa", "pexa_staff", "Identity check keeps rejecting me",
   "I am trying to join PEXA as a newly qualified licensed conveyancer at {org}. The identity check compares a "
   "selfie with the photo on my driving licence, and it has rejected me three times with 'Face match failed'. "
   "I have had my hair cut very short since the licence photo was taken - that's the only explanation I can think "
   "of. There seems to be no way round this except starting again, and our first settlement on the platform is "
   "due in ten days.\n\n"
   "[[automated_decision|Please have a person check my identity instead of the automatic face match.]]\n\n"
   "[[informed|I would also like to know what happens to the selfies I have uploaded: who sees them, what they are used for and how long you keep them.]] "
   "[[erasure|Once I am verified, please delete the failed selfie images.]]",
   L(c=True, r="automated_decision,informed,erasure", cat="onboarding"),
   "Being blocked from joining, with a deadline and a fix wanted, is an implicit onboarding complaint; a person instead of the face match is automated_decision, how the selfies are used and kept is informed, deleting them is erasure; the grievance is the rejection, so personal_data=false.")

sc("pexa", "person", "Formal complaint - my passport sent to another firm",
   "I wish to make a formal complaint. Yesterday a paralegal at a firm I have never dealt with rang me to say "
   "that your onboarding team had emailed her my passport scan and proof of address, attached to a message about "
   "her own firm's application. She says she has deleted it, but I have no way of knowing who else received it.\n\n"
   "[[access|I want a copy of every record you hold showing who has viewed, downloaded or sent my identity documents.]]\n\n"
   "[[erasure|Now that my verification is complete, I also want my passport scan and utility bill deleted from your systems.]]\n\n"
   "Please treat this as urgent and tell me what you are doing about it.",
   L(c=True, ex=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
   "ID documents emailed to the wrong firm is a breach inside an explicit personal_data complaint; a copy of the records of who handled her documents is access and deleting them is erasure ('she has deleted it' is the other firm's action, not a request).",
   formal=True)

sc("pexa", "pexa_staff", "Wrong mobile number on my profile - locked out for a week",
   "The mobile number on my PEXA user profile is one I gave up in 2024, and your security codes keep going to it. "
   "Because the number can only be changed after a code has been entered, I have been locked out for five working "
   "days and my colleagues are covering my files. I have raised it twice through the support portal and both times "
   "been told to 'update it in my profile'.\n\n"
   "[[rectification|Please change the mobile number on my profile to {mobile}.]] "
   "[[restriction|Until that is done, stop sending codes or anything else to the old number.]]\n\n"
   "I'd like this fixed today please.",
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "The root cause is an out-of-date number held on her record (inaccurate personal data), with unhelpful replies and a fix demanded: implicit personal_data complaint; changing the number is rectification and not using the old one meanwhile is restriction.")

sc("pexa", "pexa_staff", "User productivity benchmarking",
   "I read in your latest participant update that PEXA is introducing 'user productivity benchmarking', comparing "
   "individual users' settlement times across firms.\n\n"
   "[[informed|Before this starts, please explain what data about me as an individual user will be used for it, on what legal basis, and whether the results will be shared with my employer.]]\n\n"
   "[[objection|I object to my individual activity data being used for benchmarking or profiling of this kind.]]\n\n"
   "To be clear, I have no issue with the platform itself - I just want this on record.",
   L(r="informed,objection"),
   "Questions and an objection raised before any processing has happened, with no dissatisfaction: informed (what data, basis, recipients) and objection (to profiling); not a complaint.", any_org=True)

sc("pexa", "person", "My father's sale - 3 Quayside Mews",
   "I am writing on behalf of my father, Mr {client_first} {surname}, who sold his flat at 3 Quayside Mews last "
   "month. His solicitors used your platform for the completion. He is 84 and I hold a lasting power of attorney "
   "for his property and financial affairs, a copy of which is attached.\n\n"
   "[[access|Please send me a copy of the personal information you hold about my father in connection with the sale.]]\n\n"
   "He has had a couple of letters he doesn't understand and we would like to check that everything is in order.",
   L(r="access", tp=True),
   "An attorney son asking for a copy of his father's data is an access request on someone else's behalf (third_party); no dissatisfaction, so not a complaint.",
   client="m")

sc("pexa", "pexa_staff", "Complaint - wrong advice from your support desk on 12 February",
   "I want to make a complaint about the advice your support desk gave me on 12 February. I rang twice that "
   "afternoon to ask whether a discharge could be added after the workspace had been signed, and both times I was "
   "told that it could. It couldn't, the settlement failed, and our client spent the weekend without the keys to "
   "her new home. Your email reply says the advisers 'followed the correct guidance'.\n\n"
   "[[access|Please send me the recordings of both of my calls to the support desk that afternoon.]]\n\n"
   "I would also like the fee for the rescheduled settlement refunded.",
   L(c=True, ex=True, r="access", cat="inaccurate_information"),
   "Wrong information from support that caused a failed settlement is an explicit inaccurate_information complaint; recordings of the writer's own calls are a copy of his personal data (access), which does not make the grievance about data handling.")

sc("pexa", "pexa_personal", "Data export and account closure - still nothing after six weeks",
   "On 2 February I asked for the data from my personal user account to be sent to me as a CSV or JSON file, and "
   "for the account to be closed and my details deleted afterwards. I have retired and my practice has closed. "
   "Apart from an automatic acknowledgement I have heard nothing, and it is now more than six weeks later.\n\n"
   "[[portability|Please send me my user and activity data in CSV or JSON format, as I originally asked.]] "
   "[[erasure|Then delete my account and my personal details.]]\n\n"
   "I don't think six weeks of silence is acceptable.",
   L(c=True, pd=True, r="portability,erasure", cat="personal_data"),
   "A data-rights request ignored for six weeks is a complaint about data handling (personal_data category, the specific theme over the generic delay); the renewed requests are portability and erasure.",
   title="Principal (retired)")

sc("pexa", "person", "Stop the survey emails",
   "I have had three emails from PEXA this month asking me to 'rate my settlement experience' and entering me into "
   "a prize draw. I sold my flat in January through my solicitor. I have never signed up to anything with you and I "
   "find it intrusive.\n\n"
   "[[informed|Where did you get my email address, and what else are you using it for?]] "
   "[[objection|I object to my email address being used for surveys, prize draws or anything similar.]]\n\n"
   "I expect a proper answer.",
   L(c=True, pd=True, r="informed,objection", cat="personal_data"),
   "Annoyance at unexpected use of her email by PEXA itself, with an answer demanded, is an implicit personal_data complaint handled by PEXA (not forwarded); source and use of the data is informed, and objecting to surveys is objection.",
   quote=("PEXA Research", "How did we do? Tell us about your recent settlement and you could win a £100 voucher.\n"
                           "Survey reference {ref}. To stop receiving these emails, reply STOP."))

sc("pexa", "pexa_staff", "Audit trail entry for workspace {ws}",
   "I'm not making a complaint at this stage, but I need something flagged quickly.\n\n"
   "The audit trail for workspace {ws} shows me approving the revised settlement figures at 16:42 on 4 March. "
   "I was on annual leave that day and did not log in at all, and my firm has now opened an internal review of "
   "what happened on that file.\n\n"
   "[[restriction|While you look into it, please mark that audit entry as disputed and do not release it or rely on it as a record of my actions.]]\n\n"
   "I can send you my leave record if that would help.",
   L(r="restriction"),
   "'Not a complaint' is a denial and nothing blames PEXA yet; asking that a contested entry be marked disputed and not used while it is checked is restriction.")

sc("pexa", "person", "Payment check on my purchase - can someone look at it?",
   "My conveyancer at {org} tells me the funds for my purchase are on hold because PEXA's automatic account check "
   "flagged my bank details as 'unverified'. The account is mine and I've banked there for twelve years. "
   "Completion isn't until the 28th, so there's time.\n\n"
   "[[automated_decision|I'd like a person at PEXA to look at this rather than leaving it to the automatic check.]] "
   "[[informed|Could you also tell me what information about me the check used?]]\n\n"
   "Thanks for your help.",
   L(r="automated_decision,informed"),
   "A calm request with time in hand and no dissatisfaction expressed is not a complaint; a person instead of the automatic check is automated_decision, and what data the check used is informed.")

sc("pexa", "pexa_staff", "Question about transfers of my data outside the UK",
   "Our privacy team circulated your updated privacy notice, which says some support and hosting is provided "
   "from Australia.\n\n"
   "[[informed|As a PEXA user, could you tell me which of my personal details are transferred outside the UK, to which countries, and what safeguards apply?]]\n\n"
   "This is just for my own understanding. Thank you.",
   L(r="informed"),
   "An individual user asking where her own data goes and under what safeguards is informed; neutral, so not a complaint.", any_org=True)

sc("pexa", "person", "Complaint: I keep getting someone else's settlement emails",
   "I want to complain. For three weeks I have been receiving PEXA notification emails about a property purchase "
   "in Leicester that has nothing to do with me. They include people's names, the address, settlement dates and "
   "amounts. I think someone typed my email address by mistake. I replied to two of them and nothing changed.\n\n"
   "[[erasure|Remove my email address from your system entirely.]]\n\n"
   "Somebody else's details are being sent to me, which can't be right, and I want to know it has been stopped.",
   L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
   "Other people's settlement details sent to the wrong person is a breach inside an explicit personal_data complaint; removing her own address from the system is erasure.",
   short="I want to complain - I keep getting settlement emails about a stranger's house purchase. "
         "[[erasure|Remove my email address from your system.]]",
   quote=("PEXA Notifications", "Funds for workspace WS-{ref} have been received.\n"
                                "This is an automated message, please do not reply."))

sc("pexa", "person", "Settlement figures for my tax return",
   "I completed the purchase of a buy-to-let flat in November, with {org} acting for me, and my accountant needs "
   "the completion figures for my tax return.\n\n"
   "[[portability|Please could you send me the settlement details for my purchase in a machine-readable format, such as CSV, so my accountant can import them into her software?]]\n\n"
   "The workspace number on my completion statement is {ws}.",
   L(r="portability"),
   "His own settlement data in CSV to load into other software is portability; a routine request, not a complaint.")

sc("pexa", "pexa_staff", "Sales calls to my personal mobile",
   "Twice this week I have had calls on my personal mobile from PEXA's business development team trying to sell "
   "our firm an upgraded subscription. The only reason PEXA has that number is that I registered it for "
   "two-factor security codes, and the person calling me even mentioned that.\n\n"
   "[[objection|I object to my mobile number being used for any sales or marketing.]]\n\n"
   "I want an assurance that this won't happen again.",
   L(c=True, pd=True, r="objection", cat="personal_data"),
   "A number given for security used for sales calls is unexpected use of personal data with an assurance demanded (implicit personal_data complaint, no disclosure so breach=false); objecting to sales use is objection.")

sc("pexa", "solicitor", "Our client {client} - subject access and restriction request",
   "We act for {client}, formerly a post-completion officer at Heathcote Bank, in connection with an employment "
   "dispute. Our client's signed authority is attached.\n\n"
   "[[access|On her behalf, we request a copy of all personal data PEXA holds about her, including the platform audit trail entries recorded against her user ID between January and April this year.]]\n\n"
   "[[restriction|As our client disputes the accuracy of several of those entries, we also ask that you restrict the processing of them, other than storage, until their accuracy has been verified.]]\n\n"
   "Please send your response to the writer.",
   L(r="access,restriction", tp=True),
   "A solicitor writing for a client is third_party; a copy of her data is access and limiting the contested entries to storage is restriction; no grievance against PEXA, and Heathcote Bank is only the former employer.",
   client="f", formal=True)

sc("pexa", "pexa_staff", "Rejected twice because of a wrong date of birth",
   "My application to be added as a user at {org} has been rejected twice by your identity check, and I have just "
   "found out why. The date of birth on my pending profile is 07/11/1992 when it should be 11/07/1992 - our "
   "administrator entered it the American way round, and the check then decided I didn't match my passport. "
   "I have been unable to work on live files for a fortnight.\n\n"
   "[[rectification|Please correct my date of birth to 11 July 1992.]] "
   "[[automated_decision|I'd also like someone on your team, not the automated check, to make the decision on my application this time.]]\n\n"
   "I can't risk a third automatic rejection.",
   L(c=True, r="rectification,automated_decision", cat="onboarding"),
   "Two weeks blocked from joining, with a fix demanded, is an implicit onboarding complaint (the specific theme); correcting the date of birth is rectification and a person instead of the automated check is automated_decision.")

# ---- PEXA: look-alikes --------------------------------------------------------------------

sc("pexa", "pexa_staff", "Locked out of PEXA since Monday - completions at risk",
   "Since Monday morning none of the four users in our team can get into the platform. After the password reset "
   "you forced on everyone we all get 'Access denied - contact your subscriber administrator', and I am the "
   "subscriber administrator. Your support line says the reset 'should have worked' and that we should wait.\n\n"
   "We have three completions booked for Friday and I cannot even open the workspaces to check the figures. "
   "I need our access restored today and an explanation of what went wrong.",
   L(c=True, cat="platform_defect"),
   "'Access' here is platform access, not the right of access: a system failure with a fix and explanation demanded is an implicit platform_defect complaint with rights [].",
   title="Practice Manager")

sc("pexa", "pexa_staff", "Please delete draft workspace {ws}",
   "Could you please delete the draft workspace {ws} that I opened by mistake this morning for 14 Larch Close? "
   "I had the wrong lender selected and have since opened the correct one.\n\n"
   "Also, please remove the duplicate settlement statement I uploaded to that workspace before I noticed - the "
   "second upload is the right one.\n\nThanks.",
   L(),
   "Deleting a draft workspace and a duplicate document is a routine service request about the firm's own records, not erasure of anyone's personal data; rights [] and no complaint.",
   short="Please delete draft workspace {ws} - I opened it by mistake with the wrong lender. Thanks.", any_org=True)

sc("pexa", "person", "Greyfriars Law will not give me my file",
   "I bought my flat through Greyfriars Law last autumn. In January I asked them for a copy of everything they "
   "hold about me, because I think they got my stamp duty figure wrong. They refused, saying the file belongs to "
   "the firm, and now they don't reply at all.\n\n"
   "I found your name on my completion statement. I'm not asking PEXA for anything of mine - it's Greyfriars I'm "
   "unhappy with - but as they use your system, could you make sure the right person there sees this and deals "
   "with my request properly?",
   L(c=True, pd=True, cat="personal_data", firm="gfl"),
   "A consumer's complaint that her conveyancer refused her data request is forwarded to that firm (gfl, personal_data: a rights request refused); she asks nothing of PEXA's own data, so rights [].")

sc("pexa", "pexa_staff", "Settlement report export returning empty files",
   "The 'Export to CSV' button on the Settlement Reports page has returned an empty file every time since the "
   "release on 9 March. Our finance team reconciles platform fees against that export every month and we are "
   "now two weeks behind.\n\n"
   "Please fix it, or send us the March report in the meantime. This has been reported twice already.",
   L(c=True, cat="platform_defect"),
   "A broken export of the firm's business report is a platform_defect complaint; a CSV of fee data is not the portability right, so rights [].",
   title="Finance Manager")

sc("pexa", "pexa_staff", "Supplier due diligence - data protection documents",
   "I am the Data Protection Officer at {org}. As part of our annual supplier review, please send us your current "
   "data processing agreement, a list of your sub-processors and the locations where workspace data is hosted, "
   "together with a summary of your most recent penetration test.\n\n"
   "We would be grateful for these by the end of the month.",
   L(),
   "A firm's supplier due diligence on how PEXA processes data is an organisational request, not an individual exercising the right to be informed about their own data; rights [] and no complaint.",
   title="Data Protection Officer", formal=True, any_org=True)

sc("pexa", "pexa_staff", "Fourth request for the same passport certification",
   "This is the fourth time your onboarding team has asked me to upload a certified copy of my passport. Each time, "
   "about a week later, I get an email saying the certification 'could not be verified', with no explanation of "
   "what is wrong with it. Our firm has been trying to join since January.\n\n"
   "Please tell me exactly what is wrong with the certification, or have someone ring me to go through it.",
   L(c=True, cat="onboarding"),
   "Repeated unexplained onboarding rejections with an explanation demanded are an implicit onboarding complaint; nothing says the decision is automated and no personal-data right is asked, so rights [].")

sc("pexa", "person", "What is the PEXA fee on my completion statement?",
   "I'm buying my first house and the completion statement from my conveyancer has a line that says 'PEXA "
   "settlement fee'. What is PEXA, and what is this fee for? Does every buyer pay it?\n\n"
   "I'm not unhappy about it, I just want to understand it before I sign.",
   L(),
   "A first-time buyer's neutral question about a fee is an enquiry with no dissatisfaction and no question about her own data, so not a complaint and rights [].")

# ---- Conexus: rights ----------------------------------------------------------------------

sc("conexus", "debtor", "Subject access request - {ref}",
   "[[access|Under Article 15 of the UK GDPR, please provide a copy of all the personal data you hold about me, including call recordings, account notes and any information you received from the original creditor.]]\n\n"
   "Please reply by email.",
   L(r="access"),
   "A bare Article 15 request for a copy of everything held is access; no dissatisfaction, not a complaint.",
   subj_only="[[access|Please send me a copy of all the data you hold about me]] - ref {ref}", terse=True)

sc("conexus", "debtor", "Change of name - account {ref}",
   "I got married in February and have changed my surname from {oldsurname} to {surname}.\n\n"
   "[[rectification|Please update my name on account {ref} and on all future letters.]]\n\n"
   "A copy of the marriage certificate is attached. My payments will carry on from the same bank account.",
   L(r="rectification"),
   "Updating her name on the account is rectification; a routine request, not a complaint.")

sc("conexus", "debtor", "You have the wrong person",
   "Your letters say I owe £1,140 to Pennant Mobile. I have never had a Pennant contract. The date of birth in "
   "your letter is not mine - it's eleven years out - and I have lived at this address for twenty years. You have "
   "obviously got the wrong {first} {surname}.\n\n"
   "[[informed|I want to know where you got my address and how you linked it to this account.]] "
   "[[erasure|Once you have confirmed the mistake, delete my details from the account, because it isn't mine.]]\n\n"
   "I don't want another letter until this is sorted out.",
   L(c=True, pd=True, r="informed,erasure", cat="debt_dispute"),
   "Chased for a debt that is not his is a debt_dispute (not owed) caused by Conexus linking his data to the account, so personal_data=true and firm null; where the address came from is informed and removing his details is erasure.")

sc("conexus", "adviser", "{client} - account {ref} - payment history and data request",
   "I am a debt adviser at {org} and act for {client}, whose signed authority is attached. We are preparing a "
   "debt relief order application.\n\n"
   "[[portability|Please send the full payment history for account {ref} as a CSV or Excel file so that we can import it into our case management system.]]\n\n"
   "[[access|Please also provide a copy of all other personal data you hold about our client, including contact notes.]]",
   L(r="portability,access", tp=True),
   "A debt adviser writing for a client is third_party; the payment history in CSV to import elsewhere is portability and a copy of the rest is access; no grievance.",
   client="f")

sc("conexus", "debtor", "Your payment plan tool keeps refusing my offer",
   "This is the third time I have tried your online payment plan tool, and the third time it has refused my offer "
   "of £25 a month within seconds. It doesn't ask about my rent or my kids, it just says 'offer below acceptable "
   "threshold'. I'm a single mum on part-time wages and £25 is genuinely what I can afford.\n\n"
   "[[automated_decision|I want an actual person to look at my income and outgoings and decide, not the computer.]]\n\n"
   "Please ring me after 3pm.",
   L(c=True, r="automated_decision", cat="process"),
   "Frustration at an automatic threshold that refuses her offer, with a call back wanted, is an implicit complaint about the rule (process); a person deciding instead of the tool is automated_decision.",
   subj_only="your plan tool has refused my £25 offer 3 times - [[automated_decision|I want a real person to decide my payment plan]]")

sc("conexus", "debtor", "Objection to profiling - account {ref}",
   "I have been reading your privacy notice. It says you may use information from credit reference agencies to "
   "build a 'propensity to pay' score and to tailor offers to customers.\n\n"
   "[[objection|I object to my data being used for profiling of this kind and for any marketing.]]\n\n"
   "I'm happy to keep paying under my existing plan and to be contacted about the account itself.",
   L(r="objection"),
   "Objecting to profiling and marketing before any harm, with no dissatisfaction, is objection without a complaint.")

sc("conexus", "debtor", "Complaint - settled account still being chased",
   "I am writing to complain that you are still chasing me for the Sterling Credit loan, account {ref}, which I "
   "settled with you in full last August under the offer in your letter of 14 July. I have your letter confirming "
   "the settlement and my bank statement showing the £820 payment. Last week I received another reminder and a "
   "call at 8pm.\n\n"
   "[[restriction|Until you have confirmed the account is closed, do not use or pass on my details in connection with this debt, including to credit reference agencies.]]\n\n"
   "Please confirm in writing that the account is closed with a zero balance.",
   L(c=True, ex=True, r="restriction", cat="debt_dispute"),
   "A settled debt still pursued by Conexus is an explicit debt_dispute complaint about Conexus's own conduct (firm null, the creditor only named); not using or passing on his data until it is confirmed is restriction.",
   formal=True)

sc("conexus", "mp", "Constituent {client} - disclosure of debt to employer",
   "I am writing on behalf of our constituent, {client}, who has given written consent for this office to act "
   "(attached).\n\n"
   "On 2 March one of your agents telephoned {client_first}'s workplace and, when told he was not available, "
   "explained to his line manager that the call was about an overdue debt of £3,400. This has caused him "
   "considerable embarrassment at work.\n\n"
   "[[access|Our constituent asks for a copy of all the personal data Conexus holds about him, including the notes and recording of that call.]] "
   "[[informed|He also wishes to know to whom else his information has been disclosed, and for what purpose.]]\n\n"
   "I would be grateful for your response and for an explanation of how this disclosure came about.",
   L(c=True, pd=True, br=True, r="access,informed", tp=True, cat="personal_data"),
   "An MP's office (third_party) reporting a debt disclosed to an employer is a breach and the main grievance, so an implicit personal_data complaint; a copy of the data and recordings is access and whom it was disclosed to is informed; 'how this came about' asks about the incident, not a right.",
   client="m", formal=True)

sc("conexus", "debtor", "Closed account - please delete my details",
   "My account with you (ref {ref}) for a Lumen Water bill was paid off in 2018 and you confirmed at the time that "
   "it was closed. I'm tidying up my affairs.\n\n"
   "[[erasure|Please delete all the personal data you still hold about me.]] "
   "[[restriction|If there is anything you are legally required to keep, please restrict it so that it is only stored and not used for anything else.]]\n\n"
   "Thank you.",
   L(r="erasure,restriction"),
   "A neutral tidy-up: deleting the data is erasure and limiting anything kept to storage is restriction; Lumen Water is only the creditor named and nothing is wrong, so not a complaint.",
   short="[[erasure|Please delete my personal data - account {ref} was paid off in 2018.]] "
         "[[restriction|Anything you have to keep, please restrict to storage only.]]")

sc("conexus", "debtor", "Letter about 'pre-litigation review'",
   "Yesterday's letter says my account has been 'selected for pre-litigation review' and that court action may "
   "follow in 14 days. I have paid £30 a month since November with one late payment, which your colleague agreed "
   "to in advance. It reads as if a computer has decided this.\n\n"
   "[[informed|Please tell me whether this decision was made automatically, and what information about me it was based on.]] "
   "[[automated_decision|If it was automated, I want a member of staff to review it before anything else happens.]]\n\n"
   "I have barely slept since it arrived.",
   L(c=True, r="informed,automated_decision", cat="collection_conduct"),
   "Distress at a threat of court action despite paying as agreed is an implicit collection_conduct complaint; what data the decision used is informed and a staff review of an automated escalation is automated_decision.")

sc("conexus", "debtor", "Pennant Mobile charges - not my debt",
   "Pennant Mobile are charging me £386 for the 'remaining months' of a contract that ended in June. I have an "
   "email from Pennant confirming I was out of contract, and they still won't listen to me. They have passed the "
   "balance to you, but the mistake is theirs, not yours. Please send it back to them to sort out.\n\n"
   "[[access|In the meantime, please send me a copy of all the information you hold about me and this account, including what Pennant sent you.]]",
   L(c=True, r="access", cat="debt_dispute", firm="pmt"),
   "Only the creditor can fix a charge billed after the contract ended, so the complaint is about Pennant Mobile (pmt, debt_dispute); the copy of the data is asked of Conexus itself, so access still counts.")

sc("conexus", "debtor", "My number is on my father's account",
   "My father's account with you (ref {ref}) has my mobile number on it as his contact number. I have no idea how "
   "you got it - possibly from an old form. I have had six calls this month asking for him, and I have told every "
   "caller that he doesn't live with me. I am not responsible for his debt and I don't want to be involved in it.\n\n"
   "[[erasure|Delete my mobile number from his account and from your records.]]",
   L(c=True, pd=True, r="erasure", cat="personal_data"),
   "She writes about her own number, not for her father, so third_party=false; her data held and used on someone else's account is an implicit personal_data complaint, and deleting it is erasure.")

sc("conexus", "debtor", "Letters going to the wrong town",
   "Your letters for my account are being sent to 19 Holloway Street, Barnsley. I have never lived there. I live at "
   "19 Holloway Street, Burnley, which is the address on all my payment plan paperwork. The people in Barnsley "
   "forwarded one of your letters to me with a note - they have read my name and my balance. Somebody at your end "
   "has changed my address wrongly.\n\n"
   "[[rectification|Correct my address to 19 Holloway Street, Burnley BB11 2QT.]] "
   "[[restriction|Do not send anything to the Barnsley address again, and do not use it for anything until this is fixed.]]\n\n"
   "I want to know that this will not happen again.",
   L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
   "Letters with his balance read by strangers at a wrongly recorded address are a breach inside an implicit personal_data complaint; correcting the address is rectification and not using the wrong one is restriction.")

sc("conexus", "debtor", "Payment history for my debt management plan",
   "I've signed up with StepAhead Debt Solutions for a debt management plan and they need my repayment history "
   "with you.\n\n"
   "[[portability|Can you send me the payment history on my account as a spreadsheet or CSV file so I can upload it to their portal?]]\n\n"
   "Account {ref}. Many thanks.",
   L(r="portability"),
   "His payment history as a spreadsheet to upload to another provider is portability; routine, not a complaint.",
   short="[[portability|Please email my payment history as a CSV file so I can upload it to my new debt plan provider.]] Account {ref}.")

sc("conexus", "debtor", "Complaint - my details passed to a loans company",
   "I'm complaining about a phone call I received on Saturday from a company called ClearPath Finance, offering "
   "to 'consolidate my Conexus debt'. They knew my balance and the name of the original creditor. When I asked "
   "where they had got this, they said from 'our partner Conexus'.\n\n"
   "[[informed|Tell me which companies you have shared my details with, and on what basis.]] "
   "[[objection|I object to my information being passed to anyone for marketing.]]",
   L(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
   "An explicit complaint that Conexus shared his details with a marketing partner: data shared unexpectedly (personal_data) but deliberately, not lost or misdirected, so breach=false; recipients and basis is informed, and refusing marketing use is objection.")

sc("conexus", "debtor", "How long do you keep my details?",
   "I finished paying off my account (ref {ref}) last month - thank you for the letter confirming it.\n\n"
   "[[informed|Could you tell me how long you will keep my details now that it's closed, and what you keep them for?]]\n\n"
   "Just so I know.",
   L(r="informed"),
   "Thanks plus a question on retention and purpose is the right to be informed; no dissatisfaction, not a complaint.",
   short="Account {ref} is paid off. [[informed|How long will you keep my details now, and what for?]]")

sc("conexus", "solicitor", "{client} - your ref {ref} - subject access request",
   "We act for {client} in connection with the above account and enclose her signed form of authority.\n\n"
   "[[access|Pursuant to Article 15 of the UK GDPR, we request on our client's behalf a copy of all personal data you hold concerning her, including call recordings, file notes, correspondence and records of any information obtained from third parties.]]\n\n"
   "Please provide the data electronically to this address within one month of receipt.",
   L(r="access", tp=True),
   "A solicitor's Article 15 request for a client is access on someone else's behalf (third_party), with no grievance.",
   client="f", formal=True, terse=True)

sc("conexus", "debtor", "Before I accept the plan",
   "Your online tool has offered me a plan of £60 a month, which I think is about right, and I'm happy to go ahead. "
   "Before I accept, was that figure worked out automatically from my answers?\n\n"
   "[[automated_decision|If it was, I'd like a member of your team to review it and confirm the plan before it is set up.]]\n\n"
   "Thanks.",
   L(r="automated_decision"),
   "Content with the offer and asking for a staff review of an automatic decision: automated_decision without a complaint.")

sc("conexus", "debtor", "Still using my old name",
   "I changed my name by deed poll in 2023 and sent you a copy last May, which your agent confirmed she had "
   "received. Your letters are still addressed to my old name, and last week your agent used it twice on the "
   "phone even after I had corrected her. It is upsetting every single time.\n\n"
   "[[rectification|Please update my name to {first} {surname} on every part of my account.]] "
   "[[restriction|Until that is done, please do not use my previous name in any letter, text or call.]]\n\n"
   "I would like confirmation in writing.",
   L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "An old name still held and used after the change was notified is inaccurate personal data causing upset, an implicit personal_data complaint; updating it is rectification and not using the old name meanwhile is restriction.")

sc("conexus", "adviser", "{client} - wrong income recorded, repayment unaffordable",
   "I am a money adviser at {org} acting for {client} (signed authority attached).\n\n"
   "In February your online income and expenditure tool recorded {client_first}'s monthly income as £2,140. Her "
   "actual take-home pay is £1,240 - it looks as though a figure was misread from her payslip upload. On the "
   "strength of that figure the system set a repayment of £210 a month, which she cannot possibly keep up, and she "
   "has already missed one payment.\n\n"
   "[[rectification|Please correct her recorded income to £1,240 a month.]] "
   "[[automated_decision|We ask that the repayment amount be reconsidered by a member of staff rather than recalculated by the tool.]] "
   "[[access|Please also send us a copy of the income and expenditure data and any notes held on her account.]]",
   L(c=True, pd=True, r="rectification,automated_decision,access", tp=True, cat="personal_data"),
   "An adviser (third_party) shows an unaffordable plan caused by a wrong income figure held on the record, so the root cause is inaccurate personal data (implicit complaint, personal_data); correcting it is rectification, a staff decision is automated_decision, and a copy of the data is access.",
   client="f")

sc("conexus", "person", "Account {ref} - I am not the account holder",
   "I'm not the account holder on {ref} - that is my ex-partner, {client}. Somehow my email address has ended up "
   "on the account: I got an email from you yesterday asking me to confirm it for that account number. Nothing "
   "else has happened and I'm not upset, I just want to be off it.\n\n"
   "[[erasure|Please remove my email address from the account and from your records.]] "
   "[[objection|I object to you processing my email address for any purpose, including trying to reach him.]]",
   L(r="erasure,objection"),
   "A calm request about her own address on someone else's account: removal is erasure and refusing any processing is objection; no dissatisfaction and she writes for herself, so not a complaint and not third_party.",
   client="m",
   short="My email address is on account {ref}, which is my ex-partner's, not mine. "
         "[[erasure|Please remove my email address from your records.]] "
         "[[objection|I object to it being processed for anything at all.]]")

sc("conexus", "debtor", "Complaint about my subject access request",
   "I want to complain about how my subject access request was handled. I asked on 5 January for all my data, "
   "including the call recordings from last autumn and my payment history. What arrived on 3 February was a "
   "four-page account summary - no recordings, no notes, and the payment history as a photocopy I can barely read.\n\n"
   "[[access|Please send me the call recordings from September to November and the account notes, which were part of my original request.]] "
   "[[portability|And send the payment history as an Excel or CSV file so my adviser can work with it.]]",
   L(c=True, ex=True, pd=True, r="access,portability", cat="personal_data"),
   "An explicit complaint about a badly handled data-rights request is personal_data; the missing recordings and notes are access, and the payment history as a spreadsheet to work with elsewhere is portability; mentioning the adviser does not make it third_party.")

# ---- Conexus: look-alikes -----------------------------------------------------------------

sc("conexus", "debtor", "Stop calling my workplace",
   "I have told your agents three times that I cannot take calls at work. Today someone rang the main switchboard "
   "at my workplace and asked for me by name, and my manager took the message. I pay £40 a month as agreed and "
   "have never missed a payment.\n\n"
   "Stop calling me at work. If you need me, write or email.",
   L(c=True, cat="collection_conduct"),
   "Unwanted calls to a workplace after repeated requests are an implicit collection_conduct complaint; 'stop calling me' is a conduct remedy, not objection, and nothing about the debt was disclosed, so rights [] and breach=false.",
   short="Stop ringing my workplace. Third time I've asked. I pay every month as agreed. Ref {ref}.")

sc("conexus", "debtor", "£60 'trace fee' on my balance",
   "Your letter of 3 March says a £60 'trace and collection fee' has been added to my balance. Nobody traced me - "
   "I wrote to you myself with my new address in January, and I have a copy of that letter.\n\n"
   "Please delete the fee from my account and send me a statement showing the balance without it.",
   L(c=True, cat="fees_charges"),
   "A fee added on top of the debt is a fees_charges complaint; 'delete the fee' and a statement of the balance are account remedies, not erasure or access, so rights [].")

sc("conexus", "debtor", "Formal complaint - no agreement provided",
   "I am making a formal complaint. On 2 February I asked you for a copy of the signed credit agreement for the "
   "catalogue account you say I owe £2,310 on, under section 78 of the Consumer Credit Act. I never agreed to the "
   "credit limit that balance implies. Instead of the agreement, I have had two more demand letters.\n\n"
   "Until the agreement is provided I dispute this debt, and I expect collection to be put on hold.",
   L(c=True, ex=True, cat="debt_dispute"),
   "Disputing the amount and demanding the credit agreement is an explicit debt_dispute complaint; a Consumer Credit Act copy of the agreement and a collections hold are not the UK GDPR access or restriction rights, so rights [].",
   formal=True)

sc("conexus", "creditor", "Placement file NTE-0314 - accounts sent in error",
   "Yesterday's placement file NTE-0314 included 42 accounts that should have gone to our in-house recoveries "
   "team instead. The list of account numbers is attached.\n\n"
   "Please recall those accounts, remove them from your systems and confirm that no contact has been made with "
   "any of the customers. The rest of the file is correct and can be worked as normal.",
   L(),
   "A creditor client instructing its agency to return and remove misplaced accounts is a business instruction, not a data subject's erasure request, and raises no grievance; rights [] and no complaint.",
   title="Collections Operations Manager")

sc("conexus", "debtor", "Your letter was opened by my neighbours",
   "A letter from you addressed to me, with my account balance and payment history on it, was opened by the "
   "family at number 14 - our flat is number 41. They brought it round this evening. Your agent confirmed on the "
   "phone that my address is recorded correctly, so somebody must have typed the envelope wrong.\n\n"
   "I want an apology, an explanation of how this happened, and an assurance that it won't happen again.",
   L(c=True, pd=True, br=True, cat="personal_data"),
   "His balance disclosed to neighbours is a breach inside an implicit personal_data complaint; the address held is correct and he asks for an apology and an explanation of the incident, not a right, so rights [].")

sc("conexus", "adviser", "Breathing Space notification - {client}",
   "I am writing to let you know that my client, {client}, entered a standard breathing space on 9 March. The "
   "Insolvency Service reference is on the attached notice.\n\n"
   "Please hold all collection activity, interest and charges on account {ref} for the duration of the moratorium, "
   "and note that any contact should come through this office.",
   L(tp=True),
   "A money adviser's notification for a client is third_party but not a complaint; holding collection under a statutory moratorium is not the restriction right, so rights [].",
   client="m", formal=True)

sc("conexus", "person", "My mother's phone call on Tuesday",
   "My mother, {client}, rang you on Tuesday to ask for a change to her payment date and came off the phone in "
   "tears. She says the man she spoke to laughed when she explained she is on Universal Credit, and told her she "
   "'should have thought of that before'.\n\n"
   "I would like you to listen to the recording of that call and tell us what you are going to do about his "
   "attitude. Mum has asked me to write because she finds it too upsetting.",
   L(c=True, tp=True, cat="service_quality"),
   "A daughter writing for her mother (third_party) about a rude agent is an implicit service_quality complaint; asking the firm to listen to the recording is not asking for a copy of it, so rights [].",
   client="f")

sc("conexus", "debtor", "Can my daughter help with my account?",
   "I'd like my daughter, {client}, to be able to help me with my payment plan. Can she be given access to my "
   "online account, or does she need her own login? I'd also like her to be able to speak for me on the phone - "
   "what do you need from me to set that up?\n\nThank you.",
   L(),
   "'Access' to the online account is portal access for a helper, not the right of access; the account holder writes for himself with a neutral question, so not a complaint, not third_party, rights [].",
   client="f")


# the writer's gender where the text or the note depends on it (everyone else is drawn at random)
GENDER = {"rmt-s002": "f", "rmt-s004": "f", "rmt-s006": "f", "rmt-s007": "m", "rmt-s009": "f", "rmt-s010": "f",
          "rmt-s012": "m", "rmt-s013": "m", "rmt-s015": "f", "rmt-s018": "f", "rmt-s019": "f", "rmt-s020": "m",
          "rmt-s026": "f", "rmt-s030": "f", "rmt-s032": "f", "rmt-s033": "m", "rmt-s035": "f", "rmt-s037": "m",
          "rmt-s042": "f", "rmt-s043": "m", "rmt-s045": "m", "rmt-s051": "f", "rmt-s057": "m", "rmt-s059": "f"}

# ---------------------------------------------------------------------------------------------
# envelopes

FULL_ENVS = ["plain", "html", "quote", "html_quote", "typo", "typo_quote"]


def person_name(rng, gender=None):
    g = gender or ("f" if rng.random() < 0.5 else "m")
    first = rng.choice(FIRST_F if g == "f" else FIRST_M)
    return first, rng.choice(SURNAMES)


def personal_address(rng, first, surname):
    style = rng.randrange(4)
    local = [f"{first}.{surname}", f"{first}{surname}{rng.randrange(10, 99)}", f"{first[0]}{surname}",
             f"{first}_{surname[:4]}"][style].lower()
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def sender_for(s, rng):
    """(from, first, surname, org, title, signature lines) for the scenario's role."""
    role = s["role"]
    first, surname = person_name(rng, GENDER.get(s["source"]))
    if role in ("pexa_staff", "pexa_personal", "person", "debtor"):
        org, dom = rng.choice(PEXA_LAW + PEXA_LENDERS if s["any_org"] else PEXA_LAW)
        title = s["title"] or rng.choice(PEXA_TITLES)
        if role == "pexa_staff":
            addr = rng.choice([f"{first}.{surname}", f"{first[0]}{surname}", f"{first}"]).lower() + "@" + dom
            sig = [f"{first} {surname}", rng.choice([f"{title}, {org}", f"{title} | {org}", f"{org}"])]
        else:
            addr = personal_address(rng, first, surname)
            sig = [rng.choice([f"{first} {surname}", f"{first} {surname}", first])]
    elif role == "adviser":
        org, dom = rng.choice(ADVICE_ORGS)
        title = rng.choice(ADVICE_TITLES)
        addr = f"{first}.{surname}".lower() + "@" + dom
        sig = [f"{first} {surname}", title, org]
    elif role == "solicitor":
        org, dom = rng.choice(LAW_ORGS)
        title = rng.choice(LAW_TITLES)
        addr = f"{first[0]}.{surname}".lower() + "@" + dom
        sig = [f"{first} {surname}", f"{title}, {org}"]
    elif role == "mp":
        mp = rng.choice(MPS)
        org, dom = f"Office of {mp} MP", "parliament.uk"
        title = "Caseworker"
        addr = f"{first}.{surname}.mp".lower() + "@" + dom
        sig = [f"{first} {surname}", f"Caseworker to {mp} MP", "House of Commons, London SW1A 0AA"]
    elif role == "creditor":
        org, dom = "Northline Energy", "northline-energy.co.uk"
        title = s["title"]
        addr = f"{first}.{surname}".lower() + "@" + dom
        sig = [f"{first} {surname}", f"{title}, {org}"]
    else:
        raise ValueError(role)
    return f"{first} {surname} <{addr}>", first, surname, org, title, sig


def bad_spelling(surname):
    """surname with two inner letters swapped (or one dropped if they are the same)."""
    for i in range(1, len(surname) - 2):
        if surname[i] != surname[i + 1]:
            return letter_edit(surname, i, "swap")
    return letter_edit(surname, 1, "drop")


def fill(text, ctx):
    return text.format_map(ctx) if text else text


def render(s, env, rng):
    mb = s["mailbox"]
    sender, first, surname, org, title, sig = sender_for(s, rng)
    cfirst, csurname = person_name(rng, s["client"])
    if csurname == surname and s["role"] != "person":
        csurname = SURNAMES[(SURNAMES.index(csurname) + 7) % len(SURNAMES)]
    ctx = {"first": first, "surname": surname, "org": org, "title": title,
           "ref": (f"CX-{rng.randrange(1000000, 9999999)}" if mb == "conexus" else f"PX-{rng.randrange(100000, 999999)}"),
           "ws": f"WS-{rng.randrange(1000000, 9999999)}",
           "userid": f"{first[0]}{surname}{rng.randrange(10, 99)}".lower(),
           "mobile": f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}",
           "client": f"{cfirst} {csurname}", "client_first": cfirst,
           "surname_bad": bad_spelling(surname),
           "oldsurname": SURNAMES[(SURNAMES.index(surname) + 11) % len(SURNAMES)]}
    subject = fill(s["subject"], ctx)
    html = env in ("html", "html_quote")
    quote = None
    headers = {}
    if env == "subject":
        subject = fill(s["subj_only"], ctx)
        body_marked = ""
    else:
        core = fill(s["short"] if env == "short" else s["body"], ctx)
        if env in ("typo", "typo_quote"):
            core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.35)
        if env == "short":
            greet, signoff = "", ""
        elif s["formal"]:
            greet, signoff = rng.choice(FORMAL_GREET[mb]), rng.choice(FORMAL_SIGNOFF)
        elif s["terse"]:
            greet, signoff = "", rng.choice(["", "Regards,"])
        else:
            greet, signoff = rng.choice(GREET[mb]), rng.choice(SIGNOFF)
        if core.rstrip().split("\n")[-1].startswith("Thank"):
            signoff = ""
        if env == "short":
            tail = sig[0].split()[0] if rng.random() < 0.5 else sig[0]
        else:
            tail = "\n".join(([signoff] if signoff else []) + sig)
        body_marked = (greet + "\n\n" if greet else "") + core + "\n\n" + tail
        if env in ("quote", "html_quote", "typo_quote"):
            who, text = s["quote"] or rng.choice(GENERIC_QUOTES[mb])
            day, mon = rng.randrange(1, 28), rng.choice(MONTHS[:4])
            hh, mm = rng.randrange(8, 18), rng.randrange(60)
            if rng.random() < 0.7:
                head = f"On {day} {mon} 2026, at {hh:02d}:{mm:02d}, {who} wrote:"
            else:
                head = f"-----Original Message-----\nFrom: {who}\nSent: {day} {mon} 2026 {hh:02d}:{mm:02d}"
                text = f"Subject: {subject}\n\n{text}"
                head, extra = head.split("\n", 1)
                text = extra + "\n" + text
            quote = (head, text)
            headers = {"in-reply-to": f"<{rng.randrange(10**9, 10**10)}.{mb}@mail.{'pexa.co.uk' if mb == 'pexa' else 'conexus-services.com'}>"}
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(body_marked)
    rec = finish_marked_record(rng, mailbox=mb, sender=sender, subject=strip_marks(subject, MARK_RIGHTS),
                               body=strip_marks(body_marked, MARK_RIGHTS), html=html, quote=quote,
                               subject_marks=subject_marks, body_marks=body_marks, labels=s["labels"],
                               note=s["note"], source=s["source"], env=env, headers=headers)
    return rec


def envs_for(s, rng):
    if s["subj_only"] or s["short"]:
        first = "subject" if s["subj_only"] else "short"
        other = rng.choice(FULL_ENVS)
        return [first, other] if rng.random() < 0.5 else [other, first]
    a, b = rng.sample(FULL_ENVS, 2)
    return [a, b]


def build(rng):
    assert len(SCEN) == 60, len(SCEN)
    out = []
    for s in SCEN:
        for env in envs_for(s, rng):
            out.append(render(s, env, rng))
    return out


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen.setdefault(r["source"], r["labels"])
    lines = [f"wrote {len(records)} emails from {len(scen)} scenarios to {os.path.relpath(OUT)}"]
    for mb in ("pexa", "conexus"):
        lines.append(f"  {mb}: {sum(r['mailbox'] == mb for r in records)} emails")
    for right in RIGHTS:
        lines.append(f"  {right}: {sum(right in r['labels']['rights'] for r in records)} emails, "
                     f"{sum(right in lab['rights'] for lab in scen.values())} scenarios")
    multi = sum(len(lab["rights"]) >= 2 for lab in scen.values())
    look = [lab for lab in scen.values() if not lab["rights"]]
    lines.append(f"  rights scenarios: {len(scen) - len(look)} ({multi} with 2-3 rights); look-alikes: {len(look)} "
                 f"({sum(lab['complaint'] for lab in look)} complaints)")
    lines.append(f"  complaints: {sum(lab['complaint'] for lab in scen.values())} scenarios, "
                 f"{sum(r['labels']['complaint'] for r in records)} emails; explicit: "
                 f"{sum(lab['explicit'] for lab in scen.values())} scenarios; third party: "
                 f"{sum(lab['third_party'] for lab in scen.values())} scenarios, "
                 f"{sum(r['labels']['third_party'] for r in records)} emails")
    lines.append("  envelopes: " + ", ".join(f"{k} {env_counts[k]}" for k in sorted(env_counts)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
