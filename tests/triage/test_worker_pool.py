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
from triage.models import InboundMessage, MessageStatus

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
        with pids.open("a") as out:  # written by whichever process prepares the slice
            out.write(f"{os.getpid()}\n")
        return prepare(self, items)

    monkeypatch.setattr(processing.Processor, "_prepare", recording_prepare)
    for n in range(12):
        deliver(settings.path("mailbox", "path"), f"c{n}", _complaint(n), order=n)
    try:
        yield app, pids
    finally:
        app.close()


def _preparers(pids: Path) -> list[int]:
    return [int(line) for line in pids.read_text().split()]


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
