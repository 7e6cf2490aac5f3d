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


def test_compare_pairs_the_two_models_on_the_same_rows(tmp_path, capsys):
    """`evaluate --compare CURRENT CANDIDATE`: beside each model's figures, the paired view of the same rows."""
    from classifiers.data import split_of
    from triage.cli import main
    from triage.config import REPO_ROOT

    texts = [
        ("I have been on hold for two hours again and nobody calls back. Sort this out.", True, []),
        ("Please send me a copy of all the personal data you hold about me.", False, ["access"]),
        ("Stop sending me marketing emails, I never asked for them.", False, ["objection"]),
        ("Your letter spells my surname wrong, please correct it on your records.", False, ["rectification"]),
        ("Thank you for the quick settlement yesterday, all went well.", False, []),
        ("Delete everything you have on me, I am not your customer.", False, ["erasure"]),
    ]
    rows = [{"id": f"r{i}", "source": f"scenario-{i}", "mailbox": "pexa", "from": "someone@example.org", "subject": "Message",
             "html": False, "body": texts[i % len(texts)][0],
             "labels": {"complaint": texts[i % len(texts)][1], "explicit": False, "personal_data": False, "breach": False,
                        "rights": texts[i % len(texts)][2], "about_other_firm": None, "third_party": False,
                        "auto_generated": False, "category": "wait_time" if texts[i % len(texts)][1] else "none"}}
            for i in range(120)]
    data = tmp_path / "mine.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows))
    in_test = [r for r in rows if split_of(f"labelled:mine:{r['source']}", 0) == "test"]
    assert in_test, "some scenarios must fall in the test split for --compare to measure anything"

    rules_only = tmp_path / "no-model"  # no model file: the keyword rules, as `evaluate --model` loads them
    shipped = REPO_ROOT / "data" / "models" / "current"
    assert main(["evaluate", "--compare", str(rules_only), str(shipped), "--data", str(data)]) == 0
    out = json.loads(capsys.readouterr().out)
    paired, diff = out["paired"], out["difference"]
    assert paired["baseline_version"] != json.loads((shipped / "model_card.json").read_text())["version"]
    # the paired rows are the rows each model was measured on
    assert paired["n"] == diff["n"]["candidate"] == diff["n"]["current"] == len(in_test)
    assert paired["rights"]["baseline_micro_f1"] == diff["rights"]["micro_f1"]["current"]
    assert paired["rights"]["candidate_micro_f1"] == diff["rights"]["micro_f1"]["candidate"]
    assert paired["rights"]["delta"] == round(diff["rights"]["micro_f1"]["candidate"] - diff["rights"]["micro_f1"]["current"], 4)
    assert paired["complaint"]["baseline_recall"] == diff["complaint"]["recall"]["current"]
    assert paired["complaint"]["candidate_recall"] == diff["complaint"]["recall"]["candidate"]
    # A file neither model trained on: every row, on request; a plain evaluation still takes every row by default.
    assert main(["evaluate", "--compare", str(rules_only), str(shipped), "--data", str(data), "--split", "all"]) == 0
    assert json.loads(capsys.readouterr().out)["paired"]["n"] == len(rows)
    assert main(["evaluate", "--model", str(shipped), "--data", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == len(rows)
    changed = paired["rights"]
    assert changed["true_rights_gained"] - changed["true_rights_lost"] == (
        sum(v["candidate"]["tp"] for v in changed["per_right"].values()) - sum(v["baseline"]["tp"] for v in changed["per_right"].values()))
