from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostNotePost")


@_attrs_define
class PostNotePost(Model):
    """The full content of the Post, including text beyond 280 characters.

    Attributes:
        text (str): The full note text of the Post.
        entities (None | PostNotePostEntitiesType0 | None): Metadata entities (hashtags, cashtags, mentions, URLs) found
            in the note Post text.
    """

    text: str
    entities: None | PostNotePostEntitiesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        text = self.text

        entities: dict[str, Any] | Unset | None
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, PostNotePostEntitiesType0):
            entities = self.entities.to_dict()
        else:
            entities = self.entities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if entities is not UNSET:
            field_dict["entities"] = entities

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
        text = src_dict["text"]
        if type(text) is not str and not isinstance(text, str):
            raise TypeError(f"PostNotePost.text: expected str, got {type(text).__name__}")

        def _parse_entities(data: object) -> PostNotePostEntitiesType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entities_type_0 = PostNotePostEntitiesType0.from_dict(data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostNotePostEntitiesType0 | Unset, data)

        entities = _parse_entities(_get("entities", UNSET))

        post_note_post = cls(
            text,
            entities,
        )

        d = (
            {}
            if _PostNotePost_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostNotePost_KEYS}
        )
        post_note_post.additional_properties = d
        return post_note_post

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


_PostNotePost_KEYS = frozenset(
    {
        "text",
        "entities",
    }
)
from ..models.post_note_post_entities_type_0 import PostNotePostEntitiesType0  # noqa: E402
