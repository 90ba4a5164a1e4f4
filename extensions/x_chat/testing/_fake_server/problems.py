"""X-style problem responses (RFC 7807, v2.167's typed problem URIs) and the error that carries one."""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

__all__ = ["PROBLEMS", "ProblemError", "invalid", "problem", "problem_body"]

PROBLEMS = "https://api.x.com/2/problems/"


def problem(status: int, detail: str | None = None, **extra: Any) -> dict[str, Any]:
    # v2.167's typed problems (api.x.com URIs); 401 and 429 stay RFC 7807's about:blank, as X sends them.
    kinds = {
        400: ("invalid-request", "Invalid Request"),
        404: ("resource-not-found", "Not Found Error"),
        405: ("invalid-request", "Invalid Request"),
        429: (None, "Too Many Requests"),
        401: (None, "Unauthorized"),
        403: ("not-authorized-for-resource", "Forbidden"),
        500: ("internal-error", "Internal Error"),
    }
    if status == 403:
        extra.setdefault("resource_type", "dm_conversation")
    if status == 404:
        extra.setdefault("resource_type", "resource")
    kind, title = kinds.get(
        status, (None, HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error")
    )
    return {
        "title": title,
        "type": PROBLEMS + kind if kind else "about:blank",
        "status": status,
        "detail": detail or title,
        **extra,
    }


def problem_body(status: int) -> bytes:
    return json.dumps(problem(status)).encode()


class ProblemError(Exception):
    """Raised by a route: the server answers with this problem."""

    def __init__(self, status: int, detail: str, *, headers: Mapping[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra


def invalid(name: str, value: str, message: str) -> ProblemError:
    """400 for one bad parameter, worded as X words it."""
    return ProblemError(
        400,
        "One or more parameters to your request was invalid.",
        errors=[{"parameters": {name: [value]}, "message": message}],
    )
