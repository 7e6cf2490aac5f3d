"""Schemathesis against the review API's OpenAPI document: no input may cause a server error."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

schemathesis = pytest.importorskip("schemathesis")

from tests.conftest import make_settings  # noqa: E402
from tests.web.conftest import _add_case  # noqa: E402
from triage.db import unit_of_work  # noqa: E402
from triage.models import Letter  # noqa: E402
from triage.users import create_user, issue_api_token  # noqa: E402

_TOKEN: dict[str, str] = {}
_WORKDIR = Path(tempfile.mkdtemp(prefix="triage-api-schema-"))
atexit.register(shutil.rmtree, _WORKDIR, True)


def _build_schema():
    """A separate register (the fuzzer writes to it) with a few cases, letters and an admin token."""
    from triage.web.app import create_app

    app = create_app(make_settings(_WORKDIR))
    with unit_of_work(app.state.web.factory) as session:
        for n, reference in enumerate(("API-1", "API-2", "CMP-2026-000001")):
            case = _add_case(session, reference, profile="api", needs_review=bool(n % 2), due_in=timedelta(days=n - 1), subject=f"API case {n}")
            session.flush()
            session.add(Letter(case_id=case.id, kind="acknowledgement", to_address="a@example.org", subject="s", body_text="t",
                               message_id=f"<api-{n}@firm.example>", status="held"))
        create_user(session, "api-admin", "admin", "correct horse battery staple", actor="test")
        _TOKEN["value"] = issue_api_token(session, "api-admin", actor="test")
    atexit.register(app.state.engine.dispose)
    headers = {"Authorization": f"Bearer {_TOKEN['value']}"}
    return schemathesis.openapi.from_asgi("/api/openapi.json", app, headers=headers)


schema = _build_schema()


@schema.parametrize()
@settings(max_examples=int(os.environ.get("TRIAGE_API_EXAMPLES", "50")), deadline=None, suppress_health_check=list(HealthCheck))
def test_api_has_no_server_errors(case):
    response = case.call(headers={"Authorization": f"Bearer {_TOKEN['value']}"})
    assert response.status_code < 500, (case.method, case.formatted_path, response.status_code, response.text[:500])
    assert response.status_code != 401, "the bearer token must be accepted"
