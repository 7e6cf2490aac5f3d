"""The whole service on a real Dovecot mailbox and a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import func, select

from tests.conftest import make_settings
from tests.mail.conftest import dovecot, imap_account, smtp_server  # noqa: F401 (pytest fixtures)
from tests.servers import make_message
from triage.bootstrap import bootstrap
from triage.config import REPO_ROOT
from triage.db import unit_of_work
from triage.health import check_health
from triage.intake import store_raw
from triage.models import AuditEvent, Case, InboundMessage, Letter
from mail.errors import SourceError

PASSWORD_ENV = "TRIAGE_TEST_IMAP_PASSWORD"


def complaint(i: int) -> bytes:
    return make_message(
        i,
        subject=f"Formal complaint {i} about my account",
        body=f"I want to make a formal complaint. Your staff ignored my letters about account {i} for weeks. "
        "This is unacceptable and I expect an answer.\n",
        sender=f"customer{i}@example.org",
    )


@pytest.fixture
def imap_app(tmp_path, imap_account, smtp_server, shipped_classifier, monkeypatch):  # noqa: F811
    monkeypatch.setenv(PASSWORD_ENV, imap_account.password)
    mailbox = dict(imap_account.mailbox_settings(PASSWORD_ENV), connect_attempts=2, backoff_base_seconds=0.05)
    settings = make_settings(tmp_path, mailbox=mailbox, outbox=smtp_server.outbox_settings())
    app = bootstrap(settings, classifier=shipped_classifier)
    yield app, settings, imap_account, smtp_server
    app.close()


def count(app, model, *where) -> int:
    with unit_of_work(app.factory) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_backlog_is_registered_acknowledged_and_moved(imap_app):
    app, _, account, smtp = imap_app
    account.append([complaint(i) for i in range(150)])
    service = app.service()
    try:
        report = service.run_once()
    finally:
        service.source.close()
    assert len(report.outcomes) == 150
    assert count(app, InboundMessage) == 150 and count(app, Case) == 150
    assert len(smtp.messages) == 150
    assert account.uids("INBOX") == [] and len(account.uids("Processed")) == 150


def test_crash_between_store_and_move_creates_no_duplicate(imap_app):
    app, _, account, smtp = imap_app
    account.append([complaint(1)])
    source = app.service().source
    (raw,) = list(source.fetch())
    store_raw(raw, app.factory, app.store)  # ... and the process dies before moving it
    source.close()
    service = app.service()
    try:
        report = service.run_once()
    finally:
        service.source.close()
    assert count(app, InboundMessage) == 1 and count(app, Case) == 1
    assert len(smtp.messages) == 1
    assert account.uids("INBOX") == [] and len(account.uids("Processed")) == 1
    assert len(report.outcomes) == 1  # the stored message was finished, once


def test_uidvalidity_reset_does_not_duplicate_cases(imap_app):
    app, _, account, smtp = imap_app
    messages = [complaint(i) for i in range(5)]
    account.append(messages)
    service = app.service()
    service.run_once()
    service.source.close()
    # The server is rebuilt (new UIDVALIDITY) and the same mail shows up again.
    account.append(messages)
    service = app.service()
    report = service.run_once()
    service.source.close()
    assert [o.status for o in report.outcomes] == ["duplicate"] * 5
    assert count(app, Case) == 5 and count(app, Letter) == 5 and len(smtp.messages) == 5


def test_idle_picks_up_new_mail_and_the_loop_stops_cleanly(imap_app):
    app, _, account, smtp = imap_app
    service = app.service()
    worker = threading.Thread(target=service.run_forever, daemon=True)
    worker.start()
    time.sleep(1.0)  # the loop is now waiting in IDLE
    account.append([complaint(7)])
    deadline = time.monotonic() + 30
    while not smtp.messages and time.monotonic() < deadline:
        time.sleep(0.1)
    service.stop()
    worker.join(timeout=30)
    service.source.close()
    assert not worker.is_alive()
    assert len(smtp.messages) == 1 and count(app, Case) == 1


def test_failures_raise_an_alert_and_health_says_so(imap_app, dovecot):  # noqa: F811
    app, settings, account, _ = imap_app
    service = app.service()
    service.run_once()
    assert check_health(settings)["healthy"]
    dovecot.stop()
    try:
        for _ in range(service.failure_alert_after):
            with pytest.raises(SourceError):
                service.run_once()
    finally:
        dovecot.start()
        service.source.close()
    report = check_health(settings)
    assert not report["healthy"] and any("consecutive failures" in p for p in report["problems"])
    assert count(app, AuditEvent, AuditEvent.event == "mailbox_alert") == 1


def test_sigterm_stops_the_service(tmp_path, imap_account, smtp_server):  # noqa: F811
    config = tmp_path / "triage.toml"
    box = imap_account.mailbox_settings(PASSWORD_ENV)
    lines = ["[mailbox]"] + [f"{k} = {v!r}".replace("'", '"') if isinstance(v, str) else f"{k} = {str(v).lower()}" for k, v in box.items()]
    lines += ["[outbox]"] + [f"{k} = {v!r}".replace("'", '"') if isinstance(v, str) else f"{k} = {v}" for k, v in smtp_server.outbox_settings().items()]
    lines += ["[database]", f'url = "sqlite:///{tmp_path / "register.db"}"', "[storage]", f'raw_path = "{tmp_path / "messages"}"']
    config.write_text("\n".join(lines) + "\n")
    env = dict(os.environ, **{PASSWORD_ENV: imap_account.password})
    imap_account.append([complaint(3)])
    process = subprocess.Popen(
        [sys.executable, str(REPO_ROOT / "run_bot.py"), "run", "--config", str(config)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not smtp_server.messages and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert smtp_server.messages, process.stderr.read() if process.poll() is not None else "no acknowledgement"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert "finishing the message in hand" in process.stderr.read()
