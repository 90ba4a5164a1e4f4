from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, raw_object

T = TypeVar("T", bound="Place")


@_attrs_define
class Place(Model):
    """Place: an object of X's API, as the spec describes it.

    Attributes:
        contained_within (list[str] | None): A list of unique identifiers of the Places that contain this place.
        country (str | None):
        country_code (str | None):
        full_name (str | None):
        geo (PlaceGeo | None): The geographic location of this place, expressed as a GeoJSON Feature.
        id (str | None):
        name (str | None):
        place_type (str | None):
    """

    contained_within: list[str] | None = None
    country: str | None = None
    country_code: str | None = None
    full_name: str | None = None
    geo: PlaceGeo | None = None
    id: str | None = None
    name: str | None = None
    place_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        contained_within: list[str] | Unset = UNSET
        if not isinstance(self.contained_within, Unset):
            contained_within = self.contained_within

        country = self.country

        country_code = self.country_code

        full_name = self.full_name

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        id = self.id

        name = self.name

        place_type = self.place_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contained_within is not UNSET:
            field_dict["contained_within"] = contained_within
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if geo is not UNSET:
            field_dict["geo"] = geo
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if place_type is not UNSET:
            field_dict["place_type"] = place_type

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
        contained_within = cast(list[str], _get("contained_within", UNSET))

        country = _get("country", UNSET)
        if type(country) is not str and country is not UNSET and not isinstance(country, str):
            raise TypeError(f"Place.country: expected str, got {type(country).__name__}")

        country_code = _get("country_code", UNSET)
        if type(country_code) is not str and country_code is not UNSET and not isinstance(country_code, str):
            raise TypeError(f"Place.country_code: expected str, got {type(country_code).__name__}")

        full_name = _get("full_name", UNSET)
        if type(full_name) is not str and full_name is not UNSET and not isinstance(full_name, str):
            raise TypeError(f"Place.full_name: expected str, got {type(full_name).__name__}")

        geo = raw_object(_get("geo", UNSET), "Place.geo")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"Place.id: expected str, got {type(id).__name__}")

        name = _get("name", UNSET)
        if type(name) is not str and name is not UNSET and not isinstance(name, str):
            raise TypeError(f"Place.name: expected str, got {type(name).__name__}")

        place_type = _get("place_type", UNSET)
        if type(place_type) is not str and place_type is not UNSET and not isinstance(place_type, str):
            raise TypeError(f"Place.place_type: expected str, got {type(place_type).__name__}")

        place = cls(
            contained_within,
            country,
            country_code,
            full_name,
            geo,
            id,
            name,
            place_type,
        )

        d = {} if _Place_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _Place_KEYS}
        place.additional_properties = d
        return place

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


_Place_KEYS = frozenset(
    {
        "contained_within",
        "country",
        "country_code",
        "full_name",
        "geo",
        "id",
        "name",
        "place_type",
    }
)
from ..models.place_geo import PlaceGeo  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(Place, "geo", lambda raw: PlaceGeo.from_dict(raw))
