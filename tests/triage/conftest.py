"""Fixtures of the domain tests."""

from __future__ import annotations

import pytest

from triage.bootstrap import bootstrap


@pytest.fixture
def app(settings, shipped_classifier):
    """The service on the embedded default (Maildir, SQLite, file outbox) with the shipped model."""
    application = bootstrap(settings, classifier=shipped_classifier)
    yield application
    application.close()
