"""The extraction worker process: ``python -m brief.extract._worker``.

It loads spaCy once and says ``ready``, then answers framed requests on stdin (a pickled article
text) with framed replies on stdout (a pickled ``(ok, Extraction | error text)``) until stdin
closes. Anything a library prints goes to stderr, so it cannot corrupt the replies. Ctrl-C is the
parent's to handle.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from typing import IO

__all__ = ["read_frame", "serve", "write_frame"]

_HEADER = struct.Struct(">Q")
_LIMIT = 1 << 30  # an article is at most 20 MiB; its extraction is a few times that at most


def write_frame(stream: IO[bytes], payload: bytes) -> None:
    """Write one length-prefixed frame and flush it."""
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def read_frame(stream: IO[bytes], limit: int = _LIMIT) -> bytes | None:
    """Read one frame; ``None`` at a clean end of stream.

    Raises:
        EOFError: the stream ended inside a frame, or its header is not one (stray output).
    """
    header = stream.read(_HEADER.size)
    if not header:
        return None
    if len(header) < _HEADER.size:
        raise EOFError("stream ended inside a frame header")
    (size,) = _HEADER.unpack(header)
    if size > limit:  # text printed by something else reads as an absurd size: never wait for it
        raise EOFError(f"not a frame header: {header!r}")
    payload = stream.read(size)
    if len(payload) < size:
        raise EOFError("stream ended inside a frame")
    return payload


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer extraction requests until ``requests`` ends."""
    from brief.extract._extract import extract
    from brief.extract._nlp import load_nlp

    load_nlp()
    write_frame(replies, b"ready")
    while (frame := read_frame(requests)) is not None:
        try:
            reply: tuple[bool, object] = (True, extract(pickle.loads(frame)))
        except Exception as exc:  # the parent extracts again in its own thread, where it raises
            reply = (False, f"{type(exc).__name__}: {exc}")
        write_frame(replies, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


def _main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints land on stderr
    serve(sys.stdin.buffer, replies)
    os._exit(0)  # nothing to clean up: skip tearing down spaCy (0.4 s)


if __name__ == "__main__":
    _main()
