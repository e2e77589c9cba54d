"""Assembly: clips → one episode timeline, in memory, no writes.

The episode is one preallocated int16 buffer (linear in time and memory).
Between segments goes a short generated sting; it opens the following
chapter, so chapters tile the episode and story *i*'s MP3 is exactly
chapter *i*'s samples. Chapter times, transcript cues and show-note
timestamps all come from sample counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import json
import logging
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from . import audio, transcripts
from .channel import DEFAULT_BASE_URL, absolute_url
from .errors import AudioError
from .models import Chapter, Clip, Episode, Timing
from .transcripts import clock

log = logging.getLogger(__name__)

STING_LEAD_S = 0.35
STING_TAIL_S = 0.30
#: segments are levelled to the quietest one, but not below this far under the loudest
MAX_LEVELLING_DB = 24.0


@dataclass(frozen=True)
class SegmentSource:
    """Who spoke a segment: for the manifest and the show's credits."""

    segment: str
    role: str
    title: str
    voice: str
    engine: str
    fallback_reason: str = ""


@dataclass(frozen=True, eq=False)
class AssembledEpisode:
    """An episode in memory: metadata, the whole PCM, and where each story lies."""

    episode: Episode
    pcm: np.ndarray  # int16 mono, the whole episode, loudness-normalized
    sources: tuple[SegmentSource, ...]
    base_url: str
    normalization: audio.Normalization | None = None

    def url(self, relative: str = "") -> str:
        """Absolute URL of a file of this edition (of its directory when *relative* is empty)."""
        return episode_url(self.base_url, self.episode.date, relative)

    @property
    def story_chapters(self) -> tuple[Chapter, ...]:
        """Chapters that have their own MP3 (the stories), in order."""
        return tuple(c for c in self.episode.chapters if c.file)

    def chapter_pcm(self, chapter: Chapter) -> np.ndarray:
        """The chapter's samples: a view, not a copy."""
        return self.pcm[chapter.start_sample : chapter.end_sample]


_NO_AUDIO = np.zeros(0, dtype=np.int16)


def make_sting(sample_rate: int) -> np.ndarray:
    """Silence, a soft two-note chime (G5 then C6, bell-like decay), silence."""
    rate = sample_rate
    lead = np.zeros(int(STING_LEAD_S * rate), dtype=np.float32)
    tail = np.zeros(int(STING_TAIL_S * rate), dtype=np.float32)
    length = int(0.55 * rate)
    t = np.arange(length, dtype=np.float32) / rate
    chime = np.zeros(length, dtype=np.float32)
    for onset, freq in ((0.0, 783.99), (0.14, 1046.50)):
        tt = np.clip(t - onset, 0, None)
        envelope = np.where(t >= onset, np.exp(-tt / 0.11) * np.minimum(1.0, tt / 0.004), 0.0)
        chime += envelope * (np.sin(2 * np.pi * freq * tt) + 0.25 * np.sin(2 * np.pi * 2 * freq * tt))
    chime *= 0.16 / max(1e-9, float(np.abs(chime).max()))
    chime[-int(0.02 * rate) :] *= np.linspace(1, 0, int(0.02 * rate), dtype=np.float32)
    return np.rint(np.concatenate([lead, chime, tail]) * 32767).astype(np.int16)


def slugify(title: str, max_len: int = 48) -> str:
    """ASCII file-name slug: the pinyin of the headline, lower case, hyphenated."""
    from pypinyin import lazy_pinyin

    words: list[str] = []
    for word in lazy_pinyin(title):
        words.extend(w for w in re.split(r"[^a-z0-9]+", word.lower()) if w)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_len:
            break
        slug = candidate
    return slug or "story"


def show_notes(paper: str, date: dt.date, chapters: Sequence[Chapter]) -> tuple[str, str]:
    """The episode description: plain text and HTML, one timestamped line a chapter."""
    heading = f"{paper} {date.year}年{date.month}月{date.day}日 今天的主要内容："
    text_lines = [heading, ""]
    html_lines = [f"<p>{html.escape(heading)}</p>", "<p>"]
    for chapter in chapters:
        stamp = clock(chapter.start_ms)
        if chapter.url:
            text_lines.append(f"{stamp} {chapter.title} {chapter.url}")
            html_lines.append(
                f'{stamp} <a href="{html.escape(chapter.url)}">{html.escape(chapter.title)}</a><br/>'
            )
        else:
            text_lines.append(f"{stamp} {chapter.title}")
            html_lines.append(f"{stamp} {html.escape(chapter.title)}<br/>")
    html_lines.append("</p>")
    return "\n".join(text_lines), "\n".join(html_lines)


def episode_dir(date: dt.date, folder: str = "") -> str:
    """The episode's directory relative to the output directory (*folder*: its versioned name, see editions.py)."""
    return f"episodes/{folder or date.isoformat()}"


def episode_url(base_url: str, date: dt.date, relative: str = "", folder: str = "") -> str:
    """Absolute URL of *relative* (a file of the edition) under the site at *base_url*;
    of the edition's directory, ending in "/", when *relative* is empty."""
    return absolute_url(base_url, f"{episode_dir(date, folder)}/{relative}")


def segment_sources(clips: Sequence[Clip]) -> tuple[SegmentSource, ...]:
    return tuple(
        SegmentSource(c.script.segment, c.script.role, c.script.title, c.voice, c.engine, c.fallback_reason)
        for c in clips
    )


def fallback_line(segment: str, reason: str, title: str = "") -> str:
    """How a segment the fallback voice read is reported: "story-03: reason",
    or with its title, "story-03 «title»: reason"."""
    return f"{segment} «{title}»: {reason}" if title else f"{segment}: {reason}"


def fallback_lines(sources: Sequence[SegmentSource], *, titles: bool = False) -> tuple[str, ...]:
    """One fallback_line for each segment in *sources* that the fallback voice read."""
    return tuple(
        fallback_line(s.segment, s.fallback_reason, s.title if titles else "") for s in sources if s.fallback_reason
    )


#: bump when what an edition's files hold changes for the same clips (layout, tags, transcripts)
EDITION_FORMAT = 1


def edition_key(clips: Sequence[Clip], *, date: dt.date, paper: str, title: str, artwork: str = "") -> str:
    """A digest of everything an edition's files are made from: the clips (their
    audio, timings and texts), the settings that shape the audio, the names in
    the tags and the code's format version. *artwork* stands for the cover image.

    Links (base_url) are left out: `audiopaper feed` rewrites those in place.
    """
    from . import __version__

    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        digest.update(json.dumps(parts, ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\0")

    add("edition", EDITION_FORMAT, __version__, date.isoformat(), paper, title, artwork)
    add(audio.TARGET_LUFS, audio.LIMITER_CEILING_DBTP, audio.INTER_SAMPLE_HEADROOM_DB, audio.MP3_BITRATE,
        audio.MP3_QUALITY, STING_LEAD_S, STING_TAIL_S, MAX_LEVELLING_DB, audio.TRUE_UNDER_SAMPLE_PEAK_DB)
    for clip in clips:
        script, speech = clip.script, clip.speech
        add(script.segment, script.role, script.title, script.text, script.display,
            clip.voice, clip.engine, clip.fallback_reason, speech.sample_rate,
            [(t.start_ms, t.end_ms, t.text) for t in speech.sentences])
        digest.update(np.ascontiguousarray(speech.pcm, dtype="<i2").data)
    return digest.hexdigest()


def assemble_episode(
    clips: Sequence[Clip],
    *,
    date: dt.date,
    paper: str,
    title: str = "",
    base_url: str = DEFAULT_BASE_URL,
    normalize: bool = True,
    content_key: str = "",
    release_clips: bool = False,
) -> AssembledEpisode:
    """Join *clips* (intro, stories, outro, in order) into one episode.

    Pure: nothing is written. Story clips (role "story") get their own MP3
    name (stories/NN-<pinyin>.mp3) and URL under *base_url*.
    *release_clips*: *clips* is the caller's list, and each clip in it is replaced,
    once its audio is in the episode, by the same clip without audio, so that a long
    edition is not held twice.
    """
    if not clips:
        raise AudioError(f"episode {date}", "no clips to assemble")
    rate = clips[0].speech.sample_rate
    for clip in clips:
        if clip.speech.sample_rate != rate:
            raise AudioError(
                clip.script.segment, f"sample rate {clip.speech.sample_rate} Hz, the episode is {rate} Hz"
            )
        if clip.speech.pcm.ndim != 1:
            raise AudioError(clip.script.segment, "audio is not mono")
    sting = make_sting(rate)
    total = sum(len(c.speech.pcm) for c in clips) + len(sting) * (len(clips) - 1)
    pcm = np.empty(total, dtype=np.int16)

    digits = max(2, len(str(sum(c.script.role == "story" for c in clips))))
    chapters: list[Chapter] = []
    cues: list[Timing] = []
    cursor = 0
    story_number = 0
    speech_spans: list[tuple[int, int]] = []
    for index, clip in enumerate(clips):
        start = cursor
        if index:
            pcm[cursor : cursor + len(sting)] = sting
            cursor += len(sting)
        speech_start = cursor
        pcm[cursor : cursor + len(clip.speech.pcm)] = clip.speech.pcm
        cursor += len(clip.speech.pcm)
        speech_spans.append((speech_start, cursor))
        file = url = ""
        if clip.script.role == "story":
            story_number += 1
            file = f"stories/{story_number:0{digits}d}-{slugify(clip.script.title)}.mp3"
            url = episode_url(base_url, date, file)
        chapters.append(
            Chapter(
                index=index,
                title=clip.script.title or clip.script.segment,
                start_ms=start * 1000 // rate,
                end_ms=cursor * 1000 // rate,
                url=url,
                file=file,
                start_sample=start,
                end_sample=cursor,
            )
        )
        cues.extend(_clip_cues(clip, speech_start, rate))
        if release_clips:
            clips[index] = dataclasses.replace(clip, speech=dataclasses.replace(clip.speech, pcm=_NO_AUDIO))  # type: ignore[index]
    del clip  # the last clip's audio too
    assert cursor == total

    normalization = None
    if normalize:
        # each story is also published on its own, so every segment must be
        # at the target, not only the episode as a whole
        levelled = _level_segments(pcm, rate, speech_spans, [c.script.segment for c in clips])
        pcm, normalization = audio.normalize_loudness(pcm, rate, in_place=True, measured=levelled, sample_peak=True)

    sources = segment_sources(clips)
    episode_title = title or f"{paper} {date.isoformat()}"
    episode = Episode(
        date=date,
        title=episode_title,
        paper=paper,
        chapters=tuple(chapters),
        cues=tuple(cues),
        duration_ms=total * 1000 // rate,
        sample_rate=rate,
        voices=tuple(dict.fromkeys(c.voice for c in clips if c.voice)),
        fallbacks=fallback_lines(sources),
        content_key=content_key,
    )
    log.info("assembled %d segments, %s", len(clips), clock(episode.duration_ms))
    return AssembledEpisode(episode, pcm, sources, base_url, normalization)


def _clip_cues(clip: Clip, speech_start: int, rate: int) -> list[Timing]:
    offset_ms = speech_start * 1000 // rate
    sentences = clip.speech.sentences or (Timing(0, clip.speech.duration_ms, clip.script.text),)
    # the engine timed the spoken text; a reader of the transcript wants the printed one
    sentences = transcripts.printed_timings(sentences, clip.script.text, clip.script.display)
    return [Timing(offset_ms + s.start_ms, offset_ms + s.end_ms, s.text) for s in sentences if s.text.strip()]


def _level_segments(
    pcm: np.ndarray, rate: int, spans: Sequence[tuple[int, int]], names: Sequence[str]
) -> audio.Loudness:
    """Turn louder segments down, in place, to the loudness of the quietest.

    Only attenuation, so nothing clips; normalize_loudness() then brings the whole
    episode, and so every segment, to the target. Returns the episode's loudness
    after levelling, from the same measuring pass: each block moved by its
    segment's gain, and the sample peak from before (attenuation only lowers it).
    """
    blocks = audio.measure_blocks(pcm, rate, cuts=[start for start, _ in spans], true_peak=False)
    loudness = [blocks.span(start / rate, stop / rate) for start, stop in spans]
    measured = [lufs for lufs in loudness if np.isfinite(lufs)]
    if len(measured) < 2:
        return blocks.loudness()
    floor = max(measured) - MAX_LEVELLING_DB
    reference = max(min(measured), floor)
    levels = blocks.momentary.copy()
    for (start, stop), lufs, name in zip(spans, loudness, names):
        if not np.isfinite(lufs):
            continue
        if lufs < floor:
            log.warning("%s is %.1f LU quieter than the loudest segment; left as is", name, max(measured) - lufs)
        gain_db = min(0.0, reference - lufs)
        if gain_db < -0.05:
            segment = pcm[start:stop]
            segment[:] = np.rint(segment * np.float32(10 ** (gain_db / 20)))
            inside = (blocks.block_end_s > start / rate) & (blocks.block_end_s <= stop / rate)
            levels[inside] += gain_db
            log.debug("%s levelled by %+.1f dB", name, gain_db)
    return audio.BlockLoudness(blocks.block_end_s, levels, blocks.true_peak_dbtp, blocks.true_peak).loudness()
