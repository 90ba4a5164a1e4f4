from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, raw_object

T = TypeVar("T", bound="InvalidRequestProblemErrorsItem")


@_attrs_define
class InvalidRequestProblemErrorsItem:
    """
    Attributes:
        message (str | Unset):
        parameters (InvalidRequestProblemErrorsItemParameters | Unset):
    """

    message: str | Unset = UNSET
    parameters: InvalidRequestProblemErrorsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        message = _get("message", UNSET)
        if type(message) is not str and message is not UNSET and not isinstance(message, str):
            raise TypeError(f"InvalidRequestProblemErrorsItem.message: expected str, got {type(message).__name__}")

        parameters = raw_object(_get("parameters", UNSET), "InvalidRequestProblemErrorsItem.parameters")

        invalid_request_problem_errors_item = cls(
            message,
            parameters,
        )

        d = (
            {}
            if _InvalidRequestProblemErrorsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _InvalidRequestProblemErrorsItem_KEYS}
        )
        invalid_request_problem_errors_item.additional_properties = d
        return invalid_request_problem_errors_item

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


_InvalidRequestProblemErrorsItem_KEYS = frozenset(
    {
        "message",
        "parameters",
    }
)
from ..models.invalid_request_problem_errors_item_parameters import InvalidRequestProblemErrorsItemParameters  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(
    InvalidRequestProblemErrorsItem, "parameters", lambda raw: InvalidRequestProblemErrorsItemParameters.from_dict(raw)
)
