from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model

T = TypeVar("T", bound="GenericProblem")


@_attrs_define
class GenericProblem(Model):
    """A generic problem with no additional information beyond that provided by the HTTP status code.

    Attributes:
        title (str):
        type_ (str):
        detail (str | None):
        status (int | None):
    """

    title: str
    type_: str
    detail: str | None = None
    status: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        title = self.title

        type_ = self.type_

        detail = self.detail

        status = self.status

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
        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"GenericProblem.title: expected str, got {type(title).__name__}")

        type_ = src_dict["type"]
        if type(type_) is not str and not isinstance(type_, str):
            raise TypeError(f"GenericProblem.type: expected str, got {type(type_).__name__}")

        detail = _get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET and not isinstance(detail, str):
            raise TypeError(f"GenericProblem.detail: expected str, got {type(detail).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"GenericProblem.status: expected int, got {type(status).__name__}")

        generic_problem = cls(
            title,
            type_,
            detail,
            status,
        )

        d = (
            {}
            if _GenericProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GenericProblem_KEYS}
        )
        generic_problem.additional_properties = d
        return generic_problem

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


_GenericProblem_KEYS = frozenset(
    {
        "title",
        "type",
        "detail",
        "status",
    }
)
