"""`retention`, `erase` and `legal-hold`: the register's forgetting, from the command line.

`retention --dry-run` (the default) prints what the profile's retention allows to purge and why
everything else is kept; `--apply` purges it. `erase --address A` does the same for one person's
data on request, keeping (and saying why) what the rules oblige the firm to keep. `legal-hold REF`
puts a case on hold (nothing of it is purged or erased) or releases it. All print one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from typing import TextIO

from sqlalchemy import select

from triage.config import Settings, load_settings
from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
from triage.errors import ConfigError
from triage.models import AuditEvent, Case
from triage.rawstore import RawStore
from triage.retention import (
    Plan,
    PurgeResult,
    RetentionRules,
    apply_plan,
    delete_files,
    leftover_files,
    plan_erasure,
    plan_retention,
)


def rules_from(settings: Settings) -> RetentionRules:
    from triage.bootstrap import resolve
    from triage.policy import load_profile

    name = str(settings.get("policy", "profile"))
    profile = load_profile(resolve(name) if name.endswith(".toml") else name)
    section = settings.section("retention")
    return RetentionRules(
        regulated_years=profile.firm.retention_years,
        no_action_days=int(section.get("no_action_days", 365)),
        auto_mail_days=int(section.get("auto_mail_days", 90)),
    )


def _now(args: argparse.Namespace) -> datetime:
    if getattr(args, "now", None):
        moment = datetime.fromisoformat(args.now)
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def _run(args: argparse.Namespace, out: TextIO, build_plan) -> int:  # type: ignore[no-untyped-def]
    settings = load_settings(getattr(args, "config", None))
    rules = rules_from(settings)
    now = _now(args)
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        factory = make_session_factory(engine)
        store = RawStore(settings.path("storage", "raw_path"))
        result = PurgeResult()
        with unit_of_work(factory) as session:
            plan: Plan = build_plan(session, rules, now)
            doomed: list[str] = []
            if args.apply:
                result, doomed = apply_plan(session, store, plan, actor=args.actor, now=now)
        if args.apply:
            # Files go only after the register no longer needs them (the commit above).
            delete_files(store, doomed, result)
            with unit_of_work(factory) as session:
                delete_files(store, leftover_files(session, store), result)
    finally:
        engine.dispose()
    report = {"applied": bool(args.apply), "now": now.isoformat(), **plan.summary()}
    if args.apply:
        report["purged"] = result.to_json()
    out.write(json.dumps(report, indent=2) + "\n")
    return 1 if result.file_errors else 0


def cmd_retention(args: argparse.Namespace, out: TextIO | None = None) -> int:
    return _run(args, out or sys.stdout, plan_retention)


def cmd_erase(args: argparse.Namespace, out: TextIO | None = None) -> int:
    if "@" not in args.address:
        raise ConfigError("erase --address needs an email address")
    return _run(args, out or sys.stdout, lambda session, rules, now: plan_erasure(session, args.address, rules, now))


def cmd_legal_hold(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    settings = load_settings(getattr(args, "config", None))
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        with unit_of_work(make_session_factory(engine)) as session:
            case = session.scalars(select(Case).where(Case.reference == args.reference)).one_or_none()
            if case is None:
                raise ConfigError(f"no case {args.reference}")
            case.legal_hold = not args.release
            session.add(
                AuditEvent(
                    case_id=case.id,
                    event="legal_hold_released" if args.release else "legal_hold_placed",
                    rule="legal_hold",
                    actor=args.actor,
                    detail={"reason": args.reason},
                )
            )
    finally:
        engine.dispose()
    out.write(json.dumps({"reference": args.reference, "legal_hold": not args.release}) + "\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", help="TOML settings file")
        mode = p.add_mutually_exclusive_group()
        mode.add_argument("--dry-run", action="store_true", help="show what would be purged (the default)")
        mode.add_argument("--apply", action="store_true", help="purge it")
        p.add_argument("--actor", default="retention", help="who runs it (recorded in the audit)")
        p.add_argument("--now", help=argparse.SUPPRESS)  # ISO time to judge against (tests, rehearsals)

    retention = subparsers.add_parser("retention", help="purge what the profile's retention allows (dry run by default)")
    common(retention)
    retention.set_defaults(func=cmd_retention)

    erase = subparsers.add_parser("erase", help="erase one person's data on request where the rules allow (dry run by default)")
    erase.add_argument("--address", required=True, help="the person's email address")
    common(erase)
    erase.set_defaults(func=cmd_erase)

    hold = subparsers.add_parser("legal-hold", help="place (or --release) a legal hold on a case: nothing of it is purged")
    hold.add_argument("reference")
    hold.add_argument("--release", action="store_true")
    hold.add_argument("--reason", required=True, help="why (recorded in the audit)")
    hold.add_argument("--actor", default="admin")
    hold.add_argument("--config", help="TOML settings file")
    hold.set_defaults(func=cmd_legal_hold)
