from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostNotePostEntitiesType0UrlsType0Item")


@_attrs_define
class PostNotePostEntitiesType0UrlsType0Item(Model):
    """A URL entity found in note Post text.

    Attributes:
        end (int):
        start (int):
        display_url (None | str | None):
        expanded_url (None | str | None):
        url (None | str | None):
    """

    end: int
    start: int
    display_url: None | str | None = None
    expanded_url: None | str | None = None
    url: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        end = self.end

        start = self.start

        display_url: str | Unset | None
        if isinstance(self.display_url, Unset):
            display_url = UNSET
        else:
            display_url = self.display_url

        expanded_url: str | Unset | None
        if isinstance(self.expanded_url, Unset):
            expanded_url = UNSET
        else:
            expanded_url = self.expanded_url

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )
        if display_url is not UNSET:
            field_dict["display_url"] = display_url
        if expanded_url is not UNSET:
            field_dict["expanded_url"] = expanded_url
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
        end = src_dict["end"]
        if not isinstance(end, int) or isinstance(end, bool):
            raise TypeError(f"PostNotePostEntitiesType0UrlsType0Item.end: expected int, got {type(end).__name__}")

        start = src_dict["start"]
        if not isinstance(start, int) or isinstance(start, bool):
            raise TypeError(f"PostNotePostEntitiesType0UrlsType0Item.start: expected int, got {type(start).__name__}")

        def _parse_display_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_url = _parse_display_url(_get("display_url", UNSET))

        def _parse_expanded_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expanded_url = _parse_expanded_url(_get("expanded_url", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_get("url", UNSET))

        post_note_post_entities_type_0_urls_type_0_item = cls(
            end,
            start,
            display_url,
            expanded_url,
            url,
        )

        d = (
            {}
            if _PostNotePostEntitiesType0UrlsType0Item_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostNotePostEntitiesType0UrlsType0Item_KEYS}
        )
        post_note_post_entities_type_0_urls_type_0_item.additional_properties = d
        return post_note_post_entities_type_0_urls_type_0_item

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


_PostNotePostEntitiesType0UrlsType0Item_KEYS = frozenset(
    {
        "end",
        "start",
        "display_url",
        "expanded_url",
        "url",
    }
)
