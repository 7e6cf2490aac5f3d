"""Concept features for the rights sentence heads: words mapped to a few meaning classes, and their pairs.

A rights request is a small structure (someone asks the firm to *fix* *my* *details*; asks *which*
firms *received* the *data*; asks the firm to *hold off* using it *until* it is checked), and people fill
it with very different words. The word and character n-grams only know the words the training mail
used, so a sentence head learned "correct my address" but not "replace my mobile with the switchboard".
Mapping words to classes lets a head learn the structure once: `fix + mine + data` is one feature
whichever synonyms carry it.

The lexicon is written from general English for the request structures the labelling guide describes
(its table of rights); it is not a list of phrases from any one data set. The block is stateless (no
fit), so the scikit-learn model and its compiled form compute it with the same function.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

import numpy as np
from scipy import sparse

# class -> words (lower case, as the tokeniser below cuts them: letters only, so "don't" is "don" + "t").
_LEXICON: dict[str, tuple[str, ...]] = {
    "ask": (
        "please", "pls", "plz", "kindly", "could", "can", "would", "will", "want", "wish", "like", "need",
        "request", "requesting", "require", "ask", "asking", "expect", "demand", "insist", "instruct",
    ),
    "mine": ("my", "me", "mine", "myself", "i", "our", "us", "ours", "his", "her", "their", "him", "them"),
    "you": ("you", "your", "yours", "u", "ur", "firm", "company", "organisation", "organization", "team"),
    "data": (
        "data", "details", "detail", "information", "info", "record", "records", "recorded", "file", "files",
        "profile", "address", "postcode", "name", "surname", "number", "phone", "mobile", "email", "note",
        "notes", "history", "entry", "entries", "listing", "list", "recording", "recordings", "cv", "photo",
        "photos", "picture", "video", "documents", "document", "database", "system", "systems", "marker",
        "flag", "log", "logs", "dob", "birth", "contact", "personal", "identity",
    ),
    "fix": (
        "correct", "correcting", "fix", "fixed", "amend", "amended", "update", "updated", "change", "changed",
        "replace", "replaced", "rectify", "rectified", "edit", "adjust", "alter", "altered", "reflect",
        "reflects", "properly", "accurately", "should", "read", "say", "says", "show", "shows", "spelt",
        "spelled", "spelling",
    ),
    "wrong": (
        "wrong", "wrongly", "incorrect", "incorrectly", "inaccurate", "inaccuracy", "mistake", "mistaken",
        "error", "errors", "misspelt", "misspelled", "outdated", "typo", "old", "false", "untrue", "missing",
        "incomplete", "not",
    ),
    "delete": (
        "delete", "deleted", "deleting", "deletion", "erase", "erased", "erasure", "remove", "removed",
        "removal", "wipe", "wiped", "destroy", "destroyed", "purge", "forget", "forgotten", "rid", "shred",
        "off", "close", "closed",
    ),
    "stop": (
        "stop", "stopped", "cease", "halt", "no", "longer", "don", "dont", "do", "never", "without", "refrain",
        "unsubscribe", "opt", "out", "anymore", "again", "more",
    ),
    "use": (
        "use", "using", "used", "process", "processing", "processed", "keep", "keeping", "kept", "hold",
        "holding", "held", "store", "storing", "stored", "retain", "retaining", "retained", "collect",
        "collecting", "collected", "track", "tracking", "tracked", "monitor", "monitoring",
    ),
    "share": (
        "share", "shared", "sharing", "pass", "passed", "passing", "sell", "sold", "selling", "give", "given",
        "gave", "send", "sent", "sending", "disclose", "disclosed", "receive", "received", "receives",
        "transfer", "transferred", "provide", "provided", "third", "parties", "partners", "agency", "agencies",
        "companies", "who",
    ),
    "market": (
        "marketing", "offers", "offer", "promotions", "promotional", "newsletter", "newsletters", "adverts",
        "advertising", "ads", "campaign", "campaigns", "invites", "invitations", "webinar", "webinars",
        "events", "texts", "mailings", "leaflets", "deals", "survey", "surveys", "profiling", "tracking",
        "trackers", "cookies", "analytics", "targeted", "personalised", "spam",
    ),
    "until": (
        "until", "till", "til", "meantime", "meanwhile", "pending", "while", "whilst", "before", "temporarily",
        "temporary", "resolved", "sorted", "investigated", "checked", "verified", "confirmed", "review",
        "dispute", "disputed",
    ),
    "limit": (
        "restrict", "restricted", "restriction", "restricting", "limit", "limited", "limiting", "freeze",
        "frozen", "pause", "paused", "suspend", "suspended", "hide", "hidden", "block", "blocked", "lock",
        "locked", "only", "nothing", "anything", "except",
    ),
    "wh": ("which", "who", "whom", "whose", "why", "how", "what", "where", "when", "whether"),
    "explain": (
        "explain", "explanation", "tell", "know", "inform", "informed", "understand", "clarify", "basis",
        "purpose", "purposes", "reason", "reasons", "lawful", "legal", "legitimate", "source", "sources",
        "obtained", "got", "get", "came", "ended", "logic", "criteria", "factors", "retention", "long",
    ),
    "copy": (
        "copy", "copies", "see", "sight", "view", "access", "subject", "sar", "dsar", "everything", "all",
        "full", "complete", "written", "word", "hold", "transcript", "transcripts",
    ),
    "format": (
        "csv", "json", "xml", "spreadsheet", "excel", "machine", "readable", "export", "download", "portable",
        "portability", "transfer", "move", "port", "format", "electronic", "digital", "structured", "another",
        "provider", "new",
    ),
    "human": (
        "human", "person", "people", "real", "someone", "somebody", "manually", "manual", "hand", "staff",
        "officer", "individual", "reconsider", "appeal", "challenge", "contest", "intervention",
    ),
    "auto": (
        "automated", "automatic", "automatically", "algorithm", "algorithms", "computer", "software",
        "scoring", "score", "scored", "decision", "decisions", "decided", "decide", "ai", "model", "machine",
        "profile", "profiling", "assessment", "assessed", "rejected", "declined", "refused",
    ),
    "object": (
        "object", "objection", "objecting", "consent", "permission", "agree", "agreed", "withdraw",
        "withdrawn", "refuse", "opted", "unsubscribed",
    ),
    "done": ("already", "thanks", "thank", "received", "got", "yesterday", "last", "ago", "earlier", "did", "had"),
}

CONCEPTS: tuple[str, ...] = tuple(sorted(_LEXICON)) + ("question",)
_INDEX = {name: i for i, name in enumerate(CONCEPTS)}
_PAIRS = list(combinations(range(len(CONCEPTS)), 2))
_PAIR_COLUMN = {pair: len(CONCEPTS) + k for k, pair in enumerate(_PAIRS)}
N_CONCEPT_FEATURES = len(CONCEPTS) + len(_PAIRS)

_WORD_CLASSES: dict[str, tuple[int, ...]] = {}
for _name, _words in _LEXICON.items():
    for _word in _words:
        _WORD_CLASSES[_word] = tuple(sorted(set(_WORD_CLASSES.get(_word, ())) | {_INDEX[_name]}))
_TOKEN = re.compile(r"[a-z]+")


def concept_columns(sentence: str) -> list[int]:
    """The block's active columns for one sentence: each class present, and each pair of classes present."""
    present: set[int] = set()
    for token in _TOKEN.findall(sentence.lower()):
        present.update(_WORD_CLASSES.get(token, ()))
    if "?" in sentence:
        present.add(_INDEX["question"])
    ordered = sorted(present)
    return ordered + [_PAIR_COLUMN[p] for p in combinations(ordered, 2)]


def concept_matrix(sentences: Sequence[str], scale: float = 1.0) -> sparse.csr_matrix:
    """One L2-normalised binary row per sentence (times `scale`), N_CONCEPT_FEATURES columns (float32)."""
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for sentence in sentences:
        cols = concept_columns(str(sentence))
        indices += cols
        data += [scale / np.sqrt(len(cols))] * len(cols) if cols else []
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int32)),
        shape=(len(sentences), N_CONCEPT_FEATURES),
    )


def with_concepts(M: sparse.spmatrix, sentences: Sequence[str], scale: float) -> sparse.csr_matrix:
    """A sentence feature matrix with the concept block appended (unchanged when `scale` is 0: older models)."""
    if not scale:
        return sparse.csr_matrix(M)
    return sparse.hstack([M, concept_matrix(sentences, scale)]).tocsr()


def concept_feature_names() -> list[str]:
    return [f"concept_{c}" for c in CONCEPTS] + [f"concept_{CONCEPTS[a]}+{CONCEPTS[b]}" for a, b in _PAIRS]
