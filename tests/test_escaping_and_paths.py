"""Output escaped for where it goes, control characters dropped, names on one line,
paths kept inside the site, dates in range. Read back with feedparser,
podcastparser, ElementTree and html.parser, as a podcast app would."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import podcastparser
import pytest

from audiopaper.assemble import assemble_episode
from audiopaper.build import BuildOptions, build_edition
from audiopaper.channel import load_channel
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import FeedError, InputError
from audiopaper.ingest import decode_text
from audiopaper.models import Clip, Script
from audiopaper.publish import publish_episode
from audiopaper.transcripts import Cue, to_srt, to_vtt

from test_assemble import PRESET

HOSTILE = "A&B公司<script>alert(1)</script>成立"
DATE = dt.date(2020, 5, 29)
PAGE = Path(__file__).parent / "fixtures" / "cli" / "short_page.txt"


def clips_with_headline(headline: str) -> list[Clip]:
    engine = FakeEngine()

    def clip(segment: str, title: str, text: str, role: str) -> Clip:
        return Clip(Script(segment, title, text, None, role), engine.synthesize(text, PRESET), "fake", "fake", "")

    return [
        clip("intro", "导语", "今天的主要内容。", "intro"),
        clip("story-01", headline, "记者从有关部门获悉，这项工作进展顺利。", "story"),
        clip("outro", "结束语", "感谢收听。", "outro"),
    ]


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text += data


def as_html(fragment: str) -> _Elements:
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    return parser


def test_a_hostile_headline_is_text_in_every_reader(tmp_path):
    out = tmp_path / "site"
    assembled = assemble_episode(clips_with_headline(HOSTILE), date=DATE, paper="人民日报", base_url="http://localhost:8000/")
    publish_episode(assembled, out)
    xml = (out / "feed.xml").read_bytes()

    # what a reader that renders <description> as HTML sees: text, no element
    description = ET.fromstring(xml).find("channel/item/description").text
    rendered = as_html(description)
    assert "script" not in rendered.tags
    assert HOSTILE in rendered.text
    # content:encoded too
    encoded = ET.fromstring(xml).find("channel/item/{http://purl.org/rss/1.0/modules/content/}encoded").text
    assert "script" not in as_html(encoded).tags and HOSTILE in as_html(encoded).text

    entry = feedparser.parse(xml).entries[0]
    assert "&lt;script&gt;" in entry.summary and "<script" not in entry.summary
    episode = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO(xml))["episodes"][0]
    assert "<script" not in episode["description"]


def test_control_characters_are_dropped_at_ingest():
    text, _ = decode_text("第一版\x07新闻\x1b[31m标题\x0c正文\u2028第二行\n".encode(), "page.txt")
    assert text == "第一版新闻[31m标题\n正文\n第二行\n"


def test_subtitles_never_carry_control_characters():
    cues = [Cue(0, 1000, ("一句\x07话\x00", "第二\x1f行 --> 完")), Cue(1000, 2000, ("换\n行",))]
    for text in (to_vtt(cues), to_srt(cues)):
        assert not [c for c in text if ord(c) < 32 and c != "\n"], repr(text)
        assert "一句话" in text and "换 行" in text and text.count("-->") == 2


def never_speaks():
    class NeverSpeaks(FakeEngine):
        def synthesize(self, text, preset):
            raise AssertionError("speech was made before the options were checked")

    return {"kokoro": NeverSpeaks()}


def options(out: Path, **overrides) -> BuildOptions:
    base = dict(inputs=(str(PAGE),), out_dir=out, date=DATE, engine="offline", paper="永康日报")
    return BuildOptions(**(base | overrides))


@pytest.mark.parametrize("name", ["paper", "title"])
def test_a_name_on_two_lines_is_refused_before_any_work(tmp_path, name):
    with pytest.raises(InputError, match=rf"--{name}: must be one line"):
        build_edition(options(tmp_path / "site", **{name: "人民\n日报"}), engines=never_speaks())
    assert not (tmp_path / "site").exists()


def test_control_characters_in_names_are_dropped(tmp_path):
    out = tmp_path / "site"
    build_edition(options(out, paper="永康\x07日报", title="标题\x1b"), engines={"kokoro": FakeEngine()})
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.entries[0].title == "标题"


@pytest.mark.parametrize(
    "line, message",
    [
        ('title = "晨报\\n有声版"', "title must be one line"),
        ('author = "a\\u2028b"', "author must be one line"),
        ('artwork = "../../x.png"', "artwork must be a file inside the site"),
        ('artwork = "/tmp/x.png"', "artwork must be a file inside the site"),
        ('artwork = "C:\\\\x.png"', "artwork must be a file inside the site"),
        ('link = "javascript:alert(1)"', r"link must be an absolute http\(s\) URL"),
    ],
)
def test_bad_settings_are_refused_before_any_work(tmp_path, line, message):
    out = tmp_path / "site"
    out.mkdir()
    (out / "podcast.toml").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(FeedError, match=message):
        build_edition(options(out), engines=never_speaks())
    assert sorted(p.name for p in out.iterdir()) == ["podcast.toml"]
    assert not (tmp_path / "x.png").exists()


def test_control_characters_in_settings_are_dropped(tmp_path):
    (tmp_path / "podcast.toml").write_text('title = "晨报\\u0007有声版"\ndescription = "一行\\n两行\\u0000"\n', encoding="utf-8")
    channel = load_channel(tmp_path)
    assert channel.title == "晨报有声版" and channel.description == "一行\n两行"


def test_artwork_through_a_symbolic_link_out_of_the_site_is_refused(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "art").symlink_to(tmp_path / "elsewhere")
    (out / "podcast.toml").write_text('artwork = "art/cover.png"\n', encoding="utf-8")
    with pytest.raises(FeedError, match="inside the site"):
        build_edition(options(out), engines=never_speaks())
    assert not list((tmp_path / "elsewhere").iterdir())


def test_artwork_at_a_url_is_advertised_as_is_and_nothing_is_written(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "podcast.toml").write_text('artwork = "https://cdn.example.org/cover.png"\n', encoding="utf-8")
    build_edition(options(out), engines={"kokoro": FakeEngine()})
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.feed.image["href"] == "https://cdn.example.org/cover.png"
    assert not list(out.glob("*.png"))


@pytest.mark.parametrize("date", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(9999, 12, 31)])
def test_dates_out_of_range_are_refused_before_any_work(tmp_path, date):
    with pytest.raises(InputError, match="--date: .* out of range"):
        build_edition(options(tmp_path / "site", date=date), engines=never_speaks())
