from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostNoteRequestSuggestionsItem")


@_attrs_define
class PostNoteRequestSuggestionsItem(Model):
    """A Community-Notes request suggestion for this Post.

    Attributes:
        source_link (None | str | None): A suggested source link supporting the note request.
        suggestion (None | str | None): The text of the note request suggestion.
        suggestion_id (None | str | None): The unique identifier of the note request suggestion.
    """

    source_link: None | str | None = None
    suggestion: None | str | None = None
    suggestion_id: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        source_link: str | Unset | None
        if isinstance(self.source_link, Unset):
            source_link = UNSET
        else:
            source_link = self.source_link

        suggestion: str | Unset | None
        if isinstance(self.suggestion, Unset):
            suggestion = UNSET
        else:
            suggestion = self.suggestion

        suggestion_id: str | Unset | None
        if isinstance(self.suggestion_id, Unset):
            suggestion_id = UNSET
        else:
            suggestion_id = self.suggestion_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_link is not UNSET:
            field_dict["source_link"] = source_link
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if suggestion_id is not UNSET:
            field_dict["suggestion_id"] = suggestion_id

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

        def _parse_source_link(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_link = _parse_source_link(_get("source_link", UNSET))

        def _parse_suggestion(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggestion = _parse_suggestion(_get("suggestion", UNSET))

        def _parse_suggestion_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggestion_id = _parse_suggestion_id(_get("suggestion_id", UNSET))

        post_note_request_suggestions_item = cls(
            source_link,
            suggestion,
            suggestion_id,
        )

        d = (
            {}
            if _PostNoteRequestSuggestionsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostNoteRequestSuggestionsItem_KEYS}
        )
        post_note_request_suggestions_item.additional_properties = d
        return post_note_request_suggestions_item

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


_PostNoteRequestSuggestionsItem_KEYS = frozenset(
    {
        "source_link",
        "suggestion",
        "suggestion_id",
    }
)
