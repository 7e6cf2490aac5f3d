"""The review services and the CLI hooks, without a browser."""

from __future__ import annotations

import argparse
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import make_settings
from tests.web.conftest import PASSWORD, _add_case
from triage import review
from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
from triage.models import AuditEvent, Case, Letter, ReviewLabel, User
from triage.users import UserError, authenticate, create_user, issue_api_token, user_for_token


@pytest.fixture
def factory(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    upgrade(engine)
    yield make_session_factory(engine)
    engine.dispose()


def test_users_hash_and_authenticate(factory):
    with unit_of_work(factory) as session:
        user = create_user(session, "hana", "handler", PASSWORD)
        assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
        token = issue_api_token(session, "hana")
    with unit_of_work(factory) as session:
        assert authenticate(session, "hana", PASSWORD).username == "hana"
        assert authenticate(session, "hana", "wrong password") is None
        assert authenticate(session, "nobody", PASSWORD) is None
        assert user_for_token(session, token).username == "hana"
        assert user_for_token(session, token + "x") is None
        assert session.scalar(select(User.api_token_hash)) != token
    for bad in [("x y", "handler", PASSWORD), ("ok", "boss", PASSWORD), ("ok", "handler", "short"), ("hana", "handler", PASSWORD)]:
        with pytest.raises(UserError), unit_of_work(factory) as session:
            create_user(session, *bad)


def test_service_refusals_change_nothing(factory):
    with unit_of_work(factory) as session:
        case = _add_case(session, "SRV-1", profile="t", needs_review=True, due_in=timedelta(days=1), subject="s")
        session.flush()
        session.add(Letter(case_id=case.id, kind="acknowledgement", to_address="a@example.org", subject="s", body_text="t", message_id="<srv@x>", status="sent"))
    with unit_of_work(factory) as session:
        letter_id = session.scalar(select(Letter.id))
        with pytest.raises(review.ReviewError):
            review.approve_letter(session, letter_id, "tina")
        with pytest.raises(review.ReviewError):
            review.edit_letter(session, letter_id, "tina", "new", "text")
        with pytest.raises(review.NotFound):
            review.record_outcome(session, "NOPE", "tina", "upheld")
        with pytest.raises(review.ReviewError):
            review.record_outcome(session, "SRV-1", "tina", "won")
        with pytest.raises(review.ReviewError):
            review.record_outcome(session, "SRV-1", "tina", "upheld", -5)
        with pytest.raises(review.ReviewError):
            review.record_outcome(session, "SRV-1", "tina", "upheld", None, "bad_cause")
        with pytest.raises(review.ReviewError):
            review.record_labels(session, "SRV-1", "tina", {"rights": ["flying"]})
        with pytest.raises(review.ReviewError):
            review.assign_handler(session, "SRV-1", "tina", "ghost")
        with pytest.raises(review.ReviewError):
            review.reopen_case(session, "SRV-1", "tina")
    with unit_of_work(factory) as session:
        assert session.scalar(select(ReviewLabel)) is None
        assert session.scalar(select(AuditEvent).where(AuditEvent.actor == "tina")) is None


def test_confirming_the_firm_queues_the_forward(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from triage.web.app import create_app

    app = create_app(make_settings(tmp_path))
    factory = app.state.web.factory
    with unit_of_work(factory) as session:
        case = _add_case(session, "FWD-1", profile="pexa", needs_review=True, due_in=timedelta(days=3), subject="Complaint about Kestrel")
        case.review_reasons = ["firm match kbs is uncertain (score 0.55); confirm before forwarding"]
        create_user(session, "tina", "team_leader", PASSWORD)
        create_user(session, "anna", "analyst", PASSWORD)
        token = issue_api_token(session, "tina")
        analyst = issue_api_token(session, "anna")
    with TestClient(app) as client:
        headers = {"Authorization": f"Bearer {token}"}
        assert client.post("/api/cases/FWD-1/firm", json={"firm_id": "kbs"}, headers={"Authorization": f"Bearer {analyst}"}).status_code == 403
        assert client.post("/api/cases/FWD-1/firm", json={"firm_id": "nope"}, headers=headers).status_code == 409
        response = client.post("/api/cases/FWD-1/firm", json={"firm_id": "kbs"}, headers=headers)
        assert response.status_code == 200, response.text
        assert [l["kind"] for l in response.json()["letters"]] == ["forward_to_firm", "forward_notice"]
        assert client.post("/api/cases/FWD-1/firm", json={"firm_id": "kbs"}, headers=headers).status_code == 409
    with unit_of_work(factory) as session:
        case = session.scalar(select(Case).where(Case.reference == "FWD-1"))
        assert case.status == "forwarded" and case.about_other_firm == "kbs" and not case.needs_review
        forward = session.scalar(select(Letter).where(Letter.kind == "forward_to_firm"))
        assert forward.to_address == "complaints@kestrelbs.co.uk" and forward.status == "queued" and forward.attach_message_id
        label = session.scalar(select(ReviewLabel).where(ReviewLabel.label == "about_other_firm"))
        assert label.reviewed_value == "kbs" and label.corrected and label.author == "tina"
        assert session.scalar(select(AuditEvent).where(AuditEvent.event == "firm_confirmed")).actor == "tina"
    app.state.engine.dispose()


def test_cli_registers_review_and_user_add(tmp_path, monkeypatch, capsys):
    from triage.web import cli

    config = tmp_path / "triage.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "r.db"}"\n')
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["review", "--config", str(config), "--port", "9999"])
    assert (args.func, args.host, args.port) == (cli.cmd_review, "127.0.0.1", 9999)
    monkeypatch.setenv(cli.PASSWORD_ENV, PASSWORD)
    args = parser.parse_args(["user", "add", "tom", "--role", "analyst", "--config", str(config)])
    assert args.func(args) == 0
    assert args.func(args) == 2  # already exists
    assert "already exists" in capsys.readouterr().err
    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    with unit_of_work(make_session_factory(engine)) as session:
        user = session.scalar(select(User).where(User.username == "tom"))
        assert user.role == "analyst" and authenticate(session, "tom", PASSWORD) is not None
    engine.dispose()
