"""tools/segdev/reproduce_models.py rebuilds the shipped models at the commits that wrote them.
No training and no git here (CI has no articles): the script's records and its verdicts."""

from __future__ import annotations

import hashlib
import sys

import pytest
from script_support import ROOT, load_script

sys.path.insert(0, str(ROOT / "tools" / "segdev"))
reproduce_models = load_script("segdev_reproduce_models", ROOT / "tools" / "segdev" / "reproduce_models.py")


@pytest.mark.parametrize("name", ["line", "deck"])
def test_the_script_records_the_shipped_models_hashes(name):
    # a model shipped without updating the script's record is a model no script reproduces
    model = reproduce_models.MODELS[name]
    assert hashlib.sha256((ROOT / model.path).read_bytes()).hexdigest() == model.sha256
    assert len(model.commit) == 40 and (ROOT / model.trainer).exists()


def test_a_rebuilt_model_is_reproduced_only_when_its_hash_is_the_shipped_one():
    model = reproduce_models.MODELS["line"]
    assert reproduce_models.verdict(model, model.sha256, 300.0).startswith("line_model.json: reproduced")
    differs = reproduce_models.verdict(model, "0" * 64, 300.0)
    assert differs.startswith("line_model.json: differs") and model.sha256 in differs and "0" * 64 in differs
    assert "the trainer failed" in reproduce_models.verdict(model, None, 3.0)


def test_a_release_other_than_the_recorded_one_is_refused(monkeypatch):
    model = reproduce_models.MODELS["deck"]
    monkeypatch.setattr(reproduce_models, "pins_at", lambda commit, repo=None: {"scikit-learn": "1.9.1",
                                                                               "scipy": "1.17.1",
                                                                               "numpy": "2.4.6"})
    monkeypatch.setattr(reproduce_models, "releases_of", lambda python, names: {"scikit-learn": "1.8.0",
                                                                               "scipy": "1.17.1",
                                                                               "numpy": "2.4.6"})
    assert "scikit-learn 1.8.0 (trained with 1.9.1)" in reproduce_models.release_mismatch(model, "python")
    monkeypatch.setattr(reproduce_models, "releases_of", lambda python, names: {"scikit-learn": "1.9.1",
                                                                               "scipy": "1.17.1",
                                                                               "numpy": "2.4.6"})
    assert reproduce_models.release_mismatch(model, "python") is None


def test_the_command_line_takes_one_model_or_all():
    with pytest.raises(SystemExit):
        reproduce_models.main(["--model", "labeller"])
