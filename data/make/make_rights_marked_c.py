#!/usr/bin/env python3
"""Author C's hand-written, hand-marked rights set: data/labelled/rights_marked_c.jsonl (stdlib only, deterministic).

What it makes: 86 scenarios written by hand (42 to the pexa mailbox, 44 to conexus), each one whole email from a
private person -- home buyers and sellers who found PEXA on a completion statement, people whose conveyancer used the
platform, debtors (young and old, some vulnerable, some writing in poor or non-native English), relatives and support
workers writing for someone -- in which UK GDPR rights are exercised, mostly without naming the right or the law, plus
look-alikes with no rights request (process questions, a firm's own address change, a balance dispute, a request for
a credit agreement or a title plan, "delete my last email", conduct remedies, a newsletter and out-of-office replies
that talk about data requests). Labels follow shared/labelling/labelling-guide.md; only `rights` is trained on from
this file (train_labels=["rights"]), but every label is set and checked.

How: each scenario's text marks every sentence (or clause) that ASKS for a right inline as [[right|sentence]]
([[right1+right2|clause]] when one clause asks two). Each scenario is rendered 2 or 3 times with a different sender
and greeting/sign-off, and one envelope per rendering: plain; HTML (labelled_mail.html_with_quote); a quoted earlier
reply from the firm; one or two letter-edit typos (labelled_mail.edit_words, never inside a marked sentence, never in
a capitalised word such as a name, never in a word containing "compl"); a phone footer, signature or legal
disclaimer; or, for some scenarios, a short or subject-only version with the same labels. Markers are stripped when
rendering and each marked sentence becomes a request_sentences entry, copied from the final body (HTML-escaped for
HTML bodies) or the subject. labelled_mail.shuffle_number_check with marked_record_errors shuffles, numbers (rmc-NNNN)
and checks every record, and nothing is written if any record fails. One random.Random(20261211) drives everything.

Usage:  python data/make/make_rights_marked_c.py [OUTPUT]   (default data/labelled/rights_marked_c.jsonl)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (short_labels, marked_record_errors, run_generator,  # noqa: E402
                           escape_html, html_with_quote, quote_lines, mark_segments, typo_segments)

SEED = 20261211
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "rights_marked_c.jsonl")

SCEN = []


def S(mb, lab, note, subject, body, **kw):
    """One hand-written scenario. kw: short=(subject, body) a short/subject-only version; quote=(sender, text) an
    earlier firm reply that every rendering quotes; noquote=True when a generic firm reply would not fit; sex 'f'/'m';
    senders=[(first, last, addr), ...] fixed senders; raw=True no greeting/sign-off added; angry=True a curt
    greeting and bare-name sign-off; tail= text after the sign-off; headers= dict; envs= fixed envelope list."""
    SCEN.append(dict(mb=mb, lab=lab, note=note, subject=subject, body=body, **kw))


L = short_labels

# =====================================================================================================================
# PEXA: rights scenarios
# =====================================================================================================================

S("pexa", L(r="informed"),
  "Neutral question from a buyer who found PEXA on a completion statement; asking who supplied her details and what "
  "they are used for is the right to be informed. No dissatisfaction, so not a complaint.",
  "PEXA on my completion statement??",
  """Just got the completion statement from my solicitor for the flat on Victoria Road and there's a line that says 'PEXA settlement' with my name next to it. I'd never heard of you before today.

Not having a go, I just like to know who's got my stuff these days. [[informed|Who gave you my details and what do you actually use them for?]]""",
  short=("[[informed|who gave you my details?? saw PEXA on my completion statement]]", ""), noquote=True)

S("pexa", L(c=True, pd=True, r="informed,objection,erasure", cat="personal_data"),
  "Implicit complaint about PEXA emailing a home buyer who never gave it her address (unexpected use, personal_data). "
  "'Who told you my email' = informed; no more surveys/newsletters = objection; 'wiped off your system' = erasure. "
  "PEXA's own conduct, so about_other_firm=null.",
  "Your 'rate your settlement' email",
  """We completed on our house three weeks ago and today I've had an email from you asking me to 'rate my settlement experience' and telling me all about PEXA Insights for homeowners. I never gave you my email address and I've never signed up to anything with you.

[[informed|So who told you my email?]] [[objection|I don't want any more of these emails, no surveys, no newsletters, nothing.]] [[erasure|And once you've answered me I want my details wiped off your system, the sale is done so you've no reason to keep them.]]""",
  noquote=True,
  angry=True)

S("pexa", L(r="access"),
  "A seller asks for a copy of what PEXA holds about her sale for her divorce: access. Background explains why; no "
  "grievance against PEXA, so not a complaint.",
  "Info about my sale - 14 Ashby Road",
  """I sold 14 Ashby Road, Hinckley in October and my solicitor used your system for the money side. I'm now going through a divorce and my family law solicitor wants proof of where the sale money went and when.

[[access|Can you send me a copy of whatever you hold with my name on it, the dates, the amounts and which accounts it went to?]] My old conveyancer has retired so I can't ask them.""",
  sex="f")

S("pexa", L(r="rectification"),
  "Polite request to correct the spelling of the buyer's name on the platform: rectification. No dissatisfaction "
  "expressed, so not a complaint.",
  "Spelling of my name",
  """My solicitor showed me the screen for our purchase on your system and my name has been put in as Shiobhan Oconnor. [[rectification|Could you make sure it's changed to Siobhán O'Connor before it goes to the Land Registry?]] It's spelt like that on my passport if you need to see it.""",
  senders=[("Siobhán", "O'Connor", "siobhan.oconnor@gmail.com"), ("Siobhan", "O'Connor", "s.oconnor82@hotmail.co.uk"),
           ("Siobhán", "O'Connor", "siobhanoc@icloud.com")])

S("pexa", L(c=True, pd=True, r="rectification,restriction", cat="personal_data", firm="gfl"),
  "A seller's grievance is that her solicitors (Greyfriars, who had her deed poll) left her former married name on "
  "the sale: inaccurate personal data, a consumer complaint to forward (gfl). 'Put it right, my name is...' = "
  "rectification; 'don't show my name until fixed' = restriction.",
  "My name on the sale",
  """I'm selling my flat and my solicitors are Greyfriars Law. The paperwork coming off your system still has me under my married name, Mrs Pearce, and the buyer's side have been emailing me as Mrs Pearce all week. I changed my name by deed poll in 2022 and Greyfriars have had a copy of the deed since the day I instructed them.

I left that marriage for good reasons and seeing his name on everything is really upsetting. [[rectification|I want it put right, my name is {full}.]] [[restriction|And until it is fixed can you not show my name to the other side at all?]]""",
  sex="f")

S("pexa", L(r="erasure"),
  "Buyers whose purchase fell through ask PEXA to delete their details and bank information: erasure, asked "
  "neutrally, so not a complaint.",
  "Purchase not going ahead - please remove our details",
  """Our purchase of 9 Millbrook Close fell through last week when the chain collapsed. Our conveyancer told us a workspace had already been set up on your system with our names, contact details and the bank account for the deposit.

[[erasure|As we're not going ahead, can you delete our details and the bank information from your system?]] If we buy again it'll probably be with a different firm anyway.""")

S("pexa", L(r="portability"),
  "A landlord wants his settlement details as CSV/Excel to upload into his landlord software: portability. "
  "Orchard Lane is only his conveyancer; no grievance.",
  "Settlement figures in a spreadsheet?",
  """I've bought three buy-to-let flats this year, all through Orchard Lane, and each time the completion went through your platform. My accountant wants every figure (price, SDLT, fees, dates) and I'm sick of copying them off PDFs.

[[portability|Is there any way you can send me the settlement details for all three as a CSV or Excel file so I can upload them straight into my landlord software?]] The addresses are 4 Quay Street, 11 Mill Lane and Flat 2, 60 Bridge Road.""",
  sex="m")

S("pexa", L(r="informed,restriction"),
  "A vulnerable buyer in a refuge asks who can see her details and whether they are passed on (informed) and asks "
  "for her new address to be used only for the completion (restriction). Worried, not dissatisfied: not a complaint.",
  "who can see my address",
  """I'm buying a small flat after leaving an abusive relationship and I'm staying in a refuge at the moment. My solicitor says the completion goes through PEXA. I'm really scared about my new address getting back to him.

[[informed|Who on your system can see my details, can the seller or their solicitor see where I'm living now, and do you pass anything on to anyone else?]] [[restriction|If you can, please lock my new address down so it's only used for the completion and nothing else.]]

Sorry if this is a silly question.""",
  sex="f", noquote=True)

S("pexa", L(c=True, r="automated_decision", cat="process"),
  "A buyer's completion is held because PEXA's automated ID check failed him twice with no human review; he demands a "
  "person decides: implicit complaint about PEXA's own check (about_other_firm=null), category process (the "
  "automatic-hold rule), rights=automated_decision. Not about data handling, so personal_data=false.",
  "ID check failed - completion on hold",
  """I'm buying 23 Rowan Drive and we're meant to complete on Friday. My solicitor says the digital ID check that goes through your system has 'failed' me twice because the photo of my face didn't match my driving licence. I've grown a beard since then, that's all. Now she says she can't release anything until PEXA's check clears.

So a computer has decided I'm not me and nobody has even looked. [[automated_decision|I want a real person to look at my ID, not the system, and I need it done before Friday.]]""",
  sex="m",
  short=("ID check failed me twice, completion Friday - [[automated_decision|I want a real person to look at it not the computer]]",
         "nobody has even looked. 23 Rowan Drive"))

S("pexa", L(r="access,informed", tp=True),
  "A son with power of attorney writes for his father (third_party): a copy of the data held = access; who it was "
  "shared with and whether marketing firms got it = informed. He says he doesn't blame PEXA: not a complaint.",
  "My father Mr Derek Ollerton - sale of 5 Fairfield Road",
  """I'm writing for my dad, Derek Ollerton, who is 88 and sold his house at 5 Fairfield Road, Chesterfield in March. His solicitor used your system. I hold a lasting power of attorney for his finances and can send you a copy.

Since the sale he's been getting phone calls about 'investment opportunities' and he's convinced someone is using his details. I honestly don't think it's you, I just want to rule it out. [[access|Please could you send me a copy of the information you hold about him.]] [[informed|Could you also tell me who you have shared it with, and whether any of it has gone to marketing companies?]]""",
  sex="m")

S("pexa", L(r="objection"),
  "A seller objects to her sale price and address being used in PEXA's market-insight reports or data sold on: "
  "objection (profiling/analytics). Calm request, not a complaint.",
  "my house in your market reports",
  """A friend sent me your 'PEXA Property Insights' report for the North West and says it's built from settlement data. My sale on Leyland Avenue went through your system in the spring.

[[objection|I don't want the price and address of my sale used in your reports, or in any data you sell to estate agents, so please leave mine out from now on.]] Happy to give you the completion date if it helps you find it.""")

S("pexa", L(c=True, pd=True, br=True, r="rectification,restriction", cat="personal_data"),
  "PEXA emails about a purchase (address, mortgage amount) went to a stranger because the buyer's email was mistyped: "
  "a breach, implicit complaint, personal_data. Correct the address = rectification; send nothing by email until "
  "fixed = restriction. PEXA sent the emails and the solicitor is unnamed, so about_other_firm=null.",
  "emails about my mortgage going to a stranger",
  """For the last fortnight the emails about my purchase have been going to someone else. A woman called Hayley messaged me on Facebook to say she's been getting 'PEXA workspace' emails with my name, the address I'm buying and my mortgage amount on them. My email has been typed in wrong, there's an extra letter in it.

I don't know if it was my solicitor or you who typed it but she has seen all of it. [[rectification|Please correct it to the address I'm writing from.]] [[restriction|And until that's done, don't send anything else about me by email at all.]]""")

S("pexa", L(r="informed,access"),
  "A remortgaging borrower asks whether his data goes to Australia and why (informed) and asks for a copy of what "
  "is held (access). Curious, not dissatisfied.",
  "Is my data sent to Australia?",
  """Quick question. My conveyancer is using PEXA for my remortgage and when I looked you up I saw you're part of an Australian company. [[informed|Does any of my information get sent to Australia, and if so what for and what protects it there?]] [[access|I'd also like a copy of what you hold about me once the remortgage is done.]]""",
  sex="m", noquote=True)

S("pexa", L(c=True, pd=True, r="objection,erasure", cat="personal_data"),
  "Two years after a sale PEXA still sends its homeowner newsletter and the unsubscribe link fails: implicit "
  "complaint (fed up, wants action) about unexpected use of data. 'Take me off the newsletter' = objection; 'get rid "
  "of my details' = erasure.",
  "STILL getting your newsletter",
  """We sold our house two years ago. I never had an account with you, my solicitor did the PEXA bit, yet every month I still get your 'homeowner newsletter'. The unsubscribe link goes to a page that doesn't load.

[[objection|Take me off the newsletter.]] [[erasure|Then get rid of my details, all of them, you have no reason to have them two years on.]] I'm fed up of it.""",
  short=("[[objection|take me off your newsletter]] - 2 years since we sold!!",
         "unsubscribe link doesnt work. [[erasure|and delete my details while youre at it]]"),
  angry=True)

S("pexa", L(r="access,portability"),
  "A Polish buyer whose solicitor firm has closed asks for all information about his purchase (access) and for it in "
  "an Excel file to upload to his bank's online form (portability). Non-native English; not a complaint.",
  "documents for my house buy",
  """I am from Poland and I buy a house in Peterborough last year, 12 Eastfield Road. Now my bank ask me documents about the money for the deposit and where it come from, and my solicitor office is closed (the company close down in summer).

[[access|Please can you send me all information you have about my buying, the money and the dates, everything with my name?]] [[portability|If possible in Excel file, so I can upload it to the bank online form.]]""",
  sex="m")

S("pexa", L(r="rectification"),
  "A seller asks PEXA to update the address on its records after moving: rectification per the guide ('update my "
  "record / address', lg-37). No dissatisfaction.",
  "change of address after sale",
  """We completed on the sale of 8 Beech Grove in January and I've noticed the post-completion letters still come to the old house (the new owners kindly pass them on). [[rectification|Please can you change my address on your records to 31 Carlton Crescent, Luton LU3 1DQ.]]""")

S("pexa", L(r="automated_decision,informed"),
  "A conveyancing assistant (writing for herself as a user) asks for a person to review a system-applied risk rating "
  "(automated_decision) and what the rating looks at (informed). 'Not moaning': not a complaint.",
  "risk rating on my user profile",
  """I'm a conveyancing assistant at a small firm and use the platform most days. Last week your system locked my user account overnight with 'unusual activity detected' because I logged in from my phone on holiday in Spain. It's unlocked now but there's a note on my profile saying a 'risk rating' has been applied.

Not moaning, I understand why you check. [[automated_decision|But can a person review that rating instead of it just being left to the system?]] [[informed|And what does the rating actually look at?]]""",
  sex="f")

S("pexa", L(c=True, pd=True, r="portability", cat="personal_data"),
  "A data request for CSV was answered with a scanned PDF: a badly handled rights request, so an implicit complaint "
  "with personal_data=true, category personal_data. Re-asking for a loadable CSV/Excel file = portability.",
  "Re: Your data request",
  """I asked last month for my purchase details in a CSV file so my mortgage broker could put them into her system. What came back was a scanned PDF, 40 pages, some of it sideways. She can't do anything with it and neither can I.

[[portability|I asked for a file that can actually be loaded into something, CSV or Excel, so please send it in that.]] And I'd like to know why it was done as a scan.""",
  quote=("PEXA Data Protection", "Dear Customer,\n\nPlease find attached the information you requested.\n\nKind regards\nPEXA Data Protection"))

S("pexa", L(c=True, ex=True, pd=True, br=True, r="restriction", cat="personal_data", firm="ols"),
  "Explicit complaint about Orchard Lane sending the seller's new bank details to her ex-husband: a breach by the "
  "participant firm, forwarded (ols). Asking PEXA not to show her bank details on the workspace until it is sorted = "
  "restriction.",
  "Complaint about Orchard Lane and my bank details",
  """I want to make a complaint about Orchard Lane Solicitors. My ex-husband and I are selling our house on Hamble Way and they act for both of us. Yesterday they sent him a copy of the completion figures that has MY new bank account on it, the one I opened after we separated. He now knows where I bank.

I have asked them to explain and I'm waiting. [[restriction|In the meantime please make sure my bank details aren't shown to anyone else on the workspace until this is sorted out.]]""",
  sex="f", noquote=True)

S("pexa", L(r="objection", tp=True),
  "A daughter with LPA writes for her 91-year-old mother (third_party) asking PEXA to take her off its mailing list: "
  "objection to marketing. Polite, not a complaint.",
  "Emails to my mum, Mrs Irene Caddick",
  """My mum, Irene Caddick, sold her house through your system in April to pay for her care home. She's 91. Since then she's been getting emails from you about 'homeowner offers' and 'market updates', which I read for her because she can't manage email any more. I have lasting power of attorney.

[[objection|Please take her off your mailing list, she doesn't want them and doesn't own a home now anyway.]]""",
  sex="f")

S("pexa", L(r="restriction"),
  "A co-seller in a family disagreement asks that her bank details on the workspace not be used until checked with "
  "her: restriction while accuracy is verified. Explicitly not accusing PEXA: not a complaint.",
  "Dad's house - please hold my bank details",
  """My brother and I are selling our late dad's house on Carr Lane and the money is split between us. There's been a bit of a falling out about which accounts things go to and I'm worried details have been changed without me knowing.

[[restriction|Please don't use the bank details on the workspace for my share until the solicitor has checked them with me in person.]] I'm not accusing anyone at your end.""",
  sex="f")

S("pexa", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "An executor who shares her late mother's name is shown on the platform as the deceased: inaccurate personal data "
  "shown to others, implicit complaint (upset, wants it fixed today). 'I want it put right' = rectification. The "
  "solicitor is unnamed and the record is on PEXA's system, so about_other_firm=null.",
  "Your system says I'm dead",
  """My mum died in January and I'm her executor. We share a name. The sale of her house is going through your system and my solicitor has just told me that I'm on there as the deceased and she's down as the executor. The buyer's solicitor rang me yesterday 'to offer condolences' on my own death.

I'm very much alive and it's not funny after the year I've had. [[rectification|I want it put right today, please.]]""",
  sex="f",
  short=("Your system has me down as DECEASED", "I'm the executor not the dead person. [[rectification|put it right today please]]"))

S("pexa", L(br=True, r="informed,erasure"),
  "A stranger received a workspace invite naming another couple's purchase: a breach (someone else's data reached "
  "him) but he is not dissatisfied, so not a complaint. 'How did my email end up on this, and why' = informed; "
  "'remove it' = erasure.",
  "workspace invite sent to me by mistake?",
  """I've had an email inviting me to 'join the workspace for the purchase of 42 Elm Road by Mr and Mrs Pattison'. I'm not buying anything and I don't know any Pattisons. I haven't clicked the link.

[[informed|How did my email address end up on this, and why?]] [[erasure|Please remove it from whatever it's attached to.]] You probably want to let the Pattisons know too.""",
  sex="m", noquote=True)

S("pexa", L(r="objection"),
  "After a phone call asking her to be a case study, a seller asks PEXA not to use her details for case studies or "
  "advertising: objection. Not a complaint.",
  "case study call",
  """A lady rang me yesterday saying she was from PEXA and asked if I'd talk about my house sale for a 'customer story' on your website. I said no on the phone but I'd like it on record. [[objection|Please don't use my details for case studies, advertising or anything like that.]]""",
  noquote=True)

S("pexa", L(c=True, r="automated_decision,informed", tp=True, cat="process"),
  "A son writes for his 81-year-old mother (third_party): her sale money was held by PEXA's automated fraud scoring "
  "and her solicitor says it is out of their hands. Demands a human review (automated_decision) and to know what made "
  "the system flag it (informed). Implicit complaint about PEXA's own rule, category process.",
  "Mum's sale money held by your fraud check",
  """My mother is 81 and sold her house on Wellington Street last Friday. Part of the money was to go to my son's account for his first house deposit. Your system's fraud screening 'scored' the payment as high risk and it has been held ever since. Her solicitor says it's out of their hands and we should contact you.

She is beside herself. [[automated_decision|She needs a human being to look at this, not an algorithm.]] [[informed|I'd also like to know what it was about her or the payment that made the system flag it.]]""",
  sex="m")

S("pexa", L(r="access,objection"),
  "Phone-typed request for everything PEXA holds from a flat purchase (access) and not to be put on marketing "
  "(objection). Friendly, not a complaint.",
  "info u hold on me",
  """my mortgage broker said I can ask for whatever info you have on me from when I bought my flat in Croydon last year (completion was 14 Nov). [[access|can u send me it all please, emails and everything]] [[objection|and pls don't put me on any marketing]] ta""",
  short=("[[access|can u send me everything u have on me from my flat purchase]] [[objection|no marketing pls]]", ""))

S("pexa", L(r="restriction,access"),
  "A homeowner whose identity was used to open a fraudulent sale workspace asks that his details not be used on the "
  "platform until the police finish (restriction) and for a copy of everything linked to him on it (access). He "
  "says he is not blaming PEXA: not a complaint.",
  "Someone tried to sell my house",
  """My solicitor rang me on Monday to say that someone had tried to sell MY house, 18 Kingsway, using a fake passport in my name, and that a workspace had been opened on your system for it. Thankfully the buyer's solicitor spotted it and it's been stopped. The police reference is on the letter I'll post to you.

I'm not blaming you, it sounds like your side helped catch it. [[restriction|But until the police have finished, I don't want my name or my house details used on your system for anything at all.]] [[access|Please send me a copy of everything linked to me on that workspace, including who opened it and what documents were uploaded.]]""",
  sex="m", noquote=True)

S("pexa", L(r="rectification"),
  "Phone-typed request to update a mobile number so completion texts arrive: rectification per the guide (updating "
  "one's own record). Not a complaint.",
  "new mobile number",
  """my mob number has changed, [[rectification|can u update it to 07700 900617 so the completion texts come through]], old one is dead now. cheers""",
  short=("[[rectification|pls update my mobile to 07700 900617]]", ""))

S("pexa", L(r="informed,objection"),
  "A buyer wonders whether PEXA passed his details to advertisers (informed) and asks it to stop if so (objection). "
  "He says it may be a coincidence and is not accusing anyone: not a complaint.",
  "Removal company adverts",
  """Two days after my solicitor put my purchase on your system, I started getting leaflets and emails from a removal company and a 'conveyancing protection insurance' firm, addressed to me at the new house, which I haven't even moved into yet. It might be a coincidence and I'm not accusing anyone. [[informed|Have you given my details to anyone like that?]] [[objection|If you have, please stop passing my details on for adverts.]]""",
  sex="m")

S("pexa", L(r="portability"),
  "A buyer who changed solicitor mid-purchase asks for the details she entered in the buyer portal as a file the new "
  "firm can upload: portability. The old solicitor is background; no remedy sought: not a complaint.",
  "changing solicitor halfway through",
  """I've had to change solicitor halfway through buying my house (the first one just stopped answering). My new solicitor says the purchase will still go through PEXA. I filled in all my ID, bank and contact details in the buyer portal last month.

[[portability|Can you give me what I entered as a file the new firm can upload, so I don't have to do it all over again?]]""",
  sex="f")

S("pexa", L(c=True, ex=True, pd=True, r="erasure", cat="personal_data"),
  "Explicit complaint that an earlier deletion request was ignored (a rights request badly handled: personal_data). "
  "'Delete everything you hold on me' = erasure.",
  "Complaint - ignored deletion request",
  """I want to complain. In March I asked you to delete my details after our sale completed and got an email saying it would be 'actioned within one month'. It's now July and I'm still getting emails from you addressed to me by name.

[[erasure|Delete everything you hold on me, this is the second time of asking.]] And tell me why it didn't happen the first time.""",
  short=("complaint: [[erasure|delete my data like I asked in March]]", "still getting your emails. second time of asking."))

# =====================================================================================================================
# PEXA: look-alikes (rights [])
# =====================================================================================================================

S("pexa", L(),
  "A buyer asks what the PEXA fee on her completion statement is for and says she is not complaining: an enquiry "
  "about a process, not about her data, so rights=[] and not a complaint.",
  "What is the PEXA fee?",
  """Just going through my completion statement and there's a £4.50 'PEXA settlement fee' on it. What is it for, and is it normal to be charged it? Not complaining, I just like to know what I'm paying for.""",
  sex="f", noquote=True)

S("pexa", L(),
  "A law firm asks PEXA to update its registered office address on its participant profile. That is the firm's "
  "details, not a person's own record, so no rectification right; routine service request.",
  "Change of registered office - participant profile",
  """Please could you update our registered office address on our participant profile from 14 High Street, Barnsley S70 1AB to Suite 3, Dock House, 2 Wharf Road, Barnsley S70 2FD with effect from 1 August. Our SRA number and bank details are unchanged.

The new address will also need to show on our subscription invoices from August.""",
  senders=[("Joanne", "Firth", "joanne.firth@firthcrossley.co.uk"), ("Nadeem", "Aslam", "n.aslam@firthcrossley.co.uk"),
           ("Claire", "Hebden", "accounts@firthcrossley.co.uk")],
  tail="Firth Crossley Solicitors | Practice Manager\nAuthorised and regulated by the Solicitors Regulation Authority")

S("pexa", L(c=True, cat="fees_charges", firm="mpc"),
  "Complaint about a fee Marsh & Penrose added to their bill (fees_charges), forwarded to the participant firm (mpc). "
  "No data right is asked for.",
  "£95 'PEXA charge' on my solicitor's bill",
  """My conveyancers Marsh & Penrose have put a £95 'electronic settlement charge (PEXA)' on their final bill. It wasn't in their quote anywhere and when I asked they said it's 'what PEXA charge us'. Is that true? Either way I want it taken off or properly explained, I've paid everything else they asked for.""",
  noquote=True)

S("pexa", L(),
  "A homeowner asks for the title plan and register (public Land Registry documents, not a copy of his own data held "
  "by PEXA): a document request, rights=[]. Neutral enquiry.",
  "copy of my title deeds",
  """Could you send me a copy of the title plan and register for my house at 6 Nursery Walk? My neighbour is putting up a new fence and says the boundary is further over than I thought. I think the purchase went through your system two years ago.""",
  sex="m")

S("pexa", L(),
  "'Delete my last email' refers to an unfinished message, not erasure of personal data; the rest is a neutral process "
  "question about key release. Not a complaint, rights=[].",
  "completion day question",
  """Please delete my last email, I sent it before I'd finished typing. What I meant to ask was: once the workspace shows 'settled', how long is it normally before the seller's solicitor can tell the estate agent to release the keys? We're trying to plan the van.""")

S("pexa", L(),
  "'Access denied' on a settlement summary link is system access, not the right of access; a neutral question about "
  "whether buyers can use the link. Not a complaint.",
  "can't get into the link",
  """My solicitor sent me a link to 'view my settlement summary' but every time I click it I get 'access denied - contact your participant'. Is it supposed to work for buyers, or is it only for the solicitors to see?""",
  sex="m")

S("pexa", L(auto=True),
  "A bulk newsletter (precedence/list headers) about subject access and erasure in conveyancing: auto_generated, so "
  "every other label is empty; the rights are article topics, not requests.",
  "This week: subject access requests after completion, and payment redirection fraud",
  """CONVEYANCING TODAY - weekly briefing for residential property lawyers

Subject access requests after completion
Clients are increasingly asking firms for a copy of all the personal data held on their file, sometimes years after completion. We look at the one-month deadline, when it can be extended and what can be withheld.

Right to erasure: how long must you keep the file?
A reader asks whether a client can insist the whole file is deleted after completion. Our data protection columnist explains why retention for regulatory purposes usually wins.

Also this week: payment redirection fraud up again; e-settlement adoption figures for the second quarter.

You are receiving this email because you subscribed at conveyancingtoday.co.uk. Unsubscribe | Manage preferences""",
  raw=True, senders=[("Conveyancing Today", "", "news@conveyancingtoday.co.uk"),
                     ("Conveyancing Today Weekly", "", "briefing@conveyancingtoday.co.uk")],
  headers={"precedence": "bulk", "list-id": "Conveyancing Today <weekly.conveyancingtoday.co.uk>",
           "list-unsubscribe": "<mailto:unsubscribe@conveyancingtoday.co.uk?subject=unsubscribe>"},
  envs=["html", "plain"])

S("pexa", L(),
  "A buyer asks what time completion money will reach the seller; 'personal data' and 'delete' appear only in his "
  "employer's email disclaimer. Neutral enquiry, rights=[].",
  "Friday completion - what time?",
  """We're completing on 27 Harrow Close on Friday and the removal company wants to know what time we'll get the keys. Roughly what time does the money usually reach the seller's solicitor when it goes through your system? Our solicitor said 'early afternoon' but couldn't be more exact.""",
  sex="m", noquote=True,
  tail="This e-mail and any attachments are confidential and may contain personal data. If you are not the intended "
       "recipient please delete it and notify the sender. Calderbrook Engineering Ltd, registered in England no. 04417729.")

S("pexa", L(auto=True),
  "An out-of-office from a conveyancer (auto headers) that mentions where to send subject access and data requests "
  "and quotes PEXA's reply: auto_generated, so rights=[] and nothing else set.",
  "Automatic reply: Workspace 31-88412 - settlement time",
  """Thank you for your email. I am on annual leave until Monday 9 June and will not be checking messages.

For completions this week please contact Becky Holroyd on 01484 555 0176. For subject access requests or any other data protection matter please email dataprotection@holroydbeck.co.uk and the team will deal with it within the statutory time limit.

Ian Shackleton
Holroyd Beck Solicitors""",
  raw=True, senders=[("Ian Shackleton", "", "i.shackleton@holroydbeck.co.uk")],
  headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
  quote=("PEXA Support", "Hello Ian,\n\nThe settlement for workspace 31-88412 is booked for 12.00pm on Friday. Please make sure all parties have signed by 10.00am.\n\nPEXA Operational Support"),
  envs=["plain", "noheaders"])

S("pexa", L(c=True, cat="delay", firm="ols"),
  "A buyer's grievance is Orchard Lane not setting up his purchase six weeks after he sent his details: complaint "
  "about delay, forwarded (ols). 'My details' and 'tell me what the hold-up is' are not data rights.",
  "Orchard Lane sat on my details for six weeks",
  """I gave Orchard Lane all my details, ID and proof of funds on 3 March. Six weeks later the sellers' side says nothing has even been set up on your system for our purchase, and they're threatening to pull out. I've emailed my case handler four times with no answer.

Can you chase them, or tell me who I should go to? We can't lose this house.""",
  sex="m", noquote=True)

S("pexa", L(),
  "A future buyer asks how PEXA stops bank details being changed by fraudsters: a question about a process, not "
  "about her own data. Not a complaint, rights=[].",
  "how do you stop bank detail fraud?",
  """My friend lost her whole deposit last year when fraudsters changed the bank details in an email from her 'solicitor'. We're buying in the summer and our solicitor says it all goes through PEXA. How do you make sure nobody can change where the money goes at the last minute? Just want some peace of mind before we start.""",
  sex="f", noquote=True)

# =====================================================================================================================
# CONEXUS: rights scenarios
# =====================================================================================================================

S("conexus", L(c=True, pd=True, r="informed", cat="personal_data"),
  "A debtor who told nobody where he moved gets a letter at his nan's: data obtained unexpectedly, implicit complaint "
  "(wants a real answer), personal_data. 'Who told you I was living here' and 'what gives you the right' = informed.",
  "how have you got my nan's address",
  """I moved in with my nan in Walsall in August because of money problems and I haven't told anyone except my GP and the job centre. Today a letter from you came to her house with my name on it and now she's worried sick that I'm in trouble.

[[informed|Who told you I was living here?]] [[informed|And what gives you the right to use her address for me?]] I want an answer, not a standard letter.""",
  sex="m", noquote=True,
  angry=True)

S("conexus", L(c=True, r="access", cat="collection_conduct"),
  "An agent mocked a debtor's income and pushed her into an unaffordable plan: implicit complaint, collection_conduct. "
  "A copy of the call recordings = access; the grievance is not data handling, so personal_data=false. Northline is "
  "only the creditor (null).",
  "the way your agent spoke to me",
  """I rang on Tuesday afternoon to set up a payment plan for the Northline Energy account. The man I spoke to laughed when I told him my income and said 'people like you always have money for fags'. I don't even smoke. I ended up agreeing to £60 a month just to get off the phone and I can't afford that.

[[access|I want a copy of the recording of that call, and of any other calls I've had with you.]] I also want the plan changed to what I can actually pay.""",
  sex="f")

S("conexus", L(r="access"),
  "Poor-literacy request for a copy of the whole file and the calls so a support worker can go through it: access. "
  "The support worker is only mentioned (not third_party). No grievance.",
  "my file",
  """i got letter from you about sterling credit saying i owe 1,200. [[access|can you send me a copy of all my file and the calls you done to me]] so my support worker can go thru it with me. i cant read long letters very good so email is better""",
  short=("[[access|pls send copy of all my file and calls]]", "ref on letter CX-4478120"))

S("conexus", L(r="rectification"),
  "Polite request to correct the spelling of his first name and a swapped date of birth: rectification. No "
  "dissatisfaction, not a complaint.",
  "My name and date of birth on your letters",
  """Your letters spell my first name Muhammad but it is Mohammed, and the date of birth on your last statement is 09/03/1986 when it should be 03/09/1986. I think someone has swapped the day and month. [[rectification|Could you correct both on your system please?]] I've attached a photo of my driving licence.""",
  senders=[("Mohammed", "Iqbal", "mohammed.iqbal86@gmail.com"), ("Mohammed", "Iqbal", "m.iqbal1986@hotmail.co.uk"),
           ("Mohammed", "Iqbal", "moiqbal@outlook.com")])

S("conexus", L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "A son with the same name as his father is being chased for the father's loan because the records were merged: "
  "inaccurate personal data (category personal_data), Conexus's own records so null. 'Take my details off his account "
  "and put it right' = rectification; 'until it's sorted don't send anything or put anything on my credit file' = "
  "restriction.",
  "I am not my dad",
  """My dad and I have the same name and we lived at the same address until 2019. You've been writing to me at my flat about a Sterling Credit loan that is his, not mine. I've never had a loan with them. I rang and your colleague said the date of birth on the account 'matches what we have for you', which means somebody has merged us.

[[rectification|Take my details off his account and put it right.]] [[restriction|Until it's sorted, don't send anything to my address or put anything on my credit file.]]""",
  senders=[("Paul", "Reilly", "paul.reilly.jnr@gmail.com"), ("Paul", "Reilly", "preilly92@hotmail.co.uk"),
           ("Paul", "Reilly", "paulreilly@sky.com")])

S("conexus", L(r="portability,erasure"),
  "A debtor who has paid off her account asks for her payment history as CSV for her budgeting app (portability) and "
  "then for her information to be deleted (erasure). Thanks the firm: not a complaint.",
  "Account paid off - ref CX-5102284",
  """I made my last payment on my Pennant Mobile account with you in May and got the letter saying it's settled. Thank you for being patient with me over the last three years.

[[portability|Before you close everything down, could you send me my payment history as a CSV file so I can load it into the budgeting app I use?]] [[erasure|After that, I'd like you to delete my information, as there's nothing owed any more.]]""",
  sex="f")

S("conexus", L(c=True, pd=True, r="objection", cat="personal_data"),
  "A struggling debtor is angry at weekly loan adverts from the collector: implicit complaint about data used for "
  "marketing (personal_data). 'Stop using my number for adverts' = objection.",
  "Loan adverts from a debt collector??",
  """You're collecting a debt off me for Northline and you know full well I'm struggling, and now I'm getting texts from you every week about 'consolidation loans' and 'get debt free fast'. It's disgusting to be honest, the last thing I need is another loan.

[[objection|Stop using my number for adverts.]] I never said yes to any of that.""",
  short=("[[objection|STOP texting me loan adverts]]", "your collecting a debt off me ffs. never agreed to any of it"),
  angry=True)

S("conexus", L(r="informed,objection"),
  "A debtor paying her plan asks what the behavioural scoring uses and decides (informed) and objects to that "
  "profiling (objection). Calm, not a complaint.",
  "behavioural scoring",
  """The leaflet that came with your last letter says you may use 'behavioural scoring and data from credit reference agencies' to decide how to contact customers. I'm paying my plan every month and I'd rather not be scored.

[[informed|What does the scoring use, and what does it actually decide about me?]] [[objection|I object to my information being used for that kind of profiling.]]""",
  sex="f")

S("conexus", L(c=True, r="automated_decision", cat="collection_conduct"),
  "An affordable offer was rejected instantly by the website: implicit complaint about affordability in collection "
  "(collection_conduct). 'I want a real person to look ... not the website' = automated_decision. Lumen is only the "
  "creditor (null).",
  "online offer rejected in 2 seconds",
  """I put an offer of £15 a month through your website last night for the Lumen Water balance. I filled in every bit of the income and outgoings form honestly, I'm on Universal Credit with two kids. It came back 'offer not accepted, minimum payment £45' straight away. Nobody could have read it in that time.

[[automated_decision|I want a real person to look at my income and outgoings and decide, not the website.]] £45 means not feeding my kids.""",
  sex="f")

S("conexus", L(r="portability"),
  "A debtor asks for his payment history as a spreadsheet/CSV to import into a debt charity's budgeting tool: "
  "portability. No grievance.",
  "payment history in a file",
  """I'm getting help from a debt charity and they use an online budgeting tool. [[portability|Can you send my payment history with you as a spreadsheet or CSV file so I can import it into their tool?]] The reference on your letters is CX-6671043. Email is fine.""",
  sex="m")

S("conexus", L(r="informed,automated_decision"),
  "An anxious debtor asks why bank statements are needed, who sees them and how long they are kept (informed), and "
  "for a person rather than a computer to decide affordability (automated_decision). Not refusing or dissatisfied: "
  "not a complaint.",
  "Bank statements - why?",
  """Your letter asks me to send three months of bank statements before you'll agree a plan. I'm not refusing, I just get anxious about this stuff. [[informed|Why do you need them, who else sees them, and how long do you keep them?]] [[automated_decision|Also, if a computer decides whether my plan is affordable, I'd like a person to do it instead.]]""")

S("conexus", L(r="restriction"),
  "A debtor who doesn't recognise an account asks that his details not be used or passed on until it is known whether "
  "the debt is his: restriction. He says he is not disputing outright: not a complaint.",
  "Don't recognise this debt",
  """I've had a letter saying I owe £430 to Pennant Mobile, but I don't recognise the account number and I've never had a phone contract in my own name. I'm not saying it definitely isn't mine, I just don't recognise it, and I've asked Pennant directly for the details.

[[restriction|Until we know whether it's mine, please don't use my details for anything to do with it, and don't pass them to solicitors or another agency.]]""",
  sex="m")

S("conexus", L(r="informed,access", tp=True),
  "A daughter with power of attorney writes for her mother with dementia (third_party): where her mobile number came "
  "from = informed; a copy of what is held = access. 'Nobody's upset': not a complaint.",
  "My mum, Mrs Brenda Okoro - how you got her mobile",
  """I help my mum, Brenda Okoro, with her post and her phone. She's 77 and has early dementia, and I have power of attorney (I sent the form last month). She's had two calls from you on her mobile, a number only the family and her GP have.

Nobody's upset, I just need to understand it. [[informed|Can you tell me where you got her mobile number from?]] [[access|And please send me a copy of what you hold about her, so I can check it's all correct.]]""",
  sex="f")

S("conexus", L(r="access,informed"),
  "Non-native English: a copy of all information held (access) and who gave them the new address (informed). Puzzled "
  "rather than dissatisfied, so not a complaint. Westbury Council is only the creditor.",
  "letter to my new flat",
  """I am living in UK four years, I am from Romania. I receive letter from you to my new flat where I live only two months, about council tax for Westbury Council. I am not understand why the letter come to this flat, I not give this address to nobody.

[[access|Please send me copy of all information you have about me.]] [[informed|Also please tell me who give you my new address.]]""")

S("conexus", L(c=True, pd=True, r="erasure", cat="personal_data"),
  "A wrong-number recipient keeps getting calls about someone else's debt after asking once: implicit complaint about "
  "Conexus holding his number against another person's account (personal_data). 'Delete my number' = erasure; he is "
  "not writing for the debtor, so not third_party.",
  "wrong number - not me",
  """You've called my mobile 6 times this week asking for a 'Mr Daniel Pryce'. I've had this number for 9 years and I've never heard of him. I told your agent that on Monday and he said he'd 'update the notes', and then you rang again today.

[[erasure|Delete my number from his account and from your system.]] I shouldn't have to ask twice.""",
  sex="m",
  short=("WRONG NUMBER - [[erasure|delete my number from your system]]", "6 calls this week for a Daniel Pryce. not me."),
  angry=True)

S("conexus", L(c=True, r="informed,automated_decision", cat="collection_conduct"),
  "A debtor on a plan with a heart condition objects to an automated 'field visit' decision: implicit complaint about "
  "how the debt is pursued (collection_conduct). 'What did your system look at' = informed; 'a person ... not a "
  "computer' = automated_decision.",
  "'field visit' letter",
  """Your letter says 'our system has assessed your account as suitable for a field visit' and that an agent may call at my home. I'm on a plan with you and I've missed one payment in two years, because I was in hospital. Nobody has rung me to ask why.

[[informed|What did your system look at to decide that?]] [[automated_decision|I want a person to look at my account properly and make the decision, not a computer.]] I have a heart condition and the thought of someone at the door is making me ill.""")

S("conexus", L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "Shouting complaint: letters addressed to 4 instead of 4A were opened by the neighbours, so a breach (personal_data, "
  "category personal_data). 'Put my address right on your system' = rectification; 'what you're going to do about "
  "them reading it' is a remedy, not a right.",
  "LETTER OPENED BY MY NEIGHBOUR AGAIN",
  """THIS IS THE SECOND TIME. I live at 4A Sefton Road, not 4. The people at number 4 opened your letter because it just said 4 Sefton Road, and now they know I owe money and how much. I told you about this in March.

[[rectification|Put my address right on your system, it's 4A.]] And I want to know what you're going to do about them reading it.""",
  noquote=True,
  angry=True)

S("conexus", L(r="restriction,rectification,portability", tp=True),
  "A housing support worker writes for a client (third_party): don't use the out-of-date income and expenditure until "
  "new figures arrive (restriction), replace them (rectification), send the payment history as CSV for their "
  "casework system (portability). Neutral, not a complaint.",
  "Client: Mr Lee Carver - income and expenditure",
  """I'm a support worker at Hillside Housing Trust and help Lee Carver with his money (his signed consent is attached). The income and expenditure you hold for him is from 2023, when he was working. He's now on ESA and his outgoings have changed a lot.

[[restriction|Please don't use the old figures to make any decisions about his account until we've sent you new ones.]] [[rectification|When they arrive, please replace the old figures with them.]] [[portability|Could you also send his payment history as a CSV file so we can load it into our casework system?]]""",
  tail="Hillside Housing Trust - Tenancy Support Team\nTel 0114 496 0382",
  senders=[("Rachel", "Outram", "rachel.outram@hillsidehousing.org.uk"), ("Femi", "Adebayo", "f.adebayo@hillsidehousing.org.uk"),
           ("Gail", "Stringer", "gail.stringer@hillsidehousing.org.uk")])

S("conexus", L(r="informed"),
  "A letter arrived at the writer's workplace; she asks how Conexus got the work address and why it uses it "
  "(informed). Nobody opened it and she is calm: not a complaint.",
  "Letter to my work?",
  """A letter from you came for me at work today, to the reception desk at the dental practice where I work. Luckily it was sealed and nobody opened it. I've never given you my work address and my home address hasn't changed. [[informed|Can I ask how you got it and why you're using it?]]""",
  sex="f")

S("conexus", L(c=True, ex=True, r="access", tp=True, cat="collection_conduct"),
  "A son makes an explicit complaint for his 70-year-old father (third_party) about an agent threatening prison: "
  "collection_conduct. 'Send me the recording of that call' = access; not a data grievance.",
  "Complaint about your agent - threatened my dad with prison",
  """I'm making a complaint on behalf of my dad, Kenneth Ashworth, who is 70 and has asked me to deal with this. On 12 May at about 4pm a woman from your company told him that if he didn't pay £300 by Friday he could 'end up in prison' and that 'bailiffs would take the car'. We know now that's not true for a council tax debt like his, but he was shaking for the rest of the day.

[[access|Send me the recording of that call.]] I want her spoken to and I want an apology to him.""",
  sex="m")

S("conexus", L(r="objection"),
  "Having read the privacy notice, a debtor asks that her details not be shared with 'partners offering debt "
  "solutions': objection. Not a complaint.",
  "sharing my details with 'partners'",
  """I've just read the privacy notice on your website. It says you may share customer details with 'carefully selected partners offering debt solutions'. [[objection|Please don't share mine with anyone for that purpose, I'm happy with the plan I've got.]]""",
  sex="f")

S("conexus", L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Account notes wrongly say 'customer hostile, refused to pay': inaccurate personal data, implicit complaint, "
  "personal_data. 'I want them corrected' = rectification.",
  "your notes say I refused to pay",
  """I got a copy of my account notes from you last week and they say 'customer hostile, refused to pay' on 3 February. That's not what happened. I rang you, I was upset because my mum had just died, and I asked for a month's breathing room. I never refused anything.

Those notes will be read by whoever picks up my account next. [[rectification|I want them corrected to say what actually happened.]]""")

S("conexus", L(c=True, ex=True, pd=True, r="restriction", cat="debt_dispute"),
  "Explicit complaint: a disputed balance went unanswered and a default was reported meanwhile. Main cause is the "
  "disputed debt (debt_dispute), with personal_data=true for reporting it to credit agencies while disputed. 'Stop "
  "reporting this account until the dispute is answered' = restriction. Conexus's own handling, so null.",
  "Formal complaint - default on my credit file",
  """This is a formal complaint. I disputed this Sterling Credit balance with you in writing on 2 April because it includes a £180 charge I've never been shown any paperwork for. You haven't answered, but yesterday a default from you appeared on my credit file.

[[restriction|Until the dispute is answered, stop reporting this account to the credit reference agencies.]] Then give me a proper answer about the £180.""",
  sex="m")

S("conexus", L(r="portability", tp=True),
  "A wife with authority on her husband's account writes for him (third_party) asking for his payment history as "
  "Excel/CSV to paste into a debt charity spreadsheet: portability. Not a complaint.",
  "My husband's account - payment history",
  """I'm writing for my husband, Craig Dunmore, who has given you permission for me to speak for him (it's been on his account since January). We're doing a budget with a debt charity and they've given us a spreadsheet to fill in.

[[portability|Can you send his payment history as an Excel or CSV file so I can paste it into their spreadsheet, rather than a printed statement?]]""",
  sex="f")

S("conexus", L(r="automated_decision"),
  "Before using an online circumstances form, a debtor with bipolar disorder asks if a computer decides and asks for "
  "a person instead if so: automated_decision. A question, not a complaint.",
  "vulnerability form online",
  """Before I fill in the 'tell us about your circumstances' form on your website: does a computer decide what happens with my account from what I put in, or does someone actually read it? I've got bipolar disorder and some of it is hard to put in tick boxes. [[automated_decision|If it's the computer, I want a person to make the decision instead.]]""")

S("conexus", L(c=True, pd=True, r="informed,erasure", cat="personal_data"),
  "An ex-partner's name and address have been linked to a debt solely in his name: implicit complaint about her data "
  "held against someone else's account (personal_data). 'Why have you got my name linked' = informed; 'take my name "
  "and address off it' = erasure. 'Stop writing to me' is a conduct remedy.",
  "I am his EX",
  """Stop writing to me about Jason Tully's debt. We split up in 2021, the account was only ever in his name, and I've got nothing to do with it. Every letter to my house now has his name AND mine on it, 'Mr J Tully and Ms {last}'.

[[informed|Why have you got my name linked to his account at all?]] [[erasure|Take my name and my address off it.]]""",
  sex="f", noquote=True,
  angry=True)

S("conexus", L(r="objection"),
  "After an agent said 'we found you on Facebook', a debtor who is paying objects to Conexus using her details to "
  "search social media: objection. She says it doesn't really matter and asks calmly: not a complaint.",
  "searching for me online",
  """Your agent mentioned on the phone last week that 'we found you on Facebook'. I'm paying you now so it doesn't really matter, I'd just rather it didn't happen again. [[objection|I object to you using my details to look me up on Facebook or any other social media sites.]]""",
  sex="f")

S("conexus", L(r="restriction,access"),
  "An identity-fraud victim asks that his details not be used for collecting the fraudulent debt or sent to credit "
  "agencies during the investigation (restriction) and for a copy of everything held on the account (access). "
  "Neutral: not a complaint.",
  "Identity fraud - Action Fraud ref NFRC25061148",
  """I've just found out someone opened a Sterling Credit loan in my name in 2023 using my old address. I've reported it to Action Fraud (the reference is in the subject) and Sterling are looking into it too.

[[restriction|While this is investigated please don't use my details for collecting this debt or send anything to the credit agencies.]] [[access|Could you also send me a copy of everything you hold on the account, including any application details and phone numbers they gave?]]""",
  sex="m")

S("conexus", L(r="informed,objection"),
  "A 74-year-old (his granddaughter only types for him, so not third_party) asks what 'legitimate interest' means and "
  "what his data is used for (informed) and objects to any use beyond what is needed, especially selling (objection).",
  "legitimate interest??",
  """I'm 74 and not very clever with computers, so my granddaughter is typing this for me. Your letter says you process my data under 'legitimate interest'. [[informed|What does that mean in plain English, and what are you using my information for?]] [[objection|I don't want it used for anything you don't have to, and certainly not for selling me things.]]""",
  sex="m")

S("conexus", L(c=True, pd=True, r="automated_decision,rectification", cat="collection_conduct"),
  "An account was 'automatically escalated' to litigation for 'failing to engage' despite four calls: implicit "
  "complaint about how the debt is pursued (collection_conduct) with an inaccurate record (personal_data=true). A person "
  "to decide = automated_decision; 'your records need putting right' = rectification.",
  "'Automatically escalated'?? I have rung you 4 times",
  """Your letter dated 6 June says my account has been 'automatically escalated to our litigation team' because I have 'failed to engage'. I rang you on 14, 21 and 28 May and on 3 June, and each time I was told someone would call me back about a plan. Nobody did.

[[automated_decision|I want a person to look at my account and make that decision properly.]] [[rectification|And your records need putting right, because I have engaged, more than you have.]]""",
  angry=True)

S("conexus", L(r="erasure"),
  "Non-native English: a debtor who finished paying asks for her information, passport copy and bank papers to be "
  "deleted: erasure. Thanks the firm; not a complaint.",
  "please delete my information",
  """I finish to pay my debt for Lumen Water last year in October, I have letter from you that it is closed. [[erasure|Now please you delete my information, I don't want that you keep copy of my passport and my bank papers.]] Thank you for help in the past.""",
  sex="f")

S("conexus", L(c=True, r="restriction", cat="debt_dispute", firm="pmt"),
  "The debt is a Pennant Mobile bill for a phone returned within 14 days: the creditor's own billing is the root cause, "
  "so debt_dispute forwarded to pmt. Asking Conexus not to do anything with his details until Pennant sorts it = "
  "restriction.",
  "Pennant bill is wrong",
  """The £267 you're collecting for Pennant Mobile is for a phone I sent back inside the 14 days in January. I've got the Royal Mail receipt and their returns email. Pennant still billed me for three months and then passed it to you. It's their mistake and I've told them so.

[[restriction|Until Pennant sort it out you shouldn't be doing anything with my details on this, so please put it on hold.]]""",
  sex="m")

S("conexus", L(r="automated_decision,portability"),
  "A debtor moving to a charity debt management plan asks for a member of staff rather than the online tool to look at "
  "his last offer (automated_decision) and for his balance and payment history as an importable CSV (portability). "
  "Matter-of-fact: not a complaint.",
  "moving to a debt management plan",
  """I'm moving all my debts into a debt management plan with a charity so everything is in one place, so I won't need your online tool after this month. [[automated_decision|For my own peace of mind, could a member of staff rather than the online tool look at the offer I put in last week?]] [[portability|Either way, the plan provider needs my balance and payment history as a file they can import, CSV is best, so please email that.]]""",
  sex="m")

# =====================================================================================================================
# CONEXUS: look-alikes (rights [])
# =====================================================================================================================

S("conexus", L(c=True, cat="debt_dispute"),
  "Asking to correct a balance that ignores a £200 payment is a debt dispute (complaint: second wrong statement), not "
  "rectification of personal data; rights=[].",
  "balance wrong again",
  """Your statement has my balance as £840 but I paid £200 by card on 14 March (receipt attached, ref 55120). Please correct the balance and send me a new statement. This is the second statement in a row that's been wrong.""",
  short=("balance wrong AGAIN - you've missed my £200 payment", "paid 14 March by card, please correct the balance"))

S("conexus", L(),
  "A request to move the payment date to payday is a routine service request, not a data right. Not a complaint.",
  "change payment date",
  """Can I change my payment date from the 1st to the 28th? I get paid on the 27th and by the 1st the money's usually gone. Same amount, £25 a month.""",
  sex="f")

S("conexus", L(c=True, cat="collection_conduct"),
  "Calls to the debtor's workplace after being told twice: implicit complaint about how the debt is pursued. 'Stop "
  "calling my work number' is a conduct remedy (guide: 'stop calling her'), not objection; rights=[].",
  "STOP ringing me at work",
  """Your people keep phoning me at work. My manager has noticed and asked me what it's about. I've told you twice I'll answer at home after 6. Stop calling my work number, I'm not going to lose my job over this.""",
  sex="m", noquote=True,
  angry=True)

S("conexus", L(),
  "A Consumer Credit Act section 78 request for a copy of the credit agreement and statement is a document request, "
  "not a data-protection right; neutral, not a complaint.",
  "Section 78 request - account CX-3390417",
  """Under section 78 of the Consumer Credit Act 1974 please send me a true copy of the executed credit agreement for this account, together with a statement of account. I have sent the £1 statutory fee by post today.""",
  sex="m")

S("conexus", L(auto=True),
  "A debt charity's bulk newsletter explaining data rights (list headers): auto_generated, so rights=[] and nothing "
  "else set.",
  "Know your rights: getting a copy of your data from a debt collector",
  """MoneyWise Together - monthly update

Did you know you can ask any debt collector for a copy of the personal data it holds about you, including call recordings? It's free and they normally have one month to reply. If the information is wrong you can ask for it to be corrected, and you can tell them to stop sending you marketing.

Our advisers can help you write the request. Call our free helpline on 0808 196 0412, Monday to Friday 9am to 8pm.

You're getting this email because you signed up at moneywisetogether.org.uk. Unsubscribe at any time.""",
  raw=True, senders=[("MoneyWise Together", "", "newsletter@moneywisetogether.org.uk"),
                     ("MoneyWise Together Updates", "", "updates@moneywisetogether.org.uk")],
  headers={"precedence": "bulk", "list-id": "MoneyWise Together <monthly.moneywisetogether.org.uk>",
           "list-unsubscribe": "<https://moneywisetogether.org.uk/unsubscribe?u=7715c0>"},
  envs=["html", "plain"])

S("conexus", L(auto=True),
  "Out-of-office from a support worker quoting Conexus's reply to a subject access request: auto_generated; the rights "
  "wording is only in the quote, so rights=[] and third_party=false.",
  "Automatic reply: Your subject access request - Mr S Hollins",
  """Thank you for your email. I am out of the office on training until Thursday 12 June. If your message is urgent please call the duty worker on 0191 496 0277.

Lorraine Tate
Welfare Rights Worker, Tyneside Advice Centre""",
  raw=True, senders=[("Lorraine Tate", "", "lorraine.tate@tynesideadvice.org.uk")],
  headers={"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"},
  quote=("Conexus Data Protection", "Dear Ms Tate,\n\nThank you for the subject access request you made on behalf of Mr Hollins. We will send a copy of the personal data we hold within one month."),
  envs=["plain", "noheaders"])

S("conexus", L(),
  "A question about how Breathing Space works and whether it affects a credit file is about a process, not a request "
  "about the writer's data; not a complaint.",
  "breathing space question",
  """My friend says if I apply for Breathing Space you have to stop contacting me for 60 days. Is that right? And does it go on my credit file, and does the interest stop while it's on?""",
  short=("does breathing space go on my credit file?", "and do you have to stop contacting me for 60 days"))

S("conexus", L(c=True, cat="collection_conduct"),
  "A doorstep agent banged on the door and drew the neighbours out: implicit complaint, collection_conduct. 'I know my "
  "rights' and 'don't send anyone to my house' are not data rights (guide: 'don't come to my house' is a conduct "
  "remedy).",
  "your man at my door Saturday",
  """Your man came round on Saturday at 9am and banged on the door till half the street came out. I know my rights, you're not bailiffs. Don't send anyone to my house again, write to me or phone me like a normal company.""",
  sex="f", noquote=True,
  angry=True)

S("conexus", L(),
  "A debtor who moved banks asks Conexus to cancel the old direct debit and confirm the new standing order: a payment "
  "instruction, not a data right; not a complaint.",
  "new bank - standing order",
  """I've switched banks and set up a new standing order to you for £30 from 1 July, same reference as before. Please cancel the old direct debit on your side so I don't end up paying twice, and can you confirm when the first payment has arrived?""")

S("conexus", L(),
  "A request for a paid-in-full letter for a mortgage application is a document request, not a copy of personal data; "
  "routine service request.",
  "letter to say account paid in full",
  """Can you send me a letter confirming my Northline account is paid in full and closed? My mortgage broker needs it by the end of the month. The reference was CX-2218864. Email or post is fine.""",
  sex="m")

S("conexus", L(c=True, pd=True, br=True, cat="personal_data"),
  "A letter with the balance went to an old address eight months after the debtor told Conexus she had moved, and the "
  "new tenant opened it: breach, implicit complaint, personal_data. 'How has this happened?' asks about the incident "
  "(as lg-31), not a rights request; rights=[].",
  "letter sent to my old flat",
  """You sent a letter to my old flat even though I moved eight months ago and told you on the phone. The new tenant opened it and sent me a photo of it on WhatsApp, with my balance and your account number on it. How has this happened? I'd like an answer and an apology.""",
  sex="f")


# =====================================================================================================================
# rendering
# =====================================================================================================================

FEMALE = ["Amy", "Sophie", "Chloe", "Jade", "Laura", "Karen", "Tracey", "Sandra", "Priya", "Aisha", "Fatima", "Nadia",
          "Olivia", "Megan", "Kirsty", "Gemma", "Zainab", "Agnieszka", "Ioana", "Chidinma", "Bethan", "Hannah",
          "Leanne", "Maureen", "Pauline", "Yasmin", "Shauna", "Danielle", "Rukhsana", "Marta", "Kelly", "Donna",
          "Eilidh", "Grace", "Ngozi", "Beverley"]
MALE = ["Jamie", "Darren", "Liam", "Craig", "Mark", "Steven", "Gary", "Imran", "Tariq", "Kwame", "Tomasz", "Andrei",
        "Connor", "Ryan", "Dean", "Wayne", "Alan", "Keith", "Harpreet", "Sanjay", "Rhys", "Callum", "Kieran", "Lewis",
        "Emeka", "Piotr", "Graham", "Trevor", "Nathan", "Owen", "Declan", "Dylan", "Jordan", "Adil", "Stuart", "Barry"]
SURNAMES = ["Walsh", "Hughes", "Begum", "Khan", "Patel", "Kowalski", "Thompson", "Robinson", "Wright", "Evans", "Jones",
            "Price", "Morgan", "Doherty", "Murphy", "McLeod", "Campbell", "Okafor", "Adeyemi", "Mensah", "Nowak",
            "Popescu", "Ali", "Hussain", "Bennett", "Cartwright", "Dixon", "Fletcher", "Gallagher", "Holt", "Ingram",
            "Jarvis", "Lomax", "Marsden", "Nolan", "Parkin", "Quinn", "Rowley", "Sutcliffe", "Tanner", "Uddin",
            "Vickers", "Whitworth", "Yates", "Akhtar", "Brennan", "Chowdhury", "Duffy", "Fenwick", "Greaves", "Hartley",
            "Kaur", "Lynch", "Mahmood", "Naylor", "Osei", "Pickles", "Rahman", "Shah", "Lewandowska"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com",
           "live.co.uk", "talktalk.net", "aol.com", "googlemail.com"]

GREETINGS = ["Hi", "Hello", "Dear Sir or Madam,", "Hi there,", "Good afternoon,", "", "To whom it may concern,",
             "Hiya", "Morning,", "Dear PEXA,", "Dear Conexus,", "Hello,"]
SIGNOFFS = ["Thanks\n{first}", "{first} {last}", "Regards,\n{first} {last}", "Thank you\n{first}", "{first}",
            "Many thanks\n{first} {last}", "Kind regards\n{first} {last}", "cheers\n{first}",
            "Yours faithfully\n{first} {last}", "thanks {first}", "{first} {last}\n(sent from my phone)"]
PHONE = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android",
         "Sent from Yahoo Mail on Android", "Sent from my iPad"]
DISCLAIMERS = [
    "This email and any files sent with it are confidential and intended only for the named recipient. If you have "
    "received it in error please delete it and tell the sender. Any personal data in this email is processed in line "
    "with our privacy notice.",
    "CONFIDENTIALITY: this message may contain personal data and is meant for the addressee only. If it has reached "
    "you by mistake, please let the sender know and delete it.",
    "Please consider the environment before printing this email.",
]
FIRM_Q = {
    "pexa": [("PEXA Support", "Hello,\n\nThank you for getting in touch with PEXA. So that we can look into this, please reply with the property address and the name of the firm acting for you.\n\nKind regards\nPEXA Operational Support"),
             ("PEXA Customer Team", "Thank you for your email. We have received your message and a member of our team will respond within two working days.\n\nPEXA Customer Team")],
    "conexus": [("Conexus Customer Services", "Dear Customer,\n\nThank you for contacting Conexus. To help us deal with your email, please reply with your full name, address and account reference.\n\nConexus Customer Services"),
                ("Conexus", "Thank you for your email. It has been passed to the relevant team and we aim to reply within 5 working days. Please quote your account reference in all correspondence.\n\nConexus Customer Services")],
}
DATES = ["Mon, 2 Jun 2025 at 09:14", "12 May 2025, at 16:02", "Thu, 19 Jun 2025 at 11:47", "3 Apr 2025 at 14:30",
         "Wed, 9 Jul 2025 at 10:05", "Fri, 23 May 2025 at 08:52"]

MARK = re.compile(r"\[\[([a-z_+]+)\|(.+?)\]\]")


def segments(text):
    """[(text, rights-or-None)] for a scenario string with [[right|sentence]] (or [[r1+r2|clause]]) markers."""
    return [(t, None if r is None else r.split("+")) for t, r in mark_segments(text, MARK)]


def fill(text, first, last):
    return text.replace("{full}", f"{first} {last}".strip()).replace("{first}", first).replace("{last}", last)



def make_sender(sc, rng, used):
    if sc.get("senders"):
        avail = [s for s in sc["senders"] if s not in used] or sc["senders"]
        s = avail[rng.randrange(len(avail))]
        used.append(s)
        first, last, addr = s
        disp = f"{first} {last}".strip()
        return first, last, f"{disp} <{addr}>"
    sex = sc.get("sex") or ("f" if rng.random() < 0.5 else "m")
    while True:
        first = rng.choice(FEMALE if sex == "f" else MALE)
        last = rng.choice(SURNAMES)
        if (first, last) not in used:
            break
    used.append((first, last))
    f, l = first.lower(), re.sub(r"[^a-z]", "", last.lower())
    n = rng.randrange(1, 99)
    local = [f"{f}.{l}", f"{f}{l}{n}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{n}", f"{l}{f[0]}", f"{f}.{l}{n}",
             f"{f}{l[:3]}"][rng.randrange(8)]
    addr = f"{local}@{rng.choice(DOMAINS)}"
    style = rng.randrange(6)
    disp = {0: f"{first} {last}", 1: f"{first.lower()} {last.lower()}", 2: first, 3: f"{first[0]} {last}",
            4: f"{first} {last}", 5: f"{last.upper()} {first}"}[style]
    return first, last, f"{disp} <{addr}>"


def render(sc, src, env, rng, used):
    """One record of scenario sc in envelope env."""
    first, last, frm = make_sender(sc, rng, used)
    mb = sc["mb"]
    short = env == "short"
    subj_raw, body_raw = sc["short"] if short else (sc["subject"], sc["body"])
    subj_segs = segments(fill(subj_raw, first, last))
    body_segs = segments(fill(body_raw, first, last))
    if env == "typo":
        body_segs = typo_segments(body_segs, rng)
    subject = "".join(t for t, _ in subj_segs)
    core = "".join(t for t, _ in body_segs)
    marks = [(r, t) for t, rs in subj_segs if rs for r in rs]
    body_marks = [(r, t) for t, rs in body_segs if rs for r in rs]

    if sc.get("raw"):
        text = core
    elif short:
        text = core
        if core:
            text += "\n\n" + rng.choice([first, first.lower(), f"{first}\n\n{rng.choice(PHONE)}", rng.choice(PHONE)])
        elif rng.random() < 0.3:
            text = rng.choice(PHONE)
    else:
        if sc.get("angry"):
            greet = rng.choice(["", "", "To whoever reads this,"])
            sign = fill(rng.choice(["{first} {last}", "{first}", "{last}", "{first} {last}\n{mob}"]), first, last)
            sign = sign.replace("{mob}", f"07700 900{rng.randrange(100, 999)}")
        else:
            greet = rng.choice([g for g in GREETINGS if not (g.startswith("Dear P") and mb != "pexa")
                                and not (g.startswith("Dear C") and mb != "conexus")])
            sign = fill(rng.choice(SIGNOFFS), first, last)
        text = (greet + ("\n\n" if greet else "")) + core + "\n\n" + sign
        if sc.get("tail"):
            text += "\n\n" + sc["tail"]
        if env == "footer":
            pick = rng.randrange(3)
            if pick == 0:
                text += "\n\n" + rng.choice(PHONE)
            elif pick == 1:
                text += f"\nMob: 07700 900{rng.randrange(100, 999)}"
            else:
                text += "\n\n" + rng.choice(DISCLAIMERS)

    quote = None
    if sc.get("quote"):
        quote = sc["quote"]
    elif env == "quote":
        quote = rng.choice(FIRM_Q[mb])
    qtext = None
    if quote:
        qtext = f"On {rng.choice(DATES)}, {quote[0]} wrote:\n" + quote_lines(quote[1])
        if not subject.lower().startswith(("re:", "automatic reply")):
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
    headers = dict(sc.get("headers") or {}) if env != "noheaders" else {}
    return {"id": None, "mailbox": mb, "from": frm, "subject": subject, "headers": headers, "body": body,
            "html": html, "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])), "note": sc["note"],
            "source": src, "request_sentences": rs, "train_labels": ["rights"], "_env": env}


def build(rng):
    records = []
    for i, sc in enumerate(SCEN, 1):
        src = f"rmc-s{i:03d}"
        used = []
        if sc.get("envs"):
            envs = list(sc["envs"])
        else:
            n = 3 if rng.random() < 0.66 else 2
            pool = ["plain", "html", "typo", "footer"]
            if not sc.get("quote") and not sc.get("noquote"):
                pool.append("quote")
            envs = rng.sample(pool, n)
            if sc.get("short"):
                envs[rng.randrange(n)] = "short"
        for env in envs:
            records.append(render(sc, src, env, rng, used))
    return records


def main(argv):
    out = argv[0] if argv else OUT
    return run_generator(build, SEED, "rmc", out, errors=marked_record_errors, train_labels=["rights", "complaint"], summary=lambda recs, env: (
        f"wrote {len(recs)} records from {len(SCEN)} scenarios to {out}; envelopes {dict(sorted(env.items()))}"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
