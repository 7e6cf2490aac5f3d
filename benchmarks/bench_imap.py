"""IMAP end to end on a real Dovecot and aiosmtpd (issue 4 and issue 8 measures).

1. Throughput: a backlog of N complaints appended to Dovecot; the service runs once in its own
   process (benchmarks/service_child.py): fetch + store + parse + classify + decide + letters queued
   and sent over SMTP to aiosmtpd (in this process); beside parse-only speed of the same bytes. The
   service's own peak RSS is reported.
2. Acknowledgement latency with IDLE: the service loop runs (in this process); each message is
   APPENDed by another connection and the time until the SMTP server accepts the acknowledgement is
   recorded.

Usage: python benchmarks/bench_imap.py [--messages 500] [--latency 20] [--database sqlite|postgresql].
Prints one JSON line. Needs dovecot-imapd (installed by .ci/install-services.sh).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.support import machine, postgres, run_service, toml  # noqa: E402
from mail.parse import parse_message  # noqa: E402
from tests.conftest import make_settings  # noqa: E402
from tests.servers import DovecotServer, SmtpRecorder  # noqa: E402
from tests.triage.test_imap_service import complaint  # noqa: E402
from triage.bootstrap import bootstrap  # noqa: E402

PASSWORD_ENV = "TRIAGE_BENCH_IMAP_PASSWORD"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--latency", type=int, default=20)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    conditions = machine()
    with postgres() if args.database == "postgresql" else contextlib.nullcontext(None) as pg_url:
        print(json.dumps(dict(run(args, pg_url), **conditions)))


def run(args: argparse.Namespace, pg_url: str | None) -> dict:
    dovecot = DovecotServer()
    dovecot.start()
    smtp = SmtpRecorder()
    smtp.start()
    try:
        username, password = dovecot.add_user()
        os.environ[PASSWORD_ENV] = password
        mailbox = {
            "kind": "imap", "host": dovecot.host, "port": dovecot.port, "security": "none", "username": username,
            "auth": "password", "password_env": PASSWORD_ENV, "idle": True, "poll_seconds": 30, "timeout_seconds": 30,
        }
        with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
            database = {"url": pg_url or f"sqlite:///{Path(tmp) / 'register.db'}"}
            settings = make_settings(Path(tmp), mailbox=mailbox, outbox=smtp.outbox_settings(), database=database)
            messages = [complaint(i) for i in range(args.messages)]
            start = time.perf_counter()
            for raw in messages:
                parse_message(raw)
            parse_rate = len(messages) / (time.perf_counter() - start)
            dovecot.append(username, messages)
            config = Path(tmp) / "triage.toml"
            config.write_text(toml({name: dict(settings.values[name]) for name in ("database", "storage", "mailbox", "outbox", "policy", "models")}))
            child = run_service(config, env={PASSWORD_ENV: password})
            e2e_rate = child["per_s"]
            assert len(smtp.messages) == len(messages), "every complaint must be acknowledged"
            app = bootstrap(settings)

            # Latency: the service waits in IDLE; each message is appended by another connection.
            smtp.reset()
            service = app.service()
            worker = threading.Thread(target=service.run_forever, daemon=True)
            worker.start()
            time.sleep(1.0)
            latencies = []
            for i in range(args.latency):
                before = len(smtp.messages)
                sent_at = time.perf_counter()
                dovecot.append(username, [complaint(100_000 + i)])
                while len(smtp.messages) == before:
                    if time.perf_counter() - sent_at > 60:
                        raise SystemExit("no acknowledgement within 60 s")
                    time.sleep(0.005)
                latencies.append(time.perf_counter() - sent_at)
            service.stop()
            worker.join(timeout=30)
            service.source.close()
            app.close()
    finally:
        smtp.stop()
        dovecot.stop()
        dovecot.cleanup()
    return {
        "benchmark": f"imap_dovecot_end_to_end_{args.database}",
        "messages": args.messages,
        "parse_only_per_s": round(parse_rate, 1),
        "end_to_end_per_s": e2e_rate,
        "ratio": round(e2e_rate / parse_rate, 3),
        "end_to_end_seconds": child["seconds"],
        "stage_seconds": child["stage_seconds"],
        "service_peak_rss_mb": child["self_peak_rss_mb"],
        "service_and_workers_peak_rss_mb": child["child_peak_rss_mb"],
        "model_version": child["model_version"],
        "ack_latency_p50_s": round(statistics.median(latencies), 3),
        "ack_latency_p95_s": round(percentile(latencies, 0.95), 3),
        "latency_samples": len(latencies),
    }


if __name__ == "__main__":
    main()
