"""Exceptions raised by the mail room (sources, parsing, sending)."""


class MailError(Exception):
    """Root of every error raised by `mail`."""


class SourceError(MailError):
    """A mailbox could not be read (network, protocol or filesystem trouble); retry later."""


class TemporarySendError(MailError):
    """The letter was not accepted this time (4xx, connection refused); retry with backoff."""


class PermanentSendError(MailError):
    """The letter will never be accepted as it is (5xx, bad recipient); a person must look."""
