"""The classifiers' exception root, so callers can catch everything this room raises in one place."""

from __future__ import annotations


class ClassifierError(Exception):
    """Base class for every error raised by the classifiers package."""


class ModelLoadError(ClassifierError):
    """A model directory is missing, incomplete, or holds types outside the trusted allow-list."""


class TrainingDataError(ClassifierError):
    """Training or evaluation data is missing or malformed (bad JSONL line, no usable rows)."""
