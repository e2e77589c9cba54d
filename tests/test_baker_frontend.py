"""The baker front end: text → the voice's symbols (no model needed, except where marked)."""

from __future__ import annotations

import json
import string

import pytest

from audiopaper.engines.baker.frontend import LETTERS, Frontend, split_pinyin
from baker_support import baker_voice_dir  # noqa: F401  (session fixture)

frontend = Frontend()


def syllables(text: str) -> list[str]:
    """'initial final' pairs (erhua as 'initial final+er5'), in order."""
    symbols = frontend.utterance(text).symbols
    out = []
    for i, s in enumerate(symbols):
        if i + 1 < len(symbols) and (s == "^" or s.isalpha() and s not in ("sil", "eos")):
            pair = f"{s} {symbols[i + 1]}"
            if i + 2 < len(symbols) and symbols[i + 2] == "er5":
                pair += "+er5"
            out.append(pair)
    return out


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("银行", ["^ in2", "h ang2"]),
        ("重要", ["zh ong4", "^ iao4"]),
        ("长大", ["zh ang3", "d a4"]),
        ("行长", ["h ang2", "zh ang3"]),
        ("银行行长", ["^ in2", "h ang2", "h ang2", "zh ang3"]),
        ("了解", ["l iao2", "j ie3"]),  # liǎo, with third-tone sandhi
        ("还是", ["h ai2", "sh iii4"]),
        ("为了", ["^ uei4", "l e5"]),
        ("会计", ["k uai4", "j i4"]),
        ("重庆", ["ch ong2", "q ing4"]),
        ("首都", ["sh ou3", "d u1"]),
        ("都是", ["d ou1", "sh iii4"]),
        ("答应", ["d a1", "^ ing5"]),  # our own fix
    ],
)
def test_polyphones_in_common_words(word, expected):
    assert syllables(word) == expected


def test_tone_sandhi_for_yi_bu_and_third_tones():
    assert syllables("一个") == ["^ i2", "g e4"]
    assert syllables("不要") == ["b u2", "^ iao4"]
    assert syllables("展览馆") == ["zh an2", "l an2", "g uan3"]
    assert syllables("很好") == ["h en2", "h ao3"]  # across a monosyllabic word


def test_erhua_joins_the_syllable_but_real_er_stays():
    assert syllables("玩儿") == ["^ uan2+er5"]
    assert syllables("一会儿") == ["^ i2", "h uei4+er5"]
    assert syllables("女儿") == ["n v3", "^ er2"]
    assert syllables("儿子") == ["^ er2", "z ii5"]
    assert syllables("幼儿园") == ["^ iou4", "^ er2", "^ van2"]


def test_prosody_marks_words_and_clauses():
    utt = frontend.utterance("本报讯五月二十八日，我市首场政企恳谈会举行。")
    s = utt.symbols
    assert s[0] == "sil" and s[-2:] == ("sil", "eos")
    assert s.count("#3") == 1  # the comma
    assert [w.text for w in utt.words][:3] == ["本报讯", "五月", "二十八日"]
    assert utt.syllables == 20
    # inside a word #0, between words #1
    first, second = utt.words[0], utt.words[1]
    assert s[first.start : first.end] == ("b", "en3", "#0", "b", "ao4", "#0", "x", "vn4")
    assert s[first.end] == "#1" and second.start == first.end + 1
    # no doubled boundaries anywhere
    marks = {"#0", "#1", "#2", "#3", "sil"}
    assert not any(a in marks and b in marks for a, b in zip(s[1:-2], s[2:-2]))


@pytest.mark.parametrize(
    ("pinyin", "expected"),
    [
        ("zhi1", ("zh", "iii1")), ("ri4", ("r", "iii4")), ("zi3", ("z", "ii3")),
        ("si1", ("s", "ii1")), ("ju2", ("j", "v2")), ("quan2", ("q", "van2")),
        ("xue2", ("x", "ve2")), ("xun4", ("x", "vn4")), ("yun2", ("^", "vn2")),
        ("wei4", ("^", "uei4")), ("gui4", ("g", "uei4")), ("lun2", ("l", "uen2")),
        ("liu2", ("l", "iou2")), ("lv4", ("l", "v4")), ("nve4", ("n", "ve4")),
        ("er2", ("^", "er2")), ("n2", ("^", "en2")), ("ang1", ("^", "ang1")),
        ("zhuang4", ("zh", "uang4")), ("de", ("d", "e5")),
    ],
)  # fmt: skip
def test_split_pinyin(pinyin, expected):
    assert split_pinyin(pinyin) == expected


@pytest.mark.parametrize(
    "text",
    ["iPhone 15和5G网络", "ＡＢＣ公司", "GDP增长", "😀％@#￥", "α射线", "x", "3", "", "，。！"],
)
def test_latin_digits_and_symbols_never_crash(text):
    utt = frontend.utterance(text)
    assert utt.symbols[0] == "sil" and utt.symbols[-1] == "eos"


def test_letters_are_spelled_and_digits_read_one_by_one():
    assert syllables("5G") == ["^ u3", "j i4"]
    assert syllables("15") == ["^ i1", "^ u3"]
    assert syllables("AI") == ["^ ei1", "^ ai4"]
    assert frontend.utterance("😀").words == ()


@pytest.mark.voice
def test_every_symbol_is_in_the_voice_mapper(baker_voice_dir):
    mapper = json.loads((baker_voice_dir / "baker_mapper.json").read_text("utf-8"))
    known = set(mapper["symbol_to_id"])
    text = (
        "本报讯五月二十八日，我市首场政企恳谈会举行。哪儿玩儿？女儿说：“嗯，好的！”"
        + string.ascii_uppercase + string.ascii_lowercase + string.digits
        + "一会儿，窗外的雪花儿飘飘。长大的孩子们在银行门口排队；这是为了参与活动……"
    )
    symbols = set(frontend.utterance(text).symbols)
    for letter in LETTERS:
        symbols |= set(frontend.utterance(letter).symbols)
    assert symbols - known == set()
    # our pinyin splitting agrees with the voice's own table everywhere
    for syllable, (initial, final) in mapper["pinyin_dict"].items():
        assert split_pinyin(syllable + "1") == (initial, final + "1"), syllable


def test_quotes_and_brackets_keep_the_clause_break():
    symbols = frontend.utterance("他说：“好的。”然后（笑）走了").symbols
    assert symbols.count("#3") == 2  # after 说： and after 好的。”
    assert not any(s in ("“", "”", "（", "）") for s in symbols)
