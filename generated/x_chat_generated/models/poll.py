from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="Poll")


@_attrs_define
class Poll(Model):
    """Poll: an object of X's API, as the spec describes it.

    Attributes:
        duration_minutes (int | None):
        end_datetime (str | None):
        id (str | None):
        options (list[PollOptionsItem] | None): The list of options (choices) available in this poll.
        voting_status (str | None):
    """

    duration_minutes: int | None = None
    end_datetime: str | None = None
    id: str | None = None
    options: list[PollOptionsItem] | None = None
    voting_status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        duration_minutes = self.duration_minutes

        end_datetime = self.end_datetime

        id = self.id

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for componentsschemas_poll_options_item_data in self.options:
                componentsschemas_poll_options_item = componentsschemas_poll_options_item_data.to_dict()
                options.append(componentsschemas_poll_options_item)

        voting_status = self.voting_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime
        if id is not UNSET:
            field_dict["id"] = id
        if options is not UNSET:
            field_dict["options"] = options
        if voting_status is not UNSET:
            field_dict["voting_status"] = voting_status

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
        duration_minutes = _get("duration_minutes", UNSET)
        if duration_minutes is not UNSET and (
            not isinstance(duration_minutes, int) or isinstance(duration_minutes, bool)
        ):
            raise TypeError(f"Poll.duration_minutes: expected int, got {type(duration_minutes).__name__}")

        end_datetime = _get("end_datetime", UNSET)
        if type(end_datetime) is not str and end_datetime is not UNSET and not isinstance(end_datetime, str):
            raise TypeError(f"Poll.end_datetime: expected str, got {type(end_datetime).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"Poll.id: expected str, got {type(id).__name__}")

        _options = _get("options", UNSET)
        options: list[PollOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            if not isinstance(_options, list):
                raise TypeError(f"options: expected array, got {type(_options).__name__}")
            options = deferred_items(PollOptionsItem, _options)

        voting_status = _get("voting_status", UNSET)
        if type(voting_status) is not str and voting_status is not UNSET and not isinstance(voting_status, str):
            raise TypeError(f"Poll.voting_status: expected str, got {type(voting_status).__name__}")

        poll = cls(
            duration_minutes,
            end_datetime,
            id,
            options,
            voting_status,
        )

        d = {} if _Poll_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _Poll_KEYS}
        poll.additional_properties = d
        return poll

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


_Poll_KEYS = frozenset(
    {
        "duration_minutes",
        "end_datetime",
        "id",
        "options",
        "voting_status",
    }
)
from ..models.poll_options_item import PollOptionsItem  # noqa: E402
