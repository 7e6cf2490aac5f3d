"""Letters sent while the service waits for its workers (issue 8, "Measure"): a big batch's first
acknowledgements leave while its later slices are still being prepared, each exactly once, and the
waiting never loses or reorders a slice, whatever the work done meanwhile does."""

from __future__ import annotations

import multiprocessing
import time
from email.message import EmailMessage

import pytest
from sqlalchemy import func, select

from tests.conftest import deliver
from triage import processing
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import InboundMessage, Letter, MessageStatus

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")


def _slow_square(n: int) -> int:
    time.sleep(0.3)
    if n < 0:
        raise ValueError(f"bad slice {n}")
    return n * n


@pytest.fixture
def pool():
    with multiprocessing.get_context("fork").Pool(1) as workers:
        yield workers


def test_the_wait_is_used_until_the_slice_is_back_and_the_slice_is_the_one_awaited(pool):
    results = pool.imap(_slow_square, [3, 4])
    polls: list[bool] = []

    def meanwhile(ready):
        while not ready():
            polls.append(False)
            time.sleep(0.01)
        polls.append(True)

    assert processing._next_result(results, meanwhile) == 9
    assert polls[0] is False and polls[-1] is True  # it ran while the slice was not back, and stopped when it was
    assert processing._next_result(results, meanwhile) == 16


def test_a_worker_failure_seen_while_waiting_is_raised_not_skipped(pool):
    results = pool.imap(_slow_square, [-1, 5])

    def meanwhile(ready):
        while not ready():  # sees the failure: ready() turns true
            time.sleep(0.01)

    with pytest.raises(ValueError, match="bad slice -1"):
        processing._next_result(results, meanwhile)
    assert processing._next_result(results, None) == 25  # the next slice is still the next one


def test_failing_work_meanwhile_does_not_lose_the_slice(pool):
    results = pool.imap(_slow_square, [6])

    def meanwhile(ready):
        raise RuntimeError("the outbox's database is down")

    assert processing._next_result(results, meanwhile) == 36


def _complaint(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Customer {n} <customer{n}@example.org>"
    msg["To"] = "complaints@firm.example"
    msg["Subject"] = f"Formal complaint about my account {n}"
    msg["Message-ID"] = f"<complaint-{n}@example.org>"
    msg.set_content(
        f"I want to make a formal complaint. You charged me twice this month on account {1000 + n} and nobody "
        "has answered my calls. Please put this right and refund the charge.\n\nCustomer"
    )
    return bytes(msg)


def test_a_big_batch_acknowledges_its_first_complaints_before_its_last_are_decided(settings, shipped_classifier, monkeypatch, tmp_path):
    app = bootstrap(settings, classifier=shipped_classifier)
    first_sent = tmp_path / "first-letter-sent"  # a flag the forked workers can see
    try:
        complaints = 8
        for n in range(complaints):
            deliver(settings.path("mailbox", "path"), f"c{n}", _complaint(n), order=n)
        # Four slices of two in two forked workers, each slice slow to prepare (as NLP is on a busy
        # machine), so the service has to wait for the later slices.
        monkeypatch.setattr(processing, "_workers_wanted", lambda: 2)
        monkeypatch.setattr(processing, "NLP_PARALLEL_MIN", 2)
        monkeypatch.setattr(app.processor, "decide_chunk", 2)
        prepare = processing.Processor._prepare

        last = f"<complaint-{complaints - 1}@".encode()

        def slow_prepare(self, items):  # noqa: ANN001, ANN202
            time.sleep(0.4)
            # The slice holding the last complaint is held back until a letter has left (at most 30 s), so the
            # order the test asserts does not hang on how the kernel shares a busy machine's cores: a
            # service that sent only after the whole batch was decided still fails (it sends nothing while
            # the slice is held, so the first letter leaves after the last complaint is decided).
            if any(last in (item[1] or b"") for item in items):
                deadline = time.monotonic() + 30.0
                while not first_sent.exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
            return prepare(self, items)

        monkeypatch.setattr(processing.Processor, "_prepare", slow_prepare)
        decided_when_sent: list[int] = []
        sender = app.outbox.sender
        real_send = sender.send

        def send(data, from_address, recipients):  # noqa: ANN001, ANN202
            with unit_of_work(app.factory) as session:
                decided_when_sent.append(
                    session.scalar(select(func.count()).select_from(InboundMessage).where(InboundMessage.status == MessageStatus.PROCESSED.value))
                )
            first_sent.touch()
            return real_send(data, from_address, recipients)

        monkeypatch.setattr(sender, "send", send)
        report = app.service().run_once()
        with unit_of_work(app.factory) as session:
            letters = session.execute(select(Letter.kind, Letter.to_address, Letter.status)).all()
    finally:
        app.close()
    assert len(report.outcomes) == complaints
    acknowledgements = [(to, status) for kind, to, status in letters if kind == "acknowledgement"]
    assert sorted(to for to, _ in acknowledgements) == sorted(f"customer{n}@example.org" for n in range(complaints))
    assert {status for _, status in acknowledgements} == {"sent"}
    assert report.send.sent == len(decided_when_sent) == len(letters)  # every letter once, all counted in the cycle
    assert decided_when_sent[0] < complaints  # the first left while later complaints were still being prepared
