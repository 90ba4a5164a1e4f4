from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="BroadcastChatMessage")


@_attrs_define
class BroadcastChatMessage(Model):
    """BroadcastChatMessage: an object of X's API, as the spec describes it.

    Attributes:
        author_id (str | None):
        author_name (str | None):
        author_username (str | None):
        broadcast_id (str | None):
        created_at_ms (str | None):
        id (str | None):
        reply_to (str | None):
        text (str | None):
    """

    author_id: str | None = None
    author_name: str | None = None
    author_username: str | None = None
    broadcast_id: str | None = None
    created_at_ms: str | None = None
    id: str | None = None
    reply_to: str | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        author_id = self.author_id

        author_name = self.author_name

        author_username = self.author_username

        broadcast_id = self.broadcast_id

        created_at_ms = self.created_at_ms

        id = self.id

        reply_to = self.reply_to

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if author_username is not UNSET:
            field_dict["author_username"] = author_username
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if created_at_ms is not UNSET:
            field_dict["created_at_ms"] = created_at_ms
        if id is not UNSET:
            field_dict["id"] = id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if text is not UNSET:
            field_dict["text"] = text

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
        author_id = _get("author_id", UNSET)
        if type(author_id) is not str and author_id is not UNSET and not isinstance(author_id, str):
            raise TypeError(f"BroadcastChatMessage.author_id: expected str, got {type(author_id).__name__}")

        author_name = _get("author_name", UNSET)
        if type(author_name) is not str and author_name is not UNSET and not isinstance(author_name, str):
            raise TypeError(f"BroadcastChatMessage.author_name: expected str, got {type(author_name).__name__}")

        author_username = _get("author_username", UNSET)
        if type(author_username) is not str and author_username is not UNSET and not isinstance(author_username, str):
            raise TypeError(f"BroadcastChatMessage.author_username: expected str, got {type(author_username).__name__}")

        broadcast_id = _get("broadcast_id", UNSET)
        if type(broadcast_id) is not str and broadcast_id is not UNSET and not isinstance(broadcast_id, str):
            raise TypeError(f"BroadcastChatMessage.broadcast_id: expected str, got {type(broadcast_id).__name__}")

        created_at_ms = _get("created_at_ms", UNSET)
        if type(created_at_ms) is not str and created_at_ms is not UNSET and not isinstance(created_at_ms, str):
            raise TypeError(f"BroadcastChatMessage.created_at_ms: expected str, got {type(created_at_ms).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"BroadcastChatMessage.id: expected str, got {type(id).__name__}")

        reply_to = _get("reply_to", UNSET)
        if type(reply_to) is not str and reply_to is not UNSET and not isinstance(reply_to, str):
            raise TypeError(f"BroadcastChatMessage.reply_to: expected str, got {type(reply_to).__name__}")

        text = _get("text", UNSET)
        if type(text) is not str and text is not UNSET and not isinstance(text, str):
            raise TypeError(f"BroadcastChatMessage.text: expected str, got {type(text).__name__}")

        broadcast_chat_message = cls(
            author_id,
            author_name,
            author_username,
            broadcast_id,
            created_at_ms,
            id,
            reply_to,
            text,
        )

        d = (
            {}
            if _BroadcastChatMessage_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _BroadcastChatMessage_KEYS}
        )
        broadcast_chat_message.additional_properties = d
        return broadcast_chat_message

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


_BroadcastChatMessage_KEYS = frozenset(
    {
        "author_id",
        "author_name",
        "author_username",
        "broadcast_id",
        "created_at_ms",
        "id",
        "reply_to",
        "text",
    }
)
