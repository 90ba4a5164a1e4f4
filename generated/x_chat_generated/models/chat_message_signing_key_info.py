from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatMessageSigningKeyInfo")


@_attrs_define
class ChatMessageSigningKeyInfo:
    """Signing key information for message verification.

    Attributes:
        member_id (str | Unset): The member ID associated with this signing key.
        public_key_version (str | Unset): The version of the public key.
        signing_public_key (str | Unset): The signing public key.
    """

    member_id: str | Unset = UNSET
    public_key_version: str | Unset = UNSET
    signing_public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        d = dict(src_dict)
        member_id = d.pop("member_id", UNSET)

        public_key_version = d.pop("public_key_version", UNSET)

        signing_public_key = d.pop("signing_public_key", UNSET)

        chat_message_signing_key_info = cls(
            member_id=member_id,
            public_key_version=public_key_version,
            signing_public_key=signing_public_key,
        )

        chat_message_signing_key_info.additional_properties = d
        return chat_message_signing_key_info

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
