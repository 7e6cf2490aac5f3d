#!/usr/bin/env python3
"""Evaluation set text_machine_judge_d: mail whose OWN TEXT carries machine-mail wording (stdlib only).

60 scenarios, each rendered twice (120 emails), 30 per mailbox:

* group P ("tmd-P01".."tmd-P30"): written by a PERSON who uses out-of-office, "do not reply", bounce,
  unsubscribe or receipt wording in their own text (going on leave, quoting an automated reply, complaining about
  automatic mail that keeps coming). 24 are complaints by the labelling guide, 6 are a person's non-complaints.
  No automatic headers, ordinary addresses and subjects.
* group M ("tmd-M01".."tmd-M30"): MACHINE-MADE mail (auto_generated) whose text speaks of complaints, disputes,
  fees, failures or errors: out-of-office replies, automatic acknowledgements, ticket and portal notices, payment
  notifications, bounces, read receipts, newsletters and digests. 23 carry no automatic header and come from an
  ordinary-looking address; 7 carry the headers such mail really has.

Request sentences are marked inline as [[right|sentence]] (labelled_mail.MARK_RIGHTS). Every person, firm
(outside data/firms.csv), address and reference number is invented.

Usage:  .venv/bin/python data/make/make_text_machine_judge_d.py
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281104
PREFIX = "tmd"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "text_machine_judge_d.jsonl")

FIRST = ["Alison", "Bartek", "Chloe", "Deepak", "Eleni", "Fergus", "Gemma", "Hamid", "Isla", "Jonah", "Kiran",
         "Lorna", "Mehmet", "Niamh", "Oluwaseun", "Philippa", "Quentin", "Rosa", "Stelios", "Tamsin", "Umar",
         "Verity", "Wojciech", "Yasmin", "Zachary", "Bronwen", "Cormac", "Delphine", "Ewan", "Farah"]
LAST = ["Ackroyd", "Bannerman", "Castellano", "Dunmore", "Egerton", "Fairbairn", "Gillespie", "Hargreaves",
        "Iqbal", "Jessop", "Kowalski", "Lindqvist", "Maguire", "Nwachukwu", "Ormerod", "Pettifer", "Quayle",
        "Rahman", "Sandoval", "Treharne", "Underwood", "Varga", "Whitcombe", "Yeoman", "Zielinski", "Brannigan",
        "Coulthard", "Desai", "Emsley", "Fitzgerald"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com", "talktalk.net", "proton.me"]

GREET = {
    "pexa": ["Hello,", "Hi,", "Dear Sir or Madam,", "Dear PEXA team,", "Good morning,", "To whom it may concern,",
             "Hi there,", ""],
    "conexus": ["Hello,", "Dear Sir or Madam,", "Dear Conexus,", "Hi,", "Good afternoon,", "To whom it may concern,",
                "Dear team,", ""],
}
FOOTERS = ["This email and any attachments are confidential and intended only for the addressee.",
           "Please consider the environment before printing this email.",
           "Registered in England and Wales, company number 0{n}.",
           "Scanned for viruses before sending. Registered office as above; company no. 0{n}."]
SIGN = ["Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Best wishes,", "Yours faithfully,", "Thank you,"]

# the firm's earlier messages that a reply envelope may quote (header line, text with {ref})
Q_PEXA_ACK = ("On 28 May 2025, at 09:14, PEXA Support wrote:",
              "Thank you for contacting PEXA Support. Your request has been logged as SR-{ref}.\n"
              "This is an automated message. Please do not reply to this email.")
Q_CONEXUS_REMIND = ("On 3 Jun 2025, at 07:00, Conexus Accounts wrote:",
                    "This is an automated reminder about your account (notice R-{ref}).\n"
                    "Your account is in arrears. Please make a payment or contact us to avoid further action.\n"
                    "Please do not reply to this email.")


# ---------------------------------------------------------------------------------------------
# group P: written by a person

P = [
    dict(id="P01", mailbox="pexa", who="biz", org="Hadley Brook Law", domain="hadleybrooklaw.co.uk",
         role="Associate",
         subjects=["Lodgement stuck - workspace 31-90417", "workspace 31-90417"],
         body="Workspace 31-90417 has been sitting at 'lodgement pending' since 19 May. I have written to support "
              "three times and each time the only thing that comes back is a message saying \"This is an automated "
              "message. Please do not reply to this email. Your request is important to us.\" Nobody has actually "
              "looked at it, and the buyer's lender is now asking us why their charge is not registered.\n\n"
              "I am out of the office from Thursday until Monday 16 June. I do not want this sitting in a queue "
              "until I get back, so please ring my colleague Dev Anand on 0117 496 0384 and tell him what is "
              "holding it up and when it will be lodged.",
         short="Workspace 31-90417 is still 'lodgement pending' after three weeks, and all support ever sends is "
               "\"This is an automated message. Please do not reply to this email.\" I am out of the office until "
               "Monday 16 June; please ring Dev Anand on 0117 496 0384 today and tell him what is holding it up.",
         quote=Q_PEXA_ACK,
         labels=short_labels(c=True, cat="delay"),
         note="The writer quotes the automated acknowledgement and mentions her own absence, but her new text is "
              "dissatisfaction at a lodgement stuck for weeks with no human reply plus a demand for a call: an "
              "implicit complaint about something late (delay)."),
    dict(id="P02", mailbox="pexa", who="biz", org="Thames Valley Mortgages", domain="tvmortgages.co.uk",
         role="Completions Manager",
         subjects=["Workspace fee charged twice - March invoice", "Invoice PXI-558201"],
         body="I am out of the office from Friday 27 June until 7 July, so I am putting this in writing before I go "
              "and would like it treated as a formal complaint.\n\n"
              "Invoice PXI-558201 charges the settlement fee for workspace 31-87730 twice, on 11 March and again on "
              "14 March, at £28.50 each. There was one settlement. Our finance team raised it through the billing "
              "form in April and got an email back saying the query had been \"closed automatically\", with no "
              "explanation at all.\n\n"
              "Please refund the duplicate fee and confirm in writing how it happened. While I am away the reply "
              "can go to finance@tvmortgages.co.uk with me in copy.",
         labels=short_labels(c=True, ex=True, cat="fees_charges"),
         note="A directory lender writing about PEXA's own duplicate fee is the complainant, not the subject "
              "(about_other_firm null); 'formal complaint' in the new text makes it explicit; the leave notice is "
              "the writer's own sentence, not an auto-reply."),
    dict(id="P03", mailbox="pexa", who="personal",
         subjects=["Our purchase of 12 Wrenfield Close", "12 Wrenfield Close - completion"],
         body="We are buying 12 Wrenfield Close and were told by Marsh & Penrose Conveyancing that completion would "
              "be on 20 June. Since then they have gone quiet. Every email to our conveyancer comes straight back "
              "with \"This mailbox is not monitored. Your message has not been read\", and the office phone goes to "
              "voicemail.\n\n"
              "We are away from Saturday for a family funeral and will be hard to reach for a week. Our removal van "
              "is booked and our own buyer is pushing. Please can whoever is responsible chase them, or tell us who "
              "we should be speaking to, because we are running out of time.",
         short="Marsh & Penrose Conveyancing have stopped answering about our purchase of 12 Wrenfield Close - every "
               "email comes back \"This mailbox is not monitored\". Completion is meant to be 20 June and we are away "
               "from Saturday. Please get someone to chase them.",
         labels=short_labels(c=True, cat="delay", firm="mpc"),
         note="A home buyer's grievance is purely with the participant conveyancer (Marsh & Penrose) going silent "
              "while completion slips; the 'not monitored' line is their firm's, quoted by the buyer: implicit "
              "complaint, about_other_firm mpc, delay."),
    dict(id="P04", mailbox="pexa", who="biz", org="Castlegate Property Law", domain="castlegatelaw.co.uk",
         role="Senior Conveyancer",
         subjects=["PEXA Insights emails", "Please take me off your mailing lists"],
         body="For the fourth time: please stop sending me the PEXA Insights newsletter and the webinar promotions. "
              "Each one says \"You are receiving this email because you registered for a PEXA event\" - I registered "
              "for one training session in 2023, not for marketing. The \"to unsubscribe, click here\" link at the "
              "bottom takes me to an error page, and \"manage your preferences\" asks me to log in with an account I "
              "do not have.\n\n"
              "[[objection|I object to my work email address being used for any PEXA marketing or promotional "
              "mail.]] Please confirm it has been removed from every list, and tell me why the unsubscribe link has "
              "been broken for two months.",
         labels=short_labels(c=True, pd=True, r="objection", cat="personal_data"),
         note="The bulk-mail lines are quoted by a person who is fed up that marketing continues after repeated "
              "opt-outs and wants confirmation: an implicit complaint about unexpected use of her contact data "
              "(personal_data), with an objection to marketing."),
    dict(id="P05", mailbox="pexa", who="biz", org="Lowther & Finch Solicitors", domain="lowtherfinch.co.uk",
         role="Partner",
         subjects=["My complaint of 2 May - no reply", "Still waiting - workspace 31-86002"],
         body="On 2 May I sent a complaint to your complaints address about the failed settlement on workspace "
              "31-86002. Within a minute I got back \"Your message could not be delivered to one or more "
              "recipients\". I sent it again that afternoon from a colleague's account; that copy did not bounce, "
              "but there has been no acknowledgement and no reply since.\n\n"
              "That is more than five weeks. Please confirm you have my complaint, give me a reference and tell me "
              "when I will have a response.",
         short="I sent my complaint about workspace 31-86002 on 2 May. The first copy bounced with \"Your message "
               "could not be delivered\" and the second has had no reply in five weeks. Please acknowledge it and "
               "give me a date for a response.",
         labels=short_labels(c=True, ex=True, cat="delay"),
         note="A person quotes a bounce she received and chases a complaint unanswered for five weeks: a still-"
              "waiting chaser is a complaint about delay, explicit because she calls it her complaint."),
    dict(id="P06", mailbox="pexa", who="biz", org="Beckett Lane Conveyancing", domain="beckettlane.co.uk",
         role="Conveyancing Executive",
         subjects=["Cover while I am on leave", "Workspace notifications from August"],
         body="I start maternity leave on 1 August and will be away until next spring. My out-of-office will say "
              "\"I am away until April 2026 and will not see this message\", so please don't send anything "
              "workspace-related to me after that date.\n\n"
              "Could you move the email notifications for my open workspaces to my colleague Harriet Osei at "
              "harriet.osei@beckettlane.co.uk? She already has a PEXA login. If there is a form for this, just point "
              "me to it and I will fill it in this week.\n\n"
              "Thank you - the team has been very helpful over the past year.",
         labels=short_labels(),
         note="A person quoting her own future out-of-office and asking for a routine change, with thanks and no "
              "dissatisfaction: a service request, not a complaint, and not auto-generated."),
    dict(id="P07", mailbox="pexa", who="biz", org="Pell & Ward Solicitors", domain="pellward.co.uk",
         role="Training Coordinator",
         subjects=["Settlement training on 10 June", "Training booking for our new starters"],
         body="Six of our new starters sat in a meeting room on 10 June waiting for the settlement training your "
              "booking system had confirmed. The confirmation was one of the emails marked \"Sent automatically - "
              "please do not reply\", and it gave 10:00. Nobody joined. Later that day a second automatic email "
              "arrived saying the session had been \"rescheduled\" to 9 June, the day before.\n\n"
              "This is the second session in a row we have lost. Please book the group onto a session with a real "
              "trainer, give us at least a week's notice, and explain what went wrong with the booking emails.",
         labels=short_labels(c=True, cat="training"),
         note="The 'sent automatically' wording belongs to the booking emails the writer quotes; she is dissatisfied "
              "that a second training session was lost and asks for a rebooking and an explanation: implicit "
              "complaint, training beats the generic themes."),
    dict(id="P08", mailbox="pexa", who="biz", org="Arden Vale Law", domain="ardenvalelaw.co.uk",
         role="Practice Manager",
         subjects=["Registration AVL-2291", "Our application to join PEXA"],
         body="We applied to join the platform on 3 April. Since then we have had five emails headed \"This is an "
              "automated message\" saying our application is \"under review\", and two saying our identity "
              "verification \"could not be completed\". No one has told us which document is the problem, and we "
              "have sent the same certified passports and practising certificate each time.\n\n"
              "We have clients waiting to complete through PEXA and we are losing work. [[automated_decision|Please "
              "have a member of your onboarding team, not the automated check, review our verification documents "
              "and decide on the application.]] I would also like the name of someone I can speak to directly.",
         labels=short_labels(c=True, r="automated_decision", cat="onboarding"),
         note="Automated-message wording is quoted by a new firm losing work over a stalled registration; asking for "
              "a person instead of the automated check is automated_decision, and onboarding is the specific theme "
              "(personal_data stays false)."),
    dict(id="P09", mailbox="pexa", who="personal",
         subjects=["My mother's sale - redemption figure", "4 Tenby Court - wrong redemption statement"],
         body="I am writing for my mother, Mrs Irene Haworth, who is 86 and selling her flat at 4 Tenby Court. Her "
              "mortgage is with Kestrel Building Society. The redemption statement Kestrel sent to her solicitor "
              "includes an early repayment charge of £2,140, but her fixed rate ended in January and there should "
              "be no charge at all.\n\n"
              "I have emailed Kestrel twice and each time received \"Thank you for your email. This is an automated "
              "response. We aim to reply within 10 working days.\" Nothing else. Completion is set for 30 June and "
              "the solicitor will not complete on a wrong figure. I understand you run the settlement system rather "
              "than the mortgage, so please pass this to whoever at Kestrel can correct the statement.",
         labels=short_labels(c=True, tp=True, cat="inaccurate_information", firm="kbs"),
         note="A son writes for his mother (third_party) about a wrong redemption figure from her lender; the "
              "automated response he quotes is Kestrel's, and PEXA is not blamed: implicit complaint to forward, "
              "about_other_firm kbs, inaccurate_information."),
    dict(id="P10", mailbox="pexa", who="biz", org="Calloway Whitfield LLP", domain="callowaywhitfield.co.uk",
         role="Head of Residential Property",
         subjects=["Re: Workspace fee refund"],
         body="Thank you - the credit note has come through and our accounts team are happy with it.\n\n"
              "I am away from tomorrow until Monday, so there is no need to reply. If anything else comes up, my "
              "out-of-office will give you Sam's details.\n\n"
              "Thanks again for sorting it so quickly.",
         quote=("On 11 Jun 2025, at 15:02, Joanna Pryce, PEXA Customer Resolution wrote:",
                "Hello,\nFurther to your complaint about the duplicate workspace fee, we have upheld it and issued "
                "credit note CN-{ref}.\nJoanna Pryce\nPEXA Customer Resolution"),
         labels=short_labels(),
         note="A thank-you confirming a settled matter, with the writer's own note that she will be away; the word "
              "'complaint' is only in the quoted reply, so complaint=false and category none."),
    dict(id="P11", mailbox="pexa", who="biz", org="Marlow Keane LLP", domain="marlowkeane.co.uk",
         role="Partner",
         subjects=["Outage this morning", "Three failed completions today"],
         body="Three completions failed this morning because the platform would not release funds. For two hours "
              "your status page said \"All systems operational - this page is updated automatically\" while our "
              "screens showed a grey error box. Your phone line played a recorded message and hung up.\n\n"
              "THREE families could not get their keys today. I am out of the office tomorrow and I expect a full "
              "written explanation, and your proposal for covering our clients' extra costs, waiting for me when I "
              "am back on Friday.",
         short="Three completions failed this morning because funds would not release, while your status page said "
               "\"All systems operational - updated automatically\". THREE families without keys. I am out of the "
               "office tomorrow; I expect a written explanation and an offer on our clients' costs by Friday.",
         labels=short_labels(c=True, cat="platform_defect"),
         note="An angry partner quotes the automatic status-page line and mentions his own absence; the platform "
              "failed and he demands an explanation and costs: implicit complaint, platform_defect."),
    dict(id="P12", mailbox="pexa", who="personal",
         subjects=["Stop sending me emails about someone else's house", "Workspace update emails - not me"],
         body="For three weeks I have been getting your \"Workspace update\" emails about a property sale I have "
              "nothing to do with. They show the seller's name, the address of the house, the completion date and "
              "the name of the bank. Each one ends with \"This mailbox is not monitored\", so replying has done "
              "nothing, and I have no PEXA account to log into.\n\n"
              "Someone has clearly typed my email address by mistake. I don't want to be seeing strangers' details, "
              "and I doubt they would want me to. [[erasure|Please remove my email address from your system "
              "completely.]] And please confirm that these emails have been stopped.",
         short="Your \"Workspace update\" emails about a stranger's house sale - names, address, completion date - "
               "keep coming to me, and they all say \"This mailbox is not monitored\". [[erasure|Please remove my "
               "email address from your system completely.]] And confirm that they have stopped.",
         labels=short_labels(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
         note="Someone else's sale details are being sent to the wrong person (breach); unlike a neutral report, "
              "this writer is annoyed and demands that it stop and be confirmed, so an implicit personal-data "
              "complaint; removing her address is erasure."),
    dict(id="P13", mailbox="pexa", who="biz", org="Heathcote Bank", domain="heathcotebank.co.uk",
         role="Mortgage Completions Team Leader",
         subjects=["Support ticket 44180 closed without an answer", "Ticket 44180"],
         body="I want to complain about the way our support ticket 44180 was handled. We reported on 28 May that "
              "settlement statement totals were not updating after we amended the redemption figures. We got an "
              "email reading \"Your ticket has been updated. This is an automated notification\", then five days "
              "later another saying the ticket had been \"closed automatically due to no response\". We had "
              "responded, twice, through the portal.\n\n"
              "Please reopen the ticket, have someone who understands settlement statements contact me, and explain "
              "why it was closed while we were waiting on you.",
         quote=("On 2 Jun 2025, at 06:00, PEXA Support wrote:",
                "Your ticket 44180 has been closed automatically due to no response.\n"
                "This is an automated notification. Please do not reply."),
         labels=short_labels(c=True, ex=True, cat="service_quality"),
         note="Staff of a directory lender complain, in those words, about how their ticket was handled (closed by "
              "the system while they were waiting); the quoted notices are machine text but the new text is a "
              "person's: explicit, service_quality, about_other_firm null."),
    dict(id="P14", mailbox="pexa", who="biz", org="Brightwater Legal", domain="brightwater-legal.co.uk",
         role="Conveyancer",
         subjects=["Change of email address for my PEXA login", "New email address"],
         body="Our firm is moving to a new domain at the end of the month. From 1 July anything sent to my old "
              "address will come back with \"your message could not be delivered\", so I want to get my details "
              "changed before that happens.\n\n"
              "[[rectification|Please change the email address on my PEXA user profile to the one I am writing "
              "from.]] My user ID is BWL-0412. Nothing else needs to change.",
         labels=short_labels(r="rectification"),
         note="Bounce wording used by a person to explain why her address must change; no dissatisfaction, so not "
              "a complaint, but updating her own profile is rectification."),
    dict(id="P15", mailbox="pexa", who="personal",
         subjects=["Fee on my remortgage", "Remortgage completing 4 July"],
         body="I am going into hospital on Monday for an operation and will be away for about two weeks, so I need "
              "to raise this now. My remortgage with Beacon Home Finance is due to complete through your system on "
              "4 July. Their completion statement has a £195 \"funds release fee\" that nobody mentioned when I took "
              "the offer, and it is not in my offer document.\n\n"
              "Every email I get from Beacon says \"Please do not reply to this email\", and their phone line keeps "
              "me on hold. I do not want to pay a fee I was never told about. Please make sure Beacon look at this "
              "and take it off, and let me know by email what happens.",
         labels=short_labels(c=True, cat="fees_charges", firm="bhf"),
         note="A borrower's grievance is a fee added by her lender, whose 'do not reply' line she quotes; PEXA is "
              "not blamed: implicit complaint to forward, about_other_firm bhf, fees_charges."),
    # ---------------------------------------------------------------- conexus
    dict(id="P16", mailbox="conexus", who="personal",
         subjects=["Account CX-4471803 - £30 charge", "Re: account 4471803"],
         body="I work offshore and fly out on Sunday for three weeks with no phone signal, so please deal with this "
              "by email.\n\n"
              "My statement shows a £30 missed payment charge for May. I did not miss it. I have the email my bank "
              "sent on 1 May, which says \"This is a receipt for your payment of £60.00 to Conexus Ltd\", and the "
              "money left my account that day. Please take the charge off and send me a corrected balance so I know "
              "where I stand when I get back.",
         short="I fly out on Sunday for three weeks offshore. Your May statement has a £30 missed payment charge, but "
               "my bank's email says \"This is a receipt for your payment of £60.00 to Conexus Ltd\" dated 1 May. "
               "Please remove the charge and email me the corrected balance.",
         labels=short_labels(c=True, cat="fees_charges"),
         note="A person quotes a payment receipt as evidence and mentions going away; she wants a charge Conexus "
              "added removed: implicit complaint, fees_charges (a charge on top, not the debt itself)."),
    dict(id="P17", mailbox="conexus", who="personal",
         subjects=["Breathing Space!!", "STOP these emails"],
         body="I am in a Breathing Space. My adviser told you on 12 May. Since then I have had NINE emails from you, "
              "every one starting \"This is an automated message. Your account is in arrears and action may be "
              "taken\". Nine. I am not sleeping.\n\n"
              "Your system obviously doesn't know or doesn't care. Stop these messages now and tell me in writing "
              "that no action is being taken while the Breathing Space is running.",
         short="I'm in a Breathing Space since 12 May and you have sent me NINE \"This is an automated message. Your "
               "account is in arrears\" emails. Stop them now and confirm in writing that nothing is being done "
               "while it runs.",
         quote=Q_CONEXUS_REMIND,
         labels=short_labels(c=True, cat="collection_conduct"),
         note="An angry debtor quotes the automated arrears email; contact during a Breathing Space is how the debt "
              "is pursued: implicit complaint, collection_conduct; mentioning her adviser does not make it third "
              "party."),
    dict(id="P18", mailbox="conexus", who="biz", org="Tynebank Money Advice", domain="tynebankadvice.org.uk",
         role="Money Adviser",
         subjects=["Client Mr Aled Price - CX-5520917", "Mr A. Price - your ref CX-5520917"],
         body="I am writing to complain on behalf of my client, Mr Aled Price. On 3 June I sent you a letter "
              "explaining that Mr Price has a serious mental health condition and asking that all contact goes "
              "through this service. Your reply came from a \"noreply\" address, said \"This mailbox is not "
              "monitored\", and made no mention of anything I had told you. Your agents have phoned Mr Price four "
              "times since.\n\n"
              "Please add a vulnerability marker to his account, stop direct contact, and confirm both in writing. I "
              "am on leave from 20 June to 30 June; my colleague Naomi Stroud (naomi.stroud@tynebankadvice.org.uk) "
              "will pick up your reply.",
         labels=short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
         note="A money adviser complains on a client's behalf (third_party, explicit) about calls to a vulnerable "
              "client; the 'not monitored' wording is quoted and the leave note is her own: collection_conduct."),
    dict(id="P19", mailbox="conexus", who="personal",
         subjects=["Emails about loans", "Where did you get this address?"],
         body="Since I started paying my account off I have been getting emails with offers of consolidation loans "
              "\"from our trusted partners\". They say \"You are receiving this email because you are a valued "
              "Conexus customer\". I never agreed to this, and I never gave you this email address - I only ever "
              "gave you my phone number.\n\n"
              "[[objection|I object to you using my details for marketing, yours or anyone else's.]] "
              "[[informed|Tell me where you got this email address and on what basis you think you can send me "
              "these offers.]] I expect an answer within the month.",
         labels=short_labels(c=True, pd=True, r="objection,informed", cat="personal_data"),
         note="The bulk-mail line is quoted by a debtor angry at marketing he never agreed to, from an address he "
              "never gave: an implicit complaint about data used unexpectedly (personal_data), with objection and "
              "informed."),
    dict(id="P20", mailbox="conexus", who="personal",
         subjects=["Away until the end of July", "Account CX-2038861 - away in July"],
         body="Just to let you know I will be away from 5 July until 31 July. I'm going to stay with my sister while "
              "I recover from an operation, and I won't have my post. My payments of £40 a month are by standing "
              "order, so they will carry on as normal.\n\n"
              "If you need anything from me, email is best, and I will reply on my return. Is there anything I need "
              "to do before I go?",
         short="I'll be away from 5 July to 31 July and won't have my post; my £40 standing order carries on. I will "
               "reply to any email on my return. Is there anything I need to do before I go?",
         labels=short_labels(),
         note="'Away until', 'I will reply on my return' written by a person as a courtesy notice with a neutral "
              "question: no dissatisfaction, so an enquiry, not a complaint, and not auto-generated."),
    dict(id="P21", mailbox="conexus", who="personal",
         subjects=["Account CX-6038815", "Already paid - CX-6038815"],
         body="I tried to send this to the address on your letter and got \"Your message could not be delivered\", "
              "so I am sending it here.\n\n"
              "This is a formal complaint. On 14 March your agent agreed a full and final settlement of £900 on my "
              "Sterling Credit Loans account, and I paid it by bank transfer the same day. Your letter of 2 June "
              "says I still owe £384.60 and threatens further action.\n\n"
              "Please confirm in writing that the account is settled, stop the letters, and explain how this "
              "happened.",
         labels=short_labels(c=True, ex=True, cat="debt_dispute"),
         note="A debtor quotes the bounce she got and makes a formal complaint (explicit) that Conexus still pursues "
              "a balance it agreed to settle; the creditor is merely named and only Conexus can fix this, so "
              "about_other_firm null, debt_dispute."),
    dict(id="P22", mailbox="conexus", who="personal",
         subjects=["My father, Mr Dennis Cole", "Dennis Cole - CX-3381094"],
         body="I'm writing about my father, Dennis Cole, account CX-3381094. I hold a lasting power of attorney for "
              "his finances and sent you a copy on 9 May. Dad has dementia. He is getting two or three emails a week "
              "from you that say \"This is an automated reminder - please do not reply\" and warn about further "
              "action, and he rings me in tears each time because he thinks bailiffs are coming.\n\n"
              "I'd be grateful if you could stop sending reminders to him and send everything to me instead, as we "
              "asked in May. Could you also let me know when this has been done? I'm sure it's an oversight, but it "
              "is causing him real distress.",
         quote=Q_CONEXUS_REMIND,
         labels=short_labels(c=True, tp=True, cat="collection_conduct"),
         note="A polite attorney daughter (third_party) quotes the automated reminder; distress to a vulnerable "
              "debtor and a request to redirect contact make it an implicit complaint about how the debt is "
              "pursued (collection_conduct)."),
    dict(id="P23", mailbox="conexus", who="biz", org="Northline Energy", domain="northline-energy.co.uk",
         role="Debt Recovery Manager",
         subjects=["Placement batch 0417 - no activity", "Batch 0417"],
         body="Our monthly report shows 41 accounts from placement batch 0417 with no contact attempts since they "
              "were passed to you in February. The status feed from your system has said \"Sent automatically - no "
              "action required\" against every one of them each week, which is why we did not pick this up "
              "sooner.\n\n"
              "That is four months of nothing on accounts we are paying you to work. Please explain what went wrong, "
              "tell us when work on these accounts will start, and let us know whether other batches are affected. "
              "I am on leave next week, so please copy my manager, Ruth Kemble, on your reply.",
         labels=short_labels(c=True, cat="delay"),
         note="A creditor client (directory firm as sender, so about_other_firm null) is dissatisfied that placed "
              "accounts have not been worked for months and wants an explanation: implicit complaint, delay; the "
              "'sent automatically' line is quoted from a feed."),
    dict(id="P24", mailbox="conexus", who="personal",
         subjects=["Lumen Water bill", "Letter about 31 Gatley Road"],
         body="You have written to me about £642 for Lumen Water at 31 Gatley Road. I moved out of that house on "
              "14 August 2023 and told Lumen at the time. The bill you are chasing is for water used after I left, "
              "by the new tenants.\n\n"
              "I did write to Lumen first. Their reply said \"This mailbox is not monitored. Please visit our "
              "website\", and the website sends me round in circles. The bill should never have been in my name. "
              "Please send this back to Lumen and tell them to correct it.",
         short="The £642 Lumen Water bill you are chasing for 31 Gatley Road is for usage after I moved out in August "
               "2023. Lumen's only reply was \"This mailbox is not monitored\". Please send it back to them to "
               "correct.",
         labels=short_labels(c=True, cat="debt_dispute", firm="lwt"),
         note="The root cause is the creditor billing the wrong occupier, which only Lumen can correct; its 'not "
              "monitored' reply is quoted by the debtor: implicit complaint, about_other_firm lwt, debt_dispute."),
    dict(id="P25", mailbox="conexus", who="personal",
         subjects=["Payment plan - holiday", "Re: your payment plan"],
         body="Thank you for the email confirming my payment plan. It said \"This is an automated message\" at the "
              "top, so I wasn't sure whether I could reply to it, hence writing here.\n\n"
              "I'm away from 2 July to 16 July. My payment date is the 5th. Is it all right to make the July payment "
              "on the 1st, before I go, or would that confuse the system? I'd rather pay early than late.",
         labels=short_labels(),
         note="A person quotes the automated confirmation only to explain where she is writing, then asks a neutral "
              "question about paying early: an enquiry, complaint=false."),
    dict(id="P26", mailbox="conexus", who="personal",
         subjects=["Phone line", "Can't get through"],
         body="I am making a complaint about your phone line. On Tuesday I was on hold for 52 minutes before the "
              "call dropped. On Wednesday I waited 47 minutes and was cut off just as someone answered. All your "
              "emails say \"Please do not reply to this email\", so I had no other way to reach you until I found "
              "this address.\n\n"
              "I need to speak to someone about changing my payment date. Please phone me on the number on my "
              "account between 9 and 11 any morning, and tell me what you are doing about the waiting times.",
         short="I am making a complaint: 52 minutes on hold on Tuesday, 47 on Wednesday, cut off both times, and your "
               "emails all say \"Please do not reply to this email\". Please phone me between 9 and 11 any morning.",
         labels=short_labels(c=True, ex=True, cat="wait_time"),
         note="The 'do not reply' line is quoted by a person complaining in those words about hold times and calls "
              "cut off: explicit, wait_time (waiting to reach someone), not delay."),
    dict(id="P27", mailbox="conexus", who="personal",
         subjects=["Away till Monday but this can't wait", "Call to my workplace"],
         body="Away until Monday but this can't wait. One of your agents rang my work number on Wednesday, got "
              "through to our reception, told the receptionist he was calling about \"an outstanding debt with "
              "Conexus\" and asked her to pass that on. Half the office knew by lunchtime.\n\n"
              "I gave you my mobile number for a reason. I want to know who made that call, why he told someone "
              "who isn't me about my debt, and what you are going to do about it. Don't ring the office again.",
         labels=short_labels(c=True, pd=True, br=True, cat="personal_data"),
         note="'Away until Monday' is the writer's own opener, not an auto-reply; the main grievance is that his "
              "debt was disclosed to a colleague (breach), with demands for answers: implicit complaint, "
              "personal_data category; 'don't ring the office' is a conduct remedy, not a right."),
    dict(id="P28", mailbox="conexus", who="personal",
         subjects=["Reminder emails", "Daily reminders - CX-7193340"],
         body="I hope you don't mind me writing. I set up a payment plan with you in April and have paid on time "
              "every month. Even so, I get a reminder email from you almost every day, each with \"View in "
              "browser\" at the top and \"To unsubscribe from reminders, update your contact preferences\" at the "
              "bottom. I have updated the preferences twice and they still come.\n\n"
              "Could someone please look into why they haven't stopped? It's a bit worrying to keep getting them "
              "when I'm doing everything I was asked. Thank you for your help.",
         quote=Q_CONEXUS_REMIND,
         labels=short_labels(c=True, cat="collection_conduct"),
         note="A calm, polite debtor quotes the reminder's bulk-mail lines; daily arrears reminders despite a kept "
              "plan is how the debt is pursued, and she asks for it to be looked into: implicit complaint, "
              "collection_conduct; stopping collection reminders is a conduct remedy, not objection to marketing."),
    dict(id="P29", mailbox="conexus", who="personal",
         subjects=["New email address", "Account CX-7702564 - new email"],
         body="My current email account is closing at the end of June. After that, anything you send to it will get "
              "a reply saying \"This mailbox is no longer monitored\".\n\n"
              "[[rectification|Please change the email address on my account CX-7702564 to the address I am sending "
              "this from.]] [[access|I would also like a copy of the personal data you hold about me, including the "
              "notes on my account.]]\n\n"
              "No complaints about how the account is being handled - I just want my records in order.",
         labels=short_labels(r="rectification,access"),
         note="A person warns that her old mailbox will auto-reply and asks to update her address and for a copy of "
              "her data; 'no complaints' is a denial and nothing is wrong: not a complaint, rights rectification "
              "and access."),
    dict(id="P30", mailbox="conexus", who="personal",
         subjects=["Still waiting - complaint CX-C-30417", "Still waiting"],
         body="I complained to you on 2 March about the way your agent spoke to my wife on the phone. All I have had "
              "back is your automated email saying \"Your complaint has been received and will be answered within "
              "eight weeks. This is an automated message, please do not reply\". It is now more than ten weeks. No "
              "letter, no call, nothing.\n\n"
              "I am away from the 20th for a fortnight, so I want your answer by email before then. If I don't get "
              "one I will go to the Ombudsman.",
         short="I complained on 2 March and all I have had is your automated \"Your complaint has been received and "
               "will be answered within eight weeks\". It is now over ten weeks. I want your answer by email before "
               "I go away on the 20th.",
         labels=short_labels(c=True, ex=True, cat="delay"),
         note="An angry chaser that quotes the automated acknowledgement: the writer's own complaint is overdue at "
              "ten weeks, so a complaint about delay, explicit because he says he complained."),
]


# ---------------------------------------------------------------------------------------------
# group M: machine-made (auto_generated)

AUTO = short_labels(auto=True)
Q_PX = "On {d}, PEXA Customer Resolution wrote:"
Q_CX = "On {d}, Conexus Customer Relations wrote:"

M = [
    dict(id="M01", mailbox="pexa", kind="ooo", who="person", org="Stanway Hurst Solicitors",
         domain="stanwayhurst.co.uk",
         subjects=["Re: Workspace 31-88102 - settlement funds"],
         body="Thank you for your email. I am out of the office until Thursday 12 June and will respond on my "
              "return.\n\n"
              "If your message is about a complaint, please send it to our Client Care Partner at "
              "clientcare@stanwayhurst.co.uk so that it can be logged and answered within our complaints "
              "timescales. For urgent completion matters please call 01632 960 218.\n\n"
              "@NAME@\nStanway Hurst Solicitors",
         short="I am out of the office until Thursday 12 June and will respond on my return. Complaints: "
               "clientcare@stanwayhurst.co.uk.\n\n@NAME@",
         quote=(Q_PX.format(d="9 Jun 2025, at 14:20"),
                "Hello,\nWe are writing about the settlement funds on workspace 31-88102, which have been held since "
                "Friday. Our reference is PX-{ref}."),
         note="Out-of-office wording in the text ('out of the office until', 'will respond on my return') with no "
              "auto headers and an ordinary reply subject: auto_generated; the complaints routing line is "
              "boilerplate, so every other label is empty."),
    dict(id="M02", mailbox="pexa", kind="ack", who="fixed",
         senders=[("Kestrel Customer Relations", "complaints@kestrelbs.co.uk"),
                  ("Customer Relations", "customer.relations@kestrelbs.co.uk")],
         subjects=["Re: Referred complaint - redemption statement, 4 Tenby Court"],
         body="Thank you for contacting Kestrel Building Society.\n\n"
              "Your complaint has been received and will be answered within eight weeks. Our reference is "
              "KBS/CR/448190. If we cannot give you a final response within eight weeks, we will write to explain "
              "why and tell you about your right to refer the matter to the Financial Ombudsman Service.\n\n"
              "This is an automated message. Please do not reply to this email, as replies are not read.\n\n"
              "Customer Relations\nKestrel Building Society",
         note="An automatic acknowledgement from a participant's complaints system, identified by its text alone "
              "('this is an automated message', 'do not reply'): auto_generated, so no complaint and about_other_firm "
              "null despite the Kestrel sender."),
    dict(id="M03", mailbox="pexa", kind="notice", who="fixed",
         senders=[("PEXA Support", "support@pexa.co.uk"), ("PEXA Service Desk", "servicedesk@pexa.co.uk")],
         subjects=["Your case 5521"],
         body="Case 5521 has been updated.\n\n"
              "Status: Resolved - awaiting confirmation\nCategory: Settlement error\n"
              "Summary: Settlement on workspace 31-89044 failed at 11:42 on 4 June because of a funds-release "
              "timeout.\n\n"
              "Update from the resolver group: the timeout was caused by a fault in the funds-release service, which "
              "was fixed at 13:05. The affected settlement was re-run successfully at 14:30.\n\n"
              "If you are not satisfied with this resolution you can reopen the case within 5 days. After that the "
              "case will close automatically.\n\n"
              "This notification was sent automatically. Please do not reply to this email.",
         note="A ticket-system status notice ('sent automatically', field layout) from an ordinary support address: "
              "auto_generated; the settlement failure it reports is not a grievance from anyone."),
    dict(id="M04", mailbox="pexa", kind="notice", who="fixed",
         senders=[("Accounts Payable", "accounts@lindenhalllaw.co.uk"),
                  ("Lindenhall Law Accounts", "accounts@lindenhalllaw.co.uk")],
         subjects=["Invoice PXI-561907 status"],
         body="Invoice PXI-561907 from Digital Completion UK Ltd has been placed ON HOLD.\n\n"
              "Reason: Disputed charge - line 3 (Workspace fee, £28.50) flagged as a possible duplicate by the "
              "approver.\nInvoice total: £1,212.00\nAmount held: £28.50\nAmount released for payment: £1,183.50\n\n"
              "The held amount will not be paid until the query is resolved in our purchase ledger. This is an "
              "automatically generated remittance notice from our accounts payable system. Replies to this address "
              "are not monitored; please contact your usual contact at Lindenhall Law.",
         note="An accounts-payable system notice ('automatically generated', 'not monitored'); 'disputed charge' is "
              "a ledger status, not a person's grievance: auto_generated, not a complaint."),
    dict(id="M05", mailbox="pexa", kind="bounce", who="fixed",
         senders=[("Mail Delivery System", "MAILER-DAEMON@mail.pexa.co.uk")],
         headers={"return-path": "<>", "auto-submitted": "auto-replied"},
         subjects=["Undelivered Mail Returned to Sender"],
         body="This is the mail system at host mail.pexa.co.uk.\n\n"
              "Your message could not be delivered to one or more recipients. It is returned below.\n\n"
              "<clientcare@harlowmead-law.co.uk>: host mx.harlowmead-law.co.uk said: 550 5.1.1 Mailbox unavailable "
              "(in reply to RCPT TO command)\n\n"
              "----- Returned message -----\n"
              "From: PEXA Customer Resolution <complaints@pexa.co.uk>\n"
              "To: clientcare@harlowmead-law.co.uk\n"
              "Subject: Consumer complaint forwarded to you - workspace 31-84415\n\n"
              "Dear Client Care Partner,\n\n"
              "We have received a complaint from your client, Mr T. Varga, about delays in the completion of his "
              "purchase. As the responsible firm, you will find his email attached...",
         note="A bounce (MAILER-DAEMON sender, empty Return-Path, Auto-Submitted) that returns a forwarded consumer "
              "complaint: auto_generated; the complaint exists only in the returned message."),
    dict(id="M06", mailbox="pexa", kind="news", who="fixed",
         senders=[("Anna Whitlock, Conveyancing Pulse", "anna@conveyancingpulse.co.uk"),
                  ("Anna at Conveyancing Pulse", "anna@conveyancingpulse.co.uk")],
         subjects=["This week: completion delays and complaint numbers"],
         body="View in browser\n\n"
              "CONVEYANCING PULSE - the weekly briefing for property lawyers\n\n"
              "Complaints about delays up again\nOur reader survey of 140 firms shows delay is still the most common "
              "cause of client complaints, with missed completion dates rising for the second quarter running. We "
              "look at how firms keep buyers informed when a chain slips.\n\n"
              "Digital settlement: when a lender's funds arrive late\nThree practitioners describe how they handle "
              "late funds, and what to put in client care letters.\n\n"
              "You are receiving this email because you subscribed to Conveyancing Pulse. To unsubscribe, or to "
              "manage your preferences, use the links below.\nUnsubscribe | Manage your preferences",
         note="A newsletter with no list headers, sent from a named editor: 'view in browser', 'you are receiving "
              "this email because', unsubscribe and preferences lines make it bulk mail, so auto_generated; "
              "complaint figures are its topic."),
    dict(id="M07", mailbox="pexa", kind="ooo", who="person", org="Heathcote Bank", domain="heathcotebank.co.uk",
         subjects=["Re: Funds not received - workspace 31-90115"],
         body="I'm on annual leave, returning Monday 23 June, and will have limited access to email.\n\n"
              "For disputes about settlement funds or fees, please contact the Completions Support team on 0345 071 "
              "3399 or completions.support@heathcotebank.co.uk. If you wish to raise a complaint, our Complaints "
              "Resolution Unit can be reached at complaints@heathcotebank.co.uk.\n\n"
              "Heathcote Bank. This email and any attachments are confidential.",
         short="I'm on annual leave until Monday 23 June. Fund or fee disputes: completions.support@heathcotebank.co.uk"
               ".\n\nHeathcote Bank",
         quote=(Q_PX.format(d="13 Jun 2025, at 11:05"),
                "Hello,\nThe lender funds for workspace 31-90115 have not been received and the settlement could not "
                "go ahead. Please let us know when they will be sent. Ref PX-{ref}."),
         note="Annual-leave notice with routing for disputes and complaints, no auto headers: auto_generated, so "
              "no complaint, third_party false and about_other_firm null although a directory lender sent it."),
    dict(id="M08", mailbox="pexa", kind="receipt", who="person", org="Orchard Lane Solicitors",
         domain="orchardlanesolicitors.co.uk",
         subjects=["Read: Your complaint PX-C-22618 - our final response"],
         body="Your message\n\n"
              "To: @NAME@\nSubject: Your complaint PX-C-22618 - our final response\nSent: 16 June 2025 10:04\n\n"
              "was read on 16 June 2025 11:37.\n\n"
              "This is a receipt for the message you sent. It confirms that the message was displayed on the "
              "recipient's computer. There is no guarantee that the message has been read or understood.",
         note="A read receipt ('this is a receipt for the message') sent from a named person's address with no "
              "headers: auto_generated; the complaint wording is only the original subject."),
    dict(id="M09", mailbox="pexa", kind="notice", who="fixed",
         senders=[("Fernhurst Payments", "accounts@fernhurstpay.co.uk"),
                  ("Fernhurst Payments Collections", "collections@fernhurstpay.co.uk")],
         subjects=["Payment update"],
         body="Payment update for Digital Completion UK Ltd\n\n"
              "The Direct Debit collection below was returned unpaid by the payer's bank.\n\n"
              "Payer: Calloway Whitfield LLP\nReference: PXDD-30418\nAmount: £4,316.00 (platform fees, May 2025)\n"
              "Return reason: Refer to payer\n\n"
              "In line with your collection settings, a failed collection fee of £15.00 has been added to the "
              "payer's account and a re-presentation has been scheduled for 27 June. No action is needed unless you "
              "wish to cancel the re-presentation.\n\n"
              "This is an automated notification. This mailbox is not monitored.",
         note="A payment-bureau notification of a failed collection and an added fee, from an ordinary accounts "
              "address with an ordinary subject: auto_generated by its text, not a fee complaint."),
    dict(id="M10", mailbox="pexa", kind="notice", who="fixed",
         senders=[("PEXA Notifications", "no-reply@notify.pexa.co.uk")],
         headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
         subjects=["Settlement failed - workspace 31-91207"],
         body="Settlement failed\n\n"
              "Workspace: 31-91207\nScheduled settlement: 20 June 2025, 12:00\n"
              "Result: Failed - lender funds not received by the cut-off\nParticipants notified: 4\n\n"
              "The workspace has been returned to 'Ready to settle'. A participant with the right role can "
              "reschedule the settlement. No fees have been charged for this workspace.\n\n"
              "This is an automated message sent by the PEXA platform. Please do not reply.",
         note="A platform system notification with Auto-Submitted headers: auto_generated; a failed settlement "
              "reported by the system is not a complaint."),
    dict(id="M11", mailbox="pexa", kind="notice", who="fixed",
         senders=[("PEXA Learning", "training@pexa.co.uk"), ("PEXA Training Team", "training@pexa.co.uk")],
         subjects=["Training session update"],
         body="Your training session has changed\n\n"
              "Session: Settlement essentials for new users\nOriginal date: Tuesday 17 June 2025, 10:00\n"
              "Status: Cancelled - trainer unavailable\n\n"
              "We are sorry for any inconvenience. You have been moved automatically to the next available session "
              "on Thursday 26 June 2025 at 10:00. If this date does not suit, you can choose another session in the "
              "learning portal.\n\n"
              "This email was sent automatically. Please do not reply, as this mailbox is not monitored.",
         note="A booking-system notice of a cancelled session ('sent automatically', 'not monitored'), no headers: "
              "auto_generated; its apology is template text, not a grievance."),
    dict(id="M12", mailbox="pexa", kind="news", who="fixed",
         senders=[("Conveyancers Forum", "digest@conveyancersforum.org.uk")],
         headers={"precedence": "list", "list-id": "<practice.conveyancersforum.org.uk>",
                  "list-unsubscribe": "<mailto:leave-practice@conveyancersforum.org.uk>"},
         subjects=["Practice digest, Vol 14, Issue 22"],
         body="Today's topics:\n  1. Lodgement delays this week\n  2. Re: Lodgement delays this week\n"
              "  3. Workspace fees on abandoned sales\n\n"
              "Message: 1\nFrom: Priti Shah\nSubject: Lodgement delays this week\n\n"
              "Is anyone else seeing lodgements sitting at 'pending' for three or four days? We have two that have "
              "not moved since Monday and the support desk only sends the auto-acknowledgement.\n\n"
              "Message: 2\nFrom: Gareth Lyle\nSubject: Re: Lodgement delays this week\n\n"
              "Same here. I've put in a formal complaint. Worth doing if it is costing you.\n\n"
              "Message: 3\nFrom: Dan Okafor\nSubject: Workspace fees on abandoned sales\n\n"
              "Does anyone know whether the fee is charged if a sale falls through before settlement?\n\n"
              "You are receiving this digest because you are subscribed to the Practice list. To unsubscribe, send a "
              "message to leave-practice@conveyancersforum.org.uk.",
         note="A mailing-list digest (Precedence, List-Id, List-Unsubscribe): auto_generated even though members' "
              "posts grumble about delays and mention a formal complaint; none is addressed to PEXA as a complaint."),
    dict(id="M13", mailbox="pexa", kind="ooo", who="personal",
         subjects=["Re: Your email about 8 Ferncombe Rise"],
         body="Away until 2 September with no access to email. If this is about our house purchase, please contact "
              "our solicitors, Marsh & Penrose Conveyancing, on 01392 440 118. We will reply when we get back.\n\n"
              "@FIRST@",
         quote=(Q_PX.format(d="18 Aug 2025, at 10:40"),
                "Dear customer,\nThank you for your complaint about the delay on your purchase. As it concerns your "
                "conveyancer, we have forwarded it to Marsh & Penrose Conveyancing, who will reply to you. "
                "Ref PX-{ref}."),
         note="A consumer's holiday auto-reply ('Away until ... no access to email') from a personal address with no "
              "headers: auto_generated, so no complaint and no about_other_firm although it names the conveyancer."),
    dict(id="M14", mailbox="pexa", kind="ack", who="fixed",
         senders=[("Greyfriars Law LLP", "enquiries@greyfriarslaw.co.uk"),
                  ("Reception, Greyfriars Law", "reception@greyfriarslaw.co.uk")],
         subjects=["Re: Workspace 31-87520 - delayed lodgement"],
         body="Thank you for your email to Greyfriars Law. This is an automated response to confirm that we have "
              "received it.\n\n"
              "Our office hours are 9am to 5pm, Monday to Friday, and we aim to reply to all emails within two working "
              "days. If you wish to make a complaint about our service, please write to our Risk and Compliance "
              "Partner at complaints@greyfriarslaw.co.uk; complaints are acknowledged within three working days.\n\n"
              "Please do not reply to this automated message.",
         note="A firm's autoresponder ('This is an automated response') with no headers and a reply subject: "
              "auto_generated; how to complain is template text, not a complaint."),
    dict(id="M15", mailbox="pexa", kind="calendar", who="person", org="Calloway Whitfield LLP",
         domain="callowaywhitfield.co.uk",
         subjects=["Declined: Complaint review call - workspace fees"],
         body="@NAME@ has declined this meeting.\n\n"
              "Complaint review call - workspace fees\nWhen: Wednesday 25 June 2025 14:00-14:30 (UK time)\n"
              "Where: Microsoft Teams meeting\n\n"
              "Declined automatically: this calendar is set to decline new invitations while @FIRST@ is on leave "
              "until 30 June. This response was sent automatically.",
         note="An automatic calendar decline from a named person's address ('declined automatically', 'on leave "
              "until'), no headers: auto_generated; the complaint is only the meeting title."),
    # ---------------------------------------------------------------- conexus
    dict(id="M16", mailbox="conexus", kind="ooo", who="person", org="Riverside Debt Advice",
         domain="riversidedebtadvice.org.uk",
         subjects=["Re: Client Mr P. Danso - CX-4415023"],
         body="Thank you for your message. I am away from the office until Monday 9 June and will respond on my "
              "return.\n\n"
              "If you are writing about a new complaint, a Breathing Space or a client in crisis, please contact our "
              "duty caseworker on 0113 496 0442 or duty@riversidedebtadvice.org.uk, quoting the client's name and "
              "your reference.\n\n"
              "Riverside Debt Advice is a registered charity.",
         short="I am away from the office until Monday 9 June and will respond on my return. Urgent client matters: "
               "duty@riversidedebtadvice.org.uk.",
         quote=(Q_CX.format(d="4 Jun 2025, at 16:30"),
                "Dear adviser,\nThank you for your complaint on behalf of Mr Danso about calls during his Breathing "
                "Space. We have logged it as CX-C-{ref} and will reply within eight weeks."),
         note="A money adviser's out-of-office with no auto headers: auto_generated, so third_party stays false and "
              "the quoted complaint adds nothing."),
    dict(id="M17", mailbox="conexus", kind="ack", who="fixed",
         senders=[("Lumen Water Customer Resolution", "complaints@lumenwater.co.uk"),
                  ("Customer Resolution Team", "complaints@lumenwater.co.uk")],
         subjects=["Re: Disputed bill referred by Conexus - 31 Gatley Road"],
         body="Thank you for contacting Lumen Water.\n\n"
              "We confirm that your complaint has been received and will be answered within eight weeks. Your "
              "reference number is LW-C-207731. A member of our Customer Resolution Team will be in touch if we need "
              "more information.\n\n"
              "Please note: this is an automated message sent from an address that is not monitored. Please do not "
              "reply to this email.\n\nLumen Water plc",
         note="A creditor's automatic complaint acknowledgement ('automated message', 'not monitored') from an "
              "ordinary complaints address: auto_generated; no complaint, and about_other_firm null though lwt sent it."),
    dict(id="M18", mailbox="conexus", kind="notice", who="fixed",
         senders=[("Conexus Payments", "payments@conexus.co.uk"), ("Conexus Accounts", "accounts@conexus.co.uk")],
         subjects=["Payment update - account CX-5109382", "Payment update"],
         body="Payment update\n\n"
              "We tried to collect your payment of £45.00 on 2 June 2025, but it was returned unpaid by your bank.\n\n"
              "A failed payment fee of £12.00 has been added to your account. Your new balance is £1,863.40.\n\n"
              "We will try to collect the payment again on 9 June 2025. If you think this fee has been added in "
              "error, or you are having difficulty paying, please call us on 0330 555 0180.\n\n"
              "This is an automated message. Please do not reply to this email.",
         note="A payment-failure notice that adds a fee, generated by the collection system and sent from an "
              "ordinary accounts address: auto_generated, so not a fees complaint."),
    dict(id="M19", mailbox="conexus", kind="bounce", who="fixed",
         senders=[("Mail Delivery Subsystem", "mailer-daemon@mx2.conexus.co.uk")],
         headers={"return-path": "<>", "auto-submitted": "auto-replied"},
         subjects=["Delivery Status Notification (Failure)"],
         body="Your message could not be delivered.\n\n"
              "Delivery to the following recipient failed permanently:\n\n    k.odonnell1982@hotmail.co.uk\n\n"
              "Technical details of permanent failure:\n550 5.5.0 Requested action not taken: mailbox unavailable\n\n"
              "----- Original message -----\n\n"
              "From: Conexus Customer Relations <complaints@conexus.co.uk>\n"
              "Subject: Re: Formal complaint - charges on CX-2290471\n\n"
              "Dear Ms O'Donnell,\n\n"
              "Thank you for your complaint about the charges added to your account. We have reviewed the account "
              "and...",
         note="A delivery-failure notice (mailer-daemon, empty Return-Path, Auto-Submitted) quoting our reply to a "
              "complaint: auto_generated, complaint only in the returned message."),
    dict(id="M20", mailbox="conexus", kind="notice", who="fixed",
         senders=[("Northline Energy Accounts", "accounts@northline-energy.co.uk"),
                  ("Northline Energy", "accounts@northline-energy.co.uk")],
         subjects=["Arrears update - NE 88410337"],
         body="Account arrears update\n\n"
              "Customer account: NE 88410337\nPlaced with: Conexus (collection agent)\n"
              "Arrears at last bill: £318.62\nLate payment charge applied: £15.00 (7 June 2025)\n"
              "New arrears balance: £333.62\n\n"
              "This notice was sent automatically because the account is on an active placement. Please update your "
              "collection records. Do not reply to this email - this mailbox is not monitored. Queries about "
              "disputed balances should be raised through the agent portal.",
         note="A creditor's automatic arrears notification to its agent ('sent automatically', 'not monitored'): "
              "auto_generated; charges and disputes are fields and boilerplate, not a grievance."),
    dict(id="M21", mailbox="conexus", kind="news", who="fixed",
         senders=[("Tom Herriot at CreditLine", "tom@creditlinebriefing.co.uk"),
                  ("Tom Herriot", "tom@creditlinebriefing.co.uk")],
         subjects=["Complaints data, affordability and more"],
         body="View this email in your browser\n\n"
              "CREDITLINE BRIEFING | June 2025\n\n"
              "Complaint numbers: what the half-year data shows\nFirms in our annual survey reported a rise in "
              "complaints about collection contact, with call frequency and letters sent to old addresses the two "
              "most common themes. Around a third were upheld in the customer's favour.\n\n"
              "Disputed debts: getting the evidence right\nWhen a customer says they do not owe a debt, what should a "
              "collector ask the creditor for, and how quickly?\n\n"
              "You are receiving this email because you signed up to CreditLine Briefing. Manage your preferences or "
              "unsubscribe at any time.",
         note="An industry bulletin from a named editor, no list headers: the bulk-mail lines mark it as a newsletter, "
              "auto_generated; complaint statistics are its subject matter."),
    dict(id="M22", mailbox="conexus", kind="ooo", who="person", org="Alder Keane Solicitors",
         domain="alderkeane.co.uk",
         subjects=["Re: Mrs J. Fenton - account CX-6618420"],
         body="I am out of the office until Wednesday 18 June with no access to email.\n\n"
              "If your email concerns an existing dispute or complaint on behalf of one of our clients, please "
              "forward it to my assistant, Carys Bell, at c.bell@alderkeane.co.uk, who will make sure it reaches the "
              "right person. Otherwise I will deal with your message when I return.\n\n"
              "@NAME@\nSolicitor, Alder Keane",
         quote=(Q_CX.format(d="11 Jun 2025, at 09:52"),
                "Dear Sir or Madam,\nThank you for your letter on behalf of Mrs Fenton disputing the balance on her "
                "account. We have asked the creditor for the signed agreement. Ref CX-C-{ref}."),
         note="A solicitor's out-of-office with no headers: auto_generated; it is not third_party and not a dispute "
              "even though it mentions disputes and clients."),
    dict(id="M23", mailbox="conexus", kind="notice", who="fixed",
         senders=[("Conexus Case Management", "casework@conexus.co.uk"), ("Casework", "casework@conexus.co.uk")],
         subjects=["Your case 7734"],
         body="Case 7734 - status update\n\n"
              "Type: Complaint\nAccount: CX-3094418\nPrevious status: Under investigation\n"
              "New status: Final response issued (14 June 2025)\n\n"
              "The final response letter has been sent to the customer by post and email. If the customer remains "
              "dissatisfied, they may refer the complaint to the Financial Ombudsman Service within six months.\n\n"
              "You are receiving this notification because you are listed as a case watcher. This is an automated "
              "message - please do not reply.",
         note="A case-system status notice ('you are receiving this notification because', 'automated message'): "
              "auto_generated; 'Type: Complaint' is a field, not a new complaint."),
    dict(id="M24", mailbox="conexus", kind="notice", who="fixed",
         senders=[("Conexus Online", "accounts@conexus.co.uk"), ("Conexus", "myaccount@conexus.co.uk")],
         subjects=["Update on your dispute - CX-4820173"],
         body="We've updated your dispute\n\n"
              "Account: CX-4820173\nDispute raised: 28 May 2025\nReason given: Balance incorrect\n"
              "Status: On hold - evidence requested from the creditor\n\n"
              "While the dispute is open, we have paused collection activity on this account. We will write again "
              "when we hear from the creditor, normally within 30 days.\n\n"
              "This message was sent automatically from the Conexus online account service. Replies to this address "
              "are not read. To manage your notification preferences, log in to your account.",
         note="A portal status notice about a dispute ('sent automatically', 'replies are not read'): "
              "auto_generated; it reports a dispute's status and raises no new one."),
    dict(id="M25", mailbox="conexus", kind="notice", who="fixed",
         senders=[("TextRelay Notifications", "reports@textrelay.co.uk")],
         headers={"auto-submitted": "auto-generated", "precedence": "bulk"},
         subjects=["Delivery report - batch 2025-06-19-A"],
         body="Delivery report for batch 2025-06-19-A (Conexus - arrears reminders)\n\n"
              "Messages submitted: 1,240\nDelivered: 1,187\nFailed: 53\n"
              "  - Number not in service: 31\n  - Handset unreachable after 48 hours: 14\n  - Rejected by network: 8\n\n"
              "Failed messages have not been charged. A full list of failed numbers is in your dashboard. This "
              "report was generated automatically. Please do not reply.",
         note="An SMS gateway delivery report with Auto-Submitted and bulk headers: auto_generated; the failures and "
              "charges are report figures."),
    dict(id="M26", mailbox="conexus", kind="receipt", who="personal",
         subjects=["Read: Your complaint CX-C-31188 - acknowledgement"],
         body="Your message\n\n"
              "  To: @NAME@\n  Subject: Your complaint CX-C-31188 - acknowledgement\n"
              "  Sent: Monday, 9 June 2025 16:22:10 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
              "was read on Monday, 9 June 2025 19:05:44 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
         note="A read receipt generated by a debtor's mail client and sent from her own address, no headers: "
              "auto_generated; the complaint wording is only the original subject."),
    dict(id="M27", mailbox="conexus", kind="news", who="fixed",
         senders=[("Stepwise Money Charity", "news@stepwisemoney.org.uk")],
         headers={"precedence": "bulk", "list-id": "<supporters.stepwisemoney.org.uk>",
                  "list-unsubscribe": "<https://stepwisemoney.org.uk/unsubscribe?id=77120>"},
         subjects=["Stepwise news: Breathing Space, complaints and your rights"],
         body="Can't see this email? View in browser\n\n"
              "Stepwise News - June\n\n"
              "Know your rights when a collector gets it wrong\nIf a debt collector keeps contacting you during a "
              "Breathing Space, adds charges you don't understand or ignores your complaint, you can take it further. "
              "Our new guide explains how to complain, what to expect and when to go to the Ombudsman.\n\n"
              "Your stories\n\"They rang me six times in a day.\" Readers tell us about the calls that finally made "
              "them ask for help.\n\n"
              "You're receiving this email because you signed up for updates from Stepwise Money. Unsubscribe | "
              "Update your preferences",
         note="A charity newsletter with bulk-list headers: auto_generated; advice on how to complain and readers' "
              "quoted stories are content, not a complaint to Conexus."),
    dict(id="M28", mailbox="conexus", kind="ooo", who="person", org="Sterling Credit Loans",
         domain="sterlingcredit.co.uk",
         subjects=["Re: Disputed balance - SCL account 40918822"],
         body="I'm currently on leave and will be back in the office on Tuesday 1 July.\n\n"
              "Queries about disputed balances, interest or charges on placed accounts should go to our disputes "
              "team at disputes@sterlingcredit.co.uk, who will respond within five working days. Customer complaints "
              "should be sent to complaints@sterlingcredit.co.uk.\n\nThanks,\n@FIRST@",
         short="On leave until Tuesday 1 July. Disputed balances: disputes@sterlingcredit.co.uk.\n\n@FIRST@",
         note="A creditor client's leave auto-reply with routing for disputes and complaints, no headers: "
              "auto_generated, about_other_firm null though a directory creditor sent it."),
    dict(id="M29", mailbox="conexus", kind="ack", who="fixed",
         senders=[("Office of Helen Marchbank MP", "office@helenmarchbank.org.uk"),
                  ("Helen Marchbank MP", "casework@helenmarchbank.org.uk")],
         subjects=["Re: Your constituent Mr R. Ashworth - CX-5581207"],
         body="Thank you for contacting the office of Helen Marchbank MP. This is an automated acknowledgement.\n\n"
              "We receive a large number of emails and aim to respond to casework within ten working days. If you are "
              "an organisation replying about an existing case, your email has been added to the case file and a "
              "caseworker will review it.\n\n"
              "Please do not reply to this automated message. If you are a constituent with an urgent problem, please "
              "call the constituency office on 01632 960 774.",
         note="An MP's office automatic acknowledgement: auto_generated, so third_party false although MPs' offices "
              "normally write on a constituent's behalf."),
    dict(id="M30", mailbox="conexus", kind="notice", who="fixed",
         senders=[("PostLink Hybrid Mail", "jobs@postlink-mail.co.uk")],
         headers={"auto-submitted": "auto-generated"},
         subjects=["Job 7781 completed with errors"],
         body="Job 7781 (Conexus - letters, 18 June 2025) completed with errors.\n\n"
              "Letters received: 2,304\nPrinted and posted: 2,297\nRejected: 7\n\n"
              "Rejection reasons:\n  - Address incomplete (no postcode): 5\n  - Page count exceeds envelope limit: 2\n\n"
              "Rejected letters have not been printed or charged. Correct the errors and resubmit them as a new job. "
              "This is an automated notification; please do not reply to this email.",
         note="A print-and-post service's job report with an Auto-Submitted header: auto_generated; 'errors' are "
              "job rejections, not a grievance."),
]


# ---------------------------------------------------------------------------------------------
# envelopes


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def personal_address(rng, first, last):
    f, l = first.lower(), last.lower()
    form = rng.randrange(5)
    local = [f"{f}.{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{f[0]}.{l}", f"{f}{l[0]}{rng.randrange(1, 9)}",
             f"{l}.{f}"][form]
    return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"


def business_address(rng, first, last, domain):
    f, l = first.lower(), last.lower()
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f[0]}{l}", f"{f}"][rng.randrange(4)]
    return f"{local}@{domain}"


def sign_off(rng, sc, first, last):
    lines = [rng.choice(SIGN)]
    who = sc["who"]
    if who == "biz":
        lines.append(f"{first} {last}")
        lines.append(f"{sc['role']}, {sc['org']}" if rng.random() < 0.6 else sc["org"])
    else:
        lines.append(first if rng.random() < 0.45 else f"{first} {last}")
        if rng.random() < 0.2:
            lines.append("\nSent from my iPhone")
    return "\n".join(lines)


def draw_env_p(rng, sc):
    feats = []
    if sc.get("short") and rng.random() < 0.35:
        feats.append("short")
    if sc.get("quote") and rng.random() < 0.5:
        feats.append("quote")
    if rng.random() < 0.25:
        feats.append("html")
    if rng.random() < 0.4:
        feats.append("typo")
    return feats


def draw_env_m(rng, sc):
    feats = []
    if sc.get("short") and rng.random() < 0.4:
        feats.append("short")
    if sc.get("quote") and rng.random() < 0.5:
        feats.append("quote")
    if rng.random() < (0.7 if sc["kind"] == "news" else 0.15):
        feats.append("html")
    if sc["kind"] == "ooo" and rng.random() < 0.25:
        feats.append("typo")
    if rng.random() < 0.4:
        feats.append("footer")
    return feats


def two_envs(rng, sc, draw):
    a = draw(rng, sc)
    b = draw(rng, sc)
    for _ in range(20):
        if b != a:
            break
        b = draw(rng, sc)
    if b == a:  # fall back to toggling html
        b = [f for f in a if f != "html"] if "html" in a else a + ["html"]
    return a, b


def env_name(group, feats):
    return group + ":" + ("+".join(feats) if feats else "plain")


QUOTED = re.compile(r'"[^"\n\]]+"')
HELD = re.compile(r"\[\[q\|([^\]]+)\]\]")


def typos_keeping_quotes(text, rng, p_second):
    """typos_outside_marks that also leaves "..."-quoted machine wording alone: each quoted run is held as a
    pseudo-mark [[q|...]] while the typos are made, then released (q is no right, so it never becomes a mark)."""
    held = QUOTED.sub(lambda m: f"[[q|{m.group(0)}]]", text)
    return HELD.sub(lambda m: m.group(1), typos_outside_marks(held, rng, MARK_RIGHTS, p_second))


def render_p(rng, sc, feats):
    first, last = person(rng)
    if sc["who"] == "biz":
        addr = business_address(rng, first, last, sc["domain"])
    else:
        addr = personal_address(rng, first, last)
    sender = f"{first} {last} <{addr}>"
    subject = rng.choice(sc["subjects"])
    text = sc["short"] if "short" in feats else sc["body"]
    if "typo" in feats:
        text = typos_keeping_quotes(text, rng, 0.3)
    greet = rng.choice(GREET[sc["mailbox"]])
    full = (greet + "\n\n" if greet else "") + text + "\n\n" + sign_off(rng, sc, first, last)
    return finish(rng, sc, feats, sender, subject, full, {})


def render_m(rng, sc, feats):
    if sc["who"] == "fixed":
        name, addr = rng.choice(sc["senders"])
        first = last = ""
    else:
        first, last = person(rng)
        name = f"{first} {last}"
        addr = (business_address(rng, first, last, sc["domain"]) if sc["who"] == "person"
                else personal_address(rng, first, last))
    sender = f"{name} <{addr}>"
    subject = rng.choice(sc["subjects"])
    text = (sc["short"] if "short" in feats else sc["body"]).replace("@NAME@", f"{first} {last}")
    text = text.replace("@FIRST@", first)
    if "typo" in feats:
        text = typos_keeping_quotes(text, rng, 0.0)
    if "footer" in feats:
        text += "\n\n" + rng.choice(FOOTERS).format(n=rng.randrange(1000000, 9999999))
    return finish(rng, sc, feats, sender, subject, text, sc.get("headers", {}))


def finish(rng, sc, feats, sender, subject, full, headers):
    body_marks = rights_marks_of(full)
    body = strip_marks(full, MARK_RIGHTS)
    group = sc["id"][0]
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body, html="html" in feats,
        quote=sc["quote"] if "quote" in feats else None, subject_marks=[], body_marks=body_marks,
        labels=sc["labels"] if group == "P" else AUTO, note=sc["note"], source=f"{PREFIX}-{sc['id']}",
        env=env_name(group, feats), headers=headers)


def build(rng):
    records = []
    for sc in P:
        for feats in two_envs(rng, sc, draw_env_p):
            records.append(render_p(rng, sc, feats))
    for sc in M:
        for feats in two_envs(rng, sc, draw_env_m):
            records.append(render_m(rng, sc, feats))
    return records


def summary(records, env_count):
    labs = [r["labels"] for r in records]
    lines = [
        f"wrote {len(records)} records to {os.path.relpath(OUT, ROOT)}",
        f"scenarios: {len({r['source'] for r in records})}; emails: {len(records)}; "
        f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}",
        f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
        f"machine-made: {sum(l['auto_generated'] for l in labs)}; "
        f"with rights: {sum(bool(l['rights']) for l in labs)}; third party: {sum(l['third_party'] for l in labs)}; "
        f"about_other_firm set: {sum(l['about_other_firm'] is not None for l in labs)}",
        f"html: {sum(r['html'] for r in records)}; with automatic headers: {sum(bool(r['headers']) for r in records)}",
        "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())),
    ]
    return "\n".join(lines)


def main():
    assert len(P) == 30 and len(M) == 30
    assert len({s["id"] for s in P + M}) == 60
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
