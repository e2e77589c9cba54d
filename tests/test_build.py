"""The whole pipeline through build_edition, with an instant fake voice."""

from __future__ import annotations

import datetime as dt
import shutil
import json
import re
from pathlib import Path

import feedparser
import pytest
from mutagen.id3 import ID3

from audiopaper.build import BuildOptions, build_edition, choose_voices
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import SynthesisError
from audiopaper.models import Script

PAGES = Path(__file__).parent / "fixtures" / "pages"
SAMPLE = PAGES / "sample_page2.txt"
DATE = dt.date(2020, 5, 29)


def _options(out: Path, **overrides) -> BuildOptions:
    base = dict(inputs=(str(SAMPLE),), out_dir=out, date=DATE, engine="offline", paper="永康日报")
    base.update(overrides)
    return BuildOptions(**base)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


class FailingEngine(FakeEngine):
    """Gives up on the n-th text it is asked for, like a voice that crashes."""

    def __init__(self, fail_at: int):
        super().__init__()
        self.fail_at = fail_at

    def synthesize(self, text, preset):
        if len(self.calls) + 1 == self.fail_at:
            self.calls.append(text)
            raise SynthesisError("sentence 1", "model crashed")
        return super().synthesize(text, preset)


def test_sample_page_becomes_an_episode_with_a_chapter_per_story(tmp_path):
    engine = FakeEngine()
    result = build_edition(_options(tmp_path), engines={"kokoro": engine})

    assert result.stories == 6  # classifieds left out by default
    episode_dir = tmp_path / "episodes" / "2020-05-29"
    assert result.episode_dir == episode_dir
    chaps = sorted(ID3(episode_dir / "episode.mp3").getall("CHAP"), key=lambda f: f.start_time)
    chap_titles = [f.sub_frames["TIT2"].text[0] for f in chaps]
    assert chap_titles == [
        "今日导读",
        "加入少先队",
        "首场“亲清直通车·政企恳谈会”举行",
        "智能门（锁）产业党建联盟成立",
        "市领导走访慰问科技工作者",
        "金华市领导来永 调研工业经济",
        "接第1版：要紧盯重大战略布局和国家…",
        "结束语",
    ]
    assert len(list((episode_dir / "stories").glob("*.mp3"))) == 6
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert len(feed.entries) == 1
    # what the engine was asked to read: intro with headlines, no ASCII digits anywhere
    intro = engine.calls[0]
    assert intro.startswith("永康日报，二零二零年五月二十九日，星期五。今天的主要内容有：加入少先队")
    # the five headlines, and neither the page-1 continuation nor the ads
    assert intro.endswith("；金华市领导来永调研工业经济。") or intro.endswith("；金华市领导来永，调研工业经济。"), intro
    assert "接第一版" not in intro
    assert all(not re.search(r"[0-9A-Za-z]", text) for text in engine.calls)
    assert "本报首席记者张赤奎报道" in engine.calls[2]
    summary = result.summary()
    assert "6 stories" in summary and "8 segments synthesized" in summary and "feed.xml (1 edition in the feed)" in summary


def test_classifieds_are_read_last_only_when_asked(tmp_path):
    engine = FakeEngine()
    result = build_edition(_options(tmp_path, include_classifieds=True), engines={"kokoro": engine})
    assert result.stories == 7
    ads = engine.calls[-2]  # before the outro
    assert ads.startswith("分类信息")
    assert "幺三七七七五三二五二七" in ads  # a mobile number, digit by digit
    manifest = json.loads((result.episode_dir / "episode.json").read_text())
    assert [c["title"] for c in manifest["chapters"]][-2] == "分类信息"


def test_rebuild_is_served_from_the_cache_and_changes_nothing(tmp_path):
    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    before = _snapshot(out)
    engine = FakeEngine()
    result = build_edition(_options(out), engines={"kokoro": engine})
    assert engine.calls == []
    assert result.input_unchanged  # the cache recorded which edition this input made
    assert _snapshot(out) == before
    # without that record, every segment comes from the synthesis cache
    shutil.rmtree(tmp_path / "synthesis-cache" / "editions")
    result = build_edition(_options(out), engines={"kokoro": engine})
    assert engine.calls == [] and not result.input_unchanged
    assert (result.stats.hits, result.stats.misses) == (8, 0)
    assert _snapshot(out) == before


def test_a_failed_build_leaves_the_published_feed_untouched(tmp_path):
    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    before = _snapshot(out)
    with pytest.raises(SynthesisError, match="story-03"):
        build_edition(
            _options(out, date=dt.date(2020, 5, 30), cache_dir=tmp_path / "cold-cache"),
            engines={"kokoro": FailingEngine(fail_at=4)},
        )
    assert _snapshot(out) == before
    assert not (out / "episodes" / "2020-05-30").exists()


def test_a_failed_first_build_creates_no_output_directory(tmp_path):
    out = tmp_path / "feed"
    with pytest.raises(SynthesisError):
        build_edition(_options(out), engines={"kokoro": FailingEngine(fail_at=2)})
    assert not out.exists()


def test_second_date_adds_a_second_item(tmp_path):
    build_edition(_options(tmp_path), engines={"kokoro": FakeEngine()})
    build_edition(_options(tmp_path, date=dt.date(2020, 5, 30)), engines={"kokoro": FakeEngine()})
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert sorted(e.title for e in feed.entries) == ["永康日报 2020-05-29", "永康日报 2020-05-30"]


class ProbedEdge(FakeEngine):
    name = "edge"
    parallelism = 2

    def __init__(self, answers: bool):
        super().__init__()
        self.answers = answers

    def probe(self, preset):
        return self.answers


def test_auto_uses_edge_when_it_answers_and_keeps_offline_as_fallback():
    choice = choose_voices("auto", None, engines={"edge": ProbedEdge(True), "kokoro": FakeEngine()})
    assert choice.plan.anchor.name == "yunyang" and choice.plan.anchor.engine == "edge"
    assert choice.fallback is not None and choice.fallback.preset.name == "xiaobei"


def test_auto_reads_offline_when_edge_does_not_answer(caplog):
    choice = choose_voices("auto", None, engines={"edge": ProbedEdge(False), "kokoro": FakeEngine()})
    assert choice.plan.anchor.name == "xiaobei" and choice.fallback is None
    assert "not reachable" in choice.note
    assert [r.levelname for r in caplog.records if "not reachable" in r.getMessage()] == ["WARNING"]


def test_readers_from_podcast_toml_alternate():
    choice = choose_voices(
        "edge", None, anchor="yunyang", readers=("xiaoxiao", "yunxi"), engines={"edge": ProbedEdge(True)}
    )
    assert [p.name for p in choice.plan.readers] == ["xiaoxiao", "yunxi"]


@pytest.mark.parametrize("mode", ["offline", "auto"])
def test_with_no_voice_the_offline_reader_is_kokoro_xiaobei(mode):
    choice = choose_voices(mode, None, engines={"edge": ProbedEdge(False), "kokoro": FakeEngine()})
    assert choice.plan.anchor.name == "xiaobei" and choice.plan.anchor.engine == "kokoro"
    assert choice.plan.anchor.voice == "zf_xiaobei" and set(choice.engines) == {"kokoro"}


@pytest.mark.parametrize("mode", ["offline", "auto"])
def test_offline_anchor_and_readers_from_podcast_toml_alternate(mode):
    edge = ProbedEdge(True)
    choice = choose_voices(
        mode, None, anchor="yunxia", readers=("xiaobei", "yunxia"), engines={"edge": edge, "kokoro": FakeEngine()}
    )
    assert choice.plan.anchor.name == "yunxia" and [p.name for p in choice.plan.readers] == ["xiaobei", "yunxia"]
    assert set(choice.engines) == {"kokoro"} and choice.fallback is None  # no edge asked for offline voices
    intro = Script("intro", "开场", "早上好。", role="intro")
    story = Script("story-01", "新闻", "新闻内容。")
    assert [choice.plan.preset_for(s, n).name for s, n in ((intro, 0), (story, 0), (story, 1))] == [
        "yunxia", "xiaobei", "yunxia"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("mode", "voice", "message"),
    [
        ("edge", "baker", "not an edge voice"),
        ("offline", "yunyang", "is an edge voice"),
        ("auto", "nosuchvoice", "no such preset"),
    ],
)
def test_voice_and_engine_that_contradict_are_refused(mode, voice, message):
    from audiopaper.errors import VoiceError

    with pytest.raises(VoiceError, match=message):
        choose_voices(mode, voice, engines={"edge": ProbedEdge(True), "kokoro": FakeEngine()})


def test_the_edge_engine_keeps_its_chunks_in_the_build_cache(tmp_path):
    from audiopaper.cache import SynthesisCache

    cache = SynthesisCache(tmp_path / "asked-for")
    choice = choose_voices("edge", None, cache=cache)
    assert choice.engines["edge"].cache is cache


def test_title_reaches_the_tags_the_chapters_and_the_feed(tmp_path):
    from mutagen.id3 import ID3

    result = build_edition(_options(tmp_path, title="永康日报 周五版"), engines={"kokoro": FakeEngine()})
    assert ID3(result.episode_dir / "episode.mp3")["TIT2"].text[0] == "永康日报 周五版"
    assert json.loads((result.episode_dir / "chapters.json").read_text())["title"] == "永康日报 周五版"
    feed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert feed.entries[0].title == "永康日报 周五版"


def test_an_unknown_voice_is_refused_before_any_work(tmp_path, monkeypatch):
    from audiopaper import build as build_module
    from audiopaper.errors import VoiceError

    monkeypatch.setattr(build_module, "read_stories", lambda *a, **k: pytest.fail("ingested first"))
    with pytest.raises(VoiceError, match="nobody"):
        build_edition(_options(tmp_path, voice="nobody"), engines={"kokoro": FakeEngine()})
