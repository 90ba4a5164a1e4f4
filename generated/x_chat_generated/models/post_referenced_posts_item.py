from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_referenced_posts_item_type_type_0 import PostReferencedPostsItemTypeType0
from ..types import Model

T = TypeVar("T", bound="PostReferencedPostsItem")


@_attrs_define
class PostReferencedPostsItem(Model):
    """A reference from this Post to another Post (repost, quote, or reply).

    Attributes:
        id (str): Unique identifier of the referenced Post.
        type_ (PostReferencedPostsItemTypeType0): How this Post references the other Post.
    """

    id: str
    type_: PostReferencedPostsItemTypeType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        id = self.id

        type_: str
        if isinstance(self.type_, PostReferencedPostsItemTypeType0):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

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
        id = src_dict["id"]
        if type(id) is not str and not isinstance(id, str):
            raise TypeError(f"PostReferencedPostsItem.id: expected str, got {type(id).__name__}")

        def _parse_type_(data: object) -> PostReferencedPostsItemTypeType0:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = PostReferencedPostsItemTypeType0(data)

            return type_type_0

        type_ = _parse_type_(src_dict["type"])

        post_referenced_posts_item = cls(
            id,
            type_,
        )

        d = (
            {}
            if _PostReferencedPostsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostReferencedPostsItem_KEYS}
        )
        post_referenced_posts_item.additional_properties = d
        return post_referenced_posts_item

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


_PostReferencedPostsItem_KEYS = frozenset(
    {
        "id",
        "type",
    }
)
