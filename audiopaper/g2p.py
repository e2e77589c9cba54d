"""Mandarin grapheme-to-pinyin: text → words with their pinyin and prosodic breaks.

Engine-neutral (the baker front end maps the result to its symbols; other
voices can read the pinyin): jieba words, pypinyin readings with its phrase
dictionary, surface tones (tone sandhi applied, 5 = neutral), and erhua
written as the Databaker (CSMSC) labels write it: one syllable per stem + 儿
(一会儿 → yi2 huir4).

Breaks after each word follow the corpus's prosody labels: `#0` inside a
prosodic word, `#1` between prosodic words, `#3` where a clause ends at
punctuation. Prosodic words in the corpus are longer than jieba's words:
particles lean on the word before them (Ｐ过的, 拥抱我) and a lone monosyllable
leans on a short neighbour (陪外孙, 玩滑梯), so we join those with `#0`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .pagetext import HAN_CHAR
from .textnorm import read_digits

log = logging.getLogger(__name__)

PAUSE_SYLLABLE, PAUSE_WORD, PAUSE_CLAUSE = "#0", "#1", "#3"


@dataclass(frozen=True)
class PinyinWord:
    """A spoken word: its text, one syllable per character (an erhua 儿 shares
    its stem's: 会儿 → huir4), and the break after it (#0, #1 or #3)."""

    text: str
    pinyin: tuple[str, ...]
    pause: str


def pinyin_words(text: str) -> tuple[PinyinWord, ...]:
    """The words of *text* (normalized for speech) with their pinyin and breaks."""
    words = _words(_tokens(unicodedata.normalize("NFKC", text)))
    _standalone_particles(words)
    _cross_word_sandhi(words)
    _prosodic_words(words)
    return tuple(PinyinWord(word, tuple(syllables), pause) for word, syllables, pause in words)


def syllable_tone(syllable: str) -> str:
    return syllable[-1] if syllable[-1:].isdigit() else "5"


# Where pypinyin's phrase dictionary picks the wrong reading for news text.
# (Checked: 银行 重要 长大 行长 了解 还是 为了 … already come out right.)
PHRASE_FIXES: dict[str, tuple[str, ...]] = {
    "答应": ("da1", "ying5"),
    "一会儿": ("yi2", "hui4", "er5"),  # pypinyin leaves yi1 here
    "流血": ("liu2", "xue4"),
}

# Words ending in 儿 that are a real syllable er2, not erhua.
NOT_ERHUA = frozenset(
    "女儿 婴儿 幼儿 孤儿 男儿 健儿 患儿 胎儿 少儿 宠儿 侄儿 孙儿 妻儿 弃儿 育儿 "
    "混血儿 新生儿 婴幼儿 早产儿 流浪儿 留守儿 乞儿 孤儿 病儿 犬儿 儿".split()
)

# Particles that lean on the word before them (one prosodic word with it).
ENCLITICS = frozenset("的 地 得 了 吗 呢 吧 啊 呀 嘛 么 们".split())
MAX_PROSODIC_WORD = 4  # syllables: we never join beyond this

# Punctuation inside a chunk: a clause break (the voice pauses) or nothing.
CLAUSE_MARKS = set("，,、：:；;。！？!?…—～~")


@lru_cache(maxsize=1)
def _jieba():
    import jieba  # imported lazily: loading its dictionary takes a second

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def _word_pinyin(word: str) -> list[str]:
    """Pinyin for a word of Chinese characters, one syllable per character."""
    if word in PHRASE_FIXES:
        return list(PHRASE_FIXES[word])
    from pypinyin import Style, lazy_pinyin

    # A plain string (not [word]) lets pypinyin re-cut the word with its own
    # phrase dictionary: jieba's 银行行长 is not in it, 银行 + 行长 are.
    result = lazy_pinyin(
        word, style=Style.TONE3, neutral_tone_with_five=True, tone_sandhi=True,
        errors=lambda chars: [""] * len(chars),
    )  # fmt: skip
    if len(result) != len(word):
        return [""] * len(word)
    # pypinyin re-cuts the word, so 3-3 sandhi across its pieces is ours:
    # in a run of third tones every one but the last becomes second (展览馆).
    for i in range(len(result) - 1):
        if syllable_tone(result[i]) == "3" and syllable_tone(result[i + 1]) == "3":
            result[i] = result[i][:-1] + "2"
    return result


def _tokens(text: str) -> list[str]:
    return [t for t in _jieba().lcut(text, HMM=True) if t]

def _words(tokens: list[str]) -> list[tuple[str, list[str], str]]:
    """[(word text, syllables, break after)]; erhua syllables end in 'r'."""
    words: list[tuple[str, list[str], str]] = []
    for token in tokens:
        if token.strip() == "":
            continue
        if not any(ch.isalnum() for ch in token):  # punctuation, quotes, symbols
            if words and any(ch in CLAUSE_MARKS for ch in token):
                words[-1] = (words[-1][0], words[-1][1], PAUSE_CLAUSE)
            continue
        for piece in re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+", token):
            syllables = _piece_pinyin(piece)
            if syllables:
                words.append((piece, syllables, PAUSE_WORD))
    return words

def _piece_pinyin(piece: str) -> list[str]:
    if piece.isascii():
        # Only text that skipped normalization has Latin letters or digits left;
        # they are said as textnorm says them (letters spelled, digits one by one).
        piece = read_digits(piece)
    chars = "".join(ch for ch in piece if HAN_CHAR.match(ch))
    if not chars:
        return []  # symbols, emoji, other scripts: nothing to say
    syllables = _particle_readings(chars, _word_pinyin(chars))
    out: list[str] = []
    for i, (ch, syl) in enumerate(zip(chars, syllables)):
        if not syl:
            log.debug("no reading for %r, skipped", ch)
            continue
        erhua = ch == "儿" and i == len(chars) - 1 and i > 0 and chars not in NOT_ERHUA
        if erhua and out:
            out[-1] = out[-1][:-1] + "r" + out[-1][-1]  # 'wan2' → 'wanr2'
        else:
            out.append(syl)
    return out


def _particle_readings(chars: str, syllables: list[str]) -> list[str]:
    """得/地 after a verb or adverb inside an unlisted word is the particle de5.

    pypinyin reads 得 dé and 地 dì unless the word is in its phrase dictionary
    (取得 dé, 觉得 de); jieba glues the particle on (玩得, 认真地). A word
    jieba knows is a noun in 地 (各地, 目的地), and keeps dì.
    """
    from pypinyin.constants import PHRASES_DICT

    out = list(syllables)
    for i in range(1, len(chars)):
        if not out[i] or chars in PHRASES_DICT:
            continue
        if chars[i] == "得" and chars[i - 1 : i + 1] not in PHRASES_DICT:
            out[i] = "de5"
        elif chars[i] == "地" and i == len(chars) - 1 and not _jieba().dt.FREQ.get(chars):
            out[i] = "de5"
    return out


def _standalone_particles(words: list[tuple[str, list[str], str]]) -> None:
    """得 after a word (跑 得 很快) and 地 between words (认真 地 工作) are de5."""
    for i in range(1, len(words)):
        text, syls, brk = words[i]
        after_word = words[i - 1][2] == PAUSE_WORD
        if text == "得" and after_word:
            words[i] = (text, ["de5"], brk)
        elif text == "地" and after_word and len(words[i - 1][1]) >= 2 and brk == PAUSE_WORD:
            words[i] = (text, ["de5"], brk)


def _prosodic_words(words: list[tuple[str, list[str], str]]) -> None:
    """Turn some #1 into #0 so prosodic words look like the corpus's.

    A particle joins the word before it; a monosyllable joins a following word
    of one or two syllables, or, at the end of a clause, the short word before it.
    """
    group = 0  # syllables so far in the prosodic word that words[i] ends
    for i, (text, syls, brk) in enumerate(words):
        group += len(syls)
        if brk != PAUSE_WORD or i == len(words) - 1:
            group = 0
            continue
        nxt_text, nxt_syls, nxt_brk = words[i + 1]
        size = group + len(nxt_syls)
        clause_end = nxt_brk != PAUSE_WORD or i + 1 == len(words) - 1
        join = size <= MAX_PROSODIC_WORD and (
            nxt_text in ENCLITICS
            or (len(syls) == 1 and group == 1 and len(nxt_syls) <= 2)
            or (len(nxt_syls) == 1 and clause_end and group <= 2)
        )
        if join:
            words[i] = (text, syls, PAUSE_SYLLABLE)
        else:
            group = 0


def _cross_word_sandhi(words: list[tuple[str, list[str], str]]) -> None:
    """Third-tone sandhi across a monosyllable and the next word (很好 hen2 hao3)."""
    for i in range(len(words) - 1):
        text, syls, brk = words[i]
        nxt = words[i + 1][1]
        if brk == PAUSE_WORD and len(syls) == 1 and syllable_tone(syls[0]) == "3" and syllable_tone(nxt[0]) == "3":
            syls[0] = syls[0][:-1] + "2"
