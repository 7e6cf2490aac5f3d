"""Alembic environment: runs against the engine handed over by `triage.db.upgrade`."""

from alembic import context

from triage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            # Alembic treats SQLite's DDL as non-transactional and commits after each revision. Two instances
            # starting on a new register would then interleave: the second takes the write lock between two
            # revisions of the first, runs the rest, and the first re-runs a revision on a table that already
            # has its columns. SQLite's DDL is transactional, so the whole upgrade is one BEGIN IMMEDIATE
            # transaction and the second instance finds the register at head (tests/triage/test_migrations.py).
            transactional_ddl=True if sqlite else None,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
