from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatGetConversationsResponseIncludes")


@_attrs_define
class ChatGetConversationsResponseIncludes:
    """Expanded objects requested via expansions parameter.

    Attributes:
        users (list[ChatGetConversationsResponseIncludesUsersItem] | Unset): User objects for expanded user IDs.
    """

    users: list[ChatGetConversationsResponseIncludesUsersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        _users = _get("users", UNSET)
        users: list[ChatGetConversationsResponseIncludesUsersItem] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = ChatGetConversationsResponseIncludesUsersItem.from_dict(users_item_data)

                users.append(users_item)

        chat_get_conversations_response_includes = cls(
            users,
        )

        d = (
            {}
            if _ChatGetConversationsResponseIncludes_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatGetConversationsResponseIncludes_KEYS}
        )
        chat_get_conversations_response_includes.additional_properties = d
        return chat_get_conversations_response_includes

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


_ChatGetConversationsResponseIncludes_KEYS = frozenset(
    {
        "users",
    }
)
from ..models.chat_get_conversations_response_includes_users_item import ChatGetConversationsResponseIncludesUsersItem  # noqa: E402
