#!/usr/bin/env python3
"""Marked rights evaluation set AA: 60 scenarios (30 per mailbox), each rendered twice -> 120 emails.

45 scenarios ask the receiving firm (PEXA or Conexus) to act on one or more UK GDPR rights; every sentence that asks
for a right is written inline as [[right|sentence]] (or [[right1,right2|sentence]]) and becomes a request_sentences
mark. 15 scenarios are look-alikes with rights [] (tempting words: access to a portal, delete an attachment, object to
a fee, stop calling me, a real person on the phone, requests made to another firm, business data exports).
Labels follow the labelling guide (/work/shared/labelling/labelling-guide.md).

Every scenario is rendered twice with two different envelopes drawn from the generator's own rng: plain, HTML,
a reply quoting the firm's earlier message (plain or HTML), letter-swap typos outside the marks, and for some
scenarios a short version or a subject-only version.

Usage:  .venv/bin/python data/make/make_rights_marked_aa.py      (stdlib only; deterministic)
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors,  # noqa: E402
                           rights_marks_of, run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270408
PREFIX = "rmaa"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "rights_marked_aa.jsonl")

# ---------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def S(mailbox, kind, lab, subject, body, note, *, org=None, domain=None, title=None, gender=None, first=None,
      short=None, subj=None, quote=None):
    """Add scenario rmaa-sNNN. kind: person (own mailbox), staff (writes from an organisation's address, signs
    with title and organisation), rep (an organisation writing for someone else)."""
    SCENARIOS.append({"source": f"rmaa-s{len(SCENARIOS) + 1:03d}", "mailbox": mailbox, "kind": kind,
                      "labels": lab, "subject": subject, "body": body, "note": note, "org": org,
                      "domain": domain, "title": title, "gender": gender, "first": first, "short": short,
                      "subj": subj, "quote": quote})


L = short_labels

# ============================== PEXA: rights (s001-s023) ==============================

S("pexa", "staff", L(r="access"),
  "Copy of my personal data before I leave Hartwell Briggs",
  """I'm leaving Hartwell Briggs at the end of next month and moving out of conveyancing altogether, so our administrator will be closing my PEXA user account.

Before that happens, [[access|please send me a copy of the personal data PEXA holds about me, including my user profile, the identity verification record from when I registered, and any support call recordings or notes in my name.]]

There's no problem with anything, I just like to keep my own records. A PDF or a zip of files by email is fine. My user ID is {uid}.""",
  "A user's neutral request for a copy of the data PEXA holds on her is access; with no dissatisfaction it is not a complaint, so category none.",
  org="Hartwell Briggs LLP", domain="hartwellbriggs.co.uk", title="Senior Conveyancer",
  short="""Leaving the firm next month. [[access|Could you send me a copy of all the personal data you hold on me (profile, ID verification record, any call recordings)?]] User ID {uid}. Nothing wrong, it's just for my own records.""")

S("pexa", "person", L(r="erasure"),
  "Old user account - please remove",
  """I was a mortgage completions officer at Thames Valley Mortgages until May and had a PEXA login through them. I've since changed career and won't need the platform again.

[[erasure|Please delete my user account and the personal details attached to it (name, mobile number, date of birth and the ID documents I uploaded).]] If something has to be kept by law, that's fine.

Thanks for your help.""",
  "A neutral request to delete a former user's account and details is erasure without dissatisfaction, so complaint=false; Thames Valley Mortgages is only the former employer, so about_other_firm stays null.",
  subj="[[erasure|Please delete my old PEXA user account and personal details]] (ex Thames Valley Mortgages)")

S("pexa", "staff", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "My profile still shows my old firm",
  """I moved from Carrow Reid to Linton & Adebayo in January and told your onboarding team at the time. Three months on, my PEXA profile still lists me under Carrow Reid. When other firms search for me to add me to a workspace they find my old firm's details and can't add me, and one sale was held up for two days while we untangled it.

This is the third time I have raised it. [[rectification|Please correct my profile so that it shows Linton & Adebayo and my current email address.]] I'd also like someone to confirm when it's done rather than me having to chase again.""",
  "Her own profile data is wrong and holding up work, and she expects action: an implicit complaint about inaccurate personal data (category personal_data, nothing disclosed so breach=false); 'correct my profile' is rectification.",
  org="Linton & Adebayo Solicitors", domain="lintonadebayo.co.uk", title="Associate Solicitor")

S("pexa", "staff", L(c=True, ex=True, pd=True, br=True, r="access,erasure", cat="personal_data"),
  "Formal complaint - my passport scan sent to another firm",
  """I am writing to make a formal complaint about how PEXA Support handled my identity documents.

When I registered last month I uploaded a scan of my passport and a utility bill for the identity check. Yesterday a conveyancer at another firm rang me to say your support team had emailed her both documents, attached to a reply that was meant for me. She has deleted them, but I have no idea who else has seen them or whether they went anywhere else.

I would like to know how this happened and what you are doing to stop it happening again. [[access|Please also send me a copy of all the personal data you hold about me, including the emails your support team sent about my registration.]] [[erasure|Now that my registration has been approved, please delete the passport scan and utility bill from your systems.]]

I expect a written response.""",
  "She calls it a formal complaint and her ID documents were emailed to another firm, so explicit, breach and personal_data (category personal_data); a copy of her data is access and deleting the scans is erasure, while 'she has deleted them' is narrative.",
  org="Denholm Kerr Solicitors", domain="denholmkerr.co.uk", title="Paralegal")

S("pexa", "staff", L(r="automated_decision,informed"),
  "Identity check result on my new user registration",
  """Our administrator set me up as a new user last week and I completed the online identity check, which came back as 'not verified' within a few seconds. I gather from colleagues this is usually something minor, like a middle name not matching the electoral roll.

No criticism intended, I understand these checks have to happen. As far as I can tell nobody has actually looked at it yet, so [[automated_decision|I'd like a member of your team, rather than the automated check, to review my verification.]] [[informed|It would also help to know which information the check used and where it got it from, so I can see what didn't match.]]

I'm happy to send extra documents if that helps.""",
  "Polite and without dissatisfaction, so not a complaint; a person reviewing the solely automated check is automated_decision and which information it used and where from is informed.",
  org="Fenwick Mutual", domain="fenwickmutual.co.uk", title="Mortgage Completions Officer")

S("pexa", "person", L(c=True, pd=True, r="objection,informed", cat="personal_data"),
  "Why am I getting PEXA marketing emails?",
  """I sold my flat in March. My solicitor used your platform, which is fine, but I never had any direct dealings with PEXA and certainly never signed up for anything from you.

Since then I've had four emails from you about 'moving home checklists', a survey about my 'settlement experience', and this morning a text offering a discount on removal firms. I find this intrusive and I'd like it dealt with properly, not just with an unsubscribe link.

[[objection|I object to you using my contact details for marketing or surveys of any kind.]] [[informed|Please tell me how you came to have my email address and mobile number, and what you think gives you the right to market to me.]]""",
  "Unwanted marketing from a firm she never dealt with, with a reply expected, is an implicit complaint about unexpected use of her data against PEXA itself (personal_data, no disclosure so breach=false); she objects to marketing and asks the source and basis (informed).")

S("pexa", "person", L(tp=True, r="access,informed"),
  "Request on behalf of my father, Mr Walter Ashby",
  """I hold a registered lasting power of attorney for property and financial affairs for my father, Walter Ashby, who sold his house at 9 Kingfisher Row, Bramley, in February before moving into residential care. A copy of the LPA is attached.

Dad's bank and his solicitor both mentioned that the sale went through your platform. I'm pulling his paperwork together and would be grateful for two things:

[[access|please send me a copy of any personal information PEXA holds about my father from the sale;]]
[[informed|please explain what you use that information for, who you share it with and how long you keep it.]]

There's no problem with the sale itself.""",
  "An attorney writing for his father (third_party) without dissatisfaction: a copy of the father's data is access and an explanation of use, sharing and retention is informed; complaint=false.",
  gender="m")

S("pexa", "staff", L(c=True, r="portability,erasure", cat="fees_charges"),
  "Leaving PEXA after the new fee structure",
  """Your letter of 2 June says the per-workspace fee for small practices goes up by nearly 40% from next quarter. For a one-person practice doing eight or ten transactions a month that is simply not sustainable, and there was no consultation at all. It is a poor way to treat the smaller firms who backed the platform early, and I would like an explanation of why small practices have been hit hardest.

I have decided to move to another settlement provider once my current matters are complete. Before I go:

[[portability|Please send me the personal data I have provided to you as a user, including my profile, my signing certificate details and my training history, in a machine-readable format such as CSV so I can load it into the new provider's system.]]
[[erasure|Once that is done, please delete my user account and my personal details.]]

I'd appreciate a reply before the end of the month.""",
  "The fee rise with a demanded explanation is an implicit complaint about fees_charges; the CSV export to load into another provider is portability and deleting his account is erasure, but the grievance is not data handling, so personal_data=false.",
  org="Quillan Conveyancing", domain="quillanconveyancing.co.uk", title="Principal")

S("pexa", "staff", L(c=True, pd=True, r="rectification,automated_decision", cat="personal_data"),
  "Account suspended - practising certificate date is wrong",
  """At 9.10 this morning I was locked out of signing on PEXA with a message saying my practising certificate had expired. It has not: it was renewed on 1 November and runs to 31 October next year. Your record seems to show last year's expiry date, and I gather the platform suspends signing rights automatically when that date passes.

I had two completions booked for today and have had to ask a colleague to take them over at the last minute, which is embarrassing in front of clients.

[[rectification|Please correct the expiry date on my profile to 31 October next year.]] [[automated_decision|I also want a person on your side to review the suspension today, rather than leaving it to the automatic check to lift it whenever it next runs.]]

Please ring me on my direct line once it's sorted.""",
  "A wrong date in his own record triggered an automatic suspension and disrupted completions: implicit complaint about inaccurate personal data (category personal_data); correcting the date is rectification and a person reviewing the automatic suspension is automated_decision.",
  org="Rowntree Saddler LLP", domain="rowntreesaddler.co.uk", title="Solicitor")

S("pexa", "person", L(c=True, r="access", cat="delay", firm="mpc"),
  "Purchase of 27 Heron Way - no progress",
  """My purchase of 27 Heron Way, Exmouth, has been sitting still for five weeks. My conveyancers, Marsh & Penrose, kept telling me they were 'waiting on the platform', but when I finally got through to a partner yesterday she admitted the workspace had never been set up because my file had been left with a trainee who has since left. My mortgage offer runs out at the end of next month and I'm losing sleep over it.

I understand PEXA can't chase them for me, but please pass this on to whoever deals with it at their end so someone senior looks at my file.

Separately, [[access|I'd like a copy of whatever personal information PEXA holds about me in connection with this purchase.]]""",
  "The delay is wholly her own conveyancer's doing, so the complaint is forwarded (about_other_firm=mpc, category delay); her separate request to PEXA for a copy of the data it holds on her is access.")

S("pexa", "rep", L(tp=True, r="objection,restriction"),
  "Our client Mrs Harriet Okonjo - use of her transaction data in market reports",
  """We act for Mrs Harriet Okonjo, who completed the sale of 4 Alder Mews, Harrogate, through your platform in April. Her signed authority is enclosed.

Mrs Okonjo has read that PEXA publishes property market insight reports built from settlement data, and she does not want her transaction used in that way. Accordingly:

[[objection|Our client objects to the processing of her personal data, including the price and date of her sale, for market reports, research or analytics.]]
[[restriction|While you consider that objection, please do not use her data for any such purpose, including any report currently being prepared.]]

We should be grateful for your written confirmation within one month.""",
  "A solicitor writing for a client (third_party) with no dissatisfaction about anything done so far: objecting to analytics use is objection and not using the data while the objection is considered is restriction; complaint=false.",
  org="Fairbourne Lacey Solicitors", domain="fairbournelacey.co.uk", title="Partner")

S("pexa", "staff", L(c=True, r="access", cat="service_quality"),
  "Call with your support desk on Tuesday",
  """I rang your support desk on Tuesday afternoon because a settlement figure wasn't balancing. The adviser I spoke to was dismissive from the start, talked over me, told me it was 'obviously a user error' before he had even opened the workspace, and then ended the call while I was still speaking. It turned out to be a rounding issue that one of his colleagues fixed in five minutes the next day.

I don't expect to be spoken to like that by a supplier we pay for. I'd like an apology and for someone to look at how that call was handled. [[access|Please also send me a copy of the recording of that call and any notes made on it, as I want to see exactly what was said.]]""",
  "The grievance is how the support adviser treated her, an implicit complaint about service_quality; a copy of the call recording is access, but personal_data stays false because the grievance is not data handling.",
  org="Pemberton Vale Solicitors", domain="pembertonvale.co.uk", title="Conveyancing Executive")

S("pexa", "person", L(c=True, pd=True, r="erasure,restriction", cat="personal_data"),
  "I left Kestrel in October - why is my mobile still on your platform?",
  """I left Kestrel Building Society in October. Since then I have had at least a dozen calls on my personal mobile from conveyancers who found my name and number listed as the lender contact on Kestrel's workspaces on your platform. Two of them were quite aggressive when I said I no longer work there.

Kestrel say they removed me on their side months ago, so the details must be held somewhere on yours. [[erasure|Please delete my name and mobile number from your platform altogether.]] [[restriction|Until that is done, please at least stop them being displayed to other users.]]

I'd like to hear back about what you are doing, because this is taking up my evenings.""",
  "Out-of-date contact details still shown on PEXA cause her calls and she expects action: implicit complaint about PEXA's handling of her data (category personal_data, shown by design rather than disclosed in error, so breach=false); delete is erasure, stop displaying meanwhile is restriction; Kestrel is only her former employer.")

S("pexa", "person", L(r="rectification,restriction"),
  "Spelling of my name on my remortgage",
  """I'm remortgaging with my bank and my solicitor has shown me the settlement summary from your platform. My first name is shown as 'Siobahn' rather than 'Siobhan'. My solicitor says she has corrected it on her side but that PEXA may hold its own copy.

[[rectification|Please correct the spelling of my first name on any record you hold for me.]] [[restriction|Until it has been corrected, please don't pass my details on to anyone in the misspelt form.]]

The remortgage itself is going fine, I just want the name right before it's registered.""",
  "No dissatisfaction is expressed, so not a complaint: correcting the spelling of her name is rectification and not passing the details on until corrected is restriction.",
  gender="f", first="Siobhan",
  short="""My first name is Siobhan, not 'Siobahn' as it appears on the settlement summary for my remortgage. [[rectification|Please correct it on any record you hold for me.]] [[restriction|Until then, please don't pass my details on in the misspelt form.]]""")

S("pexa", "staff", L(r="informed"),
  "Question about login monitoring",
  """Our IT lead mentioned that PEXA analyses users' login patterns and devices to spot unusual sign-ins. I'm not unhappy about it, just curious, as I log in from a few different places.

[[informed|Could you tell me what information about my logins and devices you collect, what you use it for and how long you keep it?]]

If there's a privacy notice page that covers this, a link would be fine.""",
  "A neutral question about what login data is collected, why and for how long is the right to be informed; nothing else is requested and there is no dissatisfaction, so complaint=false.",
  org="Bellamy Hurst LLP", domain="bellamyhurst.co.uk", title="Trainee Solicitor")

S("pexa", "staff", L(c=True, ex=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
  "Complaint - my number given to a research company",
  """I want to complain about calls I have been getting from a market research company, Tandem Insight, who say they are 'working on behalf of PEXA' to survey platform users. They have called my mobile five times in a fortnight, twice during completions, and did not take no for an answer.

I never agreed to my number being passed to anyone for research. I gave it to PEXA for two-factor sign-in and nothing else.

[[informed|Please tell me exactly what details of mine you gave Tandem Insight, when, and on what basis.]]
[[objection|I object to my personal data being used for research or surveys.]]
[[erasure|I also want you to make sure Tandem Insight delete my number, and to delete it from any list you hold other than for sign-in.]]""",
  "Explicit complaint that her number was passed to PEXA's research agency: sharing it unexpectedly is personal_data (category personal_data) but it went to PEXA's own contractor, not the wrong person, so breach=false; what was shared and why is informed, research use objection, deletion erasure.",
  org="Greenway Holt Solicitors", domain="greenwayholt.co.uk", title="Head of Residential Property")

S("pexa", "rep", L(tp=True, r="rectification,access"),
  "Mr Desmond Fairweather - deputyship and change of correspondence address",
  """I was appointed by the Court of Protection as property and affairs deputy for Mr Desmond Fairweather in August; the sealed order is attached. Mr Fairweather's house at 61 Quarry Lane, Matlock, is being sold through Hexham Ward Solicitors, who tell me the transaction will run on your platform.

Two requests on his behalf:
1. [[rectification|Please update the correspondence address you hold for Mr Fairweather to this office, as he no longer lives at Quarry Lane and post there is not being read.]]
2. [[access|Please send me a copy of the personal data you currently hold about Mr Fairweather.]]""",
  "A court-appointed deputy acting for the seller (third_party) with no dissatisfaction: updating his address is rectification and a copy of his data is access; complaint=false.",
  org="Castlegate Deputyship Services", domain="castlegatedeputy.co.uk", title="Professional Deputy")

S("pexa", "person", L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "texts about someone else's house purchase",
  """I got a new mobile number in January and since then I've had five text messages from PEXA about a property settlement that has nothing to do with me. The one this morning gave a name, the address of the property and said funds had been 'released to the seller'. I don't know this person and I shouldn't be seeing any of this.

That's the fifth one, and I've replied STOP twice with no effect. Please sort out whatever record has my number on it. [[erasure|Please delete my mobile number from your systems.]]""",
  "Another person's settlement details reaching him is a disclosure (breach), and he expects it fixed, so an implicit complaint about data handling (personal_data, category personal_data); deleting his own number is erasure, while STOP and 'sort out the record' are not rights.",
  short="""Fifth text from PEXA this month about a stranger's house purchase - name, address, the lot. This number is new and it isn't theirs. Sort it out. [[erasure|Delete my mobile number from your systems.]]""")

S("pexa", "person", L(c=True, ex=True, pd=True, r="access", cat="personal_data"),
  "Data request - still no response",
  """On 3 February I asked for a copy of the personal data you hold about me from my time as a platform user at Orchard Lane. Your privacy team acknowledged it the same day and promised a reply within a month. It is now seven weeks later and I have had nothing, despite two follow-up emails.

Please treat this as a complaint. [[access|I still want a full copy of my personal data, including my user profile, the audit log entries under my name and my training records.]] If I don't receive it within 14 days I will take this to the Information Commissioner.""",
  "An explicit complaint that an access request has gone unanswered for seven weeks: a badly handled rights request is personal_data, and category personal_data is the more specific theme than delay; the renewed request is access and Orchard Lane is only the former employer.",
  quote=("PEXA Privacy Team", "privacy@pexa.co.uk",
         "Hello,\n\nThank you for your request for a copy of your personal data. We have logged it under reference "
         "{ref} and will respond within one calendar month.\n\nKind regards,\nPEXA Privacy Team", (2, 3)))

S("pexa", "staff", L(r="portability"),
  "Training records in a format I can import",
  """I've completed six PEXA Academy modules this year. Our firm is moving to a new learning and CPD tracker, and it can import completion records from a spreadsheet.

[[portability|Could you send me my own training completion records, with module names, dates and scores, as a CSV file so that I can import them into our new tracker?]]

Nothing urgent, any time in the next few weeks is fine.""",
  "A neutral request for her own training records as CSV to import into another system is portability; no dissatisfaction, so complaint=false.",
  org="Ashcombe Lyle Solicitors", domain="ashcombelyle.co.uk", title="Trainee Solicitor")

S("pexa", "staff", L(c=True, ex=True, pd=True, r="access,informed,erasure", cat="personal_data"),
  "Complaint about a recorded call",
  """I'd like to make a complaint. Yesterday your support adviser mentioned in passing that she was 'just checking the recording' of a call I made last month. At no point was I told that calls to your support line are recorded, and I certainly wouldn't have talked about my own health the way I did if I had known.

[[access|Please send me a copy of that recording and of any other recordings of my calls.]]
[[informed|Please explain why you record these calls, what you use the recordings for and how long you keep them.]]
[[erasure|Once I have my copy, I want the recordings deleted.]]""",
  "Explicit complaint that her calls were recorded without her knowledge: data obtained unexpectedly is personal_data (category personal_data) with nothing disclosed, so breach=false; a copy is access, why and how long is informed, deletion is erasure.",
  org="Trevelyan Moss Solicitors", domain="trevelyanmoss.co.uk", title="Conveyancing Assistant")

S("pexa", "person", L(c=True, pd=True, br=True, r="informed", cat="personal_data", firm="gfl"),
  "Greyfriars told my neighbour my sale price",
  """My house sale completed last week through Greyfriars Law. On Saturday my neighbour, who is also selling, told me the price I sold for and my buyer's name - her conveyancer at Greyfriars had mentioned it while 'giving her an idea of the market'. I am furious. I asked Greyfriars to deal with it on Monday and have heard nothing back.

I know it's their doing, not yours, but I was told to contact you as well because the sale ran on your system. Please make sure this reaches the right person there.

[[informed|Separately, I'd like you to tell me what information about me PEXA itself holds from the sale and which firms were able to see it.]]""",
  "The disclosure was made by her own conveyancer, so the complaint is forwarded (about_other_firm=gfl) with breach and personal_data true and category personal_data; her separate question to PEXA about what it holds and who could see it asks for an explanation, so informed.")

S("pexa", "staff", L(r="objection"),
  "Marketing opt-out",
  """Your partnerships team has started emailing and calling me about add-on products (the title insurance bundle and the new analytics dashboard). Service and outage messages are useful and I'd like to keep getting those.

[[objection|However, I object to my details being used to send me marketing, so please take me off those lists.]]

No need for a long reply, a quick confirmation is fine.""",
  "A calm marketing opt-out that keeps service messages is objection without dissatisfaction, so complaint=false.",
  org="Calder Brook Building Society", domain="calderbrookbs.co.uk", title="Completions Manager",
  short="""[[objection|Please note I object to my details being used for marketing - service messages only, please.]] Thanks.""")

# ============================== PEXA: look-alikes (s024-s030) ==============================

S("pexa", "staff", L(c=True, cat="platform_defect"),
  "Can't access workspaces since last night's update",
  """Since your release last night none of our team can access any workspace - the page loads and then shows 'Error 500 - request could not be completed'. We have three completions today and two tomorrow, and clients are ringing us asking why their funds haven't moved.

Your status page says all systems are operational, which is not helpful. I need someone to call me back urgently with an explanation and a time for a fix, and we will be looking to you to cover any late completion interest our clients are charged.""",
  "'Access' means getting into workspaces, not the data-protection right: an outage blocking completions with a fix and costs demanded is an implicit complaint, category platform_defect, rights=[].",
  org="Brightwater Legal", domain="brightwaterlegal.co.uk", title="Property Team Leader")

S("pexa", "staff", L(),
  "Duplicate workspace {ws} - please remove",
  """I accidentally created two workspaces for the same remortgage yesterday. Please could you delete workspace {ws}, which is the duplicate? The other one is correct and the borrower's solicitor has already joined it.

Also, the discharge authority I attached to the correct workspace is the wrong version - could you remove that attachment so I can upload the signed one? I don't seem to have permission to delete it myself.""",
  "A routine service request: 'delete' and 'remove' refer to a duplicate workspace and an attachment, not to anyone's personal data, so rights=[] and no complaint.",
  org="Ravensworth Bank", domain="ravensworthbank.co.uk", title="Settlement Analyst")

S("pexa", "staff", L(c=True, ex=True, cat="fees_charges"),
  "Complaint - new per-workspace fee",
  """Please treat this as a formal complaint about the new per-workspace charge that appeared on our May invoice.

We object to the charge. It was announced in a newsletter footnote two weeks before it took effect, and it now applies to remortgages where we only act for the lender. That has added almost £900 to our monthly bill.

Please send me a copy of the fee schedule that you say was agreed with us, explain how the charge for May was calculated, and credit the remortgage charges until this is resolved.""",
  "An explicit complaint about a fee (fees_charges); 'object', 'copy' and 'explain' refer to the fee, its schedule and its calculation, not to personal data, so rights=[].",
  org="Kinross Whitlock Solicitors", domain="kinrosswhitlock.co.uk", title="Practice Manager")

S("pexa", "person", L(c=True, pd=True, br=True, cat="personal_data", firm="hcb"),
  "Heathcote Bank using my old address",
  """I'm buying a house with a mortgage from Heathcote Bank and the purchase is due to settle on your platform next month. Heathcote keep sending letters about my mortgage to my previous flat, even though I gave them my new address in writing in March and again by phone in April. The new tenant there has been opening them. I also asked Heathcote six weeks ago for a copy of the data they hold about me and have had no answer.

My solicitor suggested I let you know too, as they're the lender on the settlement. Please pass this to the right team at Heathcote so it's dealt with before completion.""",
  "Every grievance (old address, letters opened by the tenant, an unanswered access request) is the lender's, so it is forwarded (about_other_firm=hcb) with personal_data and breach true; her data requests were made to Heathcote, not PEXA, so rights=[].")

S("pexa", "staff", L(),
  "Transaction export for our auditors",
  """Our external auditors have asked for a list of every settlement we took part in on PEXA between 1 April and 30 June, with workspace numbers, settlement dates and the amounts we disbursed.

Could you provide this as a CSV or Excel export? If there's a report I can run myself from the subscriber dashboard, please point me to it instead.""",
  "A lender asking for an export of its own settlement transactions for an audit is a business data request, not portability of the writer's personal data, so rights=[]; a routine request, not a complaint.",
  org="Sandford Mutual", domain="sandfordmutual.co.uk", title="Finance Business Partner")

S("pexa", "staff", L(),
  "User changes for Whitcombe Sutherland",
  """Two admin changes for our subscription, please:

1. Jake Morton left us on Friday. Please remove his user account and revoke his signing rights.
2. Please update our firm's registered address to Suite 4, Mercer House, 18 Cloth Street, Norwich NR2 1PB. We moved in March.

Let me know if you need a signed form for either.""",
  "A firm administrator removing a departed colleague's user and updating the firm's address is account administration for the subscriber, not a data subject's request, so rights=[] and no complaint.",
  org="Whitcombe Sutherland LLP", domain="whitcombesutherland.co.uk", title="Practice Manager")

S("pexa", "staff", L(c=True, cat="wait_time"),
  "Your phone line - cut off three times",
  """I tried to reach your support line four times today about a stuck lodgement. Each time I went round the automated menu, waited between 20 and 35 minutes and was then cut off. The chat bot just sends me links to help articles that don't apply.

I want a real person, not the automated system, to call me back today on my direct line, 01632 960418. This is costing us a day on a client's sale.""",
  "Holding and being cut off while trying to reach support is an implicit complaint, category wait_time; 'a real person, not the automated system' is about reaching someone, not a decision about her, so rights=[].",
  org="Ellery Dunne Conveyancing", domain="ellerydunne.co.uk", title="Conveyancer")

# ============================== Conexus: rights (s031-s052) ==============================

S("conexus", "person", L(c=True, pd=True, r="informed,objection", cat="personal_data"),
  "Calls to my workplace - account {acct}",
  """Yesterday someone rang the main switchboard at the hospital where I work and asked for me by name. They wouldn't say what it was about, but the number they left is your collections line. I have never given you my employer's details and I don't know how you got them. My manager took the message and I had to explain myself.

I'm not refusing to deal with the debt. I've been on a payment plan since March and haven't missed a payment.

[[informed|Please tell me where you got my employer's details and what you believe gives you the right to use them.]] [[objection|I object to you holding or using my employment details for any purpose.]]

I expect a reply in writing.""",
  "Being traced through an employer she never disclosed is an implicit complaint about data obtained and used unexpectedly (personal_data, category personal_data), and the caller revealed nothing, so breach=false; source and basis is informed, objecting to use of her employment details is objection.")

S("conexus", "person", L(r="access"),
  "Request for a copy of my data - ref {acct}",
  """I have an appointment with a debt adviser next month to look at a debt relief order, and she has asked me to bring copies of everything relating to my accounts.

[[access|Please send me a copy of all the personal data you hold about me, including letters, account notes and any recordings of my phone calls with you.]]

I'd prefer it by email if possible. My date of birth is {dob} and my address is the one on your letters.""",
  "A neutral request for a copy of his data including call recordings is access; the adviser is only mentioned, not writing, so third_party=false, and with no dissatisfaction complaint=false.",
  subj="[[access|Please send me a copy of all the personal data you hold about me]] - ref {acct}",
  short="""Ref {acct}. [[access|Can I have a copy of all the personal data you hold on me, including call recordings?]] It's for my debt adviser. Email is fine.""")

S("conexus", "rep", L(c=True, tp=True, r="access,rectification", cat="debt_dispute"),
  "Client Mr Tomasz Wierzbicki - account {acct} - payments not recorded",
  """I am a money adviser at Northgate Money Advice and act for Mr Tomasz Wierzbicki, whose signed authority is attached.

Mr Wierzbicki has paid £45 a month by standing order since last September; his bank statements, which I enclose, show eleven payments to you. Your latest statement shows only six and claims arrears of £225. He has been worried sick by the arrears letters.

[[access|Please send me, on my client's behalf, a copy of the personal data you hold about him, including his full payment history and account notes.]] [[rectification|Please also correct his account so that all eleven payments are recorded and the arrears are removed.]]

Please confirm the corrected balance in writing and hold any further arrears letters until you have done so.""",
  "A money adviser (third_party) disputing a balance that ignores payments made: implicit complaint about the debt (debt_dispute); the copy of his data is access and correcting the payment record is rectification, but the grievance is the amount, so personal_data=false.",
  org="Northgate Money Advice", domain="northgatemoneyadvice.org.uk", title="Money Adviser")

S("conexus", "person", L(c=True, r="automated_decision,informed", cat="collection_conduct"),
  "Payment plan refused by your website",
  """I tried to set up a payment plan through your online portal on Sunday. I entered my income and outgoings honestly, offered £30 a month, and within seconds got a message saying my offer 'did not meet affordability criteria' and that the full balance of £1,140 was now due within 14 days. There was no one to speak to and no explanation.

I can't pay £1,140 in 14 days and I'm frightened this will end up in court.

[[automated_decision|I want a person to look at my offer instead of the computer deciding it.]] [[informed|Please also explain what information the portal used to turn me down and where it came from, as I have no idea what it is checking against.]]""",
  "A refused plan with the full balance demanded, and fear of court, is an implicit complaint about how the debt is pursued (collection_conduct); a person reviewing the portal's decision is automated_decision and what information it used and from where is informed; personal_data=false as the grievance is the refusal.")

S("conexus", "person", L(tp=True, r="rectification"),
  "Change of address for Ms Carol Denby, account {acct}",
  """I'm writing on behalf of my partner, Carol Denby, who is in hospital after a stroke and can't manage her post at the moment. She has signed the enclosed note authorising me to deal with her accounts.

Carol has moved in with me permanently and her old flat goes back to the landlord at the end of the month. [[rectification|Please change the address on her account to 22 Fennel Street, Ormskirk L39 4PX.]]

She wants to keep paying as normal, so please just send the next statements to the new address.""",
  "Written for his partner with her authority (third_party) and without dissatisfaction: updating her address on the account is rectification; complaint=false.")

S("conexus", "person", L(c=True, ex=True, pd=True, br=True, r="access,informed,erasure", cat="personal_data"),
  "Formal complaint - voicemail left on my parents' phone",
  """I want to make a formal complaint. On Thursday your agent left a voicemail on my parents' landline - a number I have never given you - saying my name, that I owed £2,380 to Sterling Credit Loans and that I should call Conexus urgently. My dad played it on speaker in front of my younger brother. I'm 34 and my family did not know about this debt. It has caused a huge row.

[[informed|Tell me how you got that number in the first place.]] I also want to know why your agent thought it was acceptable to leave those details in a message.

[[access|Send me a copy of that voicemail and the notes your agent made about the call.]] [[erasure|And delete my parents' landline number from my file, it is not mine and you should never have had it.]]""",
  "Explicit complaint: debt details left on a family landline are a disclosure (breach, personal_data, category personal_data); Sterling is only the creditor; how the number was obtained is informed, a copy of the voicemail and notes is access, deleting the number is erasure.")

S("conexus", "person", L(r="portability"),
  "Moving to a debt management plan - account {acct}",
  """I've signed up for a debt management plan with Clearpath Debt Solutions, starting next month. They'll be in touch with you separately about payments.

[[portability|To save me typing everything in again, please send me my account details and full payment history in a spreadsheet or CSV file that I can upload into Clearpath's client portal.]]

Thanks for being flexible while I got this sorted.""",
  "A friendly request for his own account and payment data as a CSV to upload into another firm's system is portability; Clearpath is not writing for him and there is no dissatisfaction, so complaint=false and third_party=false.",
  short="""Joining a debt management plan with Clearpath. [[portability|Please send my payment history as a CSV I can upload to their portal.]] Account {acct}.""")

S("conexus", "rep", L(c=True, tp=True, r="automated_decision", cat="collection_conduct"),
  "Constituent: Mr Keith Lomas, account {acct}",
  """I am writing on behalf of my constituent, Mr Keith Lomas, who has given his consent for this office to act for him.

Mr Lomas was made redundant in August and asked Conexus for a three-month payment holiday while he looks for work. Within minutes he received an email declining the request, which said the decision had been made by 'our automated assessment' and gave a date for the next payment. He tells me he could not reach anyone to discuss it, and he is now extremely anxious.

[[automated_decision|Mr Lomas asks that his request be reconsidered by a member of staff rather than by the automated assessment.]] I would be grateful for a reply setting out how his circumstances will be taken into account.""",
  "An MP's office (third_party) about a hardship request refused with no human contact: implicit complaint about how the debt is pursued (collection_conduct); reconsideration by staff instead of the automated assessment is automated_decision.",
  org="Office of Rebecca Haworth MP", domain="parliament.uk", title="Senior Caseworker")

S("conexus", "person", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Wrong default date on my credit file",
  """I've just checked my credit file because my mortgage broker spotted a problem. Conexus has reported a default on account {acct} dated 14 March 2023. The original account didn't go into arrears until the November, and the creditor's own default notice (copy attached) is dated 9 January 2024. Reporting it ten months early makes it look far worse than it was and means it will stay on my file longer than it should.

This is stopping me getting a remortgage at a normal rate.

[[rectification|Please correct the default date you report to the credit reference agencies to 9 January 2024.]] [[restriction|Until it is corrected, please stop reporting this account to them at all.]]""",
  "Inaccurate data reported about her is causing financial harm and a fix is demanded: implicit complaint about inaccurate personal data (category personal_data, nothing disclosed to a wrong person so breach=false); correcting the date is rectification, not reporting until then is restriction.")

S("conexus", "person", L(c=True, tp=True, r="access,objection", cat="collection_conduct"),
  "My mother Mrs Irene Calloway - account {acct}",
  """I am my mother's attorney under a lasting power of attorney (copy enclosed). Mum is 84, partially sighted and gets confused on the phone.

In the past month she has had a run of automated calls and texts from you, sometimes two a day, each asking her to 'press 1 to pay now'. Last week she pressed 1 and paid £150 by debit card, which has left her short for her heating. One of your staff later told me Mum's account had been put in a 'high-propensity' group, which I take to mean your system has her down as someone likely to pay if pushed.

I want all contact with Mum to come through me from now on. [[access|Please send me a copy of the information you hold about her, including the record of those calls and texts.]] [[objection|I also object to her data being used to score or profile her in this way.]]""",
  "An attorney (third_party) about automated pressure on a vulnerable parent: implicit complaint, collection_conduct; a copy of the data is access and objecting to the profiling is objection, but the main grievance is the collection pressure, so personal_data=false.",
  gender="f")

S("conexus", "person", L(r="informed,erasure"),
  "Account {acct} - paid in full",
  """I received your letter confirming that my account was paid in full on 28 February. Thank you for the help over the last two years, your staff were always decent with me.

Now that it's closed, I'd like to know where I stand with my information. [[informed|What is your legal basis for keeping my personal data now that the debt is cleared, and how long do you plan to keep it?]] [[erasure|When you no longer need it, please delete it.]]""",
  "Thanks plus neutral questions, no dissatisfaction: the basis and retention period is informed and deletion once no longer needed is erasure; complaint=false.",
  short="""Account {acct} is now paid off - thank you. [[informed|On what basis will you keep my data now, and for how long?]] [[erasure|Please delete it once you no longer need it.]]""")

S("conexus", "person", L(c=True, r="access", cat="debt_dispute", firm="pmt"),
  "Pennant Mobile debt - I cancelled this contract",
  """Your letter says I owe Pennant Mobile £612.40. That figure is the remaining handset payments on a contract I cancelled within the 14-day cooling-off period in 2022, and I returned the phone by recorded delivery; I still have the receipt. Pennant's shop staff confirmed the cancellation at the time, but their billing system clearly never caught up, and they have ignored my letters.

I'm not paying for a phone I sent back. This needs to go back to Pennant to sort out their billing. [[access|In the meantime, please send me a copy of all the information Pennant passed to you about me and this account.]]""",
  "The root cause is the creditor's billing for a cancelled contract, which only Pennant can fix, so about_other_firm=pmt and category debt_dispute; his request to Conexus for a copy of what it holds on him is access.")

S("conexus", "person", L(c=True, ex=True, pd=True, r="rectification", cat="personal_data"),
  "Complaint - my name and title are wrong again",
  """This is a complaint. For the third time, your letter has arrived addressed to 'Mr' and with my surname misspelt. I am a woman, my title is Ms, and my surname is spelt exactly as it is in this email. I corrected both by phone in January and in writing in April.

It is upsetting to be misgendered every month, and frankly it makes me wonder what else on my file is wrong.

[[rectification|Please correct my title and the spelling of my surname on your records, and confirm in writing when it is done.]]""",
  "Explicit complaint about inaccurate personal details used repeatedly (personal_data, category personal_data, breach=false); correcting her title and surname is rectification.",
  gender="f")

S("conexus", "rep", L(tp=True, r="access,portability"),
  "Our client Mr Daniel Ferreira - account {acct} - data requests",
  """We act for Mr Daniel Ferreira of 3 Limekiln Court, Stroud. His signed authority is enclosed.

On behalf of our client we make the following requests under the UK GDPR:

1. [[access|A copy of all personal data you hold about Mr Ferreira, including account notes, correspondence and call recordings (Article 15).]]
2. [[portability|His account and payment transaction data in a structured, commonly used and machine-readable format such as CSV (Article 20).]]

Please send both to this office. We look forward to hearing from you within one month.""",
  "A solicitor's formal requests for his client (third_party) with no dissatisfaction: the Article 15 copy is access and machine-readable transaction data is portability; complaint=false.",
  org="Ashgrove Tait Solicitors", domain="ashgrovetait.co.uk", title="Solicitor")

S("conexus", "person", L(r="objection"),
  "Emails about your budgeting app",
  """Since I set up my payment plan I've started getting emails from you promoting your 'MoneyWise' budgeting app and 'partner offers'. I'm happy to receive statements and anything about my account.

[[objection|I object to my personal details being used for marketing, including for your app and partner offers.]] No reply needed beyond whatever confirmation you normally send.""",
  "A calm objection to marketing with no dissatisfaction expressed is objection only; complaint=false.",
  subj="[[objection|I object to my details being used for marketing]] - account {acct}")

S("conexus", "person", L(c=True, r="automated_decision,restriction", cat="collection_conduct"),
  "'Won't pay' flag on my account",
  """When I rang on Monday to ask about reducing my payments, the agent told me she couldn't offer anything because 'the system has flagged you as won't pay'. She couldn't tell me why, only that it was worked out automatically from my account history. I've paid every month for two years, apart from one month when I was in hospital.

Being written off as a non-payer by a computer is insulting, and it means I can't get the reduction I need.

[[automated_decision|I want a member of staff to review that flag and my request properly.]] [[restriction|Until that review is done, please do not use the flag for any decision about my account.]]""",
  "Being refused a reduced plan because of an automatic flag is an implicit complaint about how the debt is pursued (collection_conduct); human review of the flag is automated_decision and not using it until reviewed is restriction; personal_data=false as the grievance is the refusal.")

S("conexus", "person", L(c=True, ex=True, pd=True, r="erasure", cat="personal_data"),
  "Complaint - still writing to me two years after I paid",
  """I want to complain. I cleared account {acct} in full in 2023 and you confirmed it was closed. Since then I have received four 'account update' letters showing a zero balance and, last month, a form asking me to confirm my current employer and income. I had assumed you deleted people's details once they had paid.

I do not understand why you are still using my details at all. [[erasure|Please delete my personal data and confirm in writing that you have done so.]]""",
  "Explicit complaint that a closed account's data is still used for letters and forms: unexpected use is personal_data (category personal_data, breach=false); 'delete my personal data' is erasure, while 'I had assumed you deleted' is narrative.",
  subj="Complaint: paid off in 2023 and you still write to me - [[erasure|please delete my personal data]]")

S("conexus", "rep", L(c=True, pd=True, br=True, tp=True, r="rectification,restriction,informed", cat="personal_data"),
  "Client Ms Ayesha Rahman - linked to her former partner's debt",
  """I'm a caseworker at Riverside Debt Advice and act for Ms Ayesha Rahman (authority attached).

Ms Rahman separated from her former partner in 2021. This month she has received three letters from you at her new address, which he has never lived at, asking her to pay a Northline Energy account that was in his sole name. It appears your records now link her to him as a 'connected person'. She is distressed to be chased for a debt that was never hers and that her new address has been connected with him.

[[rectification|Please correct your records so that Ms Rahman is not linked to her former partner or his account.]]
[[restriction|Until that is done, please stop using her name and address in connection with his account.]]
[[informed|Please also tell us where you obtained her new address and on what basis you linked her to his debt.]]""",
  "A caseworker (third_party) about a client wrongly linked to another person's debt: implicit complaint about data handling (category personal_data), and letters about his account sent to her are a disclosure, so breach=true; correct the link is rectification, stop using it meanwhile restriction, source and basis informed.",
  org="Riverside Debt Advice", domain="riversidedebtadvice.org.uk", title="Debt Caseworker")

S("conexus", "person", L(c=True, r="restriction", cat="debt_dispute", firm="wbc"),
  "Westbury council tax - I never lived there",
  """You have written to me about £1,486 of council tax owed to Westbury Borough Council for 12 Coopers Yard, Westbury, for 2022-23. I have never lived at that address. I was renting in Swindon throughout that period and I've sent the council my tenancy agreement and bank statements, but their revenues team still haven't corrected the bill.

I'm not paying a bill for a house I never lived in, and it's the council that has to put this right. [[restriction|While the council checks its records, please don't use my details for anything other than holding them - no further letters, no credit reporting and no passing them to anyone else.]]""",
  "The root cause is the council's own bill for an address he never lived at, which only the creditor can fix, so about_other_firm=wbc and category debt_dispute; asking Conexus only to hold his data meanwhile is restriction.")

S("conexus", "person", L(c=True, ex=True, r="automated_decision,access", cat="collection_conduct"),
  "Complaint - account moved to 'legal review' by your system",
  """I am making a complaint about how my account has been handled. I filled in your online income and expenditure form on 2 May, as your letter asked. Two days later I received an automatic email saying my account had been 'transferred to legal review' because my 'disposable income score' was too high. Nobody has spoken to me. My figures show I have about £40 a month spare, which is what I offered.

I have now been told court action may follow, which is terrifying.

[[automated_decision|I want the decision to send my account to legal review looked at again by a person.]] [[access|Please send me a copy of the income and expenditure information your system holds for me, and the score it gave me.]]""",
  "Explicit complaint that an automated score pushed his account towards court (collection_conduct); review by a person is automated_decision and a copy of his income and expenditure data and score is access; the grievance is the escalation, so personal_data=false.")

S("conexus", "person", L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "Why do you have my mobile number?",
  """Your agent rang my mobile this afternoon asking to speak to my husband about his account. He had already told me about the account, so that isn't the issue. The issue is that I have no account with you, I have never given you my number, and he has his own phone.

I didn't appreciate being put in that position at work, and I want it to stop.

[[informed|Please tell me how you got my mobile number and why it is on your system.]] [[erasure|Then delete it - I don't want my details held on anyone else's debt file.]]""",
  "Unhappy that Conexus obtained and used her number: implicit complaint about data use (personal_data, category personal_data), nothing new disclosed so breach=false; how it was obtained is informed and deleting it erasure; she writes for herself, so third_party=false.",
  gender="f")

S("conexus", "person", L(r="portability"),
  "Payment history for my accountant - account {acct}",
  """I'm self-employed and my accountant is putting together my figures for a mortgage application. She would like the payments I've made to you over the last two years.

[[portability|Could you send me my payment history as a CSV or Excel file, so she can load it straight into her accounting software?]] A PDF statement is much harder for her to use.""",
  "A neutral request for his own payment data in a machine-readable file to load into other software is portability; no dissatisfaction, so complaint=false.")

# ============================== Conexus: look-alikes (s053-s060) ==============================

S("conexus", "person", L(c=True, cat="collection_conduct"),
  "STOP calling me at work",
  """This is the sixth call this week to my work mobile, and two came while I was with a customer. I have told every one of your agents that I am on a plan with the Haven Debt Trust and that they should write to me instead.

Stop calling me at work. Write to me at home, that is all I am asking. If this carries on I'll be speaking to my union rep about harassment.""",
  "Repeated calls at work despite requests are an implicit complaint about how the debt is pursued (collection_conduct); 'stop calling me' is a conduct remedy, not objection, so rights=[].",
  short="""6th call to my work mobile this week. I've told you to write to me at home. Stop calling me at work.""")

S("conexus", "person", L(c=True, cat="platform_defect"),
  "Can't get into my online account",
  """For the last nine days I haven't been able to access my account on your payment website. It accepts my password and then goes back to the login page every time. I've tried three browsers and my phone. Because of this I couldn't make my payment on the 1st, and now I've had a text saying I've missed it.

Please fix the website and make sure I'm not charged or marked down for a missed payment that was your fault.""",
  "'Access my account' means logging in to the payment website: a faulty portal that caused a missed payment, with a fix demanded, is an implicit complaint, category platform_defect, rights=[].")

S("conexus", "person", L(c=True, cat="fees_charges"),
  "£75 trace fee on account {acct}",
  """My latest statement shows a £75 'trace and location fee' added on 3 June. I object to this. I haven't moved in six years, my address has been on every letter you have sent me, and you didn't need to trace anybody.

Please explain the basis for this fee and take it off my balance.""",
  "Disputing a fee Conexus added is an implicit complaint (fees_charges); 'object' and 'explain the basis' refer to the fee, not to processing of personal data, so rights=[].",
  short="""Why is there a £75 'trace fee' on account {acct}? I've lived at the same address for six years. I object to it - take it off.""")

S("conexus", "staff", L(),
  "Placement file 14 June - please delete and replace",
  """Our overnight placement file for 14 June included 38 accounts that had already been settled before transfer. Please delete that file and do not work any of the accounts in it. I will send a corrected file by close of business tomorrow.

Could you also send me a copy of the load report for the corrected file once it has gone in, so that we can reconcile?""",
  "A creditor client instructing Conexus to delete a placement file sent in error is a business instruction, not a data subject's erasure request, and the 'copy' is of a load report, so rights=[]; no dissatisfaction, and Lumen is the sender, not the subject.",
  org="Lumen Water", domain="lumenwater.co.uk", title="Collections Partner Manager")

S("conexus", "person", L(c=True, cat="debt_dispute", firm="scl"),
  "Sterling Credit loan - should never have been lent",
  """You are chasing me for £3,200 on a loan from Sterling Credit. That loan should never have been given to me: I was on universal credit at the time, Sterling never asked about my outgoings, and within a month I was borrowing to pay it back. I raised this with Sterling in April and also sent them a subject access request for my application records, which they still haven't answered.

This needs sorting by Sterling, not by me paying you. Please send this back to them and let me know what happens.""",
  "The grievance is the creditor's irresponsible lending, which only Sterling Credit can put right, so about_other_firm=scl and category debt_dispute; the access request mentioned was made to Sterling, not Conexus, so rights=[].")

S("conexus", "rep", L(tp=True),
  "Client Mr Owen Pritchard - account {acct} - 30-day hold please",
  """I'm now helping Mr Owen Pritchard with his finances; his signed authority is attached.

We're putting together a full financial statement and expect to make a payment offer within the next four weeks. Please could you put his account on hold for 30 days while we do that, and send any correspondence to me in the meantime?""",
  "An adviser (third_party) routinely asking for a 30-day collection hold and for letters to come to her: a hold and a correspondence instruction are not restriction or rectification, so rights=[]; no dissatisfaction, so complaint=false.",
  org="Haven Debt Trust", domain="havendebttrust.org.uk", title="Money Adviser")

S("conexus", "person", L(c=True, ex=True, cat="collection_conduct"),
  "Complaint about your agent's call on Friday",
  """I wish to complain about a call from one of your agents on Friday afternoon. I explained that I get paid on the 28th and offered £50 then. He told me that wasn't good enough, that if I didn't pay £300 there and then 'the bailiffs will be round next week', and kept repeating it until I gave him my card details. I've since found out you can't send bailiffs for this kind of debt at all.

Please listen to the recording of that call, refund the £300 so I can pay my rent, and let me know what you're doing about that agent.""",
  "Explicit complaint about pressure and a false bailiff threat (collection_conduct); asking Conexus to listen to the recording is a request to investigate, not for a copy, so rights=[].")

S("conexus", "person", L(),
  "Thank you - address change and data copy received",
  """Just to let you know that your letter confirming my new address arrived at the right place this time, and the copy of my data that I asked for came through on Tuesday. Everything looks in order.

Nothing else needed from my side, thanks for dealing with it all so quickly.""",
  "A thank-you confirming that an earlier address correction and data copy were completed asks for nothing new, so rights=[] and complaint=false.",
  quote=("Conexus Data Protection", "dataprotection@conexus.co.uk",
         "Dear customer,\n\nFurther to your request, we have updated the address on your account and a copy of the "
         "personal data we hold about you has been sent by secure post. Your reference is {ref}.\n\nYours sincerely,\n"
         "Conexus Data Protection"))

assert len(SCENARIOS) == 60

# ---------------------------------------------------------------------------------------------
# envelopes

FEMALE = ["Amelia", "Priya", "Grace", "Chloe", "Fatima", "Hannah", "Zoe", "Niamh", "Aisha", "Megan", "Rachel",
          "Joanne", "Sinead", "Lucy", "Beatrice", "Agnieszka", "Mei", "Olivia", "Kerry", "Deborah", "Rosa", "Imogen",
          "Yasmin", "Tanya", "Bethan", "Nadia", "Claire", "Folake"]
MALE = ["Oliver", "Jamal", "Ethan", "Tomasz", "Rory", "Harvey", "Kwame", "Liam", "Gareth", "Imran", "Marcus",
        "Callum", "Dev", "Stuart", "Felix", "Ross", "Neil", "Arjun", "Connor", "Wesley", "Samuel", "Dominic",
        "Kieran", "Hamza", "Emeka", "Alasdair", "Piotr", "Graham"]
SURNAMES = ["Ashworth", "Okafor", "Brennan", "Kaur", "Whitfield", "Nowak", "Pearce", "Holloway", "Mensah",
            "Gallagher", "Thornton", "Rahim", "Ellis", "Castellano", "Fitzgerald", "Dunmore", "Hughes", "Lockwood",
            "Chaudhry", "McAllister", "Byrne", "Sandhu", "Winters", "Okoro", "Fairclough", "Jankowski", "Tremayne",
            "Bassett", "Iqbal", "Haldane", "Sutcliffe", "Adeyemi", "Prentice", "Varga", "Oduya", "Kingsley",
            "Llewellyn", "Marchetti", "Quigley", "Osei"]
PROVIDERS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com", "proton.me",
             "sky.com", "live.co.uk"]
GREETINGS = {
    "pexa": ["Hello,", "Hi,", "Dear PEXA,", "Dear Sir or Madam,", "Good morning,", "Good afternoon,",
             "To whom it may concern,", "Hi PEXA team,", None],
    "conexus": ["Dear Conexus,", "Hello,", "Dear Sir/Madam,", "Good morning,", "Hi,", "To whom it may concern,",
                "Dear Sir or Madam,", "Good afternoon,", None],
}
SIGNOFFS = ["Kind regards,\n{name}", "Thanks,\n{first}", "Regards\n{name}", "Many thanks\n{first}",
            "Best wishes,\n{name}", "{name}", "Yours faithfully,\n{name}", "Thank you,\n{first} {last}"]
FIRM_REPLY = {
    "pexa": ("PEXA Customer Care", "customercare@pexa.co.uk",
             "Hello,\n\nThank you for contacting PEXA. We have logged your message under reference {ref} and a member "
             "of the team will be in touch shortly.\n\nKind regards,\nPEXA Customer Care"),
    "conexus": ("Conexus Customer Services", "customerservices@conexus.co.uk",
                "Dear customer,\n\nThank you for contacting Conexus. Your message has been logged under reference "
                "{ref}. Please quote this reference in any further correspondence.\n\nConexus Customer Services"),
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE_ENVS = ["plain", "html", "reply", "reply_html", "typo"]
ENV_WEIGHTS = [3, 2, 2, 1, 3]


def draw_person(rng, sc, taken):
    """(first, last) for one rendering, different from the scenario's other rendering."""
    while True:
        pool = FEMALE if sc["gender"] == "f" else MALE if sc["gender"] == "m" else FEMALE + MALE
        first = sc["first"] or rng.choice(pool)
        last = rng.choice(SURNAMES)
        if (first, last) not in taken:
            taken.add((first, last))
            return first, last


def address(rng, sc, first, last):
    f, la = first.lower(), last.lower()
    if sc["domain"]:
        pat = rng.randrange(3)
        local = [f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[0]}"][pat]
        return f"{local}@{sc['domain']}"
    pat = rng.randrange(5)
    prov = rng.choice(PROVIDERS)
    local = [f"{f}.{la}", f"{f}{la}{rng.randrange(10, 99)}", f"{f[0]}{la}", f"{la}.{f[0]}{rng.randrange(1, 9)}",
             f"{f}_{la}{rng.randrange(1962, 2001)}"][pat]
    return f"{local}@{prov}"


def refs(rng):
    """Placeholder values for one rendering (drawn in a fixed order)."""
    return {"{acct}": f"CX-{rng.randrange(1000000, 9999999)}", "{ws}": str(rng.randrange(10000000, 99999999)),
            "{uid}": f"U{rng.randrange(100000, 999999)}",
            "{dob}": f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1958, 2000)}"}


def fill(text, ctx):
    for k, v in ctx.items():
        text = text.replace(k, v)
    return text


def signature(rng, sc, first, last, short):
    name = f"{first} {last}"
    if short:
        sig = rng.choice([first, name, f"{first}\n\nSent from my iPhone", f"{first[0]}. {last}"])
    else:
        sig = rng.choice(SIGNOFFS).format(name=name, first=first, last=last)
    if sc["org"] and not (short and sig.endswith("iPhone")):
        sig += f"\n{sc['title']}\n{sc['org']}"
    return sig


def reply_quote(rng, sc):
    disp, addr, text, *fixed = sc["quote"] or FIRM_REPLY[sc["mailbox"]]
    month, mday = rng.randrange(1, 13), rng.randrange(1, 29)
    day = datetime.date(2025, *(fixed[0] if fixed else (month, mday)))
    when = (f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} 2025 at "
            f"{rng.randrange(8, 18):02d}:{rng.randrange(0, 60):02d}")
    return f"On {when}, {disp} <{addr}> wrote:", text


def pick_env(rng, exclude=None):
    """One of BASE_ENVS by ENV_WEIGHTS (one random() draw), never `exclude`."""
    pairs = [(e, w) for e, w in zip(BASE_ENVS, ENV_WEIGHTS) if e != exclude]
    x = rng.random() * sum(w for _, w in pairs)
    for e, w in pairs:
        x -= w
        if x < 0:
            return e
    return pairs[-1][0]


def envelopes(rng, sc):
    """The two envelopes of a scenario: subject-only or short (when the scenario has one) or the plain reply (when it
    has its own quoted firm message) plus a base envelope, otherwise two different base envelopes."""
    if sc["subj"]:
        return ["subject", pick_env(rng)]
    if sc["short"]:
        return ["short", pick_env(rng)]
    if sc["quote"]:
        return ["reply", pick_env(rng, "reply")]
    first = pick_env(rng)
    return [first, pick_env(rng, first)]


def render(rng, sc, env, taken):
    first, last = draw_person(rng, sc, taken)
    sender = f"{first} {last} <{address(rng, sc, first, last)}>"
    ctx = refs(rng)
    if env == "subject":
        marked = fill(sc["subj"], ctx)
        subject, body, html, quote = strip_marks(marked, MARK_RIGHTS), "", False, None
        subject_marks, body_marks = rights_marks_of(marked), []
    else:
        subject = fill(sc["subject"], ctx)
        short = env == "short"
        greeting = None if short else rng.choice(GREETINGS[sc["mailbox"]])
        text = sc["short"] if short else sc["body"]
        parts = ([greeting] if greeting else []) + [text, signature(rng, sc, first, last, short)]
        marked = fill("\n\n".join(parts), ctx)
        if env == "typo":
            marked = typos_outside_marks(marked, rng, MARK_RIGHTS, 0.35)
        body = strip_marks(marked, MARK_RIGHTS)
        subject_marks, body_marks = [], rights_marks_of(marked)
        html = env in ("html", "reply_html")
        quote = reply_quote(rng, sc) if env in ("reply", "reply_html") else None
    return finish_marked_record(rng, mailbox=sc["mailbox"], sender=sender, subject=subject, body=body, html=html,
                                quote=quote, subject_marks=subject_marks, body_marks=body_marks,
                                labels=sc["labels"], note=sc["note"], source=sc["source"], env=env)


def check_scenarios():
    """Every text of a scenario marks exactly the labelled rights; subjects of full renderings carry no marks."""
    for sc in SCENARIOS:
        want = set(sc["labels"]["rights"])
        assert not MARK_RIGHTS.search(sc["subject"]), sc["source"]
        for key in ("body", "short", "subj"):
            if sc[key] is not None:
                got = {r for r, _ in rights_marks_of(sc[key])}
                assert got == want, (sc["source"], key, got, want)
                assert all(r in RIGHTS for r in got), sc["source"]
                assert all("\n" not in t for _, t in rights_marks_of(sc[key])), sc["source"]


def build(rng):
    check_scenarios()
    records = []
    for sc in SCENARIOS:
        taken = set()
        for env in envelopes(rng, sc):
            records.append(render(rng, sc, env, taken))
    return records


def summary(records, env_counts):
    scen = {}
    for r in records:
        scen[r["source"]] = r["labels"]
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len(scen)} scenarios "
             f"(pexa {sum(r['mailbox'] == 'pexa' for r in records)}, "
             f"conexus {sum(r['mailbox'] == 'conexus' for r in records)})"]
    for right in RIGHTS:
        lines.append(f"  {right}: {sum(right in r['labels']['rights'] for r in records)} emails, "
                     f"{sum(right in lab['rights'] for lab in scen.values())} scenarios")
    multi = sum(len(lab["rights"]) >= 2 for lab in scen.values())
    look = [lab for lab in scen.values() if not lab["rights"]]
    lines.append(f"  scenarios with rights: {len(scen) - len(look)} ({multi} with 2-3 rights); look-alikes: "
                 f"{len(look)} ({sum(lab['complaint'] for lab in look)} complaints)")
    lines.append(f"  complaints: {sum(lab['complaint'] for lab in scen.values())} scenarios "
                 f"({sum(lab['explicit'] for lab in scen.values())} explicit); third party: "
                 f"{sum(lab['third_party'] for lab in scen.values())} scenarios; html bodies: "
                 f"{sum(r['html'] for r in records)}")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors)


if __name__ == "__main__":
    sys.exit(main())
