"""pinyin_phrases.py and g2p's tag table: the compact copies say what the packages' own data says."""

from __future__ import annotations

import importlib

import pytest

from audiopaper import pinyin_phrases


def _pypinyin_phrases() -> dict[str, list[list[str]]]:
    """pypinyin's own phrase dictionary as shipped (g2p's additions go to a copy of it)."""
    from pypinyin.phrases_dict import phrases_dict

    return phrases_dict


def _imported_extras(name: str) -> dict[str, list[list[str]]]:
    """What the data set adds to pypinyin, read by importing it (as g2p did before the cache)."""
    module = importlib.import_module(f"pypinyin_dict.phrase_pinyin_data.{name}")
    return {k: v for k, v in module.phrases_dict.items() if k not in _pypinyin_phrases()}


def _table_files(tmp_path):
    return sorted((tmp_path / "synthesis-cache" / "pinyin").glob("phrases-*.txt"))


def test_cached_phrase_table_adds_what_importing_cc_cedict_adds(tmp_path):
    made = pinyin_phrases.extra_phrases(("cc_cedict",), known=_pypinyin_phrases())  # made from the data set, then cached
    [table_file] = _table_files(tmp_path)
    read = pinyin_phrases.extra_phrases(("cc_cedict",), known=_pypinyin_phrases())  # read back from the file
    expected = _imported_extras("cc_cedict")
    assert len(expected) > 50_000
    assert "一定" not in expected  # pypinyin has it (cc_cedict's yī dìng is not taken)
    assert made == expected
    assert read == expected
    assert table_file.stat().st_size > 1_000_000


def test_damaged_phrase_table_is_made_again(tmp_path, caplog):
    first = pinyin_phrases.extra_phrases(("cc_cedict",), known=_pypinyin_phrases())
    [table_file] = _table_files(tmp_path)
    data = bytearray(table_file.read_bytes())
    data[-3:] = b"xyz"  # the last phrase's reading changed: the checksum no longer matches
    table_file.write_bytes(bytes(data))
    assert pinyin_phrases.extra_phrases(("cc_cedict",), known=_pypinyin_phrases()) == first
    assert "damaged" in caplog.text
    assert table_file.read_bytes() != bytes(data)  # written again


def test_phrases_pypinyin_has_now_are_not_overridden(tmp_path):
    from pypinyin.constants import PHRASES_DICT

    from audiopaper.g2p import load_phrase_data

    load_phrase_data()
    assert pinyin_phrases.extra_phrases(("cc_cedict",)) == {}  # all added already
    assert PHRASES_DICT["一定"] == [["yí"], ["dìng"]]  # pypinyin's sandhi reading, not cc_cedict's yī


def test_word_tags_are_jiebas_dictionary_tags():
    jieba = pytest.importorskip("jieba")
    from audiopaper.g2p import _word_tags

    tags = _word_tags()
    expected = {}
    with open(jieba.get_dict_file().name, encoding="utf-8") as fh:  # read independently of jieba.posseg
        for line in fh:
            if line.strip():
                word, _, tag = line.strip().split(" ")
                expected[word] = tag
    assert tags == expected
    assert tags["银行"] == "n"
