"""Access control, CSRF, rate limiting, headers and the sanitiser, over plain HTTP (no browser)."""

from __future__ import annotations

import re
from contextlib import closing

import httpx2
import pytest
from sqlalchemy import select
from starlette.routing import Mount

from tests.conftest import make_settings
from tests.web.conftest import PASSWORD
from triage.db import unit_of_work
from triage.models import AuditEvent, Case, ReviewLabel
from triage.web import safehtml

PUBLIC = {"/login"}


def client(web_env) -> httpx2.Client:
    return httpx2.Client(base_url=web_env.base_url, follow_redirects=False, timeout=10)


def signed_in(web_env, username: str = "tina") -> tuple[httpx2.Client, str]:
    c = client(web_env)
    page = c.get("/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = c.post("/login", data={"username": username, "password": PASSWORD, "csrf_token": csrf, "next": "/"})
    assert response.status_code == 303, response.text
    home = c.get("/")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', home.text).group(1)
    return c, csrf


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", lambda m: "1" if m.group(0) in ("{letter_id}", "{message_id}", "{index}") else "ORD-A", path)


def test_every_route_refuses_a_request_without_a_session(web_env):
    checked = 0
    with client(web_env) as c:
        for route in web_env.app.routes:
            if isinstance(route, Mount) or getattr(route, "path", "") in PUBLIC:
                continue
            for method in sorted(getattr(route, "methods", None) or {"GET"}):
                if method == "HEAD":
                    continue
                path = _concrete(route.path)
                response = c.request(method, path, data={"csrf_token": "x"} if method == "POST" and not path.startswith("/api") else None)
                if path.startswith("/api"):
                    assert response.status_code == 401, (method, path, response.status_code)
                    assert response.headers.get("www-authenticate") == "Bearer"
                else:
                    assert response.status_code == 302, (method, path, response.status_code)
                    assert response.headers["location"].startswith("/login?next=")
                checked += 1
    assert checked >= 20
    # A forged session cookie and a wrong bearer token are no better.
    with client(web_env) as c:
        c.cookies.set("triage_session", "eyJ1IjoxfQ.forged.signature")
        assert c.get("/").status_code == 302
        assert c.get("/api/cases", headers={"Authorization": "Bearer not-a-token"}).status_code == 401


def test_form_post_without_csrf_token_is_refused(web_env):
    c, csrf = signed_in(web_env)
    with closing(c):
        for path, data in [
            ("/cases/ORD-A/labels", {"complaint": "no"}),
            ("/cases/ORD-A/outcome", {"outcome": "upheld"}),
            ("/cases/ORD-A/assign", {"handler": "tina"}),
            (f"/letters/{web_env.held_letter_id}/approve", {}),
            ("/logout", {}),
        ]:
            assert c.post(path, data=data).status_code == 403, path
            assert c.post(path, data={**data, "csrf_token": csrf[:-2] + "xx"}).status_code == 403, path
        # The API with a session cookie needs the token in a header.
        assert c.post("/api/cases/ORD-A/assign", json={"handler": "tina"}).status_code == 403
        assert c.post("/api/cases/ORD-A/assign", json={"handler": "tina"}, headers={"X-CSRF-Token": csrf}).status_code == 200
        # Login itself needs the pre-login token.
        assert httpx2.post(f"{web_env.base_url}/login", data={"username": "tina", "password": PASSWORD}).status_code == 403
    with unit_of_work(web_env.factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "ORD-A"))
        assert session.scalar(select(ReviewLabel).where(ReviewLabel.case_id == case.id)) is None
        assert case.outcome is None


def test_login_is_rate_limited(web_env):
    with client(web_env) as c:
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
        codes = [c.post("/login", data={"username": "limit", "password": "wrong password!", "csrf_token": csrf}).status_code for _ in range(6)]
        assert codes[:5] == [401] * 5 and codes[5] == 429
        # Even the right password is refused while the limit lasts.
        assert c.post("/login", data={"username": "limit", "password": PASSWORD, "csrf_token": csrf}).status_code == 429
    with unit_of_work(web_env.factory) as session:
        assert session.scalar(select(AuditEvent).where(AuditEvent.event == "login_blocked", AuditEvent.actor == "limit")) is not None


def test_security_headers_and_cookie_flags(web_env):
    c, _csrf = signed_in(web_env)
    with closing(c):
        response = c.get("/cases/ORD-A")
        assert response.status_code == 200
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
    with client(web_env) as anonymous:
        cookie = anonymous.get("/login").headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and "secure" not in cookie


def test_secure_cookies_when_configured(tmp_path):
    from fastapi.testclient import TestClient

    from triage.web.app import create_app

    app = create_app(make_settings(tmp_path, web={"secure_cookies": True}))
    with TestClient(app) as c:
        response = c.get("/login")
        assert "secure" in response.headers["set-cookie"].lower()
        assert response.headers["strict-transport-security"].startswith("max-age=")
    app.state.engine.dispose()


def test_attachment_is_downloaded_never_inline(web_env):
    c, _csrf = signed_in(web_env)
    reference = web_env.refs["hostile"]
    with closing(c):
        page = c.get(f"/cases/{reference}")
        link = re.search(r'href="(/cases/[^"]+/attachments/\d+)"', page.text).group(1)
        response = c.get(link)
        assert response.status_code == 200
        assert response.headers["content-disposition"].startswith("attachment;")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["content-type"] == "application/octet-stream"
        assert b"invoice" in response.content
        assert c.get(link.rsplit("/", 1)[0] + "/99").status_code == 404


def test_roles_are_enforced(web_env):
    c, csrf = signed_in(web_env, "anna")  # analyst: labels only
    with closing(c):
        assert c.post(f"/letters/{web_env.held_letter_id}/approve", data={"csrf_token": csrf}).status_code == 403
        assert c.post("/cases/ORD-E/outcome", data={"csrf_token": csrf, "outcome": "upheld"}).status_code == 403
    with httpx2.Client(base_url=web_env.base_url, headers={"Authorization": f"Bearer {web_env.token}"}) as api:
        assert api.get("/api/me").json() == {"username": "tina", "role": "team_leader", "via": "token"}
        assert api.get("/api/cases", params={"profile": "ordertest"}).json()["cases"][0]["reference"] == "ORD-D"
        assert api.get("/api/cases/NOPE-1").status_code == 404


@pytest.mark.parametrize(
    "dirty",
    [
        "<script>alert(1)</script><p>x</p>",
        '<img src="http://evil.example/a.png" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<div style="width: expression(alert(1))">x</div>',
        '<svg onload="alert(1)"><script>alert(1)</script></svg>',
        '<img srcset="http://evil.example/a.png 1x">',
        '<table background="http://evil.example/t.png"><tr><td>x</td></tr></table>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
    ],
)
def test_sanitiser_removes_active_and_remote_content(dirty):
    clean = safehtml.clean_html(dirty).lower()
    for marker in ("script", "onerror", "onload", "javascript:", "expression", "evil.example", "svg", "srcset", "background", "iframe"):
        assert marker not in clean


def test_sanitiser_keeps_inline_images_and_text():
    png = "data:image/png;base64,iVBORw0KGgo="
    clean = safehtml.clean_html(f'<p>Hello <b>there</b><img src="{png}" alt="logo"><a href="https://firm.example/x">link</a></p>')
    assert png in clean and "<b>there</b>" in clean and 'href="https://firm.example/x"' in clean and "noopener" in clean
    assert str(safehtml.highlight("I am <very> unhappy", ["unhappy"])) == "I am &lt;very&gt; <mark>unhappy</mark>"
