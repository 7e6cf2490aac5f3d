#!/usr/bin/env python3
"""Generate data/labelled/rights_breach.jsonl: UK GDPR rights requests, personal-data breaches,
personal-data complaints and their look-alikes (hard negatives) for both mailboxes.

Stdlib only, deterministic (fixed seed).  Usage, from the repo root:

    python data/make/make_rights.py          # writes data/labelled/rights_breach.jsonl

How it works
------------
* Every *template* below is one hand-written request, story or look-alike (a sentence or a short
  paragraph), written for this data set in its own wording.  A template carries the labels its own
  words decide (rights, breach, a data grievance) under the labelling guide.
* A message is built from exactly ONE template, plus label-neutral or label-carrying *frames*:
  a neutral opener, optionally a complaint frame (a non-data grievance: the complaint keeps that
  category and personal_data=false, guide rule 12; or a data-handling grievance: personal_data=true,
  category personal_data), a representative's opener (third_party=true, guide rule 15), a closing.
* Envelopes change the packaging, not the labels: signature, legal disclaimer mentioning "personal
  data" (a hard negative), neutral quoted reply from the firm, neutral forwarded notice, HTML-only,
  subject-only, hasty lower-case mobile mail, typos, a rambling preamble.
* `source` is the TEMPLATE id (`rb-<kind>-<nn>`): all messages built on one template share it, so a
  train/dev/test split by source never shows a test template's wording in training.  Frames and
  envelopes are shared across sources, as in pexa.jsonl / conexus.jsonl; they carry no rights or
  breach wording.
* Labels are checked against the guide's consistency rules before writing (see `check`).
"""
import json
import os
import random
import re
import zlib

from labelled_mail import FIRM_NAMES, RIGHTS, label_errors, labels, letter_edit

SEED = 20261123
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_breach.jsonl")

FIRM = FIRM_NAMES

# ---------------------------------------------------------------------------------------------
# Templates: (id, profiles, rights, text)   profiles: "both" | "pexa" | "conexus"
# {firm} = receiving firm, {ref} = a reference, {who} = "my"/"her"/... handled by the persona
# ---------------------------------------------------------------------------------------------
RIGHT_TEMPLATES = [
    # access: a COPY of the data
    ("acc-01", "both", ["access"], "Please send me a copy of all the personal data you hold about me, including any notes on my file and records of calls."),
    ("acc-02", "conexus", ["access"], "I would like copies of the recordings of every phone call between your staff and me since January."),
    ("acc-03", "both", ["access"], "Under the UK GDPR I am making a subject access request. Kindly provide everything you have on me within one month."),
    ("acc-04", "both", ["access"], "can u send me whatever info u have got on me, emails notes the lot. want to see what your saying about me"),
    ("acc-05", "both", ["access"], "I request to receive a copy of my personal informations which your company is keeping, please send by email as PDF."),
    ("acc-06", "pexa", ["access"], "Could you let me have a copy of the data PEXA holds on me as a user - my profile, login history and the audit trail entries that name me?"),
    ("acc-07", "conexus", ["access"], "Please treat this as a SAR. I want the full file: letters, texts, call notes and what the creditor sent you about me."),
    ("acc-08", "both", ["access"], "I'd like to see the information you keep about me. Could you email me a copy of it all, please?"),
    ("acc-09", "both", ["access"], "Pursuant to Article 15 UK GDPR, please provide a copy of the personal data you process concerning me, together with the supplementary information."),
    ("acc-10", "conexus", ["access"], "My adviser says I have the right to a copy of my records from you, so please post me a copy of everything on my account."),
    ("acc-11", "pexa", ["access"], "As a former buyer on a settlement through your platform, I want a copy of whatever personal details of mine were stored in that workspace."),
    ("acc-12", "both", ["access"], "Send me copies of all emails and internal notes that mention me, as I'm entitled to see them."),
    # rectification
    ("rec-01", "both", ["rectification"], "Your records have my date of birth as 12/07/1985 but it is 21/07/1985. Please correct it."),
    ("rec-02", "conexus", ["rectification"], "I got married in May so my surname is now Okafor, not Bell. Please update your records so letters use the right name."),
    ("rec-03", "pexa", ["rectification"], "My user profile still lists me at our old office in Leeds. Can you amend my details to the Harrogate branch, please?"),
    ("rec-04", "both", ["rectification"], "the phone number you have is wrong, its 07700 900418 not 900481. pls fix it"),
    ("rec-05", "both", ["rectification"], "I moved on 1 March. My new address is 9 Wren Close, Stockport SK4 2LP - please change my details and send future post there."),
    ("rec-06", "conexus", ["rectification"], "The account is recorded as in my sole name but it was a joint account with my ex-partner; please put this right on your file."),
    ("rec-07", "both", ["rectification"], "Please kindly to correct the spelling of my name, it is Wojciechowski with two c, your letter has it wrong."),
    ("rec-08", "pexa", ["rectification"], "My job title on the platform still says trainee; I qualified last year. Please update my user record to Solicitor."),
    ("rec-09", "both", ["rectification"], "I exercise my right to rectification: the email address on my account should read j.harte@fastmail.co.uk."),
    ("rec-10", "conexus", ["rectification"], "Your notes say I refused to pay. That is not what I said on the call - I said I could not pay until the 28th. Please amend the record."),
    # erasure
    ("era-01", "both", ["erasure"], "Please delete all the personal data you hold about me and confirm when it has been done."),
    ("era-02", "pexa", ["erasure"], "I have left the firm and no longer use the platform. Please close my user account and erase my details."),
    ("era-03", "conexus", ["erasure"], "The debt was cleared in 2021. I want my information removed from your systems, there is no reason to keep it."),
    ("era-04", "both", ["erasure"], "I am asking you to erase my data under Article 17. I withdraw any consent I gave."),
    ("era-05", "both", ["erasure"], "pls wipe my details off ur database, dont want to be on it"),
    ("era-06", "conexus", ["erasure"], "You have my old landline and my daughter's mobile on file. Please delete both numbers from your records."),
    ("era-07", "both", ["erasure"], "I want to be forgotten by your company. Remove everything about me please, I am not a customer any more."),
    ("era-08", "pexa", ["erasure"], "Please delete the copy of my passport and utility bill that were uploaded for identity checks; the sale completed months ago."),
    ("era-09", "both", ["erasure"], "Can you delete my account and all information connected to it. Thank you."),
    # restriction
    ("res-01", "conexus", ["restriction"], "Until you have checked with the creditor that this debt is actually mine, do not use or share my details for anything."),
    ("res-02", "pexa", ["restriction"], "While the error in my profile is being investigated, please stop showing it to other participants."),
    ("res-03", "both", ["restriction"], "I ask you to restrict the processing of my personal data until my dispute has been resolved."),
    ("res-04", "conexus", ["restriction"], "Please keep the recording of the call but do not use it for anything else until the Ombudsman has looked at my case."),
    ("res-05", "both", ["restriction"], "Freeze the use of my data pending your review, please - don't pass it to anybody in the meantime."),
    ("res-06", "conexus", ["restriction"], "Don't report anything to the credit agencies about me while the amount is disputed. Hold my record as it is."),
    ("res-07", "both", ["restriction"], "I exercise my right to restriction of processing under Article 18 while the accuracy of my data is contested."),
    ("res-08", "pexa", ["restriction"], "Please suspend use of my old email address on the platform until I confirm the new one; do not delete it yet."),
    # portability
    ("por-01", "pexa", ["portability"], "Please export my workspace history and user data in a machine-readable format (CSV is fine) so we can load it into our new case management system."),
    ("por-02", "both", ["portability"], "I would like my data sent to me as a CSV or JSON file so I can give it to another provider."),
    ("por-03", "conexus", ["portability"], "Could you send my payment history as a spreadsheet file I can upload to the money advice service's budgeting tool?"),
    ("por-04", "both", ["portability"], "Under my right to data portability, please transmit my personal data directly to my new provider in a structured format."),
    ("por-05", "pexa", ["portability"], "I'm leaving the firm and would like my own user data and activity history exported as a CSV file I can take with me to my next employer's system."),
    ("por-06", "both", ["portability"], "pls can i get my info in excel format so i can move it to the new company"),
    ("por-07", "conexus", ["portability"], "I need my account transactions in a machine readable file, not printouts, so my new lender's system can read them."),
    # objection
    ("obj-01", "both", ["objection"], "I object to you using my details for marketing. Please stop sending me promotional emails."),
    ("obj-02", "conexus", ["objection"], "I do not agree to my information being used for profiling or for selling on to other collectors, and I object to it."),
    ("obj-03", "pexa", ["objection"], "Please take me off your marketing list - I only want emails about live settlements, not newsletters or event invitations."),
    ("obj-04", "both", ["objection"], "No more marketing texts please. I never signed up for offers and I don't want my number used for that."),
    ("obj-05", "both", ["objection"], "I am exercising my right to object under Article 21 to processing based on legitimate interests."),
    ("obj-06", "conexus", ["objection"], "I don't want you using my data for your 'customer insight' analytics or any research. I object to that use."),
    ("obj-07", "pexa", ["objection"], "Our firm objects to your use of our users' activity data for product analytics; please stop processing it for that purpose."),
    ("obj-08", "both", ["objection"], "stop sending me adverts and surveys by email, i dont want my data used for marketing"),
    ("obj-09", "both", ["objection"], "Kindly I ask you not to use my personal datas for the marketing or the profiling, I say no to this."),
    # automated decision
    ("aut-01", "pexa", ["automated_decision"], "Our registration was declined by an automated check. We want a person to review the decision, not the system."),
    ("aut-02", "conexus", ["automated_decision"], "Your website rejected my payment plan offer automatically. I want a human being to look at my circumstances and decide."),
    ("aut-03", "both", ["automated_decision"], "I do not accept a decision made solely by automated means. Please have a member of staff reconsider it."),
    ("aut-04", "conexus", ["automated_decision"], "The online affordability tool said no in seconds. Can a real person check it? A computer doesn't know my situation."),
    ("aut-05", "pexa", ["automated_decision"], "My identity verification failed on an automatic score. I ask that someone reviews my application manually."),
    ("aut-06", "both", ["automated_decision"], "Under Article 22 I request human intervention in the decision about my account."),
    ("aut-07", "both", ["automated_decision"], "please dont let the machine decide. i want somebody to actually read my form and make the decision"),
    # informed
    ("inf-01", "conexus", ["informed"], "Where did you get my mobile number from? I never gave it to you or to the creditor."),
    ("inf-02", "both", ["informed"], "What do you use my personal information for, who do you share it with and how long do you keep it?"),
    ("inf-03", "conexus", ["informed"], "On what legal basis are you processing my data? I have never had any contract with your company."),
    ("inf-04", "pexa", ["informed"], "Can you explain what PEXA does with my personal details that my conveyancer entered into the workspace, and who can see them?"),
    ("inf-05", "both", ["informed"], "Please tell me which companies you have passed my details to."),
    ("inf-06", "conexus", ["informed"], "How did you find my new address? I moved and told nobody except my bank."),
    ("inf-07", "both", ["informed"], "I would like to know the purpose of holding my data and for how long it will be retained."),
    ("inf-08", "both", ["informed"], "whats the reason you keep my info and where did u get it from??"),
    ("inf-09", "pexa", ["informed"], "Please explain whether you use our users' data for analytics or share it with partners, and on what basis."),
    ("inf-10", "conexus", ["informed"], "Who gave you my email address? I want to know the source of my information."),
    # several rights in one request
    ("mul-01", "both", ["access", "erasure"], "Please send me a copy of everything you hold about me, and once I have it, delete it all."),
    ("mul-02", "conexus", ["informed", "objection"], "Tell me where you got my details from, and I object to them being used for marketing."),
    ("mul-03", "both", ["rectification", "restriction"], "My address on your system is wrong. Correct it, and until then stop using the old one for letters."),
    ("mul-04", "pexa", ["portability", "erasure"], "Export my user data as a CSV file and then close my account and remove my information."),
    ("mul-05", "both", ["access", "informed"], "I want a copy of my data and an explanation of what you use it for and who you share it with."),
    ("mul-06", "conexus", ["access", "rectification"], "Send me the notes from my calls, and correct the entry that says I agreed to pay £200 a month - I never did."),
    ("mul-07", "both", ["automated_decision", "informed"], "Was this decided automatically? If so, tell me what information was used and let a person review it."),
    ("mul-08", "both", ["objection", "erasure"], "Stop using my details for marketing and delete my email address from your lists altogether."),
]

# Breach stories.  kind "own": the data subject (or their representative) describes their own data
# disclosed/lost/exposed -> with dissatisfaction this is a complaint (personal_data, breach).
# kind "report": someone else reports that data reached them by mistake -> breach, not a complaint.
BREACH_TEMPLATES = [
    ("brc-01", "conexus", "own", "Your letter about my arrears was posted to my old flat and the new tenant opened it. She messaged me about it on Facebook."),
    ("brc-02", "conexus", "own", "Your agent left a voicemail on our home phone giving the amount I owe. My teenage son heard it before I did."),
    ("brc-03", "pexa", "own", "A settlement notice with my name, new address and mortgage figures was emailed to the wrong law firm by your support desk."),
    ("brc-04", "both", "own", "The email you sent me had another customer's statement attached, so I assume mine has gone to someone else too."),
    ("brc-05", "conexus", "own", "The collector who came to the door told my neighbour I owe money to Pennant Telecom. Now the whole street knows."),
    ("brc-06", "pexa", "own", "When I logged into the workspace I could see another buyer's bank details and ID documents in the shared folder."),
    ("brc-07", "conexus", "own", "Your text about my debt was sent to my ex-husband's phone, even though I told you the number changed a year ago."),
    ("brc-08", "both", "own", "Your company's email was cc'd to about forty people, so all of us can see each other's names and email addresses."),
    ("brc-09", "conexus", "own", "Someone from your office rang my employer and discussed my account with the HR manager."),
    ("brc-10", "pexa", "own", "Our client's completion statement, with her home address and sale price, was sent to the other side's buyer by mistake."),
    ("brc-11", "both", "own", "my details were sent to a complete stranger - he rang me to say he got a letter with my name date of birth and account number"),
    ("brc-12", "conexus", "own", "A letter meant for me was delivered to number 41 instead of 14, and they read it before realising."),
    ("brc-13", "pexa", "report", "I've just received an email from your support team with a PDF about a different property and a buyer I have never heard of. I have deleted it."),
    ("brc-14", "conexus", "report", "A letter from you for a Mr D. Farrow came to my address. He doesn't live here. I've put it back in the post marked return to sender."),
    ("brc-15", "both", "report", "I think your auto-reply went to the wrong person: it contains someone's full name, phone number and account reference. Just letting you know."),
    ("brc-16", "pexa", "report", "Heads up - one of your users shared a link to a workspace report in a public forum, and it shows client names and addresses."),
    ("brc-17", "conexus", "report", "I was sent a statement that belongs to someone else - different name, different balance. Flagging it so you can sort it out, no reply needed."),
]

# Data-handling grievances that are not breaches (inaccurate data, unexpected use, a request
# handled badly): complaint, personal_data, breach=false, category personal_data.
PD_TEMPLATES = [
    ("pdg-01", "conexus", [], "Your file lists me as owing a second debt that belongs to my late father, who had the same name. You have mixed our records up and your information about me is wrong."),
    ("pdg-02", "conexus", [], "I have just found out you have been using my details to run credit searches on me. Nobody told me this would happen and I never agreed to it."),
    ("pdg-03", "both", ["access"], "I made a subject access request on 2 February and have heard nothing, despite two chasers. The month is long gone."),
    ("pdg-04", "pexa", [], "Other participants can see that my account was 'suspended' when in fact I moved firms. This is inaccurate information about me."),
    ("pdg-05", "both", ["access"], "The copy of my data you sent is missing all the call notes and half the letters. That is not what I asked for."),
    ("pdg-06", "conexus", ["informed"], "You keep texting my work mobile, a number I never gave you. I want to know why you are using it."),
    ("pdg-07", "both", ["erasure"], "I asked you to delete my data in April. Today I got another email from you, so clearly you ignored my request."),
    ("pdg-08", "pexa", [], "Your platform shows my maiden name on every workspace even though I told you about the change twice."),
    ("pdg-09", "both", ["access"], "It has now been seven weeks since I asked for a copy of my records. I still want it and I expect a proper answer."),
    ("pdg-10", "conexus", ["rectification"], "Your file says I have a County Court Judgment. I do not. Correct this immediately - it is damaging my applications."),
    ("pdg-11", "both", ["erasure"], "Three times I have asked you to remove my details and three times you have ignored me. Delete them."),
    ("pdg-12", "conexus", ["informed"], "You wrote to me at my mother's address. How did you get that address? Explain yourselves."),
]

# Look-alikes (labelling guide §4.3): the words of a right or a breach, but none is asked for or
# described.  (id, profiles, labels-code, text).  "neg" = not a complaint; "c:<cat>" = a complaint
# about something else (personal_data=false, no rights).
NEG_TEMPLATES = [
    ("neg-01", "pexa", "neg", "Could you delete the draft contract I uploaded to workspace PX-{ref} by mistake? It's the one named v2 - the signed copy is correct."),
    ("neg-02", "pexa", "neg", "I can't access the training portal since our IT changed the firewall. Is there a list of addresses we should allow?"),
    ("neg-03", "both", "neg", "Please send me a copy of the invoice for March, our accounts team cannot find it."),
    ("neg-04", "pexa", "neg", "Can you correct the settlement date on workspace {ref} to 14 June? Both sides agreed the change this morning."),
    ("neg-05", "pexa", "neg", "We object to the proposed change to the lodgement cut-off time set out in your consultation paper, for the reasons in the attached note."),
    ("neg-06", "both", "neg", "Our compliance team is running a data breach awareness session next month. Would someone from your privacy team be willing to speak?"),
    ("neg-07", "pexa", "neg", "The other side says there has been a breach of contract on the exchange. Is there anything your team needs from us before completion?"),
    ("neg-08", "conexus", "neg", "Please call my mobile rather than the landline from now on, and after 6pm if possible as I work days."),
    ("neg-09", "pexa", "neg", "Could you export the completion statement as a PDF so we can add it to our file?"),
    ("neg-10", "conexus", "neg", "Thank you for sending the call recording I asked for. That is everything I needed, you can close my request."),
    ("neg-11", "both", "neg", "Please ignore my earlier email about deleting my account - I'd like to keep it open after all."),
    ("neg-12", "both", "neg", "Just to confirm I received the copy of my data yesterday. Thanks for being so quick."),
    ("neg-13", "conexus", "neg", "Could you update the payment date on my plan to the 28th? I'm now paid at the end of the month."),
    ("neg-14", "pexa", "neg", "Please give our new paralegal, Tom Hale, access to the workspaces for the Albion Road matter."),
    ("neg-15", "both", "neg", "Does your privacy notice cover joint applicants? I'm writing our firm's own notice and would like to compare wording."),
    ("neg-16", "conexus", "neg", "I have read your privacy policy and I am happy with it. Please go ahead and set up the plan as we discussed."),
    ("neg-17", "pexa", "neg", "Following our call, attached is the revised data processing agreement with our tracked changes on clauses 7 and 9. Let me know if your legal team has comments by Friday."),
    ("neg-18", "both", "neg", "Please find attached the signed authority form. I look forward to hearing from you about the next steps."),
    ("neg-19", "pexa", "neg", "We are reviewing our supplier list for our annual GDPR audit. Could you confirm who our account manager is and send your current ISO certificate?"),
    ("neg-20", "conexus", "neg", "I've moved the money into the account you gave me. Could you confirm when it shows so I know the balance is cleared?"),
    ("neg-21", "both", "neg", "Could you remove the duplicate contact from our firm's address book entry? We have two entries for the same office."),
    ("neg-22", "pexa", "neg", "Re the meeting on Thursday: can we move it to 2pm? I also need to review the draft agreement and the schedule of charges beforehand."),
    ("neg-23", "both", "neg", "I'm writing a dissertation on data protection in financial services. Would anyone be willing to answer five short questions?"),
    ("neg-24", "conexus", "neg", "My adviser has a copy of my budget sheet. Can she send it straight to you, or does it have to come from me?"),
    ("neg-25", "pexa", "c:fees_charges", "I object to the £45 re-lodgement fee on our last invoice - the rejection was caused by your system, not by us. Please remove it."),
    ("neg-26", "conexus", "c:collection_conduct", "Stop calling me at work. Your agent has rung the office three times this week and it is embarrassing. I expect this to stop."),
    ("neg-27", "pexa", "c:platform_defect", "The access logs screen has been down all morning and we cannot see who signed what. Please fix it today, we have two settlements."),
    ("neg-28", "conexus", "c:debt_dispute", "The statement you sent has the wrong balance - I paid £300 on the 3rd and it isn't shown. Please correct the balance and send a new statement."),
    ("neg-29", "pexa", "c:service_quality", "I asked your helpdesk for a copy of our firm's invoices three times and each time someone promised to send them. Nothing has arrived. Not good enough."),
    ("neg-30", "both", "neg", "Please correct the typo in the heading of your newsletter article - it says 'conveyencing'. Otherwise a good read."),
]

# Frames ----------------------------------------------------------------------------------------
OPENERS = {
    "pexa": ["I'm writing about my PEXA user account.", "I'm a conveyancer at a firm that uses your platform.",
             "I bought a house last year and my solicitor used PEXA for the settlement.", "", "",
             "Our firm has used the platform since 2023.", "Ref: user ID {ref}."],
    "conexus": ["I'm writing about account {ref}.", "You have been writing to me about a debt.", "",
                "Your reference {ref}.", "I received a letter from you last week.", ""],
}
TP_OPENERS = {
    "pexa": ["I am writing on behalf of my mother, who bought through a firm that used your platform; her signed authority is attached. In her words:",
             "We act for Mrs A. Brennan and write on her behalf (letter of authority attached). Our client's request is as follows:"],
    "conexus": ["I am a money adviser at Northside Advice writing on behalf of my client, whose authority is attached. He asks me to put it like this:",
                "I'm writing for my dad, who has asked me to deal with this as he is not well. He wants me to pass on exactly what he said:",
                "We act for Mr K. Osei in relation to your account {ref} and write on his behalf. His instructions to us are:"],
}
# (code, text): non-data grievance -> category X, personal_data false
COMPLAINT_FRAMES = {
    "pexa": [("c:service_quality", "Frankly your support team has been dismissive each time I have called, which is not acceptable."),
             ("c:platform_defect", "The platform has logged us out mid-lodgement twice this week and we lost hours of work."),
             ("C:fees_charges", "I also want to make a formal complaint about being billed twice for the same workspace fee."),
             ("c:delay", "I raised a support ticket three weeks ago and still have no answer.")],
    "conexus": [("c:collection_conduct", "Your agent rang me four times yesterday, once while I was at work, and it has to stop."),
                ("C:collection_conduct", "I am also making a complaint about the threatening tone of your last letter."),
                ("c:debt_dispute", "I do not owe this amount; I settled it with the original lender in 2022 and have the letter to prove it."),
                ("c:wait_time", "I was on hold for fifty minutes yesterday trying to get through and then got cut off.")],
}
# (code, text): a data-handling grievance -> personal_data true, category personal_data
PD_FRAMES = [("c:personal_data", "I asked for this five weeks ago and have had no reply at all, which is not good enough."),
             ("C:personal_data", "Please treat this as a formal complaint about the way you have handled my information."),
             ("c:personal_data", "This is the second time I have had to ask and I am fed up of being ignored on this.")]
CLOSINGS = ["Please confirm you have received this.", "Thank you.", "I look forward to your reply.",
            "Many thanks in advance.", "", "Regards,", "Please reply by email."]
# own-data breaches where the writer's own details went astray (a follow-up request makes sense)
OWN_DATA_BREACHES = {"brc-01", "brc-02", "brc-04", "brc-05", "brc-07", "brc-09", "brc-11", "brc-12"}
BREACH_OWN_ENDINGS = ["I want to know how this happened and what you are doing to stop it happening again.",
                      "This is unacceptable. Please explain and confirm what you have done about it.",
                      "I am very upset about this and I expect an apology and an explanation.",
                      "how can you let this happen?? i want answers"]
BREACH_EXPLICIT = "I wish to make a formal complaint."

FIRST = ["Amara", "Bilal", "Cerys", "Dmitri", "Edith", "Fergus", "Gwen", "Hassan", "Ines", "Jake", "Kerry-Ann",
         "Luca", "Maeve", "Nikhil", "Orla", "Piotr", "Rashida", "Seamus", "Tegan", "Usman", "Vera", "Wiktor"]
LAST = ["Abbott", "Blackwood", "Chowdhury", "Devlin", "Egan", "Fitzgerald", "Gorski", "Hussain", "Ibbotson",
        "Jankowski", "Kaur", "Lindqvist", "Mensah", "Nolan", "O'Brien", "Petrovic", "Rahman", "Stewart"]
DISCLAIMERS = [
    "This email and any attachments are confidential and may contain personal data. If you are not the intended recipient, please delete it and notify the sender. We process personal data in line with our privacy notice.",
    "CONFIDENTIALITY: the information in this message is intended for the addressee only. Any unauthorised disclosure, copying or distribution is prohibited. Our privacy policy explains how we use your data.",
]
QUOTES = {
    "pexa": "Thank you for contacting PEXA Support. Your ticket has been logged and a member of the team will respond within two working days.",
    "conexus": "Thank you for contacting Conexus. We have received your message and will reply within five working days. Please quote your reference in any correspondence.",
}
FORWARDED = {
    "pexa": "From: PEXA Notifications\nSubject: Workspace update\n\nA participant has updated the settlement details for your workspace. Log in to view the changes.",
    "conexus": "From: Conexus Customer Services\nSubject: Your account\n\nWe wrote to you recently about your account. You can set up a payment plan online or call us on 0300 123 4567.",
}


def rng_for(key):
    return random.Random(zlib.crc32(f"{SEED}:{key}".encode()))


def typoify(rng, text, rate=0.05):
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 4 and rng.random() < rate and "complain" not in w.lower():
            i = rng.randrange(1, len(w) - 2)
            w = letter_edit(w, i, "swap" if rng.random() < 0.5 else "drop")
        out.append(w)
    return " ".join(out)


def to_html(text):
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paras)
    return f"<html><body style=\"font-family:Arial\">{body}</body></html>"


def apply_code(lab, code):
    if code == "neg":
        return
    lab["complaint"] = True
    lab["explicit"] = code[0] == "C"
    lab["category"] = code[2:]
    if lab["category"] == "personal_data":
        lab["personal_data"] = True


def profiles_of(p):
    return ["pexa", "conexus"] if p == "both" else [p]


def subject_for(rng, kind, rights, complaint):
    pools = {
        "access": ["Subject access request", "Copy of my data", "SAR", "request for my information", "my records"],
        "rectification": ["Please update my details", "Wrong details on my account", "Correction", "change of details"],
        "erasure": ["Delete my data", "Erasure request", "remove my details", "Close my account"],
        "restriction": ["Restriction of processing", "Please stop using my data for now", "Disputed - hold my record"],
        "portability": ["Data export", "My data in a file", "Data portability request"],
        "objection": ["Marketing", "Unsubscribe / objection", "Stop using my data for marketing"],
        "automated_decision": ["Automated decision - human review please", "Review of decision", "Declined automatically"],
        "informed": ["Where did you get my details?", "How do you use my data", "Questions about my data"],
    }
    if kind == "breach":
        return rng.choice(["Letter sent to the wrong person", "Privacy", "My details", "Data breach", "Wrong recipient", "URGENT"])
    if kind == "neg":
        return rng.choice(["Quick question", "Request", "Re: your email", "Admin", "Follow-up", "Query"])
    if rights:
        s = rng.choice(pools[rights[0]])
    else:
        s = rng.choice(["My data", "Your records", "Personal information", "Not happy"])
    return ("Complaint - " + s) if complaint == "C" else s


def envelope(rng, profile, subject, body, lab, env):
    """Returns (subject, body, html, note-suffix).  Envelopes never change the labels."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    html = False
    if env == "sig":
        body = body + f"\n\nKind regards\n{name}\n{rng.randint(2, 98)} {rng.choice(['Mill Lane', 'Park Road', 'Station Street', 'Beech Avenue'])}\n07700 9{rng.randint(10000, 99999)}"
    elif env == "disclaimer":
        body = body + f"\n\n{name}\n\n{rng.choice(DISCLAIMERS)}"
    elif env == "quote":
        body = body + f"\n\n{name}\n\nOn {rng.randint(1, 28)} {rng.choice(['Jan', 'Feb', 'Mar', 'Apr', 'May'])} 2026, {FIRM[profile]} wrote:\n> " + QUOTES[profile].replace("\n", "\n> ")
        subject = "Re: " + subject
    elif env == "fwd":
        body = body + f"\n\n{name}\n\n---------- Forwarded message ---------\n" + FORWARDED[profile]
        subject = "Fwd: " + subject
    elif env == "html":
        body = to_html(body + f"\n\n{name}")
        html = True
    elif env == "mobile":
        body = body.lower().replace("\n\n", "\n") + "\n\nSent from my iPhone"
    elif env == "typo":
        body = typoify(rng, body) + f"\n\n{name}"
    elif env == "ramble":
        body = ("Sorry for the long email, I have been meaning to write for a while and have finally got round to it "
                "after a busy few weeks with work and the kids.\n\n" + body +
                f"\n\nAnyway, that's all for now. Hope you have a good weekend.\n\n{name}")
    elif env == "subject_only":
        subject, body = re.sub(r"\s+", " ", body).strip(), ""
    else:
        body = body + f"\n\n{name}"
    sender = f"{name} <{name.lower().replace(' ', '.').replace(chr(39), '')}@{rng.choice(['gmail.com', 'outlook.com', 'btinternet.com', 'firmmail.co.uk'])}>"
    return subject, body, html, sender


ENVS = ["plain", "sig", "disclaimer", "quote", "fwd", "html", "mobile", "typo", "ramble"]


def build():
    records = []

    def add(source, profile, subject, body, lab, note, env, rng):
        subj, text, html, sender = envelope(rng, profile, subject, body, lab, env)
        records.append({"mailbox": profile, "from": sender, "subject": subj, "headers": {}, "body": text, "html": html,
                        "labels": lab, "note": note, "source": source, "envelope": env})

    # rights requests: plain request, request + non-data complaint, request + data complaint, by a representative
    for tid, prof, rights, text in RIGHT_TEMPLATES:
        rng = rng_for(tid)
        source = f"rb-{tid}"
        short = len(text) < 150
        for k, mode in enumerate(["plain", "frame", "pdframe", "tp"]):
            profile = rng.choice(profiles_of(prof))
            lab = labels()
            lab["rights"] = [r for r in RIGHTS if r in rights]
            parts = []
            note = f"Request to act on {', '.join(lab['rights'])} (guide rule 14)"
            if mode == "tp":
                parts.append(rng.choice(TP_OPENERS[profile]).format(ref=rng.randint(100000, 999999)))
                lab["third_party"] = True
                note += "; written on someone's behalf -> third_party (rule 15); the representative's request counts"
            else:
                opener = rng.choice(OPENERS[profile]).format(ref=rng.randint(100000, 999999))
                if opener:
                    parts.append(opener)
            code = "neg"
            if mode == "frame":
                code, ftxt = rng.choice(COMPLAINT_FRAMES[profile])
                parts.append(ftxt)
                note += f"; a grievance about something else -> complaint, category {code[2:]}, personal_data=false (rule 12)"
            elif mode == "pdframe":
                code, ftxt = rng.choice(PD_FRAMES)
                note += "; the request has been ignored or handled badly -> complaint about data handling, personal_data=true (rule 12)"
            parts.append(text)
            if mode == "pdframe":
                parts.append(ftxt)
            apply_code(lab, code)
            if code == "neg":
                note += "; no dissatisfaction -> not a complaint"
            closing = rng.choice(CLOSINGS)
            if closing:
                parts.append(closing)
            body = "\n\n".join(parts)
            env = rng.choice(ENVS) if not (short and mode == "plain" and k == 0 and rng.random() < 0.35) else "subject_only"
            if env == "subject_only":
                body = text
            subject = subject_for(rng, "right", lab["rights"], code[0] if code != "neg" else "")
            add(source, profile, subject, body, lab, note, env, rng)

    # breaches
    for tid, prof, kind, text in BREACH_TEMPLATES:
        rng = rng_for(tid)
        source = f"rb-{tid}"
        n = 4 if kind == "own" else 3
        for k in range(n):
            profile = rng.choice(profiles_of(prof))
            lab = labels()
            lab["breach"] = True
            opener = rng.choice(OPENERS[profile]).format(ref=rng.randint(100000, 999999))
            parts = [opener] if opener else []
            if kind == "own":
                explicit = k == 1
                if explicit:
                    parts.append(BREACH_EXPLICIT)
                parts.append(text)
                parts.append(rng.choice(BREACH_OWN_ENDINGS))
                apply_code(lab, ("C:" if explicit else "c:") + "personal_data")
                lab["personal_data"] = True
                note = "Personal data disclosed/exposed to the wrong person (rule 13) and the writer wants an explanation -> complaint, personal_data, breach"
                if k == 3 and tid in OWN_DATA_BREACHES:
                    ask = rng.choice([("access", "Please also send me a copy of what was sent, so I know what they saw."),
                                      ("informed", "Tell me exactly which of my details were disclosed and to whom.")])
                    parts.append(ask[1])
                    lab["rights"] = [ask[0]]
                    note += f"; also asks for {ask[0]}"
            else:
                parts.append(text)
                note = "Someone reports data that reached the wrong person, no grievance of their own -> breach=true, not a complaint (rule 13, lg-32)"
            body = "\n\n".join(parts)
            env = rng.choice(ENVS)
            add(source, profile, subject_for(rng, "breach", [], ""), body, lab, note, env, rng)

    # data-handling complaints without a breach
    for tid, prof, rights, text in PD_TEMPLATES:
        rng = rng_for(tid)
        source = f"rb-{tid}"
        for k in range(3):
            profile = rng.choice(profiles_of(prof))
            lab = labels()
            lab["rights"] = [r for r in RIGHTS if r in rights]
            explicit = k == 2
            parts = []
            opener = rng.choice(OPENERS[profile]).format(ref=rng.randint(100000, 999999))
            if opener:
                parts.append(opener)
            if explicit:
                parts.append("I want to complain about how you are handling my personal information.")
            parts.append(text)
            closing = rng.choice(CLOSINGS)
            if closing:
                parts.append(closing)
            apply_code(lab, ("C:" if explicit else "c:") + "personal_data")
            note = "Grievance about data handling (inaccurate data, unexpected use or a badly handled request), nothing disclosed -> personal_data, breach=false (rule 12, 13)"
            if lab["rights"]:
                note += f"; still wants {', '.join(lab['rights'])}, so the right is listed (rule 14, lg-36)"
            body = "\n\n".join(parts)
            env = rng.choice(ENVS)
            add(source, profile, subject_for(rng, "pd", lab["rights"], "C" if explicit else "c"), body, lab, note, env, rng)

    # look-alikes
    for tid, prof, code, text in NEG_TEMPLATES:
        rng = rng_for(tid)
        source = f"rb-{tid}"
        for k in range(3):
            profile = rng.choice(profiles_of(prof))
            lab = labels()
            apply_code(lab, code)
            parts = []
            opener = rng.choice(OPENERS[profile]).format(ref=rng.randint(100000, 999999)) if k else ""
            if opener:
                parts.append(opener)
            parts.append(text.format(ref=rng.randint(100000, 999999)))
            closing = rng.choice(CLOSINGS)
            if closing:
                parts.append(closing)
            note = ("Look-alike wording (guide §4.3): no UK GDPR right is asked for and no personal data was disclosed"
                    + ("; a complaint about something else" if code != "neg" else "; not a complaint"))
            body = "\n\n".join(parts)
            env = rng.choice(ENVS)
            add(source, profile, subject_for(rng, "neg", [], ""), body, lab, note, env, rng)
    return records


COMPLAIN = re.compile(r"complain", re.I)


def check(rec):
    lab = rec["labels"]
    errs = label_errors(lab)
    assert not errs, (errs, rec)
    text = rec["subject"] + "\n" + rec["body"]
    if lab["complaint"]:
        assert bool(COMPLAIN.search(text)) == lab["explicit"], (lab, text)
    assert not lab["auto_generated"], rec  # no machine mail in this set


def main():
    recs = build()
    rng = random.Random(SEED)
    rng.shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(recs, 1):
            check(rec)
            env = rec.pop("envelope")
            rec = {"id": f"rb-{i:04d}", **rec}
            rec["note"] = rec["note"] + f" (envelope: {env})."
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} records to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
