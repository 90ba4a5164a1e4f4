from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="SendBroadcastChatRequest")


@_attrs_define
class SendBroadcastChatRequest(Model):
    """SendBroadcastChatRequest: an object of X's API, as the spec describes it.

    Attributes:
        text (str): The chat message text.
        reply_to (str | None): Message id to reply to, returned as timestamp when sent.
    """

    text: str
    reply_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        text = self.text

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

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
        text = src_dict["text"]
        if type(text) is not str and not isinstance(text, str):
            raise TypeError(f"SendBroadcastChatRequest.text: expected str, got {type(text).__name__}")

        reply_to = _get("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET and not isinstance(reply_to, str):
            raise TypeError(f"SendBroadcastChatRequest.reply_to: expected str, got {type(reply_to).__name__}")

        send_broadcast_chat_request = cls(
            text,
            reply_to,
        )

        return send_broadcast_chat_request
