from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import Model

T = TypeVar("T", bound="SendBroadcastChatRequest")


@_attrs_define
class SendBroadcastChatRequest(Model):
    """SendBroadcastChatRequest: an object of X's API, as the spec describes it.

    Attributes:
        text (str): The chat message text.
    """

    text: str

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
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
        text = src_dict["text"]
        if type(text) is not str and not isinstance(text, str):
            raise TypeError(f"SendBroadcastChatRequest.text: expected str, got {type(text).__name__}")

        send_broadcast_chat_request = cls(
            text,
        )

        return send_broadcast_chat_request
