"""SmtpSender against a real aiosmtpd server: delivery, reply-code mapping, reuse, injection."""

from __future__ import annotations

import socket

import pytest

from mail.errors import PermanentSendError, TemporarySendError
from mail.smtp import SmtpSender
from tests.servers import free_port, make_message


def sender_for(server, **options) -> SmtpSender:
    return SmtpSender(server.host, server.port, security="none", timeout=10, **options)


def test_sends_and_reuses_one_connection(smtp_server):
    with sender_for(smtp_server, local_hostname="bot.firm.example") as sender:
        sender.send(make_message(1), "complaints@firm.example", ["customer@example.org"])
        sender.send(make_message(2), "complaints@firm.example", ["a@example.org", "b@example.org"])
        assert sender.connections_opened == 1
    first, second = smtp_server.messages
    assert first.envelope_from == "complaints@firm.example"
    assert first.recipients == ["customer@example.org"]
    assert b"Subject: Complaint number 1" in first.data
    assert second.recipients == ["a@example.org", "b@example.org"]


def test_reconnects_when_the_server_dropped_the_connection(smtp_server):
    sender = sender_for(smtp_server)
    sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    # The connection goes away while idle (server timeout, restart).
    sender._smtp.sock.shutdown(socket.SHUT_RDWR)
    sender.send(make_message(2), "bot@firm.example", ["x@example.org"])
    assert sender.connections_opened == 2
    assert len(smtp_server.messages) == 2
    sender.close()


@pytest.mark.parametrize(
    ("where", "reply", "error"),
    [
        ("rcpt", "450 4.2.1 Mailbox busy, try later", TemporarySendError),
        ("rcpt", "550 5.1.1 No such user", PermanentSendError),
        ("data", "451 4.3.0 Local problem", TemporarySendError),
        ("data", "554 5.7.1 Message rejected as spam", PermanentSendError),
    ],
)
def test_reply_codes_map_to_temporary_or_permanent(smtp_server, where, reply, error):
    setattr(smtp_server.handler, f"reply_{where}", reply)
    sender = sender_for(smtp_server)
    with pytest.raises(error) as caught:
        sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    code = int(reply[:3])
    assert caught.value.smtp_code == code
    assert str(code) in str(caught.value) and reply.split(" ", 2)[2] in str(caught.value)
    assert smtp_server.messages == []
    # The connection stays usable once the server is happy again.
    smtp_server.reset()
    sender.send(make_message(2), "bot@firm.example", ["x@example.org"])
    assert len(smtp_server.messages) == 1
    sender.close()


def test_refused_connection_is_temporary():
    sender = SmtpSender("127.0.0.1", free_port(), security="none", timeout=5)
    with pytest.raises(TemporarySendError, match="cannot connect"):
        sender.send(make_message(1), "bot@firm.example", ["x@example.org"])


@pytest.mark.parametrize(
    ("envelope_from", "recipient"),
    [
        ("bot@firm.example", "x@example.org\r\nRCPT TO:<victim@example.net>"),
        ("bot@firm.example", "x@example.org\nBcc: victim@example.net"),
        ("bot@firm.example\r\nRCPT TO:<victim@example.net>", "x@example.org"),
        ("bot@firm.example", "x@example.org\x00"),
    ],
)
def test_crlf_in_envelope_addresses_is_refused(smtp_server, envelope_from, recipient):
    sender = sender_for(smtp_server)
    with pytest.raises(PermanentSendError, match="CR/LF"):
        sender.send(make_message(1), envelope_from, [recipient])
    assert smtp_server.messages == []
    assert sender.connections_opened == 0  # refused before anything was sent


def test_starttls_required_but_not_offered_is_temporary(smtp_server):
    sender = SmtpSender(smtp_server.host, smtp_server.port, security="starttls", timeout=5)
    with pytest.raises(TemporarySendError, match="STARTTLS"):
        sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    assert smtp_server.messages == []


def test_password_login(smtp_server_factory):
    server = smtp_server_factory(users={"bot": "s3cret"})
    with SmtpSender(server.host, server.port, security="none", username="bot", password="s3cret", timeout=5) as sender:
        sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    assert len(server.messages) == 1
    wrong = SmtpSender(server.host, server.port, security="none", username="bot", password="nope", timeout=5)
    with pytest.raises(TemporarySendError, match="535"):
        wrong.send(make_message(2), "bot@firm.example", ["x@example.org"])
    assert len(server.messages) == 1


def test_xoauth2_refreshes_a_refused_token_once(smtp_server_factory):
    server = smtp_server_factory(tokens={"bot@firm.example": "fresh"})

    class Tokens:
        def __init__(self):
            self.queue = ["stale", "fresh"]
            self.invalidated = 0

        def token(self):
            return self.queue[0]

        def invalidate(self):
            self.invalidated += 1
            self.queue.pop(0)

    tokens = Tokens()
    sender = SmtpSender(
        server.host, server.port, security="none", username="bot@firm.example", auth="xoauth2",
        token_provider=tokens, timeout=5,
    )
    sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    sender.close()
    assert tokens.invalidated == 1
    assert server.handler.xoauth2_seen == [
        b"user=bot@firm.example\x01auth=Bearer stale\x01\x01",
        b"user=bot@firm.example\x01auth=Bearer fresh\x01\x01",
    ]
    assert len(server.messages) == 1


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_starttls_and_implicit_tls_verify_the_certificate(smtp_server_factory, tmp_path, security):
    import shutil
    import ssl

    from tests.servers import client_ssl_context, make_certificate

    if shutil.which("openssl") is None:
        pytest.skip("openssl not available for a test certificate")
    cert, key = make_certificate(tmp_path)
    server = smtp_server_factory(certificate=(cert, key), implicit_tls=security == "tls")
    with SmtpSender(
        server.host, server.port, security=security, timeout=5, ssl_context=client_ssl_context(cert)
    ) as sender:
        sender.send(make_message(1), "bot@firm.example", ["x@example.org"])
    assert len(server.messages) == 1
    untrusting = SmtpSender(server.host, server.port, security=security, timeout=5, ssl_context=ssl.create_default_context())
    with pytest.raises(TemporarySendError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        untrusting.send(make_message(2), "bot@firm.example", ["x@example.org"])
