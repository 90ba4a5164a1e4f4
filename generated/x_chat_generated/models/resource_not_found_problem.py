from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_not_found_problem_type import ResourceNotFoundProblemType
from ..types import UNSET, Model

T = TypeVar("T", bound="ResourceNotFoundProblem")


@_attrs_define
class ResourceNotFoundProblem(Model):
    """ResourceNotFoundProblem: an object of X's API, as the spec describes it.

    Attributes:
        detail (str):
        resource_type (str):
        title (str):
        type_ (ResourceNotFoundProblemType):
        parameter (str | None):
        resource_id (str | None):
        status (int | None):
        value (str | None):
    """

    detail: str
    resource_type: str
    title: str
    type_: ResourceNotFoundProblemType
    parameter: str | None = None
    resource_id: str | None = None
    status: int | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        detail = self.detail

        resource_type = self.resource_type

        title = self.title

        type_ = self.type_.value

        parameter = self.parameter

        resource_id = self.resource_id

        status = self.status

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "resource_type": resource_type,
                "title": title,
                "type": type_,
            }
        )
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
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
            raise TypeError(f"ResourceNotFoundProblem.detail: expected str, got {type(detail).__name__}")

        resource_type = src_dict["resource_type"]
        if type(resource_type) is not str and not isinstance(resource_type, str):
            raise TypeError(f"ResourceNotFoundProblem.resource_type: expected str, got {type(resource_type).__name__}")

        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"ResourceNotFoundProblem.title: expected str, got {type(title).__name__}")

        type_ = ResourceNotFoundProblemType(src_dict["type"])

        parameter = _get("parameter", UNSET)
        if type(parameter) is not str and parameter is not UNSET and not isinstance(parameter, str):
            raise TypeError(f"ResourceNotFoundProblem.parameter: expected str, got {type(parameter).__name__}")

        resource_id = _get("resource_id", UNSET)
        if type(resource_id) is not str and resource_id is not UNSET and not isinstance(resource_id, str):
            raise TypeError(f"ResourceNotFoundProblem.resource_id: expected str, got {type(resource_id).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"ResourceNotFoundProblem.status: expected int, got {type(status).__name__}")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET and not isinstance(value, str):
            raise TypeError(f"ResourceNotFoundProblem.value: expected str, got {type(value).__name__}")

        resource_not_found_problem = cls(
            detail,
            resource_type,
            title,
            type_,
            parameter,
            resource_id,
            status,
            value,
        )

        d = (
            {}
            if _ResourceNotFoundProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ResourceNotFoundProblem_KEYS}
        )
        resource_not_found_problem.additional_properties = d
        return resource_not_found_problem

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


_ResourceNotFoundProblem_KEYS = frozenset(
    {
        "detail",
        "resource_type",
        "title",
        "type",
        "parameter",
        "resource_id",
        "status",
        "value",
    }
)
