"""Can the English model read this text? A message written in another language gives the heads nothing to read: a
complaint in Polish or Arabic scores about the complaint head's intercept, and a rights request or a breach report in
it is missed. Such mail goes to a person (trial UR2); no verdict changes here."""

from __future__ import annotations

import re

# From this many words on (of letters, any script), a text with under ENGLISH_MIN_SHARE of common English words is
# taken as written in another language. English prose runs at 40-60 % of these words.
LANGUAGE_MIN_WORDS = 6
ENGLISH_MIN_SHARE = 0.10

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# scikit-learn's ENGLISH_STOP_WORDS, written out: the service scores without importing scikit-learn (the compiled
# model), and importing it for this list would load scipy (tests/classifiers/test_readability.py checks they match).
ENGLISH_STOP_WORDS = frozenset((
    "a about above across after afterwards again against all almost alone along already also although always am among "
    "amongst amoungst amount an and another any anyhow anyone anything anyway anywhere are around as at back be "
    "became because become becomes becoming been before beforehand behind being below beside besides between beyond "
    "bill both bottom but by call can cannot cant co con could couldnt cry de describe detail do done down due during "
    "each eg eight either eleven else elsewhere empty enough etc even ever every everyone everything everywhere "
    "except few fifteen fifty fill find fire first five for former formerly forty found four from front full further "
    "get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers herself him himself his "
    "how however hundred i ie if in inc indeed interest into is it its itself keep last latter latterly least less "
    "ltd made many may me meanwhile might mill mine more moreover most mostly move much must my myself name namely "
    "neither never nevertheless next nine no nobody none noone nor not nothing now nowhere of off often on once one "
    "only onto or other others otherwise our ours ourselves out over own part per perhaps please put rather re same "
    "see seem seemed seeming seems serious several she should show side since sincere six sixty so some somehow "
    "someone something sometime sometimes somewhere still such system take ten than that the their them themselves "
    "then thence there thereafter thereby therefore therein thereupon these they thick thin third this those though "
    "three through throughout thru thus to together too top toward towards twelve twenty two un under until up upon "
    "us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein "
    "whereupon wherever whether which while whither who whoever whole whom whose why will with within without would "
    "yet you your yours yourself yourselves "
).split())
_COMMON_ENGLISH = ENGLISH_STOP_WORDS | {"i", "a", "i'm", "don't", "can't", "it's", "i've", "please", "thanks"}


def other_language_reason(text: str) -> str | None:
    """Why a person must read `text` (the text the heads read) because it is not English, or None."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    common = sum(w in _COMMON_ENGLISH for w in words)
    if common >= ENGLISH_MIN_SHARE * len(words):
        return None
    return f"the text does not look like English ({len(words)} words, {100 * common // len(words)} % common English words): a person must read it"
