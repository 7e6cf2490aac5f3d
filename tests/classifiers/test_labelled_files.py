"""The project's own labelled mail obeys the labelling guide: every training and trial file passes
data/make/validate.py (labels, vocabulary, the guide's consistency rules, marked request sentences)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VALIDATE = REPO / "data" / "make" / "validate.py"


def test_every_training_and_trial_file_validates():
    # no arguments: every data/labelled/*.jsonl in the guide's schema (the intake files have their own)
    trials = sorted(str(p) for p in (REPO / "data" / "trials").glob("*.jsonl"))
    assert trials, "the trial sets are part of the repository"
    for args in ([], trials):
        run = subprocess.run([sys.executable, str(VALIDATE), *args], capture_output=True, text=True, cwd=REPO)
        assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
        assert "OK: 0 invalid record(s)" in run.stdout


def test_a_file_breaking_the_guide_is_refused(tmp_path):
    import json

    row = json.loads((REPO / "data" / "labelled" / "rights_marked_c.jsonl").read_text(encoding="utf-8").splitlines()[0])
    row["labels"]["rights"] = ["erasure", "forget_me"]  # not in the vocabulary
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(VALIDATE), str(bad)], capture_output=True, text=True, cwd=REPO)
    assert run.returncode != 0
