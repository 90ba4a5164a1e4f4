from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostGeo")


@_attrs_define
class PostGeo(Model):
    """The location tagged on the Post, if the user provided one.

    Attributes:
        coordinates (None | PostGeoCoordinatesType0 | None): A GeoJSON Point geometry.
        place_id (None | str | None): The unique identifier of the tagged place.
    """

    coordinates: None | PostGeoCoordinatesType0 | None = None
    place_id: None | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        coordinates: dict[str, Any] | Unset | None
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, PostGeoCoordinatesType0):
            coordinates = self.coordinates.to_dict()
        else:
            coordinates = self.coordinates

        place_id: str | Unset | None
        if isinstance(self.place_id, Unset):
            place_id = UNSET
        else:
            place_id = self.place_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if place_id is not UNSET:
            field_dict["place_id"] = place_id

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

        def _parse_coordinates(data: object) -> PostGeoCoordinatesType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                coordinates_type_0 = PostGeoCoordinatesType0.from_dict(data)

                return coordinates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostGeoCoordinatesType0 | Unset, data)

        coordinates = _parse_coordinates(_get("coordinates", UNSET))

        def _parse_place_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place_id = _parse_place_id(_get("place_id", UNSET))

        post_geo = cls(
            coordinates,
            place_id,
        )

        d = {} if _PostGeo_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _PostGeo_KEYS}
        post_geo.additional_properties = d
        return post_geo

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


_PostGeo_KEYS = frozenset(
    {
        "coordinates",
        "place_id",
    }
)
from ..models.post_geo_coordinates_type_0 import PostGeoCoordinatesType0  # noqa: E402
