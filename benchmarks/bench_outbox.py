"""CPU per letter of the outbox: claim, compose, send to the file outbox, mark sent.

Usage: python benchmarks/bench_outbox.py [--letters 700] [--runs 3]

Builds a register (SQLite + Maildir + file outbox) holding at least N queued letters, by running copies of
data/demo_inbox through the real pipeline (store, parse, classify with the shipped model, decide) without
sending, each copy with its own sender and Message-ID so none is a duplicate. Then, `runs` times, it copies that
register and times one `Outbox.send_due()` on the copy: CPU seconds of this process (`time.process_time`) per
letter sent, and wall-clock. Prints one JSON line (best and every run). Docs: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.support import machine  # noqa: E402
from tests.conftest import deliver, make_settings  # noqa: E402
from triage.bootstrap import bootstrap  # noqa: E402
from triage.config import REPO_ROOT  # noqa: E402
from triage.db import unit_of_work  # noqa: E402
from triage.intake import store_raw  # noqa: E402
from triage.models import Letter  # noqa: E402


def queued_letters(factory) -> int:
    with unit_of_work(factory) as session:
        return session.scalar(select(func.count()).select_from(Letter).where(Letter.status == "queued"))


def build_register(root: Path, letters: int) -> int:
    """A register under `root` with at least `letters` queued letters; returns how many."""
    from classifiers import load_classifier
    from classifiers.directory import read_firms

    settings = make_settings(root)
    classifier = load_classifier(REPO_ROOT / "data" / "models" / "current", read_firms(REPO_ROOT / "data" / "firms.csv"))
    app = bootstrap(settings, classifier=classifier)
    pool = [p.read_bytes() for p in sorted((REPO_ROOT / "data" / "demo_inbox").glob("*.eml"))]
    inbox = settings.path("mailbox", "path")
    copy = 0
    try:
        while queued_letters(app.factory) < letters:
            for raw in pool:
                copy += 1
                raw = re.sub(rb"(?im)^Message-ID:.*\r?\n", b"", raw)
                # a sender of its own per copy: the rate limit per recipient would otherwise hold the letters
                raw = re.sub(rb"(?im)^(From:.*?)([A-Za-z0-9._%+-]+)@", lambda m: m.group(1) + m.group(2) + b".%d@" % copy, raw, count=1)
                deliver(inbox, f"m{copy}", b"Message-ID: <bench-outbox-%d@bench.example>\r\n" % copy + raw, order=copy)
            source = app.service().source
            for message in list(source.fetch()):
                stored = store_raw(message, app.factory, app.store)
                app.processor.process(stored.message_id)
                source.mark_processed(message)
        return queued_letters(app.factory)
    finally:
        app.close()


def time_send(base: Path, work: Path) -> dict[str, float]:
    shutil.copytree(base, work)
    app = bootstrap(make_settings(work), classifier=object())  # sending needs no classifier
    try:
        queued = queued_letters(app.factory)
        cpu, wall = time.process_time(), time.perf_counter()
        report = app.outbox.send_due()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        app.close()
    if report.sent != queued:
        raise SystemExit(f"sent {report.sent} of {queued} queued letters")
    return {"letters": report.sent, "cpu_ms_per_letter": round(cpu / report.sent * 1000, 2),
            "wall_ms_per_letter": round(wall / report.sent * 1000, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=700)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="bench-outbox-") as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        started = time.perf_counter()
        queued = build_register(base, args.letters)
        build_seconds = time.perf_counter() - started
        runs = [time_send(base, Path(tmp) / f"run{i}") for i in range(args.runs)]
    print(json.dumps({
        "benchmark": "outbox", "database": "sqlite", "outbox": "file", "queued_letters": queued,
        "build_seconds": round(build_seconds, 1), "best_cpu_ms_per_letter": min(r["cpu_ms_per_letter"] for r in runs),
        "runs": runs, "machine": machine(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
