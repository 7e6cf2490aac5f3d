"""Every real-world message (the MIME fixtures of mail projects, and Enron) goes through the whole
pipeline: stored exactly once, parsed or flagged, no internal failure, machine mail never answered."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import deliver, need_corpus
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import Case, InboundMessage, Letter, MessageStatus
from triage.rawstore import RawStore


@pytest.mark.slow
def test_all_real_messages_are_ingested_without_loss(settings, shipped_classifier):
    mime = need_corpus("mime")
    enron = need_corpus("enron")
    files = [p for p in sorted(mime.rglob("*")) if p.is_file() and p.name != "MANIFEST.csv"]
    files += [p for p in sorted(enron.rglob("*")) if p.is_file()]
    assert len(files) > 1000
    app = bootstrap(settings, classifier=shipped_classifier)
    maildir = settings.path("mailbox", "path")
    for index, path in enumerate(files):
        deliver(maildir, f"m{index:05d}", path.read_bytes(), order=index)
    report = app.service().run_once()
    assert report.storage_errors == 0
    assert len(report.outcomes) == len(files)
    store = RawStore(settings.path("storage", "raw_path"))
    with unit_of_work(app.factory) as session:
        rows = session.scalars(select(InboundMessage)).all()
        assert len(rows) == len(files)
        assert not [r.id for r in rows if r.status == MessageStatus.FAILED.value]
        by_key = {r.source_key: r for r in rows}
        for index in range(0, len(files), max(1, len(files) // 200)):
            row = by_key[f"m{index:05d}"]
            assert store.get(row.raw_sha256) == files[index].read_bytes()  # kept byte for byte
        auto_ids = {r.id for r in rows if r.auto_kind}
        answered = session.scalars(
            select(InboundMessage.id).join(Case, Case.id == InboundMessage.case_id).join(Letter, Letter.case_id == Case.id)
        ).all()
        assert not auto_ids & set(answered)
        # Every message the parser could not fully read is in front of a person.
        unreadable = session.scalar(select(func.count()).select_from(Case).where(Case.kind == "unreadable", Case.needs_review.is_(False)))
        assert unreadable == 0
        recipients = session.scalars(select(Letter.to_address)).all()
        assert all("@" in r and "," not in r and "\n" not in r for r in recipients)
    # Nothing is left in the inbox: each message is in Processed or Quarantine.
    assert not list((maildir / "new").iterdir()) and not list((maildir / "cur").iterdir())
    app.close()
