from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, parse_datetime

T = TypeVar("T", bound="LikeWithPostAuthor")


@_attrs_define
class LikeWithPostAuthor(Model):
    """A Like event, with the tweet author user and the tweet being liked

    Attributes:
        created_at (datetime.datetime | None): Creation time of the Tweet. Example: 2021-01-06T18:40:40.000Z.
        id (str | None): The unique identifier of this Like. Example: 8ba4f34e6235d905a46bac021d98e923.
        liked_tweet_id (str | None): Unique identifier of a Post Example: 1346889436626259968.
        timestamp_ms (int | None): Timestamp in milliseconds of creation.
        tweet_author_id (str | None): Unique identifier of a User Example: 2244994945.
    """

    created_at: datetime.datetime | None = None
    id: str | None = None
    liked_tweet_id: str | None = None
    timestamp_ms: int | None = None
    tweet_author_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        liked_tweet_id = self.liked_tweet_id

        timestamp_ms = self.timestamp_ms

        tweet_author_id = self.tweet_author_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if liked_tweet_id is not UNSET:
            field_dict["liked_tweet_id"] = liked_tweet_id
        if timestamp_ms is not UNSET:
            field_dict["timestamp_ms"] = timestamp_ms
        if tweet_author_id is not UNSET:
            field_dict["tweet_author_id"] = tweet_author_id

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
        _created_at = _get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at, "created_at")

        id = _get("id", UNSET)
        if type(id) is not str and id is not UNSET and not isinstance(id, str):
            raise TypeError(f"LikeWithPostAuthor.id: expected str, got {type(id).__name__}")

        liked_tweet_id = _get("liked_tweet_id", UNSET)
        if type(liked_tweet_id) is not str and liked_tweet_id is not UNSET and not isinstance(liked_tweet_id, str):
            raise TypeError(f"LikeWithPostAuthor.liked_tweet_id: expected str, got {type(liked_tweet_id).__name__}")

        timestamp_ms = _get("timestamp_ms", UNSET)
        if timestamp_ms is not UNSET and (not isinstance(timestamp_ms, int) or isinstance(timestamp_ms, bool)):
            raise TypeError(f"LikeWithPostAuthor.timestamp_ms: expected int, got {type(timestamp_ms).__name__}")

        tweet_author_id = _get("tweet_author_id", UNSET)
        if type(tweet_author_id) is not str and tweet_author_id is not UNSET and not isinstance(tweet_author_id, str):
            raise TypeError(f"LikeWithPostAuthor.tweet_author_id: expected str, got {type(tweet_author_id).__name__}")

        like_with_post_author = cls(
            created_at,
            id,
            liked_tweet_id,
            timestamp_ms,
            tweet_author_id,
        )

        d = (
            {}
            if _LikeWithPostAuthor_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _LikeWithPostAuthor_KEYS}
        )
        like_with_post_author.additional_properties = d
        return like_with_post_author

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


_LikeWithPostAuthor_KEYS = frozenset(
    {
        "created_at",
        "id",
        "liked_tweet_id",
        "timestamp_ms",
        "tweet_author_id",
    }
)
