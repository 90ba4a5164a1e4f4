from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateRuleProblem")


@_attrs_define
class DuplicateRuleProblem:
    """The rule you have submitted is a duplicate.

    Attributes:
        title (str):
        type_ (str):
        detail (str | Unset):
        status (int | Unset):
        id (str | Unset):
        value (str | Unset):
    """

    title: str
    type_: str
    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    id: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_

        detail = self.detail

        status = self.status

        id = self.id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"DuplicateRuleProblem.title: expected str, got {type(title).__name__}")

        type_ = src_dict["type"]
        if type(type_) is not str and not isinstance(type_, str):
            raise TypeError(f"DuplicateRuleProblem.type: expected str, got {type(type_).__name__}")

        detail = _get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET and not isinstance(detail, str):
            raise TypeError(f"DuplicateRuleProblem.detail: expected str, got {type(detail).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"DuplicateRuleProblem.status: expected int, got {type(status).__name__}")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"DuplicateRuleProblem.id: expected str, got {type(id).__name__}")

        value = _get("value", UNSET)
        if type(value) is not str and value is not UNSET and not isinstance(value, str):
            raise TypeError(f"DuplicateRuleProblem.value: expected str, got {type(value).__name__}")

        duplicate_rule_problem = cls(
            title,
            type_,
            detail,
            status,
            id,
            value,
        )

        d = (
            {}
            if _DuplicateRuleProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _DuplicateRuleProblem_KEYS}
        )
        duplicate_rule_problem.additional_properties = d
        return duplicate_rule_problem

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


_DuplicateRuleProblem_KEYS = frozenset(
    {
        "title",
        "type",
        "detail",
        "status",
        "id",
        "value",
    }
)
