"""The command line as a user runs it: classify (JSON Lines, writes nothing), cases, demo twice."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.triage.test_pipeline import COMPLAINT, NEWSLETTER
from triage.config import REPO_ROOT

FIELDS = {
    "source", "message_id", "complaint", "complaint_score", "explicit", "personal_data", "breach", "rights",
    "about_other_firm", "third_party", "auto_generated", "category", "needs_review", "evidence",
}


def run_cli(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "run_bot.py"), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=600
    )


def test_classify_reads_files_folders_maildirs_and_mboxes(tmp_path):
    (tmp_path / "one.eml").write_bytes(COMPLAINT)
    folder = tmp_path / "folder" / "nested"
    folder.mkdir(parents=True)
    (folder / "news.eml").write_bytes(NEWSLETTER)
    box = mailbox.Maildir(str(tmp_path / "maildir"), create=True)
    box.add(COMPLAINT)
    mbox = mailbox.mbox(str(tmp_path / "archive.mbox"), create=True)
    mbox.add(NEWSLETTER)
    mbox.add(COMPLAINT)
    mbox.flush()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = run_cli("classify", "one.eml", "folder", "maildir", "archive.mbox", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    for record in records:
        assert set(record) == FIELDS
        assert 0.0 <= record["complaint_score"] <= 1.0
        assert isinstance(record["rights"], list) and isinstance(record["evidence"], list)
    by_source = {r["source"]: r for r in records}
    assert by_source["one.eml"]["message_id"] == "<complaint-1@example.org>"
    news = [r for r in records if r["message_id"] == "<news-1@bulletin.example>"]
    assert len(news) == 2 and all(r["auto_generated"] and not r["complaint"] for r in news)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # classify writes nothing


def test_classify_with_another_firm_directory(tmp_path):
    firms = tmp_path / "firms.csv"
    firms.write_text("firm_id,name,aliases,domains,complaints_email,department,phone,address\nzz,Zebra Lending,Zebra,zebra.example,c@zebra.example,,,\n")
    (tmp_path / "m.eml").write_bytes(COMPLAINT)
    result = run_cli("classify", "--policy", "conexus", "--firms", str(firms), "m.eml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["about_other_firm"] in (None, "zz", "unknown")


def test_missing_path_is_a_clear_error(tmp_path):
    result = run_cli("classify", "nope.eml", cwd=tmp_path)
    assert result.returncode != 0 and "nope.eml" in result.stderr


@pytest.mark.slow
def test_demo_twice_changes_nothing_and_cases_lists_the_register(tmp_path):
    first = run_cli("demo", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "sender" in first.stdout and "CMP-" in first.stdout
    # The demo's web-form complaint is shown under the person who filled the form in, and answered there.
    assert "priya.raman@example.org (web" in first.stdout
    letters = sorted((tmp_path / "var" / "outbox" / "new").iterdir())
    assert letters
    cases = run_cli("cases", "--format", "jsonl", cwd=tmp_path)
    records = [json.loads(line) for line in cases.stdout.splitlines()]
    assert records and all({"reference", "status", "labels", "deadlines", "letters"} <= set(r) for r in records)
    second = run_cli("demo", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "0 processed" in second.stdout
    assert sorted((tmp_path / "var" / "outbox" / "new").iterdir()) == letters
    again = run_cli("cases", "--format", "jsonl", cwd=tmp_path)
    assert again.stdout == cases.stdout


def test_classify_reads_a_web_forms_relay_as_the_persons_complaint(tmp_path):
    from tests.triage.test_web_form_relay import form_mail

    (tmp_path / "form.eml").write_bytes(form_mail("form-cli@conexus-debt.example"))
    result = run_cli("classify", "form.eml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["complaint"] and not record["auto_generated"]
