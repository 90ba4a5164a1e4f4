from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, parse_datetime, raw_object

T = TypeVar("T", bound="ChatMessageEvent")


@_attrs_define
class ChatMessageEvent(Model):
    """ChatMessageEvent: an object of X's API, as the spec describes it.

    Attributes:
        conversation_id (str | None):
        conversation_token (str | None):
        created_at (datetime.datetime | None):
        encoded_event (str | None):
        id (str | None):
        is_trusted (bool | None):
        message_event_signature (ChatMessageEventMessageEventSignature | None):
        previous_id (str | None):
        sender_id (str | None):
    """

    conversation_id: str | None = None
    conversation_token: str | None = None
    created_at: datetime.datetime | None = None
    encoded_event: str | None = None
    id: str | None = None
    is_trusted: bool | None = None
    message_event_signature: ChatMessageEventMessageEventSignature | None = None
    previous_id: str | None = None
    sender_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_id = self.conversation_id

        conversation_token = self.conversation_token

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        encoded_event = self.encoded_event

        id = self.id

        is_trusted = self.is_trusted

        message_event_signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_event_signature, Unset):
            message_event_signature = self.message_event_signature.to_dict()

        previous_id = self.previous_id

        sender_id = self.sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_token is not UNSET:
            field_dict["conversation_token"] = conversation_token
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if encoded_event is not UNSET:
            field_dict["encoded_event"] = encoded_event
        if id is not UNSET:
            field_dict["id"] = id
        if is_trusted is not UNSET:
            field_dict["is_trusted"] = is_trusted
        if message_event_signature is not UNSET:
            field_dict["message_event_signature"] = message_event_signature
        if previous_id is not UNSET:
            field_dict["previous_id"] = previous_id
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id

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

        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at, "created_at")

        encoded_event = _get("encoded_event", UNSET)
        if type(encoded_event) is not str and encoded_event is not UNSET and not isinstance(encoded_event, str):
            raise TypeError(f"ChatMessageEvent.encoded_event: expected str, got {type(encoded_event).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"ChatMessageEvent.id: expected str, got {type(id).__name__}")

        is_trusted = _get("is_trusted", UNSET)
        if type(is_trusted) is not bool and is_trusted is not UNSET:
            raise TypeError(f"ChatMessageEvent.is_trusted: expected bool, got {type(is_trusted).__name__}")

        message_event_signature = raw_object(
            _get("message_event_signature", UNSET), "ChatMessageEvent.message_event_signature"
        )

        previous_id = _get("previous_id", UNSET)
        if type(previous_id) is not str and previous_id is not UNSET and not isinstance(previous_id, str):
            raise TypeError(f"ChatMessageEvent.previous_id: expected str, got {type(previous_id).__name__}")

        sender_id = _get("sender_id", UNSET)
        if type(sender_id) is not str and sender_id is not UNSET and not isinstance(sender_id, str):
            raise TypeError(f"ChatMessageEvent.sender_id: expected str, got {type(sender_id).__name__}")

        chat_message_event = cls(
            conversation_id,
            conversation_token,
            created_at,
            encoded_event,
            id,
            is_trusted,
            message_event_signature,
            previous_id,
            sender_id,
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
        "conversation_id",
        "conversation_token",
        "created_at",
        "encoded_event",
        "id",
        "is_trusted",
        "message_event_signature",
        "previous_id",
        "sender_id",
    }
)
from ..models.chat_message_event_message_event_signature import ChatMessageEventMessageEventSignature  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    ChatMessageEvent, "message_event_signature", lambda raw: ChatMessageEventMessageEventSignature.from_dict(raw)
)
