from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_withheld_scope import UserWithheldScope
from ..models.user_withheld_scope_type_2_type_1 import UserWithheldScopeType2Type1
from ..models.user_withheld_scope_type_3_type_1 import UserWithheldScopeType3Type1
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="UserWithheld")


@_attrs_define
class UserWithheld(Model):
    """Withholding details for withheld content.

    Attributes:
        country_codes (list[str] | None): A list of countries (as ISO 3166-1 alpha-2 codes) where this content is
            withheld.
        scope (None | None | UserWithheldScope | UserWithheldScopeType2Type1 | UserWithheldScopeType3Type1): The scope
            of the withholding. Only present, with the value "user", when the entire User is withheld.
    """

    country_codes: list[str] | None = None
    scope: None | None | UserWithheldScope | UserWithheldScopeType2Type1 | UserWithheldScopeType3Type1 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        country_codes: list[str] | Unset | None
        if isinstance(self.country_codes, Unset):
            country_codes = UNSET
        elif isinstance(self.country_codes, list):
            country_codes = self.country_codes

        else:
            country_codes = self.country_codes

        scope: str | Unset | None
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif (
            isinstance(self.scope, UserWithheldScope)
            or isinstance(self.scope, UserWithheldScopeType2Type1)
            or isinstance(self.scope, UserWithheldScopeType3Type1)
        ):
            scope = self.scope.value
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_codes is not UNSET:
            field_dict["country_codes"] = country_codes
        if scope is not UNSET:
            field_dict["scope"] = scope

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

        def _parse_country_codes(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                country_codes_type_0 = cast(list[str], data)

                return country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        country_codes = _parse_country_codes(_get("country_codes", UNSET))

        def _parse_scope(
            data: object,
        ) -> Unset | UserWithheldScope | UserWithheldScopeType2Type1 | UserWithheldScopeType3Type1 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_1 = UserWithheldScope(data)

                return scope_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_2_type_1 = UserWithheldScopeType2Type1(data)

                return scope_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_3_type_1 = UserWithheldScopeType3Type1(data)

                return scope_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | UserWithheldScope | UserWithheldScopeType2Type1 | UserWithheldScopeType3Type1, data
            )

        scope = _parse_scope(_get("scope", UNSET))

        user_withheld = cls(
            country_codes,
            scope,
        )

        d = (
            {}
            if _UserWithheld_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserWithheld_KEYS}
        )
        user_withheld.additional_properties = d
        return user_withheld

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


_UserWithheld_KEYS = frozenset(
    {
        "country_codes",
        "scope",
    }
)
