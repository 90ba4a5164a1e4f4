from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMediaUploadInitializeRequest")


@_attrs_define
class ChatMediaUploadInitializeRequest:
    """Request body for initializing a Chat media upload.

    Attributes:
        conversation_id (str | Unset): XChat conversation identifier for the upload. Example:
            1603419216513746946:1603419216513746946.
        total_bytes (int | Unset): Total size of the media upload in bytes.
    """

    conversation_id: str | Unset = UNSET
    total_bytes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        total_bytes = self.total_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if total_bytes is not UNSET:
            field_dict["total_bytes"] = total_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(
                f"ChatMediaUploadInitializeRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        total_bytes = _get("total_bytes", UNSET)
        if total_bytes is not UNSET and (not isinstance(total_bytes, int) or isinstance(total_bytes, bool)):
            raise TypeError(
                f"ChatMediaUploadInitializeRequest.total_bytes: expected int, got {type(total_bytes).__name__}"
            )

        chat_media_upload_initialize_request = cls(
            conversation_id,
            total_bytes,
        )

        d = (
            {}
            if _ChatMediaUploadInitializeRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadInitializeRequest_KEYS}
        )
        chat_media_upload_initialize_request.additional_properties = d
        return chat_media_upload_initialize_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_ChatMediaUploadInitializeRequest_KEYS = frozenset(
    {
        "conversation_id",
        "total_bytes",
    }
)
