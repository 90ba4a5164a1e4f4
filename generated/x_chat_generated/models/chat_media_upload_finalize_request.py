from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="ChatMediaUploadFinalizeRequest")


@_attrs_define
class ChatMediaUploadFinalizeRequest(Model):
    """ChatMediaUploadFinalizeRequest: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): The XChat conversation the upload belongs to.
        media_hash_key (str): The media hash key returned by the initialize step.
        num_parts (str): Total number of uploaded parts, as a numeric string.
        message_id (str | None): Optional message identifier associated with the upload.
        ttl_msec (str | None): Optional TTL for the media in milliseconds, as a numeric string.
    """

    conversation_id: str
    media_hash_key: str
    num_parts: str
    message_id: str | None = None
    ttl_msec: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        media_hash_key = self.media_hash_key

        num_parts = self.num_parts

        message_id = self.message_id

        ttl_msec = self.ttl_msec

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conversation_id": conversation_id,
                "media_hash_key": media_hash_key,
                "num_parts": num_parts,
            }
        )
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if ttl_msec is not UNSET:
            field_dict["ttl_msec"] = ttl_msec

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
                f"ChatMediaUploadFinalizeRequest.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        media_hash_key = src_dict["media_hash_key"]
        if type(media_hash_key) is not str and not isinstance(media_hash_key, str):
            raise TypeError(
                f"ChatMediaUploadFinalizeRequest.media_hash_key: expected str, got {type(media_hash_key).__name__}"
            )

        num_parts = src_dict["num_parts"]
        if type(num_parts) is not str and not isinstance(num_parts, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.num_parts: expected str, got {type(num_parts).__name__}")

        message_id = _get("message_id", UNSET)
        if type(message_id) is not str and message_id is not UNSET and not isinstance(message_id, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.message_id: expected str, got {type(message_id).__name__}")

        ttl_msec = _get("ttl_msec", UNSET)
        if type(ttl_msec) is not str and ttl_msec is not UNSET and not isinstance(ttl_msec, str):
            raise TypeError(f"ChatMediaUploadFinalizeRequest.ttl_msec: expected str, got {type(ttl_msec).__name__}")

        chat_media_upload_finalize_request = cls(
            conversation_id,
            media_hash_key,
            num_parts,
            message_id,
            ttl_msec,
        )

        return chat_media_upload_finalize_request
