"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from types import NoneType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, TypeAlias, TypeVar

from attrs import define

from .errors import XChatError

# x-chat: an absent field reads as None. `Unset` is NoneType, so `str | Unset` is `str | None` to a
# type checker and `isinstance(x, Unset)` still works; to_dict() leaves out every None field, absent
# or null from X. A caller narrows with `is not None` and needs no import from here.
Unset: TypeAlias = NoneType  # type: ignore[nonetype-type]
UNSET: Unset = None

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A success response from an endpoint: its status, body, headers, and the body parsed as the
    operation's success type (error statuses raise instead of becoming a ``Response``)."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


class MalformedDataError(XChatError, ValueError):
    """A nested object in a response that does not have the shape the spec gives it: the server's
    fault, not the caller's. Nested objects are built when first read (see lazy_model_field), so
    this is raised then; ``model`` and ``field`` say where.

    Args:
        message: What is wrong, and where.
        model: The name of the model whose data is malformed.
        field: The field whose read found it.
    """

    def __init__(self, message: str, *, model: str = "", field: str = "") -> None:
        super().__init__(message)
        self.model = model
        self.field = field


class _LazyModel:
    """Replaces an attrs slot: the raw dict that from_dict stored is turned into its model on the
    first read, and the model is kept. Reads and writes otherwise go to the slot itself, so
    __init__, __eq__, __repr__, evolve() and to_dict() see models, never raw dicts."""

    __slots__ = ("_build", "_name", "_slot")

    def __init__(self, slot: Any, name: str, build: Callable[[dict[str, Any]], Any]) -> None:
        self._slot = slot
        self._name = name
        self._build = build

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        if type(value) is dict:
            try:
                value = self._build(value)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                model = type(obj).__name__
                raise MalformedDataError(
                    f"{model}.{self._name} is malformed: {detail}", model=model, field=self._name
                ) from None
            self._slot.__set__(obj, value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        self._slot.__set__(obj, value)


class Model:
    """The base of every generated model. It only adds the means to build an instance from its JSON
    object on first read (:func:`deferred`): a page of 100 events costs nothing to parse until an
    event is read, and an event is built whole (by ``from_dict``) the first time any field of it
    is read. A slot set before that is kept."""

    __slots__ = ("_x_chat_source",)

    if not TYPE_CHECKING:  # to type checkers, models have only their declared attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached when normal lookup fails: an empty slot of a deferred instance, or no such attribute.
            cls = type(self)
            try:
                source = object.__getattribute__(self, "_x_chat_source")
            except AttributeError:
                source = None
            members = _members(cls)
            if source is None or name not in members:
                raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
            try:
                built = cls.from_dict(source)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
                raise MalformedDataError(
                    f"{cls.__name__} is malformed: {detail}", model=cls.__name__, field=name
                ) from None
            for member in members.values():
                try:
                    member.__get__(self, cls)
                except AttributeError:  # not set since: take the parsed value (a nested model stays raw until read)
                    member.__set__(self, member.__get__(built, cls))
            self._x_chat_source = None
            return getattr(self, name)


M = TypeVar("M", bound=Model)


def _members(cls: type) -> dict[str, Any]:
    """attrs field name -> its slot's member descriptor (under any lazy wrapper), cached per class."""
    members = cls.__dict__.get("_x_chat_members")
    if members is None:
        members = {}
        for attribute in getattr(cls, "__attrs_attrs__", ()):
            descriptor = cls.__dict__.get(attribute.name)
            members[attribute.name] = descriptor._slot if isinstance(descriptor, _LazyModel) else descriptor
        type.__setattr__(cls, "_x_chat_members", members)
    return members


def deferred_items(model: type[M], items: list[Any]) -> list[M]:
    """Instances of ``model`` built from the JSON objects ``items``, each when a field of it is first
    read; a field that is then malformed raises MalformedDataError. An item that is not an object
    raises TypeError now."""
    new = object.__new__
    built: list[M] = []
    append = built.append
    for source in items:
        if type(source) is dict:
            instance = new(model)
            instance._x_chat_source = source
            append(instance)
        else:
            append(model.from_dict(source))
    return built


def raw_object(value: Any, where: str) -> Any:
    """``value`` if it can become a nested model later (a JSON object) or is UNSET; TypeError otherwise."""
    if type(value) is not dict and value is not UNSET:
        raise TypeError(f"{where}: expected object, got {type(value).__name__}")
    return value


def lazy_model_field(owner: type, name: str, build: Callable[[dict[str, Any]], Any]) -> None:
    """Make the nested-model attribute ``name`` of the slotted attrs class ``owner`` lazy: parsing a
    response does not build nested objects nobody reads (most of a chat page's cost)."""
    setattr(owner, name, _LazyModel(owner.__dict__[name], name, build))


def parse_datetime(value: Any, where: str = "value") -> datetime.datetime:
    """An aware datetime from an RFC 3339 string; one without an offset is UTC, never local time."""
    if not isinstance(value, str):
        raise TypeError(f"{where}: expected a date-time string, got {type(value).__name__}")
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: not an RFC 3339 date-time: {value[:40]!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def status_code_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for a code, or the plain int for one outside it (e.g. Cloudflare's 520)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "MalformedDataError",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "deferred_items",
    "lazy_model_field",
    "raw_object",
]
