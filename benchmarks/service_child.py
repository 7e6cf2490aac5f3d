"""The service side of a benchmark, in its own process: what ``run_bot.py run --once`` does, timed.

Usage: python benchmarks/service_child.py CONFIG.toml. Prints one JSON line: messages processed, the
seconds of `run_once` (model loading and imports are reported apart), letters sent, and this process's
own peak RSS. `TRIAGE_BENCH_PROFILE=FILE` writes a cProfile of `run_once` to FILE.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    started = time.perf_counter()
    if os.environ.get("TRIAGE_BENCH_WORKERS_DEBUG"):
        import threading

        print("threads at start", threading.active_count(), file=sys.stderr)
    from triage.bootstrap import bootstrap
    from triage.config import load_settings

    logging.basicConfig(level=logging.WARNING)
    settings = load_settings(config_path=Path(sys.argv[1]), environ={})
    app = bootstrap(settings)
    ready = time.perf_counter()
    service = app.service()
    stages, stage_cpu = _time_stages(app, service)
    statements = _count_statements(app.engine)
    profile_to = os.environ.get("TRIAGE_BENCH_PROFILE")
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    cpu_before = _cpu_seconds()
    machine_before = _machine_busy_seconds()
    start = time.perf_counter()
    report = service.run_once()
    seconds = time.perf_counter() - start
    cpu = {name: round(value - cpu_before[name], 2) for name, value in _cpu_seconds().items()}
    machine_after = _machine_busy_seconds()
    if machine_before is not None and machine_after is not None:
        # Every process of the machine (other people's jobs, a PostgreSQL server): on shared cores,
        # what `run_once` had to compete with.
        cpu["machine"] = round(machine_after - machine_before, 2)
    if profile_to:
        profiler.disable()
        profiler.dump_stats(profile_to)
    close = getattr(service.source, "close", None)
    if close is not None:
        close()
    app.close()
    print(
        json.dumps(
            {
                "messages": len(report.outcomes),
                "seconds": round(seconds, 3),
                "per_s": round(len(report.outcomes) / seconds, 1) if seconds else None,
                "letters_sent": report.send.sent,
                "startup_seconds": round(ready - started, 2),
                "model_version": getattr(app.classifier, "version", ""),
                "self_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "stage_seconds": {name: round(value, 2) for name, value in stages.items()},
                # the same stages in CPU seconds, this process's and its workers' (waited for in the stage)
                "stage_cpu_seconds": {name: round(value, 2) for name, value in stage_cpu.items()},
                # CPU seconds of `run_once` (user + system): this process, and its forked workers (the
                # classifier's and the intake's pools, counted when they have been waited for), and the
                # whole machine's meanwhile ("machine", Linux). On shared cores this is steadier than
                # the wall time.
                "cpu_seconds": cpu,
                "cpu_ms_per_message": round(1000 * (cpu["service"] + cpu["workers"]) / len(report.outcomes), 2) if report.outcomes else None,
                "sql_statements": statements,
            }
        )
    )


def _cpu_seconds() -> dict[str, float]:
    # This process's CPU from `time.process_time`, not `getrusage(RUSAGE_SELF)`: while the service's
    # worker pool runs, the latter took about 0.3 ms a call here (against 4 us), and the stage
    # wrappers call this twice per message, which added seconds to the service's own time.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"service": time.process_time(), "workers": children.ru_utime + children.ru_stime}


def _machine_busy_seconds() -> float | None:
    """CPU seconds all processes of the machine have used since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        user, nice, system, _idle, _iowait, irq, softirq = (int(v) for v in fields[1:8])
        return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _count_statements(engine) -> dict[str, int]:  # noqa: ANN001
    """SQL statements the service sent (a cursor-execute listener), by their first word; `executemany`
    calls count once, as one round trip."""
    from sqlalchemy import event

    counts: dict[str, int] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def _count(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
        words = statement.split(None, 4) or ["?"]
        word = words[0].upper()
        counts[word] = counts.get(word, 0) + 1
        counts["total"] = counts.get("total", 0) + 1
        if word in ("INSERT", "UPDATE") and len(words) > 2:
            table = words[2] if word == "INSERT" else words[1]
            counts[f"{word} {table}"] = counts.get(f"{word} {table}", 0) + 1
        elif word == "SELECT" and " FROM " in statement:
            table = statement.split(" FROM ", 1)[1].split(None, 1)[0]
            counts[f"SELECT {table}"] = counts.get(f"SELECT {table}", 0) + 1

    return counts


def _time_stages(app, service) -> tuple[dict[str, float], dict[str, float]]:  # noqa: ANN001
    """Wall and CPU time per stage of `run_once` (wrappers around the real functions; nested stages
    are also counted in their parents: decide includes intake_details). Since the batch is parsed,
    classified and read in workers beside the decisions (`Processor._prepare_stream`), "parse" and
    "classify" count only what runs in this process (small batches, and messages processed again),
    and the workers' CPU falls in "decide + write", whose wall time also includes waiting for them."""
    import triage.processing as processing
    import triage.service as service_module

    totals: dict[str, float] = {}
    cpu_totals: dict[str, float] = {}

    def timed(name, function):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = time.perf_counter()
            cpu_start = sum(_cpu_seconds().values())
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - start
                cpu_totals[name] = cpu_totals.get(name, 0.0) + sum(_cpu_seconds().values()) - cpu_start

        return wrapper

    # (hasattr: the same child also times older versions of the service, for before/after figures)
    if hasattr(service_module, "store_many"):
        service_module.store_many = timed("store (bytes + rows)", service_module.store_many)
    if hasattr(service_module, "store_raw"):
        service_module.store_raw = timed("store (bytes + rows)", service_module.store_raw)
    processing.parse_message = timed("parse", processing.parse_message)
    app.classifier.classify_many = timed("classify", app.classifier.classify_many)
    if hasattr(app.processor, "_decide_many"):
        app.processor._decide_many = timed("decide + write", app.processor._decide_many)
    else:
        app.processor.process = timed("decide + write", app.processor.process)
    if hasattr(processing, "read_many"):
        processing.read_many = timed("intake NLP (read_many, before the transaction)", processing.read_many)
    if hasattr(processing, "assess_new_case"):  # the intake inside the transaction: now only storing what was read
        processing.assess_new_case = timed("  of which intake details (assess_new_case)", processing.assess_new_case)
    elif hasattr(processing, "record_new_case"):
        processing.record_new_case = timed("  of which intake details (record_new_case)", processing.record_new_case)
    if hasattr(service, "_mark_processed"):
        service._mark_processed = timed("move (Processed)", service._mark_processed)
    else:
        service.source.mark_processed = timed("move (Processed)", service.source.mark_processed)
    app.outbox.send_due = timed("outbox (claim, compose, send, mark)", app.outbox.send_due)
    return totals, cpu_totals


if __name__ == "__main__":
    main()
