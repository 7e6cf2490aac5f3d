"""What literal text a regular expression's matches must hold, read off the pattern source.

The rule lexicons (`classifiers.cues`, `rights_frames`, `vulnerability`, `authority`, `autogen`,
`textprep`) are long alternations that Python's `re` tries at every position of a text: it has a fast
scan only for a pattern that starts with fixed text. Most mail matches few of them, so each is
prefiltered with facts read off its own source, once, at import:

* `first_words(source)`: the words a match can start with (`FirstWords`), for trying a pattern only
  where such a word starts in the text (`classifiers.cues.iter_matches`);
* `needed_word_sets(source)` / `needed_words(source)`: sets of words, one word of each of which every
  match holds as a whole word, for skipping the alternatives (or patterns) a text's words rule out
  (`WordGate` searches a pattern alternative by alternative that way; `text_words` gives a text's words);
* `needed_strings(pattern)`: strings one of which is in every match, for skipping a search outright in a
  text that holds none of them (`may_match`); for patterns whose matches need not hold a whole word.

The reader (`parse`) knows the constructs the lexicons use (literals, escapes, classes, groups,
look-arounds, quantifiers, alternation) and raises `Unsupported` for anything else (back-references,
inline flags, conditionals); the analyses answer None or nothing ("no prefilter") whenever they are
unsure, so a prefilter only ever skips work that could not have matched. It is our own reader, not
`re`'s private parser, so it keeps working across Python versions. Case-insensitive patterns are read in
lower case, for texts passed through `fold_case`. tests/classifiers/test_pattern_words.py checks the
answers on every lexicon against the labelled mail.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Union

__all__ = [
    "COMMON_WORDS", "AlternativesGate", "FirstWords", "NeededWords", "Unsupported", "WordGate", "alternatives", "first_words", "flat_alternatives",
    "fold_case", "is_word_char", "may_match", "needed_strings", "needed_word_sets", "needed_words", "parse",
    "space_non_words", "text_words", "words_of",
]


class Unsupported(ValueError):
    """The pattern uses a construct this reader does not model (callers then use no prefilter)."""


# -- the syntax tree ---------------------------------------------------------------------------------
# A sequence is a tuple of nodes; a node is one of these (plain tuples keep the tree small and hashable).
#   ("lit", ch)            one given character
#   ("chars", set | None, kind)  one character of a small known set, or of an unknown/large set (None);
#                          kind: "word" or "nonword" when every character of the set is (not) a word
#                          character (`\w`, `\d` / `\s`, `\W`, "[,;]"), else None
#   ("bound",)             \b
#   ("zero", edge)         any other zero-width assertion: edge "^" (^, \A: the text's start or a line's),
#                          "$" ($, \Z), None (look-arounds)
#   ("alt", (seq, ...))    alternation (also every group: a group of one alternative is an "alt" of one)
#   ("rep", lo, hi, seq)   seq repeated lo..hi times (hi None: unbounded)
Node = tuple
Seq = tuple

_CLASS_ESCAPES = set("wWsSdD")
_ESCAPE_KINDS = {"w": "word", "d": "word", "s": "nonword", "W": "nonword", "S": None, "D": None}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_MAX_CLASS = 10  # a class of up to this many characters is enumerated ("[eé]", "[7-9]"); larger ones are "unknown"
_QUANTIFIER = re.compile(r"\{(?!\})(\d*)(,?)(\d*)\}")  # "{}" is two literal characters


def is_word_char(ch: str) -> bool:
    r"""What `\w` matches in a str pattern (Unicode letters and digits, and the underscore)."""
    return ch.isalnum() or ch == "_"


def parse(source: str, fold: bool = False) -> Seq:
    """The syntax tree of `source` (see above); `Unsupported` for constructs outside the modelled set.

    `fold`: the pattern is matched case-insensitively; its letters are read in lower case, for texts
    passed through `fold_case` (only patterns written in ASCII: `Unsupported` otherwise)."""
    seq, end = _Reader(source, fold).alternation(0)
    if end != len(source):
        raise Unsupported(f"unbalanced ')' at {end}")
    return seq


class _Reader:
    def __init__(self, source: str, fold: bool = False) -> None:
        self.s = source
        self.fold = fold

    def char(self, ch: str) -> str:
        if not self.fold:
            return ch
        if not ch.isascii():
            raise Unsupported("a case-insensitive pattern with a non-ASCII character")
        return ch.lower()

    def alternation(self, i: int) -> tuple[Seq, int]:
        """Read alternatives from `i` up to an unmatched ')' or the end: (sequence, where it stopped)."""
        branches = []
        while True:
            seq, i = self.sequence(i)
            branches.append(seq)
            if i < len(self.s) and self.s[i] == "|":
                i += 1
                continue
            break
        return (branches[0] if len(branches) == 1 else (("alt", tuple(branches)),)), i

    def sequence(self, i: int) -> tuple[Seq, int]:
        out: list[Node] = []
        s = self.s
        while i < len(s) and s[i] not in "|)":
            node, i = self.atom(i)
            node, i = self.quantified(node, i)
            out.append(node)
        return tuple(out), i

    def atom(self, i: int) -> tuple[Node, int]:
        s = self.s
        ch = s[i]
        if ch == "(":
            return self.group(i)
        if ch == "[":
            return self.char_class(i)
        if ch == "\\":
            return self.escape(i)
        if ch == ".":
            return ("chars", None, None), i + 1
        if ch in "^$":
            return ("zero", ch), i + 1
        if ch in "*+?":
            raise Unsupported(f"nothing to repeat at {i}")
        if ch == "{" and _QUANTIFIER.match(s, i):
            raise Unsupported(f"nothing to repeat at {i}")
        return ("lit", self.char(ch)), i + 1

    def group(self, i: int) -> tuple[Node, int]:
        s = self.s
        zero = False
        if s.startswith("(?:", i):
            i += 3
        elif s.startswith(("(?=", "(?!"), i):
            i, zero = i + 3, True
        elif s.startswith(("(?<=", "(?<!"), i):
            i, zero = i + 4, True
        elif s.startswith("(?P<", i):
            close = s.find(">", i)
            if close < 0:
                raise Unsupported("unterminated group name")
            i = close + 1
        elif s.startswith("(?", i):
            raise Unsupported(f"group kind {s[i:i + 4]!r}")  # inline flags, comments, conditionals, (?P=name)
        else:
            i += 1
        seq, i = self.alternation(i)
        if i >= len(s) or s[i] != ")":
            raise Unsupported("missing ')'")
        node: Node = ("zero", None) if zero else ("alt", (seq,))
        return node, i + 1

    def escape(self, i: int) -> tuple[Node, int]:
        s = self.s
        if i + 1 >= len(s):
            raise Unsupported("trailing backslash")
        ch = s[i + 1]
        if ch == "b":
            return ("bound",), i + 2
        if ch in "AZ":
            return ("zero", "^" if ch == "A" else "$"), i + 2
        if ch in _CLASS_ESCAPES:
            return ("chars", None, _ESCAPE_KINDS[ch]), i + 2
        literal, i = self.escaped_char(i)
        return ("lit", self.char(literal)), i

    def escaped_char(self, i: int) -> tuple[str, int]:
        """The one character a backslash escape at `i` stands for (outside the class shorthands)."""
        s = self.s
        ch = s[i + 1]
        if ch in _CHAR_ESCAPES:
            return _CHAR_ESCAPES[ch], i + 2
        if ch in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[ch]
            digits = s[i + 2 : i + 2 + width]
            if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise Unsupported(f"bad escape at {i}")
            return chr(int(digits, 16)), i + 2 + width
        if ch.isalnum() or ch == "_":
            raise Unsupported(f"escape \\{ch}")  # back-references, \B, \N{...}, \0: not modelled
        return ch, i + 2  # an escaped punctuation character stands for itself

    def char_class(self, i: int) -> tuple[Node, int]:
        s = self.s
        i += 1
        negated = s.startswith("^", i)
        i += negated
        chars: set[str] | None = set()  # None: too many to list
        kinds: set[str | None] = set()  # "word" / "nonword" of each member (None: either)
        first = True
        while True:
            if i >= len(s):
                raise Unsupported("unterminated character class")
            ch = s[i]
            if ch == "]" and not first:
                i += 1
                break
            first = False
            if ch == "\\":
                if i + 1 < len(s) and s[i + 1] in _CLASS_ESCAPES:
                    chars, i = None, i + 2
                    kinds.add(_ESCAPE_KINDS[s[i - 1]])
                    continue
                if i + 1 < len(s) and s[i + 1] == "b":
                    ch, i = "\b", i + 2
                else:
                    ch, i = self.escaped_char(i)
            else:
                i += 1
            hi = ch
            if s.startswith("-", i) and i + 1 < len(s) and s[i + 1] != "]":
                hi = s[i + 1]
                if hi == "\\":
                    if s[i + 2 : i + 3] in _CLASS_ESCAPES:
                        raise Unsupported("range to a class shorthand")
                    hi, i = self.escaped_char(i + 1)
                else:
                    i += 2
                if ord(hi) < ord(ch):
                    raise Unsupported("bad character range")
            members = range(ord(ch), ord(hi) + 1)
            if len(members) > 5000:
                kinds.add(None)
            else:
                kinds.update("word" if is_word_char(chr(c)) else "nonword" for c in members)
            if chars is not None:
                chars = None if len(members) > _MAX_CLASS else chars | {chr(c) for c in members}
        kind = None if negated or len(kinds) != 1 else next(iter(kinds))
        if negated or chars is None or len(chars) > _MAX_CLASS:
            return ("chars", None, kind), i
        return ("chars", frozenset(map(self.char, chars)), kind), i

    def quantified(self, node: Node, i: int) -> tuple[Node, int]:
        s = self.s
        if i >= len(s):
            return node, i
        ch = s[i]
        if ch in "*+?":
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            i += 1
        else:
            m = _QUANTIFIER.match(s, i) if ch == "{" else None
            if m is None:
                return node, i
            lo = int(m.group(1) or 0)
            hi = (int(m.group(3)) if m.group(3) else None) if m.group(2) else lo
            i = m.end()
        if i < len(s) and s[i] in "?+":  # lazy or possessive: the same strings can match
            i += 1
        if node[0] in ("zero", "bound"):
            # a repeated assertion is the same assertion; an optional one asserts nothing
            return (node if lo else ("zero", None)), i
        if i < len(s) and s[i] in "*+?{" and (s[i] != "{" or _QUANTIFIER.match(s, i)):
            raise Unsupported(f"multiple repeat at {i}")
        return ("rep", lo, hi, (node,)), i


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth) of each character of a pattern source that is not escaped and not
    inside a character class; a parenthesis is given the depth outside its group."""
    depth, in_class, i = 0, False, 0
    class_start = -1  # where the open class's first character is (a "]" there is a literal)
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or i == class_start
        elif ch == "[":
            in_class, class_start = True, i + 1 + source.startswith("^", i + 1)
        else:
            depth -= ch == ")"
            yield i, ch, depth
            depth += ch == "("
        i += 1


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern source, as source text (bars inside groups or classes stay)."""
    out, start = [], 0
    for i, ch, depth in _structure(source):
        if ch == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
    out.append(source[start:])
    return out


# -- the first word of a match -----------------------------------------------------------------------


@dataclass(frozen=True)
class FirstWords:
    """The word a match starts with, when the match starts where a word starts: it is one of `exact`, or it
    starts with one of `prefixes` (a word that may go on, e.g. `\\bcomplain\\w*`)."""

    exact: frozenset[str]
    prefixes: frozenset[str]

    def admits(self, word: str) -> bool:
        return word in self.exact or word.startswith(tuple(self.prefixes))


class _NoAnswer(Exception):
    pass


_MAX_STEPS = 20000  # steps of the walk (one per character or branch followed)
_MAX_WORDS = 300  # past this many first words, a word gate is no longer cheap
_MAX_WORD = 40


def first_words(source: str) -> FirstWords | None:
    r"""The possible first words of a match of `source` that starts at a word start (the text there is a
    word character), or None when they cannot be read off the pattern (e.g. it starts with `\d+`).

    The pattern is followed character by character through every branch until the word ends: at a
    non-word character, at `\b`, or where it can go on with characters that are not listed (then what was
    read is a prefix). Look-arounds consume nothing and are stepped over (which only admits more words).
    """
    try:
        tree = parse(source)
    except Unsupported:
        return None
    exact: set[str] = set()
    prefixes: set[str] = set()
    steps = [0]

    def walk(frames: tuple, acc: str) -> None:
        steps[0] += 1
        if steps[0] > _MAX_STEPS or len(acc) > _MAX_WORD or len(exact) + len(prefixes) > _MAX_WORDS:
            raise _NoAnswer
        if not frames:
            if not acc:
                raise _NoAnswer  # an empty match: no word to read
            prefixes.add(acc)  # the match may end inside a longer word
            return
        seq, i = frames[-1]
        if i >= len(seq):
            walk(frames[:-1], acc)
            return
        node = seq[i]
        rest = frames[:-1] + ((seq, i + 1),)
        kind = node[0]
        if kind == "lit":
            ch = node[1]
            if is_word_char(ch):
                walk(rest, acc + ch)
            elif acc:
                exact.add(acc)
            # else: a non-word character where a word starts cannot match: this path is dead
        elif kind == "chars":
            if node[1] is None and node[2] == "nonword":
                if acc:
                    exact.add(acc)  # (as for a non-word character: `\s`, `\W`)
            elif node[1] is None:
                if not acc:
                    raise _NoAnswer
                prefixes.add(acc)  # the word may go on with characters that are not listed
            else:
                for ch in sorted(node[1]):
                    walk(rest + (((("lit", ch),), 0),), acc)
        elif kind == "bound":
            if acc:
                exact.add(acc)  # \b after word characters: the word ends here
            else:
                walk(rest, acc)
        elif kind == "zero":
            walk(rest, acc)
        elif kind == "alt":
            for branch in node[1]:
                walk(rest + ((branch, 0),), acc)
        elif kind == "rep":
            _, lo, hi, sub = node
            if lo == 0:
                walk(rest, acc)  # no (more) repetitions
            if hi is None or hi > 0:
                again = ("rep", max(lo - 1, 0), None if hi is None else hi - 1, sub)
                walk(rest[:-1] + ((seq[: i] + (again,) + seq[i + 1 :], i),) + ((sub, 0),), acc)
        else:  # pragma: no cover - parse() makes no other nodes
            raise _NoAnswer

    try:
        walk(((tree, 0),), "")
    except (_NoAnswer, RecursionError):
        return None
    if not exact and not prefixes:
        return None
    return FirstWords(frozenset(exact), frozenset(prefixes))


# -- strings every match holds ----------------------------------------------------------------------
# Each pattern gets a few literal strings one of which every match of it contains; a text holding none of
# them is not searched with it. The strings come from runs of fixed text in the pattern (every part of a
# run that every path through it must cross); among the candidate sets the rarest is kept: longer strings
# are rarer, and from `rarity` characters on, fewer strings are cheaper to test.

_MAX_STRINGS = 200
_MAX_NEEDED = 60
Strings = Union[set, None]


def _exact_strings(seq: Seq, marked: bool = False) -> Strings:
    """Every string a sequence can match, when that is a small finite set; else None.

    `marked`: `\b` is kept as `_BOUNDARY` (other zero-width assertions give nothing either way)."""
    out: Strings = {""}
    for node in seq:
        out = _then(out, _exact_node(node, marked))
        if out is None:
            return None
    return out


def _then(before: Strings, strings: Strings) -> Strings:
    """The strings of a run extended by one node's `strings` (None: too many, or not a finite set)."""
    if before is None or strings is None:
        return None
    out = {a + b for a in before for b in strings}
    return out if len(out) <= _MAX_STRINGS else None


def _run_strings(node_strings: Sequence[Strings]) -> Iterator[tuple[int, int, Strings]]:
    """`(i, j, _exact_strings(run[i:j]))` for every contiguous part of a run whose nodes' own strings are
    `node_strings`, each part extended from the one a node shorter: once a part's strings are None, so are
    its extensions' (a string set never shrinks by a node that has strings), which keeps long runs of
    fixed text from costing a product per part and per node (the cue lexicons' analysis at import)."""
    for i in range(len(node_strings)):
        strings: Strings = {""}
        for j in range(i + 1, len(node_strings) + 1):
            strings = _then(strings, node_strings[j - 1])
            yield i, j, strings


def _exact_node(node: Node, marked: bool = False) -> Strings:
    kind = node[0]
    if kind == "lit":
        return {node[1]}
    if kind == "bound":
        return {_BOUNDARY} if marked else {""}
    if kind == "zero":
        return {""}
    if kind == "chars":
        return set(node[1]) if node[1] is not None else None
    if kind == "alt":
        out = _union(_exact_strings(branch, marked) for branch in node[1])
        return out if out is not None and len(out) <= _MAX_STRINGS else None
    if kind == "rep":
        _, lo, hi, sub = node
        strings = _exact_strings(sub, marked)
        if strings is None or hi is None or hi > 3:
            return None
        out, power = set(), {""}
        for count in range(hi + 1):
            if count >= lo:
                out |= power
            power = {a + b for a in power for b in strings}
            if len(out | power) > _MAX_STRINGS:
                return None
        return out
    return None


def _union(each: Iterable[Strings]) -> Strings:
    """The union of string sets, or None as soon as one of them is None (then no set is known)."""
    out: set[str] = set()
    for strings in each:
        if strings is None:
            return None
        out |= strings
    return out


def _nonempty(strings: Strings) -> Strings:
    return None if strings is None or "" in strings else strings


def _needed_in_sequence(seq: Seq, rarity: int) -> Strings:
    candidates: list[Strings] = []
    run: list[Strings] = []  # the strings of each node of the current run of fixed text
    for node in (*seq, None):
        strings = _exact_node(node) if node is not None else None
        if strings is not None:
            run.append(strings)
            if node[0] == "alt":  # its alternatives may each need fewer strings
                candidates.append(_needed_in_node(node, rarity))
            continue
        # every contiguous part of a run of fixed text may serve (the whole may be too many strings)
        candidates += [_nonempty(part) for _, _, part in _run_strings(run)]
        run = []
        if node is not None:
            candidates.append(_needed_in_node(node, rarity))
    usable = [c for c in candidates if c]
    return max(usable, key=lambda c: (min(rarity, min(map(len, c))), -len(c), min(map(len, c)))) if usable else None


def _needed_in_node(node: Node, rarity: int) -> Strings:
    kind = node[0]
    if kind == "alt":  # each alternative needs one of its own strings
        return _union(_needed_in_sequence(branch, rarity) for branch in node[1])
    if kind == "rep":
        return _needed_in_sequence(node[3], rarity) if node[1] >= 1 else None
    return _nonempty(_exact_node(node))


def needed_strings(pattern: re.Pattern[str], rarity: int = 4) -> tuple[str, ...] | None:
    """Strings one of which is in every match of `pattern`, or None when no such set was found (the
    pattern is then always searched). `rarity`: the length from which a string counts as rare enough
    (longer prefers longer strings, fewer of them shorter).

    For a case-insensitive pattern the strings are lower-case and are to be looked for in
    `fold_case(text)`."""
    if pattern.flags & re.VERBOSE:
        return None
    try:
        needed = _needed_in_sequence(parse(pattern.pattern, fold=bool(pattern.flags & re.IGNORECASE)), rarity)
    except Unsupported:
        return None
    # each string costs a scan of the text: past a few dozen, the test costs as much as the search
    return tuple(sorted(needed)) if needed and len(needed) <= _MAX_NEEDED else None


# What `re.IGNORECASE` equates with ASCII letters besides their other case: the dotted and dotless
# Turkish i, the long s (and the Kelvin sign, which `str.lower` already makes "k").
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold_case(text: str) -> str:
    """`text` lower-cased so that wherever a case-insensitive pattern written in ASCII matches, its
    lower-case literal text is in the result (`str.lower` alone turns "İ" into two characters)."""
    return text.lower() if text.isascii() else text.translate(_FOLD_TO_ASCII).lower()


def may_match(needed: tuple[str, ...] | None, text: str) -> bool:
    """False when `text` holds none of the `needed` strings (see `needed_strings`): no match there."""
    return needed is None or any(map(text.__contains__, needed))  # map: no Python frame per string


# -- whole words every match holds ------------------------------------------------------------------
# The same reading, one level up: words one of which every match holds as a whole word of the text (a
# maximal run of word characters). Whole words are tested against the set of a text's words, one set
# look-up per word instead of a scan of the text per string. A run of fixed text gives whole words where
# its pieces are closed on both sides: by a non-word character, by `\b`, or by what the pattern puts
# right before or after the run.

_BOUNDARY = "\x00"  # stands for `\b` in the strings of a run: a zero-width word delimiter

# Words too common to make a good gate (one of them is in nearly every message).
COMMON_WORDS = frozenset(
    "a an the i im me my we our us you your he she it its they them their his her him to of in on at for with by from "
    "and or but not no nor is are was were be been being am do does did done have has had will would can could should "
    "may might must shall this that these those there here what which who whom how when where why as so if than then "
    "just also very all any some more most up out about into over only other own same such too get got please".split()
)


def _closed_edges(seq: Seq, left: bool, right: bool) -> tuple[list[bool], list[bool]]:
    """For each position k of `seq`: whether a word character consumed at k is sure to have a non-word
    character (or the text's edge) just before it (`before[k]`), and whether a word character consumed
    just before k is sure to have one just after it (`after[k]`). `left` and `right` say the same of the
    sequence's own edges, as its context knows them."""
    n = len(seq)
    before, after = [left] * (n + 1), [right] * (n + 1)
    for k, node in enumerate(seq):
        before[k + 1] = _closed_past(node, before[k], forward=True)
    for k in range(n - 1, -1, -1):
        after[k] = _closed_past(seq[k], after[k + 1], forward=False)
    return before, after


def _closed_past(node: Node, closed: bool, forward: bool) -> bool:
    """`before` past `node` walking forwards, or `after` before it walking backwards (see `_closed_edges`),
    given `closed` on the side walked from."""
    kind = node[0]
    if kind == "lit":
        return not is_word_char(node[1])
    if kind == "chars":
        return node[2] == "nonword"
    if kind == "bound":
        return True  # a word character next to \b has a non-word one (or the edge) on its other side
    if kind == "zero":
        # consumes nothing: what was known stays known, except at the text's (or a line's) edge
        return True if node[1] == ("^" if forward else "$") else closed
    if kind == "alt":
        return all(_closed_past_seq(branch, closed, forward) for branch in node[1])
    # A repetition (lo..hi): true only if true after each possible number of them. Past one or more the
    # answer is the same (the walk only passes on, forgets or sets what it knows, so a repetition's answer
    # is either a constant or the one it was given).
    _, lo, hi, sub = node
    if hi == 0:
        return closed
    once = _closed_past_seq(sub, closed, forward)
    return once if lo >= 1 else (closed and once)


def _closed_past_seq(seq: Seq, closed: bool, forward: bool) -> bool:
    for node in seq if forward else reversed(seq):
        closed = _closed_past(node, closed, forward)
    return closed


_DELIMITER = re.compile(r"\W+")


def _whole_words(string: str, left: bool, right: bool) -> list[str]:
    """The pieces of a run's `string` that are whole words of any text it matches in: those between two
    delimiters, and the first (last) one when the run's left (right) edge is closed."""
    pieces = _DELIMITER.split(string)
    if len(pieces) == 1:
        return pieces if left and right and pieces[0] else []
    first, *middle, last = pieces
    out = [w for w in middle if w]
    if first and left:
        out.append(first)
    if last and right:
        out.append(last)
    return out


def _rarity(word: str) -> tuple[bool, float]:
    # Short words are frequent (Zipf): without a frequency table, length stands in for rarity.
    return (word in COMMON_WORDS, 1.0 / len(word) ** 2)


def _rarest(words: Iterable[str]) -> str:
    return min(words, key=lambda w: (_rarity(w), w))


def _cost(words: set[str]) -> tuple[int, float]:
    """Lower is a better gate: fewer common words, then a smaller chance that a text holds one of them."""
    return (sum(w in COMMON_WORDS for w in words), sum(_rarity(w)[1] for w in words))


def _words_in_sequence(seq: Seq, left: bool, right: bool) -> set[str] | None:
    sets = _word_sets_in_sequence(seq, left, right)
    return sets[0] if sets else None


def _word_sets_in_sequence(seq: Seq, left: bool, right: bool) -> list[set[str]]:
    """Every set of words a match of `seq` must hold one of (each is needed on its own), best gate first."""
    before, after = _closed_edges(seq, left, right)
    candidates: list[set[str] | None] = []
    run_start = 0
    run: list[Strings] = []  # the strings (`marked`) of each node of the current run of fixed text
    for k, node in enumerate((*seq, None)):
        strings = _exact_node(node, marked=True) if node is not None else None
        if strings is not None:
            run.append(strings)
            if node[0] == "alt":  # its alternatives may each need fewer words
                candidates.append(_words_in_node(node, before[k], after[k + 1]))
            continue
        # every contiguous part of a run of fixed text may serve (the whole may be too many strings)
        for i, j, part in _run_strings(run):
            candidates.append(_words_of_strings(part, before[run_start + i], after[run_start + j]))
        run_start = k + 1
        run = []
        if node is not None:
            candidates.append(_words_in_node(node, before[k], after[k + 1]))
    return sorted({frozenset(c) for c in candidates if c}, key=lambda c: (_cost(c), sorted(c)))


def _words_of_strings(strings: Strings, left: bool, right: bool) -> set[str] | None:
    """The words of a run of fixed text that matches `strings` (`marked`) one of which every match holds."""
    if not strings:
        return None
    out: set[str] = set()
    for string in strings:
        words = _whole_words(string, left, right)
        if not words:
            return None  # this way through the run holds no whole word
        out.add(_rarest(words))
    return out


def _words_in_node(node: Node, left: bool, right: bool) -> set[str] | None:
    kind = node[0]
    if kind == "alt":  # each alternative needs one of its own words
        out: set[str] = set()
        for branch in node[1]:
            needed = _words_in_sequence(branch, left, right)
            if needed is None:
                return None
            out |= needed
        return out
    if kind == "rep" and node[1] >= 1:
        # only a single repetition has the edges of its context; more repetitions border each other
        single = node[2] == 1
        return _words_in_sequence(node[3], left and single, right and single)
    return None


def needed_word_sets(source: str, fold: bool = False, limit: int = 4) -> tuple[frozenset[str], ...]:
    """Up to `limit` sets of words such that every match of `source` holds a word of each set as a whole
    word of the text, best gate first (the first is `needed_words`); () when none was found. `fold`: read
    the pattern case-insensitively (lower-case words, for `text_words`)."""
    try:
        sets = _word_sets_in_sequence(parse(source, fold=fold), False, False)
    except Unsupported:
        return ()
    minimal = [c for c in sets if len(c) <= _MAX_STRINGS and not any(other < c for other in sets)]
    return tuple(minimal[:limit])


def needed_words(source: str) -> frozenset[str] | None:
    """Words one of which every match of `source` holds as a whole word of the text (a maximal run of word
    characters), or None when no such set was found. The pattern must be matched case-sensitively against
    the text whose words are tested (the cue lexicons are lower-case and read `lower(text)`)."""
    try:
        needed = _words_in_sequence(parse(source), False, False)
    except Unsupported:
        return None
    return frozenset(needed) if needed and len(needed) <= _MAX_STRINGS else None


# -- searching alternative by alternative ----------------------------------------------------------

# ASCII characters that are not word characters, as spaces (a table `str.translate` applies at C speed).
_ASCII_SPACED = "".join(ch if is_word_char(ch) else " " for ch in map(chr, range(128)))


def space_non_words(text: str) -> str:
    """`text` with every non-word character turned into a space: the same length and offsets, and its
    words (maximal runs of word characters) are what `str.split` gives, much faster than a regex."""
    spaced = text.translate(_ASCII_SPACED)
    if not spaced.isascii():  # the table leaves other characters alone: space the non-word ones
        for ch in set(spaced):
            if not ch.isascii() and not is_word_char(ch):
                spaced = spaced.replace(ch, " ")
    return spaced


def text_words(text: str) -> frozenset[str]:
    """The words of `fold_case(text)` (its maximal runs of word characters): what a `WordGate` tests."""
    return frozenset(space_non_words(fold_case(text)).split())


def _group_body(source: str) -> str | None:
    """The inside of `source` when it is one group, `(...)`, `(?:...)` or `(?P<name>...)`, from end to end."""
    if source.startswith("(?:"):
        inner = 3
    elif source.startswith("(?P<") and ">" in source:
        inner = source.index(">") + 1
    elif source.startswith("(") and not source.startswith("(?"):
        inner = 1
    else:
        return None
    for i, ch, depth in _structure(source):
        if ch == ")" and depth == 0:
            return source[inner:i] if i == len(source) - 1 else None
    return None


def flat_alternatives(source: str) -> list[str]:
    """The alternatives of `source`, a group that spans a whole alternative opened up (`(?:a|b)|c` gives
    a, b and c): the pattern matches somewhere exactly when one of them does."""
    out = []
    for alternative in alternatives(source):
        body = _group_body(alternative)
        out += flat_alternatives(body) if body is not None else [alternative]
    return out


class NeededWords:
    """Which alternatives of a pattern a text's words allow. Each alternative (`parts`, regex sources)
    gets its needed word sets (`needed_word_sets`); the alternatives are indexed by the words of their
    first (best) set, so a text meets the index with one set intersection. `always`: the alternatives
    that need no word (tried whatever the text)."""

    def __init__(self, parts: Sequence[str], fold: bool = False) -> None:
        self.sets = [needed_word_sets(part, fold=fold) for part in parts]
        by_word: dict[str, list[int]] = {}
        for i, sets in enumerate(self.sets):
            for word in sets[0] if sets else ():
                by_word.setdefault(word, []).append(i)
        self.by_word = {word: tuple(found) for word, found in by_word.items()}
        self.index_words = frozenset(by_word)
        self.always = tuple(i for i, sets in enumerate(self.sets) if not sets)

    def holds_rest(self, i: int, words: frozenset[str] | set[str]) -> bool:
        """Whether `words` meet every needed set of alternative `i` but the first (the index's)."""
        return all(not need.isdisjoint(words) for need in self.sets[i][1:])

    def live(self, words: frozenset[str] | set[str]) -> set[int]:
        """The alternatives whose every needed set `words` meet, and those that need none."""
        live = set(self.always)
        for word in self.index_words & words:
            live.update(i for i in self.by_word[word] if self.holds_rest(i, words))
        return live


class WordGate:
    """Whether a pattern matches somewhere in a text, trying only the alternatives that may: those for each
    of whose needed word sets (`needed_word_sets`, read case-insensitively) the text holds a word
    (`text_words`).

    `may_match(words)` is False when no alternative can match; `search(text, words)` is exactly
    `bool(pattern.search(text))` (every alternative is tried when `words` is None). The alternatives are
    indexed by the words of their best set, so a text is first met with one set intersection
    (`index_words`: a text holding none of them matches no alternative, when `always` is empty).
    """

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        try:
            parse(pattern.pattern)
            sources = flat_alternatives(pattern.pattern)
        except Unsupported:  # e.g. a back-reference: the alternatives cannot be compiled apart
            sources = [pattern.pattern]
        self._parts = [re.compile(source, pattern.flags) for source in sources]
        self._needs = NeededWords(sources, fold=True)
        self.always = self._needs.always  # always to be tried
        self.index_words = self._needs.index_words

    def may_match(self, words: frozenset[str] | set[str]) -> bool:
        if self.always:
            return True
        needs = self._needs
        return any(needs.holds_rest(i, words) for word in self.index_words & words for i in needs.by_word[word])

    def search(self, text: str, words: frozenset[str] | set[str] | None = None) -> bool:
        if words is None:
            return self.pattern.search(text) is not None
        live = sorted(self._needs.live(words))
        if len(live) == len(self._parts):
            return self.pattern.search(text) is not None  # one pass over the text instead of one per part
        return any(self._parts[i].search(text) for i in live)


# -- searching a lexicon through only the alternatives a text can match --------------------------------
# (the intake lexicons: `classifiers.vulnerability`, `classifiers.authority`, `classifiers.details`)


def words_of(text: str) -> frozenset[str]:
    """The words of `text` as written (its maximal runs of word characters): what `AlternativesGate`
    tests for a pattern matched case-sensitively against `text` (the lexicons read lower-cased text)."""
    return frozenset(space_non_words(text).split())


def _opened_alternatives(source: str) -> list[str]:
    r"""The alternatives of `source` (`flat_alternatives`), with each `\b(a|b|...)\b` opened into
    `\b(?:a)\b`, `\b(?:b)\b`, ...: at any position the engine then tries the same things in the same
    order (the leading `\b` has no choices to backtrack into, the trailing one follows each alternative),
    so the alternation of the pieces has exactly the matches of `source`."""
    out: list[str] = []
    for part in flat_alternatives(source):
        if part.startswith(r"\b(") and part.endswith(r")\b"):
            inner = part[2:-2]
            opened = flat_alternatives(inner)  # [inner] unless inner is one group from end to end
            if opened != [inner]:
                out += [rf"\b(?:{piece})\b" for piece in opened]
                continue
        out.append(part)
    return out


class AlternativesGate:
    r"""`pattern` searched through only those of its alternatives that can match in a given text.

    The lexicons are long alternations behind a `\b`, which Python's `re` tries at every word boundary
    (there is no literal to scan for), whatever the text. So the pattern is cut once into its
    alternatives (`_opened_alternatives`) and each gets what every match of it holds, read off its
    source (`pattern_words`): whole words (`needed_word_sets`, each set tested against the set of the
    text's words, `words_of`), then literal strings (`needed_strings`, tested with `in`, only for the
    alternatives the words left). An alternative that fails a test matches nowhere in the text, and
    dropping it changes no match: at every position the engine would have tried it and failed. For
    `search`, `finditer` and `sub` over the whole text, `for_text` gives the alternation of the others
    (the pattern itself when none was dropped, None when all were), compiled once per set. Match spans
    are the same; group numbers are not (callers use spans only).

    A case-insensitive pattern is read in lower case: pass `text_words(text)` and `fold_case(text)`.

    `also_needs`: (marker, regex) pairs picked by hand where the source says less than it could (digits,
    say): an alternative whose source holds `marker` needs a match of `regex` in the text too (tests
    check that every match of those alternatives holds one).
    """

    def __init__(self, pattern: re.Pattern[str], rarity: int = 5, also_needs: Sequence[tuple[str, re.Pattern[str]]] = ()):
        self.pattern = pattern
        fold = bool(pattern.flags & re.IGNORECASE)
        try:
            if pattern.flags & re.VERBOSE:
                raise Unsupported("verbose")
            parse(pattern.pattern)  # inline flags, back-references: the pattern is not cut
            parts = _opened_alternatives(pattern.pattern)
        except Unsupported:
            parts = [pattern.pattern]
        self.parts = tuple(parts)
        self._needs = NeededWords(parts, fold=fold)
        self._rarity = rarity
        self._strings: list[tuple[str, ...] | None | bool] = [False] * len(parts)  # read when first needed
        self._also_rx = tuple(rx for _, rx in also_needs)
        self._also = [tuple(k for k, (marker, _) in enumerate(also_needs) if marker in part) for part in parts]
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        _GATES.add(self)

    @property
    def index_words(self) -> frozenset[str]:
        """A text holding none of these words can match only the alternatives in `unindexed`."""
        return self._needs.index_words

    @property
    def unindexed(self) -> tuple[int, ...]:
        return self._needs.always

    def first_words(self, live: Sequence[int]) -> frozenset[str] | None:
        """Words one of which every match of the alternatives `live` holds as a whole word (the first
        needed set of each, united); None when one of them needs no word."""
        out: set[str] = set()
        for i in live:
            if not self._needs.sets[i]:
                return None
            out |= self._needs.sets[i][0]
        return frozenset(out)

    def live(self, words: frozenset[str], text: str) -> tuple[int, ...]:
        """The alternatives that may match in `text`, whose words are `words`, in pattern order."""
        also = self._also
        held: dict[int, bool] = {}  # each hand-picked regex is searched once per text (keyed by index:
        # hashing a compiled pattern hashes its whole program)
        return tuple(
            i for i in sorted(self._needs.live(words))
            if may_match(self._strings_of(i), text)
            and all(held[k] if k in held else held.setdefault(k, self._also_rx[k].search(text) is not None) for k in also[i])
        )

    def read_strings(self) -> None:
        """Read every alternative's needed strings now (`_strings_of` otherwise reads each when first needed)."""
        for i in range(len(self.parts)):
            self._strings_of(i)

    def _strings_of(self, i: int) -> tuple[str, ...] | None:
        # read off the source only for the alternatives some text holds the words of (reading them all
        # would double the import time)
        strings = self._strings[i]
        if strings is False:
            strings = self._strings[i] = needed_strings(re.compile(self.parts[i], self.pattern.flags), rarity=self._rarity)
        return strings  # type: ignore[return-value]

    def for_text(self, words: frozenset[str], text: str, whole_needs: tuple[str, ...] | None = None) -> re.Pattern[str] | None:
        """The pattern to search `text` with: its alternatives that may match there (None: no match).
        `whole_needs`: strings one of which every match of the whole pattern holds (read off it, or
        picked by hand), a further test of `text` (`may_match`)."""
        pattern = self.pattern_of(self.live(words, text))
        return pattern if pattern is not None and may_match(whole_needs, text) else None

    def pattern_of(self, live: tuple[int, ...]) -> re.Pattern[str] | None:
        """The alternation of the alternatives `live` (the pattern itself for all, None for none)."""
        if len(live) == len(self.parts):
            return self.pattern
        if not live:
            return None
        compiled = self._compiled.get(live)
        if compiled is None:
            if len(self._compiled) >= 512:  # a bounded cache: the sets met in mail are few
                self._compiled.clear()
            compiled = self._compiled[live] = re.compile("|".join(f"(?:{self.parts[i]})" for i in live), self.pattern.flags)
        return compiled


#: Every gate made in this process (the lexicons' gates are module constants, made at import).
_GATES: weakref.WeakSet[AlternativesGate] = weakref.WeakSet()


def read_every_gate() -> None:
    """Read the lazy parts of every gate made so far (`AlternativesGate.read_strings`). A process about to
    fork worker processes calls this first: the workers inherit what it read instead of each reading it
    again over its first few hundred messages (a fresh pool of workers per service cycle would otherwise
    pay it every cycle)."""
    for gate in list(_GATES):
        gate.read_strings()
