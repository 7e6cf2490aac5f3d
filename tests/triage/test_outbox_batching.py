"""The outbox marks a sent letter SENT in the transaction that claims the next one (one commit per letter).

What must hold (docs/reliability.md, triage/outbox.py): a letter's mark is committed before the next letter
is handed to the sender, so a crash leaves at most one letter SENDING; a pass that ends (no more letters,
`stop()`, or an error) still marks its last letter; the mark writes what it wrote before (status, sent_at,
the deadlines met, the case's timestamps, the audit event with kind and attempt)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError

from mail.maildir import MaildirSender
from tests.conftest import deliver
from tests.triage.test_pipeline import COMPLAINT
from triage import outbox as outbox_module
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.intake import store_raw
from triage.models import AuditEvent, Case, Deadline, Letter, LetterStatus
from triage.outbox import ACKNOWLEDGEMENT_LETTERS


class WatchingSender(MaildirSender):
    """A Maildir sender that, at each letter, records what the register says of the letters before it."""

    def __init__(self, path, factory_box):
        super().__init__(path)
        self.factory_box = factory_box
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.fail_on: str | None = None

    def send(self, message, envelope_from, recipients):
        factory = self.factory_box[0]
        with unit_of_work(factory) as session:
            statuses = {m: s for m, s in session.execute(select(Letter.message_id, Letter.status))}
        head = message.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        message_id = next(
            line.split(":", 1)[1].strip() or nxt.strip() for line, nxt in zip(head.split("\r\n"), head.split("\r\n")[1:] + [""])
            if line.lower().startswith("message-id:")
        )
        self.seen.append((message_id, statuses))
        super().send(message, envelope_from, recipients)


def _complaint(n: int) -> bytes:
    return (
        COMPLAINT.replace(b"<complaint-1@example.org>", b"<complaint-%d@example.org>" % n)
        .replace(b"m.ellis@example.org", b"m.ellis.%d@example.org" % n)
    )


@pytest.fixture
def app_with_letters(settings, shipped_classifier):
    box: list = []
    sender = WatchingSender(settings.path("outbox", "path"), box)
    app = bootstrap(settings, classifier=shipped_classifier, sender=sender)
    box.append(app.factory)
    for n in range(1, 6):
        deliver(settings.path("mailbox", "path"), f"m{n}", _complaint(n), order=n)
    source = app.service().source
    for raw in list(source.fetch()):
        stored = store_raw(raw, app.factory, app.store)
        app.processor.process(stored.message_id)
    yield app, sender
    app.close()


def _letters(app) -> list[Letter]:
    with unit_of_work(app.factory) as session:
        return list(session.scalars(select(Letter).order_by(Letter.id)))


def test_each_letter_is_marked_before_the_next_is_handed_over(app_with_letters):
    app, sender = app_with_letters
    queued = _letters(app)
    assert len(queued) == 5 and all(letter.status == "queued" for letter in queued)
    report = app.outbox.send_due()
    assert report.sent == 5
    assert [message_id for message_id, _ in sender.seen] == [letter.message_id for letter in queued]
    for i, (message_id, statuses) in enumerate(sender.seen):
        earlier = [letter.message_id for letter in queued[:i]]
        assert all(statuses[m] == "sent" for m in earlier), (i, statuses)
        assert statuses[message_id] == "sending"  # its claim was committed before it was handed over
    assert all(letter.status == "sent" and letter.sent_at is not None and letter.attempts == 1 for letter in _letters(app))


def test_the_mark_writes_what_it_wrote_before(app_with_letters):
    app, _ = app_with_letters
    first = _letters(app)[0]
    at = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    with unit_of_work(app.factory) as session:
        # One case already acknowledged (by a phone call, say): its time stays; one step already late.
        session.execute(update(Case).where(Case.id == first.case_id).values(acknowledged_at=at))
        session.execute(update(Deadline).where(Deadline.case_id == first.case_id).values(due_at=at))
        before = {c.id: c.updated_at for c in session.scalars(select(Case))}
    report = app.outbox.send_due()
    assert report.sent == 5
    with unit_of_work(app.factory) as session:
        for letter in session.scalars(select(Letter)):
            case = session.get(Case, letter.case_id)
            sent_at = letter.sent_at if letter.sent_at.tzinfo else letter.sent_at.replace(tzinfo=timezone.utc)
            acknowledged = case.acknowledged_at if case.acknowledged_at.tzinfo else case.acknowledged_at.replace(tzinfo=timezone.utc)
            if case.id == first.case_id:
                assert acknowledged == at and case.updated_at == before[case.id]  # nothing to change: not written
            else:
                assert acknowledged == sent_at and case.updated_at != before[case.id]
            waiting = [d for d in session.scalars(select(Deadline).where(Deadline.case_id == case.id)) if set(d.letters or []) & set(ACKNOWLEDGEMENT_LETTERS)]
            assert waiting
            for deadline in waiting:
                assert deadline.status == ("missed" if case.id == first.case_id else "met")
                assert deadline.missed == (case.id == first.case_id)
                met_at = deadline.met_at if deadline.met_at.tzinfo else deadline.met_at.replace(tzinfo=timezone.utc)
                assert met_at == sent_at
            (event,) = session.scalars(select(AuditEvent).where(AuditEvent.letter_id == letter.id, AuditEvent.event == "letter_sent"))
            assert event.case_id == case.id and event.rule == "outbox" and event.actor == "bot"
            assert event.detail == {"kind": "acknowledgement", "attempt": 1}


def test_a_pass_stopped_after_a_send_still_marks_that_letter(app_with_letters):
    app, sender = app_with_letters
    calls = iter(range(100))
    report = app.outbox.send_due(stop=lambda: next(calls) >= 3)  # the loop's check, then one per letter
    assert report.sent == 2 and len(sender.seen) == 2
    statuses = [letter.status for letter in _letters(app)]
    assert statuses == ["sent", "sent", "queued", "queued", "queued"]


def test_an_error_after_a_send_still_marks_that_letter(app_with_letters):
    app, sender = app_with_letters
    calls = iter(range(100))

    def stop() -> bool:
        if next(calls) == 2:  # after the first letter was sent: a worker's failure surfaces here
            raise RuntimeError("a worker died")
        return False

    with pytest.raises(RuntimeError, match="a worker died"):
        app.outbox.send_due(stop=stop)
    assert len(sender.seen) == 1
    assert [letter.status for letter in _letters(app)] == ["sent", "queued", "queued", "queued", "queued"]


def test_a_failed_claim_still_marks_the_letter_sent_before_it(app_with_letters, monkeypatch):
    app, sender = app_with_letters
    real_claim = outbox_module.Outbox._claim
    claims = []

    def flaky_claim(self, session, letter_id):
        claims.append(letter_id)
        if len(claims) == 2:
            raise OperationalError("UPDATE letters ...", {}, Exception("database is locked"))
        return real_claim(self, session, letter_id)

    monkeypatch.setattr(outbox_module.Outbox, "_claim", flaky_claim)
    with pytest.raises(OperationalError):
        app.outbox.send_due()
    # The first letter went out; its mark shared the failed transaction, so it was written on its own.
    assert [letter.status for letter in _letters(app)] == ["sent", "queued", "queued", "queued", "queued"]
    with unit_of_work(app.factory) as session:
        assert len(list(session.scalars(select(AuditEvent).where(AuditEvent.event == "letter_sent")))) == 1
    monkeypatch.setattr(outbox_module.Outbox, "_claim", real_claim)
    assert app.outbox.send_due().sent == 4 and len(sender.seen) == 5


def test_a_crash_after_a_send_leaves_one_letter_in_doubt_and_it_is_settled(app_with_letters):
    app, sender = app_with_letters
    calls = iter(range(100))
    report = app.outbox.send_due(stop=lambda: next(calls) >= 4)
    assert report.sent == 3
    # As if the process had died after the third letter's send, before its mark: SENDING, lease run out.
    third = _letters(app)[2]
    with unit_of_work(app.factory) as session:
        session.execute(
            update(Letter)
            .where(Letter.id == third.id)
            .values(status=LetterStatus.SENDING.value, sent_at=None, claimed_at=datetime.now(timezone.utc) - timedelta(hours=1))
        )
    report = app.outbox.send_due()
    assert report.recovered == 1 and report.sent == 2
    assert [letter.status for letter in _letters(app)] == ["sent"] * 5
    assert len(sender.seen) == 5  # nothing twice


def test_another_instance_taking_the_next_letter_does_not_lose_the_mark(app_with_letters, monkeypatch):
    app, sender = app_with_letters
    queued = _letters(app)
    real = outbox_module.Outbox._claim_and_check

    def claim_after_the_other_instance(self, letter_id, report, sent=None):
        if letter_id == queued[1].id:
            # Another instance claimed letter 2 a moment earlier (and committed).
            with unit_of_work(app.factory) as other:
                other.execute(update(Letter).where(Letter.id == letter_id).values(status="sending", claimed_by="other", attempts=1))
        return real(self, letter_id, report, sent=sent)

    monkeypatch.setattr(outbox_module.Outbox, "_claim_and_check", claim_after_the_other_instance)
    report = app.outbox.send_due()
    assert report.sent == 4 and len(sender.seen) == 4
    assert [letter.status for letter in _letters(app)] == ["sent", "sending", "sent", "sent", "sent"]


def test_without_update_returning_the_claim_reads_the_letter_back_and_each_is_sent_once(app_with_letters, monkeypatch):
    # SQLite before 3.35 has no UPDATE ... RETURNING: the claim is then an UPDATE and a read.
    app, sender = app_with_letters
    monkeypatch.setattr(app.engine.dialect, "update_returning", False)
    queued = _letters(app)
    report = app.outbox.send_due()
    assert report.sent == 5
    assert [message_id for message_id, _ in sender.seen] == [letter.message_id for letter in queued]
    assert all(letter.status == "sent" and letter.attempts == 1 for letter in _letters(app))
