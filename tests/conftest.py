"""Shared fixtures. Every test gets its own synthesis cache."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_CACHE", str(tmp_path / "synthesis-cache"))


@pytest.fixture
def fake_engine():
    from audiopaper.engines.fake import FakeEngine

    return FakeEngine()
