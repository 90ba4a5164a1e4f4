from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File, Model

T = TypeVar("T", bound="ChatMediaUploadAppendRequest")


@_attrs_define
class ChatMediaUploadAppendRequest(Model):
    """ChatMediaUploadAppendRequest: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): The XChat conversation the upload belongs to.
        media (File): The media segment bytes: base64-encoded in JSON bodies, raw bytes in multipart bodies.
        media_hash_key (str): The media hash key returned by the initialize step.
        segment_index (int): The index of this segment in the upload sequence.
    """

    conversation_id: str
    media: File
    media_hash_key: str
    segment_index: int

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        media = self.media.to_tuple()

        media_hash_key = self.media_hash_key

        segment_index = self.segment_index

        field_dict: dict[str, Any] = {}

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

        files.append(("segment_index", (None, str(self.segment_index).encode(), "text/plain")))

        return files

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
                f"ChatMediaUploadAppendRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        media = File(payload=BytesIO(src_dict["media"]))

        media_hash_key = src_dict["media_hash_key"]
        if type(media_hash_key) is not str and not isinstance(media_hash_key, str):
            raise TypeError(
                f"ChatMediaUploadAppendRequest.media_hash_key: expected str, got {type(media_hash_key).__name__}"
            )

        segment_index = src_dict["segment_index"]
        if not isinstance(segment_index, int) or isinstance(segment_index, bool):
            raise TypeError(
                f"ChatMediaUploadAppendRequest.segment_index: expected int, got {type(segment_index).__name__}"
            )

        chat_media_upload_append_request = cls(
            conversation_id,
            media,
            media_hash_key,
            segment_index,
        )

        return chat_media_upload_append_request
