"""The Dovecot fixture skips without dovecot, but fails under CI=true (CI must test the real server)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_without_dovecot(ci: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DOVECOT_BINARY="", CI=ci)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rsf",
         "tests/mail/test_imap.py::test_quarantine_creates_the_folder"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )


@pytest.mark.parametrize("ci", ["", "true"])
def test_missing_dovecot_skips_locally_and_fails_in_ci(ci):
    result = run_without_dovecot(ci)
    output = result.stdout + result.stderr
    assert "dovecot not installed (apt-get install dovecot-imapd)" in output
    if ci:
        assert result.returncode == 1 and "1 error" in output, output
    else:
        assert result.returncode == 0 and "1 skipped" in output, output
