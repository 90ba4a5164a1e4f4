from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_unauthorized_problem_resource_type import ResourceUnauthorizedProblemResourceType
from ..models.resource_unauthorized_problem_section import ResourceUnauthorizedProblemSection
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceUnauthorizedProblem")


@_attrs_define
class ResourceUnauthorizedProblem:
    """A problem that indicates you are not allowed to see a particular Tweet, User, etc.

    Attributes:
        title (str):
        type_ (str):
        parameter (str):
        resource_id (str):
        resource_type (ResourceUnauthorizedProblemResourceType):
        section (ResourceUnauthorizedProblemSection):
        value (str):
        detail (str | Unset):
        status (int | Unset):
    """

    title: str
    type_: str
    parameter: str
    resource_id: str
    resource_type: ResourceUnauthorizedProblemResourceType
    section: ResourceUnauthorizedProblemSection
    value: str
    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_

        parameter = self.parameter

        resource_id = self.resource_id

        resource_type = self.resource_type.value

        section = self.section.value

        value = self.value

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
                "section": section,
                "value": value,
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
            raise TypeError(f"ResourceUnauthorizedProblem.title: expected str, got {type(title).__name__}")

        type_ = src_dict["type"]
        if type(type_) is not str and not isinstance(type_, str):
            raise TypeError(f"ResourceUnauthorizedProblem.type: expected str, got {type(type_).__name__}")

        parameter = src_dict["parameter"]
        if type(parameter) is not str and not isinstance(parameter, str):
            raise TypeError(f"ResourceUnauthorizedProblem.parameter: expected str, got {type(parameter).__name__}")

        resource_id = src_dict["resource_id"]
        if type(resource_id) is not str and not isinstance(resource_id, str):
            raise TypeError(f"ResourceUnauthorizedProblem.resource_id: expected str, got {type(resource_id).__name__}")

        resource_type = ResourceUnauthorizedProblemResourceType(src_dict["resource_type"])

        section = ResourceUnauthorizedProblemSection(src_dict["section"])

        value = src_dict["value"]
        if type(value) is not str and not isinstance(value, str):
            raise TypeError(f"ResourceUnauthorizedProblem.value: expected str, got {type(value).__name__}")

        detail = _get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET and not isinstance(detail, str):
            raise TypeError(f"ResourceUnauthorizedProblem.detail: expected str, got {type(detail).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"ResourceUnauthorizedProblem.status: expected int, got {type(status).__name__}")

        resource_unauthorized_problem = cls(
            title,
            type_,
            parameter,
            resource_id,
            resource_type,
            section,
            value,
            detail,
            status,
        )

        d = (
            {}
            if _ResourceUnauthorizedProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ResourceUnauthorizedProblem_KEYS}
        )
        resource_unauthorized_problem.additional_properties = d
        return resource_unauthorized_problem

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


_ResourceUnauthorizedProblem_KEYS = frozenset(
    {
        "title",
        "type",
        "parameter",
        "resource_id",
        "resource_type",
        "section",
        "value",
        "detail",
        "status",
    }
)
