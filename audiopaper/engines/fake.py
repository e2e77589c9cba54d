"""An instant, deterministic engine for tests and benchmarks.

Each character becomes a short tone (a pitch per character), each sentence
ends in a pause, and the sentence timings are exact, so assembly, chapters
and transcripts can be checked to the sample without a model.
"""

from __future__ import annotations

import numpy as np

from ..models import Speech, Timing, VoicePreset
from ..sentences import split_sentences


class FakeEngine:
    name = "fake"
    parallelism = 1

    def __init__(self, sample_rate: int = 24000, ms_per_char: int = 60, pause_ms: int = 120):
        self.sample_rate = sample_rate
        self.ms_per_char = ms_per_char
        self.pause_ms = pause_ms
        self.calls: list[str] = []

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        return {"engine": self.name, "version": "1", "model": f"tone-{self.ms_per_char}"}

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        self.calls.append(text)
        rate = self.sample_rate
        per_char = rate * self.ms_per_char // 1000
        pause = np.zeros(rate * self.pause_ms // 1000, dtype=np.int16)
        pieces: list[np.ndarray] = []
        sentences: list[Timing] = []
        cursor = 0
        for sentence in split_sentences(text) or [text]:
            start = cursor
            t = np.arange(per_char) / rate
            for ch in sentence:
                freq = 200 + (ord(ch) % 400)
                tone = (np.sin(2 * np.pi * freq * t) * 8000).astype(np.int16)
                pieces.append(tone)
                cursor += per_char
            pieces.append(pause)
            cursor += len(pause)
            sentences.append(Timing(start * 1000 // rate, cursor * 1000 // rate, sentence))
        pcm = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
        return Speech(pcm=pcm, sample_rate=rate, sentences=tuple(sentences))
