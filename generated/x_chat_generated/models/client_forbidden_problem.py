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
        d = dict(src_dict)
        title = d.pop("title")

        type_ = d.pop("type")

        detail = d.pop("detail", UNSET)

        status = d.pop("status", UNSET)

        _reason = d.pop("reason", UNSET)
        reason: ClientForbiddenProblemReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = ClientForbiddenProblemReason(_reason)

        registration_url = d.pop("registration_url", UNSET)

        client_forbidden_problem = cls(
            title=title,
            type_=type_,
            detail=detail,
            status=status,
            reason=reason,
            registration_url=registration_url,
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
