"""What makes a trained model byte-reproducible, shared by the trainers (train_labeller.py,
train_decks.py): the library releases pinned in pyproject's `segdev` extra, which every
shipped model JSON records under "trained_with", and a fixed environment (hash seed, one
OpenMP thread) for the training process."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent.parent / "pyproject.toml"

# set order (bigram sums over sets of strings) follows the hash seed; one OpenMP thread is
# the setting the shipped models were reproduced in, and the quicker one on a shared machine
ENVIRONMENT = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}


def pinned_versions(pyproject: Path = PYPROJECT) -> dict[str, str]:
    """{distribution: release} of the exact (==) pins in pyproject's `segdev` extra."""
    extra = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["optional-dependencies"]["segdev"]
    pins = (re.fullmatch(r"\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;,]+)\s*", requirement) for requirement in extra)
    return {pin.group(1).lower(): pin.group(2) for pin in pins if pin}


def installed_versions(names) -> dict[str, str | None]:
    """{distribution: installed release, None when it is not installed}."""
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def trained_with() -> dict[str, str | None]:
    """The releases of the pinned libraries this process trains with (recorded in the JSON)."""
    return installed_versions(pinned_versions())


def refuse_other_releases(out: Path, shipped: Path) -> None:
    """Exit before training when *out* is the shipped model and the installed releases are
    not the pinned ones: that model would not be the one the repo's recipe reproduces."""
    if out.resolve() != shipped.resolve():
        return
    pinned, installed = pinned_versions(), trained_with()
    if installed != pinned:
        wrong = ", ".join(f"{name} {installed[name]} (pinned {release})" for name, release in pinned.items()
                          if installed[name] != release)
        sys.exit(f"refusing to write {shipped.name} with {wrong}: pip install -e \".[segdev]\", "
                 f"or write elsewhere with --out")


def reexec_in_fixed_environment(script: str, argv: list[str] | None) -> None:
    """Run *script* again in `ENVIRONMENT` unless this process already runs in it."""
    if all(os.environ.get(name) == value for name, value in ENVIRONMENT.items()):
        return
    os.execve(sys.executable, [sys.executable, script, *(sys.argv[1:] if argv is None else argv)],
              {**os.environ, **ENVIRONMENT})
