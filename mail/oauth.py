"""OAuth2 access tokens for IMAP/SMTP XOAUTH2: a small provider protocol and two providers.

`CommandTokenProvider` runs a command you choose (``oauth2l fetch ...``, ``az account
get-access-token ...``, a site script) that prints an access token, and caches it for a configured
lifetime. `MsalTokenProvider` asks Microsoft Entra ID for an app-only token with the client-
credentials flow (Microsoft 365 "IMAP.AccessAsApp"); it needs the optional ``msal`` package.

A source calls `token()` before each login and `invalidate()` once after the server refused a
token, so an expired or revoked token is replaced at most once per attempt. Tokens are secrets:
they are never logged, and only their length appears in errors.
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from mail.errors import SourceError

logger = logging.getLogger(__name__)

OUTLOOK_IMAP_SCOPE = "https://outlook.office365.com/.default"


class TokenError(SourceError):
    """No access token could be obtained (the command failed, the identity provider refused)."""


class TokenProvider(Protocol):
    """Hands out a current OAuth2 access token."""

    def token(self) -> str:
        """A token that is believed valid now (cached or freshly fetched)."""
        ...

    def invalidate(self) -> None:
        """Forget the cached token: the server refused it; the next `token()` fetches a new one."""
        ...


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64): ``user=U^Aauth=Bearer T^A^A``."""
    for value in (username, token):
        if any(ch in value for ch in "\x01\r\n"):
            raise ValueError("username or token contains a control character")
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


class _CachingProvider:
    """Cache one token until its expiry (minus a margin); thread-safe."""

    def __init__(self, *, refresh_margin_seconds: float, clock: Callable[[], float]) -> None:
        self._margin = refresh_margin_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0
        self.fetch_count = 0  # how many times a token was actually obtained (tests, metrics)

    def token(self) -> str:
        with self._lock:
            now = self._clock()
            if self._token is None or now >= self._expires_at - self._margin:
                token, lifetime = self._obtain()
                if not token:
                    raise TokenError(f"{type(self).__name__}: empty access token")
                self._token = token
                self._expires_at = now + lifetime
                self.fetch_count += 1
                logger.debug("obtained a new access token (valid for %.0fs)", lifetime)
            return self._token

    def invalidate(self) -> None:
        with self._lock:
            self._token = None
            self._expires_at = 0.0

    def _obtain(self) -> tuple[str, float]:  # pragma: no cover - abstract
        raise NotImplementedError


class CommandTokenProvider(_CachingProvider):
    """Run `command` (no shell) and use what it prints as the access token.

    The output is either the bare token, or JSON carrying ``access_token``/``accessToken`` and
    optionally ``expires_in`` (seconds). The token is cached for ``expires_in`` when given, otherwise
    for `lifetime_seconds`; it is refreshed `refresh_margin_seconds` before it runs out.
    """

    def __init__(
        self,
        command: str | Sequence[str],
        *,
        lifetime_seconds: float = 300.0,
        refresh_margin_seconds: float = 30.0,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(refresh_margin_seconds=refresh_margin_seconds, clock=clock)
        self.argv = shlex.split(command) if isinstance(command, str) else list(command)
        if not self.argv:
            raise ValueError("token command is empty")
        self.lifetime_seconds = float(lifetime_seconds)
        self.timeout = timeout

    def _obtain(self) -> tuple[str, float]:
        try:
            done = subprocess.run(
                self.argv, capture_output=True, timeout=self.timeout, check=False, stdin=subprocess.DEVNULL
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise TokenError(f"token command {self.argv[0]!r} could not run: {exc}") from exc
        if done.returncode != 0:
            # stderr may help the operator; keep it short and never echo stdout (it may hold a token).
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise TokenError(f"token command {self.argv[0]!r} exited {done.returncode}: {detail[0][:200]}")
        text = done.stdout.decode("utf-8", "replace").strip()
        lifetime = self.lifetime_seconds
        if text.startswith("{"):
            try:
                payload = json.loads(text)
            except ValueError as exc:
                raise TokenError(f"token command {self.argv[0]!r} printed invalid JSON") from exc
            text = str(payload.get("access_token") or payload.get("accessToken") or "").strip()
            if payload.get("expires_in"):
                lifetime = float(payload["expires_in"])
        if not text or any(ch.isspace() for ch in text):
            raise TokenError(f"token command {self.argv[0]!r} printed no usable token ({len(text)} chars)")
        return text, lifetime


class MsalTokenProvider(_CachingProvider):
    """App-only token for Microsoft 365 IMAP/SMTP via MSAL client credentials.

    `client_credential` is a client secret string or MSAL's certificate dict
    (``{"private_key": ..., "thumbprint": ...}``). The app needs the ``IMAP.AccessAsApp`` (and/or
    ``SMTP.SendAsApp``) application permission and an Exchange service principal with mailbox
    access; see docs/mailbox.md. `app` lets tests pass an object with ``acquire_token_for_client``.
    """

    def __init__(
        self,
        tenant_id: str,
        client_id: str,
        client_credential: str | dict[str, Any] | None = None,
        *,
        scopes: Sequence[str] = (OUTLOOK_IMAP_SCOPE,),
        authority: str | None = None,
        refresh_margin_seconds: float = 300.0,
        timeout: float = 30.0,
        app: Any = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(refresh_margin_seconds=refresh_margin_seconds, clock=clock)
        self.scopes = list(scopes)
        if app is None:
            try:
                import msal  # optional extra: pip install 'triage-bot[msal]'
            except ImportError as exc:
                raise TokenError("MsalTokenProvider needs the msal package (pip install 'triage-bot[msal]')") from exc
            app = msal.ConfidentialClientApplication(
                client_id,
                client_credential=client_credential,
                authority=authority or f"https://login.microsoftonline.com/{tenant_id}",
                timeout=timeout,
            )
        self._app = app

    def invalidate(self) -> None:
        super().invalidate()
        # MSAL (>= 1.23) answers from its own cache first; drop the refused token there too.
        remove = getattr(self._app, "remove_tokens_for_client", None)
        if remove is not None:
            try:
                remove()
            except Exception as exc:  # noqa: BLE001 - best effort
                logger.debug("MSAL cache could not be cleared: %s", type(exc).__name__)

    def _obtain(self) -> tuple[str, float]:
        try:
            result = self._app.acquire_token_for_client(scopes=self.scopes)
        except Exception as exc:  # msal raises plain exceptions for network trouble
            raise TokenError(f"MSAL token request failed: {type(exc).__name__}: {exc}") from exc
        if not result or "access_token" not in result:
            error = (result or {}).get("error", "unknown_error")
            description = str((result or {}).get("error_description", ""))[:200]
            raise TokenError(f"MSAL refused the token request: {error}: {description}")
        return str(result["access_token"]), float(result.get("expires_in") or 3600)
