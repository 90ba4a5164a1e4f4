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
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id", UNSET)

        media_hash_key = d.pop("media_hash_key", UNSET)

        message_id = d.pop("message_id", UNSET)

        num_parts = d.pop("num_parts", UNSET)

        ttl_msec = d.pop("ttl_msec", UNSET)

        chat_media_upload_finalize_request = cls(
            conversation_id=conversation_id,
            media_hash_key=media_hash_key,
            message_id=message_id,
            num_parts=num_parts,
            ttl_msec=ttl_msec,
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
