"""docs/policy.md names every step and every warning the shipped profiles produce."""

from __future__ import annotations

from pathlib import Path

import pytest

from triage.deadlines import KINDS
from triage.policy import load_profile

DOC = (Path(__file__).resolve().parents[2] / "docs" / "policy.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["conexus", "pexa"])
def test_docs_cover_the_profile(name: str) -> None:
    profile = load_profile(name)
    for kind in KINDS:
        for step in profile.steps_for(kind):
            assert f"| {kind} | `{step.name}` | `{step.clock}` {step.amount} |" in DOC, step.name
    for warning in profile.warnings:
        assert f"`{warning.code}`" in DOC and warning.rule in DOC
