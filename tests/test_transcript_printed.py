"""The published transcript shows the printed text (digits, brackets, codes)
on the timeline of the spoken text the voice read."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from audiopaper.build import BuildOptions, build_edition
from audiopaper.engines.fake import FakeEngine

SAMPLE = Path(__file__).parent / "fixtures" / "pages" / "sample_page2.txt"
DATE = dt.date(2020, 5, 29)
CUE_TIME = re.compile(r"^(\d\d):(\d\d):(\d\d)[.,](\d\d\d) --> (\d\d):(\d\d):(\d\d)[.,](\d\d\d)$")


def _ms(h: str, m: str, s: str, ms: str) -> int:
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def _read_cues(text: str) -> list[tuple[int, int, str]]:
    """Independent reader: (start, end, text) of each cue block of a VTT or SRT file."""
    cues = []
    for block in text.strip().split("\n\n"):
        lines = block.splitlines()
        for n, line in enumerate(lines):
            if m := CUE_TIME.match(line):
                g = m.groups()
                cues.append((_ms(*g[:4]), _ms(*g[4:]), "".join(lines[n + 1 :])))
                break
    return cues


@pytest.fixture(scope="module")
def episode_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("printed")
    options = BuildOptions(inputs=(str(SAMPLE),), out_dir=out, date=DATE, engine="offline", paper="永康日报")
    build_edition(options, engines={"kokoro": FakeEngine()})
    return out / "episodes" / DATE.isoformat()


def test_vtt_shows_dates_and_counts_as_printed(episode_dir):
    vtt = (episode_dir / "transcript.vtt").read_text("utf-8")
    assert vtt.startswith("WEBVTT")
    assert "5月28日" in vtt and "650余家" in vtt
    assert "智能门（锁）" in vtt  # the gloss keeps its brackets
    assert "5G技术" in vtt
    assert "五月二十八日" not in vtt and "六百五十余家" not in vtt and "五吉" not in vtt
    assert not re.search(r"[零幺]", vtt.replace("零售", ""))  # no digits read out


def test_srt_matches_vtt_and_cues_are_well_formed(episode_dir):
    vtt = _read_cues((episode_dir / "transcript.vtt").read_text("utf-8"))
    srt = _read_cues((episode_dir / "transcript.srt").read_text("utf-8"))
    assert vtt == srt
    assert len(vtt) > 20
    for (start, end, _), (next_start, _, _) in zip(vtt, vtt[1:]):
        assert start < end <= next_start
    body = "".join(text for _, _, text in vtt)
    # the story's printed sentences come in page order, each once
    first = body.index("我市首场“亲清直通车·政企恳谈会”举行")
    assert body.index("智能门（锁）产业党建联盟成立仪式举行", first) > first
    assert body.count("产品销往全球100多个国家和地区") == 1
