"""A model the trainers write is reproducible by them: pyproject's `segdev` extra pins exact
releases of the libraries they train with, and a trainer refuses (before any training) to
write over a shipped model with other releases. No training runs here."""

from __future__ import annotations

import json
import sys

import pytest
from script_support import ROOT, load_script

from audiopaper.segment import decks, labeller

sys.path.insert(0, str(ROOT / "tools" / "segdev"))  # the trainers import their page makers by name
reproducible = load_script("reproducible", ROOT / "tools" / "segdev" / "reproducible.py")
train_labeller = load_script("segdev_train_labeller", ROOT / "tools" / "segdev" / "train_labeller.py")
train_decks = load_script("segdev_train_decks", ROOT / "tools" / "segdev" / "train_decks.py")


def test_the_segdev_extra_pins_exact_releases_of_the_training_libraries():
    assert set(reproducible.pinned_versions()) == {"scikit-learn", "scipy", "numpy"}


@pytest.mark.parametrize("trainer, model", [(train_labeller, labeller.MODEL_PATH), (train_decks, decks.MODEL_PATH)],
                         ids=["labeller", "decks"])
def test_a_trainer_refuses_to_overwrite_a_shipped_model_with_other_releases(monkeypatch, trainer, model):
    for name, value in reproducible.ENVIRONMENT.items():
        monkeypatch.setenv(name, value)  # no re-exec: the trainer runs in this process
    monkeypatch.setattr(reproducible.metadata, "version", lambda name: "0.0")

    def training_started(*args, **kwargs):
        raise AssertionError("the trainer read the articles: it would have trained")

    monkeypatch.setattr(trainer.simulate, "load_articles", training_started)
    with pytest.raises(SystemExit, match=f"refusing to write {model.name}"):
        trainer.main([])


def test_a_model_written_elsewhere_may_use_other_releases(monkeypatch, tmp_path):
    monkeypatch.setattr(reproducible.metadata, "version", lambda name: "0.0")
    reproducible.refuse_other_releases(tmp_path / "line_model.json", labeller.MODEL_PATH)  # no exit


@pytest.mark.parametrize("model", [labeller.MODEL_PATH, decks.MODEL_PATH], ids=["labeller", "decks"])
def test_a_shipped_model_records_the_pinned_releases_it_was_trained_with(model):
    # a shipped model the pinned recipe reproduces: made with exactly the segdev extra's releases
    assert json.loads(model.read_text(encoding="utf-8"))["trained_with"] == reproducible.pinned_versions()
