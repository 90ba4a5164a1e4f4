from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostEditControls")


@_attrs_define
class PostEditControls(Model):
    """Indicates how much longer (if at all) this Post can be edited.

    Attributes:
        editable_until (None | str | None): The time until which this Post can be edited.
        edits_remaining (int | None): Number of edits still allowed for this Post.
        is_edit_eligible (bool | None): Indicates whether this Post is eligible to be edited.
    """

    editable_until: None | str | None = None
    edits_remaining: int | None = None
    is_edit_eligible: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        editable_until: str | Unset | None
        if isinstance(self.editable_until, Unset):
            editable_until = UNSET
        else:
            editable_until = self.editable_until

        edits_remaining: int | Unset | None
        if isinstance(self.edits_remaining, Unset):
            edits_remaining = UNSET
        else:
            edits_remaining = self.edits_remaining

        is_edit_eligible: bool | Unset | None
        if isinstance(self.is_edit_eligible, Unset):
            is_edit_eligible = UNSET
        else:
            is_edit_eligible = self.is_edit_eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if editable_until is not UNSET:
            field_dict["editable_until"] = editable_until
        if edits_remaining is not UNSET:
            field_dict["edits_remaining"] = edits_remaining
        if is_edit_eligible is not UNSET:
            field_dict["is_edit_eligible"] = is_edit_eligible

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

        def _parse_editable_until(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        editable_until = _parse_editable_until(_get("editable_until", UNSET))

        def _parse_edits_remaining(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edits_remaining = _parse_edits_remaining(_get("edits_remaining", UNSET))

        def _parse_is_edit_eligible(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_edit_eligible = _parse_is_edit_eligible(_get("is_edit_eligible", UNSET))

        post_edit_controls = cls(
            editable_until,
            edits_remaining,
            is_edit_eligible,
        )

        d = (
            {}
            if _PostEditControls_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostEditControls_KEYS}
        )
        post_edit_controls.additional_properties = d
        return post_edit_controls

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


_PostEditControls_KEYS = frozenset(
    {
        "editable_until",
        "edits_remaining",
        "is_edit_eligible",
    }
)
