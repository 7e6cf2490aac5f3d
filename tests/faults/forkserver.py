"""A fork server for the kill harness: start the real service entry point many times, cheaply.

`python run_bot.py run` spends about 3 seconds importing scikit-learn, spaCy and friends before it
does anything, which would put a hundred restarts far over the CI budget. This process imports
those modules once (nothing else: no settings, no engine, no connection, no thread) and then,
for each request, forks a child that calls ``triage.cli.main(argv)`` -- exactly what
``run_bot.py`` does -- with its own environment, working directory and log file. The child is a
separate process with its own pid; the harness kills it with SIGKILL like any other.

Protocol, one JSON object per line on stdin/stdout:

* ``{"spawn": {"argv": [...], "env": {...}, "cwd": "...", "log": "..."}}`` -> ``{"pid": N}``
* ``{"wait": N}`` -> ``{"pid": N, "status": S}`` (S as from ``os.waitstatus_to_exitcode``: -9 = SIGKILL)
* ``{"quit": true}`` or end of input: exit
"""

from __future__ import annotations

import json
import os
import sys
import traceback

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def preload() -> None:
    sys.path.insert(0, REPO)
    import mailparser  # noqa: F401
    import sqlalchemy.dialects.sqlite  # noqa: F401

    import classifiers.classifier  # noqa: F401
    import classifiers.store  # noqa: F401
    import mail.imap  # noqa: F401
    import mail.smtp  # noqa: F401
    import triage.bootstrap  # noqa: F401
    import triage.cli
    import triage.imap_wiring  # noqa: F401

    triage.cli.build_parser()  # imports every room's CLI module, as main() does
    # What `run` imports lazily on its way up (migrations and their templates; the bank-holiday calendar is
    # a JSON file, so `holidays` is not imported by the service).
    import alembic.command  # noqa: F401
    import alembic.runtime.migration  # noqa: F401
    import mako.template  # noqa: F401
    import sqlite3  # noqa: F401


def child(request: dict) -> None:
    try:
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
        sys.argv = ["run_bot.py", *request["argv"]]
        import triage.cli

        code = triage.cli.main(request["argv"])
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code or 0))
    except SystemExit as exc:
        os._exit(int(exc.code or 0) if isinstance(exc.code, int) else 1)
    except BaseException:  # noqa: BLE001 - report, then leave without running the parent's cleanup
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(70)


def main() -> None:
    preload()
    out = sys.stdout
    out.write(json.dumps({"ready": os.getpid()}) + "\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        if "spawn" in request:
            pid = os.fork()
            if pid == 0:
                child(request["spawn"])
            answer = {"pid": pid}
        elif "wait" in request:
            _, status = os.waitpid(int(request["wait"]), 0)
            answer = {"pid": request["wait"], "status": os.waitstatus_to_exitcode(status)}
        else:
            break
        out.write(json.dumps(answer) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
