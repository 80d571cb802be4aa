"""Bounded retries with exponential backoff, jitter and ``Retry-After``, shared by HTTP backends."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = ["AttemptsFailed", "RetryPolicy", "parse_retry_after", "retry_call"]

T = TypeVar("T")

Sleep = Callable[[float], None]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to wait between attempts.

    Attributes:
        retries: extra attempts after the first one (0 = try once).
        base_delay: the first backoff in seconds; it doubles on every retry.
        max_delay: cap on one computed backoff.
        max_retry_after: cap on a server's ``Retry-After`` (a server asking for an hour is not obeyed).
        sleep: how to wait; tests inject a recorder so they never wait.
        jitter: returns a number in [0, 1); spreads retries of concurrent workers apart.
    """

    retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 20.0
    max_retry_after: float = 60.0
    sleep: Sleep = field(default=time.sleep, repr=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based); ``retry_after`` wins when given."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        delay = min(self.max_delay, self.base_delay * 2.0**retry)
        return delay * (0.5 + self.jitter() / 2)


def parse_retry_after(headers: Mapping[str, str] | None) -> float | None:
    """Seconds a server asked us to wait (``retry-after-ms``, ``retry-after`` in seconds or an HTTP date)."""
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        try:
            return float(lowered[name]) / divisor
        except (KeyError, ValueError):
            pass
    try:
        when = email.utils.parsedate_to_datetime(lowered["retry-after"])
    except (KeyError, TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


class AttemptsFailed(Exception):
    """The last failure of :func:`retry_call`, with how many attempts were made."""

    def __init__(self, error: Exception, attempts: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.attempts = attempts


def retry_call(
    call: Callable[[], T],
    policy: RetryPolicy,
    classify: Callable[[Exception], tuple[bool, float | None]],
) -> T:
    """Run ``call`` until it succeeds, a failure is not retryable, or the retries run out.

    Args:
        call: the operation; it raises on failure.
        policy: how many retries and how long to wait.
        classify: for a raised exception, ``(retryable, retry_after_seconds_or_None)``.

    Raises:
        AttemptsFailed: wraps the last exception ``call`` raised and the number of attempts.
    """
    attempt = 0
    while True:
        attempt += 1
        try:
            return call()
        except Exception as exc:
            retryable, retry_after = classify(exc)
            if not retryable or attempt > policy.retries:
                raise AttemptsFailed(exc, attempt) from exc
            policy.sleep(policy.backoff(attempt - 1, retry_after))
