from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, raw_object

T = TypeVar("T", bound="ChatGetConversationsResponse")


@_attrs_define
class ChatGetConversationsResponse:
    """
    Attributes:
        data (list[ChatConversation] | Unset): List of conversations in the user's inbox.
        errors (list[Problem] | Unset):
        includes (ChatGetConversationsResponseIncludes | Unset): Expanded objects requested via expansions parameter.
        meta (ChatGetConversationsResponseMeta | Unset):
    """

    data: list[ChatConversation] | Unset = UNSET
    errors: list[Problem] | Unset = UNSET
    includes: ChatGetConversationsResponseIncludes | Unset = UNSET
    meta: ChatGetConversationsResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        includes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.includes, Unset):
            includes = self.includes.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors
        if includes is not UNSET:
            field_dict["includes"] = includes
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        _data = _get("data", UNSET)
        data: list[ChatConversation] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ChatConversation.from_dict(data_item_data)

                data.append(data_item)

        _errors = _get("errors", UNSET)
        errors: list[Problem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = Problem.from_dict(errors_item_data)

                errors.append(errors_item)

        includes = raw_object(_get("includes", UNSET), "ChatGetConversationsResponse.includes")

        meta = raw_object(_get("meta", UNSET), "ChatGetConversationsResponse.meta")

        chat_get_conversations_response = cls(
            data,
            errors,
            includes,
            meta,
        )

        d = (
            {}
            if _ChatGetConversationsResponse_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatGetConversationsResponse_KEYS}
        )
        chat_get_conversations_response.additional_properties = d
        return chat_get_conversations_response

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


_ChatGetConversationsResponse_KEYS = frozenset(
    {
        "data",
        "errors",
        "includes",
        "meta",
    }
)
from ..models.chat_conversation import ChatConversation  # noqa: E402
from ..models.chat_get_conversations_response_includes import ChatGetConversationsResponseIncludes  # noqa: E402
from ..models.chat_get_conversations_response_meta import ChatGetConversationsResponseMeta  # noqa: E402
from ..models.problem import Problem  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    ChatGetConversationsResponse, "includes", lambda raw: ChatGetConversationsResponseIncludes.from_dict(raw)
)
lazy_model_field(ChatGetConversationsResponse, "meta", lambda raw: ChatGetConversationsResponseMeta.from_dict(raw))
