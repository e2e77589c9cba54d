"""The intelligibility benchmark's scoring and model assembly (no ASR, no network)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_intelligibility import EvalSetupError, Score, align, assemble_model  # noqa: E402


def test_alignment_counts_each_edit_once():
    pairs = align(list("今天天气很好"), list("今天气很好啊"))
    gaps = [(a, b) for a, b in pairs if a is None or b is None]
    assert len(gaps) == 2  # one 天 dropped, 啊 added
    assert all(a is None or b is None or a is not None for a, b in pairs)


def test_pinyin_error_forgives_homophones_but_not_misreadings():
    score = Score()
    score.add("他在公园里散步。", "他再公元里散步")  # 再 zai, 元 yuan: the right sounds
    assert score.cer == pytest.approx(2 / 7)
    assert score.pinyin_error == 0
    wrong = Score()
    wrong.add("他在公园里散步。", "他在公安里散步")  # an: not what was meant
    assert wrong.pinyin_error == pytest.approx(1 / 7)
    assert wrong.substitutions.most_common(1)[0][0] == "园 yuan → 安 an"


def test_digits_in_the_transcript_count_as_the_words_they_read():
    score = Score()
    score.add("五月二十八日", "5月28日")
    assert score.char_errors == 0


def test_model_parts_are_joined_and_checked(tmp_path):
    parts = [tmp_path / "model.bin.part1", tmp_path / "model.bin.part2"]
    parts[0].write_bytes(b"first half ")
    parts[1].write_bytes(b"second half")
    side = tmp_path / "config.json"
    side.write_text("{}")
    sha = hashlib.sha256(b"first half second half").hexdigest()
    target = tmp_path / "cache" / "whisper-base"
    assemble_model(parts, [side], target, sha)
    assert (target / "model.bin").read_bytes() == b"first half second half"
    assert (target / "config.json").read_text() == "{}"

    bad = tmp_path / "cache" / "bad"
    with pytest.raises(EvalSetupError, match="sha256"):
        assemble_model(parts[::-1], [side], bad, sha)
    assert not bad.exists()
    assert [p.name for p in (tmp_path / "cache").iterdir()] == ["whisper-base"]  # no staging left


def test_the_same_character_is_never_a_pinyin_error():
    score = Score()
    score.add("行长", "行张")  # pypinyin: 行长 hang zhang, 行张 xing zhang; 行 was heard right
    assert score.pinyin_errors == 0


def test_an_erhua_left_out_of_the_transcript_is_no_pinyin_error():
    score = Score()
    score.add("请稍等一会儿。", "请稍等一会")  # yíhuìr is one syllable; ASR often drops the 儿
    assert score.pinyin_errors == 0 and score.erhua_dropped == 1
    misheard = Score()
    misheard.add("打个盹儿。", "打个短儿")  # 盹 heard as 短: still an error
    assert misheard.pinyin_errors == 1 and misheard.erhua_dropped == 0
    lost = Score()
    lost.add("请稍等一会儿。", "请稍等")  # 一会 missing too: those count
    assert lost.pinyin_errors == 2
