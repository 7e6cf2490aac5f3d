"""The NLP worker pool of a cycle (issue 8, "Measure"): a backlog's batches are prepared by the same
forked workers (which stay warm), the pool is gone when the cycle ends, and what the workers give is
what this process gives, also for messages too big to send to a worker."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import deliver, make_settings
from tests.triage.test_send_while_waiting import _complaint
from triage import processing
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.faults import VARIABLE as FAULT_VARIABLE
from triage.models import InboundMessage, Letter, LetterStatus, MessageStatus
from triage.outbox import ACKNOWLEDGEMENT_LETTERS

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")


@pytest.fixture
def small_batches(tmp_path, uses_register, shipped_classifier, monkeypatch):
    """An app whose batches are 4 messages, each prepared by two forked workers; `pids` lists the
    process that prepared each slice."""
    settings = make_settings(tmp_path, service={"batch_messages": 4})
    app = bootstrap(settings, classifier=shipped_classifier)
    monkeypatch.setattr(processing, "_workers_wanted", lambda: 2)
    monkeypatch.setattr(processing, "NLP_PARALLEL_MIN", 2)
    monkeypatch.setattr(app.processor, "decide_chunk", 2)
    pids = tmp_path / "pids"
    prepare = processing.Processor._prepare

    def recording_prepare(self, items):  # noqa: ANN001, ANN202
        with pids.open("a") as out:  # written by whichever process prepares the slice, with its niceness
            out.write(f"{os.getpid()} {os.nice(0)}\n")
        return prepare(self, items)

    monkeypatch.setattr(processing.Processor, "_prepare", recording_prepare)
    for n in range(12):
        deliver(settings.path("mailbox", "path"), f"c{n}", _complaint(n), order=n)
    try:
        yield app, pids
    finally:
        app.close()


def _preparers(pids: Path) -> list[int]:
    return [int(line.split()[0]) for line in pids.read_text().splitlines()]


def test_the_workers_yield_the_cpu_to_the_service_which_alone_decides(small_batches):
    # The service is the critical path (it decides and writes every message); the workers prepare ahead
    # and run at a lower priority, so that on two cores the service does not wait for its turn.
    app, pids = small_batches
    report = app.service().run_once()
    assert len(report.outcomes) == 12 and _all_processed(app)
    niceness = {int(pid): int(nice) for pid, nice in (line.split() for line in pids.read_text().splitlines())}
    workers = {pid: nice for pid, nice in niceness.items() if pid != os.getpid()}
    assert workers and set(workers.values()) == {min(os.nice(0) + processing.WORKER_NICENESS, 19)}


def _all_processed(app) -> bool:
    with unit_of_work(app.factory) as session:
        statuses = session.scalars(select(InboundMessage.status)).all()
    return len(statuses) == 12 and set(statuses) == {MessageStatus.PROCESSED.value}


def test_a_cycles_batches_share_one_pool_of_workers_which_is_gone_at_the_end(small_batches):
    app, pids = small_batches
    report = app.service().run_once()
    assert len(report.outcomes) == 12 and _all_processed(app)
    preparers = _preparers(pids)
    assert len(preparers) == 6  # three batches of two slices
    assert os.getpid() not in preparers and len(set(preparers)) <= 2  # the same two workers for all three batches
    assert multiprocessing.active_children() == []
    assert app.processor._pool is None


def test_without_a_kept_pool_each_batch_forks_its_own_workers(small_batches):
    app, pids = small_batches
    service = app.service()
    # The cycle's block is what keeps the pool: without it (a caller processing batches on its own),
    # each batch gets fresh workers, and none is left behind.
    service.processor.workers_kept = _no_kept_pool
    report = service.run_once()
    assert len(report.outcomes) == 12 and _all_processed(app)
    assert len(set(_preparers(pids))) > 2
    assert multiprocessing.active_children() == []


def _no_kept_pool():
    import contextlib

    return contextlib.nullcontext()


def test_messages_too_big_to_send_are_read_by_the_worker_from_the_store(small_batches, monkeypatch):
    app, pids = small_batches
    monkeypatch.setattr(processing, "SEND_TO_WORKER_MAX_BYTES", 10)  # every message: the worker reads the stored copy
    report = app.service().run_once()
    assert len(report.outcomes) == 12 and _all_processed(app)
    assert {o.case_kind for o in report.outcomes} == {"complaint"}
    assert os.getpid() not in _preparers(pids)


def test_a_worker_killed_mid_batch_costs_time_not_messages(small_batches, monkeypatch):
    # A real SIGKILL of a worker while it holds a slice (as the kernel's OOM killer would): the pool
    # never returns that slice; after the timeout the rest of the batch is prepared in the service.
    app, pids = small_batches
    monkeypatch.setattr(processing, "SLICE_TIMEOUT_SECONDS", 3.0)
    service_pid = os.getpid()
    prepare = processing.Processor._prepare  # (the fixture's recording wrapper)
    marker = pids.parent / "killed"

    def dying_prepare(self, items):  # noqa: ANN001, ANN202
        if os.getpid() != service_pid and not marker.exists():
            marker.write_text("once")
            os.kill(os.getpid(), signal.SIGKILL)
        return prepare(self, items)

    monkeypatch.setattr(processing.Processor, "_prepare", dying_prepare)
    report = app.service().run_once()
    assert marker.exists()  # a worker did die holding a slice
    assert len(report.outcomes) == 12 and _all_processed(app)
    assert {o.case_kind for o in report.outcomes} == {"complaint"}
    assert service_pid in _preparers(pids)  # what the dead worker held was prepared here
    assert multiprocessing.active_children() == []


def test_a_batch_is_handed_to_the_workers_before_the_batch_before_it_is_decided(small_batches, monkeypatch):
    # The workers prepare a batch while the service stores the next and decides the one before; the
    # batches are still decided one after another, in the order they came.
    app, _ = small_batches
    order: list[tuple[str, int]] = []
    begin, decide = processing.Processor.begin_many, processing.Processor.decide_begun

    def recording_begin(self, message_ids, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        order.append(("begin", min(message_ids)))
        return begin(self, message_ids, *args, **kwargs)

    def recording_decide(self, begun):  # noqa: ANN001, ANN202
        order.append(("decide", min(begun.message_ids)))
        return decide(self, begun)

    monkeypatch.setattr(processing.Processor, "begin_many", recording_begin)
    monkeypatch.setattr(processing.Processor, "decide_begun", recording_decide)
    report = app.service().run_once()
    assert len(report.outcomes) == 12 and _all_processed(app)
    assert [o.message_id for o in report.outcomes] == sorted(o.message_id for o in report.outcomes)
    first, second, third = sorted({start for _, start in order})
    assert order == [("begin", first), ("begin", second), ("decide", first), ("begin", third), ("decide", second), ("decide", third)]


def test_a_crash_after_a_batch_is_stored_and_before_the_one_before_is_decided_loses_nothing(tmp_path, uses_register, shipped_classifier, monkeypatch):
    # A real SIGKILL (the fault hook) of a service process once the second batch's rows are committed:
    # at that moment neither batch is decided. The restarted service decides both, each message once,
    # and each complaint gets one acknowledgement.
    settings = make_settings(tmp_path, service={"batch_messages": 4})
    monkeypatch.setattr(processing, "_workers_wanted", lambda: 2)
    monkeypatch.setattr(processing, "NLP_PARALLEL_MIN", 2)
    for n in range(12):
        deliver(settings.path("mailbox", "path"), f"c{n}", _complaint(n), order=n)
    child = os.fork()
    if child == 0:  # pragma: no cover - the child dies by SIGKILL at the fault point
        try:
            os.environ[FAULT_VARIABLE] = "intake.committed:8"  # the 8th message committed: the second batch's last
            crashing = bootstrap(settings, classifier=shipped_classifier)
            crashing.service().run_once()
        finally:
            os._exit(3)
    _, status = os.waitpid(child, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    app = bootstrap(settings, classifier=shipped_classifier)
    try:
        with unit_of_work(app.factory) as session:
            statuses = session.scalars(select(InboundMessage.status)).all()
        assert statuses == [MessageStatus.STORED.value] * 8  # two batches stored, none decided or moved
        processed = settings.path("mailbox", "path") / ".Processed" / "cur"
        assert not processed.exists() or not any(processed.iterdir())  # nothing moved on yet
        report = app.service().run_once()
        assert len(report.outcomes) == 12 and _all_processed(app)
        assert len(list(processed.iterdir())) == 12  # every message moved on, once decided
        with unit_of_work(app.factory) as session:
            acknowledged = session.scalars(select(Letter.case_id).where(Letter.kind.in_(ACKNOWLEDGEMENT_LETTERS))).all()
            statuses = set(session.scalars(select(Letter.status).where(Letter.kind.in_(ACKNOWLEDGEMENT_LETTERS))))
        assert len(acknowledged) == len(set(acknowledged)) == 12 and statuses == {LetterStatus.SENT.value}
    finally:
        app.close()
