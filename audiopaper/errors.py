"""One error root for everything audiopaper reports to a user.

Each subclass names the file, story or voice involved, so the CLI can print
one clear line. Adapters catch third-party errors and re-raise them as these.
"""

from __future__ import annotations


class AudiopaperError(Exception):
    """Root of every error audiopaper raises on purpose."""


class InputError(AudiopaperError):
    """An input file (or stdin) cannot be read as an edition."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SegmentationError(AudiopaperError):
    """A page gave no stories, or a structured input is malformed."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class VoiceError(AudiopaperError):
    """A voice preset is unknown, malformed, or its model is not installed."""

    def __init__(self, voice: str, reason: str):
        super().__init__(f"voice {voice!r}: {reason}")
        self.voice = voice
        self.reason = reason


class VoiceInstallError(VoiceError):
    """Fetching, verifying or repairing a voice model failed."""


class SynthesisError(AudiopaperError):
    """An engine failed to speak a piece of text (names the story)."""

    def __init__(self, what: str, reason: str):
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


class AudioError(AudiopaperError):
    """ffmpeg or a tag writer failed on a file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class FeedError(AudiopaperError):
    """The feed, its settings or an episode manifest is broken."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CacheError(AudiopaperError):
    """The synthesis cache cannot be read or written."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
