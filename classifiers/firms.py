"""Find the firms of a directory in a message: names, aliases, misspellings and email domains.

Everything is built from the directory passed in (never from hard-coded firm names): a spaCy
PhraseMatcher over names and aliases (acronyms matched case-sensitively, one-word aliases only when
capitalised), rapidfuzz for misspelt names ("Orchard Lanes", "Lumin Water"), and email/web domains,
also inside quoted and forwarded text. Organisation-like names outside the directory are reported so
a complaint purely about one can be routed as "unknown".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from classifiers.pattern_words import space_non_words
from classifiers.types import Firm

_MISSING = object()


@dataclass(frozen=True)
class FirmMention:
    """One place a directory firm was recognised."""

    firm_id: str
    text: str
    score: float  # 0..1 confidence of the match itself
    where: str  # "new" (labelled text), "context" (quoted/forwarded), "sender"
    kind: str  # "name", "alias", "acronym", "fuzzy", "domain"


_EMAIL = re.compile(r"[\w.+'-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})")
_WEB = re.compile(r"\b(?:https?://)?(?:www\.)([\w-]+(?:\.[\w-]+)+)", re.I)
_ORG_SUFFIX = (
    r"Ltd|Limited|LLP|plc|PLC|Solicitors|Conveyancing|Conveyancers|Bank|Building Society|Finance|Mortgages?|Telecom|"
    r"Energy|Water|Insurance|Lending|Loans|Credit|Estates|Homes|Law|Legal|Group|Services|Council|Mobile|Broadband|"
    r"Utilities|Gas|Electric|Capital|Collections|Recoveries|Partners|Associates|& Co|and Co|Mutual|Housing|"
    r"Estate Agents|Lettings|Property|Properties|Funding|Money|Partnership|Chambers|Surveyors|Telecoms|Communications|"
    r"Conveyancing Services|Financial|Lenders?|Motors|Retail|Stores|Association"
)
_CAP = r"[A-Z][\w'’-]*"
_ORG = re.compile(
    rf"\b((?:{_CAP}\s+){{0,3}}{_CAP}\s+(?:{_ORG_SUFFIX})\b|{_CAP}(?:\s+{_CAP})?\s+(?:&|and)\s+{_CAP}(?:\s+{_CAP})?)"
)
# Bodies that are named in complaints but are never the firm a complaint is routed to.
_NOT_A_FIRM = re.compile(
    r"\b(Land Registry|Ombudsman|Financial Conduct|Information Commissioner|Citizens Advice|StepChange|Money Helper|"
    r"MoneyHelper|Trading Standards|Breathing Space|Terms and Conditions|Terms & Conditions|Mr and Mrs|Mr & Mrs|Bank Holiday|"
    r"Law Society|Legal Ombudsman|Solicitors Regulation|Council Tax|Customer Services?|Universal Credit|Debt Relief|"
    r"Insolvency Service|Private and Confidential|Credit Reference|Debt Management|Debt Recovery|Services Team|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)
_CAND = re.compile(r"[A-Z][\w'’&-]+(?:\s+(?:(?:&|and|of)\s+)?[A-Z][\w'’-]+){0,3}")
MAX_SCAN = 20000  # addresses are looked for in the first 20,000 characters of each part
_ACRONYM = re.compile(r"^[A-Z0-9&]{2,6}$")


def _domain_of(address: str) -> str:
    m = _EMAIL.search(address or "")
    return m.group(1).lower() if m else ""


class FirmMatcher:
    """Directory-driven firm recognition; build once per directory, call `mentions()` per message."""

    def __init__(self, firms: Sequence[Firm], nlp: Language, receiving_names: Sequence[str] = ()) -> None:
        self.firms = {f.firm_id: f for f in firms}
        self.receiving = [n.lower() for n in receiving_names if n]
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.kind: dict[str, str] = {}
        self.single_word: set[str] = set()
        self.fuzzy_choices: list[str] = []
        self.fuzzy_ids: list[str] = []
        self.domains: dict[str, str] = {}
        triggers: set[str] = set()
        for f in firms:
            names = [(f.name, "name")] + [(a, "alias") for a in f.aliases]
            for text, _ in names:
                words = re.findall(r"\w+", text.lower())
                if words:
                    triggers.add(words[0])
            for text, kind in names:
                text = text.strip()
                if not text:
                    continue
                key = f"{f.firm_id}|{kind}"
                if _ACRONYM.match(text):
                    self.orth_matcher.add(f"{f.firm_id}|acronym", [nlp.make_doc(text)])
                else:
                    pattern = nlp.make_doc(text)
                    self.lower_matcher.add(key, [pattern])
                    if len(pattern) == 1:
                        self.single_word.add(text.lower())
                    if len(text) >= 6:
                        self.fuzzy_choices.append(text.lower())
                        self.fuzzy_ids.append(f.firm_id)
            for d in f.domains:
                self.domains[d.lower().strip()] = f.firm_id
            if f.complaints_email:
                d = _domain_of(f.complaints_email)
                if d:
                    self.domains.setdefault(d, f.firm_id)

        # A message can hold a phrase match only if the first word of some name or alias is one of its
        # words (case-insensitively): a cheap test that lets the caller skip tokenising everything else.
        self._triggers = frozenset(triggers)

    def needs_tokens(self, text: str) -> bool:
        """False when no directory name or alias can occur in `text` (then no doc is needed)."""
        # (the words of the lower-cased text, as `\w+` finds them, split at C speed)
        return not self._triggers.isdisjoint(space_non_words(text.lower()).split())

    # -- pieces --------------------------------------------------------------------------------

    def firm_for_domain(self, domain: str) -> str | None:
        domain = domain.lower().strip(".")
        while domain:
            if domain in self.domains:
                return self.domains[domain]
            if "." not in domain:
                return None
            domain = domain.split(".", 1)[1]
        return None

    def _phrase_mentions(self, doc: Doc, new_end: int) -> list[FirmMention]:
        out: list[FirmMention] = []
        seen_spans: list[tuple[int, int]] = []
        for matcher in (self.orth_matcher, self.lower_matcher):
            for match_id, start, end in matcher(doc):
                label = doc.vocab.strings[match_id]
                firm_id, kind = label.split("|")
                span = doc[start:end]
                if kind != "acronym" and len(span) == 1 and not span.text[:1].isupper():
                    continue  # "beacon" or "lumen" in lower case is a word, not a firm
                if any(s <= start and end <= e for s, e in seen_spans):
                    continue
                seen_spans.append((start, end))
                where = "new" if span.start_char < new_end else "context"
                score = 1.0 if kind == "name" else (0.9 if len(span) > 1 or kind == "acronym" else 0.8)
                out.append(FirmMention(firm_id, span.text, score, where, kind))
        return out

    # The same capitalised words and names recur across messages: the fuzzy look-ups are cached per
    # matcher (the directory is fixed for its lifetime), bounded so a long-running service stays small.
    _CACHE_MAX = 50_000

    def _cached(self, name: str, key: str, compute):
        cache = self.__dict__.setdefault(name, {})
        hit = cache.get(key, _MISSING)
        if hit is _MISSING:
            if len(cache) >= self._CACHE_MAX:
                cache.clear()
            hit = cache[key] = compute(key)
        return hit

    def _closest(self, cand_low: str):
        return self._cached("_closest_cache", cand_low, lambda k: process.extractOne(k, self.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=84))

    def _like_a_firm(self, name_low: str) -> bool:
        return self._cached(
            "_like_cache", name_low, lambda k: bool(process.extractOne(k, self.fuzzy_choices, scorer=fuzz.token_set_ratio, score_cutoff=90))
        )

    def _fuzzy_mentions(self, text: str, where: str, exact_ids: set[str]) -> list[FirmMention]:
        if not self.fuzzy_choices:
            return []
        out: list[FirmMention] = []
        for m in _CAND.finditer(text):
            for cand, firm_id, score in self._cached("_phrase_cache", m.group(0), self._phrase_hits):
                if firm_id not in exact_ids:
                    out.append(FirmMention(firm_id, cand, score, where, "fuzzy"))
        return out

    def _phrase_hits(self, phrase: str) -> tuple[tuple[str, str, float], ...]:
        """(text, firm id, score) of each run of words in a capitalised phrase that is a misspelt directory
        name, longest runs first (cached per phrase by `_fuzzy_mentions`: most phrases recur and hold none)."""
        words = phrase.split()
        out = []
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                cand = " ".join(words[i : i + n])
                if len(cand) < 5:
                    continue
                hit = self._closest(cand.lower())
                if not hit:
                    continue
                choice, score, idx = hit
                if score >= 100:
                    continue  # exact: the phrase matcher has it
                if n == 1 and (score < 88 or choice in self.single_word and len(cand) < 6):
                    continue
                out.append((cand, self.fuzzy_ids[idx], round(score / 100 * 0.85, 3)))
        return tuple(out)

    def _domain_mentions(self, text: str, where: str) -> list[FirmMention]:
        out = []
        low = text.lower()
        for rx, needle in ((_EMAIL, "@"), (_WEB, "www.")):
            if needle not in low:
                continue
            for m in rx.finditer(text):
                firm_id = self.firm_for_domain(m.group(1))
                if firm_id:
                    out.append(FirmMention(firm_id, m.group(0), 0.95, where, "domain"))
        return out

    # -- public --------------------------------------------------------------------------------

    def mentions(self, doc: Doc, new_text: str, context_text: str, sender: str) -> list[FirmMention]:
        """Every directory-firm mention in the message (labelled text, context, sender address)."""
        new_end = len(new_text)
        found = self._phrase_mentions(doc, new_end)
        exact = {m.firm_id for m in found}
        found += self._fuzzy_mentions(new_text[:3000], "new", exact)
        found += self._domain_mentions(new_text[:MAX_SCAN], "new")
        found += self._domain_mentions(context_text[:MAX_SCAN], "context")
        sender_firm = self.firm_for_domain(_domain_of(sender))
        if sender_firm:
            found.append(FirmMention(sender_firm, _domain_of(sender), 0.95, "sender", "domain"))
        return found

    def unknown_orgs(self, new_text: str, mentions: Sequence[FirmMention], receiving: Sequence[str] = ()) -> list[str]:
        """Organisation-like names in the new text that are not directory firms nor the receiving firm."""
        known = [m.text.lower() for m in mentions]
        receiving_low = self.receiving + [r.lower() for r in receiving if r]
        out: list[str] = []
        for m in _ORG.finditer(new_text):
            name = m.group(0).strip()
            low = name.lower()
            if _NOT_A_FIRM.search(name) or any(k in low or low in k for k in known):
                continue
            if any(r in low for r in receiving_low):
                continue
            if self.fuzzy_choices and self._like_a_firm(low):
                continue
            out.append(name)
        return out
