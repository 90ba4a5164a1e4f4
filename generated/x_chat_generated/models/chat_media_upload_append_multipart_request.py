from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="ChatMediaUploadAppendMultipartRequest")


@_attrs_define
class ChatMediaUploadAppendMultipartRequest:
    """
    Attributes:
        conversation_id (str): XChat conversation identifier for the upload.
        media (File): The file to upload.
        media_hash_key (str): Media hash key returned from initialize.
        segment_index (int | str):
    """

    conversation_id: str
    media: File
    media_hash_key: str
    segment_index: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        media = self.media.to_tuple()

        media_hash_key = self.media_hash_key

        segment_index: int | str
        segment_index = self.segment_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "media": media,
                "media_hash_key": media_hash_key,
                "segment_index": segment_index,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("conversation_id", (None, str(self.conversation_id).encode(), "text/plain")))

        files.append(("media", self.media.to_tuple()))

        files.append(("media_hash_key", (None, str(self.media_hash_key).encode(), "text/plain")))

        if isinstance(self.segment_index, int):
            files.append(("segment_index", (None, str(self.segment_index).encode(), "text/plain")))
        else:
            files.append(("segment_index", (None, str(self.segment_index).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        conversation_id = src_dict["conversation_id"]
        if type(conversation_id) is not str and not isinstance(conversation_id, str):
            raise TypeError(
                f"ChatMediaUploadAppendMultipartRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        media = File(payload=BytesIO(src_dict["media"]))

        media_hash_key = src_dict["media_hash_key"]
        if type(media_hash_key) is not str and not isinstance(media_hash_key, str):
            raise TypeError(
                f"ChatMediaUploadAppendMultipartRequest.media_hash_key: expected str, got {type(media_hash_key).__name__}"
            )

        def _parse_segment_index(data: object) -> int | str:
            return cast(int | str, data)

        segment_index = _parse_segment_index(src_dict["segment_index"])

        chat_media_upload_append_multipart_request = cls(
            conversation_id,
            media,
            media_hash_key,
            segment_index,
        )

        d = (
            {}
            if _ChatMediaUploadAppendMultipartRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadAppendMultipartRequest_KEYS}
        )
        chat_media_upload_append_multipart_request.additional_properties = d
        return chat_media_upload_append_multipart_request

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


_ChatMediaUploadAppendMultipartRequest_KEYS = frozenset(
    {
        "conversation_id",
        "media",
        "media_hash_key",
        "segment_index",
    }
)
