"""The SMTP sender: delivers composed letters through a submission server with smtplib.

`SmtpSender` implements `mail.types.Sender`. One connection is reused across sends; before each
send on a reused connection a ``NOOP`` checks it is still alive and a fresh one is opened if not
(a letter is never re-sent automatically after ``DATA``, so a dropped reply cannot duplicate it).

Errors: 4xx replies, connection trouble and login failures raise `TemporarySendError` (the outbox
retries with backoff); 5xx replies raise `PermanentSendError` (a person must look). Both carry
the server's code and text, and the code as ``.smtp_code``. Envelope addresses containing CR, LF
or NUL are refused before anything is sent.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from collections.abc import Sequence

from mail.errors import PermanentSendError, TemporarySendError
from mail.imap import redact
from mail.oauth import TokenProvider, xoauth2_string

logger = logging.getLogger(__name__)


def _error(code: int | None, text: str) -> TemporarySendError | PermanentSendError:
    kind = PermanentSendError if code is not None and 500 <= code < 600 else TemporarySendError
    error = kind(f"{code} {text}" if code is not None else text)
    error.smtp_code = code  # type: ignore[attr-defined]
    return error


def _text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())[:500]


class SmtpSender:
    """A `Sender` over SMTP submission (port 587 STARTTLS, 465 implicit TLS, or plain on loopback)."""

    def __init__(
        self,
        host: str,
        port: int = 587,
        *,
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        local_hostname: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
        auth: str = "password",
        token_provider: TokenProvider | None = None,
    ) -> None:
        if security not in ("tls", "starttls", "none"):
            raise ValueError('security must be "tls", "starttls" or "none"')
        if auth not in ("password", "xoauth2"):
            raise ValueError('auth must be "password" or "xoauth2"')
        if auth == "xoauth2" and (token_provider is None or not username):
            raise ValueError('auth="xoauth2" needs a username and a token_provider')
        self.host = host
        self.port = int(port)
        self.security = security
        self.username = username or None
        self._password = password
        self.timeout = float(timeout)
        self.local_hostname = local_hostname
        self.ssl_context = ssl_context
        self.auth = auth
        self.token_provider = token_provider
        self._smtp: smtplib.SMTP | None = None
        self._lock = threading.Lock()
        self.connections_opened = 0

    def send(self, message: bytes, envelope_from: str, recipients: Sequence[str]) -> None:
        if isinstance(recipients, str):
            recipients = [recipients]
        recipients = list(recipients)
        if not recipients:
            raise PermanentSendError("no recipients")
        for address in [envelope_from, *recipients]:
            if any(ch in address for ch in "\r\n\x00"):
                raise PermanentSendError("refused an envelope address containing CR/LF/NUL (header injection?)")
        if any(not address.strip() for address in recipients):
            raise PermanentSendError("empty recipient address")  # (an empty envelope_from is the null sender)
        with self._lock:
            smtp = self._connection()
            options: list[str] = []
            if not all(a.isascii() for a in [envelope_from, *recipients]):
                if not smtp.has_extn("smtputf8"):
                    raise PermanentSendError("non-ASCII address but the server does not offer SMTPUTF8")
                options.append("SMTPUTF8")
            try:
                refused = smtp.sendmail(envelope_from, recipients, message, mail_options=options)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                detail = "; ".join(f"{redact(r)}: {code} {_text(msg)}" for r, (code, msg) in exc.recipients.items())
                code = max(codes) if all(c >= 500 for c in codes) else min(codes)
                raise _error(code, f"all recipients refused: {detail}") from exc
            except smtplib.SMTPSenderRefused as exc:
                raise _error(exc.smtp_code, f"sender refused: {_text(exc.smtp_error)}") from exc
            except smtplib.SMTPServerDisconnected as exc:
                self._drop()
                raise TemporarySendError(f"connection lost while sending: {exc}") from exc
            except smtplib.SMTPResponseException as exc:  # SMTPDataError and friends
                if exc.smtp_code == 421:
                    self._drop()
                raise _error(exc.smtp_code, _text(exc.smtp_error)) from exc
            except (OSError, smtplib.SMTPException) as exc:
                self._drop()
                raise TemporarySendError(f"sending failed: {type(exc).__name__}: {exc}") from exc
        if refused:
            # Some recipients took the letter; re-sending would duplicate it for them.
            logger.warning(
                "letter accepted for some recipients only; refused: %s",
                ", ".join(f"{redact(r)} ({code})" for r, (code, _) in refused.items()),
            )
        logger.info("letter handed to %s:%d for %d recipient(s)", self.host, self.port, len(recipients))

    def close(self) -> None:
        with self._lock:
            smtp, self._smtp = self._smtp, None
            if smtp is None:
                return
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ connection

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            try:
                code, _ = self._smtp.noop()
                if code == 250:
                    return self._smtp
            except (OSError, smtplib.SMTPException):
                pass
            logger.info("SMTP connection to %s:%d went away; reconnecting", self.host, self.port)
            self._drop()
        try:
            self._smtp = self._open()
        except smtplib.SMTPAuthenticationError as exc:
            # A configuration problem, not this letter's: retry later rather than fail the letter.
            raise TemporarySendError(f"SMTP login refused: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
        except smtplib.SMTPResponseException as exc:
            raise TemporarySendError(f"SMTP server refused the session: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporarySendError(f"cannot connect to {self.host}:{self.port}: {type(exc).__name__}: {exc}") from exc
        return self._smtp

    def _open(self) -> smtplib.SMTP:
        context = self.ssl_context or ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.security == "tls":
            smtp = smtplib.SMTP_SSL(
                self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout)
        try:
            smtp.ehlo()
            if self.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise smtplib.SMTPNotSupportedError("server does not offer STARTTLS; refusing to send in clear")
                smtp.starttls(context=context)
                smtp.ehlo()
            if self.auth == "xoauth2":
                assert self.token_provider is not None and self.username
                self._xoauth2(smtp)
            elif self.username:
                smtp.login(self.username, self._password or "")
        except BaseException:
            smtp.close()
            raise
        self.connections_opened += 1
        return smtp

    def _xoauth2(self, smtp: smtplib.SMTP) -> None:
        assert self.token_provider is not None and self.username
        username = self.username
        for attempt in (1, 2):
            token = self.token_provider.token()
            try:
                # Initial response carries the token; on failure the server sends a JSON error
                # challenge, which must be answered with an empty line before the 535 comes.
                smtp.auth(
                    "XOAUTH2",
                    lambda challenge=None, t=token: xoauth2_string(username, t) if challenge is None else "",
                    initial_response_ok=True,
                )
                return
            except smtplib.SMTPAuthenticationError:
                if attempt == 2:
                    raise
                self.token_provider.invalidate()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.close()
            except OSError:
                pass
