"""The `deadlines` and `letter` subcommands: output shape, registration into the main CLI."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

import pytest

from triage.policy_cli import main, register


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadlines_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadlines", "--policy", "pexa", "--kind", "complaint", "--received", "2026-01-05T09:30:00+00:00")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"kind", "received", "steps"}
    assert data["kind"] == "complaint" and data["received"] == "2026-01-05T09:30:00+00:00"
    assert data["steps"]["summary_resolution_by"] == "2026-01-08T17:00:00+00:00"
    assert data["steps"]["final_response_by"] == "2026-03-02T23:59:59+00:00"
    for value in data["steps"].values():
        parsed = datetime.fromisoformat(value)
        assert parsed.utcoffset() is not None


@pytest.mark.parametrize("kind", ["complaint", "rights_request", "data_protection_complaint", "breach"])
@pytest.mark.parametrize("policy", ["conexus", "pexa"])
def test_deadlines_every_kind(capsys: pytest.CaptureFixture[str], policy: str, kind: str) -> None:
    code, out, _ = run(capsys, "deadlines", "--policy", policy, "--kind", kind, "--received", "2026-06-19T12:00:00+01:00")
    assert code == 0
    assert json.loads(out)["steps"]


def test_deadlines_region_override(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "deadlines", "--policy", "pexa", "--kind", "complaint", "--received", "2026-04-02T10:00:00+01:00", "--region", "SCT")
    assert json.loads(out)["steps"]["summary_resolution_by"] == "2026-04-08T17:00:00+01:00"


def test_deadlines_naive_received_is_london(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "deadlines", "--policy", "pexa", "--kind", "breach", "--received", "2026-07-01T10:00")
    data = json.loads(out)
    assert data["received"] == "2026-07-01T10:00:00+01:00"
    assert data["steps"]["notify_regulator_by"] == "2026-07-04T10:00:00+01:00"


def test_deadlines_unknown_policy(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "deadlines", "--policy", "nope", "--kind", "complaint", "--received", "2026-01-05T09:30:00+00:00")
    assert code == 2 and "unknown policy profile" in err


def test_letter_text_and_html(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "letter", "--policy", "conexus", "--kind", "acknowledgement")
    assert code == 0
    assert out.startswith("Subject: [CMP-2026-000042] We have received your complaint\n\n")
    assert "\nDear Alex Example,\n" in out
    code, out, _ = run(capsys, "letter", "--policy", "pexa", "--kind", "final_response", "--outcome", "reject", "--html")
    assert code == 0 and "<html" in out and "We do not uphold your complaint." in out


def test_register_sets_func() -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["deadlines", "--policy", "pexa", "--kind", "breach", "--received", "2026-01-05T09:30:00Z"])
    assert callable(args.func)
    args = parser.parse_args(["letter", "--policy", "pexa", "--kind", "holding"])
    assert callable(args.func)
