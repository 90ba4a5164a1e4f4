from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="ChatMediaUploadInitializeResponseData")


@_attrs_define
class ChatMediaUploadInitializeResponseData(Model):
    """ChatMediaUploadInitializeResponseData: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str): Canonical ID of the conversation.
        media_hash_key (str): Hash key addressing the uploaded media.
        session_id (str): Upload session ID.
    """

    conversation_id: str
    media_hash_key: str
    session_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        media_hash_key = self.media_hash_key

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "media_hash_key": media_hash_key,
                "session_id": session_id,
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
                f"ChatMediaUploadInitializeResponseData.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        media_hash_key = src_dict["media_hash_key"]
        if type(media_hash_key) is not str and not isinstance(media_hash_key, str):
            raise TypeError(
                f"ChatMediaUploadInitializeResponseData.media_hash_key: expected str, got {type(media_hash_key).__name__}"
            )

        session_id = src_dict["session_id"]
        if type(session_id) is not str and not isinstance(session_id, str):
            raise TypeError(
                f"ChatMediaUploadInitializeResponseData.session_id: expected str, got {type(session_id).__name__}"
            )

        chat_media_upload_initialize_response_data = cls(
            conversation_id,
            media_hash_key,
            session_id,
        )

        d = (
            {}
            if _ChatMediaUploadInitializeResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadInitializeResponseData_KEYS}
        )
        chat_media_upload_initialize_response_data.additional_properties = d
        return chat_media_upload_initialize_response_data

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


_ChatMediaUploadInitializeResponseData_KEYS = frozenset(
    {
        "conversation_id",
        "media_hash_key",
        "session_id",
    }
)
