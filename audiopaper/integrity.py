"""Integrity of installed files: the sha256 of each, recorded at install, checked on use.

Checking hashes every file once per process (a file whose path, size and
mtime are unchanged is not hashed again), so loading a model stays cheap.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

_seen: dict[tuple[str, int, int], str] = {}  # (path, size, mtime_ns) -> sha256, this process


@dataclass(frozen=True)
class FileRecord:
    name: str
    sha256: str
    size: int


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record(folder: Path, names: Iterable[str]) -> dict[str, dict[str, object]]:
    """{name: {"sha256", "size"}} for the files *names* in *folder*, as a manifest stores them."""
    return {name: {"sha256": sha256_file(folder / name), "size": (folder / name).stat().st_size} for name in names}


def records(stored: Mapping[str, Mapping[str, object]]) -> tuple[FileRecord, ...]:
    """The FileRecords of what record() gave (read back from a manifest)."""
    return tuple(FileRecord(str(n), str(m["sha256"]), int(m["size"])) for n, m in stored.items())  # type: ignore[call-overload]


def fingerprint(stored: Mapping[str, Mapping[str, object]], salt: str = "") -> str:
    """One sha256 for a set of files (a cache key part: it changes when any file does)."""
    return hashlib.sha256(json.dumps(stored, sort_keys=True).encode() + salt.encode()).hexdigest()


def problems(folder: Path, expected: Iterable[FileRecord]) -> list[str]:
    """What differs from *expected* in *folder*: one line per missing, resized or altered file."""
    found = []
    for item in expected:
        path = folder / item.name
        try:
            stat = path.stat()
        except OSError:
            found.append(f"{path}: missing")
            continue
        if stat.st_size != item.size:
            found.append(f"{path}: {stat.st_size} bytes, {item.size} expected")
            continue
        key = (os.fspath(path), stat.st_size, stat.st_mtime_ns)
        if key not in _seen:
            _seen[key] = sha256_file(path)
        if _seen[key] != item.sha256:
            found.append(f"{path}: sha256 differs from the one recorded at install (damaged)")
    return found
