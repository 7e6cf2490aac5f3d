#!/usr/bin/env python3
"""Labelled evaluation mail written in languages other than English (set "ola", judge A). Stdlib only.

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender address, plain or HTML,
new mail or a reply quoting the firm's English mail): 120 records.

* Group L (ola-L01..L30): written wholly in another language (only names, addresses and references as they are).
* Group M (ola-M01..M14): mixed: English with a line in the writer's language, non-native English, an English line
  over a pasted text in another language, or another language under an English subject.
* Group C (ola-C01..C16): English controls from the same kinds of people.

Every label follows the labelling guide. `explicit` is true exactly when the writer calls the grievance a complaint
in their own words, in whatever language. record_errors() tests only the English "complain", so the errors function
used here (`errors`) drops that one check for a complaint whose new text names it a complaint only in another
language, and applies its own multilingual check (`COMPLAINT_WORDS`) to every complaint instead.

Usage: .venv/bin/python data/make/make_other_language_judge_a.py
"""
import datetime
import os
import sys
import unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (RIGHTS, html_with_quote, new_text, quote_lines, record_errors,  # noqa: E402
                           run_generator, short_labels)

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SEED = 20280517
PREFIX = "ola"
OUT = os.path.join(ROOT, "data", "trials", "other_language_judge_a.jsonl")

LANG_NAMES = {
    "pl": "Polish", "ro": "Romanian", "lt": "Lithuanian", "lv": "Latvian", "bg": "Bulgarian", "uk": "Ukrainian",
    "ru": "Russian", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "fr": "French", "de": "German", "tr": "Turkish", "ar": "Arabic", "ur": "Urdu",
    "pa": "Punjabi", "zh": "Chinese", "cy": "Welsh", "en": "English",
}

# The word a writer uses to call their grievance a complaint, per language (lower-case stems, NFC). English
# "complain" counts in every language (the mixed group writes English).
COMPLAINT_WORDS = {
    "pl": ("skarg", "reklamacj"),
    "ro": ("reclamați", "reclamaţi", "plânger"),
    "lt": ("skund",),
    "lv": ("sūdzīb",),
    "bg": ("жалб", "оплакван"),
    "uk": ("скарг",),
    "ru": ("жалоб",),
    "cs": ("stížnost",),
    "sk": ("sťažnos",),
    "hu": ("panasz",),
    "es": ("queja", "reclamación"),
    "pt": ("reclamaç", "queixa"),
    "it": ("reclamo", "lamentel"),
    "fr": ("réclamation", "plainte"),
    "de": ("beschwer",),
    "tr": ("şikayet", "şikâyet"),
    "ar": ("شكو",),
    "ur": ("شکایت", "shikayat", "shikayet"),
    "pa": ("ਸ਼ਿਕਾਇਤ", "ਸ਼ਿਕਾਇਤ"),
    "zh": ("投诉", "投訴"),
    "cy": ("cwyn", "nghwyn", "gwyno"),
    "en": (),
}

FIRM_FROM = {
    "conexus": ("Conexus Customer Services", "customerservices@conexus-services.com"),
    "pexa": ("PEXA Support", "support@pexa.co.uk"),
}
PEXA_NOTIFY = ("PEXA Notifications", "notifications@pexa.co.uk")
PEXA_NEWS = ("PEXA Insights", "insights@pexa.co.uk")
PEXA_BILLING = ("PEXA Billing", "billing@pexa.co.uk")

# The firm's English mail a reply quotes: key -> (sender, subject, text). Filled from the scenario's q params.
FIRM_MAIL = {
    "cx_letter": (FIRM_FROM["conexus"], "Your account {ref}", """Dear {sal},

We are writing on behalf of our client, {creditor}, about the account referenced above. Our records show an
outstanding balance of £{amt}.

Please contact us within 14 days to discuss how you would like to repay this balance. You can call us on
0330 555 0142 (Monday to Friday 8am to 8pm, Saturday 9am to 1pm) or reply to this email.

If you are in financial difficulty, free and independent debt advice is available from MoneyHelper.

Yours sincerely,
Customer Services
Conexus"""),
    "cx_plan": (FIRM_FROM["conexus"], "Your payment arrangement - {ref}", """Dear {sal},

Thank you for speaking with us. This email confirms your arrangement to pay £{amt} each month by {method},
on the {day} of each month.

Please keep this email for your records. If your circumstances change, contact us as soon as possible on
0330 555 0142.

Kind regards,
Customer Services
Conexus"""),
    "cx_call": (FIRM_FROM["conexus"], "We have been trying to reach you - {ref}", """Dear {sal},

We have tried to contact you by telephone about your account with our client, {creditor}, but have not been able
to speak to you.

Please call us on 0330 555 0142 at your earliest convenience so that we can discuss the balance of £{amt}.

Kind regards,
Customer Services
Conexus"""),
    "cx_final": (("Conexus Customer Relations", "customer.relations@conexus-services.com"),
                 "Outcome of your complaint - {ref}", """Dear {sal},

Thank you for your patience while we looked into your complaint. We found that your payment of £{amt} was
taken twice in error. We have refunded the duplicate payment to your bank account and corrected your balance.

We are sorry for the worry this caused. If you are not satisfied with this response you may refer the matter to
the Financial Ombudsman Service within six months.

Yours sincerely,
Customer Relations
Conexus"""),
    "cx_adviser": (FIRM_FROM["conexus"], "Your client {client} - {ref}", """Dear {sal},

Thank you for your letter of authority for {client}. We have placed the account on hold for 30 days so that you
can prepare a financial statement with your client.

Please send the statement and any repayment proposal to this address, quoting the reference above.

Kind regards,
Customer Services
Conexus"""),
    "px_notify": (PEXA_NOTIFY, "Your property transaction: {prop}", """Dear {sal},

{firm} has added you to the PEXA workspace for {prop} so that you can follow the progress of your
transaction.

Current status: {status}
Planned settlement date: {date}

This is a notification from the PEXA platform. For questions about your transaction, please contact {firm}.

PEXA Notifications"""),
    "px_ack": (FIRM_FROM["pexa"], "PEXA Support - case {ref}", """Hello {sal},

Thank you for contacting PEXA Support. We have logged your query under case {ref} and a member of the team will
be in touch within one business day.

Kind regards,
PEXA Support"""),
    "px_update": (FIRM_FROM["pexa"], "PEXA Support - case {ref}", """Hello {sal},

I have chased HM Land Registry about the application for {prop} and they have promised to process it today.
I will let you know as soon as I hear back.

Kind regards,
Marcus
PEXA Support"""),
    "px_news": (PEXA_NEWS, "Your monthly property market update", """Hello {sal},

In this month's update: how long completions are taking across the country, five tips for a smooth moving day,
and a short survey about your experience of buying or selling with PEXA.

Take the survey: https://insights.pexa.co.uk/survey

You are receiving this email because you took part in a transaction completed on the PEXA platform.

PEXA Insights"""),
    "px_bill": (PEXA_BILLING, "Your PEXA invoice {ref}", """Dear {sal},

Please find attached invoice {ref} for platform fees for {month}. Payment is due within 30 days of the invoice
date. If you have a question about a charge, reply to this email quoting the invoice number.

Kind regards,
PEXA Billing"""),
    "px_onboard": (("PEXA Registrations", "registrations@pexa.co.uk"), "Your PEXA registration - application {ref}",
                   """Dear {sal},

Thank you for applying to register as a PEXA subscriber. Unfortunately we were unable to verify the identity
information provided, and your application has not been approved at this time.

This decision was made automatically. This mailbox is not monitored.

PEXA Registrations"""),
}

# How a mail client in the writer's language introduces the quoted mail, and prefixes a reply's subject.
ATTRIBUTION = {
    "pl": "W dniu {d:02d}.{m:02d}.{y} o {hh:02d}:{mi:02d}, {name} <{addr}> napisał(a):",
    "de": "Am {d:02d}.{m:02d}.{y} um {hh:02d}:{mi:02d} schrieb {name} <{addr}>:",
    "es": "El {d}/{m}/{y} a las {hh:02d}:{mi:02d}, {name} (<{addr}>) escribió:",
    "fr": "Le {d:02d}/{m:02d}/{y} à {hh:02d}:{mi:02d}, {name} <{addr}> a écrit :",
    "pt": "Em {d:02d}/{m:02d}/{y}, às {hh:02d}:{mi:02d}, {name} <{addr}> escreveu:",
    "it": "Il giorno {d:02d}/{m:02d}/{y} alle ore {hh:02d}:{mi:02d}, {name} <{addr}> ha scritto:",
}
EN_ATTRIBUTION = "On {wd}, {d} {mon} {y} at {hh:02d}:{mi:02d}, {name} <{addr}> wrote:"
REPLY_PREFIX = {"pl": "Odp: ", "de": "AW: ", "es": "RE: ", "fr": "RE : ", "it": "R: ", "pt": "RE: ", "hu": "Re: ",
                "tr": "Ynt: ", "cs": "Re: ", "sk": "Re: "}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

ENVS = ("plain", "html", "reply", "reply_html")
# default envelope pairs, by scenario index: always two different envelopes
ENV_ROTATION = (("plain", "reply_html"), ("html", "reply"), ("reply", "plain"), ("reply_html", "html"),
                ("plain", "html"), ("reply", "reply_html"))

SCENARIOS = []


def S(sid, mailbox, lang, who, subject, body, lab, note, q, envs=None, subjects=None, headers=None):
    """One scenario. who: (name, addr1, addr2) or (name1, addr1, name2, addr2); q: (FIRM_MAIL key, params)."""
    SCENARIOS.append({"sid": sid, "mailbox": mailbox, "lang": lang, "who": who, "subject": subject,
                      "body": body.strip("\n"), "labels": lab, "note": note, "q": q, "envs": envs,
                      "subjects": subjects, "headers": headers})


L = short_labels  # (c, ex, pd, br, r, tp, cat, firm, auto)

# =============================================================================================
# Group L: written wholly in another language
# =============================================================================================

S("ola-L01", "conexus", "pl", ("Agnieszka Wróblewska", "a.wroblewska@wp.pl", "agnieszka.wroblewska84@gmail.com"),
  "Skarga – telefony do mojej pracy, konto CX-4471902", """
Dzień dobry,

składam skargę na sposób, w jaki Państwa pracownicy próbują się ze mną kontaktować w sprawie długu wobec Sterling
Credit (numer konta CX-4471902).

W ciągu ostatnich dwóch tygodni dzwonili Państwo sześć razy na numer stacjonarny mojego zakładu pracy, chociaż
podałam swój numer komórkowy i prosiłam o kontakt wyłącznie pod tym numerem. We wtorek 11 czerwca telefon odebrała
koleżanka z mojego działu, a Państwa konsultant powiedział jej, że dzwoni w sprawie mojego zadłużenia, i podał
kwotę. Następnego dnia wiedziało o tym pół biura. Jest mi bardzo wstyd i boję się o swoją pracę.

Proszę o:
– natychmiastowe zaprzestanie telefonów do mojego zakładu pracy,
– wyjaśnienie, dlaczego obca osoba usłyszała szczegóły mojego długu,
– pisemną odpowiedź na tę skargę.

Nadal chcę spłacać dług w ratach, ale proszę o kontakt tylko mailowo albo pod numerem 07700 914 362.

Z poważaniem
Agnieszka Wróblewska
27 Lincoln Road, Peterborough PE1 3HN
""", L(True, True, True, True, cat="collection_conduct"),
  "Polish 'składam skargę' names it a complaint (explicit); repeated calls to her workplace with the debt told to a "
  "colleague is a disclosure (breach, personal_data) inside a complaint about how the debt is pursued, so the main "
  "category stays collection_conduct (rule 13, lg-33).",
  ("cx_call", {"sal": "Ms Wróblewska", "ref": "CX-4471902", "creditor": "Sterling Credit Loans", "amt": "1,932.18"}))

S("ola-L02", "pexa", "pl", ("Tomasz Zieliński", "tomasz.zielinski@o2.pl", "t.zielinski.uk@gmail.com"),
  "Zakup domu 9 Hazel Grove – brak kontaktu z kancelarią", """
Dzień dobry,

kupujemy z żoną dom przy 9 Hazel Grove w Stockport. Dostaliśmy od Państwa e-mail, że transakcja jest prowadzona
na platformie PEXA, dlatego piszę tutaj, bo nie wiem już, do kogo mam się zwrócić.

Naszą sprawę prowadzi kancelaria Orchard Lane Solicitors. Od trzech tygodni nikt stamtąd nie odpowiada ani na
maile, ani na telefony. Sprzedający mówi, że jego prawnik wciąż czeka na nasze podpisane dokumenty, które
wysłaliśmy do kancelarii 20 maja. Termin wymiany umów minął w zeszły piątek, a bank ostrzega, że oferta kredytowa
wygasa za miesiąc. Wypowiedzieliśmy już umowę najmu mieszkania.

Bardzo proszę o pomoc – niech ktoś z kancelarii wreszcie się z nami skontaktuje i powie, co się dzieje z naszą
sprawą.

Pozdrawiam
Tomasz Zieliński
""", L(True, cat="delay", firm="ols"),
  "A buyer's dissatisfaction with his own conveyancer (silence, exchange date missed) with a demand for contact is "
  "an implicit consumer complaint purely about a participant firm: forward to Orchard Lane (ols), category delay "
  "(rule 9, lg-11).",
  ("px_notify", {"sal": "Mr Zieliński", "firm": "Orchard Lane Solicitors", "prop": "9 Hazel Grove, Stockport",
                 "status": "Documents in preparation", "date": "To be confirmed"}))

S("ola-L03", "conexus", "ro", ("Mihaela Popescu", "mihaela.popescu@yahoo.ro", "m.popescu82@gmail.com"),
  "Cerere privind datele personale – cont CX-5520817", """
Bună ziua,

Vă scriu în legătură cu contul CX-5520817 (creditor Pennant Mobile).

1. Vă rog să îmi trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine, inclusiv notițele
convorbirilor telefonice.
2. Adresa din scrisorile dumneavoastră este cea veche. M-am mutat în martie, iar noua mea adresă este: Flat 3,
58 Clarendon Road, Luton LU2 7PQ. Vă rog să o actualizați în evidențele dumneavoastră.

Plățile lunare le fac în continuare, ca până acum, prin transfer bancar.

Vă mulțumesc,
Mihaela Popescu
Data nașterii: 14.09.1982
""", L(r="access,rectification"),
  "A calm Romanian request for a copy of her data (access) and to update her address (rectification) with no "
  "dissatisfaction is not a complaint; the rights count without one (rule 14, lg-37).",
  ("cx_letter", {"sal": "Ms Popescu", "ref": "CX-5520817", "creditor": "Pennant Mobile", "amt": "486.00"}))

S("ola-L04", "conexus", "lt", ("Darius Kazlauskas", "darius.kazlauskas@gmail.com", "d.kazlauskas@inbox.lt"),
  "Mokėjimo datos pakeitimas – sąskaita CX-3309145", """
Laba diena,

nuo liepos mėnesio keičiasi mano atlyginimo mokėjimo diena – algą gausiu 25 d., o ne 1 d., kaip iki šiol. Ar
galėtumėte perkelti mano mėnesinę įmoką (£60) iš kiekvieno mėnesio 3 d. į 27 d.? Suma lieka ta pati.

Sąskaitos numeris: CX-3309145.
Jei reikia, kad paskambinčiau, mano telefono numeris 07824 551 093, geriausia po 17 val.

Iš anksto dėkoju.
Darius Kazlauskas
""", L(),
  "A Lithuanian request to move the monthly payment date is a routine service request, not a complaint.",
  ("cx_plan", {"sal": "Mr Kazlauskas", "ref": "CX-3309145", "amt": "60.00", "method": "standing order",
               "day": "3rd"}))

S("ola-L05", "pexa", "lv", ("Ilze Bērziņa", "ilze.berzina@inbox.lv", "ilze.berzina.uk@outlook.com"),
  "Mājas pārdošana 41 Meadow Lane – Kestrel papildu maksa", """
Labdien!

Mēs pārdodam savu māju 41 Meadow Lane, Kettering, un darījums notiek jūsu PEXA platformā. Mūsu hipotēka ir
Kestrel Building Society.

Pagājušajā nedēļā Kestrel atsūtīja kredīta dzēšanas aprēķinu, kurā pēkšņi ir iekļauta pirmstermiņa atmaksas maksa
£1 840. Kad februārī zvanījām uz Kestrel, darbinieks mums skaidri pateica, ka pēc 1. maija šāda maksa vairs netiks
piemērota, jo beidzas fiksētās likmes periods. Tieši tāpēc mēs izvēlējāmies darījuma datumu jūnijā.

Tas nav godīgi. Lūdzu, nododiet šo vēstuli Kestrel vai pasakiet mums, kā panākt, lai viņi šo maksu noņem pirms
darījuma noslēgšanas 28. jūnijā.

Ar cieņu
Ilze Bērziņa un Jānis Bērziņš
""", L(True, cat="fees_charges", firm="kbs"),
  "Sellers object to an early repayment charge their lender added ('not fair', remove it): an implicit consumer "
  "complaint purely about Kestrel (kbs); the charge itself is the grievance, so fees_charges rather than "
  "inaccurate_information (rule 9, lg-13).",
  ("px_notify", {"sal": "Ms Bērziņa", "firm": "Marsh & Penrose Conveyancing", "prop": "41 Meadow Lane, Kettering",
                 "status": "Awaiting redemption figures", "date": "28 June 2024"}))

S("ola-L06", "conexus", "bg", ("Гергана Димитрова", "gergana.dimitrova@abv.bg", "Gergana Dimitrova",
                               "g.dimitrova.uk@gmail.com"),
  "Жалба – изплатен дълг към Northline Energy", """
Здравейте,

Подавам жалба, защото продължавате да ми изпращате писма и съобщения за дълг към Northline Energy (референтен
номер CX-6182260), който изплатих изцяло на 2 април тази година.

Платих £412,37 по банков път директно по вашата сметка, с референтен номер CX-6182260. На 9 април ваш служител ми
потвърди по телефона, че сметката е закрита. Въпреки това на 3 юни получих ново писмо, в което пише, че дължа
цялата сума и че ще бъдат предприети „по-нататъшни действия“.

Прилагам банковото извлечение с плащането.

Моля да потвърдите писмено, че дългът е изплатен, да спрете всякакви писма и обаждания и да ми обясните как се е
стигнало до това.

С уважение,
Гергана Димитрова
""", L(True, True, cat="debt_dispute"),
  "Bulgarian 'Подавам жалба' makes it explicit; a debt already paid to Conexus and still pursued is Conexus's own "
  "conduct, so about_other_firm=null even though the creditor is named, category debt_dispute (rule 10, lg-26).",
  ("cx_letter", {"sal": "Ms Dimitrova", "ref": "CX-6182260", "creditor": "Northline Energy", "amt": "412.37"}))

S("ola-L07", "conexus", "uk", ("Оксана Мельник", "oksana.melnyk@ukr.net", "Oksana Melnyk", "o.melnyk.family@gmail.com"),
  "Щодо моєї мами, Галини Мельник – рахунок CX-2894417", """
Добрий день,

пишу від імені моєї мами, Галини Мельник (дата народження 03.02.1951), рахунок CX-2894417. Мама приїхала до
Великої Британії за програмою Homes for Ukraine, майже не розмовляє англійською і погано чує. У мене є її письмова
згода на те, щоб я вела її справи, можу надіслати копію.

Ваші працівники телефонують їй по чотири-п'ять разів на день, іноді навіть після восьмої вечора. Мама не розуміє,
чого від неї хочуть, дуже хвилюється і погано спить, а минулого тижня після одного з дзвінків довелося викликати
їй лікаря. Одного разу вона по телефону на щось погодилася, але сама не знає, на що саме.

Прошу:
— припинити дзвонити мамі й надалі зв'язуватися тільки зі мною, за цією адресою або за номером 07459 203 118;
— надіслати копії записів усіх телефонних розмов з мамою за останні два місяці;
— пояснити, що саме вона нібито погодилася платити.

З повагою
Оксана Мельник (донька)
""", L(True, r="access", tp=True, cat="collection_conduct"),
  "A daughter writing for her vulnerable mother (third_party) about call frequency and pressure: implicit complaint, "
  "collection_conduct; copies of the call recordings are an access request, which alone does not set personal_data "
  "(rule 12, lg-29).",
  ("cx_call", {"sal": "Mrs Melnyk", "ref": "CX-2894417", "creditor": "Heathcote Bank", "amt": "2,315.60"}))

S("ola-L08", "pexa", "uk", ("Ірина Бондаренко", "iryna.bondarenko@gmail.com", "i.bondarenko@i.ua"),
  "Лист від PEXA – що це?", """
Добрий день!

Я отримала від вас електронного листа про «робочий простір» для купівлі квартири за адресою Flat 12, Wharf House,
7 Canal Street, Nottingham NG1 7EH. Ми справді купуємо цю квартиру, тож лист, мабуть, справжній, але я вперше чую
про PEXA.

Поясніть, будь ласка:
1. Що таке PEXA і яку роль ви відіграєте в нашій угоді?
2. Звідки ви отримали мою електронну адресу та інші дані про мене?
3. Для чого ви використовуєте ці дані і як довго їх зберігаєте?

Дякую.
Ірина Бондаренко
""", L(r="informed"),
  "Neutral Ukrainian questions about where PEXA got her details and what it uses them for: the informed right "
  "without any dissatisfaction, so not a complaint (rule 14, lg-38).",
  ("px_notify", {"sal": "Ms Bondarenko", "firm": "Greyfriars Law LLP", "prop": "Flat 12, Wharf House, Nottingham",
                 "status": "Workspace created", "date": "To be confirmed"}))

S("ola-L09", "pexa", "ru", ("Дмитрий Соколов", "dmitry.sokolov@mail.ru", "Dmitry Sokolov", "d.sokolov.uk@gmail.com"),
  "Мне пришло чужое письмо", """
Здравствуйте,

сегодня утром мне на почту пришло уведомление от PEXA о сделке, которая не имеет ко мне никакого отношения. В
письме указаны имя другого покупателя (некий мистер Р. Хэтфилд), адрес дома в Ипсвиче, дата завершения сделки и
сумма кредита.

Видимо, кто-то ошибся в адресе электронной почты – у нас с этим человеком похожие адреса. Я письмо удалил и никому
его не пересылал. Ничего от вас не требуется, просто сообщаю, чтобы вы знали.

С уважением,
Дмитрий Соколов
""", L(br=True),
  "A stranger reports in Russian that he received another buyer's transaction details and asks for nothing: a "
  "personal data breach (breach=true) but no dissatisfaction or remedy, so not a complaint (rule 13, lg-32).",
  ("px_notify", {"sal": "Mr Hatfield", "firm": "Kestrel Building Society", "prop": "14 Orwell Road, Ipswich",
                 "status": "Ready for settlement", "date": "21 June 2024"}))

S("ola-L10", "pexa", "cs", ("Markéta Svobodová", "marketa.svobodova@seznam.cz", "m.svobodova@email.cz"),
  "E-maily, o které jsem nežádala", """
Dobrý den,

loni v říjnu jsme přes naši advokátní kancelář koupili byt a od té doby mi od vás chodí e-maily s „novinkami
z trhu s nemovitostmi“, pozvánkami na webináře a dotazníky. K ničemu takovému jsem nikdy nedala souhlas, vaše
služby jsem si neobjednala a o vaší firmě jsem do té doby vůbec nevěděla. Odhlašovací odkaz v patičce nefunguje –
po kliknutí se zobrazí chyba a e-maily chodí dál, tento týden už třetí.

Nesouhlasím s tím, abyste moje osobní údaje používali k marketingu. Žádám, abyste moji e-mailovou adresu a všechny
další údaje o mně, které k marketingu používáte, vymazali, a potvrdili mi to písemně.

S pozdravem
Markéta Svobodová
""", L(True, pd=True, r="objection,erasure", cat="personal_data"),
  "Unwanted marketing with a broken unsubscribe link and a demand to stop and delete is an implicit complaint about "
  "PEXA's own use of her data (personal_data), with objection and erasure requested (lg-35 pattern, no complaint "
  "word so implicit).",
  ("px_news", {"sal": "Markéta"}))

S("ola-L11", "conexus", "sk", ("Juraj Horváth", "juraj.horvath@azet.sk", "horvath.juraj@gmail.com"),
  "Sťažnosť – nedá sa vám dovolať", """
Dobrý deň,

chcem podať sťažnosť na vašu telefonickú linku. Včera som na čísle 0330 555 0142 čakal 52 minút a potom sa hovor
sám prerušil. Dnes ráno to isté – po 45 minútach čakania hovor spadol. Volám z práce cez prestávku a platím si to
z vlastného kreditu.

Potrebujem s vami dohodnúť splátkový kalendár k účtu CX-7034418, čo sa podľa vášho listu musí urobiť telefonicky
do 14 dní. Nechcem, aby mi ten termín uplynul len preto, že sa k vám nedá dovolať.

Prosím, zavolajte mi vy na číslo 07931 447 820, v pracovné dni po 16:00.

S pozdravom
Juraj Horváth
""", L(True, True, cat="wait_time"),
  "Slovak 'podať sťažnosť' makes it explicit; being held 45-52 minutes and cut off is waiting to reach someone, so "
  "wait_time, not delay (rule 16b, lg-21).",
  ("cx_letter", {"sal": "Mr Horváth", "ref": "CX-7034418", "creditor": "Pennant Mobile", "amt": "731.45"}))

S("ola-L12", "conexus", "hu", ("Nagy Zsófia", "nagy.zsofia@freemail.hu", "zsofia.nagy@gmail.com"),
  "Köszönet – CX-8815203", """
Tisztelt Hölgyem/Uram!

Szeretném megköszönni Rebeccának a múlt csütörtöki segítségét. Nagyon türelmes volt, elmagyarázta, mi szerepel a
számlámon, és olyan havi részletet állított be, amelyet valóban ki tudok fizetni. A megállapodás írásos
visszaigazolását is megkaptam már, minden rendben van.

Kérem, adják át neki a köszönetemet.

Üdvözlettel:
Nagy Zsófia
Ügyfélszám: CX-8815203
""", L(),
  "A Hungarian thank-you for a settled payment arrangement with nothing still wrong is praise, not a complaint "
  "(rule 5).",
  ("cx_plan", {"sal": "Ms Nagy", "ref": "CX-8815203", "amt": "45.00", "method": "direct debit", "day": "10th"}))

S("ola-L13", "pexa", "es", ("Alejandro Ruiz Martín", "alejandro.ruiz.martin@gmail.com", "a.ruiz@telefonica.net"),
  "Queja sobre Beacon Home Finance – compra de 17 Sycamore Drive", """
Buenas tardes:

Les escribo porque la compra de nuestra vivienda en 17 Sycamore Drive, Reading, tenía que completarse el viernes
7 de junio a través de su plataforma y no se completó. Según nuestro abogado, el dinero de la hipoteca de Beacon
Home Finance no llegó hasta el lunes por la tarde.

Quiero presentar una queja formal contra Beacon. Nos confirmaron por escrito el 3 de junio que los fondos estarían
disponibles el día 6. Por su retraso tuvimos que pagar dos noches de hotel para toda la familia y un día más de
mudanza (£650), y perdimos días de vacaciones en el trabajo.

Ya sé que ustedes no son el banco, pero les ruego que hagan llegar esta queja a Beacon y que nos digan quién nos va
a responder. Queremos que nos reembolsen estos gastos.

Atentamente,
Alejandro Ruiz Martín
Teléfono: 07712 308 654
""", L(True, True, cat="delay", firm="bhf"),
  "Spanish 'presentar una queja formal contra Beacon' is an explicit complaint purely about the buyers' lender "
  "(late mortgage funds): forward to Beacon (bhf), category delay (rule 9).",
  ("px_notify", {"sal": "Mr Ruiz Martín", "firm": "Orchard Lane Solicitors", "prop": "17 Sycamore Drive, Reading",
                 "status": "Settlement unsuccessful", "date": "7 June 2024"}))

S("ola-L14", "conexus", "es", ("Lucía Fernández Ortega", "luciafernandez.o@hotmail.es", "lucia.fernandez.ortega@gmail.com"),
  "Deuda de Pennant – la cantidad no es correcta", """
Hola:

He recibido su carta del 28 de mayo en la que me piden £286,40 en nombre de Pennant (referencia CX-4127735). No
debo esa cantidad.

Contraté una línea móvil con Pennant el 2 de febrero y la cancelé el 9 de febrero, dentro del plazo de
desistimiento de 14 días, porque en mi casa no había cobertura. Devolví el teléfono por correo certificado y tengo
el justificante. Aun así, Pennant siguió facturándome la cuota mensual y ahora me cobra también una penalización por
cancelación anticipada.

Les adjunto el correo de Pennant en el que confirman la cancelación y el justificante del envío. Por favor,
devuelvan el expediente a Pennant para que lo corrijan y no me pidan este pago mientras tanto.

Atentamente,
Lucía Fernández Ortega
""", L(True, cat="debt_dispute", firm="pmt"),
  "The debt is challenged because the creditor kept billing after a cooling-off cancellation: only Pennant can fix "
  "the root cause, so an implicit complaint with about_other_firm=pmt, category debt_dispute (rule 10, lg-25).",
  ("cx_letter", {"sal": "Ms Fernández Ortega", "ref": "CX-4127735", "creditor": "Pennant Mobile", "amt": "286.40"}))

S("ola-L15", "conexus", "pt", ("João Pedro Carvalho", "joaopedro.carvalho@sapo.pt", "jp.carvalho.uk@gmail.com"),
  "Reclamação – taxa de £45 no meu saldo", """
Boa tarde,

Venho apresentar uma reclamação relativa à conta CX-3390621.

Tenho um acordo de pagamento de £50 por mês desde janeiro e nunca falhei nenhum pagamento. No extrato que recebi
esta semana aparece uma «taxa administrativa» de £45, acrescentada a 15 de maio, sem qualquer explicação. Ninguém me
avisou desta taxa, nem por carta nem por telefone, e o acordo que assinei não fala em taxas.

Peço que retirem a taxa do saldo, que me enviem um extrato corrigido e que me expliquem por escrito a razão desta
cobrança.

Cumprimentos,
João Pedro Carvalho
""", L(True, True, cat="fees_charges"),
  "Portuguese 'apresentar uma reclamação' is explicit; an administration fee Conexus added on top of the debt is "
  "fees_charges, not debt_dispute (rule 16e).",
  ("cx_plan", {"sal": "Mr Carvalho", "ref": "CX-3390621", "amt": "50.00", "method": "debit card", "day": "1st"}))

S("ola-L16", "pexa", "pt", ("Conceição Almeida Santos", "conceicao.asantos@gmail.com", "c.almeida.santos@uol.com.br"),
  "Meu nome está errado nos e-mails da PEXA", """
Olá,

estou vendendo meu apartamento em Londres (Flat 5, 22 Elm Park Road, London SW3 6AX) e recebo de vocês as
notificações sobre o andamento da venda. Nos e-mails meu nome aparece como "Conceicao Almeida Sants": falta o "o" no
sobrenome, e o "ç" e o "ã" aparecem sem acento.

Peço, por favor, que corrijam meu nome no cadastro de vocês para "Conceição Almeida Santos", exatamente como está no
meu passaporte. Enquanto não for corrigido, peço também que não usem esse nome errado em nenhum documento da
transação, para não dar problema no registro.

Obrigada,
Conceição Almeida Santos
""", L(r="rectification,restriction"),
  "A polite Brazilian-Portuguese request to correct her name (rectification) and not to use the wrong version until "
  "fixed (restriction), with no dissatisfaction expressed: a rights request, not a complaint (rule 14).",
  ("px_notify", {"sal": "Ms Sants", "firm": "Greyfriars Law LLP", "prop": "Flat 5, 22 Elm Park Road, London",
                 "status": "Contracts exchanged", "date": "5 July 2024"}))

S("ola-L17", "pexa", "it", ("Francesca Bianchi", "francesca.bianchi@libero.it", "f.bianchi.ldn@gmail.com"),
  "Acquisto appartamento – Greyfriars Law", """
Buongiorno,

sto acquistando un appartamento a Edimburgo (2F1, 14 Marchmont Crescent) e lo studio legale che mi segue è
Greyfriars Law. Il vostro nome compare nelle e-mail che ricevo sullo stato della pratica, quindi spero possiate
aiutarmi.

Il mio referente presso Greyfriars è sgarbato e non mi spiega niente. Quando gli ho chiesto perché la data di
ingresso fosse cambiata, mi ha risposto che "non è compito suo fare lezioni di diritto scozzese" e ha chiuso la
telefonata. Alle mie ultime due e-mail non ha risposto affatto. Sono straniera e pago un professionista proprio
perché non conosco la procedura, ma vengo trattata come se disturbassi.

Vorrei che qualcuno di Greyfriars mi contattasse, mi spiegasse la situazione e mi assegnasse un altro referente.

Cordiali saluti,
Francesca Bianchi
""", L(True, cat="service_quality", firm="gfl"),
  "A buyer describes rude, unhelpful treatment by her own law firm and asks for contact and a new fee-earner: an "
  "implicit consumer complaint purely about Greyfriars (gfl), category service_quality (rule 9).",
  ("px_notify", {"sal": "Ms Bianchi", "firm": "Greyfriars Law LLP", "prop": "2F1, 14 Marchmont Crescent, Edinburgh",
                 "status": "Date of entry changed", "date": "12 July 2024"}))

S("ola-L18", "conexus", "fr", ("Laurent Girard", "laurent.girard@orange.fr", "l.girard@free.fr"),
  "Réclamation – visite au domicile de mon père, M. Henri Girard", """
Madame, Monsieur,

Je vous écris au nom de mon père, M. Henri Girard, 79 ans, domicilié au 6 Chapel Row, Hastings TN34 3DL (dossier
CX-5068132). Je dispose d'une procuration durable (Lasting Power of Attorney) enregistrée, dont je joins une copie.

Mon père est atteint de la maladie d'Alzheimer. Le 4 juin, un de vos agents s'est présenté chez lui sans
rendez-vous et y est resté près d'une heure. Il lui a fait signer un plan de remboursement de £120 par mois, alors
que sa seule ressource est sa pension de retraite. Sa voisine, arrivée à la fin de la visite, m'a dit qu'il était
très agité et qu'il ne comprenait pas ce qu'il signait.

Je souhaite déposer une réclamation officielle. Je demande l'annulation de ce plan, l'arrêt de toute visite à
domicile, et que toute correspondance me soit désormais adressée.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laurent Girard
""", L(True, True, tp=True, cat="collection_conduct"),
  "A son with power of attorney (third_party) makes an explicit French 'réclamation officielle' about a doorstep "
  "visit pressing a vulnerable man into a plan: collection_conduct (rule 16d).",
  ("cx_plan", {"sal": "Mr Girard", "ref": "CX-5068132", "amt": "120.00", "method": "direct debit", "day": "15th"}))

S("ola-L19", "conexus", "de", ("Katrin Vogel", "k.vogel@vogel-steuerberatung.de", "katrin.vogel@web.de"),
  "", """
Vielen Dank für Ihre Nachricht.

Ich bin vom 17. bis einschließlich 28. Juni nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an mein Sekretariat unter
+49 711 2049 330.

Mit freundlichen Grüßen
Katrin Vogel
""", L(auto=True),
  "A German out-of-office reply quoting our letter is machine-generated (with or without auto headers): "
  "auto_generated and nothing else (rule 7, lg-17).",
  ("cx_letter", {"sal": "Ms Vogel", "ref": "CX-1180349", "creditor": "Sterling Credit Loans", "amt": "864.20"}),
  envs=("reply", "reply_html"),
  subjects=("Automatische Antwort: Your account CX-1180349", "Abwesenheitsnotiz: Your account CX-1180349"),
  headers=({"auto-submitted": "auto-replied", "x-auto-response-suppress": "All"}, {}))

S("ola-L20", "pexa", "de", ("Sabine Hoffmann", "sabine.hoffmann@gmx.de", "s.hoffmann@t-online.de"),
  "Löschung meiner Daten", """
Sehr geehrte Damen und Herren,

im Jahr 2022 habe ich meine Wohnung in Bristol (Flat 9, 31 Redland Grove, Bristol BS6 6PR) verkauft; die Abwicklung
lief damals über Ihre Plattform. Inzwischen lebe ich wieder in Deutschland und besitze keine Immobilie mehr in
Großbritannien.

Ich bitte Sie, alle personenbezogenen Daten, die Sie über mich gespeichert haben, zu löschen, soweit Sie nicht
gesetzlich zur Aufbewahrung verpflichtet sind. Bitte bestätigen Sie mir die Löschung kurz per E-Mail.

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Sabine Hoffmann
""", L(r="erasure"),
  "A plain German request to delete her data, with no dissatisfaction: erasure without a complaint (rule 14, "
  "lg-20).",
  ("px_news", {"sal": "Sabine"}))

S("ola-L21", "conexus", "tr", ("Mehmet Yılmaz", "mehmet.yilmaz@hotmail.com", "m.yilmaz1979@gmail.com"),
  "Westbury Council borcu – o adreste oturmuyordum", """
Merhaba,

Westbury Council adına bana gönderdiğiniz mektupta 2022-2023 dönemi için £1.164,20 council tax borcum olduğu
yazıyor (referans CX-9013356). Ancak mektupta belirtilen adreste, 18 Fairfield Road, Westbury, Mart 2022'den beri
oturmuyorum. Taşındığımı o zaman belediyeye hem telefonla hem de e-postayla bildirdim; yeni adresimin council
tax'ını da düzenli olarak ödüyorum.

Belediye taşındığımı kaydetmemiş ve faturayı yine bana kesmiş. Bu borç bana ait değil. Lütfen dosyayı belediyeye
geri gönderin ve belediye durumu düzeltene kadar benden ödeme istemeyin. Kira sözleşmemi ve belediyeye gönderdiğim
e-postanın kopyasını ekte gönderiyorum.

Saygılarımla,
Mehmet Yılmaz
""", L(True, cat="debt_dispute", firm="wbc"),
  "The council billed him for a property he had left: only the creditor can fix that root cause, so an implicit "
  "complaint with about_other_firm=wbc, category debt_dispute (rule 10).",
  ("cx_letter", {"sal": "Mr Yılmaz", "ref": "CX-9013356", "creditor": "Westbury Council Tax Services",
                 "amt": "1,164.20"}))

S("ola-L22", "conexus", "ar", ("أحمد الحسيني", "ahmed.alhusseini@gmail.com", "Ahmed Al-Husseini", "a.husseini@outlook.com"),
  "شكوى – اتصلتم بأخي وأخبرتموه بديني", """
السلام عليكم،

أتقدّم بهذه الشكوى بخصوص الحساب رقم CX-2270584.

يوم الاثنين الماضي اتصل أحد موظفيكم بأخي خالد على هاتفه الجوال، وأخبره بأنني مدين لشركة Sterling Credit بمبلغ
يزيد على ألفي جنيه، وطلب منه أن يبلغني بضرورة الدفع. لم أعطكم رقم أخي في أي وقت، ولم أوافق على أن يعرف أحد من
عائلتي شيئًا عن وضعي المالي. وقد سبّب لي ذلك إحراجًا كبيرًا أمام أسرتي.

أطلب منكم:
١. أن توضحوا لي من أين حصلتم على رقم أخي، وعلى أي أساس استخدمتموه.
٢. أن تتوقفوا فورًا عن الاتصال بأي فرد من عائلتي.
٣. أن تقدّموا ردًّا مكتوبًا على هذه الشكوى.

مع التحية،
أحمد الحسيني
هاتف: 07405 618 273
""", L(True, True, True, True, r="informed", cat="personal_data"),
  "Arabic 'أتقدّم بهذه الشكوى' is explicit; telling his brother about the debt is a disclosure (breach) and the main "
  "grievance, so personal_data; asking where the number came from and on what basis is the informed right "
  "(lg-34).",
  ("cx_call", {"sal": "Mr Al-Husseini", "ref": "CX-2270584", "creditor": "Sterling Credit Loans",
               "amt": "2,046.90"}))

S("ola-L23", "pexa", "ar", ("ليلى منصور", "layla.mansour@hotmail.com", "Layla Mansour", "l.mansour@yahoo.com"),
  "استفسار عن تحويل المبلغ عند إتمام البيع", """
مرحبًا،

نحن بصدد بيع منزلنا في 5 Ashgrove Avenue, Leicester، وأخبرنا المحامي أن إتمام البيع سيجري عبر منصة PEXA.

لديّ سؤالان:
١. هل تحتفظ PEXA بثمن البيع لديها، أم يُحوَّل مباشرة من بنك المشتري إلى حساب المحامي؟
٢. كم يستغرق وصول المبلغ إلى حسابنا عادةً بعد إتمام البيع؟

شكرًا جزيلًا لكم،
ليلى منصور
""", L(),
  "Neutral Arabic questions about how settlement money moves: an enquiry, not a complaint (rule 1, lg-02).",
  ("px_notify", {"sal": "Mrs Mansour", "firm": "Orchard Lane Solicitors", "prop": "5 Ashgrove Avenue, Leicester",
                 "status": "Contracts exchanged", "date": "28 June 2024"}))

S("ola-L24", "pexa", "ur", ("عمران اقبال", "imran.iqbal@gmail.com", "Imran Iqbal", "imran.iqbal@btinternet.com"),
  "میرے والد کے گھر کی فروخت – Heathcote Bank", """
السلام علیکم،

میں اپنے والد محمد اقبال کی طرف سے لکھ رہا ہوں۔ وہ 42 Whitfield Street, Bradford BD8 9LQ والا گھر بیچ رہے ہیں۔ ان کی
انگریزی زیادہ اچھی نہیں، اس لیے ان کے کہنے پر سارا رابطہ میں ہی کرتا ہوں۔

ان کا مارگیج Heathcote Bank کے پاس ہے۔ وکیل نے تین ہفتے پہلے بینک سے قرض ختم کرنے کی حتمی رقم کا حساب
(redemption statement) مانگا تھا، لیکن وہ ابھی تک نہیں آیا۔ میں نے خود بینک کو چار بار فون کیا، ہر بار کہتے ہیں
"پانچ دن میں آ جائے گا"۔ اب خریدار کہہ رہا ہے کہ اگر اگلے ہفتے تک exchange نہ ہوا تو وہ سودا چھوڑ دے گا۔

براہِ کرم یہ بات Heathcote Bank تک پہنچائیں اور ان سے کہیں کہ فوراً یہ حساب وکیل کو بھیجیں۔ میرے والد اس وجہ سے
بہت پریشان ہیں۔

شکریہ،
عمران اقبال
""", L(True, tp=True, cat="delay", firm="hcb"),
  "A son writing in Urdu for his father (third_party) about the seller's lender not sending a redemption statement: "
  "an implicit consumer complaint purely about Heathcote Bank (hcb), category delay.",
  ("px_notify", {"sal": "Mr Iqbal", "firm": "Marsh & Penrose Conveyancing", "prop": "42 Whitfield Street, Bradford",
                 "status": "Awaiting redemption figures", "date": "To be confirmed"}))

S("ola-L25", "pexa", "ur", ("Sana Riaz", "sana.riaz92@gmail.com", "sanariaz@hotmail.co.uk"),
  "Mortgage offer abhi tak nahi aya - 63 Larch Road", """
Assalam o alaikum,

Hum 63 Larch Road, Slough mein ghar khareed rahe hain aur hamara mortgage Thames Valley Mortgages (TVM) se hai.
Hamare solicitor ne bataya ke completion aap ke PEXA system par hogi, is liye aap ko likh rahi hoon.

TVM ne teesri dafa wohi documents maange hain jo hum pehle hi do dafa bhej chuke hain - payslips aur bank
statements. Application 6 hafte pehle di thi aur offer abhi tak nahi aya. Seller ne keh diya hai ke agar mahine ke
aakhir tak exchange nahi hua to woh ghar kisi aur ko bech dega.

Meherbani kar ke TVM se baat karein ya yeh message un tak pohncha dein. Humein jaldi jawab chahiye.

Shukriya,
Sana Riaz
""", L(True, cat="delay", firm="tvm"),
  "Romanised Urdu: the buyers' lender keeps re-requesting documents and the offer is six weeks late; an implicit "
  "consumer complaint purely about Thames Valley Mortgages (tvm), category delay.",
  ("px_notify", {"sal": "Mrs Riaz", "firm": "Orchard Lane Solicitors", "prop": "63 Larch Road, Slough",
                 "status": "Awaiting mortgage offer", "date": "To be confirmed"}))

S("ola-L26", "conexus", "pa", ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ", "gurpreet.sandhu@gmail.com", "Gurpreet Singh Sandhu",
                               "gs.sandhu@yahoo.co.uk"),
  "ਤੁਹਾਡੇ ਮੁਲਾਜ਼ਮ ਦੇ ਮਾੜੇ ਵਤੀਰੇ ਬਾਰੇ ਸ਼ਿਕਾਇਤ", """
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮੈਂ ਖਾਤਾ ਨੰਬਰ CX-6651209 ਬਾਰੇ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਉਣਾ ਚਾਹੁੰਦਾ ਹਾਂ।

12 ਜੂਨ ਦੀ ਸ਼ਾਮ ਨੂੰ ਮੈਂ ਆਪਣੀ ਕਿਸ਼ਤ ਬਾਰੇ ਗੱਲ ਕਰਨ ਲਈ ਤੁਹਾਡੇ ਦਫ਼ਤਰ ਫ਼ੋਨ ਕੀਤਾ। ਜਿਸ ਮੁਲਾਜ਼ਮ ਨਾਲ ਗੱਲ ਹੋਈ, ਉਸ ਨੇ ਮੇਰੇ
ਲਹਿਜ਼ੇ ਦਾ ਮਜ਼ਾਕ ਉਡਾਇਆ, ਮੇਰੀਆਂ ਗੱਲਾਂ ਦੀ ਨਕਲ ਕੀਤੀ ਅਤੇ ਕਿਹਾ ਕਿ "ਪਹਿਲਾਂ ਅੰਗਰੇਜ਼ੀ ਸਿੱਖ ਕੇ ਆਓ"। ਫਿਰ ਉਸ ਨੇ ਫ਼ੋਨ ਕੱਟ
ਦਿੱਤਾ। ਮੈਂ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਕਦੇ ਇੰਨਾ ਬੇਇੱਜ਼ਤ ਮਹਿਸੂਸ ਨਹੀਂ ਕੀਤਾ।

ਮੈਂ ਚਾਹੁੰਦਾ ਹਾਂ ਕਿ ਤੁਸੀਂ ਉਸ ਕਾਲ ਦੀ ਜਾਂਚ ਕਰੋ, ਮੈਨੂੰ ਲਿਖਤੀ ਜਵਾਬ ਦਿਓ ਅਤੇ ਮਾਫ਼ੀ ਮੰਗੋ।

ਧੰਨਵਾਦ,
ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ
ਫ਼ੋਨ: 07852 330 914
""", L(True, True, cat="service_quality"),
  "Punjabi 'ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰਵਾਉਣਾ' is explicit; an agent mocking his accent and hanging up is how he was served "
  "(rude staff), not how the debt is pursued: service_quality (rule 16d).",
  ("cx_plan", {"sal": "Mr Sandhu", "ref": "CX-6651209", "amt": "30.00", "method": "standing order",
               "day": "20th"}))

S("ola-L27", "pexa", "zh", ("王磊", "wanglei.uk@163.com", "Lei Wang", "lei.wang88@gmail.com"),
  "关于 Marsh & Penrose Conveyancing 收费的投诉", """
您好：

我和妻子上个月通过贵公司的PEXA平台完成了位于 11 Beech Court, Exeter EX2 4PL 的房产购买，我们的律师事务所是
Marsh & Penrose Conveyancing。

在最后的结算单里，律所额外收取了一笔 £295 的“电子结算平台费”，并说这是PEXA收取的费用。可是我们签约时拿到的
报价单里完全没有这一项，律所事先也从未提起过。我们向律所索要收费明细，他们一直没有给。

我们想就此事正式投诉。请把投诉转交给 Marsh & Penrose，并告诉我们：这笔费用到底是谁收取的？如果是律所自己加
的，我们要求退还。

谢谢！
王磊
""", L(True, True, cat="fees_charges", firm="mpc"),
  "Chinese '正式投诉' is explicit; a buyer's grievance about a fee his conveyancer added goes to that participant "
  "firm (mpc) even though it asks whether PEXA charged it (rule 10, lg-14), category fees_charges.",
  ("px_notify", {"sal": "Mr Wang", "firm": "Marsh & Penrose Conveyancing", "prop": "11 Beech Court, Exeter",
                 "status": "Settled", "date": "24 May 2024"}))

S("ola-L28", "conexus", "zh", ("陳嘉欣", "chan.kayan@gmail.com", "Chan Ka Yan", "kayan.chan@yahoo.com.hk"),
  "索取還款紀錄（電子格式）– 帳戶 CX-7482930", """
您好：

我的帳戶號碼是 CX-7482930，目前每月按還款計劃還款。

我正在與慈善機構的理財顧問一起整理家庭預算，顧問使用的軟件可以直接匯入數據。請問可否把你們持有的我的個人資料
和全部還款紀錄，以 CSV 或 Excel 等電子格式用電郵發給我，方便我匯入系統？紙本或 PDF 掃描件我們無法使用。

謝謝幫忙。

陳嘉欣
電話：07946 115 827
""", L(r="portability"),
  "A calm request in traditional Chinese for her data and payment history as CSV/Excel to load into an adviser's "
  "software: portability without a complaint; mentioning the adviser does not make it third party (rule 15).",
  ("cx_plan", {"sal": "Ms Chan", "ref": "CX-7482930", "amt": "25.00", "method": "standing order", "day": "28th"}))

S("ola-L29", "pexa", "cy", ("Elin Prys", "elin.prys@prysaphartneriaid.cymru", "e.prys@prysaphartneriaid.co.uk"),
  "Cwyn ffurfiol – methiant setliad ddwywaith yr wythnos hon", """
Bore da,

Rwy'n ysgrifennu i wneud cwyn ffurfiol ar ran y cwmni am eich platfform.

Ddydd Llun a ddoe, methodd y setliad ar ddau drafodiad gwahanol (gweithle 31-90417 a gweithle 31-90533). Yn y ddau
achos, roedd y statws yn dangos "setliad ar y gweill" am dros ddwy awr, ac yna newidiodd i "aflwyddiannus" heb
unrhyw neges gwall. Roedd eich tudalen statws yn dangos bod popeth yn gweithio'n iawn drwy'r prynhawn.

O ganlyniad, ni chafodd ein cleientiaid yr allweddi tan y bore wedyn, a bu'n rhaid i un teulu dalu am lety dros
nos.

Hoffwn gael esboniad llawn o'r hyn a aeth o'i le ar y ddau ddiwrnod, beth rydych chi'n ei wneud i sicrhau na fydd
yn digwydd eto, a sut y byddwch yn digolledu ein cleientiaid.

Yn gywir,
Elin Prys
Partner, Prys a'i Phartneriaid, Caernarfon
""", L(True, True, cat="platform_defect"),
  "A Welsh law firm's 'cwyn ffurfiol' (explicit) about two failed settlements on the platform: platform_defect; "
  "a participant complaining about PEXA's own service keeps about_other_firm=null and is not third party (rule 8).",
  ("px_ack", {"sal": "Elin", "ref": "PX-48120"}))

S("ola-L30", "conexus", "cy", ("Gareth Llewelyn", "gareth.llewelyn@btinternet.com", "garethllew@gmail.com"),
  "Fy nghais am gopi o'm data – dal dim ateb", """
Annwyl Syr/Madam,

Ar 22 Ebrill, anfonais e-bost atoch yn gofyn am gopi o'r holl wybodaeth bersonol sydd gennych amdanaf, gan gynnwys
recordiadau o'r galwadau ffôn, mewn perthynas â chyfrif CX-1956308. Mae bron i saith wythnos wedi mynd heibio a dydw
i ddim wedi cael dim byd, dim hyd yn oed cydnabyddiaeth. Ffoniais ddwywaith, a dywedwyd wrthyf y byddai rhywun yn
cysylltu â mi. Ni chysylltodd neb.

Rwy'n gwybod bod gennych fis i ymateb i gais o'r fath. Anfonwch gopi llawn o'm data ataf o fewn saith diwrnod, neu
byddaf yn cysylltu â Swyddfa'r Comisiynydd Gwybodaeth.

Yn gywir,
Gareth Llewelyn
12 Heol y Felin, Aberaeron SA46 0BE
""", L(True, pd=True, r="access", cat="personal_data"),
  "A Welsh chaser for an ignored subject access request (access repeated): the grievance is a data-rights request "
  "ignored, so personal_data=true and category personal_data rather than the generic delay (rules 12 and 16a; "
  "borderline with rule 6).",
  ("cx_letter", {"sal": "Mr Llewelyn", "ref": "CX-1956308", "creditor": "Northline Energy", "amt": "378.95"}))

# =============================================================================================
# Group M: mixed (English with a line in the writer's language, non-native English, English over a pasted text,
# another language under an English subject)
# =============================================================================================

S("ola-M01", "pexa", "pl", ("Katarzyna Lewandowska", "kasia.lewandowska@gmail.com", "k.lewandowska@onet.pl"),
  "Question about completion on Friday", """
Dzień dobry,

We are buying 4 Rowan Close, Milton Keynes and our solicitor said completion will be on your system this Friday.
Could you tell me what time of day the money usually goes through, so I know when we can collect the keys from the
estate agent? We have booked the van for 2pm.

Dziękuję bardzo,
Kasia Lewandowska
""", L(),
  "English with a Polish greeting and sign-off: a neutral question about completion timing is an enquiry (rule 1).",
  ("px_notify", {"sal": "Ms Lewandowska", "firm": "Kestrel Building Society", "prop": "4 Rowan Close, Milton Keynes",
                 "status": "Ready for settlement", "date": "Friday 14 June 2024"}))

S("ola-M02", "conexus", "ro", ("Ionuț Stanciu", "ionut.stanciu@yahoo.com", "stanciu.ionut87@gmail.com"),
  "complain about your man who come at my house", """
Hello,

I want make complain about your agent who come at my house on Tuesday at 9 and half in the evening. My childs was
sleeping, he knock very strong at the door and the window and speak loud in the street that I not pay the money for
Sterling. All the neighbours hear this. I tell him I have already plan to pay £40 every month and I pay every month,
he not want listen and he say he will come back with bailiff and take my car.

This is not normal, I am scared now and my wife also. Please tell me why he come when I have the plan, and I want
that nobody come at my house again. Account number CX-8120476.

Thank you
Ionut Stanciu
""", L(True, True, True, True, cat="collection_conduct"),
  "Non-native English that says 'make complain' is explicit; a late doorstep visit with threats despite a plan is "
  "collection_conduct, and shouting the debt in the street is a disclosure to neighbours (breach, personal_data), "
  "which keeps the main category (lg-33).",
  ("cx_plan", {"sal": "Mr Stanciu", "ref": "CX-8120476", "amt": "40.00", "method": "standing order", "day": "5th"}))

S("ola-M03", "pexa", "es", ("Rafael Domínguez", "rafa.dominguez@gmail.com", "r.dominguez@hotmail.com"),
  "Complaint - Orchard Lane Solicitors - 25 Poplar Way", """
Hello, my English is not good so I write my complaint in Spanish below. Thank you.

Estimados señores:

Estamos comprando la casa de 25 Poplar Way, Macclesfield. Nuestro abogado de Orchard Lane Solicitors nos dijo por
escrito que la fecha de finalización sería el 14 de junio y, basándonos en eso, entregamos el piso de alquiler ese
mismo día. El 12 de junio nos dijeron que la fecha real era el 28 de junio y que "había sido un error de la
secretaria". Ahora vivimos en casa de unos amigos con dos niños, y todos nuestros muebles están en un guardamuebles
que nos cuesta £85 por semana.

Queremos que Orchard Lane nos explique el error y que nos pague el guardamuebles y los demás gastos.

Rafael Domínguez
""", L(True, True, cat="inaccurate_information", firm="ols"),
  "A short English line ('my complaint', explicit) over the buyer's own Spanish text: his conveyancer gave a wrong "
  "completion date in writing, so inaccurate_information, forwarded to Orchard Lane (ols) (rule 9).",
  ("px_notify", {"sal": "Mr Domínguez", "firm": "Orchard Lane Solicitors", "prop": "25 Poplar Way, Macclesfield",
                 "status": "Settlement date changed", "date": "28 June 2024"}))

S("ola-M04", "conexus", "tr", ("Ayşe Demir", "aysedemir@hotmail.com", "ayse.demir.uk@gmail.com"),
  "Payment date change - CX-5539012", """
Merhaba,

Geçen ay aylık ödeme tarihimi ayın 1'inden 15'ine aldırmak için sizinle telefonda görüştüm. Görüştüğüm temsilci
değişikliğin yapıldığını söyledi. Ama bu ay yine ayın 1'inde hesabımdan £75 çekildi. Maaşım henüz yatmadığı için
hesabım eksiye düştü ve bankam £25 ceza kesti.

Bu konuda şikayette bulunmak istiyorum. Lütfen ödeme tarihimi gerçekten 15'ine alın, bankamın kestiği £25'i
karşılayın ve bunun neden olduğunu bana yazılı olarak açıklayın.

Hesap numaram: CX-5539012

Teşekkürler,
Ayşe Demir
""", L(True, True, cat="service_quality"),
  "Turkish under an English subject: 'şikayette bulunmak istiyorum' is explicit; a promised date change not carried "
  "out, causing a bank charge, is careless handling (service_quality), not a fee Conexus levied.",
  ("cx_plan", {"sal": "Ms Demir", "ref": "CX-5539012", "amt": "75.00", "method": "direct debit", "day": "1st"}),
  envs=("plain", "html"))

S("ola-M05", "pexa", "zh", ("Zhou Li Na", "lina.zhou@zhouandco.co.uk", "周丽娜", "zhou.lina@zhouandco.co.uk"),
  "Registration reject - please person check", """
Dear Sir or Madam,

I am sole practitioner solicitor in London (Zhou & Co Solicitors, SRA number 8142577). Last week I apply to register
my firm on PEXA platform. After two days I receive email that application is reject because "identity verification
not passed". Nobody explain which document is the problem, the email say the decision is automatic and I cannot
reply.

My passport and practising certificate is all valid, I upload clear copy. I have two client completion next month
and the other side solicitors want to use PEXA. I think the computer make mistake. Please let a real person in your
team look my application again and tell me what is wrong.

谢谢！
Zhou Li Na
""", L(True, r="automated_decision", cat="onboarding"),
  "Non-native English with a Chinese sign-off: an automatic registration rejection she thinks is wrong, with a "
  "demand for a person to review it: implicit complaint, onboarding, automated_decision (lg-07).",
  ("px_onboard", {"sal": "Ms Zhou", "ref": "REG-77310"}))

S("ola-M06", "conexus", "ar", ("Yusuf Haddad", "yusuf.haddad@gmail.com", "y.haddad@outlook.com"),
  "Thank you", """
السلام عليكم

Dear Hannah,

Thank you very much for sorting out my account so quickly. The refund of the double payment is in my bank today
and the balance on your letter is now correct. I was worried about it for weeks, so I am very grateful.

جزاك الله خيرا
Yusuf Haddad
Ref CX-4087731
""", L(),
  "English with an Arabic greeting and blessing: thanks for a resolved matter with nothing still wrong is not a "
  "complaint, even when the reply quotes our complaint outcome letter (rule 5, lg-23).",
  ("cx_final", {"sal": "Mr Haddad", "ref": "CX-4087731", "amt": "62.50"}))

S("ola-M07", "pexa", "pt", ("Ricardo Mendes", "ricardo.mendes@gmail.com", "r.mendes@sky.com"),
  "Data request for my mother, Maria de Fátima Mendes", """
Hello, I am writing for my mother, who sold her flat at 8 Garnet Street, Bournemouth through your platform in
March. She does not write English, so I paste her letter below, and she has signed an authority for me (attached).
In short: she asks for a copy of all the personal data PEXA holds about her.

Eu, Maria de Fátima Mendes, autorizo o meu filho Ricardo Mendes a tratar deste assunto em meu nome. Peço que me
enviem uma cópia de todos os dados pessoais que a PEXA tem sobre mim, relacionados com a venda do meu apartamento
em 8 Garnet Street, Bournemouth. Podem enviar a resposta para o e-mail do meu filho.

Maria de Fátima Mendes
Data de nascimento: 02/11/1954
""", L(r="access", tp=True),
  "A son's English line over his mother's pasted Portuguese letter: an access request made for someone else "
  "(third_party), with no dissatisfaction, so not a complaint (rules 14 and 15).",
  ("px_news", {"sal": "Ricardo"}))

S("ola-M08", "conexus", "uk", ("Андрій Ткаченко", "andriy.tkachenko@ukr.net", "Andriy Tkachenko",
                               "a.tkachenko.uk@gmail.com"),
  "Complaint - letters sent to my old address", """
Добрий день,

я переїхав з 14 Brunswick Street, Leeds у січні й одразу повідомив вам нову адресу телефоном та електронною поштою
(маю ваше підтвердження від 16 січня). Попри це, ви й далі надсилаєте листи на стару адресу. Нові мешканці відкрили
два ваші листи, прочитали суму боргу й назву кредитора та переслали мені фото через спільного знайомого. Тепер про
мої борги знають чужі люди.

Прошу негайно виправити мою адресу у ваших записах на Flat 2, 90 Harehills Lane, Leeds LS8 4HS і пояснити, чому
цього не зробили ще в січні. Це моя офіційна скарга.

Андрій Ткаченко
Рахунок CX-3361948
""", L(True, True, True, True, r="rectification", cat="personal_data"),
  "Ukrainian under an English 'Complaint' subject (and 'скарга' in the body): letters kept going to an address he had "
  "replaced and were read by strangers, a breach and a data-handling grievance (personal_data); correcting the "
  "address is rectification.",
  ("cx_letter", {"sal": "Mr Tkachenko", "ref": "CX-3361948", "creditor": "Pennant Mobile", "amt": "512.80"}),
  envs=("plain", "html"))

S("ola-M09", "pexa", "it", ("Giulia Conti", "g.conti@harlowbrandsolicitors.co.uk", "giulia.conti@harlowbrand.co.uk"),
  "new upload screen is very confuse", """
Good morning,

I am paralegal in Harlow Brand Solicitors, I use PEXA every day. Since the update of last week the screen for upload
documents in the workspace is very confuse. Before I drag the file and it was done, now I must choose the type in a
list of 40 types, then click confirm, then again confirm in other window. Two time this week my colleague upload the
TR1 in the wrong place and the other side could not see it, we lose one day.

Also the buttons "Save" and "Submit" now they have same colour, is easy to make mistake. Please can you make it more
simple or send us a guide how is supposed to work, because now we lose a lot of time.

Grazie e buona giornata,
Giulia Conti
""", L(True, cat="usability"),
  "Non-native English with an Italian sign-off: the redesigned upload screen works but is confusing and error-prone, "
  "with lost time and a request to fix it: implicit complaint, usability (rule 16c, lg-05).",
  ("px_ack", {"sal": "Giulia", "ref": "PX-48377"}))

S("ola-M10", "conexus", "pl", ("Paweł Krawczyk", "pawel.krawczyk@gmail.com", "p.krawczyk@interia.pl"),
  "Lumen Water account CX-2918830 - please hold", """
Hello,

Przepraszam za mój angielski.

I spoke with Lumen Water yesterday and they agree the bill for 2023 is maybe wrong, because the meter reading was
estimated and my real reading is much lower. They opened an investigation and said it takes about 4 weeks.

Please put my account on hold, and do not use or pass on my data (for example to credit agencies) until Lumen
confirms the correct amount. When they send the new bill I will pay it.

Thank you,
Paweł Krawczyk
""", L(r="restriction"),
  "English with a Polish apology: the creditor is already re-checking the bill and he voices no dissatisfaction with "
  "Conexus, so a service request, not a complaint; not using or passing on his data until the amount is confirmed "
  "is restriction.",
  ("cx_letter", {"sal": "Mr Krawczyk", "ref": "CX-2918830", "creditor": "Lumen Water", "amt": "947.12"}))

S("ola-M11", "pexa", "fr", ("Amélie Rousseau", "amelie.rousseau@gmail.com", "a.rousseau@laposte.net"),
  "Beacon not answering our solicitor - purchase of 3 Linden Mews", """
Hello,

We are buying 3 Linden Mews, Bath and completion was planned on your platform for 21 June. Our lender is Beacon.
For ten days Beacon has not answered our solicitor about the final mortgage conditions, and now the solicitor says
we cannot exchange. We called Beacon three times and each time we were told someone would call back; nobody did.

We understand PEXA is not the lender, but please pass this on to Beacon and ask them to contact our solicitor
urgently. If we miss the date we lose the house.

Merci d'avance et bonne journée,
Amélie Rousseau
""", L(True, cat="delay", firm="bhf"),
  "English with a French sign-off: the buyers' lender has not replied for ten days and exchange is at risk; an "
  "implicit consumer complaint purely about Beacon (bhf), category delay.",
  ("px_notify", {"sal": "Ms Rousseau", "firm": "Greyfriars Law LLP", "prop": "3 Linden Mews, Bath",
                 "status": "Awaiting lender", "date": "21 June 2024"}))

S("ola-M12", "conexus", "hu", ("Tóth Gábor", "toth.gabor@citromail.hu", "gabor.toth.uk@gmail.com"),
  "balance question", """
Tisztelt Conexus!

Please can you tell me how much is left to pay on my account CX-6604172? I lost the last letter. And is it possible
to pay the rest by card on your website at once? I get some money from my work bonus and I want to finish it.

Köszönöm szépen,
Tóth Gábor
""", L(),
  "Non-native English with a Hungarian greeting and thanks: a balance question and an offer to settle is an enquiry.",
  ("cx_plan", {"sal": "Mr Tóth", "ref": "CX-6604172", "amt": "20.00", "method": "debit card", "day": "12th"}))

S("ola-M13", "pexa", "ro", ("Andreea Munteanu", "andreea.munteanu@gmail.com", "a.munteanu@yahoo.ro"),
  "Stop marketing emails", """
Bună ziua,

Am cumpărat anul trecut o casă, iar tranzacția s-a făcut prin platforma dumneavoastră. De câteva luni primesc de la
PEXA e-mailuri cu noutăți și sondaje.

Mă opun folosirii datelor mele personale în scopuri de marketing. Vă rog să nu-mi mai trimiteți astfel de mesaje.
În rest, nu am nicio problemă.

Cu stimă,
Andreea Munteanu
""", L(r="objection"),
  "Romanian under an English subject: a calm objection to marketing ('otherwise no problem') is a rights request "
  "without dissatisfaction, not a complaint (lg-38).",
  ("px_news", {"sal": "Andreea"}))

S("ola-M14", "conexus", "es", ("Carmen Vidal", "carmen.vidal@northsidedebtadvice.org.uk", "c.vidal@northsidedebtadvice.org.uk"),
  "", """
Thank you for your email. I am out of the office until Monday 1 July and will not be reading email. For urgent client
matters please call our advice line on 0113 496 0477.

Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 1 de julio y no leeré el correo. Para asuntos
urgentes, llame a nuestra línea de asesoramiento al 0113 496 0477.

Carmen Vidal
Northside Debt Advice
""", L(auto=True),
  "A money adviser's bilingual English/Spanish out-of-office quoting our mail is auto_generated and nothing else, "
  "not third_party (rule 7, lg-39).",
  ("cx_adviser", {"sal": "Ms Vidal", "ref": "CX-7781205", "client": "Mr Oduya"}),
  envs=("reply_html", "reply"),
  subjects=("Automatic reply: Your client Mr Oduya - CX-7781205",
            "Respuesta automática: Your client Mr Oduya - CX-7781205"),
  headers=({"auto-submitted": "auto-replied", "x-autoreply": "yes"}, {}))

# =============================================================================================
# Group C: English controls
# =============================================================================================

S("ola-C01", "pexa", "en", ("Oluwaseun Adeyemi", "s.adeyemi@adeyemiokafor.co.uk", "seun.adeyemi@adeyemiokafor.co.uk"),
  "Bank holiday settlement?", """
Hi, is settlement running as normal on the late May bank holiday, or is Tuesday 28 May the next available date?
Thanks, Seun
""", L(),
  "A two-line neutral question about settlement dates is an enquiry (rule 1).",
  ("px_ack", {"sal": "Seun", "ref": "PX-47902"}))

S("ola-C02", "conexus", "en", ("Kwame Asante-Boateng", "kwame.ab@gmail.com", "k.asanteboateng@outlook.com"),
  "CX-5172093", """
That's the fourth call from you today and it isn't even 2pm. Stop ringing me at work and deal with my adviser at
StepChange like I already told you.
""", L(True, cat="collection_conduct"),
  "Two sentences of frustration about call frequency with a demand to stop: implicit complaint, collection_conduct; "
  "'stop ringing me' is a conduct remedy, not objection, and mentioning his adviser is not third party (rule 15).",
  ("cx_call", {"sal": "Mr Asante-Boateng", "ref": "CX-5172093", "creditor": "Pennant Mobile", "amt": "318.77"}))

S("ola-C03", "pexa", "en", ("Nguyễn Thị Hương", "huong.nguyen.ilford@gmail.com", "Huong Nguyen", "h.nguyen@btinternet.com"),
  "Our names are wrong on the transfer - 48 Cranbrook Road", """
Hello,

My husband and I are buying 48 Cranbrook Road, Ilford IG1 4PJ. Our conveyancer is M&P Conveyancing (Marsh &
Penrose). The draft transfer and the mortgage deed they have put in the workspace have our details wrong:

- Nguyễn Thị Hương is written as "Huong Thi Nguyen-Tran"
- Trần Văn Minh is written as "Tran Van Minh Nguyen"
- our current address is shown as 16 Seven Kings Road, which we left in 2021

We have sent them our passports twice. They keep saying it will be fixed "before completion", but every new draft
has the same mistakes, and completion is in nine days. Please pass this to Marsh & Penrose and ask them to correct
our details now and confirm it in writing.

Huong Nguyen
""", L(True, pd=True, cat="personal_data", firm="mpc"),
  "Buyers' complaint that their own conveyancer keeps holding their names and address wrongly: inaccurate personal "
  "data (personal_data), forwarded to Marsh & Penrose (mpc); the correction is asked of M&P, not of PEXA, so rights "
  "stay empty.",
  ("px_notify", {"sal": "Mrs Nguyen", "firm": "Marsh & Penrose Conveyancing", "prop": "48 Cranbrook Road, Ilford",
                 "status": "Documents in preparation", "date": "To be confirmed"}))

S("ola-C04", "conexus", "en", ("Thanh Pham", "thanh.pham.bham@gmail.com", "t.pham@outlook.com"),
  "Payments not showing - CX-3845516", """
Hello,

Your letter of 10 June says I owe £640.00 and have "made no payments since February". That is wrong. I have paid
you every month by bank transfer with my reference CX-3845516:

- 28 Feb 2024  £80.00  (bank ref FPS 20240228-44718)
- 28 Mar 2024  £80.00  (FPS 20240328-51092)
- 29 Apr 2024  £80.00  (FPS 20240429-60337)
- 28 May 2024  £80.00  (FPS 20240528-12865)

That is £320 you have not credited. Please correct my balance to £320.00, confirm it in writing and stop the
letters threatening further action.

Thanh Pham
Flat 7, Lyndhurst Court, 112 Alcester Road, Birmingham B13 8EE
""", L(True, cat="debt_dispute"),
  "Payments made to Conexus not credited, so the balance demanded is wrong: implicit complaint about Conexus's own "
  "records, debt_dispute; correcting the balance is the debt remedy, not a rectification request.",
  ("cx_letter", {"sal": "Mr Pham", "ref": "CX-3845516", "creditor": "Heathcote Bank", "amt": "640.00"}))

S("ola-C05", "pexa", "en", ("Harpreet Kaur Bains", "h.bains@bainsdhillonlaw.co.uk", "accounts@bainsdhillonlaw.co.uk"),
  "Complaint - invoice INV-PX-204418", """
Dear PEXA Billing,

We wish to complain about invoice INV-PX-204418. It charges us the workspace fee on the following matters, all of
which were abandoned before any funds moved and which your own fee schedule says are not chargeable:

31-88210 (12 Orchard Rise, Hounslow)
31-88247 (Flat 4, 9 Station Parade, Southall)
31-88301 (27 Lady Margaret Road, Southall)
31-88356 (5 Dormers Wells Lane, Southall)

That is £196.00 plus VAT billed in error, and this is the second month running. Please issue a credit note and
explain why the abandoned status is not being picked up by billing.

Harpreet Kaur Bains
Practice Manager, Bains Dhillon Law LLP
""", L(True, True, cat="fees_charges"),
  "A law firm's explicit complaint ('We wish to complain') about platform fees billed on abandoned workspaces: "
  "fees_charges; the firm complains about PEXA, so about_other_firm=null (rule 8).",
  ("px_bill", {"sal": "Ms Bains", "ref": "INV-PX-204418", "month": "May 2024"}))

S("ola-C06", "conexus", "en", ("Declan O'Driscoll", "declan.odriscoll@citycentremoneyadvice.org.uk",
                               "casework@citycentremoneyadvice.org.uk"),
  "Client Ms Adaeze Okonkwo - CX-9210374 - offer refused", """
Dear Conexus,

I am a money adviser acting for Ms Adaeze Okonkwo (CX-9210374, creditor Heathcote Bank); her signed authority is
attached.

On 29 May we sent you a Standard Financial Statement showing £18 a month available for all her non-priority
creditors, and offered £4.50 a month to this account on a pro-rata basis. Your agent rejected it on the phone
because "our policy is a minimum payment of £25 a month on every account". A flat minimum that ignores a client's
verified income and expenditure is not consistent with treating customers in financial difficulty fairly.

Please treat this as a complaint. We ask you to review how the minimum-payment policy has been applied to
Ms Okonkwo, accept the pro-rata offer, and hold collection activity while you do so.

Regards,
Declan O'Driscoll
Money Adviser, City Centre Money Advice
""", L(True, True, tp=True, cat="process"),
  "A money adviser (third_party) explicitly complains that a flat minimum-payment rule blocks a fair offer: the rule "
  "itself is the grievance, so process (rule 16f, lg-30).",
  ("cx_adviser", {"sal": "Mr O'Driscoll", "ref": "CX-9210374", "client": "Ms Okonkwo"}))

S("ola-C07", "pexa", "en", ("Ewa Nowak-Sutherland", "e.nowak-sutherland@sutherlandreeves.co.uk",
                            "ewa.ns@sutherlandreeves.co.uk"),
  "Thanks - lodgement sorted", """
Hi Marcus,

Just to say thank you - the lodgement for 19 Kingfisher Way went through this morning and the title now shows our
client as owner. Really appreciated you chasing the Land Registry for us.

Best wishes,
Ewa
""", L(),
  "Thanks for a resolved lodgement with nothing still wrong: not a complaint (rule 5).",
  ("px_update", {"sal": "Ewa", "ref": "PX-47655", "prop": "19 Kingfisher Way, Harrogate"}))

S("ola-C08", "conexus", "en", ("Marguerite Obi", "m.obi@hotmail.co.uk", "marguerite.obi@gmail.com"),
  "Wrong statement attached to your email", """
Hello,

Your email to me this morning (ref CX-4419027) had a PDF statement attached, but it isn't mine. It is for a
Mr D. Kowalski at 3 Ferncliffe Road, Keighley, with his date of birth, his Heathcote Bank account number and his
balance.

I have deleted it. But if his statement came to me, where has mine gone? I want to know whether my details have
been sent to someone else, and I expect a proper explanation of how this happened.

Marguerite Obi
""", L(True, pd=True, br=True, cat="personal_data"),
  "Another customer's statement sent to her is a breach, and her worry about her own data with a demand for an "
  "explanation makes it an implicit complaint about data handling (personal_data); asking whether her data went "
  "astray is about the incident, not the informed right.",
  ("cx_letter", {"sal": "Ms Obi", "ref": "CX-4419027", "creditor": "Heathcote Bank", "amt": "1,208.64"}))

S("ola-C09", "pexa", "en", ("Priyanka Raghunathan", "p.raghunathan@lowtherhale.co.uk", "Priyanka Venkatesan-Hale",
                            "p.raghunathan@lowtherhale.co.uk"),
  "Name change on my user profile", """
Hello,

I got married in April and have changed my surname. Please update my PEXA user profile from Priyanka Raghunathan to
Priyanka Venkatesan-Hale. My email address stays the same for now. Our firm's admin (Lowther Hale LLP, subscriber
ID LH-20417) is copied in.

Many thanks,
Priyanka
""", L(r="rectification"),
  "A routine request to update her own name on her user profile: rectification without a complaint (rule 14).",
  ("px_ack", {"sal": "Priyanka", "ref": "PX-48011"}))

S("ola-C10", "conexus", "en", ("Jonathan Mbeki-Walsh", "jonathan.mbekiwalsh.mp@parliament.uk",
                               "casework.chandrasekar@parliament.uk"),
  "Constituent Mr Anand Ramaswamy - CX-5506193", """
Dear Sir or Madam,

I am writing on behalf of my constituent, Mr Anand Ramaswamy of 71 Vicarage Lane, Stratford, London E15 4HF, who has
given his consent for this office to act for him.

Mr Ramaswamy has received several letters from you about an alleged Northline Energy debt of £1,287.55
(CX-5506193) for gas and electricity at 3 Leyton Grange, London E10. He has never lived at that address and has never
been a Northline customer. He tells us that Northline opened the account in his name after a previous occupant gave
his details, and that its bills were based entirely on estimated readings.

Please return the account to Northline for investigation, suspend collection until they have confirmed the
position, and let this office know the outcome.

Yours faithfully,
Jonathan Mbeki-Walsh
Caseworker to Priya Chandrasekar MP
""", L(True, tp=True, cat="debt_dispute", firm="nte"),
  "An MP's caseworker (third_party) disputes a debt the creditor created by opening an account in the wrong name: "
  "only Northline can fix the root cause, so about_other_firm=nte, debt_dispute (rule 10).",
  ("cx_letter", {"sal": "Mr Ramaswamy", "ref": "CX-5506193", "creditor": "Northline Energy", "amt": "1,287.55"}))

S("ola-C11", "pexa", "en", ("Bartholomew Osei", "b.osei@oseifrancis.co.uk", "bart.osei@oseifrancis.co.uk"),
  "Support line", """
I want to complain about your support line: 40 minutes on hold this morning with a completion due at 1pm, and
nobody ever picked up. Please call me back on 020 7946 0381.
""", L(True, True, cat="wait_time"),
  "A short explicit complaint ('I want to complain') about 40 minutes on hold: wait_time (rule 16b).",
  ("px_ack", {"sal": "Bartholomew", "ref": "PX-48254"}))

S("ola-C12", "pexa", "en", ("Dimitrios Papadopoulos", "d.papadopoulos@kentishtownlaw.co.uk",
                            "dimitris.p@kentishtownlaw.co.uk"),
  "Customer surveys and marketing", """
Hello,

I'm a conveyancer at Kentish Town Law and use PEXA daily. I'm happy for you to email me about my workspaces and
system changes, but I object to my details being used for marketing, partner offers or your customer-profiling
surveys. Please record that against my user account (user ID KTL-0093).

Thanks,
Dimitrios
""", L(r="objection"),
  "A calm objection to marketing and profiling with no dissatisfaction: objection without a complaint (rule 14).",
  ("px_news", {"sal": "Dimitrios"}))

S("ola-C13", "pexa", "en", ("Fiona MacLeod", "f.macleod@greyfriarslaw.co.uk", "fiona.macleod@greyfriarslaw.co.uk"),
  "", """
I am on leave until Monday 8 July. For anything urgent on a live completion please contact our completions team on
0131 496 0820 or completions@greyfriarslaw.co.uk.

Fiona MacLeod
Senior Associate, Greyfriars Law LLP
""", L(auto=True),
  "An out-of-office quoting our mail is auto_generated, with or without auto headers (rule 7, lg-17).",
  ("px_ack", {"sal": "Fiona", "ref": "PX-48190"}),
  envs=("reply", "reply_html"),
  subjects=("Out of Office: PEXA Support - case PX-48190", "Automatic reply: PEXA Support - case PX-48190"),
  headers=({"auto-submitted": "auto-replied", "x-autoreply": "yes"}, {}))

S("ola-C14", "conexus", "en", ("Agata Szczepańska-Hughes", "agata.sh@gmail.com", "agata.hughes@outlook.com"),
  "Change of payment date", """
Hi, please can you move my monthly payment on CX-2085391 from the 28th to the 5th from next month? My pay date has
changed. Same amount, £35. Thanks, Agata
""", L(),
  "A short request to change the payment date is a routine service request, not a complaint.",
  ("cx_plan", {"sal": "Mrs Szczepańska-Hughes", "ref": "CX-2085391", "amt": "35.00", "method": "standing order",
               "day": "28th"}))

S("ola-C15", "pexa", "en", ("Krzysztof Szymański", "k.szymanski@gmail.com", "krzysztof.szymanski@wp.pl"),
  "Sale of 22 Tamarisk Gardens stuck", """
Hello,

My wife Małgorzata and I are selling 22 Tamarisk Gardens, Colchester CO4 9RB. Our conveyancer is Holloway & Baptiste
Conveyancing in Chelmsford. For five weeks we have been told that "the contract pack is nearly ready", the buyer's
solicitor has chased them eight times, and the buyer now says they will pull out if there is no exchange by the end
of the month.

I know they are the ones responsible, but they use your platform and I don't know who else to contact. Please pass
this on and get them to reply to us and to the buyer's side.

Krzysztof Szymański
""", L(True, cat="delay", firm="unknown"),
  "Sellers' implicit complaint about their own conveyancer's delay; the firm is not in the directory, so "
  "about_other_firm=unknown (rule 11), category delay.",
  ("px_notify", {"sal": "Mr Szymański", "firm": "Holloway & Baptiste Conveyancing",
                 "prop": "22 Tamarisk Gardens, Colchester", "status": "Contract pack in preparation",
                 "date": "To be confirmed"}))

S("ola-C16", "conexus", "en", ("Beatriz Mensah", "beatriz.mensah@gmail.com", "b.mensah@yahoo.co.uk"),
  "My husband Kofi Mensah - CX-6317824", """
I am writing on behalf of my husband, Kofi Mensah, who is in the Queen Elizabeth Hospital after a stroke. I told your
agent on 3 June that he was in hospital, and gave the ward name only so you would know it was true. Since then
someone from your company has phoned the ward twice asking to speak to him about his account.

I want to make a complaint about this. Please stop all contact with him until he is home and well enough, deal with
me in the meantime, and tell me who decided that calling a hospital ward was acceptable.

Beatriz Mensah
""", L(True, True, True, tp=True, cat="collection_conduct"),
  "A wife writing for her husband (third_party) explicitly complains that collectors rang his hospital ward: "
  "collection_conduct (vulnerable customer); the ward details were used for a purpose they were not given for "
  "(personal_data) but nothing about the debt was disclosed, so breach=false.",
  ("cx_call", {"sal": "Mr Mensah", "ref": "CX-6317824", "creditor": "Sterling Credit Loans", "amt": "3,420.00"}))


# =============================================================================================
# rendering
# =============================================================================================

OVERRIDDEN = []  # (source, envelope) of complaints explicit only through a non-English complaint word


def quote_block(sc, rng):
    """(attribution line, subject, quoted text) of the firm's English mail the reply quotes; draws 4 numbers."""
    key, params = sc["q"]
    (fname, faddr), subj, text = FIRM_MAIL[key]
    subj, text = subj.format(**params), text.format(**params)
    day = datetime.date(2024, 5, 1) + datetime.timedelta(days=rng.randrange(0, 50))
    hh, mi = rng.randrange(8, 18), rng.randrange(0, 60)
    fmt = ATTRIBUTION.get(sc["lang"], EN_ATTRIBUTION)
    head = fmt.format(d=day.day, m=day.month, y=day.year, hh=hh, mi=mi, name=fname, addr=faddr,
                      wd=WEEKDAYS[day.weekday()], mon=MONTHS[day.month - 1])
    return head, subj, text


def render(sc, k, env, rng):
    """The k-th (0 or 1) rendering of scenario sc in envelope env."""
    who = sc["who"]
    name, addr = (who[0], who[1 + k]) if len(who) == 3 else (who[2 * k], who[2 * k + 1])
    head, qsubj, qtext = quote_block(sc, rng)
    headers = dict(sc["headers"][k]) if sc["headers"] else {}
    if env.startswith("reply"):
        subject = REPLY_PREFIX.get(sc["lang"], "Re: ") + qsubj
        quote = head + "\n" + quote_lines(qtext)
        if not headers and rng.random() < 0.5:
            dom = "conexus-services.com" if sc["mailbox"] == "conexus" else "pexa.co.uk"
            headers["in-reply-to"] = f"<{rng.getrandbits(48):012x}.{rng.randrange(10**5):05d}@mail.{dom}>"
    else:
        subject, quote = sc["subject"], None
    if sc["subjects"]:
        subject = sc["subjects"][k]
    if env in ("html", "reply_html"):
        body, html = html_with_quote(sc["body"], quote), True
    else:
        body, html = (sc["body"] + "\n\n" + quote) if quote else sc["body"], False
    return {"id": None, "mailbox": sc["mailbox"], "from": f"{name} <{addr}>", "subject": subject,
            "headers": headers, "body": body, "html": html, "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
            "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env}


def build(rng):
    records = []
    for i, sc in enumerate(SCENARIOS):
        envs = sc["envs"] or ENV_ROTATION[i % len(ENV_ROTATION)]
        assert envs[0] != envs[1] and all(e in ENVS for e in envs), sc["sid"]
        for k, env in enumerate(envs):
            records.append(render(sc, k, env, rng))
    return records


BY_SOURCE = {}


def says_complaint(rec, lang):
    """Does the new text name the grievance a complaint: English 'complain', or the writer's own language's word?
    Returns (english, other_language)."""
    nt = unicodedata.normalize("NFC", new_text(rec)).lower()
    eng = "complain" in nt
    other = any(unicodedata.normalize("NFC", w).lower() in nt for w in COMPLAINT_WORDS[lang])
    return eng, other


def errors(rec):
    """record_errors, except that its English-only explicit check is replaced, for a complaint whose new text names
    it a complaint only in another language, by the multilingual check applied here to every complaint."""
    sc = BY_SOURCE[rec["source"]]
    errs = record_errors(rec)
    lab = rec["labels"]
    if lab["complaint"]:
        eng, other = says_complaint(rec, sc["lang"])
        if (eng or other) != lab["explicit"]:
            errs.append(f"explicit={lab['explicit']} but a complaint word ({sc['lang']}) in new text={eng or other}")
        if other and not eng:
            dropped = [e for e in errs if e.startswith("explicit=True but 'complain' in new text=False")]
            if dropped:
                errs = [e for e in errs if e not in dropped]
                OVERRIDDEN.append((rec["source"], rec["_env"]))
    if rec["mailbox"] != sc["mailbox"] or rec["train_labels"] != ["complaint"]:
        errs.append("scenario fields")
    return errs


def group_of(source):
    return source.split("-")[1][0]


def summary(records, env_count):
    out = []
    labs = [r["labels"] for r in records]
    out.append(f"wrote {OUT}: {len(records)} records, {len({r['source'] for r in records})} scenarios")
    out.append(f"mailboxes: {dict(sorted(Counter(r['mailbox'] for r in records).items()))}; "
               f"envelopes: {dict(sorted(env_count.items()))}; html: {sum(r['html'] for r in records)}")
    comp = [x for x in labs if x["complaint"]]
    out.append(f"complaints: {len(comp)} ({sum(x['explicit'] for x in comp)} explicit); "
               f"personal_data: {sum(x['personal_data'] for x in labs)}; breach: {sum(x['breach'] for x in labs)}; "
               f"third_party: {sum(x['third_party'] for x in labs)}; auto_generated: "
               f"{sum(x['auto_generated'] for x in labs)}")
    out.append("rights: " + ", ".join(f"{r} {sum(r in x['rights'] for x in labs)}" for r in RIGHTS))
    out.append("about_other_firm: " + str(dict(sorted(Counter(str(x["about_other_firm"]) for x in labs).items()))))
    out.append("categories: " + str(dict(sorted(Counter(x["category"] for x in labs).items()))))
    for g in "LMC":
        rs = [r for r in records if group_of(r["source"]) == g]
        gl = [r["labels"] for r in rs]
        langs = Counter(BY_SOURCE[s]["lang"] for s in {r["source"] for r in rs})
        out.append(f"group {g}: {len({r['source'] for r in rs})} scenarios, {len(rs)} emails, "
                   f"{sum(x['complaint'] for x in gl)} complaints ({sum(x['explicit'] for x in gl)} explicit), "
                   f"pexa {sum(r['mailbox'] == 'pexa' for r in rs)}, languages (scenarios) "
                   f"{dict(sorted(langs.items()))}")
    out.append(f"explicit only through a non-English complaint word (English check dropped): {len(OVERRIDDEN)} records "
               f"in {len({s for s, _ in OVERRIDDEN})} scenarios")
    return "\n".join(out)


def main():
    BY_SOURCE.clear()
    for sc in SCENARIOS:
        assert sc["sid"] not in BY_SOURCE, sc["sid"]
        BY_SOURCE[sc["sid"]] = sc
    OVERRIDDEN.clear()
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
