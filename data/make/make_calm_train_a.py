#!/usr/bin/env python3
"""Calm complaints and calm near misses, set A (stdlib only): 60 scenarios, each rendered twice (120 emails).

Written from the labelling guide (/work/shared/labelling/labelling-guide.md) and the shared helpers in
labelled_mail.py only. Writers are mostly individuals: at PEXA home buyers, sellers and remortgagers whose
conveyancer uses the platform, and conveyancers or paralegals writing about their own user record; at Conexus
people chased about a debt and their partners, adult children or carers.

* 40 scenarios are complaints written calmly (36 implicit, never saying "complain"; 4 explicit), spread over the
  guide's root-cause categories; 4 are purely about a directory firm (about_other_firm), 9 also ask for a data right,
  4 are written for someone else, several are two or three sentences and 4 are subject-only.
* 20 scenarios are calm near misses on the same topics (status, timescales, a fee explained, a payment date change,
  a name change, a document for HMRC or a court, how a process works, a problem already fixed with thanks, feedback
  with "no need to reply"), 9 of them asking for a data right with no dissatisfaction.

A sentence that asks for a right is marked inline as [[right|sentence]] (MARK_RIGHTS) and becomes a
request_sentences mark. Each scenario gets two different envelopes from the generator's own rng: plain, HTML,
a reply above a quoted earlier message from the firm (plain or HTML), letter-swap typos outside the marks, written
from a phone, pasted from the website's contact form, a short version, or (subject-only scenarios) the subject
alone with an empty or phone-signature body. People, addresses and references are invented.

Usage: python data/make/make_calm_train_a.py   (writes data/labelled/calm_train_a.jsonl)
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (CATEGORIES, MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           new_text, rights_marks_of, run_generator, short_labels, strip_marks,
                           typos_outside_marks)

SEED = 20270506
PREFIX = "cta"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "calm_train_a.jsonl")

# ---------------------------------------------------------------------------------------------
# people

FIRST = ("Claire", "Daniel", "Fiona", "Graham", "Hannah", "Ian", "Joanne", "Keith", "Laura", "Martin", "Nicola",
         "Owen", "Paula", "Rob", "Sarah", "Tom", "Vicky", "Wayne", "Yvonne", "Adam", "Bethan", "Craig", "Deborah",
         "Euan", "Gemma", "Harriet", "Imogen", "Jason", "Kirsty", "Lewis", "Megan", "Neil", "Rachel", "Stuart",
         "Tanya", "Amir", "Farah", "Sunil", "Grace", "Femi")
LAST = ("Atherton", "Blackwood", "Corrigan", "Dunmore", "Ellwood", "Fairbairn", "Gillespie", "Hartley", "Iqbal",
        "Jarvis", "Kendrick", "Lomax", "McAllister", "Norbury", "Oakes", "Pennington", "Quayle", "Rowntree",
        "Sheridan", "Thackeray", "Underwood", "Varley", "Whitmore", "Yardley", "Ashworth", "Brennan", "Cartledge",
        "Dobson", "Eccleston", "Fenwick", "Greaves", "Holroyd", "Kaur", "Mistry", "Okonkwo", "Adeyemi")
POOLS = {
    "uk": (FIRST, LAST),
    "polish": (("Agnieszka", "Marek", "Katarzyna", "Pawel", "Zofia", "Tomasz"),
               ("Kowalczyk", "Wisniewski", "Zielinska", "Nowak", "Mazur", "Grabowski")),
    "romanian": (("Ioana", "Andrei", "Mihaela", "Florin", "Elena", "Razvan"),
                 ("Popescu", "Ionescu", "Dumitru", "Stanciu", "Marin", "Constantin")),
    "portuguese": (("Ana", "Joao", "Mariana", "Ricardo", "Beatriz", "Tiago"),
                   ("Ferreira", "Pereira", "Carvalho", "Almeida", "Sousa", "Ribeiro")),
}
HOME_DOMAINS = ("gmail.com", "outlook.com", "btinternet.com", "icloud.com", "yahoo.co.uk", "hotmail.co.uk",
                "sky.com", "talktalk.net", "virginmedia.com", "proton.me", "live.co.uk", "aol.com")
# invented practices for conveyancers and paralegals writing about their own user record (not in the directory)
WORK_DOMAINS = ("fernsidelaw.co.uk", "holbrookconveyancing.co.uk", "tivertonlegal.co.uk", "aldgateproperty.law",
                "kingsmeadsolicitors.co.uk", "brindleyhart.co.uk")

GREETINGS = {
    "pexa": ("Dear PEXA,", "Hello,", "Hi there,", "Dear Sir or Madam,", "Good morning,", "Hello PEXA team,", ""),
    "conexus": ("Dear Conexus,", "Hello,", "Dear Sir/Madam,", "Hi,", "To whom it may concern,", "Good afternoon,",
                ""),
}
SIGNOFFS = ("Kind regards,\n{full}", "Thanks,\n{first}", "Many thanks,\n{full}", "Regards\n{first} {initial}",
            "Best wishes,\n{first}", "{full}", "Thank you,\n{full}")
PHONE_SIGS = ("Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Sent from Outlook for Android",
              "Sent from my phone, sorry for any typos")

# an earlier message from the firm, quoted below the new text in the reply envelopes ({ref}: finish_marked_record)
QUOTES = {
    "pexa": (
        ("On Tue, 3 Mar 2026 at 10:14, PEXA Support <support@pexa.co.uk> wrote:",
         "Hello,\n\nThank you for your call today. As discussed, please reply to this email with the details and "
         "we will look into it for you.\n\nReference: SUP-{ref}\n\nPEXA Support"),
        ("On 11 Mar 2026, at 15:02, PEXA Customer Care <customercare@pexa.co.uk> wrote:",
         "Thank you for getting in touch. Your message has been received and logged under reference {ref}. A member "
         "of the team will reply within five business days.\n\nKind regards\nPEXA Customer Care"),
    ),
    "conexus": (
        ("On Mon, 9 Mar 2026 at 09:41, Conexus Customer Services <help@conexus.co.uk> wrote:",
         "Dear customer,\n\nThank you for your call. As discussed, please reply to this email with the details and "
         "we will look into your account.\n\nOur reference: {ref}\n\nConexus Customer Services"),
        ("On 12 Mar 2026, at 16:20, Conexus <help@conexus.co.uk> wrote:",
         "Thank you for contacting Conexus. We have received your message (reference {ref}) and aim to reply within "
         "five working days.\n\nConexus"),
    ),
}

ENVS_BODY = ("plain", "html", "reply", "html_reply", "typo", "phone", "webform")


def S(sid, mailbox, subject, text, lab, note, *, pool="uk", work=False, short=None, subject_only=False,
      quote=None):
    """One scenario: the marked text, its labels (short_labels), the one-sentence rule in note, and options:
    pool (sender names), work (a practice address), short (a shorter text with the same labels and marks),
    subject_only (the subject carries the message), quote (the scenario's own earlier message from the firm, used
    in its first rendering)."""
    return {"id": sid, "mailbox": mailbox, "subject": subject, "text": text, "labels": lab, "note": note,
            "pool": pool, "work": work, "short": short, "subject_only": subject_only, "quote": quote}


L = short_labels

# ---------------------------------------------------------------------------------------------
# PEXA: 20 calm complaints

PEXA_COMPLAINTS = [
    S("s001", "pexa", "Identity check keeps failing at the photo step",
      "My conveyancer asked me to complete the PEXA identity check for the sale of 14 Fenwick Road, and I have "
      "tried five times since Monday. Each time the page freezes after I take the photo of my passport and then "
      "shows 'Something went wrong (code 500)'. I have tried two phones and a laptop with the same result.\n\n"
      "The buyer's side is waiting on this before they will exchange. Could you please look into what is going "
      "wrong at your end and let me know when it is fixed, or give me another way to complete the check?",
      L(c=True, cat="platform_defect"),
      "Implicit complaint: the platform's check fails with an error and a fix is expected; platform_defect because "
      "the system fails rather than being hard to use.",
      short="Your identity check has frozen at the passport photo step five times since Monday (code 500), on two "
            "phones and a laptop. My sale can't exchange until it's done, so please fix it or tell me another way "
            "to do it."),
    S("s002", "pexa", "2FA codes stopped arriving after Tuesday's update - locked out of my user account on a "
                      "completion day, please reset (user {UID})", "",
      L(c=True, cat="platform_defect"),
      "Subject-only implicit complaint: login codes fail since an update and a reset is asked for; platform_defect.",
      work=True, subject_only=True),
    S("s003", "pexa", "My father's identity check - Mr {SUR}",
      "I am writing for my father, Mr Dennis {SUR}, who is 81 and selling his flat at 3 Marlow Court so he can "
      "move nearer to us. He has asked me to help with this.\n\n"
      "His solicitor sent him your identity check link. It does work, but the writing on the screen is very "
      "small, it logs him out after five minutes if he pauses, and there is no way to go back a step without "
      "starting again. He tried four times on his own before ringing me, upset that he was 'holding everyone up'.\n\n"
      "Could you let us know whether there is a simpler way for someone his age to do this, and pass on to whoever "
      "designs it that it needs to be easier for older people to use? We would appreciate a reply.",
      L(c=True, tp=True, cat="usability"),
      "Implicit complaint written for a parent (third_party): the check works but is hard to use and an alternative "
      "and a change are asked for, so usability, not platform_defect."),
    S("s004", "pexa", "ID check - I don't have a passport or photo licence",
      "I am remortgaging with my existing lender and my conveyancer says I have to pass your identity check before "
      "completion. The check only accepts a passport or a photocard driving licence. I have neither: I don't drive "
      "and my passport ran out in 2019. I have my birth certificate, a council tax bill, bank statements and a bus "
      "pass with my photo, and your helpline said there are no exceptions.\n\n"
      "It doesn't seem right that a rule about which documents you accept stops me remortgaging my own home. Please "
      "could you look at accepting other documents, or tell me who can make an exception in my case.",
      L(c=True, cat="process"),
      "Implicit complaint: the rule itself (only two kinds of document accepted) is the grievance and a change is "
      "asked for, so process rather than service_quality."),
    S("s005", "pexa", "held 40 mins on your helpline twice today then cut off - workspace {WS}, completion tomorrow, "
                      "please ring me back on {PHONE}", "",
      L(c=True, cat="wait_time"),
      "Subject-only implicit complaint about waiting to reach someone (hold, cut off) with a call back asked: "
      "wait_time, not delay.",
      subject_only=True),
    S("s006", "pexa", "Settlement confirmation for HMRC - still not received",
      "On 9 February I rang your helpline to ask for written confirmation of the date my sale of 22 Larch Avenue "
      "settled, because HMRC need it before they will refund the higher-rate stamp duty on my new home. I was told "
      "it would be emailed within five working days. It is now three and a half weeks later and nothing has come, "
      "and when I chased by phone on 20 February I was told it had been 'sent to the team'.\n\n"
      "Please could you send the confirmation this week, and let me know if anything else is needed from me.",
      L(c=True, cat="delay"),
      "A 'still waiting' chaser for a promised document is an implicit complaint about delay (guide 4.6)."),
    S("s007", "pexa", "Purchase of 8 Quarry Lane - Marsh and Penrose not responding",
      "I'm buying 8 Quarry Lane in Topsham and my conveyancers are Marsh and Penrose. I saw from their emails that "
      "the completion will go through PEXA, so I hope you can help.\n\n"
      "We were due to exchange on 28 February. The seller's solicitor and my lender both say they have everything "
      "they need and are only waiting for Marsh and Penrose. I have emailed my case handler four times and left "
      "three voicemails since then and had no reply.\n\n"
      "I understand you are not my solicitor, but could you please pass this on to them or tell me who there I "
      "should contact? I am worried the seller will withdraw.",
      L(c=True, cat="delay", firm="mpc"),
      "A consumer's grievance purely about their own conveyancer (directory firm, written 'Marsh and Penrose') must "
      "be forwarded: about_other_firm=mpc, category delay (guide 4.9)."),
    S("s008", "pexa", "Complaint about phone call on 4 March",
      "I want to make a complaint about the phone call I had with your helpline on 4 March, around 11 o'clock. I "
      "called because the text message from PEXA about my sale at 19 Orchid Way had a link which did not open.\n\n"
      "The man who answered said he cannot understand me and I should 'get someone who speaks English properly' to "
      "call back, and then he finished the call. My English is not perfect but I use it at work every day and "
      "nobody said this to me before.\n\n"
      "I would like someone to call me back about the link, and I would like you to tell me that you will speak to "
      "this person about how he talks to customers.",
      L(c=True, ex=True, cat="service_quality"),
      "Explicit complaint ('I want to make a complaint') about how a helpline agent treated the caller: "
      "service_quality, not the link fault that prompted the call.",
      pool="polish",
      short="I want to make a complaint about your helpline on 4 March. The man said I should 'get someone who speaks "
            "English properly' and finished the call. Please call me back about my sale and speak to him about "
            "this."),
    S("s009", "pexa", "Identity check link expired - I was told 30 days",
      "When I rang your helpline on 2 March to ask how long I had to complete the identity check, I was told the "
      "link stays valid for 30 days. I planned to do it on the 10th when I was back from working away, but the "
      "link had expired after 7 days.\n\n"
      "My conveyancer had to ask for a new one and our exchange has moved back by a week. Please could you check "
      "what your helpline staff are telling people, and confirm how long the new link will last so this doesn't "
      "happen again.",
      L(c=True, cat="inaccurate_information"),
      "Implicit complaint: the firm gave wrong information (how long the link lasts) that caused a delay; the "
      "specific theme beats delay (guide 4.16a)."),
    S("s010", "pexa", "Certification assessment - questions don't match the platform",
      "I'm a paralegal and need to pass the PEXA user certification before my account can be given signing rights. "
      "I've failed the assessment twice by one mark. At least three of the questions ask about screens and menu "
      "names that no longer exist (for example the 'Financial Summary' tab, which is now 'Settlement Schedule'), so "
      "the answer the assessment expects doesn't match what I see at work every day.\n\n"
      "Could you update the questions and reset my attempts so the two failures don't stay on my record? "
      "[[access|Please also send me a copy of the records you hold of my attempts, answers and scores.]]",
      L(c=True, r="access", cat="training"),
      "Implicit complaint about outdated training material (training); an access request alongside a non-data "
      "grievance does not set personal_data (guide 4.12).",
      work=True),
    S("s011", "pexa", "New user account stuck at 'pending verification'",
      "I moved from one practice to another on 1 February and my new firm's administrator set me up as a user the "
      "same day. Three weeks later my account still says 'pending verification', so I can't sign or even view the "
      "workspaces on my own files, and colleagues are covering my completions.\n\n"
      "The administrator tells me everything on their side is done and it's waiting with PEXA. Could someone please "
      "finish the verification, or tell me what is missing?",
      L(c=True, cat="onboarding"),
      "Implicit complaint: verification of a new user is late and the writer wants it finished; onboarding beats "
      "delay (guide 4.16a).",
      work=True),
    S("s012", "pexa", "Surname on my user profile - second request",
      "I married in December and asked on 8 January, through the profile form, for my surname to be changed from "
      "Hale to {SUR} on my PEXA user profile. Nothing has changed and I didn't get a reply. The old name and my "
      "previous mobile number are still what other firms see against my user record on every workspace, which has "
      "caused confusion with two firms this month.\n\n"
      "[[rectification|Please update my surname and mobile number to the details I gave on 8 January.]] "
      "[[restriction|Until that is done, please stop showing the old mobile number to other participants.]] I'd "
      "also be grateful to know why the first request wasn't actioned.",
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Implicit complaint about inaccurate data shown and an earlier request ignored (personal_data); rectification "
      "and restriction are both asked for.",
      work=True),
    S("s013", "pexa", "Email from PEXA about someone else's sale",
      "This morning I received an email from your notifications address that was meant to be about my sale of 5 "
      "Thornbury Close. It was about a different property altogether: it gave another seller's full name, their "
      "address in Kettering and the amount being paid to them on completion.\n\n"
      "I have deleted it and not shared it with anyone, but it makes me wonder whether my own details have gone to "
      "someone else in the same way. Please let me know how this happened and what you are doing about it. "
      "[[access|I would also like a copy of the personal data you hold about me, including the emails you have sent "
      "about my sale and who they went to.]]",
      L(c=True, pd=True, br=True, r="access", cat="personal_data"),
      "Another person's data was sent to the writer (breach) and an explanation is expected: implicit data-handling "
      "complaint, category personal_data; plus an access request."),
    S("s014", "pexa", "Marketing email after my remortgage",
      "My remortgage completed last month and my conveyancer told me it went through your platform. Since then I've "
      "had two emails from PEXA about 'moving home with confidence' with offers from partner firms. I have never "
      "signed up to anything with PEXA and I'm not comfortable that my email address is being used like this.\n\n"
      "[[informed|Please tell me where you got my email address, on what basis you are using it, and what else you "
      "use it for.]] [[objection|I object to my details being used for marketing of any kind.]]",
      L(c=True, pd=True, r="informed,objection", cat="personal_data"),
      "Unexpected use of personal data for marketing with an answer expected: implicit personal_data complaint; "
      "informed and objection are asked for."),
    S("s015", "pexa", "Reactivation fee on my user account",
      "My user account was suspended on 12 January because your system flagged my practising certificate as "
      "expired. It wasn't: it was renewed in October and I sent the SRA confirmation the same day. The account was "
      "restored on 15 January, but my firm has now been invoiced a £75 'user reactivation fee' against my name.\n\n"
      "As the suspension was your error, the fee shouldn't apply. Please remove it and send my firm a corrected "
      "invoice.",
      L(c=True, cat="fees_charges"),
      "Implicit complaint: a fee the firm levied that the writer should not bear, with a credit asked for: "
      "fees_charges.",
      work=True),
    S("s016", "pexa", "Early repayment charge - Thames Valley",
      "I'm moving house and porting my mortgage with Thames Valley Mortgages, and my solicitor says the completion "
      "will go through PEXA on the 21st. Thames Valley's redemption statement includes an early repayment charge of "
      "£3,420. My offer says the charge is waived when the mortgage is ported to a new property completing on the "
      "same day, which is what is happening.\n\n"
      "I have rung them twice and been told the statement is 'system generated'. Please could you pass this to the "
      "right people there, or tell me how to get it taken off before completion.",
      L(c=True, cat="fees_charges", firm="tvm"),
      "A consumer's grievance purely about their lender's charge (directory firm Thames Valley Mortgages) is "
      "forwarded: about_other_firm=tvm, category fees_charges (guide 4.9)."),
    S("s017", "pexa", "Signs left on my railings after the 10k",
      "The 10k run your company sponsored on 1 March went past my house on Cresswell Street. Three large PEXA signs "
      "were cable-tied to my front railings for the day, which was fine, but they are still there two weeks later "
      "and one has scratched the paint.\n\n"
      "Could you arrange for someone to take them down, and let me know who I should speak to about the paintwork?",
      L(c=True, cat="other"),
      "Implicit complaint with no matching theme (event signs left behind, paint damaged) and a remedy asked: other.",
      short="Three of your signs from the 1 March 10k are still tied to my railings on Cresswell Street, and one has "
            "scratched the paint. Please could someone come and remove them."),
    S("s018", "pexa", "Please contact my mother by email",
      "I'm writing on behalf of my mother, Mrs Irene {SUR}, who is selling her house at 41 Bramble Lane and is "
      "profoundly deaf. She emailed your helpdesk on 3 March about a text she had received from PEXA and asked for "
      "replies by email because she can't use the phone.\n\n"
      "Since then your team has rung her three times, and on 10 March her query was closed as 'customer "
      "unreachable'. She has had no written answer at all.\n\n"
      "Please reopen her query, reply to her by email as she asked, and put a note on her record so it doesn't "
      "happen again.",
      L(c=True, tp=True, cat="service_quality"),
      "Implicit complaint on a parent's behalf (third_party) about how she was served (her contact need ignored, "
      "query closed): service_quality."),
    S("s019", "pexa", "Identity check - response to my complaint",
      "I raised a complaint with you on 2 February about the identity check for my sale failing, and your "
      "acknowledgement said I would have a response within five business days. It has now been four weeks and I "
      "have had nothing further, despite ringing on 16 February.\n\n"
      "Please could someone send me the response this week.",
      L(c=True, ex=True, cat="delay"),
      "A 'still waiting' chaser about a complaint response: delay (guide 4.6), explicit because the writer calls it "
      "her complaint.",
      quote=("On Mon, 2 Feb 2026 at 16:48, PEXA Resolution <resolution@pexa.co.uk> wrote:",
             "Dear customer,\n\nThank you for contacting us. We have logged your complaint under reference PX-C-{ref} "
             "and will send you a response within five business days.\n\nPEXA Customer Resolution")),
    S("s020", "pexa", "Registration rejected - SRA number",
      "My registration as a new user was rejected twice this week with 'SRA number does not match our records', but "
      "I've checked it against the SRA register and it's correct (ID {UID}). Could someone look at it and complete "
      "my registration, as I have completions booked from next week?",
      L(c=True, cat="onboarding"),
      "Short implicit complaint: a new user's registration wrongly rejected, fix asked: onboarding.",
      work=True),
]

# PEXA: 10 calm near misses

PEXA_NEAR = [
    S("s021", "pexa", "Has my purchase been registered yet?",
      "We completed on our purchase of 12 Heron Walk on 14 February through our solicitor, who mentioned that PEXA "
      "handles the lodgement with the Land Registry. Could you tell me whether the registration has gone through "
      "yet, or roughly how long it usually takes? No rush, I'm just keeping track for our records.",
      L(),
      "Neutral status question with no dissatisfaction or remedy: an enquiry, not a complaint (guide 4.1)."),
    S("s022", "pexa", "Is this text from you genuine?",
      "I've had a text from 'PEXA' saying 'Your completion workspace is ready - no action needed' for my sale on "
      "Elm Grove. I wasn't expecting anything from you, so I wanted to check it's genuine before I ignore it, and "
      "what PEXA's part in my sale is. My conveyancer is on holiday until Monday.",
      L(),
      "A question about how the process works, asked neutrally: enquiry, not a complaint."),
    S("s023", "pexa", "Name change on my user profile",
      "I got married last month and I'm now using my married name at work. [[rectification|Please could you change "
      "the surname on my PEXA user profile from Cartwright to {SUR}?]] I've attached a copy of the marriage "
      "certificate. Thanks in advance.",
      L(r="rectification"),
      "A first, plain request to correct one's own record with no dissatisfaction: rights=rectification, not a "
      "complaint (guide 4.14).",
      work=True),
    S("s024", "pexa", "Confirmation of completion date for HMRC",
      "I sold my previous home, 9 Copse Road, on 30 January and my conveyancer says the settlement went through "
      "PEXA. HMRC want written confirmation of the completion date before they refund the extra stamp duty I paid "
      "on my new home. Could you tell me how I request that from you, and whether there is a fee?",
      L(),
      "A first request for a document needed for HMRC, asked neutrally: a service request, not a complaint; a "
      "single document is not a request for a copy of the data held."),
    S("s025", "pexa", "ID check sorted - thank you",
      "Just to let you know that the identity check that kept failing yesterday went through first time this "
      "morning after your colleague Sam reset it. Thank you for sorting it so quickly. Nothing else is needed from "
      "my side.",
      L(),
      "Reports a problem that is already fixed and thanks the firm, nothing still wrong: not a complaint "
      "(guide 4.5)."),
    S("s026", "pexa", "A suggestion for your completion texts",
      "A small suggestion, and no need to reply. The texts you sent on our completion day were useful, but it would "
      "help if they also said who to ring if something looks wrong, as we weren't sure whether to call you or our "
      "solicitor. Otherwise everything went smoothly.",
      L(),
      "Feedback offered with 'no need to reply' and no grievance or expected remedy: not a complaint."),
    S("s027", "pexa", "Request for a copy of my personal data",
      "I bought a flat last year, Flat 4, 27 Canal Street, and my conveyancer used your platform for the "
      "completion. I'm putting my records together ahead of a mortgage review. [[access|Please send me a copy of all "
      "the personal data PEXA holds about me.]] I can confirm my date of birth or anything else you need to find me.",
      L(r="access"),
      "An access request made without any dissatisfaction: rights=access, not a complaint (guide 4.14)."),
    S("s028", "pexa", "My contact details after completion",
      "My remortgage completed through your platform in January and my solicitor mentioned that my mobile number "
      "and email were passed to you for the identity check and the update texts. [[informed|Could you tell me what "
      "you use those details for now and how long you keep them?]] [[erasure|If you no longer need them, please "
      "delete them.]] Thank you.",
      L(r="informed,erasure"),
      "Rights asked for (informed, erasure) with no dissatisfaction: not a complaint (guide 4.14)."),
    S("s029", "pexa", "Question before I do the identity check",
      "My conveyancer has sent me your identity check link. Before I use it, could you confirm whether the result "
      "is decided automatically by the software? [[automated_decision|If it is, I would like a person to make the "
      "decision on my check instead.]] [[objection|I also object to my photo and passport image being used to train "
      "or test your systems.]] Happy to go ahead otherwise.",
      L(r="automated_decision,objection"),
      "Questions and rights (automated_decision, objection) asked before using the service, no grievance: not a "
      "complaint."),
    S("s030", "pexa", "Copy of my login and signing records for a court case",
      "I've been asked to give a witness statement in a county court case about a purchase I handled last summer, "
      "and I need to show when I logged in and signed in the workspace. [[access|Please send me a copy of the login "
      "and signing records held against my own user account for June and July last year.]] My user ID is {UID}.",
      L(r="access"),
      "A document needed for court, asked as a copy of the writer's own user records: rights=access, no "
      "dissatisfaction, not a complaint.",
      work=True),
]

# ---------------------------------------------------------------------------------------------
# Conexus: 20 calm complaints

CONEXUS_COMPLAINTS = [
    S("s031", "conexus", "Account {REF} - paid in full in January",
      "I paid the full balance of £842.16 on this account by bank transfer on 17 January, using the reference on "
      "your letter. I have the confirmation from my bank, which I've attached. Since then I've had two letters and "
      "a text saying the balance is still outstanding.\n\n"
      "Please update the account to show it is settled, stop the reminders, and send me a letter confirming the "
      "balance is nil.",
      L(c=True, cat="debt_dispute"),
      "Implicit complaint: the debt is already paid but still pursued, remedy asked; debt_dispute, and Conexus's "
      "own records are at fault so no other firm.",
      short="I paid this account in full (£842.16) by bank transfer on 17 January and have the bank confirmation, "
            "but your letters still say it's outstanding. Please mark it settled and confirm the nil balance in "
            "writing."),
    S("s032", "conexus", "Northline Energy balance - I had already switched",
      "Your letter says I owe Northline Energy £394.70. I switched my electricity away from Northline on 3 October "
      "and the new supplier took over that day; I sent Northline a closing meter reading the same morning. The "
      "£394.70 is made up of estimated bills Northline kept sending after I left, for electricity I didn't use from "
      "them.\n\n"
      "I've attached the switch confirmation and my reading. Please send this back to Northline to correct, and let "
      "me know when you have.",
      L(c=True, cat="debt_dispute", firm="nte"),
      "Root cause is the creditor's own billing after the switch, which only the creditor can fix: "
      "about_other_firm=nte, debt_dispute (guide 4.10)."),
    S("s033", "conexus", "Pennant Mobile - the phone was returned",
      "I receive your letter for £548 to Pennant Mobile for a phone. I return this phone to the Pennant shop in "
      "Corporation Street after 6 days, inside the 14 days, because it was not working good. The shop give me a "
      "receipt and say the contract is cancelled. I send you the receipt in attachment.\n\n"
      "So I don't owe this money. Please can you return this to Pennant and ask them to close it correctly. Thank "
      "you for your help.",
      L(c=True, cat="debt_dispute", firm="pmt"),
      "The creditor's own failure to cancel a returned contract is the root cause: about_other_firm=pmt ('Pennant'), "
      "debt_dispute.",
      pool="romanian"),
    S("s034", "conexus", "Calls after my plan was agreed",
      "I agreed a payment plan with you on 2 March and paid the first instalment that day. Since then I've had calls "
      "from your number three or four times a day, including two after 8pm. Please note the plan on the account and "
      "keep contact to letters unless something changes.",
      L(c=True, cat="collection_conduct"),
      "Short implicit complaint about how the debt is pursued (call frequency and hours); 'keep contact to letters' "
      "is a conduct remedy, not objection (guide 4.14)."),
    S("s035", "conexus", "My wife, Mrs Angela {SUR} - account {REF}",
      "I'm writing for my wife, Angela {SUR}, who is in hospital being treated for a serious mental health condition "
      "and can't deal with post at the moment. I rang on 11 March to explain this and was told a note would be added "
      "and letters paused for 30 days.\n\n"
      "Two days later a letter arrived saying the account 'may be passed for further action' if she doesn't call "
      "within 7 days, and another has come since. Seeing them at home has been very distressing for her on her "
      "visits.\n\n"
      "Please put the account on hold as agreed on the phone, record her circumstances properly, and send anything "
      "that must be sent to me. I can provide her written authority.",
      L(c=True, tp=True, cat="collection_conduct"),
      "Written for a spouse (third_party); the grievance is how the debt is pursued against a vulnerable customer "
      "despite a promised pause: collection_conduct."),
    S("s036", "conexus", "Old address still on my account",
      "I moved from 16 Ashby Road to 3 Kiln Yard in November and updated my address with you by phone then, and "
      "again by email in January. Your latest letter was still sent to Ashby Road; the new tenants kindly passed it "
      "on unopened.\n\n"
      "[[rectification|Please correct the address on my account to 3 Kiln Yard, Castleford.]] I'd also like to know "
      "why the first two updates didn't go through.",
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Inaccurate data kept after two updates is a data-handling complaint (personal_data), not a breach as the "
      "letter was passed on unopened; rectification asked."),
    S("s037", "conexus", "Call to my sister's house",
      "On 6 March one of your agents rang my sister at home looking for me. When she said I didn't live there, the "
      "agent told her I owed £1,260 on this account and asked her to tell me to pay it.\n\n"
      "My sister has been kind about it, but that is my private business. Please explain why the balance was "
      "discussed with her and what you will do to make sure it doesn't happen again. [[access|Please also send me a "
      "copy of the recording and notes of that call.]]",
      L(c=True, pd=True, br=True, r="access", cat="personal_data"),
      "Debt details disclosed to a relative (breach) are the main grievance: personal_data complaint with breach; "
      "the request for the recording is access."),
    S("s038", "conexus", "What I was told on the phone on 12 March",
      "When I rang on 12 March to discuss my balance, the agent told me that if I didn't pay £300 by Friday, "
      "bailiffs would come to my house and take my things. I've since spoken to a debt charity who told me that "
      "can't happen on this kind of account without a court order, which I've never had.\n\n"
      "I paid the £300 I had put aside for rent because I was frightened. I'd like an explanation of why I was told "
      "this, and for my payments to be set at something I can afford. [[access|Please send me a copy of the "
      "recording of that call.]]",
      L(c=True, r="access", cat="collection_conduct"),
      "Pressure backed by an untrue threat is how the debt is pursued (collection_conduct); the access request does "
      "not make it a personal_data complaint (guide 4.12)."),
    S("s039", "conexus", "£85 added to my balance",
      "My balance went up from £610.00 to £695.00 in March, and the statement describes the difference as "
      "'collection costs'. Nobody told me a charge would be added and I can't see anything in my original agreement "
      "that allows it. I've kept to my plan every month.\n\n"
      "Please take the £85 off and confirm the correct balance. [[access|Could you also send me copies of all the "
      "letters and account notes you hold about me, so I can check whether anything else has been added?]]",
      L(c=True, r="access", cat="fees_charges"),
      "A charge Conexus added on top of the debt, with its removal asked: fees_charges, not debt_dispute "
      "(guide 4.16e); plus access."),
    S("s040", "conexus", "Online payment plan offer refused",
      "I used the plan tool on your website on Sunday and entered my income and outgoings honestly. After my bills "
      "I have about £45 a month spare, but the tool would not accept anything below £118 a month and gave no way "
      "to explain my situation. It seems the minimum is a fixed share of the balance whatever the budget shows.\n\n"
      "A plan I can't keep to isn't any use to either of us. [[automated_decision|Please have a member of staff "
      "look at my budget and decide the plan instead of the website.]]",
      L(c=True, r="automated_decision", cat="process"),
      "The tool's fixed minimum rule is itself the grievance (process); a human decision is asked for "
      "(automated_decision) without making it a personal_data complaint."),
    S("s041", "conexus", "Visit fee ref {REF}",
      "I rang on 4 March to cancel the home visit booked for the 6th and was told it was cancelled, but a £60 visit "
      "fee has now been added to my balance. Please remove it.",
      L(c=True, cat="fees_charges"),
      "Two-sentence implicit complaint: a fee the firm added that should not apply, removal asked: fees_charges."),
    S("s042", "conexus", "waited on webchat 50 mins at position 1 then it closed at 5pm, still need to set up a plan "
                         "ref {REF} - can someone call me {PHONE}", "",
      L(c=True, cat="wait_time"),
      "Subject-only implicit complaint about waiting to reach someone, call back asked: wait_time.",
      subject_only=True),
    S("s043", "conexus", "Refund of overpayment - account {REF}",
      "When I settled this account on 20 January I overpaid by £120 because my last standing order went out after "
      "the final payment. Your email of 27 January said the £120 would be refunded to my bank within 10 working "
      "days. It has now been six weeks and nothing has arrived, and the phone team couldn't tell me any more on 3 "
      "March.\n\n"
      "Please treat this as a complaint about the delay and let me know when the refund will be paid.",
      L(c=True, ex=True, cat="delay"),
      "A promised refund is late: delay (guide 4.6), explicit because the writer asks for it to be treated as a "
      "complaint.",
      quote=("On Tue, 27 Jan 2026 at 11:05, Conexus Accounts <accounts@conexus.co.uk> wrote:",
             "Dear customer,\n\nThank you for your final payment. Your account is now closed with a credit balance "
             "of £120.00, which will be refunded to your bank account within 10 working days.\n\nReference: "
             "{ref}\n\nConexus Customer Services")),
    S("s044", "conexus", "Different answers from your staff",
      "In February I call to ask to reduce my payments because my hours at work are cut. The first person tell me I "
      "must send the income and expenditure form and wait. I send it on 12 February. When I call to check, a second "
      "person tell me the form is not needed and I must just pay the normal amount, and a third person tell me the "
      "form was received but it is the wrong form.\n\n"
      "I am trying to do the right thing but every time is a different answer. Please can one person look at my "
      "form and write to me what I need to do.",
      L(c=True, cat="service_quality"),
      "Inconsistent handling by different staff, with one clear written answer expected: implicit complaint, "
      "service_quality.",
      pool="portuguese"),
    S("s045", "conexus", "Letter about court action",
      "Your letter dated 3 March said my account would be passed to solicitors for court action in 14 days. I have "
      "been paying £50 a month under an agreed plan since last summer and I'm up to date. When I rang, your colleague "
      "said the letter had gone out by mistake and to ignore it.\n\n"
      "I'd be grateful if you could send me something in writing confirming that no court action is planned and that "
      "my plan is still in place, as the letter caused a lot of worry in our house.",
      L(c=True, cat="inaccurate_information"),
      "The firm sent wrong information (a court-action letter sent in error) and a written correction is expected: "
      "implicit complaint, inaccurate_information.",
      short="Your letter of 3 March said my account was going for court action, though I'm up to date on my £50 "
            "plan, and your colleague said it was sent by mistake. Please confirm in writing that no court action "
            "is planned and my plan still stands."),
    S("s046", "conexus", "Card payment taken but account not updated",
      "I made a payment of £75 through your online payment page on 5 March. After I entered the code from my bank "
      "the page showed an error and asked me to try again, which I did. My bank now shows two payments of £75 to "
      "Conexus, but my online account shows neither and says my March payment is missed.\n\n"
      "Please could you fix the account so the payment shows, refund the second one, and confirm I won't be marked "
      "as having missed a payment.",
      L(c=True, cat="platform_defect"),
      "The payment system failed (error, double charge, payment not recorded) and a fix is expected: implicit "
      "complaint, platform_defect."),
    S("s047", "conexus", "Phone payment line - partially sighted customer",
      "I'm a support worker for Mr Colin {SUR}, who is registered partially sighted and has asked me to write to you "
      "on his behalf. He pays £20 a month on account {REF} through your automated phone line. The line only takes "
      "the card number and account reference by keypad, with a short time limit, and there's no option to speak to "
      "a person. He can't see the keypad well enough to finish in time, and last month's payment failed three "
      "times.\n\n"
      "Could you set up a way for him to pay that he can manage on his own, such as speaking to someone or a "
      "standing order, and let me know what's possible?",
      L(c=True, tp=True, cat="usability"),
      "Written by a carer (third_party): the payment line works but is inaccessible to him, an alternative asked: "
      "usability."),
    S("s048", "conexus", "Complaint - account {REF}, loan from 2012",
      "I'm making a complaint about your letter of 10 March, which asks me to pay £2,310 on a loan that your letter "
      "says defaulted in 2012. This is the first I have heard of it in over twelve years, and I don't recognise the "
      "account.\n\n"
      "Please show me that this debt is mine and that it can still be collected, and don't ask me for payment until "
      "you have.",
      L(c=True, ex=True, cat="debt_dispute"),
      "Explicit complaint ('I'm making a complaint') challenging whether the debt is owed at all: debt_dispute; Conexus "
      "is pursuing it, so no other firm."),
    S("s049", "conexus", "Still no written confirmation of the payment plan I agreed by phone on 6 Feb, ref {REF} - "
                         "4 weeks now, please send it", "",
      L(c=True, cat="delay"),
      "Subject-only 'still waiting' chaser: implicit complaint about delay (guide 4.6).",
      subject_only=True),
    S("s050", "conexus", "Changing my payment date",
      "I need to move my payment date from the 1st to the 8th because my pay date has changed. I work night shifts "
      "at the hospital and can't call between 9 and 5, but your letter says changes can only be made by phone, and "
      "my email asking for the change was answered with 'please call us'.\n\n"
      "Please could you make the change from this email, and consider letting people make simple changes like this "
      "in writing.",
      L(c=True, cat="process"),
      "Beyond the routine request, the phone-only rule is the grievance and a change of practice is asked: implicit "
      "complaint, process."),
]

# Conexus: 10 calm near misses

CONEXUS_NEAR = [
    S("s051", "conexus", "Balance and last payment",
      "Could you let me know the current balance on my account {REF}, and whether my payment of £40 on 28 February "
      "has reached you? I'm doing my budget for the next few months. Thanks.",
      L(),
      "Neutral status question: an enquiry, not a complaint."),
    S("s052", "conexus", "Payment date change for my partner, account {REF}",
      "I'm writing for my partner, Lee Walsh, who is at work all week and has asked me to sort this; he's said you "
      "can speak to me and I've attached his signed note. His payday is moving from the 25th to the last Friday of "
      "the month, so could his £30 payment be taken on the 1st of each month instead of the 27th, starting in "
      "April? Thank you.",
      L(tp=True),
      "A routine payment-date change made for a partner: third_party, no dissatisfaction, not a complaint."),
    S("s053", "conexus", "Question about a line on my statement",
      "My statement for February shows a line 'TRF ADJ £12.50' that I don't recognise. I'm not disputing anything, "
      "I'd just like to understand what it is and whether it will appear again. Account {REF}.",
      L(),
      "Asks for a charge to be explained without challenging it: an enquiry, not a complaint (guide 4.1)."),
    S("s054", "conexus", "Statement of account for court",
      "I'm going through a divorce and the family court has asked us both to provide statements of our debts by 30 "
      "April. Could you send me a statement for account {REF} showing the current balance and the payments made "
      "over the last 12 months? A PDF by email is fine.",
      L(),
      "A routine statement needed for court is a service request, not a complaint; a balance statement is not a "
      "request for a copy of all the data held, so no right."),
    S("s055", "conexus", "Payment now showing - thanks",
      "Yesterday I emailed because my card payment hadn't appeared on my online account. It's showing this morning "
      "and the balance is right, so please ignore my earlier email. Thanks to the lady on the phone who explained "
      "it can take a day.",
      L(),
      "A problem reported as already resolved, with thanks: not a complaint (guide 4.5)."),
    S("s056", "conexus", "Feedback - no need to reply",
      "No need to reply to this. I just wanted to say that Ola, who I spoke to on Tuesday, was very patient and "
      "explained my options clearly. One suggestion: it would be handy to get a text confirming each payment, rather "
      "than waiting for the monthly letter.",
      L(),
      "Praise and a suggestion with 'no need to reply': not a complaint."),
    S("s057", "conexus", "Copy of my information - account {REF}",
      "I have an appointment with a debt adviser next month and she has suggested I get my records together. "
      "[[access|Please send me a copy of all the personal information you hold about me, including letters, account "
      "notes and any call recordings.]] I'm happy to confirm my identity however you need.",
      L(r="access"),
      "An access request with no dissatisfaction: rights=access, not a complaint; mentioning an adviser is not "
      "third_party (guide 4.15)."),
    S("s058", "conexus", "Closed account - my details",
      "My account with you was paid off and closed in March 2024 and I have the closure letter. [[erasure|Now that "
      "it's closed, please delete the personal information you hold about me that you no longer need.]] If you have "
      "to keep some records by law, that's fine.",
      L(r="erasure"),
      "An erasure request after a closed account, with no grievance: rights=erasure, not a complaint."),
    S("s059", "conexus", "Letter about a Lumen Water account",
      "I've received your letter about a Lumen Water balance for my old flat. I'm happy to sort it out and will call "
      "this week to arrange payment. [[informed|Before I do, could you tell me where you got my current address and "
      "what you use my information for?]] [[objection|I object to my details being used for any marketing.]]",
      L(r="informed,objection"),
      "Rights (informed, objection) asked calmly with no dissatisfaction: not a complaint, so no firm even though a "
      "directory creditor is named."),
    S("s060", "conexus", "Payment history for my mother, account {REF}",
      "I hold a lasting power of attorney for my mother, Mrs Eileen {SUR}, and help her manage her bills; a copy of "
      "the LPA is attached. [[portability|Please send her payment history on this account as a CSV or spreadsheet "
      "file, so I can load it into the budgeting app we use for her.]] Everything has been fine with the account; "
      "this is just for our records.",
      L(tp=True, r="portability"),
      "A portability request made by an attorney for a parent (third_party), no dissatisfaction: not a complaint."),
]

SCENARIOS = PEXA_COMPLAINTS + PEXA_NEAR + CONEXUS_COMPLAINTS + CONEXUS_NEAR


# ---------------------------------------------------------------------------------------------
# rendering


def person(rng, sc):
    """(first, last, address) for one rendering: draws first, last, the address form and its domain."""
    firsts, lasts = POOLS[sc["pool"]]
    first, last = rng.choice(firsts), rng.choice(lasts)
    form = rng.randrange(4)
    f, l_ = first.lower(), last.lower().replace(" ", "")
    if sc["work"]:
        local = (f"{f}.{l_}", f"{f[0]}{l_}", f"{f}", f"{f[0]}.{l_}")[form]
        dom = rng.choice(WORK_DOMAINS)
    else:
        local = (f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}{l_}", f"{l_}.{f}")[form]
        dom = rng.choice(HOME_DOMAINS)
    return first, last, f"{local}@{dom}"


def refs(rng, mailbox):
    """The placeholders of one rendering: account/workspace reference, user id, mobile number."""
    return {"{REF}": f"CX-{rng.randrange(1000000, 9999999)}" if mailbox == "conexus"
            else f"PX-{rng.randrange(100000, 999999)}",
            "{WS}": f"31-{rng.randrange(10000, 99999)}",
            "{UID}": f"U{rng.randrange(100000, 999999)}",
            "{PHONE}": f"07700 900{rng.randrange(100, 999)}"}


def fill(text, values):
    for k, v in values.items():
        text = text.replace(k, v)
    return text


def choose_envs(rng, sc):
    """The two different envelopes of a scenario."""
    if sc["subject_only"]:
        envs = ["subject_only", "subject_phone"]
        rng.shuffle(envs)
        return envs
    cands = list(ENVS_BODY) + (["short"] if sc["short"] else [])
    if sc["quote"]:
        return ["reply", rng.choice([e for e in cands if e not in ("reply", "html_reply")])]
    return rng.sample(cands, 2)


def render(rng, sc, env):
    mb = sc["mailbox"]
    first, last, addr = person(rng, sc)
    full = f"{first} {last}"
    values = refs(rng, mb)
    values["{SUR}"] = last
    subject = fill(sc["subject"], values)
    text = fill(sc["short"] if env == "short" else sc["text"], values)
    if env == "typo":
        text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.35)
    marks = rights_marks_of(text)
    plain = strip_marks(text, MARK_RIGHTS)
    quote = None
    html = env in ("html", "html_reply")

    if env == "subject_only":
        body = ""
    elif env == "subject_phone":
        body = rng.choice(PHONE_SIGS)
    elif env == "phone":
        greet = rng.choice(("", "Hi", "Hello"))
        body = (greet + "\n\n" if greet else "") + plain + "\n\n" + first + "\n\n" + rng.choice(PHONE_SIGS)
    elif env == "webform":
        ref_line = ("Account reference: " + values["{REF}"]) if mb == "conexus" else \
            ("Workspace or user reference: " + (values["{UID}"] if sc["work"] else values["{WS}"]))
        intro = rng.choice(("I'm sending this by email as well as through the contact form on your website, just "
                            "in case:", "Copy of what I entered in your website's contact form:",
                            "Pasting below what I typed into your online form, in case it is easier to deal with by "
                            "email."))
        body = (f"{intro}\n\nName: {full}\nEmail: {addr}\nPhone: {values['{PHONE}']}\n{ref_line}\nMessage:\n"
                f"{plain}")
    else:
        greet = rng.choice(GREETINGS[mb])
        sign = rng.choice(SIGNOFFS).format(full=full, first=first, initial=last[0])
        if mb == "conexus" and values["{REF}"] not in plain and rng.random() < 0.5:
            sign += "\nRef: " + values["{REF}"]
        body = (greet + "\n\n" if greet else "") + plain + "\n\n" + sign
        if env in ("reply", "html_reply"):
            quote = sc["quote"] or rng.choice(QUOTES[mb])
    sender_name = full if rng.random() < 0.85 else first
    return finish_marked_record(
        rng, mailbox=mb, sender=f"{sender_name} <{addr}>", subject=subject, body=body, html=html, quote=quote,
        subject_marks=[], body_marks=marks, labels=sc["labels"], note=sc["note"], source=f"{PREFIX}-{sc['id']}",
        env=env)


def build(rng):
    assert len(SCENARIOS) == 60 and len({s["id"] for s in SCENARIOS}) == 60
    records = []
    for sc in SCENARIOS:
        lab_rights = set(sc["labels"]["rights"])
        for t in (sc["text"], sc["short"] or sc["text"]):
            assert {r for r, _ in rights_marks_of(t)} == lab_rights, sc["id"]
        for env in choose_envs(rng, sc):
            rec = render(rng, sc, env)
            # the quoted history (header line included) must lie wholly outside the labelled new text
            assert "wrote:" not in new_text(rec), (sc["id"], env)
            records.append(rec)
    return records


def summary(records, env_count):
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r)
    labs = [r["labels"] for r in records]
    comp = [l for l in labs if l["complaint"]]
    sc_comp = [r["labels"] for r in by_src.values() if r["labels"]["complaint"]]
    lines = [
        f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(by_src)} scenarios",
        f"scenarios: {len(sc_comp)} complaints ({sum(l['explicit'] for l in sc_comp)} explicit), "
        f"{len(by_src) - len(sc_comp)} near misses; per mailbox "
        f"{dict(collections.Counter(r['mailbox'] for r in by_src.values()))}",
        f"emails: {len(comp)} complaints ({sum(l['explicit'] for l in comp)} explicit), "
        f"{len(labs) - len(comp)} not complaints; html {sum(r['html'] for r in records)}",
        "categories (emails): " + ", ".join(f"{c} {n}" for c in CATEGORIES
                                            if (n := sum(l['category'] == c for l in labs))),
        "rights (emails): " + ", ".join(f"{x} {n}" for x in RIGHTS if (n := sum(x in l['rights'] for l in labs)))
        + f"; with a right {sum(bool(l['rights']) for l in labs)} "
          f"({sum(bool(l['rights']) and l['complaint'] for l in labs)} in complaints)",
        f"third_party {sum(l['third_party'] for l in labs)}, personal_data {sum(l['personal_data'] for l in labs)}, "
        f"breach {sum(l['breach'] for l in labs)}; about_other_firm "
        + str(dict(sorted(collections.Counter(l['about_other_firm'] for l in labs if l['about_other_firm']).items()))),
        "envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())),
    ]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors, train_labels=["complaint"])


if __name__ == "__main__":
    sys.exit(main())
