"""Shared fixtures: settings on a temporary register, Maildir and file outbox; the shipped model.

The register is SQLite (a file in the test's tmp_path) unless ``TRIAGE_TEST_DATABASE=postgresql``:
then every `make_settings()` gets its own PostgreSQL database, copied from a template migrated once
per run, on the server in ``TRIAGE_TEST_POSTGRES_URL`` (a role with CREATEDB; `.ci/start-postgres.sh`
starts one). In that mode only the tests that use the register run (marked `register`, see `uses_register`);
without a reachable server they skip with the reason, and under ``CI=true`` they fail. `make test`
runs both passes.
"""

from __future__ import annotations

import itertools
import os
import time
import uuid
from pathlib import Path

import pytest

from triage.config import REPO_ROOT, Settings, load_settings

CORPORA = Path(os.environ.get("TRIAGE_CORPORA", REPO_ROOT.parent / "shared" / "corpora"))
IN_CI = os.environ.get("CI", "").lower() == "true"
ON_POSTGRES = os.environ.get("TRIAGE_TEST_DATABASE", "sqlite").lower() in ("postgres", "postgresql")
POSTGRES_URL = os.environ.get("TRIAGE_TEST_POSTGRES_URL", "")
POSTGRES_MISSING = (
    "TRIAGE_TEST_POSTGRES_URL is not set: no PostgreSQL server for the register tests "
    "(apt-get install postgresql; export TRIAGE_TEST_POSTGRES_URL=\"$(bash .ci/start-postgres.sh)\")"
)


class _Postgres:
    """Per-test databases on one server: CREATE DATABASE ... TEMPLATE <migrated template>."""

    def __init__(self) -> None:
        self.admin = None  # an AUTOCOMMIT engine on the server's own database
        self.template: str | None = None
        self.problem: str | None = None
        self.created: list[str] = []
        self.by_folder: dict[str, str] = {}  # like the SQLite file: the same tmp_path, the same register
        self.counter = itertools.count(1)
        self.prefix = f"triage_t{os.getpid()}_{uuid.uuid4().hex[:6]}"

    def url_for(self, database: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(POSTGRES_URL).set(database=database).render_as_string(hide_password=False)

    def _unavailable(self, reason: str) -> None:
        if IN_CI:
            pytest.fail(f"{reason}; CI=true, so this is a failure, not a skip", pytrace=False)
        pytest.skip(reason, allow_module_level=True)

    def _start(self) -> None:
        if self.template is not None:
            return
        if self.problem is not None:
            self._unavailable(self.problem)
        if not POSTGRES_URL:
            self.problem = POSTGRES_MISSING
            self._unavailable(self.problem)
        try:
            from sqlalchemy import create_engine, text
            from sqlalchemy.pool import NullPool

            from triage.db import make_engine, upgrade

            self.admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
            template = f"{self.prefix}_template"
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{template}"'))
            engine = make_engine(self.url_for(template))
            try:
                upgrade(engine)
            finally:
                engine.dispose()
            self.template = template
        except Exception as exc:  # noqa: BLE001 - reported as the reason
            self.problem = f"PostgreSQL at TRIAGE_TEST_POSTGRES_URL is not usable: {type(exc).__name__}: {exc}"[:500]
            self._unavailable(self.problem)

    def database_for(self, folder: Path) -> str:
        key = str(Path(folder).resolve())
        if key not in self.by_folder:
            self.by_folder[key] = self.new_database()
        return self.by_folder[key]

    def new_database(self) -> str:
        from sqlalchemy import text

        self._start()
        name = f"{self.prefix}_{next(self.counter)}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        self.created.append(name)
        return self.url_for(name)

    def drop(self, names: list[str]) -> None:
        from sqlalchemy import text

        if self.admin is None:
            return
        urls = {self.url_for(name) for name in names}
        self.by_folder = {k: v for k, v in self.by_folder.items() if v not in urls}
        with self.admin.connect() as conn:
            for name in names:
                try:
                    # FORCE: a test's engine may still hold idle pooled connections.
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                except Exception:  # noqa: BLE001 - cleanup must not fail a test
                    pass

    def finish(self) -> None:
        if self.admin is None:
            return
        self.drop(self.created + ([self.template] if self.template else []))
        self.created.clear()
        self.admin.dispose()


_POSTGRES = _Postgres()


def register_url(tmp_path: Path) -> str:
    """A fresh, empty register for one test: a SQLite file in `tmp_path`, or (PostgreSQL pass) a new
    database already at the newest migration."""
    if ON_POSTGRES:
        return _POSTGRES.database_for(tmp_path)
    return f"sqlite:///{tmp_path / 'register.db'}"


def postgres_database() -> str:
    """A fresh database at the newest migration on the test PostgreSQL server, in either pass (skips
    without a server, fails under CI=true); dropped after the test."""
    return _POSTGRES.new_database()


@pytest.fixture(scope="session")
def uses_register() -> None:
    """A tag, nothing more: a fixture that builds a register requests it (as `settings` and the web
    tests' `web_env` do), and every test using that fixture is then a register test."""


def _is_register_test(item: pytest.Item) -> bool:
    """A test that uses the register (marked `register`; the PostgreSQL pass runs only these): marked so
    explicitly (`pytestmark = pytest.mark.register`), or a fixture it uses requests `uses_register`, or
    its module imports the helpers that make a register (`make_settings`, `register_url`) at the top."""
    if item.get_closest_marker("register") is not None or "uses_register" in getattr(item, "fixturenames", ()):
        return True
    module = getattr(item, "module", None)
    return module is not None and any(value is make_settings or value is register_url for value in vars(module).values())


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "register: uses the register (also run on PostgreSQL by `make test`)")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    keep, drop = [], []
    for item in items:
        if _is_register_test(item):
            item.add_marker(pytest.mark.register)
            keep.append(item)
        else:
            drop.append(item)
    if ON_POSTGRES and drop:
        # The PostgreSQL pass repeats only what touches the register; the rest ran on the SQLite pass.
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _POSTGRES.finish()


def pytest_report_header(config: pytest.Config) -> str:
    if ON_POSTGRES:
        where = POSTGRES_URL.rsplit("@", 1)[-1] if POSTGRES_URL else "not configured"
        return f"register: PostgreSQL ({where}), one database per test"
    return "register: SQLite (one file per test)"


@pytest.fixture(autouse=True)
def _drop_test_databases() -> object:
    """Drop the PostgreSQL databases a test created (session fixtures' ones live until the end)."""
    before = len(_POSTGRES.created)
    yield
    if len(_POSTGRES.created) > before:
        mine = _POSTGRES.created[before:]
        del _POSTGRES.created[before:]
        _POSTGRES.drop(mine)


def need_corpus(*parts: str) -> Path:
    """The corpus path, or a skip (a failure under CI=true, where the corpus must be present)."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"corpus {path} is missing under CI=true")
        pytest.skip(f"corpus {path} not present (set TRIAGE_CORPORA or place ../shared/corpora)")
    return path


def make_settings(tmp_path: Path, **sections: dict) -> Settings:
    given = sections.get("database", {}).get("url")
    overrides = {
        "database": {"url": given or register_url(tmp_path)},
        "storage": {"raw_path": str(tmp_path / "messages")},
        "mailbox": {"path": str(tmp_path / "inbox"), "poll_seconds": 1},
        "outbox": {"path": str(tmp_path / "outbox"), "from_address": "complaints@firm.example"},
        "policy": {"firms": str(REPO_ROOT / "data" / "firms.csv")},
        "models": {"path": str(REPO_ROOT / "data" / "models" / "current")},
    }
    for name, values in sections.items():
        overrides.setdefault(name, {}).update(values)
    return load_settings(config_path=None, environ={}, overrides=overrides)


@pytest.fixture
def settings(tmp_path: Path, uses_register: None) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def shipped_classifier():
    from classifiers import load_classifier
    from classifiers.directory import read_firms

    firms = read_firms(REPO_ROOT / "data" / "firms.csv")
    model = REPO_ROOT / "data" / "models" / "current"
    return load_classifier(model if model.exists() else None, firms)


def deliver(maildir: Path, name: str, data: bytes, order: int | None = None) -> Path:
    """Put one message into a Maildir's new/ as an MTA would (tmp, then rename).

    `order` fixes the delivery order: the file's time is set to a few hours ago plus `order`
    seconds (the delivery time is when a case's clocks start)."""
    for sub in ("tmp", "new", "cur"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    tmp = maildir / "tmp" / name
    tmp.write_bytes(data)
    target = maildir / "new" / name
    os.replace(tmp, target)
    if order is not None:
        mtime = time.time() - 3 * 3600 + order
        os.utime(target, (mtime, mtime))
    return target
