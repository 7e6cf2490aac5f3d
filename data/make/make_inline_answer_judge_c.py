#!/usr/bin/env python3
"""Judge set C for replies whose sender types the answers INSIDE the quoted mail they reply to (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.
  Group A (iac-A..): answers inside the quoted firm mail, and a few words on top saying so.
  Group U (iac-U..): the same kind of reply with no word on top (empty, a greeting or a sign-off only).
  Group C (iac-C..): controls; the sender writes above the quote in the ordinary way (top-posted replies,
                     "see below" meaning something else, numbered answers above the quote, forwards).
Labels follow the labelling guide, read over everything the SENDER typed (top text and inline answers); the firm's
own words in the quote are never the sender's. `explicit` is true exactly when the sender calls it a complaint in
their own words, wherever typed. record_errors only looks above the quote, so where it disagrees with that label
`errors` below drops only its explicit check and applies the same rule to the sender's own text instead.

Usage: python data/make/make_inline_answer_judge_c.py   (writes data/trials/inline_answer_judge_c.jsonl)
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280621
PREFIX = "iac"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_c.jsonl")

L = short_labels
SCEN = []


def sc(mailbox, group, labs, note, firm, subj, greet, segs, sign, who, tops, ini, quote_from=None, quote_to=None,
       fwd=False, when=None):
    """One scenario. segs: [(firm paragraph, the sender's inline answer or None)]. who: the two renderings' senders
    (name, address); tops: their text above the quote ("{how}" is filled with the way the answers are marked).
    quote_from: the quoted mail's author when it is not `firm` ("self": the sender's own earlier mail);
    quote_to: its addressee when it is not the sender; fwd: the sender forwards the quoted mail;
    when: (month, day) of the quoted mail when the text names it."""
    SCEN.append(dict(mailbox=mailbox, group=group, labels=labs, note=note, firm=firm, subj=subj, greet=greet,
                     segs=segs, sign=sign, who=who, tops=tops, ini=ini, quote_from=quote_from, quote_to=quote_to,
                     fwd=fwd, when=when))


PX_SUPPORT = ("PEXA Customer Support", "support@pexa.co.uk")
PX_COMPL = ("PEXA Complaints Team", "complaints@pexa.co.uk")
PX_BILL = ("PEXA Billing", "billing@pexa.co.uk")
PX_ONB = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_DPO = ("PEXA Data Protection", "dataprotection@pexa.co.uk")
PX_TRAIN = ("PEXA Training", "training@pexa.co.uk")
PX_PROD = ("PEXA Product Team", "product@pexa.co.uk")
CX_CR = ("Conexus Customer Relations", "customer.relations@conexus-collect.co.uk")
CX_COMP = ("Conexus Compliance and Risk", "compliance@conexus-collect.co.uk")
CX_ACC = ("Conexus Accounts", "accounts@conexus-collect.co.uk")
CX_DATA = ("Conexus Data Protection Officer", "dpo@conexus-collect.co.uk")
CX_CLIENT = ("Conexus Client Services", "clientservices@conexus-collect.co.uk")
CX_COLL = ("Conexus Collections", "collections@conexus-collect.co.uk")

# =============================================================================================
# PEXA, group A: answers inside the quote, words on top saying so
# =============================================================================================
sc("pexa", "A", L(c=True, ex=True, cat="platform_defect"),
   "The inline answers reject PEXA's findings on a failed settlement and ask for a review and costs; the sender "
   "himself writes 'treat this as my complaint continuing' inside the quote, so explicit; platform_defect.",
   PX_COMPL, "Your complaint PX-CMP-30418: outcome of our investigation", "Dear Mr Adeyemi,",
   [("Thank you for your patience while we looked into the settlement of workspace 52-118730 on 6 February.", None),
    ("Our platform logs show that settlement completed at 14:06 and that the lodgement with HM Land Registry was "
     "accepted at 14:09. We found no fault on the platform that day.",
     "That is not what our screen showed. The workspace sat at 'Settlement in progress' until 15:52 and our client "
     "could not get the keys until after 5pm. I sent your support desk screenshots at 15:20 that afternoon, "
     "reference 4471902."),
    ("We therefore do not uphold your complaint. We appreciate this will be disappointing.",
     "I don't accept that. Please treat this as my complaint continuing, not closed, and have somebody look at the "
     "screenshots rather than just the logs."),
    ("If you remain dissatisfied you may refer the matter to our Complaints Manager within eight weeks of this "
     "letter.", "Consider this that referral. We also want our client's hotel bill of £184 reimbursed.")],
   "Yours sincerely\nFreya Lindqvist\nComplaints Specialist, PEXA",
   [("Tobi Adeyemi", "t.adeyemi@harcourtvale-law.co.uk"), ("Tobi Adeyemi", "tobi.adeyemi@harcourtvale-law.co.uk")],
   ["Freya,\n\nMy replies are under each of your paragraphs below{how}.\n\nTobi Adeyemi\nHarcourt Vale Solicitors",
    "Hi Freya - I've put my comments in line with your letter.\n\nRegards\nTobi"], "TA")

sc("pexa", "A", L(c=True, cat="fees_charges"),
   "Inline answers dispute two charges on PEXA's invoice and ask for credits: implicit complaint about PEXA's own "
   "fees; Heathcote Bank is the complainant, not the subject, so about_other_firm null.",
   PX_BILL, "Invoice INV-2026-0412 - the breakdown you asked for", "Hello Mr Sandhu,",
   [("As requested, here is the breakdown of the April invoice for Heathcote Bank.", None),
    ("1. 38 refinance workspaces at the standard per-workspace fee.", "Agreed, no issue with these."),
    ("2. 6 workspaces created and later abandoned before settlement. The per-workspace fee applies once a workspace "
     "is created.",
     "We were told at contract renewal that abandoned workspaces are not charged. Nobody told us this had changed. "
     "Please remove these six charges."),
    ("3. A late-lodgement surcharge on workspace 48-220915.",
     "The lodgement was late because your platform was down that morning - your own status page said so. Charging "
     "us a surcharge for your outage is not acceptable and we expect it credited."),
    ("Please let me know if you have any other questions.", None)],
   "Kind regards\nOwen Marsh\nBilling Team, PEXA",
   [("Harjit Sandhu", "harjit.sandhu@heathcotebank.co.uk"), ("Harjit Sandhu", "h.sandhu@heathcote.co.uk")],
   ["Owen,\n\nThanks. I've gone through your three points and answered each one underneath.\n\nHarjit Sandhu\n"
    "Payments Operations, Heathcote Bank",
    "Owen - responses against each item of your breakdown below{how}. Two of the three are wrong.\n\nH. Sandhu"], "HS")

sc("pexa", "A", L(c=True, r="automated_decision", cat="onboarding"),
   "Inline answers to onboarding questions say the automated ID check rejected her four times, costing work, and "
   "ask for a member of staff to decide instead: implicit complaint, onboarding, automated_decision.",
   PX_ONB, "Your application to join PEXA - a few questions", "Dear Ms Achterberg,",
   [("Thank you for applying to become a PEXA subscriber. To move your application on, please answer the questions "
     "below.", None),
    ("1. Is your firm regulated by the SRA or the CLC, and what is its registration number?", "CLC, licence 2047731."),
    ("2. Our online identity check was not able to verify you. Did you complete it using your passport or your "
     "driving licence?",
     "I've done it three times with my passport and once with my licence, and the system rejected me in seconds "
     "every time. I'm losing instructions because I can't get onto the platform. I would like one of your staff, "
     "not the automatic check, to look at my documents and decide."),
    ("3. Who will be the subscriber administrator for your firm?", "Me. I'm a sole practitioner.")],
   "Best wishes\nPEXA Onboarding Team",
   [("Marit Achterberg", "marit@achterbergconveyancing.co.uk"), ("Marit Achterberg", "m.achterberg@outlook.com")],
   ["Hello,\n\nAnswers are in the body of your email.\n\nMarit Achterberg",
    "I have answered your questions underneath each one{how}.\nMarit"], "MA")

sc("pexa", "A", L(),
   "The inline answers are satisfied training feedback and a booking request; 'no complaints at all' is praise, "
   "so not a complaint.",
   PX_TRAIN, "How was your Settlement Essentials session?", "Hi Dominic,",
   [("Thanks for attending Settlement Essentials on 11 March. We'd be grateful for a few words on how it went.", None),
    ("Did the session cover what you needed for your first settlements?",
     "Yes, all of it. The walk-through of the funds screen was the most useful part."),
    ("Was the trainer clear, and was there enough time for questions?",
     "Very clear. No complaints at all from me or the two colleagues who came with me."),
    ("Would you like us to book anyone else on a future session?",
     "Yes please: Lena Forsyth and Callum Reid for the May date, if there is room.")],
   "Many thanks\nPEXA Training",
   [("Dominic Hale", "dominic.hale@brightwaterlegal.co.uk"), ("Dominic Hale", "dhale@brightwaterlegal.co.uk")],
   ["Hi,\n\nHappy to help - my answers are next to your questions.\n\nDominic",
    "Answered in your email below. Thanks for a good course.\nDom"], "DH")

sc("pexa", "A", L(r="portability,erasure,objection"),
   "Inline answers ask for a CSV export to load elsewhere (portability), deletion afterwards (erasure) and no more "
   "marketing use of his details (objection), all without dissatisfaction: not a complaint.",
   PX_DPO, "Closing your PEXA user account", "Dear Mr Whitlock,",
   [("We understand you have left Brannock & Tate and would like your PEXA user account closed. Before we do so, "
     "please confirm the following.", None),
    ("Would you like a copy of the workspace activity recorded against your user ID before the account is closed? "
     "If so, in what format?",
     "Yes please - as a CSV file, so I can load it into the practice system at my new firm."),
    ("Once the account is closed, would you like us to delete the personal details held on your user profile, "
     "subject to our legal retention periods?", "Yes, delete them once you have sent the export."),
    ("You are currently subscribed to our product news emails. Would you like to remain on that list?",
     "No. I object to my details being used for marketing of any kind from now on.")],
   "Regards\nData Protection Team, PEXA",
   [("Graham Whitlock", "graham.whitlock@gmail.com"), ("Graham Whitlock", "g.whitlock@proton.me")],
   ["Good afternoon,\n\nMy answers follow each of your questions{how}.\n\nGraham Whitlock",
    "Hello - I've typed my replies into your message.\n\nThanks,\nGraham"], "GW")

sc("pexa", "A", L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
   "Inline, the conveyancer says PEXA support sent her client's completion statement to another firm for the second "
   "time and writes 'I want to formally complain': explicit, personal_data, breach; category personal_data.",
   PX_SUPPORT, "Incident INC-77104 - email sent to the wrong firm", "Dear Ms Pillai,",
   [("Following your call on Monday, we have looked into how your client's completion statement reached another "
     "firm.", None),
    ("We have established that on 2 April a member of our support team attached the statement for workspace "
     "61-407233 to an email intended for a different subscriber, Fenwick Rowe LLP.",
     "This is the second time in six months your team has sent our client's details to someone else. Our client is "
     "very distressed - the statement shows her bank details and the sale price."),
    ("Fenwick Rowe have confirmed they have deleted the email. We consider the matter contained.",
     "Deleting it afterwards does not undo it. I want to formally complain about how your support team handles "
     "client data, and I want to know what your team is changing so this stops happening."),
    ("Please let us know if you need anything further from us.",
     "Yes: a written explanation we can send to the client.")],
   "Kind regards\nNadia Rees\nSupport Team Leader, PEXA",
   [("Lakshmi Pillai", "lakshmi.pillai@ravensdale-solicitors.co.uk"),
    ("Lakshmi Pillai", "l.pillai@ravensdale-solicitors.co.uk")],
   ["Nadia,\n\nI have replied within your email{how}.\n\nLakshmi Pillai\nPartner, Ravensdale Solicitors",
    "Nadia - please read my responses, which I've inserted after each paragraph of yours.\n\nLakshmi"], "LP")

sc("pexa", "A", L(c=True, firm="mpc", cat="delay"),
   "The buyers' inline answers are purely about their conveyancer Marsh & Penrose not responding while completion "
   "slips (delay); PEXA must forward it, so mpc. 'Complaint' appears only in PEXA's words: implicit.",
   PX_SUPPORT, "Your message about your purchase - some questions", "Dear Mr and Mrs Osei,",
   [("Thank you for contacting PEXA. We run the platform that conveyancers and lenders use to settle property "
     "transactions, but we cannot investigate a complaint about the firm acting for you. We can pass your concerns "
     "to that firm if you answer the questions below.", None),
    ("Which firm is acting for you on the purchase?", "Marsh & Penrose in Exeter."),
    ("What has gone wrong, and since when?",
     "We signed everything on 3 March. Since then no one there has returned a single call or email. Our completion "
     "date has already slipped once and the sellers are threatening to pull out."),
    ("What would you like the firm to do?", "Ring us back, tell us honestly where things are, and give us a date.")],
   "Kind regards\nPEXA Customer Support",
   [("Kwame Osei", "kwame.osei@btinternet.com"), ("Abena Osei", "abena.osei78@gmail.com")],
   ["Hello,\n\nWe've answered your questions between the lines of your email.\n\nKwame and Abena Osei",
    "Thank you for getting back to us. Our answers are under your questions{how}.\nAbena"], "AO")

sc("pexa", "A", L(c=True, tp=True, firm="tvm", cat="inaccurate_information"),
   "A daughter with power of attorney answers inline for her father (third_party): the redemption figure from "
   "Thames Valley Mortgages ignores an overpayment, purely the lender's error: tvm, inaccurate_information.",
   PX_SUPPORT, "Redemption figure for 14 Larch Close", "Dear Ms Barraclough,",
   [("Thank you for your email about your father's sale. PEXA cannot look at the redemption statement itself, as it "
     "is prepared by the lender. To pass your concerns on to the right firm we need a little more information.", None),
    ("Which lender issued the redemption statement?", "Thames Valley Mortgages. Dad's mortgage account ends 4471."),
    ("What is wrong with the statement?",
     "It shows £41,380 outstanding. Dad made a lump-sum overpayment of £15,000 in January and TVM's own annual "
     "letter shows it. Their figure would have taken £15k too much from his sale money."),
    ("Are you authorised to act for your father?",
     "Yes, I hold a lasting power of attorney for his property and finances, registered in 2024. He is 88 and "
     "can't manage email.")],
   "Regards\nPEXA Customer Support",
   [("Susan Barraclough", "sue.barraclough@icloud.com"), ("Susan Barraclough", "susanbarraclough@yahoo.co.uk")],
   ["Hi,\n\nI've filled in the answers under each question below.\n\nSue Barraclough (for my father, Dennis Hirst)",
    "Replies inline{how} - thank you.\nSusan"], "SB")

sc("pexa", "A", L(c=True, cat="platform_defect"),
   "Supplying the requested details inline, the sender reports the lodgement screen failing for the fourth time, "
   "lost completions, and asks what is wrong and about costs: implicit complaint, platform_defect.",
   PX_SUPPORT, "Case 5530917 - we need a few details", "Hi Ben,",
   [("Thanks for reporting the problem with the lodgement screen. So that our engineers can investigate, please send "
     "us:", None),
    ("- the workspace numbers affected", "67-301552, 67-301870 and 67-302014."),
    ("- the time the error appeared and the exact message",
     "Every time between about 10:40 and 12:15 yesterday: 'Unexpected error - lodgement could not be prepared'. "
     "Screenshots attached."),
    ("- whether you have cleared your browser cache",
     "Yes, and tried Chrome and Edge. This is the fourth time this year the lodgement screen has fallen over on us. "
     "We lost two completions yesterday and a client had to spend the night at her sister's. We need someone to tell "
     "us what is actually wrong and what you will do about the costs.")],
   "Thanks\nRosa\nPEXA Customer Support",
   [("Ben Castellano", "ben.castellano@tideway-law.co.uk"), ("Benjamin Castellano", "b.castellano@tideway-law.co.uk")],
   ["Rosa,\n\nDetails added to your list below.\n\nBen",
    "Hi Rosa, I've answered against each bullet{how}.\nBen Castellano\nTideway Law"], "BC")

sc("pexa", "A", L(c=True, cat="service_quality"),
   "Inline rebuttal of PEXA's finding that a support adviser behaved properly, asking for an uninvolved manager to "
   "review the call: implicit complaint (the word is only in PEXA's subject), service_quality.",
   PX_COMPL, "Your complaint about our support call of 19 January", "Dear Mrs Fairweather,",
   [("We have listened to the recording of the call between your paralegal and our support adviser on 19 January.",
     None),
    ("The adviser explained that the workspace could not be re-opened and that your paralegal would need to raise a "
     "new one. We found that the adviser's tone was professional throughout.",
     "Then you listened to a different call. He told Jade twice that she 'should know this by now' and then ended "
     "the call while she was still speaking."),
    ("We are sorry that your paralegal found the call unhelpful, but we do not find that the adviser acted "
     "inappropriately.",
     "I'm not satisfied with this at all. Please have a manager who was not involved listen to the call again and "
     "write to me with what they hear.")],
   "Yours sincerely\nAmir Haddad\nComplaints Specialist, PEXA",
   [("Gillian Fairweather", "g.fairweather@fairweatherandco.co.uk"),
    ("Gillian Fairweather", "gillian@fairweatherandco.co.uk")],
   ["Mr Haddad,\n\nMy response is set out against your paragraphs below.\n\nGillian Fairweather",
    "Mr Haddad - my responses follow each part of your letter{how}.\nG. Fairweather"], "GF")

sc("pexa", "A", L(r="access,rectification"),
   "Inline answers confirm she wants a copy of all her data (access) and ask for her surname to be updated "
   "(rectification), with no dissatisfaction: not a complaint.",
   PX_DPO, "Your subject access request - confirming your identity", "Dear Ms Kovacs,",
   [("Thank you for your request of 2 March. Before we can respond we need to confirm your identity and what you are "
     "asking for.", None),
    ("Please confirm the email address registered to your PEXA user account.", "r.kovacs@lindenhall.co.uk"),
    ("Do you want a copy of all personal data we hold about you, including platform audit logs, or only certain "
     "records?", "All of it please, audit logs included."),
    ("Is there anything else we can help with?",
     "Yes - my surname on the platform is still my maiden name, Bartos. I married in January; please change it to "
     "Kovacs on my user profile.")],
   "Kind regards\nData Protection Team, PEXA",
   [("Reka Kovacs", "r.kovacs@lindenhall.co.uk"), ("Reka Kovacs", "reka.kovacs@gmail.com")],
   ["Hello,\n\nI have put my answers after each of your points.\n\nMany thanks\nReka",
    "Hi - answers are in your email below{how}.\nReka Kovacs"], "RK")

sc("pexa", "A", L(c=True, cat="wait_time"),
   "Inline survey answers describe 52 minutes on hold and dropped calls and ask for a call back to explain: "
   "implicit complaint about reaching PEXA, wait_time.",
   PX_SUPPORT, "Tell us about your recent call with PEXA Support", "Hello,",
   [("You recently contacted PEXA Support by phone. We'd like to hear how it went - just reply to this email with "
     "your answers.", None),
    ("How long did it take to reach an adviser?",
     "52 minutes on hold on Tuesday, after being cut off twice at around the 30-minute mark."),
    ("Was your query resolved?",
     "Eventually, but I had a completion due at 2pm and spent the whole morning listening to hold music. That is not "
     "good enough for a service we pay for."),
    ("Is there anything we could do better?",
     "Answer the phone. And I'd like someone to call me back to explain why the queue is this long and what you are "
     "doing about it.")],
   "PEXA Customer Support",
   [("Priya Raman", "priya.raman@elmstead-conveyancing.co.uk"), ("Priya Raman", "p.raman@elmstead-conveyancing.co.uk")],
   ["Answers below, in between your questions.\n\nPriya Raman\nElmstead Conveyancing",
    "Since you asked - I've answered in the survey text below{how}.\nPriya"], "PR")

sc("pexa", "A", L(c=True, pd=True, br=True, firm="gfl", cat="personal_data"),
   "A seller answers inline that his solicitors Greyfriars Law emailed him another client's completion statement and "
   "asks them to investigate: data disclosed to the wrong person by the participant firm alone (breach, "
   "personal_data), forwarded: gfl.",
   PX_SUPPORT, "Documents you received in error", "Dear Mr Drummond,",
   [("Thank you for letting us know about the documents you received. PEXA does not send completion statements to "
     "home sellers directly, so we need to work out which firm sent them.", None),
    ("Who sent you the email containing the documents?",
     "Greyfriars Law in Edinburgh, who are acting on my sale. It came from their completions inbox."),
    ("What did the documents contain?",
     "A completion statement for a flat in Leith that isn't mine - a stranger's name, their bank account and what "
     "they were paid."),
    ("Have you deleted the documents?",
     "Yes. But if Greyfriars sent me someone else's finances, who has mine? I want them to investigate and tell me, "
     "and I'd like you to pass this on to them.")],
   "Kind regards\nPEXA Customer Support",
   [("Alasdair Drummond", "alasdair.drummond@gmail.com"), ("Ali Drummond", "ali.drummond@outlook.com")],
   ["Hi,\n\nI've answered within the body of your email - see my notes{how}.\n\nAlasdair",
    "Thanks for coming back to me. I've written my answers straight into your questions.\n\nA. Drummond"], "AD")

sc("pexa", "A", L(c=True, cat="usability"),
   "Inline feedback says the redesigned search works but forces retyping and led to wrong picks, and asks for "
   "changes and a reply: implicit complaint, usability (not a defect).",
   PX_PROD, "New workspace search - tell us what you think", "Dear subscriber,",
   [("Last month we released the redesigned workspace search. We would welcome your feedback on three points.", None),
    ("1. Is it easier to find the workspace you need?",
     "No. You now have to retype the full title number every time; the old screen remembered recent workspaces."),
    ("2. Have you had any problems with the new filters?",
     "Twice this month a colleague picked the wrong workspace from the results because the address column is cut "
     "off. We caught it before settlement, but only just."),
    ("3. Anything else?",
     "Please put the recent-workspaces list back and show the full address, and let me know when that's done. It "
     "works, but it's slowing the whole team down.")],
   "Thank you\nPEXA Product Team",
   [("Colm Brennan", "colm.brennan@quayside-legal.co.uk"), ("Colm Brennan", "cbrennan@quayside-legal.co.uk")],
   ["Feedback as requested - I've put it under each question.\n\nColm Brennan\nQuayside Legal",
    "Colm here. My comments are inside your email{how}.\n\nRegards"], "CB")

sc("pexa", "A", L(c=True, r="informed", cat="process"),
   "Inline, the practice manager objects to the rule requiring posted wet-ink originals and asks for it to be "
   "reviewed (implicit complaint, process), and asks what PEXA does with passport copies (informed); the grievance "
   "is the rule, not data handling.",
   PX_ONB, "Verification of authority - original forms required", "Dear Mr Nwosu,",
   [("Thank you for sending scanned copies of your verification of authority forms.", None),
    ("Under our current procedure we need the signed originals by post before your firm's new users can be "
     "activated. Scanned or electronically signed copies cannot be accepted.",
     "Why? Every other part of a conveyance is done electronically now, including on your own platform. Posting "
     "originals has held up two new starters for over a week. Please review this rule."),
    ("Your users will be activated within two working days of the originals arriving.",
     "In the meantime, please tell me what you do with the copies of passports you already hold for our users: what "
     "you use them for, who you share them with and how long you keep them.")],
   "Kind regards\nPEXA Onboarding Team",
   [("Chidi Nwosu", "chidi.nwosu@greenhallpartners.co.uk"), ("Chidi Nwosu", "c.nwosu@greenhallpartners.co.uk")],
   ["Hello,\n\nSee my comments in line below{how}.\n\nChidi Nwosu\nPractice Manager, Greenhall Partners",
    "My points are typed into your email underneath each paragraph.\nC. Nwosu"], "CN")

# =============================================================================================
# PEXA, group U: answers inside the quote, nothing on top but a greeting or sign-off
# =============================================================================================
sc("pexa", "U", L(c=True, ex=True, cat="delay"),
   "Nothing on top; inside the quoted final response she says the upheld credit is still outstanding two months on "
   "and writes 'I raised the complaint' herself: a still-waiting chaser, explicit, delay.",
   PX_COMPL, "Your complaint PX-CMP-29955 - final response", "Dear Ms Grantham,",
   [("We have completed our investigation into the duplicate per-workspace fees charged to Northgate Legal in "
     "December.", None),
    ("We uphold your complaint. We will issue a credit note for £336.00 within 10 working days of this letter.",
     "This letter is dated 14 January. It is now the second week of March and no credit note has arrived. I have "
     "chased twice."),
    ("We apologise for the inconvenience caused.",
     "I raised the complaint in December and I am still waiting for the money you agreed to credit. Please send the "
     "credit note this week and confirm by return.")],
   "Yours sincerely\nHelen Okafor\nComplaints Specialist, PEXA",
   [("Dawn Grantham", "dawn.grantham@northgatelegal.co.uk"), ("Dawn Grantham", "d.grantham@northgatelegal.co.uk")],
   ["", "Hi Helen,"], "DG", when=(1, 14))

sc("pexa", "U", L(c=True, firm="kbs", cat="fees_charges"),
   "Only a sign-off on top; the inline answers dispute a late fee added by Kestrel Building Society and ask for a "
   "refund: implicit complaint purely about the lender, kbs, fees_charges.",
   PX_SUPPORT, "Your query about completion charges", "Dear Ms Lindgren,",
   [("Thank you for getting in touch. PEXA does not set the fees that lenders or conveyancers charge you, but we can "
     "forward your concern to the firm concerned.", None),
    ("Which firm made the charge?", "Kestrel Building Society, my mortgage lender."),
    ("What was the charge, and when were you told about it?",
     "A £295 'completion administration fee', added to my redemption figure two days before completion. It was "
     "never mentioned in my mortgage offer."),
    ("What outcome are you looking for?", "For Kestrel to refund it or show me where I agreed to it.")],
   "Kind regards\nPEXA Customer Support",
   [("Ingrid Lindgren", "ingrid.lindgren@gmail.com"), ("Ingrid Lindgren", "ingrid.l@hotmail.co.uk")],
   ["Thanks,\nIngrid", ""], "IL")

sc("pexa", "U", L(),
   "Nothing on top beyond a greeting or sign-off; the inline answers simply confirm onboarding details: not a "
   "complaint.",
   PX_ONB, "Onboarding checklist - Castlegate Property Law", "Hi Imogen,",
   [("Welcome aboard. To finish setting up Castlegate Property Law, could you confirm the items below?", None),
    ("Bank account for fee collection: is it the account ending 0917?", "Yes, that's correct."),
    ("Number of user licences required: 6?", "7 please - we have a trainee starting on the 1st."),
    ("Preferred date for your go-live call?", "Any morning next week except Wednesday.")],
   "Thanks\nTheo\nPEXA Onboarding",
   [("Imogen Clarke", "imogen.clarke@castlegatelaw.co.uk"), ("Imogen Clarke", "iclarke@castlegatelaw.co.uk")],
   ["Morning Theo", "Cheers,\nImogen"], "IC")

sc("pexa", "U", L(c=True, pd=True, r="portability", cat="personal_data"),
   "Nothing on top but a greeting or sign-off; inline he says his request for machine-readable data was answered "
   "with a scanned PDF and asks again for CSV/JSON: a badly handled rights request (personal_data), portability.",
   PX_DPO, "Your data request - our response", "Dear Mr Farrow,",
   [("Please find enclosed the information you asked for about your former user account.", None),
    ("We have provided your workspace history as a scanned PDF of 214 pages.",
     "I asked for it in a machine-readable format. A scanned PDF is useless - I cannot import 214 pages of images "
     "into my new firm's case system."),
    ("We trust this completes your request.",
     "It doesn't. Please send the same data as a CSV or JSON file, as I originally asked, within the month you have "
     "left.")],
   "Regards\nData Protection Team, PEXA",
   [("Stuart Farrow", "stuart.farrow@fastmail.com"), ("Stuart Farrow", "s.farrow@harbourlane-law.co.uk")],
   ["Regards,\nStuart Farrow", "Hello,"], "SF")

sc("pexa", "U", L(c=True, cat="platform_defect"),
   "No top text; the inline answers to PEXA's incident questions report clients' losses from the outage and ask "
   "PEXA to pay them: implicit complaint, platform_defect.",
   PX_SUPPORT, "Service incident on 24 February - impact on your firm", "Dear subscriber,",
   [("On 24 February the PEXA platform was unavailable between 11:20 and 14:45 because of a fault in our settlement "
     "service. We are contacting affected firms to understand the impact.", None),
    ("How many of your settlements were affected?", "Three. None of them completed that day."),
    ("Did any of your clients suffer loss as a result?",
     "Yes. One family had their removal lorry loaded and nowhere to go; they paid £620 for storage and a night in a "
     "hotel. Another buyer lost a day's wages."),
    ("Is there anything else you would like us to know?",
     "We expect PEXA to cover those costs. I've attached receipts. Please confirm who will deal with this.")],
   "PEXA Customer Support",
   [("Marcus Idowu", "marcus.idowu@pennyfieldsolicitors.co.uk"), ("Marcus Idowu", "m.idowu@pennyfieldsolicitors.co.uk")],
   ["", "Marcus"], "MI")

sc("pexa", "U", L(br=True),
   "The inline answers are content, but one reports another person's passport and bank statement showing in the "
   "firm's workspace, with no reply wanted: breach=true on a non-complaint.",
   PX_SUPPORT, "Case 5601288 - follow-up questions", "Hi Nicole,",
   [("Thanks for your call this morning. To close the case we just need the answers to two questions.", None),
    ("Has the missing title document now appeared in workspace 70-118204?", "Yes, it's there now, thanks."),
    ("Are you able to progress the settlement?",
     "Yes, all fine. One thing you should know though: when the documents refreshed, a scanned passport and bank "
     "statement for somebody called Mr T. Albrecht showed up in our document tab. He isn't our client. We haven't "
     "opened it beyond seeing the name and haven't downloaded it. Just flagging it so you can remove it; no need to "
     "come back to me.")],
   "Thanks\nJoel\nPEXA Customer Support",
   [("Nicole Ashby", "nicole.ashby@wrenfordlaw.co.uk"), ("Nicole Ashby", "n.ashby@wrenfordlaw.co.uk")],
   ["Hi Joel,", ""], "NA")

sc("pexa", "U", L(c=True, ex=True, cat="inaccurate_information"),
   "Only a greeting or sign-off on top; inside the quote he disputes PEXA's record of the cut-off time its adviser "
   "gave and asks to escalate 'my complaint': explicit, inaccurate_information.",
   PX_COMPL, "Complaint PX-CMP-31207 - settlement cut-off advice", "Dear Mr Laine,",
   [("Thank you for your email about the advice given by our support desk on 27 March.", None),
    ("Our adviser's notes record that he told your colleague the same-day settlement cut-off was 15:00, which is "
     "correct.",
     "That is wrong. Laura wrote down what he said at the time: 16:30. That is why we booked the settlement for "
     "16:00 and it rolled to the next day."),
    ("As the correct information was given, we do not uphold the complaint.",
     "Please escalate my complaint to your Complaints Manager and send me the adviser's notes. Our client paid a "
     "day's interest on the bridging loan because of this.")],
   "Yours sincerely\nPEXA Complaints Team",
   [("Henrik Laine", "henrik.laine@moorfieldconveyancing.co.uk"), ("Henrik Laine", "h.laine@moorfieldconveyancing.co.uk")],
   ["Kind regards\nHenrik", "Dear Complaints Team,"], "HL")

# =============================================================================================
# PEXA, group C: controls written above the quote
# =============================================================================================
sc("pexa", "C", L(c=True, ex=True, cat="fees_charges"),
   "Top-posted complaint, in the sender's own word, about a new PEXA charge; the quote is PEXA's untouched invoice "
   "email: explicit, fees_charges; Thames Valley Mortgages is the complainant, not the subject (null).",
   PX_BILL, "Your May invoice INV-2026-0577", "Dear Accounts Payable,",
   [("Please find attached your invoice for May, totalling £4,212.50, payable within 30 days.", None),
    ("The invoice includes the new annual subscription charge introduced from 1 May, as set out in our notice of "
     "3 March.", None)],
   "Kind regards\nPEXA Billing",
   [("Rachel Obi", "rachel.obi@tvmortgages.co.uk"), ("Rachel Obi", "r.obi@tvmortgages.co.uk")],
   ["Hello,\n\nPlease see your invoice below. I want to raise a complaint about the new annual subscription charge. "
    "We never received the notice of 3 March you mention, and our contract says price changes need 90 days' written "
    "notice to our nominated contact. Please remove the charge and reissue the invoice.\n\nRachel Obi\n"
    "Finance Manager, Thames Valley Mortgages",
    "Hi,\n\nI'm writing to complain about the invoice you sent below. It includes an annual subscription charge we "
    "were never told about; the 3 March notice didn't reach us and our agreement requires 90 days' notice. Please "
    "take it off and send a corrected invoice.\n\nRegards\nRachel Obi"], "RO")

sc("pexa", "C", L(c=True, cat="delay"),
   "'See my email below' points to the sender's own earlier, neutral request; the top text is a still-waiting "
   "chaser with a demand: implicit complaint, delay.",
   PX_SUPPORT, "Settlement report for workspace 58-226610", "Hi,",
   [("Could you send us the settlement report for workspace 58-226610? Our auditors need it before the end of the "
     "month and it doesn't appear in the reports tab.", None)],
   "Thanks\nOlivia Marchetti\nAccounts, Stanway Legal",
   [("Olivia Marchetti", "olivia.marchetti@stanwaylegal.co.uk"), ("Olivia Marchetti", "o.marchetti@stanwaylegal.co.uk")],
   ["Hello again,\n\nSee my email below, sent nine working days ago. I've had no reply at all and the auditors are "
    "here on Friday. Can someone please pick this up today?\n\nOlivia",
    "Please see below - still nothing back after nearly two weeks, and two phone messages left. Our audit is "
    "being held up. I need the report today.\n\nOlivia Marchetti"], "OM", quote_from="self")

sc("pexa", "C", L(),
   "Answers are given in a numbered list above the untouched quote, all routine onboarding details: not a "
   "complaint.",
   PX_ONB, "Go-live questions for Ferrier Lamont", "Dear Mr Ferrier,",
   [("Before your go-live date we need the following:", None),
    ("1. The names of the two users who will hold signing authority.", None),
    ("2. Confirmation that your client account details on the mandate form are correct.", None),
    ("3. Your preferred training date: 8, 15 or 22 May.", None)],
   "Kind regards\nPEXA Onboarding Team",
   [("Douglas Ferrier", "douglas@ferrierlamont.co.uk"), ("Douglas Ferrier", "d.ferrier@ferrierlamont.co.uk")],
   ["Dear Onboarding Team,\n\nIn answer to your questions:\n\n1. Douglas Ferrier and Aileen Lamont.\n2. Confirmed, "
    "the details on the mandate are correct.\n3. 15 May suits us best.\n\nLooking forward to getting started.\n\n"
    "Douglas Ferrier",
    "Hi,\n\n1) Signing authority: me and Aileen Lamont\n2) Mandate details are correct\n3) 15 May please\n\n"
    "Thanks, Douglas"], "DF")

sc("pexa", "C", L(c=True, firm="ols", cat="delay"),
   "A buyer forwards his solicitors' postponement email with his own comment above it: a consumer complaint purely "
   "about Orchard Lane Solicitors' repeated delays, which PEXA forwards: ols, delay.",
   None, "Completion - 9 Foxglove Way", "Dear Mr Whitfield,",
   [("We are sorry to tell you that completion cannot take place on Friday as planned. We are still waiting for some "
     "information and will update you as soon as we can.", None)],
   "Kind regards\nConveyancing Team\nOrchard Lane Solicitors",
   [("Simon Whitfield", "simon.whitfield@gmail.com"), ("Simon Whitfield", "s.whitfield@icloud.com")],
   ["To PEXA,\n\nI'm forwarding the email below from my solicitors, Orchard Lane. This is the third time they have "
    "moved my completion date, each time at a day's notice, and they will not say what information they are waiting "
    "for. My removal firm charges me every time. Orchard Lane told me the settlement goes through your system, so "
    "please pass this to whoever can make them give me a straight answer and a date.\n\nSimon Whitfield",
    "Hello,\n\nForwarding this from Orchard Lane Solicitors, who are handling my purchase. Third postponement now, "
    "always at the last minute, no reason given, and I'm paying the removal company each time. Please pass this on "
    "to them - I want a firm date and an explanation.\n\nSimon"], "SW",
   quote_from=("Orchard Lane Solicitors", "conveyancing@orchardlanesolicitors.co.uk"), fwd=True)

sc("pexa", "C", L(c=True, pd=True, r="informed", cat="personal_data"),
   "Top-posted: unhappy with PEXA's reply, she asks where PEXA got her mobile number, what it is used for and on "
   "what basis: implicit complaint about unexpected data use (personal_data), informed; PEXA's own conduct.",
   PX_SUPPORT, "Your text message enquiry", "Dear Ms Yilmaz,",
   [("Thank you for your message. The texts you received were workspace notifications sent on behalf of the firm "
     "handling your remortgage. You can ask that firm to stop them.", None)],
   "Kind regards\nPEXA Customer Support",
   [("Selin Yilmaz", "selin.yilmaz@gmail.com"), ("Selin Yilmaz", "selinyilmaz@outlook.com")],
   ["That doesn't answer my question. The texts come from PEXA, not from my lender, and I never gave you my mobile "
    "number. I want you to tell me where you got my number, what you are using it for and on what legal basis. "
    "Please reply properly this time.\n\nSelin Yilmaz",
    "Sorry, but your reply below doesn't help. The messages are from PEXA, and I have never given PEXA my number. "
    "Where did you get it, why are you using it and on what basis? I expect a proper answer.\n\nS. Yilmaz"], "SY")

sc("pexa", "C", L(),
   "'Below' points to the list in her own top text; she supplies workspace numbers for a routine update: not a "
   "complaint.",
   PX_SUPPORT, "Case 5702219 - workspaces for the bulk update", "Hi Fatima,",
   [("To apply the new bank account details to your open workspaces we need the list of workspace numbers affected. "
     "Could you send these over?", None)],
   "Thanks\nGreg\nPEXA Customer Support",
   [("Fatima Rahman", "fatima.rahman@oakridgelegal.co.uk"), ("Fatima Rahman", "f.rahman@oakridgelegal.co.uk")],
   ["Hi Greg,\n\nThanks for sorting this. The workspaces are listed below:\n\n72-441019\n72-441230\n72-442871\n"
    "72-443004\n\nLet me know if you need anything else.\n\nFatima",
    "Greg,\n\nSee below for the workspace numbers:\n- 72-441019\n- 72-441230\n- 72-442871\n- 72-443004\n\n"
    "Many thanks\nFatima Rahman"], "FR")

sc("pexa", "C", L(),
   "A top-posted thank-you confirming the matter is settled; the complaint wording is only in PEXA's quoted final "
   "response: not a complaint.",
   PX_COMPL, "Your complaint PX-CMP-28810 - final response", "Dear Mr Okonkwo,",
   [("We have now completed our review of your complaint about the failed settlement on 3 December.", None),
    ("We uphold your complaint and have refunded the settlement fee of £96 and paid £150 towards your client's "
     "costs. We are sorry for the trouble this caused.", None)],
   "Yours sincerely\nPEXA Complaints Team",
   [("Emeka Okonkwo", "emeka.okonkwo@brambleford-law.co.uk"), ("Emeka Okonkwo", "e.okonkwo@brambleford-law.co.uk")],
   ["Dear Complaints Team,\n\nThank you - both payments have arrived and the client is happy. I appreciate the quick "
    "and fair outcome.\n\nBest wishes\nEmeka Okonkwo",
    "Thanks for this. Refund and contribution both received; we're content and consider the matter closed.\n\n"
    "Emeka"], "EO")

sc("pexa", "C", L(c=True, tp=True, firm="hcb", cat="delay"),
   "Top-posted reply from a son with power of attorney (third_party): the grievance is purely Heathcote Bank's late "
   "release of his mother's sale money, which PEXA forwards: hcb, delay.",
   PX_SUPPORT, "Your enquiry about your mother's sale", "Dear Mr Quinlan,",
   [("Thank you for your email. PEXA provides the platform used to settle the sale, but the release of the sale "
     "money to your mother is handled by her bank and her conveyancer. We are not able to investigate their "
     "service.", None),
    ("If you would like us to pass your concerns to either firm, please let us know which firm and what you would "
     "like them to do.", None)],
   "Kind regards\nPEXA Customer Support",
   [("Patrick Quinlan", "patrick.quinlan@gmail.com"), ("Patrick Quinlan", "pquinlan@btinternet.com")],
   ["Thank you. Please pass this to Heathcote Bank. I'm writing for my mother, Margaret Quinlan, who is 91; I have "
    "her power of attorney. The sale completed on 12 March and Heathcote still have not released the money into her "
    "account, eleven days later. Nobody at the branch can tell us why. We want the funds released and an "
    "explanation.\n\nPatrick Quinlan",
    "Yes please - the firm is Heathcote Bank. I act for my mother Margaret Quinlan under a power of attorney. Her "
    "sale completed on 12 March and the money still hasn't reached her account. Heathcote's branch keeps saying "
    "'it's processing'. Please ask them to release it and explain the delay.\n\nPatrick"], "PQ")

SCEN_CONEXUS_START = len(SCEN)

# =============================================================================================
# Conexus, group A
# =============================================================================================
sc("conexus", "A", L(c=True, ex=True, cat="collection_conduct"),
   "Inline the debtor contradicts Conexus's findings on call frequency and an agent's threats and writes 'I am not "
   "dropping my complaint': explicit (his own word, inside the quote), collection_conduct.",
   CX_COMP, "Final response to your complaint - account CX-5518204", "Dear Mr Lennox,",
   [("We have now completed our investigation into the concerns you raised on 9 February about our telephone "
     "contact.", None),
    ("Our records show that we called you three times in the week beginning 2 February, which is within our contact "
     "policy.",
     "My phone log shows eleven calls from your 0330 number that week, including two on the Sunday. I can send you "
     "screenshots."),
    ("We have listened to the call of 4 February. The agent remained professional throughout.",
     "He told me I was 'lying about being out of work' and that he'd 'make sure this goes to court'. Listen again."),
    ("We therefore do not uphold your complaint. If you are dissatisfied, you may refer it to the Financial Ombudsman "
     "Service within six months.",
     "I am not dropping my complaint. Before I go to the Ombudsman I want you to check the call log and the "
     "recording again and reply properly.")],
   "Yours sincerely\nAnnette Brooke\nCompliance and Risk Manager, Conexus",
   [("Craig Lennox", "craig.lennox76@gmail.com"), ("Craig Lennox", "c.lennox@yahoo.com")],
   ["Mrs Brooke,\n\nI've gone through your letter and written my replies under each bit.\n\nCraig Lennox",
    "My answers are inside your letter{how} - I don't agree with it.\nC Lennox"], "CL")

sc("conexus", "A", L(r="rectification"),
   "Inline answers to a plan questionnaire, including a request to update her address (rectification); no "
   "dissatisfaction, so not a complaint.",
   CX_ACC, "Setting up your payment plan - account CX-6140337", "Dear Ms Harwood,",
   [("Thank you for calling us about a payment plan. To set it up we need to confirm a few details.", None),
    ("What is your monthly household income after tax?", "£1,640 (wages plus child benefit)."),
    ("What are your essential monthly outgoings?",
     "Rent £725, council tax £118, energy £140, food about £300, phone and broadband £45."),
    ("Is the address we hold for you, 22 Millbrook Road, still correct?",
     "No, I moved in January. Please change it to Flat 3, 41 Canal Street, Nottingham NG1 7EH."),
    ("How much could you afford each month?", "£60 on the 5th of each month, starting next month.")],
   "Kind regards\nConexus Accounts Team",
   [("Joanne Harwood", "jo.harwood@gmail.com"), ("Joanne Harwood", "joanneharwood85@hotmail.com")],
   ["Hi,\n\nThe figures you wanted are filled in on your form.\n\nThanks\nJo Harwood",
    "Hello, answers added to the form below{how}.\nJoanne"], "JH")

sc("conexus", "A", L(c=True, firm="nte", cat="debt_dispute"),
   "Inline the debtor disputes the creditor's final bill (an estimated reading after he moved out) and asks for a "
   "rebill: a root cause only Northline Energy can fix, so nte, debt_dispute.",
   CX_CR, "Balance breakdown - Northline Energy account CX-4302916", "Dear Mr Petrakis,",
   [("As you asked, here is a breakdown of the balance of £1,087.44 that Northline Energy has placed with us.", None),
    ("Final bill for gas and electricity at 7 Tanner Row, 1 October to 14 December: £1,022.44.",
     "That final bill uses an estimated reading. I moved out on 30 September and sent Northline a photo of both "
     "meters that day. The real usage for my last month was about £90."),
    ("Late payment charge applied by Northline: £65.00.",
     "Same problem - it's a charge on a bill that was wrong in the first place."),
    ("If you dispute the balance, please tell us why and we will raise it with Northline Energy.",
     "I do dispute it. Please send Northline my meter photos (attached) and get them to rebill from my actual "
     "readings.")],
   "Kind regards\nConexus Customer Relations",
   [("Nikos Petrakis", "nikos.petrakis@gmail.com"), ("Nikos Petrakis", "npetrakis@outlook.com")],
   ["Hello,\n\nMy replies sit next to each line of the breakdown.\n\nNikos Petrakis",
    "Thanks for the breakdown. I've marked my comments on it{how}.\nNikos"], "NP")

sc("conexus", "A", L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
   "Inline she reports letters sent to an old address after she updated it, one opened by her ex-partner (breach, "
   "personal_data), and asks why and for her record to be corrected (rectification): implicit complaint, "
   "category personal_data.",
   CX_CR, "Confirming your identity - account CX-7021558", "Dear Ms Whitcombe,",
   [("Thank you for your call. Before we can discuss your account we need to confirm your identity.", None),
    ("Please confirm your date of birth.", "17/08/1989"),
    ("Please confirm your current address.",
     "14 Heron Court, Ipswich IP4 2LP. I gave you this address in November. Despite that, your last two letters went "
     "to my old flat in Colchester, where my ex-partner still lives. He opened one and now knows about the debt and "
     "which town I've moved to."),
    ("Is there anything else we should know?",
     "Yes. I'm upset and worried about this. I want to know why the old address was still being used, and please "
     "correct your records so it never happens again.")],
   "Regards\nConexus Customer Relations",
   [("Helen Whitcombe", "helen.whitcombe@gmail.com"), ("Helen Whitcombe", "h.whitcombe89@outlook.com")],
   ["Answers below{how}.\n\nHelen",
    "I have answered in your email, please read all of it.\nHelen Whitcombe"], "HW")

sc("conexus", "A", L(c=True, tp=True, cat="collection_conduct"),
   "A money adviser (third_party) answers inline that Conexus contacted her client four times during a Breathing "
   "Space and asks for contact to stop and an explanation: implicit complaint, collection_conduct.",
   CX_CR, "Your client Mr D. Ferreira - account CX-3897712", "Dear Ms Kaur,",
   [("Thank you for your letter of authority. To review your client's account we need the following information.",
     None),
    ("Is your client currently in a Breathing Space?",
     "Yes, a standard Breathing Space started on 4 March. You were notified through the Insolvency Service that day, "
     "reference BS-2231908."),
    ("Has your client been contacted by us since then?",
     "Yes, four times: two calls and two text messages between 6 and 15 March asking him to ring and pay. That "
     "should not have happened. He is anxious and has stopped opening his post."),
    ("Please provide an income and expenditure statement.",
     "Attached. Please confirm that all contact will stop until the Breathing Space ends, and explain how these "
     "calls happened.")],
   "Kind regards\nConexus Customer Relations",
   [("Manpreet Kaur", "manpreet.kaur@riversidemoneyadvice.org.uk"),
    ("Manpreet Kaur", "m.kaur@riversidemoneyadvice.org.uk")],
   ["Dear Conexus,\n\nI have responded point by point, interleaved with your questions.\n\nManpreet Kaur\nDebt Adviser, "
    "Riverside Money Advice",
    "Please find my responses inserted below{how}.\n\nManpreet Kaur, Riverside Money Advice"], "MK")

sc("conexus", "A", L(c=True, pd=True, r="access,objection,informed", cat="personal_data"),
   "Inline he is aggrieved that Conexus rang his workplace using a number he never gave (personal_data, implicit "
   "complaint) and asks for a copy of his data with recordings (access), where it came from (informed) and an end "
   "to payment-likelihood profiling (objection).",
   CX_DATA, "Your data protection request - clarification needed", "Dear Mr Baptiste,",
   [("We have received your email of 18 March. So that we can deal with it correctly, please answer the following.",
     None),
    ("Are you asking for a copy of the personal data we hold about you? If so, would you like call recordings "
     "included?", "Yes, everything, including every call recording."),
    ("You mention a phone call to your workplace. Could you say more?",
     "Your agent rang my employer's switchboard on 12 March and asked for me by name, saying it was about 'an "
     "outstanding matter'. I never gave you my work number. I want to know where you got it, and what else you've "
     "gathered about me and from whom."),
    ("Is there anything else you would like us to do?",
     "Yes. I object to you using my data to score or profile me on how likely I am to pay. Stop it. And I expect an "
     "explanation of the workplace call.")],
   "Regards\nData Protection Officer, Conexus",
   [("Jerome Baptiste", "jerome.baptiste@gmail.com"), ("Jerome Baptiste", "jbaptiste@live.co.uk")],
   ["Hello,\n\nYou asked several things; the answers are sitting right after each question in your email.\n\nJerome Baptiste",
    "I've responded to each question, scroll down{how}.\nJ. Baptiste"], "JB")

sc("conexus", "A", L(c=True, r="automated_decision", cat="process"),
   "Inline he objects that payment plans are decided only by an automated portal that rejects in seconds (the rule "
   "itself: process) and asks for a member of staff to decide (automated_decision).",
   CX_ACC, "Your payment plan proposal - account CX-5073391", "Dear Mr Ogunleye,",
   [("Your payment plan proposal of £40 a month, submitted through our online portal, was not accepted.", None),
    ("Plans submitted online are assessed automatically against your income and expenditure and the balance "
     "outstanding.",
     "So no person looked at it. My expenditure includes £210 a month for my daughter's care, which your form had no "
     "box for - that is why it came out wrong."),
    ("You may submit a new proposal of at least £95 a month through the portal.",
     "I can't pay £95. Please have a member of staff look at my actual figures and decide, instead of the portal. "
     "And I don't think it's fair that the only way to propose a plan is a form that rejects you in seconds.")],
   "Kind regards\nConexus Accounts Team",
   [("Tunde Ogunleye", "tunde.ogunleye@gmail.com"), ("Tunde Ogunleye", "t.ogunleye@icloud.com")],
   ["Good morning,\n\nI've written my side of it next to each paragraph of your email.\n\nTunde Ogunleye",
    "Tunde here - please read what I've inserted in your email{how}."], "TO")

sc("conexus", "A", L(c=True, cat="fees_charges"),
   "Inline she disputes the trace fee Conexus added, saying it already had her new address, and asks for it to be "
   "removed: implicit complaint (the word is only in Conexus's subject), fees_charges.",
   CX_COMP, "Our response to your complaint about the trace fee", "Dear Ms Atherton,",
   [("You told us you were unhappy that a £45 trace fee was added to your account in January.", None),
    ("We added the fee because letters to your previous address were returned and we had to use a tracing agency to "
     "find you.",
     "I rang you on 3 January with my new address before any letter came back. You had it. There was nothing to "
     "trace."),
    ("The fee is permitted by the terms of your original agreement, so we will not be removing it.",
     "I want the £45 taken off. It's not right to charge me for finding someone who had already told you where she "
     "was.")],
   "Yours sincerely\nConexus Compliance and Risk",
   [("Lorraine Atherton", "lorraine.atherton@gmail.com"), ("Lorraine Atherton", "l.atherton1962@btinternet.com")],
   ["Dear Sir or Madam,\n\nI do not agree with your letter and I have said why, point by point, in the letter itself.\n\nLorraine Atherton",
    "Hello, I've replied in the letter below{how}.\nLorraine"], "LA")

sc("conexus", "A", L(c=True, tp=True, cat="collection_conduct"),
   "His sister writes for him (third_party) inline: an agent rang his hospital ward about the debt; she asks for "
   "contact to stop and a hold: implicit complaint, collection_conduct ('stop contacting him' is a conduct remedy, "
   "not objection).",
   CX_CR, "Account CX-6629140 - we have been unable to reach you", "Dear Mr Mensah,",
   [("We have tried to contact you several times about your account and have not been able to speak to you.", None),
    ("Please call us on 0330 555 0148 to discuss a payment arrangement.",
     "Kofi can't call you. He has been in hospital since 20 February after a stroke. I'm his sister and I'm dealing "
     "with his post."),
    ("If we do not hear from you, we may continue our collection activity.",
     "Your agent rang the ward on Tuesday and asked the nurses to pass the phone to him about 'a debt'. That was "
     "humiliating for him. Please stop all contact with him while he's in hospital, put the account on hold, and "
     "tell me what you need from me to deal with it for him.")],
   "Regards\nConexus Customer Relations",
   [("Ama Mensah", "ama.mensah@gmail.com"), ("Ama Mensah", "amamensah@hotmail.co.uk")],
   ["I'm answering this for my brother Kofi - what I have to say is written after each part of your letter.\n\nAma Mensah",
    "Writing on Kofi Mensah's behalf. Please read the notes I've added to your email{how}.\nAma"], "AM")

sc("conexus", "A", L(c=True, firm="pmt", cat="debt_dispute"),
   "Inline she says she cancelled with Pennant Mobile inside the cooling-off period, so every charge is wrong: the "
   "creditor's billing is the root cause, pmt, debt_dispute.",
   CX_CR, "Pennant Mobile balance - account CX-7714025", "Dear Ms Novak,",
   [("Pennant Mobile has asked us to collect an outstanding balance of £486.20 on your former mobile contract.", None),
    ("The balance is made up of unpaid monthly charges from May to August and an early termination charge.",
     "I cancelled that contract within the 14-day cooling-off period in April. Pennant's own email confirming the "
     "cancellation is attached. Every charge after that is wrong."),
    ("Please pay the balance in full or contact us to arrange a plan.",
     "I won't pay a bill for a contract I cancelled. Please refer this back to Pennant and ask them to close the "
     "account.")],
   "Kind regards\nConexus Customer Relations",
   [("Zuzana Novak", "zuzana.novak@gmail.com"), ("Zuzana Novak", "z.novak@seznam.cz")],
   ["Hello,\n\nMy answers are in between your lines below.\n\nZuzana Novak",
    "Please see my replies typed into your letter{how}.\nZ. Novak"], "ZN")

sc("conexus", "A", L(r="erasure"),
   "Inline praise ('no complaints at all') and a request to delete his details now the account is settled "
   "(erasure), with no dissatisfaction: not a complaint.",
   CX_ACC, "Your final payment - account CX-4456019", "Dear Mr Fitzgerald,",
   [("We are pleased to confirm that your final payment has been received and your account is now settled in full.",
     None),
    ("Were you happy with how we handled your account?",
     "Yes. No complaints at all - the lady I spoke to in February, Chloe, was really kind and patient."),
    ("Is there anything else we can help with?",
     "Now that it's cleared, please delete my personal details from your systems, apart from anything you're legally "
     "required to keep. A short confirmation once done would be great.")],
   "Kind regards\nConexus Accounts Team",
   [("Declan Fitzgerald", "declan.fitzgerald@gmail.com"), ("Declan Fitzgerald", "dfitz@eircom.net")],
   ["Thanks for this - my answers are slotted in under your two questions.\n\nDeclan",
    "Great news. Answers to your two questions are inside your email{how}.\nDeclan Fitzgerald"], "DF")

sc("conexus", "A", L(c=True, ex=True, cat="debt_dispute"),
   "Inline she says the balance was already paid to Conexus and calls it 'a formal complaint' in her own words: "
   "explicit; Conexus's own pursuit of a paid debt (Sterling Credit is only the named creditor), so null, "
   "debt_dispute; 'correct the account' is about the balance, not a data right.",
   CX_ACC, "Statement of account CX-5290873", "Dear Mrs Okoro,",
   [("Please find below a statement of your account, which we are collecting on behalf of Sterling Credit Loans.",
     None),
    ("Balance outstanding: £1,312.00.",
     "This was paid in full on 28 March by bank transfer, reference CX5290873 OKORO. Your own agent confirmed it on "
     "the phone on 2 April."),
    ("Please contact us within 14 days to arrange payment.",
     "I am making a formal complaint. You are chasing me for money I have already paid you. Correct the account, "
     "confirm in writing that nothing is owed, and stop the letters.")],
   "Conexus Accounts Team",
   [("Grace Okoro", "grace.okoro@gmail.com"), ("Grace Okoro", "graceokoro@yahoo.co.uk")],
   ["Dear Conexus,\n\nPlease read the comments I have added to your statement.\n\nMrs G. Okoro",
    "Hello, my answers to your statement are further down, in the text{how}.\nGrace Okoro"], "GO")

sc("conexus", "A", L(br=True),
   "The inline answers are content; he reports another debtor's letter in his envelope and wants no reply: "
   "breach=true on a non-complaint.",
   CX_CR, "Confirming your new payment date", "Dear Mr Castellanos,",
   [("Following your call, we have moved your monthly payment date to the 15th.", None),
    ("Please confirm that the 15th suits you.", "Yes, the 15th is fine, thank you."),
    ("Please confirm you have received our letter of 2 May.",
     "I did, but I thought you should know that inside the same envelope was a letter for a Mr Raymond Ashworth in "
     "Preston, with his account number and balance. I've put it back in the post to you marked 'sent in error'. "
     "That's all, no need to reply.")],
   "Kind regards\nConexus Customer Relations",
   [("Luis Castellanos", "luis.castellanos@gmail.com"), ("Luis Castellanos", "l.castellanos@outlook.com")],
   ["Hi,\n\nBoth questions answered - have a look in your own message.\n\nLuis",
    "Answers after your questions{how}. Cheers, Luis"], "LC")

sc("conexus", "A", L(c=True, cat="wait_time"),
   "Inline he contradicts Conexus's average wait with three holds of about 40 minutes and asks for a call back: "
   "implicit complaint about reaching the firm, wait_time.",
   CX_COMP, "Response to your concerns about our phone lines", "Dear Mr Roberts,",
   [("Thank you for your email about the time it took to reach us.", None),
    ("Our average waiting time in March was 4 minutes 10 seconds.",
     "Not for me. On 4, 11 and 18 March I held for 38, 41 and 45 minutes and gave up each time."),
    ("We would encourage you to use our online portal, which is available 24 hours a day.",
     "The portal doesn't let me change my plan date, which is the whole reason I was calling. I want a call back "
     "from someone at a set time, not another half hour on hold.")],
   "Yours sincerely\nConexus Compliance and Risk",
   [("Gareth Roberts", "gareth.roberts@gmail.com"), ("Gareth Roberts", "gwroberts@btinternet.com")],
   ["My reply is mixed in with your letter below.\n\nGareth Roberts",
    "Hello. Look at what I've added between your paragraphs{how}.\nGareth"], "GR")

sc("conexus", "A", L(c=True, firm="wbc", r="restriction", cat="debt_dispute"),
   "Inline she disputes the arrears because Westbury's council never applied her discount (the creditor's own "
   "error: wbc, debt_dispute) and asks Conexus not to use or pass on the disputed figure meanwhile (restriction).",
   CX_CR, "Council tax arrears - account CX-3318520", "Dear Ms Haldane,",
   [("Westbury Council Tax Services has instructed us to collect council tax arrears of £842.60 for 2025/26.", None),
    ("The council has told us that no discounts were applied to your account for this period.",
     "That is the problem. I've lived alone since April 2025 and applied for single person discount that month; the "
     "council acknowledged it in writing but never applied it. With the discount the arrears would be about £220."),
    ("Please contact us to arrange payment.",
     "I'll pay what I actually owe once the council fixes the bill. Until the council confirms the corrected figure, "
     "please don't use or pass on the £842.60 figure - don't report it to credit agencies or anyone else.")],
   "Kind regards\nConexus Customer Relations",
   [("Morag Haldane", "morag.haldane@gmail.com"), ("Morag Haldane", "mhaldane@talktalk.net")],
   ["Hello,\n\nI've dropped my answers into the gaps in your letter.\n\nMorag Haldane",
    "I've replied line by line in your letter{how}.\nMorag"], "MH")

# =============================================================================================
# Conexus, group U
# =============================================================================================
sc("conexus", "U", L(c=True, cat="collection_conduct"),
   "No words on top; in the form's last answer he says an agent threatened bailiffs within days and asks why: "
   "implicit complaint about how the debt is pursued, collection_conduct.",
   CX_ACC, "Income and expenditure form - account CX-6881034", "Dear Mr Duffy,",
   [("Further to your call with our agent on 7 April, please complete the questions below so we can consider a "
     "plan.", None),
    ("Monthly income:", "£1,210 Universal Credit and PIP."),
    ("Monthly outgoings:", "About £1,150, breakdown attached."),
    ("Any other information:",
     "Your agent on 7 April told me bailiffs would be at my door on Monday if I didn't pay £300 that day. I have "
     "anxiety and I didn't sleep for two nights. Is that true? I want to know why I was told that, and I don't want "
     "to deal with that agent again.")],
   "Conexus Accounts Team",
   [("Sean Duffy", "sean.duffy82@gmail.com"), ("Sean Duffy", "seanduffy@hotmail.com")],
   ["", "Sean"], "SD")

sc("conexus", "U", L(c=True, ex=True, cat="delay"),
   "Only a greeting on top; inside the quote she objects that her complaint took eleven weeks and asks for an "
   "explanation: explicit (her own 'my complaint'), delay.",
   CX_COMP, "Final response - complaint ref CXC-10492", "Dear Ms Petrova,",
   [("Please accept our apologies for the time taken to reply.", None),
    ("We have now reviewed your concerns about the letters sent to you in October.",
     "I sent my complaint on 4 November. This arrived on 23 January - eleven weeks later. Your own website says "
     "eight weeks."),
    ("We have removed the charge and closed the matter.",
     "Thank you for removing it, but I want an explanation of why my complaint took eleven weeks, and the ombudsman "
     "information you should have sent me at eight weeks.")],
   "Yours sincerely\nConexus Compliance and Risk",
   [("Daria Petrova", "daria.petrova@gmail.com"), ("Daria Petrova", "dpetrova@outlook.com")],
   ["Hello,", ""], "DP")

sc("conexus", "U", L(c=True, ex=True, tp=True, firm="unknown", cat="debt_dispute"),
   "A solicitor (third_party), with only his signature on top, answers inline that the account was opened "
   "fraudulently and that 'our client's complaint is with Halewood', a creditor outside the directory: explicit, "
   "unknown, debt_dispute.",
   CX_CR, "Your client Mrs P. Wainwright - Halewood Home Shopping account", "Dear Mr Ashcroft,",
   [("Thank you for your letter. Halewood Home Shopping has placed this account with us for collection.", None),
    ("Please confirm the basis on which your client disputes the balance of £2,306.75.",
     "Our client's complaint is with Halewood: the catalogue account was opened in her name by her former partner "
     "in 2022 without her knowledge or consent. She has reported it to Action Fraud (reference NFRC2209934411) and "
     "Halewood have had that information since November."),
    ("Please provide any supporting documents.",
     "Enclosed. Please return the account to Halewood and ask them to deal with our client's fraud complaint; we "
     "will take it up with them directly.")],
   "Kind regards\nConexus Customer Relations",
   [("Neil Ashcroft", "n.ashcroft@ashcroftandlyle.co.uk"), ("Neil Ashcroft", "neil.ashcroft@ashcroftandlyle.co.uk")],
   ["Neil Ashcroft\nAshcroft & Lyle Solicitors", ""], "NA")

sc("conexus", "U", L(),
   "Nothing on top but a sign-off; the inline answers confirm a plan and thank the firm: not a complaint.",
   CX_ACC, "Your new payment plan - account CX-7350281", "Dear Ms Pryce,",
   [("We have set up your payment plan of £35 a month. Please check the details below.", None),
    ("First payment: 1 June by direct debit.", "Correct."),
    ("Contact preference: email.", "Yes, email please."),
    ("Are you happy with the plan?", "Yes, very. Thank you for being so understanding on the phone.")],
   "Kind regards\nConexus Accounts Team",
   [("Bethan Pryce", "bethan.pryce@gmail.com"), ("Bethan Pryce", "b.pryce@outlook.com")],
   ["Diolch,\nBethan", ""], "BP")

sc("conexus", "U", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
   "Only a greeting or sign-off on top; inline he says Conexus holds a wrong birth date and another person's "
   "address, asks for correction (rectification) and no use meanwhile (restriction): implicit complaint, "
   "personal_data.",
   CX_CR, "Account CX-2946617 - confirming your details", "Dear Mr Hussain,",
   [("We are writing to confirm the details we hold for you.", None),
    ("Date of birth: 03/05/1969", "Wrong. I was born on 03/05/1996. I'm 29, not 56."),
    ("Previous address: 88 Coronation Street, Bolton",
     "I have never lived in Bolton. It looks like you have mixed me up with someone else with my name."),
    ("Please let us know if any of these details are incorrect.",
     "They are. Correct my date of birth and remove the Bolton address, and until that's done please stop using "
     "these details for anything, including credit checks and tracing. I want to know how this happened.")],
   "Kind regards\nConexus Customer Relations",
   [("Imran Hussain", "imran.hussain96@gmail.com"), ("Imran Hussain", "i.hussain@outlook.com")],
   ["Hi,", "Thanks\nImran"], "IH")

sc("conexus", "U", L(c=True, pd=True, br=True, cat="personal_data"),
   "Only a signature on top; inline the creditor's manager reports the Conexus client portal showed another client's "
   "debtors and demands an explanation: implicit complaint, breach, personal_data; staff for their own firm (not "
   "third_party), Heathcote the complainant (null).",
   CX_CLIENT, "Quarterly placement review - Heathcote Bank", "Dear Ms Adebayo,",
   [("Ahead of our quarterly review, we would be grateful for your answers to the following.", None),
    ("Are you content with the recovery rates on the accounts placed in Q1?", "Broadly, yes."),
    ("Have you had any issues with the client portal?",
     "Yes, a serious one. On 9 April one of my team logged in and could see account lists for another of your "
     "clients - names, addresses and balances of people who have nothing to do with us. We took screenshots and "
     "logged out. I'd expect a full explanation of how that happened, confirmation of whether our customers' data "
     "was visible to others, and what you have done about it, before the review.")],
   "Kind regards\nClient Services, Conexus",
   [("Folake Adebayo", "folake.adebayo@heathcotebank.co.uk"), ("Folake Adebayo", "f.adebayo@heathcotebank.co.uk")],
   ["Folake Adebayo\nCollections Partner Manager\nHeathcote Bank", ""], "FA")

sc("conexus", "U", L(c=True, cat="inaccurate_information"),
   "No words on top but a name; inline he says Conexus's agent quoted £600 as a settlement but the letter says "
   "£1,140, and asks for it to be honoured or explained: implicit complaint, inaccurate_information.",
   CX_ACC, "Settlement offer - account CX-6075519", "Dear Mr Whelan,",
   [("Thank you for asking about a full and final settlement.", None),
    ("We can accept a settlement of £1,140.00 if paid by 30 June.",
     "On the phone on 14 May your colleague Martin offered me £600 as full and final. I borrowed the £600 from my "
     "brother on the strength of that."),
    ("Please call us to make the payment.",
     "Before I pay anything I want someone to listen to the 14 May call and honour what I was told, or explain in "
     "writing why I was given a figure that was wrong.")],
   "Conexus Accounts Team",
   [("Desmond Whelan", "des.whelan@gmail.com"), ("Des Whelan", "d.whelan@eircom.net")],
   ["", "Des"], "DW")

# =============================================================================================
# Conexus, group C: controls
# =============================================================================================
sc("conexus", "C", L(c=True, ex=True, cat="collection_conduct"),
   "Top-posted, in her own words a complaint about a field agent's evening doorstep visit; the quoted letter is "
   "untouched: explicit, collection_conduct.",
   CX_CR, "Visit to your property - account CX-4817360", "Dear Ms Duncan,",
   [("We are writing to let you know that one of our field agents may visit your property in the coming weeks to "
     "discuss your account.", None),
    ("If you would prefer to discuss the account by phone, please call us on 0330 555 0148.", None)],
   "Kind regards\nConexus Customer Relations",
   [("Fiona Duncan", "fiona.duncan@gmail.com"), ("Fiona Duncan", "fionaduncan@btinternet.com")],
   ["I want to make a complaint. Your agent came on Saturday at 8pm, before I'd even received this letter. He kept "
    "his finger on the doorbell, shouted through the letterbox and wouldn't leave for twenty minutes. My children "
    "were terrified. I want an apology and I don't want anyone coming to my house again.\n\nFiona Duncan",
    "This is a complaint about your field agent. He turned up at 8pm on Saturday, leaned on the doorbell and shouted "
    "through the letterbox for twenty minutes. My kids were in tears. I expect an apology and no more visits.\n\n"
    "Fiona"], "FD")

sc("conexus", "C", L(c=True, firm="lwt", cat="debt_dispute"),
   "'See your letter below' points to Conexus's letter; the top text disputes the creditor's billing after he moved "
   "out: root cause Lumen Water, lwt, debt_dispute.",
   CX_CR, "Lumen Water account - balance £812.35", "Dear Mr Abernethy,",
   [("Lumen Water has asked us to collect an outstanding balance of £812.35 for water and sewerage charges at "
     "5 Quarry Lane, Matlock.", None),
    ("Please pay the balance or contact us to agree a plan within 14 days.", None)],
   "Kind regards\nConexus Customer Relations",
   [("Ross Abernethy", "ross.abernethy@gmail.com"), ("Ross Abernethy", "r.abernethy@outlook.com")],
   ["See your letter below. I moved out of 5 Quarry Lane in July 2024 and gave Lumen Water my final reading and "
    "forwarding address. These charges are for the period after I left - they billed the empty house in my name. "
    "Please send this back to Lumen and have them put it right.\n\nRoss Abernethy",
    "Re the letter below: these Lumen Water charges are for after I moved out of Quarry Lane in July 2024. I told "
    "Lumen at the time and gave them a final reading. They need to correct their bill; I don't owe this.\n\nRoss"],
   "RA")

sc("conexus", "C", L(),
   "Numbered answers above the untouched quote, all routine and content: not a complaint.",
   CX_ACC, "A few questions for your plan review - account CX-5608122", "Dear Mr Yildiz,",
   [("Your payment plan is due for its annual review. Please answer the following:", None),
    ("1. Has your income changed in the past year?", None),
    ("2. Has your household changed?", None),
    ("3. Would you like to keep paying on the same date?", None)],
   "Kind regards\nConexus Accounts Team",
   [("Emre Yildiz", "emre.yildiz@gmail.com"), ("Emre Yildiz", "e.yildiz@hotmail.com")],
   ["Hello,\n\n1. Yes, up by about £80 a month since I changed jobs.\n2. No change.\n3. Yes, the 28th is fine.\n\n"
    "I'm happy to increase the plan to £50 if that helps.\n\nThanks\nEmre Yildiz",
    "Answers:\n1 - income up about £80 a month (new job)\n2 - no\n3 - keep the 28th please\nHappy to go up to £50 a "
    "month.\nEmre"], "EY")

sc("conexus", "C", L(c=True, tp=True, cat="fees_charges"),
   "A money adviser (third_party) forwards her client's email with her own comment above it: a £60 fee Conexus added "
   "for a late payment while he was in hospital, asked to be removed: implicit complaint, fees_charges.",
   None, "conexus letter", "Hi Sarah,",
   [("Got this from Conexus today. They've added a £60 'administration fee' because my payment was 2 days late in "
     "March. I was in hospital. I can't afford this, can you help?", None)],
   "Wayne",
   [("Sarah Mbeki", "sarah.mbeki@northdalecab.org.uk"), ("Sarah Mbeki", "s.mbeki@northdalecab.org.uk")],
   ["Dear Conexus,\n\nI act for Mr Wayne Gilchrist (account CX-3372906); our authority form is on your file. Please "
    "see the forwarded email below from my client. You have added a £60 administration fee because one payment "
    "arrived two days late while he was in hospital, which you had been told about. Please remove the fee and "
    "confirm his balance.\n\nSarah Mbeki\nMoney Adviser, Northdale Citizens Advice",
    "Hello,\n\nForwarding my client Wayne Gilchrist's email (CX-3372906, authority on file). A £60 admin fee was "
    "added for a payment two days late while he was in hospital, which Conexus knew about. We ask that it be removed "
    "and the balance confirmed.\n\nSarah Mbeki, Northdale Citizens Advice"], "SM",
   quote_from=("Wayne Gilchrist", "wayne.gilchrist77@gmail.com"), fwd=True)

sc("conexus", "C", L(),
   "'Below' points to the bank details in her own top text; a grateful reply about a refund: not a complaint.",
   CX_ACC, "Refund of overpayment - account CX-2215907", "Dear Mrs Lloyd,",
   [("Your account is now cleared and there is an overpayment of £38.50. To refund this, please send us the details "
     "of the bank account you would like it paid into.", None)],
   "Kind regards\nConexus Accounts Team",
   [("Carol Lloyd", "carol.lloyd@gmail.com"), ("Carol Lloyd", "carol.lloyd55@btinternet.com")],
   ["Thank you, that's very kind. My bank details are below.\n\nAccount name: Mrs C Lloyd\nSort code: 20-44-91\n"
    "Account number: 63018472\n\nBest wishes\nCarol Lloyd",
    "Hello, thanks for letting me know. Details for the refund are further down.\n\nThanks again for your help over "
    "the last year.\n\nName: Carol Lloyd\nSort code 20-44-91\nAccount 63018472"], "CL")

sc("conexus", "C", L(r="access,erasure"),
   "Top-posted and calm: asks for a copy of his data (access) and then its deletion (erasure); no dissatisfaction, "
   "so not a complaint.",
   CX_ACC, "Your account is closed - account CX-6390418", "Dear Mr Kowalski,",
   [("We confirm that the account placed with us by Pennant Mobile has been closed and returned to them. No further "
     "action will be taken by Conexus.", None)],
   "Kind regards\nConexus Accounts Team",
   [("Adam Kowalski", "adam.kowalski@gmail.com"), ("Adam Kowalski", "akowalski@wp.pl")],
   ["Thanks for confirming. Before you close your file, please send me a copy of all the personal information you "
    "hold about me, including notes of calls. After that, please delete what you hold, unless there's a legal reason "
    "to keep it.\n\nAdam Kowalski",
    "Thank you. Could you first send me a copy of all the data you have on me (including any call notes), and then "
    "erase it apart from anything you must keep by law?\n\nRegards, Adam"], "AK")

sc("conexus", "C", L(c=True, tp=True, cat="collection_conduct"),
   "The son and executor (third_party) forwards a 'final notice' sent to his late father after the death was "
   "notified and asks Conexus to stop and explain: implicit complaint about how the debt is pursued after a "
   "bereavement, collection_conduct.",
   CX_COLL, "Final notice - account CX-1849263", "Dear Mr Hargreaves,",
   [("Despite previous reminders, the balance of £1,094.00 on your account remains unpaid.", None),
    ("Unless we hear from you within 7 days, we may recommend that our client considers further action.", None)],
   "Conexus Collections",
   [("Mark Hargreaves", "mark.hargreaves@gmail.com"), ("Mark Hargreaves", "m.hargreaves@outlook.com")],
   ["To whom it may concern,\n\nI'm forwarding the email below, which arrived in my late father's inbox this week. "
    "Dad, Ronald Hargreaves, died on 2 January. My mother and I sent you his death certificate on 20 January and "
    "your colleague confirmed the account would be put on hold. This is the second 'final notice' since then. My "
    "mother is distraught. Please stop writing to Dad, confirm who is handling his estate's account and explain why "
    "this was sent.\n\nMark Hargreaves (son and executor)",
    "Forwarding this from my late father's email. He died on 2 January and we sent the death certificate on 20 "
    "January, yet this 'final notice' is the second since. I'm his executor and I'm writing for my mother too. "
    "Please stop, and tell us in writing why this happened.\n\nMark Hargreaves"], "MH",
   quote_to=("Ronald Hargreaves", "ron.hargreaves@btinternet.com"), fwd=True)

sc("conexus", "C", L(c=True, pd=True, r="access", cat="personal_data"),
   "'See my request below' points to her own earlier subject access request; the top text says it was ignored past "
   "the deadline and asks again: implicit complaint about an ignored rights request (personal_data; category "
   "personal_data, the specific theme, rather than delay), access.",
   CX_DATA, "Subject access request - account CX-5573019", "Dear Data Protection Officer,",
   [("Under Article 15 of the UK GDPR, please send me a copy of the personal data you hold about me, including call "
     "recordings and account notes. My account number is CX-5573019 and my date of birth is 22/09/1984.", None)],
   "Yours faithfully\nNaomi Fraser",
   [("Naomi Fraser", "naomi.fraser@gmail.com"), ("Naomi Fraser", "n.fraser84@outlook.com")],
   ["Please see my request below, sent on 3 February. The one-month deadline passed weeks ago and I have had no "
    "acknowledgement, no data and no explanation. Send me the copy of my data now, and tell me why my request was "
    "ignored.\n\nNaomi Fraser",
    "My email below was sent on 3 February. Nothing since - not even an acknowledgement, and the legal time limit "
    "has long gone. I still want a copy of my data, and an explanation of why this has been ignored.\n\nN. Fraser"],
   "NF", quote_from="self", when=(2, 3))

# =============================================================================================
# envelopes
# =============================================================================================
LAYOUTS = ("outlook_plain", "onwrote_gt", "onwrote_plain", "html_blockquote", "html_outlook_div")
LAYOUT_NAMES = {"outlook_plain": 'plain Outlook block ("From:/Sent:" or "-----Original Message-----")',
                "onwrote_gt": '"On ... wrote:" with ">"', "onwrote_plain": '"On ... wrote:" without ">"',
                "html_blockquote": "HTML <blockquote>", "html_outlook_div": "HTML Outlook reply <div>"}
# (layout, marking) pairs for the two renderings of a group A or U scenario, used in turn
PAIRS = [(("outlook_plain", "caps"), ("html_outlook_div", "colour")),
         (("onwrote_gt", "initials"), ("html_blockquote", "colour")),
         (("onwrote_plain", "caps"), ("html_outlook_div", "initials")),
         (("html_blockquote", "caps"), ("outlook_plain", "initials")),
         (("onwrote_gt", "none"), ("html_outlook_div", "colour")),
         (("outlook_plain", "none"), ("html_blockquote", "initials")),
         (("html_outlook_div", "caps"), ("onwrote_plain", "initials")),
         (("onwrote_gt", "caps"), ("html_blockquote", "none")),
         (("html_outlook_div", "colour"), ("onwrote_plain", "none")),
         (("html_blockquote", "colour"), ("onwrote_gt", "initials")),
         (("outlook_plain", "initials"), ("html_blockquote", "caps"))]
# layout pairs for the controls (nothing typed in the quote); forwards always use the Outlook pair
C_PAIRS = [("outlook_plain", "html_blockquote"), ("onwrote_gt", "html_outlook_div"),
           ("onwrote_plain", "html_blockquote"), ("html_outlook_div", "onwrote_gt"),
           ("html_blockquote", "outlook_plain")]
COLOURS = (('<span style="color:#C00000">', "</span>", " in red"),
           ('<font color="blue">', "</font>", " in blue"),
           ('<span style="color:rgb(0,112,192)">', "</span>", " in blue"),
           ('<font color="#7030A0">', "</font>", " in purple"))

OWN = {}       # (source, env) -> everything the sender typed (top text and inline answers)
META = {}      # (source, env) -> (group, layout, marking)
AFFECTED = set()  # (source, env) whose record_errors explicit check was replaced by the sender-text check


def fmt_date(rng, fixed=None):
    d = datetime.datetime(2026, rng.randrange(2, 6), rng.randrange(1, 28), rng.randrange(8, 18), rng.randrange(60))
    return d.replace(month=fixed[0], day=fixed[1]) if fixed else d


def how_text(marking, k, ini):
    if marking == "colour":
        return COLOURS[k % len(COLOURS)][2]
    if marking == "caps":
        return " in capitals"
    if marking == "initials":
        return f" marked with my initials ({ini})"
    return ""


def mark_plain(ans, marking, ini, style):
    if marking == "caps":
        return ans.upper()
    if marking == "initials":
        return (f"[{ini}] " if style % 2 == 0 else f"{ini}: ") + ans
    return ans


def mark_html(ans, marking, ini, style):
    if marking == "colour":
        o, c, _ = COLOURS[style % len(COLOURS)]
        return o + escape_html(ans).replace("\n", "<br>") + c
    return escape_html(mark_plain(ans, marking, ini, style)).replace("\n", "<br>")


def plain_quote(s, marking, ini, style, gt):
    """The quoted mail as plain text, with the sender's answers typed in after the paragraphs they answer."""
    blocks = [(s["greet"], False)]
    for para, ans in s["segs"]:
        blocks.append((para, False))
        if ans:
            blocks.append((mark_plain(ans, marking, ini, style), True))
    blocks.append((s["sign"], False))
    out = []
    for text, is_ans in blocks:
        if gt and not is_ans:
            lines = []
            for ln in text.split("\n"):
                lines += textwrap.wrap(ln, 72, break_on_hyphens=False, break_long_words=False) or [""]
            out.append("\n".join("> " + ln for ln in lines))
            out.append(">")
        else:
            out.append(text)
            out.append("")
    if gt:
        return "\n".join(out).rstrip("\n>")
    return "\n".join(out).rstrip("\n")


def html_paras(text):
    return [escape_html(p).replace("\n", "<br>") for p in text.split("\n\n") if p.strip()]


def render(s, k, layout, marking, rng, idx):
    name, addr = s["who"][k]
    ini = s["ini"]
    style = idx + k
    top = s["tops"][k].replace("{how}", how_text(marking, style, ini))
    if s["quote_from"] == "self":
        qa, qt = (name, addr), s["firm"]
    else:
        qa = s["quote_from"] or s["firm"]
        qt = s["quote_to"] or (name, addr)
    when = fmt_date(rng, s["when"])
    outlookish = layout in ("outlook_plain", "html_outlook_div")
    pre = ("FW: " if outlookish else "Fwd: ") if s["fwd"] else ("RE: " if outlookish else "Re: ")
    subject = pre + s["subj"]
    is_html = layout.startswith("html")
    sent = f"{when:%A}, {when.day} {when:%B %Y} {when:%H:%M}"
    if layout == "outlook_plain":
        body_q = plain_quote(s, marking, ini, style, gt=False)
        if idx % 2 == 0 or s["fwd"]:
            head = (f"________________________________\nFrom: {qa[0]} <{qa[1]}>\nSent: {sent}\n"
                    f"To: {qt[0]} <{qt[1]}>\nSubject: {s['subj']}\n")
        else:
            head = (f"-----Original Message-----\nFrom: {qa[0]} <{qa[1]}>\n"
                    f"Sent: {when:%A}, {when:%B} {when.day}, {when:%Y} {when:%I:%M %p}\nTo: {qt[0]} <{qt[1]}>\n"
                    f"Subject: {s['subj']}\n")
        body = (top + "\n\n" if top else "") + head + "\n" + body_q
    elif layout in ("onwrote_gt", "onwrote_plain"):
        gt = layout == "onwrote_gt"
        body_q = plain_quote(s, marking, ini, style, gt=gt)
        if gt:
            head = f"On {when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {qa[0]} <{qa[1]}> wrote:"
        else:
            head = f"On {when.day} {when:%b %Y}, at {when:%H:%M}, {qa[0]} <{qa[1]}> wrote:"
        body = (top + "\n\n" if top else "") + head + "\n" + ("" if gt else "\n") + body_q
    elif layout == "html_blockquote":
        parts = ['<div dir="ltr">']
        parts += [f"<div>{p}</div><div><br></div>" for p in html_paras(top)] or ["<br>"]
        parts.append("</div><br>")
        parts.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                     f"{when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}, {escape_html(qa[0])} &lt;"
                     f'<a href="mailto:{qa[1]}">{qa[1]}</a>&gt; wrote:<br></div>')
        parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">')
        parts.append(f"<div>{escape_html(s['greet'])}</div><div><br></div>")
        for para, ans in s["segs"]:
            parts.append(f"<div>{escape_html(para)}</div><div><br></div>")
            if ans:
                parts.append(f"<div>{mark_html(ans, marking, ini, style)}</div><div><br></div>")
        parts.append(f"<div>{escape_html(s['sign']).replace(chr(10), '<br>')}</div>")
        parts.append("</blockquote></div>")
        body = "\n".join(parts)
    else:  # html_outlook_div
        desktop = idx % 2 == 1 and not s["fwd"]
        q = []
        for para, ans in [(s["greet"], None)] + list(s["segs"]) + [(s["sign"], None)]:
            if desktop:
                q.append(f'<p class="MsoNormal">{escape_html(para).replace(chr(10), "<br>")}<o:p></o:p></p>')
                q.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                if ans:
                    q.append(f'<p class="MsoNormal">{mark_html(ans, marking, ini, style)}<o:p></o:p></p>')
                    q.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                q.append(f"<div>{escape_html(para).replace(chr(10), '<br>')}</div><div><br></div>")
                if ans:
                    q.append(f"<div>{mark_html(ans, marking, ini, style)}</div><div><br></div>")
        hdr = (f"<b>From:</b> {escape_html(qa[0])} &lt;{qa[1]}&gt;<br><b>Sent:</b> {when.day} {when:%B %Y} "
               f"{when:%H:%M}<br><b>To:</b> {escape_html(qt[0])} &lt;{qt[1]}&gt;<br><b>Subject:</b> "
               f"{escape_html(s['subj'])}")
        if desktop:
            tops = [f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in html_paras(top)]
            body = "\n".join(
                ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                 'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                 'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1">'
                 '<div class="WordSection1">'] + tops +
                ['<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                 '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 f'<p class="MsoNormal">{hdr}<o:p></o:p></p></div>',
                 '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'] + q + ["</div></body></html>"])
        else:
            tops = [f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: '
                    f'rgb(0, 0, 0);">{p}</div>' for p in html_paras(top)] or [
                '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>']
            body = "\n".join(
                ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body dir="ltr">'] + tops +
                ['<div id="appendonsend"></div>', '<hr style="display:inline-block;width:98%" tabindex="-1">',
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 f'color="#000000">{hdr}</font><div>&nbsp;</div></div>', "<div>"] + q + ["</div></body></html>"])
    # everything the sender typed, and a check that each answer is in the body as rendered
    answers = [a for _, a in s["segs"] if a]
    for a in answers:
        shown = mark_html(a, marking, ini, style) if is_html else mark_plain(a, marking, ini, style)
        assert shown in body, (s["sid"], layout, a[:40])
    env = f"{layout}/{marking}"
    OWN[(s["sid"], env)] = "\n".join([top] + answers)
    META[(s["sid"], env)] = (s["group"], layout, marking)
    return {"id": None, "mailbox": s["mailbox"], "from": f"{name} <{addr}>", "subject": subject, "headers": {},
            "body": body, "html": is_html, "labels": dict(s["labels"], rights=list(s["labels"]["rights"])),
            "note": s["note"], "source": s["sid"], "train_labels": ["complaint"], "_env": env}


def assign_ids():
    n = collections.Counter()
    for s in SCEN:
        n[s["group"]] += 1
        s["sid"] = f"{PREFIX}-{s['group']}{n[s['group']]:02d}"


def check_tops():
    """Group A's words on top: no phrasing used more than twice in the file; group U: no more than a greeting or
    sign-off (checked by length); group C and A: non-empty."""
    seen = collections.Counter()
    for s in SCEN:
        for t in s["tops"]:
            if s["group"] == "A":
                assert t.strip(), s["sid"]
                seen[t] += 1
            elif s["group"] == "U":
                assert len(t) <= 60, (s["sid"], t)
            else:
                assert t.strip() and all(a is None for _, a in s["segs"]), s["sid"]
        if s["group"] != "C":
            assert any(a for _, a in s["segs"]), s["sid"]
    assert max(seen.values()) <= 2


def build(rng):
    assign_ids()
    check_tops()
    recs = []
    pi = ci = 0
    for idx, s in enumerate(SCEN):
        if s["group"] == "C":
            pair = (("outlook_plain", "top"), ("html_outlook_div", "top")) if s["fwd"] else \
                tuple((lay, "top") for lay in C_PAIRS[ci % len(C_PAIRS)])
            ci += 0 if s["fwd"] else 1
        else:
            pair = PAIRS[pi % len(PAIRS)]
            pi += 1
        assert pair[0][0] != pair[1][0]
        for k, (layout, marking) in enumerate(pair):
            recs.append(render(s, k, layout, marking, rng, idx))
    return recs


def own_explicit_ok(rec):
    lab = rec["labels"]
    said = "complain" in OWN[(rec["source"], rec["_env"])].lower()
    return lab["explicit"] == (lab["complaint"] and said)


def errors(rec):
    """record_errors, except that where its explicit check (new text above the quote only) disagrees with the
    label, that one check is dropped and the same rule is applied to everything the sender typed instead; the
    sender-text check is applied to every record."""
    e = record_errors(rec)
    ex = [x for x in e if x.startswith("explicit=")]
    if ex and own_explicit_ok(rec):
        AFFECTED.add((rec["source"], rec["_env"]))
        e = [x for x in e if x not in ex]
    if not own_explicit_ok(rec):
        e.append("explicit does not match 'complain' in the sender's own text")
    return e


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    metas = [META[k] for k in META]
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len({r['source'] for r in records})} "
           f"scenarios; mailboxes {dict(collections.Counter(r['mailbox'] for r in records))}; html "
           f"{sum(r['html'] for r in records)}",
           f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
           f"personal_data {sum(l['personal_data'] for l in labs)}; breach {sum(l['breach'] for l in labs)}; "
           f"third_party {sum(l['third_party'] for l in labs)}; auto_generated {sum(l['auto_generated'] for l in labs)}",
           "rights: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
               x for l in labs for x in l["rights"]).items())),
           "about_other_firm: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
               str(l["about_other_firm"]) for l in labs).items())),
           "category: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
               l["category"] for l in labs).items()))]
    for g in "AUC":
        rs = [r for r in records if r["source"].split("-")[1][0] == g]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, complaints "
                   f"{sum(r['labels']['complaint'] for r in rs)}, explicit {sum(r['labels']['explicit'] for r in rs)}")
    out.append("layout: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(m[1] for m in metas).items())))
    for g in "AUC":
        out.append(f"  group {g} layout: " + ", ".join(
            f"{k} {v}" for k, v in sorted(collections.Counter(m[1] for m in metas if m[0] == g).items())))
    out.append("marking: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(m[2] for m in metas).items())))
    for g in "AUC":
        out.append(f"  group {g} marking: " + ", ".join(
            f"{k} {v}" for k, v in sorted(collections.Counter(m[2] for m in metas if m[0] == g).items())))
    out.append(f"records whose record_errors explicit check was replaced by the sender-text check: {len(AFFECTED)} "
               f"({len({s for s, _ in AFFECTED})} scenarios)")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
