"""The IMAP mailbox source: UIDs, peeked bodies, size checks first, server-side moves.

`ImapSource` implements `mail.types.MailSource` with imapclient:

* it only ever uses UIDs (``UID SEARCH``/``UID FETCH``/``UID MOVE``), never sequence numbers;
* it reads ``RFC822.SIZE`` and ``INTERNALDATE`` for a batch of UIDs first, then downloads bodies
  with ``BODY.PEEK[]`` (so ``\\Seen`` is neither set nor trusted: a person reading the mailbox in
  Outlook changes nothing); a message over `max_message_bytes` is yielded with ``too_large=True``
  and only its header (``BODY.PEEK[HEADER]``);
* `mark_processed`/`quarantine` move one UID with ``UID MOVE`` (RFC 6851), or COPY + ``\\Deleted``
  + ``UID EXPUNGE`` of that UID only (RFC 4315); a plain ``EXPUNGE`` is never sent;
* a UIDVALIDITY change is noticed on every SELECT, logged, persisted through the optional `state`,
  and reported by `uidvalidity_changed`; keys from the old epoch are never used to move mail;
* every network or protocol failure drops the connection and reconnects with exponential
  backoff and jitter; after `max_attempts` tries in one call the caller gets `SourceError`;
* `wait_for_mail` uses IDLE (renewed before the RFC 2177 29-minute limit) or sleeps.

Message bodies are never logged; addresses are redacted.
"""

from __future__ import annotations

import errno
import imaplib
import logging
import random
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any, Protocol, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.util import to_unicode

from mail.errors import SourceError
from mail.oauth import TokenError, TokenProvider
from mail.types import RawMessage

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Errors that mean "the connection or session is unusable": reconnect and try again.
NETWORK_ERRORS: tuple[type[BaseException], ...] = (
    OSError,  # socket.error, ConnectionError, TimeoutError, ssl.SSLError
    EOFError,
    imaplib.IMAP4.abort,  # == IMAPClientAbortError
    IMAPClientAbortError,
)
#: Errors that mean "the server said NO/BAD": retried too (bounded), since they are often transient.
PROTOCOL_ERRORS: tuple[type[BaseException], ...] = (IMAPClientError, imaplib.IMAP4.error)

IDLE_RENEW_SECONDS = 25 * 60  # RFC 2177: re-issue IDLE at least every 29 minutes
HEADER_ITEM = b"BODY[HEADER]"
BODY_ITEM = b"BODY[]"


class UidValidityState(Protocol):
    """Where the caller keeps the last UIDVALIDITY seen per mailbox (e.g. the register)."""

    def get_uidvalidity(self, mailbox: str) -> int | None: ...

    def set_uidvalidity(self, mailbox: str, value: int) -> None: ...


class MemoryUidValidityState:
    """A `UidValidityState` in a dict (tests, or when the caller does not persist it)."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def get_uidvalidity(self, mailbox: str) -> int | None:
        return self.values.get(mailbox)

    def set_uidvalidity(self, mailbox: str, value: int) -> None:
        self.values[mailbox] = value


class LoginRefused(SourceError):
    """The server refused the credentials (after one token refresh for XOAUTH2); not retried."""


class _EpochChanged(Exception):
    """UIDVALIDITY changed while a fetch was holding UIDs of the old epoch."""


def redact(address: str) -> str:
    """``alice@example.com`` -> ``a***@example.com`` (for logs)."""
    local, at, domain = address.partition("@")
    if not at:
        return (address[:1] + "***") if address else ""
    return f"{local[:1]}***@{domain}"


class ImapSource:
    """A `MailSource` over IMAP4rev1 (see the module docstring for the guarantees)."""

    def __init__(
        self,
        host: str,
        port: int = 993,
        *,
        username: str,
        password: str | None = None,
        token_provider: TokenProvider | None = None,
        security: str = "tls",
        auth: str = "password",
        folder: str = "INBOX",
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        idle: bool = True,
        poll_seconds: float = 60.0,
        batch_size: int = 100,
        max_message_bytes: int = 25 * 1024 * 1024,
        max_fetch_bytes: int = 64 * 1024 * 1024,
        timeout: float = 60.0,
        ssl_context: ssl.SSLContext | None = None,
        state: UidValidityState | None = None,
        use_move: bool = True,
        max_attempts: int = 4,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        idle_renew_seconds: float = IDLE_RENEW_SECONDS,
        client_factory: Callable[..., IMAPClient] | None = None,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise ValueError('security must be "tls", "starttls" or "none"')
        if auth not in ("password", "xoauth2"):
            raise ValueError('auth must be "password" or "xoauth2"')
        if auth == "password" and password is None:
            raise ValueError('auth="password" needs a password')
        if auth == "xoauth2" and token_provider is None:
            raise ValueError('auth="xoauth2" needs a token_provider')
        if batch_size < 1 or max_attempts < 1:
            raise ValueError("batch_size and max_attempts must be positive")
        self.host = host
        self.port = int(port)
        self.username = username
        self._password = password
        self.token_provider = token_provider
        self.security = security
        self.auth = auth
        self.folder = folder
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder
        self.idle = idle
        self.poll_seconds = float(poll_seconds)
        self.batch_size = int(batch_size)
        self.max_message_bytes = int(max_message_bytes)
        self.max_fetch_bytes = max(int(max_fetch_bytes), 1)
        self.timeout = float(timeout)
        self.ssl_context = ssl_context
        self.state = state
        self.use_move = use_move
        self.max_attempts = int(max_attempts)
        self.backoff_base = float(backoff_base)
        self.backoff_max = float(backoff_max)
        self.idle_renew_seconds = float(idle_renew_seconds)
        self._client_factory = client_factory or IMAPClient
        self.name = f"imap://{username}@{host}/{folder}"

        self._client: IMAPClient | None = None
        self._capabilities: frozenset[str] = frozenset()
        self._uidvalidity: int | None = None
        self._stop = threading.Event()
        self._known_folders: set[str] = set()  # folders seen to exist on this connection
        self._pending_deleted: set[tuple[int, int]] = set()  # no MOVE, no UIDPLUS: copied + \Deleted
        self._highest_uid_offered = 0
        self.uidvalidity_changed = False
        self.uidvalidity_changes: list[tuple[int | None, int]] = []
        self.reconnects = 0  # connections opened after the first (tests, health)
        self._idle_failures = 0

    # ------------------------------------------------------------------ public API

    @property
    def uidvalidity(self) -> int | None:
        """UIDVALIDITY of `folder` as last seen on SELECT (None before the first connection)."""
        return self._uidvalidity

    def clear_uidvalidity_change(self) -> None:
        """The caller has dealt with a reported UIDVALIDITY change."""
        self.uidvalidity_changed = False

    def connect(self) -> None:
        """Connect now (otherwise the first call does); raises SourceError after the retries."""
        self._call("connect", lambda client: None)

    def fetch(self) -> Iterator[RawMessage]:
        """Yield waiting messages, oldest UID first; bodies are fetched in bounded batches."""
        for _ in range(3):
            try:
                yield from self._fetch_epoch()
                return
            except _EpochChanged:
                logger.warning("%s: UIDVALIDITY changed during a fetch; listing the mailbox again", self.name)
        raise SourceError(f"{self.name}: UIDVALIDITY keeps changing; giving up this fetch")

    def mark_processed(self, message: RawMessage) -> None:
        self._move(message, self.processed_folder, reason=None)

    def quarantine(self, message: RawMessage, reason: str) -> None:
        self._move(message, self.quarantine_folder, reason=reason)

    def wait_for_mail(self, timeout: float) -> None:
        """Return when new mail may be waiting, `timeout` passed, or `stop()` was called.

        Never raises for network trouble: the connection is dropped and the next `fetch`
        reconnects (and reports failures).
        """
        deadline = time.monotonic() + max(0.0, timeout)
        if self._stop.is_set():
            return
        if self.idle:
            try:
                client = self._ensure_client()
                if "IDLE" in self._capabilities:
                    if self._new_mail_waiting(client):
                        return
                    self._idle_until(client, deadline)
                    self._idle_failures = 0
                    return
            except (SourceError, *NETWORK_ERRORS, *PROTOCOL_ERRORS) as exc:
                self._drop()
                self._idle_failures += 1
                if self._idle_failures == 1:
                    # The connection died (server restart, network): let the next fetch reconnect now.
                    logger.warning("%s: IDLE connection lost (%s)", self.name, _describe(exc))
                    return
                logger.warning("%s: IDLE failed again (%s); polling instead", self.name, _describe(exc))
        self._stop.wait(max(0.0, deadline - time.monotonic()))

    def stop(self) -> None:
        """Ask a `wait_for_mail` in progress (any thread) to return soon."""
        self._stop.set()

    def close(self) -> None:
        """Log out cleanly (best effort) and forget the connection."""
        self._known_folders.clear()
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception as exc:  # noqa: BLE001 - closing must not fail
            logger.debug("%s: logout failed (%s)", self.name, _describe(exc))
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001
                pass

    def __enter__(self) -> ImapSource:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ fetching

    def _fetch_epoch(self) -> Iterator[RawMessage]:
        uids = self._call("search", self._search)
        epoch = self._uidvalidity
        assert epoch is not None
        if uids:
            logger.info("%s: %d message(s) waiting", self.name, len(uids))
        for start in range(0, len(uids), self.batch_size):
            batch = uids[start : start + self.batch_size]
            meta = self._call("fetch sizes", lambda c, b=batch: self._batch_meta(c, b, epoch), epoch)
            small: list[int] = []
            large: list[int] = []
            for uid in batch:
                item = meta.get(uid)
                if item is None:
                    logger.info("%s: UID %d vanished before it was fetched; skipped", self.name, uid)
                    continue
                size = int(item.get(b"RFC822.SIZE") or 0)
                (large if size > self.max_message_bytes else small).append(uid)
            heads: dict[int, dict[bytes, Any]] = {}
            if large:
                heads = self._call("fetch headers", lambda c, g=large: self._fetch_items(c, g, ["BODY.PEEK[HEADER]"]), epoch)
            groups = self._groups_by_size(small, meta)
            loaded: set[int] = set()
            bodies: dict[int, dict[bytes, Any]] = {}
            large_set = set(large)
            for uid in batch:  # yield in UID order, whatever the size
                if uid not in meta:
                    continue
                if uid in large_set:
                    data = heads.get(uid, {}).get(HEADER_ITEM)
                    if data is None:
                        logger.info("%s: UID %d vanished before its header was fetched; skipped", self.name, uid)
                        continue
                    logger.warning(
                        "%s: UID %d is %s bytes, over the %d-byte limit: offered as too large (headers only)",
                        self.name, uid, meta[uid].get(b"RFC822.SIZE"), self.max_message_bytes,
                    )
                    yield self._raw(epoch, uid, meta[uid], bytes(data), too_large=True)
                    continue
                if uid not in loaded:  # the next size-bounded group starts here
                    group = next(groups)
                    loaded = set(group)
                    bodies = self._call("fetch bodies", lambda c, g=group: self._fetch_items(c, g, ["BODY.PEEK[]"]), epoch)
                data = bodies.get(uid, {}).get(BODY_ITEM)
                if data is None:
                    logger.info("%s: UID %d vanished before its body was fetched; skipped", self.name, uid)
                    continue
                yield self._raw(epoch, uid, meta[uid], bytes(data), too_large=False)

    def _search(self, client: IMAPClient) -> list[int]:
        self._check_uidvalidity(client)
        uids = sorted(int(uid) for uid in client.search(["ALL"]))
        if self._pending_deleted:
            uids = [uid for uid in uids if (self._uidvalidity, uid) not in self._pending_deleted]
        if uids:
            self._highest_uid_offered = max(self._highest_uid_offered, uids[-1])
        return uids

    def _batch_meta(self, client: IMAPClient, batch: list[int], epoch: int) -> dict[int, dict[bytes, Any]]:
        self._check_uidvalidity(client)
        if epoch != self._uidvalidity:
            raise _EpochChanged()
        return self._fetch_items(client, batch, ["RFC822.SIZE", "INTERNALDATE"])

    def _check_uidvalidity(self, client: IMAPClient) -> None:
        """Ask the server (STATUS) whether UIDVALIDITY changed under the open session; re-SELECT if so.

        A session does not reliably learn that its mailbox was recreated, so this runs before every
        listing and every batch. It also makes the server sync the session's view (new mail shows up).
        """
        client.noop()
        try:
            status = client.folder_status(self.folder, ["UIDVALIDITY"])
        except IMAPClientAbortError:
            raise
        except imaplib.IMAP4.error as exc:  # some servers refuse STATUS on the selected mailbox
            logger.debug("%s: STATUS refused (%s); UIDVALIDITY checked on reconnect only", self.name, _describe(exc))
            return
        current = int(status[b"UIDVALIDITY"])
        if current != self._uidvalidity:
            info = client.select_folder(self.folder)
            self._note_uidvalidity(int(info[b"UIDVALIDITY"]))

    def _fetch_items(self, client: IMAPClient, uids: Sequence[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        """UID FETCH that tolerates messages expunged by someone else meanwhile."""
        try:
            return client.fetch(list(uids), items)
        except IMAPClientAbortError:
            raise
        except imaplib.IMAP4.error as exc:
            if "EXPUNGE" not in str(exc).upper() and "NO LONGER EXIST" not in str(exc).upper():
                raise
        # Dovecot answers NO [EXPUNGEISSUED] when another session expunged one of the UIDs: let
        # the expunges be delivered, then ask again; the vanished UIDs simply return nothing.
        client.noop()
        try:
            return client.fetch(list(uids), items)
        except IMAPClientAbortError:
            raise
        except imaplib.IMAP4.error:
            result: dict[int, dict[bytes, Any]] = {}
            for uid in uids:
                try:
                    result.update(client.fetch([uid], items))
                except IMAPClientAbortError:
                    raise
                except imaplib.IMAP4.error:
                    continue
            return result

    def _groups_by_size(self, uids: list[int], meta: dict[int, dict[bytes, Any]]) -> Iterator[list[int]]:
        """Split UIDs so one UID FETCH downloads at most `max_fetch_bytes` (but always >= 1 message)."""
        group: list[int] = []
        total = 0
        for uid in uids:
            size = int(meta[uid].get(b"RFC822.SIZE") or 0)
            if group and total + size > self.max_fetch_bytes:
                yield group
                group, total = [], 0
            group.append(uid)
            total += size
        if group:
            yield group

    def _raw(self, epoch: int, uid: int, meta: dict[bytes, Any], data: bytes, *, too_large: bool) -> RawMessage:
        internal = meta.get(b"INTERNALDATE")
        return RawMessage(
            mailbox=self.name,
            key=f"{epoch}:{uid}",
            data=data,
            uidvalidity=epoch,
            uid=uid,
            internal_date=internal if isinstance(internal, datetime) else None,
            size=int(meta.get(b"RFC822.SIZE") or 0) or None,
            too_large=too_large,
        )

    # ------------------------------------------------------------------ moving

    def mark_processed_many(self, messages: Sequence[RawMessage]) -> None:
        """`mark_processed` for a batch: one ``UID MOVE`` (or COPY, STORE, ``UID EXPUNGE``) of the
        whole UID set instead of a round trip per message."""
        by_epoch: dict[int, list[RawMessage]] = {}
        for message in messages:
            by_epoch.setdefault(self._epoch_uid(message)[0], []).append(message)
        for group in by_epoch.values():
            self._move_uids(group, self.processed_folder, reason=None)

    def _epoch_uid(self, message: RawMessage) -> tuple[int, int]:
        uid = message.uid
        epoch = message.uidvalidity
        if uid is None or epoch is None:
            try:
                epoch_text, uid_text = message.key.split(":", 1)
                epoch, uid = int(epoch_text), int(uid_text)
            except ValueError as exc:
                raise SourceError(f"{self.name}: key {message.key!r} is not UIDVALIDITY:UID") from exc
        return epoch, uid

    def _move(self, message: RawMessage, target: str, *, reason: str | None) -> None:
        self._move_uids([message], target, reason=reason)

    def _move_uids(self, messages: Sequence[RawMessage], target: str, *, reason: str | None) -> None:
        """Move messages of one UIDVALIDITY epoch to `target` in one command."""
        pairs = [self._epoch_uid(message) for message in messages]
        epoch = pairs[0][0]
        uids = [uid for _, uid in pairs]

        def move(client: IMAPClient) -> None:
            if epoch != self._uidvalidity:
                # The UID now names a different message (or none); moving it would be wrong.
                raise _EpochChanged()
            self._ensure_folder(client, target)
            if self.use_move and "MOVE" in self._capabilities:
                client.move(uids, target)
            else:
                client.copy(uids, target)
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                if "UIDPLUS" in self._capabilities:
                    client.uid_expunge(uids)
                else:
                    # A plain EXPUNGE would also remove what other people flagged \Deleted.
                    self._pending_deleted.update((epoch, uid) for uid in uids)
                    logger.warning("%s: server lacks UIDPLUS; UID(s) %s left flagged \\Deleted", self.name, uids[:20])

        try:
            self._call(f"move to {target}", move, epoch)
        except _EpochChanged as exc:
            raise SourceError(
                f"{self.name}: UIDVALIDITY is now {self._uidvalidity}, not {epoch}; message(s) {[m.key for m in messages][:5]} not moved"
            ) from exc
        for uid in uids:
            if reason is None:
                logger.debug("%s: UID %d moved to %s", self.name, uid, target)
            else:
                logger.info("%s: UID %d quarantined in %s: %s", self.name, uid, target, reason[:200])

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if folder in self._known_folders:
            return
        if client.folder_exists(folder):
            self._known_folders.add(folder)
            return
        try:
            client.create_folder(folder)
            logger.info("%s: created folder %s", self.name, folder)
        except imaplib.IMAP4.error:
            if not client.folder_exists(folder):  # another instance may have created it meanwhile
                raise
        try:
            client.subscribe_folder(folder)
        except imaplib.IMAP4.error:
            pass
        self._known_folders.add(folder)

    # ------------------------------------------------------------------ waiting

    def _new_mail_waiting(self, client: IMAPClient) -> bool:
        """Mail that arrived after the last fetch listed the mailbox (IDLE would not report it)."""
        client.noop()  # let the server sync its view of the mailbox first
        newer = [int(uid) for uid in client.search(["UID", f"{self._highest_uid_offered + 1}:*"])]
        return any(uid > self._highest_uid_offered for uid in newer)

    def _idle_until(self, client: IMAPClient, deadline: float) -> None:
        client.idle()
        started = time.monotonic()
        early_returns = 0
        try:
            while not self._stop.is_set():
                now = time.monotonic()
                if now >= deadline:
                    return
                if now - started >= self.idle_renew_seconds:
                    client.idle_done()
                    client.idle()
                    started = time.monotonic()
                chunk = min(1.0, deadline - now)
                asked = time.monotonic()
                responses = client.idle_check(timeout=chunk)
                if not responses and chunk >= 0.2 and time.monotonic() - asked < chunk / 4:
                    # imapclient swallows EOF in idle_check and returns at once: a closed socket.
                    early_returns += 1
                    if early_returns >= 3:
                        raise IMAPClientAbortError("connection closed during IDLE")
                else:
                    early_returns = 0
                for response in responses:
                    if len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT"):
                        logger.debug("%s: IDLE reported new mail", self.name)
                        return
                    if response and response[0] == b"BYE":
                        raise IMAPClientAbortError("server said BYE during IDLE")
        finally:
            if self._client is client:
                client.idle_done()

    # ------------------------------------------------------------------ connection and retries

    def _call(self, what: str, operation: Callable[[IMAPClient], T], epoch: int | None = None) -> T:
        """Run `operation` on a live connection, reconnecting with backoff; SourceError at the end.

        When `epoch` is given and a reconnect finds a different UIDVALIDITY, `_EpochChanged` is raised
        instead of running `operation` on UIDs that no longer mean the same messages.
        """
        last: BaseException | None = None
        for attempt in range(1, self.max_attempts + 1):
            try:
                client = self._ensure_client()
                if epoch is not None and epoch != self._uidvalidity:
                    raise _EpochChanged()
                return operation(client)
            except (_EpochChanged, TokenError, LoginRefused):
                raise
            except SourceError as exc:  # from _ensure_client: connect/login/select failed
                last = exc
            except (*NETWORK_ERRORS, *PROTOCOL_ERRORS) as exc:
                last = exc
                self._drop()
            if attempt < self.max_attempts and not self._stop.is_set():
                delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5)
                logger.warning(
                    "%s: %s failed (%s); attempt %d/%d, retrying in %.1fs",
                    self.name, what, _describe(last), attempt, self.max_attempts, delay,
                )
                self._stop.wait(delay)
        raise SourceError(f"{self.name}: {what} failed after {self.max_attempts} attempt(s): {_describe(last)}") from last

    def _ensure_client(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        try:
            client = self._open()
        except (TokenError, SourceError):
            raise
        except LoginError as exc:
            raise LoginRefused(f"{self.name}: login refused for {redact(self.username)}: {_describe(exc)}") from exc
        except (*NETWORK_ERRORS, *PROTOCOL_ERRORS) as exc:
            raise SourceError(f"{self.name}: cannot connect: {_describe(exc)}") from exc
        self._client = client
        return client

    def _open(self) -> IMAPClient:
        client = self._client_factory(
            self.host,
            port=self.port,
            ssl=self.security == "tls",
            ssl_context=self.ssl_context,
            timeout=self.timeout,
        )
        try:
            if self.security == "starttls":
                client.starttls(self.ssl_context or ssl.create_default_context())
            self._login(client)
            self._capabilities = frozenset(to_unicode(c).upper() for c in client.capabilities())
            info = client.select_folder(self.folder)
            self._note_uidvalidity(int(info[b"UIDVALIDITY"]))
        except BaseException:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001
                pass
            raise
        if self._opened_before:
            self.reconnects += 1
        self._opened_before = True
        logger.info(
            "%s: connected (%s; MOVE=%s UIDPLUS=%s IDLE=%s)",
            self.name, self.security, "MOVE" in self._capabilities, "UIDPLUS" in self._capabilities,
            "IDLE" in self._capabilities,
        )
        return client

    _opened_before = False

    def _login(self, client: IMAPClient) -> None:
        if self.auth == "password":
            assert self._password is not None
            client.login(self.username, self._password)
            return
        assert self.token_provider is not None
        try:
            client.oauth2_login(self.username, self.token_provider.token())
        except LoginError:
            # The cached token may have expired or been revoked: fetch a fresh one, once.
            logger.info("%s: XOAUTH2 refused; refreshing the token once", self.name)
            self.token_provider.invalidate()
            client.oauth2_login(self.username, self.token_provider.token())

    def _note_uidvalidity(self, value: int) -> None:
        known = self._uidvalidity
        if known is None and self.state is not None:
            known = self.state.get_uidvalidity(self.name)
        if known is not None and known != value:
            logger.warning(
                "%s: UIDVALIDITY changed from %s to %s: every UID was renumbered; messages will be "
                "offered again under new keys (deduplicate by Message-ID and body hash)",
                self.name, known, value,
            )
            self.uidvalidity_changed = True
            self.uidvalidity_changes.append((known, value))
            self._highest_uid_offered = 0
            self._pending_deleted.clear()
        self._uidvalidity = value
        if self.state is not None and known != value:
            self.state.set_uidvalidity(self.name, value)

    def _drop(self) -> None:
        self._known_folders.clear()
        client, self._client = self._client, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001
                pass


def _describe(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    if isinstance(exc, socket.timeout) or (isinstance(exc, OSError) and exc.errno == errno.ETIMEDOUT):
        return "timed out"
    text = str(exc).strip() or type(exc).__name__
    return f"{type(exc).__name__}: {text[:300]}"
