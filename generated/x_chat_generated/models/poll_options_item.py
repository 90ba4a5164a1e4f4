from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="PollOptionsItem")


@_attrs_define
class PollOptionsItem(Model):
    """A single option (choice) available in a poll.

    Attributes:
        label (str): The text label of this poll option.
        position (int): The 1-based position of this option within the poll.
        votes (int): The number of votes this option has received.
    """

    label: str
    position: int
    votes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        label = self.label

        position = self.position

        votes = self.votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "position": position,
                "votes": votes,
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
        label = src_dict["label"]
        if type(label) is not str and not isinstance(label, str):
            raise TypeError(f"PollOptionsItem.label: expected str, got {type(label).__name__}")

        position = src_dict["position"]
        if not isinstance(position, int) or isinstance(position, bool):
            raise TypeError(f"PollOptionsItem.position: expected int, got {type(position).__name__}")

        votes = src_dict["votes"]
        if not isinstance(votes, int) or isinstance(votes, bool):
            raise TypeError(f"PollOptionsItem.votes: expected int, got {type(votes).__name__}")

        poll_options_item = cls(
            label,
            position,
            votes,
        )

        d = (
            {}
            if _PollOptionsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PollOptionsItem_KEYS}
        )
        poll_options_item.additional_properties = d
        return poll_options_item

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


_PollOptionsItem_KEYS = frozenset(
    {
        "label",
        "position",
        "votes",
    }
)
