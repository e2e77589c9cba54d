"""The vocoder's LiteRT graph rewritten into operations LiteRT runs fast, the same arithmetic.

The MB-MelGAN file was converted from TensorFlow with three slow patterns (measured with
`perf`: together about half of a vocoder run):

- reflection padding (MIRROR_PAD), a per-element loop: rewritten as the reversed edge
  slices concatenated around the input (memory copies, the same values);
- dilated convolutions as SPACE_TO_BATCH_ND, a convolution, BATCH_TO_SPACE_ND, with the
  padding computed at run time: rewritten as one convolution with its dilation (the same
  sums, so the same bits);
- transposed convolutions whose output shape is computed at run time, which XNNPACK does
  not take and which make every later tensor dynamic (allocated per run): rewritten as a
  convolution giving every output phase as channels, reshaped into time (the same products,
  summed in another order: samples differ by float rounding only).

XNNPACK runs in one piece only what it takes: the file's EXPAND_DIMS and SQUEEZE around every
convolution, and reversed slices, split the graph into 74 pieces, each handing its tensors to
LiteRT's own kernels and back. So EXPAND_DIMS and SQUEEZE become RESHAPE (the same bits), the
reflection padding is made of one-frame forward slices (copies), and the PQMF synthesis at the
end (a 1x1 convolution upsampling the four sub-bands, zero padding, a 63-tap filter with one
output channel: 13 % of a run in LiteRT's own kernels, and slow in XNNPACK's too) becomes one
17-tap convolution of the sub-bands giving the four output phases as channels (the same products,
combined before the run: samples differ by float rounding only). The whole graph is then one
XNNPACK piece, with a quarter of the working memory (time measured with `perf`, memory as peak RSS).

Any pattern that is not exactly as expected is left as it was.
"""

from __future__ import annotations

import logging

import numpy as np

log = logging.getLogger(__name__)

_FILE_IDENTIFIER = b"TFL3"
_REFLECT = 0  # MirrorPadMode.REFLECT
_SAME = 0  # Padding.SAME
_CONCAT_INPUTS = 4  # the most XNNPACK joins in one CONCATENATION (measured: 7 are left to LiteRT)


def rewrite_vocoder(model_bytes: bytes) -> bytes:
    """*model_bytes* (a .tflite file) with the slow patterns rewritten; see the module docstring."""
    import flatbuffers
    from ai_edge_litert import schema_py_generated as fb

    try:
        model = fb.ModelT.InitFromPackedBuf(bytearray(model_bytes), 0)
        graph = _Graph(model, fb)
        counts = (graph.dilated_convolutions(), graph.transposed_convolutions(), graph.mirror_pads())
        graph.drop_unused()
        layout = (graph.reshapes(), graph.pqmf_synthesis())
        graph.drop_unused()
        graph.static_channels()
        builder = flatbuffers.Builder(len(model_bytes) + 1024)
        builder.Finish(model.Pack(builder), file_identifier=_FILE_IDENTIFIER)
    except Exception as exc:  # a file of another layout: slower, but it speaks
        log.warning("the vocoder's graph could not be rewritten (%s); running it as it is", exc)
        return model_bytes
    log.debug("vocoder graph: %d dilated, %d transposed convolutions, %d reflection pads rewritten", *counts)
    log.debug("vocoder graph: %d expand/squeeze as reshapes, %d PQMF synthesis as phases", *layout)
    return bytes(builder.Output())


class _Graph:
    def __init__(self, model, fb):
        self.model, self.fb = model, fb
        self.sub = model.subgraphs[0]
        self._names = {v: k for k, v in vars(fb.BuiltinOperator).items() if not k.startswith("_")}

    # -- reading ----------------------------------------------------------

    def kind(self, op) -> str:
        code = self.model.operatorCodes[op.opcodeIndex]
        return self._names.get(max(code.builtinCode, code.deprecatedBuiltinCode), "?")

    def constant(self, tensor: int, dtype) -> np.ndarray | None:
        t = self.sub.tensors[tensor]
        data = self.model.buffers[t.buffer].data
        if data is None or len(data) == 0:
            return None
        return np.frombuffer(np.asarray(data, dtype=np.uint8).tobytes(), dtype=dtype).reshape(list(t.shape))

    def readers(self) -> dict[int, list]:
        readers: dict[int, list] = {}
        for op in self.sub.operators:
            for t in op.inputs:
                readers.setdefault(t, []).append(op)
        return readers

    def only_reader(self, readers, tensor: int, kind: str):
        ops = readers.get(tensor, [])
        if len(ops) == 1 and self.kind(ops[0]) == kind and tensor not in self.sub.outputs:
            return ops[0]
        return None

    # -- writing ----------------------------------------------------------

    def opcode(self, kind: str) -> int:
        code = getattr(self.fb.BuiltinOperator, kind)
        for n, oc in enumerate(self.model.operatorCodes):
            if max(oc.builtinCode, oc.deprecatedBuiltinCode) == code:
                return n
        oc = self.fb.OperatorCodeT()
        oc.builtinCode, oc.deprecatedBuiltinCode, oc.version = code, min(code, 127), 1
        self.model.operatorCodes.append(oc)
        return len(self.model.operatorCodes) - 1

    def add_tensor(self, name: str, shape: list[int], dtype: int, data: np.ndarray | None = None) -> int:
        t = self.fb.TensorT()
        t.name, t.shape, t.type = name.encode(), list(shape), dtype
        t.buffer = 0  # the empty buffer: a tensor computed at run time
        if data is not None:
            buffer = self.fb.BufferT()
            buffer.data = np.frombuffer(np.ascontiguousarray(data).tobytes(), dtype=np.uint8)
            self.model.buffers.append(buffer)
            t.buffer = len(self.model.buffers) - 1
        self.sub.tensors.append(t)
        return len(self.sub.tensors) - 1

    def int32(self, name: str, values) -> int:
        array = np.asarray(values, dtype=np.int32)
        return self.add_tensor(name, list(array.shape), self.fb.TensorType.INT32, array)

    def new_op(self, kind: str, inputs: list[int], outputs: list[int], options_type: int = 0, options=None):
        op = self.fb.OperatorT()
        op.opcodeIndex, op.inputs, op.outputs = self.opcode(kind), list(inputs), list(outputs)
        op.builtinOptionsType, op.builtinOptions = options_type, options
        return op

    def replace(self, old, new_ops: list) -> None:
        at = self.sub.operators.index(old)
        self.sub.operators[at : at + 1] = new_ops

    def read_instead(self, old: int, new: int) -> None:
        """Every reader of tensor *old* reads *new*."""
        for op in self.sub.operators:
            op.inputs = [new if t == old else t for t in op.inputs]
        self.sub.outputs = [new if t == old else t for t in self.sub.outputs]

    def drop_unused(self) -> None:
        """Remove operators whose outputs nobody reads (the run-time shape arithmetic)."""
        while True:
            read = {t for op in self.sub.operators for t in op.inputs} | set(self.sub.outputs)
            kept = [op for op in self.sub.operators if any(t in read for t in op.outputs)]
            if len(kept) == len(self.sub.operators):
                return
            self.sub.operators = kept

    # -- the rewrites -----------------------------------------------------

    def dilated_convolutions(self) -> int:
        """SPACE_TO_BATCH_ND, EXPAND_DIMS, CONV_2D, SQUEEZE, BATCH_TO_SPACE_ND -> EXPAND_DIMS, dilated CONV_2D, SQUEEZE."""
        count = 0
        for op in list(self.sub.operators):
            if self.kind(op) != "SPACE_TO_BATCH_ND":
                continue
            readers = self.readers()
            block = self.constant(op.inputs[1], np.int32)
            expand = self.only_reader(readers, op.outputs[0], "EXPAND_DIMS")
            conv = expand and self.only_reader(readers, expand.outputs[0], "CONV_2D")
            squeeze = conv and self.only_reader(readers, conv.outputs[0], "SQUEEZE")
            to_space = squeeze and self.only_reader(readers, squeeze.outputs[0], "BATCH_TO_SPACE_ND")
            if block is None or block.shape != (1,) or to_space is None:
                continue
            options = conv.builtinOptions
            # the time axis is the convolution's width (EXPAND_DIMS at axis 1 of the 4-d result)
            axis = self.constant(expand.inputs[1], np.int32)
            if (options.dilationWFactor, options.dilationHFactor, options.strideW) != (1, 1, 1) or axis is None or int(axis.reshape(-1)[0]) % 4 != 1:
                continue
            if options.padding != 1:  # VALID: the block's zero padding only reaches outputs it crops
                continue
            expand.inputs[0] = op.inputs[0]
            options.dilationWFactor = int(block[0])
            self.read_instead(to_space.outputs[0], squeeze.outputs[0])
            self.sub.operators.remove(op)
            self.sub.operators.remove(to_space)
            count += 1
        return count

    def transposed_convolutions(self) -> int:
        """TRANSPOSE_CONV (SAME, stride s along time) -> CONV_2D with s x the output channels, RESHAPE."""
        fb, count = self.fb, 0
        for op in list(self.sub.operators):
            if self.kind(op) != "TRANSPOSE_CONV" or len(op.inputs) not in (3, 4):
                continue
            options = op.builtinOptions
            weights = self.constant(op.inputs[1], np.float32)
            bias = self.constant(op.inputs[3], np.float32) if len(op.inputs) == 4 and op.inputs[3] >= 0 else None
            if weights is None or options.padding != _SAME or options.fusedActivationFunction != 0:
                continue
            if len(op.inputs) == 4 and op.inputs[3] >= 0 and bias is None:
                continue
            if options.strideW == 1 and weights.shape[2] == 1:
                axis, stride, taps = 1, options.strideH, weights[:, :, 0, :]  # time along height
            elif options.strideH == 1 and weights.shape[1] == 1:
                axis, stride, taps = 2, options.strideW, weights[:, 0, :, :]  # time along width
            else:
                continue
            kernel_weights = _phase_weights(taps, stride)
            if kernel_weights is None:
                continue
            out_channels, kernel, in_channels = kernel_weights.shape
            shape = [out_channels, kernel, 1, in_channels] if axis == 1 else [out_channels, 1, kernel, in_channels]
            name = self.sub.tensors[op.outputs[0]].name.decode()
            w = self.add_tensor(name + "/phases_w", shape, fb.TensorType.FLOAT32, kernel_weights.reshape(shape))
            phase_bias = np.tile(bias if bias is not None else np.zeros(taps.shape[0], np.float32), stride)
            b = self.add_tensor(name + "/phases_b", [out_channels], fb.TensorType.FLOAT32, phase_bias.astype(np.float32))
            phases = self.add_tensor(name + "/phases", [1, 1, 1, out_channels], fb.TensorType.FLOAT32)
            conv_options = fb.Conv2DOptionsT()
            conv_options.padding, conv_options.strideW, conv_options.strideH = _SAME, 1, 1
            conv = self.new_op("CONV_2D", [op.inputs[2], w, b], [phases], fb.BuiltinOptions.Conv2DOptions, conv_options)
            new_shape = [1, -1, 1, taps.shape[0]] if axis == 1 else [1, 1, -1, taps.shape[0]]
            reshape_options = fb.ReshapeOptionsT()
            reshape_options.newShape = new_shape
            reshape = self.new_op(
                "RESHAPE", [phases, self.int32(name + "/phases_shape", new_shape)], [op.outputs[0]],
                fb.BuiltinOptions.ReshapeOptions, reshape_options,
            )  # fmt: skip
            self.replace(op, [conv, reshape])
            count += 1
        return count

    def mirror_pads(self) -> int:
        """MIRROR_PAD (REFLECT, along axis 1 of a 3-d tensor) -> one-frame slices concatenated around the input."""
        fb, count = self.fb, 0
        for op in list(self.sub.operators):
            if self.kind(op) != "MIRROR_PAD" or op.builtinOptions.mode != _REFLECT:
                continue
            pads = self.constant(op.inputs[1], np.int32)
            if pads is None or pads.shape != (3, 2) or pads[0].any() or pads[2].any() or (pads[1] <= 0).any():
                continue
            before, after = int(pads[1][0]), int(pads[1][1])
            x, name = op.inputs[0], self.sub.tensors[op.outputs[0]].name.decode()
            shape = list(self.sub.tensors[x].shape)
            new_ops: list = []

            def frame(at: int) -> int:  # x[at], a forward slice (at is never -1: its end would be 0)
                options = fb.StridedSliceOptionsT()
                options.beginMask = options.endMask = 0b101  # all of axes 0 and 2
                sliced = self.add_tensor(f"{name}/frame{at}", shape, fb.TensorType.FLOAT32)
                inputs = [x, self.int32(name + "/begin", [0, at, 0]), self.int32(name + "/end", [0, at + 1, 0]),
                          self.int32(name + "/strides", [1, 1, 1])]  # fmt: skip
                new_ops.append(self.new_op("STRIDED_SLICE", inputs, [sliced], fb.BuiltinOptions.StridedSliceOptions, options))
                return sliced

            # x[before], ..., x[1] and x[-2], ..., x[-1 - after]: the values REFLECT puts there
            left = self.concatenation([frame(at) for at in range(before, 0, -1)], name + "/left", shape, new_ops)
            right = self.concatenation([frame(at) for at in range(-2, -2 - after, -1)], name + "/right", shape, new_ops)
            self.concatenation([left, x, right], name, shape, new_ops, output=op.outputs[0])
            self.replace(op, new_ops)
            count += 1
        return count

    def concatenation(self, tensors: list[int], name: str, shape: list[int], new_ops: list, output: int | None = None) -> int:
        """*tensors* joined along axis 1, by CONCATENATIONs of at most _CONCAT_INPUTS inputs each
        (XNNPACK takes no more); a single tensor is returned as it is."""
        while len(tensors) > _CONCAT_INPUTS:
            groups = [tensors[n : n + _CONCAT_INPUTS] for n in range(0, len(tensors), _CONCAT_INPUTS)]
            tensors = [group[0] if len(group) == 1 else self.concatenation(group, name, shape, new_ops) for group in groups]
        if len(tensors) == 1 and output is None:
            return tensors[0]
        if output is None:
            output = self.add_tensor(f"{name}/concat{len(new_ops)}", shape, self.fb.TensorType.FLOAT32)
        options = self.fb.ConcatenationOptionsT()
        options.axis = 1
        new_ops.append(self.new_op("CONCATENATION", tensors, [output], self.fb.BuiltinOptions.ConcatenationOptions, options))
        return output

    def channels(self) -> dict[int, int]:
        """The last dimension of every tensor the graph computes (the file's static shapes are
        placeholders): from the input, each convolution's weights and each reshape's shape."""
        sub = self.sub
        known = {t: int(sub.tensors[t].shape[-1]) for t in sub.inputs}
        for op in sub.operators:
            kind = self.kind(op)
            if kind == "CONV_2D":
                value = int(sub.tensors[op.inputs[1]].shape[0])
            elif kind == "RESHAPE":
                value = int(self.constant(op.inputs[1], np.int32).reshape(-1)[-1])
            else:
                value = known.get(op.inputs[0])
            for t in op.outputs:
                if value is not None and value > 0:
                    known[t] = value
        return known

    def reshapes(self) -> int:
        """EXPAND_DIMS and SQUEEZE of a [1, time, channels] tensor -> RESHAPE (XNNPACK takes neither)."""
        fb, count = self.fb, 0
        channels = self.channels()
        for op in list(self.sub.operators):
            kind = self.kind(op)
            if kind not in ("EXPAND_DIMS", "SQUEEZE") or op.inputs[0] not in channels:
                continue
            c = channels[op.inputs[0]]
            if kind == "EXPAND_DIMS":
                axis = self.constant(op.inputs[1], np.int32)
                if axis is None or len(self.sub.tensors[op.inputs[0]].shape) != 3:
                    continue
                shape = {1: [1, 1, -1, c], 2: [1, -1, 1, c]}.get(int(axis.reshape(-1)[0]) % 4)
            else:  # the time axis and the channels are the only ones that can exceed 1
                shape = [1, -1, c] if len(self.sub.tensors[op.outputs[0]].shape) == 3 else None
            if shape is None:
                continue
            name = self.sub.tensors[op.outputs[0]].name.decode()
            options = fb.ReshapeOptionsT()
            options.newShape = shape
            reshape = self.new_op(
                "RESHAPE", [op.inputs[0], self.int32(name + "/shape", shape)], list(op.outputs),
                fb.BuiltinOptions.ReshapeOptions, options,
            )  # fmt: skip
            self.replace(op, [reshape])
            count += 1
        return count

    def pqmf_synthesis(self) -> int:
        """CONV_2D 1x1 (the sub-bands to P phases), RESHAPE into time, PAD with zeros, CONV_2D (VALID, one
        output channel, the synthesis filter) -> one CONV_2D (SAME) of the sub-bands giving the P output
        phases as channels, RESHAPE into time. See _polyphase_weights."""
        fb, count = self.fb, 0
        for op in list(self.sub.operators):
            if self.kind(op) != "CONV_2D":
                continue
            chain, tensor, readers = [op], op.outputs[0], self.readers()
            for kind in ("RESHAPE", "RESHAPE", "PAD", "RESHAPE", "CONV_2D", "RESHAPE"):
                following = self.only_reader(readers, tensor, kind)
                if following is None:
                    break
                chain.append(following)
                tensor = following.outputs[0]
            if len(chain) != 7:
                continue
            upsample, pad, synthesis, last = chain[0], chain[3], chain[5], chain[6]
            a = self.constant(upsample.inputs[1], np.float32)
            a_bias = self.constant(upsample.inputs[2], np.float32)
            h = self.constant(synthesis.inputs[1], np.float32)
            h_bias = self.constant(synthesis.inputs[2], np.float32)
            pads = self.constant(pad.inputs[1], np.int32)
            if any(v is None for v in (a, a_bias, h, h_bias, pads)) or a_bias.any():
                continue  # a bias on the upsampled bands would be padded with zeros around it
            if a.shape[1:3] != (1, 1) or h.shape[:2] != (1, 1) or h.shape[0] != 1 or pads.shape != (3, 2):
                continue
            bands = h.shape[3]
            if a.shape[0] % bands or pads[0].any() or pads[2].any() or synthesis.builtinOptions.padding != 1:
                continue
            if (synthesis.builtinOptions.strideW, synthesis.builtinOptions.dilationWFactor, upsample.builtinOptions.strideW) != (1, 1, 1):
                continue
            weights = _polyphase_weights(a[:, 0, 0, :], h[0, 0], int(pads[1][0]), int(pads[1][1]))
            if weights is None:
                continue
            phases, kernel, in_channels = weights.shape
            name = self.sub.tensors[synthesis.outputs[0]].name.decode()
            shape = [phases, 1, kernel, in_channels]
            w = self.add_tensor(name + "/polyphase_w", shape, fb.TensorType.FLOAT32, weights.reshape(shape))
            b = self.add_tensor(name + "/polyphase_b", [phases], fb.TensorType.FLOAT32, np.repeat(h_bias, phases))
            out = self.add_tensor(name + "/polyphase", [1, 1, 1, phases], fb.TensorType.FLOAT32)
            options = fb.Conv2DOptionsT()
            options.padding, options.strideW, options.strideH = _SAME, 1, 1
            conv = self.new_op("CONV_2D", [upsample.inputs[0], w, b], [out], fb.BuiltinOptions.Conv2DOptions, options)
            last.inputs[0] = out  # its shape [1, -1, 1] reads the phases as time
            for old in chain[1:6]:
                self.sub.operators.remove(old)
            self.replace(upsample, [conv])
            count += 1
        return count

    def static_channels(self) -> None:
        """Each computed float tensor's static shape: ones, then its channels (XNNPACK checks a
        convolution's input channels against its weights on these placeholders)."""
        for tensor, c in self.channels().items():
            t = self.sub.tensors[tensor]
            if t.type == self.fb.TensorType.FLOAT32 and tensor not in self.sub.inputs and len(t.shape):
                t.shape = [1] * (len(t.shape) - 1) + [c]


def _phase_weights(taps: np.ndarray, stride: int) -> np.ndarray | None:
    """A transposed convolution's taps [out, k, in] (stride *stride*, SAME padding) as the
    weights [stride * out, K, in] of an ordinary convolution (stride 1, SAME padding) whose
    output channel r * out + o is the output phase r (samples t = q * stride + r).

    LiteRT's transposed convolution adds x[i] * taps[:, j] into y[i * stride + j - pad] with
    pad = (k - stride) // 2; so y[q * stride + r] = sum over j of x[q + d] * taps[:, j],
    d = (r + pad - j) / stride where that divides. None when the offsets d are not
    symmetric about 0 (SAME padding would not line them up).
    """
    out_channels, k, in_channels = taps.shape
    pad = max(0, k - stride) // 2
    entries = [(r, j, (r + pad - j) // stride) for r in range(stride) for j in range(k) if (r + pad - j) % stride == 0]
    offsets = [d for _, _, d in entries]
    reach = max(offsets)
    if min(offsets) != -reach:
        return None
    weights = np.zeros((stride * out_channels, 2 * reach + 1, in_channels), dtype=np.float32)
    for r, j, d in entries:
        weights[r * out_channels : (r + 1) * out_channels, d + reach] = taps[:, j]
    return weights


def _polyphase_weights(upsample: np.ndarray, synthesis: np.ndarray, pad_before: int, pad_after: int) -> np.ndarray | None:
    """The PQMF synthesis as one convolution over the sub-band signal s [time, in].

    upsample [P * C, in]: u[P * q + p, c] = upsample[p * C + c] . s[q]; u is padded with zeros
    (pad_before, pad_after) and filtered with synthesis [K, C] (VALID, one output channel):
    y[n] = sum over k, c of synthesis[k, c] * u[n + k - pad_before, c]. With n = P * q + r,
    n + k - pad_before = P * (q + j) + p, so y[P * q + r] = sum over j of W[r, j] . s[q + j]:
    weights [P, 2 * reach + 1, in] of a stride-1 SAME convolution whose channel r is phase r.
    None when the offsets j are not symmetric about 0 or the output is not K - 1 shorter
    than the padded input (SAME padding would not line them up).
    """
    taps, bands = synthesis.shape
    phases = upsample.shape[0] // bands
    if pad_before + pad_after != taps - 1:
        return None
    entries = [(r, k, (r + k - pad_before) // phases, (r + k - pad_before) % phases) for r in range(phases) for k in range(taps)]
    reach = max(j for _, _, j, _ in entries)
    if min(j for _, _, j, _ in entries) != -reach:
        return None
    up = upsample.astype(np.float64).reshape(phases, bands, -1)  # [p, c, in]
    weights = np.zeros((phases, 2 * reach + 1, upsample.shape[1]))
    for r, k, j, p in entries:
        weights[r, j + reach] += synthesis[k].astype(np.float64) @ up[p]
    return weights.astype(np.float32)
