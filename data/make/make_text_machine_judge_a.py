#!/usr/bin/env python3
"""Evaluation set: mail whose OWN TEXT carries the wording of machine-made mail (stdlib only).

Writes data/trials/text_machine_judge_a.jsonl: 60 scenarios (30 per mailbox), each rendered twice = 120 emails.

* Group P (tma-P01..P30): written by a PERSON who uses out-of-office, "do not reply", bounce, unsubscribe or
  receipt wording in their own text (going on leave, quoting an automatic reply or bounce, fed up with
  newsletters or notifications). 24 are complaints by the labelling guide, 6 are a person's non-complaints.
  No automatic headers; ordinary personal or business addresses and subjects.
* Group M (tma-M01..M30): MACHINE-MADE mail (out-of-office and leave replies, automatic acknowledgements, ticket
  and portal notices, payment and arrears notifications, delivery failures, newsletters) whose text speaks of
  complaints, disputes, charges, delays or errors. 23 carry no automatic header and come from an
  ordinary-looking address with an ordinary subject; 7 carry the headers or subject such mail really has.
  auto_generated=true and every other label empty.

Request sentences are marked inline as [[right|sentence]] and become `request_sentences`. Each scenario is
rendered twice with different envelopes drawn from the seeded rng: sender, greeting and sign-off, HTML body,
a quoted earlier message below the new text, letter typos outside the marks, a short version.

Usage:  .venv/bin/python data/make/make_text_machine_judge_a.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281101
PREFIX = "tma"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "text_machine_judge_a.jsonl")

L = short_labels
AUTO = dict(auto=True)

FIRST = ("Amelia", "Rohan", "Bethan", "Kwame", "Niamh", "Tomasz", "Priya", "Callum", "Yasmin", "Declan", "Harriet",
         "Oluwaseun", "Imogen", "Faisal", "Grace", "Lewis", "Anjali", "Ewan", "Zofia", "Marcus", "Leah", "Idris",
         "Catriona", "Samuel", "Ruth", "Joel", "Mei", "Patrick", "Sinead", "Arjun", "Esther", "Gareth", "Naomi",
         "Hamza", "Eleanor", "Craig")
LAST = ("Whitfield", "Okonkwo", "Pritchard", "Nowak", "Gallagher", "Sharma", "McAllister", "Haddad", "Thornton",
        "Ellery", "Adeyinka", "Rowntree", "Kaur", "Lindgren", "Moffat", "Baptiste", "Carmichael", "Osei",
        "Fairbairn", "Iqbal", "Devlin", "Stanhope", "Kowalski", "Brennan", "Achterberg", "Lyle", "Mbeki",
        "Quinlan", "Rahman", "Sutcliffe", "Varga", "Winslow")
PERSONAL_DOMAINS = ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
                    "virginmedia.com")

# greetings and sign-offs of a person's letter
GREET_P = {"pexa": ("Dear PEXA team,", "Hello,", "Dear Sir or Madam,", "Hi,", "Good morning,", "To the PEXA team,"),
           "conexus": ("Dear Conexus,", "Hello,", "Dear Sir or Madam,", "Hi,", "To whom it may concern,",
                       "Good afternoon,")}
SIGN_P = ("Regards,", "Kind regards,", "Thanks,", "Many thanks,", "Yours faithfully,", "Best wishes,", "Thank you,")
# the opening line and sign-off of an out-of-office
GREET_OOO = ("Thank you for your email.", "Thanks for your message.", "Thank you for getting in touch.")
SIGN_OOO = ("", "Kind regards,", "Best wishes,", "Regards,")


def S(sid, mailbox, role, subject, paras, labels, note, *, sender, sig="", quote=None, headers=None, html=None,
      typo=None, greet=None, sign=None):
    """One scenario. paras: paragraphs of the new text ("~" first = left out of the short version; may hold
    [[right|sentence]] marks and the tokens {NAME} {FIRST} {ADDR}). sender: ("person", domain or None for a
    personal address) or ("fixed", [(display, address), ...]). greet/sign: pools for the opening and closing
    (None = the group's defaults, () = none). html: None = drawn, True/False = always/never. typo: None = the
    group's default (allowed for P and out-of-office replies)."""
    group = sid[0]
    return dict(sid=sid, group=group, mailbox=mailbox, role=role, subject=subject, paras=paras, labels=labels,
                note=note, sender=sender, sig=sig, quote=quote, headers=headers, html=html,
                typo=(group == "P" or role.startswith("out-of-office")) if typo is None else typo,
                greet=greet, sign=sign)


def person(domain=None):
    return ("person", domain)


def fixed(*pairs):
    return ("fixed", list(pairs))


# ---------------------------------------------------------------------------------------------
# Group P: a person writes, using machine-mail wording in their own text

P = [
    # ---------------- pexa ----------------
    S("P01", "pexa", "conveyancing executive", "Re: Support request 77310", [
        "I have now had four emails from your support address that begin \"This is an automated message. Please "
        "do not reply to this email\" and end with a link to the help centre. None of them answers my question, "
        "and none of them gives me a way to reach a person.",
        "~Our settlement on workspace 33-20417 is booked for Friday and the mortgagee's discharge authority is "
        "still showing as pending. Yesterday I rang the support line twice and held for 38 minutes and then 45 "
        "minutes before the call dropped.",
        "I need someone who can actually see the workspace to ring me back today on 0117 496 0384. Please don't "
        "send another automatic reply.",
    ], L(c=True, cat="wait_time"),
        "A person quotes the automated 'do not reply' emails to object that the writer cannot reach anyone (long holds, a "
        "dropped call) and demands a call back: implicit complaint about waiting to reach someone, wait_time.",
        sender=person("brantwoodlegal.co.uk"), sig="Conveyancing Executive\nBrantwood Legal LLP",
        quote=("On 14 Oct 2025, at 08:02, PEXA Support <support@pexa.co.uk> wrote:",
               "This is an automated message. Please do not reply to this email.\n\nThank you for contacting PEXA "
               "Support. Your request {ref} has been logged. You may find an answer to your question in our help "
               "centre.")),
    S("P02", "pexa", "lender settlement officer", "Invoice INV-2025-08812 - duplicate workspace fees", [
        "Our September invoice INV-2025-08812 charges the lender workspace fee twice on eleven workspaces. I have "
        "listed the workspace numbers in the attached sheet; on each one the fee appears once on the 3rd and again "
        "on the 17th with the same description.",
        "~This is the second month running we've had to pick an invoice apart line by line, and our finance team "
        "has put the whole payment on hold until it is corrected.",
        "Please issue a credit note for the duplicated amount (£429.00) and confirm what went wrong so it does not "
        "happen again.",
        "I'm out of the office from 20 October until 31 October and will not be checking email. My colleague "
        "Farah Siddiqui (farah.siddiqui@heathcotebank.co.uk) will pick this up while I'm away, so please reply to "
        "both of us rather than waiting for my return.",
    ], L(c=True, cat="fees_charges"),
        "Bank staff writing for their own bank (not third party; Heathcote is the complainant, so firm null) object "
        "to a duplicated fee and want a credit note; their own out-of-office sentence does not make the mail "
        "machine-made: implicit complaint, fees_charges.",
        sender=person("heathcotebank.co.uk"), sig="Settlement Operations\nHeathcote Bank"),
    S("P03", "pexa", "partner, law firm", "Still waiting - PX-C-31842", [
        "I made a complaint on 2 September about the rejected lodgement on title NK220915 and was given a case "
        "handler's email address in your acknowledgement letter. Every message I send to that address comes "
        "straight back with \"Your message could not be delivered to the recipient because the address is not "
        "recognised.\"",
        "~I have tried three times (12, 19 and 26 September) and I have kept the bounce notices if you want them.",
        "It is now more than five weeks since I made the complaint and I have heard nothing of substance. Please "
        "tell me who is actually dealing with it and when I will get a response.",
    ], L(c=True, ex=True, cat="delay"),
        "A person (not a bounce) reports that the handler's address bounces and chases a complaint unanswered after "
        "five weeks, calling it the writer's own complaint: explicit complaint, delay by the still-waiting rule.",
        sender=person("whitlowcrane.co.uk"), sig="Partner\nWhitlow & Crane Solicitors",
        quote=("-----Original Message-----",
               "From: Customer Resolution Team\nSent: 03 September 2025 11:20\nSubject: Acknowledgement {ref}\n\n"
               "Thank you for your email. Your case handler is Ms L. Ferrante, who can be contacted at "
               "l.ferrante@pexa.co.uk.")),
    S("P04", "pexa", "home buyer", "Purchase of 9 Fernhill Close - can't get hold of my solicitor", [
        "I'm buying 9 Fernhill Close with a mortgage and my solicitors are Orchard Lane in Stockport. Your name is "
        "on the completion paperwork, which is why I'm writing to you.",
        "For the last three weeks every email I send to the conveyancer handling my file gets the same reply: \"I "
        "am out of the office until further notice. I will respond on my return.\" Nobody else at the firm picks "
        "it up and the phone goes to voicemail.",
        "~The sellers' agent says the sale will fall through if we don't exchange by the 24th, and I have already "
        "paid for the survey and searches.",
        "Could you please pass this on to someone at Orchard Lane who can tell me what is happening with my "
        "purchase?",
    ], L(c=True, cat="delay", firm="ols"),
        "A home buyer's grievance is purely with the buyer's own conveyancer (Orchard Lane, whose out-of-office "
        "replies are quoted) and PEXA must forward it: implicit complaint, about_other_firm ols, delay.",
        sender=person()),
    S("P05", "pexa", "member of the public", "Emails about a house sale that isn't mine", [
        "Since August I have been getting emails that say \"This email was sent automatically by PEXA. Please do "
        "not reply.\" They are updates on a sale of 14 Wren Close, Leighton, and they include the seller's full "
        "name, the buyer's name, the lender and the settlement date. I have never bought or sold a property "
        "through you and I don't know these people.",
        "~I've had six of them now. The last one, on Tuesday, listed the funds due to the seller.",
        "I'm not comfortable having someone else's financial details sitting in my inbox, and I doubt they would "
        "be happy either. Please stop these emails and make sure the people concerned are told.",
        "[[informed|I would also like to know where you got my email address from and why it is on your system at "
        "all.]]",
    ], L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
        "The writer's address was used unexpectedly and strangers' sale details were sent to the writer, who wants "
        "it stopped: implicit complaint with personal_data and breach; asking where the address came from and why is "
        "'informed'.",
        sender=person()),
    S("P06", "pexa", "paralegal", "Your newsletters - again", [
        "I have pressed \"To unsubscribe from these emails, click here\" at the bottom of your Participant News at "
        "least four times since June. Each time the page says my preferences have been updated, and the next issue "
        "arrives the following week regardless.",
        "~When I tried \"Manage your preferences\" instead, the page asked me to log in to an account I don't "
        "have.",
        "I work at a firm that uses the platform, but I never asked for marketing and I have now told you four "
        "times that I don't want it.",
        "[[objection|I object to my email address being used for any marketing or newsletters from PEXA.]] Please "
        "confirm it has been done properly this time.",
    ], L(c=True, pd=True, r="objection", cat="personal_data"),
        "A person objects that marketing keeps coming after repeated unsubscribes (personal data used against "
        "the writer's wishes) and objects to marketing; the unsubscribe wording quotes the footer: implicit "
        "complaint, personal_data, objection.",
        sender=person("harbisonmoore.co.uk"), sig="Paralegal, Harbison Moore LLP"),
    S("P07", "pexa", "conveyancer", "Adding a second signatory - workspace 33-21190", [
        "Quick question before I go away: on workspace 33-21190 we need a second authorised signatory because the "
        "partner who usually signs is on sabbatical. Do I add them through the subscriber admin page, or does your "
        "team have to do it?",
        "I'm on annual leave from tomorrow and away until Monday 10 November, and I won't be checking email. If "
        "it's easier, please reply to my colleague Tom Hadley (t.hadley@quillandmarsh.co.uk), who is running the "
        "file while I'm out.",
        "~Thanks very much.",
    ], L(),
        "A person's neutral how-to question with the writer's own away-until notice, written for this one case: not "
        "machine-made and not a complaint; category none.",
        sender=person("quillandmarsh.co.uk"), sig="Quill & Marsh Solicitors"),
    S("P08", "pexa", "conveyancer", "Re: Final response PX-C-30977", [
        "Thank you for this, and for the refund of the two lodgement fees, which reached our client account this "
        "morning. The explanation of the outage was clear and our partners are happy with it.",
        "I'm away until Monday and will respond on my return if anything else comes up, but as far as we are "
        "concerned the matter is closed.",
    ], L(),
        "A thank-you confirming the matter is settled is not a complaint even though the quoted final response says "
        "'complaint'; the 'away until Monday ... respond on my return' line is the writer's own, so not "
        "auto-generated.",
        sender=person("castlereaghbyrne.co.uk"), sig="Castlereagh Byrne LLP",
        quote=("On 22 Oct 2025, at 16:40, Customer Resolution Team wrote:",
               "Dear Sir or Madam,\n\nFurther to your complaint about the failed lodgements on 6 October, we have "
               "upheld your complaint and refunded both lodgement fees. Reference {ref}.")),
    S("P09", "pexa", "practice manager", "Settlement training on 16 October", [
        "I hope you don't mind me raising this. I booked two new starters onto the settlement training for 16 "
        "October and received a confirmation saying \"This is an automated message - your joining link is below.\" "
        "The link gave an error page, and an hour before the start a second automatic email arrived saying the "
        "session had been cancelled.",
        "~The same thing happened with the September session, so they have now been unable to train before their "
        "first completions.",
        "Would someone be able to book them onto a session that will definitely go ahead, and let me know why the "
        "last two were cancelled? I'd be grateful.",
    ], L(c=True, cat="training"),
        "Politely put but dissatisfied (two sessions cancelled by automatic emails, staff untrained) with a "
        "rebooking and an explanation asked for: implicit complaint, training beats delay.",
        sender=person("linwoodhart.co.uk"), sig="Practice Manager\nLinwood Hart Conveyancing"),
    S("P10", "pexa", "partner, applicant firm", "Registration for Fenwick Ardley - rejected by the system", [
        "We applied to join the platform on 1 September. On 4 September we received \"This is a receipt for your "
        "message. Your application has been assessed automatically and could not be approved at this time.\" No "
        "reason was given, and every email I have sent since has produced the same receipt and nothing else.",
        "~We are a regulated two-partner firm and our SRA details are in the application.",
        "I'd like this treated as a complaint about how our application has been handled.",
        "[[automated_decision|Please have a member of your onboarding team, not the system, review the "
        "application and tell us the outcome.]]",
    ], L(c=True, ex=True, r="automated_decision", cat="onboarding"),
        "A partner writing for the firm calls it a complaint about an automatically rejected application and "
        "asks for a human review: explicit, onboarding, automated_decision; personal_data false because the "
        "grievance is onboarding.",
        sender=person("fenwickardley.co.uk"), sig="Partner, Fenwick Ardley Solicitors"),
    S("P11", "pexa", "partner, law firm", "Failed settlements 30 October - formal complaint", [
        "This is a formal complaint. On Thursday afternoon two of our settlements failed when the platform stopped "
        "responding at 14:05. While we were on the phone to our clients your status email arrived - \"This "
        "message was sent automatically. All services are operating normally\" - which was simply untrue.",
        "~Both purchasers had removal vans outside and one family had to spend the night in a hotel. We have paid "
        "that bill and the removal firm's waiting charges.",
        "I expect a written explanation of what failed and why your status notice said otherwise, and I expect "
        "PEXA to meet the costs our clients incurred. Send me the name of the person handling this.",
    ], L(c=True, ex=True, cat="platform_defect"),
        "Greyfriars (a directory firm) is the complainant, not the subject, so about_other_firm is null; the quoted "
        "'sent automatically' status line is part of the grievance: explicit complaint, platform_defect.",
        sender=person("greyfriarslaw.co.uk"), sig="Partner\nGreyfriars Law LLP"),
    S("P12", "pexa", "learning and development officer", "Release notes email - PDF copy?", [
        "Your monthly release-notes email has a \"View in browser\" link at the top, but when I click it the page "
        "asks me to sign in, and our training team don't have platform log-ins.",
        "Is there a PDF version of the October release notes I could download and share with them? If not, could "
        "you send one to me?",
        "~Many thanks.",
    ], L(),
        "A neutral request for a PDF copy of a bulletin; quoting 'View in browser' does not make a person's email a "
        "newsletter: not a complaint, not auto-generated.",
        sender=person("ravenmoorbs.co.uk"), sig="Learning & Development, Ravenmoor Building Society"),
    S("P13", "pexa", "daughter of a seller", "My father's sale - redemption figure from Kestrel", [
        "I'm writing for my father, Mr Dennis Oakley, who is 84 and selling his flat at 3 Marlowe Court. I have his "
        "authority to deal with this.",
        "His lender, Kestrel, has issued a redemption statement that still includes a £1,150 early repayment "
        "charge, even though his fixed rate ended in March. Every email we send them gets back \"Thank you for "
        "your message. This mailbox is not monitored. Please do not reply to this email\", and the phone line "
        "tells us to email.",
        "~Completion is set for 14 November and his solicitor says he can't complete on a figure that is wrong.",
        "I understand this may be for Kestrel rather than you, but please make sure it reaches someone there who "
        "can correct the statement.",
    ], L(c=True, tp=True, firm="kbs", cat="inaccurate_information"),
        "A child writing for their father (third party) about his lender's wrong redemption figure, with PEXA not "
        "blamed: implicit complaint to forward, about_other_firm kbs, inaccurate_information.",
        sender=person()),
    S("P14", "pexa", "accounts clerk, law firm", "Re: Payment reminder - account 4471", [
        "Your reminder says it was \"sent automatically\" and that a £75 late payment fee has been added because "
        "invoice INV-2025-07734 is overdue. We paid that invoice in full by BACS on 8 October, two days before the "
        "due date, reference PEXA 4471.",
        "~I've attached the remittance advice. This is the second time a reminder has been generated for an "
        "invoice we had already paid.",
        "The reminder also says \"Please do not reply to this email\", which is why I'm writing here. Remove the "
        "£75 fee and confirm the account is clear.",
    ], L(c=True, cat="fees_charges"),
        "A person replies to an automatic reminder to dispute a late fee added to a paid invoice and demands its "
        "removal; 'sent automatically' and 'do not reply' are quotations in the writer's own text: implicit complaint, "
        "fees_charges.",
        sender=person("pellowstreet.co.uk"), sig="Accounts, Pellow Street Conveyancing",
        quote=("On 20 Oct 2025, at 06:00, PEXA Billing <billing@pexa.co.uk> wrote:",
               "This is an automated message. Please do not reply to this email.\n\nInvoice INV-2025-07734 is now "
               "overdue. A late payment fee of £75.00 has been added to account 4471. Reference {ref}.")),
    S("P15", "pexa", "senior conveyancer", "Workspace notification emails", [
        "I want to complain about the volume of notification emails the platform sends. Every one of them says "
        "\"You are receiving this email because you are a participant in this workspace\", and on a busy day I get "
        "more than 150, one for every document viewed or task ticked.",
        "~The \"Manage your preferences\" link in the footer only covers newsletters; there is no setting anywhere "
        "that turns off or groups the workspace alerts. I have searched the help centre and asked support twice.",
        "The important alerts, such as a funds shortfall or a failed settlement, are buried among the trivial "
        "ones. Please tell me how to reduce them, or add a setting that does.",
    ], L(c=True, ex=True, cat="usability"),
        "The notifications work as designed but are unmanageable to use, and the writer says they want to complain: "
        "explicit complaint, usability.",
        sender=person("aldgateparry.co.uk"), sig="Senior Conveyancer\nAldgate Parry Solicitors"),
    # ---------------- conexus ----------------
    S("P16", "conexus", "debtor", "Account CX-5524108 - hospital stay", [
        "I am going into hospital on 3 November for an operation and expect to be away until at least the 21st. I "
        "have put an automatic reply on my email saying so, and my phone will be off most of the time.",
        "Last time I was in hospital, in the spring, one of your agents rang me on the ward four times in two days, "
        "even after my sister told him where I was. It upset me a great deal.",
        "Please put a hold on calls while I'm in, and make sure that doesn't happen again. My payment plan of £40 a "
        "month will keep going out as normal.",
    ], L(c=True, cat="collection_conduct"),
        "The debtor's own notice of absence (not an auto-reply) carries dissatisfaction with past calls to a "
        "hospital ward and asks for contact to be held: implicit complaint, collection_conduct.",
        sender=person(), sig="Account CX-5524108"),
    S("P17", "conexus", "debtor", "Re: Payment update - CX-6019377", [
        "Your email says \"This is an automated message\" and tells me my payment of £55 on 1 October failed and a "
        "£15 failed payment fee has been added.",
        "~My bank statement shows the £55 leaving my account on 1 October to Conexus, reference CX6019377. I've "
        "attached a screenshot.",
        "Please take the £15 off and confirm the payment has been applied. I'm not paying a fee for a payment that "
        "went through.",
    ], L(c=True, cat="fees_charges"),
        "The debtor replies to an automatic payment notice to dispute a fee added on top of the debt and demand its "
        "removal: implicit complaint, fees_charges (not debt_dispute).",
        sender=person(),
        quote=("On 3 Oct 2025, at 07:15, Conexus Payments <payments@conexus-services.com> wrote:",
               "This is an automated message. Please do not reply to this email.\n\nYour payment of £55.00 due on "
               "01/10/2025 could not be collected. A failed payment fee of £15.00 has been added to your balance. "
               "Reference {ref}.")),
    S("P18", "conexus", "money adviser", "Ms Janet Pryor - CX-4478210 - third chaser", [
        "I act for Ms Janet Pryor under a signed authority you received on 18 August. On 19 August I sent you a "
        "complaint on her behalf because you are still collecting a catalogue debt she settled in full in 2022.",
        "I have written three times since. Each time the only reply has been: \"Thank you for your email. This "
        "mailbox is not monitored. Please use our online portal for all account queries.\" The portal will not "
        "accept a third-party authority, so I cannot use it.",
        "~Ms Pryor is anxious about this and has been sent two further arrears letters in the meantime.",
        "The complaint is now eight weeks old. Please send your final response, or tell me why you can't, within "
        "the next five working days.",
    ], L(c=True, ex=True, tp=True, cat="delay"),
        "A money adviser writing for a client (third party) chases a complaint unanswered for eight weeks, having "
        "had only 'mailbox is not monitored' replies: explicit complaint, delay.",
        sender=person("calderbrookadvice.org.uk"), sig="Money Adviser\nCalderbrook Debt Advice Centre"),
    S("P19", "conexus", "debtor", "Lumen Water bill you're chasing", [
        "Your letter of 6 October says you are collecting £312.40 for Lumen Water. That bill is for 12 Pike Street, "
        "which I moved out of on 30 June 2024; the charges run from July 2024 to March 2025, when somebody else "
        "lived there.",
        "I told Lumen when I moved and I have the final meter reading they confirmed. Since then all I get from "
        "them is \"This is an automated message. Please do not reply\" emails saying my account is in arrears, so "
        "I can't get anyone there to fix it.",
        "Please send this back to Lumen and ask them to correct the account. I am not paying for water I didn't "
        "use.",
    ], L(c=True, firm="lwt", cat="debt_dispute"),
        "The root cause is the creditor's own billing after the move (only Lumen can fix it) and Conexus is merely "
        "collecting: implicit complaint, about_other_firm lwt, debt_dispute.",
        sender=person()),
    S("P20", "conexus", "debtor", "STOP emailing my work address", [
        "This is a complaint and I want it dealt with. For the past month you have been sending reminders to my "
        "WORK email, each one starting \"You are receiving this email because you have an account with Conexus\" "
        "and showing my balance in the first line.",
        "Our team shares an inbox for that address. Two colleagues have now seen that I'm in debt, and one of them "
        "mentioned it in front of my manager. I never gave you that address.",
        "~My home email and my phone number have been on the account since the start, and your letters come to my "
        "home.",
        "[[erasure|Delete my work email address from your records today.]] I want a written apology.",
    ], L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
        "Reminders showing the balance went to a shared work inbox and colleagues saw the debt (disclosure), and the "
        "writer calls it a complaint: explicit, personal_data and breach, category personal_data; deleting the work "
        "address is erasure.",
        sender=person(), sig="Account CX-3391045"),
    S("P21", "conexus", "debtor", "Change of address - CX-7120556", [
        "[[rectification|Please update my address on account CX-7120556 to 27 Brook Terrace, Hexham NE46 3QT from "
        "1 December.]]",
        "Post to my old address may come back to you marked \"not known at this address\" after that date, so "
        "please use the new one for any statements.",
        "I'm away until Monday 1 December for the move and will respond on my return if you need anything else from "
        "me. My payments will carry on as normal.",
    ], L(r="rectification"),
        "A routine address change with the writer's own 'away until ... will respond on my return' line: not a "
        "complaint and not machine-made; updating the address is rectification.",
        sender=person()),
    S("P22", "conexus", "debtor", "Re: We have received your complaint", [
        "Your automatic reply of 14 July said: \"Your complaint has been received and will be answered within eight "
        "weeks.\" It is now 17 October, more than thirteen weeks later, and I've had nothing at all.",
        "~My complaint was about the two visits your agent made to my home after I had agreed a plan by phone. I "
        "have the plan confirmation letter.",
        "Please send me your final response to my complaint, and tell me why it has taken this long.",
    ], L(c=True, ex=True, cat="delay"),
        "A person quotes the automatic acknowledgement's eight-week promise to chase an overdue response to the writer's "
        "own complaint: explicit complaint, delay by the still-waiting rule.",
        sender=person(),
        quote=("On 14 Jul 2025, at 10:31, Conexus Customer Relations wrote:",
               "This is an automated message. Please do not reply.\n\nYour complaint has been received and will be "
               "answered within eight weeks. Your reference is {ref}.")),
    S("P23", "conexus", "debtor", "Payment receipt", [
        "I paid £120 by card this morning and got an email back that says \"This is a receipt for your payment. "
        "This email was sent automatically.\" That's fine, but it shows the reference as CX-8800131 and my letters "
        "say CX-8800137.",
        "Could you just check the payment has gone onto the right account? No problem otherwise - the card "
        "payment page was easy to use.",
    ], L(),
        "A neutral check on a payment reference that quotes an automatic receipt: no dissatisfaction and no remedy "
        "sought, so an enquiry (complaint false); written by a person, so not auto-generated.",
        sender=person()),
    S("P24", "conexus", "solicitor", "Our client Mr Aled Rhys - account CX-2094817", [
        "We act for Mr Aled Rhys. Your statement of 9 October shows a £95 \"trace and locate\" fee added in "
        "September, with a note that your emails to him were returned as undeliverable.",
        "Those emails bounced because your records have his email address misspelt, with \"rys\" in place of "
        "\"rhys\". The bounce messages you received will have said \"your message could not be delivered\" to an "
        "address that does not exist. His correct address and phone number were on the form he returned to you in "
        "June, and he has not moved.",
        "~He was never out of contact; you were writing to the wrong address.",
        "Please remove the £95 fee from his balance and confirm in writing that you have done so.",
    ], L(c=True, pd=True, tp=True, cat="fees_charges"),
        "A solicitor for a client (third party) disputes a trace fee added after Conexus's emails bounced off a "
        "misspelt address it held: implicit complaint, fees_charges as the main theme, personal_data true for the "
        "inaccurate record (lg-33 pattern), no breach.",
        sender=person("prenticeoduya.co.uk"), sig="Solicitor\nPrentice Oduya LLP"),
    S("P25", "conexus", "debtor", "Letter dated 8 October", [
        "I hope you can help. I agreed a payment plan of £25 a month with one of your advisers on 2 September and "
        "have paid September and October on time.",
        "On Saturday I received a letter headed \"This letter has been generated automatically and does not require "
        "a signature\", which says the full balance of £1,846 is due within 14 days or the account may be passed "
        "to field agents.",
        "~It gave me a real fright.",
        "Please could you confirm the plan is recorded properly and make sure I don't receive letters like that "
        "while I keep to it? Thank you.",
    ], L(c=True, cat="collection_conduct"),
        "Politely worded but dissatisfied with a full-balance demand and a field-agent threat despite an agreed "
        "plan, with a remedy asked for: implicit complaint, collection_conduct (how the debt is pursued).",
        sender=person()),
    S("P26", "conexus", "son of a debtor", "My mother, Mrs Irene Walsh - CX-5907243", [
        "I am writing on behalf of my mother, Mrs Irene Walsh, who has been in hospital since 29 September. Her "
        "email account has an automatic reply on it saying \"I am away at the moment and will respond on my "
        "return.\"",
        "On 10 October your collections team emailed her that \"as you have not responded to our previous "
        "messages\" the account would be passed to a doorstep agent. Her auto-reply had already told you she was "
        "away, and I rang on 1 October to explain she was in hospital.",
        "I am making a complaint on her behalf about this. She is 79 and it has caused her a great deal of worry.",
        "[[access|Please send me a copy of all the information you hold about my mother, including call notes and "
        "the record of my phone call on 1 October.]] I hold her lasting power of attorney and can send a copy.",
    ], L(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
        "A child writing for their mother (third party) complains about threatening contact with a vulnerable customer "
        "and asks for a copy of her data: explicit, collection_conduct, access; personal_data false because the "
        "grievance is conduct.",
        sender=person()),
    S("P27", "conexus", "debtor", "Pennant Mobile account - cancelled in cooling-off", [
        "You've written to say you are collecting £238.60 for Pennant Mobile. I cancelled that contract on day 9 "
        "of the 14-day cooling-off period and sent the phone back by recorded delivery the same week.",
        "Pennant kept sending bills anyway, each one saying \"This is an automated message, please do not reply to "
        "this email\", and their online chat just sends me back to the same page.",
        "~I have the cancellation confirmation number (PM-CAN-448201) and the Royal Mail receipt.",
        "The debt shouldn't exist. Please return this to Pennant and ask them to close the account properly.",
    ], L(c=True, firm="pmt", cat="debt_dispute"),
        "The debt itself is challenged and only the creditor (Pennant Mobile, pmt) can cancel it; Conexus is not "
        "blamed: implicit complaint, about_other_firm pmt, debt_dispute.",
        sender=person()),
    S("P28", "conexus", "debtor", "Is this email from you?", [
        "I've received an email that says it is from Conexus about account CX-6645902, with a \"View in browser\" "
        "link at the top and \"Please do not reply to this email\" at the bottom. It asks me to pay £60 through a "
        "link.",
        "Before I pay anything I'd like to be sure it is genuine. Could you confirm whether you sent it, and what "
        "the correct way to pay you is?",
    ], L(),
        "A neutral check on whether an email is genuine; the automatic-mail phrases are ones the writer quotes: not "
        "a complaint, not machine-made.",
        sender=person()),
    S("P29", "conexus", "creditor client manager", "Remittance reports - formal complaint", [
        "Please log this as a formal complaint from Northline Energy as a client. Since July the monthly remittance "
        "reports from your system have arrived blank. Each email says \"This report was sent automatically - please "
        "do not reply\" and attaches a spreadsheet with headings and no rows.",
        "~Our finance team cannot reconcile three months of collections without them, and our auditors are asking "
        "for the figures.",
        "When we replied to ask what was wrong, our email bounced with \"your message could not be delivered\", "
        "because the sending address doesn't accept mail. Please fix the reports and send us the July to September "
        "data in the meantime.",
    ], L(c=True, ex=True, cat="platform_defect"),
        "A creditor client's manager complains for the manager's own firm (not third party; Northline is the complainant, not "
        "the subject, so firm null) about reports that fail: explicit, platform_defect.",
        sender=person("northline-energy.co.uk"), sig="Collections Partnership Manager\nNorthline Energy Ltd"),
    S("P30", "conexus", "debtor", "Still not credited - CX-9030512", [
        "I paid £300 to you by bank transfer on 14 January this year, reference CX-9030512, and your latest "
        "statement still shows the balance without it. I've sent the bank confirmation twice already.",
        "I'm away with work from 2 November until 30 November and will respond on my return, so please don't read "
        "silence as agreement to the balance.",
        "Please credit the £300 and send me a corrected statement.",
    ], L(c=True, cat="debt_dispute"),
        "The amount owed is challenged (a £300 payment not credited) and a correction is demanded; the 'away ... "
        "will respond on my return' line is the writer's own: implicit complaint, debt_dispute.",
        sender=person()),
]

# ---------------------------------------------------------------------------------------------
# Group M: machine-made mail whose text speaks of complaints, disputes, charges, delays or errors

ACK_GREET = ("Dear Sir or Madam,", "Dear Customer,", "Hello,")
NOTE_OOO = ("An out-of-office reply (away until, alternative contact, will respond on return) is machine-made even "
            "without auto headers or an automatic subject; the complaint wording only routes mail and adds nothing "
            "new: auto_generated, every other label empty.")
BULK_HEADERS = lambda lid, dom: {  # noqa: E731
    "precedence": "bulk", "list-id": f"{lid} <{lid.lower().replace(' ', '-')}.{dom}>",
    "list-unsubscribe": f"<mailto:unsubscribe@{dom}?subject=unsubscribe>, <https://{dom}/unsubscribe?u=5c81e0>"}

M = [
    # ---------------- pexa ----------------
    S("M01", "pexa", "out-of-office, law firm partner", "Re: Your complaint PX-C-32016", [
        "{GREET} I am out of the office until Tuesday 11 November and will have limited access to email.",
        "If your message concerns a complaint or a dispute about fees on one of our workspaces, please send it to "
        "our risk team at risk@ashgroveprice.co.uk, who will log it and reply within two working days. For "
        "completions due this week please call 0121 496 0557.",
        "~I will respond to other emails on my return.",
    ], L(**AUTO), NOTE_OOO, sender=person("ashgroveprice.co.uk"), sig="Partner, Ashgrove Price LLP",
        quote=("On 5 Nov 2025, at 14:22, Customer Resolution Team wrote:",
               "Dear Sir or Madam,\n\nThank you for your complaint about the platform fee on workspace 33-19804. We "
               "have logged it under reference {ref} and will respond within five business days.")),
    S("M02", "pexa", "automatic acknowledgement, lender", "Re: Forwarded complaint - Mrs H. Varga, 22 Linnet Road", [
        "Thank you for contacting Kestrel Building Society. This is an automated message to confirm that your "
        "complaint has been received and will be answered within eight weeks. Your reference number is "
        "KBS-CR-0088231.",
        "If you have further information about your complaint, please quote this reference. Please do not reply to "
        "this email, as this mailbox is not monitored.",
        "~You can find out more about how we handle complaints, and about the Financial Ombudsman Service, on our "
        "website.",
    ], L(**AUTO),
        "An automatic acknowledgement ('this is an automated message', 'do not reply') from the lender's complaints "
        "system is machine-made even from an ordinary complaints@ address: auto_generated; no complaint, no firm.",
        sender=fixed(("Kestrel Building Society Customer Relations", "complaints@kestrelbs.co.uk"),
                     ("Kestrel Customer Relations", "complaints@kestrelbs.co.uk")),
        greet=ACK_GREET, sign=("Customer Relations\nKestrel Building Society", "Kestrel Building Society"),
        quote=("On 6 Nov 2025, at 09:05, PEXA Customer Resolution wrote:",
               "Dear Kestrel Customer Relations,\n\nWe have received the attached complaint from your borrower Mrs H. "
               "Varga about her redemption statement and are forwarding it to you under our policy. Our reference "
               "{ref}.")),
    S("M03", "pexa", "bounce", ("Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)"), [
        "This is the mail system at host mx2.pexa.co.uk.\n\nI'm sorry to have to inform you that your message "
        "could not be delivered to one or more recipients. It's attached below.",
        "<j.thornbury@orchardlanesolicitors.co.uk>: host mail.orchardlanesolicitors.co.uk[192.0.2.77] said:\n"
        "    550 5.1.1 <j.thornbury@orchardlanesolicitors.co.uk>: User unknown (in reply to RCPT TO command)",
        "~------ Original message ------\nFrom: PEXA Customer Resolution <complaints@pexa.co.uk>\n"
        "To: j.thornbury@orchardlanesolicitors.co.uk\nSubject: Forwarded consumer complaint - purchase of 4 Kiln "
        "Yard\n\nDear Mr Thornbury,\n\nWe have received a complaint from your client, Mr S. Adeyemi, about delays "
        "in his purchase. As the complaint concerns your firm's service, we are forwarding it to you...",
    ], L(**AUTO),
        "A delivery failure (MAILER-DAEMON, empty Return-Path) quoting the undelivered complaint forward is "
        "machine-made; the complaint is the quoted original's: auto_generated, no firm label.",
        sender=fixed(("Mail Delivery System", "MAILER-DAEMON@mx2.pexa.co.uk"),
                     ("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.pexa.co.uk")),
        headers={"return-path": "<>", "auto-submitted": "auto-replied"}, html=False, greet=(), sign=()),
    S("M04", "pexa", "ticket-system notice", "Your case 5521", [
        "Case 5521 has been updated.",
        "Status: Awaiting customer\nCategory: Complaint - settlement failure\nWorkspace: 33-20788\nAssigned to: "
        "Resolution queue 2\nLast update: Customer advised of refund of settlement fee; awaiting confirmation of "
        "costs claimed.",
        "To view the case, sign in to the service desk. This notification was sent automatically. Please do not "
        "reply to this email, as replies are not monitored.",
    ], L(**AUTO),
        "A ticket-system status notice ('sent automatically', 'replies are not monitored') summarising a complaint "
        "case is machine-made, not a new complaint: auto_generated.",
        sender=fixed(("PEXA Service Desk", "servicedesk@pexa.co.uk"), ("Service Desk", "servicedesk@pexa.co.uk")),
        greet=(), sign=()),
    S("M05", "pexa", "newsletter", "Complaints about conveyancers: what the latest figures show", [
        "View in browser",
        "CONVEYANCING PRACTICE REVIEW - Issue 112",
        "Complaints about delay top the list again. New figures show that delay in exchange and completion "
        "accounted for 41% of complaints about residential conveyancing last quarter, with failed or late "
        "settlements and unexpected fees and charges the next most common causes.",
        "~Also in this issue: digital settlement outages and who pays when a completion fails; a checklist for "
        "answering client complaints within eight weeks; and our webinar on redemption statements.",
        "You are receiving this email because you subscribed to Conveyancing Practice Review. To unsubscribe, or to "
        "manage your preferences, visit our website.",
    ], L(**AUTO),
        "A newsletter with bulk-list headers is auto-generated even when its subject is complaint statistics "
        "(lg-40 rule): auto_generated, not a complaint.",
        sender=fixed(("Conveyancing Practice Review", "bulletin@conveyancingpracticereview.co.uk"),
                     ("CPR Weekly", "bulletin@conveyancingpracticereview.co.uk")),
        headers=BULK_HEADERS("Conveyancing Practice Review", "conveyancingpracticereview.co.uk"), html=True,
        greet=(), sign=()),
    S("M06", "pexa", "accounts-payable notification", "Payment update", [
        "This is an automated notification from the Marsh & Penrose accounts payable system.",
        "Invoice INV-2025-09120 (PEXA, £1,284.00) has been placed on hold. Reason: dispute raised - duplicate "
        "charge for workspace fees. Payment will not be released until the dispute is resolved, and late payment "
        "charges applied to disputed invoices will not be accepted.",
        "Please do not reply to this email. This mailbox is not monitored. Queries should be raised with your usual "
        "contact in our finance team.",
    ], L(**AUTO),
        "An accounts-payable system notification about a disputed invoice ('automated notification', 'mailbox is "
        "not monitored') is machine-made even though it speaks of a dispute and charges: auto_generated only.",
        sender=fixed(("Accounts Payable", "accounts@marshpenrose.co.uk"),
                     ("Marsh & Penrose Accounts", "accounts@marshpenrose.co.uk")),
        greet=("Dear Supplier,", "Dear Sir or Madam,", "Hello,"),
        sign=("Accounts Payable\nMarsh & Penrose Conveyancing", "Marsh & Penrose Conveyancing")),
    S("M07", "pexa", "out-of-office, home buyer", "Re: Your enquiry about 7 Ashdown Mews", [
        "{GREET} I'm away until Monday 17 November with no access to email.",
        "If you're writing about my complaint over the delayed completion on 7 Ashdown Mews, please call my partner, "
        "Jon, on 07700 900418; otherwise I will reply on my return.",
    ], L(**AUTO),
        "A consumer's vacation auto-reply (away until, no access, will reply on return) that mentions the writer's "
        "complaint only to route callers says nothing new: auto_generated, not a complaint.",
        sender=person(), sig="",
        quote=("On 7 Nov 2025, at 11:48, PEXA Customer Resolution wrote:",
               "Thank you for your email about the purchase of 7 Ashdown Mews. As your conveyancer is responsible "
               "for your purchase, we have forwarded your concerns to them under our reference {ref}.")),
    S("M08", "pexa", "read receipt", "Read: Your complaint PX-C-32290 - our response", [
        "Your message\n\n    To: {ADDR}\n    Subject: Your complaint PX-C-32290 - our response\n"
        "    Sent: 10/11/2025 15:02\n\nwas read on 10/11/2025 16:47.",
        "This is a receipt for the mail you sent. It only confirms that the message was displayed on the "
        "recipient's computer; there is no guarantee that the recipient has read or understood the contents.",
    ], L(**AUTO),
        "A read receipt ('this is a receipt for the mail you sent') is machine-made; the complaint reference is only "
        "the original subject: auto_generated.",
        sender=person("thornecastle.co.uk"), greet=(), sign=()),
    S("M09", "pexa", "status notice", "Update: delayed lodgements", [
        "Incident update - delayed lodgements with HM Land Registry",
        "Resolved: between 09:40 and 13:15 today, lodgements submitted through the platform were delayed by up to "
        "three hours because of an error in the connection to HM Land Registry. All affected lodgements have now "
        "been submitted. Settlements were not affected.",
        "~If your firm incurred costs because of the delay, or wishes to raise a complaint, please contact your "
        "relationship manager.",
        "You are receiving this email because you subscribed to service status updates. To unsubscribe or manage "
        "your preferences, visit the status page.",
    ], L(**AUTO),
        "A status-page subscription notice reporting an error and mentioning complaints is machine-made, written "
        "by nobody as a grievance: auto_generated.",
        sender=fixed(("PEXA Service Status", "status@pexa.co.uk"), ("PEXA Status", "status@pexa.co.uk")),
        greet=(), sign=()),
    S("M10", "pexa", "out-of-office, colleague", "Re: FW: Duplicate workspace fee - Heathcote Bank", [
        "{GREET} I am on annual leave until Thursday 13 November and will not be checking email.",
        "Disputes about platform fees or invoices should be sent to billing.disputes@pexa.co.uk, and complaints "
        "about settlements to the Customer Resolution Team. I'll respond to anything else on my return.",
    ], L(**AUTO), NOTE_OOO, sender=person("pexa.co.uk"), sig="Billing Operations, PEXA",
        quote=("-----Original Message-----",
               "From: Customer Resolution Team\nSent: 06 November 2025 10:12\nSubject: FW: Duplicate workspace fee - "
               "Heathcote Bank\n\nHi, please can you check the invoice below before we reply to the customer? Case "
               "{ref}.")),
    S("M11", "pexa", "automatic reply, lender", "Automatic reply: Forwarded complaint - Mr T. Quayle", [
        "Thank you for your email to Beacon Home Finance Customer Relations. We have received your message and, if "
        "it is a complaint, we will acknowledge it in writing within five working days and send our final response "
        "within eight weeks.",
        "This is an automatic reply. Please do not reply to this message. If your borrower is facing a completion "
        "deadline, call us on 0345 600 7712.",
    ], L(**AUTO),
        "An automatic reply with Auto-Submitted/X-Autoreply headers and an 'Automatic reply:' subject is "
        "machine-made; Beacon is only the sender: auto_generated, no firm label.",
        sender=fixed(("Beacon Home Finance", "customer.relations@beaconhomefinance.co.uk"),
                     ("Beacon Customer Relations", "customer.relations@beaconhomefinance.co.uk")),
        headers={"auto-submitted": "auto-replied", "x-autoreply": "yes", "x-auto-response-suppress": "All"},
        greet=ACK_GREET, sign=("Customer Relations Team\nBeacon Home Finance", "Beacon Home Finance")),
    S("M12", "pexa", "delivery delay notice", "Delivery delayed: Complaint from your client - 18 Ferry Road", [
        "Delivery is delayed to these recipients or groups:\n\nm.lindsay@greyfriarslaw.co.uk\n\nSubject: "
        "Complaint from your client - 18 Ferry Road",
        "This message hasn't been delivered yet. Delivery will continue to be attempted. The server will keep "
        "trying to deliver this message for the next 1 day, 19 hours and 52 minutes. You'll be notified if the "
        "message can't be delivered by that time.",
        "This is an automatically generated Delivery Status Notification. Please do not reply.",
    ], L(**AUTO),
        "A delivery-delay notice from a postmaster with an empty Return-Path is machine-made; the complaint is the "
        "undelivered message's: auto_generated.",
        sender=fixed(("Microsoft Outlook", "postmaster@greyfriarslaw.co.uk"),
                     ("Postmaster", "postmaster@greyfriarslaw.co.uk")),
        headers={"return-path": "<>", "auto-submitted": "auto-generated"}, greet=(), sign=()),
    S("M13", "pexa", "autoresponder, conveyancing firm", "Re: Completion on 41 Sedge Lane", [
        "We aim to respond to all emails within two working days. This mailbox is monitored Monday to Friday, 9am "
        "to 5pm.",
        "If you are unhappy with our service and wish to make a complaint, please write to our Client Care "
        "Partner, marking your email 'Complaint', and we will acknowledge it within three working days. Details of "
        "our complaints procedure and the Legal Ombudsman are on our website.",
        "This is an automated message.",
    ], L(**AUTO),
        "A firm's general-inbox autoresponder explaining how to complain is machine-made ('this is an automated "
        "message'): auto_generated, and a non-directory firm as sender never gets a firm label.",
        sender=fixed(("Harrow & Vale Conveyancing", "info@harrowvale.co.uk"),
                     ("Harrow and Vale", "info@harrowvale.co.uk")),
        greet=("Thank you for contacting Harrow & Vale Conveyancing.", "Thank you for your email to Harrow & Vale."),
        sign=("Harrow & Vale Conveyancing", ""),
        quote=("On 4 Nov 2025, at 15:30, PEXA Customer Resolution wrote:",
               "Dear Harrow & Vale,\n\nWe have received a complaint from your client about the completion on 41 "
               "Sedge Lane and are forwarding it to you under our policy. Reference {ref}.")),
    S("M14", "pexa", "payment notification", "Payment update", [
        "Direct Debit return notification",
        "The Direct Debit claim below has been returned unpaid by the payer's bank.\n\nPayer: Tollington Reeve "
        "Solicitors\nReference: PEXA-DD-44172\nAmount: £2,315.00\nReason code: 1 - Instruction cancelled\n"
        "Returned item fee: £12.50 (charged to your service account)",
        "~If the payer disputes the claim, you will receive a separate indemnity notice.",
        "Please do not reply to this email: this notification is sent automatically and replies are not read.",
    ], L(**AUTO),
        "A payment bureau's returned-Direct-Debit notice with a fee is machine-made ('sent automatically', 'replies "
        "are not read'): auto_generated, not a fee complaint.",
        sender=fixed(("PayBureau Direct", "accounts@paybureau-direct.co.uk"),
                     ("PayBureau Collections", "accounts@paybureau-direct.co.uk")),
        greet=(), sign=()),
    S("M15", "pexa", "training system notice", "Your booking 6612", [
        "We're sorry - your session 'Settlement errors, disputes and complaints' on 20 November has been "
        "rescheduled to 27 November at 10:00 because of a problem with the training room booking.",
        "Your place has been moved automatically. If the new date does not suit you, you can choose another "
        "session from your learning dashboard.",
        "This is an automated message. Please do not reply to this email.",
    ], L(**AUTO),
        "An automated booking notice about a rescheduled session is machine-made; the apology and the problem are "
        "the system's template, not a grievance: auto_generated.",
        sender=fixed(("PEXA Learning", "training@pexa.co.uk"), ("PEXA Training", "training@pexa.co.uk")),
        greet=("Hello,", "Dear Participant,"), sign=("PEXA Learning", "The PEXA Learning team")),
    # ---------------- conexus ----------------
    S("M16", "conexus", "out-of-office, money adviser", "Re: Mr P. Hollings - CX ref 5521", [
        "{GREET} I'm away until Monday 3 November and won't be picking up emails.",
        "If your message concerns a client's complaint or a dispute about a debt, please forward it to "
        "disputes@ridgewaymoneyhelp.org.uk and a caseworker will pick it up. If a client is in Breathing Space, "
        "please hold all contact and call our office on 01865 496 0233.",
        "~I will respond on my return.",
    ], L(**AUTO),
        "A money adviser's out-of-office (away until, forward elsewhere, respond on return) is machine-made; "
        "third_party stays false on auto-generated mail (lg-39 rule).",
        sender=person("ridgewaymoneyhelp.org.uk"), sig="Debt Adviser, Ridgeway Money Help",
        quote=("On 28 Oct 2025, at 12:10, Conexus Customer Relations wrote:",
               "Dear Adviser,\n\nThank you for your letter about Mr Hollings. We have placed the account on hold "
               "while we investigate the points you raised. Reference {ref}.")),
    S("M17", "conexus", "automatic acknowledgement, creditor", "Re: Disputed balance - account LW-0415529", [
        "Thank you for contacting Lumen Water. Your complaint has been received and will be answered within eight "
        "weeks. Your case number is LWC-771902.",
        "While we look into this, we have asked for recovery action on the account to be paused. Please do not "
        "reply to this email; this mailbox is not monitored.",
    ], L(**AUTO),
        "A creditor's automatic complaint acknowledgement (eight-week promise, 'mailbox is not monitored') is "
        "machine-made: auto_generated; Lumen is only the sender, so no firm label.",
        sender=fixed(("Lumen Water Customer Resolution", "complaints@lumenwater.co.uk"),
                     ("Lumen Water", "complaints@lumenwater.co.uk")),
        greet=ACK_GREET, sign=("Customer Resolution Team\nLumen Water", "Lumen Water"),
        quote=("On 30 Oct 2025, at 16:02, Conexus Customer Relations wrote:",
               "Dear Lumen Water,\n\nYour customer Mr R. Castell disputes the balance you placed with us, saying the "
               "bill covers a period after he moved out. We are returning the dispute to you. Our reference {ref}.")),
    S("M18", "conexus", "payment notification", "Payment update", [
        "Card payment failed\n\nAccount: CX-4410273\nAmount: £45.00\nDate: 01/11/2025\nReason: Card declined by "
        "issuer",
        "In line with the client's instructions, a failed payment fee of £10.00 has been added to the balance. The "
        "customer has been notified by text message. If the customer disputes the fee, please record the dispute "
        "on the account before the next collection date.",
        "This notification was sent automatically. Please do not reply.",
    ], L(**AUTO),
        "A payment system's failed-payment notice that adds a fee is machine-made ('sent automatically'): "
        "auto_generated, not a fees complaint.",
        sender=fixed(("Conexus Payments", "payments@conexus-services.com"),
                     ("Payments", "payments@conexus-services.com")),
        greet=("Hello,", "Dear Colleague,"), sign=()),
    S("M19", "conexus", "arrears notification, creditor", "Account 4471 - arrears update", [
        "This is an automated arrears notification for placement batch SCL-P-1107.",
        "Account 4471-22019 is now three payments in arrears. A default charge of £12.00 has been applied under the "
        "loan agreement and the account has been placed with your agency for collection. The customer has a "
        "complaint open with us about an earlier default charge; please take no recovery action on that charge "
        "until you hear from us.",
        "This email was sent automatically. Please do not reply; this mailbox is not monitored.",
    ], L(**AUTO),
        "A creditor's automated arrears notification, though it mentions the customer's open complaint, is "
        "machine-made: auto_generated; Sterling Credit gets no firm label.",
        sender=fixed(("Sterling Credit Loans", "accounts@sterlingcredit.co.uk"),
                     ("Sterling Credit Accounts", "accounts@sterlingcredit.co.uk")),
        greet=("Dear Agency Partner,", "Dear Sir or Madam,"),
        sign=("Sterling Credit Loans\nCollections Operations", "Collections Operations")),
    S("M20", "conexus", "bounce", ("Undeliverable: Complaint from your customer - Miss A. Baptiste",
                                   "Delivery Status Notification (Failure)"), [
        "Your message could not be delivered to one or more recipients.",
        "<disputes@northlineenergy.co.uk>: 550 5.1.1 The email account that you tried to reach does not exist.",
        "~------ Original message ------\nFrom: Conexus Customer Relations <complaints@conexus-services.com>\n"
        "Subject: Complaint from your customer - Miss A. Baptiste\n\nDear Northline Energy,\n\nMiss Baptiste "
        "complains that her final bill was calculated on an estimated reading and is £460 higher than it should "
        "be. As the dispute concerns your billing, we are returning it to you...",
    ], L(**AUTO),
        "A bounce (MAILER-DAEMON, empty Return-Path) quoting the undelivered complaint about a creditor is "
        "machine-made; the complaint is the quoted original's: auto_generated, no firm label.",
        sender=fixed(("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.conexus-services.com"),
                     ("Mail Delivery System", "MAILER-DAEMON@mx1.conexus-services.com")),
        headers={"return-path": "<>", "auto-submitted": "auto-replied"}, html=False, greet=(), sign=()),
    S("M21", "conexus", "bulletin", "November bulletin", [
        "View in browser",
        "MONEY ADVICE NETWORK - MEMBER BULLETIN, NOVEMBER",
        "Complaints about collection agencies: what advisers are seeing. Our members logged 2,140 client complaints "
        "about debt collectors this quarter. The most common issues were contact during Breathing Space, fees "
        "added after failed payments and disputes over debts already paid.",
        "~Also this month: a template letter for disputing trace fees; how to ask a collector for a copy of a "
        "client's data; and dates for our December training.",
        "You are receiving this email because you are a member or partner of Money Advice Network. To unsubscribe, "
        "or to manage your preferences, use the links in your account.",
    ], L(**AUTO),
        "A member bulletin with no list headers is still a newsletter (view in browser, unsubscribe, manage "
        "preferences); complaints and data are its topics, not a grievance: auto_generated.",
        sender=fixed(("Money Advice Network", "news@moneyadvicenetwork.org.uk"),
                     ("Money Advice Network News", "news@moneyadvicenetwork.org.uk")), greet=(), sign=()),
    S("M22", "conexus", "out-of-office, debtor", "Re: Our final response - CX-COMP-61884", [
        "{GREET} I'm away until 14 November with no access to email.",
        "If this is about my complaint or my payment plan, I will reply on my return. Please don't call in the "
        "meantime.",
    ], L(**AUTO),
        "A debtor's vacation auto-reply (away until, no access, reply on return) mentioning the writer's complaint "
        "only as routing says nothing new: auto_generated, not a complaint.",
        sender=person(), sig="",
        quote=("On 31 Oct 2025, at 09:55, Conexus Customer Relations wrote:",
               "This is our final response to your complaint about the charges on your account. We have upheld it in "
               "part and removed the £30 fee. Reference {ref}.")),
    S("M23", "conexus", "ticket acknowledgement, creditor", "Your case 5521", [
        "Thank you for contacting Northline Energy. Your request has been logged as case 5521: 'Dispute - meter "
        "reading and final bill, account NL-30071486'.",
        "Our disputes team aims to respond within five working days. Please do not reply to this email; this "
        "mailbox is not monitored. To add information to your case, use the link in your online account.",
    ], L(**AUTO),
        "A creditor's helpdesk ticket acknowledgement ('do not reply', 'mailbox is not monitored') is machine-made: "
        "auto_generated; Northline is only the sender.",
        sender=fixed(("Northline Energy Support", "support@northline-energy.co.uk"),
                     ("Northline Customer Support", "support@northline-energy.co.uk")),
        greet=("Hello,", "Dear Customer,"), sign=("Northline Energy Customer Support", "")),
    S("M24", "conexus", "out-of-office, MP's office", "Re: Constituent Mr D. Ferris - your ref CX-6612873", [
        "{GREET} The constituency office is closed until Monday 10 November.",
        "Emails are not being read during this period. If you are a constituent writing about a complaint against "
        "a company or a dispute with a government department, we will respond in order of receipt when the office "
        "reopens. In an emergency, please call 01632 960411.",
    ], L(**AUTO),
        "An MP's office closure auto-reply is machine-made even from a caseworker's ordinary address; third_party "
        "stays false on auto-generated mail: auto_generated.",
        sender=person("kentonmp.org.uk"), sig="Caseworker to Sarah Kenton MP",
        quote=("On 3 Nov 2025, at 13:14, Conexus Customer Relations wrote:",
               "Dear Caseworker,\n\nThank you for your letter on behalf of Mr Ferris. We have reviewed his account "
               "and enclose our response to the points raised. Reference {ref}.")),
    S("M25", "conexus", "dispute-service portal notice", "Your case 5521 - update", [
        "A new document has been added to case FDS-5521-22 (complainant: Ms O. Brennan; business: Conexus) by our "
        "investigator.",
        "Document: Complainant's response to business file - disputed fees and charges\nDeadline for your "
        "comments: 21 November",
        "To view the document, sign in to the business portal. You are receiving this email because you are a "
        "registered contact for this business. This is an automated message; please do not reply.",
    ], L(**AUTO),
        "A dispute service's portal notice about an existing case is machine-made; the complaint belongs to the "
        "case, not to this mail: auto_generated.",
        sender=fixed(("Financial Disputes Service", "casework@financialdisputes.org.uk"),
                     ("FDS Casework", "casework@financialdisputes.org.uk")),
        greet=("Dear Business,", "Hello,"), sign=()),
    S("M26", "conexus", "automatic acknowledgement, debt charity", "Re: Client consent form - Mr B. Okafor", [
        "This is an automated message to confirm we have received it. Our advisers are currently dealing with a "
        "high number of enquiries, complaints and creditor disputes, and we will reply within ten working days.",
        "If you are a creditor or collection agency, please note that we cannot accept payment arrangements by "
        "email. This mailbox is monitored only on weekdays.",
    ], L(**AUTO),
        "A debt charity's automatic acknowledgement is machine-made; a representative's auto-reply is not third "
        "party: auto_generated, all else empty.",
        sender=fixed(("StepForward Debt Help", "advice@stepforwarddebthelp.org.uk"),
                     ("StepForward Advice Team", "advice@stepforwarddebthelp.org.uk")),
        greet=("Thank you for your email.", "Thanks for getting in touch."), sign=("StepForward Debt Help", ""),
        quote=("On 5 Nov 2025, at 10:40, Conexus Customer Relations wrote:",
               "Dear StepForward,\n\nWe have not yet received the signed consent form for Mr Okafor. Until it "
               "arrives we cannot discuss the disputed balance with you. Reference {ref}.")),
    S("M27", "conexus", "automatic acknowledgement, solicitors", "Re: Your client Ms D. Farrow - account 80113", [
        "This is an automated response. Your message has been passed to the fee earner handling our client's "
        "complaint about the charges on account 80113, who will reply as soon as possible.",
        "Our office is closed on Fridays. Please do not send documents for signature to this address.",
    ], L(**AUTO),
        "A solicitors' automated response naming their client's complaint is machine-made and adds nothing new: "
        "auto_generated, not third party.",
        sender=fixed(("Brightwell Moss Solicitors", "enquiries@brightwellmoss.co.uk"),
                     ("Brightwell Moss", "enquiries@brightwellmoss.co.uk")),
        greet=("Thank you for your email.", "We acknowledge receipt of your email."),
        sign=("Brightwell Moss Solicitors", ""),
        quote=("On 6 Nov 2025, at 16:21, Conexus Customer Relations wrote:",
               "Dear Sirs,\n\nThank you for your letter about Ms Farrow's account. We are looking into the charges "
               "you have questioned and will write again shortly. Reference {ref}.")),
    S("M28", "conexus", "scheduled report", "October complaints report", [
        "Your scheduled report 'Complaints opened and closed - October' is ready.",
        "Opened: 46\nClosed: 41 (within 8 weeks: 39)\nOpen over 8 weeks: 3\nTop causes: fees and charges (14), "
        "debt disputes (11), contact frequency (8)",
        "This email was sent automatically by ReportHub. Please do not reply to this email. To change which reports "
        "you receive, manage your preferences in ReportHub.",
    ], L(**AUTO),
        "A scheduled MI report email ('sent automatically', 'do not reply') full of complaint figures is "
        "machine-made: auto_generated.",
        sender=fixed(("ReportHub", "reports@conexus-services.com"), ("Conexus ReportHub", "reports@conexus-services.com")),
        greet=("Hello,", ""), sign=()),
    S("M29", "conexus", "newsletter", "Fees, charges and complaints: the regulator's review", [
        "View in browser | Forward to a colleague",
        "COLLECTIONS STANDARDS FORUM - MEMBERS' BRIEFING",
        "The regulator's review of fees and charges. Firms are being asked to show that every fee added to a "
        "customer's balance, including failed payment and trace fees, reflects a real cost. Complaints about added "
        "charges rose by a fifth last year.",
        "~Also: handling disputes when the creditor's records are wrong; our updated template for complaint "
        "acknowledgements.",
        "You are receiving this email because your firm is a member of the Collections Standards Forum. To "
        "unsubscribe, click here. Manage your preferences.",
    ], L(**AUTO),
        "A trade-body newsletter with bulk-list headers is auto-generated whatever its topic: auto_generated, not "
        "a complaint.",
        sender=fixed(("Collections Standards Forum", "bulletin@collectionsstandardsforum.org.uk"),
                     ("CSF Members' Briefing", "bulletin@collectionsstandardsforum.org.uk")),
        headers=BULK_HEADERS("Collections Standards Forum", "collectionsstandardsforum.org.uk"), html=True,
        greet=(), sign=()),
    S("M30", "conexus", "out-of-office, creditor officer", "Re: Council tax account 60017 - disputed costs", [
        "{GREET} I am out of the office until 6 January.",
        "For disputes about council tax liability or complaints about recovery action, please email "
        "revenues.complaints@westbury.gov.uk, quoting the council tax account number. Your email has not been "
        "forwarded.",
        "~I will respond on my return.",
    ], L(**AUTO), NOTE_OOO, sender=person("westbury.gov.uk"), sig="Recovery Officer, Revenues and Benefits",
        quote=("On 18 Dec 2025, at 11:02, Conexus Client Services wrote:",
               "Dear Recovery Officer,\n\nThe customer on account 60017 disputes the liability order costs included "
               "in the balance you placed with us. Please confirm the figure. Reference {ref}.")),
]

SCENARIOS = P + M
# M scenarios with the headers or subject such mail really has (the rest look ordinary)
OVERT = {"M03", "M05", "M08", "M11", "M12", "M20", "M29"}


# ---------------------------------------------------------------------------------------------
# rendering


def draw_person(rng, domain):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if domain is None:
        dom = rng.choice(PERSONAL_DOMAINS)
        local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}",
                            f"{last}.{first}")).lower()
    else:
        dom = domain
        local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}")).lower()
    return first, last, f"{local}@{dom}"


def draw_env(rng, s):
    """The envelope features of one rendering: (html, quote, typo, short)."""
    html = s["html"] if s["html"] is not None else rng.random() < 0.3
    quote = s["quote"] is not None and rng.random() < 0.5
    typo = s["typo"] and rng.random() < 0.4
    short = any(p.startswith("~") for p in s["paras"]) and rng.random() < 0.25
    return html, quote, typo, short


def env_name(feats):
    names = [n for n, on in zip(("html", "quote", "typo", "short"), feats) if on]
    return "+".join(names) or "plain"


def render(rng, s, feats, used_senders, index):
    html, quote, typo, short = feats
    group = s["group"]
    # sender
    while True:
        if s["sender"][0] == "person":
            first, last, addr = draw_person(rng, s["sender"][1])
            name = f"{first} {last}"
        else:
            name, addr = rng.choice(s["sender"][1])
            first = name.split()[0]
        if (name, addr) not in used_senders or s["sender"][0] == "fixed" and len(s["sender"][1]) == 1:
            break
    used_senders.add((name, addr))
    paras = [p[1:] if p.startswith("~") else p for p in s["paras"] if not (short and p.startswith("~"))]
    ooo = s["role"].startswith("out-of-office")
    # opening and closing
    if group == "P":
        greet = rng.choice(GREET_P[s["mailbox"]]) if not short or rng.random() < 0.5 else ""
        signoff = rng.choice(SIGN_P)
        signame = first if short or rng.random() < 0.4 else name
        closing = f"{signoff}\n{signame}" + (f"\n{s['sig']}" if s["sig"] and not short else "")
    elif ooo:
        greet = ""
        paras[0] = paras[0].replace("{GREET}", rng.choice(GREET_OOO))
        signoff = rng.choice(SIGN_OOO)
        signame = first if s["sig"] == "" else name
        closing = (f"{signoff}\n" if signoff else "") + signame + (f"\n{s['sig']}" if s["sig"] else "")
    else:
        greet = rng.choice(s["greet"]) if s["greet"] else ""
        closing = rng.choice(s["sign"]) if s["sign"] else ""
    text = "\n\n".join(x for x in [greet] + paras + [closing] if x)
    text = text.replace("{NAME}", name).replace("{FIRST}", first).replace("{ADDR}", addr)
    if typo:
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35)
    body_marks = rights_marks_of(text)
    body = strip_marks(text, MARK_RIGHTS)
    subject = s["subject"] if isinstance(s["subject"], str) else s["subject"][index]
    if short and group == "P" and rng.random() < 0.3:
        subject = subject.split(" - ")[0]
    return finish_marked_record(
        rng, mailbox=s["mailbox"], sender=f"{name} <{addr}>", subject=subject, body=body, html=html,
        quote=s["quote"] if quote else None, subject_marks=[], body_marks=body_marks, labels=s["labels"],
        note=s["note"], source=f"{PREFIX}-{s['sid']}", env=env_name(feats), headers=s["headers"])


def build(rng):
    records = []
    for s in SCENARIOS:
        first = draw_env(rng, s)
        second = draw_env(rng, s)
        tries = 0
        while second == first and tries < 20:
            second = draw_env(rng, s)
            tries += 1
        used = set()
        records.append(render(rng, s, first, used, 0))
        records.append(render(rng, s, second, used, 1))
    return records


def summary(records, env_counts):
    labs = [r["labels"] for r in records]
    n_sc = len({r["source"] for r in records})
    lines = [
        f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {n_sc} scenarios",
        f"mailboxes: {dict(collections.Counter(r['mailbox'] for r in records))}",
        f"complaints: {sum(l['complaint'] for l in labs)} ({sum(l['explicit'] for l in labs)} explicit); "
        f"machine-made: {sum(l['auto_generated'] for l in labs)}; with rights: {sum(bool(l['rights']) for l in labs)}"
        f"; third party: {sum(l['third_party'] for l in labs)}; personal_data: "
        f"{sum(l['personal_data'] for l in labs)}; breach: {sum(l['breach'] for l in labs)}",
        f"about_other_firm: {dict(collections.Counter(str(l['about_other_firm']) for l in labs))}",
        f"categories: {dict(sorted(collections.Counter(l['category'] for l in labs).items()))}",
        f"with any automatic header: {sum(bool(r['headers']) for r in records)}; html: "
        f"{sum(r['html'] for r in records)}",
        f"envelopes: {dict(sorted(env_counts.items()))}",
    ]
    return "\n".join(lines)


def main():
    assert len(P) == 30 and len(M) == 30 and len({s["sid"] for s in SCENARIOS}) == 60
    assert sum(s["mailbox"] == "pexa" for s in SCENARIOS) == 30
    assert sum(s["labels"]["complaint"] for s in P) >= 22
    assert all(s["labels"]["auto_generated"] and not s["headers"] for s in M if s["sid"] not in OVERT)
    assert len([s for s in M if s["sid"] not in OVERT]) >= 22
    assert not any(s["headers"] for s in P)
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
