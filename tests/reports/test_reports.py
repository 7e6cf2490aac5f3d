"""Monthly MI: figures against a known month, anonymisation, empty month, writers and the CLI."""

from __future__ import annotations

import argparse
import base64
import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import make_settings
from tests.reports import seed as seedmod
from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
from triage.reports import ReportError, build_report, month_bounds, percentile, to_csv, to_html, to_json, write_report


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mi")
    engine = make_engine(f"sqlite:///{folder / 'register.db'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as session:
        expected = seedmod.seed(session)
    yield folder, factory, expected
    engine.dispose()


@pytest.fixture(scope="module")
def report(register):
    _, factory, _ = register
    with unit_of_work(factory) as session:
        return build_report(session, seedmod.MONTH, reports_fca_return=True, profile_name="conexus", now=seedmod.NOW)


@pytest.fixture(scope="module")
def outputs(report):
    return {"html": to_html(report), "csv": to_csv(report), "json": to_json(report)}


def stats(values):
    return {
        "count": len(values),
        "median": round(float(np.percentile(values, 50)), 2),
        "p90": round(float(np.percentile(values, 90)), 2),
    }


def test_month_bounds_follow_london_time():
    assert month_bounds("2026-10") == (seedmod.START, seedmod.END)
    start, end = month_bounds("2026-03")  # GMT at the start, BST at the end
    assert start.isoformat() == "2026-03-01T00:00:00+00:00" and end.isoformat() == "2026-03-31T23:00:00+00:00"
    for bad in ("2026-13", "2026-1", "october", "2026-00"):
        with pytest.raises(ReportError):
            month_bounds(bad)


def test_percentile_matches_numpy():
    values = [3.0, 1.0, 7.5, 2.25, 9.0, 4.0, 11.0]
    for q in (0, 10, 50, 90, 100):
        assert percentile(values, q) == pytest.approx(float(np.percentile(values, q)))
    assert percentile([], 50) is None


def test_volumes(report, register):
    e = register[2]
    v = report["sections"]["volumes"]
    assert e.received > 300
    assert v["received"] == e.received
    assert v["received_complaint"] == e.received_complaint
    assert v["received_data_protection_complaint"] == e.received_dp
    assert v["received_forwarded"] == e.received_forwarded
    assert v["resolved"] == e.resolved
    assert v["upheld"] == e.outcomes["upheld"]
    assert v["partially_upheld"] == e.outcomes["partially_upheld"]
    assert v["not_upheld"] == e.outcomes["not_upheld"]
    assert v["outcome_unrecorded"] == e.outcomes["unrecorded"]
    justified = e.outcomes["upheld"] + e.outcomes["partially_upheld"]
    assert v["justified"] == justified
    assert v["upheld_pct"] == round(100 * justified / e.resolved, 1)
    assert v["outstanding_at_month_end"] == e.outstanding
    assert report["meta"]["empty"] is False and report["meta"]["message"] == ""


def test_trend(report, register):
    e = register[2]
    trend = report["sections"]["trend"]
    assert list(trend["received"]) == [f"2025-{m}" for m in ("11", "12")] + [f"2026-{m:02d}" for m in range(1, 11)]
    for month, n in e.trend_received.items():
        assert trend["received"][month] == n, month
    assert trend["resolved"]["2026-10"] == e.resolved
    assert trend["outstanding"]["2026-10"] == e.outstanding
    assert trend["received"]["2026-01"] == 0


def test_breakdowns(report, register):
    e = register[2]
    b = report["sections"]["breakdown"]
    assert b["received_by_category"] == dict(e.by_category)
    assert b["received_by_channel"] == dict(e.by_channel)
    assert b["resolved_by_root_cause"] == dict(e.by_root_cause)
    assert sum(b["resolved_by_outcome"].values()) == e.resolved
    assert b["all_cases_by_kind"]["breach"] == 6 and b["all_cases_by_kind"]["enquiry"] == 30


def test_timeliness(report, register):
    e = register[2]
    t = report["sections"]["timeliness"]
    assert t["acknowledge_hours"] == stats(e.ack_hours)
    assert t["resolve_days"] == stats(e.resolve_days)
    assert t["not_acknowledged"] == 1


def test_deadlines_per_step(report, register):
    e = register[2]
    d = report["sections"]["deadlines"]
    for key, counts in e.deadlines.items():
        for state in ("met", "missed", "fired_on_time", "skipped", "overdue", "pending"):
            assert d[key][state] == counts[state], (key, state)
    assert d["complaint/final_response_by"]["met"] == 5
    assert d["complaint/final_response_by"]["missed"] == 3
    assert d["complaint/final_response_by"]["fired_on_time"] == 2
    assert d["complaint/final_response_by"]["overdue"] == 2
    assert d["rights_request/respond_by"]["met"] == 6 and d["rights_request/respond_by"]["missed"] == 2
    assert d["breach/notify_regulator_by"]["met"] == 5 and d["breach/notify_regulator_by"]["missed"] == 1
    assert d["complaint/acknowledge_by"]["missed"] > 0
    assert d["complaint/summary_resolution_by"]["met"] > 0


def test_forwarded_rights_data_protection_redress(report, register):
    e = register[2]
    s = report["sections"]
    assert s["forwarded"]["total"] == e.received_forwarded
    assert s["forwarded"]["by_firm"] == dict(e.forwarded_by_firm)
    assert s["rights_requests"]["total"] == e.rights_total
    assert s["rights_requests"]["by_right"] == dict(e.rights_by_right)
    assert s["data_protection"]["personal_data_complaints"] == e.received_dp
    assert s["data_protection"]["breaches"] == e.breaches
    assert s["data_protection"]["breach_notifications_missed"] == 1
    assert s["redress"]["count"] == len(e.redress)
    assert s["redress"]["sum"] == pytest.approx(round(sum(e.redress), 2))


def test_classifier_rates(report, register):
    e = register[2]
    c = report["sections"]["classifier"]
    assert c["cases_classified"] == e.classified
    assert c["cases_flagged_for_review"] == e.flagged
    assert c["review_rate_pct"] == round(100 * e.flagged / e.classified, 1)
    assert c["labels_reviewed"] == e.labels_reviewed == 50
    assert c["labels_corrected"] == e.labels_corrected == 10
    assert c["correction_rate_pct"] == 20.0


def test_fca_return(report, register):
    e = register[2]
    f = report["sections"]["fca_return"]
    assert f["opened"] == e.fca_opened == e.received - e.received_forwarded
    assert f["closed"] == e.resolved
    assert f["upheld"] == e.outcomes["upheld"] + e.outcomes["partially_upheld"]
    assert f["outstanding_at_period_end"] == e.outstanding
    assert f["closed_by_category"] == {k: e.fca_closed_by_category.get(k, 0) for k in f["closed_by_category"]}
    assert sum(f["closed_by_time"].values()) == e.resolved
    assert sum(f["opened_by_category"].values()) == e.fca_opened


def test_no_fca_section_unless_the_profile_reports(register):
    with unit_of_work(register[1]) as session:
        plain = build_report(session, seedmod.MONTH, now=seedmod.NOW)
    assert "fca_return" not in plain["sections"]


def test_anonymised_in_every_format(outputs):
    for fmt, text in outputs.items():
        lowered = text.lower()
        for secret in seedmod.SECRETS:
            assert secret.lower() not in lowered, (fmt, secret)
        assert "@" not in text.replace("data:image", ""), fmt
        assert "CMP-2026" not in text, fmt


def test_csv_is_one_tidy_table(outputs, report):
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    assert rows and set(rows[0]) == {"section", "metric", "key", "value"}
    index = {(r["section"], r["metric"], r["key"]): r["value"] for r in rows}
    assert index[("volumes", "received", "")] == str(report["sections"]["volumes"]["received"])
    assert index[("deadlines", "breach/notify_regulator_by", "missed")] == "1"
    assert index[("trend", "received", "2025-11")] == "3"


def test_json_parses(outputs, report):
    assert json.loads(outputs["json"]) == json.loads(json.dumps(report))


def test_html_embeds_png_charts(outputs):
    page = outputs["html"]
    assert page.startswith("<!DOCTYPE html>")
    images = page.split("src='data:image/png;base64,")[1:]
    assert len(images) >= 4
    for chunk in images:
        data = base64.b64decode(chunk.split("'", 1)[0])
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert "http://" not in page and "https://" not in page  # self-contained


def test_empty_month_says_so(register):
    with unit_of_work(register[1]) as session:
        empty = build_report(session, "2024-02", now=seedmod.NOW)
    assert empty["meta"]["empty"] is True
    assert "No complaints" in empty["meta"]["message"] and "2024-02" in empty["meta"]["message"]
    assert empty["sections"]["volumes"]["received"] == 0
    assert empty["sections"]["volumes"]["upheld_pct"] is None
    page = to_html(empty)
    assert empty["meta"]["message"] in page
    assert "data:image/png;base64," in page
    rows = list(csv.DictReader(io.StringIO(to_csv(empty))))
    assert {"section": "meta", "metric": "empty", "key": "", "value": "true"} in rows


def test_write_report_files(report, tmp_path):
    for fmt in ("html", "csv", "json"):
        path = write_report(report, fmt, tmp_path / "out")
        assert path.name == f"mi-2026-10.{fmt}" and path.stat().st_size > 0
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_cli_report(register, tmp_path, capsys):
    from triage.report_cli import register as register_cli

    folder = register[0]
    config = tmp_path / "triage.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{folder / "register.db"}"\n[policy]\nprofile = "conexus"\n')
    parser = argparse.ArgumentParser()
    register_cli(parser.add_subparsers(dest="command"))

    args = parser.parse_args(["report", "--month", "2026-10", "--config", str(config)])
    assert args.func(args) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["meta"]["month"] == "2026-10" and "fca_return" in printed["sections"]

    out = tmp_path / "mi"
    args = parser.parse_args(["report", "--month", "2026-10", "--format", "csv", "--out", str(out), "--config", str(config)])
    assert args.func(args) == 0
    written = capsys.readouterr().out.strip()
    assert Path(written) == out / "mi-2026-10.csv" and Path(written).exists()


def test_cli_report_on_settings_register(tmp_path, capsys):
    settings = make_settings(tmp_path)
    upgrade(make_engine(settings.database_url))
    config = tmp_path / "t.toml"
    config.write_text(f'[database]\nurl = "{settings.database_url}"\n[policy]\nprofile = "pexa"\n')
    from triage.report_cli import cmd_report

    args = argparse.Namespace(month="2026-10", format="html", out=str(tmp_path / "o"), config=str(config))
    assert cmd_report(args) == 0
    page = (tmp_path / "o" / "mi-2026-10.html").read_text()
    assert "No complaints" in page
    capsys.readouterr()


def test_spring_dst_edge_on_its_own(tmp_path):
    """March 2026 ends at 23:00 UTC (BST from 29 March): 22:30 UTC on the 31st is March, 23:30 UTC is April."""
    from datetime import datetime, timezone

    from triage.models import Case

    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    utc = timezone.utc
    with unit_of_work(factory) as session:
        for ref, when in (("A", datetime(2026, 3, 31, 22, 30, tzinfo=utc)), ("B", datetime(2026, 3, 31, 23, 30, tzinfo=utc)),
                          ("C", datetime(2026, 3, 1, 0, 10, tzinfo=utc)), ("D", datetime(2026, 2, 28, 23, 50, tzinfo=utc))):
            session.add(Case(reference=ref, kind="complaint", status="open", received_at=when, channel="phone"))
    with unit_of_work(factory) as session:
        march = build_report(session, "2026-03", now=seedmod.NOW)
        april = build_report(session, "2026-04", now=seedmod.NOW)
    engine.dispose()
    assert march["sections"]["volumes"]["received"] == 2  # A and C
    assert march["sections"]["volumes"]["outstanding_at_month_end"] == 3  # A, C, D
    assert april["sections"]["volumes"]["received"] == 1  # B
    assert april["sections"]["trend"]["received"]["2026-02"] == 1  # D
    assert march["sections"]["breakdown"]["received_by_channel"] == {"phone": 2}


def test_cli_report_without_a_schema_is_a_clear_error(tmp_path):
    from triage.report_cli import cmd_report

    config = tmp_path / "t.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "none.db"}"\n')
    with pytest.raises(ReportError, match="cannot read the register"):
        cmd_report(argparse.Namespace(month="2026-10", format="json", out=None, config=str(config)))
    with pytest.raises(ReportError, match="YYYY-MM"):
        cmd_report(argparse.Namespace(month="2026/10", format="json", out=None, config=str(config)))


def test_docs_name_every_section_and_metric(report):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "reports.md").read_text(encoding="utf-8")
    for section, metrics in report["sections"].items():
        assert f"`{section}`" in doc, section
        for metric in metrics:
            if section in ("deadlines", "trend"):
                continue  # keyed by step / series, documented as tables
            assert f"`{metric}`" in doc or f"`{metric}`," in doc, (section, metric)
    for state in ("met", "missed", "fired_on_time", "skipped", "overdue", "pending", "met_pct"):
        assert f"`{state}`" in doc, state
