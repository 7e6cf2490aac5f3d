"""Two service instances on one mailbox and one register: nothing is registered or answered twice.

Two real `run_bot.py run` processes poll one Dovecot mailbox (IDLE) and send through one aiosmtpd
server, sharing one register: a PostgreSQL database, or one SQLite file (two processes on one host).
Only the holder of the mailbox lease fetches; both run the outbox. Half-way, the holder is stopped
(SIGTERM) and the other must take the lease over and finish, while more mail arrives.
"""

from __future__ import annotations

import collections
import email
import email.policy
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import postgres_database
from tests.tomlfile import write_toml
from tests.triage.test_imap_service import complaint
from triage.config import REPO_ROOT
from triage.db import make_engine, make_session_factory, unit_of_work
from triage.models import Case, InboundMessage, Letter, LetterStatus, MailboxState

PASSWORD_ENV = "TRIAGE_TEST_IMAP_PASSWORD"
FIRST, SECOND = 120, 120  # messages before the start, and after the first holder stopped
pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def log_of(process: subprocess.Popen) -> str:
    return Path(process.log).read_text(errors="replace")  # type: ignore[attr-defined]


def wait_for(condition, what: str, processes: list[subprocess.Popen], timeout: float = 240) -> None:
    """Poll `condition` (a guard against hanging, not a speed assertion)."""
    deadline = time.monotonic() + timeout
    while not condition():
        for process in processes:
            if process.poll() is not None:
                raise AssertionError(f"an instance exited ({process.returncode}) while waiting for {what}: {log_of(process)[-3000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def acknowledged(smtp) -> collections.Counter[str]:
    """Acknowledgements at the SMTP server, per complainant."""
    seen: collections.Counter[str] = collections.Counter()
    for mail in list(smtp.messages):
        letter = email.message_from_bytes(mail.data, policy=email.policy.default)
        if letter.get("In-Reply-To"):
            seen.update(mail.recipients)
    return seen


@pytest.mark.parametrize("register", ["postgresql", "sqlite"])
def test_two_instances_register_and_acknowledge_each_message_once(tmp_path: Path, register, imap_account, smtp_server):  # noqa: F811
    url = postgres_database() if register == "postgresql" else f"sqlite:///{tmp_path / 'register.db'}"
    mailbox = dict(imap_account.mailbox_settings(PASSWORD_ENV), connect_attempts=3, backoff_base_seconds=0.05)
    config = write_toml(
        tmp_path / "triage.toml",
        {
            "database": {"url": url},
            # One host: the raw store is shared (across hosts it must be shared storage too).
            "storage": {"raw_path": str(tmp_path / "messages")},
            "mailbox": mailbox,
            "outbox": dict(smtp_server.outbox_settings(), from_address="complaints@firm.example"),
            "policy": {"firms": str(REPO_ROOT / "data" / "firms.csv")},
            "models": {"path": str(REPO_ROOT / "data" / "models" / "current")},
        },
    )
    env = dict(os.environ, **{PASSWORD_ENV: imap_account.password})
    env.pop("TRIAGE_FAULT_KILL_AT", None)
    imap_account.append([complaint(i) for i in range(FIRST)])

    def start() -> subprocess.Popen:
        log = tmp_path / f"instance-{time.monotonic_ns()}.log"
        with open(log, "wb") as handle:
            process = subprocess.Popen(
                [sys.executable, str(REPO_ROOT / "run_bot.py"), "run", "--config", str(config)],
                cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=handle,
            )
        process.log = log  # type: ignore[attr-defined]
        return process

    engine = make_engine(url)
    factory = make_session_factory(engine)
    processes = [start(), start()]
    try:

        def lease_pid() -> int | None:
            with unit_of_work(factory) as session:
                owner = session.scalar(select(MailboxState.lease_owner).where(MailboxState.mailbox.like("imap://%")))
            return int(owner.split("/")[1]) if owner else None

        # Both start at once (and migrate at once); one takes the lease and works through the backlog.
        wait_for(lambda: sum(acknowledged(smtp_server).values()) >= FIRST // 3, "the first acknowledgements", processes)
        holder_pid = lease_pid()
        assert holder_pid in {p.pid for p in processes}
        holder = next(p for p in processes if p.pid == holder_pid)
        survivor = next(p for p in processes if p.pid != holder_pid)

        # The holder stops cleanly (finishing its batch) and hands the lease back; the other takes over.
        holder.send_signal(signal.SIGTERM)
        assert holder.wait(timeout=60) == 0, log_of(holder)[-3000:]
        imap_account.append([complaint(i) for i in range(FIRST, FIRST + SECOND)])
        wait_for(lambda: lease_pid() == survivor.pid, "the other instance to take the lease", [survivor])
        total = FIRST + SECOND
        wait_for(lambda: sum(acknowledged(smtp_server).values()) >= total and not imap_account.uids(), "every acknowledgement", [survivor])

        # The first instance comes back while the survivor holds the lease: it must wait, not poll.
        holder = start()
        processes = [holder, survivor]
        wait_for(lambda: "waiting for the lease" in log_of(holder), "the restarted instance to find the lease taken", processes, timeout=120)
        assert lease_pid() == survivor.pid
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    assert all(p.returncode == 0 for p in processes), [log_of(p)[-2000:] for p in processes]
    # Every message registered exactly once ...
    with unit_of_work(factory) as session:
        rows = session.execute(select(InboundMessage.message_id, InboundMessage.status)).all()
        letters = session.execute(select(Letter.to_address, Letter.kind, Letter.status)).all()
        cases = session.scalar(select(func.count()).select_from(Case))
    engine.dispose()
    assert len(rows) == total
    assert len({message_id for message_id, _ in rows}) == total
    assert {status for _, status in rows} == {"processed"}
    assert cases == total
    # ... moved out of the INBOX exactly once ...
    assert len(imap_account.uids("Processed")) == total and not imap_account.uids()
    # ... and every complaint acknowledged exactly once at the SMTP server.
    acks = acknowledged(smtp_server)
    assert set(acks) == {f"customer{i}@example.org" for i in range(total)}
    assert set(acks.values()) == {1}, [a for a, n in acks.items() if n > 1][:10]
    assert all(status == LetterStatus.SENT.value for _, kind, status in letters if kind.startswith("acknowledgement")), collections.Counter(
        (kind, status) for _, kind, status in letters
    )
