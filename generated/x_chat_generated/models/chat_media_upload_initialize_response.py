from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, raw_object

T = TypeVar("T", bound="ChatMediaUploadInitializeResponse")


@_attrs_define
class ChatMediaUploadInitializeResponse:
    """Response from initializing a Chat media upload.

    Attributes:
        data (ChatMediaUploadInitializeResponseData | Unset):
    """

    data: ChatMediaUploadInitializeResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        data = raw_object(_get("data", UNSET), "ChatMediaUploadInitializeResponse.data")

        chat_media_upload_initialize_response = cls(
            data,
        )

        d = (
            {}
            if _ChatMediaUploadInitializeResponse_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadInitializeResponse_KEYS}
        )
        chat_media_upload_initialize_response.additional_properties = d
        return chat_media_upload_initialize_response

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


_ChatMediaUploadInitializeResponse_KEYS = frozenset(
    {
        "data",
    }
)
from ..models.chat_media_upload_initialize_response_data import ChatMediaUploadInitializeResponseData  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    ChatMediaUploadInitializeResponse, "data", lambda raw: ChatMediaUploadInitializeResponseData.from_dict(raw)
)
