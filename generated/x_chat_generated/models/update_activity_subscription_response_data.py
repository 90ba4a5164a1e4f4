from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="UpdateActivitySubscriptionResponseData")


@_attrs_define
class UpdateActivitySubscriptionResponseData(Model):
    """UpdateActivitySubscriptionResponseData: an object of X's API, as the spec describes it.

    Attributes:
        subscription (UpdateActivitySubscriptionResponseDataSubscription | None):
        total_subscriptions (int | None): Total active subscriptions for the instance.
    """

    subscription: UpdateActivitySubscriptionResponseDataSubscription | None = None
    total_subscriptions: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        total_subscriptions = self.total_subscriptions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if total_subscriptions is not UNSET:
            field_dict["total_subscriptions"] = total_subscriptions

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
        subscription = raw_object(_get("subscription", UNSET), "UpdateActivitySubscriptionResponseData.subscription")

        total_subscriptions = _get("total_subscriptions", UNSET)
        if total_subscriptions is not UNSET and (
            not isinstance(total_subscriptions, int) or isinstance(total_subscriptions, bool)
        ):
            raise TypeError(
                f"UpdateActivitySubscriptionResponseData.total_subscriptions: expected int, got {type(total_subscriptions).__name__}"
            )

        update_activity_subscription_response_data = cls(
            subscription,
            total_subscriptions,
        )

        d = (
            {}
            if _UpdateActivitySubscriptionResponseData_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UpdateActivitySubscriptionResponseData_KEYS}
        )
        update_activity_subscription_response_data.additional_properties = d
        return update_activity_subscription_response_data

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


_UpdateActivitySubscriptionResponseData_KEYS = frozenset(
    {
        "subscription",
        "total_subscriptions",
    }
)
from ..models.update_activity_subscription_response_data_subscription import (
    UpdateActivitySubscriptionResponseDataSubscription,
)
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    UpdateActivitySubscriptionResponseData,
    "subscription",
    lambda raw: UpdateActivitySubscriptionResponseDataSubscription.from_dict(raw),
)
