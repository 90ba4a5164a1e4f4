from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="AddConversationKeysConversationParticipantKeys")


@_attrs_define
class AddConversationKeysConversationParticipantKeys(Model):
    """AddConversationKeysConversationParticipantKeys: an object of X's API, as the spec describes it.

    Attributes:
        encrypted_conversation_key (str | None): Conversation key encrypted with this participant's public key.
        public_key_version (str | None): Version of the participant's public key used for encryption.
        user_id (str | None): Participant user ID.
    """

    encrypted_conversation_key: str | None = None
    public_key_version: str | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        encrypted_conversation_key = self.encrypted_conversation_key

        public_key_version = self.public_key_version

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encrypted_conversation_key is not UNSET:
            field_dict["encrypted_conversation_key"] = encrypted_conversation_key
        if public_key_version is not UNSET:
            field_dict["public_key_version"] = public_key_version
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        encrypted_conversation_key = _get("encrypted_conversation_key", UNSET)
        if (
            type(encrypted_conversation_key) is not str
            and encrypted_conversation_key is not UNSET
            and not isinstance(encrypted_conversation_key, str)
        ):
            raise TypeError(
                f"AddConversationKeysConversationParticipantKeys.encrypted_conversation_key: expected str, got {type(encrypted_conversation_key).__name__}"
            )

        public_key_version = _get("public_key_version", UNSET)
        if (
            type(public_key_version) is not str
            and public_key_version is not UNSET
            and not isinstance(public_key_version, str)
        ):
            raise TypeError(
                f"AddConversationKeysConversationParticipantKeys.public_key_version: expected str, got {type(public_key_version).__name__}"
            )

        user_id = _get("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET and not isinstance(user_id, str):
            raise TypeError(
                f"AddConversationKeysConversationParticipantKeys.user_id: expected str, got {type(user_id).__name__}"
            )

        add_conversation_keys_conversation_participant_keys = cls(
            encrypted_conversation_key,
            public_key_version,
            user_id,
        )

        d = (
            {}
            if _AddConversationKeysConversationParticipantKeys_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddConversationKeysConversationParticipantKeys_KEYS}
        )
        add_conversation_keys_conversation_participant_keys.additional_properties = d
        return add_conversation_keys_conversation_participant_keys

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


_AddConversationKeysConversationParticipantKeys_KEYS = frozenset(
    {
        "encrypted_conversation_key",
        "public_key_version",
        "user_id",
    }
)
