from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_conversation_type import ChatConversationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatConversation")


@_attrs_define
class ChatConversation:
    """A Chat conversation resource representing either a direct or group conversation.

    Attributes:
        id (str): The unique identifier for this conversation.
        admin_ids (list[str] | Unset): User IDs of group admins. Only present for group conversations.
        created_at (str | Unset): ISO 8601 timestamp when the group was created. Only present for group conversations.
        group_avatar_url (str | Unset): URL for the group avatar. Only present for group conversations.
        group_name (str | Unset): Encrypted group name. Only present for group conversations.
        is_muted (bool | Unset): Whether notifications are muted for this conversation.
        member_ids (list[str] | Unset): User IDs of group members. Only present for group conversations.
        message_ttl_msec (str | Unset): Message time-to-live in milliseconds.
        participant_ids (list[str] | Unset): Array of user IDs who are participants in this conversation.
        screen_capture_blocking_enabled (bool | Unset): Whether screen capture blocking is enabled for this
            conversation.
        screen_capture_detection_enabled (bool | Unset): Whether screen capture detection is enabled for this
            conversation.
        type_ (ChatConversationType | Unset): The type of conversation: 'direct' or 'group'.
        updated_at (str | Unset): ISO 8601 timestamp when the group was last updated. Only present for group
            conversations.
    """

    id: str
    admin_ids: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    group_avatar_url: str | Unset = UNSET
    group_name: str | Unset = UNSET
    is_muted: bool | Unset = UNSET
    member_ids: list[str] | Unset = UNSET
    message_ttl_msec: str | Unset = UNSET
    participant_ids: list[str] | Unset = UNSET
    screen_capture_blocking_enabled: bool | Unset = UNSET
    screen_capture_detection_enabled: bool | Unset = UNSET
    type_: ChatConversationType | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        admin_ids: list[str] | Unset = UNSET
        if not isinstance(self.admin_ids, Unset):
            admin_ids = self.admin_ids

        created_at = self.created_at

        group_avatar_url = self.group_avatar_url

        group_name = self.group_name

        is_muted = self.is_muted

        member_ids: list[str] | Unset = UNSET
        if not isinstance(self.member_ids, Unset):
            member_ids = self.member_ids

        message_ttl_msec = self.message_ttl_msec

        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        screen_capture_blocking_enabled = self.screen_capture_blocking_enabled

        screen_capture_detection_enabled = self.screen_capture_detection_enabled

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if admin_ids is not UNSET:
            field_dict["admin_ids"] = admin_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_avatar_url is not UNSET:
            field_dict["group_avatar_url"] = group_avatar_url
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if is_muted is not UNSET:
            field_dict["is_muted"] = is_muted
        if member_ids is not UNSET:
            field_dict["member_ids"] = member_ids
        if message_ttl_msec is not UNSET:
            field_dict["message_ttl_msec"] = message_ttl_msec
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
        d = dict(src_dict)
        id = d.pop("id")

        admin_ids = cast(list[str], d.pop("admin_ids", UNSET))

        created_at = d.pop("created_at", UNSET)

        group_avatar_url = d.pop("group_avatar_url", UNSET)

        group_name = d.pop("group_name", UNSET)

        is_muted = d.pop("is_muted", UNSET)

        member_ids = cast(list[str], d.pop("member_ids", UNSET))

        message_ttl_msec = d.pop("message_ttl_msec", UNSET)

        participant_ids = cast(list[str], d.pop("participant_ids", UNSET))

        screen_capture_blocking_enabled = d.pop("screen_capture_blocking_enabled", UNSET)

        screen_capture_detection_enabled = d.pop("screen_capture_detection_enabled", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatConversationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatConversationType(_type_)

        updated_at = d.pop("updated_at", UNSET)

        chat_conversation = cls(
            id=id,
            admin_ids=admin_ids,
            created_at=created_at,
            group_avatar_url=group_avatar_url,
            group_name=group_name,
            is_muted=is_muted,
            member_ids=member_ids,
            message_ttl_msec=message_ttl_msec,
            participant_ids=participant_ids,
            screen_capture_blocking_enabled=screen_capture_blocking_enabled,
            screen_capture_detection_enabled=screen_capture_detection_enabled,
            type_=type_,
            updated_at=updated_at,
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
