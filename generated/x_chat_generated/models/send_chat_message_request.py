from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="SendChatMessageRequest")


@_attrs_define
class SendChatMessageRequest(Model):
    """SendChatMessageRequest: an object of X's API, as the spec describes it.

    Attributes:
        encoded_message_create_event (str): Base64-encoded Thrift MessageCreateEvent containing encrypted message
            contents.
        message_id (str): Unique identifier for this message.
        conversation_token (str | None): Optional conversation token.
        encoded_message_event_signature (str | None): Base64-encoded Thrift MessageEventSignature for message
            verification.
    """

    encoded_message_create_event: str
    message_id: str
    conversation_token: str | None = None
    encoded_message_event_signature: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        encoded_message_create_event = self.encoded_message_create_event

        message_id = self.message_id

        conversation_token = self.conversation_token

        encoded_message_event_signature = self.encoded_message_event_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encoded_message_create_event": encoded_message_create_event,
                "message_id": message_id,
            }
        )
        if conversation_token is not UNSET:
            field_dict["conversation_token"] = conversation_token
        if encoded_message_event_signature is not UNSET:
            field_dict["encoded_message_event_signature"] = encoded_message_event_signature

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
        encoded_message_create_event = src_dict["encoded_message_create_event"]
        if type(encoded_message_create_event) is not str and not isinstance(encoded_message_create_event, str):
            raise TypeError(
                f"SendChatMessageRequest.encoded_message_create_event: expected str, got {type(encoded_message_create_event).__name__}"
            )

        message_id = src_dict["message_id"]
        if type(message_id) is not str and not isinstance(message_id, str):
            raise TypeError(f"SendChatMessageRequest.message_id: expected str, got {type(message_id).__name__}")

        conversation_token = _get("conversation_token", UNSET)
        if (
            type(conversation_token) is not str
            and conversation_token is not UNSET
            and not isinstance(conversation_token, str)
        ):
            raise TypeError(
                f"SendChatMessageRequest.conversation_token: expected str, got {type(conversation_token).__name__}"
            )

        encoded_message_event_signature = _get("encoded_message_event_signature", UNSET)
        if (
            type(encoded_message_event_signature) is not str
            and encoded_message_event_signature is not UNSET
            and not isinstance(encoded_message_event_signature, str)
        ):
            raise TypeError(
                f"SendChatMessageRequest.encoded_message_event_signature: expected str, got {type(encoded_message_event_signature).__name__}"
            )

        send_chat_message_request = cls(
            encoded_message_create_event,
            message_id,
            conversation_token,
            encoded_message_event_signature,
        )

        d = (
            {}
            if _SendChatMessageRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _SendChatMessageRequest_KEYS}
        )
        send_chat_message_request.additional_properties = d
        return send_chat_message_request

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


_SendChatMessageRequest_KEYS = frozenset(
    {
        "encoded_message_create_event",
        "message_id",
        "conversation_token",
        "encoded_message_event_signature",
    }
)
