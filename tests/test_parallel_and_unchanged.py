"""Synthesis on every core gives the same bytes as one process, and a rebuild
from the same content republishes nothing."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import numpy as np
import pytest

from audiopaper.build import BuildOptions, build_edition
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import SynthesisError, VoiceError, VoiceInstallError
from audiopaper.models import Script
from audiopaper.synth import VoicePlan, synthesize_scripts
from audiopaper.voices import get_preset

from baker_support import baker_engine, baker_preset, baker_voice_dir, test_home  # noqa: F401  (session fixtures)

FIXTURES = Path(__file__).parent / "fixtures"
SHORT_PAGE = FIXTURES / "cli" / "short_page.txt"
SAMPLE = FIXTURES / "pages" / "sample_page2.txt"
DATE = dt.date(2020, 6, 2)


def _options(out: Path, **overrides) -> BuildOptions:
    base = dict(inputs=(str(SAMPLE),), out_dir=out, date=DATE, engine="offline", paper="永康日报")
    return BuildOptions(**(base | overrides))


def _stamps(root: Path) -> dict[str, tuple[int, int]]:
    """Every file's (inode, mtime): a rewrite, even with the same bytes, changes one of them."""
    return {str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def _episode_files(out: Path) -> dict[str, bytes]:
    folder = out / "episodes" / DATE.isoformat()  # the first version of the edition
    # episode.json and the feed carry the channel's own guid; the audio and texts must match
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "episode.json"
    }


# -- errors cross process boundaries ------------------------------------------


@pytest.mark.parametrize("error", [SynthesisError("story-02 «老街»", "model crashed"), VoiceError("baker", "not installed")])
def test_our_errors_survive_pickling_with_their_fields(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.where, copy.reason, str(copy)) == (error.where, error.reason, str(error))


# -- scheduling ------------------------------------------------------------------


class RecordingEngine(FakeEngine):
    parallelism = 2


def test_the_longest_segments_are_started_first():
    texts = ["短。", "这是一段相当长的文字，比别的都长得多，一共有好几句话。还有一句。", "中等长度的一句话。", "很短。", "第二长的文字，也有好几个分句，读起来要一会儿。"]
    scripts = [Script(f"story-{i:02d}", f"t{i}", text) for i, text in enumerate(texts)]
    engine = RecordingEngine()
    plan = VoicePlan(get_preset("baker"), ())
    clips, _ = synthesize_scripts(scripts, plan, {"baker": engine}, cache=None)
    assert [c.script.text for c in clips] == texts  # results stay in script order
    assert set(engine.calls[:2]) == {texts[1], texts[4]}


class VoiceToInstall(FakeEngine):
    """A local engine whose voice is missing: the pool must install it once, itself."""

    name = "baker"
    runs_in_workers = True

    def __init__(self, fails: bool):
        super().__init__()
        self.fails = fails
        self.installs = 0

    def install_if_missing(self) -> None:
        self.installs += 1
        if self.fails:
            raise VoiceInstallError("baker", "no network")


def test_a_pool_installs_a_missing_voice_once_before_its_workers_start(monkeypatch):
    from audiopaper.engines.pool import ProcessPoolEngine

    local = VoiceToInstall(fails=False)
    pool = ProcessPoolEngine(local, 2)
    started = []
    monkeypatch.setattr(pool, "_executor", lambda: started.append(local.installs) or _NoPool())
    pool.start()
    assert local.installs == 1 and started == [1]  # installed here, then the workers


def test_a_pool_whose_voice_cannot_be_installed_starts_no_worker(monkeypatch):
    from audiopaper.engines.pool import ProcessPoolEngine

    local = VoiceToInstall(fails=True)
    pool = ProcessPoolEngine(local, 2)
    monkeypatch.setattr(pool, "_executor", lambda: pytest.fail("a worker was started"))
    pool.start()  # the first script reports the failure, where a fallback voice may take over
    assert local.installs == 1


class _NoPool:
    def submit(self, *args):
        return None


# -- the same bytes, serial or parallel ---------------------------------------------


@pytest.fixture
def pooled_voice_home(monkeypatch, baker_voice_dir):
    # worker processes find the model the way users' do: through AUDIOPAPER_HOME
    monkeypatch.setenv("AUDIOPAPER_HOME", str(test_home()))
    return baker_voice_dir


@pytest.mark.voice
def test_parallel_synthesis_gives_the_same_bytes_as_serial(pooled_voice_home, baker_engine, baker_preset):
    from audiopaper.engines import make_engine
    from audiopaper.engines.pool import ProcessPoolEngine

    texts = ["老街改造工程完工，街面焕然一新。", "城南夜市重新开张。", "二百多个摊位迎来市民，", "今天天气晴。"]
    scripts = [Script(f"story-{i:02d}", "", t) for i, t in enumerate(texts)]
    plan = VoicePlan(baker_preset, ())
    serial, _ = synthesize_scripts(scripts, plan, {"baker": baker_engine}, cache=None)
    pool = ProcessPoolEngine(make_engine("baker"), 2)
    try:
        parallel, _ = synthesize_scripts(scripts, plan, {"baker": pool}, cache=None)
    finally:
        pool.close()
    for one, other in zip(serial, parallel):
        assert one.speech.pcm.tobytes() == other.speech.pcm.tobytes(), one.script.text
        assert one.speech.sentences == other.speech.sentences


@pytest.mark.voice
def test_a_long_script_rendered_in_parts_on_two_workers_gives_the_bytes_of_one(pooled_voice_home, baker_engine, baker_preset):
    from audiopaper.engines import make_engine
    from audiopaper.engines.pool import ProcessPoolEngine, _parts

    text = "".join(["老街改造工程完工，街面焕然一新。", "城南夜市重新开张，二百多个摊位迎来市民。", "今天天气晴，最高气温二十八度。"] * 7)
    assert len(_parts(baker_engine.prepare(text, baker_preset))) >= 2
    serial = baker_engine.synthesize(text, baker_preset)
    pool = ProcessPoolEngine(make_engine("baker"), 2)
    try:
        parallel = pool.synthesize(text, baker_preset)
    finally:
        pool.close()
    assert serial.pcm.tobytes() == parallel.pcm.tobytes()
    assert (serial.sentences, serial.words) == (parallel.sentences, parallel.words)


def _front_end_modules_loaded() -> list[str]:
    import sys

    return sorted(name for name in ("jieba", "pypinyin_dict.phrase_pinyin_data.cc_cedict") if name in sys.modules)


@pytest.mark.voice
def test_workers_hold_the_model_and_not_the_front_end_dictionaries(pooled_voice_home, baker_preset):
    from audiopaper.engines import make_engine
    from audiopaper.engines.pool import ProcessPoolEngine

    pool = ProcessPoolEngine(make_engine("baker"), 2)
    try:
        speech = pool.synthesize("老街改造工程完工，街面焕然一新。", baker_preset)
        in_worker = pool._executor().submit(_front_end_modules_loaded).result()
    finally:
        pool.close()
    assert len(speech.pcm) > 0 and speech.words
    assert in_worker == []  # the words were cut and spelled in this process


@pytest.mark.voice
def test_a_build_with_two_jobs_publishes_what_one_job_does(pooled_voice_home, tmp_path):
    page = dict(inputs=(str(SHORT_PAGE),), voice="baker")
    build_edition(_options(tmp_path / "one", jobs=1, cache_dir=tmp_path / "cache-one", **page))
    result = build_edition(_options(tmp_path / "two", jobs=2, cache_dir=tmp_path / "cache-two", **page))
    assert result.stats.misses == 4 and not result.unchanged  # intro, two stories, outro: all spoken
    assert _episode_files(tmp_path / "one") == _episode_files(tmp_path / "two")


@pytest.mark.voice
def test_a_build_from_the_cache_writes_what_the_cold_build_wrote(pooled_voice_home, tmp_path):
    page = dict(inputs=(str(SHORT_PAGE),), cache_dir=tmp_path / "cache", voice="baker")
    build_edition(_options(tmp_path / "cold", **page))
    warm = build_edition(_options(tmp_path / "warm", **page))
    assert warm.stats.misses == 0
    assert _episode_files(tmp_path / "cold") == _episode_files(tmp_path / "warm")


# -- unchanged rebuilds --------------------------------------------------------------


def test_a_rebuild_from_the_same_content_rewrites_no_file(tmp_path):
    out = tmp_path / "feed"
    first = build_edition(_options(out), engines={"kokoro": FakeEngine()})
    before = _stamps(out)
    again = build_edition(_options(out), engines={"kokoro": FakeEngine()})
    assert again.unchanged and not first.unchanged
    assert _stamps(out) == before
    assert "nothing republished" in again.summary()
    assert (again.stories, again.duration_ms, again.editions) == (first.stories, first.duration_ms, 1)


@pytest.mark.parametrize(
    "change",
    [
        {"title": "永康日报 特别版"},
        {"inputs": (str(SHORT_PAGE),)},
        {"paper": "金华日报"},
    ],
    ids=["title", "stories", "paper"],
)
def test_a_change_of_content_rebuilds_the_edition(tmp_path, change):
    out = tmp_path / "feed"
    first = build_edition(_options(out), engines={"kokoro": FakeEngine()})
    before = (first.episode_dir / "episode.mp3").read_bytes()
    result = build_edition(_options(out, **change), engines={"kokoro": FakeEngine()})
    assert not result.unchanged
    assert (result.episode_dir / "episode.mp3").read_bytes() != before


def test_a_different_voice_rebuilds_the_edition(tmp_path):
    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    result = build_edition(_options(out), engines={"kokoro": FakeEngine(ms_per_char=70)})
    assert not result.unchanged


def test_an_unchanged_rebuild_still_follows_a_new_base_url(tmp_path):
    import feedparser

    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    settings = out / "podcast.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("http://localhost:8000/", "https://news.example.org/pod/"),
        encoding="utf-8",
    )
    result = build_edition(_options(out), engines={"kokoro": FakeEngine()})
    assert result.unchanged
    parsed = feedparser.parse(str(out / "feed.xml"))
    assert parsed.entries[0].enclosures[0].href.startswith("https://news.example.org/pod/episodes/")


@pytest.mark.voice
def test_the_vocoder_run_in_windows_gives_the_bits_of_one_whole_run(baker_engine):
    from audiopaper.engines.baker.engine import VOCODER_WINDOW

    sentence = "金华市副市长张新宇带队，到永康调研智能门锁产业发展情况，今年一季度全市实现产值十二亿元。"
    baker_engine._load()
    ids = [baker_engine._symbol_ids[s] for s in baker_engine.utterance(sentence * 2).symbols]
    mel, _ = baker_engine._mel(ids, 1.0)
    mel = np.concatenate([mel, mel], axis=1)  # longer than the acoustic model speaks at once
    assert mel.shape[1] > 2 * VOCODER_WINDOW  # at least three windows
    assert np.array_equal(baker_engine._vocode(mel), baker_engine._vocode_run(mel))


# -- a rebuild of the same input skips the front end --------------------------------


def _fail_if_segmented(monkeypatch):
    import audiopaper.build

    def segment(*args, **kwargs):
        raise AssertionError("the unchanged input was segmented again")

    monkeypatch.setattr(audiopaper.build, "segment_stories", segment)


def test_a_rebuild_of_the_same_input_is_not_segmented_or_spoken_again(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    first = build_edition(_options(out), engines={"kokoro": FakeEngine()})
    before = _stamps(out)
    _fail_if_segmented(monkeypatch)
    engine = FakeEngine()
    again = build_edition(_options(out), engines={"kokoro": engine})
    assert again.unchanged and again.input_unchanged and engine.calls == []
    assert _stamps(out) == before
    assert "the same input as the last build" in again.summary()
    assert (again.stories, again.duration_ms, again.engine) == (first.stories, first.duration_ms, first.engine)


def test_an_edited_input_is_segmented_again(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    edited = tmp_path / SAMPLE.name
    text = SAMPLE.read_text(encoding="utf-8")
    position = next(i for i, ch in enumerate(text) if ch == "，")  # a comma of the first story with one
    edited.write_text(text[:position] + "。" + text[position + 1 :], encoding="utf-8")
    result = build_edition(_options(out, inputs=(str(edited),)), engines={"kokoro": FakeEngine()})
    assert not result.unchanged and result.stats.misses >= 1


def test_new_code_takes_the_full_path_and_still_finds_the_edition_unchanged(tmp_path, monkeypatch):
    import audiopaper.build

    out = tmp_path / "feed"
    build_edition(_options(out), engines={"kokoro": FakeEngine()})
    monkeypatch.setattr(audiopaper.build, "code_fingerprint", lambda: "a newer version of the code")
    engine = FakeEngine()
    result = build_edition(_options(out), engines={"kokoro": engine})
    assert result.unchanged and not result.input_unchanged
    assert result.stats.hits > 0  # segmented and normalized again; the audio came from the cache


def test_the_code_digest_covers_data_files_such_as_the_line_model(tmp_path):
    from audiopaper.build import files_digest

    package = tmp_path / "pkg"
    (package / "segment").mkdir(parents=True)
    (package / "segment" / "line_model.json").write_text('{"trees": []}', encoding="utf-8")
    (package / "build.py").write_text("x = 1\n", encoding="utf-8")
    before = files_digest(package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "build.cpython-311.pyc").write_bytes(b"byte code")
    assert files_digest(package) == before  # byte-code caches come and go
    (package / "segment" / "line_model.json").write_text('{"trees": [1]}', encoding="utf-8")
    assert files_digest(package) != before


def test_a_damaged_record_of_the_input_takes_the_full_path(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    cache = tmp_path / "cache"
    build_edition(_options(out, cache_dir=cache), engines={"kokoro": FakeEngine()})
    records = list((cache / "editions").glob("*.key"))
    assert len(records) == 1
    records[0].write_text("not a key", encoding="ascii")
    result = build_edition(_options(out, cache_dir=cache), engines={"kokoro": FakeEngine()})
    assert result.unchanged and not result.input_unchanged
