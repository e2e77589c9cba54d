"""ID3v2.3 tags with mutagen: chapters for the episode, track tags for stories.

v2.3 because more players read it than v2.4; text frames are UTF-16 there.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Sequence

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TRCK,
    WXXX,
    CTOCFlags,
    Encoding,
    PictureType,
)

from .errors import AudioError
from .models import Chapter

_ENC = Encoding.UTF16
_NO_OFFSET = 0xFFFFFFFF  # CHAP byte offsets unused: times are authoritative


def _cover_frame(cover: bytes | None) -> list[APIC]:
    if not cover:
        return []
    mime = "image/png" if cover[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
    return [APIC(encoding=_ENC, mime=mime, type=PictureType.COVER_FRONT, desc="cover", data=cover)]


def _save(path: str | os.PathLike[str], frames: Sequence[object]) -> None:
    tags = ID3()
    for frame in frames:
        tags.add(frame)
    try:
        tags.save(os.fspath(path), v2_version=3, padding=lambda info: 0)
    except (MutagenError, OSError) as exc:
        raise AudioError(os.fspath(path), f"cannot write ID3 tags: {exc}") from exc


def tag_episode(
    path: str | os.PathLike[str],
    *,
    title: str,
    paper: str,
    date: dt.date,
    chapters: Sequence[Chapter],
    url: str = "",
    cover: bytes | None = None,
    language: str = "chi",
) -> None:
    """Episode tags: TIT2/TALB/TPE1/TDRC, WXXX, APIC, a CTOC and one CHAP per chapter."""
    ids = [f"chp{i}" for i in range(len(chapters))]
    frames: list[object] = [
        TIT2(encoding=_ENC, text=[title]),
        TALB(encoding=_ENC, text=[paper]),
        TPE1(encoding=_ENC, text=[paper]),
        TDRC(encoding=_ENC, text=[date.isoformat()]),
        TCON(encoding=_ENC, text=["Podcast"]),
        TLAN(encoding=_ENC, text=[language]),
        *_cover_frame(cover),
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=_ENC, text=[title])],
        ),
    ]
    if url:
        frames.append(WXXX(encoding=_ENC, desc="", url=url))
    for element_id, chapter in zip(ids, chapters):
        sub: list[object] = [TIT2(encoding=_ENC, text=[chapter.title])]
        if chapter.url:
            sub.append(WXXX(encoding=_ENC, desc="", url=chapter.url))
        frames.append(
            CHAP(
                element_id=element_id,
                start_time=chapter.start_ms,
                end_time=chapter.end_ms,
                start_offset=_NO_OFFSET,
                end_offset=_NO_OFFSET,
                sub_frames=sub,
            )
        )
    _save(path, frames)


def tag_story(
    path: str | os.PathLike[str],
    *,
    title: str,
    paper: str,
    date: dt.date,
    track: int,
    total: int,
    url: str = "",
    cover: bytes | None = None,
    language: str = "chi",
) -> None:
    """Per-story tags: TIT2 headline, TALB paper and date, TPE1, TRCK n/N, TDRC, APIC."""
    frames: list[object] = [
        TIT2(encoding=_ENC, text=[title]),
        TALB(encoding=_ENC, text=[f"{paper} {date.isoformat()}"]),
        TPE1(encoding=_ENC, text=[paper]),
        TRCK(encoding=_ENC, text=[f"{track}/{total}"]),
        TDRC(encoding=_ENC, text=[date.isoformat()]),
        TCON(encoding=_ENC, text=["Podcast"]),
        TLAN(encoding=_ENC, text=[language]),
        *_cover_frame(cover),
    ]
    if url:
        frames.append(WXXX(encoding=_ENC, desc="", url=url))
    _save(path, frames)
