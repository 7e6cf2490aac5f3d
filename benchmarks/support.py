"""Shared pieces of the benchmarks: the service in a child process, and a throwaway PostgreSQL.

`run_service(config)` runs ``benchmarks/service_child.py`` (bootstrap + one `run_once`, i.e. what
``run_bot.py run --once`` does) in a fresh interpreter and returns its JSON report, to which it adds the
child's peak RSS as the kernel saw it (`wait4`). So the RSS is the service's own, not the benchmark's
(which also holds the test servers and the parse-only copy of the messages).

`postgres()` starts a private PostgreSQL cluster with the server's default durability (fsync and
synchronous_commit on, unlike the test suite's cluster) on a free port, or uses
``TRIAGE_BENCH_POSTGRES_URL`` when that is set (a role that may CREATE DATABASE).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.tomlfile import toml  # noqa: F401 - the bench scripts write their config with it

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def run_service(config: Path, env: dict[str, str] | None = None, timeout: float = 3600) -> dict[str, Any]:
    """One `run_once` of the real service in a child process; its report plus `child_peak_rss_mb`."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "service_child.py"), str(config)],
        cwd=REPO, env=dict(os.environ, **(env or {})), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"service child failed ({process.returncode}):\n{err[-4000:]}")
    report = json.loads(out.strip().splitlines()[-1])
    # ru_maxrss of a waited-for child: the largest of it and its waited-for descendants (the
    # classifier's forked workers), in KiB.
    report["child_peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    return report


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    """A SQLAlchemy URL of a fresh, empty database; dropped (and the cluster stopped) afterwards."""
    given = os.environ.get("TRIAGE_BENCH_POSTGRES_URL")
    if given:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"triage_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(given, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(given).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        return
    binaries = _pg_bin()
    if binaries is None:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql) and TRIAGE_BENCH_POSTGRES_URL not set")
    root = Path(tempfile.mkdtemp(prefix="triage-bench-pg-", dir="/var/tmp"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = root / "data"
    try:
        subprocess.run([*prefix, str(binaries / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"],
                       check=True, capture_output=True)
        options = f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root}"
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w", "start", "-o", options],
                       check=True, capture_output=True)
        subprocess.run([*prefix, str(binaries / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-qAt",
                        "-c", "CREATE DATABASE triage_bench"], check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/triage_bench"
    finally:
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def machine() -> dict[str, Any]:
    """What the figures were taken on: CPUs and the load at the start."""
    return {"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}
