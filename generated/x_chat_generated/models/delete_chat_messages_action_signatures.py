from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, raw_object

T = TypeVar("T", bound="DeleteChatMessagesActionSignatures")


@_attrs_define
class DeleteChatMessagesActionSignatures(Model):
    """DeleteChatMessagesActionSignatures: an object of X's API, as the spec describes it.

    Attributes:
        encoded_message_event_detail (str): Base64-encoded message event detail.
        message_event_signature (DeleteChatMessagesActionSignaturesMessageEventSignature):
        message_id (str): Client-generated ID of the message being signed.
        signature_payload (str | None): Payload string the client signed; used only in server-side failure logs.
    """

    encoded_message_event_detail: str
    message_event_signature: DeleteChatMessagesActionSignaturesMessageEventSignature
    message_id: str
    signature_payload: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        encoded_message_event_detail = self.encoded_message_event_detail

        message_event_signature = self.message_event_signature.to_dict()

        message_id = self.message_id

        signature_payload = self.signature_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encoded_message_event_detail": encoded_message_event_detail,
                "message_event_signature": message_event_signature,
                "message_id": message_id,
            }
        )
        if signature_payload is not UNSET:
            field_dict["signature_payload"] = signature_payload

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
        encoded_message_event_detail = src_dict["encoded_message_event_detail"]
        if type(encoded_message_event_detail) is not str and not isinstance(encoded_message_event_detail, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignatures.encoded_message_event_detail: expected str, got {type(encoded_message_event_detail).__name__}"
            )

        message_event_signature = raw_object(
            src_dict["message_event_signature"], "DeleteChatMessagesActionSignatures.message_event_signature"
        )

        message_id = src_dict["message_id"]
        if type(message_id) is not str and not isinstance(message_id, str):
            raise TypeError(
                f"DeleteChatMessagesActionSignatures.message_id: expected str, got {type(message_id).__name__}"
            )

        signature_payload = _get("signature_payload", UNSET)
        if (
            type(signature_payload) is not str
            and signature_payload is not UNSET
            and not isinstance(signature_payload, str)
        ):
            raise TypeError(
                f"DeleteChatMessagesActionSignatures.signature_payload: expected str, got {type(signature_payload).__name__}"
            )

        delete_chat_messages_action_signatures = cls(
            encoded_message_event_detail,
            message_event_signature,
            message_id,
            signature_payload,
        )

        d = (
            {}
            if _DeleteChatMessagesActionSignatures_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DeleteChatMessagesActionSignatures_KEYS}
        )
        delete_chat_messages_action_signatures.additional_properties = d
        return delete_chat_messages_action_signatures

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


_DeleteChatMessagesActionSignatures_KEYS = frozenset(
    {
        "encoded_message_event_detail",
        "message_event_signature",
        "message_id",
        "signature_payload",
    }
)
from ..models.delete_chat_messages_action_signatures_message_event_signature import (
    DeleteChatMessagesActionSignaturesMessageEventSignature,
)
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    DeleteChatMessagesActionSignatures,
    "message_event_signature",
    lambda raw: DeleteChatMessagesActionSignaturesMessageEventSignature.from_dict(raw),
)
