"""Start-up keeps one-off imports out of the service process (issue 8, peak RSS): the register's
revision is checked without Alembic, a needed migration and the reading of the model run in a
child process, and what comes back is what the same work gives in this process."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import pytest
from sqlalchemy import text

from tests.conftest import make_settings
from triage.bootstrap import in_child, migrate_register, resolve
from triage.config import REPO_ROOT
from triage.db import head_revisions, make_engine, schema_is_current, upgrade


def test_the_heads_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    from triage.db import alembic_config

    engine = make_engine("sqlite://")
    assert head_revisions() == frozenset(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def test_the_schema_is_current_only_at_the_newest_revision(tmp_path):
    from alembic import command

    from triage.db import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    assert not schema_is_current(engine)  # a new register: no alembic_version table
    command.upgrade(alembic_config(engine), "0001")
    assert not schema_is_current(engine)
    upgrade(engine)
    assert schema_is_current(engine)
    with engine.begin() as connection:  # a revision this code does not know (a newer bot ran here)
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    assert not schema_is_current(engine)
    engine.dispose()


def test_in_child_returns_the_result_and_raises_the_exception():
    # A fresh interpreter: this test process may have threads left by other tests, and then in_child
    # (rightly) runs the work in-process instead of forking.
    code = """
import os
from triage.bootstrap import in_child
result = in_child(lambda: {"n": 1, "pid": os.getpid()}, what="a test")
assert result["n"] == 1 and result["pid"] != os.getpid(), result

def fails():
    raise KeyError("missing thing")

try:
    in_child(fails, what="a test")
except KeyError as exc:
    assert "missing thing" in str(exc)
    assert any("raised in the child process" in note for note in getattr(exc, "__notes__", [])), exc
else:
    raise SystemExit("no exception")
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_in_child_works_in_this_process_while_other_threads_run():
    import os

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert in_child(os.getpid, what="a test") == os.getpid()
    finally:
        stop.set()
        thread.join()


def test_a_migration_in_a_child_builds_the_register(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    migrate_register(engine)
    assert schema_is_current(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM cases")).scalar_one() == 0
    engine.dispose()


# The service's start, in a fresh interpreter (this test process has imported everything already):
# nothing of Alembic or skops stays, and the classifier it builds decides as the one read in-process.
_START = """
import json, sys
from pathlib import Path
from tests.conftest import make_settings
from triage.bootstrap import bootstrap
from classifiers import EmailText

settings = make_settings(Path(sys.argv[1]))
# On the PostgreSQL pass the test harness itself migrates a template database with Alembic (in this process),
# so what counts is what bootstrap() adds.
before = set(sys.modules)
app = bootstrap(settings)
kept = sorted(m for m in ("alembic", "mako", "skops") if m in sys.modules and m not in before)
emails = [
    EmailText(subject="Formal complaint", body="I am very unhappy with the delay to my completion and want compensation."),
    EmailText(subject="Subject access request", body="Please send me a copy of all the personal data you hold about me."),
    EmailText(subject="Thanks", body="Thank you for your help last week, all sorted now."),
]
here = [repr(t) for t in app.classifier.classify_many(emails)]
app.close()
second = bootstrap(settings)  # the register is current now: no migration, in this process either
kept_second = sorted(m for m in ("alembic", "mako") if m in sys.modules and m not in before)
second.close()
from classifiers import load_classifier
from triage.bootstrap import resolve
reference = load_classifier(resolve(str(settings.get("models", "path"))), second.firms)
print(json.dumps({"kept": kept, "kept_second": kept_second, "version": app.classifier.version,
                  "same": here == [repr(t) for t in reference.classify_many(emails)]}))
"""


def test_the_service_starts_without_alembic_or_skops_and_classifies_the_same(tmp_path):
    settings = make_settings(tmp_path)
    if not (resolve(str(settings.get("models", "path"))) / "model.skops").is_file():
        pytest.skip("no shipped model")
    result = subprocess.run(
        [sys.executable, "-c", _START, str(tmp_path)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"kept": [], "kept_second": [], "version": report["version"], "same": True}
