"""`make bench`: run every benchmark and print their JSON lines.

Every `benchmarks/bench_*.py` script runs with its defaults; the pipeline and IMAP benchmarks run a
second time on PostgreSQL (a private cluster with default durability, or TRIAGE_BENCH_POSTGRES_URL).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTRA = {
    "bench_pipeline.py": [["--database", "postgresql"]],
    "bench_imap.py": [["--database", "postgresql"]],
}


def main() -> int:
    status = 0
    for script in sorted(HERE.glob("bench_*.py")):
        for args in [[], *EXTRA.get(script.name, [])]:
            print(f"# {script.name} {' '.join(args)}".rstrip(), flush=True)
            result = subprocess.run([sys.executable, str(script), *args], cwd=HERE.parent)
            status = status or result.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
