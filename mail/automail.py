"""Recognise machine-generated mail from its headers (RFC 3834 plus the union of peers' rules).

Such mail is still stored and classified, but never acknowledged: answering an out-of-office or
a bounce starts a mail loop. The header set is the union recorded in research/peers.md §c1
(Zammad, Znuny, osTicket, FreeScout, RT, django-helpdesk). Text-only signs (an out-of-office with
no header) are the classifiers' job.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from mail.types import AutoMailVerdict

LOOP_HEADER = "X-Triage-Loop"
AUTOMATED_SENDER = "automated sender address"  # how the reason of a sender-address-only verdict begins

_PRECEDENCE = re.compile(r"^\s*(bulk|junk|list|auto_reply)\b", re.I)
_SENDER = re.compile(
    r"^(mailer-daemon|postmaster|noreply|no-reply|no_reply|donotreply|do-not-reply|"
    r"do_not_reply|bounce[s]?|bounce-[^@]*|autoreply|auto-reply|notifications?|abuse|root)@",
    re.I,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(delivery failure|delivery status|undeliverable:|undelivered mail returned|"
    r"mail delivery failed|returned mail:|delivery status notification \(failure\)|"
    r"failure notice)",
    re.I,
)
_OOO_SUBJECT = re.compile(r"^\s*(automatic reply|auto(matic)?[- ]?reply|out of (the )?office|autoreply)\b", re.I)
_READ_RECEIPT_SUBJECT = re.compile(r"^\s*(read:|read receipt|return receipt|gelesen:|lu\s?:)", re.I)
_AUTORESPONDER_HEADERS = (
    "x-autoreply",
    "x-autorespond",
    "x-autoresponder",
    "x-autoreply-from",
    "x-mail-autoreply",
)
_LIST_HEADERS = ("list-id", "list-unsubscribe", "list-post", "mailing-list")


def is_automated_address(address: str) -> bool:
    """Whether an address is one that machines send from and no person reads (no-reply, bounce, notifications)."""
    return bool(_SENDER.match(address or ""))


def _lower(headers: Mapping[str, str]) -> dict[str, str]:
    return {k.lower(): (v or "") for k, v in headers.items()}


def detect_auto_mail(
    headers: Mapping[str, str],
    from_address: str | None = None,
    subject: str = "",
    own_domains: tuple[str, ...] = (),
    loop_id: str | None = None,
) -> AutoMailVerdict:
    """Decide from headers whether a message was sent by a machine; every rule that hit is a reason.

    `own_domains` are the domains of our own Message-IDs: mail carrying one is our own letter
    coming back. `loop_id` is the value of our loop header on letters we send.
    """
    h = _lower(headers)
    reasons: list[str] = []
    kind = ""

    def hit(reason: str, what: str) -> None:
        nonlocal kind
        reasons.append(reason)
        kind = kind or what

    if loop_id is not None and h.get(LOOP_HEADER.lower()):
        hit(f"{LOOP_HEADER} header present (our own letter came back)", "loop")
    message_id = h.get("message-id", "").lower()
    for domain in own_domains:
        if domain and message_id.rstrip("> ").endswith("@" + domain.lower()):
            hit(f"Message-ID on our own domain {domain}", "loop")
    if h.get("x-loop"):
        hit("X-Loop header present", "loop")

    content_type = h.get("content-type", "").lower()
    sender = (from_address or "").lower()
    if "report-type=delivery-status" in content_type.replace(" ", "") or "report-type=\"delivery-status\"" in content_type:
        hit("delivery status notification (multipart/report)", "bounce")
    if "report-type=disposition-notification" in content_type.replace(" ", "").replace('"', ""):
        hit("read receipt (disposition-notification report)", "notification")
    if "@" in h.get("x-failed-recipients", ""):
        hit("X-Failed-Recipients header", "bounce")
    if h.get("return-path", "").strip() == "<>":
        hit("empty Return-Path (<>)", "bounce")
    if sender.startswith(("mailer-daemon@", "postmaster@")) or "mailer-daemon" in sender:
        hit(f"sender is {sender.split('@')[0]}", "bounce")
    if _BOUNCE_SUBJECT.match(subject or ""):
        hit("bounce subject", "bounce")

    auto_submitted = h.get("auto-submitted", "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        # RFC 3834 §5: any value other than "no" means the message was not written by a person.
        if "vacation" in auto_submitted or "owner-email" in auto_submitted:
            hit(f"Auto-Submitted: {auto_submitted[:40]} (out of office)", "out_of_office")
        else:
            hit(f"Auto-Submitted: {auto_submitted[:40]}", "auto_reply")
    suppress = h.get("x-auto-response-suppress", "").lower()
    if suppress and any(v in suppress for v in ("all", "autoreply", "oof", "dr")):
        if "x-ms-exchange-inbox-rules-loop" in h:
            hit("Exchange inbox rule reply (X-Auto-Response-Suppress with rules loop)", "out_of_office")
        elif suppress.strip() in ("all", "oof", "autoreply"):
            hit(f"X-Auto-Response-Suppress: {suppress[:30]}", "auto_reply")
    precedence = h.get("precedence", "") or h.get("x-precedence", "")
    if _PRECEDENCE.match(precedence):
        what = "list" if precedence.strip().lower().startswith(("bulk", "list", "junk")) else "auto_reply"
        hit(f"Precedence: {precedence.strip()[:20]}", what)
    for name in _AUTORESPONDER_HEADERS:
        value = h.get(name, "").strip().lower()
        if value and value not in ("no", "false", "0"):
            hit(f"{name} header", "auto_reply")
    if h.get("x-autogenerated", "").strip().lower().startswith("reply"):
        hit("X-Autogenerated: reply", "auto_reply")
    if h.get("x-amazon-mail-relay-type", "").strip().lower().startswith("notification"):
        hit("X-AMAZON-MAIL-RELAY-TYPE: notification", "notification")
    if h.get("x-fc-machinegenerated", "").strip().lower() == "true":
        hit("X-FC-Machinegenerated: true", "notification")
    for name in _LIST_HEADERS:
        if h.get(name):
            hit(f"{name} header (mailing list or newsletter)", "list")
    if is_automated_address(sender) and not kind:
        hit(f"{AUTOMATED_SENDER} ({sender.split('@')[0]}@)", "notification")
    if _OOO_SUBJECT.match(subject or "") and ("auto-submitted" in h or "x-auto-response-suppress" in h):
        hit("out-of-office subject with auto-reply headers", "out_of_office")
    if _READ_RECEIPT_SUBJECT.match(subject or "") and (h.get("content-type", "").lower().startswith("multipart/report")):
        hit("read receipt subject", "notification")

    return AutoMailVerdict(auto=bool(reasons), kind=kind, reasons=tuple(dict.fromkeys(reasons)))
