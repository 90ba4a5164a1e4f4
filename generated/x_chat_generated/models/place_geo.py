from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_geo_type_type_0 import PlaceGeoTypeType0
from ..types import Model, raw_object

T = TypeVar("T", bound="PlaceGeo")


@_attrs_define
class PlaceGeo(Model):
    """The geographic location of this place, expressed as a GeoJSON Feature.

    Attributes:
        bbox (list[float]): The bounding box as [southwest_longitude, southwest_latitude, northeast_longitude,
            northeast_latitude].
        properties (PlaceGeoProperties): Additional GeoJSON feature properties.
        type_ (PlaceGeoTypeType0): The GeoJSON feature type.
    """

    bbox: list[float]
    properties: PlaceGeoProperties
    type_: PlaceGeoTypeType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        bbox = self.bbox

        properties = self.properties.to_dict()

        type_: str
        if isinstance(self.type_, PlaceGeoTypeType0):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bbox": bbox,
                "properties": properties,
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
        bbox = cast(list[float], src_dict["bbox"])

        properties = raw_object(src_dict["properties"], "PlaceGeo.properties")

        def _parse_type_(data: object) -> PlaceGeoTypeType0:
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = PlaceGeoTypeType0(data)

            return type_type_0

        type_ = _parse_type_(src_dict["type"])

        place_geo = cls(
            bbox,
            properties,
            type_,
        )

        d = (
            {}
            if _PlaceGeo_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PlaceGeo_KEYS}
        )
        place_geo.additional_properties = d
        return place_geo

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


_PlaceGeo_KEYS = frozenset(
    {
        "bbox",
        "properties",
        "type",
    }
)
from ..models.place_geo_properties import PlaceGeoProperties  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(PlaceGeo, "properties", lambda raw: PlaceGeoProperties.from_dict(raw))
