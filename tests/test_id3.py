"""ID3 tags read back with mutagen."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3

from audiopaper import audio, id3
from audiopaper.cover import make_cover, thumbnail_jpeg
from audiopaper.errors import AudioError
from audiopaper.models import Chapter

DATE = dt.date(2020, 5, 29)
CHAPTERS = (
    Chapter(0, "导语", 0, 1500),
    Chapter(1, "全国两会胜利闭幕", 1500, 3200, url="http://localhost:8000/episodes/2020-05-29/stories/01-a.mp3"),
    Chapter(2, "结束语", 3200, 4000),
)


@pytest.fixture
def mp3(tmp_path):
    path = tmp_path / "x.mp3"
    t = np.arange(4 * 24000) / 24000
    audio.encode_mp3((np.sin(2 * np.pi * 330 * t) * 6000).astype(np.int16), 24000, path)
    return path


def test_episode_chapters_are_one_ctoc_and_a_chap_per_segment(mp3):
    cover = thumbnail_jpeg(make_cover("人民日报"))
    id3.tag_episode(
        mp3, title="人民日报 2020-05-29", paper="人民日报", date=DATE, chapters=CHAPTERS,
        url="http://localhost:8000/episodes/2020-05-29/episode.mp3", cover=cover,
    )
    tags = ID3(mp3)
    assert tags.version[:2] == (2, 3)
    assert tags["TIT2"].text == ["人民日报 2020-05-29"]
    tocs = tags.getall("CTOC")
    assert len(tocs) == 1
    toc = tocs[0]
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    assert len(chaps) == len(CHAPTERS)
    ordered = [chaps[i] for i in toc.child_element_ids]
    assert [(c.start_time, c.end_time) for c in ordered] == [(c.start_ms, c.end_ms) for c in CHAPTERS]
    assert [c.sub_frames["TIT2"].text[0] for c in ordered] == [c.title for c in CHAPTERS]
    assert ordered[1].sub_frames.getall("WXXX")[0].url == CHAPTERS[1].url
    assert not ordered[0].sub_frames.getall("WXXX")
    assert tags.getall("APIC")[0].data == cover
    assert tags.getall("WXXX")[0].url.endswith("/episode.mp3")
    # tagging keeps the audio header intact: mutagen still reads a CBR stream
    assert abs(MP3(mp3).info.length - 4.0) < 0.1


def test_story_tags(mp3):
    id3.tag_story(mp3, title="全国两会胜利闭幕", paper="人民日报", date=DATE, track=2, total=7, cover=b"\x89PNG\r\n\x1a\nxx")
    tags = ID3(mp3)
    assert tags["TIT2"].text == ["全国两会胜利闭幕"]
    assert tags["TALB"].text == ["人民日报 2020-05-29"]
    assert tags["TPE1"].text == ["人民日报"]
    assert tags["TRCK"].text == ["2/7"]
    assert str(tags["TDRC"].text[0]) == "2020-05-29"
    assert tags.getall("APIC")[0].mime == "image/png"
    assert not tags.getall("CHAP")


def test_episode_and_story_share_the_common_frames(mp3, tmp_path):
    story = tmp_path / "story.mp3"
    story.write_bytes(mp3.read_bytes())
    cover = thumbnail_jpeg(make_cover("人民日报", size=64))
    id3.tag_episode(mp3, title="人民日报 2020-05-29", paper="人民日报", date=DATE, chapters=CHAPTERS, url="http://x/e.mp3", cover=cover)
    id3.tag_story(story, title="全国两会", paper="人民日报", date=DATE, track=1, total=1, url="http://x/s.mp3", cover=cover)
    episode_tags, story_tags = ID3(mp3), ID3(story)
    for frame in ("TPE1", "TDRC", "TCON", "TLAN"):
        assert str(episode_tags[frame]) == str(story_tags[frame]), frame
    assert (str(episode_tags["TCON"]), str(episode_tags["TLAN"])) == ("Podcast", "chi")
    assert [w.url for w in story_tags.getall("WXXX")] == ["http://x/s.mp3"]
    assert story_tags.getall("APIC")[0].data == episode_tags.getall("APIC")[0].data == cover
    assert not story_tags.getall("CTOC") and "TRCK" not in episode_tags


def test_tag_errors_name_the_file(tmp_path):
    missing = tmp_path / "gone" / "x.mp3"
    with pytest.raises(AudioError, match="gone"):
        id3.tag_story(missing, title="t", paper="p", date=DATE, track=1, total=1)


def _raw_frames(path) -> list[tuple[str, bytes]]:
    """(frame id, body) in file order, parsed by hand from an unsynchronised ID3v2.3 tag."""
    data = path.read_bytes()
    assert data[:3] == b"ID3" and data[3] == 3
    size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
    pos, end, frames = 10, 10 + size, []
    while pos + 10 <= end and data[pos : pos + 4].strip(b"\0"):
        length = int.from_bytes(data[pos + 4 : pos + 8], "big")
        frames.append((data[pos : pos + 4].decode("ascii"), data[pos + 10 : pos + 10 + length]))
        pos += 10 + length
    return frames


def test_chap_frames_lie_in_time_order_after_the_ctoc(mp3):
    # mutagen orders frames by size, so the CHAPs came out shuffled; players
    # that ignore the CTOC list chapters in file order
    titles = ["导语", "一个很长很长很长很长很长很长的标题", "短", "中等长度的标题", "结束语"]
    chapters = tuple(Chapter(i, t, i * 800, (i + 1) * 800) for i, t in enumerate(titles))
    id3.tag_episode(mp3, title="报 2020-05-29", paper="报", date=DATE, chapters=chapters)
    frames = _raw_frames(mp3)
    ids = [frame_id for frame_id, _ in frames]
    assert ids.count("CTOC") == 1 and ids.count("CHAP") == len(titles)
    assert ids.index("CTOC") < ids.index("CHAP")
    chap_ids = [body.split(b"\0", 1)[0].decode("ascii") for frame_id, body in frames if frame_id == "CHAP"]
    assert chap_ids == [f"chp{i}" for i in range(len(titles))]
    tags = ID3(mp3)  # and mutagen still reads it all
    assert [tags[f"CHAP:chp{i}"].sub_frames["TIT2"].text[0] for i in range(len(titles))] == titles
    assert MP3(mp3).info.length == pytest.approx(4.0, abs=0.001)


def test_relink_points_the_links_at_a_new_site_and_keeps_everything_else(mp3):
    cover = thumbnail_jpeg(make_cover("人民日报"))
    titles = ["导语", "一个很长很长很长很长很长很长的标题", "短", "结束语"]
    old = "http://localhost:8000/episodes/2020-05-29/"
    chapters = tuple(
        Chapter(i, t, i * 900, (i + 1) * 900, url=f"{old}stories/0{i}.mp3" if 0 < i < 3 else "")
        for i, t in enumerate(titles)
    )
    id3.tag_episode(mp3, title="报 2020-05-29", paper="报", date=DATE, chapters=chapters, url=old + "episode.mp3", cover=cover)
    original = mp3.read_bytes()
    before = ID3(mp3)
    links = id3.read_links(mp3)
    assert links == id3.Links(old + "episode.mp3", {"chp0": "", "chp1": old + "stories/01.mp3", "chp2": old + "stories/02.mp3", "chp3": ""})

    # the same links again: the very same bytes
    id3.relink(mp3, url=old + "episode.mp3", chapter_urls={f"chp{i}": c.url for i, c in enumerate(chapters)})
    assert mp3.read_bytes() == original

    new = "https://news.example.org/podcast/episodes/2020-05-29/"
    id3.relink(mp3, url=new + "episode.mp3", chapter_urls={f"chp{i}": c.url.replace(old, new) for i, c in enumerate(chapters)})
    after = ID3(mp3)
    assert after.version[:2] == (2, 3)
    assert [f.url for f in after.getall("WXXX")] == [new + "episode.mp3"]
    for i, chapter in enumerate(chapters):
        urls = [f.url for f in after[f"CHAP:chp{i}"].sub_frames.getall("WXXX")]
        assert urls == ([chapter.url.replace(old, new)] if chapter.url else [])
        assert after[f"CHAP:chp{i}"].sub_frames["TIT2"].text == [chapter.title]
        assert (after[f"CHAP:chp{i}"].start_time, after[f"CHAP:chp{i}"].end_time) == (chapter.start_ms, chapter.end_ms)
    for key in ("TIT2", "TALB", "TPE1", "TDRC", "TCON", "TLAN"):
        assert str(after[key]) == str(before[key]), key
    assert after.getall("APIC")[0].data == cover
    chap_ids = [body.split(b"\0", 1)[0].decode("ascii") for frame_id, body in _raw_frames(mp3) if frame_id == "CHAP"]
    assert chap_ids == [f"chp{i}" for i in range(len(titles))]  # still in file order
    assert MP3(mp3).info.length == pytest.approx(4.0, abs=0.001)
    decoded, _ = audio.decode(mp3)
    assert len(decoded) == 4 * 24000


def test_read_links_of_an_untagged_file_is_none(mp3):
    assert id3.read_links(mp3) is None


def test_dates_are_v23_frames_tyer_and_tdat_not_tdrc(mp3, tmp_path):
    # TDRC exists only in ID3v2.4: strict v2.3 readers (eyeD3 among them) lost the date
    story = tmp_path / "story.mp3"
    story.write_bytes(mp3.read_bytes())
    id3.tag_episode(mp3, title="人民日报 2020-05-29", paper="人民日报", date=DATE, chapters=CHAPTERS, url="http://x/e.mp3")
    id3.tag_story(story, title="全国两会", paper="人民日报", date=DATE, track=1, total=1, url="http://x/s.mp3")
    id3.relink(mp3, url="http://y/e.mp3")  # a rewrite keeps them v2.3 too
    for path in (mp3, story):
        frames = dict(_raw_frames(path))
        assert "TDRC" not in frames
        assert frames["TYER"][1:].decode("utf-16").rstrip("\0") == "2020"
        assert frames["TDAT"][1:].decode("utf-16").rstrip("\0") == "2905"  # DDMM
        raw = ID3(path, translate=False)
        assert raw.version[:2] == (2, 3) and "TDRC" not in raw


def test_eyed3_reads_the_date(mp3):
    eyed3 = pytest.importorskip("eyed3")
    id3.tag_episode(mp3, title="人民日报 2020-05-29", paper="人民日报", date=DATE, chapters=CHAPTERS, url="http://x/e.mp3")
    eyed3.log.setLevel("ERROR")
    tag = eyed3.load(str(mp3)).tag
    assert tag.version == (2, 3, 0)
    assert str(tag.getBestDate()) == "2020-05-29"


def test_an_edition_of_more_than_255_chapters_nests_its_tables_of_contents(mp3):
    # a CTOC counts its entries in one byte: 400 stories once failed to tag at all
    chapters = tuple(Chapter(n, f"第{n}条", n * 10, n * 10 + 10) for n in range(402))
    id3.tag_episode(mp3, title="长版", paper="人民日报", date=DATE, chapters=chapters, url="http://localhost:8000/x.mp3")
    tags = ID3(mp3)
    tocs = {t.element_id: t for t in tags.getall("CTOC")}
    top = [t for t in tocs.values() if t.flags & CTOCFlags.TOP_LEVEL]
    assert len(top) == 1 and all(len(t.child_element_ids) <= 255 for t in tocs.values())
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    listed = [chaps[e] for sub in top[0].child_element_ids for e in tocs[sub].child_element_ids]
    assert [c.sub_frames["TIT2"].text[0] for c in listed] == [c.title for c in chapters]
