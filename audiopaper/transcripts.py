"""WebVTT and SRT transcripts from sentence timings on the episode timeline.

A cue holds at most two lines of about 32 columns; a CJK character counts
as two columns (so 16 hanzi a line, the usual limit for Chinese subtitles).
A longer sentence becomes several cues, its time shared out in proportion to
the characters each one holds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .models import Timing

LINE_WIDTH = 32
MAX_LINES = 2
MIN_CUE_MS = 200

# where a long sentence may be cut, best first
_CLAUSE_END = "，,、：:；;）)”’」』—"
_SENTENCE_END = "。！？!?…"


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def width(text: str) -> int:
    """Display columns: wide (CJK, full-width) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def make_cues(sentences: Iterable[Timing], *, line_width: int = LINE_WIDTH, max_lines: int = MAX_LINES) -> list[Cue]:
    """Cut sentence timings into display cues, in time order, never overlapping."""
    cues: list[Cue] = []
    for sentence in sentences:
        text = " ".join(sentence.text.split())
        if not text:
            continue
        pieces = _cut(text, line_width * max_lines)
        weights = [max(1, len(p)) for p in pieces]
        total = sum(weights)
        span = max(0, sentence.end_ms - sentence.start_ms)
        done = 0
        for piece, weight in zip(pieces, weights):
            start = sentence.start_ms + span * done // total
            done += weight
            end = sentence.start_ms + span * done // total
            cues.append(Cue(start, end, tuple(_wrap(piece, line_width, max_lines))))
    return _tidy(cues)


def _tidy(cues: list[Cue]) -> list[Cue]:
    """Sorted, non-overlapping, each at least MIN_CUE_MS where room allows."""
    cues.sort(key=lambda c: c.start_ms)
    out: list[Cue] = []
    for i, cue in enumerate(cues):
        start = max(cue.start_ms, out[-1].end_ms if out else 0)
        end = max(cue.end_ms, start + MIN_CUE_MS)
        if i + 1 < len(cues):
            end = min(end, max(cues[i + 1].start_ms, start + 1))
        out.append(Cue(start, max(end, start + 1), cue.lines))
    return out


def _cut(text: str, limit: int) -> list[str]:
    """Split *text* into pieces of at most *limit* columns, at clause marks if possible."""
    if width(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while width(rest) > limit:
        cut = _best_cut(rest, limit)
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return _balance([p for p in pieces if p], limit)


def _best_cut(text: str, limit: int) -> int:
    """Index to cut at: the last clause mark that fits, else a space, else hard."""
    fit = 0
    cols = 0
    for i, ch in enumerate(text):
        cols += width(ch)
        if cols > limit:
            break
        fit = i + 1
    fit = max(fit, 1)
    window = text[:fit]
    for marks in (_SENTENCE_END + _CLAUSE_END, " "):
        best = max((i + 1 for i, ch in enumerate(window) if ch in marks), default=0)
        if best >= fit // 3:  # not a silly tiny first piece
            return best
    return fit


def _balance(pieces: list[str], limit: int) -> list[str]:
    """Join a tiny last piece to its neighbour when they fit together."""
    if len(pieces) >= 2 and width(pieces[-2]) + width(pieces[-1]) <= limit:
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return pieces


def _wrap(text: str, line_width: int, max_lines: int) -> list[str]:
    """At most *max_lines* lines; break at a clause mark near the middle if possible."""
    if width(text) <= line_width or max_lines < 2:
        return [text]
    total = width(text)
    best, best_score = None, None
    cols = 0
    for i, ch in enumerate(text[:-1]):
        cols += width(ch)
        if cols > line_width:
            break
        if total - cols > line_width * (max_lines - 1):
            continue
        score = abs(total / 2 - cols) - (8 if ch in _SENTENCE_END + _CLAUSE_END or ch == " " else 0)
        if best_score is None or score < best_score:
            best, best_score = i + 1, score
    if best is None:  # cannot happen for text within line_width*max_lines
        best = len(text) // 2
    return [text[:best].rstrip(), text[best:].lstrip()]


def _clock(ms: int, sep: str) -> str:
    hours, rem = divmod(max(0, ms), 3_600_000)
    minutes, rem = divmod(rem, 60_000)
    seconds, millis = divmod(rem, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


_VTT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _vtt_text(line: str) -> str:
    return re.sub(r"[&<>]", lambda m: _VTT_ESCAPES[m.group(0)], line.replace("-->", "→"))


def to_vtt(cues: Sequence[Cue], *, language: str = "zh-CN") -> str:
    out = ["WEBVTT", f"Language: {language}" if language else "", ""]
    if not language:
        out.pop(1)
    for n, cue in enumerate(cues, 1):
        out.append(str(n))
        out.append(f"{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}")
        out.extend(_vtt_text(line) for line in cue.lines)
        out.append("")
    return "\n".join(out) + ("\n" if cues else "")


def to_srt(cues: Sequence[Cue]) -> str:
    out: list[str] = []
    for n, cue in enumerate(cues, 1):
        out.append(str(n))
        out.append(f"{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}")
        out.extend(line.replace("-->", "→") for line in cue.lines)
        out.append("")
    return "\n".join(out) + ("\n" if cues else "")
