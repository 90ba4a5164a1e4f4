from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_subscription_filter_direction import ActivitySubscriptionFilterDirection
from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="ActivitySubscriptionFilter")


@_attrs_define
class ActivitySubscriptionFilter(Model):
    """An XAA subscription filter.

    Attributes:
        direction (ActivitySubscriptionFilterDirection | None): Optional direction filter for directional events.
        keyword (str | None): A keyword to filter on. Example: The President.
        user_id (str | None): Unique identifier of a User Example: 2244994945.
    """

    direction: ActivitySubscriptionFilterDirection | None = None
    keyword: str | None = None
    user_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        keyword = self.keyword

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if direction is not UNSET:
            field_dict["direction"] = direction
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
        _direction = _get("direction", UNSET)
        direction: ActivitySubscriptionFilterDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ActivitySubscriptionFilterDirection(_direction)

        keyword = _get("keyword", UNSET)
        if type(keyword) is not str and keyword is not UNSET and not isinstance(keyword, str):
            raise TypeError(f"ActivitySubscriptionFilter.keyword: expected str, got {type(keyword).__name__}")

        user_id = _get("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET and not isinstance(user_id, str):
            raise TypeError(f"ActivitySubscriptionFilter.user_id: expected str, got {type(user_id).__name__}")

        activity_subscription_filter = cls(
            direction,
            keyword,
            user_id,
        )

        return activity_subscription_filter
