from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostMediaMetadataItem")


@_attrs_define
class PostMediaMetadataItem(Model):
    """Metadata for one media item attached to this Post.

    Attributes:
        alt_text (None | str | None): Alternative text describing the media for accessibility.
        description (None | str | None): Description of the media.
        media_key (None | str | None): The unique identifier of the media.
        title (None | str | None): Title of the media.
    """

    alt_text: None | str | None = None
    description: None | str | None = None
    media_key: None | str | None = None
    title: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        alt_text: str | Unset | None
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        media_key: str | Unset | None
        if isinstance(self.media_key, Unset):
            media_key = UNSET
        else:
            media_key = self.media_key

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if description is not UNSET:
            field_dict["description"] = description
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if title is not UNSET:
            field_dict["title"] = title

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

        def _parse_alt_text(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_text = _parse_alt_text(_get("alt_text", UNSET))

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_get("description", UNSET))

        def _parse_media_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_key = _parse_media_key(_get("media_key", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(_get("title", UNSET))

        post_media_metadata_item = cls(
            alt_text,
            description,
            media_key,
            title,
        )

        d = (
            {}
            if _PostMediaMetadataItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostMediaMetadataItem_KEYS}
        )
        post_media_metadata_item.additional_properties = d
        return post_media_metadata_item

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


_PostMediaMetadataItem_KEYS = frozenset(
    {
        "alt_text",
        "description",
        "media_key",
        "title",
    }
)
