"""The one graph repair the baker FastSpeech2 model needs before LiteRT runs it.

The exported model left dropout switched on in its f0 and energy embedding
paths: each path draws a `FlexRandomUniform` mask (a TensorFlow op LiteRT
cannot run) and scales by a constant 2.0 (1 / keep-probability 0.5). With the
random draw replaced by a builtin FILL of 1.0 the mask keeps everything, and
with the scale set to 1.0 the path becomes the identity, as at inference time.
"""

from __future__ import annotations

import logging

import numpy as np

from ...errors import VoiceInstallError

log = logging.getLogger(__name__)

FLEX_RANDOM_UNIFORM = b"FlexRandomUniform"
EXPECTED_FLEX_OPS = 2
DROPOUT_SCALE = 2.0


def _schema():
    # LiteRT is heavy; imported only when a model is repaired.
    from ai_edge_litert import schema_py_generated as schema
    from ai_edge_litert.tools import flatbuffer_utils

    return schema, flatbuffer_utils


def flex_ops(model_bytes: bytes) -> list[str]:
    """Names of the custom (Flex/TensorFlow) ops left in a model."""
    schema, fu = _schema()
    model = fu.read_model_from_bytearray(bytearray(model_bytes))
    names = []
    for sub in model.subgraphs:
        for op in sub.operators:
            code = model.operatorCodes[op.opcodeIndex]
            if code.customCode:
                names.append(code.customCode.decode("utf-8", "replace"))
    return names


def repair_fastspeech2(model_bytes: bytes) -> bytes:
    """Return the model with both dropout paths turned into the identity.

    Raises VoiceInstallError if the graph is not the one we know how to repair
    (so a changed upstream model fails loudly instead of sounding wrong).
    """
    schema, fu = _schema()
    try:
        model = fu.read_model_from_bytearray(bytearray(model_bytes))
    except Exception as exc:  # flatbuffers raises assorted errors on junk
        raise VoiceInstallError("baker", f"cannot read the FastSpeech2 model: {exc}") from exc

    sub = model.subgraphs[0]
    by_output = {out: op for op in sub.operators for out in op.outputs}
    names = [t.name.decode("utf-8", "replace") for t in sub.tensors]
    fill_code = _opcode_index(model, schema, schema.BuiltinOperator.FILL)

    flex = [
        op
        for op in sub.operators
        if model.operatorCodes[op.opcodeIndex].customCode == FLEX_RANDOM_UNIFORM
    ]
    if len(flex) != EXPECTED_FLEX_OPS:
        raise VoiceInstallError(
            "baker",
            f"unexpected FastSpeech2 graph: {len(flex)} FlexRandomUniform ops, "
            f"expected {EXPECTED_FLEX_OPS}",
        )

    scale_tensors: set[int] = set()
    for op in flex:
        out_name = names[op.outputs[0]]
        scope = out_name.split("/random_uniform")[0]  # e.g. "dropout_56/dropout"
        scaled = next((i for i, n in enumerate(names) if n == scope + "/Mul"), None)
        if scaled is None or scaled not in by_output:
            raise VoiceInstallError("baker", f"unexpected FastSpeech2 graph near {out_name}")
        for t in by_output[scaled].inputs:
            if _constant(model, sub, t) is not None:
                scale_tensors.add(t)

        # RandomUniform(shape) -> Fill(shape, 1.0): same output tensor and shape.
        one = _add_constant(model, sub, schema, scope + "/keep_all", 1.0)
        op.opcodeIndex = fill_code
        op.inputs = [op.inputs[0], one]
        op.builtinOptionsType = schema.BuiltinOptions.FillOptions
        op.builtinOptions = schema.FillOptionsT()
        op.customOptions = None
        op.customOptionsFormat = 0

    for t in scale_tensors:
        value = _constant(model, sub, t)
        if value is None or value.size != 1 or not np.isclose(value[0], DROPOUT_SCALE):
            raise VoiceInstallError(
                "baker", f"unexpected dropout scale in {names[t]}: {value!r}"
            )
        # A fresh buffer, so no other tensor sharing the old one changes.
        sub.tensors[t].buffer = _add_buffer(model, schema, np.float32(1.0))
    if not scale_tensors:
        raise VoiceInstallError("baker", "unexpected FastSpeech2 graph: no dropout scale found")

    _drop_unused_opcodes(model, sub)
    log.debug("repaired %d FlexRandomUniform ops, %d scale constants", len(flex), len(scale_tensors))
    return bytes(fu.convert_object_to_bytearray(model))


def _opcode_index(model, schema, builtin: int) -> int:
    _, fu = _schema()
    for i, code in enumerate(model.operatorCodes):
        if not code.customCode and fu.get_builtin_code_from_operator_code(code) == builtin:
            return i
    code = schema.OperatorCodeT()
    code.builtinCode = builtin
    code.deprecatedBuiltinCode = min(builtin, 127)
    code.version = 1
    model.operatorCodes.append(code)
    return len(model.operatorCodes) - 1


def _constant(model, sub, tensor_index: int) -> np.ndarray | None:
    tensor = sub.tensors[tensor_index]
    buf = model.buffers[tensor.buffer]
    if buf.data is None or len(buf.data) == 0 or tensor.type != 0:  # 0 = FLOAT32
        return None
    return np.frombuffer(bytes(np.asarray(buf.data, dtype=np.uint8)), dtype=np.float32)


def _add_buffer(model, schema, value: np.float32) -> int:
    buf = schema.BufferT()
    buf.data = np.frombuffer(np.array([value], dtype=np.float32).tobytes(), dtype=np.uint8)
    model.buffers.append(buf)
    return len(model.buffers) - 1


def _add_constant(model, sub, schema, name: str, value: float) -> int:
    tensor = schema.TensorT()
    tensor.name = name.encode()
    tensor.type = schema.TensorType.FLOAT32
    tensor.shape = []  # a scalar, as FILL wants
    tensor.buffer = _add_buffer(model, schema, np.float32(value))
    sub.tensors.append(tensor)
    return len(sub.tensors) - 1


def _drop_unused_opcodes(model, sub) -> None:
    """Remove the now-unused Flex op code, renumbering the operators."""
    used = sorted({op.opcodeIndex for s in model.subgraphs for op in s.operators})
    remap = {old: new for new, old in enumerate(used)}
    model.operatorCodes = [model.operatorCodes[i] for i in used]
    for s in model.subgraphs:
        for op in s.operators:
            op.opcodeIndex = remap[op.opcodeIndex]
