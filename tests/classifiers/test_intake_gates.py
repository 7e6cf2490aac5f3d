"""The intake NLP (details, vulnerability, authority) skips searches that cannot match: these tests fail
when a skip is wrong, by comparing each shortcut with the plain search on every labelled text (also
upper-cased and with the letters `re.IGNORECASE` folds: ı, İ, ſ, K) and on hand-made edge cases."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

import classifiers.authority as a
import classifiers.details as d
import classifiers.pattern_words as pw
import classifiers.vulnerability as v
from classifiers.cues import lower
from classifiers.pattern_words import fold_case, space_non_words

LABELLED = Path(__file__).resolve().parents[2] / "data" / "labelled"


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.replace("i", "\u0131").replace("s", "\u017f"), text.replace("I", "\u0130").replace("k", "\u212a")]


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    out: list[str] = []
    for path in sorted(LABELLED.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = str(row.get("text") or row.get("body") or "")
                out += _variants(text) if len(out) % 7 == 0 else [text]
    assert len(out) > 4000
    return tuple(out)


def _spans(matches) -> list[tuple[int, int]]:  # noqa: ANN001
    return [m.span() for m in matches]


def _gated_spans(gate: pw.AlternativesGate, text: str) -> list[tuple[int, int]]:
    pattern = gate.for_text(pw.words_of(text), text)
    return _spans(pattern.finditer(text)) if pattern is not None else []


# -- AlternativesGate --------------------------------------------------------------------------------


def test_opening_the_alternatives_keeps_every_match():
    r"""`\b(a|b)\b` opened into `\b(?:a)\b|\b(?:b)\b` (and top-level groups opened) finds the same spans."""
    patterns = [rx for _, _, rx in v._COMPILED] + [v._IDIOMS] + [rx for _, _, rx in a._REP_RX] + [a._NOT_REP, a._ENCLOSED, a._CONSENT]
    opened = [re.compile("|".join(f"(?:{part})" for part in pw._opened_alternatives(rx.pattern)), rx.flags) for rx in patterns]
    assert sum(len(pw._opened_alternatives(rx.pattern)) for rx in patterns) > 3 * len(patterns)
    found = 0
    for text in _texts()[::3]:
        low = lower(text)
        for rx, cut in zip(patterns, opened):
            expected = _spans(rx.finditer(low))
            found += len(expected)
            assert _spans(cut.finditer(low)) == expected, rx.pattern[:60]
    assert found > 500


def test_every_match_of_an_alternative_holds_its_words_strings_and_hand_picked_needs():
    """Checked alternative by alternative (a wrong gate on an alternative that rarely matches would not
    show in the verdicts)."""
    gates = list(v._CUE_GATES) + [v._IDIOM_GATE] + list(a._REP_ALTERNATIVES) + [a._NOT_REP_ALTERNATIVES, a._ENCLOSED_ALTERNATIVES,
                                                                          a._CONSENT_ALTERNATIVES]
    parts = [(gate, i, re.compile(part, gate.pattern.flags)) for gate in gates for i, part in enumerate(gate.parts)]
    checked = 0
    for text in _texts()[::3]:
        low = lower(v._normalise(text))
        for gate, i, rx in parts:
            for m in rx.finditer(low):
                if m.end() == m.start():
                    continue
                checked += 1
                words = pw.words_of(m.group(0))
                assert gate.live(words, m.group(0)) and i in gate.live(words, m.group(0)), (gate.parts[i][:60], m.group(0))
    assert checked > 1000


AGE_CASES = [
    "my mother is 87 and struggling", "I am 75 years old", "she's 80 now", "who is 92,", "and is now 79.", "aged 101 and", "a 75-year-old man",
    "he is 75yo", "my dad turned 90.", "she turns 85 next week", "hes 91 and", "shes 70,", "who are 80 and", "i'm 77", "my wife is now 81",
    "mother-in-law is 90.",
]


class _Plain:
    """A gate that lets the whole pattern be searched in every text (the code as it was before gates)."""

    def __init__(self, gate: pw.AlternativesGate):
        self.pattern = gate.pattern

    def for_text(self, words: frozenset[str], text: str, whole_needs: tuple[str, ...] | None = None) -> re.Pattern[str] | None:
        return self.pattern if pw.may_match(whole_needs, text) else None  # (the whole-pattern prefilter the code had)

    def live(self, words: frozenset[str], text: str) -> tuple[int, ...]:
        return (0,)

    def pattern_of(self, live: tuple[int, ...]) -> re.Pattern[str]:
        return self.pattern

    def first_words(self, live: tuple[int, ...]) -> None:
        return None  # every sentence is searched


def _plain_detect_vulnerability(text: str) -> v.VulnerabilityVerdict:
    saved = v._CUE_GATES, v._IDIOM_GATE, v._CUE_ALWAYS
    try:
        v._CUE_GATES = [_Plain(gate) for gate in saved[0]]
        v._IDIOM_GATE = _Plain(saved[1])
        v._CUE_ALWAYS = frozenset(range(len(v._COMPILED)))
        return v.detect_vulnerability(text)
    finally:
        v._CUE_GATES, v._IDIOM_GATE, v._CUE_ALWAYS = saved


def _plain_detect_authority(text: str, attachments: tuple[str, ...] = ()) -> a.AuthorityVerdict:
    saved = a._REP_ALTERNATIVES, a._NOT_REP_ALTERNATIVES, a._ENCLOSED_ALTERNATIVES, a._CONSENT_ALTERNATIVES
    try:
        a._REP_ALTERNATIVES = [_Plain(gate) for gate in saved[0]]
        a._NOT_REP_ALTERNATIVES, a._ENCLOSED_ALTERNATIVES, a._CONSENT_ALTERNATIVES = (_Plain(gate) for gate in saved[1:])
        return a.detect_authority(text, attachments)
    finally:
        a._REP_ALTERNATIVES, a._NOT_REP_ALTERNATIVES, a._ENCLOSED_ALTERNATIVES, a._CONSENT_ALTERNATIVES = saved


@pytest.mark.parametrize("text", AGE_CASES)
def test_a_stated_age_is_found_with_its_hand_picked_needs(text):
    low = lower(text)
    gate = v._CUE_GATES[[k for k, (kind, weight, _) in enumerate(v._COMPILED) if kind == "age" and weight == v.STRONG][0]]
    expected = _spans(gate.pattern.finditer(low))
    assert expected and _gated_spans(gate, low) == expected
    assert v.detect_vulnerability(text) == _plain_detect_vulnerability(text)


def test_a_text_is_searched_only_with_the_alternatives_it_can_match():
    gate = pw.AlternativesGate(re.compile(r"\b(cancer|heart attack|dialysis)\b"))
    assert gate.for_text(pw.words_of("nothing here"), "nothing here") is None
    cut = gate.for_text(pw.words_of("on dialysis"), "on dialysis")
    assert cut is not None and cut is not gate.pattern and cut.search("on dialysis") and not cut.search("cancer")
    text = "cancer, a heart attack and dialysis"
    assert gate.for_text(pw.words_of(text), text) is gate.pattern
    assert gate.for_text(pw.words_of("a heart"), "a heart") is None  # "attack" is needed too


def test_vulnerability_and_authority_verdicts_are_those_of_the_plain_search():
    texts = _texts()[::3]
    gated = [(v.detect_vulnerability(t), a.detect_authority(t)) for t in texts]
    assert gated == [(_plain_detect_vulnerability(t), _plain_detect_authority(t)) for t in texts]
    assert sum(vv.vulnerable for vv, _ in gated) > 100 and sum(av.third_party for _, av in gated) > 50


# -- details -------------------------------------------------------------------------------------------


def test_remedy_gates_skip_only_sentences_that_cannot_match():
    """A remedy pattern's alternatives that the text cannot match, and the sentences without one of the
    words the remaining ones need, hold no match."""
    checked = 0
    for text in _texts()[::2]:
        text = d._scan_text(text)
        folded = fold_case(text)
        words = pw.words_of(folded)
        cut: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
        for k, gate in enumerate(d._REMEDY_GATES):
            live = gate.live(words, folded)
            if live:
                cut[k] = (gate.pattern_of(live), gate.first_words(live))
        assert d._remedy_patterns(folded) == [(d._REMEDY[k][0], *cut[k]) for k in sorted(cut)]
        spaced = space_non_words(folded)
        for s, e in d._sentences(text):
            sent = text[s:e]
            for k, (_, rx) in enumerate(d._REMEDY):
                m = rx.search(sent)
                if m is None:
                    continue
                checked += 1
                assert k in cut, (rx.pattern[:50], sent)
                pattern, needs = cut[k]
                assert needs is None or not needs.isdisjoint(spaced[s:e].split()), (rx.pattern[:50], sent)
                assert pattern.search(sent).span() == m.span()
    assert checked > 300


def test_remedies_are_those_of_the_plain_search():
    saved = d._REMEDY_GATES
    texts = [d._scan_text(t) for t in _texts()[::3]]
    gated = [d._find_remedy(t) for t in texts]
    try:
        d._REMEDY_GATES = [_Plain(gate) for gate in saved]
        plain = [d._find_remedy(t) for t in texts]
    finally:
        d._REMEDY_GATES = saved
    assert gated == plain
    assert sum(r is not None for r in gated) > 500


@pytest.mark.parametrize("text", [
    "Your account number is 12345678.", "Our  ref:\nAB/123/45", "YOUR ACCOUNT NO. CX-1234567", "a/c 9876-5432 and policy no 55512345",
    "the  \t client reference 7788990", "re your ref 1234A; see case 99887 and matter no: M-12345", "ref.12345 acc.12345 acct 12345",
    "myaccount 12345678 xaccount 12345678", "ACCOUNT İS 12345678", "caſe number 123456", "\u212aworkspace 12-34567", "account", "",
])
def test_labelled_references_are_found_where_finditer_finds_them(text):
    assert [(m.span(), m.groupdict()) for m in d._labelled_references(text)] == [(m.span(), m.groupdict()) for m in d._REF_LABEL.finditer(text)]


def test_labelled_references_on_the_labelled_texts():
    found = 0
    for text in _texts():
        expected = [(m.span(), m.groupdict()) for m in d._REF_LABEL.finditer(text)]
        found += len(expected)
        assert [(m.span(), m.groupdict()) for m in d._labelled_references(text)] == expected
    assert found > 500


@pytest.mark.parametrize("text", [
    "jane@example.org", "a" * 70 + "@example.org", "x " + "b" * 64 + "@ex.co.uk and c@d.com", "@@ no @ address @x", "mail: j.o'neil+x@mail.example.com.",
    "one@a.b two@c.d\nthree@e.f", "", "name@nodot", "-weird-@x.y", ".dot@x.y",
])
def test_emails_are_found_where_finditer_finds_them(text):
    assert _spans(d._find_emails(text)) == _spans(d._EMAIL.finditer(text))


def test_emails_postcodes_and_phones_on_the_labelled_texts():
    for text in _texts():
        assert _spans(d._find_emails(text)) == _spans(d._EMAIL.finditer(text))
        if d._POSTCODE.search(text):
            assert d._INWARD_CODE.search(text), text[:200]
        if d._PHONE_CAND.search(text):
            assert d._PHONE_CORE.search(text), text[:200]


STATED_NAMES = [
    "My name is Jane Smith and", "my full name is Dr. Jane O'Neill", "Name: Jane Smith", "NAME : Jane Smith", "I am called Jane Smith",
    "I'm called Jane", "i called Bob Smith", "This is Jane Smith, I am writing", "this is.Jane, and", "This is Mr. J. Smith-Jones. writing",
    "My names is Jane", "my name's Jane Smith", "Hello. This is Jane Smith. I want", "THIS IS JANE SMITH, AND", "İ am called Jane",
]


@pytest.mark.parametrize("text", STATED_NAMES)
def test_a_stated_name_is_tokenised(text):
    assert d._may_state_a_name(text)
    if list(d._name_matcher()(d.get_nlp().make_doc(text))):
        assert d._stated_name_matches(text)[1]


def test_the_name_matcher_is_skipped_only_where_it_cannot_match_as_shaped():
    """Closer than `_NAME_MATCH_NEEDS` (test_details.py): the shape of the patterns' word sequences."""
    matched = skipped = 0
    for text in _texts()[::2]:
        text = d._scan_text(text)[:6000]
        if not d._NAME_MATCH_NEEDS.search(text):
            continue
        found = bool(list(d._name_matcher()(d.get_nlp().make_doc(text))))
        matched += found
        if not d._may_state_a_name(text):
            skipped += 1
            assert not found, text[:200]
    assert matched >= 3 and skipped > 300  # (the check ran on many texts)


def test_reading_every_gate_ahead_leaves_nothing_lazy_and_changes_no_answer():
    # What a service does before forking its workers (`read_every_gate`): afterwards no gate reads its
    # source again, and each gate lets through the same alternatives as a gate that read them lazily.
    from classifiers import authority, details, vulnerability  # noqa: F401 - their gates are made at import
    from classifiers.pattern_words import _GATES, read_every_gate, text_words

    texts = [
        "I am a single parent and I lost my job last month; my account number is 12345678.",
        "Please call me on 07700 900123, I live at 1 High Street, Leeds LS1 1BA. I want a refund.",
        "Our client Mrs Jones has authorised us to act for her; a signed letter of authority is attached.",
        "",
    ]
    gates = list(_GATES)
    assert gates
    before = [[gate.live(text_words(t), t.casefold()) for t in texts] for gate in gates]  # read as needed
    read_every_gate()
    assert all(strings is not False for gate in gates for strings in gate._strings)
    assert [[gate.live(text_words(t), t.casefold()) for t in texts] for gate in gates] == before
