#!/usr/bin/env python3
"""Reply judge B: labelled evaluation mail for replies written UNDER or BETWEEN quoted lines (stdlib only).

60 scenarios (30 pexa, 30 conexus), each rendered twice with different envelopes (sender, plain or HTML,
date format of the attribution line, greeting and sign-off): 120 emails in data/trials/reply_judge_b.jsonl.

Layout groups (the same in both copies of a scenario):
  B  bottom-posting: the sender writes below the whole quote (at most a greeting line above it);
  I  interleaved: the sender answers under each quoted question or point;
  T  controls: top-posted replies above the quote, and new mail with no quote.

Every label is decided by the labelling guide from what the sender wrote, wherever it sits; the quoted mail is
context only. In groups B and I the sender's own text never uses the word "complain" (new_text() reads only the
text above the first quote); a sender who calls the matter a complaint says so in the subject line.

HTML copies use Gmail's quote form (div.gmail_quote > div.gmail_attr + blockquote.gmail_quote). The attribution
text starts on its own source line inside div.gmail_attr (HTML whitespace, invisible when rendered) so that
new_text() finds the quote there exactly as it does in the plain copies.

Usage: .venv/bin/python data/make/make_reply_judge_b.py
"""
import collections
import datetime
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (escape_html, new_text, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20271222
PREFIX = "rjb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "reply_judge_b.jsonl")


def T(s):
    return textwrap.dedent(s).strip("\n")


def P(name, addr, dear, sig=""):
    """A sender persona: display name, address, how a letter to them opens ('Dear <dear>'), signature lines."""
    return {"name": name, "addr": addr, "dear": dear, "first": name.split()[0], "sig": sig}


def Q(who, addr, when, text, older=None):
    """A quoted message: author, address, (y, m, d, hh, mm), text ({dear}/{first} filled per persona)."""
    return {"who": who, "addr": addr, "when": when, "text": text, "older": older}


def OLDER_FROM_SENDER(when, text):
    """An older message inside the quote, written by the sender of the reply (filled per persona)."""
    return {"who": None, "addr": None, "when": when, "text": text}


# ---------------------------------------------------------------------------------------------
# the firms' own mailboxes (quoted authors)
PX_SUPPORT = ("PEXA Support", "support@pexa.co.uk")
PX_ONBOARD = ("PEXA Onboarding", "onboarding@pexa.co.uk")
PX_BILLING = ("PEXA Billing", "billing@pexa.co.uk")
PX_NOTICES = ("PEXA Service Notices", "notices@pexa.co.uk")
PX_COMPL = ("PEXA Complaints", "complaints@pexa.co.uk")
PX_PRIVACY = ("PEXA Privacy Team", "privacy@pexa.co.uk")
PX_TRAINING = ("PEXA Training", "training@pexa.co.uk")
PX_RESEARCH = ("PEXA Product Research", "research@pexa.co.uk")
CX_COLL = ("Conexus Collections", "collections@conexus.co.uk")
CX_CS = ("Conexus Customer Services", "customer.services@conexus.co.uk")
CX_PAY = ("Conexus Payments", "payments@conexus.co.uk")
CX_OFFERS = ("Conexus Offers", "offers@conexus.co.uk")
CX_DPO = ("Conexus Data Protection", "dpo@conexus.co.uk")
CX_CLIENT = ("Conexus Client Services", "client.services@conexus.co.uk")


def L(**kw):
    return short_labels(**kw)


# ---------------------------------------------------------------------------------------------
# scenarios
# grp: B / I / T; kind: what the quoted mail is (for the report); subj: the subject line (reply=True adds a
# "Re:" prefix); q: the quoted mail (None for new mail); reply: the sender's text (B, T); parts (I): the quoted
# mail cut into chunks [(quoted text, answer or None)]; who: the two senders; wrap: one plain copy has a long
# quoted line wrapped by the mail program (continuation without "> ").

S = []


def add(**kw):
    kw.setdefault("reply_prefix", True)
    kw.setdefault("wrap", False)
    kw.setdefault("older", None)
    S.append(kw)


# ============================== PEXA, group B ==============================
add(sid="s001", mb="pexa", grp="B", kind="firm_ack",
    subj="SR-40871 - your request has been received",
    who=[P("Harriet Quayle", "h.quayle@ashdownkeel.co.uk", "Ms Quayle", "Ashdown Keel Solicitors"),
         P("Dominic Farrant", "dfarrant@bellwoodlegal.co.uk", "Mr Farrant", "Bellwood Legal LLP")],
    q=Q(*PX_SUPPORT, (2026, 2, 16, 9, 12), T("""
        Dear {dear},

        Thank you for contacting PEXA Support. Your request has been logged under reference SR-40871 (workspace 5528-3317: lender discharge showing 'awaiting signature').

        A member of the team will be in touch within two business days. Please quote the reference above in any further correspondence.

        PEXA Support""")),
    reply=T("""
        That was on the 16th and it is now the 27th. Nobody has been in touch, the discharge still shows 'awaiting signature' although the lender signed it on the 13th, and we are due to complete this purchase next Thursday.

        Please get someone who can actually move it to ring me today on 01632 960418."""),
    labels=L(c=True, cat="delay"),
    note="A chaser written under PEXA's own acknowledgement: days past the promised reply, a completion at risk and "
         "a demand for a call today make it an implicit complaint about delay (no 'complain' in the new text).")

add(sid="s002", mb="pexa", grp="B", kind="firm_final", wrap=True,
    subj="PXC-2026-0188 final response - complaint not resolved",
    who=[P("Nicola Brennan", "nicola.brennan@stavelyhart.co.uk", "Ms Brennan", "Residential Team Leader\nStavely Hart LLP"),
         P("Owain Pritchard", "o.pritchard@pritchardjonesconveyancing.co.uk", "Mr Pritchard", "Pritchard Jones Conveyancing")],
    q=Q("Rhiannon Tait", "rhiannon.tait@pexa.co.uk", (2026, 3, 5, 15, 40), T("""
        Dear {dear},

        Final response to your complaint PXC-2026-0188

        Thank you for your patience while we investigated the failed settlement of 41 Larch Rise, Bingley on 13 February. Our records show that the settlement was unsuccessful because the incoming lender's funds were not confirmed in the workspace before the 2pm financial settlement cut-off. We have not found evidence of a fault on the PEXA platform, and so we are unable to uphold your complaint or reimburse the costs you described.

        If you remain dissatisfied you may refer your complaint to the Financial Ombudsman Service within six months of the date of this letter.

        Yours sincerely,
        Rhiannon Tait
        Complaints Team, PEXA"""),
        older=OLDER_FROM_SENDER((2026, 2, 13, 17, 2), T("""
        I want to make a complaint about today's failed settlement on 41 Larch Rise. The workspace sat at 'settlement in progress' from just before 1pm until 3.15pm and then showed 'unsuccessful'. Our buyers could not move in and have had to pay for a hotel and a second day of removals."""))),
    reply=T("""
        The lender's funds were confirmed at 12:52. I have a screenshot of the workspace activity log showing 'Funds confirmed - Heathcote Bank' with that timestamp, and Heathcote have written to us confirming the same. Your letter does not deal with the fact that the workspace then sat at 'settlement in progress' for over two hours.

        I do not accept this outcome. Please have someone senior review it against the activity log (attached) and reconsider our clients' costs of £1,180 before we go to the Ombudsman."""),
    labels=L(c=True, ex=True, cat="platform_defect"),
    note="An objection to PEXA's final response written below the quote is a continuing complaint about the stalled "
         "settlement (platform_defect); explicit because the sender's own subject calls it a complaint; Heathcote is "
         "only named as the lender, so about_other_firm=null.")

add(sid="s003", mb="pexa", grp="B", kind="firm_request",
    subj="Your PEXA application - documents needed",
    who=[P("Imogen Stroud", "imogen@stroudconveyancing.co.uk", "Ms Stroud", "Stroud Conveyancing"),
         P("Kwame Asante", "k.asante@asantelaw.co.uk", "Mr Asante", "Asante Property Law")],
    q=Q(*PX_ONBOARD, (2026, 1, 20, 14, 5), T("""
        Dear {dear},

        Thank you for applying to become a PEXA subscriber. To complete our verification checks we need:

        - a copy of your current professional indemnity insurance certificate;
        - photo ID for the nominated Subscriber Administrator;
        - a recent statement for your client account (account name, sort code and the last four digits of the account number are enough).

        You can reply to this email with the documents attached.

        Kind regards,
        PEXA Onboarding""")),
    reply=T("""
        Documents attached as requested: the PII certificate (valid to 31 October), my passport as Subscriber Administrator, and the January client account statement with everything except the last four digits blacked out.

        Let me know if you need anything else."""),
    labels=L(),
    note="An ordinary answer to PEXA's request for documents: no dissatisfaction and no right asked for, so not a "
         "complaint, category none.")

add(sid="s004", mb="pexa", grp="B", kind="firm_notice",
    subj="PEXA planned maintenance: Saturday 21 March",
    who=[P("Graham Lusk", "graham.lusk@heathcotebank.co.uk", "Mr Lusk", "Completions Manager | Heathcote Bank"),
         P("Sofia Marchetti", "s.marchetti@tvmortgages.co.uk", "Ms Marchetti", "Funding Team, Thames Valley Mortgages")],
    q=Q(*PX_NOTICES, (2026, 3, 10, 16, 0), T("""
        Dear Subscriber,

        The PEXA platform will be unavailable from 07:00 to 13:00 on Saturday 21 March while we upgrade our lodgement services. Workspaces will not be accessible during this window and no settlements can be scheduled for that morning.

        Please plan any weekend activity accordingly.

        PEXA Platform Operations""")),
    reply=T("""
        Thanks for the notice. Two questions from our side:

        Will anything submitted for lodgement on the Friday afternoon still go to HM Land Registry before the window starts, or will it be held until Saturday afternoon?

        And will the Friday reconciliation reports be downloadable during the outage?"""),
    labels=L(),
    note="Neutral questions about a planned maintenance window from a lender's staff: an enquiry, not a complaint; "
         "the sender's employer is a directory firm but no complaint means about_other_firm=null.")

add(sid="s005", mb="pexa", grp="B", kind="firm_reminder",
    subj="Payment reminder: invoice PX-INV-60417",
    who=[P("Alison Greaves", "a.greaves@fellgatesolicitors.co.uk", "Ms Greaves", "Practice Finance Manager\nFellgate Solicitors"),
         P("Rupert Vance", "rupert.vance@vanceholloway.co.uk", "Mr Vance", "Cashier, Vance Holloway")],
    q=Q(*PX_BILLING, (2026, 4, 2, 8, 30), T("""
        Dear {dear},

        Our records show that invoice PX-INV-60417 for £2,364.00 (platform fees, February 2026) remains unpaid. Payment was due on 20 March.

        Please arrange payment within 7 days. If payment is not received, access to the platform for your organisation may be restricted.

        If you have already paid, please disregard this reminder.

        PEXA Credit Control""")),
    reply=T("""
        We paid this on 17 March by BACS, reference PXINV60417. The remittance went to your billing address the same day and I've attached it again. This is the third reminder for the same invoice and the second one to mention restricting our access, which our partners are not pleased to be reading two weeks before quarter end.

        Please correct your ledger, confirm in writing that the invoice is closed, and confirm that no restriction will be applied."""),
    labels=L(c=True, cat="fees_charges"),
    note="Repeated reminders and a threat to restrict access over a platform-fee invoice already paid, with a demand "
         "to correct the ledger: an implicit complaint about PEXA's fee billing, category fees_charges.")

add(sid="s006", mb="pexa", grp="B", kind="firm_notice",
    subj="Your PEXA user account will be deactivated",
    who=[P("Beatrice Onwuka", "beatrice.onwuka@gmail.com", "Ms Onwuka"),
         P("Lewis Carrick", "lewis.carrick@outlook.com", "Mr Carrick")],
    q=Q(*PX_SUPPORT, (2026, 2, 24, 11, 48), T("""
        Dear {dear},

        Your former organisation, Fenwick Rowe Conveyancing, has asked us to deactivate your PEXA user account because you have left the firm. Your account will be deactivated on 3 March 2026, after which you will no longer be able to log in or view workspaces.

        If you think this is a mistake, please reply to this email.

        PEXA Support""")),
    reply=T("""
        No mistake - I left Fenwick Rowe at the end of January, so please go ahead.

        Before you do, please send me a copy of the personal information you hold about me as a user: my profile details, my login and audit history and any notes on my account. Once that's done, I'd like my mobile number and home address deleted from your systems, as there is no reason for you to keep them."""),
    labels=L(r="access,erasure"),
    note="A calm answer to PEXA's deactivation notice asking for a copy of the data held (access) and deletion of "
         "contact details (erasure); no dissatisfaction, so not a complaint.")

add(sid="s007", mb="pexa", grp="B", kind="firm_reply",
    subj="Settlement statement - workspace 6120-4488",
    who=[P("Fiona Delaney", "f.delaney@marlowquinn.co.uk", "Ms Delaney", "Marlow Quinn Solicitors"),
         P("Tariq Mahmood", "tariq.mahmood@eldonlegal.co.uk", "Mr Mahmood", "Eldon Legal")],
    q=Q("Callum Reid", "callum.reid@pexa.co.uk", (2026, 3, 12, 11, 26), T("""
        Hi {first},

        As requested, please find attached the settlement statement for workspace 6120-4488 (14 Saxon Gardens).

        Any questions, just reply to this email.

        Thanks,
        Callum
        PEXA Support""")),
    reply=T("""
        Callum, the attachment is not ours. It's the settlement statement for a sale at Tenter Close, Harrogate: both sellers' names, their forwarding address, the bank details for their proceeds and their mortgage redemption figure. We have nothing to do with that matter. I have deleted it and not forwarded it.

        I need to know how this happened, whether our clients' statement has gone to someone else in the same way, and what you are doing about it. We also still need the correct statement for 14 Saxon Gardens."""),
    labels=L(c=True, pd=True, br=True, cat="personal_data"),
    note="PEXA sent another matter's sellers' details to the wrong firm and the sender wants an explanation: an "
         "implicit complaint whose main grievance is the disclosure, so personal_data, breach and category personal_data.")

add(sid="s008", mb="pexa", grp="B", kind="third_solicitor",
    subj="Greyfriars Law - completion cancelled again",
    reply_prefix=False,
    who=[P("Callum Rennie", "callum.rennie@gmail.com", "Mr Rennie"),
         P("Esther Nakamura", "esther.nakamura@yahoo.co.uk", "Ms Nakamura")],
    q=Q("Aileen Moffat", "a.moffat@greyfriarslaw.co.uk", (2026, 4, 8, 15, 55), T("""
        Dear {dear},

        I write to let you know that completion of your purchase of 9 Dalkeith Row will not now take place on Friday as planned. We are awaiting some final documentation and will update you as soon as we have a revised date.

        Kind regards,
        Aileen Moffat
        Greyfriars Law LLP""")),
    reply=T("""
        I'm sending you this because my solicitors' email above says nothing and nobody there will tell me anything more. This is the third completion date Greyfriars have cancelled, each time with two days' notice, and each time it has cost us another week of storage and a hotel. Their case handler hasn't returned a call since 24 March.

        I understand they use your system for completions. Please can you get someone at Greyfriars to give us a real date and explain what 'final documentation' is still missing?"""),
    labels=L(c=True, cat="delay", firm="gfl"),
    note="A buyer's grievance is purely with her own solicitors (Greyfriars Law, directory gfl) repeatedly cancelling "
         "completion; PEXA is not blamed, so a complaint to forward, category delay.")

add(sid="s009", mb="pexa", grp="B", kind="third_bank", wrap=True,
    subj="Heathcote redemption figure - wrong fee",
    reply_prefix=False,
    who=[P("Gwen Aldridge", "gwen.aldridge@btinternet.com", "Mrs Aldridge"),
         P("Marcus Feeney", "marcusfeeney@gmail.com", "Mr Feeney")],
    q=Q("Heathcote Bank Mortgage Servicing", "mortgage.servicing@heathcotebank.co.uk", (2026, 3, 18, 10, 3), T("""
        Dear {dear},

        Redemption statement - mortgage account ending 7720

        The amount required to repay your mortgage in full on 27 March 2026 is £143,906.52. This includes a discharge administration fee of £850.00 and interest to the redemption date.

        Your conveyancer will arrange repayment through the electronic settlement platform.

        Heathcote Bank Mortgage Servicing""")),
    reply=T("""
        My mortgage offer from Heathcote says the exit fee is £125. The statement above has an £850 'discharge administration fee' I have never heard of, and Heathcote's phone line just keeps saying the figure is correct. My solicitor says the repayment goes through your platform.

        Please can you get Heathcote to take this off before the money is sent on the 27th, or tell me who can?"""),
    labels=L(c=True, cat="fees_charges", firm="hcb"),
    note="A borrower's grievance is her lender's added fee (Heathcote Bank, hcb), only routed through PEXA's platform: "
         "a complaint purely about a participant firm, forwarded, category fees_charges.")

add(sid="s010", mb="pexa", grp="B", kind="third_solicitor",
    subj="Calder & Finch - my sale",
    reply_prefix=False,
    who=[P("Desmond Okoro", "desokoro@hotmail.co.uk", "Mr Okoro"),
         P("Helen Prowse", "helen.prowse@icloud.com", "Mrs Prowse")],
    q=Q("Megan Oduya", "m.oduya@calderfinch.co.uk", (2026, 2, 2, 9, 40), T("""
        Dear {dear},

        Please note that your sale file has been transferred to me following Paul Steadman's departure from the firm. I will be in touch shortly to update you on progress.

        Regards,
        Megan Oduya
        Calder & Finch Conveyancing""")),
    reply=T("""
        Since this email I've spoken to Ms Oduya twice. On the first call she told me the buyer's searches were back; on the second she said they hadn't been ordered and told me to 'stop ringing every day'. Her assistant put the phone down on me on Thursday, and I've been given three different figures for what will come out of the sale price.

        I'm told Calder & Finch use PEXA for the sale. Can you please pass this to someone there who will treat me properly and give me straight answers?"""),
    labels=L(c=True, cat="service_quality", firm="unknown"),
    note="A seller's grievance is with his own conveyancer, Calder & Finch, which is not in the directory: complaint "
         "to forward with about_other_firm=unknown, category service_quality (dismissive and inconsistent handling).")

add(sid="s011", mb="pexa", grp="B", kind="firm_final",
    subj="Your complaint PXC-2026-0231 - our final response",
    who=[P("Ruth Okonjo", "ruth.okonjo@kestrelbs.co.uk", "Ms Okonjo", "Payments Operations, Kestrel Building Society"),
         P("Simon Hardcastle", "s.hardcastle@marshpenrose.co.uk", "Mr Hardcastle", "Marsh & Penrose Conveyancing")],
    q=Q("Joel Amankwah", "joel.amankwah@pexa.co.uk", (2026, 3, 26, 12, 20), T("""
        Dear {dear},

        I have now completed my review of the duplicate workspace fees charged to your organisation in January. I agree that 19 workspaces were charged twice, and I uphold your complaint. A credit note for £494.00 has been applied to your account and will appear on your March statement.

        I'm sorry for the inconvenience this caused.

        Yours sincerely,
        Joel Amankwah
        PEXA Complaints Team""")),
    reply=T("""
        Thank you Joel - the credit note is on the March statement and our finance team have reconciled it. Much appreciated."""),
    labels=L(),
    note="A thank-you below a quoted final response confirming the matter is settled is not a complaint, although the "
         "subject and the quote say 'complaint'; nothing is left outstanding.")

add(sid="s012", mb="pexa", grp="B", kind="firm_ack",
    subj="Complaint received - PXC-2026-0302",
    who=[P("Bethan Lloyd", "bethan@lloydmorgansolicitors.co.uk", "Ms Lloyd", "Lloyd Morgan Solicitors"),
         P("Hamish Crerar", "h.crerar@crerarandco.co.uk", "Mr Crerar", "Crerar & Co")],
    q=Q(*PX_COMPL, (2026, 3, 2, 10, 15), T("""
        Dear {dear},

        Thank you for your email. We have logged your complaint under reference PXC-2026-0302 and will send you a full response within eight weeks. We will keep you updated in the meantime.

        PEXA Complaints Team"""),
        older=OLDER_FROM_SENDER((2026, 3, 2, 8, 47), T("""
        I'd like to complain about the training session on 26 February. The trainer could not get the demonstration workspace to load and the session ended after 25 minutes. Please arrange a replacement and refund the session fee."""))),
    reply=T("""
        Chasing. The eight weeks were up on 27 April and we have had nothing: no update, no replacement session, no refund."""),
    labels=L(c=True, ex=True, cat="delay"),
    note="A short 'Chasing' below PEXA's acknowledgement is a complaint about delay (the overdue response, not the "
         "original training problem); explicit because the subject the sender sends names it a complaint.")

add(sid="s013", mb="pexa", grp="B", kind="firm_notice",
    subj="Your PEXA user profile has been updated",
    who=[P("Charlotte Mbeki", "c.mbeki@lindqvistward.co.uk", "Ms Mbeki", "Conveyancer, Lindqvist Ward Solicitors"),
         P("Peter Haldane", "p.haldane@lindqvistward.co.uk", "Mr Haldane", "Lindqvist Ward Solicitors")],
    q=Q(*PX_SUPPORT, (2026, 1, 29, 13, 2), T("""
        Dear {dear},

        Following your move to Lindqvist Ward Solicitors, your PEXA user profile has been updated. Other subscribers in shared workspaces will now see:

        Firm: Lindqvist Ward Solicitors
        Role: Trainee Conveyancer
        SRA ID: 802217

        PEXA Support""")),
    reply=T("""
        The profile is wrong in two ways. I am a qualified conveyancer, not a trainee - I qualified in 2019 - and my SRA number is 802271, not 802217. Lenders' solicitors on two workspaces this week have queried whether I can sign off the transfer because of it, which held both matters up and is frankly embarrassing.

        Please correct both details, and until they are corrected please stop showing my role and number to other subscribers at all."""),
    labels=L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
    note="Inaccurate personal details shown to other subscribers, with harm and a demand: an implicit personal_data "
         "complaint; 'correct both details' is rectification and 'stop showing them until corrected' is restriction.")

add(sid="s014", mb="pexa", grp="B", kind="firm_notice",
    subj="Your PEXA application ONB-31877",
    who=[P("Victoria Tarrant", "victoria@tarranthale.co.uk", "Ms Tarrant", "Director, Tarrant Hale Property Lawyers Ltd"),
         P("Jonah Hale", "jonah@tarranthale.co.uk", "Mr Hale", "Tarrant Hale Property Lawyers Ltd")],
    q=Q(*PX_ONBOARD, (2026, 2, 11, 17, 10), T("""
        Dear {dear},

        Thank you for your application to join PEXA (application ref ONB-31877).

        Our automated verification check was unable to match the organisation details you provided with the Companies House register, and your application has not been approved at this stage.

        You may submit a new application once the details have been corrected.

        PEXA Onboarding""")),
    reply=T("""
        I think I know why: we changed our name from Tarrant Conveyancing Ltd to Tarrant Hale Property Lawyers Ltd on 8 January and the register may not have caught up. The company number, 11840273, is unchanged.

        Rather than starting again, could someone on your team look at the application and make the decision, instead of the automated check? The change of name certificate is attached."""),
    labels=L(r="automated_decision"),
    note="A calm reply to an automated rejection that gives the likely reason and asks for a person to decide: "
         "rights=automated_decision, but no dissatisfaction is expressed, so not a complaint.")

# ============================== PEXA, group I ==============================
add(sid="s015", mb="pexa", grp="I", kind="firm_request",
    subj="Setting up your organisation on PEXA",
    who=[P("Rosalind Achebe", "r.achebe@achebekerr.co.uk", "Ms Achebe", "Achebe Kerr Solicitors"),
         P("Niall Gorman", "niall.gorman@gormanpropertylaw.co.uk", "Mr Gorman", "Gorman Property Law")],
    q=Q("Sana Iqbal", "sana.iqbal@pexa.co.uk", (2026, 1, 14, 10, 25), None),
    parts=[("Dear {dear},\n\nThanks for your time on the phone yesterday. So that we can set up your organisation, could you let me have the following:", None),
           ("1. How many users will need a login at go-live?", "Six: four fee earners and two in the post-completion team."),
           ("2. Which lenders do you act for most often?", "Mostly Kestrel and Thames Valley, with the odd Heathcote remortgage."),
           ("3. Would you like your first training session in person or online?", "Online please - the office is too small for everyone round one screen."),
           ("4. Who should receive invoices?", "Our cashier, Lydia Marr, on our accounts address."),
           ("Many thanks,\nSana Iqbal\nPEXA Onboarding", None)],
    labels=L(),
    note="Every interleaved answer is a plain fact for onboarding set-up; lenders named only as clients; no "
         "dissatisfaction, so not a complaint.")

add(sid="s016", mb="pexa", grp="I", kind="firm_info_request",
    subj="Your complaint PXC-2026-0377 - information needed",
    who=[P("Zara Lindgren", "zara.lindgren@harewoodclarke.co.uk", "Ms Lindgren", "Harewood Clarke LLP"),
         P("Amir Haddad", "a.haddad@northgateconveyancing.co.uk", "Mr Haddad", "Northgate Conveyancing")],
    q=Q("Daniel Osei", "daniel.osei@pexa.co.uk", (2026, 4, 14, 9, 5), None),
    parts=[("Dear {dear},\n\nThank you for your complaint about the settlement on 9 April. To investigate, I need a few details:", None),
           ("1. The workspace number.", "7701-2259."),
           ("2. The time you first saw the error, and the exact wording on screen.",
            "About 11:40. It said 'Unable to verify source account - please try again later', and it said the same thing every time we tried until just after 3pm."),
           ("3. What costs, if any, your clients have incurred.",
            "The buyers paid £640 for an extra day of bridging interest and £210 for the removal firm to come back the next morning. Receipts attached."),
           ("4. What outcome you are looking for.",
            "An explanation of what failed, and those two sums reimbursed to the buyers."),
           ("Kind regards,\nDaniel Osei\nComplaints Team, PEXA", None)],
    labels=L(c=True, ex=True, cat="platform_defect"),
    note="Answers to the complaints team's questions restate the platform error, the losses and the remedy sought: "
         "a continuing complaint about a platform failure, explicit because the sender's subject names it a complaint.")

add(sid="s017", mb="pexa", grp="I", kind="firm_info_request",
    subj="SR-41530 - signing error",
    who=[P("Anjali Rao", "anjali.rao@rowbothamlaw.co.uk", "Ms Rao", "Rowbotham Law"),
         P("Gregor McAllister", "g.mcallister@mcallisterpaton.co.uk", "Mr McAllister", "McAllister Paton")],
    q=Q("Priya Sandhu", "priya.sandhu@pexa.co.uk", (2026, 3, 3, 14, 50), None),
    parts=[("Hi {first},\n\nSorry to hear you're having trouble signing. To help us look into it:", None),
           ("- Which browser and version are you using?", "Edge 122 on Windows 11."),
           ("- Does the problem happen with every workspace or just one?", "Every workspace since Monday."),
           ("- Have you tried clearing your cache?",
            "Yes, and a different PC, and Chrome. Same result. This is the fourth time since January that signing has simply stopped working after one of your releases, and on Monday it cost us a completion slot. I don't want another workaround; I want to know what you are changing so it stops happening, and I'd like a call from someone technical today."),
           ("Thanks,\nPriya\nPEXA Support", None)],
    labels=L(c=True, cat="platform_defect"),
    note="Two answers are plain facts, but the last adds a repeated signing failure, a lost completion slot and a "
         "demand for a fix and a call: an implicit complaint about the platform failing (platform_defect).")

add(sid="s018", mb="pexa", grp="I", kind="firm_info_request",
    subj="Your PEXA training on 5 March - feedback",
    who=[P("Megan Thorley", "megan.thorley@thorleyashby.co.uk", "Ms Thorley", "Practice Manager, Thorley Ashby"),
         P("Ravi Chaudhry", "r.chaudhry@kingsmeadlegal.co.uk", "Mr Chaudhry", "Kingsmead Legal")],
    q=Q(*PX_TRAINING, (2026, 3, 6, 9, 30), None),
    parts=[("Dear {dear},\n\nThank you for attending yesterday's 'Discharges and Lodgement' session. We'd be grateful for your feedback:", None),
           ("1. Did all your attendees receive the joining link?", "Yes, all five."),
           ("2. Did the session cover what you needed?",
            "No. We booked this session specifically for the discharge module and the trainer ran out of time before reaching it. About half the slides still showed the screens from before last autumn's redesign, so our new starters were more confused at the end than at the start."),
           ("3. Is there anything else you'd like us to know?",
            "We paid £300 for the session. We would like a replacement session that covers discharges properly, at no further cost, and the current slides sent to the attendees."),
           ("With thanks,\nThe PEXA Training Team", None)],
    labels=L(c=True, cat="training"),
    note="The feedback answers turn into dissatisfaction with the training content plus a demand for a free "
         "replacement: an implicit complaint, category training (specific theme).")

add(sid="s019", mb="pexa", grp="I", kind="firm_info_request",
    subj="Your request for your personal data - PRV-1193",
    who=[P("Eleanor Voss", "eleanor.voss@hollowaytate.co.uk", "Ms Voss"),
         P("Conor Walsh", "conor.walsh@hollowaytate.co.uk", "Mr Walsh")],
    q=Q(*PX_PRIVACY, (2026, 2, 19, 16, 12), None),
    parts=[("Dear {dear},\n\nWe have received your request for a copy of your personal data. So that we can deal with it, please could you confirm:", None),
           ("1. Which PEXA user accounts the request covers (you may have held accounts at more than one organisation).",
            "Both: the one at Wyvern Conveyancing until 2024 and my current one at Holloway Tate."),
           ("2. The period you are interested in.",
            "Everything from 2021 onwards, including my login history and any notes your support team made."),
           ("3. How you would like to receive the information.",
            "By email. For the workspace activity records, please send them as a CSV file rather than a PDF, as I want to load them into our practice management system."),
           ("Kind regards,\nPEXA Privacy Team", None)],
    labels=L(r="access,portability"),
    note="Answering the privacy team's questions, the sender confirms the scope of her copy request (access) and asks "
         "for activity records as CSV to load into another system (portability); no dissatisfaction, not a complaint.")

add(sid="s020", mb="pexa", grp="I", kind="firm_info_request",
    subj="Billing details for 2026/27",
    who=[P("Diane Whitworth", "d.whitworth@castlegatelaw.co.uk", "Ms Whitworth", "Office Manager, Castlegate Law"),
         P("Martin Oyelaran", "m.oyelaran@castlegatelaw.co.uk", "Mr Oyelaran", "Castlegate Law")],
    q=Q(*PX_BILLING, (2026, 4, 1, 11, 0), None),
    parts=[("Hello {first},\n\nAs we start the new financial year, please confirm the following so our invoices reach the right people:", None),
           ("1. Purchase order number for 2026/27.", "PO-2026-114."),
           ("2. Billing contact name and email.", "Still me."),
           ("3. Invoice address.",
            "Unit 4, Castlegate Yard, York YO1 9RN. This is the third time I have given it. We moved last July, I updated it in writing in August and again in November, and your invoices have kept going to our old office on Micklegate, where the new tenants have twice opened them and posted them on. Please confirm it is changed this time and tell me why the last two updates were ignored."),
           ("Thanks,\nPEXA Billing", None)],
    labels=L(c=True, cat="service_quality"),
    note="One answer adds that two address updates were ignored, with a demand to confirm and explain: an implicit "
         "complaint about careless handling (service_quality); the misdirected invoices carry firm billing data, not "
         "personal data, so breach=false.")

add(sid="s021", mb="pexa", grp="I", kind="firm_info_request",
    subj="Your email about your conveyancer",
    who=[P("Sian Mortimer", "sianmortimer@gmail.com", "Ms Mortimer"),
         P("Idris Kamara", "idris.kamara@outlook.com", "Mr Kamara")],
    q=Q(*PX_SUPPORT, (2026, 3, 23, 10, 44), None),
    parts=[("Dear {dear},\n\nThank you for your email. PEXA provides the platform that firms use to complete property transactions, and we are not able to investigate how a law firm has handled your purchase. We can, however, pass your concerns to the firm. Please could you tell us:", None),
           ("1. The name of the firm acting for you.", "Orchard Lane, in Stockport. Our contact there is Mr Healey."),
           ("2. The address of the property.", "22 Brindle Street, Marple."),
           ("3. Whether you have already raised this with the firm, and what response you received.",
            "Yes, by email on 3 March and 10 March and by phone more times than I can count. No answer to either email. We were meant to exchange on 6 March and still haven't, and the sellers now say they will put the house back on the market if we don't exchange by the end of the month."),
           ("Kind regards,\nPEXA Customer Support", None)],
    labels=L(c=True, cat="delay", firm="ols"),
    note="A buyer answering PEXA's forwarding questions: her grievance is purely her solicitors ('Orchard Lane', ols) "
         "ignoring her while exchange slips, so a complaint to forward, category delay.")

add(sid="s022", mb="pexa", grp="I", kind="firm_info_request",
    subj="Help shape PEXA - three quick questions",
    who=[P("Lucy Fairbanks", "lucy.fairbanks@penhallowlaw.co.uk", "Ms Fairbanks", "Penhallow Law"),
         P("Tobias Grant", "t.grant@grantwhitley.co.uk", "Mr Grant", "Grant Whitley Solicitors")],
    q=Q(*PX_RESEARCH, (2026, 2, 5, 12, 0), None),
    parts=[("Hi {first},\n\nWe're talking to conveyancers about how they use PEXA. We'd love your answers to three quick questions:", None),
           ("1. Roughly how many workspaces do you open in a typical month?", "Around 30."),
           ("2. Which feature do you use most?", "The settlement statement builder, by a distance."),
           ("3. May we add you to our research panel and send you occasional product news and offers based on how you use the platform?",
            "No thank you. I'm happy to answer the odd survey like this one, but I object to my usage data being used to tailor marketing or offers to me, and please don't add me to any mailing list."),
           ("Thanks so much,\nThe PEXA Product Team", None)],
    labels=L(r="objection"),
    note="Friendly survey answers with an objection to usage data being used for marketing (objection); no "
         "dissatisfaction, so not a complaint.")

# ============================== PEXA, group T ==============================
add(sid="s023", mb="pexa", grp="T", kind="firm_reply",
    subj="SR-40990 has been resolved",
    who=[P("Patricia Oyelowo", "p.oyelowo@brightwaterlegal.co.uk", "Ms Oyelowo", "Brightwater Legal"),
         P("Ewan Sutherland", "ewan.sutherland@sutherlandmuir.co.uk", "Mr Sutherland", "Sutherland Muir LLP")],
    q=Q(*PX_SUPPORT, (2026, 3, 9, 16, 35), T("""
        Hi {first},

        We're marking this request as resolved, as the lodgement for workspace 4409-1172 has now been accepted by HM Land Registry.

        If you need anything else, just reply to this email.

        PEXA Support""")),
    reply=T("""
        I'd like to make a formal complaint about how this request was handled. The lodgement was accepted only because I re-sent the TR1 myself after your team told me three times that there was 'nothing showing an issue' at your end. It took eleven days, two of your advisers gave me contradictory instructions, and one told me to 'speak to the Land Registry' and ended the call.

        I want an acknowledgement of what went wrong and an assurance that the support team has been told."""),
    labels=L(c=True, ex=True, cat="service_quality"),
    note="Top-posted control: the sender names a formal complaint about contradictory, dismissive support handling: "
         "explicit, category service_quality.")

add(sid="s024", mb="pexa", grp="T", kind="firm_request",
    subj="Booking your go-live call",
    who=[P("Adele Crossley", "adele@crossleyconveyancing.co.uk", "Ms Crossley", "Crossley Conveyancing"),
         P("Barnaby Welsh", "barnaby.welsh@welshandpartners.co.uk", "Mr Welsh", "Welsh & Partners")],
    q=Q("Sana Iqbal", "sana.iqbal@pexa.co.uk", (2026, 1, 23, 15, 15), T("""
        Hi {first},

        I'd like to book your go-live call. Would Tuesday 27 January at 10:00 or Wednesday 28 January at 14:00 suit you? The call takes about 45 minutes.

        Thanks,
        Sana""")),
    reply=T("""
        Tuesday at 10 is fine. I'll have Ruth from our post-completion team with me."""),
    labels=L(),
    note="Top-posted control: an ordinary yes to a proposed call time, not a complaint.")

add(sid="s025", mb="pexa", grp="T", kind="none",
    subj="Mortgage money late on completion day",
    reply_prefix=False,
    who=[P("Jodie Hargreaves", "jodie.hargreaves@gmail.com", "Ms Hargreaves"),
         P("Kieran Doyle", "kieran.doyle88@outlook.com", "Mr Doyle")],
    q=None,
    reply=T("""
        I'm told Thames Valley Mortgages use your platform. We were due to complete on our first home at 1pm yesterday, 16 April. Our solicitor had everything ready by 10am, but TVM didn't send the mortgage money until 4.50pm, and only after I'd spent an hour on the phone to them. We didn't get the keys until after six, the removal firm charged an extra £380, and TVM's customer team have since told me it was 'within their service standard'.

        I'd like someone to take this up with them and get them to pay the extra removal cost."""),
    labels=L(c=True, cat="delay", firm="tvm"),
    note="New mail, no quote: a buyer's grievance is purely her lender (TVM, directory tvm) releasing funds late, so "
         "a complaint to forward, category delay.")

add(sid="s026", mb="pexa", grp="T", kind="none",
    subj="Question about my data",
    reply_prefix=False,
    who=[P("Margaret Ellwood", "m.ellwood@talktalk.net", "Mrs Ellwood"),
         P("Stanley Okafor-Reid", "stanley.or@gmail.com", "Mr Okafor-Reid")],
    q=None,
    reply=T("""
        I sold my flat last year through a solicitor who used PEXA to complete the sale. For my own records, could you tell me what kinds of information about me PEXA holds from that sale, where it came from, what you use it for, on what basis, and how long you keep it?

        I don't need a copy of the information itself, just the explanation."""),
    labels=L(r="informed"),
    note="New mail: a neutral request to be told the source, purpose, basis and retention of the processing "
         "(informed), expressly not a copy (so not access); not a complaint.")

add(sid="s027", mb="pexa", grp="T", kind="firm_reply", wrap=True,
    subj="Uploading the discharge after settlement",
    who=[P("Rebecca Linton", "rebecca.linton@aldworthsolicitors.co.uk", "Ms Linton", "Aldworth Solicitors"),
         P("Gareth Pugh", "g.pugh@pughconveyancing.co.uk", "Mr Pugh", "Pugh Conveyancing")],
    q=Q("Tomasz Nowicki", "tomasz.nowicki@pexa.co.uk", (2026, 2, 6, 13, 22), T("""
        Hi {first},

        Yes - you can complete settlement and upload the lender's discharge (DS1) into the workspace afterwards. The lodgement will be held until the discharge is added and will then be sent to HM Land Registry automatically.

        Kind regards,
        Tomasz
        PEXA Support""")),
    reply=T("""
        Tomasz's advice below was wrong. We settled on the 9th on the strength of it, uploaded the DS1 the next morning, and the lodgement was never held: it went to the Land Registry without the discharge and came back with a requisition. Our client's registration is now delayed by weeks and the lender is asking why.

        Please confirm in writing what the correct procedure is, why we were told otherwise, and what you will do to help clear the requisition."""),
    labels=L(c=True, cat="inaccurate_information"),
    note="Top-posted control: wrong procedural advice from PEXA support caused a requisition and delay; implicit "
         "complaint, category inaccurate_information (specific cause beats delay).")

add(sid="s028", mb="pexa", grp="T", kind="none",
    subj="New signing screen",
    reply_prefix=False,
    who=[P("Hannah Colquhoun", "h.colquhoun@riversidelaw.co.uk", "Ms Colquhoun", "Riverside Law"),
         P("Declan Moss", "declan.moss@mossbrooke.co.uk", "Mr Moss", "Moss Brooke Solicitors")],
    q=None,
    reply=T("""
        Since Monday's update the 'Sign and submit' button on the transfer screen sits below the bottom of a normal laptop screen with no scroll bar showing, so three of my team have closed the page thinking they had signed when they hadn't. One transfer missed the cut-off because of it. It does work if you know to scroll down, but nothing tells you to.

        Please move the button or add a visible prompt, and let me know when it's done."""),
    labels=L(c=True, cat="usability"),
    note="New mail: the screen works but its layout leads users into mistakes, with harm and a request to fix: "
         "implicit complaint, category usability rather than platform_defect.")

add(sid="s029", mb="pexa", grp="T", kind="firm_reply",
    subj="Settlement figures - 3 Wharf Lane",
    who=[P("Oliver Penberthy", "oliver.penberthy@gmail.com", "Mr Penberthy"),
         P("Grace Mwangi", "grace.mwangi@hotmail.com", "Ms Mwangi")],
    q=Q(*PX_SUPPORT, (2026, 4, 10, 10, 18), T("""
        Dear Mr Brannigan,

        Please find below the settlement figures for 3 Wharf Lane that you asked for:

        Purchasers: Mr A. Brannigan and Mrs L. Brannigan
        Purchase price: £312,000.00
        Mortgage advance (Kestrel Building Society): £249,600.00
        Balance from purchasers: £66,412.50

        Kind regards,
        PEXA Support""")),
    reply=T("""
        I think this was meant for someone else - I'm not Mr Brannigan and I have nothing to do with 3 Wharf Lane. I've deleted it from my inbox and haven't shared it. Just letting you know so you can check the address you used; no need to reply."""),
    labels=L(br=True),
    note="Top-posted control: a stranger reports receiving someone else's settlement details (breach=true) but is not "
         "dissatisfied and expects no reply, so not a complaint and personal_data=false.")

add(sid="s030", mb="pexa", grp="T", kind="none",
    subj="Complaint - our onboarding application",
    reply_prefix=False,
    who=[P("Samira Haddow", "samira@haddowconveyancing.co.uk", "Ms Haddow", "Haddow Conveyancing"),
         P("Finlay Rourke", "finlay.rourke@rourkelegal.co.uk", "Mr Rourke", "Rourke Legal")],
    q=None,
    reply=T("""
        I want to complain about the time it is taking to get our firm onto PEXA. We applied on 12 January and sent every document your onboarding team asked for by 20 January. Since then we have been asked for the same insurance certificate three times by three different people. It is now 9 April, and two of our lenders have said they will stop instructing us on remortgages unless we can complete electronically.

        Please give me a firm go-live date and the name of one person responsible for our application."""),
    labels=L(c=True, ex=True, cat="onboarding"),
    note="New mail naming a complaint about a stalled application to join the platform: explicit, category "
         "onboarding (specific theme beats delay).")

# ============================== Conexus, group B ==============================
add(sid="s031", mb="conexus", grp="B", kind="firm_arrears",
    subj="Account CNX-7781204 - arrears notice",
    who=[P("Leanne Fairclough", "leanne.fairclough@gmail.com", "Ms Fairclough"),
         P("Robert Igwe", "rob.igwe@yahoo.co.uk", "Mr Igwe")],
    q=Q(*CX_COLL, (2026, 2, 9, 8, 0), T("""
        Dear {dear},

        Account reference: CNX-7781204
        Creditor: Northline Energy
        Balance: £612.48

        We have been instructed by Northline Energy to collect the above balance, which remains unpaid. Please pay the balance in full, or contact us within 14 days to discuss a payment arrangement.

        Yours sincerely,
        Conexus Collections""")),
    reply=T("""
        This balance is for 18 Farrier Lane, which I moved out of on 30 June last year. I gave Northline a closing meter reading that day and they acknowledged it, but they carried on billing the property in my name until November - that is where the £612 comes from. The new tenants were living there and using the gas.

        Northline need to close my account at the move-out date and bill the new occupiers. Please pass this back to them and don't pursue me for it in the meantime."""),
    labels=L(c=True, cat="debt_dispute", firm="nte"),
    note="Below Conexus's arrears letter the debtor disputes the debt because the creditor (Northline, nte) kept "
         "billing after move-out; only Northline can fix the root cause, so about_other_firm=nte, debt_dispute.")

add(sid="s032", mb="conexus", grp="B", kind="firm_reminder",
    subj="Missed payment - CNX-6613092",
    who=[P("Carol Entwistle", "carol.entwistle@btinternet.com", "Mrs Entwistle"),
         P("Jamal Osman", "jamal.osman@gmail.com", "Mr Osman")],
    q=Q(*CX_PAY, (2026, 3, 4, 7, 45), T("""
        Dear {dear},

        We have not received your payment of £30.00 due on 1 March under your payment arrangement. A late payment charge of £12.00 has been added to your balance.

        Please make the payment as soon as possible to keep your arrangement in place.

        Conexus Payments""")),
    reply=T("""
        My payment left my account on 27 February by standing order, as it has every month since last May - the bank statement is attached. This is the second time you've sent this and added £12, and the first £12 from December is still on my balance even though your agent said it would come off.

        Please remove both charges and confirm my arrangement is not at risk."""),
    labels=L(c=True, cat="fees_charges"),
    note="Late-payment charges added on top of the debt for payments made on time, with a demand to remove them: an "
         "implicit complaint, category fees_charges (a charge Conexus adds, not the debt itself).")

add(sid="s033", mb="conexus", grp="B", kind="firm_final", wrap=True,
    subj="Our final response - ref CNX-C-30917",
    who=[P("Dawn Heseltine", "dawn.heseltine@outlook.com", "Ms Heseltine"),
         P("Liam Kearney", "liam.kearney77@gmail.com", "Mr Kearney")],
    q=Q("Owen Marsh", "owen.marsh@conexus.co.uk", (2026, 3, 20, 14, 10), T("""
        Dear {dear},

        You complained about the number of calls you received from us between 2 and 5 February. I have reviewed our contact records. Our calls were made within our contact strategy, and I have not found that we acted unfairly, so I am unable to uphold your complaint.

        If you are unhappy with this response, you can refer your complaint to the Financial Ombudsman Service within six months.

        Yours sincerely,
        Owen Marsh
        Customer Relations Manager"""),
        older=OLDER_FROM_SENDER((2026, 2, 6, 21, 30), T("""
        I want to complain about the calls I've had from your company this week. You've rung me eleven times in four days, including twice after 9pm."""))),
    reply=T("""
        Eleven calls in four days, two of them after nine at night, is not a 'contact strategy' anyone would call reasonable, and your letter doesn't mention the late calls at all. I also told your agent on the 3rd that I work nights and asked to be called only after 2pm.

        I don't accept this outcome. Please reconsider it, or I will take it to the Ombudsman."""),
    labels=L(c=True, cat="collection_conduct"),
    note="An objection to Conexus's final response written below it continues the grievance about call frequency "
         "(collection_conduct); 'complaint' appears only in the quoted letters and the sender's subject does not use "
         "it, so implicit.")

add(sid="s034", mb="conexus", grp="B", kind="third_adviser",
    subj="Breathing Space - still being contacted",
    reply_prefix=False,
    who=[P("Terry Bannister", "terry.bannister@gmail.com", "Terry"),
         P("Monique Laurent", "monique.laurent@hotmail.co.uk", "Monique")],
    q=Q("Nadia Brook", "nadia.brook@harbourmoneyadvice.org.uk", (2026, 3, 2, 16, 20), T("""
        Hi {dear},

        Just to confirm, I've registered your Breathing Space today and the Insolvency Service will notify your creditors, including Conexus. From now until 1 May they must not contact you to ask for payment, add interest or charges, or take any action against you.

        If anyone does contact you, let me know.

        Best wishes,
        Nadia Brook
        Money Adviser, Harbour Money Advice""")),
    reply=T("""
        Your company rang me on 9 March and again on 12 March asking when I was going to pay, and a letter dated 10 March says my 'arrangement has been cancelled'. My adviser's email above explains the Breathing Space started on 2 March.

        Why is this still happening? I want the calls to stop, the letter withdrawn and an explanation."""),
    labels=L(c=True, cat="collection_conduct"),
    note="The debtor writes himself below his adviser's email, so third_party=false; calls during Breathing Space are "
         "an implicit complaint about collection_conduct, and 'breach' of Breathing Space is not a data breach.")

add(sid="s035", mb="conexus", grp="B", kind="firm_notice",
    subj="Your Pennant Mobile account - now managed by Conexus",
    who=[P("Yusuf Demir", "yusuf.demir@gmail.com", "Mr Demir"),
         P("Kathleen Brophy", "kathleen.brophy@icloud.com", "Ms Brophy")],
    q=Q(*CX_CS, (2026, 1, 27, 9, 0), T("""
        Dear {dear},

        Pennant Mobile has appointed Conexus to collect the outstanding balance of £284.16 on your former mobile account (Pennant ref PM-550183). Your Conexus reference is CNX-8820417.

        Please contact us to pay or to discuss your options.

        Conexus Customer Services""")),
    reply=T("""
        Before I decide what to do about this, please send me a copy of all the personal information you hold about me for this account, including whatever Pennant passed to you, any notes and any recordings of calls. Email is fine."""),
    labels=L(r="access"),
    note="A neutral request, below Conexus's introduction letter, for a copy of all data held including recordings "
         "(access); no dissatisfaction, so not a complaint.")

add(sid="s036", mb="conexus", grp="B", kind="firm_arrears",
    subj="Your account CNX-5530218",
    who=[P("Fiona Gallacher", "fiona.gallacher@gmail.com", "Ms Gallacher"),
         P("Anthony Ruiz", "anthony.ruiz@outlook.com", "Mr Ruiz")],
    q=Q(*CX_COLL, (2026, 2, 17, 8, 10), T("""
        Dear Mr Aldous,

        Account reference: CNX-5530218
        Creditor: Sterling Credit Loans
        Address held: 7 Pelham Court, Hove BN3 5TL
        Balance: £3,946.20

        Our records show that no payment has been received since November. Please contact us within 7 days.

        Conexus Collections""")),
    reply=T("""
        I'm not Mr Aldous and I don't know him - I think you've got a wrong email address for him. I've deleted your message and won't do anything with the details, but I thought you ought to know it's reaching the wrong person."""),
    labels=L(br=True),
    note="Someone else's debt details were emailed to the sender (breach=true); the sender is not dissatisfied and "
         "wants nothing, so not a complaint and personal_data=false; Sterling is named only in the quote.")

add(sid="s037", mb="conexus", grp="B", kind="firm_reply",
    subj="Payment arrangement confirmed - CNX-4471960",
    who=[P("Kirsty Mulholland", "kirsty.mulholland@gmail.com", "Ms Mulholland"),
         P("Danielle Price", "dani.price92@outlook.com", "Ms Price")],
    q=Q(*CX_CS, (2026, 1, 13, 12, 30), T("""
        Dear {dear},

        Thank you for agreeing a payment arrangement of £45.00 per month on account CNX-4471960, starting 1 February. A confirmation letter has also been sent to you by post.

        Conexus Customer Services""")),
    reply=T("""
        The letter 'sent by post' went to 31 Heron Walk, the address I left in October. I told your agent on 2 December that I had moved and gave her my new details. My former partner still lives at Heron Walk. He opened it, so he now knows about this debt, and the letter had my new mobile number on it. I moved to get away from him. I am frightened.

        I need to know how this was allowed to happen. Please put my correct address, 5 Quarry Mews, on every part of my account and confirm that nothing else will go to Heron Walk."""),
    labels=L(c=True, pd=True, br=True, r="rectification", cat="personal_data"),
    note="Her letter and new number were disclosed to a former partner at an address she had updated: an implicit "
         "complaint about data handling with a breach; 'put my correct address on every part of my account' is "
         "rectification.")

add(sid="s038", mb="conexus", grp="B", kind="third_creditor", wrap=True,
    subj="Sterling Credit balance - interest added after freeze",
    reply_prefix=False,
    who=[P("Norman Whitlock", "norman.whitlock@btinternet.com", "Mr Whitlock"),
         P("Ayesha Malik", "ayesha.malik@gmail.com", "Ms Malik")],
    q=Q("Sterling Credit Loans", "customer.relations@sterlingcredit.co.uk", (2025, 6, 11, 11, 5), T("""
        Dear {dear},

        Further to our telephone conversation, we have agreed to freeze interest on your loan account SCL-2093317 with immediate effect and to accept reduced payments of £40 per month, to be reviewed in 12 months.

        Sterling Credit Loans""")),
    reply=T("""
        You wrote to me last week saying I owe £5,210. When Sterling froze the interest in June (their letter is above) the balance was £4,588. They carried on adding interest every month after that letter, and that is the whole difference.

        This is their error, not mine. Please get Sterling to take the interest off and correct the balance before you ask me for anything."""),
    labels=L(c=True, cat="debt_dispute", firm="scl"),
    note="The disputed amount is interest the creditor (Sterling, scl) added after agreeing a freeze; only the "
         "creditor can fix it, so about_other_firm=scl, category debt_dispute.")

add(sid="s039", mb="conexus", grp="B", kind="firm_notice",
    subj="Settle your balance and save 30% this month",
    who=[P("Philippa Drummond", "pippa.drummond@gmail.com", "Philippa"),
         P("Craig Lennox", "craig.lennox@yahoo.co.uk", "Craig")],
    q=Q(*CX_OFFERS, (2026, 4, 6, 18, 0), T("""
        Hi {dear},

        Good news! For April only, you can clear your balance with a one-off payment and save 30%.

        This offer has been selected for you based on your account history. Visit your online account to see your personalised settlement figure.

        The Conexus Team
        To stop receiving these emails, reply STOP.""")),
    reply=T("""
        STOP. That's the third time I've replied STOP and the emails keep coming. I'm on a payment plan and I keep to it, and I object to you using my account history to target me with these offers. I want them stopped for good and a reply confirming it."""),
    labels=L(c=True, pd=True, r="objection", cat="personal_data"),
    note="Marketing kept coming after repeated opt-outs: an implicit complaint about data used against her wishes "
         "(personal_data), with an objection to profiling for offers (objection).")

add(sid="s040", mb="conexus", grp="B", kind="firm_ack",
    subj="Your dispute - account CNX-3398274",
    who=[P("Gordon Ashworth", "gordon.ashworth@outlook.com", "Mr Ashworth"),
         P("Precious Ndlovu", "precious.ndlovu@gmail.com", "Ms Ndlovu")],
    q=Q(*CX_CS, (2026, 3, 11, 10, 30), T("""
        Dear {dear},

        Thank you for letting us know that you dispute the balance on this account. We have asked Lumen Water for copies of the bills and meter readings, and your account has been placed on hold for 30 days while we wait for them.

        Conexus Customer Services""")),
    reply=T("""
        Thank you, that's helpful. While it's on hold, please don't use my details for anything else or share them with credit reference agencies or tracing companies until Lumen have confirmed whether the balance is right."""),
    labels=L(r="restriction"),
    note="A polite reply to Conexus's acknowledgement asking that the data not be used or shared until the disputed "
         "balance is confirmed (restriction); no dissatisfaction, so not a complaint.")

add(sid="s041", mb="conexus", grp="B", kind="firm_ack",
    subj="Your query - account CNX-2204815",
    who=[P("Sandra Pilkington", "sandra.pilkington@talktalk.net", "Mrs Pilkington"),
         P("Mohammed Rahman", "m.rahman83@gmail.com", "Mr Rahman")],
    q=Q(*CX_CS, (2026, 2, 2, 15, 5), T("""
        Dear {dear},

        We've asked Northline Energy for a copy of the final bill and the meter reading history you requested. We'll write to you again within 10 working days.

        Conexus Customer Services""")),
    reply=T("""
        Still waiting. That was over five weeks ago, and your payment letters keep arriving in the meantime."""),
    labels=L(c=True, cat="delay"),
    note="'Still waiting' below Conexus's own promise of a reply in 10 working days is an implicit complaint about "
         "delay; Conexus made the promise, so about_other_firm=null although the creditor is named.")

add(sid="s042", mb="conexus", grp="B", kind="firm_notice",
    subj="Account closed - CNX-6009183",
    who=[P("Bernard Quinlan", "bernard.quinlan@gmail.com", "Mr Quinlan"),
         P("Tanya Kowal", "tanya.kowal@outlook.com", "Ms Kowal")],
    q=Q(*CX_CS, (2026, 4, 15, 9, 50), T("""
        Dear {dear},

        We're pleased to confirm that your final payment has been received and your account CNX-6009183 is now closed with a nil balance. We have let Beacon Home Finance know.

        Conexus Customer Services""")),
    reply=T("""
        Thank you - that's a weight off.

        Two things now it's closed. Please send me the full payment history for the account as a CSV or spreadsheet file so I can load it into the budgeting app my adviser set me up with. After that, please delete my contact details and anything else you don't have to keep."""),
    labels=L(r="portability,erasure"),
    note="Thanks for a closed account plus a machine-readable export to load into an app (portability) and deletion "
         "afterwards (erasure); nothing is wrong, so not a complaint.")

add(sid="s043", mb="conexus", grp="B", kind="firm_request",
    subj="Lasting power of attorney - account CNX-1187735",
    who=[P("Julia Tomlin", "julia.tomlin@gmail.com", "Ms Tomlin"),
         P("Andrew Tomlin", "andrew.tomlin@btinternet.com", "Mr Tomlin")],
    q=Q(*CX_CS, (2026, 3, 16, 11, 40), T("""
        Dear {dear},

        Thank you for sending a copy of the lasting power of attorney for Mr Gerald Tomlin. Unfortunately we are unable to accept an emailed copy. To add you as an attorney on the account, please post us either the original document or a copy certified on every page by a solicitor.

        Until then we can only discuss the account with Mr Tomlin himself.

        Conexus Customer Services""")),
    reply=T("""
        My father has dementia and cannot discuss his account with anyone - that is why I hold his power of attorney. Your rule means you will only talk to the one person who cannot understand you. His bank, his pension provider and his energy supplier all accepted the scanned copy, and you can check the LPA online with the Office of the Public Guardian using the access code I gave you.

        Please accept it and deal with me, or explain why your rule is stricter than everyone else's. Meanwhile your letters are still going to him and upsetting him."""),
    labels=L(c=True, tp=True, cat="process"),
    note="An attorney writing for her father objects to Conexus's original-document rule itself: an implicit "
         "complaint, third_party, category process; 'access code' is not the access right.")

add(sid="s044", mb="conexus", grp="B", kind="firm_notice",
    subj="Council tax - Westbury",
    who=[P("Rachel Ormerod", "rachel.ormerod@gmail.com", "Ms Ormerod"),
         P("Tomás Brennan", "tomas.brennan@outlook.com", "Mr Brennan")],
    q=Q(*CX_COLL, (2026, 2, 24, 8, 15), T("""
        Dear {dear},

        We have been instructed by Westbury Council Tax Services to collect unpaid council tax of £486.30 for the 2024/25 year. Please contact us to arrange payment.

        Conexus Collections""")),
    reply=T("""
        I'll be in touch about the payment itself once I've checked my council tax records. Before then, could you tell me where you obtained this email address and my mobile number, which I don't think I gave to the council, what lawful basis you rely on to use them, and whether you will share them with anyone else?"""),
    labels=L(r="informed"),
    note="A neutral request to be told the source, lawful basis and recipients of the data (informed); the sender "
         "raises no grievance and expects only information, so not a complaint.")

# ============================== Conexus, group I ==============================
add(sid="s045", mb="conexus", grp="I", kind="firm_info_request",
    subj="Setting up your payment plan",
    who=[P("Shannon Rigby", "shannon.rigby@gmail.com", "Ms Rigby"),
         P("Dariusz Nowak", "dariusz.nowak@outlook.com", "Mr Nowak")],
    q=Q(*CX_CS, (2026, 1, 19, 13, 0), None),
    parts=[("Dear {dear},\n\nSo that we can agree an affordable plan, please answer the questions below:", None),
           ("1. What is your total monthly income after tax, including any benefits?", "£1,410: wages of £1,120 plus £290 Universal Credit."),
           ("2. What do you pay each month in rent or mortgage?", "£575 rent."),
           ("3. Do you have any other debts we should be aware of?", "A credit card with about £900 on it. I pay £25 a month."),
           ("4. How much could you afford to pay towards this account each month?", "£20 to start with, and more once my hours go back up in the spring."),
           ("Kind regards,\nConexus Customer Services", None)],
    labels=L(),
    note="All interleaved answers are plain income and expenditure facts: no dissatisfaction, no right, not a complaint.")

add(sid="s046", mb="conexus", grp="I", kind="firm_info_request",
    subj="Your complaint CNX-C-31288 - a few questions",
    who=[P("Chloe Ashdown", "chloe.ashdown@gmail.com", "Ms Ashdown"),
         P("Aaron Fletcher", "aaron.fletcher@hotmail.co.uk", "Mr Fletcher")],
    q=Q("Leanne Whitby", "leanne.whitby@conexus.co.uk", (2026, 3, 24, 10, 10), None),
    parts=[("Dear {dear},\n\nThank you for your complaint about a call from one of our agents. To help me investigate, could you tell me:", None),
           ("1. The date and approximate time of the call.", "Wednesday 18 March, just after six in the evening."),
           ("2. The name the agent gave, if you remember it.", "He said 'Craig'."),
           ("3. What happened during the call.",
            "He told me that if I didn't pay £200 by Friday 'people would be round', that I'd be 'blacklisted for life', and he kept talking over me when I tried to explain I'd lost my job. I was in tears by the end."),
           ("4. What you would like us to do.",
            "I want an apology and for him not to handle my account again. And please send me a copy of the recording of that call so I can hear it again myself."),
           ("Kind regards,\nLeanne Whitby\nCustomer Relations", None)],
    labels=L(c=True, ex=True, r="access", cat="collection_conduct"),
    note="Answers to the investigator continue a complaint about a pressuring agent (collection_conduct), explicit "
         "by the sender's subject; asking for a copy of the call recording is access, which does not make it "
         "personal_data.")

add(sid="s047", mb="conexus", grp="I", kind="firm_info_request",
    subj="Security check - account CNX-9054112",
    who=[P("Bethany Carr", "bethany.carr@gmail.com", "Ms Carr"),
         P("Lukas Petrauskas", "lukas.petrauskas@outlook.com", "Mr Petrauskas")],
    q=Q(*CX_CS, (2026, 2, 26, 9, 20), None),
    parts=[("Dear {dear},\n\nBefore we can discuss your account, please confirm the following:", None),
           ("- Your date of birth", "14/08/1988."),
           ("- Your current address",
            "Flat 3, 27 Lowther Street, Carlisle CA3 8DA. Your last letter was addressed to Flat 8, so please correct that on your records."),
           ("- The first line of your previous address", "112 Botchergate."),
           ("Thanks,\nConexus Customer Services", None)],
    labels=L(r="rectification"),
    note="Security answers with a matter-of-fact request to correct the flat number (rectification); no grievance "
         "or disclosure is described, so not a complaint and breach=false.")

add(sid="s048", mb="conexus", grp="I", kind="firm_info_request",
    subj="Your client - account CNX-7310586",
    who=[P("Helena Marsh-Tully", "h.marshtully@redbrooklacey.co.uk", "Ms Marsh-Tully", "Solicitor, Redbrook Lacey Solicitors"),
         P("Owen Castellano", "o.castellano@redbrooklacey.co.uk", "Mr Castellano", "Redbrook Lacey Solicitors")],
    q=Q(*CX_CS, (2026, 3, 30, 14, 45), None),
    parts=[("Dear {dear},\n\nThank you for your letter. Before we can discuss your client's account, we need:", None),
           ("1. A signed letter of authority from your client.", "Attached, signed by Ms Farrow on 27 March."),
           ("2. Your client's date of birth.", "02/05/1979."),
           ("3. Details of the dispute.",
            "Our client cancelled her Pennant Mobile contract on 9 October 2025, within the 14-day cooling-off period, and returned the handset the same day; Pennant's own returns receipt is attached. Pennant nevertheless billed her for the full contract and passed the 'balance' to you. Nothing is owed. We ask that the account is returned to Pennant and that all collection activity stops while Pennant corrects its records."),
           ("Yours sincerely,\nConexus Customer Services", None)],
    labels=L(c=True, tp=True, cat="debt_dispute", firm="pmt"),
    note="A solicitor for the debtor (third_party) disputes a debt that exists only because the creditor (Pennant "
         "Mobile, pmt) billed a cancelled contract; only Pennant can fix it, so pmt, category debt_dispute.")

add(sid="s049", mb="conexus", grp="I", kind="firm_info_request",
    subj="Keeping your details up to date",
    who=[P("Natalie Burrows", "natalie.burrows@gmail.com", "Ms Burrows"),
         P("Kevin Ashcroft", "kevin.ashcroft@outlook.com", "Mr Ashcroft")],
    q=Q(*CX_CS, (2026, 4, 7, 8, 40), None),
    parts=[("Dear {dear},\n\nPlease help us keep your account up to date by answering the following:", None),
           ("1. Are you still living at 40 Mill Brow, Oldham?", "Yes."),
           ("2. What is the best number and time to contact you?",
            "My mobile, 07700 900316, after 5pm. Not my work number. I have asked three times for you to stop ringing my work, and last Tuesday your caller told my manager, who picked up my phone, that she was 'calling about an outstanding debt'. My manager now knows my business and I've had to explain myself at work. I want to know why this happened and I want a call from a manager about it."),
           ("3. Would you like to set up a Direct Debit?", "Yes, please send me the form."),
           ("Thank you,\nConexus Customer Services", None)],
    labels=L(c=True, pd=True, br=True, cat="collection_conduct"),
    note="One answer reports repeated workplace calls and the debt disclosed to the sender's manager: implicit complaint "
         "about how the debt is pursued (collection_conduct) with a breach, so personal_data and breach set; 'stop "
         "ringing my work' is a conduct remedy, not objection.")

add(sid="s050", mb="conexus", grp="I", kind="firm_info_request",
    subj="March placement - queries on 3 accounts",
    who=[P("Imran Siddiqui", "imran.siddiqui@lumenwater.co.uk", "Imran", "Debt Recovery Analyst, Lumen Water"),
         P("Joanne Beckett", "joanne.beckett@lumenwater.co.uk", "Joanne", "Lumen Water Credit Team")],
    q=Q(*CX_CLIENT, (2026, 3, 13, 15, 30), None),
    parts=[("Hi {dear},\n\nWe've loaded your March placement file. Three accounts need checking before we start contact:", None),
           ("1. LW-448120: the balance on the file (£1,204.77) differs from the final bill (£1,104.77). Which is correct?",
            "£1,104.77 - the file had a £100 deposit not netted off. Corrected file attached."),
           ("2. LW-451906: the customer's notes mention a dispute. Is it still open?",
            "Closed, resolved in the customer's favour in January. Please return this one; it shouldn't have been placed."),
           ("3. LW-460033: is there any contact restriction?",
            "Yes: letters only, no phone calls. The customer has a hearing impairment."),
           ("Thanks,\nClient Services, Conexus", None)],
    labels=L(),
    note="A creditor client's staff answering Conexus's account queries with facts and their own corrections: no "
         "dissatisfaction with Conexus, not a complaint, not third_party.")

add(sid="s051", mb="conexus", grp="I", kind="firm_info_request",
    subj="Information needed - council tax account CNX-2871044",
    who=[P("Eleanor Pike", "eleanor.pike@gmail.com", "Ms Pike"),
         P("Ryan Mcgowan", "ryan.mcgowan@outlook.com", "Mr Mcgowan")],
    q=Q(*CX_COLL, (2026, 3, 3, 9, 55), None),
    parts=[("Dear {dear},\n\nYou have told us that you do not owe this council tax of £731.10. So that we can look into it with Westbury Council Tax Services, please send us:", None),
           ("1. Evidence of the date you moved out of 6 Fairwood Road.", "The tenancy end letter from my landlord is attached: the tenancy ended on 31 July 2024."),
           ("2. Your new address and the date you moved in.", "19 Coombe Lane, Trowbridge, from 1 August 2024. Council tax there has been paid from that date."),
           ("3. Any correspondence you have had with the council.",
            "Three emails to Westbury's revenues team, in September, November and January, all attached. I gave them the move-out date every time and they never changed the bill. The whole amount is for months after I'd left. They need to close this and bill the right person, and I'd like it dealt with now."),
           ("Conexus Collections", None)],
    labels=L(c=True, cat="debt_dispute", firm="wbc"),
    note="The last answer turns into a dispute that the council (Westbury, wbc) billed months after move-out despite "
         "three notices; only the creditor can correct the bill, so wbc, category debt_dispute.")

add(sid="s052", mb="conexus", grp="I", kind="firm_info_request",
    subj="Your request about your data - DPR-0448",
    who=[P("Marian Fowler", "marian.fowler@gmail.com", "Mrs Fowler"),
         P("Oluwaseun Adeyemi", "seun.adeyemi@outlook.com", "Mr Adeyemi")],
    q=Q(*CX_DPO, (2026, 2, 12, 10, 0), None),
    parts=[("Dear {dear},\n\nWe have received your email about your personal data. To make sure we act on it correctly, please confirm:", None),
           ("1. Which account or accounts it relates to.", "CNX-3356019, which I paid off in full in 2023."),
           ("2. Whether you would like us to erase your data, or only to stop contacting you.", "Erase it, please - everything you aren't legally required to keep."),
           ("3. Whether you object to us using your data for any other purposes, such as analysis or offers.",
            "Yes, I object to both. Please don't use anything about me for analysis, profiling or offers in the meantime."),
           ("Kind regards,\nData Protection Team, Conexus", None)],
    labels=L(r="erasure,objection"),
    note="Interleaved answers confirm erasure of a paid-off account's data and object to analysis and offers "
         "(erasure, objection); no dissatisfaction, not a complaint.")

# ============================== Conexus, group T ==============================
add(sid="s053", mb="conexus", grp="T", kind="firm_arrears",
    subj="Notice of intended enforcement action - complaint",
    who=[P("Stacey Holroyd", "stacey.holroyd@gmail.com", "Ms Holroyd"),
         P("Dean Whitfield", "dean.whitfield@outlook.com", "Mr Whitfield")],
    q=Q(*CX_COLL, (2026, 3, 18, 8, 5), T("""
        Dear {dear},

        Account reference: CNX-6642078
        Balance: £94.50

        Unless the balance is paid in full within 7 days, we may recommend to our client that enforcement action is taken, which may include instructing enforcement agents to attend your property.

        Conexus Collections""")),
    reply=T("""
        I want to complain about this letter. I've paid £10 a month on this account since September under an arrangement agreed with your agent and I've never missed a payment - my bank statements show every one. Threatening me with bailiffs over £94.50 while I keep to the plan has left me shaking.

        Please withdraw the letter in writing and confirm the arrangement stands."""),
    labels=L(c=True, ex=True, cat="collection_conduct"),
    note="Top-posted control: the sender names a complaint about a threatening enforcement letter sent while she keeps "
         "to a plan: explicit, collection_conduct.")

add(sid="s054", mb="conexus", grp="T", kind="firm_request",
    subj="Direct Debit set-up",
    who=[P("Paula Greenhalgh", "paula.greenhalgh@gmail.com", "Mrs Greenhalgh"),
         P("Ibrahim Sesay", "ibrahim.sesay@outlook.com", "Mr Sesay")],
    q=Q(*CX_PAY, (2026, 1, 29, 11, 15), T("""
        Dear {dear},

        Thank you for agreeing to pay by Direct Debit. Please confirm which date of the month you would like payments of £35.00 to be collected: the 1st, 15th or 28th.

        Conexus Payments""")),
    reply=T("""
        The 15th please - that's two days after I'm paid."""),
    labels=L(),
    note="Top-posted control: a plain answer choosing a payment date, not a complaint.")

add(sid="s055", mb="conexus", grp="T", kind="none",
    subj="cant get through",
    reply_prefix=False,
    who=[P("Jade Thornton", "jadethornton95@gmail.com", "Ms Thornton"),
         P("Wayne Coulter", "wayne.coulter@yahoo.co.uk", "Mr Coulter")],
    q=None,
    reply=T("""
        I have tried to ring you four times this week to set up a payment plan like your letter says. Each time I've been on hold for over 40 minutes and twice the line went dead when someone finally picked up. I'm using up my phone credit doing this. Someone please call me on 07700 900582 after 4pm so I can actually sort it out."""),
    labels=L(c=True, cat="wait_time"),
    note="New mail: long holds and dropped calls while trying to reach Conexus, with a call-back demand: implicit "
         "complaint about wait_time (reaching someone), not delay.")

add(sid="s056", mb="conexus", grp="T", kind="none",
    subj="Client: Mrs Ruth Akande - account CNX-5021390",
    reply_prefix=False,
    who=[P("Samuel Boateng", "s.boateng@eastgatedebtadvice.org.uk", "Mr Boateng", "Money Adviser, Eastgate Debt Advice"),
         P("Kerry Lomax", "k.lomax@eastgatedebtadvice.org.uk", "Ms Lomax", "Debt Caseworker, Eastgate Debt Advice")],
    q=None,
    reply=T("""
        I am a money adviser at Eastgate Debt Advice and act for Mrs Akande; her signed authority is attached.

        Mrs Akande submitted a payment offer of £15 a month through your online portal on 4 March and received an automatic message saying the offer 'did not meet affordability criteria'. Her circumstances have recently changed and her budget sheet is attached. Please could a member of your team, rather than the online system, review the offer against the budget.

        Please also send us a copy of the personal data you hold about Mrs Akande, including contact notes, so we can check that the circumstances you have recorded are up to date."""),
    labels=L(r="automated_decision,access", tp=True),
    note="New mail from a money adviser (third_party) asking for a person to review an automated decision "
         "(automated_decision) and a copy of the client's data (access), in a neutral tone: not a complaint.")

add(sid="s057", mb="conexus", grp="T", kind="third_creditor",
    subj="Hartwell Broadband - charge already waived",
    reply_prefix=False,
    who=[P("Louise Tennant", "louise.tennant@gmail.com", "Ms Tennant"),
         P("Ahmed Karim", "ahmed.karim@outlook.com", "Mr Karim")],
    q=Q("Hartwell Broadband Billing", "billing@hartwellbroadband.co.uk", (2025, 11, 20, 17, 40), T("""
        Dear {dear},

        Thank you for confirming your move. As agreed, we have waived the early termination charge of £216.00, and your final bill is £0.00.

        Hartwell Broadband""")),
    reply=T("""
        Your letter says I owe Hartwell Broadband £243.60. Their own email below shows they waived the early termination charge when I moved and that my final bill was nothing. The £243.60 is that charge plus a late fee they added afterwards.

        Please send this back to Hartwell and ask them to correct it; I've written to them as well."""),
    labels=L(c=True, cat="debt_dispute", firm="unknown"),
    note="Top-posted control: the debt is a creditor's charge the creditor had waived; the creditor, Hartwell "
         "Broadband, is not in the directory, so about_other_firm=unknown, category debt_dispute.")

add(sid="s058", mb="conexus", grp="T", kind="none",
    subj="Formal complaint - doorstep visit to my mother",
    reply_prefix=False,
    who=[P("Christopher Stott", "chris.stott@btinternet.com", "Mr Stott"),
         P("Lorraine Stott", "lorraine.stott@gmail.com", "Ms Stott")],
    q=None,
    reply=T("""
        I am writing on behalf of my mother, Mrs Eileen Stott, of 4 Rushton Close, Macclesfield, to make a formal complaint. On Monday afternoon a man from your company came to her door about a catalogue debt. She is 83, was recently bereaved and no longer manages her own post. He stayed on the doorstep for nearly half an hour, told her she 'could be taken to court', and left only when a neighbour came over.

        I hold her lasting power of attorney (copy attached). I expect a written explanation of why an agent was sent, an apology to her, and confirmation that all future contact will come to me."""),
    labels=L(c=True, ex=True, tp=True, cat="collection_conduct"),
    note="New mail from a son with power of attorney (third_party) naming a formal complaint about a doorstep visit to "
         "a vulnerable mother: explicit, collection_conduct; nothing is said to have been disclosed, so breach=false.")

add(sid="s059", mb="conexus", grp="T", kind="firm_final", wrap=True,
    subj="Your complaint CNX-C-30552 - our final response",
    who=[P("Doreen Walmsley", "doreen.walmsley@btinternet.com", "Mrs Walmsley"),
         P("Clifford Ames", "clifford.ames@talktalk.net", "Mr Ames")],
    q=Q("Owen Marsh", "owen.marsh@conexus.co.uk", (2026, 2, 27, 15, 25), T("""
        Dear {dear},

        I have completed my investigation into your complaint about the letters sent to you while you were in hospital. I am sorry that our letters continued after your daughter told us you were unwell. I uphold your complaint, and as a gesture of goodwill we have reduced your balance by £150.

        Yours sincerely,
        Owen Marsh
        Customer Relations Manager""")),
    reply=T("""
        Thank you for your letter and for the reduction. I'm home now and feeling much better, and I'm happy for this to be closed."""),
    labels=L(),
    note="Top-posted control: thanks for an upheld complaint with nothing outstanding is not a complaint; the word "
         "appears only in the subject line and quote of the firm's own letter.")

add(sid="s060", mb="conexus", grp="T", kind="none",
    subj="Complaint - my account details sent to my daughter",
    reply_prefix=False,
    who=[P("Raymond Hollis", "raymond.hollis@gmail.com", "Mr Hollis"),
         P("Sheila Bancroft", "sheila.bancroft@outlook.com", "Mrs Bancroft")],
    q=None,
    reply=T("""
        I'm making a complaint. Yesterday my daughter received a text message from your company on her mobile with my name, my account number and the amount I owe you, £1,380. I have never given you her number; she lives in another city and knew nothing about this debt.

        I want to know how this happened, and I want confirmation that no other messages about me have gone to her."""),
    labels=L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
    note="New mail naming a complaint about account details texted to a relative: explicit, personal_data with "
         "breach; asking how it happened is about the incident, not a request to be informed about processing.")


# ---------------------------------------------------------------------------------------------
# envelopes

DOW = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")
DATE_STYLES = ("gmail", "apple", "tbird", "iso", "long", "outlook")


def attribution(who, addr, when, style, html):
    y, mo, d, hh, mm = when
    dt = datetime.date(y, mo, d)
    wd = dt.weekday()
    a = f"{who} &lt;{addr}&gt;" if html else f"{who} <{addr}>"
    if style == "gmail":
        s = f"On {DOW[wd]}, {d} {MON[mo - 1]} {y} at {hh:02d}:{mm:02d}, {a} wrote:"
    elif style == "apple":
        s = f"On {d} {MON[mo - 1]} {y}, at {hh:02d}:{mm:02d}, {a} wrote:"
    elif style == "tbird":
        s = f"On {d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d}, {who} wrote:"
    elif style == "iso":
        s = f"On {y}-{mo:02d}-{d:02d} {hh:02d}:{mm:02d}, {who} wrote:"
    elif style == "long":
        s = f"On {DAY[wd]}, {d} {MONTH[mo - 1]} {y}, {who} wrote:"
    else:  # outlook mobile
        h12 = hh % 12 or 12
        s = f"On {DOW[wd]}, {MON[mo - 1]} {d}, {y} at {h12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}, {a} wrote:"
    if html and len(s) - len("On  wrote:") > 80:  # keep the attribution one line new_text() can find
        s = f"On {d:02d}/{mo:02d}/{y} {hh:02d}:{mm:02d}, {who} wrote:"
    return s


def fill(text, per):
    return text.replace("{dear}", per["dear"]).replace("{first}", per["first"])


GREET_REPLY = ("Hi,", "Hello,", "Good morning,", "Dear Sir or Madam,", "Hi there,", "Good afternoon,")
GREET_INLINE = ("Hi, answers below.", "Hello - my answers are below each question.", "Hi,", "Answers in line below.",
                "Hello,")
SIGNOFFS = ("Thanks,\n{first}", "Regards,\n{name}", "Kind regards,\n{name}", "{first}", "Many thanks\n{first}",
            "Best wishes,\n{name}", "Thank you,\n{name}")
MOBILE = ("Sent from my iPhone", "Sent from Outlook for Android", "Sent from my Galaxy")


def signoff(env, per):
    s = env["signoff"].replace("{first}", per["first"]).replace("{name}", per["name"])
    if per["sig"] and env["with_sig"]:
        s += "\n" + per["sig"]
    if env["mobile"]:
        s += "\n\n" + env["mobile"]
    return s


def quoted_plain(sc, per, env):
    """The attribution line(s) and the "> " quote of the scenario's quoted mail (B and T)."""
    q = sc["q"]
    text = fill(q["text"], per)
    if q["older"]:
        o = q["older"]
        head = attribution(per["name"], per["addr"], o["when"], env["older_style"], False)
        text = text + "\n\n" + head + "\n" + quote_lines(fill(o["text"], per))
    lines = quote_lines(text).split("\n")
    if env["wrap"]:
        lines = wrap_first_long(lines)
    return attribution_plain(q, env) + "\n" + "\n".join(lines)


def attribution_plain(q, env):
    a = attribution(q["who"], q["addr"], q["when"], env["style"], False)
    if env["two_line"]:
        a = a[:-len(" wrote:")] + "\nwrote:"
    return a


def wrap_first_long(lines, width=76):
    """The mail program's hard wrap of the first long quoted line: the continuation carries no "> " mark."""
    for i, ln in enumerate(lines):
        if ln.startswith("> ") and not ln.startswith("> >") and len(ln) > width:
            pieces = textwrap.wrap(ln, width)
            assert pieces[0].startswith("> ") and all(not p.startswith((">", "On ")) for p in pieces[1:])
            return lines[:i] + pieces + lines[i + 1:]
    raise AssertionError("no long quoted line to wrap")


def paras_html(text):
    return "".join(f"<p>{escape_html(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())


def quote_html_inner(text):
    return "".join(f"<div>{escape_html(p).replace(chr(10), '<br>')}</div><br>" for p in text.split("\n\n")
                   if p.strip()).removesuffix("<br>")


def gmail_attr(line):
    return f'<div class="gmail_attr">\n{line}<br></div>'


def quoted_html(sc, per, env):
    q = sc["q"]
    inner = quote_html_inner(fill(q["text"], per))
    if q["older"]:
        o = q["older"]
        head = attribution(per["name"], per["addr"], o["when"], env["older_style"], True)
        inner += ('<br><div class="gmail_quote">' + gmail_attr(head) + '<blockquote class="gmail_quote">'
                  + quote_html_inner(fill(o["text"], per)) + "</blockquote></div>")
    head = attribution(q["who"], q["addr"], q["when"], env["style"], True)
    return ('<div class="gmail_quote">' + gmail_attr(head) + '<blockquote class="gmail_quote">' + inner
            + "</blockquote></div>")


def render(sc, per, env):
    """(subject, body, text the sender wrote above any quote) of one copy."""
    grp, html = sc["grp"], env["html"]
    subj = sc["subj"]
    if sc["q"] is not None and sc["reply_prefix"]:
        subj = env["re"] + " " + subj
    so = signoff(env, per)
    greet = env["greeting"]
    if grp == "B":
        reply = sc["reply"]
        above = greet if env["greet_above"] else ""
        below = reply if env["greet_above"] else f"{greet}\n\n{reply}"
        below += "\n\n" + so
        if html:
            parts = ["<html><body>"]
            if above:
                parts.append(f'<div dir="ltr">{paras_html(above)}</div>')
            parts.append(quoted_html(sc, per, env))
            parts.append(f'<div dir="ltr">{paras_html(below)}</div>')
            parts.append("</body></html>")
            body = "\n".join(parts)
        else:
            body = (above + "\n\n" if above else "") + quoted_plain(sc, per, env) + "\n\n" + below
        return subj, body, above, reply
    if grp == "I":
        q = sc["q"]
        above = greet if env["greet_above"] else ""
        answers = "\n\n".join(a for _, a in sc["parts"] if a)
        if html:
            head = attribution(q["who"], q["addr"], q["when"], env["style"], True)
            seg = ['<div class="gmail_quote">' + gmail_attr(head)]
            for chunk, ans in sc["parts"]:
                seg.append('<blockquote class="gmail_quote">' + quote_html_inner(fill(chunk, per)) + "</blockquote>")
                if ans:
                    seg.append(f'<div dir="ltr">{paras_html(ans)}</div>')
            seg.append("</div>")
            parts = ["<html><body>"]
            if above:
                parts.append(f'<div dir="ltr">{paras_html(above)}</div>')
            parts += ["".join(seg), f'<div dir="ltr">{paras_html(so)}</div>', "</body></html>"]
            body = "\n".join(parts)
        else:
            out = []
            for k, (chunk, ans) in enumerate(sc["parts"]):
                ql = quote_lines(fill(chunk, per))
                if env["wrap"] and k == 0:
                    ql = "\n".join(wrap_first_long(ql.split("\n")))
                out.append(ql)
                if ans:
                    out.append("")
                    out.append(ans)
                    out.append("")
                elif k < len(sc["parts"]) - 1:
                    out.append(">")
            body = ((above + "\n\n") if above else "") + attribution_plain(q, env) + "\n" + "\n".join(out)
            body = body.rstrip("\n") + "\n\n" + so
        return subj, body, above, answers
    # T: top-posted reply, or new mail without a quote
    own = (f"{greet}\n\n" if greet else "") + sc["reply"] + "\n\n" + so
    if html:
        parts = ["<html><body>", f'<div dir="ltr">{paras_html(own)}</div>']
        if sc["q"] is not None:
            parts.append(quoted_html(sc, per, env))
        parts.append("</body></html>")
        body = "\n".join(parts)
    else:
        body = own + ("\n\n" + quoted_plain(sc, per, env) if sc["q"] is not None else "")
    return subj, body, own, sc["reply"]


def envelopes(rng, sc, idx):
    """Two different envelopes for a scenario: sender, plain/HTML, attribution date style, greeting, sign-off."""
    styles = rng.sample(DATE_STYLES, 2)
    signs = rng.sample(SIGNOFFS, 2)
    greets = rng.sample(GREET_INLINE if sc["grp"] == "I" else GREET_REPLY, 2)
    html_copy = {0: 0, 1: None, 2: 1, 3: None}[idx % 4]
    wrap_copy = 1 if html_copy == 0 else 0
    envs = []
    for k in range(2):
        html = html_copy == k
        envs.append({
            "name": f"{'html' if html else 'plain'}-{styles[k]}",
            "html": html, "style": styles[k], "older_style": styles[1 - k],
            "two_line": (not html and sc["q"] is not None and rng.random() < 0.3),
            "signoff": signs[k],
            "greeting": greets[k] if (sc["grp"] != "T" or rng.random() < 0.6) else "",
            "greet_above": rng.random() < 0.5,
            "with_sig": rng.random() < 0.7,
            "mobile": (MOBILE[rng.randrange(3)] if (not html and rng.random() < 0.2) else ""),
            "re": ("Re:", "RE:", "Re:")[rng.randrange(3)],
            "wrap": bool(sc["wrap"] and not html and k == wrap_copy),
            "reply_headers": rng.random() < 0.25,
        })
    # a copy whose attribution would carry the word "complain" on its own line stays one-line
    for env in envs:
        if env["two_line"] and "complain" in sc["q"]["addr"] + sc["q"]["who"]:
            env["two_line"] = False
    return envs


def build(rng):
    assert len(S) == 60 and len({s["sid"] for s in S}) == 60
    records = []
    for idx, sc in enumerate(S):
        for k, env in enumerate(envelopes(rng, sc, idx)):
            per = sc["who"][k]
            subj, body, above, own = render(sc, per, env)
            headers = {}
            if sc["q"] is not None and sc["reply_prefix"] and env["reply_headers"]:
                dom = sc["q"]["addr"].split("@")[1]
                headers = {"in-reply-to": f"<{rng.randrange(10**9, 10**10)}.{sc['sid']}@{dom}>"}
            rec = {"id": None, "mailbox": sc["mb"], "from": f"{per['name']} <{per['addr']}>", "subject": subj,
                   "headers": headers, "body": body, "html": env["html"], "labels": dict(sc["labels"]),
                   "note": sc["note"], "source": f"{PREFIX}-{sc['sid']}", "train_labels": ["complaint"],
                   "_env": env["name"]}
            rec["labels"]["rights"] = list(sc["labels"]["rights"])
            self_check(sc, rec, subj, above, own)
            records.append(rec)
    return records


def self_check(sc, rec, subj, above, own):
    """The layout is what the group says, and new_text() sees exactly the sender's text above the quote."""
    nt = new_text(rec).lower()
    if sc["grp"] in ("B", "I"):
        assert "complain" not in own.lower() and "complain" not in above.lower(), sc["sid"]
        probe = own.split("\n")[0][:40].lower()
        assert probe not in nt, (sc["sid"], "reply visible above the quote")
    if sc["q"] is not None:
        first = (fill(sc["q"]["text"], sc["who"][0]) if sc["q"]["text"] else sc["parts"][0][0]).split("\n")
        assert all(ln[:30].lower() not in nt for ln in first[2:] if len(ln) > 20 and ln not in sc["q"]["who"]), \
            (sc["sid"], "quote in new text")
    assert ("complain" in nt) == ("complain" in (subj + "\n" + above).lower()), sc["sid"]
    if sc["labels"]["complaint"]:
        assert sc["labels"]["explicit"] == ("complain" in (subj + "\n" + above).lower()), sc["sid"]


def summary(records, env_counts):
    c = collections.Counter
    by_src = {}
    for r in records:
        by_src.setdefault(r["source"], r)
    sc_of = {f"{PREFIX}-{s['sid']}": s for s in S}
    lines = [f"wrote {os.path.relpath(OUT, ROOT)}: {len(records)} emails, {len(by_src)} scenarios"]
    lines.append(f"mailboxes: {dict(c(r['mailbox'] for r in records))}; html: {sum(r['html'] for r in records)}")
    lines.append(f"groups (emails): {dict(c(sc_of[r['source']]['grp'] for r in records))}")
    lines.append(f"quoted kinds (emails): {dict(sorted(c(sc_of[r['source']]['kind'] for r in records).items()))}")
    labs = [r["labels"] for r in records]
    lines.append(f"complaints: {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
                 f"breach: {sum(l['breach'] for l in labs)}; personal_data: {sum(l['personal_data'] for l in labs)}; "
                 f"third_party: {sum(l['third_party'] for l in labs)}; auto: {sum(l['auto_generated'] for l in labs)}")
    lines.append(f"rights: {dict(sorted(c(x for l in labs for x in l['rights']).items()))}")
    lines.append(f"firms: {dict(c(str(l['about_other_firm']) for l in labs))}")
    lines.append(f"categories: {dict(sorted(c(l['category'] for l in labs).items()))}")
    lines.append(f"envelopes: {dict(sorted(env_counts.items()))}")
    return "\n".join(lines)


def main():
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=record_errors)


if __name__ == "__main__":
    sys.exit(main())
