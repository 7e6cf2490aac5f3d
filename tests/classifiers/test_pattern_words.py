"""The words and strings read off a pattern must be in every match: a prefilter built on them only ever
skips searches that could not have matched, so no verdict changes (checked on small patterns, on odd
letters that case-insensitive matching equates, and on every lexicon over the labelled mail)."""

from __future__ import annotations

import json
import re

import pytest

from classifiers import cues, rights_frames
from classifiers.pattern_words import (
    WordGate,
    first_words,
    fold_case,
    may_match,
    needed_strings,
    needed_word_sets,
    needed_words,
    space_non_words,
    text_words,
)

from .conftest import REPO


def _labelled_texts() -> list[str]:
    out = []
    for path in sorted((REPO / "data" / "labelled").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(str(row.get("body") or row.get("text") or ""))
    return out


@pytest.mark.parametrize(
    ("pattern", "matches"),
    [
        (r"\b(cat|dog)s? (food|bowl)\b", ["cat food", "dogs bowl"]),
        (r"\b(?:can'?t|cannot) (?:afford|pay for) (?:rent|food)\b", ["can't afford rent", "cannot pay for food"]),
        (r"(?<!nearly )had a (heart attack|stroke)(?! when)", ["had a stroke"]),
        (r"\b(aged|over) [7-9]\d\b", ["aged 81", "over 70"]),
        (r"x{2,}y", ["xxy", "xxxxxy"]),
    ],
)
def test_needed_strings_are_in_every_match(pattern, matches):
    rx = re.compile(pattern)
    needed = needed_strings(rx)
    assert needed  # a prefilter was found
    for text in matches:
        assert rx.search(text) and may_match(needed, text), (pattern, text, needed)
    assert not may_match(needed, "nothing of the kind here")


def test_no_prefilter_for_what_has_no_literal_or_is_not_modelled():
    assert needed_strings(re.compile(r"\w+@\w+")) == ("@",)
    assert needed_strings(re.compile(r"\w+\s\d+")) is None
    assert needed_strings(re.compile(r"(?i)cancer")) is None  # inline flags are not read
    assert needed_strings(re.compile(r"(a)\1")) is None  # nor back-references
    assert may_match(None, "")


def test_case_insensitive_strings_hold_for_every_letter_the_engine_equates():
    rx = re.compile(r"\bthis (e-?mail|message) is confidential\b", re.I)
    needed = needed_strings(rx)
    assert needed and all(s == s.lower() for s in needed)
    # the dotted and dotless i and the long s match i and s case-insensitively; fold_case keeps that
    for text in ["THIS EMAIL IS CONFIDENTIAL", "This message is confıdential", "Thiſ email is confİdential"]:
        assert rx.search(text) and may_match(needed, fold_case(text)), text
        # the word gates read the same words (the runs of word characters of the folded text)
        assert text_words(text) == set(re.findall(r"\w+", fold_case(text)))
        assert len(space_non_words(text)) == len(fold_case(text)) == len(text)
    assert needed_strings(re.compile("café", re.I)) is None  # only patterns written in ASCII


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\b(i|we) (want|need) to complain\w*", ["we need to complaint", "i want to complain"]),
        (r"\bintimidat\w*", ["intimidating", "intimidated"]),
        (r"\bart(icle|\.)? ?15\b", ["art 15", "art.15", "article15", "article 15"]),
        (r"\bcomplain(t|s)?\b", ["a complaint.", "he complains"]),
        (r"\bfoo\s*bar", ["foobar", "foo  bar"]),  # foo is no word of its own in "foobar"
        (r"\bcopy of .{0,20}\bfile", ["copy of my files", "copy of the file"]),
        (r"\bhow (you|they) got (my|her) (number|address)\b", ["how they got my address"]),
        (r"\b(second|\d+(st|nd)) time", ["2nd time", "second time"]),
    ],
)
def test_first_and_needed_words_hold_for_every_match(pattern, texts):
    """A match starts with a word `first_words` admits and holds a word of each needed set as a whole word."""
    rx, fw, sets = re.compile(pattern), first_words(pattern), needed_word_sets(pattern)
    for text in texts:
        m = rx.search(text)
        assert m, (pattern, text)
        words = {w.group(0) for w in re.finditer(r"\w+", text) if m.start() <= w.start() and w.end() <= m.end()}
        assert fw is None or fw.admits(re.match(r"\w+", text[m.start():]).group(0)), (pattern, text, fw)
        assert all(need & words for need in sets), (pattern, text, sets)


def test_what_cannot_be_read_off_a_pattern_gets_no_gate():
    assert needed_words(r"\bfoo\s*bar") is None  # "foobar": foo is not a word of its own there
    assert first_words(r"\b\d+(st|nd) time") is None  # the first word cannot be read off the pattern
    assert first_words(r"(?i)foo") is None and needed_word_sets(r"(a)\1") == ()


def test_every_lexicon_match_holds_its_first_and_needed_words():
    """Every match of every planned cue pattern in the labelled mail: the alternative that made it starts
    with a word its plan admits, and holds a word of each of its needed sets as a whole word."""
    checked = 0
    texts = [cues.lower(t) for t in _labelled_texts()]
    for (source, flags), plan in cues._PLANS.items():
        pattern = re.compile(source, flags)
        parts = [(re.compile(part, flags), first_words(part), needed_word_sets(part)) for part in plan.parts]
        for low in texts:
            for m in pattern.finditer(low):
                # the alternation matches with its first alternative that matches here
                rx, fw, sets = next(p for p in parts if p[0].match(low, m.start()))
                assert rx.match(low, m.start()).span() == m.span()
                inside = {w.group(0) for w in re.finditer(r"\w+", low) if m.start() <= w.start() and w.end() <= m.end()}
                first = re.match(r"\w+", low[m.start():]).group(0)
                assert fw is None or fw.admits(first), (rx.pattern[:60], m.group(0))
                assert all(need & inside for need in sets), (rx.pattern[:60], m.group(0), sets)
                checked += 1
    assert checked > 1000


def test_word_gates_never_change_a_search():
    sentences = [s for t in _labelled_texts()[:1500] for s in rights_frames.sentences(t)]
    sentences += ["Pleaſe delete my data", "PLEASE DELETE MY DATA", "could you ſend me a copy of my file?", "İ want my data deleted"]
    gates = [WordGate(p) for p in (rights_frames.REQUEST, rights_frames.ERASURE, rights_frames.ACCESS, rights_frames.INFORMED,
                                   rights_frames.OBJECTION, rights_frames.AUTOMATED_WHO, rights_frames.RIGHTS_DESCRIBED)]
    for sentence in sentences:
        words = text_words(sentence)
        for gate in gates:
            assert gate.search(sentence, words) == bool(gate.pattern.search(sentence)), (gate.pattern.pattern[:40], sentence[:80])
            if gate.pattern.search(sentence):
                assert gate.may_match(words)
