"""Load the repo's scripts (tools/segdev/*.py, benchmarks/*.py), which are not a package, as
modules for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
EXCERPT = ROOT / "tools" / "segdev" / "excerpt"


def load_script(name: str, path: Path) -> ModuleType:
    """The script at *path* imported as module *name* (registered, so dataclasses resolve)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
