#!/usr/bin/env python3
"""Author H's hand-written, hand-marked rights set: data/labelled/rights_marked_h.jsonl (stdlib only, deterministic).

What it makes: about a hundred scenarios written by hand, roughly half to the pexa mailbox (a conveyancing
platform: law firms, licensed conveyancers, lenders' compliance teams, and careful home buyers and sellers) and
half to conexus (a debt collection agency: money advisers and debt charities writing for clients, MPs' caseworkers,
solicitors citing -- sometimes loosely -- UK GDPR and the Data Protection Act 2018, creditor clients, and debtors
who write long structured letters). The register is formal: requests sit inside numbered lists, after "we should be
grateful if", "kindly", "our client requires", "pending", "in the interim", and sometimes in the middle of a long
letter. About a quarter are look-alikes with rights=[]: requests for completion statements, redemption figures,
the credit agreement under the Consumer Credit Act, a firm's own privacy-notice text, "delete the duplicate
matter", "access to the workspace", collection holds that are not restriction of processing, corrections of a
figure or a date that is not personal data, training and newsletter admin. Labels follow
shared/labelling/labelling-guide.md (rule 14 and its table decide the rights); only `rights` is trained on from this
file (train_labels=["rights"]), but every label is set and checked.

How: each scenario's text marks every sentence or clause that ASKS the receiving firm to act on a right inline as
[[right|sentence]] ([[r1+r2|clause]] when one clause asks two). Each scenario is rendered 2 or 3 times, each time
with a different sender drawn from the pool for its role (firm staff, a firm writing for its client, lender,
consumer, money adviser, MP's caseworker, debtor's solicitor, creditor), a formal greeting and a sign-off block
with title and organisation, a client name and reference filled into {client}/{cshort}/{ref}, and one envelope:
plain; HTML (labelled_mail.html_with_quote); a quoted earlier reply from the firm; one or two letter-edit typos
(labelled_mail.edit_words, never inside a marked sentence, never in a capitalised word, never in a word containing
"compl"); or an organisation footer or legal disclaimer (some disclaimers describe data rights, which is not a
request). Markers are stripped when rendering and each marked sentence becomes a request_sentences entry, copied
from the final body (HTML-escaped for HTML bodies) or the subject. labelled_mail.shuffle_number_check with
marked_record_errors shuffles, numbers (rmh-NNNN) and checks every record; nothing is written if one fails.
One random.Random(20261223) drives everything, so the output is byte-identical on every run.

Usage:  python data/make/make_rights_marked_h.py [OUTPUT]   (default data/labelled/rights_marked_h.jsonl)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (short_labels, marked_record_errors, run_generator,  # noqa: E402
                           escape_html, html_with_quote, quote_lines, mark_segments, typo_segments)

SEED = 20261223
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_h.jsonl")

SCEN = []


def S(mb, role, lab, note, subject, body, **kw):
    """One hand-written scenario. role picks the sender pool (see ROLES). kw: quote=(sender, text) an earlier
    letter every rendering quotes; noquote=True when a generic firm reply would not fit; greet= fixed greeting;
    headers= dict."""
    SCEN.append(dict(mb=mb, role=role, lab=lab, note=note, subject=subject, body=body, **kw))


L = short_labels

# =====================================================================================================================
# PEXA: rights scenarios
# =====================================================================================================================

S("pexa", "firm", L(r="rectification,restriction"),
  "A practice manager writes for her own firm (not third_party) with no grievance: updating a conveyancer's surname on "
  "her user profile is rectification; not displaying the former surname in the interim is restriction.",
  "User profile amendment - change of surname",
  """I write on behalf of {org} concerning the PEXA user profile of one of our licensed conveyancers, Ms Laura Kenyon, who married in May and now practises as Ms Laura Fenwick-Kenyon.

Her practising certificate and our internal records were updated last month. [[rectification|We should be grateful if you would amend her user profile so that her name, display name and email signature block on the platform read Laura Fenwick-Kenyon.]]

[[restriction|In the interim, kindly ensure that her former surname is not displayed to other participants on new workspaces, as she has asked that it no longer be used in connection with her work.]]

Ms Fenwick-Kenyon has seen and approved this request and is copied in.""")

S("pexa", "client", L(r="informed,access", tp=True),
  "A conveyancer writes for a home buyer client (third_party) with no dissatisfaction: how PEXA came to hold his email and "
  "why it is used is informed; a copy of the data held is access.",
  "Our client: {client} - request for information",
  """We act for {client} in his purchase of 12 Wren Court, which completed on 9 June through your platform.

Our client has received two emails from PEXA addressed to him by name and has asked us to make enquiries on his behalf, as he had not previously heard of your organisation. We enclose his signed authority.

Our client requires the following:
1. [[informed|confirmation of the source from which PEXA obtained his name and email address, and the purposes for which and the lawful basis on which PEXA processes them;]]
2. [[access|a copy of the personal data PEXA holds about him, including any notification or contact history.]]

We should be grateful for a response to this office within one calendar month.""", csex="m")

S("pexa", "consumer", L(c=True, ex=True, pd=True, r="objection,erasure", cat="personal_data"),
  "An explicit complaint by a seller about marketing after completion that she never agreed to (personal_data, no "
  "disclosure so no breach). 'I object to ... marketing' = objection; 'delete' her details = erasure.",
  "Formal complaint - unsolicited marketing following my sale",
  """I wish to make a formal complaint about the use of my personal details by PEXA.

I set out the facts below.

1. I sold my flat at 3 Marlborough Mews in March. My solicitors used your platform for settlement.
2. I have never held an account with PEXA and I have never given you my consent to marketing of any kind.
3. Since April I have received four emails from you promoting a "homeowner dashboard" and inviting me to a webinar on remortgaging.
4. The emails are addressed to me by my full name and refer to the sale price of my former home.

I consider this to be an inappropriate use of information provided to you for a single transaction. [[objection|I object to the use of my personal data for marketing or promotional purposes of any kind, with immediate effect.]] [[erasure|Further, as the settlement has been completed, I request that you delete the personal data you hold about me, save for anything you are legally required to keep.]]

I look forward to your written response within the timescale set out in your procedures.""")

S("pexa", "firm", L(r="portability,erasure"),
  "A licensed conveyancer writes about her own user data with no grievance: training records in CSV to load into the "
  "new employer's system = portability; then closing and deleting the profile = erasure.",
  "Leaving {org} - my training records and user account",
  """I am a licensed conveyancer and will leave {org} on 31 July to join an in-house team at a housing association, which does not use your platform.

Over the last four years I have completed a number of PEXA accreditation modules. My new employer records CPD in its own learning management system and has asked me to provide my history in a form it can import.

[[portability|Kindly send me the personal data in my user profile and my training and accreditation records in a structured, machine-readable format such as CSV, so that I can upload them to my new employer's system.]] [[erasure|Once that has been provided, please close my user account and delete my personal details from it.]]

I have let our practice manager know, and she is content.""")

S("pexa", "firm", L(c=True, r="automated_decision,informed", cat="onboarding"),
  "A firm's registration was declined by an automated check with no explanation and work is being lost: implicit "
  "onboarding complaint. Asking for a person to review = automated_decision; asking what information and which sources "
  "the check used = informed. The grievance is the refusal, so personal_data=false.",
  "Registration declined - request for manual review",
  """{org} applied to become a subscriber on 2 June. On 4 June we received an automated email stating that the application "could not be approved following verification of the firm's principals" and that no further information could be given.

Both of our directors have been in practice for over fifteen years and neither has any adverse regulatory history. We have now lost two remortgage instructions because the lenders concerned settle exclusively through PEXA, and a third is at risk.

We therefore request:
(a) [[automated_decision|that the decision be reviewed by a member of your onboarding team rather than by the automated verification process;]]
(b) [[informed|an explanation of what information about our directors the verification relied upon and from which sources it was obtained;]] and
(c) a direct contact with whom we can discuss any outstanding points.

We should be grateful for a substantive reply within five working days.""")

S("pexa", "lender", L(r="informed"),
  "A lender's DPO asks, for its own staff users, what personal data PEXA processes, for what purposes, on what basis and "
  "where it comes from: informed. Staff writing for their own firm, so third_party=false; no grievance.",
  "Data protection due diligence - staff user data",
  """As part of our annual review of third-party platforms, I have been asked to confirm the position regarding the personal data of our own employees who hold PEXA user accounts. There is no concern about the service; this is routine due diligence.

[[informed|We should be grateful if you would explain what personal data relating to our staff users PEXA processes, the purposes for which it is used, the lawful basis relied upon for each purpose, and whether any of it is obtained from sources other than the users themselves.]]

If this is set out in a document you already provide to subscribers, a link will suffice.""")

S("pexa", "consumer", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A seller is distressed that PEXA's settlement texts use her former married name (inaccurate data shown): implicit "
  "complaint, personal_data, no disclosure so no breach. 'Amend' = rectification; 'send nothing further in that name "
  "until corrected' = restriction.",
  "Settlement notifications sent in my former name",
  """I am selling my house at 27 Thornbury Road and my conveyancer uses your platform. I have received three text messages from PEXA about the progress of the sale, each addressed to "Mrs J Whitlow".

Whitlow is my former married name. I reverted to my maiden name after my divorce two years ago and my conveyancer holds the correct name, so I do not understand where this has come from. Seeing that name on every update is upsetting, and I do not wish it used.

[[rectification|Please amend your records so that I am shown as Ms Jennifer Holroyd.]] [[restriction|Until that has been done, please do not send any further notifications to me in the name Whitlow.]]

I should be grateful for confirmation once the change has been made.""")

S("pexa", "client", L(c=True, ex=True, r="access", tp=True, cat="platform_defect"),
  "A solicitor for a buyer (third_party) makes an explicit complaint that a platform failure delayed completion; the "
  "client also wants a copy of the data held about her, including logs and recordings = access. The grievance is the "
  "failure, not data handling, so personal_data=false.",
  "Formal complaint - failed settlement on 14 March - our client {client}",
  """We act for {client} in her purchase of 8 Highfield Close.

Settlement was scheduled for 14 March. At 11.52 the workspace displayed a "financial settlement failed" status and it did not recover until the following morning. Our client, who had vacated her rented property, spent the night in a hotel with her two children and her removal costs increased. We have spoken to your support desk three times and have had no explanation.

Please treat this letter as a formal complaint on our client's behalf. We require an explanation of the cause of the failure and your proposals for meeting our client's additional costs, which we will quantify.

[[access|Separately, our client requests a copy of all personal data PEXA holds about her in connection with this transaction, including the workspace audit log entries relating to her and any recordings or notes of calls in which she was discussed.]] Her signed authority is enclosed.""")

S("pexa", "firm", L(r="objection,informed"),
  "A licensed conveyancer, with no complaint, objects to her individual activity being profiled for PEXA's benchmarking "
  "= objection, and asks what data the ranking uses and why = informed.",
  "Participant insights - individual user benchmarking",
  """I have been shown the new "participant insights" report, which I understand ranks individual users by the average time they take to complete workspace tasks and shares the ranking with subscriber firms.

[[informed|Before I decide what to do, please explain what personal data about me is used to produce the ranking and for what purpose it is produced.]]

[[objection|I object to my personal data being used to profile my individual performance for this report, and ask that I be excluded from it.]] My employer is aware that I am writing and has no objection.""")

S("pexa", "lender", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A lender's compliance manager writes for her own firm (not third_party): the audit trail wrongly attributes actions to "
  "a member of staff (inaccurate personal data, implicit complaint). 'Correct the attribution' = rectification; 'do not "
  "rely on or disclose pending investigation' = restriction.",
  "Incorrect attribution of workspace actions to a member of our staff",
  """I am writing about an issue that has arisen during an internal fraud review at {org}.

The audit trails of eleven workspaces settled between January and March record our completions officer, Mr Owen Tranter, as having verified the borrowers' destination accounts. Mr Tranter was on extended leave throughout that period and his user account was suspended by our administrator. We believe that, following the merger of two user records in February, actions by another colleague were attributed to him.

This matters a great deal to Mr Tranter, whose name now appears in a fraud review file. [[rectification|We request that the audit records be corrected so that each action is attributed to the user who actually performed it.]] [[restriction|Pending that correction, please ensure that the records relating to Mr Tranter for those workspaces are not relied upon or disclosed to any other participant.]]

We should be grateful for your urgent attention and a named contact.""")

S("pexa", "consumer", L(r="access,informed"),
  "A careful buyer's structured, neutral letter: a copy of the data held = access; retention period and recipients = "
  "informed. No dissatisfaction, so not a complaint.",
  "Request under the UK GDPR - 41 Kingsway purchase",
  """I completed my purchase of 41 Kingsway on 2 May. My solicitors used PEXA for the settlement.

I keep careful records of who holds my information, and I should be grateful for the following:

1. [[access|A copy of the personal data you hold about me, in whatever form it is held.]]
2. [[informed|Confirmation of how long you will keep it and of any organisations with whom you have shared it.]]

For identification: my date of birth is 11/02/1984 and my solicitors were Calloway Pritchard Solicitors. I have no concerns about the purchase itself, which went smoothly.""")

S("pexa", "consumer", L(c=True, r="automated_decision", cat="process"),
  "A seller's proceeds were held because an automated account-verification check rejected his account; he is "
  "dissatisfied and wants a person to decide: implicit complaint (process), rights=automated_decision. personal_data "
  "false: the grievance is the hold, not data handling.",
  "Sale proceeds held - automated account check",
  """I sold 6 Ellesmere Drive on Friday. My conveyancer tells me that the sale proceeds have not been released because PEXA's automated account verification "returned a name mismatch" on my account with Heathcote Bank.

The account is a joint account in my name and my wife's, and has been for twenty years. I understand that the check runs automatically and nobody has looked at it. In the meantime I am paying bridging interest of £74 a day on my onward purchase.

[[automated_decision|I ask that the result of the check be reviewed by a member of your staff, who can consider the bank statement my conveyancer has already uploaded, rather than left to the system.]]

I should be grateful if this could be dealt with today.""", csex="m")

S("pexa", "client", L(r="rectification", tp=True),
  "A conveyancer writes for her client (third_party) with no grievance: correcting the client's misspelt name in PEXA's "
  "notification records = rectification.",
  "Spelling of our client's name - {client}",
  """We act for {client} in her sale of Flat 2, 19 Abbotsford Road.

Our client has noticed that the notification emails she receives from PEXA spell her surname incorrectly, with a double "l". The name is correct in the workspace itself, so we assume the error lies in a separate contact record.

[[rectification|We should be grateful if you would correct the spelling of our client's surname in any record PEXA holds about her.]]

Our client's authority is enclosed. Thank you for your assistance.""")

S("pexa", "consumer", L(r="erasure,objection"),
  "A former conveyancer, now retired, asks with no grievance that his old user account be deleted = erasure and that his "
  "details not be used for marketing = objection.",
  "Closure of former user account and marketing",
  """I retired from practice as a licensed conveyancer at the end of last year. My former firm has closed my access to its subscription, but I continue to receive PEXA event invitations and product updates at my personal address, which I registered as a backup contact some years ago.

I have no criticism of PEXA, which served us well. However, I no longer have any reason to be on your systems.

[[erasure|Would you kindly delete my user account and the personal details associated with it?]] [[objection|I also object to the use of my details for marketing, should anything need to be retained for a period.]]

With thanks for your help.""", noquote=True)

S("pexa", "consumer", L(c=True, ex=True, pd=True, br=True, r="access", cat="personal_data"),
  "A buyer's explicit complaint that PEXA support emailed her mortgage and bank details to another buyer: breach, "
  "personal_data. A copy of the email sent and of everything held = access; the other demands (explain, confirm "
  "deletion by the recipient) are remedies, not rights.",
  "Complaint - my details sent to another buyer",
  """I am writing to complain about a serious error by your support team.

On 12 June I telephoned PEXA support about a notification I had received. The following day I received a call from a stranger, a buyer in an unrelated transaction, who told me that PEXA had emailed her a document containing my name, my address, my mortgage account number and the last four digits of my bank account. She was kind enough to tell me and says she has deleted it.

I require:
1. an explanation of how this happened and what you are doing to prevent it happening again;
2. [[access|a copy of the email and attachment that were sent, together with a copy of all other personal data you hold about me;]]
3. confirmation of whether the matter has been reported to the Information Commissioner.

I am deeply concerned about the risk of fraud and expect a prompt reply.""")

S("pexa", "firm", L(c=True, pd=True, r="informed,access", cat="personal_data"),
  "A conveyancer is unhappy that a support call she made was recorded and referred to in a letter to her firm (data "
  "used unexpectedly): implicit complaint, personal_data. Why it was recorded and how long it is kept = informed; a copy "
  "of the recording = access.",
  "Recording of my call to your support desk",
  """On 3 April I telephoned your support desk about a lodgement requisition. I was not told that the call was being recorded. Last week our managing partner received a letter from your account manager quoting remarks I made during that call, in a way that suggested I had been discourteous.

I was surprised and, frankly, dismayed to learn that a recording of my call had been used in this way.

[[informed|Please explain the purpose for which calls to your support desk are recorded, the basis on which a recording may be used in correspondence with a user's employer, and how long recordings are kept.]] [[access|I also request a copy of the recording of my call of 3 April.]]

I would appreciate a reply within the month.""")

S("pexa", "consumer", L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "A seller is unhappy that her sale appears with her name in a PEXA market report (unexpected use): implicit complaint, "
  "personal_data. 'I object to ... being used in' = objection; where the data came from and on what basis = informed.",
  "My sale included in your market report",
  """A neighbour has shown me a copy of your "Quarterly Settlement Insights" report for the North West, which lists recent sales on my road. My own sale is listed with my surname, the completion date and the price.

I accept that the price paid appears on the public register. I did not, however, expect a settlement platform to publish my name alongside it in a promotional document.

[[informed|I would like to know where you obtained my name for this purpose and on what basis you consider you are entitled to publish it.]] [[objection|In any event, I object to my personal data being used in your reports or any other publication, now or in future editions.]]

I look forward to hearing from you.""")

S("pexa", "firm", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A solicitor's own profile wrongly shows her as a trainee, which other firms see (inaccurate personal data): implicit "
  "complaint, personal_data. Correct = rectification; stop displaying the status until corrected = restriction.",
  "Incorrect status on my user profile",
  """I qualified as a solicitor in September and my SRA record was updated the same week. My PEXA user profile, however, continues to describe me as "Trainee - supervised user", and the status is visible to the other side on every workspace I join.

On two occasions this month the acting firm has asked to speak to my supervisor before accepting my sign-off, which has delayed matters and is embarrassing in front of clients. I have asked our administrator to change it, but she tells me the field is locked at your end.

[[rectification|Please correct my profile to show that I am an admitted solicitor, SRA number 812245.]] [[restriction|Until that is done, please stop displaying any status against my name to other participants.]]""")

S("pexa", "lender", L(c=True, r="automated_decision,informed", cat="process"),
  "A lender's team leader (own firm, not third_party) is unhappy that an automated risk engine suspended a completions "
  "officer: implicit complaint (process: the automatic rule). A person to review = automated_decision; what data and "
  "logic it used = informed.",
  "Automatic suspension of a user - request for review",
  """On Monday one of our completions officers, Ms Aisha Darby, found that her user access had been suspended. Your system message states that the suspension was applied automatically because her "behavioural risk score exceeded the permitted threshold".

Ms Darby works from a second office two days a week and we assume this is the cause. She has been unable to settle any workspace since Monday, and her caseload has had to be redistributed at short notice.

[[automated_decision|Kindly arrange for the suspension to be reviewed by a member of your security team rather than by the scoring system.]] [[informed|We should also be grateful for an explanation of the information about Ms Darby that the risk score takes into account and how it is used.]]""")

S("pexa", "client", L(r="restriction,rectification", tp=True),
  "A solicitor for a seller (third_party) writes neutrally: pending a dispute about which address is correct, restrict "
  "use of the disputed address = restriction; update it once confirmed = rectification.",
  "Our client {client} - contact address held by PEXA",
  """We act for {client}, who is a party to a sale of a property she co-owns with her former partner. There is an ongoing dispute between them, and her former partner has given your platform, through his own conveyancer, an address for her at which she no longer lives.

Our client has asked us to raise the following with you:

1. [[restriction|Pending resolution of the matter, please do not use the address at 14 Pear Tree Walk to send her any notification or correspondence.]]
2. [[rectification|Please update her contact address to this firm's address, marked for our attention, for the remainder of the transaction.]]

A copy of her authority is attached.""")

S("pexa", "consumer", L(r="portability"),
  "A landlord buying investment property asks, with no grievance, for his settlement data in a machine-readable file to "
  "import into his accounting software = portability.",
  "Settlement data in electronic format",
  """I am a portfolio landlord and completed the purchase of two buy-to-let flats through conveyancers who use PEXA, on 18 and 25 June.

My accountant uses cloud software that imports transaction data. [[portability|Could you please send me the personal data relating to me in those two settlements, including the payment lines, in a machine-readable format such as CSV or JSON, so that I can import it directly rather than re-keying it?]]

There is no problem with either transaction. My conveyancers have told me the request should come to you.""", csex="m")

S("pexa", "firm", L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "A conveyancer finds her name and photograph in a PEXA case study she never agreed to: implicit complaint about "
  "unexpected use, personal_data. 'I object to' promotional use = objection; 'remove my photograph and name' = erasure.",
  "Use of my name and photograph in your case study",
  """I attended your regional user forum in February, where photographs were taken. I have since discovered that your website's "customer stories" page includes a case study about {org} that quotes me by name and uses one of those photographs. Nobody asked my permission, and the quotation is not something I said.

[[objection|I object to my name, image and any other personal data of mine being used in PEXA's promotional material.]] [[erasure|Please remove the photograph and my name from the case study and delete the photograph from your records.]]

I should be grateful for confirmation when this has been done.""")

S("pexa", "firm", L(c=True, r="automated_decision,informed", cat="onboarding"),
  "A newly joined conveyancer was locked out when automated facial matching failed at registration: implicit onboarding "
  "complaint. A human review = automated_decision; what data the check relied on = informed.",
  "Identity verification failed - new user registration",
  """I joined {org} on 1 July and our administrator invited me to register as a user. The registration requires a selfie to be matched against my passport photograph. The match has failed four times and the system now states that I am "ineligible to retry for 30 days".

I have a visible scar from recent surgery, which may explain the result. Until I can register I cannot sign off any of the eight matters transferred to me.

[[automated_decision|I ask that my registration be reviewed by a member of staff, who can verify my identity by another means.]] [[informed|I would also like to understand what data the automated check relies on to reach its decision.]]""")

S("pexa", "client", L(r="objection", tp=True),
  "A conveyancer passes on a client's objection to research contact with no grievance: objection; third_party.",
  "Our client {client} - research contact",
  """We act for {client} in her purchase of 5 Greenacres, which is due to complete next month.

Our client has received an email from PEXA inviting her to take part in "customer research" and has asked us to write to you. [[objection|She objects to her personal data being used to contact her for research, surveys or marketing purposes.]] She is content for you to send her the usual transactional notifications.

Thank you for your assistance.""")

S("pexa", "consumer", L(c=True, pd=True, r="restriction,access", cat="personal_data"),
  "A seller disputes PEXA's record that she confirmed changed bank details (inaccurate data relied on): implicit "
  "complaint, personal_data. Do not rely on or share it pending investigation = restriction; a copy of the log = access.",
  "Record that I confirmed new bank details",
  """My conveyancer has told me that PEXA's records show that on 9 May I "confirmed by SMS" a change to the account into which my sale proceeds were to be paid. I did no such thing: I have never received a text from you, and my proceeds were nearly paid to an account that is not mine. The payment was stopped at the last minute.

Your record is being relied upon by my conveyancer's insurers to suggest that I was at fault.

[[restriction|Pending a proper investigation, I ask that you do not rely on that record or provide it to anyone as evidence that I authorised the change.]] [[access|I also ask for a copy of the personal data you hold about me, including the SMS log and the audit entries for that workspace.]]

I expect a full reply.""")

S("pexa", "firm", L(r="informed,automated_decision"),
  "A partner asks questions before adopting a new feature, with no grievance: what client data it processes and why = "
  "informed; a person rather than the tool to decide refusals = automated_decision.",
  "New document verification feature - questions before adoption",
  """{org} is considering switching on the new automated document verification feature in our workspaces. Before we do so, I should be grateful for answers to the following.

1. [[informed|What personal data of our clients and of our own users does the feature process, for what purposes, and is any of it retained or used to train the underlying model?]]
2. Does the feature make any decision without human involvement, for example refusing a document outright?
3. [[automated_decision|If it does, we request that any refusal affecting one of our matters be reviewed and decided by a member of your staff rather than by the feature alone.]]

We are not raising any concern at this stage; we simply wish to understand the position before we roll it out to 40 users.""")

S("pexa", "consumer", L(r="rectification,erasure"),
  "A buyer, neutrally, asks PEXA to update her email address = rectification and delete the old one = erasure.",
  "Change of email address",
  """I am a buyer in a transaction due to complete next week through PEXA. I have received your notifications at my former work email address, which my solicitor must have given you some time ago. I have since left that employer.

[[rectification|Please update my contact email to the address I am writing from.]] [[erasure|Please also delete my former work address from your records, as I no longer have access to it and do not wish it to be held.]]

I have informed my solicitor as well. Many thanks.""", noquote=True)

S("pexa", "firm", L(r="objection"),
  "A conveyancer with no grievance objects to direct marketing calls at her direct line: objection.",
  "Marketing calls to my direct line",
  """I have received several telephone calls this month on my direct line from a member of your partnerships team offering PEXA's new "settlement analytics" product.

I am not the person who makes purchasing decisions at {org}, and I have passed your details to our operations director. [[objection|I object to my personal contact details being used for direct marketing and ask that they are not used for that purpose again.]]

My details may of course continue to be used in connection with the workspaces I handle.""")

S("pexa", "client", L(r="access,informed", tp=True),
  "A solicitor for a consumer (third_party) asks, neutrally, for a copy of support tickets and data about the client = "
  "access, and who supplied it = informed.",
  "Our client {client} - copy of data and its source",
  """We act for {client} in a boundary and contract dispute arising from the sale of her former property, 22 Mill Lane, in November.

In the course of correspondence the buyer's solicitors have referred to "notes recorded by PEXA" concerning our client. Our client has no relationship with PEXA and does not know what these notes are.

We should be grateful if you would, on our client's behalf:
- [[access|provide a copy of all personal data PEXA holds about her, including any support tickets or notes that mention her by name;]] and
- [[informed|confirm who provided that information to PEXA and for what purpose it is held.]]

Our client's signed authority and proof of identity are enclosed.""")

S("pexa", "consumer", L(c=True, ex=True, pd=True, r="access,rectification", cat="personal_data"),
  "An explicit complaint that a support note wrongly records her as abusive (inaccurate personal data): a copy of the "
  "recording and notes = access; amend the note = rectification.",
  "Complaint about a note on your records",
  """I wish to complain about the way a note of my telephone call to PEXA on 22 May has been recorded and used.

I called because my purchase had not completed at the time I had been told. I was frustrated, but I was not rude. My conveyancer has since told me that your support desk "flagged me as abusive" and that she has been asked to handle all further contact herself.

I ask for the following:
(i) [[access|a copy of the recording of the call and of any notes made about me;]]
(ii) [[rectification|the amendment of the note so that it accurately reflects the call;]] and
(iii) an apology to me and to my conveyancer.""")

S("pexa", "consumer", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A buyer is unhappy that a research company contacted her about her purchase through PEXA (unexpected sharing, no "
  "loss): implicit complaint, personal_data. Who passed the data and on what basis = informed; objects to research use = "
  "objection.",
  "Contact from a research company about my purchase",
  """Yesterday I received a telephone call from a market research company asking about "my experience of a PEXA settlement" on the purchase I completed last month. The caller knew my name, my mobile number and my completion date.

I did not agree to my details being passed to anybody for research. [[informed|I should like to know what information about me PEXA passed to this company and on what basis it did so.]] [[objection|I object to my data being used for research of any kind, by PEXA or by anyone acting for it.]]

I would appreciate a written reply.""")

S("pexa", "client", L(c=True, r="automated_decision,informed", tp=True, cat="process"),
  "A solicitor for a seller (third_party) is unhappy that an automated fraud model held the proceeds for three days: "
  "implicit complaint (process). A person to make the decision = automated_decision; the factors used = informed.",
  "Proceeds held by automated fraud screening - {client}",
  """We act for {client}, whose sale of 71 Beech Avenue settled through PEXA on Tuesday.

Our client's net proceeds of £212,400 were held because, we are told, your automated fraud screening "identified an elevated risk pattern". We have uploaded the evidence requested, but have been told that the hold will be released only when the model re-scores the transaction, which may take a further 72 hours. Our client needs the funds for an onward purchase completing on Friday.

[[automated_decision|Our client requires that the decision to hold her funds be reviewed by a member of your staff forthwith.]] [[informed|She also asks what information about her the screening relied upon.]]

We should be grateful for a response today.""")

S("pexa", "lender", L(r="restriction,rectification,access"),
  "A lender's DPO writes about her own record, neutrally: stop using the disputed data until checked = restriction; "
  "correct it = rectification; a copy = access.",
  "My user record - request",
  """I am the data protection officer of {org} and a PEXA user. I write in a personal capacity about my own user record.

Our systems team has told me that my user record on PEXA holds a personal mobile number that I do not recognise, which is used for two-factor authentication codes.

Please would you:
1. [[restriction|stop using that mobile number for any purpose until you have confirmed with me that it is correct;]]
2. [[rectification|replace it with the number given below once you have verified my identity;]]
3. [[access|send me a copy of the personal data held in my user record so that I can check the remainder.]]

This is not urgent in the sense that I can still log in with an authenticator app, but I would like it resolved.""")

S("pexa", "firm", L(c=True, pd=True, r="erasure,informed", cat="personal_data"),
  "A conveyancer's former firm still appears against her name with her personal mobile number visible (data held and "
  "shown unexpectedly, no loss): implicit complaint, personal_data. Delete the number = erasure; why and to whom it is "
  "shown = informed.",
  "My personal mobile number on the participant directory",
  """I moved from a firm in Bolton to {org} in April. I have found that your participant directory still lists me under my former employer, with my personal mobile number shown as a contact number. I have received three calls from other firms' staff on that number in the past fortnight.

I never intended my personal number to be displayed. [[erasure|Please delete my personal mobile number from your records.]] [[informed|Please also tell me which participants have been able to see it and for what purpose the directory displays it.]]

I should be grateful for a reply within seven days.""")

S("pexa", "consumer", L(c=True, ex=True, r="access,portability", cat="delay"),
  "An explicit complaint about a late settlement (delay); the buyer also asks for a copy of his data = access and the "
  "timeline in CSV for his own software = portability. The grievance is lateness, so personal_data=false.",
  "Complaint - late settlement and request for my data",
  """I am writing to complain about the settlement of my purchase of 16 Cedar Rise on 30 May, which was not confirmed until after 5 pm, although my conveyancer had been told it would settle by midday. I was unable to collect the keys that day and lost a day's pay.

Although I understand the lateness was within PEXA's systems, I have received no explanation despite two calls. I should like a full written explanation.

In connection with my claim against my removal company, [[access|I also request a copy of all personal data you hold about me in relation to this transaction]], and [[portability|I should be grateful if the workspace event timeline relating to me could be provided in CSV format so that I can load it into the spreadsheet my insurer requires.]]""", csex="m")

S("pexa", "consumer", L(c=True, r="erasure", firm="ols", cat="service_quality"),
  "A seller's complaint is purely about the conduct of her conveyancer, Orchard Lane (forward, firm=ols, "
  "service_quality); separately she asks PEXA itself to delete her marketing profile = erasure.",
  "My conveyancer - and a request to PEXA",
  """I should be grateful if you would pass the first part of this letter to the appropriate person at Orchard Lane Solicitors, who are acting on my sale.

The fee earner at Orchard Lane has failed to return six telephone calls in three weeks, has twice sent me documents for the wrong property, and addressed me last week in a manner I found dismissive. I do not know who else to approach, as their website gives no contact other than hers. I expect a response from a partner.

Secondly, and quite separately, I have an account on your "homeowner" website which I created out of curiosity. [[erasure|Please delete that account and the personal data attached to it.]]""")

S("pexa", "lender", L(r="objection,restriction"),
  "A lender's compliance manager writes about her own data with no grievance: objects to PEXA using her details for "
  "product research panels = objection; pending a reply, do not use them for that = restriction.",
  "Use of my details for your product research panel",
  """I have been told by a colleague that PEXA has added several lender users, including me, to a "product research panel" whose members are contacted for interviews and whose platform usage is analysed in more detail than usual.

I do not wish to take part. [[objection|I object to the processing of my personal data for the purposes of the research panel, including any analysis of my usage.]] [[restriction|While you consider this, please suspend any use of my data for the panel.]]

My use of the platform in the ordinary course of my work is, of course, unaffected.""")

# =====================================================================================================================
# PEXA: look-alikes (rights=[])
# =====================================================================================================================

S("pexa", "firm", L(),
  "'Delete the duplicate workspace' is a request about a matter record, not erasure of personal data; a routine "
  "service request with no dissatisfaction, rights=[].",
  "Duplicate workspace created in error",
  """On Friday a member of our team created two workspaces for the same remortgage of 44 Lytham Road (numbers {ref} and the one following it). Both have been populated with the client's details but only the first has been shared with the lender.

We should be grateful if you would delete the duplicate workspace so that the lender does not join it by mistake. Please confirm once this has been done.""")

S("pexa", "firm", L(),
  "'Access to the workspace' for a new paralegal is platform access, not the right of access; an ordinary service "
  "request, rights=[].",
  "Access to workspace for new paralegal",
  """We have a new paralegal, Mr Jordan Hepworth, who started with us on Monday. Our administrator has created his user account, but he is unable to access the workspace for 9 Sandringham Gardens ({ref}), to which he has been assigned, and receives an "insufficient permissions" message.

Kindly grant him access to that workspace, or let us know what our administrator needs to change. Completion is scheduled for Thursday, so we should be grateful for your help today.""")

S("pexa", "client", L(tp=True),
  "A solicitor asks for a copy of a settlement statement for the client: a transaction document, not a request for the "
  "client's personal data held by PEXA. Neutral, rights=[]; third_party as written for the client.",
  "Our client {client} - settlement statement",
  """We act for {client} on the purchase of 3 Linden Court, which settled on 18 June.

Our client's mortgage broker has asked for a copy of the settlement statement showing the funds flow on completion. Our own copy was inadvertently not saved to the file before the workspace was archived.

We should be grateful if you would send us a copy of the settlement statement for workspace {ref}, or tell us how we may retrieve it from the archive.""")

S("pexa", "firm", L(),
  "Correcting a completion date in the settlement schedule is a workspace data change, not personal data "
  "rectification; neutral service request, rights=[].",
  "Correction to settlement date - {ref}",
  """The settlement date shown in the schedule for workspace {ref} is 24 July. The parties have since agreed to complete on 25 July, and both firms have confirmed this in writing.

The lender's representative has already accepted the amended date, but the schedule has not updated and the system will not allow us to change it now that the lender has signed. Kindly correct the settlement date to 25 July, or let us know the procedure for doing so.""")

S("pexa", "lender", L(br=True),
  "A lender reports, neutrally, receiving another lender's borrower data from PEXA and confirms it has deleted it: "
  "breach=true on a non-complaint, and nothing is asked of PEXA that is a data right, so rights=[].",
  "Misdirected report received from PEXA",
  """For your information: this morning our completions mailbox received your daily settlement report, which on opening was clearly intended for another lender. It lists 27 borrowers' names, property addresses and loan amounts, none of which relate to {org}.

We have not forwarded the report, and it has been permanently deleted from the mailbox and from our deleted items. No further action is required from us, but I thought you would wish to know so that you can look into it.""", noquote=True)

S("pexa", "firm", L(),
  "A firm sends its own updated privacy notice, which lists clients' rights, for PEXA's vendor file; describing rights "
  "is not asking PEXA to act on any, so rights=[].",
  "Updated client privacy notice - for your vendor file",
  """As requested during our onboarding review, please find attached our updated client privacy notice, effective 1 August.

The notice explains to our clients that they have the right to request access to their personal data, to have it rectified or erased, to restrict or object to its processing and to data portability, and that they may contact our data protection lead. Section 6 lists PEXA as a recipient of client data for settlement purposes.

No action is needed beyond placing it on your file. Please let me know if you require it in any other format.""")

S("pexa", "firm", L(),
  "Swapping delegates on a training booking is course administration, not correcting personal data; rights=[].",
  "Training booking - change of delegate",
  """We have two places booked on the "Advanced Remortgage Workspaces" session on 9 September.

Unfortunately one of the delegates, Ms Rowan Pierce, will be on leave that week. Kindly replace her with Mr Daniel Okonkwo, whose email address is shown in our subscriber account. The other booking remains unchanged.

We should also be grateful if you would add our two new trainees to the invitation list for the monthly user webinars.""")

S("pexa", "firm", L(c=True, ex=True, cat="fees_charges"),
  "An explicit fee complaint; 'a corrected invoice' and 'copies of the invoices' concern billing documents, not personal "
  "data, so rights=[].",
  "Complaint - duplicated platform fees in June invoice",
  """I write to complain about our June invoice, which charges the per-workspace fee twice for fourteen workspaces, a total overcharge of £1,183.00 including VAT. The same happened in April, when it took five weeks and three chasers to obtain a credit note.

Kindly issue a corrected invoice for June, together with copies of the April credit note and the underlying workspace fee report, and explain what is being done to prevent a recurrence. We will not pay the June invoice until the corrected version is received.""")

S("pexa", "consumer", L(c=True, firm="ols", cat="delay"),
  "A buyer's complaint purely about Orchard Lane's delay (forward, firm=ols). Nothing is asked of PEXA about his data; "
  "'please pass this on' is not a right, so rights=[].",
  "Please pass to Orchard Lane - my purchase",
  """I am buying 9 Hawthorn Way and my solicitors, Orchard Lane, have told me that they use your system for completion. Exchange was promised for 30 May, then 13 June, and we are now told "some time in July". Each time I telephone I am told the fee earner is unavailable, and nobody has explained what is outstanding.

I have no other means of escalating this. Please pass this letter to the appropriate person at Orchard Lane and ask them to write to me within seven days with a timetable.""", csex="m", noquote=True)

S("pexa", "firm", L(),
  "Updating the firm's registered office and VAT number on its subscriber profile is the firm's data, not a person's, "
  "so rights=[].",
  "Change of registered office and VAT number",
  """Please note that with effect from 1 September {org} will move its registered office to 2nd Floor, 11 Waterside Place, and that our VAT registration number will change following the incorporation of the practice.

Kindly update our subscriber profile and billing details accordingly. A copy of the new VAT certificate is attached. Invoices for September onwards should be addressed to the new office.""")

S("pexa", "lender", L(),
  "A lender asks for copies of lodgement documents and the registration confirmation: title documents, not personal "
  "data held about anyone; neutral, rights=[].",
  "Copies of lodgement documents - {ref}",
  """Our mortgage deeds team is completing its post-completion checks on workspace {ref} and has been unable to locate the lodgement confirmation and the copy of the signed charge in our document store.

We should be grateful if you would supply copies of the lodgement documents, the application receipt from HM Land Registry and the completion confirmation for that workspace. There is no urgency beyond our usual 30-day audit window.""")

S("pexa", "client", L(tp=True),
  "A conveyancer writes for a client asking for the redemption figure and transfer deed held in the workspace: "
  "transaction documents, not personal data rights; neutral, rights=[].",
  "{client} - redemption figure and transfer",
  """We act for {client} on her sale of 17 Osprey Close. Our client is anxious to confirm her figures before exchange.

Could you please confirm where in the workspace the lender's redemption figure will appear once the lender has joined, and whether a copy of the signed transfer uploaded by the buyer's solicitors can be provided to us as a PDF for our client's records?

Thank you in advance.""")

S("pexa", "firm", L(c=True, cat="inaccurate_information"),
  "An implicit complaint that support gave a wrong figure; 'correct the figure' refers to a stamp duty calculation in a "
  "statement, not to anyone's personal data, so rights=[].",
  "Incorrect figure in the settlement statement template",
  """The settlement statement generated for our purchase matter in workspace {ref} shows the SDLT line as £11,250. Your support desk confirmed this figure when we queried it on Monday. The correct figure, as per HMRC's calculator, is £8,750, and our client very nearly transferred the higher amount.

We need the figure in the statement corrected before completion on Friday, and an explanation of why your support desk confirmed an incorrect amount. Please treat this as urgent.""")

S("pexa", "firm", L(c=True, pd=True, r="portability", cat="personal_data"),
  "A conveyancer's earlier request for her training records in a machine-readable file was answered with a scanned PDF "
  "(a badly handled rights request: implicit complaint, personal_data). Re-asking for CSV/JSON for another system = "
  "portability.",
  "Re: my accreditation records - format",
  """On 5 June I asked for my PEXA accreditation and training records in a machine-readable format so that {org} could load them into its CPD system. What I received on 1 July was a scanned PDF of a printout, which our system cannot read and which omits two modules.

That does not meet my request. [[portability|Please provide the records, including the two missing modules, as a CSV or JSON file that can be imported into another system.]]

I should be grateful if this could be done within the next fortnight, as our CPD year closes at the end of the month.""", noquote=True)

# =====================================================================================================================
# CONEXUS: rights scenarios
# =====================================================================================================================

S("conexus", "adviser", L(c=True, r="access", tp=True, cat="collection_conduct"),
  "A money adviser (third_party) objects to repeated calls to a vulnerable client: implicit collection_conduct "
  "complaint. 'Stop telephoning' is a conduct remedy; copies of notes and recordings = access. personal_data=false.",
  "Our client {client} - your ref {ref}",
  """We are assisting {client} with her debts and enclose her signed authority. Our client has a diagnosed anxiety disorder, which she disclosed to your agent on 12 May.

Since then she has received, by her count, seventeen calls from your office, including two after 8 pm. She has been too distressed to open her post.

We ask that you:
1. cease telephoning our client and direct all contact to this office;
2. [[access|provide copies of all personal data you hold about our client, including your account notes and recordings of every call since 1 May;]]
3. confirm that the vulnerability she disclosed has been recorded.

We look forward to your reply within 14 days.""")

S("conexus", "adviser", L(r="rectification,informed", tp=True),
  "A money adviser (third_party) writes neutrally: correcting the client's recorded employment status = rectification; "
  "where the wrong information came from = informed.",
  "{client} - employment status on your records ({ref})",
  """We act for {client}, whose signed authority is attached, and are preparing a financial statement for her creditors.

In your letter of 4 June you refer to our client as "in full-time employment at Carrow Logistics". That is incorrect: she left that employment in 2023 and has since been in receipt of Employment and Support Allowance.

[[rectification|Kindly correct your records to show that our client is not employed and is in receipt of ESA.]] [[informed|We should also be grateful to know from where you obtained the information about her employment.]]

A full financial statement will follow within 21 days.""")

S("conexus", "mp", L(c=True, pd=True, r="informed,objection", tp=True, cat="personal_data"),
  "An MP's caseworker (third_party) raises a constituent's concern that Conexus traced her to a refuge-area address: "
  "implicit complaint about data obtained unexpectedly, personal_data. Source and basis = informed; 'objects to the use "
  "of tracing data' = objection.",
  "Constituent: {client} - your ref {ref}",
  """I write on behalf of {client}, who has asked {org} for assistance. Her written consent is attached.

Our constituent moved last year, for reasons of personal safety, to an address she has disclosed only to a small number of agencies. She has now received a letter from your company at that address concerning an energy account. She is understandably alarmed that her address has been obtained.

[[informed|I should be grateful if you would explain how your company obtained her current address, from which source, and on what lawful basis it was obtained and is being used.]] [[objection|She has also asked me to make clear that she objects to the use of tracing or credit reference data to locate her.]]

I look forward to your early reply.""")

S("conexus", "solicitor", L(c=True, ex=True, pd=True, r="access,restriction", tp=True, cat="personal_data"),
  "A solicitor (third_party) makes an explicit complaint that an earlier access request was answered incompletely (a "
  "badly handled rights request, personal_data). Re-asking for the data = access; 'restrict processing of the disputed "
  "data pending' = restriction. The solicitor cites the wrong section of the DPA 2018; the labels follow the request.",
  "Our client {client} - subject access request and formal complaint",
  """We act for {client} in relation to the account referenced above.

On 3 March we made a subject access request on our client's behalf pursuant to section 45 of the Data Protection Act 2018. Your response of 28 April consisted of four account statements. It did not include your account notes, your correspondence with the creditor or any call recordings, although your own letters refer to calls on at least three dates.

Please treat this as a formal complaint about the handling of that request. [[access|We hereby repeat our request for a complete copy of the personal data you hold about our client, including notes, correspondence and call recordings.]]

Our client disputes the accuracy of the arrears figures attributed to her for 2023. [[restriction|Pending your full response, we request that you restrict the processing of that disputed data and do not pass it to any credit reference agency.]]""")

S("conexus", "consumer", L(r="rectification,restriction,access"),
  "A debtor's structured, neutral letter: correct her date of birth = rectification; do not report or share until "
  "corrected = restriction; a copy of the data = access.",
  "Account {ref} - incorrect date of birth and request for data",
  """I write regarding the above account, which I understand you are collecting on behalf of Pennant Mobile. I have no difficulty with the account itself and am paying by arrangement.

1. Your letter of 2 June gives my date of birth as 14/08/1979. My correct date of birth is 14/08/1997. [[rectification|Please amend your records.]]
2. [[restriction|Until the correction has been made, please do not report my account to any credit reference agency or share my details with any third party, as I am concerned that the wrong date may cause my file to be merged with someone else's.]]
3. [[access|Please also send me a copy of all the personal data you hold about me, so that I can check that nothing else is wrong.]]

I enclose a copy of my driving licence.""")

S("conexus", "consumer", L(c=True, r="automated_decision,informed", cat="process"),
  "A debtor is unhappy that his payment offer was rejected automatically by an affordability tool: implicit complaint "
  "(process: the rule that only the tool decides). A person to review = automated_decision; what data it used = informed.",
  "Payment offer rejected - account {ref}",
  """On 20 June I submitted an offer of £35 per month through your online payment planner, with my full income and expenditure. Within seconds the planner rejected it and told me that the "minimum acceptable instalment" for my account was £140.

I cannot pay £140 a month without missing rent, and I have been told by your call centre that staff cannot override the planner.

I therefore make two requests. [[automated_decision|First, that my offer be considered by a member of your staff, not by the planner.]] [[informed|Second, that you tell me what information about me the planner used to decide that £140 was affordable.]]

I should be grateful for a reply before my next payment date of 1 July.""", csex="m")

S("conexus", "adviser", L(r="objection,automated_decision", tp=True),
  "A debt charity (third_party) writes neutrally for a client: objects to propensity-to-pay profiling = objection; "
  "decisions about the account to be made by a person = automated_decision.",
  "{client} - profiling and automated decisions",
  """We are advising {client} and attach her authority.

Your privacy notice states that Conexus uses "propensity to pay" modelling and automated decision-making to determine collection strategies. On our client's behalf:

(a) [[objection|she objects to the processing of her personal data for the purpose of propensity or behavioural profiling;]] and
(b) [[automated_decision|she requests that any decision about her account that would significantly affect her, including any decision to refer the account for litigation or field visits, be taken by a member of staff rather than by automated means.]]

Our client is engaging with us and a financial statement will follow.""")

S("conexus", "consumer", L(r="portability"),
  "A debtor with no grievance asks for his payment history as a CSV to load into his debt management provider's "
  "software = portability.",
  "Payment history in electronic format - {ref}",
  """I have entered a debt management plan with a provider whose online system imports creditors' payment histories.

[[portability|Kindly send me my payment history on this account, and the other personal data you hold about me in electronic form, in a machine-readable format such as CSV so that I can upload it to my provider's system.]]

I am content to receive it by email at this address. Thank you.""", csex="m", noquote=True)

S("conexus", "adviser", L(r="portability,access", tp=True),
  "A money adviser (third_party) asks neutrally for a full copy of the client's data = access and the transaction "
  "history as a spreadsheet file to import into the adviser's budgeting software = portability.",
  "{client} ({ref}) - request for account data",
  """We are assisting {client}, whose authority is enclosed, with a debt relief order application.

We should be grateful if you would:
1. [[access|supply a copy of all personal data you hold about our client, including correspondence and notes;]] and
2. [[portability|provide the account transaction history in a machine-readable spreadsheet file (CSV or XLSX), which we will import into our casework and budgeting software.]]

Please send both to this office by secure email.""")

S("conexus", "consumer", L(c=True, ex=True, pd=True, br=True, r="informed,objection,erasure", cat="personal_data"),
  "An explicit complaint that an agent told her employer's receptionist about her debt: breach and personal_data. How "
  "Conexus obtained the employer's details = informed; 'I object to you holding or using' them = objection; delete them "
  "= erasure.",
  "Formal complaint - call to my workplace",
  """I am writing to make a formal complaint.

On 17 June one of your agents telephoned the main switchboard of my employer and, when told I was in a meeting, informed the receptionist that he was "calling about an outstanding debt with Northline Energy". The receptionist mentioned it to my line manager. I have never given you my employer's details.

[[informed|I want to know how you obtained my employer's name and telephone number.]] [[objection|I object to you holding or using my employer's details for any purpose.]] [[erasure|I require you to delete them from your records.]]

I also expect an explanation of why your agent disclosed my debt to a third party, and an apology.""")

S("conexus", "mp", L(c=True, pd=True, r="rectification,restriction", tp=True, cat="personal_data"),
  "An MP's caseworker (third_party): the constituent's record has been confused with her late mother's (inaccurate data): "
  "implicit complaint, personal_data. Separate the records = rectification; no collection against her pending = "
  "restriction (her data is not to be used meanwhile).",
  "Constituent: {client} - records confused with late mother's account",
  """I write on behalf of our constituent {client}, who has given her consent for this office to act.

Our constituent shares her name with her late mother, who died in January. Your letters about her mother's council tax arrears, collected for Westbury Council Tax Services, are now addressed to our constituent at her own address and give her date of birth, and your agent told her by telephone that the debt "is now in her name".

[[rectification|Our constituent asks that your records be corrected so that her personal details are removed from her late mother's account.]] [[restriction|Pending that correction, she asks that you do not use her details in connection with that account for any purpose.]]

I should be grateful for your reply within 14 days.""")

S("conexus", "solicitor", L(r="objection,informed", tp=True),
  "A solicitor (third_party), neutrally, relies on 'Article 21' to object to sharing for marketing = objection and asks "
  "for the lawful basis = informed. No dissatisfaction.",
  "Our client {client} - Article 21 UK GDPR",
  """We are instructed by {client}, whose account you are collecting on behalf of Sterling Credit Loans.

[[objection|Our client objects, pursuant to Article 21 of the UK GDPR, to the processing of his personal data for the purposes of direct marketing and to its disclosure to any partner organisation for marketing purposes.]] [[informed|We should also be grateful if you would confirm the lawful basis on which you rely for each purpose for which our client's data is currently processed.]]

Our client intends to propose a settlement shortly and this letter is not intended to obstruct that.""", csex="m")

S("conexus", "consumer", L(c=True, r="automated_decision", cat="collection_conduct"),
  "A debtor is unhappy that an automated system escalated her account to field visits without any human contact: "
  "implicit collection_conduct complaint. A person to review the decision = automated_decision.",
  "Referral to doorstep visits - account {ref}",
  """Your letter of 8 July states that "following an automated review" my account has been allocated to a field agent, who will visit my home. I have been paying £20 a month by standing order since February and have never missed a payment. I understand the increase I was asked for was generated by your system, not by anyone who has looked at my circumstances.

I am a carer for my son, who has autism, and a visit would be very distressing for him.

[[automated_decision|I ask that the decision to refer my account for a visit be reviewed by a member of your staff.]] I would be grateful if no visit took place in the meantime.""")

S("conexus", "adviser", L(c=True, pd=True, r="access", tp=True, cat="personal_data"),
  "A money adviser (third_party) is dissatisfied that a subject access response omitted the call recordings (a badly "
  "handled rights request: personal_data). Asking again for the recordings = access.",
  "{client} - incomplete response to subject access request",
  """On 2 April we requested, on behalf of {client}, a copy of the personal data you hold about her. Your reply of 29 April enclosed statements and letters only, with a note that "call recordings are not provided".

Our client's dispute turns on what your agent said to her on 14 February. The recordings are her personal data and there is no general exemption for them.

[[access|We should be grateful if you would now provide copies of all recordings of telephone calls with our client, together with the agent notes made during or after them.]] We are disappointed that this has not been dealt with properly at the first attempt and would ask that you reply within 14 days.""")

S("conexus", "consumer", L(r="erasure,restriction"),
  "A former debtor, neutrally, asks for deletion of a long-closed account's data = erasure, and if anything must be kept, "
  "that it be kept but not otherwise used = restriction.",
  "Closed account - request to erase my data",
  """In 2017 I settled in full an account that you were collecting for Lumen Water, and I have your letter of 22 September 2017 confirming the balance as nil.

More than seven years have now passed. [[erasure|I request that you erase the personal data you hold about me in connection with that account.]] [[restriction|If you are legally obliged to retain any part of it, please restrict its processing to storage only and confirm what is kept.]]

This is not prompted by any problem; I am simply reviewing the organisations that hold my information.""", noquote=True)

S("conexus", "adviser", L(c=True, r="restriction,rectification", tp=True, cat="debt_dispute"),
  "A debt charity (third_party) disputes an account as identity fraud (debt_dispute, implicit). Do not use or report the "
  "client's details while investigated = restriction; remove the address that is not hers = rectification. The grievance "
  "is the debt itself, so personal_data=false.",
  "{client} - account opened fraudulently ({ref})",
  """We act for {client}, whose authority is attached. Our client has never held an account with Pennant Mobile. The contract you refer to was taken out in her name in 2022 using an address in Luton at which she has never lived. A crime reference number from Action Fraud is enclosed.

We ask that collection cease and that the account be returned to Pennant Mobile for investigation. [[restriction|Pending the outcome, we request that you restrict the processing of our client's personal data, and in particular that you neither report the account to a credit reference agency nor pass her details to any other collector.]] [[rectification|We also request that the Luton address be removed from her record as an address associated with her.]]""")

S("conexus", "consumer", L(r="informed"),
  "A debtor asks neutrally what Conexus does with his data, on what basis, for how long and who receives it = informed.",
  "Questions about your use of my information",
  """I recently received your first letter about a Northline Energy account, which I intend to deal with.

Before I do, [[informed|please tell me what personal data you hold about me, where you obtained it, what you use it for, on what lawful basis, how long you keep it and with whom you share it.]]

I have looked for a privacy notice on your website but the link in your letter leads to an error page.""", csex="m", noquote=True)

S("conexus", "mp", L(r="access", tp=True),
  "A short, neutral request from an MP's office for a constituent's data = access; third_party.",
  "Constituent: {client} - request for copy of personal data",
  """I write on behalf of {client}, who has asked this office for help in understanding an account that you are collecting.

Our constituent's signed consent and proof of identity are attached. [[access|On her behalf, we request a copy of all personal data that Conexus holds about her, including any recordings of telephone calls.]]

Please send the information to our constituent at her home address, copying this office.""")

S("conexus", "solicitor", L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A solicitor's explicit complaint (third_party) about pressure and repeated calls: collection_conduct. Recordings and "
  "notes = access; 'in the interim' contact only in writing is a conduct remedy, not a right.",
  "Formal complaint - conduct of your agents - our client {client}",
  """We act for {client} and write to make a formal complaint regarding the conduct of your agents.

Our client informs us that during a call on 11 June your agent told her that "bailiffs would be at her door within the week" unless she paid £500 that day. No judgment has been obtained against her. She borrowed the money from a relative.

Our client requires:
(a) [[access|copies of all recordings of calls with her since 1 May and all account notes for the same period;]]
(b) an explanation of the basis on which the statement about bailiffs was made; and
(c) proposals for the refund of the £500 payment.

In the interim, please confirm that you will communicate with our client only in writing via this firm.""")

S("conexus", "consumer", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "A debtor is unhappy to learn his calls are analysed by voice-analytics software (unexpected use): implicit complaint, "
  "personal_data. What it does and on what basis = informed; objecting to the analysis = objection.",
  "Voice analysis of my calls",
  """During a call on 2 July your agent mentioned that my "stress indicators" had been flagged by your system. When I asked what that meant, I was told that calls are analysed by software that assesses callers' emotional state.

I was not told this at the start of the call and I find it intrusive. [[informed|I would like an explanation of what this software records about me, what it is used for and on what legal basis.]] [[objection|I object to my calls being analysed in this way.]]

I look forward to your response.""", csex="m")

S("conexus", "adviser", L(r="automated_decision", tp=True),
  "A money adviser (third_party) asks neutrally for the online tool's automatic rejection to be decided by a person = "
  "automated_decision.",
  "{client} - manual review of payment proposal",
  """We submitted a payment proposal of £15 per month on behalf of {client} through your online portal on 9 July, supported by a Standard Financial Statement. The portal rejected the proposal immediately, and our understanding is that no member of staff has seen it.

[[automated_decision|We should be grateful if the proposal could be reviewed and decided by a member of your staff, having regard to the enclosed financial statement.]]

Our client's only income is Universal Credit and the statement shows a small surplus of £18 per month.""")

S("conexus", "consumer", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A debtor's record wrongly notes that she refused to pay (inaccurate data), passed on to the creditor: implicit "
  "complaint, personal_data. Correct the note = rectification; don't pass it on until corrected = restriction.",
  "Incorrect note on my account - {ref}",
  """I telephoned on 24 June to offer £40 a month. Your agent said he would "note the offer". I have now received a letter from Sterling Credit Loans stating that, according to your records, I "refused to enter into a payment arrangement".

That is simply untrue and it may affect whether the creditor takes me to court.

[[rectification|Please correct your note of that call so that it records my offer accurately.]] [[restriction|Until you have done so, please do not pass any further information about that call to the creditor.]] I should be grateful for written confirmation.""")

S("conexus", "adviser", L(r="rectification,erasure", tp=True),
  "A money adviser (third_party) writes neutrally: replace the client's telephone number = rectification; delete old "
  "numbers that are now someone else's = erasure.",
  "{client} - contact details",
  """We act for {client}; her authority is on your file.

Our client changed her mobile number in May. Her former number has been reallocated, and its new holder has told her that he is receiving your texts. [[rectification|Kindly update her mobile number to the one shown on the enclosed form.]] [[erasure|We should also be grateful if you would delete her former mobile number and the old email address ending @hotmail.co.uk, neither of which she now uses.]]

Correspondence should otherwise continue to come to this office.""")

S("conexus", "consumer", L(r="access,portability,objection"),
  "A debtor's long, numbered, neutral letter: a copy of the data = access; the payment history as CSV for another "
  "service = portability; objecting to marketing = objection.",
  "Requests regarding account {ref}",
  """I am putting my affairs in order with the help of an online budgeting service and write with three requests. None of them is a criticism of how my account has been handled.

1. [[access|A copy of all the personal data you hold about me under the UK GDPR.]]
2. [[portability|My payment history in a machine-readable format (CSV or JSON) that I can load into the budgeting service.]]
3. [[objection|I object to my personal data being used for marketing, including offers from any of your partner companies.]]

Email is my preferred method of contact for all three.""", noquote=True)

S("conexus", "solicitor", L(r="informed", tp=True),
  "A solicitor (third_party) asks what data Conexus received from the creditor and when = informed; the separate request "
  "for the credit agreement under s.78 CCA is a document request, not a data right (only informed is marked).",
  "Our client {client} - assignment of debt and source of data",
  """We act for {client} in respect of a loan account which you state was assigned to your principal by Sterling Credit Loans.

Please supply:
1. a true copy of the executed credit agreement, pursuant to section 78 of the Consumer Credit Act 1974;
2. a copy of the notice of assignment;
3. [[informed|confirmation of what personal data about our client was received from the original lender, on what date, and for what purposes it is now processed.]]

Our client's statutory fee of £1 is enclosed.""", csex="m")

S("conexus", "mp", L(r="objection,automated_decision", tp=True),
  "An MP's caseworker (third_party) raises, neutrally, a constituent's objection to litigation scoring = objection and "
  "her request that any decision on court action be made by a person = automated_decision.",
  "Constituent: {client} - ref {ref}",
  """Our constituent {client} has contacted {org} following a letter stating that her account "has been assessed as suitable for legal action". Her consent is enclosed.

Our constituent is keen to resolve the account and has asked us to convey two points on her behalf:

- [[objection|she objects to her personal data being used to score or profile her for litigation suitability;]]
- [[automated_decision|she asks that any decision to begin court proceedings against her be made by a person who has considered her circumstances, and not by an automated assessment.]]

I should be grateful for your response.""")

S("conexus", "consumer", L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "A brother is contacted about his sibling's debt because Conexus holds his number (data obtained and used "
  "unexpectedly): implicit complaint, personal_data. Where the number came from = informed; delete it = erasure.",
  "Calls to me about my brother's account",
  """I have received four calls and two texts from your company this month asking me to pass messages to my brother about his debt. I have not lived with my brother for ten years and I have no involvement in his finances. I have never given you my number.

[[informed|Please tell me where you obtained my telephone number and why you consider you may use it.]] [[erasure|I also require you to delete my number and any other details about me from your records.]]

I would appreciate a prompt reply.""", csex="m", noquote=True)

S("conexus", "adviser", L(r="restriction,access", tp=True),
  "A money adviser (third_party), neutrally, asks that a contested arrears history not be reported or used until "
  "checked = restriction, and for a copy of the client's data = access.",
  "{client} - disputed arrears history",
  """We are assisting {client}, whose authority is attached, with a review of her credit file.

Her file shows your account as three months in arrears for January to March 2025, a period in which our client believes she paid by standing order. She is collecting her bank statements.

[[restriction|In the interim, we should be grateful if you would not use or report the arrears history for those months until it has been checked against her evidence.]] [[access|Please also supply a copy of the personal data you hold about her, including the payment history.]]""")

S("conexus", "consumer", L(c=True, ex=True, pd=True, r="erasure,objection", cat="personal_data"),
  "An explicit complaint about continued debt-consolidation emails after the account was settled (unexpected use, no "
  "disclosure): personal_data. Delete = erasure; object to profiling and marketing = objection.",
  "Complaint - emails after my account was settled",
  """I write to complain that, although my account was settled in full in January, I continue to receive emails from Conexus inviting me to "take control of my finances" with a partner lender. The emails appear to be tailored to my past circumstances.

[[objection|I object to any further use of my personal data for marketing or for profiling my financial circumstances.]] [[erasure|I also request that you erase my personal data, as the account is closed and I have no further dealings with your company.]]

Please confirm in writing when this has been done.""")

S("conexus", "solicitor", L(c=True, pd=True, r="rectification,informed", tp=True, cat="personal_data"),
  "A solicitor (third_party): Conexus's letters use a wrong middle name and an old address that caused a mix-up with "
  "another person (inaccurate data): implicit complaint, personal_data. Correct = rectification; where the data came "
  "from = informed.",
  "Our client {client} - inaccurate personal details",
  """We are instructed by {client}. Your letters of 3 and 19 June are addressed to our client with a middle name that is not his and refer to a previous address in Rotherham at which he has never lived. We have reason to believe that your records combine details of two different people.

Our client is concerned that this will cause a county court claim to be issued against the wrong person.

[[rectification|We require you to correct our client's details on your records so that only his own personal data is held against the account.]] [[informed|Please also confirm where the Rotherham address and the middle name were obtained.]]""", csex="m")

S("conexus", "consumer", L(r="restriction,objection"),
  "A debtor writes neutrally about an upcoming move: do not use her old email while checked = restriction; object to her "
  "data being shared with debt purchasers' partners for marketing = objection.",
  "Account {ref} - two requests",
  """I am writing with two requests regarding my account, which I am repaying by arrangement.

First, my former partner still has access to the email address you use for me. [[restriction|Until I have confirmed a new address with you, please do not use that email address to send me anything.]]

Second, I noticed in your privacy notice that customer data may be shared with "selected partners". [[objection|I object to my data being shared with or used by any partner for marketing.]]

Thank you for your help with this.""", noquote=True)

S("conexus", "adviser", L(c=True, ex=True, pd=True, br=True, r="access,informed", tp=True, cat="personal_data"),
  "A money adviser's explicit complaint (third_party): Conexus sent the client's income and expenditure statement to "
  "another adviser's client (breach, personal_data). A copy of what was sent = access; who received it and what "
  "happened = informed.",
  "Complaint - client's financial statement sent to another person",
  """We write to complain on behalf of {client}. On 1 July our client received, in an envelope addressed to her, your acknowledgement of a financial statement belonging to another person. We must assume that our client's own statement, which includes details of her health and her children's benefits, has been sent to someone else.

We request the following on our client's behalf:
1. [[access|a copy of the letter and enclosures that were sent in respect of our client's statement;]]
2. [[informed|confirmation of to whom her personal data was disclosed and what steps have been taken to recover it;]]
3. an explanation and an apology.

The misdirected document is being returned to you under separate cover.""")

S("conexus", "consumer", L(c=True, r="rectification", cat="collection_conduct"),
  "A debtor unhappy that agents ignore her registered hearing impairment (collection_conduct, implicit); asking that "
  "her record be updated to show it = rectification. The grievance is how she is contacted, so personal_data=false.",
  "Contact preferences - account {ref}",
  """I am profoundly deaf and told your company in March that I cannot use the telephone. Since then I have received five calls, several voicemails I cannot hear, and a letter telling me that I "failed to answer".

It feels as though nobody reads what I tell you. [[rectification|Please update my record so that it correctly shows that I am deaf and that I can only be contacted in writing or by text.]] I would also like to know what will be done to make sure your staff follow it.""")

S("conexus", "consumer", L(r="access,informed"),
  "A careful debtor's numbered neutral letter: a copy of the data and recordings = access; the source of the data and "
  "the basis = informed.",
  "Request for information - {ref}",
  """I write in connection with the above account, which I do not recognise, to ask for information before I respond to your letter of 26 June.

Please provide:
1. [[access|a copy of the personal data you hold about me, including any recordings of telephone calls;]]
2. [[informed|the source from which you obtained my name and address, and the lawful basis on which you process them;]]
3. the name of the original creditor and the date of the alleged default.

I do not admit the debt. I will write again once I have the above.""", noquote=True)

S("conexus", "adviser", L(r="erasure,informed", tp=True),
  "A debt charity (third_party), neutrally, asks that health information recorded against a closed complaint be deleted "
  "= erasure, and how long it is kept and who sees it = informed.",
  "{client} - health information on file",
  """We assisted {client} last year, when she disclosed details of her mental health to you in support of a request for a payment break. The account has since been cleared.

Our client is now applying for employment in financial services and is anxious about the information remaining on file. [[erasure|She asks that you delete the health information she provided, now that the account is closed.]] [[informed|If you consider that you must keep any of it, please explain why, for how long, and who within Conexus has access to it.]]""")

# =====================================================================================================================
# CONEXUS: look-alikes (rights=[])
# =====================================================================================================================

S("conexus", "solicitor", L(tp=True),
  "A solicitor's neutral request under ss.77-78 Consumer Credit Act for the credit agreement and statement: document "
  "requests under consumer credit law, not UK GDPR rights; rights=[].",
  "Our client {client} - section 78 request",
  """We act for {client} in respect of the above account, which you state you are collecting on behalf of Sterling Credit Loans.

Pursuant to section 78 of the Consumer Credit Act 1974, we request a true copy of the executed credit agreement, together with a statement of account showing all payments and charges. The statutory fee of £1 is enclosed.

Pending receipt, our client does not admit liability.""")

S("conexus", "adviser", L(tp=True),
  "A money adviser asks for a 30-day hold on collection while a financial statement is prepared: a collection hold, not "
  "restriction of processing; neutral, rights=[].",
  "{client} - request for 30-day hold",
  """We have been instructed by {client}, whose authority is attached. We are preparing a Standard Financial Statement and an affordable proposal for all of her creditors.

We should be grateful if you would place the account on hold for 30 days, suspending collection activity and any interest or charges, while we complete this work. Please direct all correspondence to this office in the interim.""")

S("conexus", "creditor", L(),
  "A creditor client recalls accounts and asks Conexus to stop activity and return files: an instruction between "
  "businesses, not a data-subject right; rights=[].",
  "Recall of placement batch 2025-06",
  """Following our contract review, {org} is recalling all accounts in placement batch 2025-06 with effect from 31 July.

Please cease all collection activity on those accounts from that date, return the account files and payment records to us through the usual secure transfer channel, and confirm the closing balances. Any payments received after 31 July should be remitted to us in full.""")

S("conexus", "consumer", L(c=True, cat="debt_dispute"),
  "A debtor disputes the balance and asks for it to be corrected: the debt figure is disputed (debt_dispute), not a "
  "request to rectify personal data; rights=[].",
  "Balance on account {ref} is wrong",
  """Your statement of 1 July shows a balance of £1,246.80. That figure is wrong. I paid £300 on 14 May and £300 on 12 June, both by bank transfer to the account shown on your letters, and the statement shows neither.

Please correct the balance to £646.80 and send me an amended statement. I enclose my bank statements showing both payments.""", noquote=True)

S("conexus", "adviser", L(tp=True),
  "An adviser notifies a debt respite (Breathing Space) moratorium and asks for protections to be applied: statutory "
  "process, not a data right; neutral, rights=[].",
  "Breathing Space moratorium - {client}",
  """Please note that {client} entered a standard Breathing Space moratorium on 3 July, and you should have received the Insolvency Service notification.

Kindly confirm that the account has been marked accordingly, that interest, charges and enforcement action have been suspended for the duration of the moratorium, and that all contact will be directed to this office.""")

S("conexus", "mp", L(tp=True),
  "An MP's caseworker asks neutrally for a progress update on a constituent's case: a case-progress enquiry, not a data "
  "right and not yet a chaser; rights=[].",
  "Constituent: {client} - progress update",
  """Further to our letter of 10 June on behalf of our constituent {client}, I should be grateful for an update on the current position of her account and of the review of her payment arrangement that your colleague mentioned.

Our constituent has a review meeting with her work coach next week and would find it helpful to know where matters stand.""")

S("conexus", "creditor", L(),
  "A creditor asks Conexus to delete a duplicate placement file sent in error: deleting a file, not erasure of anyone's "
  "data on their behalf; rights=[].",
  "Duplicate placement file - please delete",
  """Our overnight process sent the June placement file to your SFTP server twice on 3 June (the second file ends _v2). The files are identical.

Please delete the duplicate file without loading it, so that the accounts are not placed twice, and confirm when this has been done.""")

S("conexus", "consumer", L(c=True, cat="platform_defect"),
  "A debtor cannot get 'access' to the online account portal, which keeps failing: a portal fault (platform_defect), not "
  "the right of access; rights=[].",
  "Unable to access the online portal",
  """For the past nine days I have been unable to access your online portal to make my monthly payment. Each time I log in, I receive "Error 503 - service unavailable". My payment is now overdue through no fault of mine.

Please restore my access to the portal or give me another way to pay without the call charges, and confirm that no arrears will be recorded for this month.""", noquote=True)

S("conexus", "adviser", L(tp=True),
  "An adviser encloses its own authority form, which describes clients' data rights; describing rights is not asking "
  "Conexus to act on one; neutral, rights=[].",
  "{client} - authority to act",
  """Please find attached a signed authority to act for {client}, in the form agreed with the Credit Services Association.

The form explains to our client that she has rights of access, rectification and objection under the UK GDPR and that we will share her information with her creditors only for the purpose of resolving her debts. Please add it to your file and note this office as the point of contact.""")

S("conexus", "solicitor", L(c=True, ex=True, tp=True, cat="debt_dispute"),
  "A solicitor's explicit complaint that the debt is statute-barred; 'breach of the Consumer Credit Act' is a breach in "
  "another sense. Nothing is asked about data; rights=[].",
  "Our client {client} - statute-barred debt - complaint",
  """We act for {client}. Your letter of 12 June demands £3,410 in respect of a credit card account on which no payment or acknowledgement has been made since 2016. The debt is statute-barred under the Limitation Act 1980.

Your letter threatens county court proceedings, which we regard as a breach of the Consumer Credit sourcebook. Please treat this as a formal complaint. We require confirmation within 14 days that the account will be closed and that no further demands will be made.""")

S("conexus", "consumer", L(),
  "A debtor asks for a copy of the default notice and the original agreement from the creditor's file: documents "
  "requested under consumer credit law, not a request for all data held; neutral, rights=[].",
  "Copy default notice - {ref}",
  """I am preparing a defence to a possible claim and have been advised to obtain copies of the key documents.

Please would you supply a copy of the default notice served under section 87 of the Consumer Credit Act 1974 in respect of this account, and confirm the date on which it was served. If you do not hold it, please tell me so that I can request it from Sterling Credit Loans directly.""", noquote=True)

S("conexus", "creditor", L(),
  "A creditor's oversight analyst asks for her new colleague to be added to the monthly performance pack distribution: "
  "mailing-list admin, not a data right; rights=[].",
  "Monthly performance pack - distribution list",
  """Please add our new agency manager, Mr Reuben Ashcroft, to the distribution list for the monthly performance pack and the quarterly compliance MI, with effect from the August pack.

Please also remove Ms Tamsin Hale, who has moved to another department, from the same list.""")

S("conexus", "consumer", L(),
  "A debtor asks to change his payment date: altering an arrangement, not rectifying inaccurate personal data; neutral, "
  "rights=[].",
  "Change of payment date - {ref}",
  """I have changed jobs and am now paid on the 25th of each month rather than the 1st.

Could you please update my payment arrangement so that my instalment of £45 is collected on the 28th of each month from August onwards? The amount stays the same.""", csex="m", noquote=True)

S("conexus", "adviser", L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser's explicit complaint that agents keep phoning a client who asked for written contact only: 'stop "
  "phoning her' is a conduct remedy, not objection; rights=[].",
  "Complaint - continued calls to {client}",
  """We write to complain on behalf of {client}. On 4 June we asked you in writing to contact our client only through this office. She has since received eleven calls from your agents, two on a Sunday.

Please stop telephoning our client, confirm that the instruction has been placed on the account, and explain why our letter of 4 June was not acted upon.""")

S("conexus", "mp", L(r="portability,access", tp=True),
  "An MP's caseworker (third_party) asks neutrally for a constituent's payment history in a spreadsheet file for a "
  "charity's software = portability, and a copy of her other data = access.",
  "Constituent: {client} - account data in electronic form",
  """Our constituent {client} is working with a local debt charity to consolidate her repayments. She has asked {org} to assist and her consent is attached.

[[portability|On her behalf, we should be grateful if you would provide her payment history and the personal data she has given you in a structured, machine-readable format (for example CSV), so that the charity can load it into its budgeting software.]] [[access|Please also send her a copy of any other personal data you hold about her.]]

Thank you for your assistance.""")


# =====================================================================================================================
# rendering
# =====================================================================================================================

FIRST_F = ["Harriet", "Eleanor", "Catherine", "Philippa", "Rosalind", "Joanna", "Gillian", "Anita", "Deborah",
           "Frances", "Imogen", "Margaret", "Nadia", "Priyanka", "Sarah", "Helen", "Victoria", "Alison", "Olufunke",
           "Siobhan", "Rachel", "Caroline", "Ruth", "Meera", "Lucy", "Bronwen", "Elizabeth", "Aoife", "Shabana"]
FIRST_M = ["Jonathan", "Richard", "Andrew", "Simon", "Matthew", "Christopher", "Nicholas", "Rupert", "Adrian",
           "Dominic", "Gareth", "Hugh", "Rajesh", "Tobias", "Edward", "Malcolm", "Kenneth", "Oliver", "Daniel",
           "Ifeanyi", "Hamish", "Peter", "Julian", "Farid", "Michael", "Stephen", "Alastair", "Benedict"]
LASTS = ["Ashworth", "Bramley", "Carrington", "Davenport", "Ellery", "Fairclough", "Gresham", "Halliwell", "Iqbal",
         "Jesson", "Kingsley", "Latimer", "Montague", "Nuttall", "Oyelaran", "Pemberton", "Quayle", "Radcliffe",
         "Selwyn", "Thackeray", "Underwood", "Venables", "Whitfield", "Yardley", "Ahmed", "Bhattacharya", "Crossley",
         "Dunstan", "Everard", "Fitzgerald", "Goodall", "Hargreaves", "Lindsay", "Mackintosh", "Ormerod", "Petrie",
         "Rushworth", "Stanhope", "Trevelyan", "Wainwright"]
CLIENT_F = ["Mrs Helen Ashby", "Ms Joanne Pilkington", "Mrs Agnieszka Nowak", "Miss Chantelle Robson",
            "Mrs Farzana Begum", "Ms Deborah Illingworth", "Mrs Patricia O'Rourke", "Ms Yetunde Adebayo",
            "Mrs Janet Crowther", "Miss Lauren Heald", "Mrs Susan McAllister", "Ms Kirsty Dunne"]
CLIENT_M = ["Mr Graham Lister", "Mr Tariq Mahmood", "Mr Kevin Ashcroft", "Mr Piotr Zielinski", "Mr Dennis Rowe",
            "Mr Samuel Osei", "Mr Brian Tolley", "Mr Ravinder Gill", "Mr Colin Ferris", "Mr Aled Pritchard",
            "Mr Gordon Baxter", "Mr Liam Corrigan"]
CONSUMER_DOMAINS = ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk",
                    "protonmail.com", "virginmedia.com"]

# role -> (organisations [(name, domain)], titles); None organisations = a private person
ROLES = {
    "firm": ([("Ashdown Reeve LLP", "ashdownreeve.co.uk"), ("Calloway Pritchard Solicitors", "callowaypritchard.co.uk"),
              ("Northgate Conveyancing Ltd", "northgateconveyancing.co.uk"), ("Fairbrother Lowe", "fairbrotherlowe.co.uk"),
              ("Hensley Marr LLP", "hensleymarr.co.uk"), ("Quayside Property Lawyers", "quaysidelaw.co.uk"),
              ("Birtwistle & Co Licensed Conveyancers", "birtwistleconveyancing.co.uk")],
             ["Practice Manager", "Head of Residential Property", "Compliance Officer for Legal Practice",
              "Data Protection Lead", "Licensed Conveyancer", "Partner", "Operations Director"]),
    "client": ([("Ashdown Reeve LLP", "ashdownreeve.co.uk"), ("Calloway Pritchard Solicitors", "callowaypritchard.co.uk"),
                ("Northgate Conveyancing Ltd", "northgateconveyancing.co.uk"), ("Fairbrother Lowe", "fairbrotherlowe.co.uk"),
                ("Hensley Marr LLP", "hensleymarr.co.uk"), ("Quayside Property Lawyers", "quaysidelaw.co.uk"),
                ("Birtwistle & Co Licensed Conveyancers", "birtwistleconveyancing.co.uk")],
               ["Solicitor", "Associate Solicitor", "Licensed Conveyancer", "Senior Associate", "Partner"]),
    "lender": ([("Kestrel Building Society", "kestrelbs.co.uk"), ("Heathcote Bank", "heathcotebank.co.uk"),
                ("Thames Valley Mortgages", "tvmortgages.co.uk"), ("Marlowe Building Society", "marlowebs.co.uk"),
                ("Ridgeway Home Loans", "ridgewayhomeloans.co.uk")],
               ["Compliance Manager", "Data Protection Officer", "Head of Mortgage Operations",
                "Completions Team Leader", "Regulatory Risk Analyst"]),
    "adviser": ([("Calderbrook Money Advice Centre", "calderbrookmoneyadvice.org.uk"),
                 ("Brightwater Debt Advice Trust", "brightwaterdebt.org.uk"),
                 ("Eastgate Community Money Advice", "eastgatecma.org.uk"),
                 ("Pennine Citizens Money Service", "penninemoney.org.uk"),
                 ("Harbourside Welfare Rights", "harbourside-welfare.org.uk")],
                ["Money Adviser", "Senior Debt Caseworker", "Specialist Debt Adviser", "Casework Supervisor"]),
    "mp": ([("Office of Rebecca Hollins MP", "parliament.uk"), ("Office of David Achebe MP", "parliament.uk"),
            ("Office of Fiona Marchetti MP", "parliament.uk"), ("Office of Gerald Pike MP", "parliament.uk")],
           ["Senior Caseworker", "Caseworker", "Constituency Caseworker"]),
    "solicitor": ([("Dunmore Fielding Solicitors", "dunmorefielding.co.uk"), ("Pryce & Okoro LLP", "pryceokoro.co.uk"),
                   ("Whitlock Crane Solicitors", "whitlockcrane.co.uk"), ("Ambrose Hale Law", "ambrosehale.co.uk")],
                  ["Solicitor", "Trainee Solicitor", "Consumer Credit Solicitor", "Partner"]),
    "creditor": ([("Northline Energy", "northline-energy.co.uk"), ("Pennant Mobile", "pennantmobile.co.uk"),
                  ("Sterling Credit Loans", "sterlingcredit.co.uk"), ("Lumen Water", "lumenwater.co.uk")],
                 ["Collections Partner Manager", "Recoveries Manager", "Agency Oversight Analyst",
                  "Data Protection Officer"]),
    "consumer": (None, []),
}

GREET = {"pexa": ["Dear Sir or Madam,", "Dear PEXA Support,", "Dear Data Protection Officer,", "Dear Sirs,",
                  "Good morning,", "Dear Colleagues,", "Dear PEXA team,"],
         "conexus": ["Dear Sir or Madam,", "Dear Sirs,", "Dear Data Protection Officer,", "Dear Conexus,",
                     "Good afternoon,", "To the Customer Relations Team,", "Dear Sir/Madam,"]}
SIGNOFF = ["Yours faithfully,", "Yours sincerely,", "Kind regards,", "With kind regards,", "Regards,"]
ORG_FOOTERS = [
    "This email and any attachments are confidential and may be legally privileged. If you are not the intended "
    "recipient, please notify the sender immediately and delete it. {org} processes personal data in accordance with "
    "the UK GDPR; our privacy notice, which explains your rights of access, rectification and erasure, is on our "
    "website.",
    "{org}. Please note that we will never notify you of a change to our bank details by email. Always telephone "
    "us on a number you have verified before sending funds.",
    "IMPORTANT: this message is intended for the addressee only and may contain personal data. If you have received "
    "it in error, please tell us and delete it. Any views expressed are those of the author.",
    "{org} is authorised and regulated by the relevant regulator. Registered office as above. "
    "Information about how we use personal data is available on request.",
]
MP_FOOTER = ("This email is sent on behalf of a Member of Parliament in connection with constituency casework. The "
             "constituent has given consent for us to act on their behalf. House of Commons, London SW1A 0AA.")
CONSUMER_FOOTERS = ["Sent from my iPad", "Tel: 07700 900{n}", "Please reply by email rather than post.",
                    "Address for correspondence as above."]
FIRM_Q = {
    "pexa": [("PEXA Support", "Dear Customer,\n\nThank you for contacting PEXA Support. Your enquiry has been logged and "
              "a member of the team will be in touch. Please quote the workspace number in any further correspondence."
              "\n\nPEXA Support"),
             ("PEXA Customer Relations", "Thank you for your email, which we have received. We aim to respond to "
              "correspondence within five working days.\n\nPEXA Customer Relations")],
    "conexus": [("Conexus Customer Relations", "Dear Sir or Madam,\n\nThank you for your correspondence. Before we can "
                 "discuss the account, please provide the customer's full name, address, date of birth and our "
                 "account reference.\n\nConexus Customer Relations"),
                ("Conexus", "Thank you for contacting Conexus. Your email has been received and passed to the "
                 "appropriate team. We aim to reply within ten working days.\n\nConexus")],
}
DATES = ["Tue, 3 Jun 2025 at 10:21", "14 May 2025, at 15:48", "Fri, 20 Jun 2025 at 09:03", "7 Apr 2025 at 12:36",
         "Wed, 16 Jul 2025 at 16:40", "Mon, 28 Apr 2025 at 08:57"]

MARK = re.compile(r"\[\[([a-z_+]+)\|(.+?)\]\]", re.S)


def segments(text):
    """[(text, rights-or-None)] for a scenario string with [[right|sentence]] (or [[r1+r2|clause]]) markers."""
    return [(t, None if r is None else r.split("+")) for t, r in mark_segments(text, MARK)]




def make_sender(sc, rng, used):
    """(values for placeholders, from header, sign-off block, footer candidates) for one rendering."""
    orgs, titles = ROLES[sc["role"]]
    while True:
        first = rng.choice(FIRST_F if rng.random() < 0.5 else FIRST_M)
        last = rng.choice(LASTS)
        org = rng.choice(orgs) if orgs else None
        key = (first, last) if org is None else org
        if key not in used and (first, last) not in used:
            break
    used.append(key)
    used.append((first, last))
    f, l = first.lower(), last.lower()
    if org is None:
        n = rng.randrange(2, 98)
        local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{n}", f"{l}.{f}", f"{f}.{l}{n}"])
        frm = f"{first} {last} <{local}@{rng.choice(CONSUMER_DOMAINS)}>"
        sign = rng.choice(["Yours faithfully,", "Yours sincerely,", "Kind regards,"]) + f"\n\n{first} {last}"
        foot = [c.replace("{n}", str(rng.randrange(100, 999))) for c in CONSUMER_FOOTERS]
        vals = {"org": "", "title": ""}
    else:
        title = rng.choice(titles)
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}", f"{f[0]}.{l}"])
        frm = f"{first} {last} <{local}@{org[1]}>"
        sign = rng.choice(SIGNOFF) + f"\n\n{first} {last}\n{title}\n{org[0]}"
        if rng.random() < 0.5:
            sign += f"\nDirect line: 0{rng.randrange(113, 199)} 496 0{rng.randrange(100, 999)}"
        foot = [MP_FOOTER] if sc["role"] == "mp" else [c.replace("{org}", org[0]) for c in ORG_FOOTERS]
        vals = {"org": org[0], "title": title}
    vals.update(first=first, last=last, full=f"{first} {last}")
    return vals, frm, sign, foot


def fill(text, vals):
    for k, v in vals.items():
        text = text.replace("{" + k + "}", v)
    return text


def render(sc, src, env, rng, used):
    """One record of scenario sc in envelope env."""
    mb = sc["mb"]
    vals, frm, sign, foot = make_sender(sc, rng, used)
    client = rng.choice(CLIENT_M if sc.get("csex") == "m" else CLIENT_F)
    vals["client"] = client
    vals["cshort"] = client.split()[0] + " " + client.split()[-1]
    vals["ref"] = (f"CX-{rng.randrange(1000000, 9999999)}" if mb == "conexus"
                   else f"WS-{rng.randrange(10000000, 99999999)}")
    vals["ours"] = (re.sub(r"[^A-Z]", "", vals["org"])[:3] or "PR") + f"/{rng.randrange(1000, 9999)}/{vals['last'][:3].upper()}"
    subj_segs = segments(fill(sc["subject"], vals))
    body_segs = segments(fill(sc["body"], vals))
    if env == "typo":
        body_segs = typo_segments(body_segs, rng, after_stop="@/-_.")
    subject = "".join(t for t, _ in subj_segs)
    core = "".join(t for t, _ in body_segs)
    marks = [(r, t) for t, rs in subj_segs if rs for r in rs]
    body_marks = [(r, t) for t, rs in body_segs if rs for r in rs]

    greet = sc.get("greet") or rng.choice(GREET[mb])
    text = greet + "\n\n" + core + "\n\n" + sign
    if env == "footer":
        text += "\n\n" + rng.choice(foot)

    quote = sc.get("quote") or (rng.choice(FIRM_Q[mb]) if env == "quote" else None)
    qtext = None
    if quote:
        qtext = f"On {rng.choice(DATES)}, {quote[0]} wrote:\n" + quote_lines(fill(quote[1], vals))
        if not subject.lower().startswith("re:"):
            subject = "Re: " + subject

    html = env == "html"
    if html:
        body = html_with_quote(text, qtext)
        body_marks = [(r, escape_html(t)) for r, t in body_marks]
    else:
        body = text + ("\n\n" + qtext if qtext else "")
    marks += body_marks
    seen, rs = set(), []
    for r, t in marks:
        if (r, t) not in seen:
            seen.add((r, t))
            rs.append({"right": r, "text": t})
    return {"id": None, "mailbox": mb, "from": frm, "subject": subject, "headers": dict(sc.get("headers") or {}),
            "body": body, "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])),
            "note": sc["note"], "source": src, "request_sentences": rs, "train_labels": ["rights"], "_env": env}


def build(rng):
    records = []
    for i, sc in enumerate(SCEN, 1):
        src = f"rmh-s{i:03d}"
        used = []
        n = 3 if rng.random() < 0.15 else 2
        pool = ["plain", "html", "typo", "footer"]
        if not sc.get("quote") and not sc.get("noquote"):
            pool.append("quote")
        for env in rng.sample(pool, n):
            records.append(render(sc, src, env, rng, used))
    return records


def main(argv):
    out = argv[0] if argv else OUT
    return run_generator(build, SEED, "rmh", out, errors=marked_record_errors, train_labels=["complaint"], summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCEN)} scenarios to {out}; envelopes {dict(sorted(env.items()))}"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
