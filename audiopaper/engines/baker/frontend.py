"""Our grapheme-to-phone front end for the baker voice.

Text (already normalized for speech) → words with pinyin and prosodic breaks
(`audiopaper.g2p`, engine-neutral) → the voice's symbols.

The layout is the one the model was trained on: TensorFlowTTS's baker
processor over the Databaker (CSMSC) prosody labels, e.g.

    宝马#1配挂#1跛骡鞍#3，貂蝉#1怨枕#2董翁榻#4。  bao2 ma3 pei4 gua4 bo3 …
    → sil b ao2 #0 m a3 #1 p ei4 #0 g ua4 #1 … ^ an1 #3 d iao1 … t a4 sil eos

- an initial (`^` when there is none) and a final+tone per syllable; erhua is
  the stem's initial and final plus `er5` (玩儿 wanr2 → `^ uan2 er5`);
- tones are surface tones (the labels carry 3-3 sandhi: 宝马 bao2 ma3), 5 = neutral;
- `#0` between syllables of a prosodic word, `#1` between prosodic words,
  `#2` between prosodic phrases (a few rules, `audiopaper.g2p._phrase_breaks`),
  `#3` where a clause ends at punctuation; the punctuation itself is dropped;
- `sil` first, `sil eos` last, no mark before the final `sil`.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ...g2p import PinyinWord, is_erhua, pinyin_words, syllable_tone

#: Part of the engine version: bump when the phones for a text can change in a way
#: `frontend_fingerprint` does not see (it sees our reading code and the dictionaries' versions).
FRONTEND_VERSION = "fe9"

#: Our modules whose code decides the pinyin of a text, and the packages whose data does.
READING_MODULES = ("audiopaper.g2p", "audiopaper.pinyin_phrases", "audiopaper.jieba_loader",
                   "audiopaper.simplified", "audiopaper.textnorm", "audiopaper.pagetext", __name__)
READING_PACKAGES = ("pypinyin", "pypinyin-dict", "jieba", "opencc")

INITIALS = (
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l",
    "g", "k", "h", "j", "q", "x", "r", "z", "c", "s",
)  # fmt: skip
ZERO_INITIAL = "^"

# y/w spellings of zero-initial syllables → the final they write.
_YW_FINALS = {
    "yi": "i", "ya": "ia", "yan": "ian", "yang": "iang", "yao": "iao", "ye": "ie",
    "yin": "in", "ying": "ing", "yo": "iou", "yong": "iong", "you": "iou",
    "yu": "v", "yuan": "van", "yue": "ve", "yun": "vn",
    "wu": "u", "wa": "ua", "wai": "uai", "wan": "uan", "wang": "uang",
    "wei": "uei", "wen": "uen", "weng": "ueng", "wo": "uo",
}  # fmt: skip
# Syllabic nasals and interjections the voice has no symbol for.
_SPECIAL = {"n": ("^", "en"), "ng": ("^", "en"), "m": ("m", "u"), "hm": ("h", "en"),
            "hng": ("h", "eng"), "ê": ("^", "ei"), "yai": ("^", "ai")}  # fmt: skip

@dataclass(frozen=True)
class Word:
    """A spoken word and the span of its symbols in the utterance."""

    text: str
    start: int  # index of its first symbol
    end: int  # index after its last symbol


@dataclass(frozen=True)
class Utterance:
    """What the acoustic model reads for one chunk of text."""

    text: str
    symbols: tuple[str, ...]
    words: tuple[Word, ...]

    @property
    def syllables(self) -> int:
        """Spoken syllables (an erhua 儿 belongs to its stem's syllable)."""
        return sum(1 for a in self.symbols if a == ZERO_INITIAL or a in INITIALS)


def split_pinyin(syllable: str) -> tuple[str, str]:
    """'zhong1' → ('zh', 'ong1'); 'yuan2' → ('^', 'van2'); tone 5 if none."""
    tone = syllable[-1] if syllable[-1:].isdigit() else "5"
    base = syllable.rstrip("012345").lower().replace("ü", "v").replace("u:", "v")
    if base in _SPECIAL:
        initial, final = _SPECIAL[base]
        return initial, final + tone
    if base in _YW_FINALS:
        return ZERO_INITIAL, _YW_FINALS[base] + tone
    initial = next((i for i in INITIALS if base.startswith(i) and len(base) > len(i)), "")
    final = base[len(initial) :]
    if not initial:
        return ZERO_INITIAL, final + tone
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju = jü
    elif initial in ("l", "n") and final == "ue":
        final = "ve"  # lue = lüe
    elif final == "i" and initial in ("zh", "ch", "sh", "r"):
        final = "iii"
    elif final == "i" and initial in ("z", "c", "s"):
        final = "ii"
    final = {"ui": "uei", "un": "uen", "iu": "iou"}.get(final, final)
    return initial, final + tone


@lru_cache(maxsize=1)
def frontend_fingerprint() -> str:
    """A digest of the code and dictionaries that read a text into phones: each change of a reading rule
    makes the cached audio of the offline voices stale, and a hand-kept version alone was missed."""
    digest = hashlib.sha256()
    for name in READING_MODULES:
        digest.update(Path(importlib.import_module(name).__file__).read_bytes())
    for package in READING_PACKAGES:
        try:
            digest.update(f"{package} {metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package} ?\n".encode())
    return digest.hexdigest()[:12]


class Frontend:
    """Text → symbols. Cheap to make; jieba loads on first use."""


    def utterance(self, text: str) -> Utterance:
        return self._symbols(text, pinyin_words(text))

    def _symbols(self, text: str, words: tuple[PinyinWord, ...]) -> Utterance:
        symbols: list[str] = ["sil"]
        spans: list[Word] = []
        for w, (word, syllables, brk) in enumerate((w.text, w.pinyin, w.pause) for w in words):
            start = len(symbols)
            for k, syl in enumerate(syllables):
                tone = syllable_tone(syl)
                base = syl.rstrip("012345")
                erhua = is_erhua(syl)
                initial, final = split_pinyin((base[:-1] if erhua else base) + tone)
                symbols += [initial, final]
                if erhua:
                    symbols.append("er5")
                if k < len(syllables) - 1:
                    symbols.append("#0")
            spans.append(Word(word, start, len(symbols)))
            if w < len(words) - 1:
                symbols.append(brk)
        symbols += ["sil", "eos"]
        return Utterance(text=text, symbols=tuple(symbols), words=tuple(spans))
