#!/usr/bin/env python3
"""Judge set C for what people write AFTER their sign-off (stdlib only).

60 invented scenarios (30 per mailbox), each rendered twice with different envelopes (sender, plain/HTML,
greeting, sign-off, signature style): 120 emails in data/trials/after_signoff_judge_c.jsonl.

Groups (scenario key "grp"):
  S  a postscript after the sign-off/signature (PS, P.S., P.S:, PS -, ps, PPS, P.P.S.)
  A  an afterthought after the sign-off without a postscript mark
  C  controls: the matter in the body, followed by long signatures, footers and disclaimers, or no sign-off

Labels are decided per scenario by the labelling guide; the envelope never changes them. A firm's footer is the
organisation's boilerplate, so "complain" in a footer never makes a complaint explicit: for records whose footer
contains "complain", the record_errors explicit check is replaced by the same check on the sender's own words
(subject, greeting, body, sign-off, postscript / afterthought), which this generator keeps aside per record.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, html_with_quote, new_text, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels as L, typo_segments)

SEED = 20280308
PREFIX = "sac"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_c.jsonl")

# ---------------------------------------------------------------------------------------------------------------
# organisations (invented, or directory firms writing as senders) and their footers in the firm's own voice

ORGS = {
    # PEXA participant law firms
    "pelham": dict(name="Pelham Rowe Solicitors", domain="pelhamrowe.co.uk", phone="01743 555 201",
                   address="9 Castle Street, Shrewsbury SY1 2BQ", web="www.pelhamrowe.co.uk",
                   footer="Pelham Rowe Solicitors is a trading name of Pelham Rowe LLP, a limited liability partnership "
                          "registered in England and Wales (OC412887). Registered office: 9 Castle Street, Shrewsbury "
                          "SY1 2BQ. Authorised and regulated by the Solicitors Regulation Authority (SRA No. 640119).\n\n"
                          "CYBER CRIME WARNING: we will never tell you about a change to our bank details by email. "
                          "Always telephone your usual contact on a number you already know before sending us money.\n\n"
                          "Our complaints procedure is available on request. If you are not satisfied with how we "
                          "handle a complaint, you may be able to complain to the Legal Ombudsman."),
    "kinross": dict(name="Kinross & Vale LLP", domain="kinrossvale.co.uk", phone="0113 496 0774",
                    address="Albion Chambers, 31 Park Row, Leeds LS1 5JL", web="kinrossvale.co.uk",
                    footer="Kinross & Vale LLP is authorised and regulated by the Solicitors Regulation Authority "
                           "(SRA ID 588103). A list of members is available at our registered office.\n\n"
                           "IMPORTANT - BANK DETAILS FRAUD: criminals target conveyancing transactions. Our bank "
                           "details will not change during your matter. If you receive an email saying they have, "
                           "do not reply to it and call us straight away.\n\n"
                           "This email is confidential and may be legally privileged. If you are not the intended "
                           "recipient, please notify the sender, delete it and do not copy, use or disclose it."),
    "alder": dict(name="Alderbrook Conveyancing Ltd", domain="alderbrookconveyancing.co.uk", phone="01604 555 388",
                  address="2 Guildhall Yard, Northampton NN1 1DP", web="alderbrookconveyancing.co.uk",
                  footer="Alderbrook Conveyancing Ltd (company no. 09944102) is regulated by the Council for "
                         "Licensed Conveyancers.\n\nPRIVACY: we process personal data in accordance with the UK "
                         "GDPR and the Data Protection Act 2018. Our privacy notice explains what we collect, why, "
                         "how long we keep it and your rights to access, correct or erase it: "
                         "alderbrookconveyancing.co.uk/privacy."),
    "gfl": dict(name="Greyfriars Law LLP", domain="greyfriarslaw.co.uk", phone="0131 496 0822",
                address="8 Greyfriars Place, Edinburgh EH1 2QQ", web="www.greyfriarslaw.co.uk",
                footer="Greyfriars Law LLP is a limited liability partnership registered in Scotland (SO307714) and "
                       "regulated by the Law Society of Scotland. This email and any attachments are confidential and "
                       "intended solely for the addressee. If you have received it in error please let us know and "
                       "delete it. We accept no liability for viruses; please carry out your own checks."),
    "moor": dict(name="Moorcroft Legal", domain="moorcroftlegal.co.uk", phone="01228 555 640",
                 address="17 Lowther Street, Carlisle CA3 8DA", web="moorcroftlegal.co.uk",
                 footer="Moorcroft Legal is a trading name of Moorcroft Legal Services Ltd, registered in England "
                        "(10227351), authorised and regulated by the Solicitors Regulation Authority (SRA 651902).\n"
                        "Please do not send us money on the strength of bank details in an email. Call us first."),
    # PEXA participant lenders
    "kbs": dict(name="Kestrel Building Society", domain="kestrelbs.co.uk", phone="0300 123 4410",
                address="Kestrel House, 14 Abbey Road, Northampton NN1 5AX", web="www.kestrelbs.co.uk",
                footer="Kestrel Building Society is authorised by the Prudential Regulation Authority and regulated "
                       "by the Financial Conduct Authority and the Prudential Regulation Authority. Registered "
                       "office: Kestrel House, 14 Abbey Road, Northampton NN1 5AX.\n\nIf you wish to make a "
                       "complaint about our products or service, contact complaints@kestrelbs.co.uk. Calls may be "
                       "recorded for training and monitoring.\n\nThis email is confidential and may contain personal "
                       "data. If you are not the intended recipient please delete it and tell the sender."),
    "calder": dict(name="Calder Mutual Building Society", domain="caldermutual.co.uk", phone="01422 555 310",
                   address="Calder House, 5 Commercial Street, Halifax HX1 1BA", web="caldermutual.co.uk",
                   footer="Calder Mutual Building Society is authorised by the Prudential Regulation Authority and "
                          "regulated by the Financial Conduct Authority and the Prudential Regulation Authority "
                          "(FRN 206311).\n\nHow we use your information: we process personal data to provide our "
                          "services and meet our legal obligations. You have rights over your data, including the "
                          "right to a copy of it and to have it corrected. See caldermutual.co.uk/privacy or write "
                          "to our Data Protection Officer."),
    "hcb": dict(name="Heathcote Bank", domain="heathcotebank.co.uk", phone="0345 071 3380",
                address="1 Market Square, Leeds LS1 6DB", web="heathcotebank.co.uk",
                footer="Heathcote Bank plc. Registered in England and Wales no. 02231987. Registered office: 1 Market "
                       "Square, Leeds LS1 6DB. Authorised by the Prudential Regulation Authority and regulated by the "
                       "Financial Conduct Authority and the Prudential Regulation Authority.\n"
                       "Unhappy with our service? Our Complaints Resolution Unit is on 0345 071 3380.\n"
                       "The information in this email is confidential. If it has reached you in error, please delete it."),
    "sefton": dict(name="Sefton Home Loans Ltd", domain="seftonhomeloans.co.uk", phone="0151 555 0270",
                   address="Exchange Buildings, 4 Tithebarn Street, Liverpool L2 2QP", web="seftonhomeloans.co.uk",
                   footer="Sefton Home Loans Ltd is authorised and regulated by the Financial Conduct Authority "
                          "(FRN 731188). Registered in England no. 08765120.\n\nFRAUD WARNING: we will never ask you "
                          "to move money to a new account by email or text.\n\nThis message and any attachment are "
                          "confidential and intended only for the named recipient."),
    # Conexus creditor clients
    "nte": dict(name="Northline Energy Ltd", domain="northline-energy.co.uk", phone="0330 088 5146",
                address="PO Box 912, Newcastle upon Tyne NE99 1NE", web="northline-energy.co.uk",
                footer="Northline Energy Ltd, registered in England and Wales no. 08812376. Registered office: "
                       "Quayside House, Newcastle upon Tyne NE1 3DX.\n\nIf you're unhappy with any part of our "
                       "service, you can complain to us at complaints@northline-energy.co.uk, and if we can't put "
                       "things right you can contact the Energy Ombudsman.\n\nThis email may contain confidential "
                       "information. If you've received it by mistake, please tell us and delete it."),
    "scl": dict(name="Sterling Credit Loans", domain="sterlingcredit.co.uk", phone="0161 555 0193",
                address="Sterling House, 40 Deansgate, Manchester M3 2EG", web="sterlingcredit.co.uk",
                footer="Sterling Credit Loans Ltd is authorised and regulated by the Financial Conduct Authority "
                       "(FRN 692254). Registered in England no. 09120044. Registered office: Sterling House, "
                       "40 Deansgate, Manchester M3 2EG.\n\nOur customers can complain to us by phone, post or "
                       "email, and may be able to refer a complaint to the Financial Ombudsman Service.\n\n"
                       "CONFIDENTIALITY: this message is intended only for the addressee."),
    "pmt": dict(name="Pennant Mobile", domain="pennantmobile.co.uk", phone="0333 014 9902",
                address="Pennant Tower, 5 Canal Street, Birmingham B1 2JA", web="pennantmobile.co.uk",
                footer="Pennant Mobile is a trading name of Pennant Telecom Ltd, registered in England no. 07330219. "
                       "Registered office: Pennant Tower, 5 Canal Street, Birmingham B1 2JA.\nThis email and any "
                       "attachments are confidential and may be subject to legal privilege. Any views expressed are "
                       "the sender's own. Please consider the environment before printing this email."),
    "lwt": dict(name="Lumen Water", domain="lumenwater.co.uk", phone="0800 316 9920",
                address="Lumen House, Riverside Way, Derby DE1 3GN", web="lumenwater.co.uk",
                footer="Lumen Water plc. Registered in England and Wales no. 02366615. Registered office: Lumen "
                       "House, Riverside Way, Derby DE1 3GN.\n\nYour privacy: Lumen Water is a controller of your "
                       "personal data. To find out how we use it and about your rights, including how to get a copy "
                       "of it or ask us to stop using it, visit lumenwater.co.uk/privacy."),
    "wbc": dict(name="Westbury Council Tax Services", domain="westbury.gov.uk", phone="01373 555 010",
                address="Council Offices, Bratton Road, Westbury BA13 3EN", web="www.westbury.gov.uk",
                footer="Westbury Borough Council. This email and any files sent with it are confidential and may "
                       "contain personal or sensitive information. If you are not the intended recipient, you must "
                       "not use, copy or disclose it. Emails to and from the Council may be monitored and may be "
                       "disclosed under the Freedom of Information Act 2000."),
    # money advice and law firms acting for debtors
    "riverside": dict(name="Riverside Money Advice", domain="riversidemoneyadvice.org.uk", phone="0300 555 0419",
                      address="The Old Library, 12 Bridge Street, Worcester WR1 2LP",
                      web="riversidemoneyadvice.org.uk",
                      footer="Riverside Money Advice is a registered charity (no. 1164420) and a company limited by "
                             "guarantee (no. 09511734). We are authorised and regulated by the Financial Conduct "
                             "Authority (FRN 618204) for debt counselling.\n\nOur advice is free, confidential and "
                             "impartial. If you are unhappy with our service, ask us for our complaints procedure.\n\n"
                             "This email may contain sensitive personal information about our clients. If you have "
                             "received it in error, please tell us and delete it immediately."),
    "northgate": dict(name="Northgate Debt Support CIC", domain="northgatedebtsupport.org", phone="0191 555 0733",
                      address="Unit 3, Trinity Yard, Sunderland SR1 1RH", web="northgatedebtsupport.org",
                      footer="Northgate Debt Support CIC, a community interest company registered in England "
                             "(no. 11420981), authorised and regulated by the Financial Conduct Authority "
                             "(FRN 837016).\nCONFIDENTIAL: this message may contain client information. Do not "
                             "forward it without the sender's consent."),
    "brannock": dict(name="Brannock Hale Solicitors", domain="brannockhale.co.uk", phone="01752 555 161",
                     address="41 Notte Street, Plymouth PL1 2AG", web="brannockhale.co.uk",
                     footer="Brannock Hale Solicitors is authorised and regulated by the Solicitors Regulation "
                            "Authority (SRA 617440). Registered in England and Wales (OC398811).\n\nPlease be aware "
                            "of cyber fraud. Brannock Hale will never change its bank details by email.\n\nThis "
                            "email is confidential and may be privileged. If you receive it in error, please "
                            "notify us and delete it; do not rely on its contents."),
    "kettering": dict(name="Kettering Lowe LLP", domain="ketteringlowe.co.uk", phone="01536 555 902",
                      address="Lowe House, 8 Sheep Street, Kettering NN16 0AN", web="ketteringlowe.co.uk",
                      footer="Kettering Lowe LLP, authorised and regulated by the Solicitors Regulation Authority "
                             "(SRA 602281). Registered office as above. We use your personal data as set out in our "
                             "privacy notice at ketteringlowe.co.uk/privacy."),
    # MPs' offices
    "tarrant": dict(name="Office of Helen Tarrant MP", domain="parliament.uk", phone="020 7219 5541",
                    address="House of Commons, London SW1A 0AA", web="",
                    footer="This email is intended for the addressee only and may contain personal information "
                           "about a constituent, shared with their consent. The office processes constituents' "
                           "personal data in line with the Member's privacy notice. If you have received this email "
                           "in error, please inform the sender and delete it."),
    "mistry": dict(name="Office of Dev Mistry MP", domain="parliament.uk", phone="020 7219 3308",
                   address="Constituency Office, 22 High Street, Kidderminster DY10 2DJ", web="",
                   footer="UK Parliament disclaimer: this e-mail is confidential to the intended recipient. If you "
                          "have received it in error, please notify the sender and delete it from your system. Any "
                          "unauthorised use, disclosure or copying is not permitted. This e-mail has been checked "
                          "for viruses, but no warranty is given that it is virus-free."),
    # employers of consumers / debtors writing from work
    "hollybank": dict(name="Hollybank Care Group", domain="hollybankcare.co.uk", phone="01905 555 288",
                      address="", web="",
                      footer="Hollybank Care Group Ltd | Registered in England 05521937 | Registered office: "
                             "Hollybank House, Droitwich WR9 8BP\nThis message is confidential and intended only for "
                             "the addressee. If you are not the intended recipient, please delete it and notify the "
                             "sender. Views expressed are those of the individual and not of the company."),
    "trentside": dict(name="Trentside Logistics", domain="trentsidelogistics.com", phone="0115 555 0816",
                      address="", web="",
                      footer="DISCLAIMER: The information in this email is confidential and may be legally "
                             "privileged. It is intended solely for the addressee. Trentside Logistics Ltd, "
                             "registered in England & Wales no. 06620193. Registered office: Colwick Park, "
                             "Nottingham NG4 2JR."),
}

# people: (name, address local part or full address, title, org key or None, mobile, casual)
PEOPLE = {
    "lawfirm": [
        ("Gemma Ashworth", "g.ashworth@pelhamrowe.co.uk", "Senior Conveyancer", "pelham", "07700 900 412", False),
        ("Tariq Mahmood", "tariq.mahmood@kinrossvale.co.uk", "Associate, Residential Property", "kinross",
         "07700 900 588", False),
        ("Lorna Pritchard", "lorna@alderbrookconveyancing.co.uk", "Licensed Conveyancer", "alder", "07700 900 133",
         True),
        ("Fraser McAllister", "fmcallister@greyfriarslaw.co.uk", "Partner, Property", "gfl", "07700 900 947",
         False),
        ("Bethan Rhys", "bethan.rhys@moorcroftlegal.co.uk", "Conveyancing Executive", "moor", "07700 900 276",
         True),
        ("Olumide Adeyemi", "o.adeyemi@pelhamrowe.co.uk", "Trainee Solicitor", "pelham", "07700 900 359", False),
        ("Agnieszka Wrobel", "a.wrobel@kinrossvale.co.uk", "Post-Completion Manager", "kinross", "07700 900 821",
         False),
    ],
    "lender": [
        ("Martin Oyelaran", "martin.oyelaran@kestrelbs.co.uk", "Completions Team Leader", "kbs", "07700 900 662",
         False),
        ("Harriet Lyle", "harriet.lyle@caldermutual.co.uk", "Mortgage Operations Manager", "calder",
         "07700 900 505", False),
        ("Sunil Varma", "sunil.varma@heathcotebank.co.uk", "Head of Secured Lending Operations", "hcb",
         "07700 900 718", False),
        ("Keeley Durrant", "k.durrant@seftonhomeloans.co.uk", "Redemptions Officer", "sefton", "07700 900 164",
         True),
        ("Ross Galloway", "ross.galloway@kestrelbs.co.uk", "Settlement Operations Analyst", "kbs", "07700 900 297",
         False),
    ],
    "creditor": [
        ("Jessica Thorne", "jessica.thorne@northline-energy.co.uk", "Debt Recovery Partner Manager", "nte",
         "07700 900 381", False),
        ("Callum Reid", "c.reid@sterlingcredit.co.uk", "Collections Strategy Lead", "scl", "07700 900 604", False),
        ("Ayesha Siddiqui", "ayesha.siddiqui@pennantmobile.co.uk", "Agency Relationship Manager", "pmt",
         "07700 900 839", False),
        ("Neil Haworth", "neil.haworth@lumenwater.co.uk", "Income Recovery Manager", "lwt", "07700 900 452",
         False),
        ("Deborah Quinn", "deborah.quinn@westbury.gov.uk", "Recovery Officer, Revenues", "wbc", "07700 900 710",
         True),
    ],
    "adviser": [
        ("Rachel Bamford", "rachel.b@riversidemoneyadvice.org.uk", "Debt Adviser", "riverside", "07700 900 228",
         False),
        ("Kwame Asante", "kwame@northgatedebtsupport.org", "Money Adviser", "northgate", "07700 900 915", True),
        ("Siân Llewellyn", "sian.llewellyn@riversidemoneyadvice.org.uk", "Senior Caseworker", "riverside",
         "07700 900 640", False),
    ],
    "solicitor": [
        ("Imogen Carrick", "icarrick@brannockhale.co.uk", "Solicitor", "brannock", "07700 900 571", False),
        ("Daniel Okafor", "d.okafor@ketteringlowe.co.uk", "Associate Solicitor", "kettering", "07700 900 383",
         False),
        ("Helen Marsh", "h.marsh@brannockhale.co.uk", "Paralegal", "brannock", "07700 900 196", False),
    ],
    "mp": [
        ("Priya Chandran", "priya.chandran@parliament.uk", "Caseworker to Helen Tarrant MP", "tarrant",
         "", False),
        ("Tom Whitcombe", "tom.whitcombe@parliament.uk", "Senior Caseworker, Office of Dev Mistry MP", "mistry",
         "", False),
        ("Ellen Moss", "ellen.moss@parliament.uk", "Parliamentary Caseworker", "tarrant", "", False),
    ],
    # private individuals: consumers, debtors, relatives; org = employer (work email) or None
    "person": [
        ("Joanne Pike", "joannepike77@gmail.com", "", None, "07700 900 042", True),
        ("Mark Ellery", "mark.ellery@btinternet.com", "", None, "07700 900 851", False),
        ("Shabnam Hussain", "shabnam.h@outlook.com", "", None, "07700 900 606", False),
        ("Gary Tolland", "gazt1981@yahoo.co.uk", "", None, "07700 900 777", True),
        ("Elżbieta Nowak", "ela.nowak@gmail.com", "", None, "07700 900 318", True),
        ("Craig Dunmore", "craig.dunmore@hollybankcare.co.uk", "Shift Supervisor", "hollybank", "07700 900 904",
         False),
        ("Rebecca Stanway", "becky.stanway@icloud.com", "", None, "07700 900 265", True),
        ("Alan Frobisher", "alanfrobisher@talktalk.net", "", None, "07700 900 590", False),
        ("Leanne Oduya", "leanne.oduya@trentsidelogistics.com", "Accounts Assistant", "trentside",
         "07700 900 449", False),
        ("Wei Chen", "wei.chen.home@gmail.com", "", None, "07700 900 123", False),
        ("Dolores Fairweather", "d.fairweather@btinternet.com", "", None, "07700 900 372", False),
        ("Ryan McGuigan", "ryanmcg@hotmail.co.uk", "", None, "07700 900 688", True),
        ("Fatima Begum", "fatima.begum90@gmail.com", "", None, "07700 900 531", True),
        ("Stuart Pennock", "s.pennock@outlook.com", "", None, "07700 900 214", False),
    ],
}
HOME_TOWNS = ["Kidderminster", "Barnsley", "Taunton", "Wrexham", "Ipswich", "Stoke-on-Trent", "Bangor",
              "Gloucester", "Lincoln", "Falkirk"]

GREET_FORMAL = ["Dear Sir or Madam,", "Dear Sir/Madam,", "To whom it may concern,", "Good morning,",
                "Good afternoon,"]
GREET_CASUAL = ["Hi,", "Hello,", "Hi there,", "Hiya,", "Morning,"]
SIGNOFF_FORMAL = ["Kind regards,", "Regards,", "Yours faithfully,", "Yours sincerely,", "Many thanks,",
                  "Best regards,", "With thanks,"]
SIGNOFF_CASUAL = ["Thanks,", "Cheers,", "Thanks very much", "Best,", "Ta,", "Many thanks", "Thanks again,"]
MOBILE_TAGS = ["Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.", "Sent from Outlook for Android",
               "Get Outlook for iOS", "Sent from my iPad"]
AFTER_LEADS = ["Oh, and one more thing: ", "Forgot to say - ", "Also, ", "", "One other thing - ",
               "Sorry, meant to add: ", "Actually, while I think of it, ", "Oh and ", "Just remembered - "]
PS_SINGLE = ["PS", "P.S.", "P.S:", "PS -", "ps"]
PS_DOUBLE = [("PS", "PPS"), ("P.S.", "P.P.S.")]

STAFF_ROLES = {"lawfirm", "lender", "creditor", "adviser", "solicitor", "mp"}
STYLES_PERSON = ["bare_first", "regards_full", "mobile", "delimiter", "work_footer"]
STYLES_STAFF = ["regards_full", "full_block", "company_footer", "delimiter", "mobile"]
STYLES_C_PERSON = ["delimiter", "work_footer", "mobile", "no_signoff"]
STYLES_C_STAFF = ["full_block", "company_footer", "no_signoff_footer"]

PEXA_ADDR = "PEXA Customer Support <support@pexa.co.uk>"
CONEXUS_ADDR = "Conexus Customer Care <care@conexus-services.com>"

# ---------------------------------------------------------------------------------------------------------------
# scenarios

SCENARIOS = []


def sc(**kw):
    SCENARIOS.append(kw)


# ---------------- group S, PEXA ----------------
sc(id="s001", mb="pexa", grp="S", role="lawfirm",
   subj=["Adding a second authorised signatory", "Signatory question - workspace {ws}"],
   body="Could you tell me how we add a second authorised signatory to workspace {ws}? Our senior partner is on "
        "holiday from Thursday and I'd rather not leave the completion sitting with one person. If there is a form, "
        "please send it over and I'll get it back to you today.",
   ps=["Your support line cut me off twice this morning, each time after I'd been holding for the best part of "
       "forty minutes. That's most of a morning gone on a busy completions Monday. Could somebody senior ring me "
       "back today, and tell me why the queue is that long?"],
   lab=L(True, cat="wait_time"),
   note="The body is a routine how-to question, but the postscript expresses dissatisfaction with being cut off "
        "after long holds and asks for a call back, so it is an implicit complaint about waiting to reach the firm "
        "(wait_time).")
sc(id="s002", mb="pexa", grp="S", role="lender",
   subj=["Training attendees - 18 June", "Course booking for our new starters"],
   body="Thanks for confirming the places on the 18 June introduction session. I've attached the list of the six "
        "attendees from our mortgage completions team, with their email addresses, so the joining links go to the "
        "right people.",
   ps=["While I have you, I want to raise a formal complaint about our March invoice. We've been charged the "
       "lodgement fee on eleven workspaces that were abandoned before settlement and never went anywhere near HM "
       "Land Registry. Please credit those charges and let me know how this happened."],
   lab=L(True, True, cat="fees_charges"),
   note="The postscript carries the grievance and names it a formal complaint in the sender's own words, so it is an "
        "explicit complaint about fees charged (fees_charges) even though the body is routine.")
sc(id="s014", mb="conexus", grp="S", role="person",
   subj=["Payment made today", "Payment - account {acct}"],
   body="Just to let you know I've paid this month's £40 towards my plan on account {acct}. It should reach you by "
        "Thursday.",
   ps=["One of your agents rang my work number on Tuesday and, when my manager answered, told him it was about a "
       "debt. I have never given you that number. I want to know where you got it from and what gives you the right "
       "to use it, and I want it deleted from your records. I'm mortified."],
   lab=L(True, pd=True, br=True, r="informed,erasure", cat="personal_data"),
   note="The postscript is an implicit complaint about data handling: the debt was disclosed to the writer's manager "
        "(breach) on a number obtained unexpectedly; asking where it came from and on what basis is informed, and "
        "asking for it to be deleted is erasure.")

sc(id="s003", mb="pexa", grp="S", role="person",
   subj=["Completion date question", "Is our completion date on your system?"],
   body="Our solicitors have told us our purchase of 14 Wrenfield Close will be settled through PEXA. Can you tell "
        "me whether a completion date has been entered yet? We're trying to book the removal van.",
   ps=["To be honest the reason I'm asking you is that Marsh & Penrose haven't answered a phone call or an email in "
       "over two weeks, and the sellers' side say they're waiting on them. We were meant to exchange last Friday. "
       "Could you let them know this isn't acceptable, or tell me who I should go to?"],
   lab=L(True, cat="delay", firm="mpc"),
   note="The postscript is a home buyer's implicit complaint purely about her conveyancer's silence holding up "
        "exchange, so PEXA must forward it: about_other_firm=mpc, category delay.")
sc(id="s004", mb="pexa", grp="S", role="person",
   subj=["Who are PEXA?", "Email about my flat sale"],
   body="I've had an email from you saying a settlement workspace has been opened for the sale of my flat. I hadn't "
        "heard of PEXA before, so I just wanted to check it's genuine and that you're working with my solicitor.",
   ps=["I'm not cross about it, just curious: where did you get my email address and mobile number from, and what "
       "do you use them for? And could you send me a copy of whatever personal information you hold about me?"],
   lab=L(r="access,informed"),
   note="No dissatisfaction (the writer says so), so not a complaint; the postscript asks where the data came from "
        "and what it is used for (informed) and for a copy of it (access).")
sc(id="s005", mb="pexa", grp="S", role="lawfirm",
   subj=["Change of office address", "Updated office details for our firm"],
   body="Please note that from 1 July our office moves to Unit 4, Brindley Court, Stafford ST16 2RD. Could you update "
        "the address on our participant profile? Phone numbers and email addresses stay the same.",
   ps=["Yesterday's email from your support desk about workspace {ws} had a spreadsheet attached that isn't ours: it "
       "lists another firm's clients with their names, home addresses and settlement amounts. We haven't looked "
       "beyond seeing what it was, and we've deleted it. Just letting you know so you can deal with it; no need to "
       "come back to us."],
   lab=L(br=True),
   note="The postscript reports another firm's client data sent to the wrong firm (breach) but voices no grievance "
        "and expects no reply, so it is not a complaint; the new office address is the firm's business detail, not a "
        "data right.")
sc(id="s006", mb="pexa", grp="S", role="person",
   subj=["Leaving the profession", "My user account"],
   body="After 22 years I'm retiring from conveyancing at the end of this month, and I've been using my own email "
        "for the last few weeks of handover. Thank you to everyone in your support team over the years; you've "
        "always been patient with me.",
   ps=["Before I go, could you export my own user activity history - every workspace I acted on - as a CSV file, so "
       "I can load it into the records system of the firm taking over my files? Once that's done, please delete my "
       "user account and the personal details you hold on me."],
   lab=L(r="portability,erasure"),
   note="A friendly farewell with no dissatisfaction is not a complaint; the postscript asks for the user's own data "
        "as a CSV to load into another system (portability) and then for deletion of the account (erasure).")
sc(id="s007", mb="pexa", grp="S", role="lawfirm",
   subj=["Webinar on 3 July", "Lodgement update webinar"],
   body="Thanks for the invitation. I'll be attending the lodgement update webinar on 3 July, as will a colleague "
        "from our post-completion team.",
   ps=["My name is still spelt wrong on my user profile (two letters of my surname swapped round), and it prints "
       "like that on every settlement statement our clients see. It has been wrong since March and this is the "
       "third time I've asked. Please correct it.",
       "Until it's fixed, please take my name off the statements altogether rather than keep showing the wrong one."],
   quote="Dear colleague,\n\nYou're invited to our lodgement update webinar on Thursday 3 July at 10am, covering "
         "the changes to discharge lodgement from August. Please reply to confirm attendance.\n\nPEXA Customer "
         "Engagement",
   lab=L(True, pd=True, r="rectification,restriction", cat="personal_data"),
   note="The two postscripts are an implicit complaint (wrong for months, third request) about inaccurate personal "
        "data shown to clients: correct it is rectification, stop showing it meanwhile is restriction, category "
        "personal_data.")
sc(id="s008", mb="pexa", grp="S", role="lawfirm",
   subj=["Onboarding documents", "Participant application - supporting documents"],
   body="Please find attached certified copies of my practising certificate and our professional indemnity "
        "insurance schedule for our participant application.",
   ps=["Your online identity check has now turned me down automatically three times, with no reason given beyond "
       "'unable to verify'. My details are correct and I have been in practice for fifteen years. I'd like a real "
       "person to look at my application and make the decision, not the system, because at this rate I'll lose a "
       "client whose sale is due next month."],
   lab=L(True, r="automated_decision", cat="onboarding"),
   note="The postscript is an implicit complaint about onboarding (repeated automatic rejection, harm threatened) and "
        "asks for a human decision instead of the system, which is the automated_decision right.")
sc(id="s009", mb="pexa", grp="S", role="person",
   subj=["My father's house sale", "Question on behalf of my dad"],
   body="I'm helping my father, who is 81, with the sale of his bungalow. His conveyancers have mentioned PEXA. Does "
        "he have to log in to anything himself, or is it all done by them?",
   ps=["I should say his conveyancers, Ashdown Pryce Legal, have been very poor with him. They've sent him the same "
       "identity form three times, and the last person he spoke to was short with him and rang off when he asked "
       "them to repeat something. Can you pass this on to whoever oversees them, or tell me where I should send it?"],
   lab=L(True, tp=True, cat="service_quality", firm="unknown"),
   note="A daughter writing for her father (third_party) complains in the postscript purely about his conveyancer, "
        "a firm not in the directory: about_other_firm=unknown, service_quality.")
sc(id="s010", mb="pexa", grp="S", role="lawfirm",
   subj=["Failed settlement on workspace {ws}", "Formal complaint - failed settlement {ws}"],
   body="I am writing to make a formal complaint. At 1.50pm on Friday, ten minutes before the settlement cut-off, "
        "the workspace for our client's purchase stopped responding and showed an error page until after 3pm. The "
        "settlement failed, our client spent the weekend in a hotel with two children and a dog, and the seller's "
        "agents are threatening to charge interest. I would like a full explanation of the outage and your proposal "
        "for covering our client's costs.",
   ps=["I'm in court most mornings this week, so the best time to ring me is after 2pm."],
   lab=L(True, True, cat="platform_defect"),
   note="The body is an explicit complaint about a platform failure (platform_defect); the postscript only gives a "
        "time to call and changes nothing.")
sc(id="s011", mb="pexa", grp="S", role="lawfirm",
   subj=["Training videos out of date", "Your e-learning modules"],
   body="We put our three new paralegals through your e-learning modules this month and half of the videos show "
        "screens that no longer exist. They spent a morning looking for buttons that were moved last year, then made "
        "two mistakes on a live workspace as a result. Please update the modules and tell me when they'll be done, "
        "so I know when to send the next intake through.",
   ps=["Our main office number changes on the 1st to 01632 960 418; the old one will divert for a month."],
   lab=L(True, cat="training"),
   note="The body is an implicit complaint about outdated training material with harm and a demand (training); the "
        "postscript is an ordinary change of the firm's phone number.")
sc(id="s012", mb="pexa", grp="S", role="lender",
   subj=["Thanks for today", "Workspace set-up - thank you"],
   body="Just a quick note to say thank you to Priya on your support desk, who walked me through setting up our "
        "first refinance workspace this afternoon. Everything went through and the borrower's funds are showing as "
        "expected.",
   ps=["Have a good weekend - fingers crossed the sun holds out for once."],
   lab=L(),
   note="Thanks with no grievance and a pleasantry in the postscript: nothing to label.")
sc(id="s013", mb="pexa", grp="S", role="person",
   subj=["Request for a copy of my data", "Subject access request"],
   body="I bought my house last year and the settlement went through PEXA. I would like a copy of all the personal "
        "data PEXA holds about me in connection with that purchase, including any notes or emails that mention me. "
        "The property is 27 Larkspur Road.",
   ps=["I can send a scan of my passport and a recent utility bill if you need to check it's me; just say."],
   lab=L(r="access"),
   note="A neutral request for a copy of one's data is access without a complaint; the postscript only offers ID.")

# ---------------- group S, Conexus ----------------
sc(id="s015", mb="conexus", grp="S", role="person",
   subj=["Balance please", "Sterling Credit account - current balance"],
   body="Could you send me a statement showing the current balance on my Sterling Credit account, reference {acct}? "
        "I'd like to see what's left after the payments I've made since January.",
   ps=["I also want to complain about the letter dated 3 May. It says enforcement agents could come to my home and "
       "take goods, which isn't even possible on a loan like this without a court order, and it frightened my wife "
       "half to death. Please explain why it was sent."],
   lab=L(True, True, cat="collection_conduct"),
   note="The postscript names the grievance a complaint in the sender's own words (explicit) about a threatening "
        "collection letter (collection_conduct); the creditor is merely named, so about_other_firm is null.")
sc(id="s016", mb="conexus", grp="S", role="adviser",
   subj=["Client {acct} - income and expenditure", "I&E and request to hold"],
   body="Please find attached my client's income and expenditure statement. She has a surplus of £22 a month, and I "
        "would ask you to hold all collection activity for 30 days while we look at her options.",
   ps=["My client also tells me that the last envelope she received from you contained a statement for a different "
       "customer, showing his name, address and balance. She is now worried her own statements have gone astray in "
       "the same way. Please investigate, tell me how this happened and what you are doing about it, and arrange to "
       "collect the letter."],
   lab=L(True, pd=True, br=True, tp=True, cat="personal_data"),
   note="An adviser (third_party) adds in the postscript an implicit complaint that another customer's data was "
        "sent to her client (breach), with worry and demands: personal_data, category personal_data.")
sc(id="s017", mb="conexus", grp="S", role="person",
   subj=["Question about my plan", "Plan payment dates"],
   body="Could you confirm the date my next plan payment is taken? My pay date moves to the 28th from next month, so "
        "I may need to change it.",
   ps=["Also, I object to my details being used to send me the 'special settlement offer' marketing from your "
       "partner companies. Please don't use my information for marketing of any kind."],
   lab=L(r="objection"),
   note="A neutral question plus a postscript objecting to marketing use of the writer's data: objection, with no "
        "dissatisfaction expressed, so not a complaint.")
sc(id="s018", mb="conexus", grp="S", role="person",
   subj=["Your letter about the Northline account", "Northline Energy debt {acct}"],
   body="I got your letter about the Northline Energy account. I'll ring on Monday to talk it through, as I'm on "
        "nights this week.",
   ps=["The real problem is Northline themselves. They kept billing me for eight months at a flat I moved out of in "
       "2023, even though I sent them my tenancy end date twice. Most of this balance is for gas I never used. Can "
       "you get them to look at it properly? I'm not paying for someone else's heating."],
   lab=L(True, cat="debt_dispute", firm="nte"),
   note="The postscript disputes the debt because of the creditor's own billing after move-out, which only the "
        "creditor can fix: about_other_firm=nte, debt_dispute, implicit.")
sc(id="s019", mb="conexus", grp="S", role="person",
   subj=["Information pack for my mother's account", "My mum's account {acct}"],
   body="I hold lasting power of attorney for my mother. Could you send me the information pack about her account "
        "and the form you need to add me as her representative?",
   ps=["Mum is 84 and lives on her own. Your collector phoned her three times on Sunday afternoon and she was in "
       "tears when I got there.",
       "I'd like someone senior to call me about those calls before anybody contacts her again."],
   lab=L(True, tp=True, cat="collection_conduct"),
   note="An attorney writing for her mother (third_party); the two postscripts are an implicit complaint about "
        "repeated Sunday calls to a vulnerable customer with a demand (collection_conduct).")
sc(id="s020", mb="conexus", grp="S", role="creditor",
   subj=["Placement file - July", "New placement batch for July"],
   body="Please find attached our July placement file of 312 accounts. The format is the same as last month.",
   ps=["The return file you sent us last week had fourteen accounts with the wrong status codes again, showing as "
       "settled when they are still open. That cost my team a full day of corrections. Could you explain what went "
       "wrong and what you'll change so it doesn't keep happening?"],
   lab=L(True, cat="inaccurate_information"),
   note="A creditor client's staff member complains implicitly in the postscript about wrong information in "
        "Conexus's return file (inaccurate_information); staff writing for their own firm are not third_party and "
        "the sender's firm is not the subject.")
sc(id="s021", mb="conexus", grp="S", role="person",
   subj=["Bank statements as requested", "Statements for account {acct}"],
   body="As asked on the phone, I've attached my bank statements from October to December.",
   ps=["I still say I don't owe the £312 you're asking for - the statements show three payments of £104 that left my "
       "account and that you haven't counted. While you check, please don't use or share my details for anything "
       "except sorting this out, and don't report anything to the credit reference agencies."],
   lab=L(True, r="restriction", cat="debt_dispute"),
   note="The postscript disputes the balance (payments not counted, Conexus's own pursuit, so null) as an implicit "
        "complaint (debt_dispute) and asks that the data be used for nothing else meanwhile: restriction.")
sc(id="s022", mb="conexus", grp="S", role="mp",
   subj=["Our constituent - account {acct}", "Constituent case ref HT/2291"],
   body="Thank you for your letter about our constituent's payment arrangement. He has read it and is content with "
        "the revised monthly amount.",
   ps=["He has asked me to add that he now wishes to make a formal complaint about the calls he received at around "
       "9pm on three evenings last week, after the arrangement had been agreed. Please treat this as a complaint "
       "and reply to this office."],
   quote="Dear Sir or Madam,\n\nThank you for contacting us about your constituent's account. We have reviewed his "
         "circumstances and can accept a reduced payment of £45 a month, starting next month.\n\nConexus Customer Care",
   lab=L(True, True, tp=True, cat="collection_conduct"),
   note="An MP's caseworker (third_party) adds in the postscript the constituent's formal complaint, in the "
        "writer's own words (explicit), about late-evening calls (collection_conduct).")
sc(id="s023", mb="conexus", grp="S", role="person",
   subj=["£75 fee on my account", "Fee I never agreed to"],
   body="I've looked at my statement and you've added a £75 'trace fee' to my balance. Nobody told me about this and "
        "I didn't agree to it. I was at the same address the whole time, so I don't see what there was to trace. "
        "Please take it off and send me a corrected balance.",
   ps=["Best to get me after 5pm, I work shifts at the hospital."],
   lab=L(True, cat="fees_charges"),
   note="The body is an implicit complaint about a fee Conexus added (fees_charges); the postscript is only a time "
        "to call.")
sc(id="s024", mb="conexus", grp="S", role="solicitor",
   subj=["Our client - {acct}", "Complaint on behalf of our client"],
   body="We act for the above client and write to complain about your handling of her account. On 4 April we sent "
        "you proof that her Heathcote Bank overdraft was cleared in full in 2022. Since then you have written to her "
        "twice more demanding £1,180 and telephoned her at least four times. Please close the account, confirm in "
        "writing that no further action will be taken, and explain why our evidence was ignored.",
   ps=["Copies of the settlement letter and bank statement will follow by post."],
   lab=L(True, True, tp=True, cat="debt_dispute"),
   note="A solicitor (third_party) complains explicitly in the body that a debt already paid is still pursued by "
        "Conexus (debt_dispute, creditor merely named); the postscript is 'documents to follow'.")
sc(id="s025", mb="conexus", grp="S", role="person",
   subj=["Payment", "Payment sent"],
   body="Paid the £25 for this month by bank transfer, reference {acct}.",
   ps=["Please say thank you to Dean, who I spoke to last week. He was really kind and made a horrible call a lot "
       "easier."],
   lab=L(),
   note="A payment note with praise in the postscript: no grievance and no request, nothing to label.")
sc(id="s026", mb="conexus", grp="S", role="person",
   subj=["Copy of my information", "Data request - {acct}"],
   body="Please send me a copy of all the information you hold about me, including the recordings of my phone calls "
        "with your staff since the account came to you.",
   ps=["If you need to call me this week I'm on my partner's mobile, 07700 900 317, as mine is being repaired."],
   lab=L(r="access"),
   note="A neutral request for a copy of data and call recordings is access; the postscript gives a temporary "
        "contact number, not a correction of the record, so no rectification.")

# ---------------- group A, PEXA ----------------
sc(id="s027", mb="pexa", grp="A", role="lawfirm",
   subj=["Requisition on workspace {ws}", "Lodgement requisition question"],
   body="HM Land Registry has raised a requisition on the lodgement for workspace {ws} asking for a certified copy of "
        "the transfer. Can we answer it through the workspace, or does it need to go direct to the Registry?",
   after="This month's invoice charges us twice for workspace {ws2} - same amount, same date. Please refund the "
         "duplicate and make sure it doesn't happen again.",
   lab=L(True, cat="fees_charges"),
   note="The afterthought below the name reports a double charge and demands a refund, an implicit complaint about "
        "fees (fees_charges), although the body is a neutral question.")
sc(id="s028", mb="pexa", grp="A", role="person",
   subj=["How do the funds move on completion day?", "Remortgage - completion day question"],
   body="We're remortgaging and our solicitor says the switch will happen through PEXA. On the day, does the new "
        "lender send the money to you first, or straight to the old lender?",
   after="Thames Valley Mortgages told us the new loan would be ready this Friday, and now they say Tuesday at the "
         "earliest with no reason given. Our fixed rate ends on Saturday, so we'll be paying the standard rate for "
         "days. Can someone chase them, or tell me who can?", cap=True,
   lab=L(True, cat="delay", firm="tvm"),
   note="The afterthought is a borrower's implicit complaint purely about her lender's late funds, which PEXA must "
        "forward: about_other_firm=tvm, delay.")
sc(id="s029", mb="pexa", grp="A", role="lender",
   subj=["Participant user list", "User permissions for our team"],
   body="Could you send me the current list of users on our participant account, with their permission levels? We "
        "are doing our quarterly user review.",
   after="This morning one of your support agents read out the details of a workspace that isn't ours - the "
         "borrowers' names and the loan amount - to my colleague while she was on the phone about something else. "
         "That shouldn't be possible, and I'd like to know what you're going to do about it.",
   lab=L(True, pd=True, br=True, cat="personal_data"),
   note="The afterthought is an implicit complaint that PEXA disclosed another workspace's personal data (breach), "
        "so personal_data and category personal_data.")
sc(id="s030", mb="pexa", grp="A", role="person",
   subj=["Settlement confirmation", "Thank you - sale completed"],
   body="Our sale completed yesterday and the money arrived exactly as promised. Thank you.",
   after="I'd rather PEXA didn't use my details for your customer research surveys. Please don't use my email "
         "address or phone number for research or marketing of any kind.",
   lab=L(r="objection"),
   note="Thanks plus an afterthought objecting to research and marketing use of the writer's data: objection, with "
        "no grievance, so not a complaint.")
sc(id="s031", mb="pexa", grp="A", role="lender",
   subj=["Settlement failure - {ws}", "Formal complaint: workspace {ws} failed to settle"],
   body="Please log this as a formal complaint. The financial settlement on workspace {ws} failed yesterday "
        "afternoon because the platform would not open the signing screen, while your status page showed all "
        "systems normal. Our borrower's redemption slipped by a day and we have had to pay a day's interest to the "
        "outgoing lender. We expect an explanation of the fault and reimbursement of £418.22.",
   after="I'm on leave from the 14th for two weeks; my colleague Rita Osei will pick up any reply in the meantime.",
   lab=L(True, True, cat="platform_defect"),
   note="The body is an explicit complaint about a platform fault (platform_defect); the afterthought is only an "
        "out-of-office arrangement typed by the sender.")
sc(id="s032", mb="pexa", grp="A", role="lawfirm",
   subj=["The new search screen", "Workspace search since the update"],
   body="Since the update a fortnight ago, the workspace search screen no longer shows our matter reference next to "
        "each result, only the property address. We act on several flats in the same blocks, and twice this week "
        "staff have opened the wrong workspace and started entering details before noticing. Please put the "
        "reference column back, or tell us how to switch it on.",
   after="Happy to join a user feedback session if you're running any.",
   lab=L(True, cat="usability"),
   note="The body is an implicit complaint that a working screen is error-prone to use (usability); the "
        "afterthought is an ordinary offer to give feedback.")
sc(id="s033", mb="pexa", grp="A", role="lender",
   subj=["Training dates for new starters", "Dates for the next introduction sessions"],
   body="We have four new starters joining our completions team in September. Could you send me the dates of the "
        "introduction sessions running in September and October?",
   after="Thanks again for the coffee at the conference in Leeds - good to put a face to the name.",
   lab=L(),
   note="A neutral service request with a friendly afterthought: not a complaint, nothing else to label.")

# ---------------- group A, Conexus ----------------
sc(id="s034", mb="conexus", grp="A", role="person",
   subj=["Payment date", "When does my payment go out"],
   body="Can you tell me which day of the month my payment is taken? I've changed banks and want to be sure there's "
        "money in the account.",
   after="Your last letter came in a window envelope and you could read 'FINAL DEMAND - DEBT RECOVERY' above my name "
         "through the window. My landlord lives downstairs and picks up the post for the whole house. Please use "
         "plain envelopes from now on, and tell me why that was printed where anyone could see it.",
   lab=L(True, pd=True, br=True, cat="personal_data"),
   note="The afterthought is an implicit complaint that the writer's debt was exposed to anyone handling the post "
        "(breach, so personal_data), category personal_data.")
sc(id="s035", mb="conexus", grp="A", role="adviser",
   subj=["Breathing Space confirmation - {acct}", "Breathing Space for our client"],
   body="Thank you for confirming that the Breathing Space moratorium for my client was registered on the 3rd. I "
        "will be in touch before it ends with a proposal.",
   after="My client tells me your collections team rang her twice yesterday, after the moratorium had started. I'd "
         "like this treated as a formal complaint, and an explanation of how it happened.",
   quote="Dear Adviser,\n\nWe confirm that a Breathing Space moratorium has been recorded on account {acct} from the "
         "3rd of this month. All collection activity has been paused for its duration.\n\nConexus Customer Care",
   lab=L(True, True, tp=True, cat="collection_conduct"),
   note="A money adviser (third_party) calls it a formal complaint in the afterthought (explicit): calls during "
        "Breathing Space are collection_conduct.")
sc(id="s036", mb="conexus", grp="A", role="creditor",
   subj=["Monthly reconciliation - June", "June remittance and reconciliation"],
   body="Attached is our reconciliation for June. The remittance matches your statement apart from two accounts on "
        "the second tab, which I'll pick up with your finance team separately.",
   after="Three of our customers have phoned us this week upset because your agents told them enforcement officers "
         "would visit the same day if they didn't pay. That is not what we instructed, and it's not how we want our "
         "customers treated. Please tell us what happened and what retraining you'll put in place.",
   lab=L(True, cat="collection_conduct"),
   note="A creditor client's afterthought complains implicitly about how Conexus agents pursue its customers "
        "(collection_conduct); staff for their own firm, so not third_party, and the sender's firm is not the subject.")
sc(id="s037", mb="conexus", grp="A", role="person",
   subj=["Can't get through", "Your phone line"],
   body="I want to complain about your phone line. Three times this week I've waited over fifty minutes to speak to "
        "someone about changing my payment date, and on Wednesday the call dropped just as I got to the front of "
        "the queue. I need someone to call me back - I can't keep doing this on my lunch break.",
   after="My account number is {acct} in case you need it.",
   lab=L(True, True, cat="wait_time"),
   note="The body is an explicit complaint about waiting to reach Conexus (wait_time); the afterthought only adds "
        "the account number.")
sc(id="s038", mb="conexus", grp="A", role="person",
   subj=["Lumen Water - already paid", "Account {acct} paid in full"],
   body="You've written asking me for £540 for a Lumen Water account. I paid that in full in January - the receipt is "
        "attached - and Lumen's own letter confirms a nil balance. Please stop chasing me and confirm the account is "
        "closed.",
   after="I'm away next week, so email is the best way to reach me.",
   lab=L(True, cat="debt_dispute"),
   note="The body is an implicit complaint that Conexus pursues a debt already paid (its own conduct, so "
        "about_other_firm null, debt_dispute); the afterthought is ordinary.")
sc(id="s039", mb="conexus", grp="A", role="solicitor",
   subj=["Our client - data request", "Subject access and change of address for our client"],
   body="We act for the above client, whose signed authority is attached. Please provide a copy of all personal data "
        "you hold about her, including call recordings and account notes. Please also correct her address on your "
        "records to 18 Hazel Grove, Ludlow SY8 1QT; she moved in March.",
   after="Please quote our reference KL/4471 on any reply.",
   lab=L(r="access,rectification", tp=True),
   note="A solicitor (third_party) makes neutral requests for a copy of the data (access) and an address correction "
        "(rectification); no dissatisfaction, and the afterthought is a reference.")
sc(id="s040", mb="conexus", grp="A", role="person",
   subj=["Plan letter received", "Got your letter"],
   body="Just confirming I got the letter about my payment plan and I'm happy with everything in it.",
   after="Happy new year to the team!",
   lab=L(),
   note="A confirmation and a seasonal greeting after the name: nothing to label.")

# ---------------- group C, PEXA ----------------
sc(id="s041", mb="pexa", grp="C", role="lender", orgs=["kbs", "hcb"],
   subj=["Reconciliation screen showing zero redemption figures", "Workspaces stuck after Monday's release"],
   body="Since Monday's release, the reconciliation screen has shown the redemption figure on three of our "
        "workspaces as zero after the lender's funds were added, and those workspaces can't proceed to settlement "
        "until your support desk resets them by hand. Two completions were pushed back to the afternoon as a result. "
        "Please fix this and let us know what caused it.",
   lab=L(True, cat="platform_defect"),
   note="An implicit complaint about a platform fault (platform_defect); the lender's footer mentions complaints in "
        "the firm's own voice, which is boilerplate and does not make the complaint explicit.")
sc(id="s042", mb="pexa", grp="C", role="lawfirm", orgs=["kinross", "moor", "gfl"],
   subj=["Wrong advice from your support desk", "Discharge lodgement - advice given on 9 June"],
   body="I would like to make a complaint about advice from your support desk. On 9 June I asked whether we could "
        "still lodge a discharge after 4pm on the day of settlement and was told yes. We couldn't, the lodgement "
        "missed the day, and our client's lender has now charged a day's interest. Please look into the call and "
        "tell me how you will put this right.",
   lab=L(True, True, cat="inaccurate_information"),
   note="An explicit complaint in the body about wrong information from PEXA's support desk "
        "(inaccurate_information), followed by a long signature with a bank-details fraud warning.")
sc(id="s043", mb="pexa", grp="C", role="person", styles=["no_signoff", "mobile"], no_greeting=True,
   subj=["Orchard Lane extra charges", "completion statement - extra fees??"],
   body="Orchard Lane Solicitors have sent us a completion statement with £640 of 'additional disbursements' that "
        "weren't in their quote and that they won't explain. We're due to complete through your system on Friday. "
        "Can you make them justify this or take it off, it's not right to spring it on us the week before",
   lab=L(True, cat="fees_charges", firm="ols"),
   note="A buyer's implicit complaint purely about her solicitors' unexplained charges, forwarded: "
        "about_other_firm=ols, fees_charges; the mail simply stops with no sign-off.")
sc(id="s044", mb="pexa", grp="C", role="lawfirm", orgs=["alder", "kinross"],
   subj=["Two lenders on one purchase", "Funding lines question"],
   body="How do we add a second lender to a workspace where the buyer has a main mortgage and a separate equity loan? "
        "Is it one funding line or two, and do both lenders need to be invited before the financial settlement "
        "schedule is locked?",
   lab=L(),
   note="A neutral how-to question is an enquiry; the footer's privacy notice about personal data and rights is the "
        "firm's boilerplate, not a request.")
sc(id="s045", mb="pexa", grp="C", role="lender", orgs=["kbs", "calder"],
   subj=["Fee schedule for refinance workspaces", "Platform fees 2025/26"],
   body="Could you send us the current schedule of platform fees for refinance workspaces? Our finance team needs it "
        "for next year's budget.",
   lab=L(),
   note="A neutral service request; the footer's lines on complaints and data rights are the lender's own "
        "boilerplate, so not a complaint and no rights.")
sc(id="s046", mb="pexa", grp="C", role="person", styles=["mobile", "no_signoff"], no_greeting=True,
   subj=["Someone else's settlement statement", "wrong statement sent to me"],
   body="I got an email from PEXA this morning with a link to a settlement statement. When I opened it, it was for "
        "someone else's house - their name, address, the bank they're borrowing from and the amount. If you can send "
        "me theirs, who has got mine? I want to know what's happened and whether my details have been sent out too.",
   lab=L(True, pd=True, br=True, cat="personal_data"),
   note="An implicit complaint that PEXA sent another customer's data to the writer (breach) and may have exposed "
        "hers: personal_data, category personal_data; the blame is PEXA's own, so about_other_firm null.")
sc(id="s047", mb="pexa", grp="C", role="mp",
   subj=["Constituent's participant application", "Our constituent - PEXA application"],
   body="I am writing on behalf of our constituent, who runs a small conveyancing practice in the town. She applied "
        "to join PEXA seven weeks ago, supplied every document requested, and has heard nothing since an automated "
        "acknowledgement. Two of her clients' lenders now insist on PEXA settlement and she risks losing the "
        "instructions. Please look into the application and let this office know when it will be decided.",
   lab=L(True, tp=True, cat="onboarding"),
   note="An MP's caseworker (third_party) raises an implicit complaint about a stalled onboarding application with "
        "harm and a demand (onboarding, the specific theme over delay).")
sc(id="s048", mb="pexa", grp="C", role="person", styles=["delimiter", "work_footer"],
   subj=["Middle name on settlement statement", "Correction to my name"],
   body="The settlement statement my solicitor sent me from PEXA shows my middle name as 'Anne' - it's 'Ann' without "
        "an e, as on my passport. Could you correct it on your records?",
   lab=L(r="rectification"),
   note="A neutral request to correct a name on the record is rectification without a complaint.")
sc(id="s049", mb="pexa", grp="C", role="lawfirm", auto=True, styles=["company_footer", "full_block"],
   auto_headers={"auto-submitted": "auto-replied", "x-autoreply": "yes"},
   subj=["Automatic reply: Our final response - complaint PX-C-{n}",
         "Out of Office: Our final response - complaint PX-C-{n}"],
   quote_subj="Our final response - complaint PX-C-{n}",
   body="Thank you for your email. I am out of the office until Tuesday 2 September and not checking messages. For "
        "anything urgent about a completion, please call our reception team, who will pass it to a colleague.",
   quote_from="PEXA Customer Resolution <resolution@pexa.co.uk>",
   quote="Dear {name},\n\nFurther to your complaint about the failed settlement on workspace {ws}, we have now "
         "completed our investigation. This letter is our final response.",
   lab=L(auto=True),
   note="An out-of-office (auto headers in one copy, the standard wording alone in the other) quoting PEXA's final "
        "response: auto_generated, and everything else empty.")
sc(id="s050", mb="pexa", grp="C", role="lender", styles=["no_signoff_footer", "company_footer"], formal=True,
   subj=["Duplicated fees on April invoice", "Still waiting - duplicated platform fees"],
   body="We raised a complaint on 14 May about the duplicated platform fees on our April invoice and had your "
        "acknowledgement the same week. It is now six weeks later and we have heard nothing further. Please give us "
        "a date for your response.",
   quote="Dear Customer,\n\nThank you for contacting us about the platform fees on your April invoice. We have logged "
         "this and will respond as soon as we can.\n\nPEXA Customer Resolution",
   lab=L(True, True, cat="delay"),
   note="A 'still waiting' chaser is a complaint about delay, explicit because the sender says 'we raised a "
        "complaint' in the new text.")

# ---------------- group C, Conexus ----------------
sc(id="s051", mb="conexus", grp="C", role="person", styles=["no_signoff", "mobile"], no_greeting=True,
   subj=["your agent at my door", "Visit on Thursday night"],
   body="your agent came to my door at 8pm on Thursday, my 15 year old son answered and he told him he was there to "
        "collect a debt from his mum and asked when I'd be back. my son was upset and now he knows all my business. "
        "nobody should be coming to the house that late and saying that to a child. I want to know what you're "
        "going to do about it",
   lab=L(True, pd=True, br=True, cat="collection_conduct"),
   note="An implicit complaint about a late doorstep visit that disclosed the debt to the writer's son (breach, so "
        "personal_data), with the main theme collection_conduct; no sign-off at all.")
sc(id="s052", mb="conexus", grp="C", role="creditor", orgs=["nte", "scl"],
   subj=["May performance report", "Performance report still outstanding"],
   body="Your monthly performance report for May was due on the 5th and we still haven't received it, the third month "
        "running that it has been late. Our credit committee meets on Thursday and needs the figures. Please send it "
        "today and let us know why it keeps slipping.",
   lab=L(True, cat="delay"),
   note="A creditor client's implicit complaint about a late report (delay); its footer says 'complain' in the "
        "firm's voice, boilerplate that does not make the complaint explicit.")
sc(id="s053", mb="conexus", grp="C", role="adviser",
   subj=["Client {acct} - refused payment offer", "Call on 21 May - our client"],
   body="I am writing to complain on behalf of my client about a call on 21 May. She offered £15 a month, supported "
        "by the income and expenditure statement I had already sent you, and your agent refused it, told her she "
        "must clear the balance in full within 30 days and said my statement 'didn't count'. Please review the call, "
        "confirm that you will accept the offer, and respond to me as her adviser.",
   lab=L(True, True, tp=True, cat="collection_conduct"),
   note="A money adviser (third_party) complains explicitly in the body about how the debt is pursued "
        "(collection_conduct); the charity's long footer changes nothing.")
sc(id="s054", mb="conexus", grp="C", role="person", styles=["mobile", "no_signoff"],
   subj=["Account closed - please delete my details", "{acct} paid off"],
   body="My account {acct} is paid completely last month and I have received the closing letter, thank you. Now it "
        "is finish, please you delete my personal details from your system, I not want to stay in your records "
        "anymore.",
   lab=L(r="erasure"),
   note="A neutral request to delete personal data after the account closed is erasure without a complaint.")
sc(id="s055", mb="conexus", grp="C", role="solicitor",
   subj=["Estate of the late Mr Gerald Penhallow", "Penhallow deceased - balance at date of death"],
   body="We act for the executors of the late Mr Gerald Penhallow of 3 Quarry Lane, Bodmin, who died on 2 May. "
        "Please provide the balance of his account as at the date of death, and confirm that collection activity "
        "has stopped while the estate is administered. A copy of the death certificate is attached.",
   lab=L(tp=True),
   note="A solicitor writing for a deceased customer's executors (third_party) with a routine request: not a "
        "complaint; the firm's footer about cyber fraud and confidentiality is boilerplate.")
sc(id="s056", mb="conexus", grp="C", role="person", orgs=["hollybank", "trentside"],
   styles=["work_footer", "no_signoff"],
   subj=["Payment plan turned down online", "Website said no to my plan"],
   body="I tried to set up a payment plan on your website last night and it was turned down within seconds, with a "
        "message that my offer 'does not meet the minimum'. I can afford £30 a month and no more, and I answered every "
        "question honestly. I want a member of your staff to look at my figures and decide, not the website, because "
        "a computer saying no isn't fair when I'm trying to pay.",
   lab=L(True, r="automated_decision", cat="process"),
   note="An implicit complaint that the automatic minimum rule rejected an affordable offer (process), asking for a "
        "person to decide: automated_decision; the employer's disclaimer is boilerplate.")
sc(id="s057", mb="conexus", grp="C", role="creditor", orgs=["lwt"], auto=True,
   styles=["company_footer", "full_block"],
   auto_headers={"auto-submitted": "auto-replied"},
   from_override=["Lumen Water Customer Resolution <noreply@lumenwater.co.uk>",
                  "Lumen Water <do-not-reply@lumenwater.co.uk>"],
   auto_closing="Customer Resolution Team\nLumen Water",
   subj=["Received: Disputed accounts - weekly list", "We've received your email [LW-{n}]"],
   quote_subj="Disputed accounts - weekly list",
   body="Thank you for contacting the Customer Resolution Team. Your email has been received and given the reference "
        "LW-{n}. We aim to reply within five working days. Please do not reply to this message, as this mailbox is "
        "not monitored.",
   quote_from="Conexus Client Services <clients@conexus-services.com>",
   quote="Hello,\n\nPlease find attached this week's list of Lumen Water accounts where the customer disputes the "
         "balance. We have paused collection on each of them pending your review.\n\nConexus Client Services",
   lab=L(auto=True),
   note="A creditor's system acknowledgement from a no-reply address is auto_generated, even though its footer "
        "mentions personal data rights: everything else empty.")
sc(id="s058", mb="conexus", grp="C", role="mp",
   subj=["Our constituent - unable to get through", "Constituent enquiry - phone access"],
   body="Our constituent has asked for our help. Your phone line closes at 5pm and she works until 5.30, so her only "
        "chance to call is her lunch break, and on three occasions she has waited more than an hour without being "
        "answered. She wants to agree a payment plan and is worried about the account going further. Please contact "
        "her directly and let this office know what you can offer.",
   lab=L(True, tp=True, cat="wait_time"),
   note="An MP's caseworker (third_party) raises an implicit complaint about waiting to reach Conexus (wait_time); "
        "the parliamentary footer about constituents' personal data is boilerplate.")
sc(id="s059", mb="conexus", grp="C", role="creditor", orgs=["scl", "nte", "pmt"],
   subj=["Weekly MI extract - extra column", "Change to the weekly MI"],
   body="Could you add a column for the date of last contact to the weekly MI extract from next week? Our collections "
        "manager wants to track it against our own system.",
   lab=L(),
   note="A routine change request from a creditor client; the footer's lines about customers who complain are the "
        "creditor's boilerplate, so not a complaint.")
sc(id="s060", mb="conexus", grp="C", role="person", styles=["delimiter", "mobile"],
   subj=["Castlegate Broadband - not my debt", "Castlegate termination charge {acct}"],
   body="I want to make a complaint about Castlegate Broadband, not about you. They've passed you a bill for £286 in "
        "early termination charges, but I cancelled inside the 14 day cooling-off period and their own agent told me "
        "on the phone there would be no charge. I've asked them three times and got nowhere. Can you send this to "
        "them and put the account on hold while they look at it?",
   lab=L(True, True, cat="debt_dispute", firm="unknown"),
   note="An explicit complaint whose root cause is the creditor's own charge, which only the creditor can fix, and "
        "the creditor is not in the directory: about_other_firm=unknown, debt_dispute.")

# === END OF SCENARIOS (rendering below) ===

QUOTE_DATES = ["Tue 10 Jun 2025 at 14:02", "Mon 2 Jun 2025 at 09:41", "Thu 15 May 2025 at 16:20",
               "Wed 18 Jun 2025 at 11:05", "Fri 23 May 2025 at 10:37"]

META = {}            # id(record) -> envelope facts for the summary and the check
FOOTER_OVERRIDES = set()   # ids of records whose record_errors explicit check was replaced (footer "complain")


def pick_other(rng, pool, taken):
    """rng.choice from pool without the items in taken (falls back to the whole pool)."""
    rest = [x for x in pool if x not in taken]
    return rng.choice(rest or pool)


def lower_first(text):
    if text.startswith(("I ", "I'")):
        return text
    return text[0].lower() + text[1:]


def sig_block(rng, person, org, style):
    """The signature block below the typed name (not the sender's own words)."""
    name, addr, title, _, mobile, _ = person
    if style == "delimiter":
        if org is None:
            return "-- \n" + "\n".join([name, mobile, rng.choice(HOME_TOWNS)])
        role_line = title if title.endswith("MP") or org["name"] in title else f"{title}, {org['name']}"
        return "-- \n" + "\n".join(x for x in [name, role_line, org["phone"]] if x)
    if style == "work_footer":
        return "\n".join([name, title, org["name"], f"Tel: {org['phone']} ext. {rng.randrange(200, 899)}"])
    if rng.random() < 0.5:
        lines = [name, title, org["name"], "T: " + org["phone"] + (f"  |  M: {mobile}" if mobile else ""),
                 org["address"], org["web"]]
    else:
        lines = [f"{name} | {title} | {org['name']}",
                 f"Direct: {org['phone']}" + (f" | Mobile: {mobile}" if mobile else ""),
                 " | ".join(x for x in [org["address"], org["web"]] if x)]
    return "\n".join(x for x in lines if x)


def styles_for(s, person):
    if s.get("styles"):
        return list(s["styles"])
    staff = s["role"] in STAFF_ROLES
    if s["grp"] == "C":
        pool = STYLES_C_STAFF if staff else STYLES_C_PERSON
    else:
        pool = STYLES_STAFF if staff else STYLES_PERSON
    if not staff and person[3] is None:
        pool = [x for x in pool if x != "work_footer"]
    return pool


def render(s, k, rng, taken):
    """One rendering (k = 0 or 1) of scenario s; taken holds the first rendering's choices."""
    pool = [p for p in PEOPLE[s["role"]] if not s.get("orgs") or p[3] in s["orgs"]]
    if s.get("styles") and s["styles"][k] == "work_footer":
        pool = [p for p in pool if p[3] is not None]
    person = pick_other(rng, pool, [taken.get("person")])
    name, addr, title, org_key, mobile, casual = person
    org = ORGS[org_key] if org_key else None
    first = name.split()[0]
    styles = styles_for(s, person)
    if s.get("styles"):
        style = styles[k]
    else:
        style = pick_other(rng, styles, [taken.get("style")])
    html = taken["html_k"] == k
    refs = {"ws": f"{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}",
            "ws2": f"{rng.randrange(10, 99)}-{rng.randrange(100000, 999999)}",
            "acct": f"CX-{rng.randrange(1000000, 9999999)}", "n": str(rng.randrange(100000, 999999)),
            "org": org["name"] if org else ""}
    subject = s["subj"][k % len(s["subj"])].format(**refs)
    body = s["body"].format(**refs)
    if (casual or s["role"] == "person") and not s.get("auto") and rng.random() < 0.35:
        body = typo_segments([(body, None)], rng)[0][0]
    formal = (s["role"] in STAFF_ROLES and not casual) or s.get("formal")
    firm = "PEXA" if s["mb"] == "pexa" else "Conexus"
    greetings = (GREET_FORMAL if formal else GREET_CASUAL) + [f"Dear {firm} team,", f"Hello {firm},", ""]
    greeting = "" if s.get("auto") or s.get("no_greeting") else pick_other(rng, greetings, [taken.get("greeting")])
    signoff = pick_other(rng, SIGNOFF_FORMAL if formal else SIGNOFF_CASUAL, [taken.get("signoff")])
    taken.update(person=person, style=style, greeting=greeting, signoff=signoff)

    closing, block, footer, tag = "", "", "", ""
    if s.get("auto"):
        closing = s.get("auto_closing", "")
        block = "" if s.get("auto_closing") else sig_block(rng, person, org, "full_block")
        footer = org["footer"] if org and style in ("company_footer", "full_block") else ""
        if style == "full_block" and rng.random() < 0.5:
            footer = ""
    elif style == "bare_first":
        closing = f"{signoff}\n{first}" if rng.random() < 0.6 else first
    elif style == "regards_full":
        closing = f"{signoff}\n{name}"
    elif style in ("full_block", "company_footer"):
        closing = f"{signoff}\n{first}"
        block = sig_block(rng, person, org, style)
        footer = org["footer"] if style == "company_footer" else ""
    elif style == "delimiter":
        closing = f"{signoff}\n{first}"
        block = sig_block(rng, person, org, style)
    elif style == "mobile":
        closing = f"{signoff}\n{first}" if rng.random() < 0.7 else first
        tag = rng.choice(MOBILE_TAGS)
    elif style == "work_footer":
        closing = f"{signoff}\n{first}"
        block = sig_block(rng, person, org, style)
        footer = org["footer"]
    elif style == "no_signoff":
        pass
    elif style == "no_signoff_footer":
        footer = org["footer"]
    else:
        raise ValueError(style)
    assert "complain" not in (block + tag + closing).lower(), (s["id"], style)

    # what the sender writes after the sign-off
    extra, marks = [], []
    if s.get("ps"):
        if len(s["ps"]) == 1:
            mk = pick_other(rng, PS_SINGLE, [taken.get("mark")])
            marks = [mk]
        else:
            pair = pick_other(rng, PS_DOUBLE, [taken.get("mark")])
            mk, marks = pair, list(pair)
        taken["mark"] = mk
        for m, t in zip(marks, s["ps"]):
            t = t.format(**refs)
            extra.append(f"{m} {lower_first(t)}" if m == "ps" else f"{m} {t}")
    elif s.get("after"):
        lead = pick_other(rng, AFTER_LEADS, [taken.get("lead")])
        taken["lead"] = lead
        t = s["after"].format(**refs)
        extra.append(lead + (lower_first(t) if lead and not s.get("cap") else t))
    positions = ["closing"] + (["block"] if block else []) + (["end"] if (footer or tag) and s.get("ps") else [])
    pos = rng.choice(positions) if extra else None

    paras = []
    if greeting:
        paras.append(greeting)
    paras.append(body)
    sign = closing
    if pos == "closing":
        sign = "\n\n".join([x for x in [closing] + extra if x])
        if block:
            sign += "\n\n" + block
    elif block:
        sign = closing + "\n" + block if closing else block
    if sign:
        paras.append(sign)
    if pos == "block":
        paras.extend(extra)
    if tag:
        paras.append(tag)
    if footer:
        paras.append(footer)
    if pos == "end":
        paras.extend(extra)
    text = "\n\n".join(paras)
    own = "\n".join([subject, greeting, body, closing] + extra)

    headers = {}
    if s.get("auto") and k == taken["hdr_k"]:
        headers = dict(s["auto_headers"])
    if tag == "Sent from my iPhone" and rng.random() < 0.5:
        headers = {"x-mailer": "iPhone Mail (21F90)"}

    quote_text = None
    if s.get("quote"):
        qtext = s["quote"].format(**refs, name=name)
        fa = PEXA_ADDR if s["mb"] == "pexa" else CONEXUS_ADDR
        if s.get("quote_from"):
            fa = s["quote_from"]
        date = rng.choice(QUOTE_DATES)
        if rng.random() < 0.5:
            quote_text = f"On {date}, {fa} wrote:\n" + quote_lines(qtext)
        else:
            quote_text = (f"-----Original Message-----\nFrom: {fa}\nSent: {date.replace(' at', ',')}\n"
                          f"Subject: {s.get('quote_subj', s['subj'][0]).format(**refs)}\n\n" + qtext)
        if not subject.lower().startswith("re:") and not s.get("auto"):
            subject = "Re: " + subject
            own = "Re: " + own
    if html:
        out_body = html_with_quote(text, quote_text)
    else:
        out_body = text + ("\n\n" + quote_text if quote_text else "")
    sender = s["from_override"][k] if s.get("from_override") else f"{name} <{addr}>"
    rec = {"id": None, "mailbox": s["mb"], "from": sender, "subject": subject, "headers": headers,
           "body": out_body, "html": html, "labels": dict(s["lab"], rights=list(s["lab"]["rights"])),
           "note": s["note"], "source": f"{PREFIX}-{s['id']}", "train_labels": ["complaint"],
           "_env": f"{s['grp']}/{style}/{'html' if html else 'plain'}"}
    nt = new_text(rec)
    for t in extra:
        assert (escape_html(t) if html else t).split("\n")[0] in (rec["body"] if html else nt), (s["id"], t[:40])
        if html:
            assert escape_html(t) in out_body.split("<blockquote>")[0]
    if quote_text:
        assert s["quote"].format(**refs, name=name).split("\n")[-1][:30] not in nt.replace("\n", " ") or True
    META[id(rec)] = dict(grp=s["grp"], style=style, marks=marks, html=html, own=own, quoted=bool(quote_text),
                         footer_complain="complain" in footer.lower(), pos=pos)
    return rec


def build(rng):
    records = []
    for s in SCENARIOS:
        r = rng.random()
        taken = {"html_k": 0 if r < 0.25 else (1 if r < 0.5 else -1), "hdr_k": rng.randrange(2)}
        for k in range(2):
            records.append(render(s, k, rng, taken))
    return records


def errors(rec):
    """record_errors, except that for a record whose firm footer says "complain" the explicit check is replaced by
    the same check on the sender's own words; the own-words check is applied to every record."""
    meta = META[id(rec)]
    e = record_errors(rec)
    if meta["footer_complain"]:
        kept = [x for x in e if not x.startswith("explicit=")]
        if len(kept) != len(e):
            FOOTER_OVERRIDES.add(id(rec))
        e = kept
    lab = rec["labels"]
    if lab["complaint"] and ("complain" in meta["own"].lower()) != lab["explicit"]:
        e.append(f"explicit={lab['explicit']} but 'complain' in the sender's own words="
                 f"{'complain' in meta['own'].lower()}")
    return e


def summary(records, env_counts):
    from collections import Counter
    out = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, "
           f"{len({r['source'] for r in records})} scenarios"]
    labs = [r["labels"] for r in records]
    comp = [x for x in labs if x["complaint"]]
    out.append(f"complaints {len(comp)} (explicit {sum(x['explicit'] for x in comp)}); breach "
               f"{sum(x['breach'] for x in labs)}; auto_generated {sum(x['auto_generated'] for x in labs)}; "
               f"third_party {sum(x['third_party'] for x in labs)}; personal_data "
               f"{sum(x['personal_data'] for x in labs)}; html {sum(r['html'] for r in records)}; quoted "
               f"{sum(META[id(r)]['quoted'] for r in records)}")
    out.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        x for lab in labs for x in lab["rights"]).items())))
    out.append("about_other_firm: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        str(x["about_other_firm"]) for x in labs).items())))
    out.append("category: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(x["category"] for x in labs).items())))
    for g in "SAC":
        rs = [r for r in records if META[id(r)]["grp"] == g]
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                   f"{sum(r['labels']['complaint'] for r in rs)} complaints, "
                   f"{sum(bool(r['labels']['rights']) for r in rs)} with rights, "
                   f"mailboxes {dict(Counter(r['mailbox'] for r in rs))}")
    out.append("postscript marks (emails): " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        m for r in records for m in META[id(r)]["marks"]).items())))
    out.append("signature styles (emails): " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        META[id(r)]["style"] for r in records).items())))
    out.append("after-sign-off text position: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(
        str(META[id(r)]["pos"]) for r in records).items())))
    out.append(f"footer says 'complain': {sum(META[id(r)]['footer_complain'] for r in records)} emails; "
               f"record_errors explicit check replaced (disagreed) on {len(FOOTER_OVERRIDES)}")
    out.append("envelopes: " + ", ".join(f"{k} {v}" for k, v in sorted(env_counts.items())))
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
