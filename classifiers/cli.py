"""Command-line glue: `train` and `evaluate` subcommands added to the main CLI's argparse subparsers.

`register(subparsers)` is called by run_bot.py; each subcommand sets `func=callable(args) -> int`.
`python -m classifiers train|evaluate ...` runs the same commands stand-alone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL_DIR = REPO_ROOT / "data" / "models" / "current"
DEFAULT_DATA_GLOB = "data/labelled/*.jsonl"
DEFAULT_FIRMS = REPO_ROOT / "data" / "firms.csv"


def _progress(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _default_data() -> list[Path]:
    return sorted(REPO_ROOT.glob(DEFAULT_DATA_GLOB))


def _firms(path: str | None):
    from classifiers.directory import read_firms

    p = Path(path) if path else DEFAULT_FIRMS
    return read_firms(p) if p.is_file() else []


def _default_corpora() -> Path:
    from classifiers.data import DEFAULT_CORPORA

    return DEFAULT_CORPORA


def cmd_train(args: argparse.Namespace) -> int:
    from classifiers.training import train_model

    data = [Path(p) for p in args.data] if args.data else _default_data()
    corpora = Path(args.corpora) if args.corpora else _default_corpora()
    card = train_model(
        data, Path(args.out), corpora_dir=corpora, progress=_progress, seed=args.seed, firms=_firms(args.firms),
        model_params={"sentence_concepts": args.sentence_concepts} if args.sentence_concepts else None,
    )
    test = card["metrics"]["test"]
    summary = {
        "version": card["version"], "out": str(args.out), "threshold": card["thresholds"]["complaint"],
        "test_complaint": test.get("complaint"), "test_cfpb_recall": test.get("cfpb_recall"),
        "test_enron_fpr": test.get("enron_false_positive_rate"),
    }
    print(json.dumps(summary))
    return 0


def _strip(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if not str(k).startswith("_")}
    return obj


def _write_extras(args: argparse.Namespace, result: dict[str, Any]) -> None:
    """--predictions (one line per measured message, no text) and --report (HTML), from a labelled evaluation."""
    if args.predictions:
        from classifiers.evaluation import prediction_rows

        # the labelled rows, then the labelled real mail measured for machine mail (origin real_mime / real_enron)
        real = result.get("real_mail_auto_generated") or {}
        with open(args.predictions, "w", encoding="utf-8") as handle:
            for row in prediction_rows(list(result["_examples"]) + list(real.get("_examples", [])),
                                       list(result["_preds"]) + list(real.get("_preds", []))):
                handle.write(json.dumps(row, default=str) + "\n")
    if args.report:
        from classifiers.report import write_report

        write_report(Path(args.report), result["_examples"], result["_preds"], _strip(result))


def cmd_evaluate(args: argparse.Namespace) -> int:
    from classifiers.errors import ClassifierError

    if args.full_model and not args.cross_validate:
        print("evaluate: --full-model needs --cross-validate K", file=sys.stderr)
        return 2
    if args.all_labels and (args.cross_validate or args.text_field or args.label_field):
        print("evaluate: --all-labels measures a saved model on files in our schema (not with --cross-validate, --text-field or --label-field)",
              file=sys.stderr)
        return 2
    corpora = Path(args.corpora) if args.corpora else (_default_corpora() if args.with_corpora else None)
    try:
        if args.cross_validate and args.full_model:
            from classifiers.crossval import cross_validate_model

            result = cross_validate_model(
                args.data, args.cross_validate, corpora_dir=corpora, firms=_firms(args.firms), seed=args.seed,
                progress=lambda msg: print(msg, file=sys.stderr, flush=True), return_predictions=bool(args.report or args.predictions),
            )
            _write_extras(args, result)
        elif args.cross_validate:
            from classifiers.evaluation import cross_validate

            result = cross_validate(
                args.data, args.cross_validate, text_field=args.text_field or "text", label_field=args.label_field or "label",
                seed=args.seed, report_dir=Path(args.report) if args.report else None,
            )
        elif args.text_field or args.label_field:
            from classifiers.evaluation import evaluate_plain

            result = evaluate_plain(
                Path(args.model), args.data, text_field=args.text_field or "text", label_field=args.label_field or "label",
                report_dir=Path(args.report) if args.report else None,
            )
        else:
            from classifiers.training import evaluate_model

            result = evaluate_model(
                Path(args.model), [Path(p) for p in args.data], corpora_dir=corpora, firms=_firms(args.firms),
                split=args.split, return_predictions=bool(args.report or args.predictions), include_guide=False,
                all_labels=args.all_labels,
            )
            _write_extras(args, result)
    except (ClassifierError, OSError, ValueError) as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(_strip(result), default=str))
    return 0


def register(subparsers: Any) -> None:
    """Add `train` and `evaluate` to an existing argparse subparsers object."""
    train = subparsers.add_parser("train", help="train the triage model (progress on stderr)")
    train.add_argument("--data", action="append", metavar="PATH", help=f"labelled JSONL (repeatable; default {DEFAULT_DATA_GLOB})")
    train.add_argument("--out", default=str(DEFAULT_MODEL_DIR), metavar="DIR", help="model directory to write")
    train.add_argument("--corpora", metavar="DIR", help="public corpora folder (default <repo>/../shared/corpora)")
    train.add_argument("--firms", metavar="CSV", help="firm directory used while measuring (default data/firms.csv)")
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--sentence-concepts", type=float, default=0.0, metavar="W",
                       help="weight of the concept block in the rights sentence heads (default 0: off; 1.0 was trialled)")
    train.set_defaults(func=cmd_train)

    ev = subparsers.add_parser("evaluate", help="measure a model; prints one JSON object of metrics")
    ev.add_argument("--model", default=str(DEFAULT_MODEL_DIR), metavar="DIR")
    ev.add_argument("--data", required=True, metavar="PATH", action="append", help="labelled JSONL (our schema) or text+label JSONL")
    ev.add_argument("--cross-validate", type=int, metavar="K", help="train the complaint pipeline on K stratified folds of --data")
    ev.add_argument("--full-model", action="store_true",
                    help="with --cross-validate K on files in our schema: train the whole production model per fold "
                         "(every label; folds by source; --with-corpora adds the corpora to each fold's training)")
    ev.add_argument("--text-field", metavar="F", help="field holding the text (plain JSONL)")
    ev.add_argument("--label-field", metavar="L", help="field holding the 0/1 label (plain JSONL)")
    ev.add_argument("--report", metavar="DIR", help="write an HTML report with PR curves and confusion matrices")
    ev.add_argument("--predictions", metavar="FILE", help="also write each message's id, gold and predicted labels as JSONL (no message text)")
    ev.add_argument("--split", choices=("test", "dev", "all"), default="all", help="rows to use: the test or dev split (corpora too), or every row of the files (default all)")
    ev.add_argument("--all-labels", action="store_true",
                    help="measure every label the rows carry, also on rows whose train_labels scope them to some labels "
                         "(e.g. complaint and breach on a set written for rights)")
    ev.add_argument("--corpora", metavar="DIR", help="also measure the held-out corpus portions from DIR")
    ev.add_argument("--with-corpora", action="store_true", help="also measure the default corpora's held-out portions")
    ev.add_argument("--firms", metavar="CSV")
    ev.add_argument("--seed", type=int, default=0)
    ev.set_defaults(func=cmd_evaluate)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))
