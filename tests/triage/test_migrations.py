"""The Alembic revisions build exactly the schema the models describe, and upgrading keeps data."""

from __future__ import annotations

from datetime import datetime, timezone

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from triage.db import alembic_config, make_engine, upgrade
from triage.models import Base


def test_migrated_schema_matches_the_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_from_the_first_revision_keeps_existing_cases(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    command.upgrade(alembic_config(engine), "0001")
    now = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc).isoformat()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (reference, kind, status, needs_review, review_reasons, profile,"
                " complainant_name, subject, received_at, complaint, explicit, personal_data, breach,"
                " rights, third_party, auto_generated, category, rule_hits, created_at, updated_at,"
                " rights_extended, channel) VALUES ('CMP-2026-000001', 'complaint', 'open', 0, '[]',"
                " 'pexa', 'Jo', 'Late settlement', :now, 1, 0, 0, 0, '[]', 0, 0, 'delay', '[]', :now,"
                " :now, 0, 'email')"
            ),
            {"now": now},
        )
    upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT reference, priority, authority_status, redress_status, legal_hold FROM cases")
        ).one()
    assert tuple(row) == ("CMP-2026-000001", 0, "not_needed", "none", 0)
