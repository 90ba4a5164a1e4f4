from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="UpdateActivitySubscriptionRequest")


@_attrs_define
class UpdateActivitySubscriptionRequest(Model):
    """UpdateActivitySubscriptionRequest: an object of X's API, as the spec describes it.

    Attributes:
        tag (str | None): Optional caller-defined tag.
        webhook_id (str | None): Webhook to deliver the subscription events to.
    """

    tag: str | None = None
    webhook_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        tag = self.tag

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tag is not UNSET:
            field_dict["tag"] = tag
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
        tag = _get("tag", UNSET)
        if type(tag) is not str and tag is not UNSET and not isinstance(tag, str):
            raise TypeError(f"UpdateActivitySubscriptionRequest.tag: expected str, got {type(tag).__name__}")

        webhook_id = _get("webhook_id", UNSET)
        if type(webhook_id) is not str and webhook_id is not UNSET and not isinstance(webhook_id, str):
            raise TypeError(
                f"UpdateActivitySubscriptionRequest.webhook_id: expected str, got {type(webhook_id).__name__}"
            )

        update_activity_subscription_request = cls(
            tag,
            webhook_id,
        )

        return update_activity_subscription_request
