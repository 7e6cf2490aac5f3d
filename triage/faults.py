"""A test-only crash hook: SIGKILL this process at a named point (see docs/reliability.md).

Inert unless the environment variable ``TRIAGE_FAULT_KILL_AT`` is set. Its value is
``POINT:N[,POINT:N...]``: the process kills itself with SIGKILL the N-th time it reaches POINT
(N defaults to 1). The kill harness in tests/faults/ uses it to crash the real service at exact
places; nothing else sets it. The points:

* ``intake.begin``: a message was fetched, nothing of it is written yet
* ``rawstore.before_rename``: its bytes are in a temporary file, not yet renamed into the store
* ``intake.committed``: its register row is committed; not processed, not moved on the server
* ``outbox.queue``: inside the decision's transaction, after a letter row was added (rolled back)
* ``outbox.claimed``: a letter is claimed (SENDING), not yet handed to the transport
* ``outbox.sent``: the transport accepted the letter; the register does not know yet
* ``scheduler.step``: inside a deadline step's transaction, after its letters were queued
"""

from __future__ import annotations

import os
import signal

VARIABLE = "TRIAGE_FAULT_KILL_AT"
_hits: dict[str, int] = {}


def fault_point(name: str) -> None:
    """Count a pass through `name`; SIGKILL the process on the configured pass. A no-op when unset."""
    spec = os.environ.get(VARIABLE)
    if not spec:
        return
    _hits[name] = _hits.get(name, 0) + 1
    for item in spec.split(","):
        point, _, count = item.strip().partition(":")
        if point == name and _hits[name] == int(count or 1):
            os.write(2, f"{VARIABLE}: killed at {name}:{_hits[name]}\n".encode())
            os.kill(os.getpid(), signal.SIGKILL)
