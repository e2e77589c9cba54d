from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audiopaper.sentences import chunk_sentences, split_sentences


def test_sentences_keep_their_punctuation_and_closing_quotes():
    text = "他说：“今天开会。”会议很短！真的吗？……好；\n没有标点的一行"
    assert split_sentences(text) == ["他说：“今天开会。”", "会议很短！", "真的吗？……", "好；", "没有标点的一行"]


def test_punctuation_only_pieces_are_dropped():
    assert split_sentences("。。！ ？\n、") == []


def test_a_long_sentence_is_cut_at_clauses_before_a_hard_cut():
    sentence = "第一分句很长很长，" + "第二分句也很长很长，" + "无" * 25 + "。"
    chunks = chunk_sentences(sentence, 20)
    assert chunks[0] == "第一分句很长很长，第二分句也很长很长，"
    assert all(len(c) <= 20 for c in chunks)
    assert "".join(chunks) == sentence


@given(st.text(alphabet="新闻报道，。！？、“”abc 1\n", max_size=300), st.integers(min_value=1, max_value=60))
def test_chunks_are_bounded_and_lose_nothing(text, max_chars):
    chunks = chunk_sentences(text, max_chars)
    assert all(0 < len(c) <= max_chars for c in chunks)
    assert "".join(chunks) == "".join(split_sentences(text))
