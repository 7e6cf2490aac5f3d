"""The MI's `intake` section: vulnerable cases, third-party authority, details completeness (issue 9).

A small register written through the models, with the counts worked out by hand below. The personal
data the intake columns hold (details, vulnerability evidence, authority detail) must never reach a
report in any format.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
from triage.models import Case
from triage.reports import build_report, to_csv, to_html, to_json

UTC = timezone.utc
MONTH = "2026-10"
IN_MONTH = datetime(2026, 10, 14, 10, 0, tzinfo=UTC)
BEFORE = datetime(2026, 9, 10, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)
SECRETS = ("Evidence-Marker-Chemotherapy", "Details-Marker-Kirkstall", "Authority-Marker-Joan", "07700 900615")


def case(n: int, kind: str = "complaint", received: datetime = IN_MONTH, **kw) -> Case:
    values = dict(
        reference=f"CMP-2026-{n:06d}",
        kind=kind,
        status="open",
        received_at=received + timedelta(minutes=n),
        complainant_name="A Person",
        complainant_address=f"person{n}@example.org",
        details={"name": "Details-Marker-Kirkstall", "phones": ["07700 900615"]},
    )
    values.update(kw)
    return Case(**values)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mi-intake")
    engine = make_engine(f"sqlite:///{folder / 'register.db'}")
    upgrade(engine)
    factory = make_session_factory(engine)
    vulnerable = [{"kind": "illness", "evidence": "Evidence-Marker-Chemotherapy", "source": "message:1"}]
    authority = {"detector": {"authorising_name": "Authority-Marker-Joan"}}
    with unit_of_work(factory) as session:
        session.add_all([
            # 1-6: complaints received by email in October
            case(1, details_missing=[]),
            case(2, details_missing=["phone", "account_reference"], vulnerable=True, vulnerability=vulnerable, priority=10),
            case(3, details_missing=["phone"], third_party=True, authority_status="pending", authority_detail=authority),
            case(4, details_missing=[], third_party=True, authority_status="recorded", authority_recorded_by="team.leader"),
            case(5, kind="data_protection_complaint", details_missing=["documents"], vulnerable=True, vulnerability=vulnerable),
            case(6, details_missing=[], status="resolved", resolved_at=IN_MONTH + timedelta(days=3), vulnerable=True),
            # 7: a phone complaint logged by a person: not assessed for details
            case(7, channel="phone", details_missing=["address"], logged_by="handler.one"),
            # 8: a rights request from a third party, pending; 9: a vulnerable enquiry
            case(8, kind="rights_request", third_party=True, authority_status="pending"),
            case(9, kind="enquiry", status="no_action", vulnerable=True),
            # 10: a complaint received in September, still pending authority and vulnerable (not in the month)
            case(10, received=BEFORE, third_party=True, authority_status="pending", vulnerable=True, details_missing=["remedy"]),
            # Redress (pexa s.6), complaints received in September: 11 offered in September, accepted and paid in October; 12 offered in October
            # above the handler's limit, waiting for approval; 13 offered and accepted in October, not paid.
            case(11, received=BEFORE, status="resolved", resolved_at=BEFORE + timedelta(days=9), outcome="upheld", redress_amount=120.0,
                 redress_status="paid", redress_offered_at=BEFORE + timedelta(days=9), redress_accepted_at=IN_MONTH,
                 redress_paid_at=IN_MONTH + timedelta(days=2)),
            case(12, received=BEFORE, redress_amount=1500.0, redress_status="awaiting_approval", redress_offered_at=IN_MONTH + timedelta(days=1)),
            case(13, received=BEFORE, redress_amount=80.0, redress_status="accepted", redress_offered_at=IN_MONTH + timedelta(days=1),
                 redress_accepted_at=IN_MONTH + timedelta(days=5)),
        ])
    with unit_of_work(factory) as session:
        built = build_report(session, MONTH, profile_name="conexus", now=NOW)
    engine.dispose()
    return built


def test_intake_figures(report):
    intake = report["sections"]["intake"]
    assert intake["vulnerable_complaints"] == 3  # 2, 5, 6
    assert intake["vulnerable_pct"] == pytest.approx(42.9)  # 3 of the 7 complaints received
    assert intake["vulnerable_cases"] == 4  # and the enquiry 9
    assert intake["vulnerable_open"] == 3  # 2, 5 and 10 (6 is resolved)
    assert intake["third_party_complaints"] == 2  # 3, 4
    assert intake["authority_pending"] == 2  # 3 and the rights request 8
    assert intake["authority_recorded"] == 1  # 4
    assert intake["authority_pending_in_register"] == 3  # and 10, from September
    assert intake["details_assessed"] == 6  # the email complaints 1-6
    assert intake["details_complete"] == 3  # 1, 4, 6
    assert intake["details_complete_pct"] == 50.0
    assert intake["details_missing_by_item"] == {"phone": 2, "account_reference": 1, "documents": 1}


def test_redress_offered_accepted_and_paid(report):
    redress = report["sections"]["redress"]
    assert redress["offered_in_month"] == 2  # 12, 13 (11 was offered in September)
    assert redress["accepted_in_month"] == 2  # 11, 13
    assert (redress["paid_in_month"], redress["paid_in_month_sum"]) == (1, 120.0)  # 11
    assert redress["in_register_by_status"] == {"awaiting_approval": 1, "accepted": 1, "paid": 1}


def test_channel_breakdown_is_still_there(report):
    assert report["sections"]["breakdown"]["received_by_channel"] == {"email": 6, "phone": 1}


@pytest.mark.parametrize("writer", [to_csv, to_html, to_json], ids=["csv", "html", "json"])
def test_intake_personal_data_never_reaches_the_report(report, writer):
    out = writer(report)
    assert "details_complete_pct" in out
    for secret in SECRETS:
        assert secret not in out, secret


def test_intake_section_has_a_title_in_html(report):
    assert "Vulnerability, third-party authority and details completeness" in to_html(report)
