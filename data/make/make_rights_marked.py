#!/usr/bin/env python3
"""Generate data/trials/rights_marked.jsonl (a trial file, not in the training folder: see data/README.md): UK GDPR rights requests in everyday and unusual wording, with the
sentence(s) that ask for each right marked by hand, plus look-alikes (rights=[]) for both mailboxes.

Stdlib only, deterministic (seed 20261207).  Usage, from the repo root:

    python data/make/make_rights_marked.py      # writes data/trials/rights_marked.jsonl

How it works
------------
* SCENARIOS below are whole emails written for this file.  Inside a scenario's text, every sentence (or clause)
  that ASKS for a right is wrapped as [[right|text]] (or [[right1+right2|text]] for one clause asking for two).
  The labels' `rights` list is exactly the rights marked in the scenario, in order of first mark; the other labels
  are set by hand per scenario (guide sections 2-4).
* Each scenario is rendered 2-4 times (variants): different sender, greeting and sign-off; optionally typos (the
  shared letter-edit helpers), a signature or legal disclaimer, a quoted earlier reply from the firm, an HTML body,
  or a short / subject-only version written for the scenario with the same labels.  All variants share `source`.
* The marks are computed from the FINAL body: the scenario text is cut into marked and unmarked segments, typos are
  applied segment by segment, and for HTML bodies the marked text is the escaped text of its own <p> element.
* Every record carries `request_sentences`: [{"right": ..., "text": ...}], each text a verbatim substring of the
  body (or of the subject when only the subject asks).  Look-alikes have [].
"""
import os
import re

from labelled_mail import (RIGHTS, edit_words, escape_html, html_with_quote, marked_record_errors, quote_lines,
                           run_generator, short_labels)

SEED = 20261207
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked.jsonl")
MARK = re.compile(r"\[\[([a-z_+]+)\|(.+?)\]\]")

SCENARIOS = []


def S(mb, who, subj, body, note, reg="n", short=None, quote=None, headers=None, frm=None, alt=None, footer="", **lab):
    """One scenario: mailbox, sender kind, subject, body (with [[right|text]] marks), one-line note, register
    (n normal, f formal, x bare / text-speak / angry, raw = machine mail sent as is), optional short version
    (subject, body) with the same labels, optional firm reply to quote, fixed headers / sender for machine mail
    and its second version alt = (subject, headers), a footer printed after the signature, and the non-rights labels in short_labels shorthand (c, ex, pd, br, tp, cat, firm, auto)."""
    SCENARIOS.append(dict(mb=mb, who=who, subj=subj, body=body, note=note, reg=reg, short=short, quote=quote,
                          headers=headers or {}, frm=frm, alt=alt, footer=footer, lab=lab))

# =============================================================================================================
# PEXA: rights requests
# =============================================================================================================

S("pexa", "c", "Old log-in records",
  """I used the platform as a paralegal at a firm in Leeds until last March and I'm now in a dispute with them about my final weeks there. They say I wasn't working on certain days.

[[access|Could you send me whatever records you have about me as a user, in particular the dates and times I logged in between January and March, and any notes your support desk made when I rang in?]] I don't need anything about the firm's matters, just me.""",
  "Neutral request for a copy of her own user records and support notes = access; no dissatisfaction with PEXA, so not a complaint.")

S("pexa", "c", "Why have I had an email from you?",
  """I'm selling my flat and this morning I got an email from PEXA with a link to something called a 'workspace'. I have never dealt with you and my solicitors didn't mention you.

Before I click on anything: [[informed|who gave you my email address, and what are you going to do with my details?]] [[access|If you are keeping information about me I'd also like a copy of it.]]""",
  "A seller asks where PEXA got his email and what it is used for (informed) and for a copy of what is held (access); wary but no grievance or remedy, so an enquiry.",
  short=("[[informed|Who gave PEXA my email address?]]", "[[access|And please send me a copy of anything you hold on me.]]"))

S("pexa", "law", "Surname change",
  """I got married in September and have changed my surname. My email address here has been updated but the name on my PEXA user profile, and on the certificates from the settlement training module, still shows my old name.

[[rectification|Can the name on my profile and on those certificates be changed to my new surname?]] I've attached the marriage certificate in case you need it.""",
  "Asking for her name to be updated on her profile and certificates is rectification of her own data; a routine request, not a complaint.")

S("pexa", "c", "My application",
  """I applied for the Customer Support Analyst role in August and was told last month that I hadn't been successful, which is fine.

[[erasure|I'd rather you didn't keep my CV, my cover letter and the notes from the video interview on file, so please get rid of them.]] I'm not planning to apply again.""",
  "A job applicant asks PEXA to get rid of her application records = erasure; calm, no complaint.",
  short=("[[erasure|Please delete my job application (Support Analyst, August)]]", ""))

S("pexa", "c", "Your sales emails",
  """I downloaded your guide to digital completions back in the spring. Since then I've had about a dozen emails from your sales team and two phone calls. I'm a retired surveyor, I'm not going to buy anything from you.

No hard feelings, but [[objection|no more sales emails or calls, please.]] [[erasure|I'd also like my details taken off whatever list I ended up on, not just unsubscribed.]]""",
  "Asks for sales contact to stop (objection to direct marketing) and for his details to be removed from the list (erasure); 'no hard feelings' and no grievance about PEXA's service, so not a complaint.")

S("pexa", "c", "Audit entries with my name",
  """My former employer has told me they believe I approved a settlement in workspace 40-553107 without authority. I didn't: I was on leave that day and I think someone used my log-in. I've asked them to look at it again and I've taken legal advice.

[[restriction|While that is being sorted out, please don't use or pass on the audit entries that have my name against them, but don't delete them either.]] [[informed|I'd also like to know who at my old firm has been given those records so far.]]

I'm not blaming PEXA for any of this.""",
  "She contests the accuracy of audit records and asks PEXA to keep but not use them (restriction) and to be told who has received them (informed); she blames no-one at PEXA, so not a complaint.")

S("pexa", "law", "Moving firms - my training records",
  """I'm leaving for a new practice in January and their HR team wants evidence of my PEXA training and CPD.

[[portability|Could you export my own user details and my completed training records as a CSV or spreadsheet, so that the new firm's HR system can import them?]] Nothing to do with my current firm's matters, obviously.""",
  "A structured export of his own data to load into another system = portability; routine, not a complaint.")

S("pexa", "law", "Account locked by your 'risk check'",
  """I logged in from a hotel in Malaga on Monday to approve a settlement for a client and your system locked my account. The message said 'automated risk assessment - access suspended'. Nobody has called me, the completion slipped to Thursday and the client is furious with us.

I accept there have to be security checks but this was a decision made entirely by a machine about me. [[automated_decision|I want a real person at PEXA to look at why I was suspended and to make the decision themselves.]] Please also tell me what I have to do so this does not happen again.""",
  "A user suspended by an automated risk rule, with a delayed completion and a demand: implicit complaint; the rule itself is the grievance (process). Asking a person to make the decision = automated_decision; personal_data false (the grievance is the lock-out).",
  c=True, cat="process")

S("pexa", "lender", "Testimonial on your website",
  """A colleague has just shown me your 'What our customers say' page. It has a quote attributed to me by name and job title, with my photo from the user conference in October. I did chat to one of your team at the conference but I never agreed to be quoted and nobody asked about the photo.

[[objection|Please stop using my name, quote and photo in your marketing.]] I'd like an answer this week.""",
  "Her name and photo used in marketing without agreement, with a reply expected: implicit complaint about unexpected use of personal data (personal_data, category personal_data); 'stop using my name and photo in your marketing' = objection.",
  c=True, pd=True, cat="personal_data")

S("pexa", "c", "Screening of applications",
  """I'm thinking of applying for the Settlement Operations role. The advert says all applications are 'screened' before interview.

[[informed|Could you tell me what information from my application is used in the screening, how long you keep it, and whether it is shared with a recruitment agency?]] [[automated_decision|If a computer does the first sift, I would like my application to be looked at by a person instead.]]

Thank you for your help.""",
  "Questions before applying: what data, how long, who it is shared with = informed; a person instead of an automated sift = automated_decision. Nothing has gone wrong, so not a complaint.")

S("pexa", "law", "Request for personal data - our client Mr Owen Prytherch",
  """We act for Mr Owen Prytherch of 9 Heol y Nant, Cardiff, whose purchase of 31 Tudor Street fell through on 14 October. His signed authority is attached.

Under Article 15 of the UK GDPR, [[access|please provide us with a copy of all personal data relating to our client that PEXA holds, including any messages, documents and notes in the workspace and any records of verification checks.]]

Please send the information to this address.""",
  "A solicitor asks on behalf of a client (third_party) for a copy of the client's personal data = access; formal and neutral, not a complaint.",
  reg="f", tp=True)

S("pexa", "law", "My mobile number is on your directory",
  """Since October your participant directory has listed my personal mobile as the contact number for our firm. I now get calls from other firms' staff and from members of the public in the evenings and at weekends. Two came on Sunday morning. This is not acceptable.

[[rectification|Please replace my mobile with the office switchboard, 0113 496 0021.]] [[restriction|Until that has been done, take my number off the directory listing completely.]] Let me know when it's sorted.""",
  "Inaccurate contact data shown to others and causing nuisance calls, with action demanded: implicit complaint, personal_data (inaccurate data), category personal_data, no breach (wrong data, not lost or sent). Replace the number = rectification; take it off until then = restriction.",
  c=True, pd=True, cat="personal_data")

S("pexa", "c", "Closing my account - again",
  """I asked on 3 July for my user account to be closed and my details removed when I left the profession. Today I got a 'your password will expire in 7 days' email, so clearly nothing was done.

This is a formal complaint. [[erasure|Delete the account and my personal details now, and confirm it in writing.]]""",
  "An earlier erasure request ignored, called a formal complaint: explicit complaint about a badly handled rights request (personal_data, category personal_data); 'delete the account and my personal details' = erasure.",
  c=True, ex=True, pd=True, cat="personal_data",
  quote="Thank you for your message. Your request has been passed to the appropriate team.\n\nPEXA Customer Support")

S("pexa", "c", "webinar emails", """[[objection|pls stop sending me the webinar invites and event stuff]] i left conveyancing 2 yrs ago and dont even know how u still have my email""",
  "Text-speak request to stop event and webinar mailings = objection to direct marketing; the remark about having his email is not a question, so no informed; no remedy beyond stopping, treated as a request, not a complaint.",
  reg="x", short=("[[objection|stop sending me webinar invites]]", ""))

S("pexa", "law", "Signatory verification failed",
  """I'm the new authorised signatory for our firm's PEXA subscription. The identity check on me failed twice this week with 'unable to verify', even though my passport and address are current and I've lived here nine years.

[[informed|What did the check actually look at - credit reference data, the electoral roll, something else?]] [[automated_decision|And can someone on your team review it by hand, because the system has clearly got it wrong?]] We can't add new users until this is done and it's holding up two new starters.""",
  "Blocked at signatory verification with harm and a demand: implicit complaint, category onboarding; what data the check used = informed; a person to review the automated result = automated_decision; personal_data false as in lg-07.",
  c=True, cat="onboarding")

S("pexa", "c", "My file from HR",
  """I left PEXA in June. I've emailed the HR inbox twice since August asking for my personnel records and had no reply at all, not even an acknowledgement.

[[access|Please send me a copy of my personnel file, my appraisal notes and any emails in which I am discussed.]] I'd rather not have to go to the ICO over this.""",
  "A former employee's ignored request for her own records, with a reply demanded: implicit complaint about a rights request not handled (personal_data, category personal_data); asking for a copy of her file = access.",
  c=True, pd=True, cat="personal_data")

S("pexa", "c", "Closing practice, my data",
  """I close my practice at end of this year and go back to Poland, I will work in a law office in Gdansk.

[[portability|Please can you send me my user data and the history of my trainings in a file like Excel or CSV, so I can put it in the system of my new employer.]] [[erasure|After this, please erase my account and my personal informations from your systems.]]

Thank you very much for the good service in these years.""",
  "Non-native English: a file of her data to load into the new employer's system = portability, then deletion of her account and data = erasure; thanks, no grievance, so not a complaint.")

S("pexa", "c", "Cookies on your website",
  """Your website's cookie banner only has an 'Accept all' button and a link that takes me to a page of legal text with no way to switch anything off. I'm a consumer whose house purchase went through your platform and I came to read how it works, not to be tracked.

[[objection|I object to you tracking me and building a profile of what I read on your site.]] [[informed|Which companies receive the data from those trackers?]] I expect a proper reply.""",
  "Dissatisfied with tracking she could not refuse and expecting a reply: implicit complaint about unexpected use of personal data (category personal_data). Objecting to tracking/profiling = objection; which companies receive the data = informed.",
  c=True, pd=True, cat="personal_data")

S("pexa", "c", "Withdrawn application - please keep it",
  """I withdrew my application for the Training Coordinator role on Monday because of a family matter.

[[restriction|Please don't delete it, as I may ask to be reconsidered in the spring, but please don't pass it to the hiring managers or use it for anything else in the meantime.]]

Thanks for understanding.""",
  "Asking for her application to be kept but not used = restriction of processing; courteous, not a complaint.")

S("pexa", "law", "Settlement timing question, and a couple of housekeeping points",
  """We have a remortgage next Friday where the lender has told us their funds will not be in the workspace until 2pm. Can you confirm what the latest time is that we can sign and still settle that day? The workspace is 40-612284 if you need to look.

On a personal note, [[rectification|could you update my mobile number on my user profile to 07700 900412]], and [[objection|I'd prefer not to receive the monthly product newsletter any more]]. The old number belonged to a work phone I no longer have.

Also, is the user group meeting in Manchester still going ahead in February? A couple of my colleagues would like to come.""",
  "A neutral settlement enquiry with two rights in the middle: update his mobile on his profile = rectification; no more newsletter = objection to marketing; not a complaint.")

S("pexa", "law", "Complaint - workspace fees on our November invoice",
  """I want to raise a complaint about our November invoice. We have been charged the 'priority settlement' fee on 23 workspaces. We did not select priority settlement on any of them, and when I rang your billing team on 3 November I was told it was a display error and the charge would not be applied.

It has been applied. [[access|Separately, I would like a copy of the recording and the notes of my call with your billing team on 3 November]], as what I was told then does not match the invoice.

Please reverse the charges and issue a corrected invoice.""",
  "Explicit complaint about fees (fees_charges); the request for the recording and notes of her own call is access, but the grievance is the fee, so personal_data=false (rule 12).",
  c=True, ex=True, cat="fees_charges")

S("pexa", "lender", "What do you log about users?",
  """Our IT security team tells me PEXA logs the IP address and device of every user at log-in, and possibly keystrokes.

[[informed|What do you actually record about individual users like me when we log in, why do you need it, and how long is it kept?]] I'm asking for myself rather than for the bank.""",
  "An individual user asks what is recorded about her, why and for how long = informed; a neutral question, not a complaint.")

S("pexa", "c", "My father's sale - 14 Larkspur Road",
  """My father, Mr Dennis Whitlock, sold his house in September and his solicitors used PEXA for the completion. He is 88 and I help him with his paperwork; he has signed the attached note to say I can deal with this for him.

[[access|Dad would like a copy of any personal information about him that PEXA has from the sale, including any copies of his ID documents.]] He just wants to know what is out there.""",
  "A daughter asks on her father's behalf (third_party) for a copy of his personal data held by PEXA = access; neutral, not a complaint.",
  tp=True)

S("pexa", "law", "Passport scan uploaded to the wrong workspace",
  """My mistake, not yours: this morning I uploaded a scan of my own passport (for our firm's re-verification) into a client workspace, 40-587730, instead of the onboarding portal. Lawyers at the other firm on that workspace could see it for about an hour before I removed it from view.

[[erasure|Can your team delete that file from the workspace's storage and history completely, so that there's no copy left on your side?]] I'll re-upload it in the right place.""",
  "She reports her own passport exposed to another firm (breach=true) and asks PEXA to erase its copy of her ID document = erasure (her own personal data held by PEXA, unlike deleting an email attachment in lg-02); she blames herself, so not a complaint.",
  br=True)

S("pexa", "c", "Re: Your request to stop service emails",
  """Your reply says you will keep sending me 'service updates' because of 'legitimate interests', even though I closed my user account in the summer. I have no interest in the platform any more and I don't see what legitimate interest you have in emailing me.

[[objection|I object to this and I want it to stop.]] Please confirm you've done it, rather than sending me another template.""",
  "Unhappy with PEXA's refusal and demanding confirmation: implicit complaint about use of his data and a rights request badly handled (personal_data, category personal_data); objecting to emails sent under legitimate interests = objection.",
  c=True, pd=True, cat="personal_data",
  quote="Thank you for your email. Service updates are sent under our legitimate interests and are not marketing, so you will continue to receive them.\n\nPEXA Customer Support")

S("pexa", "c", "Personal data - 22 Kingfisher Close",
  """I understand from my conveyancer that my personal data was processed on your platform in connection with my purchase of 22 Kingfisher Close, completed on 30 September.

Pursuant to Articles 13 to 15 of the UK GDPR, [[access|please provide a copy of the personal data you process about me]], [[informed|together with the purposes of the processing, the recipients to whom it has been disclosed, the retention period and the source of the data]].

I look forward to your response within one month.""",
  "A formal letter from a buyer: a copy of his data = access; purposes, recipients, retention and source = informed; no grievance, so not a complaint.",
  reg="f")

S("pexa", "lender", "Training record shows a fail",
  """Probably just a glitch: my training record says I failed the Settlement Essentials assessment. I passed it on 12 October with 88% (screenshot attached) and my manager can see the record.

[[rectification|Please correct the record to show the pass.]] Thanks!""",
  "A wrong training result on her own record and a request to correct it = rectification; 'probably just a glitch', no dissatisfaction, so not a complaint.")

S("pexa", "c", "Rejected 12 minutes after the test",
  """I finished your online numerical test for the Graduate Analyst scheme at 11.02pm on Sunday and had a rejection email at 11.14pm. Nobody could have read my application in that time.

[[automated_decision|I'd like a person to review my application properly, not just the test score.]] I have a first-class degree and three years in a law firm, which I don't think anyone looked at.""",
  "An applicant rejected by what looks like an automatic cut-off, asking for human review: implicit complaint about the recruitment rule (process); a person to review rather than the automated score = automated_decision.",
  c=True, cat="process")

S("pexa", "c", "Your events mailing list",
  """I've started getting invitations to PEXA events and roadshows. I've never signed up for anything and I don't work in property.

[[informed|Could you tell me how I ended up on your list?]] [[erasure|Then please take my details off it and delete them.]]""",
  "Where his details came from = informed; remove and delete them = erasure; puzzled rather than dissatisfied, treated as a request, not a complaint.",
  short=("[[erasure|Please delete me from your events list]]", "[[informed|How did I get on it?]]"))

S("pexa", "law", "Training videos",
  """I attended one of your live training sessions in September. I've now found out that the recording, including me asking questions on camera, is on your training portal for other firms to watch. Nobody told us it would be shared and I didn't agree to it.

[[objection|I don't want my face and voice used in your training material.]] [[erasure|Please cut the parts with me out of the video and delete the original recording.]] I'd like confirmation of both.""",
  "Her image used in training videos shown to other firms without agreement: implicit complaint about unexpected use of data (category personal_data); disclosure to other firms of a video she knew was recorded is treated as unexpected use, not a breach. Stop using = objection; delete = erasure.",
  c=True, pd=True, cat="personal_data")

S("pexa", "law", "Calls from your 'partner'",
  """For the last fortnight I've had calls on my direct line from a company that says it is 'PEXA's partner for practice management software'. Three this week. They knew my name and job title.

[[informed|Have you given my details to them?]] [[objection|If you have, I object to my details being passed to anyone for sales purposes.]] I'd like an answer before I take it further.""",
  "Suspects PEXA shared his details with a sales partner and expects an answer: implicit complaint about unexpected data use (personal_data, category personal_data; no breach established). Whether details were given = informed; objecting to sharing for sales = objection.",
  c=True, pd=True, cat="personal_data")

S("pexa", "law", "CALL RECORDING", """I HAVE NOW ASKED THREE TIMES FOR THE RECORDING OF MY CALL WITH YOUR SUPPORT DESK ON 14 OCTOBER. THREE TIMES. EACH TIME SOMEONE SAYS THEY WILL 'PASS IT ON'.

[[access|SEND ME THE RECORDING AND THE NOTES OF THAT CALL.]] I AM NOT ASKING AGAIN.""",
  "Angry repeat request for his call recording: implicit complaint about a rights request repeatedly ignored (personal_data, category personal_data); the recording and notes of his own call = access.",
  reg="x", c=True, pd=True, cat="personal_data")

S("pexa", "c", "Offer withdrawn - my documents",
  """I was offered the Client Onboarding Specialist role in October and the offer was withdrawn last week because the team is being restructured. I understand, these things happen.

[[erasure|Please remove my references, the copy of my DBS certificate and my bank details from your HR system.]] There's no reason for you to keep them now.""",
  "A candidate whose offer was withdrawn asks for her HR data to be removed = erasure; accepting and calm, not a complaint.")

S("pexa", "c", "Demo request form",
  """The privacy policy link at the bottom of your 'request a demo' page goes to a 404 page, so I can't read it.

[[informed|Could you tell me what you do with the details people enter in that form and whether they get passed on?]] I filled it in yesterday for our small firm.""",
  "Asks what PEXA does with details she entered and whether they are passed on = informed; reporting a broken link with a question is an enquiry, not a complaint.")

S("pexa", "c", "Italian lawyer - my data at registration",
  """I am Italian lawyer working now in London firm, I registered in your platform last week and I had to give many documents.

I want to understand better, [[informed|which personal datas you take at registration, for what you use them and to who you give them?]] In Italy we always receive an informativa at the start but here I did not see it.

Thanks in advance""",
  "Non-native English: which data are collected, for what, and to whom they go = informed; a question, not a complaint.")

S("pexa", "lender", "What has been written about me?",
  """When I rang support on Tuesday about a stuck lodgement, the agent said 'your account has been flagged' and then refused to say what that meant. He was rude and ended the call while I was still talking.

[[access|I want to see exactly what has been written about me on your system, word for word.]] And I want someone to call me back about the lodgement.""",
  "A rude agent who cut her off, with a call-back demanded: implicit complaint, category service_quality; asking for a copy of what is recorded about her = access, but the grievance is how she was served, so personal_data=false.",
  c=True, cat="service_quality")

S("pexa", "c", "Marsh & Penrose - my passport",
  """My conveyancers, Marsh & Penrose, uploaded my passport and bank statements into the PEXA workspace for my purchase, and I've just found out from the seller's solicitor that they could see them. Marsh & Penrose say that is 'how the system works'. I'm taking it up with them but I am very unhappy.

[[informed|Please tell me which people and firms had access to my documents in that workspace, and for how long.]]""",
  "A buyer's complaint about her own conveyancer exposing her documents: purely about the participant firm (about_other_firm=mpc, rule 10) with a breach and personal_data, category personal_data; she asks PEXA who had access to her data = informed.",
  c=True, pd=True, br=True, firm="mpc", cat="personal_data")

S("pexa", "law", "Quick one",
  """Hi, quick one - [[rectification|my name is spelt Siobhan not Siobahn on the user list, could someone fix it?]] Cheers""",
  "A short request to correct the spelling of her name on the user list = rectification; not a complaint.",
  reg="x", short=("[[rectification|Please fix spelling of my name on user list - Siobhan not Siobahn]]", ""))

S("pexa", "c", "Recruitment agency sent you my CV",
  """A recruitment agency I spoke to in passing seems to have sent you my CV for the Head of Risk role without asking me, and I've now had an email from your talent team inviting me to interview.

I'm not looking to move. [[informed|Which agency sent it, and what else did they send?]] [[erasure|Please then delete my CV and anything else you received about me.]]""",
  "Asks who sent his CV and what was sent = informed, then deletion = erasure; surprised but no grievance against PEXA, so not a complaint.")

S("pexa", "law", "Your client satisfaction survey",
  """Every time I close a support ticket I get a survey email, then a reminder, then a second reminder. I've filled in enough surveys this year.

[[objection|Please stop using my email address for surveys and feedback requests]] - I'm happy to keep getting genuine service messages.""",
  "Asking PEXA to stop using his email for surveys = objection to a processing purpose; mild irritation without a demand beyond the request, treated as a request, not a complaint.")

S("pexa", "law", "Profile photo",
  """Someone at our firm uploaded a photo of me to my PEXA user profile as a joke, from the office Christmas party. I can't remove it myself, the option is greyed out.

[[erasure|Can you delete that photo from my profile and your systems?]] [[restriction|In the meantime please hide it so other participants can't see it.]] Thanks - slightly embarrassing!""",
  "Asks PEXA to delete a photo of him from his profile (erasure) and hide it until then (restriction); light-hearted, not a complaint.")

S("pexa", "c", "Timesheets and holiday records",
  """I left PEXA's operations team at the end of October. My new employer runs its HR on a system that can take an import of past leave and working-time records, which would save me a lot of arguing about my holiday entitlement.

[[portability|Could you send me my own timesheet and annual leave records as a CSV or Excel file that their system can import?]] A PDF won't work for them.""",
  "A former employee asks for her working-time and leave records in a file another system can import = portability; routine, not a complaint.")

S("pexa", "law", "Signing rights removed after the quiz",
  """After the refresher quiz last week your system automatically downgraded me from 'signer' to 'preparer', because my score was 68% and the pass mark is 70%. Two of the questions referred to screens that were changed in the September release, which is why I got them wrong, and the training material hasn't been updated.

[[automated_decision|I want a trainer to assess me and decide on my signing rights, rather than the automatic score.]] In the meantime our partners have to sign everything for me.""",
  "Downgraded by an automatic quiz score on out-of-date training material, with harm and a demand: implicit complaint, category training; a trainer instead of the automatic score = automated_decision.",
  c=True, cat="training")

S("pexa", "law", "CPD upload and my licence number",
  """The Council for Licensed Conveyancers' new CPD portal accepts uploads in CSV.

[[portability|Please could you send me my PEXA training history in CSV format so that I can upload it to the CLC portal directly?]] [[rectification|Also, my CLC licence number on my PEXA profile is wrong: it should end 7014, not 7041.]]""",
  "His training history as CSV to upload elsewhere = portability; the wrong licence number on his profile = rectification; not a complaint.")

S("pexa", "law", "My home address in the directory",
  """I'm a sole practitioner working from home until I find an office in the spring, so the address I registered with is my home address. I've noticed it shows in full on the participant directory.

[[restriction|Until I have an office address, please restrict my address so that only PEXA can see it, not other participants.]] Happy to provide anything else you need.""",
  "Asking that her home address be held but hidden from other users = restriction of processing; calm, not a complaint.")
# =============================================================================================================
# Conexus: rights requests
# =============================================================================================================

S("conexus", "c", "Phone calls since August - CX-5518204",
  """[[access|Could I have copies of the recordings of the phone calls I've had with your team since August?]] My adviser wants to go through what was agreed on each call before we put a new offer to you.

My reference is CX-5518204.""",
  "A plain request for recordings of her own calls = access; she mentions her adviser but writes for herself; no grievance, not a complaint.",
  short=("[[access|Recordings of my calls since August please - CX-5518204]]", ""))

S("conexus", "adv", "Client: Ms Kerry Atherton, ref CX-6027715",
  """We are advising the above client, who has given us her signed authority (attached), to deal with your company on her behalf.

[[access|Please provide copies of all personal data you hold about our client, including account notes, contact history, call recordings and letters, within one calendar month.]] Please send them to this secure mailbox.""",
  "A money adviser requests a copy of a client's personal data on her behalf: access, third_party; formal and neutral, not a complaint.",
  reg="f", tp=True)

S("conexus", "c", "Date of birth wrong",
  """Your letters have my date of birth as 03/08/1985. It's 08/03/1985, the day and month have been swapped round. It matters because the bank's ID check keeps failing when I try to set up the standing order to you.

[[rectification|Can you fix it on your system?]]""",
  "Correct her date of birth = rectification; explains the impact but expects only the fix and voices no dissatisfaction with Conexus, so treated as a request.")

S("conexus", "c", "'Refused to engage'?",
  """Your latest letter says I have 'refused to engage'. I have phoned you four times since September and I have written twice. I've got the call log on my phone.

I don't want that on my record. [[rectification|Change the note so it shows that I've been in touch]] [[restriction|and don't pass that 'refused to engage' note on to Beacon or anyone else until it's corrected]]. I'd like a reply in writing.""",
  "A false note on his record, with a written reply demanded: implicit complaint about inaccurate data (personal_data, category personal_data); change the note = rectification, do not pass it on until corrected = restriction. Beacon is only the creditor named, so firm=null.",
  c=True, pd=True, cat="personal_data")

S("conexus", "c", "I am not Mr Okafor",
  """For three weeks I have had calls and texts from you for a Mr D. Okafor about a Pennant Mobile bill. I'm not him. This has been my number for six years. I've told your callers twice and the calls still come.

[[erasure|Take my number off his account and out of your system.]]""",
  "A stranger's number wrongly held on a debtor's file and used to chase: implicit complaint about inaccurate data use (personal_data, category personal_data); asking for his own number to be removed from Conexus's systems = erasure.",
  c=True, pd=True, cat="personal_data")

S("conexus", "c", "debt consolidation texts",
  """stop txting me about debt consolidation deals i never signed up for that and i paid u off last yr. [[objection|dont use my number for ur offers]] [[informed|and who told u i wanted them??]]""",
  "Text-speak: unwanted marketing after the debt was paid, with a demand: implicit complaint about data used unexpectedly (category personal_data). 'Don't use my number for your offers' = objection; 'who told you' asks the source = informed.",
  reg="x", c=True, pd=True, cat="personal_data")

S("conexus", "c", "Moving my plan to a new company",
  """I'm moving my payment plan to a new debt management company from January, which I've already told your colleague about on the phone.

[[portability|They've asked whether you can send my payment history as a spreadsheet or CSV file that they can upload straight into their system.]] Could you email it to me and I'll pass it on?""",
  "A payment history in a file another company can upload = portability; routine, not a complaint.")

S("conexus", "c", "Your online calculator",
  """Your website's budget calculator rejected my offer of £25 a month for the Northline account and said the minimum it accepts is £60. I'm on Universal Credit and I have two children. I cannot pay £60 and the calculator didn't let me explain anything.

[[automated_decision|Please get an actual person to look at my income and outgoings instead of the calculator.]] I'm worried about what happens next.""",
  "An unaffordable minimum set by an automatic tool, with a human look demanded: implicit complaint about how the debt is pursued (collection_conduct); a person instead of the calculator = automated_decision.",
  c=True, cat="collection_conduct")

S("conexus", "c", "How do you have my new address?",
  """You've written to me at my new flat. I moved three weeks ago and have only told the council, my bank and my GP. I moved partly to get away from someone and I'm frightened by how easily my address was found.

[[informed|How did you find this address?]] [[restriction|And until you have answered, don't share it with the company I owe or with anyone else.]] Please answer in writing, not by phone.""",
  "Frightened that her new address was found, expecting a written answer: implicit complaint about data obtained unexpectedly (personal_data, category personal_data); asking how the address was found = informed; not sharing it until answered = restriction.",
  c=True, pd=True, cat="personal_data")

S("conexus", "c", "Income and expenditure form",
  """[[informed|Before I fill in your income and expenditure form, who will see it and how long do you keep it for?]] It asks about my partner's wages and I want to check with him first.""",
  "Who will see the form and how long it is kept = informed; a neutral question, not a complaint.",
  short=("[[informed|who sees my I&E form and how long do you keep it?]]", ""))

S("conexus", "c", "Contacting my family",
  """One of your letters said you 'use a range of sources to confirm contact details'. My sister tells me someone from your firm messaged her on Facebook last week asking where I'm living now. She didn't tell them and they didn't say what it was about, but she guessed.

[[objection|I object to you using social media or my family to find me.]] [[informed|I also want to know what sources you have used to get information about me.]] I expect a reply.""",
  "Unexpected tracing through social media and her sister, reply expected: implicit complaint about data obtained unexpectedly (personal_data, category personal_data); no debt details were disclosed, so breach=false. Objecting to that tracing = objection; which sources = informed.",
  c=True, pd=True, cat="personal_data")

S("conexus", "c", "Northline account - not mine",
  """I've reported to Northline Energy that the account you are collecting was opened in my name at an address I've never lived at, and they have opened a fraud investigation (their ref NE-FR-20931).

[[restriction|While they investigate, please don't use or share my details for anything to do with this account, including reporting it to credit reference agencies.]] I'll send you their outcome as soon as I have it.""",
  "Asks that his data not be used or shared while its accuracy is investigated = restriction; he has reported fraud to the creditor and voices no dissatisfaction with Conexus, so not a complaint.")

S("conexus", "c", "Call on Tuesday - I want to complain",
  """I want to complain about the agent I spoke to on Tuesday afternoon about my Sterling Credit loan. He told me that if I didn't pay £300 by Friday 'bailiffs would be round' and that my wife would 'find out what sort of man she married'. I was shaking after the call.

[[access|I want a copy of the recording of that call.]] I also want to know what you are going to do about him.""",
  "An explicit complaint about a threatening agent: collection_conduct; the recording of his own call = access, but the grievance is conduct, so personal_data=false.",
  c=True, ex=True, cat="collection_conduct")

S("conexus", "c", "Settled account - please remove my details",
  """My Sterling Credit account was settled in full in 2021 and you confirmed it in writing at the time.

As there's nothing outstanding, [[erasure|I'd like you to delete the information you hold about me]] [[objection|and not to contact me in future with offers of any kind]]. Thank you.""",
  "Deletion of data about a settled account = erasure; no offers in future = objection to direct marketing; polite, not a complaint.")

S("conexus", "c", "Dad's name",
  """I help my dad, Mr Eamon MacAllister, with his post. He has an arrangement with you for a Lumen Water debt and he's happy with it. Every letter spells his name 'Mc Alister', which confuses his bank.

[[rectification|Can you correct it to MacAllister, one word, double L?]] He's sitting next to me and says thank you.""",
  "A son writes for his father (third_party) to correct the spelling of his name = rectification; the arrangement is fine, so not a complaint.",
  tp=True)

S("conexus", "sol", "Our client: Mr Tomasz Wrobel - CX-7713092 - Article 22",
  """We act for Mr Wrobel. On 2 December his request for a reduced payment arrangement was declined within seconds of submission through your online portal, apparently by an automated affordability assessment, despite a detailed statement of his income and outgoings.

Pursuant to Article 22 of the UK GDPR, [[automated_decision|we request that the decision be reconsidered by a member of your staff with authority to change it]]. [[informed|Please also explain the logic involved in the assessment and identify the data relied upon.]]

In the meantime please confirm that no further collection action will be taken.""",
  "A solicitor for a client (third_party) challenges an automated decline and wants collection paused: implicit complaint, collection_conduct; reconsideration by staff = automated_decision; the logic and data used = informed.",
  reg="f", tp=True, c=True, cat="collection_conduct")

S("conexus", "c", "'Propensity to pay' scores",
  """I've been reading your privacy notice. It says you create 'propensity to pay' scores from account data and information bought from third parties.

[[objection|I object to being profiled like that.]] My account is on a repayment plan that I keep to and I'd rather you dealt with me on that basis.""",
  "Objecting to profiling described in the privacy notice = objection; calm and not dissatisfied with a service, so not a complaint.")

S("conexus", "adv", "Client Ms Rana - transaction history",
  """Our client, Ms Shazia Rana (CX-4480931), has authorised us to request information on her behalf; the authority is attached.

[[portability|Could you send her transaction history as a CSV file, please, so that we can import it into our budgeting tool?]] [[access|We would also like a copy of the notes recorded on her account.]]

Many thanks for your help.""",
  "A money adviser (third_party) asks for the client's transaction history as CSV to import = portability, and for a copy of the account notes = access; neutral, not a complaint.",
  tp=True)

S("conexus", "c", "Making a complaint - how I was spoken to",
  """I'm making a complaint about how I was spoken to on the phone on 25 November. I told you in March that I have bipolar disorder and that I need things in writing. Your agent said there was 'nothing on the file' and kept pushing me for a payment date.

[[access|I want to see what is actually on my file]] [[rectification|and I want my health condition recorded properly so I'm not put through that again]].""",
  "Explicit complaint about treatment of a vulnerable customer (collection_conduct) that also concerns incomplete data held (personal_data=true); see what is on file = access; record his condition properly = rectification.",
  c=True, ex=True, pd=True, cat="collection_conduct")

S("conexus", "c", "I've gone to the ICO",
  """I have made a complaint to the Information Commissioner about how you got hold of my mobile number and my employer's name.

[[restriction|Until they have looked into it, I'd like you to stop using my information, but please keep it, because the ICO may need to see it.]]""",
  "She calls her grievance about how her data was obtained a complaint (to the ICO) and asks Conexus to act: explicit complaint, personal_data, category personal_data; stop using but keep = restriction.",
  c=True, ex=True, pd=True, cat="personal_data")

S("conexus", "c", "SPECIAL OFFERS", """I HAVE NEVER HAD AN ACCOUNT WITH YOU. STOP SENDING ME YOUR 'SPECIAL OFFERS' EVERY WEEK.

[[objection|TAKE ME OFF YOUR MARKETING]] [[erasure|AND WIPE MY DETAILS]]. WHERE DID YOU EVEN GET MY EMAIL FROM.""",
  "Angry: weekly offers to someone who was never a customer, with demands: implicit complaint about data use (category personal_data). Off the marketing = objection; wipe the details = erasure. 'Where did you even get my email from.' is a rhetorical outburst without a question mark, left unmarked and not counted as informed (judgement call).",
  reg="x", c=True, pd=True, cat="personal_data")

S("conexus", "c", "Heathcote overdraft assigned to you",
  """I've had a letter saying my Heathcote Bank overdraft has been 'assigned' to you and that I should now pay you instead.

[[informed|What information did Heathcote pass to you about me, and what are you allowed to use it for?]] I want to understand this before I agree to anything.""",
  "What data came from the bank and what it may be used for = informed (source and purpose); a neutral question, not a complaint.")

S("conexus", "c", "copy of my papers",
  """Hello. I am from Romania, my English is not so good, sorry. My friend help me write this.

I have a debt with you from Pennant Mobile. I want to know everything what you have about me, [[access|please send me copy of all papers and recordings you have about me and my account]].

Thank you""",
  "Non-native English request for a copy of all papers and recordings about her = access; not a complaint.")

S("conexus", "c", "Automatic referral for legal review",
  """Your letter of 28 November says my account has been 'automatically referred for legal review' because no payment has been made for 60 days. I was in hospital for seven of those weeks after an operation, which I told your colleague in October.

[[automated_decision|I want someone to look at my circumstances before anything is decided, not an automatic referral.]] I can start paying again in January.""",
  "Referred for legal action automatically despite a hospital stay, asking for a person to decide: implicit complaint about how the debt is pursued (collection_conduct); automated_decision.",
  c=True, cat="collection_conduct")

S("conexus", "c", "Ex-husband's Northline account",
  """I keep getting letters addressed to me about my ex-husband's Northline Energy account. We lived together until 2022 but the account was only ever in his name, and I've told you this twice.

[[rectification|Please correct your records so they show that I am not a party to that account and take my name off it.]] I want this sorted this time.""",
  "Her name wrongly linked to another person's debt, repeated after two attempts: implicit complaint about inaccurate data (personal_data, category personal_data); correcting the record = rectification.",
  c=True, pd=True, cat="personal_data")

S("conexus", "c", "Payment records for my accountant",
  """I'm self-employed and my accountant is sorting out two years of records.

[[portability|Is it possible to get my payment records in a format her software can read, such as CSV?]] A PDF statement won't import.""",
  "His payment records in a machine-readable format for other software = portability; phrased as a question; not a complaint.")

S("conexus", "c", "my phone number",
  """[[informed|Have you shared my phone number with any other companies, and if so which ones?]] I've started getting calls about 'debt write-off schemes' since you got in touch.""",
  "Asks whether and with whom his number was shared = informed; a question without a demand for remedy, treated as an enquiry.",
  short=("[[informed|who have you shared my phone number with?]]", ""))

S("conexus", "c", "Notes about my mental health",
  """Last year I told you about my depression so that you would give me some breathing space, and you did, which I was grateful for. I'm well now and the account is paid off.

[[erasure|I'd like the notes about my mental health deleted.]] Thank you for how that was handled.""",
  "Asking for her health notes to be deleted = erasure; grateful, not a complaint.")

S("conexus", "adv", "Client address - Ms Gemma Pryor",
  """Our client Ms Pryor (authority attached) tells us the address you are writing to in Leicester is not hers and never has been; she lives in Loughborough.

[[restriction|Please stop using the Leicester address for her until you have checked it]] [[rectification|and then correct her address to 12 Fosse Lane, Loughborough LE11 4RT]]. We will send proof of address separately.""",
  "An adviser (third_party) asks that a disputed address not be used until checked (restriction) and then corrected (rectification); neutral, not a complaint.",
  tp=True)

S("conexus", "c", "Using your app",
  """I'm going to try your app to set up a plan for my Lumen Water account tonight. [[automated_decision|If it does turn my offer down, I'd want a person to decide it rather than the app.]]

Is that possible? Thanks.""",
  "A conditional request for a human decision instead of the app = automated_decision; asked in advance, not a complaint.")

S("conexus", "c", "Selected partners",
  """Your letter of 19 November says you 'may pass your details to carefully selected partners offering debt solutions'.

[[objection|I don't agree to that and I don't want my details passed to anyone for that purpose.]] I'm happy dealing with you directly.""",
  "Refusing the sharing of her details with partners for debt-solution offers = objection; calm, not a complaint.")

S("conexus", "c", "The call about my son",
  """When I rang you about my payment last month I explained that my son has leukaemia, which is why I've fallen behind. Afterwards I realised the call was being recorded.

[[informed|Why do you need to keep a recording of that, and who can listen to it?]] [[access|I'd also like a copy of the recording.]]""",
  "Why the recording is kept and who can hear it = informed; a copy of it = access; a question rather than a grievance, so not a complaint.")

S("conexus", "c", "Final payment",
  """I've sent the final £212.40 today by bank transfer, reference CX-3390416, which should clear the Heathcote balance completely. Thank you to Jo in your team, who has been very patient over the last two years.

Could you please send me a letter confirming the account is closed? [[portability|Before you close it, I'd like my full payment history as a CSV file so I can load it into the budgeting app I use.]] [[erasure|Once the payment has cleared, please close everything down and delete my details.]]

Have a good Christmas.""",
  "Mostly a final-payment message; the closure letter is a service request; a CSV of payments to load into an app = portability; 'delete my details' once cleared = erasure; thanks, not a complaint.")

S("conexus", "c", "Trace fee",
  """You've added a £60 'trace fee' to my balance. You only had to 'trace' me because your letters went to the wrong house: I'm at number 41, not 14, and I gave you 41 on the phone in April.

[[rectification|Fix my address]] and take the fee off. This is ridiculous.""",
  "Dissatisfied with a trace fee caused by a wrong address: implicit complaint, category fees_charges (the main grievance); inaccurate data held also makes personal_data=true; 'fix my address' = rectification.",
  c=True, pd=True, cat="fees_charges")

S("conexus", "c", "Lumen bill under review",
  """I've asked Lumen Water to look at the bill again, because it's for a period after I moved out, and they have told me a review will take up to eight weeks.

[[objection|I object to you continuing to use my details to collect this while it is under review]]. [[restriction|Please keep my information but do nothing with it until Lumen comes back to you.]]""",
  "Objecting to processing for collection during the review = objection; keep but do not use = restriction; the billing issue sits with Lumen and he voices no dissatisfaction with Conexus, so not a complaint.")

S("conexus", "c", "info u got on me",
  """[[access|can u send me all the info u got on me inc call recs]] need it 4 my court thing in jan. ta""",
  "Text-speak request for all his information and call recordings = access; not a complaint.",
  reg="x", short=("[[access|all info u got on me + call recs pls]]", ""))

S("conexus", "c", "Lumin Water - what did they tell you?",
  """Lumin Water have billed me £640 for a flat I left in March 2023. I sent them my tenancy end date and the meter reading I took on the day, and they still passed the 'debt' to you. The mistake is theirs and I've told them so.

[[informed|Please tell me what personal information Lumen Water gave you about me and where it came from.]]""",
  "The grievance is the creditor's own wrong bill: complaint forwarded to lwt (rule 10), category debt_dispute; asking Conexus what data the creditor passed on and where it came from = informed.",
  c=True, firm="lwt", cat="debt_dispute")

S("conexus", "cred", "Data held on me as your client contact",
  """As you know I'm the contact for Lumen's account with you. I'm leaving Lumen at Christmas.

Separately from the company's arrangements, [[erasure|please delete my personal mobile number and home address from your client records]], which I gave for out-of-hours contact during the billing migration. [[informed|Can you also tell me whether they have been shared outside Conexus?]]""",
  "A creditor's staff member asks, for herself, for her personal contact details to be deleted (erasure) and whether they were shared (informed); she writes for herself, not for Lumen's accounts; not a complaint.")

S("conexus", "c", "Speaking to my husband",
  """My husband phoned you last week about my account while I was at work and your agent told him the balance and my payment history. I had not given permission for that. I'm not happy about it at all.

[[informed|I want to know exactly what he was told, and what you record about who is allowed to speak for me.]] [[access|Please also send me the recording of his call.]]""",
  "Her debt details were disclosed to her husband without permission, with answers demanded: implicit complaint with breach=true and personal_data, category personal_data; who was told what and what is recorded about authority = informed; the recording of the call about her account = access.",
  c=True, pd=True, br=True, cat="personal_data")

S("conexus", "c", "Repayment history for my mortgage broker",
  """My Heathcote overdraft with you was cleared in September and I'm now applying for a mortgage.

[[portability|My broker's portal asks me to upload my repayment history as a CSV, so please could you send me it in that format?]] [[erasure|Once I've got it, you can delete my details, as I won't need anything else from you.]]""",
  "A CSV of her repayment history to upload to a broker's portal = portability; deletion afterwards = erasure; not a complaint.")

S("conexus", "c", "'High risk - not eligible for a plan'",
  """When I rang to set up a plan, your agent said the system has flagged me as 'high risk - not eligible for a payment plan' and there was nothing she could do. I have never missed a payment to you. The only explanation she gave was 'it's the scoring'.

[[automated_decision|I want a member of staff, not the system, to decide whether I can have a plan.]] [[restriction|Until that happens, please don't use that 'high risk' label for anything.]]""",
  "Refused a plan by a system score and told nothing could be done: implicit complaint about how the debt is pursued (collection_conduct); a staff decision instead of the system = automated_decision; not using the disputed label meanwhile = restriction.",
  c=True, cat="collection_conduct")

S("conexus", "c", "My name and address",
  """Good day. My surname is written wrong in all your letters, it is Petrauskiene, not Petrauskene. Also the flat number is missing, I live in flat 3, and the postman gives letters to my neighbour sometimes.

[[rectification|Please write my name and address correct in your system.]] [[restriction|Until it is correct, please send me only emails and no letters to this address, because I do not want the neighbour to read them.]]

Thank you""",
  "Non-native English: correct her name and address = rectification; use only email until corrected = restriction of processing of the wrong address. Calm, no grievance stated, so not a complaint; no letter is said to have been opened, so no breach.")

S("conexus", "c", "plan declined", """tried ur app twice to set up a plan n it just says declined. [[automated_decision|can a real person decide pls]] i can afford 40 a month

Sent from my phone""",
  "Text-speak: a request for a person to decide instead of the app = automated_decision; no complaint wording of dissatisfaction beyond reporting the outcome, treated as a request (judgement call).",
  reg="x")
# =============================================================================================================
# Look-alikes (rights=[]): data words without a data-protection right about the writer's own data
# =============================================================================================================

S("pexa", "law", "Copy of settlement statement - 40-318822",
  """Could you send us a copy of the settlement statement for workspace 40-318822? Our copy seems to have gone missing from the file and the client's accountant has asked for it.

No rush, end of the week is fine.""",
  "A copy of a settlement statement for a matter is a document request, not access to the writer's personal data; neutral, not a complaint.")

S("pexa", "law", "Wrong completion date in workspace",
  """The completion date in workspace 40-402915 shows 12/12/2026 instead of 21/12/2026 - the digits were transposed when it was set up. We can't edit it ourselves now that the other side has signed.

Could someone correct it please, before Friday?""",
  "Correcting a transposed date in a workspace is a service request about transaction data, not rectification of personal data; neutral, not a complaint.")

S("pexa", "law", "Duplicate workspace",
  """Please delete the draft workspace I created by mistake this morning, 40-401127. It's a duplicate of 40-401126, which is the one we're using. Nobody else has been invited to it.""",
  "Deleting a duplicate draft workspace is housekeeping, not erasure of personal data; not a complaint.",
  short=("Please delete duplicate draft workspace 40-401127", ""))

S("pexa", "law", "New per-workspace fee",
  """We object to the new £4 per-workspace 'lodgement support' fee that appeared on our October invoice. There was no notice of it in any of your emails that we can find, and for a firm of our size it adds over £900 a year.

Please explain where it was announced and reverse it until we've had proper notice.""",
  "'We object' to a fee, with an explanation and reversal demanded: implicit complaint, fees_charges; objecting to a fee is not the right to object to processing, so rights=[].",
  c=True, cat="fees_charges")

S("pexa", "law", "Trainee permissions",
  """Please restrict access for our new trainee, Amelia Vance, to view-only until she has finished her training in January. At the moment she has full signing rights, which was set up in error by our previous practice manager.

I'm the firm's administrator on the subscription.""",
  "Restricting a user's permissions is account administration by the firm's administrator, not restriction of processing; not a complaint, not third_party.")

S("pexa", "law", "Export of our Q3 workspaces",
  """Could you export a CSV of all our firm's workspaces that settled between July and September, with the workspace number, settlement date and platform fee for each? Our finance team needs to reconcile them against our invoices and the reporting screen only shows 50 at a time.""",
  "An export of the firm's own transaction records is a business data request, not portability of personal data; neutral, not a complaint.")

S("pexa", "law:calderbridgelaw.co.uk", "Booking on the January training",
  """Are there still places on the Advanced Settlement training on 14 January? We have two new paralegals who'd like to attend. If it's full, is there a recording?""",
  "A training enquiry; the rights wording sits in the firm's own privacy notice footer, which asks nothing of PEXA, so rights=[]; not a complaint.",
  footer="Privacy notice: we process personal data in accordance with the UK GDPR and our privacy notice at www.calderbridgelaw.co.uk/privacy. You have rights to access, rectify and erase your personal data and to object to its processing; to exercise them, contact our Data Protection Lead.")

S("pexa", "lender", "Onboarding application status",
  """We submitted our onboarding application for the new buy-to-let team three weeks ago. Has a decision been made yet? No rush, we're just planning the launch date for February.""",
  "A status question about a firm's application, without asking for human review or an explanation of processing, so rights=[]; neutral, not a complaint.")

S("pexa", "law", "Passport sent to us in error",
  """This morning we received a workspace notification for 40-611032 that had another firm's client's passport and utility bill attached. We are not on that matter and I think it was sent to us by mistake.

We have deleted the email and not opened the attachments beyond seeing what they were. Just letting you know so you can deal with it - no need to reply to us.""",
  "A firm reports another firm's client data sent to it in error: breach=true on a non-complaint (no grievance, no reply wanted, like lg-32); 'deleted' is about the email, rights=[].",
  br=True)

S("pexa", "law", "Client's passport sent to the wrong firm",
  """I want to make a formal complaint. Yesterday your support team, trying to help with an upload problem, emailed our client's passport scan and bank statement to another firm instead of back to us. The other firm has told us about it.

I need to know how this happened, whether anything else was sent, and what you are doing to make sure it doesn't happen again. Our client will have to be told.""",
  "Explicit complaint about PEXA disclosing a client's documents to the wrong firm: personal_data, breach, category personal_data. The writer asks what PEXA is doing about its error on behalf of her firm, not for a right over her own data, so rights=[] and third_party=false (staff for own firm, as lg-18).",
  c=True, ex=True, pd=True, br=True, cat="personal_data")

S("pexa", "lender", "Notifications for 40-509218",
  """Please remove me from the notification list for workspace 40-509218. I handed that matter over to a colleague on Monday and I don't need the updates any more.""",
  "Taking herself off a workspace's notification list is a workspace setting, not objection or erasure; not a complaint.")

S("pexa", "law", "'Access denied' all morning",
  """Since about 9am every attempt to open a workspace gives 'Access denied - error 403'. Three of us have the same problem and we have two settlements booked for this afternoon. We've cleared our caches and tried different browsers.

Please fix this urgently and call me on 0161 496 0877.""",
  "'Access denied' is a platform error, not the right of access: implicit complaint about a failing system, platform_defect; rights=[].",
  c=True, cat="platform_defect")

S("pexa", "lender", "Data processing agreement",
  """I'm helping our data protection team with the bank's annual supplier review. Could you send your current data processing agreement and confirm where customer data on the platform is hosted, and which sub-processors you use?""",
  "Supplier due diligence about customer data in general, not a request about the writer's own personal data: rights=[]; neutral, not a complaint.")

S("pexa", "law", "Lodgement rejected again - please have someone check",
  """The system has rejected the lodgement for workspace 40-577104 again, third time this week, with 'Validation failed - code 1172'. The documents haven't changed and HM Land Registry say there's nothing wrong on their side.

Can a person at your end please check it rather than us resubmitting blind?""",
  "Asking a person to check a system rejection of a lodgement is about a transaction, not an automated decision about the writer: rights=[]; 'third time this week' with a demand = implicit complaint, platform_defect.",
  c=True, cat="platform_defect")

S("pexa", "c", "Interview feedback",
  """Thank you for letting me know the outcome of my interview for the Implementation Consultant role. Could you tell me why I wasn't selected, or give me any feedback? I'd find it useful for the future.""",
  "A request for interview feedback is not a request about the processing of her data (not informed or access); neutral, not a complaint.")

S("conexus", "c", "Credit agreement - CX-2281547",
  """Please send me a true copy of the original credit agreement for this account and a statement of account, as I'm entitled to under sections 77-78 of the Consumer Credit Act. I don't remember signing anything with Sterling Credit.""",
  "A Consumer Credit Act request for the agreement and a statement is not a UK GDPR access request; neutral, not a complaint.")

S("conexus", "c", "The balance is wrong",
  """The balance on your letter is £1,284.60. According to my own records and my bank statements I've paid £400 more than you're showing, in four payments of £100 in July to October.

Please correct the balance and send me an updated statement.""",
  "Disputing the amount owed is a debt dispute, not rectification of a personal record (judgement call): implicit complaint, debt_dispute, rights=[].",
  c=True, cat="debt_dispute")

S("conexus", "c", "£50 collection fee",
  """I object to the £50 'collection fee' that has been added to my Northline balance. Nothing in my contract with Northline said a fee would be added if the debt was passed on. I want it removed.""",
  "Objecting to a fee is a fee dispute, not objection to processing: implicit complaint about a fee added on top of the debt, fees_charges; rights=[].",
  c=True, cat="fees_charges")

S("conexus", "c", "Stop ringing me at work",
  """Your staff have rung my work number three times this week, even though I told them on Monday that I can't take personal calls at work and that my manager sits next to me.

Stop calling me at work. Use my mobile or write to me.""",
  "'Stop calling me at work' is a conduct remedy, not objection: implicit complaint about contact, collection_conduct; nothing was disclosed, so no breach; rights=[].",
  c=True, cat="collection_conduct")

S("conexus", "c", "My mother",
  """Someone from your company rang my mum on Saturday asking for my new phone number. She didn't give it to them and they didn't tell her why they wanted it. She is 81 and it worried her.

She is not responsible for my debt. Please don't ring her again.""",
  "'Don't ring her again' is a conduct remedy: implicit complaint about how the debt is pursued, collection_conduct; no debt details were disclosed, so breach=false, rights=[].",
  c=True, cat="collection_conduct")

S("conexus", "adv", "Hold request - client Mr Patel",
  """Our client Mr Nilesh Patel (CX-6650228) has just come to us for help. Please put the account on hold for 30 days while we complete a financial statement with him. Authority attached.""",
  "A representative (third_party) asking for a collections hold; 'put the account on hold' is not restriction of processing; neutral, not a complaint.",
  tp=True)

S("conexus", "c", "Payment date",
  """Can you change my payment date to the 28th from next month? My employer has moved pay day. The amount stays the same, £35.""",
  "Changing a payment date is a change to the arrangement, not rectification of data; neutral, not a complaint.",
  short=("Please move my payment date to the 28th", "Pay day has changed. Same amount."))

S("conexus", "c", "Copy of my settlement letter",
  """Could you send me another copy of the letter confirming that my Pennant Mobile account is settled? My mortgage broker needs it and I can't find the original.""",
  "A duplicate of a settlement letter is a service request for a document, not access to personal data (judgement call); neutral, not a complaint.")

S("conexus", "c", "My payment plan",
  """I sent in my payment plan proposal on Monday through the website. Has it been accepted yet, or do you need anything else from me?""",
  "Asking whether a plan has been decided, without asking for human review or an explanation, is a status query: rights=[]; not a complaint.")

S("conexus", "c", "News: data requests in debt collection",
  """<html><body><h1>Collections Compliance Weekly</h1><p>This week: subject access requests to debt collectors rose 18% in the third quarter, and the ICO's latest guidance on the right to erasure for settled accounts.</p><p>Also: how to handle requests to stop automated decisions on payment plans.</p><p>You are receiving this because you subscribed. Unsubscribe at any time.</p></body></html>""",
  "An industry newsletter about rights requests: auto_generated (bulk headers), so every other label is empty, rights=[].",
  reg="raw", auto=True, frm="Collections Compliance Weekly <news@collectionscompliance.co.uk>",
  headers={"precedence": "bulk", "list-id": "<weekly.collectionscompliance.co.uk>",
           "list-unsubscribe": "<mailto:unsubscribe@collectionscompliance.co.uk>"},
  alt=("Collections Compliance Weekly - issue 212", {"precedence": "list", "list-id": "<weekly.collectionscompliance.co.uk>"}))

S("conexus", "c", "Automatic reply: Account CX-8804419",
  """Thank you for your email. I'm away until 5 January with no access to email.

For data protection reasons please do not leave messages about my account on my voicemail. I will reply when I'm back.""",
  "An out-of-office autoreply (auto headers) mentioning data protection: auto_generated, everything else empty, rights=[].",
  reg="raw", auto=True, frm="Dean Holloway <dean.holloway77@gmail.com>",
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
  alt=("Out of office: Account CX-8804419", {}))

S("conexus", "cred", "Wrong batch file",
  """Please delete the batch file we sent over SFTP yesterday afternoon (LWT_PLACEMENTS_1126.csv). It was the test file with dummy accounts, not the real placements. The correct file will follow today.""",
  "A creditor client asking to delete a wrong batch file is file housekeeping, not erasure of the writer's own data; not a complaint.")

S("conexus", "c", "Can't get into my online account",
  """I've been trying for a week to get into my account on your website to make a payment. It says 'access denied' every time and the password reset email never arrives. I don't want to fall behind because of your website.

Please sort it out.""",
  "'Access denied' on the portal is a platform fault, not the right of access: implicit complaint, platform_defect, rights=[].",
  c=True, cat="platform_defect")

S("conexus", "adv", "Breathing space - Ms Lorna Keogh",
  """Please note that our client Ms Lorna Keogh (CX-5104387) entered a standard Breathing Space on 1 December. Please confirm that interest, charges and enforcement action are paused.""",
  "A neutral Breathing Space notification from an adviser (third_party); the rights wording is the adviser's own privacy footer and asks nothing of Conexus, so rights=[]; not a complaint.",
  tp=True, footer="We process personal data in line with our privacy notice. Clients have the right to access, correct and delete their data; contact our data team to make a request.")

S("conexus", "c", "Letter to my work email",
  """You emailed the details of my arrears to my work address, which my manager and the HR team can see. I never gave you that address. I found out when my manager forwarded it to me asking if I was alright.

I'm mortified. I want to know how this happened and I want an apology.""",
  "Debt details sent to a work inbox read by others: implicit complaint with breach=true, personal_data, category personal_data; she demands an explanation and apology, not a right over her data, so rights=[].",
  c=True, pd=True, br=True, cat="personal_data")


# =============================================================================================================
# envelopes: senders, greetings, sign-offs, signatures, quoted replies
# =============================================================================================================

FIRST = ("Aisha", "Ben", "Catriona", "Dominic", "Eleni", "Farhan", "Grace", "Hamish", "Imogen", "Jamal", "Kirsty",
         "Liam", "Marta", "Nikhil", "Orla", "Priya", "Rory", "Sade", "Tomasz", "Una", "Vikram", "Wendy", "Yusuf",
         "Zoe", "Gareth", "Helen", "Kwame", "Lucy", "Mohammed", "Niamh", "Owen", "Rachel", "Stuart", "Tanya")
LAST = ("Ahmed", "Bellamy", "Chaudhry", "Doherty", "Evans", "Fraser", "Greenwood", "Hughes", "Iqbal", "Jenkins",
        "Kowalski", "Lloyd", "McBride", "Nowak", "O'Sullivan", "Pickering", "Quinn", "Rahman", "Sutherland",
        "Thornton", "Underwood", "Varga", "Walsh", "Yates", "Adeyemi", "Brennan", "Cartwright", "Dunmore")
PERSONAL = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me")
ORGS = {
    "law": [("ashdownkeane.co.uk", "Ashdown Keane LLP"), ("fenwickrowe.co.uk", "Fenwick Rowe Conveyancing"),
            ("calderbridgelaw.co.uk", "Calderbridge Law"), ("mossandtate.co.uk", "Moss & Tate Solicitors"),
            ("greyfriarslaw.co.uk", "Greyfriars Law LLP")],
    "lender": [("kestrelbs.co.uk", "Kestrel Building Society"), ("heathcotebank.co.uk", "Heathcote Bank"),
               ("tvmortgages.co.uk", "Thames Valley Mortgages")],
    "adv": [("harbourmoneyadvice.org.uk", "Harbour Money Advice"), ("citywidedebthelp.org.uk", "Citywide Debt Help"),
            ("northvalecab.org.uk", "Northvale Citizens Advice")],
    "sol": [("prycewaller.co.uk", "Pryce & Waller Solicitors"), ("lindenlegal.co.uk", "Linden Legal")],
    "cred": [("lumenwater.co.uk", "Lumen Water")],
}
ROLES = {"law": ("Conveyancing Executive", "Partner", "Licensed Conveyancer", "Practice Manager", "Paralegal"),
         "lender": ("Completions Officer", "Mortgage Operations Analyst", "Senior Underwriter"),
         "adv": ("Money Adviser", "Debt Caseworker", "Senior Adviser"), "sol": ("Solicitor", "Associate"),
         "cred": ("Collections Manager", "Recovery Team Leader")}
GREET = {"n": ("Hi,", "Hello,", "Good morning,", "Hi there,", "Dear Sir or Madam,", "Good afternoon,"),
         "f": ("Dear Sir or Madam,", "Dear Data Protection Officer,", "Dear Sirs,", "To whom it may concern,")}
GREET_MB = {"pexa": ("Dear PEXA team,", "Hello PEXA,"), "conexus": ("Dear Conexus,", "Hello Conexus team,")}
SIGNOFF = {"n": ("Thanks,", "Many thanks,", "Kind regards,", "Regards,", "Best wishes,", "Thank you,"),
           "f": ("Yours faithfully,", "Yours sincerely,")}
PHONE_SIG = ("Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy")
DISCLAIMERS = (
    "This email and any attachments are confidential and may contain personal data. If you have received it in "
    "error, please tell the sender and delete it. {org} is authorised and regulated by the Solicitors Regulation "
    "Authority.",
    "CONFIDENTIALITY: the information in this message is intended for the addressee only. If you are not the "
    "intended recipient, any use or disclosure is prohibited; please delete it and notify us. We process personal "
    "data in line with our privacy notice at www.{domain}/privacy.",
    "{org} will never change its bank details by email. Always call us on a number you trust before sending money.",
)
REPLY_FROM = {"pexa": "PEXA Support <support@pexa.co.uk>",
              "conexus": "Conexus Customer Services <customer.services@conexus.co.uk>"}
DEFAULT_QUOTE = {
    "pexa": "Thank you for getting in touch. Your query has been logged as SUP-{n} and a member of the team will "
            "respond shortly.\n\nPEXA Customer Support",
    "conexus": "Thank you for your email. We aim to respond within five working days. Please quote your account "
               "reference in any correspondence.\n\nConexus Customer Services",
}
MONTHS = ("Oct", "Nov", "Dec")


def parse(text):
    """[(segment text, rights tuple or None)] for a text with [[right|text]] marks."""
    segs, pos = [], 0
    for m in MARK.finditer(text):
        segs.append((text[pos:m.start()], None))
        rights = tuple(m.group(1).split("+"))
        assert all(r in RIGHTS for r in rights), m.group(0)
        assert "\n" not in m.group(2), m.group(0)
        segs.append((m.group(2), rights))
        pos = m.end()
    segs.append((text[pos:], None))
    return segs


def typo_ok(w):
    """Words that may get a typo: lower-case, 6+ letters, no 'compl' (keeps the explicit/implicit check intact);
    names, references and capitals are left alone."""
    return len(w) >= 6 and w.islower() and "compl" not in w


def render(segs, rng, n_typos):
    """Join the segments, giving n_typos random eligible words one letter edit; returns
    (text, [(right, final marked text)])."""
    eligible = [w for s, _ in segs for w in re.findall(r"[A-Za-z]+", s) if typo_ok(w)]
    chosen = set(rng.sample(range(len(eligible)), min(n_typos, len(eligible))))
    count = [0]

    def pick(w):
        if not typo_ok(w):
            return False
        count[0] += 1
        return count[0] - 1 in chosen

    out, marks = [], []
    for s, rights in segs:
        s = edit_words(s, rng, pick)
        out.append(s)
        for r in rights or ():
            marks.append((r, s))
    return "".join(out), marks


def sender(sc, rng):
    """(from header, signature name line(s), first name)."""
    if sc["frm"]:
        return sc["frm"], "", ""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    clean = re.sub(r"[^a-z]", "", last.lower())
    kind, _, dom = sc["who"].partition(":")
    if kind == "c":
        style = rng.randrange(4)
        local = (f"{first.lower()}.{clean}", f"{first[0].lower()}{clean}{rng.randrange(10, 99)}",
                 f"{first.lower()}{clean}", f"{clean}.{first.lower()}{rng.randrange(1, 9)}")[style]
        return f"{first} {last} <{local}@{rng.choice(PERSONAL)}>", f"{first} {last}", first
    orgs = ORGS[kind]
    domain, org = next(o for o in orgs if o[0] == dom) if dom else rng.choice(orgs)
    role = rng.choice(ROLES[kind])
    return f"{first} {last} <{first[0].lower()}.{clean}@{domain}>", f"{first} {last}\n{role} | {org}", first, \
        (domain, org)


def envelope(sc, rng, kind, src_n):
    """One record for scenario sc rendered as envelope kind."""
    who = sender(sc, rng)
    frm, signame, first = who[:3]
    org = who[3] if len(who) > 3 else None
    reg = sc["reg"]
    subj, body = sc["subj"], sc["body"]
    if kind == "short":
        subj, body = sc["short"]
    subj_segs = parse(subj)
    subject, subj_marks = "".join(s for s, _ in subj_segs), [(r, s) for s, rs in subj_segs for r in rs or ()]
    if reg == "raw":
        subject, headers = sc["alt"] if kind == "alt" else (subject, sc["headers"])
        return frm, subject, body, body.startswith("<html"), [], headers
    n_typos = rng.choice((1, 2)) if kind == "typo" else (1 if rng.random() < 0.2 else 0)
    text, marks = render(parse(body), rng, n_typos)
    if kind == "short" and not text.strip():
        return frm, subject, "", False, subj_marks, {}
    parts = []
    if reg in ("n", "f") and kind != "short":
        pool = GREET[reg] + (GREET_MB[sc["mb"]] if reg == "n" else ())
        parts.append(rng.choice(pool))
    parts.append(text)
    if reg == "x" or kind == "short":
        parts.append(rng.choice((first, first[0], "")) if first else "")
    else:
        parts.append(rng.choice(SIGNOFF[reg]) + "\n" + signame)
    if sc["footer"]:
        parts.append(sc["footer"])
    if kind == "sig":
        if org:
            parts.append(rng.choice(DISCLAIMERS).format(org=org[1], domain=org[0]))
        else:
            parts.append(rng.choice(PHONE_SIG))
    new = "\n\n".join(p for p in parts if p)
    quote = None
    if kind == "quoted" or (kind == "html" and rng.random() < 0.35):
        q = sc["quote"] or DEFAULT_QUOTE[sc["mb"]].format(n=rng.randrange(100000, 999999))
        head = (f"On {rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026 at {rng.randrange(8, 18)}:"
                f"{rng.randrange(60):02d}, {REPLY_FROM[sc['mb']]} wrote:")
        quote = head + "\n" + quote_lines(q)
        subject = subject if subject.lower().startswith("re:") else "Re: " + subject
    if kind == "html":
        return frm, subject, html_with_quote(new, quote), True, [(r, escape_html(t)) for r, t in marks], {}
    if quote:
        new += "\n\n" + quote
    return frm, subject, new, False, marks + subj_marks, {}


def scenario_rights(sc):
    """The rights marked in a text (order of first mark)."""
    out = []
    for text in (sc["subj"], sc["body"]):
        for _, rights in parse(text):
            for r in rights or ():
                if r not in out:
                    out.append(r)
    return out


def build(rng):
    records = []
    for i, sc in enumerate(SCENARIOS, 1):
        rights = scenario_rights(sc)
        if sc["short"]:
            short_rights = scenario_rights(dict(sc, subj=sc["short"][0], body=sc["short"][1]))
            assert set(short_rights) == set(rights), (i, short_rights, rights)
        lab = short_labels(r=",".join(rights), **sc["lab"])
        n = rng.choices((2, 3, 4), weights=(55, 35, 10))[0]
        if sc["reg"] == "raw":
            kinds = ["plain", "alt"]
        else:
            extra = ["html", "quoted", "typo", "sig"] + (["short"] if sc["short"] else [])
            rng.shuffle(extra)
            if sc["short"] and "short" not in extra[:n - 1]:
                extra.remove("short")
                extra.insert(0, "short")
            kinds = ["plain"] + extra[:n - 1]
        for kind in kinds:
            frm, subject, body, html, marks, headers = envelope(sc, rng, kind, i)
            records.append({"id": "", "mailbox": sc["mb"], "from": frm, "subject": subject, "headers": headers,
                            "body": body, "html": html, "labels": lab, "note": sc["note"],
                            "source": f"rsm-s{i:03d}",
                            "request_sentences": [{"right": r, "text": t} for r, t in marks], "_env": kind})
    return records


def main():
    return run_generator(build, SEED, "rsm", OUT, errors=marked_record_errors, summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCENARIOS)} scenarios to {os.path.relpath(OUT, ROOT)}; "
        f"envelopes {dict(sorted(env.items()))}"))


if __name__ == "__main__":
    raise SystemExit(main())
