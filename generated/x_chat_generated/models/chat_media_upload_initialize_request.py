from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="ChatMediaUploadInitializeRequest")


@_attrs_define
class ChatMediaUploadInitializeRequest(Model):
    """ChatMediaUploadInitializeRequest: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): The XChat conversation the upload belongs to.
        total_bytes (int): Total size of the media upload in bytes.
    """

    conversation_id: str
    total_bytes: int

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conversation_id": conversation_id,
                "total_bytes": total_bytes,
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
        conversation_id = src_dict["conversation_id"]
        if type(conversation_id) is not str and not isinstance(conversation_id, str):
            raise TypeError(
                f"ChatMediaUploadInitializeRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        total_bytes = src_dict["total_bytes"]
        if not isinstance(total_bytes, int) or isinstance(total_bytes, bool):
            raise TypeError(
                f"ChatMediaUploadInitializeRequest.total_bytes: expected int, got {type(total_bytes).__name__}"
            )

        chat_media_upload_initialize_request = cls(
            conversation_id,
            total_bytes,
        )

        return chat_media_upload_initialize_request
