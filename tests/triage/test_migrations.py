"""The Alembic revisions build exactly the schema the models describe, and upgrading keeps data."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from triage.db import alembic_config, make_engine, upgrade
from triage.models import Base


def test_migrated_schema_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_from_the_first_revision_keeps_existing_cases(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    command.upgrade(alembic_config(engine), "0001")
    now = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc).isoformat()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (reference, kind, status, needs_review, review_reasons, profile,"
                " complainant_name, subject, received_at, complaint, explicit, personal_data, breach,"
                " rights, third_party, auto_generated, category, rule_hits, created_at, updated_at,"
                " rights_extended, channel) VALUES ('CMP-2026-000001', 'complaint', 'open', 0, '[]',"
                " 'pexa', 'Jo', 'Late settlement', :now, 1, 0, 0, 0, '[]', 0, 0, 'delay', '[]', :now,"
                " :now, 0, 'email')"
            ),
            {"now": now},
        )
    upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT reference, priority, authority_status, redress_status, legal_hold FROM cases")
        ).one()
    assert tuple(row) == ("CMP-2026-000001", 0, "not_needed", "none", 0)


# An instance that upgrades a register and, before every transaction that follows a commit (where another
# instance could take SQLite's write lock between two revisions), says so in a file and waits.
_PAUSING_INSTANCE = """
import pathlib, sys, time
from sqlalchemy import event
from triage.db import make_engine, upgrade
engine = make_engine(sys.argv[1])
commits = []

begin_listeners = list(engine.dispatch.begin)  # the engine's BEGIN IMMEDIATE: the pause must come before it
for listener in begin_listeners:
    event.remove(engine, "begin", listener)

def begin(connection):
    if commits:
        pathlib.Path(sys.argv[2]).touch()
        time.sleep(3)
    for listener in begin_listeners:
        listener(connection)

event.listen(engine, "commit", lambda connection: commits.append(1))
event.listen(engine, "begin", begin)
upgrade(engine)
"""


def test_two_instances_migrating_a_new_sqlite_register_at_once_both_start(tmp_path):
    # Two instances started together both find a new register and migrate it. SQLite serialises writers per
    # transaction, so the whole upgrade must be one transaction: if each revision committed on its own, the
    # second instance could take the lock between two revisions of the first, run the next revisions itself,
    # and the first would then re-run one on a table that already has its columns (seen in CI: an instance
    # died at start-up with CircularDependencyError from a batch migration). Separate processes, as in
    # production: threads in one process would queue on the import lock of the migration environment.
    url = f"sqlite:///{tmp_path / 'register.db'}"
    paused = tmp_path / "first-instance-paused"
    repo = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=repo + os.pathsep + os.environ.get("PYTHONPATH", ""))
    first = subprocess.Popen([sys.executable, "-c", _PAUSING_INSTANCE, url, str(paused)], env=env,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not paused.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # until the first instance sits between two transactions, or has finished
    plain = "import sys; from triage.db import make_engine, upgrade; upgrade(make_engine(sys.argv[1]))"
    second = subprocess.Popen([sys.executable, "-c", plain, url], env=env, stderr=subprocess.PIPE, text=True)
    results = [(process.wait(120), process.stderr.read()[-2000:]) for process in (first, second)]
    assert results == [(0, ""), (0, "")]
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        assert compare_metadata(context, Base.metadata) == []
