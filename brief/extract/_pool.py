"""Extraction in worker processes, so parsing the next articles overlaps waiting on the model.

spaCy parsing is CPU work that holds the GIL: threads waiting on an endpoint cannot overlap it with
each other. :class:`ExtractionPool` runs :func:`~brief.extract.extract` in ``workers`` processes
(``python -m brief.extract._worker``; nothing of the caller's ``__main__`` is re-run, no process is
forked), each loading the spaCy model once. Work is taken in submission order. When a worker dies or
cannot start, ``result`` extracts that article in the calling thread instead, where a real error
surfaces with its traceback. A worker that dies is replaced; one that dies before it is ready is not.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

from brief.extract._types import Extraction
from brief.extract._worker import read_frame, write_frame

__all__ = ["ExtractionPool", "WorkerGone", "default_workers"]

_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding the ``brief`` package
_BOOT = f"import sys; sys.path.insert(0, {_ROOT!r}); from brief.extract._worker import _main; _main()"


# each worker multiplies its matrices on one core: the workers are already one per core
_ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class WorkerGone(Exception):
    """A worker process exited, could not start, or failed on an article."""


class _Failed(WorkerGone):
    """Extraction raised inside a worker that is still fine."""


def default_workers() -> int:
    """One worker per CPU core, at most four (the model endpoint is the bottleneck beyond that)."""
    return max(1, min(4, os.cpu_count() or 1))


class _Process:
    """One worker process and its two pipes."""

    def __init__(self) -> None:
        self.popen = subprocess.Popen(
            [sys.executable, "-c", _BOOT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **_ONE_THREAD},
        )

    def ready(self) -> bool:
        """Wait until the worker has loaded spaCy; ``False`` when it died first."""
        assert self.popen.stdout is not None
        try:
            return read_frame(self.popen.stdout) == b"ready"
        except (OSError, EOFError):
            return False

    def extract(self, text: str) -> Extraction:
        stdin, stdout = self.popen.stdin, self.popen.stdout
        assert stdin is not None and stdout is not None
        try:
            write_frame(stdin, pickle.dumps(text, protocol=pickle.HIGHEST_PROTOCOL))
            frame = read_frame(stdout)
        except (OSError, EOFError) as exc:
            raise WorkerGone(f"the extraction worker stopped: {exc}") from exc
        if frame is None:
            raise WorkerGone(f"the extraction worker exited with code {self.popen.wait()}")
        ok, value = pickle.loads(frame)
        if not ok:
            raise _Failed(str(value))
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        try:
            if self.popen.stdin is not None:
                self.popen.stdin.close()  # a worker exits at the end of its input
        except OSError:
            pass
        try:
            self.popen.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        if self.popen.stdout is not None:
            self.popen.stdout.close()


class ExtractionPool:
    """``submit(text)`` returns a future of ``extract(text)``; ``result`` waits for it.

    Args:
        workers: processes to run; they start with ``start`` (or the first ``submit``) and stay
            until ``close``.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._jobs: queue.SimpleQueue[tuple[Future[Extraction], str] | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._running: set[_Process] = set()
        self._lock = threading.Lock()
        self._closing = False

    @property
    def pids(self) -> list[int]:
        """Process ids of the running workers."""
        with self._lock:
            return sorted(p.popen.pid for p in self._running)

    def start(self) -> None:
        """Start the worker processes (loading spaCy takes them a second or two)."""
        with self._lock:
            self._closing = False
            while len(self._threads) < self.workers:
                thread = threading.Thread(target=self._serve, name="brief-extract", daemon=True)
                thread.start()
                self._threads.append(thread)

    def submit(self, text: str) -> Future[Extraction]:
        """A future of the extraction of ``text``."""
        self.start()
        future: Future[Extraction] = Future()
        self._jobs.put((future, text))
        return future

    def result(self, future: Future[Extraction], text: str) -> Extraction:
        """The extraction from ``future``, or made in this thread when its worker failed."""
        try:
            return future.result()
        except WorkerGone:
            from brief.extract._extract import extract

            return extract(text)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers once the queue is done (``cancel``: drop what has not started, now)."""
        with self._lock:
            threads, self._threads = self._threads, []
            self._closing = cancel
            for process in self._running if cancel else ():
                process.popen.kill()  # its thread sees the pipe close and retires it
        while cancel and not self._jobs.empty():
            job = self._jobs.get_nowait()
            if job is not None:
                job[0].cancel()
        for _ in threads:
            self._jobs.put(None)
        for thread in threads:
            thread.join()

    def _serve(self) -> None:
        """One thread per worker process: feed it jobs, replace it when it dies."""
        process: _Process | None = self._spawn()
        while (job := self._jobs.get()) is not None:
            future, text = job
            if not future.set_running_or_notify_cancel():
                continue
            if process is None:
                future.set_exception(WorkerGone("no extraction worker"))
                continue
            try:
                future.set_result(process.extract(text))
            except _Failed as exc:
                future.set_exception(exc)
            except WorkerGone as exc:
                future.set_exception(exc)
                self._retire(process)
                process = self._spawn()
        if process is not None:
            self._retire(process)

    def _spawn(self) -> _Process | None:
        if self._closing:
            return None
        try:
            process = _Process()
        except OSError:
            return None
        with self._lock:
            self._running.add(process)
        if not process.ready():  # cannot start here: this thread's jobs are extracted by the caller
            self._retire(process)
            return None
        return process

    def _retire(self, process: _Process) -> None:
        with self._lock:
            self._running.discard(process)
        process.stop()
