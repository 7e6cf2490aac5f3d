"""Complaint triage classifiers: text and headers in, a `Triage` verdict out.

Public API (kept small):

* `load_classifier(model_dir, firms)` -> a `TriageClassifier` (the trained model, or the documented
  keyword-rules baseline when `model_dir` is None or holds no model);
* `train_model(data_paths, out_dir, ...)` -> the model card (dict);
* `evaluate_model(model_dir, data_paths, ...)` -> metrics (dict);
* `build_pipeline(**params)` -> the scikit-learn complaint pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from classifiers.types import EmailText, Firm, Triage, TriageClassifier

logger = logging.getLogger(__name__)

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "current"

__all__ = [
    "DEFAULT_MODEL_DIR", "EmailText", "Firm", "Triage", "TriageClassifier",
    "build_pipeline", "evaluate_model", "load_classifier", "train_model",
]


def load_classifier(
    model_dir: Path | str | None,
    firms: Sequence[Firm],
    *,
    reader: Callable[[Path], tuple[Any, dict[str, Any]]] | None = None,
) -> TriageClassifier:
    """The trained classifier in `model_dir`, or the keyword-rules baseline if there is none.

    Raises `classifiers.errors.ModelLoadError` when a model file exists but is untrusted or broken
    (a broken model is an operator problem, not something to hide behind the baseline).

    `reader(model_dir) -> (model, card)` reads the model directory; `classifiers.store.load_model`
    unless given (the service passes one that reads it in a child process, see
    `triage.bootstrap.load_model`). It is called after the classifier's own modules are imported.
    """
    from classifiers.classifier import ModelClassifier, RulesClassifier
    from classifiers.store import MODEL_FILE, load_model

    if model_dir is None or not (Path(model_dir) / MODEL_FILE).is_file():
        logger.info("no trained model at %s: using the keyword-rules baseline", model_dir)
        return RulesClassifier(firms)
    model, card = (reader or load_model)(Path(model_dir))
    thresholds = card.get("thresholds") or {}
    return ModelClassifier(model, firms, thresholds, str(card.get("version") or "unversioned"))


def train_model(*args, **kwargs):  # noqa: ANN002, ANN003 - thin re-export, see classifiers.training
    """See `classifiers.training.train_model`."""
    from classifiers.training import train_model as _train

    return _train(*args, **kwargs)


def evaluate_model(*args, **kwargs):  # noqa: ANN002, ANN003
    """See `classifiers.training.evaluate_model`."""
    from classifiers.training import evaluate_model as _evaluate

    return _evaluate(*args, **kwargs)


def build_pipeline(**params):  # noqa: ANN003
    """See `classifiers.features.build_pipeline`."""
    from classifiers.features import build_pipeline as _build

    return _build(**params)


# -- intake details, vulnerability and third-party authority (issue 9; pure text rules, see docs/intake.md) --
from classifiers.authority import AuthorityVerdict, detect_authority  # noqa: E402
from classifiers.details import CaseDetails, extract_details, minimise  # noqa: E402
from classifiers.vulnerability import VulnerabilityVerdict, detect_vulnerability, evaluate_vulnerability  # noqa: E402

__all__ += [
    "AuthorityVerdict", "CaseDetails", "VulnerabilityVerdict", "detect_authority", "detect_vulnerability",
    "evaluate_vulnerability", "extract_details", "minimise",
]
