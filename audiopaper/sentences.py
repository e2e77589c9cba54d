"""Sentence splitting shared by the engines and the transcripts."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Sentence-final punctuation, with any closing quotes/brackets that follow it.
_SENTENCE = re.compile(r"[^。！？!?；;…\n]*(?:[。！？!?；;…]+[”’」』）)]*|\n|$)")


def split_sentences(text: str) -> list[str]:
    """Split speech text into sentences, keeping their punctuation."""
    parts = [m.group(0).strip() for m in _SENTENCE.finditer(text)]
    return [p for p in parts if p and not _only_punctuation(p)]


_PUNCT_ONLY = re.compile(r"^[\s\W_]+$", re.UNICODE)


def _only_punctuation(text: str) -> bool:
    return bool(_PUNCT_ONLY.match(text))


def chunk_sentences(text: str, max_chars: int) -> list[str]:
    """Group whole sentences into chunks of at most *max_chars* (a longer
    sentence is cut at clause punctuation, then hard-cut as a last resort)."""
    return _pack((piece for sentence in split_sentences(text) for piece in _cut_long(sentence, max_chars)), max_chars)


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    clauses = (c for c in re.findall(r"[^，,、：:]*[，,、：:]?", sentence) if c)
    hard_cut = (clause[i : i + max_chars] for clause in clauses for i in range(0, len(clause), max_chars))
    return _pack(hard_cut, max_chars)


def _pack(pieces: Iterable[str], max_chars: int) -> list[str]:
    """Join consecutive pieces greedily while the result stays within *max_chars*."""
    packed: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > max_chars:
            packed.append(current)
            current = ""
        current += piece
    if current:
        packed.append(current)
    return packed
