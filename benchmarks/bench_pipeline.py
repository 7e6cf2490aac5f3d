"""End-to-end throughput of the embedded pipeline beside parse-only speed of the same messages.

Usage: python benchmarks/bench_pipeline.py [--messages 10000] [--database sqlite|postgresql] [--corpus DIR]
                                           [--big-mb 0]

The messages (Enron mail from ../shared/corpora plus data/demo_inbox, repeated with fresh Message-IDs
until N) are delivered into a Maildir; the service then runs once in its own process
(benchmarks/service_child.py: bootstrap, then one `run_once`: store, parse, classify, decide, write the
letters, move, send to the file outbox) and reports its time and its own peak RSS. Parse-only speed of
the same bytes is measured in this process, in the same run. `--database postgresql` uses a private
PostgreSQL cluster with default durability (see support.py). `--big-mb 25` adds one message of that
size (a complaint with a PDF-like attachment) to measure what a big message costs in memory.
Prints one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.support import machine, postgres, run_service, toml  # noqa: E402
from mail.parse import parse_message  # noqa: E402
from tests.conftest import deliver  # noqa: E402
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


def big_message(megabytes: float) -> bytes:
    """A complaint with an attachment, about `megabytes` in all (base64 makes it 4/3 of the payload)."""
    msg = EmailMessage()
    msg["From"] = "Pat Doe <pat.doe@example.org>"
    msg["To"] = "complaints@firm.example"
    msg["Subject"] = "Formal complaint: statements attached"
    msg["Message-ID"] = "<big-attachment@example.org>"
    msg.set_content("I want to make a formal complaint about the charges on my account. The statements are attached.\n")
    payload = os.urandom(int(megabytes * 1024 * 1024 * 3 / 4))
    msg.add_attachment(payload, maintype="application", subtype="pdf", filename="statements.pdf")
    return bytes(msg)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--corpus", default=str(REPO_ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--big-mb", type=float, default=0.0, help="add one message of this many MB")
    parser.add_argument("--batch-messages", type=int, default=0, help="[service] batch_messages (default: the service's)")
    args = parser.parse_args()
    conditions = machine()
    messages = sample_messages(Path(args.corpus), args.messages)
    if args.big_mb:
        messages.append(big_message(args.big_mb))
    start = time.perf_counter()
    for raw in messages:
        parse_message(raw)
    parse_rate = len(messages) / (time.perf_counter() - start)
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp, (
        postgres() if args.database == "postgresql" else contextlib.nullcontext(None)
    ) as pg_url:
        tmp_path = Path(tmp)
        url = pg_url or f"sqlite:///{tmp_path / 'register.db'}"
        inbox = tmp_path / "inbox"
        for i, raw in enumerate(messages):
            deliver(inbox, f"m{i:06d}", raw, order=i)
        size_mb = sum(len(m) for m in messages) / 1e6
        del messages
        config = tmp_path / "triage.toml"
        config.write_text(
            toml(
                {
                    "database": {"url": url},
                    "storage": {"raw_path": str(tmp_path / "messages")},
                    "mailbox": {"kind": "maildir", "path": str(inbox)},
                    "outbox": {"kind": "maildir", "path": str(tmp_path / "outbox"), "from_address": "complaints@firm.example",
                               "max_letters_per_recipient": 10**9},
                    "policy": {"firms": str(REPO_ROOT / "data" / "firms.csv")},
                    "models": {"path": str(REPO_ROOT / "data" / "models" / "current")},
                    **({"service": {"batch_messages": args.batch_messages}} if args.batch_messages else {}),
                }
            )
        )
        child = run_service(config)
    e2e = child["per_s"]
    print(
        json.dumps(
            {
                "benchmark": f"pipeline_maildir_{args.database}",
                "messages": child["messages"],
                "megabytes": round(size_mb, 1),
                "big_message_mb": args.big_mb or None,
                "parse_only_per_s": round(parse_rate, 1),
                "end_to_end_per_s": e2e,
                "ratio": round(e2e / parse_rate, 3),
                "end_to_end_seconds": child["seconds"],
                "letters_sent": child["letters_sent"],
                "service_peak_rss_mb": child["self_peak_rss_mb"],
                "service_and_workers_peak_rss_mb": child["child_peak_rss_mb"],
                "startup_seconds": child["startup_seconds"],
                "model_version": child["model_version"],
                "stage_seconds": child["stage_seconds"],
                "stage_cpu_seconds": child.get("stage_cpu_seconds"),
                "cpu_seconds": child.get("cpu_seconds"),
                "cpu_ms_per_message": child.get("cpu_ms_per_message"),
                "sql_statements": child.get("sql_statements"),
                "sql_statements_per_message": round(child["sql_statements"]["total"] / child["messages"], 1)
                if child.get("sql_statements") and child["messages"]
                else None,
                **conditions,
            }
        )
    )


if __name__ == "__main__":
    main()
