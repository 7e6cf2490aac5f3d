#!/usr/bin/env python3
"""Generate data/labelled/{vulnerability,authority,details}.jsonl: labelled examples for the intake heads.

Two kinds of rows (field `source`):

* ``handwritten``: short British complaint emails written by hand for this file, for both mailboxes
  (PEXA: buyers, sellers, borrowers, law firms, lenders; Conexus: debtors, relatives, advisers). Every person,
  address, phone number (Ofcom drama ranges: 020 7946 0xxx, 0161 496 0xxx, 0113 496 0xxx, 07700 900xxx) and
  reference is invented. Scenarios come in families of 1-3 wordings of the same situation.
* ``labelled-mail``: messages of data/labelled/{pexa,conexus}.jsonl (written by another engineer for the
  complaint heads, not for these), one per `source` group, hand-labelled here for vulnerability and authority
  BEFORE the detectors were run on them. Only their ids and labels are stored here; the text is read from
  those files at build time, so the two never drift apart.

Split: a row's `split` is "test" when crc32(family) % 10 < 3, else "train" (about 30 % held out). Every
wording
of one family and every variant of one labelled-mail source share the family, so nothing leaks across.
Rules are tuned on "train" only; "test" figures are reported in docs/intake.md.

    python data/make/make_intake.py          # writes the three files
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "labelled"
MAIL_FILES = (OUT / "pexa.jsonl", OUT / "conexus.jsonl")


def split_of(family: str) -> str:
    return "test" if zlib.crc32(family.encode()) % 10 < 3 else "train"


# -- vulnerability: hand-written -------------------------------------------------------------------
# (family, mailbox, kinds ("" = not vulnerable), text, note)
V: list[tuple[str, str, str, str, str]] = [
    # bereavement
    ("v-ber-01", "conexus", "bereavement", "My husband passed away in June and these letters are addressed to him. I don't know what the debt is. Please stop writing to him and tell me what I need to do.", "death of partner"),
    ("v-ber-01", "conexus", "bereavement", "hi, my husband died in june and your letters keep coming in his name. i have no idea what this debt is, please explain and stop sending them", "same, lower case"),
    ("v-ber-02", "pexa", "bereavement", "We are selling Mum's house after she died in March. The completion has been delayed twice by your system and I am the executor trying to sort everything out on my own.", "writer's mother died"),
    ("v-ber-03", "conexus", "bereavement", "Since my dad passed I've been dealing with his post. One of your agents rang and asked to speak to him, and when I said he had died she asked if I could pay instead. That was upsetting.", "father passed"),
    ("v-ber-04", "pexa", "bereavement", "I'm the executor of my late father's estate and the sale of his flat has stalled because the lender's settlement figure never reached the workspace. Can someone please look at this?", "late father"),
    ("v-ber-05", "conexus", "bereavement", "I was widowed last year and I'm on my own now. The account was in our joint names and I just need to know what's outstanding.", "widowed"),
    ("v-ber-06", "conexus", "bereavement", "Following the death of my wife in January I have fallen behind with a few things. I'd be grateful for a little time before any payment plan is agreed.", "death of wife"),
    ("v-ber-07", "pexa", "bereavement", "Our client is selling her late husband's bungalow. She was bereaved only three months ago and has found the repeated identity checks very distressing.", "client bereaved; rep wording"),
    ("v-ber-08", "conexus", "bereavement", "Please bear with me, we had my brother's funeral last week and I haven't opened any post until now.", "funeral"),
    # bereavement hard negatives
    ("v-ber-n1", "pexa", "", "We act for the personal representatives in a deceased estate sale. Please confirm why the workspace shows the wrong seller name; the grant of probate was uploaded on 3 March.", "deceased estate: professional wording, not the writer's loss"),
    ("v-ber-n2", "pexa", "", "This is a probate sale. The executors' agent has asked us to chase the lodgement, which is now nine days late.", "probate sale"),
    ("v-ber-n3", "pexa", "", "The link in your welcome email is a dead link and the help page is a dead end. This is killing me, I've spent all morning on it.", "idioms"),
    ("v-ber-n4", "conexus", "", "My phone died halfway through the call and when I rang back I was on hold for forty minutes. The deadline on your letter is tomorrow.", "phone died, deadline"),
    ("v-ber-n5", "pexa", "", "We act on the sale of 14 Orchard Way on behalf of the estate of the late Mr Harold Finch. The buyer's lender funds have not arrived.", "estate of the late Mr X: professional"),
    ("v-ber-n6", "conexus", "", "The interest on this account died down after I complained, but now it has gone up again. Please explain.", "died down"),
    # illness / disability
    ("v-ill-01", "conexus", "illness", "I've just finished chemotherapy for breast cancer and I'm not working at the moment. Please can you put the account on hold for three months.", "cancer"),
    ("v-ill-01", "conexus", "illness", "I'm having treatment for cancer and can't deal with phone calls right now, can you write to me instead and hold the account", "cancer, variant"),
    ("v-ill-02", "pexa", "illness", "I am registered blind and the signing page doesn't work with my screen reader. I have had to ask a neighbour to read my own mortgage documents to me.", "registered blind"),
    ("v-ill-03", "conexus", "illness", "I was in hospital for two weeks after a stroke and missed two payments. Now you've added charges. I would like them removed.", "hospital, stroke"),
    ("v-ill-04", "conexus", "illness", "I'm a wheelchair user and your agent insisted I come to the door. It took me five minutes to get there and he'd already left a card saying I refused to engage.", "wheelchair user"),
    ("v-ill-05", "pexa", "illness", "My wife has multiple sclerosis and we are moving to a bungalow because of it. The delay on your side means we lose the adapted property.", "MS, partner"),
    ("v-ill-06", "conexus", "illness", "I have been signed off sick since August with a back injury and I'm on statutory sick pay, so I can't keep up the £80 a month.", "signed off sick + SSP"),
    ("v-ill-07", "conexus", "illness", "I am profoundly deaf and cannot use the phone. I have asked three times for contact by email or text only.", "deaf"),
    ("v-ill-08", "pexa", "illness", "I'm recovering from major surgery and can't travel to a branch to sign in wet ink. Why can't this be done electronically?", "surgery"),
    ("v-ill-09", "conexus", "illness", "I have a long-term health condition (kidney failure) and dialysis three times a week, so I'm not available for calls in the mornings.", "dialysis"),
    # illness hard negatives
    ("v-ill-n1", "pexa", "", "Your system disabled our account overnight without warning. We are a conveyancing firm and had four completions booked today.", "disabled (a feature)"),
    ("v-ill-n2", "pexa", "", "Please note this email and any attachments are confidential. Our health and safety policy and data protection policy are on our website.", "disclaimer words"),
    ("v-ill-n3", "pexa", "", "Our paralegal who handles this file is in hospital this week, so please send replies to me directly. The title discrepancy is still unresolved.", "staff in hospital"),
    ("v-ill-n4", "conexus", "", "I nearly had a heart attack when I saw the balance on your letter. It's £300 more than last month. Please explain the charges.", "idiom heart attack"),
    ("v-ill-n5", "conexus", "", "My complaints fell on deaf ears with your agent, who was rude and hung up on me. I want an apology.", "deaf ears"),
    ("v-ill-n6", "pexa", "", "I was blind copied into an email with forty other buyers' addresses visible. That's a data breach.", "blind copied"),
    ("v-ill-n7", "pexa", "", "The settlement failed again. Our conveyancer is off sick so I'm chasing this myself, and nobody at your end seems to know why.", "staff off sick"),
    ("v-ill-n8", "conexus", "", "I don't have any health problems and I'm not in any financial difficulty, I simply don't owe this money.", "negated"),
    # mental health
    ("v-mh-01", "conexus", "mental_health", "I suffer from severe anxiety and depression and your daily phone calls are making it much worse. Please only write to me.", "anxiety+depression"),
    ("v-mh-02", "conexus", "mental_health", "Honestly I can't cope any more. Every letter makes me feel like I want to end it all.", "suicidal ideation"),
    ("v-mh-02", "conexus", "mental_health", "i cant cope with this anymore, some days i dont want to be here", "suicidal ideation variant"),
    ("v-mh-03", "pexa", "mental_health capability", "My mother has dementia and I hold her power of attorney. Your helpdesk refused to speak to me and told her to call herself, which she can't do.", "dementia (also attorney)"),
    ("v-mh-04", "conexus", "mental_health", "I have bipolar disorder and was in a manic episode when I agreed to the payment plan on the phone. I could not afford it and should not have been pressured.", "bipolar"),
    ("v-mh-05", "pexa", "mental_health", "The stress of this delayed completion led to a nervous breakdown and I've been signed off with stress by my GP.", "breakdown"),
    ("v-mh-06", "conexus", "mental_health", "I'm under the community mental health team and my care coordinator has asked that all contact goes through her.", "CMHT"),
    ("v-mh-07", "conexus", "mental_health", "I've had panic attacks every time the phone rings since your agent threatened me with court.", "panic attacks"),
    ("v-mh-08", "pexa", "mental_health", "This has caused me so much anxiety and sleepless nights. I keep waking at 3am worrying whether we will lose the house.", "two weak distress cues"),
    # mental health hard negatives
    ("v-mh-n1", "pexa", "", "We are anxious to exchange before Friday as the chain is long. Please confirm the lodgement date.", "anxious to"),
    ("v-mh-n2", "conexus", "", "Please send me a full breakdown of the charges added to this account since 2024.", "breakdown of charges"),
    ("v-mh-n3", "pexa", "", "Changing the platform fees mid-contract would be commercial suicide for a small firm like ours. We want the old tariff restored.", "commercial suicide"),
    ("v-mh-n4", "conexus", "", "This whole thing has been stressful and frankly it's driving me mad. I want the default removed.", "distress idioms only"),
    ("v-mh-n5", "conexus", "", "This has caused me a lot of anxiety. The letter says I owe £1,240 but I paid it off in 2023.", "single distress cue: not vulnerable"),
    ("v-mh-n6", "conexus", "", "I'm not depressed or anything, I'm just fed up with being chased for a debt I don't owe.", "negated"),
    # financial hardship
    ("v-fin-01", "conexus", "financial_hardship", "I'm on universal credit and after rent I have £40 a week for food and bills. I cannot pay £100 a month.", "UC"),
    ("v-fin-02", "conexus", "financial_hardship", "I lost my job in September and I've had to use a food bank twice. I can't afford food, never mind this.", "job loss, food bank"),
    ("v-fin-02", "conexus", "financial_hardship", "lost my job in sept, been to the foodbank twice. cant afford to eat let alone pay you", "variant"),
    ("v-fin-03", "conexus", "financial_hardship", "My debts are spiralling. I've got three payday loans and I'm behind on my council tax. I need some breathing room.", "spiralling"),
    ("v-fin-04", "pexa", "financial_hardship", "We were made redundant last month and the mortgage offer depends on this completing. If it fails again we face repossession of our current home.", "redundancy"),
    ("v-fin-05", "conexus", "financial_hardship", "I'm in a Breathing Space since 3 October, reference BS-2026-1003-0042, and your agent still called me twice.", "breathing space"),
    ("v-fin-06", "conexus", "financial_hardship", "I'm a single mum on universal credit with two children. I can't afford the heating as it is.", "UC + heating"),
    ("v-fin-07", "conexus", "financial_hardship", "I'm struggling to make ends meet on a zero-hours contract and some weeks I get no shifts at all.", "zero hours"),
    # financial hardship hard negatives
    ("v-fin-n1", "pexa", "", "We can't afford to keep losing completions because of your outages. Three this month. We want compensation for the costs.", "business, can't afford generic"),
    ("v-fin-n2", "pexa", "", "Your universal credit reference on the form is confusing our clients; the lender's form asks for it and your guidance doesn't.", "hmm - universal credit mentioned as form field"),
    ("v-fin-n3", "conexus", "", "I'm not unemployed and I'm not struggling, I'm simply disputing a debt I don't recognise. Please send me proof.", "negated"),
    ("v-fin-n4", "pexa", "", "If a buyer loses their job before completion, what happens to the fees paid through the platform? Asking for our client guidance notes.", "hypothetical"),
    # age
    ("v-age-01", "pexa", "age capability", "I am 87 years old and do not use email. My grandson is typing this for me. I do not understand why my sale money has not arrived.", "87 years old"),
    ("v-age-02", "conexus", "age", "My elderly mother received a letter saying bailiffs will visit. She is 91 and terrified.", "elderly mother"),
    ("v-age-03", "conexus", "age", "I'm a pensioner living on my state pension and I've never had a loan with this company.", "pensioner"),
    ("v-age-04", "pexa", "age", "Our client is in her late eighties and now lives in a care home; her sale is the only way to pay the fees.", "late eighties, care home"),
    ("v-age-n1", "pexa", "", "The property is a 100 year old cottage and the title plan in the workspace is wrong. Please correct it.", "house age"),
    ("v-age-n2", "conexus", "", "I paid £85 on 12 March and a further £90 in April. The balance of 75 pounds is wrong.", "numbers"),
    ("v-age-n3", "pexa", "", "We've been a PEXA customer for over 80 completions now and this is the worst service we've had.", "over 80 completions"),
    # domestic abuse
    ("v-da-01", "conexus", "domestic_abuse", "This debt was run up by my ex-partner in my name while we were together. He was abusive and controlled all our money. I have a non-molestation order against him.", "economic abuse"),
    ("v-da-02", "conexus", "domestic_abuse", "Please do not send anything to my old address. I fled domestic abuse and I'm now living in a refuge. My ex still lives there.", "refuge"),
    ("v-da-03", "pexa", "domestic_abuse", "I need the sale of our home handled without my husband seeing my new address. He is violent and the police are involved.", "violent husband"),
    ("v-da-04", "conexus", "domestic_abuse", "My support worker from Women's Aid says I should tell you that the loan was taken out under coercive control.", "coercive control"),
    ("v-da-n1", "conexus", "", "Your agent's verbal abuse on the phone was completely unacceptable. He shouted and swore at me. I want this investigated.", "abuse by agent - not domestic"),
    ("v-da-n2", "pexa", "", "This is an abuse of process. Your team has refused our firm access for a week without explanation.", "abuse of process"),
    # capability
    ("v-cap-01", "conexus", "capability", "English is not my first language and I did not understand the letter. Please can you explain simply what I owe.", "language"),
    ("v-cap-02", "conexus", "capability", "My son has a learning disability and agreed to a payment plan on the phone he did not understand.", "learning disability"),
    ("v-cap-03", "pexa", "capability", "I am dyslexic and the verification screens time out before I can read them. I need more time or a different way to do this.", "dyslexia"),
    ("v-cap-04", "conexus", "capability", "I don't use the internet and I don't have email, so please stop telling me to go online. Write to me by post.", "digital exclusion"),
    ("v-cap-05", "conexus", "capability", "I need letters in large print, I've asked for this before.", "large print"),
    ("v-cap-n1", "pexa", "", "I can't read the attachment you sent, it's corrupted. Please resend the completion statement as a PDF.", "can't read attachment"),
    ("v-cap-n2", "pexa", "", "The large print on the invoice shows a fee we never agreed. Please remove it.", "hmm: large print used differently"),
    # declared
    ("v-dec-01", "conexus", "declared", "I told your agent I'm a vulnerable customer and he carried on pushing for payment.", "declared vulnerable"),
    ("v-dec-02", "conexus", "declared", "I am vulnerable and I've asked you to deal with my daughter. Why do you keep calling me?", "declared"),
    ("v-dec-n1", "pexa", "", "Your website has a security vulnerability: the workspace URL can be guessed. Please fix it before someone exploits it.", "security vulnerability"),
    ("v-dec-n2", "conexus", "", "Please send me a copy of your vulnerable customers policy and your complaints procedure.", "policy request"),
    ("v-dec-n3", "conexus", "", "I'm not vulnerable, I'm angry. You've added a £60 fee for a letter.", "negated"),
    # mixed
    ("v-mix-01", "conexus", "illness financial_hardship", "I have terminal cancer and I'm living on benefits. I don't know how long I have. I'd like this debt written off.", "illness + hardship"),
    ("v-mix-02", "conexus", "bereavement mental_health", "Since my wife died I've been on antidepressants and I just can't face opening the post. Please give me some time.", "bereavement + MH"),
    ("v-mix-03", "pexa", "age illness", "My father is 89, partially sighted and hard of hearing. He cannot use the phone line your team keeps insisting on.", "age + illness"),
    ("v-mix-04", "conexus", "financial_hardship mental_health", "I lost my job and my mental health has gone downhill. Some weeks I skip meals to pay the rent.", "hardship + MH"),
    # plain complaints (negatives)
    ("v-neg-01", "pexa", "", "The settlement failed at 2.15pm with error code 5002 and nobody from support called back. This is the third time this month. We want an explanation.", "plain"),
    ("v-neg-02", "conexus", "", "I've paid this account in full, reference CX-4418207. Please confirm the balance is zero and stop the letters.", "plain"),
    ("v-neg-03", "pexa", "", "Your training session was cancelled twice with one hour's notice. Our staff wasted an afternoon. Please refund the course fee.", "plain"),
    ("v-neg-04", "conexus", "", "I was on hold for 55 minutes and then cut off. I want someone to call me back today.", "plain"),
    ("v-neg-05", "pexa", "", "The redesigned workspace screens are slow and confusing. Please put back the old layout or give us a way to switch.", "plain"),
    ("v-neg-06", "conexus", "", "Your letter says I owe £1,234.56 but my last statement said £934.56. Where has the extra £300 come from?", "plain"),
    ("v-neg-07", "pexa", "", "Thank you for sorting the fee refund so quickly. No complaints at all.", "praise"),
    ("v-neg-08", "conexus", "", "Please update my address to 4 Birch Close, Leeds LS6 2AB. This isn't a complaint.", "admin"),
    ("v-neg-09", "pexa", "", "We are a small firm and the new per-workspace fee is more than double the old one. We were given no notice.", "fees"),
    ("v-neg-10", "conexus", "", "Why did your agent tell my neighbour about my debt? That's my private business. I want an apology and an explanation.", "breach, not vulnerability"),
    ("v-neg-11", "pexa", "", "Our client, the buyer, is very keen to complete this week and is frustrated by the delay. Please escalate.", "frustrated client"),
    ("v-neg-12", "conexus", "", "I'm retired now but I used to work in debt collection myself, and this is not how it's done. Stop calling my work number.", "retired alone = weak; hmm 'work number' - not vulnerable"),
    ("v-neg-13", "conexus", "", "My solicitor has told me the debt is statute barred. Please close the account and confirm in writing.", "plain"),
    ("v-neg-14", "pexa", "", "If customers are elderly or vulnerable, does the platform offer a paper alternative? We'd like to tell our clients.", "generic question"),
    ("v-neg-15", "pexa", "", "Our receptionist was in tears after your support agent shouted at her. We expect an apology.", "staff upset"),
    ("v-neg-16", "conexus", "", "Your collector said I'd be taken to court if I didn't pay today. That's a threat and I'm reporting it to the FCA.", "threat"),
]

# -- authority: hand-written -----------------------------------------------------------------------
# (family, mailbox, third_party, kind, authority_included, attachments, text, note)
A: list[tuple[str, str, bool, str | None, bool, tuple[str, ...], str, str]] = [
    ("a-mp-01", "conexus", True, "mp", True, (), "Dear Sir or Madam,\n\nI am writing on behalf of my constituent, Mrs Hazel Dunmore, whose signed consent form is attached. Mrs Dunmore tells me your agents have called her at work.\n\nYours sincerely,\nOffice of Tom Archer MP", "MP + consent attached"),
    ("a-mp-02", "pexa", True, "mp", False, (), "Hello,\n\nMy constituent Mr Derek Lyle has asked for my help with a delayed completion on his flat. Could someone from your team call him?\n\nKind regards,\nSam Okafor\nCaseworker to Jo Bright MP", "MP no authority"),
    ("a-mp-03", "conexus", True, "mp", True, ("Constituent consent - Bains.pdf",), "I write on behalf of our constituent Mr Harjit Bains regarding collection activity on his account CX-5503317. His consent is enclosed.", "consent enclosed + file"),
    ("a-mp-04", "conexus", True, "mp", False, (), "I am a parliamentary caseworker for Ellen Hart MP. A constituent has contacted us about repeated visits to her home by your agents. I will send her signed authority once I have it.", "future authority"),
    ("a-sol-01", "conexus", True, "solicitor", True, ("LOA Carver signed.pdf",), "Dear Sirs,\n\nWe act for Mr Lee Carver in relation to account CX-8802715. Please find enclosed our client's signed letter of authority.\n\nYours faithfully,\nBrant & Hollis LLP", "solicitor + LOA"),
    ("a-sol-02", "pexa", True, "solicitor", False, (), "We have been instructed by Mrs Patricia Neale in connection with a complaint about the handling of her sale. Please confirm what authority you require from her.", "asks what authority"),
    ("a-sol-03", "conexus", True, "solicitor", True, (), "Please treat this as a formal complaint on behalf of our client Ms Dana Ruiz (authority attached). She has been charged twice for the same default.", "authority attached in brackets"),
    ("a-sol-04", "pexa", False, None, False, (), "We are Orchard Lane Solicitors and we are complaining on behalf of the firm about the outage on Tuesday, which caused two of our completions to fail.", "staff for own firm"),
    ("a-sol-05", "pexa", False, None, False, (), "Our client's completion failed because your system was down for three hours. As a firm we want compensation for the wasted time and an explanation.", "law firm as PEXA customer: not third party"),
    ("a-sol-06", "conexus", False, None, False, (), "I dispute this debt and my solicitor says you have no right to add interest. Our solicitors will be in touch if this continues.", "mentions own solicitor"),
    ("a-debt-01", "conexus", True, "debt_adviser", True, (), "Hi,\n\nI'm a money adviser at a local advice centre working with Mr Rafiq Azam (signed authority attached). Please hold the account for 30 days while we complete a budget.\n\nThanks,\nLena Moss", "adviser + authority attached"),
    ("a-debt-02", "conexus", True, "debt_adviser", False, (), "I am a debt adviser supporting Ms Carla Benn. I'll send a signed authority when I next see her; in the meantime please don't contact her directly.", "future authority"),
    ("a-debt-03", "conexus", False, None, False, (), "My money adviser at StepChange told me to write to you and ask for a statement. I am on a debt management plan.", "debtor mentions adviser"),
    ("a-debt-04", "conexus", True, "debt_adviser", True, ("Third party authority - K Lomax.pdf", "image001.png"), "Our client Ms Kayleigh Lomax has a negative budget and we propose a token payment of £1 a month. Financial statement and authority attached.", "debt context + file"),
    ("a-rel-01", "conexus", True, "relative", False, (), "I'm writing on behalf of my mum, who is 82 and gets very confused on the phone. Your agent called her four times yesterday. Please stop.", "relative no authority"),
    ("a-rel-02", "pexa", True, "relative", True, (), "I'm writing for my father, Mr Ronald Pike, who is not on email. He can be reached on 0161 496 0123 and has given his consent for me to deal with this complaint on his behalf.", "name + contact + consent"),
    ("a-rel-03", "conexus", True, "relative", False, (), "My dad asked me to email you because he doesn't use computers. His account number is CX-6620918 and he wants to know why the balance went up.", "relative, no consent/name"),
    ("a-rel-04", "conexus", True, "relative", True, ("Mum consent form.jpg",), "Hello, this is about my mother Mrs Edna Fowler's account. I've attached a consent form she signed so you can talk to me.", "consent form photo"),
    ("a-rel-05", "pexa", True, "relative", False, (), "My grandmother is selling her house and the signing page you send her doesn't work on her tablet. She asked me to get in touch.", "relative"),
    ("a-rel-06", "conexus", False, None, False, (), "My daughter helped me write this email. I want to complain about the charges on my account.", "helped by relative, writer is customer"),
    ("a-att-01", "conexus", True, "attorney", True, (), "I hold a registered lasting power of attorney for my brother, Mr Alan Bannister. A copy of the LPA is enclosed. Please deal with me from now on.", "LPA enclosed"),
    ("a-att-02", "pexa", True, "attorney", False, (), "I am her attorney under a lasting power of attorney and I need to sign the transfer for her. Your platform won't let me. What do you need from me?", "attorney, no copy"),
    ("a-att-03", "conexus", True, "attorney", True, ("Court of Protection deputyship order.pdf",), "I am the deputy for Mr Peter Vance appointed by the Court of Protection. The order is attached. Please stop writing to him directly.", "deputy + order"),
    ("a-chr-01", "conexus", True, "charity", True, (), "I'm a support worker with a housing charity and I'm supporting Ms Jade Coyle, who has asked me to contact you. Her signed consent is attached.", "support worker"),
    ("a-chr-02", "conexus", True, "charity", False, (), "I am writing as an advocate for a service user who has a learning disability. She received a letter threatening court action and did not understand it.", "advocate no authority"),
    ("a-oth-01", "conexus", True, "other", False, (), "I'm writing on behalf of Mr Gareth Price, my neighbour, who doesn't have email. He's had three letters this week for a debt he says isn't his.", "neighbour"),
    ("a-oth-02", "conexus", True, "other", True, (), "I am writing on behalf of Mrs Irene Shaw, 9 Kiln Row, Halifax HX1 2QP, telephone 01422 496 011. She has given her written consent for me to act for her.", "name + address + phone + consent"),
    ("a-oth-03", "pexa", True, "other", False, (), "As executor I am handling the sale of the property and the completion funds have not arrived. Please tell me who is responsible.", "executor"),
    # negatives
    ("a-neg-01", "conexus", False, None, False, (), "I am writing on my own behalf about the letters I keep receiving. I don't owe this money.", "own behalf"),
    ("a-neg-02", "pexa", False, None, False, (), "On behalf of the whole team at Kestrel Building Society, thank you for resolving the fee issue.", "on behalf of firm"),
    ("a-neg-03", "conexus", False, None, False, (), "If this isn't sorted I will be writing to my MP and the Financial Ombudsman.", "threatens MP"),
    ("a-neg-04", "conexus", False, None, False, (), "Please send me the form of authority so that my son can talk to you about my account in future.", "asks for form; writer is customer"),
    ("a-neg-05", "pexa", False, None, False, (), "I'm the conveyancer on this file and I'm writing about our firm's access to the workspace, which was revoked in error.", "staff"),
    ("a-neg-06", "conexus", False, None, False, (), "I am copying my MP into this email. Your agent was rude and I want an apology.", "copies MP"),
    ("a-neg-07", "pexa", False, None, False, (), "Our clients are furious about the delay and so are we. Please tell us what went wrong with the lodgement.", "our clients (law firm as customer)"),
    ("a-neg-08", "conexus", False, None, False, ("statement-march.pdf",), "I've attached my bank statement showing the payment. Please update the balance.", "own documents"),
]


# -- labelled-mail: ids from data/labelled/*.jsonl, labelled by hand (before running the detectors) ------
# vulnerability: id -> "kinds|note" ("" kinds = not vulnerable). Labelling rules: a circumstance the text STATES
# (not one guessed from the writing), of the writer, the customer a representative writes for, or a close family
# member the grievance involves; a stated age of 70+; an attorney acting under an LPA counts as `capability`;
# distress caused by the grievance alone ("I was in tears", "stressful") does not count; a death reported counts.
LM_V: dict[str, str] = {'cx-0008': 'age|mother 81 contacted', 'cx-0014': 'mental_health financial_hardship|MH crisis breathing space, CPN', 'cx-0029': 'financial_hardship|lost job (limited English not stated)', 'cx-0032': 'bereavement|husband died', 'cx-0038': 'illness|chemotherapy', 'cx-0045': 'illness|profoundly deaf', 'cx-0052': 'illness|wife has MS', 'cx-0056': "financial_hardship|can't afford, short on rent", 'cx-0059': 'illness|in hospital a fortnight', 'cx-0067': 'financial_hardship|Universal Credit', 'cx-0070': 'age|I am 74 (rule: stated age 70+)', 'cx-0075': 'illness|in hospital', 'cx-0102': 'bereavement|late brother', 'cx-0120': 'financial_hardship|DRO', 'cx-0126': 'financial_hardship|Pension Credit', 'cx-0160': "age|I'm 70", 'cx-0174': 'illness financial_hardship mental_health|ESA, long-term condition, anxiety', 'cx-0190': 'illness capability|partially sighted, large print', 'cx-0228': 'domestic_abuse|moved out after domestic abuse', 'cx-0275': 'financial_hardship|on benefits, arrears, lost job', 'cx-0324': 'bereavement|mother died, executor', 'cx-0327': 'financial_hardship|single parent on UC, negative budget', 'cx-0331': 'financial_hardship|breathing space', 'cx-0334': 'capability|learning disability', 'cx-0346': "illness|cares for wife with Parkinson's", 'cx-0353': 'age mental_health capability|84, dementia; daughter holds LPA (rule)', 'cx-0362': "bereavement|widow contacted about late husband's account", 'cx-0365': 'domestic_abuse|left because of domestic abuse', 'cx-0368': 'illness|stroke', 'cx-0372': 'mental_health capability|care home with dementia; power of attorney (rule)', 'cx-0374': "mental_health declared|schizophrenia inpatient, 'note his vulnerability'", 'cx-0377': 'capability|learning disability', 'cx-0381': 'illness|recovering from surgery', 'cx-0387': 'capability|does not speak English well', 'cx-0393': 'capability|autistic', 'cx-0403': 'mental_health|severe mental impairment', 'cx-0406': 'age capability|91, doesn\'t have email (rule: stated digital exclusion)', 'cx-0618': 'financial_hardship|breathing space, DMP', 'cx-0633': "financial_hardship|made redundant, Jobseeker's", 'cx-0637': 'bereavement|mum passed away', 'cx-0648': "mental_health declared|bipolar; subject 'Vulnerability - please note'", 'cx-0704': "age|I'm 82", 'cx-0708': 'illness|operation, SSP', 'cx-0761': 'bereavement|client passed away (rule: a death reported = bereavement)', 'cx-0765': 'capability|LPA in use, residential care (rule: attorney acting = capability)', 'cx-0791': "mental_health|'my anxiety' (thank-you)", 'cx-0797': 'capability|my English is not so good', 'cx-0818': 'financial_hardship|Universal Credit review', 'cx-0854': 'financial_hardship|income is UC and child benefit', 'cx-0861': 'bereavement|husband died', 'cx-0867': 'capability|dyslexia', 'cx-0898': 'capability|My English is not good', 'cx-0917': 'financial_hardship|DRO application', 'cx-0927': 'financial_hardship illness|ESA and PIP, low income', 'cx-0950': 'age illness|80, hard of hearing', 'cx-0990': "age|I'm 76", 'cx-1036': 'financial_hardship|lost his job', 'cx-1038': 'age bereavement capability|77, late father; never used a computer (rule)', 'cx-1041': 'illness|recovering from stroke, lives alone', 'cx-1064': 'financial_hardship|Universal Credit', 'cx-1071': "financial_hardship|payment plan because I'm struggling", 'cx-1085': 'financial_hardship|short for gas top-up', 'cx-1095': 'age illness|88, registered blind', 'cx-1125': 'illness|long-term illness', 'cx-0302': 'financial_hardship|council tax support (low income)', 'px-0017': "bereavement|mother's executors (implied death)", 'px-0019': 'age|grandmother 84', 'px-0022': 'age|father 88, care home', 'px-0045': 'age|parents on a pension', 'px-0055': 'capability|attorney acting under registered LPA (rule)', 'px-0104': 'capability|dyslexic', 'px-0107': 'bereavement|lost my husband', 'px-0136': 'bereavement|late father', 'px-0194': 'age|sheltered housing', 'px-0212': 'illness|profoundly deaf', 'px-0281': "age|I'm 79", 'px-0438': 'bereavement|father passed away', 'px-0452': 'illness|partner in hospital', 'px-0563': 'capability|my English is ok but not perfect', 'px-0948': 'age illness|76, hearing problems'}
LM_V_NEG: list[str] = ['cx-0001', 'cx-0006', 'cx-0022', 'cx-0025', 'cx-0079', 'cx-0087', 'cx-0091', 'cx-0104', 'cx-0110', 'cx-0123', 'cx-0140', 'cx-0144', 'cx-0148', 'cx-0157', 'cx-0164', 'cx-0187', 'cx-0201', 'cx-0205', 'cx-0214', 'cx-0232', 'cx-0235', 'cx-0249', 'cx-0251', 'cx-0260', 'cx-0264', 'cx-0282', 'cx-0284', 'cx-0287', 'cx-0299', 'cx-0305', 'cx-0316', 'cx-0360', 'cx-0399', 'cx-0421', 'cx-0434', 'cx-0442', 'cx-0469', 'cx-0578', 'cx-0581', 'cx-0587', 'cx-0591', 'cx-0597', 'cx-0644', 'cx-0660', 'cx-0666', 'cx-0685', 'cx-0714', 'cx-0734', 'cx-0750', 'cx-0822', 'cx-0877', 'cx-0900', 'cx-0903', 'cx-0970', 'cx-0980', 'cx-1012', 'cx-1024', 'cx-1060', 'cx-1068', 'cx-1075', 'cx-1078', 'cx-1088', 'cx-1097', 'cx-1105', 'cx-1107', 'cx-1115', 'cx-1121', 'cx-1127', 'px-0005', 'px-0006', 'px-0007', 'px-0014', 'px-0015', 'px-0016', 'px-0021', 'px-0030', 'px-0039', 'px-0040', 'px-0042', 'px-0049', 'px-0051', 'px-0052', 'px-0054', 'px-0062', 'px-0072', 'px-0076', 'px-0079', 'px-0083', 'px-0085', 'px-0088', 'px-0095', 'px-0096', 'px-0101', 'px-0111', 'px-0117', 'px-0118', 'px-0119', 'px-0120', 'px-0121', 'px-0125', 'px-0126', 'px-0127', 'px-0139', 'px-0141', 'px-0143', 'px-0156', 'px-0157', 'px-0162', 'px-0168', 'px-0172', 'px-0173', 'px-0175', 'px-0180', 'px-0182', 'px-0186', 'px-0190', 'px-0191', 'px-0196', 'px-0216', 'px-0237', 'px-0239', 'px-0243', 'px-0244', 'px-0245', 'px-0250', 'px-0253', 'px-0254', 'px-0264', 'px-0271', 'px-0280', 'px-0284', 'px-0285', 'px-0294', 'px-0297', 'px-0312', 'px-0325', 'px-0326', 'px-0328', 'px-0341', 'px-0349', 'px-0354', 'px-0355', 'px-0366', 'px-0371', 'px-0385', 'px-0443', 'px-0469', 'px-0475', 'px-0487', 'px-0498', 'px-0511', 'px-0516', 'px-0523', 'px-0541', 'px-0583', 'px-0586', 'px-0601', 'px-0650', 'px-0705', 'px-0750', 'px-0751', 'cx-0987', 'cx-0487', 'px-0035', 'px-0419', 'cx-0194', 'cx-0256', 'px-0211', 'cx-0336', 'px-0009', 'px-0286', 'cx-0220', 'px-0169', 'cx-0720', 'cx-0168', 'px-0080', 'px-0066', 'cx-0246', 'cx-0774', 'cx-0312', 'px-0241', 'px-0070', 'cx-0222', 'px-0258', 'cx-0430', 'cx-0732', 'px-0374', 'px-0360', 'cx-0225', 'px-0276', 'px-0288', 'px-0036', 'cx-0198', 'cx-0730', 'cx-0183', 'px-0248', 'cx-0457', 'cx-0914', 'cx-0473', 'px-0215']
# authority: third-party messages (the existing third_party=true label, one per source) -> (kind, authority_included,
# note); plus hard negatives (third_party=false in the existing labels) chosen by `_authority_negatives`.
LM_A: dict[str, tuple[str, bool, str]] = {'cx-0324': ('other', False, 'executor for mother'), 'cx-0327': ('debt_adviser', True, 'I act for; SFS; signed authority attached'), 'cx-0331': ('debt_adviser', False, 'client in breathing space'), 'cx-0334': ('debt_adviser', True, 'DMP; authority attached'), 'cx-0336': ('debt_adviser', True, 'DMP; signed authority attached'), 'cx-0339': ('debt_adviser', True, 'money adviser; authority attached'), 'cx-0342': ('solicitor', True, 'we act for; signed authority attached'), 'cx-0346': ('mp', True, 'constituent; consent attached'), 'cx-0349': ('mp', True, 'consent form attached'), 'cx-0353': ('mp', True, 'constituency; signed consent attached'), 'cx-0357': ('mp', False, 'constituent'), 'cx-0360': ('solicitor', False, 'instructed'), 'cx-0362': ('solicitor', False, 'solicitors for executors'), 'cx-0365': ('solicitor', False, 'we act for'), 'cx-0368': ('relative', True, 'third party form attached'), 'cx-0372': ('attorney', True, 'power of attorney copy attached'), 'cx-0374': ('relative', True, 'signed authority attached'), 'cx-0377': ('charity', True, 'support worker; written consent attached'), 'cx-0381': ('relative', False, 'happy to confirm on the phone'), 'cx-0384': ('attorney', True, 'LPA copy attached'), 'cx-0387': ('relative', True, 'signed authority attached'), 'cx-0391': ('other', False, 'authority sent earlier, not in this message'), 'cx-0393': ('relative', True, 'signed the form (attached)'), 'cx-0396': ('solicitor', False, 'instructed'), 'cx-0399': ('other', False, "on our client's behalf; unknown role"), 'cx-0401': ('debt_adviser', True, 'adviser; authority attached'), 'cx-0403': ('mp', False, 'constituent'), 'cx-0406': ('other', False, "paid carer; nephew's number is not the customer's"), 'cx-0409': ('solicitor', True, 'signed authority attached'), 'cx-0411': ('relative', False, 'partner; call him to confirm'), 'cx-0637': ('other', False, 'executor'), 'cx-0744': ('debt_adviser', False, 'client DRO'), 'cx-0747': ('mp', False, 'constituent thanks'), 'cx-0750': ('solicitor', False, "client's instructions"), 'cx-0754': ('solicitor', True, 'authority enclosed'), 'cx-0758': ('other', True, 'our client (authority attached), role unknown'), 'cx-0761': ('debt_adviser', False, 'DMP closed; executor details are not authority'), 'cx-0765': ('attorney', True, 'LPA certificate attached'), 'cx-0826': ('relative', False, 'paying for son'), 'cx-0964': ('debt_adviser', False, 'authority on file, not attached'), 'cx-0968': ('mp', True, 'signed consent enclosed'), 'cx-0970': ('solicitor', True, 'signed authority attached'), 'cx-1036': ('other', True, 'on behalf of; authority attached; role unknown'), 'cx-1038': ('relative', True, 'her authority is attached'), 'cx-1041': ('mp', False, 'consent stated but no contact details'), 'cx-1095': ('relative', True, 'signed an authority (attached)'), 'cx-1125': ('debt_adviser', False, 'our client; write-off'), 'px-0002': ('mp', False, 'MSP office'), 'px-0019': ('relative', False, 'grandmother'), 'px-0022': ('relative', False, 'father'), 'px-0045': ('relative', False, 'parents'), 'px-0046': ('solicitor', True, 'signed authority attached'), 'px-0050': ('mp', False, 'constituent'), 'px-0055': ('attorney', False, 'LPA, no copy'), 'px-0056': ('mp', False, 'constituent; address but no consent statement'), 'px-0098': ('mp', False, 'constituent'), 'px-0112': ('charity', False, 'charity volunteer'), 'px-0117': ('relative', False, 'wife'), 'px-0135': ('solicitor', False, 'we act for'), 'px-0136': ('relative', False, 'mother'), 'px-0166': ('solicitor', False, 'we act for'), 'px-0194': ('debt_adviser', False, 'money adviser'), 'px-0212': ('charity', False, 'support worker'), 'px-0250': ('debt_adviser', False, 'Citizens Advice; permission but no contact'), 'px-0265': ('solicitor', False, 'we act for'), 'px-0354': ('other', False, 'mortgage broker'), 'px-0438': ('other', False, 'executor'), 'px-0452': ('relative', False, 'partner in hospital'), 'px-0728': ('solicitor', True, 'authority attached'), 'px-0948': ('relative', False, 'mum')}


# -- details: gold fields --------------------------------------------------------------------------
# (family, mailbox, text, attachments, gold) - gold: name (list of acceptable answers; None allowed = may be
# missing), phones (E.164), postcodes, account_references (profile formats CX-\d{7}, PX-C-\d{5}, CX-COMP-\d{5}
# + labelled refs, including PEXA workspace numbers "workspace 38-11720"), addresses (full strings), remedy (bool: the writer asks us to do something), documents.
D: list[tuple[str, str, str, tuple[str, ...], dict]] = [
    ("d-01", "conexus", "Dear Sir or Madam,\n\nI am writing about account CX-4418207. Your agent rang me four times on Saturday after I asked for letters only.\n\nI want you to stop the calls and apologise.\n\nKind regards,\nJane Whitfield\n14 Acacia Avenue\nHeadingley\nLeeds\nLS6 3AB\nTel: 07700 900123",
     (), {"name": ["Jane Whitfield"], "phones": ["+447700900123"], "postcodes": ["LS6 3AB"], "account_references": ["CX-4418207"], "addresses": ["14 Acacia Avenue, Headingley, Leeds, LS6 3AB"], "remedy": True}),
    ("d-02", "conexus", "Hi, my name is Priya Sharma-Patel and I now live at 3 Mill Lane, Bolton BL1 2AB. Please update your records and stop sending letters to my old flat.",
     (), {"name": ["Priya Sharma-Patel"], "postcodes": ["BL1 2AB"], "addresses": ["3 Mill Lane, Bolton BL1 2AB"], "remedy": True}),
    ("d-03", "conexus", "You took £1,234.56 on 01/02/2026 from my bank, sort code 12-34-56, account number 12345678. That was not agreed. Please refund it.\n\nThanks\nOwen Price",
     (), {"name": ["Owen Price"], "remedy": True}),
    ("d-04", "pexa", "Our order no. 07700900123 for the training pack never arrived and invoice number 02079460958 charges us twice. Please credit the duplicate.\n\nRegards,\nSian Lloyd | Practice Manager | Bryn & Co\nDirect dial 029 2018 0456",
     (), {"name": ["Sian Lloyd"], "phones": ["+442920180456"], "remedy": True}),
    ("d-05", "pexa", "Workspace 38-11720 failed at 2.15pm with error 5002. Call me on +44 (0)161 496 0000 or my mobile 07700 900456.\n\nKind regards,\nMark Doyle\nSenior Conveyancer",
     (), {"name": ["Mark Doyle"], "phones": ["+441614960000", "+447700900456"], "account_references": ["38-11720"], "remedy": True}),
    ("d-06", "conexus", "Re: CMP-2026-000123\n\nStill nothing from you. I expect a full response by Friday.\n\nA. Nowak", (),
     {"name": ["A. Nowak"], "remedy": True}),
    ("d-07", "conexus", "Hello, this is about my account CX-6620918 and the letter dated 03/11/2026. My address is Flat 2, 18 Queen Street, Edinburgh EH2 1JX and my number is 0131 496 0802. I would like a copy of my statement.\n\nThank you\nMhairi Ross",
     ("statement scan.pdf", "image001.png"), {"name": ["Mhairi Ross"], "phones": ["+441314960802"], "postcodes": ["EH2 1JX"], "account_references": ["CX-6620918"], "addresses": ["Flat 2, 18 Queen Street, Edinburgh EH2 1JX"], "remedy": True, "documents": ["statement scan.pdf"]}),
    ("d-08", "pexa", "My sale on 12 Harbour Row, Belfast BT1 5GS completed on 4 November but the money has not reached me. Your ref PX-C-30791. Can you please confirm where it is?\n\nSeamus O'Neill\n07700 900777",
     (), {"name": ["Seamus O'Neill"], "phones": ["+447700900777"], "postcodes": ["BT1 5GS"], "account_references": ["PX-C-30791"], "addresses": ["12 Harbour Row, Belfast BT1 5GS"], "remedy": True}),
    ("d-09", "conexus", "I paid 3 instalments of £120 in 2024 and 2025 and you say I paid none. Reference CX-COMP-70021. I want the arrears removed.\n\nRegards\nLeila Haddad", (),
     {"name": ["Leila Haddad"], "account_references": ["CX-COMP-70021"], "remedy": True}),
    ("d-10", "conexus", "please stop calling me at work. my num is 07700900321 and you have it already. ref cx-5503317", (),
     {"name": [None], "phones": ["+447700900321"], "account_references": ["CX-5503317"], "remedy": True}),
    ("d-11", "pexa", "Good morning,\n\nThe signing page still doesn't work on my tablet. This is the third time I've written.\n\nMany thanks,\nDr Helen Carter\n27 Church Lane\nYork\nYO1 7HH", (),
     {"name": ["Helen Carter"], "postcodes": ["YO1 7HH"], "addresses": ["27 Church Lane, York, YO1 7HH"], "remedy": False}),
    ("d-12", "conexus", "The balance of £1,140.00 is wrong. My old postcode was M1 1AE but I moved in 2024. Your letter is dated 14.10.2026.\n\nThanks, Gary", (),
     {"name": [None, "Gary"], "postcodes": ["M1 1AE"], "remedy": False}),
    ("d-13", "pexa", "We act for the buyer. Our ref: JS/4471/26. Your ref: PX-C-41877. The completion statement shows the wrong fee; please correct it and reissue.\n\nYours faithfully\nMarsden & Co Solicitors\nT: 0113 496 0440", (),
     {"name": [None], "phones": ["+441134960440"], "account_references": ["JS/4471/26", "PX-C-41877"], "remedy": True}),
    ("d-14", "conexus", "I've attached the letter and my bank statement.\n\nSent from my iPhone", ("IMG_2041.jpg", "Statement Oct.pdf", "Outlook-xk3fd.png"),
     {"name": [None], "remedy": False, "documents": ["IMG_2041.jpg", "Statement Oct.pdf"]}),
    ("d-15", "conexus", "Account number: 88213345. Phone me on 020 7946 0321 between 9 and 5. I'd like the interest frozen while I get advice.\n\nKind regards,\nRuth Ellis", (),
     {"name": ["Ruth Ellis"], "phones": ["+442079460321"], "account_references": ["88213345"], "remedy": True}),
    ("d-16", "pexa", "The payment of £212,406.55 on 06/11/2026 went out twice on workspace 61-88214. Contact 0800 157 0192 for our treasury desk.\n\nHollie Varley | Completions Officer | Thames Valley Mortgages", (),
     {"name": ["Hollie Varley"], "phones": ["+448001570192"], "account_references": ["61-88214"], "remedy": False}),
]

# labelled-mail rows: id -> gold (as above; no postcodes/addresses unless given). Numbers in those files that are not
# valid UK numbers by length (e.g. "020 898 1500", "01392 791 8078") are gold non-phones.
LM_D: dict[str, dict] = {
    "px-0204": {"name": ["Tariq Entwistle"], "phones": ["+441143147518"], "remedy": True},
    "px-0498": {"name": ["Marta Brereton"], "phones": ["+441319049218"], "remedy": False},
    "px-0240": {"name": ["Jonah", "Jonah Nwosu"], "remedy": True},
    "px-0201": {"name": ["Jasmine", "Jasmine Oakes"], "remedy": True},
    "px-0322": {"name": [None], "remedy": True},
    "px-0750": {"name": ["Declan Iqbal"], "remedy": True},
    "cx-0704": {"name": ["Arthur"], "remedy": False},
    "cx-0689": {"name": ["Laura Bishop"], "remedy": False},
    "px-0328": {"name": ["Imogen", "Imogen Dunmore"], "remedy": True},
    "px-0253": {"name": ["Lorna Adeyemi"], "phones": ["+441189613411"], "remedy": True},
    "cx-0692": {"name": ["O Pryce"], "remedy": True},
    "cx-0312": {"name": ["M Jallow"], "remedy": True},
    "px-0194": {"name": ["Aisha Quayle"], "remedy": True},
    "cx-1115": {"name": ["H. Brooks"], "remedy": False},
    "cx-0469": {"name": ["Harriet Moss"], "remedy": True},
    "cx-0299": {"name": ["Jason Perrin"], "remedy": True},
    "px-0400": {"name": ["Zoe Bellamy"], "remedy": True},
    "cx-0140": {"name": ["Owen Pritchard"], "remedy": True},
    "px-0118": {"name": ["Priya Delaney"], "phones": ["+441311258865"], "remedy": True},
    "cx-0601": {"name": ["Keith Dunn"], "account_references": ["CX-5512267"], "remedy": True},
    "cx-0048": {"name": ["T Bailey"], "remedy": True},
    "px-0374": {"name": ["Carys Castell"], "remedy": False},
    "cx-0214": {"name": ["Nadia"], "remedy": True},
    "cx-0201": {"name": ["B. Ashdown"], "remedy": True},
    "cx-0120": {"name": ["A Rashid"], "remedy": True},
    "cx-0895": {"name": ["Zofia Kaminska"], "remedy": True},
    "cx-0102": {"name": ["Ray"], "remedy": True},
    "px-0239": {"name": [None, "euan"], "remedy": True},
    "px-0023": {"name": ["Euan Fenby"], "remedy": True},
    "px-0184": {"name": ["Fiona Iqbal"], "remedy": True},
    "px-0948": {"name": [None, "victoria"], "remedy": True},
    "cx-0723": {"name": ["Amelia Roche"], "remedy": True},
    "px-0348": {"name": ["Zoe", "Zoe Jenner"], "remedy": True},
    "cx-0867": {"name": ["Jenny"], "remedy": True},
    "cx-1085": {"name": ["Alison"], "remedy": True},
    "px-0299": {"name": ["Adebayo Abernethy"], "phones": ["+441619908332"], "remedy": False},
    "cx-0012": {"name": ["J. Kerrigan"], "remedy": True},
    "cx-0282": {"name": ["Aoife Brennan"], "remedy": True},
    "px-0215": {"name": ["Euan Ingleby"], "phones": ["+441178794624"], "remedy": True},
    "cx-1029": {"name": ["A Whitehead"], "remedy": True},
    "px-0133": {"name": ["Aisha Walmsley"], "phones": ["+441314939643"], "remedy": True},
    "px-0460": {"name": ["Kieran Kowalczyk"], "remedy": True},
    "cx-0278": {"name": ["Lauren Tait"], "remedy": False},
    "cx-0937": {"name": ["Dennis"], "remedy": True},
    "px-0009": {"name": ["Tamsin Rigby"], "remedy": True},
}
# A second batch of labelled-mail rows, drawn (random.seed(23)) from sources not used anywhere above and labelled
# by hand AFTER the extractor was tuned on everything above, then measured once: these are the details
# held-out rows (`split` = "test", `batch` = 2).
LM_D2: dict[str, dict] = {
    "px-0043": {"name": ["Una Varley"], "phones": ["+441315855715"], "remedy": False},
    "cx-0463": {"name": ["Neil Forsyth"], "remedy": False},
    "cx-0107": {"name": ["C Mahon"], "remedy": True},
    "px-0074": {"name": ["Harjit Thorley"], "remedy": True},
    "px-0279": {"name": ["Fiona Abernethy"], "remedy": False},
    "px-0183": {"name": [None, "ifeoma"], "remedy": True},
    "px-0150": {"name": ["Oliver Kowalczyk"], "phones": ["+441319403138"], "remedy": True},
    "cx-0669": {"name": ["Declan"], "remedy": False},
    "cx-0888": {"name": ["Hayley Storr"], "account_references": ["CX-8810226"], "remedy": True},
    "px-0013": {"name": ["Wendy", "Wendy Oakes"], "remedy": True},
    "px-0330": {"name": ["Graham Naylor"], "remedy": True},
    "cx-0095": {"name": ["Simon"], "remedy": True},
    "cx-0977": {"name": ["J. Pike"], "remedy": True},
    "px-0352": {"name": ["Dominika Kowalczyk"], "phones": ["+441176487798"], "remedy": False},
    "cx-0134": {"name": ["Barry"], "remedy": True},
    "cx-0613": {"name": ["C Hewitt"], "remedy": False},
    "cx-0467": {"name": ["Oksana"], "remedy": False},
    "px-0496": {"name": ["Oliver Walmsley"], "phones": ["+441139909788"], "remedy": True},
    "px-0278": {"name": ["Lorna Penhaligon"], "remedy": True},
    "cx-0117": {"name": ["Fiona"], "account_references": ["CX-7711029", "CX-7711473"], "remedy": True},
    "cx-1131": {"name": ["Mark Fielding"], "remedy": True},
    "px-0081": {"name": [None, "aisha"], "remedy": True},
    "px-0161": {"name": ["Leanne Varley"], "remedy": False},
    "cx-0957": {"name": ["Oluwaseun Adeyemi"], "account_references": ["CX-4402281", "CX-4402915"], "remedy": True},
    "cx-0816": {"name": ["Patrick Ogle"], "account_references": ["CX-3310982"], "remedy": True},
    "px-0195": {"name": [None, "fiona"], "remedy": False},
    "cx-0151": {"name": ["J Sinclair"], "remedy": True},
    "cx-0605": {"name": ["Ella"], "remedy": False},
    "px-0207": {"name": ["Tariq"], "remedy": True},
    "cx-0113": {"name": ["Errol Campbell"], "remedy": True},
}
DETAIL_REFERENCE_PATTERNS = (r"\bCX-\d{7}\b", r"\bPX-C-\d{5}\b", r"\bCX-COMP-\d{5}\b")


def _details_rows(mail: dict[str, dict]) -> list[dict]:
    rows = []
    for fam, mailbox, text, atts, gold in D:
        rows.append({"id": "dh-" + fam[2:], "family": fam, "source": "handwritten", "mailbox": mailbox, "text": text,
                     "attachments": list(atts), "gold": _gold(gold), "split": "train", "batch": 1})
    for mid, gold in sorted(LM_D.items()):
        r = mail.get(mid)
        if r is None:
            continue
        fam = "lm-" + r["source"]
        rows.append({"id": f"dm-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                     "attachments": [], "gold": _gold(gold), "split": "train", "batch": 1})
    for mid, gold in sorted(LM_D2.items()):
        r = mail.get(mid)
        if r is None:
            continue
        fam = "lm-" + r["source"]
        rows.append({"id": f"dm-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                     "attachments": [], "gold": _gold(gold), "split": "test", "batch": 2})
    return rows


def _gold(g: dict) -> dict:
    return {"name": g.get("name", [None]), "phones": g.get("phones", []), "postcodes": g.get("postcodes", []),
            "account_references": g.get("account_references", []), "addresses": g.get("addresses", []),
            "remedy": bool(g.get("remedy")), "documents": g.get("documents", [])}


def _mail_texts() -> dict[str, dict]:
    out = {}
    for f in MAIL_FILES:
        if f.exists():
            for line in f.open(encoding="utf-8"):
                r = json.loads(line)
                out[r["id"]] = r
    return out


def mail_text(r: dict) -> str:
    """The writer's own text of a labelled message: subject + body up to the first quoted line."""
    from classifiers.textprep import prepare_sections
    from classifiers.types import EmailText

    html = r.get("html")
    body = r.get("body") or ""
    if html is True:  # the body holds the HTML markup
        body, html = "", body
    email = EmailText(subject=r.get("subject") or "", body=body,
                      html=html if isinstance(html, str) else None, mailbox=r.get("mailbox") or "")
    sec = prepare_sections(email)
    return "\n".join(p for p in (sec.own_subject, sec.new, sec.signature) if p).strip()


def build() -> dict[str, list[dict]]:
    mail = _mail_texts()
    vul: list[dict] = []
    n = 0
    for fam, mailbox, kinds, text, note in V:
        n += 1
        ks = kinds.split()
        vul.append({"id": f"vh-{n:03d}", "family": fam, "source": "handwritten", "mailbox": mailbox, "text": text,
                    "vulnerable": bool(ks), "kinds": ks, "note": note, "split": split_of(fam)})
    for mid, spec in sorted(LM_V.items()):
        kinds, note = spec.split("|", 1)
        r = mail.get(mid)
        if r is None:
            continue
        ks = kinds.split()
        fam = "lm-" + r["source"]
        vul.append({"id": f"vm-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                    "vulnerable": bool(ks), "kinds": ks, "note": note, "split": split_of(fam)})
    for mid in LM_V_NEG:
        note = "not vulnerable (hand-labelled)"
        r = mail.get(mid)
        if r is None or mid in LM_V:
            continue
        fam = "lm-" + r["source"]
        vul.append({"id": f"vm-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                    "vulnerable": False, "kinds": [], "note": note, "split": split_of(fam)})
    auth: list[dict] = []
    n = 0
    for fam, mailbox, tp, kind, inc, atts, text, note in A:
        n += 1
        auth.append({"id": f"ah-{n:03d}", "family": fam, "source": "handwritten", "mailbox": mailbox, "text": text,
                     "attachments": list(atts), "third_party": tp, "representative_kind": kind,
                     "authority_included": inc, "note": note, "split": split_of(fam)})
    for mid, (kind, inc, note) in sorted(LM_A.items()):
        r = mail.get(mid)
        if r is None:
            continue
        tp, atts = True, ()
        fam = "lm-" + r["source"]
        auth.append({"id": f"am-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                     "attachments": list(atts), "third_party": tp, "representative_kind": kind,
                     "authority_included": inc, "note": note, "split": split_of(fam)})
    for mid in _authority_negatives(mail):
        r = mail[mid]
        fam = "lm-" + r["source"]
        auth.append({"id": f"am-{mid}", "family": fam, "source": "labelled-mail", "mailbox": r["mailbox"], "text": mail_text(r),
                     "attachments": [], "third_party": False, "representative_kind": None, "authority_included": False,
                     "note": "hard negative: third_party=false in the existing labels; wording near representation", "split": split_of(fam)})
    return {"vulnerability": vul, "authority": auth, "details": _details_rows(mail)}


_NEAR_REP = re.compile(r"our client|my solicitor|on behalf of|authority|\bmy mp\b|constituen|attorney|my (mum|dad|mother|father|son|daughter)|adviser|advisor", re.I)


def _authority_negatives(mail: dict[str, dict], limit: int = 60) -> list[str]:
    """Messages labelled third_party=false whose new text uses representation-like wording (one per source)."""
    seen: set[str] = set()
    out: list[str] = []
    for mid in sorted(mail):
        r = mail[mid]
        if r["labels"]["third_party"] or r["labels"]["auto_generated"] or r["source"] in seen:
            continue
        seen.add(r["source"])
        text = (r.get("subject") or "") + "\n" + (r.get("body") or "").split("\n>")[0]
        if _NEAR_REP.search(text):
            out.append(mid)
    # a fixed, spread-out selection (every k-th) so both mailboxes are represented
    step = max(1, len(out) // limit)
    return out[::step][:limit]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    data = build()
    for name, rows in data.items():
        path = OUT / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        test = sum(1 for r in rows if r["split"] == "test")
        print(f"{path.relative_to(ROOT)}: {len(rows)} rows ({test} test)")


if __name__ == "__main__":
    main()
