"""Report writers: one tidy CSV table, JSON, and one self-contained HTML page with embedded PNG charts.

The report dict is {"meta": {...}, "sections": {section: {metric: value}}} where a value is a number,
None, or a flat {key: number}. The CSV has one row per number: section,metric,key,value (key empty
for a single figure; meta rows use section "meta").
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CSV_HEADER = ("section", "metric", "key", "value")

SECTION_TITLES = {
    "volumes": "Complaints received, resolved, upheld and outstanding",
    "trend": "Trend over the last 12 months",
    "breakdown": "By category, channel, root cause and outcome",
    "timeliness": "Time to acknowledge and to resolve",
    "deadlines": "Deadlines due in the month, per step",
    "forwarded": "Complaints forwarded to other firms",
    "rights_requests": "Rights requests by right",
    "data_protection": "Personal-data complaints and breaches",
    "redress": "Redress: paid on complaints resolved in the month, and offers made, accepted and paid",
    "classifier": "Classifier: review and correction rates",
    "intake": "Vulnerability, third-party authority and details completeness",
    "fca_return": "FCA complaints return (DISP 1.10) counts for the month",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def iter_rows(report: dict[str, Any]) -> Iterator[tuple[str, str, str, Any]]:
    for key, value in report["meta"].items():
        yield ("meta", key, "", value)
    for section, metrics in report["sections"].items():
        for metric, value in metrics.items():
            if isinstance(value, dict):
                for key, item in value.items():
                    yield (section, metric, str(key), item)
            else:
                yield (section, metric, "", value)


def to_csv(report: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for section, metric, key, value in iter_rows(report):
        writer.writerow((section, metric, key, _cell(value)))
    return buffer.getvalue()


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, sort_keys=False, default=str) + "\n"


# -- charts --------------------------------------------------------------------------------------


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def charts(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(title, base64 PNG) pairs; the Agg backend, so no display is needed."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    s = report["sections"]
    out: list[tuple[str, str]] = []

    trend = s["trend"]
    months = list(trend["received"])
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.bar(months, [trend["received"][m] for m in months], color="#4c72b0", label="received")
    ax.plot(months, [trend["resolved"][m] for m in months], color="#55a868", marker="o", label="resolved")
    ax.plot(months, [trend["outstanding"][m] for m in months], color="#c44e52", marker="s", label="outstanding at month end")
    ax.set_ylabel("complaints")
    ax.tick_params(axis="x", rotation=45, labelsize=8)
    ax.legend(fontsize=8)
    out.append(("Complaints over the last 12 months", _png(fig)))

    def barh(title: str, data: dict[str, Any], colour: str) -> None:
        if not data:
            return
        labels = list(data)[:15]
        fig, ax = plt.subplots(figsize=(6, 0.35 * len(labels) + 1))
        ax.barh(labels[::-1], [data[k] for k in labels][::-1], color=colour)
        ax.tick_params(labelsize=8)
        out.append((title, _png(fig)))

    barh("Complaints received by category", s["breakdown"]["received_by_category"], "#4c72b0")
    barh("Complaints received by channel", s["breakdown"]["received_by_channel"], "#8172b2")
    barh("Complaints resolved by root cause", s["breakdown"]["resolved_by_root_cause"], "#ccb974")

    steps = [k for k, v in s["deadlines"].items() if v["met"] or v["missed"] or v["fired_on_time"]]
    if steps:
        fig, ax = plt.subplots(figsize=(7, 0.4 * len(steps) + 1))
        met = [s["deadlines"][k]["met"] for k in steps]
        fired = [s["deadlines"][k]["fired_on_time"] for k in steps]
        missed = [s["deadlines"][k]["missed"] for k in steps]
        ax.barh(steps, met, color="#55a868", label="met")
        ax.barh(steps, fired, left=met, color="#dd8452", label="reached on time (letter sent / handed to a person)")
        ax.barh(steps, missed, left=[a + b for a, b in zip(met, fired)], color="#c44e52", label="missed")
        ax.tick_params(labelsize=8)
        ax.legend(fontsize=7)
        out.append(("Deadlines due in the month", _png(fig)))
    return out


# -- HTML ----------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2em;color:#222;max-width:1100px}
h1{font-size:1.5em} h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0 1em} td,th{border:1px solid #ccc;padding:.25em .6em;font-size:.9em}
th{background:#f3f3f3;text-align:left} td.n{text-align:right} .empty{background:#fff4d6;padding:1em;border:1px solid #e5c36b}
.meta{color:#555;font-size:.9em} figure{display:inline-block;margin:.5em 1em .5em 0} figcaption{font-size:.85em;color:#555}
"""


def _table(metrics: dict[str, Any]) -> str:
    flat = {k: v for k, v in metrics.items() if not isinstance(v, dict)}
    nested = {k: v for k, v in metrics.items() if isinstance(v, dict)}
    parts: list[str] = []
    if flat:
        rows = "".join(f"<tr><th>{html.escape(k)}</th><td class='n'>{html.escape(_cell(v))}</td></tr>" for k, v in flat.items())
        parts.append(f"<table>{rows}</table>")
    for name, mapping in nested.items():
        if not mapping:
            parts.append(f"<p><b>{html.escape(name)}</b>: none</p>")
            continue
        rows = "".join(f"<tr><td>{html.escape(str(k))}</td><td class='n'>{html.escape(_cell(v))}</td></tr>" for k, v in mapping.items())
        parts.append(f"<table><tr><th colspan='2'>{html.escape(name)}</th></tr>{rows}</table>")
    return "".join(parts)


def _deadline_table(deadlines: dict[str, dict[str, Any]]) -> str:
    if not deadlines:
        return "<p>No deadline fell due in the month.</p>"
    columns = list(next(iter(deadlines.values())))
    head = "<tr><th>step</th>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr>"
    rows = "".join(
        f"<tr><td>{html.escape(step)}</td>" + "".join(f"<td class='n'>{html.escape(_cell(v[c]))}</td>" for c in columns) + "</tr>"
        for step, v in deadlines.items()
    )
    return f"<table>{head}{rows}</table>"


def _trend_table(trend: dict[str, dict[str, Any]]) -> str:
    months = list(trend["received"])
    head = "<tr><th></th>" + "".join(f"<th>{html.escape(m)}</th>" for m in months) + "</tr>"
    rows = "".join(
        f"<tr><th>{html.escape(name)}</th>" + "".join(f"<td class='n'>{html.escape(_cell(series[m]))}</td>" for m in months) + "</tr>"
        for name, series in trend.items()
    )
    return f"<table>{head}{rows}</table>"


def to_html(report: dict[str, Any]) -> str:
    meta = report["meta"]
    title = f"Complaints MI for {meta['month']}"
    body: list[str] = [f"<h1>{html.escape(title)}</h1>"]
    body.append(
        "<p class='meta'>"
        + html.escape(
            f"Month {meta['month']} (Europe/London: {meta['period_start_utc']} to {meta['period_end_utc']} UTC). "
            f"Profile: {meta['profile'] or 'not set'}. Generated {meta['generated_at_utc']} UTC. "
            "Anonymised: counts and durations only, no names, addresses or message content."
        )
        + "</p>"
    )
    if meta["empty"]:
        body.append(f"<p class='empty'><b>{html.escape(meta['message'])}</b></p>")
    for chart_title, data in charts(report):
        body.append(
            f"<figure><img alt='{html.escape(chart_title)}' src='data:image/png;base64,{data}'>"
            f"<figcaption>{html.escape(chart_title)}</figcaption></figure>"
        )
    for section, metrics in report["sections"].items():
        body.append(f"<h2 id='{html.escape(section)}'>{html.escape(SECTION_TITLES.get(section, section))}</h2>")
        if section == "deadlines":
            body.append(_deadline_table(metrics))
        elif section == "trend":
            body.append(_trend_table(metrics))
        else:
            body.append(_table(metrics))
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


FORMATS = {"html": to_html, "csv": to_csv, "json": to_json}


def render(report: dict[str, Any], fmt: str) -> str:
    try:
        return FORMATS[fmt](report)
    except KeyError:
        from triage.reports.compute import ReportError

        raise ReportError(f"unknown report format {fmt!r} (html, csv, json)") from None


def write_report(report: dict[str, Any], fmt: str, out_dir: str | Path) -> Path:
    """Write `mi-YYYY-MM.<fmt>` into out_dir (created), via a temporary file and a rename."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"mi-{report['meta']['month']}.{fmt}"
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(render(report, fmt), encoding="utf-8")
    tmp.replace(target)
    return target
