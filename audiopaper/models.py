"""The frozen dataclasses that travel between stages.

page text ─ingest─▶ Edition ─segment─▶ Story ─speech─▶ Script ─synthesize─▶ Clip
─assemble─▶ Episode ─publish─▶ feed.xml
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

import numpy as np


class StoryKind(str, Enum):
    ARTICLE = "article"
    PHOTO = "photo"
    BRIEF = "brief"
    CONTINUATION = "continuation"
    CLASSIFIEDS = "classifieds"


@dataclass(frozen=True)
class Page:
    """One decoded input: a page of OCR text, a structured file, or an e-paper page."""

    source: str  # file path, or "<stdin>"
    number: int  # 1-based position in the edition
    text: str  # "" for a PDF
    format: str = "text"  # "text" | "markdown" | "json" | "feed" | "html" | "pdf"
    encoding: str = "utf-8"
    data: bytes = b""  # the file's bytes when they are not text (a PDF)


@dataclass(frozen=True)
class Edition:
    """The pages of one day's paper, in order."""

    pages: tuple[Page, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(p.source for p in self.pages)


@dataclass(frozen=True)
class Story:
    """One story of the edition, as printed (display text, lines re-joined)."""

    kind: StoryKind
    title: str
    body: str
    subtitle: str = ""
    kicker: str = ""
    byline: str = ""  # display form, e.g. "首席记者 张赤奎"
    page: int = 1
    continued_from: int | None = None  # page number a continuation jumps from
    items: tuple[str, ...] = ()  # classifieds: one entry per ad
    captions: tuple[str, ...] = ()  # photo captions printed inside the story's prose, read after its body


@dataclass(frozen=True)
class Script:
    """What one voice reads for one segment of the episode."""

    segment: str  # "intro", "story-01", ..., "outro"
    title: str  # chapter title (the headline; Chinese kept)
    text: str  # normalized speech text: no ASCII digits
    story: Story | None = None
    role: str = "story"  # "intro" | "story" | "outro"
    display: str = ""  # the same text in printed form (digits, brackets), for transcripts; "" = use text
    latin_text: str = ""  # the text for a voice that reads Latin (5G, iPad Pro kept as written); "" = use text

    def text_for(self, reads_latin: bool) -> str:
        """What a voice reads: *latin_text* if it reads Latin letters, else *text* (none left)."""
        return (self.latin_text or self.text) if reads_latin else self.text


@dataclass(frozen=True)
class Timing:
    """A span of speech on a clip's or the episode's timeline, in ms."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True, eq=False)
class Speech:
    """Mono 16-bit PCM with the timings an engine knows."""

    pcm: np.ndarray  # int16, shape (n,)
    sample_rate: int
    sentences: tuple[Timing, ...] = ()
    words: tuple[Timing, ...] = ()

    @property
    def duration_ms(self) -> int:
        return int(len(self.pcm) * 1000 // self.sample_rate)


@dataclass(frozen=True)
class VoicePreset:
    """A voice from voices/*.toml. rate/pitch/volume use edge-tts notation."""

    name: str
    engine: str  # "baker" | "edge" | "fake"
    voice: str  # edge voice name or offline model id
    rate: str = "+0%"
    pitch: str = "+0Hz"
    volume: str = "+0%"
    description: str = ""
    licence: str = ""
    language: str = "zh-CN"

    def params(self) -> dict[str, str]:
        """The parameters that change the audio (part of the cache key)."""
        return {
            "voice": self.voice,
            "rate": self.rate,
            "pitch": self.pitch,
            "volume": self.volume,
        }


@dataclass(frozen=True)
class Clip:
    """A script spoken by one voice."""

    script: Script
    speech: Speech
    voice: str  # preset name actually used
    engine: str  # engine actually used
    fallback_reason: str = ""  # non-empty when the offline voice stood in


@dataclass(frozen=True)
class Chapter:
    """One segment of the episode on the episode's timeline."""

    index: int  # 0 = intro
    title: str
    start_ms: int
    end_ms: int
    url: str = ""  # absolute URL of the segment's own MP3, if any
    file: str = ""  # path relative to the episode directory
    start_sample: int = 0
    end_sample: int = 0


@dataclass(frozen=True)
class Episode:
    """An assembled edition, ready to be written and published."""

    date: dt.date
    title: str
    paper: str
    chapters: tuple[Chapter, ...]
    cues: tuple[Timing, ...]
    duration_ms: int
    sample_rate: int
    voices: tuple[str, ...] = ()
    fallbacks: tuple[str, ...] = ()
    content_key: str = ""  # what the edition was made from (assemble.edition_key)
