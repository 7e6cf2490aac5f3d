"""Sessions, CSRF tokens, bearer tokens and the login rate limit of the review app.

The session is a signed cookie (itsdangerous, HMAC-SHA256 with the `[web] secret_key_env` secret)
holding the user id, a fingerprint of the password hash (a password change ends old sessions) and
the CSRF token. It is HttpOnly, SameSite=Strict, and Secure when `[web] secure_cookies` is set or
the request came over HTTPS. Unsafe requests need the CSRF token (form field `csrf_token` or header
`X-CSRF-Token`) unless they authenticate by bearer token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

COOKIE = "triage_session"
SESSION_SECONDS = 8 * 3600


@dataclass(frozen=True)
class Principal:
    """Who is making the request and how they proved it."""

    user_id: int
    username: str
    role: str
    via: str  # "session" | "token"
    csrf: str = ""


class LoginRequired(Exception):
    """A page was asked for without a session: the app answers 302 to /login."""


class CsrfFailed(Exception):
    """A form or unsafe request lacked a valid CSRF token: 403."""


class Forbidden(Exception):
    """Signed in, but the role does not allow this: 403."""


def fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


class SessionCodec:
    def __init__(self, secret: str, secure: bool) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="triage-review-session")
        self.secure = secure

    def read(self, request: Request) -> dict[str, Any]:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return {}
        try:
            data = self.serializer.loads(raw, max_age=SESSION_SECONDS)
        except BadSignature:
            return {}
        return data if isinstance(data, dict) else {}

    def write(self, request: Request, response: Response, data: dict[str, Any]) -> None:
        response.set_cookie(
            COOKIE,
            self.serializer.dumps(data),
            max_age=SESSION_SECONDS,
            path="/",
            httponly=True,
            samesite="strict",
            secure=self.secure or request.url.scheme == "https",
        )

    def clear(self, response: Response) -> None:
        response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict", secure=self.secure)


def new_csrf() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected.encode(), str(given).encode())


class LoginLimiter:
    """At most `limit` failed logins per `window` seconds per username, and `address_limit` per
    client address (higher: several staff may share an office NAT)."""

    def __init__(self, limit: int = 5, window: float = 300.0, address_limit: int = 20) -> None:
        self.limit = limit
        self.address_limit = address_limit
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, address: str, username: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return len(self._recent(f"ip:{address}", now)) >= self.address_limit or len(self._recent(f"user:{username.lower()}", now)) >= self.limit

    def failed(self, address: str, username: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"ip:{address}", f"user:{username.lower()}"):
                self._recent(key, now).append(now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"user:{username.lower()}", None)
