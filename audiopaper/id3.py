"""ID3v2.3 tags with mutagen: chapters for the episode, track tags for stories.

v2.3 because more players read it than v2.4; text frames are UTF-16 there.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Mapping, Sequence

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    ID3NoHeaderError,
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


def _common_frames(
    *, title: str, album: str, artist: str, date: dt.date, language: str, url: str, cover: bytes | None
) -> list[object]:
    """The frames every file we publish carries: title, album, artist, date, genre, language, link, cover."""
    frames: list[object] = [
        TIT2(encoding=_ENC, text=[title]),
        TALB(encoding=_ENC, text=[album]),
        TPE1(encoding=_ENC, text=[artist]),
        TDRC(encoding=_ENC, text=[date.isoformat()]),
        TCON(encoding=_ENC, text=["Podcast"]),
        TLAN(encoding=_ENC, text=[language]),
        *_cover_frame(cover),
    ]
    if url:
        frames.append(WXXX(encoding=_ENC, desc="", url=url))
    return frames


def _save(path: str | os.PathLike[str], frames: Sequence[object]) -> None:
    tags = ID3()
    for frame in frames:
        tags.add(frame)
    tags.update_to_v23()  # TDRC is v2.4 only: the date goes into TYER and TDAT
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
    """Episode tags: TIT2/TALB/TPE1, the date (TYER/TDAT), WXXX, APIC, a CTOC and one CHAP per chapter."""
    ids = [f"chp{i}" for i in range(len(chapters))]
    frames = _common_frames(
        title=title, album=paper, artist=paper, date=date, language=language, url=url, cover=cover
    )
    frames += _tables_of_contents(title, ids)
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
    _chapters_in_file_order(path, ids)


#: a CTOC counts its children in one byte
MAX_TOC_ENTRIES = 255


def _tables_of_contents(title: str, ids: Sequence[str]) -> list[CTOC]:
    """The top-level CTOC over *ids*; past 255 chapters it lists ordered sub-CTOCs of up to 255 each."""
    top = CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
    heading = [TIT2(encoding=_ENC, text=[title])]
    if len(ids) <= MAX_TOC_ENTRIES:
        return [CTOC(element_id="toc", flags=top, child_element_ids=list(ids), sub_frames=heading)]
    groups = [list(ids[i : i + MAX_TOC_ENTRIES]) for i in range(0, len(ids), MAX_TOC_ENTRIES)]
    names = [f"toc{n}" for n in range(len(groups))]
    return [CTOC(element_id="toc", flags=top, child_element_ids=names, sub_frames=heading)] + [
        CTOC(element_id=name, flags=CTOCFlags.ORDERED, child_element_ids=group, sub_frames=[])
        for name, group in zip(names, groups)
    ]


def _chapters_in_file_order(path: str | os.PathLike[str], element_ids: Sequence[str]) -> None:
    """Move the CTOC, then the CHAPs in *element_ids* order, just before the pictures.

    mutagen orders frames by size, which shuffles the CHAPs; players that
    ignore the CTOC list chapters in file order. The tag keeps its length,
    so it is rewritten in place.
    """
    try:
        with open(path, "r+b") as fh:
            header = fh.read(10)
            if header[:3] != b"ID3" or header[3] != 3 or header[5] & 0xC0:  # unsynchronised or extended
                return
            size = header[6] << 21 | header[7] << 14 | header[8] << 7 | header[9]
            body = fh.read(size)
            frames, pos = [], 0
            while pos + 10 <= len(body) and body[pos : pos + 4].strip(b"\0"):
                end = pos + 10 + int.from_bytes(body[pos + 4 : pos + 8], "big")
                frames.append(body[pos:end])
                pos = end
            chaps = {f[10:].split(b"\0", 1)[0]: f for f in frames if f[:4] == b"CHAP"}
            ordered = (
                [f for f in frames if f[:4] not in (b"CHAP", b"CTOC", b"APIC")]
                + [f for f in frames if f[:4] == b"CTOC"]
                + [chaps[e.encode("ascii")] for e in element_ids]
                + [f for f in frames if f[:4] == b"APIC"]
            )
            rewritten = b"".join(ordered)
            if len(rewritten) != pos:
                raise AudioError(os.fspath(path), "unexpected frames while ordering the chapters")
            fh.seek(10)
            fh.write(rewritten)
    except OSError as exc:
        raise AudioError(os.fspath(path), f"cannot write ID3 tags: {exc}") from exc


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
    """Per-story tags: TIT2 headline, TALB paper and date, TPE1, TRCK n/N, the date (TYER/TDAT), APIC."""
    frames = _common_frames(
        title=title, album=f"{paper} {date.isoformat()}", artist=paper, date=date, language=language, url=url, cover=cover
    )
    frames.append(TRCK(encoding=_ENC, text=[f"{track}/{total}"]))
    _save(path, frames)


@dataclass(frozen=True)
class Links:
    """The links a published file carries: its own (WXXX) and, in an episode, each chapter's."""

    url: str | None  # None: no WXXX frame
    chapters: Mapping[str, str]  # CHAP element id -> its WXXX url ("" when it has none)


def _own_url(frames: object) -> str | None:
    found = [f.url for f in frames.getall("WXXX") if f.desc == ""]  # type: ignore[attr-defined]
    return found[0] if found else None


def read_links(path: str | os.PathLike[str]) -> Links | None:
    """The links in *path*'s ID3 tag; None when it has no tag."""
    try:
        tags = ID3(os.fspath(path))
    except ID3NoHeaderError:
        return None
    except (MutagenError, OSError) as exc:
        raise AudioError(os.fspath(path), f"cannot read ID3 tags: {exc}") from exc
    chapters = {c.element_id: _own_url(c.sub_frames) or "" for c in tags.getall("CHAP")}
    return Links(_own_url(tags), chapters)


def relink(path: str | os.PathLike[str], *, url: str, chapter_urls: Mapping[str, str] | None = None) -> None:
    """Point *path*'s WXXX link at *url*, and each CHAP named in *chapter_urls* at its
    url (none when ""), in place; every other frame is kept as it is.

    For a copy about to replace a published file (after base_url changed).
    """
    where = os.fspath(path)
    try:
        tags = ID3(where, translate=False)  # the v2.3 frames as they are (no TYER/TDAT -> TDRC)
    except (MutagenError, OSError) as exc:
        raise AudioError(where, f"cannot read ID3 tags: {exc}") from exc
    tags.delall("WXXX:")
    tags.add(WXXX(encoding=_ENC, desc="", url=url))
    for chap in tags.getall("CHAP"):
        if chapter_urls is None or chap.element_id not in chapter_urls:
            continue
        chap.sub_frames.delall("WXXX:")
        if chapter_urls[chap.element_id]:
            chap.sub_frames.add(WXXX(encoding=_ENC, desc="", url=chapter_urls[chap.element_id]))
    toc = tags.getall("CTOC")
    tags.update_to_v23()  # a file published with TDRC (v2.4 only) gets TYER/TDAT
    try:
        tags.save(where, v2_version=3, padding=lambda info: 0)
    except (MutagenError, OSError) as exc:
        raise AudioError(where, f"cannot write ID3 tags: {exc}") from exc
    if toc:
        _chapters_in_file_order(where, toc[0].child_element_ids)
