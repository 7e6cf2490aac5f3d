"""Case details in an email: what a complaints handler needs to identify and answer the complainant.

Conexus's procedure (step 1) asks a complainant for their name, address, contact telephone number and
account reference number, full details of the concern, what they would like done to put things right
and copies of any relevant documents. `extract_details` finds whichever of those an email already gives,
so the bot can ask only for what is missing, and `CaseDetails.merge` lets a reply fill a gap without
losing what was known.

Pure NLP: text in, a frozen `CaseDetails` out. No database, network or settings; spaCy runs as a blank
English pipeline (no model download), loaded once per process (`get_nlp`). What is extracted:

* account/reference numbers: the profile's own formats (regexes passed in, e.g. ``r"\\bCX-\\d{7}\\b"``), generic
  labelled references ("account number: 12345678", "our ref: AB/123/45", "your ref CX-123") and our own case
  references (``CMP-2026-000123``, kept apart in `case_references`). Bank details (sort code, "bank account
  number") are never taken.
* UK telephone numbers (mobile and landline; ``+44``, ``0044``, ``(0)`` and ``0`` forms; spaces, dashes,
  brackets), validated by numbering-plan shape (length per prefix). Sort codes, amounts, dates and digit runs
  labelled as an order/invoice/account/reference number are not phones. Stored as E.164 (``+447700900123``).
* UK postcodes, with full validation of the format (including ``GIR 0AA``), any case, with or without
  the space; stored upper-case with one space. Postal addresses are the lines (or the comma-separated
  run) that end in a postcode.
* the complainant's name when signed off ("Kind regards,\\nJane Smith") or stated ("my name is ...").
* the remedy asked for ("I want you to ...", "please refund ...", "I would like ...", "I expect ...").
* documents: attachment names passed in, minus signature logos and mail-client debris (``image001.png``,
  ``Outlook-abc.png``, ``smime.p7s``).

Pass the text the complainant wrote (new text and signature). Quoted replies carry *our* letters with
*our* phone number and address, so feeding them in would attribute them to the complainant.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from itertools import islice
from typing import Any

from classifiers.counts import prf
from classifiers.pattern_words import (
    AlternativesGate,
    fold_case,
    is_word_char,
    may_match,
    needed_strings,
    space_non_words,
    words_of,
)

__all__ = [
    "FIELD_KEYS", "CaseDetails", "Evidence", "extract_details", "find_account_references", "find_phones", "find_postcodes",
    "evaluate_details", "get_nlp", "is_document", "is_uk_postcode", "minimise", "normalise_phone",
]

# The keys `CaseDetails.missing` understands (Conexus step 1, in its order).
FIELD_KEYS = ("name", "address", "phone", "account_reference", "details", "remedy", "documents")

# Only the first part of a very long message is read (a complaint states its details at the top; the
# signature of a long message is still near its end, so keep the cap generous).
MAX_SCAN_CHARS = 30000

# "details" counts as given when the complainant wrote at least this many words of their own.
DETAILS_MIN_WORDS = 12


# -- spaCy: one blank English pipeline per process ------------------------------------------------

_NLP = None


def get_nlp():  # noqa: ANN201 - spacy.Language, imported lazily
    """The shared blank English pipeline (spaCy imported and built on first use, then cached)."""
    global _NLP
    if _NLP is None:
        import spacy

        from classifiers.textprep import FastTokenizer

        nlp = spacy.blank("en")
        nlp.tokenizer = FastTokenizer(nlp.vocab)  # keeps every character offset; fast on long mail
        _NLP = nlp
    return _NLP


_MATCHERS: dict[str, Any] = {}


def _name_matcher():  # noqa: ANN202
    """Token patterns for a stated name: "my name is Jane Smith", "I am Mrs Jane O'Neill"."""
    if "name" not in _MATCHERS:
        from spacy.matcher import Matcher

        nlp = get_nlp()
        m = Matcher(nlp.vocab)
        title = {"LOWER": {"IN": ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"]}, "OP": "?"}
        dot = {"ORTH": ".", "OP": "?"}
        cap = {"IS_TITLE": True, "IS_ALPHA": True}
        name_tail = [cap, {"IS_TITLE": True, "OP": "?"}, {"ORTH": {"IN": ["-", "'"]}, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}]
        m.add("NAME_IS", [
            [{"LOWER": "my"}, {"LOWER": {"IN": ["name", "names"]}}, {"LOWER": {"IN": ["is", "'s"]}}, title, dot, *name_tail],
            [{"LOWER": "my"}, {"LOWER": "full"}, {"LOWER": "name"}, {"LOWER": "is"}, title, dot, *name_tail],
            [{"LOWER": "name"}, {"ORTH": ":"}, title, dot, *name_tail],
            [{"LOWER": "this"}, {"LOWER": "is"}, title, dot, *name_tail, {"ORTH": {"IN": [",", "."]}}, {"LOWER": {"IN": ["i", "writing", "and"]}}],
            [{"LOWER": {"IN": ["i", "i'm"]}}, {"LOWER": "am", "OP": "?"}, {"LOWER": "called"}, title, dot, *name_tail],
        ], greedy="LONGEST")
        _MATCHERS["name"] = m
    return _MATCHERS["name"]


# -- result types ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """Where one extracted value came from: the field, the text as written, its offsets in `source`."""

    field: str
    text: str
    start: int = -1
    end: int = -1
    source: str = ""  # which message (e.g. a register id) the offsets refer to; "" for the text passed in

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end, "source": self.source}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(str(data.get("field", "")), str(data.get("text", "")), int(data.get("start", -1)),
                   int(data.get("end", -1)), str(data.get("source", "")))


_TUPLE_FIELDS = ("account_references", "case_references", "phones", "emails", "postcodes", "addresses", "documents")
_SCALAR_FIELDS = ("name", "remedy", "details")


@dataclass(frozen=True)
class CaseDetails:
    """The case details found in one or more messages.

    * `account_references`: the complainant's account / reference numbers (profile formats + labelled refs);
    * `case_references`: our own register references quoted back (``CMP-2026-000123``);
    * `phones`: E.164 (``+442079460958``); `emails`: addresses written in the text;
    * `postcodes`: ``"SW1A 1AA"`` form; `addresses`: one string per postal address, lines joined by ``", "``;
    * `name`: the complainant's name; `remedy`: what they ask us to do (one short sentence);
    * `details`: the opening of the complainant's own account of the problem (None when they wrote
      fewer than `DETAILS_MIN_WORDS` words); `documents`: attachment names that are real documents;
    * `evidence`: where each value came from; `minimised`: True after `minimise()`.
    """

    account_references: tuple[str, ...] = ()
    case_references: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    name: str | None = None
    remedy: str | None = None
    details: str | None = None
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    minimised: bool = False

    # -- what is there and what is not --

    def has(self, key: str) -> bool:
        """Whether the field `key` (one of `FIELD_KEYS`) is given."""
        if key == "name":
            return bool(self.name)
        if key == "address":
            return bool(self.addresses)
        if key == "phone":
            return bool(self.phones)
        if key == "account_reference":
            return bool(self.account_references)
        if key == "details":
            return bool(self.details)
        if key == "remedy":
            return bool(self.remedy)
        if key == "documents":
            return bool(self.documents)
        raise ValueError(f"unknown case-detail key {key!r}; expected one of {', '.join(FIELD_KEYS)}")

    def missing(self, required: Sequence[str]) -> tuple[str, ...]:
        """The keys of `required` (see `FIELD_KEYS`) that are not given, in the order asked.

        A bare postcode does not make an address; an own case reference (CMP-...) is not an account
        reference. Unknown keys raise ValueError (a typo in a profile must not pass silently).
        """
        out: list[str] = []
        for key in required:
            if not self.has(key) and key not in out:
                out.append(key)
        return tuple(out)

    def merge(self, other: CaseDetails) -> CaseDetails:
        """These details completed by `other` (e.g. a reply): lists are united (order kept, no
        duplicates), a single value already known is kept and only a missing one is taken from `other`.

        When only one side is minimised the other is minimised first, so a stored minimised case and a
        new reply merge into minimised details without duplicates."""
        base: CaseDetails = self
        if base.minimised != other.minimised:
            if base.minimised:
                other = minimise(other)
            else:
                base = minimise(base)
        values: dict[str, Any] = {}
        for name in _TUPLE_FIELDS:
            values[name] = _union(getattr(base, name), getattr(other, name), key=_key_for(name))
        for name in _SCALAR_FIELDS:
            values[name] = getattr(base, name) or getattr(other, name)
        values["evidence"] = tuple(dict.fromkeys(base.evidence + other.evidence))
        values["minimised"] = base.minimised or other.minimised
        return CaseDetails(**values)

    # -- JSON --

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if f.name == "evidence":
                out[f.name] = [e.to_json() for e in v]
            elif isinstance(v, tuple):
                out[f.name] = list(v)
            else:
                out[f.name] = v
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CaseDetails:
        kw: dict[str, Any] = {}
        for name in _TUPLE_FIELDS:
            kw[name] = tuple(str(x) for x in (data.get(name) or ()))
        for name in _SCALAR_FIELDS:
            v = data.get(name)
            kw[name] = str(v) if v not in (None, "") else None
        kw["evidence"] = tuple(Evidence.from_json(e) for e in (data.get("evidence") or ()))
        kw["minimised"] = bool(data.get("minimised", False))
        return cls(**kw)


def _key_for(name: str):  # noqa: ANN202
    if name in ("account_references", "case_references", "postcodes"):
        return lambda s: re.sub(r"[\s-]", "", s.upper())
    if name == "addresses":
        return lambda s: re.sub(r"[\W_]", "", s.lower())
    return lambda s: s.lower()


def _union(a: Iterable[str], b: Iterable[str], key=lambda s: s) -> tuple[str, ...]:  # noqa: ANN001
    seen: set[str] = set()
    out: list[str] = []
    for x in list(a) + list(b):
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return tuple(out)


# -- postcodes ------------------------------------------------------------------------------------

# The format rules of the Royal Mail / BS 7666 postcode: outward code A9, A99, AA9, AA99, A9A, AA9A (letters
# restricted by position), inward code 9AA (no C I K M O V), plus the special GIR 0AA.
_OUTWARD = r"(?:[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]))"
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE_CORE = rf"(?:GIR ?0AA|{_OUTWARD} ?{_INWARD})"
_POSTCODE = re.compile(rf"(?<![A-Za-z0-9]){_POSTCODE_CORE}(?![A-Za-z0-9])", re.I)
_POSTCODE_FULL = re.compile(rf"^{_POSTCODE_CORE}$", re.I)
# Every postcode ends in an inward code (GIR 0AA too) that no letter or digit follows. This
# starts with a digit class, which `re` scans for quickly; `_POSTCODE` (a look-behind first) is tried at
# every position, so it is searched only in a text that holds an inward code.
_INWARD_CODE = re.compile(rf"{_INWARD}(?![A-Za-z0-9])", re.I)


def is_uk_postcode(text: str) -> bool:
    """Whether `text` is a validly formed UK postcode (any case, with or without the space)."""
    return bool(_POSTCODE_FULL.match(text.strip()))


def _format_postcode(raw: str) -> str:
    s = re.sub(r"\s+", "", raw).upper()
    return f"{s[:-3]} {s[-3:]}"


def find_postcodes(text: str) -> list[tuple[str, int, int]]:
    """(formatted postcode, start, end) for every postcode in `text`.

    An all-lower-case candidate must stand on its own (line end, comma, full stop) or follow an address
    word, so ordinary words and codes in prose ("b12 is…") are not taken for postcodes.
    """
    out = []
    if not _INWARD_CODE.search(text):
        return out
    for m in _POSTCODE.finditer(text):
        raw = m.group(0)
        if raw.islower() and not re.match(r"\s*(?:$|[,.;)\n])", text[m.end():m.end() + 2]):
            continue
        out.append((_format_postcode(raw), m.start(), m.end()))
    return out


# -- phones ---------------------------------------------------------------------------------------

_PHONE_CAND = re.compile(
    r"(?<![\w/.,£$€#-])"
    r"(?:\+\s?44|\(?\+44\)?|0044)?\s?(?:\(0\)\s?)?"
    r"\(?0?\d[\d\s()\-]{7,15}\d"
    r"(?![\w/]|[.,]\d|-\d)"
)
# The digit run every candidate holds: it starts with a digit, which `re` scans for quickly, while
# `_PHONE_CAND` (a look-behind first) is tried at every position; most mail holds no such run.
_PHONE_CORE = re.compile(r"\d[\d\s()\-]{7,15}\d")
# Words that make a digit run an identifier rather than a phone number when they label it.
_ID_WORDS = re.compile(
    r"\b(order|invoice|inv|ref|reference|account|acc|a/c|acct|policy|case|workspace|membership|member|customer|"
    r"client|loan|agreement|id|tracking|parcel|serial|transaction|payment|sort code|sortcode|iban|bic|card|"
    r"matter|file|claim|booking|receipt|no|number|#)\b\W*$|#\s*$",
    re.I,
)
_PHONE_WORDS = re.compile(
    r"\b(tel|telephone|phone|mobile|mob|cell|call|ring|rang|text|txt|whatsapp|contact|reach|landline|"
    r"number is|numbers? (?:is|are)|on|dial|fax|m|t|p|dd|direct)\b",
    re.I,
)


def normalise_phone(raw: str) -> str | None:
    """E.164 form (``+447700900123``) of a plausible UK telephone number, or None.

    Accepts ``07700 900123``, ``+44 (0)161 496 0000``, ``0044 20 7946 0958``, ``(020) 7946-0958``.
    Checks the national significant number's length against its prefix: 07 mobile/personal (10 digits
    after the 0), 01 geographic (9 or 10), 02 geographic (10), 03 non-geographic (10), 08 freephone/special
    (9-10), 09 premium (10). 04 and 06 are not in use; runs of one repeated digit are rejected.
    """
    s = raw.strip()
    if re.search(r"[^\d\s()+\-]", s):
        return None
    if s.count("(") != s.count(")"):
        # a stray bracket from the surrounding prose, e.g. "(call 020 7946 0958)"
        s = s.replace("(", " ").replace(")", " ") if "(0)" not in s else s
    digits = re.sub(r"\D", "", s)
    intl = s.startswith("+") or digits.startswith("0044") or (s.lstrip("(").startswith("+"))
    if s.startswith("+") or s.lstrip("(").startswith("+"):
        if not digits.startswith("44"):
            return None
        nsn = digits[2:]
    elif digits.startswith("0044"):
        nsn = digits[4:]
    elif digits.startswith("44") and len(digits) in (12, 13) and not digits.startswith("440"):
        nsn = digits[2:]
        intl = True
    else:
        if not digits.startswith("0"):
            return None
        nsn = digits[1:]
    if intl and "(0)" in s.replace(" ", "") and nsn.startswith("0"):
        nsn = nsn[1:]
    elif intl and nsn.startswith("0"):
        nsn = nsn[1:]
    if not nsn or len(set(nsn[1:])) <= 1:  # 07000 000000, 01111 111111: placeholders, not numbers
        return None
    first = nsn[0]
    n = len(nsn)
    ok = (
        (first == "7" and n == 10)
        or (first == "1" and n in (9, 10))
        or (first == "2" and n == 10)
        or (first == "3" and n == 10)
        or (first == "8" and n in (9, 10) and nsn[:2] in ("80", "84", "87"))
        or (first == "9" and n == 10)
        or (first == "5" and n == 10 and nsn.startswith("5"))  # 05 corporate / VoIP
    )
    return f"+44{nsn}" if ok else None


def find_phones(text: str) -> list[tuple[str, int, int]]:
    """(E.164, start, end) for each plausible UK phone number in `text` (see `normalise_phone`).

    Rejected: digit runs labelled as an identifier ("order no. 07700900123", "account number …") unless a
    phone word is nearer ("account holder, call me on …"); dd-dd-dd sort codes and dd/dd/dddd dates
    (by shape); amounts (a currency sign or decimal point next to the digits).
    """
    out: list[tuple[str, int, int]] = []
    seen: set[str] = set()
    if not _PHONE_CORE.search(text):
        return out
    for m in _PHONE_CAND.finditer(text):
        raw = m.group(0)
        start, end = m.start(), m.end()
        # trim a leading bracket that belongs to prose, and trailing separators
        while raw and raw[-1] in " -(":
            raw = raw[:-1]
            end -= 1
        lead = len(raw) - len(raw.lstrip())
        raw, start = raw.strip(), start + lead
        if re.fullmatch(r"\d{2}-\d{2}-\d{2}", raw):
            continue
        # a dash-separated run of two-digit groups is a sort code or a code, not a phone
        if re.search(r"\b\d{2}-\d{2}-\d{2}\b", raw) and not raw.startswith(("0", "+", "(")):
            continue
        e164 = normalise_phone(raw)
        if not e164:
            continue
        before = text[max(0, start - 40):start]
        before = before.split("\n")[-1]
        id_m = _ID_WORDS.search(before)
        if id_m:
            last_phone = None
            for pm in _PHONE_WORDS.finditer(before):
                last_phone = pm
            phone_word_closer = last_phone is not None and last_phone.start() > id_m.start() - 1 and not re.match(r"(?i)no|number", last_phone.group(0))
            phoneish_label = re.search(r"(?i)\b(phone|mobile|tel|telephone|contact|landline|fax|mob|daytime|home|work)\s*(no\.?|number|#)\W*$", before)
            if not (phone_word_closer or phoneish_label):
                continue
        if e164 in seen:
            continue
        seen.add(e164)
        out.append((e164, start, start + len(raw)))
    return out


# -- references -----------------------------------------------------------------------------------

_CASE_REF = re.compile(r"\b(?:CMP|DSR|BRE|ENQ|REV)-(?:19|20)\d{2}-\d{6}\b")
_CASE_REF_NEEDS = needed_strings(_CASE_REF)
# The words a labelled reference may start with: a qualifier, then the label itself.
_REF_QUALIFIERS = ("our", "your", "my", "the", "customer", "client", "account", "acc", "a/c", "policy", "loan", "agreement", "case",
                   "file", "matter", "reference", "membership", "debt", "complaint", "workspace")
_REF_LABELS = ("account", r"acc\.?", "a/c", "acct", "customer", "client", "policy", "loan", "agreement", "reference", r"ref\.?", "case",
               "matter", "membership", "debt", "workspace", "complaint")
_REF_LABEL = re.compile(
    rf"(?i)\b(?:(?:{'|'.join(_REF_QUALIFIERS)})\s+)?"
    rf"(?P<label>{'|'.join(_REF_LABELS)})"
    r"(?:\s+(?:number|no\.?|num|#|ref(?:erence)?\.?|id|code))?"
    r"\s*(?:is|was|:|-|=|#|no\.?)?\s*(?:is\s+)?[:#]?\s*"
    r"(?P<value>(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{3,24}[A-Z0-9])(?![\w/-])"
)
_NOT_REF_BEFORE = re.compile(r"(?i)\b(bank|sort\s*code|sortcode|iban|card|building society roll)\b[^\n]{0,40}$")
_DATEISH = re.compile(r"^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$|^\d{4}-\d{2}-\d{2}$")
_SORTCODE = re.compile(r"^\d{2}-\d{2}-\d{2}$")


def _find_references(text: str, patterns: Sequence[str]) -> list[tuple[str, str, int, int]]:
    """(kind, value, start, end); kind is "account" or "case"."""
    out: list[tuple[str, str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in taken)

    for m in _CASE_REF.finditer(text) if may_match(_CASE_REF_NEEDS, text) else ():
        out.append(("case", m.group(0).upper(), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for pat in patterns:
        for m in _compiled(pat).finditer(text) if may_match(_needs_of(pat), text) else ():
            g = 1 if m.re.groups >= 1 and m.group(1) else 0
            s, e = m.span(g)
            if s == e or overlaps(s, e):
                continue
            out.append(("account", m.group(g).strip(), s, e))
            taken.append((s, e))
    for m in _labelled_references(text):
        s, e = m.span("value")
        value = m.group("value")
        if overlaps(s, e) or _DATEISH.match(value) or _SORTCODE.match(value):
            continue
        if _NOT_REF_BEFORE.search(text[max(0, m.start() - 60):m.start("value")]):
            continue
        line = text[text.rfind("\n", 0, s) + 1:text.find("\n", e) if text.find("\n", e) >= 0 else len(text)]
        if re.fullmatch(r"\d{8}", value) and re.search(r"\b\d{2}-\d{2}-\d{2}\b|sort\s*code", line, re.I):
            continue  # a bank account number next to its sort code
        label = m.group("label").lower().rstrip(".")
        if label in ("complaint", "case") and not re.search(r"\d{3}", value):
            continue
        # a phone number after "my reference is" is rare; one after "contact" is not a reference
        if re.fullmatch(r"0\d{9,10}", value) and label in ("customer", "client"):
            continue
        out.append(("account", value.upper() if not value.isdigit() else value, s, e))
        taken.append((s, e))
    out.sort(key=lambda x: x[2])
    return out


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=64)
def _needs_of(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of a profile's reference pattern holds (None: no such set)."""
    return needed_strings(_compiled(pattern))


# `_REF_LABEL` starts with a `\b` and two long alternations, so `finditer` tries it at every word of a
# text. But a match starts where a label starts, or where a qualifier starts that only whitespace
# separates from a label; those places are found with `str.find` in the case-folded text (same
# offsets), and the pattern is matched there, left to right, resuming after each match: the matches
# `finditer` gives.
_REF_LABEL_WORDS = tuple(dict.fromkeys(label.replace(r"\.?", "") for label in _REF_LABELS))


def _labelled_references(text: str) -> Iterable[re.Match[str]]:
    """Exactly `_REF_LABEL.finditer(text)`."""
    folded = fold_case(text)
    if len(folded) != len(text):  # (never seen: fold_case keeps lengths) offsets must agree
        yield from _REF_LABEL.finditer(text)
        return
    pos = 0
    for at in _reference_starts(folded):
        if at >= pos:
            m = _REF_LABEL.match(text, at)
            if m is not None:
                yield m
                pos = m.end()


def _reference_starts(folded: str) -> list[int]:
    """Where a match of `_REF_LABEL` may start in `folded` (a case-folded text), in order."""
    starts: set[int] = set()
    for word in _REF_LABEL_WORDS:
        at = folded.find(word)
        while at >= 0:
            if at == 0 or not is_word_char(folded[at - 1]):
                starts.add(at)
                starts.update(_qualifier_before(folded, at))
            at = folded.find(word, at + 1)
    return sorted(starts)


def _qualifier_before(folded: str, at: int) -> list[int]:
    """Where a qualifier starts that whitespace alone (`\\s+`) separates from the label at `at`."""
    end = at
    while end > 0 and folded[end - 1].isspace():  # (`\s` is `str.isspace`)
        end -= 1
    if end == at:
        return []
    return [
        end - len(word) for word in _REF_QUALIFIERS
        if folded.startswith(word, end - len(word)) and (end == len(word) or not is_word_char(folded[end - len(word) - 1]))
    ]


# -- emails ---------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")


def _find_emails(text: str) -> Iterable[re.Match[str]]:
    """Exactly `_EMAIL.finditer(text)`. The pattern is tried at every position of a text (a look-behind
    first), each time running up to 64 characters ahead; but a match holds the first "@" after its
    start within 65 characters, so no match starts earlier than 64 characters before the next "@"."""
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        m = _EMAIL.search(text, max(pos, at - 64))
        if m is None:
            return
        yield m
        pos = m.end()


# -- addresses ------------------------------------------------------------------------------------

_STREET = (
    r"Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Cres|Place|Pl|Gardens|Gdns|Terrace|Grove|"
    r"Court|Ct|Square|Sq|Park|Hill|Row|Mews|Walk|Rise|View|Parade|Green|Vale|Wharf|Quay|Yard|Chase|Croft|Fold|"
    r"Brow|Wynd|Loan|Gate|Meadows?|Heights|Crossing|Approach|Boulevard|Circus|Embankment|Esplanade|Broadway"
)
_HOUSE_WORDS = r"Flat|Apartment|Apt|Unit|Suite|House|Cottage|Farm|Lodge|Barn|Mill|Manor|Hall|Villa|Bungalow|Floor|Building|Block|PO Box"
_ADDR_LINE_HINT = re.compile(rf"(?:^|\s)\d+[A-Za-z]?\b|(?<=\w )(?:{_STREET})\b|\b(?:{_HOUSE_WORDS})\b", re.I)
_ADDRESS_LABEL = re.compile(r"^\s*(?:(?:my|our|home|postal|correspondence|new|current)\s+)*address\s*(?:is)?\s*[:\-]?\s*", re.I)
_GREETING = re.compile(r"^\s*(dear|hi|hello|to whom|good (morning|afternoon|evening))\b", re.I)
_CLOSING = re.compile(
    r"^\s*(kind(est)? regards|best regards|warm regards|regards|rgds|regs|kr|many thanks|thanks( again| so much| in advance)?|thx|"
    r"thank you( very much| for your help| in advance)?|best( wishes)?|all the best|yours (sincerely|faithfully|truly)|"
    r"sincerely|cheers|with thanks|with many thanks|with best wishes|respectfully|ta|speak soon|yours|many thanks in advance)\s*[,.!]?\s*$",
    re.I,
)


def _address_for(text: str, pc_start: int, pc_end: int) -> tuple[str, int] | None:
    """The postal address that ends with the postcode at [pc_start, pc_end), with its start offset."""
    line_start = text.rfind("\n", 0, pc_start) + 1
    prev_pc = None
    for prev_pc in _POSTCODE.finditer(text, line_start, pc_start):
        pass
    if prev_pc is not None:  # a list of postcodes, or two addresses on one line: start after the last one
        line_start = prev_pc.end()
    label = re.match(r"\s*[,;]?\s*(?:(?:my|our|the|new|old|home)\s+)?post\s?codes?\s*(?:is|are)?\s*[:\-]?\s*", text[line_start:pc_start], re.I)
    if label and label.end() == pc_start - line_start:
        return None  # "Postcode: LS1 1BA" - a postcode, not an address
    head = text[line_start:pc_start]
    if prev_pc is not None and not re.search(r"[A-Za-z]{3}", head):
        return None
    head_stripped = head.strip().rstrip(",")
    sentence_like = bool(re.search(r"[.!?]\s|\b(i|we|my|you|your|please|live|moved|is|was|at)\b", head_stripped, re.I)) and len(head_stripped) > 0
    if head_stripped and (sentence_like or len(head_stripped) > 90):
        # inline: "... I now live at 14 Mill Lane, Bolton BL1 2AB ..." - take the run from the house number
        seg = head[-160:]
        m = None
        for m in re.finditer(rf"(?:\b(?:{_HOUSE_WORDS})\s+\w+,?\s+)?\b\d+[A-Za-z]?,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?:{_STREET})\b", seg):
            pass
        if m is None:
            m2 = re.search(r"(?:\bat|\bto|\bis|:)\s+((?:[A-Z0-9][\w'’-]*\s*,?\s*){2,10})$", seg)
            if not m2:
                return None
            s = pc_start - len(seg) + m2.start(1)
        else:
            s = pc_start - len(seg) + m.start()
        addr = text[s:pc_end]
        return _clean_address(addr), s
    # block: the address lines above the postcode line (no blank line in between)
    lines: list[tuple[int, str]] = []
    if head_stripped:
        lines.append((line_start, text[line_start:pc_end]))
    else:
        lines.append((line_start, text[line_start:pc_end]))
    pos = line_start - 1
    for _ in range(6):
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos) + 1
        prev = text[prev_start:pos]
        ps = prev.strip()
        if not ps or _CLOSING.match(ps) or _GREETING.match(ps) or len(ps) > 60 or re.search(r"[.!?:]$", ps) and not _ADDRESS_LABEL.match(ps):
            break
        if re.search(r"@|\b(tel|phone|mobile|email|e-mail|mob)\b|\d{5,}", ps, re.I):
            break
        lines.insert(0, (prev_start, prev))
        pos = prev_start - 1
    # drop leading lines before the first that looks like an address line (a name above the address)
    while len(lines) > 1 and not _ADDR_LINE_HINT.search(lines[0][1]) and not _ADDRESS_LABEL.match(lines[0][1]):
        if any(_ADDR_LINE_HINT.search(x[1]) for x in lines[1:-1]):
            lines.pop(0)
        else:
            break
    if len(lines) == 1 and not head_stripped:
        return None  # a postcode alone on its line with nothing above it
    if len(lines) > 1 and not any(_ADDR_LINE_HINT.search(x[1]) for x in lines) and len(lines) > 3:
        lines = lines[-3:]
    s = lines[0][0]
    addr = ", ".join(x[1].strip().strip(",") for x in lines)
    return _clean_address(addr), s


def _clean_address(addr: str) -> str:
    addr = _ADDRESS_LABEL.sub("", addr.strip())
    addr = re.sub(r"\s*\n\s*", ", ", addr)
    addr = re.sub(r"\s*,\s*(,\s*)*", ", ", addr)
    addr = re.sub(r"\s{2,}", " ", addr).strip(" ,")
    # put the postcode in its standard form
    return _POSTCODE.sub(lambda m: _format_postcode(m.group(0)), addr)


# -- name -----------------------------------------------------------------------------------------

_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]\.?|[A-Z]'[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O'[A-Z][a-z]+)"
_SIGNED_NAME = re.compile(
    rf"^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev)\.?\s+)?(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}})\s*[,.]?\s*(?:\(.{{1,30}}\))?\s*$"
)
_NOT_NAME_WORDS = re.compile(
    r"\b(team|services?|department|dept|customer|customers|complaints?|support|ltd|limited|llp|plc|solicitors?|"
    r"bank|society|office|manager|advisor|adviser|director|officer|sent|iphone|android|outlook|mobile|phone|"
    r"tel|email|regards|thanks|sincerely|faithfully|hello|dear|kind|best|wishes|the|and|of|for|to|from|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|"
    r"september|october|november|december|road|street|lane|avenue|close|drive|flat|house|london|pexa|conexus|"
    r"finance|financial|mortgages?|lending|lenders?|homes?|legal|law|lawyers|group|conveyancing|conveyancers|property|"
    r"estates?|partners|associates|council|energy|water|telecoms?|insurance|credit|collections|recovery|recoveries|"
    r"capital|building|trust|charity|advice|centre|network|association|university|hospital|nhs|ombudsman)\b",
    re.I,
)


# Every pattern of `_name_matcher` holds a token whose lower case is "name", "names" or "called", or the
# tokens "this" "is" (adjacent only when written "this is" with one space). A token is a whole run of word
# characters, so a text in which none of these stands as a word cannot match: it is not tokenised (the
# costliest step here). IGNORECASE only widens the test (it also folds "K", "ſ"), never narrows it.
_NAME_MATCH_NEEDS = re.compile(r"(?<!\w)(?:names?|called|this is)(?!\w)", re.IGNORECASE)

# Closer: the word sequences the patterns need, as the tokenizer (`textprep.FastTokenizer`) writes them.
# Two tokens next to each other in the doc are either side by side in the text (a word and punctuation)
# or one space apart (any other whitespace is a token of its own); two words are always a space apart.
# "my" [full] name|names ... / name ":" / i|i'm [am] called / this is <1 to 6 tokens, none of them a
# comma or whitespace> "," or "." [space] i|writing|and. `LOWER` compares `str.lower()`, which IGNORECASE only
# widens. Only the texts that hold one of these are tokenised (a few in a hundred, against one in five
# holding "this is", "name" or "called" somewhere).
_NAME_MATCH_SHAPE = re.compile(
    r"(?<!\w)(?:my (?:full )?names?(?!\w)|name ?:|i(?:'m)? (?:am )?called(?!\w)|this is(?!\w) ?(?:[^\s,]+ ?){1,6}?[,.] ?(?:i|writing|and)(?!\w))",
    re.IGNORECASE,
)
# Every match of `_NAME_MATCH_SHAPE` holds a match of `_NAME_MATCH_NEEDS` this many characters after its
# start ("my full " is 8), by the needed word's first letter; the shape is tried only there.
_SHAPE_BEFORE_NEEDED = {"n": (0, 3, 8), "c": (2, 4, 5, 7), "t": (0,)}


def _may_state_a_name(text: str) -> bool:
    """Whether the name matcher may match in `text`: `_NAME_MATCH_SHAPE` matches somewhere."""
    for needed in _NAME_MATCH_NEEDS.finditer(text):
        for back in _SHAPE_BEFORE_NEEDED[needed.group(0)[0].lower()]:
            if needed.start() >= back and _NAME_MATCH_SHAPE.match(text, needed.start() - back):
                return True
    return False


def _stated_name_matches(text: str) -> tuple[Any, Any]:
    """The name matcher's matches in `text` (already cut to its first 6,000 characters), with their doc."""
    if not _may_state_a_name(text):
        return None, ()
    doc = get_nlp().make_doc(text)
    return doc, _name_matcher()(doc)


# "Kind regards, Jane Smith" on one line (compiled once: it is tried on every line from the end)
_CLOSING_AND_NAME = re.compile(
    r"^\s*(kind regards|regards|thanks|many thanks|yours sincerely|yours faithfully|best wishes|best regards)\s*,\s*\S", re.IGNORECASE
)


def _find_name(text: str, sender_name: str = "") -> tuple[str, int, int] | None:
    # 1) stated: "my name is Jane Smith"
    doc, matches = _stated_name_matches(text[:6000])
    best = None
    for _, s, e in matches:
        span = doc[s:e]
        toks = [t for t in span if t.is_title and t.lower_ not in ("my", "name", "is", "this", "i", "am", "called", "full", "names")]
        toks = [t for t in toks if t.lower_ not in ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev")]
        if not toks:
            continue
        st, en = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        cand = text[st:en]
        # extend over "O'" / hyphen joins kept by the matcher
        if _NOT_NAME_WORDS.search(cand) or len(cand) < 2:
            continue
        if best is None or (e - s) > (best[3]):
            best = (cand, st, en, e - s)
    if best:
        return best[0], best[1], best[2]
    # 2) signed off: the first name-like line after the last closing line
    lines = text.split("\n")
    offs = []
    pos = 0
    for line in lines:
        offs.append(pos)
        pos += len(line) + 1
    for j in range(len(lines) - 1, -1, -1):
        if _CLOSING.match(lines[j]) or _CLOSING_AND_NAME.match(lines[j]):
            # "Kind regards, Jane Smith" on one line
            same = re.match(r"^\s*[A-Za-z ]+?[,.]\s*(.+)$", lines[j]) if not _CLOSING.match(lines[j]) else None
            cands = []
            if same:
                cands.append((same.group(1), offs[j] + same.start(1)))
            for k in range(j + 1, min(len(lines), j + 4)):
                if lines[k].strip():
                    cands.append((lines[k], offs[k]))
                    break
            for cand, base in cands:
                if "|" in cand:
                    cand = cand.split("|", 1)[0]
                elif re.search(r"\s[-\u2013]\s|,\s", cand) and not _SIGNED_NAME.match(cand):
                    cand = re.split(r"\s[-\u2013]\s|,\s", cand, maxsplit=1)[0]  # "Jane Smith - Paralegal"
                m = _SIGNED_NAME.match(cand)
                if m and not _NOT_NAME_WORDS.search(m.group("name")) and _plausible_name(m.group("name")):
                    return m.group("name"), base + m.start("name"), base + m.end("name")
            break
    # 3) a lone name line at the very end (no closing line), e.g. "...sort it out.\nJane Smith\n07700 900123"
    tail = [(i, x) for i, x in enumerate(lines) if x.strip()]
    while len(tail) > 2 and re.search(r"@|\d{3}|^\s*(sent from|get outlook|tel|t:|m:|mob|phone|direct dial)", tail[-1][1], re.I) and not _SIGNED_NAME.match(tail[-1][1]):
        tail.pop()  # contact lines under the name
    if len(tail) >= 2:
        i, last = tail[-1]
        prev_i, prev = tail[-2]
        cand = last.split("|", 1)[0] if "|" in last else last
        m = _SIGNED_NAME.match(cand)
        prev_done = bool(re.search(r"[.!?)\"']\s*$", prev)) or _CLOSING.match(prev) or i - prev_i > 1
        if m and prev_done and not _NOT_NAME_WORDS.search(m.group("name")) and _plausible_name(m.group("name"), strict=True):
            return m.group("name"), offs[i] + m.start("name"), offs[i] + m.end("name")
    # 4) the sender's display name, when it looks like a person's name
    if sender_name:
        sn = re.sub(r"[\"<>]", "", sender_name).strip()
        if "," in sn:  # "Smith, Jane"
            parts = [p.strip() for p in sn.split(",", 1)]
            sn = f"{parts[1]} {parts[0]}"
        m = _SIGNED_NAME.match(sn)
        if m and not _NOT_NAME_WORDS.search(sn) and _plausible_name(m.group("name"), strict=True):
            return m.group("name"), -1, -1
    return None


def _plausible_name(name: str, strict: bool = False) -> bool:
    parts = name.split()
    if not parts or len(parts) > 4:
        return False
    if all(len(p.rstrip(".")) == 1 for p in parts):
        return False
    if strict and len(parts) < 2:
        return False
    return True


# -- remedy ---------------------------------------------------------------------------------------

_VERBS = (r"refund|reimburse|cancel|remove|stop|confirm|arrange|correct|amend|delete|call|ring|phone|contact|apologi[sz]e|explain|"
          r"waive|write|reduce|freeze|put|make|return|pay|credit|update|investigate|review|reconsider|escalate|withdraw|suspend|send|"
          r"accept|close|fix|sort|resolve|compensate|provide|agree|reverse|rectify|tell|check|look|pass|reset|move|email|get|chase|give|"
          r"help|deal|change|treat|reinstate|hold|honour|respond|reply|restore|reissue|rebook|book|find|let|take|ask|speak|stop|note|record|"
          r"raise|forward|refer|arrange|instruct|reopen|release|process|clear|lift|unblock|unlock|add|replace")
_REMEDY = [
    # (priority, pattern) - higher priority wins; the first sentence of the best priority is taken
    (5, re.compile(r"\b(i|we)(?: (?:want|would like|expect|require|demand|ask|am asking|are asking|request|insist)|'d like)\s+(you|conexus|pexa|your (company|firm|team)|someone|somebody)\s+to\b", re.I)),
    (5, re.compile(r"\bwhat (i|we) (want|would like|expect|am asking for|are asking for) (is|are)\b", re.I)),
    (5, re.compile(r"\bto put (this|things|it|matters) right\b", re.I)),
    (4, re.compile(r"\b(i|we)(?: (?:expect|want|would like|require|demand|am asking for|are asking for|request|am seeking|are seeking|seek)|'d like)\b"
                   r"(?!\s+to\s+(complain|make a complaint|raise|lodge|ask|say|point out|thank|add|report|register|confirm that i|inform|let you know|"
                   r"be in touch|send (you|an offer)|write (again|further)|make an offer|be able|hear from)\b)(?!\s+(an?\s+)?(formal\s+)?complaint)", re.I)),
    (4, re.compile(r"\b(i|we) ask (that|you|for)\b", re.I)),
    (3, re.compile(rf"\bplease,?\s+(?:(?:could|can|would|will) (?:you|someone|somebody|this|it)\s+(?:please\s+)?(?:just\s+|actually\s+|kindly\s+)?|just\s+|urgently\s+|do\s+)?({_VERBS})\b", re.I)),
    (3, re.compile(rf"\b(could|can|would|will) (you|someone|somebody|a person|a manager|your team) (please |just |actually |kindly )?({_VERBS})\b", re.I)),
    (3, re.compile(r"\b(i|we) need (it|this|them|you to|someone to|a |an |the |my |our |confirmation|an answer|a response)\b", re.I)),
    (2, re.compile(r"\b(could|can|may) (i|we) (please )?(have|get|move|change|pay|set up|reduce|increase|cancel|receive|see|speak|switch|arrange)\b", re.I)),
    (2, re.compile(r"\blet (me|us) know (what|when|who|how|why|where|whether)\b", re.I)),
    (2, re.compile(r"^\s*(tell|send|stop|refund|cancel|remove|fix|correct|call|ring|explain|confirm|delete|update|sort|return|chase)\s+(me|them|us|it|the|my|this|that|her|him|our)\b", re.I)),
    (2, re.compile(r"\b(refund|compensation|apology|reimbursement|goodwill (payment|gesture))\b.{0,40}\b(is|would be) (appropriate|fair|expected|the least)\b", re.I)),
]
_NOT_REMEDY = re.compile(
    r"\bplease (find (attached|enclosed|below|herewith|a copy|my|the attached)|see (attached|below|enclosed)|note|be aware|be advised|do not hesitate|"
    r"let me know if you need|let us know if you need|accept (this|my) (email|letter)|ignore)\b|"
    r"\b(don'?t|do not|never) (want|expect|need)\b|"
    r"\bi would like to (complain|make a complaint|raise a complaint|thank)\b",
    re.I,
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)|\n(?=[A-Z][^\n]{0,60}$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


_CONDITIONAL = re.compile(r"\s*(if|in case|should you)\b", re.IGNORECASE)

# Each remedy pattern is searched in a sentence only through the alternatives the whole text holds the
# words and strings of (`AlternativesGate`, case-folded): most mail asks for nothing and is not cut into
# sentences at all. Then a sentence is searched with a pattern only when it holds one of the words
# every match of those alternatives holds (a sentence is a piece of the text; its words are read from
# the text's case-folded copy with non-word characters as spaces, same offsets).
_REMEDY_GATES = [AlternativesGate(pat) for _, pat in _REMEDY]


def _remedy_patterns(folded: str) -> list[tuple[int, re.Pattern[str], frozenset[str] | None]]:
    """(priority, pattern, words one of which a sentence must hold) of the remedy patterns that may
    match in the text whose case-folded copy is `folded`, in order, each cut to the alternatives that
    may (no words: every sentence is searched)."""
    words = words_of(folded)
    out = []
    for (prio, _), gate in zip(_REMEDY, _REMEDY_GATES):
        live = gate.live(words, folded)
        if live:
            out.append((prio, gate.pattern_of(live), gate.first_words(live)))
    return out


def _find_remedy(text: str) -> tuple[str, int, int] | None:
    folded = fold_case(text)
    remedy_patterns = _remedy_patterns(folded)
    if not remedy_patterns:
        return None
    spaced = space_non_words(folded) if len(folded) == len(text) else None
    best: tuple[int, int, int, int] | None = None  # (priority, -index, start, end)
    for idx, (s, e) in enumerate(_sentences(text)):
        sent = text[s:e]
        if _CLOSING.match(sent.strip()) or len(sent) < 8 or _CONDITIONAL.match(sent):
            continue
        sent_words = frozenset(spaced[s:e].split()) if spaced is not None else None
        for prio, pat, needs in remedy_patterns:
            if needs is not None and sent_words is not None and needs.isdisjoint(sent_words):
                continue
            m = pat.search(sent)
            if not m:
                continue
            if _NOT_REMEDY.search(sent) and not any(p.search(_NOT_REMEDY.sub(" ", sent)) for _, p in _REMEDY):
                continue
            if sent.rstrip().endswith("?") and prio < 3 and not re.search(r"\b(refund|cancel|remove|stop|apolog)", sent, re.I):
                continue
            cand = (prio, idx, s, e)
            if best is None or prio > best[0]:
                best = cand
            break
    if best is None:
        return None
    s, e = best[2], best[3]
    sent = re.sub(r"\s+", " ", text[s:e]).strip()
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    if len(sent) > 240:
        sent = sent[:237].rsplit(" ", 1)[0] + "..."
    return sent, s + lead, e


# -- documents ------------------------------------------------------------------------------------

_NOT_DOCUMENT = re.compile(
    r"^(image\d{2,4}\.(png|jpe?g|gif|bmp|emz|wmz)|outlook-[\w-]+\.(png|jpe?g|gif)|~wrl\d+\.tmp|smime\.p7[smc]|"
    r"winmail\.dat|att\d{4,}\.(htm|html|txt|dat)|.*\b(logo|signature|sig|banner|footer|icon|spacer)\b.*\.(png|jpe?g|gif|svg|bmp)|"
    r"[^.]*\.(vcf|ics|p7s)|oledata\.mso|image\.(png|jpe?g|gif))$",
    re.I,
)


def is_document(name: str) -> bool:
    """Whether an attachment name is a real document (not a signature logo or mail-client debris)."""
    n = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    return bool(n) and not _NOT_DOCUMENT.match(n)


# -- details (the complainant's own account) -------------------------------------------------------


_DETAIL_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_SPACES = re.compile(r"\s+")


def _details_text(text: str) -> tuple[str, int, int] | None:
    lines = text.split("\n")
    body: list[str] = []
    for line in lines:
        if _CLOSING.match(line):
            break
        if _GREETING.match(line) and not body and len(line) < 60:
            continue
        body.append(line)
    joined = " ".join(body)
    # (counted before the spaces are tidied, which moves no word; and only as far as needed)
    if sum(1 for _ in islice(_DETAIL_WORD.finditer(joined), DETAILS_MIN_WORDS)) < DETAILS_MIN_WORDS:
        return None
    joined = _SPACES.sub(" ", joined).strip()
    snippet = joined if len(joined) <= 300 else joined[:297].rsplit(" ", 1)[0] + "..."
    start = text.find(body[0]) if body and body[0] else 0
    return snippet, max(0, start), len(text)


# -- the extractor --------------------------------------------------------------------------------


def _scan_text(text: str) -> str:
    """The part of `text` that is read, with one-for-one replacements only, so evidence offsets index
    the text as passed in."""
    text = (text or "")[:MAX_SCAN_CHARS].replace("\r\n", " \n").replace("\r", "\n")
    return text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")


def find_account_references(text: str, reference_patterns: Sequence[str] = ()) -> tuple[str, ...]:
    """`extract_details(text, reference_patterns=...).account_references`, without reading the rest
    (quoted and forwarded text is read for the firm's own reference formats only)."""
    refs = _find_references(_scan_text(text), reference_patterns)
    return _union([v for k, v, _, _ in refs if k == "account"], [], key=_key_for("account_references"))


def extract_details(
    text: str,
    *,
    reference_patterns: Sequence[str] = (),
    attachment_names: Sequence[str] = (),
    sender_name: str = "",
    source: str = "",
) -> CaseDetails:
    """The case details `text` gives (see the module docstring for what is found and how).

    `reference_patterns`: the profile's account-reference formats as regular expressions (group 1, when
    present, is the reference; otherwise the whole match). `attachment_names`: the message's attachment
    file names. `sender_name`: the From display name, used as the name only when the text gives none and
    it looks like a person's full name. `source`: recorded in each `Evidence` (e.g. a register id).
    """
    text = _scan_text(text)
    ev: list[Evidence] = []

    refs = _find_references(text, reference_patterns)
    accounts = _union([v for k, v, _, _ in refs if k == "account"], [], key=_key_for("account_references"))
    cases = _union([v for k, v, _, _ in refs if k == "case"], [])
    ev += [Evidence("account_reference" if k == "account" else "case_reference", text[s:e], s, e, source) for k, v, s, e in refs]
    ref_spans = [(s, e) for _, _, s, e in refs]

    phones: list[str] = []
    for e164, s, e in find_phones(text):
        if any(s < y and x < e for x, y in ref_spans):
            continue
        phones.append(e164)
        ev.append(Evidence("phone", text[s:e], s, e, source))

    emails = []
    for m in _find_emails(text):
        emails.append(m.group(0).strip(".'"))
        ev.append(Evidence("email", m.group(0), m.start(), m.end(), source))

    postcodes: list[str] = []
    addresses: list[str] = []
    for pc, s, e in find_postcodes(text):
        if any(s < y and x < e for x, y in ref_spans):
            continue
        postcodes.append(pc)
        ev.append(Evidence("postcode", text[s:e], s, e, source))
        found = _address_for(text, s, e)
        if found:
            addr, a_start = found
            if addr and addr.upper() != pc:
                addresses.append(addr)
                ev.append(Evidence("address", text[a_start:e], a_start, e, source))

    name = None
    nm = _find_name(text, sender_name)
    if nm:
        name = nm[0]
        ev.append(Evidence("name", nm[0], nm[1], nm[2], source if nm[1] >= 0 else (source or "sender")))

    remedy = None
    rm = _find_remedy(text)
    if rm:
        remedy = rm[0]
        ev.append(Evidence("remedy", text[rm[1]:rm[2]].strip(), rm[1], rm[2], source))

    details = None
    dt = _details_text(text)
    if dt:
        details = dt[0]

    documents = tuple(n.strip() for n in attachment_names if n and is_document(n))
    ev += [Evidence("document", d, -1, -1, source) for d in documents]

    return CaseDetails(
        account_references=accounts,
        case_references=cases,
        phones=_union(phones, []),
        emails=_union(emails, [], key=str.lower),
        postcodes=_union(postcodes, []),
        addresses=_union(addresses, [], key=_key_for("addresses")),
        name=name,
        remedy=remedy,
        details=details,
        documents=_union(documents, []),
        evidence=tuple(ev),
    )


# -- data minimisation ----------------------------------------------------------------------------


def _postcode_district(pc: str) -> str:
    return pc.split(" ")[0] if " " in pc else pc[:-3]


def minimise(details: CaseDetails) -> CaseDetails:
    """A copy holding only what a minimising profile may store.

    Phones keep the last 3 digits of the national number (``********123``), addresses and postcodes
    shrink to the postcode district (``SW1A``), account references keep their last 4 characters, e-mail
    addresses keep the domain, the name becomes initials, `details` becomes a word count and documents
    keep their type and a short digest (``document-1a2b3c4d.pdf``). The remedy is kept (it says what the
    complainant asked for). Evidence, which quotes the text, is dropped. `missing()` answers the same
    before and after; minimising twice changes nothing.
    """
    if details.minimised:
        return details

    def mask_phone(p: str) -> str:
        digits = re.sub(r"\D", "", p)
        if p.startswith("+44"):
            digits = "0" + digits[2:]  # national form: 07700 900123 -> ********123
        return "*" * max(0, len(digits) - 3) + digits[-3:]

    def mask_ref(r: str) -> str:
        return "*" * max(0, len(r) - 4) + r[-4:]

    districts: list[str] = []
    for a in details.addresses:
        pcs = find_postcodes(a)
        districts.append(_postcode_district(pcs[-1][0]) if pcs else "")
    name = None
    if details.name:
        name = " ".join(p[0] + "." for p in details.name.split() if p[:1].isalpha()) or "*"
    doc_names = []
    for d in details.documents:
        # a short digest keeps different documents apart (and merges of minimised details free of false
        # duplicates) without keeping the file name, which often holds a person's name
        tag = hashlib.sha256(d.encode("utf-8")).hexdigest()[:8]
        ext = d.rsplit(".", 1)[-1].lower() if "." in d else ""
        doc_names.append(f"document-{tag}.{ext}" if ext.isalnum() and len(ext) <= 5 else f"document-{tag}")
    words = len((details.details or "").split())
    return replace(
        details,
        account_references=tuple(mask_ref(r) for r in details.account_references),
        phones=_union([mask_phone(p) for p in details.phones], []),
        emails=_union(["*@" + e.split("@", 1)[1] for e in details.emails if "@" in e], []),
        postcodes=_union([_postcode_district(p) for p in details.postcodes], []),
        addresses=_union([d or "*" for d in districts], []),
        name=name,
        details=f"[{words} words]" if details.details else None,
        documents=tuple(doc_names),
        evidence=(),
        minimised=True,
    )


# -- evaluation -----------------------------------------------------------------------------------


def evaluate_details(rows: Iterable[Mapping[str, Any]], *, reference_patterns: Sequence[str] = ()) -> dict[str, Any]:
    """Per-field precision/recall/F1 of `extract_details` on rows with `text`, `attachments` and `gold`.

    `gold` holds lists `phones`, `postcodes`, `account_references`, `addresses`, `documents` (compared as
    sets, references without case/space/dash), `name` (a list of acceptable answers; None in the list means
    "may be missing") and `remedy` (bool: the writer asks for something; compared with `remedy is not None`).
    """

    set_fields = ("phones", "postcodes", "account_references", "addresses", "documents")
    counts = {f: [0, 0, 0] for f in set_fields + ("remedy",)}
    name_ok = name_n = name_found_wrong = name_missed = 0
    errors: list[dict[str, Any]] = []
    n = 0
    for row in rows:
        n += 1
        gold = row.get("gold") or {}
        d = extract_details(str(row.get("text", "")), reference_patterns=reference_patterns,
                            attachment_names=row.get("attachments") or ())
        bad: dict[str, Any] = {}
        for f in set_fields:
            key = _key_for(f)
            g = {key(x) for x in gold.get(f) or ()}
            p = {key(x) for x in getattr(d, f)}
            counts[f][0] += len(g & p)
            counts[f][1] += len(p - g)
            counts[f][2] += len(g - p)
            if g != p:
                bad[f] = {"gold": sorted(g), "pred": sorted(p)}
        g_rem, p_rem = bool(gold.get("remedy")), d.remedy is not None
        counts["remedy"][0 if g_rem and p_rem else 1 if p_rem else 2 if g_rem else 0] += int(g_rem or p_rem)
        if g_rem != p_rem:
            bad["remedy"] = {"gold": g_rem, "pred": d.remedy}
        acceptable = gold.get("name") or [None]
        name_n += 1
        if d.name in acceptable or (d.name is None and None in acceptable):
            name_ok += 1
        else:
            bad["name"] = {"gold": acceptable, "pred": d.name}
            if d.name is None:
                name_missed += 1
            else:
                name_found_wrong += 1
        if bad:
            errors.append({"id": row.get("id"), **bad})
    out: dict[str, Any] = {"n": n}
    for f, c in counts.items():
        out[f] = prf(*c)
    out["name"] = {"accuracy": round(name_ok / name_n, 4) if name_n else 0.0, "wrong": name_found_wrong, "missed": name_missed}
    out["errors"] = errors
    return out
