from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="AddConversationKeysRequest")


@_attrs_define
class AddConversationKeysRequest(Model):
    """AddConversationKeysRequest: an object of X's API, as the spec describes it.

    Attributes:
        conversation_key_version (str): Version of the conversation encryption key (typically a timestamp in
            milliseconds).
        conversation_participant_keys (list[AddConversationKeysConversationParticipantKeys]): Encrypted conversation
            keys for each participant.
        action_signatures (list[AddConversationKeysActionSignatures] | None): Cryptographic signatures for the action.
        base64_encoded_key_rotation (str | None): Base64-encoded key rotation payload for ratchet tree key management.
    """

    conversation_key_version: str
    conversation_participant_keys: list[AddConversationKeysConversationParticipantKeys]
    action_signatures: list[AddConversationKeysActionSignatures] | None = None
    base64_encoded_key_rotation: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        conversation_key_version = self.conversation_key_version

        conversation_participant_keys = []
        for conversation_participant_keys_item_data in self.conversation_participant_keys:
            conversation_participant_keys_item = conversation_participant_keys_item_data.to_dict()
            conversation_participant_keys.append(conversation_participant_keys_item)

        action_signatures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_signatures, Unset):
            action_signatures = []
            for action_signatures_item_data in self.action_signatures:
                action_signatures_item = action_signatures_item_data.to_dict()
                action_signatures.append(action_signatures_item)

        base64_encoded_key_rotation = self.base64_encoded_key_rotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_key_version": conversation_key_version,
                "conversation_participant_keys": conversation_participant_keys,
            }
        )
        if action_signatures is not UNSET:
            field_dict["action_signatures"] = action_signatures
        if base64_encoded_key_rotation is not UNSET:
            field_dict["base64_encoded_key_rotation"] = base64_encoded_key_rotation

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
        conversation_key_version = src_dict["conversation_key_version"]
        if type(conversation_key_version) is not str and not isinstance(conversation_key_version, str):
            raise TypeError(
                f"AddConversationKeysRequest.conversation_key_version: expected str, got {type(conversation_key_version).__name__}"
            )

        _conversation_participant_keys = src_dict["conversation_participant_keys"]
        if not isinstance(_conversation_participant_keys, list):
            raise TypeError(
                f"conversation_participant_keys: expected array, got {type(_conversation_participant_keys).__name__}"
            )
        conversation_participant_keys = deferred_items(
            AddConversationKeysConversationParticipantKeys, _conversation_participant_keys
        )

        _action_signatures = _get("action_signatures", UNSET)
        action_signatures: list[AddConversationKeysActionSignatures] | Unset = UNSET
        if _action_signatures is not UNSET:
            if not isinstance(_action_signatures, list):
                raise TypeError(f"action_signatures: expected array, got {type(_action_signatures).__name__}")
            action_signatures = deferred_items(AddConversationKeysActionSignatures, _action_signatures)

        base64_encoded_key_rotation = _get("base64_encoded_key_rotation", UNSET)
        if (
            type(base64_encoded_key_rotation) is not str
            and base64_encoded_key_rotation is not UNSET
            and not isinstance(base64_encoded_key_rotation, str)
        ):
            raise TypeError(
                f"AddConversationKeysRequest.base64_encoded_key_rotation: expected str, got {type(base64_encoded_key_rotation).__name__}"
            )

        add_conversation_keys_request = cls(
            conversation_key_version,
            conversation_participant_keys,
            action_signatures,
            base64_encoded_key_rotation,
        )

        d = (
            {}
            if _AddConversationKeysRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _AddConversationKeysRequest_KEYS}
        )
        add_conversation_keys_request.additional_properties = d
        return add_conversation_keys_request

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


_AddConversationKeysRequest_KEYS = frozenset(
    {
        "conversation_key_version",
        "conversation_participant_keys",
        "action_signatures",
        "base64_encoded_key_rotation",
    }
)
from ..models.add_conversation_keys_action_signatures import AddConversationKeysActionSignatures  # noqa: E402
from ..models.add_conversation_keys_conversation_participant_keys import AddConversationKeysConversationParticipantKeys  # noqa: E402
