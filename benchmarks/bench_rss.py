"""Peak RSS of the service with and without one 25 MB message (issue 8: at most +150 MB).

Usage: python benchmarks/bench_rss.py [--messages 500] [--big-mb 25]
Runs benchmarks/bench_pipeline.py twice on the same kind of Maildir backlog, the second time with one
extra message of `--big-mb` MB (a complaint with a PDF-like attachment), and prints one JSON line with
both peaks (the service process alone, measured in its own process) and the difference.

`largest_process_peak_rss_mb` is the largest peak of any one process of the run: the service or one
of the children it waited for (the classifier's and the intake's forked workers, and the short-lived
children that read the model and migrate a new register at start-up, see `triage.bootstrap.in_child`).
A forked child's figure counts the pages it still shares with the service, so it is not additive.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def pipeline(*args: str) -> dict:
    result = subprocess.run([sys.executable, str(HERE / "bench_pipeline.py"), *args], cwd=HERE.parent, capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--big-mb", type=float, default=25.0)
    args = parser.parse_args()
    base = pipeline("--messages", str(args.messages))
    big = pipeline("--messages", str(args.messages), "--big-mb", str(args.big_mb))
    print(
        json.dumps(
            {
                "benchmark": "service_peak_rss",
                "messages": args.messages,
                "big_message_mb": args.big_mb,
                "peak_rss_mb": base["service_peak_rss_mb"],
                "peak_rss_with_big_message_mb": big["service_peak_rss_mb"],
                "increase_mb": round(big["service_peak_rss_mb"] - base["service_peak_rss_mb"], 1),
                "largest_process_peak_rss_mb": base.get("service_and_workers_peak_rss_mb"),
                "largest_process_peak_rss_with_big_message_mb": big.get("service_and_workers_peak_rss_mb"),
                "model_version": big["model_version"],
                "load_avg_1m": base["load_avg_1m"],
            }
        )
    )


if __name__ == "__main__":
    main()
