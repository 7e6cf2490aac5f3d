"""Real-server fixtures for the mail room: Dovecot (IMAP), aiosmtpd (SMTP) and a cutting TCP proxy.

* `dovecot` (session): one private Dovecot on a free 127.0.0.1 port. Skips when dovecot is not
  installed, but FAILS when the environment says ``CI=true`` (CI must run the real thing).
* `imap_account` (function): a fresh user with an empty mailbox on that Dovecot, as an
  `ImapAccount` with `.append()`, `.source(**overrides)` and `.client()` helpers.
* `smtp_server` (function): an aiosmtpd `SmtpRecorder`; `.messages`, `.handler.reply_rcpt`,
  `.handler.reply_data` force "4xx ..."/"5xx ..." replies.
* `smtp_server_factory` (function): ``smtp_server_factory(users=..., tokens=...)`` for AUTH tests.
* `proxy_for` (function): ``proxy_for(port)`` gives a `TcpProxy`, closed after the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from mail.imap import ImapSource
from tests.servers import DOVECOT_MISSING, DovecotServer, SmtpRecorder, TcpProxy, dovecot_binary

IN_CI = os.environ.get("CI", "").lower() == "true"
#: A passwd-file user whose password is this "access token": Dovecot 2.3 checks an XOAUTH2 bearer
#: token against the passdb like a password, so XOAUTH2 logins can be tested without an IdP.
OAUTH_USER = "oauth-user@firm.example"
OAUTH_TOKEN = "good-access-token"


def require_dovecot() -> None:
    if dovecot_binary() is None:
        if IN_CI:
            pytest.fail(f"{DOVECOT_MISSING}; CI=true, so this is a failure, not a skip", pytrace=False)
        pytest.skip(DOVECOT_MISSING)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    require_dovecot()
    server = DovecotServer(tls=shutil.which("openssl") is not None)
    server.add_user(OAUTH_USER, OAUTH_TOKEN)
    try:
        server.start()
    except RuntimeError as exc:
        server.cleanup()
        pytest.fail(f"could not start dovecot: {exc}", pytrace=False)
    yield server
    server.cleanup()


@dataclass
class ImapAccount:
    server: DovecotServer
    username: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    def append(self, messages: Iterable[bytes], folder: str = "INBOX", flags: Iterable[bytes] = ()) -> None:
        self.server.append(self.username, messages, folder=folder, flags=flags)

    def uids(self, folder: str = "INBOX") -> list[int]:
        return self.server.uids(self.username, folder)

    def subjects(self, folder: str = "INBOX") -> list[str]:
        return self.server.subjects(self.username, folder)

    def client(self):  # noqa: ANN201 - an IMAPClient logged in as this user
        return self.server.client(self.username)

    def mailbox_settings(self, password_env: str = "TRIAGE_TEST_IMAP_PASSWORD") -> dict[str, Any]:
        """A ``[mailbox]`` section for `triage` settings; put `password` in the env var `password_env`."""
        return {
            "kind": "imap", "host": self.host, "port": self.port, "security": "none", "username": self.username,
            "auth": "password", "password_env": password_env, "idle": True, "poll_seconds": 1, "timeout_seconds": 10,
        }

    def source(self, **overrides: Any) -> ImapSource:
        """An ImapSource for this account with test-friendly defaults (fast backoff, short timeouts)."""
        options: dict[str, Any] = {
            "security": "none",
            "username": self.username,
            "password": self.password,
            "timeout": 10.0,
            "backoff_base": 0.05,
            "backoff_max": 0.5,
            "max_attempts": 6,
        }
        options.update(overrides)
        host = options.pop("host", self.host)
        port = options.pop("port", self.port)
        return ImapSource(host, port, **options)


@pytest.fixture
def imap_account(dovecot: DovecotServer) -> Iterator[ImapAccount]:
    if dovecot.process is None or dovecot.process.poll() is not None:
        dovecot.start()  # a previous test may have stopped it
    username, password = dovecot.add_user()
    yield ImapAccount(dovecot, username, password)


@pytest.fixture
def smtp_server() -> Iterator[SmtpRecorder]:
    server = SmtpRecorder()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp_server_factory() -> Iterator[Any]:
    """``smtp_server_factory(users={...}, tokens={...})``: an SmtpRecorder with AUTH, stopped after the test."""
    servers: list[SmtpRecorder] = []

    def make(**options: Any) -> SmtpRecorder:
        server = SmtpRecorder(**options)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def proxy_for() -> Iterator[Any]:
    proxies: list[TcpProxy] = []

    def make(port: int) -> TcpProxy:
        proxy = TcpProxy(port)
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        proxy.close()
