from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="Topic")


@_attrs_define
class Topic(Model):
    """Topic: an object of X's API, as the spec describes it.

    Attributes:
        description (str | None):
        id (str | None):
        name (str | None):
    """

    description: str | None = None
    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        description = self.description

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

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
        description = _get("description", UNSET)
        if type(description) is not str and description is not UNSET and not isinstance(description, str):
            raise TypeError(f"Topic.description: expected str, got {type(description).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"Topic.id: expected str, got {type(id).__name__}")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET and not isinstance(name, str):
            raise TypeError(f"Topic.name: expected str, got {type(name).__name__}")

        topic = cls(
            description,
            id,
            name,
        )

        d = {} if _Topic_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _Topic_KEYS}
        topic.additional_properties = d
        return topic

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


_Topic_KEYS = frozenset(
    {
        "description",
        "id",
        "name",
    }
)
