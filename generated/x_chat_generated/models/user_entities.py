from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="UserEntities")


@_attrs_define
class UserEntities(Model):
    """A list of metadata found in the User's profile description.

    Attributes:
        description (None | None | UserEntitiesDescriptionType0): Entities found in the User's bio.
        url (None | None | UserEntitiesUrlType0): Entities for the User's profile website URL.
    """

    description: None | None | UserEntitiesDescriptionType0 = None
    url: None | None | UserEntitiesUrlType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        description: dict[str, Any] | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, UserEntitiesDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        url: dict[str, Any] | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        elif isinstance(self.url, UserEntitiesUrlType0):
            url = self.url.to_dict()
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
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

        def _parse_description(data: object) -> Unset | UserEntitiesDescriptionType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = UserEntitiesDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserEntitiesDescriptionType0, data)

        description = _parse_description(_get("description", UNSET))

        def _parse_url(data: object) -> Unset | UserEntitiesUrlType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                url_type_0 = UserEntitiesUrlType0.from_dict(data)

                return url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserEntitiesUrlType0, data)

        url = _parse_url(_get("url", UNSET))

        user_entities = cls(
            description,
            url,
        )

        d = (
            {}
            if _UserEntities_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserEntities_KEYS}
        )
        user_entities.additional_properties = d
        return user_entities

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


_UserEntities_KEYS = frozenset(
    {
        "description",
        "url",
    }
)
from ..models.user_entities_description_type_0 import UserEntitiesDescriptionType0  # noqa: E402
from ..models.user_entities_url_type_0 import UserEntitiesUrlType0  # noqa: E402
