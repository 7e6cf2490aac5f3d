"""The analysts' retraining loop: staff verdicts from the register become training data.

`train --include-reviewed` exports every message a person reviewed (the model's labels with the
person's confirmations and corrections applied) to `var/training/reviewed-<date>.jsonl`, in the
same schema as `data/labelled/*.jsonl`, adds it to the training data, and lists the reviewed
labels in the model card (ids, labels and authors; never message text: the export itself stays
in `var/`, beside the register, under the same retention rules).
`evaluate --compare CURRENT CANDIDATE` measures both models on the same fixed test split (`--with-corpora` adds the
corpora's test portions; `--split all` takes every row, for files neither model trained on) and, paired on identical
rows, lists what the candidate decides differently with 95 % intervals of the differences (classifiers.comparison).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.db import unit_of_work
from triage.models import Case, Classification, InboundMessage, ReviewLabel

LABEL_NAMES = (
    "complaint", "explicit", "personal_data", "breach", "rights", "about_other_firm", "third_party", "auto_generated", "category",
)


def reviewed_examples(factory: sessionmaker[Session]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training records, label list for the model card) from the register's review labels."""
    records: list[dict[str, Any]] = []
    listing: list[dict[str, Any]] = []
    with unit_of_work(factory) as session:
        message_ids = session.scalars(select(ReviewLabel.message_id).distinct().order_by(ReviewLabel.message_id)).all()
        for message_id in message_ids:
            message = session.get(InboundMessage, message_id)
            if message is None:
                continue
            model = session.scalar(select(Classification.labels).where(Classification.message_id == message_id).order_by(Classification.id.desc()))
            labels = {name: (model or {}).get(name) for name in LABEL_NAMES}
            verdicts = session.scalars(select(ReviewLabel).where(ReviewLabel.message_id == message_id).order_by(ReviewLabel.id)).all()
            authors = set()
            for verdict in verdicts:  # later verdicts win
                if verdict.label in LABEL_NAMES:
                    labels[verdict.label] = verdict.reviewed_value
                    authors.add(verdict.author)
                    listing.append(
                        {"message": message_id, "label": verdict.label, "value": verdict.reviewed_value, "corrected": verdict.corrected, "author": verdict.author}
                    )
            labels["rights"] = list(labels.get("rights") or [])
            labels["category"] = labels.get("category") or ("none" if not labels.get("complaint") else "other")
            for flag in ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"):
                labels[flag] = bool(labels.get(flag))
            case = session.get(Case, message.case_id) if message.case_id else None
            html = bool(message.html) and not (message.text or "").strip()
            records.append(
                {
                    "id": f"rv-{message_id}",
                    "mailbox": case.profile if case else "",
                    "from": f"{message.from_name} <{message.from_address}>" if message.from_address else message.from_name,
                    "subject": message.subject,
                    "headers": {k.lower(): v for k, v in (message.headers or [])[:60]},
                    "body": message.html if html else message.text,
                    "html": html,
                    "labels": labels,
                    "note": "reviewed by " + ", ".join(sorted(authors)),
                    "source": f"review-case-{case.id if case else message_id}",
                }
            )
    return records, listing


def export_reviewed(factory: sessionmaker[Session], folder: Path) -> tuple[Path, list[dict[str, Any]], int]:
    records, listing = reviewed_examples(factory)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reviewed-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path, listing, len(records)


def wrap_train(parser: argparse.ArgumentParser) -> None:
    """Add `--include-reviewed` and `--config` to the classifiers' `train` subcommand."""
    original: Callable[[argparse.Namespace], int] = parser.get_default("func")
    parser.add_argument("--include-reviewed", action="store_true", help="add the labels staff confirmed or corrected in the review app")
    parser.add_argument("--config", help="settings file (for the register with the reviewed labels)")

    def train(args: argparse.Namespace) -> int:
        if not args.include_reviewed:
            return original(args)
        from triage.config import load_settings
        from triage.db import make_engine, make_session_factory, upgrade

        settings = load_settings(args.config)
        engine = make_engine(settings.database_url)
        upgrade(engine)
        path, listing, count = export_reviewed(make_session_factory(engine), Path("var") / "training")
        engine.dispose()
        print(f"train: {count} reviewed message(s), {len(listing)} label verdict(s) from the register -> {path}", file=sys.stderr)
        from classifiers.cli import _default_data

        args.data = list(args.data or [str(p) for p in _default_data()]) + [str(path)]
        status = original(args)
        card_path = Path(args.out) / "model_card.json"
        if status == 0 and card_path.exists():
            card = json.loads(card_path.read_text())
            card["reviewed_labels"] = {"messages": count, "verdicts": listing, "exported_to": str(path)}
            card_path.write_text(json.dumps(card, indent=2, ensure_ascii=False))
        return status

    parser.set_defaults(func=train)


def wrap_evaluate(parser: argparse.ArgumentParser) -> None:
    """Add `--compare CURRENT CANDIDATE` to the classifiers' `evaluate` subcommand."""
    original: Callable[[argparse.Namespace], int] = parser.get_default("func")
    parser.add_argument("--compare", nargs=2, metavar=("CURRENT", "CANDIDATE"),
                        help="evaluate both models on the same rows (the test split unless --split says otherwise); print the "
                             "difference per label and the paired view of what changed")
    for action in parser._actions:
        if action.dest == "data":  # --data stays required for plain evaluation only
            action.required = False
        if action.dest == "split":
            action.help = f"{action.help}; with --compare: test"
    # --split's default differs: every row for a plain evaluation (a user's own file), the test split for --compare
    # (a retrained model must not be judged on rows it trained on); None here means "not given".
    plain_split = parser.get_default("split")
    parser.set_defaults(split=None)

    def evaluate(args: argparse.Namespace) -> int:
        if not args.compare:
            if not args.data:
                parser.error("--data is required (or --compare CURRENT CANDIDATE)")
            if args.split is None:
                args.split = plain_split
            return original(args)
        split = args.split or "test"
        from classifiers import evaluate_model
        from classifiers.cli import _default_corpora, _default_data, _firms
        from classifiers.comparison import pair_measurements

        data = [Path(p) for p in (args.data or [str(p) for p in _default_data()])]
        corpora = Path(args.corpora) if args.corpora else (_default_corpora() if args.with_corpora else None)
        firms = _firms(args.firms)
        current, candidate = (
            evaluate_model(Path(m), data, corpora_dir=corpora, firms=firms, split=split, include_guide=False, return_predictions=True,
                           all_labels=args.all_labels)
            for m in args.compare
        )
        # Paired: both models' answers on exactly the candidate's rows, so the output says which messages changed and
        # whether a gain is larger than resampling the scenarios gives.
        paired = pair_measurements(current, candidate, args.compare[0], firms)
        print(json.dumps({"current": args.compare[0], "candidate": args.compare[1], "difference": difference(current, candidate),
                          "paired": paired}, default=str))
        return 0

    parser.set_defaults(func=evaluate)


def difference(current: dict[str, Any], candidate: dict[str, Any]) -> dict[str, Any]:
    """candidate - current for every numeric metric found in both (nested per label)."""
    out: dict[str, Any] = {}
    for key, value in current.items():
        if key.startswith("_") or key not in candidate:
            continue
        other = candidate[key]
        if isinstance(value, dict) and isinstance(other, dict):
            nested = difference(value, other)
            if nested:
                out[key] = nested
        elif isinstance(value, (int, float)) and isinstance(other, (int, float)) and not isinstance(value, bool):
            out[key] = {"current": value, "candidate": other, "change": round(other - value, 4)}
    return out
