"""Exceptions of the triage room. Sender mistakes (bad MIME, odd charsets) are data, not these."""


class TriageError(Exception):
    """Root of every error raised by `triage`."""


class ConfigError(TriageError):
    """The configuration is unusable; the message says which key and why."""


class StorageError(TriageError):
    """A raw message could not be written durably (disk full, permissions); nothing was lost."""
