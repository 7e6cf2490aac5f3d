"""`report --month YYYY-MM [--format html|csv|json|all] [--out DIR] [--config F]`: the monthly MI.

With --out the file(s) are written there (mi-YYYY-MM.<format>) and their paths printed; without it
the report goes to stdout (JSON by default; csv and html are printed as they are)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from triage.config import load_settings
from triage.db import make_engine, make_session_factory, unit_of_work
from triage.errors import ConfigError
from triage.reports import ReportError, build_report, render, write_report


def _fca_flag(profile_name: str) -> bool:
    from triage.policy import load_profile

    try:
        return bool(load_profile(profile_name).firm.reports_fca_complaints_return)
    except ConfigError:
        return False


def cmd_report(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    settings = load_settings(getattr(args, "config", None))
    profile_name = str(settings.get("policy", "profile"))
    engine = make_engine(settings.database_url)
    try:
        factory = make_session_factory(engine)
        try:
            with unit_of_work(factory) as session:
                report = build_report(session, args.month, reports_fca_return=_fca_flag(profile_name), profile_name=profile_name)
        except SQLAlchemyError as exc:
            raise ReportError(
                f"cannot read the register ({type(exc).__name__}): is [database] url right and the schema created "
                "(the bot creates it on its first run)?"
            ) from exc
    finally:
        engine.dispose()
    formats = ["html", "csv", "json"] if args.format == "all" else [args.format or "json"]
    if args.out:
        for fmt in formats:
            print(write_report(report, fmt, args.out), file=out)
    else:
        for fmt in formats:
            out.write(render(report, fmt))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("report", help="monthly complaints MI from the register (anonymised): HTML, CSV or JSON")
    p.add_argument("--month", required=True, help="YYYY-MM, a Europe/London calendar month")
    p.add_argument("--format", choices=["html", "csv", "json", "all"], default="json")
    p.add_argument("--out", help="folder to write mi-YYYY-MM.<format> into (default: print to stdout)")
    p.add_argument("--config", help="TOML settings file (default: ./triage.toml if present, else built-in defaults)")
    p.set_defaults(func=cmd_report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="triage-report")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["report", *(argv if argv is not None else sys.argv[1:])])
    from triage.errors import TriageError

    try:
        return int(args.func(args) or 0)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
