from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invalid_request_problem_type import InvalidRequestProblemType
from ..types import UNSET, Model

T = TypeVar("T", bound="InvalidRequestProblem")


@_attrs_define
class InvalidRequestProblem(Model):
    """InvalidRequestProblem: an object of X's API, as the spec describes it.

    Attributes:
        detail (str):
        title (str):
        type_ (InvalidRequestProblemType):
        parameter (str | None):
        status (int | None):
        value (str | None):
    """

    detail: str
    title: str
    type_: InvalidRequestProblemType
    parameter: str | None = None
    status: int | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        detail = self.detail

        title = self.title

        type_ = self.type_.value

        parameter = self.parameter

        status = self.status

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "title": title,
                "type": type_,
            }
        )
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value

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
        detail = src_dict["detail"]
        if type(detail) is not str and not isinstance(detail, str):
            raise TypeError(f"InvalidRequestProblem.detail: expected str, got {type(detail).__name__}")

        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"InvalidRequestProblem.title: expected str, got {type(title).__name__}")

        type_ = InvalidRequestProblemType(src_dict["type"])

        parameter = _get("parameter", UNSET)
        if type(parameter) is not str and parameter is not UNSET and not isinstance(parameter, str):
            raise TypeError(f"InvalidRequestProblem.parameter: expected str, got {type(parameter).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"InvalidRequestProblem.status: expected int, got {type(status).__name__}")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET and not isinstance(value, str):
            raise TypeError(f"InvalidRequestProblem.value: expected str, got {type(value).__name__}")

        invalid_request_problem = cls(
            detail,
            title,
            type_,
            parameter,
            status,
            value,
        )

        d = (
            {}
            if _InvalidRequestProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _InvalidRequestProblem_KEYS}
        )
        invalid_request_problem.additional_properties = d
        return invalid_request_problem

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


_InvalidRequestProblem_KEYS = frozenset(
    {
        "detail",
        "title",
        "type",
        "parameter",
        "status",
        "value",
    }
)
