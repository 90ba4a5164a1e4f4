from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_forbidden_problem_reason import ClientForbiddenProblemReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientForbiddenProblem")


@_attrs_define
class ClientForbiddenProblem:
    """A problem that indicates your client is forbidden from making this request.

    Attributes:
        title (str):
        type_ (str):
        detail (str | Unset):
        status (int | Unset):
        reason (ClientForbiddenProblemReason | Unset):
        registration_url (str | Unset):
    """

    title: str
    type_: str
    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    reason: ClientForbiddenProblemReason | Unset = UNSET
    registration_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_

        detail = self.detail

        status = self.status

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        registration_url = self.registration_url

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
        if reason is not UNSET:
            field_dict["reason"] = reason
        if registration_url is not UNSET:
            field_dict["registration_url"] = registration_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        title = src_dict["title"]
        if type(title) is not str and not isinstance(title, str):
            raise TypeError(f"ClientForbiddenProblem.title: expected str, got {type(title).__name__}")

        type_ = src_dict["type"]
        if type(type_) is not str and not isinstance(type_, str):
            raise TypeError(f"ClientForbiddenProblem.type: expected str, got {type(type_).__name__}")

        detail = _get("detail", UNSET)
        if type(detail) is not str and detail is not UNSET and not isinstance(detail, str):
            raise TypeError(f"ClientForbiddenProblem.detail: expected str, got {type(detail).__name__}")

        status = _get("status", UNSET)
        if status is not UNSET and (not isinstance(status, int) or isinstance(status, bool)):
            raise TypeError(f"ClientForbiddenProblem.status: expected int, got {type(status).__name__}")

        _reason = _get("reason", UNSET)
        reason: ClientForbiddenProblemReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = ClientForbiddenProblemReason(_reason)

        registration_url = _get("registration_url", UNSET)
        if (
            type(registration_url) is not str
            and registration_url is not UNSET
            and not isinstance(registration_url, str)
        ):
            raise TypeError(
                f"ClientForbiddenProblem.registration_url: expected str, got {type(registration_url).__name__}"
            )

        client_forbidden_problem = cls(
            title,
            type_,
            detail,
            status,
            reason,
            registration_url,
        )

        d = (
            {}
            if _ClientForbiddenProblem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _ClientForbiddenProblem_KEYS}
        )
        client_forbidden_problem.additional_properties = d
        return client_forbidden_problem

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


_ClientForbiddenProblem_KEYS = frozenset(
    {
        "title",
        "type",
        "detail",
        "status",
        "reason",
        "registration_url",
    }
)
