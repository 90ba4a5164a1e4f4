from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMediaUploadFinalizeRequest")


@_attrs_define
class ChatMediaUploadFinalizeRequest:
    """Request body for finalizing a Chat media upload.

    Attributes:
        conversation_id (str | Unset): XChat conversation identifier for the upload.
        media_hash_key (str | Unset): Media hash key returned from initialize.
        message_id (str | Unset): Optional message identifier associated with the upload.
        num_parts (str | Unset): Total number of uploaded parts as a numeric string.
        ttl_msec (str | Unset): Optional TTL for the media in milliseconds.
    """

    conversation_id: str | Unset = UNSET
    media_hash_key: str | Unset = UNSET
    message_id: str | Unset = UNSET
    num_parts: str | Unset = UNSET
    ttl_msec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        media_hash_key = self.media_hash_key

        message_id = self.message_id

        num_parts = self.num_parts

        ttl_msec = self.ttl_msec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if media_hash_key is not UNSET:
            field_dict["media_hash_key"] = media_hash_key
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if num_parts is not UNSET:
            field_dict["num_parts"] = num_parts
        if ttl_msec is not UNSET:
            field_dict["ttl_msec"] = ttl_msec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(
                f"ChatMediaUploadFinalizeRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        media_hash_key = _get("media_hash_key", UNSET)
        if type(media_hash_key) is not str and media_hash_key is not UNSET and not isinstance(media_hash_key, str):
            raise TypeError(
                f"ChatMediaUploadFinalizeRequest.media_hash_key: expected str, got {type(media_hash_key).__name__}"
            )

        message_id = _get("message_id", UNSET)
        if type(message_id) is not str and message_id is not UNSET and not isinstance(message_id, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.message_id: expected str, got {type(message_id).__name__}")

        num_parts = _get("num_parts", UNSET)
        if type(num_parts) is not str and num_parts is not UNSET and not isinstance(num_parts, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.num_parts: expected str, got {type(num_parts).__name__}")

        ttl_msec = _get("ttl_msec", UNSET)
        if type(ttl_msec) is not str and ttl_msec is not UNSET and not isinstance(ttl_msec, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.ttl_msec: expected str, got {type(ttl_msec).__name__}")

        chat_media_upload_finalize_request = cls(
            conversation_id,
            media_hash_key,
            message_id,
            num_parts,
            ttl_msec,
        )

        d = (
            {}
            if _ChatMediaUploadFinalizeRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadFinalizeRequest_KEYS}
        )
        chat_media_upload_finalize_request.additional_properties = d
        return chat_media_upload_finalize_request

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


_ChatMediaUploadFinalizeRequest_KEYS = frozenset(
    {
        "conversation_id",
        "media_hash_key",
        "message_id",
        "num_parts",
        "ttl_msec",
    }
)
