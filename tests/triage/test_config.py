"""Settings: defaults, one TOML file, TRIAGE_<SECTION>_<KEY> overrides, secrets only via *_env."""

import pytest

from triage.config import load_settings
from triage.errors import ConfigError


def test_built_in_defaults_are_the_embedded_mode(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={})
    assert settings.database_url == "sqlite:///var/register.db"
    assert settings.get("mailbox", "kind") == "maildir"
    assert settings.get("outbox", "kind") == "maildir"
    assert settings.get("policy", "profile") == "pexa"
    assert settings.source == "built-in defaults"


def test_file_then_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "triage.toml").write_text(
        '[mailbox]\nkind = "imap"\nhost = "imap.example.com"\npassword_env = "MY_IMAP_SECRET"\npoll_seconds = 30\n'
        '[policy]\nprofile = "conexus"\nregion = "SCT"\n'
    )
    settings = load_settings(environ={"TRIAGE_MAILBOX_POLL_SECONDS": "15", "TRIAGE_OUTBOX_FROM_ADDRESS": "c@x.example", "MY_IMAP_SECRET": "s3cret"})
    assert settings.get("mailbox", "kind") == "imap"
    assert settings.get("mailbox", "poll_seconds") == 15
    assert settings.get("outbox", "from_address") == "c@x.example"
    assert settings.get("policy", "region") == "SCT"
    assert settings.source == "triage.toml"


def test_secret_read_from_the_named_variable(tmp_path, monkeypatch):
    path = tmp_path / "bot.toml"
    path.write_text('[outbox]\nkind = "smtp"\npassword_env = "SMTP_PASS"\n')
    monkeypatch.setenv("SMTP_PASS", "hunter2")
    assert load_settings(path).secret("outbox", "password") == "hunter2"


@pytest.mark.parametrize(
    "text",
    [
        '[outbox]\npassword = "inline"\n',
        '[mailbox]\nkind = "pop3"\n',
        '[policy]\nregion = "UK"\n',
        "not toml [",
        '[mailbox]\npoll_seconds = 0\n',
    ],
)
def test_bad_configuration_is_refused_with_a_reason(tmp_path, text):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_settings(path, environ={})


def test_badly_typed_environment_value(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError):
        load_settings(environ={"TRIAGE_MAILBOX_POLL_SECONDS": "soon"})


def test_no_mail_alert_counts_business_hours_only():
    from datetime import datetime, timezone

    from triage.health import business_hours_between
    from triage.policy import load_profile

    calendar = load_profile("pexa").calendar("ENG")
    # Friday 16:00 to Monday 10:00 (London, GMT in December): 1 hour on Friday and 1 on Monday.
    friday = datetime(2026, 12, 4, 16, 0, tzinfo=timezone.utc)
    monday = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)
    assert business_hours_between(friday, monday, calendar) == pytest.approx(2.0)
    # Christmas Day and Boxing Day (a Saturday, so Monday 28th is the substitute) are not business days.
    assert business_hours_between(datetime(2026, 12, 24, 17, 0, tzinfo=timezone.utc), datetime(2026, 12, 29, 9, 0, tzinfo=timezone.utc), calendar) == 0
