#!/usr/bin/env python3
"""Web-form relays to the complaints mailboxes, and the machine mail that looks like them (judge set B).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes: 120 emails.
  F (34): a web form's submission relayed by the site's form plugin or a form service; labels follow what the
          SUBMITTER wrote (a person's words, so never auto_generated). explicit: the submitter's own free text or
          their chosen topic says "complain"; the form's name, field labels and boilerplate do not count.
  N (14): machine mail: form receipts and admin alerts with no submitter's text, portal notifications, a form
          service's newsletter and billing mail (auto_generated).
  C (12): controls: the same kinds of people writing ordinary email themselves.
record_errors checks explicit against "complain" anywhere in the subject and body; for a form relay whose form
wording (subject, labels, boilerplate, URL) says "complaint" while the submitter did not, `errors` drops only that
check and applies its own on the submitter's words.

Usage:  python data/make/make_web_form_judge_b.py   (writes data/trials/web_form_judge_b.jsonl). Stdlib only.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import escape_html, html_with_quote, quote_lines, record_errors, run_generator, short_labels  # noqa: E402

SEED = 20280216
PREFIX = "wfb"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "trials", "web_form_judge_b.jsonl")

SITE = {"pexa": ("PEXA UK", "pexa.co.uk", "portal.pexa.co.uk", "PEXA Exchange"),
        "conexus": ("Conexus", "conexus.co.uk", "myaccount.conexus.co.uk", "Conexus Online")}
FORM_NAMES = {"pexa": {"contact": "Contact us", "complaint": "Make a complaint", "data": "Data protection request",
                       "feedback": "Feedback"},
              "conexus": {"contact": "Contact us", "complaint": "Complaint form", "data": "Data request",
                          "feedback": "Feedback", "payment": "Payment arrangement"}}
FORM_SLUG = {"contact": "contact-us", "complaint": "make-a-complaint", "data": "data-request",
             "feedback": "feedback", "payment": "payment-arrangement"}

# ---------------------------------------------------------------------------------------------
# Group F: form relays. Fields: name, email, phone, org, addr, ref, topic (chosen by the submitter), subj (typed
# by the submitter), msg (free text), extra ((kind, text): a second free-text field), form (kind).

F = []


def f(sid, mb, lab, note, **fields):
    F.append(dict(sid=sid, mb=mb, lab=lab, note=note, **fields))


# ---- pexa
f("wfb-s001", "pexa", short_labels(c=True, cat="platform_defect"),
  "Implicit complaint (harm, costs and a demand for an explanation) about settlements stuck at 'Funds pending' on "
  "the platform: platform_defect; the law firm is the complainant, not the subject.",
  name="Imogen Tressider", email="i.tressider@baylissconveyancing.co.uk", phone="01632 960418",
  org="Bayliss Conveyancing", ref="WS-88312904", topic="Settlements", form="contact",
  msg="Twice this week a settlement has sat at 'Funds pending' for over three hours after both lenders had "
      "confirmed the money was on its way, and then timed out at the cut-off. Both purchases (WS-88312904 and "
      "WS-88317721) had to be rebooked for the next day. One family spent a night in a hotel with their removal "
      "van parked outside, and the removal firm has charged them £380 for the extra day. Nobody on your support "
      "line could tell us why the status never moved.\n\nI need a written explanation of what went wrong at your "
      "end, and I expect PEXA to cover the removal charge.")
f("wfb-s002", "pexa", short_labels(c=True, ex=True, cat="fees_charges"),
  "Explicit because the submitter chose 'Complaint' as the enquiry type (her free text never says it); billing "
  "for abandoned workspaces is fees_charges, and the lender is the complainant so about_other_firm=null.",
  name="Declan Foyle", email="d.foyle@tvmortgages.co.uk", org="Thames Valley Mortgages", ref="INV-2026-02-7715",
  topic="Complaint", form="contact",
  msg="Our February invoice charges the per-workspace fee on 31 workspaces that were opened and then abandoned the "
      "same day because the sellers withdrew. We were told when we joined that abandoned workspaces are not "
      "billable. Please reissue the invoice without them and confirm the total credit.")
f("wfb-s003", "pexa", short_labels(c=True, cat="service_quality"),
  "Implicit complaint about a rude support agent, sent through the 'Make a complaint' form: the form's name and "
  "labels are not the submitter's words, so explicit=false; category service_quality.",
  name="Ruth Okereke-Lam", email="ruth@lamandcoproperty.co.uk", phone="0161 496 0785",
  org="Lam & Co Property Lawyers", form="complaint",
  msg="I rang your support desk on Tuesday about a lodgement requisition. The agent talked over me, said 'that's "
      "not our problem, read the guide' and ended the call while I was still speaking. I have used PEXA for four "
      "years and have never been spoken to like that.",
  extra=("outcome", "An apology, and for someone senior to listen to the call and ring me back."))
f("wfb-s004", "pexa", short_labels(r="access"),
  "A short, neutral request for a copy of the personal data PEXA holds: access, not a complaint.",
  name="Tobias Wren", email="tobywren@fastmail.co.uk", topic="A copy of my data", form="data",
  msg="I used to be a PEXA user at a law firm in Leeds. Please send me a copy of the personal data you hold on me.")
f("wfb-s005", "pexa", short_labels(r="informed,objection"),
  "No dissatisfaction: a home buyer asks what data PEXA will get, from whom, why and on what basis (informed) and "
  "objects in advance to marketing, research or profiling use (objection); not a complaint.",
  name="Anjali Bhatt", email="anjali.bhatt@outlook.com", addr="41 Quarry Bank Road, Halifax HX3 8PL",
  topic="Other data protection question", form="data",
  msg="I'm buying a flat and my solicitor says the purchase will go through PEXA. Before it does I'd like to "
      "understand a few things: what information about me you will receive, who sends it to you, what you use it "
      "for and on what legal basis, and how long you keep it.\n\nI'd also like it recorded that I do not agree to "
      "my details being used for marketing, research or profiling once the purchase is done. Thank you.")
f("wfb-s006", "pexa", short_labels(),
  "Praise for a training session; 'no complaints at all' is praise, not a complaint.",
  name="Graham Petrie", email="g.petrie@petrieandhall.co.uk", org="Petrie & Hall", topic="Compliment",
  form="feedback",
  msg="Just wanted to say the remortgage training on Thursday was excellent - Leah explained the new screens really "
      "clearly. No complaints at all, thank you.",
  extra=("rating", "5 out of 5"))
f("wfb-s007", "pexa", short_labels(c=True, cat="delay", firm="gfl"),
  "A buyer's implicit complaint purely about his solicitors, Greyfriars Law, not replying while exchange slips: "
  "forward, about_other_firm=gfl, category delay.",
  name="Marek Zielinski", email="marek.zielinski84@gmail.com", phone="07700 900127",
  topic="Buying or selling a home", form="contact",
  msg="Our solicitors are Greyfriars Law in Edinburgh. Since 3 weeks we cannot get any answer from them, not by "
      "phone and not by email. The seller is ready, the mortgage offer is ready, but Greyfriars do not send the "
      "documents so the exchange date keeps moving. Our mortgage offer expires on 30 April. Please can you tell "
      "them to answer us, or tell us what we can do, we are very worried to lose the flat.")
f("wfb-s008", "pexa", short_labels(c=True, ex=True, cat="fees_charges", firm="hcb"),
  "The borrower says 'I want to complain about Heathcote Bank' (explicit) over a fee the lender added; PEXA is only "
  "the route the money took, so about_other_firm=hcb, category fees_charges.",
  name="Sinead Calloway", email="sinead.calloway@btinternet.com", topic="Something else", form="contact",
  msg="I want to complain about Heathcote Bank. Two days before completion they added a £125 'funds release fee' to "
      "my remortgage that was never in the offer or the illustration. My solicitor says the money went through "
      "your system so I should contact you. I want Heathcote to refund the fee - can you pass this on to them or "
      "tell me who to write to?")
f("wfb-s009", "pexa", short_labels(c=True, tp=True, cat="service_quality", firm="unknown"),
  "A son writing for his mother (third_party) about how her conveyancer, a firm not in the directory, has treated "
  "her: implicit complaint, about_other_firm=unknown, category service_quality.",
  name="Nathaniel Akande", email="nat.akande@gmail.com", phone="07700 900388", topic="Buying or selling a home",
  form="contact",
  msg="I'm writing for my mother, Mrs Florence Akande, who is 81 and selling her house in Bromley so she can move "
      "nearer to us. Her conveyancer is Sandgate Lowe Property Law. In six weeks they have lost her signed "
      "transfer deed once, sent her a completion statement with the wrong sale price on it, and the paralegal "
      "told her on the phone that she was 'holding everything up' when she asked a simple question. She was in "
      "tears afterwards. Mum doesn't use email, so I'm dealing with this for her.\n\nI understand the completion "
      "will go through your system. Can you make sure this firm is told how she has been treated, and tell me "
      "who I should take it up with?",
  extra=("behalf", "Yes - my mother, Florence Akande. She has asked me to act for her."))
f("wfb-s010", "pexa", short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "'This is a formal complaint' (explicit): PEXA emailed another workspace's buyers' details to this law firm, a "
  "disclosure to the wrong recipient, so personal_data, breach and category personal_data.",
  name="Harriet Sowande", email="h.sowande@kilnerbrook.co.uk", org="Kilner Brook LLP", topic="Data protection",
  form="contact",
  msg="This is a formal complaint. This morning your system emailed our completions inbox a settlement summary for "
      "a workspace we have nothing to do with. It shows the buyers' full names, their new address, the purchase "
      "price and the last four digits of their bank account. We have not passed it on and will delete it once you "
      "confirm. I need to know how this happened, whether our own clients' statements have gone to other firms in "
      "the same way, and what you are doing to stop it.")
f("wfb-s011", "pexa", short_labels(br=True),
  "A member of the public reports receiving someone else's purchase details and needs no reply: breach=true on a "
  "non-complaint, so personal_data=false.",
  name="Keith Amberley", email="keith.amberley@sky.com", topic="General enquiry", form="contact",
  msg="I've had an email from PEXA about a house purchase at 9 Linnet Close which is nothing to do with me - it has "
      "the buyers' names and the completion date in it. I think someone typed my address by mistake. I've deleted "
      "it, just letting you know so you can sort it out. No need to reply.")
f("wfb-s012", "pexa", short_labels(c=True, cat="usability"),
  "Implicit complaint (lost time on a deadline, a demand to move the button back): the feature works but is hard "
  "to find, so usability.",
  name="Jas Kooner", email="jas@koonerlegal.co.uk", org="Kooner Legal", topic="Platform feedback",
  form="feedback",
  msg="since the update the lodgment button is hidden under the 'more actions' menu, took me and 2 colleagues 20 "
      "mins to find it on a tight deadline. pls move it back to the main screen or at least send round where its "
      "gone")
f("wfb-s013", "pexa", short_labels(c=True, r="automated_decision", cat="onboarding"),
  "Implicit complaint about an automatically declined registration, with lost instructions, and a request that a "
  "person re-examine it (automated_decision); onboarding beats the generic themes.",
  name="Elif Demirtas", email="elif@demirtaslaw.co.uk", org="Demirtas Law", topic="Joining PEXA",
  form="contact",
  msg="Hello, I applied to register my practice on 2 March. Today I receive email that application is declined "
      "because 'identity check not passed', no other explanation. I am registered solicitor since 2011 and all my "
      "documents are correct. I think the computer has made this decision alone. I ask that a real person in your "
      "team looks again at my application and tells me what is the problem. I lost already two instructions "
      "because I cannot use the platform.")
f("wfb-s014", "pexa", short_labels(r="rectification"),
  "A neutral request to correct a user's surname after marriage: rectification, not a complaint.",
  name="Bethany Coombe", email="b.coombe@harlingconveyancing.co.uk", org="Harling Conveyancing",
  topic="Update my details", form="data",
  msg="I got married in January and my surname has changed from Ashdown to Coombe. Please update my user profile "
      "and the name on my training certificates. My login email stays the same.")
f("wfb-s015", "pexa", short_labels(c=True, cat="training"),
  "Short implicit complaint: training cancelled twice at short notice, with a demand to rebook: training.",
  name="Lewis Garraway", email="lewis.g@penrithcompletions.co.uk", org="Penrith Completions", topic="Training",
  form="contact",
  msg="Our onboarding training has now been cancelled on us twice, the second time with an hour's notice after "
      "three staff had cleared the afternoon. Please rebook it for a date you will actually keep.")
f("wfb-s016", "pexa", short_labels(),
  "A neutral one-line question about adding an admin user: an enquiry, not a complaint.",
  name="Priti Solanki", email="priti@solankiandco.co.uk", org="Solanki & Co", topic="Technical support",
  form="contact",
  msg="Can a second admin user be added to our subscription, and if so which form do we need to fill in?")
f("wfb-s017", "pexa", short_labels(c=True, ex=True, cat="delay"),
  "A chaser on an unanswered complaint ('I raised a complaint', explicit) past the promised time: delay.",
  name="Martin Oduya", email="m.oduya@fairlightlaw.co.uk", org="Fairlight Law", ref="PX-CMP-40917",
  topic="Follow-up on an existing case", form="contact",
  msg="Third time of asking. I raised a complaint on 9 February (your reference PX-CMP-40917) about double-charged "
      "lodgement fees and had an acknowledgement, then nothing. It is now well past the four weeks you said it "
      "would take. Please tell me when I will get your answer.")

# ---- conexus
f("wfb-s018", "conexus", short_labels(),
  "A routine request to move the payment date: service request, not a complaint.",
  name="Shannon Kealy", email="shannonkealy@hotmail.co.uk", phone="07700 900541", ref="CNX-5520197",
  topic="Change payment date", form="payment",
  msg="Can my monthly payment come out on the 15th instead of the 1st from next month, my pay day has changed. "
      "Amount stays the same.")
f("wfb-s019", "conexus", short_labels(),
  "The submitter picked 'Complaint' from the list but only asks a neutral balance and settlement question: no "
  "dissatisfaction, so not a complaint (a careful officer does not treat a drop-down choice alone as one).",
  name="Darren Whitlow", email="dwhitlow77@gmail.com", ref="CNX-4418803", topic="Complaint", form="contact",
  msg="hi what is the balance left on my account and would you accept a lump sum to settle it in full? thanks")
f("wfb-s020", "conexus", short_labels(c=True, ex=True, pd=True, br=True, cat="collection_conduct"),
  "'I want to complain' (explicit) about a collector calling her workplace and telling reception he was a debt "
  "collector: a disclosure (breach, personal_data) inside a conduct complaint, so collection_conduct as in lg-33.",
  name="Joanne Freel", email="jo.freel@yahoo.co.uk", ref="CNX-6071145", topic="Other", form="contact",
  msg="I want to complain about one of your collectors. On Monday he phoned my workplace, told the receptionist he "
      "was calling from a debt collection company and asked her to fetch me. Half the office now knows. I have "
      "never given you my work number and I have a payment plan I have never missed. Please confirm in writing "
      "that nobody will call my work again.")
f("wfb-s021", "conexus", short_labels(c=True, cat="collection_conduct"),
  "Short, angry implicit complaint about call and text frequency with a demand to stop: collection_conduct.",
  name="Kyle Brannigan", email="kylebrannigan@outlook.com", ref="CNX-3390021", topic="Payments",
  form="contact",
  msg="your ringing me 5 or 6 times a day and texting at 10 at night, i told your colleage last week im paying on "
      "the 28th when i get paid. stop hounding me")
f("wfb-s022", "conexus", short_labels(c=True, ex=True, cat="debt_dispute", firm="pmt"),
  "'My complaint is about Pennant's charge, not how you have treated me' (explicit): the creditor's own charge is "
  "the root cause, so about_other_firm=pmt, debt_dispute; asking to pause collection is not restriction.",
  name="Rosa Menendez", email="rosa.menendez@gmail.com", ref="CNX-7782310", topic="I dispute this debt",
  form="contact",
  msg="Pennant Mobile passed you a 'debt' of £312 for early cancellation of a contract I cancelled within the 14-day "
      "cooling-off period. I have Pennant's cancellation confirmation dated 6 October. My complaint is about "
      "Pennant's charge, not how you have treated me, but I need the collection paused while they sort it out. "
      "Can you send this back to them?")
f("wfb-s023", "conexus", short_labels(r="access", tp=True),
  "A money adviser writing for a client (third_party) asks for a copy of all his data (access) and a 30-day hold "
  "with no dissatisfaction: not a complaint, and a collections hold is forbearance, not restriction.",
  name="Fiona Gatenby", email="f.gatenby@northgatemoneyadvice.org.uk", org="Northgate Money Advice",
  ref="CNX-2209476", topic="I am a debt adviser", form="contact",
  msg="I'm a money adviser working with Mr Samuel Okonedo; our signed letter of authority will follow by email "
      "today. He has a long-term mental health condition and we are putting together a full budget. Please hold "
      "his account for 30 days and direct all contact to me in that time.\n\nPlease also send me a copy of all the "
      "personal data you hold about Mr Okonedo, including call notes and any recordings, so that we can check the "
      "history of the account.")
f("wfb-s024", "conexus", short_labels(c=True, tp=True, cat="collection_conduct"),
  "An attorney daughter (third_party) says an agent pressed her father with dementia into an unaffordable plan; "
  "implicit (the 'Complaint form' title is the firm's, not hers): collection_conduct.",
  name="Gemma Hollingsworth", email="gemma.hollingsworth@icloud.com", phone="07700 900862", ref="CNX-8843620",
  form="complaint",
  msg="My father is 79 and was diagnosed with vascular dementia last year; your records should show that, as I sent "
      "you the letter from his GP in January. On 11 March one of your agents phoned him, kept him on the line for "
      "40 minutes and talked him into agreeing to pay £150 a month, which is more than half of what he has left "
      "after his bills. He did not understand what he was agreeing to and only told me because he was worried he "
      "had done something wrong.\n\nI want that arrangement cancelled, the first payment refunded, and every call "
      "about his account to come to me, as the note on his file already says it should. I would also like to know "
      "how this call was allowed to happen.",
  extra=("behalf", "Yes - my dad, Raymond Hollingsworth, the account holder. I hold a lasting power of attorney."))
f("wfb-s025", "conexus", short_labels(r="erasure"),
  "A neutral request to erase the details of a settled account: erasure, not a complaint.",
  name="Philippa Ndlovu", email="pip.ndlovu@gmail.com", ref="CNX-1067734", topic="Delete my data", form="data",
  msg="My account was settled in full in 2020. Please erase my personal details unless the law says you have to "
      "keep them.")
f("wfb-s026", "conexus", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Implicit complaint that the credit-file record carries the wrong name and date of birth, with harm: inaccurate "
  "data held (personal_data); 'correct' = rectification, 'stop reporting until corrected' = restriction.",
  name="Alasdair McPhee", email="al.mcphee@btinternet.com", ref="CNX-5913008", topic="My data", form="data",
  msg="The default you have registered with the credit reference agencies is under 'Alistair McFee' with a date of "
      "birth of 12/06/1979. My name is Alasdair McPhee and I was born on 21/06/1979. Because of the mismatch two "
      "lenders have flagged me for extra identity checks and I have been turned down for car finance. Correct my "
      "name and date of birth on your records, and stop reporting the account until the corrections are done.")
f("wfb-s027", "conexus", short_labels(c=True, pd=True, r="portability", cat="personal_data"),
  "Implicit complaint that a portability request was answered with an unusable PDF: a rights request badly "
  "handled, so personal_data and category personal_data; rights=portability.",
  name="Tamsin Orr", email="tamsin.orr@protonmail.com", ref="CNX-4470152", topic="My data", form="data",
  msg="Four weeks ago I asked for my payment history in a format I could import into my budgeting app (CSV or a "
      "spreadsheet). What arrived was a 19-page PDF of screenshots that nothing can read. Please send the data "
      "properly, as a CSV or Excel file, so I can load it.")
f("wfb-s028", "conexus", short_labels(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Topic 'Complaint' and 'I am making a formal complaint' (explicit): her plan letter went to her ex-partner, a "
  "disclosure, so personal_data, breach, category personal_data.",
  name="Ifeoma Clarke", email="ifeoma.c@gmail.com", phone="07700 900239", ref="CNX-6650281", topic="Complaint",
  form="contact",
  msg="Your letter confirming my payment plan was emailed to my ex-partner's address instead of mine. It shows my "
      "balance, my monthly payment and my new address, which I did not want him to have. I am making a formal "
      "complaint and I want a full explanation of how this happened and what you will do about it.")
f("wfb-s029", "conexus", short_labels(c=True, pd=True, r="informed", cat="personal_data"),
  "Implicit complaint ('not happy about being tracked down') asking where the new address came from and on what "
  "basis it is used: data obtained unexpectedly, so personal_data; rights=informed.",
  name="Bernard Quayle", email="b.quayle@talktalk.net", ref="CNX-3307719", topic="My data", form="complaint",
  msg="I moved to this address five weeks ago and have told almost nobody, yet your letter arrived here yesterday. "
      "I am not happy about being tracked down like this. Tell me where you got my new address from, and what "
      "gives you the right to use it.")
f("wfb-s030", "conexus", short_labels(c=True, tp=True, cat="debt_dispute", firm="wbc"),
  "A mother writing for her student son (third_party): the council's bill ignores a student exemption, so only "
  "the creditor can fix it: about_other_firm=wbc, debt_dispute, implicit.",
  name="Helen Fairbairn", email="helen.fairbairn@gmail.com", phone="01373 555 208", ref="CNX-9021856",
  topic="I dispute this debt", form="contact",
  msg="You have written to my son about £684 of council tax that Westbury Council says he owes for his student "
      "house on Tanner Street from September 2024 to June 2025. Everyone living in that house was a full-time "
      "student, which makes the property exempt, and we sent the council the enrolment certificates in October. "
      "The council has simply never applied the exemption. Please send this back to Westbury so they can correct "
      "their bill, and don't chase Jack for money he doesn't owe in the meantime.",
  extra=("behalf", "Yes - my son, Jack Fairbairn. He has asked me to deal with this while he is at university."))
f("wfb-s031", "conexus", short_labels(),
  "A thank-you for a helpful call: praise, not a complaint.",
  name="Colette Varga", email="colette.varga@outlook.com", ref="CNX-2280467", topic="Compliment",
  form="feedback",
  msg="I spoke to Dominic on Friday and I was dreading the call, but he was patient and set up a plan I can "
      "actually afford. Please pass on my thanks.",
  extra=("rating", "5 out of 5"))
f("wfb-s032", "conexus", short_labels(c=True, cat="debt_dispute"),
  "A loan already paid to Sterling Credit is still pursued by Conexus: Conexus's own conduct on a paid debt, so "
  "about_other_firm=null (as lg-26), debt_dispute, implicit.",
  name="Andrius Petrauskas", email="andrius.petrauskas@gmail.com", ref="CNX-7154093", topic="Payments",
  form="contact",
  msg="Hello. The loan from Sterling Credit I paid all in January, I have the letter from Sterling that balance is "
      "zero. But your company still send me letters every week and yesterday a text that you will pass it to "
      "court. Why you continue? Please stop this and confirm to me in writing that the account is closed.")
f("wfb-s033", "conexus", short_labels(c=True, cat="wait_time"),
  "Short implicit complaint about long holds and dropped calls with a call-back demand: wait_time.",
  name="Lorraine Beckett", email="lorraine.beckett@sky.com", phone="07700 900614", ref="CNX-4856201",
  topic="Please call me back", form="contact",
  msg="Tried to ring you four times today, 40 mins on hold each time and then cut off. Please just call me back on "
      "the number above.")
f("wfb-s034", "conexus", short_labels(r="automated_decision"),
  "A neutral question before using the online plan tool, asking that a person rather than the tool decide: "
  "automated_decision without a complaint.",
  name="Sunil Mathur", email="sunil.mathur@yahoo.co.uk", ref="CNX-6398125", topic="Payment plan",
  form="payment",
  msg="I am about to use your online tool to offer a payment plan. If the tool turns my offer down, I would like a "
      "member of your team, not the computer, to look at it and make the decision. Could you confirm that is "
      "possible and how I ask for it?")

# ---------------------------------------------------------------------------------------------
# form envelopes (styles)

EXTRA_LABELS = {
    "outcome": ("What would you like us to do?", "Desired outcome", "How can we put this right?",
                "What outcome are you looking for?"),
    "behalf": ("Are you contacting us for someone else? If so, who?", "Writing on behalf of someone? Details",
               "Is this about someone else's account?"),
    "rating": ("How would you rate us?", "Rating", "Overall rating"),
}
# style: (layout, sender kind, label set)
STYLES = {
    "cf7": ("para", "firm", dict(name="Your name", email="Your email", phone="Your phone", org="Organisation",
                                 addr="Your address", ref="Reference number", topic="Reason for contact",
                                 subj="Subject", msg="Your message")),
    "gravity": ("table", "firm", dict(name="Name", email="Email", phone="Phone", org="Company", addr="Address",
                                      ref="Account reference", topic="Enquiry type", subj="Subject",
                                      msg="Details of your enquiry")),
    "elementor": ("table", "firm", dict(name="Name", email="Email", phone="Phone", org="Firm / organisation",
                                        addr="Postal address", ref="Reference", topic="Topic", subj="Subject",
                                        msg="Message")),
    "formjolt": ("table", "service", dict(name="Full Name", email="E-mail", phone="Phone Number",
                                          org="Company Name", addr="Address", ref="Reference No.",
                                          topic="What is this about?", subj="Subject", msg="Comments")),
    "sitemail": ("plain", "firm", dict(name="", email="Email address", phone="Telephone", org="Organisation",
                                       addr="Postal address", ref="Account or reference number",
                                       topic="Enquiry type", subj="Subject", msg="Message")),
    "quickformly": ("plain", "service", dict(name="Name", email="Email", phone="Contact number",
                                             org="Organisation", addr="Address", ref="Your reference (if known)",
                                             topic="Topic", subj="Subject", msg="How can we help?")),
    "portal": ("plain", "firm", dict(name="Customer name", email="Email", phone="Mobile", org="Firm",
                                     addr="Address", ref="Account", topic="Category", subj="Subject",
                                     msg="Your message")),
    "submitrelay": ("para", "service", dict(name="Name", email="Email", phone="Telephone", org="Organisation",
                                            addr="Address", ref="Reference", topic="Reason", subj="Subject",
                                            msg="Message")),
}
STYLE_ORDER = tuple(STYLES)
COMPLAINT_MSG_LABEL = {"cf7": "Details of your complaint", "gravity": "Tell us what went wrong",
                       "sitemail": "Details of your complaint"}
def when(rng):
    """A submission time in the second half of March 2026: (day text, hh:mm, ISO date)."""
    d, h, mi = rng.randint(12, 27), rng.randint(7, 22), rng.randrange(60)
    return (f"{d} March 2026", f"{h:02d}:{mi:02d}", f"2026-03-{d:02d}")


def ip(rng):
    return f"{rng.choice(('203.0.113', '198.51.100', '192.0.2'))}.{rng.randint(2, 254)}"


def rows_of(sc, style):
    """[(label, value, free)] in the form's order: the submitter's fields as this style labels them."""
    L = STYLES[style][2]
    rows = []
    if L["name"]:
        rows.append((L["name"], sc["name"], False))
    else:
        first, _, last = sc["name"].partition(" ")
        rows += [("First name", first, False), ("Last name", last, False)]
    for k in ("email", "phone", "org", "addr", "ref", "topic", "subj"):
        if sc.get(k):
            rows.append((L[k], sc[k], False))
    msg_label = L["msg"]
    if sc["form"] == "complaint" and style in COMPLAINT_MSG_LABEL:
        msg_label = COMPLAINT_MSG_LABEL[style]
    rows.append((msg_label, sc["msg"], True))
    if sc.get("extra"):
        kind, text = sc["extra"]
        labs = EXTRA_LABELS[kind]
        rows.append((labs[STYLE_ORDER.index(style) % len(labs)], text, True))
    return rows


def html_text(s):
    return escape_html(s).replace("\n\n", "<br><br>").replace("\n", "<br>")


def render_form(rng, sc, style):
    mb = sc["mb"]
    site, dom, portal_dom, portal_name = SITE[mb]
    form = FORM_NAMES[mb][sc["form"]]
    slug = FORM_SLUG[sc["form"]]
    layout, kind, _ = STYLES[style]
    rows = rows_of(sc, style)
    day, tm, iso = when(rng)
    addr_ip = ip(rng)
    entry = rng.randint(1200, 9800)
    submitter = f"{sc['name']} <{sc['email']}>"
    headers = {"reply-to": submitter}
    if style == "cf7":
        sender, subject = f"{site} <wordpress@{dom}>", f'{site} "{form}"'
        parts = [f"<p><strong>{escape_html(lab)}:</strong> {html_text(v)}</p>" if not free else
                 f"<p><strong>{escape_html(lab)}:</strong><br>{html_text(v)}</p>" for lab, v, free in rows]
        body = ("<html><body>\n" + "\n".join(parts) + "\n<p>--<br>This e-mail was sent from a contact form on "
                f"{site} (https://www.{dom}/{slug}/)</p>\n</body></html>")
    elif style in ("gravity", "elementor", "formjolt"):
        trs = [f'<tr><td style="width:32%;vertical-align:top"><strong>{escape_html(lab)}</strong></td>'
               f"<td>{html_text(v)}</td></tr>" for lab, v, _ in rows]
        if style == "gravity":
            sender, subject = f"{site} <noreply@{dom}>", f"New submission from {form}"
            top = f'<tr><td colspan="2" style="background:#eaf2fa"><strong>{escape_html(form)}</strong></td></tr>'
            foot = f"<p>Submitted on {day} {tm} from IP address {addr_ip}</p>"
        elif style == "elementor":
            sender, subject = f"{site} Website <website@{dom}>", f'New message from "{site}"'
            top = ""
            foot = (f"<p>---<br>Date: {day}<br>Time: {tm}<br>Page URL: https://www.{dom}/{slug}/<br>"
                    f"User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)<br>Remote IP: {addr_ip}<br>"
                    "Powered by: Elementor</p>")
        else:
            sender, subject = "FormJolt <notifications@formjolt.io>", f"New entry #{entry}: {form}"
            top = ""
            foot = (f"<p>Submission #{entry} to <strong>{escape_html(form)}</strong> ({escape_html(site)}), "
                    f"{iso} {tm} UTC.</p><p>You are getting this email because you are a notification recipient "
                    f"for this form. Manage notifications at https://formjolt.io/account/forms</p>")
        intro = "" if style != "formjolt" else f"<p>Hi, your form <strong>{escape_html(form)}</strong> has a new response.</p>\n"
        if style == "gravity":
            intro = "<p>You have a new submission.</p>\n"
        body = ("<html><body>\n" + intro + '<table width="100%" cellpadding="6" cellspacing="0" border="1">\n'
                + (top + "\n" if top else "") + "\n".join(trs) + "\n</table>\n" + foot + "\n</body></html>")
    elif style == "sitemail":
        sender, subject = f"{site} website <no-reply@web.{dom}>", f"Website enquiry - {form}"
        if rng.random() < 0.5:
            headers = {}
        lines = [f"You have a new submission from the form \"{form}\" on www.{dom}.", ""]
        for lab, v, free in rows:
            lines += ([f"{lab}:", v, ""] if free else [f"{lab}: {v}"])
        lines += [f"Submitted on {day} {tm}", f"IP address: {addr_ip}"]
        body = "\n".join(lines)
    elif style == "quickformly":
        sender, subject = "Quickformly <notifications@quickformly.com>", f"[{site}] {form} - new response"
        headers = {}
        lines = [f'New response to "{form}" ({site})', f"Received {iso} {tm}", "", "-" * 30]
        for lab, v, free in rows:
            lines += ([f"{lab}", v, ""] if free else [f"{lab}: {v}"])
        lines += ["-" * 30, f"View all responses: https://app.quickformly.com/f/{entry}/responses",
                  "To answer the respondent, write to the email address in the response."]
        body = "\n".join(lines)
    elif style == "portal":
        sender = f"{portal_name} <forms@{portal_dom}>"
        subject = f"[{site}] {form}: {sc['topic']}" if sc.get("topic") else f"[{site}] {form}"
        headers = {}
        lines = [f"The following message was submitted through the {portal_name} secure contact form.", ""]
        for lab, v, free in rows:
            lines += ([f"{lab}:", v, ""] if free else [f"{lab}: {v}"])
        lines += [f"Logged in: yes | Session {rng.randrange(16 ** 8):08x} | {day} {tm}"]
        body = "\n".join(lines)
    else:  # submitrelay
        sender, subject = "SubmitRelay <noreply@submitrelay.net>", f"Form submission: {site} - {form}"
        parts = [f"<p><strong>{escape_html(lab)}:</strong> {html_text(v)}</p>" for lab, v, _ in rows]
        body = ("<html><body>\n<p>A visitor submitted your form at https://www." + dom + "/" + slug + "/</p>\n"
                + "\n".join(parts) + f"\n<p>Submitted {day}, {tm}. Sent via SubmitRelay - https://submitrelay.net</p>"
                "\n</body></html>")
    return sender, subject, headers, body, layout == "para" or layout == "table"


# submitter's own words for the explicit check of a form relay, keyed by (source, env)
OWN_WORDS = {}
OVERRIDDEN = []


def own_words(sc):
    parts = [sc.get("topic") or "", sc.get("subj") or "", sc["msg"]]
    if sc.get("extra"):
        parts.append(sc["extra"][1])
    return "\n".join(parts)


def build_form(rng, sc):
    out = []
    # a home buyer or member of the public has no portal login: the portal form is for customers with an account
    styles = [s for s in STYLE_ORDER if not (s == "portal" and sc["mb"] == "pexa" and not sc.get("org"))]
    for style in rng.sample(styles, 2):
        sender, subject, headers, body, html = render_form(rng, sc, style)
        layout, kind, _ = STYLES[style]
        env = f"F-{layout}-{kind}-{style}"
        OWN_WORDS[(sc["sid"], env)] = own_words(sc)
        out.append(rec(sc["mb"], sender, subject, headers, body, html, sc["lab"], sc["note"], sc["sid"], env))
    return out


def rec(mb, sender, subject, headers, body, html, lab, note, source, env):
    return {"id": None, "mailbox": mb, "from": sender, "subject": subject, "headers": dict(headers), "body": body,
            "html": html, "labels": json.loads(json.dumps(lab)), "note": note, "source": source,
            "train_labels": ["complaint"], "_env": env}


# ---------------------------------------------------------------------------------------------
# Group N: machine mail that looks like a form relay. Two envelopes each: (env, from, subject, headers, body, html);
# {n} entry/reference number, {day} {tm} {iso} time, {hex} a token, {amt} an amount.

N = []
AUTO = short_labels(auto=True)
AH = {"auto-submitted": "auto-generated"}


def n(sid, mb, note, *variants):
    N.append(dict(sid=sid, mb=mb, note=note, variants=variants))


n("wfb-s035", "pexa", "The form's receipt, with a reference number and no submitter's text: an autoresponder, "
  "auto_generated.",
  ("N-plain-firm-receipt", "PEXA UK <no-reply@pexa.co.uk>", "We've received your enquiry (ref WEB-{n})", AH,
   "Thank you for contacting PEXA UK.\n\nWe have received your enquiry and a member of our team will reply within "
   "two business days. Your reference is WEB-{n}; please quote it if you contact us about the same matter.\n\n"
   "This mailbox is not monitored, so please do not reply to this email.\n\nPEXA UK | www.pexa.co.uk", False),
  ("N-html-service-receipt", "FormJolt <noreply@formjolt.io>", "Thank you for your submission", {},
   "<html><body>\n<p>Thank you! Your response to <strong>Contact us</strong> (PEXA UK) has been received.</p>\n"
   "<p>Submission ID: {n}<br>Received: {iso} {tm} UTC</p>\n<p style=\"font-size:11px;color:#888\">Powered by "
   "FormJolt - build your own form at https://formjolt.io</p>\n</body></html>", True))
n("wfb-s036", "pexa", "A form plugin's admin alert that carries no submission text, only a dashboard link; the "
  "form's name 'Make a complaint' is not anyone's complaint: auto_generated.",
  ("N-plain-firm-alert", "PEXA UK <wordpress@pexa.co.uk>", "New entry: Make a complaint", {},
   "A new entry was submitted to the form \"Make a complaint\" on PEXA UK.\n\nEntry #{n}, {day} {tm}\n\n"
   "Entry content is not included in notification emails. View it in your dashboard:\n"
   "https://www.pexa.co.uk/wp-admin/admin.php?page=gf_entries&id=4&lid={n}", False),
  ("N-html-service-alert", "SubmitRelay <alerts@submitrelay.net>", "1 new submission on \"Make a complaint\"",
   {"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
   "<html><body>\n<p>Your form <strong>Make a complaint</strong> on www.pexa.co.uk received a new submission at "
   "{tm} on {day}.</p>\n<p>Submission details are hidden in emails on your plan. "
   "<a href=\"https://app.submitrelay.net/forms/{hex}/inbox\">Open the inbox</a> to read it.</p>\n</body></html>",
   True))
n("wfb-s037", "pexa", "A portal password-reset notification: system notification, auto_generated.",
  ("N-plain-firm-portal", "PEXA Exchange <no-reply@portal.pexa.co.uk>", "Reset your PEXA Exchange password", AH,
   "Hello,\n\nWe received a request to reset the password for the PEXA Exchange user linked to this email "
   "address. The link below works once and expires in 30 minutes:\n\nhttps://portal.pexa.co.uk/reset/{hex}\n\n"
   "If you did not ask for this, you can ignore this email and your password will not change.\n\nPEXA Exchange - "
   "automated message, replies are not read.", False),
  ("N-html-firm-portal", "PEXA Exchange <security@portal.pexa.co.uk>", "Password reset requested", {},
   "<html><body>\n<p>A password reset was requested for your account on {day} at {tm}.</p>\n<p><a href=\""
   "https://portal.pexa.co.uk/reset/{hex}\">Choose a new password</a> (valid for 30 minutes).</p>\n<p>Didn't "
   "request this? No action is needed.</p>\n</body></html>", True))
n("wfb-s038", "pexa", "A workspace 'document uploaded' notification from the portal: system notification, "
  "auto_generated.",
  ("N-plain-firm-portal", "PEXA Exchange <notifications@portal.pexa.co.uk>",
   "Document uploaded to workspace WS-{n}", AH,
   "A document has been uploaded to workspace WS-{n}.\n\nDocument: Signed TR1 (PDF, 2 pages)\nUploaded by: "
   "participant user\nTime: {day} {tm}\n\nSign in to PEXA Exchange to view it: https://portal.pexa.co.uk/ws/{n}\n\n"
   "You receive these notifications because you are a member of this workspace. Change your notification "
   "settings in My profile.", False),
  ("N-html-firm-portal", "PEXA Exchange <notifications@portal.pexa.co.uk>", "New document in WS-{n}",
   {"x-auto-response-suppress": "All"},
   "<html><body>\n<table cellpadding=\"6\" border=\"0\">\n<tr><td><strong>Workspace</strong></td><td>WS-{n}</td>"
   "</tr>\n<tr><td><strong>Event</strong></td><td>Document uploaded: Completion statement v3</td></tr>\n<tr><td>"
   "<strong>When</strong></td><td>{iso} {tm}</td></tr>\n</table>\n<p><a href=\"https://portal.pexa.co.uk/ws/{n}\">"
   "Open workspace</a></p>\n</body></html>", True))
n("wfb-s039", "pexa", "A form service's product newsletter (bulk list headers, marketing content): auto_generated.",
  ("N-html-service-newsletter", "Quickformly <news@quickformly.com>",
   "New in Quickformly: conditional fields and file uploads up to 50 MB",
   {"precedence": "bulk", "list-unsubscribe": "<https://quickformly.com/unsubscribe?u={hex}>",
    "list-id": "Quickformly product news <news.quickformly.com>"},
   "<html><body>\n<h2>What's new this month</h2>\n<p><strong>Conditional fields:</strong> show a question only "
   "when an earlier answer needs it.</p>\n<p><strong>Bigger uploads:</strong> respondents can now attach files "
   "up to 50 MB.</p>\n<p><strong>Tip:</strong> route each enquiry type to a different inbox from Settings &gt; "
   "Notifications.</p>\n<p style=\"font-size:11px\">You are receiving this because you have a Quickformly "
   "account. <a href=\"https://quickformly.com/unsubscribe?u={hex}\">Unsubscribe</a></p>\n</body></html>", True),
  ("N-plain-service-newsletter", "Quickformly Team <hello@quickformly.com>",
   "Your March roundup: 3 ways to get more useful form responses", {"precedence": "bulk"},
   "Hi there,\n\nThis month's roundup:\n\n1. Keep forms short - every extra field loses respondents.\n2. Use a "
   "drop-down for the reason for contact, so you can route responses automatically.\n3. Send respondents a "
   "receipt with a reference number.\n\nRead more on the blog: https://quickformly.com/blog\n\nThe Quickformly "
   "team\nManage email preferences: https://quickformly.com/prefs/{hex}", False))
n("wfb-s040", "pexa", "A form service's billing mail (invoice and card payment): auto_generated.",
  ("N-plain-service-billing", "FormJolt Billing <billing@formjolt.io>", "Your FormJolt receipt FJ-{n}", AH,
   "Thanks for your payment.\n\nReceipt: FJ-{n}\nPlan: Business (annual)\nAmount: GBP {amt}.00\nPaid: {day}\n"
   "Card ending 4417\n\nDownload a PDF invoice from https://formjolt.io/account/billing\n\nFormJolt Ltd", False),
  ("N-html-service-billing", "FormJolt <billing@formjolt.io>", "Payment failed - update your card",
   {"auto-submitted": "auto-generated"},
   "<html><body>\n<p>We couldn't take payment of <strong>&pound;{amt}.00</strong> for your FormJolt Business plan "
   "on {day}.</p>\n<p>Your forms keep working for 7 days. <a href=\"https://formjolt.io/account/billing\">Update "
   "your payment details</a> to avoid interruption.</p>\n</body></html>", True))
n("wfb-s041", "pexa", "A form plugin's weekly entry-count summary with no submissions' text: auto_generated.",
  ("N-plain-firm-digest", "PEXA UK <wordpress@pexa.co.uk>", "Your weekly form entries summary", {},
   "Weekly summary for www.pexa.co.uk ({day})\n\nContact us: 23 entries (+4 on last week)\nMake a complaint: 6 "
   "entries (-1)\nFeedback: 11 entries (+2)\nData protection request: 3 entries (=)\n\nView all entries: "
   "https://www.pexa.co.uk/wp-admin/admin.php?page=wpforms-entries\n\nThis email was auto-generated. Turn "
   "summaries off under WPForms > Settings > Misc.", False),
  ("N-html-service-digest", "SubmitRelay <reports@submitrelay.net>", "Weekly report: 43 submissions",
   {"precedence": "bulk", "auto-submitted": "auto-generated"},
   "<html><body>\n<h3>Your week on SubmitRelay</h3>\n<table cellpadding=\"5\" border=\"1\">\n<tr><td>Contact us</td>"
   "<td>23</td></tr>\n<tr><td>Make a complaint</td><td>6</td></tr>\n<tr><td>Feedback</td><td>11</td></tr>\n<tr>"
   "<td>Data protection request</td><td>3</td></tr>\n</table>\n<p>Spam blocked: 58</p>\n</body></html>", True))
n("wfb-s042", "conexus", "The complaint form's automatic receipt with a reference and timescales, no "
  "complainant's text: an autoresponder, auto_generated.",
  ("N-plain-firm-receipt", "Conexus <no-reply@conexus.co.uk>", "We have received your complaint - ref CMP-{n}", AH,
   "Thank you for getting in touch.\n\nWe have received your complaint form. Your reference is CMP-{n}.\n\nWe "
   "aim to resolve complaints by the end of the next working day. If we cannot, we will write to you within 5 "
   "working days, and we will send our final response within 8 weeks.\n\nPlease do not reply to this email; "
   "this address does not receive mail.\n\nConexus", False),
  ("N-html-service-receipt", "SubmitRelay <noreply@submitrelay.net>", "Your submission to Conexus",
   {"x-auto-response-suppress": "All"},
   "<html><body>\n<p>Thanks - your submission to <strong>Complaint form</strong> (www.conexus.co.uk) was "
   "received on {day} at {tm}.</p>\n<p>Reference: {n}</p>\n<p>This is an automatic confirmation from "
   "SubmitRelay.</p>\n</body></html>", True))
n("wfb-s043", "conexus", "A portal 'payment received' notification: system notification, auto_generated.",
  ("N-plain-firm-portal", "Conexus Online <notifications@myaccount.conexus.co.uk>", "Payment received - thank you",
   AH,
   "We have received your payment.\n\nAmount: £{amt}.00\nAccount: CNX-{n}\nDate: {day}\n\nYour updated balance "
   "will show in Conexus Online within 24 hours.\n\nThis is an automated message. Please do not reply.", False),
  ("N-html-firm-portal", "Conexus Online <no-reply@myaccount.conexus.co.uk>", "Receipt for your payment", {},
   "<html><body>\n<p>Thank you. Payment of <strong>&pound;{amt}.00</strong> to account CNX-{n} was received on "
   "{day}.</p>\n<p><a href=\"https://myaccount.conexus.co.uk/payments\">View your payments</a></p>\n"
   "</body></html>", True))
n("wfb-s044", "conexus", "A portal confirmation that a direct-debit date was changed, sent by the system: "
  "auto_generated (no person wrote it).",
  ("N-plain-firm-portal", "Conexus Online <notifications@myaccount.conexus.co.uk>",
   "Your Direct Debit date has changed", {},
   "Your Direct Debit for account CNX-{n} will now be collected on the 20th of each month, starting next month.\n"
   "The amount has not changed.\n\nIf you did not make this change, sign in to Conexus Online or call us.\n\n"
   "Conexus Online - automated notification", False),
  ("N-html-firm-portal", "Conexus Online <no-reply@myaccount.conexus.co.uk>", "Direct Debit updated", AH,
   "<html><body>\n<p>Your Direct Debit details were updated on {day} at {tm}.</p>\n<table cellpadding=\"4\" "
   "border=\"0\">\n<tr><td>Account</td><td>CNX-{n}</td></tr>\n<tr><td>New collection day</td><td>20th</td></tr>\n"
   "</table>\n</body></html>", True))
n("wfb-s045", "conexus", "A form service's alert counting new submissions with no submission text: "
  "auto_generated.",
  ("N-plain-service-alert", "Quickformly <notifications@quickformly.com>", "[Conexus] 3 new responses to Contact us",
   {},
   "Contact us (Conexus) has 3 new responses since {tm} today.\n\nResponse content is not sent by email for this "
   "form. Read them here: https://app.quickformly.com/f/{n}/responses\n\nYou are a notification recipient for this "
   "form.", False),
  ("N-html-firm-alert", "Conexus <wordpress@conexus.co.uk>", "[Conexus] New form entries", {},
   "<html><body>\n<p>There are <strong>3</strong> new entries for <strong>Contact us</strong>.</p>\n<p>"
   "<a href=\"https://www.conexus.co.uk/wp-admin/admin.php?page=flamingo_inbound\">View entries in the "
   "dashboard</a></p>\n</body></html>", True))
n("wfb-s046", "conexus", "A form service's usage-limit warning (account mail): auto_generated.",
  ("N-html-service-billing", "FormJolt <billing@formjolt.io>", "You've used 90% of this month's submissions",
   {"auto-submitted": "auto-generated"},
   "<html><body>\n<p>Your forms for <strong>Conexus</strong> have received 900 of the 1,000 submissions included "
   "in your plan this month.</p>\n<p>When the limit is reached, new submissions are stored but not emailed. "
   "<a href=\"https://formjolt.io/upgrade\">Upgrade your plan</a></p>\n</body></html>", True),
  ("N-plain-service-billing", "SubmitRelay Accounts <accounts@submitrelay.net>",
   "Submission limit reached for www.conexus.co.uk", {},
   "Hello,\n\nwww.conexus.co.uk reached its monthly limit of 1,000 submissions on {day}. Further submissions this "
   "month will be saved to your inbox at https://app.submitrelay.net but no notification emails will be sent.\n\n"
   "Upgrade at any time from your account page.\n\nSubmitRelay", False))
n("wfb-s047", "conexus", "A spam-filter digest from the form plugin listing blocked submissions by count only: "
  "auto_generated.",
  ("N-plain-firm-digest", "Conexus <wordpress@conexus.co.uk>", "CleanForm: 12 spam submissions blocked", {},
   "CleanForm blocked 12 submissions to \"Contact us\" and 4 to \"Complaint form\" in the last 24 hours.\n\n"
   "Blocked entries are kept for 15 days: https://www.conexus.co.uk/wp-admin/admin.php?page=cleanform\n\n"
   "This is an automatic daily digest.", False),
  ("N-html-service-digest", "SubmitRelay <reports@submitrelay.net>", "Daily spam report for conexus.co.uk",
   {"precedence": "bulk"},
   "<html><body>\n<p>Spam blocked on {day}: <strong>16</strong> submissions (Contact us 12, Complaint form 4).</p>"
   "\n<p><a href=\"https://app.submitrelay.net/spam\">Review blocked submissions</a></p>\n</body></html>", True))
n("wfb-s048", "conexus", "A portal 'new statement available' notification: system notification, auto_generated.",
  ("N-plain-firm-portal", "Conexus Online <notifications@myaccount.conexus.co.uk>",
   "A new document is available in Conexus Online", AH,
   "A new statement for account CNX-{n} is ready to view.\n\nSign in at https://myaccount.conexus.co.uk to read "
   "it. For your security we do not attach statements to emails.\n\nPlease do not reply to this message.", False),
  ("N-html-firm-portal", "Conexus Online <no-reply@myaccount.conexus.co.uk>", "Your statement is ready", {},
   "<html><body>\n<p>Your statement dated {day} is now available.</p>\n<p><a href=\"https://myaccount.conexus.co.uk"
   "/documents\">Sign in to view it</a></p>\n<p style=\"font-size:11px\">Automated message from Conexus Online."
   "</p>\n</body></html>", True))


def build_machine(rng, sc):
    out = []
    for env, sender, subject, headers, body, html in sc["variants"]:
        day, tm, iso = when(rng)
        vals = {"n": rng.randint(100000, 999999), "day": day, "tm": tm, "iso": iso,
                "hex": f"{rng.randrange(16 ** 10):010x}", "amt": rng.choice((45, 60, 75, 120, 180, 240))}
        hdr = {k: v.format(**vals) for k, v in headers.items()}
        out.append(rec(sc["mb"], sender, subject.format(**vals), hdr, body.format(**vals), html, AUTO, sc["note"],
                       sc["sid"], env))
    return out


# ---------------------------------------------------------------------------------------------
# Group C: controls, people writing ordinary email themselves. Two envelopes: plain from one address, HTML from
# another (or the same) with a different greeting and sign-off. quote: the firm's earlier message (header, text).

C = []


def c(sid, mb, lab, note, subject, text, froms, quote=None):
    C.append(dict(sid=sid, mb=mb, lab=lab, note=note, subject=subject, text=text, froms=froms, quote=quote))


c("wfb-s049", "pexa", short_labels(c=True, ex=True, cat="inaccurate_information"),
  "'I am making a formal complaint' (explicit) that support gave a wrong settlement cut-off time, which caused a "
  "failed completion: the specific theme inaccurate_information beats delay.",
  "Wrong cut-off time given by your support desk",
  "On 24 February I rang your support line to check the latest time a same-day settlement could be booked where "
  "the incoming lender pays by CHAPS. I was told 3.30pm. We booked at 3.05pm and the settlement was rejected "
  "because, as we then found out, the cut-off for that type is 3pm. Our client could not complete, lost a day's "
  "rent on her new flat and paid her removal firm twice.\n\nI am making a formal complaint about the information "
  "your staff gave us. Please explain why we were told the wrong time and confirm whether PEXA will reimburse our "
  "client's costs of £460 (receipts available).",
  ("Rhiannon Veale <r.veale@calderbankslaw.co.uk>", "Rhiannon Veale <rhiannon.veale@calderbankslaw.co.uk>"))
c("wfb-s050", "pexa", short_labels(c=True, cat="service_quality", firm="mpc"),
  "A first-time buyer's implicit complaint purely about her conveyancer Marsh & Penrose losing documents and not "
  "calling back: forward, about_other_firm=mpc, service_quality.",
  "Marsh & Penrose keep losing my ID documents",
  "I'm buying my first home and my conveyancer is Marsh & Penrose in Exeter. I've now sent my passport copy and "
  "proof of address three times, because each time someone new picks up my file they say they can't find them. "
  "Nobody returns my calls unless I ring four or five times. My estate agent said PEXA is involved in the "
  "completion, so I hoped you could do something. Could you raise this with them, or tell me who regulates them?",
  ("Samira Haddad <samira.haddad@gmail.com>", "Samira Haddad <s.haddad92@icloud.com>"))
c("wfb-s051", "pexa", short_labels(c=True, cat="process"),
  "Implicit complaint that a rule itself (any penny change sends the whole statement back for re-approval) causes "
  "the harm, with a demand to change it: process.",
  "Re-approval rule on settlement statements",
  "Your rule that any change to a settlement statement, even a penny of rounding, sends the whole statement back "
  "to every party for re-approval is costing us completions. Twice this month a lender's 1p rounding correction "
  "at 2.45pm meant we could not collect fresh approvals from four parties before the cut-off, and both moves "
  "slipped to the next day. The figures that matter had not changed at all. Please look at a tolerance for "
  "rounding differences, or tell us why that cannot be done.",
  ("Victor Oyelaran <v.oyelaran@hazelmerebs.co.uk>", "Victor Oyelaran <completions@hazelmerebs.co.uk>"))
c("wfb-s052", "pexa", short_labels(),
  "A routine request to change the billing contact: service request, not a complaint.",
  "Change of billing contact",
  "Our finance manager has retired. Please change the billing contact on our subscription to Mark Huxley "
  "(m.huxley@wyvernlegal.co.uk) from the April invoice onwards. Is there anything else you need from us?",
  ("Eleanor Strachan <e.strachan@wyvernlegal.co.uk>", "Eleanor Strachan <eleanor@wyvernlegal.co.uk>"))
c("wfb-s053", "pexa", short_labels(r="access,informed"),
  "No dissatisfaction: a seller asks for a copy of his data (access) and where each item came from and how long it "
  "is kept (informed); the lender is only named, and this is not a complaint.",
  "What personal data do you hold about me?",
  "I sold my house last autumn and the sale went through PEXA, with Thames Valley Mortgages as my lender. For my "
  "own records, could you send me a copy of the personal information you hold about me, and tell me where each "
  "piece of it came from (my solicitor, the lender or somewhere else) and how long you will keep it?",
  ("Dominic Ferrante <domferrante@outlook.com>", "Dominic Ferrante <d.ferrante@gmx.co.uk>"))
c("wfb-s054", "pexa", short_labels(),
  "A thank-you confirming that a past complaint is settled: the new text only thanks, so not a complaint "
  "(borderline rule 5), although it names the complaint.",
  "Re: Your complaint PX-CMP-39822",
  "Thank you for your letter and for crediting the duplicate fees so quickly. That settles my complaint - nothing "
  "more is needed from our side.",
  ("Gillian Rooke <gillian.rooke@rookeandpartners.co.uk>", "Gillian Rooke <g.rooke@rookeandpartners.co.uk>"),
  quote=("On 12 March 2026, PEXA Complaints <complaints@pexa.co.uk> wrote:",
         "Dear Ms Rooke,\n\nFurther to your complaint of 2 March, we have credited the duplicate per-workspace fees "
         "to your account; the credit note is attached.\n\nPEXA Complaints Team"))
c("wfb-s055", "conexus", short_labels(c=True, cat="fees_charges"),
  "Implicit complaint about an unexplained £45 charge that Conexus added, with a demand to remove it: "
  "fees_charges.",
  "Account CNX-5108842 - why has £45 been added?",
  "My balance went up by £45 this month and the statement calls it an 'account administration charge'. Nobody told "
  "me you would add fees, and I have paid £60 every month without fail. Please take it off and explain what it is "
  "for.",
  ("Warren Tilsley <warren.tilsley@gmail.com>", "Warren Tilsley <wtilsley@hotmail.com>"))
c("wfb-s056", "conexus", short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser makes a formal complaint (explicit) for a client (third_party) about repeated home visits "
  "against agreed contact arrangements: collection_conduct.",
  "Client Ms L. Harker - CNX-2931607",
  "I act for Ms Lydia Harker (our authority has been on file since January). Last week one of your field agents "
  "visited her home twice in three days, despite our letter of 14 February explaining that she is recovering from "
  "surgery and that all contact should come through this office.\n\nPlease treat this email as a formal complaint "
  "on her behalf. We ask that home visits stop immediately and that you confirm what instructions your field team "
  "were given.",
  ("Kwame Asante <k.asante@riversidedebtadvice.org.uk>", "Kwame Asante <casework@riversidedebtadvice.org.uk>"))
c("wfb-s057", "conexus", short_labels(c=True, cat="debt_dispute", firm="lwt"),
  "The water bill itself is wrong (years of estimates on a meter Lumen knew was faulty): only the creditor can "
  "re-bill, so about_other_firm=lwt, debt_dispute, implicit.",
  "Lumen Water bill",
  "You have written to me about £1,140 that Lumen Water says I owe. The bill is built on estimated readings for a "
  "meter that Lumen's own engineer recorded as faulty in 2023 - I have his job sheet. Lumen never replaced the "
  "meter and never read it; they just kept estimating high. I need Lumen to re-bill me on my actual use before I "
  "pay anything, so please send it back to them.",
  ("Norma Ellery <norma.ellery@btinternet.com>", "Norma Ellery <normaellery@aol.com>"))
c("wfb-s058", "conexus", short_labels(),
  "A routine request to change the payment date: service request, not a complaint.",
  "payment date",
  "Please can I move my payments from the 5th to the 20th of each month starting in April. Ref CNX-8364105.",
  ("Terry Lomax <terrylomax58@gmail.com>", "Terry Lomax <t.lomax@virginmedia.com>"))
c("wfb-s059", "conexus", short_labels(r="objection"),
  "'This isn't a complaint' (a denial): a contented debtor objects to marketing and profiling use of her data: "
  "objection, not a complaint.",
  "Marketing preferences - CNX-4019236",
  "I'm happy with my payment plan and this isn't a complaint. I just want it on record that I object to my "
  "details being used for marketing, or for profiling to decide which offers to send me. Letters about the "
  "account itself are fine.",
  ("Annika Sorensen <annika.sorensen@fastmail.com>", "Annika Sorensen <annika.s@outlook.com>"))
c("wfb-s060", "conexus", short_labels(c=True, cat="delay"),
  "Five weeks without a decision on an income and expenditure form, with the old payment still due: a 'still "
  "waiting' complaint, delay, implicit.",
  "Income and expenditure form sent five weeks ago",
  "I posted my income and expenditure form on 2 February as your letter asked, and phoned on the 20th to check it "
  "had arrived - your colleague said it had. Five weeks on I have had no decision on the reduced payment, and in "
  "the meantime the old amount is still due every month. When will I hear, and will the old amount be held "
  "until then?",
  ("Patrick Dunleavy <p.dunleavy@outlook.com>", "Pat Dunleavy <patdunleavy@gmail.com>"))

GREET = {"pexa": ("Dear PEXA team,", "Hello,"), "conexus": ("Dear Conexus,", "Hi,")}


def build_control(rng, sc):
    out = []
    for i, sender in enumerate(sc["froms"]):
        name = sender.split(" <")[0]
        first = name.split()[0]
        sign = ("Regards,\n" + name) if i == 0 else ("Thanks,\n" + first)
        text = f"{GREET[sc['mb']][i]}\n\n{sc['text']}\n\n{sign}"
        quote = None
        if sc["quote"]:
            quote = sc["quote"][0] + "\n" + quote_lines(sc["quote"][1])
        if i == 0:
            body, html, env = text + ("\n\n" + quote if quote else ""), False, "C-plain"
        else:
            body, html, env = html_with_quote(text, quote), True, "C-html"
        out.append(rec(sc["mb"], sender, sc["subject"], {}, body, html, sc["lab"], sc["note"], sc["sid"], env))
    return out


# ---------------------------------------------------------------------------------------------
# checks


def errors(rec_):
    """record_errors, except that for a form relay the explicit check is made on the submitter's own words: the
    generic check is dropped only where the form's own wording says "complain" and the two disagree."""
    e = record_errors(rec_)
    key = (rec_["source"], rec_["_env"])
    if key not in OWN_WORDS:
        return e
    lab = rec_["labels"]
    own = "complain" in OWN_WORDS[key].lower()
    generic = [x for x in e if x.startswith("explicit=")]
    if generic and lab["complaint"] and lab["explicit"] == own:
        OVERRIDDEN.append(rec_["id"])
        e = [x for x in e if not x.startswith("explicit=")]
    if lab["complaint"] and lab["explicit"] != own:
        e.append(f"explicit={lab['explicit']} but 'complain' in the submitter's words={own}")
    return e


def build(rng):
    records = []
    for sc in F:
        records += build_form(rng, sc)
    for sc in N:
        records += build_machine(rng, sc)
    for sc in C:
        records += build_control(rng, sc)
    assert len(F) == 34 and len(N) == 14 and len(C) == 12 and len(records) == 120
    for grp in (F, N, C):
        assert len(grp) % 2 == 0 and sum(sc["mb"] == "pexa" for sc in grp) == len(grp) // 2
    assert len({sc["sid"] for sc in F + N + C}) == 60
    return records


def summary(records, counts):
    groups = collections.Counter()
    for r in records:
        groups[GROUP_OF[r["source"]]] += 1
    layouts, kinds = collections.Counter(), collections.Counter()
    for env, n in counts.items():
        if env.startswith("F-"):
            _, layout, kind, _ = env.split("-")
            layouts[layout] += n
            kinds[kind] += n
    labs = [r["labels"] for r in records]
    lines = [f"wrote {len(records)} records ({len({r['source'] for r in records})} scenarios) to {OUT}",
             f"groups (emails): {dict(sorted(groups.items()))}",
             f"F layouts: {dict(sorted(layouts.items()))}; F senders: {dict(sorted(kinds.items()))}",
             f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
             f"breach {sum(l['breach'] for l in labs)}; auto_generated {sum(l['auto_generated'] for l in labs)}; "
             f"third_party {sum(l['third_party'] for l in labs)}",
             "rights: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
                 x for l in labs for x in l["rights"]).items())),
             f"generic explicit check replaced by the submitter's-words check on {len(OVERRIDDEN)} record(s)",
             "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))]
    return "\n".join(lines)


GROUP_OF = {**{sc["sid"]: "F" for sc in F}, **{sc["sid"]: "N" for sc in N}, **{sc["sid"]: "C" for sc in C}}


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
