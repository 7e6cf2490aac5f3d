"""Settings: one TOML file, built-in defaults for the embedded mode, `TRIAGE_<SECTION>_<KEY>` overrides.

Secrets never live in the file: a key ending in `_env` names the environment variable that holds
the secret (e.g. `password_env = "TRIAGE_IMAP_PASSWORD"`). Settings are loaded once, in the CLI,
and passed down; nothing else reads the environment or the file.
"""

from __future__ import annotations

import copy
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from triage.errors import ConfigError

DEFAULT_CONFIG_NAME = "triage.toml"
REPO_ROOT = Path(__file__).resolve().parent.parent

# Every key the bot knows, with its default. data/triage.example.toml documents each one.
DEFAULTS: dict[str, dict[str, Any]] = {
    "database": {"url": "sqlite:///var/register.db", "echo": False},
    # details_key_env: the environment variable holding the Fernet key for intake details, used
    # only when the policy profile says `[intake] details_storage = "encrypted"`.
    "storage": {"raw_path": "var/messages", "details_key_env": "TRIAGE_DETAILS_KEY"},
    "mailbox": {
        "kind": "maildir",
        "path": "var/inbox",
        "host": "",
        "port": 993,
        "security": "tls",
        "username": "",
        "password_env": "",
        "auth": "password",
        "token_command": "",
        "msal_tenant_id": "",
        "msal_client_id": "",
        "msal_client_secret_env": "",
        "folder": "INBOX",
        "processed_folder": "Processed",
        "quarantine_folder": "Quarantine",
        "idle": True,
        "poll_seconds": 60,
        "batch_size": 100,
        "max_message_bytes": 50 * 1024 * 1024,
        "timeout_seconds": 60,
        # Tries per call before the source gives up and the loop backs off (exponential, jittered).
        "connect_attempts": 4,
        "backoff_base_seconds": 1.0,
    },
    "outbox": {
        "kind": "maildir",
        "path": "var/outbox",
        "from_address": "complaints@triage-bot.example",
        "from_name": "Complaints Team",
        "message_id_domain": "",
        "host": "",
        "port": 587,
        "security": "starttls",
        "username": "",
        "password_env": "",
        "timeout_seconds": 30,
        "max_attempts": 8,
        "retry_base_seconds": 60,
        # Loop backstop (peers.md §c2): at most this many letters to one address per window.
        "max_letters_per_recipient": 5,
        "rate_window_minutes": 60,
    },
    "policy": {"profile": "pexa", "firms": "data/firms.csv", "region": "ENG"},
    "models": {"path": "data/models/current"},
    # Register retention below the profile's `retention_years` (which covers complaints, rights
    # requests and breaches): how long mail that owed nothing is kept.
    "retention": {"no_action_days": 365, "auto_mail_days": 90},
    "service": {
        "instance_id": "",
        "log_level": "INFO",
        "failure_alert_after": 5,  # consecutive mailbox failures before an alert
        "no_mail_alert_business_hours": 8,  # a complaints mailbox silent this long is suspicious
        # Messages stored, then processed, per batch (also cut at 32 MB); the rows of a batch are
        # committed before any of it is processed, and it is moved on the server after.
        "batch_messages": 500,
    },
}

SECTIONS = tuple(DEFAULTS)


@dataclass(frozen=True)
class Settings:
    """Typed view of the merged configuration."""

    values: dict[str, dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(DEFAULTS))
    source: str = "built-in defaults"

    def get(self, section: str, key: str) -> Any:
        try:
            return self.values[section][key]
        except KeyError as exc:
            raise ConfigError(f"unknown setting [{section}] {key}") from exc

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.values.get(name, {}))

    def secret(self, section: str, key: str) -> str | None:
        """The secret named by `[section] key_env`, read from the environment; None when unset."""
        variable = self.values.get(section, {}).get(f"{key}_env") or ""
        if not variable:
            return None
        return os.environ.get(variable)

    def path(self, section: str, key: str) -> Path:
        return Path(str(self.get(section, key))).expanduser()

    @property
    def database_url(self) -> str:
        return str(self.get("database", "url"))

    @property
    def message_id_domain(self) -> str:
        configured = str(self.get("outbox", "message_id_domain") or "")
        if configured:
            return configured
        address = str(self.get("outbox", "from_address"))
        return address.rsplit("@", 1)[-1] if "@" in address else "localhost"


def _coerce(raw: str, default: Any) -> Any:
    if isinstance(default, bool):
        if raw.strip().lower() in ("1", "true", "yes", "on"):
            return True
        if raw.strip().lower() in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"expected true/false, got {raw!r}")
    if isinstance(default, int):
        try:
            return int(raw)
        except ValueError as exc:
            raise ConfigError(f"expected a whole number, got {raw!r}") from exc
    if isinstance(default, float):
        return float(raw)
    return raw


def _check_no_inline_secrets(values: dict[str, dict[str, Any]]) -> None:
    for section, keys in values.items():
        for key in keys:
            if key in ("password", "secret", "token", "client_secret"):
                raise ConfigError(
                    f"[{section}] {key} must not be written in the file: use {key}_env naming an environment variable"
                )


def load_settings(
    config_path: str | Path | None = None,
    environ: dict[str, str] | None = None,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Settings:
    """Merge defaults, the TOML file (if any) and TRIAGE_* environment variables.

    With no `config_path`, `triage.toml` in the current directory is used if present.
    Raises ConfigError for an unreadable file, an unknown section or a badly typed value.
    """
    environ = dict(os.environ if environ is None else environ)
    values = copy.deepcopy(DEFAULTS)
    source = "built-in defaults"
    path: Path | None = Path(config_path) if config_path else None
    if path is None and Path(DEFAULT_CONFIG_NAME).is_file():
        path = Path(DEFAULT_CONFIG_NAME)
    if path is not None:
        try:
            with open(path, "rb") as handle:
                loaded = tomllib.load(handle)
        except FileNotFoundError as exc:
            raise ConfigError(f"configuration file not found: {path}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"configuration file {path} is not valid TOML: {exc}") from exc
        _check_no_inline_secrets(loaded)
        for section, keys in loaded.items():
            if not isinstance(keys, dict):
                raise ConfigError(f"[{section}] must be a table")
            # Later issues add sections (web, report, ...): unknown sections are kept, not refused.
            values.setdefault(section, {}).update(keys)
        source = str(path)
    for section, keys in (overrides or {}).items():
        values.setdefault(section, {}).update(keys)
    for name, raw in environ.items():
        if not name.startswith("TRIAGE_"):
            continue
        rest = name[len("TRIAGE_") :].lower()
        for section in sorted(values, key=len, reverse=True):
            if rest.startswith(section + "_"):
                key = rest[len(section) + 1 :]
                default = DEFAULTS.get(section, {}).get(key, values[section].get(key, ""))
                values[section][key] = _coerce(raw, default)
                break
    for key in ("poll_seconds", "batch_size", "max_message_bytes"):
        if int(values["mailbox"][key]) <= 0:
            raise ConfigError(f"[mailbox] {key} must be positive")
    if int(values["service"]["batch_messages"]) <= 0:
        raise ConfigError("[service] batch_messages must be positive")
    if values["mailbox"]["kind"] not in ("maildir", "imap"):
        raise ConfigError('[mailbox] kind must be "maildir" or "imap"')
    if values["outbox"]["kind"] not in ("maildir", "smtp"):
        raise ConfigError('[outbox] kind must be "maildir" or "smtp"')
    if values["policy"]["region"] not in ("ENG", "SCT", "NIR", "WLS"):
        raise ConfigError('[policy] region must be one of "ENG", "SCT", "NIR", "WLS"')
    return Settings(values=values, source=source)
