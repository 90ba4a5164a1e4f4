"""Checking requests as the spec says: query parameters, JSON bodies (against the spec's own schemas,
with openapi-schema-validator from the ``x-chat[testing]`` extra) and the multipart append body."""

from __future__ import annotations

import functools
import io
import json
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from .http import RecordedRequest
from .problems import ProblemError, invalid

__all__ = [
    "Check",
    "checked_query",
    "int_in",
    "json_body",
    "json_int_from",
    "json_str",
    "multipart_append",
    "names_of",
    "schema_problem",
    "string",
]

Check = Callable[[Any], Any]
"""A query check: the parsed value, or an error message (a str) saying why the value is invalid."""


class _Invalid(str):
    """An error message from a query check (distinguishable from a valid string value)."""


def string(value: str) -> str:
    return value


def int_in(low: int, high: int) -> Check:
    def check(value: str) -> int | _Invalid:
        if not value.isascii() or not value.isdigit() or not low <= int(value) <= high:
            return _Invalid(f"is not between {low} and {high}")
        return int(value)

    return check


def names_of(enum: type[StrEnum]) -> Check:
    """A `style: form, explode: false` array of enum names: comma-joined, at least one, unique."""
    allowed = [m.value for m in enum.__members__.values()]

    def check(value: str) -> list[str] | _Invalid:
        names = value.split(",")
        for name in names:
            if name not in allowed:
                return _Invalid(f"is not one of {allowed}")
        if len(set(names)) != len(names):
            return _Invalid("has duplicates")
        return names

    return check


def json_str(value: object) -> object:
    return value if isinstance(value, str) else _Invalid("is not a string")


def json_int_from(low: int) -> Check:
    def check(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            return _Invalid(f"is not an integer of at least {low}")
        return value

    return check


def checked_query(request: RecordedRequest, checks: Mapping[str, Check]) -> dict[str, Any]:
    """The query parameters, each checked as the spec says; X-style 400 problems otherwise."""
    query: dict[str, Any] = {}
    for name, value in request.query:
        if name in query:
            raise invalid(name, value, f"Duplicate parameter [{name}]")
        check = checks.get(name)
        if check is None:
            allowed = ",".join(checks)
            raise invalid(name, value, f"The query parameter [{name}] is not one of [{allowed}]")
        checked = check(value)
        if isinstance(checked, _Invalid):
            raise invalid(name, value, f"The `{name}` query parameter value [{value}] {checked}")
        query[name] = checked
    return query


def json_body(
    request: RecordedRequest,
    fields: Mapping[str, tuple[Check, bool]] | None = None,
    *,
    schema: str | None = None,
) -> dict[str, Any]:
    """The JSON object body, checked against the spec's component ``schema`` and/or field by field
    (check, required); X-style 400 problems otherwise."""
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise ProblemError(400, f"expected application/json, got {request.headers.get('content-type')!r}")
    try:
        body = json.loads(request.body)
    except ValueError:
        raise ProblemError(400, "request body is not JSON") from None
    if not isinstance(body, dict):
        raise ProblemError(400, "request body is not a JSON object")
    if schema is not None:
        problem = schema_problem(schema, body)
        if problem:
            raise ProblemError(400, f"the request body does not match {schema}: {problem}")
    for name, (check, required) in (fields or {}).items():
        if name not in body:
            if required:
                raise ProblemError(400, f"the request body lacks `{name}`")
            continue
        if isinstance(check(body[name]), _Invalid):
            raise ProblemError(400, f"`{name}` {check(body[name])}")
    return body


def multipart_append(request: RecordedRequest) -> tuple[int, bytes]:
    """The append body: multipart/form-data with the raw segment (our spec's fix #2)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise ProblemError(400, f"expected multipart/form-data, got {content_type!r}")
    import multipart  # the x-chat[testing] extra, like the schema validator below

    boundary = multipart.parse_options_header(content_type)[1].get("boundary")
    if not boundary:
        raise ProblemError(400, "the multipart content-type has no boundary")
    body = io.BytesIO(request.body)
    limit = 256 * 1024 * 1024  # in memory: a segment is 1 MiB, or a thousandth of the upload
    try:
        parser = multipart.MultipartParser(
            body, boundary, len(request.body), strict=True, spool_limit=limit, memory_limit=limit
        )
        fields = {part.name: part.raw for part in parser}
    except multipart.MultipartError as exc:
        raise ProblemError(400, f"the multipart body is malformed: {exc}") from None
    missing = {"media", "segment_index", "conversation_id", "media_hash_key"} - set(fields)
    if missing:
        raise ProblemError(400, f"the multipart body lacks {sorted(missing)}")
    extra = set(fields) - {"media", "segment_index", "conversation_id", "media_hash_key"}
    if extra:
        raise ProblemError(400, f"the multipart body has unknown fields {sorted(extra)}")
    segment = fields["segment_index"].decode("ascii", "replace")
    if not re.fullmatch(r"[0-9]{1,3}", segment, re.ASCII):
        raise ProblemError(400, "`segment_index` is not 0 to 999")
    return int(segment), fields["media"]


@functools.cache
def _spec_validators() -> dict[str, Any]:
    """A validator per component schema of the shipped spec (OpenAPI 3.0 semantics: nullable, formats)."""
    from openapi_schema_validator import OAS30Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    from ...spec import spec_bytes

    spec = json.loads(spec_bytes())
    registry: Registry[Any] = Registry().with_resource("spec.json", DRAFT4.create_resource(spec))
    return {
        name: OAS30Validator({"$ref": f"spec.json#/components/schemas/{name}"}, registry=registry)
        for name in spec["components"]["schemas"]
    }


def schema_problem(schema: str, body: Any) -> str | None:
    """Why ``body`` does not match the spec's schema ``schema`` (the first reason), or None."""
    error = next(iter(_spec_validators()[schema].iter_errors(body)), None)
    if error is None:
        return None
    where = "/".join(str(p) for p in error.absolute_path) or "body"
    return f"{where}: {error.message[:200]}"
