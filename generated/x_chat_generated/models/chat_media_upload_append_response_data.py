from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="ChatMediaUploadAppendResponseData")


@_attrs_define
class ChatMediaUploadAppendResponseData(Model):
    """ChatMediaUploadAppendResponseData: an object of X's API, as the spec describes it.

    Attributes:
        expires_at (int | None): Epoch seconds when the upload session expires.
    """

    expires_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        expires_at = _get("expires_at", UNSET)
        if expires_at is not UNSET and (not isinstance(expires_at, int) or isinstance(expires_at, bool)):
            raise TypeError(
                f"ChatMediaUploadAppendResponseData.expires_at: expected int, got {type(expires_at).__name__}"
            )

        chat_media_upload_append_response_data = cls(
            expires_at,
        )

        d = (
            {}
            if _ChatMediaUploadAppendResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ChatMediaUploadAppendResponseData_KEYS}
        )
        chat_media_upload_append_response_data.additional_properties = d
        return chat_media_upload_append_response_data

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


_ChatMediaUploadAppendResponseData_KEYS = frozenset(
    {
        "expires_at",
    }
)
