from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostSuggestedSourceLinksWithCountsItem")


@_attrs_define
class PostSuggestedSourceLinksWithCountsItem(Model):
    """A suggested source URL for this Post with the number of times it was suggested.

    Attributes:
        count (int | None): Number of times this source link was suggested.
        url (None | str | None): The suggested source URL.
    """

    count: int | None = None
    url: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        count: int | Unset | None
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
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

        def _parse_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(_get("count", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_get("url", UNSET))

        post_suggested_source_links_with_counts_item = cls(
            count,
            url,
        )

        d = (
            {}
            if _PostSuggestedSourceLinksWithCountsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostSuggestedSourceLinksWithCountsItem_KEYS}
        )
        post_suggested_source_links_with_counts_item.additional_properties = d
        return post_suggested_source_links_with_counts_item

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


_PostSuggestedSourceLinksWithCountsItem_KEYS = frozenset(
    {
        "count",
        "url",
    }
)
