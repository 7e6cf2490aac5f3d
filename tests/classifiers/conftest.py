"""Fixtures for the classifier tests: corpora (skip when absent, fail under CI=true), a small directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from classifiers.types import Firm

REPO = Path(__file__).resolve().parents[2]
CORPORA = Path(os.environ.get("TRIAGE_CORPORA", REPO.parent / "shared" / "corpora"))
GUIDE = REPO.parent / "shared" / "labelling" / "labelling-guide.jsonl"
IN_CI = os.environ.get("CI", "").lower() == "true"


def require(path: Path) -> Path:
    """`path`, or a skip with the reason (a failure under CI=true, where the data must be present)."""
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing under CI=true")
        pytest.skip(f"{path} not present (set TRIAGE_CORPORA or place ../shared next to the repo)")
    return path


@pytest.fixture(scope="session")
def corpora() -> Path:
    return require(CORPORA)


@pytest.fixture(scope="session")
def guide() -> Path:
    return require(GUIDE)


@pytest.fixture(scope="session")
def directory() -> list[Firm]:
    """A directory unlike data/firms.csv, so the tests prove the rules come from the directory."""
    return [
        Firm("grl", "Granite Ridge Lending", aliases=("Granite Ridge", "GRL"), domains=("graniteridge.co.uk",)),
        Firm("mwl", "Millbrook & Weir LLP", aliases=("Millbrook Weir", "Millbrook and Weir"), domains=("millbrookweir.com",)),
        Firm("sfe", "Saltmarsh Energy", aliases=("Saltmarsh",), domains=("saltmarsh-energy.co.uk",)),
    ]
