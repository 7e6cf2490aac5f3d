"""`review` and `user add` subcommands; `triage.cli` calls `register(subparsers)`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from triage.config import load_settings
from triage.users import ROLES

PASSWORD_ENV = "TRIAGE_NEW_USER_PASSWORD"


def cmd_review(args: argparse.Namespace) -> int:
    from triage.web.app import serve

    serve(load_settings(args.config), host=args.host, port=args.port)
    return 0


def _read_password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not sys.stdin.isatty():
        raise SystemExit(f"no terminal: set {PASSWORD_ENV} to give the password")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Repeat password: "):
        raise SystemExit("the passwords differ")
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
    from triage.users import UserError, create_user, issue_api_token

    settings = load_settings(args.config)
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        password = _read_password()
        with unit_of_work(make_session_factory(engine)) as session:
            create_user(session, args.name, args.role, password, actor="cli")
            token = issue_api_token(session, args.name, actor="cli") if args.api_token else None
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"user {args.name} ({args.role}) added")
    if token:
        print(f"API token (shown once): {token}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    review = subparsers.add_parser("review", help="run the review web app")
    review.add_argument("--config", default=None)
    review.add_argument("--host", default="127.0.0.1")
    review.add_argument("--port", type=int, default=8080)
    review.set_defaults(func=cmd_review)

    user = subparsers.add_parser("user", help="manage review app users")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help=f"add a user (password from the terminal or ${PASSWORD_ENV})")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--config", default=None)
    add.add_argument("--api-token", action="store_true", help="also issue an API token (printed once)")
    add.set_defaults(func=cmd_user_add)
