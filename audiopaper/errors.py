"""One error root for everything audiopaper reports to a user.

Each error names the file, story or voice involved (`where`), so the CLI
can print one clear line. Adapters catch third-party errors and re-raise
them as these.
"""

from __future__ import annotations


class AudiopaperError(Exception):
    """Root of every error audiopaper raises on purpose."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def __reduce__(self):  # crosses process boundaries (synthesis workers) intact
        return _restore, (type(self), self.where, self.reason)


def _restore(cls: type[AudiopaperError], where: str, reason: str) -> AudiopaperError:
    error = cls.__new__(cls)
    AudiopaperError.__init__(error, where, reason)
    return error


class InputError(AudiopaperError):
    """An input file (or stdin) cannot be read as an edition."""


class SegmentationError(AudiopaperError):
    """A page gave no stories, or a structured input is malformed."""


class VoiceError(AudiopaperError):
    """A voice preset is unknown, malformed, or its model is not installed."""

    def __init__(self, voice: str, reason: str):
        super().__init__(f"voice {voice!r}", reason)


class VoiceInstallError(VoiceError):
    """Fetching, verifying or repairing a voice model failed."""


class SynthesisError(AudiopaperError):
    """An engine failed to speak a piece of text (names the story or chunk)."""


class AudioError(AudiopaperError):
    """ffmpeg or a tag writer failed on a file."""


class FeedError(AudiopaperError):
    """The feed, its settings or an episode manifest is broken."""


class CacheError(AudiopaperError):
    """The synthesis cache cannot be read or written."""
