from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_unavailable_problem_resource_type import ResourceUnavailableProblemResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUnavailableProblem")


@_attrs_define
class ResourceUnavailableProblem:
    """A problem that indicates a particular Tweet, User, etc. is not available to you.

    Attributes:
        title (str):
        type_ (str):
        parameter (str):
        resource_id (str):
        resource_type (ResourceUnavailableProblemResourceType):
        detail (str | Unset):
        status (int | Unset):
    """

    title: str
    type_: str
    parameter: str
    resource_id: str
    resource_type: ResourceUnavailableProblemResourceType
    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_

        parameter = self.parameter

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        detail = self.detail

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "parameter": parameter,
                "resource_id": resource_id,
                "resource_type": resource_type,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"ResourceUnavailableProblem.title: expected str, got {type(title).__name__}")

        type_ = src_dict["type"]
        if type(type_) is not str and not isinstance(type_, str):
            raise TypeError(f"ResourceUnavailableProblem.type: expected str, got {type(type_).__name__}")

        parameter = src_dict["parameter"]
        if type(parameter) is not str and not isinstance(parameter, str):
            raise TypeError(f"ResourceUnavailableProblem.parameter: expected str, got {type(parameter).__name__}")

        resource_id = src_dict["resource_id"]
        if type(resource_id) is not str and not isinstance(resource_id, str):
            raise TypeError(f"ResourceUnavailableProblem.resource_id: expected str, got {type(resource_id).__name__}")

        resource_type = ResourceUnavailableProblemResourceType(src_dict["resource_type"])

        detail = _get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET and not isinstance(detail, str):
            raise TypeError(f"ResourceUnavailableProblem.detail: expected str, got {type(detail).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"ResourceUnavailableProblem.status: expected int, got {type(status).__name__}")

        resource_unavailable_problem = cls(
            title,
            type_,
            parameter,
            resource_id,
            resource_type,
            detail,
            status,
        )

        d = (
            {}
            if _ResourceUnavailableProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ResourceUnavailableProblem_KEYS}
        )
        resource_unavailable_problem.additional_properties = d
        return resource_unavailable_problem

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


_ResourceUnavailableProblem_KEYS = frozenset(
    {
        "title",
        "type",
        "parameter",
        "resource_id",
        "resource_type",
        "detail",
        "status",
    }
)
