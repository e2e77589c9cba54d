"""Where audiopaper keeps its data: AUDIOPAPER_HOME, else the platform dirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path | None:
    value = os.environ.get("AUDIOPAPER_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Installed voice models live here."""
    root = home()
    return root / "data" if root else Path(platformdirs.user_data_dir("audiopaper"))


def cache_dir() -> Path:
    """The synthesis cache lives here (AUDIOPAPER_CACHE overrides)."""
    if value := os.environ.get("AUDIOPAPER_CACHE"):
        return Path(value).expanduser()
    root = home()
    return root / "cache" if root else Path(platformdirs.user_cache_dir("audiopaper"))
