"""Build the IMAP source from settings, with UIDVALIDITY kept in the register (mailbox_state)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from mail.imap import ImapSource
from mail.oauth import CommandTokenProvider, TokenProvider
from triage.config import Settings
from triage.db import unit_of_work
from triage.errors import ConfigError
from triage.models import MailboxState


class RegisterUidValidity:
    """UIDVALIDITY per mailbox, persisted in the register so a reset is noticed across restarts."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def get_uidvalidity(self, mailbox: str) -> int | None:
        with unit_of_work(self.factory) as session:
            state = session.get(MailboxState, mailbox)
            return state.uidvalidity if state is not None else None

    def set_uidvalidity(self, mailbox: str, value: int) -> None:
        with unit_of_work(self.factory) as session:
            state = session.get(MailboxState, mailbox)
            if state is None:
                state = MailboxState(mailbox=mailbox, consecutive_failures=0)
                session.add(state)
            state.uidvalidity = value


def token_provider(settings: Settings) -> TokenProvider:
    box = settings.section("mailbox")
    if box.get("token_command"):
        return CommandTokenProvider(str(box["token_command"]))
    if box.get("msal_client_id"):
        from mail.oauth import MsalTokenProvider

        secret = settings.secret("mailbox", "msal_client_secret")
        if not secret:
            raise ConfigError("[mailbox] msal_client_secret_env must name a variable holding the client secret")
        return MsalTokenProvider(
            tenant_id=str(box.get("msal_tenant_id", "")), client_id=str(box["msal_client_id"]), client_credential=secret
        )
    raise ConfigError('[mailbox] auth = "xoauth2" needs token_command or msal_client_id')


def make_imap_source(settings: Settings, factory: sessionmaker[Session]) -> ImapSource:
    box = settings.section("mailbox")
    if not box.get("host") or not box.get("username"):
        raise ConfigError('[mailbox] kind = "imap" needs host and username')
    password = None
    provider = None
    if box["auth"] == "xoauth2":
        provider = token_provider(settings)
    else:
        password = settings.secret("mailbox", "password")
        if password is None:
            raise ConfigError("[mailbox] password_env must name a set environment variable holding the IMAP password")
    return ImapSource(
        str(box["host"]),
        int(box["port"]),
        username=str(box["username"]),
        password=password,
        token_provider=provider,
        security=str(box["security"]),
        auth=str(box["auth"]),
        folder=str(box["folder"]),
        processed_folder=str(box["processed_folder"]),
        quarantine_folder=str(box["quarantine_folder"]),
        idle=bool(box["idle"]),
        poll_seconds=float(box["poll_seconds"]),
        batch_size=int(box["batch_size"]),
        max_message_bytes=int(box["max_message_bytes"]),
        timeout=float(box["timeout_seconds"]),
        max_attempts=int(box["connect_attempts"]),
        backoff_base=float(box["backoff_base_seconds"]),
        state=RegisterUidValidity(factory),
    )
