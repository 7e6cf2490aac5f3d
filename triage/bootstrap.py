"""Wire the parts from the settings: the only place that builds engines, sources and senders."""

from __future__ import annotations

import logging
import os
import pickle
import socket
import sys
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from classifiers.directory import read_firms
from classifiers.types import Firm, TriageClassifier
from mail.types import MailSource, Sender
from triage.config import REPO_ROOT, Settings
from triage.db import make_engine, make_session_factory, schema_is_current, upgrade
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
T = TypeVar("T")


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
    """The classifier; the model file is read in a child process (`in_child`) and compiled there to
    plain arrays (`TriageModel.compile`, `classifiers.compiled`): reading a skops file imports skops and
    the whole of scikit-learn (with scipy.stats, 60-90 MB) that would stay in the service for good;
    this process receives only the compiled model (numpy and scipy.sparse), which gives the same scores.
    A model that cannot be compiled is passed back as read (and scored with scikit-learn)."""
    from classifiers import load_classifier
    from classifiers.store import load_model as read_model

    model_dir = resolve(str(settings.get("models", "path")))

    def read_and_compile(path: Path) -> tuple[Any, dict[str, Any]]:
        with _without_test_tools():  # reading a skops file is what imports scikit-learn (and pytest with it)
            return _compiled(*read_model(path))

    def read_in_child(path: Path) -> tuple[Any, dict[str, Any]]:
        return in_child(lambda: read_and_compile(path), what="reading the model")

    return load_classifier(model_dir if model_dir.exists() else None, firms, reader=read_in_child)


def _compiled(model: Any, card: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """(model.compile(), card), or (model, card) when the model has no compiled form."""
    compile_model = getattr(model, "compile", None)
    if compile_model is None:
        return model, card
    try:
        return compile_model(), card
    except (ValueError, AttributeError, TypeError) as exc:
        logger.warning("the model could not be compiled (%s): scoring it with scikit-learn", exc)
        return model, card


def migrate_register(engine: Engine) -> None:
    """`triage.db.upgrade`, in a child process (`in_child`) when the register needs a migration, so
    Alembic and Mako (about 13 MB) never stay in the service's memory. A register already at the
    newest revision is recognised with one query, in this process. An in-memory SQLite database
    (which a child could not see) is migrated here."""
    if schema_is_current(engine):
        return
    url = engine.url
    in_memory = url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or str(url.query.get("mode", "")) == "memory"
    )
    if in_memory or url.get_backend_name() not in ("sqlite", "postgresql"):
        upgrade(engine)
        return
    engine.dispose()  # no connection of this process crosses the fork (SQLite's rule for fork)

    def work() -> None:
        engine.dispose(close=False)  # the child's own connections, never its parent's
        try:
            upgrade(engine)
        finally:
            engine.dispose()

    in_child(work, what="migrating the register")


def in_child(work: Callable[[], T], *, what: str) -> T:
    """`work()` run in a forked child process; its result, or the exception it raised, comes back
    pickled over a pipe (an exception is raised here, with the child's traceback as a note).

    For one-off start-up work whose imports would otherwise stay in this long-running process: the
    child's memory goes back to the system when it ends (issue 8). The result's classes are
    imported here as it is unpickled. The work runs in this process instead where there is no
    fork, where other threads run (forking a multi-threaded process can deadlock on locks they
    hold: the classifier's rule for its workers), and when the child ends without an answer."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return work()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # what is buffered is written once, by this process, not again by the child
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        _answer_from_child(work, what, read_fd, write_fd)
    os.close(write_fd)
    answer = None
    try:
        with os.fdopen(read_fd, "rb") as source:
            answer = pickle.load(source)
    except (EOFError, pickle.UnpicklingError):  # the child died before its answer was whole
        answer = None
    finally:
        _, status = os.waitpid(pid, 0)
    if answer is None:
        logger.warning("%s: the child process ended without an answer (wait status %s); doing it in this process", what, status)
        return work()
    ok, value, child_traceback = answer
    if ok:
        return value
    if child_traceback:
        value.add_note(f"(raised in the child process {what}:)\n{child_traceback.rstrip()}")
    raise value


def _answer_from_child(work: Callable[[], Any], what: str, read_fd: int, write_fd: int) -> NoReturn:
    """The child's side of `in_child`: run, write one pickled (ok, value, traceback), leave at once
    (os._exit: no atexit handlers, no finalizers of objects inherited from the parent)."""
    code = 1
    try:
        os.close(read_fd)
        try:
            answer: tuple[bool, Any, str] = (True, work(), "")
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
            answer = (False, exc, traceback.format_exc())
        try:
            data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            if not answer[0]:
                pickle.loads(data)  # an exception class that would not unpickle there: say so instead
        except Exception as exc:  # noqa: BLE001
            problem = RuntimeError(f"{what}: the child's answer would not pickle ({exc!r}): {answer[1]!r}")
            data = pickle.dumps((False, problem, answer[2]), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as out:
            out.write(data)
        code = 0
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


@contextmanager
def _without_test_tools() -> Iterator[None]:
    """Load the model without importing pytest. Reading a model (skops -> sklearn.utils.discovery ->
    sklearn.utils._testing) imports pytest whenever it is installed, which it is in a development or
    CI environment but not in production: 18 MB for nothing where the model is read in this process
    (`in_child` falls back to that when other threads run). sklearn
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
            batch_size=int(self.settings.get("service", "batch_messages")),
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
        migrate_register(engine)
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
