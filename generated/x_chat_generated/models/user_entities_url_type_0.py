from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="UserEntitiesUrlType0")


@_attrs_define
class UserEntitiesUrlType0(Model):
    """Entities for the User's profile website URL.

    Attributes:
        urls (list[UserEntitiesUrlType0UrlsType0Item] | None):
    """

    urls: list[UserEntitiesUrlType0UrlsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        urls: list[dict[str, Any]] | Unset | None
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = []
            for urls_type_0_item_data in self.urls:
                urls_type_0_item = urls_type_0_item_data.to_dict()
                urls.append(urls_type_0_item)

        else:
            urls = self.urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls is not UNSET:
            field_dict["urls"] = urls

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

        def _parse_urls(data: object) -> list[UserEntitiesUrlType0UrlsType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _urls_type_0 = data
                if not isinstance(_urls_type_0, list):
                    raise TypeError(f"urls_type_0: expected array, got {type(_urls_type_0).__name__}")
                urls_type_0 = deferred_items(UserEntitiesUrlType0UrlsType0Item, _urls_type_0)

                return urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserEntitiesUrlType0UrlsType0Item] | None | Unset, data)

        urls = _parse_urls(_get("urls", UNSET))

        user_entities_url_type_0 = cls(
            urls,
        )

        d = (
            {}
            if _UserEntitiesUrlType0_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserEntitiesUrlType0_KEYS}
        )
        user_entities_url_type_0.additional_properties = d
        return user_entities_url_type_0

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


_UserEntitiesUrlType0_KEYS = frozenset(
    {
        "urls",
    }
)
from ..models.user_entities_url_type_0_urls_type_0_item import UserEntitiesUrlType0UrlsType0Item  # noqa: E402
