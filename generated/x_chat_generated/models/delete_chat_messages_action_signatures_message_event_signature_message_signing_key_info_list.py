from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList")


@_attrs_define
class DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList(Model):
    """DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList: an object of X's API, as the spec describes it.

    Attributes:
        member_id (str | None): The member ID associated with this signing key.
        public_key_version (str | None): The version of the public key.
        signing_public_key (str | None): The signing public key.
    """

    member_id: str | None = None
    public_key_version: str | None = None
    signing_public_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        member_id = self.member_id

        public_key_version = self.public_key_version

        signing_public_key = self.signing_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if member_id is not UNSET:
            field_dict["member_id"] = member_id
        if public_key_version is not UNSET:
            field_dict["public_key_version"] = public_key_version
        if signing_public_key is not UNSET:
            field_dict["signing_public_key"] = signing_public_key

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
        member_id = _get("member_id", UNSET)
        if type(member_id) is not str and member_id is not UNSET and not isinstance(member_id, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList.member_id: expected str, got {type(member_id).__name__}"
            )

        public_key_version = _get("public_key_version", UNSET)
        if (
            type(public_key_version) is not str
            and public_key_version is not UNSET
            and not isinstance(public_key_version, str)
        ):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList.public_key_version: expected str, got {type(public_key_version).__name__}"
            )

        signing_public_key = _get("signing_public_key", UNSET)
        if (
            type(signing_public_key) is not str
            and signing_public_key is not UNSET
            and not isinstance(signing_public_key, str)
        ):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList.signing_public_key: expected str, got {type(signing_public_key).__name__}"
            )

        delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list = cls(
            member_id,
            public_key_version,
            signing_public_key,
        )

        d = (
            {}
            if _DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList_KEYS.issuperset(
                src_dict
            )
            else {
                k: v
                for k, v in src_dict.items()
                if k not in _DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList_KEYS
            }
        )
        delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list.additional_properties = d
        return delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list

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


_DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList_KEYS = frozenset(
    {
        "member_id",
        "public_key_version",
        "signing_public_key",
    }
)
