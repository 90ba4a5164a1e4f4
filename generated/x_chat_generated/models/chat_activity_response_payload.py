from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="ChatActivityResponsePayload")


@_attrs_define
class ChatActivityResponsePayload(Model):
    """The payload of a chat.* activity event: one end-to-end encrypted chat event, as X's documentation of real-time chat
    events describes it (x-chat's addition: upstream does not type chat payloads). Decrypt `encoded_event` with the Chat
    XDK.

        Attributes:
            conversation_id (str | None): The conversation; X's examples write a direct conversation as `A-B` or `A:B`.
            sender_id (str | None): Who sent the event.
            id (str | None): The chat event's ID.
            created_at_msec (str | None): When it was created, in epoch milliseconds.
            encoded_event (str | None): The encrypted event (base64), as in a conversation's events.
            conversation_key_version (str | None): The conversation key it is encrypted with.
            conversation_key_change_event (str | None): The signed key-change event (base64) that carries that key, when
                there is one.
            message_event_signature (str | None): The event's signature.
    """

    conversation_id: str | None = None
    sender_id: str | None = None
    id: str | None = None
    created_at_msec: str | None = None
    encoded_event: str | None = None
    conversation_key_version: str | None = None
    conversation_key_change_event: str | None = None
    message_event_signature: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        sender_id = self.sender_id

        id = self.id

        created_at_msec = self.created_at_msec

        encoded_event = self.encoded_event

        conversation_key_version = self.conversation_key_version

        conversation_key_change_event = self.conversation_key_change_event

        message_event_signature = self.message_event_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if id is not UNSET:
            field_dict["id"] = id
        if created_at_msec is not UNSET:
            field_dict["created_at_msec"] = created_at_msec
        if encoded_event is not UNSET:
            field_dict["encoded_event"] = encoded_event
        if conversation_key_version is not UNSET:
            field_dict["conversation_key_version"] = conversation_key_version
        if conversation_key_change_event is not UNSET:
            field_dict["conversation_key_change_event"] = conversation_key_change_event
        if message_event_signature is not UNSET:
            field_dict["message_event_signature"] = message_event_signature

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
        conversation_id = _get("conversation_id", UNSET)
        if type(conversation_id) is not str and conversation_id is not UNSET and not isinstance(conversation_id, str):
            raise TypeError(
                f"ChatActivityResponsePayload.conversation_id: expected str, got {type(conversation_id).__name__}"
            )

        sender_id = _get("sender_id", UNSET)
        if type(sender_id) is not str and sender_id is not UNSET and not isinstance(sender_id, str):
            raise TypeError(f"ChatActivityResponsePayload.sender_id: expected str, got {type(sender_id).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"ChatActivityResponsePayload.id: expected str, got {type(id).__name__}")

        created_at_msec = _get("created_at_msec", UNSET)
        if type(created_at_msec) is not str and created_at_msec is not UNSET and not isinstance(created_at_msec, str):
            raise TypeError(
                f"ChatActivityResponsePayload.created_at_msec: expected str, got {type(created_at_msec).__name__}"
            )

        encoded_event = _get("encoded_event", UNSET)
        if type(encoded_event) is not str and encoded_event is not UNSET and not isinstance(encoded_event, str):
            raise TypeError(
                f"ChatActivityResponsePayload.encoded_event: expected str, got {type(encoded_event).__name__}"
            )

        conversation_key_version = _get("conversation_key_version", UNSET)
        if (
            type(conversation_key_version) is not str
            and conversation_key_version is not UNSET
            and not isinstance(conversation_key_version, str)
        ):
            raise TypeError(
                f"ChatActivityResponsePayload.conversation_key_version: expected str, got {type(conversation_key_version).__name__}"
            )

        conversation_key_change_event = _get("conversation_key_change_event", UNSET)
        if (
            type(conversation_key_change_event) is not str
            and conversation_key_change_event is not UNSET
            and not isinstance(conversation_key_change_event, str)
        ):
            raise TypeError(
                f"ChatActivityResponsePayload.conversation_key_change_event: expected str, got {type(conversation_key_change_event).__name__}"
            )

        message_event_signature = _get("message_event_signature", UNSET)
        if (
            type(message_event_signature) is not str
            and message_event_signature is not UNSET
            and not isinstance(message_event_signature, str)
        ):
            raise TypeError(
                f"ChatActivityResponsePayload.message_event_signature: expected str, got {type(message_event_signature).__name__}"
            )

        chat_activity_response_payload = cls(
            conversation_id,
            sender_id,
            id,
            created_at_msec,
            encoded_event,
            conversation_key_version,
            conversation_key_change_event,
            message_event_signature,
        )

        d = (
            {}
            if _ChatActivityResponsePayload_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatActivityResponsePayload_KEYS}
        )
        chat_activity_response_payload.additional_properties = d
        return chat_activity_response_payload

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


_ChatActivityResponsePayload_KEYS = frozenset(
    {
        "conversation_id",
        "sender_id",
        "id",
        "created_at_msec",
        "encoded_event",
        "conversation_key_version",
        "conversation_key_change_event",
        "message_event_signature",
    }
)
