from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="MediaVariantsItem")


@_attrs_define
class MediaVariantsItem(Model):
    """A single playback or display variant of a media object.

    Attributes:
        bit_rate (int | None): The bit rate of this variant, in bits per second. Absent for playlist variants.
        content_type (None | str | None): The MIME type of this variant, for example "video/mp4" or
            "application/x-mpegURL".
        url (None | str | None): The URL to this media variant.
    """

    bit_rate: int | None = None
    content_type: None | str | None = None
    url: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        bit_rate: int | Unset | None
        if isinstance(self.bit_rate, Unset):
            bit_rate = UNSET
        else:
            bit_rate = self.bit_rate

        content_type: str | Unset | None
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bit_rate is not UNSET:
            field_dict["bit_rate"] = bit_rate
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if url is not UNSET:
            field_dict["url"] = url

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

        def _parse_bit_rate(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bit_rate = _parse_bit_rate(_get("bit_rate", UNSET))

        def _parse_content_type(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(_get("content_type", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_get("url", UNSET))

        media_variants_item = cls(
            bit_rate,
            content_type,
            url,
        )

        d = (
            {}
            if _MediaVariantsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MediaVariantsItem_KEYS}
        )
        media_variants_item.additional_properties = d
        return media_variants_item

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


_MediaVariantsItem_KEYS = frozenset(
    {
        "bit_rate",
        "content_type",
        "url",
    }
)
