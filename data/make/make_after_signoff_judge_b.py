#!/usr/bin/env python3
"""Judge set B: what people write AFTER their sign-off (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain/HTML,
greeting, sign-off, signature style, sometimes a quoted reply below): 120 emails.

* Group S (sab-s001..s026): a postscript after the sign-off and signature ("PS", "P.S.", "P.S:", "PS -", "ps",
  and second postscripts "PPS" / "P.P.S."), sometimes after a full signature block or company footer.
* Group A (sab-a001..a014): an afterthought after the sign-off without a postscript mark.
* Group C (sab-c001..c020): controls: the matter sits in the body, followed by long signatures, footers and
  disclaimers (some in the firm's voice mentioning complaints, personal data or rights), or no sign-off at all.

Labels follow /work/shared/labelling/labelling-guide.md and are decided per scenario (both renderings share them).
`explicit` follows the sender's own words only (subject, body, postscript, afterthought), never a footer,
disclaimer or quoted mail. Where a firm's footer says "complain" on an implicit complaint, record_errors'
explicit check (which reads the footer as new text) is replaced for that record by the same check on the
sender's own words (see `errors`).

Usage: .venv/bin/python data/make/make_after_signoff_judge_b.py
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (QUOTE_START, escape_html, html_with_quote, new_text, quote_lines,  # noqa: E402
                           record_errors, run_generator, short_labels as L)

SEED = 20280202
PREFIX = "sab"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "after_signoff_judge_b.jsonl")

# ---------------------------------------------------------------------------------------------
# organisations: signature details and the footer each one's mail server appends

ORGS = {
    "hcb": dict(name="Heathcote Bank", dom="heathcotebank.co.uk", phone="0113 496 0271", web="www.heathcotebank.co.uk",
                addr="1 Market Square, Leeds LS1 6DB",
                titles=["Mortgage Completions Manager", "Senior Completions Officer", "Head of Mortgage Operations"],
                footer="Heathcote Bank plc. Registered in England and Wales no. 04417720. Registered office: 1 Market "
                       "Square, Leeds LS1 6DB. Authorised by the Prudential Regulation Authority and regulated by the "
                       "Financial Conduct Authority and the Prudential Regulation Authority (FRN 301874).\n"
                       "This email is confidential and intended only for the addressee. If you have received it in "
                       "error, please tell the sender and delete it.\n"
                       "Unhappy with our service? You can complain to us at complaints@heathcotebank.co.uk and, if we "
                       "cannot resolve things, you may be able to refer your complaint to the Financial Ombudsman "
                       "Service."),
    "ols": dict(name="Orchard Lane Solicitors", dom="orchardlanesolicitors.co.uk", phone="0161 496 0240",
                web="www.orchardlanesolicitors.co.uk", addr="3 Orchard Lane, Stockport SK1 3EJ",
                titles=["Associate Solicitor", "Completions Paralegal", "Senior Conveyancing Executive"],
                footer="Orchard Lane Solicitors is authorised and regulated by the Solicitors Regulation Authority "
                       "(SRA no. 612093). A list of partners is available at our registered office, 3 Orchard Lane, "
                       "Stockport SK1 3EJ.\n"
                       "CYBER CRIME WARNING: we will never tell you about a change to our bank details by email. "
                       "Before transferring any money to us, call your case handler on a number you already know to "
                       "confirm our account details.\n"
                       "If you are unhappy with our service, please see our complaints procedure at "
                       "orchardlanesolicitors.co.uk/complaints. You may also be able to complain to the Legal "
                       "Ombudsman."),
    "gfl": dict(name="Greyfriars Law LLP", dom="greyfriarslaw.co.uk", phone="0131 496 0830",
                web="www.greyfriarslaw.co.uk", addr="8 Greyfriars Place, Edinburgh EH1 2QQ",
                titles=["Partner, Residential Property", "Senior Associate", "Property Paralegal"],
                footer="Greyfriars Law LLP is a limited liability partnership registered in Scotland (SO306112), "
                       "registered office 8 Greyfriars Place, Edinburgh EH1 2QQ, regulated by the Law Society of "
                       "Scotland.\n"
                       "Privacy notice: we process personal data in accordance with the UK GDPR. You have the right "
                       "to request access to, correction of or deletion of your personal data, and to object to its "
                       "processing. Details are in our privacy notice at greyfriarslaw.co.uk/privacy.\n"
                       "This message is confidential and may be legally privileged."),
    "mpc": dict(name="Marsh & Penrose Conveyancing", dom="marshpenrose.co.uk", phone="01392 440 130",
                web="www.marshpenrose.co.uk", addr="22 Southernhay East, Exeter EX1 1QS",
                titles=["Conveyancing Executive", "Post-Completion Team Leader", "Licensed Conveyancer"],
                footer="Marsh & Penrose Conveyancing Ltd, 22 Southernhay East, Exeter EX1 1QS. Registered in England "
                       "no. 08841275. Regulated by the Council for Licensed Conveyancers.\n"
                       "We hold and use personal data to provide our conveyancing services. To find out how we use "
                       "your information and about your data protection rights, see marshpenrose.co.uk/privacy.\n"
                       "Beware of email fraud: our bank details will not change during your transaction."),
    "tvm": dict(name="Thames Valley Mortgages", dom="tvmortgages.co.uk", phone="0118 496 0462",
                web="www.tvmortgages.co.uk", addr="Station House, Forbury Road, Reading RG1 1AQ",
                titles=["Head of Completions", "Operations Manager, Lending"],
                footer="Thames Valley Mortgages is a trading name of TVM Lending Ltd, registered in England no. "
                       "07113390, Station House, Forbury Road, Reading RG1 1AQ. Authorised and regulated by the "
                       "Financial Conduct Authority (FRN 612448).\n"
                       "The information in this email is confidential and may be privileged. If you are not the "
                       "intended recipient you must not copy, distribute or act on it."),
    "bhf": dict(name="Beacon Home Finance", dom="beaconhomefinance.co.uk", phone="0345 600 7730",
                web="www.beaconhomefinance.co.uk", addr="Beacon Point, 20 Harbour Street, Bristol BS1 4QA",
                titles=["Regional Operations Manager", "Completions Team Leader", "Senior Mortgage Administrator"],
                footer="Beacon Home Finance Ltd. Registered office: Beacon Point, 20 Harbour Street, Bristol BS1 4QA. "
                       "Registered in England and Wales no. 05528190. Authorised and regulated by the Financial "
                       "Conduct Authority.\n"
                       "How we use your information: Beacon Home Finance processes personal data as a controller. "
                       "You have rights to access your data, to have it corrected and to object to its use for "
                       "marketing. To exercise them, or to complain about how we handle your data, contact "
                       "dataprotection@beaconhomefinance.co.uk.\n"
                       "FRAUD WARNING: Beacon will never ask you to move money to a 'safe account'."),
    "kbs": dict(name="Kestrel Building Society", dom="kestrelbs.co.uk", phone="0300 123 4455",
                web="www.kestrelbs.co.uk", addr="Kestrel House, 14 Abbey Road, Northampton NN1 5AX",
                titles=["Completions Manager", "Mortgage Servicing Supervisor"],
                footer="Kestrel Building Society, Kestrel House, 14 Abbey Road, Northampton NN1 5AX. Authorised by "
                       "the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the "
                       "Prudential Regulation Authority (FRN 206119).\n"
                       "CONFIDENTIALITY: This email and any attachments are confidential and intended solely for the "
                       "named recipient. If you have received it in error, please notify the sender immediately and "
                       "delete it. Any unauthorised use or disclosure is strictly prohibited and may be a breach of "
                       "confidence."),
    "hartwell": dict(name="Hartwell & Moss Conveyancing", dom="hartwellmoss.co.uk", phone="01743 555 021",
                     web="www.hartwellmoss.co.uk", addr="14 Bridge Street, Shrewsbury SY1 1PW",
                     titles=["Senior Conveyancer", "Completions Manager", "Accounts Supervisor"],
                     footer="Hartwell & Moss Conveyancing Ltd | 14 Bridge Street, Shrewsbury SY1 1PW | Registered in "
                            "England no. 09377514 | Regulated by the Council for Licensed Conveyancers\n"
                            "*** PROTECT YOURSELF FROM FRAUD *** Criminals are targeting property transactions. Our "
                            "bank details will NEVER change during a transaction and we will never email you new "
                            "account details. If you receive such an email, do not reply: call us on 01743 555 021."),
    "fennick": dict(name="Fennick Legal", dom="fennicklegal.co.uk", phone="01904 555 318", web="www.fennicklegal.co.uk",
                    addr="2 Minster Yard Chambers, York YO1 7HH", titles=["Principal Solicitor"],
                    footer="Fennick Legal is the trading name of Harriet Fennick, sole practitioner, authorised and "
                           "regulated by the Solicitors Regulation Authority (SRA no. 561203).\n"
                           "This email is confidential. If it has reached you in error, please delete it and let me "
                           "know."),
    "quayside": dict(name="Quayside Property Lawyers", dom="quaysidelaw.co.uk", phone="01792 555 640",
                     web="www.quaysidelaw.co.uk", addr="9 Harbour Walk, Swansea SA1 1UN",
                     titles=["Conveyancing Assistant", "Property Lawyer"],
                     footer="Quayside Property Lawyers | 9 Harbour Walk, Swansea SA1 1UN | Authorised and regulated "
                            "by the Solicitors Regulation Authority (SRA no. 640921)"),
    "ashdown": dict(name="Ashdown Property Law LLP", dom="ashdownlaw.co.uk", phone="01273 555 904",
                    web="www.ashdownlaw.co.uk", addr="31 Ship Street, Brighton BN1 1AD",
                    titles=["Trainee Conveyancer", "Conveyancing Assistant"],
                    footer="Ashdown Property Law LLP is authorised and regulated by the Solicitors Regulation "
                           "Authority (SRA no. 602877). Registered in England and Wales no. OC399120."),
    "rowan": dict(name="Rowan Gate Legal", dom="rowangatelegal.co.uk", phone="0114 496 0517",
                  web="www.rowangatelegal.co.uk", addr="40 Chapel Walk, Sheffield S1 2PD",
                  titles=["Senior Conveyancer", "Residential Property Solicitor"],
                  footer="Rowan Gate Legal Ltd is authorised and regulated by the Solicitors Regulation Authority "
                         "(SRA no. 8003417). Registered office: 40 Chapel Walk, Sheffield S1 2PD.\n"
                         "Privacy: we handle personal data in line with our privacy notice at "
                         "rowangatelegal.co.uk/privacy, which explains your rights, including the right to ask for a "
                         "copy of your data.\n"
                         "This email may contain privileged information and is intended for the addressee only."),
    "linden": dict(name="Linden Conveyancing", dom="lindenconveyancing.co.uk", phone="01539 555 287",
                   web="www.lindenconveyancing.co.uk", addr="2 Mill Yard, Kendal LA9 4QR",
                   titles=["Completions Coordinator", "Office Manager"],
                   footer="Linden Conveyancing Ltd. Regulated by the Council for Licensed Conveyancers. Registered "
                          "office: 2 Mill Yard, Kendal LA9 4QR. Registered in England no. 10933402."),
    "cobb": dict(name="Cobb & Lyle Solicitors LLP", dom="cobblyle.co.uk", phone="01524 555 733",
                 web="www.cobblyle.co.uk", addr="7 Castle Hill, Lancaster LA1 1YN",
                 titles=["Practice Manager", "Head of Residential Conveyancing"],
                 footer="Cobb & Lyle Solicitors LLP, 7 Castle Hill, Lancaster LA1 1YN. Authorised and regulated by "
                        "the Solicitors Regulation Authority (SRA no. 570288).\n"
                        "Complaints: we want to hear if you are unhappy with our work. Our complaints procedure is on "
                        "our website, and you may be able to complain to the Legal Ombudsman within six months of our "
                        "final response.\n"
                        "Email is not a secure medium. Please do not send us bank details by email."),
    "northgate": dict(name="Northgate Home Loans", dom="northgatehomeloans.co.uk", phone="01244 555 610",
                      web="www.northgatehomeloans.co.uk", addr="18 Tower Street, Chester CH1 2AD",
                      titles=["Completions Team Manager", "Lending Operations Lead"],
                      footer="Northgate Home Loans Ltd is authorised and regulated by the Financial Conduct "
                             "Authority (FRN 790112). Registered office: 18 Tower Street, Chester CH1 2AD.\n"
                             "DISCLAIMER: This email is confidential. If you are not the intended recipient, please "
                             "notify the sender and delete it; do not copy, use or disclose its contents."),
    "pike": dict(name="Pike & Daunt LLP", dom="pikedaunt.co.uk", phone="01603 555 477", web="www.pikedaunt.co.uk",
                 addr="11 Elm Hill, Norwich NR3 1HN", titles=["Conveyancing Partner", "Associate"],
                 footer="Pike & Daunt LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. "
                        "518834). Registered office 11 Elm Hill, Norwich NR3 1HN."),
    "tamsin": dict(name="Tamsin Reid Law", dom="tamsinreidlaw.co.uk", phone="01225 555 842",
                   web="www.tamsinreidlaw.co.uk", addr="5 Queen Square, Bath BA1 2HE",
                   titles=["Trainee Solicitor", "Paralegal"],
                   footer="Tamsin Reid Law is the trading name of TRL Property Ltd, authorised and regulated by the "
                          "Solicitors Regulation Authority (SRA no. 655120). Our complaints policy and details of the "
                          "Legal Ombudsman are available at tamsinreidlaw.co.uk/complaints."),
    "ferris": dict(name="Ferris Conveyancing", dom="ferrisconveyancing.co.uk", phone="01522 555 196",
                   web="www.ferrisconveyancing.co.uk", addr="4 Steep Hill, Lincoln LN2 1LT",
                   titles=["Conveyancer"], footer="Ferris Conveyancing Ltd. Regulated by the CLC."),
    # conexus side
    "scl": dict(name="Sterling Credit Loans", dom="sterlingcredit.co.uk", phone="0161 555 0210",
                web="www.sterlingcredit.co.uk", addr="Sterling House, 40 Deansgate, Manchester M3 2EG",
                titles=["Collections Oversight Manager", "Head of Third Party Recoveries"],
                footer="Sterling Credit Loans Ltd, Sterling House, 40 Deansgate, Manchester M3 2EG. Registered in "
                       "England no. 06690234. Authorised and regulated by the Financial Conduct Authority (FRN "
                       "711905).\n"
                       "This email and any files sent with it are confidential. If you are not the intended "
                       "recipient, please delete it and notify the sender."),
    "wbc": dict(name="Westbury Council Tax Services", dom="westbury.gov.uk", phone="01373 555 044",
                web="www.westbury.gov.uk", addr="Council Offices, Bratton Road, Westbury BA13 3EN",
                titles=["Recovery Team Leader", "Revenues Officer"],
                footer="Westbury Council Tax Services - Revenues and Benefits, Council Offices, Bratton Road, "
                       "Westbury BA13 3EN\n"
                       "The council processes personal data in line with its privacy notice: westbury.gov.uk/privacy. "
                       "If you wish to make a complaint about a council service, please use the online form at "
                       "westbury.gov.uk/complaints.\n"
                       "Emails to and from the council may be monitored and may be disclosed under the Freedom of "
                       "Information Act 2000."),
    "lwt": dict(name="Lumen Water", dom="lumenwater.co.uk", phone="0800 316 9944", web="www.lumenwater.co.uk",
                addr="Lumen House, Riverside Way, Derby DE1 3GN", titles=["Debt Recovery Analyst", "Income Manager"],
                footer="Lumen Water plc, Lumen House, Riverside Way, Derby DE1 3GN. Registered in England and Wales "
                       "no. 02366801.\n"
                       "Customers: if you're not happy with our service, you can complain at complaints@lumenwater.co.uk "
                       "or call 0800 316 9920.\n"
                       "This email is confidential and intended for the addressee only."),
    "nte": dict(name="Northline Energy", dom="northline-energy.co.uk", phone="0330 088 5170",
                web="www.northline-energy.co.uk", addr="PO Box 912, Newcastle upon Tyne NE99 1NE",
                titles=["Agency Relationship Manager", "Finance Controller, Credit"],
                footer="Northline Energy Ltd, PO Box 912, Newcastle upon Tyne NE99 1NE. Registered in England no. "
                       "07733410.\n"
                       "If you have a complaint about Northline, please contact complaints@northline-energy.co.uk. "
                       "You can find our complaints process and how to contact the Energy Ombudsman at "
                       "northline-energy.co.uk/complaints.\n"
                       "Please consider the environment before printing this email."),
    "brightpath": dict(name="Brightpath Money Advice", dom="brightpathadvice.org.uk", phone="0300 555 0187",
                       web="www.brightpathadvice.org.uk", addr="Unit 4, Canal Wharf, Nottingham NG1 7EH",
                       titles=["Debt Adviser", "Senior Money Adviser", "Casework Supervisor"],
                       footer="Brightpath Money Advice is a registered charity in England and Wales (no. 1187342) and "
                              "a company limited by guarantee (no. 11403287). Authorised and regulated by the "
                              "Financial Conduct Authority (FRN 843126).\n"
                              "Our advice is free, confidential and impartial. If you are unhappy with our service, "
                              "you can make a complaint using the procedure at brightpathadvice.org.uk/complaints.\n"
                              "This email may contain personal data about our clients. If you have received it in "
                              "error please delete it and let us know."),
    "tynewell": dict(name="Tynewell Debt Advice Centre", dom="tynewelladvice.org.uk", phone="0191 555 0452",
                     web="www.tynewelladvice.org.uk", addr="5 Quayside Chambers, Newcastle upon Tyne NE1 3DX",
                     titles=["Money Adviser", "Debt Caseworker"],
                     footer="Tynewell Debt Advice Centre | Registered charity no. 1099271 | FCA FRN 724405 | 5 "
                            "Quayside Chambers, Newcastle upon Tyne NE1 3DX\n"
                            "Confidentiality: this message and any attachments are intended for the addressee only."),
    "gillan": dict(name="Gillan Shaw Solicitors", dom="gillanshaw.co.uk", phone="01204 555 371",
                   web="www.gillanshaw.co.uk", addr="19 King Street, Bolton BL1 1AQ",
                   titles=["Solicitor, Consumer Credit", "Litigation Executive", "Partner"],
                   footer="Gillan Shaw Solicitors, 19 King Street, Bolton BL1 1AQ. Authorised and regulated by the "
                          "Solicitors Regulation Authority (SRA no. 481907).\n"
                          "Bank details fraud: we will never change our bank details by email. Always call us before "
                          "sending funds.\n"
                          "Complaints: details of our complaints procedure and of your right to complain to the Legal "
                          "Ombudsman are at gillanshaw.co.uk/complaints.\n"
                          "We process personal data in accordance with our privacy notice at gillanshaw.co.uk/privacy."),
    "mp": dict(name="Office of Dana Whitlock MP", dom="whitlock-mp.org.uk", phone="01422 555 906",
               web="www.danawhitlock.org.uk", addr="Constituency Office, 12 Commercial Street, Haverleigh HX5 0AB",
               titles=["Senior Caseworker", "Caseworker"],
               footer="This email is sent from the office of Dana Whitlock MP, Member of Parliament for Haverleigh and "
                      "Wyke. It is confidential and intended only for the addressee.\n"
                      "Personal data: we use the information constituents give us only to take up their case, and we "
                      "may share it with the organisations concerned for that purpose. Constituents can ask for a "
                      "copy of the information we hold about them."),
    "harbour": dict(name="Harbour Lettings Ltd", dom="harbourlettings.co.uk", phone="01482 555 260",
                    web="www.harbourlettings.co.uk", addr="3 Dock Street, Hull HU1 1TU",
                    titles=["Lettings Negotiator", "Property Manager"],
                    footer="Harbour Lettings Ltd | 3 Dock Street, Hull HU1 1TU | Registered in England no. 10288471\n"
                           "Harbour Lettings is a member of The Property Redress Scheme. Our complaints procedure is "
                           "available on request.\n"
                           "This email and any attachments are confidential and may contain personal data. If you "
                           "have received it in error, please notify us and delete it."),
}

FIRSTS = ["Aisha", "Ben", "Callum", "Dawn", "Eleni", "Farah", "Gareth", "Hannah", "Ifeoma", "Jonah", "Kirsty", "Liam",
          "Marcia", "Nikhil", "Orla", "Paul", "Rhiannon", "Sanjay", "Tess", "Usman", "Vicky", "Wojciech", "Yasmin",
          "Zach", "Bernadette", "Craig", "Deepa", "Euan", "Fiona", "Grant", "Hollie", "Imogen", "Jermaine", "Kasia",
          "Leon", "Mairead", "Niall", "Olu", "Precious", "Rory", "Shona", "Tariq", "Una", "Vikram", "Wendy", "Ade",
          "Bronwen", "Ciaran", "Delroy", "Esther", "Fraser", "Gemma", "Hamza", "Isla", "Jolene", "Kieran", "Lorna",
          "Mehmet", "Nadia", "Owain", "Pippa", "Raj", "Stacey", "Tomasz", "Verity", "Warren", "Yusuf", "Agnieszka"]
LASTS = ["Achterberg", "Baines", "Cartwright", "Dlamini", "Eccleston", "Fairclough", "Gorman", "Hussain", "Ilori",
         "Jarvis", "Kowalczyk", "Lomax", "McBride", "Nwosu", "O'Hara", "Pemberton", "Quigley", "Rashid", "Sutcliffe",
         "Thorne", "Underwood", "Varga", "Whitfield", "Yeadon", "Zielinski", "Ashby", "Brannigan", "Chowdhury",
         "Dobson", "Elwood", "Fenwick", "Gallagher", "Hartley", "Iqbal", "Jephcott", "Kilbride", "Latimer",
         "Mortimer", "Nowak", "Oduya", "Prentice", "Rowntree", "Sheridan", "Tuckwell", "Vaughan", "Walmsley"]
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk", "icloud.com",
           "sky.com", "live.co.uk"]
MOBILE_LINES = ["Sent from my iPhone", "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone.",
                "Get Outlook for Android", "Sent from Yahoo Mail on Android"]

GREET = {
    "staff": ["Hi,", "Hello,", "Hi team,", "Good morning,", "Hello there,", "Dear Sir or Madam,"],
    "consumer": ["Hello,", "Hi,", "Dear Sir or Madam,", "To whom it may concern,", "Good afternoon,", "Hi there,"],
    "formal": ["Dear Sir or Madam,", "Dear Sirs,", "Dear Sir/Madam,"],
}
SIGNOFF = {
    "bare": ["Thanks", "Cheers", "Thanks,", "Ta", "Many thanks", "Best", "Thx", "Thank you"],
    "full": ["Kind regards,", "Kind regards,", "Kind regards", "Regards,", "Best regards,", "Many thanks,"],
    "formal": ["Yours faithfully,", "Yours sincerely,", "Kind regards,"],
    "corp": ["Kind regards,", "Regards,", "Best regards,", "Many thanks,", "Thanks,", "Best wishes,"],
    "delim": ["Thanks,", "Regards,", "Best,", "Cheers,", "Thanks"],
    "mobile": ["Thanks", "Regards", "Thank you", "Cheers", "Kind regards"],
}

PEXA_ME = "PEXA Support <support@pexa-uk.co.uk>"
CONEXUS_ME = "Conexus <service@conexus-collections.co.uk>"

# ---------------------------------------------------------------------------------------------
# scenarios
#
# who: an ORGS key (staff or representative writing from that organisation) or "consumer" / "debtor" /
#      "relative" (a private person on webmail).  kind: greeting/sign-off register ("staff", "consumer", "formal").
# envs: two (style, html, quoted) tuples.  style: bare | full | corp | delim | mobile | footer | none | nosign_mobile,
#       "/after" = the postscript or afterthought comes after the company footer.
# post / marks (group S): the postscript and its mark per rendering; post2 / marks2: a second postscript.
# post / leads (group A): the afterthought and its lead-in per rendering ("" = a bare new paragraph).
# quote: (who wrote it, date, the firm's earlier message) for renderings with quoted = 1.

SCEN = []


def S(sid, mb, who, kind, subject, body, post, marks, envs, lab, note, post2=None, marks2=None, quote=None, lc=True):
    SCEN.append(dict(sid=sid, group="S", mb=mb, who=who, kind=kind, subject=subject, body=body, post=post,
                     marks=marks, envs=envs, lab=lab, note=note, post2=post2, marks2=marks2, quote=quote, lc=lc))


def A(sid, mb, who, kind, subject, body, post, leads, envs, lab, note, quote=None, lc=True):
    SCEN.append(dict(sid=sid, group="A", mb=mb, who=who, kind=kind, subject=subject, body=body, post=post,
                     leads=leads, envs=envs, lab=lab, note=note, quote=quote, lc=lc))


def C(sid, mb, who, kind, subject, body, envs, lab, note, quote=None):
    SCEN.append(dict(sid=sid, group="C", mb=mb, who=who, kind=kind, subject=subject, body=body, post=None,
                     envs=envs, lab=lab, note=note, quote=quote, lc=True))


# ----- group S: postscripts -----------------------------------------------------------------

S("s001", "pexa", "hartwell", "staff", "Settlement failed - 22 Coppice Road",
  "Our settlement for 22 Coppice Road, Telford was booked for 12.30 yesterday. The workspace showed 'funds verified' "
  "and then at 12.41 it flipped to 'settlement failed - system error' and wouldn't let us rebook until this morning. "
  "Our client had to spend the night in a Travelodge with two children and the dog in the car.\n\n"
  "I need an explanation of what failed, and confirmation that you will reimburse her hotel costs of £96 (receipt "
  "attached).",
  "Screenshots to follow - our cashier is pulling them off the audit log this afternoon.",
  ["P.S.", "PS -"], [("footer", 0, 0), ("delim", 1, 0)],
  L(c=True, cat="platform_defect"),
  "The body is an implicit complaint (failed settlement, demand for explanation and costs: platform_defect); the "
  "postscript only says documents will follow and changes nothing.")

S("s002", "pexa", "hcb", "staff", "Training places - June refresher sessions",
  "Thanks for the invitation to the June workspace refresher sessions. We'd like four places on the 17th in Leeds "
  "please: Chloe Barraclough, Imran Sadiq, Wes Holroyd and Nadia Petrov. All four already have platform logins.",
  "I also want to log a formal complaint about the March invoice, INV-UK-55710. We have been charged the "
  "per-workspace fee on 14 workspaces that were abandoned before settlement, which your own fee schedule says are "
  "not chargeable. Please treat this as a complaint and issue a credit note.",
  ["PS", "P.S:"], [("corp", 0, 0), ("footer/after", 1, 0)],
  L(c=True, ex=True, cat="fees_charges"),
  "A routine booking in the body, but the postscript is the sender's own formal complaint about PEXA's fees "
  "(explicit, fees_charges); the bank is the complainant, not the subject, so about_other_firm stays null.")

S("s003", "pexa", "consumer", "consumer", "Question about my completion",
  "My solicitor says my purchase of Flat 3, 19 Alma Terrace will complete 'through PEXA' and I wanted to understand "
  "what that means for me. Do I need to log in or sign anything on your system, or is it all done by the solicitor?",
  "Greyfriars (my solicitors) haven't answered my calls or emails for three weeks and completion is meant to be "
  "next Friday. I'm getting really worried it's going to slip. Can you please get someone there to contact me?",
  ["P.S.", "PS"], [("mobile", 0, 0), ("full", 1, 0)],
  L(c=True, cat="delay", firm="gfl"),
  "The body is a neutral enquiry; the postscript is a consumer's implicit complaint purely about the writer's own solicitors "
  "(Greyfriars Law) not responding, so it is forwarded: about_other_firm=gfl, category delay.")

S("s004", "pexa", "fennick", "staff", "Closing our subscriber account",
  "As of 30 April I am closing my practice and retiring. Please close the Fennick Legal subscriber account - there "
  "are no open workspaces. Thank you for all the help over the last four years; your team were always patient "
  "with me.",
  "For my own records, could you send me a copy of the personal information you hold about me as a user, including "
  "my identity verification records and login history? The SRA closure checklist suggests I keep it.",
  ["P.S.", "PS -"], [("delim", 0, 0), ("corp", 1, 0)],
  L(r="access"),
  "No dissatisfaction anywhere, so not a complaint; the postscript asks for a copy of the personal data held about "
  "the writer, which is the access right.")

S("s005", "pexa", "mpc", "staff", "Settlement booking - 11 Wheal Rose",
  "Please can you confirm that the settlement for 11 Wheal Rose, Redruth can move from Thursday to Friday at "
  "11am? Both sides have agreed and the lender has confirmed its funds will be ready.",
  "Heads up: this morning's workspace notification for Wheal Rose came with a second attachment for another firm's "
  "matter - a buyer's name, home address and bank account details for a purchase in Swindon that has nothing to do "
  "with us. We've deleted it and not passed it on, but thought you should know so you can sort it at your end.",
  ["PS", "P.S."], [("corp", 0, 0), ("footer", 1, 0)],
  L(br=True),
  "The postscript reports another client's data sent to the wrong firm (breach=true), but as a courtesy heads-up "
  "with no dissatisfaction or remedy sought, so like a neighbour's report it is not a complaint.")

S("s006", "pexa", "consumer", "consumer", "Has my sale gone through?",
  "My conveyancer said the money would move on your system today. Is there a way for me to see whether it has "
  "gone through, or do I just have to wait for them to ring me?",
  "Kestrel still haven't sent the redemption figure my conveyancer asked for on the 2nd. When I rang them they "
  "said it had gone, then that it hadn't. I'm being given the runaround and I'm worried it will hold everything "
  "up. Please pass this on to whoever deals with it there.",
  ["ps", "P.S."], [("bare", 0, 1), ("mobile", 1, 0)],
  L(c=True, cat="delay", firm="kbs"),
  "Neutral question in the body; the postscript is a seller's implicit complaint purely about the seller's lender Kestrel's "
  "late redemption figure, to be forwarded: about_other_firm=kbs, category delay.",
  quote=(PEXA_ME, "Mon, 9 Jun 2025 at 16:02",
         "Thank you for getting in touch. PEXA can't see or share the details of individual property transactions "
         "with buyers or sellers. Your conveyancer will be able to tell you when your settlement is complete.\n\n"
         "PEXA Support"), lc=False)

S("s007", "pexa", "tvm", "staff", "Complaint - new signatory verification",
  "I am writing to make a formal complaint about the verification of our two new authorised signatories. Both "
  "submitted their ID documents on 3 March. On 19 March we were told the documents had 'expired in the queue' and "
  "had to be resubmitted, and the second upload has now been pending for another nine days.\n\n"
  "Without them we have only one signatory able to authorise settlements, which has already cost us a missed "
  "completion. Please escalate this and tell me when the verifications will be done.",
  "Best time to reach me is after 2pm - I'm in credit committee every morning this week.",
  ["PS", "P.S."], [("footer/after", 0, 0), ("corp", 1, 0)],
  L(c=True, ex=True, cat="onboarding"),
  "The body is an explicit complaint about verifying new participant signatories (onboarding beats delay); the "
  "postscript is just a best time to call.")

S("s008", "pexa", "quayside", "staff", "Thanks for Tuesday's webinar",
  "Thanks for running Tuesday's webinar on the new remittance screen - the walkthrough of split payments was "
  "genuinely useful and I've passed the recording round the office.",
  "The new search screen is a real struggle for me. I use a screen reader and it doesn't announce the dropdowns at "
  "all, and tabbing jumps from the postcode box straight to the footer. I've had to get a colleague to do my "
  "searches for a fortnight now. Can someone look at this and tell me when it'll be fixed, or at least give me a "
  "workaround?",
  ["ps", "PS -"], [("bare", 0, 0), ("delim", 1, 0)],
  L(c=True, cat="usability"),
  "Thanks in the body; the postscript is an implicit complaint (harm plus a demand for a fix) about a screen that "
  "works but is inaccessible with a screen reader, so usability rather than platform_defect.")

S("s009", "pexa", "consumer", "consumer", "What is PEXA?",
  "My solicitor has said my remortgage will 'settle on PEXA'. I'd never heard of you before - are you part of the "
  "bank or the solicitor? Just trying to understand who's who.",
  "I got an email from you last week advertising 'PEXA Home Move' offers. I'd rather my details weren't used for "
  "marketing of any kind, so please don't send me anything like that again.",
  ["P.S.", "PS"], [("full", 0, 0), ("mobile", 1, 0)],
  L(r="objection"),
  "A neutral question plus a calm request in the postscript not to use the writer's details for marketing: the objection "
  "right without any complaint.")

S("s010", "pexa", "ols", "staff", "Funds stuck - 5 Ellerby Close",
  "Funds for the purchase of 5 Ellerby Close have been showing as 'in transit' since 10.15 this morning. Your status "
  "page says everything is operational, but nothing has moved for four hours and our client is sat outside the "
  "property with a removal van.\n\nWe need this resolved today, and an explanation of what has gone wrong.",
  "My new direct line from Monday is 0161 496 0788; the switchboard number will still work until the end of the "
  "month.",
  ["PS", "P.S."], [("corp", 0, 0), ("footer/after", 1, 0)],
  L(c=True, cat="platform_defect"),
  "Implicit complaint in the body about funds stuck on the platform (platform_defect, OLS is the complainant so no "
  "firm id); the postscript is a new phone number, and the 'complain' in OLS's footer is boilerplate, so implicit.")

S("s011", "pexa", "ashdown", "staff", "Certificate for Advanced Settlement course",
  "Could you resend the completion certificate for the Advanced Settlement course I did on 8 May? I can't find the "
  "original email and our CPD record needs it.",
  "Thanks again to Aled for his patience on the phone last week - he walked me through the whole lender-side setup "
  "twice without complaint!",
  ["PS", "P.S."], [("bare", 1, 0), ("full", 0, 0)],
  L(),
  "A routine service request with a postscript of praise; 'without complaint' describes the support agent, not a "
  "grievance, so not a complaint.")

S("s012", "pexa", "consumer", "consumer", "Completion statement",
  "We completed on our house on Friday - thank you, from what our solicitor told us it all went smoothly on the day.",
  "Pellow Hart Conveyancing added a £150 'electronic settlement fee' to our completion statement that was never in "
  "their quote. They told us it's a PEXA charge they have to pass on, but your website says buyers aren't charged "
  "anything by PEXA. I want it refunded by them - can you pass this to the right person?",
  ["P.S.", "PS -"], [("full", 0, 0), ("mobile", 1, 1)],
  L(c=True, cat="fees_charges", firm="unknown"),
  "Thanks in the body; the postscript is a buyer's implicit complaint about a fee added by the buyers' own conveyancer, a firm "
  "not in the directory, wanting it refunded by them: about_other_firm=unknown, fees_charges.",
  quote=(PEXA_ME, "Thu, 5 Jun 2025 at 11:47",
         "Thanks for your message. We've passed your question to the team and will come back to you shortly.\n\n"
         "Kind regards\nPEXA Support"))

S("s013", "pexa", "rowan", "staff", "User profile after moving firms",
  "I moved from Orchard Lane Solicitors to Rowan Gate Legal at the start of the month, and our admin has set up my "
  "new user login, which works fine.",
  "Lovely to speak to Bea at the helpdesk on Monday - please pass on my thanks.",
  ["PS", "P.S."], [("footer", 1, 0), ("delim", 0, 0)],
  L(r="rectification,restriction"),
  "Nothing is wrong in the body and no dissatisfaction anywhere; the second postscript asks PEXA to correct the "
  "directory entry (rectification) and to stop showing the old one until then (restriction).",
  post2="The platform directory still lists me under Orchard Lane, with my old direct line. Please update my record "
        "to show Rowan Gate Legal, and stop showing the old entry to other users until that's done, as OLS clients "
        "are still trying to reach me through it.",
  marks2=["PPS", "P.P.S."])

S("s014", "conexus", "debtor", "consumer", "Payment arrangement ref CX-448120",
  "Confirming the arrangement I agreed on the phone yesterday: £35 a month on the 28th, starting this month, by "
  "standing order.",
  "I want to complain about the man who rang me on Saturday at 8.40 in the morning. He talked over me, said if I "
  "didn't pay the full amount that day he'd 'send people round', and put the phone down when I asked for his name. "
  "I'd like an apology and to know what you're going to do about him.",
  ["P.S.", "PS"], [("full", 0, 0), ("mobile", 1, 0)],
  L(c=True, ex=True, cat="collection_conduct"),
  "A routine confirmation in the body; the postscript says 'I want to complain' about an agent's pressure and "
  "threats, so an explicit complaint about collection_conduct.")

S("s015", "conexus", "debtor", "consumer", "new phone number",
  "My mobile number has changed to 07700 900382 - please update your records, the old one is no longer in use.",
  "How did you get my work email address? I've had two emails from you to it this week and I never gave it to you "
  "or to Northline. Who gave it to you and what makes you think you can use it? My manager can see that inbox.",
  ["ps", "PS -"], [("bare", 0, 0), ("delim", 1, 0)],
  L(c=True, pd=True, r="rectification,informed", cat="personal_data"),
  "The body updates a contact detail (rectification); the postscript objects to an unexplained use of the writer's work "
  "email and demands its source and basis: implicit personal_data complaint with the informed right.")

S("s016", "conexus", "brightpath", "staff", "Client: Ms Jodie Farrant - income and expenditure",
  "Please find attached our client's income and expenditure statement. She has a monthly surplus of £12 and we "
  "propose a token payment of £5 a month while her circumstances are reviewed. Please hold the account for a "
  "further 30 days.",
  "Our client tells us that your letter of 14 May went to her former address, where her ex-partner still lives. He "
  "opened it and now knows about the debt and the name of her new employer, which was on the letter. This has "
  "caused her real distress. Please explain how this happened and correct her address to the one on our authority "
  "form.",
  ["P.S.", "PS -"], [("corp", 0, 0), ("footer/after", 1, 0)],
  L(c=True, pd=True, br=True, r="rectification", tp=True, cat="personal_data"),
  "Money adviser for a client (third_party); the postscript describes a letter disclosed to an ex-partner (breach) "
  "and asks for an explanation and a corrected address: implicit personal_data complaint with rectification; the "
  "charity footer's 'complaint' is boilerplate.")

S("s017", "conexus", "debtor", "consumer", "balance?",
  "can you tell me what the balance is on my account now please, ref CX-20971. I've lost the last letter",
  "This so called debt is Northline Energy billing me for 7 months after I switched to another supplier in "
  "September. I have the switch confirmation. It's their mistake and they need to sort it out not me.",
  ["ps", "PS"], [("bare", 0, 0), ("mobile", 1, 1)],
  L(c=True, cat="debt_dispute", firm="nte"),
  "The postscript disputes the debt itself as the creditor's billing error (only Northline can fix the bill), so an "
  "implicit complaint forwarded to nte, category debt_dispute.",
  quote=(CONEXUS_ME, "Tue, 10 Jun 2025 at 08:30",
         "Dear Customer,\n\nWe are writing about your Northline Energy account, which has been passed to Conexus to "
         "collect. Please contact us to discuss payment.\n\nConexus"), lc=False)

S("s018", "conexus", "debtor", "consumer", "Payment history",
  "Thank you for confirming the account is now on a reduced plan. The first payment went out this morning.",
  "Could you send me my full payment history as a spreadsheet or CSV file? I use a budgeting app and want to import "
  "it rather than type it in by hand.",
  ["P.S:", "P.S."], [("delim", 0, 0), ("full", 1, 1)],
  L(r="portability"),
  "Thanks in the body; the postscript asks for the writer's data in a machine-readable file to load into another app "
  "(portability), with no dissatisfaction, so not a complaint.",
  quote=(CONEXUS_ME, "Wed, 4 Jun 2025 at 14:15",
         "Thank you for your call today. We confirm that your repayment plan has been reduced to £20 per month from "
         "the next payment date.\n\nConexus Customer Services"))

S("s019", "conexus", "scl", "staff", "Agent statements to Sterling customers",
  "Three of our customers have told us this month that your agents said Sterling Credit 'will take them to court "
  "within seven days' if they don't pay in full. That is not our policy and we have never authorised such a "
  "statement.\n\nI need you to review the calls on accounts SC-30418, SC-30977 and SC-31502, confirm what was said, "
  "and tell me what retraining you will put in place.",
  "I'm on leave from the 14th to the 25th; Ravi Dosanjh in our Collections Oversight team will pick this up in the "
  "meantime.",
  ["PS", "P.S."], [("footer", 0, 0), ("footer/after", 1, 0)],
  L(c=True, cat="collection_conduct"),
  "The creditor client's body is an implicit complaint about how Conexus's agents pursue its customers "
  "(collection_conduct, staff for their own firm so not third_party); the postscript is only cover arrangements.")

S("s020", "conexus", "mp", "formal", "Constituent: Mr Colin Ashworth - our ref HW/2291",
  "I wrote to you on 2 April on behalf of our constituent Mr Colin Ashworth of 8 Tanner's Yard, Wyke, about the "
  "handling of his account. Mr Ashworth tells us he has still had no response to the complaint he made to you in "
  "February.\n\nPlease provide a full response to him, copied to this office, within 14 days, and explain the delay.",
  "Please reply to this email address rather than the constituency office post box, which is being relocated.",
  ["PS", "P.S."], [("footer", 0, 0), ("corp", 1, 0)],
  L(c=True, ex=True, tp=True, cat="delay"),
  "An MP's caseworker chases an unanswered complaint for a constituent (third_party, explicit, delay); the "
  "postscript only gives a reply address.")

S("s021", "conexus", "relative", "consumer", "Mum's account - address for payments",
  "Can you confirm the address to send a cheque to for my mother's account? She would like to pay by post rather "
  "than over the phone.",
  "She's 84 and has dementia, and someone from your office has been phoning her three times a day, sometimes after "
  "8pm. She gets very confused and upset. This has to stop, and I want someone senior to ring me about how it's "
  "been handled.",
  ["P.S.", "PS -"], [("full", 0, 0), ("mobile", 1, 0)],
  L(c=True, tp=True, cat="collection_conduct"),
  "A son or daughter writing for an elderly mother (third_party); the postscript is an implicit complaint about call frequency "
  "and treatment of a vulnerable customer, with a demand, so collection_conduct.")

S("s022", "conexus", "debtor", "consumer", "Account settled - thank you",
  "I received your letter confirming the account has been paid in full. Thank you to the team for being so "
  "reasonable over the last two years.",
  "Now that it's all closed, please delete my personal details from your systems.",
  ["PS", "P.S:"], [("full", 1, 0), ("bare", 0, 1)],
  L(r="erasure"),
  "Thanks for a settled account plus a calm postscript asking for the writer's details to be deleted: erasure, not a "
  "complaint.",
  quote=(CONEXUS_ME, "Fri, 30 May 2025 at 10:05",
         "Dear Customer,\n\nWe are pleased to confirm that your account has now been settled in full and no further "
         "payments are due.\n\nConexus"))

S("s023", "conexus", "debtor", "consumer", "Income and expenditure form sent",
  "I've sent the income and expenditure form you asked for through the online portal today.",
  "Your website plan tool turned down my offer of £40 a month in about five seconds, even though my figures show "
  "that's all I can manage after rent and bills. That isn't fair. I'd like a real person to look at my figures, not "
  "a computer.",
  ["P.S.", "PS -"], [("delim", 0, 0), ("mobile", 1, 0)],
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "The postscript objects ('isn't fair') to an automatic rejection of an affordable offer and asks for a human "
  "review: implicit complaint about how the debt is pursued (collection_conduct) with automated_decision.")

S("s024", "conexus", "debtor", "consumer", "payment not show",
  "I pay 300 pound on 2 May by bank transfer with reference CX-515033, my bank statement show it leave my account. "
  "But your letter from 20 May say I still owe full amount £1,140 and I must pay in 7 days. Please you check and "
  "correct the balance and send me new letter. I am very worry about this.",
  "I am at work until 6pm, please call after this time or write email.",
  ["P.S.", "PS"], [("bare", 0, 0), ("full", 1, 0)],
  L(c=True, cat="debt_dispute"),
  "The body (non-native English) says a payment is missing from the balance and asks for a correction: implicit "
  "complaint about the amount owed (debt_dispute, Conexus's own records); the postscript is a best time to call.")

S("s025", "conexus", "gillan", "formal", "Our client: Mr Tomasz Wrona - your ref CX-389114",
  "We act for Mr Tomasz Wrona in relation to the above account and enclose his signed form of authority. Please "
  "direct all future correspondence to this office.",
  "Original documents to follow by post.",
  ["PS", "P.S."], [("footer/after", 0, 0), ("delim", 1, 0)],
  L(tp=True),
  "A solicitor's notice of acting for a client (third_party) with an ordinary postscript; no dissatisfaction, and "
  "the firm's footer about complaints is boilerplate.")

S("s026", "conexus", "debtor", "consumer", "June payment",
  "Just confirming I've paid this month's £20 by card on the website, confirmation number 88412-C.",
  "Your email to me yesterday had the wrong letter attached - it was for a different person, a Mr D. Kerrigan in "
  "Luton, with his full address, account number and balance on it. If you're sending his details to me, who is "
  "getting mine? I want to know what you're doing about this and whether my information has gone to anyone else.",
  ["PS -", "P.S."], [("mobile", 0, 0), ("full", 1, 1)],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "The postscript reports another customer's letter sent to the writer (breach) and demands to know what is being done "
  "and whether the writer's own data went astray: implicit personal_data complaint; the second postscript is ordinary.",
  post2="I haven't deleted it yet in case you need me to send it back.",
  marks2=["PPS", "P.P.S."],
  quote=(CONEXUS_ME, "Mon, 16 Jun 2025 at 17:21",
         "Please find attached a letter regarding your account.\n\nConexus"))

# ----- group A: afterthoughts without a postscript mark ----------------------------------------

A("a001", "pexa", "linden", "staff", "Invoice copy please",
  "Could you send us a copy of invoice INV-UK-60213? Our accounts team can't find it in the billing portal.",
  "the settlement on 12 Larch Avenue failed again this afternoon with the same 'ledger unavailable' message. That's "
  "three times on that one matter. I need someone to tell me what is going wrong and when it will be fixed.",
  ["Oh, and one more thing -", ""], [("corp", 0, 0), ("bare", 1, 0)],
  L(c=True, cat="platform_defect"),
  "A routine invoice request, then an afterthought after the name reporting a third failed settlement with a "
  "demand for an explanation: implicit complaint, platform_defect.")

A("a002", "pexa", "bhf", "staff", "Branch onboarding - Bristol North",
  "Attached is the signed participation agreement for our Bristol North branch, as requested on Friday.",
  "I'm also complaining formally about how the onboarding of this branch has been handled. We submitted everything "
  "on 6 May, heard nothing for eleven days despite three chasers, and were then told the form was the wrong "
  "version. Please look into it and respond to me.",
  ["Forgot to say:", "Separately,"], [("footer", 0, 0), ("corp", 1, 1)],
  L(c=True, ex=True, cat="onboarding"),
  "The afterthought is Beacon's own formal complaint ('complaining formally') about PEXA's handling of a new "
  "branch joining the platform: explicit, onboarding beats delay, and Beacon is the complainant so no firm id.",
  quote=(PEXA_ME, "Fri, 23 May 2025 at 15:10",
         "Hello,\n\nThanks for the documents. Before we can activate the Bristol North branch we need the signed "
         "participation agreement (version 7). Please return it at your earliest convenience.\n\nPEXA Onboarding"))

A("a003", "pexa", "consumer", "consumer", "What does 'lodgement pending' mean?",
  "My solicitor sent me a screenshot saying our purchase is 'lodgement pending'. Does that mean something has gone "
  "wrong, or is it normal after completion?",
  "Thames Valley Mortgages have my name spelt wrong on the mortgage deed and an old address, and still haven't "
  "corrected it after two phone calls and a letter. Can you get them to sort it out before it goes to the Land "
  "Registry?",
  ["Also,", "Oh and another thing:"], [("mobile", 0, 0), ("full", 1, 0)],
  L(c=True, pd=True, cat="personal_data", firm="tvm"),
  "The afterthought is a borrower's complaint purely about the lender holding wrong personal details: forwarded to "
  "tvm, personal_data; rights stay empty because the correction is asked of the lender, not of PEXA.", lc=False)

A("a004", "pexa", "cobb", "staff", "Training session 9 June",
  "Our team of five logged in for the 10am 'Lender Discharges' training on 9 June and sat in the waiting room until "
  "10.40 with no trainer, no message and no reply from the training inbox. It's the second session in a row to go "
  "like this, and the team lost a morning of fee-earning time.\n\nPlease rebook us onto a session that will "
  "actually run, and let me know why this happened.",
  "I'm out of the office from Friday for a week, so please copy my colleague Hannah Yeo "
  "(hannah.yeo@cobblyle.co.uk) into any reply.",
  ["Also,", "Forgot to say -"], [("footer/after", 0, 0), ("delim", 1, 0)],
  L(c=True, cat="training"),
  "The body is an implicit complaint about a training session that never ran (training); the afterthought is only "
  "cover arrangements, and the 'complain' wording in the firm's footer is boilerplate, so implicit.")

A("a005", "pexa", "northgate", "staff", "New lender user - Kofi Mensah",
  "Please could you set up a lender user for Kofi Mensah, who joins our completions team on the 3rd? He needs the "
  "same permissions as Grace Liddell.",
  "Grace says the quick reference cards you sent last month have been a real hit with the team, so thank you.",
  ["Oh, one more thing -", ""], [("corp", 1, 0), ("footer", 0, 0)],
  L(),
  "A routine user request with an afterthought of thanks; nothing in either is a complaint or a data right.",
  lc=False)

A("a006", "pexa", "pike", "staff", "Complaint about support call on 14 May",
  "I want to make a complaint about a call with your support desk on 14 May. I rang about a discharge that wouldn't "
  "link to the workspace; the adviser told me it was 'obviously user error', sighed repeatedly and ended the call "
  "while I was mid-sentence. The problem turned out to be on your side and was fixed the next day by someone "
  "else.\n\nI expect an apology, and confirmation that the adviser's handling will be addressed.",
  "I'm at the Harrogate conference Tuesday to Thursday, so my mobile, 07700 900146, is the best way to get me.",
  ["Also,", ""], [("delim", 0, 0), ("full", 1, 1)],
  L(c=True, ex=True, cat="service_quality"),
  "The body names its own complaint about a rude support adviser (explicit, service_quality); the afterthought is "
  "only contact details.",
  quote=(PEXA_ME, "Wed, 14 May 2025 at 16:40",
         "Hello,\n\nFollowing your call today, we have raised ticket 4471902 about the discharge link. We'll be in "
         "touch once we have an update.\n\nPEXA Support"))

A("a007", "pexa", "consumer", "consumer", "Thank you",
  "Just a note to say our sale completed yesterday and the money was in our account by 2pm. Thanks to everyone "
  "involved.",
  "the email your system sent out about the completion went to what looks like every buyer and seller completing "
  "that day - about 30 names and email addresses in the 'To' line, all visible to each other. I'd like to know how "
  "that happened and what you're doing about it.",
  ["Oh - but one thing:", "Having said that,"], [("bare", 0, 0), ("mobile", 1, 0)],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "Thanks, then an afterthought reporting 30 customers' email addresses exposed to each other (breach) with a "
  "demand to know what is being done: implicit personal_data complaint about PEXA's own email.")

A("a008", "conexus", "debtor", "consumer", "Arranging payment",
  "I'd like to set up a plan of £25 a month from next Friday. Can you confirm the bank details for the transfer?",
  "your agent who came round on Tuesday told my neighbour over the fence what it was about because I wasn't in. "
  "She now knows I owe money and it's all round the street. I'm mortified. I want an apology and an assurance it "
  "won't happen again.",
  ["Oh and one more thing,", "Forgot to mention -"], [("full", 0, 0), ("mobile", 1, 0)],
  L(c=True, pd=True, br=True, cat="personal_data"),
  "The afterthought says an agent disclosed the debt to a neighbour (breach) and demands an apology: implicit "
  "complaint whose only grievance is the disclosure, so category personal_data.")

A("a009", "conexus", "tynewell", "staff", "Client: Mr Ray Dunmore - signed authority",
  "Please find attached our client's signed authority. Could you confirm the current balance and hold collection "
  "activity for 30 days while we complete a financial statement with him?",
  "your letter of 3 June to our client added a £60 'trace fee' that was not part of the debt placed by the "
  "creditor and that he was never told about. Please remove it and explain on what basis it was added.",
  ["Also -", ""], [("footer", 0, 0), ("corp", 1, 0)],
  L(c=True, tp=True, cat="fees_charges"),
  "A money adviser for a client (third_party); the afterthought challenges a fee Conexus added on top of the debt "
  "and asks for it to be removed: implicit complaint, fees_charges.")

A("a010", "conexus", "debtor", "consumer", "pay date",
  "Can I move my payment date from the 1st to the 15th? I get paid mid month now.",
  "this debt is from Pennant Mobile, who kept charging me after I cancelled in March - I've got their cancellation "
  "email. It's their mistake not mine and I don't see why I'm paying it.",
  ["Forgot to say -", "Also"], [("bare", 0, 0), ("mobile", 1, 1)],
  L(c=True, cat="debt_dispute", firm="pmt"),
  "After a routine request, the afterthought disputes the debt as the creditor's billing after cancellation, which "
  "only Pennant can fix: implicit complaint, about_other_firm=pmt, debt_dispute.",
  quote=(CONEXUS_ME, "Thu, 22 May 2025 at 09:55",
         "Dear Customer,\n\nThank you for your payment. Your next instalment of £15 is due on 1 June.\n\nConexus"))

A("a011", "conexus", "debtor", "consumer", "Complaint - phone calls",
  "I am making a complaint about the number of calls I am getting. Yesterday there were six between 9am and 7pm, "
  "two of them while I was at my son's hospital appointment, and today there have been four already. I have told "
  "your staff I'm on a payment plan and would prefer letters.\n\nPlease stop the calls and tell me why this keeps "
  "happening.",
  "I've changed banks, so the payments will come from a Monzo account from next month - same amount, same date.",
  ["Also,", ""], [("full", 0, 0), ("bare", 1, 0)],
  L(c=True, ex=True, cat="collection_conduct"),
  "The body is the writer's own complaint about call frequency (explicit, collection_conduct; 'stop the calls' is a "
  "conduct remedy, not objection); the afterthought only notes a change of bank.")

A("a012", "conexus", "wbc", "staff", "Returned accounts - batch WB-0412",
  "We asked for the accounts in batch WB-0412 to be returned to us on 28 March so they could go to enforcement. "
  "Two months later they are still showing as active with Conexus, and our recovery timetable has slipped as a "
  "result.\n\nPlease return them this week and let me know why the recall wasn't actioned.",
  "a reminder that the new placement file format goes live on 1 July - spec attached again in case it went astray.",
  ["Also -", ""], [("footer/after", 0, 0), ("corp", 1, 0)],
  L(c=True, cat="delay"),
  "A creditor client's implicit complaint that a recall is two months late (delay, staff for their own body so not "
  "third_party); the afterthought is routine, and the council footer's 'complaint' is boilerplate.")

A("a013", "conexus", "debtor", "consumer", "address for post",
  "What is correct address to send my letter with the documents? On the letter there is two "
  "address and I dont know which one is right.",
  "thank you for the help of the lady on phone on Monday, she was very kind and patient with me.",
  ["", "Also -"], [("bare", 0, 0), ("full", 1, 0)],
  L(),
  "A neutral question in non-native English with an afterthought of thanks: an enquiry, not a complaint.")

A("a014", "conexus", "gillan", "formal", "Our client Ms Amira Haddad - account CX-300552",
  "We act for Ms Amira Haddad. The account you are pursuing relates to a credit card on which the last payment and "
  "the last acknowledgement were both in 2016. The debt is statute-barred and our client will not be making any "
  "payment.\n\nPlease confirm within 14 days that collection activity has stopped and that the account has been "
  "closed.",
  "please quote our reference GS/AH/4471 on all correspondence.",
  ["Also,", ""], [("footer", 1, 0), ("delim", 0, 0)],
  L(c=True, tp=True, cat="debt_dispute"),
  "A solicitor for a client (third_party) challenges the debt as statute-barred and demands collection stop: "
  "implicit debt_dispute complaint about Conexus pursuing it; the afterthought is a reference and the footer's "
  "'complain' is the firm's boilerplate.")

# ----- group C: controls (the matter in the body; long signatures, footers; no sign-off) ----------

C("c001", "pexa", "hcb", "staff", "Outage this morning - three settlements missed",
  "Between 9.05 and 11.30 today none of our team could open any workspace - the page just hung on 'loading "
  "participants'. We missed three settlement slots, two of them in chains, and had to ring every conveyancer "
  "involved. Nothing appeared on your status page until 10.50.\n\nI need a written explanation of the cause, what "
  "is being done to stop it happening again, and how you intend to deal with the costs our borrowers have "
  "incurred.",
  [("footer", 0, 0), ("footer", 1, 1)],
  L(c=True, cat="platform_defect"),
  "Implicit complaint about a PEXA outage (platform_defect); the 'complain' in Heathcote's footer is the bank's own "
  "boilerplate, not the sender's words, so explicit=false.",
  quote=(PEXA_ME, "Tue, 17 Jun 2025 at 09:41",
         "We are aware that some users are having trouble opening workspaces. Our engineers are investigating and we "
         "will post updates on the status page.\n\nPEXA Service Desk"))

C("c002", "pexa", "ols", "staff", "Adding a second lender to a workspace",
  "Quick question - on a purchase with a second-charge lender, do we invite the second lender into the same "
  "workspace, or does it need a linked workspace? The help article only seems to cover remortgages.",
  [("footer", 0, 0), ("footer", 1, 0)],
  L(),
  "A neutral how-to question; the complaints and Legal Ombudsman wording sits only in the firm's footer, so not a "
  "complaint.")

C("c003", "pexa", "gfl", "staff", "Formal complaint - wrong lodgement guidance",
  "I am raising a formal complaint. On 2 June your support desk told my paralegal that a transfer signed with a "
  "witnessed electronic signature could be lodged through the workspace without a wet-ink original. We followed "
  "that advice, and on 5 June the lodgement was rejected for exactly that reason.\n\nRegistration has now been "
  "delayed by three weeks and our client's lender is asking questions. Please confirm in writing what the correct "
  "position is, and how this wrong information came to be given.",
  [("footer", 1, 0), ("footer", 0, 1)],
  L(c=True, ex=True, cat="inaccurate_information"),
  "Explicit complaint that PEXA's support gave wrong guidance which caused the delay (inaccurate_information beats "
  "delay); the rights listed in Greyfriars' privacy footer are boilerplate, so rights stay empty.",
  quote=(PEXA_ME, "Mon, 2 Jun 2025 at 12:20",
         "Hi,\n\nFurther to your call, a witnessed electronic signature is acceptable for lodgement through the "
         "workspace.\n\nPEXA Support"))

C("c004", "pexa", "consumer", "consumer", "Marsh & Penrose keep moving our completion date",
  "We were told by Marsh & Penrose on Monday that completion would definitely be today. This morning they said it's "
  "now tomorrow and there's 'nothing they can do'. The removal firm is booked and we have to be out of our rental "
  "by 5pm. Nobody at Marsh & Penrose will tell us why. I'm told your system moves the money - please can you find "
  "out what's going on and get them to call us back",
  [("none", 0, 0), ("nosign_mobile", 1, 0)],
  L(c=True, cat="delay", firm="mpc"),
  "No sign-off; a buyer's implicit complaint purely about the buyers' conveyancer moving completion, to be forwarded to "
  "Marsh & Penrose (mpc), category delay.")

C("c005", "pexa", "hartwell", "staff", "VAT invoice - April",
  "Could you email over our VAT invoice for April's platform fees? Our accounts system only shows March.",
  [("footer", 0, 0), ("footer", 1, 0)],
  L(),
  "A routine request followed by a bank-details fraud warning footer: not a complaint.")

C("c006", "pexa", "kbs", "staff", "New users stuck in verification",
  "Our three new completions officers have been stuck at 'identity check in progress' for 16 working days. Your "
  "onboarding team told us on the 4th it would be done 'by the end of the week'. We are now short-staffed in the "
  "busiest week of the quarter.\n\nPlease get these completed and tell us why they have taken this long.",
  [("footer", 0, 0), ("corp", 1, 0)],
  L(c=True, cat="onboarding"),
  "Implicit complaint about identity verification of new users (onboarding beats delay); 'breach of confidence' in "
  "Kestrel's disclaimer is boilerplate and not a data breach.")

C("c007", "pexa", "mpc", "staff", "Name change on my user profile",
  "I was married last month and my surname has changed from Okoro to Okoro-Bright. Please update my name on my user "
  "profile and on the certificate details you hold for me - a copy of the marriage certificate is attached and my "
  "manager has approved the change.",
  [("footer", 1, 0), ("delim", 0, 0)],
  L(r="rectification"),
  "A calm request to correct the writer's own record (rectification), not a complaint; the data-rights wording in "
  "the firm's footer adds nothing.")

C("c008", "pexa", "ferris", "staff", "settlement stuck AGAIN",
  "2 hrs now stuck on 'awaiting funds' for 31 Kiln Lane, lender says funds were sent at 10:02. this is the 2nd time "
  "this week. fix it and call me on 07700 900573",
  [("none", 0, 0), ("nosign_mobile", 1, 0)],
  L(c=True, cat="platform_defect"),
  "No sign-off at all: a terse implicit complaint (repeat failure, 'fix it') about settlement stuck on the "
  "platform, platform_defect.")

C("c009", "pexa", "tamsin", "staff", "Complaint - Workspace Foundations course materials",
  "I'd like to complain about the Workspace Foundations e-learning. Three of the six modules still show the old "
  "settlement screens from before the redesign, the assessment asks about menu options that no longer exist, and "
  "I've failed it twice because of that.\n\nI need the assessment reset and the materials brought up to date, and "
  "I'd like to know when that will happen.",
  [("footer", 0, 0), ("full", 1, 0)],
  L(c=True, ex=True, cat="training"),
  "An explicit complaint in the sender's own words about outdated training materials (training); the firm's "
  "footer about its own complaints policy changes nothing.")

C("c010", "pexa", "bhf", "staff", "Bank holiday settlement window",
  "Could you confirm the settlement window for the late May bank holiday week? Specifically, does the Friday before "
  "close at the usual time or early?",
  [("footer", 0, 0), ("footer", 1, 1)],
  L(),
  "A neutral question; Beacon's footer lists data rights and how to complain about its own data handling in the "
  "firm's voice, which is not a request or a complaint.",
  quote=(PEXA_ME, "Wed, 14 May 2025 at 10:03",
         "Hello,\n\nThanks for your question about holiday opening. We'll confirm the settlement calendar for May "
         "shortly.\n\nPEXA Support"))

C("c011", "conexus", "debtor", "consumer", "complaint about your letters",
  "I want to complain about the letters you keep sending me. I have had five in two weeks, each one more "
  "threatening than the last, and the latest says you will 'escalate to field agents'. I have a payment plan in "
  "place and I have never missed a payment. Stop sending these letters and explain why they were sent",
  [("none", 0, 0), ("nosign_mobile", 1, 1)],
  L(c=True, ex=True, cat="collection_conduct"),
  "No sign-off; the writer complains in their own words about threatening letters despite a kept plan: explicit, "
  "collection_conduct.",
  quote=(CONEXUS_ME, "Mon, 9 Jun 2025 at 07:58",
         "IMPORTANT: Your account is in arrears. If we do not hear from you within 7 days we may escalate your "
         "account to our field team.\n\nConexus"))

C("c012", "conexus", "brightpath", "staff", "Unable to reach your adviser line - client Mrs P. Sandhu",
  "I have been trying to reach your dedicated adviser line about our client Mrs Sandhu for three days. On Tuesday I "
  "held for 48 minutes before the call dropped; yesterday it was 55 minutes and then the line went dead again. Her "
  "Breathing Space ends on Friday and I need to agree a plan before then.\n\nPlease call me directly today on the "
  "number below.",
  [("footer", 0, 0), ("footer", 1, 0)],
  L(c=True, tp=True, cat="wait_time"),
  "A money adviser acting for a named client (third_party) complains implicitly about long holds and dropped calls "
  "(wait_time); the charity footer's complaints wording is boilerplate, so explicit=false.")

C("c013", "conexus", "lwt", "staff", "Recall request - LW accounts",
  "Please recall the 12 accounts listed in the attached file from collection with effect from today; they have been "
  "settled directly with us. Please confirm once this is done.",
  [("footer", 0, 0), ("corp", 1, 0)],
  L(),
  "A creditor client's routine recall instruction; Lumen Water's footer telling its customers how to complain is "
  "boilerplate, so not a complaint.")

C("c014", "conexus", "debtor", "consumer", "Fairway Broadband bill",
  "The amount you are chasing me for is Fairway Broadband's final bill. It includes three months of charges after "
  "I cancelled and returned the router in January - I have the returns receipt. Fairway won't listen to me. This "
  "is their mistake and I shouldn't have to pay it. Please go back to them.",
  [("mobile", 0, 0), ("delim", 1, 0)],
  L(c=True, cat="debt_dispute", firm="unknown"),
  "An implicit complaint that the creditor billed after cancellation; only that creditor, which is not in the "
  "directory, can fix the bill, so about_other_firm=unknown, debt_dispute.")

C("c015", "conexus", "gillan", "formal", "Formal complaint - disclosure to our client's employer",
  "We act for Mr Dean Pryor. On 21 May one of your agents telephoned our client's workplace and, when told he was "
  "unavailable, told the receptionist he was calling 'about Mr Pryor's unpaid debt with us' and asked her to pass "
  "that on. Our client's employer now knows of his financial difficulties.\n\nThis is a formal complaint. Please "
  "confirm what steps you will take, and send us within 14 days a copy of the call recording and of all notes "
  "made of that call.",
  [("footer", 0, 1), ("footer", 1, 0)],
  L(c=True, ex=True, pd=True, br=True, r="access", tp=True, cat="personal_data"),
  "A solicitor's explicit complaint for a client (third_party) about the debt being disclosed to his employer "
  "(breach, personal_data), asking for the call recording and notes (access).",
  quote=(CONEXUS_ME, "Thu, 22 May 2025 at 13:12",
         "Thank you for your letter of authority. We have noted that you act for Mr Pryor.\n\nConexus"))

C("c016", "conexus", "debtor", "consumer", "Data request",
  "I've had a letter from you about an old catalogue account. Before I deal with it, please tell me where you got "
  "my details from and on what basis you hold them, and send me a copy of all the information you hold about me.",
  [("delim", 0, 0), ("full", 1, 0)],
  L(r="access,informed"),
  "A calm data-rights request with no dissatisfaction: informed (source and basis) and access (a copy), not a "
  "complaint.")

C("c017", "conexus", "mp", "formal", "Constituent: Mr Anthony Hollins - our ref HW/2410",
  "Our constituent Mr Anthony Hollins is profoundly deaf. Your letters say that payment arrangements can only be "
  "agreed by telephone, and when he emailed to set one up he was told to ring the collections line. He cannot use "
  "a telephone.\n\nPlease explain why arrangements cannot be agreed in writing, and review this requirement so that "
  "Mr Hollins can deal with you.",
  [("footer", 0, 0), ("corp", 1, 1)],
  L(c=True, tp=True, cat="process"),
  "An MP's caseworker for a constituent (third_party); the grievance is the phone-only rule itself, so an implicit "
  "complaint with category process; the office's personal-data footer is boilerplate.",
  quote=(CONEXUS_ME, "Fri, 6 Jun 2025 at 11:30",
         "Thank you for your email. To agree a payment arrangement please call our collections team on the number "
         "shown on your letter.\n\nConexus"))

C("c018", "conexus", "debtor", "consumer", "letter",
  "why you send me letter again. I pay everything to Pennant in January, I have the receipt. Why still you say I "
  "owe 240 pound. please check",
  [("none", 0, 0), ("none", 1, 1)],
  L(c=True, cat="debt_dispute"),
  "No greeting or sign-off, non-native English: the debt was already paid and Conexus still pursues it, so an "
  "implicit debt_dispute complaint about Conexus's own conduct (about_other_firm null; Pennant is only named).",
  quote=(CONEXUS_ME, "Tue, 3 Jun 2025 at 08:02",
         "Dear Customer,\n\nOur records show a balance of £240.00 on your Pennant Mobile account. Please pay now to "
         "avoid further action.\n\nConexus"))

C("c019", "conexus", "harbour", "staff", "June payment confirmation",
  "Attached is the confirmation for this month's payment of £45. Could you confirm it has been received?",
  [("footer", 0, 0), ("footer", 1, 0)],
  L(),
  "A debtor writing from a work account with a routine confirmation; the employer's footer about complaints and "
  "personal data is the employer's boilerplate, so nothing is labelled.")

C("c020", "conexus", "nte", "staff", "Complaint: late remittances",
  "This is a formal complaint about the late remittance of collected funds. Under our agreement, collections are to "
  "be remitted by the 10th of the following month. The April remittance arrived on 27 May and the May remittance "
  "has still not arrived.\n\nPlease remit immediately, explain the delays and confirm the position in writing by "
  "Friday.",
  [("footer", 0, 0), ("footer", 1, 0)],
  L(c=True, ex=True, cat="delay"),
  "A creditor client's explicit complaint about late remittances (delay); Northline is the complainant, not the "
  "subject, so about_other_firm=null.")

# ---------------------------------------------------------------------------------------------
# rendering

PS_FORMS = {"PS": "PS ", "P.S.": "P.S. ", "P.S:": "P.S: ", "PS -": "PS - ", "ps": "ps ", "PPS": "PPS ",
            "P.P.S.": "P.P.S. ", "PS:": "PS: "}
KEEP_CAP = re.compile(r"^(I\b|I'|[A-Z]{2,}|[A-Z][a-z]+ [A-Z])")


def lcfirst(text, lc):
    """text with its first letter lower-cased (after a lead-in or a lower-case 'ps'), unless lc is False or the
    first word is 'I' or looks like a name."""
    if not lc or KEEP_CAP.match(text):
        return text
    return text[0].lower() + text[1:]


def ucfirst(text):
    return text[0].upper() + text[1:]


def pick_person(rng, used, avoid=()):
    while True:
        first, last = rng.choice(FIRSTS), rng.choice(LASTS)
        if (first, last) not in used and first not in avoid and last not in avoid:
            used.add((first, last))
            return first, last


def slug(s):
    return re.sub(r"[^a-z]", "", s.lower())


def address(rng, first, last, org):
    f, la = slug(first), slug(last)
    if org:
        pat = rng.choice(["{f}.{l}", "{i}{l}", "{f}.{l}", "{f}"])
        return pat.format(f=f, l=la, i=f[0]) + "@" + org["dom"]
    pat = rng.choice(["{f}.{l}", "{f}{l}{n}", "{i}{l}{n}", "{f}_{i2}{n}", "{l}.{f}"])
    return pat.format(f=f, l=la, i=f[0], i2=la[0], n=rng.randrange(10, 99)) + "@" + rng.choice(WEBMAIL)


def mobile_no(rng):
    return f"07700 900{rng.randrange(100, 999)}"


def quote_block(sc, k, rng, sender):
    """The firm's earlier message, Gmail-style ("On ... wrote:" + "> ") or Outlook-style (Original Message)."""
    who, date, text = sc["quote"]
    if k % 2 == 0 or rng.random() < 0.5:
        head = f"On {date}, {who} wrote:"
        assert QUOTE_START.match(head), head
        return head + "\n" + quote_lines(text), "Re: "
    block = (f"-----Original Message-----\nFrom: {who}\nSent: {date}\nTo: {sender}\nSubject: {sc['subject']}"
             f"\n\n{text}")
    return block, "RE: "


def render(sc, k, rng, used, avoid=()):
    style, html, quoted = sc["envs"][k]
    after = style.endswith("/after")
    style = style.split("/")[0]
    org = ORGS.get(sc["who"])
    first, last = pick_person(rng, used, avoid)
    full = f"{first} {last}"
    sender = f"{full} <{address(rng, first, last, org)}>"
    headers = {}
    kind = sc["kind"]

    # greeting (a few people open with none)
    greet = "" if (style in ("none", "nosign_mobile") and rng.random() < 0.6) or rng.random() < 0.1 \
        else rng.choice(GREET[kind])
    if greet in ("Hi,", "Hello,", "Good morning,", "Good afternoon,") and rng.random() < 0.35:
        greet = greet[:-1] + (" PEXA team," if sc["mb"] == "pexa" else " Conexus,")
    # sign-off and signature block
    sig, tail, footer = [], [], None
    if style == "bare":
        sig = [rng.choice(SIGNOFF["bare"]), first if rng.random() < 0.8 else first[0]]
    elif style == "full":
        sig = [rng.choice(SIGNOFF["formal" if kind == "formal" else "full"]), full]
    elif style in ("corp", "footer"):
        title = rng.choice(org["titles"])
        so = rng.choice(SIGNOFF["formal" if kind == "formal" else "corp"])
        phone = f"T: {org['phone']}" + (f" | M: {mobile_no(rng)}" if rng.random() < 0.5 else "")
        block = [full, title, org["name"], phone, org["addr"], org["web"]]
        if rng.random() < 0.4:
            block = [f"{full} | {title}", org["name"], phone, org["addr"] + " | " + org["web"]]
        sig = [so, ""] + block if rng.random() < 0.5 else [so] + block
        if style == "footer":
            footer = org["footer"]
    elif style == "delim":
        so = rng.choice(SIGNOFF["delim"] if kind != "formal" else SIGNOFF["formal"])
        if org:
            dl = ["-- ", f"{full} | {rng.choice(org['titles'])}", f"{org['name']} | {org['phone']}", org["web"]]
        else:
            dl = ["-- ", full, mobile_no(rng)]
        sig = [so, first] + dl if kind != "formal" else [so] + dl
    elif style == "mobile":
        sig = [rng.choice(SIGNOFF["mobile"]), first if rng.random() < 0.5 else full]
        tail = [rng.choice(MOBILE_LINES)]
    elif style == "nosign_mobile":
        tail = [rng.choice(MOBILE_LINES)]
    elif style != "none":
        raise ValueError(style)
    if tail and tail[0] == "Sent from my iPhone":
        headers = {"x-mailer": "iPhone Mail (21F90)"}

    # postscript / afterthought paragraphs
    post, mark = [], "body"
    if sc["group"] == "S":
        mark = sc["marks"][k]
        post.append(PS_FORMS[mark] + lcfirst(sc["post"], sc["lc"] and mark == "ps"))
        if sc["post2"]:
            m2 = sc["marks2"][k]
            post.append(PS_FORMS[m2] + sc["post2"])
            mark += "+" + m2
    elif sc["group"] == "A":
        lead = sc["leads"][k]
        mark = "after"
        if lead:
            post.append(lead + " " + lcfirst(sc["post"], sc["lc"] and lead[-1] in ",:-"))
        else:
            post.append(ucfirst(sc["post"]))

    blocks = ([greet] if greet else []) + [sc["body"]]
    if sig:
        blocks.append("\n".join(sig))
    own_blocks = list(blocks)
    if after:
        assert footer and post
        blocks += [footer] + post
        own_blocks += post
    else:
        blocks += post
        own_blocks += post
        if footer:
            blocks.append(footer)
    if tail:
        blocks += tail
        own_blocks += tail
    text = "\n\n".join(blocks)
    own = "\n\n".join(own_blocks)

    subject = sc["subject"]
    quote = None
    if quoted:
        quote, re_ = quote_block(sc, k, rng, sender)
        subject = re_ + subject
    if html:
        body = html_with_quote(text, quote)
    else:
        body = text + ("\n\n" + quote if quote else "")
    env = "-".join([style + ("+after" if after else ""), "html" if html else "plain", mark]) + ("-q" if quoted else "")
    rec = {"id": None, "mailbox": sc["mb"], "from": sender, "subject": subject, "headers": headers, "body": body,
           "html": bool(html), "labels": dict(sc["lab"], rights=list(sc["lab"]["rights"])), "note": sc["note"],
           "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"], "_env": env}
    key = (rec["source"], env)
    assert key not in OWN, key
    OWN[key] = dict(own=subject + "\n" + own, footer=footer or "", post="\n\n".join(post), group=sc["group"],
                    style=style, mark=mark, html=bool(html), quoted=bool(quoted))
    return rec


OWN = {}


def norm(s):
    return " ".join(s.split())


def errors(rec):
    """record_errors, except that for a complaint whose company footer says "complain" the explicit check is made
    on the sender's own words (subject, greeting, body, sign-off, signature, postscript/afterthought) instead of on
    new_text (which includes the footer); plus this set's own checks: the explicit rule on the own words for every
    complaint, and the postscript/afterthought lying inside new_text."""
    info = OWN[(rec["source"], rec["_env"])]
    lab = rec["labels"]
    errs = record_errors(rec)
    own_has = "complain" in info["own"].lower()
    if lab["complaint"] and "complain" in info["footer"].lower():
        FOOTER_SWAP.add((rec["source"], rec["_env"]))
        errs = [e for e in errs if not e.startswith("explicit=")]
    if lab["complaint"] and own_has != lab["explicit"]:
        errs.append(f"own words: explicit={lab['explicit']} but 'complain' in own text={own_has}")
    nt = norm(new_text(rec))
    if info["post"]:
        p = norm(escape_html(info["post"]) if rec["html"] else info["post"])
        if p not in nt:
            errs.append("postscript/afterthought not in new_text")
    if info["footer"] and info["footer"].split("\n")[0][:60] not in rec["body"].replace("&amp;", "&"):
        errs.append("footer missing")
    if "wrote:" in info["own"] or re.search(r"(?m)^>", info["own"]):
        errs.append("own text looks like a quote header")
    return errs


FOOTER_SWAP = set()


def build(rng):
    assert len(SCEN) == len({s["sid"] for s in SCEN})
    used = set()
    recs = []
    for sc in SCEN:
        assert sc["sid"][0].upper() == sc["group"], sc["sid"]
        a = render(sc, 0, rng, used)
        b = render(sc, 1, rng, used, avoid=a["from"].split(" <")[0].split(" ", 1))
        assert a["_env"] != b["_env"] and a["from"] != b["from"], sc["sid"]
        recs += [a, b]
    return recs


def summary(records, env_counts):
    from collections import Counter
    info = {(r["source"], ): None for r in records}
    del info
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r)
    out = [f"wrote {OUT}: {len(records)} emails, {len(by_src)} scenarios"]
    grp = Counter(s["group"] for s in SCEN)
    out.append("scenarios per group: " + ", ".join(f"{g}={grp[g]}" for g in "SAC"))
    out.append("scenarios per mailbox: " + str(dict(Counter(s["mb"] for s in SCEN))))
    labs = [r["labels"] for r in records]
    comp = [x for x in labs if x["complaint"]]
    out.append(f"emails: complaints {len(comp)} ({sum(x['explicit'] for x in comp)} explicit), "
               f"breach {sum(x['breach'] for x in labs)}, personal_data {sum(x['personal_data'] for x in labs)}, "
               f"third_party {sum(x['third_party'] for x in labs)}, auto_generated {sum(x['auto_generated'] for x in labs)}, "
               f"html {sum(r['html'] for r in records)}")
    rc = Counter(r for x in labs for r in x["rights"])
    out.append("rights (emails): " + ", ".join(f"{k}={v}" for k, v in sorted(rc.items())))
    out.append("firms (emails): " + str(dict(Counter(str(x["about_other_firm"]) for x in labs))))
    out.append("categories (emails): " + str(dict(Counter(x["category"] for x in labs))))
    for g in "SAC":
        gl = [r["labels"] for r in records if r["source"].split("-")[1][0].upper() == g]
        out.append(f"group {g}: {len(gl)} emails, complaints {sum(x['complaint'] for x in gl)} "
                   f"(explicit {sum(x['explicit'] for x in gl)}), rights-emails {sum(bool(x['rights']) for x in gl)}, "
                   f"breach {sum(x['breach'] for x in gl)}")
    vals = list(OWN.values())
    out.append("marks (emails): " + str(dict(Counter(v["mark"] for v in vals))))
    out.append("signature styles (emails): " + str(dict(Counter(v["style"] for v in vals))))
    out.append(f"postscript/afterthought after the company footer: "
               f"{sum(1 for k in OWN if '+after' in k[1])}; quoted replies: {sum(v['quoted'] for v in vals)}")
    out.append(f"explicit check moved to own words (complaint + footer says 'complain'): {len(FOOTER_SWAP)} emails, "
               f"of which implicit: {sum(1 for k in FOOTER_SWAP if 'complain' not in OWN[k]['own'].lower())}")
    return "\n".join(out)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
