from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="PostEntitiesCashtagsType0Item")


@_attrs_define
class PostEntitiesCashtagsType0Item(Model):
    """A hashtag or cashtag entity.

    Attributes:
        end (int): End index in the text (exclusive).
        start (int): Start index in the text (inclusive).
        tag (str):
    """

    end: int
    start: int
    tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        end = self.end

        start = self.start

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
                "tag": tag,
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
        end = src_dict["end"]
        if not isinstance(end, int) or isinstance(end, bool):
            raise TypeError(f"PostEntitiesCashtagsType0Item.end: expected int, got {type(end).__name__}")

        start = src_dict["start"]
        if not isinstance(start, int) or isinstance(start, bool):
            raise TypeError(f"PostEntitiesCashtagsType0Item.start: expected int, got {type(start).__name__}")

        tag = src_dict["tag"]
        if type(tag) is not str and not isinstance(tag, str):
            raise TypeError(f"PostEntitiesCashtagsType0Item.tag: expected str, got {type(tag).__name__}")

        post_entities_cashtags_type_0_item = cls(
            end,
            start,
            tag,
        )

        d = (
            {}
            if _PostEntitiesCashtagsType0Item_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostEntitiesCashtagsType0Item_KEYS}
        )
        post_entities_cashtags_type_0_item.additional_properties = d
        return post_entities_cashtags_type_0_item

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


_PostEntitiesCashtagsType0Item_KEYS = frozenset(
    {
        "end",
        "start",
        "tag",
    }
)
