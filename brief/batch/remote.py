"""OpenAI's Batch API through the ``openai`` client: upload a file, create and look up batches, download.

:class:`BatchAPI` wraps an injected ``openai.OpenAI`` client (any base URL that implements ``/v1/files``
and ``/v1/batches``); :meth:`BatchAPI.from_settings` builds one from the same settings as the
interactive backend. Every failure becomes a one-line :class:`~brief.errors.BackendError` that names
the call and the fix; the API key never appears in it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from brief.backends.openai_backend import client_options
from brief.backends.openai_errors import one_line, server_detail
from brief.batch.state import RemoteBatch
from brief.batch.write import atomic_file
from brief.config import Settings
from brief.errors import BackendError, ConfigError

if TYPE_CHECKING:
    import openai
    from openai.types import Batch

__all__ = ["BatchAPI", "note"]

SEARCH_LIMIT = 200  # how far back to look for an upload or a batch a crash left unrecorded


class BatchAPI:
    """The Files and Batches calls a batch day makes.

    Args:
        client: a configured ``openai.OpenAI`` (its own retries cover transient failures).
    """

    def __init__(self, client: openai.OpenAI) -> None:
        self._client = client
        self.base_url = str(client.base_url).rstrip("/")

    @classmethod
    def from_settings(cls, settings: Settings) -> BatchAPI:
        """A client for the endpoint the settings configure (``base_url``, ``api_key``, ``timeout``).

        Raises:
            ConfigError: neither an API key nor a base URL is configured.
        """
        import openai

        options = client_options(settings)
        return cls(openai.OpenAI(**options, max_retries=settings.request_retries))

    def upload(self, path: Path, name: str) -> str:
        """Upload a batch input file as ``name``; its file id.

        Raises:
            ConfigError: the file is gone.
            BackendError: the upload failed.
        """
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise ConfigError(
                f"the batch input file {path} is unreadable ({exc.strerror or exc}): delete the day's "
                "state in the cache's batches folder and run `brief daily --batch` again"
            ) from exc
        with handle, self._calling(f"uploading {path.name}"):
            return self._client.files.create(file=(name, handle), purpose="batch").id

    def find_upload(self, name: str) -> str | None:
        """The id of an uploaded batch file named ``name``, among the latest ones."""
        with self._calling("listing the uploaded files"):
            for index, found in enumerate(self._client.files.list(purpose="batch")):
                if found.filename == name:
                    return found.id
                if index >= SEARCH_LIMIT:
                    break
        return None

    def create(self, file_id: str, metadata: Mapping[str, str]) -> Batch:
        """Start a 24-hour chat-completions batch over an uploaded file."""
        with self._calling(f"creating the batch for {file_id}"):
            return self._client.batches.create(
                input_file_id=file_id,
                endpoint="/v1/chat/completions",  # CHAT_URL, as the client types it
                completion_window="24h",
                metadata=dict(metadata),
            )

    def find_batch(self, file_id: str) -> Batch | None:
        """The batch created over ``file_id``, among the latest ones."""
        with self._calling("listing the batches"):
            for index, batch in enumerate(self._client.batches.list(limit=100)):
                if batch.input_file_id == file_id:
                    return batch
                if index >= SEARCH_LIMIT:
                    break
        return None

    def retrieve(self, batch_id: str) -> Batch:
        """The batch as it is now."""
        with self._calling(f"looking up batch {batch_id}"):
            return self._client.batches.retrieve(batch_id)

    def download(self, file_id: str, path: Path) -> None:
        """Stream a file's content to ``path`` (written beside it and renamed: never half a file).

        Raises:
            BackendError: the download failed.
            DeliveryError: ``path`` cannot be written.
        """
        fix = "check --cache-dir"
        with (
            self._calling(f"downloading {file_id}"),
            atomic_file(path, fix) as sink,
            self._client.files.with_streaming_response.content(file_id) as response,
        ):
            for chunk in response.iter_bytes():
                sink.write(chunk)

    @contextmanager
    def _calling(self, what: str) -> Iterator[None]:
        import openai

        try:
            yield
        except openai.APIStatusError as exc:
            raise self._masked(_status_error(exc, what, self.base_url)) from exc
        except openai.APIError as exc:
            cause = one_line(f"{type(exc.__cause__ or exc).__name__}: {exc.__cause__ or exc}")
            raise self._masked(
                BackendError(
                    f"{what} at {self.base_url} failed ({cause}): check --base-url and the network, "
                    "then run the command again (nothing is lost)",
                    retryable=True,
                )
            ) from exc

    def _masked(self, error: BackendError) -> BackendError:
        secret = self._client.api_key
        if secret and len(secret) >= 4:
            error.args = (str(error).replace(secret, "****"),)
        return error


def _status_error(exc: openai.APIStatusError, what: str, url: str) -> BackendError:
    status, detail = exc.status_code, server_detail(exc)
    if status == 401:
        fix = "the API key was rejected: check OPENAI_API_KEY or --api-key"
    elif status == 404:
        fix = f"not found: check --base-url (it must offer the Batch API) and --cache-dir: {detail}"
    else:
        fix = f"{detail}: run the command again later (nothing is lost)"
    return BackendError(f"{what} at {url} failed (HTTP {status}): {fix}", status=status)


def note(entry: RemoteBatch, batch: Batch) -> None:
    """Copy what the Batch API says about a batch into the day's record of it."""
    entry.batch_id, entry.status = batch.id, batch.status
    entry.output_file_id, entry.error_file_id = batch.output_file_id, batch.error_file_id
    counts = batch.request_counts
    if counts is not None:
        entry.counts = {"completed": counts.completed, "failed": counts.failed, "total": counts.total}
    if batch.errors is not None and batch.errors.data:
        entry.problem = one_line("; ".join(e.message or e.code or "" for e in batch.errors.data))
