"""Recognise machine-generated mail (auto_generated) from headers and, failing that, from the text.

Header rules follow RFC 3834 (Auto-Submitted), RFC 3464 bounces (report-type=delivery-status) and the
de-facto headers of mail servers and list managers. Many out-of-office replies carry no header at all
(labelling guide lg-17), so the new text is checked too. Each hit returns a reason a person can read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifiers.cues import lower
from classifiers.pattern_words import may_match, needed_strings
from classifiers.textprep import Sections

_PRECEDENCE = re.compile(r"^\s*(bulk|junk|list|auto_reply|auto-reply)\b", re.I)
_BOUNCE_FROM = re.compile(r"(^|<|\s)(mailer-daemon|postmaster|mail delivery (subsystem|system))\b", re.I)
# Only the whole local part: web forms relay people's messages from senders such as "crm-noreply@" in layouts
# textprep may not know as a form's, and calling those machine mail would clear a complaint (trial AU).
_NOREPLY_FROM = re.compile(r"(^|<|\s)(no-?reply|do-?not-?reply|donotreply|noreply|notifications?|alerts?)@", re.I)
# A list manager's address (Mailman's "-request"/"-bounces", majordomo's "owner-"), or an address on a "lists." host,
# which list servers put in From when they re-send a member's post ("Name via List <list@lists.example.org>").
_LIST_FROM = re.compile(r"(^|<|\s)([\w.+-]+-(request|bounces?)|owner-[\w.+-]+)@|@lists\.[\w-]+\.", re.I)
LIST_SENDER_REASON = "sender is a mailing list's address"
_SUBJECT = re.compile(
    r"^\s*(?:(?:undeliverable|undelivered mail|delivery status notification|delivery failure|"
    r"mail delivery (failed|failure)|returned mail|failure notice|delivery has failed|"
    r"automatic reply|auto(matic)?[- ]?reply|autoreply|auto-response|automatic response|"
    r"auto(matic)?[- ]?acknowledge?ment|out of (the )?office|read receipt|message recall|"
    r"i am (currently )?out of (the )?office|on annual leave|away from (the )?office)\b|"
    r"(?:read|not read|delivered|accepted|declined|tentative|tentatively accepted|recall|invitation|updated invitation|disposition notification|"
    r"cancell?ed( event)?|calendar)\s*:|"
    r".{0,120}?\bdigest,?\s+vol(ume)?\.?\s*\d+)",  # a list manager's digest: "Forum Digest, Vol 12, Issue 6"
    re.I,
)
_OOO_TEXT = re.compile(
    r"\b(i am|i'm|i will be) (currently |now )?(out of (the )?office|on (annual |parental |maternity |sick )?leave|"
    r"away from (the |my )?(office|desk)|on holiday|travell?ing)\b.{0,160}?"
    r"\b(until|returning|back (on|in)|return on|will return|return in|limited access|no access|not (be )?(checking|monitoring)|"
    r"(reply|respond|get back to you) on my return|"
    r"checking (my )?e-?mails? (only )?(occasionally|intermittently|periodically|sporadically|infrequently)|"
    r"(get back|respond|reply) to you (as soon as|when|on my return))",
    re.S,
)
_OOO_OPENERS = ("i am ", "i'm ", "i will be ")
# How much of the end of a long new text is searched for a list footer (text_reasons), and the reason it gives.
FOOTER_CHARS = 2000
# Every reason text_reasons gives starts so; header_reasons' never do.
TEXT_REASON_PREFIX = "text: "
FOOTER_REASON = TEXT_REASON_PREFIX + "list-footer wording at the end"
AUTOMATIC_WORDING_REASON = TEXT_REASON_PREFIX + "automatic-message wording"
OUT_OF_OFFICE_REASON = TEXT_REASON_PREFIX + "out-of-office"  # also the start of "out-of-office or notification"
_BULK_NOUN = r"(briefing|newsletter|bulletin|update|digest|alert|e-?mail|message|mailing)"
_OOO_TEXT2 = re.compile(
    r"\b(this is an automat(ed|ic) (reply|response|message|notification|acknowledge?ment|receipt|confirmation|e-?mail)|"
    r"automatically generated|"
    r"do not reply to this (e-?mail|message)|please do not reply|this mailbox is not monitored|"
    r"your (message|email) (could not|was not|wasn't) (be )?delivered|delivery to the following recipients? failed|"
    r"message could not be delivered|recipient address rejected|user unknown|mailbox (unavailable|full)|"
    r"thank you for your (email|message)[.,;]? (we|it) (has been|have) received|we have received your (email|message) and will|"
    r"you are receiving this (email |message )?because you (subscribed|signed up|are subscribed)|"
    r"you received this (message|e-?mail) because you are subscribed|"
    # (one alternative per verb, so that the prefilter looks for "you received this " rather than the common " because")
    + "".join(rf"you {verb} this {_BULK_NOUN} because(?! (i|i'm|i've|my|we|we've|our)\b)|" for verb in ("are receiving", "received", "have received", "get"))
    + r"you are receiving this (update|bulletin|newsletter|e-?mail|message|mailing) as an? (member|subscriber|registered)|"
    # (only as a sentence of its own, telling the reader what to do: "I want to stop receiving these emails, please
    # unsubscribe me" is a person's request; review of trial AU2, session 24)
    r"(?:^|(?<=[.!?] )|(?<=\n))to stop receiving (((these|this|our|the|further|future|any) )?(\w+ ){0,2}?(updates?|e-?mails?|"
    r"messages|bulletins?|newsletters?|mailings?|alerts|notifications)|it|them)[,.]? (please )?(click|visit|reply|update|"
    r"manage|unsubscribe|use|follow|log|go|change)\b(?! (me|my|us|our)\b)|"
    r"(?:^|(?<=[.!?] )|(?<=\n))your (message|e-?mail) (will not be|won't be) (forwarded|read)|"
    r"(?:^|(?<=[.!?] )|(?<=\n))your (message|e-?mail) (has not|hasn't) been forwarded|"
    r"(reply|respond|get back to you) on my next working day|"
    r"today's topics:|mailing list submissions to|"
    r"to unsubscribe|unsubscribe (here|from this)|view (this email )?in (your )?browser|manage (your )?(email )?preferences|"
    r"do not share this (e-?mail|message)|view the completed documents?|all parties have completed|"
    r"this (e-?mail|message|notification) (was|has been|is) (sent|generated) (automatically|by an automated))\b",
    0,
)


_SHORT_AUTO = re.compile(
    r"\b((i'?m|i am|we are|we're) (currently )?(away|out|off|closed)\b.{0,80}\b(until|today|tomorrow|all day|back on|back in|return|reopen)|"
    r"(office|inbox|mailbox|desk) is (now )?closed|will be dealt with when we (reopen|return|are back)|"
    r"this is a receipt for the (mail|message|e-?mail)|(was|were) read on \d|message has been displayed|"
    r"would like to recall the message|has invited you to (an event|a meeting)|this is an (e-?mail )?abuse report|"
    r"(generated|sent) automatically|\[start (the )?survey\]|^\W{0,3}(how did we do\?|tell us about your (call|experience|visit))|we'd love to hear about your experience)",

    re.S,
)


# Most mail holds none of the strings every match of these needs (read off the patterns): such a text is
# not searched with them. The same verdicts, without trying the long alternations at every position.
_SHORT_AUTO_NEEDS = needed_strings(_SHORT_AUTO, rarity=4)
_OOO_TEXT2_NEEDS = needed_strings(_OOO_TEXT2, rarity=6)


# A span the sender put in quotation marks: a quote opens after a space, "(" or ":" and closes before a non-letter, so
# the apostrophe of "don't" neither opens nor closes one. It may run over three lines (a pasted footer often does:
# trial AU3), up to QUOTED_CHARS.
_QUOTED = re.compile(r"""(?:^|(?<=[\s(:]))["'“‘][^\n]*?(?:\n[^\n]*?){0,2}?["'”’](?!\w)""", re.M)
QUOTED_CHARS = 600
# The sender says what follows is pasted in: automatic wording after it is theirs to quote (trial AU3).
_PASTED_BELOW = re.compile(
    r"\b(pasted|copied|quoted)\b[^.\n]{0,60}\bbelow\b|\bbelow is (a|an|the) (copy|bit|part|extract|excerpt)\b|"
    r"^-{2,} ?pasted ?-{2,}",
    re.M,
)


def _quoted_spans(low: str) -> list[tuple[int, int]]:
    if not any(c in low for c in "\"'“‘"):
        return []
    return [q.span() for q in _QUOTED.finditer(low) if 10 <= len(q.group(0)) <= QUOTED_CHARS]


def _unquoted_search(pattern: re.Pattern[str], needed: tuple[str, ...] | None, low: str) -> re.Match[str] | None:
    """The first match outside quotation marks and before any "pasted below": a newsletter's footer that a person
    quotes ('the line at the bottom says "to unsubscribe ..."') is their words about it, not a machine's (trials AU2,
    AU3)."""
    if not may_match(needed, low):
        return None
    # (Quotes and a "pasted below" are looked for only once there is a match: most mail has none.)
    quoted: list[tuple[int, int]] | None = None
    pasted: re.Match[str] | None | bool = None
    for m in pattern.finditer(low):
        if pasted is None:
            pasted = _PASTED_BELOW.search(low) or False
        if pasted and m.start() >= pasted.end():
            return None
        if quoted is None:
            quoted = _quoted_spans(low)
        if not any(a <= m.start() and m.end() <= b for a, b in quoted):
            return m
    return None


# A terse away notice on the first line: "Away until Monday 18 August." (trial AU3)
# (a notice, not a question: "Away until next week? Your agent said ..." is a person's; review of trial AU3)
_TERSE_AWAY = re.compile(
    r"^\W{0,3}(away|out of (the )?office|on (annual )?leave|on holiday|off)\b[^\n?]{0,40}?\buntil\b[^\n?]{0,40}(\.|$)"
)


# An absence that starts later ("I'm on leave from tomorrow until ...") is a note a person wrote before leaving; an
# automatic reply runs during the absence (trial AU).
_ADVANCE_NOTE = re.compile(
    r"\b(from|as of|starting) (tomorrow|the end of (this|the) (week|month|day)|next (week|month|monday|tuesday|"
    r"wednesday|thursday|friday))\b"
)


def _h(headers: Mapping[str, str], name: str) -> str:
    return str(headers.get(name, "") or "")


def header_reasons(headers: Mapping[str, str], sender: str = "", subject: str = "") -> list[str]:
    """Reasons from headers, sender and subject alone (empty list: nothing machine-like)."""
    h = {str(k).lower(): v for k, v in headers.items()}
    reasons: list[str] = []
    auto = _h(h, "auto-submitted").strip().lower()
    if auto and auto != "no":
        reasons.append(f"header Auto-Submitted: {auto}")
    prec = _h(h, "precedence")
    if _PRECEDENCE.match(prec):
        reasons.append(f"header Precedence: {prec.strip()}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-response-suppress", "x-failed-recipients"):
        if _h(h, name).strip():
            reasons.append(f"header {name}")
    for name in ("list-id", "list-unsubscribe"):
        if _h(h, name).strip():
            reasons.append(f"mailing-list header {name}")
    if _h(h, "return-path").strip() in ("<>", "<<>>"):
        reasons.append("empty Return-Path (bounce)")
    ctype = _h(h, "content-type").lower()
    if "multipart/report" in ctype or any(k in ctype for k in ("delivery-status", "disposition-notification", "feedback-report")):
        reasons.append("machine report (RFC 6522 multipart/report: delivery status, read receipt or abuse feedback)")
    frm = sender or _h(h, "from")
    if _BOUNCE_FROM.search(frm):
        reasons.append("sender is a mail system (mailer-daemon/postmaster)")
    elif _NOREPLY_FROM.search(frm):
        reasons.append("sender is a no-reply address")
    elif _LIST_FROM.search(frm):
        reasons.append(f"{LIST_SENDER_REASON} ({frm.strip()[:60]})")
    if _SUBJECT.match(subject or _h(h, "subject")):
        reasons.append(f"subject looks automatic: {(subject or _h(h, 'subject')).strip()[:60]}")
    return reasons


def text_reasons(sections: Sections) -> list[str]:
    """Reasons from the new text (out-of-office, bounce, newsletter footer), and from a list footer at the end of
    the sender's text (the tail of a long new text, the signature and disclaimer lines), when headers say nothing."""
    text = sections.new
    reasons: list[str] = []
    head = lower(text[:1200])
    # _OOO_TEXT opens with "i am " / "i'm " / "i will be ": a text without them is not searched. Like the automatic
    # wording below, an absence or notice line a person quotes ('your reply said "I am out of the office until ..."')
    # is their words about it, not evidence (trial QG).
    m = _unquoted_search(_OOO_TEXT, _OOO_OPENERS, head)
    if m and _ADVANCE_NOTE.search(m.group(0)):
        m = None
    if not m and len(text.split()) < 40:
        m = _TERSE_AWAY.search(lower(text.lstrip()))
    if m and len(text.split()) < 160:
        reasons.append(f"{OUT_OF_OFFICE_REASON} ('{m.group(0)[:60]}')")
    m3 = _unquoted_search(_SHORT_AUTO, _SHORT_AUTO_NEEDS, lower(sections.labelled_text()[:1200]))
    if m3 and _ADVANCE_NOTE.search(m3.group(0)):
        m3 = None
    if m3 and len(text.split()) < 120 and not (m and len(text.split()) < 160):
        reasons.append(f"{OUT_OF_OFFICE_REASON} or notification ('{m3.group(0)[:60]}')")
    m2 = _unquoted_search(_OOO_TEXT2, _OOO_TEXT2_NEEDS, lower(text[:3000]))
    if m2:
        reasons.append(f"{AUTOMATIC_WORDING_REASON} ('{m2.group(0)[:60]}')")
    else:
        # Bulk mail puts its list footer ("to unsubscribe ...") at the end: the tail of a long new text, or the
        # lines the splitter set apart as signature or disclaimer. Never quoted or forwarded mail: a person's
        # reply to a newsletter is the person's (trial RM, session 19: real newsletters and notices). Weaker
        # evidence than the same words up front: decide() lets it call machine mail only when the complaint
        # head does not call the message a complaint (trial RM2).
        tail = "\n".join(p for p in (text[3000:][-FOOTER_CHARS:], sections.signature, sections.disclaimer) if p)
        m3 = _unquoted_search(_OOO_TEXT2, _OOO_TEXT2_NEEDS, lower(tail)) if tail else None
        if m3 and _PASTED_BELOW.search(lower(text)):
            m3 = None  # the sender says they pasted something in: the footer under it is theirs
        if m3:
            reasons.append(f"{FOOTER_REASON} ('{m3.group(0)[:60]}')")
    return reasons


def footer_only(reasons: list[str]) -> bool:
    """Is a list footer at the end of the text (FOOTER_REASON) the only machine-mail evidence?"""
    return bool(reasons) and all(r.startswith(FOOTER_REASON) for r in reasons)


def people_say_it_too(reasons: list[str]) -> bool:
    """Is the machine-mail evidence all wording a person may write of themselves (an absence, a short notice phrase,
    a footer at the end), with no header, sender or subject behind it and no line by which the mail calls itself
    automatic (AUTOMATIC_WORDING_REASON: "this is an automated response", "please do not reply")? People say they
    are away; they rarely say their own mail is automatic (trials TM, TM2)."""
    return bool(reasons) and all(
        r.startswith(TEXT_REASON_PREFIX) and not r.startswith(AUTOMATIC_WORDING_REASON) for r in reasons
    )


def detect(headers: Mapping[str, str], sender: str, subject: str, sections: Sections) -> tuple[float, list[str]]:
    """Score 0..1 that the message is machine-generated, with the reasons behind it.

    A single strong header (Auto-Submitted, bounce, list) decides; a no-reply sender or text wording
    alone is weaker, and a long personal message with an unsubscribe-like phrase is not enough.
    """
    hr = header_reasons(headers, sender, subject)
    tr = text_reasons(sections)
    strong = [r for r in hr if not r.startswith(("sender is a no-reply", LIST_SENDER_REASON, "subject"))]
    if strong:
        return 0.99, hr + tr
    if sections.form_relay:
        # A web form's submission: the form software sends it from a no-reply address under its own subject and
        # boilerplate, but a person wrote what the fields hold (trials WF, WF2). Only a strong header decides.
        return 0.0, []
    score = 0.0
    if any(r.startswith(("subject", LIST_SENDER_REASON)) for r in hr):
        score = max(score, 0.9)
    if any(r.startswith("sender is a no-reply") for r in hr):
        score = max(score, 0.75)
    if any(r.startswith(OUT_OF_OFFICE_REASON) for r in tr):
        score = max(score, 0.9)
    if any(r.startswith((AUTOMATIC_WORDING_REASON, FOOTER_REASON)) for r in tr):
        score = max(score, 0.8 if score == 0 else 0.95)
    return score, hr + tr
