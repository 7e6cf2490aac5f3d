"""A known month of register data (October 2026) for the report tests, written through the models.

Every figure the tests check is tallied here as the rows are made, from the plan below, with the
month bounds written out by hand (October 2026 in London runs 2026-09-30 23:00 UTC, BST, to
2026-11-01 00:00 UTC, GMT), so the tests do not borrow the report's own logic.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from triage.models import Case, Deadline, InboundMessage, ReviewLabel

UTC = timezone.utc
MONTH = "2026-10"
START = datetime(2026, 9, 30, 23, 0, tzinfo=UTC)
END = datetime(2026, 11, 1, 0, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)

CATEGORIES = ("delay", "fees_charges", "service_quality", "collection_conduct", "inaccurate_information")
CHANNELS = ("email", "email", "phone", "post")
OUTCOMES = ("upheld", "partially_upheld", "not_upheld", None)
ROOT_CAUSES = ("process", "system", "people", None)
RIGHTS = ("access", "erasure", "rectification", "objection")
FIRMS = ("firm-0007", "firm-0012")

# Personal data that must never reach a report.
SECRET_NAMES = ("Zebulon Quirkfeather", "Hortensia Blathersby")
SECRET_EMAILS = ("zebulon.quirkfeather@secret-mail.example", "h.blathersby@private.example")
SECRET_SUBJECTS = ("Subject-Marker-Velvet-Octopus", "Subject-Marker-Amber-Walrus")
SECRET_TEXT = "Body-Marker-Crimson-Lighthouse 14 Acacia Avenue"
SECRET_HANDLER = "Handler-Marker-Ophelia"
SECRETS = SECRET_NAMES + SECRET_EMAILS + SECRET_SUBJECTS + (SECRET_TEXT, "Acacia Avenue", SECRET_HANDLER)


def in_month(value: datetime | None) -> bool:
    return value is not None and START <= value < END


@dataclass
class Expected:
    received: int = 0
    received_complaint: int = 0
    received_dp: int = 0
    received_forwarded: int = 0
    resolved: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    outstanding: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_root_cause: Counter[str] = field(default_factory=Counter)
    ack_hours: list[float] = field(default_factory=list)
    resolve_days: list[float] = field(default_factory=list)
    deadlines: dict[str, Counter[str]] = field(default_factory=dict)
    forwarded_by_firm: Counter[str] = field(default_factory=Counter)
    rights_total: int = 0
    rights_by_right: Counter[str] = field(default_factory=Counter)
    breaches: int = 0
    redress: list[float] = field(default_factory=list)
    classified: int = 0
    flagged: int = 0
    labels_reviewed: int = 0
    labels_corrected: int = 0
    trend_received: dict[str, int] = field(default_factory=dict)
    fca_opened: int = 0
    fca_closed_by_category: Counter[str] = field(default_factory=Counter)

    def deadline(self, key: str, state: str) -> None:
        self.deadlines.setdefault(key, Counter())[state] += 1


class Seeder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.n = 0
        self.exp = Expected()
        self.complaints: list[tuple[datetime, datetime | None, bool]] = []  # received, closed, forwarded

    def case(self, kind: str, received: datetime, **kw: Any) -> Case:
        self.n += 1
        i = self.n
        status = kw.pop("status", "open")
        case = Case(
            reference=f"CMP-2026-{i:06d}",
            kind=kind,
            status=status,
            profile="conexus",
            complainant_name=SECRET_NAMES[i % 2],
            complainant_address=SECRET_EMAILS[i % 2],
            subject=f"{SECRET_SUBJECTS[i % 2]} {SECRET_TEXT}",
            received_at=received,
            handler=SECRET_HANDLER,
            review_reasons=kw.pop("review_reasons", []),
            **kw,
        )
        self.session.add(case)
        self.session.flush()
        message = InboundMessage(
            mailbox="maildir:inbox", source_key=f"k{i}", raw_sha256=f"{i:064d}", raw_size=100,
            from_address=SECRET_EMAILS[i % 2], from_name=SECRET_NAMES[i % 2], subject=SECRET_SUBJECTS[i % 2],
            text=SECRET_TEXT, received_at=received, status="processed", case_id=case.id,
        )
        self.session.add(message)
        self.session.flush()
        case._seed_message_id = message.id  # type: ignore[attr-defined]
        if kind in ("complaint", "data_protection_complaint"):
            closed = kw.get("resolved_at")
            self.complaints.append((received, closed, status == "forwarded"))
            if status != "forwarded" and received < END and not (closed is not None and closed < END):
                self.exp.outstanding += 1
        return case

    def deadline(self, case: Case, step: str, clock_kind: str, due: datetime, status: str, *, missed: bool = False) -> None:
        self.session.add(Deadline(case_id=case.id, step=step, clock_kind=clock_kind, due_at=due, status=status, missed=missed,
                                  met_at=due - timedelta(hours=1) if status == "met" else None))
        if in_month(due):
            state = {"met": "met", "missed": "missed", "fired": "fired_on_time", "due": "fired_on_time", "skipped": "skipped"}.get(status)
            if missed:
                state = "missed"
            if state is None:
                state = "overdue" if due < NOW else "pending"
            self.exp.deadline(f"{clock_kind}/{step}", state)


def seed(session: Session) -> Expected:
    s = Seeder(session)
    e = s.exp
    span = (END - START).total_seconds()

    # 1. 360 complaints received across October.
    for i in range(360):
        received = START + timedelta(seconds=60 + int(i * (span - 7200) / 360))
        kind = "data_protection_complaint" if i % 6 == 0 else "complaint"
        category = CATEGORIES[i % 5]
        channel = CHANNELS[i % 4]
        flagged = i % 10 == 0
        e.received += 1
        e.received_dp += kind == "data_protection_complaint"
        e.received_complaint += kind == "complaint"
        e.by_category[category] += 1
        e.by_channel[channel] += 1
        e.classified += 1
        e.flagged += flagged
        common = dict(category=category, channel=channel, needs_review=flagged, complaint=True,
                      personal_data=kind == "data_protection_complaint",
                      review_reasons=["complaint score in the review band"] if flagged else [])
        if i % 30 == 7:  # forwarded to another firm
            firm = FIRMS[(i // 30) % 2]
            s.case(kind, received, status="forwarded", about_other_firm=firm, forwarded_at=received + timedelta(hours=1), **common)
            e.received_forwarded += 1
            e.forwarded_by_firm[firm] += 1
            continue
        e.fca_opened += 1
        ack = received + timedelta(hours=(i % 48) + 0.25)
        resolved_at = outcome = redress = root = None
        if i % 3 == 0:
            resolved_at = received + timedelta(days=(i % 10) + 0.5)
            outcome = OUTCOMES[(i // 3) % 4]
            root = ROOT_CAUSES[(i // 3) % 4]
            redress = {"upheld": 50.0 + i, "partially_upheld": 25.5, "not_upheld": None, None: None}[outcome]
        case = s.case(kind, received, status="resolved" if resolved_at else "open", acknowledged_at=ack,
                      resolved_at=resolved_at, outcome=outcome, redress_amount=redress, root_cause=root, **common)
        e.ack_hours.append((ack - received).total_seconds() / 3600)
        if in_month(resolved_at):
            e.resolved += 1
            e.outcomes[outcome or "unrecorded"] += 1
            e.by_root_cause[root or "unrecorded"] += 1
            e.resolve_days.append((resolved_at - received).total_seconds() / 86400)
            e.fca_closed_by_category[category] += 1
            if redress:
                e.redress.append(redress)
        # acknowledge_by: met unless i % 7 == 0 (missed)
        s.deadline(case, "acknowledge_by", "complaint", received + timedelta(hours=24), "missed" if i % 7 == 0 else "met", missed=i % 7 == 0)
        if resolved_at is not None:
            s.deadline(case, "summary_resolution_by", "complaint", received + timedelta(days=3),
                       "met" if resolved_at <= received + timedelta(days=3) else "skipped")
        s.deadline(case, "final_response_by", "complaint", received + timedelta(weeks=8), "met" if resolved_at else "pending")

    # 2. Edges of the month (DST: BST on 1 October, GMT on 31 October).
    def edge(received: datetime, **kw: Any) -> Case:
        return s.case("complaint", received, category="delay", channel="email", complaint=True, **kw)

    edge(datetime(2026, 9, 30, 23, 30, tzinfo=UTC), acknowledged_at=datetime(2026, 10, 1, 1, 30, tzinfo=UTC))  # 00:30 BST 1 Oct
    e.received += 1; e.received_complaint += 1; e.by_category["delay"] += 1; e.by_channel["email"] += 1
    e.classified += 1; e.ack_hours.append(2.0); e.fca_opened += 1
    edge(datetime(2026, 9, 30, 22, 30, tzinfo=UTC))  # 23:30 BST 30 Sep: September, open
    edge(datetime(2026, 10, 31, 23, 30, tzinfo=UTC))  # 23:30 GMT 31 Oct: October, not acknowledged
    e.received += 1; e.received_complaint += 1; e.by_category["delay"] += 1; e.by_channel["email"] += 1
    e.classified += 1; e.fca_opened += 1
    edge(datetime(2026, 11, 1, 0, 30, tzinfo=UTC))  # November
    # Received in August, resolved in October: upheld with redress.
    c = edge(datetime(2026, 8, 3, 9, 0, tzinfo=UTC), status="resolved", resolved_at=datetime(2026, 10, 15, 9, 0, tzinfo=UTC),
             outcome="upheld", redress_amount=1000.0, root_cause="system")
    e.resolved += 1; e.outcomes["upheld"] += 1; e.by_root_cause["system"] += 1; e.resolve_days.append(73.0)
    e.redress.append(1000.0); e.fca_closed_by_category["delay"] += 1
    s.deadline(c, "final_response_by", "complaint", datetime(2026, 9, 28, 9, 0, tzinfo=UTC), "fired")  # September: not counted
    # Received in July, resolved 00:10 UTC on 1 November: outstanding at the end of October.
    edge(datetime(2026, 7, 1, 9, 0, tzinfo=UTC), status="resolved", resolved_at=datetime(2026, 11, 1, 0, 10, tzinfo=UTC), outcome="not_upheld")
    # Received in September, resolved 00:10 BST on 1 October: resolved in October.
    edge(datetime(2026, 9, 20, 12, 10, tzinfo=UTC), status="resolved", resolved_at=datetime(2026, 9, 30, 23, 10, tzinfo=UTC),
         outcome="partially_upheld", root_cause="people")
    e.resolved += 1; e.outcomes["partially_upheld"] += 1; e.by_root_cause["people"] += 1; e.resolve_days.append(10.458333333333334)
    e.fca_closed_by_category["delay"] += 1
    # August complaints whose 8-week clock ran out in October: 5 met, 3 missed, 2 fired, 2 still pending (overdue).
    for j, status in enumerate(["met"] * 5 + ["missed"] * 3 + ["fired"] * 2 + ["pending"] * 2):
        received = datetime(2026, 8, 10 + j, 10, 0, tzinfo=UTC)
        c = edge(received, status="resolved", resolved_at=datetime(2026, 9, 25, tzinfo=UTC), outcome="not_upheld")
        s.deadline(c, "final_response_by", "complaint", received + timedelta(weeks=8), status, missed=status == "missed")
    # Older months for the trend: 3 in November 2025 (first trend month), 2 in October 2025 (outside), 5 in May 2026.
    for when, count in ((datetime(2025, 11, 1, 0, 30, tzinfo=UTC), 3), (datetime(2025, 10, 31, 23, 0, tzinfo=UTC), 2),
                        (datetime(2026, 5, 12, 8, 0, tzinfo=UTC), 5)):
        for _ in range(count):
            edge(when, status="resolved", resolved_at=when + timedelta(days=20), outcome="upheld")

    # 3. Rights requests: 40 in October (every 5th also asks for erasure); 8 from September due in October.
    for i in range(40):
        received = START + timedelta(days=i % 28, hours=5)
        rights = [RIGHTS[i % 4]] + (["erasure"] if i % 5 == 0 and RIGHTS[i % 4] != "erasure" else [])
        s.case("rights_request", received, rights=rights, personal_data=True, needs_review=i % 8 == 0,
               review_reasons=["rights: unsure"] if i % 8 == 0 else [])
        e.rights_total += 1; e.rights_by_right.update(rights); e.classified += 1; e.flagged += i % 8 == 0
    for j in range(8):
        received = datetime(2026, 9, 5 + j, 10, 0, tzinfo=UTC)
        c = s.case("rights_request", received, rights=["access"])
        s.deadline(c, "respond_by", "rights_request", received + timedelta(days=30), "met" if j < 6 else "missed", missed=j >= 6)

    # 4. Breaches: 6 in October; notify_regulator_by within 72 h: 5 met, 1 missed.
    for j in range(6):
        received = datetime(2026, 10, 3 + 3 * j, 14, 0, tzinfo=UTC)
        c = s.case("breach", received, breach=True, personal_data=True, needs_review=True, review_reasons=["breach"])
        s.deadline(c, "notify_regulator_by", "breach", received + timedelta(hours=72), "met" if j else "missed", missed=j == 0)
        e.breaches += 1; e.classified += 1; e.flagged += 1

    # 5. Enquiries, unreadable and unprocessed mail in October.
    for j in range(30):
        s.case("enquiry", START + timedelta(days=j, hours=3), status="no_action")
        e.classified += 1
    for j in range(3):
        s.case("unreadable", START + timedelta(days=j, hours=4), status="needs_review", needs_review=True)
        e.classified += 1; e.flagged += 1
    for j in range(2):
        s.case("unprocessed", START + timedelta(days=j, hours=6), status="needs_review", needs_review=True)

    # 6. Review labels: 50 in October (every 5th corrected), 5 in September.
    cases = [obj for obj in session.new] + list(session.identity_map.values())
    case_objs = [c for c in cases if isinstance(c, Case)]
    for j in range(55):
        c = case_objs[j % len(case_objs)]
        when = (START + timedelta(hours=1 + j * 12)) if j < 50 else datetime(2026, 9, 15, tzinfo=UTC)
        corrected = j % 5 == 0
        session.add(ReviewLabel(case_id=c.id, message_id=c._seed_message_id, label=("complaint", "category", "rights")[j % 3],
                                model_value=True, reviewed_value=not corrected if corrected else True, corrected=corrected,
                                author=SECRET_HANDLER, model_version="triage-sk-test", created_at=when))
        if j < 50:
            e.labels_reviewed += 1; e.labels_corrected += corrected
    session.flush()

    e.trend_received = {"2025-11": 3, "2026-05": 5, "2026-07": 1, "2026-10": e.received}
    return e
