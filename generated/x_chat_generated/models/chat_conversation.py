from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, parse_datetime

T = TypeVar("T", bound="ChatConversation")


@_attrs_define
class ChatConversation(Model):
    """ChatConversation: an object of X's API, as the spec describes it.

    Attributes:
        admin_ids (list[str] | None):
        created_at (datetime.datetime | None):
        group_avatar_url (str | None):
        group_name (str | None):
        id (str | None):
        is_muted (bool | None):
        member_ids (list[str] | None):
        message_ttl_ms (int | None):
        participant_ids (list[str] | None):
        screen_capture_blocking_enabled (bool | None):
        screen_capture_detection_enabled (bool | None):
        type_ (str | None):
        updated_at (datetime.datetime | None):
    """

    admin_ids: list[str] | None = None
    created_at: datetime.datetime | None = None
    group_avatar_url: str | None = None
    group_name: str | None = None
    id: str | None = None
    is_muted: bool | None = None
    member_ids: list[str] | None = None
    message_ttl_ms: int | None = None
    participant_ids: list[str] | None = None
    screen_capture_blocking_enabled: bool | None = None
    screen_capture_detection_enabled: bool | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        admin_ids: list[str] | Unset = UNSET
        if not isinstance(self.admin_ids, Unset):
            admin_ids = self.admin_ids

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        group_avatar_url = self.group_avatar_url

        group_name = self.group_name

        id = self.id

        is_muted = self.is_muted

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = self.member_ids

        message_ttl_ms = self.message_ttl_ms

        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        screen_capture_blocking_enabled = self.screen_capture_blocking_enabled

        screen_capture_detection_enabled = self.screen_capture_detection_enabled

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if admin_ids is not UNSET:
            field_dict["admin_ids"] = admin_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_avatar_url is not UNSET:
            field_dict["group_avatar_url"] = group_avatar_url
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if id is not UNSET:
            field_dict["id"] = id
        if is_muted is not UNSET:
            field_dict["is_muted"] = is_muted
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if message_ttl_ms is not UNSET:
            field_dict["message_ttl_ms"] = message_ttl_ms
        if participant_ids is not UNSET:
            field_dict["participant_ids"] = participant_ids
        if screen_capture_blocking_enabled is not UNSET:
            field_dict["screen_capture_blocking_enabled"] = screen_capture_blocking_enabled
        if screen_capture_detection_enabled is not UNSET:
            field_dict["screen_capture_detection_enabled"] = screen_capture_detection_enabled
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        admin_ids = cast(list[str], _get("admin_ids", UNSET))

        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at, "created_at")

        group_avatar_url = _get("group_avatar_url", UNSET)
        if (
            type(group_avatar_url) is not str
            and group_avatar_url is not UNSET
            and not isinstance(group_avatar_url, str)
        ):
            raise TypeError(f"ChatConversation.group_avatar_url: expected str, got {type(group_avatar_url).__name__}")

        group_name = _get("group_name", UNSET)
        if type(group_name) is not str and group_name is not UNSET and not isinstance(group_name, str):
            raise TypeError(f"ChatConversation.group_name: expected str, got {type(group_name).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"ChatConversation.id: expected str, got {type(id).__name__}")

        is_muted = _get("is_muted", UNSET)
        if type(is_muted) is not bool and is_muted is not UNSET:
            raise TypeError(f"ChatConversation.is_muted: expected bool, got {type(is_muted).__name__}")

        member_ids = cast(list[str], _get("member_ids", UNSET))

        message_ttl_ms = _get("message_ttl_ms", UNSET)
        if message_ttl_ms is not UNSET and (not isinstance(message_ttl_ms, int) or isinstance(message_ttl_ms, bool)):
            raise TypeError(f"ChatConversation.message_ttl_ms: expected int, got {type(message_ttl_ms).__name__}")

        participant_ids = cast(list[str], _get("participant_ids", UNSET))

        screen_capture_blocking_enabled = _get("screen_capture_blocking_enabled", UNSET)
        if type(screen_capture_blocking_enabled) is not bool and screen_capture_blocking_enabled is not UNSET:
            raise TypeError(
                f"ChatConversation.screen_capture_blocking_enabled: expected bool, got {type(screen_capture_blocking_enabled).__name__}"
            )

        screen_capture_detection_enabled = _get("screen_capture_detection_enabled", UNSET)
        if type(screen_capture_detection_enabled) is not bool and screen_capture_detection_enabled is not UNSET:
            raise TypeError(
                f"ChatConversation.screen_capture_detection_enabled: expected bool, got {type(screen_capture_detection_enabled).__name__}"
            )

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"ChatConversation.type: expected str, got {type(type_).__name__}")

        _updated_at = _get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at, "updated_at")

        chat_conversation = cls(
            admin_ids,
            created_at,
            group_avatar_url,
            group_name,
            id,
            is_muted,
            member_ids,
            message_ttl_ms,
            participant_ids,
            screen_capture_blocking_enabled,
            screen_capture_detection_enabled,
            type_,
            updated_at,
        )

        d = (
            {}
            if _ChatConversation_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatConversation_KEYS}
        )
        chat_conversation.additional_properties = d
        return chat_conversation

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


_ChatConversation_KEYS = frozenset(
    {
        "admin_ids",
        "created_at",
        "group_avatar_url",
        "group_name",
        "id",
        "is_muted",
        "member_ids",
        "message_ttl_ms",
        "participant_ids",
        "screen_capture_blocking_enabled",
        "screen_capture_detection_enabled",
        "type",
        "updated_at",
    }
)
