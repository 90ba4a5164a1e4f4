"""The one place a request is sent: auth, timeout, retries, typed errors, rate-limit tracking.

Every operation goes through `AsyncPipeline.send`: the facade's methods, and the generated
functions of ``client.api`` (their ``send_request_async`` hook calls it). Written once, for
asyncio; the sync ``Pipeline`` is generated from this file.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx

from .._call import call_options, record_response
from .._deadline import AttemptLimit
from .._error_mapping import connection_error, error_from_response, mark_possibly_sent
from .._logs import redacted
from .._settings import Settings, build_request
from ..errors import (
    RateBudgetSpentError,
    ResponseTooLargeError,
    XChatError,
)
from ..retries import IDEMPOTENT_METHODS, RetryPolicy, may_have_been_sent, retry_delay
from ._backend import Receive, attempt_limit, sleep

__all__ = ["AsyncPipeline"]

logger = logging.getLogger("x_chat")

T = TypeVar("T")


class AsyncPipeline:
    """Sends requests for one client with its `Settings` (shared with ``with_options`` copies
    through ``settings.tracker``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def send(
        self, http: httpx.AsyncClient, request: dict[str, Any], *, auth: Any, endpoint: str
    ) -> httpx.Response:
        """Send ``request`` (``httpx`` request arguments), retrying what the policy allows; a 2xx
        response, or the typed error of the last attempt. ``endpoint`` names the rate-limit budget
        it draws from (the operation's name)."""
        return await self._send(http, request, auth, endpoint, False, _as_is)

    async def receive(
        self, http: httpx.AsyncClient, request: dict[str, Any], *, auth: Any, endpoint: str, body: Receive[T]
    ) -> T:
        """Send ``request`` and stream its 2xx body through ``body``; a connection that breaks
        mid-body is retried like any other (the whole request again, so ``body`` must start over)."""
        return await self._send(http, request, auth, endpoint, True, body)

    @contextlib.asynccontextmanager
    async def opened(
        self, http: httpx.AsyncClient, request: dict[str, Any], *, auth: Any, endpoint: str
    ) -> AsyncIterator[httpx.Response]:
        """One attempt at ``request``, paced, authenticated and with typed errors like every other,
        but not retried and with no wall-clock limit: the 2xx response, open, for a stream that lasts
        as long as it lives (its reads time out with the client's read timeout). The caller decides
        when to reconnect (the activity stream follows X's own backoff rules)."""
        built = build_request(http, self.settings, request, call_options())
        await self._pace(endpoint)
        response = await self._attempt(http, built, auth, endpoint, AttemptLimit(None))
        try:
            record_response(response)
            yield response
        finally:
            await response.aclose()

    async def _send(
        self,
        http: httpx.AsyncClient,
        request: dict[str, Any],
        auth: Any,
        endpoint: str,
        stream: bool,
        body: Receive[T],
    ) -> T:
        policy = self.settings.retry
        idempotent = self.settings.idempotent_writes or str(request["method"]).upper() in IDEMPOTENT_METHODS
        built = build_request(http, self.settings, request, call_options())
        started = time.monotonic()
        paced = 0.0  # waiting for the rate limit is not the request's own time
        retry = 0
        while True:
            try:
                paced += await self._pace(endpoint)
                async with attempt_limit(*_attempt_seconds(policy, time.monotonic() - started - paced)) as limit:
                    response = await self._attempt(http, built, auth, endpoint, limit)
                    try:
                        if stream:
                            limit.allow_download(int(response.headers.get("content-length") or 0))
                        else:
                            await _read(response, policy.max_response_bytes, limit)
                        record_response(response)
                        return await body(response)
                    except httpx.TransportError as exc:
                        raise _transport_error(exc, limit) from exc
                    finally:
                        await response.aclose()
            except XChatError as error:
                retry += 1
                elapsed = time.monotonic() - started - paced
                delay = retry_delay(
                    policy, error, retry=retry, idempotent=idempotent, elapsed=elapsed, randomness=random.random()
                )
                if delay is None:
                    if not idempotent and may_have_been_sent(error):
                        mark_possibly_sent(error)
                    raise
                logger.info(
                    "retrying %s %s after %s (retry %d, in %.2fs)", built.method, built.url.path, error, retry, delay
                )
                await sleep(delay)

    async def _pace(self, endpoint: str) -> float:
        """Hold the request until the endpoint's budget has room (pacing; see ``x_chat.pacing``);
        returns the seconds it waited."""
        budget = self.settings.budget
        if budget is None:
            return 0.0
        waited = 0.0
        while (wait := await budget.areserve(endpoint)) > 0:
            if waited + wait > self.settings.retry.max_rate_limit_wait:  # however the headers add up
                raise RateBudgetSpentError(endpoint, wait)
            budget.waiting(endpoint, wait)
            logger.info("waiting %.2fs for the rate limit of %s", wait, endpoint)
            await sleep(wait)
            waited += wait
        return waited

    async def _attempt(
        self, http: httpx.AsyncClient, request: httpx.Request, auth: Any, endpoint: str, limit: AttemptLimit
    ) -> httpx.Response:
        """One request, its body still to read (a 2xx) or read and raised as its typed error."""
        budget = self.settings.budget
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("request %s %s headers=%s", request.method, request.url, redacted(request.headers.items()))
        try:
            # never follow a redirect, whatever client the user gave: a 307 would re-send the body (an
            # OAuth refresh token, in the auth flow's token request) to wherever it points
            response = await http.send(request, auth=auth, stream=True, follow_redirects=False)
        except BaseException as exc:
            if budget is not None:
                await budget.asettle(endpoint, None)
            if isinstance(exc, httpx.TransportError):
                raise _transport_error(exc, limit) from exc
            raise
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %s %s -> %d headers=%s",
                request.method,
                request.url,
                response.status_code,
                redacted(response.headers.items()),
            )
        rate_limit = self.settings.tracker.note(response.headers)
        if budget is not None:
            await budget.asettle(endpoint, rate_limit, status=response.status_code)
        if response.is_success:
            return response
        try:
            await _read(response, self.settings.retry.max_response_bytes, limit)
        except httpx.TransportError as exc:
            raise _transport_error(exc, limit) from exc
        finally:
            await response.aclose()
        raise error_from_response(response, rate_limit=rate_limit)


def _attempt_seconds(policy: RetryPolicy, elapsed: float) -> tuple[float | None, str]:
    """The next attempt's limit: ``attempt_timeout``, and never past the ``deadline`` (with the
    setting that sets it, for the error)."""
    limit, described = policy.attempt_timeout, "RetryPolicy.attempt_timeout"
    if policy.deadline is not None:
        left = max(policy.deadline - elapsed, 0.001)
        if limit is None or left < limit:
            limit, described = left, f"what is left of RetryPolicy.deadline, {policy.deadline:g} s"
    return limit, described


async def _read(response: httpx.Response, cap: int, limit: AttemptLimit) -> None:
    """Read a streamed body as httpx's ``aread`` would, refused past ``cap`` decoded bytes or the
    attempt's limit (checked between pieces: a body sent a byte at a time ends too)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            raise ResponseTooLargeError(cap)
        limit.check()
        chunks.append(chunk)
    response._content = b"".join(chunks)  # what aread() sets: .content, .json() and .text read it


def _transport_error(exc: httpx.TransportError, limit: AttemptLimit) -> XChatError:
    """The typed error for a transport failure; the attempt's own limit, when that is what ended it."""
    if isinstance(exc, httpx.TimeoutException) and limit.deadline is not None and time.monotonic() >= limit.deadline:
        return limit.error()
    return connection_error(exc)


async def _as_is(response: httpx.Response) -> httpx.Response:
    return response
