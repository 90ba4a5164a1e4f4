from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.not_authorized_for_field_problem_type import NotAuthorizedForFieldProblemType
from ..types import UNSET, Model

T = TypeVar("T", bound="NotAuthorizedForFieldProblem")


@_attrs_define
class NotAuthorizedForFieldProblem(Model):
    """NotAuthorizedForFieldProblem: an object of X's API, as the spec describes it.

    Attributes:
        detail (str):
        field (str):
        title (str):
        type_ (NotAuthorizedForFieldProblemType):
        parameter (str | None):
        resource_id (str | None):
        resource_type (str | None):
        section (str | None):
        status (int | None):
        value (str | None):
    """

    detail: str
    field: str
    title: str
    type_: NotAuthorizedForFieldProblemType
    parameter: str | None = None
    resource_id: str | None = None
    resource_type: str | None = None
    section: str | None = None
    status: int | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        detail = self.detail

        field = self.field

        title = self.title

        type_ = self.type_.value

        parameter = self.parameter

        resource_id = self.resource_id

        resource_type = self.resource_type

        section = self.section

        status = self.status

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "field": field,
                "title": title,
                "type": type_,
            }
        )
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if section is not UNSET:
            field_dict["section"] = section
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
            raise TypeError(f"NotAuthorizedForFieldProblem.detail: expected str, got {type(detail).__name__}")

        field = src_dict["field"]
        if type(field) is not str and not isinstance(field, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.field: expected str, got {type(field).__name__}")

        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.title: expected str, got {type(title).__name__}")

        type_ = NotAuthorizedForFieldProblemType(src_dict["type"])

        parameter = _get("parameter", UNSET)
        if type(parameter) is not str and parameter is not UNSET and not isinstance(parameter, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.parameter: expected str, got {type(parameter).__name__}")

        resource_id = _get("resource_id", UNSET)
        if type(resource_id) is not str and resource_id is not UNSET and not isinstance(resource_id, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.resource_id: expected str, got {type(resource_id).__name__}")

        resource_type = _get("resource_type", UNSET)
        if type(resource_type) is not str and resource_type is not UNSET and not isinstance(resource_type, str):
            raise TypeError(
                f"NotAuthorizedForFieldProblem.resource_type: expected str, got {type(resource_type).__name__}"
            )

        section = _get("section", UNSET)
        if type(section) is not str and section is not UNSET and not isinstance(section, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.section: expected str, got {type(section).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"NotAuthorizedForFieldProblem.status: expected int, got {type(status).__name__}")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET and not isinstance(value, str):
            raise TypeError(f"NotAuthorizedForFieldProblem.value: expected str, got {type(value).__name__}")

        not_authorized_for_field_problem = cls(
            detail,
            field,
            title,
            type_,
            parameter,
            resource_id,
            resource_type,
            section,
            status,
            value,
        )

        d = (
            {}
            if _NotAuthorizedForFieldProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _NotAuthorizedForFieldProblem_KEYS}
        )
        not_authorized_for_field_problem.additional_properties = d
        return not_authorized_for_field_problem

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


_NotAuthorizedForFieldProblem_KEYS = frozenset(
    {
        "detail",
        "field",
        "title",
        "type",
        "parameter",
        "resource_id",
        "resource_type",
        "section",
        "status",
        "value",
    }
)
