"""The compiled (numpy + scipy.sparse) form of the shipped model scores exactly as the scikit-learn form,
and neither it nor the service that uses it imports scikit-learn or scipy.stats."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import numpy as np
import pytest

from classifiers import DEFAULT_MODEL_DIR
from classifiers.classifier import ModelClassifier, _Engine, firm_view
from classifiers.compiled import CompiledTriageModel
from classifiers.data import load_labelled
from classifiers.directory import read_firms

from .conftest import REPO, require

TOLERANCE = 1e-6


@pytest.fixture(scope="module")
def shipped():
    from classifiers.store import load_model

    if not (DEFAULT_MODEL_DIR / "model.skops").is_file():
        pytest.skip("no shipped model in data/models/current")
    model, card = load_model(DEFAULT_MODEL_DIR)
    compiled = pickle.loads(pickle.dumps(model.compile(), protocol=pickle.HIGHEST_PROTOCOL))  # as the service gets it
    return model, compiled, card


@pytest.fixture(scope="module")
def prepared():
    """The labelled messages of pexa.jsonl and conexus.jsonl as the classifier prepares them: the model's
    text and the other-firm head's view of each, and the emails."""
    paths = [require(REPO / "data" / "labelled" / name) for name in ("pexa.jsonl", "conexus.jsonl")]
    emails = [ex.email for ex in load_labelled(paths)]
    analyses = _Engine(read_firms(REPO / "data" / "firms.csv")).analyse(emails)
    return [a.text for a in analyses], [firm_view(a) for a in analyses], emails


def test_compile_gives_the_compiled_form(shipped):
    _, compiled, _ = shipped
    assert isinstance(compiled, CompiledTriageModel)
    assert "_lut" not in compiled.__getstate__() and "_vocab" not in compiled.word.__getstate__()


def test_every_score_equals_the_sklearn_model(shipped, prepared):
    model, compiled, _ = shipped
    texts, views, _ = prepared
    assert len(texts) > 1500
    M_sk, M_c = model.transform_texts(texts), compiled.transform_texts(texts)
    assert M_sk.shape == M_c.shape and abs(M_sk - M_c).max() <= TOLERANCE

    expected = model.rights_scores(texts, model.scores_from_matrix(M_sk))
    got = compiled.rights_scores(texts, compiled.scores_from_matrix(M_c))
    assert sorted(got) == sorted(expected)
    assert {"complaint", "category", "breach"} <= set(got) and any(k.startswith("right:") for k in got)
    for key, value in expected.items():
        if key == "category":
            assert got[key][0] == value[0]
            np.testing.assert_allclose(got[key][1], value[1], rtol=0, atol=TOLERANCE)
        else:
            np.testing.assert_allclose(got[key], value, rtol=0, atol=TOLERANCE, err_msg=key)
    # some messages pass the sentence gate, so the sentence heads were compared too
    assert any(np.max([np.asarray(expected[k]) for k in expected if k.startswith("right:")], axis=0) > 0.02)

    whole = compiled.predict_scores(texts[:200])
    np.testing.assert_allclose(whole["complaint"], expected["complaint"][:200], rtol=0, atol=TOLERANCE)
    np.testing.assert_allclose(compiled.predict_proba(texts[:50]), model.predict_proba(texts[:50]), rtol=0, atol=TOLERANCE)

    firm_sk, firm_c = model.other_firm_scores(views), compiled.other_firm_scores(views)
    assert sum(p is not None for p in firm_sk) > 50
    assert [p is None for p in firm_c] == [p is None for p in firm_sk]
    assert max(abs(a - b) for a, b in zip(firm_sk, firm_c) if a is not None) <= TOLERANCE

    rows = [i for i, p in enumerate(expected["complaint"]) if p >= 0.5]
    assert rows and compiled.top_terms(M_c, rows) == model.top_terms(M_sk, rows)


def test_the_classifier_decides_the_same_with_either_form(shipped, prepared):
    model, compiled, card = shipped
    _, _, emails = prepared
    firms = read_firms(REPO / "data" / "firms.csv")
    thresholds = card.get("thresholds") or {}
    batch = emails[::5]
    with_sklearn = ModelClassifier(model, firms, thresholds, "v").classify_many(batch)
    with_compiled = ModelClassifier(compiled, firms, thresholds, "v").classify_many(batch)
    assert [repr(t) for t in with_compiled] == [repr(t) for t in with_sklearn]


def _fresh(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


_HEAVY = '("sklearn", "scipy.stats", "skops")'


def test_the_compiled_model_and_the_classifier_import_no_sklearn():
    report = _fresh(
        "import json, sys\nimport classifiers.compiled, classifiers.classifier, classifiers.features\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {_HEAVY} or m.startswith('scipy.stats'))))"
    )
    assert report == []


def test_the_service_scores_with_the_compiled_model_without_sklearn(tmp_path):
    from tests.conftest import make_settings  # noqa: F401 - the fresh interpreter imports it too
    from triage.bootstrap import resolve

    if not (resolve("data/models/current") / "model.skops").is_file():
        pytest.skip("no shipped model")
    code = f"""
import json, sys
from pathlib import Path
from tests.conftest import make_settings
from triage.bootstrap import bootstrap
from classifiers import EmailText
app = bootstrap(make_settings(Path({str(tmp_path)!r})))
verdict = app.classifier.classify(EmailText(subject="Complaint", body="You charged me twice and nobody replies. I want a refund."))
app.close()
print(json.dumps({{"model": type(app.classifier.model).__name__, "complaint": verdict.complaint,
                  "heavy": sorted(m for m in sys.modules if m.split('.')[0] in {_HEAVY} or m.startswith('scipy.stats'))}}))
"""
    report = _fresh(code)
    assert report == {"model": "CompiledTriageModel", "complaint": True, "heavy": []}
