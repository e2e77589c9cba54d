"""Sentence splitting shared by the engines and the transcripts."""

from __future__ import annotations

import re

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
    chunks: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        for piece in _cut_long(sentence, max_chars):
            if current and len(current) + len(piece) > max_chars:
                chunks.append(current)
                current = ""
            current += piece
    if current:
        chunks.append(current)
    return chunks


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    pieces: list[str] = []
    current = ""
    for clause in re.findall(r"[^，,、：:]*[，,、：:]?", sentence):
        if not clause:
            continue
        while len(clause) > max_chars:
            pieces.append(clause[:max_chars])
            clause = clause[max_chars:]
        if current and len(current) + len(clause) > max_chars:
            pieces.append(current)
            current = ""
        current += clause
    if current:
        pieces.append(current)
    return pieces
