from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_geo_coordinates_type_0_type import PostGeoCoordinatesType0Type
from ..types import Model

T = TypeVar("T", bound="PostGeoCoordinatesType0")


@_attrs_define
class PostGeoCoordinatesType0(Model):
    """A GeoJSON Point geometry.

    Attributes:
        coordinates (list[float]): [longitude, latitude].
        type_ (PostGeoCoordinatesType0Type): The GeoJSON geometry type.
    """

    coordinates: list[float]
    type_: PostGeoCoordinatesType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        coordinates = self.coordinates

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coordinates": coordinates,
                "type": type_,
            }
        )

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
        coordinates = cast(list[float], src_dict["coordinates"])

        type_ = PostGeoCoordinatesType0Type(src_dict["type"])

        post_geo_coordinates_type_0 = cls(
            coordinates,
            type_,
        )

        d = (
            {}
            if _PostGeoCoordinatesType0_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostGeoCoordinatesType0_KEYS}
        )
        post_geo_coordinates_type_0.additional_properties = d
        return post_geo_coordinates_type_0

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


_PostGeoCoordinatesType0_KEYS = frozenset(
    {
        "coordinates",
        "type",
    }
)
