"""The scale room uses the mail room's real servers: Dovecot (IMAP) and aiosmtpd (SMTP)."""

from tests.mail.conftest import dovecot, imap_account, smtp_server  # noqa: F401 (pytest fixtures)
