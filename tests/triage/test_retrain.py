"""The retraining loop: reviewed labels leave the register as training data in our schema."""

from __future__ import annotations

import json

from tests.conftest import deliver
from tests.triage.test_pipeline import COMPLAINT, NEWSLETTER
from triage.bootstrap import bootstrap
from triage.db import unit_of_work
from triage.models import Case
from triage.retrain import difference, export_reviewed
from triage.review import record_labels
from sqlalchemy import select


def test_reviewed_labels_become_training_records(tmp_path, settings, shipped_classifier):
    app = bootstrap(settings, classifier=shipped_classifier)
    deliver(settings.path("mailbox", "path"), "m1", COMPLAINT)
    app.service().run_once()
    with unit_of_work(app.factory) as session:
        reference = session.scalars(select(Case.reference)).one()
        record_labels(session, reference, "alice", {"complaint": True, "category": "service_quality", "rights": ["rectification"]})
    path, listing, count = export_reviewed(app.factory, tmp_path / "training")
    assert count == 1
    (record,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert record["labels"]["category"] == "service_quality"
    assert record["labels"]["rights"] == ["rectification"]
    assert record["labels"]["complaint"] is True
    assert "formal complaint" in record["body"].lower() and record["note"] == "reviewed by alice"
    assert {v["label"] for v in listing} >= {"complaint", "category", "rights"}
    assert all(v["author"] == "alice" for v in listing)
    # The same schema as data/labelled: the classifiers' loader reads it.
    from classifiers.data import load_labelled

    assert len(load_labelled([path])) == 1
    app.close()


def test_unreviewed_mail_is_not_exported(tmp_path, settings, shipped_classifier):
    app = bootstrap(settings, classifier=shipped_classifier)
    deliver(settings.path("mailbox", "path"), "n1", NEWSLETTER)
    app.service().run_once()
    _, listing, count = export_reviewed(app.factory, tmp_path / "training")
    assert count == 0 and listing == []
    app.close()


def test_difference_per_label():
    current = {"complaint": {"recall": 0.95, "precision": 0.9}, "rights": {"micro_f1": 0.8}, "n": 100}
    candidate = {"complaint": {"recall": 0.97, "precision": 0.88}, "rights": {"micro_f1": 0.85}, "n": 100}
    diff = difference(current, candidate)
    assert diff["complaint"]["recall"]["change"] == 0.02
    assert diff["complaint"]["precision"]["change"] == -0.02
    assert diff["rights"]["micro_f1"]["change"] == 0.05
