from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="PostPublicMetrics")


@_attrs_define
class PostPublicMetrics(Model):
    """Engagement metrics for the Post at the time of the request.

    Attributes:
        bookmark_count (int): Number of times this Post has been bookmarked.
        impression_count (int): Number of times this Post has been viewed.
        like_count (int): Number of likes on this Post.
        quote_count (int): Number of quote Posts of this Post.
        reply_count (int): Number of replies to this Post.
        repost_count (int): Number of times this Post has been reposted.
    """

    bookmark_count: int
    impression_count: int
    like_count: int
    quote_count: int
    reply_count: int
    repost_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        bookmark_count = self.bookmark_count

        impression_count = self.impression_count

        like_count = self.like_count

        quote_count = self.quote_count

        reply_count = self.reply_count

        repost_count = self.repost_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookmark_count": bookmark_count,
                "impression_count": impression_count,
                "like_count": like_count,
                "quote_count": quote_count,
                "reply_count": reply_count,
                "repost_count": repost_count,
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
        bookmark_count = src_dict["bookmark_count"]
        if not isinstance(bookmark_count, int) or isinstance(bookmark_count, bool):
            raise TypeError(f"PostPublicMetrics.bookmark_count: expected int, got {type(bookmark_count).__name__}")

        impression_count = src_dict["impression_count"]
        if not isinstance(impression_count, int) or isinstance(impression_count, bool):
            raise TypeError(f"PostPublicMetrics.impression_count: expected int, got {type(impression_count).__name__}")

        like_count = src_dict["like_count"]
        if not isinstance(like_count, int) or isinstance(like_count, bool):
            raise TypeError(f"PostPublicMetrics.like_count: expected int, got {type(like_count).__name__}")

        quote_count = src_dict["quote_count"]
        if not isinstance(quote_count, int) or isinstance(quote_count, bool):
            raise TypeError(f"PostPublicMetrics.quote_count: expected int, got {type(quote_count).__name__}")

        reply_count = src_dict["reply_count"]
        if not isinstance(reply_count, int) or isinstance(reply_count, bool):
            raise TypeError(f"PostPublicMetrics.reply_count: expected int, got {type(reply_count).__name__}")

        repost_count = src_dict["repost_count"]
        if not isinstance(repost_count, int) or isinstance(repost_count, bool):
            raise TypeError(f"PostPublicMetrics.repost_count: expected int, got {type(repost_count).__name__}")

        post_public_metrics = cls(
            bookmark_count,
            impression_count,
            like_count,
            quote_count,
            reply_count,
            repost_count,
        )

        d = (
            {}
            if _PostPublicMetrics_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostPublicMetrics_KEYS}
        )
        post_public_metrics.additional_properties = d
        return post_public_metrics

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


_PostPublicMetrics_KEYS = frozenset(
    {
        "bookmark_count",
        "impression_count",
        "like_count",
        "quote_count",
        "reply_count",
        "repost_count",
    }
)
