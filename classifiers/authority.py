"""Third-party complaints: who is writing on whose behalf, and whether their authority came with it.

PEXA policy §9 accepts complaints from third parties on behalf of customers, but "third party
complaints must include the name and contact details of the customer who has authorised the third
party complaint". Conexus hears from relatives, money advisers, solicitors and MPs' offices. This
module reads one message and says:

* `third_party`: the message is written on someone else's behalf (a relative, an MP's office, a money
  or debt adviser, a solicitor, a charity or support worker, an attorney/deputy, or another person);
* `representative_kind`: ``relative | mp | debt_adviser | solicitor | charity | attorney | other`` or None;
* `authority_included`: a signed authority / letter or form of authority / power of attorney / consent
  form is attached or enclosed (by attachment name or by wording such as "her signed authority is
  attached"), OR the authorising customer's name and contact details are given together with an explicit
  statement of their consent ("Mrs Cole, 07700 900123, has given her consent for me to act");
* `authorising_name` / `authorising_contact`: the customer's name and contact (phone, e-mail or address)
  when the message gives them.

Not third party (the labelling guide §4.15): staff writing for their own firm ("on behalf of Orchard Lane
Solicitors"), a complainant who mentions their own adviser or solicitor ("my solicitor says", "our
solicitors will be in touch"), "I am writing on my own behalf", an MP the writer will copy in.

Wording that promises an authority later ("I will send the signed authority", "authority to follow",
"what authority do you need?") does not count as included. Pure text rules; no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from classifiers.counts import prf
from classifiers.cues import (
    lower as _lower,  # same length as the text, so offsets slice the original
)
from classifiers.pattern_words import (
    AlternativesGate,
    needed_strings,
    words_of,
)

__all__ = ["REPRESENTATIVE_KINDS", "AuthorityVerdict", "detect_authority", "evaluate_authority"]

MAX_SCAN_CHARS = 20000  # who writes for whom is said at the top; attachments are passed by name

REPRESENTATIVE_KINDS = ("relative", "mp", "debt_adviser", "solicitor", "charity", "attorney", "other")

_FAMILY = (r"(?:husband|wife|partner|mum|mom|mam|mother|dad|father|son|daughter|brother|sister|nan|nana|gran|granny|"
           r"grandmother|grandma|grandfather|grandad|granddad|grandpa|aunt|auntie|uncle|parents|mother-in-law|"
           r"father-in-law|stepfather|stepmother|stepdad|stepmum|niece|nephew|cousin|grandson|granddaughter|"
           r"sister-in-law|brother-in-law|son-in-law|daughter-in-law|fianc[eé]e?|elderly (?:mother|father|mum|dad|parents|aunt|uncle))")
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?"
_NAME = r"(?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?|[A-Z]\.?)"
_PERSON = rf"(?:{_TITLE}\s+(?:{_NAME}\s+){{0,2}}{_NAME}|{_NAME}\s+{_NAME}(?:\s+{_NAME})?)"

# (kind, strength, pattern) over lower-cased text; strength 2 = enough alone, 1 = needs a representing cue
_REP: list[tuple[str, int, str]] = [
    ("mp", 2, r"\b(my|our) constituents?\b|\bconstituent\b|\bmp'?s office\b|\boffice of [^\n.]{0,40}\bmp\b|\bmember of parliament\b|"
              r"\bparliamentary (assistant|caseworker|office|researcher)\b|\bcaseworker (to|for|in the office of) [^\n.]{0,40}\b(mp|msp|ms|mla)\b|"
              r"\bmember of the (scottish|welsh) parliament\b|\b(msp|mla) for\b|\bsenedd member\b"),
    ("solicitor", 2, r"\b(we|i) (previously )?(act|acted|are acting|am acting) (for|on behalf of)\b|\bwe act as (the )?(solicitors|agents|representatives) for\b|\bwe (are|have been) instructed (by|to act)\b|\b(on behalf of|acting for) our clients?\b|"
                     r"\bwe represent\b|\bsolicitors? (acting|instructed) (for|by|on behalf of)\b|\bwe are the solicitors (for|acting)\b|"
                     r"\bour client,? " + _TITLE.lower() + r" [a-z]|\bour client'?s? (instructions|authority|signed|consent)\b"),
    ("debt_adviser", 2, r"\b(i am|i'm|i work as|we are|i'm an?|as (a|an|her|his|their)) (a |an |the |her |his |their )?(\w+ )?(money|debt|financial|welfare benefits?|welfare rights) (advi[sc]er|advice worker|caseworker|case worker|support worker|coach|counsellor)\b|"
                        r"\b(money|debt) (advi[sc]er|caseworker) (at|with|from|for)\b[^\n]{0,80}\b(client|on behalf|authority|for (mr|mrs|ms|miss))|"
                        r"\b(our|my) client\b[\s\S]{0,400}\b(debt (management|relief|solution)|dmp|token payment|financial statement|breathing space|budget|write off|written off)\b|"
                        r"\b(i am|i'm) an? (\w+ )?advi[sc]er (acting for|working with|helping|supporting)\b|"
                        r"\b(stepchange|citizens advice|national debtline|payplan|christians against poverty|debt advice (charity|service|agency))\b[^\n]{0,80}\b(client|on behalf|authority|acting)\b"),
    ("charity", 2, r"\b(i am|i'm|i work as|we are|as (a|an|her|his|their)) (a |an |the |her |his |their )?(\w+ )?(support worker|key ?worker|advocate|advocacy worker|social worker|"
                   r"housing (officer|support worker)|outreach worker|care coordinator|community worker|volunteer|befriender|case ?worker)\b|"
                   r"\b(our|my) service users?\b|\b(a|the) (person|client|lady|gentleman|customer) (we|i) support\b|\bon behalf of (a|one of our) (service users?|clients we support)\b"),
    ("attorney", 2, r"\b(lasting|enduring|registered)? ?power of attorney\b[^\n.]{0,80}\b(for|over|on behalf of|i hold|we hold|registered|my|her|his)\b|"
                    r"\b(i|we) (hold|have) (a |an |the |her |his |their )?(registered |lasting |enduring )?(lpa|epa|poa|power of attorney)\b|"
                    r"\b(i am|i'm|as|acting as|write as) (the |his |her |their |a )?(joint )?(attorney|deputy|appointee)\b|\b(attorney|deputy|appointee) (for|of) (my|mr|mrs|ms|miss|her|his)\b|"
                    r"\bcourt of protection\b"),
    ("relative", 2, rf"\bon behalf of my (\w+ )?{_FAMILY}\b(?! and i)|\bmy (\w+ )?{_FAMILY}(,? [a-z]+ [a-z]+,?)? (has |have )?(asked|wants|wanted) me to (write|email|contact|get in touch|complain|deal|help|handle|chase)\b|"
                    rf"\b(i am|i'm) (his|her|their) (son|daughter|husband|wife|partner|brother|sister|grandson|granddaughter|niece|nephew|carer)\b|"
                    rf"\b(writing|emailing|complaining|contacting you|acting|chasing) (on behalf of|for|about|regarding) my (\w+ )?{_FAMILY}\b|\bmy (\w+ )?{_FAMILY}'?s (account|debt|complaint|sale|purchase|mortgage|letter|case)\b"),
    ("other", 2, r"\bon behalf of (mr|mrs|ms|miss|mx|dr) \w+|\bon (his|her|their) behalf\b|\b(he|she|they) (has |have )?asked me to (write|email|contact|get in touch|complain|deal|help|handle|chase)\b|"
                 r"\b(i am|i'm|we are|we're) (helping|supporting|assisting) (mr|mrs|ms|miss|mx|dr|my|our|a|an) \w+|\b(i am|i'm|as) (the |his |her |their )?(executor|executrix|administrator|carer)\b|"
                 r"\bas executors?\b|\b(authority|consent|lpa) (is |held )?on file\b|\((signed )?(authority|consent) (attached|enclosed|on file|held)\)|\b(i|we) (write|am writing|are writing) (for|on behalf of) (mr|mrs|ms|miss|mx|dr|a|an|my|our) \w+|\bon behalf of (a|my|our) (friend|neighbour|tenant|client|customer|colleague'?s? (mother|father))\b"),
]
_REP_RX = [(k, s, re.compile(p)) for k, s, p in _REP]
# Most mail is nobody's representative: each pattern is searched only in a text that holds one of the
# strings every match of it needs (substring tests are much cheaper than these alternations). The strings
# come from the pattern itself (`needed_strings`), or, for the costliest patterns, are these words picked
# by hand, rarer than what the parse tree gives (one in each alternative above; tests check them).
_REP_NEEDS = {
    "debt_adviser": ("advi", "caseworker", "case worker", "support worker", "coach", "counsellor", "client", "stepchange", "debtline",
                     "payplan", "poverty"),
    "attorney": ("attorney", "lpa", "epa", "poa", "deputy", "appointee", "protection"),
    "other": ("behalf", "asked me to", "helping", "supporting", "assisting", "execut", "administrator", "carer", "on file", "authority",
              "consent", "write for", "writing for"),
}
_REP_GATES = [_REP_NEEDS.get(kind) or needed_strings(rx, rarity=6) for kind, _, rx in _REP_RX]

# Wording that looks like representation but is not (removed before matching).
_NOT_REP = re.compile(
    r"\bon (my|our) own behalf\b|\bon behalf of (myself|ourselves|me|us)\b|\b(for|by) myself\b|"
    r"\bon behalf of (the|our|my|this) (firm|company|practice|business|office|team|department|employer|organisation|bank|society|partners|board|lender)\b|"
    r"\bon behalf of (pexa|conexus)\b|"
    r"\b(our|my) (solicitors?|lawyers?|legal team|advisers?|mp) (will|would|are|is|have|has|say|says|said|told|advised|suggested)\b|"
    r"\b(i|we) (will|shall|may|might|am going to|intend to) (contact|write to|involve|copy( in)?|inform|complain to|speak to|get) (my|our|the local) (mp|solicitor|lawyer|councillor|adviser)\b|"
    r"\bcopy(ing)? (in )?my mp\b|\bmy mp (is|has been) (copied|cc)|\b(my|our) constituency mp\b(?! office)"
)

_DOC_NAME = re.compile(
    r"(authori[sz]|\bloa\b|\blpa\b|\bpoa\b|power[\s._-]*of[\s._-]*attorney|consent|mandate|third[\s._-]*party|3rd[\s._-]*party|"
    r"signed[\s._-]*(form|letter)|form[\s._-]*of[\s._-]*auth|letter[\s._-]*of[\s._-]*auth|court[\s._-]*order|deputyship|"
    r"grant[\s._-]*of[\s._-]*(probate|representation)|letters[\s._-]*of[\s._-]*administration)",
    re.I,
)
_AUTH_DOC = (r"(signed |written |a copy of (the |her |his |their |my )?|the |her |his |their |a |an |our client'?s? |client'?s? |mr \w+'?s? |mrs \w+'?s? |ms \w+'?s? )*"
             r"(letter of authority|form of authority|authority form|authority letter|third[- ]party authority|signed authority|authorisation form|authorization form|"
             r"authority to act|authority|lasting power of attorney|power of attorney|\blpa\b|\bpoa\b|consent form|signed consent|written consent|mandate|"
             r"deputyship order|court of protection order|grant of probate|letters of administration|consent|"
             r"third[- ]party (authority |consent )?form|signed (the |a |an )?(\w+ )?form)")
_ENCLOSED = re.compile(
    r"\b(attach(ed|ing)?|enclos(ed|e|ing)|included|including|herewith|find|see|with this (email|letter))\b[^.\n]{0,60}?\b" + _AUTH_DOC + r"\b|"
    r"\b" + _AUTH_DOC + r"\b[^.\n]{0,40}?\b(is|are|was|has been|have been)? ?(attached|enclosed|included|herewith)\b|"
    r"\(\s*(signed )?(authority|consent|lpa|poa|letter of authority|form of authority)( (is )?(attached|enclosed))\s*\)|"
    r"\b" + _AUTH_DOC + r" (attached|enclosed)\b|"
    r"\b(power of attorney|lpa|authority|consent)\b[^.\n]{0,80}\((a |signed )?(copy|certificate|copy of (it|the lpa|the order))( is)? (attached|enclosed)\)"
)
# One of these is in every match of `_ENCLOSED` (each alternative of `_AUTH_DOC`'s last group holds one).
_ENCLOSED_NEEDS = ("authori", "attorney", "lpa", "poa", "consent", "mandate", "deputyship", "protection", "probate", "administration",
                   "party", "signed")
_FUTURE = re.compile(
    r"\b(will|shall|can|could|to follow|follow(s|ing)? (by|in)|once|when|as soon as|need to|needs to|do you need|does it need|would you need|"
    r"(what|which) (kind of |sort of |type of )?(authority|form|document|documents|consent|proof)|if|whether|not|no|don'?t|haven'?t|hasn'?t|cannot|can'?t|unable|yet|later|separately|next week|tomorrow|ask(ed|ing)? for|request(ed|ing)?|send (me|us) (a|the|your))\b"
)
_CONSENT = re.compile(
    r"\b((has|have|had) (given|provided|confirmed|signed) ((her|his|their|full|written|verbal|express|explicit|signed|my|us|me) ){0,3}(consent|permission|authority|agreement)|"
    r"(she|he|they|my (\w+ )?" + _FAMILY + r"|mr \w+|mrs \w+|ms \w+|miss \w+|the customer|our client|my client) (consents?|agrees?|has agreed|is happy|are happy|has authori[sz]ed|have authori[sz]ed|authori[sz]es?)( for| to)? (me|us|this|my|our)\b|"
    r"with (her|his|their|my (\w+ )?" + _FAMILY + r"'?s?|the customer'?s|our client'?s|mr \w+'?s|mrs \w+'?s|ms \w+'?s) (full |express |explicit |written |knowledge and )?(consent|permission|authority|agreement)|"
    r"authori[sz]ed me to|gave me (her|his|their) (consent|permission|authority)|(is|are) copied (in|into) (this|to confirm)|(she|he|they) (is|are) (copied|cc'?d) (in|into)?[^.\n]{0,30}(confirm|agree|consent))\b"
)

_CONSENT_NEEDS = needed_strings(_CONSENT, rarity=6)
_NOT_REP_NEEDS = needed_strings(_NOT_REP, rarity=6)

# Each of these patterns is searched only through the alternatives a text holds the words and strings of
# (`pattern_words.AlternativesGate`: most mail holds none), and then only when the text also holds one of
# the strings above, which the whole pattern needs (picked by hand, or read off the pattern).
_REP_ALTERNATIVES = [AlternativesGate(rx, rarity=6) for _, _, rx in _REP_RX]
_NOT_REP_ALTERNATIVES = AlternativesGate(_NOT_REP, rarity=6)
_ENCLOSED_ALTERNATIVES = AlternativesGate(_ENCLOSED, rarity=6)
_CONSENT_ALTERNATIVES = AlternativesGate(_CONSENT, rarity=6)

_PHONE_OR_MAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class AuthorityVerdict:
    """Who writes on whose behalf, and whether their authority is included (see the module docstring)."""

    third_party: bool
    representative_kind: str | None = None
    authority_included: bool = False
    authorising_name: str | None = None
    authorising_contact: str | None = None
    evidence: tuple[str, ...] = ()
    # attachment names recognised as authority documents
    authority_documents: tuple[str, ...] = ()
    # an explicit statement of the customer's consent was found (whether or not name+contact were given)
    consent_stated: bool = False

    @property
    def name_and_contact_given(self) -> bool:
        """PEXA §9: the authorising customer's name and contact details are in the message."""
        return bool(self.authorising_name and self.authorising_contact)

    def to_json(self) -> dict[str, Any]:
        return {
            "third_party": self.third_party,
            "representative_kind": self.representative_kind,
            "authority_included": self.authority_included,
            "authorising_name": self.authorising_name,
            "authorising_contact": self.authorising_contact,
            "name_and_contact_given": self.name_and_contact_given,
            "consent_stated": self.consent_stated,
            "authority_documents": list(self.authority_documents),
            "evidence": list(self.evidence),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuthorityVerdict:
        return cls(
            third_party=bool(data.get("third_party")),
            representative_kind=data.get("representative_kind"),
            authority_included=bool(data.get("authority_included")),
            authorising_name=data.get("authorising_name"),
            authorising_contact=data.get("authorising_contact"),
            evidence=tuple(data.get("evidence") or ()),
            authority_documents=tuple(data.get("authority_documents") or ()),
            consent_stated=bool(data.get("consent_stated")),
        )


def _blank(rx: re.Pattern[str], low: str) -> str:
    return rx.sub(lambda m: " " * len(m.group(0)), low)


_SIGNOFF = re.compile(
    r"^\s*(kind(est)? regards|best regards|warm regards|regards|many thanks|thanks|thank you|best wishes|yours (sincerely|faithfully|truly)|"
    r"sincerely|with thanks|with best wishes)\s*[,.!]?\s*$",
    re.I | re.M,
)

_NAME_CUES = [
    rf"\bon behalf of (?:my \w+(?: \w+)?,? |our client,? |my client,? |my constituent,? |(?:a|the) (?:customer|client),? )?(?P<n>{_PERSON})",
    rf"\b(?:my|our) (?:constituent|client|customer|service user),? (?P<n>{_PERSON})",
    rf"\b(?:I|We) (?:act|am acting|are acting|write|am writing|are writing) (?:for|on behalf of) (?:my \w+,? )?(?P<n>{_PERSON})",
    rf"\b(?:I'm|I am|[Ww]e are|[Ww]e're) (?:helping|supporting|assisting|working with) (?P<n>{_PERSON})",
    rf"\b(?:working with|supporting|helping|assisting) (?P<n>{_TITLE}\s+(?:{_NAME}\s+){{0,2}}{_NAME})",
    rf"\b(?:[Cc]ustomer|[Cc]lient|[Aa]ccount holder|[Dd]ebtor|[Cc]onstituent)(?: name)?\s*:\s*(?P<n>{_PERSON})",
    rf"\bmy (?:\w+ )?{_FAMILY},? (?P<n>{_PERSON})",
    rf"\b(?:attorney|deputy|appointee) for (?:my \w+,? )?(?P<n>{_PERSON})",
    rf"^(?:Re|RE|Subject|Client|Constituent)\s*:\s*(?P<n>{_PERSON})",
]
_NAME_RX = [re.compile(p, re.M) for p in _NAME_CUES]
_NOT_A_PERSON = re.compile(r"\b(PEXA|Conexus|Ltd|Limited|LLP|Solicitors|Bank|Society|Services|Team|Council|Office|Kind|Regards|Dear|Please|Thank|The|This|I|We)\b")


def _authorising_name(text: str) -> tuple[str, int] | None:
    """(name, end offset) of the customer the writer acts for, the first one named."""
    best = None
    for rx in _NAME_RX:
        for m in rx.finditer(text):
            n = m.group("n").strip()
            core = re.sub(rf"^{_TITLE}\s+", "", n)
            if _NOT_A_PERSON.search(core) or len(core) < 3:
                continue
            if best is None or m.start("n") < best[1]:
                best = (n, m.end("n"))
            break
    return best


def _contact_near(text: str, pos: int, body_end: int) -> str | None:
    """A phone, e-mail or postal address of the customer: after their name, before the sign-off."""
    from classifiers.details import _address_for, find_phones, find_postcodes

    window_end = min(body_end, pos + 400)
    seg = text[pos:window_end]
    m = _PHONE_OR_MAIL.search(seg)
    phones = find_phones(seg)
    cands: list[tuple[int, str]] = []
    if m:
        cands.append((m.start(), m.group(0)))
    if phones:
        cands.append((phones[0][1], seg[phones[0][1]:phones[0][2]]))
    pcs = find_postcodes(seg)
    if pcs:
        found = _address_for(seg, pcs[0][1], pcs[0][2])
        cands.append((pcs[0][1], found[0] if found else pcs[0][0]))
    else:
        # "of 31 Foundry Lane, Wakefield" - a street address without a postcode
        sm = re.search(r"\b(?:of|at|lives at|living at|address(?: is)?:?)\s+(\d+[A-Za-z]?,? [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}(?:,? [A-Z][\w'-]+){0,2})", seg)
        if sm and re.search(r"\b(Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Place|Gardens|Terrace|Grove|Court|Square|Row|Mews|Walk|Rise|View|Park)\b", sm.group(1)):
            cands.append((sm.start(1), sm.group(1)))
    if not cands:
        return None
    return sorted(cands)[0][1].strip()


def detect_authority(text: str, attachment_names: Sequence[str] = ()) -> AuthorityVerdict:
    """Whether `text` is written on someone else's behalf and whether authority is included."""
    text = (text or "")[:MAX_SCAN_CHARS].replace("\u2019", "'").replace("\u00a0", " ").replace("\r\n", "\n")
    low = _lower(text)
    words = words_of(low)
    not_rep = _NOT_REP_ALTERNATIVES.for_text(words, low, _NOT_REP_NEEDS)
    scrub = _blank(not_rep, low) if not_rep is not None else low
    scrub_words = words_of(scrub) if scrub != low else words
    evidence: list[str] = []

    # representative kind: every kind that matched, the most specific first
    found: dict[str, tuple[int, str]] = {}
    for (kind, _, _), gate, needed in zip(_REP_RX, _REP_ALTERNATIVES, _REP_GATES):
        rx = gate.for_text(scrub_words, scrub, needed)
        m = rx.search(scrub) if rx is not None else None
        if m and kind not in found:
            found[kind] = (m.start(), text[m.start():m.end()].strip())
    third_party = bool(found)
    kind = None
    if found:
        order = ("mp", "attorney", "debt_adviser", "charity", "solicitor", "relative", "other")
        kind = next(k for k in order if k in found)
        if kind in ("other", "relative") and re.search(r"\b(executor|executrix|administrator)\b", scrub):
            kind = "other"  # an executor represents the estate, whatever the family tie
        elif kind == "other" and re.search(rf"\bmy (\w+ )?{_FAMILY}\b", scrub) and not re.search(r"\b(carer|client|constituent)\b", scrub):
            kind = "relative"
        # "on behalf of my mother" + attorney wording: attorney is the more specific role
        evidence.append(found[kind][1][:120] if kind in found else next(v[1] for v in found.values())[:120])
        for k in order:
            if k in found and found[k][1][:120] not in evidence:
                evidence.append(found[k][1][:120])

    # authority documents: attachments by name, and enclosure wording
    docs = tuple(n for n in attachment_names if n and _DOC_NAME.search(n.rsplit("/", 1)[-1]))
    enclosed = None
    enclosed_rx = _ENCLOSED_ALTERNATIVES.for_text(words, low, _ENCLOSED_NEEDS)
    for m in enclosed_rx.finditer(low) if enclosed_rx is not None else ():
        s0 = max(low.rfind(".", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        clause = low[s0:m.end()]
        if _FUTURE.search(clause[: max(0, m.start() - s0)] + " " + m.group(0)):
            continue
        after = low[m.end():m.end() + 30]
        if re.match(r"\s*(to follow|will follow|follows|later|separately|once|when)\b", after):
            continue
        enclosed = text[m.start():m.end()].strip()
        break
    consent_rx = _CONSENT_ALTERNATIVES.for_text(words, low, _CONSENT_NEEDS)
    consent_m = consent_rx.search(low) if consent_rx is not None else None
    consent_stated = bool(consent_m)

    # the authorising customer's name and contact (before the representative's own sign-off); only a
    # third party's are reported, so they are looked for only then
    name = None
    contact = None
    if third_party:
        sign = list(_SIGNOFF.finditer(text))
        body_end = sign[-1].start() if sign else len(text)
        nm = _authorising_name(text[:body_end]) or (_authorising_name(text) if not sign else None)
        if nm:
            name = nm[0]
            contact = _contact_near(text, nm[1], body_end)

    # authority is a third party's: a customer returning a form for their own account is not "included"
    authority_included = third_party and bool(docs or enclosed or (consent_stated and name and contact))
    if docs:
        evidence.append("attachment: " + ", ".join(docs))
    if enclosed:
        evidence.append(enclosed[:120])
    if consent_m:
        evidence.append(text[consent_m.start():consent_m.end()].strip()[:120])
    if not third_party:
        # an authority document alone does not make a message third-party (a customer may send a
        # form back for their own account), but it is reported
        kind = None
    return AuthorityVerdict(
        third_party=third_party,
        representative_kind=kind,
        authority_included=authority_included,
        authorising_name=name,
        authorising_contact=contact,
        evidence=tuple(dict.fromkeys(evidence)),
        authority_documents=docs,
        consent_stated=consent_stated,
    )


# -- evaluation -----------------------------------------------------------------------------------


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    return {**prf(tp, fp, fn), "support": tp + fn}


def evaluate_authority(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """P/R/F1 for `third_party` and `authority_included`, accuracy of `representative_kind` on the true
    third-party rows, and per-kind P/R/F1. Rows need `text`, `third_party`, `authority_included`,
    `representative_kind` (None for negatives) and optionally `attachments`."""
    tp_c = [0, 0, 0]
    au_c = [0, 0, 0]
    per = {k: [0, 0, 0] for k in REPRESENTATIVE_KINDS}
    kind_ok = kind_n = 0
    errors: list[dict[str, Any]] = []
    n = 0
    for row in rows:
        n += 1
        v = detect_authority(str(row.get("text", "")), row.get("attachments") or ())
        for counts, gold, pred in ((tp_c, bool(row.get("third_party")), v.third_party),
                                   (au_c, bool(row.get("authority_included")), v.authority_included)):
            if gold and pred:
                counts[0] += 1
            elif pred:
                counts[1] += 1
            elif gold:
                counts[2] += 1
        gk = row.get("representative_kind")
        if row.get("third_party"):
            kind_n += 1
            kind_ok += int(gk == v.representative_kind)
        for k in REPRESENTATIVE_KINDS:
            g, p = gk == k, v.representative_kind == k
            if g and p:
                per[k][0] += 1
            elif p:
                per[k][1] += 1
            elif g:
                per[k][2] += 1
        if (bool(row.get("third_party")) != v.third_party or bool(row.get("authority_included")) != v.authority_included
                or (row.get("third_party") and gk != v.representative_kind)):
            errors.append({"id": row.get("id"), "gold": [row.get("third_party"), gk, row.get("authority_included")],
                           "pred": [v.third_party, v.representative_kind, v.authority_included], "evidence": list(v.evidence)})
    return {
        "n": n,
        "third_party": _prf(*tp_c),
        "authority_included": _prf(*au_c),
        "representative_kind_accuracy": round(kind_ok / kind_n, 4) if kind_n else 0.0,
        "per_kind": {k: _prf(*per[k]) for k in REPRESENTATIVE_KINDS if sum(per[k])},
        "errors": errors,
    }
