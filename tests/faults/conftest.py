"""The fault room reuses the mail room's real servers: Dovecot (skips locally when absent, fails under
CI=true) and the aiosmtpd recorder."""

from tests.mail.conftest import dovecot, imap_account, proxy_for, smtp_server, smtp_server_factory  # noqa: F401
