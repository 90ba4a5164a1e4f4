from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="UserSubscription")


@_attrs_define
class UserSubscription(Model):
    """The subscription relationship between this User and you.

    Attributes:
        subscribes_to_you (bool): Indicates if this User subscribes to you.
    """

    subscribes_to_you: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        subscribes_to_you = self.subscribes_to_you

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscribes_to_you": subscribes_to_you,
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
        subscribes_to_you = src_dict["subscribes_to_you"]
        if type(subscribes_to_you) is not bool:
            raise TypeError(
                f"UserSubscription.subscribes_to_you: expected bool, got {type(subscribes_to_you).__name__}"
            )

        user_subscription = cls(
            subscribes_to_you,
        )

        d = (
            {}
            if _UserSubscription_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserSubscription_KEYS}
        )
        user_subscription.additional_properties = d
        return user_subscription

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


_UserSubscription_KEYS = frozenset(
    {
        "subscribes_to_you",
    }
)
