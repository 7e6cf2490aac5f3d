#!/usr/bin/env python3
"""Judge set B for mail written in a language other than English (stdlib only).

60 scenarios (30 per mailbox), each rendered twice with different envelopes (sender address, plain or HTML, new
mail or a reply quoting the firm's English mail): 120 emails in data/trials/other_language_judge_b.jsonl.

Groups (the scenario id names its group):
* olb-L..: written wholly in another language (21 languages, at most 3 scenarios each).
* olb-M..: mixed: English with a greeting/sign-off/sentence in the writer's language, non-native English, a short
  English line over a pasted letter in another language, another language under an English subject line.
* olb-C..: English controls from the same kinds of people.

Every label follows the labelling guide, read as a complaints officer who understands the language would read it.
`explicit` is true when the writer calls the grievance a complaint in their own words in any language; the shared
record_errors only looks for the English "complain", so for the scenarios that carry a native keyword (`kw`) that
one check is replaced by our own: the native keyword must appear in the new text. Implicit complaints are checked
for the absence of the language's complaint words.
"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labelled_mail import (html_with_quote, new_text, quote_lines, record_errors, run_generator,  # noqa: E402
                           short_labels)

SEED = 20280524
PREFIX = "olb"
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "trials", "other_language_judge_b.jsonl")

L = short_labels

# The firm's English mail that a reply envelope quotes: (who wrote it, its subject or None, text).
QUOTES = {
    "cx_ack": ("Conexus Customer Services <customer.services@conexus.co.uk>", None,
               "Thank you for contacting Conexus.\n\nWe have received your email and a member of our Customer "
               "Services team will reply within five working days. Please quote your account reference in all "
               "correspondence.\n\nKind regards\nCustomer Services\nConexus"),
    "cx_arrears": ("Conexus Collections <collections@conexus.co.uk>", None,
                   "Dear Customer,\n\nWe wrote to you recently about the balance on your account, which remains "
                   "unpaid. Please call us on 0300 555 0142 or reply to this email so that we can agree an "
                   "affordable way to pay.\n\nYours sincerely\nCollections Team\nConexus"),
    "cx_plan": ("Conexus Payments <payments@conexus.co.uk>", None,
                "Dear Customer,\n\nThis email confirms the payment arrangement on your account. Please make each "
                "payment on or before the agreed date. If your circumstances change, reply to this email or call "
                "us on 0300 555 0142.\n\nKind regards\nPayments Team\nConexus"),
    "px_ack": ("PEXA Support <support@pexa.co.uk>", None,
               "Thank you for contacting PEXA.\n\nYour enquiry has been logged and a member of our team will reply "
               "within 5 business days.\n\nKind regards\nPEXA Customer Support"),
    "px_consumer": ("PEXA Support <support@pexa.co.uk>", None,
                    "Hello,\n\nThank you for your message. PEXA provides the digital platform that your conveyancer "
                    "and lender use to settle the purchase and lodge it with HM Land Registry. For questions about "
                    "your own matter, your conveyancer or lender is usually the best first contact.\n\nKind "
                    "regards\nPEXA Customer Support"),
}

# Complaint words per language: an implicit complaint must not contain any of them in its new text.
STEMS = {
    "en": ["complain"], "pl": ["skarg", "reklamac"], "ro": ["reclama", "plângere", "plangere"], "lt": ["skund"],
    "lv": ["sūdzīb"], "bg": ["жалб", "оплакван"], "uk": ["скарг"], "ru": ["жалоб", "претензи"],
    "cs": ["stížnost", "reklamac"], "sk": ["sťažnos", "reklamác"], "hu": ["panasz"], "es": ["queja", "reclamaci"],
    "pt": ["reclamaç", "queixa"], "it": ["reclam", "lamentel"], "fr": ["plainte", "réclamation"],
    "de": ["beschwerde", "reklamation"], "tr": ["şikayet", "şikâyet"], "ar": ["شكوى", "شكوي"],
    "ur": ["شکایت", "shikayat"], "pa": ["ਸ਼ਿਕਾਇਤ"], "zh": ["投诉", "投訴"], "cy": ["cwyn"],
}

# Attribution lines of a plain reply, as the writer's mail program would write them.
ATTRIB = {
    "pl": "W dniu {d:02d}.{m:02d}.2028 o {hh:02d}:{mm:02d}, {who} pisze:",
    "de": "Am {d:02d}.{m:02d}.2028 um {hh:02d}:{mm:02d} schrieb {who}:",
    "fr": "Le {d:02d}/{m:02d}/2028 à {hh:02d}:{mm:02d}, {who} a écrit :",
    "es": "El {d}/{m}/2028 a las {hh:02d}:{mm:02d}, {who} escribió:",
    "pt": "Em {d:02d}/{m:02d}/2028, às {hh:02d}:{mm:02d}, {who} escreveu:",
    "it": "Il giorno {d:02d}/{m:02d}/2028 alle {hh:02d}:{mm:02d}, {who} ha scritto:",
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

AUTO_HEADERS = {"auto-submitted": "auto-replied", "x-autoreply": "yes"}

SCENARIOS = []


def S(sid, mailbox, lang, senders, subject, body, labels, note, quote=None, kw=None, force=None, auto=False):
    """One scenario: two senders (one per rendering), the new text, its labels and the rule used."""
    assert len(senders) == 2 and senders[0] != senders[1], sid
    SCENARIOS.append(dict(sid=sid, mailbox=mailbox, lang=lang, senders=senders, subject=subject,
                          body=body.strip("\n"), labels=labels, note=note, quote=quote, kw=kw, force=force,
                          auto=auto))


# =============================================================================================================
# Group L: wholly in another language
# =============================================================================================================
# ---- pexa ----

S("olb-L01", "pexa", "pl",
  ["Agnieszka Wróblewska <a.wroblewska87@wp.pl>", "Agnieszka Wroblewska <agnieszka.wroblewska@outlook.com>"],
  "Skarga na kancelarię Orchard Lane – zakup 27 Chorley New Road",
  """Dzień dobry,

piszę w sprawie zakupu mieszkania przy 27 Chorley New Road, Bolton. Naszą sprawę prowadzi kancelaria Orchard Lane Solicitors. Od pięciu tygodni nie dostaliśmy od nich żadnej odpowiedzi – ani na maile, ani na telefony. Podpisanie umów było wyznaczone na 2 maja, ten termin minął, a sprzedający grozi, że wycofa się z transakcji.

Chcę złożyć formalną skargę na tę kancelarię. Proszę o przekazanie jej osobie odpowiedzialnej i o informację, kiedy ktoś się z nami skontaktuje.

Z poważaniem
Agnieszka Wróblewska""",
  L(c=True, ex=True, cat="delay", firm="ols"),
  "A buyer's complaint purely about her participant law firm (no replies, exchange date missed) goes to that firm "
  "(ols, delay), and it is explicit because she writes 'formalną skargę' (formal complaint) in Polish.",
  quote="px_consumer", kw="skarg")

S("olb-L02", "pexa", "ro",
  ["Mihaela Dumitrescu <mihaela.dumitrescu@yahoo.com>", "Mihaela Dumitrescu <m.dumitrescu.uk@gmail.com>"],
  "Suma greșită pentru rambursarea ipotecii – 9 Larch Grove, Wellingborough",
  """Bună ziua,

Îmi vând casa de la 9 Larch Grove, Wellingborough, iar tranzacția trece prin platforma dumneavoastră. Kestrel Building Society i-a trimis avocatului meu un extras de rambursare cu suma de 148.920 £, dar conform ultimului meu extras de cont mai am de plătit aproximativ 131.400 £. Diferența este de peste 17.000 £ și, dacă suma nu se corectează, voi primi mult mai puțini bani la finalizare.

Am sunat la Kestrel de două ori și mi s-a spus doar să aștept. Vă rog să le transmiteți problema și să-mi spuneți cine o va rezolva înainte de data finalizării, 19 iunie.

Cu stimă,
Mihaela Dumitrescu""",
  L(c=True, cat="inaccurate_information", firm="kbs"),
  "A seller dissatisfied with her lender's wrong redemption figure who wants it passed on and fixed makes an implicit "
  "complaint purely about a participant firm: about_other_firm=kbs, inaccurate_information.",
  quote="px_consumer")

S("olb-L03", "pexa", "es",
  ["Javier Morales Ibáñez <javier.morales.ib@gmail.com>", "Javier Morales <jmorales@moralesprieto.es>"],
  "Queja: no pudimos recibir las llaves el día acordado",
  """Buenas tardes:

Somos los compradores de la vivienda de 41 Cedar Avenue, Reading. La compra tenía que completarse el viernes 9, pero no recibimos las llaves hasta el martes siguiente. Nuestro abogado nos explicó que la plataforma de PEXA dio un error durante la liquidación y que, después, Thames Valley Mortgages no volvió a enviar el dinero del préstamo hasta el lunes por la tarde.

Pasamos cuatro noches en un hotel con dos niños pequeños y pagamos dos días más de mudanza. Queremos presentar una queja formal y que nos digan quién va a cubrir estos gastos.

Atentamente,
Javier Morales Ibáñez y Lucía Prieto Gómez""",
  L(c=True, ex=True, cat="platform_defect", firm="tvm"),
  "Home buyers blaming both the platform fault and their lender's late funds are the participant lender's consumers, "
  "so per rule 10 it goes to tvm with the category of what went wrong (platform_defect); explicit: 'queja formal'.",
  kw="queja")

S("olb-L04", "pexa", "pt",
  ["Rui Fernandes Carvalho <rui.f.carvalho@sapo.pt>", "Rui Carvalho <ruicarvalho.uk@gmail.com>"],
  "Dúvida sobre a plataforma PEXA",
  """Boa tarde,

O meu solicitador disse-me que a compra da nossa casa em 6 Ashdown Close, Swindon, vai ser concluída através da PEXA. Nunca tinha ouvido falar da vossa empresa. Podem explicar-me, de forma simples, qual é o papel da PEXA no processo e se o dinheiro do sinal passa pelas vossas contas ou fica com o solicitador?

Obrigado pela atenção,
Rui Fernandes Carvalho""",
  L(),
  "A buyer's neutral question about what PEXA does and where the deposit goes shows no dissatisfaction: an enquiry, "
  "complaint=false, category none.")

S("olb-L05", "pexa", "de",
  ["Dr. Henrike Baumgartner <h.baumgartner@posteo.de>", "Henrike Baumgartner <henrike.baumgartner@web.de>"],
  "Auskunft über meine personenbezogenen Daten",
  """Sehr geehrte Damen und Herren,

im vergangenen Jahr habe ich eine Wohnung in 18 Kingsbury Road, Leicester, gekauft; meine Anwälte haben den Abschluss über Ihre Plattform abgewickelt. Inzwischen lebe ich wieder in Deutschland und möchte wissen, welche Daten Sie über mich gespeichert haben.

Bitte senden Sie mir eine Kopie aller personenbezogenen Daten, die Sie zu meiner Person verarbeiten. Außerdem bitte ich um Auskunft, von wem Sie diese Daten erhalten haben, zu welchem Zweck und auf welcher Rechtsgrundlage Sie sie nutzen und wie lange Sie sie aufbewahren.

Mit freundlichen Grüßen
Dr. Henrike Baumgartner
Schillerstraße 22, 79098 Freiburg""",
  L(r="access,informed"),
  "A request for a copy of her data (access) and for its source, purpose, legal basis and retention (informed), "
  "made without any dissatisfaction, is a rights request and not a complaint.",
  quote="px_ack")

S("olb-L06", "pexa", "it",
  ["Stefano Bellucci <stefano.bellucci@libero.it>", "Stefano Bellucci <s.bellucci@bellucci-design.it>"],
  "Grazie per l'aiuto",
  """Buongiorno,

volevo solo ringraziare la signora del vostro servizio clienti che martedì mi ha spiegato con tanta pazienza come funziona il trasferimento dei fondi il giorno del completamento. Ero molto agitato perché era il mio primo acquisto in Inghilterra, ma alla fine è andato tutto bene e ieri abbiamo ricevuto le chiavi di 12 Poplar Row, Cambridge.

Non serve rispondere. Un cordiale saluto,
Stefano Bellucci""",
  L(),
  "Thanks for help that has already worked out, with no reply wanted, is praise: not a complaint.",
  quote="px_ack")

S("olb-L07", "pexa", "fr",
  ["Claire Dubois-Marchand <claire.dubois.marchand@orange.fr>", "Claire Dubois <c.dubois-marchand@free.fr>"],
  "Mes documents d'identité envoyés à un inconnu",
  """Bonjour,

Nous achetons un appartement au 12 Rosebery Court, Carlisle, et notre dossier est suivi par le cabinet Greyfriars Law. Hier, un homme que nous ne connaissons pas m'a appelée : il avait reçu de Greyfriars un courriel contenant la copie de mon passeport, le relevé bancaire de mon mari et notre adresse actuelle. Il s'agit manifestement d'une erreur de destinataire.

Le cabinet ne répond pas à mes messages. Je vous demande de transmettre ce problème à la personne responsable chez eux, de me dire ce qu'ils font pour récupérer ces documents et de m'expliquer comment éviter une usurpation d'identité.

Cordialement,
Claire Dubois-Marchand""",
  L(c=True, pd=True, br=True, cat="personal_data", firm="gfl"),
  "A buyer's grievance that her participant law firm emailed her passport and bank statement to a stranger is a "
  "breach complaint purely about that firm: gfl, personal_data and breach, implicit (no word for complaint).")

S("olb-L08", "pexa", "zh",
  ["张伟民 <zhang.weimin@163.com>", "Weimin Zhang <weimin.zhang.mk@outlook.com>"],
  "你们系统里我的姓名和地址是错的",
  """您好：

我们正在购买 23 Willow Bank, Milton Keynes 的房子。你们平台昨天发给我的交割通知邮件里，我的名字被写成了“Zhang Weiming”，但我护照上的名字是“Zhang Weimin”；而且邮件里的地址还是我两年前住的旧地址。

这已经是第二次了，上个月我的律师就已经通知过你们。请尽快更正我的姓名和地址。在核实并更正之前，请不要在任何文件或通知中继续使用这些错误的信息，并书面回复告诉我已经处理好了。

张伟民""",
  L(c=True, pd=True, r="rectification,restriction", cat="personal_data"),
  "Wrong name and address in PEXA's own notification, already reported once, with a demand to correct (rectification) "
  "and not to use it until fixed (restriction): an implicit personal-data complaint about PEXA itself.",
  quote="px_ack")

S("olb-L09", "pexa", "ar",
  ["كريم الحسيني <karim.alhusseini@gmail.com>", "Karim Al-Husseini <k.husseini@stokeautoparts.co.uk>"],
  "رسوم غير متوقعة عند إتمام شراء منزل والدي",
  """السلام عليكم،

أكتب إليكم نيابةً عن والدي، السيد محمود الحسيني، لأنه لا يتقن الإنجليزية. اشترى والدي منزلاً في 7 Brindley Street, Stoke-on-Trent، وتمت التسوية عبر منصتكم يوم الخميس الماضي. عند التسوية خصم بنك Heathcote Bank مبلغ 395 جنيهاً إسترلينياً تحت اسم "رسوم إدارية"، ولم يذكر أحد هذه الرسوم في عرض القرض ولا في أي رسالة قبل ذلك.

نرجو إحالة هذا الأمر إلى الجهة المسؤولة في البنك، وأن يشرحوا لنا سبب هذه الرسوم، وأن يعيدوا المبلغ إن لم يكن مستحقاً.

مع الشكر،
كريم الحسيني""",
  L(c=True, tp=True, cat="fees_charges", firm="hcb"),
  "A son writing for his father about an unexplained admin fee taken by the father's lender is a third-party "
  "complaint purely about a participant firm: hcb, fees_charges, implicit.")

S("olb-L10", "pexa", "ur",
  ["Imran Qureshi <imran.qureshi.law@gmail.com>", "Imran Qureshi <iq@qureshi-legal.co.uk>"],
  "Mera data CSV mein chahiye",
  """Assalam o alaikum,

Main ne pichle mahine apna chhota sa wakalat ka daftar band kar diya hai aur ab ek doosri firm ke saath kaam shuru kar raha hoon. Aap ke nizam mein mera khata abhi tak mojood hai.

Meharbani kar ke mera sara zaati data jo main ne khud aap ko diya tha, yani mere khate ki tafseelat, rabte ki maloomat aur daakhil hone ka record, CSV ya JSON file mein bhej dein taake main usay naye nizam mein daal sakun. Koi masla nahi hai, bas yeh file chahiye.

Shukriya,
Imran Qureshi""",
  L(r="portability"),
  "A former user asking for the data he provided in CSV or JSON to load into another system, saying there is no "
  "problem, is a portability request and not a complaint.")

S("olb-L11", "pexa", "cy",
  ["Gwenllian Pryce <gwenllian.pryce@glanrafon.cymru>", "Gwenllian Pryce <swyddfa@glanrafon.cymru>"],
  "Cwyn: cofrestru ein cwmni ar y platfform",
  """Prynhawn da,

Rwy'n ysgrifennu ar ran Cyfreithwyr Glanrafon, Caerfyrddin. Gwnaethom gais i ymuno â'ch platfform ar 3 Mawrth. Ers hynny mae'r gwiriad hunaniaeth ar gyfer ein partneriaid wedi methu bedair gwaith, bob tro heb esboniad, ac nid oes neb wedi ateb y tair neges a anfonwyd gennym at y tîm cofrestru.

Mae dau o'n cleientiaid bellach yn aros i gwblhau eu pryniant oherwydd hyn. Hoffwn wneud cwyn ffurfiol a chael galwad gan reolwr sy'n gallu datrys y broblem yr wythnos hon.

Yn gywir,
Gwenllian Pryce
Rheolwr Practis, Cyfreithwyr Glanrafon""",
  L(c=True, ex=True, cat="onboarding"),
  "A practice manager's 'cwyn ffurfiol' (formal complaint) about failed identity checks while joining the platform is "
  "an explicit onboarding complaint about PEXA; staff writing for their own firm are not third_party.",
  quote="px_ack", kw="cwyn")

S("olb-L12", "pexa", "uk",
  ["Оксана Мельничук <oksana.melnychuk@ukr.net>", "Oksana Melnychuk <o.melnychuk.exeter@gmail.com>"],
  "Скарга на Exe Valley Conveyancing",
  """Доброго дня!

Ми з чоловіком купуємо будинок за адресою 58 Heavitree Road, Exeter. Нашу справу веде Exe Valley Conveyancing. Учора я зателефонувала їм, щоб дізнатися, чому досі немає дати завершення угоди. Працівниця розмовляла зі мною дуже зверхньо, двічі сказала, що «не має часу пояснювати очевидні речі», а потім просто поклала слухавку.

Я хочу подати офіційну скаргу на цю фірму. Прошу передати її відповідальній особі та повідомити мені, хто і коли зі мною зв'яжеться.

З повагою,
Оксана Мельничук""",
  L(c=True, ex=True, cat="service_quality", firm="unknown"),
  "A buyer's 'офіційну скаргу' (formal complaint) about rude staff at her conveyancer, a firm not in the directory, is "
  "explicit and purely about that firm: about_other_firm=unknown, service_quality.",
  quote="px_consumer", kw="скарг")

S("olb-L13", "pexa", "tr",
  ["Emre Yıldırım <emre.yildirim@hotmail.com>", "Emre Yildirim <emreyildirim.nuneaton@gmail.com>"],
  "Yanlışlıkla bana gelen e-posta",
  """Merhaba,

Bu sabah sizden bir e-posta aldım, ama benimle ilgili değil. İçinde başka birine ait bir ev satışının hesap özeti var: adı, adresi (15 Gorse Lane, Nuneaton), banka hesap numarasının son dört hanesi ve ödenecek tutarlar. Bu kişiyi tanımıyorum ve PEXA ile hiçbir işim olmadı.

E-postayı sildim ve kimseye iletmedim. Sadece bilginiz olsun diye yazıyorum, bana geri dönmenize gerek yok.

Saygılarımla,
Emre Yıldırım""",
  L(br=True),
  "A stranger reporting that he received someone else's settlement details, asking for nothing, describes a breach "
  "but is not a complaint: breach=true, personal_data=false.")

S("olb-L14", "pexa", "hu",
  ["Kovács Eszter <kovacs.eszter@freemail.hu>", "Eszter Kovacs <eszter.kovacs.bristol@gmail.com>"],
  "Rossz dátumot adott meg a Beacon Home Finance",
  """Tisztelt Hölgyem/Uram!

A 4 Fenwick Street, Bristol alatti lakás megvásárlásához a Beacon Home Finance-tól kaptunk jelzáloghitelt. A Beacon ügyintézője írásban megerősítette, hogy a kölcsön összegét május 12-én utalják, ezért erre a napra szerveztük a költözést, és felmondtuk az albérletünket. Most kiderült, hogy a pénzt csak május 26-án folyósítják, mert a hitelajánlatban eleve ez a dátum szerepelt.

Két hétre nincs hol laknunk. Kérem, továbbítsák az ügyünket a Beaconhoz, és kérjenek tőlük magyarázatot és megoldást.

Üdvözlettel:
Kovács Eszter""",
  L(c=True, cat="inaccurate_information", firm="bhf"),
  "A borrower harmed by a wrong release date her lender confirmed in writing, asking for it to be passed on and "
  "resolved, makes an implicit complaint purely about bhf (inaccurate_information beats delay).",
  quote="px_consumer")

S("olb-L15", "pexa", "pa",
  ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ <gurpreet.sandhu71@gmail.com>", "Gurpreet Singh Sandhu <gs.sandhu@southallcarpets.co.uk>"],
  "ਤੁਹਾਡੀ ਫ਼ੋਨ ਲਾਈਨ 'ਤੇ 40 ਮਿੰਟ ਉਡੀਕ",
  """ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮੈਂ 27 Hamilton Road, Southall ਵਾਲੇ ਘਰ ਦੀ ਖ਼ਰੀਦ ਬਾਰੇ ਤੁਹਾਡੇ ਦਫ਼ਤਰ ਨਾਲ ਗੱਲ ਕਰਨੀ ਚਾਹੁੰਦਾ ਸੀ। ਅੱਜ ਮੈਂ ਦੋ ਵਾਰ ਫ਼ੋਨ ਕੀਤਾ। ਪਹਿਲੀ ਵਾਰ 40 ਮਿੰਟ ਉਡੀਕ ਕਰਨ ਤੋਂ ਬਾਅਦ ਲਾਈਨ ਆਪਣੇ-ਆਪ ਕੱਟ ਗਈ, ਅਤੇ ਦੂਜੀ ਵਾਰ 25 ਮਿੰਟ ਬਾਅਦ ਫਿਰ ਉਹੀ ਹੋਇਆ। ਕਿਸੇ ਨੇ ਵੀ ਫ਼ੋਨ ਨਹੀਂ ਚੁੱਕਿਆ।

ਇਹ ਠੀਕ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਮੈਨੂੰ ਕੱਲ੍ਹ ਸਵੇਰੇ ਇਸ ਨੰਬਰ 'ਤੇ ਵਾਪਸ ਫ਼ੋਨ ਕਰੋ: 07700 900 418।

ਧੰਨਵਾਦ,
ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ""",
  L(c=True, cat="wait_time"),
  "Two long holds on PEXA's own phone line ending in cut-offs, called not fair, with a call-back demand: an implicit "
  "wait_time complaint about PEXA itself (no participant firm is blamed, so about_other_firm=null).")


# ---- conexus ----

S("olb-L16", "conexus", "pl",
  ["Katarzyna Nowicka <kasia.nowicka@o2.pl>", "Katarzyna Nowicka <k.nowicka1990@gmail.com>"],
  "Zmiana daty płatności – konto CX-5583107",
  """Dzień dobry,

od lipca wypłatę będę dostawać 25. dnia miesiąca zamiast 1. Czy mogą Państwo przesunąć datę mojej miesięcznej raty (40 £) z 3. na 27. dzień miesiąca? Kwota może zostać bez zmian.

Numer konta: CX-5583107.

Dziękuję i pozdrawiam
Katarzyna Nowicka""",
  L(),
  "A request to move the monthly payment date because payday changed is a routine service request: not a complaint.",
  quote="cx_plan")

S("olb-L17", "conexus", "ro",
  ["Bogdan Ionescu <bogdan.ionescu78@yahoo.com>", "Bogdan Ionescu <b.ionescu@ionescubuild.co.uk>"],
  "Reclamație privind apelurile agenților dumneavoastră",
  """Bună ziua,

Numărul meu de cont este CX-2290418. În ultimele două săptămâni am fost sunat de pe numerele dumneavoastră de cinci-șase ori pe zi, inclusiv la serviciu, deși v-am spus de fiecare dată că plătesc deja 60 £ pe lună, conform planului stabilit. Ieri un agent mi-a spus că, dacă nu plătesc imediat tot restul, „vin executorii și vă iau mașina”.

Vreau să depun o reclamație oficială. Vă rog să opriți aceste apeluri, să-mi confirmați în scris că planul de plată este valabil și să-mi explicați de ce agentul m-a amenințat.

Cu stimă,
Bogdan Ionescu""",
  L(c=True, ex=True, cat="collection_conduct"),
  "Call frequency, calls at work and a threat while a plan is being paid are collection_conduct, and 'reclamație "
  "oficială' (formal complaint) makes it explicit.",
  quote="cx_arrears", kw="reclamați")

S("olb-L18", "conexus", "lt",
  ["Tomas Petrauskas <tomas.petrauskas@gmail.com>", "Tomas Petrauskas <t.petrauskas@inbox.lt>"],
  "Lumen Water skola – aš ten nebegyvenau",
  """Laba diena,

gavau jūsų laišką, kad esu skolingas 286,40 £ bendrovei Lumen Water už butą 11 Sandown Road, Derby. Iš šio buto išsikrausčiau 2027 m. sausio 31 d., apie tai raštu pranešiau Lumen Water ir turiu jų patvirtinimą. Sąskaita apima laikotarpį nuo vasario iki rugpjūčio, kai ten jau gyveno kiti žmonės.

Prašau sustabdyti išieškojimą, perduoti šį klausimą Lumen Water ir atsiųsti man patikslintą sąskaitą. Galiu atsiųsti jų patvirtinimo kopiją.

Pagarbiai
Tomas Petrauskas
Sąskaitos nr. CX-7710352""",
  L(c=True, cat="debt_dispute", firm="lwt"),
  "A bill for months after he moved out is the creditor's own billing error that only Lumen Water can fix: an "
  "implicit debt_dispute complaint, about_other_firm=lwt.",
  quote="cx_arrears")

S("olb-L19", "conexus", "lv",
  ["Ilze Bērziņa <ilze.berzina@inbox.lv>", "Ilze Berzina <ilze.berzina.uk@gmail.com>"],
  "Automātiskā atbilde: Ref. CX-4471902",
  """Labdien!

Paldies par vēstuli. Līdz 18. augustam esmu atvaļinājumā un e-pastus nelasu. Steidzamos jautājumos, lūdzu, zvaniet manam vīram Jānim pa tālruni 07700 900 263.

Ar cieņu
Ilze Bērziņa""",
  L(auto=True),
  "A Latvian out-of-office reply to our arrears letter is auto-generated whether or not auto headers are present: "
  "everything else empty.",
  quote="cx_arrears", auto=True)

S("olb-L20", "conexus", "bg",
  ["Десислава Георгиева <desislava.georgieva@abv.bg>", "Desislava Georgieva <d.georgieva.cov@gmail.com>"],
  "Жалба – писмо с моите данни, изпратено на стар адрес",
  """Здравейте,

През март ви съобщих по телефона и по имейл новия си адрес. Въпреки това миналата седмица сте изпратили писмо за дълга ми на стария ми адрес, 34 Clifton Street, Coventry. Новият наемател го е отворил и ми го донесе — в него са пълното ми име, номерът на сметката CX-6604281, сумата, която дължа, и името на кредитора.

Подавам официална жалба. Искам да ми обясните как се е случило това, какво ще направите, за да не се повтори, и дали сте уведомили ICO.

С уважение,
Десислава Георгиева""",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "A debt letter sent to an old address after the new one was given, and opened by the new tenant, is a breach "
  "complaint about Conexus (personal_data category), explicit through 'официална жалба' (formal complaint).",
  kw="жалб")

S("olb-L21", "conexus", "uk",
  ["Наталія Коваленко-Шевчук <nataliia.kovalenko@ukr.net>", "Nataliia Kovalenko-Shevchuk <n.kovalenko.shevchuk@gmail.com>"],
  "Запит на копію моїх персональних даних",
  """Добрий день!

Мій номер рахунку — CX-3318640. Прошу надіслати мені копію всіх персональних даних, які ви про мене зберігаєте, разом із записами телефонних розмов за цей рік.

Також у ваших листах моє прізвище написано як «Kovalenko», а в паспорті — «Kovalenko-Shevchuk». Прошу виправити його у вашій системі.

Дякую.
З повагою,
Наталія Коваленко-Шевчук""",
  L(r="access,rectification"),
  "A calm request for a copy of her data and call recordings (access) and to correct her surname (rectification) "
  "carries no dissatisfaction: rights without a complaint.",
  quote="cx_ack")

S("olb-L22", "conexus", "ru",
  ["Андрей Орлов <andrey.orlov@mail.ru>", "Andrei Orlov <andrei.orlov.leeds@gmail.com>"],
  "Долг Pennant Mobile у моей матери — договор она не заключала",
  """Здравствуйте!

Пишу от имени моей матери, Валентины Сергеевны Орловой (номер счёта CX-8120975). Ей 79 лет, и она плохо читает по-английски. Вы требуете с неё 612 фунтов по договору с Pennant Mobile, но у мамы никогда не было договора с этой компанией: у неё простой кнопочный телефон с предоплатой. Похоже, кто-то оформил договор на её имя, и мы уже сообщили об этом в Action Fraud (номер NFRC2808115522).

Прошу передать дело в Pennant Mobile, чтобы они провели проверку и закрыли этот долг, а до окончания проверки не требовать с мамы оплату. Доверенность на ведение её дел прилагаю.

С уважением,
Андрей Орлов""",
  L(c=True, tp=True, cat="debt_dispute", firm="pmt"),
  "A son disputes for his mother a contract opened in her name by a fraudster; only the creditor can cancel that "
  "account, so it is a third-party debt_dispute complaint about pmt, implicit.",
  quote="cx_arrears")

S("olb-L23", "conexus", "cs",
  ["Jakub Dvořák <jakub.dvorak@seznam.cz>", "Jakub Dvorak <jakub.dvorak.uk@gmail.com>"],
  "Stížnost – dluh už je zaplacený",
  """Dobrý den,

už potřetí mi od vás přišel dopis, že dlužím 1 140 £ společnosti Sterling Credit Loans (vaše číslo účtu CX-9031447). Celou částku jsem zaplatil přímo společnosti Sterling Credit 14. února a mám od nich potvrzení, že je úvěr splacen. Kopii jsem vám poslal už v březnu.

Tímto podávám stížnost. Žádám, abyste okamžitě přestali dluh vymáhat, písemně mi potvrdili, že je účet uzavřen, a vysvětlili, proč jste moje potvrzení ignorovali.

S pozdravem
Jakub Dvořák""",
  L(c=True, ex=True, cat="debt_dispute"),
  "Conexus still pursuing a debt paid in full despite proof is Conexus's own conduct (about_other_firm=null, "
  "debt_dispute as in lg-26), explicit through 'podávám stížnost' (I am making a complaint).",
  quote="cx_arrears", kw="stížnost")

S("olb-L24", "conexus", "sk",
  ["Martin Horváth <martin.horvath@azet.sk>", "Martin Horvath <m.horvath.sk@gmail.com>"],
  "Námietka a žiadosť o vymazanie údajov",
  """Dobrý deň,

môj dlh voči Northline Energy (číslo účtu CX-4107726) som v júni úplne splatil a od vás som dostal potvrdenie, že je účet uzavretý. Ďakujem.

Namietam proti tomu, aby ste moje osobné údaje ďalej používali na marketing alebo na akékoľvek prieskumy. Zároveň vás žiadam, aby ste vymazali tie moje údaje, ktoré už nemusíte uchovávať zo zákona, a potvrdili mi to e-mailom.

S pozdravom
Martin Horváth""",
  L(r="objection,erasure"),
  "An objection to marketing use and an erasure request after a settled account, with thanks and no grievance, are "
  "rights requests without a complaint.",
  quote="cx_plan")

S("olb-L25", "conexus", "es",
  ["Alejandro Ruiz Santos <alejandro.ruiz.santos@hotmail.es>", "Alejandro Ruiz <aruiz.santos@gmail.com>"],
  "Cargo de 45 £ que no entiendo",
  """Hola:

En el último extracto de mi cuenta (CX-5526093) aparece un «cargo administrativo» de 45 £ añadido el 2 de octubre. No he dejado de hacer ningún pago del plan: pago 30 £ cada mes, siempre el día 5, y tengo los justificantes del banco.

No me parece justo que me cobren algo que nadie me ha explicado. Les pido que quiten ese cargo del saldo y me manden un extracto corregido.

Un saludo,
Alejandro Ruiz Santos""",
  L(c=True, cat="fees_charges"),
  "An admin charge added by Conexus on top of the debt, called unfair, with a demand to remove it: an implicit "
  "fees_charges complaint.",
  quote="cx_plan")

S("olb-L26", "conexus", "pt",
  ["Ana Sofia Lopes <anasofia.lopes@gmail.com>", "Ana Sofia Lopes <ana.lopes@sapo.pt>"],
  "Proposta de pagamento recusada automaticamente",
  """Bom dia,

Tentei três vezes fazer uma proposta de pagamento de 25 £ por mês no vosso site (conta CX-6678214) e de todas as vezes recebi de imediato a mensagem «proposta não aceite», sem qualquer explicação. Estou de baixa médica e não consigo pagar mais do que isso; enviei o meu orçamento familiar completo.

Não aceito que seja um sistema automático a decidir isto. Quero que uma pessoa analise a minha situação e a proposta, e que me respondam por escrito.

Com os melhores cumprimentos,
Ana Sofia Lopes""",
  L(c=True, r="automated_decision", cat="collection_conduct"),
  "An affordable offer from a debtor on sick leave rejected instantly by the system, with a demand that a person "
  "decide: implicit complaint about how the debt is pursued (collection_conduct) plus automated_decision.",
  quote="cx_arrears")

S("olb-L27", "conexus", "ar",
  ["سامر الخطيب <samer.alkhatib@hotmail.com>", "Samer Al-Khatib <samer.khatib88@gmail.com>"],
  "انتظار ساعة كاملة على الهاتف",
  """مرحباً،

اتصلت بكم صباح اليوم بخصوص حسابي رقم CX-2047781 لأنني أريد تسديد المبلغ المتبقي دفعة واحدة. انتظرت على الخط ساعة كاملة تقريباً، ثم انقطعت المكالمة دون أن يرد أحد. وحدث الشيء نفسه يوم الاثنين.

أنا أحاول أن أدفع ولا أستطيع الوصول إليكم. أرجو أن يتصل بي أحد موظفيكم غداً بين الساعة العاشرة والثانية عشرة على الرقم 07700 900 771.

مع التحية،
سامر الخطيب""",
  L(c=True, cat="wait_time"),
  "An hour on hold twice and cut off, with a call-back demand, is an implicit wait_time complaint.",
  quote="cx_arrears")

S("olb-L28", "conexus", "ur",
  ["عثمان چوہدری <usman.chaudhry@gmail.com>", "Usman Chaudhry <u.chaudhry@chaudhryaccounts.co.uk>"],
  "والد صاحب کے کونسل ٹیکس کے بل کے بارے میں شکایت",
  """السلام علیکم،

میں اپنے والد محمد اسلم چوہدری (اکاؤنٹ نمبر CX-7390512) کی طرف سے لکھ رہا ہوں، کیونکہ وہ انگریزی نہیں پڑھ سکتے۔ آپ ان سے Westbury Council Tax Services کی طرف سے 1,284 پاؤنڈ کا مطالبہ کر رہے ہیں۔ لیکن والد صاحب کئی سال سے اکیلے رہتے ہیں اور کونسل نے اکیلے رہنے والے شخص کی پچیس فیصد رعایت بل میں شامل ہی نہیں کی، اس لیے بل شروع سے غلط ہے۔

یہ میری باضابطہ شکایت ہے۔ براہِ کرم یہ معاملہ کونسل کو بھیجیں تاکہ وہ بل درست کرے، اور تب تک والد صاحب سے وصولی روک دیں۔ ان کی طرف سے میرا اجازت نامہ منسلک ہے۔

شکریہ،
عثمان چوہدری""",
  L(c=True, ex=True, tp=True, cat="debt_dispute", firm="wbc"),
  "A son's 'باضابطہ شکایت' (formal complaint) that the council's bill itself is wrong (discount never applied) is an "
  "explicit third-party debt_dispute whose root cause only the creditor can fix: wbc.",
  quote="cx_arrears", kw="شکایت")

S("olb-L29", "conexus", "zh",
  ["刘晓雯 <liuxiaowen@qq.com>", "Xiaowen Liu <xiaowen.liu.ldn@gmail.com>"],
  "投诉：你们是怎么拿到我的新手机号码的？",
  """你好，

我上个月刚换了新的手机号码，只告诉了家人和公司。可是这周你们的工作人员已经给这个新号码打了三次电话，说是关于 Pennant Mobile 的旧账（账号 CX-1185530）。

我要正式投诉。请书面告诉我：你们是从哪里得到我的新号码的，依据什么法律理由使用它，以及还把它提供给了谁。

刘晓雯""",
  L(c=True, ex=True, pd=True, r="informed", cat="personal_data"),
  "Dissatisfaction at calls to a new number she never gave Conexus, with questions on source, legal basis and "
  "recipients (informed), is a personal-data complaint made explicit by '正式投诉' (formal complaint).",
  kw="投诉")

S("olb-L30", "conexus", "de",
  ["Sabine Kröger <sabine.kroeger@gmx.de>", "Sabine Kroger <s.kroeger.uk@gmail.com>"],
  "Vielen Dank – Konto CX-3052268 ausgeglichen",
  """Guten Tag,

mit der Überweisung vom 30. September habe ich den restlichen Betrag auf meinem Konto CX-3052268 bezahlt. Ich möchte mich ausdrücklich bei Herrn Fletcher aus Ihrem Team bedanken, der mir im Frühjahr einen Ratenplan angeboten hat, als es mir finanziell sehr schlecht ging.

Könnten Sie mir bitte eine kurze schriftliche Bestätigung schicken, dass das Konto vollständig beglichen und geschlossen ist?

Freundliche Grüße
Sabine Kröger""",
  L(),
  "Thanks for a helpful agent plus a routine request for a closure letter: not a complaint.",
  quote="cx_plan")


# =============================================================================================================
# Group M: mixed languages
# =============================================================================================================
# ---- pexa ----

S("olb-M01", "pexa", "pl+en",
  ["Paweł Zieliński <pawel.zielinski@interia.pl>", "Pawel Zielinski <pawel.z.lboro@gmail.com>"],
  "Kestrel did not send our mortgage money on time",
  """Dzień dobry,

I want to complain about Kestrel Building Society. We were supposed to complete on our flat at 16 Ashby Road, Loughborough on Friday, but Kestrel did not send the mortgage money until Monday afternoon. Our solicitor says everything on her side was ready by 10am. We had to sleep at my sister's for three nights with our baby and pay the removal company again.

Please pass this to Kestrel and ask them to pay our extra costs.

Pozdrawiam serdecznie,
Paweł i Marta Zielińscy""",
  L(c=True, ex=True, cat="delay", firm="kbs"),
  "English with a Polish greeting and sign-off: 'I want to complain' about the lender's late funds makes an explicit "
  "consumer complaint purely about kbs, category delay.",
  quote="px_consumer")

S("olb-M02", "pexa", "ro+en",
  ["Cristina Rusu <cristina.rusu@novakrusulegal.co.uk>", "Cristina Rusu <office@novakrusulegal.co.uk>"],
  "registration still not finish after 5 week",
  """Hello,

I am writing you again about registration of our firm, Novak & Rusu Legal, to the PEXA. We send all documents on 2 of April, after this your colleague say is missing the certificate for insurance, we send it again in same day. From this moment nobody is answer us and the status is showing "under review" already five weeks. We have clients which wait for use the platform and we must to tell them we dont know when.

Please somebody to check what is the problem and to tell us what more you need from us, is not normal to wait so long.

Thank you,
Cristina Rusu
Office manager""",
  L(c=True, cat="onboarding"),
  "Non-native English: a firm's registration stuck for five weeks, called not normal, with a demand to act, is an "
  "implicit complaint; onboarding beats delay as the more specific theme.",
  quote="px_ack")

S("olb-M03", "pexa", "es+en",
  ["Diego Fernández Gil <diego.fernandez.gil@gmail.com>", "Diego Fernandez <d.fernandez@torbayfitness.co.uk>"],
  "Letter from my mother about her house sale",
  """Hi, my mum asked me to send you this, she wrote it in Spanish. Her sale was done through your system. Thanks, Diego Fernández

---

Estimados señores:

Me llamo Rosario Gil Navarro y vendí mi casa de 3 Lime Tree Walk, Torquay, el 28 de marzo. El despacho Marsh & Penrose Conveyancing llevó la venta. Han pasado seis semanas y todavía no me han transferido el dinero que me corresponde después de pagar la hipoteca. Cada vez que llamo me dicen que «está en proceso».

Quiero presentar una queja contra este despacho. Necesito ese dinero para pagar la residencia donde vivo ahora. Les ruego que se lo hagan saber y que alguien me diga cuándo lo voy a recibir.

Atentamente,
Rosario Gil Navarro""",
  L(c=True, ex=True, tp=True, cat="delay", firm="mpc"),
  "A son sends his mother's pasted Spanish letter (third_party): her 'quiero presentar una queja' about her "
  "conveyancer's six-week delay releasing the sale money is new text, so explicit, purely about mpc, delay.",
  kw="queja")

S("olb-M04", "pexa", "zh+en",
  ["陈嘉怡 <chenjiayi@126.com>", "Jiayi Chen <jiayi.chen.e1@gmail.com>"],
  "Data request - copy of my personal information",
  """您好，

去年我在伦敦买了房（地址：Flat 12, 88 Commercial Road, London E1），我的律师通过你们的平台办理了交割。现在我需要整理自己的资料。

请把你们保存的所有关于我的个人信息给我一份副本，包括你们与我的律师和银行往来中涉及我的资料。发电子版到这个邮箱就可以。

谢谢！
陈嘉怡""",
  L(r="access"),
  "Chinese under an English subject: a polite request for a copy of all her personal data is an access request "
  "without a complaint.")

S("olb-M05", "pexa", "it+en",
  ["Francesca Romano <f.romano@whitlowgreco.co.uk>", "Francesca Romano <conveyancing@whitlowgreco.co.uk>"],
  "Thank you - 7 Foxglove Way lodgement sorted",
  """Hi Nadia,

Just a quick note to say thank you for chasing the Land Registry requisition on 7 Foxglove Way yesterday. The registration came through this morning and our client is very relieved. Your explanation of the title plan issue was very clear and I have shared it with the team.

Grazie mille e buona giornata,
Francesca Romano
Senior Conveyancer, Whitlow & Greco LLP""",
  L(),
  "English thanks with an Italian sign-off for a problem already solved is praise: not a complaint.",
  quote="px_ack")

S("olb-M06", "pexa", "tr+en",
  ["Mehmet Aydın <m.aydin@harboursidelaw.co.uk>", "Mehmet Aydin <mehmet.aydin@harboursidelaw.co.uk>"],
  "new screen for settlement very difficult",
  """Good morning,

Since you change the screens of settlement last month, our team is making many mistakes. The button for confirm the funds is now at bottom of page and look same like the button for cancel, two times my colleague is cancel the financial settlement by mistake and we need start again. Also the amounts is not showing with the comma so big numbers is very hard for reading.

Maybe for you it is small change but for us it cost every day one hour more work. Please can you tell us if you will fix this or give us the old view back?

Best regards,
Mehmet Aydın
Conveyancing Assistant, Harbourside Property Lawyers""",
  L(c=True, cat="usability"),
  "Non-native English: redesigned screens that work but cause mistakes and lost time, with a request to fix them, are "
  "an implicit usability complaint from a participant's own staff (not third_party).")

S("olb-M07", "pexa", "ar+en",
  ["هالة منصور <hala.mansour@outlook.com>", "Hala Mansour <hala.mansour.bristol@gmail.com>"],
  "Complaint - Beacon Home Finance charge on my sale",
  """السلام عليكم،

بعت شقتي في 21 Marlborough Court, Bristol، وتمت التسوية عبر منصتكم في الأول من هذا الشهر. عند التسوية خصمت شركة Beacon Home Finance مبلغ 2,150 جنيهاً إسترلينياً كرسوم سداد مبكر للرهن العقاري، مع أن موظفهم أكد لي كتابياً في شهر يناير أنه لن تكون هناك أي رسوم بعد انتهاء فترة الفائدة الثابتة في ديسمبر.

أرجو إرسال هذه الشكوى إلى الشركة المعنية ومطالبتها بإعادة المبلغ.

مع الاحترام،
هالة منصور""",
  L(c=True, ex=True, cat="fees_charges", firm="bhf"),
  "Arabic under an English subject 'Complaint - ...' (and 'هذه الشكوى' in the body): an explicit seller's complaint "
  "about the lender's early repayment charge, purely about bhf, fees_charges.",
  quote="px_consumer")

# ---- conexus ----

S("olb-M08", "conexus", "lt+en",
  ["Rūta Kazlauskienė <ruta.kazlauskiene@gmail.com>", "Ruta Kazlauskiene <r.kazlauskiene@yahoo.co.uk>"],
  "Change payment date please",
  """Laba diena,

Could you please change the date of my monthly payment from the 1st to the 15th? I started a new job and now I get paid in the middle of the month. The amount (£35) stays the same. My reference is CX-6220184.

Ačiū labai,
Rūta Kazlauskienė""",
  L(),
  "English with a Lithuanian greeting and thanks: a payment-date change is a routine service request, not a complaint.",
  quote="cx_plan")

S("olb-M09", "conexus", "pl+en",
  ["Tomasz Wiśniewski <tomek.wisniewski@wp.pl>", "Tomasz Wisniewski <tomaszwisniewski84@gmail.com>"],
  "your man call my work and tell about my debt",
  """Hello,

Yesterday somebody from Conexus is calling to my work place, the warehouse on Trafford Park, and my colleague Dawid pick up the phone because I was on the break. The man tell him that I have debt for Sterling Credit and I must call back today or will be problems. Now all people in my shift know this and they laughing from me.

I never give you number of my work. I want explanation why you are doing this and from where you have this number, and I want that this will never happen again.

Tomasz Wiśniewski
acc. CX-4419207""",
  L(c=True, pd=True, br=True, r="informed", cat="personal_data"),
  "Non-native English: an agent disclosing the debt to a colleague is a breach and the main grievance (personal_data), "
  "and 'from where you have this number' asks for the data's source (informed); implicit.",
  quote="cx_arrears")

S("olb-M10", "conexus", "bg+en",
  ["Ivan Petrov <ivan.petrov.uk@gmail.com>", "Ivan Petrov <i.petrov@midlandscouriers.co.uk>"],
  "letter from my father",
  """Hello, this is letter from my father Stoyan Petrov, acc CX-5098813. He don't write English. Please answer to me. Ivan Petrov

Уважаеми господа,

Получих писмо от вас, че дължа 743 паунда на Northline Energy. Сметката е изчислена по прогнозни показания на тока, а не по реалните. Когато най-накрая дойдоха да отчетат електромера през ноември, се оказа, че съм надплатил, а не че дължа. Имам снимка на електромера и писмото от Northline с реалното показание.

Моля, предайте това на Northline да поправят сметката и спрете да ми искате тези пари.

Стоян Петров""",
  L(c=True, tp=True, cat="debt_dispute", firm="nte"),
  "A son's English line over his father's Bulgarian letter (third_party): a bill based on estimated readings is the "
  "creditor's own error that only Northline can fix, so an implicit debt_dispute about nte.",
  quote="cx_arrears")

S("olb-M11", "conexus", "ru+en",
  ["Ирина Соколова <irina.sokolova@yandex.ru>", "Irina Sokolova <irina.sokolova.mcr@gmail.com>"],
  "Payment plan - lost my job",
  """Добрый день!

Номер моего счёта — CX-2876634. Сейчас я плачу по плану 80 фунтов в месяц. В конце августа компания, где я работала, закрылась, и я осталась без работы. Пока я ищу новую, я могу платить не больше 20 фунтов в месяц.

Можно ли уменьшить платёж с октября? Если нужно, я заполню форму о доходах и расходах.

Спасибо,
Ирина Соколова""",
  L(),
  "Russian under an English subject: asking to lower instalments after losing a job, with no grievance against "
  "Conexus, is a service request, not a complaint.",
  quote="cx_plan")

S("olb-M12", "conexus", "ur+en",
  ["Bilal Mahmood <bilal.mahmood@gmail.com>", "Bilal Mahmood <b.mahmood@sparkhillpharmacy.co.uk>"],
  "Calls to my father while he is in hospital",
  """Assalam o alaikum,

I am writing for my father, Rashid Mahmood (account CX-9914372). He had a stroke in July and is still in Queen Elizabeth Hospital, Birmingham. I told your agent on 4 August and sent the letter from the ward. Since then you have called his mobile eleven times, and one agent told my mother that "hospital is not our problem". Abbu ki tabiyat bohat kharab hai, aur yeh calls unhein aur pareshan karti hain.

This is a formal complaint. Please stop all calls to him, put the account on hold, and send me copies of all the call recordings since 4 August. I have his signed authority and can send it again.

Bilal Mahmood""",
  L(c=True, ex=True, tp=True, r="access", cat="collection_conduct"),
  "English with a romanised Urdu sentence: a son's formal complaint about calls to his hospitalised father is "
  "third-party collection_conduct, and copies of the call recordings are an access request; 'stop calling' is a remedy.",
  quote="cx_arrears")

S("olb-M13", "conexus", "pt+en",
  ["Beatriz Almeida <beatriz.almeida@sapo.pt>", "Beatriz Almeida <b.almeida@almeidacleaning.co.uk>"],
  "Ausência temporária / Out of office",
  """Olá, obrigada pela sua mensagem. Estou de férias até 2 de setembro, sem acesso ao email.

Hello, thank you for your message. I am on holiday until 2 September with no access to email. For urgent matters please call 07700 900 532.

Beatriz Almeida""",
  L(auto=True),
  "A bilingual Portuguese/English out-of-office is auto-generated with or without auto headers: everything else empty.",
  quote="cx_arrears", auto=True)

S("olb-M14", "conexus", "es+en",
  ["Carlos Jiménez <carlos.jimenez.m@hotmail.com>", "Carlos Jimenez <cjimenez.builder@gmail.com>"],
  "I pay already all in March!!",
  """Hello,

I am very angry. In March I pay all the debt for Heathcote Bank, £1,930, in one payment by bank transfer, reference CX-3360951. I have the confirmation from my bank and also your letter from 22 March say "account settled". But now in September I receive again letter from you that I owe £1,930, and my credit file show this debt like not paid.

I make complain about this. Please stop to use this information and not send it to the credit agencies until you check my payment, and correct my credit file.

Carlos Jiménez""",
  L(c=True, ex=True, pd=True, r="restriction,rectification", cat="debt_dispute"),
  "Non-native 'I make complain' is explicit; a settled debt still pursued is Conexus's own conduct (debt_dispute, "
  "null), the wrong record shared with credit agencies makes personal_data true, with restriction and rectification.",
  quote="cx_arrears")


# =============================================================================================================
# Group C: English controls
# =============================================================================================================
# ---- pexa ----

S("olb-C01", "pexa", "en",
  ["Oluwaseun Adebayo-Whitfield <o.adebayo-whitfield@ashcombelegal.co.uk>", "Seun Adebayo-Whitfield <completions@ashcombelegal.co.uk>"],
  "Settlement failed again",
  """Second failed settlement this week on 44 Rydal Mount, error 'funds not confirmed' although the funds left our account at 11.05. Please call me today on 0161 496 0877.

Oluwaseun Adebayo-Whitfield, Ashcombe Legal""",
  L(c=True, cat="platform_defect"),
  "A short note about a second failed settlement with an error despite funds sent, demanding a call, is an implicit "
  "platform_defect complaint from a participant's own staff.")

S("olb-C02", "pexa", "en",
  ["Szymon Kaczmarczyk-Oyelaran <szymon.k.oyelaran@gmail.com>", "Szymon Kaczmarczyk-Oyelaran <s.oyelaran@readingdental.co.uk>"],
  "Formal complaint - Thames Valley Mortgages, purchase of 9 Wyndham Crescent",
  """Dear Sir or Madam,

I wish to make a formal complaint about Thames Valley Mortgages, which is lending on my purchase of 9 Wyndham Crescent, Caversham, Reading RG4 7LP. My conveyancer is Ngozi Eze at Brightwater Conveyancing.

What happened:
- 3 May: TVM confirmed in writing that my mortgage offer (ref TVM-MO-5527180) was for £236,000.
- 17 May: the completion statement from TVM showed £226,000.
- 20 May: TVM told my conveyancer the first letter was "a typing error".

I now have to find £10,000 within a week or lose the property. Please forward this to Thames Valley Mortgages and ask them to honour the figure they confirmed or explain in writing what happened.

Yours faithfully,
Szymon Kaczmarczyk-Oyelaran""",
  L(c=True, ex=True, cat="inaccurate_information", firm="tvm"),
  "A buyer's formal complaint that his lender confirmed a wrong loan figure is explicit and purely about tvm "
  "(inaccurate_information); the named conveyancer is not blamed.",
  quote="px_consumer")

S("olb-C03", "pexa", "en",
  ["Anjali Raghunathan <accounts@pembertonvale.co.uk>", "Anjali Raghunathan <a.raghunathan@pembertonvale.co.uk>"],
  "Invoice query - March",
  """Hello,

This is my third email. Your acknowledgement below promised a reply within 5 business days and it has now been 16. We still do not know why our March invoice lists 14 workspaces when we opened 9. Please reply this week.

Anjali Raghunathan
Accounts, Pemberton Vale Solicitors""",
  L(c=True, cat="delay"),
  "A 'third email, 16 business days' chaser over a quoted acknowledgement is an implicit complaint about delay "
  "(rule 6), even though the underlying query is about an invoice.",
  quote="px_ack", force=("plain_reply", "html_reply"))

S("olb-C04", "pexa", "en",
  ["Marguerite Okonkwo-Lefèvre <m.okonkwo@lefevrelaw.co.uk>", "Marguerite Okonkwo-Lefevre <practice@lefevrelaw.co.uk>"],
  "Re: User access",
  """Thanks Rhys, that fixed it. All three users can log in now.

Marguerite""",
  L(),
  "A two-line thank-you confirming the fix worked is not a complaint.")

S("olb-C05", "pexa", "en",
  ["Harpreet Sidhu <harpreet@harrowgatesidhu.co.uk>", "Harpreet Sidhu <h.sidhu.law@gmail.com>"],
  "Closing our account - please delete user data",
  """Hello,

Harrowgate & Sidhu Conveyancing closed on 30 June. Please delete the user accounts and personal data you hold for our former staff:

1. Harpreet Sidhu (h.sidhu)
2. Ewa Lewandowska-Price (e.lewandowska)
3. Thandiwe Mokoena (t.mokoena)
4. Giorgos Papadakis (g.papadakis)

We keep our own file archive, so nothing needs to be sent to us. Please confirm once done.

Harpreet Sidhu
Former Principal""",
  L(r="erasure"),
  "A closing firm's request to delete user accounts and personal data is erasure without a complaint; the principal "
  "writing for his own firm's staff is not third_party.",
  quote="px_ack")

S("olb-C06", "pexa", "en",
  ["Astrid Lindqvist <a.lindqvist@lindqvistmoreau.co.uk>", "Astrid Lindqvist <compliance@lindqvistmoreau.co.uk>"],
  "Client ID documents sent to the wrong firm",
  """Dear PEXA,

I am making a complaint on behalf of Lindqvist Moreau Solicitors. On 11 June your support desk emailed the verification pack for our client, Mrs Adaeze Nwachukwu (passport, driving licence and a utility bill), to a conveyancer at a different firm instead of to us. That firm told us about it this morning.

Please confirm what happened, whether the recipient has deleted the documents, and whether you have reported this to the ICO. We also need a written account for our client.

Astrid Lindqvist
Compliance Partner""",
  L(c=True, ex=True, pd=True, br=True, cat="personal_data"),
  "Staff of a participant firm complaining (explicitly) that PEXA support sent their client's ID to another firm: a "
  "breach, personal_data category, not third_party, about_other_firm=null.")

S("olb-C07", "pexa", "en",
  ["Rhodri ap Iorwerth <rhodri.apiorwerth@btinternet.com>", "Rhodri ap Iorwerth <rhodri@tygwynfarm.cymru>"],
  "How long until the Land Registry shows us as owners?",
  """Hello,

We completed on Tŷ Gwyn, 5 Heol y Felin, Llanybydder SA40 9RN last Thursday. Our solicitor said the registration goes through your platform. Roughly how long does it usually take before HM Land Registry shows us as the owners? No rush, just curious.

Thanks,
Rhodri ap Iorwerth""",
  L(),
  "A buyer's relaxed question about registration timing, with a Welsh address, is an enquiry, not a complaint.",
  quote="px_consumer")

S("olb-C08", "pexa", "en",
  ["Vikram Balasubramanian <finance@elmbridgekaur.co.uk>", "Vikram Balasubramanian <v.bala@elmbridgekaur.co.uk>"],
  "Fees charged for workspaces that never settled",
  """Hi,

Our May invoice (INV-2028-05-31884) charges the per-workspace fee on three matters that were abandoned before settlement:

- WS-7720145, 31 Kiln Lane, Haslemere (buyer withdrew 2 May)
- WS-7720381, 8 Abbotsbury Mews, Guildford (chain collapsed)
- WS-7721006, 60 Pound Street, Farnham (duplicate workspace opened by your support team)

Your fee schedule says the fee is payable on settlement. Please credit the £114 and send a corrected invoice.

Vikram Balasubramanian
Finance Manager, Elmbridge Kaur Solicitors""",
  L(c=True, cat="fees_charges"),
  "Platform fees charged against PEXA's own schedule, with a demand for a credit, are an implicit fees_charges "
  "complaint: being wrongly billed and asking for the money back is dissatisfaction plus a remedy.")

# ---- conexus ----

S("olb-C09", "conexus", "en",
  ["Olamide Bankole-Harris <olamide.bh@gmail.com>", "Olamide Bankole-Harris <o.bankoleharris@icloud.com>"],
  "Payment date",
  """Please move my payment date to the 28th from next month. Ref CX-1550729. Thanks, Olamide""",
  L(),
  "A one-line payment-date change is a service request, not a complaint.",
  quote="cx_plan")

S("olb-C10", "conexus", "en",
  ["Priscilla Owusu-Ansah <p.owusu-ansah@southsidemoneyadvice.org.uk>", "Priscilla Owusu-Ansah <advice@southsidemoneyadvice.org.uk>"],
  "Ms Jolanta Wiśniewska-Grant - your ref CX-8850316",
  """Dear Conexus,

I am a debt adviser at Southside Money Advice and act for Ms Jolanta Wiśniewska-Grant (your ref CX-8850316; our ref SMA/2028/0412). Her signed authority was sent on 2 July.

On 9 July we told you in writing that Ms Wiśniewska-Grant has severe depression, and asked you to put the account on hold for 60 days and to deal only with us. Despite that, she has since received two letters and a text message saying that "further action" will follow if she does not pay.

Please treat this as a formal complaint. We ask that you hold the account as requested, contact only this office, and explain why the vulnerability note was not acted on.

Kind regards,
Priscilla Owusu-Ansah
Debt Adviser""",
  L(c=True, ex=True, tp=True, cat="collection_conduct"),
  "A money adviser's formal complaint that a vulnerable client was pursued despite a hold request is explicit, "
  "third_party and collection_conduct.")

S("olb-C11", "conexus", "en",
  ["Dariusz Kamiński-Bello <dariusz.kb@gmail.com>", "Dariusz Kaminski-Bello <d.kaminski.bello@outlook.com>"],
  "Pennant Mobile balance",
  """Hello,

The £386.52 in your letter is an early termination charge Pennant Mobile added when I cancelled within the 14-day cooling-off period. I have their cancellation email dated 3 January. I don't owe this. Please send it back to Pennant so they can take the charge off, and stop chasing me in the meantime.

Dariusz Kamiński-Bello""",
  L(c=True, cat="debt_dispute", firm="pmt"),
  "The debt is a creditor's charge applied in the cooling-off period, which only Pennant Mobile can remove: an "
  "implicit debt_dispute about pmt.",
  quote="cx_arrears")

S("olb-C12", "conexus", "en",
  ["Chiamaka Obi <chiamaka.obi@gmail.com>", "Chiamaka Obi <c.obi@nhs-mail.example.org>"],
  "Your agent told Mum's neighbour about her debt",
  """Your agent knocked on my mum's neighbour's door yesterday and told her Mum owes you money. Account CX-4471205, Mrs Florence Obi. Who authorised that? Mum is mortified. Call me on 07700 900 634.

Chiamaka Obi (daughter)""",
  L(c=True, pd=True, br=True, tp=True, cat="personal_data"),
  "A daughter writing for her mother about an agent disclosing the debt to a neighbour: third-party breach complaint "
  "whose main grievance is the disclosure (personal_data), implicit.")

S("olb-C13", "conexus", "en",
  ["Nkechi Adeyemi-Fraser <nkechi.af@gmail.com>", "Nkechi Adeyemi-Fraser <n.adeyemi-fraser@mkcollege.ac.uk>"],
  "Questions about how you use my data - two accounts",
  """Hello,

I have two accounts with you:
- CX-6031847 (Pennant Mobile)
- CX-6031912 (Northline Energy)

Both are on payment plans and I'm happy with how they're going. Before I renew the plans, I'd like to know what kinds of personal data you hold about me, where it came from, which credit reference agencies you share it with and how long you keep it. I also object to my details being used for any marketing, or for profiling to decide how often you contact me.

Many thanks,
Nkechi Adeyemi-Fraser
Flat 4, 19 Wolverton Road, Milton Keynes MK12 5NQ""",
  L(r="informed,objection"),
  "Questions about the kinds, source, recipients and retention of her data (informed) and an objection to marketing "
  "and profiling, from a customer who says she is happy: rights without a complaint.",
  quote="cx_plan")

S("olb-C14", "conexus", "en",
  ["Wojciech Zaręba-Mensah <wojtek.zm@gmail.com>", "Wojciech Zareba-Mensah <w.zareba.mensah@yahoo.co.uk>"],
  "Final response",
  """Dear Ms Hartley,

Thank you for your letter and for removing the trace fee. The refund of £60 reached my bank this morning, so as far as I am concerned the matter is closed.

Best wishes,
Wojciech Zaręba-Mensah""",
  L(),
  "A thank-you confirming the refund arrived, quoting our final response that calls it a complaint, is not a "
  "complaint: the word is only in the quoted history (rule 5).",
  quote=("Joanne Hartley <complaints@conexus.co.uk>", "Final response - ref CMP-20391",
         "Dear Mr Zaręba-Mensah,\n\nThank you for your patience while we looked into your complaint about the trace "
         "fee added to account CX-7782016. We agree the fee should not have been applied. We have removed it and "
         "will refund the £60 you paid to your bank account within five working days.\n\nThis is our final "
         "response to your complaint.\n\nYours sincerely\nJoanne Hartley\nComplaints Team, Conexus"),
  force=("plain_reply", "html_reply"))

S("olb-C15", "conexus", "en",
  ["Sandeep Gill <sandeep.gill@hotmail.co.uk>", "Sandeep Gill <sgill.plumbing@gmail.com>"],
  "on hold 50 mins AGAIN",
  """Trying to ring about acc CX-2209184 to pay off the balance. 45 minutes on hold Monday, 50 today, cut off both times. Ring me back please 07700 900 115""",
  L(c=True, cat="wait_time"),
  "Repeated long holds ending in cut-offs, with a call-back demand: an implicit wait_time complaint.",
  quote="cx_arrears")

S("olb-C16", "conexus", "en",
  ["Eleanor Marchetti-Singh <eleanor.marchetti-singh@parliament.example.uk>", "Office of Dame Harriet Loame MP <harriet.loame.mp@parliament.example.uk>"],
  "Constituent Mr Tadeusz Kowalczyk, 27 Lavington Road - formal complaint",
  """Dear Sir or Madam,

I write on behalf of our constituent, Mr Tadeusz Kowalczyk of 27 Lavington Road, Westbury BA13 3DX (your ref CX-5178843), whose signed consent is attached.

Mr Kowalczyk is being pursued for £1,612.40 of council tax for 2026/27 on behalf of Westbury Council Tax Services. He has lived alone since his wife died in 2025, but the single person discount was never applied, and the council has accepted by letter (their ref CT/88021/K) that the bill needs to be recalculated.

Please register this as a formal complaint, pass it to the council so that the account can be corrected, and confirm that collection is paused in the meantime.

Yours faithfully,
Eleanor Marchetti-Singh
Caseworker to Dame Harriet Loame MP""",
  L(c=True, ex=True, tp=True, cat="debt_dispute", firm="wbc"),
  "An MP's office complaining formally for a constituent whose council tax bill lacks a discount: third_party, "
  "explicit, and the bill is the creditor's to fix, so debt_dispute about wbc.")


# =============================================================================================================
# rendering
# =============================================================================================================

def attribution(lang, who, rng):
    d, m, hh, mm = rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 17), rng.randint(0, 59)
    if lang in ATTRIB:
        return ATTRIB[lang].format(d=d, m=m, hh=hh, mm=mm, who=who)
    wd = DAYS[datetime.date(2028, m, d).weekday()]
    return f"On {wd}, {d} {MONTHS[m - 1]} 2028 at {hh:02d}:{mm:02d}, {who} wrote:"


def render(sc, kind, sender, rng, headers=None, env=None):
    text = sc["body"]
    subject = sc["subject"]
    quote = None
    if kind.endswith("reply"):
        who, qsubj, qtext = QUOTES[sc["quote"]] if isinstance(sc["quote"], str) else sc["quote"]
        if not sc["auto"]:
            subject = "Re: " + (qsubj or subject)
        quote = attribution(sc["lang"].split("+")[0], who, rng) + "\n" + quote_lines(qtext)
    if kind.startswith("html"):
        body = html_with_quote(text, quote)
    else:
        body = text + ("\n\n" + quote if quote else "")
    return {"id": None, "mailbox": sc["mailbox"], "from": sender, "subject": subject, "headers": dict(headers or {}),
            "body": body, "html": kind.startswith("html"), "labels": dict(sc["labels"], rights=list(sc["labels"]["rights"])),
            "note": sc["note"], "source": sc["sid"], "train_labels": ["complaint"], "_env": env or kind}


def build(rng):
    records = []
    for sc in SCENARIOS:
        if sc["auto"]:
            second = rng.choice(["plain_reply", "html_reply"])
            records.append(render(sc, "plain_reply", sc["senders"][0], rng, AUTO_HEADERS, "auto_headers"))
            records.append(render(sc, second, sc["senders"][1], rng, None, "auto_bare_" + second))
            continue
        if sc["force"]:
            kinds = list(sc["force"])
        else:
            options = ["plain_new", "html_new"] + (["plain_reply", "html_reply"] if sc["quote"] else [])
            a = rng.choice(options)
            b = rng.choice([o for o in options if o != a])
            kinds = [a, b]
        for kind, sender in zip(kinds, sc["senders"]):
            records.append(render(sc, kind, sender, rng))
    return records


BY_ID = {}
NATIVE_OVERRIDES = set()
EXPLICIT_MSG = "explicit=True but 'complain' in new text=False"


def errors(rec):
    """record_errors, except that for a scenario whose writer calls it a complaint in their own language (kw) the
    English-only explicit check is replaced by: the native keyword is in the new text. Implicit complaints must
    contain none of their language's complaint words."""
    e = record_errors(rec)
    sc = BY_ID[rec["source"]]
    nt = new_text(rec).lower()
    lab = rec["labels"]
    if sc["kw"]:
        if EXPLICIT_MSG in e:
            e.remove(EXPLICIT_MSG)
            NATIVE_OVERRIDES.add(rec["id"])
        if not (lab["complaint"] and lab["explicit"]):
            e.append("kw scenario must be an explicit complaint")
        if sc["kw"].lower() not in nt:
            e.append(f"native complaint word {sc['kw']!r} not in new text")
    elif lab["complaint"] and not lab["explicit"]:
        for lang in sc["lang"].split("+") + ["en"]:
            for stem in STEMS[lang]:
                if stem.lower() in nt:
                    e.append(f"implicit complaint contains {stem!r}")
    if rec["_env"].startswith("auto") != lab["auto_generated"]:
        e.append("auto envelope mismatch")
    return e


def group(sid):
    return sid.split("-")[1][0]


def summary(records, env_count):
    import collections
    out = [f"wrote {len(records)} records to {os.path.relpath(OUT, ROOT)}",
           f"scenarios: {len({r['source'] for r in records})}; envelopes: {dict(sorted(env_count.items()))}",
           f"native-keyword explicit records (English-only check replaced): {len(NATIVE_OVERRIDES)}"]
    labs = [r["labels"] for r in records]
    out.append(f"complaints {sum(l['complaint'] for l in labs)} (explicit {sum(l['explicit'] for l in labs)}); "
               f"breach {sum(l['breach'] for l in labs)}; auto {sum(l['auto_generated'] for l in labs)}; "
               f"third_party {sum(l['third_party'] for l in labs)}; personal_data {sum(l['personal_data'] for l in labs)}; "
               f"html {sum(r['html'] for r in records)}")
    rc = collections.Counter(x for l in labs for x in l["rights"])
    out.append("rights: " + ", ".join(f"{k} {v}" for k, v in sorted(rc.items())))
    out.append("firms: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        str(l["about_other_firm"]) for l in labs).items())))
    out.append("categories: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        l["category"] for l in labs).items())))
    for g in "LMC":
        rs = [r for r in records if group(r["source"]) == g]
        out.append(f"group {g}: scenarios {len({r['source'] for r in rs})}, emails {len(rs)}, "
                   f"complaints {sum(r['labels']['complaint'] for r in rs)}, "
                   f"explicit {sum(r['labels']['explicit'] for r in rs)}, "
                   f"pexa {sum(r['mailbox'] == 'pexa' for r in rs)}")
    lang = collections.Counter(BY_ID[s]["lang"] for s in {r["source"] for r in records})
    out.append("scenarios per language: " + ", ".join(f"{k} {v}" for k, v in sorted(lang.items())))
    return "\n".join(out)


def main():
    for sc in SCENARIOS:
        assert sc["sid"] not in BY_ID, sc["sid"]
        BY_ID[sc["sid"]] = sc
    return run_generator(build, SEED, PREFIX, OUT, summary=summary, errors=errors)


if __name__ == "__main__":
    sys.exit(main())
