"""Text → Kokoro's phonemes, with our front end deciding the pinyin.

The baker front end (jieba words, pypinyin with its phrase dictionary, tone
sandhi, our phrase fixes, erhua) decides what is said. misaki's Chinese G2P
only spells each decided syllable in the IPA-with-tone-arrows alphabet that
Kokoro v1.0 was trained on (`ZHG2P.py2ipa`); it never re-reads the text.

As in misaki, a syllable's phonemes are written together within a word,
words are separated by a space, and clause punctuation becomes `,` `.` `?` …
followed by a space. Every character of the result is one model token.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..baker.frontend import INITIALS, ZERO_INITIAL, Frontend

log = logging.getLogger(__name__)

#: Part of the engine version: bump when the phonemes for a text can change.
PHONEMES_VERSION = "kp3"

# Our punctuation (after NFKC) → Kokoro's; anything else between words is a plain word break.
_PUNCTUATION = {
    ",": ",", "、": ",", "，": ",", ";": ";", "；": ";", ":": ":", "：": ":",
    "。": ".", ".": ".", "．": ".", "!": "!", "！": "!", "?": "?", "？": "?",
    "…": "…", "—": "—",
}  # fmt: skip
_FINAL_MARKS = ".!?…;:,"
ERHUA = "ɚ"  # the r-colouring Kokoro hears for 儿

# Baker's spelling of a final with no initial → the pinyin syllable it stands for.
_ZERO_INITIAL_SPELLING = {
    "i": "yi", "ia": "ya", "ian": "yan", "iang": "yang", "iao": "yao", "ie": "ye", "in": "yin",
    "ing": "ying", "iong": "yong", "iou": "you", "u": "wu", "ua": "wa", "uai": "wai", "uan": "wan",
    "uang": "wang", "uei": "wei", "uen": "wen", "ueng": "weng", "uo": "wo", "v": "yu", "van": "yuan",
    "ve": "yue", "vn": "yun",
}  # fmt: skip
_CONTRACTED = {"uei": "ui", "uen": "un", "iou": "iu"}


@dataclass(frozen=True)
class PhonemeWord:
    text: str
    start: int  # index of its first phoneme (= token) in Phonemes.phonemes
    end: int  # index after its last


@dataclass(frozen=True)
class Phonemes:
    """What Kokoro reads for one piece of text."""

    text: str
    phonemes: str
    words: tuple[PhonemeWord, ...]

    def __len__(self) -> int:
        return len(self.phonemes)


def pinyin_of(initial: str, final: str) -> str:
    """Baker's (initial, final+tone) pair → standard toneful pinyin: ('^', 'van2') → 'yuan2'."""
    tone = final[-1] if final[-1:].isdigit() else "5"
    rime = final.rstrip("012345")
    if initial == ZERO_INITIAL:
        return _ZERO_INITIAL_SPELLING.get(rime, rime) + tone
    if rime in ("ii", "iii"):
        rime = "i"
    rime = _CONTRACTED.get(rime, rime)
    if initial in ("j", "q", "x") and rime.startswith("v"):
        rime = "u" + rime[1:]  # jü is written ju
    return initial + rime + tone


@lru_cache(maxsize=4096)
def syllable_ipa(initial: str, final: str, erhua: bool = False) -> str:
    """One syllable in Kokoro's alphabet, spelled by misaki ("" if misaki cannot)."""
    from misaki.zh import ZHG2P

    pinyin = pinyin_of(initial, final)
    try:
        ipa = ZHG2P.py2ipa(pinyin)
    except (ValueError, AssertionError, IndexError, KeyError) as exc:
        log.debug("misaki has no phonemes for %r: %s", pinyin, exc)
        return ""
    return _rhotacized(ipa) if erhua else ipa


_TONES = "→↗↓↘"


def _rhotacized(ipa: str) -> str:
    """An erhua syllable: a final -n or -i is lost before the r-colouring, as
    Mandarin says it (盹儿 tuɚ, 一会儿 xweɚ, 遛弯儿 waɚ; -ng and the other finals
    keep their sound). With the coda kept, 弯儿 wanɚ was heard as 晚了."""
    if ipa.endswith("n"):
        ipa = ipa[:-1]
    for tone in _TONES:
        ipa = ipa.replace("i\u032f" + tone, tone)
    return ipa + ERHUA


def _syllables(symbols: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    """Baker symbols of one word → [(initial, final, erhua)]."""
    out: list[tuple[str, str, bool]] = []
    i = 0
    while i < len(symbols):
        symbol = symbols[i]
        if (symbol == ZERO_INITIAL or symbol in INITIALS) and i + 1 < len(symbols):
            out.append((symbol, symbols[i + 1], False))
            i += 2
        elif symbol == "er5" and out and not out[-1][2]:
            out[-1] = (out[-1][0], out[-1][1], True)  # erhua: 玩儿 → ^ uan2 er5
            i += 1
        else:
            i += 1  # prosodic marks
    return out


def _break(gap: str) -> str:
    """What goes between two words: their punctuation and a space, or just a space."""
    marks = "".join(dict.fromkeys(_PUNCTUATION[ch] for ch in gap if ch in _PUNCTUATION))
    return (marks[:1] + " ") if marks else " "


class KokoroFrontend:
    """Text → Phonemes. jieba loads on first use."""

    def __init__(self, vocab: frozenset[str] | None = None):
        self._frontend = Frontend()
        self._vocab = vocab

    def phonemes(self, text: str) -> Phonemes:
        utterance = self._frontend.utterance(text)
        spoken = unicodedata.normalize("NFKC", text)  # the front end reads this form
        out = ""
        words: list[PhonemeWord] = []
        cursor = 0
        for word in utterance.words:
            ipa = "".join(
                syllable_ipa(*syl) for syl in _syllables(utterance.symbols[word.start : word.end])
            )
            ipa = self._known(ipa)
            at = spoken.find(word.text, cursor)
            gap = spoken[cursor:at] if at >= 0 else ""
            if at >= 0:
                cursor = at + len(word.text)
            if not ipa:
                continue
            if out:
                out += _break(gap)
            words.append(PhonemeWord(word.text, len(out), len(out) + len(ipa)))
            out += ipa
        if out:
            tail = _break(spoken[cursor:]).strip()
            out += tail if tail and tail in _FINAL_MARKS else "."  # a headline ends as a statement
        return Phonemes(text, out, tuple(words))

    def _known(self, ipa: str) -> str:
        """Only characters the model has a token for (misaki's non-syllabic marks have none)."""
        if self._vocab is None:
            return ipa.replace("\u032f", "")
        return "".join(ch for ch in ipa if ch in self._vocab)
