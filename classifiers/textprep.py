"""Text preparation: HTML to text, normalisation, and splitting a message into its NEW text and context.

Only the new text of a message is labelled (labelling guide §1); quoted replies, forwarded blocks,
signatures and legal disclaimers are set aside but kept, because a forwarded consumer complaint is
still a complaint and a quoted address can identify a firm. The splitting runs as a registered spaCy
component (``triage_email_sections``) on a blank English pipeline so the firm matcher that follows it
can see which part of the message each mention came from.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from html.parser import HTMLParser

from spacy.language import Language
from spacy.tokens import Doc

from classifiers.answer_marks import is_marked_answer
from classifiers.formrelay import read_form
from classifiers.inline_answers import answers_announced
from classifiers.pattern_words import fold_case, may_match, needed_strings
from classifiers.types import EmailText, FormContact

# Only the first part of a very long message is tokenised (firm matching) or modelled: the grievance
# is stated at the top, and the cost of both grows with length.
MAX_CHARS = 2000
MODEL_CHARS = 2000
CONTEXT_CHARS = 400

SECTION_NAMES = ("new", "quoted", "forwarded", "signature", "disclaimer")

# -- HTML ------------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "section", "article", "header", "footer", "hr", "pre", "dd", "dt",
}
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}


class _HTMLToText(HTMLParser):
    """Collect visible text; block elements become line breaks; <blockquote> lines get a '> ' prefix."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skip = 0
        self.quote = 0
        self.rows: list[int] = []  # the first line of each open table row (nested tables nest rows)

    def _newline(self) -> None:
        if self.lines[-1].strip():
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001 - HTMLParser signature
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in ("td", "th") and self.rows:
            self.lines[-1] += _CELL
        elif tag in _BLOCK_TAGS:
            self._newline()
            if tag == "blockquote":
                self.quote += 1
            if tag in ("p", "div", "table", "blockquote"):
                self.lines.append("")
            if tag == "tr":
                self.rows.append(len(self.lines) - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "tr" and self.rows:
            self._end_row(self.rows.pop())
            self._newline()
        elif tag in _BLOCK_TAGS:
            self._newline()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
                # The quote has ended, so what follows is a new paragraph: text straight after </blockquote> (an
                # answer Thunderbird or Apple Mail puts under a quoted question) is not a wrapped quoted line.
                self.lines.append("")

    def _end_row(self, first: int) -> None:
        """A form's table row of a label cell and a value cell reads "label: value" (Gravity Forms, Jotform and
        Elementor send submissions so; the cells would otherwise run together, "NameAmy Osei"); any other row
        reads as before."""
        row = "\n".join(self.lines[first:])
        cells = row.split(_CELL)
        if len(cells) == 3 and not cells[0].strip() and "\n" not in cells[1].strip():
            label, value = cells[1].strip().rstrip(":").strip(), cells[2].strip()
            if value and 1 <= len(label.split()) <= 5:
                row = f"{label}: {value}"
        self.lines[first:] = row.replace(_CELL, "").split("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in ("br", "hr"):
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = re.sub(r"\s+", " ", data)
        if not text.strip() and not self.lines[-1]:
            return
        if not self.lines[-1] and self.quote:
            self.lines[-1] = "> " * self.quote
        self.lines[-1] += text


_CELL = "\x1f"  # marks where a table cell began, until its row ends (the unit separator never occurs in mail text)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body (no remote fetches); blockquotes are marked as quoted lines."""
    parser = _HTMLToText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # malformed HTML is the sender's problem: fall back to crude tag removal
        return html_lib.unescape(re.sub(r"<[^>]+>", " ", markup))
    return "\n".join(line.replace(_CELL, "").strip() for line in parser.lines)


# -- normalisation ---------------------------------------------------------------------------------

# Zero-width characters are dropped and typographic quotes and dashes made plain, in one pass.
_PLAIN_CHARS = str.maketrans({
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
})
_MASK = re.compile(r"\b[Xx]{2,}(?:[/\-][Xx]{2,})*\b")  # CFPB-style masks: XXXX, XX/XX/XXXX
_BRACED_AMOUNT = re.compile(r"\{(\$[\d,.]+)\}")
# Runs of spaces and tabs become one space. The pattern starts with a character class, so `re` skips
# to candidates quickly, and it leaves a lone plain space alone (replacing it by itself is a no-op).
_SPACE = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(rf"{_SPACE}(?:{_SPACE}+|(?<! ))")
_BLANKS = re.compile(r"\n\n\n+")  # 3+ line breaks (a literal start: `re` scans for it quickly)


def normalise(text: str) -> str:
    """Unify line endings, spaces, quotes and masks; keep line structure (the splitter needs it)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_PLAIN_CHARS)
    if "xx" in text or "XX" in text or "Xx" in text or "xX" in text:  # a mask needs two X's in a row
        text = _MASK.sub(" ", text)
    text = _BRACED_AMOUNT.sub(r"\1", text)
    if "  " in text or "\t" in text or not text.isascii():  # else there is no run or odd space to replace
        text = _SPACES.sub(" ", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


# -- section splitting -----------------------------------------------------------------------------

# Mail programs write these marks in the language they are set to; a UK firm's customers run them in English and in
# Polish, Romanian, Spanish, Portuguese, Italian, French, German, Dutch, Lithuanian and Hungarian (trial LH).
_WROTE = (
    r"(?:wrote|escribió|escreveu|ha scritto|napisał\(a\)|napisała|napisał|pisze|a scris|a écrit|rašė|"
    r"ezt írta(?:\s*\(.{0,80}\))?|schrieb.{0,80}|schreef.{0,120})\s?:"
)
_ON_WROTE = re.compile(
    rf"^\s*(On\s.{{0,200}}?wrote:|Le\s.{{0,120}}a écrit\s?:|Am\s.{{0,120}}schrieb.{{0,80}}:|"
    rf"(?:El|Em|Il|Op|W dniu|În)\s.{{0,200}}?{_WROTE}|.{{0,200}}?(?:rašė|ezt írta(?:\s*\(.{{0,80}}\))?)\s?:)\s*$",
    re.I,
)
_ON_START = re.compile(r"^\s*(?:On|El|Em|Il|Op|W dniu|În)\s.{3,}", re.I)
_WROTE_END = re.compile(rf"{_WROTE}\s*$", re.I)  # the second line of an attribution a program wrapped
_ORIGINAL = re.compile(
    r"^\s*(-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Original message\s*-{2,}|_{10,}\s*$|"
    r"-{3,}\s*Reply message\s*-{3,}|Original message:?\s*$|"
    r"-{2,}\s*(?:Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Messaggio originale|"
    r"Oorspronkelijk bericht|Wiadomość oryginalna|Mesaj original|Pradinis laiškas|Eredeti üzenet)\s*-{2,})",
    re.I,
)
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*Forwarded (message|by)\b.*|Begin forwarded message:?|-{2,}\s*Forwarded message\s*-{2,}|"
    r"-{5,}\s*Forwarded by .*|"
    r"-{2,}\s*(?:Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Mensagem encaminhada|Messaggio inoltrato|"
    r"Doorgestuurd bericht|Wiadomość przekazana dalej|Mesaj redirecționat|Persiųstas laiškas|Továbbított levél)\b.*)",
    re.I,
)
# Looser than the splitting patterns on purpose: anywhere in the new or quoted text (Sections.carries_other_mail).
_CARRIED_MAIL = re.compile(r"-{2,}\s*original message|^\s*(?:return-path|received)\s*:|^\s*from:[^\n]*\n\s*sent:", re.I | re.M)
_HEADER_NAMES = {  # an Outlook header line's name in each language, and the field it names
    "from": ("from", "von", "de", "da", "van", "od", "de la", "nuo", "feladó"),
    "sent": ("sent", "gesendet", "envoyé", "enviado", "enviada", "inviato", "verzonden", "wysłano", "wysłane", "trimis",
             "išsiųsta", "elküldve"),
    "date": ("date", "datum", "fecha", "data", "dátum"),
    "to": ("to", "an", "à", "a", "para", "aan", "do", "către", "kam", "címzett"),
    "cc": ("cc", "dw", "kopie", "másolatot kap"),
    "subject": ("subject", "betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp", "temat", "subiect", "tema",
                "tárgy"),
}
_FIELD_OF = {name: field for field, names in _HEADER_NAMES.items() for name in names}


def _any_of(names: Iterable[str]) -> str:
    """A regex alternation of literal names, the longest first (so "de la" wins over "de")."""
    return "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))


_HEADER_LINE = re.compile(r"^\s*\*?(" + _any_of(_FIELD_OF) + r")\s*:\*?\s", re.I)
# a word the English model can read: two or more Latin letters (Sections.own_words)
_OWN_WORD = re.compile(r"[A-Za-z]{2,}")
_REPLY_SUBJECT = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|tr|res|rif|antw|odp|ats|vá|rv|enc|doorst|pd|prs)\s*(\[\d+\])?\s*:\s*)+", re.I
)
# A subject whose latest prefix says the sender forwarded the mail ("FW:", "Fwd:", German "WG:", French "TR:"):
# Outlook forwards under an "-----Original Message-----" line or a From/Sent block, the same marks it puts
# over a quote, so only the subject tells a forward from a reply ("RE: FW:" is a reply to a forward).
_FORWARD_SUBJECT = re.compile(r"^\s*(fw|fwd|wg|tr)\s*(\[\d+\])?\s*:", re.I)
_SIG_DELIM = re.compile(r"^(--|-- |__)\s*$")
_MOBILE_SIG = re.compile(
    r"^\s*(Sent from my \w+.*|Sent from (Outlook|Mail|Yahoo Mail|Gmail).*|Get Outlook for \w+.*|"
    r"Sent from Samsung.*|Sent via .{0,40}|Sent using .{0,40})\s*$",
    re.I,
)
# A postscript after the sign-off ("PS", "P.S.", "PPS", "P.P.S.", any case) is the sender's again.
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?(p\.?\s?)?s\.?(?=[\s:,\-\u2013]|$)", re.I)
_CLOSING = re.compile(
    r"^\s*(kind(est)? regards|best regards|warm regards|regards|many thanks|thanks( again| so much)?|"
    r"thank you( very much)?|best( wishes)?|all the best|yours (sincerely|faithfully|truly)|"
    r"sincerely|cheers|with thanks|respectfully|ta)\s*[,.!]?\s*$",
    re.I,
)
_DISCLAIMER = re.compile(
    r"(this (e-?mail|message|communication)( and any (attachments?|files?)( transmitted with it)?)? "
    r"(is|are|may be) (strictly )?(confidential|privileged|intended)|intended recipient|"
    r"if you (have )?received this (e-?mail|message|communication) in error|legally privileged|"
    r"(is )?authori[sz]ed and regulated by|registered in england|registered office|"
    r"company (registration )?(no|number)\b|please consider the environment before printing|"
    r"virus(es)? (check|scan)|does not accept (any )?liability|views expressed .{0,40} (are|do not))",
    re.I,
)


# Cheap pre-checks: a paragraph can only be a disclaimer if it holds one of these words, and one of the
# strings every match of `_DISCLAIMER` holds (read off the pattern; "error" or "company" alone are common,
# so strings of 10 characters and more are preferred: "company number" rather than "company ").
_DISCLAIMER_KEYS = ("confidential", "intended", "error", "privileged", "regulated", "registered", "environment", "virus", "liability", "views expressed", "company")
_DISCLAIMER_NEEDS = needed_strings(_DISCLAIMER, rarity=10)

# A firm's privacy-notice boilerplate in a signature ("we process personal data in accordance with the UK GDPR; you
# have the right to request access to, rectification or erasure of your personal data; see our privacy notice").
# It lists the rights a requester would ask for, in the firm's voice (we/our/us): a paragraph in the first person
# singular ("I know I have the right to ...; please send me my data") is a request, never boilerplate, and so is one
# without the firm's voice ("Privacy: delete everything on this account now.").
_PRIVACY_NOTICE = re.compile(
    r"^\W*(privacy|data protection)( notice| statement| information)?\s*:|"
    r"\bwe (collect|process|use|hold|handle)( and (use|process|store|hold))? (your )?personal (data|information) "
    r"(in accordance with|in line with|under|in compliance with)|"
    r"\byou have (the |a )?rights? (to (request |ask for )?|of )(access|rectif|erasure|object|restrict|data portab)|"
    r"\b(for|further) (details|information|more information) (of|about|on|regarding) how we (collect|process|use|handle|store)",
    re.I,
)
# every match of _PRIVACY_NOTICE holds one of these (lower case)
_PRIVACY_KEYS = ("personal data", "personal information", "privacy", "data protection", "you have ", "how we ")
_FIRST_PERSON_SINGULAR = re.compile(r"\b(i|i'm|i've|i'd|me|my|mine|myself)\b", re.I)
_FIRM_VOICE = re.compile(r"\b(we|our|us)\b", re.I)


# Fewer words of one's own than this is "little comment": the carried mail is then read with them.
LITTLE_COMMENT_WORDS = 40


@dataclass(frozen=True)
class Sections:
    """The parts of one message's text; `new` is what gets labelled, the rest is context."""

    subject: str
    new: str
    quoted: str
    forwarded: str
    signature: str
    disclaimer: str
    mailbox: str = ""
    # A web form's submission (the contact fields the person typed; those lines are in `signature`), else None.
    web_form: FormContact | None = None
    # The "On ... wrote:" line(s) that opened the quote, when one did (an Outlook quote names its writer in its own
    # "From:" line, at the top of `quoted`).
    quote_attribution: str = ""

    @property
    def form_relay(self) -> bool:
        return self.web_form is not None

    @property
    def forwarded_from(self) -> str:
        m = re.search(r"^\s*\*?From\s*:\*?\s*(.+)$", self.forwarded, re.I | re.M)
        return m.group(1).strip() if m else ""

    @property
    def carries_other_mail(self) -> bool:
        """Did a person forward or reply to other mail here: a forwarded block, an Outlook "Original Message" or
        "From: ... Sent:" header, or raw header lines pasted in (`_CARRIED_MAIL`)?"""
        return bool(self.forwarded.strip()) or bool(_CARRIED_MAIL.search("\n".join((self.new, self.quoted))))

    @property
    def forward_only(self) -> bool:
        """A forward with little new text: the forwarded content carries the message.

        Not when the forwarded mail came from the receiving firm itself (its mailbox name in the
        forwarded From line): then it is the firm's own letter, context like a quote.
        """
        if not self.forwarded.strip() or len(self.new.split()) >= LITTLE_COMMENT_WORDS:
            return False
        return not (self.mailbox and self.mailbox.lower() in self.forwarded_from.lower())

    @cached_property  # read by labelled_text() (several times a message) and by the review reason
    def answers_inside(self) -> str:
        """The sender's words saying they typed their answers inside the quoted or forwarded mail this message
        carries ("see my answers below in red"), else "" (`inline_answers.answers_announced`)."""
        if not (self.quoted.strip() or self.forwarded.strip()):
            return ""
        return answers_announced("\n".join(p for p in (self.own_subject, self.new) if p))

    @cached_property  # read for every short reply that carries a quote (`inline_answers.unannounced_answers_text`)
    def first_quote(self) -> tuple[str, str]:
        """(who wrote it, its text): the first level of the quoted mail, the mail this message answers, whose
        attribution is its "On ... wrote:" line or its header block's "From:" line. It ends where an older mail
        quoted inside it begins (another attribution, header block or "Original Message" mark)."""
        lines = self.quoted.split("\n")
        writer = self.quote_attribution
        i = 0
        while i < len(lines) and (not lines[i].strip() or _HEADER_LINE.match(lines[i])):
            if _FROM_LINE.match(lines[i]) and not writer:
                writer = lines[i].strip()
            i += 1
        body: list[str] = []
        for j in range(i, len(lines)):
            line = lines[j]
            if any(b.strip() for b in body) and (
                _ORIGINAL.match(line) or _FORWARD.match(line) or _ON_WROTE.match(line) or _is_header_block(lines, j)
                or (_ON_START.match(line) and j + 1 < len(lines) and _WROTE_END.search(lines[j + 1]))
            ):
                break
            body.append(line)
        return writer, "\n".join(body).strip()

    @property
    def own_words(self) -> int:
        """Words of two or more Latin letters in what the writer wrote (own subject and new text): what an
        English model can read. Digits, punctuation and other scripts do not count."""
        return len(_OWN_WORD.findall(self.own_subject)) + len(_OWN_WORD.findall(self.new))

    @property
    def own_subject(self) -> str:
        """The subject when the writer wrote it; a reply/forward subject ("Re:", "Fwd:") is inherited context."""
        return "" if _REPLY_SUBJECT.match(self.subject) else self.subject

    def labelled_text(self) -> str:
        """Own subject + new text, plus the forwarded block when the sender added little of their own, or the
        quoted and forwarded mail when the sender says their answers are inside it and wrote little else (trial IA3)."""
        parts = [self.own_subject, self.new]
        if self.answers_inside and len(self.new.split()) < LITTLE_COMMENT_WORDS:
            # With more of their own (answers between ">" lines, marked answers) what they wrote is read already,
            # and the firm's letter would only dilute it (trial IA2 lost two complaints so; IA3).
            parts += [self.quoted, self.forwarded]
        elif self.forward_only:
            parts.append(self.forwarded)
        return "\n".join(p for p in parts if p).strip()

    def model_text(self) -> str:
        """What the heads and rules read: the labelled text, capped at MODEL_CHARS."""
        return self.labelled_text()[:MODEL_CHARS]

    def context_text(self) -> str:
        inherited = self.subject if not self.own_subject else ""
        return "\n".join(p for p in (inherited, self.quoted, self.forwarded) if p)


_FROM_LINE = re.compile(r"^\s*\*?(" + _any_of(_HEADER_NAMES["from"]) + r")\s*:", re.I)
# signature lines: contact details; sentence ends and first-person words; name-like words
_CONTACT_LINE = re.compile(r"[\w.+-]+@[\w-]+\.|(\+44|\b0)\d[\d ]{8,}|^(t|m|tel|mob|mobile|phone|e|email|w|web|dd)\s*[:.]", re.I)
_ENDS_SENTENCE = re.compile(r"[.!?:;]$")
_FIRST_PERSON = re.compile(r"\b(please|pls|i|we|you|thanks|thank)\b", re.I)
_NAME_WORD = re.compile(r"[A-Za-z][\w'’&-]*")


# Most lines are ordinary text. A line none of the markers below can match (`split_sections` tests each in
# turn) is known to be one with a single test: the markers joined into one pattern.
_MARKER_LINE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_FORWARD, _ORIGINAL, _ON_WROTE, _ON_START, _FROM_LINE, _SIG_DELIM, _MOBILE_SIG))
    + r"|\s*>",  # a quoted line
    re.I,
)


def _is_header_block(lines: list[str], i: int) -> bool:
    """An Outlook-style "From: / Sent: / To: / Subject:" block starts at line i."""
    if not _FROM_LINE.match(lines[i]):
        return False
    window = lines[i + 1 : i + 6]
    # Two more fields, of two different kinds: "A:" or "Do:" alone (Italian, Polish "to") could start ordinary lines.
    fields = {_FIELD_OF[m.group(1).lower()] for m in map(_HEADER_LINE.match, window) if m}
    return len(fields - {"from"}) >= 2


def _marked_quote_follows(lines: list[str], start: int) -> bool:
    """Does the first non-blank line from `start` on carry a ">" quote mark?"""
    for line in lines[start:]:
        if line.strip():
            return line.lstrip().startswith(">")
    return False


_WRAPPABLE = 60  # a quoted line shorter than this was not wrapped by a mail program (they wrap at 72-78)


def _wrapped_quote_line(previous: str, line: str) -> bool:
    """Is `line`, unmarked straight under the ">" line `previous`, the wrapped end of that quoted line? Only a long
    line can have been wrapped; under a short one (a quoted question) it is the sender's answer."""
    return previous.lstrip().startswith(">") and not line.lstrip().startswith(">") and len(previous.rstrip()) >= _WRAPPABLE


def split_sections(text: str, subject: str = "") -> Sections:
    """Split normalised text into new / quoted / forwarded / signature / disclaimer parts."""
    lines = text.split("\n")
    new: list[str] = []
    quoted: list[str] = []
    forwarded: list[str] = []
    signature: list[str] = []
    disclaimer: list[str] = []
    mode = "new"
    carried = "forwarded" if _FORWARD_SUBJECT.match(subject) else "quoted"  # what a reply mark opens
    marked_quote = False  # an "On ... wrote:" quote marked with ">" has begun (its end is where the marks stop)
    answers: list[str] = []  # the sender's answers marked inside a quote (trial IM2), read after the new text
    attribution = ""  # the "On ... wrote:" line(s) that opened the first quote
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if mode in ("new", "signature"):
            if mode == "signature" and _POSTSCRIPT.match(line):
                mode = "new"  # a postscript under a "-- " signature: the sender writes again
            if marked_quote and line.strip() and _wrapped_quote_line(lines[i - 1], line):
                quoted.append(line)  # a quoted line the sender's mail program wrapped without its ">"
                i += 1
                continue
            if not _MARKER_LINE.match(line):
                (new if mode == "new" else signature).append(line)
                i += 1
                continue
            if _FORWARD.match(line):
                mode = "forwarded"
                i += 1
                continue
            if _ORIGINAL.match(line):
                mode = carried
                i += 1
                continue
            header = 1 if _ON_WROTE.match(line) else 0
            if not header and _ON_START.match(line) and i + 1 < n and _WROTE_END.search(lines[i + 1]) and len(line) < 200:
                header = 2
            if header:
                attribution = attribution or " ".join(x.strip() for x in lines[i : i + header])
                if _marked_quote_follows(lines, i + header):
                    # A quote whose lines carry ">" ends where they stop: what follows (after a blank line) is the
                    # sender's again, as in a reply written under the quote or between its lines.
                    marked_quote = True
                else:
                    mode = "quoted"
                i += header
                continue
            if _is_header_block(lines, i):
                # A header block at the very top (nothing new yet) is a forward pasted without a marker.
                mode = "forwarded" if not any(x.strip() for x in new) else carried
                quoted_target = forwarded if mode == "forwarded" else quoted
                quoted_target.append(line)
                i += 1
                continue
            if line.lstrip().startswith(">"):
                unmarked = line.lstrip()[1:].lstrip("> ")
                # Only the first level of the quote can hold the sender's answers; ">>" is older mail (trial IM2).
                first_level = not line.lstrip()[1:].lstrip().startswith(">")
                (answers if first_level and is_marked_answer(unmarked) else quoted).append(unmarked)
                i += 1
                continue
            if _SIG_DELIM.match(line) and mode == "new":
                mode = "signature"
                i += 1
                continue
            if _MOBILE_SIG.match(line):
                signature.append(line)
                i += 1
                continue
            (new if mode == "new" else signature).append(line)
        elif mode == "quoted":
            if line.lstrip().startswith(">"):
                quoted.append(line.lstrip("> ").rstrip())  # older mail quoted by the mail being answered
            else:
                (answers if is_marked_answer(line) else quoted).append(line)
        else:  # forwarded
            if line.lstrip().startswith(">"):
                forwarded.append(line.lstrip()[1:].lstrip("> "))
            else:
                forwarded.append(line)
        i += 1

    web_form: FormContact | None = None
    form_text = new + [""] + forwarded
    form = read_form("\n".join(form_text))
    if form is not None:
        # A web form's submission (trial WF2): the form's contact fields are set apart as a signature's contact lines
        # are (they would drown the person's words); everything else is read, the forwarded-looking parts included,
        # since the form software, not a person, laid the message out.
        web_form = form.contact
        new = [line for n, line in enumerate(form_text) if n not in form.contact_lines]
        signature = [form_text[n] for n in sorted(form.contact_lines)] + signature
        forwarded = []
    new, signature_tail, disclaimer = _split_new_tail(new)
    signature = signature_tail + signature
    if answers:
        # After the sign-off on top: the answers inside the quote are the sender's words, not their signature.
        new = new + [""] + answers
    # Disclaimers also hide inside quoted and forwarded blocks; move them out of those too.
    quoted, d2 = _drop_disclaimers(quoted)
    forwarded, d3 = _drop_disclaimers(forwarded)
    return Sections(
        subject=subject.strip(),
        new="\n".join(new).strip(),
        quoted="\n".join(quoted).strip(),
        forwarded="\n".join(forwarded).strip(),
        signature="\n".join(signature).strip(),
        disclaimer="\n".join(disclaimer + d2 + d3).strip(),
        web_form=web_form,
        quote_attribution=attribution,
    )


def _paragraphs(lines: list[str]) -> list[list[str]]:
    paras: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paras[-1].append(line)
        elif paras[-1]:
            paras.append([])
    return [p for p in paras if p]


def _drop_disclaimers(lines: list[str]) -> tuple[list[str], list[str]]:
    keep: list[str] = []
    dropped: list[str] = []
    for para in _paragraphs(lines):
        joined = " ".join(para)
        low = joined.lower()
        is_disclaimer = (len(joined) > 60 and may_match(_DISCLAIMER_KEYS, low)
                         and may_match(_DISCLAIMER_NEEDS, fold_case(joined)) and _DISCLAIMER.search(joined))
        if not is_disclaimer and len(joined) > 60 and may_match(_PRIVACY_KEYS, low):
            is_disclaimer = (bool(_PRIVACY_NOTICE.search(joined)) and bool(_FIRM_VOICE.search(joined))
                             and not _FIRST_PERSON_SINGULAR.search(joined))
        (dropped if is_disclaimer else keep).extend(para + [""])
    return keep, dropped


def _looks_like_sig_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    words = [w for w in s.split() if w not in ("|", "-", "/")]
    if len(words) > 12 or s.endswith("?") or (s.endswith(".") and len(words) > 5):
        return False
    return True


def _looks_like_name_line(line: str) -> bool:
    """A name / job title / firm / contact line: short, title-cased or a phone/email, no sentence."""
    s = line.strip()
    if not s:
        return True
    if _CONTACT_LINE.search(s):
        return True
    if _ENDS_SENTENCE.search(s) or _FIRST_PERSON.search(s):
        return False
    words = _NAME_WORD.findall(s)
    if not words or len(words) > 10:
        return False
    lower_words = [w for w in words if w[0].islower() and w not in ("of", "and", "for", "the", "at", "&", "to", "in")]
    return len(lower_words) <= len(words) // 4


def _take_postscripts(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split a signature part into what stays signature and its postscript paragraphs (the sender's words)."""
    kept: list[str] = []
    postscripts: list[str] = []
    for para in _paragraphs(lines):
        if _POSTSCRIPT.match(para[0]):
            postscripts.extend([""] + para)
        else:
            kept.extend(para + [""])
    return kept, postscripts


def _split_new_tail(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Move disclaimers, the sign-off and the name/title block from the end of the new text."""
    lines, disclaimer = _drop_disclaimers(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    # Sign-off: the last closing line ("Kind regards,") followed by a name; what follows it is the
    # signature and any footer (bank-detail warnings, office addresses), however long.
    for j in range(len(lines) - 1, max(-1, len(lines) - 25), -1):
        if _CLOSING.match(lines[j]):
            rest = [x for x in lines[j + 1 :] if x.strip()]
            if j > 0 and (not rest or _looks_like_name_line(rest[0])):
                signature, postscripts = _take_postscripts(lines[j:])
                return lines[:j] + postscripts, signature, disclaimer
            break
    # No closing line: a trailing paragraph of 1-5 short name/title lines after the text.
    paras = _paragraphs(lines)
    if len(paras) >= 2:
        last = paras[-1]
        if len(last) <= 5 and all(_looks_like_name_line(x) for x in last):
            cut = len(lines)
            while cut > 0 and not lines[cut - 1].strip():
                cut -= 1
            cut -= len(last)
            return lines[:cut], lines[cut:], disclaimer
    return lines, [], disclaimer


# -- the spaCy pipeline ----------------------------------------------------------------------------

if not Doc.has_extension("sections"):
    Doc.set_extension("sections", default=None)
if not Doc.has_extension("email"):
    Doc.set_extension("email", default=None)


@Language.factory("triage_email_sections", default_config={})
def create_email_sections(nlp: Language, name: str) -> "EmailSections":
    return EmailSections()


class EmailSections:
    """spaCy component: reads `doc._.email` (an EmailText), sets `doc._.sections` and span groups.

    The doc text is the normalised labelled text followed by the context (quoted + forwarded), so the
    span groups "new" and "context" tell later components where a token came from.
    """

    def __call__(self, doc: Doc) -> Doc:
        sections: Sections | None = doc._.sections
        if sections is None or not len(doc):
            return doc
        # The labelled text comes first in the doc: find the first token at or after its end.
        cut = min(len(sections.labelled_text()), MAX_CHARS)
        lo, hi = 0, len(doc)
        while lo < hi:
            mid = (lo + hi) // 2
            if doc[mid].idx < cut:
                lo = mid + 1
            else:
                hi = mid
        doc.spans["new"] = [doc[:lo]]
        doc.spans["context"] = [doc[lo:]] if lo < len(doc) else []
        return doc


class FastTokenizer:
    """Word/punctuation tokenizer for the blank pipeline: one regex pass, ~10x faster than the
    default rules on long mail, and good enough for phrase matching firm names."""

    _TOKEN = re.compile(r"\w+(?=['’]s\b)|['’]s\b|\w+(?:['’]\w+)*|[^\w\s]|\s+")

    def __init__(self, vocab) -> None:  # noqa: ANN001 - spaCy Vocab
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        # Whitespace other than one space after a token becomes its own token, as in spaCy, so
        # the doc text (and every character offset) is exactly the input text.
        words: list[str] = []
        spaces: list[bool] = []
        for m in self._TOKEN.finditer(text):
            tok = m.group(0)
            if tok[0].isspace():
                if words and not spaces[-1] and not words[-1][0].isspace() and tok[0] == " ":
                    spaces[-1] = True
                    tok = tok[1:]
                    if not tok:
                        continue
                words.append(tok)
                spaces.append(False)
            else:
                words.append(tok)
                spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **kwargs) -> bytes:  # noqa: ANN003 - spaCy serialisation hooks
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "FastTokenizer":  # noqa: ANN003
        return self


def prepare_sections(email: EmailText) -> Sections:
    """Normalise and split one message."""
    sec = message_sections(email.body or "", email.html, email.subject or "")
    return replace(sec, mailbox=email.mailbox or "") if email.mailbox else sec


#: Messages of at most this many characters (body + HTML) are remembered, the last `_REMEMBERED` of them: a
#: worker classifies a slice of 50 and then reads the same 50 for the intake, which splits them again.
_REMEMBERED = 64
_REMEMBERED_CHARS = 20_000


def message_sections(body: str, html: str | None, subject: str) -> Sections:
    """A message's text (its plain body, or its HTML as text when the plain body is empty) normalised
    and split (`split_sections`), with its subject; the same answer for the same strings, remembered
    for the last few messages."""
    if len(body) + len(html or "") <= _REMEMBERED_CHARS:
        return _remembered_sections(body, html, subject)
    return _split_message(body, html, subject)


def _split_message(body: str, html: str | None, subject: str) -> Sections:
    raw = body
    if not raw.strip() and html:
        raw = html_to_text(html)
    return split_sections(normalise(raw), normalise(subject))


_remembered_sections = lru_cache(maxsize=_REMEMBERED)(_split_message)


def doc_text(sections: Sections) -> str:
    """What the spaCy pipeline tokenises: labelled text, then the start of the context.

    Firm names are matched in the labelled text; in the context only addresses count (found by
    regex over the whole context), so only its start is tokenised. Capped at MAX_CHARS.
    """
    labelled = sections.labelled_text()[:MAX_CHARS]
    ctx = sections.context_text()[:CONTEXT_CHARS]
    return labelled + ("\n\n" + ctx if ctx else "")


def make_nlp() -> Language:
    """A blank English pipeline with the section component (firm matching is added per directory)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.tokenizer = FastTokenizer(nlp.vocab)
    nlp.add_pipe("triage_email_sections")
    return nlp


def prepare_docs(nlp: Language, emails: list[EmailText], tokenize=None) -> list[Doc]:  # noqa: ANN001
    """Run the pipeline over many messages; each doc carries `_.email` and `_.sections`.

    `tokenize(text) -> bool` (optional) says whether a message needs its tokens at all: the firm
    matcher passes a cheap test for "could any directory name occur here"; a message that fails it
    gets an empty doc (same extensions, no tokens), which skips the tokenizer, the most expensive
    step of text preparation.
    """
    sections = [prepare_sections(e) for e in emails]
    docs = []
    for email, sec in zip(emails, sections):
        text = doc_text(sec)
        doc = nlp.make_doc(text) if tokenize is None or tokenize(text) else Doc(nlp.vocab, words=[])
        doc._.email = email
        doc._.sections = sec
        docs.append(doc)
    for name, proc in nlp.pipeline:
        docs = [proc(d) for d in docs]
    return docs
