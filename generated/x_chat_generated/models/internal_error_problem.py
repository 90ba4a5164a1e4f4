from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.internal_error_problem_type import InternalErrorProblemType
from ..types import UNSET, Model

T = TypeVar("T", bound="InternalErrorProblem")


@_attrs_define
class InternalErrorProblem(Model):
    """InternalErrorProblem: an object of X's API, as the spec describes it.

    Attributes:
        detail (str):
        title (str):
        type_ (InternalErrorProblemType):
        status (int | None):
    """

    detail: str
    title: str
    type_: InternalErrorProblemType
    status: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        detail = self.detail

        title = self.title

        type_ = self.type_.value

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "title": title,
                "type": type_,
            }
        )
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
        detail = src_dict["detail"]
        if type(detail) is not str and not isinstance(detail, str):
            raise TypeError(f"InternalErrorProblem.detail: expected str, got {type(detail).__name__}")

        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"InternalErrorProblem.title: expected str, got {type(title).__name__}")

        type_ = InternalErrorProblemType(src_dict["type"])

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"InternalErrorProblem.status: expected int, got {type(status).__name__}")

        internal_error_problem = cls(
            detail,
            title,
            type_,
            status,
        )

        d = (
            {}
            if _InternalErrorProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _InternalErrorProblem_KEYS}
        )
        internal_error_problem.additional_properties = d
        return internal_error_problem

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


_InternalErrorProblem_KEYS = frozenset(
    {
        "detail",
        "title",
        "type",
        "status",
    }
)
