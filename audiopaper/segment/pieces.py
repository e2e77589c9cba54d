"""The pieces the OCR pass reads a page into (bodies, headline runs, bylines, classified blocks,
brief columns, in OCR order), and the small walks over a list of them that the passes share."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import patterns as p
from .page_line import Line


@dataclass
class Body:
    pos: int
    start: str  # "lead" | "jump" | "caption" | "plain"
    paragraphs: list[list[str]] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    credit: str = ""
    jump_from: int | None = None
    jump_to: int | None = None
    captions: list[list[str]] = field(default_factory=list)  # photo captions read inside the prose, as lines
    # A photo's: the story whose prose was open when its caption was read, and how many paragraphs it had then.
    inside: Body | None = field(default=None, compare=False, repr=False)
    paragraphs_above: int = 0

    def text(self) -> str:
        return "\n".join(p.join_lines(lines) for lines in self.paragraphs if lines)


@dataclass
class HeadlineRun:
    pos: int
    lines: list[Line]


@dataclass
class BylineLine:
    pos: int
    text: str
    kind: str = "byline"  # "closing": the story above's (新华社北京电, （作者单位：X）); "name": a bare name


@dataclass
class ClassifiedBlock:
    pos: int
    lines: list[str]


@dataclass
class BriefColumn:
    """简讯/短讯: the short stories that follow are briefs, titled or not."""

    pos: int
    text: str


Piece = Body | HeadlineRun | BylineLine | ClassifiedBlock | BriefColumn


def renumbered(result: list[Piece], pieces: list[Piece]) -> list[Piece]:
    """The pieces a pass over *pieces* gave, numbered in their order; *pieces* where it changed none."""
    if len(result) == len(pieces):
        return pieces
    for n, piece in enumerate(result):
        piece.pos = n
    return result


def over_bylines(pieces: list[Piece], n: int) -> int:
    """The index of the piece over pieces[n] and the byline lines right over it (-1: none)."""
    m = n - 1
    while m >= 0 and isinstance(pieces[m], BylineLine):
        m -= 1
    return m


def body_beside(pieces: list[Piece], n: int, step: int) -> int | None:
    """The index of the body nearest pieces[n] on one side (*step* 1: under it, -1: over it), with
    no headline run between them (bylines and other pieces between are passed over); None where a
    run or the page's edge comes first."""
    m = n + step
    while 0 <= m < len(pieces):
        if isinstance(pieces[m], Body):
            return m
        if isinstance(pieces[m], HeadlineRun):
            return None
        m += step
    return None
