"""Transparent wording cues: the rules-only baseline, the handcrafted model features and the evidence.

Each cue is a named regular expression over the NEW text of a message. They encode the labelling
guide's definitions (e.g. `access` is a request for a *copy* of one's data, "stop calling me" is a
conduct remedy and not `objection`, "delete the attachment" is not `erasure`). The trained heads use
their counts as features; the baseline classifier and the rights detector use them directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from classifiers.pattern_words import FirstWords, NeededWords, alternatives, first_words, space_non_words

_F = re.S


def _rx(*parts: str) -> re.Pattern[str]:
    r"""Compile lower-case alternatives; callers match against `lower(text)` (faster than re.I).

    When every alternative starts at a word boundary, a `\b(?=\w)` guard lets the engine skip
    other positions quickly, and the pattern gets a word-start plan for the fast path (`iter_matches`).
    """
    body = "|".join(f"(?:{p})" for p in parts)
    guard = all(p.startswith(r"\b") for p in parts)
    if guard:
        body = rf"\b(?=\w)(?:{body})"
    compiled = re.compile(body, _F)
    if guard:
        _PLANS[(compiled.pattern, compiled.flags)] = _Plan(parts)
    return compiled


def _rx_words(pattern: str) -> re.Pattern[str]:
    r"""`\b(a|b|...)\b` as the alternatives `\b(?:a)\b|\b(?:b)\b|...`: the same matches (the leading
    `\b` has no choices to backtrack into), but each word is planned apart in the fast path."""
    assert pattern.startswith(r"\b(") and pattern.endswith(r")\b"), pattern[:40]
    words = alternatives(pattern[3:-3])
    compiled = _rx(*(rf"\b(?:{w})\b" for w in words))
    assert compiled.pattern.count("|") >= len(words) - 1
    return compiled


# -- fast path: try alternatives only where a word starts that can begin them ------------------------
#
# Python's `re` has a fast literal scan only for a pattern that starts with literal text; a leading
# `\b` (every cue starts with one) makes it try the whole alternation at every position. But a match
# of such a pattern can only start where a word starts, and the pattern itself says which words can
# begin each alternative (`pattern_words.first_words`: "the", or any word starting with "complain").
# So the words of a text are indexed once (`_TextWords`), and only where a word starts that can begin
# some alternative are those alternatives tried, in pattern order, anchored (`match`). Scanning those
# word starts left to right and resuming after each match gives exactly `pattern.finditer`
# (tests/classifiers/test_fast_paths.py checks every pattern on the labelled data).
#
# Whole first words matter: most mail is full of "the", "i", "my" and "to", which begin few
# alternatives, while "their", "there" and "these" begin none; a gate on the first letters alone would
# try the "the" alternatives at all of them.

_KEY = 3  # alternatives are grouped by the first three characters of their first word


class _Plan:
    """How to match one guarded pattern word start by word start.

    Each alternative (`parts`, in pattern order) starts with one of a few known words, or with a word that
    starts with a known prefix of at least `_KEY` characters, or is ungated: its first word cannot be read
    off the pattern. The alternatives are grouped by the key (first `_KEY` characters) of the words that
    can begin them; at a word start that can begin a live alternative, the group of its key is tried (with
    every ungated alternative, in pattern order, as the whole pattern would). The ungated alternatives
    alone are searched for matches starting anywhere else.

    An alternative is live in a text when the text holds one of the words every match of it needs
    (`pattern_words.needed_words`; one without such words is always live): most mail holds the common
    first words ("the", "i", "my") but not the rarer words further on, so most alternatives, and most
    patterns, are dead in most texts, and their word starts are not tried at all.
    """

    def __init__(self, parts: Iterable[str]):
        self.parts = tuple(parts)
        gates: list[FirstWords | None] = []
        for part in self.parts:
            gate = first_words(part)
            if gate is not None and any(len(p) < _KEY for p in gate.prefixes):
                gate = None  # a short prefix would need every key that starts with it: search instead
            gates.append(gate)
        ungated = [i for i, g in enumerate(gates) if g is None]
        self.ungated_parts = frozenset(ungated)
        self.ungated = re.compile(rf"\b(?=\w)(?:{self._source(ungated)})", _F) if ungated else None

        prefixed: dict[str, list[tuple[str, int]]] = {}
        for i, gate in enumerate(gates):
            for prefix in sorted(gate.prefixes) if gate else ():
                prefixed.setdefault(prefix[:_KEY], []).append((prefix, i))
        self.prefixed = {key: tuple(pairs) for key, pairs in prefixed.items()}
        word_parts: dict[str, set[int]] = {}
        for i, gate in enumerate(gates):
            for word in gate.exact if gate else ():
                word_parts.setdefault(word, set()).add(i)
        for word, found in word_parts.items():  # an exact first word may also have a prefix of another part
            found.update(i for prefix, i in self.prefixed.get(word[:_KEY], ()) if word.startswith(prefix))
        self.word_parts = {word: frozenset(found) for word, found in word_parts.items()}
        self.first_words = frozenset(word_parts)
        groups: dict[str, set[int]] = {}  # key -> the alternatives a word with that key can begin
        for word, found in word_parts.items():
            groups.setdefault(word[:_KEY], set()).update(found)
        for key, pairs in prefixed.items():
            groups.setdefault(key, set()).update(i for _, i in pairs)
        self.by_key = {key: self._compile(sorted(found.union(ungated))) for key, found in groups.items()}

        # liveness: the alternatives are indexed by the words of their best needed set; the others are checked after
        self._needs = NeededWords(self.parts)

    def _source(self, indices: Iterable[int]) -> str:
        return "|".join(f"(?:{self.parts[i]})" for i in indices)

    def _compile(self, indices: Iterable[int]) -> re.Pattern[str]:
        # Tried only at a word start, where the guard and each part's leading `\b` hold anyway.
        return re.compile(self._source(indices), _F)

    def live(self, words: _TextWords) -> set[int]:
        """The alternatives that may match in the text: it holds a word of each set they need."""
        return self._needs.live(words.vocabulary)

    def starts(self, words: _TextWords, live: set[int]) -> list[tuple[int, re.Pattern[str]]]:
        """(where, alternatives to try there) for every word start in the text that can begin a live
        alternative, in text order."""
        found: dict[int, re.Pattern[str]] = {}
        for word in self.first_words & words.vocabulary:
            if not live.isdisjoint(self.word_parts[word]):
                found.update(dict.fromkeys(words.starts(word), self.by_key[word[:_KEY]]))
        for key, pairs in self.prefixed.items():
            for prefix, i in pairs:
                if i in live:
                    found.update(dict.fromkeys(words.starts_with(prefix), self.by_key[key]))
        return sorted(found.items())  # (one entry per word start)

    def finditer(self, low: str) -> Iterator[re.Match[str]]:
        """The matches of the whole pattern in `low`, left to right, as `finditer` gives them."""
        words = _text_words(low)
        live = self.live(words)
        if not live:
            return
        starts = self.starts(words, live)
        if not self.ungated_parts.isdisjoint(live):
            yield from self._merge_ungated(low, starts)
            return
        pos = 0
        for at, group in starts:
            if at >= pos:
                m = group.match(low, at)
                if m is not None:
                    yield m
                    pos = m.end()

    def _merge_ungated(self, low: str, starts: list[tuple[int, re.Pattern[str]]]) -> Iterator[re.Match[str]]:
        """`finditer` for a pattern with live ungated alternatives: at a planned word start they are tried
        with the others; elsewhere the next match is the leftmost ungated one (`search`)."""
        assert self.ungated is not None
        pos, i = 0, 0
        other = self.ungated.search(low)
        while True:
            while i < len(starts) and starts[i][0] < pos:
                i += 1
            if other is not None and other.start() < pos:
                other = self.ungated.search(low, pos)
            planned_at = starts[i][0] if i < len(starts) else len(low) + 1
            if other is not None and other.start() < planned_at:
                m: re.Match[str] | None = other
            elif i < len(starts):
                at, group = starts[i]
                i += 1
                m = group.match(low, at)
            else:
                return
            if m is not None:
                yield m
                pos = m.end()


# Plans are keyed by source and flags: a compiled pattern hashes its whole program on every lookup
# (~15 microseconds for the long lexicons), a string only once.
_PLANS: dict[tuple[str, int], _Plan] = {}


def _plan_of(pattern: re.Pattern[str]) -> _Plan | None:
    return _PLANS.get((pattern.pattern, pattern.flags))


class _TextWords:
    r"""The words of one lower-cased text (its `\w+` runs) and where they start; built once per text and
    shared by every planned pattern matched against it.

    The text is kept with every non-word character turned into a space (same length, same offsets):
    then its words are what `str.split` gives, and the places where a word starts are the places of
    " word " or " prefix", found with `str.find`. Only the places of the words some live alternative can
    start with are looked up, once each.
    """

    def __init__(self, low: str):
        spaced = space_non_words(low)
        self._spaced = f" {spaced} "  # a space before the first and after the last word
        self.vocabulary = frozenset(spaced.split())
        self._starts: dict[str, list[int]] = {}

    def starts(self, word: str) -> list[int]:
        """Where `word` starts in the text, in order."""
        found = self._starts.get(word)
        if found is None:
            found = self._starts[word] = self._find(f" {word} ")
        return found

    def starts_with(self, prefix: str) -> list[int]:
        """Where the words that start with `prefix` start, in order."""
        return self._find(f" {prefix}")

    def _find(self, needle: str) -> list[int]:
        out = []
        spaced, step = self._spaced, len(needle) - 1  # (a word's trailing space may lead the next)
        at = spaced.find(needle)
        while at >= 0:
            out.append(at)  # (the padding space before the text makes this the word's offset)
            at = spaced.find(needle, at + step)
        return out


@lru_cache(maxsize=64)
def _text_words(low: str) -> _TextWords:
    # Callers read several patterns over one text in a row (the rights, the cue counts): a short cache
    # shares the index between them without keeping every message's index alive.
    return _TextWords(low)


def iter_matches(pattern: re.Pattern[str], low: str) -> Iterator[re.Match[str]]:
    """Exactly the spans of `pattern.finditer(low)` (match objects of the planned alternatives), faster."""
    plan = _plan_of(pattern)
    return plan.finditer(low) if plan is not None else pattern.finditer(low)


def fast_search(pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """Exactly `pattern.search(low)`'s span (see `iter_matches`)."""
    return next(iter_matches(pattern, low), None)


@lru_cache(maxsize=8192)
def lower(text: str) -> str:
    """Lower-cased text with the same length as `text`, so match offsets slice the original."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


# -- complaint -------------------------------------------------------------------------------------

COMPLAIN_WORD = _rx(r"\bcomplain(t|ts|ed|ing|s)?\b")
NEGATED_COMPLAINT = _rx(
    r"\b(is|was)n'?t (a|my) complaint", r"\b(is|was) not (a|my) complaint", r"\bnot (a|to) complain",
    r"\bno complaints?\b", r"\bnot complaining\b", r"\bnothing to complain", r"\bcan'?t complain\b",
    r"\bnot making a complaint", r"\bdon'?t want to (make a )?complain",
)
EXPLICIT = _rx(
    r"\b(formal|official|my|a|this|our|the) complaint\b", r"\b(i|we) (want|wish|would like|need|intend) to (make a |raise a |lodge a |file a |submit a )?complain\w*",
    r"\b(i|we) (am|are|'m|'re) (writing to )?complain\w*", r"\bcomplain(ing)? about\b", r"\bcomplaint (about|regarding|re|against)\b",
    r"\b(raise|raising|lodge|lodging|make|making|file|filing|submit|escalate) (a |my |this |our )?(formal )?complaint",
    r"\btreat (this|my|our) (email|letter|message) as a (formal )?complaint", r"\bi made a complaint\b",
)
DISSATISFACTION = _rx_words(
    r"\b(unacceptable|disgrace(ful)?|appalling|appalled|shocking|ridiculous|outrageous|disgusted|furious|livid|fed up|sick of|"
    r"frustrat(ed|ing)|disappointed|upset(ting)?|distress(ed|ing)?|angry|annoyed|unhappy|dissatisfied|not happy|humiliat\w*|"
    r"harass(ed|ing|ment)?|intimidat\w*|threaten\w*|rude|unhelpful|incompetent|shambles|nightmare|in tears|stress(ed|ful)?|"
    r"not (good enough|fair|right|acceptable|ok)|unfair|wrong(ly)?|incorrect(ly)?|mistake|error|failed|fail(s|ure)?|"
    r"still (waiting|not|no|haven'?t|hasn'?t|being)|(no|any) (reply|response|answer|one (has )?(got|come) back)|nothing back|"
    r"ignored|ignoring|never (received|got|heard|replied|responded|came|arrived)|(second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (time|email|letter|call|chaser|request|message|attempt)|again\b|"
    r"any (update|news|progress)|still nothing|chasing|no (update|progress|news)|heard nothing|waiting (since|for (weeks|months|days|over|a reply|an answer|a response))|"
    r"(weeks?|months?|days?) (and|with) (still|nothing|no)|keep(s)? (calling|ringing|sending|writing|chasing|charging)|"
    r"overcharg\w*|charged (twice|again|me)|double[- ]charged|not owed|don'?t owe|do not owe|never (had|owed|took|applied)|"
    r"already (paid|settled|cleared)|cut off|on hold|chas(ed|ing)|lost (my|our|the)|misled|mis-?sold|promised|"
    r"can'?t (get through|log ?in|access|reach)|unable to|refus(ed|ing|es)|denied|haven'?t (received|heard|had)|"
    r"no (one|body) (has )?(replied|responded|called|rang|got back)|not (been )?(resolved|fixed|sorted|answered|returned|received)|"
    r"poor (service|communication)|terrible|awful|worst|useless|pathetic|hopeless|inaccurate|damag(ed|ing)|"
    r"costs? (us|me)|out of pocket|lost out|penalt(y|ies)|late fees?|hidden fees?|scam|fraud\w*)\b",
)
DEMAND = _rx(
    r"\b(i|we) (want|need|expect|demand|require|would like|'d like|insist)\b", r"\bplease (can|could)\b", r"\b(can|could|will) you (please )?",
    r"\bplease\b", r"\bpls\b", r"\b(explain|refund|reimburse|compensat\w*|apologi[sz]e|apology|fix|sort (this|it) out|resolve|rectify|remove|waive|"
    r"cancel|stop|call me|ring me|get back to me|respond|reply|escalate|investigate|look into|put (this|it) right|make (this|it) right|"
    r"tell (me|them|us)|confirm|help)\b",
)
PRAISE = _rx(
    r"\b(thank(s| you) (so much|very much|for (sorting|resolving|your help|all your)))", r"\b(really|very) (appreciate|helpful|grateful)",
    r"\b(great|excellent|brilliant|fantastic|wonderful) (service|job|work|help)", r"\bno complaints\b", r"\ball sorted\b",
    r"\bno (problems|issues) (with|at all)",
)
QUESTION = _rx(r"\b(how (long|do|does|can|much)|what is|when (is|does|will)|is it possible|could you (tell|let) me|do you (know|offer|have))\b")

# -- personal data and breach ----------------------------------------------------------------------

PERSONAL_DATA = _rx(
    r"\b(my|our|her|his|their|client'?s?|customer'?s?) (personal )?(data|details|information|record|records|file|profile|address|"
    r"phone number|number|email address|credit (file|report|record))\b",
    r"\bpersonal (data|information|details)\b", r"\bdata protection\b", r"\b(uk )?gdpr\b", r"\bsubject access\b",
    r"\b(credit (file|report|record)|credit reference|experian|equifax|transunion)\b",
    r"\b(incorrect|inaccurate|wrong|out of date|outdated) (personal )?(data|details|record|address|entry|entries) (on|in|about|for) (me|my|her|his|their|the (file|record|credit))\b",
    r"\bon (what|which) (legal )?basis\b", r"\bwhere did you get (my|her|his)\b", r"\bhow did you get (my|her|his)\b",
    r"\bmarketing (texts?|emails?|calls?|messages?)\b", r"\binformation commissioner|\bico\b",
)
_OTHERS = (r"(my |the |our |her |his )?(neighbou?rs?|landlord|new tenants?|tenant|flatmate|partner|ex-?partner|ex|wife|husband|son|daughter|"
           r"mum|mother|dad|father|father-in-law|mother-in-law|family|colleagues?|boss|employer|manager|friend|children|child|someone else|"
           r"somebody else|a stranger|strangers|another (person|customer|client)|other (people|customers|clients))")
_MYDATA = r"(my|her|his|our|their|the) (debt|debts|details|data|information|account|balance|arrears|address|new address|date of birth|account number|phone number|number|file|personal details)"
BREACH = _rx(
    r"\b(sent|emailed|posted|attached|delivered) (me |us |them |her |him )?(the )?wrong (attachment|file|document|documents|letter|statement|client'?s?|person'?s?|email)\b",
    r"\b(sent|emailed|posted|delivered|given|disclosed|shown|passed|forwarded|addressed|went|gone|leaked) to (the )?(wrong|another|someone else|"
    r"a different|my neighbou?r|the neighbou?rs?|next door|a third party|my old (address|flat|house))",
    r"\bwrong (address|person|recipient|email address|attachment|client|customer|house|flat)\b",
    r"\b(someone else'?s?|another (person|customer|client|firm)'?s?|a different (person|customer|client)'?s?) (address|details|file|name|account|letter|balance|data|information|documents?)\b",
    r"\bdata (breach|leak)\b", r"\bbreach of (my )?(data|privacy|confidentiality|gdpr)\b", r"\bpersonal data breach\b",
    rf"\b(disclos\w+|reveal\w*|announc\w+|discuss\w*|read out) {_MYDATA}\b.{{0,40}}\b(to|with|in front of)\b",
    rf"\b(told|telling|tell|asked|informed|said to) {_OTHERS}\b.{{0,100}}\b(owe|owed|owing|debt|debts|balance|arrears|money problems|account)\b",
    rf"\b{_OTHERS} (opened|read|saw|has seen|could see|heard|played|now knows|found out|knows about)\b",
    rf"\b(in front of|on speaker|within earshot of|overheard by) {_OTHERS}",
    r"\b(lost|exposed|stolen|hacked) .{0,30}\b(data|details|information|files?|records?|laptop)\b",
    r"\b(could|can) (see|view|access) (someone else'?s?|another (person|customer|client)'?s?|other (people|customers|clients)'?s?|his|her) (account|details|data|information|payment|balance|address)",
    r"\b(showed|shows|showing|displayed|included|includes|contained|contains) (me )?(someone else'?s?|another (person|customer|client)'?s?|a different (name|person|customer)|his|her) (account|details|data|balance|name|address|payment history|account number)",
    r"\bnot (meant|intended|addressed) (for|to) (me|us)\b", r"\bbelongs? to (someone|somebody) else\b",
    r"\b(shows?|showing|displays?|displaying|displayed|published|visible|exposed|exposing|reveals?|revealing) (my|her|his|our client'?s?) (personal |private |home )?(mobile|mobile number|phone number|number|address|email address|date of birth|details|data|information)\b.{0,200}\b(other|every|any|all|third|strangers?|public|anyone|everyone)\b",
    r"\b(didn'?t|did not|never) (agree|consent) to (it|them|this|my \w+( \w+)?) (being|to be) (shared|displayed|shown|published|disclosed|passed on|made visible|given)\b",
    r"\b(displayed|shown|visible|available|disclosed|shared) to (every|all|any|the other|other|third) (firms?|part(y|ies)|users?|people|customers|companies)\b",
    r"\bread out (my|her|his) (full )?(address|details|date of birth|balance|account)",
    r"\b(gave|given|passed|disclosed|revealed|sold) (my|her|his|our client'?s?) (new )?(address|number|details|information|location|data) to\b",
    r"\b(sent|went|delivered|posted|emailed|texted|forwarded|given) to (my|her|his|their|our) (ex|ex-husband'?s?|ex-wife'?s?|ex-partner'?s?|old (address|flat|house|number|phone)|previous address|former address|employer|boss|mum'?s?|mother'?s?|dad'?s?|father'?s?)\b",
    r"\b(sent|went|delivered|posted|emailed|given|disclosed) to (a )?(complete )?strangers?\b", r"\bto the other (side|party)'?s?\b.{0,30}\b(buyer|seller|solicitor|client)\b",
    r"\b(letter|email|text|message|statement|document|pdf|post)s? (meant|intended|addressed) for (me|us|someone else|somebody else|a (mr|mrs|ms|miss|dr)\b)",
    r"\b(letter|email|statement|post) (from you )?for (a |an )?(mr|mrs|ms|miss|dr)\b.{0,80}\b(does(n'?t| not) live here|came to my|arrived at my|delivered to my)",
    r"\b(cc'?d|bcc'?d|copied) (in )?to\b.{0,60}\b(people|recipients|customers|clients|everyone|addresses)\b", r"\bcan see (each other'?s|everyone'?s|all the other)\b",
    r"\b(could|can) (see|view|access|open) (another|a different|other) (buyer|seller|borrower|user|debtor|tenant|person|customer|client|firm)'?s?\b",
    r"\babout a different (property|person|customer|client|buyer|account|debtor)\b.{0,80}\bnever heard of\b",
    r"\b(in|on) a public (forum|site|website|page|group)\b",
    # 2026-12: misdirected mail reported by the recipient, other people's data in one's own post or workspace
    r"\b(sent|emailed|posted|forwarded|delivered|texted|addressed|came) to (me|us) (by mistake|in error)\b",
    r"\b(received|got|been sent|was sent) (this |an? |the )?(email|letter|message|text|statement|document|fax|report|screenshot)?\s?(from (you|your \w+( team)?) )?(in error|by mistake)\b",
    r"\b(intended|meant) for (a |an |one of )?(your )?(other|another|different) (customers?|clients?|firms?|people|person|conveyancers?|borrowers?|buyers?)\b",
    r"\b(visible|shown|displayed|available) to (two|three|four|five|several|\d+) (other )?(firms?|people|users|parties|customers|companies)\b",
    r"\b(letter|page|statement|email|document|payslip)s? (for|belonging to|about) (a |an )?(another|other|different) (customer|client|person|borrower|debtor)\b",
    r"\bsomeone else (is |was |has been )?(getting|receiving|gets|got|received) (my|her|his)\b",
    r"\b(sent|went|emailed|forwarded|shown|given) to (a |an )?(completely )?(different|another|the wrong) (law )?(firm|company|customer|client|buyer|seller|conveyancer|solicitor)\b",
)

# -- third party -----------------------------------------------------------------------------------

THIRD_PARTY = _rx(
    r"\b(i am|i'm|i work as) (the |a |an |his |her |their )?(paid )?(carer|executor|attorney|deputy|advocate|support worker|appointee|representative|key ?worker|social worker|caseworker|case worker)\b",
    r"\bas (his|her|their|the) (executor|attorney|deputy|carer|appointee|representative|next of kin)\b", r"\bas executor\b",
    r"\b(he|she|they) (has |have )?asked me to (email|write|contact|get in touch|call|ring)\b",
    r"\b(i'?m|i am|we are|we're) (helping|supporting|assisting) (mr|mrs|ms|miss|dr|my|our|a|an)\b",
    r"\b(money|debt) advis(er|or) (at|with|from)\b", r"\b(my|our) (late )?(mum|mother|dad|father|nan|gran|grandmother|grandfather)'s (account|debt|call|sale|purchase|house|letter|file|mortgage)\b",
    r"\b(on behalf of|on (his|her|their) behalf)\b",
    r"\b(writing|emailing|contacting you|acting|complaining) (for|about) my (mum|mother|dad|father|husband|wife|partner|son|daughter|"
    r"brother|sister|gran\w*|aunt|uncle|elderly)",
    r"\b(we are|i am|i'm|we're) (instructed|acting) (by|for)\b", r"\b(we|i) act for\b",
    r"\b(enclose|enclosed|attach|attached|attaching|enclosing)\b.{0,40}\b(his|her|their|the client'?s|signed) (signed )?(letter of |form of )?authority\b",
    r"\b(his|her|their) (signed )?(letter of |form of )?authority\b",
    r"\b(letter|form) of authority\b", r"\b(lasting )?power of attorney\b", r"\b(i|we) (hold|have) (lpa|poa)\b",
    r"\bconstituent\b", r"\bmp'?s office\b", r"\bmember of parliament\b", r"\bcaseworker for\b",
    r"\bmoney advis(er|or)\b.{0,80}\b(client|for)\b", r"\bdebt advice (charity|service)\b", r"\b(our|my) (service user|customer we support)\b",
    r"\bshe (has )?asked me to (deal|help|handle|write|contact)", r"\bhe (has )?asked me to (deal|help|handle|write|contact)",
    r"\bthey (have )?asked me to (deal|help|handle|write|contact)",
)

# -- rights ----------------------------------------------------------------------------------------

_DATA = r"(personal )?(data|information|details|records?|file|recordings?|call recordings?|notes)"
_ME = r"(me|my|her|his|them|their|our client|my (mum|mother|father|dad|client|son|daughter|husband|wife)|us|our)"
RIGHTS_PATTERNS: dict[str, re.Pattern[str]] = {
    "access": _rx(
        r"\bcop(y|ies) of (the |my |all )?[\w\s-]{0,40}\b(records?|reccords|logs?|history|notes|file)\b",
        r"\bwhat (personal )?(details|data|information) you (actually )?(hold|have|keep|store) (on|about) (me|her|him|us)\b",
        r"\bwhat (personal )?(information|data|details) .{0,50}\b(kept|hold|holds|have|keep|keeps|held) (about|on) (me|her|him|them)\b.{0,120}\b(copy|copies|send|see)\b",
        r"\b(could|can|may) (i|we) (please )?(have|get|see|receive) (a copy|copies|everything)\b.{0,60}\b(data|information|details|hold|held|recordings?)\b",
        r"\b(copy|copies) of (the |a |teh |my )?(call )?recordings?\b", r"\b(send|give|provide) (me |us )?(the |a |all the |every )?(call )?recordings? of\b",
        r"\b(send|give|provide) (me|us) (a )?cop(y|ies) of (the|all|my|your) (texts|letters|emails|notes|recordings?|calls?|file|records?)\b",
        r"\b(subject )?access request\b", r"\bwhat (personal )?(information|data|details) you (hold|have|keep) (about|on) (me|her|him|them|my|our client)\b",
        r"\b(send|provide|give) (me |us )?(the rest|everything you hold|all (of )?the (information|data) you hold)\b",
        rf"\b(copy|copies) of (all )?(of )?(the |any |my |her |his |their |our client'?s? )?{_DATA}", r"\b(copy|copies) of (all |everything )?(the |any )?(personal )?(data|information) (you|that you) (hold|have|process)",
        r"\bsubject access( request)?\b", r"\bcop(y|ies) of (everything|anything|whatever) (you|that you|your company|the firm) (hold|holds|have|has|keep|keeps|store|stores)\b", r"\bdata subject access\b", r"\bsar\b", r"\bart(icle|\.)? ?15\b",
        r"\b(send|provide|give) me (all )?(the |a copy of )?(call )?recordings\b", r"\b(copies|copy) of (the |all )?(call|phone) recordings\b",
        r"\ball (the )?(personal )?(data|information) you (hold|have|keep|process) (on|about) " + _ME,
        r"\bwhat (personal )?(data|information) you (hold|have|keep) (on|about)\b.{0,40}\b(copy|send|provide)\b",
        r"\b(request|requesting|want|like) (access to|to see) (all )?(my|the) (personal )?(data|information|file|records?)\b",
        r"\bright of access\b",
        r"\b(send|give|post|email) (me|us) (a copy of )?(whatever|everything|all the|what) (info|information|data|details|notes)\b",
        r"\b(info|information|data|details) (u|you) (have )?(got|hold|have|keep) (on|about) (me|her|him)\b",
        r"\bcop(y|ies) of (what|whatever) (was|were|you|is)\b", r"\b(send|give|provide) (me|us) the (call )?notes\b",
    ),
    "rectification": _rx(
        r"\b(my|our|her|his) (new )?(address|phone number|mobile number|number|email address|surname|name) (will be|is now|has changed|changes)\b", r"\bchange of (address|name|surname|number|phone number|email|details)\b",
        r"\b(name|address|date of birth|details|record|surname|number|spelling)\b.{0,150}\b(like|want|need) (it|them|this|that|these) (corrected|updated|amended|fixed|put right|changed)\b",
        r"\bupdate (your|the) records? (to|with) (this|the|my|her|his)\b", r"\b(fix|correct) the (phone )?(number|address|name|email|email address|spelling)\b",
        r"\bnew (mobile |phone )?number is\b", r"\b(address|send) (letters|post|mail) to me as\b", r"\b(wrong|incorrect) (phone number|number|address|name|date of birth|email address) (on|for) (my|the|her|his) (account|record|file)\b",
        r"\b(correct|update|amend|fix|change) (these|those|the|my|her|his) (details|records?|date of birth|name|surname|spelling|middle name|credit file|postcode|phone number|mobile number)\b",
        r"\b(my|her|his) (surname|name) is now\b", r"\buse (my|her|his|the) new (address|number|mobile|phone number|email|surname|name)\b",
        r"\b(i|we) (gave|sent|told) you (my|her|his|our) new (address|number|details|email)",
        r"\b(my|our|her|his) new (address|phone number|number|mobile number|email address|surname) (is|will be)\b(?! known)",
        r"\b(record|details|profile|address|data|status|entry|file|date of birth|name) (corrected|updated|amended|fixed|put right)\b",
        r"\b(my|her|his|their|our client'?s?) (record|details|profile|status|address|name|date of birth|surname|entry|user record)\b.{0,100}\b(please )?(correct|update|amend|fix) (it|them|this|these)\b",
        r"\b(correct|update|amend|fix|rectify|change) (my|her|his|the|our client'?s?|their) (personal )?(record|records|details|address|"
        r"data|information|profile|name|date of birth|entry|credit file|status|email address|phone number)\b",
        r"\brectif(y|ication)\b", r"\bart(icle|\.)? ?16\b", r"\b(record|details|profile|address|data|status|entry) (corrected|updated|amended|fixed)\b",
        r"\b(please|can you|could you) (update|correct|amend) (it|this|them)\b",
        r"\bupdate (my|the) (address|contact details)\b",
        r"\b(number|address|name|email|email address|date of birth|details?|surname|postcode) (you have|you hold|on file|on your (system|records?|file)) (for me )?(is|are) (wrong|incorrect|out of date)\b",
        r"\bput (this|it|that) right on (your|the|my) (file|records?|system)\b", r"\bupdate my (user )?(record|profile|details)\b",
        r"\b(amend|correct|update) the (record|entry|notes?) (that|which|to)\b",
        r"\b(spelt|spelled|misspelt|misspelled|got) (my|her|his) (name|surname|first name|address|postcode|date of birth) (wrong|incorrectly)\b",
        r"\b(my|her|his) (name|surname|first name) (is )?(spelt|spelled|misspelt|misspelled) (wrong|wrongly|incorrectly)\b",
        r"\b(your|the) (records?|system|file|account) (show|shows|has|have|lists?|says?) (the |my )?(wrong|incorrect|old|out of date|outdated) (address|name|date of birth|number|phone number|email|details|balance)\b",
        r"\b(information|data|details|records?) (you|that you) (hold|have|keep) (about|on|for) (me|her|him)\b.{0,30}\b(inaccurate|incorrect|wrong|out of date|not (correct|accurate|right))\b",
    ),
    "erasure": _rx(
        r"\b(delete|erase|remove|destroy) (it|them|this|that|these|those) from (your|the|my|her|his|our|their) (records?|system|file|database|files|account|details|profile)\b",
        r"\b(want|like|need|ask for|asking for) (it|them|this|that|these|those|the (recording|recordings|footage|video|photos?|images?)) (to be )?(deleted|erased|removed|destroyed)\b",
        r"\b(delete|remove|erase) (my|her|his|the old|the) (old )?(number|mobile number|phone number|email address|address|photos?|recording|footage) from\b",
        r"\b(delete|erase|remove|destroy|wipe) (all )?(of )?(my|her|his|their|our client'?s?|any|the) (personal )?(data|information|details|account|profile|records?|number|email address)\b",
        r"\b(delete|erase|remove) (all )?(the )?(personal )?(data|information|details) (you hold|you have|held)\b",
        r"\bright to (erasure|be forgotten)\b", r"\berasure\b", r"\bart(icle|\.)? ?17\b",
        r"\b(data|details|information|account) (deleted|erased|removed)\b", r"\bclose and delete\b",
        r"\bdelete (it|them|everything)\b.{0,40}\b(data|account|details)",
        r"\b(want|like|wish|right) to be forgotten\b", r"\b(delete|destroy|remove|erase) the (copy|copies|scans?|photos?) of my\b",
        r"\b(remove|delete|erase|wipe) (everything|all) (about|on|you have on|you hold on) me\b",
        r"\b(wipe|remove|delete|erase) (my|her|his) (details|data|info|information|number) (off|from)\b",
        r"\bget rid of (all )?(of )?(the |my |any |her |his )?(personal )?(data|information|details|records?|info)\b",
        r"\b(delete|erase|remove|wipe|destroy) (everything|anything|all) (that )?(you|your company|the firm|you'?ve) (hold|holds|have|has|keep|keeps|store|stores|got)\b",
        r"\b(want|like|need) (my|her|his|all my|our client'?s?) (personal )?(data|information|details|records?) (deleted|erased|removed|destroyed|wiped)\b",
    ),
    "restriction": _rx(
        r"\buntil\b.{0,100}\b(don'?t|do not|stop|not to) (share|sharing|use|using|show|showing|process|processing)\b",
        r"\b(don'?t|do not|stop) (use|using|share|sharing|process|processing)( or (use|share|process))? (my|her|his|that|the|those|these|this) (data|details|information|record|records|user record|flag|status|activity logs?)\b.{0,80}\b(until|while|pending|for any other purpose)\b",
        r"\b(stop|cease) (using|showing|displaying|sharing) (it|them|that|this|the|my)\b.{0,60}\b(until|while|pending|and correct)\b",
        r"\b(retained|kept|preserved) (and|but) not (altered|deleted|used|changed)\b", r"\bhold my (data|details|information|record)\b",
        r"\b(freeze|put a hold on|suspend (the )?use of) (my|her|his|the) (data|details|record|information)\b",
        r"\brestrict(ion)? (the )?(use|processing|using)\b", r"\brestrict (my|her|his|the old|the) (data|record|details|address|information)\b",
        r"\b(stop|cease|suspend) (using|showing|displaying|processing|sharing) (it|them|my|her|his|the|this)\b.{0,80}\b(until|while|pending)\b",
        r"\bart(icle|\.)? ?18\b", r"\bright to restrict",
        r"\b(not|don'?t|do not) (use|show|display|process) (it|them|my|the old|the)\b.{0,60}\b(until|while|pending)\b",
        r"\brestrict (it|this|that|the old one)\b",
        r"\b(freeze|suspend) (the )?(use|processing) of (my|her|his|the|our client'?s?)\b",
        r"\b(keep|hold) (my|the|her|his) (record|data|details|file) as (it is|they are)\b",
        r"\b(don'?t|do not) (delete|erase|destroy) (it|them|my (personal )?(data|details|information|records?))\b.{0,30}\b(but|just) (stop|don'?t|do not|not) (using|use|process|processing)\b",
    ),
    "portability": _rx(
        r"\b(data|records?|history|transactions?|details|file|information|account data)\b.{0,40}\b(as|in) (a |an )?(spreadsheet|csv|excel|json|xml|machine-readable)\b",
        r"\bmachine[- ]readable\b", r"\b(a |in a )?format (that )?(i|we|she|he|they|it) can (import|load|upload|transfer|move)\b", r"\b(csv|json|xml|spreadsheet|excel) (file|format|export|copy)?\b.{0,120}\b(data|records?|history|transactions?|workspaces?)\b",
        r"\b(data|records?|history|transactions?|workspaces?)\b.{0,120}\b(as|in) (a )?(csv|json|xml|machine)", r"\bportab(le|ility)\b",
        r"\bart(icle|\.)? ?20\b", r"\b(transfer|move|load|import) (it|them|my data|the data) (in)?to (another|a new|our new|my new|a different)\b",
        r"\bexport (of )?(all )?(my|our|the) (data|records?|history|workspaces?)\b",
        r"\b(in|as) (an? )?(excel|csv|json|xml|spreadsheet)( file| format)?\b.{0,60}\b(move|transfer|take|import|upload|load)\b",
        r"\b(transfer|send|move|port) (my|our|the|all my|all our) (personal )?(data|details|information|records?|account data|history|transaction history)\b.{0,40}\b(directly )?to (my |our |a |the |another )?(new )?(provider|bank|company|firm|supplier|controller|organisation|lender|insurer)\b",
    ),
    "objection": _rx(
        r"\b(like|want|wish|would like|going|have decided) to object\b", r"\bobject to (that|this|the|such|their|its|any|that kind of) (use|processing|profiling|marketing|analytics)\b",
        r"\b(take|remove) (me|us|my (email|email address|details|name|number)) (off|from) (your|the|all) (mailing|marketing|email|contact|sales|newsletter) lists?\b",
        r"\b(stop|no more) (sending me |sending )?(the )?(marketing|promotional|newsletter|homeowner tips|tips|offers) (emails?|texts?|messages?|mail)\b",
        r"\b(don'?t|do not|stop|please don'?t) (contact|email|text|call|message)(ing)? (me|her|him|us) (about|with) (events|products|offers|promotions|marketing|news|newsletters|surveys)\b",
        r"\b(no more|stop( sending)?|unsubscribe me from) (marketing|promotional|sales) (texts?|emails?|calls?|messages?|mail)\b",
        r"\b(don'?t|do not) (use|process) (my|her|his) (data|details|information) for (marketing|profiling|analytics|research|anything else)\b",
        r"\b(i|we|she|he|they|our client) (strongly )?(object|objects) to\b(?=.{0,60}\b(data|datas|details|information|processing|profiling|marketing|analytics|use of|using|being used|being contacted))", r"\bobject(ion)? to (the )?(use|processing|profiling|marketing)\b",
        r"\bright to object\b", r"\bart(icle|\.)? ?21\b",
        r"\b(stop|no more|don'?t|do not) (send(ing)?( me)?|us(e|ing) my (data|details|information|number) for) .{0,30}\b(marketing|promotional|offers|profiling)\b",
        r"\b(opt|take) me out of (all )?(marketing|profiling)\b", r"\bnot (to )?be used for (direct )?marketing\b",
        r"\b(use|using) my (data|details|information|number) for (marketing|profiling)\b",
        r"\bnot (to )?use my (personal )?(data|datas|details|information|number) for (the )?(marketing|profiling|analytics)\b",
        r"\b(don'?t|do not|dont) want my (data|details|information|number) used for (marketing|profiling|analytics|research)\b",
        r"\bstop sending (me )?(adverts|advertising|promotions|surveys|newsletters|offers)\b",
        # 2026-12: general wordings of "stop marketing me" (ICO: the right to object to direct marketing is absolute)
        r"\b(no longer|don'?t|do not|never) (want|wish) (any more |any |to (receive|get|be sent) (any )?(more )?)(marketing|promotional|sales|advertising)\b",
        r"\b(no longer|don'?t|do not|never) (want|wish) to (receive|get|be sent)\b.{0,40}\b(marketing|promotional|offers|newsletters?|adverts?|advertising)\b",
        r"\bunsubscribe (me|my (email|email address|number|details))\b", r"\bunsubscribe\b.{0,30}\b(marketing|promotional|newsletters?|mailing list)\b",
        r"\bwithdraw\w* (my |all |any )?consent\b.{0,40}\b(marketing|promotional|offers|newsletters?|profiling)\b",
        r"\bstop (emailing|texting|messaging|sending|calling|ringing) (me |us )?(offers|promotions|deals|adverts|advertising|marketing|newsletters|sales)\b",
        r"\b(not|don'?t|do not|never) (want (to be )?|wish (to be )?|to be )?contact(ed)? (me )?(for|with|about) (direct )?(marketing|promotional|sales)\b",
        r"\bopt (me )?out of\b.{0,30}\b(marketing|promotional|newsletters?|mailing)\b",
    ),
    "automated_decision": _rx(
        r"\bautomated (decision|decision-making|process(ing)?|system|check|rejection|assessment|scoring)\b", r"\bart(icle|\.)? ?22\b",
        r"\b(a human|a real person|a person|a member of staff|human being) (to |should |must |would |could |can )?(review|look at|decide|reconsider|check|make)\b",
        r"\b(someone|somebody|a person|a human) (to |should |must |would |could )?(review|look at|reconsider|check) (the|my|this|our) (decision|application|rejection|assessment|score|refusal)\b",
        r"\b(reviewed|decided|looked at|reconsidered|checked) by (a )?(human|real person|person|member of staff)\b",
        r"\b(person|human|people|staff|someone|somebody),? (and )?not (just )?(by )?(the |a |an )?(computer|system|algorithm|machine)\b",
        r"\bnot (just )?(by )?(the |a |an )?(computer|system|algorithm|machine) (to )?(decid|decision|deciding|reject)",
        r"\b(decided|rejected|declined|scored|assessed) (automatically|by (the |a |an )?(computer|system|algorithm|machine))\b",
        r"\b(solely|purely|entirely) (by )?automat\w+",
        r"\b(let|have) the (machine|computer|system|algorithm) decide\b", r"\b(request|want|ask for|asking for|need|like|demand) (a |some )?(manual|human) (review|intervention|decision)\b", r"\bhuman intervention\b",
        r"\b(review|reviews|look at|looks at|assess|check|checks)\w* (my|the|our|his|her) (application|decision|case|form|offer|refusal) (manually|by hand)\b",
        r"\b(somebody|someone|a person|a human) (to |should |must |would |could )?(actually )?(read|review|look at|consider) (my|the|our|his|her) (form|application|case|circumstances|offer)\b",
    ),
    "informed": _rx(
        r"\b(tell|let) (me|us) (know )?whether (my|her|his|our|their) (details|data|information|account|records?) (has|have|had) been (shown|seen|shared|disclosed|sent|passed|accessed|given)\b",
        r"\bwhat (personal )?(information|data|details) (the system |the computer |the algorithm |it |you |they )?(used|uses|use|is used|was used|were used|are used|will be used)\b",
        r"\bwhether\b.{0,60}\b(automatically|automated|by a computer)\b", r"\bis (personal )?(data|information)\b.{0,50}\bused (in|for|to)\b",
        r"\bwhether you (passed|shared|sold|gave|sent|disclosed|share|pass|sell) (my|her|his|our|their|any)\b",
        r"\bwho (you|they) (shared|share|gave|give|passed|pass|sold|sent|disclosed) (it|them|my|her|his|the|this)\b", r"\bwhat (you|they|do you|will you) use it for\b",
        r"\b(what|which) (information|data|details) .{0,40}\bbased (it |the decision |this )?on\b", r"\bbased the decision on\b",
        r"\bhow (you|they|did you) (obtained|obtain|got|get) (my|her|his|our client'?s?)\b",
        r"\b(tell|explain to) me (what|which) (information|data|details) (of mine )?(was|were|has been|have been) (seen|exposed|accessed|shared|sent|disclosed)\b",
        r"\b(is|will) (it|my data|my information) (be )?(kept|retained|stored) (after|for how long)\b",
        r"\bwho (you'?ve|you have|have you|did you|do you) (shared|share|given|give|gave|passed|pass|sold|sell|sent|send|disclosed) (it|them|my|her|his|the|this|these)\b",
        r"\bwho (gave|shared|sold|passed|provided) (it|this|them|my|her|his) (to you|with you)\b",
        r"\bwhether (my|her|his|our client'?s?) (personal )?(information|data|details) (has|have|had) been (sent|shared|passed|given|disclosed|sold)\b",
        r"\bwhat (they|you) (were|are) (filming|recording)\b", r"\bwhy (you|they) (are|were) (holding|keeping|recording|filming|processing|using|storing)\b",
        r"\bwhere (you|they) (got|obtained|found|sourced) (my|her|his|this|the)\b", r"\bhow (you|they) (got|obtained|found) (my|her|his)\b",
        r"\bwhat (you|they) (are|were|will be) (doing|going to do) with (my|her|his|the) (data|information|details|recording|footage)\b",
        r"\b(which|what) (companies|organisations|firms|third parties) (have|has) (my|her|his) (data|details|information)\b",
        r"\bwhere (did|do) you (get|obtain|find|source) (my|her|his|their|this|the)\b", r"\bhow did you (get|obtain|find) (my|her|his|their)\b",
        r"\bon what (legal )?basis\b", r"\b(what|which) (is the |is your )?(lawful|legal) basis\b", r"\bwhat (do|will) you (use|do with) (my|her|his|the) (data|information|details)\b",
        r"\bwho (do|will) you (share|pass|give) (it|them|my|her|his)\b", r"\bhow long (do|will) you (keep|hold|retain)\b",
        r"\b(purpose|purposes) (of|for) (the )?(processing|holding|using)\b", r"\bprivacy (notice|information)\b.{0,60}\b(send|provide|explain)",
        r"\bart(icle|\.)? ?1[34]\b", r"\bright to be informed\b",
        r"\bwhat (do|does|did|will) (you|they|the firm|your company) (use|need|want) (my|our|her|his|their|our users'?|users'?|the|this|that|these|all this|it|them) ?(personal )?(data|details|information|number|address)? ?(for|with)\b",
        r"\bwhy (do )?(you|they) (still )?(keep|hold|retain|store|need|want) (it|them|my|her|his|this|that|the|our)\b",
        r"\b(for )?how long (you|do you|will you|are you going to|they) (keep|hold|retain|store)\b", r"\bkeep it\b.{0,20}\bfor how long\b",
        r"\b(do|whether|if) (you|they) (use|share|sell|pass on) (my|our|her|his|their|users'?|our users'?|them|it|the)\b.{0,40}\b(for|with|to) (any )?(analytics|marketing|profiling|advertising|research|third parties|partners|other companies)\b",
        r"\b(whether|if) (you|they) (use|rely on|carry out|do) (any )?(credit scoring|scoring|profiling|automated|an algorithm|algorithms)\b", r"\bwhat (data|information) .{0,30}(used|use|share|shared) for\b",
        r"\bexplain what (you|\w+) (does|do|did|will do) with my\b",
        r"\b(which|what) (companies|organisations|firms|third parties|people) you (have )?(passed|shared|sold|given|sent|disclosed)\b",
        r"\bhow did you (get|obtain|find) (that|this) (address|number|email|phone number|information)\b",
        r"\bwhich of my (details|data|information) (were|was|have been|has been) (disclosed|shared|sent|seen|given)\b",
        r"\bwhy (you are|you're|are you) (using|holding|keeping|processing) (it|them|my|this)\b",
        r"\b(the )?source of my (data|details|information)\b",
        r"\bwhat (are|were|is) (you|they|your company|the firm) (doing|going to do) with (my|her|his|our) (personal )?(data|information|details)\b",
        r"\bwhy (do|does|did) (you|they|your company|the firm) (have|hold|keep|still have|need) (my|her|his) (personal )?(data|information|details|phone number|number|address|email address)\b",
        r"\b(send|provide|give|show) (me |us )?(a copy of )?(your|the) privacy (notice|policy|information)\b",
        r"\b(want|like|need|wish) to know (what|how|why|who|whether|where)\b.{0,40}\b(my|our|her|his) (personal )?(data|information|details)\b",
    ),
}
# Wording that looks like a right but is not one (labelling guide §4.3, §4.14).
RIGHTS_NEGATIVE: dict[str, re.Pattern[str]] = {
    "erasure": _rx(r"\bdelete (the|this|that|my) (attachment|spreadsheet|file|email|draft|document|version|duplicate|message)\b"),
    "access": _rx(r"\baccess (to )?(the )?(portal|website|site|system|platform|training|course|email|account)\b"),
    "objection": _rx(r"\bstop (calling|ringing|texting|visiting|contacting) (me|her|him|them)\b(?!.{0,40}marketing)"),
}
# ... and look-alikes that only the words just BEFORE a hit reveal: "delete all the data you hold
# about me" asks for erasure, not a copy.
RIGHTS_NEGATIVE_BEFORE: dict[str, re.Pattern[str]] = {
    "access": re.compile(r"\b(delete|erase|remove|destroy|wipe|rid of)\b[^.!?\n]{0,25}$"),
    # "please don't delete my data, just stop using it" asks for restriction, not erasure
    "erasure": re.compile(r"\b(don'?t|do not|not to|never|without)\s+$"),
}

# -- category cues (features only) ----------------------------------------------------------------

CATEGORY_CUES: dict[str, re.Pattern[str]] = {
    "platform_defect": _rx(r"\b(outage|down|crash\w*|error|bug|glitch|fault|not working|broken|failed settlement|unsuccessful|system (problem|issue|failure))\b"),
    "usability": _rx(r"\b(confusing|hard to (use|find|navigate)|clunky|not intuitive|redesign\w*|screens?|too many clicks|error-prone|accessib\w*|layout)\b"),
    "process": _rx(r"\b(rule|policy|procedure|requirement|wet[- ]ink|insist on|why do you (need|require)|bureaucra\w*)\b"),
    "wait_time": _rx(r"\b(on hold|hold music|queue|cut off|hung up|get through|waiting on the (phone|line)|call back|rang \d+ times)\b"),
    "delay": _rx(r"\b(still waiting|delay\w*|late|overdue|weeks?|no (reply|response|answer)|chas\w+|haven'?t heard|slipping|behind)\b"),
    "service_quality": _rx(r"\b(rude|unhelpful|dismissive|attitude|careless|different person|nobody knows|staff|manner|treated)\b"),
    "inaccurate_information": _rx(r"\b(wrong (information|figure|time|date|advice|statement)|told (me|us) (the )?wrong|incorrect (figure|advice|statement|information)|misleading|misinformed)\b"),
    "training": _rx(r"\b(training|course|session|webinar|videos?|trainer|e-?learning)\b"),
    "onboarding": _rx(r"\b(onboarding|registration|register|sign(ing)? up|application|verification|identity check|join(ing)?)\b"),
    "personal_data": _rx(r"\b(data|gdpr|personal information|privacy|my details|credit file|credit report)\b"),
    "debt_dispute": _rx(r"\b(not (my|mine) debt|don'?t owe|do not owe|not owed|already paid|paid (it|in full|off)|wrong (amount|balance)|debt is|bill (is|was) wrong|estimated bills?)\b"),
    "collection_conduct": _rx(r"\b(harass\w*|calls? (every|daily|at work)|doorstep|visit\w*|pressur\w*|threat\w*|breathing space|vulnerab\w*|bailiff|enforcement agent|intimidat\w*)\b"),
    "fees_charges": _rx(r"\b(fee|fees|charge|charges|charged|interest|invoice|billed|admin(istration)? fee|surcharge)\b"),
    "other": _rx(r"\b(parking|driveway|noise|event|car park)\b"),
}


def find_rights(text: str) -> dict[str, str]:
    """Rights asked for in `text`, each with the phrase that matched (right -> phrase)."""
    return dict(_find_rights(text))


@lru_cache(maxsize=8192)
def _find_rights(text: str) -> tuple[tuple[str, str], ...]:
    low = lower(text)
    found: dict[str, str] = {}
    for right, pattern in RIGHTS_PATTERNS.items():
        m = fast_search(pattern, low)
        if not m:
            continue
        neg = RIGHTS_NEGATIVE.get(right)
        before = RIGHTS_NEGATIVE_BEFORE.get(right)

        def look_alike(x: re.Match[str], neg=neg, before=before) -> bool:
            return bool((neg is not None and neg.search(x.group(0)))
                        or (before is not None and before.search(low[max(0, x.start() - 40) : x.start()])))

        if look_alike(m):
            # The first hit is a look-alike; look for another hit elsewhere.
            hits = [x for x in iter_matches(pattern, low) if not look_alike(x)]
            if not hits:
                continue
            m = hits[0]
        found[right] = text[m.start() : m.end()].strip()
    return tuple(found.items())


def spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Every match of `pattern` in `lower(text)` as (start, end), cached: the model features, the
    decision rules and the evidence all read the same few patterns over the same text."""
    return _spans(pattern.pattern, pattern.flags, text)


@lru_cache(maxsize=32768)
def _spans(source: str, flags: int, text: str) -> tuple[tuple[int, int], ...]:
    # Keyed by source and flags, not by the compiled pattern (see `_PLANS`).
    plan = _PLANS.get((source, flags))
    low = lower(text)
    matches = plan.finditer(low) if plan is not None else re.compile(source, flags).finditer(low)
    return tuple(m.span() for m in matches)


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    hits = spans(pattern, text)
    return text[hits[0][0] : hits[0][1]].strip() if hits else None


def is_explicit(text: str) -> str | None:
    """The phrase that names the grievance a complaint, or None (denials and 'no complaints' excluded)."""
    low = lower(text)
    if "complain" not in low or not COMPLAIN_WORD.search(low):
        return None
    scrubbed = NEGATED_COMPLAINT.sub(lambda m: " " * len(m.group(0)), low)
    m = EXPLICIT.search(scrubbed) or COMPLAIN_WORD.search(scrubbed)
    return text[m.start() : m.end()].strip() if m else None


def count(pattern: re.Pattern[str], text: str) -> int:
    return len(spans(pattern, text))


def snippets(pattern: re.Pattern[str], text: str, limit: int = 3) -> list[str]:
    out: list[str] = []
    for start, end in spans(pattern, text):
        s = text[start:end].strip()
        if s and s.lower() not in (x.lower() for x in out):
            out.append(s)
        if len(out) >= limit:
            break
    return out


def dedupe(items: Iterable[str], limit: int = 12) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.lower().strip()
        if key and key not in seen:
            seen.add(key)
            out.append(item.strip()[:120])
    return tuple(out[:limit])
