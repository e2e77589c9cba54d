"""Voice presets: voices/*.toml, shipped in the wheel and in the source tree."""

from __future__ import annotations

import logging
import os
import re
import tomllib
from pathlib import Path

from .errors import VoiceError
from .models import VoicePreset

log = logging.getLogger(__name__)

DEFAULT_OFFLINE_VOICE = "xiaobei"  # Kokoro; baker is the fast non-commercial draft voice
DEFAULT_EDGE_VOICE = "yunyang"
_FIELDS = {f for f in VoicePreset.__dataclass_fields__}
#: rate/volume/pitch in the notation edge-tts accepts (it refuses "10%" or "+1.5%").
PROSODY_PATTERNS = {"rate": r"[+-]\d+%", "volume": r"[+-]\d+%", "pitch": r"[+-]\d+Hz"}
_PROSODY_EXAMPLES = {"rate": "'+10%' or '-5%'", "volume": "'+0%' or '-20%'", "pitch": "'+0Hz' or '-2Hz'"}


def preset_dirs() -> list[Path]:
    """Where presets are looked up, first match wins by name."""
    dirs = []
    if extra := os.environ.get("AUDIOPAPER_VOICES"):
        dirs.append(Path(extra))
    here = Path(__file__).resolve().parent
    dirs.append(here / "voices")  # installed wheel (force-include)
    dirs.append(here.parent / "voices")  # source checkout / editable install
    return [d for d in dirs if d.is_dir()]


def load_preset_file(path: Path) -> VoicePreset:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceError(path.stem, f"cannot read {path}: {exc}") from exc
    data.setdefault("name", path.stem)
    unknown = set(data) - _FIELDS
    if unknown:
        raise VoiceError(path.stem, f"{path}: unknown keys {sorted(unknown)}")
    for key in ("engine", "voice"):
        if not data.get(key):
            raise VoiceError(path.stem, f"{path}: missing {key!r}")
    preset = VoicePreset(**{k: str(v) for k, v in data.items()})
    if problem := prosody_problem(preset):
        raise VoiceError(path.stem, f"{path}: {problem}")
    return preset


def prosody_problem(preset: VoicePreset) -> str | None:
    """Why the preset's rate, volume or pitch is not in edge-tts notation, or None."""
    for field, pattern in PROSODY_PATTERNS.items():
        value = getattr(preset, field)
        if not re.fullmatch(pattern, value):
            return f"{field} {value!r} must be like {_PROSODY_EXAMPLES[field]} (a sign, then a whole number)"
    return None


def all_presets() -> dict[str, VoicePreset]:
    presets: dict[str, VoicePreset] = {}
    for d in preset_dirs():
        for path in sorted(d.glob("*.toml")):
            presets.setdefault(path.stem, load_preset_file(path))
    return presets


def get_preset(name: str) -> VoicePreset:
    presets = all_presets()
    if name not in presets:
        known = ", ".join(sorted(presets)) or "none"
        raise VoiceError(name, f"no such preset (known: {known})")
    return presets[name]
