"""The command line: `run_bot.py` / `triage-bot` subcommands. The only place that exits the process."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from triage.config import Settings, load_settings
from triage.errors import TriageError

logger = logging.getLogger("triage")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=getattr(logging, str(level).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # Third-party loggers can echo message content at DEBUG; keep them quiet.
    for noisy in ("imapclient", "sqlalchemy.engine", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # mail-parser logs a warning per odd part; our own parse defects already record them.
    logging.getLogger("mailparser").setLevel(logging.ERROR)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(getattr(args, "config", None))


# -- run -----------------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from triage.bootstrap import bootstrap

    settings = _settings(args)
    app = bootstrap(settings)
    service = app.service()
    try:
        if args.once:
            report = service.run_once()
            print(
                json.dumps(
                    {
                        "processed": len(report.outcomes),
                        "already_held": report.already_held,
                        "storage_errors": report.storage_errors,
                        "letters_sent": report.send.sent,
                        "letters_failed": report.send.failed,
                        "letters_retrying": report.send.retried,
                    }
                )
            )
            return 1 if report.storage_errors else 0

        def _graceful(signum: int, _frame: Any) -> None:
            logger.info("signal %s: finishing the message in hand, then stopping", signum)
            service.stop()

        signal.signal(signal.SIGTERM, _graceful)
        signal.signal(signal.SIGINT, _graceful)
        logger.info("triage bot running on %s (profile %s)", service.source.name, settings.get("policy", "profile"))
        service.run_forever()
        return 0
    finally:
        service.source.close()
        app.close()


# -- classify ------------------------------------------------------------------------------------


def cmd_classify(args: argparse.Namespace) -> int:
    from classifiers import load_classifier
    from classifiers.data import email_text_from_parsed
    from classifiers.directory import read_firms
    from mail.automail import detect_auto_mail
    from mail.parse import parse_message
    from triage.bootstrap import resolve
    from triage.complainant import person_behind_form
    from triage.messages_on_disk import iter_messages
    from triage.processing import combine_auto

    settings = _settings(args)
    profile = args.policy or str(settings.get("policy", "profile"))
    firms = read_firms(resolve(args.firms or str(settings.get("policy", "firms"))))
    model_dir = resolve(str(settings.get("models", "path")))
    classifier = load_classifier(model_dir if model_dir.exists() else None, firms)
    out = sys.stdout
    batch: list[tuple[str, Any]] = []

    def flush() -> None:
        parsed_list = [p for _, p in batch]
        results = classifier.classify_many([email_text_from_parsed(p, profile) for p in parsed_list])
        for (source, parsed), triage in zip(batch, results):
            verdict = person_behind_form(detect_auto_mail(parsed.header_map(), parsed.from_address, parsed.subject), triage)
            triage = combine_auto(triage, verdict)
            record = {"source": source, "message_id": parsed.message_id, **triage.to_json()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        batch.clear()

    for source, raw in iter_messages([Path(p) for p in args.paths]):
        batch.append((source, parse_message(raw)))
        if len(batch) >= 256:
            flush()
    if batch:
        flush()
    return 0


# -- cases ---------------------------------------------------------------------------------------


def cmd_cases(args: argparse.Namespace) -> int:
    from triage.bootstrap import bootstrap
    from triage.register_view import iter_case_records

    app = bootstrap(_settings(args))
    try:
        for record in iter_case_records(app.factory):
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    finally:
        app.close()
    return 0


# -- demo ----------------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from triage.demo import run_demo

    # The demo prints its own table; per-message progress lines would only bury it.
    logging.getLogger("triage").setLevel(logging.WARNING)

    return run_demo(_settings(args), Path(args.inbox) if args.inbox else None)


# -- health --------------------------------------------------------------------------------------


def cmd_health(args: argparse.Namespace) -> int:
    from triage.health import check_health

    report = check_health(_settings(args))
    print(json.dumps(report, indent=2, default=str))
    return 0 if report["healthy"] else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="triage-bot", description="Complaints-mailbox triage bot")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", help="TOML settings file (default: ./triage.toml if present, else built-in defaults)")
        return p

    demo = with_config(sub.add_parser("demo", help="set up var/, load data/demo_inbox and process it once"))
    demo.add_argument("--inbox", help="folder of .eml files to load (default data/demo_inbox)")
    demo.set_defaults(func=cmd_demo)

    run = with_config(sub.add_parser("run", help="the service loop"))
    run.add_argument("--once", action="store_true", help="process what is waiting, send what is due, and exit")
    run.set_defaults(func=cmd_run)

    classify = with_config(sub.add_parser("classify", help="classify .eml files, folders, Maildirs or mboxes; JSON Lines out"))
    classify.add_argument("--policy", help="profile whose mailbox the mail came to (pexa, conexus)")
    classify.add_argument("--firms", help="firm directory CSV (default: [policy] firms)")
    classify.add_argument("paths", nargs="+")
    classify.set_defaults(func=cmd_classify)

    cases = with_config(sub.add_parser("cases", help="the register, one case a line"))
    cases.add_argument("--format", choices=["jsonl"], default="jsonl")
    cases.set_defaults(func=cmd_cases)

    health = with_config(sub.add_parser("health", help="connection status, backlog, outbox; non-zero exit when unhealthy"))
    health.set_defaults(func=cmd_health)

    # Each room adds its own subcommands.
    for module_name in ("classifiers.cli", "triage.policy_cli", "triage.report_cli", "triage.model_registry", "triage.web.cli", "triage.retention_cli"):
        module = __import__(module_name, fromlist=["register"])
        module.register(sub)
    from triage.retrain import wrap_evaluate, wrap_train

    # The retraining loop reads reviewed labels from the register; classifiers/ knows no database.
    wrap_train(sub.choices["train"])
    wrap_evaluate(sub.choices["evaluate"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = "INFO"
    try:
        if getattr(args, "config", None) is not None or Path("triage.toml").exists():
            level = str(load_settings(getattr(args, "config", None)).get("service", "log_level"))
    except TriageError:
        pass
    configure_logging(level)
    try:
        return int(args.func(args) or 0)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
