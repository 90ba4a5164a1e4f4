"""``client.api``: the generated client, sending through x-chat's pipeline.

The generated operations call ``send_request``/``send_request_async`` on their client (a template
hook); this subclass answers them with the same pipeline the facade uses, so an operation reached
through ``client.api`` gets the same auth, retries, typed errors and rate-limit tracking.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, Self, TypeVar

import attrs
import httpx
import orjson

from x_chat_generated.client import AuthenticatedClient
from x_chat_generated.errors import UnexpectedStatus

from ._async.pipeline import AsyncPipeline
from ._settings import Settings
from ._sync.pipeline import Pipeline
from .errors import ConfigurationError, MalformedResponseError, XChatError

__all__ = ["PipelineClient", "build_result"]

T = TypeVar("T")


@attrs.define
class PipelineClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` whose every operation goes through x-chat's pipeline."""

    _settings: Settings = attrs.field(kw_only=True, alias="settings")

    @property
    def settings(self) -> Settings:
        return self._settings

    def send_request(self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str) -> T:
        response = Pipeline(self._settings).send(
            self.get_httpx_client(), request, auth=self._request_auth(), endpoint=operation
        )
        return build_result(build, response)

    def stream_request(self, request: dict[str, Any], receive: Callable[[httpx.Response], T], *, operation: str) -> T:
        return Pipeline(self._settings).receive(
            self.get_httpx_client(), request, auth=self._request_auth(), endpoint=operation, body=receive
        )

    async def stream_request_async(
        self, request: dict[str, Any], receive: Callable[[httpx.Response], Awaitable[T]], *, operation: str
    ) -> T:
        return await AsyncPipeline(self._settings).receive(
            self.get_async_httpx_client(), request, auth=self._request_auth(), endpoint=operation, body=receive
        )

    def opened(
        self, request: dict[str, Any], *, operation: str, timeout: httpx.Timeout | None = None
    ) -> AbstractContextManager[httpx.Response]:
        """One attempt at ``request`` through the pipeline (pacing, auth, typed errors; no retries,
        no wall-clock limit), its 2xx response open to stream (`Pipeline.opened`); ``timeout``
        replaces the client's (the activity stream's read timeout is its stall timeout)."""
        settings = self._settings if timeout is None else attrs.evolve(self._settings, timeout=timeout)
        return Pipeline(settings).opened(
            self.get_httpx_client(), request, auth=self._request_auth(), endpoint=operation
        )

    def opened_async(
        self, request: dict[str, Any], *, operation: str, timeout: httpx.Timeout | None = None
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """The asyncio twin of `opened`."""
        settings = self._settings if timeout is None else attrs.evolve(self._settings, timeout=timeout)
        return AsyncPipeline(settings).opened(
            self.get_async_httpx_client(), request, auth=self._request_auth(), endpoint=operation
        )

    def with_headers(self, headers: dict[str, str]) -> Self:
        raise _not_here("with_headers", "ChatClient(default_headers=...) or client.with_options(default_headers=...)")

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        raise _not_here("with_cookies", "an httpx client of yours with its cookies: ChatClient(http_client=...)")

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        raise _not_here("with_timeout", "ChatClient(timeout=...) or client.with_options(timeout=...)")

    async def send_request_async(
        self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str
    ) -> T:
        pipeline = AsyncPipeline(self._settings)
        response = await pipeline.send(
            self.get_async_httpx_client(), request, auth=self._request_auth(), endpoint=operation
        )
        return build_result(build, response)

    def parse_json(self, response: httpx.Response) -> Any:
        """orjson, and a typed error for a body that is not a JSON object."""
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError as exc:
            raise MalformedResponseError(f"body is not JSON ({exc})", response) from None
        if not isinstance(body, dict):
            raise MalformedResponseError(f"expected a JSON object, got {type(body).__name__}", response)
        return body


def _not_here(method: str, instead: str) -> ConfigurationError:
    """``client.api`` sends through x-chat's pipeline, which does not read the generated client's
    own knobs: changing one would silently do nothing."""
    return ConfigurationError(f"client.api.{method}() has no effect on x-chat's pipeline: use {instead}")


def build_result(build: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    """``build(response)``; a body that is not what the spec says, or a success status the spec does
    not list for the operation, becomes MalformedResponseError."""
    try:
        return build(response)
    except UnexpectedStatus:
        raise MalformedResponseError(
            f"HTTP {response.status_code} is not a success the spec lists for this operation", response
        ) from None
    except XChatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        raise MalformedResponseError(what, response) from None
