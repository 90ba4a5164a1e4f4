from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="CreateActivitySubscriptionResponseDataSubscriptionFilter")


@_attrs_define
class CreateActivitySubscriptionResponseDataSubscriptionFilter(Model):
    """CreateActivitySubscriptionResponseDataSubscriptionFilter: an object of X's API, as the spec describes it.

    Attributes:
        direction (str | None): Optional direction filter for directional events. Not present for mute.* or block.*
            events.
        keyword (str | None): Optional keyword filter.
        user_id (str | None): User the subscription is scoped to.
    """

    direction: str | None = None
    keyword: str | None = None
    user_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        direction = self.direction

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
        direction = _get("direction", UNSET)
        if type(direction) is not str and direction is not UNSET and not isinstance(direction, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscriptionFilter.direction: expected str, got {type(direction).__name__}"
            )

        keyword = _get("keyword", UNSET)
        if type(keyword) is not str and keyword is not UNSET and not isinstance(keyword, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscriptionFilter.keyword: expected str, got {type(keyword).__name__}"
            )

        user_id = _get("user_id", UNSET)
        if type(user_id) is not str and user_id is not UNSET and not isinstance(user_id, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscriptionFilter.user_id: expected str, got {type(user_id).__name__}"
            )

        create_activity_subscription_response_data_subscription_filter = cls(
            direction,
            keyword,
            user_id,
        )

        return create_activity_subscription_response_data_subscription_filter
