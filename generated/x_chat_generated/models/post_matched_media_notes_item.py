from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostMatchedMediaNotesItem")


@_attrs_define
class PostMatchedMediaNotesItem(Model):
    """A Community-Notes media match for this Post.

    Attributes:
        match_status (None | str | None): The status of the media note match.
        note_id (None | str | None): The matched note's unique identifier.
    """

    match_status: None | str | None = None
    note_id: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        match_status: str | Unset | None
        if isinstance(self.match_status, Unset):
            match_status = UNSET
        else:
            match_status = self.match_status

        note_id: str | Unset | None
        if isinstance(self.note_id, Unset):
            note_id = UNSET
        else:
            note_id = self.note_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_status is not UNSET:
            field_dict["match_status"] = match_status
        if note_id is not UNSET:
            field_dict["note_id"] = note_id

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

        def _parse_match_status(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        match_status = _parse_match_status(_get("match_status", UNSET))

        def _parse_note_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note_id = _parse_note_id(_get("note_id", UNSET))

        post_matched_media_notes_item = cls(
            match_status,
            note_id,
        )

        d = (
            {}
            if _PostMatchedMediaNotesItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostMatchedMediaNotesItem_KEYS}
        )
        post_matched_media_notes_item.additional_properties = d
        return post_matched_media_notes_item

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


_PostMatchedMediaNotesItem_KEYS = frozenset(
    {
        "match_status",
        "note_id",
    }
)
