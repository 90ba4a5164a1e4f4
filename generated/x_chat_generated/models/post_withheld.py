from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_withheld_scope import PostWithheldScope
from ..models.post_withheld_scope_type_2_type_1 import PostWithheldScopeType2Type1
from ..models.post_withheld_scope_type_3_type_1 import PostWithheldScopeType3Type1
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostWithheld")


@_attrs_define
class PostWithheld(Model):
    """Withholding details for withheld content.

    Attributes:
        copyright_ (bool): Indicates whether this content is withheld due to a copyright claim.
        country_codes (list[str]): Uppercase ISO 3166-1 alpha-2 country codes where this content is withheld.
        scope (None | PostWithheldScope | PostWithheldScopeType2Type1 | PostWithheldScopeType3Type1 | None): Whether the
            withholding applies to a Post or a User.
    """

    copyright_: bool
    country_codes: list[str]
    scope: None | PostWithheldScope | PostWithheldScopeType2Type1 | PostWithheldScopeType3Type1 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        copyright_ = self.copyright_

        country_codes = self.country_codes

        scope: str | Unset | None
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif (
            isinstance(self.scope, PostWithheldScope)
            or isinstance(self.scope, PostWithheldScopeType2Type1)
            or isinstance(self.scope, PostWithheldScopeType3Type1)
        ):
            scope = self.scope.value
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "copyright": copyright_,
                "country_codes": country_codes,
            }
        )
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
        copyright_ = src_dict["copyright"]
        if type(copyright_) is not bool:
            raise TypeError(f"PostWithheld.copyright: expected bool, got {type(copyright_).__name__}")

        country_codes = cast(list[str], src_dict["country_codes"])

        def _parse_scope(
            data: object,
        ) -> PostWithheldScope | PostWithheldScopeType2Type1 | PostWithheldScopeType3Type1 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_1 = PostWithheldScope(data)

                return scope_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_2_type_1 = PostWithheldScopeType2Type1(data)

                return scope_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_3_type_1 = PostWithheldScopeType3Type1(data)

                return scope_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PostWithheldScope | PostWithheldScopeType2Type1 | PostWithheldScopeType3Type1 | Unset, data
            )

        scope = _parse_scope(_get("scope", UNSET))

        post_withheld = cls(
            copyright_,
            country_codes,
            scope,
        )

        d = (
            {}
            if _PostWithheld_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostWithheld_KEYS}
        )
        post_withheld.additional_properties = d
        return post_withheld

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


_PostWithheld_KEYS = frozenset(
    {
        "copyright",
        "country_codes",
        "scope",
    }
)
