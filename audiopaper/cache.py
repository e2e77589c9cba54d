"""Content-addressed synthesis cache.

The key is the sha256 of canonical JSON of (engine identity, preset
parameters, speech text). One entry is one file, written atomically, so a
crash never leaves a partial entry.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .atomic import write_bytes
from .errors import CacheError
from .models import Speech, Timing, VoicePreset
from .paths import cache_dir

log = logging.getLogger(__name__)

_MAGIC = b"APC1"
_SUFFIX = ".apc"
_EDITIONS_DIR = "editions"
_EDITION_SUFFIX = ".key"


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    size_bytes: int


def cache_key(identity: dict[str, str], preset: VoicePreset, text: str) -> str:
    payload = {"engine": identity, "preset": preset.params(), "text": text}
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _timings_to_json(timings: tuple[Timing, ...]) -> list[list[object]]:
    return [[t.start_ms, t.end_ms, t.text] for t in timings]


def _timings_from_json(rows: list[list[object]]) -> tuple[Timing, ...]:
    return tuple(Timing(int(a), int(b), str(c)) for a, b, c in rows)  # type: ignore[call-overload]


MIN_RATE, MAX_RATE = 8000, 192000  # what a voice can give; anything else is a damaged header


def _payload_hash(pcm: np.ndarray, head: dict[str, object]) -> str:
    """sha256 of the entry's audio and of its header (without the hash), so a flipped bit anywhere is seen."""
    fields = {k: v for k, v in head.items() if k != "sha256"}
    digest = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    digest.update(pcm.astype("<i2").tobytes())
    return digest.hexdigest()


class SynthesisCache:
    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{_SUFFIX}"

    def get(self, key: str) -> Speech | None:
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise CacheError(str(path), f"cannot read cache entry: {exc}") from exc
        try:
            if blob[:4] != _MAGIC:
                raise ValueError("bad magic")
            (head_len,) = struct.unpack("<I", blob[4:8])
            head = json.loads(blob[8 : 8 + head_len])
            pcm = np.frombuffer(blob[8 + head_len :], dtype="<i2").astype(np.int16)
            if len(pcm) != head["samples"]:
                raise ValueError("truncated audio")
            if head.get("sha256") != _payload_hash(pcm, head):
                raise ValueError("checksum mismatch" if "sha256" in head else "no checksum")
            if not MIN_RATE <= int(head["sample_rate"]) <= MAX_RATE:
                raise ValueError(f"absurd sample rate {head['sample_rate']}")
            return Speech(
                pcm=pcm,
                sample_rate=int(head["sample_rate"]),
                sentences=_timings_from_json(head["sentences"]),
                words=_timings_from_json(head["words"]),
            )
        except (ValueError, KeyError, TypeError, struct.error) as exc:
            # A damaged entry is a miss, not a failure: it is simply rebuilt.
            log.warning("synthesis cache %s: ignoring damaged entry %s (%s); it is made again", self.root, path.name, exc)
            return None

    def put(self, key: str, speech: Speech) -> None:
        fields = {
            "sample_rate": speech.sample_rate,
            "samples": int(len(speech.pcm)),
            "sentences": _timings_to_json(speech.sentences),
            "words": _timings_to_json(speech.words),
        }
        fields["sha256"] = _payload_hash(speech.pcm, fields)
        head = json.dumps(fields, ensure_ascii=False).encode("utf-8")
        blob = _MAGIC + struct.pack("<I", len(head)) + head + speech.pcm.astype("<i2").tobytes()
        try:
            write_bytes(self._path(key), blob)
        except OSError as exc:
            raise CacheError(str(self._path(key)), f"cannot write cache entry: {exc}") from exc

    # -- which edition an input made ------------------------------------------
    # A build records the edition key its input key led to, so that a rebuild of the
    # same input finds its edition without segmenting, normalizing or synthesizing.

    def _edition_path(self, input_key: str) -> Path:
        return self.root / _EDITIONS_DIR / f"{input_key}{_EDITION_SUFFIX}"

    def edition_for(self, input_key: str) -> str | None:
        """The edition key a build of *input_key* made, if one is recorded."""
        try:
            key = self._edition_path(input_key).read_text("ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None  # not recorded, or unreadable: the build takes the full path
        return key if re.fullmatch(r"[0-9a-f]{64}", key) else None

    def remember_edition(self, input_key: str, edition_key: str) -> None:
        try:
            write_bytes(self._edition_path(input_key), edition_key.encode("ascii"))
        except OSError as exc:
            raise CacheError(str(self._edition_path(input_key)), f"cannot write: {exc}") from exc

    def info(self) -> CacheInfo:
        if self.root.exists() and not self.root.is_dir():
            raise CacheError(str(self.root), "the cache path is not a directory")
        entries = 0
        size = 0
        if self.root.is_dir():
            for path in self.root.glob(f"*/*{_SUFFIX}"):
                entries += 1
                size += path.stat().st_size
        return CacheInfo(self.root, entries, size)

    def clear(self) -> CacheInfo:
        """Empty the cache; returns what was removed."""
        removed = self.info()
        try:
            if self.root.is_dir():
                for child in self.root.iterdir():
                    if child.is_dir():
                        shutil.rmtree(child)
                    else:
                        os.unlink(child)
        except OSError as exc:
            raise CacheError(str(exc.filename or self.root), f"cannot clear the cache: {exc.strerror}") from exc
        return removed


def default_cache() -> SynthesisCache:
    """The cache at the user's cache directory (or $AUDIOPAPER_CACHE)."""
    return SynthesisCache(cache_dir())
