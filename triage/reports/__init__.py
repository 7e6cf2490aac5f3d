"""Monthly complaints MI (issue 7): figures from the register, anonymised; HTML, CSV and JSON writers.

See docs/reports.md for what every figure means and how it is computed.
"""

from triage.reports.compute import (
    COMPLAINT_KINDS,
    HEADLINE_STEPS,
    ReportError,
    build_report,
    month_bounds,
    percentile,
)
from triage.reports.writers import render, to_csv, to_html, to_json, write_report

__all__ = [
    "COMPLAINT_KINDS",
    "HEADLINE_STEPS",
    "ReportError",
    "build_report",
    "month_bounds",
    "percentile",
    "render",
    "to_csv",
    "to_html",
    "to_json",
    "write_report",
]
