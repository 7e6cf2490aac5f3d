#!/usr/bin/env python3
"""Evaluation set footer_judge_b: mail whose END carries bulk-mail style lines ("You are receiving this email
because ...", "To unsubscribe ...", "Manage your preferences", "To stop receiving these emails ...", "View in
browser") and whether such lines decide who wrote it.

* Group P (ftb-P01..P30): written by a person. The footer-like lines are their firm's or charity's signature
  disclaimer, the tail of a newsletter or notice they pasted or forwarded below their own words, or a
  mailing-list footer their mail program added. Labels follow what the person wrote.
* Group M (ftb-M01..M30): machine-made (newsletters, bulletins, marketing, portal and system notices,
  autoresponders), most without an automatic header, ending with such a footer; many speak of data rights as
  information or marketing. auto_generated=true and nothing else.

Every scenario is rendered twice with different envelopes. Stdlib only; deterministic for SEED.
Usage: python data/make/make_footer_judge_b.py
"""
import os
import sys
import textwrap
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281010
PREFIX = "ftb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "footer_judge_b.jsonl")


def T(s):
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------------------------
# envelope pools (all people invented)

FIRST = ["Aisha", "Bronwen", "Callum", "Dimitri", "Esme", "Farhan", "Gwen", "Hamish", "Ines", "Jonah", "Keziah",
         "Lorcan", "Marisol", "Nikhil", "Orla", "Piotr", "Rhiannon", "Saoirse", "Tobias", "Ugo", "Verity", "Wilf",
         "Yasmin", "Zainab", "Cormac", "Delphine", "Emeka", "Freya", "Guy", "Halima", "Tamsin", "Bartosz"]
LAST = ["Abernethy", "Bellweather", "Castellan", "Drummond", "Eastgate", "Fairbairn", "Goodhew", "Hartigan", "Ilori",
        "Jessop", "Kettering", "Lomax", "Mcardle", "Nwachukwu", "Okafor", "Pemberton", "Quayle", "Rasmussen",
        "Stroud", "Tillotson", "Umberley", "Varga", "Whitlock", "Yeardley", "Zelenko", "Brannigan", "Coutts",
        "Dunmore", "Everill", "Fothergill", "Penhaligon", "Sowerby"]
TITLES = ["Mr", "Mrs", "Ms", "Miss"]
FREE_MAIL = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

GREET = {"pexa": ["Hello,", "Dear PEXA team,", "Hi there,", "Good morning,", "To whom it may concern,",
                  "Dear Sir or Madam,"],
         "conexus": ["Dear Conexus,", "Hello,", "Dear Sir or Madam,", "Hi,", "Good afternoon,",
                     "To the customer team,"]}
SIGNOFF = ["Kind regards", "Regards", "Thanks", "Many thanks", "Best wishes", "Thank you", "Yours faithfully"]

# the firm's earlier reply for the "reply" envelopes of group P: (header line, text); {first} is the writer,
# {qdate} a date, {ref} is filled by finish_marked_record
P_QUOTES = {
    "pexa": [
        ("On {qdate}, PEXA Customer Support <support@pexa.co.uk> wrote:",
         "Dear {first},\n\nThank you for your email. We have logged it under reference PX-{ref} and a member of "
         "the team will come back to you within five business days.\n\nKind regards\nPEXA Customer Support"),
        ("On {qdate}, PEXA Service Desk <servicedesk@pexa.co.uk> wrote:",
         "Hello {first},\n\nThanks for getting in touch. Could you reply with the full details, including any "
         "workspace numbers, so that we can pass this to the right team? Your ticket number is {ref}.\n\n"
         "PEXA Service Desk"),
    ],
    "conexus": [
        ("On {qdate}, Conexus Customer Care <care@conexus.co.uk> wrote:",
         "Dear {first},\n\nThank you for contacting Conexus. Your message has been given reference {ref}. If you "
         "have any further information, please reply to this email and it will be added to your file.\n\n"
         "Conexus Customer Care"),
        ("On {qdate}, Conexus <enquiries@conexus.co.uk> wrote:",
         "Dear {first},\n\nWe have received your email and will respond within five working days. Please quote "
         "reference {ref} in any further correspondence.\n\nRegards\nConexus"),
    ],
}


# ---------------------------------------------------------------------------------------------
# group P: written by a person
#
# keys: id, mailbox, lab (short_labels), note, domain ("free" or a domain), subjects, core (new text with
# [[right|sentence]] marks), sig (lines under the sign-off; {name}), footer (the bulk-style lines at the end),
# short (optional shorter core), subject_only (optional subject whose body is just the signature block)

P = [
    dict(id="P01", future=True, mailbox="pexa", domain="ridgewayholt.co.uk",
         lab=short_labels(r="portability,erasure"),
         note="A neutral request to export training records as a file for another system (portability) and then "
              "delete the account (erasure), with no dissatisfaction, is not a complaint; the firm's 'you are "
              "receiving this email' disclaimer under her signature does not make a person's mail auto_generated.",
         subjects=["My PEXA user account - leaving Ridgeway Holt", "Closing my PEXA login and my training records"],
         core=T("""
            I'm a paralegal at Ridgeway Holt and my last day is {d1}. I'm moving to an in-house legal team that doesn't use the platform, so I won't need my PEXA login after that.

            Before it goes, [[portability|please could you send me my training and certification history as a CSV or JSON file that I can upload to my new employer's learning system?]] I completed the settlement and lodgement modules last year and would rather not sit them again elsewhere.

            [[erasure|Once the file has reached me, please delete my user account and the personal details attached to it.]] If there is anything you have to keep for the firm's audit trail, just let me know what it is.

            Nothing is wrong, I just want to tidy things up before I leave.
         """),
         short=T("""
            My last day at Ridgeway Holt is {d1}. [[portability|Could you send my training history as a CSV file so I can load it into my new employer's system?]] [[erasure|After that, please delete my PEXA user account and personal details.]]
         """),
         sig="{name}\nParalegal | Ridgeway Holt LLP | 14 Carver Street, Sheffield",
         footer=T("""
            Ridgeway Holt LLP is authorised and regulated by the Solicitors Regulation Authority.
            You are receiving this email because you are a client or business contact of Ridgeway Holt LLP. If you no longer wish to hear from us, reply to this email with UNSUBSCRIBE in the subject line.
         """)),
    dict(id="P02", mailbox="pexa", domain="heathcotebank.co.uk",
         lab=short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
         note="Out-of-date personal details still shown in the participant directory, chased twice and causing "
              "calls, is an implicit complaint about inaccurate data (personal_data, category personal_data, no "
              "breach); 'correct my entry' = rectification and 'take the mobile off until then' = restriction.",
         subjects=["User directory still shows my old details", "Wrong details on my PEXA directory entry"],
         core=T("""
            I moved from the mortgage completions team to the redemptions team at Heathcote Bank in {month}, and the PEXA participant directory still lists me under completions with my old personal mobile number. Two solicitors' firms rang that mobile last week, one of them at 8pm, about a workspace I have nothing to do with any more. I changed this in my profile settings weeks ago but the directory hasn't picked it up, and this is the second time I've had to chase it.

            [[rectification|Please correct my directory entry so it shows the redemptions team and the desk number 0113 496 0287 instead of the mobile.]] [[restriction|Until that correction has actually gone through, please take my mobile number off the directory altogether so nobody else can see it.]]

            I'd like a reply confirming when it's done.
         """),
         sig="{name}\nRedemptions Team | Heathcote Bank",
         footer=T("""
            Heathcote Bank plc. Registered office: 1 Market Square, Leeds LS1 6DB.
            You are receiving this email because you are a customer or business contact of Heathcote Bank. To stop receiving marketing from us, manage your preferences at www.heathcotebank.co.uk/preferences.
         """)),
    dict(id="P03", mailbox="pexa", domain="free",
         lab=short_labels(c=True, cat="delay", firm="mpc"),
         note="A buyer's grievance is purely with his conveyancer (Marsh and Penrose, 'M&P Conveyancing') missing "
              "exchange and not replying, so it is a complaint to forward (about_other_firm=mpc, delay); the "
              "mailing-list footer his mail program added does not make his own words machine-made.",
         subjects=["Exchange delayed - can't get hold of my conveyancer", "Plot 27 Larkspur Meadows - no reply from conveyancer"],
         core=T("""
            I'm buying plot 27 on the Larkspur Meadows development and my conveyancer is Marsh and Penrose in Exeter. We were told exchange would happen on {d1}. It didn't, and since then I've left four voicemails and sent three emails to the fee earner without a single reply. The developer is now threatening to release the plot to another buyer if we don't exchange within ten days.

            I understand they use your system for the purchase. Please make sure this reaches someone at Marsh and Penrose who can actually tell me what is holding things up, because I can't get anyone there to answer.
         """),
         short=T("""
            My conveyancer, M&P Conveyancing, missed our exchange date of {d1} and hasn't answered four voicemails or three emails. The developer may pull the plot. Please get this to someone there who will respond.
         """),
         sig="{name}",
         footer=T("""
            --
            Sent via the Larkspur Meadows Buyers group.
            You are receiving this email because you are a member of the Larkspur Meadows Buyers mailing list. To unsubscribe, email larkspur-buyers-leave@groupmail.org.uk or manage your preferences at www.groupmail.org.uk/larkspur.
         """)),
    dict(id="P04", mailbox="pexa", domain="ashdownreeve.co.uk",
         lab=short_labels(),
         note="A neutral question about when platform fee invoices are issued is an enquiry; 'download them all' "
              "means invoices, not a data right, and the 'manage your preferences' lines are the firm's signature.",
         subjects=["Question about platform fee invoices", "When are workspace fee invoices issued?"],
         core=T("""
            A quick question from our accounts side. Are the platform fee invoices for each workspace issued when the workspace settles, or as a single monthly statement? Our new cashier wants to match them against client ledgers and I couldn't find the answer in the help centre.

            If there's a way to download them all for a month in one go, that would be handy to know too.
         """),
         sig="{name}\nCashroom Supervisor, Ashdown Reeve Conveyancing",
         footer=T("""
            Ashdown Reeve Conveyancing Ltd, registered in England no. 08812264.
            You are receiving this email because you are a client of Ashdown Reeve Conveyancing or have asked us to keep in touch. Read our privacy notice at www.ashdownreeve.co.uk/privacy. Manage your preferences or unsubscribe at any time.
         """)),
    dict(id="P05", mailbox="pexa", domain="greyfriarslaw.co.uk",
         lab=short_labels(c=True, ex=True, cat="platform_defect"),
         note="A partner calls the failed settlement a formal complaint (explicit) about a platform error "
              "(platform_defect); Greyfriars Law is the complainant, not the subject, so about_other_firm=null, and "
              "staff writing for their own firm are not third_party.",
         subjects=["Formal complaint - failed settlement on workspace {ws}", "Complaint: settlement failure on {d1}"],
         core=T("""
            I am writing to make a formal complaint on behalf of Greyfriars Law about the failure of settlement on workspace {ws} on {d1}. The workspace showed as ready at 11:40, the funds were in place, and at 12:15 the platform returned a 'settlement service unavailable' error which it kept showing until after 4pm. Our clients, a couple buying their first home, could not complete and had to spend the night in a hotel with their removal van parked outside.

            This is the second outage to hit one of our completions this quarter. I expect a written explanation of what failed, what you have done to stop it recurring, and your proposal for meeting the costs our clients and this firm have incurred.
         """),
         sig="{name}\nPartner, Residential Property\nGreyfriars Law LLP",
         footer=T("""
            Greyfriars Law LLP is a limited liability partnership registered in Scotland.
            You are receiving this email because you are a client or contact of Greyfriars Law. If you would prefer not to receive our legal updates and event invitations, click unsubscribe or email preferences@greyfriarslaw.co.uk.
         """)),
    dict(id="P06", mailbox="pexa", domain="brightwaterpantry.org.uk",
         lab=short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
         note="Marketing texts to a personal number she never gave PEXA are data used unexpectedly, and she "
              "wants a proper answer: implicit complaint, personal_data; 'where did you get it, what for, on what "
              "basis' = informed, 'I object to marketing' = objection; the charity's STOP footer is her signature.",
         subjects=["Why do you have my personal mobile number?", "Marketing texts to my personal phone"],
         core=T("""
            Since {d1} I have had three text messages on my personal mobile advertising PEXA webinars. I attended one PEXA training session two years ago through my previous employer, using my work email, and I have never given PEXA my personal number. I'm not happy that it has turned up on your marketing list.

            [[informed|Please tell me where you obtained my mobile number, what you are using it for and on what legal basis.]] [[objection|I object to my details being used for any marketing, by text or by email.]]

            I'd appreciate a proper answer rather than a link to your privacy policy.
         """),
         sig="{name}\nVolunteer Coordinator, Brightwater Community Pantry",
         footer=T("""
            Brightwater Community Pantry is a registered charity (no. 1187442).
            You are receiving this email because you have volunteered with or donated to Brightwater Community Pantry. To stop receiving these emails, reply with STOP.
         """)),
    dict(id="P07", mailbox="pexa", domain="kembleandco.co.uk",
         lab=short_labels(c=True, r="automated_decision,access", cat="onboarding"),
         note="An automatically declined application with harm (turning clients away) is an implicit onboarding "
              "complaint; a person instead of the automated check = automated_decision and a copy of the data it "
              "used = access, but the grievance is onboarding, so personal_data=false.",
         subjects=["Application to join PEXA declined", "Sole practitioner application - identity check"],
         core=T("""
            I applied on {d1} to join PEXA as a sole practitioner (Kemble and Co, SRA number 6120458). Yesterday I received an email saying my application had been declined because my identity verification 'did not meet the required threshold', with no further detail and no name to contact. I have been practising for nineteen years and passed the same checks with my bank and the SRA without any difficulty, so I can only assume the automated check mismatched something.

            [[automated_decision|I would like a member of your onboarding team, not the automated system, to look at my application again and make the decision.]] [[access|Please also send me a copy of the information about me that the verification check relied on, so I can see what was wrong.]]

            In the meantime I am having to turn away clients whose lenders use the platform.
         """),
         sig="{name}\nKemble and Co Solicitors",
         footer=T("""
            You are receiving this email because you are a client or professional contact of Kemble and Co. If you would rather not hear from us, reply REMOVE and we will take you off our list.
         """)),
    dict(id="P08", future=True, mailbox="pexa", domain="free",
         lab=short_labels(c=True, cat="fees_charges", firm="tvm"),
         note="A borrower objects to a late fee added by her lender (Thames Valley Mortgages, also shown by the "
              "pasted footer of its email) and asks for it to be passed on: complaint purely about the participant "
              "firm, about_other_firm=tvm, fees_charges; the pasted 'manage your preferences' tail is context.",
         subjects=["Fee added to my completion statement", "Remortgage - unexpected fee two days before completion"],
         core=T("""
            My remortgage with Thames Valley completes on {d1} and the completion statement I received yesterday has a £{amt} 'funds release fee' on it that was never in my offer or in anything I was sent before. When I rang them I was told it is standard and can't be removed. I'm not paying a charge that nobody mentioned until two days before completion.

            I was told to contact you because the completion runs through your platform. Please pass this to whoever deals with it at Thames Valley Mortgages and ask them to take the fee off.
         """),
         sig="{name}",
         footer=T("""
            This is the bottom of the email they sent with the statement:

            Your completion statement is attached. Please check it carefully and contact your adviser if anything is unclear.
            You are receiving this email because you have a mortgage application with Thames Valley Mortgages. Manage your preferences | Unsubscribe | Privacy
            Thames Valley Mortgages Ltd, Reading
         """)),
    dict(id="P09", mailbox="pexa", domain="kestrelbs.co.uk",
         lab=short_labels(r="access"),
         note="A user's request for a copy of the personal data held on her, expressly with no problem behind it, "
              "is access without a complaint; the building society's 'to stop receiving these emails' disclaimer "
              "is her signature, not a sign of machine mail.",
         subjects=["Copy of my user data", "Request for my personal data - PEXA user"],
         core=T("""
            I'm preparing for my annual compliance review at Kestrel and I've been asked to check my own user record on the platforms I use. [[access|Could you send me a copy of the personal data PEXA holds about me as a user, including my profile, my login history and any notes from calls I've made to the support desk?]]

            Email to this address is fine. There's no problem behind this, it's just for my own file.
         """),
         subject_only="[[access|Please send me a copy of the personal data you hold about me as a PEXA user]]",
         sig="{name}\nCompletions Officer, Kestrel Building Society",
         footer=T("""
            Kestrel Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
            You are receiving this email because you are a member or business contact of Kestrel Building Society. To stop receiving these emails, update your preferences at www.kestrelbs.co.uk/preferences.
         """)),
    dict(id="P10", mailbox="pexa", domain="orchardlanesolicitors.co.uk",
         lab=short_labels(c=True, cat="usability"),
         note="Screens that work but hide the cut-off, causing missed slots and a request for a fix or reason, "
              "are an implicit usability complaint ('nothing is broken as such'); OLS is the complainant, so "
              "about_other_firm=null, and its 'reply STOP' bulletin footer is only its signature.",
         subjects=["Cut-off time moved off the workspace summary", "New workspace screens - settlement cut-off"],
         core=T("""
            Since the workspace screens were updated on {d1}, the settlement cut-off time no longer appears on the main workspace page. You have to open the financial settlement tab and scroll past the whole funds schedule to find it. Twice this week one of our assistants missed it and booked a settlement slot that turned out to be past the cut-off, which meant ringing the other side and the lender to rearrange.

            Nothing is broken as such, it's just much harder to see what matters. Can someone tell me whether the cut-off can be put back on the summary page, and if not, why it was moved?
         """),
         sig="{name}\nSenior Property Assistant\nOrchard Lane Solicitors, Stockport",
         footer=T("""
            Orchard Lane Solicitors is authorised and regulated by the Solicitors Regulation Authority.
            You are receiving this email because you are a client or contact of Orchard Lane Solicitors. To unsubscribe from our property bulletins, reply STOP. View our privacy notice online.
         """)),
    dict(id="P11", mailbox="pexa", domain="pryorvance.co.uk",
         lab=short_labels(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
         note="Her passport and utility-bill scans were emailed by PEXA support to another firm: an explicit "
              "complaint about a breach (personal_data, breach, category personal_data); 'delete the copies once "
              "verified' = erasure, while 'she has deleted them' is not a request.",
         subjects=["Complaint - my ID documents sent to another firm", "My passport scan was emailed to the wrong person"],
         core=T("""
            I want to make a complaint about how my identity documents were handled. As part of adding me as a new user at Pryor Vance, I uploaded a scan of my passport and a utility bill to your support team on {d1}. This morning a conveyancer at a completely different firm phoned me to say your support desk had emailed those scans to her by mistake, attached to a reply about her own user set-up.

            She says she has deleted them, but my passport number, date of birth and home address have been sent to a stranger and I only know because she was decent enough to tell me. Please explain how this happened and what you are doing about it. [[erasure|Once my verification is complete, please delete the copies of my passport and utility bill from your systems.]]
         """),
         sig="{name}\nTrainee Solicitor, Pryor Vance LLP",
         footer=T("""
            This email is confidential and may be legally privileged.
            You are receiving this email because you are a client of Pryor Vance LLP or have asked to hear from us. If you no longer wish to hear from us, please let us know at unsubscribe@pryorvance.co.uk.
         """)),
    dict(id="P12", mailbox="pexa", domain="homesteadadvice.org.uk",
         lab=short_labels(c=True, tp=True, cat="service_quality", firm="unknown"),
         note="A housing adviser writes for a client (third_party) about her conveyancer's careless, curt "
              "handling; the conveyancer is not in the directory, so about_other_firm=unknown, service_quality; "
              "the charity's unsubscribe footer is the adviser's signature.",
         subjects=["Client's conveyancer - please forward", "On behalf of {cname_f}: conveyancer not dealing with her purchase"],
         core=T("""
            I'm a housing adviser at Homestead Advice Trust and I'm writing on behalf of our client, {cname_f}, who is buying a shared-ownership flat. She has given me permission to contact you. Her conveyancer, Cartwright Lyle Conveyancing, has asked her three times for the same proof of funds, has lost the signed contract she posted back, and the fee earner was short with her on the phone when she asked what was happening. She is 71 and finds all of this very stressful.

            We understand PEXA cannot deal with this itself, but we were told you would pass it to the firm. Please send it to Cartwright Lyle and let me know once you have.
         """),
         sig="{name}\nHousing Adviser, Homestead Advice Trust",
         footer=T("""
            Homestead Advice Trust is a registered charity in England and Wales (no. 1093318).
            You are receiving this email because you have been in touch with Homestead Advice Trust. If you no longer wish to receive emails from us, reply with 'unsubscribe' and we will remove you.
         """)),
    dict(id="P13", future=True, mailbox="pexa", domain="daubneyfirth.co.uk",
         lab=short_labels(),
         note="A person's neutral question about a webinar recording, with the forwarded newsletter's 'view in "
              "browser / unsubscribe' tail below it, is an enquiry written by a person, not a newsletter.",
         subjects=["Fwd: PEXA Insights - webinar question", "Is the remortgage webinar being recorded?"],
         core=T("""
            I've forwarded the end of the latest newsletter below. It mentions a webinar on {d1} about the new remortgage workspace. Is it going to be recorded? Two of us are in a completion that afternoon and would like to catch up later.
         """),
         sig="{name}\nConveyancing Executive, Daubney Firth Solicitors",
         footer=T("""
            ---------- Forwarded message ---------
            From: PEXA Insights <insights@pexa.co.uk>
            Subject: PEXA Insights - webinar invitation

            Join us on {d1} for a 45-minute walkthrough of the remortgage workspace, with time for questions at the end. Places are limited.

            View in browser
            You are receiving this email because you subscribed to PEXA Insights. To stop receiving these emails, unsubscribe here. Manage your preferences.
         """)),
    dict(id="P14", mailbox="pexa", domain="free",
         lab=short_labels(c=True, pd=True, r="objection,erasure", cat="personal_data"),
         note="Marketing that keeps coming after two unsubscribes, with confirmation demanded, is an implicit "
              "complaint about data use (personal_data); 'I object to marketing' = objection and 'delete my old "
              "account' = erasure; the pasted newsletter footer only shows what she received.",
         subjects=["Still getting PEXA Academy emails", "Please stop the Academy emails and close my old account"],
         core=T("""
            I left the conveyancing profession in {year} and unsubscribed from PEXA Academy emails that spring, and again last autumn. They are still arriving, the latest on {d1}. Clicking the unsubscribe link takes me to a login page for an account I no longer have, so there is no way to stop them from my end.

            [[objection|I object to you using my details for marketing of any kind.]] [[erasure|Please delete my old user account and remove my email address from all of your mailing lists.]] I'd like written confirmation that this has been done.
         """),
         sig="{name}",
         footer=T("""
            This is what the bottom of every one of them says:

            You are receiving this email because you are registered with PEXA Academy.
            To stop receiving these emails, click Unsubscribe or manage your preferences in your PEXA account.
         """)),
    dict(id="P15", mailbox="pexa", domain="beaconhomefinance.co.uk",
         lab=short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
         note="An audit trail that wrongly names her as the signer is inaccurate personal data with harm (an "
              "internal audit query): implicit complaint, personal_data; 'correct the record' = rectification and "
              "'don't release it with my name meanwhile' = restriction; Beacon is her employer, not the subject.",
         subjects=["Audit trail wrongly shows me as signer - workspace {ws}", "Incorrect user on workspace {ws} audit log"],
         core=T("""
            The audit trail on workspace {ws} records me as the person who signed the funds authority on {d1}. It wasn't me: I was on annual leave that whole week, which our HR system will confirm, and I can only think a colleague's action was logged against my user ID. Our internal audit team has now asked me to explain a signing I never did.

            [[rectification|Please correct the audit record so that the signing is attributed to the user who actually carried it out.]] [[restriction|While you look into it, please don't release that audit entry with my name on it to anyone, including our audit team.]] I'd also like to know how this could happen.
         """),
         sig="{name}\nCompletions Processor, Beacon Home Finance",
         footer=T("""
            Beacon Home Finance Ltd is authorised and regulated by the Financial Conduct Authority.
            You are receiving this email because you are a customer or business partner of Beacon Home Finance. To stop receiving updates from us, manage your preferences at www.beaconhomefinance.co.uk/preferences.
         """)),
    # ----------------------------------------------------------------------------------------- conexus
    dict(id="P16", mailbox="conexus", domain="rowantreehousing.org.uk",
         lab=short_labels(c=True, pd=True, br=True, r="rectification,access", cat="personal_data"),
         note="A letter with his account and balance went to his old address and was opened by the new tenants "
              "after he gave a new address: implicit complaint, breach and personal_data; 'update my address' = "
              "rectification and 'a copy of all the information you hold' = access; the employer footer is his work signature.",
         subjects=["Letter sent to my old address", "Account {cx} - wrong address again"],
         core=T("""
            I moved out of 14 Ferndale Road in {month} and told your agent on the phone at the time. On {d1} my old neighbour rang to say a letter from you had arrived there with my name, my account number and the balance of £{amt} printed on it, and the new tenants had opened it. That is exactly what I asked you to avoid, and I want to know what you are doing about it.

            [[rectification|Please update my address to 3 Quarry Bank Cottages, Holmfirth HD9 2PL, and use only that from now on.]] [[access|I also want a copy of all the information you hold about me, including the notes from the call where I gave you my new address.]]

            Account {cx}.
         """),
         sig="{name}\nTenancy Sustainment Officer, Rowan Tree Housing",
         footer=T("""
            Rowan Tree Housing Association Ltd. Registered Society no. 30115R.
            You are receiving this email because you are a tenant, partner or contact of Rowan Tree Housing. If you no longer wish to hear from us, email privacy@rowantreehousing.org.uk.
         """)),
    dict(id="P17", mailbox="conexus", domain="northgatemoneyadvice.org.uk",
         lab=short_labels(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
         note="A money adviser makes a formal complaint for a client (explicit, third_party) about calls during "
              "Breathing Space (collection_conduct); 'stop all contact' is a conduct remedy, the recordings and "
              "notes request is access, and the grievance is not data handling, so personal_data=false.",
         subjects=["Formal complaint - contact during Breathing Space - {cx}", "Breathing Space breached: client {cname_m}"],
         core=T("""
            I am a debt adviser at Northgate Money Advice and I act for {cname_m} (your reference {cx}). I wish to make a formal complaint on his behalf. His Breathing Space started on {d1} and you were notified through the Insolvency Service the same day. Despite that, he has had five calls from your collections team since, including two on the same evening, and one of your agents told him the moratorium 'doesn't cover us'.

            Please stop all contact with him for the rest of the moratorium and explain how this happened. [[access|Under his authority, which is attached, please send me copies of the call recordings and the account notes for the period since {d1}.]]
         """),
         sig="{name}\nDebt Adviser, Northgate Money Advice",
         footer=T("""
            Northgate Money Advice is a registered charity (no. 1142207) and is authorised and regulated by the Financial Conduct Authority.
            You are receiving this email because you are in contact with Northgate Money Advice about a client. If you no longer wish to hear from us, let us know and we will update our records.
         """)),
    dict(id="P18", future=True, mailbox="conexus", domain="free",
         lab=short_labels(),
         note="A neutral question about paying by standing order is an enquiry; the pasted reminder's 'update "
              "your preferences in the portal' line is quoted context, not a rights request, and the writer is a person.",
         subjects=["Paying by standing order instead?", "Question about your payment reminder - {cx}"],
         core=T("""
            Your reminder below says I can change how I hear from you by updating my preferences in the portal, but I've never had a portal login. Can I just set up a standing order for £{amt2} a month from my bank instead of paying by card each time? If so, what reference should I use? Account {cx}.
         """),
         sig="{name}",
         footer=T("""
            This was at the bottom of your reminder email:

            Your next payment of £{amt2} is due on {d1}.
            You are receiving this email because you have an account with Conexus. To stop receiving payment reminders by email, log in to the customer portal and update your preferences.
         """)),
    dict(id="P19", mailbox="conexus", domain="staldricsprimary.org.uk",
         lab=short_labels(r="informed,objection"),
         note="Questions before paying, with 'I'm not unhappy', are not a complaint; 'where you got my details "
              "and what you use them for' = informed and 'I object to marketing' = objection; the school's "
              "'to stop receiving school updates' footer is her work signature.",
         subjects=["Before I pay - a question about my details", "Your letter ref {cx} - how my details are used"],
         core=T("""
            I've had a letter from you about an old catalogue account (your ref {cx}), which I'm arranging to pay. Before I do, two things. [[informed|Could you tell me where you got my details and what you use them for apart from collecting this balance?]] [[objection|I object to my information being used for marketing or passed to other companies for their offers.]]

            I'm not unhappy with how I've been dealt with, I just like to know.
         """),
         short=T("""
            Re your letter about {cx}: [[informed|Could you tell me where you got my details and what you use them for?]] [[objection|I object to my information being used for marketing.]] Not unhappy, just asking.
         """),
         sig="{name}\nSchool Business Manager, St Aldric's Primary School",
         footer=T("""
            St Aldric's Primary School, Moor Lane, Kendal.
            You are receiving this email because you are a parent, carer or partner of St Aldric's Primary School. To stop receiving school updates, please contact the school office.
         """)),
    dict(id="P20", mailbox="conexus", domain="free",
         lab=short_labels(c=True, cat="debt_dispute", firm="lwt"),
         note="The balance is for water used after he left, which only the creditor (Lumen, also shown by the "
              "pasted footer) can fix, so it is a debt_dispute complaint with about_other_firm=lwt; 'stop chasing "
              "me meanwhile' is a conduct remedy, not restriction.",
         subjects=["Water bill for a flat I'd left", "Not my debt - Lumen account after I moved out"],
         core=T("""
            You've written to me about £{amt} for a water account at 22 Calder Street. I moved out of that flat on {d1} and gave Lumen a meter reading and my forwarding address the same week. The balance is for the months after I left, when someone else lived there. I've tried to sort it out with Lumen twice and each time they say it's been passed to you.

            I'm not paying for water I didn't use. Please send this back to Lumen and get them to correct the account, and stop chasing me while they do.
         """),
         sig="{name}",
         footer=T("""
            Here is the end of the last email Lumen sent me, in case it helps:

            Your final bill is now available in your online account.
            You are receiving this email because you are, or have been, a Lumen Water customer. Manage your preferences | Unsubscribe | Privacy notice
         """)),
    dict(id="P21", mailbox="conexus", domain="free",
         lab=short_labels(c=True, r="automated_decision", cat="collection_conduct"),
         note="An affordable offer rejected by the website, with the higher payment insisted on, is an implicit "
              "complaint about how the debt is pursued (collection_conduct); 'a person, not the website, to decide' "
              "= automated_decision; the club mailing-list footer his mail program adds does not make it machine mail.",
         subjects=["Payment plan rejected by your website", "Offer of £{amt2} a month - need a person to look at it"],
         core=T("""
            I tried to set up a payment plan through your website on {d1} for account {cx}. I entered my income and outgoings honestly and offered £{amt2} a month, which is all I can spare after rent and childcare. The site rejected it straight away and said the minimum acceptable payment is £{amt3}. Nobody looked at my figures, and I can't pay that without falling behind on my rent.

            [[automated_decision|I want a person to look at my income and outgoings and decide on the plan, not the website.]] Until then I'll keep paying the £{amt2}.
         """),
         short=T("""
            Your website rejected my offer of £{amt2} a month on {cx} and wants £{amt3}, which I can't afford. [[automated_decision|I want a person to look at my figures and decide on the plan, not the website.]]
         """),
         sig="{name}",
         footer=T("""
            --
            You are receiving this email because you are subscribed to the Holbeck Wheelers club list. To unsubscribe or change how often you hear from us, visit www.holbeckwheelers.org.uk/list.
         """)),
    dict(id="P22", mailbox="conexus", domain="kirkbylifts.co.uk",
         lab=short_labels(tp=True, r="rectification,restriction"),
         note="A son writing for his father in hospital (third_party) asks, with no dissatisfaction, to correct "
              "the surname and phone number (rectification) and not to use the old landline meanwhile "
              "(restriction); his employer's newsletter footer is only his signature.",
         subjects=["My father's account {cx} - details to update", "Update to contact details for {cname_m}"],
         core=T("""
            I'm writing for my father, {cname_m}, who has account {cx} with you. He's been in hospital since {d1} and has asked me to deal with his post; his signed authority is attached. Two things need changing. [[rectification|Please correct his surname on your records, which has been misspelt on every letter since {month}, and change his phone number to 07700 900318, which is mine.]] [[restriction|Until that is done, please don't use the landline number you hold, as the house is empty and the line is being cut off.]]

            He is happy with the plan he's on and wants to keep paying it. Thanks for your help.
         """),
         sig="{name}\nService Engineer, Kirkby Lifts Ltd",
         footer=T("""
            Kirkby Lifts Ltd, Unit 4, Dockside Park, Hull HU1 2BQ.
            You are receiving this email because you are a customer or supplier of Kirkby Lifts. To stop receiving service newsletters, click unsubscribe or call 01482 496110.
         """)),
    dict(id="P23", mailbox="conexus", domain="crumbandco.co.uk",
         lab=short_labels(c=True, ex=True, cat="service_quality"),
         note="She complains in words about being passed between agents and spoken to rudely when asking for a "
              "paid-in-full letter: explicit complaint, service_quality (how she was served, not how a debt is "
              "pursued); her bakery's 'reply STOP / view in browser' footer is her own mail template.",
         subjects=["Complaint about my call on {d1}", "Paid in full letter - and a complaint"],
         core=T("""
            I want to complain about the way I was treated when I rang on {d1} to ask for a letter confirming that account {cx} has been paid in full. The first agent said he couldn't see the account and transferred me, and the second one told me to 'read my own paperwork' before putting me back to the first. When I asked for a manager I was told nobody was available.

            All I needed was a paid-in-full letter for my mortgage application. Please send it this week, and I'd like an apology for how I was spoken to.
         """),
         sig="{name} | Crumb and Co Bakery, 9 Market Row, Louth",
         footer=T("""
            You are receiving this email because you have ordered from Crumb and Co or signed up to our Friday bake list. To unsubscribe, reply STOP. View in browser.
         """)),
    dict(id="P24", mailbox="conexus", domain="free",
         lab=short_labels(r="portability"),
         note="A neutral request for his payment history as a CSV file to import into a budgeting app is "
              "portability without a complaint; the forwarded app email below (with its unsubscribe footer) is "
              "context, and mentioning his adviser does not make him third_party.",
         subjects=["Payment history as a CSV file please - {cx}", "Fwd: Getting your payments into PennyPlan"],
         core=T("""
            I've started using a budgeting app called PennyPlan with help from my debt adviser. [[portability|Could you send me my payment history for account {cx} as a CSV file so I can import it into the app?]] Their instructions are below in case it helps to see the format they take.
         """),
         sig="{name}",
         footer=T("""
            ---------- Forwarded message ---------
            From: PennyPlan <hello@pennyplan.app>
            Subject: Getting your payments into PennyPlan

            To import payments from a lender or collector, ask them for a CSV file with the date, amount and reference of each payment, then upload it in Accounts, then Import.

            You are receiving this email because you created a PennyPlan account. Manage your preferences | Unsubscribe | View in browser
         """)),
    dict(id="P25", mailbox="conexus", domain="meadowbankdebtadvice.org.uk",
         lab=short_labels(tp=True, r="erasure"),
         note="A volunteer adviser asks, for a client and expressly without upset, to delete data held on a "
              "closed account: erasure, third_party, not a complaint; Sterling Credit is only named as the "
              "creditor, and the charity's 'reply STOP / manage your preferences' footer is the adviser's signature.",
         subjects=["Closed account {cx} - request to delete client's data", "Client {cname_f}: deletion of old account data"],
         core=T("""
            I'm a volunteer adviser at Meadowbank Debt Advice. Our client {cname_f} cleared the account you were collecting for Sterling Credit Loans (your reference {cx}) in full in {year} and has the closing letter. She has recently been sent a general leaflet from you addressed to her old married name, which suggests you still hold her details.

            [[erasure|With her consent, attached, please delete the personal data you still hold on her for that closed account, unless there is a legal reason to keep it.]] If there is, please say what you are keeping and for how long.

            She isn't upset, she'd just like it tidied up.
         """),
         sig="{name}\nVolunteer Money Adviser, Meadowbank Debt Advice",
         footer=T("""
            Meadowbank Debt Advice is a registered charity (no. 1166520).
            You are receiving this email because you are in contact with Meadowbank Debt Advice. To stop receiving our quarterly newsletter, reply STOP or manage your preferences at www.meadowbankdebtadvice.org.uk/preferences.
         """)),
    dict(id="P26", mailbox="conexus", domain="fenbrooklogistics.co.uk",
         lab=short_labels(c=True, cat="debt_dispute", firm="pmt"),
         note="The amount chased is a termination charge the creditor (Pennant Mobile) agreed in writing to "
              "waive; only the creditor can fix that, so it is a debt_dispute complaint with about_other_firm=pmt; "
              "his employer's 'reply UNSUBSCRIBE' footer is his work signature.",
         subjects=["Charge Pennant agreed to waive", "Letter about £{amt} - this was cancelled"],
         core=T("""
            In {month} Pennant Mobile agreed in writing to waive the early termination charge on my contract after their network dropped out at my address for six weeks. Their email said the account would be closed with a zero balance. You are now writing to me for £{amt}, which is exactly that termination charge.

            Please check with Pennant and get them to honour what they agreed. I've attached their email. I'm not going to set up a payment for a charge they already cancelled.
         """),
         sig="{name}\nWarehouse Supervisor, Fenbrook Logistics",
         footer=T("""
            Fenbrook Logistics Ltd is registered in England and Wales, company no. 06294471.
            You are receiving this email because you are a customer or supplier of Fenbrook Logistics. If you no longer wish to receive our service updates, reply with UNSUBSCRIBE.
         """)),
    dict(id="P27", mailbox="conexus", domain="free",
         lab=short_labels(c=True, cat="wait_time"),
         note="Two long holds ending in a cut-off and 'lines closed', with a call-back demanded, are an implicit "
              "wait_time complaint; the tenants' list footer added to his mail does not make it machine-made.",
         subjects=["Can't get through on your payments line", "38 minutes on hold then cut off"],
         core=T("""
            Rang your payments line twice today to make a payment on {cx}. First time I was on hold for 38 minutes before it cut off, second time 25 minutes and then a message saying lines were closed. I've been trying to pay you! Can someone call me back on the number you have so I can pay, and sort out your phone line.
         """),
         short=T("""
            38 mins on hold then cut off, then 25 mins and 'lines closed'. Just trying to pay {cx}. Call me back please.
         """),
         sig="{name}",
         footer=T("""
            --
            Posted from the Harrow Fields Tenants' list.
            You are receiving this email because you joined the Harrow Fields Tenants' Association mailing list. To stop receiving these emails, send a blank message to harrowfields-off@tenantlists.org.uk.
         """)),
    dict(id="P28", mailbox="conexus", domain="marlowfinch.co.uk",
         lab=short_labels(c=True, pd=True, r="informed", cat="personal_data"),
         note="Being contacted about a debt at a work address he never gave is data obtained or used unexpectedly: "
              "implicit complaint, personal_data, no breach (nobody else is said to have seen it); 'how you got it "
              "and on what basis' = informed, 'post only' is a conduct remedy; the footer is his employer's.",
         subjects=["Why are you emailing my work address?", "Account {cx} - contact at my workplace"],
         core=T("""
            On {d1} I received an email from your collections team at this address, which is my work email. I have never given my work email to you or to the original lender, and I don't use it for anything personal. My manager has access to my inbox when I'm away, so I'm very uncomfortable about this.

            [[informed|Please tell me how you obtained this email address, who gave it to you, and on what basis you think you can use it to contact me about a debt.]] Please contact me only by post at my home address from now on.
         """),
         sig="{name}\nProcurement Officer, Marlow and Finch Engineering",
         footer=T("""
            Marlow and Finch Engineering Ltd.
            You are receiving this email because you are a customer, supplier or contact of Marlow and Finch. To stop receiving our news and offers, manage your preferences at www.marlowfinch.co.uk/preferences.
         """)),
    dict(id="P29", mailbox="conexus", domain="stbrannocks.org.uk",
         lab=short_labels(),
         note="Thanks for a resolved matter with 'no need to reply' is not a complaint even if a reply quote "
              "below mentions the account; the parish mailing-list footer is the writer's signature.",
         subjects=["Thank you - account now settled", "Thanks to your resolutions team"],
         core=T("""
            Just a quick note to say thank you to Danielle in your resolutions team. The letter confirming the account is settled arrived on {d1} and the interest that had been added has been taken off, so everything now matches what I paid. I'm very grateful for how quickly she sorted it.

            No need to reply.
         """),
         subject_only="Thank you - account {cx} now settled, no need to reply",
         sig="{name}\nParish Administrator, St Brannock's Church",
         footer=T("""
            St Brannock's Church, Church Lane, Barnstaple. Registered charity no. 1130947.
            You are receiving this email because you are on the St Brannock's parish mailing list or have contacted the parish office. To unsubscribe, reply with REMOVE.
         """)),
    dict(id="P30", mailbox="conexus", domain="hollinsdental.co.uk",
         lab=short_labels(c=True, pd=True, r="rectification,erasure", cat="personal_data"),
         note="Being recorded as jointly liable for her partner's loan is inaccurate personal data with worry "
              "and a written reply demanded: implicit complaint, personal_data; she writes about her own data "
              "(not third_party); 'correct your records' = rectification, 'delete my details' = erasure.",
         subjects=["I am not jointly liable for {cx}", "My name on my partner's account"],
         core=T("""
            Letters about my partner's account ({cx}) have started coming addressed to both of us, and the latest one on {d1} says I am 'jointly liable' for the balance. I'm not. The loan was taken out by him alone in {year}, three years before we met, and I've never signed anything to do with it. Seeing my name on a demand for someone else's debt is upsetting and I'm worried it will affect my credit file.

            [[rectification|Please correct your records to show that I have nothing to do with this account.]] [[erasure|Then delete my name and any other details of mine that you've added to his file.]] I'd like a written reply confirming both.
         """),
         sig="{name}\nPractice Manager, Hollins Dental Care",
         footer=T("""
            Hollins Dental Care, 41 Vicarage Road, Wakefield.
            You are receiving this email because you are a patient or contact of Hollins Dental Care. If you no longer wish to hear from us, reply STOP or call reception.
         """)),
]


# ---------------------------------------------------------------------------------------------
# group M: machine-made
#
# keys: id, mailbox, note, senders [(display, address)], subjects, greets, body ({greet} placeholder), short
# (optional), headers (optional, lower-case names), quote (optional (header, text) for autoresponders)

M = [
    dict(id="M01", mailbox="pexa", rights_talk=True,
         note="A subscription newsletter ('view in browser', 'you subscribed', unsubscribe) is auto_generated even "
              "without list headers; its article on clients' right to a copy of their data is information, not a request.",
         senders=[("The Conveyancing Digest", "news@conveyancingdigest.co.uk"),
                  ("Conveyancing Digest", "editor@mail.conveyancingdigest.co.uk")],
         subjects=["Remortgage boom, client data requests and more", "The Conveyancing Digest: {month} issue"],
         greets=["Hi there,", "Dear reader,", ""],
         body=T("""
            View in browser

            {greet}

            THE CONVEYANCING DIGEST | {month} issue

            1. Remortgage volumes up for the third month running
            Lenders report a busy spring as fixed rates taken out five years ago come to an end. We look at what it means for completion teams.

            2. Your clients' data: what they can ask for
            Buyers and sellers have the right to ask for a copy of the personal data you hold about them, and to have it corrected if it is wrong. Our guest writer explains how to log and answer these requests within the one-month deadline.

            3. Diary dates
            Residential Property Forum, Manchester, {d1}.

            You are receiving this email because you subscribed to The Conveyancing Digest at www.conveyancingdigest.co.uk.
            Unsubscribe | Manage your preferences | Privacy
         """),
         short=T("""
            View in browser

            This month: remortgage volumes, your clients' right to a copy of their data, diary dates.

            You are receiving this email because you subscribed to The Conveyancing Digest. Unsubscribe | Manage your preferences
         """)),
    dict(id="M02", mailbox="pexa", rights_talk=False,
         note="A practice-management tool's settlement notification ('automated notification', 'manage your "
              "preferences') is a system notice, auto_generated, with nothing else set.",
         senders=[("Lodgewise Notifications", "no-reply@lodgewise.co.uk"), ("Lodgewise", "alerts@lodgewise.co.uk")],
         subjects=["Workspace {ws} settled", "Settlement update: workspace {ws}"],
         greets=["Hello,", "Hi,", ""],
         body=T("""
            {greet}

            Workspace {ws} has been marked as settled in Lodgewise.
            Settlement time: 12:04, {d1}
            Matter: Purchase of 9 Tamarind Court

            No action is needed. The registration status will update automatically once the lodgement is accepted.

            This is an automated notification. Please do not reply to this email.
            You are receiving this email because notifications are switched on for your Lodgewise account. Manage your preferences in Settings, Notifications.
         """)),
    dict(id="M03", mailbox="pexa", rights_talk=True,
         note="Vendor marketing is auto_generated; 'we will delete your details after 24 months', 'ask us to "
              "correct them' and 'reply STOP' describe the sender's practices, not a request to the firm.",
         senders=[("ConveyPro", "hello@conveypro.co.uk"), ("Sam at ConveyPro", "sam@news.conveypro.co.uk")],
         subjects=["Stop re-keying client details", "Half-price ConveyPro for three months"],
         greets=["Hi there,", "Hello,", "Dear colleague,"],
         body=T("""
            {greet}

            Still re-keying the same client details into three different systems? ConveyPro Case Manager pulls workspace updates straight into your matter file, so your team only types things once.

            Book a 20-minute demo this month and get your first three months at half price.

            Book my demo: www.conveypro.co.uk/demo

            We hold your business contact details to send you product news. We will delete your details after 24 months if you don't open any of our emails, and you can ask us to correct them at any time.
            To stop marketing, reply STOP. To unsubscribe from all ConveyPro emails, click here. Manage your preferences.
         """)),
    dict(id="M04", mailbox="pexa", rights_talk=True,
         note="A CPD webinar listing is bulk marketing, auto_generated; its description of clients' rights to "
              "copies, correction and erasure is course content, so rights=[].",
         senders=[("Property CPD", "webinars@propertycpd.co.uk"), ("Property CPD Ltd", "events@propertycpd.co.uk")],
         subjects=["CPD webinar: handling data requests in a conveyancing practice", "Webinar {d1}: client data requests"],
         greets=["Dear colleague,", "Hello,", ""],
         body=T("""
            {greet}

            CPD WEBINAR: Handling data requests in a conveyancing practice
            {d1}, 12:30 to 13:30, online

            Clients have the right to ask you for a copy of their data, to have wrong details corrected and, in some cases, to have their data erased. This session walks through a model procedure, the one-month deadline and the exemptions for legal privilege.

            Register now: www.propertycpd.co.uk/webinars

            Property CPD Ltd
            You are receiving this email because you attended a Property CPD course or asked to receive our webinar listings. To unsubscribe, click here. Manage your preferences.
         """)),
    dict(id="M05", mailbox="pexa", rights_talk=True,
         note="A law firm's automatic acknowledgement (Auto-Submitted header, 'this is an automatic "
              "acknowledgement') is auto_generated; its line about answering data requests within a month is "
              "information, and the quoted PEXA message adds nothing.",
         senders=[("Halden Rowe Solicitors", "postcompletion@haldenrowe.co.uk"),
                  ("Post Completion - Halden Rowe", "postcompletion@haldenrowe.co.uk")],
         subjects=["RE: Workspace {ws} - lodgement requisition", "RE: Lodgement rejected - workspace {ws}"],
         greets=[""],
         headers={"auto-submitted": "auto-replied"},
         body=T("""
            Thank you for your email to Halden Rowe Solicitors. This is an automatic acknowledgement.

            Our post-completion team aims to reply within two working days. If your message relates to a completion taking place today, please call 0161 496 0550.

            If you are writing to ask for a copy of the personal data we hold about you, or to ask us to delete it, we will respond within one month.

            You are receiving this automated reply because you emailed postcompletion@haldenrowe.co.uk. Halden Rowe Solicitors is authorised and regulated by the Solicitors Regulation Authority.
         """),
         quote=("On {qdate}, PEXA Customer Support <support@pexa.co.uk> wrote:",
                "Dear colleague,\n\nWe are writing about workspace {ws}, which settled on {d1}. The lodgement was "
                "rejected and needs a corrected transfer. Our reference is {ref}.\n\nPEXA Customer Support")),
    dict(id="M06", mailbox="pexa", rights_talk=True,
         note="A survey invitation sent automatically after an order is auto_generated; 'your answers are kept "
              "for 12 months and then deleted' is a retention statement, not an erasure request.",
         senders=[("Ferncroft Searches", "feedback@ferncroftsearches.co.uk"),
                  ("Ferncroft Searches Feedback", "survey@ferncroftsearches.co.uk")],
         subjects=["How did we do?", "Tell us about your recent search order"],
         greets=["Hello,", "Dear customer,", "Hi,"],
         body=T("""
            {greet}

            Thank you for ordering searches from Ferncroft Searches on {d1}. We'd love to know how we did.

            How likely are you to recommend us to a colleague? Click a number from 0 to 10 to start the three-minute survey.

            Your answers are kept for 12 months and then deleted. You can ask us to remove your answers sooner by writing to privacy@ferncroftsearches.co.uk.

            You are receiving this email because you recently placed an order with Ferncroft Searches. To stop receiving survey invitations, click here. View in browser.
         """)),
    dict(id="M07", mailbox="pexa", rights_talk=False,
         note="A registry portal's status notification ('automated message, do not reply', notification "
              "settings) is a system notice: auto_generated and nothing else.",
         senders=[("Title Registry Online", "notifications@titleregistry-online.co.uk"),
                  ("Title Registry Online", "donotreply@titleregistry-online.co.uk")],
         subjects=["Application A{r} completed", "Update on your application A{r}"],
         greets=[""],
         body=T("""
            Application update

            Application reference: A{r}
            Property: 18 Larch Drive, Kettering
            Status: Completed

            The register has been updated. You can download the official copy from your account.

            This is an automated message from Title Registry Online. Do not reply to this email.
            To stop receiving these emails, change your notification settings. View in browser.
         """)),
    dict(id="M08", mailbox="pexa", rights_talk=True,
         note="A bank's business newsletter is auto_generated; 'you can ask us to correct your details' and 'the "
              "right to ask for a copy' are marketing information, and Heathcote is only the sender.",
         senders=[("Heathcote Bank Business", "business-news@heathcotebank.co.uk"),
                  ("Heathcote Bank", "updates@heathcotebank.co.uk")],
         subjects=["Business Banking Update | {month}", "New client money rates and a fraud warning"],
         greets=["Dear customer,", "Hello,", ""],
         body=T("""
            View this email in your browser

            {greet}

            Business Banking Update | {month}

            New savings rates for client money accounts from {d1}.
            We're closing two branch counters in Leeds: see the list and alternatives online.
            Fraud watch: fake 'change of bank details' emails during completions are on the rise again. Always call to check.

            Keeping your details right
            You can ask us to correct your details at any time in online banking, and you have the right to ask for a copy of the information we hold about you.

            Heathcote Bank plc, 1 Market Square, Leeds LS1 6DB.
            You are receiving this email because you are a Heathcote Bank business customer. Update your preferences or unsubscribe.
         """)),
    dict(id="M09", mailbox="pexa", rights_talk=True,
         note="An event promotion is auto_generated marketing; 'you have the right to object to marketing, click "
              "unsubscribe' explains an option and is not an objection made by anyone.",
         senders=[("PropTech North", "tickets@proptechnorth.co.uk"), ("PropTech North 2026", "hello@proptechnorth.co.uk")],
         subjects=["Early-bird tickets end Friday", "PropTech North 2026: two days on digital completions"],
         greets=["Hi there,", "Dear colleague,", ""],
         body=T("""
            {greet}

            PROPTECH NORTH 2026
            {d1}, Manchester Central

            Two days of talks on digital completions, lender panels and fraud prevention, with more than 60 exhibitors. Early-bird tickets end on Friday.

            Get my ticket: www.proptechnorth.co.uk

            We send you event news because you attended PropTech North before. You have the right to object to marketing at any time: just click unsubscribe below and we will stop.
            Unsubscribe | Manage your preferences | View in browser
         """)),
    dict(id="M10", mailbox="pexa", rights_talk=True,
         note="A mailing-list digest (List-Id, Precedence: list) is auto_generated even though members' posts "
              "grumble about fees and ask about clients' data requests; nothing in it is addressed to the firm as a request.",
         senders=[("conveyancers-forum", "conveyancers-forum-bounces@listhost.org.uk")],
         subjects=["conveyancers-forum Digest, Vol 14, Issue {r2}"],
         greets=[""],
         headers={"list-id": "Conveyancers forum <conveyancers-forum.listhost.org.uk>",
                  "list-unsubscribe": "<https://www.listhost.org.uk/conveyancers-forum/unsubscribe>",
                  "precedence": "list"},
         body=T("""
            conveyancers-forum Digest, Vol 14, Issue {r2}

            Today's topics:
            1. Workspace fees going up? (R. Haldane)
            2. Client asking for 'all their data' (M. Osei)

            Message: 1
            From: R. Haldane
            Subject: Workspace fees going up?
            Has anyone else had the notice about the per-workspace fee increase from {d1}? Not impressed, third rise in two years. Is anyone raising it with PEXA directly?

            Message: 2
            From: M. Osei
            Subject: Client asking for 'all their data'
            A former client has asked for a copy of everything we hold on her, including file notes. Do we have to send the attendance notes too? Any templates appreciated.

            _______________________________________________
            conveyancers-forum mailing list
            To unsubscribe or manage your subscription, visit www.listhost.org.uk/conveyancers-forum
            You are receiving this digest because you are subscribed to conveyancers-forum.
         """)),
    dict(id="M11", mailbox="pexa", rights_talk=False,
         note="A sign-in security alert is a system notification, auto_generated, whatever the 'manage your alert "
              "preferences' footer says.",
         senders=[("SecureSign", "security@securesign.co.uk"), ("SecureSign Alerts", "no-reply@securesign.co.uk")],
         subjects=["New sign-in to your SecureSign account", "Security alert: new device"],
         greets=["Hello,", "Hi,", ""],
         body=T("""
            {greet}

            A new sign-in to your SecureSign account was detected.
            Device: Windows PC, Chrome
            Location: near Bristol, United Kingdom
            Time: 08:47 on {d1}

            If this was you, you don't need to do anything. If not, reset your password straight away.

            You are receiving this email because security alerts are switched on for your SecureSign account. To manage your alert preferences, sign in and open Settings.
         """),
         short=T("""
            New sign-in to SecureSign at 08:47 on {d1}. Not you? Reset your password.

            You are receiving this email because security alerts are switched on. Manage your preferences.
         """)),
    dict(id="M12", mailbox="pexa", rights_talk=True,
         note="A recruitment agency's job alert is auto_generated; 'ask us to delete your details by replying "
              "DELETE' and automatic removal after two years describe the sender's own process.",
         senders=[("Keystone Legal Recruitment", "jobs@keystonelegal.co.uk"),
                  ("Keystone Legal Jobs", "alerts@keystonelegal.co.uk")],
         subjects=["Conveyancing roles this week", "3 new conveyancing jobs near you"],
         greets=["Hi there,", "Hello,", ""],
         body=T("""
            {greet}

            Conveyancing roles this week

            Senior Residential Conveyancer, Leicester, up to £48,000, hybrid
            Post-Completion Officer, Cardiff, £26,000
            Remortgage Team Leader, Milton Keynes, £38,000

            Reply to this email with the role you're interested in and one of our consultants will call you.

            We hold the CV and contact details you gave us so we can match you with roles. You can ask us to delete your details at any time by replying DELETE, and we will remove them automatically after two years without contact.
            To stop receiving job alerts, unsubscribe here. Manage your preferences.
         """)),
    dict(id="M13", mailbox="pexa", rights_talk=False,
         note="An invoice email sent by an accounting service on a supplier's behalf is a system notification: "
              "auto_generated, no complaint and no right.",
         senders=[("Ferncroft Searches via Ledgerly", "invoices@ledgerly.co.uk"), ("Ledgerly", "noreply@ledgerly.co.uk")],
         subjects=["Invoice INV-{r4} from Ferncroft Searches", "New invoice from Ferncroft Searches"],
         greets=["Hello,", ""],
         body=T("""
            {greet}

            Ferncroft Searches has sent you an invoice.

            Invoice number: INV-{r4}
            Amount due: £{amt}
            Due date: {d1}

            View and pay your invoice online: www.ledgerly.co.uk/pay

            Sent with Ledgerly on behalf of Ferncroft Searches.
            You are receiving this email because Ferncroft Searches added this address as a billing contact. To stop receiving invoice emails from Ferncroft Searches, contact them directly. View in browser.
         """)),
    dict(id="M14", mailbox="pexa", rights_talk=True,
         note="A bulk privacy-notice update listing every data right is an auto_generated service message; "
              "describing rights is not asking the firm to act on one.",
         senders=[("Cardinal Property Searches", "privacy@cardinalsearches.co.uk"),
                  ("Cardinal Searches", "service@cardinalsearches.co.uk")],
         subjects=["We've updated our privacy notice", "Changes to how we explain your data"],
         greets=["Dear customer,", "Hello,", "Dear colleague,"],
         body=T("""
            {greet}

            We've updated our privacy notice

            From {d1}, our privacy notice explains more clearly how we use the details of conveyancers and their clients when you order searches through us.

            Your rights have not changed. You can ask us for a copy of the personal data we hold about you, ask us to correct or delete it, ask us to restrict how we use it, object to marketing, and ask us to send your data to another provider in a machine-readable format. To use any of these rights, email dpo@cardinalsearches.co.uk.

            Read the full notice at www.cardinalsearches.co.uk/privacy.

            You are receiving this email because you have an account with Cardinal Property Searches. This is a service message, so you will receive it even if you have opted out of marketing. Manage your preferences.
         """)),
    dict(id="M15", mailbox="pexa", rights_talk=True,
         note="A participant firm's complaints-mailbox autoresponder ('this is an automatic acknowledgement', no "
              "header) is auto_generated: the words complaint and personal data describe its procedure, not a grievance.",
         senders=[("Orchard Lane Solicitors Client Care", "complaints@orchardlanesolicitors.co.uk"),
                  ("OLS Client Care Partner", "complaints@orchardlanesolicitors.co.uk")],
         subjects=["RE: Forwarded client concern - our ref {ref6}", "RE: Client concern forwarded by PEXA"],
         greets=[""],
         body=T("""
            Thank you for contacting the Client Care Partner at Orchard Lane Solicitors.

            This is an automatic acknowledgement. Every complaint we receive is logged and acknowledged in writing within five working days, and we aim to send a full response within eight weeks.

            If your email is a request for a copy of your personal data, we will respond within one month. If you are forwarding a client's concern, please include the client's name and matter reference.

            You are receiving this automatic reply because you wrote to complaints@orchardlanesolicitors.co.uk. Please do not reply to this message.
         """),
         quote=("On {qdate}, PEXA Customer Resolution <resolution@pexa.co.uk> wrote:",
                "Dear Client Care Partner,\n\nWe have received a concern from one of your clients about the progress "
                "of their purchase. Under our policy we are forwarding it to you to handle. Our reference is "
                "{ref}.\n\nPEXA Customer Resolution Team")),
    # ----------------------------------------------------------------------------------------- conexus
    dict(id="M16", mailbox="conexus", rights_talk=True,
         note="A creditor's customer newsletter is auto_generated marketing; 'you have the right to ask for a copy' "
              "is information, and Northline is only the sender, so about_other_firm=null.",
         senders=[("Northline Energy", "news@northline-energy.co.uk"), ("Northline Energy", "hello@northline-energy.co.uk")],
         subjects=["Keep warm for less this winter", "Five ways to cut your energy bill"],
         greets=["Hi there,", "Dear customer,", ""],
         body=T("""
            View in browser

            {greet}

            Keep warm for less this winter
            Five small changes that can cut a typical bill by up to £120 a year, from bleeding radiators to moving your thermostat away from the window.

            Struggling to pay? Our Extra Help team can set up a payment plan or refer you to free debt advice. Call 0330 088 5146.

            Your data, your choice
            You have the right to ask for a copy of the personal data we hold about you. Visit our privacy centre to make a request or to update your contact details.

            Northline Energy Ltd, PO Box 912, Newcastle upon Tyne.
            You are receiving this email because you are a Northline Energy customer. Unsubscribe | Manage your preferences
         """)),
    dict(id="M17", mailbox="conexus", rights_talk=False,
         note="A Direct Debit advance notice sent automatically by a payment provider is a system notification: "
              "auto_generated, nothing else.",
         senders=[("PayBridge", "notices@paybridge.co.uk"), ("PayBridge for Conexus", "no-reply@paybridge.co.uk")],
         subjects=["Your Direct Debit to Conexus", "Advance notice: payment of £{amt2}"],
         greets=["Hello,", "Dear customer,"],
         body=T("""
            {greet}

            Your Direct Debit payment of £{amt2} to Conexus will be collected on or just after {d1} from the account ending 4417.

            Reference: {cx}

            If the amount or date is wrong, contact Conexus straight away. You are protected by the Direct Debit Guarantee.

            This email was sent automatically by PayBridge on behalf of Conexus.
            You are receiving this email because you set up a Direct Debit with Conexus. To stop receiving these emails and get paper notices instead, update your preferences.
         """),
         short=T("""
            £{amt2} will be collected by Direct Debit on or after {d1}. Ref {cx}.

            Sent automatically by PayBridge. To stop receiving these emails, update your preferences.
         """)),
    dict(id="M18", mailbox="conexus", rights_talk=True,
         note="A trade bulletin (Precedence: bulk, List-Unsubscribe) about subject access requests and objections "
              "to profiling is auto_generated; its rights wording is reporting, not a request.",
         senders=[("Collections Compliance Network", "bulletin@ccnetwork.org.uk")],
         subjects=["Collections Compliance Bulletin {r2}: SARs up a fifth", "SARs up 19%, objections to profiling"],
         greets=[""],
         headers={"precedence": "bulk",
                  "list-unsubscribe": "<mailto:leave@ccnetwork.org.uk?subject=unsubscribe>"},
         body=T("""
            COLLECTIONS COMPLIANCE BULLETIN | Issue {r2}

            Subject access requests up a fifth
            Debt collection firms reported a 19% rise in subject access requests last year, many of them made through claims management companies. We look at how firms are verifying identity without delaying the one-month clock.

            Objections to profiling
            Customers can object to profiling used to prioritise accounts. Three firms share how they explain this right in their privacy notices.

            Also: Breathing Space referrals, new vulnerability guidance.

            You are receiving this bulletin because you are a member of the Collections Compliance Network.
            To unsubscribe, click here. Manage your preferences. View in browser.
         """)),
    dict(id="M19", mailbox="conexus", rights_talk=True,
         note="A debt charity's automated reply ('this is an automated reply', no header) is auto_generated, not "
              "third_party; 'we delete enquiries after six years' and 'ask us for a copy' are its own policy.",
         senders=[("Meadowbank Debt Advice", "hello@meadowbankdebtadvice.org.uk")],
         subjects=["RE: Mutual client - DRO application", "RE: Your client - our ref {cx}"],
         greets=[""],
         body=T("""
            Thank you for getting in touch with Meadowbank Debt Advice.

            This is an automated reply. We read every message and aim to reply within five working days. If you are a creditor or collection agency writing about a shared client, please include the client's full name and date of birth so we can find their file.

            We keep enquiries for six years after a case closes and then delete them securely. You can ask us for a copy of what we hold about you at any time.

            You are receiving this email because you wrote to hello@meadowbankdebtadvice.org.uk. Meadowbank Debt Advice is a registered charity. To stop receiving our newsletter, manage your preferences on our website.
         """),
         quote=("On {qdate}, Conexus Customer Care <care@conexus.co.uk> wrote:",
                "Dear adviser,\n\nWe write about our mutual client, account {cx}. Please could you confirm whether a "
                "Debt Relief Order application is in progress. Our reference {ref}.\n\nConexus Customer Care")),
    dict(id="M20", mailbox="conexus", rights_talk=True,
         note="Lead-generation marketing is auto_generated; 'you have the right to object', 'reply STOP' and 'we "
              "will delete your details after six years' are its own terms, not a request to the firm.",
         senders=[("ClearPath Debt Solutions", "offers@clearpathdebt.co.uk"), ("ClearPath", "hello@clearpathdebt.co.uk")],
         subjects=["Worried about debts? You're not alone", "One affordable monthly payment?"],
         greets=["Hi there,", "Hello,", ""],
         body=T("""
            {greet}

            Worried about debts? You're not alone.

            ClearPath can help you combine what you owe into one affordable monthly payment. It takes five minutes to check your options and it won't affect your credit score.

            Check my options: www.clearpathdebt.co.uk

            ClearPath Debt Solutions Ltd is a lead generator and is not a debt adviser. Free debt advice is available from MoneyHelper.
            You have the right to object to marketing at any time. To stop marketing, reply STOP. We will delete your details after six years. To stop receiving these emails, unsubscribe here.
         """)),
    dict(id="M21", mailbox="conexus", rights_talk=True,
         note="A credit-monitoring alert is a system notification, auto_generated; 'you can ask us to correct your "
              "details' is a product feature, not rectification asked of the firm.",
         senders=[("ScoreWatch", "alerts@scorewatch.co.uk"), ("ScoreWatch Alerts", "no-reply@scorewatch.co.uk")],
         subjects=["There's a change on your credit report", "Credit alert: new entry added"],
         greets=["Hi,", "Hello,", ""],
         body=T("""
            {greet}

            There's a change on your credit report

            A new entry has been added by a collection agency on {d1}. Sign in to see the details.

            Spotted something that isn't right? You can ask us to correct your details at any time, and you can raise a dispute with the lender or agency that reported it.

            Sign in: www.scorewatch.co.uk

            You are receiving this email because credit alerts are turned on for your ScoreWatch account. Manage your preferences | Unsubscribe
         """)),
    dict(id="M22", mailbox="conexus", rights_talk=False,
         note="An agent-console notification quoting a preview of a customer's secure message is machine-made, so "
              "auto_generated with rights=[]; the customer's own request must be labelled from the message itself.",
         senders=[("Conexus Agent Console", "console-noreply@conexus.co.uk")],
         subjects=["New secure message - {cx}", "Secure messages queue: new message"],
         greets=[""],
         body=T("""
            New secure message

            Customer reference: {cx}
            Received: {d1}, 19:42
            Preview: 'Hi, I paid this off last month but you've written to me again. Please can you delete my old phone number from ...'

            Sign in to the Conexus agent console to read and reply to the full message. Messages not answered within two working days are flagged to the team leader.

            This notification was generated automatically. You are receiving this email because you are on the rota for the secure messages queue. Manage your notification preferences in the agent console.
         """)),
    dict(id="M23", mailbox="conexus", rights_talk=True,
         note="A creditor's bill-ready email is a system notice, auto_generated; 'we keep your information for six "
              "years then delete it' and 'ask for a copy in your account' are information; Lumen is only the sender.",
         senders=[("Lumen Water", "bills@lumenwater.co.uk"), ("Lumen Water", "noreply@lumenwater.co.uk")],
         subjects=["Your Lumen Water bill is ready", "New bill for account LW{r}"],
         greets=["Dear customer,", "Hello,"],
         body=T("""
            {greet}

            Your Lumen Water bill is ready

            Account number: LW{r}
            Amount: £{amt}
            Due by: {d1}

            View and pay your bill online or set up a Direct Debit in your account.

            We keep your account information for six years after you leave us, then delete it. You can update your details or ask for a copy of your information in your online account.

            Lumen Water plc, Lumen House, Riverside Way, Derby.
            You are receiving this email because you chose paperless billing. To stop receiving bills by email, update your preferences.
         """)),
    dict(id="M24", mailbox="conexus", rights_talk=True,
         note="A council e-billing notice is auto_generated; the pointer to 'your right to ask us to correct it' is "
              "privacy information, and the council is only the sender.",
         senders=[("Westbury Council Revenues", "ebilling@westbury.gov.uk"), ("Westbury Council", "noreply@westbury.gov.uk")],
         subjects=["Your council tax bill is ready", "Council tax 2026/27: your e-bill"],
         greets=["Dear resident,", "Hello,"],
         body=T("""
            {greet}

            Your council tax bill for 2026/27 is now available.

            Account reference: {r}
            Annual charge: £{amt}
            First instalment due: {d1}

            Sign in to Westbury Council online services to view your bill, set up a Direct Debit or apply for a discount.

            How we use your information: our privacy notice explains what we hold and your right to ask us to correct it. Find it at www.westbury.gov.uk/privacy.

            You are receiving this email because you signed up for e-billing. To stop receiving these emails, switch back to paper bills in your account.
         """)),
    dict(id="M25", mailbox="conexus", rights_talk=True,
         note="A vendor webinar invitation is auto_generated marketing; its line on the right not to be subject to "
              "solely automated decisions is product talk, not automated_decision asked of the firm.",
         senders=[("Arbiter Analytics", "events@arbiteranalytics.co.uk"), ("Arbiter Analytics Events", "webinars@arbiteranalytics.co.uk")],
         subjects=["Webinar: smarter affordability decisions at scale", "Save your seat: automating affordability, {d1}"],
         greets=["Hi there,", "Dear colleague,", ""],
         body=T("""
            {greet}

            WEBINAR: Smarter affordability decisions at scale
            {d1}, 10:00 GMT

            Arbiter's decision engine scores payment offers in real time. Join our product team to see how leading agencies are cutting handling time by 40%, and how to stay on the right side of the rules: customers have the right not to be subject to a decision based solely on automated processing, and to ask for a person to review it. We'll show how to build that review step in.

            Save my seat: www.arbiteranalytics.co.uk/webinar

            You are receiving this email because you registered for an Arbiter Analytics event. To stop receiving these emails, unsubscribe. Manage your preferences.
         """)),
    dict(id="M26", mailbox="conexus", rights_talk=False,
         note="A one-click satisfaction survey sent after a call is auto_generated; 'Not good' is a button, not a "
              "grievance, and Pennant is only the sender.",
         senders=[("Pennant Mobile", "feedback@pennantmobile.co.uk"), ("Pennant", "survey@pennantmobile.co.uk")],
         subjects=["How did we do?", "Tell us about your call on {d1}"],
         greets=["Hi,", "Hello,", ""],
         body=T("""
            {greet}

            How did we do?

            You spoke to our team on {d1}. Tell us how it went in one click:

            Great | OK | Not good

            Your feedback helps us train our advisers.

            Pennant Mobile, Pennant Tower, Birmingham.
            You are receiving this email because you recently contacted Pennant Mobile. To stop receiving surveys, manage your preferences.
         """),
         short=T("""
            How did we do on {d1}? Great | OK | Not good

            You are receiving this email because you recently contacted Pennant Mobile. Manage your preferences.
         """)),
    dict(id="M27", mailbox="conexus", rights_talk=True,
         note="A charity's supporter newsletter is auto_generated; 'ask us to stop contacting you, or to correct or "
              "delete your details' explains supporters' options and is no request to the firm.",
         senders=[("Lanterns Debt Charity", "supporters@lanternsdebt.org.uk"), ("Lanterns", "news@lanternsdebt.org.uk")],
         subjects=["Spring update from Lanterns", "4,000 people helped - thank you"],
         greets=["Dear supporter,", "Hi there,", ""],
         body=T("""
            View in browser

            {greet}

            Spring update from Lanterns Debt Charity

            Thanks to you, our advisers helped more than 4,000 people last year, and 82% said they felt more in control of their money afterwards. This spring we are opening a new drop-in centre in Rotherham.

            Could you run for us? Places are still open for the Sheffield 10K on {d1}.

            We hold your details to keep you updated about our work. You can ask us to stop contacting you, or to correct or delete your details, at any time by emailing supporters@lanternsdebt.org.uk.
            Lanterns Debt Charity is a registered charity. Unsubscribe | Manage your preferences
         """)),
    dict(id="M28", mailbox="conexus", rights_talk=False,
         note="An e-signature platform's completion notice ('sent automatically', 'do not reply') is a system "
              "notification: auto_generated and nothing else.",
         senders=[("SignFlow", "notifications@signflow.io"), ("SignFlow Documents", "no-reply@signflow.io")],
         subjects=["Completed: Payment arrangement - {cx}", "All parties have signed your document"],
         greets=["Hello,", ""],
         body=T("""
            {greet}

            All parties have signed 'Payment arrangement - {cx}'.

            Completed: {d1}
            Signed by: Conexus Collections; customer

            Download the completed document from your SignFlow account. A copy is attached for your records.

            Do not reply to this email. This message was sent automatically by SignFlow.
            You are receiving this email because you are a party to this document. View in browser | Notification settings
         """)),
    dict(id="M29", mailbox="conexus", rights_talk=True,
         note="A lender's marketing is auto_generated; 'reply STOP', 'we will delete your details after six years' "
              "and 'ask us for a copy' are its own terms, and Sterling Credit is only the sender.",
         senders=[("Sterling Credit Loans", "offers@sterlingcredit.co.uk"), ("Sterling Credit", "marketing@sterlingcredit.co.uk")],
         subjects=["You could borrow up to £5,000", "Check your rate in two minutes"],
         greets=["Hi there,", "Dear customer,", ""],
         body=T("""
            {greet}

            Good news: you could borrow up to £5,000 with Sterling Credit Loans

            As a past customer, you can check your rate in two minutes without affecting your credit score. Representative APR 29.9%.

            Check my rate: www.sterlingcredit.co.uk/rate

            Think carefully before securing other debts against your home. Borrowing more could make it harder to pay back what you already owe.

            To stop marketing, reply STOP or update your preferences online. We will delete your details after six years from the end of your last agreement. You can ask us for a copy of your data at any time.
            Sterling Credit Loans, Sterling House, 40 Deansgate, Manchester.
         """)),
    dict(id="M30", mailbox="conexus", rights_talk=True,
         note="A solicitor's out-of-office (Auto-Submitted, X-Autoreply) ending in the firm's signature disclaimer "
              "is auto_generated, not third_party; 'you can ask us for a copy of the personal data' is the firm's notice.",
         senders=[("Tanner Blake Solicitors", "r.okonedo@tannerblake.co.uk"), ("Ruth Okonedo", "r.okonedo@tannerblake.co.uk")],
         subjects=["Automatic reply: Your client {cname} - account {cx}", "Out of office: account {cx}"],
         greets=[""],
         headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
         body=T("""
            I am out of the office until {d2} and will not be checking emails. For urgent matters please contact my colleague on 0117 496 0731 or disputes@tannerblake.co.uk.

            Tanner Blake Solicitors
            Tanner Blake Solicitors is authorised and regulated by the Solicitors Regulation Authority.
            You are receiving this email because you are a client or contact of Tanner Blake Solicitors. You can ask us for a copy of the personal data we hold about you by writing to our Data Protection Officer. If you no longer wish to hear from us, reply UNSUBSCRIBE.
         """),
         quote=("On {qdate}, Conexus Customer Care <care@conexus.co.uk> wrote:",
                "Dear Ms Okonedo,\n\nThank you for your letter about your client's account {cx}. We have put the "
                "account on hold for 30 days while we review it. Our reference {ref}.\n\nConexus Customer Care")),
]


# ---------------------------------------------------------------------------------------------
# rendering


def pick_names(rng, k):
    out = []
    while len(out) < k:
        n = (rng.choice(FIRST), rng.choice(LAST))
        if n not in out:
            out.append(n)
    return out


def fill_values(rng):
    """The random references, dates and amounts of one rendering. Dates are in 2026 and in order: {month} (an
    earlier month, for things that happened before), {d1} (the event the mail is about) and {qdate} (the firm's
    earlier reply, a few days after {d1}; {qbefore}, the month before, when {d1} is still to come) and {d2}
    (the next month)."""
    mi = rng.randrange(3, 11)
    day = rng.randrange(1, 20)
    amt2 = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60])
    f = {
        "d1": f"{day} {MONTHS[mi]} 2026",
        "qdate": f"{day + rng.randrange(2, 9)} {MONTHS[mi]} 2026",
        "month": MONTHS[rng.randrange(mi - 3, mi)],
        "d2": f"{rng.randrange(1, 28)} {MONTHS[mi + 1]} 2026",
        "qbefore": f"{rng.randrange(1, 28)} {MONTHS[mi - 1]} 2026",
        "year": str(rng.randrange(2016, 2022)),
        "ws": f"{rng.randrange(20, 99)}-{rng.randrange(10000, 99999)}",
        "cx": f"CX-{rng.randrange(1000000, 9999999)}",
        "amt": f"{rng.randrange(120, 2400)}.{rng.randrange(0, 100):02d}",
        "amt2": str(amt2),
        "amt3": str(amt2 * rng.choice([3, 4, 5])),
        "r": str(rng.randrange(10000000, 99999999)),
        "r2": str(rng.randrange(20, 140)),
        "r4": str(rng.randrange(10000, 99999)),
        "ref6": str(rng.randrange(100000, 999999)),
    }
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    f["cname"] = f"{rng.choice(TITLES)} {fn[0]}. {ln}"  # a client or customer, either sex
    f["cname_m"] = f"Mr {fn[0]}. {ln}"  # a man (the text says he / his)
    f["cname_f"] = f"{rng.choice(TITLES[1:])} {fn[0]}. {ln}"  # a woman (she / her)
    f["ref"] = "{ref}"  # left for finish_marked_record
    return f


def address(rng, first, last, domain):
    if domain == "free":
        form = rng.randrange(3)
        local = [f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randrange(10, 99)}"][form]
        return f"{local.lower()}@{rng.choice(FREE_MAIL)}"
    form = rng.randrange(3)
    local = [f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last[0]}"][form]
    return f"{local.lower()}@{domain}"


def p_envs(rng, sc):
    base = ["plain", "html", "reply", "html_reply", "typo"]
    if sc.get("subject_only"):
        return ["subject_only", rng.choice(base)]
    if sc.get("short"):
        return ["short", rng.choice(base)]
    return rng.sample(base, 2)


def render_p(rng, sc, env, who):
    first, last = who
    name = f"{first} {last}"
    f = fill_values(rng)
    f.update(name=name, first=first)
    mb = sc["mailbox"]
    sender = f"{name} <{address(rng, first, last, sc['domain'])}>"
    sig = sc["sig"].format_map(f)
    footer = sc["footer"].format_map(f)
    subject_marks = []
    quote = None
    if env == "subject_only":
        subj_marked = sc["subject_only"].format_map(f)
        subject_marks = rights_marks_of(subj_marked)
        subject = strip_marks(subj_marked, MARK_RIGHTS)
        body_marked = sig + "\n\n" + footer
    else:
        subject = rng.choice(sc["subjects"]).format_map(f)
        core = (sc["short"] if env == "short" else sc["core"]).format_map(f)
        greet = rng.choice(GREET[mb])
        signoff = rng.choice(SIGNOFF)
        if env == "typo":
            core = typos_outside_marks(core, rng, MARK_RIGHTS, 0.4)
        if env == "short":
            body_marked = core + "\n\n" + sig + "\n\n" + footer
        else:
            body_marked = f"{greet}\n\n{core}\n\n{signoff},\n{sig}\n\n{footer}"
        if env in ("reply", "html_reply"):
            head, text = rng.choice(P_QUOTES[mb])
            if sc.get("future"):  # {d1} is still to come: the firm's reply came before it
                head = head.replace("{qdate}", "{qbefore}")
            quote = (head.format_map(f), text.format_map(f))
    body_marks = rights_marks_of(body_marked)
    body = strip_marks(body_marked, MARK_RIGHTS)
    marked = {r for r, _ in subject_marks + body_marks}
    assert marked == set(sc["lab"]["rights"]), (sc["id"], env, marked)
    return finish_marked_record(
        rng, mailbox=mb, sender=sender, subject=subject, body=body, html=env in ("html", "html_reply"),
        quote=quote, subject_marks=subject_marks, body_marks=body_marks, labels=sc["lab"], note=sc["note"],
        source=f"{PREFIX}-{sc['id']}", env=env)


def m_envs(rng, sc):
    base = ["plain", "html"]
    if sc.get("quote"):
        return ["reply", rng.choice(base)]
    if sc.get("short"):
        return ["short", rng.choice(base)]
    return rng.sample(base, 2)


def render_m(rng, sc, env, sender_pair):
    f = fill_values(rng)
    greet = rng.choice(sc["greets"])
    f["greet"] = greet
    text = (sc["short"] if env == "short" else sc["body"])
    if not greet:
        text = text.replace("{greet}\n\n", "")
    body = text.format_map(f)
    subject = rng.choice(sc["subjects"]).format_map(f)
    quote = None
    if env == "reply":
        head, qt = sc["quote"]
        quote = (head.format_map(f), qt.format_map(f))
    disp, addr = sender_pair
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=f"{disp} <{addr}>", subject=subject, body=body, html=env == "html",
        quote=quote, subject_marks=[], body_marks=[], labels=short_labels(auto=True), note=sc["note"],
        source=f"{PREFIX}-{sc['id']}", env=env, headers=sc.get("headers"))


def build(rng):
    records = []
    for sc in P:
        envs = p_envs(rng, sc)
        names = pick_names(rng, 2)
        for env, who in zip(envs, names):
            records.append(render_p(rng, sc, env, who))
    for sc in M:
        envs = m_envs(rng, sc)
        senders = sc["senders"][:]
        if len(senders) >= 2:
            senders = rng.sample(senders, 2)
        else:
            senders = senders * 2
        for env, s in zip(envs, senders):
            records.append(render_m(rng, sc, env, s))
    return records


def summary(records, env_counts):
    lines = [f"wrote {len(records)} emails from {len({r['source'] for r in records})} scenarios to "
             f"{os.path.relpath(OUT, ROOT)}"]
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r["labels"])
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in lab["rights"] for lab in by_src.values())
        lines.append(f"  {right}: {e} emails, {s} scenarios")
    labs = [r["labels"] for r in records]
    lines.append(f"  look-alikes (rights []): {sum(not l['rights'] for l in labs)} emails, "
                 f"{sum(not l['rights'] for l in by_src.values())} scenarios")
    lines.append(f"  auto_generated: {sum(l['auto_generated'] for l in labs)}; complaints: "
                 f"{sum(l['complaint'] for l in labs)} ({sum(l['explicit'] for l in labs)} explicit); third party: "
                 f"{sum(l['third_party'] for l in labs)}; breach: {sum(l['breach'] for l in labs)}; "
                 f"personal_data: {sum(l['personal_data'] for l in labs)}")
    lines.append(f"  mailboxes: {dict(sorted(Counter(r['mailbox'] for r in records).items()))}; html: "
                 f"{sum(r['html'] for r in records)}; with headers: {sum(bool(r['headers']) for r in records)}")
    lines.append(f"  envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
