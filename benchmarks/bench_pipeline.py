"""End-to-end throughput on the embedded default beside parse-only speed of the same messages.

Usage: python benchmarks/bench_pipeline.py [--messages N] [--corpus DIR]
Prints one JSON line. Messages come from ../shared/corpora (enron + mime) when present, else from
data/demo_inbox, repeated with fresh Message-IDs until N are delivered.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mail.parse import parse_message  # noqa: E402
from tests.conftest import deliver, make_settings  # noqa: E402
from triage.bootstrap import bootstrap  # noqa: E402
from triage.config import REPO_ROOT  # noqa: E402
from triage.messages_on_disk import iter_messages  # noqa: E402


def sample_messages(corpus: Path, limit: int) -> list[bytes]:
    sources = [p for p in (corpus / "enron", REPO_ROOT / "data" / "demo_inbox") if p.exists()]
    pool = [raw for _, raw in iter_messages(sources)] if sources else []
    if not pool:
        raise SystemExit("no sample messages found")
    out = []
    index = 0
    while len(out) < limit:
        raw = pool[index % len(pool)]
        # A fresh Message-ID per copy, so copies are new messages rather than duplicates.
        out.append(b"Message-ID: <bench-%d@bench.example>\r\n" % index + raw)
        index += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--corpus", default=str(REPO_ROOT.parent / "shared" / "corpora"))
    args = parser.parse_args()
    messages = sample_messages(Path(args.corpus), args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        settings = make_settings(tmp_path, outbox={"max_letters_per_recipient": 10**9})
        app = bootstrap(settings)
        for i, raw in enumerate(messages):
            deliver(settings.path("mailbox", "path"), f"m{i:06d}", raw, order=i)
        start = time.perf_counter()
        for raw in messages:
            parse_message(raw)
        parse_seconds = time.perf_counter() - start
        service = app.service()
        start = time.perf_counter()
        report = service.run_once()
        e2e_seconds = time.perf_counter() - start
        app.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "benchmark": "pipeline_maildir_sqlite",
                "messages": len(messages),
                "parse_only_per_s": round(len(messages) / parse_seconds, 1),
                "end_to_end_per_s": round(len(report.outcomes) / e2e_seconds, 1),
                "ratio": round((len(report.outcomes) / e2e_seconds) / (len(messages) / parse_seconds), 3),
                "letters_sent": report.send.sent,
                "peak_rss_mb": round(peak_mb, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
