"""WebVTT and SRT transcripts from sentence timings on the episode timeline.

A cue holds at most two lines of about 32 columns; a CJK character counts
as two columns (so 16 hanzi a line, the usual limit for Chinese subtitles).
A longer sentence becomes several cues, its time shared out in proportion to
the characters each one holds.

The engines time the spoken text ("二零二零年五月二十八日"); a reader wants the
printed one ("2020年5月28日"). `printed_timings` carries each timing over to
the printed text through a character alignment of the two.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import logging
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .jieba_loader import loaded_jieba
from .plaintext import strip_controls
from .models import Timing

log = logging.getLogger(__name__)

LINE_WIDTH = 32
MAX_LINES = 2
MIN_CUE_MS = 200

# where a long sentence may be cut, best first
_CLAUSE_END = "，,、：:；;）)”’」』—"
_SENTENCE_END = "。！？!?…"


def clock(ms: int, *, fraction: str = "", hours: bool = True) -> str:
    """A time on the timeline, truncated to the unit shown (never rounded up).

    HH:MM:SS by default (show notes, itunes:duration); HH:MM:SS.mmm with
    fraction="." (WebVTT) or "," (SRT); M:SS with hours=False, the minutes
    not folded into hours (a summary line: "75:03").
    """
    ms = max(0, ms)
    seconds, millis = divmod(ms, 1000)
    minutes, secs = divmod(seconds, 60)
    if not hours:
        text = f"{minutes}:{secs:02d}"
    else:
        text = f"{minutes // 60:02d}:{minutes % 60:02d}:{secs:02d}"
    return text + (f"{fraction}{millis:03d}" if fraction else "")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# marks that close what comes before them: at a sentence boundary they stay with
# the sentence they close, not the next one
_CLOSING = "，,。！？!?…；;：:、）)”’」』》〉】〕］]"


def printed_timings(sentences: Sequence[Timing], spoken: str, display: str) -> list[Timing]:
    """*sentences* (timings of *spoken*, in order) with the text of *display*,
    the printed form *spoken* was normalized from; same start and end times.

    The display pieces follow each other without gaps or overlaps, so
    together they hold the whole display text. A timing whose text cannot be
    found in *spoken* keeps its spoken text; so do all when *display* is empty.
    """
    if not display.strip():
        return list(sentences)
    spans = _locate(sentences, spoken)
    located = [k for k, span in enumerate(spans) if span is not None]
    if not located:
        log.debug("transcript: no timing found in the spoken text %r…; shown as spoken", spoken[:24])
        return list(sentences)
    bound = _boundaries(spoken, display)
    out: list[Timing] = []
    for k, (timing, span) in enumerate(zip(sentences, spans)):
        if span is None:
            log.debug("transcript: %r not found in the spoken text; shown as spoken", timing.text)
            out.append(timing)
            continue
        start, end = span
        # stretch to the neighbours, so what only the page has (a bracket, a
        # dropped mark) lands in a cue instead of between two
        a = 0 if k == located[0] and _filler(spoken[:start]) else bound[start]
        following = spans[k + 1] if k + 1 < len(spans) else None
        if following is not None:
            b = bound[following[0]]
        elif k == located[-1] and _filler(spoken[end:]):
            b = len(display)
        else:
            b = bound[end]
        text = _one_line(display[a:b])
        if not text and not _filler(timing.text):
            log.debug("transcript: %r maps to no printed text; shown as spoken", timing.text)
            text = timing.text
        out.append(Timing(timing.start_ms, timing.end_ms, text))
    return out


def _one_line(text: str) -> str:
    """A paragraph break inside a piece is no space between hanzi, one between Latin words."""
    text = re.sub(r"(?<=[0-9A-Za-z])\s*\n\s*(?=[0-9A-Za-z])", " ", text.strip())
    return " ".join(re.sub(r"\s*\n\s*", "", text).split())


def _filler(text: str) -> bool:
    """Nothing a reader would miss: spaces and punctuation only."""
    return not any(_is_word(ch) for ch in text)


def _is_word(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def _locate(sentences: Sequence[Timing], spoken: str) -> list[tuple[int, int] | None]:
    """Where each timing's text lies in *spoken*, as [start, end) indices,
    searched forward; spaces, then punctuation, are ignored if need be."""
    keys = []
    for skip in (str.isspace, lambda ch: not _is_word(ch)):
        index = [i for i, ch in enumerate(spoken) if not skip(ch)]  # key position -> spoken position
        keys.append((skip, index, "".join(spoken[i] for i in index)))
    spans: list[tuple[int, int] | None] = []
    cursor = 0  # index into spoken
    for timing in sentences:
        span = None
        for skip, index, key in keys:
            needle = "".join(ch for ch in timing.text if not skip(ch))
            if not needle:
                continue
            found = key.find(needle, bisect.bisect_left(index, cursor))
            if found >= 0:
                span = (index[found], index[found + len(needle) - 1] + 1)
                break
        if span is not None:
            cursor = span[1]
        spans.append(span)
    return spans


def _boundaries(spoken: str, display: str) -> list[int]:
    """For each position 0..len(spoken) between characters of *spoken*, the
    matching position in *display* (never decreasing).

    Spaces are left out of the alignment (line breaks, which both texts keep, stay
    in as anchors): speech text drops the page's spaces, and with them in, a phrase
    printed twice (· 新闻 … ·新闻) could match its later copy whole and pull every
    boundary before it to there.
    """
    spoken_at = [i for i, ch in enumerate(spoken) if not _space(ch)]
    display_at = [j for j, ch in enumerate(display) if not _space(ch)] + [len(display)]
    bound = _aligned("".join(spoken[i] for i in spoken_at), "".join(display[j] for j in display_at[:-1]))
    # a position of *spoken* takes the boundary before its next non-space character
    out = []
    k = 0
    for i in range(len(spoken) + 1):
        while k < len(spoken_at) and spoken_at[k] < i:
            k += 1
        out.append(display_at[bound[k]])
    return out


def _space(ch: str) -> bool:
    return ch.isspace() and ch != "\n"


def _aligned(spoken: str, display: str) -> list[int]:
    """_boundaries over texts without spaces."""
    bound = [0] * (len(spoken) + 1)
    inserts: list[tuple[int, int, int]] = []
    matcher = difflib.SequenceMatcher(None, spoken, display, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1 + 1):
                bound[i1 + k] = j1 + k
        elif tag == "delete":  # said, not printed (a pause comma)
            for i in range(i1, i2 + 1):
                bound[i] = j1
        elif tag == "replace":  # 二零二零 / 2020: a cut inside goes to the nearer end
            for i in range(i1, i2 + 1):
                bound[i] = j1 if i - i1 < i2 - i else j2
        else:  # printed, not said (□, brackets): decided below
            inserts.append((i1, j1, j2))
    for i, j1, j2 in inserts:
        closing = 0
        while j1 + closing < j2 and display[j1 + closing] in _CLOSING:
            closing += 1
        bound[i] = j1 + closing
    return bound


def _char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def width(text: str) -> int:
    """Display columns: wide (CJK, full-width) characters count two."""
    return sum(map(_char_width, text))


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
    # cols[i] = width(text[:i]): each cut looks only at its own window (linear in the text)
    cols = list(itertools.accumulate((_char_width(ch) for ch in text), initial=0))
    if cols[-1] <= limit:
        return [text]
    pieces: list[str] = []
    start, end = 0, len(text)
    while cols[end] - cols[start] > limit:
        cut = _best_cut(text, start, limit, cols)
        pieces.append(text[start:cut].strip())
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append(text[start:])
    return _balance([p for p in pieces if p], limit)


def _best_cut(text: str, start: int, limit: int, cols: Sequence[int]) -> int:
    """Where to end the piece that begins at *start*: at the cheapest break that
    fits (see _break_cost), the latest of those; never a silly tiny first piece."""
    fit = max(bisect.bisect_right(cols, cols[start] + limit) - 1 - start, 1)  # characters that fit
    first, last = start + max(1, fit // 3), start + fit  # candidate ends of the piece
    words = _WordBreaks(text, start, last)
    best, best_cost = last, math.inf
    for cut in range(last, first - 1, -1):  # latest first: ties keep the fuller piece
        cost = _break_cost(text, cut, words)
        if cost < best_cost:
            best, best_cost = cut, cost
    return best


def _balance(pieces: list[str], limit: int) -> list[str]:
    """Join a tiny last piece to its neighbour when they fit together."""
    if len(pieces) >= 2 and width(pieces[-2]) + width(pieces[-1]) <= limit:
        pieces[-2:] = [pieces[-2] + pieces[-1]]
    return pieces


def _wrap(text: str, line_width: int, max_lines: int) -> list[str]:
    """At most *max_lines* lines: break at the cheapest place (see _break_cost),
    near the middle where there is a choice."""
    if width(text) <= line_width or max_lines < 2:
        return [text]
    total = width(text)
    candidates: list[tuple[int, int]] = []  # (break index, columns before it)
    cols = 0
    for i, ch in enumerate(text[:-1]):
        cols += width(ch)
        if cols > line_width:
            break
        if total - cols <= line_width * (max_lines - 1):
            candidates.append((i + 1, cols))
    if not candidates:  # cannot happen for text within line_width*max_lines
        return [text[: len(text) // 2], text[len(text) // 2 :]]
    words = _WordBreaks(text, candidates[0][0], candidates[-1][0])
    best = min(candidates, key=lambda c: _break_cost(text, c[0], words) + abs(total / 2 - c[1]) / 2)[0]
    return [text[:best].rstrip(), text[best:].lstrip()]


# What a line break between two characters costs, best first: after a clause
# mark, at a space, where hanzi meet Latin letters or digits, between two words,
# inside a word; before a closing mark or after an opening one; inside a number or code.
_AFTER_MARK, _AT_SPACE, _SCRIPT_CHANGE, _BETWEEN_WORDS, _INSIDE_WORD, _BAD_PUNCTUATION, _INSIDE_RUN = (
    0, 1, 6, 12, 24, 60, 100
)
_ALNUM = re.compile(r"[0-9A-Za-z]")
#: characters that continue a run of Latin letters and digits (COVID-19, 5.2%, 10:30)
_RUN_JOINERS = ".,:-/%+&_@#'’·"
_OPENING = "（(“‘「『《〈【〔［["
#: hanzi that belong to the number before them (5月, 3万, 20岁): not a script change
_UNITS = "年月日号时分秒点万亿千百元角岁个度倍"


def _break_cost(text: str, i: int, words: "_WordBreaks") -> int:
    """The cost of breaking *text* between text[i-1] and text[i]."""
    a, b = text[i - 1], text[i]
    if _ALNUM.match(a) and _ALNUM.match(b):
        return _INSIDE_RUN
    if a in _RUN_JOINERS and _ALNUM.match(b) and i >= 2 and _ALNUM.match(text[i - 2]):
        return _INSIDE_RUN  # 5.|2, COVID-|19, 3,|000
    if b in _RUN_JOINERS and _ALNUM.match(a) and i + 1 < len(text) and _ALNUM.match(text[i + 1]):
        return _INSIDE_RUN  # 5|.2
    if b in _CLOSING or a in _OPENING:
        return _BAD_PUNCTUATION
    if a in _SENTENCE_END + _CLAUSE_END:
        return _AFTER_MARK
    if a.isspace() or b.isspace():
        return _AT_SPACE
    latin_a, latin_b = bool(_ALNUM.match(a)), bool(_ALNUM.match(b))
    if latin_a != latin_b:
        return _INSIDE_WORD if latin_a and b in _UNITS else _SCRIPT_CHANGE
    return _BETWEEN_WORDS if words.starts_word(i) else _INSIDE_WORD


class _WordBreaks:
    """Where words begin in text[lo:hi] (jieba), segmented only if asked.

    A little context either side, so the words at the edges are whole; the
    work is proportional to hi - lo, which keeps cutting linear.
    """

    _CONTEXT = 6

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._text, self._lo, self._hi = text, lo, hi
        self._starts: set[int] | None = None

    def starts_word(self, i: int) -> bool:
        if self._starts is None:
            lo, hi = max(0, self._lo - self._CONTEXT), min(len(self._text), self._hi + self._CONTEXT)
            starts, at = set(), lo
            for word in _jieba().lcut(self._text[lo:hi], HMM=True):
                starts.add(at)
                at += len(word)
            self._starts = starts
        return i in self._starts


_jieba = loaded_jieba  # only unpunctuated text needs it


_VTT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _cue_line(line: str) -> str:
    """One subtitle line: no control characters, no line break, no "-->" (it would end the cue)."""
    return " ".join(strip_controls(line).split("\n")).replace("-->", "→")


def _vtt_text(line: str) -> str:
    return re.sub(r"[&<>]", lambda m: _VTT_ESCAPES[m.group(0)], _cue_line(line))


def to_vtt(cues: Sequence[Cue]) -> str:
    """WebVTT: the header is "WEBVTT" alone (a "Language:" header line is not in the spec; the
    language travels in the feed's and the page's srclang)."""
    out = ["WEBVTT", ""]
    for n, cue in enumerate(cues, 1):
        out.append(str(n))
        out.append(f"{clock(cue.start_ms, fraction='.')} --> {clock(cue.end_ms, fraction='.')}")
        out.extend(_vtt_text(line) for line in cue.lines)
        out.append("")
    return "\n".join(out) + ("\n" if cues else "")


def to_srt(cues: Sequence[Cue]) -> str:
    out: list[str] = []
    for n, cue in enumerate(cues, 1):
        out.append(str(n))
        out.append(f"{clock(cue.start_ms, fraction=',')} --> {clock(cue.end_ms, fraction=',')}")
        out.extend(_cue_line(line) for line in cue.lines)
        out.append("")
    return "\n".join(out) + ("\n" if cues else "")


_VTT_TIMING = re.compile(r"^(\d+):(\d{2}):(\d{2})\.(\d{3}) --> (\d+):(\d{2}):(\d{2})\.(\d{3})")
_VTT_UNESCAPES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}


def read_vtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file as to_vtt writes it (timings, then text lines up to a blank line)."""
    cues: list[Cue] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        match = _VTT_TIMING.match(lines[i].strip())
        i += 1
        if not match:
            continue
        h1, m1, s1, f1, h2, m2, s2, f2 = (int(g) for g in match.groups())
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(re.sub(r"&(?:amp|lt|gt);", lambda m: _VTT_UNESCAPES[m.group(0)], lines[i]))
            i += 1
        start = ((h1 * 60 + m1) * 60 + s1) * 1000 + f1
        end = ((h2 * 60 + m2) * 60 + s2) * 1000 + f2
        cues.append(Cue(start, end, tuple(body)))
    return cues
