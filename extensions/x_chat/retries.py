"""When and how long to retry: a policy (plain data) and one pure function that applies it.

`retry_delay` decides, from a failed attempt, whether to send the request again and after how
long; the clients' one send loop (``_async/pipeline.py``, and its generated sync twin) acts on the
answer. Kept pure, like openai-python's ``_should_retry``/``_calculate_retry_timeout``, so every rule
is tested without a server or a clock.
"""

from __future__ import annotations

import attrs
import httpx

from .errors import APIConnectionError, APIStatusError, RateLimitError, UsageCapExceededError, XChatError

__all__ = [
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "RETRY_STATUSES",
    "RetryPolicy",
    "retry_delay",
]

DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=30.0, write=30.0, pool=10.0)
"""Connect 5 s, read and write 30 s, waiting for a pooled connection 10 s."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""The statuses a request may be retried after (a write only when it cannot have been stored)."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# Connection failures after which the request cannot have reached the server: safe to retry even
# for a POST.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """How a client retries. Defaults: 3 retries, exponential backoff from 0.5 s (x2, at most 8 s,
    full jitter), all attempts within 60 s, and a 429 waited out only if X's reset is at most 60 s away.

    Examples:
        ```py
        from x_chat import ChatClient, RetryPolicy

        patient = RetryPolicy(max_retries=5, max_rate_limit_wait=900)
        client = ChatClient(retry=patient)
        print(client.retry.max_retries, client.with_options(max_retries=0).retry.max_retries)
        #> 5 0
        ```
    """

    max_retries: int = attrs.field(default=3, validator=attrs.validators.ge(0))
    backoff_initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: bool = True
    deadline: float | None = 60.0
    """Seconds for all attempts together: no retry starts whose wait would end past it, and the
    attempt in flight ends by it (`attempt_timeout`). Time waiting for the rate limit is not counted."""
    max_rate_limit_wait: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    """The longest wait for a 429's reset; a longer one raises RateLimitError at once."""
    attempt_timeout: float | None = attrs.field(default=120.0)
    """Seconds one attempt may take in all, from connecting to the last byte of the body, and never
    past `deadline` (time spent waiting for the rate limit does not count). httpx's own timeouts
    are per operation, so a server sending a byte at a time would otherwise hold a call for ever. A
    media download gets its declared size's worth of time on top (at 32 KiB/s). None: no limit."""
    max_response_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=attrs.validators.ge(1))
    """The largest response body the client reads, once decoded (X's largest pages are well under
    1 MiB); a larger one raises ResponseTooLargeError. Media downloads are bounded by their declared
    size instead."""

    @attempt_timeout.validator
    def _positive(self, attribute: object, value: float | None) -> None:
        if value is not None and not value > 0:
            raise ValueError(f"attempt_timeout must be > 0 or None, got {value!r}")

    def backoff(self, retry: int, *, randomness: float = 1.0) -> float:
        """The pause before retry number ``retry`` (1-based) when the server said nothing;
        ``randomness`` in [0, 1] is the full-jitter draw (ignored without jitter).

        Args:
            retry: The retry's number (1 for the first).
            randomness: The jitter draw in [0, 1].
        """
        ceiling = min(self.backoff_max, self.backoff_initial * 2.0 ** (retry - 1))
        return ceiling * randomness if self.jitter else ceiling


DEFAULT_RETRY = RetryPolicy()
"""The clients' default `RetryPolicy`: 3 retries with jittered backoff."""


def is_retryable(error: BaseException, *, idempotent: bool) -> bool:
    """Whether a failed attempt may be sent again at all.

    A 429 was rejected unprocessed, so even a POST may be resent; a 5xx or a lost connection after
    the request went out may have been stored, so only an idempotent request is resent then; a
    connection that was never made (connect error or timeout, no pooled connection) sent nothing.

    Args:
        error: What the attempt raised.
        idempotent: Whether sending the request twice does no harm (a GET, or a write marked so).
    """
    if isinstance(error, UsageCapExceededError):  # a daily or monthly cap: waiting does not lift it
        return False
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, APIStatusError):
        return idempotent and error.status_code in RETRY_STATUSES
    if isinstance(error, APIConnectionError):
        return idempotent or isinstance(error.__cause__, _NOT_SENT)
    return False


def may_have_been_sent(error: BaseException) -> bool:
    """Whether a failed write may have reached X and been stored: a 5xx, or a connection lost
    after the request went out. A 4xx (a 429 included) was refused, and a connection that was never
    made sent nothing.

    Args:
        error: What the write's last attempt raised.
    """
    if isinstance(error, APIStatusError):
        return error.status_code >= 500
    if isinstance(error, APIConnectionError):
        return not isinstance(error.__cause__, _NOT_SENT)
    return False


def retry_delay(
    policy: RetryPolicy,
    error: XChatError,
    *,
    retry: int,
    idempotent: bool,
    elapsed: float,
    randomness: float = 1.0,
) -> float | None:
    """Seconds to wait before retry number ``retry`` (1-based) after ``error``, or None to raise it.

    ``elapsed``: seconds since the first attempt started; ``randomness``: the jitter draw in [0, 1].
    X's own wait (``Retry-After``, ``x-rate-limit-reset``) wins over the backoff; a 429 whose wait is
    longer than ``max_rate_limit_wait`` raises at once, and so does a retry that would end past the
    deadline.

    Args:
        policy: The client's `RetryPolicy`.
        error: What the last attempt raised.
        retry: The number of the retry being considered (1 for the first).
        idempotent: Whether the request may be sent again safely (a GET; a POST only when it
            cannot have been stored twice).
        elapsed: Seconds since the first attempt started (checked against `policy.deadline`).
        randomness: The jitter draw in [0, 1] (`random.random()`); 1.0 is the full backoff.

    Examples:
        ```py
        from x_chat import APIConnectionError, RetryPolicy
        from x_chat.retries import retry_delay

        policy = RetryPolicy(jitter=False)
        print(retry_delay(policy, APIConnectionError("reset"), retry=1, idempotent=True, elapsed=0.0))
        #> 0.5
        print(retry_delay(policy, APIConnectionError("reset"), retry=1, idempotent=False, elapsed=0.0))
        #> None
        ```
    """
    if retry > policy.max_retries or not is_retryable(error, idempotent=idempotent):
        return None
    asked = error.retry_after if isinstance(error, APIStatusError) else None
    if isinstance(error, RateLimitError) and asked is not None and asked > policy.max_rate_limit_wait:
        return None
    delay = asked if asked is not None else policy.backoff(retry, randomness=randomness)
    if policy.deadline is not None and elapsed + delay > policy.deadline:
        return None
    return delay
