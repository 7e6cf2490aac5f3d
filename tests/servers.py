"""Real servers for tests: a throwaway Dovecot, an aiosmtpd recorder, and a TCP proxy that can cut.

Nothing here is a mock. `DovecotServer` writes a loopback-only config (based on
research/dovecot/dovecot.conf) into a temporary directory, starts ``dovecot -F`` on a free
127.0.0.1 port, and can add users, APPEND messages, restart, and stop. `SmtpRecorder` runs an
aiosmtpd `Controller` whose handler records every message and can be told to answer 4xx/5xx.
`TcpProxy` forwards a port and can drop connections (also after N bytes from the server, i.e.
in the middle of a FETCH response), and keeps what clients sent for inspection.

Use them from `tests/mail/conftest.py` fixtures (`dovecot`, `imap_account`, `smtp_server`) or
directly in end-to-end tests.
"""

from __future__ import annotations

import base64
import grp
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from imapclient import IMAPClient

DOVECOT_MISSING = "dovecot not installed (apt-get install dovecot-imapd)"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def dovecot_binary() -> str | None:
    """Path of the dovecot binary; ``DOVECOT_BINARY`` overrides the search (an empty value = not installed)."""
    if "DOVECOT_BINARY" in os.environ:
        configured = os.environ["DOVECOT_BINARY"]
        return configured if configured and os.access(configured, os.X_OK) else None
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin:/sbin")


def make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost (openssl CLI); returns (cert, key) paths."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    os.chmod(key, 0o600)
    return cert, key


def client_ssl_context(certificate: Path):  # noqa: ANN201 - ssl.SSLContext
    """A verifying client context that trusts only `certificate`."""
    import ssl

    return ssl.create_default_context(cafile=str(certificate))


def make_message(
    index: int = 0,
    *,
    subject: str | None = None,
    body: str | None = None,
    size: int | None = None,
    sender: str = "customer@example.org",
    to: str = "complaints@firm.example",
) -> bytes:
    """A small RFC 5322 message; `size` pads the body to about that many bytes."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject or f"Complaint number {index}"
    msg["Date"] = format_datetime(datetime(2026, 1, 1, tzinfo=timezone.utc))
    msg["Message-ID"] = make_msgid(idstring=f"t{index}", domain="example.org")
    text = body or f"I wish to complain about item {index}.\n"
    if size is not None and size > len(text):
        line = "x" * 76 + "\n"
        text += line * ((size - len(text)) // len(line) + 1)
    msg.set_content(text)
    return bytes(msg)


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = dovecot-test-{port}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
{ssl_settings}disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
# No per-IP penalty after failed logins (anvil would delay every later test's login by seconds).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
{anvil_extra}}}
default_login_user = {login_user}
default_internal_user = {internal_user}
{extra_globals}first_valid_uid = {first_uid}
first_valid_gid = {first_gid}
# Named users (custom passwords, e.g. an XOAUTH2 token) first; any other name logs in with the
# shared test password, so a test gets a fresh, empty mailbox just by picking a new name.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
passdb {{
  driver = static
  args = password={static_password}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={root}/mail/%u
}}
mail_location = maildir:~/Maildir
# Throwaway test mail: no fsync (APPENDs of a 500-message backlog stay fast on a busy disk).
mail_fsync = never
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
{login_extra}}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}
{service_extra}
protocol imap {{
  imap_idle_notify_interval = 2 mins
  mail_max_userip_connections = 100
{capability}}}
mailbox_idle_check_interval = 1 secs
"""


@dataclass
class DovecotServer:
    """A private Dovecot instance on 127.0.0.1; `start()`, `stop()`, `restart()`, `add_user()`."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="dovecot-test-")))
    port: int = field(default_factory=free_port)
    host: str = "127.0.0.1"
    #: IMAP capabilities to announce, e.g. "+IDLE" (default) or a list without MOVE/IDLE.
    capability: str = ""
    process: subprocess.Popen[bytes] | None = None
    users: dict[str, str] = field(default_factory=dict)
    static_password: str = "test-password"
    #: Also serve IMAPS on `tls_port` and STARTTLS on `port`, with a throwaway self-signed certificate
    #: (`certificate`, trusted by `client_ssl_context()`). Needs the openssl command.
    tls: bool = False
    tls_port: int = 0
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _named: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError(DOVECOT_MISSING)
        self.binary = binary
        os.chmod(self.root, 0o755)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir(exist_ok=True)
        (self.root / "users").write_text("")
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
            os.chown(self.root / "mail", self.mail_uid, self.mail_gid)
            login_user, internal_user, login_extra, service_extra, anvil_extra = "dovenull", "dovecot", "", "", ""
            extra_globals = ""
            first_uid = first_gid = 100
        else:
            # Unprivileged: every Dovecot process runs as us, no chroots.
            me = pwd.getpwuid(os.geteuid())
            self.mail_uid, self.mail_gid = me.pw_uid, me.pw_gid
            login_user = internal_user = me.pw_name
            login_extra = "  chroot =\n  user = $default_login_user\n"
            anvil_extra = "  chroot =\n"
            group = grp.getgrgid(me.pw_gid).gr_name
            extra_globals = f"default_internal_group = {group}\n"
            service_extra = "service auth {\n  user = $default_internal_user\n}\n"
            first_uid = first_gid = min(self.mail_uid, self.mail_gid, 100)
        ssl_settings = "ssl = no\n"
        if self.tls:
            self.certificate, key = make_certificate(self.root)
            self.tls_port = self.tls_port or free_port()
            ssl_settings = f"ssl = yes\nssl_cert = <{self.certificate}\nssl_key = <{key}\n"
        config = _CONFIG.format(
            ssl_settings=ssl_settings,
            tls_port=self.tls_port,
            root=self.root,
            port=self.port,
            login_user=login_user,
            internal_user=internal_user,
            mail_uid=self.mail_uid,
            mail_gid=self.mail_gid,
            first_uid=first_uid,
            first_gid=first_gid,
            login_extra=login_extra,
            service_extra=service_extra,
            anvil_extra=anvil_extra,
            extra_globals=extra_globals,
            static_password=self.static_password,
            capability=f"  imap_capability = {self.capability}\n" if self.capability else "",
        )
        self.config = self.root / "dovecot.conf"
        self.config.write_text(config)

    # ------------------------------------------------------------------ lifecycle

    def start(self, timeout: float = 20.0) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr.log", "ab"),  # noqa: SIM115 - lives with the process
        )
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    if sock.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"dovecot did not start listening on {self.port}: {self.log_tail()}")
            time.sleep(0.05)

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        # Logged-in imap processes outlive the master; end them too (a real restart under systemd
        # kills the whole control group). Only processes of this instance, by pid.
        for pid in self._instance_pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        # The master is gone; wait until the port is really free for a restart.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.2).close()
            except OSError:
                return
            time.sleep(0.05)

    def _instance_pids(self) -> list[int]:
        prefix = f"dovecot-test-{self.port}/".encode()
        pids = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if (entry / "cmdline").read_bytes().startswith(prefix):
                    pids.append(int(entry.name))
            except OSError:
                continue
        return pids

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for name in ("dovecot.log", "stderr.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # ------------------------------------------------------------------ accounts and mail

    def add_user(self, username: str | None = None, password: str | None = None) -> tuple[str, str]:
        """A user with an empty mailbox. Without `password` it uses the shared static password (instant);
        with one it is written to the passwd-file, which Dovecot re-reads at most once a second."""
        n = next(self._counter)
        username = username or f"user{n}"
        if password is None or password == self.static_password:
            self.users[username] = self.static_password
            return username, self.static_password
        self.users[username] = password
        self._named[username] = password
        text = "".join(f"{u}:{{PLAIN}}{p}\n" for u, p in self._named.items())
        tmp = self.root / "users.tmp"
        tmp.write_text(text)
        tmp.replace(self.root / "users")
        if self.process is not None:
            time.sleep(1.1)  # passwd-file is re-checked at most once per second
        return username, password

    def client(self, username: str, timeout: float = 10.0) -> IMAPClient:
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
        client.login(username, self.users[username])
        return client

    def append(self, username: str, messages: Iterable[bytes], folder: str = "INBOX", flags: Iterable[bytes] = ()) -> None:
        """APPEND `messages` (in order) through a separate connection."""
        client = self.client(username)
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for data in messages:
                client.append(folder, data, flags=tuple(flags))
        finally:
            client.logout()

    def uids(self, username: str, folder: str = "INBOX") -> list[int]:
        client = self.client(username)
        try:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            return sorted(client.search(["ALL"]))
        finally:
            client.logout()

    def subjects(self, username: str, folder: str = "INBOX") -> list[str]:
        client = self.client(username)
        try:
            if not client.folder_exists(folder):
                return []
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            found = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (SUBJECT)]"]) if uids else {}
            out = []
            for item in found.values():
                raw = next(v for k, v in item.items() if k.startswith(b"BODY[HEADER"))
                out.append(raw.decode().split(":", 1)[1].strip())
            return sorted(out)
        finally:
            client.logout()

    def doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        binary = shutil.which("doveadm") or "/usr/bin/doveadm"
        return subprocess.run([binary, "-c", str(self.config), *args], capture_output=True, text=True, timeout=30)


# ---------------------------------------------------------------------- SMTP


@dataclass
class ReceivedMail:
    envelope_from: str
    recipients: list[str]
    data: bytes


class RecordingHandler:
    """aiosmtpd handler: keeps messages; `reply_rcpt`/`reply_data` force a reply such as "451 ..."."""

    def __init__(self, tokens: dict[str, str] | None = None) -> None:
        self.messages: list[ReceivedMail] = []
        self.reply_rcpt: str | None = None
        self.reply_data: str | None = None
        self.tokens = dict(tokens or {})  # XOAUTH2: username -> the one valid access token
        self.xoauth2_seen: list[bytes] = []  # decoded XOAUTH2 initial responses, in order
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        if self.reply_rcpt:
            return self.reply_rcpt
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        if self.reply_data:
            return self.reply_data
        with self.lock:
            self.messages.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
        return "250 Message accepted for delivery"

    async def auth_XOAUTH2(self, server, args):  # noqa: ANN001 - aiosmtpd auth hook, Gmail-like
        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False, message="501 5.5.2 initial response required")
        raw = base64.b64decode(args[1])
        self.xoauth2_seen.append(raw)
        fields = dict(part.split("=", 1) for part in raw.decode().split("\x01") if "=" in part)
        user, bearer = fields.get("user", ""), fields.get("auth", "")
        if user in self.tokens and bearer == f"Bearer {self.tokens[user]}":
            return AuthResult(success=True, auth_data=user)
        error = base64.b64encode(b'{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}')
        await server.challenge_auth(error.decode(), encode_to_b64=False)  # client answers with an empty line
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


class SmtpRecorder:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that records what it receives.

    `users` enables AUTH PLAIN/LOGIN with those passwords, `tokens` AUTH XOAUTH2 (no TLS needed:
    loopback only). Without either, no AUTH is offered.
    """

    def __init__(
        self,
        users: dict[str, str] | None = None,
        tokens: dict[str, str] | None = None,
        certificate: tuple[Path, Path] | None = None,
        implicit_tls: bool = False,
    ) -> None:
        """`certificate` = (cert, key) offers STARTTLS, or implicit TLS (port 465 style) with `implicit_tls`."""
        import ssl

        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        self.handler = RecordingHandler(tokens)
        self.host = "127.0.0.1"
        self.port = free_port()
        self.users = dict(users or {})
        options: dict[str, object] = {}
        if users is not None or tokens is not None:

            def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
                ok = isinstance(auth_data, LoginPassword) and (
                    self.users.get(auth_data.login.decode()) == auth_data.password.decode()
                )
                return AuthResult(success=ok, handled=False)

            options = {"authenticator": authenticator, "auth_require_tls": False}
            if not users:
                options["auth_exclude_mechanism"] = ["PLAIN", "LOGIN"]
        if certificate is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(certificate[0]), str(certificate[1]))
            if implicit_tls:
                options["ssl_context"] = context
                options["server_hostname"] = "localhost"
            else:
                options["tls_context"] = context
        self.controller = Controller(self.handler, hostname=self.host, port=self.port, **options)

    @property
    def messages(self) -> list[ReceivedMail]:
        return self.handler.messages

    def outbox_settings(self) -> dict[str, object]:
        """An ``[outbox]`` section for `triage` settings pointing at this server (no TLS, no AUTH)."""
        return {"kind": "smtp", "host": self.host, "port": self.port, "security": "none", "timeout_seconds": 10}

    def reset(self) -> None:
        self.handler.messages.clear()
        self.handler.reply_rcpt = None
        self.handler.reply_data = None

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


# ---------------------------------------------------------------------- TCP proxy


class TcpProxy:
    """Forward 127.0.0.1:`port` to `target_port`; cut connections on demand.

    `cut_after(n)`: the next connection is closed once `n` bytes went from the server to the
    client (the middle of a big FETCH response). `drop_all()` closes every open connection.
    `client_bytes` collects what clients sent (to inspect SASL strings).
    """

    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.host = "127.0.0.1"
        self._cut_after: int | None = None
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self.client_bytes = bytearray()
        self.cuts = 0
        self.connections = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, nbytes: int) -> None:
        self._cut_after = nbytes

    def drop_all(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for a, b in pairs:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._closed = True
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        except OSError:
            pass
        self.listener.close()
        self.drop_all()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            limit, self._cut_after = self._cut_after, None
            with self._lock:
                self._pairs.append((client, server))
                self.connections += 1
            threading.Thread(target=self._pump, args=(server, client, limit, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(client, server, None, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, limit: int | None, downstream: bool) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    break
                if not downstream:
                    self.client_bytes.extend(data)
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
