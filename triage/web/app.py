"""The review app: `create_app(settings)` builds the ASGI app, `serve(...)` runs it with uvicorn.

Pages are server-rendered (Jinja2, autoescaped). The JSON API under /api has an OpenAPI document at
/api/openapi.json. Every route except /login and /static needs a signed-in user (a session cookie,
or for the API a bearer token). Changes go through `triage.review`, one transaction per request.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import logging
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from sqlalchemy import and_, case as sql_case, func, select
from sqlalchemy.orm import Session, sessionmaker

from classifiers.types import CATEGORIES, RIGHTS
from triage import review
from triage.config import Settings
from triage.db import make_engine, make_session_factory, unit_of_work, upgrade
from triage.intake_view import case_intake_view, needs_key
from triage.models import AuditEvent, Case, CaseStatus, Deadline, InboundMessage, Letter, ReviewLabel, User
from triage.postal import is_postal, logged_contact
from triage.users import authenticate, can, user_for_token
from triage.web import safehtml
from triage.web.auth import (
    CsrfFailed,
    Forbidden,
    LoginLimiter,
    LoginRequired,
    Principal,
    SessionCodec,
    csrf_ok,
    fingerprint,
    new_csrf,
)

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent

PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; frame-src 'self'"
)
KINDS = ("complaint", "data_protection_complaint", "rights_request", "breach", "enquiry", "unreadable", "unprocessed")
STATUSES = tuple(s.value for s in CaseStatus)
FILTER_LABELS = ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated", "rights", "about_other_firm")


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


# -- context shared by the routes ----------------------------------------------------------------


class WebState:
    def __init__(self, settings: Settings, factory: sessionmaker[Session], codec: SessionCodec) -> None:
        self.settings = settings
        self.factory = factory
        self.codec = codec
        self.limiter = LoginLimiter()
        self._forward: review.ForwardContext | None = None
        self._firms: dict[str, Any] | None = None
        self._profile: Any = None
        self._intake: Any = None
        self._intake_config: Any = None
        # The classifier the manual intake uses; loaded from [models] on first use unless set.
        self.classifier: Any = None

    @property
    def firms(self) -> dict[str, Any]:
        if self._firms is None:
            from triage.bootstrap import load_firms

            try:
                self._firms = {f.firm_id: f for f in load_firms(self.settings)}
            except Exception as exc:  # the app still works without the directory
                logger.warning("firm directory not loaded: %s", exc)
                self._firms = {}
        return self._firms

    @property
    def profile(self) -> Any:
        """The policy profile named in the settings (redress limits, letters)."""
        if self._profile is None:
            from triage.bootstrap import resolve
            from triage.policy import load_profile

            name = str(self.settings.get("policy", "profile"))
            self._profile = load_profile(resolve(name) if name.endswith(".toml") else name)
        return self._profile

    def forward_context(self) -> review.ForwardContext:
        if self._forward is None:
            from triage.lettering import make_renderer

            self._forward = review.ForwardContext(self.firms, make_renderer(self.profile), self.settings.message_id_domain)
        return self._forward

    def intake(self) -> Any:
        """Phone and post complaints: the same intake and Processor as the mailbox, on our register."""
        if self._intake is None:
            from triage.bootstrap import bootstrap
            from triage.manual_intake import ManualIntake

            built = bootstrap(self.settings, sender=_NoSender(), classifier=self.classifier, migrate=False)
            built.engine.dispose()
            processor = built.processor
            processor.factory = self.factory  # one register connection pool: the app's
            self._intake = ManualIntake(self.factory, built.store, processor, to_address=str(self.settings.get("outbox", "from_address") or ""))
        return self._intake

    @property
    def intake_config(self) -> Any:
        """The intake's settings with the details key (None when it cannot be loaded)."""
        if self._intake_config is None:
            try:
                from triage.intake_details import IntakeConfig

                self._intake_config = IntakeConfig.from_profile(self.profile, self.settings)
            except Exception as exc:  # the page still shows what is not encrypted
                logger.warning("intake details key not loaded: %s", exc)
                self._intake_config = False
        return self._intake_config or None

    def raw_store(self) -> Any:
        from triage.rawstore import RawStore

        return RawStore(self.settings.path("storage", "raw_path"))

    def raw_bytes(self, session: Session, sha256: str) -> bytes | None:
        try:
            return self.raw_store().get(sha256)
        except OSError:
            return None


class _NoSender:
    """The review app never sends mail; the outbox service does."""

    def send(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover - never called
        raise RuntimeError("the review app does not send mail")

    def delivered(self, *args: Any, **kwargs: Any) -> Any:  # pragma: no cover
        return None


def _state(request: Request) -> WebState:
    return request.app.state.web


def _load_principal(request: Request) -> Principal | None:
    state = _state(request)
    data = state.codec.read(request)
    user_id = data.get("u")
    if not isinstance(user_id, int):
        return None
    with unit_of_work(state.factory) as session:
        user = session.get(User, user_id)
        if user is None or not user.active or data.get("f") != fingerprint(user.password_hash):
            return None
        return Principal(user.id, user.username, user.role, "session", str(data.get("c") or ""))


def page_user(request: Request) -> Principal:
    """Dependency for pages: the signed-in user, or a redirect to the login page."""
    principal = _load_principal(request)
    if principal is None:
        raise LoginRequired()
    request.state.principal = principal
    return principal


def api_user(request: Request) -> Principal:
    """Dependency for the API: a bearer token, or a session (then unsafe methods need X-CSRF-Token)."""
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        with unit_of_work(_state(request).factory) as session:
            user = user_for_token(session, header[7:].strip())
            if user is not None:
                return Principal(user.id, user.username, user.role, "token")
        raise HTTPException(401, "invalid token", headers={"WWW-Authenticate": "Bearer"})
    principal = _load_principal(request)
    if principal is None:
        raise HTTPException(401, "sign in or send a bearer token", headers={"WWW-Authenticate": "Bearer"})
    if request.method not in ("GET", "HEAD", "OPTIONS") and not csrf_ok(principal.csrf, request.headers.get("x-csrf-token")):
        raise HTTPException(403, "CSRF token missing or wrong")
    return principal


def need(principal: Principal, permission: str) -> None:
    if not can(principal.role, permission):
        raise Forbidden(f"your role ({principal.role}) may not do this")


async def form_with_csrf(request: Request, principal: Principal) -> dict[str, Any]:
    """The posted form, after its CSRF token was checked (403 otherwise). Lists under "name[]"."""
    form = await request.form()
    token = form.get("csrf_token")
    if not isinstance(token, str) or not csrf_ok(principal.csrf, token):
        raise CsrfFailed()
    values: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str)}
    for key in set(form.keys()):
        values[f"{key}[]"] = [v for v in form.getlist(key) if isinstance(v, str)]
    return values


MAX_UPLOAD_REQUEST = 12 * 1024 * 1024


async def form_with_upload(request: Request, principal: Principal, field: str) -> tuple[dict[str, Any], Any]:
    """A multipart form after its CSRF check, and the one uploaded file named `field` (or None).

    The request is refused (413) when it is larger than the upload limit allows; the file's own
    size and type are checked by `manual_intake.check_upload`.
    """
    from triage.manual_intake import MAX_UPLOAD_BYTES, Upload

    length = request.headers.get("content-length")
    if length is None:
        raise HTTPException(411, "a form with a file needs a Content-Length")
    if not length.isdigit() or int(length) > MAX_UPLOAD_REQUEST:
        raise HTTPException(413, "the upload is too large")
    form = await request.form(max_files=2, max_fields=50)
    token = form.get("csrf_token")
    if not isinstance(token, str) or not csrf_ok(principal.csrf, token):
        raise CsrfFailed()
    values: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str)}
    upload = None
    item = form.get(field)
    if item is not None and not isinstance(item, str):
        data = await item.read(MAX_UPLOAD_BYTES + 1)
        upload = Upload(str(item.filename or ""), str(item.content_type or ""), data)
    return values, upload


def _flash(request: Request, response: Response, message: str, kind: str = "ok") -> Response:
    state = _state(request)
    data = state.codec.read(request)
    data["m"] = [kind, message[:300]]
    state.codec.write(request, response, data)
    return response


def _back(request: Request, url: str, message: str, kind: str = "ok") -> Response:
    return _flash(request, RedirectResponse(url, status_code=303), message, kind)


# -- queries -------------------------------------------------------------------------------------


def queue_query(
    session: Session,
    *,
    now: datetime,
    profile: str | None = None,
    kind: str | None = None,
    label: str | None = None,
    status: str | None = None,
    handler: str | None = None,
    overdue: bool = False,
    limit: int = 200,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The queue: needs-review first, then the nearest pending deadline; with counts."""
    profile, kind, label, status, handler = ((v or "").replace("\x00", "") or None for v in (profile, kind, label, status, handler))
    next_due = (
        select(Deadline.case_id, func.min(Deadline.due_at).label("next_due"))
        .where(Deadline.status == "pending")
        .group_by(Deadline.case_id)
        .subquery()
    )
    conditions = []
    if profile:
        conditions.append(Case.profile == profile)
    if kind:
        conditions.append(Case.kind == kind)
    if status:
        conditions.append(Case.status == status)
    if handler:
        conditions.append(Case.handler.is_(None) if handler == "-" else Case.handler == handler)
    if label in ("complaint", "explicit", "personal_data", "breach", "third_party", "auto_generated"):
        conditions.append(getattr(Case, label).is_(True))
    elif label == "about_other_firm":
        conditions.append(Case.about_other_firm.is_not(None))
    if overdue:
        conditions.append(next_due.c.next_due < now)
    query = (
        select(Case, next_due.c.next_due)
        .outerjoin(next_due, next_due.c.case_id == Case.id)
        .where(and_(*conditions) if conditions else True)
        .order_by(
            Case.needs_review.desc(),
            # Among the cases that need review, vulnerable customers (higher priority) first.
            sql_case((Case.needs_review.is_(True), Case.priority), else_=0).desc(),
            sql_case((and_(Case.needs_review.is_(True), Case.vulnerable.is_(True)), 1), else_=0).desc(),
            sql_case((next_due.c.next_due.is_(None), 1), else_=0),
            next_due.c.next_due,
            Case.received_at,
            Case.id,
        )
    )
    rows: list[dict[str, Any]] = []
    matched = 0
    for case, due in session.execute(query):
        if label == "rights" and not case.rights:
            continue
        matched += 1
        if len(rows) >= limit:
            continue
        due = _utc(due)
        rows.append(
            {
                "reference": case.reference,
                "kind": case.kind,
                "status": case.status,
                "needs_review": case.needs_review,
                "review_reasons": list(case.review_reasons or []),
                "profile": case.profile,
                "subject": case.subject,
                "complainant": case.complainant_address,
                "handler": case.handler,
                "received_at": _utc(case.received_at),
                "next_due": due,
                "overdue": bool(due and due < now),
                "vulnerable": bool(case.vulnerable),
                "priority": int(case.priority or 0),
                "channel": case.channel or "email",
                "redress_status": case.redress_status or "none",
                "authority_status": case.authority_status or "not_needed",
            }
        )
    counts_rows = session.execute(select(Case.status, func.count()).group_by(Case.status)).all()
    overdue_count = session.scalar(select(func.count()).select_from(next_due).where(next_due.c.next_due < now)) or 0
    counts = {
        "matched": matched,
        "total": sum(n for _s, n in counts_rows),
        "needs_review": session.scalar(select(func.count()).select_from(Case).where(Case.needs_review.is_(True))) or 0,
        "overdue": overdue_count,
        "by_status": {s: n for s, n in counts_rows},
    }
    return rows, counts


def _attachment_bytes(raw: bytes, sha256: str) -> bytes | None:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            continue
        if isinstance(payload, bytes) and hashlib.sha256(payload).hexdigest() == sha256:
            return payload
    return None


def case_detail(session: Session, case: Case, state: WebState) -> dict[str, Any]:
    classification = review.latest_classification(session, case)
    labels = dict(classification.labels) if classification else {}
    scores = dict(classification.scores) if classification else {}
    evidence = list(classification.evidence) if classification else []
    messages = []
    for m in case.messages:
        messages.append(
            {
                "id": m.id,
                "from": f"{m.from_name} <{m.from_address}>" if m.from_name else (m.from_address or ""),
                "subject": m.subject,
                "sent_date": _utc(m.sent_date),
                "received_at": _utc(m.received_at),
                "status": m.status,
                "text_html": safehtml.highlight(m.text or "", evidence),
                "srcdoc": safehtml.frame_document(m.html) if m.html else None,
                "attachments": [
                    {"index": i, "filename": a.get("filename") or f"attachment-{i}", "content_type": a.get("content_type", ""), "size": a.get("size", 0)}
                    for i, a in enumerate(m.attachments or [])
                ],
                "problems": list(m.parse_problems or []),
            }
        )
    reviewed = session.scalars(select(ReviewLabel).where(ReviewLabel.case_id == case.id).order_by(ReviewLabel.id.desc()).limit(100)).all()
    audit = session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id.desc()).limit(100)).all()
    users = session.scalars(select(User).where(User.active.is_(True)).order_by(User.username)).all()
    current = {label: getattr(case, label) for label in review.LABELS}
    return {
        "case": case,
        "classification": classification,
        "model_labels": labels,
        "scores": scores,
        "evidence": evidence,
        "current": current,
        "messages": messages,
        "deadlines": list(case.deadlines),
        "letters": list(case.letters),
        "reviewed": reviewed,
        "audit": audit,
        "users": [u.username for u in users],
        "firms": sorted(state.firms.values(), key=lambda f: f.name.lower()),
        **_intake_views(case, state),
        "details_missing": list(case.details_missing or []),
        "contact": logged_contact(case.messages[0] if case.messages else None),
        "authority_hold": {l.id for l in case.letters if l.status == "held" and review.authority_hold_reason(case.authority_status, l.kind)},
        "authority_recorded": (case.authority_detail or {}).get("recorded") or {},
        "postal_letters": {l.id for l in case.letters if is_postal(l)},
        "has_final_pending": any(l.kind == "final_response" and l.status in ("held", "queued", "sending") for l in case.letters),
    }


def _intake_views(case: Case, state: WebState) -> dict[str, Any]:
    """Details, vulnerability evidence and the authority view as rows for the page (see triage.intake_view;
    the details key is loaded only for a case that has something sealed)."""
    view = case_intake_view(case, state.intake_config if needs_key(case) else None)
    return {
        "details": _detail_rows(view.details),
        "vulnerability": [_indicator(v) for v in view.vulnerability],
        "authority_detail": _detail_rows(view.authority),
    }


def _empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple, dict, set)) and not value)


def _detail_text(value: Any) -> str:
    """A detail value as short text: evidence items as "field: text", nested tables as "k: v"."""
    if isinstance(value, dict):
        if "text" in value and ("field" in value or "kind" in value):
            return f"{value.get('field') or value.get('kind')}: {value['text']}"
        return "; ".join(f"{k}: {_detail_text(v)}" for k, v in value.items() if not _empty(v))
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_detail_text(v) for v in value if not _empty(v))
    return str(value)


def _detail_rows(details: dict[str, Any]) -> list[tuple[str, str]]:
    """The intake details found, without the empty ones, for the case page."""
    return [(str(k), _detail_text(v)[:2000]) for k, v in sorted(details.items()) if not _empty(v) and v is not False]


def _indicator(value: Any) -> dict[str, str]:
    """One vulnerability indicator as {label, evidence} (the detector may store strings or objects)."""
    if isinstance(value, dict):
        label = value.get("indicator") or value.get("label") or value.get("kind") or value.get("type") or ""
        evidence = value.get("evidence") or value.get("text") or value.get("quote") or ""
        if isinstance(evidence, (list, tuple)):
            evidence = " · ".join(str(e) for e in evidence)
        rest = {k: v for k, v in value.items() if k not in ("indicator", "label", "kind", "type", "evidence", "text", "quote")}
        return {"label": str(label or rest or value), "evidence": str(evidence)}
    return {"label": str(value), "evidence": ""}


def case_json(session: Session, case: Case) -> dict[str, Any]:
    classification = review.latest_classification(session, case)
    return {
        "reference": case.reference,
        "kind": case.kind,
        "status": case.status,
        "needs_review": case.needs_review,
        "review_reasons": list(case.review_reasons or []),
        "profile": case.profile,
        "subject": case.subject,
        "complainant_address": case.complainant_address,
        "handler": case.handler,
        "received_at": _utc(case.received_at).isoformat() if case.received_at else None,
        "resolved_at": _utc(case.resolved_at).isoformat() if case.resolved_at else None,
        "labels": {label: getattr(case, label) for label in review.LABELS},
        "model": {
            "version": classification.model_version if classification else None,
            "labels": dict(classification.labels) if classification else None,
            "scores": dict(classification.scores) if classification else None,
            "evidence": list(classification.evidence) if classification else None,
        },
        "outcome": case.outcome,
        "redress_amount": case.redress_amount,
        "root_cause": case.root_cause,
        "channel": case.channel,
        "logged_by": case.logged_by,
        "vulnerable": bool(case.vulnerable),
        "priority": int(case.priority or 0),
        "authority_status": case.authority_status,
        "redress_status": case.redress_status,
        "deadlines": [
            {"step": d.step, "due_at": _utc(d.due_at).isoformat(), "status": d.status} for d in case.deadlines
        ],
        "letters": [
            {"id": l.id, "kind": l.kind, "status": l.status, "to_address": l.to_address, "subject": l.subject} for l in case.letters
        ],
        "messages": [{"id": m.id, "subject": m.subject, "from_address": m.from_address} for m in case.messages],
    }


# -- API models ----------------------------------------------------------------------------------

Reference = PathParam(min_length=1, max_length=40)
MAX_ID = 2**31 - 1
LetterId = PathParam(ge=1, le=MAX_ID)
MessageId = PathParam(ge=1, le=MAX_ID)
Index = PathParam(ge=0, le=10_000)


class LabelsIn(BaseModel):
    labels: dict[Literal[review.LABELS], bool | str | list[str] | None] = Field(min_length=1)  # type: ignore[valid-type]


class AssignIn(BaseModel):
    handler: str | None = Field(default=None, max_length=100)


class OutcomeIn(BaseModel):
    outcome: Literal["upheld", "not_upheld", "partially_upheld"]
    redress_amount: float | None = Field(default=None, ge=0, le=review.MAX_REDRESS)
    root_cause: Literal[review.ROOT_CAUSES] | None = None  # type: ignore[valid-type]
    resolve: bool = True


class FirmIn(BaseModel):
    firm_id: str | None = Field(default=None, max_length=80)


class LetterEditIn(BaseModel):
    subject: str = Field(min_length=1, max_length=998)
    body_text: str = Field(min_length=1, max_length=100_000)


class ReopenIn(BaseModel):
    reason: str = Field(default="", max_length=500)


# -- the app -------------------------------------------------------------------------------------


def _secret(settings: Settings) -> str:
    web = settings.section("web")
    variable = str(web.get("secret_key_env") or "TRIAGE_WEB_SECRET_KEY")
    secret = os.environ.get(variable, "")
    if len(secret) >= 32:
        return secret
    logger.warning("%s is not set (or shorter than 32 characters): sessions end when the app restarts", variable)
    return secrets.token_urlsafe(48)


def create_app(settings: Settings, *, migrate: bool = True) -> FastAPI:
    engine = make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    factory = make_session_factory(engine)
    secure = bool(settings.section("web").get("secure_cookies", False))
    state = WebState(settings, factory, SessionCodec(_secret(settings), secure))

    app = FastAPI(
        title="triage-bot review API",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.web = state
    app.state.engine = engine
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(can=can, quote=quote)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if secure or request.url.scheme == "https":
            response.headers["Strict-Transport-Security"] = "max-age=31536000"
        return response

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?" + urlencode({"next": target}), status_code=302)

    @app.exception_handler(CsrfFailed)
    async def _csrf_failed(request: Request, _exc: CsrfFailed):
        return HTMLResponse("<!doctype html><title>Refused</title><p>The form's security token is missing or out of date. Go back and try again.</p>", status_code=403)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden):
        return HTMLResponse(f"<!doctype html><title>Forbidden</title><p>{safehtml.escape(str(exc))}</p>", status_code=403)

    def render(request: Request, name: str, principal: Principal | None, **context: Any) -> Response:
        data = state.codec.read(request)
        flash = data.pop("m", None)
        csrf = principal.csrf if principal else str(data.get("c") or "")
        if not csrf:
            csrf = new_csrf()
            data["c"] = csrf
        status_code = int(context.pop("status_code", 200))
        response = templates.TemplateResponse(request, name, {"user": principal, "csrf": csrf, "flash": flash, **context}, status_code=status_code)
        state.codec.write(request, response, data)
        return response

    # -- login ---------------------------------------------------------------------------------

    def _safe_next(value: str | None) -> str:
        value = value or "/"
        return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else "/"

    @app.get("/login", include_in_schema=False)
    async def login_page(request: Request, next: str = "/"):
        return render(request, "login.html", None, next=_safe_next(next))

    @app.post("/login", include_in_schema=False)
    async def login(request: Request):
        form = await request.form()
        data = state.codec.read(request)
        if not csrf_ok(str(data.get("c") or ""), form.get("csrf_token")):  # type: ignore[arg-type]
            raise CsrfFailed()
        username = str(form.get("username") or "")[:100]
        password = str(form.get("password") or "")[:1000]
        address = request.client.host if request.client else "?"
        target = _safe_next(str(form.get("next") or "/"))
        if state.limiter.blocked(address, username):
            with unit_of_work(factory) as session:
                session.add(AuditEvent(event="login_blocked", rule="review", actor=username or "?", detail={"address": address}))
            response = render(request, "login.html", None, next=target, error="Too many failed attempts. Wait a few minutes.")
            response.status_code = 429
            return response
        with unit_of_work(factory) as session:
            user = authenticate(session, username, password)
            if user is None:
                session.add(AuditEvent(event="login_failed", rule="review", actor=username or "?", detail={"address": address}))
            else:
                session.add(AuditEvent(event="login", rule="review", actor=user.username, detail={"address": address}))
                user_id, fp = user.id, fingerprint(user.password_hash)
        if user is None:
            state.limiter.failed(address, username)
            response = render(request, "login.html", None, next=target, error="Wrong username or password.")
            response.status_code = 401
            return response
        state.limiter.succeeded(username)
        response = RedirectResponse(target, status_code=303)
        # A fresh CSRF token at login (no fixation of a pre-login token).
        state.codec.write(request, response, {"u": user_id, "f": fp, "c": new_csrf()})
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        with unit_of_work(factory) as session:
            session.add(AuditEvent(event="logout", rule="review", actor=principal.username))
        response = RedirectResponse("/login", status_code=303)
        state.codec.clear(response)
        return response

    # -- pages ---------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    async def queue_page(
        request: Request,
        principal: Principal = Depends(page_user),
        profile: str = "",
        kind: str = "",
        label: str = "",
        status: str = "",
        handler: str = "",
        overdue: str = "",
    ):
        filters = {"profile": profile[:40], "kind": kind[:40], "label": label[:40], "status": status[:20], "handler": handler[:100], "overdue": overdue == "1"}
        now = datetime.now(timezone.utc)
        with unit_of_work(factory) as session:
            rows, counts = queue_query(session, now=now, **{k: v or None for k, v in filters.items() if k != "overdue"}, overdue=filters["overdue"])
            handlers = [u for (u,) in session.execute(select(User.username).where(User.active.is_(True)).order_by(User.username))]
            profiles = [p for (p,) in session.execute(select(Case.profile).distinct()) if p]
        return render(
            request, "queue.html", principal, rows=rows, counts=counts, filters=filters, now=now,
            kinds=KINDS, statuses=STATUSES, labels=FILTER_LABELS, handlers=handlers, profiles=profiles,
        )

    @app.get("/cases/{reference}", include_in_schema=False)
    async def case_page(request: Request, reference: str, principal: Principal = Depends(page_user)):
        with unit_of_work(factory) as session:
            try:
                case = review.get_case(session, reference)
            except review.NotFound:
                return render(request, "error.html", principal, message=f"No case {reference}.", status_code=404)
            detail = case_detail(session, case, state)
            response = render(
                request, "case.html", principal, now=datetime.now(timezone.utc), rights_vocab=RIGHTS, categories=CATEGORIES,
                root_causes=review.ROOT_CAUSES, outcomes=review.OUTCOMES, bool_labels=review.BOOL_LABELS,
                authority_methods=review.AUTHORITY_METHODS, acceptance_methods=review.ACCEPTANCE_METHODS,
                redress_settings=state.profile.redress, my_limit=state.profile.redress.limit_for(principal.role), **detail,
            )
        return response

    @app.get("/cases/{reference}/messages/{message_id}/attachments/{index}", include_in_schema=False)
    async def attachment(reference: str, message_id: int = MessageId, index: int = Index, principal: Principal = Depends(page_user)):
        with unit_of_work(factory) as session:
            message = session.get(InboundMessage, message_id)
            case = session.scalar(select(Case).where(Case.reference == reference))
            if message is None or case is None or message.case_id != case.id or not (0 <= index < len(message.attachments or [])):
                raise HTTPException(404, "no such attachment")
            meta = message.attachments[index]
            raw = state.raw_bytes(session, message.raw_sha256)
            session.add(AuditEvent(case_id=case.id, message_id=message.id, event="attachment_downloaded", rule="review", actor=principal.username, detail={"index": index}))
        data = _attachment_bytes(raw, str(meta.get("sha256", ""))) if raw else None
        if data is None:
            raise HTTPException(404, "attachment bytes not found")
        filename = str(meta.get("filename") or f"attachment-{index}")
        ascii_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in filename)[:100] or "attachment"
        return Response(
            data,
            media_type="application/octet-stream",
            headers={
                "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}",
                "X-Content-Type-Options": "nosniff",
                "Content-Security-Policy": "default-src 'none'; sandbox",
            },
        )

    # -- page actions (form posts) -------------------------------------------------------------

    def _case_url(reference: str) -> str:
        return f"/cases/{quote(reference)}"

    def _apply(request: Request, reference: str, action, ok: str) -> Response:
        try:
            with unit_of_work(factory) as session:
                action(session)
        except review.NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        except review.ReviewError as exc:
            return _back(request, _case_url(reference), str(exc), "error")
        return _back(request, _case_url(reference), ok)

    @app.post("/cases/{reference}/labels", include_in_schema=False)
    async def post_labels(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "label")
        verdicts: dict[str, Any] = {label: form.get(label, "no") for label in review.BOOL_LABELS}
        verdicts["rights"] = form.get("rights[]", [])
        verdicts["category"] = form.get("category", "none")
        return _apply(request, reference, lambda s: review.record_labels(s, reference, principal.username, verdicts), "Labels recorded.")

    @app.post("/cases/{reference}/firm", include_in_schema=False)
    async def post_firm(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "firm")
        firm_id = str(form.get("firm_id", ""))
        return _apply(
            request, reference, lambda s: review.confirm_firm(s, reference, principal.username, firm_id, state.forward_context()),
            "Firm confirmed." + (" Forward queued." if firm_id else ""),
        )

    @app.post("/cases/{reference}/assign", include_in_schema=False)
    async def post_assign(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        handler = str(form.get("handler", "")).strip()
        if handler != principal.username or not can(principal.role, "assign_self"):
            need(principal, "assign")
        return _apply(request, reference, lambda s: review.assign_handler(s, reference, principal.username, handler), "Handler assigned.")

    @app.post("/cases/{reference}/outcome", include_in_schema=False)
    async def post_outcome(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "outcome")
        raw_amount = str(form.get("redress_amount", "")).strip().replace("£", "").replace(",", "")
        try:
            amount = float(raw_amount) if raw_amount else None
        except ValueError:
            return _back(request, _case_url(reference), "Redress must be an amount such as 150.00.", "error")
        return _apply(
            request, reference,
            lambda s: review.record_outcome(
                s, reference, principal.username, str(form.get("outcome", "")), amount, str(form.get("root_cause", "")),
                resolve=form.get("resolve") == "1", redress=state.profile.redress, role=principal.role,
            ),
            "Outcome recorded.",
        )

    @app.post("/cases/{reference}/resolve", include_in_schema=False)
    async def post_resolve(request: Request, reference: str, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        need(principal, "outcome")
        return _apply(request, reference, lambda s: review.resolve_case(s, reference, principal.username), "Case resolved.")

    @app.post("/cases/{reference}/reopen", include_in_schema=False)
    async def post_reopen(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "outcome")
        return _apply(request, reference, lambda s: review.reopen_case(s, reference, principal.username, str(form.get("reason", ""))), "Case reopened.")

    def _letter_case(letter_id: int) -> str:
        with unit_of_work(factory) as session:
            letter = session.get(Letter, letter_id)
            if letter is None or letter.case is None:
                raise HTTPException(404, "no such letter")
            return letter.case.reference

    @app.post("/letters/{letter_id}/approve", include_in_schema=False)
    async def post_approve(request: Request, letter_id: int = LetterId, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        need(principal, "letter_approve")
        reference = _letter_case(letter_id)
        return _apply(request, reference, lambda s: review.approve_letter(s, letter_id, principal.username), "Letter approved: it will be sent.")

    @app.post("/letters/{letter_id}/hold", include_in_schema=False)
    async def post_hold(request: Request, letter_id: int = LetterId, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        need(principal, "letter_edit")
        reference = _letter_case(letter_id)
        return _apply(request, reference, lambda s: review.hold_letter(s, letter_id, principal.username), "Letter held.")

    @app.post("/letters/{letter_id}/edit", include_in_schema=False)
    async def post_edit(request: Request, letter_id: int = LetterId, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "letter_edit")
        reference = _letter_case(letter_id)
        return _apply(
            request, reference,
            lambda s: review.edit_letter(s, letter_id, principal.username, str(form.get("subject", "")), str(form.get("body_text", ""))),
            "Letter changed (still held).",
        )

    @app.post("/letters/{letter_id}/posted", include_in_schema=False)
    async def post_posted(request: Request, letter_id: int = LetterId, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        need(principal, "letter_approve")
        reference = _letter_case(letter_id)
        return _apply(request, reference, lambda s: review.mark_letter_posted(s, letter_id, principal.username), "Letter marked printed and posted.")

    # -- phone and post complaints, authority, redress (issue 9) -------------------------------

    def _london_now_local() -> str:
        from triage.calendar import LONDON

        return datetime.now(timezone.utc).astimezone(LONDON).strftime("%Y-%m-%dT%H:%M")

    @app.get("/log", include_in_schema=False)
    async def log_page(request: Request, principal: Principal = Depends(page_user)):
        need(principal, "outcome")
        return render(request, "log.html", principal, form={}, nonce=secrets.token_urlsafe(24), now_local=_london_now_local())

    @app.post("/log", include_in_schema=False)
    async def post_log(request: Request, principal: Principal = Depends(page_user)):
        from triage.errors import StorageError
        from triage.manual_intake import IntakeFormError, build_complaint

        form, upload = await form_with_upload(request, principal, "letter")
        need(principal, "outcome")
        try:
            complaint = build_complaint(form, upload, datetime.now(timezone.utc))
            intake = state.intake()
            logged = intake.log(complaint, principal.username)
        except IntakeFormError as exc:
            kept = {k: str(form.get(k, ""))[:20000] for k in ("channel", "received_at", "name", "email", "postal_address", "phone", "summary")}
            return render(request, "log.html", principal, form=kept, nonce=str(form.get("nonce", ""))[:64] or secrets.token_urlsafe(24),
                          now_local=_london_now_local(), error=str(exc), status_code=422)
        except StorageError as exc:
            logger.error("logging a complaint failed: %s", exc)
            return render(request, "error.html", principal, message="The complaint could not be stored. Nothing was logged; try again.", status_code=503)
        if logged.reference is None:
            return _back(request, "/", f"Stored as message #{logged.message_id}, but no case was opened ({logged.status}); see the queue.", "error")
        return _back(request, _case_url(logged.reference), f"Complaint logged as {logged.reference}.")

    def _upload_document(session: Session, reference: str, actor: str, upload: Any, purpose: str) -> int | None:
        from triage.manual_intake import check_upload, store_document

        checked = check_upload(upload, fallback=purpose.replace(" ", "-"))
        if checked is None:
            return None
        case = review.get_case(session, reference)
        return store_document(session, state.raw_store(), case, actor, checked, purpose).id

    def _apply_upload(request: Request, reference: str, action, ok: str) -> Response:
        from triage.manual_intake import IntakeFormError

        try:
            return _apply(request, reference, action, ok)
        except IntakeFormError as exc:
            return _back(request, _case_url(reference), str(exc), "error")

    @app.post("/cases/{reference}/authority", include_in_schema=False)
    async def post_authority(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form, upload = await form_with_upload(request, principal, "document")
        need(principal, "outcome")

        def action(s: Session) -> None:
            document = _upload_document(s, reference, principal.username, upload, "authority")
            review.record_authority(
                s, reference, principal.username, authorised_by=str(form.get("authorised_by", "")), method=str(form.get("method", "")),
                note=str(form.get("note", "")), document_message_id=document,
            )

        return _apply_upload(request, reference, action, "Authority recorded: held letters can now be approved.")

    @app.post("/cases/{reference}/redress/approve", include_in_schema=False)
    async def post_redress_approve(request: Request, reference: str, principal: Principal = Depends(page_user)):
        await form_with_csrf(request, principal)
        need(principal, "outcome")
        return _apply(
            request, reference,
            lambda s: review.approve_redress(s, reference, principal.username, redress=state.profile.redress, role=principal.role),
            "Redress approved: the final response can now be approved.",
        )

    def _form_date(value: str) -> Any:
        from datetime import date

        value = (value or "").strip()
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise review.ReviewError("dates look like 2026-11-20") from exc

    @app.post("/cases/{reference}/redress/accepted", include_in_schema=False)
    async def post_redress_accepted(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form, upload = await form_with_upload(request, principal, "document")
        need(principal, "outcome")

        def action(s: Session) -> None:
            document = _upload_document(s, reference, principal.username, upload, "signed acceptance form")
            review.record_redress_accepted(
                s, reference, principal.username, how=str(form.get("how", "")), received=_form_date(str(form.get("received", ""))),
                note=str(form.get("note", "")), document_message_id=document,
            )

        return _apply_upload(request, reference, action, "Acceptance recorded.")

    @app.post("/cases/{reference}/redress/declined", include_in_schema=False)
    async def post_redress_declined(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "outcome")
        return _apply(request, reference, lambda s: review.record_redress_declined(s, reference, principal.username, note=str(form.get("note", ""))), "Declined recorded.")

    @app.post("/cases/{reference}/redress/paid", include_in_schema=False)
    async def post_redress_paid(request: Request, reference: str, principal: Principal = Depends(page_user)):
        form = await form_with_csrf(request, principal)
        need(principal, "outcome")
        return _apply(
            request, reference,
            lambda s: review.record_redress_paid(
                s, reference, principal.username, paid_on=_form_date(str(form.get("paid_on", ""))),
                payment_reference=str(form.get("payment_reference", "")), redress=state.profile.redress,
            ),
            "Payment recorded.",
        )

    @app.post("/cases/{reference}/final-response", include_in_schema=False)
    async def post_final_response(request: Request, reference: str, principal: Principal = Depends(page_user)):
        from triage.redress import draft_final_response

        form = await form_with_csrf(request, principal)
        need(principal, "outcome")
        ctx = state.forward_context()
        return _apply(
            request, reference,
            lambda s: draft_final_response(
                s, reference, principal.username, profile=state.profile, renderer=ctx.renderer, domain=ctx.domain,
                outcome_summary=str(form.get("outcome_summary", "")), reasons=str(form.get("reasons", "")),
            ),
            "Final response written and held for approval.",
        )

    # -- JSON API ------------------------------------------------------------------------------

    def _api(action) -> Any:
        try:
            with unit_of_work(factory) as session:
                return action(session)
        except review.NotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        except review.ReviewError as exc:
            raise HTTPException(409, str(exc)) from exc

    def _api_need(principal: Principal, permission: str) -> None:
        if not can(principal.role, permission):
            raise HTTPException(403, f"role {principal.role} may not do this")

    @app.get("/api/me", tags=["session"])
    def api_me(principal: Principal = Depends(api_user)) -> dict[str, Any]:
        return {"username": principal.username, "role": principal.role, "via": principal.via}

    @app.get("/api/cases", tags=["cases"])
    def api_cases(
        principal: Principal = Depends(api_user),
        profile: str | None = Query(None, max_length=40),
        kind: Literal[KINDS] | None = None,  # type: ignore[valid-type]
        label: Literal[FILTER_LABELS] | None = None,  # type: ignore[valid-type]
        status: Literal[STATUSES] | None = None,  # type: ignore[valid-type]
        handler: str | None = Query(None, max_length=100),
        overdue: bool = False,
        limit: int = Query(100, ge=1, le=500),
    ) -> dict[str, Any]:
        now = datetime.now(timezone.utc)
        with unit_of_work(factory) as session:
            rows, counts = queue_query(session, now=now, profile=profile, kind=kind, label=label, status=status, handler=handler, overdue=overdue, limit=limit)
        for row in rows:
            for key in ("received_at", "next_due"):
                row[key] = row[key].isoformat() if row[key] else None
        return {"counts": counts, "cases": rows}

    @app.get("/api/cases/{reference}", tags=["cases"])
    def api_case(reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        return _api(lambda s: case_json(s, review.get_case(s, reference)))

    @app.post("/api/cases/{reference}/labels", tags=["review"])
    def api_labels(body: LabelsIn, reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "label")

        def action(s: Session) -> dict[str, Any]:
            rows = review.record_labels(s, reference, principal.username, dict(body.labels), firm_ids=set(state.firms) or None)
            return {"recorded": [{"label": r.label, "reviewed_value": r.reviewed_value, "corrected": r.corrected} for r in rows]}

        return _api(action)

    @app.post("/api/cases/{reference}/assign", tags=["review"])
    def api_assign(body: AssignIn, reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        if body.handler != principal.username or not can(principal.role, "assign_self"):
            _api_need(principal, "assign")
        return _api(lambda s: {"handler": review.assign_handler(s, reference, principal.username, body.handler).handler})

    @app.post("/api/cases/{reference}/outcome", tags=["review"])
    def api_outcome(body: OutcomeIn, reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "outcome")

        def action(s: Session) -> dict[str, Any]:
            case = review.record_outcome(
                s, reference, principal.username, body.outcome, body.redress_amount, body.root_cause, resolve=body.resolve,
                redress=state.profile.redress, role=principal.role,
            )
            return {"status": case.status, "outcome": case.outcome}

        return _api(action)

    @app.post("/api/cases/{reference}/firm", tags=["review"])
    def api_firm(body: FirmIn, reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "firm")

        def action(s: Session) -> dict[str, Any]:
            letters = review.confirm_firm(s, reference, principal.username, body.firm_id, state.forward_context())
            return {"about_other_firm": body.firm_id or None, "letters": [{"id": l.id, "kind": l.kind, "status": l.status} for l in letters]}

        return _api(action)

    @app.post("/api/cases/{reference}/reopen", tags=["review"])
    def api_reopen(body: ReopenIn, reference: str = Reference, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "outcome")
        return _api(lambda s: {"status": review.reopen_case(s, reference, principal.username, body.reason).status})

    @app.post("/api/letters/{letter_id}/approve", tags=["letters"])
    def api_approve(letter_id: int = LetterId, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "letter_approve")
        return _api(lambda s: {"id": letter_id, "status": review.approve_letter(s, letter_id, principal.username).status})

    @app.post("/api/letters/{letter_id}/hold", tags=["letters"])
    def api_hold(letter_id: int = LetterId, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "letter_edit")
        return _api(lambda s: {"id": letter_id, "status": review.hold_letter(s, letter_id, principal.username).status})

    @app.post("/api/letters/{letter_id}/edit", tags=["letters"])
    def api_edit(body: LetterEditIn, letter_id: int = LetterId, principal: Principal = Depends(api_user)) -> dict[str, Any]:
        _api_need(principal, "letter_edit")
        return _api(lambda s: {"id": letter_id, "status": review.edit_letter(s, letter_id, principal.username, body.subject, body.body_text).status})

    # The OpenAPI document itself needs a signed-in user too.
    openapi_route = next(r for r in app.router.routes if getattr(r, "path", "") == "/api/openapi.json")
    app.router.routes.remove(openapi_route)

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi_doc(principal: Principal = Depends(api_user)) -> JSONResponse:
        return JSONResponse(app.openapi())

    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8080) -> None:
    import uvicorn

    app = create_app(settings)
    forwarded = bool(settings.section("web").get("behind_proxy", False))
    uvicorn.run(app, host=host, port=port, proxy_headers=forwarded, forwarded_allow_ips="127.0.0.1" if forwarded else None, log_level="info", server_header=False)
