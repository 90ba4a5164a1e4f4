import ssl
from collections.abc import Awaitable, Callable, Generator
from typing import Any, Self, TypeVar

import httpx
from attrs import define, evolve, field
from httpx import USE_CLIENT_DEFAULT

from . import errors

T = TypeVar("T")


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Kept for openapi-python-client compatibility, and unused: an operation
            returns its success types only, so a status the spec does not list as a success always raises
            errors.UnexpectedStatus.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _request_auth(self) -> Any:  # an httpx.Auth, or httpx.USE_CLIENT_DEFAULT
        """The auth for one request: whatever the httpx client was built or supplied with."""
        return USE_CLIENT_DEFAULT

    def send_request(self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str) -> T:
        """Send one operation's request and build its result: every function in ``api/`` calls this.

        ``request`` holds the ``httpx.Client.request`` arguments the operation made (method, url,
        params, headers, body); ``build`` turns the response into the operation's ``Response``;
        ``operation`` names it (its module in ``api/``, the snake_case operationId). Override this and
        :meth:`send_request_async` in a subclass to give every operation the same auth, retries,
        error handling and rate limiting: the one place a request is sent.
        """
        response = self.get_httpx_client().request(**request, auth=self._request_auth())
        return build(response)

    def parse_json(self, response: httpx.Response) -> Any:
        """A response's JSON body: every operation's parsing reads it through here, so a subclass can
        pick the decoder and the error for a body that is not JSON."""
        return response.json()

    async def send_request_async(
        self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str
    ) -> T:
        """The asyncio twin of :meth:`send_request`, used by every ``asyncio``/``asyncio_detailed``."""
        response = await self.get_async_httpx_client().request(**request, auth=self._request_auth())
        return build(response)

    def stream_request(self, request: dict[str, Any], receive: Callable[[httpx.Response], T], *, operation: str) -> T:
        """Send one operation's request and hand the success response, its body not read yet, to
        ``receive``: the ``sync_stream`` of an operation with a binary body calls this (a download is
        never held whole). Override it with :meth:`send_request`: the same one place."""
        with self.get_httpx_client().stream(**request, auth=self._request_auth()) as response:
            if not 200 <= response.status_code <= 299:
                response.read()
                raise errors.UnexpectedStatus(response.status_code, response.content)
            return receive(response)

    async def stream_request_async(
        self, request: dict[str, Any], receive: Callable[[httpx.Response], Awaitable[T]], *, operation: str
    ) -> T:
        """The asyncio twin of :meth:`stream_request`, used by every ``asyncio_stream``."""
        async with self.get_async_httpx_client().stream(**request, auth=self._request_auth()) as response:
            if not 200 <= response.status_code <= 299:
                await response.aread()
                raise errors.UnexpectedStatus(response.status_code, response.content)
            return await receive(response)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class _TokenAuth(httpx.Auth):
    """Sets the authorization header on each request, so a user-supplied httpx client gets it too."""

    def __init__(self, header_name: str, value: str) -> None:
        self._header_name = header_name
        self._value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header_name] = self._value
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header_name={self._header_name!r}, value='***')"


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.


    Attributes:
        raise_on_unexpected_status: Kept for openapi-python-client compatibility, and unused: an operation
            returns its success types only, so a status the spec does not list as a success always raises
            errors.UnexpectedStatus.
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def _request_auth(self) -> Any:  # an httpx.Auth, or httpx.USE_CLIENT_DEFAULT
        """The auth for one request, applied per request (not baked into the httpx client's headers)
        so that a client supplied with set_httpx_client() and a token changed later both work."""
        if not self.token:
            return USE_CLIENT_DEFAULT
        return _TokenAuth(self.auth_header_name, f"{self.prefix} {self.token}" if self.prefix else self.token)

    def send_request(self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str) -> T:
        """Send one operation's request and build its result: every function in ``api/`` calls this.

        ``request`` holds the ``httpx.Client.request`` arguments the operation made (method, url,
        params, headers, body); ``build`` turns the response into the operation's ``Response``;
        ``operation`` names it (its module in ``api/``, the snake_case operationId). Override this and
        :meth:`send_request_async` in a subclass to give every operation the same auth, retries,
        error handling and rate limiting: the one place a request is sent.
        """
        response = self.get_httpx_client().request(**request, auth=self._request_auth())
        return build(response)

    def parse_json(self, response: httpx.Response) -> Any:
        """A response's JSON body: every operation's parsing reads it through here, so a subclass can
        pick the decoder and the error for a body that is not JSON."""
        return response.json()

    async def send_request_async(
        self, request: dict[str, Any], build: Callable[[httpx.Response], T], *, operation: str
    ) -> T:
        """The asyncio twin of :meth:`send_request`, used by every ``asyncio``/``asyncio_detailed``."""
        response = await self.get_async_httpx_client().request(**request, auth=self._request_auth())
        return build(response)

    def stream_request(self, request: dict[str, Any], receive: Callable[[httpx.Response], T], *, operation: str) -> T:
        """Send one operation's request and hand the success response, its body not read yet, to
        ``receive``: the ``sync_stream`` of an operation with a binary body calls this (a download is
        never held whole). Override it with :meth:`send_request`: the same one place."""
        with self.get_httpx_client().stream(**request, auth=self._request_auth()) as response:
            if not 200 <= response.status_code <= 299:
                response.read()
                raise errors.UnexpectedStatus(response.status_code, response.content)
            return receive(response)

    async def stream_request_async(
        self, request: dict[str, Any], receive: Callable[[httpx.Response], Awaitable[T]], *, operation: str
    ) -> T:
        """The asyncio twin of :meth:`stream_request`, used by every ``asyncio_stream``."""
        async with self.get_async_httpx_client().stream(**request, auth=self._request_auth()) as response:
            if not 200 <= response.status_code <= 299:
                await response.aread()
                raise errors.UnexpectedStatus(response.status_code, response.content)
            return await receive(response)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._headers,
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                **self._httpx_args,
            )
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
