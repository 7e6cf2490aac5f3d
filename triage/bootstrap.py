"""Wire the parts from the settings: the only place that builds engines, sources and senders."""

from __future__ import annotations

import logging
import os
import socket
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from classifiers.directory import read_firms
from classifiers.types import Firm, TriageClassifier
from mail.types import MailSource, Sender
from triage.config import REPO_ROOT, Settings
from triage.db import make_engine, make_session_factory, upgrade
from triage.errors import ConfigError
from triage.health import business_hours_between
from triage.intake_details import IntakeConfig
from triage.lettering import make_renderer
from triage.policy import Profile, load_profile
from triage.scheduler import Scheduler, plan_case_deadlines
from triage.outbox import Outbox, SendPolicy
from triage.processing import ProcessingConfig, Processor
from triage.rawstore import RawStore
from triage.service import Service

logger = logging.getLogger(__name__)


def resolve(path: str | Path) -> Path:
    """Settings paths are relative to the working directory; shipped data falls back to the repo."""
    candidate = Path(path).expanduser()
    if candidate.is_absolute() or candidate.exists():
        return candidate
    shipped = REPO_ROOT / candidate
    return shipped if shipped.exists() else candidate


def load_firms(settings: Settings) -> list[Firm]:
    path = resolve(str(settings.get("policy", "firms")))
    if not path.exists():
        raise ConfigError(f"[policy] firms: firm directory not found: {path}")
    return read_firms(path)


def load_model(settings: Settings, firms: list[Firm]) -> TriageClassifier:
    model_dir = resolve(str(settings.get("models", "path")))
    with _without_test_tools():
        from classifiers import load_classifier

        return load_classifier(model_dir if model_dir.exists() else None, firms)


@contextmanager
def _without_test_tools() -> Iterator[None]:
    """Load the model without importing pytest. Reading a model (skops -> sklearn.utils.discovery ->
    sklearn.utils._testing) imports pytest whenever it is installed, which it is in a development or
    CI environment but not in production: 18 MB of the service's resident size for nothing. sklearn
    does without it (it catches the ImportError). A process that has imported pytest already (a test
    run) keeps it; the block is lifted once the model is loaded."""
    if "pytest" in sys.modules:
        yield
        return
    sys.modules["pytest"] = None  # type: ignore[assignment]  # makes `import pytest` raise ImportError
    try:
        yield
    finally:
        if sys.modules.get("pytest", 0) is None:
            del sys.modules["pytest"]


def make_source(settings: Settings, factory: sessionmaker[Session]) -> MailSource:
    box = settings.section("mailbox")
    if box["kind"] == "maildir":
        from mail.maildir import MaildirSource

        return MaildirSource(
            Path(box["path"]),
            processed_folder=box["processed_folder"],
            quarantine_folder=box["quarantine_folder"],
            max_message_bytes=int(box["max_message_bytes"]),
        )
    from triage.imap_wiring import make_imap_source

    return make_imap_source(settings, factory)


def make_sender(settings: Settings) -> Sender:
    out = settings.section("outbox")
    if out["kind"] == "maildir":
        from mail.maildir import MaildirSender

        return MaildirSender(Path(out["path"]))
    from mail.smtp import SmtpSender

    return SmtpSender(
        host=out["host"],
        port=int(out["port"]),
        security=out["security"],
        username=out.get("username") or None,
        password=settings.secret("outbox", "password"),
        timeout=float(out["timeout_seconds"]),
        local_hostname=settings.message_id_domain,
    )


@dataclass
class App:
    settings: Settings
    engine: Engine
    factory: sessionmaker[Session]
    store: RawStore
    firms: list[Firm]
    classifier: TriageClassifier
    processor: Processor
    outbox: Outbox
    scheduler: Scheduler
    profile: Profile
    instance_id: str
    calendar: Any = None
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)

    def service(self, source: MailSource | None = None) -> Service:
        return Service(
            self.factory,
            self.store,
            source or make_source(self.settings, self.factory),
            self.processor,
            self.outbox,
            scheduler=self.scheduler,
            poll_seconds=float(self.settings.get("mailbox", "poll_seconds")),
            failure_alert_after=int(self.settings.get("service", "failure_alert_after")),
            quiet_hours=lambda start, end: business_hours_between(start, end, self.calendar),
            quiet_alert_after=float(self.settings.get("service", "no_mail_alert_business_hours")),
            now=self.now,
        )

    def close(self) -> None:
        self.engine.dispose()


def bootstrap(
    settings: Settings,
    *,
    sender: Sender | None = None,
    classifier: TriageClassifier | None = None,
    now: Callable[[], datetime] | None = None,
    migrate: bool = True,
) -> App:
    """Build the application from settings; the register schema is brought up to date first."""
    clock = now or (lambda: datetime.now(timezone.utc))
    engine = make_engine(settings.database_url, echo=bool(settings.get("database", "echo")))
    if migrate:
        upgrade(engine)
    factory = make_session_factory(engine)
    store = RawStore(settings.path("storage", "raw_path"))
    firms = load_firms(settings)
    model = classifier or load_model(settings, firms)
    out = settings.section("outbox")
    instance_id = settings.get("service", "instance_id") or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    loop_id = f"triage-bot; {settings.message_id_domain}"
    profile_name = str(settings.get("policy", "profile"))
    profile = load_profile(resolve(profile_name) if profile_name.endswith(".toml") else profile_name)
    for warning in profile.warnings:
        # Where a seed promises less than the rules, the profile keeps the promise, the letters
        # never state it, and the operator is told at every start.
        logger.warning("policy %s: %s", profile.name, warning)
    region = str(settings.get("policy", "region") or profile.region)
    renderer = make_renderer(profile, now=clock)
    processing = ProcessingConfig(
        profile=profile.name,
        own_addresses=tuple(a.lower() for a in [out["from_address"], *settings.values.get("policy", {}).get("own_addresses", [])]),
        own_domains=(settings.message_id_domain,),
        loop_id=loop_id,
        firm_confidence=float(settings.values.get("policy", {}).get("firm_confidence", 0.8)),
        max_letters_per_recipient=int(out["max_letters_per_recipient"]),
        rate_window=timedelta(minutes=int(out["rate_window_minutes"])),
        forwarding_enabled=bool(settings.values.get("policy", {}).get("forward_automatically", True)),
        internal_address=str(settings.values.get("policy", {}).get("dpo_address", "")),
        intake=IntakeConfig.from_profile(profile, settings),  # refuses to start without a needed key
    )
    processor = Processor(
        factory, store, model, firms, processing, renderer, now=clock, planner=lambda case: plan_case_deadlines(profile, case, region)
    )
    scheduler = Scheduler(
        factory,
        profile,
        {f.firm_id: f for f in firms},
        renderer,
        domain=settings.message_id_domain,
        hold_letters=profile.firm.letters_need_approval,
        now=clock,
    )
    policy = SendPolicy(
        from_address=out["from_address"],
        from_name=out["from_name"],
        loop_id=loop_id,
        instance_id=instance_id,
        max_attempts=int(out["max_attempts"]),
        retry_base=timedelta(seconds=int(out["retry_base_seconds"])),
    )
    outbox = Outbox(factory, sender or make_sender(settings), store, policy, now=clock)
    return App(
        settings, engine, factory, store, firms, model, processor, outbox, scheduler, profile, instance_id, profile.calendar(region), clock
    )
