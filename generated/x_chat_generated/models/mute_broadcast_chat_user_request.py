from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="MuteBroadcastChatUserRequest")


@_attrs_define
class MuteBroadcastChatUserRequest(Model):
    """MuteBroadcastChatUserRequest: an object of X's API, as the spec describes it.

    Attributes:
        user_id (str): The user to mute.
        end_at_ms (str | None): The Unix timestamp in milliseconds when the mute expires. Omit this field to mute
            indefinitely.
        message_id (str | None): A chat message to remove while muting the user.
    """

    user_id: str
    end_at_ms: str | None = None
    message_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        user_id = self.user_id

        end_at_ms = self.end_at_ms

        message_id = self.message_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if end_at_ms is not UNSET:
            field_dict["end_at_ms"] = end_at_ms
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

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
        user_id = src_dict["user_id"]
        if type(user_id) is not str and not isinstance(user_id, str):
            raise TypeError(f"MuteBroadcastChatUserRequest.user_id: expected str, got {type(user_id).__name__}")

        end_at_ms = _get("end_at_ms", UNSET)
        if type(end_at_ms) is not str and end_at_ms is not UNSET and not isinstance(end_at_ms, str):
            raise TypeError(f"MuteBroadcastChatUserRequest.end_at_ms: expected str, got {type(end_at_ms).__name__}")

        message_id = _get("message_id", UNSET)
        if type(message_id) is not str and message_id is not UNSET and not isinstance(message_id, str):
            raise TypeError(f"MuteBroadcastChatUserRequest.message_id: expected str, got {type(message_id).__name__}")

        mute_broadcast_chat_user_request = cls(
            user_id,
            end_at_ms,
            message_id,
        )

        return mute_broadcast_chat_user_request
