"""Faults of the world around the service: the IMAP server restarts, the SMTP server refuses, the
disk fills up, another program locks the register. Real servers, a real full filesystem and a real
SQLite lock; the service recovers, loses nothing and sends nothing twice.

(Single SMTP refusals with the Maildir source are in tests/triage/test_outbox.py; a stopped
Dovecot raising the liveness alert is in tests/triage/test_imap_service.py.)
"""

from __future__ import annotations

import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from tests.conftest import deliver, make_settings
from tests.faults.service import PASSWORD_ENV, mail
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.health import check_health
from triage.models import AuditEvent, Case, InboundMessage, Letter, MailboxState


def count(app, model, *where) -> int:
    with unit_of_work(app.factory) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def wait_until(condition: Callable[[], bool], timeout: float = 120.0, what: str = "condition") -> None:
    """Liveness only (the service must get there); how fast is a benchmark's business."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def imap_settings(tmp_path, imap_account, smtp_server, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, imap_account.password)
    mailbox = dict(imap_account.mailbox_settings(PASSWORD_ENV), connect_attempts=2, backoff_base_seconds=0.05)
    outbox = dict(smtp_server.outbox_settings(), retry_base_seconds=1)
    return make_settings(tmp_path, mailbox=mailbox, outbox=outbox)


class Running:
    """The service loop in a thread (stopped, and its connection closed, at the end)."""

    def __init__(self, app) -> None:
        self.service = app.service()
        self.errors: list[BaseException] = []
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.service.run_forever()
        except BaseException as exc:  # noqa: BLE001 - reported by stop()
            self.errors.append(exc)

    def stop(self) -> None:
        self.service.stop()
        self.thread.join(timeout=60)
        self.service.source.close()
        assert not self.thread.is_alive(), "the service loop did not stop"


def test_dovecot_restart_in_the_middle_of_a_backlog_loses_nothing(imap_settings, imap_account, smtp_server, dovecot, shipped_classifier):
    app = bootstrap(imap_settings, classifier=shipped_classifier)
    imap_account.append([mail(i, "complaint") for i in range(1, 301)])
    running = Running(app)
    try:
        wait_until(lambda: count(app, InboundMessage) >= 1, what="the first batch to be stored")
        dovecot.stop()  # kills the service's IMAP session in the middle of its fetch/store/move work
        time.sleep(1.0)  # the service meets the outage (not a timing assertion)
        dovecot.start()
        imap_account.append([mail(i, "complaint") for i in range(301, 321)])
        wait_until(lambda: len(smtp_server.messages) >= 320, what="320 acknowledgements")
    finally:
        if dovecot.process is None:
            dovecot.start()
        running.stop()
    assert not running.errors
    assert running.service.source.reconnects >= 1  # it did meet the outage
    assert count(app, InboundMessage) == 320 and count(app, Case) == 320
    recipients = sorted(r for m in smtp_server.messages for r in m.recipients)
    assert recipients == sorted(f"customer{i}@example.org" for i in range(1, 321))  # each exactly once
    assert imap_account.uids("INBOX") == [] and len(imap_account.uids("Processed")) == 320
    with unit_of_work(app.factory) as session:
        state = session.scalars(select(MailboxState)).one()
        assert state.consecutive_failures == 0  # recovered
    assert count(app, AuditEvent, AuditEvent.event == "storage_failed") == 0
    app.close()


def test_smtp_refusing_then_accepting_delivers_every_letter_once(imap_settings, imap_account, smtp_server, shipped_classifier):
    app = bootstrap(imap_settings, classifier=shipped_classifier)
    smtp_server.handler.reply_data = "451 4.3.0 Mailbox busy, try again later"
    imap_account.append([mail(i, "complaint") for i in range(1, 6)])
    running = Running(app)
    try:
        wait_until(
            lambda: count(app, Letter, Letter.attempts >= 2, Letter.status == "queued") == 5,
            what="every letter to be refused and retried",
        )
        smtp_server.handler.reply_data = None  # the server recovers
        wait_until(lambda: count(app, Letter, Letter.status == "sent") == 5, what="the letters to be sent")
    finally:
        running.stop()
    assert not running.errors
    assert sorted(r for m in smtp_server.messages for r in m.recipients) == [f"customer{i}@example.org" for i in range(1, 6)]
    with unit_of_work(app.factory) as session:
        letters = session.scalars(select(Letter)).all()
        assert all(letter.attempts >= 3 and letter.last_error is None for letter in letters)
        retries = session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == "letter_retry"))
        assert retries >= 10
    app.close()


@pytest.mark.parametrize(
    ("reply", "attempts"),
    [("550 5.1.1 No such user here", 1), ("451 4.3.0 Try again later", 3)],
    ids=["5xx-permanent", "4xx-forever"],
)
def test_a_refused_letter_fails_is_flagged_and_is_not_retried_forever(tmp_path, smtp_server, shipped_classifier, reply, attempts):
    settings = make_settings(tmp_path, outbox=dict(smtp_server.outbox_settings(), retry_base_seconds=0, max_attempts=3))
    app = bootstrap(settings, classifier=shipped_classifier)
    smtp_server.handler.reply_data = reply
    deliver(settings.path("mailbox", "path"), "m1", mail(1, "complaint"))
    for _ in range(6):  # six service cycles: at most `max_attempts` tries
        app.service().run_once()
    with unit_of_work(app.factory) as session:
        letter = session.scalars(select(Letter)).one()
        assert letter.status == "failed" and letter.attempts == attempts
        assert reply.split()[0] in letter.last_error
        events = session.scalars(select(AuditEvent.event).where(AuditEvent.letter_id == letter.id)).all()
    assert events.count("letter_failed") == 1
    assert smtp_server.messages == []
    health = check_health(settings)
    assert not health["healthy"] and any("failed permanently" in p for p in health["problems"])
    app.close()


@pytest.fixture
def small_disk(tmp_path) -> Path:
    """A real, tiny filesystem (tmpfs of 256 KiB) to fill up; needs root (mount)."""
    mountpoint = tmp_path / "small-disk"
    mountpoint.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mountpoint)], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"cannot mount a small tmpfs to fill up ({exc}); the blocked-folder case is in test_pipeline.py")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill up ({done.stderr.decode().strip()}); needs root")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, timeout=30)


def test_disk_full_while_writing_a_raw_message_loses_nothing(tmp_path, small_disk, shipped_classifier, caplog):
    settings = make_settings(tmp_path, storage={"raw_path": str(small_disk / "messages")})
    app = bootstrap(settings, classifier=shipped_classifier)
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as handle:  # fill the disk to the last block
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    big = mail(1, "complaint", body="I want to make a formal complaint about my account. " * 2000)
    inbox = settings.path("mailbox", "path")
    deliver(inbox, "m1", big)
    report = app.service().run_once()
    assert report.storage_errors == 1 and report.outcomes == []
    assert (inbox / "new" / "m1").read_bytes() == big  # still in the mailbox, untouched
    assert count(app, InboundMessage) == 0
    with unit_of_work(app.factory) as session:
        (event_detail,) = session.scalars(select(AuditEvent.detail).where(AuditEvent.event == "storage_failed")).all()
    assert "No space left on device" in event_detail["error"]
    assert any("No space left on device" in r.getMessage() for r in caplog.records)
    leftovers = [p for p in (small_disk / "messages").rglob("*") if p.is_file()]
    assert leftovers == []  # no half-written file in the store
    filler.unlink()  # a person frees space; the next cycle finishes the job, once
    report = app.service().run_once()
    assert len(report.outcomes) == 1 and report.send.sent == 1
    assert count(app, InboundMessage) == 1 and count(app, Case) == 1
    assert not (inbox / "new" / "m1").exists()
    app.close()


def sqlite_file(settings) -> Path:  # noqa: ANN001
    url = settings.database_url
    if not url.startswith("sqlite:///"):
        pytest.skip("holds an SQLite write lock; this pass keeps the register on PostgreSQL")
    return Path(url.removeprefix("sqlite:///"))


class WriteLock:
    """Another program holding the register's write lock (BEGIN IMMEDIATE) until `release()`."""

    def __init__(self, database: Path) -> None:
        self.connection: sqlite3.Connection | None = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute("INSERT INTO mailbox_state (mailbox, consecutive_failures) VALUES ('other-program', 0)")

    def release(self) -> None:
        if self.connection is not None:
            connection, self.connection = self.connection, None
            connection.execute("ROLLBACK")
            connection.close()


def test_a_briefly_locked_register_is_waited_for(settings, shipped_classifier):
    sqlite_file(settings)
    app = bootstrap(settings, classifier=shipped_classifier)
    for i in range(1, 4):
        deliver(settings.path("mailbox", "path"), f"m{i}", mail(i, "complaint"), order=i)
    lock = WriteLock(sqlite_file(settings))
    threading.Timer(1.0, lock.release).start()  # the other program commits after a second
    report = app.service().run_once()  # waits for the lock (busy timeout) instead of failing
    assert len(report.outcomes) == 3 and report.send.sent == 3 and report.storage_errors == 0
    assert count(app, InboundMessage) == 3 and count(app, Case) == 3
    app.close()


def short_busy_timeout(app, milliseconds: int = 200) -> None:
    """Lower the register's busy timeout (30 s in production) so a lock outlasts it quickly."""

    @event.listens_for(app.engine, "connect")
    def _busy(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.execute(f"PRAGMA busy_timeout={milliseconds}")

    app.engine.dispose()


def test_a_register_locked_longer_than_the_busy_timeout_is_a_clear_error_and_loses_nothing(settings, shipped_classifier):
    sqlite_file(settings)
    app = bootstrap(settings, classifier=shipped_classifier)
    short_busy_timeout(app)
    inbox = settings.path("mailbox", "path")
    deliver(inbox, "m1", mail(1, "complaint"))
    lock = WriteLock(sqlite_file(settings))
    try:
        with pytest.raises(OperationalError, match="database is locked"):
            app.service().run_once()
    finally:
        lock.release()
    assert (inbox / "new" / "m1").exists() and count(app, InboundMessage) == 0  # nothing lost, nothing half-done
    report = app.service().run_once()
    assert len(report.outcomes) == 1 and report.send.sent == 1
    assert count(app, Case) == 1 and count(app, InboundMessage) == 1
    app.close()


def test_the_service_loop_survives_a_locked_register(settings, shipped_classifier):
    sqlite_file(settings)
    app = bootstrap(settings, classifier=shipped_classifier)
    short_busy_timeout(app)
    inbox = settings.path("mailbox", "path")
    lock = WriteLock(sqlite_file(settings))
    deliver(inbox, "m1", mail(1, "complaint"))
    running = Running(app)
    try:
        time.sleep(1.5)  # the loop meets the lock at least once (not a timing assertion)
        assert running.thread.is_alive(), f"the service loop died: {running.errors!r}"
        lock.release()
        wait_until(lambda: count(app, Letter, Letter.status == "sent") == 1, what="the complaint to be acknowledged")
    finally:
        lock.release()
        running.stop()
    assert not running.errors
    assert count(app, InboundMessage) == 1 and count(app, Case) == 1
    assert len(list((settings.path("outbox", "path") / "new").iterdir())) == 1
    app.close()
