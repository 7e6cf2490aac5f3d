"""The shortcuts that make classification fast must not change what it finds.

Matching the cue and rights patterns word start by word start, hashed character n-grams, and skipping the
tokenizer for messages that cannot name a directory firm are speed measures only: these tests pin
that they give the same answers as the plain computation.
"""

from __future__ import annotations

import json
import re

import numpy as np

from classifiers import cues
from classifiers.classifier import _Engine
from classifiers.features import CharHashFeatures, char_hashes, char_hashes_many
from classifiers.textprep import prepare_sections
from classifiers.types import EmailText

from .conftest import REPO


def _texts(limit: int = 1500) -> list[str]:
    out: list[str] = []
    for path in sorted((REPO / "data" / "labelled").glob("*.jsonl")):
        if path.stem not in ("pexa", "conexus", "rights_breach"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[: limit // 3]:
            row = json.loads(line)
            email = EmailText(subject=row.get("subject", ""), body=row.get("body", ""))
            out.append(prepare_sections(email).model_text())
    return out


def test_rights_found_equal_the_plain_regex_search(monkeypatch):
    texts = _texts()
    assert texts
    fast = [cues._find_rights.__wrapped__(text) for text in texts]
    monkeypatch.setattr(cues, "_PLANS", {})  # without plans, iter_matches is plain `pattern.finditer`
    assert [cues._find_rights.__wrapped__(text) for text in texts] == fast


# Word-boundary edge cases for the fast cue matcher: hits inside longer words, at the very start and
# end, short words, apostrophes, digits and non-ASCII letters.
EDGE_TEXTS = [
    "sar", "xsar sar", "the article 15 request; art.15 and art 17", "necessary subject access request",
    "don't delete it. please do not delete my data but stop using it until it is fixed",
    "i'm writing to complain, i am complaining about a complaint", "café wrong address wrongaddress",
    "copy of my data copy of my data", "my new number is 0770 and my new address is here",
    "unsubscribe me", "i object to the fee; i object to the use of my data for marketing",
    "2nd time, the 3rd email and a 10th chaser: still waiting again", "third time12th call",  # ungated cue words
]


def test_fast_cue_matching_equals_plain_regex():
    texts = [cues.lower(t) for t in _texts()] + EDGE_TEXTS
    assert len(cues._PLANS) > 20
    assert any(plan.ungated is not None for plan in cues._PLANS.values())  # both code paths are covered
    for source, flags in cues._PLANS:
        pattern = re.compile(source, flags)
        for text in texts:
            for window in (text[: features_cue_chars()], text):
                plain = [m.span() for m in pattern.finditer(window)]
                assert [m.span() for m in cues.iter_matches(pattern, window)] == plain, (pattern.pattern[:60], window[:80])
                first = pattern.search(window)
                fast = cues.fast_search(pattern, window)
                assert (fast.span() if fast else None) == (first.span() if first else None)


def features_cue_chars() -> int:
    from classifiers.features import CUE_CHARS

    return CUE_CHARS


def test_cached_spans_equal_the_plain_regex():
    texts = _texts()
    for pattern in (cues.COMPLAIN_WORD, cues.NEGATED_COMPLAINT, cues.EXPLICIT, cues.PRAISE, cues.QUESTION, cues.BREACH):
        for text in texts:
            plain = tuple(m.span() for m in pattern.finditer(cues.lower(text)))
            assert cues.spans(pattern, text) == plain


def test_char_hashes_are_deterministic_and_stay_inside_words():
    a = char_hashes("Refund the fee", (3, 5))
    assert np.array_equal(a, char_hashes("refund  THE fee", (3, 5)))  # lower-cased, whitespace-insensitive
    # " the " gives 3 + 2 + 1 n-grams of length 3..5; no n-gram spans two words
    assert len(char_hashes("the", (3, 5))) == 6
    assert len(char_hashes("the the", (3, 5))) == 12


def test_char_hashes_of_a_batch_are_each_texts_own():
    texts = ["Refund the fee", "", "a", "ab  cd", "héllo wörld 12", "x" * 40, "the the"] + _texts(60)
    hashes, rows = char_hashes_many(texts)
    for i, text in enumerate(texts):
        assert np.array_equal(np.sort(hashes[rows == i]), np.sort(char_hashes(text))), text[:40]


def test_char_hash_features_rows_are_l2_normalised_and_misspellings_overlap():
    docs = ["you charged me twice", "you chargd me twice", "meeting moved to 3pm"] * 3
    feats = CharHashFeatures(min_df=1, max_features=500).fit(docs)
    M = feats.transform(docs[:3]).toarray()
    assert np.allclose(np.linalg.norm(M, axis=1), 1.0, atol=1e-5)
    assert M[0] @ M[1] > 0.5 > M[0] @ M[2]
    assert feats.transform([""]).nnz == 0


def test_skipping_the_tokenizer_keeps_every_firm_mention(directory):
    engine = _Engine(directory)
    with_firm = EmailText(subject="fee", body="Granite Ridge added a fee and GRL won't answer. Please tell them.")
    without = EmailText(subject="fee", body="Nobody has answered my emails about the fee for three weeks.")
    a, b = engine.analyse([with_firm, without])
    assert {m.firm_id for m in a.mentions} == {"grl"}
    assert b.mentions == [] and b.sections.new  # sections are still split without tokens
    assert not engine.matcher.needs_tokens("nobody has answered my emails")
    assert engine.matcher.needs_tokens("I bank with granite ridge")
