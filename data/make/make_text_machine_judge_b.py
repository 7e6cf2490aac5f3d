#!/usr/bin/env python3
"""Evaluation set: machine-made wording in the mail's OWN TEXT (text_machine_judge_b), stdlib only.

60 scenarios, each rendered twice (120 emails):

* group P (tmb-P01 .. tmb-P30): written by a person who uses the wording of machine-made mail in their own text
  (their own leave notice, a quoted "do not reply" notice, a bounce, a read receipt, an unsubscribe footer) while
  complaining, asking something, thanking or changing details. No automatic headers.
* group M (tmb-M01 .. tmb-M30): machine-made mail (out-of-office and leave replies, automatic acknowledgements,
  ticket and portal notices, payment and arrears notices, delivery failures, newsletters) whose text speaks of
  complaints, disputes, fees, delays or errors. Most carry no automatic header and come from an ordinary-looking
  address with an ordinary subject; a few carry the headers such mail really has.

Labels follow /work/shared/labelling/labelling-guide.md. Request sentences are marked inline as
[[right|sentence]] and become request_sentences marks. Every rendering of a scenario shares its `source`.

Usage:  .venv/bin/python data/make/make_text_machine_judge_b.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281102
PREFIX = "tmb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "text_machine_judge_b.jsonl")

# ---------------------------------------------------------------------------------------------
# envelope material (all invented)

FIRST = ("Aled", "Bronwen", "Caitlin", "Dominic", "Elif", "Fergus", "Gemma", "Hamza", "Imogen", "Jasper",
         "Kerry", "Leon", "Morag", "Nadia", "Oliver", "Parminder", "Quentin", "Rosalind", "Stelian", "Tamsin",
         "Umar", "Verity", "Wesley", "Yasmin", "Zoltan", "Harriet", "Declan", "Lowri", "Ravi", "Maisie",
         "Gideon", "Niamh", "Kwame", "Philippa", "Tobias", "Esme")
LAST = ("Ashdown", "Belcourt", "Carrow", "Dunleavy", "Ellacott", "Fenwright", "Garside", "Halloran", "Iqbal",
        "Jevons", "Kinsella", "Lathbury", "Mabry", "Nkemelu", "Ormerod", "Pettifer", "Quarrie", "Rowntree",
        "Sabharwal", "Tregarthen", "Upshall", "Varney", "Whitlock", "Yeardley", "Zielinski", "Abernethy",
        "Brannigan", "Coldicott", "Dromgoole", "Esterhuizen", "Fairclough", "Gwilliam")
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "virginmedia.com", "sky.com", "talktalk.net", "protonmail.com")

GREET = {"pexa": ("Dear PEXA team,", "Hello,", "Hi there,", "Dear Sir or Madam,", "To whom it may concern,",
                  "Good morning,", ""),
         "conexus": ("Dear Conexus,", "Dear Sir/Madam,", "Hello,", "Hi,", "To whom it may concern,",
                     "Dear Customer Services,", "")}
GREET_ANGRY = ("", "Conexus,", "To whoever reads this,")
SIGN = ("Regards,", "Kind regards,", "Many thanks,", "Thanks,", "Yours faithfully,", "Best wishes,", "Thank you,")
SIGN_ANGRY = ("", "Regards,")

PEXA_QUOTE_FROM = ("PEXA Support", "PEXA Support <support@pexa.co.uk>", "PEXA Customer Resolution")
CONEXUS_QUOTE_FROM = ("Conexus Customer Support", "Conexus <customer.support@conexus-services.com>",
                      "Conexus Customer Relations")
QUOTE_DATES = ("Mon, 2 Jun 2025 at 09:12", "Thu, 5 Jun 2025 at 16:27", "Tue, 10 Jun 2025 at 14:41",
               "Fri, 13 Jun 2025 at 08:53", "Wed, 18 Jun 2025 at 11:05", "Tue, 24 Jun 2025 at 10:30")


# ---------------------------------------------------------------------------------------------
# group P: written by a person (no automatic headers)

def P(sid, mailbox, subjects, body, labels, note, *, domain=None, org=None, roles=None, short=None, quote=None,
      name=None, angry=False, html="maybe"):
    return {"id": sid, "group": "P", "mailbox": mailbox, "subjects": subjects, "body": body, "labels": labels,
            "note": note, "domain": domain, "org": org, "roles": roles, "short": short, "quote": quote,
            "name": name, "angry": angry, "html": html}


PEXA_ACK = ("Thank you for contacting PEXA Support.\nYour request has been logged under reference {ref}.\n"
            "This is an automated message. Please do not reply to this email.")
CONEXUS_ACK = ("Thank you for contacting Conexus. This is an automated message.\n"
               "We aim to respond within 5 working days. Your reference is {ref}.")

SCEN_P = [
    P("P01", "pexa", ("Workspace {WS} - lodgement failed again", "Lodgement on {WS} before I go on leave"),
      "I'm writing before I go on leave, as I don't want this to sit in a queue while I'm away. The lodgement on "
      "workspace {WS} failed on Tuesday with the message \"Submission error - please retry later\". We retried "
      "three times and the registration still hasn't gone through. Our client's lender is now asking why its "
      "charge isn't registered and I have no answer for them.\n\n"
      "I am out of the office from 13 June until 23 June. I still need someone at PEXA to find out what went "
      "wrong with the submission and confirm in writing when it will be lodged. Please copy my colleague Tomasz "
      "Wren (t.wren@hartwelldene.co.uk) on your reply so he can act on it while I'm away.",
      short_labels(c=True, cat="platform_defect"),
      "The writer's own leave notice sits inside a complaint: a failed lodgement plus a demand for an explanation "
      "is an implicit complaint about a platform fault (platform_defect), not an out-of-office.",
      domain="hartwelldene.co.uk", org="Hartwell Dene Solicitors", roles=("Senior Conveyancer", "Associate"),
      short="Before I go on leave (out of the office 13 to 23 June): the lodgement on workspace {WS} failed three "
            "times with \"Submission error - please retry later\" and the charge still isn't registered. I need "
            "someone to find out what went wrong and tell me in writing when it will be lodged. Please copy Tomasz "
            "Wren (t.wren@hartwelldene.co.uk) while I'm away.",
      quote=("pexa", PEXA_ACK, ("Tue, 10 Jun 2025 at 14:41", "Wed, 11 Jun 2025 at 09:37"))),
    P("P02", "pexa", ("Replies to support go nowhere", "Case update {CASE} - closed for no response"),
      "I want to complain about the way your support team corresponds with us. Every update on case {CASE} "
      "arrives from an address that says at the bottom: \"This is an automated message. Please do not reply to "
      "this email - this mailbox is not monitored.\" There is no other address and no name. When I replied with "
      "the documents your team had asked for, I got exactly that notice back, and a week later the case was "
      "closed as \"no response from customer\".\n\n"
      "That is no way to run a support case. Please reopen case {CASE}, give me a named person I can write to, "
      "and explain how customers are meant to send you information you have asked them for.",
      short_labels(c=True, ex=True, cat="process"),
      "Explicit complaint about a practice (case updates sent from an unmonitored no-reply address, then closed "
      "for no response); the quoted notice is the writer's evidence, and the rule itself is the grievance: process.",
      domain="fairholmeconveyancing.co.uk", org="Fairholme Conveyancing", roles=("Conveyancing Executive",),
      quote=("pexa", "Case update: your case has been closed because we have not received a response.\n"
                     "Reference {ref}.\nThis is an automated message. Please do not reply - this mailbox is not "
                     "monitored.")),
    P("P03", "pexa", ("Unsubscribe does not work", "Still getting your partner newsletter"),
      "For the fourth week running the \"PEXA Partner Update\" has arrived at my work address. Each time I have "
      "clicked the link under \"To unsubscribe from these emails, click here\", and each time the page tells me "
      "I have been removed. The next issue arrives anyway. The footer says \"You are receiving this email because "
      "you opted in to updates\", but I never opted in: I only use the platform for redemptions.\n\n"
      "[[objection|I object to PEXA using my email address for marketing of any kind, and I expect that to be "
      "recorded properly this time.]] Please also tell me why the unsubscribe link has not worked, because at the "
      "moment it seems to do nothing.",
      short_labels(c=True, pd=True, r="objection", cat="personal_data"),
      "Marketing sent after repeated opt-outs is personal data used unexpectedly, the main grievance "
      "(personal_data); 'I object to ... marketing' is objection; the bulk-mail lines are quoted by a person.",
      domain="kestrelbs.co.uk", org="Kestrel Building Society", roles=("Redemptions Officer", "Mortgage Servicing"),
      short="Four weeks running I've unsubscribed from the \"PEXA Partner Update\" and four times it has come back. "
            "I never opted in. [[objection|I object to PEXA using my email address for marketing of any kind, and "
            "I expect that to be recorded properly this time.]]"),
    P("P04", "pexa", ("My purchase - no reply from my solicitors", "Completion date slipping"),
      "I'm buying a flat at 22 Lorimer Court and Greyfriars Law are acting for me. I was told PEXA handles the "
      "completion, so I'm writing here because I don't know where else to go. For two weeks every email I send "
      "to my solicitor comes back with the same message: \"I am out of the office and will respond on my "
      "return.\" No date, no colleague named, and nobody has called me. The seller's side says they are ready, "
      "and our completion date of 27 June is now at risk.\n\n"
      "I'm away myself from Monday until the 30th with poor signal, so I need someone to make Greyfriars deal "
      "with my file this week. Please pass this on to whoever can.",
      short_labels(c=True, cat="delay", firm="gfl"),
      "A buyer's complaint purely about her own conveyancer's silence (the auto-reply she quotes is evidence): "
      "forward to gfl, category delay; her 'I'm away' line is a person's own text.",
      short="Greyfriars Law are acting on my flat purchase and for two weeks every email to my solicitor gets "
            "\"I am out of the office and will respond on my return\". Completion on 27 June is at risk. I'm away "
            "from Monday, so please get Greyfriars to deal with my file this week."),
    P("P05", "pexa", ("Settlements email address on your website", "Funds stuck - your address bounces"),
      "On Thursday afternoon a settlement was stuck on workspace {WS} and, as your help page says, I emailed "
      "settlements@pexa.co.uk. Within a minute I had back \"Your message could not be delivered. The address is "
      "not recognised.\" I tried twice more with the same result. I then had to phone, and it was after 4pm before "
      "anyone could release the funds, by which time our buyers had been sitting outside the property for two "
      "hours.\n\n"
      "Your website still gives that address today. Please correct it, tell me which address we should actually "
      "use for urgent settlement problems, and explain why nobody noticed that the address had stopped working.",
      short_labels(c=True, cat="inaccurate_information"),
      "Contact details published by PEXA were wrong and caused harm; the delivery-failure line is quoted as "
      "evidence by a person demanding a fix and an explanation: implicit complaint, inaccurate_information.",
      domain="quaysidelegal.co.uk", org="Quayside Legal", roles=("Completions Manager", "Partner")),
    P("P06", "pexa", ("Cover while I'm on leave", "Workspace notifications - change of contact"),
      "Just so you know, this isn't an out-of-office reply - I'm writing it myself. I'm going on parental leave "
      "from 1 August and won't be back until the spring. Could you change the contact for our firm's workspace "
      "notifications from me to my colleague Priyanka Lal (p.lal@brookmerelaw.co.uk) from that date? She already "
      "has a user login.\n\n"
      "If you need anything from me before then, I'm in the office until 31 July.",
      short_labels(),
      "A routine service request written by a person announcing her own leave: no dissatisfaction, so not a "
      "complaint; redirecting the firm's notifications is not a data-rights request.",
      domain="brookmerelaw.co.uk", org="Brookmere Law", roles=("Conveyancer", "Property Lawyer"),
      short="Not an auto-reply: I'm on parental leave from 1 August. Please switch our firm's workspace "
            "notifications to Priyanka Lal (p.lal@brookmerelaw.co.uk) from that date."),
    P("P07", "pexa", ("Sale of 9 Fenwick Road - where is my money", "Sale proceeds"),
      "My sale completed on 6 June. I know that because I got a text from your system saying \"This is an "
      "automated message: settlement for your property has completed.\" That was nine days ago and my solicitors, "
      "Marsh and Penrose, still haven't sent me the proceeds. When I email them I get \"This mailbox is not "
      "monitored, please call the office\", and when I call I'm told the person handling it is busy.\n\n"
      "I'm moving abroad at the end of the month and I need this money. Please get Marsh and Penrose to tell me "
      "where it is and transfer it.",
      short_labels(c=True, cat="delay", firm="mpc"),
      "A seller's complaint about her own solicitors holding her proceeds (PEXA's automatic text only shows "
      "settlement happened), so it is forwarded to mpc; category delay.",
      short="My sale completed on 6 June (your automated text said so) and Marsh and Penrose still haven't paid "
            "me the proceeds. Their email says the mailbox is not monitored. Please get them to transfer it."),
    P("P08", "pexa", ("Formal complaint - platform fee on cancelled workspace", "Platform fee {INV}"),
      "Please treat this as a formal complaint. Invoice {INV} includes the full platform fee for workspace {WS}, "
      "which we cancelled on 2 June, nine days before the planned settlement date and before anything was lodged. "
      "Your fee schedule says cancelled workspaces carry the reduced abandonment fee, not the full fee. We have "
      "raised this twice through the billing form, and both times received only \"Thank you, your request has "
      "been received. This is an automated message.\"\n\n"
      "I am on annual leave from 16 June for two weeks and will respond on my return, but in the meantime please "
      "send your reply and a corrected invoice to my colleague Rhys Ambrose (rhys.ambrose@heathcotebank.co.uk), "
      "who has the background.",
      short_labels(c=True, ex=True, cat="fees_charges"),
      "A lender's staff member makes an explicit complaint about a PEXA fee and adds her own leave notice; the "
      "lender is the complainant, not the subject, so about_other_firm is null; fees_charges.",
      domain="heathcotebank.co.uk", org="Heathcote Bank", roles=("Mortgage Operations", "Panel Manager"),
      quote=("pexa", "Thank you, your request has been received.\nBilling reference {ref}.\n"
                     "This is an automated message.", ("Mon, 2 Jun 2025 at 09:12", "Thu, 5 Jun 2025 at 16:27",
                                                       "Tue, 10 Jun 2025 at 14:41"))),
    P("P09", "pexa", ("Still waiting", "Re: Search results missing from workspace {WS}"),
      "Three weeks ago I asked why the search results we uploaded to workspace {WS} had disappeared. I had a read "
      "receipt back the same afternoon - \"This is a receipt for the message you sent... it was read on 21 May\" "
      "- so I know it reached someone and was opened. Since then, nothing, and I've sent two follow-ups.\n\n"
      "We can't fix a completion date until the documents are back. Please have someone reply to me today and "
      "tell me what happened to them.",
      short_labels(c=True, cat="delay"),
      "A 'still waiting' chaser: the read receipt it quotes shows the message was opened, and the new text "
      "objects to three weeks of silence and asks for a reply today, so an implicit complaint about delay.",
      domain="penhallowlaw.co.uk", org="Penhallow & Co", roles=("Trainee Solicitor", "Conveyancer"),
      short="Three weeks, two follow-ups and only a read receipt (\"it was read on 21 May\"). Where are the search "
            "results that vanished from workspace {WS}? Please reply today.",
      quote=("pexa", PEXA_ACK, ("Wed, 21 May 2025 at 13:20", "Wed, 21 May 2025 at 15:02"))),
    P("P10", "pexa", ("Thanks - workspace {WS}", "Lodgement last night"),
      "Just a quick note to say thank you to Callum in your support team, who stayed on the phone until the "
      "lodgement on workspace {WS} went through yesterday evening. It made a real difference to our client.\n\n"
      "No need to reply - I'm away until Monday and will pick up anything else on my return.",
      short_labels(),
      "Thanks for a resolved matter with the writer's own 'away until Monday' line: no dissatisfaction and no "
      "response expected, so not a complaint and not machine-made.",
      domain="linwoodproperty.co.uk", org="Linwood Property Lawyers", roles=("Conveyancing Assistant",),
      quote=("pexa", "Hi,\nThe lodgement for your workspace has now been submitted successfully.\n"
                     "Reference {ref}.\nCallum, PEXA Support")),
    P("P11", "pexa", ("Emails about someone else's house", "Why am I getting these?"),
      "I want to make a complaint about emails your system keeps sending me. Since last Friday I have received "
      "six messages that begin \"You are receiving this email because you are a party to a PEXA workspace\". "
      "They are not about me. They show a property at 41 Hadley Rise, the buyer's full name, the lender's name and "
      "the settlement date. I have never bought or sold anything through PEXA, so someone else's details are "
      "being sent to me, and I assume mine could go to a stranger the same way.\n\n"
      "[[informed|Please tell me where you got my email address from and on what basis you are using it to send "
      "me these notices.]] I also want to know what you are doing for the other person, whose information I now "
      "have.",
      short_labels(c=True, ex=True, pd=True, br=True, r="informed", cat="personal_data"),
      "A stranger receives another buyer's settlement details: disclosure to the wrong person (breach, "
      "personal_data) and an explicit complaint against PEXA itself; 'where did you get my address and on what "
      "basis' is informed."),
    P("P12", "pexa", ("Notification emails", "Your preferences page is broken"),
      "Our conveyancing team received 412 emails from your platform last week, every one ending \"This "
      "notification was sent automatically. Manage your preferences.\" Every time anyone clicks \"Manage your "
      "preferences\" they get an error page (\"Something went wrong - code 500\"). We have tried different "
      "browsers and different accounts. So we cannot turn any of them off, important messages are buried among the "
      "routine ones, and last Wednesday we missed a funds-ready alert because of it.\n\n"
      "This has been going on since your update in May. Fix the preferences page, or switch the routine notices "
      "off for our firm until it works, and tell me when that will be done.",
      short_labels(c=True, cat="platform_defect"),
      "A person quotes the platform's automatic footer to show the preferences page fails (error 500) and "
      "demands a fix: an implicit complaint about a system fault, platform_defect.",
      domain="carlowmeade.co.uk", org="Carlow Meade LLP", roles=("Head of Residential Property", "Practice Manager"),
      angry=True,
      short="412 automatic notification emails last week and the \"Manage your preferences\" link gives an error "
            "500 for every one of us. We missed a funds-ready alert because of it. Fix it or switch the routine "
            "notices off for our firm."),
    P("P13", "pexa", ("Change of name on my user profile", "My user details"),
      "I married last month and now use my married name, Eleanor Marchetti (previously Eleanor Dunsford). "
      "[[rectification|Please update the name on my PEXA user profile and on the signing certificate details you "
      "hold to Eleanor Marchetti.]] I've attached a copy of the marriage certificate.\n\n"
      "I'm on leave from tomorrow until 7 July, so there's no rush - I will deal with any questions on my return.",
      short_labels(r="rectification"),
      "A neutral request to correct the writer's own name (rectification) with her own leave line: no "
      "dissatisfaction, so not a complaint; a right counts without a complaint.",
      domain="marchetticonveyancing.co.uk", org="Marchetti Conveyancing", roles=("Sole Practitioner",),
      name=("Eleanor", "Marchetti")),
    P("P14", "pexa", ("Redemption fee", "Remortgage - a fee nobody mentioned"),
      "I remortgaged last week and the redemption of my old mortgage with Thames Valley Mortgages went through "
      "your system. The redemption figure included a £295 \"exit administration fee\" that was never mentioned "
      "in my mortgage offer or in any letter since. I have written to TVM three times, and each time I get back "
      "\"This is an automated message, please do not reply\" and nothing else.\n\n"
      "I want this fee refunded, or at least explained by someone at TVM. I understand you may need to pass this "
      "to them - please do.",
      short_labels(c=True, cat="fees_charges", firm="tvm"),
      "A borrower's complaint purely about a fee his lender added (its auto-reply is quoted as evidence): "
      "forward to tvm, fees_charges.",
      short="TVM added a £295 \"exit administration fee\" to my redemption figure that was never mentioned, and "
            "their only answer is \"This is an automated message, please do not reply\". Please pass this to them: "
            "I want it refunded."),
    P("P15", "pexa", ("Training session cancelled again", "PEXA training - third cancellation"),
      "I'm writing to complain about your training team. Two new conveyancers here were booked onto the PEXA "
      "introduction session on 10 June. On the morning of the session we received an email saying \"You are "
      "receiving this email because you registered for a PEXA training event. This session has been "
      "cancelled.\" That is the third time this has happened to the same two people since April, each time on the "
      "day itself and with no other date offered.\n\n"
      "Until they are trained they cannot work on files, so this is costing us. Please book them onto a session "
      "that will definitely go ahead and tell me what went wrong. I'm away until Monday 7 July, so please copy our "
      "office manager, Lewis Trent (l.trent@sallowaysolicitors.co.uk).",
      short_labels(c=True, ex=True, cat="training"),
      "Explicit complaint about repeated same-day training cancellations (the automatic cancellation notice is "
      "quoted) with the writer's own leave line: training.",
      domain="sallowaysolicitors.co.uk", org="Salloway Solicitors", roles=("Practice Manager",),
      quote=("pexa", "Your booking for PEXA Introduction (online) is confirmed.\nBooking reference {ref}.\n"
                     "You are receiving this email because you registered for a PEXA training event.",
                     ("Tue, 20 May 2025 at 10:02", "Tue, 29 Apr 2025 at 11:45"))),
    # ---------------------------------------------------------------- conexus
    P("P16", "conexus", ("Account {ACC}", "Please stop calling me"),
      "I told your agent on Friday that I am going into hospital on Tuesday for an operation and will be away for "
      "about two weeks. Since then I have had four calls a day, including two on Sunday, and a voicemail saying "
      "the matter will be \"escalated\" if I don't ring back. I find this really distressing right before "
      "surgery.\n\n"
      "Please stop ringing me until I am home, and put a note on my account. I will be in touch on my return. I "
      "also want someone to explain why what I said about the hospital was ignored.",
      short_labels(c=True, cat="collection_conduct"),
      "A debtor announces his own absence and objects to call pressure before surgery, asking for an explanation: "
      "implicit complaint, collection_conduct; 'stop ringing me' is a conduct remedy, not objection.",
      short="I told you I'm going into hospital on Tuesday for two weeks and since then it's four calls a day. "
            "Stop ringing me until I'm home and explain why my message was ignored. I'll be in touch on my return."),
    P("P17", "conexus", ("Still waiting", "Re: account {ACC}"),
      "I sent my complaint about the letters you keep sending to my old address on 2 May. The only reply I have "
      "had is your automatic one: \"Thank you for contacting Conexus. This is an automated message. We aim to "
      "respond within 5 working days.\" That was over five weeks ago. I've phoned once and was told it is in a "
      "queue.\n\n"
      "I want a proper answer to my complaint, and a date by which I will get it.",
      short_labels(c=True, ex=True, cat="delay"),
      "A chaser that quotes the firm's automatic acknowledgement: the writer calls it 'my complaint', so explicit, "
      "and the new text is about the overdue answer, so delay.",
      quote=("conexus", CONEXUS_ACK, ("Fri, 2 May 2025 at 15:48", "Fri, 2 May 2025 at 17:06"))),
    P("P18", "conexus", ("Marketing emails", "Partner offers - how did you get this address"),
      "Three times this month you have sent me an email headed \"Offers from our partners\", with links to loan "
      "and debt-consolidation companies. Each one says at the bottom \"You are receiving this email because you "
      "are a Conexus customer. To unsubscribe, click here.\" I never agreed to any of this. My only dealings "
      "with you are about an old energy bill, and I gave you this address so you could send me my payment plan.\n\n"
      "[[objection|I object to my details being used for marketing by you or by anyone you work with.]] "
      "[[informed|I also want you to tell me which partner companies have been given my details and on what "
      "basis.]]",
      short_labels(c=True, pd=True, r="objection,informed", cat="personal_data"),
      "Unwanted partner marketing to an address given for the payment plan is data used unexpectedly "
      "(personal_data); objecting to marketing is objection, 'which companies and on what basis' is informed.",
      short="You keep sending me \"Offers from our partners\" to the address I gave you for my payment plan. "
            "[[objection|I object to my details being used for marketing by you or by anyone you work with.]] "
            "[[informed|I also want you to tell me which partner companies have been given my details and on what "
            "basis.]]"),
    P("P19", "conexus", ("Client Mrs J Okafor - Breathing Space", "Breathing Space - letters still being sent"),
      "I am writing on behalf of my client, Mrs Janet Okafor (your ref {ACC}), to make a complaint. Mrs Okafor "
      "entered a Breathing Space on 3 June and you were notified the same day. Since then she has received two "
      "letters from you demanding payment and a text saying a field agent may visit. She is anxious and has "
      "stopped opening her post.\n\n"
      "Please confirm that all collection activity has stopped, withdraw the visit warning in writing, and explain "
      "how this happened. I am on annual leave from 11 to 22 August and will respond on my return; in the "
      "meantime please send your reply to our casework inbox at casework@northgatedebtadvice.org.uk, quoting Mrs "
      "Okafor's name.",
      short_labels(c=True, ex=True, tp=True, cat="collection_conduct"),
      "A money adviser's own explicit complaint for her client (third_party) that also announces her leave; the "
      "leave wording does not make it an out-of-office; contact during Breathing Space is collection_conduct.",
      domain="northgatedebtadvice.org.uk", org="Northgate Debt Advice", roles=("Money Adviser", "Debt Caseworker"),
      quote=("conexus", "Thank you for your email. Your message has been received by Conexus Customer Support.\n"
                        "Reference {ref}.")),
    P("P20", "conexus", ("Failed payment fee", "My payment"),
      "On 28 May I paid my £40 instalment through your payment page. The page said \"Your payment could not be "
      "processed. Please try again later\", so I tried again the next day and it went through. My bank statement "
      "shows the money left my account both times. Now my balance shows a £25 \"failed payment fee\" and only "
      "one of the two payments.\n\n"
      "Please remove the fee, and either refund the second £40 or put it against my balance. I'd like an email "
      "confirming what you've done.",
      short_labels(c=True, cat="fees_charges"),
      "A person quotes the payment page's automatic error to dispute a fee Conexus added and asks for it to be "
      "removed: implicit complaint, fees_charges (a fee added on top, not the debt itself).",
      short="Your payment page said \"Your payment could not be processed\", the money left my account twice, "
            "and now there's a £25 failed payment fee. Please remove it and credit the second £40."),
    P("P21", "conexus", ("New address", "Change of address - account {ACC}"),
      "I've moved house. [[rectification|Please update my address on account {ACC} to 5 Tollgate Mews, Barnsley "
      "S70 2RT.]] My phone number and email stay the same.\n\n"
      "I'm away until the end of the month visiting family, so anything you send by post will wait until I'm back. "
      "I'll keep paying by standing order as usual.",
      short_labels(r="rectification"),
      "A neutral change of address with the writer's own 'away until' line: not a complaint; 'update my address' "
      "is rectification."),
    P("P22", "conexus", ("My father's account {ACC}", "Account {ACC} - my dad's offer"),
      "I help my father, Mr Alan Pryce, with his post and I'm writing for him. Your letter of 14 April told him to "
      "email his payment offer to offers@conexus-collect.co.uk. He did, on 16 April, and got back \"Your message "
      "could not be delivered. The address you entered was not found.\" We didn't notice until your next letter "
      "arrived saying no offer had been received and that £60 of collection costs had been added.\n\n"
      "The address was wrong, it was printed on your own letter, and he has been charged because of it. Please "
      "take the costs off, accept the offer (copy attached) and tell us which address actually works. He has given "
      "permission for you to speak to me.",
      short_labels(c=True, tp=True, cat="inaccurate_information"),
      "A daughter writing for her father (third_party) quotes a bounce to show Conexus printed a wrong address; "
      "the wrong information caused the charge, so the specific theme wins: inaccurate_information.",
      quote=("conexus", "Dear Mr Pryce,\nWe have not received a payment offer from you.\nCollection costs have "
                        "been added to your account, reference {ref}.")),
    P("P23", "conexus", ("Northline Energy bill - account {ACC}", "Disputed balance"),
      "You have written to me about £612 that Northline Energy say I owe. The bill is wrong: it is based on "
      "estimated readings for a flat I left in October 2024, and I sent Northline my final meter reading and my "
      "new address at the time. My complaint is really with Northline, but every time I email them I get \"This "
      "is an automated message. Please do not reply to this email. We are experiencing high demand.\" and nothing "
      "more.\n\n"
      "Please pass this back to them, and don't chase me for the money while the bill is being sorted out. I've "
      "attached the photo of my final reading.",
      short_labels(c=True, ex=True, cat="debt_dispute", firm="nte"),
      "The root cause is the creditor's own wrong bill, which only Northline can fix, so nte; the writer calls it "
      "'my complaint' (explicit); the creditor's auto-reply is quoted as evidence; debt_dispute.",
      short="The £612 Northline Energy bill you're chasing is wrong - estimated readings after I moved out. My "
            "complaint is with Northline, who only send automated do-not-reply messages. Please pass it back to "
            "them."),
    P("P24", "conexus", ("Is this email from you?", "Email asking me to confirm my details"),
      "I've had an email today that looks as if it's from you. It says \"This is an automated message. Please do "
      "not reply to this email\" and asks me to confirm my date of birth and bank details through a link to "
      "conexus-verify.net. I haven't clicked it. Can you tell me whether you sent it? If it's genuine, is there "
      "another way to confirm my details?\n\n"
      "I'm out of the office from tomorrow until Monday, so a text to 07700 900418 would reach me quicker than "
      "email.",
      short_labels(),
      "A person's neutral question about a suspicious automated email, with her own out-of-office line: no "
      "dissatisfaction with Conexus, so not a complaint; no right is asked for."),
    P("P25", "conexus", ("STOP the texts", "Texts every morning"),
      "Your texts arrive at 6.05 every morning. Every one says \"This message was sent automatically. Reply STOP "
      "to unsubscribe.\" I have replied STOP eleven times. They still come, seven days a week, and on Saturday "
      "there were three. I am on a payment plan and I have not missed a single payment.\n\n"
      "Stop these messages now, and tell me why replying STOP does nothing.",
      short_labels(c=True, cat="collection_conduct"),
      "An angry debtor quotes the automatic footer of reminder texts: excessive contact while paying is "
      "collection_conduct; 'stop these messages' is a conduct remedy, not objection.",
      angry=True,
      short="Texts at 6.05 every morning, 'sent automatically', and replying STOP eleven times has done nothing. "
            "I'm paying my plan. Stop them now."),
    P("P26", "conexus", ("Re: settlement offer - account {ACC}", "Nobody is reading my emails"),
      "Every email I've sent to my case handler, Mr Farrant, since 19 May has come back with \"I am out of the "
      "office until further notice. Your email will not be forwarded.\" I've sent four. My full and final "
      "settlement offer has been sitting there for three weeks and the interest letters keep coming.\n\n"
      "I would like this treated as a complaint. Please have someone else pick up my account, respond to my offer "
      "and note on file that I have been trying to settle since May.",
      short_labels(c=True, ex=True, cat="delay"),
      "The writer quotes his case handler's out-of-office to show his offer has gone unanswered for three weeks "
      "and asks for it to be treated as a complaint: explicit, delay.",
      quote=("conexus", "Dear customer,\nInterest continues to be added to your account, reference {ref}.\n"
                        "Please contact us to discuss repayment.")),
    P("P27", "conexus", ("Pennant Mobile - account {ACC}", "Not my debt"),
      "I opened an email from you yesterday that I nearly deleted as spam - it had \"View in browser\" and "
      "\"Manage your preferences\" at the top and said my Pennant Mobile account had been passed to you for £338. "
      "I did take out a Pennant contract in January, but I cancelled it within the 14-day cooling-off period and "
      "returned the phone by recorded delivery. Pennant have carried on billing me for a contract that no longer "
      "exists.\n\n"
      "I don't owe this and I want Pennant to close it. [[access|Please send me a copy of all the personal data you "
      "hold about me, including everything Pennant gave you when they passed the account over.]]",
      short_labels(c=True, r="access", cat="debt_dispute", firm="pmt"),
      "The balance comes from the creditor billing a cancelled contract, which only Pennant can fix (pmt, "
      "debt_dispute); the copy of data is access, requested alongside a non-data grievance, so personal_data "
      "stays false."),
    P("P28", "conexus", ("Thank you", "Re: payment plan {ACC}"),
      "Thank you for agreeing the reduced plan and for freezing the interest. Stephanie explained everything "
      "clearly on the phone and I feel a lot calmer about it now.\n\n"
      "I'm away until the 20th, so if I don't answer anything straight away that's why - I'm not ignoring you. The "
      "first payment will go out on the 1st as agreed.",
      short_labels(),
      "A thank-you for a settled matter with the writer's own 'away until' line: no dissatisfaction, no remedy "
      "sought, so not a complaint.",
      quote=("conexus", "As discussed, we have agreed a reduced payment plan of £30 a month and frozen interest.\n"
                        "Reference {ref}.\nStephanie, Customer Support")),
    P("P29", "conexus", ("Our client Mr R. Bhatt - ref {ACC}", "Formal complaint - letters to former address"),
      "We act for Mr Raj Bhatt and write to make a formal complaint on his behalf. Mr Bhatt told you in February "
      "that he had moved from 12 Caxton Street. You have since sent three letters to that address, one of which "
      "was opened by the new tenant, who then contacted Mr Bhatt's employer to pass on what it said about his "
      "debt.\n\n"
      "[[rectification|Please correct the address you hold for Mr Bhatt to the one given in our letter of 11 "
      "February, which is enclosed again.]] We also require an explanation of why the change was not recorded. "
      "The writer is out of the office from 30 June until 11 July; please address your reply to the firm's "
      "litigation team.",
      short_labels(c=True, ex=True, pd=True, br=True, tp=True, r="rectification", cat="personal_data"),
      "A solicitor's explicit complaint for a client (third_party): letters with debt details opened by the new "
      "tenant are a breach and the main grievance is data handling; 'correct the address' is rectification; the "
      "writer's out-of-office sentence is part of a person's letter.",
      domain="ellisonward.co.uk", org="Ellison Ward Solicitors", roles=("Solicitor", "Associate Solicitor")),
    P("P30", "conexus", ("Where do I send my payslips?", "Email address for income details"),
      "Your letter asked me to email copies of my last three payslips so that you can look at an affordable plan. "
      "I sent them to the address on the letter and got back \"Your message could not be delivered because the "
      "recipient's mailbox is full.\" Could you give me another address, or tell me whether I can upload them "
      "somewhere instead? My account number is {ACC}.",
      short_labels(),
      "A neutral request for another address after a bounce, with no negative judgement and no remedy sought: "
      "not a complaint.",
      short="Your mailbox bounced my payslips (\"the recipient's mailbox is full\"). Is there another address or "
            "an upload page? Account {ACC}."),
]


# ---------------------------------------------------------------------------------------------
# group M: machine-made

def M(sid, mailbox, senders, subject, body, note, *, headers=None, short=None, quote=None, html="maybe",
      typo=False):
    """senders: ("person", domain, role-line) for a named person, or a tuple of (display, address) choices."""
    return {"id": sid, "group": "M", "mailbox": mailbox, "senders": senders, "subjects": (subject,), "body": body,
            "labels": short_labels(auto=True), "note": note, "headers": headers, "short": short, "quote": quote,
            "html": html, "typo": typo}


BOUNCE_HDR = {"return-path": "<>", "auto-submitted": "auto-replied"}
OOO_HDR = {"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"}

SCEN_M = [
    M("M01", "pexa", ("person", "ravensworthlaw.co.uk", "Partner, Ravensworth Law"),
      "Re: Your complaint PX-C-{CASE}",
      "Thank you for your message. I am out of the office until 14 July and will have limited access to email. "
      "I will respond on my return.\n\n"
      "If your message concerns a complaint about our firm's service, please write to our client care partner at "
      "clientcare@ravensworthlaw.co.uk. For completion matters please call the office on 01632 960 214.\n\n"
      "{NAME}\n{ROLE}",
      "An out-of-office with no automatic header: the text is the standard template (out until a date, respond "
      "on return, where to send complaints), so auto_generated; the complaint wording is only in the subject and "
      "quote.",
      short="I am out of the office until 14 July and will respond on my return. Complaints about our service: "
            "clientcare@ravensworthlaw.co.uk.\n\n{NAME}",
      quote=("pexa", "Dear Sir or Madam,\nThank you for your email about the platform fee charged on your "
                     "workspace.\nWe have logged your complaint under reference {ref} and will reply in full "
                     "within 8 weeks."), typo=True),
    M("M02", "pexa", (("Client Care Team", "complaints@orchardlanesolicitors.co.uk"),
                      ("Orchard Lane Solicitors", "complaints@orchardlanesolicitors.co.uk")),
      "Re: Forwarded complaint - 14 Mill Road, Stockport",
      "Thank you for contacting Orchard Lane Solicitors.\n\n"
      "This is an automated message to confirm that your complaint has been received and will be answered within "
      "eight weeks. A member of our Client Care team will write to you within five working days to acknowledge it.\n\n"
      "Please do not reply to this email. This mailbox is not monitored for replies; if you need to add "
      "information, please quote reference OLS/CC/{CASE} in a new email.\n\n"
      "Orchard Lane Solicitors is authorised and regulated by the Solicitors Regulation Authority.",
      "An automatic acknowledgement from a participant firm's complaints address, with an ordinary 'Re:' subject "
      "and no headers: the text says it is automated, so auto_generated and nothing else.",
      short="This is an automated message to confirm that your complaint has been received and will be answered "
            "within eight weeks. Please do not reply to this email.",
      quote=("pexa", "Dear Client Care Partner,\nUnder our complaints policy we are forwarding a complaint from "
                     "your client about the delay on her purchase.\nOur reference {ref}.")),
    M("M03", "pexa", (("PEXA Support", "support@pexa.co.uk"), ("PEXA Case Management", "support@pexa.co.uk")),
      "Your case {CASE}",
      "Case {CASE} has been updated.\n\n"
      "Status: Escalated to Settlements Operations\n"
      "Category: Failed settlement - funds not released\n"
      "Customer: Brightwater Conveyancing (workspace {WS})\n"
      "Priority: High - complaint flag set\n\n"
      "Latest note: customer reports a second failed settlement this week and asks for the extension fees to be "
      "refunded. Target response date: 3 business days.\n\n"
      "This notification was sent automatically by the PEXA case system. Please do not reply to this email; update "
      "the case in the console instead.",
      "A case-system notification (sent automatically, do not reply) copied to the mailbox: machine-made, so the "
      "complaint it summarises is not a new complaint."),
    M("M04", "pexa", (("Accounts Payable", "accounts@heathcotebank.co.uk"),
                      ("Heathcote Bank Accounts", "accounts@heathcotebank.co.uk")),
      "Payment update",
      "REMITTANCE ADVICE - Heathcote Bank plc\n\n"
      "This is an automatically generated remittance advice. Please do not reply to this email.\n\n"
      "Payment reference: HCB-PAY-{CASE}\nPayment date: 19/06/2025\nAmount paid: £4,812.50\n\n"
      "Invoices paid: PX-INV-40215, PX-INV-40233\n"
      "Invoices withheld: PX-INV-40198 (£375.00) - disputed charge, query raised by business unit. Payment will "
      "be released when the dispute is resolved.\n\n"
      "For queries about this remittance please contact the accounts payable helpdesk quoting the payment "
      "reference.",
      "An automatically generated remittance advice from a lender's accounts system: the withheld 'disputed "
      "charge' is a system line, not a person's grievance, so auto_generated."),
    M("M05", "pexa", (("Mail Delivery System", "MAILER-DAEMON@mx2.pexa.co.uk"),
                      ("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.pexa.co.uk")),
      "Undelivered Mail Returned to Sender",
      "This is the mail system at host mx2.pexa.co.uk.\n\n"
      "I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's "
      "attached below.\n\n"
      "<d.fairweather@zenmail.co.uk>: host mx.zenmail.co.uk said: 552 5.2.2 Mailbox full (in reply to RCPT TO "
      "command)\n\n"
      "------ Original message ------\n"
      "From: Customer Resolution <complaints@pexa.co.uk>\n"
      "Subject: Re: My complaint about the failed completion\n\n"
      "Dear Mr Fairweather,\n"
      "Thank you for your complaint about the failed settlement of 12 May. We are sorry for the distress this "
      "caused and have logged it under reference PX-C-{CASE}.\n\n"
      "> I want to complain that my completion failed and I had to pay for another night in a hotel...",
      "A delivery-failure notice (MAILER-DAEMON, empty Return-Path) that quotes the undelivered complaint reply: "
      "auto_generated, and the quoted complaint counts for nothing.",
      headers=BOUNCE_HDR, html="never"),
    M("M06", "pexa", (("Client Care", "clientcare@marshpenrose.co.uk"),
                      ("Marsh & Penrose Client Care", "clientcare@marshpenrose.co.uk")),
      "Re: Complaint referral - 3 Quarry Lane, Exeter",
      "Your message could not be delivered to the intended team because this mailbox is no longer in use.\n\n"
      "From 1 June 2025 complaints about Marsh & Penrose Conveyancing should be sent to "
      "complaints.team@marshpenrose.co.uk and will be acknowledged within two working days.\n\n"
      "This is an automated message. Replies to this address are not read.",
      "An automatic retired-mailbox notice with an ordinary sender and 'Re:' subject and no headers: its own "
      "text says it is automated, so auto_generated.",
      quote=("pexa", "Dear Sir or Madam,\nWe are forwarding a consumer complaint about your firm under our "
                     "complaints policy.\nOur reference {ref}.")),
    M("M07", "pexa", (("Conveyancing Weekly", "bulletin@conveyancingweekly.co.uk"),
                      ("Conveyancing Weekly Bulletin", "bulletin@conveyancingweekly.co.uk")),
      "Registration delays, fee complaints and the summer completion rush",
      "View in browser\n\n"
      "CONVEYANCING WEEKLY - issue 212\n\n"
      "Registration backlog: the average wait for a change of ownership is now 14 weeks, and firms report "
      "clients complaining about delays they cannot control.\n\n"
      "Fees under scrutiny: complaints to the ombudsman about conveyancing fees rose by a fifth last year. "
      "We look at what firms should disclose up front.\n\n"
      "Digital settlement: three platform outages this quarter left some completions late. Our readers' survey "
      "asks how your firm handled them.\n\n"
      "You are receiving this email because you subscribed at conveyancingweekly.co.uk. To unsubscribe, click "
      "here. Manage your preferences.",
      "A trade newsletter with bulk-mail headers: newsletters are auto_generated and never complaints, even when "
      "their articles are about complaints and delays.",
      headers={"precedence": "bulk", "list-id": "Conveyancing Weekly <weekly.conveyancingweekly.co.uk>",
               "list-unsubscribe": "<https://conveyancingweekly.co.uk/unsubscribe?s=5512ab>"},
      html="always"),
    M("M08", "pexa", ("person", "settleforum.co.uk", "Editor, Settle Forum"),
      "This month: settlement errors and the new fee schedule",
      "View in browser\n\n"
      "Hello from Settle Forum, the independent community for digital settlement users.\n\n"
      "This month our members have been talking about settlement errors after the May release, with several "
      "firms reporting funds held overnight, and about the new per-workspace fee schedule, which many feel was "
      "introduced without enough notice. We round up the discussion and what PEXA has said so far.\n\n"
      "Also inside: a checklist for raising a problem with your lender, and dates for our autumn meet-ups.\n\n"
      "You are receiving this email because you joined Settle Forum. Manage your preferences or unsubscribe at "
      "any time.",
      "A community newsletter signed by a named editor and sent with no list headers: bulk-mail lines and "
      "newsletter content make it auto_generated; members' grievances reported in it are not a complaint.",
      html="maybe"),
    M("M09", "pexa", ("person", "beaconhomefinance.co.uk", "Completions Team, Beacon Home Finance"),
      "Re: Platform fee query - workspace {WS}",
      "Thank you for your email. I am on leave until Monday 4 August and will not be checking messages.\n\n"
      "If you are writing about a disputed fee, a redemption statement or a customer complaint, please email "
      "customer.relations@beaconhomefinance.co.uk, where the team will log it and reply within five working days."
      "\n\nKind regards\n{NAME}\n{ROLE}",
      "A leave reply with no header from a lender's staff address, an ordinary 'Re:' subject and a template "
      "text pointing disputes elsewhere: auto_generated, no firm, no complaint.",
      short="On leave until Monday 4 August. Disputed fees and complaints: customer.relations@beaconhomefinance.co.uk."
            "\n\n{NAME}",
      quote=("pexa", "Hello,\nWe have reviewed the platform fee you queried and attach a breakdown.\n"
                     "Reference {ref}."), typo=True),
    M("M10", "pexa", ("person", "personal", ""),
      "Read: Your complaint PX-C-{CASE} - our final response",
      "Your message\n\n"
      "  To: {ADDR}\n  Subject: Your complaint PX-C-{CASE} - our final response\n  Sent: 18/06/2025 16:02\n\n"
      "was read on 19/06/2025 08:47.\n\n"
      "This is a receipt for the message you sent. It only confirms that the message was displayed on the "
      "recipient's computer; there is no guarantee that the recipient has read or understood the contents.",
      "A read receipt with no header: the receipt wording makes it auto_generated, and the complaint named in its "
      "subject is PEXA's own earlier message."),
    M("M11", "pexa", (("Whitcombe & Lusk Helpdesk", "helpdesk@whitcombelusk.co.uk"),
                      ("Whitcombe and Lusk Solicitors", "helpdesk@whitcombelusk.co.uk")),
      "Re: [#{CASE}] Failed settlement on workspace {WS}",
      "Hello,\n\n"
      "Thank you for your email. This is an automated message to let you know it has been logged as ticket "
      "#{CASE}.\n\n"
      "Our completions team aims to answer all requests within one working day. If your message is a complaint "
      "about our service, it has been passed to our Client Care Partner, who will reply within 5 working days.\n\n"
      "Please keep the ticket number in the subject line of any reply so that it is added to the same ticket.\n\n"
      "Whitcombe & Lusk Solicitors - Helpdesk",
      "A law firm's helpdesk autoresponder (ticket logged, automated message) with no headers: auto_generated.",
      quote=("pexa", "Hello,\nWe are looking into the failed settlement on your workspace and will update you "
                     "today.\nReference {ref}.")),
    M("M12", "pexa", (("PayCentral Collections", "collections@paycentral.co.uk"),
                      ("Collections", "collections@paycentral.co.uk")),
      "Payment update",
      "Payment update for merchant PEXA (Digital Completion UK Ltd)\n\n"
      "A Direct Debit collection has failed.\n\n"
      "Payer: Linwood Property Lawyers\nMandate reference: DCUK-{CASE}\nAmount: £1,260.00\n"
      "Reason: Refer to payer\n\n"
      "In line with your merchant agreement, a failed collection charge of £4.50 has been added to this month's "
      "service invoice. If the payer disputes the collection, a chargeback notice will follow separately.\n\n"
      "This notification was sent automatically by PayCentral. Please do not reply.",
      "A payment provider's automatic failed-collection notice (charge added, dispute mentioned) from an ordinary "
      "address with no headers: auto_generated."),
    M("M13", "pexa", (("Lodgement Gateway", "no-reply@lodgementgateway.co.uk"),
                      ("Lodgement Gateway Notifications", "no-reply@lodgementgateway.co.uk")),
      "Application rejected - requisition raised ({CASE})",
      "Application {CASE} has been rejected.\n\n"
      "Lodged by: PEXA on behalf of Quayside Legal\n"
      "Reason: the discharge does not match the registered charge (error code LG-214).\n\n"
      "A requisition has been raised. The lodging party must respond within 15 working days or the application "
      "will be cancelled and the fee will not be refunded.\n\n"
      "This mailbox is not monitored. Do not reply to this message.",
      "A portal notice with Auto-Submitted header and a no-reply sender: system notifications are auto_generated "
      "however bad the news they carry.",
      headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"}),
    M("M14", "pexa", ("person", "personal", ""),
      "Re: Your complaint has been passed to Orchard Lane Solicitors",
      "Hi,\n\nI'm away until Monday with no access to email. I will respond on my return.\n\n{FIRST}",
      "A consumer's out-of-office with no headers: the template wording alone marks it auto_generated, and the "
      "complaint is only in the subject and PEXA's quoted message.",
      quote=("pexa", "Dear customer,\nWe have forwarded your complaint about the delay to Orchard Lane "
                     "Solicitors, who act for you.\nOur reference {ref}.")),
    M("M15", "pexa", (("Conveyancers Forum", "conveyancers-forum@lists.propertylawnet.org.uk"),
                      ("Conveyancers-Forum", "conveyancers-forum-bounces@lists.propertylawnet.org.uk")),
      "Conveyancers-Forum Digest, Vol 38, Issue 11",
      "Send Conveyancers-Forum mailing list submissions to conveyancers-forum@lists.propertylawnet.org.uk\n\n"
      "Today's Topics:\n\n"
      "   1. Settlement failures this week (Gareth Pennock)\n"
      "   2. Complaint about platform fee on abandoned workspaces (Joanne Frith)\n"
      "   3. Re: Lender redemption statements (Hugh Darby)\n\n"
      "Message: 1\nFrom: Gareth Pennock\n"
      "Anyone else had two settlements fail on Tuesday afternoon? We are still waiting for an explanation.\n\n"
      "Message: 2\nFrom: Joanne Frith\n"
      "We have complained about being charged the full fee on a workspace we abandoned. Has anyone had it "
      "refunded?\n\n"
      "To unsubscribe or change your delivery options, visit the list information page.",
      "A mailing-list digest (List-Id, Precedence: list): auto_generated even though the members' posts in it "
      "complain about PEXA.",
      headers={"list-id": "<conveyancers-forum.lists.propertylawnet.org.uk>", "precedence": "list",
               "list-unsubscribe": "<mailto:conveyancers-forum-request@lists.propertylawnet.org.uk?subject=unsubscribe>"},
      html="never"),
    # ---------------------------------------------------------------- conexus
    M("M16", "conexus", ("person", "riversidemoneyhelp.org.uk", "Money Adviser, Riverside Money Help"),
      "Re: Your client's complaint CX-COMP-{CASE}",
      "Thank you for your email. I'm out of the office until Tuesday 2 September.\n\n"
      "If you are writing about a client's complaint, a Breathing Space or a payment arrangement, please contact "
      "our casework team on 0114 496 0327 or at casework@riversidemoneyhelp.org.uk, quoting the client's name and "
      "date of birth.\n\n"
      "{NAME}\n{ROLE}\nRiverside Money Help is a registered charity.",
      "A money adviser's out-of-office with no header: template text, so auto_generated, and therefore "
      "third_party false despite the sender being a representative.",
      short="Out of the office until Tuesday 2 September. Client complaints and Breathing Space: "
            "casework@riversidemoneyhelp.org.uk.\n\n{NAME}",
      quote=("conexus", "Dear adviser,\nThank you for your email raising a complaint on behalf of your client.\n"
                        "We have logged it under reference {ref}."), typo=True),
    M("M17", "conexus", (("Customer Resolution Team", "complaints@lumenwater.co.uk"),
                         ("Lumen Water Complaints", "complaints@lumenwater.co.uk")),
      "Re: Disputed balance - customer account {ACC}",
      "Thank you for contacting Lumen Water.\n\n"
      "Your complaint has been received and will be answered within eight weeks. Your reference is LW-CR-{CASE}. "
      "We will write to you if we need any more information.\n\n"
      "Please do not reply to this email. This mailbox is not monitored.\n\n"
      "Lumen Water plc, Lumen House, Riverside Way, Derby DE1 3GN",
      "A creditor's automatic complaint acknowledgement from an ordinary complaints address with a 'Re:' subject "
      "and no headers: auto_generated; no firm id because nothing is a complaint.",
      short="Your complaint has been received and will be answered within eight weeks (reference LW-CR-{CASE}). "
            "Please do not reply to this email.",
      quote=("conexus", "Dear Customer Resolution Team,\nThe customer disputes the balance on this account and "
                        "says the final bill was wrong.\nOur reference {ref}.")),
    M("M18", "conexus", (("Conexus Payments", "payments@conexus-services.com"),
                         ("Payments Team", "payments@conexus-services.com")),
      "Payment update",
      "Payment update for account {ACC}\n\n"
      "Your scheduled payment of £45.00 due on 1 July could not be taken. Your bank returned it with the reason "
      "\"insufficient funds\".\n\n"
      "A missed payment fee of £10.00 has been added to your balance. Your new balance is £1,384.20.\n\n"
      "If you think this fee is wrong, or you are having difficulty paying, please call us on 0330 555 0142. This is "
      "an automated message - please do not reply to this email, as this mailbox is not monitored.",
      "An automatic payment-failure notice (fee added) copied to the mailbox: machine-made, not a complaint, "
      "however much it talks about fees."),
    M("M19", "conexus", ("person", "collectionsforum.org.uk", "Membership Team, Collections Standards Forum"),
      "Members' update: complaint numbers for the second quarter",
      "View in browser\n\n"
      "Members' update - July\n\n"
      "Complaint figures: members reported 4,310 complaints in the second quarter, 6% more than the first. The "
      "most common causes were disputes about the balance, contact frequency and fees added after missed "
      "payments.\n\n"
      "Ombudsman: the uphold rate for debt collection complaints fell to 36%.\n\n"
      "Events: our vulnerability workshop runs again on 18 September.\n\n"
      "You are receiving this email because your firm is a member of the Collections Standards Forum. Manage your "
      "preferences | Unsubscribe",
      "A trade-body bulletin from a named person's address with no list headers: newsletter wording makes it "
      "auto_generated; complaint statistics are its topic, not a grievance.",
      html="maybe"),
    M("M20", "conexus", (("Mail Delivery Subsystem", "MAILER-DAEMON@mail.conexus-services.com"),
                         ("Mail Delivery System", "postmaster@mail.conexus-services.com")),
      "Delivery Status Notification (Failure)",
      "Delivery to the following recipient failed permanently:\n\n"
      "     t.pembridge68@skymail.co.uk\n\n"
      "Technical details of permanent failure:\n"
      "The recipient's mail server rejected the message: 550 5.1.1 user unknown\n\n"
      "----- Original message -----\n"
      "From: Conexus Customer Relations <complaints@conexus-services.com>\n"
      "Subject: Final response to your complaint CX-COMP-{CASE}\n\n"
      "Dear Mr Pembridge,\n"
      "We have now completed our investigation of your complaint about the charges added to your account.\n\n"
      "> I want to complain about the £90 of charges you added when I was in hospital...",
      "A bounce (MAILER-DAEMON, empty Return-Path) quoting the undelivered final response and the complaint "
      "inside it: auto_generated, nothing else.",
      headers=BOUNCE_HDR, html="never"),
    M("M21", "conexus", (("Northline Energy Complaints", "complaints@northline-energy.co.uk"),
                         ("Northline Energy", "complaints@northline-energy.co.uk")),
      "Re: Customer dispute - account {ACC}",
      "Your message could not be delivered to our Complaints Team.\n\n"
      "This email address is no longer monitored. To raise a complaint or dispute a bill, please use the online "
      "form on our website. Debt collection agencies acting for Northline should send disputes through the agency "
      "portal.\n\n"
      "This is an automatically generated message. Please do not reply.",
      "A creditor's automatic 'no longer monitored' reply from an ordinary complaints address with a 'Re:' "
      "subject and no headers: auto_generated.",
      quote=("conexus", "Dear Northline Energy,\nYour customer disputes the final bill on this account.\n"
                        "Our reference {ref}.")),
    M("M22", "conexus", ("person", "castlegatelegal.co.uk", "Solicitor, Castlegate Legal"),
      "Re: Your letter of 12 May - disputed balance, account {ACC}",
      "I am away from the office until Monday 30 June. I will respond on my return.\n\n"
      "If your email concerns a disputed debt, a county court claim or a complaint, please send it to "
      "disputes@castlegatelegal.co.uk so that a colleague can deal with it in my absence.\n\n"
      "{NAME}\n{ROLE}",
      "A solicitor's out-of-office with no headers: template text only, so auto_generated, not third_party, and no "
      "complaint even though it mentions disputes.",
      short="Away until Monday 30 June; I will respond on my return. Disputes: disputes@castlegatelegal.co.uk."
            "\n\n{NAME}",
      quote=("conexus", "Dear Sir or Madam,\nWe write about the balance your client disputes.\n"
                        "Our reference {ref}."), typo=True),
    M("M23", "conexus", (("Sterling Client Portal", "portal@sterlingcredit.co.uk"),
                         ("Sterling Credit Loans", "portal@sterlingcredit.co.uk")),
      "Your case {CASE}",
      "Case {CASE} - status update\n\n"
      "Customer account: SCL-{ACC}\nPlaced with: Conexus\n"
      "Update: the customer has raised a dispute about the balance (interest charged after default). Collection "
      "activity must be paused until the dispute is closed.\n"
      "Action required: please confirm the hold within 2 working days.\n\n"
      "This notification was sent automatically from the Sterling Credit client portal. Replies to this email are "
      "not monitored; please use the portal to respond.",
      "A creditor portal notification (sent automatically, replies not monitored) about a customer's dispute: "
      "auto_generated, so no firm id and no complaint."),
    M("M24", "conexus", (("Pennant Collections Reporting", "reports@pennantmobile.co.uk"),
                         ("Pennant Mobile Reporting", "reports@pennantmobile.co.uk")),
      "Placement update",
      "Weekly placement update - Conexus\n\n"
      "Accounts placed this week: 212\n"
      "Accounts recalled: 9 (open complaint with Pennant: 6; customer deceased: 1; paid in full: 2)\n"
      "Disputes received from agency: 14 (balance incorrect: 8; early termination charges: 6)\n\n"
      "Recalled accounts must not be contacted from the date of this report. The full list is in the reporting "
      "area.\n\n"
      "This report is generated automatically. Please do not reply to this email.",
      "An automatic weekly report from a creditor's system: machine-made, and its complaint and dispute counts "
      "are data, not a grievance."),
    M("M25", "conexus", (("Fairway Debt Charity", "news@fairwaydebt.org.uk"),
                         ("Fairway News", "news@fairwaydebt.org.uk")),
      "Our new report: how debt collectors treat people in crisis",
      "View in browser\n\n"
      "Fairway News - July\n\n"
      "Our new report is out. We spoke to 1,200 people who contacted us about debt collectors. Four in ten "
      "said they had been called several times a day, and one in five said fees had been added that they did not "
      "understand. Many told us their complaints were not answered within eight weeks.\n\n"
      "Read the report and our recommendations for collection agencies on our website.\n\n"
      "You are receiving this email because you signed up to Fairway News. To unsubscribe, click here. Manage "
      "your preferences.",
      "A charity newsletter with bulk headers: auto_generated and not a complaint, even though it reports "
      "complaints about collection conduct.",
      headers={"precedence": "bulk", "list-id": "Fairway News <news.fairwaydebt.org.uk>",
               "list-unsubscribe": "<https://fairwaydebt.org.uk/unsubscribe?id=77c1>"},
      html="always"),
    M("M26", "conexus", (("Office of Andrew Trelawny MP", "andrew.trelawny.office@trelawny-mp.org.uk"),
                         ("Andrew Trelawny MP", "andrew.trelawny.office@trelawny-mp.org.uk")),
      "Re: Your constituent's complaint - ref CX-COMP-{CASE}",
      "Thank you for contacting the office of Andrew Trelawny MP.\n\n"
      "This is an automated response to confirm that your email has been received. Because of the volume of "
      "correspondence, it may take up to 15 working days for a caseworker to reply.\n\n"
      "If you are a constituent raising a complaint about an organisation, please make sure you have included "
      "your full postal address, as the MP can only take up cases for people who live in the constituency.\n\n"
      "Please do not reply to this automated message.",
      "An MP's office autoresponder with no headers: auto_generated, so third_party false and no complaint.",
      quote=("conexus", "Dear Mr Trelawny,\nThank you for your letter about your constituent's complaint.\n"
                        "We have logged it under reference {ref}.")),
    M("M27", "conexus", (("Conexus Online", "online@conexus-services.com"),
                         ("Conexus", "online@conexus-services.com")),
      "Your submission {CASE}",
      "This is a receipt for the form you submitted on our website.\n\n"
      "Form: Dispute a balance or raise a complaint\nSubmitted: 24/06/2025 21:14\nReference: WEB-{CASE}\n\n"
      "What happens next: we will acknowledge your complaint within 24 hours and aim to resolve it by the end of "
      "the next working day. If we cannot, we will write to you within 5 working days and send our final response "
      "within 8 weeks.\n\n"
      "This receipt was sent automatically. Please do not reply to this email.",
      "A web-form receipt sent automatically (copy to the mailbox): auto_generated; the form's content is not in "
      "it and the receipt itself is no complaint."),
    M("M28", "conexus", (("Revenues and Benefits", "revenues@westbury.gov.uk"),
                         ("Westbury Council Revenues", "revenues@westbury.gov.uk")),
      "Re: Council tax arrears - account {ACC}",
      "Thank you for your email to Westbury Council Revenues and Benefits.\n\n"
      "This is an automated message. We are currently receiving a high number of enquiries and it may take up to "
      "20 working days to reply. We are sorry for the delay.\n\n"
      "If you want to dispute a council tax bill or make a complaint about a recovery charge, please use the form "
      "on our website; emails about disputes sent to this address are not treated as formal appeals.\n\n"
      "Please do not reply to this message.",
      "A creditor council's autoresponder (automated message, delays apologised for) with no headers: "
      "auto_generated, not a complaint and no firm id.",
      quote=("conexus", "Dear Revenues Team,\nThe customer below disputes the recovery charge on this account.\n"
                        "Our reference {ref}.")),
    M("M29", "conexus", ("person", "conexus-services.com", "Customer Account Manager, Conexus"),
      "Automatic reply: Harassing phone calls - account {ACC}",
      "I am out of the office until Thursday 26 June.\n\n"
      "Complaints should be sent to complaints@conexus-services.com, where they will be acknowledged within 24 "
      "hours. For payments or to discuss your account, please call 0330 555 0142.\n\n"
      "{NAME}\n{ROLE}",
      "A staff out-of-office with Auto-Submitted/X-Autoreply headers and an 'Automatic reply:' subject: "
      "auto_generated; the complaint is only in the subject.",
      headers=OOO_HDR,
      short="Out of the office until Thursday 26 June. Complaints: complaints@conexus-services.com.\n\n{NAME}"),
    M("M30", "conexus", (("Accounts", "accounts@conexus-services.com"),
                         ("Conexus Accounts", "accounts@conexus-services.com")),
      "Account {ACC} - arrears notice",
      "View in browser\n\n"
      "Arrears notice for account {ACC}\n\n"
      "Your account is now two payments in arrears. An arrears charge of £15.00 has been applied, in line with "
      "the terms of your plan.\n\n"
      "If you dispute this debt or the charge, or you are struggling to pay, please contact us. Free debt advice "
      "is available from independent charities.\n\n"
      "This notice was sent automatically. Manage your preferences for account emails in your online account.",
      "An automatic arrears notice (charge applied, dispute invited) copied to the mailbox with no headers: "
      "auto_generated."),
]


# ---------------------------------------------------------------------------------------------
# rendering

def person(rng, used_names, usage):
    """An invented name that shares neither part with the scenario's other rendering and uses no first or last
    name more than three times in the file (usage counts them)."""
    while True:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if (usage.get(first, 0) < 3 and usage.get(last, 0) < 3
                and not any(first == f or last == l for f, l in used_names)):
            usage[first] = usage.get(first, 0) + 1
            usage[last] = usage.get(last, 0) + 1
            return first, last


def address(rng, first, last, domain):
    if domain == "personal":
        form = rng.randrange(4)
        local = (f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
                 f"{last}.{first[0]}")[form].lower()
        return f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
    form = rng.randrange(3)
    local = (f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}")[form].lower()
    return f"{local}@{domain}"


def tokens(rng):
    return {"{ACC}": str(rng.randrange(3000000, 9999999)), "{WS}": f"31-8{rng.randrange(1000, 9999)}",
            "{CASE}": str(rng.randrange(10000, 99999)), "{INV}": f"PX-INV-4{rng.randrange(1000, 9999)}"}


def fill(text, tok):
    for k, v in tok.items():
        text = text.replace(k, v)
    return text


def envelope_options(sc):
    """Every envelope a scenario allows, as (html, quote, typo, short) tuples, in a fixed order."""
    htmls = {"never": (False,), "maybe": (False, True), "always": (True,)}[sc["html"]]
    quotes = (False, True) if sc["quote"] else (False,)
    shorts = (False, True) if sc["short"] else (False,)
    typos = (False, True) if (sc["group"] == "P" or sc.get("typo")) else (False,)
    out = []
    for h in htmls:
        for q in quotes:
            for s in shorts:
                for t in typos:
                    out.append((h, q, t, s))
    return out


def env_name(h, q, t, s):
    parts = ["html" if h else "plain"]
    if q:
        parts.append("quote")
    if s:
        parts.append("short")
    if t:
        parts.append("typo")
    return "+".join(parts)


def pick_envelopes(rng, sc):
    opts = envelope_options(sc)
    if sc["group"] == "M" and len(opts) == 1:
        return [opts[0], opts[0]]  # only the sender differs
    # plain bodies and full texts are the common case: html and short versions are drawn less often
    weights = [(1 if h and sc["html"] == "maybe" else 6) * (1 if s else 3) for h, q, t, s in opts]
    a = rng.choices(range(len(opts)), weights)[0]
    rest = [i for i in range(len(opts)) if i != a and not (opts[a][3] and opts[i][3])]  # at most one short
    b = rng.choices(rest, [weights[i] for i in rest])[0]
    return [opts[a], opts[b]]


def quote_of(rng, sc):
    """(header line, text) of the firm's earlier message; a scenario may give its own dates as a third item."""
    box, text = sc["quote"][:2]
    dates = sc["quote"][2] if len(sc["quote"]) > 2 else QUOTE_DATES
    who = rng.choice(PEXA_QUOTE_FROM if box == "pexa" else CONEXUS_QUOTE_FROM)
    return f"On {rng.choice(dates)}, {who} wrote:", text


def render_p(rng, sc, env, used_names, usage):
    h, q, t, s = env
    if sc["name"]:
        first, last = sc["name"]
    else:
        first, last = person(rng, used_names, usage)
    used_names.append((first, last))
    addr = address(rng, first, last, sc["domain"] or "personal")
    tok = tokens(rng)
    subject = fill(rng.choice(sc["subjects"]), tok)
    core = fill(sc["short"] if s else sc["body"], tok)
    greet = rng.choice(GREET_ANGRY if sc["angry"] else GREET[sc["mailbox"]])
    sign = rng.choice(SIGN_ANGRY if sc["angry"] else SIGN)
    full = rng.random() < 0.6
    sig = [f"{first} {last}" if full or sc["org"] else first]
    if sc["org"] and not s:
        sig.append(f"{rng.choice(sc['roles'])}, {sc['org']}")
    parts = []
    if greet and not (s and rng.random() < 0.5):
        parts.append(greet)
    parts.append(core)
    parts.append(((sign + "\n") if sign else "") + "\n".join(sig))
    text = "\n\n".join(parts)
    if t:
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    quote = quote_of(rng, sc) if q else None
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=f"{first} {last} <{addr}>", subject=subject,
                                body=body, html=h, quote=quote, subject_marks=[], body_marks=marks,
                                labels=sc["labels"], note=sc["note"], source=f"tmb-{sc['id']}",
                                env=env_name(*env))


def render_m(rng, sc, env, used_names, usage):
    h, q, t, s = env
    snd = sc["senders"]
    tok = tokens(rng)
    if snd[0] == "person":
        first, last = person(rng, used_names, usage)
        used_names.append((first, last))
        addr = address(rng, first, last, snd[1])
        sender = f"{first} {last} <{addr}>"
        tok.update({"{NAME}": f"{first} {last}", "{FIRST}": first, "{ROLE}": snd[2], "{ADDR}": addr})
    else:
        display, addr = snd[len(used_names) % len(snd)]
        used_names.append((display, addr))
        sender = f"{display} <{addr}>"
    subject = fill(sc["subjects"][0], tok)
    text = fill(sc["short"] if s else sc["body"], tok)
    if t:
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.2)
    quote = quote_of(rng, sc) if q else None
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=text, html=h,
                                quote=quote, subject_marks=[], body_marks=[], labels=sc["labels"], note=sc["note"],
                                source=f"tmb-{sc['id']}", env=env_name(*env), headers=sc["headers"])


def build(rng):
    records, usage = [], {}
    for sc in SCEN_P + SCEN_M:
        used = []
        for env in pick_envelopes(rng, sc):
            rec = (render_p if sc["group"] == "P" else render_m)(rng, sc, env, used, usage)
            records.append(rec)
    return records


AUTO_HEADERS = ("auto-submitted", "x-autoreply", "x-auto-response-suppress", "precedence", "list-id",
                "list-unsubscribe", "return-path")


def summary(records, counts):
    labs = [r["labels"] for r in records]
    lines = [
        f"wrote {len(records)} records to {os.path.relpath(OUT, ROOT)}",
        f"scenarios: {len({r['source'] for r in records})} "
        f"(P {len({r['source'] for r in records if '-P' in r['source']})}, "
        f"M {len({r['source'] for r in records if '-M' in r['source']})})",
        f"mailboxes: pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
        f"conexus {sum(r['mailbox'] == 'conexus' for r in records)}",
        f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
        f"machine-made: {sum(l['auto_generated'] for l in labs)}; "
        f"with rights: {sum(bool(l['rights']) for l in labs)}; third party: {sum(l['third_party'] for l in labs)}; "
        f"about another firm: {sum(l['about_other_firm'] is not None for l in labs)}",
        f"html: {sum(r['html'] for r in records)}; "
        f"any automatic header: {sum(any(k in AUTO_HEADERS for k in r['headers']) for r in records)}",
        "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
    ]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
