from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="FollowActivityResponsePayload")


@_attrs_define
class FollowActivityResponsePayload(Model):
    """FollowActivityResponsePayload: an object of X's API, as the spec describes it.

    Attributes:
        source (User | None):
        target (User | None):
    """

    source: User | None = None
    target: User | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

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
        source = raw_object(_get("source", UNSET), "FollowActivityResponsePayload.source")

        target = raw_object(_get("target", UNSET), "FollowActivityResponsePayload.target")

        follow_activity_response_payload = cls(
            source,
            target,
        )

        return follow_activity_response_payload


from ..models.user import User  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(FollowActivityResponsePayload, "source", lambda raw: User.from_dict(raw))
lazy_model_field(FollowActivityResponsePayload, "target", lambda raw: User.from_dict(raw))
