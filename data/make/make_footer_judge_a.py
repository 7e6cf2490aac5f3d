#!/usr/bin/env python3
"""Evaluation set footer_judge_a: mail whose END carries bulk-mail lines ("You are receiving this email because ...",
"To unsubscribe ...", "Manage your preferences", "View in browser") and whether those lines decide who wrote it.

* Group P (fta-P01..P30): written by a PERSON. The footer-like lines are their firm's or charity's signature
  disclaimer, the tail of a newsletter or notification they pasted or forwarded below their own words, or the
  footer a mailing list (Google Groups) added to a post sent through it. Labels follow the labelling guide: rights
  requests are marked inline as [[right|sentence]], complaints and third parties as the text says.
* Group M (fta-M01..M30): MACHINE-MADE mail (newsletters, bulletins, marketing, portal and system notices,
  autoresponders), most with no automatic header, ending with such a footer. Many state data rights as
  information or marketing; auto_generated=true and every other label empty.

Every scenario is rendered twice with different envelopes drawn from the generator's own rng (sender, greeting and
sign-off, HTML, a quoted earlier reply from the firm, letter-edit typos outside the marks, short or subject-only
versions, optional list/auto headers for M). Stdlib only; output is byte-identical between runs.

Run: .venv/bin/python data/make/make_footer_judge_a.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors, quote_lines,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20281003
PREFIX = "fta"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "footer_judge_a.jsonl")

FIRST = ["Aled", "Bethan", "Callum", "Dervla", "Eamon", "Farah", "Gideon", "Harriet", "Idris", "Jasmin", "Kieran",
         "Lorna", "Marek", "Nadia", "Oisin", "Priya", "Quentin", "Rosalind", "Saoirse", "Tobias", "Uma", "Vikram",
         "Wendy", "Xander", "Yasmin", "Zoltan", "Amara", "Bruno", "Cerys", "Dominic", "Esme", "Fergus", "Greta",
         "Hamish", "Imogen", "Jonah", "Keziah", "Lachlan", "Maisie", "Niall"]
LAST = ["Abernethy", "Blackwood", "Chaudhry", "Dunmore", "Ellery", "Fairweather", "Gallacher", "Hollins", "Ingham",
        "Jarvis", "Kowalski", "Loughran", "Mistry", "Nwachukwu", "Okafor", "Pemberton", "Quayle", "Rasheed",
        "Sowerby", "Thackeray", "Underhill", "Varga", "Whitlock", "Yeoman", "Zielinski", "Ashworth", "Brannigan",
        "Corrigan", "Delaney", "Emsley", "Fothergill", "Garvey", "Hensley", "Iqbal", "Kerrigan", "Lomax",
        "Morcombe", "Nairn", "Oakes", "Penrice"]
MAILHOSTS = ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
             "sky.com", "proton.me"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September", "October", "November"]

GREET = {"pexa": ["Dear PEXA team,", "Hello,", "Hi,", "Dear Sir or Madam,", "Good morning,", "To the PEXA team,",
                  "Hi there,"],
         "conexus": ["Dear Conexus,", "Dear Sir or Madam,", "Hello,", "To whom it may concern,", "Hi,",
                     "Dear Customer Services,", "Good afternoon,"]}
SIGNOFF = ["Kind regards,", "Regards,", "Many thanks,", "Best wishes,", "Thanks,", "Yours faithfully,",
           "With thanks,", "Best,"]

# The firm's earlier message quoted below a reply (header line, text with a {ref} placeholder).
QUOTE_FROM = {"pexa": ["PEXA Support <support@pexa.co.uk>", "PEXA Customer Support <help@pexa.co.uk>",
                       "PEXA Billing <billing@pexa.co.uk>"],
              "conexus": ["Conexus Customer Services <help@conexus-services.com>",
                          "Conexus Complaints <complaints@conexus-services.com>"]}


def P(sid, mailbox, *, subjects, text, tail, lab, note, sig=None, domain=None, via=None, short=None,
      subject_only=None, quote=None):
    """A person-written scenario. text/short/subject_only carry [[right|sentence]] marks; tail is the footer-like
    end (signature disclaimer, pasted or forwarded newsletter tail, list footer)."""
    return dict(group="P", sid=sid, mailbox=mailbox, subjects=subjects, text=text, tail=tail, lab=lab, note=note,
                sig=sig, domain=domain, via=via, short=short, subject_only=subject_only, quote=quote)


def M(sid, mailbox, *, senders, subjects, text, footer, note, html_p=0.5, headers=None, greet=False, vib=False,
      short=False, aq=None, info=False):
    """A machine-made scenario: text without marks, ending in footer. info: it states data rights as information."""
    return dict(group="M", sid=sid, mailbox=mailbox, senders=senders, subjects=subjects, text=text, footer=footer,
                note=note, html_p=html_p, headers=headers, greet=greet, vib=vib, short=short, aq=aq, info=info)


L = short_labels

# ---------------------------------------------------------------------------------------------------------------
# Group P: written by a person
# ---------------------------------------------------------------------------------------------------------------

FWD = "---------- Forwarded message ---------\nFrom: {sender}\nDate: {{fwd_date}}\nSubject: {subject}\nTo: {{addr}}\n\n"

SCEN_P = [
    P("P01", "pexa", domain="hadleyroe.co.uk",
      subjects=["My user account - personal data held", "Question about my own PEXA user record"],
      text="I'm a conveyancing executive and have had a user login on the platform through our firm since 2021. "
           "Our firm is reviewing what each of its suppliers keeps about staff, and I would like to see my own record "
           "for myself rather than rely on the summary our administrator can view.\n\n"
           "[[access|Please send me a copy of the personal data you hold about me as an individual user, including my "
           "profile details, my login and device history and any notes your support team has made against my name.]]\n\n"
           "There is nothing wrong as such; I just want to know what is there. An electronic copy to this address is fine.",
      short="[[access|Could you send me a copy of all the personal data you hold on me as a PEXA user, including my "
            "login history?]] It's just for my own records. Thanks.",
      sig="Conveyancing Executive\nHadley Roe Solicitors\n14 Tanner Street, Guildford GU1 4AR",
      tail="This email is confidential and intended for the addressee only. Hadley Roe Solicitors is authorised and "
           "regulated by the Solicitors Regulation Authority (SRA no. 604417).\n"
           "You are receiving this email because you are a client of, or have corresponded with, Hadley Roe Solicitors. "
           "If you no longer wish to hear from us, reply with the word UNSUBSCRIBE or manage your preferences at "
           "www.hadleyroe.co.uk/preferences.",
      lab=L(r="access"),
      note="A person's own request for a copy of their own user data with no dissatisfaction is access without a complaint; "
           "the unsubscribe lines are the writer's firm's signature disclaimer and do not make the mail bulk."),
    P("P02", "pexa", domain="brightwellmortgages.co.uk",
      subjects=["Wrong name on my user profile - third request", "Name on my user profile still wrong"],
      text="Since March I have asked your support desk twice to change the name on my user profile. My surname changed "
           "when I married last year; our own administrator updated it on her side, but the platform still shows my "
           "old surname on every workspace I act in and on the settlement statements that go to the other side's "
           "solicitors. Each time I was told it would be sorted within a few days, and nothing has changed.\n\n"
           "It is embarrassing to have to explain to other firms why the signatory name doesn't match my email, and "
           "one firm has queried whether I was authorised to sign at all.\n\n"
           "[[rectification|Please correct my surname on my user profile to the one shown in my signature below.]] "
           "[[restriction|Until that is done, please stop printing my name on settlement statements and remove it from "
           "the participant list that other firms can see.]]\n\n"
           "I'd like a reply confirming when this will be fixed.",
      sig="Completions Officer\nBrightwell Mortgages Ltd",
      tail="Brightwell Mortgages Ltd, registered in England no. 07784310. Authorised and regulated by the Financial "
           "Conduct Authority.\nYou are receiving this email because you have a business relationship with Brightwell "
           "Mortgages. To stop receiving marketing emails from us, click Unsubscribe or visit Manage your preferences.",
      quote="Thank you for getting in touch. We have passed your request to update your profile name to the "
            "relevant team, who will action it shortly.\n\nTicket {ref}\nPEXA Support",
      lab=L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      note="The writer's wrong surname shown to other firms after two ignored requests, with a fix and a reply expected, is an "
           "implicit personal_data complaint; 'correct my surname' is rectification and 'stop printing it until fixed' "
           "is restriction, and the marketing footer is the employer's signature."),
    P("P03", "pexa", domain="fairbanklowe.co.uk",
      via=("Fairbank Lowe Completions", "completions@fairbanklowe.co.uk"),
      subjects=["Old training login from 2024", "Duplicate learner account"],
      text="Before I joined Fairbank Lowe I signed up to your free introduction course as an individual, using my "
           "personal email address. I now have a proper user login through the firm, so the old learner account is no "
           "longer needed and I don't want two records of me sitting on your system.\n\n"
           "[[erasure|Please delete the old learner account and the personal email address and phone number attached "
           "to it.]] My firm login should stay as it is.\n\n"
           "Happy to confirm my identity if you need me to.",
      short="[[erasure|Please delete the separate learner account I opened with my personal email in 2024, along with "
            "the contact details on it.]] I use my firm login now. Thanks.",
      sig="Trainee Solicitor | Fairbank Lowe LLP",
      tail="--\nYou received this message because you are subscribed to the Google Groups \"Fairbank Lowe "
           "Completions\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
           "completions+unsubscribe@fairbanklowe.co.uk.\nTo view this discussion on the web visit "
           "https://groups.google.com/a/fairbanklowe.co.uk/d/msgid/completions/{msgid}.",
      lab=L(r="erasure"),
      note="A neutral request to delete an old learner account and its contact details is erasure without a "
           "complaint; the Google Groups footer was added by the team list the writer sent through, and a person wrote the mail."),
    P("P04", "pexa", domain="kingsmerelaw.co.uk",
      subjects=["Fwd: PEXA Training News - new courses and record downloads", "Training records export (re your newsletter)"],
      text="I read in the newsletter below that training records can now be downloaded by firm administrators. I'm an "
           "individual licensed conveyancer, and our administrator tells me the download only gives a PDF summary for "
           "the whole team.\n\n"
           "[[portability|Could you send me my own training and accreditation history as a CSV or other machine-readable "
           "file, so that I can upload it to the CPD tracker on my regulator's portal?]] I only need my own records, not "
           "anyone else's.",
      sig="Licensed Conveyancer\nKingsmere Property Law",
      tail=FWD.format(sender="PEXA Training <training-news@pexa.co.uk>",
                      subject="PEXA Training News - new courses and record downloads")
           + "Firm administrators can now download a training summary for every user in their organisation from the "
             "Admin area.\n\nComing up: settlement essentials refresher (live online, 40 minutes) and a new module on "
             "remortgage workspaces.\n\nView in browser | Update your preferences | Unsubscribe\n"
             "You are receiving this email because you are a registered PEXA user. PEXA, Digital Completion UK Ltd.",
      lab=L(r="portability"),
      note="A request for one's own records in a machine-readable file to load into another system is portability; the "
           "forwarded newsletter tail below the writer's words is context and does not make the mail auto-generated."),
    P("P05", "pexa",
      subjects=["Unwanted marketing emails", "Marketing emails I never agreed to"],
      text="I want to make a complaint about marketing emails I have been getting from you. I sold my flat in "
           "January and my solicitors used your system for the completion. Since then I have had four emails with "
           "'home moving tips' and offers from partner companies. I never signed up for anything from PEXA and I did "
           "not expect my email address to be used like this once the sale was done.\n\n"
           "[[objection|I object to my details being used for any marketing or promotional emails.]] "
           "[[erasure|I also want you to delete my email address and any other details you hold about me that you "
           "don't legally need to keep.]]\n\n"
           "The end of the latest email is pasted below. Its unsubscribe link goes to a page asking me to log in to "
           "an account I never had. Please confirm in writing what you have done.",
      short="This is a complaint about your marketing emails since my sale completed; I never signed up. "
            "[[objection|Please stop using my email address for marketing, as I object to it.]] "
            "[[erasure|Delete my details unless you have to keep them.]] The end of your last email is below.",
      tail="-----\nYou are receiving this email because you completed a property transaction using PEXA. To stop "
           "receiving these emails, click here. Manage your preferences | View in browser\nPEXA, Digital Completion UK Ltd",
      lab=L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      note="The writer calls it a complaint about marketing sent after the sale without consent (unexpected use of their data "
           "by PEXA itself, no participant firm blamed); 'I object to marketing' is objection and 'delete my email "
           "address' is erasure; the pasted footer is quoted evidence."),
    P("P06", "pexa", domain="ashdownpryce.co.uk",
      subjects=["User account suspended by automatic check", "Locked out again on a completion day"],
      text="For the second time in a month the platform's automatic security check has suspended my user account, "
           "this time in the middle of a completion day. As far as I can tell, the rule is that a login from any device "
           "the system doesn't recognise suspends the account outright, with nobody looking at it first. I work from "
           "home on Fridays. I lost most of the morning getting a colleague with admin rights to raise a ticket while "
           "the other side waited for us.\n\n"
           "[[automated_decision|I'd like a member of your security team, not the automated check, to review my account "
           "and decide whether the suspension was justified.]] I also need to understand the rule being applied so "
           "that this stops happening on completion days.\n\n"
           "Please come back to me by the end of the week.",
      sig="Associate Solicitor\nAshdown Pryce LLP",
      tail="Ashdown Pryce LLP is a limited liability partnership registered in England and Wales (OC412998) and "
           "regulated by the Solicitors Regulation Authority.\nYou are receiving this email because you are a client "
           "or contact of Ashdown Pryce. To stop receiving our legal updates, email updates-off@ashdownpryce.co.uk.",
      quote="Your ticket {ref} has been received. A member of the support team will contact you within two working "
            "days.\n\nPEXA Support",
      lab=L(c=True, r="automated_decision", cat="process"),
      note="A suspension made solely by an automatic rule, a lost completion morning and a deadline for a reply make an "
           "implicit complaint about the rule itself (process); asking for a person to decide is automated_decision."),
    P("P07", "pexa", domain="wyvernhospice.org.uk",
      subjects=["How do you have my details?", "Question about my information before completion"],
      text="My solicitor has told me that the money for my purchase next month will go through PEXA, and yesterday I "
           "had an email from you asking me to confirm my mobile number for updates. I had not heard of you before, so "
           "before I confirm anything:\n\n"
           "[[informed|Could you explain where you got my name and email address from, what you use them for, and on "
           "what legal basis you hold them?]]\n\n"
           "I'm not unhappy with anyone; I would just like to understand it before completion. I'm writing from my work "
           "email because I check it more often.",
      sig="Volunteer Coordinator\nWyvern Hospice Care\nRegistered charity no. 1093347",
      tail="You are receiving this email because you are a supporter, volunteer or friend of Wyvern Hospice Care. If "
           "you no longer wish to hear from us, reply to this email with STOP in the subject line or update your "
           "preferences at wyvernhospice.org.uk/keep-in-touch.",
      lab=L(r="informed"),
      note="A polite question about where one's data came from, what it is used for and on what basis is the right to be "
           "informed with no dissatisfaction; the hospice's supporter footer is the writer's workplace signature."),
    P("P08", "pexa",
      subjects=["Fwd: Your case update - {mref}", "My purchase is stuck - please help"],
      text="I'm buying a house and my solicitors are Orchard Lane. Completion was meant to be on the 14th and we are "
           "now past it. I have rung them nine times in two weeks and left messages for the fee earner and her "
           "supervisor, and nobody calls back. The only thing I get is the automatic 'case update' email below, which "
           "has said the same thing for three weeks.\n\n"
           "My removal firm and the sellers are losing patience and I'm paying for storage. I know you run the system "
           "they use for completion, so please pass this to whoever at the firm can tell me what is holding it up, and "
           "ask them to ring me.",
      short="Orchard Lane are handling my purchase and have ignored nine calls in two weeks. The completion date has "
            "passed and I'm paying for storage. Please get someone there to ring me. Their automatic update is below.",
      tail=FWD.format(sender="Case Tracker <no-reply@orchardlanesolicitors.co.uk>", subject="Your case update - {mref}")
           + "Your matter is progressing. Current stage: awaiting completion funds.\n\n"
             "You are receiving this email because you are a client of Orchard Lane Solicitors. Manage your "
             "notification preferences in the client portal. Please do not reply to this email.",
      lab=L(c=True, cat="delay", firm="ols"),
      note="A buyer's grievance is purely with the buyer's own solicitors (Orchard Lane, also named in the forwarded tracker) "
           "for not responding while completion slips: a complaint to forward, about_other_firm=ols, category delay."),
    P("P09", "pexa", domain="heathcotebank.co.uk",
      subjects=["Settlement cut-off over the Easter bank holidays", "Bank holiday settlement times"],
      text="Could you confirm whether the usual settlement cut-off time applies on the Thursday before Good Friday, "
           "and whether settlements can be scheduled for Easter Monday at all? We're planning staffing for the "
           "completions desk and want to give our conveyancer panel the right dates early.\n\n"
           "A link to the relevant page of the user guide would be perfect if there is one.",
      subject_only="Is the normal settlement cut-off in place on the Thursday before Good Friday?",
      sig="Completions Team Manager\nHeathcote Bank plc",
      tail="Heathcote Bank plc. Registered office: 1 Market Square, Leeds LS1 6DB. Authorised by the Prudential "
           "Regulation Authority.\nYou are receiving this email because you have a business relationship with "
           "Heathcote Bank. Manage your preferences | Unsubscribe from marketing",
      lab=L(),
      note="A routine question from a participant lender with no dissatisfaction is an enquiry; Heathcote is only the "
           "sender's employer and its marketing footer is a signature, so every label stays empty."),
    P("P10", "pexa", domain="pellgarside.co.uk", via=("Pell Garside Accounts", "accounts@pellgarside.co.uk"),
      subjects=["Invoice charge for a cancelled workspace", "Fee for workspace {ref} - formal complaint"],
      text="I am writing to complain about this month's invoice. We were charged the full workspace fee for workspace "
           "{ref}, which we cancelled the day after it was opened because the buyer withdrew. Your own pricing page "
           "says cancelled workspaces are not charged if no settlement was scheduled, and none was.\n\n"
           "I raised this with the billing team on the 3rd and was told the charge was 'correct per system'. It isn't. "
           "Please refund the fee or credit it against next month's invoice, and explain how it came to be charged.",
      sig="Accounts Manager, Pell & Garside Solicitors",
      tail="--\nYou received this message because you are subscribed to the Google Groups \"Pell Garside Accounts\" "
           "group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to "
           "accounts+unsubscribe@pellgarside.co.uk.",
      quote="Thank you for your query about invoice {ref}. Our billing team has reviewed the charge and confirmed that "
            "it is correct per system.\n\nPEXA Billing",
      lab=L(c=True, ex=True, cat="fees_charges"),
      note="The writer calls it a complaint about a fee charged for a cancelled workspace and asks for a refund: an "
           "explicit fees_charges complaint; the Google Groups footer comes from the shared accounts address it was sent from."),
    P("P11", "pexa", domain="craigmillarduff.co.uk",
      subjects=["Update to my details - new firm", "Change of details on the participant directory"],
      text="I moved from Greyfriars Law to a new practice at the start of the month. [[rectification|Please update my "
           "entry in the participant directory so that it shows my new firm, my new email address (the one I'm writing "
           "from) and my new direct line, 0131 555 0642.]]\n\n"
           "Our new administrator has already added me as a user, so it is only the directory entry that is out of "
           "date. No rush; I just want other firms to reach the right place.",
      sig="Solicitor\nCraigmillar Duff WS",
      tail="Craigmillar Duff WS, solicitors and estate agents. This email and any attachments are confidential.\n"
           "You are receiving this email because you are a client or professional contact of Craigmillar Duff. To stop "
           "receiving our property bulletins, click here to unsubscribe. View our privacy notice.",
      lab=L(r="rectification"),
      note="Asking for one's own directory entry to be updated with no grievance is rectification without a complaint; the "
           "former firm is only named, and the property-bulletin footer is the new firm's signature."),
    P("P12", "pexa",
      subjects=["Texts and emails from PEXA I never agreed to", "Why do you have my mobile number?"],
      text="In the last fortnight I have had three texts and two emails from PEXA about 'your settlement'. My sale is "
           "being handled by my conveyancer and I have never given you my mobile number; the number you are texting is "
           "one I only use for family. I find it intrusive and I'd like an answer, not another automated message.\n\n"
           "[[informed|Tell me where you got this number, who gave it to you and what you are using it for.]] "
           "[[access|I also want a copy of all the personal information you hold about me.]]\n\n"
           "The bottom of your last email is below, in case it helps you find me.",
      tail="---\nYou are receiving this email because a participant firm added you to a PEXA workspace. To stop "
           "receiving these emails, contact the firm acting for you. Manage notification settings\n"
           "Digital Completion UK Ltd",
      lab=L(c=True, pd=True, r="informed,access", cat="personal_data"),
      note="The writer is unhappy that PEXA itself used a number never given to it and wants an answer: an implicit "
           "personal_data complaint (unexpected use, nothing disclosed, no participant firm blamed, so firm null); "
           "'where did you get it and what for' is informed and 'a copy of all the information' is access."),
    P("P13", "pexa", domain="lythamquay.co.uk",
      subjects=["Date of birth on my user profile", "Identity details on my profile"],
      text="While updating my ID for our firm's annual checks I noticed that the date of birth on my platform profile "
           "may be a day out. I'm not sure whether the mistake is on our HR record or was typed in when my account was "
           "created, and our administrator is checking.\n\n"
           "[[restriction|Until she has confirmed which date is right, please don't use the date of birth on my profile "
           "for any identity or verification checks.]] She will send any correction through the normal route.\n\n"
           "Nothing has gone wrong because of it; I'd just rather it wasn't relied on in the meantime.",
      sig="Senior Conveyancer\nLytham Quay Solicitors",
      tail="Lytham Quay Solicitors Ltd (SRA 812205). If you have received this email in error please tell us and "
           "delete it.\nYou are receiving this email because you are a client of Lytham Quay Solicitors. If you no "
           "longer wish to hear from us, click here.",
      lab=L(r="restriction"),
      note="Asking the firm not to use a possibly wrong date of birth until it is confirmed is restriction; there is no "
           "dissatisfaction, so it is not a complaint, and the 'client of' footer is the writer's firm's disclaimer."),
    P("P14", "pexa", domain="vancehollier.co.uk",
      subjects=["Fwd: Accreditation assessment now online", "Question about the new online assessment"],
      text="Your newsletter below says the settlement accreditation assessment is now scored automatically, and that "
           "users who don't reach the pass mark can't lodge for 14 days. I'm due to sit it next week.\n\n"
           "[[automated_decision|If I fall short of the pass mark, I would like my answers reviewed by one of your "
           "trainers rather than the result being decided by the system alone.]] Can you tell me how to ask for that, "
           "and whether I should ask before or after sitting it?",
      sig="Paralegal, Vance Hollier Solicitors",
      tail=FWD.format(sender="PEXA Learning <learning@pexa.co.uk>", subject="Accreditation assessment now online")
           + "The settlement accreditation assessment is now available online and is scored instantly. Users who do "
             "not reach the pass mark can retake it after 14 days.\n\nView in browser | Manage your email preferences "
             "| Unsubscribe\nYou are receiving this email because you are a registered PEXA user.",
      lab=L(r="automated_decision"),
      note="A calm advance request that a person, not the automatic scoring, decides the result is automated_decision "
           "without a complaint; the forwarded newsletter footer is context below the writer's own words."),
    P("P15", "pexa", domain="saxbywren.co.uk",
      subjects=["Fwd: What's new on the platform this spring", "Question on your spring update"],
      text="Quick question about the item below on bulk workspace creation: is it available to all law firm "
           "participants, or only to lenders at first? We have a new-build development of 40 plots completing over "
           "the summer and it would save us a lot of keying.",
      subject_only="Is bulk workspace creation open to law firms yet?",
      sig="Property Team Leader\nSaxby Wren LLP",
      tail=FWD.format(sender="PEXA <news@pexa.co.uk>", subject="What's new on the platform this spring")
           + "Bulk workspace creation: set up to 50 workspaces at once from a spreadsheet upload. Rolling out to "
             "participants from April.\n\nTo stop receiving these emails, unsubscribe here. You are receiving this "
             "email because your firm is a PEXA participant. View in browser.",
      lab=L(),
      note="A neutral question about a feature in a forwarded PEXA newsletter is an enquiry: a person wrote it, the "
           "newsletter is context, and no data right is asked for."),
    # ----------------------------------------------------------------------------- conexus
    P("P16", "conexus", domain="ridgewaydebtadvice.org.uk",
      subjects=["Complaint - calls to my client {client} while in hospital", "{client} - account {ref} - calls during hospital stay"],
      text="I am a debt adviser at Ridgeway Debt Advice and act for {client} (account {ref}); a signed authority is "
           "attached. I want to raise a formal complaint about the calls your agents made to my client last month. My "
           "client was in hospital for eleven days after surgery, and a relative told your agent so on the first call. "
           "The calls continued almost daily, including two on the day of discharge, and one agent said that being in "
           "hospital 'doesn't stop the balance'.\n\n"
           "[[access|Please send me copies of the call recordings and the account notes for the whole of last month.]] "
           "I would also like an explanation of why the vulnerability was not recorded, and confirmation that contact "
           "will now come through me only.\n\n"
           "I look forward to your acknowledgement.",
      sig="Debt Adviser\nRidgeway Debt Advice\nRegistered charity no. 1178204",
      tail="Ridgeway Debt Advice is a registered charity and is authorised and regulated by the Financial Conduct "
           "Authority.\nYou are receiving this email because you are a client of, or work with, Ridgeway Debt Advice. "
           "If you no longer wish to hear from us, let us know at hello@ridgewaydebtadvice.org.uk.",
      lab=L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
      note="A money adviser's formal complaint about repeated calls to a client in hospital is an explicit third-party "
           "collection_conduct complaint; asking for the client's call recordings and notes is access on the client's "
           "behalf, and the charity's 'you are a client of' footer is the adviser's signature."),
    P("P17", "conexus", domain="thornburyplanthire.co.uk",
      subjects=["Account {ref} - settled", "Settled account {ref}"],
      text="I paid the balance on account {ref} in full last month and have the closing letter, so thank you for the "
           "help with the plan.\n\n"
           "Now that it's closed: [[objection|I object to my details being used for any marketing, surveys or offers "
           "from you or anyone you work with.]] [[erasure|Please also delete my mobile number and email address; post "
           "is fine for anything you are legally required to send.]]\n\n"
           "No problem with anything, I'm just tidying up.",
      subject_only="[[objection,erasure|Account {ref} paid in full - please stop marketing to me and delete my mobile "
                   "number and email]]",
      sig="Site Supervisor\nThornbury Plant Hire Ltd",
      tail="Thornbury Plant Hire Ltd | Unit 4, Mill Lane Industrial Estate, Thornbury\nYou are receiving this email "
           "because you are a customer of Thornbury Plant Hire. To unsubscribe from our offers, reply with UNSUBSCRIBE "
           "in the subject line.",
      lab=L(r="objection,erasure"),
      note="Thanks after a settled account with no grievance is not a complaint; objecting to marketing is objection "
           "and asking to delete contact details is erasure; the plant-hire unsubscribe line is the writer's employer's signature."),
    P("P18", "conexus",
      subjects=["Northline Energy debt - not mine to pay", "Fwd: Your final bill - {ref2}"],
      text="You have written to me about a Northline Energy balance of £412.60. I moved out of 9 Hazel Court on 28 "
           "August and gave Northline a closing meter reading that day. Their final bill, the end of which is below, "
           "charges me for gas used until the end of November, when the new tenant moved in. I have asked Northline "
           "three times to rebill from the date I left and they keep saying it is being looked into.\n\n"
           "The amount is wrong because their bill is wrong. Please hold the collection and send this back to "
           "Northline so they can correct the bill.",
      short="The Northline Energy balance you're chasing covers gas used after I moved out on 28 August; their own "
            "final bill is below. Please send it back to Northline to rebill from my move-out date.",
      tail=FWD.format(sender="Northline Energy <bills@northline-energy.co.uk>", subject="Your final bill - {ref2}")
           + "Your final bill is ready to view in your online account. Amount due: £412.60.\n\n"
             "You are receiving this email because you registered for paperless billing with Northline Energy. Manage "
             "your preferences | Unsubscribe from offers",
      quote="Northline Energy has passed your account {ref} to us for collection. The balance is £412.60. Please "
            "contact us to arrange payment.\n\nConexus Customer Services",
      lab=L(c=True, cat="debt_dispute", firm="nte"),
      note="The debt is disputed because the creditor's own final bill runs past the writer's move-out date, which only "
           "Northline can fix: an implicit debt_dispute complaint with about_other_firm=nte; the forwarded e-bill "
           "footer is evidence, not the mail's origin."),
    P("P19", "conexus", domain="colefordkitchens.co.uk",
      subjects=["Wrong date of birth on account {ref}", "Payments failing - your records are wrong"],
      text="Every time I try to pay through your online portal it rejects my security check, and on the phone your "
           "agent told me that is because your file has my date of birth as 1987. It is 1978. I have now spent three "
           "evenings trying to make a £30 payment, and I'm worried that a missed payment will be held against me when "
           "it's your record that is wrong.\n\n"
           "[[rectification|Please correct my date of birth on account {ref} to 14 March 1978.]] And please confirm that "
           "the payments I couldn't make will not be treated as missed.",
      sig="Sales Office, Coleford Kitchens & Bedrooms",
      tail="Coleford Kitchens & Bedrooms | Showroom open 7 days\nTo stop receiving marketing from Coleford Kitchens, "
           "click here. You are receiving this email because you made an enquiry with us. View in browser",
      quote="Thank you for contacting us. For security, we could not discuss the account as the details given did not "
            "match our records.\n\nAccount {ref}\nConexus Customer Services",
      lab=L(c=True, pd=True, r="rectification", cat="personal_data"),
      note="A wrong date of birth on the writer's file blocking payments, with a fix demanded, is an implicit personal_data "
           "complaint (inaccurate data, nothing disclosed); 'correct my date of birth' is rectification; the kitchen "
           "company's footer is the writer's work signature."),
    P("P20", "conexus",
      subjects=["Pennant Mobile account passed to you", "Questions about account {ref}"],
      text="I received your reminder email about a Pennant Mobile account (the end of it is pasted below). I'm not "
           "disputing anything yet; I want to understand the position first.\n\n"
           "[[informed|Could you tell me what information Pennant Mobile passed to you about me, what you are using it "
           "for and on what legal basis you are processing it?]]\n\n"
           "A reply by email is fine.",
      short="[[informed|What information did Pennant Mobile pass to you about me, and what are you using it for?]] "
            "Just trying to understand the position. Your reminder's footer is below.",
      tail="--\nYou are receiving this email because you have an account managed by Conexus. To update your contact "
           "preferences, log in to the customer portal. Please do not reply to this automated message.",
      quote="Pennant Mobile has asked us to collect the balance on account {ref}. You can pay or set up a plan in "
            "the customer portal.\n\nConexus Customer Services",
      lab=L(r="informed"),
      note="A neutral question on what data the creditor passed on, for what purpose and on what basis is informed "
           "without a complaint; the pasted 'automated message' footer belongs to Conexus's own reminder, not to this mail."),
    P("P21", "conexus", domain="canalsidemoneyadvice.org.uk",
      subjects=["{client} - payment history request", "Account {ref} - transaction history for budgeting"],
      text="I'm a money adviser with Canal Side Money Advice and I'm helping {client} with a debt management plan; the "
           "signed consent form is attached.\n\n"
           "[[portability|Please send the payment history on account {ref} as a CSV or spreadsheet file so that I can "
           "import it into our budgeting software.]] A PDF statement won't import, so a file is much more useful to us.",
      sig="Money Adviser\nCanal Side Money Advice",
      tail="Canal Side Money Advice is a project of Canal Side Community Trust, registered charity 1160421.\nYou are "
           "receiving this email because you are a client of, or partner organisation to, Canal Side Money Advice. If "
           "you no longer wish to hear from us, reply REMOVE.",
      lab=L(r="portability", tp=True),
      note="A money adviser asking, for a client, for the payment history in a file to import into other software is "
           "portability on someone else's behalf (third_party) with no grievance, so not a complaint."),
    P("P22", "conexus", domain="fenwickwindows.co.uk",
      subjects=["Still no response to my complaint", "Complaint ref {ref} - nine weeks"],
      text="I made a complaint about the charges added to my account, and your acknowledgement said I "
           "would have a final answer within eight weeks. It is now nine weeks and I have heard nothing, despite two "
           "phone calls where I was told it was 'with the team'.\n\n"
           "Please send me your final response now, and tell me why it is late.",
      short="Nine weeks since my complaint and still no final response. Please send it now.",
      sig="Fenwick Windows & Doors\n07700 900412",
      tail="You are receiving this email because you are a customer of Fenwick Windows & Doors. To unsubscribe from "
           "our seasonal offers reply STOP.",
      quote="Thank you for your email. We have logged your complaint under reference {ref} and will send you a final "
            "response within eight weeks.\n\nConexus Complaints",
      lab=L(c=True, ex=True, cat="delay"),
      note="A chaser about an overdue final response to the writer's own complaint is an explicit delay complaint; the STOP "
           "line is the writer's small firm's signature footer."),
    P("P23", "conexus",
      subjects=["Payment plan rejected by your website", "Plan offer refused automatically"],
      text="I tried to set up a plan of £40 a month on account {ref} using your online tool. It rejected the offer "
           "within seconds and told me the minimum is £95, which I can't pay without missing rent. There was no way to "
           "explain my circumstances, and the phone line just sends me back to the website.\n\n"
           "I've got an income and expenditure sheet from my adviser showing what I can afford. "
           "[[automated_decision|I want a person to look at my offer and make the decision, not your website.]] Please "
           "reply in writing. The email your system sent me is pasted below.",
      tail="Copy of your email:\nYour payment offer could not be accepted. Minimum payment required: £95.00.\n"
           "This is an automated message. To stop receiving these emails, manage your preferences in the customer portal.",
      quote="Your online payment offer could not be accepted. Please use the online tool to make a new offer.\n\n"
            "Account {ref}\nConexus Customer Services",
      lab=L(c=True, r="automated_decision", cat="process"),
      note="A plan refused automatically under a fixed minimum with no way to explain, plus a demand for a written "
           "reply, is an implicit complaint about the rule applied (process); asking for a person to decide is "
           "automated_decision, and the pasted automated message is evidence."),
    P("P24", "conexus", domain="aldbury-pc.gov.uk",
      subjects=["Sterling Credit loan is not mine - account {ref}", "Account {ref} - identity fraud"],
      text="For the third time: the Sterling Credit loan you are chasing was taken out in my name by someone else. I "
           "reported it to Action Fraud (crime reference NFRC{crime}) and sent you the reference a month ago, yet your "
           "letters keep coming and the latest one threatens a doorstep visit.\n\n"
           "[[restriction|While you and Sterling Credit investigate, please stop using my details to pursue this "
           "account and don't pass them to any credit reference agency or tracing company.]] I expect a written reply "
           "explaining what you are doing about the fraud report.",
      sig="Clerk to Aldbury Parish Council",
      tail="You are receiving this email because you have contacted Aldbury Parish Council or subscribed to its "
           "newsletter. To unsubscribe, email the clerk at this address.",
      quote="We are writing about the balance on account {ref}. Please contact us within 14 days to discuss payment.\n\n"
            "Conexus Customer Services",
      lab=L(c=True, r="restriction", cat="debt_dispute"),
      note="Being pursued for a loan already reported as fraud, with a written reply expected, is an implicit "
           "debt_dispute complaint about Conexus's own continued pursuit (firm null, as for a paid debt still chased); "
           "'stop using my details until investigated' is restriction."),
    P("P25", "conexus", domain="brookfieldvets.co.uk",
      subjects=["Paying on behalf of my father", "Setting up payments for my dad - account {ref}"],
      text="My father, {client}, has asked me to help with his account {ref} because his eyesight is failing. He's "
           "happy with the plan he agreed; we just want to switch from paying by card over the phone to a standing "
           "order from his bank.\n\n"
           "Could you send me the details we need for a standing order (sort code, account number and the reference to "
           "quote), and let me know whether you need anything from him to confirm I can help?",
      sig="Practice Administrator\nBrookfield Veterinary Centre",
      tail="Brookfield Veterinary Centre, 22 Station Road.\nYou are receiving this email because you are a client of "
           "Brookfield Veterinary Centre. To stop receiving appointment reminders and offers, click here to manage "
           "your preferences.",
      lab=L(tp=True),
      note="A relative writing for their father about a routine payment change is third_party but shows no "
           "dissatisfaction, so it is an enquiry; the vet practice's reminder footer is the writer's work signature."),
    P("P26", "conexus", domain="bellfieldmotors.co.uk",
      subjects=["Complaint - my statement sent to my old work email", "Statement emailed to an address I left behind"],
      text="I want to complain about how my details have been handled. Last Tuesday you emailed my account statement, "
           "with my balance and payment history, to my old work address at Harrow Lane Garage. I left there in the "
           "spring and never gave you that address for this account. The office manager opened it and forwarded it to "
           "me at my new job, so a former employer now knows about my debt.\n\n"
           "I expect an explanation and an apology. [[erasure|Please delete the Harrow Lane Garage email address from my "
           "records straight away.]]",
      short="I'm complaining because you emailed my statement and balance to my old work address, where the office "
            "manager opened it. [[erasure|Delete that Harrow Lane Garage address from my records now.]]",
      sig="Parts Adviser\nBellfield Motors",
      tail="Bellfield Motors Ltd, Main Dealer.\nYou are receiving this email because you are a customer of Bellfield "
           "Motors. To stop receiving service reminders and offers, manage your preferences or unsubscribe.",
      lab=L(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
      note="Debt details emailed to a former employer's inbox and read there is a breach in an explicit personal_data "
           "complaint; 'delete that address from my records' is erasure; the dealership footer is the new employer's "
           "signature."),
    P("P27", "conexus", domain="millbrookfoodbank.org.uk",
      subjects=["Account {ref} - my information", "Information about account {ref}"],
      text="I'm meeting a debt adviser next month and want to have everything in one place.\n\n"
           "[[access|Please send me a copy of all the personal data you hold about me on account {ref}, including "
           "letters, notes of calls and any call recordings.]]\n\n"
           "Email to this address is fine, and I can send ID if you need it.",
      subject_only="[[access|Please send me a copy of all the data you hold on me, account {ref}]]",
      sig="Volunteer, Millbrook Food Bank",
      tail="Millbrook Food Bank is part of a national network of food banks. Registered charity 1142208.\nYou are "
           "receiving this email because you are a volunteer or supporter of Millbrook Food Bank. If you no longer wish "
           "to hear from us, email unsubscribe@millbrookfoodbank.org.uk.",
      lab=L(r="access"),
      note="A neutral request for a copy of the writer's own data, call notes and recordings is access without a complaint; the "
           "food bank's 'if you no longer wish to hear from us' line is the writer's volunteer signature."),
    P("P28", "conexus",
      subjects=["Lumen Water - billed for a property I sold", "Fwd: Your Lumen Water bill"],
      text="Your letter says I owe Lumen Water £286.15. I sold 31 Kingfisher Road in June and completed on the 20th. "
           "Lumen were told by my solicitor and by me, and their own email below shows they kept billing me until "
           "October. This is Lumen's billing mistake and I'm not paying for water someone else used.\n\n"
           "Please send it back to them to sort out. [[informed|Separately, I'd like you to tell me what personal "
           "information Lumen passed to you when they referred the account, and what you use it for.]]",
      tail=FWD.format(sender="Lumen Water <ebilling@lumenwater.co.uk>", subject="Your Lumen Water bill")
           + "Your latest bill is ready. Billing period: 1 July to 30 September. Amount due: £286.15.\n\n"
             "You are receiving this email because you registered for e-billing with Lumen Water. Manage your "
             "preferences | View in browser",
      quote="Lumen Water has passed your account {ref} to us for collection. The balance is £286.15.\n\n"
            "Conexus Customer Services",
      lab=L(c=True, r="informed", cat="debt_dispute", firm="lwt"),
      note="The amount is wrong because of the creditor's own billing after the sale, which only Lumen can correct: an "
           "implicit debt_dispute complaint with about_other_firm=lwt; asking what data Lumen passed on and its use is "
           "informed."),
    P("P29", "conexus",
      subjects=["Your 'settle today' emails", "Discount offers - I replied STOP"],
      text="Since I set up my plan in May I've had a stream of 'settle today and save 30%' emails and texts from you, "
           "sometimes two a week. The bottom of each one, pasted below, says to reply STOP to stop them. I have replied "
           "STOP four times and they keep coming.\n\n"
           "[[objection|I object to you using my contact details for these offers or any other promotional messages.]] "
           "I'm keeping to my plan; I only want letters about the account itself. Please confirm this has been done.",
      short="I've replied STOP four times and your settlement offers keep coming. [[objection|I object to my contact "
            "details being used for promotional messages of any kind.]] Please confirm.",
      tail="--------\nWant to clear your balance for less? Reply SETTLE to find out more.\nTo stop receiving these "
           "emails, reply STOP. You are receiving this email because you have an account managed by Conexus.",
      quote="Thank you for contacting us. We have noted your contact preferences on account {ref}.\n\n"
            "Conexus Customer Services",
      lab=L(c=True, pd=True, r="objection", cat="personal_data"),
      note="Promotional messages that continue after repeated STOP replies, with confirmation demanded, are an implicit "
           "personal_data complaint (data used against the writer's wishes); 'I object to... promotional messages' is objection, "
           "and the pasted STOP footer is Conexus's, quoted as evidence."),
    P("P30", "conexus", domain="parliament-office.org.uk",
      subjects=["Constituent {client} - unable to reach you by phone", "Our ref {oref} - {client}"],
      text="I am a caseworker in the office of Jo Bellamy MP and I am writing on behalf of our constituent, {client}, "
           "who has been trying to agree a payment arrangement with you on account {ref}. On four occasions in the last "
           "fortnight they waited on hold for more than 50 minutes before the call was dropped, and the call-back "
           "request on your website has not produced a call.\n\n"
           "Our constituent wants to pay and is anxious about the letters arriving in the meantime. Please arrange for "
           "someone to call them within five working days and let this office know when that has happened.",
      sig="Caseworker\nOffice of Jo Bellamy MP",
      tail="This email is intended for the addressee only.\nYou are receiving this email because you contacted Jo "
           "Bellamy MP or signed up for updates. To stop receiving Jo's constituency newsletter, click here to "
           "unsubscribe. Manage your preferences.",
      lab=L(tp=True, c=True, cat="wait_time"),
      note="An MP's caseworker reporting a constituent's long holds and dropped calls and asking for a call-back is an "
           "implicit third-party wait_time complaint; the newsletter unsubscribe lines are the MP's office signature."),
]

# ---------------------------------------------------------------------------------------------------------------
# Group M: machine-made
# ---------------------------------------------------------------------------------------------------------------

AUTO_HDR = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}

SCEN_M = [
    M("M01", "pexa", senders=[("The Conveyancing Brief", "editor@conveyancingbrief.co.uk"),
                              ("Conveyancing Brief Weekly", "news@mail.conveyancingbrief.co.uk")],
      subjects=["This week: digital completions pass 60% of remortgages",
                "Remortgages go digital, search delays ease, and more"],
      text="THE CONVEYANCING BRIEF | Issue 212\n\n"
           "Digital completions now account for more than 60% of remortgages\nLenders report that most remortgage "
           "completions on their panels are now settled digitally, up from under half a year ago. Smaller firms say "
           "training time remains the main obstacle.\n\n"
           "Local search turnaround improves in the North West\nAverage local authority search times fell to 9 working "
           "days last quarter.\n\nDiary: Residential Property Forum, Manchester, 12 June. Early-bird tickets close Friday.",
      footer="You are receiving this email because you subscribed to The Conveyancing Brief. Unsubscribe | Manage your "
             "preferences | View in browser\nThe Conveyancing Brief, 8 Fleet Court, London EC4A 2BB",
      headers={"precedence": "bulk", "list-unsubscribe": "<https://conveyancingbrief.co.uk/u?c={ref}>"},
      html_p=0.7, vib=True, short=True,
      note="A trade newsletter with an unsubscribe footer is machine-made bulk mail whether or not list headers are "
           "present, so auto_generated=true and every other label is empty."),
    M("M02", "pexa", senders=[("Harcourt Vale Solicitors", "updates@harcourtvale.co.uk"),
                              ("Harcourt Vale Property Team", "newsletter@harcourtvale.co.uk")],
      subjects=["Harcourt Vale: your spring property update", "Moving home this year? Our spring update"],
      text="Spring Property Update from Harcourt Vale Solicitors\n\n"
           "Stamp duty thresholds: what changes on 1 April and what it means for first-time buyers.\n"
           "Leasehold reform: our team explains the new rules on ground rent.\n"
           "Meet the team: our new office in Bicester opens in May.\n\n"
           "Your privacy: we hold your contact details to send you updates about our services. You have the right to ask "
           "for a copy of the data we hold about you, to ask us to correct it, and to object to marketing at any time. "
           "See our privacy notice for details.",
      footer="You are receiving this email because you are a client of Harcourt Vale Solicitors. If you no longer wish "
             "to hear from us, click here to unsubscribe or manage your preferences. View in browser.",
      html_p=0.7, greet=True, info=True,
      note="A law firm's client newsletter that reached the mailbox is machine-made bulk mail; its privacy paragraph "
           "states rights as information, not a request, so auto_generated and nothing else."),
    M("M03", "pexa", senders=[("CaseLink Notifications", "notifications@caselink-mail.co.uk"),
                              ("Denholm Rourke via CaseLink", "no-reply@caselink-mail.co.uk")],
      subjects=["Matter {mref}: completion date recorded", "Update on matter {mref}"],
      text="This is an automatic notification from CaseLink on behalf of Denholm Rourke Solicitors.\n\n"
           "Matter: {mref} - 27 Ferndale Avenue\nEvent: Completion date recorded\nRecorded by: Property team\n\n"
           "No action is needed. Documents for this matter are available in the client portal.\n\n"
           "We keep matter records for six years after the matter closes and then delete them. You can ask for a copy "
           "of your personal data held in the portal at any time.",
      footer="You are receiving this email because your address is listed as a contact on this matter. To stop "
             "receiving these notifications, update your notification settings. Please do not reply to this email.",
      html_p=0.3, info=True,
      note="A case-management system notification is auto-generated; its retention and copy-of-data lines are "
           "information, so every other label stays empty."),
    M("M04", "pexa", senders=[("LearnPath for PEXA", "no-reply@learnpath-mail.co.uk"),
                              ("PEXA Learning (LearnPath)", "courses@learnpath-mail.co.uk")],
      subjects=["Your certificate is ready: Settlement Essentials", "Module complete - download your certificate"],
      text="Congratulations - you have completed Settlement Essentials (module 3 of 5). Your certificate is ready to "
           "download from your learner dashboard.\n\n"
           "Next module: Lodgement and post-settlement checks (35 minutes).\n\n"
           "Your learner profile: please check that your name is spelled as it should appear on certificates. You can ask "
           "us to correct your details at any time from the profile page.",
      footer="You are receiving this email because you are enrolled on a course hosted by LearnPath for PEXA. Manage "
             "your notification preferences | Unsubscribe from course reminders",
      html_p=0.5, greet=True, info=True,
      note="A learning-platform certificate notice is auto-generated; 'ask us to correct your details' is a standing "
           "offer in the template, not a writer's rectification request."),
    M("M05", "pexa", senders=[("Thames Valley Mortgages Completions", "completions@tvmortgages.co.uk"),
                              ("TVM Completions Team", "completions@tvmortgages.co.uk")],
      subjects=["Automatic reply: Workspace {ref}", "Thank you for your email - Thames Valley Mortgages"],
      text="Thank you for contacting the Thames Valley Mortgages completions team. This is an automatic "
           "acknowledgement: your email has been received and will be answered within two working days.\n\n"
           "For same-day completions please call 0118 496 0457, option 3.\n\n"
           "If your email is a request for a copy of your personal data or to correct your details, please send it to "
           "our Data Protection Officer at dpo@tvmortgages.co.uk so that it can be logged; this mailbox is not monitored "
           "for data protection requests.",
      footer="You are receiving this automatic reply because you emailed the Thames Valley Mortgages completions team. "
             "To manage your contact preferences, visit tvmortgages.co.uk/preferences.",
      headers=AUTO_HDR, html_p=0.2,
      aq="From: PEXA Support\nSubject: Workspace {ref}\n\nPlease can you confirm the funds for workspace {ref} have "
         "been released?",
      info=True,
      note="A lender's automatic acknowledgement, with or without auto-reply headers, is auto-generated; its pointer "
           "to the DPO for data requests is information and Thames Valley is only the sender."),
    M("M06", "pexa", senders=[("Inkbridge", "hello@inkbridge-sign.co.uk"), ("Sam at Inkbridge", "sam@news.inkbridge-sign.co.uk")],
      subjects=["Cut signing delays on completion day", "Still printing transfer deeds?"],
      text="Still chasing wet signatures on completion day?\n\n"
           "Inkbridge lets your clients sign transfer deeds and mortgage documents on their phone in minutes, with "
           "identity checks built in. Firms using Inkbridge report completion-day signing delays down by 70%.\n\n"
           "Book a 20-minute demo this month and get your first 50 envelopes free.\n\n"
           "We contacted you because your business address is listed in a public directory of property professionals. "
           "You can object to marketing at any time: reply STOP and we'll remove you from our list.",
      footer="To stop receiving these emails, click unsubscribe. Inkbridge Ltd, 3 Canal Wharf, Leeds LS11 5PS. View in browser",
      html_p=0.6, greet=True, vib=True, info=True,
      note="Vendor marketing is machine-made bulk mail; 'you can object to marketing, reply STOP' tells the reader their "
           "right and is not a request to PEXA."),
    M("M07", "pexa", senders=[("Midlands Property Lawyers Association", "events@mpla.org.uk"),
                              ("MPLA Events", "events@mpla.org.uk")],
      subjects=["You're invited: MPLA Summer Conference", "Early-bird rate ends 30 May - MPLA Summer Conference"],
      text="You're invited: Midlands Property Lawyers Association Summer Conference\n\n"
           "Thursday 19 June, Birmingham. Sessions include fraud in conveyancing, the future of digital settlement, and "
           "a panel with three lenders' panel managers.\n\n"
           "Members: £95. Non-members: £140. Book by 30 May for the early rate.",
      footer="View in browser. You are receiving this email because you attended a previous MPLA event or joined our "
             "mailing list. To unsubscribe, click here. Manage your preferences.",
      html_p=0.6, short=True,
      note="An event invitation sent to a mailing list is auto-generated: no person wrote it to the firm, so every "
           "other label is empty."),
    M("M08", "pexa", senders=[("Shieldpost Status", "status@shieldpost-mail.net"), ("Shieldpost", "noreply@shieldpost-mail.net")],
      subjects=["[Resolved] Delayed inbound email for some UK customers", "Incident resolved: inbound mail delays"],
      text="[Resolved] Delayed inbound email for some UK customers\n\n"
           "Incident summary: between 08:12 and 09:47 UTC some inbound messages to UK-hosted mailboxes were queued. All "
           "queued messages have now been delivered and no messages were lost.\n\n"
           "We apologise for the disruption. A full incident report will be published within five working days.",
      footer="You are receiving this email because you subscribed to status updates for Shieldpost. Manage your "
             "subscription or unsubscribe from these notifications.",
      html_p=0.3,
      note="A status-page incident notice is a system notification (auto_generated); its apology and outage wording "
           "are not a grievance from anyone."),
    M("M09", "pexa", senders=[("Property Registry Portal", "bulletin@propertyregistryportal.co.uk"),
                              ("Portal Bulletin", "no-reply@propertyregistryportal.co.uk")],
      subjects=["Portal Bulletin - May", "Portal Bulletin: maintenance this weekend and privacy notice update"],
      text="Portal Bulletin - May\n\n"
           "Scheduled maintenance: the portal will be unavailable from 20:00 on Saturday to 06:00 on Sunday.\n"
           "New: application status notifications now include the title number.\n"
           "Reminder: the old fee calculator will be withdrawn at the end of the month.\n\n"
           "Your data: we have updated our privacy notice. Customers can ask for a copy of the personal data we hold, "
           "ask for it to be corrected, and in some cases ask us to restrict how it is used. We keep application "
           "records for as long as the law requires.",
      footer="You are receiving this email because you have a business e-services account. To stop receiving these "
             "bulletins, change your email preferences in the portal. View this bulletin online.",
      html_p=0.5, info=True,
      note="A portal bulletin is auto-generated; its list of data rights describes what customers may do and asks "
           "nothing of PEXA, so rights stay empty."),
    M("M10", "pexa", senders=[("Practice Compliance Monthly", "editor@practicecompliance.co.uk"),
                              ("PCM Newsletter", "news@practicecompliance.co.uk")],
      subjects=["Subject access requests: the one-month clock explained", "SARs, erasure and what to tell clients"],
      text="PRACTICE COMPLIANCE MONTHLY\n\n"
           "Subject access: counting the month\nWhen a client asks for a copy of their data, the clock starts on the day "
           "you receive the request. We explain how to count it, when you can extend, and what to do if you need to "
           "confirm identity.\n\n"
           "Erasure requests after completion\nCan a client ask you to delete their file once a sale completes? Usually "
           "not straight away: regulatory retention periods apply. Our template reply explains why.\n\n"
           "Complaints handling: eight-week letters that work\nThree examples of clear final responses.",
      footer="You are receiving this email because you subscribed to Practice Compliance Monthly. To stop receiving "
             "these emails, unsubscribe here. Manage preferences | View in browser",
      html_p=0.7, short=True, info=True,
      note="A compliance newsletter about access, erasure and complaint letters is auto-generated; rights and "
           "complaints are its topics, not requests or grievances from a sender."),
    M("M11", "pexa", senders=[("Orchard Lane Solicitors", "feedback@orchardlanesolicitors.co.uk"),
                              ("Client Feedback Team", "survey@feedbackhub-mail.co.uk")],
      subjects=["How did we do? Your recent matter with Orchard Lane", "Two minutes to rate your experience"],
      text="Your matter with Orchard Lane Solicitors has now completed. We'd love to know how we did.\n\n"
           "How likely are you to recommend us to a friend? Click a number from 0 to 10 to answer.\n\n"
           "The survey takes about two minutes. Your responses are used to improve our service. We will delete your "
           "survey responses after 12 months, and you can ask us not to contact you for feedback again.",
      footer="You are receiving this email because you are a client of Orchard Lane Solicitors. To opt out of feedback "
             "requests, click here. Survey powered by FeedbackHub.",
      html_p=0.6, greet=True, info=True,
      note="An automated satisfaction survey is auto-generated even though it names a directory firm; Orchard Lane is "
           "only the sender, so about_other_firm stays null and no right is requested."),
    M("M12", "pexa", senders=[("Webinars by EventDeck", "reminders@eventdeck-mail.com"),
                              ("EventDeck", "no-reply@eventdeck-mail.com")],
      subjects=["Reminder: 'Getting ready for digital remortgages' starts in 1 hour",
                "Starting soon: Getting ready for digital remortgages"],
      text="Reminder: 'Getting ready for digital remortgages' starts in 1 hour.\n\n"
           "Join from your computer or phone using the link below. Your personal joining link is unique to you; please "
           "don't share it.\n\nCan't make it? A recording will be sent to all registrants.\n\n"
           "Your registration details are shared with the event organiser. Update your preferences or ask us to delete "
           "your registration at any time from your account page.",
      footer="You are receiving this email because you registered for this webinar. Manage your preferences | "
             "Unsubscribe from event reminders | View in browser",
      html_p=0.5, greet=True, info=True,
      note="A webinar reminder is a system notification; 'ask us to delete your registration' is template information, "
           "not an erasure request to PEXA."),
    M("M13", "pexa", senders=[("Conveyancing Practitioners Forum", "cpf-digest@lists.practitionersforum.org.uk"),
                              ("CPF list", "cpf-digest@lists.practitionersforum.org.uk")],
      subjects=["Conveyancing Practitioners Forum digest, Vol 41, Issue 9", "CPF digest: 4 new messages"],
      text="Today's topics:\n1. Settlements stuck on Thursday afternoon?\n2. Bank holiday cut-offs\n"
           "3. Training module locked\n4. Leaving the profession - data\n\n"
           "Message 1 - Settlements stuck on Thursday afternoon?\nAnyone else see three settlements stuck 'pending' on "
           "Thursday between 2 and 3pm? Ours all went through in the end, but nobody could tell us why.\n\n"
           "Message 2 - Bank holiday cut-offs\nSame as a normal Thursday per the user guide, I believe.\n\n"
           "Message 3 - Training module locked\nOur new starter can't open module 4. Is it just us?\n\n"
           "Message 4 - Leaving the profession - data\nHas anyone asked the platform for a copy of their user data when "
           "leaving a firm? Is it a quick process?",
      footer="You received this digest because you are subscribed to the Conveyancing Practitioners Forum list. To "
             "unsubscribe or switch to individual messages, visit the list settings page. To post, email "
             "cpf@lists.practitionersforum.org.uk.",
      headers={"list-id": "<cpf.lists.practitionersforum.org.uk>", "precedence": "list"}, html_p=0.0, info=True,
      note="A mailing-list digest is auto-generated: members' gripes about stuck settlements and a question about "
           "getting a copy of data are list posts, not a complaint or request to PEXA."),
    M("M14", "pexa", senders=[("Mail Security", "quarantine@shieldpost-mail.net"),
                              ("Shieldpost Quarantine", "digest@shieldpost-mail.net")],
      subjects=["Quarantine summary: 3 messages held", "Your daily quarantine report"],
      text="Quarantine summary for the complaints mailbox\n\n3 messages were held in the last 24 hours:\n"
           "- 'Invoice overdue - action needed' from billing@payrol-updates.top (suspected phishing)\n"
           "- 'Your parcel could not be delivered' from tracking@dlv-notice.info (suspected phishing)\n"
           "- 'Spring offers' from offers@bulkmailer-sends.net (bulk)\n\n"
           "Held messages are deleted automatically after 14 days. To release a message, open the quarantine portal.",
      footer="You are receiving this report because your mailbox is protected by Shieldpost. To stop receiving these "
             "reports, change your preferences in the quarantine portal.",
      html_p=0.3,
      note="A quarantine report is a system notification (auto_generated); 'deleted after 14 days' refers to held "
           "messages, not anyone's erasure request."),
    M("M15", "pexa", senders=[("PropertyPulse", "growth@propertypulse-alerts.co.uk"),
                              ("Jordan from PropertyPulse", "jordan@propertypulse-alerts.co.uk")],
      subjects=["Grow your conveyancing pipeline with instant instruction alerts", "Reach buyers before their agent does"],
      text="Grow your conveyancing pipeline with instant instruction alerts\n\n"
           "PropertyPulse tells you the moment a home in your area goes under offer, so your team can reach buyers "
           "before their agent recommends someone else.\n\nFree 14-day trial for new firms.\n\n"
           "How we use your data: we obtained your business contact details from public directories of regulated firms. "
           "You have the right to object to this processing at any time. To stop marketing, reply STOP or use the link below.",
      footer="To unsubscribe from PropertyPulse emails, click here. You are receiving this email because your firm is "
             "listed in a public directory. View in browser",
      html_p=0.6, greet=True, short=True, info=True,
      note="Cold marketing is machine-made bulk mail; its statement of where it got the data and of the right to object "
           "is the sender's notice, not a request to PEXA."),
    # ----------------------------------------------------------------------------- conexus
    M("M16", "conexus", senders=[("Northline Energy Agency Portal", "agency-portal@northline-energy.co.uk"),
                                 ("Northline Agency Services", "no-reply@northline-energy.co.uk")],
      subjects=["New placement file available", "Placement file ready for download"],
      text="New placement file available\n\nA new placement file is ready for download in the agency portal.\n"
           "File: NTE_PLACEMENT_{ref2}.csv\nAccounts: 214\nAvailable for: 14 days\n\n"
           "Please log in to the portal to download the file. Files are removed automatically after 14 days.",
      footer="You are receiving this email because you are a registered agency user. To stop receiving these alerts, "
             "change your notification settings in the portal. Do not reply to this email.",
      html_p=0.2,
      note="A creditor portal alert is a system notification; Northline is only the sender, so auto_generated and "
           "every other label empty."),
    M("M17", "conexus", senders=[("Collections Forum Weekly", "weekly@collectionsforum.co.uk"),
                                 ("Collections Forum", "news@collectionsforum.co.uk")],
      subjects=["Vulnerable-customer review published; ICO on representatives' access requests",
                "This week: vulnerability outcomes and access requests from advisers"],
      text="COLLECTIONS FORUM WEEKLY\n\n"
           "Regulator publishes review of vulnerable-customer outcomes\nThe review found most firms now record "
           "vulnerability, but fewer can show it changed how accounts were handled.\n\n"
           "ICO guidance: access requests from representatives\nDebt advice charities regularly ask agencies for call "
           "recordings on behalf of clients. The guidance confirms that a request made with the customer's authority "
           "should be handled as the customer's own request for a copy of their data.\n\n"
           "Events: collections compliance roundtable, 3 July.",
      footer="You are receiving this because you subscribed at collectionsforum.co.uk. Unsubscribe | Manage preferences "
             "| View in browser",
      html_p=0.7, vib=True, info=True,
      note="An industry newsletter is auto-generated; its article on access requests by representatives is news, not a "
           "request, so rights and third_party stay empty."),
    M("M18", "conexus", senders=[("Tynedale Money Help", "info@tynedalemoneyhelp.org.uk"),
                                 ("Tynedale Money Help Casework", "casework@tynedalemoneyhelp.org.uk")],
      subjects=["Thank you for contacting Tynedale Money Help", "Automatic reply: Client {client}"],
      text="Thank you for getting in touch with Tynedale Money Help. This is an automatic reply to let you know we have "
           "received your email.\n\n"
           "We are currently experiencing high demand and aim to reply within 10 working days. If you are a creditor or "
           "collection agency writing about a client, please quote the client's full name and our reference.\n\n"
           "How we use your information: we keep case records for six years after a case closes. You can ask for a copy "
           "of the information we hold about you, or ask us to correct it, by writing to our data protection lead.",
      footer="Tynedale Money Help is a registered charity. You are receiving this email because you contacted us. If you "
             "no longer wish to hear from us, reply with UNSUBSCRIBE.",
      headers={"auto-submitted": "auto-replied"}, html_p=0.2,
      aq="From: Conexus Customer Services\nSubject: Client {client}\n\nThank you for your letter of authority for "
         "{client}. We have placed a 30-day hold on the account.",
      info=True,
      note="A money-advice charity's auto-reply is auto-generated, so third_party stays false despite the adviser "
           "sender, and its data-rights paragraph is information."),
    M("M19", "conexus", senders=[("Paybridge Payments", "receipts@paybridge-payments.co.uk"),
                                 ("Paybridge Receipts", "no-reply@paybridge-payments.co.uk")],
      subjects=["Payment received - reference {ref}", "Your receipt from Paybridge"],
      text="Payment received\n\nAmount: £{amt}\nPaid to: Conexus\nReference: {ref}\n\n"
           "Keep this email as your receipt. If you did not make this payment, contact your bank.\n\n"
           "We keep payment records for six years to meet legal requirements and will then delete them. See our privacy "
           "notice to find out more about your rights.",
      footer="You are receiving this email because a payment was made using this address. Manage your notification "
             "settings. This mailbox is not monitored.",
      html_p=0.4, info=True,
      note="A payment receipt is a system notification; the six-year deletion line is a retention statement, not an "
           "erasure request."),
    M("M20", "conexus", senders=[("Callhaven", "marketing@callhaven-contact.co.uk"),
                                 ("Priya at Callhaven", "priya@news.callhaven-contact.co.uk")],
      subjects=["Reach more customers with fewer calls", "Built-in Breathing Space flags - see a demo"],
      text="Reach more customers with fewer calls\n\n"
           "Our contact platform schedules SMS, email and calls around each customer's preferred times, with built-in "
           "Breathing Space and vulnerability flags.\n\n"
           "See it in action at our stand at the Collections Compliance Summit, or book an online demo.\n\n"
           "You are on our list because you downloaded our guide to contact strategies. To stop marketing, reply STOP.",
      footer="To unsubscribe from Callhaven updates, click here. Manage your preferences. Callhaven Ltd, Unit 2, "
             "Quayside Park, Bristol BS1 6XG.",
      html_p=0.6, greet=True, vib=True, info=True,
      note="Software marketing to the mailbox is machine-made bulk mail; 'to stop marketing, reply STOP' is the "
           "vendor's opt-out notice, not an objection by a data subject."),
    M("M21", "conexus", senders=[("Conexus Customer Portal", "portal-alerts@conexus-services.com"),
                                 ("Customer Portal Alerts", "no-reply@conexus-services.com")],
      subjects=["New secure message received (1)", "Portal alert: 1 unread secure message"],
      text="A customer has sent a new secure message in the customer portal.\n\n"
           "Account: {ref}\nMessage subject: Complaint - calls at work\nReceived: today\n\n"
           "For security reasons the message is not included in this email. Log in to the portal to read and respond.\n\n"
           "Customers can update their contact details, ask us to correct their details and download their statements "
           "in the portal.",
      footer="You are receiving this email because you are a portal administrator. Manage your alert preferences in the "
             "admin area. This is an automated message; do not reply.",
      html_p=0.3, info=True,
      note="A portal alert is a system notification: the customer's complaint appears only as a subject line in a "
           "machine-made alert and must be read in the portal, so auto_generated with every other label empty."),
    M("M22", "conexus", senders=[("Lumen Water", "news@lumenwater.co.uk"), ("Lumen Water Updates", "updates@lumenwater.co.uk")],
      subjects=["Your summer update from Lumen Water", "Free water-saving pack, planned works and more"],
      text="Your summer update from Lumen Water\n\n"
           "Save water, save money: a free water-saving pack for every household that asks before August.\n"
           "Planned works: pipe replacement on the A52 from 16 June.\n"
           "Struggling to pay? Our social tariff could cut your bill by up to 45%.\n\n"
           "Your details: if anything we hold about you is out of date, you can ask us to correct your details at any "
           "time in your online account. Update your preferences to choose which emails you get.",
      footer="You are receiving this email because you have an online account with Lumen Water. To stop receiving these "
             "emails, unsubscribe. View in browser. Lumen Water plc, Lumen House, Riverside Way, Derby DE1 3GN.",
      html_p=0.7, greet=True, vib=True, info=True,
      note="A creditor's customer newsletter is auto-generated; Lumen is only the sender (about_other_firm null) and "
           "'ask us to correct your details' is information."),
    M("M23", "conexus", senders=[("Pennant Mobile Customer Complaints", "complaints@pennantmobile.co.uk"),
                                 ("Pennant Mobile", "complaints@pennantmobile.co.uk")],
      subjects=["We've received your email [ref {ref2}]", "Automatic reply: Account referral"],
      text="Thank you for your email. This is an automatic acknowledgement, so please don't reply to it.\n\n"
           "Your reference is {ref2}. We aim to respond within 5 working days.\n\n"
           "If you have asked for a copy of your personal data, our Data Protection team will reply within one month of "
           "receiving your request.\n\nPennant Mobile Customer Complaints",
      footer="You are receiving this automated message because you emailed Pennant Mobile Customer Complaints. To "
             "manage your communication preferences, visit pennantmobile.co.uk/preferences.",
      headers=AUTO_HDR, html_p=0.2,
      aq="From: Conexus Client Services\nSubject: Account referral\n\nPlease confirm the balance on the enclosed "
         "account before we continue collection.",
      info=True,
      note="A creditor's complaints-team autoresponder is auto-generated even though it says 'complaints' and mentions "
           "data requests; Pennant is only the sender."),
    M("M24", "conexus", senders=[("Privacy Matters Monthly", "editor@privacymatters-news.co.uk"),
                                 ("Privacy Matters", "newsletter@privacymatters-news.co.uk")],
      subjects=["Erasure in debt collection: three tribunal decisions", "Automated affordability decisions under scrutiny"],
      text="PRIVACY MATTERS MONTHLY\n\n"
           "The right to erasure in debt collection: three tribunal decisions\nCustomers often ask agencies to delete "
           "their data once an account is closed. We look at when retention is still justified and what to say in reply.\n\n"
           "Automated decisions: affordability tools under scrutiny\nIf a payment plan is refused solely by an "
           "algorithm, customers can ask for a person to review the decision. Here is what regulators expect.\n\n"
           "Webinar: right of access in practice, 24 June.",
      footer="You are receiving this email because you subscribed to Privacy Matters Monthly. To stop receiving these "
             "emails, unsubscribe here. Manage your preferences | View in browser",
      html_p=0.7, short=True, info=True,
      note="A privacy newsletter about erasure and automated decisions is auto-generated; the rights are its subject "
           "matter, not requests to Conexus."),
    M("M25", "conexus", senders=[("Advisers' Network list", "advisers-digest@lists.advicenetwork.org.uk"),
                                 ("Advisers Network Digest", "advisers-digest@lists.advicenetwork.org.uk")],
      subjects=["Advisers' Network digest - 3 messages", "Advisers' Network digest, Vol 18, Issue 22"],
      text="Advisers' Network digest - 3 messages\n\n"
           "1. Conexus - call recordings\nHas anyone had call recordings from Conexus recently for a client? I sent a "
           "request for a copy of the client's data with a signed authority three weeks ago. Just wondering how long "
           "they usually take.\n\n"
           "2. Conexus - call recordings (reply)\nOurs came in about four weeks, by email.\n\n"
           "3. Breathing Space training dates\nThe next online sessions are listed on the network's website.",
      footer="You received this digest because you are a member of the Advisers' Network list. To unsubscribe, or to "
             "change to single messages, visit the list page. Manage your preferences.",
      headers={"list-id": "<advisers.lists.advicenetwork.org.uk>", "precedence": "list"}, html_p=0.0, info=True,
      note="A mailing-list digest is auto-generated: an adviser's post about an access request to Conexus is list "
           "traffic, not a request from the poster to the mailbox, so rights and third_party stay empty."),
    M("M26", "conexus", senders=[("Calendar", "calendar-noreply@conexus-services.com"),
                                 ("Calendar Reminders", "calendar-noreply@conexus-services.com")],
      subjects=["Reminder: Complaints MI review", "Reminder: Complaints MI review tomorrow at 10:00"],
      text="Reminder: Complaints MI review\n\nWhen: tomorrow, 10:00-11:00\nWhere: Meeting room 2 / online\n"
           "Organiser: Compliance and Risk Manager\n\nAgenda: monthly complaint volumes, root causes, overdue cases.",
      footer="You are receiving this email because you are an attendee of this event. To stop receiving these "
             "reminders, change your notification settings in Calendar.",
      html_p=0.2,
      note="A calendar reminder is a system notification; 'complaint volumes' is an agenda item, so not a complaint."),
    M("M27", "conexus", senders=[("Inkbridge", "no-reply@inkbridge-sign.co.uk"), ("Inkbridge Signing", "documents@inkbridge-sign.co.uk")],
      subjects=["Document completed: Income and expenditure statement", "All parties have signed your document"],
      text="Document completed\n\n"
           "'Income and expenditure statement - account {ref}' has been signed by all parties. A copy of the completed "
           "document is attached for your records.\n\n"
           "Signed documents are kept in our secure vault for seven years and then deleted. Account holders can request "
           "a copy of their signing history at any time.",
      footer="You are receiving this email because you were a recipient of this document. Manage your notification "
             "preferences. Powered by Inkbridge.",
      html_p=0.4, info=True,
      note="An e-signature completion notice is a system notification; its retention and copy-of-history lines are "
           "template information."),
    M("M28", "conexus", senders=[("Hearthstone Trust", "supporters@hearthstonetrust.org.uk"),
                                 ("Hearthstone Trust Winter Appeal", "appeal@hearthstonetrust.org.uk")],
      subjects=["This winter, help a family stay warm", "£25 could keep a family warm for a week"],
      text="This winter, help a family stay warm\n\n"
           "Last year your support helped 1,200 families with emergency heating grants. This winter the need is even "
           "greater.\n\n£25 could pay for a week's heating for a family with young children.\n\n"
           "Your privacy: we use your details to keep you informed about our work. You can ask us to stop using your data "
           "for fundraising at any time, and we will delete your details if you ask.",
      footer="Hearthstone Trust, registered charity 1109932. You are receiving this email because you are a supporter of "
             "Hearthstone Trust. If you no longer wish to hear from us, unsubscribe here. View in browser",
      html_p=0.7, greet=True, short=True, info=True,
      note="A charity's fundraising appeal is machine-made bulk mail; although it ends like a charity signature, no "
           "person wrote to Conexus, and its privacy lines are information."),
    M("M29", "conexus", senders=[("Mail Administrator", "mailadmin@conexus-services.com"),
                                 ("Mailbox Alerts", "alerts@conexus-services.com")],
      subjects=["Your mailbox is almost full", "Storage warning: complaints mailbox at 96%"],
      text="Your mailbox is almost full\n\n"
           "The mailbox complaints@conexus-services.com has used 48.2 GB of its 50 GB limit. When the mailbox is full, "
           "new messages will be rejected.\n\n"
           "To free up space, archive or delete older messages, or ask your administrator to increase the limit.",
      footer="This is an automated message from your mail system. To stop receiving storage warnings, manage your "
             "preferences in the admin centre.",
      html_p=0.3,
      note="A storage warning is a system notification; 'delete older messages' is housekeeping, not erasure."),
    M("M30", "conexus", senders=[("Online Money Claims", "noreply@moneyclaims-notify.co.uk"),
                                 ("Online Money Claims Service", "updates@moneyclaims-notify.co.uk")],
      subjects=["Your claim has been updated", "Claim {claimno}: the defendant has responded"],
      text="Your claim has been updated\n\nClaim number: {claimno}\nUpdate: the defendant has responded to the claim.\n\n"
           "Sign in to your account to see the response and what you need to do next. You have 28 days to respond.\n\n"
           "Read our privacy notice to find out how we use your data and your right to access it.",
      footer="You are receiving this email because you have an account with Online Money Claims. To stop receiving "
             "these emails, change your notification settings. Do not reply to this email; this mailbox is not monitored.",
      html_p=0.3, info=True,
      note="An online claims-service update is a system notification; 'your right to access it' points to a privacy "
           "notice and is not a request."),
]

SCENARIOS = SCEN_P + SCEN_M

# ---------------------------------------------------------------------------------------------------------------
# envelopes
# ---------------------------------------------------------------------------------------------------------------


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalpha())


def draw_person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def person_address(rng, first, last, domain):
    f, l_ = slug(first), slug(last)
    if domain:
        pat = rng.randrange(3)
        local = [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_[0]}"][pat]
        return f"{local}@{domain}"
    pat = rng.randrange(4)
    local = [f"{f}.{l_}", f"{f}{l_}{rng.randrange(10, 99)}", f"{f[0]}.{l_}", f"{l_}.{f}{rng.randrange(1, 9)}"][pat]
    return f"{local}@{rng.choice(MAILHOSTS)}"


def values(rng, mailbox, name, addr):
    """The placeholder values of one rendering (drawn in a fixed order)."""
    cf, cl = draw_person(rng)
    v = {
        "name": name, "addr": addr,
        "ref": (f"{rng.randrange(30, 40)}-{rng.randrange(100000, 999999)}" if mailbox == "pexa"
                else f"CX-{rng.randrange(1000000, 9999999)}"),
        "ref2": f"{rng.choice('ABHKN')}{rng.randrange(10000000, 99999999)}",
        "mref": f"{rng.choice(['CONV', 'RES', 'PUR'])}/{rng.randrange(10000, 99999)}/{rng.choice(['JH', 'KP', 'SW', 'RT'])}",
        "oref": f"JB{rng.randrange(10000, 99999)}",
        "crime": f"{rng.randrange(10**11, 10**12)}",
        "msgid": f"{rng.randrange(16**12, 16**13):x}%40fairbanklowe.co.uk",
        "fwd_date": f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026 at "
                    f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}",
        "client": f"{cf} {cl}",
        "amt": f"{rng.randrange(5, 200)}.{rng.choice(['00', '50', '25', '75'])}",
        "claimno": f"{rng.randrange(100, 999)}MC{rng.randrange(100, 999)}",
    }
    return v


def quote_for(rng, sc, v):
    """(header line, text) of the firm's earlier message for the reply envelope."""
    day = f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026"
    who = rng.choice(QUOTE_FROM[sc["mailbox"]])
    return f"On {day}, {who} wrote:", sc["quote"].format_map(v)


def draw_p_env(rng, sc, second, prev):
    variant = "full"
    if second and sc["subject_only"]:
        variant = "subject"
    elif second and sc["short"]:
        variant = "short"
    html = rng.random() < 0.25
    quote = bool(sc["quote"]) and rng.random() < 0.6
    typo = variant != "subject" and rng.random() < 0.45
    env = (variant, html, quote, typo)
    if env == prev:
        env = (variant, not html, quote, typo)
    return env


def render_p(rng, sc, idx, prev):
    variant, html, quote, typo = draw_p_env(rng, sc, idx == 1, prev)
    first, last = draw_person(rng)
    name = f"{first} {last}"
    addr = person_address(rng, first, last, sc["domain"])
    sender = f"{name} <{addr}>"
    if sc["via"] and rng.random() < 0.5:
        sender = f"{name} via {sc['via'][0]} <{sc['via'][1]}>"
    v = values(rng, sc["mailbox"], name, addr)
    greet = "" if rng.random() < 0.15 else rng.choice(GREET[sc["mailbox"]])
    signoff = rng.choice(SIGNOFF)
    sig = sc["sig"]
    tail = sc["tail"].format_map(v)
    closing = f"{signoff}\n{name}" + (f"\n{sig}" if sig else "")
    subject_marked = ""
    if variant == "subject":
        subject_marked = sc["subject_only"].format_map(v)
        marked_body = f"{name}" + (f"\n{sig}" if sig else "") + "\n\n" + tail
    else:
        text = (sc["short"] if variant == "short" else sc["text"]).format_map(v)
        parts = ([greet] if greet and variant == "full" else []) + [text, closing, tail]
        marked_body = "\n\n".join(parts)
        subject_marked = sc["subjects"][idx].format_map(v)
    if typo:
        marked_body = typos_outside_marks(marked_body, rng, MARK_RIGHTS, 0.3)
    body_marks = rights_marks_of(marked_body)
    subject_marks = rights_marks_of(subject_marked)
    marked = {r for r, _ in body_marks + subject_marks}
    assert marked == set(sc["lab"]["rights"]), (sc["sid"], variant, marked)
    q = quote_for(rng, sc, v) if quote else None
    env = "P-" + variant + ("-html" if html else "") + ("-quote" if quote else "") + ("-typo" if typo else "")
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=sender, subject=strip_marks(subject_marked, MARK_RIGHTS),
        body=strip_marks(marked_body, MARK_RIGHTS), html=html, quote=q, subject_marks=subject_marks,
        body_marks=body_marks, labels=sc["lab"], note=sc["note"], source=f"{PREFIX}-{sc['sid']}", env=env)


M_GREET = ["Hi Complaints,", "Dear Complaints Team,", "Hello,", "Dear Colleague,", "Hi there,", "Dear Customer,"]


def render_m(rng, sc, idx, hdr_idx):
    dname, daddr = sc["senders"][idx]
    v = values(rng, sc["mailbox"], dname, daddr)
    html = rng.random() < sc["html_p"]
    short = sc["short"] and idx == 1
    with_hdr = bool(sc["headers"]) and idx == hdr_idx
    parts = []
    vib = sc["vib"] and rng.random() < 0.6
    if vib:
        parts.append("View this email in your browser")
    if sc["greet"] and rng.random() < 0.7:
        parts.append(rng.choice(M_GREET))
    text = sc["text"].format_map(v)
    if short:
        text = "\n\n".join(text.split("\n\n")[:2])
    parts += [text, sc["footer"].format_map(v)]
    body = "\n\n".join(parts)
    aq = bool(sc["aq"]) and not html and idx != hdr_idx
    if aq:
        body += "\n\n" + quote_lines(sc["aq"].format_map(v))
    headers = {k: val.format_map(v) for k, val in sc["headers"].items()} if with_hdr else {}
    env = ("M-short" if short else "M-full") + ("-html" if html else "") + ("-headers" if with_hdr else "") \
        + ("-vib" if vib else "") + ("-quoted" if aq else "")
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=f"{dname} <{daddr}>", subject=sc["subjects"][idx].format_map(v),
        body=body, html=html, quote=None, subject_marks=[], body_marks=[], labels=L(auto=True),
        note=sc["note"], source=f"{PREFIX}-{sc['sid']}", env=env, headers=headers)


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["group"] == "P":
            prev = None
            for idx in (0, 1):
                rec = render_p(rng, sc, idx, prev)
                records.append(rec)
                parts = rec["_env"].split("-")
                prev = (parts[1], "html" in parts, "quote" in parts, "typo" in parts)
        else:
            hdr_idx = rng.randrange(2)
            for idx in (0, 1):
                records.append(render_m(rng, sc, idx, hdr_idx))
    return records


def summary(records, env_counts):
    by_src = collections.defaultdict(list)
    for r in records:
        by_src[r["source"]].append(r)
    lines = [f"wrote {OUT}: {len(records)} emails, {len(by_src)} scenarios"]
    for g in "PM":
        src = [s for s in by_src if s.startswith(f"{PREFIX}-{g}")]
        mb = collections.Counter(by_src[s][0]["mailbox"] for s in src)
        lines.append(f"group {g}: {len(src)} scenarios ({dict(sorted(mb.items()))})")
    lines.append("right: emails / scenarios")
    for right in RIGHTS:
        e = sum(right in r["labels"]["rights"] for r in records)
        s = sum(right in v[0]["labels"]["rights"] for v in by_src.values())
        lines.append(f"  {right}: {e} / {s}")
    look = [s for s, v in by_src.items() if not v[0]["labels"]["rights"]]
    lines.append(f"look-alikes (rights []): {len(look)} scenarios, "
                 f"{sum(not r['labels']['rights'] for r in records)} emails")
    comp = [v[0]["labels"] for v in by_src.values() if v[0]["labels"]["complaint"]]
    lines.append(f"complaints: {len(comp)} scenarios ({sum(c['explicit'] for c in comp)} explicit), "
                 f"{sum(r['labels']['complaint'] for r in records)} emails")
    lines.append(f"third party: {sum(v[0]['labels']['third_party'] for v in by_src.values())} scenarios, "
                 f"{sum(r['labels']['third_party'] for r in records)} emails")
    lines.append(f"auto_generated: {sum(r['labels']['auto_generated'] for r in records)} emails; html: "
                 f"{sum(r['html'] for r in records)}; with headers: {sum(bool(r['headers']) for r in records)}")
    lines.append("envelopes: " + ", ".join(f"{k}={v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
