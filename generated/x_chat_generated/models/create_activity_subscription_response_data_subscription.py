from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="CreateActivitySubscriptionResponseDataSubscription")


@_attrs_define
class CreateActivitySubscriptionResponseDataSubscription(Model):
    """CreateActivitySubscriptionResponseDataSubscription: an object of X's API, as the spec describes it.

    Attributes:
        created_at (str | None): Subscription creation time.
        event_type (str | None): Activity event type in dot notation.
        filter_ (CreateActivitySubscriptionResponseDataSubscriptionFilter | None):
        subscription_id (str | None): Unique identifier of the subscription.
        tag (str | None): Optional caller-defined tag.
        updated_at (str | None): Subscription last-update time.
        webhook_id (str | None): Webhook receiving the subscription events.
    """

    created_at: str | None = None
    event_type: str | None = None
    filter_: CreateActivitySubscriptionResponseDataSubscriptionFilter | None = None
    subscription_id: str | None = None
    tag: str | None = None
    updated_at: str | None = None
    webhook_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        created_at = self.created_at

        event_type = self.event_type

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        subscription_id = self.subscription_id

        tag = self.tag

        updated_at = self.updated_at

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

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
        created_at = _get("created_at", UNSET)
        if type(created_at) is not str and created_at is not UNSET and not isinstance(created_at, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.created_at: expected str, got {type(created_at).__name__}"
            )

        event_type = _get("event_type", UNSET)
        if type(event_type) is not str and event_type is not UNSET and not isinstance(event_type, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.event_type: expected str, got {type(event_type).__name__}"
            )

        filter_ = raw_object(_get("filter", UNSET), "CreateActivitySubscriptionResponseDataSubscription.filter")

        subscription_id = _get("subscription_id", UNSET)
        if type(subscription_id) is not str and subscription_id is not UNSET and not isinstance(subscription_id, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.subscription_id: expected str, got {type(subscription_id).__name__}"
            )

        tag = _get("tag", UNSET)
        if type(tag) is not str and tag is not UNSET and not isinstance(tag, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.tag: expected str, got {type(tag).__name__}"
            )

        updated_at = _get("updated_at", UNSET)
        if type(updated_at) is not str and updated_at is not UNSET and not isinstance(updated_at, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.updated_at: expected str, got {type(updated_at).__name__}"
            )

        webhook_id = _get("webhook_id", UNSET)
        if type(webhook_id) is not str and webhook_id is not UNSET and not isinstance(webhook_id, str):
            raise TypeError(
                f"CreateActivitySubscriptionResponseDataSubscription.webhook_id: expected str, got {type(webhook_id).__name__}"
            )

        create_activity_subscription_response_data_subscription = cls(
            created_at,
            event_type,
            filter_,
            subscription_id,
            tag,
            updated_at,
            webhook_id,
        )

        return create_activity_subscription_response_data_subscription


from ..models.create_activity_subscription_response_data_subscription_filter import (
    CreateActivitySubscriptionResponseDataSubscriptionFilter,
)
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    CreateActivitySubscriptionResponseDataSubscription,
    "filter_",
    lambda raw: CreateActivitySubscriptionResponseDataSubscriptionFilter.from_dict(raw),
)
