"""Classification throughput (messages/s) and load time of the shipped model.

Usage: python benchmarks/bench_classify.py [--model DIR] [--corpora DIR] [--messages N] [--batch B]
Prints one JSON line: wall-clock messages/s, and with one process also messages per CPU second of
this process (less sensitive to other work on a shared machine). Messages: Enron raw mail + CFPB narratives from ../shared/corpora (a few
thousand, repeated if needed); without the corpora, synthetic sentences are used and flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from classifiers import DEFAULT_MODEL_DIR, load_classifier  # noqa: E402
from classifiers.classifier import PARALLEL_MIN, workers_wanted  # noqa: E402
from classifiers.directory import read_firms  # noqa: E402
from classifiers.types import EmailText  # noqa: E402


def sample(corpora: Path, n: int) -> tuple[list[EmailText], str]:
    from classifiers.data import load_cfpb, load_enron

    pool: list[EmailText] = []
    source = "corpora"
    try:
        pool += [ex.email for ex in load_enron(corpora)]
        pool += [ex.email for ex in load_cfpb(corpora)]
    except FileNotFoundError:
        pass
    if not pool:
        source = "synthetic"
        pool = [
            EmailText(subject="fee", body="You charged me twice again and nobody replies. Refund it now please."),
            EmailText(subject="question", body="How long does lodgement take once a workspace settles?"),
        ]
    out = [pool[i % len(pool)] for i in range(n)]
    return out, source


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(DEFAULT_MODEL_DIR))
    ap.add_argument("--corpora", default=str(REPO.parent / "shared" / "corpora"))
    ap.add_argument("--messages", type=int, default=4000)
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()

    firms = read_firms(REPO / "data" / "firms.csv")
    t_imp = time.perf_counter()
    # spaCy, scikit-learn and skops, timed apart from the load (classifiers.store imports the last two lazily)
    import skops.io  # noqa: F401
    import sklearn.linear_model  # noqa: F401

    import classifiers.classifier  # noqa: F401
    import classifiers.store  # noqa: F401

    import_s = time.perf_counter() - t_imp
    t0 = time.perf_counter()
    clf = load_classifier(Path(args.model), firms)
    load_s = time.perf_counter() - t0
    emails, source = sample(Path(args.corpora), args.messages)
    clf.classify_many(emails[:32])  # warm-up (lazy vocabularies, regex caches)
    t1 = time.perf_counter()
    c1 = time.process_time()
    complaints = 0
    for i in range(0, len(emails), args.batch):
        complaints += sum(t.complaint for t in clf.classify_many(emails[i : i + args.batch]))
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1  # this process only (forked workers are not counted)
    print(json.dumps({
        "benchmark": "classify", "model_version": clf.version, "messages": len(emails), "source": source,
        "batch": args.batch, "seconds": round(elapsed, 3), "messages_per_second": round(len(emails) / elapsed, 1),
        "cpu_seconds": round(cpu, 3),
        "messages_per_cpu_second": round(len(emails) / cpu, 1) if cpu > 0 and workers_wanted() == 1 else None,
        "load_seconds": round(load_s, 4), "import_seconds": round(import_s, 4), "complaints": complaints,
        "workers": workers_wanted() if args.batch >= PARALLEL_MIN else 1,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
