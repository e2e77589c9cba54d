"""Loading a LiteRT interpreter without its native chatter on the user's terminal."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def load_interpreter(model: Path | bytes, input_shape: list[int], num_threads: int | None = None):
    """A LiteRT Interpreter for `model` (a file, or a model's bytes), its first input resized and allocated.

    LiteRT prints "INFO: Created TensorFlow Lite XNNPACK delegate for CPU." from
    C++ at the first allocation in a process, in the middle of our progress
    output, and honours no environment variable for it; so the allocation
    happens here, with native stderr held back.
    """
    from ai_edge_litert.interpreter import Interpreter

    with quiet_native_stderr():
        if isinstance(model, bytes):
            interp = Interpreter(model_content=model, num_threads=num_threads)
        else:
            interp = Interpreter(model_path=str(model), num_threads=num_threads)
        interp.resize_tensor_input(interp.get_input_details()[0]["index"], input_shape)
        interp.allocate_tensors()
    return interp


@contextmanager
def quiet_native_stderr() -> Iterator[None]:
    """Hold back what is written to fd 2; drop LiteRT's INFO lines, pass on the rest.

    fd 2 is restored even when the body raises, and anything else written
    meanwhile (a warning, another thread's progress) reaches stderr afterwards.
    """
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield  # no usable fd 2 (closed, embedded): nothing to hold back
        return
    with tempfile.TemporaryFile() as held:
        try:
            os.dup2(held.fileno(), 2)
            yield
        finally:
            try:
                sys.stderr.flush()  # Python text written inside goes the same way
            except (OSError, ValueError):
                pass
            os.dup2(saved, 2)
            os.close(saved)
            held.seek(0)
            lines = held.read().decode("utf-8", "replace").splitlines(keepends=True)
            rest = "".join(line for line in lines if not _litert_info(line))
            if rest:
                os.write(2, rest.encode("utf-8"))


def _litert_info(line: str) -> bool:
    return line.startswith("INFO: ") and ("TensorFlow Lite" in line or "LiteRT" in line)
