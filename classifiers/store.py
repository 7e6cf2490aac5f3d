"""Save and load a model directory: `model.skops` (no pickle), `model_card.json`, `split.json`.

Loading uses `skops.io.load` with an explicit trusted-types list: the types the file declares are
read with `get_untrusted_types` and every one must be on `TRUSTED_TYPES`, an allow-list kept here.
A file that needs anything else is refused (ModelLoadError), never loaded with `trusted=True`.

skops is imported inside the functions that use it, not here: importing `skops.io` imports the whole
of scikit-learn (its default trusted-type list is built from `sklearn.utils.all_estimators()`), about
25 MB that a process holding only the loaded model does not need (see `triage.bootstrap.load_model`,
which reads the model in a short-lived child process). `MODEL_FILE` and friends stay cheap to import.
"""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

from classifiers.errors import ModelLoadError

MODEL_FILE = "model.skops"
CARD_FILE = "model_card.json"
SPLIT_FILE = "split.json"

# Types our own model and the scikit-learn pieces it is built from may declare. Reviewed by hand:
# add a type here only after checking it cannot run code on load.
TRUSTED_TYPES = frozenset(
    {
        "classifiers.model.TriageModel",
        "classifiers.features.CueFeatures",
        "classifiers.features.char_preprocess",
        "classifiers.features.CharHashFeatures",
        "builtins.dict",
        "builtins.list",
        "builtins.tuple",
        "builtins.str",
        "builtins.int",
        "builtins.float",
        "builtins.bool",
        "builtins.NoneType",
        "numpy.dtype",
        "numpy.ndarray",
        "numpy.float32",
        "numpy.float64",
        "numpy.int64",
        "numpy.int32",
        "numpy.str_",
        "numpy.dtypes.StrDType",
        "scipy.sparse._csr.csr_matrix",
        "sklearn.calibration.CalibratedClassifierCV",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.linear_model._logistic.LogisticRegression",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.pipeline.Pipeline",
        "sklearn.preprocessing._label.LabelEncoder",
        "collections.defaultdict",
        "collections.OrderedDict",
    }
)


def save_model(model: Any, out_dir: Path, card: dict[str, Any], split_ids: dict[str, list[str]] | None = None) -> None:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    import skops.io as sio  # (lazy: see the module docstring)

    if hasattr(model, "compact"):
        model.compact()
    tmp = out_dir / (MODEL_FILE + ".tmp")
    sio.dump(model, tmp, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
    tmp.replace(out_dir / MODEL_FILE)
    (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, sort_keys=False, default=str) + "\n", encoding="utf-8")
    if split_ids is not None:
        (out_dir / SPLIT_FILE).write_text(json.dumps(split_ids, sort_keys=True) + "\n", encoding="utf-8")


def untrusted_types(path: Path) -> list[str]:
    import skops.io as sio  # (lazy: see the module docstring)

    return list(sio.get_untrusted_types(file=str(path)))


def load_model(model_dir: Path) -> tuple[Any, dict[str, Any]]:
    """Load (model, card). Raises ModelLoadError for a missing file or a type off the allow-list."""
    model_dir = Path(model_dir)
    path = model_dir / MODEL_FILE
    if not path.is_file():
        raise ModelLoadError(f"no {MODEL_FILE} in {model_dir}")
    t0 = time.perf_counter()
    declared = untrusted_types(path)
    refused = sorted(t for t in declared if t not in TRUSTED_TYPES)
    if refused:
        raise ModelLoadError(f"{path} declares types outside the trusted allow-list: {', '.join(refused)}")
    import skops.io as sio  # (lazy: see the module docstring)

    try:
        model = sio.load(str(path), trusted=declared)
    except Exception as exc:  # corrupted or incompatible file
        raise ModelLoadError(f"cannot load {path}: {exc}") from exc
    card = load_card(model_dir)
    card.setdefault("_load_seconds", round(time.perf_counter() - t0, 4))
    return model, card


def load_card(model_dir: Path) -> dict[str, Any]:
    """The model card alone ({} when there is none): enough to know a model's seed and split without loading it."""
    p = Path(model_dir) / CARD_FILE
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else {}


def load_split(model_dir: Path) -> dict[str, list[str]] | None:
    p = Path(model_dir) / SPLIT_FILE
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None
