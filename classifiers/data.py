"""Training and evaluation data: the labelled JSONL files and the public corpora, split by source.

Labelled JSONL rows follow the labelling guide's schema (`id, mailbox, from, subject, headers, body,
html, labels`, plus `source`, the group id used for splitting). The corpora are read from
``<repo>/../shared/corpora`` (or a path given) and never copied into the repository. A label that a
source does not define is simply absent from that example's `labels`, so each head trains only on
examples that define its label.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.errors import TrainingDataError
from classifiers.types import CATEGORIES, RIGHTS, EmailText
from mail.parse import parse_message
from mail.types import ParsedEmail

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = REPO_ROOT.parent / "shared" / "corpora"
DEFAULT_LABELLED_GLOB = "data/labelled/*.jsonl"
GUIDE_PATH = REPO_ROOT.parent / "shared" / "labelling" / "labelling-guide.jsonl"
# Every right each rights-corpus letter asks for, labelled by the guide (the corpus gives one label per letter).
CORPUS_RIGHTS_PATH = REPO_ROOT / "data" / "corpus_rights.jsonl"

CORPUS_LICENCES = {
    "cfpb": "US government work, public domain (CFPB Consumer Complaint Database narratives)",
    "enron": "public record (Enron corpus released by FERC)",
    "bitext": "CDLA-Sharing-1.0 (Bitext customer-support utterances)",
    "rights": "CC0-1.0 / MIT (datenanfragen project); OGL-3.0 (ICO template letters and guidance)",
    "labelled": "project-written labelled examples (data/labelled)",
    "guide": "project labelling guide worked examples (invented)",
}


@dataclass
class Example:
    """One training/evaluation item: the message, the labels its source defines, and its group."""

    id: str
    group: str
    origin: str  # labelled | guide | cfpb | enron | bitext | rights
    email: EmailText
    labels: dict[str, Any] = field(default_factory=dict)
    weight: float = 1.0


def _row_to_email(row: dict[str, Any], text_field: str | None = None) -> EmailText:
    if text_field:
        return EmailText(body=str(row.get(text_field) or ""))
    name, addr = email.utils.parseaddr(str(row.get("from") or ""))
    body = str(row.get("body") or "")
    html = None
    if row.get("html") is True:
        html, body = body, ""
    elif isinstance(row.get("html"), str):
        html = row["html"]
    headers = {str(k).lower(): str(v) for k, v in (row.get("headers") or {}).items()}
    return EmailText(
        subject=str(row.get("subject") or ""),
        body=body,
        html=html,
        sender=addr,
        sender_name=name,
        headers=headers,
        mailbox=str(row.get("mailbox") or ""),
    )


def _clean_labels(labels: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"):
        if key in labels and labels[key] is not None:
            out[key] = bool(labels[key])
    if "rights" in labels and labels["rights"] is not None:
        out["rights"] = [r for r in labels["rights"] if r in RIGHTS]
    if "about_other_firm" in labels:
        out["about_other_firm"] = labels["about_other_firm"]
    if labels.get("category") in CATEGORIES:
        out["category"] = labels["category"]
    return out


def _with_marks(labels: dict[str, Any], marked: Any) -> dict[str, Any]:
    """Add a row's hand-marked request sentences (`request_sentences`: [{"right", "text"}, ...]) to its labels
    as `request_sentences`: right -> the marked texts, for the rights it is labelled with. Rows without marks
    (every file but the marked sets) are returned unchanged."""
    if not isinstance(marked, list) or not isinstance(labels.get("rights"), list):
        return labels
    by_right: dict[str, list[str]] = {}
    for item in marked:
        if isinstance(item, dict) and item.get("right") in labels["rights"] and str(item.get("text") or "").strip():
            by_right.setdefault(item["right"], []).append(str(item["text"]))
    if by_right:
        labels["request_sentences"] = by_right
    return labels


def _scoped(labels: dict[str, Any], train_labels: Any) -> dict[str, Any]:
    """Keep only the labels a row's `train_labels` names (e.g. ["rights"]: the row trains and measures the rights
    heads only; its marks go with its rights). Rows without the key keep every label."""
    if not isinstance(train_labels, list):
        return labels
    keep = set(train_labels) | ({"request_sentences"} if "rights" in train_labels else set())
    return {k: v for k, v in labels.items() if k in keep}


def load_labelled(paths: Iterable[str | Path], origin: str = "labelled", all_labels: bool = False) -> list[Example]:
    """Read labelled JSONL files in the guide's schema; a bad line raises TrainingDataError. A row's
    `train_labels` scopes its labels (`_scoped`) unless all_labels: then every label it carries is kept, so an
    evaluation can measure, say, complaint and breach on a set written for rights."""
    out: list[Example] = []
    for path in paths:
        path = Path(path)
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    # Files may be growing while we read them: a torn last line is skipped, not fatal.
                    logger.warning("%s:%d: skipping unreadable line (%s)", path, n, exc)
                    continue
                if not isinstance(row, dict) or not isinstance(row.get("labels"), dict):
                    continue
                rid = str(row.get("id") or f"{path.stem}-{n}")
                group = str(row.get("source") or rid)
                out.append(
                    Example(
                        id=f"{origin}:{path.stem}:{rid}",
                        group=f"{origin}:{path.stem}:{group}",
                        origin=origin,
                        email=_row_to_email(row),
                        labels=_scoped(_with_marks(_clean_labels(row["labels"]), row.get("request_sentences")),
                                       None if all_labels else row.get("train_labels")),
                        weight=6.0,
                    )
                )
    return out


def load_user_jsonl(path: str | Path, text_field: str, label_field: str) -> tuple[list[str], list[int]]:
    """A user's own JSONL of `text` + 0/1 label (field names configurable), for cross-validation."""
    texts: list[str] = []
    ys: list[int] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if text_field not in row or label_field not in row:
                raise TrainingDataError(f"{path}:{n}: needs fields {text_field!r} and {label_field!r}")
            value = row[label_field]
            if isinstance(value, dict):
                value = value.get("complaint")
            texts.append(str(row[text_field] or ""))
            ys.append(int(bool(value)))
    if not texts:
        raise TrainingDataError(f"{path}: no rows")
    return texts, ys


# -- corpora ---------------------------------------------------------------------------------------

# CFPB issue -> our category (only where the mapping is sensible; others train the complaint head only).
CFPB_CATEGORY = {
    "Charged fees or interest you didn't expect": "fees_charges",
    "Fees or interest": "fees_charges",
    "Problem with additional add-on products or services": "fees_charges",
    "Incorrect information on your report": "personal_data",
    "Improper use of your report": "personal_data",
    "Problem with a credit reporting company's investigation into an existing problem": "personal_data",
    "Unable to get your credit report or credit score": "personal_data",
    "Attempts to collect debt not owed": "debt_dispute",
    "Written notification about debt": "debt_dispute",
    "Communication tactics": "collection_conduct",
    "Took or threatened to take negative or legal action": "collection_conduct",
    "False statements or representation": "collection_conduct",
    "Threatened to contact someone or share information improperly": "collection_conduct",
    "Can't contact lender or servicer": "wait_time",
    "Was approved for a loan, but didn't receive the money": "delay",
    "Loan payment wasn't credited to your account": "inaccurate_information",
    "Problem with a purchase shown on your statement": "inaccurate_information",
}
CFPB_PERSONAL_DATA = {
    "Incorrect information on your report",
    "Improper use of your report",
    "Problem with a credit reporting company's investigation into an existing problem",
    "Unable to get your credit report or credit score",
}
# Bitext intents that are neutral requests (non-complaints). Ambiguous ones (payment_issue,
# registration_problems, get_refund, review) are left out rather than forced into a class.
BITEXT_NEUTRAL = {
    "create_account", "get_invoice", "track_order", "recover_password", "change_order", "check_invoices",
    "check_refund_policy", "delivery_options", "check_cancellation_fee", "track_refund", "check_payment_methods",
    "switch_account", "newsletter_subscription", "delivery_period", "edit_account", "set_up_shipping_address",
    "change_shipping_address", "place_order", "cancel_order", "check_invoice", "contact_customer_service",
    "contact_human_agent", "delete_account",
}
_GREETINGS = ("Hi,", "Hello,", "Dear Sir or Madam,", "To whom it may concern,", "Good afternoon,", "Hi there,", "Dear team,")
_SIGNOFFS = ("Thanks,\nSam", "Regards,\nA. Customer", "Kind regards\nJ", "Yours faithfully,\nM. Smith", "Thank you")


def _h(s: str) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16)


def _wrap_as_email(text: str, key: str) -> str:
    """Give a narrative an email's greeting and sign-off (some of them) so format is not a class cue."""
    h = _h(key)
    if h % 10 >= 4:
        return text
    return f"{_GREETINGS[h % len(_GREETINGS)]}\n\n{text}\n\n{_SIGNOFFS[(h // 7) % len(_SIGNOFFS)]}"


def load_cfpb(corpora: Path) -> list[Example]:
    path = corpora / "cfpb" / "narratives.jsonl"
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = str(row.get("narrative") or "").strip()
            if not text:
                continue
            issue = str(row.get("issue") or "")
            labels: dict[str, Any] = {"complaint": True, "auto_generated": False}
            if issue in CFPB_CATEGORY:
                labels["category"] = CFPB_CATEGORY[issue]
                labels["category_weight"] = 0.3  # US credit themes: a prior, not the target domain
            labels["personal_data"] = issue in CFPB_PERSONAL_DATA
            cid = str(row.get("complaint_id") or _h(text))
            out.append(
                Example(
                    id=f"cfpb:{cid}",
                    group=f"cfpb:{(row.get('company') or cid).lower()}",
                    origin="cfpb",
                    email=EmailText(body=_wrap_as_email(text, cid)),
                    labels=labels,
                    weight=1.0,
                )
            )
    return out


def email_text_from_parsed(parsed: ParsedEmail, mailbox: str = "") -> EmailText:
    """A parsed message as the classifiers see it (`mailbox`: the policy profile whose mailbox received it)."""
    return EmailText(
        subject=parsed.subject,
        body=parsed.text,
        html=parsed.html,
        sender=parsed.from_address or "",
        sender_name=parsed.from_name,
        headers=parsed.header_map(),
        mailbox=mailbox,
    )


def parse_rfc822(raw: bytes) -> EmailText:
    """A raw RFC 822 message as EmailText, read by the bot's own parser (`mail.parse`), so the corpus figures
    measure what the bot does with the same bytes in its mailbox."""
    return email_text_from_parsed(parse_message(raw))


# Weight of one Enron message (real business mail, all non-complaints) relative to CFPB (1.0) and our
# labelled mail (6.0): formal business and legal prose is where complaint false positives come from.
ENRON_WEIGHT = 5.0


def load_enron(corpora: Path) -> list[Example]:
    root = corpora / "enron"
    out = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        try:
            em = parse_rfc822(path.read_bytes())
        except Exception as exc:  # a corpus file we cannot parse is skipped, with a note
            logger.warning("enron %s unreadable: %s", rel, exc)
            continue
        out.append(
            Example(
                id=f"enron:{rel}",
                group=f"enron:{rel.split('/')[0]}",
                origin="enron",
                email=em,
                labels={
                    "complaint": False, "explicit": False, "personal_data": False, "breach": False,
                    "rights": [], "third_party": False, "about_other_firm": None, "category": "none",
                },
                weight=ENRON_WEIGHT,
            )
        )
    return out


def load_bitext(corpora: Path, per_intent: int = 120, complaints: int = 500) -> list[Example]:
    """A stratified sample: neutral intents as non-complaints, the complaint intent as complaints."""
    path = corpora / "bitext" / "bitext_customer_support_en.jsonl"
    by_intent: dict[str, list[tuple[int, str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            row = json.loads(line)
            by_intent.setdefault(row["label"], []).append((i, row["text"]))
    out = []
    for intent, rows in sorted(by_intent.items()):
        if intent != "complaint" and intent not in BITEXT_NEUTRAL:
            continue
        rows = sorted(rows, key=lambda r: _h(f"bitext:{r[0]}"))[: complaints if intent == "complaint" else per_intent]
        for i, text in rows:
            labels: dict[str, Any] = {"complaint": intent == "complaint", "breach": False, "third_party": False}
            if intent != "complaint":
                labels["category"] = "none"
            out.append(
                Example(
                    id=f"bitext:{i}",
                    group=f"bitext:{i}",
                    origin="bitext",
                    email=EmailText(body=text),
                    labels=labels,
                    weight=0.3,
                )
            )
    return out


_RIGHT_OF = {"access": "access", "erasure": "erasure", "rectification": "rectification", "objection_direct_marketing": "objection"}


# (corpus file stem, line) -> (sha256 of the letter's text, every right it asks for)
CorpusRights = dict[tuple[str, int], tuple[str, list[str]]]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_corpus_rights(path: Path = CORPUS_RIGHTS_PATH) -> CorpusRights:
    """Our own labels of the rights corpus's letters; {} when the file is absent."""
    if not path.is_file():
        return {}
    out: CorpusRights = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            row = json.loads(line)
            rights = [str(r) for r in row["rights"]]
            unknown = set(rights) - set(RIGHTS)
            if unknown:
                raise TrainingDataError(f"{path}:{n}: unknown rights {sorted(unknown)}")
            out[(str(row["file"]), int(row["line"]))] = (str(row["sha256"]), rights)
    return out


def load_rights(corpora: Path, relabels: CorpusRights | None = None) -> list[Example]:
    """The rights corpus. The corpus names one right per letter, but a letter often asks several (an Article 15
    letter also asks for the purposes, recipients and source: `informed`); our guide-based labels of each letter
    (`data/corpus_rights.jsonl`) replace it where the text is unchanged (same sha256), else the corpus label stands."""
    relabels = read_corpus_rights() if relabels is None else relabels
    out = []
    for path in sorted((corpora / "rights").glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                row = json.loads(line)
                label = str(row.get("label") or "")
                text = str(row.get("text") or "")
                labels: dict[str, Any] = {"breach": False, "third_party": False}
                if label in _RIGHT_OF:
                    labels.update(complaint=False, rights=[_RIGHT_OF[label]], category="none")
                elif label.startswith("hard_negative"):
                    labels.update(complaint=False, rights=[], category="none")
                elif label.startswith("complaint_about") or label.startswith("complaint_mishandling") or label == "rights_request_followup_admonition":
                    labels.update(complaint=True, personal_data=True, category="personal_data")
                else:
                    continue
                ours = relabels.get((path.stem, i))
                if ours is not None and ours[0] == text_sha256(text):
                    labels["rights"] = list(ours[1])
                out.append(
                    Example(
                        id=f"rights:{path.stem}:{i}", group=f"rights:{path.stem}:{i}", origin="rights",
                        email=EmailText(body=text), labels=labels, weight=1.0,
                    )
                )
    return out


def load_corpora(corpora: Path, progress: Callable[[str], None] | None = None) -> list[Example]:
    """All corpora that are present; a missing folder is reported and skipped."""
    out: list[Example] = []
    for name, loader in (("cfpb", load_cfpb), ("enron", load_enron), ("bitext", load_bitext), ("rights", load_rights)):
        try:
            items = loader(corpora)
        except FileNotFoundError:
            if progress:
                progress(f"corpus {name}: not found under {corpora}, skipped")
            continue
        if progress:
            progress(f"corpus {name}: {len(items)} examples")
        out.extend(items)
    return out


# -- splitting -------------------------------------------------------------------------------------

def split_of(group: str, seed: int = 0, dev: float = 0.15, test: float = 0.15) -> str:
    """Deterministic train/dev/test assignment of a source group (same group, same split)."""
    u = _h(f"{seed}:{group}") / 0xFFFFFFFF
    if u < test:
        return "test"
    if u < test + dev:
        return "dev"
    return "train"


def assign_splits(examples: Sequence[Example], seed: int = 0) -> dict[str, str]:
    return {ex.id: split_of(ex.group, seed) for ex in examples}


def data_hash(examples: Sequence[Example]) -> str:
    h = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: e.id):
        h.update(ex.id.encode())
        h.update(json.dumps(ex.labels, sort_keys=True).encode())
        h.update((ex.email.subject + "\x00" + ex.email.body + "\x00" + (ex.email.html or "")).encode("utf-8", "replace"))
    return h.hexdigest()
