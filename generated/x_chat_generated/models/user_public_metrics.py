from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="UserPublicMetrics")


@_attrs_define
class UserPublicMetrics(Model):
    """A list of metrics for this User.

    Attributes:
        followers_count (int): Number of Users who follow this User.
        following_count (int): Number of Users this User follows.
        listed_count (int): Number of Lists that include this User.
        post_count (int): Number of Posts (including Reposts) created by this User.
        like_count (int | None): Number of Posts this User has liked.
        media_count (int | None): Number of media items posted by this User.
    """

    followers_count: int
    following_count: int
    listed_count: int
    post_count: int
    like_count: int | None = None
    media_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        followers_count = self.followers_count

        following_count = self.following_count

        listed_count = self.listed_count

        post_count = self.post_count

        like_count: int | Unset | None
        if isinstance(self.like_count, Unset):
            like_count = UNSET
        else:
            like_count = self.like_count

        media_count: int | Unset | None
        if isinstance(self.media_count, Unset):
            media_count = UNSET
        else:
            media_count = self.media_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "followers_count": followers_count,
                "following_count": following_count,
                "listed_count": listed_count,
                "post_count": post_count,
            }
        )
        if like_count is not UNSET:
            field_dict["like_count"] = like_count
        if media_count is not UNSET:
            field_dict["media_count"] = media_count

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
        followers_count = src_dict["followers_count"]
        if not isinstance(followers_count, int) or isinstance(followers_count, bool):
            raise TypeError(f"UserPublicMetrics.followers_count: expected int, got {type(followers_count).__name__}")

        following_count = src_dict["following_count"]
        if not isinstance(following_count, int) or isinstance(following_count, bool):
            raise TypeError(f"UserPublicMetrics.following_count: expected int, got {type(following_count).__name__}")

        listed_count = src_dict["listed_count"]
        if not isinstance(listed_count, int) or isinstance(listed_count, bool):
            raise TypeError(f"UserPublicMetrics.listed_count: expected int, got {type(listed_count).__name__}")

        post_count = src_dict["post_count"]
        if not isinstance(post_count, int) or isinstance(post_count, bool):
            raise TypeError(f"UserPublicMetrics.post_count: expected int, got {type(post_count).__name__}")

        def _parse_like_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        like_count = _parse_like_count(_get("like_count", UNSET))

        def _parse_media_count(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        media_count = _parse_media_count(_get("media_count", UNSET))

        user_public_metrics = cls(
            followers_count,
            following_count,
            listed_count,
            post_count,
            like_count,
            media_count,
        )

        d = (
            {}
            if _UserPublicMetrics_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _UserPublicMetrics_KEYS}
        )
        user_public_metrics.additional_properties = d
        return user_public_metrics

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


_UserPublicMetrics_KEYS = frozenset(
    {
        "followers_count",
        "following_count",
        "listed_count",
        "post_count",
        "like_count",
        "media_count",
    }
)
