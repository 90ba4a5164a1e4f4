from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message_event_signature import ChatMessageEventSignature


T = TypeVar("T", bound="ChatMessageEvent")


@_attrs_define
class ChatMessageEvent:
    """An Chat message event with extracted envelope fields and the original encoded event.

    Attributes:
        encoded_event (str): Base64-encoded MessageEvent for client decoding.
        conversation_id (str | Unset): The conversation ID this message belongs to.
        conversation_token (str | Unset): The conversation token for this message.
        created_at_msec (str | Unset): The creation timestamp in milliseconds.
        id (str | Unset): The unique identifier for this message event (message_id).
        is_trusted (bool | Unset): Whether the message is from a trusted source.
        message_event_signature (ChatMessageEventSignature | Unset): Message event signature for verification.
        previous_sequence_id (str | Unset): The sequence ID of the previous message.
        sender_id (str | Unset): The user ID of the message sender.
        sequence_id (str | Unset): The sequence identifier for ordering messages.
    """

    encoded_event: str
    conversation_id: str | Unset = UNSET
    conversation_token: str | Unset = UNSET
    created_at_msec: str | Unset = UNSET
    id: str | Unset = UNSET
    is_trusted: bool | Unset = UNSET
    message_event_signature: ChatMessageEventSignature | Unset = UNSET
    previous_sequence_id: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    sequence_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encoded_event = self.encoded_event

        conversation_id = self.conversation_id

        conversation_token = self.conversation_token

        created_at_msec = self.created_at_msec

        id = self.id

        is_trusted = self.is_trusted

        message_event_signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_event_signature, Unset):
            message_event_signature = self.message_event_signature.to_dict()

        previous_sequence_id = self.previous_sequence_id

        sender_id = self.sender_id

        sequence_id = self.sequence_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encoded_event": encoded_event,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_token is not UNSET:
            field_dict["conversation_token"] = conversation_token
        if created_at_msec is not UNSET:
            field_dict["created_at_msec"] = created_at_msec
        if id is not UNSET:
            field_dict["id"] = id
        if is_trusted is not UNSET:
            field_dict["is_trusted"] = is_trusted
        if message_event_signature is not UNSET:
            field_dict["message_event_signature"] = message_event_signature
        if previous_sequence_id is not UNSET:
            field_dict["previous_sequence_id"] = previous_sequence_id
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if sequence_id is not UNSET:
            field_dict["sequence_id"] = sequence_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_message_event_signature import ChatMessageEventSignature

        d = dict(src_dict)
        encoded_event = d.pop("encoded_event")

        conversation_id = d.pop("conversation_id", UNSET)

        conversation_token = d.pop("conversation_token", UNSET)

        created_at_msec = d.pop("created_at_msec", UNSET)

        id = d.pop("id", UNSET)

        is_trusted = d.pop("is_trusted", UNSET)

        _message_event_signature = d.pop("message_event_signature", UNSET)
        message_event_signature: ChatMessageEventSignature | Unset
        if isinstance(_message_event_signature, Unset):
            message_event_signature = UNSET
        else:
            message_event_signature = ChatMessageEventSignature.from_dict(_message_event_signature)

        previous_sequence_id = d.pop("previous_sequence_id", UNSET)

        sender_id = d.pop("sender_id", UNSET)

        sequence_id = d.pop("sequence_id", UNSET)

        chat_message_event = cls(
            encoded_event=encoded_event,
            conversation_id=conversation_id,
            conversation_token=conversation_token,
            created_at_msec=created_at_msec,
            id=id,
            is_trusted=is_trusted,
            message_event_signature=message_event_signature,
            previous_sequence_id=previous_sequence_id,
            sender_id=sender_id,
            sequence_id=sequence_id,
        )

        chat_message_event.additional_properties = d
        return chat_message_event

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
