"""A batch's messages are decided `decide_chunk` at a time in one transaction, first in one go (no
savepoint per message, the writes flushed together), and again with a savepoint per message when
anything in the chunk fails (issue 8). What a person sees in the register must not depend on which
path decided a message: every message recorded once, every complaint acknowledged once, references
without gaps, a failing message shunted alone while the others are registered."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select

from tests.conftest import deliver
from tests.triage.test_pipeline import COMPLAINT, inbox
from triage import processing
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, Deadline, InboundMessage, Letter, MessageStatus, ReferenceCounter


def complaint(n: int, subject: str = "Formal complaint about my account") -> bytes:
    """COMPLAINT from a sender of its own (the acknowledgements are rate-limited per sender)."""
    return (
        COMPLAINT.replace(b"<complaint-1@example.org>", b"<complaint-%d@example.org>" % n)
        .replace(b"m.ellis@example.org", b"m.ellis%d@example.org" % n)
        .replace(b"Formal complaint about my account", subject.encode())
    )


def _register(app) -> dict:
    """What the register holds, in terms a person would check."""
    with unit_of_work(app.factory) as session:
        cases = {c.id: c for c in session.scalars(select(Case))}
        messages = session.scalars(select(InboundMessage).order_by(InboundMessage.id)).all()
        letters = session.scalars(select(Letter)).all()
        events = session.execute(select(AuditEvent.event, AuditEvent.message_id, AuditEvent.case_id).order_by(AuditEvent.id)).all()
        counters = {(c.prefix, c.year): c.last_value for c in session.scalars(select(ReferenceCounter))}
        deadlines = session.execute(select(Deadline.case_id, Deadline.step, Deadline.status)).all()
        return {
            "texts": sorted((cases[letter.case_id].reference, letter.subject, letter.body_text) for letter in letters),
            "deadlines": sorted((cases[c].reference, step, status) for c, step, status in deadlines),
            "messages": [(m.subject, m.status, cases[m.case_id].reference if m.case_id else None) for m in messages],
            "letters": sorted((cases[letter.case_id].reference, letter.kind, letter.to_address) for letter in letters),
            "processed_events": sorted(m for e, m, _ in events if e == "message_processed"),
            "case_events": sorted((e, cases[c].reference) for e, _, c in events if c is not None and e in ("case_opened", "intake_recorded")),
            "references": sorted(c.reference for c in cases.values()),
            "counters": counters,
            "message_ids": [m.id for m in messages],
        }


def _year(path) -> int:
    return datetime.fromtimestamp(os.stat(path).st_mtime, timezone.utc).year


def _force_savepoints(monkeypatch, app) -> list[list[int]]:
    """Make every chunk take the savepoint path, as if something in it had failed."""
    chunks: list[list[int]] = []

    def refuse(chunk, prepared):  # noqa: ANN001, ANN202
        chunks.append(list(chunk))
        return None

    monkeypatch.setattr(app.processor, "_decide_chunk", refuse)
    return chunks


def _count_savepoint_passes(monkeypatch, app) -> list[list[int]]:
    """The chunks decided again with a savepoint per message."""
    chunks: list[list[int]] = []
    real = app.processor._decide_chunk_with_savepoints

    def spy(chunk, prepared):  # noqa: ANN001, ANN202
        chunks.append(list(chunk))
        return real(chunk, prepared)

    monkeypatch.setattr(app.processor, "_decide_chunk_with_savepoints", spy)
    return chunks


def enquiry(n: int) -> bytes:
    """Mail that opens an enquiry: a case, but no letter (so nothing flushes it before the chunk ends)."""
    return (
        b"From: Sam Okafor <sam.okafor%d@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Branch opening hours\r\nMessage-ID: <enquiry-%d@example.org>\r\n"
        b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n"
        b"Hello, could you tell me the opening hours of your Leeds branch over the holidays?\r\n\r\nThanks, Sam\r\n"
    ) % (n, n)


@pytest.mark.parametrize("path", ["in one go", "savepoint per message"])
def test_messages_of_one_chunk_see_the_ones_decided_before_them(app, settings, monkeypatch, path):
    forced = _force_savepoints(monkeypatch, app) if path == "savepoint per message" else None
    with_savepoints = _count_savepoint_passes(monkeypatch, app)
    # Three enquiries, each followed in the same chunk by a message that must find it although it is
    # not flushed yet: one naming its case in the subject, a reply by Message-ID, the same mail again.
    year = _year(deliver(inbox(settings), "a1", enquiry(1), order=1))
    first, second, third = (f"ENQ-{year}-{n:06d}" for n in (1, 2, 3))
    tagged = (
        b"From: Sam Okafor <sam.okafor1@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: About [" + first.encode() + b"]\r\nMessage-ID: <tagged-1@example.org>\r\n\r\n"
        b"Sorry, one more question: do you open on Boxing Day?\r\n"
    )
    deliver(inbox(settings), "a2", tagged, order=2)
    deliver(inbox(settings), "b1", enquiry(2), order=3)
    reply = (
        b"From: Sam Okafor <sam.okafor2@example.org>\r\nTo: complaints@firm.example\r\n"
        b"Subject: Re: Branch opening hours\r\nMessage-ID: <reply-2@example.org>\r\n"
        b"In-Reply-To: <enquiry-2@example.org>\r\n\r\nAnd is the branch accessible by wheelchair?\r\n"
    )
    deliver(inbox(settings), "b2", reply, order=4)
    deliver(inbox(settings), "c1", enquiry(3), order=5)
    deliver(inbox(settings), "c2", b"Received: by relay.example; Mon, 16 Nov 2026\r\n" + enquiry(3), order=6)
    # Twice the same mail whose Message-ID only the parser finds (a folded header).
    folded = enquiry(4).replace(b"Message-ID: <enquiry-4@example.org>", b"Message-ID:\r\n <enquiry-4@example.org>")
    deliver(inbox(settings), "e1", folded, order=7)
    deliver(inbox(settings), "e2", b"Received: by relay.example; Mon, 16 Nov 2026\r\n" + folded, order=8)
    deliver(inbox(settings), "f", complaint(1), order=9)
    outcomes = app.service().run_once().outcomes
    assert [o.status for o in outcomes] == ["processed"] * 5 + ["duplicate", "processed", "duplicate", "processed"]
    fourth = f"ENQ-{year}-000004"
    expected = [first, first, second, second, third, third, fourth, fourth, f"CMP-{year}-000001"]
    assert [o.case_reference for o in outcomes] == expected
    assert [o.case_kind for o in outcomes] == ["enquiry"] * 8 + ["complaint"]
    register = _register(app)
    assert [m[2] for m in register["messages"]] == expected
    assert register["references"] == [f"CMP-{year}-000001", first, second, third, fourth]
    assert register["letters"] == [(f"CMP-{year}-000001", "acknowledgement", "m.ellis1@example.org")]
    assert register["processed_events"] == register["message_ids"]  # each message recorded once
    assert register["counters"] == {("ENQ", year): 4, ("CMP", year): 1}
    assert with_savepoints == ([register["message_ids"]] if forced is not None else [])


@pytest.mark.parametrize("failures", ["always", "once"])
def test_a_failing_message_is_rolled_back_alone_and_the_rest_of_its_chunk_is_recorded(app, settings, monkeypatch, failures):
    year = _year(deliver(inbox(settings), "m0", complaint(0), order=0))
    for n in range(1, 6):
        subject = "boom: formal complaint about my account" if n == 3 else "Formal complaint about my account"
        deliver(inbox(settings), f"m{n}", complaint(n, subject), order=n)
    real = processing.assess_new_case
    calls = {"boom": 0}

    def exploding(case, row, *args, **kwargs):  # noqa: ANN001, ANN202
        if (row.subject or "").startswith("boom"):
            calls["boom"] += 1
            if failures == "always" or calls["boom"] == 1:
                raise RuntimeError("intake exploded")
        return real(case, row, *args, **kwargs)

    monkeypatch.setattr(processing, "assess_new_case", exploding)
    alone: list[int] = []
    process = app.processor.process
    monkeypatch.setattr(app.processor, "process", lambda message_id, *a, **k: alone.append(message_id) or process(message_id, *a, **k))

    outcomes = app.service().run_once().outcomes
    register = _register(app)
    boom = next(o for o in outcomes if o.status != "processed" or "boom" in str(o.hits)) if failures == "always" else None
    complaints = [f"CMP-{year}-{n:06d}" for n in range(1, 7 if failures == "once" else 6)]
    if failures == "always":
        # Shunted on the one-message path, for a person; the other five registered and acknowledged.
        assert [o.status for o in outcomes] == ["processed"] * 3 + ["failed"] + ["processed"] * 2
        (failed,) = [o for o in outcomes if o.status == "failed"]
        assert alone == [failed.message_id] and "intake exploded" in failed.quarantine_reason
        assert boom is not None
        with unit_of_work(app.factory) as session:
            row = session.get(InboundMessage, failed.message_id)
            assert row.status == MessageStatus.FAILED.value and "intake exploded" in row.error
            shunt = session.get(Case, row.case_id)
            assert shunt.kind == "unprocessed" and shunt.needs_review
            assert session.scalar(select(func.count()).select_from(Letter).where(Letter.case_id == row.case_id)) == 0
        assert register["references"] == sorted(complaints + [f"REV-{year}-000001"])
        assert register["processed_events"] == [i for i in register["message_ids"] if i != failed.message_id]
    else:
        # Failed in the chunk decided in one go, then decided with the others in the savepoint pass.
        assert [o.status for o in outcomes] == ["processed"] * 6 and alone == []
        assert register["references"] == complaints
        assert register["processed_events"] == register["message_ids"]
    # No gap and no reference used twice: the counter is where the last case left it; one
    # acknowledgement per complaint, and nothing left from the attempt that was rolled back.
    assert register["counters"][("CMP", year)] == len(complaints)
    assert [reference for reference, kind, _ in register["letters"]] == complaints
    assert register["case_events"] == sorted([("case_opened", r) for r in complaints] + [("intake_recorded", r) for r in complaints])


def test_the_two_paths_write_the_same_register(settings, shipped_classifier, tmp_path, monkeypatch):
    """The same mail, decided in one go and with a savepoint per message: the same register."""
    from tests.conftest import make_settings
    from tests.triage.test_pipeline import BOUNCE, NEWSLETTER, OUT_OF_OFFICE

    mail = [complaint(1), OUT_OF_OFFICE, complaint(2, "Subject access request: please send me all my personal data"), BOUNCE,
            complaint(3), NEWSLETTER, b"Received: by relay.example\r\n" + complaint(3)]
    results = []
    for path in ("one-go", "savepoints"):
        own = make_settings(tmp_path / path)
        application = bootstrap(own, classifier=shipped_classifier)
        try:
            with monkeypatch.context() as patch:
                if path == "savepoints":
                    _force_savepoints(patch, application)
                for order, raw in enumerate(mail):
                    deliver(own.path("mailbox", "path"), f"m{order}", raw, order=order)
                outcomes = application.service().run_once().outcomes
            register = _register(application)
        finally:
            application.close()
        results.append(([(o.status, o.case_reference, o.case_kind, o.found, o.done) for o in outcomes], register))
    assert results[0] == results[1]
    register = results[0][1]
    assert register["deadlines"] and register["texts"]  # the acknowledgements were written from the case's clocks
    assert all(reference in subject for reference, subject, _ in register["texts"])
    # The acknowledgement of a complaint gives its final-response date (its case's deadline, written in
    # the same chunk, not yet flushed when the decision began).
    acknowledgements = [text for reference, _, text in register["texts"] if reference.startswith("CMP-")]
    assert acknowledgements and all("within 8 weeks of receiving your complaint, that is by" in text for text in acknowledgements)
