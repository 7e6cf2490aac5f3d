"""Everyday rights requests read as request frames: a sentence that asks for something (please, can you,
I want, an imperative, a question) whose action and object together name one UK GDPR right.

Why this exists beside the phrase lexicon in `classifiers.cues`: people rarely use the names of rights.
"Take my number off your system", "the mobile you have for me is out by one digit, can you change it",
"I don't want my details used for surveys" are erasure, rectification and objection, and a phrase list
never covers every way of combining a request, an action and a piece of personal data. A frame is
those three parts found in one sentence, each from a small word class, so new combinations are found
without listing them. The look-alikes of the labelling guide stay out because the object must be the
writer's (or the represented person's) personal data: "delete the attachment", "access to the portal",
"change the completion date" and "stop calling me" (a conduct remedy) have no such object.

`find_frames(text)` returns {right: evidence sentence}; it is pure and reads only the text.
`find_rights(text)` is what the classifier uses: the lexicon's rights plus the frames'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifiers import cues
from classifiers.pattern_words import WordGate, fold_case, space_non_words

# --- word classes --------------------------------------------------------------------------------------
# Whose data: the writer's, their household's, or the person a representative writes for.
_OWNER = (
    r"(?:my|our|her|his|their|me|us|client'?s?|mum'?s|mother'?s|dad'?s|father'?s|brother'?s|sister'?s|son'?s|daughter'?s|wife'?s|husband'?s|partner'?s|"
    # formal letters from firms and representatives name the person by role ("amend the customer's date of birth")
    r"the (?:customer|debtor|borrower|mortgagor|buyer|seller|purchaser|tenant|account holder|data subject|deceased)'s)"
)
# Personal data a person would name.
_DATUM = (
    r"(?:personal (?:data|details|information)|data|datas|details|info|information|informations|"
    r"(?:mobile|phone|telephone|landline|contact|old|new) ?(?:number|numbers)|numbers?|mobile|e-?mail address|e-?mail(?! (?:of|from|sent|dated|yesterday|earlier|this|below|above|to|about|on))|"
    r"(?:home |postal |old |previous )?address(?:es)?|name|surname|first name|middle name|maiden name|title|"
    r"date of birth|dob|card details|bank details|account details|sort code|id|passport|photo|photograph|picture|"
    r"cv|application|records?|file|profile|notes|income|employment|marker|flag|account|academy account|user account)"
)
# The fields a person asks to have corrected.
_FIELD = r"(?:name|surname|title|address|postcode|street|number|mobile|e-?mail|date of birth|dob|spelling|details|record|marker|flag|income|employer|status)"
_DATUM_OF_OWNER = rf"\b{_OWNER}\s+(?:\w+\s+){{0,2}}?{_DATUM}\b"
# What a formal request asks to have deleted without saying whose it is ("that the recording ... be deleted").
# Recorded images and sound of a person (asked to be deleted without "my": "delete the selfie images").
_MEDIA = r"(?:images?|photos?|photographs?|videos?|recordings?|footage|selfies?|scans?)"
_ERASABLE = (
    rf"(?:personal (?:data|details|information)|data|information|details|{_MEDIA}|"
    r"cop(?:y|ies)|address(?:es)?|(?:telephone |phone |mobile |landline )?numbers?|names?|profiles?|date of birth|e-?mail address(?:es)?)"
)
# "the personal data relating to me", "any data held about him", "the personal data Conexus holds about him"
_DATA_ABOUT_OWNER = (
    r"\b(?:personal )?(?:data|information|details)\s+(?:(?:\w+\s+)?(?:held|holds|hold|kept|keeps|stored|recorded|processed)\s+)?"
    r"(?:relating to|concerning|about|regarding|in respect of|on|of)\s+(?:me|us|him|her|them|my client|our client|the customer)\b"
)
_WHAT_YOU_HOLD = (
    r"\b(?:what|everything|anything|all(?: the)?|whatever)\s+(?:(?:personal )?(?:data|info|information|informations|details|documents) )?"
    r"(?:that )?(?:you|u|you've|you have|your (?:company|firm|people|system|systems))\s+(?:\w+\s+)?"
    r"(?:have|hold|holds|keep|keeps|got|store|stores|know|has)\b(?:\s+got)?(?:\s+\w+){0,3}?\s+(?:on|about|for|of)\s+(?:me|us|her|him|them|my|our)\b"
)
_REQUEST = (
    r"(?:\bplease\b|\bpls\b|\bplz\b|\bkindly\b|\b(?:can|could|would|will) (?:you|u|someone|somebody)\b|"
    r"\b(?:i|we|she|he|they|our client|my client|mrs?\.? \w+|ms\.? \w+)\s+(?:\w+\s+)?(?:want|wants|would like|'d like|need|needs|wish|wishes|ask|asks|request|requests|require|requires|expect|am asking|are asking|has asked|have asked|had asked)\b|"
    r"\b(?:i'd|we'd|id) like\b|\b(?:i|we|she|he|they|mrs?\.? \w+|ms\.? \w+) (?:don'?t|do not|dont|does not|doesn'?t) (?:agree|consent)\b|\bobjects? to\b|\b(?:i|we) want\b|\bmake sure\b|\b(?:i|we) (?:don'?t|do not|am not|dont) want\b|\b(?:i'd|i would|we'd) rather\b|"
    r"\bi (?:am )?not want\b|\bi want that\b|\bonly use\b|\b(?:is it possible|it is possible)\b|\bask(?:ed)? (?:you )?(?:that|to)\b|"
    r"\b(?:i|we) (?:should|would) (?:also |further )?like\b|\b(?:be|am|are) (?:most |very |also )?grateful if (?:you|u) (?:would|could|will|can)\b|\bappreciate (?:it )?if (?:you|u) (?:would|could|will|can)\b)"
)
_NEGATED_IMPERATIVE = r"(?:^|[,:;]\s*)(?:and |so |but )?(?:please )?(?:don'?t|do not|never)\s+(?!know|think|understand|worry|mind)\w+"
_WH_QUESTION_START = re.compile(r"^\W*(?:who|what|where|why|how|which|do you|did you|does|is it|are you|have you|can i|could i)\b", re.IGNORECASE)
_IMPERATIVE_START = r"^\W*(?:\(?[a-z0-9]\)\s*|-\s*|\*\s*|\d+[.)]\s*)?(?:(?:until|till|while|whilst|pending|in the meantime|meanwhile|once|when|before|after)\b[^,.!?]{0,80},\s*)?(?:and |also |then |so |just |now |but )?(?:please )?(?:delete|remove|erase|wipe|take|get|change|correct|fix|update|amend|send|stop|don'?t|do not|hide|put|tell|explain|give|transfer|move)\b"


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


REQUEST = re.compile(f"{_REQUEST}|{_IMPERATIVE_START}|{_NEGATED_IMPERATIVE}", re.IGNORECASE)
DATUM_OF_OWNER = re.compile(_DATUM_OF_OWNER, re.IGNORECASE)
WHAT_YOU_HOLD = re.compile(_WHAT_YOU_HOLD, re.IGNORECASE)

ERASURE = _rx(
    rf"\b(?:delete|deletes|deleted|erase|erases|erased|remove|removes|removed|wipe|wiped|destroy|destroys|destroyed|purge)\s+(?:(?:all|any|every|of|the|both|these|those)\s+)*{_DATUM_OF_OWNER}",
    rf"\b(?:delete|erase|remove|wipe)\s+(?:the|any|all|both)\s+(?:old\s+|other\s+)?{_FIELD}s?\b.{{0,20}}\b(?:you'?ve got|you have|you hold|you keep|on file|on there|on your (?:system|records?|file))\b",
    rf"\b(?:that|this|the old|my old|her old|his old) {_FIELD}s? (?:is |are |be |gets? )?(?:deleted|removed|erased|wiped)\b",
    r"\b(?:it|them) (?:taken|removed|deleted|wiped|erased) (?:off|from) (?:my|your|the|her|his|our) (?:file|system|systems|records?|account|database)\b",
    r"\b(?:all|every(?: last)? bit|the lot) of (?:it|them) (?:to be )?(?:deleted|erased|removed|wiped)\b",
    rf"{_DATUM_OF_OWNER}.{{0,40}}\b(?:deleted|erased|removed|wiped|destroyed|taken off|purged)\b",
    rf"\b(?:take|get|have)\s+{_DATUM_OF_OWNER}\s+(?:\w+\s+){{0,3}}?(?:off|out of|removed from|deleted from)\b",
    r"\b(?:take|get|wipe|delete|remove|erase)\s+(?:it|them|that|this|those|these)\s+(?:\w+\s+){0,2}?(?:off|from)\s+(?:my|her|his|our|your|the)\s+(?:system|systems|file|files|records?|database|account|list|lists)\b",
    rf"\b(?:delete|erase|remove|wipe|destroy|get rid of)\b.{{0,40}}{_WHAT_YOU_HOLD}",
    r"\b(?:delete|erase|remove|wipe)\s+(?:that|this|the|it)\s+(?:one|number|address|email|old \w+)\b",
    r"\b(?:don'?t|do not|not) (?:want|wish) (?:to be|my \w+ to be|it to be|them to be) (?:kept|held|stored|retained) (?:on|in) (?:file|record|your records|your system)\b",
    r"\b(?:forget|forgotten) (?:me|about me)\b",
    # formal letters: data named by what it is about, or a request that something personal "be deleted"
    rf"\b(?:delete|erase|remove|wipe|destroy|purge)\b.{{0,40}}{_DATA_ABOUT_OWNER}",
    rf"{_DATA_ABOUT_OWNER}.{{0,80}}\b(?:be|is|are|being) (?:deleted|erased|removed|destroyed|purged|wiped)\b",
    rf"\b(?:ask|asks|request|requests|require|requires|instruct|instructs)\s+(?:that|for)\b.{{0,140}}?\b{_ERASABLE}\b.{{0,140}}?\b(?:be|is|are) (?:deleted|erased|removed|destroyed|purged|wiped)\b",
    rf"\b(?:delete|erase|remove|wipe)\s+(?:the|any|all|both)\s+(?:\w+\s+){{0,2}}?{_FIELD}s?\b.{{0,40}}\b(?:from|off) (?:the|my|her|his|our|your|its|their) (?:account|records?|file|system|systems|database|profile|details)\b",
    rf"\b(?:delete|erase|destroy|remove)\s+(?:the|any|all|those|these)\s+(?:\w+\s+){{0,2}}?{_MEDIA}\b",
    r"\b(?:delete|erase|remove|destroy)\b.{0,60}\b(?:the|any|all) personal (?:data|details|information)\b",
)
RECTIFICATION = _rx(
    rf"\b(?:correct|change|update|amend|fix|rectify|put right|sort out|get right)\b.{{0,40}}{_DATUM_OF_OWNER}",
    rf"{_DATUM_OF_OWNER}.{{0,50}}\b(?:corrected|changed|updated|amended|fixed|put right)\b",
    rf"\b{_FIELD}\b.{{0,80}}\b(?:wrong|incorrect|inaccurate|not correct|misspelt|misspelled|spelt wrong|spelled wrong|out of date|out by one|not mine)\b.{{0,80}}\b(?:change|correct|fix|update|amend) (?:it|them|that|this)\b",
    rf"\b(?:wrong|incorrect|inaccurate|misspelt|misspelled|not my)\b.{{0,40}}\b{_FIELD}\b.{{0,80}}\b(?:change|correct|fix|update|amend) (?:it|them|that|this)\b",
    rf"\b(?:change|correct|fix|update|amend) (?:it|them|that|this)\b.{{0,40}}\b(?:wrong|incorrect|misspelt|not my)\b.{{0,20}}\b{_FIELD}\b",
    r"\bget it right on (?:your|the) (?:system|records?|file)\b",
    r"\b(?:remove|take off) the (?:wrong|incorrect|deceased|false) (?:\w+ )?(?:marker|flag|match|entry|note)\b",
    r"\b(?:use|only use) (?:this|the new|my new) (?:one|number|address|email)(?: instead)?\b",
    rf"\b(?:amend|correct|update|change|rectify)\s+(?:your|the|its|our)\s+(?:records?|system|systems|file|files|database|details)\s+(?:so that|so they|so it|to show|to reflect|to read|to record)\b.{{0,100}}\b(?:{_FIELD}|employ\w*|reads?)\b",
    rf"\breplace\s+(?:the|my|her|his|our|their)\s+(?:\w+\s+)?{_FIELD}\b.{{0,60}}\bwith\b",
)
ACCESS = _rx(
    r"\b(?:a |full |complete )?cop(?:y|ies) of (?:all |any |the |everything |whatever |what )?(?:the )?(?:personal )?(?:data|information|info|details|documents|records?|notes|file|letters|recordings?|everything|what you)\b",
    rf"\b(?:send|give|show|post|email|e-mail|provide|let me (?:see|have))\b.{{0,40}}{_WHAT_YOU_HOLD}",
    rf"\b(?:see|know|have|get)\s+{_WHAT_YOU_HOLD}",
    r"\bwhat (?:\w+ )?(?:data|information|info|details|personal data)? ?(?:have|do|does) (?:you|u|your \w+) (?:actually )?(?:got|have|hold|keep|store)(?: got)? (?:on|about) (?:me|us|her|him)\b",
    r"\b(?:see|have|get|read)\b.{0,20}\b(?:notes|records?|file|information|data|details)\b.{0,40}\b(?:written|recorded|kept|held|hold|have|made) (?:about|on) (?:me|her|him|us)\b",
    r"\b(?:send|copy|copies|get|have|hear|listen to|want|like|provide|need|request)\b.{0,30}\brecordings? of (?:my|the|our|that|those|all|her|his) (?:\w+ )?(?:phone )?(?:calls?|conversations?)\b",
    r"\b(?:recordings?|transcripts?) (?:of|from) (?:my|her|his|our) (?:\w+ )?calls?\b",
    r"\bsend me my (?:answers|score|file|notes|data|details|records?)\b",
    r"\bcop(?:y|ies) of (?:the |any |all |my |her |his |our )?(?:\w+[- ]){0,3}?(?:transcripts?|footage|audio|recordings?|call logs?|chat logs?)\b",
)
INFORMED = _rx(
    rf"\b(?:who|which (?:firms?|companies|company|people|organisations?))\b(?:\s+\w+){{0,4}}\s+(?:seen|see|access(?:ed)?|looked at|had sight|shared|given|passed|sold|sent|viewed|received)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\b(?:them|those|these)\b)",
    rf"(?:{_DATUM_OF_OWNER}).{{0,40}}\b(?:who|which (?:firms?|companies|people))\b(?:\s+\w+){{0,4}}\s+(?:seen|see|access(?:ed)?|looked at|shared|given|passed|sold|sent|viewed|received)\b",
    r"\b(?:where|how) (?:did|do|have|has|had|are|were) (?:you|u|they|your \w+)\s+(?:\w+\s+)?(?:get|got|find|found|obtain|obtained|get hold of|have|getting|source)\b",
    r"\bhow (?:have|has|did|do) you (?:got|get|have|come to have)\b",
    rf"\bhow (?:you|u) (?:have|got|get|found|obtained) {_DATUM_OF_OWNER}",
    rf"\bwhy (?:do|are|have|is|did) (?:you|u|your \w+|my name|my details)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\bon your (?:system|records?|file|database)\b|\busing (?:it|them)\b)",
    rf"\bwhat (?:are|do|will|is) (?:you|u|your \w+)\s+(?:\w+\s+)?(?:do|doing|use|using|done)\b.{{0,20}}(?:with )?{_DATUM_OF_OWNER}",
    rf"\bwhat (?:are|do) you (?:use|using) {_DATUM_OF_OWNER} for\b",
    rf"\bdo you (?:sell|share|pass|give|send|buy|use)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\binformation\b|\bdata\b|\bdetails\b)",
    r"\b(?:lawful|legal) basis\b", r"\blegitimate interests?\b.{0,80}\?",
    r"\bhow long (?:will|do|are) you (?:going to )?(?:keep|retain|hold|store)\b",
    r"\bwho gave you\b", r"\bwhat (?:information|data|details|info) (?:did )?\w+ (?:gave|give|sent|send|passed|pass) (?:to )?you\b",
    rf"\b(?:explain|tell me|tell us|let me know|explanation of)\b.{{0,30}}\b(?:where|how|why|what|who)\b.{{0,30}}\b(?:got|get|obtained|using|use|used|shared|seen|saw|came from|come from|recorded|processed)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\b(?:about me|on me|it from)\b)",
    rf"(?:{_DATUM_OF_OWNER}).{{0,60}}\b(?:explain|tell me|tell us|let me know)\b.{{0,30}}\b(?:where|how|why|who)\b.{{0,30}}\b(?:got|get|obtained|using|use|used|shared|seen|came from|come from)\b",
    r"\b(?:automatic|automated) (?:scoring|decision|decisions|profiling|assessment)\b.{0,40}\?",
    r"\bis (?:it|the plan|this|that) (?:decided|done|made) by (?:a|the) (?:computer|system|app|machine|person)\b",
    r"\bwas (?:that|this|it) decided by a (?:person|computer|human)\b",
    r"\bsource (?:of|from which)\s+(?:(?:my|his|her|their|our|the|this|that|your|these|those)\s+)?(?:\w+\s+)?(?:personal data|data|details|information|name|address|number|list|records?)\b",
    r"\bwhether\b.{0,60}\b(?:data|information|details|name|address|records?|match|marker)\b.{0,40}\b(?:disclosed|shared|passed on|passed|communicated|provided|sold|transferred|made available|given)\b.{0,20}\b(?:to|with)\b",
    r"\b(?:who|which (?:\w+ ){0,2}(?:users?|staff|people|persons|firms?|organisations?|parties|participants|categories of \w+))\b.{0,50}\b(?:(?:is|are) able to (?:see|view|access)|can (?:see|view|access)|(?:has|have) access to)\b"
    r".{0,40}\b(?:information|data|details|name|address)\b",
)
OBJECTION = _rx(
    r"\b(?:don'?t|do not|dont|not|never|no longer|stop|no more|am not want)\b.{0,60}\b(?:marketing|adverts?|advertising|advertisement|offers|promotions?|promotional|newsletters?|surveys?|research|profiling|case stud(?:y|ies)|brochures?|sales calls|mailshots?|partners?' offers)\b",
    r"\b(?:marketing|newsletters?|surveys?|research panel|mailing list|marketing list|promotions?)\b.{0,40}\b(?:stopped|stop|off|no more|unsubscribe)\b",
    r"\btake me off (?:your|the|all) (?:\w+ ){0,2}(?:list|lists|panel|database|mailing)\b",
    r"\b(?:unsubscribe|opt (?:me )?out|opt-out)\b",
    rf"\b(?:don'?t|do not|dont|not|never)\b.{{0,30}}\b(?:want|agree|consent)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\bme\b|\bmy \w+\b).{{0,30}}\b(?:shared|sold|passed on|passed|given|sent|used|using)\b.{{0,40}}\b(?:anyone|other (?:firms|companies|company)|partners?|third parties|third-party|for (?:adverts|marketing|offers|anything else|that sort|research|surveys))\b",
    rf"\b(?:don'?t|do not|dont|not|stop)\b.{{0,20}}\b(?:share|sharing|sell|selling|pass|passing|use|using)\b.{{0,20}}{_DATUM_OF_OWNER}.{{0,40}}\b(?:anyone|other (?:firms|companies)|partners?|third parties|marketing|adverts|offers|reports|research|surveys|for sale|sold)\b",
    r"\bobjects? to\b.{0,60}\b(?:data|details|information|processing|marketing|profiling)\b",
    r"\b(?:left|leave) (?:me |my \w+ )?out of (?:future|your|any)\b",
    r"\bobjects? to\b.{0,40}\buse of (?:my|her|his|our|their|the customer's|the client's)\b",
    r"\bobjects? to\b.{0,60}\b(?:my|her|his|our|their)\s+(?:\w+\s+){0,4}?being\s+(?:\w+\s+(?:or|and)\s+)?(?:used|retained|kept|processed|shared|recorded|analysed|profiled)\b",
)
RESTRICTION = _rx(
    r"\b(?:until|till|til|while|whilst|pending|in the meantime|meantime)\b.{0,100}(?:\b(?:don'?t|do not|dont|stop|not|no|hold|freeze|hide|suspend|refrain from|cease|ceases|nobody|no one)|n't)\b.{0,40}\b(?:use|using|used|share|sharing|shared|send|sending|pass|passing|passed|report|reporting|reported|show|showing|shown|disclose|disclosing|display|displaying|displayed|visible|process|processing|relies on|rely on|sees|see|retain|retaining|do anything with|doing anything with|sent)\b",
    r"\b(?:until|till|til|while|whilst|pending|in the meantime|meantime)\b.{0,100}\b(?:put (?:it|them|this|that|my \w+) on hold|on hold)\b",
    r"\b(?:limit|limits|restrict|restricts) (?:its|your|the) use of\b",
    r"\b(?:don'?t|do not|dont|stop|not to|no one to)\b.{0,20}\b(?:use|using|share|sharing|send|sending|pass|passing|report|reporting|show|showing|disclose|disclosing|display|displaying|process|processing)\b.{0,80}\b(?:until|till|til|while|whilst|pending|in the meantime|meantime)\b",
    rf"\b(?:hide|hidden|freeze|frozen|put a stop on|put a hold on)\b.{{0,40}}(?:{_DATUM_OF_OWNER}|\b(?:it|them)\b).{{0,40}}\b(?:from|while|until|till|pending)\b",
    r"\bhold (?:it|them|my \w+) (?:where (?:it|they) (?:is|are)|as (?:it|they) (?:is|are))\b",
    r"\b(?:not|don'?t|do not) (?:let|allow) (?:my|her|his|our) (?:name|details|data|information|info)\b(?:\s+\w+){0,3}?\s+(?:be )?(?:used|shown|shared)\b",
    r"\bnothing (?:used|shared|passed on) (?:to|for|until|while)\b",
    r"\bprocessing\b.{0,80}\b(?:be |is |are |being )?(?:restricted|suspended|limited|frozen|paused|halted)\b",
    r"\b(?:be|is|are|being) (?:restricted|hidden) (?:so that|from|until|pending|while)\b",
    r"\b(?:until|till|pending|while|whilst)\b.{0,100}\b(?:be|is|are|being|kept) (?:excluded|withheld|restricted|hidden)\b",
    r"\b(?:be|is|are|being) (?:excluded|withheld)\b.{0,100}\b(?:until|till|pending|while|whilst)\b",
)
PORTABILITY = _rx(
    rf"(?:{_DATUM_OF_OWNER}|\b(?:data|information|info|details)\b).{{0,80}}\b(?:csv|spreadsheet|excel|machine[- ]readable|json|xml|digital format|electronic format|structured format|commonly used format)\b",
    rf"\b(?:csv|spreadsheet|excel|machine[- ]readable|json|xml|digital format|electronic format|structured format|commonly used format)\b.{{0,60}}(?:{_DATUM_OF_OWNER}|\b(?:my|our|her|his) (?:data|information|info|details)\b)",
    r"\b(?:in|as) a file (?:that |which )?(?:we|they|i|it) can (?:load|upload|import|use)\b",
    r"\b(?:send|transfer|move|pass|give)\b.{0,60}\b(?:data|details|documents|records?|results|history|file)\b.{0,40}\b(?:directly )?to (?:my |our |the |her |his )?(?:new|another|other)\b",
    r"\b(?:send|transfer|move|pass)\b.{0,30}\b(?:directly|straight) to (?:them|my new|the new|another)\b",
    r"\bfile (?:they|we|i) can (?:load|upload|import)\b",
)
AUTOMATED_WHO = re.compile(
    r"\b(?:human(?: being)?|a person|real (?:person|people)|actual person|member of (?:staff|your team)|someone|somebody|a real|staff|people)\b.{0,40}\b(?:look|looks|looking|review|reviews|reviewing|check|checks|decide|decides|deciding|handle|handles|made the decision|make the decision|making the decision|reconsider|assess|consider)\b"
    r"|\b(?:review|check|look at)\b.{0,30}\bby (?:a )?(?:human|person|member of staff)\b"
    r"|\bhuman (?:intervention|review)\b|\bnot (?:the |a )?(?:computer|system|app|machine|algorithm)\b",
    re.IGNORECASE,
)
AUTOMATED_CONTEXT = re.compile(
    r"\b(?:automat\w*|computer|algorithm\w*|your system|the system|ur system|the app|your app|online (?:form|check|assessment|application|test)|"
    r"within (?:minutes|seconds|\d+ minutes)|in seconds|no (?:one|person|human|body) (?:looked|checked|reviewed)|nobody (?:looked|checked|reviewed)|"
    r"scor(?:e|ed|ing)|machine|article 22|decided by)\b",
    re.IGNORECASE,
)

# Restriction is about the writer's data or its reporting, not about contact ("hold off while I sort myself out").
RESTRICTION_OBJECT = re.compile(
    rf"{_DATUM_OF_OWNER}|\b(?:credit reference|credit agenc\w*|credit file|experian|equifax|transunion|the account|this account|the balance|this balance|the default)\b"
    r"|\b(?:use|using|share|sharing|pass|passing|show|showing|disclose|disclosing|hide) (?:it|them)\b|\bprocessing\b",
    re.IGNORECASE,
)

# "Change it" / "delete them" name no datum; they count when the message says which datum is wrong or held.
RECTIFY_PRONOUN = re.compile(r"\b(?:change|correct|fix|update|amend|put right|get right) (?:it|them|that|this)\b|\bget it right\b", re.IGNORECASE)
WRONG_FIELD = re.compile(
    rf"\b(?:wrong|incorrect|inaccurate|misspelt|misspelled|not my|isn'?t my|out of date)\b.{{0,30}}\b{_FIELD}\b"
    rf"|\b{_FIELD}\b.{{0,50}}\b(?:wrong|wrongly|incorrect|inaccurate|misspelt|misspelled|out by|out of date|is not mine|isn'?t mine)\b"
    rf"|\bspelt (?:my|her|his|the) {_FIELD} wrong\b|\b(?:my|her|his) (?:name|surname|title) is \w+(?:[- ]\w+)?,? not\b",
    re.IGNORECASE,
)
ERASE_PRONOUN = re.compile(r"(?<!not )(?<!n't )(?<!never )\b(?:delete|erase|remove|wipe|destroy) (?:it|them|everything|all of it)\b", re.IGNORECASE)
# ... and only when the message says the firm holds the writer's data (not "remove it [the fee]").
HELD_ON_FILE = re.compile(
    rf"{_WHAT_YOU_HOLD}|\b(?:on file|on your (?:system|systems|records?|file|database)|you (?:still )?(?:have|hold|keep|store) (?:my|her|his|our))\b",
    re.IGNORECASE,
)

# Look-alikes of a frame, by right: the sentence has the frame's words but asks for something else.
_ERASE_VERBS = r"(?:delete|deletes|deleted|deleting|erase|erases|erased|erasing|remove|removes|removed|removing|wipe|wiped|wiping|destroy|destroyed|destroying|purge|purged)"
_ERASE_VERB = re.compile(rf"\b{_ERASE_VERBS}\b", re.IGNORECASE)
# "PEXA does not delete my records while ...", "please don't delete my file": asks to keep, not to erase.
_NEGATED_ERASE_VERB = re.compile(rf"(?:\bnot|n't|\bdont|\bnever|\bwithout|\bno need to)\s+(?:\w+\s+)?{_ERASE_VERBS}\b", re.IGNORECASE)
# "remove the old number and put my correct mobile", "replace my mobile with ...": a correction.
_REPLACEMENT = re.compile(
    rf"\b(?:{_ERASE_VERBS}|take)\b.{{0,60}}?\b(?:and|then)\s+(?:\w+\s+)?(?:put|add|use|replace|insert|enter|record|change|update|correct|swap)\b"
    r"|\breplace\b.{0,60}\bwith\b",
    re.IGNORECASE,
)
# "please delete my last email, I sent it too soon": the message, not an e-mail address.
_MESSAGE_ERASED = re.compile(
    r"\b(?:delete|ignore|disregard|erase|remove)\s+(?:my|the|that|this|our)\s+(?:last|previous|earlier|latest|first|other|second|original)\s+(?:e-?mails?|messages?)\b",
    re.IGNORECASE,
)
# "correct the balance on my account": money, not personal data (unless a data field is said to be wrong).
_MONEY_FIX = re.compile(
    r"\b(?:correct|change|update|amend|fix|sort out|put right|adjust)\s+(?:the|my|this|that|our)\s+(?:\w+\s+)?(?:balance|fees?|charges?|amount|payments?|bill|invoice|interest|arrears)\b",
    re.IGNORECASE,
)


def _looks_alike(right: str, sentence: str) -> bool:
    """Whether a sentence that matches `right`'s frame asks for something else (the look-alikes above)."""
    if right == "erasure":
        verbs = len(_ERASE_VERB.findall(sentence))
        return ((verbs > 0 and len(_NEGATED_ERASE_VERB.findall(sentence)) >= verbs)
                or bool(_REPLACEMENT.search(sentence)) or bool(_MESSAGE_ERASED.search(sentence)))
    if right == "rectification":
        return bool(_MONEY_FIX.search(sentence)) and not WRONG_FIELD.search(sentence)
    return False


_PATTERNS: dict[str, re.Pattern[str]] = {
    "access": ACCESS, "rectification": RECTIFICATION, "erasure": ERASURE, "restriction": RESTRICTION,
    "portability": PORTABILITY, "objection": OBJECTION, "informed": INFORMED,
}
# A question asks by itself: informed and access are often asked as questions without "please".
_ASKED_AS_QUESTION = frozenset({"informed", "access"})

_LIST_ITEM = re.compile(r"^\W*(?:\(?[a-z0-9]\)|\d+[.)]|-|\*|•)\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|;\s+|\s+-\s+(?=[a-z])", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Clauses small enough that a request, an action and an object in one of them belong together."""
    return [text[start:end].strip() for start, end in _sentence_spans(text)]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where the `sentences` are: the pieces `_SENTENCE_END.split` gives that hold more than spaces."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# Sentences that tell the reader about rights (privacy notices, disclaimers, guidance) ask for nothing.
RIGHTS_DESCRIBED = re.compile(
    r"\byou (?:have|also have) (?:the|a) right\b|\byou (?:may|can|are entitled to) (?:also )?(?:ask|request|object|exercise)\b|\byour (?:data protection )?rights\b|\bright to complain\b",
    re.IGNORECASE,
)


# Most sentences ask for nothing and name no right, and the patterns are the costly part. So each pattern is
# searched alternative by alternative, and only the alternatives whose needed words the sentence holds
# (`pattern_words.WordGate`, words read off the patterns); a sentence that holds no word any frame needs
# is passed over. `find_frames(..., gated=False)` searches every pattern whole; a test checks both agree.
_REQUEST_GATE = WordGate(REQUEST)
_DESCRIBED_GATE = WordGate(RIGHTS_DESCRIBED)
_RIGHT_GATES = {right: WordGate(pattern) for right, pattern in _PATTERNS.items()}
_RECTIFY_PRONOUN_GATE = WordGate(RECTIFY_PRONOUN)
_ERASE_PRONOUN_GATE = WordGate(ERASE_PRONOUN)
_RESTRICTION_OBJECT_GATE = WordGate(RESTRICTION_OBJECT)
_AUTOMATED_WHO_GATE = WordGate(AUTOMATED_WHO)
_FRAME_GATES = (*_RIGHT_GATES.values(), _RECTIFY_PRONOUN_GATE, _ERASE_PRONOUN_GATE, _AUTOMATED_WHO_GATE)
_FRAME_WORDS = frozenset().union(*(gate.index_words for gate in _FRAME_GATES))
# A gate that needs no word (a pattern the reader cannot follow) could match in any sentence: then
# no sentence is passed over (test_rights_frames.py checks that today none is such).
_FRAMES_NEED_WORDS = not any(gate.always for gate in _FRAME_GATES)


def _may_hold_a_frame(words: frozenset[str] | None) -> bool:
    # (a quick test: the gates say more precisely which alternatives may match, when they are searched)
    return words is None or not _FRAMES_NEED_WORDS or not _FRAME_WORDS.isdisjoint(words)


def _is_request(sentence: str, words: frozenset[str] | None = None) -> bool:
    return _REQUEST_GATE.search(sentence, words) and not _DESCRIBED_GATE.search(sentence, words)


class _MessageContext:
    """Whole-message facts some frames need, computed once and only when a sentence asks for them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, bool] = {}

    def has(self, pattern: re.Pattern[str]) -> bool:
        if pattern.pattern not in self._cache:
            self._cache[pattern.pattern] = bool(pattern.search(self.text))
        return self._cache[pattern.pattern]


def find_frames(text: str, gated: bool = True) -> dict[str, str]:
    """{right: the sentence that asks for it} for every right asked for as a request frame."""
    found: dict[str, str] = {}
    context = _MessageContext(text)
    list_asked = False  # items listed under "... would like:" are asked for by that line
    # the words of every sentence, from one pass over the text (`text_words` of each, same offsets)
    spaced = space_non_words(fold_case(text)) if gated else ""
    for start, end in _sentence_spans(text):
        sentence = text[start:end].strip()
        words = frozenset(spaced[start:end].split()) if gated else None
        if not _may_hold_a_frame(words) and not sentence.rstrip().endswith(":"):
            # No right can be found in this sentence; only the list state needs it.
            if not _LIST_ITEM.match(sentence):
                list_asked = False
            continue
        asked = _is_request(sentence, words) or (list_asked and _LIST_ITEM.match(sentence) is not None)
        question = (sentence.rstrip().endswith("?") or bool(_WH_QUESTION_START.match(sentence))) and not _DESCRIBED_GATE.search(sentence, words)
        if sentence.rstrip().endswith(":"):
            list_asked = asked
        elif not _LIST_ITEM.match(sentence):
            list_asked = False
        if not (asked or question):
            continue
        if asked and "rectification" not in found and _RECTIFY_PRONOUN_GATE.search(sentence, words) and context.has(WRONG_FIELD):
            found["rectification"] = sentence[:200]
        if (asked and "erasure" not in found and _ERASE_PRONOUN_GATE.search(sentence, words) and context.has(HELD_ON_FILE)
                and not _looks_alike("erasure", sentence)):
            found["erasure"] = sentence[:200]
        for right, gate in _RIGHT_GATES.items():
            if right in found or not (asked or right in _ASKED_AS_QUESTION):
                continue
            if (gate.search(sentence, words) and (right != "restriction" or _RESTRICTION_OBJECT_GATE.search(sentence, words))
                    and not _looks_alike(right, sentence)):
                found[right] = sentence[:200]
        if "automated_decision" not in found and _AUTOMATED_WHO_GATE.search(sentence, words) and context.has(AUTOMATED_CONTEXT):
            found["automated_decision"] = sentence[:200]
    return found


# Any first person: a person writing for themselves (I, my) or for a firm or client (we, our client).
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|our|ours|us|ourselves)\b", re.I)
# Text that explains rights to a generic reader: guidance, an FAQ, a rights leaflet.
_GUIDANCE_VOICE = re.compile(
    r"\byou (can|could|may|might|should|also have|have (the|a) right|are entitled)\b|"
    r"\b(allows?|enables?|guarantees?|gives?|entitles?) you\b|"
    r"\b(organi[sz]ations?|compan(y|ies)|(data )?controllers?|firms?|businesses)( \w+)? (must|needs? to|has to|have to|only needs? to|may only|should)\b|"
    r"\bknown as (the|a) ['‘\"]?right\b|\b(is|are) (defined|laid down|set out) in\b",
    re.I,
)


# Asking in any person, also relayed ("the customer wants", "she has asked", "my file needs correcting"): the
# request patterns are written for the writer's own asks, and a relayed ask must never read as asking nothing.
_ASKS = re.compile(
    r"\b(wants?|wanted|would like|wish(es)? to|is asking|are asking|has asked|have asked|had asked|asked (for|us|you|that|to)|"
    r"asks|requests?|requested|requesting|needs?|required?|instruct(s|ed)?|expects?|demands?)\b",
    re.I,
)


def _asks(sentence: str) -> bool:
    """A request, a question, or an ask word in any person."""
    return bool(_is_request(sentence) or sentence.rstrip().endswith("?") or _ASKS.search(sentence))


def named_without_asking(text: str, rights: dict[str, str]) -> frozenset[str]:
    """The rights of `rights` the text names without asking the firm for anything (the guide: a right counts
    when the writer asks the firm to act on it). Either no sentence asks (none is a request, none a question:
    "I rang on Tuesday to update my phone number", "Just to confirm I received the copy of my data"), or the
    text is guidance: no first person at all, it explains rights to a generic "you" ("you can ask an
    organisation to delete ...", "the right to rectification guarantees you ...") and its questions are the
    reader's ("How do you ask for your data to be deleted?"), with no request. A relayed request ("the
    customer wants her data deleted") asks, a solicitor's "our client" has first person: neither is touched."""
    if not rights:
        return frozenset()
    parts = sentences(text)
    if any(_is_request(sentence) for sentence in parts):
        return frozenset()
    if not any(_asks(sentence) for sentence in parts):
        return frozenset(rights)
    guidance = not _FIRST_PERSON.search(text) and bool(_GUIDANCE_VOICE.search(text) or RIGHTS_DESCRIBED.search(text))
    return frozenset(rights) if guidance else frozenset()


# Whole sentences or lines; the rights sentence heads score the same pieces (`compiled.rights_sentences`).
WHOLE_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# A confidentiality footer's "please delete it and tell the sender" asks nothing of the firm.
_FOOTER = re.compile(
    r"\b(?:received (?:it|this|this (?:e-?mail|message|communication)) (?:in error|by mistake)|(?:not|n't) the intended recipient"
    r"|intended (?:only |solely )?for the (?:named )?(?:recipient|addressee)|(?:notify|tell|inform|contact) the sender)\b",
    re.IGNORECASE,
)
# The name of a right, as guidance, footers and descriptions use it ("the right to erasure", "Article 15").
_RIGHT_NAME = re.compile(
    r"\bright (?:to|of)\b|\bart(?:icle)?s?\.? ?\d+|\b(?:rectification|erasure|portability|restriction|objection)\b"
    r"|\b(?:subject access|sar|dsar)\b|\bautomated (?:decision|processing|individual)|\bto be forgotten\b",
    re.IGNORECASE,
)
# "I have attached a spreadsheet listing ...": a file the writer sends, not data asked for in a format.
_ATTACHED = re.compile(r"\b(?:attached|attaching|attach|enclosed|enclosing|enclose|attachment)\b", re.IGNORECASE)


def _whole_sentence_at(text: str, index: int) -> str:
    start = 0
    for m in WHOLE_SENTENCE.finditer(text):
        if m.start() >= index:
            return text[start : m.start()]
        start = m.end()
    return text[start:]


def named_not_asked(text: str, rights: dict[str, str]) -> frozenset[str]:
    """The rights of `rights` whose evidence only names the right in a sentence that asks for nothing ("the
    module explains the right to erasure"), or lies in a confidentiality footer ("if you received it in error
    please delete it and tell the sender"), or, for portability, in a sentence about a file the writer attached.
    A right the request frames find in a sentence that asks (not a footer) is asked for, and is kept; evidence in
    the writer's own words ("my maiden name ... I was told it was fixed") is left to the rules."""
    if not rights:
        return frozenset()
    framed = find_frames(text)
    out: set[str] = set()
    for right, phrase in rights.items():
        if right in framed and not _FOOTER.search(framed[right]):
            continue
        at = text.find(phrase) if phrase else -1
        if at < 0:
            continue
        sentence = _whole_sentence_at(text, at)
        if ((not _asks(sentence) and _RIGHT_NAME.search(phrase)) or _FOOTER.search(sentence)
                or (right == "portability" and _ATTACHED.search(sentence))):
            out.add(right)
    return frozenset(out)


def copy_is_portability(text: str, rights: dict[str, str]) -> frozenset[str]:
    """{"access"} when the rules found access and portability and every sentence that asks for access asks for
    portability too ("send me my data as a CSV"): the guide reads a copy in a machine-readable format as
    portability, and access only when a copy is asked for on its own ("a copy of everything you hold, and
    my transactions as a CSV")."""
    if "access" not in rights or "portability" not in rights:
        return frozenset()
    for sentence in WHOLE_SENTENCE.split(text):  # whole sentences: "my data - details, workspaces - as a CSV" is one ask
        found = find_rights(sentence)
        if "access" in found and "portability" not in found:
            return frozenset()
    return frozenset({"access"})


def rights_needing_the_head(text: str, rights: dict[str, str]) -> frozenset[str]:
    """The rights of `rights` (the rules' finds in `text`) that count only when the learned head finds them too:
    named without asking (`named_without_asking`, `named_not_asked`) or access asked only as a machine-readable
    copy (`copy_is_portability`)."""
    if not rights:
        return frozenset()
    return named_without_asking(text, rights) | named_not_asked(text, rights) | copy_is_portability(text, rights)


def find_rights(text: str) -> dict[str, str]:
    """Rights asked for in the text: the phrase lexicon (`cues.find_rights`) first, then the request frames
    for everyday wordings the lexicon does not list."""
    return merge(cues.find_rights(text), find_frames(text).items())


def merge(rights: dict[str, str], frames: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The lexicon's rights, plus every right only a frame found (the lexicon's evidence wins)."""
    out = dict(rights)
    for right, sentence in frames:
        out.setdefault(right, sentence)
    return out
