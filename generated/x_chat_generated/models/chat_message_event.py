from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, raw_object

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
        _get = src_dict.get
        encoded_event = src_dict["encoded_event"]
        if type(encoded_event) is not str and not isinstance(encoded_event, str):
            raise TypeError(f"ChatMessageEvent.encoded_event: expected str, got {type(encoded_event).__name__}")

        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(f"ChatMessageEvent.conversation_id: expected str, got {type(conversation_id).__name__}")

        conversation_token = _get("conversation_token", UNSET)
        if (
            type(conversation_token) is not str
            and conversation_token is not UNSET
            and not isinstance(conversation_token, str)
        ):
            raise TypeError(
                f"ChatMessageEvent.conversation_token: expected str, got {type(conversation_token).__name__}"
            )

        created_at_msec = _get("created_at_msec", UNSET)
        if type(created_at_msec) is not str and created_at_msec is not UNSET and not isinstance(created_at_msec, str):
            raise TypeError(f"ChatMessageEvent.created_at_msec: expected str, got {type(created_at_msec).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"ChatMessageEvent.id: expected str, got {type(id).__name__}")

        is_trusted = _get("is_trusted", UNSET)
        if type(is_trusted) is not bool and is_trusted is not UNSET:
            raise TypeError(f"ChatMessageEvent.is_trusted: expected bool, got {type(is_trusted).__name__}")

        message_event_signature = raw_object(
            _get("message_event_signature", UNSET), "ChatMessageEvent.message_event_signature"
        )

        previous_sequence_id = _get("previous_sequence_id", UNSET)
        if (
            type(previous_sequence_id) is not str
            and previous_sequence_id is not UNSET
            and not isinstance(previous_sequence_id, str)
        ):
            raise TypeError(
                f"ChatMessageEvent.previous_sequence_id: expected str, got {type(previous_sequence_id).__name__}"
            )

        sender_id = _get("sender_id", UNSET)
        if type(sender_id) is not str and sender_id is not UNSET and not isinstance(sender_id, str):
            raise TypeError(f"ChatMessageEvent.sender_id: expected str, got {type(sender_id).__name__}")

        sequence_id = _get("sequence_id", UNSET)
        if type(sequence_id) is not str and sequence_id is not UNSET and not isinstance(sequence_id, str):
            raise TypeError(f"ChatMessageEvent.sequence_id: expected str, got {type(sequence_id).__name__}")

        chat_message_event = cls(
            encoded_event,
            conversation_id,
            conversation_token,
            created_at_msec,
            id,
            is_trusted,
            message_event_signature,
            previous_sequence_id,
            sender_id,
            sequence_id,
        )

        d = (
            {}
            if _ChatMessageEvent_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMessageEvent_KEYS}
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


_ChatMessageEvent_KEYS = frozenset(
    {
        "encoded_event",
        "conversation_id",
        "conversation_token",
        "created_at_msec",
        "id",
        "is_trusted",
        "message_event_signature",
        "previous_sequence_id",
        "sender_id",
        "sequence_id",
    }
)
from ..models.chat_message_event_signature import ChatMessageEventSignature  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(ChatMessageEvent, "message_event_signature", lambda raw: ChatMessageEventSignature.from_dict(raw))
