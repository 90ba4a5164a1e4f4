from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="CreateWebhookReplayJobRequest")


@_attrs_define
class CreateWebhookReplayJobRequest(Model):
    """CreateWebhookReplayJobRequest: an object of X's API, as the spec describes it.

    Attributes:
        from_date (str): The oldest (inclusive) UTC timestamp from which events are replayed, in yyyymmddhhmm format.
        to_date (str): The newest (inclusive) UTC timestamp up to which events are replayed, in yyyymmddhhmm format.
        webhook_id (str): The ID of the webhook to replay events to.
    """

    from_date: str
    to_date: str
    webhook_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        from_date = self.from_date

        to_date = self.to_date

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_date": from_date,
                "to_date": to_date,
                "webhook_id": webhook_id,
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
        from_date = src_dict["from_date"]
        if type(from_date) is not str and not isinstance(from_date, str):
            raise TypeError(f"CreateWebhookReplayJobRequest.from_date: expected str, got {type(from_date).__name__}")

        to_date = src_dict["to_date"]
        if type(to_date) is not str and not isinstance(to_date, str):
            raise TypeError(f"CreateWebhookReplayJobRequest.to_date: expected str, got {type(to_date).__name__}")

        webhook_id = src_dict["webhook_id"]
        if type(webhook_id) is not str and not isinstance(webhook_id, str):
            raise TypeError(f"CreateWebhookReplayJobRequest.webhook_id: expected str, got {type(webhook_id).__name__}")

        create_webhook_replay_job_request = cls(
            from_date,
            to_date,
            webhook_id,
        )

        d = (
            {}
            if _CreateWebhookReplayJobRequest_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _CreateWebhookReplayJobRequest_KEYS}
        )
        create_webhook_replay_job_request.additional_properties = d
        return create_webhook_replay_job_request

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


_CreateWebhookReplayJobRequest_KEYS = frozenset(
    {
        "from_date",
        "to_date",
        "webhook_id",
    }
)
