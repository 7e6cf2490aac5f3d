#!/usr/bin/env python3
"""Rights-marked judge set N: 60 hand-written scenarios (30 pexa, 30 conexus), each rendered twice.

Written independently from the labelling guide (labelling-guide.md / .jsonl), the two seed policies and the
shared helpers in labelled_mail.py only. About 45 scenarios ask the receiving firm to act on one or more UK GDPR
rights (with or without a complaint, some on someone else's behalf); 15 are look-alikes with rights [] (an
attachment or a workspace, portal access, business records, a conduct remedy, a collection hold, a debt dispute).

Each scenario has one core text with inline [[right|sentence]] marks (labelled_mail.MARK_RIGHTS) and two
renderings, each with its own sender, greeting, sign-off and envelope:

* plain        greeting, core text, sign-off
* html         the same as an HTML body (labelled_mail.html_with_quote)
* reply        the same above a "> "-quoted earlier message from the firm (finish_marked_record's quote)
* disclaimer   a signature with a legal disclaimer that mentions personal data
* typos        one or two letter-edit typos outside the marks (labelled_mail.typos_outside_marks)
* short        a separately hand-written short version with the same labels
* subject_only the request carried by the subject line alone, empty body, same labels

Run from the repository root:  python data/make/make_rights_marked_n.py
Output: data/trials/rights_marked_n.jsonl (seed 20270114; re-running rewrites it byte for byte). Stdlib only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270114
PREFIX = "rmn"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_n.jsonl")
P_SECOND_TYPO = 0.35
ENVS = ("plain", "html", "reply", "disclaimer", "typos", "short", "subject_only")


def P(*paras):
    """A text from its paragraphs (each paragraph one line unless it has its own line breaks)."""
    return "\n\n".join(paras)


def V(sender, env, greet="", sign="", *, subject=None, quote=None, disclaimer=None, short_body=None):
    """One rendering: its sender, envelope and the parts that differ from the other rendering."""
    assert env in ENVS, env
    return {"sender": sender, "env": env, "greet": greet, "sign": sign, "subject": subject, "quote": quote,
            "disclaimer": disclaimer, "short_body": short_body}


SCENARIOS = []


def S(mailbox, labels, note, subject, body, v1, v2):
    """Register one scenario (labelled once) with its two renderings."""
    SCENARIOS.append({"mailbox": mailbox, "labels": labels, "note": note, "subject": subject, "body": body,
                      "variants": [v1, v2]})


# =============================================================================================
# PEXA: 22 rights scenarios, then 8 look-alikes
# =============================================================================================

# s001: former conveyancer, subject access, no complaint
S("pexa", short_labels(r="access"),
  "A former user asks for a copy of her profile and login/activity records (access) and says PEXA has done nothing "
  "wrong, so no complaint; Marsh & Penrose is only her former employer.",
  "Subject access request - my user account records",
  P("I was a conveyancing executive at Marsh & Penrose Conveyancing in Exeter until 28 February, with my own PEXA "
    "login under their subscription. My former employer has since suggested that I logged in to client workspaces "
    "after my last day. I didn't, and I would like to see the records for myself before I meet them next month.",
    "[[access|Under Article 15 of the UK GDPR, please send me a copy of the personal data you hold about me, "
    "including my user profile and the login and activity records linked to my user ID from 1 January to today.]]",
    "My user ID was registered to my old work email at marshpenrose.co.uk, which I can no longer get into, so please "
    "reply to this address. I can send proof of identity if you need it.",
    "This is a request, not a grievance with PEXA - you haven't done anything wrong."),
  V("Bethan Rowlands <bethan.rowlands@outlook.com>", "plain", "Dear Data Protection team,",
    "Kind regards,\nBethan Rowlands"),
  V("Connor Mayhew <connor.mayhew83@gmail.com>", "typos", "Hello,", "Thanks\nConnor Mayhew"))

# s002: home buyer gets PEXA marketing: informed + objection + erasure, implicit complaint about data use
S("pexa", short_labels(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
  "A consumer unhappy that PEXA used her email for marketing she never agreed to and wanting a proper reply: implicit "
  "complaint about unexpected use of personal data (personal_data, no disclosure so breach=false); where from and on "
  "what basis = informed, objecting to marketing/surveys = objection, delete = erasure.",
  "PEXA marketing emails to my personal address",
  P("We bought our first house in April and our solicitor used your system for the completion. That part was fine. "
    "But since June I have had four emails from PEXA at my personal address - a 'homeowner newsletter', an invitation "
    "to a webinar about remortgaging and two surveys. I never signed up to anything from you and I'm not your customer.",
    "[[informed|I'd like to know where you got my email address from, and on what basis you think you can use it to "
    "send me marketing.]] [[objection|I object to my details being used for marketing or surveys of any kind.]] "
    "[[erasure|Once you've answered, please delete my email address and anything else you hold about me that you "
    "don't legally have to keep.]]",
    "I'd like a proper reply to this, not just an unsubscribe link."),
  V("Hollie Brennan <hollie.brennan@icloud.com>", "html", "Hi,", "Hollie Brennan"),
  V("Sam Adeyemi <sam.adeyemi@yahoo.co.uk>", "reply", "To PEXA,", "Regards,\nS. Adeyemi",
    subject="Thinking of remortgaging? Join our free webinar",
    quote=("On 2 July 2025, PEXA <news@pexa.co.uk> wrote:",
           "Your home, your next move\n\nThinking of remortgaging? Join our free 30-minute webinar on 17 July to "
           "find out how a digital completion works.\n\nYou are receiving this email because you completed a "
           "property transaction using PEXA. Unsubscribe | Preferences | ID {ref}")))

# s003: sole practitioner, automated ID check rejection: automated_decision + informed, explicit, onboarding
S("pexa", short_labels(c=True, ex=True, r="automated_decision,informed", cat="onboarding"),
  "A practitioner calls it a complaint (explicit) about being rejected by the automated identity check: onboarding. "
  "A person to review instead of the automated check = automated_decision; what data the check used and where from = "
  "informed. The grievance is the rejection, not data handling, so personal_data=false.",
  "Complaint - application rejected by automated ID check",
  P("I applied on 9 September to register my practice as a PEXA participant. I am a sole practitioner regulated by "
    "the SRA. Within a couple of minutes I had an email saying my identity could not be verified and that the "
    "application had been closed. I reapplied the next day and exactly the same thing happened. I hold a current "
    "practising certificate and my passport and driving licence are both in date, so I can only assume your check "
    "has not coped with my first name, which appears in full on some records and shortened on others.",
    "I am making a complaint because there is no way to speak to anyone about this, and every day I cannot settle "
    "through PEXA I am turning away remortgage work.",
    "[[automated_decision|I want my application reviewed by a person rather than decided by the automated check.]] "
    "[[informed|I would also like to be told what information about me the check used and which organisations or "
    "databases it was obtained from.]]",
    "I look forward to hearing from you within the week."),
  V("Chukwuemeka Okafor <emeka@okaforpropertylaw.co.uk>", "plain", "Dear Sir or Madam,",
    "Yours faithfully,\nChukwuemeka Okafor\nPrincipal, Okafor Property Law"),
  V("Oluwaseun Adebisi <seun@adebisilaw.co.uk>", "reply", "Hello,", "Seun Adebisi\nAdebisi Law",
    subject="Your PEXA application",
    quote=("On 10 September 2025, PEXA Onboarding <onboarding@pexa.co.uk> wrote:",
           "Thank you for applying to join PEXA.\n\nUnfortunately we were unable to verify your identity and your "
           "application has now been closed. You are welcome to submit a new application.\n\nApplication reference "
           "{ref}")))

# s004: solicitor for fraud victim: access + restriction (keep for legal claims, don't use), not a complaint
S("pexa", short_labels(r="access,restriction", tp=True),
  "A solicitor writes for a fraud victim (third_party) and states it is not a complaint. A copy of the client's "
  "personal data = access; keep it but do not use it while proceedings are possible = restriction (legal claims).",
  "Data subject request on behalf of our client, Mr Daniel Hurst - 14 Lowther Street, Carlisle",
  P("We act for Mr Daniel Hurst in connection with the loss of his purchase deposit following what appears to have "
    "been a payment redirection fraud on his purchase of 14 Lowther Street, Carlisle, which was due to complete "
    "through a PEXA workspace on 22 August. We enclose his signed authority.",
    "To be clear, Mr Hurst does not suggest that PEXA is at fault and this letter is not a complaint. The matter has "
    "been reported to the police and to his bank.",
    "[[access|On Mr Hurst's behalf, please provide a copy of all personal data PEXA holds about him, including any "
    "record of his name, contact details and bank details in the workspace and the workspace activity log in so far "
    "as it relates to him.]]",
    "[[restriction|We also ask that you do not delete any of that data while the police investigation is ongoing, "
    "and that you do not use it for any other purpose in the meantime.]] We may need to rely on it in proceedings.",
    "Please send your response to this office, quoting our reference."),
  V("Priya Nandakumar <p.nandakumar@castlegatelaw.co.uk>", "disclaimer", "Dear Sirs,",
    "Yours faithfully,\n\nPriya Nandakumar\nCastlegate Law LLP\nOur ref: PN/HUR/0412",
    disclaimer="Castlegate Law LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. "
               "640215). This email and any attachments are confidential, may be legally privileged and may contain "
               "personal data. If you have received it in error, please tell us at once and delete it. We process "
               "personal data in line with our privacy notice at castlegatelaw.co.uk/privacy."),
  V("Mark Ellwood <mark.ellwood@ellwoodandco.co.uk>", "html", "Dear PEXA Data Protection Officer,",
    "Yours faithfully\nMark Ellwood\nPartner, Ellwood & Co\nOur ref: ME/4471/HUR"))

# s005: former lender staff, erasure ignored: implicit complaint, personal_data
S("pexa", short_labels(c=True, pd=True, r="erasure", cat="personal_data"),
  "A former user's deletion request was ignored and PEXA keeps emailing her: implicit complaint about a data-rights "
  "request badly handled (personal_data, category personal_data rather than delay); 'delete my user account and "
  "personal details' = erasure. Heathcote Bank is only her former employer.",
  "Still getting emails - I asked you to delete my account",
  P("I left Heathcote Bank's mortgage completions team in May, and on 3 June I emailed your support address asking "
    "for my PEXA user account to be closed and my details deleted. I got an automatic ticket number and nothing else.",
    "Since then I've had training reminders, a 'your password will expire' email and an invitation to your customer "
    "conference, all to my personal email address, which I only ever added as a backup contact. It's now the end of "
    "August. I shouldn't have to ask twice.",
    "[[erasure|Please delete my user account and my personal details now, and confirm in writing once it's done.]] "
    "If there is anything you say you must keep, tell me what it is and why."),
  V("Lauren Achterberg <lauren.achterberg@gmail.com>", "reply", "Hi,", "Lauren",
    subject="PEXA Support - we have received your request",
    quote=("On 3 June 2025, PEXA Support <support@pexa.co.uk> wrote:",
           "Thank you for contacting PEXA Support.\n\nYour request has been logged as ticket SUP-{ref}. A member of "
           "the team will be in touch.\n\nPEXA Support")),
  V("Martin Cheung <martin.cheung@hotmail.co.uk>", "typos", "Hello,", "M. Cheung"))

# s006: name change on user profile: rectification, no complaint
S("pexa", short_labels(r="rectification"),
  "A user who has married asks for her surname and email on her profile to be changed: rectification. A routine "
  "request with no dissatisfaction, so not a complaint.",
  "Name change - user profile",
  P("I got married in the summer and have changed my surname. My PEXA user profile still shows my maiden name, which "
    "means the name on my signing certificate no longer matches my practising certificate or the firm's records.",
    "[[rectification|Could you please change the surname on my user profile from Whitcombe to the name below, and "
    "update my email address to match?]] Our subscriber administrator says she can't change the name field herself. "
    "I can send a copy of the marriage certificate if you need it.",
    "Thanks very much."),
  V("Georgia Fenwick <georgia.fenwick@greyfriarslaw.co.uk>", "disclaimer", "Hello,",
    "Georgia Fenwick (née Whitcombe)\nSolicitor | Greyfriars Law LLP",
    disclaimer="Greyfriars Law LLP is regulated by the Law Society of Scotland. This e-mail may contain personal "
               "data and is intended solely for the addressee. If you are not the intended recipient, please notify "
               "us and delete it; do not copy or forward it."),
  V("Rachel Osei <rachel.osei@prestonbaylaw.co.uk>", "short",
    subject="Name change on my PEXA profile",
    short_body="Hi - just married. [[rectification|Please change my surname on my user profile from Whitcombe to "
               "Osei.]] Certificate attached.\n\nThanks, Rachel"))

# s007: audit log attributes a signature to her: access + restriction, implicit complaint, personal_data
S("pexa", short_labels(c=True, pd=True, r="access,restriction", cat="personal_data"),
  "A conveyancer says the activity log wrongly shows her signing while on leave and wants it looked into: implicit "
  "complaint about inaccurate personal data (personal_data); nothing disclosed to anyone else is described, so "
  "breach=false. Copy of log entries for her user ID = access; don't show or share them as accurate until "
  "investigated = restriction.",
  "Audit log shows me signing something I didn't sign",
  P("The workspace activity log for 31-84417 (sale of 9 Mill Lane, Totnes) shows that I signed the transfer and "
    "authorised the settlement schedule at 10.42 on 14 February. I did not. I was on annual leave that week with no "
    "laptop, and the firm's own timesheets show it. Either someone else used my login or the record is wrong.",
    "This matters because the buyer's lender is now querying the transaction and my name is the one on the log. I am "
    "extremely worried about what this means for my registration.",
    "[[access|Please send me a copy of every entry in your logs that is attributed to my user ID for 10 to 17 "
    "February, including the IP addresses and devices recorded.]] [[restriction|Until you have investigated, please "
    "do not show or share those log entries with anyone as though they are accurate.]]",
    "I need a reply from someone who can actually look into this."),
  V("Imogen Tregear <imogen.tregear@moorviewconveyancing.co.uk>", "plain", "Dear PEXA,",
    "Imogen Tregear\nSenior Conveyancer, Moorview Conveyancing"),
  V("Dominic Lacey <d.lacey@harbourside-law.co.uk>", "html", "Hello,", "Dominic Lacey\nHarbourside Law"))

# s008: trainee wants off marketing list: objection, no complaint
S("pexa", short_labels(r="objection"),
  "A webinar attendee asks to be taken off marketing emails and event invitations (a marketing opt-out = objection) "
  "without any dissatisfaction: not a complaint.",
  "Marketing emails",
  P("I came to one of your Workspace Essentials webinars in March as a trainee and seem to have been added to your "
    "marketing list since. [[objection|Please take me off all PEXA marketing emails and event invitations.]] I still "
    "need the system emails about my user account, just not the promotional ones."),
  V("Tomasz Zielinski <tomasz.zielinski@brightwaterlegal.co.uk>", "plain", "Hi there,", "Thanks\nTomasz"),
  V("Amira Haddad <amira.haddad@gmail.com>", "subject_only",
    subject="[[objection|Please remove me from your marketing mailing list]]", short_body=""))

# s009: MP's caseworker: access + informed for constituent, not a complaint
S("pexa", short_labels(r="access,informed", tp=True),
  "An MP's office writes for a constituent (third_party) and stresses it is an enquiry with no allegation against "
  "PEXA, so not a complaint. A copy of his personal data = access; where it came from, purpose, basis and who it was "
  "shared with = informed.",
  "Constituent enquiry: Mr Rory Doherty, 3 Kiln Court, Stoke-on-Trent",
  P("I am writing on behalf of my constituent, Mr Rory Doherty, whose signed consent is attached. Mr Doherty sold his "
    "flat at 3 Kiln Court earlier this year and the sale completed through your platform. He has since received a "
    "number of phishing emails and calls that refer to the sale price and his completion date, and he is trying to "
    "understand which organisations held these details.",
    "He is not making any allegation against PEXA, and I should stress that this is an enquiry. He would, however, "
    "like to know what information PEXA holds about him and how it has been used.",
    "[[access|I would therefore be grateful if you could provide Mr Doherty with a copy of the personal data that PEXA "
    "holds about him.]] [[informed|Could you also explain where that data came from, what PEXA uses it for, on what "
    "legal basis, and which other organisations it has been shared with?]]",
    "Replies can be sent to this office and I will pass them on."),
  V("Eleanor Whitby (Office of Sarah Pennock MP) <eleanor.whitby@parliament.uk>", "plain", "Dear Sir or Madam,",
    "Yours faithfully,\n\nSarah Pennock MP\n(sent by Eleanor Whitby, Caseworker)"),
  V("Josh Amankwah (Office of Dev Rathore MP) <josh.amankwah@parliament.uk>", "disclaimer", "Dear PEXA,",
    "Yours sincerely,\n\nJosh Amankwah\nSenior Caseworker to Dev Rathore MP",
    disclaimer="This email is from the office of Dev Rathore MP. It may contain personal data about constituents and "
               "is intended only for the named recipient. If it has reached you in error, please let us know and "
               "delete it. Information about how we handle personal data is in our privacy notice."))

# s010: lender signatory locked by automated security rule: automated_decision, implicit complaint, process
S("pexa", short_labels(c=True, r="automated_decision", cat="process"),
  "A lender's signatory is repeatedly locked out by an automated rule that support says works as intended: implicit "
  "complaint where the rule itself is the problem (process). Wanting a person, not the system, to decide on lifting "
  "the flag = automated_decision; personal_data=false (the grievance is the lock-out).",
  "Locked out of signing again",
  P("For the second time in three weeks my user account has been locked by your automated security check half an hour "
    "before settlement, because I logged in from our Swindon office instead of Reading. Your support desk confirmed "
    "that the system is working as intended: any login from an unfamiliar location or device is flagged and the "
    "account is suspended until the next day. On Tuesday that meant two remortgage completions slipped and our "
    "customers were charged an extra day's interest, which we have had to refund.",
    "I understand the need for security, but a rule that locks out a named signatory for working in one of their own "
    "employer's offices is not workable. [[automated_decision|I want a person to review the flag on my account and "
    "make the decision to lift it, rather than it being left to the system.]] Please also tell me how we stop this "
    "happening every time staff move between sites.",
    "I'd appreciate a call today if possible."),
  V("Karen Loftus <karen.loftus@tvmortgages.co.uk>", "disclaimer", "Hi,",
    "Karen Loftus\nCompletions Manager | Thames Valley Mortgages\n0118 496 0457",
    disclaimer="Thames Valley Mortgages is a trading name of TVM Lending Ltd, authorised and regulated by the "
               "Financial Conduct Authority. This message may contain confidential information and personal data. If "
               "you are not the intended recipient, please delete it and notify the sender immediately."),
  V("Neil Mbatha <neil.mbatha@tvmortgages.co.uk>", "typos", "Morning,", "Neil"))

# s011: borrower's complaint purely about Heathcote Bank, plus access request to PEXA
S("pexa", short_labels(c=True, r="access", cat="delay", firm="hcb"),
  "A borrower's grievance is her old lender Heathcote Bank not closing her mortgage after redemption, and she asks "
  "PEXA to pass it on: a consumer complaint to forward (about_other_firm=hcb, delay). Separately she asks PEXA for a "
  "copy of her data = access; the grievance is not about data, so personal_data=false.",
  "Redemption money - Heathcote still haven't sorted it",
  P("My remortgage completed through your system on 1 October. My old lender, Heathcote Bank, was supposed to receive "
    "the redemption money and close my old mortgage the same day. Three weeks on they are still taking monthly "
    "payments on the old mortgage, their statement shows it as open, and every time I ring them I'm told it's 'with "
    "the redemptions team'. My solicitor says the money left on the day and it is Heathcote's problem.",
    "I know you can't make Heathcote act, but can you pass this to someone there who can, because I'm getting nowhere.",
    "Separately, [[access|please send me a copy of any personal data PEXA holds about me from this remortgage]], so I "
    "can see what was recorded on the day and when."),
  V("Gillian Forsyth <gill.forsyth@btinternet.com>", "plain", "Hello,", "Gillian Forsyth"),
  V("Arjun Mehta <arjun.mehta@outlook.com>", "reply", "Dear PEXA team,", "Many thanks,\nArjun Mehta",
    subject="Your settlement is complete",
    quote=("On 1 October 2025, PEXA Notifications <no-reply@pexa.co.uk> wrote:",
           "Your remortgage settlement, reference {ref}, has completed. Funds have been distributed in line with "
           "the settlement schedule agreed by your conveyancer and lenders.\n\nThis is an automated message.")))

# s012: training record export for new firm's system: portability, no complaint
S("pexa", short_labels(r="portability"),
  "A user moving firms asks for her training record as CSV/Excel to upload into the new firm's learning system "
  "(machine-readable, to reuse elsewhere = portability). No dissatisfaction, so not a complaint.",
  "Export of my training records",
  P("I'm moving from Carrick Dunmore to a new firm in January. My new employer uses its own learning system to track "
    "CPD and has asked each of us to bring our training history with us.",
    "[[portability|Could you send me the personal data from my PEXA training record - courses completed, dates and "
    "assessment results - as a CSV or Excel file, so I can upload it into my new firm's learning system?]] I'd rather "
    "not retype it all from certificates.",
    "My user ID is the address I'm writing from. Thanks for your help."),
  V("Hannah Siddiqui <h.siddiqui@carrickdunmore.co.uk>", "disclaimer", "Hi PEXA Training team,",
    "Best wishes,\nHannah Siddiqui\nConveyancing Assistant, Carrick Dunmore Solicitors",
    disclaimer="Carrick Dunmore Solicitors is authorised and regulated by the Solicitors Regulation Authority. The "
               "information in this email, including any personal data, is confidential and for the addressee only. "
               "Beware of cyber-crime: we will never change our bank details by email."),
  V("Felix Ogunleye <f.ogunleye@carrickdunmore.co.uk>", "html", "Hello,", "Felix"))

# s013: passport scan sent to another firm: erasure, explicit complaint, breach
S("pexa", short_labels(c=True, ex=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "PEXA's onboarding team emailed the writer's passport and utility bill to another firm: a personal data breach "
  "(breach, personal_data, category personal_data) in a complaint the writer names as formal (explicit). 'Every copy "
  "... to be deleted' = erasure.",
  "Formal complaint - my passport sent to another firm",
  P("During my onboarding last month I uploaded a scan of my passport and a utility bill to your verification team. "
    "Yesterday a partner at a firm I have never worked with rang me to say your onboarding team had emailed them my "
    "documents, apparently in reply to their own application. She has deleted them, but she has seen my passport "
    "number, my date of birth and my home address.",
    "I wish to make a formal complaint. Nobody from PEXA has told me about this; I found out from a stranger.",
    "I want to know how it happened, whether my documents have gone anywhere else, and what you are doing about it. "
    "[[erasure|Once my verification is finished, I also want every copy of my passport and utility bill that PEXA "
    "holds to be deleted.]]"),
  V("Ayesha Rahman <ayesha@rahmanconveyancing.co.uk>", "plain", "Dear Sir or Madam,",
    "Ayesha Rahman\nRahman Conveyancing"),
  V("Gordon McAllister <gordon.mcallister@mcallisterlegal.co.uk>", "typos", "To the PEXA complaints team,",
    "Gordon McAllister\nMcAllister Legal"))

# s014: remortgage borrower objects to research surveys, no complaint
S("pexa", short_labels(r="objection"),
  "A consumer who had no problem with the remortgage objects to his details being used for research surveys "
  "(objection); there is no dissatisfaction with a remedy sought beyond that, so not a complaint.",
  "Survey emails",
  P("I remortgaged my house in the spring and my lender used PEXA for the completion. Since then I've had two emails "
    "from you asking me to take part in 'customer research' about my experience.",
    "I've no problem with how the remortgage went. [[objection|But I don't want my details used for research or "
    "surveys, and I object to you processing them for that.]] Please just make a note so I don't get any more."),
  V("Derek Ansah <derekansah@sky.com>", "plain", "Hi,", "Thanks,\nDerek Ansah"),
  V("Moira Galbraith <moira.galbraith@talktalk.net>", "short",
    subject="No more surveys please",
    short_body="[[objection|Please stop using my email for your customer research surveys - I object to it.]]\n\n"
               "Moira Galbraith"))

# s015: portability request answered with PDF screenshots: explicit complaint, personal_data
S("pexa", short_labels(c=True, ex=True, pd=True, r="portability", cat="personal_data"),
  "A former sole practitioner says she is complaining (explicit) about how her data request was handled - a PDF of "
  "screenshots instead of a machine-readable file: a badly handled rights request (personal_data). Re-asking for a "
  "CSV/JSON file that can be imported elsewhere = portability.",
  "Your handling of my data request",
  P("I closed my practice in July and on 14 July asked your data protection team for the personal data from my user "
    "account and my signing history in a machine-readable format, because my indemnity insurer's run-off portal "
    "needs it uploaded as a spreadsheet.",
    "Your reply of 6 August attached a 40-page PDF of screenshots. When I asked for a CSV instead I was told that "
    "'PDF is our standard format'. I don't think that is right, and it has cost me a month.",
    "I am complaining about the way this request has been dealt with. [[portability|Please send the same data as a "
    "CSV or JSON file that can be imported into another system.]]"),
  V("Rosalind Keane <ros.keane@outlook.com>", "reply", "Dear Data Protection team,",
    "Rosalind Keane\n(formerly Keane Conveyancing)",
    subject="Your data request",
    quote=("On 6 August 2025, PEXA Data Protection <dataprotection@pexa.co.uk> wrote:",
           "Dear Ms Keane,\n\nPlease find attached the information you requested, reference DSR-{ref}. PDF is our "
           "standard format for these requests.\n\nKind regards\nPEXA Data Protection")),
  V("Victor Adjei <victor.adjei@gmail.com>", "html", "Hello,", "V. Adjei"))

# s016: conveyancer with safety concerns: objection + restriction, not a complaint
S("pexa", short_labels(r="objection,restriction"),
  "A conveyancer with a protection order objects to her name and contact details being shown to other participants "
  "(objection) and asks for them to be hidden while that is considered (restriction). She says she is not unhappy "
  "with PEXA, so not a complaint.",
  "My profile - personal safety",
  P("I'm a conveyancer at a small firm in Leicester. I have recently had to get a non-molestation order against a "
    "former partner, who works in the property industry and, I believe, has access to PEXA through his employer.",
    "At the moment other participants can see my full name, my firm and my direct phone number on every workspace I'm "
    "involved in. [[objection|Given my circumstances I object to my name and contact details being displayed to "
    "other participants on workspaces.]] [[restriction|While you consider this, please restrict my details so they "
    "are not shown to other users.]] My firm is happy for our matters to show the firm's general details instead.",
    "I'm not unhappy with PEXA, I just need this handled quickly and discreetly. Please contact me on my mobile rather "
    "than by email if you need to discuss it."),
  V("Jasmine Patel <jas.patel@sowerbylaw.co.uk>", "plain", "Hello,", "Jasmine"),
  V("Claire Rutherford <claire.r@highcrossconveyancing.co.uk>", "disclaimer", "Dear PEXA,",
    "Claire Rutherford\nHighcross Conveyancing",
    disclaimer="Highcross Conveyancing Ltd | CLC licensed body. This email may contain personal data. If you have "
               "received it in error, please delete it and inform the sender."))

# s017: wrong CLC number on profile, second request: rectification, explicit complaint, personal_data
S("pexa", short_labels(c=True, ex=True, pd=True, r="rectification", cat="personal_data"),
  "A licensed conveyancer's registration number is shown wrongly to other firms and a promised correction never "
  "happened; he asks for it to be treated as a complaint (explicit) about inaccurate personal data (personal_data). "
  "Correct the number = rectification.",
  "Wrong CLC number on my profile - second request",
  P("On 2 September I asked your support team to correct my Council for Licensed Conveyancers number on my user "
    "profile. It shows 14402 when it should be 14420. I was told it would be updated 'within 48 hours'. Three weeks "
    "later it still shows the wrong number.",
    "This is not a small thing: two firms on the other side of my transactions have checked the CLC register against "
    "your participant details, found no match and asked whether I am actually licensed. One of them delayed exchange "
    "while it checked.",
    "Please treat this as a complaint. [[rectification|Correct the number on my profile today and confirm when it is "
    "done.]]"),
  V("Kwame Boateng <kwame.boateng@boatengconveyancing.co.uk>", "plain", "Hi,",
    "Kwame Boateng\nLicensed Conveyancer, Boateng Conveyancing"),
  V("Fiona Drummond <fiona@drummondsettle.co.uk>", "short",
    subject="Complaint: wrong CLC number still on my profile",
    short_body="Third week now. [[rectification|Please correct my CLC number on my profile from 14402 to 14420]] - "
               "other firms think I'm not licensed.\n\nFiona Drummond"))

# s018: buyer surprised PEXA texted her: informed + access, no complaint
S("pexa", short_labels(r="informed,access"),
  "A buyer whose purchase went fine asks how PEXA got her number, what it is used for and who it is shared with "
  "(informed) and for a copy of what is held (access). Curious, not dissatisfied: not a complaint.",
  "Text message from PEXA - question",
  P("I got a text last week from 'PEXA' saying my purchase had settled and the keys could be released. Everything "
    "went fine with the purchase, so no problems there, but I'd never heard of PEXA before and I was surprised you "
    "had my mobile number.",
    "[[informed|Can you tell me how you got my number, what you use it for and who else you share it with?]] "
    "[[access|And could you send me a copy of the information you have about me?]]"),
  V("Shauna Byrne <shauna.byrne94@gmail.com>", "typos", "Hi,", "Cheers\nShauna"),
  V("Peter Lindgren <peter.lindgren@protonmail.com>", "html", "Good afternoon,", "Kind regards,\nPeter Lindgren"))

# s019: solicitor for former trainee, erasure request ignored: explicit complaint, third party, personal_data
S("pexa", short_labels(c=True, ex=True, pd=True, r="erasure", tp=True, cat="personal_data"),
  "A solicitor makes a formal complaint (explicit, third_party) that a former trainee's erasure request went "
  "unanswered past the one-month limit: a data-rights request ignored (personal_data; category personal_data as the "
  "specific theme rather than delay). The renewed request to erase her data = erasure.",
  "Our client Ms Chloe Hartigan - erasure request of 11 July - formal complaint",
  P("We act for Ms Chloe Hartigan, formerly a trainee solicitor with a participant firm, whose authority is enclosed.",
    "On 11 July Ms Hartigan asked PEXA to erase her user account and the personal data associated with it, her "
    "training contract and her employment with that firm having ended. She received an automatic acknowledgement and "
    "has heard nothing since, despite a chasing email on 15 August. The one-month period for a response has long "
    "passed.",
    "Please treat this letter as a formal complaint on our client's behalf about the failure to deal with her "
    "request. [[erasure|We ask that you now erase Ms Hartigan's personal data, save for anything you are required by "
    "law to keep,]] and that you confirm in writing what has been deleted and what, if anything, has been retained "
    "and why.",
    "We look forward to your response within 14 days."),
  V("Anil Chaudhry <a.chaudhry@ridgewaysolicitors.co.uk>", "disclaimer", "Dear Sirs,",
    "Yours faithfully\n\nAnil Chaudhry\nRidgeway Solicitors",
    disclaimer="Ridgeway Solicitors is authorised and regulated by the SRA. This email is confidential and may "
               "contain privileged information and personal data. It is intended only for the addressee. If you have "
               "received it in error please notify us and destroy any copies."),
  V("Laura Mackintosh <l.mackintosh@bannermanlaw.co.uk>", "html", "Dear PEXA,",
    "Yours faithfully,\nLaura Mackintosh\nAssociate, Bannerman Law"))

# s020: face-match re-verification failing: automated_decision, not a complaint
S("pexa", short_labels(r="automated_decision"),
  "A user whose appearance has changed asks for a person to verify her instead of the automatic face match "
  "(automated_decision) and says it isn't a grievance: a request for another route, not a complaint.",
  "Annual re-verification - face match",
  P("My annual identity re-verification is due by the end of the month. The app asks for a selfie, which is compared "
    "automatically with my passport photo, and it has failed me four times. I have a facial scar from surgery last "
    "year and look quite different from my passport photo, which was taken before it.",
    "[[automated_decision|Please could a member of your team check my identity instead of the automatic face "
    "match?]] I'm happy to do a video call or bring my documents to your Leeds office.",
    "This isn't a grievance, I just need another route before my access lapses."),
  V("Marcia Oyelaran <marcia.oyelaran@ashgrovelaw.co.uk>", "plain", "Hello,", "Marcia Oyelaran\nAshgrove Law"),
  V("Deborah Finch <d.finch@finchandhale.co.uk>", "reply", "Dear Support team,", "Kind regards,\nDeborah Finch",
    subject="Your annual identity check is due",
    quote=("On 1 November 2025, PEXA Identity <no-reply@pexa.co.uk> wrote:",
           "Your annual re-verification is due by 30 November. If it is not completed by then, your signing access "
           "will be suspended.\n\nStart your check in the PEXA app. Reference {ref}")))

# s021: seller's name/title wrong in notification emails: rectification, not a complaint
S("pexa", short_labels(r="rectification"),
  "A seller politely asks PEXA to correct her title and name and change her email address for notifications "
  "(rectification); 'no harm done' and no remedy beyond the correction, so a service request, not a complaint.",
  "Wrong name on your emails to me",
  P("Your settlement emails about my sale of 22 Beechwood Drive have been addressed to me as 'Mr', with my first name "
    "misspelt, and they are going to my old work address, which I've since left.",
    "[[rectification|Please correct my name and title and change my email address to this one.]] My solicitor says "
    "she has corrected it in the workspace, so it's probably just your notification list that needs updating. No "
    "harm done."),
  V("Joanne Dowie <joanne.dowie@gmail.com>", "plain", "Hello,", "Thank you,\nDr Joanne Dowie"),
  V("Aled Prydderch <aled.prydderch@outlook.com>", "reply", "Good morning,", "Diolch,\nDr Aled Prydderch",
    subject="Settlement update - 22 Beechwood Drive",
    quote=("On 4 November 2025, PEXA Notifications <no-reply@pexa.co.uk> wrote:",
           "Dear Mr Alad Prydderch,\n\nThe settlement of your sale, reference {ref}, is scheduled for Friday. Your "
           "conveyancer will contact you if anything changes.\n\nThis is an automated message.")))

# s022: transfer of user data to Australia: informed + objection, implicit complaint, personal_data
S("pexa", short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A user unhappy to learn her data goes to group companies abroad without being told, expecting a full answer: "
  "implicit complaint about unexpected processing (personal_data). What was sent, why, on what basis = informed; "
  "objecting to behaviour analytics = objection.",
  "Transfer of my data to Australia",
  P("I read your updated privacy notice this week and it says that user data, including names, contact details and "
    "'platform behaviour analytics', is transferred to PEXA Group companies in Australia. Nobody mentioned this when "
    "I was given a login two years ago, and our firm's data protection lead says she wasn't told either.",
    "I am not comfortable with this. [[informed|Please tell me exactly what personal data about me has been sent to "
    "Australia, for what purpose, on what legal basis, and what safeguards apply.]] [[objection|I object to my data "
    "being used for behaviour analytics or for any purpose beyond running my user account.]]",
    "I expect a full answer, not a link back to the privacy notice."),
  V("Nadia Kowalski <n.kowalski@wellsandmoore.co.uk>", "html", "Dear Data Protection Officer,",
    "Regards,\nNadia Kowalski\nWells & Moore LLP"),
  V("Rupert Hale <rupert.hale@halesolicitors.co.uk>", "typos", "Hi,", "Rupert Hale\nHale Solicitors"))

# ---- PEXA look-alikes (rights []) ----

# s023: invoices as CSV for new accounts system (business records, not portability), no complaint
S("pexa", short_labels(),
  "Look-alike: a firm asks for its invoice history as CSV to import into its accounts system. These are the firm's "
  "business records, not an individual's personal data, so not portability; no dissatisfaction, not a complaint.",
  "Invoice history in CSV",
  P("We're moving our accounts to Xero at the start of next month and our finance team wants to bring across the "
    "supplier history.",
    "Could you send us all of our PEXA invoices and credit notes since January 2024 as a CSV or Excel export (invoice "
    "number, date, workspace reference, net, VAT, gross), so we can import them straight into the new system? PDFs "
    "won't import.",
    "Our participant ID is 100-2241. Nothing wrong with the invoices themselves, it's purely for the migration."),
  V("Olivia Grant <olivia.grant@whitlockhale.co.uk>", "plain", "Hi,",
    "Thanks,\nOlivia Grant\nPractice Accountant, Whitlock Hale LLP"),
  V("Tariq Aziz <t.aziz@ambersidelaw.co.uk>", "disclaimer", "Hello PEXA billing,", "Thanks,\nTariq Aziz\nAmberside Law",
    disclaimer="Amberside Law Ltd, registered in England and Wales no. 09912734. This email may contain personal data "
               "and confidential information. It is intended for the addressee only; if you are not the addressee, "
               "please delete it and let us know."))

# s024: subscriber admin removes a leaver's login (account administration, not erasure/access), no complaint
S("pexa", short_labels(),
  "Look-alike: a subscriber administrator asks for a leaver's login to be deactivated while his history stays on "
  "the workspaces. This is account administration for the firm, not an erasure or access request by or for the data "
  "subject; a routine request, and staff writing for their own firm are not third_party.",
  "Leaver - please remove user access",
  P("One of our conveyancers, Ben Stoker, left the firm on Friday. Please remove his access to our subscription and "
    "deactivate his login so he can no longer get into any of our workspaces.",
    "Please don't remove his name from the matters he worked on, though - we need his actions to stay on the "
    "workspace history for our file audit. If there's a form I should be filling in for this instead, let me know."),
  V("Sandra Whitfield <s.whitfield@pennyfieldlaw.co.uk>", "plain", "Hi,",
    "Thanks,\nSandra Whitfield\nSubscriber Administrator, Pennyfield Law"),
  V("Gareth Pugh <gareth.pugh@pennyfieldlaw.co.uk>", "short",
    subject="Leaver: remove Ben Stoker's access today",
    short_body="Ben left on Friday - please deactivate his login on our subscription but leave his name on the old "
               "workspaces.\n\nThanks,\nGareth Pugh\nPennyfield Law"))

# s025: lodgement failure; full audit trail and documents for file review (business records): explicit complaint
S("pexa", short_labels(c=True, ex=True, cat="platform_defect"),
  "Look-alike: an explicit complaint that the system showed 'lodged' when nothing was lodged (platform_defect). The "
  "request for the workspace audit trail and documents is for the firm's own matter records, not a request for an "
  "individual's personal data, so rights=[].",
  "Complaint - lodgement failure on 31-85102 and request for full workspace records",
  P("I want to complain about the lodgement failure on workspace 31-85102 (purchase of Flat 4, 18 Quayside, "
    "Newcastle). Settlement went through on 3 October, but the application to HM Land Registry was never lodged. "
    "Your system showed 'lodged' in green, and we only found out on 24 October when the lender asked for the title "
    "number. Our client's search priority has now expired and the lender is threatening to withdraw.",
    "Please explain what went wrong and what you will do to put it right.",
    "For our own file review and for our insurers, please also send us a full copy of the workspace audit trail for "
    "31-85102 and every document uploaded to it, including the lodgement messages exchanged with HM Land Registry."),
  V("Philippa Ng <philippa.ng@tynebridgelaw.co.uk>", "html", "Dear PEXA,",
    "Philippa Ng\nHead of Property, Tynebridge Law"),
  V("Stuart Kerr <stuart.kerr@tynebridgelaw.co.uk>", "typos", "Hi,", "Stuart Kerr\nTynebridge Law"))

# s026: firm's old name and address still shown (firm data, not rectification): implicit complaint
S("pexa", short_labels(c=True, cat="inaccurate_information"),
  "Look-alike: a firm is unhappy that PEXA still shows its old name and office address after two requests, causing "
  "misdirected documents: implicit complaint, inaccurate_information (more specific than delay). Correcting a "
  "firm's details is not rectification of personal data, so rights=[].",
  "Our firm's details are still wrong",
  P("Since our rebrand on 1 September your participant directory and every new workspace still show us as 'Linley "
    "Hart Solicitors', our old name, with the old office address in Derby. We sent the change of name certificate "
    "and our new details to your onboarding team on 28 August and again on 12 September.",
    "Other firms are now sending documents to the old office, which is empty, and one lender refused to release funds "
    "until we proved we were the same firm.",
    "Please correct our firm name and address across the platform this week and let me know when it's done."),
  V("Harriet Moss <harriet.moss@linleyhartlaw.co.uk>", "disclaimer", "Good morning,",
    "Harriet Moss\nPractice Manager, Linley Hart Law",
    disclaimer="Linley Hart Law (formerly Linley Hart Solicitors) is authorised and regulated by the SRA. This message "
               "may contain personal data. Please handle it in accordance with data protection law and delete it if "
               "it was not meant for you."),
  V("Adam Kirkby <a.kirkby@linleyhartlaw.co.uk>", "reply", "Hello,", "Adam Kirkby\nLinley Hart Law",
    subject="Change of name - documents received",
    quote=("On 12 September 2025, PEXA Onboarding <onboarding@pexa.co.uk> wrote:",
           "Thank you, we have received your documents (reference {ref}) and will update your participant details "
           "shortly.\n\nPEXA Onboarding")))

# s027: buyer wants workspace access; complaint purely about Marsh & Penrose
S("pexa", short_labels(c=True, cat="delay", firm="mpc"),
  "Look-alike: a buyer asks for access to the PEXA workspace (system access, not the right of access) because her "
  "conveyancer, Marsh and Penrose, keeps moving completion and won't reply: a consumer complaint purely about the "
  "participant firm's delay, to forward (about_other_firm=mpc).",
  "can I get access to the workspace for my purchase",
  P("hi, my purchase of 41 Coombe Road is being done by Marsh and Penrose and completion was supposed to be last "
    "friday. its been moved twice now and nobody there will tell me why, my conveyancer is on holiday and the person "
    "covering doesnt reply to emails. I've got a removal van booked again for this friday.",
    "the letter from them says the completion goes through PEXA. can you give me access to the workspace so I can see "
    "for myself whats holding it up? or can you get someone at Marsh and Penrose to actually ring me. I'm paying them "
    "and I'm in the dark."),
  V("Kieran Walsh <kieranwalsh87@gmail.com>", "plain", "", "Kieran"),
  V("Bogdan Lupu <bogdan.lupu@yahoo.com>", "typos", "Hello PEXA,", "Bogdan Lupu\n07700 900 613"))

# s028: suspected fraud, hold the workspace (not restriction), not a complaint
S("pexa", short_labels(),
  "Look-alike: a firm asks PEXA to hold a workspace and stop funds moving until a seller's bank details are "
  "re-verified after a spoofed email. A fraud hold on a transaction, not a restriction of anyone's personal data; "
  "PEXA is not blamed, so an urgent service request, not a complaint. No data was disclosed, so breach=false.",
  "URGENT - please hold settlement on 31-86630",
  P("We have just had a call from our client, the seller on workspace 31-86630 (12 Orchard Rise, Bath), saying she "
    "did not send the email we received yesterday asking us to change her bank details. It came from an address that "
    "differs from hers by one letter.",
    "Please put a hold on this workspace straight away. Don't let the settlement go ahead or any funds move until we "
    "have re-verified the seller's account details with her in person, which we hope to do tomorrow morning. I'll "
    "confirm in writing when it's safe to release.",
    "Please call me on 01225 496 031 as soon as you get this."),
  V("Callum Price <callum.price@aquasulislaw.co.uk>", "plain", "PEXA Support -",
    "Callum Price\nAquae Sulis Law"),
  V("Louise Carew <l.carew@aquasulislaw.co.uk>", "short",
    subject="URGENT hold workspace 31-86630 - suspected fraud",
    short_body="Please stop settlement on 31-86630 until we have confirmed the seller's bank details with her - we've "
               "had a spoofed email. Call me on 01225 496 031.\n\nLouise Carew, Aquae Sulis Law"))

# s029: 'we object to the new fee' (objection in the ordinary sense): implicit complaint, fees_charges
S("pexa", short_labels(c=True, cat="fees_charges"),
  "Look-alike: 'we object to' a new rescheduling fee and 'explain on what basis' it applies are about a charge, not "
  "about personal data (not objection or informed). Dissatisfaction and a demand to remove it: implicit complaint, "
  "fees_charges.",
  "New rescheduling fee",
  P("We object to the new £25 'settlement rescheduling fee' that appeared on our October invoice for 11 workspaces. In "
    "every one of those cases the settlement date moved because the lender or the other side asked for it, not "
    "because of anything we did, and nothing in our participation agreement or the pricing update you sent in August "
    "mentions a charge for this.",
    "Please remove the £275 from the invoice and explain on what basis you think the fee applies."),
  V("Simon Pargeter <simon.pargeter@pargeterlaw.co.uk>", "html", "Dear PEXA Billing,",
    "Simon Pargeter\nManaging Partner, Pargeter Law"),
  V("Elaine Chu <elaine.chu@riversmeetlaw.co.uk>", "disclaimer", "Hi,", "Elaine Chu | Finance | Riversmeet Law LLP",
    disclaimer="Riversmeet Law LLP - confidentiality notice: this email may contain personal data and privileged "
               "material. If you are not the intended recipient, do not read, copy or use it; notify the sender and "
               "delete it."))

# s030: wants a human, not the support chatbot (not automated_decision): implicit complaint, wait_time
S("pexa", short_labels(c=True, cat="wait_time"),
  "Look-alike: 'a human being, not a chatbot' is about reaching support, not a decision made about the writer by "
  "automated means, so not automated_decision. Frustration at being unable to reach anyone, with a call-back "
  "demanded: implicit complaint, wait_time.",
  "Let me speak to an actual person",
  P("Forty minutes this morning going round in circles with your support 'assistant'. Every time I type that I need "
    "to speak to someone about a stuck discharge it gives me a link to the same help article, and the phone line just "
    "tells me to use the online assistant. I have a completion at 2pm.",
    "I want to talk to a human being, not a chatbot. Someone please ring me on 0117 496 0388 before 12."),
  V("Rebecca Fairley <rebecca.fairley@cliftondownlaw.co.uk>", "plain", "",
    "Rebecca Fairley\nClifton Down Law"),
  V("Jamal Osman <jamal.osman@cliftondownlaw.co.uk>", "short",
    subject="Can't reach a human - 40 mins with your chatbot, completion at 2pm",
    short_body="Ring me on 0117 496 0388 please, before 12.\n\nJamal Osman\nClifton Down Law"))


# =============================================================================================
# CONEXUS: 23 rights scenarios, then 7 look-alikes
# =============================================================================================

# s031: payment history straight to a debt management company: portability, not a complaint
S("conexus", short_labels(r="portability"),
  "A debtor asks for her payment history as a spreadsheet/CSV sent directly to her debt management company to load "
  "into its system (portability, direct transmission). No dissatisfaction, not a complaint; she writes for herself.",
  "Payment history for my debt management company",
  P("I've just started a debt management plan with Clearway Debt Solutions and they need the payment history for my "
    "account (ref CX-4418207) to set things up.",
    "[[portability|Please send my payment history as a spreadsheet or CSV file directly to Clearway at "
    "casework@clearwaydebt.co.uk so they can load it into their system.]] I've attached my signed consent form for "
    "them.",
    "Thanks for your help."),
  V("Natalie Simmons <nat.simmons@hotmail.co.uk>", "plain", "Hi,", "Natalie Simmons"),
  V("Florin Dumitru <florin.dumitru@gmail.com>", "typos", "Hello,", "Florin D."))

# s032: money adviser: new address + transaction history as CSV: rectification + portability, third party
S("conexus", short_labels(r="rectification,portability", tp=True),
  "A Citizens Advice debt adviser writes for her client (third_party): update his address = rectification; "
  "transaction history as CSV/Excel to import into budgeting software = portability. Routine requests, not a "
  "complaint.",
  "Client: Mr Peter Haines - CX-5530981 - change of address and statement request",
  P("I am a debt adviser at Moorside Citizens Advice and I am helping Mr Peter Haines with his finances. His signed "
    "authority is attached.",
    "Mr Haines moved on 2 October. [[rectification|Please update his address on your records to Flat 6, 30 Carr Lane, "
    "Huddersfield HD3 4PQ.]]",
    "[[portability|Please also send us his transaction history on this account in a CSV or Excel file so that we can "
    "import it into our budgeting software.]] A paper statement is not suitable as we need to work with the figures.",
    "We are preparing a financial statement and will be in touch with a proposal shortly."),
  V("Sonia Ferreira <sonia.ferreira@moorsidecab.org.uk>", "disclaimer", "Dear Sir or Madam,",
    "Sonia Ferreira\nDebt Adviser, Moorside Citizens Advice",
    disclaimer="Moorside Citizens Advice is a registered charity (no. 1102341) and a member of the Citizens Advice "
               "network. This email and any attachments may contain personal data about our clients and are intended "
               "only for the addressee. If you receive it by mistake, please delete it and let us know."),
  V("Imran Baig <imran.baig@moorsidecab.org.uk>", "html", "Hello,", "Regards,\nImran Baig\nMoorside Citizens Advice"))

# s033: website imposed an unaffordable plan: automated_decision + informed, implicit complaint, collection_conduct
S("conexus", short_labels(c=True, r="automated_decision,informed", cat="collection_conduct"),
  "A debtor's affordable offer was overridden within seconds by the website and an unaffordable plan imposed under "
  "threat of further action: implicit complaint about how the debt is pursued (collection_conduct). A real person to "
  "decide = automated_decision; what information was used and where from = informed; the grievance is the plan, so "
  "personal_data=false.",
  "Payment plan rejected by your website",
  P("I tried to set up a payment plan on your website for my account CX-6120734. I filled in all my income and "
    "outgoings honestly and offered £35 a month, which is what I can afford after rent and bills for me and my two "
    "children. Within seconds it said my offer was 'below the acceptable level' and set a plan of £140 a month "
    "instead, with a warning that the account will be passed for further action if I don't pay it.",
    "I can't pay £140. Nobody has looked at my figures, the computer just decided.",
    "[[automated_decision|I want a real person to look at my income and outgoings and decide the payment plan, not "
    "the system.]] [[informed|I also want to know what information the website used to come up with £140 and where "
    "you got it from, because it wasn't from what I entered.]]"),
  V("Chantelle Morris <chantelle.morris21@gmail.com>", "plain", "", "Chantelle Morris"),
  V("Agnieszka Wróbel <agnieszka.wrobel@wp.pl>", "reply", "Hello,", "Agnieszka Wróbel",
    subject="Your payment plan",
    quote=("On 18 October 2025, Conexus Online <no-reply@conexus-services.com> wrote:",
           "Your payment plan has been set up.\n\nAmount: £140.00 monthly\nPlan reference: {ref}\n\nIf you do not "
           "keep to this plan your account may be passed for further action.")))

# s034: recycled mobile number gets another debtor's texts: erasure, implicit complaint, breach
S("conexus", short_labels(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "Someone else's debt details (name, balance, reference) keep reaching the writer's recycled number despite three "
  "calls: another person's data disclosed to the wrong person (breach, personal_data), implicit complaint, category "
  "personal_data. Delete my number from his account = erasure of the writer's own data; 'stop calling' in the "
  "subject is a conduct remedy, not marked.",
  "Stop calling this number - I am NOT Mr Okonkwo",
  P("For about six weeks I've been getting calls and texts from you for a 'Mr E Okonkwo' about an overdue Pennant "
    "Mobile account. I am not him. I've had this number since March, so it must have been his before that. Your texts "
    "give his name, the balance (£412.19) and his account reference, so I now know more about his debts than I'd like.",
    "I've told your agents three times on the phone that this is the wrong person, and every time they say they'll "
    "'update the system', and then the calls start again.",
    "[[erasure|Delete my phone number from his account and from anything else you hold.]] And tell me you've actually "
    "done it this time."),
  V("Lee Harrison <leeharrison1979@gmail.com>", "plain", "", "Lee Harrison"),
  V("Zainab Oduya <zainab.oduya@outlook.com>", "typos", "To Conexus,", "Z. Oduya"))

# s035: attorney refused by agent despite registered LPA; address update: rectification, implicit, service_quality
S("conexus", short_labels(c=True, r="rectification", tp=True, cat="service_quality"),
  "An attorney writes for her mother (third_party): an agent refused to deal with her although Conexus had already "
  "registered the LPA - a fine rule applied badly, implicit complaint, service_quality. Updating the mother's "
  "address = rectification; the grievance is not data handling, so personal_data=false.",
  "My mother Mrs Irene Castle - ref CX-3307115",
  P("I hold a registered Lasting Power of Attorney for my mother, Irene Castle, who is 86 and has Alzheimer's. Your "
    "letter of 3 October confirmed that the LPA had been added to her account.",
    "Yesterday I rang to set up a payment arrangement on Mum's behalf. The agent said he could not discuss the account "
    "with me, that there was 'nothing on the system', and that Mum would have to call herself. She can't. I read him "
    "the reference from your own letter and he still refused, then ended the call.",
    "I'd like someone who can actually see the LPA to ring me back and agree the arrangement, and I'd like to know "
    "why this happened.",
    "[[rectification|Mum moved into Beechgrove Care Home, 4 Station Road, Alnwick NE66 2LP, in September, so please "
    "also update her address on your records.]]"),
  V("Diane Reed <diane.reed@btinternet.com>", "plain", "Hello,", "Diane Reed (attorney for Mrs I. Castle)"),
  V("Graham Castle <graham.castle@outlook.com>", "html", "Dear Conexus,", "Graham Castle\n07700 900 284"))

# s036: Conexus rang old employer and revealed the debt: rectification + restriction, implicit complaint, breach
S("conexus", short_labels(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "An agent told a former employer's receptionist about the writer's debt: disclosure to the wrong person (breach, "
  "personal_data), implicit complaint, category personal_data; Sterling Credit is only the creditor. Take the wrong "
  "employer off = rectification; don't use employment details until checked = restriction.",
  "You rang my old employer about my debt",
  P("On Thursday someone from Conexus rang the reception at Hartley Logistics asking for me and told the receptionist "
    "it was 'about an outstanding balance with Sterling Credit'. I haven't worked at Hartley's for over two years. The "
    "receptionist is a friend of my sister's, so now half my family knows.",
    "I've never given you Hartley's as my employer. I work for myself now, and you've always had my mobile number and "
    "my correct home address.",
    "[[rectification|Take Hartley Logistics off my account as my employer.]] [[restriction|And until you've checked "
    "where that came from, don't use any employment details you've got for me to contact anyone.]] I want an "
    "explanation of why anyone thought it was OK to tell a receptionist about my debt."),
  V("Ryan Doyle <ryan.doyle.88@gmail.com>", "typos", "", "Ryan Doyle\nCX-7304419"),
  V("Kerry-Ann Lewis <kerryann.lewis@yahoo.co.uk>", "reply", "To whoever deals with this,", "K. Lewis",
    subject="We have been trying to contact you",
    quote=("On 2 October 2025, Conexus <customerservices@conexus-services.com> wrote:",
           "Dear Customer,\n\nWe have been unable to reach you on the telephone number we hold. Please contact us on "
           "0330 053 7710 quoting reference {ref}.\n\nConexus Customer Services")))

# s037: where did you get my new address: informed, not a complaint
S("conexus", short_labels(r="informed"),
  "A debtor who says she is not upset asks where her new address came from and what it may be used for (informed). "
  "No dissatisfaction, so not a complaint.",
  "Letter to my new address - ref CX-2208561",
  P("I had a letter from you last week at my new flat about an old catalogue account (ref CX-2208561). I'm not upset "
    "that you found me, and I'm going to ring to sort out a payment, but I only moved in three weeks ago and hadn't "
    "given the address to many people.",
    "[[informed|Before I call, could you tell me where you got my new address from and what you're allowed to use it "
    "for?]] I'd just like to understand it."),
  V("Ellie Marsden <ellie.marsden@outlook.com>", "html", "Hi,", "Thanks,\nEllie"),
  V("Oksana Melnyk <oksana.melnyk@gmail.com>", "plain", "Good day,", "Kind regards,\nOksana Melnyk"))

# s038: opt out of marketing texts: objection, not a complaint
S("conexus", short_labels(r="objection"),
  "A customer whose account is up to date asks Conexus to stop using his number and email for marketing: a "
  "marketing opt-out (objection), not the conduct remedy 'stop calling'. Calm, no grievance: not a complaint.",
  "Marketing texts",
  P("Ref CX-7718402. My account with you is up to date and I pay by direct debit. Recently I've started getting texts "
    "about 'exclusive debt consolidation offers' from you. [[objection|Please stop using my number and email address "
    "for any marketing.]]"),
  V("Duncan Frew <duncan.frew@btinternet.com>", "plain", "Hello,", "Thanks,\nDuncan Frew"),
  V("Priya Lal <priyalal@icloud.com>", "subject_only",
    subject="[[objection|Opt me out of all marketing texts and emails]] - ref CX-7718402", short_body=""))

# s039: agent used her social media: informed + objection, implicit complaint, personal_data
S("conexus", short_labels(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "An agent quoted the debtor's holiday from social media to press for more money: implicit complaint about data "
  "obtained and used unexpectedly (personal_data; nothing disclosed to others, breach=false). Where it came from, "
  "whether social media is routinely checked and on what basis = informed; objecting to online profiling = objection.",
  "Your agent and my Facebook",
  P("When I rang on Tuesday to ask for a lower payment because my hours have been cut, your agent said they 'could "
    "see' I'd been on holiday to Tenerife in the summer and suggested I could afford more. That holiday was paid for by "
    "my parents for my 40th. The only place it appears is on my Facebook page, which as far as I know is set to "
    "friends only.",
    "I find it creepy that a debt collector is looking at my social media. [[informed|I want to know where you got "
    "the information about my holiday from, whether you look at people's social media as a matter of course, and on "
    "what basis.]] [[objection|I object to you using my social media, or any other online profiling, to decide what "
    "I can afford.]]"),
  V("Leanne Parkes <leanne.parkes@hotmail.co.uk>", "plain", "Hi,", "Leanne Parkes\nRef CX-5190236"),
  V("Tunde Bakare <tunde.bakare@gmail.com>", "html", "", "T. Bakare (CX-5190236)"))

# s040: account settled years ago: erasure, not a complaint
S("conexus", short_labels(r="erasure"),
  "A former debtor whose account was settled in 2019 asks for his data to be deleted or to be told what must be "
  "kept (erasure); he says there was no problem with the handling, so not a complaint. Northline Energy is only the "
  "original creditor.",
  "Old account - settled 2019, ref CX-1190447",
  P("I paid off my account with you (originally a Northline Energy bill, your ref CX-1190447) in full in March 2019 "
    "and received your letter confirming it was settled.",
    "It has now been more than six years. [[erasure|Please delete the personal data you hold about me, or tell me "
    "what you still need to keep and for how long.]]",
    "There is no problem with how the account was handled, I'm just clearing up old records."),
  V("Margaret Hebden <m.hebden@talktalk.net>", "plain", "Dear Sir/Madam,", "Yours faithfully,\nMargaret Hebden"),
  V("Sunil Varma <sunil.varma@outlook.com>", "typos", "Hello,", "Regards,\nSunil Varma"))

# s041: wrongly marked 'gone away' and traced: rectification + restriction, implicit complaint, personal_data
S("conexus", short_labels(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A debtor who has not moved is marked 'gone away' and referred for tracing: implicit complaint about inaccurate "
  "data used unexpectedly (personal_data; nothing disclosed, breach=false). Correct the address and remove the marker "
  "= rectification; don't send details to tracing agencies until then = restriction.",
  "I haven't moved - CX-4471028",
  P("Your letter of 9 October says my account has been marked 'gone away' and that you are 'using a tracing agency to "
    "confirm my current address'. I have lived at 17 Poplar Grove for eleven years. I have been paying £20 a month by "
    "standing order since April and every payment has reached you.",
    "I don't want my details passed around tracing agencies for no reason. [[rectification|Please correct my account "
    "so that it shows my address as current and remove the 'gone away' marker.]] [[restriction|Until that's done, "
    "don't send my details to any tracing agency.]]",
    "Please let me know when it has been sorted."),
  V("Bernard Okoro <bernard.okoro@sky.com>", "reply", "Dear Conexus,", "Bernard Okoro",
    subject="Confirming your address",
    quote=("On 9 October 2025, Conexus <letters@conexus-services.com> wrote:",
           "Dear Customer,\n\nOur records indicate that you may no longer live at the address we hold. We are using "
           "a tracing agency to confirm your current address.\n\nReference {ref}")),
  V("Heather Gilmour <heather.gilmour@virginmedia.com>", "html", "Hello,", "H. Gilmour"))

# s042: solicitor, harassment by calls: access + restriction, explicit complaint, third party
S("conexus", short_labels(c=True, ex=True, r="access,restriction", tp=True, cat="collection_conduct"),
  "A solicitor makes a formal complaint (explicit, third_party) about 63 calls including late evenings and Sundays: "
  "collection_conduct. All data incl. call log and recordings = access; don't delete them and use them only for the "
  "response while live = restriction. The grievance is the calls, so personal_data=false.",
  "Our client Mr Stephen Yates - CX-8022196 - call volume - preservation of recordings",
  P("We act for Mr Stephen Yates and enclose his signed authority.",
    "Between 1 August and 30 September your agents telephoned our client 63 times, including calls after 9pm and on "
    "Sundays, even though he told them on 4 August that he had made a repayment offer to his creditor and asked them "
    "to correspond in writing. We are instructed to make a formal complaint about this conduct, which our client "
    "regards as harassment, and we are considering a claim.",
    "[[access|Please provide us with a copy of all personal data you hold about our client, including the call log "
    "and recordings of every call between 1 August and 30 September.]] [[restriction|Please also ensure that none of "
    "those recordings or call records is deleted under any routine retention policy, and that they are not used for "
    "any purpose other than responding to this letter, while this matter remains live.]]",
    "We look forward to hearing from you within 14 days."),
  V("Harpreet Sandhu <h.sandhu@sandhukellylaw.co.uk>", "disclaimer", "Dear Sirs,",
    "Yours faithfully\n\nSandhu Kelly Solicitors\nRef: HS/YAT/2291",
    disclaimer="Sandhu Kelly Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA ID "
               "812207). This email may contain confidential and legally privileged information and personal data. "
               "If you are not the intended recipient, please notify the sender and delete the email."),
  V("Owen Gallagher <o.gallagher@gallaghermorrow.co.uk>", "plain", "Dear Sir or Madam,",
    "Yours faithfully,\nOwen Gallagher\nSolicitor, Gallagher Morrow LLP"))

# s043: MP's office: letters for ex-partner opened by constituent: restriction, implicit complaint, breach, 3rd party
S("conexus", short_labels(c=True, pd=True, br=True, r="restriction", tp=True, cat="personal_data"),
  "An MP's office writes for a constituent (third_party) who keeps receiving and has read letters about her former "
  "partner's arrears: his data reaching the wrong person (breach, personal_data) and her address wrongly linked, "
  "implicit complaint, category personal_data; Westbury Council is only the creditor. Stop using her address for his "
  "account while it is established = restriction.",
  "Constituent: Ms Leah Kendrick, 8 Fern Avenue, Wigan",
  P("I am writing on behalf of my constituent, Ms Leah Kendrick, who has given her written consent for me to raise "
    "this with you.",
    "Since August Ms Kendrick has received six letters from Conexus at her home, each addressed to her former "
    "partner, Mr Craig Dunn, who has never lived at her address. She opened the first two before she realised, so she "
    "has seen the balance and details of his Westbury Council tax arrears. She has no contact with Mr Dunn and has "
    "had to involve the police in the past, so the letters are causing her considerable distress.",
    "Ms Kendrick has twice telephoned to say that Mr Dunn does not live there. [[restriction|I would ask that you stop "
    "using her address for any purpose connected with Mr Dunn's account while you establish where he lives,]] and "
    "that you let me know when this has been done.",
    "I look forward to your reply."),
  V("Abigail Thornton (Office of Michael Ekwueme MP) <abigail.thornton@parliament.uk>", "plain",
    "Dear Sir or Madam,", "Yours sincerely,\n\nMichael Ekwueme MP\n(sent by Abigail Thornton, Caseworker)"),
  V("Ravi Chauhan (Office of Joanna Bell MP) <ravi.chauhan@parliament.uk>", "disclaimer", "Dear Conexus,",
    "Yours sincerely,\nRavi Chauhan\nCaseworker to Joanna Bell MP",
    disclaimer="This message is sent from the office of Joanna Bell MP. It may contain personal data relating to "
               "constituents. If you are not the intended recipient, please inform the sender and delete it. For how "
               "we use personal data, see our privacy notice."))

# s044: selected for legal referral; wants a person to decide: automated_decision, not a complaint
S("conexus", short_labels(r="automated_decision"),
  "A debtor who pays regularly asks that, if the legal referral was decided automatically, a member of staff review "
  "it and decide instead (automated_decision). No grievance or remedy beyond that: not a complaint.",
  "Question about your letter - 'account reviewed for legal action'",
  P("Your letter of 14 November says my account 'has been reviewed and selected for referral to our legal partners'. "
    "I have been paying £15 a month for over a year, I've never missed a payment, and I'm not disputing the debt.",
    "[[automated_decision|If this was decided automatically, I'd like a member of staff to review my account and "
    "make the decision instead.]]",
    "Many thanks."),
  V("Rachel Ivey <rachel.ivey@gmail.com>", "reply", "Hello,", "Rachel Ivey\nRef CX-9043318",
    subject="Your account - referral to our legal partners",
    quote=("On 14 November 2025, Conexus <letters@conexus-services.com> wrote:",
           "Dear Customer,\n\nYour account has been reviewed and selected for referral to our legal partners. To "
           "avoid this, please contact us within 14 days.\n\nReference {ref}")),
  V("Mohammed Siddique <m.siddique72@hotmail.com>", "short",
    subject="Letter about legal action - ref CX-9043318",
    short_body="[[automated_decision|If the decision to refer my account for legal action was made automatically, I "
               "want a person to review it instead.]] I've paid every month for a year.\n\nM Siddique"))

# s045: money adviser: hardship application declined by portal: automated_decision, explicit complaint, third party
S("conexus", short_labels(c=True, ex=True, r="automated_decision", tp=True, cat="collection_conduct"),
  "A money adviser raises a formal complaint (explicit, third_party) about a vulnerable client's hardship "
  "application being declined by the portal in minutes and the full balance then demanded: collection_conduct. "
  "Reconsideration by a member of staff rather than the portal = automated_decision; pausing collection is a "
  "conduct remedy, not restriction.",
  "Formal complaint - client Ms T. Amadi - CX-6650183 - hardship application",
  P("I am a money adviser with Eastgate Debt Advice and I act for Ms Tolu Amadi (authority attached).",
    "On 21 October I submitted a hardship application through your online portal for Ms Amadi, who is on Universal "
    "Credit and has a diagnosed anxiety disorder. It was declined within about two minutes with the message "
    "'application does not meet criteria'. No one has explained which criteria, and your agents told Ms Amadi the "
    "next day that they 'can't override the system'. She has since received a letter demanding the full balance.",
    "I am raising a formal complaint on Ms Amadi's behalf about how her situation has been handled. "
    "[[automated_decision|We ask that her hardship application is reconsidered by a member of staff rather than "
    "decided by the portal,]] and that collection activity is paused in the meantime."),
  V("Gemma Stroud <gemma.stroud@eastgatedebtadvice.org.uk>", "disclaimer", "Dear Conexus,",
    "Gemma Stroud\nMoney Adviser, Eastgate Debt Advice",
    disclaimer="Eastgate Debt Advice is a charity authorised by the Financial Conduct Authority for debt counselling. "
               "This email contains personal data about our client and is confidential. If you receive it in error, "
               "please delete it and tell us."),
  V("Yusuf Patel <yusuf.patel@eastgatedebtadvice.org.uk>", "html", "Dear Sir or Madam,",
    "Regards,\nYusuf Patel\nEastgate Debt Advice"))

# s046: payment history as CSV for a budgeting app: portability, not a complaint
S("conexus", short_labels(r="portability"),
  "A debtor asks for his payment history as a CSV to import into a budgeting app (machine-readable, for reuse "
  "elsewhere = portability). A friendly request, not a complaint.",
  "Payment history - CX-3381290",
  P("Could you help with something? I'm using a budgeting app to get on top of things and it can import a CSV. "
    "[[portability|Could you email me my payment history for account CX-3381290 as a CSV file so I can import it into "
    "the app?]] A PDF statement won't work with it."),
  V("Jordan Akers <jordan.akers@icloud.com>", "plain", "Hi,", "Cheers,\nJordan"),
  V("Shona McBride <shona.mcbride@gmail.com>", "subject_only",
    subject="[[portability|Please email my payment history as a CSV for my budgeting app]] - CX-3381290",
    short_body=""))

# s047: settled account: export then delete: portability + erasure, not a complaint
S("conexus", short_labels(r="portability,erasure"),
  "A former debtor thanks Conexus for confirming settlement and asks for her account data in a machine-readable file "
  "for her records software (portability) and then deletion (erasure). No dissatisfaction: not a complaint.",
  "Closed account CX-2950674",
  P("My account with you (ref CX-2950674, creditor Lumen Water) was settled in full last month. Thank you for "
    "confirming that by letter.",
    "I'm putting everything in one place for a mortgage application next year. [[portability|Please send me the data "
    "you hold on my account - payments, dates, balances - in a machine-readable file such as CSV, so I can load it "
    "into my records software.]] [[erasure|After that, please delete my personal data unless there is a legal reason "
    "you have to keep it.]]"),
  V("Isla Brodie <isla.brodie@proton.me>", "html", "Dear Conexus,", "Kind regards,\nIsla Brodie"),
  V("Kofi Mensah <kofi.mensah@outlook.com>", "typos", "Hello,", "Thanks\nKofi"))

# s048: son/daughter: mum's paid debt still chased: erasure, implicit complaint, debt_dispute, third party
S("conexus", short_labels(c=True, r="erasure", tp=True, cat="debt_dispute"),
  "A son or daughter writes for an elderly mother (third_party) whose settled Beacon account is still being chased: "
  "implicit complaint that the debt is already paid (debt_dispute); Beacon is only the creditor and the grievance is "
  "Conexus's own pursuit, so about_other_firm=null. Delete her details once sorted = erasure.",
  "Mum's account was settled - why are you still writing?",
  P("I'm writing for my mum, Mrs Patricia Kelleher, ref CX-4127703. She is 79 and has asked me to handle this for "
    "her; her signed note is attached.",
    "Mum paid this Beacon Home Finance account off in full on 12 August. You sent her a letter on 19 August saying the "
    "balance was nil and the account was closed. Since then she's had two more letters saying she owes £1,340, and a "
    "phone call last Wednesday that upset her a great deal. She thought she was being taken to court.",
    "Please sort out whatever has gone wrong so she stops getting these. [[erasure|And once it's sorted, please "
    "delete her details from your system - she has no reason to be on your books any more.]]"),
  V("Declan Kelleher <declan.kelleher@gmail.com>", "plain", "Hello,", "Declan Kelleher"),
  V("Siobhan Kelleher <siobhan.kelleher@icloud.com>", "html", "Hi,", "Siobhan Kelleher (daughter)"))

# s049: creditor Northline billed on estimates after move-out: complaint about nte + access
S("conexus", short_labels(c=True, r="access", cat="debt_dispute", firm="nte"),
  "The disputed balance comes from Northline Energy billing on estimates after the writer left, and he says Conexus "
  "did nothing wrong: only the creditor can fix the root cause, so about_other_firm=nte, debt_dispute. A copy of all "
  "his personal data, including what Northline passed over = access; personal_data=false.",
  "Northline Energy account - the bill is wrong",
  P("You've written to me about £867.30 for Northline Energy. That bill is for the gas at 5 Ashby Row for the six "
    "months after I moved out. I gave Northline a final reading and my forwarding address on the day I left (3 "
    "February), and I have their email confirming the account was closed. They've carried on billing on estimates.",
    "The problem is Northline's bill, not anything you've done, and I've sent them the same evidence. Please send it "
    "back to them to correct.",
    "[[access|In the meantime, could you send me a copy of all the personal data you hold about me, including what "
    "Northline passed to you when they placed the account?]]"),
  V("Aaron Fletcher <aaron.fletcher@gmail.com>", "plain", "Hello,", "Aaron Fletcher"),
  V("Ngozi Eze <ngozi.eze@yahoo.co.uk>", "typos", "Dear Sir or Madam,", "Yours faithfully,\nNgozi Eze"))

# s050: name order and date of birth wrong (non-native English): rectification, not a complaint
S("conexus", short_labels(r="rectification"),
  "A debtor politely asks for his name order and date of birth to be corrected (rectification) and says it is not a "
  "big problem: a correction request without dissatisfaction, not a complaint.",
  "Correction of my name",
  P("I receive letters from you for my account CX-5804419. In all the letters my family name and my given name are in "
    "the wrong order. Also my date of birth is written 03/07/1985 but it is 07/03/1985, I think the day and month is "
    "changed.",
    "It is not a big problem but I want it to be correct. [[rectification|Please correct my name and my date of birth "
    "in your system.]] I attach copy of my residence card.",
    "Thank you very much."),
  V("Thanh Nguyen <thanh.nguyen85@gmail.com>", "plain", "Dear Sir/Madam,", "Nguyen Thanh (Mr Thanh Nguyen)"),
  V("Yang Liu <yang.liu.uk@outlook.com>", "html", "Hello,", "Best regards,\nLiu Yang"))

# s051: monthly credit searches: objection + restriction, not a complaint
S("conexus", short_labels(r="objection,restriction"),
  "A debtor on an arrangement objects to monthly credit searches/monitoring for the account (objection) and asks "
  "that they stop while the objection is considered (restriction). Measured request with no grievance: not a "
  "complaint.",
  "Monthly credit searches on my file",
  P("I've checked my credit report and it shows a soft search by Conexus every month since January. I'm on a payment "
    "arrangement with you for account CX-7731150 and I haven't missed a payment.",
    "I understand you may need to check my circumstances from time to time, but I would prefer that this did not "
    "happen every month. [[objection|I object to you carrying out regular credit searches or monitoring of my credit "
    "file for this account.]] [[restriction|While you consider my objection, please stop the monthly searches.]]",
    "Please confirm your decision in writing."),
  V("Helen Barraclough <helen.barraclough@btinternet.com>", "plain", "Dear Data Protection Officer,",
    "Yours faithfully,\nHelen Barraclough"),
  V("Dariusz Nowak <dariusz.nowak@onet.pl>", "reply", "Dear Sir or Madam,", "Best regards,\nDariusz Nowak",
    subject="Your payment arrangement",
    quote=("On 2 June 2025, Conexus <customerservices@conexus-services.com> wrote:",
           "Thank you for setting up your payment arrangement. Your first payment of £30.00 is due on 15 June.\n\n"
           "Arrangement reference {ref}")))

# s052: variable income, wants a person not the tool; I&E figures as CSV for adviser: not a complaint
S("conexus", short_labels(r="automated_decision,portability"),
  "A debtor on variable income asks for a person rather than the online tool to decide her arrangement "
  "(automated_decision) and for the figures she entered as CSV for her adviser's software (portability). Neutral "
  "tone, no grievance: not a complaint; mentioning an adviser does not make it third_party.",
  "Online plan tool and my figures",
  P("I used your online 'check what you can afford' tool yesterday for account CX-6627018 and it suggested £95 a "
    "month. My income varies a lot from month to month because I'm on zero-hours contracts, and I'm not sure a tool "
    "can take that into account.",
    "[[automated_decision|I'd like a person, not the tool, to decide what arrangement I can have.]] My adviser at the "
    "council is helping me with a budget, [[portability|so please also send me the income and expenditure figures I "
    "entered in the tool as a CSV or spreadsheet file that she can load into her software.]]",
    "No rush before the end of the week."),
  V("Rhiannon Price <rhiannon.price@gmail.com>", "plain", "Hi,", "Rhiannon"),
  V("Luca Ferrari <luca.ferrari@libero.it>", "typos", "Hello,", "Luca Ferrari"))

# s053: CSV only covers 12 months: portability, explicit complaint, personal_data
S("conexus", short_labels(c=True, ex=True, pd=True, r="portability", cat="personal_data"),
  "A debtor complains (explicit) that his data file covered only 12 months and he was told that is all the system "
  "exports: a rights request badly handled (personal_data). Re-asking for the complete history in the same CSV "
  "format = portability.",
  "Payment history file - incomplete",
  P("On 2 September I asked for my payment history on account CX-8840352 in a CSV file so my debt management company "
    "could import it. Your email of 20 September attached a CSV that only covers the last 12 months. The account has "
    "been with you since 2019 and my debt management company needs the full history to check the balance.",
    "When I rang, I was told 12 months is 'all the system exports'. I want to complain about how this request has "
    "been dealt with. [[portability|Please send me the complete payment history from 2019 in the same CSV format.]]"),
  V("Craig Ballantyne <craig.ballantyne@gmail.com>", "reply", "Hello,", "Craig Ballantyne",
    subject="Your data request",
    quote=("On 20 Sep 2025, Conexus <dataprotection@conexus-services.com> wrote:",
           "Dear Customer,\n\nPlease find attached your payment history as requested. Reference {ref}.\n\nKind "
           "regards\nData Protection Team")),
  V("Precious Moyo <precious.moyo@outlook.com>", "plain", "Dear Sir/Madam,", "Regards,\nP. Moyo"))

# ---- Conexus look-alikes (rights []) ----

# s054: stop ringing me at work (conduct remedy): implicit complaint, collection_conduct
S("conexus", short_labels(c=True, cat="collection_conduct"),
  "Look-alike: 'stop calling me while I'm at work, ring after 6pm' is a conduct remedy, not objection. Repeated "
  "calls during shifts despite being told, from someone already paying: implicit complaint, collection_conduct.",
  "Stop ringing me at work",
  P("This is the fourth time this week one of your agents has rung me during my shift. I drive buses for a living, I "
    "can't answer, and I've told you twice on the phone that I can only take calls after 6pm.",
    "I'm already paying £25 a month by direct debit and I haven't missed one, so I don't know what all the calls are "
    "for. Stop calling me while I'm at work. Ring after 6pm or put it in writing."),
  V("Wayne Pollard <waynepollard@sky.com>", "plain", "", "Wayne Pollard\nCX-3316629"),
  V("Mariusz Kaczmarek <mariusz.k@gmail.com>", "typos", "Hello,", "Mariusz Kaczmarek, account CX-3316629"))

# s055: copy of the credit agreement (CCA document, not access): implicit complaint, debt_dispute
S("conexus", short_labels(c=True, cat="debt_dispute"),
  "Look-alike: asking for 'a copy of the signed credit agreement' and statement of account is a demand for proof of "
  "the debt, not a request for a copy of personal data. The writer disputes owing it and Conexus ignored his earlier "
  "request: implicit complaint, debt_dispute; Sterling Credit is only named as creditor.",
  "Sterling Credit - I don't recognise this debt",
  P("You've written to me about a Sterling Credit Loans account ending 4471, balance £2,180. I have never had a loan "
    "with Sterling Credit. I've checked my bank statements back to 2018 and there's no payment to or from them.",
    "I asked you on 2 September for proof and you've sent two more demands instead. Before I pay anything, send me a "
    "copy of the signed credit agreement you say I entered into, and the statement of account. Until then I'm "
    "disputing this and I expect you to stop chasing it."),
  V("Gavin Redfern <gavin.redfern@outlook.com>", "plain", "Dear Sirs,", "G. Redfern"),
  V("Amina Yusuf <amina.yusuf@gmail.com>", "reply", "Hello,", "Amina Yusuf",
    subject="Outstanding balance - Sterling Credit Loans",
    quote=("On 30 September 2025, Conexus <letters@conexus-services.com> wrote:",
           "Dear Customer,\n\nWe have not received payment of the outstanding balance of £2,180.00 owed to Sterling "
           "Credit Loans. Please contact us within 7 days.\n\nReference {ref}")))

# s056: 'on what basis' a collection charge was added (not informed): implicit complaint, fees_charges
S("conexus", short_labels(c=True, cat="fees_charges"),
  "Look-alike: 'on what basis have you added this, where does the figure come from' asks about a charge, not about "
  "the processing of personal data, and a 'corrected statement' is not rectification. A fee added on top of an "
  "agreed balance with removal demanded: implicit complaint, fees_charges.",
  "What is this £95?",
  P("My latest statement (ref CX-5119826) shows a new £95 'collection charge' that wasn't there last month. The balance "
    "I agreed to pay off with you in June was £640 and I've paid every instalment.",
    "On what basis have you added this, and where does the £95 figure come from? Nothing in your letters said there "
    "would be extra charges. Take it off please, and send me a corrected statement."),
  V("Josephine Amoah <jo.amoah@hotmail.co.uk>", "html", "Hi,", "Jo Amoah"),
  V("Neil Buckley <neil.buckley@btinternet.com>", "subject_only",
    subject="£95 collection charge added to CX-5119826 - what is it for? Take it off please", short_body=""))

# s057: locked out of online account (portal access): implicit complaint, platform_defect
S("conexus", short_labels(c=True, cat="platform_defect"),
  "Look-alike: 'give me access back' means the online account, not the right of access. Password-reset links that "
  "expire at once are a system fault, and a payment is due: implicit complaint, platform_defect.",
  "Can't get into my online account",
  P("I've been locked out of my online account since Saturday. Every time I use the 'reset password' link, the email "
    "arrives but the link says 'expired' straight away, even if I click it within a minute. I've tried on my phone and "
    "my laptop.",
    "I pay through the portal and my payment is due on Friday. Please give me access back, or tell me another way to "
    "pay that doesn't mean an hour on hold."),
  V("Sophie Tran <sophie.tran@outlook.com>", "plain", "Hi,", "Sophie Tran\nCX-2876541"),
  V("Emre Yilmaz <emre.yilmaz@gmail.com>", "reply", "Hello,", "Emre Yilmaz",
    subject="Reset your password",
    quote=("On 8 November 2025, Conexus Online <no-reply@conexus-services.com> wrote:",
           "We received a request to reset your password. Click the link below to choose a new one. This link "
           "expires in 30 minutes.\n\nRequest ID {ref}")))

# s058: creditor client recalls accounts and wants a payments CSV (business instruction), not a complaint
S("conexus", short_labels(),
  "Look-alike: a creditor client instructs Conexus to recall accounts placed in error, remove them from its system "
  "and send a CSV of payments for reconciliation. This is the client directing its agent about its own accounts, not "
  "a data subject exercising erasure or portability; no dissatisfaction with Conexus, staff writing for their own "
  "firm, so not a complaint and not third_party.",
  "Recall of accounts placed in error - batch 2025-10-B",
  P("Our batch of 10 October (2025-10-B) included 37 accounts that should not have been placed with you - they are "
    "customers on our priority services register who were flagged for a hold. The account list is attached.",
    "Please recall those 37 accounts with immediate effect, cease all contact and remove them from your collection "
    "system. Could you also send us a CSV of any payments you've received on them since 10 October, with dates and "
    "amounts, so we can reconcile and refund where needed?"),
  V("Laura Pemberton <laura.pemberton@northline-energy.co.uk>", "disclaimer", "Hi team,",
    "Thanks,\nLaura Pemberton\nDebt Recovery Manager, Northline Energy",
    disclaimer="Northline Energy Ltd, registered in England and Wales. This email and any attachments may contain "
               "confidential information and personal data and are intended only for the addressee. If you are not "
               "the intended recipient, please delete it and notify the sender."),
  V("Dev Sharma <dev.sharma@northline-energy.co.uk>", "html", "Hello Conexus client services,",
    "Kind regards,\nDev Sharma\nCollections Partner Manager | Northline Energy"))

# s059: money adviser asks for a 30-day hold (collection hold, not restriction), third party, not a complaint
S("conexus", short_labels(tp=True),
  "Look-alike: a money adviser writing for a client (third_party) asks for a 30-day hold on collection while a "
  "financial statement is prepared. A breathing-space style hold on the debt, not a restriction of processing; "
  "routine, not a complaint.",
  "Client Ms J. Okafor - CX-6903317 - request for 30-day hold",
  P("I am a money adviser at Riverside Advice Centre and have been instructed by Ms Janet Okafor (signed authority "
    "attached).",
    "We are preparing a full financial statement and expect to put forward a payment offer within the next four "
    "weeks. Please place the account on hold for 30 days and take no further collection action in the meantime, and "
    "direct any correspondence about the account to me.",
    "Thank you for your help."),
  V("Marion Clegg <marion.clegg@riversideadvice.org.uk>", "disclaimer", "Dear Conexus,",
    "Kind regards,\nMarion Clegg\nMoney Adviser, Riverside Advice Centre",
    disclaimer="Riverside Advice Centre is a registered charity. This email contains personal and sensitive data "
               "about a client and is intended only for the named recipient. If you have received it in error, "
               "please delete it and inform us immediately."),
  V("Tobias Reid <tobias.reid@riversideadvice.org.uk>", "short",
    subject="30-day hold please - Ms J. Okafor, CX-6903317",
    short_body="Acting for Ms Okafor (authority attached). Please hold the account for 30 days while we complete "
               "her financial statement.\n\nThanks,\nTobias Reid, Riverside Advice Centre"))

# s060: relative asks for 'access to mum's account' (third-party authority), not a complaint
S("conexus", short_labels(tp=True),
  "Look-alike: 'access to her account' means being authorised to speak and pay for the mother, not a copy of her "
  "data. Written on the mother's behalf (third_party); a neutral request, not a complaint.",
  "Access to my mum's account",
  P("My mum, Mrs Rosa Bianchi (ref CX-1456290), has asked me to help her with her account. Her English is not very "
    "good and she gets anxious on the phone.",
    "How do I get access to her account so I can speak to you and make payments for her? She is happy to sign "
    "whatever form you need. Could you send it to me at this email address?",
    "Thank you."),
  V("Francesca Bianchi <francesca.bianchi@gmail.com>", "plain", "Hello,", "Francesca Bianchi"),
  V("Marco Bianchi <marco.bianchi@outlook.com>", "typos", "Hi,", "Marco"))


# =============================================================================================
# rendering
# =============================================================================================


def join(*parts):
    return "\n\n".join(p for p in parts if p)


def render(rng, sc, v, source):
    """One finished record of scenario sc in rendering v (draws: typos_outside_marks for "typos", the quote's
    reference in finish_marked_record for "reply")."""
    env = v["env"]
    if env in ("short", "subject_only"):
        subject_marked, body_marked = v["subject"], v["short_body"]
        assert (env == "subject_only") == (body_marked == "")
    else:
        subject_marked = v["subject"] or sc["subject"]
        core = sc["body"]
        if env == "typos":
            core = typos_outside_marks(core, rng, MARK_RIGHTS, P_SECOND_TYPO)
        body_marked = join(v["greet"], core, v["sign"], v["disclaimer"] if env == "disclaimer" else "")
    assert (env == "reply") == (v["quote"] is not None)
    assert (env == "disclaimer") == (v["disclaimer"] is not None)
    if v["quote"] is not None:
        head = v["quote"][0]
        assert head.startswith("On ") and head.endswith(" wrote:") and len(head) <= 80, head
    return finish_marked_record(
        rng, mailbox=sc["mailbox"], sender=v["sender"], subject=strip_marks(subject_marked, MARK_RIGHTS),
        body=strip_marks(body_marked, MARK_RIGHTS), html=(env == "html"), quote=v["quote"],
        subject_marks=rights_marks_of(subject_marked), body_marks=rights_marks_of(body_marked),
        labels=sc["labels"], note=sc["note"], source=source, env=env)


def build(rng):
    assert len(SCENARIOS) == 60, len(SCENARIOS)
    records = []
    for n, sc in enumerate(SCENARIOS, 1):
        for v in sc["variants"]:
            records.append(render(rng, sc, v, f"rmn-s{n:03d}"))
    return records


def summary(records, env_count):
    srcs = {}
    for r in records:
        srcs.setdefault(r["source"], r)
    scen = list(srcs.values())
    lab = [r["labels"] for r in scen]
    lines = [f"wrote {len(records)} records ({len(scen)} scenarios) to {os.path.relpath(OUT, ROOT)}",
             "scenarios per mailbox: " + ", ".join(
                 f"{m} {sum(r['mailbox'] == m for r in scen)}" for m in ("pexa", "conexus")),
             "scenarios per right: " + ", ".join(f"{x} {sum(x in l['rights'] for l in lab)}" for x in RIGHTS),
             f"look-alike scenarios (rights []): {sum(not l['rights'] for l in lab)}",
             f"complaint scenarios: {sum(l['complaint'] for l in lab)} "
             f"(explicit {sum(l['explicit'] for l in lab)}); third_party: {sum(l['third_party'] for l in lab)}",
             "records per envelope: " + ", ".join(f"{e} {env_count.get(e, 0)}" for e in ENVS)]
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
