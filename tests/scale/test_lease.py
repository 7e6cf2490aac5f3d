"""The mailbox lease: of several instances only one fetches; the others still send; a dead holder is replaced."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update

from tests.conftest import deliver, make_settings
from tests.triage.test_pipeline import COMPLAINT
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import InboundMessage, MailboxState
from triage.service import CycleReport


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def two_instances(tmp_path, classifier):  # noqa: ANN001, ANN201
    clock = Clock()
    settings = make_settings(tmp_path)
    first = bootstrap(settings, classifier=classifier, now=clock)
    second = bootstrap(settings, classifier=classifier, now=clock)
    return clock, settings, first, second


def registered(app) -> int:  # noqa: ANN001
    with unit_of_work(app.factory) as session:
        return len(session.scalars(select(InboundMessage.id)).all())


def test_only_the_lease_holder_fetches_and_the_other_takes_over_when_it_runs_out(tmp_path, shipped_classifier):
    clock, settings, first, second = two_instances(tmp_path, shipped_classifier)
    holder, waiter = first.service(), second.service()
    assert holder.acquire_lease() and not waiter.acquire_lease()

    inbox = settings.path("mailbox", "path")
    deliver(inbox, "m1", COMPLAINT, order=1)
    holder._poll(CycleReport())  # the holder registers and decides it; the acknowledgement is queued
    assert registered(first) == 1

    deliver(inbox, "m2", COMPLAINT.replace(b"<complaint-1@", b"<complaint-2@").replace(b"m.ellis@", b"p.ellis@"), order=2)
    report = waiter.run_once(release_lease=False)
    # Without the lease it does not fetch (m2 waits in the inbox) but it does send what is due.
    assert report.outcomes == [] and registered(second) == 1 and report.send.sent == 1

    # The holder goes quiet (a hung host): once its lease has run out, the other instance polls.
    clock.now += holder.lease + timedelta(seconds=1)
    report = waiter.run_once(release_lease=False)
    assert len(report.outcomes) == 1 and registered(second) == 2
    assert not holder.acquire_lease()  # and the old holder, back again, now waits
    first.close()
    second.close()


def test_a_clean_stop_hands_the_lease_over_at_once(tmp_path, shipped_classifier):
    clock, settings, first, second = two_instances(tmp_path, shipped_classifier)
    holder, waiter = first.service(), second.service()
    assert holder.acquire_lease() and not waiter.acquire_lease()
    holder.release_lease()
    assert waiter.acquire_lease()
    first.close()
    second.close()


def test_a_holder_process_that_died_on_this_host_is_replaced_at_once(tmp_path, shipped_classifier):
    clock, settings, first, second = two_instances(tmp_path, shipped_classifier)
    waiter = second.service()
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead = f"{socket.gethostname()[:60]}/{int(finished.stdout)}/deadbeef"
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    assert first.service().acquire_lease()
    with unit_of_work(first.factory) as session:
        # As if the holder had been killed: its lease is still valid for minutes.
        session.execute(update(MailboxState).values(lease_owner=dead, lease_until=clock.now + timedelta(minutes=5)))
    report = waiter.run_once()
    assert len(report.outcomes) == 1 and registered(second) == 1
    first.close()
    second.close()
