"""CLI subcommands for policy profiles: `deadlines` (JSON) and `letter` (a sample letter for review).

The main CLI calls `register(subparsers)`; each subcommand sets `func=callable(args) -> int`.
Standalone: `python -m triage.policy_cli deadlines --policy pexa --kind complaint --received 2026-01-05T09:30:00+00:00`.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import TextIO

from triage.calendar import LONDON
from triage.deadlines import KINDS, compute_deadlines, isoformat
from triage.errors import ConfigError
from triage.letters import OUTCOMES, LetterError, render_letter, sample_context
from triage.policy import LETTER_KINDS, load_profile


def _parse_received(text: str) -> datetime:
    """ISO-8601; a value without an offset is read as Europe/London local time."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 date-time: {text!r}") from exc
    return value.replace(tzinfo=LONDON) if value.tzinfo is None else value


def cmd_deadlines(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        profile = load_profile(args.policy)
        calendar = profile.calendar(args.region) if args.region else profile.calendar()
        steps = compute_deadlines(profile, args.kind, args.received, calendar)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    json.dump({"kind": args.kind, "received": args.received.isoformat(), "steps": isoformat(steps)}, out, indent=2)
    out.write("\n")
    return 0


def cmd_letter(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        profile = load_profile(args.policy)
        letter = render_letter(profile, args.kind, sample_context(profile, args.kind, args.outcome or ""), args.template_dir or ())
    except (ConfigError, LetterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out.write(f"Subject: {letter.subject}\n\n")
    out.write(letter.html if args.html else letter.text)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the `deadlines` and `letter` subcommands to the main CLI."""
    p = subparsers.add_parser("deadlines", help="compute the deadlines of a case kind under a policy profile (JSON)")
    p.add_argument("--policy", required=True, help="profile name (conexus, pexa) or path to a profile TOML")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--received", required=True, type=_parse_received, help="ISO-8601; no offset means Europe/London")
    p.add_argument("--region", choices=("ENG", "SCT", "NIR", "WLS"), help="override the profile's calendar region")
    p.set_defaults(func=cmd_deadlines)

    p = subparsers.add_parser("letter", help="render a sample letter of a profile for review")
    p.add_argument("--policy", required=True, help="profile name or path to a profile TOML")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS)
    p.add_argument("--outcome", choices=OUTCOMES, help="final_response variant (default accept)")
    p.add_argument("--html", action="store_true", help="print the HTML part instead of the text part")
    p.add_argument("--template-dir", action="append", help="a directory of firm templates searched first")
    p.set_defaults(func=cmd_letter)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="triage-policy", description=__doc__.splitlines()[0])
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
