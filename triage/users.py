"""Staff accounts for the review app: argon2 password hashes, API tokens, roles and what each may do.

Passwords are hashed with argon2id (argon2-cffi). API tokens are random 256-bit values shown once;
only their SHA-256 is stored (a token has full entropy, so a slow hash adds nothing).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.errors import TriageError
from triage.models import AuditEvent, User

ROLES = ("handler", "team_leader", "analyst", "admin")

# What each role may do in the review app. Everyone signed in may read the queue and cases.
PERMISSIONS: dict[str, frozenset[str]] = {
    "handler": frozenset({"label", "firm", "outcome", "assign_self", "letter_edit"}),
    "team_leader": frozenset({"label", "firm", "outcome", "assign", "assign_self", "letter_edit", "letter_approve"}),
    "analyst": frozenset({"label"}),
    "admin": frozenset({"label", "firm", "outcome", "assign", "assign_self", "letter_edit", "letter_approve", "users"}),
}

MIN_PASSWORD_LENGTH = 12


class UserError(TriageError, ValueError):
    """A user could not be created or changed (bad role, weak password, duplicate name)."""


def _hasher():  # imported lazily: the bot itself never needs argon2
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# A fixed hash so an unknown username costs as much time as a wrong password.
_DUMMY_HASH: str | None = None


def _dummy_verify(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_urlsafe(16))
    verify_password(_DUMMY_HASH, password)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def can(role: str, permission: str) -> bool:
    return permission in PERMISSIONS.get(role, frozenset())


def create_user(session: Session, username: str, role: str, password: str, actor: str = "cli") -> User:
    """Add a user (in the caller's transaction). Raises UserError for a bad role, name or password."""
    username = (username or "").strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise UserError("username must be 1-100 characters without spaces")
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise UserError(f"user {username} already exists")
    user = User(username=username, role=role, password_hash=hash_password(password), active=True)
    session.add(user)
    session.flush()
    session.add(AuditEvent(event="user_created", rule="review", actor=actor, detail={"username": username, "role": role}))
    return user


def issue_api_token(session: Session, username: str, actor: str = "cli") -> str:
    """A new API token for `username` (replacing any earlier one); returned once, stored hashed."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise UserError(f"no user {username}")
    token = secrets.token_urlsafe(32)
    user.api_token_hash = token_hash(token)
    session.add(AuditEvent(event="api_token_issued", rule="review", actor=actor, detail={"username": username}))
    return token


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, or None (same cost either way)."""
    user = session.scalar(select(User).where(User.username == (username or "").strip()))
    if user is None or not user.active:
        _dummy_verify(password or "")
        return None
    if not verify_password(user.password_hash, password or ""):
        return None
    return user


def user_for_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    digest = token_hash(token)
    user = session.scalar(select(User).where(User.api_token_hash == digest))
    if user is None or not user.active or not hmac.compare_digest(user.api_token_hash or "", digest):
        return None
    return user
