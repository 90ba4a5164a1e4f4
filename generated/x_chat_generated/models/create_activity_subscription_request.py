from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_activity_subscription_request_event_type import CreateActivitySubscriptionRequestEventType
from ..types import UNSET, Model, raw_object

T = TypeVar("T", bound="CreateActivitySubscriptionRequest")


@_attrs_define
class CreateActivitySubscriptionRequest(Model):
    """CreateActivitySubscriptionRequest: an object of X's API, as the spec describes it.

    Attributes:
        event_type (CreateActivitySubscriptionRequestEventType): Activity event type in dot notation.
            `chat.conversation_join` is a deprecated alias of `chat.conversation.join`; responses always use the canonical
            name.
        filter_ (CreateActivitySubscriptionFilter):
        tag (str | None): Optional caller-defined tag.
        webhook_id (str | None): Webhook to deliver the subscription events to.
    """

    event_type: CreateActivitySubscriptionRequestEventType
    filter_: CreateActivitySubscriptionFilter
    tag: str | None = None
    webhook_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        event_type = self.event_type.value

        filter_ = self.filter_.to_dict()

        tag = self.tag

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_type": event_type,
                "filter": filter_,
            }
        )
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
        event_type = CreateActivitySubscriptionRequestEventType(src_dict["event_type"])

        filter_ = raw_object(src_dict["filter"], "CreateActivitySubscriptionRequest.filter")

        tag = _get("tag", UNSET)
        if type(tag) is not str and tag is not UNSET and not isinstance(tag, str):
            raise TypeError(f"CreateActivitySubscriptionRequest.tag: expected str, got {type(tag).__name__}")

        webhook_id = _get("webhook_id", UNSET)
        if type(webhook_id) is not str and webhook_id is not UNSET and not isinstance(webhook_id, str):
            raise TypeError(
                f"CreateActivitySubscriptionRequest.webhook_id: expected str, got {type(webhook_id).__name__}"
            )

        create_activity_subscription_request = cls(
            event_type,
            filter_,
            tag,
            webhook_id,
        )

        return create_activity_subscription_request


from ..models.create_activity_subscription_filter import CreateActivitySubscriptionFilter  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    CreateActivitySubscriptionRequest, "filter_", lambda raw: CreateActivitySubscriptionFilter.from_dict(raw)
)
