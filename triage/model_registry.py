"""The promote guard: a retrained classifier replaces the shipped one only if it is not worse.

Layout (under `models_root`, the parent of `[models] path`, normally `data/models`):

    models_root/current/    the model the bot loads (model.skops + model_card.json + ...)
    models_root/previous/   the model `current` replaced; `rollback` swaps the two back

`promote` refuses (PromotionRefused) a candidate whose complaint recall, or the recall of any UK GDPR
right (tp / (tp + fn) on the test split), is more than `tolerance` below the current model's, unless
forced. Each card's figures are measured on its own test split, so two cards trained on different data
(an analyst added a file) are not comparable row for row: then, given a `measure`, both models are
measured on the test rows of the files both were trained on (the split is a hash of each row's group
and the seed, so those rows are the same for both) and the guard compares those figures. It returns
what changed so the caller writes the audit event; the `promote` command does that itself (event `model_promoted` / `model_rolled_back`). A running service keeps the model it
loaded: restart it after a promotion or a rollback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from triage.errors import TriageError

CARD = "model_card.json"
CURRENT = "current"
PREVIOUS = "previous"
SPLIT = "test"


class ModelRegistryError(TriageError):
    """A model directory or card is missing or unreadable, or there is nothing to roll back to."""


class PromotionRefused(ModelRegistryError):
    """The candidate is worse than the current model beyond the tolerance; `comparison` says where."""

    def __init__(self, message: str, comparison: dict[str, Any]) -> None:
        super().__init__(message)
        self.comparison = comparison


# -- cards ---------------------------------------------------------------------------------------


def load_card(model_dir: str | Path) -> dict[str, Any]:
    path = Path(model_dir) / CARD
    try:
        card = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelRegistryError(f"no {CARD} in {model_dir}") from exc
    except (OSError, ValueError) as exc:
        raise ModelRegistryError(f"{path} is unreadable: {exc}") from exc
    if not isinstance(card, dict) or not isinstance(card.get("metrics"), dict):
        raise ModelRegistryError(f"{path} has no metrics")
    return card


def _recall(tp: Any, fn: Any) -> float | None:
    try:
        tp, fn = int(tp), int(fn)
    except (TypeError, ValueError):
        return None
    return None if tp + fn == 0 else tp / (tp + fn)


def card_recalls(card: dict[str, Any], split: str = SPLIT) -> dict[str, float | None]:
    """{"complaint": r, "right:access": r, ...}: the recalls the guard checks, from the `split` metrics."""
    metrics = (card.get("metrics") or {}).get(split) or {}
    out: dict[str, float | None] = {}
    complaint = metrics.get("complaint") or {}
    out["complaint"] = float(complaint["recall"]) if isinstance(complaint.get("recall"), (int, float)) else None
    per_right = ((metrics.get("rights") or {}).get("per_right")) or {}
    for name in sorted(per_right):
        counts = per_right[name] or {}
        out[f"right:{name}"] = _recall(counts.get("tp"), counts.get("fn"))
    return out


def card_counts(card: dict[str, Any], split: str = SPLIT) -> dict[str, str]:
    """{"complaint": "807 of 808", "right:access": "67 of 67", ...}: found of gold behind each guarded recall, where the
    card has the counts, so that a person can see how many messages a recall change is (3 of 34 is not 3 of 300)."""
    metrics = (card.get("metrics") or {}).get(split) or {}
    out: dict[str, str] = {}
    complaint = metrics.get("complaint") or {}
    if isinstance(complaint.get("positives"), int) and isinstance(complaint.get("recall"), (int, float)):
        out["complaint"] = f"{round(complaint['recall'] * complaint['positives'])} of {complaint['positives']}"
    for name, counts in ((metrics.get("rights") or {}).get("per_right") or {}).items():
        try:
            tp, fn = int((counts or {})["tp"]), int((counts or {})["fn"])
        except (KeyError, TypeError, ValueError):
            continue
        out[f"right:{name}"] = f"{tp} of {tp + fn}"
    return out


def _info_metrics(card: dict[str, Any], split: str = SPLIT) -> dict[str, float]:
    """Every other numeric recall/precision/f1 in the split (shown, not guarded)."""
    metrics = (card.get("metrics") or {}).get(split) or {}
    out: dict[str, float] = {}
    for label, values in metrics.items():
        if not isinstance(values, dict):
            continue
        for key in ("recall", "precision", "f1", "micro_recall", "micro_precision", "micro_f1"):
            if isinstance(values.get(key), (int, float)) and not isinstance(values.get(key), bool):
                out[f"{label}.{key}"] = float(values[key])
    return out


def compare_cards(current: dict[str, Any], candidate: dict[str, Any], *, tolerance: float = 0.01, split: str = SPLIT) -> dict[str, Any]:
    """The difference per label between two model cards (candidate minus current).

    `guarded` holds the labels the guard checks (complaint recall and each right's recall); a label
    regresses when the candidate is more than `tolerance` below current, or lacks a figure current has.
    `other` holds the remaining recall/precision/f1 figures for information; `unguarded_drops` names those that
    fell by more than `tolerance` (they never refuse a promotion, but the analyst should see the trade: a model that
    finds more rights can also add false ones)."""
    cur, cand = card_recalls(current, split), card_recalls(candidate, split)
    cur_n, cand_n = card_counts(current, split), card_counts(candidate, split)
    guarded: dict[str, dict[str, Any]] = {}
    regressions: list[str] = []
    for label in sorted(set(cur) | set(cand), key=lambda k: (k != "complaint", k)):
        a, b = cur.get(label), cand.get(label)
        delta = None if a is None or b is None else round(b - a, 4)
        if a is None:
            verdict = "new" if b is not None else "no_data"
        elif b is None:
            verdict = "missing"
        elif b < a - tolerance - 1e-12:
            verdict = "worse"
        elif b > a + 1e-12:
            verdict = "better"
        else:
            verdict = "same" if b == a else "within_tolerance"
        if verdict in ("worse", "missing"):
            regressions.append(label)
        guarded[label] = {
            "current": None if a is None else round(a, 4),
            "candidate": None if b is None else round(b, 4),
            "delta": delta,
            "verdict": verdict,
            "found": {"current": cur_n.get(label), "candidate": cand_n.get(label)},
        }
    ci, ki = _info_metrics(current, split), _info_metrics(candidate, split)
    other = {
        k: {"current": ci.get(k), "candidate": ki.get(k), "delta": None if k not in ci or k not in ki else round(ki[k] - ci[k], 4)}
        for k in sorted(set(ci) | set(ki))
    }
    return {
        "current_version": current.get("version"),
        "candidate_version": candidate.get("version"),
        "split": split,
        "tolerance": tolerance,
        "guarded": guarded,
        "regressions": regressions,
        "other": other,
        "unguarded_drops": [k for k, v in other.items() if v["delta"] is not None and v["delta"] < -tolerance - 1e-12],
    }


#: (model directory, data files) -> that model's metrics on the files' test split, as in a card's "test".
Measure = Callable[[Path, list[str]], dict[str, Any]]


def shared_files(current: dict[str, Any], candidate: dict[str, Any]) -> list[str] | None:
    """The data files both cards were trained on, when the cards' test figures are not comparable as they
    stand (different training data) but their models can be measured on identical rows (same seed); else None."""
    if current.get("training_data_sha256") == candidate.get("training_data_sha256"):
        return None  # same data, same split: the cards' own figures are on identical rows
    if current.get("seed") != candidate.get("seed"):
        return None
    mine, theirs = current.get("data_files"), candidate.get("data_files")
    if not isinstance(mine, list) or not isinstance(theirs, list):
        return None
    return sorted(set(map(str, mine)) & set(map(str, theirs))) or None


def compare_models(
    current_dir: Path, candidate_dir: Path, current: dict[str, Any], candidate: dict[str, Any], *,
    tolerance: float, measure: Measure | None,
) -> dict[str, Any]:
    """`compare_cards`, on identical rows where the cards' splits differ (see `shared_files`); `basis` says which."""
    files = shared_files(current, candidate) if measure is not None else None
    basis: dict[str, Any] = {"kind": "cards"}
    if files is not None and measure is not None:
        try:
            measured = [measure(current_dir, files), measure(candidate_dir, files)]
        except Exception as exc:  # noqa: BLE001 - a file or corpus gone: the cards still guard, and the output says why
            basis = {"kind": "cards", "paired_failed": f"{type(exc).__name__}: {exc}"}
        else:
            current, candidate = ({"version": card.get("version"), "metrics": {SPLIT: m}} for card, m in zip((current, candidate), measured))
            basis = {"kind": "paired", "files": files}
    comparison = compare_cards(current, candidate, tolerance=tolerance)
    comparison["basis"] = basis
    return comparison


# -- promote / rollback --------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    """One promotion or rollback at a time per models_root (an advisory lock file; POSIX only)."""
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+") as handle:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no lock
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise ModelRegistryError(f"another promotion or rollback is running in {root}") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def check_model_loads(model_dir: Path) -> None:
    """Refuse a model directory the bot could not load (no model file, untrusted types, broken file).

    Without this a directory with only a card would be promoted and the bot would quietly fall back to
    the keyword rules."""
    from classifiers.store import MODEL_FILE, load_model

    if not (model_dir / MODEL_FILE).is_file():
        raise ModelRegistryError(f"no {MODEL_FILE} in {model_dir}")
    try:
        load_model(model_dir)
    except Exception as exc:  # ModelLoadError, or a corrupt zip/pickle the store does not wrap
        raise ModelRegistryError(f"the candidate model does not load: {type(exc).__name__}: {exc}") from exc


def _copy_in(source: Path, root: Path, tag: str) -> Path:
    staging = root / f".incoming-{tag}-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(source, staging)
    return staging


def promote(
    candidate_dir: str | Path,
    models_root: str | Path,
    *,
    tolerance: float = 0.01,
    force: bool = False,
    actor: str = "",
    verify: Callable[[Path], None] | None = None,
    measure: Measure | None = None,
) -> dict[str, Any]:
    """Make `candidate_dir` the current model under `models_root`, keeping the old one as `previous`.

    Raises PromotionRefused when a guarded recall drops by more than `tolerance` (unless `force`),
    ModelRegistryError for a missing card or when `verify(staged_copy)` raises (e.g. `check_model_loads`).
    `measure` (e.g. `measure_on_test_split`) compares the two models on identical rows when their cards'
    training data differ. Returns {"event", "actor", "from_version", "to_version",
    "forced", "comparison", "current", "previous"} for the audit."""
    root = Path(models_root)
    candidate = Path(candidate_dir)
    current_dir = root / CURRENT
    if not candidate.is_dir():
        raise ModelRegistryError(f"candidate {candidate} is not a directory")
    if current_dir.exists() and candidate.resolve() == current_dir.resolve():
        raise ModelRegistryError("the candidate is the current model")
    cand_card = load_card(candidate)
    comparison: dict[str, Any] | None = None
    if current_dir.exists():
        cur_card = load_card(current_dir)
        comparison = compare_models(current_dir, candidate, cur_card, cand_card, tolerance=tolerance, measure=measure)
        if comparison["regressions"] and not force:
            worst = "; ".join(_regression(label, comparison["guarded"][label]) for label in comparison["regressions"])
            raise PromotionRefused(
                f"candidate {cand_card.get('version')} is worse than current {cur_card.get('version')} "
                f"by more than {tolerance} recall on the {SPLIT} split ({_basis(comparison)}): {worst} (use --force to promote anyway)",
                comparison,
            )
    previous_dir = root / PREVIOUS
    with _locked(root):
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        staging = _copy_in(candidate, root, stamp)
        if verify is not None:
            try:
                verify(staging)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        discarded = None
        if current_dir.exists():
            if previous_dir.exists():
                discarded = root / f".discarded-{stamp}"
                previous_dir.rename(discarded)
            current_dir.rename(previous_dir)
        staging.rename(current_dir)
        if discarded is not None:
            shutil.rmtree(discarded, ignore_errors=True)
    return {
        "event": "model_promoted",
        "actor": actor,
        "from_version": comparison["current_version"] if comparison else None,
        "to_version": cand_card.get("version"),
        "forced": bool(force and comparison and comparison["regressions"]),
        "tolerance": tolerance,
        "candidate_dir": str(candidate),
        "current": str(current_dir),
        "previous": str(previous_dir) if previous_dir.exists() else None,
        "comparison": comparison,
    }


def _regression(label: str, guarded: dict[str, Any]) -> str:
    found = guarded.get("found") or {}
    counts = f" ({found['current']} -> {found['candidate']})" if found.get("current") and found.get("candidate") else ""
    return f"{label} {guarded['current']} -> {guarded['candidate']}{counts}"


def _basis(comparison: dict[str, Any]) -> str:
    basis = comparison.get("basis") or {}
    if basis.get("kind") == "paired":
        return "both models measured on the test rows of " + ", ".join(basis["files"])
    return "the cards' own figures" + (f"; measuring both failed: {basis['paired_failed']}" if basis.get("paired_failed") else "")


def measure_on_test_split(model_dir: Path, files: list[str]) -> dict[str, Any]:
    """A `Measure`: the model's metrics on the test split of `files` (paths as the card lists them, from
    the repository root) and of the shared corpora, as `run_bot.py evaluate --split test --with-corpora`."""
    from classifiers.data import DEFAULT_CORPORA
    from classifiers.directory import read_firms
    from classifiers.training import evaluate_model
    from triage.config import REPO_ROOT

    paths = [Path(f) if Path(f).is_absolute() else REPO_ROOT / f for f in files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise ModelRegistryError(f"data files of the card not found: {', '.join(missing)}")
    firms_csv = REPO_ROOT / "data" / "firms.csv"
    firms = read_firms(firms_csv) if firms_csv.is_file() else []
    return evaluate_model(model_dir, paths, DEFAULT_CORPORA if DEFAULT_CORPORA.is_dir() else None, firms=firms, split=SPLIT)


def rollback(models_root: str | Path, *, actor: str = "") -> dict[str, Any]:
    """Swap `previous` back in as `current` (the replaced model becomes `previous`: rolling back twice re-promotes)."""
    root = Path(models_root)
    current_dir, previous_dir = root / CURRENT, root / PREVIOUS
    if not previous_dir.is_dir():
        raise ModelRegistryError(f"nothing to roll back to: {previous_dir} does not exist")
    restored = load_card(previous_dir)
    replaced = load_card(current_dir) if current_dir.exists() else {}
    with _locked(root):
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        parked = root / f".rollback-{stamp}"
        if current_dir.exists():
            current_dir.rename(parked)
        previous_dir.rename(current_dir)
        if parked.exists():
            parked.rename(previous_dir)
    return {
        "event": "model_rolled_back",
        "actor": actor,
        "from_version": replaced.get("version"),
        "to_version": restored.get("version"),
        "current": str(current_dir),
        "previous": str(previous_dir) if previous_dir.exists() else None,
    }


# -- audit + command -----------------------------------------------------------------------------


def write_audit(factory: Any, result: dict[str, Any]) -> None:
    """One AuditEvent for a promotion or rollback (the comparison goes into `detail`)."""
    from triage.db import unit_of_work
    from triage.models import AuditEvent

    detail = {k: v for k, v in result.items() if k not in ("event", "actor")}
    with unit_of_work(factory) as session:
        session.add(AuditEvent(event=result["event"], rule="model_registry", actor=result["actor"] or "unknown", detail=detail))


def _actor(args: argparse.Namespace) -> str:
    return str(getattr(args, "actor", None) or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown")


def cmd_promote(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from triage.bootstrap import migrate_register
    from triage.config import load_settings
    from triage.db import make_engine, make_session_factory, unit_of_work
    from triage.models import AuditEvent

    settings = load_settings(getattr(args, "config", None))
    if args.models_root:
        root = Path(args.models_root)
    else:
        models_path = settings.path("models", "path")
        if models_path.name != CURRENT:
            raise ModelRegistryError(f"[models] path {models_path} is not a '{CURRENT}' directory: pass --models-root")
        root = models_path.parent
    actor = _actor(args)
    engine = make_engine(settings.database_url)
    try:
        # On a fresh install (train, then promote, before the bot has ever run) the register has no tables yet.
        migrate_register(engine)
        factory = make_session_factory(engine)
        with unit_of_work(factory) as session:  # the register must take the audit before anything moves
            session.execute(select(AuditEvent.id).limit(1)).all()
        if args.rollback:
            result = rollback(root, actor=actor)
        else:
            if not args.candidate:
                raise ModelRegistryError("promote needs a CANDIDATE directory (or --rollback)")
            verify = None if args.no_load_check else check_model_loads
            measure = None if args.cards_only else measure_on_test_split
            try:
                result = promote(args.candidate, root, tolerance=args.tolerance, force=args.force, actor=actor, verify=verify, measure=measure)
            except PromotionRefused as exc:
                # The error line names only the labels that failed; the analyst deciding what to do next (retrain,
                # or --force with a reason) needs every label's figures, so the whole comparison goes to stdout.
                print(json.dumps({"event": "promotion_refused", "comparison": exc.comparison}, indent=2, default=str))
                raise
        try:
            write_audit(factory, result)
        except Exception:
            if result["event"] == "model_promoted" and result.get("previous"):
                rollback(root, actor=actor)  # no promotion without its audit
            raise
    finally:
        engine.dispose()
    print(json.dumps(result, indent=2, default=str))
    drops = (result.get("comparison") or {}).get("unguarded_drops") or []
    if drops:
        other = result["comparison"]["other"]
        listed = "; ".join(f"{k} {other[k]['current']} -> {other[k]['candidate']}" for k in drops)
        print(f"promote: figures the guard does not check fell by more than {result['tolerance']}: {listed}", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("promote", help="promote a retrained model if it is not worse than the current one, or --rollback")
    p.add_argument("candidate", nargs="?", help="the candidate model directory (with model_card.json)")
    p.add_argument("--force", action="store_true", help="promote even if a guarded recall drops beyond the tolerance")
    p.add_argument("--tolerance", type=float, default=0.01, help="largest allowed recall drop (default 0.01)")
    p.add_argument("--rollback", action="store_true", help="restore the previous model")
    p.add_argument("--actor", help="who is promoting (default: $USER)")
    p.add_argument("--no-load-check", action="store_true", help="skip loading the candidate model before promoting it")
    p.add_argument("--cards-only", action="store_true",
                   help="compare the cards' own test figures even when the models were trained on different data "
                        "(default: then measure both on the test rows of the files both were trained on)")
    p.add_argument("--models-root", help="folder holding current/ and previous/ (default: the parent of [models] path)")
    p.add_argument("--config", help="TOML settings file (default: ./triage.toml if present, else built-in defaults)")
    p.set_defaults(func=cmd_promote)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="triage-promote")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["promote", *(argv if argv is not None else sys.argv[1:])])
    try:
        return int(args.func(args) or 0)
    except PromotionRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 3
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
