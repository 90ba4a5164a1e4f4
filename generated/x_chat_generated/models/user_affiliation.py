from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="UserAffiliation")


@_attrs_define
class UserAffiliation(Model):
    """Metadata about a user's affiliation.

    Attributes:
        badge_url (None | str | None): URL of the affiliation badge image shown on the User's profile.
        description (None | str | None): Description of the affiliation.
        url (None | str | None): URL associated with the affiliation.
        user_id (list[str] | None): A list of unique identifiers of the accounts this User is affiliated with.
    """

    badge_url: None | str | None = None
    description: None | str | None = None
    url: None | str | None = None
    user_id: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        badge_url: str | Unset | None
        if isinstance(self.badge_url, Unset):
            badge_url = UNSET
        else:
            badge_url = self.badge_url

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        user_id: list[str] | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, list):
            user_id = self.user_id

        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if badge_url is not UNSET:
            field_dict["badge_url"] = badge_url
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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

        def _parse_badge_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        badge_url = _parse_badge_url(_get("badge_url", UNSET))

        def _parse_description(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(_get("description", UNSET))

        def _parse_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_get("url", UNSET))

        def _parse_user_id(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_id_type_0 = cast(list[str], data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        user_id = _parse_user_id(_get("user_id", UNSET))

        user_affiliation = cls(
            badge_url,
            description,
            url,
            user_id,
        )

        d = (
            {}
            if _UserAffiliation_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserAffiliation_KEYS}
        )
        user_affiliation.additional_properties = d
        return user_affiliation

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


_UserAffiliation_KEYS = frozenset(
    {
        "badge_url",
        "description",
        "url",
        "user_id",
    }
)
