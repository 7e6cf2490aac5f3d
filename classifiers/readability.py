"""Can the English model read this text? A message written in another language gives the heads nothing to read: a
complaint in Polish or Arabic scores about the complaint head's intercept, and a rights request or a breach report in
it is missed. Such mail goes to a person (trial UR2); no verdict changes here."""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# From this many words on (of letters, any script), a text with under ENGLISH_MIN_SHARE of common English words is
# taken as written in another language. English prose runs at 40-60 % of these words.
LANGUAGE_MIN_WORDS = 6
ENGLISH_MIN_SHARE = 0.10

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_COMMON_ENGLISH = frozenset(ENGLISH_STOP_WORDS) | {"i", "a", "i'm", "don't", "can't", "it's", "i've", "please", "thanks"}


def other_language_reason(text: str) -> str | None:
    """Why a person must read `text` (the text the heads read) because it is not English, or None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    common = sum(w in _COMMON_ENGLISH for w in words)
    if common >= ENGLISH_MIN_SHARE * len(words):
        return None
    return f"the text does not look like English ({len(words)} words, {100 * common // len(words)} % common English words): a person must read it"
