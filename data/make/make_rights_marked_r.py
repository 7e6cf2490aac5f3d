#!/usr/bin/env python3
"""Rights-marked evaluation set R: 60 hand-written scenarios (30 per mailbox), each rendered twice (120 emails).

45 scenarios ask the receiving firm (PEXA or Conexus) to act on one or more UK GDPR rights; every sentence that asks
for a right is written inline as [[right|sentence]] (or [[right1,right2|sentence]]) and becomes a request_sentences
mark. 15 scenarios are look-alikes with rights [] (tempting words such as "access", "delete", "recordings",
"data protection", a right asked of another firm, a firm's own instruction about a misdirected file); 9 of them are
complaints. Labels follow /work/shared/labelling/labelling-guide.md; each scenario's note gives the rule used.

Each scenario is rendered twice with different envelopes drawn from the generator's own rng: sender name and
address, greeting and sign-off, plain or HTML body, a quoted earlier reply from the firm (quote=...), letter-edit
typos outside the marks (typos_outside_marks), and for some scenarios a short or a subject-only version.

Usage: .venv/bin/python data/make/make_rights_marked_r.py   (stdlib only; output is byte-identical run to run)
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270204
PREFIX = "rmr"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_r.jsonl")


def P(*paras):
    """Paragraphs joined by blank lines."""
    return "\n\n".join(paras)


def S(sid, mb, role, g, subjects, text, lab, note, domain=None, sig=(), short=None, subj_only=None, last=None,
      force_reply=False, quote=None):
    return {"sid": sid, "mb": mb, "role": role, "g": g, "subjects": subjects, "text": text, "labels": lab,
            "note": note, "domain": domain, "sig": list(sig), "short": short, "subj_only": subj_only, "last": last,
            "force_reply": force_reply, "quote": quote}


L = short_labels

# ---------------------------------------------------------------------------------------------------------------
# PEXA: 22 rights scenarios, 8 look-alikes

PEXA = [
    S(1, "pexa", "staff", "f",
      ["Failed settlement on 14 Linnet Drive - need my logs", "Workspace {WS} - request for my activity records"],
      P("On the afternoon of the 9th the settlement for 14 Linnet Drive, Harrogate, failed on your platform after I "
        "had signed every document in the workspace. The screen froze at the lodgement verification step and when it "
        "came back my signatures had gone and the status said the documents had been unsigned by me. My firm now "
        "believes I withdrew my signatures by mistake and I am facing a disciplinary hearing next week.",
        "I did no such thing and I want to be able to show it. [[access|Please send me a copy of the personal data you "
        "hold about me as a user for that day, including the audit trail of every action recorded against my login "
        "and the recording of my call to your support line at about 3.40pm.]]",
        "I would also like someone to explain what the system was doing when it froze. The hearing is on the 21st, so "
        "I need this before then."),
      L(c=True, r="access", cat="platform_defect"),
      "A settlement that failed on the platform with an explanation demanded is an implicit complaint "
      "(platform_defect); asking for a copy of her own audit trail and call recording is access, and personal_data "
      "stays false because the grievance is the failure, not data handling.",
      domain="caldermoss.co.uk", sig=["Conveyancing Executive", "Calder Moss LLP"],
      short=P("[[access|Could you send me a copy of my own user audit trail for the 9th and the recording of my support "
              "call that afternoon?]] The workspace for 14 Linnet Drive failed while I was signing and my firm is "
              "blaming me for it. I need an explanation before my hearing on the 21st.")),
    S(2, "pexa", "staff", "f",
      ["Wrong date of birth on my verified identity", "my ID record is wrong and I keep getting locked out"],
      P("Since your identity re-verification in May, every time I sign in from a new device your step-up check asks "
        "me to confirm my date of birth and then rejects the answer. I have now found out why: my user record has my "
        "date of birth as 12 July 1986, and it is 21 July 1986. Your support desk told me to keep retrying until a "
        "different question comes up, which is not an answer, and in the meantime I have missed two signing windows "
        "and had to hand files to a colleague.",
        "[[rectification|Please correct the date of birth on my user record to 21 July 1986.]] [[restriction|Until "
        "that has been done, please stop using the date of birth you hold for any identity check on my account.]]",
        "I'd like to hear back by Friday."),
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Inaccurate personal data held about her is causing missed signings and she expects a reply: implicit "
      "complaint, personal_data (category personal_data, no breach); 'correct my date of birth' = rectification and "
      "'stop using it until corrected' = restriction.",
      domain="pellowquayle.co.uk", sig=["Solicitor", "Pellow & Quayle"],
      short=P("[[rectification|My date of birth on your system is wrong - it should be 21 July 1986, please correct "
              "it.]] [[restriction|Please don't use the wrong one for sign-in checks until it's fixed.]] It keeps "
              "failing your checks and I've missed two signing windows already.")),
    S(3, "pexa", "consumer", "a",
      ["Withdrawn application - please remove my documents", "Application {CASE} withdrawn"],
      P("In March I started an application to join PEXA as a sole practitioner and uploaded my passport, a utility "
        "bill and my practising certificate. I have since accepted an in-house role, so I won't be going ahead, and I "
        "have withdrawn the application through the portal.",
        "[[erasure|As the application is no longer going anywhere, please delete the documents I uploaded and the "
        "personal details from my application.]] If there is anything you are required to keep, just let me know what "
        "it is and for how long.",
        "Thank you for your help with the process; the team were very patient."),
      L(r="erasure"),
      "A neutral request with thanks and no dissatisfaction: not a complaint; 'delete the documents and personal "
      "details from my application' = erasure.",
      subj_only="[[erasure|Please delete my withdrawn application and the ID documents I uploaded]]"),
    S(4, "pexa", "consumer", "m",
      ["Settlement figures for my tax return", "Export of my transaction data"],
      P("I sold two buy-to-let flats this tax year, both settled through PEXA by my conveyancers (Flat 3 and Flat 9, "
        "27 Canal Wharf, Leeds). My accountant uses software that can import completion figures directly, which saves "
        "her retyping everything.",
        "[[portability|Could you send me the settlement statement data for both sales in a machine-readable format "
        "such as CSV or JSON, so that it can be loaded straight into her software?]]",
        "[[informed|Also, I didn't realise PEXA held anything about me personally, so could you explain what personal "
        "information you have about me, where it came from and what you use it for?]]",
        "No hurry, the return isn't due until January."),
      L(r="portability,informed"),
      "A relaxed request with no dissatisfaction: not a complaint; machine-readable data to load into other software "
      "= portability, and asking what is held, where it came from and why = informed."),
    S(5, "pexa", "staff", "f",
      ["User 'engagement score'", "Engagement dashboard - my activity data"],
      P("Last week my team leader showed me a PEXA 'participant engagement' dashboard that ranks each of us by how "
        "quickly we respond to workspace invitations, how often we log in outside office hours and how many "
        "settlement tasks we finish per day. I had no idea my individual activity was being scored like this, and it "
        "is now being used in my appraisal.",
        "Thames Valley Mortgages is your customer, I understand that, but this is information about me as a person, "
        "and nobody told me it was being turned into a league table.",
        "[[objection|I object to PEXA using my login and activity data to profile or score me individually, and I "
        "want that to stop.]]",
        "Please let me know what you are going to do about it."),
      L(c=True, pd=True, r="objection", cat="personal_data"),
      "Unhappy that her activity data is used to score her without being told, and a reply expected: implicit "
      "complaint about unexpected use of personal data; 'I object to you profiling me' = objection. Her employer is "
      "a directory firm only as employer, so about_other_firm=null.",
      domain="tvmortgages.co.uk", sig=["Mortgage Completions Officer", "Thames Valley Mortgages"]),
    S(6, "pexa", "staff", "a",
      ["New user verification refused - please have someone look at it", "User set-up declined (code V-17)"],
      P("I joined Brackley Ward Solicitors as a trainee in September and our administrator set me up as a new user. "
        "The verification step declined me almost straight away with 'identity could not be confirmed (code V-17)'. "
        "I have tried twice more, with my driving licence and then my passport, and the result is the same within "
        "seconds each time.",
        "Our administrator says there is nothing she can do from her side and the help centre just says to try again. "
        "I can't be given any matters to settle until I'm through, and my training seat depends on it.",
        "[[automated_decision|I would like a member of your staff, not the automated check, to look at my "
        "application and decide it.]] [[informed|I would also like to know what information the check used about me "
        "and where it got it from, as I think it may have picked up an old address.]]"),
      L(c=True, r="automated_decision,informed", cat="onboarding"),
      "Blocked from being set up as a user with harm described: implicit complaint, category onboarding; a person "
      "instead of the automated check = automated_decision, what data the check used and its source = informed; "
      "personal_data false because the grievance is the refusal itself.",
      domain="brackleyward.co.uk", sig=["Trainee Solicitor", "Brackley Ward Solicitors"]),
    S(7, "pexa", "consumer", "a",
      ["Text message from PEXA", "Why did I get a text from you?"],
      P("Yesterday I got a text from PEXA saying 'Your settlement for 6 Mallory Row has completed.' It's right, we "
        "sold the house last week, but I had never heard of PEXA before and had only ever dealt with our solicitor "
        "and the estate agent.",
        "It isn't a problem and the message was actually quite reassuring. I'm just curious: [[informed|could you "
        "tell me how you got my mobile number, who gave it to you and what else you use it for?]]"),
      L(r="informed"),
      "Curiosity with no dissatisfaction ('it isn't a problem'): not a complaint; asking how the number was obtained "
      "and what it is used for = informed.",
      short="Got a text from you about our sale at 6 Mallory Row - no problem, just curious. [[informed|How did you get "
            "my mobile number and what else do you use it for?]]"),
    S(8, "pexa", "staff", "m",
      ["Complaint - support notes about me", "Formal complaint about a note on my user account"],
      P("I want to make a formal complaint about a note your support desk has put on my user account.",
        "On 3 October I phoned support because a workspace for a client's remortgage had locked us out the day before "
        "completion. I was frustrated and said so, but I was not rude and I certainly did not swear. When I called "
        "again this week the agent told me there is a note flagging me as 'abusive - escalate to team leader only', "
        "and that my calls would now be handled differently.",
        "[[access|Please send me a copy of the notes held on my account and the recordings of both calls.]] "
        "[[rectification|Once you have listened to them, I expect the note to be corrected so that it reflects what "
        "was actually said.]] [[restriction|While that is being looked at, please do not use the flag to decide how my "
        "calls or my firm's requests are handled.]]",
        "I'd appreciate a written reply."),
      L(c=True, ex=True, pd=True, r="access,rectification,restriction", cat="personal_data"),
      "He calls it a formal complaint about an inaccurate note held about him (personal_data, no breach); copy of "
      "notes and recordings = access, correct the note = rectification, don't use the flag meanwhile = restriction.",
      domain="fenwickdale.co.uk", sig=["Partner", "Fenwick Dale Solicitors"]),
    S(9, "pexa", "staff", "f",
      ["My personal mobile is showing on workspaces", "Please take my mobile number off the contact card"],
      P("I'm on maternity leave from Harbourcrest Building Society until March. Over the last fortnight I've had "
        "eleven calls on my personal mobile from conveyancers I've never dealt with, asking about redemption figures. "
        "One of them told me my number is shown on the PEXA contact card against every workspace where I'm named as "
        "the lender contact.",
        "I only ever gave that number for the login codes. It was never meant to be seen by other firms, and I'm now "
        "getting calls at all hours with a newborn in the house.",
        "[[erasure|Please remove my personal mobile number from my profile and contact card altogether.]] "
        "[[restriction|If there is some reason you can't delete it straight away, please make sure it is used for "
        "login codes only and not shown to anyone until it has gone.]]",
        "Please confirm when it's been done."),
      L(c=True, pd=True, br=True, r="erasure,restriction", cat="personal_data"),
      "A number given only for login codes exposed to other firms' staff, with distress and a confirmation "
      "expected: implicit complaint, personal_data and breach (exposed to people who should not see it); 'remove the "
      "number' = erasure, 'only use it for codes meanwhile' = restriction.",
      domain="harbourcrestbs.co.uk", sig=["Mortgage Redemptions", "Harbourcrest Building Society"]),
    S(10, "pexa", "staff", "a",
      ["Questions about the new login anomaly checks", "Anomaly scoring - questions from a user"],
      P("Our compliance team forwarded PEXA's notice that from next quarter user logins will be checked by an "
        "automated anomaly model, and that a user whose score is too high may have their signing rights paused.",
        "I'm all for fraud controls and I'm not raising a problem, but I have a few questions as one of the users who "
        "will be scored:",
        "[[informed|What information about me will the model use, where does it come from, and how long will you keep "
        "it?]]\n[[automated_decision|If my signing rights are ever paused by the model, I want that decision taken or "
        "reviewed by a person before it takes effect.]]\n[[objection|I also object to my location and device data "
        "being used for anything beyond that fraud check, for example product analytics.]]",
        "Thanks in advance."),
      L(r="informed,automated_decision,objection"),
      "Questions asked in advance, 'not raising a problem': not a complaint; what data the model uses and its source "
      "= informed, a person to take or review a pause = automated_decision, objecting to other uses = objection.",
      domain="ashdownkeel.co.uk", sig=["Senior Associate", "Ashdown Keel Solicitors"]),
    S(11, "pexa", "consumer", "f",
      ["Complaint - marketing emails I never asked for", "Stop the marketing and delete my details"],
      P("I am writing to complain about the emails I have been getting from PEXA since we bought our house in June.",
        "I have never had an account with you. Our solicitors used your platform for the purchase, which I understand, "
        "but since then I have had 'Settling in? Five things to do after you move' and three other promotional emails "
        "from you, the latest one trying to sell me home insurance from one of your 'partners'. I never ticked any "
        "box agreeing to this.",
        "[[objection|I object to my details being used for any kind of marketing by you or your partners.]] "
        "[[erasure|I also want my email address and any other details you took from our purchase deleted, other than "
        "what you are legally required to keep.]]",
        "Please confirm in writing once this is done."),
      L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "An explicit complaint about her details being used for marketing she never agreed to: personal_data (no "
      "disclosure, so no breach); objecting to marketing = objection, deleting her details = erasure.",
      short=P("I want to complain about PEXA marketing emails since our house purchase - I never signed up. "
              "[[objection|I object to my details being used for marketing.]] [[erasure|Please delete my email "
              "address and anything else you took from our purchase.]]")),
    S(12, "pexa", "pro", "a",
      ["Our client Ms Harriet Osei - request for personal data", "Data request on behalf of our client, Ms H Osei"],
      P("We act for Ms Harriet Osei of 41 Tamarisk Gardens, Norwich, in connection with her purchase of that "
        "property, which completed through your platform on 28 February. Her signed authority is attached.",
        "Our client is considering a claim against the conveyancing firm that acted for her and needs to understand "
        "the sequence of events on the day of completion.",
        "[[access|On her behalf, we request a copy of all personal data PEXA holds about Ms Osei, including the "
        "workspace audit trail entries that relate to her, any identity verification results and any correspondence "
        "in which she is named.]]",
        "We would be grateful if the data could be sent to us by secure email. This is not a complaint about PEXA."),
      L(r="access", tp=True),
      "A solicitor's neutral request for a client, with the word complaint only in a denial: not a complaint, "
      "third_party; a copy of all personal data held = access. The possible claim is against another firm and is not "
      "raised with PEXA.",
      domain="quillthorpe.co.uk", sig=["Associate Solicitor", "Quill & Thorpe LLP"]),
    S(13, "pexa", "staff", "f",
      ["Name change on my user profile", "Please update my surname"],
      P("I got married in August and have changed my surname from Pryce to Adeyemi-Pryce. I've already updated "
        "everything with the Council for Licensed Conveyancers.",
        "[[rectification|Please could you update my name on my PEXA user profile and on my training certificates to "
        "{FIRST} Adeyemi-Pryce?]] My login email will stay the same.",
        "Thanks very much"),
      L(r="rectification"),
      "A routine update with no dissatisfaction: not a complaint; 'update my name on my profile' = rectification.",
      domain="merrowhatch.co.uk", sig=["Licensed Conveyancer", "Merrow Hatch Conveyancing"], last="Adeyemi-Pryce",
      subj_only="[[rectification|Please update my surname on my user profile to Adeyemi-Pryce (married in August)]]"),
    S(14, "pexa", "staff", "m",
      ["Export of my CPD and accreditation records", "Leaving Kingsmere - my training records"],
      P("I'm leaving Kingsmere Conveyancing at the end of the month to set up on my own. Over the last three years "
        "I've completed your Settlement Practitioner accreditation and a dozen CPD modules on the PEXA Learning Hub.",
        "[[portability|Please could you send me my training and accreditation records as a CSV or JSON file so I can "
        "import them into the CPD tracker my regulator uses?]] [[access|I'd also like a copy of any other personal "
        "data you hold about me, including the assessor's notes from my accreditation assessment.]]",
        "All fine otherwise - the courses were genuinely useful."),
      L(r="portability,access"),
      "A friendly request with praise: not a complaint; records in CSV/JSON to import elsewhere = portability, a copy "
      "of other data including assessor's notes = access.",
      domain="kingsmereconveyancing.co.uk", sig=["Senior Conveyancer", "Kingsmere Conveyancing"]),
    S(15, "pexa", "consumer", "a",
      ["Credit search by PEXA I knew nothing about", "Why has PEXA searched my credit file?"],
      P("My credit monitoring app has just told me that 'PEXA Identity Services' carried out an identity search on my "
        "credit file on 2 October. We are in the middle of buying a house and our solicitors use PEXA, but nobody told "
        "me that you would be searching my credit file, and I certainly didn't agree to it.",
        "I'm worried about what this means for our mortgage application, which is still going through.",
        "[[informed|Please explain exactly what information about me you sent to the credit reference agency, who "
        "gave it to you and on what legal basis you did the search.]] [[restriction|Until I have had that "
        "explanation, please don't carry out any further searches using my details.]]"),
      L(c=True, pd=True, r="informed,restriction", cat="personal_data"),
      "Worry about a credit search made with data used without notice, with an explanation demanded: implicit "
      "complaint about unexpected use of personal data (no breach); source and basis = informed, no further searches "
      "meanwhile = restriction."),
    S(16, "pexa", "consumer", "m",
      ["Still getting PEXA emails a year after leaving", "Please take me off your systems"],
      P("I left Greyfriars Law more than a year ago and went into teaching. I have told your helpdesk twice since then "
        "(in January and again in April) that I no longer use the platform, yet I'm still getting your outage alerts, "
        "training reminders and the quarterly participant newsletter on my personal email address, which I only added "
        "as a backup contact.",
        "This is getting tiresome.",
        "[[erasure|Please delete my user account and all my contact details from your systems.]] And this time please "
        "tell me when it has actually been done."),
      L(c=True, pd=True, r="erasure", cat="personal_data"),
      "Two earlier requests ignored and his details still used, with irritation and a confirmation demanded: "
      "implicit complaint about data handling (personal_data); 'delete my user account and contact details' = "
      "erasure. Greyfriars Law is only his former employer, so about_other_firm=null.",
      short=P("Third time of asking: I left Greyfriars Law a year ago and still get your alerts and newsletters. "
              "[[erasure|Please delete my user account and all my contact details.]]")),
    S(17, "pexa", "consumer", "m",
      ["Use of my purchase in your market data", "Leaving my sale out of PEXA Insights"],
      P("I read in a property column at the weekend that PEXA publishes a monthly 'Market Insights' report and sells "
        "more detailed settlement data to lenders and estate agency chains. I bought my flat in Bristol in the spring "
        "through a firm that uses your platform.",
        "I appreciate most of this is probably aggregated and I'm not suggesting you've done anything wrong. "
        "[[objection|Nevertheless, I object to the details of my purchase being used in any data product you sell or "
        "publish, and I'd like my transaction left out from now on.]]"),
      L(r="objection"),
      "No dissatisfaction expressed ('not suggesting you've done anything wrong'): not a complaint; objecting to his "
      "data being used in a data product = objection."),
    S(18, "pexa", "staff", "m",
      ["Formal complaint - onboarding declined by screening", "Declined application for Ravensholt Property Law"],
      P("Please treat this email as a formal complaint.",
        "Our firm applied to become a PEXA participant on 4 November. On 6 November we received an automated email "
        "saying the application had been declined following 'sanctions and PEP screening', with no further detail and "
        "no contact name. I am the firm's only director, and the only explanation I can think of is that my name is "
        "similar to that of someone on the sanctions list. I have never been sanctioned and I am not a politically "
        "exposed person.",
        "We have already lost one lender panel appointment because we cannot settle electronically.",
        "[[automated_decision|I want the decision to decline us to be reconsidered by a member of your compliance "
        "team rather than by the screening software.]] I can provide whatever further identification you need."),
      L(c=True, ex=True, r="automated_decision", cat="onboarding"),
      "An explicit complaint about an application refused by automated screening: category onboarding; asking for "
      "a person rather than the software to decide = automated_decision; personal_data false because the grievance "
      "is the refusal.",
      domain="ravensholtlaw.co.uk", sig=["Director", "Ravensholt Property Law Ltd"]),
    S(19, "pexa", "consumer", "f",
      ["Please keep the records of my purchase", "Request to preserve records - 8 Fallow Court"],
      P("I bought 8 Fallow Court, Chelmsford, last year and I'm now in a dispute with the conveyancer who acted for me "
        "about money that went missing between settlement and registration. My solicitor has told me the records on "
        "PEXA may be important evidence.",
        "I understand that data may normally be deleted after a certain time. [[restriction|Please don't delete "
        "anything about me or my purchase - keep it, but don't use it for anything else, while I bring my claim.]] "
        "[[access|Please also send me a copy of the personal data you hold about me in connection with that "
        "purchase.]]",
        "This isn't aimed at PEXA; I just want to make sure the evidence is there."),
      L(r="restriction,access"),
      "No grievance against PEXA and no remedy from it: not a complaint (her dispute is with her conveyancer and is "
      "not raised here); keep-but-don't-use for a legal claim = restriction, a copy of her data = access."),
    S(20, "pexa", "staff", "f",
      ["Profile updates", "Couple of changes to my user details"],
      P("Two bits of housekeeping on my user profile please:",
        "[[rectification|My job title on the user directory still says Fraud Analyst, but I moved to the Customer "
        "Resolution team in July, so please change it to Customer Resolution Officer.]]\n[[erasure|My home address "
        "from when I first registered is still on my profile even though it isn't needed any more, so please delete "
        "it.]]",
        "Thanks - nothing urgent."),
      L(r="rectification,erasure"),
      "Housekeeping with no dissatisfaction: not a complaint; correcting her job title = rectification and deleting "
      "the no-longer-needed home address = erasure.",
      domain="corriganmutual.co.uk", sig=["Customer Resolution Officer", "Corrigan Mutual"]),
    S(21, "pexa", "staff", "m",
      ["Complaint: voice analytics on support calls", "Speech analytics on your helpline"],
      P("I'd like to complain about something I was told on your support line yesterday.",
        "At the end of my call the agent mentioned that all calls are now run through 'speech analytics' which scores "
        "the caller's emotion and stress level, and that the scores are kept on the caller's record. The recorded "
        "message at the start only says calls may be recorded for training and quality, nothing about analysing how "
        "I sound. I ring your support line several times a week as part of my job.",
        "[[objection|I object to my voice being analysed or scored in this way, on past or future calls.]] "
        "[[erasure|I want any emotion or stress scores you have already produced about me deleted.]]",
        "Please confirm both points in writing."),
      L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
      "An explicit complaint about his calls being analysed without notice (unexpected use of personal data, no "
      "breach); objecting to the analysis = objection, deleting existing scores = erasure.",
      domain="shorecroftlegal.co.uk", sig=["Conveyancing Team Leader", "Shorecroft Legal"]),
    S(22, "pexa", "consumer", "m",
      ["My father, Mr Desmond Achterberg - request for information", "LPA request: copy of data about my father"],
      P("I hold a registered lasting power of attorney for my father, Desmond Achterberg, who has Alzheimer's "
        "disease. His house at 19 Beech Hollow, Kendal, was sold in the summer and the sale was settled through your "
        "platform.",
        "Some of the figures on the completion statement don't match what I was told by the conveyancer, and before I "
        "take it up with them I want to see the full picture. [[access|Acting under the power of attorney, I'm asking "
        "for a copy of all personal data you hold about my father, including who was given access to the workspace "
        "for his sale and when.]]",
        "I've attached a copy of the LPA and my ID."),
      L(r="access", tp=True),
      "An attorney asking for his father (third_party) with no grievance against PEXA and nothing raised against the "
      "conveyancer yet: not a complaint; a copy of all data held about his father = access.",
      last="Achterberg"),
    # look-alikes
    S(23, "pexa", "staff", "a",
      ["Locked out of workspaces since this morning", "URGENT - no access for three of our users"],
      P("Since about 8.30 this morning three of our conveyancers have been unable to get into any workspace. They sign "
        "in fine, but every workspace shows 'You do not have access to this workspace', including ones they created "
        "themselves yesterday. We have four completions booked for today and two tomorrow.",
        "Nothing has changed on our side and our subscription administrator can see that their roles are still set "
        "correctly. Your status page shows no incident.",
        "We need access restored this morning, then an explanation of what happened and confirmation that it won't "
        "happen again."),
      L(c=True, cat="platform_defect"),
      "Users locked out of workspaces with completions at risk and a fix demanded: implicit complaint, "
      "platform_defect; 'access' means system access, not the data right, so rights=[].",
      domain="westgateferris.co.uk", sig=["Practice Manager", "Westgate Ferris Solicitors"],
      short="Three of our users locked out of every workspace since 8.30 with four completions today. We need access "
            "restored now and an explanation."),
    S(24, "pexa", "staff", "a",
      ["Duplicate workspace opened in error", "Please delete workspace {WS}"],
      P("One of our team opened two workspaces for the same remortgage yesterday afternoon (the borrowers are at 52 "
        "Cresswell Road, Lincoln). The second one, {WS}, is the duplicate. Once the other participants have been "
        "invited we can't remove it from our side, so could you delete it for us?",
        "While you're in there: the redemption amount in the surviving workspace was keyed as £148,250.00 and should be "
        "£184,250.00. I think we can change it ourselves, but if the field is locked please let me know."),
      L(),
      "A routine service request from a lender about its own entries: not a complaint; deleting a duplicate workspace "
      "and fixing a keyed figure are workspace administration, not a data subject's erasure or rectification, so "
      "rights=[]. Heathcote Bank is the sender, not a subject.",
      domain="heathcotebank.co.uk", sig=["Completions Team", "Heathcote Bank"]),
    S(25, "pexa", "staff", "a",
      ["Webinar cancelled again - recordings?", "Multiple lender discharges webinar"],
      P("This is the second time the 'Multiple lender discharges' webinar has been cancelled on the morning it was due "
        "to run, and both times I had booked two of my team out for the afternoon. Today's cancellation email arrived "
        "at 9.52am for a 10.00am start.",
        "We paid for these places as part of the advanced training bundle. I'd like to know when it will actually run, "
        "and in the meantime can you give us access to the recordings of the earlier sessions so my team aren't left "
        "waiting another month?",
        "A refund of the two places would also be appropriate."),
      L(c=True, cat="training"),
      "Repeated late cancellations with a refund and dates demanded: implicit complaint, category training; "
      "'access to the recordings' means webinar recordings, not a copy of personal data, so rights=[].",
      domain="penmarricklaw.co.uk", sig=["Head of Conveyancing", "Penmarrick Law"]),
    S(26, "pexa", "staff", "a",
      ["Email from your support team sent to us in error", "Misdirected email - another firm's client documents"],
      P("Just to let you know, at 11.14 today we received an email from your support team (case {CASE}) which was "
        "clearly meant for another participant. It contained a scanned passport and a bank statement for a borrower "
        "we have no connection with.",
        "We have not forwarded it, and I have deleted it from our mailbox and our deleted items. I thought you would "
        "want to know so that you can deal with it at your end and tell the other firm.",
        "No need to reply to me."),
      L(br=True),
      "Reporting someone else's documents sent to the wrong firm, with no reply expected: breach=true but not a "
      "complaint, so personal_data=false; 'deleted' describes what they did, and no right is asked for.",
      domain="oakhurstlending.co.uk", sig=["Operations Manager", "Oakhurst Lending"]),
    S(27, "pexa", "consumer", "f",
      ["Heathcote Bank have ignored my request", "Can you pass this to Heathcote?"],
      P("I remortgaged with Heathcote Bank in the spring and the deal was settled through PEXA. In July I asked "
        "Heathcote for a copy of all the personal data they hold about me, including their notes of my mortgage "
        "interview, and I have had nothing back despite two reminders. Their phone line just takes a message.",
        "I know you're not the bank, but you are the platform they use and I'm getting nowhere with them. Please pass "
        "this on to whoever at Heathcote deals with these things and make sure they answer me.",
        "It has been more than three months now."),
      L(c=True, pd=True, firm="hcb", cat="personal_data"),
      "A borrower's complaint purely about a participant lender ignoring her data request: forwarded complaint, "
      "about_other_firm=hcb, personal_data (request ignored); the copy of data was asked of Heathcote, not of PEXA, "
      "so rights=[]."),
    S(28, "pexa", "staff", "m",
      ["Complaint - title data access charges on October invoice", "October invoice: data access fees"],
      P("I want to raise a complaint about the 'title data access' charges on our October invoice.",
        "When the new pricing came in we were told that title and plan downloads would be included in the workspace "
        "fee. Instead each download has been billed at £4.20, and because our team pulls the title register at several "
        "stages of each matter, this comes to £611.40 for the month. Nobody warned us that the fee had changed.",
        "Please credit these charges and send me the notice you say was given, if there was one."),
      L(c=True, ex=True, cat="fees_charges"),
      "An explicit complaint about charges on the invoice: fees_charges; 'data access' names a billed download "
      "service, not a data right, so rights=[].",
      domain="drummondavery.co.uk", sig=["Finance Partner", "Drummond Avery"]),
    S(29, "pexa", "staff", "a",
      ["Annual supplier due diligence - data protection questions", "Supplier review: data processing information"],
      P("As part of our annual supplier review I need to update our file on PEXA. Could you send us:",
        "1. the current version of the data processing agreement between PEXA and Maplestone Building Society;\n2. a "
        "list of sub-processors and the countries where our customers' data is stored; and\n3. your latest "
        "penetration test summary or ISO 27001 certificate.",
        "Our review closes on the 30th. Thanks for your help."),
      L(),
      "A customer firm's due-diligence questions about processing done for it: not a complaint, and not a data "
      "subject asking about their own data, so rights=[] (no informed).",
      domain="maplestonebs.co.uk", sig=["Data Protection Officer", "Maplestone Building Society"]),
    S(30, "pexa", "staff", "a",
      ["Automatic holds on every change of bank details", "Settlement held again by your bank detail check"],
      P("For the fourth time in a fortnight a settlement has been put on hold because our client's bank details were "
        "changed in the workspace. Every time, the change was made by us, from our office, using our own login, to "
        "correct details the seller had given with a typo. Each time your system freezes the workspace for 24 hours "
        "'for security review' and there is nobody we can ring to clear it sooner.",
        "I understand why the check exists, but a 24-hour freeze with no way to confirm the change by phone makes it "
        "impossible to complete on the day. We need a faster route to clear these holds and somebody to tell us what "
        "it is."),
      L(c=True, cat="process"),
      "The hold rule itself is the grievance and a fix is demanded: implicit complaint, category process; the "
      "automatic hold is on a workspace, not a decision about the writer, and no human review of a decision about a "
      "person is asked, so rights=[].",
      domain="tillbrooksolicitors.co.uk", sig=["Completions Supervisor", "Tillbrook Solicitors"]),
]

# ---------------------------------------------------------------------------------------------------------------
# Conexus: 23 rights scenarios, 7 look-alikes

CONEXUS = [
    S(31, "conexus", "consumer", "a",
      ["Subject access request - ref {CXREF}", "Copy of my data please"],
      P("I'm getting my finances in order and want to understand what happened with my Pennant Mobile account before "
        "it was passed to you.",
        "[[access|Please send me a copy of all the personal information you hold about me, including your account "
        "notes, copies of the letters and texts you have sent me, and any call recordings.]]",
        "My account reference is {CXREF}. I'm happy to receive everything by email."),
      L(r="access"),
      "A neutral request: not a complaint; a copy of all personal information, notes and recordings = access.",
      subj_only="{CXREF}: [[access|please send me a copy of all the data you hold about me]]"),
    S(32, "conexus", "consumer", "m",
      ["You have me mixed up with my father", "Wrong person - {CXREF}"],
      P("My father and I have the same name and lived at the same address until 2019. The Sterling Credit loan you "
        "are chasing is his. I have never had a loan with Sterling Credit, and the letters you've sent to my flat have "
        "my date of birth on them, which tells me your records have merged the two of us. Dad knows about it and says "
        "he has been paying you every month.",
        "I've had two phone calls at work about it and a text saying the account will be 'passed for doorstep "
        "collection'. It's upsetting and it is not my debt.",
        "[[rectification|Please correct your records so the account is against my father, with his date of birth, "
        "not mine.]] [[restriction|Until you've sorted that out, don't use my details for anything to do with this "
        "account.]]"),
      L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
      "Records that merge him with his father (his own record is wrong) with distress and a fix demanded: implicit "
      "complaint, personal_data, category personal_data rather than debt_dispute because the root cause is the "
      "inaccurate record; correct = rectification, don't use meanwhile = restriction."),
    S(33, "conexus", "consumer", "a",
      ["Closed account - please delete my information", "Request to erase data, account {CXREF}"],
      P("My Northline Energy account that you collected was paid in full in 2017 and you wrote to confirm it was "
        "closed. It has been more than six years now and I can't see any reason for you to still have my details.",
        "[[erasure|Please erase all the personal data you hold about me and confirm when that has been done.]]",
        "Thank you."),
      L(r="erasure"),
      "A calm request about a long-closed account: not a complaint; 'erase all the personal data' = erasure.",
      subj_only="[[erasure|Paid off in 2017 - please delete all my details from your records]]"),
    S(34, "conexus", "consumer", "f",
      ["Before I set up a plan - how will my information be used?", "Questions about how you use my information"],
      P("I'm about to set up a repayment plan for my Westbury council tax arrears, and your letter says you 'may use "
        "information from credit reference agencies and other sources to assess your circumstances'.",
        "Before I go ahead: [[informed|which other sources do you mean, what do you get from them, and what do you use "
        "it for?]]",
        "[[objection|I also object to my information being used to build any kind of profile of me for marketing or "
        "for selling on to other companies.]] I'm happy for you to use what you need to run the account itself."),
      L(r="informed,objection"),
      "Questions before anything has gone wrong: not a complaint; which sources and for what purpose = informed, "
      "objecting to marketing profiling = objection."),
    S(35, "conexus", "pro", "a",
      ["Client: Mr Kwame Boateng - data request", "Our client Mr K Boateng, ref {CXREF}"],
      P("I am a money adviser at Downland Money Advice and I act for Mr Kwame Boateng, who has signed the attached "
        "authority.",
        "We are preparing a debt relief order application and need an accurate record of what he has paid towards his "
        "Pennant Mobile debt since it was passed to you.",
        "[[portability|On his behalf, please send his payment history as a CSV or spreadsheet file that we can import "
        "into our case management system.]] [[access|Please also send a copy of the other personal data you hold "
        "about him, including the default notice and any notes of his calls.]]",
        "Please reply to me at this address."),
      L(r="portability,access", tp=True),
      "A money adviser's neutral request for a client: not a complaint, third_party; a file to import into other "
      "software = portability, a copy of the other data held = access.",
      domain="downlandmoneyadvice.org.uk", sig=["Money Adviser", "Downland Money Advice"]),
    S(36, "conexus", "consumer", "f",
      ["Online plan turned down in seconds", "your online plan tool rejected my offer"],
      P("On Sunday night I used your website to offer £25 a month towards my Beacon Home Finance arrears. I "
        "filled in my income and outgoings honestly (I'm on Universal Credit and have two children) and within seconds "
        "got a message saying my offer 'did not meet the minimum' and that I need to pay £110 a month. There was "
        "no one to talk to and no explanation of how that figure was reached.",
        "I cannot pay £110 a month. Now I've had a letter saying that if I don't agree a plan within 14 days the matter "
        "'may be escalated'.",
        "[[automated_decision|I want a real person to look at my income and outgoings and make the decision, not the "
        "website.]] [[informed|Please also tell me what information about me the website used to come up with that "
        "figure.]]"),
      L(c=True, r="automated_decision,informed", cat="collection_conduct"),
      "An unaffordable plan imposed with escalation threatened: implicit complaint about how the debt is pursued "
      "(collection_conduct); a person instead of the website = automated_decision, what data was used = informed. "
      "Beacon is only the creditor, so about_other_firm=null.",
      short=P("your website rejected my £25 a month offer in seconds and wants £110, which I can't pay. "
              "[[automated_decision|I want a person to decide my plan, not the website.]] [[informed|And tell me "
              "what information about me it used.]]")),
    S(37, "conexus", "consumer", "a",
      ["Letter received - where did you get my address?", "Query about where you got my address"],
      P("I received your letter dated 14 March about an old Lumen Water account from a flat I rented in 2016. I'm "
        "not disputing it at this stage; I need to look through my old paperwork first.",
        "I've moved three times since then and never gave Lumen my current address. [[informed|Could you tell me "
        "where you got my current address from and on what basis you are using it?]]"),
      L(r="informed"),
      "A neutral question ('not disputing it at this stage') with no dissatisfaction stated: not a complaint; where "
      "the address came from and on what basis = informed.",
      short="Got your letter about an old Lumen Water account. [[informed|Where did you get my current address from, "
            "and on what basis are you using it?]]"),
    S(38, "conexus", "consumer", "a",
      ["Two payments missing from my balance", "Balance wrong - please don't report me"],
      P("Your April statement shows a balance of £1,246.18 on my Pennant Mobile account. It should be £1,046.18. My "
        "payments of £100 on 3 February and £100 on 3 March have not been applied, even though both left my bank "
        "account (screenshots attached) and your agent confirmed on the phone that she could see them.",
        "I'm now getting letters saying I'm in arrears on my plan, which I'm not.",
        "[[restriction|While you sort this out, please don't report this balance or any missed payment to the credit "
        "reference agencies.]] And please apply the two payments and write to me confirming the right balance."),
      L(c=True, r="restriction", cat="debt_dispute"),
      "Payments not applied and a wrong balance challenged: implicit complaint, debt_dispute, Conexus's own error so "
      "about_other_firm=null; 'don't report it while disputed' = restriction; applying the payments is a remedy, not "
      "rectification, and personal_data stays false.",
      short=P("You haven't applied my payments of £100 on 3 Feb and 3 March so my balance is £200 too high. "
              "[[restriction|Please don't report anything to the credit reference agencies until it's sorted.]]")),
    S(39, "conexus", "pro", "a",
      ["Our client Ms Leanne Corrie - change of address and data request (urgent)", "Ms L Corrie - {CXREF}"],
      P("We act for Ms Leanne Corrie in family proceedings. Ms Corrie has left the address you hold for her because "
        "of domestic abuse, and her former partner still lives there.",
        "On her behalf:",
        "[[rectification|Please update your records with her new correspondence address, which is care of this firm "
        "at 2 Saddler's Yard, Shrewsbury SY1 1QT.]]\n[[restriction|Please make sure her previous address is no longer "
        "used for letters or passed to anyone, including the creditor, while her circumstances are as they are.]]\n"
        "[[access|Please send us a copy of all the personal data you hold about her, so that we can check nothing has "
        "been sent to the old address since she left.]]",
        "Ms Corrie's signed authority is attached. Please treat this as urgent."),
      L(r="rectification,restriction,access", tp=True),
      "A solicitor's urgent but neutral instructions for a client: not a complaint, third_party; new address = "
      "rectification, stop using the old one = restriction, copy of all data = access.",
      domain="ashgrovefamilylaw.co.uk", sig=["Solicitor", "Ashgrove Family Law"]),
    S(40, "conexus", "consumer", "a",
      ["Texts for someone else", "wrong number - please stop and delete it"],
      P("For about six weeks I've been getting texts from you addressed to a 'Mr D. Farrant' about an overdue Pennant "
        "Mobile balance, with the amount and his account number in them. I am not Mr Farrant. I've had this number "
        "since January, so I assume it used to be his.",
        "I've replied STOP twice and rung once, and they still come, two or three a week. I'm also not comfortable "
        "that I now know someone else's debt.",
        "[[erasure|Please delete my mobile number from your records.]] [[objection|I object to you using this number "
        "for anything at all, since it has nothing to do with your customer.]]"),
      L(c=True, pd=True, br=True, r="erasure,objection", cat="personal_data"),
      "Another person's debt details keep being sent to the writer (breach) and his number keeps being used despite "
      "requests: implicit complaint, personal_data; delete the number = erasure, object to any use = objection.",
      short=P("I keep getting texts for a Mr D. Farrant with his debt details. Not me! [[erasure|Delete my number "
              "from your records.]] [[objection|I object to you using it for anything.]]")),
    S(41, "conexus", "consumer", "a",
      ["Final payment made - two requests", "Account {CXREF} now cleared"],
      P("I made the final payment on my Sterling Credit account last Friday, so the account should now be cleared. "
        "Thank you for your help with the plan over the last two years - your team were always fair with me.",
        "I'm applying for a mortgage in the new year and my broker has asked for evidence that I kept up the plan. "
        "[[portability|Please send me my full payment history as a spreadsheet or CSV file that she can upload to her "
        "system.]]",
        "[[erasure|Once you have sent it and the account is closed, please delete my personal details, apart from "
        "anything you're legally obliged to keep.]]"),
      L(r="portability,erasure"),
      "Thanks and two requests, no dissatisfaction: not a complaint; a CSV to upload elsewhere = portability, "
      "delete afterwards = erasure."),
    S(42, "conexus", "consumer", "a",
      ["Why is a doorstep agent being sent?", "Escalation letter - I have been paying"],
      P("Your letter of 9 September says my account has been 'automatically escalated to field collection' because I "
        "have 'not engaged'. I have engaged. I rang on 28 August, explained that my pay date has moved from the 1st to "
        "the 15th and asked to move my payment date, and the agent said it would be noted. The next payment went in on "
        "the 15th as agreed, two weeks 'late' by your system's reckoning.",
        "I do not want someone turning up at my door when I've done nothing wrong. [[automated_decision|I want a "
        "person to review the decision to escalate my account, instead of leaving it to your system.]]"),
      L(c=True, r="automated_decision", cat="collection_conduct"),
      "An automatic escalation to doorstep collection despite an agreed date change: implicit complaint, "
      "collection_conduct; a person to review the system's decision = automated_decision.",
      short=P("Your system escalated me to a doorstep agent for paying on the date your own agent agreed. "
              "[[automated_decision|I want a person to review that decision, not the system.]]")),
    S(43, "conexus", "pro", "a",
      ["Constituent: Mr Tomasz Wierzbicki - calls to his employer", "Our ref GT/4471 - Mr T Wierzbicki"],
      P("I am writing on behalf of my constituent, Mr Tomasz Wierzbicki, who has given his consent for this office to "
        "act for him (copy attached).",
        "Mr Wierzbicki tells us that your staff have telephoned his workplace switchboard on at least three occasions "
        "about a Northline Energy account, and that on the last occasion the caller told the receptionist the call "
        "concerned 'an unpaid debt'. He has never given you his employer's details and is very distressed that "
        "colleagues now know about his finances.",
        "[[informed|Mr Wierzbicki would like to know how you obtained his employer's name and number and on what basis "
        "you used them.]] [[access|He also asks for a copy of all the personal data you hold about him, including the "
        "notes and recordings of the calls to his workplace.]]",
        "I would be grateful for a response within 14 days."),
      L(c=True, pd=True, br=True, r="informed,access", tp=True, cat="collection_conduct"),
      "An MP's office (third_party) on calls to a workplace that revealed the debt to a receptionist: implicit "
      "complaint, collection_conduct as the main theme with personal_data and breach set; how the employer details "
      "were obtained = informed, copy of data and recordings = access.",
      domain="parliament.uk", sig=["Caseworker to Gwen Tallis MP", "House of Commons"]),
    S(44, "conexus", "consumer", "f",
      ["Letters still in my old name", "Please use my correct name - {CXREF}"],
      P("I changed my name by deed poll last year and sent you a copy in February, and again in May when the next "
        "letter came in my old name. Your agent on the phone said it had been updated. Yesterday's letter was "
        "addressed to my old name and title again.",
        "It is genuinely distressing to keep seeing that name. [[rectification|Please correct my name and title on "
        "every part of your records to match the deed poll I sent.]] I'd also like to know why this still hasn't "
        "happened after two attempts."),
      L(c=True, pd=True, r="rectification", cat="personal_data"),
      "Inaccurate name held after two requests, with distress and an answer expected: implicit complaint, "
      "personal_data (no breach); 'correct my name and title' = rectification; asking why it wasn't done is a "
      "complaint demand, not informed.",
      short=P("Third letter in my old name despite the deed poll I sent twice. [[rectification|Please correct my name "
              "and title on all your records.]]")),
    S(45, "conexus", "consumer", "a",
      ["Complaint - my details passed to a debt management company",
       "[[informed|Who have you given my details to?]]"],
      P("I wish to make a complaint about what you have done with my details.",
        "Two days after I spoke to your agent about my Lumen Water arrears and mentioned I was struggling, I got a call "
        "from a company called Clearpath Debt Solutions who knew my name, my balance with you and that I had "
        "'recently spoken to Conexus'. They said they were your 'preferred partner' and tried to sign me up to a "
        "fee-paying debt management plan. At no point did your agent ask whether I was happy for my details to be "
        "passed on.",
        "[[informed|Tell me exactly what information you gave to Clearpath, and to anyone else you have passed my "
        "details to, and why.]]\n[[objection|I object to my details being shared with any company for the purpose of "
        "selling me products or services.]]"),
      L(c=True, ex=True, pd=True, r="informed,objection", cat="personal_data"),
      "An explicit complaint about details shared with a marketing partner without agreement (unexpected sharing, "
      "personal_data, breach=false as it was deliberate sharing, not a wrong recipient); what was shared with whom "
      "and why = informed, objecting to sharing for selling = objection."),
    S(46, "conexus", "consumer", "m",
      ["Complaint about wrong settlement figure", "Settlement figure given on 12 June"],
      P("I am making a complaint about the settlement figure I was given on the phone.",
        "On 12 June your agent told me that if I paid £850 by the end of the month you would accept it in full "
        "and final settlement of my Heathcote Bank credit card debt. I borrowed the money from my brother and paid it "
        "on the 27th. Now I've had a letter saying the £850 has been treated as a part payment, that £1,312 is still "
        "owed, and that there is 'no record' of a settlement offer.",
        "[[access|Please send me the recording of that call on 12 June, and any notes your agent made of it.]] I "
        "expect you to honour what I was told."),
      L(c=True, ex=True, r="access", cat="inaccurate_information"),
      "An explicit complaint that an agent's settlement offer is not being honoured: the specific theme (wrong "
      "information from Conexus's agent) beats the generic debt dispute, so inaccurate_information; the call "
      "recording and notes = access; personal_data false."),
    S(47, "conexus", "consumer", "f",
      ["Complaint - this debt is not mine (identity fraud)", "Account opened fraudulently in my name"],
      P("I want to complain about how you are dealing with an account that was opened fraudulently in my name.",
        "The Pennant Mobile contract you are chasing was taken out in 2021, when I was 16, by someone in my family who "
        "used my details without my knowledge. I reported it to Action Fraud in April (crime reference "
        "NFRC2104418832) and sent you the reference and a copy of the report in May. Since then I have had four more "
        "letters and a text threatening to pass my details to a field agent.",
        "[[erasure|As this account was never mine, I want every record linking me to it deleted from your systems.]] "
        "Please confirm that collection has stopped."),
      L(c=True, ex=True, r="erasure", cat="debt_dispute"),
      "An explicit complaint that a fraudulent debt is still pursued after evidence was sent: debt_dispute (not "
      "owed), Conexus's own conduct so about_other_firm=null; deleting every record linking her to it = erasure, "
      "personal_data false because the grievance is the debt."),
    S(48, "conexus", "consumer", "a",
      ["Payment history export and plan amount", "Two quick things on {CXREF}"],
      P("Two things please, nothing urgent.",
        "[[portability|Could you send me my payment history on the Sterling Credit account as a CSV file so I can "
        "load it into the budgeting app I use?]]",
        "[[rectification|Your online account shows my plan as £30 a month, but since the review in August it has "
        "been £35, so please update it.]]",
        "Thanks for your help."),
      L(r="portability,rectification"),
      "A relaxed request: not a complaint; CSV to load into an app = portability, updating a wrongly shown plan "
      "amount on his record = rectification."),
    S(49, "conexus", "pro", "f",
      ["Ms Abigail Thorley - use of her health information", "On behalf of my patient, Ms A Thorley"],
      P("I am Ms Abigail Thorley's community mental health nurse and I'm writing with her consent, which she has "
        "confirmed in the attached note.",
        "When Ms Thorley told your agent in September that she has bipolar disorder, she did so to explain why she had "
        "missed payments and to ask for some breathing room. She has since had two letters from you that mention her "
        "'mental health condition' in the first paragraph, and a call from an agent who asked her about her "
        "medication. She found both upsetting.",
        "[[restriction|Ms Thorley asks that information about her health be used only to flag that she needs extra "
        "support, and not for anything else, including letters, until she has discussed this with you.]]",
        "Please reply to me."),
      L(c=True, pd=True, r="restriction", tp=True, cat="personal_data"),
      "A nurse (third_party) on health information used beyond its purpose, upsetting the patient, with a reply "
      "expected: implicit complaint, personal_data as the main grievance (no disclosure, no breach); limit its use = "
      "restriction.",
      domain="nhs.net", sig=["Community Mental Health Nurse", "Severnside Community Mental Health Team"]),
    S(50, "conexus", "consumer", "m",
      ["Plan increased without anyone talking to me", "payment increase letter {CXREF}"],
      P("Your letter says that following an 'automated affordability review' my payment plan on my Beacon Home "
        "Finance debt is going up from £40 to £95 a month from next month. No one has spoken to me. The letter "
        "says the review used credit reference data, and that data must be wrong, because the only way you could "
        "think I can afford £95 is if you think I still have the car loan I paid off last year.",
        "[[automated_decision|I want a person to look at my actual circumstances and decide the plan, not an "
        "automated review.]] [[rectification|And if your records show that car loan as still running, please correct "
        "them.]]",
        "I can send payslips and bank statements."),
      L(c=True, r="automated_decision,rectification", cat="collection_conduct"),
      "A plan increase imposed by an automated review: implicit complaint about how the debt is pursued "
      "(collection_conduct); a person to decide = automated_decision, correcting the loan record = rectification; "
      "personal_data false as the main grievance is the increase."),
    S(51, "conexus", "consumer", "a",
      ["Budgeting app and my repayment proposal", "CSV of payments + plan question"],
      P("I'm using a budgeting app to get on top of things and I'd like to put a sensible offer to you on my Westbury "
        "council tax arrears.",
        "[[portability|Please email me my payment history and current balance in a machine-readable file (CSV is best) "
        "so I can import it into the app.]]",
        "I've read that offers made through your website are accepted or declined by the system. "
        "[[automated_decision|When I send my proposal, I'd like it to be looked at by a person rather than decided "
        "automatically.]]",
        "Thanks very much."),
      L(r="portability,automated_decision"),
      "Requests made before anything has gone wrong: not a complaint; a CSV to import = portability, a person "
      "rather than the system to decide = automated_decision."),
    S(52, "conexus", "pro", "a",
      ["Our client Mr Idris Pugh - complaint regarding default date", "Mr I Pugh - incorrect default date reported"],
      P("We act for Mr Idris Pugh in relation to the Sterling Credit account your firm manages, and his authority is "
        "enclosed.",
        "This letter is a formal complaint. Your firm is reporting a default date of 14 March 2024 on our client's "
        "credit file. The creditor's own default notice, which we enclose, gives the default date as 14 March 2022. "
        "The later date means the default will stay on his file two years longer than it should, and he has been "
        "refused a remortgage as a result.",
        "[[rectification|We ask that you correct the default date in your records, and in what you report to the "
        "credit reference agencies, to 14 March 2022.]]",
        "We look forward to your response within eight weeks."),
      L(c=True, ex=True, pd=True, r="rectification", tp=True, cat="personal_data"),
      "A solicitor's formal complaint (third_party, explicit) about an inaccurate date Conexus holds and reports: "
      "personal_data, no breach, about_other_firm=null because Conexus is the one reporting it; correct the date = "
      "rectification.",
      domain="fairbankelliott.co.uk", sig=["Solicitor", "Fairbank Elliott"]),
    S(53, "conexus", "consumer", "a",
      ["Letter addressed to me about a debt I know nothing about", "I am not the person you're looking for"],
      P("I moved into 5 Calloway Street in August. Last week a letter from you arrived addressed to me, by my full "
        "name, about a Northline Energy debt from 2020, when the house belonged to a Mr and Mrs Haddow. I was living "
        "in Cardiff in 2020 and have never been a Northline customer.",
        "Somehow you have attached my name to someone else's debt.",
        "[[access|First, please send me a copy of whatever you hold about me.]] [[informed|Then explain where you got "
        "my name from and why you linked it to this account.]] [[erasure|After that, delete my details, since I have "
        "nothing to do with this debt.]]"),
      L(c=True, pd=True, r="access,informed,erasure", cat="personal_data"),
      "His name wrongly attached to a stranger's debt, with demands: implicit complaint about inaccurate data "
      "(personal_data, no breach); copy = access, where the name came from = informed, delete = erasure."),
    # look-alikes
    S(54, "conexus", "consumer", "a",
      ["Stop ringing me at work", "calls at work"],
      P("This is the third time this week someone from your office has rung my mobile during my shift. I have told "
        "every one of your agents that I can't take calls at work, that I work in a care home and can't step away from "
        "residents, and that the best time to reach me is after 6pm or by email. I am paying £20 a month and I haven't "
        "missed a payment.",
        "Please stop calling me at work. Put a note on my account that I'm only to be contacted after 6pm or by email, "
        "and let me know that has been done."),
      L(c=True, cat="collection_conduct"),
      "Repeated calls at work despite requests: implicit complaint, collection_conduct; 'stop calling me' and a "
      "contact-time note are conduct remedies, not objection or restriction, so rights=[].",
      short="3rd call this week during my shift. Stop calling me at work - after 6pm or email only, I've said it "
            "every time."),
    S(55, "conexus", "consumer", "a",
      ["Thank you - data received", "Re: Your subject access request"],
      P("Thank you for sending everything so quickly. I've been through the letters and call notes and it all makes "
        "sense now. I can see the payment I was worried about was received on time after all.",
        "Nothing more needed from me. Thanks again to the team."),
      L(),
      "A thank-you for data already sent, with no request or grievance: not a complaint; the access request is only "
      "in the past (and in any quoted reply), so rights=[].",
      force_reply=True,
      quote=("Conexus Data Protection",
             "Dear Customer,\n\nFurther to your subject access request, please find attached a copy of the personal "
             "data we hold about you, including account notes, copies of letters and call recordings.\n\nReference "
             "DP-{ref}\n\nConexus Data Protection Team")),
    S(56, "conexus", "staff", "a",
      ["Placement file sent to you in error", "Please delete file NLE-PL-0921"],
      P("This morning at 09.40 our collections team sent you a placement file (NLE-PL-0921) containing 38 customer "
        "accounts. Those accounts were meant for a different agency on our panel and should not have come to Conexus.",
        "Please don't load or work any of those accounts. Could you delete the file and any copies from your systems, "
        "and confirm by email once that's done so I can close this off with our data protection team.",
        "Apologies for the inconvenience."),
      L(br=True),
      "A creditor reporting its own misdirected file (breach=true) and asking for it to be deleted: not a complaint; "
      "a controller's instruction about a misdirected file is not a data subject's erasure request, so rights=[]. "
      "Northline is the sender, not a subject.",
      domain="northline-energy.co.uk", sig=["Collections Operations Lead", "Northline Energy"]),
    S(57, "conexus", "consumer", "f",
      ["Complaint about your letters", "Threatening letters - complaint"],
      P("I want to make a complaint about the letters you send.",
        "I've had four in the last month, all clearly computer-generated, each one in red type saying 'FINAL WARNING' "
        "and 'ENFORCEMENT ACTION MAY FOLLOW', even though I agreed a plan with you three weeks ago and have made the "
        "first payment. My mum, who I care for, saw the last one and was in tears because she thought bailiffs were "
        "coming.",
        "I'd like an apology, and I want the automated letters stopped now that the plan is running. Please confirm in "
        "writing."),
      L(c=True, ex=True, cat="collection_conduct"),
      "An explicit complaint about threatening letters during an agreed plan: collection_conduct; stopping automated "
      "letters is a conduct remedy, not a request for human review of a decision, so rights=[]."),
    S(58, "conexus", "consumer", "f",
      ["You won't speak to me about Dad's account", "My father's account - data protection refusal"],
      P("My father is 84 and partially sighted, and he has asked me to deal with your letters about his Lumen Water "
        "arrears. Three times now I've rung with him sitting next to me, and each time your agent has refused to speak "
        "to me 'for data protection reasons', even after Dad said on the line that he was happy for me to talk for "
        "him. The agent said you need a signed form posted to you, and Dad can't fill in a form himself.",
        "This is ridiculous. I'm trying to get the account paid. Please tell me how I can get permission to speak for "
        "him that doesn't involve a paper form, and ring me back to agree a plan."),
      L(c=True, tp=True, cat="process"),
      "A daughter writing for her father (third_party) about the signed-form rule itself: implicit complaint, "
      "category process; 'data protection' is the reason given to her, and she asks for no data right, so "
      "rights=[]."),
    S(59, "conexus", "consumer", "a",
      ["Northline bill is wrong", "Disputed Northline Energy balance"],
      P("You've written to me about £932.77 owed to Northline Energy. That balance is almost entirely estimated bills "
        "from the winter of 2022, when the flat was empty and the letting agent recorded the meter reading at check-out "
        "(I have the report). Northline never used the actual reading.",
        "I've written to Northline asking them for a copy of the meter readings they hold for my account and to rebill "
        "me properly, but they keep telling me the account is 'with the agency'.",
        "I'm not refusing to pay what I genuinely owe. Please pass this back to Northline and get them to correct the "
        "bill."),
      L(c=True, firm="nte", cat="debt_dispute"),
      "The creditor's own billing is the root cause and only it can fix it: complaint, about_other_firm=nte, "
      "debt_dispute; the meter-reading request was made to Northline, not Conexus, and 'correct the bill' is a "
      "billing remedy, so rights=[]."),
    S(60, "conexus", "consumer", "a",
      ["Can't log in to my online account", "Password reset link not working"],
      P("I'm trying to access my online account to check my balance, but the password reset link in your email says it "
        "has expired, even when I click it straight away. I've tried on my phone and on a laptop.",
        "Could you reset it from your end or tell me what I'm doing wrong? My account number is {CXREF}."),
      L(),
      "A routine service request: not a complaint; 'access my online account' means logging in, not the data right, "
      "so rights=[].",
      subj_only="Password reset link says expired - can you reset my online account login? {CXREF}"),
]

SCENARIOS = PEXA + CONEXUS

# ---------------------------------------------------------------------------------------------------------------
# envelopes

FEMALE = ["Amelia", "Bethan", "Chloe", "Deborah", "Eleanor", "Fatima", "Georgina", "Hannah", "Imogen", "Jasmine",
          "Katarzyna", "Laura", "Megan", "Nadia", "Olivia", "Priyanka", "Rachel", "Siobhan", "Tamsin", "Uzma",
          "Victoria", "Wendy", "Yasmin", "Zoe", "Carys", "Aoife", "Grace", "Marta", "Sophie", "Helen"]
MALE = ["Adam", "Ben", "Callum", "Darren", "Ewan", "Farhan", "Gareth", "Harry", "Ian", "Jamal", "Kieran", "Liam",
        "Mohammed", "Neil", "Owen", "Patrick", "Rhodri", "Simon", "Toby", "Usman", "Vikram", "William", "Yusuf",
        "Aled", "Connor", "Dominic", "Graham", "Joel", "Marek", "Stuart"]
SURNAMES = ["Ainsworth", "Bhatti", "Carrick", "Delaney", "Ellison", "Fairweather", "Gillespie", "Hartigan",
            "Iqbal", "Jephcott", "Kowalski", "Lockhart", "McAllister", "Nwankwo", "Ormerod", "Pemberton", "Quigley",
            "Rahman", "Sheridan", "Thackeray", "Underwood", "Varley", "Whitmore", "Yeadon", "Zielinski", "Bramwell",
            "Chaudhry", "Dunmore", "Eastwood", "Fenton", "Greaves", "Holloway", "Kerrigan", "Lambourne", "Mensah",
            "Northcott", "O'Hagan", "Pennock", "Radcliffe", "Stansfield", "Tremayne", "Winstanley"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                    "sky.com", "proton.me", "live.co.uk", "virginmedia.com"]

GREET = {"pexa": ["Hello,", "Hi,", "Dear PEXA team,", "Dear Sir or Madam,", "Good morning,", "Good afternoon,",
                  "Hi there,", ""],
         "conexus": ["Dear Sir or Madam,", "Hello,", "Hi,", "To whom it may concern,", "Dear Conexus,",
                     "Good afternoon,", "Dear Sir/Madam,", ""]}
GREET_FORMAL = ["Dear Sir or Madam,", "Dear Data Protection Officer,", "To whom it may concern,", "Dear Sirs,"]
SIGNOFF = ["Kind regards,", "Regards,", "Thanks,", "Many thanks,", "Best wishes,", "Thank you,", "Yours faithfully,",
           "Best,", "Cheers,"]
SIGNOFF_FORMAL = ["Yours faithfully,", "Kind regards,", "Yours sincerely,", "Regards,"]

QUOTES = {
    "pexa": [
        ("PEXA Support", "Thank you for contacting PEXA Support. Your case number is PX-{ref}. A member of the team "
                         "will be in touch within two business days.\n\nKind regards\nPEXA Support"),
        ("PEXA Customer Care", "Hi,\n\nThanks for your message. We have logged this under case PX-{ref} and passed it "
                               "to the relevant team.\n\nPEXA Customer Care"),
        ("PEXA Customer Care", "Thank you for getting in touch. So that we can help, please reply to this email with "
                               "any further details, quoting reference PX-{ref}.\n\nPEXA Customer Care"),
    ],
    "conexus": [
        ("Conexus Customer Services", "Thank you for your email. Your enquiry has been logged under reference "
                                      "CX-{ref} and we aim to reply within 5 working days.\n\nConexus Customer "
                                      "Services"),
        ("Conexus", "Dear Customer,\n\nWe have received your message and it has been passed to the appropriate team "
                    "(ref CX-{ref}). Please do not send payment card details by email.\n\nConexus"),
        ("Conexus Customer Services", "Thank you for contacting Conexus. If you would like to discuss your account you "
                                      "can call us on 0330 555 0142, Monday to Friday, 8am to 8pm.\n\nRef CX-{ref}"
                                      "\nCustomer Services Team"),
    ],
}
MAILBOX_DOMAIN = {"pexa": "pexa.co.uk", "conexus": "conexus-services.com"}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

REPLY_KINDS = ("reply", "html_reply", "typo_reply")
KIND_WEIGHTS = [("plain", 3), ("html", 2), ("reply", 2), ("html_reply", 1), ("typo", 2), ("typo_reply", 1),
                ("short", 5), ("subject_only", 4)]


def pick_kinds(rng, sc):
    """Two different envelope kinds for a scenario (short / subject_only only where the scenario has that text)."""
    avail = [(k, w) for k, w in KIND_WEIGHTS
             if (k != "short" or sc["short"]) and (k != "subject_only" or sc["subj_only"])]
    if sc["force_reply"]:
        first = rng.choice(REPLY_KINDS)
        rest = [(k, w) for k, w in avail if k != first]
    else:
        first = None
        rest = avail
    kinds = [first] if first else []
    while len(kinds) < 2:
        total = sum(w for _, w in rest)
        x = rng.randrange(total)
        for k, w in rest:
            if x < w:
                kinds.append(k)
                rest = [(k2, w2) for k2, w2 in rest if k2 != k]
                break
            x -= w
    return kinds


def slug(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def pick_person(rng, sc, used):
    """(first, last, display name, address), not repeating a name already used for this scenario."""
    while True:
        pool = FEMALE if sc["g"] == "f" else MALE if sc["g"] == "m" else FEMALE + MALE
        first = rng.choice(pool)
        last = sc["last"] or rng.choice(SURNAMES)
        if (first, last) not in used:
            break
    used.add((first, last))
    f, l_ = slug(first), slug(last)
    if sc["role"] == "consumer":
        dom = rng.choice(PERSONAL_DOMAINS)
        pat = rng.randrange(5)
        local = [f"{f}.{l_}", f"{f[0]}{l_}{rng.randrange(10, 99)}", f"{l_}.{f}", f"{f}{l_[0]}{rng.randrange(1, 9)}",
                 f"{f}_{l_}"][pat]
    else:
        dom = sc["domain"]
        if dom == "nhs.net":
            local = f"{f}.{l_}{rng.randrange(1, 9)}"
        else:
            local = [f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_[0]}", f"{f[0]}{l_}"][rng.randrange(4)]
    shape = rng.randrange(6)
    if shape == 0:
        display = f"{first[0]}. {last}"
    elif shape == 1 and sc["role"] != "consumer":
        display = f"{last}, {first}"
    else:
        display = f"{first} {last}"
    return first, last, display, f"{local}@{dom}"


def fill_tokens(text, rng, first, toks):
    for key in ("{CXREF}", "{WS}", "{CASE}"):
        if key in text and key not in toks:
            toks[key] = {"{CXREF}": f"CX-{rng.randrange(1000000, 9999999)}",
                         "{WS}": f"WS-{rng.randrange(100000, 999999)}",
                         "{CASE}": f"SUP-{rng.randrange(100000, 999999)}"}[key]
    for key, val in toks.items():
        text = text.replace(key, val)
    return text.replace("{FIRST}", first)


def render(rng, sc, kind, used, subject_i):
    first, last, display, addr = pick_person(rng, sc, used)
    toks = {}
    formal = sc["role"] == "pro"
    if kind == "subject_only":
        subject_marked = fill_tokens(sc["subj_only"], rng, first, toks)
        body_marked = ""
        html, quote = False, None
    else:
        subject_marked = fill_tokens(sc["subjects"][subject_i], rng, first, toks)
        if kind == "short":
            core = fill_tokens(sc["short"], rng, first, toks)
            body_marked = core + "\n\n" + rng.choice([first, first[0], f"{first} {last}", f"{first[0]}{last[0]}"])
        else:
            core = fill_tokens(sc["text"], rng, first, toks)
            greeting = rng.choice(GREET_FORMAL if formal else GREET[sc["mb"]])
            signoff = rng.choice(SIGNOFF_FORMAL if formal else SIGNOFF)
            sig_lines = [f"{first} {last}"] + sc["sig"]
            if sc["mb"] == "conexus" and sc["role"] == "consumer" and "{CXREF}" not in toks and rng.random() < 0.4:
                sig_lines.append(f"Account ref: CX-{rng.randrange(1000000, 9999999)}")
            parts = ([greeting] if greeting else []) + [core, signoff + "\n" + "\n".join(sig_lines)]
            body_marked = "\n\n".join(parts)
        html = kind in ("html", "html_reply")
        if kind.startswith("typo"):
            body_marked = typos_outside_marks(body_marked, rng, MARK_RIGHTS, 0.3)
        if kind in REPLY_KINDS:
            if sc["quote"]:
                who, qtext = sc["quote"]
            else:
                who, qtext = QUOTES[sc["mb"]][rng.randrange(len(QUOTES[sc["mb"]]))]
            day = datetime.date(2026, rng.randrange(1, 13), rng.randrange(1, 29))
            date = (f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} 2026 at "
                    f"{rng.randrange(8, 18)}:{rng.randrange(60):02d}")
            quote = (f"On {date}, {who} wrote:", qtext)
        else:
            quote = None
    headers = {}
    if quote is not None:
        headers["in-reply-to"] = f"<{rng.randrange(16 ** 10):010x}.{sc['sid']}@{MAILBOX_DOMAIN[sc['mb']]}>"
    return finish_marked_record(
        rng, mailbox=sc["mb"], sender=f"{display} <{addr}>", subject=strip_marks(subject_marked, MARK_RIGHTS),
        body=strip_marks(body_marked, MARK_RIGHTS), html=html, quote=quote,
        subject_marks=rights_marks_of(subject_marked), body_marks=rights_marks_of(body_marked),
        labels=sc["labels"], note=sc["note"], source=f"rmr-s{sc['sid']:03d}", env=kind, headers=headers)


def check_scenarios():
    """Every scenario's marked texts carry exactly its labelled rights; ids and counts are as planned."""
    assert [sc["sid"] for sc in SCENARIOS] == list(range(1, 61))
    for sc in SCENARIOS:
        want = set(sc["labels"]["rights"])
        texts = [sc["text"]] + [t for t in (sc["short"], sc["subj_only"]) if t]
        for t in texts:
            extra = " ".join(s for s in sc["subjects"] if MARK_RIGHTS.search(s)) if t is not sc["subj_only"] else ""
            got = {r for r, _ in rights_marks_of(t + " " + extra)}
            assert got == want, (sc["sid"], got, want)
            for _, sent in rights_marks_of(t):
                assert "\n" not in sent, sc["sid"]


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        used = set()
        order = rng.sample(range(len(sc["subjects"])), len(sc["subjects"]))
        for i, kind in enumerate(pick_kinds(rng, sc)):
            records.append(render(rng, sc, kind, used, order[i % len(order)]))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen.setdefault(r["source"], r["labels"])
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(scen)} scenarios"]
    lines.append("per right: " + ", ".join(
        f"{rt} {sum(rt in r['labels']['rights'] for r in records)} emails/"
        f"{sum(rt in lab['rights'] for lab in scen.values())} scenarios" for rt in RIGHTS))
    look = [lab for lab in scen.values() if not lab["rights"]]
    lines.append(f"look-alikes: {len(look)} scenarios ({sum(lab['complaint'] for lab in look)} complaints); "
                 f"rights scenarios: {len(scen) - len(look)} "
                 f"({sum(len(lab['rights']) > 1 for lab in scen.values())} with 2-3 rights)")
    lines.append(f"complaints: {sum(lab['complaint'] for lab in scen.values())} scenarios / "
                 f"{sum(r['labels']['complaint'] for r in records)} emails; third party: "
                 f"{sum(lab['third_party'] for lab in scen.values())} scenarios / "
                 f"{sum(r['labels']['third_party'] for r in records)} emails")
    lines.append("envelopes: " + ", ".join(f"{k} {env_counts[k]}" for k in sorted(env_counts)))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
