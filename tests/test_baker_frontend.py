"""The baker front end: text → the voice's symbols (no model needed, except where marked)."""

from __future__ import annotations

import json
import string

import pytest

from audiopaper.engines.baker.frontend import Frontend, split_pinyin
from audiopaper.textnorm import LETTER_NAMES
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


def test_leftover_letters_are_spelled_and_digits_read_one_by_one_as_textnorm_says_them():
    # The engine normalizes first; text that skipped normalization reads the same way.
    assert syllables("5G") == syllables("五" + LETTER_NAMES["G"]) == ["^ u3", "j i2"]
    assert syllables("15") == ["^ i1", "^ u3"]
    assert syllables("AI") == syllables(LETTER_NAMES["A"] + LETTER_NAMES["I"]) == ["^ ei2", "^ ai4"]
    assert syllables("Ab") == syllables("AB")
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
    for letter in LETTER_NAMES:
        symbols |= set(frontend.utterance(letter).symbols)
    assert symbols - known == set()
    # our pinyin splitting agrees with the voice's own table everywhere
    for syllable, (initial, final) in mapper["pinyin_dict"].items():
        assert split_pinyin(syllable + "1") == (initial, final + "1"), syllable


def test_quotes_and_brackets_keep_the_clause_break():
    symbols = frontend.utterance("他说：“好的。”然后（笑）走了").symbols
    assert symbols.count("#3") == 2  # after 说： and after 好的。”
    assert not any(s in ("“", "”", "（", "）") for s in symbols)


# The training layout, derived by hand from the Databaker labels with the
# rules of TensorFlowTTS's baker processor: `sil` first; each syllable as
# initial + final+tone (erhua adds er5); #0 between characters unless a label
# follows; the corpus's #1/#2/#3 labels as they stand; #4 and punctuation
# dropped; no mark before the final `sil`; `eos` appended. Our #2 (phrase breaks)
# come from a few rules (g2p._phrase_breaks); they match the corpus's here.
TRAINING_LAYOUT = [
    (  # CSMSC 000001: 卡尔普#2陪外孙#1玩滑梯#4。
        "卡尔普陪外孙玩滑梯。",
        "sil k a2 #0 ^ er2 #0 p u3 #2 p ei2 #0 ^ uai4 #0 s uen1 #1 "
        "^ uan2 #0 h ua2 #0 t i1 sil eos",
    ),
    (  # CSMSC 000005: 老虎#1幼崽#2与#1宠物犬#1玩耍#4。
        "老虎幼崽与宠物犬玩耍。",
        "sil l ao2 #0 h u3 #1 ^ iou4 #0 z ai3 #2 ^ v2 #1 ch ong3 #0 ^ u4 #0 q van3 #1 "
        "^ uan2 #0 sh ua3 sil eos",
    ),
    (  # labelled as the corpus would: 他们#1一会儿#2就到了#1那儿#3，玩得#1很好#4。
        # (#2 before an adverb: 60 % of such boundaries in the corpus)
        # ta1 men5 yi2 huir4 jiu4 dao4 le5 nar4 wan2 de5 hen2 hao3
        "他们一会儿就到了那儿，玩得很好。",
        "sil t a1 #0 m en5 #1 ^ i2 #0 h uei4 er5 #2 j iou4 #0 d ao4 #0 l e5 #1 "
        "n a4 er5 #3 ^ uan2 #0 d e5 #1 h en2 #0 h ao3 sil eos",
    ),
]


@pytest.mark.parametrize(("text", "layout"), TRAINING_LAYOUT)
def test_symbols_follow_the_training_layout(text, layout):
    assert list(frontend.utterance(text).symbols) == layout.split()


def test_particles_lean_on_the_word_before_and_read_de5():
    symbols = " ".join(frontend.utterance("他认真地工作，跑得很快。").symbols)
    assert "r en4 #0 zh en1 #0 d e5 #1 g ong1" in symbols
    assert "p ao3 #0 d e5 #1 h en3 #0 k uai4" in symbols
    # listed words keep their dictionary reading: 取得 dé, 各地 dì
    assert syllables("取得") == ["q v3", "d e2"]
    assert syllables("各地") == ["g e4", "d i4"]
    assert "d i4" in " ".join(frontend.utterance("这块地，我们种了树。").symbols)
