#!/usr/bin/env python3
"""Judge set: replies whose sender types the answers INSIDE the quoted mail they reply to (stdlib only).

A firm (PEXA or Conexus) writes to a customer: questions, a list of points, a complaint response, a request for
documents, a statement of findings. The customer presses Reply and types the answers inside the quoted original
(after each question or paragraph, in colour, in capitals, with initials, or unmarked).

Groups (source ids iaa-A.., iaa-U.., iaa-C..):
  A  answers inside the quote, and a few words on top say so;
  U  the same kind of reply with no word on top (empty, a greeting or a sign-off only);
  C  controls: the sender writes above the quote in the ordinary way (top-posted replies, "see below" meaning
     something else, numbered answers above the quote, a forward with a comment).
Every scenario is rendered twice with different envelopes (sender, layout, answer marking), same labels.

Labels follow the labelling guide, read over the sender's own words wherever they typed them (the answers inside
the quote included); the firm's words in the quote are not the sender's. `explicit` is checked here against the
sender's own text (own subject, top text and inline answers): record_errors' new_text() check cannot see answers
typed inside a quote and does see the firm's quoted words in some layouts, so for those records only that check
is replaced (see errors()).

Run: .venv/bin/python data/make/make_inline_answer_judge_a.py  ->  data/trials/inline_answer_judge_a.jsonl
"""
import collections
import datetime
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, labels, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280607
PREFIX = "iaa"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "inline_answer_judge_a.jsonl")

L = short_labels  # noqa: E731  (c, ex, pd, br, r, tp, cat, firm)

# layouts
OUTLOOK = "outlook"          # plain: From:/Sent:/To:/Subject: block, original unmarked below
ORIGMSG = "origmsg"          # plain: -----Original Message----- then the header block, unmarked
WROTE_GT = "wrote_gt"        # plain: "On ... wrote:" and "> " marks
WROTE_PLAIN = "wrote_plain"  # plain: "On ... wrote:" with the original unmarked
FWD = "fwd"                  # plain: forwarded block (controls only)
HTML_BQ = "html_bq"          # HTML: <blockquote> (webmail / Thunderbird)
HTML_DIV = "html_div"        # HTML: Outlook reply <div> (desktop border-top div or OWA divRplyFwdMsg)
HTML_FWD = "html_fwd"        # HTML: Outlook forward div (controls only)
PLAIN_LAYOUTS = (OUTLOOK, ORIGMSG, WROTE_GT, WROTE_PLAIN, FWD)
LAYOUT_GROUP = {OUTLOOK: "plain Outlook block", ORIGMSG: "plain Outlook block", FWD: "plain forwarded block",
                WROTE_GT: "On ... wrote: with >", WROTE_PLAIN: "On ... wrote: without >",
                HTML_BQ: "HTML blockquote", HTML_DIV: "HTML Outlook div", HTML_FWD: "HTML Outlook div"}
# answer markings: red / blue (HTML only), caps, ini (initials), none; "-" for controls (nothing inside the quote)
MARK_GROUP = {"red": "colour", "blue": "colour", "caps": "capitals", "ini": "initials", "none": "none",
              "-": "n/a (control)"}

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTHS = (6, 7, 9, 10, 11)

# the sender's own text of each record (own subject, top text, inline answers), keyed by id(record)
OWN = {}
# records whose explicit label record_errors' new_text() check gets wrong (and so is replaced)
REPLACED = []

SCENARIOS = []


def S(**kw):
    SCENARIOS.append(kw)


# ---------------------------------------------------------------------------------------------
# scenarios

# ---------------- PEXA, group A ----------------
S(id="A01", mb="pexa",
  who=[("Imogen", "Terrell", "imogen.terrell@fenwickhale-law.co.uk"),
       ("Callum", "Brodie", "c.brodie@fenwickhale-law.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Workspace PX-2207-4471 - unsuccessful settlement on Friday",
  greet="Dear {first},",
  segs=[["Thank you for reporting the unsuccessful settlement of the workspace for 17 Linnet Rise. To help our "
         "technical team complete their review, please answer the questions below.", None],
        ["1. At what time were the funding source account details entered in the workspace?",
         "10:12 in the morning, well before any cut-off. The audit trail in the workspace shows it, and I have a "
         "screenshot."],
        ["2. Did you see an error message or a status change before the settlement reverted?",
         "No message at all. It sat at 'settlement in progress' from 1.40 to 3.55 and then flipped to unsuccessful."],
        ["3. Our initial review indicates that the funding details may have been added after the lodgement "
         "verification step. Can you confirm this?",
         "I cannot confirm it because it is wrong. Nothing was changed after 10:12. This was your system, not "
         "our input, and I expect the review to say so."],
        ["4. Is there anything else you would like us to consider?",
         "Yes. Our buyers spent a night in a hotel with their children and the removal firm charged a second day. "
         "We want the £640 reimbursed and a written explanation of what failed."]],
  close="Kind regards,\nNadia Freer\nPEXA Customer Support",
  top=["Hi Nadia, I've put my answers under each of your questions below.",
       "Answers are in capitals against each of your numbered points.\n\nCallum"],
  envs=[(WROTE_GT, "none"), (OUTLOOK, "caps")],
  lab=L(c=True, cat="platform_defect"),
  note="The answers inside the quote reject PEXA's finding and demand an explanation and costs for a failed "
       "settlement: an implicit complaint about the platform (platform_defect); the firm's staff write for their "
       "own firm, so not third_party.")

S(id="A02", mb="pexa",
  who=[("Harpreet", "Sandhu", "harpreet.sandhu@heathcotebank.co.uk"),
       ("Owen", "Marchetti", "owen.marchetti@heathcotebank.co.uk")],
  qf=("PEXA Billing", "billing@pexa.co.uk"),
  subj="Invoice INV-558203 - your query",
  greet="Hello {first},",
  segs=[["Thanks for getting in touch about invoice INV-558203. Before we can look into it, could you confirm a "
         "few details?", None],
        ["- The workspace reference(s) you believe were charged incorrectly",
         "PX-2301-0088 and PX-2301-0091. They are the same remortgage: the first one was abandoned after ten "
         "minutes because your system would not accept the title number, and we opened the second."],
        ["- Whether either workspace reached settlement",
         "Only the second one settled. The first never got past set-up."],
        ["- The amount you consider should be credited",
         "£54 plus VAT, the fee on the abandoned workspace. This is the third month running that abandoned "
         "workspaces have been billed. Please treat this as a formal complaint about your billing and send the "
         "credit note with the reason it keeps happening."]],
  close="Many thanks,\nJoel Asante\nBilling Team, PEXA",
  top=["Joel - answers typed into your list below, in red.",
       "See my replies next to each bullet (in blue).\n\nOwen Marchetti\nHeathcote Bank"],
  envs=[(HTML_DIV, "red"), (HTML_BQ, "blue")],
  lab=L(c=True, ex=True, cat="fees_charges"),
  note="The answers inside PEXA's list dispute a workspace fee and call it a formal complaint, so an explicit "
       "fees_charges complaint even though the word sits only inside the quote; Heathcote is the complainant, not "
       "the subject, so about_other_firm=null.")

# ---------------- Conexus, group A ----------------
S(id="A16", mb="conexus",
  who=[("Dean", "Rowlatt", "deanrowlatt77@mailbox.co.uk"),
       ("Sinead", "Gorman", "sinead.gorman@postmail.com")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your account CNX-4418207 (Pennant Mobile)",
  greet="Dear {first} {last},",
  segs=[["We are writing about the balance of £386.40 on the above account, which Pennant Mobile has asked us "
         "to collect. To help us agree an affordable way forward, please reply with the following information.",
         None],
        ["a) Can you confirm that the balance of £386.40 is correct?",
         "No, it is not correct. I paid Pennant the whole amount by card on 14 March and I gave your agent the "
         "receipt number on the phone three weeks ago."],
        ["b) How much could you afford to pay each month?",
         "Nothing, because nothing is owed. I want the account closed and a letter confirming the balance is nil."],
        ["c) Are there any circumstances we should be aware of?",
         "Only that your letters keep coming after I proved payment, and the last one added a further £25. "
         "I expect that removed too and an explanation of why you are still chasing."]],
  close="Yours sincerely,\nCustomer Services Team\nConexus",
  top=["Answers to your letter are below, under each question.",
       "my answers are in CAPS under your questions"],
  envs=[(WROTE_GT, "none"), (WROTE_PLAIN, "caps")],
  lab=L(c=True, cat="debt_dispute"),
  note="Inside the quote the debtor says the debt was paid and Conexus is still pursuing it and wants it closed: an "
       "implicit debt_dispute about Conexus's own conduct, so about_other_firm=null (Pennant is only named as the "
       "creditor, as in lg-26).")

S(id="A17", mb="conexus",
  who=[("Marcus", "Oyelaran", "m.oyelaran@fastpost.net"),
       ("Bethan", "Pryce", "bethanpryce@homemail.co.uk")],
  qf=("Conexus Complaints", "complaints@conexus-services.com"),
  subj="Our final response - ref CR-20931",
  greet="Dear {first} {last},",
  segs=[["Thank you for your patience while we investigated the concerns you raised on 2 May. Having listened "
         "to the call recordings and reviewed our contact notes, our findings are set out below.", None],
        ["Contact frequency: our records show that we called you three times between 20 and 27 April, which is "
         "within our contact policy.",
         "That is simply untrue. My phone log shows 14 calls from your number in that week, four of them on the "
         "Tuesday. I can send the screenshots."],
        ["Agent conduct: we have reviewed the call of 24 April and do not consider that the agent was "
         "discourteous.",
         "He told me I was 'wasting his time' and talked over me until I hung up. If the recording shows "
         "otherwise I would like to hear it."],
        ["We are therefore unable to uphold your concerns. If you remain dissatisfied you may refer the matter to "
         "the Financial Ombudsman Service within six months of this letter.",
         "I do not accept this final response to my complaint. Please review it again with the call log I am "
         "attaching, or I will go to the Ombudsman."]],
  close="Yours sincerely,\nRuth Ambrose\nCompliance and Risk Manager",
  top=["Ruth, I have answered each of your findings in the body of your letter below.",
       "I've gone through your letter and put my comments after each paragraph, marked with my initials."],
  envs=[(HTML_DIV, "blue"), (ORIGMSG, "ini")],
  lab=L(c=True, ex=True, cat="collection_conduct"),
  note="The comments typed after each finding reject the final response to 'my complaint' (explicit, in the "
       "sender's own words inside the quote) about call frequency and an agent's manner: collection_conduct.")


S(id="A03", mb="pexa",
  who=[("Rachel", "Okonjo", "r.okonjo@orchardlanesolicitors.co.uk"),
       ("Tobias", "Wren", "t.wren@orchardlanesolicitors.co.uk")],
  qf=("PEXA Complaints", "complaints@pexa.co.uk"),
  subj="Your complaint PXC-10492 - our response",
  greet="Dear {first},",
  segs=[["We have now completed our investigation into the complaint you raised about requisition handling on "
         "the lodgement for 8 Alder Mews. Our findings are below.", None],
        ["1. The requisition from HM Land Registry was received on 3 June and passed to your firm through the "
         "workspace on the same day.",
         "It was not visible to us until 19 June. Nobody at Orchard Lane could see it in the workspace and "
         "your support desk told us twice that there was nothing outstanding."],
        ["2. Our support team responded to each of your calls within our published service levels.",
         "Responding is not the same as helping. Each call ended with 'we will look into it' and no one came "
         "back to us."],
        ["3. We are satisfied that the delay in completing registration was not caused by PEXA.",
         "I disagree. The requisition sat unseen for sixteen days and that is where the delay came from. You have "
         "not dealt with the main point of my complaint, which is why the notice never reached us. Please look "
         "at it again and tell me who will take it forward."]],
  close="Yours sincerely,\nHelena Marsh\nComplaints Resolution, PEXA",
  top=["Helena,\n\nI don't accept the outcome. I have replied to each finding within your email below.",
       "Please see my responses in red after each of your three findings.\n\nTobias Wren\nOrchard Lane Solicitors"],
  envs=[(OUTLOOK, "ini"), (HTML_DIV, "red")],
  lab=L(c=True, ex=True, cat="delay"),
  note="The sender rebuts each finding of PEXA's complaint response inside the quote and says it misses 'my "
       "complaint' (her own word), so explicit; the grievance is the requisition that sat unseen for sixteen days, "
       "category delay; OLS is the complainant, so about_other_firm=null.")

S(id="A04", mb="pexa",
  who=[("Gideon", "Fairbairn", "gideon@fairbairnconveyancing.co.uk"),
       ("Priya", "Lal", "priya@lalpropertylaw.co.uk")],
  qf=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  subj="Your application to join PEXA - further information needed",
  greet="Dear {first},",
  segs=[["Thank you for your application to become a PEXA subscriber. Our automated verification was unable to "
         "confirm some of the details provided. To continue, please respond to the points below.", None],
        ["1. Please provide a certified copy of photographic identification for the principal.",
         "Attached again. This is the third time I have sent it: once with the application on 12 May, once on "
         "2 June when your portal asked for it, and now."],
        ["2. Please confirm your practising certificate number.",
         "Same number as on the form, which the SRA register confirms in seconds."],
        ["3. Our system flagged a mismatch between your registered office and your trading address.",
         "There is no mismatch; I trade from my registered office. Seven weeks in, I would like a member of your "
         "team, not the automated check, to look at my file and make the decision. I am losing instructions "
         "while this drags on."]],
  close="Kind regards,\nPEXA Onboarding Team",
  top=["Answers inline.",
       "Hello, I have typed my replies in capitals after each of your points."],
  envs=[(WROTE_GT, "none"), (HTML_BQ, "caps")],
  lab=L(c=True, r="automated_decision", cat="onboarding"),
  note="Inside the quote the applicant objects to repeated document requests and a seven-week wait and asks for a "
       "person rather than the automated check to decide: an implicit onboarding complaint with "
       "rights=automated_decision; personal_data stays false because the grievance is the joining process.")

S(id="A05", mb="pexa",
  who=[("Lowri", "Bevan", "lowri.bevan@tvmortgages.co.uk"),
       ("Martin", "Achterberg", "martin.achterberg@tvmortgages.co.uk")],
  qf=("PEXA Training", "training@pexa.co.uk"),
  subj="How was your Settlement Essentials session?",
  greet="Hi {first},",
  segs=[["Thanks for joining Settlement Essentials last Thursday. We'd love a few quick answers to help us "
         "improve the course.", None],
        ["How would you rate the session overall (1-5)?", "5, really useful."],
        ["Was the trainer clear and easy to follow?",
         "Very. Anouk went at the right pace and answered every question from our team."],
        ["Is there anything we could do better?",
         "Honestly nothing I can think of, no complaints at all. The practice workspace was a good touch."],
        ["Would you like details of our Advanced Lodgement course?",
         "Yes please, for me and two colleagues. Dates in October would suit best."]],
  close="Thanks again,\nThe PEXA Training Team",
  top=["Happy to help - my answers are next to each question, initialled.",
       "Hi both, I've filled in your questions below in blue. Thanks!"],
  envs=[(WROTE_PLAIN, "ini"), (HTML_BQ, "blue")],
  lab=L(),
  note="Satisfied answers to a training feedback questionnaire with a request for course dates: praise plus a "
       "routine request, so not a complaint ('no complaints at all' is praise, rule 3).")

S(id="A06", mb="pexa",
  who=[("Samira", "Haddad", "samira.haddad@greyfriarslaw.co.uk"),
       ("Fergus", "McAllister", "fergus.mcallister@greyfriarslaw.co.uk")],
  qf=("PEXA Privacy Team", "privacy@pexa.co.uk"),
  subj="Your user profile - PX-USR-33817",
  greet="Dear {first},",
  segs=[["We understand from our support desk that there may be a problem with your user profile. So that we can "
         "look into this, please confirm the following.", None],
        ["Which details on your profile do you believe are wrong?",
         "It still shows me as a conveyancer at Marsh & Penrose, a firm I left in January, and it lists my old "
         "mobile number. Other participants see this when I am added to a workspace."],
        ["When did you first notice the problem?",
         "In March. I reported it then and again in May, and it is still wrong. Two clients have asked me whether "
         "I still work for my old firm, which is embarrassing."],
        ["What would you like us to do?",
         "Correct the profile to Greyfriars Law and my current number, and until that is done please stop "
         "showing my profile to other users at all. I would also like to know why two reports were ignored."]],
  close="Kind regards,\nPEXA Privacy Team",
  top=["Thanks for finally picking this up. My answers are under your questions.",
       "I've answered your three questions within the text below - my initials mark each reply."],
  envs=[(ORIGMSG, "none"), (WROTE_GT, "ini")],
  lab=L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  note="The answers describe inaccurate personal data shown to other users and reports ignored, and ask for it to "
       "be corrected and not shown meanwhile: implicit complaint, personal_data (inaccurate data, not disclosed to "
       "the wrong person, so breach=false), rights rectification and restriction; Marsh & Penrose is only her old "
       "employer.")

S(id="A07", mb="pexa",
  who=[("Declan", "Hurst", "declan.hurst@kestrelbs.co.uk"),
       ("Anya", "Volkova", "anya.volkova@kestrelbs.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Case 884120 - notification email you received",
  greet="Hi {first},",
  segs=[["Thanks for letting us know about the workspace notification you received this morning. Could you "
         "help us with a few details?", None],
        ["1. Which workspace reference appeared on the notification?",
         "PX-2209-1163. It is not one of ours - we are not a party to it."],
        ["2. What information could you see?",
         "The names of two buyers, the property address in Chelmsford and their lender's account reference. "
         "It looks like it was meant for another lender."],
        ["3. Has the email been forwarded to anyone?",
         "No. Only I opened it. I have deleted it from my inbox and from deleted items, and nobody else here "
         "saw it."],
        ["4. Is there anything else you need from us?",
         "Nothing needed from our side, just passing it on so you can deal with it. No reply necessary."]],
  close="Best regards,\nAlfie Gunn\nPEXA Customer Support",
  top=["Alfie, replies added below each question.",
       "Quick reply in your email - answers in red."],
  envs=[(WROTE_PLAIN, "none"), (HTML_DIV, "red")],
  lab=L(br=True),
  note="The answers describe another firm's buyers' names, address and account reference sent to the wrong "
       "recipient, so breach=true, but the lender only reports it and expects nothing: not a complaint, "
       "personal_data=false (as lg-32).")

S(id="A08", mb="pexa",
  who=[("Hannah", "Ferreira", "hannah.ferreira82@webmail.co.uk"),
       ("Kwame", "Boateng", "kwame.boateng@inboxmail.com")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your message about your purchase",
  greet="Dear {first},",
  segs=[["Thank you for contacting PEXA. We provide the platform that conveyancers and lenders use to complete "
         "property transactions, so we may need to pass your message to the firm acting for you. Please "
         "answer the questions below.", None],
        ["Which firm is handling your purchase?",
         "Marsh & Penrose in Exeter."],
        ["What is the property address?", "Flat 3, 41 Cowick Street, Exeter."],
        ["What is the problem you are experiencing?",
         "Our conveyancer at Marsh & Penrose has not replied to a single email or call in three weeks. The "
         "seller's side is ready and we were told completion would be the 26th, but nobody will confirm "
         "anything and our rental ends on the 30th."],
        ["What outcome are you looking for?",
         "Someone at the firm to pick this up and tell us where things stand this week. We cannot keep waiting."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["Hello, I've filled in the answers to your questions below. Thank you.",
       "Hi, answers in capitals below each question."],
  envs=[(WROTE_GT, "none"), (ORIGMSG, "caps")],
  lab=L(c=True, cat="delay", firm="mpc"),
  note="A buyer's answers inside PEXA's routing questions complain of her own conveyancer's three weeks of "
       "silence with completion at risk: an implicit complaint purely about a participant firm, "
       "about_other_firm=mpc, category delay; PEXA is not blamed.")

S(id="A09", mb="pexa",
  who=[("Eleanor", "Pask", "eleanor.pask@familymail.co.uk"),
       ("Jonathan", "Pask", "jon.pask@workmail.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Redemption fee on your father's sale",
  greet="Dear {first},",
  segs=[["Thank you for writing to us on behalf of your father, Mr Albert Pask. So that we can direct this "
         "to the right firm, please answer the following.", None],
        ["Who is your father's mortgage lender?", "Thames Valley Mortgages."],
        ["Can you describe the charge in question?",
         "A £395 'discharge administration fee' added to his redemption statement the day before completion. "
         "His original offer and every statement before that said there was no exit fee."],
        ["Do you have your father's authority to act for him?",
         "Yes, I hold a lasting power of attorney for his property and financial affairs and can send a copy."],
        ["What would you like to happen?",
         "Thames Valley should refund the £395 to Dad and explain why it was added without warning."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["Answers below, typed under your questions - hope that's easier.",
       "Please find my answers beneath each of your questions (in blue)."],
  envs=[(WROTE_GT, "none"), (HTML_BQ, "blue")],
  lab=L(c=True, tp=True, cat="fees_charges", firm="tvm"),
  note="An attorney child answers for her father (third_party); the grievance is a fee his lender added, so it is "
       "a complaint to forward with about_other_firm=tvm, category fees_charges.")

S(id="A10", mb="pexa",
  who=[("Nathan", "Coyle", "n.coyle@brightwaterlegal.co.uk"),
       ("Esther", "Lindqvist", "e.lindqvist@brightwaterlegal.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your call to the PEXA support line",
  greet="Hi {first},",
  segs=[["We are sorry to hear you had trouble reaching us by phone. To investigate, could you tell us:", None],
        ["- The date and approximate time of your call(s)",
         "Tuesday from 11.05, and again Wednesday from 2.20, both with a completion due that afternoon."],
        ["- How long you were waiting before the call ended",
         "52 minutes on Tuesday before the line went dead, 38 minutes on Wednesday and then cut off again."],
        ["- The number you dialled", "The main support number on your website."],
        ["- Whether you would like a call back",
         "Yes, from someone senior. Ninety minutes on hold across two days with completions waiting is not "
         "acceptable and I want to know what you are doing about the queue."]],
  close="Thanks,\nPEXA Customer Support",
  top=["See my replies inside your email.",
       "I've answered in your email below, marked with my initials."],
  envs=[(WROTE_PLAIN, "none"), (HTML_DIV, "ini")],
  lab=L(c=True, cat="wait_time"),
  note="The answers inside the quote describe long holds and calls cut off and demand a call back: an implicit "
       "complaint about waiting to reach PEXA, category wait_time (rule 16b).")

S(id="A11", mb="pexa",
  who=[("Ruairi", "Kane", "ruairi.kane@personalmail.co.uk"),
       ("Olamide", "Adeyemi", "olamide.adeyemi@mailhub.co.uk")],
  qf=("PEXA Privacy Team", "privacy@pexa.co.uk"),
  subj="Your data request - verification",
  greet="Dear {first},",
  segs=[["Thank you for your request about the personal data we hold about you as a former PEXA user. Before we "
         "can proceed, please confirm the points below.", None],
        ["1. The email address and firm you used when registered as a PEXA user.",
         "This address, at Harbour Row Conveyancing, from 2021 until this April."],
        ["2. The information you are asking for.",
         "A copy of all personal data you hold about me, including support call notes and my login history."],
        ["3. The format you would like it in.",
         "The workspace activity log as a CSV file please, so I can load it into the case management system "
         "at my new practice. The rest can be PDF."]],
  close="Kind regards,\nPEXA Privacy Team",
  top=["Thanks for the quick response. I've answered below, within your message.",
       "Thanks - answers are typed in capitals under each point."],
  envs=[(OUTLOOK, "none"), (WROTE_GT, "caps")],
  lab=L(r="access,portability"),
  note="Neutral answers to PEXA's verification questions: a copy of all his data is access, and the activity log "
       "as CSV to load into other software is portability; no dissatisfaction, so not a complaint.")

S(id="A12", mb="pexa",
  who=[("Bronwen", "Hale", "bronwen.hale@castlegateconveyancing.co.uk"),
       ("Idris", "Khan", "idris.khan@castlegateconveyancing.co.uk")],
  qf=("PEXA Product Team", "product@pexa.co.uk"),
  subj="Tell us about the new matter set-up screens",
  greet="Hello {first},",
  segs=[["Last month we released redesigned matter set-up screens. We are contacting firms that use them daily "
         "to hear how they are going.", None],
        ["Q1. How long does it now take your team to set up a new matter?",
         "About twice as long as before. Fields we fill in every time are now on three different tabs."],
        ["Q2. Have you noticed any errors or rework since the change?",
         "Yes. Twice this month the wrong party role was saved because the drop-down defaults to 'vendor' and "
         "the save button is right next to it. We only caught one before the workspace was shared."],
        ["Q3. Anything else you would like to tell us?",
         "The screens work, but they are making careful people make mistakes. Please put the party role back on "
         "the first tab and let me know when that will happen - I'd like a proper reply, not a survey result."]],
  close="Thanks for your time,\nPEXA Product Team",
  top=["My comments are under each question (blue).",
       "Below - I've put my answers into your email after each Q, in red."],
  envs=[(HTML_BQ, "blue"), (HTML_DIV, "red")],
  lab=L(c=True, cat="usability"),
  note="The answers typed into a product survey say the redesigned screens cause errors and ask for a fix and a "
       "reply: an implicit complaint; the system works as designed but is error-prone to use, so usability.")

S(id="A13", mb="pexa",
  who=[("Adaeze", "Nwosu", "adaeze.nwosu@beaconhomefinance.co.uk"),
       ("Craig", "Halloran", "craig.halloran@beaconhomefinance.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Settlement cut-off query - case 879302",
  greet="Dear {first},",
  segs=[["Thanks for your email about last Friday's late settlements. We would like to understand what happened "
         "before we respond in full.", None],
        ["Who did you speak to about the cut-off time, and when?",
         "Your support desk on Thursday afternoon. The adviser told us the funds cut-off on Fridays was 3.30pm."],
        ["What did you do as a result of that advice?",
         "We released funds for four completions at 3.05pm, believing we had time. All four missed settlement "
         "because the actual cut-off was 2.30pm."],
        ["What would you like us to do?",
         "I am making a formal complaint about the wrong information your desk gave us. I want it investigated, "
         "the call listened to, and the published cut-off times confirmed in writing to our completions team."]],
  close="Regards,\nPEXA Customer Support",
  top=["Replies below against each of your questions.",
       "As requested, answers added into your email - they're the lines in red."],
  envs=[(ORIGMSG, "none"), (HTML_DIV, "red")],
  lab=L(c=True, ex=True, cat="inaccurate_information"),
  note="Inside the quote the lender's staff member makes 'a formal complaint' (her own words) about a wrong "
       "cut-off time given by PEXA support: explicit, inaccurate_information; Beacon is the complainant, so "
       "about_other_firm=null.")

S(id="A14", mb="pexa",
  who=[("Philippa", "Crane", "pcrane.home@mailpost.co.uk"),
       ("Victor", "Nolan", "victor.nolan@netmail.co.uk")],
  qf=("PEXA Events", "events@pexa.co.uk"),
  subj="Keep in touch with PEXA? Update your preferences",
  greet="Hi {first},",
  segs=[["We noticed you have not logged in to PEXA for a while. Please take a moment to let us know how you "
         "would like to hear from us.", None],
        ["Do you still work in conveyancing?",
         "No, I retired in the summer."],
        ["Would you like to keep your PEXA user account?",
         "No thank you. Please delete my account and the personal details attached to it."],
        ["Can we keep sending you our newsletter and event invitations?",
         "No. I object to my details being used for marketing or profiling of any kind from now on."]],
  close="Best wishes,\nThe PEXA Events Team",
  top=["Hello - I have answered your questions below, inside your message.",
       "Replied within your email: see my initials."],
  envs=[(WROTE_PLAIN, "none"), (ORIGMSG, "ini")],
  lab=L(r="erasure,objection"),
  note="Plain answers to a preferences email: 'delete my account and personal details' is erasure and 'I object "
       "to my details being used for marketing or profiling' is objection; no dissatisfaction, so not a complaint.")

S(id="A15", mb="pexa",
  who=[("Colm", "Devereux", "colm.devereux@greyfriarslaw.co.uk"),
       ("Isla", "Ramsay", "isla.ramsay@greyfriarslaw.co.uk")],
  qf=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  subj="New user requests - identity documents",
  greet="Dear {first},",
  segs=[["Thank you for your request to add six new users for your firm. Under our user verification procedure "
         "we require the following for each new user:", None],
        ["(a) a passport or photocard licence, certified by a solicitor of another firm;",
         "Certified by another firm? Our own partners are solicitors. This rule means asking a competitor to "
         "certify our own staff, and it has held up six trainees for a month."],
        ["(b) a utility bill dated within the last three months;",
         "Most of our trainees live with their parents and have no bills in their name."],
        ["(c) a signed user declaration.",
         "Fine. But please explain why this procedure exists, and tell me what you do with the passport copies, "
         "who you share them with and on what legal basis you keep them. I expect a reply before we add any "
         "more staff."]],
  close="Kind regards,\nPEXA Onboarding",
  top=["Colm here - I've typed my comments into your list below, in capitals.",
       "See my comments beside each of your three requirements, in blue."],
  envs=[(WROTE_GT, "caps"), (HTML_BQ, "blue")],
  lab=L(c=True, r="informed", cat="process"),
  note="The comments object to the verification rule itself and want it explained: an implicit complaint about a "
       "procedure (process, rule 16f); asking what PEXA does with the passport copies and on what basis is the "
       "right to be informed, asked alongside a non-data grievance, so personal_data=false.")

S(id="A18", mb="conexus",
  who=[("Gareth", "Lyle", "gareth.lyle@ukmail.net"),
       ("Monique", "Delacroix", "monique.dx@freemail.co.uk")],
  qf=("Conexus Data Protection", "dataprotection@conexus-services.com"),
  subj="Your request for information - ID required",
  greet="Dear {first} {last},",
  segs=[["We have received your request for information about your account. Before we can release any "
         "personal data we need to verify your identity. Please provide:", None],
        ["1. Your full name and date of birth",
         "Given to you on 3 August, 22 August and again on the phone last week."],
        ["2. Your current address and any previous address in the last three years",
         "Same as on every letter you send me. You clearly have it."],
        ["3. Your Conexus account number",
         "CNX-5520913. I first asked for my data six weeks ago and each time I answer, a new letter arrives "
         "asking for the same things. Please now send me a copy of all the information you hold on me, "
         "including the recordings of my calls, and explain why this has taken so long."]],
  close="Yours sincerely,\nData Protection Team\nConexus",
  top=["I have answered your questions in the body of your letter, again.",
       "For the third time, my details - typed after each item below."],
  envs=[(OUTLOOK, "none"), (HTML_BQ, "caps")],
  lab=L(c=True, pd=True, r="access", cat="personal_data"),
  note="Inside the quote the debtor says his access request has been stalled for six weeks by repeated ID "
       "requests and re-asks for a copy of his data and call recordings: an implicit complaint about a badly "
       "handled rights request (personal_data, as lg-36), rights=access.")

S(id="A19", mb="conexus",
  who=[("Fiona", "Galbraith", "fiona.galbraith@southsidemoneyadvice.org.uk"),
       ("Amir", "Rahimi", "amir.rahimi@southsidemoneyadvice.org.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your client Ms T Okafor - account CNX-3307781",
  greet="Dear {first},",
  segs=[["Thank you for confirming that you act for Ms Okafor. To update our records, please answer the "
         "following:", None],
        ["1. Is your client currently in a Breathing Space or any other debt solution?",
         "Yes, a standard Breathing Space started on 4 September. You were notified through the Insolvency "
         "Service on the same day and I emailed you the confirmation on the 5th."],
        ["2. Have there been any changes to her circumstances?",
         "She is off work with anxiety. Your texts since the 4th have made that worse: five of them, two "
         "after 8pm, all asking her to 'call urgently to avoid further action'."],
        ["3. How would you like us to contact your client in future?",
         "Through me only, and not at all during the moratorium. I want the texts explained and confirmation that "
         "all collection activity has been stopped."]],
  close="Kind regards,\nConexus Customer Services",
  top=["Please see my responses to your questions, which I've added below each one in red.",
       "Responses are inline, prefixed with my initials."],
  envs=[(HTML_DIV, "red"), (WROTE_PLAIN, "ini")],
  lab=L(c=True, tp=True, cat="collection_conduct"),
  note="A money adviser answers for her client (third_party) that Conexus texted during a Breathing Space and "
       "demands an explanation: implicit complaint about how the debt is pursued, collection_conduct; 'contact "
       "through me' is a conduct remedy, not a right.")

S(id="A20", mb="conexus",
  who=[("Leon", "Abernethy", "leon.abernethy@quickmail.co.uk"),
       ("Rosalind", "Achebe", "ros.achebe@homepost.net")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Please confirm your contact details",
  greet="Dear {first} {last},",
  segs=[["We have been unable to reach you about your account CNX-6604218. Please confirm your contact details "
         "below so that we can write to you at the correct address.", None],
        ["Current address:",
         "Flat 9, Carlow Court, Leicester LE2 7PQ. I have lived here since February and told you in March."],
        ["Telephone:", "07700 900418"],
        ["Anything else we should know?",
         "Yes. You kept writing to my old house. The new tenant opened two of your letters, saw the balance and "
         "who the debt is with, and mentioned it to my former landlord. Please update my address now, and tell "
         "me why the change I gave you in March was never made."]],
  close="Yours sincerely,\nConexus",
  top=["Details below as asked, with some things you need to know.",
       "i've answered in caps in your email"],
  envs=[(WROTE_GT, "none"), (WROTE_PLAIN, "caps")],
  lab=L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  note="The answers say letters went to an old address after a change was given and were read by the new tenant: "
       "a disclosure (breach=true, personal_data=true, category personal_data) with an explanation demanded, so an "
       "implicit complaint; 'update my address' is rectification.")

S(id="A21", mb="conexus",
  who=[("Tamsin", "Greaves", "tamsin.greaves@mailcloud.co.uk"),
       ("Hugo", "Penhaligon", "hugo.penhaligon@postbox.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Lumen Water account - your dispute",
  greet="Dear {first} {last},",
  segs=[["You have told us that you dispute the balance of £512.77 which Lumen Water has placed with us. We have "
         "put the account on hold for 30 days. Please answer the questions below so that we can raise your "
         "dispute with our client.", None],
        ["When did you leave the property at 22 Reservoir Road?",
         "31 October last year. I gave Lumen a final meter reading by phone that day."],
        ["Do you have evidence of the date you moved?",
         "Yes, my new tenancy agreement and the check-out inventory, both attached."],
        ["Why do you believe the balance is wrong?",
         "Lumen kept sending estimated bills for eight months after I left and the whole £512.77 is from those. "
         "They have my final reading. They need to close the account from 31 October and cancel the balance."]],
  close="Yours sincerely,\nConexus Customer Services",
  top=["Thank you for putting it on hold. I've answered within your letter.",
       "Thanks. I've typed my answers after each question, in blue."],
  envs=[(ORIGMSG, "none"), (HTML_BQ, "blue")],
  lab=L(c=True, cat="debt_dispute", firm="lwt"),
  note="The answers dispute the debt because the creditor kept billing estimates after the move-out; Conexus has "
       "acted properly (account on hold) and only Lumen can fix the bill, so about_other_firm=lwt, debt_dispute, "
       "implicit.")

S(id="A22", mb="conexus",
  who=[("Shauna", "Keogh", "shauna.keogh@mymail.ie"),
       ("Ravi", "Chandran", "ravi.chandran@inbox.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your proposed payment arrangement - account CNX-2291066",
  greet="Dear {first} {last},",
  segs=[["Thank you for speaking with Megan on Tuesday. We have set out the arrangement you discussed below. "
         "Please reply to confirm each point.", None],
        ["Monthly payment of £40, starting on 1 October.", "Confirmed."],
        ["Payments by standing order to the account shown on your statement.", "Yes, set up this morning."],
        ["No further interest or charges while payments are kept up.", "Understood, thank you."],
        ["Is there anything else we can help with?",
         "No, that's all. Megan was very patient and explained everything. No complaints here."]],
  close="Yours sincerely,\nConexus Customer Services",
  top=["All confirmed - I've put my replies against each point.",
       "All fine from my side, replies in blue next to each line."],
  envs=[(WROTE_PLAIN, "none"), (HTML_DIV, "blue")],
  lab=L(),
  note="Confirmations and thanks typed against each point of a payment arrangement; 'no complaints here' is "
       "praise, so not a complaint and category none.")

S(id="A23", mb="conexus",
  who=[("Oskar", "Lindgren", "oskar.lindgren@fastmail.co.uk"),
       ("Yetunde", "Bakare", "yetunde.bakare@mailspring.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Set up your plan online in minutes",
  greet="Dear {first} {last},",
  segs=[["You can now set up a payment plan through our online portal. The portal uses the information you "
         "enter, together with information from credit reference agencies, to calculate an affordable "
         "payment automatically. Before you start, you may have questions - reply to this email and we will "
         "answer them.", None],
        ["Which information does the portal use?",
         "That is my question too. Please tell me exactly what data you will use, where it comes from and what "
         "else it is used for."],
        ["Can I speak to someone instead?",
         "Yes please. If the portal decides what I can afford, I want a person to review that decision rather "
         "than the computer."],
        ["Will my details be used for anything else?",
         "I don't want my details used for profiling or marketing, and I object to that."]],
  close="Kind regards,\nConexus",
  top=["Happy to try the portal but I have a few points first - I've written them into your email under each "
       "heading.",
       "A few questions first, initialled under your headings below."],
  envs=[(OUTLOOK, "none"), (WROTE_GT, "ini")],
  lab=L(r="informed,automated_decision,objection"),
  note="Polite questions before using an automated tool: what data, from where and for what = informed; a person "
       "to review the automated decision = automated_decision; objecting to profiling or marketing = objection. "
       "Nothing has gone wrong, so not a complaint.")

S(id="A24", mb="conexus",
  who=[("Wendy", "Tremayne", "wendy.tremayne@seamail.co.uk"),
       ("Piotr", "Zielinski", "piotr.zielinski@postmail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Statement of account CNX-7718540",
  greet="Dear {first} {last},",
  segs=[["Please find your statement below. If you have any questions about an entry, reply to this email.",
         None],
        ["Balance transferred from Sterling Credit Loans: £1,204.50", "Agreed."],
        ["Payments received: £300.00", "Agreed."],
        ["Trace and administration fee (12 August): £75.00",
         "What is this? You did not need to trace me; I have lived at the same address for nine years and "
         "answered your first letter within a week. I want to complain about this fee. Please remove it and "
         "send a corrected statement."],
        ["Balance now due: £979.50", "Should be £904.50."]],
  close="Yours sincerely,\nConexus",
  top=["My comments are against the entries in your statement.",
       "I have put my replies in red beside your statement lines."],
  envs=[(WROTE_GT, "none"), (HTML_DIV, "red")],
  lab=L(c=True, ex=True, cat="fees_charges"),
  note="Inside the quoted statement the debtor writes 'I want to complain about this fee' (explicit) about a trace "
       "fee Conexus added on top of the debt: fees_charges, not debt_dispute, because the underlying balance is "
       "agreed.")

S(id="A25", mb="conexus",
  who=[("Stephen", "Mulgrew", "stephen.mulgrew@familynet.co.uk"),
       ("Carys", "Mulgrew", "carys.mulgrew@webpost.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your mother's account - information needed",
  greet="Dear {first},",
  segs=[["Thank you for telling us that you help your mother, Mrs Jean Mulgrew, with her finances. Please "
         "answer the questions below.", None],
        ["Do you hold authority to act for your mother?",
         "Yes, a registered lasting power of attorney. A copy went to you last month."],
        ["Is there anything about your mother's health we should know?",
         "She has dementia, which your field agent was told at the door. He still stayed for forty minutes and "
         "left with her signature on a £60-a-month plan she cannot afford and does not remember agreeing to."],
        ["How can we help?",
         "Cancel that plan, keep your agents away from her and deal only with me. And please send me a copy of "
         "everything you hold on her account, including the agent's visit notes."]],
  close="Kind regards,\nConexus Customer Services",
  top=["I've answered your questions for Mum below, in capitals.",
       "My answers follow each of your questions in blue - writing for my mother."],
  envs=[(ORIGMSG, "caps"), (HTML_BQ, "blue")],
  lab=L(c=True, r="access", tp=True, cat="collection_conduct"),
  note="An attorney writes for his vulnerable mother (third_party) that a doorstep agent pressed her into a plan: "
       "implicit collection_conduct complaint; the request for a copy of everything held on her account is access, "
       "made alongside a non-data grievance, so personal_data=false (as lg-29).")

S(id="A26", mb="conexus",
  who=[("Natalie", "Ormsby", "natalie.ormsby@lymehealth.nhs.uk"),
       ("Desmond", "Achterfeld", "d.achterfeld@brookwoodlogistics.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-5093372 - please get in touch",
  greet="Dear {first} {last},",
  segs=[["We are writing about your Northline Energy account. Please reply with the information below so that "
         "we can discuss a way forward.", None],
        ["Your preferred contact number:",
         "My personal mobile, which you already have. Not this address."],
        ["The best time to contact you:",
         "Never at work. This is my work email and I have never given it to Northline or to you. Where did you "
         "get it and on what basis are you using it?"],
        ["Anything else:",
         "My employer's IT team can read this mailbox. Delete this address from your records and tell me you "
         "have done so."]],
  close="Yours sincerely,\nConexus",
  top=["I'm replying in your message - my comments are under each heading.",
       "Comments added under your headings, in red."],
  envs=[(ORIGMSG, "none"), (HTML_DIV, "red")],
  lab=L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  note="The debtor is unhappy that Conexus obtained and used a work email she never gave: implicit complaint about "
       "unexpected use of personal data (personal_data, no disclosure described, so breach=false); 'where did you "
       "get it and on what basis' = informed, 'delete this address' = erasure.")

S(id="A27", mb="conexus",
  who=[("Julian", "Sefton", "julian.sefton@sterlingcredit.co.uk"),
       ("Mei", "Tanaka", "mei.tanaka@sterlingcredit.co.uk")],
  qf=("Conexus Client Services", "clientservices@conexus-services.com"),
  subj="Quarterly account review - Sterling Credit Loans",
  greet="Dear {first},",
  segs=[["Ahead of our quarterly review, please let us have your comments on the points below.", None],
        ["1. Remittances: we remit collected funds within 10 working days of the month end.",
         "Not this quarter. July's funds arrived on 2 September and August's have not arrived at all. Our "
         "finance team has chased four times."],
        ["2. Reporting: monthly MI packs are issued by the 5th of each month.",
         "The August pack came on the 23rd and September's is still missing."],
        ["3. Any other matters for the agenda?",
         "Yes: I need a date for the August remittance and the missing pack before the meeting, and an "
         "explanation of why both have slipped. This is the second quarter running."]],
  close="Best regards,\nClient Services, Conexus",
  top=["Our comments are in the text below, initialled.",
       "Comments in blue against your points."],
  envs=[(WROTE_PLAIN, "ini"), (HTML_BQ, "blue")],
  lab=L(c=True, cat="delay"),
  note="A creditor client's staff answer Conexus's review points with late remittances and reports and demand "
       "dates and an explanation: an implicit complaint about Conexus's own service, category delay; Sterling is "
       "the complainant, not the subject, so about_other_firm=null and not third_party.")

S(id="A28", mb="conexus",
  who=[("Aled", "Pugh", "aled.pugh@cymmail.co.uk"),
       ("Grace", "Ndlovu", "grace.ndlovu@webmail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Westbury Council Tax arrears - your reply",
  greet="Dear {first} {last},",
  segs=[["Westbury Council Tax Services has instructed us to collect arrears of £688.20 for 2025/26. Please "
         "reply with the information below.", None],
        ["Do you agree the arrears are owed?",
         "No. I live alone and have had single person discount since 2019. The council's new bill removed "
         "the discount without any notice and that is the whole difference."],
        ["Have you contacted the council about this?",
         "Twice. They told me to pay first and ask later, which I won't do for money I don't owe."],
        ["How would you like to resolve the arrears?",
         "The council needs to put the discount back and reissue the bill. Until then I dispute the full amount."]],
  close="Yours sincerely,\nConexus",
  top=["See answers typed into your letter.",
       "Hello - replies under each question, in capital letters."],
  envs=[(WROTE_GT, "none"), (HTML_DIV, "caps")],
  lab=L(c=True, cat="debt_dispute", firm="wbc"),
  note="The answers dispute arrears created by the council removing a discount; only the creditor can fix the "
       "bill and Conexus is not blamed, so about_other_firm=wbc, category debt_dispute, implicit.")

S(id="A29", mb="conexus",
  who=[("Beatrice", "Llewellyn", "bea.llewellyn@mailplace.co.uk"),
       ("Conrad", "Yates", "conrad.yates@homenet.co.uk")],
  qf=("Conexus Data Protection", "dataprotection@conexus-services.com"),
  subj="Letter received in error",
  greet="Dear {first} {last},",
  segs=[["Thank you for telling us that you received a letter from us which was not addressed to you. Please "
         "help us by answering the following.", None],
        ["Who was the letter addressed to?",
         "A Mr D Farrant at number 14. I'm at number 41, so I guess the numbers got swapped."],
        ["Was the letter opened, and if so what did it show?",
         "I opened it before noticing the name. It showed his account number and a balance owed to Pennant "
         "Mobile."],
        ["What has happened to the letter?",
         "I put it through his door with a note. Nothing else needed from me - I just thought you should know."]],
  close="Kind regards,\nData Protection Team, Conexus",
  top=["No problem - answers under your questions.",
       "Answers below, marked with my initials."],
  envs=[(WROTE_PLAIN, "none"), (HTML_BQ, "ini")],
  lab=L(br=True),
  note="A neighbour's answers describe another person's debt letter opened by the wrong person: a breach, but she "
       "is not dissatisfied and expects nothing, so complaint=false, personal_data=false (as lg-32).")

S(id="A30", mb="conexus",
  who=[("Kieran", "Doherty", "kieran.doherty@onmail.co.uk"),
       ("Ayesha", "Mirza", "ayesha.mirza@postnet.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your attempts to contact us",
  greet="Dear {first} {last},",
  segs=[["We are sorry you had difficulty getting through to us. To help us look into it, please tell us:", None],
        ["- the date(s) and time(s) you called",
         "Monday 9.15 and 1.30, Tuesday 10.00, Thursday 9.05."],
        ["- how long you waited",
         "45 minutes the first time before it cut off. The others were 20 to 35 minutes and then 'all our "
         "advisers are busy, goodbye'."],
        ["- what you were calling about",
         "To agree a payment before the deadline in your own letter. Now I'm past it through no fault of mine."],
        ["- whether you would like us to call you",
         "Yes, tomorrow morning, and please confirm the deadline is extended since I couldn't get through."]],
  close="Yours sincerely,\nConexus Customer Services",
  top=["Answers as requested, written under each point.",
       "I've replied to each point in your email - look for my initials."],
  envs=[(OUTLOOK, "none"), (WROTE_GT, "ini")],
  lab=L(c=True, cat="wait_time"),
  note="Inside the quote the debtor describes long holds and calls cut off and asks for a call back and an "
       "extension: implicit complaint about waiting to reach Conexus, wait_time.")

# ---------------- group U: no word on top ----------------
S(id="U01", mb="pexa",
  who=[("Patrick", "Imrie", "patrick.imrie@lowtherlaw.co.uk"),
       ("Sunita", "Rao", "sunita.rao@lowtherlaw.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Service disruption on 14th - impact on your matters",
  greet="Dear {first},",
  segs=[["As you may know, some participants experienced delays to financial settlement during the afternoon of "
         "the 14th. We are contacting affected firms to understand the impact.", None],
        ["How many of your workspaces were affected?",
         "Two. Both were due to settle before 2pm and neither did."],
        ["What was the impact on your clients?",
         "One family sat in their car outside the new house until 7pm; the other lost their removal slot and "
         "paid £480 to rebook."],
        ["Is there anything you would like us to do?",
         "Pay the £480, explain properly what broke, and tell us why your status page said 'all systems "
         "operational' the whole afternoon."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["", "Regards,\n{first}"],
  envs=[(WROTE_GT, "caps"), (HTML_DIV, "red")],
  lab=L(c=True, cat="platform_defect"),
  note="Nothing on top; the answers typed inside the quote report failed settlements from an outage and demand "
       "costs and an explanation: implicit complaint, platform_defect.")

S(id="U02", mb="pexa",
  who=[("Agnes", "Whitlow", "agnes.whitlow@cobbleandcrane.co.uk"),
       ("Deepak", "Mistry", "deepak.mistry@cobbleandcrane.co.uk")],
  qf=("PEXA Training", "training@pexa.co.uk"),
  subj="Your training booking - a few questions",
  greet="Hi {first},",
  segs=[["We're reviewing bookings for the Lodgement Foundations course and would like to check a few "
         "details.", None],
        ["Which session are you booked on?",
         "I was booked on 9 September, which you cancelled, then 23 September, which you also cancelled the "
         "day before."],
        ["Have you used the self-study videos in the meantime?",
         "Yes, and they still show the old workspace screens, so half of it doesn't match what we see."],
        ["Would you like us to rebook you?",
         "Only if you can give me a date that will actually run. Two new starters are waiting on this course "
         "before they can work on live matters."]],
  close="Thanks,\nPEXA Training",
  top=["Hi,", ""],
  envs=[(WROTE_PLAIN, "none"), (HTML_BQ, "blue")],
  lab=L(c=True, cat="training"),
  note="Only a greeting or nothing on top; the answers complain of two cancelled sessions and outdated videos and "
       "ask for a reliable date: implicit complaint, training (a specific theme beats delay).")

S(id="U03", mb="pexa",
  who=[("Rhiannon", "Vaughan", "r.vaughan@orchardlanesolicitors.co.uk"),
       ("Edmund", "Kasprzak", "e.kasprzak@orchardlanesolicitors.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Case 891447 - document sent in error",
  greet="Dear {first},",
  segs=[["We understand that a document relating to one of your matters may have been sent to another "
         "participant. To help our investigation, please answer the questions below.", None],
        ["1. Which document and which matter?",
         "The completion statement for our clients Mr and Mrs Oduya, 5 Quarry Hill, with their bank details "
         "and the amount of their mortgage."],
        ["2. How did you learn of this?",
         "Greyfriars Law phoned us to say your support desk had emailed it to them with their own case papers."],
        ["3. What would you like us to do?",
         "I am raising this as a formal complaint. I need to know how it happened, confirmation the copy at "
         "Greyfriars has been deleted, and whether you have reported it, because we now have to tell our "
         "clients."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["", "Thanks\n{name}\nOrchard Lane Solicitors"],
  envs=[(ORIGMSG, "ini"), (HTML_DIV, "red")],
  lab=L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  note="No top text; inside the quote the law firm calls it 'a formal complaint' that PEXA's support sent its "
       "clients' data to another firm: explicit, breach=true, personal_data, category personal_data; OLS complains "
       "on its own account and Greyfriars is only the recipient, so about_other_firm=null.")

S(id="U04", mb="pexa",
  who=[("Lucinda", "Marlowe", "lucinda.marlowe@privatemail.co.uk"),
       ("Tariq", "Saleem", "tariq.saleem@mailnow.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your enquiry about your sale",
  greet="Dear {first},",
  segs=[["Thank you for your message. PEXA provides the settlement platform; we are not able to change the "
         "figures provided by your lender or conveyancer. To direct your concern, please tell us:", None],
        ["Who is your lender?", "Kestrel."],
        ["What is the problem?",
         "Their redemption statement for 12 Hazel Grove said £118,402 and gave the 17th as the date. On the day "
         "they demanded £121,950 and said the statement was for the wrong date, so my sale nearly failed."],
        ["What outcome would you like?",
         "An explanation from Kestrel of how they got it wrong and repayment of the extra day's interest and my "
         "solicitor's extra fee."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["Sent from my iPhone", ""],
  envs=[(WROTE_GT, "none"), (HTML_BQ, "caps")],
  lab=L(c=True, cat="inaccurate_information", firm="kbs"),
  note="Nothing but a phone signature on top; the seller's answers blame her lender's wrong redemption figures "
       "and want redress, so a complaint to forward with about_other_firm=kbs ('Kestrel'), "
       "inaccurate_information.")

S(id="U05", mb="pexa",
  who=[("Siobhan", "O'Rourke-Bell", "siobhan.orb@hollowayconveyancing.co.uk"),
       ("Anjali", "Deshmukh-Reid", "anjali.dr@hollowayconveyancing.co.uk")],
  qf=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  subj="Welcome to PEXA - final checks",
  greet="Hi {first},",
  segs=[["Your firm's account is nearly ready. Please check the details we hold and reply to each item.", None],
        ["Firm name: Holloway Conveyancing Ltd", "Correct."],
        ["Administrator: {first} {lastsp}", "My surname is hyphenated, please correct it to read as in this email."],
        ["Billing contact: accounts@hollowayconveyancing.co.uk", "Correct."],
        ["Training: Settlement Essentials booked for 6 October", "Great, thanks - that date works."]],
  close="Best wishes,\nPEXA Onboarding",
  top=["Thanks!", "Many thanks,\n{first}"],
  envs=[(WROTE_PLAIN, "ini"), (HTML_DIV, "blue")],
  lab=L(r="rectification"),
  note="Only thanks or a sign-off on top; the answers confirm onboarding details and ask for her surname to be "
       "corrected (rectification), with no dissatisfaction, so not a complaint.")

S(id="U06", mb="pexa",
  who=[("Nicholas", "Fenn", "nick.fenn@mailbox.co.uk"),
       ("Harriet", "Fenn", "harriet.fenn@postbox.net")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your message about your mother's purchase",
  greet="Dear {first},",
  segs=[["Thank you for writing to us about your mother's purchase. As we are the platform provider, we will "
         "need to pass your concerns to the firm acting for her. Please could you tell us:", None],
        ["The name of the conveyancing firm", "Ashdown Pryce & Co, in Lewes."],
        ["What has gone wrong",
         "Mum is 81. Her conveyancer hung up on her twice, told her to 'stop fussing' and has ignored three of "
         "my emails asking for an update on searches."],
        ["Whether you are authorised to act for her",
         "Yes, she has asked me to deal with this and has signed an authority, which I can send."]],
  close="Kind regards,\nPEXA Customer Support",
  top=["", "Best,"],
  envs=[(OUTLOOK, "none"), (HTML_BQ, "red")],
  lab=L(c=True, tp=True, cat="service_quality", firm="unknown"),
  note="No words on top; a son answers for his mother (third_party) about a rude, unresponsive conveyancer outside "
       "the directory: complaint to forward with about_other_firm='unknown', category service_quality.")

S(id="U07", mb="pexa",
  who=[("Ewan", "Lockhart", "ewan.lockhart@tvmortgages.co.uk"),
       ("Charlotte", "Oyinlola", "charlotte.oyinlola@tvmortgages.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Case 872210 - checking in",
  greet="Hi {first},",
  segs=[["We're checking in on your case about the lodgement that was rejected for 3 Cedar Walk.", None],
        ["Has the issue been resolved?",
         "No. I raised it on 28 July. That is five weeks ago and the lodgement is still sitting rejected."],
        ["Have you heard from our lodgement team?",
         "Not once. This is the fourth time I have asked for an update, and each time I am asked whether it's "
         "resolved instead of being told."],
        ["Is there anything else we can help with?",
         "Get the lodgement team to contact me this week with a date it will be relodged."]],
  close="Thanks,\nPEXA Customer Support",
  top=["Hello,", ""],
  envs=[(WROTE_GT, "none"), (HTML_DIV, "caps")],
  lab=L(c=True, cat="delay"),
  note="Only a greeting on top; the answers are a 'still waiting' chaser (five weeks, fourth request) with action "
       "demanded: implicit complaint, category delay (rule 6).")

S(id="U08", mb="conexus",
  who=[("Brian", "Cattermole", "brian.cattermole@homemail.co.uk"),
       ("Zainab", "Farouk", "zainab.farouk@mailcentre.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-3381902 - please confirm",
  greet="Dear {first} {last},",
  segs=[["Pennant Mobile has placed your account with us. Please confirm the following.", None],
        ["Balance: £734.15. Do you agree this balance?",
         "No. Pennant's final bill was £322.15, I have it in front of me. Where has the other £412 come from?"],
        ["Can you make a payment today?",
         "I'll pay the £322.15 when you show me the £412 has been taken off. I'm not paying charges you've "
         "added."],
        ["Preferred contact method:", "Email."]],
  close="Yours sincerely,\nConexus",
  top=["", "Thanks,\n{first}"],
  envs=[(WROTE_PLAIN, "caps"), (HTML_BQ, "none")],
  lab=L(c=True, cat="fees_charges"),
  note="No top text; the answers accept the creditor's bill but dispute £412 Conexus added on top and want it "
       "removed: implicit complaint, fees_charges (a charge added, not the debt itself), about_other_firm=null.")

S(id="U09", mb="conexus",
  who=[("Harriet", "Coombes", "h.coombes@stepchangeadvice.org.uk"),
       ("Kofi", "Mensah", "k.mensah@stepchangeadvice.org.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your client Mr P Latham - account CNX-6609915",
  greet="Dear {first},",
  segs=[["Thank you for your letter of authority for Mr Latham. Please answer the questions below so that we "
         "can update his account.", None],
        ["Does your client have any vulnerability we should record?",
         "Yes, already recorded: he is recovering from a stroke and has speech difficulties. Your own notes say "
         "so."],
        ["Has your client been contacted by us since you became involved?",
         "Six times in one day on 10 October, by phone, although your notes also say all contact must come to "
         "me. He was left shaking."],
        ["Do you wish to propose a payment?",
         "Not until this is dealt with. Please register this as a formal complaint about those calls and send "
         "me your response in writing."]],
  close="Kind regards,\nConexus Customer Services",
  top=["Kind regards\n{name}\nMoney Adviser", ""],
  envs=[(WROTE_GT, "ini"), (HTML_DIV, "red")],
  lab=L(c=True, ex=True, tp=True, cat="collection_conduct"),
  note="Only a signature on top; inside the quote a money adviser writing for her client asks for 'a formal "
       "complaint' to be registered about six calls in a day to a vulnerable client: explicit, third_party, "
       "collection_conduct.")

S(id="U10", mb="conexus",
  who=[("Malcolm", "Esterhuizen", "malcolm.esterhuizen@inboxnet.co.uk"),
       ("Nkechi", "Obi", "nkechi.obi@postline.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-8820451 - your details",
  greet="Dear {first} {last},",
  segs=[["Following your call, we have listed the details on your account below. Please check them and tell us "
         "of any changes.", None],
        ["Name: {first} J {last}", "No middle initial. You have merged me with someone else."],
        ["Date of birth: 14/02/1961", "Wrong. I was born in 1988. This is why I got a letter about a "
         "catalogue debt I have never had."],
        ["Previous address: 7 Moat Lane, Thetford", "I have never lived in Thetford."],
        ["Is everything else correct?",
         "Nothing here is mine except my name. Correct your records, and don't pass any of this to the "
         "creditor or credit agencies until you have sorted it out. I want a reply confirming it is fixed."]],
  close="Yours sincerely,\nConexus",
  top=["", "-- \n{name}"],
  envs=[(OUTLOOK, "none"), (HTML_BQ, "red")],
  lab=L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  note="No words on top; the answers say the record mixes him with another person and demand correction and a "
       "hold on its use meanwhile: implicit personal_data complaint (inaccurate data, breach=false), rights "
       "rectification and restriction.")

S(id="U11", mb="conexus",
  who=[("Joanne", "Pettifer", "joanne.pettifer@mailhouse.co.uk"),
       ("Sanjay", "Bhatt", "sanjay.bhatt@inboxmail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Confirming your address",
  greet="Dear {first} {last},",
  segs=[["Our letter of 2 October was returned to us. Please confirm your correct address.", None],
        ["Address we hold: 18 Fernside Avenue, Dudley", "That is my ex-partner's house. I left in 2023."],
        ["Correct address:", "The one I gave your agent in June: 4 Millbrook Close, Halesowen."],
        ["Is there anything else?",
         "Your letter before this one went to Fernside Avenue too. He opened it and now knows the amount I owe "
         "and who to, and has been texting me about it. How did this happen when I gave you my new address? I "
         "want an answer and to know what you're doing about it."]],
  close="Yours sincerely,\nConexus",
  top=["Hi", ""],
  envs=[(ORIGMSG, "caps"), (HTML_DIV, "none")],
  lab=L(c=True, pd=True, br=True, cat="personal_data"),
  note="Only a greeting or nothing on top; the answers say a debt letter reached her ex-partner after she had given "
       "a new address and demand answers: implicit complaint, breach=true, personal_data, category personal_data. "
       "She gives an address she already gave, so no separate rectification request is labelled.")

S(id="U12", mb="conexus",
  who=[("Graham", "Tully", "graham.tully@netpost.co.uk"),
       ("Imani", "Osei", "imani.osei@mailzone.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your account is now closed",
  greet="Dear {first} {last},",
  segs=[["We are pleased to confirm that your Northline Energy account CNX-1180347 has been paid in full and is "
         "now closed.", None],
        ["Please let us know if you need a paid-in-full letter.", "Yes please, by post."],
        ["Is there anything else we can do for you?",
         "Could you send my payment history as a CSV or spreadsheet file? I want to import it into my "
         "budgeting app. Thanks for all your help over the last two years."]],
  close="Yours sincerely,\nConexus",
  top=["", "Cheers,\n{first}"],
  envs=[(WROTE_GT, "none"), (HTML_BQ, "blue")],
  lab=L(r="portability"),
  note="Nothing but a sign-off on top; the answers ask for a paid-in-full letter and the payment history as a file "
       "to import into another app (portability), with thanks: not a complaint.")

S(id="U13", mb="conexus",
  who=[("Delyth", "Morgan", "delyth.morgan@cymrumail.co.uk"),
       ("Franklin", "Adebayo", "franklin.adebayo@mailpoint.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Northline Energy - balance of £1,046.30",
  greet="Dear {first} {last},",
  segs=[["Northline Energy has asked us to recover the above balance. Please answer the questions below.", None],
        ["Do you accept the balance?",
         "No. Northline fitted a smart meter in January but kept billing me on estimates of nearly double my use. "
         "The smart readings are in their own system."],
        ["Have you raised this with Northline?",
         "Three times. They keep saying they will rebill from actual readings and never do."],
        ["How do you wish to proceed?",
         "Northline should rebill me on the real readings. I will pay what that shows, not this figure."]],
  close="Yours sincerely,\nConexus",
  top=["Regards", ""],
  envs=[(OUTLOOK, "ini"), (HTML_DIV, "blue")],
  lab=L(c=True, cat="debt_dispute", firm="nte"),
  note="Only a sign-off on top; the answers dispute a balance built on the creditor's estimated bills, which only "
       "Northline can rebill: about_other_firm=nte, debt_dispute, implicit.")

S(id="U14", mb="conexus",
  who=[("Imelda", "Crowther", "imelda.crowther@beaconhomefinance.co.uk"),
       ("Rupert", "Ashworth", "rupert.ashworth@beaconhomefinance.co.uk")],
  qf=("Conexus Client Services", "clientservices@conexus-services.com"),
  subj="Placement feedback - Beacon Home Finance",
  greet="Dear {first},",
  segs=[["As part of our client care programme we would welcome your feedback on recent placements.", None],
        ["How satisfied are you with the handling of your accounts?",
         "Not satisfied. Three customers were told by your agents that Beacon had 'sold' their debts to you, "
         "which is not true, and they then rang us upset."],
        ["How would you rate our responsiveness to your team?",
         "Poor. When our collections manager rang to raise it, your team leader was dismissive and said it "
         "was 'just a script issue'."],
        ["Any further comments?",
         "We want those three customers contacted with a correction and a call from your operations director "
         "about how your staff are briefed on our accounts."]],
  close="Kind regards,\nClient Services, Conexus",
  top=["", "Imelda"],
  envs=[(WROTE_PLAIN, "ini"), (HTML_BQ, "red")],
  lab=L(c=True, cat="service_quality"),
  note="No words on top; a creditor client's answers inside a feedback form say Conexus staff misinformed "
       "customers and were dismissive, and demand corrections and a call: implicit complaint about Conexus's own "
       "service (service_quality); Beacon is the complainant, so about_other_firm=null.")

# ---------------- group C: controls, the sender writes above the quote ----------------
S(id="C01", mb="pexa",
  who=[("Vanessa", "Holt", "vanessa.holt@kingsmeadlaw.co.uk"),
       ("Rohan", "Pillai", "rohan.pillai@kingsmeadlaw.co.uk")],
  qf=("PEXA Service Status", "status@pexa.co.uk"),
  subj="Service notice: financial settlement delays resolved",
  greet="Dear Subscriber,",
  segs=[["The issue affecting financial settlement between 12:40 and 16:10 today has been resolved. Affected "
         "workspaces will be rescheduled automatically.", None],
        ["We apologise for any inconvenience.", None]],
  close="PEXA Service Operations",
  top=["'Any inconvenience' is putting it mildly. I want to make a formal complaint. Our client's purchase of "
       "19 Quayside did not complete, her chain collapsed overnight and she has had to put her furniture into "
       "storage. I expect a full account of the outage, and compensation for the storage and hotel costs.\n\n"
       "{name}\nKingsmead Law",
       "This is a complaint about today's outage. We lost two completions, one of which has now fallen through. "
       "Please send me the incident report and tell me how PEXA intends to cover the costs our clients have "
       "incurred.\n\n{first}"],
  envs=[(OUTLOOK, "-"), (HTML_BQ, "-")],
  lab=L(c=True, ex=True, cat="platform_defect"),
  note="A top-posted reply above PEXA's untouched service notice calls itself a complaint about a failed "
       "settlement and demands an incident report and costs: explicit, platform_defect.")

S(id="C02", mb="pexa",
  who=[("Morwenna", "Trewin", "morwenna.trewin@harbourviewlegal.co.uk"),
       ("Felix", "Obuya", "felix.obuya@harbourviewlegal.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Re: Friday cut-off times",
  greet="Hi {first},",
  segs=[["Thanks for your question. The cut-off for financial settlement on a Friday is 3pm, the same as other "
         "weekdays.", None]],
  close="Kind regards,\nLeah\nPEXA Customer Support",
  top=["See your email below - you told us 3pm. We released funds at 2.40pm on that basis and the settlement "
       "failed because, we now learn, the cut-off that day was 2pm. Our buyer could not move in over the weekend. "
       "I need an explanation of why we were given the wrong time and what you will do about the buyer's costs.",
       "Leah, please see below. Your answer said 3pm; the real cut-off was 2pm and our completion failed as a "
       "result. Who will put this right, and how will you make sure your desk gives correct times?"],
  envs=[(WROTE_GT, "-"), (HTML_DIV, "-")],
  lab=L(c=True, cat="inaccurate_information"),
  note="'See below' points to PEXA's own wrong answer, not to inline answers; the top text blames that wrong "
       "cut-off for a failed completion and asks for an explanation and redress: implicit complaint, "
       "inaccurate_information.")

S(id="C03", mb="pexa",
  who=[("Douglas", "Ferrier", "douglas.ferrier@ferrierandco.co.uk"),
       ("Yasmin", "Choudhury", "yasmin.choudhury@ferrierandco.co.uk")],
  qf=("", ""), self_quote=True, qto=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Query - changing the lender in a workspace",
  greet="Hello,",
  segs=[["Could you tell me how we change the incoming lender in a workspace once it has been invited? The "
         "option appears greyed out for us.", None]],
  close="Thanks,\n{first}",
  top=["See my email below, sent on the 2nd. That is twelve working days without even an acknowledgement, and "
       "the matter is now held up. Please can someone reply today.",
       "Resending my email below, which has had no reply in almost three weeks. We cannot move the matter "
       "forward without an answer - please respond."],
  envs=[(WROTE_PLAIN, "-"), (HTML_BQ, "-")],
  lab=L(c=True, cat="delay"),
  note="'See my email below' points to the sender's own earlier neutral question; the top text is a 'still "
       "waiting' chaser demanding a reply: implicit complaint, category delay (rule 6, as lg-09).")

S(id="C04", mb="pexa",
  who=[("Alison", "Kerr", "alison.kerr@marshpenrose.co.uk"),
       ("Tomasz", "Nowak", "tomasz.nowak@marshpenrose.co.uk")],
  qf=("PEXA Onboarding", "onboarding@pexa.co.uk"),
  subj="Adding a new office - a few questions",
  greet="Dear {first},",
  segs=[["We are setting up your firm's new Plymouth office. Please tell us:\n1. The office address\n2. The "
         "office administrator\n3. How many users will need access\n4. Whether they need training", None]],
  close="Kind regards,\nPEXA Onboarding",
  top=["Hi,\n\nAnswers below:\n1. 2nd Floor, 11 Citadel Road, Plymouth PL1 3BA\n2. Me for now\n3. Four\n4. Yes, "
       "ideally the online course in the week of 12 October\n\nThanks for making this so straightforward.\n\n"
       "{first}",
       "Hello,\n\n1) 11 Citadel Road (2nd floor), Plymouth PL1 3BA\n2) {name}\n3) 4 users\n4) Yes please - "
       "online, mid-October if possible\n\nMany thanks,\n{name}"],
  envs=[(ORIGMSG, "-"), (HTML_DIV, "-")],
  lab=L(),
  note="The answers are a numbered list above the untouched quote, and they are neutral onboarding details and "
       "thanks: not a complaint; 'access' means platform users, not a right.")

S(id="C05", mb="pexa",
  who=[("Jasmine", "Whitcombe", "jasmine.whitcombe@mailhub.co.uk"),
       ("Oliver", "Strand", "oliver.strand@webpost.co.uk")],
  qf=("Beacon Home Finance", "completions@beaconhomefinance.co.uk"),
  qto_self=True,
  subj="Your completion statement",
  greet="Dear Customer,",
  segs=[["Please find your updated completion statement. This includes our mortgage release fee of £295, "
         "payable on completion.", None]],
  close="Beacon Home Finance Completions Team",
  top=["I'm forwarding this from my lender. The day before completion they have added a £295 release fee that "
       "appeared nowhere in my offer. Your platform is what my solicitor uses, so please pass this to whoever "
       "deals with it at Beacon - I want the fee taken off.",
       "Forwarding Beacon's email. A £295 fee has appeared out of nowhere on my completion statement. It was not "
       "in my mortgage offer and I want it removed. Please send this on to them."],
  envs=[(FWD, "-"), (HTML_FWD, "-")],
  lab=L(c=True, cat="fees_charges", firm="bhf"),
  note="A forward of the lender's email with a comment on top: the consumer's grievance is a fee Beacon added, "
       "with PEXA not blamed, so a complaint to forward, about_other_firm=bhf, fees_charges.")

S(id="C06", mb="pexa",
  who=[("Cecily", "Armitage", "cecily.armitage@homemail.co.uk"),
       ("Benedict", "Oyelowo", "ben.oyelowo@postmail.net")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your PEXA user account",
  greet="Hi {first},",
  segs=[["Your account was deactivated when your firm removed you as a user. If you need anything further, "
         "just reply to this email.", None]],
  close="Thanks,\nPEXA Customer Support",
  top=["Thanks for letting me know. Now that I've left the profession, two things - see below.\n\n"
       "- Please send me a copy of the personal data you hold about me.\n- After that, please delete my user "
       "account and details.\n\nThanks,\n{first}",
       "Hello, thanks. I have two requests, listed below:\n\n(1) a copy of all personal information PEXA holds "
       "on me;\n(2) once I have it, erase my account and personal details.\n\nKind regards,\n{name}"],
  envs=[(WROTE_GT, "-"), (HTML_BQ, "-")],
  lab=L(r="access,erasure"),
  note="'See below' points to a list in the sender's own top text, not to answers in the quote: a copy of her data "
       "(access) and deletion of her account (erasure), asked neutrally, so not a complaint.")

S(id="C07", mb="pexa",
  who=[("Harold", "Nkemelu", "harold.nkemelu@heathcotebank.co.uk"),
       ("Greta", "Solberg", "greta.solberg@heathcotebank.co.uk")],
  qf=("PEXA Complaints", "complaints@pexa.co.uk"),
  subj="Your complaint PXC-10377 - resolved",
  greet="Dear {first},",
  segs=[["Following our investigation of your complaint about duplicated workspace fees, we have issued a credit "
         "note for £162 and corrected the billing rule that caused it.", None],
        ["If you are not satisfied with this outcome, please let us know within eight weeks.", None]],
  close="Yours sincerely,\nHelena Marsh\nComplaints Resolution, PEXA",
  top=["Thank you Helena, the credit note has come through and this month's invoice is correct. All sorted from "
       "our side.\n\n{first}",
       "Many thanks - credit received and the new invoice looks right. Happy for this to be closed."],
  envs=[(OUTLOOK, "-"), (HTML_DIV, "-")],
  lab=L(),
  note="A top-posted thank-you confirming the matter is resolved; 'complaint' appears only in the firm's quoted "
       "letter and subject, so not a complaint (rule 5, as lg-23).")

S(id="C08", mb="pexa",
  who=[("Imran", "Qureshi", "imran.qureshi@albionconveyancing.co.uk"),
       ("Lydia", "Fairweather", "lydia.fairweather@albionconveyancing.co.uk")],
  qf=("PEXA Customer Support", "support@pexa.co.uk"),
  subj="Your call on Monday - case 887765",
  greet="Dear {first},",
  segs=[["We are sorry to hear that your call on Monday did not go well. Please let us know:\n1. The time of "
         "the call\n2. What happened\n3. What outcome you are looking for", None]],
  close="Kind regards,\nPEXA Customer Support",
  top=["1. About 11.20am.\n2. I asked why our workspace invitation had expired. The adviser said it was "
       "'obviously our mistake', refused to check and ended the call while I was talking.\n3. I want this "
       "treated as a complaint, an apology and someone who will actually look at the workspace.\n\n{name}",
       "In answer to your questions:\n(1) 11.20 on Monday\n(2) Your adviser was dismissive, told me the expired "
       "invitation was our fault without looking and hung up on me.\n(3) Please log my complaint, apologise, "
       "and have someone check the workspace properly.\n\n{first}"],
  envs=[(ORIGMSG, "-"), (HTML_BQ, "-")],
  lab=L(c=True, ex=True, cat="service_quality"),
  note="Numbered answers above the untouched quote describe a dismissive adviser who hung up and ask for it to be "
       "treated as a complaint: explicit, service_quality.")

S(id="C09", mb="conexus",
  who=[("Trevor", "Blackwood", "trevor.blackwood@mailworld.co.uk"),
       ("Nadia", "Kowalczyk", "nadia.kowalczyk@inboxpost.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-4477120 - we tried to call you",
  greet="Dear {first} {last},",
  segs=[["We have tried to contact you by telephone about your account. Please call us on the number above.",
         None]],
  close="Yours sincerely,\nConexus",
  top=["You 'tried to contact me' at 9.10pm on Sunday and 7.05am on Monday. I want to complain about calls at "
       "those hours. Please confirm you will only call between 9 and 6 on weekdays, and explain why this "
       "happened.",
       "I am making a complaint about your calls: one at ten past nine on a Sunday night, another just after "
       "seven the next morning. I want an explanation and an assurance it will not happen again."],
  envs=[(WROTE_GT, "-"), (HTML_DIV, "-")],
  lab=L(c=True, ex=True, cat="collection_conduct"),
  note="A top-posted complaint in the sender's own words about calls at unsocial hours, above Conexus's untouched "
       "letter: explicit, collection_conduct.")

S(id="C10", mb="conexus",
  who=[("Lorraine", "Eastwood", "lorraine.eastwood@homepost.co.uk"),
       ("Samuel", "Adjei", "samuel.adjei@mymail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Income and expenditure - account CNX-2058813",
  greet="Dear {first} {last},",
  segs=[["To help us agree an affordable payment, please tell us:\n1. Your monthly take-home income\n2. Your "
         "rent or mortgage\n3. Your other essential bills\n4. What you could pay each month", None]],
  close="Yours sincerely,\nConexus",
  top=["Hello,\n\n1. £1,640\n2. £725\n3. About £480 all together\n4. £35 a month\n\nThank you for being flexible.",
       "Good morning,\n\nMy answers to your questions:\n1 - £1,640 a month after tax\n2 - rent £725\n3 - roughly "
       "£480\n4 - I can manage £35\n\nRegards,\n{name}"],
  envs=[(OUTLOOK, "-"), (HTML_BQ, "-")],
  lab=L(),
  note="Numbered income and expenditure answers above the untouched quote, neutral and thankful: not a "
       "complaint.")

S(id="C11", mb="conexus",
  who=[("Gwen", "Ellery", "gwen.ellery@webnet.co.uk"),
       ("Abdul", "Karim", "abdul.karim@mailpost.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-9914027 - account on hold",
  greet="Dear {first} {last},",
  segs=[["As agreed, we have placed your account on hold for 30 days while you seek debt advice. We will not "
         "contact you during this period.", None],
        ["If you are unhappy with our service, you can complain to us by email at "
         "complaints@conexus-services.com.", None]],
  close="Yours sincerely,\nConexus",
  top=["See below - your own letter says you would not contact me for 30 days. Five days later one of your "
       "agents was at my door. My children were home. Why was he sent, and what will you do to make sure it "
       "does not happen again?",
       "Please read your letter below. You promised no contact for 30 days, yet an agent knocked on my door on "
       "day five. I want to know how that happened and an assurance you will keep to the hold."],
  envs=[(OUTLOOK, "-"), (HTML_DIV, "-")],
  lab=L(c=True, cat="collection_conduct"),
  note="'See below' points to Conexus's own promise; the top text objects to a doorstep visit during an agreed "
       "hold and wants an explanation: implicit collection_conduct complaint (the word 'complain' is only in the "
       "firm's quoted letter).")

S(id="C12", mb="conexus",
  who=[("Rebecca", "Thornhill", "rebecca.thornhill@mailplace.co.uk"),
       ("Dominic", "Achebe", "dominic.achebe@postcloud.co.uk")],
  qf=("Pennant Mobile Customer Care", "customercare@pennantmobile.co.uk"),
  qto_self=True,
  subj="Your early termination charge",
  greet="Dear Customer,",
  segs=[["Following your call, we confirm that the early termination charge of £186.00 will be waived as your "
         "signal issue was not resolved.", None]],
  close="Pennant Mobile Customer Care",
  top=["Your letter says I owe Pennant £186. Below is Pennant's own email from May promising to waive that exact "
       "charge. Pennant needs to honour what they wrote and withdraw the debt.",
       "Forwarding Pennant's email below. They agreed in writing to waive the £186 termination charge you are now "
       "collecting. They must cancel it."],
  envs=[(FWD, "-"), (HTML_FWD, "-")],
  lab=L(c=True, cat="debt_dispute", firm="pmt"),
  note="A forward of the creditor's own waiver email with a comment: the debt is disputed because Pennant broke "
       "its promise, which only Pennant can fix, so about_other_firm=pmt, category debt_dispute, implicit.")

S(id="C13", mb="conexus",
  who=[("Howard", "Slater", "howard.slater@netmail.co.uk"),
       ("Precious", "Moyo", "precious.moyo@homemail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Settlement offer - account CNX-3392204",
  greet="Dear {first} {last},",
  segs=[["Our client has agreed to accept £620.00 in full and final settlement of your balance if paid by "
         "30 November.", None]],
  close="Yours sincerely,\nConexus",
  top=["Thank you, I accept the offer and will pay the £620 by bank transfer this Friday. The details I will pay "
       "from are below so you can match the payment:\n\nAccount name: {first} {last}\nReference: CNX-3392204\n"
       "Amount: £620.00\n\nPlease send a settlement letter once it arrives.",
       "Offer accepted, thank you. Payment details below for your reference:\n\n- £620.00\n- by transfer on "
       "Friday\n- reference CNX-3392204\n\nCould you confirm in writing once it's received?\n\n{first}"],
  envs=[(WROTE_PLAIN, "-"), (HTML_BQ, "-")],
  lab=L(),
  note="'Below' points to payment details in the sender's own text; accepting a settlement offer with thanks is "
       "not a complaint.")

S(id="C14", mb="conexus",
  who=[("Maureen", "Gallacher", "maureen.gallacher@scotmail.co.uk"),
       ("Elliot", "Thackeray", "elliot.thackeray@mailbox.co.uk")],
  qf=("", ""), self_quote=True, qto=("Conexus Data Protection", "dataprotection@conexus-services.com"),
  subj="Request for my personal data",
  greet="Dear Sir or Madam,",
  segs=[["Please send me a copy of all personal data you hold about me, including call recordings and notes. "
         "My account number is CNX-7703391.", None]],
  close="{name}",
  top=["See my email below from six weeks ago. I have had no data and no reply at all, which is past the legal "
       "time limit. This is now a complaint. Please send the copy of my data immediately.",
       "My request below has gone unanswered for six weeks, longer than the one month you are allowed. I am "
       "making a complaint about that, and I still want a copy of all my data and the call recordings."],
  envs=[(ORIGMSG, "-"), (HTML_DIV, "-")],
  lab=L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
  note="'See my email below' points to the sender's own access request; the top text calls its being ignored a "
       "complaint and re-asks for the data: explicit, personal_data (a rights request ignored, as lg-36), "
       "rights=access; category personal_data rather than delay because the data-rights theme is the more "
       "specific one.")

S(id="C15", mb="conexus",
  who=[("Alastair", "Penrose-Hill", "a.penrosehill@wardellsolicitors.co.uk"),
       ("Niamh", "Kilbride", "n.kilbride@wardellsolicitors.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Account CNX-5120776 - final demand",
  greet="Dear Mr Hollins,",
  segs=[["Despite previous letters, the balance of £2,310.40 owed to Sterling Credit Loans remains unpaid. "
         "Please pay in full within 14 days.", None]],
  close="Yours sincerely,\nConexus",
  top=["We act for Mr Ronald Hollins and write about your demand below. Our client settled this account in full "
       "with Conexus on 11 July and holds your own paid-in-full letter. Please treat this as a formal complaint, "
       "stop all collection activity and confirm in writing that the balance is nil.\n\n{name}\nWardell "
       "Solicitors",
       "We are instructed by Mr Hollins. Your demand below relates to a balance he paid to you in full in July, "
       "as your own letter confirms. This is a formal complaint: please withdraw the demand and close the "
       "account.\n\n{name}"],
  envs=[(WROTE_GT, "-"), (HTML_BQ, "-")],
  lab=L(c=True, ex=True, tp=True, cat="debt_dispute"),
  note="A solicitor writing for the debtor (third_party) above the quoted demand calls it a formal complaint that "
       "Conexus is pursuing a debt already paid to it: explicit, debt_dispute, about_other_firm=null (Sterling is "
       "only the creditor).")

S(id="C16", mb="conexus",
  who=[("Kerry", "Ashdown", "kerry.ashdown@mailzone.co.uk"),
       ("Vikram", "Sethi", "vikram.sethi@webmail.co.uk")],
  qf=("Conexus Customer Services", "customerservices@conexus-services.com"),
  subj="Your account is closed",
  greet="Dear {first} {last},",
  segs=[["Your Lumen Water account CNX-6650318 is now closed with a nil balance. We will retain your records as "
         "required by law.", None],
        ["If you wish to complain about any aspect of our service, please contact "
         "complaints@conexus-services.com.", None]],
  close="Yours sincerely,\nConexus",
  top=["Thanks for confirming. Please delete my mobile number and email address from your records now that "
       "the account is closed - you won't need them.",
       "Good to hear, thank you. As the account is closed, I'd like my phone number and email address erased from "
       "your system."],
  envs=[(OUTLOOK, "-"), (HTML_DIV, "-")],
  lab=L(r="erasure"),
  note="A top-posted, satisfied reply asking for contact details to be deleted (erasure); 'complain' appears only "
       "in the firm's quoted boilerplate, so not a complaint.")

# ---------------------------------------------------------------------------------------------
# rendering

def persona(sc, k):
    first, last, addr = sc["who"][k]
    return {"first": first, "last": last, "name": f"{first} {last}", "ini": first[0] + last[0], "addr": addr,
            "lastsp": re.sub(r"[-']", " ", last)}


def fmt(s, pv):
    return s.format(**pv) if s else s


def date_parts(rng):
    while True:
        day = datetime.date(2026, rng.choice(MONTHS), rng.randrange(1, 29))
        if day.weekday() < 5:
            break
    d, di, mi = day.day, day.weekday(), day.month - 1
    h, m = rng.randrange(8, 18), rng.randrange(60)
    mon = MONTH_NAMES[mi]
    return {"long": f"{DAYS[di]}, {d} {mon} 2026 {h:02d}:{m:02d}",
            "wrote": f"On {DAYS[di][:3]}, {d} {mon[:3]} 2026 at {h:02d}:{m:02d}",
            "tb": f"On {d:02d}/{mi + 1:02d}/2026 {h:02d}:{m:02d}",
            "owa": f"{DAYS[di]}, {mon} {d}, 2026 {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"}


def mark_plain(ans, mark, pv, ini_style):
    if mark == "caps":
        return ans.upper()
    if mark == "ini":
        return ini_style.format(ini=pv["ini"]) + ans
    assert mark == "none", mark
    return ans


RED = ('<span style="color:#C00000">{}</span>', '<font color="red">{}</font>',
       '<span style="color:rgb(192,0,0)">{}</span>')
BLUE = ('<span style="color:#0070C0">{}</span>', '<font color="blue">{}</font>',
        '<span style="color:rgb(31,73,125)">{}</span>')


def h(text):
    return escape_html(text).replace("\n", "<br>")


def mark_html(ans, mark, pv, ini_style, colour_tpl):
    if mark in ("red", "blue"):
        return colour_tpl.format(h(ans))
    return h(mark_plain(ans, mark, pv, ini_style))


def render(sc, k, rng):
    layout, mark = sc["envs"][k]
    pv = persona(sc, k)
    html = layout not in PLAIN_LAYOUTS
    if mark in ("red", "blue"):
        assert html, (sc["id"], layout, mark)
    dp = date_parts(rng)
    ini_style = rng.choice(("[{ini}] ", "{ini}: ", "{ini} - ", "<{ini}> ")) if mark == "ini" else ""
    colour_tpl = rng.choice(RED if mark == "red" else BLUE) if mark in ("red", "blue") else ""
    cc_style = rng.random()
    top = fmt(sc["top"][k], pv)
    qname, qaddr = sc["qf"]
    if sc.get("self_quote"):
        qname, qaddr = pv["name"], pv["addr"]
    to_name, to_addr = (sc["qto"] if sc.get("self_quote") else (pv["name"], pv["addr"]))
    if sc.get("self_quote"):
        assert layout not in (FWD, HTML_FWD)
    fwd = layout in (FWD, HTML_FWD)
    if sc.get("subject"):
        subject = fmt(sc["subject"][k] if isinstance(sc["subject"], list) else sc["subject"], pv)
        own_subject = subject
    else:
        pre = ("FW: " if layout == HTML_FWD else "Fwd: ") if fwd else (
            "RE: " if layout in (OUTLOOK, ORIGMSG, HTML_DIV) else "Re: ")
        subject = pre + sc["subj"]
        own_subject = ""
    blocks = [(fmt(sc["greet"], pv), None)] if sc.get("greet") else []
    blocks += [(fmt(f, pv), fmt(a, pv) if a else None) for f, a in sc["segs"]]
    blocks.append((fmt(sc["close"], pv), None))
    answers = [a for _, a in blocks if a]
    if mark == "-":
        assert not answers, sc["id"]
    else:
        assert answers, sc["id"]
    quoted_from = f"{qname} <{qaddr}>"
    if not html:
        if layout in (OUTLOOK, ORIGMSG, FWD):
            hdr = []
            if layout == ORIGMSG:
                hdr.append("-----Original Message-----")
            if layout == FWD:
                hdr.append("---------- Forwarded message ---------")
                hdr += [f"From: {quoted_from}", f"Date: {dp['long']}", f"Subject: {sc['subj']}",
                        f"To: {to_name} <{to_addr}>"]
            else:
                hdr += [f"From: {quoted_from}", f"Sent: {dp['long']}", f"To: {to_name} <{to_addr}>"]
                if cc_style < 0.3:
                    hdr.append("Cc: ")
                hdr.append(f"Subject: {sc['subj']}")
            qhead = "\n".join(hdr) + "\n"
        else:
            qhead = f"{dp['wrote']}, {quoted_from} wrote:\n"
        parts = []
        for f, a in blocks:
            parts.append(quote_lines(f) if layout == WROTE_GT else f)
            if a:
                parts.append(mark_plain(a, mark, pv, ini_style))
        if layout == WROTE_GT:
            qbody = parts[0]
            for prev, cur in zip(parts, parts[1:]):
                both_quoted = prev.startswith(">") and cur.startswith(">")
                qbody += ("\n>\n" if both_quoted else "\n\n") + cur
        else:
            qbody = "\n\n".join(parts)
        body = (top + "\n\n" if top else "") + qhead + "\n" + qbody
        if not top and sc.get("lead_blank"):
            body = "\n" + body
    else:
        body = render_html(sc, layout, mark, pv, dp, blocks, top, quoted_from, to_name, to_addr, ini_style,
                           colour_tpl, rng)
    rec = {"id": None, "mailbox": sc["mb"], "from": f"{pv['name']} <{pv['addr']}>", "subject": subject,
           "headers": {}, "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
           "note": sc["note"], "source": f"{PREFIX}-{sc['id']}", "train_labels": ["complaint"],
           "_env": f"{layout}/{mark}"}
    OWN[id(rec)] = "\n".join([own_subject, top] + answers)
    return rec


def render_html(sc, layout, mark, pv, dp, blocks, top, quoted_from, to_name, to_addr, ini_style, colour_tpl, rng):
    style = rng.random()
    qf_html = escape_html(quoted_from)
    to_html = escape_html(f"{to_name} <{to_addr}>")
    if layout == HTML_BQ:
        if style < 0.6:  # webmail (Gmail-like)
            tops = "".join(f"<div>{h(p)}</div><div><br></div>" for p in top.split("\n\n")) if top else "<div><br></div>"
            inner = []
            for f, a in blocks:
                inner.append(f"<div>{h(f)}</div><div><br></div>")
                if a:
                    inner.append(f"<div>{mark_html(a, mark, pv, ini_style, colour_tpl)}</div><div><br></div>")
            return ('<div dir="ltr">' + tops + '</div><br><div class="gmail_quote"><div dir="ltr" '
                    f'class="gmail_attr">{dp["wrote"]}, {qf_html} wrote:<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                    'rgb(204,204,204);padding-left:1ex"><div dir="ltr">' + "".join(inner) +
                    "</div></blockquote></div>")
        # Thunderbird-like
        tops = "".join(f"<p>{h(p)}</p>" for p in top.split("\n\n")) if top else "<p><br></p>"
        inner = []
        for f, a in blocks:
            inner.append(f"<p>{h(f)}</p>")
            if a:
                inner.append(f"<p>{mark_html(a, mark, pv, ini_style, colour_tpl)}</p>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
                + tops + f'<div class="moz-cite-prefix">{dp["tb"]}, {qf_html} wrote:<br></div>'
                '<blockquote type="cite">' + "".join(inner) + "</blockquote></body></html>")
    # Outlook
    fwd = layout == HTML_FWD
    if style < 0.55 or fwd:  # desktop Outlook
        p = '<p class="MsoNormal">{}</p>'
        tops = "".join(p.format(h(x)) + p.format("&nbsp;") for x in top.split("\n\n")) if top else p.format("&nbsp;")
        inner = []
        for f, a in blocks:
            inner.append(p.format(h(f)) + p.format("&nbsp;"))
            if a:
                inner.append(p.format(mark_html(a, mark, pv, ini_style, colour_tpl)) + p.format("&nbsp;"))
        head = (f'<p class="MsoNormal"><b>From:</b> {qf_html}<br><b>Sent:</b> {dp["long"]}<br><b>To:</b> {to_html}'
                f'<br><b>Subject:</b> {escape_html(sc["subj"])}</p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1" '
                'vlink="#954F72"><div class="WordSection1">' + tops +
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + head +
                "</div>" + p.format("&nbsp;") + "".join(inner) + "</div></body></html>")
    # Outlook on the web
    d = '<div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">{}</div>'
    tops = "".join(d.format(h(x)) + d.format("<br>") for x in top.split("\n\n")) if top else d.format("<br>")
    inner = []
    for f, a in blocks:
        inner.append(f"<div>{h(f)}</div><div><br></div>")
        if a:
            inner.append(f"<div>{mark_html(a, mark, pv, ini_style, colour_tpl)}</div><div><br></div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="ltr">' + tops + '<hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>From:</b> {qf_html}<br><b>Sent:</b> {dp["owa"]}<br><b>To:</b> {to_html}<br>'
            f'<b>Subject:</b> {escape_html(sc["subj"])}</font><div>&nbsp;</div></div>'
            '<div dir="ltr">' + "".join(inner) + "</div></body></html>")


# ---------------------------------------------------------------------------------------------
# checks and summary

def base_explicit_error(e):
    return e.startswith("explicit=")


def errors(rec):
    """record_errors, with its new_text() 'complain' check replaced by the same check over the sender's own text
    (own subject, top text and the answers typed inside the quote); every other check is kept."""
    errs = record_errors(rec)
    lab = rec["labels"]
    own = OWN[id(rec)].lower()
    out = [e for e in errs if not base_explicit_error(e)]
    if lab["complaint"] and (("complain" in own) != lab["explicit"]):
        out.append(f"explicit={lab['explicit']} but 'complain' in the sender's own text={'complain' in own}")
    if any(base_explicit_error(e) for e in errs):
        REPLACED.append(rec["source"])
    return out


def group_of(rec):
    return rec["source"].split("-")[1][0]


def summary(records, env_counts):
    out = []
    n = len(records)
    srcs = {r["source"] for r in records}
    out.append(f"wrote {os.path.relpath(OUT, ROOT)}: {len(srcs)} scenarios, {n} emails")
    out.append(f"mailboxes: {dict(sorted(collections.Counter(r['mailbox'] for r in records).items()))}; "
               f"html: {sum(r['html'] for r in records)}")
    for g in "AUC":
        rs = [r for r in records if group_of(r) == g]
        c = [r for r in rs if r["labels"]["complaint"]]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, {len(c)} complaints "
                   f"({sum(r['labels']['explicit'] for r in c)} explicit)")
    labs = [r["labels"] for r in records]
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
               f"personal_data {sum(l['personal_data'] for l in labs)}, breach {sum(l['breach'] for l in labs)}, "
               f"third_party {sum(l['third_party'] for l in labs)}, auto_generated "
               f"{sum(l['auto_generated'] for l in labs)}")
    rc = collections.Counter(x for l in labs for x in l["rights"])
    out.append("rights: " + ", ".join(f"{k} {rc[k]}" for k in sorted(rc)))
    out.append("about_other_firm: " + str(dict(collections.Counter(str(l["about_other_firm"]) for l in labs))))
    out.append("category: " + str(dict(sorted(collections.Counter(l["category"] for l in labs).items()))))
    lay = collections.Counter()
    mk = collections.Counter()
    for env, c in env_counts.items():
        layout, mark = env.split("/")
        lay[LAYOUT_GROUP[layout]] += c
        mk[MARK_GROUP[mark]] += c
    out.append("layouts: " + str(dict(sorted(lay.items()))))
    out.append("layouts (raw): " + str(dict(sorted(collections.Counter(e.split('/')[0] for e in env_counts
                                                                       for _ in range(env_counts[e])).items()))))
    out.append("answer marking: " + str(dict(sorted(mk.items()))))
    per_group = collections.Counter()
    for r in records:
        per_group[(group_of(r), r["html"])] += 1
    out.append(f"records whose explicit label record_errors' new_text check disagrees with (check replaced): "
               f"{len(REPLACED)} ({', '.join(sorted(set(REPLACED)))})")
    return "\n".join(out)


def build(rng):
    ids = [sc["id"] for sc in SCENARIOS]
    assert len(ids) == len(set(ids))
    recs = []
    for sc in SCENARIOS:
        assert len(sc["envs"]) == 2 and sc["envs"][0] != sc["envs"][1], sc["id"]
        assert sc["who"][0] != sc["who"][1]
        for k in range(2):
            recs.append(render(sc, k, rng))
    return recs


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
