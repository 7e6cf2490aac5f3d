"""Machine-mail labels on real mail: how the auto_generated detector does on messages machines and people really
sent, not only on the mail we wrote ourselves.

`data/corpus_labels/machine_mail_*.jsonl` hold, per message of the real corpora (the MIME test messages of
open-source mail projects and the Enron mail), a guide-based `auto_generated` label, the kind of machine mail,
and the sha256 of the raw file. They hold labels only: the texts stay in ``../shared/corpora`` (provenance), and a
label whose file changed (another sha256) is not used. No model trains on these labels; they measure.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.counts import prf
from classifiers.data import REPO_ROOT, Example, parse_rfc822, split_of
from classifiers.errors import TrainingDataError
from classifiers.types import EmailText, Triage, TriageClassifier

MACHINE_MAIL_LABELS_DIR = REPO_ROOT / "data" / "corpus_labels"
CORPORA_WITH_MACHINE_MAIL_LABELS = ("mime", "enron")
KINDS = (
    "out_of_office", "bounce_or_dsn", "read_or_delivery_receipt", "autoresponder", "newsletter_or_list",
    "system_notification", "spam_bulk", "person", "unreadable",
)
_KEYS = {"corpus", "path", "sha256", "auto_generated", "kind", "person_forwarded_machine_mail", "why"}


@dataclass(frozen=True)
class MachineMailLabel:
    """One real message's machine-mail label (by the labelling guide), keyed by corpus and path."""

    corpus: str  # "mime" (path = "<repo>/<path in repo>") or "enron" (path = "<user>/<folder>/<n>.")
    path: str
    sha256: str
    auto_generated: bool
    kind: str
    person_forwarded_machine_mail: bool

    @property
    def group(self) -> str:
        """The message's split group, as the corpus loaders give it (an Enron mailbox; a MIME carrier repo)."""
        return f"enron:{self.path.split('/')[0]}" if self.corpus == "enron" else f"mime:{self.path.split('/')[0]}"


def read_machine_mail_labels(directory: Path = MACHINE_MAIL_LABELS_DIR) -> list[MachineMailLabel]:
    """Every row of the directory's `machine_mail_*.jsonl` files; [] when there are none. A malformed row is an
    error (the files are ours), with its file and line."""
    out: list[MachineMailLabel] = []
    for path in sorted(Path(directory).glob("machine_mail_*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                problem = _row_problem(row)
                if problem:
                    raise TrainingDataError(f"{path}:{n}: {problem}")
                out.append(MachineMailLabel(
                    corpus=row["corpus"], path=row["path"], sha256=row["sha256"], auto_generated=row["auto_generated"],
                    kind=row["kind"], person_forwarded_machine_mail=row["person_forwarded_machine_mail"],
                ))
    return out


def _row_problem(row: Any) -> str | None:
    if not isinstance(row, dict) or set(row) != _KEYS:
        return f"keys must be {sorted(_KEYS)}"
    if row["corpus"] not in CORPORA_WITH_MACHINE_MAIL_LABELS:
        return f"unknown corpus {row['corpus']!r}"
    if row["kind"] not in KINDS:
        return f"unknown kind {row['kind']!r}"
    if not isinstance(row["auto_generated"], bool) or not isinstance(row["person_forwarded_machine_mail"], bool):
        return "auto_generated and person_forwarded_machine_mail must be true or false"
    if row["auto_generated"] != (row["kind"] not in ("person", "unreadable")):
        return f"auto_generated={row['auto_generated']} disagrees with kind {row['kind']!r}"
    return None


def load_labelled_real_mail(
    corpora: Path, labels: Sequence[MachineMailLabel], split: str = "test", seed: int = 0,
) -> tuple[list[tuple[MachineMailLabel, EmailText]], int]:
    """The labelled real messages to measure, and how many labels were set aside because their file is gone or
    changed. MIME messages train nothing and all count; Enron messages train the complaint head (as business
    mail), so only those in the split asked for count ("test" or "dev"; "all" means the test portion, as for
    the other corpus figures)."""
    portion = split if split in ("dev", "test") else "test"
    rows: list[tuple[MachineMailLabel, EmailText]] = []
    stale = 0
    for label in labels:
        if label.corpus == "enron" and split_of(label.group, seed) != portion:
            continue
        path = corpora / label.corpus / label.path
        try:
            raw = path.read_bytes()
        except OSError:
            stale += 1
            continue
        if hashlib.sha256(raw).hexdigest() != label.sha256:
            stale += 1
            continue
        rows.append((label, parse_rfc822(raw)))
    return rows, stale


def machine_mail_metrics(labels: Sequence[MachineMailLabel], preds: Sequence[Triage], stale: int = 0) -> dict[str, Any]:
    """auto_generated precision / recall / F1 on labelled real mail, per corpus, and what was called machine mail
    per kind (a person's mail called machine mail gets no acknowledgement: those are the costly errors)."""

    def figures(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
        tp = sum(g and p for g, p in pairs)
        fp = sum(p and not g for g, p in pairs)
        fn = sum(g and not p for g, p in pairs)
        return {"n": len(pairs), "positives": tp + fn, **prf(tp, fp, fn)}

    pairs = [(lab.auto_generated, t.auto_generated) for lab, t in zip(labels, preds)]
    out = figures(pairs)
    # The guide's list of machine mail does not name spam; our labellers count bulk unsolicited mail as machine-sent
    # (kind spam_bulk). The figure without those rows is the guide's list alone.
    out["without_spam"] = figures([(lab.auto_generated, t.auto_generated) for lab, t in zip(labels, preds) if lab.kind != "spam_bulk"])
    out["by_corpus"] = {
        c: figures([(lab.auto_generated, t.auto_generated) for lab, t in zip(labels, preds) if lab.corpus == c])
        for c in sorted({lab.corpus for lab in labels})
    }
    kinds, called = Counter(lab.kind for lab in labels), Counter(lab.kind for lab, t in zip(labels, preds) if t.auto_generated)
    out["called_machine_mail_by_kind"] = {k: f"{called[k]} of {kinds[k]}" for k in KINDS if kinds[k]}
    forwarded = [t.auto_generated for lab, t in zip(labels, preds) if lab.person_forwarded_machine_mail and not lab.auto_generated]
    out["person_forwarding_machine_mail_called_machine_mail"] = f"{sum(forwarded)} of {len(forwarded)}"
    out["complaints_called"] = sum(t.complaint for t in preds)
    out["labels_set_aside_file_changed"] = stale
    return out


def machine_mail_figures(
    clf: TriageClassifier, corpora: Path, split: str = "test", seed: int = 0, labels_dir: str | Path | None = None,
    return_predictions: bool = False,
) -> dict[str, Any] | None:
    """`machine_mail_metrics` of a classifier on the labelled real mail of the split asked for (see
    `load_labelled_real_mail`), or None when nothing is labelled. With return_predictions, also the measured
    messages as examples (`_examples`: id "<corpus>:<path>", gold auto_generated and kind) and their verdicts
    (`_preds`), for an analyst's predictions file."""
    labels = read_machine_mail_labels(Path(labels_dir) if labels_dir is not None else MACHINE_MAIL_LABELS_DIR)
    pairs, stale = load_labelled_real_mail(corpora, labels, split, seed)
    if not pairs:
        return None
    preds = clf.classify_many([em for _, em in pairs])
    out = machine_mail_metrics([lab for lab, _ in pairs], preds, stale)
    if return_predictions:
        out["_examples"] = [
            Example(id=f"{lab.corpus}:{lab.path}", group=lab.group, origin=f"real_{lab.corpus}", email=em,
                    labels={"auto_generated": lab.auto_generated, "kind": lab.kind})
            for lab, em in pairs
        ]
        out["_preds"] = preds
    return out
