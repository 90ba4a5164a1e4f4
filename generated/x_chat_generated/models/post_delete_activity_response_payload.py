from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="PostDeleteActivityResponsePayload")


@_attrs_define
class PostDeleteActivityResponsePayload(Model):
    """The identity of a deleted Post.

    Attributes:
        author_id (str): Unique identifier of a User Example: 2244994945.
        id (str): Unique identifier of a Post Example: 1346889436626259968.
    """

    author_id: str
    id: str

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        author_id = self.author_id

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "author_id": author_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from its JSON object (what `to_dict` returns); a field of the wrong type
        raises TypeError naming it.

        Args:
            src_dict: The JSON object, as X sent it.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check only off the JSON path
            raise TypeError(f"{cls.__name__}: expected object, got {type(src_dict).__name__}")
        _get = src_dict.get
        author_id = src_dict["author_id"]
        if type(author_id) is not str and not isinstance(author_id, str):
            raise TypeError(
                f"PostDeleteActivityResponsePayload.author_id: expected str, got {type(author_id).__name__}"
            )

        id = src_dict["id"]
        if type(id) is not str and not isinstance(id, str):
            raise TypeError(f"PostDeleteActivityResponsePayload.id: expected str, got {type(id).__name__}")

        post_delete_activity_response_payload = cls(
            author_id,
            id,
        )

        return post_delete_activity_response_payload
