from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="DeleteChatMessagesActionSignaturesMessageEventSignature")


@_attrs_define
class DeleteChatMessagesActionSignaturesMessageEventSignature(Model):
    """DeleteChatMessagesActionSignaturesMessageEventSignature: an object of X's API, as the spec describes it.

    Attributes:
        public_key_version (str): The version of the public key used for signing.
        signature (str): The signature of the message event.
        signature_version (str): The version of the signature algorithm.
        message_signing_key_info_list
            (list[DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList] | None): List of signing
            key information for message verification.
        signing_public_key (str | None): The public key used for signing.
    """

    public_key_version: str
    signature: str
    signature_version: str
    message_signing_key_info_list: (
        list[DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList] | None
    ) = None
    signing_public_key: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        public_key_version = self.public_key_version

        signature = self.signature

        signature_version = self.signature_version

        message_signing_key_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.message_signing_key_info_list, Unset):
            message_signing_key_info_list = []
            for message_signing_key_info_list_item_data in self.message_signing_key_info_list:
                message_signing_key_info_list_item = message_signing_key_info_list_item_data.to_dict()
                message_signing_key_info_list.append(message_signing_key_info_list_item)

        signing_public_key = self.signing_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "public_key_version": public_key_version,
                "signature": signature,
                "signature_version": signature_version,
            }
        )
        if message_signing_key_info_list is not UNSET:
            field_dict["message_signing_key_info_list"] = message_signing_key_info_list
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
        public_key_version = src_dict["public_key_version"]
        if type(public_key_version) is not str and not isinstance(public_key_version, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignature.public_key_version: expected str, got {type(public_key_version).__name__}"
            )

        signature = src_dict["signature"]
        if type(signature) is not str and not isinstance(signature, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignature.signature: expected str, got {type(signature).__name__}"
            )

        signature_version = src_dict["signature_version"]
        if type(signature_version) is not str and not isinstance(signature_version, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignature.signature_version: expected str, got {type(signature_version).__name__}"
            )

        _message_signing_key_info_list = _get("message_signing_key_info_list", UNSET)
        message_signing_key_info_list: (
            list[DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList] | Unset
        ) = UNSET
        if _message_signing_key_info_list is not UNSET:
            if not isinstance(_message_signing_key_info_list, list):
                raise TypeError(
                    f"message_signing_key_info_list: expected array, got {type(_message_signing_key_info_list).__name__}"
                )
            message_signing_key_info_list = deferred_items(
                DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
                _message_signing_key_info_list,
            )

        signing_public_key = _get("signing_public_key", UNSET)
        if (
            type(signing_public_key) is not str
            and signing_public_key is not UNSET
            and not isinstance(signing_public_key, str)
        ):
            raise TypeError(
                f"DeleteChatMessagesActionSignaturesMessageEventSignature.signing_public_key: expected str, got {type(signing_public_key).__name__}"
            )

        delete_chat_messages_action_signatures_message_event_signature = cls(
            public_key_version,
            signature,
            signature_version,
            message_signing_key_info_list,
            signing_public_key,
        )

        d = (
            {}
            if _DeleteChatMessagesActionSignaturesMessageEventSignature_KEYS.issuperset(src_dict)
            else {
                k: v
                for k, v in src_dict.items()
                if k not in _DeleteChatMessagesActionSignaturesMessageEventSignature_KEYS
            }
        )
        delete_chat_messages_action_signatures_message_event_signature.additional_properties = d
        return delete_chat_messages_action_signatures_message_event_signature

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


_DeleteChatMessagesActionSignaturesMessageEventSignature_KEYS = frozenset(
    {
        "public_key_version",
        "signature",
        "signature_version",
        "message_signing_key_info_list",
        "signing_public_key",
    }
)
from ..models.delete_chat_messages_action_signatures_message_event_signature_message_signing_key_info_list import (
    DeleteChatMessagesActionSignaturesMessageEventSignatureMessageSigningKeyInfoList,
)
