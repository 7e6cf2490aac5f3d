"""Database wiring: engines, sessions and schema migrations (Alembic). Nothing connects at import."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK_KEY = 0x7472_6961_6765  # "triage": the advisory lock held while migrating (PostgreSQL)


def make_engine(url: str, echo: bool = False) -> Engine:
    """An engine for `url`; for SQLite the folder is created and WAL + a busy timeout are set."""
    parsed = make_url(url)
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            # WAL lets the review app read while the service writes; the busy timeout waits for
            # a lock instead of failing with "database is locked".
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
            # We say when transactions begin (below), not the sqlite3 module.
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Any) -> None:
            # BEGIN IMMEDIATE: a transaction takes the write lock when it starts (waiting up to the
            # busy timeout), not at its first write. Otherwise, with two processes on one register
            # file (two instances, or the service and the review app), a transaction that read
            # before another process committed fails at once with "database is locked" instead of
            # waiting. Transactions are short, so readers waiting a moment costs little.
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    if engine.dialect.name == "postgresql":
        event.listen(factory, "before_flush", _scrub_nul)
    return factory


def scrub_nul(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL; mail can (binary junk, broken charsets). U+FFFD instead."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) and "\x00" in value else value


def _scrub_nul(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        for attr in sa_inspect(obj).mapper.column_attrs:
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and "\x00" in value:
                setattr(obj, attr.key, scrub_nul(value))


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revisions() -> frozenset[str] | None:
    """The newest revision(s) in `migrations/versions`, read from the files without Alembic.

    Each revision file is parsed (not imported) for its module-level `revision` and `down_revision`;
    the heads are the revisions no other one names as its `down_revision`. None when a file does not
    read that way: then only Alembic can say, and `upgrade` asks it."""
    import ast

    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found: dict[str, Any] = {}
        try:
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value is not None:
                        found[target.id] = ast.literal_eval(node.value)
        except (OSError, SyntaxError, ValueError):
            return None
        revision, down = found.get("revision"), found.get("down_revision")
        downs = () if down is None else (down,) if isinstance(down, str) else down
        if not isinstance(revision, str) or "down_revision" not in found or not isinstance(downs, (tuple, list)):
            return None
        if not all(isinstance(parent, str) for parent in downs):
            return None
        revisions.add(revision)
        parents.update(downs)
    heads = frozenset(revisions - parents)
    return heads or None


def schema_is_current(engine: Engine) -> bool:
    """True when the register's `alembic_version` holds exactly the newest revision(s): one small
    query, no Alembic. False when it does not, when the table is missing or cannot be read, and
    when the revision files cannot be read without Alembic (then `upgrade` runs Alembic, which
    decides)."""
    heads = head_revisions()
    if heads is None:
        return False
    try:
        with engine.connect() as connection:
            if not sa_inspect(connection).has_table("alembic_version"):  # a new register
                return False
            current = frozenset(str(row[0]) for row in connection.execute(text("SELECT version_num FROM alembic_version")))
            connection.rollback()
    except Exception:  # noqa: BLE001 - not readable (locked, no rights, odd contents): Alembic decides
        return False
    return current == heads


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent).

    A register already at the newest revision (every start but the first after an upgrade of the
    bot) is recognised with one query, without importing Alembic: Alembic and Mako are about 13 MB
    that would stay in the service's memory for nothing (issue 8)."""
    if schema_is_current(engine):
        return
    from alembic import command

    if engine.dialect.name != "postgresql":
        # SQLite: the migration's transaction begins IMMEDIATE, so two instances starting at once
        # migrate one after the other (the second finds the schema at head).
        command.upgrade(alembic_config(engine), "head")
        return
    # PostgreSQL: two instances starting at once would both create the tables; one waits here.
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        try:
            command.upgrade(alembic_config(engine), "head")
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            lock.commit()


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends normally, rolled back on any exception."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
