"""Token providers (caching, refresh, failures) and XOAUTH2 logins against Dovecot."""

from __future__ import annotations

import base64
import json
import sys

import pytest

from mail.imap import LoginRefused
from mail.oauth import CommandTokenProvider, MsalTokenProvider, TokenError, xoauth2_string
from tests.mail.conftest import OAUTH_TOKEN, OAUTH_USER
from tests.servers import make_message


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def token_command(tmp_path, outputs: list[str]) -> list[str]:
    """A real command printing outputs[0], outputs[1], ... on successive runs (last one repeats)."""
    state = tmp_path / "calls"
    script = tmp_path / "token.py"
    script.write_text(
        "import json, pathlib, sys\n"
        f"state = pathlib.Path({str(state)!r})\n"
        "n = int(state.read_text()) if state.exists() else 0\n"
        "state.write_text(str(n + 1))\n"
        f"outputs = json.loads({json.dumps(json.dumps(outputs))})\n"
        "print(outputs[min(n, len(outputs) - 1)])\n"
    )
    return [sys.executable, str(script)]


def test_command_token_is_cached_for_its_lifetime_then_refreshed(tmp_path):
    clock = FakeClock()
    provider = CommandTokenProvider(
        token_command(tmp_path, ["tok-1", "tok-2", "tok-3"]), lifetime_seconds=600, refresh_margin_seconds=60, clock=clock
    )
    assert provider.token() == "tok-1"
    clock.now += 500
    assert provider.token() == "tok-1"  # still inside lifetime - margin
    clock.now += 60
    assert provider.token() == "tok-2"  # within the margin of expiry: refreshed
    provider.invalidate()
    assert provider.token() == "tok-3"
    assert provider.fetch_count == 3


def test_command_json_output_and_expires_in(tmp_path):
    clock = FakeClock()
    outputs = [json.dumps({"access_token": "json-1", "expires_in": 120}), json.dumps({"accessToken": "json-2"})]
    provider = CommandTokenProvider(
        token_command(tmp_path, outputs), lifetime_seconds=3600, refresh_margin_seconds=10, clock=clock
    )
    assert provider.token() == "json-1"
    clock.now += 111
    assert provider.token() == "json-2"


def test_command_failures_raise_token_error(tmp_path):
    with pytest.raises(TokenError, match="exited 3"):
        CommandTokenProvider([sys.executable, "-c", "import sys; print('secret'); sys.exit(3)"]).token()
    with pytest.raises(TokenError, match="no usable token"):
        CommandTokenProvider([sys.executable, "-c", "print('')"]).token()
    with pytest.raises(TokenError, match="could not run"):
        CommandTokenProvider(str(tmp_path / "no-such-command")).token()


def test_msal_provider_caches_and_reports_errors():
    class FakeApp:
        calls = 0

        def acquire_token_for_client(self, scopes):
            FakeApp.calls += 1
            assert scopes == ["https://outlook.office365.com/.default"]
            return {"access_token": f"msal-{FakeApp.calls}", "expires_in": 3599}

    clock = FakeClock()
    provider = MsalTokenProvider("tenant", "client", "secret", app=FakeApp(), clock=clock)
    assert provider.token() == "msal-1"
    clock.now += 3000
    assert provider.token() == "msal-1"
    clock.now += 400  # inside the 5-minute refresh margin
    assert provider.token() == "msal-2"
    removed = []
    provider._app.remove_tokens_for_client = lambda: removed.append(True)
    provider.invalidate()  # the server refused it: MSAL's own cache is emptied too
    assert provider.token() == "msal-3" and removed == [True]

    class Refusing:
        def acquire_token_for_client(self, scopes):
            return {"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret"}

    with pytest.raises(TokenError, match="invalid_client"):
        MsalTokenProvider("tenant", "client", "secret", app=Refusing()).token()


def test_xoauth2_string_format():
    assert xoauth2_string("someone@example.com", "abc") == "user=someone@example.com\x01auth=Bearer abc\x01\x01"
    with pytest.raises(ValueError):
        xoauth2_string("someone@example.com", "abc\r\n")


@pytest.mark.dovecot
def test_imap_xoauth2_sends_the_sasl_string_and_refreshes_a_refused_token_once(dovecot, tmp_path, proxy_for):
    dovecot.append(OAUTH_USER, [make_message(1)])
    provider = CommandTokenProvider(token_command(tmp_path, ["expired-token", OAUTH_TOKEN]), lifetime_seconds=3600)
    proxy = proxy_for(dovecot.port)
    from mail.imap import ImapSource

    with ImapSource(
        "127.0.0.1", proxy.port, security="none", username=OAUTH_USER, auth="xoauth2",
        token_provider=provider, timeout=10, backoff_base=0.05,
    ) as source:
        raws = list(source.fetch())
        assert len(raws) == 1
        for raw in raws:
            source.mark_processed(raw)
    assert provider.fetch_count == 2  # the refused token was replaced exactly once
    lines = bytes(proxy.client_bytes).split(b"\r\n")
    sent = [base64.b64decode(line) for line in lines if line and b" " not in line and len(line) > 20]
    assert xoauth2_string(OAUTH_USER, "expired-token").encode() in sent
    assert xoauth2_string(OAUTH_USER, OAUTH_TOKEN).encode() in sent
    assert any(b"AUTHENTICATE XOAUTH2" in line for line in lines)


@pytest.mark.dovecot
def test_imap_xoauth2_gives_up_when_the_fresh_token_is_refused_too(dovecot, tmp_path):
    from mail.imap import ImapSource

    provider = CommandTokenProvider(token_command(tmp_path, ["bad-1", "bad-2", "bad-3"]))
    source = ImapSource(
        dovecot.host, dovecot.port, security="none", username=OAUTH_USER, auth="xoauth2",
        token_provider=provider, timeout=10, backoff_base=0.05,
    )
    with pytest.raises(LoginRefused):
        list(source.fetch())
    assert provider.fetch_count == 2  # one refresh, no hammering of the identity provider


def test_msal_is_optional(monkeypatch):
    monkeypatch.setitem(sys.modules, "msal", None)  # as if the extra were not installed
    with pytest.raises(TokenError, match=r"triage-bot\[msal\]"):
        MsalTokenProvider("tenant", "client", "secret")
