"""The vocoder's graph rewritten for speed (engines/baker/graph.py) computes what the file computes."""

from __future__ import annotations

import numpy as np
import pytest

from audiopaper.engines.baker.graph import _phase_weights, _polyphase_weights, rewrite_vocoder
from baker_support import baker_engine, baker_preset, baker_voice_dir, test_home  # noqa: F401  (session fixtures)


def _transposed_convolution(x: np.ndarray, taps: np.ndarray, stride: int) -> np.ndarray:
    """LiteRT's TRANSPOSE_CONV with SAME padding, written out: x [L, in], taps [out, k, in]."""
    length, k = len(x), taps.shape[1]
    pad = max(0, k - stride) // 2
    y = np.zeros((length * stride, taps.shape[0]))
    for i in range(length):
        for j in range(k):
            t = i * stride + j - pad
            if 0 <= t < len(y):
                y[t] += taps[:, j] @ x[i]
    return y


def _phase_convolution(x: np.ndarray, weights: np.ndarray, out_channels: int) -> np.ndarray:
    """A stride-1 convolution with SAME zero padding, its channels read as output phases."""
    reach = weights.shape[1] // 2
    padded = np.pad(x, ((reach, reach), (0, 0)))
    z = np.stack([sum(weights[:, m] @ padded[q + m] for m in range(weights.shape[1])) for q in range(len(x))])
    return z.reshape(len(x) * weights.shape[0] // out_channels, out_channels)


@pytest.mark.parametrize("kernel, stride", [(6, 3), (10, 5), (4, 4)])  # the upsampling layers of MB-MelGAN
def test_phase_weights_compute_the_transposed_convolution(kernel, stride):
    rng = np.random.default_rng(kernel)
    x = rng.standard_normal((13, 5))
    taps = rng.standard_normal((3, kernel, 5)).astype(np.float32)
    weights = _phase_weights(taps, stride)
    assert weights is not None
    np.testing.assert_allclose(_phase_convolution(x, weights, 3), _transposed_convolution(x, taps, stride), atol=1e-9)


def test_a_transposed_convolution_that_same_padding_cannot_line_up_is_left_as_it_is():
    assert _phase_weights(np.ones((2, 3, 2), dtype=np.float32), 2) is None  # offsets -1 and 0 only


def _pqmf_synthesis(s: np.ndarray, upsample: np.ndarray, synthesis: np.ndarray, pad: int) -> np.ndarray:
    """The file's PQMF synthesis, written out: sub-bands s [L, in] to P phases, read as time, padded with
    zeros, filtered by synthesis [K, C] (one output channel)."""
    phases = upsample.shape[0] // synthesis.shape[1]
    u = (s @ upsample.T).reshape(len(s) * phases, synthesis.shape[1])
    padded = np.pad(u, ((pad, pad), (0, 0)))
    return np.array([np.sum(synthesis * padded[n : n + len(synthesis)]) for n in range(len(u))])


@pytest.mark.parametrize("taps, phases", [(63, 4), (31, 2)])  # MB-MelGAN's filter, and another
def test_polyphase_weights_compute_the_pqmf_synthesis(taps, phases):
    rng = np.random.default_rng(taps)
    s = rng.standard_normal((11, 4))
    upsample = rng.standard_normal((phases * 3, 4)).astype(np.float32)
    synthesis = rng.standard_normal((taps, 3)).astype(np.float32)
    weights = _polyphase_weights(upsample, synthesis, taps // 2, taps // 2)
    assert weights is not None
    np.testing.assert_allclose(_phase_convolution(s, weights, 1)[:, 0], _pqmf_synthesis(s, upsample, synthesis, taps // 2), rtol=1e-5, atol=1e-5)  # float32 weights


def test_a_synthesis_filter_that_changes_the_length_is_left_as_it_is():
    assert _polyphase_weights(np.ones((8, 2), np.float32), np.ones((63, 2), np.float32), 31, 30) is None


def _run(model: bytes, mel: np.ndarray) -> tuple[np.ndarray, list[str]]:
    from ai_edge_litert.interpreter import Interpreter

    interp = Interpreter(model_content=model, num_threads=1)
    index = interp.get_input_details()[0]["index"]
    interp.resize_tensor_input(index, list(mel.shape))
    interp.allocate_tensors()
    interp.set_tensor(index, mel)
    interp.invoke()
    return interp.get_tensor(interp.get_output_details()[0]["index"])[0, :, 0].copy(), [op["op_name"] for op in interp._get_ops_details()]


def test_the_rewritten_vocoder_gives_the_files_samples_within_rounding(baker_engine, baker_voice_dir):
    from audiopaper.engines.baker.install import VOCODER_FILE

    baker_engine.warm_up()
    utterance = baker_engine.utterance("本报讯 5月28日，我市首场政企恳谈会举行，面对面听取企业家意见。")
    mel, _ = baker_engine._mel([baker_engine._symbol_ids[s] for s in utterance.symbols], 1.0)
    original = (baker_voice_dir / VOCODER_FILE).read_bytes()
    expected, original_ops = _run(original, mel)
    audio, ops = _run(rewrite_vocoder(original), mel)
    assert len(audio) == len(expected) == mel.shape[1] * 300
    slow = {"MIRROR_PAD", "SPACE_TO_BATCH_ND", "BATCH_TO_SPACE_ND", "TRANSPOSE_CONV", "SHAPE"}
    assert slow <= set(original_ops) and not slow & set(ops)
    # XNNPACK takes the whole graph in one piece (the file's ran in 74, with LiteRT's kernels between them)
    assert ops.count("DELEGATE") == 1 and not {"EXPAND_DIMS", "SQUEEZE", "PAD"} & set(ops)
    # the phase convolutions sum in another order: at most a step of the model's int8 bands
    assert np.abs(audio - expected).max() < 0.01
    noise = max(float(np.sum((audio - expected) ** 2)), 1e-30)
    assert 10 * np.log10(np.sum(expected**2) / noise) > 50  # dB
