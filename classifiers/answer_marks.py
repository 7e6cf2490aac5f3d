"""Is a line inside a quote the sender's own answer? People who answer a firm's letter point by point inside the
quoted original often mark each answer so the firm can tell it from its own words: with their initials ("[JT] ...",
"JT: ..."), with a label ("Answer: ...", "My reply: ..."), or in capitals ("NO I DID NOT AGREE TO THIS FEE"). Such a
line at the first level of a quote is read as the sender's (trial IM2; `textprep.split_sections`): deeper lines are
older mail the answered letter quotes. An unmarked answer, or one marked only by colour, cannot be told apart from the
quote in plain text."""

from __future__ import annotations

import re

# Capitals that start lines of letters and notices without being anyone's initials.
_ABBREVIATIONS = frozenset(
    "NB PS PPS RE FW FWD TO CC BCC FAO ATT ID UK GB EU US AM PM OK MR MS MRS DR REF TEL FAX VAT DOB IVA CCJ DMP DRO "
    "FCA FOS ICO DPA SAR APR DD SO CEO CFO HR IT PA UN NHS BBC PDF FAQ URL WWW FYI ASAP TBC TBA NA NI".split()
)
_INITIALS = re.compile(
    r"^(?:\[(?P<b>[A-Z]{2,3})\]|\((?P<p>[A-Z]{2,3})\)|<<\s*(?P<a>[A-Z]{2,3})\s*>>?|\{(?P<c>[A-Z]{2,3})\}|"
    r"(?P<t>[A-Z]{2,3})(?::|\s+-|\s*>>))\s*\S"
)
_ANSWER_LABEL = re.compile(r"^(?:(?:my\s+)?(?:answers?|reply|response|comments?)|customer|me)\s*:\s*\S", re.I)
_LETTERS = re.compile(r"[A-Za-z][A-Za-z']*")
_FIRST_PERSON = frozenset({"I", "I'M", "I'VE", "I'D", "MY", "ME", "MINE", "MYSELF"})
_ANSWER_WORDS = frozenset({"YES", "NO", "WRONG", "INCORRECT", "CORRECT", "FALSE"})
CAPITALS_MIN_WORDS = 5
CAPITALS_MIN_SHARE = 0.9


def _in_capitals(line: str) -> bool:
    words = _LETTERS.findall(line)
    if len(words) < CAPITALS_MIN_WORDS:
        return False
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) < CAPITALS_MIN_SHARE * len(letters):
        return False
    first = words[0].rstrip("'")
    return (
        any(w.rstrip("'") in _FIRST_PERSON for w in words)
        or first in _ANSWER_WORDS
        or (first == "NOT" and words[1] == "TRUE")
    )


def is_marked_answer(line: str) -> bool:
    """Whether a quoted line (its ">" marks removed) carries the mark of the sender's own answer."""
    text = line.strip()
    m = _INITIALS.match(text)
    if m:
        initials = next(g for g in m.groups() if g)
        if initials not in _ABBREVIATIONS:
            return True
    return bool(_ANSWER_LABEL.match(text)) or _in_capitals(text)
