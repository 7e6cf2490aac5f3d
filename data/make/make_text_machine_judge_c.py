#!/usr/bin/env python3
"""Evaluation set text_machine_judge_c: mail whose OWN TEXT carries machine-mail wording (stdlib only).

60 scenarios, each rendered twice (120 emails), 30 per mailbox:

* group P (tmc-P01..P30): written by a person who uses out-of-office, "do not reply", bounce, unsubscribe or
  receipt wording in their own text (going on leave, quoting an automated reply they received, complaining about
  newsletters or automatic mails). 23 are complaints, 7 are a person's non-complaints. No automatic headers.
* group M (tmc-M01..M30): machine-made mail (auto_generated=true) whose text speaks of complaints, disputes, fees,
  delays or errors: out-of-office and leave replies, automatic acknowledgements, ticket and portal notices, payment
  and arrears notices, delivery failures and bulletins. 23 carry no automatic header and come from an
  ordinary-looking address with an ordinary subject; 7 carry the headers or subjects such mail really has.

Each sentence that asks for a data right is written inline as [[right|sentence]] and becomes a request_sentences
mark. Every scenario is rendered with two different envelopes drawn from the generator's own rng (sender,
greeting and sign-off, HTML, a quoted earlier message, letter-edit typos outside the marks, a short version).

Usage:  .venv/bin/python data/make/make_text_machine_judge_c.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281103
PREFIX = "tmc"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "text_machine_judge_c.jsonl")

# ---------------------------------------------------------------------------------------------
# invented people, firms and places

FEMALE = ["Alison", "Bethan", "Chloe", "Deborah", "Eleanor", "Farah", "Grace", "Hannah", "Imogen", "Joanna",
          "Kirsty", "Leanne", "Marta", "Nadia", "Orla", "Priya", "Rachel", "Sinead", "Tamsin", "Yvonne"]
MALE = ["Adrian", "Barry", "Callum", "Dominic", "Euan", "Faisal", "Gavin", "Huw", "Ibrahim", "Jamie", "Keith",
        "Lewis", "Marcus", "Neil", "Owen", "Piotr", "Rhys", "Stuart", "Tomasz", "Warren"]
SURNAMES = ["Ashworth", "Baptiste", "Carmody", "Dunleavy", "Elsworth", "Fairbairn", "Gillespie", "Hallam",
            "Iqbal", "Jardine", "Kowalski", "Lockhart", "McAteer", "Nwosu", "Osei", "Pennington", "Quarrie",
            "Rafferty", "Sandhu", "Thornley", "Underwood", "Varga", "Whitlock", "Yardley"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com"]
LAW_FIRMS = [("Hartwell & Ngata Solicitors", "hartwellngata.co.uk"), ("Brennan Lowe LLP", "brennanlowe.co.uk"),
             ("Castlegate Conveyancing", "castlegateconveyancing.co.uk"), ("Penhallow Legal", "penhallowlegal.co.uk"),
             ("Oakmere Law", "oakmerelaw.co.uk"), ("Ridley Vaughan Solicitors", "ridleyvaughan.co.uk")]
LENDERS = [("Fenwick Mutual Building Society", "fenwickmutual.co.uk"), ("Calder Valley Bank", "caldervalleybank.co.uk"),
           ("Northgate Home Loans", "northgatehomeloans.co.uk"), ("Severn Cross Building Society", "severncrossbs.co.uk")]
ADVICE = [("Riverside Debt Advice", "riversidedebtadvice.org.uk"), ("Millbrook Money Advice", "millbrookmoneyadvice.org.uk"),
          ("Tynebank Advice Centre", "tynebankadvice.org.uk")]
SOLICITORS = [("Dalrymple Shaw Solicitors", "dalrympleshaw.co.uk"), ("Kinross Pryce LLP", "kinrosspryce.co.uk"),
              ("Mowbray Legal", "mowbraylegal.co.uk")]
MPS = ["Gareth Pell", "Anwen Castell", "Rosalind Okafor", "Hamish Strachan"]
STREETS = ["14 Larkspur Close", "3 Weavers Row", "27 Mill Brow", "9 Chantry Gardens", "52 Beechfield Avenue",
           "6 Quarry Lane", "118 Station Road", "21 Foxglove Way"]
TOWNS = ["Halifax", "Stafford", "Kendal", "Ipswich", "Llanelli", "Dundee", "Wakefield", "Taunton"]
PHONES = ["0113 496 0", "0114 496 0", "0115 496 0", "0117 496 0", "0121 496 0", "0131 496 0", "0161 496 0",
          "020 7946 0"]
BACK = ["Monday 14 July", "Tuesday 3 June", "Thursday 11 September", "Monday 6 October", "Wednesday 22 January",
        "Friday 7 March", "Monday 28 April", "Tuesday 18 November"]
PAST = ["3 March", "19 May", "8 April", "24 June", "12 February", "30 September", "15 October", "2 December"]
MONTHS = ["January", "February", "March", "April", "May", "June", "September", "October"]

PERSON_GREET = {"pexa": ["Dear PEXA team,", "Hello,", "Dear Sir or Madam,", "Hi,", "Good afternoon,",
                         "To the PEXA support team,"],
                "conexus": ["Dear Sir or Madam,", "Dear Conexus,", "Hello,", "To whom it may concern,",
                            "Good morning,", "Hi,"]}
SIGN_OFF = ["Regards,", "Kind regards,", "Yours faithfully,", "Thanks,", "Many thanks,", "Best wishes,",
            "Yours sincerely,"]
PX_QUOTE = "On {qdate}, PEXA Customer Resolution <complaints@pexa.co.uk> wrote:"
PX_SUPPORT_QUOTE = "On {qdate}, PEXA Support <no-reply@pexa.co.uk> wrote:"
CX_QUOTE = "On {qdate}, Conexus Customer Relations <complaints@conexus-services.com> wrote:"
CX_NOREPLY_QUOTE = "On {qdate}, Conexus <no-reply@conexus-services.com> wrote:"

# ---------------------------------------------------------------------------------------------
# group P: a person wrote it (who: consumer, lawfirm, lender, adviser, mp, northline)

P = [
    dict(id="P01", mailbox="pexa", who="lawfirm",
         subjects=["Re: workspace {ws}", "Failed settlement {ws} - nobody has replied"],
         body="I reported the failed settlement on workspace {ws} to your support desk on {date}. All I got back was: "
              "\"This is an automated message. This mailbox is not monitored and replies will not be read.\" "
              "That was {n} working days ago and not one person has been in touch since.\n\n"
              "We have a buyer who spent a night in a hotel and a removal firm billing us for waiting time, and I "
              "still cannot tell them why it happened. I want a named person to pick this up today and call me.",
         quote=(PX_SUPPORT_QUOTE, "Thank you for contacting PEXA Support. Your request {ref} has been received.\n\n"
                                  "This is an automated message. This mailbox is not monitored and replies will not be read."),
         lab=short_labels(c=True, cat="delay"),
         note="An angry chaser: the writer quotes a 'not monitored' auto-reply and says nobody has answered in days, "
              "so it is an implicit complaint about delay (rule 6); quoting automated wording does not make it "
              "machine-made."),
    dict(id="P02", mailbox="pexa", who="lender",
         subjects=["Platform fee charged twice - {ws}", "Invoice {inv} - duplicate fee"],
         body="I am writing to make a formal complaint about invoice {inv}. The settlement fee for workspace {ws} "
              "appears on it twice, and our accounts team has already paid both lines. Please credit the duplicate "
              "charge and explain in writing how it happened.\n\n"
              "I will be on annual leave from tomorrow until {back}. I still expect this to be dealt with while I am "
              "away: please send your response to me and copy my colleague {colleague} ({colleague_email}), who can "
              "give you any remittance details you need.",
         short="Formal complaint: the settlement fee for workspace {ws} has been billed twice on invoice {inv}. "
               "Please credit the duplicate. I am on leave until {back} but expect a reply here in the meantime.",
         lab=short_labels(c=True, ex=True, cat="fees_charges"),
         note="A person's own complaint about a duplicated platform fee with a leave notice added; the writer calls "
              "it a formal complaint, so explicit, fees_charges, and leave wording does not make it auto_generated."),
    dict(id="P03", mailbox="pexa", who="lawfirm",
         subjects=["Unwanted emails", "Please take me off your mailing list - again"],
         body="For the third time, please stop sending me your marketing newsletters. Each one says \"You are "
              "receiving this email because you registered for PEXA events\", which I never did, and each time I "
              "click \"unsubscribe\" or \"manage your preferences\" I am told my choices have been saved. A couple of "
              "days later the next one arrives.\n\n"
              "I use this address for live settlements and I do not want it filled with promotions. "
              "[[objection|I object to PEXA using my name and email address for any marketing or event mailings.]] "
              "Please confirm that you have removed me and tell me why the unsubscribe links do not work.",
         short="Your newsletters keep coming although I have pressed \"unsubscribe\" three times. "
               "[[objection|I object to PEXA using my name and email address for any marketing or event mailings.]] "
               "Please confirm you have removed me.",
         lab=short_labels(c=True, pd=True, r="objection", cat="personal_data"),
         note="A person complaining that marketing continues after unsubscribing (data used against her wishes) is "
              "an implicit personal_data complaint with an objection right; the bulk-mail lines are quoted, not sent "
              "by a list."),
    dict(id="P04", mailbox="pexa", who="lawfirm",
         subjects=["Lodgement rejected again - {ws}", "Title {tit} - transfer missing from lodgement"],
         body="Before I go away I need to flag this. The lodgement for title {tit} (workspace {ws}) has been "
              "rejected by HM Land Registry for the second time because the transfer did not go with the "
              "application. It was attached and signed in the workspace both times; the lodgement pack your system "
              "produced simply left it out.\n\n"
              "I am out of the office from tomorrow until {back}. I still want an answer: please find out why the "
              "document was dropped and let {colleague} ({colleague_email}) know today how you will put it right, "
              "because the buyer's lender is already asking questions.",
         short="Title {tit}: lodgement rejected again because your system left the signed transfer out of the pack, "
               "the second time now. I am out of the office until {back}; please tell {colleague} today how you will "
               "fix it.",
         lab=short_labels(c=True, cat="platform_defect"),
         note="The writer's own 'out of the office until' line sits inside a real grievance (the system dropped a "
              "document twice) with a demand for a fix, so an implicit platform_defect complaint, not an "
              "out-of-office."),
    dict(id="P05", mailbox="pexa", who="consumer",
         subjects=["Our purchase - no reply from our conveyancer", "Help please - completion date"],
         body="We are buying a house at {street}, {town}, and our conveyancer is Marsh & Penrose. For three weeks "
              "every email we send them gets the same reply: \"I am currently out of the office and will respond on "
              "my return.\" Nobody ever responds, the phone goes to voicemail and our mortgage offer expires at the "
              "end of the month.\n\n"
              "I understand they use your settlement system. Please pass this on to whoever can make them answer us; "
              "we need to know whether we will complete in time.",
         lab=short_labels(c=True, cat="delay", firm="mpc"),
         note="A home buyer's complaint purely about her participant conveyancer (named in full) not replying, "
              "quoted out-of-office included, goes to that firm: about_other_firm mpc, category delay (rules 9, 10)."),
    dict(id="P06", mailbox="pexa", who="lawfirm",
         subjects=["Training dates and cover while I am away", "Question about course bookings"],
         body="I will be on maternity leave from {back} until next spring, and my emails will get an out-of-office "
              "reply saying so. Nothing is wrong; I just want to hand over properly.\n\n"
              "Could you tell me whether the settlement refresher course can be booked in my colleague "
              "{colleague}'s name instead of mine, and which dates are available in the autumn? She will be looking "
              "after our workspaces while I am away.\n\n"
              "Thank you for your help.",
         lab=short_labels(),
         note="A person's neutral training query that mentions her own coming out-of-office; no dissatisfaction and "
              "no remedy sought, so not a complaint and not auto_generated."),
    dict(id="P07", mailbox="pexa", who="lawfirm",
         subjects=["Complaint - late release of funds on {ws}", "Third attempt to send you this"],
         body="I have tried three times to send this complaint from our case management system, and each time it "
              "came back with \"Your message could not be delivered to one or more recipients.\" I am now sending it "
              "from my own mailbox.\n\n"
              "The completion funds on workspace {ws} were released at 4.55pm on {date} although every party had "
              "signed by 11am. Your status page showed a fault with the funds check that afternoon. Our client's "
              "onward purchase could not complete that day and the seller's solicitors have charged us a late "
              "completion fee.\n\n"
              "Please confirm receipt of this complaint, explain the fault and tell us how you will deal with our costs.",
         short="This is my complaint about workspace {ws}: the funds were released at 4.55pm because of your "
               "funds-check fault. It bounced three times with \"your message could not be delivered\" before I got "
               "it to you. Please confirm receipt and explain the fault.",
         lab=short_labels(c=True, ex=True, cat="platform_defect"),
         note="A person quotes the bounce her earlier attempts received and then sets out her complaint about a "
              "system fault; she calls it a complaint, so explicit platform_defect; the bounce wording is hers, not "
              "a delivery notice."),
    dict(id="P08", mailbox="pexa", who="lawfirm",
         subjects=["Notification emails", "Far too many automatic emails from the platform"],
         body="Since your update last month our post-completion team has been getting about two hundred emails a "
              "day from the platform, each headed \"This message was sent automatically - do not reply\". Every "
              "document viewed, every signature and every status change produces one. The settings page only lets "
              "us switch off the weekly summary, and the \"manage your preferences\" link at the bottom of each email "
              "opens a page that does not list these notices at all.\n\n"
              "Important messages about requisitions are being lost among them. Please tell us how to cut them down, "
              "or change the settings so that we can.",
         lab=short_labels(c=True, cat="usability"),
         note="A person's implicit complaint about the volume of system notifications that cannot be configured: "
              "the platform works as designed but is hard to manage, so usability; the quoted 'sent automatically' "
              "line is not the writer's own status."),
    dict(id="P09", mailbox="pexa", who="lender",
         subjects=["Re: Fee refund on invoice {inv}", "Thanks - invoice {inv}"],
         body="Thank you for crediting the duplicate fee so quickly and for explaining the billing error. The credit "
              "note has reached our accounts team and everything now reconciles.\n\n"
              "I am going on leave tomorrow and will be away until {back}, so if anything else is needed please "
              "contact {colleague} in the meantime. Otherwise there is nothing further from us.",
         quote=(PX_QUOTE, "Dear {first},\n\nFurther to your complaint about invoice {inv}, we have confirmed that the "
                          "settlement fee was charged twice and have issued credit note CN-{ref}.\n\n"
                          "We are sorry for the inconvenience this caused."),
         lab=short_labels(),
         note="A thank-you confirming a resolved complaint plus the writer's own leave notice: not a complaint "
              "(rule 5; the complaint is only in the quote) and written by a person, so not auto_generated."),
    dict(id="P10", mailbox="pexa", who="consumer",
         subjects=["My father's house sale", "Sale of {street} - Greyfriars"],
         body="I am writing for my father, {relative}, who is 84 and selling his house at {street}, {town}. His "
              "solicitors are Greyfriars Law. Since the sale was agreed, every email he or I send them produces a "
              "reply that begins \"This is an automated message, please do not reply\" and gives a portal link he "
              "cannot use. Nobody there has spoken to him in six weeks and he has no idea what he is signing.\n\n"
              "Your name is on the settlement paperwork, so I assume you work with them. Please pass this on to "
              "someone at Greyfriars who will actually speak to him, and let me know who that is.",
         lab=short_labels(c=True, tp=True, cat="service_quality", firm="gfl"),
         note="A son writing for his elderly father about the father's own solicitors, who answer only with "
              "automated replies: implicit complaint purely about a participant firm (gfl), third_party, "
              "service_quality."),
    dict(id="P11", mailbox="pexa", who="lawfirm",
         subjects=["Still waiting - {case}", "Re: {case}"],
         body="I have a receipt showing that my complaint was opened by your team on {date}: \"This is a receipt for "
              "the message you sent. It was displayed on the recipient's computer.\" That was fifteen working days "
              "ago and since then I have had no acknowledgement, no case handler and no answer.\n\n"
              "Your own policy promises an acknowledgement within five business days. Please tell me today who is "
              "handling my complaint and when I will have a response.",
         lab=short_labels(c=True, ex=True, cat="delay"),
         note="A person quotes a read receipt to prove her complaint was seen and chases the missing reply: a "
              "still-waiting chaser (rule 6), explicit because she calls it her complaint, category delay."),
    dict(id="P12", mailbox="pexa", who="lawfirm", role="Conveyancer",
         subjects=["My registration was declined", "Identity check - application {app}"],
         body="I recently joined {org} and applied for my own user account. Within minutes I received an email "
              "saying \"Your identity could not be verified and your application has been declined. This message "
              "was sent automatically; please do not reply.\" I have since checked that my passport details and "
              "address were entered correctly, and my firm has confirmed my employment.\n\n"
              "I am concerned that I cannot run my own files until this is sorted out. "
              "[[automated_decision|Please could a member of your team, rather than the automated check, look at my "
              "application again and make the decision.]] I am happy to send anything further you need.",
         lab=short_labels(c=True, r="automated_decision", cat="onboarding"),
         note="A calm implicit complaint about an automatic registration refusal (harm: cannot work) asking for a "
              "human decision: onboarding with automated_decision; the quoted 'sent automatically' notice is what "
              "she received."),
    dict(id="P13", mailbox="pexa", who="lawfirm", role="IT Manager",
         subjects=["Your newsletter link", "View in browser link"],
         body="A small thing, and no reply needed: the \"View in browser\" link at the top of this month's "
              "practitioner newsletter opens your login page rather than the newsletter. Our staff mostly read it on "
              "their phones, so you may want to pass this to whoever sends it out.\n\n"
              "Otherwise a useful issue, especially the piece on the new lodgement rules.",
         lab=short_labels(),
         note="A person's friendly heads-up about a broken newsletter link that expressly needs no reply: no "
              "response or remedy expected, so not a complaint (rule 1); quoting a newsletter line does not make it "
              "bulk mail."),
    dict(id="P14", mailbox="pexa", who="lawfirm", role="Partner",
         subjects=["Training - again", "Our cancelled course"],
         body="We paid for a two-day settlement course for four new starters. It was cancelled the evening before by "
              "an email marked \"sent automatically\". Since then I have written to your training team five times "
              "and got the same reply every time: \"I am away until Monday and will respond on my return.\" Three "
              "Mondays have come and gone.\n\n"
              "Four people are sitting in my office unable to run settlements. I want the course rebooked within the "
              "next fortnight or our money back, and I want someone to ring me this week.",
         lab=short_labels(c=True, cat="training"),
         note="An angry person quoting the out-of-office he keeps receiving: implicit complaint, and the specific "
              "theme (a cancelled training course) beats delay (rule 16a)."),
    dict(id="P15", mailbox="pexa", who="consumer",
         subjects=["Emails I never signed up for", "Where did you get my email address?"],
         body="I want to complain about your emails. I am not a solicitor or a lender; I sold a flat last year "
              "through a local firm. Since then I have had a monthly bulletin from you which says \"You are receiving "
              "this email because you are a registered PEXA participant.\" I am not, and I never gave you my "
              "address.\n\n"
              "[[informed|Please tell me where you got my email address, what you are using it for and on what legal "
              "basis.]] [[erasure|I also want my details deleted from your mailing lists and any other records you "
              "hold.]]",
         lab=short_labels(c=True, ex=True, pd=True, r="informed,erasure", cat="personal_data"),
         note="A member of the public complaining (in those words) that PEXA mails her bulletins without consent: "
              "data obtained and used unexpectedly, so personal_data, with informed and erasure rights."),
    # ---- conexus
    dict(id="P16", mailbox="conexus", who="consumer",
         subjects=["Account {acct}", "Calls about account {acct}"],
         body="I want to make a complaint about the calls I am getting from your office. Over the last fortnight I "
              "have had up to five calls a day, two of them before 8am, even after I told your agent that I am "
              "having an operation and cannot discuss money until I have recovered.\n\n"
              "I go into hospital on {back} and will be away for about ten days. I do not want this left until I get "
              "back: please stop the calls now, do not ring me while I am in hospital, and send your response to my "
              "home address.",
         lab=short_labels(c=True, ex=True, cat="collection_conduct"),
         note="A debtor's own explicit complaint about call frequency while unwell, with notice of a hospital stay; "
              "'stop the calls' is a conduct remedy, not objection; collection_conduct."),
    dict(id="P17", mailbox="conexus", who="consumer",
         subjects=["Paid in full - account {acct}", "Re: account {acct}"],
         body="I paid this balance in full on {date} and sent you the bank confirmation the same day. The only answer "
              "I got was \"This is an automated message. Please do not reply to this email as this mailbox is not "
              "monitored.\" Yesterday another letter arrived demanding {amt} and warning of further action.\n\n"
              "The debt is paid. Close the account, stop the letters and confirm in writing that nothing is owed.",
         short="I paid account {acct} in full on {date}. Your only reply was an automated \"do not reply\" message, "
               "and now you are demanding {amt} again. Close the account and confirm in writing that nothing is owed.",
         quote=(CX_NOREPLY_QUOTE, "Thank you for your email. This is an automated message. Please do not reply to this "
                                  "email as this mailbox is not monitored.\nMessage ref {ref}"),
         lab=short_labels(c=True, cat="debt_dispute"),
         note="A debtor says a paid debt is still being pursued and quotes the auto-reply he got: implicit "
              "debt_dispute about Conexus's own conduct, so about_other_firm null (rule 10, as lg-26)."),
    dict(id="P18", mailbox="conexus", who="consumer",
         subjects=["Messages at 6am", "STOP the early morning reminders"],
         body="Your payment reminders arrive by text and email at SIX IN THE MORNING, and last Sunday I had three of "
              "them. Each one says \"This message was sent automatically\" as if that makes it acceptable. My "
              "children see my phone light up and I am already paying what we agreed every single month.\n\n"
              "I want these messages stopped outside normal hours and an explanation of why I am being reminded about "
              "payments I have never missed.",
         short="Three automatic reminders before 7am last Sunday, and I have never missed a payment. Stop sending "
               "them at that hour and explain why I am getting them at all.",
         lab=short_labels(c=True, cat="collection_conduct"),
         note="An angry debtor about automated reminders sent at unsocial hours: how the debt is pursued, so an "
              "implicit collection_conduct complaint; 'sent automatically' is quoted from the reminders."),
    dict(id="P19", mailbox="conexus", who="adviser",
         subjects=["Client {client} - account {acct}", "Formal complaint - account {acct}"],
         body="I act for {client} under the signed authority you already hold. This is a formal complaint about "
              "the way your agents have pursued her since we sent you her income and expenditure statement. It shows "
              "she can afford {amt_small} a month, yet on two calls last week she was told nothing less than £200 "
              "would do and that enforcement agents would be instructed if she did not agree.\n\n"
              "[[access|Please send us copies of the recordings of all calls with our client since the start of this "
              "month.]]\n\n"
              "I will be on leave from {back} for two weeks. I still expect your response within the usual "
              "timescales; please send it to our casework inbox at {casework}, which is monitored while I am away.",
         lab=short_labels(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
         note="A money adviser's explicit complaint for a client about pressure on calls, with a request for call "
              "recordings (access) and her own leave notice: third_party, collection_conduct, not an out-of-office."),
    dict(id="P20", mailbox="conexus", who="consumer",
         subjects=["Change of address and email", "New contact details - {acct}"],
         body="I am moving house on {date}. [[rectification|Please update my address on account {acct} to {street}, "
              "{town}, and change my email address to this one.]] My old email account is being closed, so anything "
              "sent there will come back with \"your message could not be delivered\".\n\n"
              "My payment arrangement stays the same. Thank you.",
         lab=short_labels(r="rectification"),
         note="A person's address change that mentions future bounces: no dissatisfaction, so not a complaint; "
              "'update my address' is rectification (rule 14)."),
    dict(id="P21", mailbox="conexus", who="consumer",
         subjects=["My father's account", "Email sent to the wrong person"],
         body="I have just received an email from you addressed to my father, {relative}, telling him that account "
              "{acct} is {amt} in arrears and that \"this is an automated message and the mailbox is not "
              "monitored\". It came to my email address, not his. I do not live with him and he has never given you "
              "my details. He is now very upset that his finances have been sent to me.\n\n"
              "I am writing on his behalf and with his permission. [[rectification|Please correct his contact record "
              "so that messages go only to his own address.]] I would also like you to tell him what you are doing to "
              "stop this happening again.",
         lab=short_labels(c=True, pd=True, br=True, r="rectification", tp=True, cat="personal_data"),
         note="A daughter writing for her father: his arrears notice was sent to her address, a disclosure to the "
              "wrong person (breach), with a correction of his record asked on his behalf; third_party, personal_data."),
    dict(id="P22", mailbox="conexus", who="northline",
         subjects=["Remittance report - {month}", "Collections report figures"],
         body="Your monthly remittance report arrived today, again with the note \"This report was generated and "
              "sent automatically. Please do not reply.\" For the second month running the totals do not match the "
              "payments you have transferred to us: the report shows {amt} collected on our accounts, but only part "
              "of that has reached our bank.\n\n"
              "Our finance team cannot close the month until this is explained. Please send a corrected report and a "
              "reconciliation by the end of the week.",
         lab=short_labels(c=True, cat="inaccurate_information"),
         note="A creditor client's staff member complains that Conexus's automated report is wrong again: implicit "
              "inaccurate_information; the creditor is the sender, not the subject, so about_other_firm null (rule 8)."),
    dict(id="P23", mailbox="conexus", who="consumer",
         subjects=["Payment plan when I get back", "Account {acct}"],
         body="Thank you for your letter about account {acct}. I work offshore and I am away until {back} with very "
              "little signal, so I may not answer calls until then.\n\n"
              "When I am back I would like to set up a monthly payment plan. Could you let me know what information "
              "you will need from me, and whether the account can be held until I get in touch?",
         lab=short_labels(),
         note="A person's own 'away until' notice with a routine request about a payment plan: an enquiry, not a "
              "complaint, and written by a person, so not auto_generated."),
    dict(id="P24", mailbox="conexus", who="consumer",
         subjects=["Pennant Mobile bill - account {acct}", "I do not owe this"],
         body="You are collecting {amt} for Pennant Mobile. I cancelled that contract in writing in {month} and "
              "returned the handset, and I have the recorded delivery receipt. Pennant carried on billing me for four "
              "more months, and that is the balance you are chasing.\n\n"
              "I tried to reply to your first email but it said the mailbox was not monitored, so I am writing here "
              "instead. Pennant need to cancel those bills. Please pass this to them and put the account on hold "
              "until they have.",
         lab=short_labels(c=True, cat="debt_dispute", firm="pmt"),
         note="The root cause is the creditor's own billing after cancellation, which only Pennant can fix: "
              "about_other_firm pmt, debt_dispute (rule 10); the 'not monitored' remark is a side point."),
    dict(id="P25", mailbox="conexus", who="consumer",
         subjects=["Fee added to my account", "{fee} charge on account {acct}"],
         body="I am making a complaint about a {fee} fee. On {date} I received an email saying \"Your payment could "
              "not be processed and a {fee} fee has been added to your balance. This notification was sent "
              "automatically.\" My bank statement shows that the payment of {amt_small} left my account on the due "
              "date and has not been returned.\n\n"
              "Please remove the fee, confirm the correct balance and explain why the payment was recorded as failed.",
         lab=short_labels(c=True, ex=True, cat="fees_charges"),
         note="A debtor quotes an automatic failed-payment notice and complains, in those words, about the fee it "
              "added: explicit fees_charges (a fee added on top, rule 16e)."),
    dict(id="P26", mailbox="conexus", who="consumer",
         subjects=["Trying to reach you before I travel", "Account {acct} - phone"],
         body="I am out of the country from {back} for three weeks and wanted to agree my next payments before I go. "
              "Yesterday I waited on hold for 48 minutes and was then cut off, and this morning the recorded message "
              "said all advisers were busy and to try again later.\n\n"
              "I would be grateful if someone could ring me on {phone} before Friday, or tell me the best time to "
              "call, so that nothing is missed while I am away.",
         short="Out of the country from {back}. I was on hold 48 minutes yesterday and then cut off. Could someone "
               "ring me on {phone} before Friday, please?",
         lab=short_labels(c=True, cat="wait_time"),
         note="A polite person announcing their own absence while describing a long hold and a cut-off call and "
              "asking for a call back: an implicit complaint about waiting to reach someone, wait_time."),
    dict(id="P27", mailbox="conexus", who="consumer",
         subjects=["Still waiting - complaint {cref}", "Ten weeks and no answer"],
         body="I made a complaint on {date} about the charges added to my account. Your acknowledgement said: "
              "\"Your complaint has been received and will be answered within eight weeks. This is an automated "
              "message; please do not reply.\" It is now ten weeks and I have heard nothing more.\n\n"
              "Please send your final response now. [[access|While you are at it, please send me a copy of all the "
              "personal data you hold about me, including your notes of my calls.]]",
         quote=(CX_QUOTE, "Your complaint has been received and will be answered within eight weeks. This is an "
                          "automated message; please do not reply.\nReference {ref}"),
         lab=short_labels(c=True, ex=True, r="access", cat="delay"),
         note="A person quoting the automatic acknowledgement she received and chasing after ten weeks: explicit "
              "delay complaint (rule 6); access is asked alongside a non-data grievance, so personal_data false."),
    dict(id="P28", mailbox="conexus", who="consumer",
         subjects=["Where do I send questions?", "Re: your statement"],
         body="When I replied to your statement email I got an answer saying \"this mailbox is not monitored\". "
              "That is fine, but I do have a question: could you tell me the balance left on account {acct} after "
              "this month's payment, and whether I can pay by bank transfer instead of card?\n\n"
              "Many thanks.",
         short="Your statement email said the mailbox is not monitored, so I am asking here: what is the balance on "
               "account {acct} now, and can I pay by bank transfer?",
         lab=short_labels(),
         note="A person mentions a 'not monitored' reply without any grievance and asks two neutral questions: an "
              "enquiry, not a complaint."),
    dict(id="P29", mailbox="conexus", who="mp",
         subjects=["Constituent {client} - account {acct}", "Our ref {mpref}"],
         body="I write on behalf of our constituent, {client}, who has asked {mp} MP for help. She has been in "
              "hospital since early last month, and her family told your staff this on {date}. Since then she has "
              "continued to receive weekly emails headed \"Final notice - this is an automated message\", and her son "
              "says the latest one threatened to send a doorstep collection team.\n\n"
              "She is seriously unwell and these messages are causing the family great distress. We ask that you "
              "suspend collection activity while she is in hospital and write to this office explaining how her "
              "circumstances were recorded.\n\n"
              "Please note that I am on leave from {back}; my colleague {colleague} will follow this up in my absence.",
         lab=short_labels(c=True, tp=True, cat="collection_conduct"),
         note="An MP's caseworker writing for a hospitalised constituent about automated final notices and a "
              "doorstep threat: implicit collection_conduct, third_party; her own leave line does not make it "
              "an auto-reply."),
    dict(id="P30", mailbox="conexus", who="consumer",
         subjects=["Re: Text reminders on account {acct}", "Thank you"],
         body="Thank you for switching off the text reminders as I asked; I have not had one since. One practical "
              "point: if you write to my work address you will get an automatic reply saying I am away until {back}. "
              "Please keep using this personal address instead.\n\n"
              "Thanks again for sorting it out.",
         quote=(CX_QUOTE, "Dear {first},\n\nAs requested, we have turned off SMS reminders on account {acct}. Your "
                          "payment arrangement is unchanged.\n\nCase note {ref}"),
         lab=short_labels(),
         note="A thank-you for a done request that mentions the writer's work auto-reply: no dissatisfaction, so "
              "not a complaint, and a person wrote it; keeping the current address is not rectification."),
]

# ---------------------------------------------------------------------------------------------
# group M: machine-made. sender kinds: ("person", pool, role) a named person at a firm of the pool;
# ("fixed", [...]) one of the given "Name <addr>" strings.

AUTO_NOTE = " Machine-made, so auto_generated=true and every other label empty (rule 7)."

M = [
    dict(id="M01", mailbox="pexa", sender=("person", LAW_FIRMS, "Partner"),
         subjects=["Re: Your complaint {case}", "Re: Complaint {case} - our response"],
         body="Thank you for your email. I am out of the office until {back} and will have limited access to email. "
              "I will respond on my return.\n\n"
              "If your message concerns a complaint about a settlement, please forward it to {colleague} at "
              "{colleague_email}, who is looking after my files while I am away.\n\n"
              "{name}\n{role}, {org}",
         quote=(PX_QUOTE, "Dear {first},\n\nThank you for your complaint about the failed settlement on workspace {ws}. "
                          "We have logged it under reference {case} and will reply in full within eight weeks.\n\n"
                          "Case note {ref}"),
         note="An out-of-office from a named partner with no auto headers; the complaint wording is in the subject "
              "and the redirect line only (lg-17)."),
    dict(id="M02", mailbox="pexa", sender=("fixed", ["Kestrel Customer Relations <complaints@kestrelbs.co.uk>",
                                                     "Customer Relations <complaints@kestrelbs.co.uk>"]),
         subjects=["Re: Complaint from your borrower {cust}", "Re: Forwarded complaint {case}"],
         body="Thank you for contacting Kestrel Building Society.\n\n"
              "Your complaint has been received and logged under reference KBS-{kref}. We will send you a full "
              "response within eight weeks. If we can resolve it sooner, one of our team will be in touch.\n\n"
              "This is an automated message. Please do not reply to this email, as replies to this address are not "
              "read.\n\nKestrel Building Society, Customer Relations",
         quote=(PX_QUOTE, "Dear Customer Relations team,\n\nUnder our complaints policy we are forwarding a complaint "
                          "from your borrower, {cust}, about the redemption figure on workspace {ws}.\n\nOur reference {ref}"),
         note="An automatic acknowledgement from a lender's complaints address (ordinary sender, 'Re:' subject): its "
              "text says it is automated, so auto_generated; the complaint it acknowledges is not a new one."),
    dict(id="M03", mailbox="pexa", sender=("fixed_org", LAW_FIRMS, "{org} Service Desk", "servicedesk"),
         subjects=["Your case {tk}", "Re: Your case {tk}"],
         body="Case {tk} has been updated.\n\n"
              "Summary: Disputed platform fee - workspace {ws}\nStatus: Awaiting third party\n"
              "Assigned to: Accounts Payable\n\n"
              "The case will remain open until the dispute with the supplier is resolved. You will receive a further "
              "notification when the status changes.\n\n"
              "This notification was sent automatically by the {org} service desk. Please do not reply to this "
              "email; to add a comment, use the service desk portal.",
         note="A ticket-system status notice about a fee dispute from an ordinary service-desk address; the text "
              "says it was sent automatically, so auto_generated, not a complaint about fees."),
    dict(id="M04", mailbox="pexa", sender=("person", LENDERS, "Completions Team Leader"),
         subjects=["Re: Settlement error on workspace {ws}", "Re: Redemption funds - {ws}"],
         body="Hello,\n\nI'm on annual leave until {back} and not checking emails. I will respond on my return.\n\n"
              "For anything about a settlement error, a delayed redemption or a complaint, please contact our "
              "Mortgage Operations team on {phone} or at {team_email}.\n\nThanks,\n{first}",
         short="Away until {back}. For settlement errors or complaints please call {phone}.\n{first}",
         quote=(PX_QUOTE, "Dear {first},\n\nWe are writing about the settlement error on workspace {ws}, which "
                          "delayed the release of redemption funds.\n\nRef {ref}"),
         note="An annual-leave auto-reply from a lender's staff member, no headers, with complaint routing text: "
              "auto_generated, nothing new said."),
    dict(id="M05", mailbox="pexa", sender=("fixed", ["PEXA Service Status <status@pexa.co.uk>",
                                                     "PEXA Service Desk <servicedesk@pexa.co.uk>"]),
         subjects=["Service update", "Service update - settlement delays"],
         body="Service update, {date}\n\n"
              "Between 13:05 and 14:20 today an error in the funds-confirmation service delayed settlement on some "
              "workspaces. Affected settlements have now completed. Participants who incurred costs as a result can "
              "raise a complaint through the usual channel, quoting the workspace number.\n\n"
              "We apologise for any inconvenience.\n\n"
              "This is an automated message from PEXA Service Status. You are receiving it because your organisation "
              "is subscribed to service notifications. To change which notices you receive, manage your preferences "
              "in the participant portal.",
         note="A status notification about an outage and how to complain, sent by the platform's own notification "
              "service: a system notice, auto_generated, not a complaint about a platform_defect."),
    dict(id="M06", mailbox="pexa", sender=("fixed_org", LENDERS, "Accounts Payable", "accounts"),
         subjects=["Payment update", "Remittance advice {remit}"],
         body="Remittance advice {remit}\n\n"
              "Payee: PEXA\nInvoices paid: {n}\nAmount paid: {amt}\n"
              "Invoices held: {inv} - disputed charge, query raised with supplier\n\n"
              "Held invoices will be reviewed when the dispute is resolved. Late-payment charges will not be accepted "
              "on disputed items.\n\n"
              "This remittance was generated and sent automatically by {org} Accounts Payable. Please do not reply to "
              "this address.",
         note="An automatic remittance advice from an accounts address mentioning a disputed charge: machine-made "
              "payment notice, so auto_generated and not a fees complaint."),
    dict(id="M07", mailbox="pexa", sender=("fixed", ["Helen Garside <editor@conveyancingtoday.co.uk>",
                                                     "Conveyancing Today <editor@conveyancingtoday.co.uk>"]),
         subjects=["This week: complaints about conveyancers rise", "Your weekly update from Conveyancing Today"],
         body="Conveyancing Today - weekly bulletin\n\n"
              "Complaints about conveyancing delays reached a five-year high last quarter, according to new ombudsman "
              "figures. Delays before exchange and poor communication were the most common causes, and one complaint "
              "in five concerned fees charged on completion.\n\n"
              "Also in this issue: what the new lodgement rules mean for requisitions, and a reader asks whether a "
              "platform outage counts as a failed completion.\n\n"
              "View in browser | Manage your preferences\n"
              "You are receiving this email because you subscribed to Conveyancing Today. To unsubscribe, click here.",
         note="A trade newsletter about complaint figures sent without list headers from an editor's address: bulk "
              "mail by its text (rule 4), auto_generated."),
    dict(id="M08", mailbox="pexa", sender=("fixed", ["Customer Care <customercare@tvmortgages.co.uk>",
                                                     "Thames Valley Mortgages <customercare@tvmortgages.co.uk>"]),
         subjects=["Re: Delayed redemption funds - workspace {ws}", "Re: Your borrower {cust} - redemption"],
         body="Thank you for contacting Thames Valley Mortgages. This is an automatic acknowledgement.\n\n"
              "Your message has been received and given reference TVM-{kref}. We aim to respond to enquiries within "
              "five working days. If your message is a complaint, it will be handled under our complaints procedure "
              "and you will receive a final response within eight weeks.\n\n"
              "This mailbox is not monitored for replies.",
         quote=(PX_QUOTE, "Dear Customer Care team,\n\nThe redemption funds for your borrower {cust} on workspace {ws} "
                          "have not arrived and settlement is delayed. Please confirm when they will be sent.\n\nRef {ref}"),
         note="An automatic acknowledgement from a lender's ordinary customer-care address, with a 'Re:' subject: "
              "auto_generated by its own text; no complaint is made."),
    dict(id="M09", mailbox="pexa", sender=("person_at", "pexa.co.uk", "PEXA", "Complaints Handler"),
         subjects=["Re: Complaint {case} - update", "Re: {case}"],
         body="Thank you for your message. I am away from the office until {back}.\n\n"
              "Complaints received while I am away are being handled by the Customer Resolution Team, who can be "
              "reached at complaints@pexa.co.uk or on {phone}. Your complaint will not be delayed by my absence.\n\n"
              "{name}\n{role}, PEXA",
         note="A PEXA complaints handler's own out-of-office copied into the mailbox, no headers: auto_generated; "
              "the complaint wording is routing text."),
    dict(id="M10", mailbox="pexa", sender=("fixed", ["PEXA Learning <learning@pexa.co.uk>",
                                                     "PEXA Training <training@pexa.co.uk>"]),
         subjects=["Your booking", "Your booking - Settlement essentials"],
         body="Dear {first},\n\n"
              "We are sorry to tell you that the course Settlement essentials on {date} has been cancelled because of "
              "a problem with trainer availability. Your place has been moved automatically to the next session on "
              "{back}. If that date does not suit you, you can choose another in the learning portal.\n\n"
              "If you are unhappy with how your booking has been handled, you can tell us using the feedback form.\n\n"
              "This is an automated message. Please do not reply to this email.",
         note="A portal booking notice about a cancelled course: a system notification, so auto_generated, not a "
              "training complaint."),
    dict(id="M11", mailbox="pexa", sender=("person", LAW_FIRMS, "Senior Conveyancer"),
         headers={"content-type": "multipart/report; report-type=disposition-notification"},
         subjects=["Read: Your complaint {case} - final response"],
         body="Your message\n\n    To: {name}\n    Subject: Your complaint {case} - final response\n"
              "    Sent: {date} 10:14\n\nwas read on {date} 11:52.\n\n"
              "This is a receipt for the mail you sent. It verifies that the message was displayed on the recipient's "
              "computer. There is no guarantee that the recipient has read or understood the message.",
         note="A read receipt (disposition-notification report, 'Read:' subject) for our final response: "
              "auto_generated; complaint words only in the quoted subject."),
    dict(id="M12", mailbox="pexa", sender=("fixed", ["Conveyancers Forum <digest@conveyancersforum.co.uk>", "Forum Digest <digest@conveyancersforum.co.uk>"]),
         subjects=["Your daily digest", "Conveyancers Forum - today's posts"],
         body="Today's digest - 3 new posts in topics you follow\n\n"
              "1. \"Anyone else charged the settlement fee twice?\" - 14 replies. Latest: \"We complained and got a "
              "credit note within a week.\"\n"
              "2. \"Lodgement rejected - missing transfer\" - 6 replies.\n"
              "3. \"How long are lenders taking to release funds?\" - 22 replies.\n\n"
              "You are receiving this email because you follow these topics. To stop these emails, change your "
              "notification settings or unsubscribe.",
         note="A forum digest (mailing-list mail without headers) quoting posts about fees and complaints: "
              "auto_generated (rule 4)."),
    dict(id="M13", mailbox="pexa", sender=("person_at", "heathcotebank.co.uk", "Heathcote Bank", "Mortgage Servicing"),
         subjects=["Re: Your query about the discharge fee", "Re: Discharge fee on workspace {ws}"],
         body="Thank you for your email.\n\n"
              "I am currently out of the office, returning on {back}. During this time I will not be able to respond "
              "to messages.\n\n"
              "If your email relates to a redemption or discharge, please contact Mortgage Servicing on {phone}. If "
              "you wish to complain about Heathcote Bank, please write to complaints@heathcotebank.co.uk and our "
              "Complaints Resolution Unit will respond.\n\n{name}\nHeathcote Bank",
         note="An out-of-office from a bank employee saying where to send complaints: auto_generated, and the bank is "
              "only the sender, so no firm label."),
    dict(id="M14", mailbox="pexa", sender=("fixed", ["Orchard Lane Solicitors <enquiries@orchardlanesolicitors.co.uk>",
                                                     "Client Care <enquiries@orchardlanesolicitors.co.uk>"]),
         subjects=["Re: Complaint from your client - forwarded by PEXA", "Re: Your client {cust}"],
         body="Thank you for your email, which has been received by Orchard Lane Solicitors.\n\n"
              "This is an automatic confirmation. If your email contains a complaint about our service, it has been "
              "passed to our Client Care Partner, who will write to you within five working days. You may also be "
              "able to refer an unresolved complaint to the Legal Ombudsman.\n\n"
              "Please do not reply to this message.",
         quote=(PX_QUOTE, "Dear Client Care Partner,\n\nWe are forwarding a complaint from your client, {cust}, about "
                          "delays in the sale of {street}. Our reference {ref}"),
         note="An automatic confirmation from a law firm's enquiries address answering our forwarded complaint: "
              "auto_generated; OLS is the sender, not the subject of a complaint."),
    dict(id="M15", mailbox="pexa", sender=("fixed", ["Mail Delivery System <MAILER-DAEMON@mail.pexa.co.uk>", "Mail System <MAILER-DAEMON@mail.pexa.co.uk>"]),
         headers={"return-path": "<>", "auto-submitted": "auto-replied"},
         subjects=["Delayed Mail (still being retried)", "Warning: message delayed - Your complaint {case}"],
         body="This is the mail system at host mail.pexa.co.uk.\n\n"
              "THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
              "Your message could not be delivered for {hours} hours. It will be retried until it is 5 days old.\n\n"
              "<{addr}>: connect to mx.{dom}: Connection timed out\n\n"
              "------ Original message headers ------\n"
              "From: Customer Resolution Team <complaints@pexa.co.uk>\nTo: {addr}\n"
              "Subject: Your complaint {case} - acknowledgement",
         note="A delay warning from MAILER-DAEMON with an empty Return-Path, about our complaint acknowledgement: "
              "auto_generated (lg-16)."),
    # ---- conexus
    dict(id="M16", mailbox="conexus", sender=("fixed", ["Lumen Water Customer Resolution <complaints@lumenwater.co.uk>",
                                                        "Customer Resolution Team <complaints@lumenwater.co.uk>"]),
         subjects=["Re: Disputed balance - customer {cust}", "Re: Billing dispute, account {acct}"],
         body="We've received your email - thank you.\n\n"
              "If you've told us about a problem with a bill, we'll treat it as a complaint and reply within eight "
              "weeks. You don't need to contact us again in the meantime. Your reference is LW-{kref}.\n\n"
              "Please note this mailbox does not accept replies.\n\nLumen Water Customer Resolution Team",
         quote=(CX_QUOTE, "Dear Customer Resolution Team,\n\nYour customer {cust} disputes the balance we are "
                          "collecting for you and says she was billed after moving out. Please review.\n\nRef {ref}"),
         note="A creditor's automatic acknowledgement from its complaints address with a 'Re:' subject: "
              "auto_generated; Lumen Water is the sender, so no firm label."),
    dict(id="M17", mailbox="conexus", sender=("person", ADVICE, "Money Adviser"),
         subjects=["Re: Your client {client} - our final response", "Re: Complaint {cref}"],
         body="I'm out of the office until {back}. I work part-time and will respond on my return.\n\n"
              "Creditors replying about a complaint or a disputed debt should send correspondence to {casework}, "
              "quoting the client's name and date of birth. If a client is in Breathing Space, please hold all action "
              "until you hear from us.\n\n{first}\n{role}, {org}",
         short="Out of the office until {back}; I will respond on my return. Complaints and disputes: {casework}.\n{first}",
         quote=(CX_QUOTE, "Dear {first},\n\nWe enclose our final response to the complaint you made on behalf of "
                          "{client}. We have not upheld it, for the reasons set out below.\n\nRef {ref}"),
         note="A money adviser's out-of-office with no headers (lg-39): auto_generated, so third_party is false too."),
    dict(id="M18", mailbox="conexus", sender=("fixed", ["Conexus Payments <payments@conexus-services.com>", "Payments Team <payments@conexus-services.com>"]),
         subjects=["Payment update", "Payment update - account {acct}"],
         body="Payment update for account {acct}\n\n"
              "The Direct Debit collection of {amt_small} due on {date} was returned unpaid by the customer's bank "
              "(reason: insufficient funds). Under the arrangement terms a missed-payment fee of {fee} has been added "
              "and the next collection will be attempted in 7 days.\n\n"
              "If the customer disputes this fee, log the dispute on the case file.\n\n"
              "This is an automated notification from the payments system. Replies to this address are not monitored.",
         note="A payment-system notice that a payment failed and a fee was added: machine-made, so auto_generated "
              "and not a fees complaint."),
    dict(id="M19", mailbox="conexus", sender=("fixed", ["Sterling Credit Accounts <accounts@sterlingcredit.co.uk>", "Sterling Credit <accounts@sterlingcredit.co.uk>"]),
         subjects=["Account update", "Account update - arrears"],
         body="Arrears notification\n\n"
              "Agency placement: Conexus\nCustomer reference: SCL-{kref}\nArrears: {n} payments ({amt})\n"
              "Charges applied this period: default fee {fee}\n\n"
              "The customer has raised a dispute about the default fee with Sterling Credit. Please suspend collection "
              "activity on this account for 30 days while the dispute is reviewed.\n\n"
              "This notice is generated automatically each month for accounts placed with collection partners. Do not "
              "reply to this email.",
         note="A creditor's monthly automatic arrears notice mentioning a customer's fee dispute: auto_generated; "
              "the dispute is reported, not made by the sender."),
    dict(id="M20", mailbox="conexus", sender=("fixed", ["Conexus Casework <casework@conexus-services.com>", "Casework Team <casework@conexus-services.com>"]),
         subjects=["Your case {tk}", "Case {tk} - reminder"],
         body="Case {tk} - reminder\n\n"
              "Type: Complaint (collection conduct)\nReceived: {date}\nStatus: Investigation\n"
              "Final response due: in 3 working days\n\n"
              "The eight-week deadline for this complaint is approaching. If a final response cannot be issued, a "
              "holding letter with the ombudsman referral rights must be sent.\n\n"
              "This reminder was sent automatically by the case management system.",
         note="A case-management deadline reminder about a complaint: a system notification, auto_generated."),
    dict(id="M21", mailbox="conexus", sender=("fixed", ["Martin Ebden <martin@collectionsdesk.co.uk>",
                                                        "Collections Desk <martin@collectionsdesk.co.uk>"]),
         subjects=["Collections Desk - {month} issue", "This month: complaints to the ombudsman"],
         body="Collections Desk - monthly bulletin\n\n"
              "Complaints about debt collectors referred to the ombudsman fell by 6% in the last half-year, but "
              "complaints about charges and fees added to balances rose for the second time running. Disputes over "
              "whether a debt was owed at all remain the largest single group.\n\n"
              "Also inside: customers who go quiet after a payment fails, and a checklist for Breathing Space "
              "notifications.\n\n"
              "You are receiving this email because you signed up at a Collections Desk event. "
              "Unsubscribe | Manage your preferences | View in browser",
         note="An industry bulletin on complaint figures from a named person's address, no list headers: "
              "newsletter by its text (rule 4, lg-40), auto_generated."),
    dict(id="M22", mailbox="conexus", sender=("person", SOLICITORS, "Solicitor"),
         subjects=["Re: Dispute - account {acct}", "Re: Your letter regarding {client}"],
         body="Thank you for your email. I am on leave until {back} with no access to my emails.\n\n"
              "Matters concerning disputed debts, complaints or court deadlines should be sent to my assistant "
              "{colleague} at {colleague_email}, who will make sure they are dealt with.\n\n"
              "This is an automatic reply and your email has not been forwarded.\n\n{name}\n{role}, {org}",
         short="On leave until {back}. Disputes and complaints: {colleague_email}. This is an automatic reply.",
         quote=(CX_QUOTE, "Dear {first},\n\nThank you for your letter disputing the balance on account {acct} on "
                          "behalf of {client}. We have placed the account on hold.\n\nRef {ref}"),
         note="A solicitor's leave auto-reply with no headers: auto_generated, not a third-party dispute."),
    dict(id="M23", mailbox="conexus", sender=("mp_office",),
         subjects=["Re: Your constituent {client}", "Re: Our ref {mpref}"],
         body="Thank you for contacting the office of {mp} MP.\n\n"
              "This is an automated response to let you know your email has been received. Because of the volume of "
              "correspondence it may take up to 15 working days to reply. If you are writing about an existing case, "
              "such as a complaint against a company or a public body, a caseworker will respond to you directly.\n\n"
              "Please do not reply to this email. If your matter is urgent, please call the constituency office on "
              "{phone}.",
         quote=(CX_QUOTE, "Dear {mp},\n\nThank you for your letter on behalf of {client}. We have reviewed her "
                          "account and enclose our response to her complaint.\n\nRef {ref}"),
         note="An MP's office automated response (ordinary parliamentary address, 'Re:' subject): auto_generated, so "
              "not third_party."),
    dict(id="M24", mailbox="conexus", sender=("fixed", ["Conexus Accounts <accounts@conexus-services.com>", "Conexus Customer Accounts <accounts@conexus-services.com>"]),
         subjects=["Your online account", "Payment update"],
         body="Dear Customer,\n\n"
              "We could not take the payment of {amt_small} you scheduled through your online account on {date} "
              "because the card was declined. Your arrangement is now {n} days behind. If you believe this is an "
              "error or wish to dispute any charge on your account, please call us on {phone}.\n\n"
              "Please do not reply to this email, as this mailbox is not monitored.\n\nConexus",
         note="A portal payment-failure notice (copied to the mailbox) about errors and disputes: a system "
              "notification, auto_generated."),
    dict(id="M25", mailbox="conexus", sender=("fixed", ["Northline Energy Partner Team <partners@northline-energy.co.uk>", "Northline Partners <partners@northline-energy.co.uk>"]),
         subjects=["Partner update - {month}", "Partner update"],
         body="Partner update - {month}\n\n"
              "Billing correction: a rate error affected around 2,300 customer accounts billed between January and "
              "March. Corrected bills will be issued this month. Collection partners should pause activity on the "
              "affected accounts listed in the portal and expect more disputes and complaints from those "
              "customers.\n\n"
              "Fees reminder: agency charges must not be added to Northline balances without written approval.\n\n"
              "You are receiving this email because you are a registered Northline collection partner. Manage your "
              "preferences.",
         note="A creditor's partner bulletin about a billing error and expected complaints: bulk mail by its text, "
              "auto_generated; no complaint against Northline is made."),
    dict(id="M26", mailbox="conexus", sender=("fixed", ["Mail Delivery Subsystem <MAILER-DAEMON@mx2.conexus-services.com>", "Mail Delivery Subsystem <MAILER-DAEMON@mx1.conexus-services.com>"]),
         headers={"return-path": "<>", "auto-submitted": "auto-replied",
                  "content-type": "multipart/report; report-type=delivery-status"},
         subjects=["Undelivered Mail Returned to Sender", "Mail delivery failed: returning message to sender"],
         body="Your message could not be delivered to the following recipient. This is a permanent error.\n\n"
              "<{addr}>: host mx.{dom} said: 550 5.1.1 mailbox unavailable\n\n"
              "--- Below this line is a copy of the message ---\n\n"
              "From: Conexus Complaints <complaints@conexus-services.com>\n"
              "Subject: Your complaint {cref} - our final response\n\n"
              "Dear {cust},\n\nWe have now completed our investigation into your complaint about the {fee} charge "
              "added to account {acct}. We have decided to uphold your complaint and...",
         note="A MAILER-DAEMON bounce that quotes our final response to a complaint: auto_generated (lg-16)."),
    dict(id="M27", mailbox="conexus", sender=("fixed", ["Debt Advice Network News <news@debtadvicenetwork.org.uk>", "Network News <news@debtadvicenetwork.org.uk>"]),
         headers={"precedence": "bulk", "list-id": "Network News <news.debtadvicenetwork.org.uk>",
                  "list-unsubscribe": "<https://debtadvicenetwork.org.uk/unsubscribe?u={kref}>"},
         subjects=["Network news: creditor complaints survey results", "Network news - {month}"],
         body="Network News\n\n"
              "Our survey of 400 advisers found that complaints to collection agencies most often concern calls after "
              "a Breathing Space starts, fees added without warning and slow replies to disputes. Members say "
              "automated letters are the hardest to challenge.\n\n"
              "Training: handling disputed debts - places left for {month}.\n\n"
              "View in browser. You are receiving this email as a network member. To unsubscribe or manage your "
              "preferences, visit your account page.",
         note="A mailing-list newsletter (Precedence: bulk, List-Id, List-Unsubscribe) about complaint themes: "
              "auto_generated (rule 4, lg-40)."),
    dict(id="M28", mailbox="conexus", sender=("person_at", "westbury.gov.uk", "Westbury Council", "Revenues Officer"),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
         subjects=["Automatic reply: Council tax arrears - {cust}", "Automatic reply: Complaint about council tax account"],
         body="I am out of the office until {back}. Your email will be dealt with on my return.\n\n"
              "For council tax complaints please email revenues.complaints@westbury.gov.uk.\n\n{name}\n{role}, "
              "Westbury Council",
         note="An out-of-office with Auto-Submitted/X-Autoreply headers and an 'Automatic reply:' subject: "
              "auto_generated; the council is the sender, not the subject."),
    dict(id="M29", mailbox="conexus", sender=("fixed", ["Pennant Mobile Customer Complaints <support@pennantmobile.co.uk>", "Pennant Mobile Support <support@pennantmobile.co.uk>"]),
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
         subjects=["[Ticket #{tk}] Received: Complaint about charges on account {acct}"],
         body="Hello,\n\nYour request has been received and ticket #{tk} has been created.\n\n"
              "A member of the Customer Complaints team will review it. Complaints about charges are usually "
              "answered within 10 working days.\n\n"
              "To add information, reply above this line and keep the ticket number in the subject.\n\n"
              "Pennant Mobile Customer Complaints\nThis is an automated message.",
         note="A creditor's helpdesk autoresponder (auto headers, ticket subject): auto_generated; no firm label."),
    dict(id="M30", mailbox="conexus", sender=("fixed", ["Lumen Water Partner Portal <portal@lumenwater.co.uk>", "Lumen Water Portal <portal@lumenwater.co.uk>"]),
         headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
         subjects=["Daily disputes report - {date}"],
         body="Daily disputes report for Conexus, {date}\n\n"
              "New disputes logged: {n}\nDisputes closed: 2\nComplaints escalated to Lumen Water: 1\n"
              "Accounts on hold pending dispute: see the portal.\n\n"
              "This report is sent automatically every working day. Please do not reply.",
         note="A daily automatic report (Auto-Submitted: auto-generated, Precedence: bulk) counting disputes and "
              "complaints: auto_generated."),
]

# ---------------------------------------------------------------------------------------------
# rendering

WHO_POOLS = {"lawfirm": (LAW_FIRMS, ["Conveyancing Executive", "Senior Conveyancer", "Post-completion Manager",
                                     "Associate Solicitor"]),
             "lender": (LENDERS, ["Mortgage Operations Manager", "Completions Team Leader", "Redemptions Officer"]),
             "adviser": (ADVICE, ["Money Adviser", "Senior Debt Caseworker"]),
             "northline": ([("Northline Energy", "northline-energy.co.uk")], ["Credit Control Manager",
                                                                              "Finance Analyst"])}


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def person_name(rng):
    first = pick(rng, FEMALE + MALE)
    return first, pick(rng, SURNAMES)


def personal_address(rng, first, last):
    style = rng.randrange(4)
    local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
             f"{last}.{first[0]}"][style].lower()
    return f"{local}@{pick(rng, PERSONAL_DOMAINS)}"


def work_address(first, last, domain):
    return f"{first[0].lower()}.{last.lower()}@{domain}"


def values(rng):
    """Every placeholder a text may use, drawn in a fixed order."""
    cf, cl = person_name(rng)
    rf = pick(rng, MALE)
    client = f"{pick(rng, FEMALE)} {pick(rng, SURNAMES)}"
    cust = f"{pick(rng, FEMALE + MALE)} {pick(rng, SURNAMES)}"
    af, al = person_name(rng)
    v = {
        "colleague": f"{cf} {cl}", "colleague_first": cf, "colleague_last": cl, "relative_first": rf,
        "client": client, "cust": cust,
        "acct": f"CX-{rng.randrange(1000000, 9999999)}", "ws": f"31-{rng.randrange(10000, 99999)}",
        "case": f"PX-C-{rng.randrange(20000, 29999)}", "cref": f"CX-COMP-{rng.randrange(50000, 69999)}",
        "tk": str(rng.randrange(1000, 99999)), "inv": f"INV-{rng.randrange(100000, 999999)}",
        "kref": str(rng.randrange(100000, 999999)), "app": f"APP-{rng.randrange(10000, 99999)}",
        "remit": f"RA-{rng.randrange(100000, 999999)}",
        "tit": f"{pick(rng, ['SY', 'BK', 'LN', 'GR', 'DN', 'WYK'])}{rng.randrange(100000, 999999)}",
        "mpref": f"MP/{rng.randrange(1000, 9999)}",
        "back": pick(rng, BACK), "date": pick(rng, PAST), "qtime": f"{rng.randrange(9, 17)}:{rng.randrange(10, 59)}",
        "month": pick(rng, MONTHS),
        "amt": f"£{rng.randrange(180, 2400)}.{rng.randrange(10, 99)}", "amt_small": f"£{rng.randrange(15, 140)}",
        "fee": pick(rng, ["£12", "£15", "£25", "£30"]), "n": str(rng.randrange(3, 10)),
        "street": pick(rng, STREETS), "town": pick(rng, TOWNS),
        "phone": f"{pick(rng, PHONES)}{rng.randrange(100, 999)}", "mp": pick(rng, MPS),
        "hours": str(rng.randrange(4, 12)), "addr": personal_address(rng, af, al),
    }
    v["dom"] = v["addr"].split("@")[1]
    v["qdate"] = f"{v['date']} at {v['qtime']}"
    return v


def fill(text, v):
    return text.format(**v)


def draw_envs(rng, kinds):
    """Two different envelope kinds for one scenario."""
    a = pick(rng, kinds)
    b = pick(rng, [k for k in kinds if k != a])
    return [a, b]


def render_p(rng, sc, env, v):
    who = sc["who"]
    first, last = person_name(rng)
    name = f"{first} {last}"
    v = dict(v, first=first, last=last, name=name)
    v["relative"] = f"{v['relative_first']} {last}"
    if who == "consumer":
        addr = personal_address(rng, first, last)
        sig = name
        v["colleague_email"] = personal_address(rng, v["colleague_first"], v["colleague_last"])
    elif who == "mp":
        addr = f"{first.lower()}.{last.lower()}@parliament.uk"
        sig = f"{name}\nCaseworker to {v['mp']} MP"
        v["colleague_email"] = f"{v['colleague_first'].lower()}.{v['colleague_last'].lower()}@parliament.uk"
    else:
        pool, roles = WHO_POOLS[who]
        org, domain = pick(rng, pool)
        role = sc.get("role") or pick(rng, roles)
        addr = work_address(first, last, domain)
        v.update(org=org, domain=domain, casework=f"casework@{domain}")
        v["colleague_email"] = work_address(v["colleague_first"], v["colleague_last"], domain)
        sig = f"{name}\n{role}\n{org}"
    if who == "consumer" or who == "mp":
        v.setdefault("casework", "casework@example.org")
    greet = pick(rng, PERSON_GREET[sc["mailbox"]])
    sign = pick(rng, SIGN_OFF)
    subject = fill(pick(rng, sc["subjects"]), v)
    if env == "short":
        text = fill(sc["short"], v) + "\n\n" + first
    else:
        text = greet + "\n\n" + fill(sc["body"], v) + "\n\n" + sign + "\n" + sig
    if env == "typos":
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35)
    html = env in ("html", "reply-html")
    quote = None
    if env in ("reply", "reply-html"):
        head, qtext = sc["quote"]
        quote = (fill(head, v), fill(qtext, dict(v, ref="{ref}")))
    return dict(sender=f"{name} <{addr}>", subject=subject, text=text, html=html, quote=quote, headers=None)


def render_m(rng, sc, env, v):
    kind = sc["sender"]
    first, last = person_name(rng)
    name = f"{first} {last}"
    v = dict(v, first=first, last=last, name=name)
    if kind[0] == "person":
        org, domain = pick(rng, kind[1])
        sender = f"{name} <{work_address(first, last, domain)}>"
        v.update(org=org, role=kind[2], casework=f"casework@{domain}", team_email=f"mortgageops@{domain}",
                 colleague_email=work_address(v["colleague_first"], v["colleague_last"], domain))
    elif kind[0] == "person_at":
        domain = kind[1]
        sender = f"{name} <{work_address(first, last, domain)}>"
        v.update(org=kind[2], role=kind[3])
    elif kind[0] == "fixed_org":
        org, domain = pick(rng, kind[1])
        v.update(org=org)
        sender = f"{fill(kind[2], v)} <{kind[3]}@{domain}>"
    elif kind[0] == "mp_office":
        mp = v["mp"]
        sender = f"Office of {mp} MP <{mp.lower().replace(' ', '.')}.mp@parliament.uk>"
    else:
        sender = pick(rng, kind[1])
    # the recipient greeted in a quoted message is someone else than the auto-replier only where it must be
    subject = fill(pick(rng, sc["subjects"]), v)
    text = fill(sc["short"] if env == "short" else sc["body"], v)
    html = env in ("html", "reply-html")
    quote = None
    if env in ("reply", "reply-html"):
        head, qtext = sc["quote"]
        quote = (fill(head, v), fill(qtext, dict(v, ref="{ref}")))
    headers = {k: fill(h, v) for k, h in sc["headers"].items()} if sc.get("headers") else None
    return dict(sender=sender, subject=subject, text=text, html=html, quote=quote, headers=headers)


def build(rng):
    records = []
    for group, scenarios in (("P", P), ("M", M)):
        for sc in scenarios:
            kinds = ["plain", "plain", "html"]
            if sc.get("quote"):
                kinds += ["reply", "reply-html"]
            if sc.get("short"):
                kinds.append("short")
            if group == "P":
                kinds.append("typos")
            envs = draw_envs(rng, kinds)
            senders = []
            for env in envs:
                v = values(rng)
                for _ in range(10):
                    st = rng.getstate()
                    r = (render_p if group == "P" else render_m)(rng, sc, env, v)
                    if r["sender"] not in senders:
                        break
                    rng.setstate(st)
                    rng.random()
                senders.append(r["sender"])
                lab = sc["lab"] if group == "P" else short_labels(auto=True)
                note = sc["note"] + ("" if group == "P" else AUTO_NOTE)
                marks = rights_marks_of(r["text"])
                body = strip_marks(r["text"], MARK_RIGHTS)
                rec = finish_marked_record(rng, mailbox=sc["mailbox"], sender=r["sender"], subject=r["subject"],
                                           body=body, html=r["html"], quote=r["quote"], subject_marks=[],
                                           body_marks=marks, labels=lab, note=note, source=f"tmc-{sc['id']}",
                                           env=env, headers=r["headers"])
                records.append(rec)
    return records


def summary(records, envs):
    labs = [r["labels"] for r in records]
    scen = len({r["source"] for r in records})
    return (f"wrote {len(records)} emails ({scen} scenarios) to {os.path.relpath(OUT, ROOT)}\n"
            f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}), "
            f"machine-made {sum(l['auto_generated'] for l in labs)}, with rights {sum(bool(l['rights']) for l in labs)}, "
            f"third party {sum(l['third_party'] for l in labs)}, "
            f"with any header {sum(bool(r['headers']) for r in records)}, html {sum(r['html'] for r in records)}\n"
            f"envelopes: {', '.join(f'{k} {envs[k]}' for k in sorted(envs))}")


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
