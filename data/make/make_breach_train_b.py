#!/usr/bin/env python3
"""Breach training set B (stdlib only): how people describe personal data breaches in their own words.

60 scenarios (30 per mailbox), each rendered twice with different envelopes drawn from the seeded rng:
26 describe a personal data breach (by the receiving firm, a participant firm or creditor, or someone else),
20 are look-alikes that are not breaches by the labelling guide, 14 are ordinary mail with no breach.
Every label of every scenario follows /work/shared/labelling/labelling-guide.md. Sentences that ask for a
UK GDPR right are marked inline as [[right|sentence]] and become request_sentences. Every row trains only the
breach label (train_labels ["breach"]).

Usage:  .venv/bin/python data/make/make_breach_train_b.py   (writes data/labelled/breach_train_b.jsonl)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from labelled_mail import (MARK_RIGHTS, RIGHTS, finish_marked_record, marked_record_errors, rights_marks_of,  # noqa: E402
                           run_generator, short_labels, strip_marks, typos_outside_marks)

SEED = 20270808
PREFIX = "btrb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "labelled", "breach_train_b.jsonl")

L = short_labels

# ---------------------------------------------------------------------------------------------
# envelope material (all invented)

FIRSTS = ["Amelia", "Tariq", "Joanne", "Declan", "Priyanka", "Callum", "Rhiannon", "Obinna", "Shauna", "Wojciech",
          "Leanne", "Hamish", "Farah", "Stuart", "Niamh", "Kwame", "Bethany", "Rajesh", "Carys", "Dominic",
          "Yasmin", "Gregor", "Marnie", "Lewis", "Aisling", "Emeka", "Tamsin", "Rory", "Zainab", "Neil"]
SURNAMES = ["Pemberton", "Okoro", "Haldsworth", "McAllister", "Quayle", "Bhatti", "Treharne", "Gallacher", "Nowak",
            "Ashdown", "Mensah", "Rutherford", "Choudhury", "Fennimore", "Doherty", "Lindsay", "Ellwood", "Sandhu",
            "Penhaligon", "Kowalczyk", "Thornbury", "Adeyemi", "Whitlock", "Ferreday", "Moffat", "Iqbal", "Cartwright",
            "Baillie", "Oduya", "Stanwick"]
PERSONAL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
                    "sky.com", "virginmedia.com", "live.co.uk", "talktalk.net"]
GREETINGS = {
    "pexa": ["Dear PEXA team,", "Dear Sir or Madam,", "Hello,", "Hi there,", "Good morning,", "To whom it may concern,",
             "Dear PEXA,", None],
    "conexus": ["Dear Conexus,", "Dear Sir/Madam,", "Hello,", "Hi,", "To whom it may concern,", "Good afternoon,",
                "Dear Sir or Madam,", None],
}
SIGNOFFS = ["Regards,", "Kind regards,", "Thanks,", "Best wishes,", "Yours faithfully,", "Many thanks,", "Thank you,",
            "Best,", "Yours sincerely,", None]
QUOTES = {
    "pexa": [
        ("PEXA Support <support@pexa.co.uk>",
         "Hello,\n\nThank you for contacting PEXA Support. Your request has been logged under ticket SUP-{ref}.\n\n"
         "If you need to add anything, reply to this email and keep the ticket number in the subject line.\n\n"
         "Kind regards\nPEXA Support"),
        ("PEXA Customer Care <customercare@pexa.co.uk>",
         "Dear customer,\n\nThanks for getting in touch. We aim to reply within two business days. "
         "Your reference is PX-{ref}.\n\nPEXA Customer Care"),
        ("PEXA Service Desk <servicedesk@pexa.co.uk>",
         "Hi,\n\nWe have received your message and a member of the team will pick it up shortly "
         "(case {ref}).\n\nThanks,\nPEXA Service Desk"),
    ],
    "conexus": [
        ("Conexus Customer Services <help@conexus-services.com>",
         "Thank you for your email. It has been received and given the reference {ref}. A member of our team "
         "will reply as soon as possible.\n\nConexus Customer Services"),
        ("Conexus Accounts <accounts@conexus-services.com>",
         "Dear Customer,\n\nThank you for contacting us. Please quote {ref} in any further correspondence so that "
         "we can find your account quickly.\n\nRegards,\nConexus Accounts Team"),
        ("Conexus Client Services <clients@conexus-services.com>",
         "Hello,\n\nThanks for your message, which we have logged as {ref}. We will be in touch within one working "
         "day.\n\nConexus Client Services"),
    ],
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
BASE_ENVS = ["plain", "plain", "plain", "html", "reply", "reply", "reply_html", "typo", "typo", "typo_reply",
             "typo_html"]

# ---------------------------------------------------------------------------------------------
# scenarios
#
# who: ("person",) a private individual; ("staff", org, domain, role) someone writing from an organisation.
# Texts may use {first} and {sur} (the writer's first name and surname, drawn per rendering).
# kind: "breach", "lookalike" or "ordinary".

SCENARIOS = []


def S(sid, kind, mb, who, subj, body, lab, note, short=None, subj_only=None, greet=True):
    SCENARIOS.append(dict(sid=f"btrb-s{sid:03d}", kind=kind, mb=mb, who=who, subj=subj, body=body, lab=lab,
                          note=note, short=short, subj_only=subj_only, greet=greet))


# ======================= PEXA: breaches =======================

S(1, "breach", "pexa", ("staff", "Greyfriars Law LLP", "greyfriarslaw.co.uk", "Post-Completion Team Leader"),
  "Workspace invite received in error",
  "This morning at 08:50 our post-completion inbox received an invitation to join a remortgage workspace that has "
  "nothing to do with us. The notification came from your system and shows the borrower's full name (a Mrs Imelda "
  "Crossthwaite), her property in Musselburgh, the new lender and the loan amount.\n\n"
  "We have not opened the workspace itself and the email has been deleted from the shared inbox. I assume the "
  "inviting lender picked the wrong firm from the list, or something slipped at your end; either way we thought "
  "you should know so the right firm can be added.\n\n"
  "No reply needed on our side.",
  L(br=True),
  "A borrower's details reached a firm that is not acting for her, so breach=true; the firm reports it calmly and "
  "wants no reply, so it is not a complaint and personal_data stays false.",
  short="An invitation to a remortgage workspace for a Mrs Imelda Crossthwaite (address and loan amount included) "
        "landed in our inbox today. Not our client. We've deleted it and are just letting you know; nothing needed "
        "back from you.")

S(2, "breach", "pexa", ("person",),
  "my passport and bank statements sent to a stranger",
  "I'm buying a flat through Marsh & Penrose and your name is on every document they send me, so I'm hoping you "
  "can do something.\n\n"
  "Last Thursday a woman I have never met phoned me. She is also buying through Marsh & Penrose, her surname is "
  "the same as mine, and she had just received an email from them with my passport scan, my last three bank "
  "statements and the gifted deposit letter from my dad attached. She was very kind about it and deleted it, but "
  "she now knows where I bank, how much I have and my date of birth.\n\n"
  "When I rang Marsh & Penrose the receptionist said 'these things happen' and that the fee earner would call me "
  "back. Nobody has. I want someone to make them take this seriously and tell me what they are doing about it.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="mpc"),
  "A buyer's documents were emailed by her own conveyancer to another client, a breach by the participant firm "
  "alone, so the complaint is forwarded (about_other_firm=mpc) with personal_data and breach true.")

S(3, "breach", "pexa", ("staff", "Heathcote Bank", "heathcotebank.co.uk", "Mortgage Completions Manager"),
  "Formal complaint - failed settlements 3 and 4 April, and another lender's borrowers on screen",
  "I am writing for Heathcote Bank's mortgage completions team to raise a formal complaint.\n\n"
  "On 3 April and again on 4 April, settlement failed on two of our purchase matters (workspaces PW-4471906 and "
  "PW-4472381) at the funds release step. Both times the screen froze for over twenty minutes before showing a "
  "generic error, and both completions slipped to the following day. Our borrowers lost their removal slots and "
  "one has sent us a bill for £480.\n\n"
  "On top of that, when my colleague refreshed the error page on 4 April it displayed the settlement summary for a "
  "workspace that is not ours: the names of two borrowers with another lender, their new address in Harrogate, the "
  "loan amount and the last four digits of their account. We took a screenshot for you and closed it. That is a "
  "serious data protection concern in its own right and I expect it to be looked into properly.\n\n"
  "Please explain what failed on both days, confirm whether our own borrowers' details could have appeared on "
  "anyone else's screen, and tell us how you will cover the costs our customers have incurred.",
  L(c=True, ex=True, pd=True, br=True, cat="platform_defect"),
  "The main grievance is two failed settlements (platform_defect), but the error page exposed another lender's "
  "borrowers, so breach=true and personal_data=true; the bank complains for itself (not third party, firm null).")

S(4, "breach", "pexa", ("person",),
  "Why am I getting someone else's sale details?",
  "I received an email this afternoon from a PEXA address telling me that 'your settlement has been booked'. It "
  "isn't mine. It gives the name of a Mr Tobias Renwick, the address of a house in Kettering I have never heard of, "
  "the settlement date and the name of his solicitor. My own sale completed in January.\n\n"
  "So somebody has attached my email address to a stranger's sale. That makes me wonder what has been sent about "
  "me and to whom. I would like to know how this happened and whether my own details have gone anywhere they "
  "shouldn't have.\n\n"
  "[[restriction|Please stop using my email address for anything until you have checked and confirmed that it is "
  "only linked to my own sale.]]",
  L(c=True, pd=True, br=True, r="restriction", cat="personal_data"),
  "PEXA emailed a stranger's sale details to the writer, a disclosure to the wrong person (breach, personal_data, "
  "category personal_data); 'stop using my email until you confirm it is right' is restriction.",
  short="Got an email from PEXA about a Mr Tobias Renwick's settlement in Kettering, address and solicitor "
        "included. Not me, my sale finished in January. How did my email end up on his sale, and has mine gone to "
        "someone else? [[restriction|Please stop using my email address for anything until you have checked and "
        "confirmed that it is only linked to my own sale.]]")

S(5, "breach", "pexa", ("staff", "Orchard Lane Solicitors", "orchardlanesolicitors.co.uk", "Conveyancing Assistant"),
  "Support call this morning - small thing to pass on",
  "I rang your support line this morning about a lodgement requisition on one of our matters. The agent was quick "
  "and sorted it, so thank you for that.\n\n"
  "One thing to pass on. While she was looking up our workspace she read out the wrong one first: a buyer's full "
  "name, the property address in Altrincham, and that the purchase was funded by a Kestrel mortgage, before "
  "realising it wasn't ours. The matter belongs to a different firm entirely.\n\n"
  "I'm sure it was a slip and I haven't noted anything down. I'm only mentioning it so whoever looks after your "
  "call handling can pick it up. I don't need anything back.",
  L(br=True),
  "The support agent read another firm's client's details to the caller, a disclosure (breach=true); the writer is "
  "content and asks for nothing, so it is not a complaint; Kestrel is only mentioned.")

S(6, "breach", "pexa", ("person",),
  "My father's completion statement was emailed to a stranger",
  "I am writing on behalf of my father, Dennis {sur}, who is 84 and sold his bungalow in Skegness last month. He "
  "has asked me to deal with this for him.\n\n"
  "On Saturday a man called Gareth rang my father's landline. He said he had received an email from PEXA with my "
  "father's completion statement attached, showing the sale price, what was paid to clear his mortgage and the bank "
  "account the money went into. Gareth only found my father's number because it was printed on the statement. My "
  "father was very shaken and at first thought it was a scam.\n\n"
  "We want to know how your system sent his statement to someone who has nothing to do with the sale, and who else "
  "may have received it. [[access|Please also send my father a copy of all the personal information PEXA holds "
  "about him, including any record of where that statement was sent.]]\n\n"
  "His signed authority for me to act is attached.",
  L(c=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "A son writes for his father (third_party); PEXA sent the father's completion statement to a stranger (breach, "
  "personal_data, category personal_data); the copy of his data is access asked on his behalf.")

S(7, "breach", "pexa", ("staff", "Thames Valley Mortgages", "tvmortgages.co.uk", "Completions Team Supervisor"),
  "Your email of Tuesday with the contact spreadsheet",
  "On Tuesday your support team sent an update about the lodgement backlog to what looks like every conveyancing "
  "contact on your list, all visible in the To line. Attached was a spreadsheet that appears to be your internal "
  "escalation list: about sixty people at different firms, including rival lenders, with each person's name, direct "
  "line and personal mobile number. Mine is on row 41. I have already had two sales calls on that mobile this "
  "week.\n\n"
  "My mobile was given to your onboarding team for two-step sign-in only and should never have been visible to "
  "anyone outside PEXA.\n\n"
  "I'd like an explanation of how this happened and what you are doing to recall the attachment. [[erasure|I also "
  "want my mobile number deleted from your contact records; please use my work number instead.]]",
  L(c=True, pd=True, br=True, r="erasure", cat="personal_data"),
  "PEXA sent sixty contacts' names and mobiles to outside recipients, exposure of personal data (breach); the "
  "writer complains for herself, not her firm's clients, and 'delete my mobile number from your records' is erasure.")

S(8, "breach", "pexa", ("person",),
  "Kestrel sent our mortgage offer to our old flat",
  "We are buying in Corby with a Kestrel mortgage and the purchase is going through your system, which is why I'm "
  "writing here as well.\n\n"
  "Kestrel posted our mortgage offer to our old rented flat, even though the application, the valuation and every "
  "email since have had our current address on them. The new tenant opened it, read our salaries, our deposit and "
  "the full loan details, and messaged my partner on Facebook to say so.\n\n"
  "I have phoned Kestrel twice and both times been told to put it in writing. So I am putting it in writing. "
  "Surely sending all that to the wrong house is a GDPR issue. I want this passed to the right people at Kestrel "
  "and I want them to tell us what they will do to stop it happening again.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="kbs"),
  "The lender posted a borrower's offer to a former address where a stranger read it: a breach by the participant "
  "firm alone, so the complaint is forwarded (about_other_firm=kbs) with personal_data and breach true.")

S(9, "breach", "pexa", ("person",),
  "Folder of documents left on a train",
  "I travel into Reading on the 07:42 and this morning found a black document wallet left on the seat opposite "
  "me. It has a PEXA onboarding checklist on top and underneath are photocopies of what look like passports and "
  "driving licences for four or five people at a law firm, with home addresses and dates of birth.\n\n"
  "I've locked it in my desk drawer at work rather than hand it to the train staff, as I didn't want it sitting in "
  "lost property for anyone to look through. Could you tell me who I should give it to, or send a courier? I'm in "
  "central Reading most weekdays.",
  L(br=True),
  "A member of the public found a lost PEXA folder of identity documents, so the message describes data lost and "
  "exposed (breach=true); asking how to return it is a service request, not a complaint.",
  subj_only="Found a folder of PEXA ID documents (passport copies etc) on the Reading train - who do I give it to?")

S(10, "breach", "pexa", ("staff", "Beacon Home Finance", "beaconhomefinance.co.uk", "Data and Compliance Manager"),
  "Help centre article showing one of our borrowers",
  "Your help centre article on discharging a mortgage in a sale workspace (the one updated last week) has a new "
  "screenshot halfway down. It is not a mock-up. It shows a real Beacon Home Finance borrower: his full name, the "
  "property address in Swindon, our account number for him and the redemption figure. Anyone with the link can see "
  "it; the article is public.\n\n"
  "This needs to come down today. After that I want to know where the screenshot came from, how long it has been "
  "up, whether it has been used anywhere else such as your training slides, and what you will do so that live data "
  "isn't used like this again. We will have to tell the borrower and I would like your answers before I do.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "PEXA published a real borrower's details in a public article, exposure of personal data (breach); the lender "
  "demands removal and answers, an implicit complaint about PEXA (Beacon is the complainant, so firm null).")

S(11, "breach", "pexa", ("person",),
  "complaint about Orchard Lane Solicitors",
  "I'm remortgaging my house, which is now in my sole name after my divorce, and Orchard Lane Solicitors are acting "
  "for me. Their letters say the transaction goes through PEXA so I am sending this to you too.\n\n"
  "Last week my ex-husband rang OLS, said he was calling about 'our' remortgage, and the person he spoke to "
  "confirmed the new lender, the amount I am borrowing and the completion date. He does not live here, he is not on "
  "the title and he is not their client. He then quoted the figures back to me in a text that evening.\n\n"
  "I want to complain about OLS giving my financial details to him. Please pass my complaint to whoever deals with "
  "this at the firm; I want them to explain how they let it happen.",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data", firm="ols"),
  "The solicitors disclosed a client's remortgage details to her ex-husband; the grievance is purely the "
  "participant firm's conduct, so it is forwarded (about_other_firm=ols), explicit, personal_data and breach true.",
  short="I want to complain about Orchard Lane Solicitors. They confirmed my remortgage amount, lender and "
        "completion date to my ex-husband over the phone. He isn't on the title or their client. Please pass this "
        "to the firm.")

S(12, "breach", "pexa", ("staff", "Greyfriars Law LLP", "greyfriarslaw.co.uk", "Risk and Compliance Partner"),
  "Wrong document uploaded to workspace PW-5519023 - please remove",
  "I need your help to undo a mistake of ours. Yesterday afternoon one of our paralegals uploaded an ID pack to "
  "workspace PW-5519023, but it was the pack for a different client of ours: passport, utility bill and bank "
  "statement for a Ms Oyelaran, who has nothing to do with that sale. The workspace is shared with the sellers' "
  "solicitors, so for about a day they could have opened it.\n\n"
  "We have already spoken to the other firm, who confirm they did not download it, and we are dealing with our own "
  "client separately. Could you remove the document from the workspace, including the document history, and "
  "confirm once it is gone? I understand we can't delete it ourselves once it has been shared.",
  L(br=True),
  "The law firm itself exposed one client's ID documents to another firm through a shared workspace (breach=true); "
  "it asks PEXA for a technical removal with no grievance against PEXA, a service request; removing a document is "
  "not erasure.")

S(13, "breach", "pexa", ("person",),
  "Your completion email went to every buyer on our development",
  "We completed on plot 17 at Hatherley Meadows on Friday. At 4pm an email from PEXA arrived confirming completion, "
  "and it went to every buyer on the development at once with all our addresses showing: I count thirty-one names "
  "and personal email addresses, and the message lists each person's plot number. People have been replying to "
  "all of us ever since.\n\n"
  "I never gave PEXA my email; I only dealt with my solicitor. [[informed|I would like you to tell me where you got "
  "my personal email address from and what you use it for.]] And I want to know what you are going to do about "
  "thirty other people now having it along with where I live.",
  L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
  "PEXA revealed thirty-one buyers' email addresses and plot numbers to each other (breach, personal_data); "
  "'where did you get my email and what do you use it for' is informed.")

# ======================= Conexus: breaches =======================

S(14, "breach", "conexus", ("person",),
  "Letter came via my neighbour - not your fault",
  "Just so you know: your letter dated 14 May about my account reached me two days late because the postman put "
  "it through number 9 instead of number 19. My neighbour opened it before she saw the name, so she knows who it's "
  "from and roughly what it's about. She's fine about it and brought it round.\n\n"
  "The address on the envelope was right, so this is a Royal Mail mix-up and not yours. But as I'd rather not have "
  "it happen again, could you send my letters by email from now on? The address I'm writing from is fine.\n\n"
  "Account ref CX-6182057",
  L(br=True),
  "A correctly addressed letter was delivered to and read by a neighbour, so the message still describes a "
  "disclosure (breach=true) though the postman caused it; no dissatisfaction with Conexus, so not a complaint, and "
  "asking for email post is a contact preference, not a right.",
  subj_only="FYI postman put your letter through my neighbour's door and she opened it - not your fault, can you "
            "email me instead from now on")

S(15, "breach", "conexus", ("person",),
  "calls and the voicemail you left",
  "I've had five or six calls a day from your number for the last fortnight, including two on Sunday. I told the "
  "agent on the 3rd that I'm sorting out a plan with my adviser and asked for a week. That made no difference.\n\n"
  "Then on Tuesday someone left a message on the house phone saying my name, that I owe £2,460 to Sterling Credit "
  "and that the account was 'being prepared for further action'. My 17-year-old son played the messages when he "
  "got home from college. He now knows all of it and he's worried sick we're going to lose the house.\n\n"
  "I want the calls cut down to something reasonable while my adviser sends the offer, and I want an explanation "
  "of why all that was left on a shared phone.",
  L(c=True, pd=True, br=True, cat="collection_conduct"),
  "The main grievance is how often Conexus calls (collection_conduct), but the voicemail disclosed the debt to the "
  "writer's son, so breach=true and personal_data=true; Sterling Credit is only the creditor.",
  greet=False)

S(16, "breach", "conexus", ("staff", "Tideway Money Advice", "tidewaymoneyadvice.org.uk", "Debt Adviser"),
  "Formal complaint - client's financial statement sent to another organisation - CX 7730148",
  "I am a debt adviser at Tideway Money Advice and act for Ms Rosalind Achebe under a signed authority you already "
  "hold.\n\n"
  "On 2 June we sent you Ms Achebe's income and expenditure statement, which includes details of her disability "
  "benefits and her mental health support. On 9 June a colleague at Northgate Debt Help, a separate charity, rang me "
  "to say they had received it from your email address in reply to one of their own cases. They have deleted it.\n\n"
  "Ms Achebe has asked me to make a formal complaint on her behalf. Please confirm how the statement came to be "
  "sent to Northgate, whether anything else about her has gone to the wrong place, and what you are doing under "
  "data protection rules to put this right. [[access|Please also send us a copy of all the personal data you hold "
  "on Ms Achebe, including the record of emails sent about her account.]]",
  L(c=True, ex=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "An adviser complains for her client (third_party, explicit) that Conexus emailed the client's financial "
  "statement to another charity, a disclosure (breach, personal_data); the copy of her data is access for the client.")

S(17, "breach", "conexus", ("person",),
  "Extra letter in my envelope",
  "My statement arrived today and tucked behind it was a letter meant for someone else: a Mr Callum Briggs in "
  "Wakefield, with his account number and balance. It must have been folded in with mine at your end.\n\n"
  "I've put it through the shredder so it won't go anywhere. I know mistakes happen in a busy post room. Thought "
  "you would want to know so you can tell him and check your envelopes.",
  L(br=True),
  "Another debtor's letter was enclosed with the writer's, so his data went to the wrong person (breach=true); the "
  "writer is understanding and wants nothing back, so it is not a complaint.",
  short="Someone else's letter (a Mr Callum Briggs, account number and balance showing) came in the same envelope "
        "as my statement today. I've shredded it. No need to reply, just so you can check your post room.")

S(18, "breach", "conexus", ("staff", "Northline Energy", "northline-energy.co.uk", "Collections Partnership Manager"),
  "May reconciliation file contains another client's accounts",
  "Our May reconciliation file from you arrived this morning via the usual secure transfer. About a third of the way "
  "down it stops being our accounts: there are just over 400 rows that appear to be Pennant Mobile customers, with "
  "names, addresses, mobile numbers and balances.\n\n"
  "We have quarantined the file and not loaded it. We need to understand how another client's customer list got "
  "into our report, whether any of our customers' details have gone the other way into someone else's file, and we "
  "need a corrected report by Friday. Please treat this as urgent and have our account manager call me today.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Conexus sent another creditor's customers' details to Northline (breach); Northline, as Conexus's client, is "
  "dissatisfied and demands answers and a fix, an implicit complaint (firm null, not third party).")

S(19, "breach", "conexus", ("person",),
  "Your agent told my mum everything",
  "Your field agent called at my mum's house on Monday looking for me. I don't live there and haven't for three "
  "years. My mum answered the door and he told her I owed Lumen Water £1,180, that it had gone to collections and "
  "that it would be 'going to court'. She is 71 and has been in tears about it since.\n\n"
  "I didn't know anything about this until she phoned me. I've never had a letter from you. If you had my mum's "
  "address why didn't you have mine? I want to know why my business was discussed on her doorstep, and I want "
  "whatever you're chasing me for put in writing to my own address.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "The agent disclosed the writer's debt to his mother on her doorstep, a disclosure to the wrong person (breach, "
  "personal_data, category personal_data); Lumen is only the creditor; asking for the debt in writing is not a right.",
  greet=False)

S(20, "breach", "conexus", ("person",),
  "My brother Liam - call to his workplace",
  "I help my brother Liam {sur} with his post and money because he has a learning disability. He has asked me to "
  "write to you, and I am on his file as his helper.\n\n"
  "On Wednesday someone from Conexus rang the garden centre where Liam works and asked his supervisor to pass on a "
  "message. The caller told the supervisor it was about an unpaid council tax bill with Westbury Council that had "
  "been passed to collections. The supervisor then asked Liam about it in front of two colleagues. Liam came home "
  "very upset and does not want to go back.\n\n"
  "Liam never gave you that number. We want to know why his debt was explained to his employer and what you will do "
  "to make this right for him. Please don't ring his work again.",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A sibling writes for a brother with a learning disability (third_party); the caller revealed his council tax "
  "debt to his employer (breach, personal_data); 'don't ring his work' is a conduct remedy, not objection.")

S(21, "breach", "conexus", ("person",),
  "Where are my payslips and bank statements?",
  "On 28 March I posted you copies of three months of payslips, three months of bank statements and a letter from "
  "my GP, because your agent needed them for the hardship review. I sent them recorded delivery and they were signed "
  "for by 'CONEXUS MAILROOM' on 31 March. When I rang on 8 April the agent could see a note saying they'd been "
  "scanned.\n\n"
  "Today I was told there are no documents on my file, the note doesn't say where they went, and could I send them "
  "again. Those papers have my bank details, my salary, my National Insurance number and a letter about my health "
  "on them. Somebody at your end has lost them, and nobody seems bothered.\n\n"
  "I'd like to know what has happened to them, who might have them, and why the review is now back to square one.",
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Conexus has lost documents holding the writer's financial and health details: data lost, so breach=true, and "
  "that loss is the main grievance (category personal_data).")

S(22, "breach", "conexus", ("person",),
  "Saw someone else's account online",
  "When I logged into your payment site tonight to make my monthly payment, the page that came up was not my "
  "account. It showed a Ms Harriet Okafor, her address in Luton, her balance with Sterling Credit and her last few "
  "payments. I logged straight out and back in and then got my own account.\n\n"
  "I'm not upset, but I thought someone should know in case it's happening to other people.\n\n"
  "While I'm writing: [[access|please could you send me a copy of the personal information you hold about me, "
  "including the notes on my account?]] I'm seeing a debt adviser next month and it would help to have it.",
  L(br=True, r="access"),
  "The payment site showed another customer's account to the writer, an exposure of personal data (breach=true); "
  "the writer is calm, so not a complaint; the copy of his own data is access.")

S(23, "breach", "conexus", ("person",),
  "Texts about my debt going to a stranger's phone",
  "A man I don't know messaged me on Facebook yesterday to say he has been getting texts from Conexus about "
  "'{first}'s Pennant Mobile balance' for two months. He got my old number when I gave it up in January. The texts "
  "have my first name, the amount and a link to pay.\n\n"
  "I rang you in February and gave you my new number, and the agent read it back to me. So either it was never "
  "changed or you've gone back to the old one. I'm pretty sure sending my debt to a random man is against GDPR. I "
  "want to know how many texts he has had and what was in them.\n\n"
  "[[rectification|My number is 07700 914362, please put that on my account and take the old one off.]]",
  L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
  "Conexus kept texting debt details to a number now owned by a stranger (breach, personal_data, category "
  "personal_data); Pennant is only the creditor; 'put my new number on and take the old one off' is rectification.")

S(24, "breach", "conexus", ("staff", "Office of Helen Dorsett MP", "parliament.uk", "Senior Caseworker"),
  "Constituent Mrs Eileen Varga - letter posted online",
  "I am a caseworker for Helen Dorsett MP and I am writing on behalf of our constituent, Mrs Eileen Varga, who has "
  "given us her written consent.\n\n"
  "Mrs Varga moved out of 22 Fenwick Close in October and told your office by phone at the time. In March you sent "
  "a letter about her Northline Energy arrears to the old address. The new tenant photographed it and posted it in a "
  "local community group on Facebook, with Mrs Varga's name, balance and account number readable, under the words "
  "'anyone know this woman?'. It was up for two days and was shared several times before the group admin took it "
  "down.\n\n"
  "Mrs Varga has asked us to raise a formal complaint about this data breach. She would like to know why the address "
  "she gave you was not used, what you intend to do to put things right and what will change.",
  L(c=True, ex=True, pd=True, br=True, tp=True, cat="personal_data"),
  "An MP's office writes for a constituent (third_party, explicit); Conexus's letter to an old address was read and "
  "posted online (breach, personal_data, category personal_data); Northline is only the creditor.")

S(25, "breach", "conexus", ("person",),
  "You gave my address to the person I moved away from",
  "I moved to a new address in February to get away from an abusive ex-partner. On 11 April he rang your number "
  "pretending to be me, and your agent confirmed my account details to him, including the first line of my new "
  "address when he 'checked' it. I know this because he turned up outside my building two days later and told me "
  "how he'd found me.\n\n"
  "I told your agents in February that I was fleeing domestic abuse and I was promised a marker would be put on my "
  "account. I now have to move again and the police are involved.\n\n"
  "I want to know what checks your agent did, why the marker didn't stop this, and what you are going to do. "
  "[[access|Please send me the recording of the call on 11 April and any notes made on my account that day.]]",
  L(c=True, pd=True, br=True, r="access", cat="personal_data"),
  "Conexus disclosed the writer's new address to her ex-partner on the phone (breach, personal_data, category "
  "personal_data); asking for the call recording and notes is access.")

S(26, "breach", "conexus", ("person",),
  "What Pennant did in their shop",
  "I went into the Pennant Mobile shop on Bridge Street on Saturday to ask about my old contract, which they told "
  "me has been passed to you. The assistant read my arrears out loud from his screen, the amount, that it was 'with "
  "the debt collectors' and that my credit file would be affected, with a queue of people behind me including a "
  "woman I work with.\n\n"
  "I know you're collecting it and I've had no problem with how you've dealt with me. My issue is with Pennant and "
  "the way their staff broadcast my finances to half a shop. As they told me to contact you about the debt, I'm "
  "asking you to pass this on to them and get them to answer for it.",
  L(c=True, pd=True, br=True, cat="personal_data", firm="pmt"),
  "The creditor's shop staff disclosed the writer's arrears to other customers; only Pennant can put that right, so "
  "the complaint is forwarded (about_other_firm=pmt) with personal_data and breach true.")

# ======================= PEXA: look-alikes =======================

S(27, "lookalike", "pexa", ("person",),
  "Still the wrong name on your emails",
  "Every message I get from PEXA about our sale calls me {first} Haldane. Haldane is my maiden name; I have "
  "been {first} {sur} since 2019 and that is the name on the title, my ID and everything my conveyancer has. I "
  "told your helpline about this two weeks ago and was told it would be fixed, but today's email still has the old "
  "name.\n\n"
  "I'm worried a document will be drawn up in the wrong name and hold up completion. [[rectification|Please correct "
  "my surname on your records to {sur}.]] And please let me know when it's done, as nobody did last time.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Her own record shows her old surname, shown only to her: inaccurate data (personal_data, category personal_data) "
  "but nothing went to anyone else, so breach=false; 'correct my surname' is rectification.")

S(28, "lookalike", "pexa", ("staff", "Marsh & Penrose Conveyancing", "marshpenrose.co.uk", "Practice Manager"),
  "Question about recipient auto-fill",
  "We have two new paralegals starting next month and I'm writing their induction notes. When you add a document to "
  "a workspace and share it, the recipient box seems to remember the last firm used. Is there anything that stops a "
  "document going to the wrong workspace or firm if someone clicks through too quickly? Nothing has gone wrong so "
  "far, I'd just like to tell them the right thing.\n\n"
  "If there's a guide or a setting for this, a link would be great.",
  L(),
  "A worry that documents could go to the wrong firm, with nothing actually sent, is an enquiry: breach=false and "
  "not a complaint.")

S(29, "lookalike", "pexa", ("staff", "Kestrel Building Society", "kestrelbs.co.uk", "Head of Mortgage Operations"),
  "Complaint: new per-workspace charge",
  "Kestrel Building Society signed a pricing schedule with PEXA in September that fixed our fees at a flat monthly "
  "rate until the end of next year. Your March invoice (INV-88231) adds a per-workspace charge of £4.50 on 312 "
  "workspaces, £1,404 in total, with a note that the new tariff applies to all participants.\n\n"
  "That is a breach of the agreement we signed, and I'd like it treated as a formal complaint. Please cancel the "
  "charge, reissue the invoice at the agreed rate and confirm in writing that the schedule will be honoured for its "
  "full term.",
  L(c=True, ex=True, cat="fees_charges"),
  "'Breach' here is breach of a pricing agreement, so breach=false; the grievance is a fee PEXA added (fees_charges, "
  "explicit); Kestrel complains about PEXA, so about_other_firm null.")

S(30, "lookalike", "pexa", ("staff", "Harlow & Finch Conveyancing", "harlowfinch.co.uk", "Licensed Conveyancer"),
  "Phone security check - a suggestion",
  "This isn't a complaint, more of a suggestion. When I called your support line yesterday to reset my two-step "
  "sign-in device, the only thing I was asked to confirm was my firm's name and the postcode of our office, both of "
  "which are on our website. The reset then went straight through.\n\n"
  "It worked out fine for me, but anyone who knows where I work could probably do the same. Might be worth looking "
  "at whether resets need a stronger check.",
  L(),
  "A security check the writer found too easy, with no data lost or disclosed, is not a breach; offered as a "
  "suggestion with no response expected (the word only in a denial), so not a complaint.")

S(31, "lookalike", "pexa", ("person",),
  "Is this really from PEXA?",
  "We are due to complete on our house purchase next week. This morning I got an email that says it is from 'PEXA "
  "Settlements' asking us to transfer the rest of our deposit, £23,500, to a new account 'because of an audit of "
  "client funds', with a sort code and account number. It has your logo but came from pexa-settlement-services.com "
  "and is full of odd spellings.\n\n"
  "I haven't paid anything or clicked the link. Is this genuine? I've also forwarded it to our solicitor. Should I "
  "report it anywhere else?",
  L(),
  "A suspected phishing email reported with a question: nothing of the writer's was lost, disclosed or exposed, so "
  "breach=false, and it is an enquiry.",
  subj_only="Email claiming to be PEXA asking us to move our deposit to a new account - real or scam?")

S(32, "lookalike", "pexa", ("staff", "Kempton Conveyancing", "kemptonconveyancing.co.uk", "Conveyancer"),
  "Stop the marketing emails",
  "I gave PEXA my work email when our firm registered in the spring, so that I could get workspace notifications. "
  "Since June I have had something from you every few days: webinar invitations, a 'partner offers' newsletter "
  "about a software firm you work with, and now a survey. I never ticked anything to say I wanted these, and the "
  "unsubscribe link just takes me to a log-in page.\n\n"
  "It's not what I handed my details over for. [[objection|I object to my email address being used for marketing of "
  "any kind, including your partners' offers.]] Notifications about our workspaces are fine.\n\n"
  "Please confirm it's been sorted.",
  L(c=True, pd=True, r="objection", cat="personal_data"),
  "Her email was used for marketing she did not expect but was not passed to anyone else, so personal_data=true and "
  "breach=false; 'I object to ... marketing' is objection.")

S(33, "lookalike", "pexa", ("person",),
  "How does PEXA have my details?",
  "I've had an email from PEXA saying a workspace has been created for our purchase. I'd not heard of you before "
  "today, so I'm just trying to understand. [[informed|Can you tell me where you got my name and email address, what "
  "you use them for and on what basis you hold them?]] I assume it came from our solicitors but I'd like to know.",
  L(r="informed"),
  "A neutral question about the source and use of her data is the informed right without dissatisfaction, so not a "
  "complaint; nothing was disclosed to anyone, so breach=false.",
  short="Just had an email from PEXA about our purchase workspace. [[informed|Can you tell me where you got my name "
        "and email address, what you use them for and on what basis you hold them?]]")

S(34, "lookalike", "pexa", ("staff", "Linthorpe Legal", "linthorpelegal.co.uk", "Partner"),
  "Funds stuck - we are now in breach of our undertaking",
  "Completion on 14 Ashgrove Road was due at 12:00 today. Our funds have been sitting at 'release pending' in "
  "workspace PW-6620417 since 11:40 and your status page says everything is operating normally. Because the money "
  "hasn't moved, we are now in breach of the completion undertaking we gave to the seller's solicitors, and they have "
  "already told us they will be claiming interest.\n\n"
  "Please escalate this immediately and get the funds released. We will also want a written explanation of what "
  "failed and confirmation that PEXA will cover the late completion interest.",
  L(c=True, cat="platform_defect"),
  "'Breach' refers to a solicitor's completion undertaking, not personal data (breach=false); funds stuck by a "
  "platform fault with demands, an implicit complaint, category platform_defect.",
  short="PW-6620417: funds stuck at release pending since 11:40, completion was due at 12:00. We're now in breach of "
        "our undertaking to the seller's side. Escalate and release now please; we'll want an explanation and the "
        "late completion interest covered.")

S(35, "lookalike", "pexa", ("person",),
  "Heathcote passed my details to an insurance broker",
  "I took my mortgage with Heathcote Bank and we completed through PEXA in May. Since then I've had phone calls and "
  "letters from Brightwell Insurance Brokers offering buildings and life cover. The second caller told me they 'work "
  "in partnership with Heathcote' and got my details from them, including my completion date and loan amount.\n\n"
  "Nobody at Heathcote asked me if that was okay, and I'd have said no. I'd like this passed to Heathcote so they "
  "can explain why they gave my details to a broker and make sure it stops.",
  L(c=True, pd=True, cat="personal_data", firm="hcb"),
  "The lender deliberately shared her details with a partner broker: unexpected sharing (personal_data), not data "
  "sent to a wrong person by mistake, so breach=false; purely the lender's conduct, so about_other_firm=hcb.")

S(36, "lookalike", "pexa", ("person",),
  "Letter about breach of covenant after completion",
  "We bought our house in March and the purchase went through PEXA. We've now had a letter from the estate "
  "management company saying our new fence is a breach of covenant and asking us to take it down.\n\n"
  "I realise this probably isn't anything to do with you, but is there any record in the workspace of the covenants "
  "that were on the title, or should I ask our solicitor for those? Just trying to find out where to start.",
  L(),
  "'Breach' of a property covenant has nothing to do with personal data (breach=false); a neutral question, so an "
  "enquiry.")

# ======================= Conexus: look-alikes =======================

S(37, "lookalike", "conexus", ("person",),
  "Wrong date of birth on my account - failed security again",
  "For the third time this month I've been unable to get past your phone security, because your system has my date "
  "of birth as 12 March 1986. It's 21 March 1986. The agent wouldn't discuss my account and I had to hang up without "
  "arranging my payment, which is now late through no fault of mine.\n\n"
  "[[rectification|Please correct my date of birth to 21/03/1986 on my account.]] I'd also like confirmation that "
  "the missed payment won't be held against me.",
  L(c=True, pd=True, r="rectification", cat="personal_data"),
  "Inaccurate data held about the writer and shown to no one else: personal_data=true, breach=false; 'correct my "
  "date of birth' is rectification.")

S(38, "lookalike", "conexus", ("person",),
  "Change of address from 1 July",
  "I'm moving house on 1 July and I'm a bit nervous about your letters going to the old flat, as the landlord has "
  "told me the next tenant is a friend of a friend. [[rectification|Please change my address on account CX-5037712 "
  "to 4 Linnet Court, Barnsley S70 2QW from that date.]]\n\n"
  "Could you confirm by email once it's done?",
  L(r="rectification"),
  "Only a worry that letters might go astray, with nothing sent yet, so breach=false; an address update without "
  "dissatisfaction is rectification on a non-complaint.",
  short="Moving on 1 July and worried your letters will keep going to the old flat. [[rectification|Please change "
        "my address on account CX-5037712 to 4 Linnet Court, Barnsley S70 2QW from that date.]]")

S(39, "lookalike", "conexus", ("person",),
  "Please leave my mother out of it",
  "Your office has rung my mother three times this week asking her to get me to call you. To be fair the caller "
  "didn't say what it was about, but she's 80, she gets confused and she's now convinced I'm in some kind of "
  "trouble.\n\n"
  "You have my mobile and my email, and you've used both before. There is no reason to go through her. Please don't "
  "contact her again about me, and let me know that's been noted on the file.",
  L(c=True, cat="collection_conduct"),
  "Calls to the writer's mother revealed nothing about the debt, so breach=false; 'don't contact her' is a conduct "
  "remedy, not a right; dissatisfaction with how the debt is pursued is collection_conduct.")

S(40, "lookalike", "conexus", ("person",),
  "Complaint - you say I broke my arrangement but I paid",
  "Your letter of 6 August says I have 'breached the terms of my payment arrangement' by missing the July payment "
  "of £35 and that the full balance of £1,912 is now due. I paid the £35 on 1 July by bank transfer, reference "
  "CX-4418290, as I have every month for 14 months. My bank statement shows it leaving my account.\n\n"
  "I want to complain about being told I've defaulted when I haven't. Please find the payment, put the arrangement "
  "back in place and write to me confirming it.",
  L(c=True, ex=True, cat="debt_dispute"),
  "'Breached the terms of my arrangement' is about a payment plan, not personal data (breach=false); disputing a "
  "claimed default on a payment already made is debt_dispute, explicit.")

S(41, "lookalike", "conexus", ("person",),
  "Text from 'Conexus' - is it you?",
  "I got a text this morning saying 'CONEXUS: Final notice, settle your balance today to avoid bailiff action' with "
  "a link to conexus-pay-now.info. I don't have any account with you that I know of and I've never owed anyone "
  "money. I haven't clicked it.\n\n"
  "Is this from you? If it's a scam you might want to warn people.",
  L(),
  "A reported scam text: nothing of the writer's was lost, sent to the wrong person or exposed, so breach=false; a "
  "question, not a complaint.",
  subj_only="Got a text saying CONEXUS final notice with a link to conexus-pay-now.info - is this you or a scam?")

S(42, "lookalike", "conexus", ("person",),
  "Your phone security isn't good enough",
  "When I rang about my account today the only thing your agent asked me was my postcode and the first line of my "
  "address. Then she went through my whole balance, my payment history and my employer with me.\n\n"
  "My ex-partner knows my postcode and address. So does half my street. I'm not happy that that's all it takes to "
  "get into my account, and I want you to add a proper password or security question to it and tell me when it's "
  "done.",
  L(c=True, cat="process"),
  "Only the writer heard her data and she fears others could pass the check, so breach=false; no data was "
  "mishandled (personal_data=false); the grievance is the verification rule itself, category process.")

S(43, "lookalike", "conexus", ("person",),
  "How did you get my new email?",
  "I only set up this email address in September and the only companies I've given it to are my bank and Northline "
  "Energy, when I asked them for a final bill. Today I got an email from you at this address about the Northline "
  "balance.\n\n"
  "I didn't agree to my email being handed to a debt collector. [[informed|Where exactly did you get this address, "
  "and what gives you the right to use it?]] I'd like an answer before I discuss the balance.",
  L(c=True, pd=True, r="informed", cat="personal_data"),
  "Data obtained and used in a way the writer did not expect, but passed to the collector acting for the creditor "
  "rather than to a wrong person: personal_data=true, breach=false; 'where did you get it, what right' is informed.")

S(44, "lookalike", "conexus", ("staff", "Fairway Debt Advice", "fairwaydebtadvice.org.uk", "Money Adviser"),
  "Client Mr Ade Okonjo - hold not respected",
  "I'm a money adviser with Fairway Debt Advice and act for Mr Ade Okonjo (authority already on file, ref "
  "CX-3390471).\n\n"
  "On 2 October your agent agreed on the phone to put Mr Okonjo's account on hold for 30 days while we prepared a "
  "financial statement. On 10 October he received a letter saying enforcement would be considered, and on 14 "
  "October two calls. That is a clear breach of what was agreed with us, and Mr Okonjo, who has been signed off work "
  "with stress, has found it very hard.\n\n"
  "Please reinstate the hold from today, stop the letters and calls for the 30 days, and explain why it wasn't "
  "applied.",
  L(c=True, tp=True, cat="collection_conduct"),
  "'Breach' of an agreed hold, not a data incident (breach=false); the adviser writes for her client (third_party) "
  "about contact during an agreed hold, an implicit collection_conduct complaint.")

S(45, "lookalike", "conexus", ("staff", "Westbury Council Tax Services", "westbury.gov.uk", "Revenues Recovery Officer"),
  "Sending account files - secure transfer",
  "We are due to place our next batch of council tax accounts with you at the end of the month. Last time, one of our "
  "team was told by your onboarding contact to send the file 'by email if the portal is playing up'. Nothing was "
  "sent that way, but it worried us: the file has residents' names, addresses and arrears.\n\n"
  "Before we place the batch, can you confirm that the SFTP route is the only way you will accept account files, and "
  "send us the current connection details?",
  L(),
  "A concern that files might be sent insecurely, with nothing actually sent, is an enquiry: breach=false, not a "
  "complaint.")

S(46, "lookalike", "conexus", ("person",),
  "Plain envelopes please",
  "I share a house with three other people and we all pick up the post from the same mat. Your letters have "
  "'Conexus Debt Recovery' printed in big letters on the front of the envelope. Nobody has said anything yet, but "
  "I'd rather they didn't find out. Could you send my letters in plain envelopes, or by email instead?",
  L(),
  "Only a fear that housemates might work out who the branded letters are from; nothing has been disclosed, so "
  "breach=false; a polite service request, not a complaint.",
  short="Could you send my letters in plain envelopes? I share a house and your name is printed big on the front. "
        "Nobody's noticed yet but I'd rather keep it that way.")

# ======================= PEXA: ordinary mail =======================

S(47, "ordinary", "pexa", ("staff", "Greyfriars Law LLP", "greyfriarslaw.co.uk", "Senior Conveyancer"),
  "Lodgement rejected again - system error",
  "Third attempt this week to lodge the transfer on workspace PW-7731185, and for the third time it comes back with "
  "'ERR-LDG-502 unexpected response' within seconds. HM Land Registry say nothing has reached them. Our client's "
  "lender is now asking why registration hasn't happened.\n\n"
  "We need someone to look at this today and tell us what is going wrong. We'd also like to know whether other "
  "firms are seeing the same thing.",
  L(c=True, cat="platform_defect"),
  "Repeated lodgement failures caused by a system error with a demand for a fix: an implicit complaint, category "
  "platform_defect, no personal data involved.",
  short="PW-7731185: lodgement failed for the third time this week with ERR-LDG-502 and nothing is reaching HM Land "
        "Registry. Please look at it today and tell us what's wrong.")

S(48, "ordinary", "pexa", ("staff", "Thames Valley Mortgages", "tvmortgages.co.uk", "Finance Business Partner"),
  "Invoice format for our accounts team",
  "Our accounts payable team has asked whether PEXA invoices can show the workspace reference on each line rather "
  "than a single monthly total. It would help them match charges to completions. If that's possible, can it start "
  "from the next invoice? If not, is there a report in the platform that gives the same breakdown?",
  L(),
  "A neutral request about invoice layout, with no dissatisfaction, is a service request (complaint=false).")

S(49, "ordinary", "pexa", ("staff", "Dunmore & Reece Solicitors", "dunmorereece.co.uk", "Partner"),
  "Complaint about our registration",
  "We applied to join PEXA on 3 February. Since then we have uploaded our SRA details, our indemnity insurance "
  "certificate and ID for both partners twice, because the first set 'timed out' on your side. Five weeks on, our "
  "account still says 'verification in progress' and nobody can tell us when it will finish. We have two purchases "
  "that the lenders want to run through PEXA and we are having to tell clients we can't.\n\n"
  "I want to make a complaint about how long this has taken and the lack of any updates. Please tell us what is "
  "outstanding and when we will be live.",
  L(c=True, ex=True, cat="onboarding"),
  "Dissatisfaction with a stalled registration, named as a complaint: explicit, category onboarding (the specific "
  "theme beats delay).")

S(50, "ordinary", "pexa", ("person",),
  "Our solicitors have gone silent",
  "We're selling our flat in Leith and Greyfriars are acting for us. The buyers' side has been ready to exchange for "
  "over three weeks. We've rung Greyfriars eleven times and emailed six, and we get either voicemail or 'the fee "
  "earner will call you back', which never happens. The buyers are now threatening to pull out.\n\n"
  "We've been told the sale goes through your system. Can you please get someone at Greyfriars to actually respond "
  "to us?",
  L(c=True, cat="delay", firm="gfl"),
  "A seller's grievance is purely her own solicitors not responding, so the complaint is forwarded "
  "(about_other_firm=gfl), category delay.")

S(51, "ordinary", "pexa", ("staff", "Ashby Cole Solicitors", "ashbycole.co.uk", "Office Manager"),
  "Thank you for Tuesday's session",
  "Thank you to Priya and the team for the discharge workflow training on Tuesday. Everyone who came found it really "
  "useful and it has already saved us a couple of phone calls. Would it be possible to have the slides and the "
  "recording for two colleagues who were on leave?",
  L(),
  "Praise plus a routine request for training materials is not a complaint.")

S(52, "ordinary", "pexa", ("staff", "Beacon Home Finance", "beaconhomefinance.co.uk", "Completions Officer"),
  "55 minutes on hold",
  "I spent 55 minutes on hold to your support line this morning with a settlement due at 2pm. Nobody answered, the "
  "call dropped, and when I rang back the message said waits were 'longer than usual'. It's the second time this "
  "month. In the end we sorted it ourselves, no thanks to the line.\n\n"
  "What are you doing about staffing on settlement days? We need to be able to get through.",
  L(c=True, cat="wait_time"),
  "Dissatisfaction with waiting to reach support, with a demand, is an implicit complaint, category wait_time; Beacon "
  "is the complainant, so about_other_firm null.",
  subj_only="55 mins on hold to support again this morning and then cut off - what are you doing about it??")

S(53, "ordinary", "pexa", ("staff", "Wren Conveyancing", "wrenconveyancing.co.uk", "Sole Practitioner"),
  "Copy of my personal data",
  "I'm a sole practitioner and I've used PEXA as an individual user since 2022. I'm reviewing what data my suppliers "
  "hold about me. [[access|Please send me a copy of the personal data PEXA holds about me, including my user profile, "
  "log-in history and any call notes.]]\n\n"
  "No rush, and thank you.",
  L(r="access"),
  "A right of access requested without any dissatisfaction is not a complaint; nothing was lost or disclosed, so "
  "breach=false.")

# ======================= Conexus: ordinary mail =======================

S(54, "ordinary", "conexus", ("person",),
  "Still waiting for my refund",
  "I overpaid my account by £120 in May when the final payment and a standing order both went out. Your agent agreed "
  "the refund on 3 June and said ten working days. I chased on 24 June and 15 July and was told both times it had "
  "been 'escalated'. It's now the end of July and I still haven't got it.\n\n"
  "Please send the money and let me know when it has been paid.",
  L(c=True, cat="delay"),
  "A chaser for an overdue refund is an implicit complaint about delay; nothing about personal data.",
  short="Still no refund of the £120 overpayment agreed on 3 June, chased twice already. Please pay it and let me "
        "know when.")

S(55, "ordinary", "conexus", ("person",),
  "I don't owe Northline this",
  "Your letter says I owe Northline Energy £846. That figure is made up of estimated bills for a flat I left in "
  "November; I gave Northline a closing meter reading and a photo of it on the day I moved. They never used it. I've "
  "written to Northline twice and just get a standard reply.\n\n"
  "The balance is wrong from the start and it's their billing, not anything you did. Please send this back to them "
  "and hold off until they've corrected it.",
  L(c=True, cat="debt_dispute", firm="nte"),
  "The root cause is the creditor's own estimated billing, which only Northline can fix, so about_other_firm=nte, "
  "category debt_dispute.")

S(56, "ordinary", "conexus", ("person",),
  "Setting up a payment plan",
  "I'd like to set up a monthly payment plan for account CX-2290517. I can afford £40 a month at the moment. Your "
  "online plan calculator suggests £75 as the lowest for my balance. [[automated_decision|I'd rather a person looked "
  "at my figures than the calculator, could someone review it?]] I can send my income and outgoings.",
  L(r="automated_decision"),
  "A neutral request for a person rather than the online calculator to decide the plan is automated_decision; no "
  "dissatisfaction is expressed, so not a complaint.")

S(57, "ordinary", "conexus", ("person",),
  "Complaint about the £60 charge",
  "My balance went up from £540 to £600 this month, and when I asked why I was told a £60 'administration fee' had "
  "been added because a payment was three days late. It was late because my wages were paid late, which I told your "
  "agent at the time. Nothing in any letter from you mentions a fee like this.\n\n"
  "I'm making a complaint about this charge and I want it taken off.",
  L(c=True, ex=True, cat="fees_charges"),
  "A fee Conexus added on top of the balance, named as a complaint: explicit, category fees_charges.")

S(58, "ordinary", "conexus", ("person",),
  "Account CX-6675120 - my husband is in hospital",
  "I'm writing for my husband, Graham {sur}, who was admitted to hospital on Sunday after a stroke and will be there "
  "for some weeks. He has asked me to let you know. Could you put his account on hold for now and send anything that "
  "needs doing to me at this address? I'll send his written consent as soon as he can sign it.",
  L(tp=True),
  "Written on the husband's behalf (third_party); a routine request for a pause without dissatisfaction is not a "
  "complaint.")

S(59, "ordinary", "conexus", ("person",),
  "Thank you",
  "Just a quick note to say thank you to Shona who dealt with my account last week. She was patient, explained "
  "everything, and the plan she set up is one I can actually keep to. It's a weight off.",
  L(),
  "Thanks only, with nothing wrong and nothing asked, so not a complaint.")

S(60, "ordinary", "conexus", ("staff", "Eastgate Citizens Advice", "eastgateca.org.uk", "Money Adviser"),
  "Client Ms Petra Lindgren - calls to her workplace",
  "I am a money adviser at Eastgate Citizens Advice acting for Ms Petra Lindgren, whose bipolar disorder is recorded "
  "on your file.\n\n"
  "Over the past fortnight your agents have rung her workplace reception four times and asked to be put through, "
  "despite her asking on each occasion to be contacted by letter only. Reception were only told it was a personal "
  "call, but she has had to leave her desk each time and is now worried about her job. Her GP has increased her "
  "medication.\n\n"
  "Please stop all calls to her workplace, confirm that letters will be the only contact, and explain why her request "
  "was ignored. [[access|We also ask for copies of the recordings of all four calls.]]",
  L(c=True, r="access", tp=True, cat="collection_conduct"),
  "An adviser writes for a vulnerable client (third_party) about calls to her workplace that disclosed nothing "
  "(breach=false): collection_conduct; asking for the call recordings is access.")

KIND = {sc["sid"]: sc["kind"] for sc in SCENARIOS}
NO_WORDS = re.compile(r"breach|data protection|gdpr", re.I)


def check_mix():
    """The brief's mix: 60 scenarios, 30 per mailbox, 26 breaches / 20 look-alikes / 14 ordinary, breach labels
    matching the kind, and at most 6 breach scenarios using 'breach', 'data protection' or 'GDPR'."""
    assert len(SCENARIOS) == 60 and len(KIND) == 60
    assert sum(sc["mb"] == "pexa" for sc in SCENARIOS) == 30
    kinds = [sc["kind"] for sc in SCENARIOS]
    assert (kinds.count("breach"), kinds.count("lookalike"), kinds.count("ordinary")) == (26, 20, 14)
    for sc in SCENARIOS:
        assert sc["lab"]["breach"] == (sc["kind"] == "breach"), sc["sid"]
    worded = [sc["sid"] for sc in SCENARIOS if sc["kind"] == "breach" and NO_WORDS.search(
        " ".join(x or "" for x in (sc["subj"], sc["body"], sc["short"], sc["subj_only"])))]
    assert len(worded) <= 6, worded
    return worded


# ---------------------------------------------------------------------------------------------
# rendering


def sender_of(sc, rng):
    first, sur = rng.choice(FIRSTS), rng.choice(SURNAMES)
    who = sc["who"]
    if who[0] == "person":
        pat = rng.randrange(5)
        local = [f"{first}.{sur}", f"{first}{sur}", f"{first[0]}{sur}", f"{first}_{sur}{rng.randrange(10, 99)}",
                 f"{sur}{first[0]}{rng.randrange(1, 9)}"][pat].lower()
        addr = f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        role = None
    else:
        _, org, domain, role_title = who
        local = (f"{first}.{sur}" if rng.random() < 0.6 else f"{first[0]}.{sur}").lower()
        addr = f"{local}@{domain}"
        role = f"{role_title}, {org}" if not org.startswith("Office of") else f"{role_title}\n{org}"
    return first, sur, f"{first} {sur} <{addr}>", role


def fill(text, first, sur):
    return text.replace("{first}", first).replace("{sur}", sur) if text else text


def render(sc, env, rng):
    first, sur, sender, role = sender_of(sc, rng)
    subject = fill(sc["subj"], first, sur)
    mb = sc["mb"]
    html = env in ("html", "reply_html", "typo_html")
    reply = env in ("reply", "reply_html", "typo_reply")
    typo = env.startswith("typo") or env == "short+typo"
    if env == "subject_only":
        subject, text = fill(sc["subj_only"], first, sur), ""
    else:
        short = env.startswith("short")
        body = fill(sc["short"] if short else sc["body"], first, sur)
        greet = rng.choice(GREETINGS[mb]) if sc["greet"] and not short else None
        if short:
            sign = rng.choice([first, first[0], f"{first} {sur}", f"- {first}"])
        else:
            signoff = rng.choice(SIGNOFFS)
            name = rng.choice([f"{first} {sur}", f"{first} {sur}", first, f"{first[0]}. {sur}"])
            sign = "\n".join(x for x in (signoff, name, role) if x)
        text = "\n\n".join(x for x in (greet, body, sign) if x)
        if typo:
            text = typos_outside_marks(text, rng, MARK_RIGHTS, 0.3)
    quote = None
    if reply:
        head, qtext = rng.choice(QUOTES[mb])
        date = f"{rng.choice(DAYS)}, {rng.randrange(1, 28)} {rng.choice(MONTHS)} 2026"
        quote = (f"On {date}, {head} wrote:", qtext)
    subject_marks = rights_marks_of(subject)
    body_marks = rights_marks_of(text)
    return finish_marked_record(
        rng, mailbox=mb, sender=sender, subject=strip_marks(subject, MARK_RIGHTS), body=strip_marks(text, MARK_RIGHTS),
        html=html, quote=quote, subject_marks=subject_marks, body_marks=body_marks, labels=sc["lab"],
        note=sc["note"], source=sc["sid"], env=env)


def envs_for(sc, rng):
    """Two different envelopes: the first from BASE_ENVS; the second the short or subject-only version when the
    scenario has one, otherwise another base envelope."""
    e1 = rng.choice(BASE_ENVS)
    if sc["subj_only"]:
        e2 = "subject_only"
    elif sc["short"]:
        e2 = "short+typo" if rng.random() < 0.4 else "short"
    else:
        e2 = rng.choice([e for e in BASE_ENVS if e != e1])
    return e1, e2


def build(rng):
    check_mix()
    records = []
    for sc in SCENARIOS:
        for env in envs_for(sc, rng):
            records.append(render(sc, env, rng))
    return records


def summary(records, env_count):
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails from {len({r['source'] for r in records})} "
             f"scenarios"]
    for kind in ("breach", "lookalike", "ordinary"):
        recs = [r for r in records if KIND[r["source"]] == kind]
        lines.append(f"  {kind}: {len({r['source'] for r in recs})} scenarios, {len(recs)} emails")
    for mb in ("pexa", "conexus"):
        lines.append(f"  mailbox {mb}: {sum(r['mailbox'] == mb for r in records)} emails")
    for key in ("breach", "complaint", "explicit", "personal_data", "third_party"):
        recs = [r for r in records if r["labels"][key]]
        lines.append(f"  {key}=true: {len(recs)} emails, {len({r['source'] for r in recs})} scenarios")
    recs = [r for r in records if r["labels"]["breach"] and r["labels"]["complaint"]]
    lines.append(f"  breach complaints: {len(recs)} emails; breach non-complaints: "
                 f"{sum(r['labels']['breach'] and not r['labels']['complaint'] for r in records)} emails")
    for right in RIGHTS:
        recs = [r for r in records if right in r["labels"]["rights"]]
        if recs:
            lines.append(f"  right {right}: {len(recs)} emails, {len({r['source'] for r in recs})} scenarios")
    lines.append(f"  breach scenarios using 'breach'/'data protection'/'GDPR': {len(check_mix())}")
    lines.append(f"  html bodies: {sum(r['html'] for r in records)}; empty bodies: "
                 f"{sum(not r['body'] for r in records)}")
    lines.append("  envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_count.items())))
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=marked_record_errors,
                         train_labels=["breach"])


if __name__ == "__main__":
    sys.exit(main())
