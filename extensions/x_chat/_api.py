"""``client.api``: the generated client, sending through x-chat's pipeline.

The generated operations call ``send_request``/``send_request_async`` on their client (a template
hook); this subclass answers them with the same pipeline the facade uses, so an operation reached
through ``client.api`` gets the same auth, retries, typed errors and rate-limit tracking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import httpx
import orjson

from x_chat_generated.client import AuthenticatedClient

from ._async.pipeline import AsyncPipeline
from ._sync.pipeline import Pipeline
from .errors import MalformedResponseError, XChatError
from .settings import Settings

__all__ = ["PipelineClient", "build_result"]

T = TypeVar("T")


@attrs.define
class PipelineClient(AuthenticatedClient):
    """An ``AuthenticatedClient`` whose every operation goes through x-chat's pipeline."""

    _settings: Settings = attrs.field(kw_only=True, alias="settings")

    @property
    def settings(self) -> Settings:
        return self._settings

    def auth_for_request(self) -> Any:
        return self._request_auth()

    def send_request(self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str) -> T:
        response = Pipeline(self._settings).send(
            self.get_httpx_client(), request, auth=self._request_auth(), endpoint=operation
        )
        return build_result(build, response)

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


def build_result(build: Callable[[httpx.Response], T], response: httpx.Response) -> T:
    """``build(response)``; a body that is not what the spec says becomes MalformedResponseError."""
    try:
        return build(response)
    except XChatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"missing field {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
        raise MalformedResponseError(what, response) from None
