from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="ProfileUpdateActivityResponsePayload")


@_attrs_define
class ProfileUpdateActivityResponsePayload(Model):
    """ProfileUpdateActivityResponsePayload: an object of X's API, as the spec describes it.

    Attributes:
        after (str | None):
        before (str | None):
    """

    after: str | None = None
    before: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        after = self.after

        before = self.before

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if after is not UNSET:
            field_dict["after"] = after
        if before is not UNSET:
            field_dict["before"] = before

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
        after = _get("after", UNSET)
        if type(after) is not str and after is not UNSET and not isinstance(after, str):
            raise TypeError(f"ProfileUpdateActivityResponsePayload.after: expected str, got {type(after).__name__}")

        before = _get("before", UNSET)
        if type(before) is not str and before is not UNSET and not isinstance(before, str):
            raise TypeError(f"ProfileUpdateActivityResponsePayload.before: expected str, got {type(before).__name__}")

        profile_update_activity_response_payload = cls(
            after,
            before,
        )

        return profile_update_activity_response_payload
