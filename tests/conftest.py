"""Shared fixtures. Every test gets its own synthesis cache."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# The test command draws the same examples on every run, so whether a submission lands never hangs
# on a draw; HYPOTHESIS_PROFILE=explore draws new ones (with --hypothesis-seed=N to replay one).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


# Nothing listens on the discard port: an edge request that a test forgot to
# point at the fake service fails at once instead of reaching the internet.
UNREACHABLE_EDGE_URL = "ws://127.0.0.1:9/consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=test"


@pytest.fixture(autouse=True)
def _private_cache_and_no_internet(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIOPAPER_CACHE", str(tmp_path / "synthesis-cache"))
    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", UNREACHABLE_EDGE_URL)


@pytest.fixture
def fake_engine():
    from audiopaper.engines.fake import FakeEngine

    return FakeEngine()


@pytest.fixture
def segment_page(tmp_path):
    """Segment one page's text the way `audiopaper segment` reads a file; returns its stories."""
    from audiopaper.ingest import read_edition
    from audiopaper.segment import segment_edition

    def segment(text: str):
        page = tmp_path / "page.txt"
        page.write_text(text, encoding="utf-8")
        return segment_edition(read_edition([str(page)]))

    return segment
