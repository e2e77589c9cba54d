"""Atomic file writes: a temp file in the same directory, then rename."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


#: the fault-injection tests end the process at the Nth file-system step (see fault_point)
_faults = {"at": 0, "seen": 0}


def inject_fault(at: int) -> None:
    """Make the *at*-th fault_point from now end the process at once, as a kill -9 would (0: never)."""
    _faults.update(at=at, seen=0)


def fault_point(what: str) -> None:
    """Mark a step that changes the site on disk; the process may be ended here under test."""
    if _faults["at"]:
        _faults["seen"] += 1
        if _faults["seen"] == _faults["at"]:
            os.write(2, f"fault injected before: {what}\n".encode())
            os._exit(137)


def _file_mode() -> int:
    umask = os.umask(0o022)  # reading the umask means setting it; put it straight back
    os.umask(umask)
    return 0o666 & ~umask


#: what open() would give a new file: mkstemp makes 0600, which a web server may not read
FILE_MODE = _file_mode()


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temp path beside *path*; rename it over *path* on success.

    For writers (ffmpeg, mutagen, Pillow) that want a file name, not a handle.
    The file is synced to disk before the rename, so a crash never leaves
    *path* empty. On any exception the temp file is removed and *path* is
    untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp" + target.suffix, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        os.chmod(tmp, FILE_MODE)
        fault_point(f"rename into {target}")
        os.replace(tmp, target)
    except OSError as exc:
        if exc.errno is not None and exc.filename in (None, str(tmp)):  # name the file the user knows
            exc.filename, exc.filename2 = str(target), None
        raise
    finally:
        if tmp.exists():
            tmp.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(data)  # synced by atomic_path


def write_text(path: str | os.PathLike[str], text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
