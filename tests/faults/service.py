"""Helpers for running the real service against the test servers: a TOML config, the process, mail.

`service_config` writes the triage.toml a deployment would have (IMAP in, SMTP out, SQLite register);
`ServiceRunner` starts ``run_bot.py`` either as a fresh interpreter (`exec_run`) or as a child of
the fork server (`spawn`, see forkserver.py), and kills it with SIGKILL.
"""

from __future__ import annotations

import email.policy
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tests.tomlfile import write_toml
from triage.config import REPO_ROOT

PASSWORD_ENV = "TRIAGE_TEST_IMAP_PASSWORD"
FAULT_ENV = "TRIAGE_FAULT_KILL_AT"


def harness_profile(directory: Path) -> Path:
    """The pexa profile with letters sent without approval, so scheduler letters go out by SMTP too."""
    text = (REPO_ROOT / "triage" / "policies" / "pexa.toml").read_text()
    assert "letters_need_approval = true" in text
    target = directory / "harness-profile.toml"
    target.write_text(text.replace("letters_need_approval = true", "letters_need_approval = false"))
    return target


def service_config(tmp_path: Path, account: Any, smtp: Any, **extra: Mapping[str, Any]) -> Path:
    sections: dict[str, dict[str, Any]] = {
        "database": {"url": f"sqlite:///{tmp_path / 'register.db'}"},
        "storage": {"raw_path": str(tmp_path / "messages")},
        "mailbox": dict(account.mailbox_settings(PASSWORD_ENV), connect_attempts=3, backoff_base_seconds=0.05),
        "outbox": dict(smtp.outbox_settings(), from_address="complaints@firm.example", retry_base_seconds=1),
        "policy": {"firms": str(REPO_ROOT / "data" / "firms.csv")},
        "models": {"path": str(REPO_ROOT / "data" / "models" / "current")},
        "service": {"log_level": "INFO"},
    }
    for name, values in extra.items():
        sections.setdefault(name, {}).update(values)
    return write_toml(tmp_path / "triage.toml", sections)


def exited(pid: int) -> bool:
    """True once `pid` is gone or a zombie (its parent has not reaped it yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state in ("Z", "X")


class ServiceRunner:
    """Starts the real service; `spawn` via the fork server, `exec_run` as a new interpreter."""

    def __init__(self, workdir: Path, config: Path, env: Mapping[str, str]) -> None:
        self.workdir = workdir
        self.config = config
        self.env = dict(env)
        self.log = workdir / "service.log"
        self._server: subprocess.Popen[str] | None = None

    # -- fork server --------------------------------------------------------------------------

    def _forkserver(self) -> subprocess.Popen[str]:
        if self._server is None:
            self._server = subprocess.Popen(
                [sys.executable, str(Path(__file__).with_name("forkserver.py"))],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=str(REPO_ROOT),
            )
            assert self._server.stdout is not None
            ready = json.loads(self._server.stdout.readline())
            assert "ready" in ready, ready
        return self._server

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        server = self._forkserver()
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(json.dumps(request) + "\n")
        server.stdin.flush()
        return json.loads(server.stdout.readline())

    def spawn(self, args: list[str], fault: str | None = None) -> int:
        env = dict(self.env)
        if fault:
            env[FAULT_ENV] = fault
        return int(self._ask({"spawn": {"argv": args, "env": env, "cwd": str(self.workdir), "log": str(self.log)}})["pid"])

    def reap(self, pid: int) -> int:
        return int(self._ask({"wait": pid})["status"])

    def close(self) -> None:
        if self._server is not None:
            try:
                assert self._server.stdin is not None
                self._server.stdin.close()
                self._server.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._server.kill()
            self._server = None

    # -- a fresh interpreter, exactly as deployed ----------------------------------------------

    def exec_start(self, args: list[str], fault: str | None = None) -> subprocess.Popen[bytes]:
        env = dict(self.env)
        if fault:
            env[FAULT_ENV] = fault
        with open(self.log, "ab") as log:
            return subprocess.Popen(
                [sys.executable, str(REPO_ROOT / "run_bot.py"), *args], cwd=self.workdir, env=env, stdout=log, stderr=log
            )

    def exec_run(self, args: list[str], timeout: float = 300) -> int:
        process = self.exec_start(args)
        try:
            return process.wait(timeout=timeout)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()

    def log_tail(self, lines: int = 40) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


def kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def wait_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if exited(pid):
            return True
        time.sleep(0.02)
    return exited(pid)


# -- mail -------------------------------------------------------------------------------------

SEQ_HEADER = "X-Harness-Seq"


def mail(seq: int, kind: str, *, sender: str | None = None, subject: str | None = None, body: str | None = None,
         headers: Mapping[str, str] | None = None, message_id: str | None = None) -> bytes:
    """One test message of `kind` ("complaint", "out_of_office", "newsletter"); `seq` is unique."""
    msg = EmailMessage()
    if kind == "complaint":
        msg["From"] = sender or f"Customer {seq} <customer{seq}@example.org>"
        msg["Subject"] = subject or f"Formal complaint {seq} about my account"
        text = body or (
            f"I want to make a formal complaint. Your staff ignored my letters about account {seq} for weeks. "
            "This is unacceptable and I expect an answer.\n"
        )
    elif kind == "out_of_office":
        msg["From"] = sender or f"Colleague {seq} <colleague{seq}@lender.example>"
        msg["Subject"] = subject or "Automatic reply: I am very unhappy with your service"
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        text = body or "I am out of the office until Monday. This is a complaint about nothing.\n"
    elif kind == "newsletter":
        msg["From"] = sender or "Industry News <news@bulletin.example>"
        msg["Subject"] = subject or f"Complaints statistics {seq}: complaints up 12%"
        msg["Precedence"] = "bulk"
        msg["List-Id"] = "<news.bulletin.example>"
        msg["List-Unsubscribe"] = "<mailto:unsubscribe@bulletin.example>"
        text = body or "Customers complained about delays and poor service more than ever this quarter.\n"
    else:
        raise ValueError(kind)
    msg["To"] = "complaints@firm.example"
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc))
    msg["Message-ID"] = message_id or f"<harness-{seq}@example.org>"
    msg[SEQ_HEADER] = str(seq)
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(text)
    return msg.as_bytes(policy=email.policy.SMTP)  # CRLF, as it is stored on an IMAP server
