"""The decision: an ordered list of small named rules, each a pure function of the facts.

Every rule that fires leaves a `RuleHit` (Mailman's `rule_hits`), stored on the case and in the
audit, so "why did the bot do this?" is answered from the register. Rules never do I/O: what they
need from the register (the case a reply belongs to, an earlier copy of the message, how many
letters an address received lately) is looked up beforehand and passed in as `Facts`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from classifiers.types import Triage
from triage.complainant import relayed_by_form

# Case kinds in the register.
COMPLAINT = "complaint"
DATA_PROTECTION_COMPLAINT = "data_protection_complaint"
RIGHTS_REQUEST = "rights_request"
BREACH = "breach"
ENQUIRY = "enquiry"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Facts:
    """Everything the rules may look at for one inbound message."""

    # Where letters to the writer go: the sender's address, or for a web form's relay the submitter's
    # (triage.complainant); None when there is none.
    reply_address: str | None
    subject: str
    auto_kind: str  # "" when a person wrote it (headers and text both say so)
    auto_reasons: tuple[str, ...]
    triage: Triage | None  # None when the message could not be read at all
    serious_defects: tuple[str, ...] = ()
    too_large: bool = False
    duplicate_of: int | None = None  # id of an earlier identical message
    thread_case: str | None = None  # reference of the case this message replies to
    firm_known: bool = False  # about_other_firm names a directory firm with a usable address
    firm_confident: bool = False  # the firm match is strong enough to forward without a person
    own_address: bool = False  # the sender is one of our own addresses
    recent_letters_to_writer: int = 0  # acknowledgements etc. to reply_address in the rate window
    max_letters_per_recipient: int = 5
    forwarding_enabled: bool = True
    postal_address: bool = False  # a handler logged a postal address (a complaint by phone or post)
    # documents attached under a cover note of fewer than COVER_NOTE_WORDS words: the message is in them
    documents_behind_cover_note: int = 0


@dataclass(frozen=True)
class RuleHit:
    rule: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "detail": self.detail}


@dataclass(frozen=True)
class PlannedLetter:
    kind: str  # template name: acknowledgement, rights_acknowledgement, forward_to_firm, ...
    recipient: str  # "complainant", "firm" or "internal"
    rule: str
    hold: bool = False  # written to the outbox but held for a person


@dataclass(frozen=True)
class Decision:
    """What to do with one message. `stop` ends the rule chain (duplicates, auto mail)."""

    open_case: bool = False
    case_kind: str = ENQUIRY
    attach_to_case: str | None = None
    duplicate_of: int | None = None
    forward: bool = False
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    letters: tuple[PlannedLetter, ...] = ()
    acknowledge_suppressed: str = ""
    hits: tuple[RuleHit, ...] = ()
    stop: bool = False

    def hit(self, rule: str, detail: str, **changes: object) -> Decision:
        return replace(self, hits=self.hits + (RuleHit(rule, detail),), **changes)  # type: ignore[arg-type]

    def review(self, rule: str, reason: str) -> Decision:
        return self.hit(rule, reason, needs_review=True, review_reasons=self.review_reasons + (reason,))

    def letter(self, letter: PlannedLetter, detail: str) -> Decision:
        return self.hit(letter.rule, detail, letters=self.letters + (letter,))


Rule = Callable[[Facts, Decision], Decision]


def rule_duplicate(facts: Facts, decision: Decision) -> Decision:
    """The same Message-ID and body as a message we hold: one case, not two."""
    if facts.duplicate_of is None:
        return decision
    return decision.hit(
        "duplicate", f"same Message-ID and body as message #{facts.duplicate_of}", duplicate_of=facts.duplicate_of, stop=True
    )


def rule_unreadable(facts: Facts, decision: Decision) -> Decision:
    """A message we could not read, or would not download, goes to a person with the reason."""
    if facts.triage is None or facts.too_large:
        reason = "message too large to download" if facts.too_large else "; ".join(facts.serious_defects) or "unreadable"
        decision = decision.hit("unreadable", reason, open_case=True, case_kind=UNREADABLE)
        return decision.review("unreadable", f"could not be read: {reason}").hit("unreadable", "no letter sent", stop=True)
    if facts.serious_defects:
        return decision.review("parse_problems", "parse problems: " + "; ".join(facts.serious_defects[:4]))
    return decision


def rule_auto_mail(facts: Facts, decision: Decision) -> Decision:
    """Machine-written mail (RFC 3834 and peers' rules, or the classifier's text signs): never answered."""
    if not facts.auto_kind:
        return decision
    why = "; ".join(facts.auto_reasons[:3]) or facts.auto_kind
    decision = decision.hit("auto_mail", f"{facts.auto_kind}: {why}", acknowledge_suppressed=f"auto-generated ({facts.auto_kind})")
    if facts.thread_case:
        return decision.hit("thread_match", f"auto reply filed on {facts.thread_case}", attach_to_case=facts.thread_case, stop=True)
    if relayed_by_form(facts.triage) and facts.auto_kind not in ("loop", "bounce"):
        # A web form's submission whose software marks it machine-made (some forms and CRMs set Auto-Submitted): a
        # person wrote what its fields hold, so it must not vanish among machine mail; RFC 3834 still forbids an
        # automatic answer, so a person reads it and answers by hand.
        decision = decision.hit("auto_mail", "a web form's submission", open_case=True, case_kind=ENQUIRY)
        return decision.review(
            "auto_mail", "a web form's submission that carries a machine header: read it, reclassify it and answer by hand"
        ).hit("auto_mail", "no letter sent", stop=True)
    return decision.hit("auto_mail", "stored and classified; no case, no letter", stop=True)


def rule_own_mail(facts: Facts, decision: Decision) -> Decision:
    """Mail from our own address (a letter of ours bounced back in) is never answered automatically."""
    if not facts.own_address:
        return decision
    if relayed_by_form(facts.triage):
        # A firm may set its web form to send submissions as the mailbox itself: a person wrote this, so it is filed
        # like any message, but our own letters come from this address too, so its letters wait for a person
        # (rule_hold_own_mail).
        return decision.review("own_mail", "sent from our own address but reads as a web form's submission: check it; its letters are held")
    return decision.hit("own_mail", "sender is our own address; not answered", acknowledge_suppressed="own address", stop=True)


def rule_hold_own_mail(facts: Facts, decision: Decision) -> Decision:
    """Letters answering mail sent from our own address (a web form's submission) are held for a person."""
    if not facts.own_address or not decision.letters:
        return decision
    held = tuple(letter if letter.recipient == "internal" else replace(letter, hold=True) for letter in decision.letters)
    return decision.hit("own_mail", "letters held: the message came from our own address", letters=held)


def rule_thread_match(facts: Facts, decision: Decision) -> Decision:
    """A reply on an existing case joins that case; it does not open a new one or restart clocks."""
    if not facts.thread_case:
        return decision
    decision = decision.hit("thread_match", f"reply filed on {facts.thread_case}", attach_to_case=facts.thread_case)
    triage = facts.triage
    if triage is not None and (triage.complaint or triage.rights or triage.breach):
        decision = decision.review("thread_match", "reply on an existing case raises a complaint or request")
    return replace(decision, stop=True)


def rule_classify(facts: Facts, decision: Decision) -> Decision:
    """Open a case of the kind the classifiers found (complaint first, then rights, then breach)."""
    triage = facts.triage
    assert triage is not None  # rule_unreadable stopped the chain otherwise
    if triage.complaint:
        kind = DATA_PROTECTION_COMPLAINT if triage.personal_data else COMPLAINT
        detail = f"{'explicit' if triage.explicit else 'implicit'} complaint (score {triage.complaint_score:.2f}), category {triage.category}"
    elif triage.rights:
        kind = RIGHTS_REQUEST
        detail = "rights requested: " + ", ".join(triage.rights)
    elif triage.breach:
        kind = BREACH
        detail = "personal data breach described"
    else:
        kind = ENQUIRY
        detail = f"no complaint or request found (complaint score {triage.complaint_score:.2f})"
    decision = decision.hit("classify", detail, open_case=True, case_kind=kind)
    if triage.needs_review:
        decision = decision.review("classify", "the classifier is unsure: " + ("; ".join(triage.reasons[:4]) or "score near threshold"))
    return decision


def rule_route_other_firm(facts: Facts, decision: Decision) -> Decision:
    """A consumer complaint purely about a directory firm is forwarded; doubt goes to a person."""
    triage = facts.triage
    if triage is None or not triage.complaint or not triage.about_other_firm:
        return decision
    firm = triage.about_other_firm
    if firm == "unknown":
        return decision.review("route_other_firm", "complaint is about a firm not in the directory")
    if not facts.firm_known:
        return decision.review("route_other_firm", f"firm {firm} has no complaints address in the directory")
    if triage.needs_review:
        return decision.review("route_other_firm", f"complaint seems to be about {firm}, but the classifier is unsure; confirm before forwarding")
    if not facts.firm_confident:
        return decision.review("route_other_firm", f"firm match {firm} is uncertain (score {triage.firm_score:.2f}); confirm before forwarding")
    if not facts.forwarding_enabled:
        return decision.review("route_other_firm", f"complaint about {firm}; this profile does not forward automatically")
    decision = decision.hit("route_other_firm", f"complaint is about directory firm {firm}", forward=True)
    decision = decision.letter(PlannedLetter("forward_to_firm", "firm", "route_other_firm"), f"forward to {firm}")
    return decision.letter(PlannedLetter("forward_notice", "complainant", "route_other_firm"), "forward notice to complainant")


def rule_acknowledge(facts: Facts, decision: Decision) -> Decision:
    """Every new complaint and rights request is acknowledged at once, to one recipient."""
    if decision.case_kind not in (COMPLAINT, DATA_PROTECTION_COMPLAINT, RIGHTS_REQUEST):
        return decision
    if decision.forward:
        return decision  # the forward notice is the complainant's acknowledgement
    if not facts.reply_address and facts.postal_address:
        # Logged from a letter or call: the same acknowledgement, held for a person to print and post.
        return decision.letter(PlannedLetter(_ack_kind(decision.case_kind), "complainant", "acknowledge_by_post", hold=True), "acknowledgement to print and post")
    if not facts.reply_address:
        return decision.review("acknowledge", "no reply address: acknowledge by another channel").hit(
            "acknowledge", "suppressed", acknowledge_suppressed="no sender address"
        )
    if facts.recent_letters_to_writer >= facts.max_letters_per_recipient:
        reason = f"{facts.recent_letters_to_writer} letters to this address in the rate window (limit {facts.max_letters_per_recipient})"
        return decision.review("rate_limit", f"acknowledgement held: {reason}").letter(
            PlannedLetter(_ack_kind(decision.case_kind), "complainant", "rate_limit", hold=True), "held by rate limit"
        )
    return decision.letter(PlannedLetter(_ack_kind(decision.case_kind), "complainant", "acknowledge"), "acknowledgement queued")


def _ack_kind(case_kind: str) -> str:
    return "rights_acknowledgement" if case_kind == RIGHTS_REQUEST else "acknowledgement"


def rule_documents(facts: Facts, decision: Decision) -> Decision:
    """A short cover note over attached documents (a scanned letter, a PDF): the message is in the documents, which
    no classifier reads, so a complaint or a rights request inside them would go unseen. A person reads them."""
    n = facts.documents_behind_cover_note
    if not n:
        return decision
    them = "them" if n > 1 else "it"
    return decision.review("documents", f"the sender wrote only a short note over {n} attached document{'s' if n > 1 else ''}: "
                                        f"the message is in {them}, and a person must read {them}")


def rule_breach_alert(facts: Facts, decision: Decision) -> Decision:
    """A described personal-data breach alerts the data protection officer (72-hour clock)."""
    if facts.triage is None or not facts.triage.breach:
        return decision
    return decision.letter(PlannedLetter("breach_alert", "internal", "breach_alert"), "breach alert to the DPO")


RULES: tuple[tuple[str, Rule], ...] = (
    ("duplicate", rule_duplicate),
    ("unreadable", rule_unreadable),
    ("auto_mail", rule_auto_mail),
    ("own_mail", rule_own_mail),
    ("thread_match", rule_thread_match),
    ("classify", rule_classify),
    ("documents", rule_documents),
    ("route_other_firm", rule_route_other_firm),
    ("acknowledge", rule_acknowledge),
    ("breach_alert", rule_breach_alert),
    ("hold_own_mail", rule_hold_own_mail),
)


def decide(facts: Facts, rules: tuple[tuple[str, Rule], ...] = RULES) -> Decision:
    """Run the rules in order until one stops the chain."""
    decision = Decision()
    for _name, rule in rules:
        decision = rule(facts, decision)
        if decision.stop:
            break
    return decision


@dataclass(frozen=True)
class RuleDoc:
    name: str
    doc: str = field(default="")


def describe_rules() -> list[RuleDoc]:
    """The rule names and their one-line purpose (for docs and the review UI)."""
    return [RuleDoc(name, (rule.__doc__ or "").strip().splitlines()[0]) for name, rule in RULES]
