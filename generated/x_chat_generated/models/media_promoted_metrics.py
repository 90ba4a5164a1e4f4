from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="MediaPromotedMetrics")


@_attrs_define
class MediaPromotedMetrics(Model):
    """Promoted nonpublic engagement metrics for the media at the time of the request.

    Attributes:
        playback_0_count (int | None): Number of users who started playback (0% quartile) of this video.
        playback_100_count (int | None): Number of users who completed playback (100% quartile) of this video.
        playback_25_count (int | None): Number of users who watched at least 25% of this video.
        playback_50_count (int | None): Number of users who watched at least 50% of this video.
        playback_75_count (int | None): Number of users who watched at least 75% of this video.
        view_count (int | None): The number of promoted views of this video. Null when the backend returns quartile data
            without a view count.
    """

    playback_0_count: int | None = None
    playback_100_count: int | None = None
    playback_25_count: int | None = None
    playback_50_count: int | None = None
    playback_75_count: int | None = None
    view_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        playback_0_count: int | Unset | None
        if isinstance(self.playback_0_count, Unset):
            playback_0_count = UNSET
        else:
            playback_0_count = self.playback_0_count

        playback_100_count: int | Unset | None
        if isinstance(self.playback_100_count, Unset):
            playback_100_count = UNSET
        else:
            playback_100_count = self.playback_100_count

        playback_25_count: int | Unset | None
        if isinstance(self.playback_25_count, Unset):
            playback_25_count = UNSET
        else:
            playback_25_count = self.playback_25_count

        playback_50_count: int | Unset | None
        if isinstance(self.playback_50_count, Unset):
            playback_50_count = UNSET
        else:
            playback_50_count = self.playback_50_count

        playback_75_count: int | Unset | None
        if isinstance(self.playback_75_count, Unset):
            playback_75_count = UNSET
        else:
            playback_75_count = self.playback_75_count

        view_count: int | Unset | None
        if isinstance(self.view_count, Unset):
            view_count = UNSET
        else:
            view_count = self.view_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if playback_0_count is not UNSET:
            field_dict["playback_0_count"] = playback_0_count
        if playback_100_count is not UNSET:
            field_dict["playback_100_count"] = playback_100_count
        if playback_25_count is not UNSET:
            field_dict["playback_25_count"] = playback_25_count
        if playback_50_count is not UNSET:
            field_dict["playback_50_count"] = playback_50_count
        if playback_75_count is not UNSET:
            field_dict["playback_75_count"] = playback_75_count
        if view_count is not UNSET:
            field_dict["view_count"] = view_count

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

        def _parse_playback_0_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        playback_0_count = _parse_playback_0_count(_get("playback_0_count", UNSET))

        def _parse_playback_100_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        playback_100_count = _parse_playback_100_count(_get("playback_100_count", UNSET))

        def _parse_playback_25_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        playback_25_count = _parse_playback_25_count(_get("playback_25_count", UNSET))

        def _parse_playback_50_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        playback_50_count = _parse_playback_50_count(_get("playback_50_count", UNSET))

        def _parse_playback_75_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        playback_75_count = _parse_playback_75_count(_get("playback_75_count", UNSET))

        def _parse_view_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        view_count = _parse_view_count(_get("view_count", UNSET))

        media_promoted_metrics = cls(
            playback_0_count,
            playback_100_count,
            playback_25_count,
            playback_50_count,
            playback_75_count,
            view_count,
        )

        d = (
            {}
            if _MediaPromotedMetrics_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _MediaPromotedMetrics_KEYS}
        )
        media_promoted_metrics.additional_properties = d
        return media_promoted_metrics

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


_MediaPromotedMetrics_KEYS = frozenset(
    {
        "playback_0_count",
        "playback_100_count",
        "playback_25_count",
        "playback_50_count",
        "playback_75_count",
        "view_count",
    }
)
