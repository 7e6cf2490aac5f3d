"""CLI glue: register() adds train/evaluate to an existing subparsers object; evaluate prints one JSON object."""

from __future__ import annotations

import argparse
import json
import random

from classifiers.cli import register

from .test_estimator import NEG, POS


def parser():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="command")
    register(sub)
    return p


def test_register_adds_subcommands():
    p = parser()
    a = p.parse_args(["train", "--data", "x.jsonl", "--out", "m"])
    assert a.func and a.data == ["x.jsonl"] and a.out == "m"
    b = p.parse_args(["evaluate", "--data", "y.jsonl", "--cross-validate", "3"])
    assert b.func and b.cross_validate == 3


def test_cross_validate_prints_one_json_object(tmp_path, capsys):
    rows = [{"msg": t, "y": 1} for t in POS] + [{"msg": t, "y": 0} for t in NEG]
    rng = random.Random(0)
    extra = [{"msg": f"{rng.choice(POS)} {rng.choice(POS)}", "y": 1} for _ in range(6)] + [
        {"msg": f"{rng.choice(NEG)} {rng.choice(NEG)}", "y": 0} for _ in range(6)]
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows + extra))
    args = parser().parse_args(["evaluate", "--data", str(path), "--cross-validate", "3", "--text-field", "msg",
                                "--label-field", "y", "--report", str(tmp_path / "report")])
    assert args.func(args) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    result = json.loads(out[0])
    for key in ("precision", "recall", "f1", "macro_f1", "accuracy", "auc"):
        assert key in result["complaint"]
    assert (tmp_path / "report" / "index.html").is_file() and (tmp_path / "report" / "pr_complaint.png").is_file()


def test_evaluate_writes_each_messages_labels_without_its_text(tmp_path, capsys):
    labels = {"complaint": True, "explicit": True, "personal_data": False, "breach": False, "rights": ["erasure"],
              "about_other_firm": None, "third_party": False, "auto_generated": False, "category": "service_quality"}
    rows = [
        {"id": "m1", "source": "s1", "mailbox": "pexa", "from": "a@b.example", "subject": "Complaint", "html": False,
         "body": "I want to complain about Zebedee's rude agent. Please delete my personal data.", "labels": labels},
        {"id": "m2", "source": "s2", "mailbox": "pexa", "from": "c@d.example", "subject": "Thanks", "html": False,
         "body": "Thank you Quentin for sorting the workspace so quickly.",
         "labels": dict(labels, complaint=False, explicit=False, rights=[], category="none")},
    ]
    data = tmp_path / "mine.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "predictions.jsonl"
    args = parser().parse_args(["evaluate", "--model", str(tmp_path / "no-model"), "--data", str(data), "--predictions", str(out)])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["complaint"]["n"] == 2
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in written] == ["labelled:mine:m1", "labelled:mine:m2"]
    first = written[0]
    assert first["gold"]["rights"] == ["erasure"] and first["predicted"]["complaint"] is True and "erasure" in first["predicted"]["rights"]
    assert set(first["predicted"]) >= {"complaint", "rights", "breach", "category", "needs_review"} and "evidence" not in first["predicted"]
    text = out.read_text()
    assert "Zebedee" not in text and "Quentin" not in text  # no message text, no evidence phrases


def test_evaluate_report_shows_target_figures_with_intervals_over_scenarios(tmp_path, capsys):
    labels = {"complaint": True, "explicit": True, "personal_data": False, "breach": False, "rights": ["erasure"],
              "about_other_firm": None, "third_party": False, "auto_generated": False, "category": "service_quality"}
    bodies = ["I want to complain about the rude agent. Please delete my personal data.",
              "This is a complaint: your agent was rude. Delete all the data you hold about me.",
              "I am complaining about how I was spoken to. Erase my personal data please.",
              "Formal complaint about a rude call. Please delete my details from your systems."]
    rows = [{"id": f"m{s}-{v}", "source": f"scenario{s}", "mailbox": "pexa", "from": "a@b.example", "subject": "Complaint",
             "html": False, "body": body, "labels": labels} for s, body in enumerate(bodies) for v in range(2)]
    data = tmp_path / "mine.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows))
    args = parser().parse_args(["evaluate", "--model", str(tmp_path / "no-model"), "--data", str(data), "--split", "all",
                                "--report", str(tmp_path / "report")])
    assert args.func(args) == 0
    result = json.loads(capsys.readouterr().out)
    interval = result["rights"]["micro_f1_ci95"]
    assert interval["groups"] == 4  # eight emails, four scenarios
    assert interval["low"] <= result["rights"]["micro_f1"] <= interval["high"]
    page = (tmp_path / "report" / "index.html").read_text()
    assert "Target figures" in page and "rights micro-F1" in page and "<td>4</td>" in page


def test_all_labels_measures_complaint_and_breach_on_rows_scoped_to_rights(tmp_path, capsys):
    # A set written for the rights heads (train_labels ["rights"]) still carries the guide's other labels; an analyst
    # judging complaint or breach on it asks for them with --all-labels. Without it the rows count for rights only.
    labels = {"complaint": True, "explicit": False, "personal_data": True, "breach": True, "rights": ["erasure"],
              "about_other_firm": None, "third_party": False, "auto_generated": False, "category": "personal_data"}
    rows = [{"id": f"r{i}", "source": f"s{i}", "mailbox": "conexus", "from": "a@b.example", "subject": "My letters",
             "html": False, "train_labels": ["rights"], "labels": labels,
             "body": "Your letter about my debt went to the wrong address and my neighbour opened it. Please delete my data."}
            for i in range(3)]
    data = tmp_path / "rights_set.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows))
    base = ["evaluate", "--model", str(tmp_path / "no-model"), "--data", str(data), "--split", "all"]

    args = parser().parse_args(base)
    assert args.func(args) == 0
    scoped = json.loads(capsys.readouterr().out)
    assert scoped["rights"]["gold_rights"] == 3
    assert scoped.get("complaint", {}).get("positives", 0) == 0 and scoped.get("breach", {}).get("positives", 0) == 0

    args = parser().parse_args(base + ["--all-labels"])
    assert args.func(args) == 0
    every = json.loads(capsys.readouterr().out)
    assert every["rights"]["gold_rights"] == 3
    assert every["complaint"]["positives"] == 3 and every["breach"]["positives"] == 3
    assert every["breach"]["recall"] == 1.0  # the rules-only model finds "went to the wrong address"

    args = parser().parse_args(base + ["--all-labels", "--cross-validate", "2"])
    assert args.func(args) == 2
    assert "--all-labels" in capsys.readouterr().err
