"""The text shapes segmentation and normalization share (audiopaper/pagetext.py)."""

from __future__ import annotations

import pytest

from audiopaper.pagetext import AD_NUMBER, AD_PHONE_NUMBER, HAN_CHAR, MOBILE_NUMBER, PHONE_NUMBER, squeeze
from audiopaper.textnorm import normalize


def test_ideographs_are_the_bmp_blocks_without_the_hexagrams():
    assert all(HAN_CHAR.match(c) for c in "中國㐀䶵豈")  # unified, traditional, extension A, compatibility
    assert not any(HAN_CHAR.match(c) for c in "䷀，Ａ㎡")  # U+4DC0 hexagram, punctuation, full-width, units


@pytest.mark.parametrize(
    ("text", "page", "speech"),
    [
        ("惠及居民 1.2 万户", "惠及居民1.2万户", "惠及居民1.2万户"),
        ("Hello, world", "Hello, world", "Hello,world"),
        ("9: 30 开始", "9: 30开始", "9:30开始"),
        ("\u3000本报讯\u2009 记者\u200b李明 ", "本报讯记者李明", "本报讯记者李明"),
        ("iPhone 15 Pro", "iPhone 15 Pro", "iPhone 15 Pro"),
    ],
)
def test_squeeze_keeps_spaces_only_between_latin_words(text, page, speech):
    assert squeeze(text) == page
    assert squeeze(text, for_speech=True) == speech


@pytest.mark.parametrize(
    ("line", "number", "rest"),
    [("8425招会计", "8425", "招会计"), ("8437，店面出租", "8437", "店面出租"), ("123 , 急售", "123", "急售")],
)
def test_ad_number_opens_an_ad_and_takes_the_separator(line, number, rest):
    match = AD_NUMBER.match(line)
    assert match and match.group(1) == number and line[match.end() :] == rest


@pytest.mark.parametrize("line", ["2020年会计", "1500平米出租", "123456招工", "12招工", "8425", "3.5万元"])
def test_quantities_dates_and_bare_numbers_open_no_ad(line):
    assert not AD_NUMBER.match(line)


def test_phone_numbers_in_their_printed_shapes():
    text = "电话13812345678，138 1234 5678或（0570）8012345-801、0570-8012345，热线400-123-4567。"
    assert [m.group(0) for m in PHONE_NUMBER.finditer(text)] == [
        "13812345678", "138 1234 5678", "（0570）8012345-801", "0570-8012345", "400-123-4567",
    ]  # fmt: skip
    assert [m.group(0) for m in MOBILE_NUMBER.finditer(text)] == ["13812345678", "138 1234 5678"]


def test_in_an_ad_a_local_number_is_a_phone_number_but_not_a_decimal_or_a_longer_number():
    ad = "8425招会计，电话88886666，月薪3.123456万，编号1234567890。联系13812345678."
    assert [m.group(0) for m in AD_PHONE_NUMBER.finditer(ad)] == ["88886666", "13812345678"]
    assert [m.group(0) for m in PHONE_NUMBER.finditer(ad)] == ["13812345678"]


def test_normalization_reads_the_shared_shapes():
    assert normalize("8425招会计") == "八四二五，招会计"
    assert normalize("2020年会计") == "二零二零年会计"
    assert normalize("热线：（0570）8012345") == "热线：（零五七零）八零幺二三四五"
    assert normalize("手机138 1234 5678") == "手机幺三八幺二三四五六七八"
