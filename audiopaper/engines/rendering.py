"""Speech put together from separately rendered chunks, wherever they were rendered.

An offline engine renders a text chunk by chunk, each independently of the others, so
the chunks of one text may be rendered in several worker processes and joined here
into the same bytes as one process gives: every step after the model is per sample
(volume, clipping, int16) or a sum of sample counts (timings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..models import Speech, Timing


@dataclass(frozen=True)
class RenderedChunk:
    pcm: np.ndarray  # int16, at the preset's volume
    words: tuple[Timing, ...]  # ms from the chunk's start
    pause_ms: int  # the silence after it


#: a sentence's text and its rendered chunks
RenderedSentence = tuple[str, tuple[RenderedChunk, ...]]


def rendered_chunk(audio: np.ndarray, words: tuple[Timing, ...], gain: float, pause_ms: int) -> RenderedChunk:
    """The model's float samples at *gain*, clipped to int16."""
    pcm = np.clip(audio * gain * 32767.0, -32768, 32767).astype(np.int16)
    return RenderedChunk(pcm, words, pause_ms)


def join_sentences(sentences: Sequence[RenderedSentence], sample_rate: int, *, time_silent: bool = True) -> Speech:
    """One Speech from rendered sentences in order; *time_silent*: a sentence that made
    no sound still gets its (empty) timing."""
    pieces: list[np.ndarray] = []
    timings: list[Timing] = []
    words: list[Timing] = []
    cursor = 0  # samples
    for sentence, chunks in sentences:
        start = cursor
        for chunk in chunks:
            offset_ms = cursor * 1000 // sample_rate
            words += [Timing(w.start_ms + offset_ms, w.end_ms + offset_ms, w.text) for w in chunk.words]
            pause = np.zeros(chunk.pause_ms * sample_rate // 1000, dtype=np.int16)
            pieces += [chunk.pcm, pause]
            cursor += len(chunk.pcm) + len(pause)
        if time_silent or cursor > start:
            timings.append(Timing(start * 1000 // sample_rate, cursor * 1000 // sample_rate, sentence))
    pcm = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
    return Speech(pcm=pcm, sample_rate=sample_rate, sentences=tuple(timings), words=tuple(words))
