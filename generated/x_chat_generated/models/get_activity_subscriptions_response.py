from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="GetActivitySubscriptionsResponse")


@_attrs_define
class GetActivitySubscriptionsResponse(Model):
    """GetActivitySubscriptionsResponse: an object of X's API, as the spec describes it.

    Attributes:
        data (list[GetActivitySubscriptionsResponseData] | None):
        errors (list[DisallowedResourceProblem | FieldHydrationFailureProblem | FieldUnauthorizedProblem |
            GenericProblem | InternalErrorProblem | InvalidRequestProblem | NotAuthorizedForFieldProblem |
            NotAuthorizedForResourceProblem | ResourceNotFoundProblem | ResourceUnavailableProblem] | None):
    """

    data: list[GetActivitySubscriptionsResponseData] | None = None
    errors: (
        list[
            DisallowedResourceProblem
            | FieldHydrationFailureProblem
            | FieldUnauthorizedProblem
            | GenericProblem
            | InternalErrorProblem
            | InvalidRequestProblem
            | NotAuthorizedForFieldProblem
            | NotAuthorizedForResourceProblem
            | ResourceNotFoundProblem
            | ResourceUnavailableProblem
        ]
        | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item: dict[str, Any]
                if (
                    isinstance(errors_item_data, ResourceNotFoundProblem)
                    or isinstance(errors_item_data, InvalidRequestProblem)
                    or isinstance(errors_item_data, NotAuthorizedForResourceProblem)
                    or isinstance(errors_item_data, NotAuthorizedForFieldProblem)
                    or isinstance(errors_item_data, FieldUnauthorizedProblem)
                    or isinstance(errors_item_data, FieldHydrationFailureProblem)
                    or isinstance(errors_item_data, ResourceUnavailableProblem)
                    or isinstance(errors_item_data, DisallowedResourceProblem)
                    or isinstance(errors_item_data, InternalErrorProblem)
                ):
                    errors_item = errors_item_data.to_dict()
                else:
                    errors_item = errors_item_data.to_dict()

                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

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
        _data = _get("data", UNSET)
        data: list[GetActivitySubscriptionsResponseData] | Unset = UNSET
        if _data is not UNSET:
            if not isinstance(_data, list):
                raise TypeError(f"data: expected array, got {type(_data).__name__}")
            data = deferred_items(GetActivitySubscriptionsResponseData, _data)

        _errors = _get("errors", UNSET)
        errors: (
            list[
                DisallowedResourceProblem
                | FieldHydrationFailureProblem
                | FieldUnauthorizedProblem
                | GenericProblem
                | InternalErrorProblem
                | InvalidRequestProblem
                | NotAuthorizedForFieldProblem
                | NotAuthorizedForResourceProblem
                | ResourceNotFoundProblem
                | ResourceUnavailableProblem
            ]
            | Unset
        ) = UNSET
        if _errors is not UNSET:
            if not isinstance(_errors, list):
                raise TypeError(f"errors: expected array, got {type(_errors).__name__}")
            errors = []
            for errors_item_data in _errors:

                def _parse_errors_item(
                    data: object,
                ) -> (
                    DisallowedResourceProblem
                    | FieldHydrationFailureProblem
                    | FieldUnauthorizedProblem
                    | GenericProblem
                    | InternalErrorProblem
                    | InvalidRequestProblem
                    | NotAuthorizedForFieldProblem
                    | NotAuthorizedForResourceProblem
                    | ResourceNotFoundProblem
                    | ResourceUnavailableProblem
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_0 = ResourceNotFoundProblem.from_dict(data)

                        return componentsschemas_problem_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_1 = InvalidRequestProblem.from_dict(data)

                        return componentsschemas_problem_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_2 = NotAuthorizedForResourceProblem.from_dict(data)

                        return componentsschemas_problem_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_3 = NotAuthorizedForFieldProblem.from_dict(data)

                        return componentsschemas_problem_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_4 = FieldUnauthorizedProblem.from_dict(data)

                        return componentsschemas_problem_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_5 = FieldHydrationFailureProblem.from_dict(data)

                        return componentsschemas_problem_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_6 = ResourceUnavailableProblem.from_dict(data)

                        return componentsschemas_problem_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_7 = DisallowedResourceProblem.from_dict(data)

                        return componentsschemas_problem_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_problem_type_8 = InternalErrorProblem.from_dict(data)

                        return componentsschemas_problem_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_problem_type_9 = GenericProblem.from_dict(data)

                    return componentsschemas_problem_type_9

                errors_item = _parse_errors_item(errors_item_data)

                errors.append(errors_item)

        get_activity_subscriptions_response = cls(
            data,
            errors,
        )

        d = (
            {}
            if _GetActivitySubscriptionsResponse_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _GetActivitySubscriptionsResponse_KEYS}
        )
        get_activity_subscriptions_response.additional_properties = d
        return get_activity_subscriptions_response

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


_GetActivitySubscriptionsResponse_KEYS = frozenset(
    {
        "data",
        "errors",
    }
)
from ..models.disallowed_resource_problem import DisallowedResourceProblem  # noqa: E402
from ..models.field_hydration_failure_problem import FieldHydrationFailureProblem  # noqa: E402
from ..models.field_unauthorized_problem import FieldUnauthorizedProblem  # noqa: E402
from ..models.generic_problem import GenericProblem  # noqa: E402
from ..models.get_activity_subscriptions_response_data import GetActivitySubscriptionsResponseData  # noqa: E402
from ..models.internal_error_problem import InternalErrorProblem  # noqa: E402
from ..models.invalid_request_problem import InvalidRequestProblem  # noqa: E402
from ..models.not_authorized_for_field_problem import NotAuthorizedForFieldProblem  # noqa: E402
from ..models.not_authorized_for_resource_problem import NotAuthorizedForResourceProblem  # noqa: E402
from ..models.resource_not_found_problem import ResourceNotFoundProblem  # noqa: E402
from ..models.resource_unavailable_problem import ResourceUnavailableProblem  # noqa: E402
