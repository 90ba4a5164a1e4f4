from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="PostEntitiesUrlsType0Item")


@_attrs_define
class PostEntitiesUrlsType0Item(Model):
    """A URL entity found in the Post text, enriched with link metadata.

    Attributes:
        end (int):
        start (int):
        description (None | str | None): Description of the linked page, when available.
        display_url (None | str | None): The URL as displayed in the Post text.
        expanded_url (None | str | None): The fully resolved URL.
        images (list[PostEntitiesUrlsType0ItemImagesType0Item] | None):
        media_key (None | str | None):
        status (int | None): HTTP status from resolving the URL.
        title (None | str | None): Title of the linked page, when available.
        unwound_url (None | str | None): The final destination after following redirects.
        url (None | str | None): The t.co shortened URL.
    """

    end: int
    start: int
    description: None | str | None = None
    display_url: None | str | None = None
    expanded_url: None | str | None = None
    images: list[PostEntitiesUrlsType0ItemImagesType0Item] | None = None
    media_key: None | str | None = None
    status: int | None = None
    title: None | str | None = None
    unwound_url: None | str | None = None
    url: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        end = self.end

        start = self.start

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        images: list[dict[str, Any]] | Unset | None
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        media_key: str | Unset | None
        if isinstance(self.media_key, Unset):
            media_key = UNSET
        else:
            media_key = self.media_key

        status: int | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unwound_url: str | Unset | None
        if isinstance(self.unwound_url, Unset):
            unwound_url = UNSET
        else:
            unwound_url = self.unwound_url

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
        if description is not UNSET:
            field_dict["description"] = description
        if display_url is not UNSET:
            field_dict["display_url"] = display_url
        if expanded_url is not UNSET:
            field_dict["expanded_url"] = expanded_url
        if images is not UNSET:
            field_dict["images"] = images
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if unwound_url is not UNSET:
            field_dict["unwound_url"] = unwound_url
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
            raise TypeError(f"PostEntitiesUrlsType0Item.end: expected int, got {type(end).__name__}")

        start = src_dict["start"]
        if not isinstance(start, int) or isinstance(start, bool):
            raise TypeError(f"PostEntitiesUrlsType0Item.start: expected int, got {type(start).__name__}")

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_get("description", UNSET))

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

        def _parse_images(data: object) -> list[PostEntitiesUrlsType0ItemImagesType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _images_type_0 = data
                if not isinstance(_images_type_0, list):
                    raise TypeError(f"images_type_0: expected array, got {type(_images_type_0).__name__}")
                images_type_0 = deferred_items(PostEntitiesUrlsType0ItemImagesType0Item, _images_type_0)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PostEntitiesUrlsType0ItemImagesType0Item] | None | Unset, data)

        images = _parse_images(_get("images", UNSET))

        def _parse_media_key(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_key = _parse_media_key(_get("media_key", UNSET))

        def _parse_status(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(_get("status", UNSET))

        def _parse_title(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(_get("title", UNSET))

        def _parse_unwound_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unwound_url = _parse_unwound_url(_get("unwound_url", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_get("url", UNSET))

        post_entities_urls_type_0_item = cls(
            end,
            start,
            description,
            display_url,
            expanded_url,
            images,
            media_key,
            status,
            title,
            unwound_url,
            url,
        )

        d = (
            {}
            if _PostEntitiesUrlsType0Item_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostEntitiesUrlsType0Item_KEYS}
        )
        post_entities_urls_type_0_item.additional_properties = d
        return post_entities_urls_type_0_item

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


_PostEntitiesUrlsType0Item_KEYS = frozenset(
    {
        "end",
        "start",
        "description",
        "display_url",
        "expanded_url",
        "images",
        "media_key",
        "status",
        "title",
        "unwound_url",
        "url",
    }
)
from ..models.post_entities_urls_type_0_item_images_type_0_item import PostEntitiesUrlsType0ItemImagesType0Item  # noqa: E402
