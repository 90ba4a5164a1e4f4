from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Model

T = TypeVar("T", bound="NewsActivityResponsePayload")


@_attrs_define
class NewsActivityResponsePayload(Model):
    """NewsActivityResponsePayload: an object of X's API, as the spec describes it.

    Attributes:
        category (str | None):
        headline (str | None):
        hook (str | None):
        summary (str | None):
    """

    category: str | None = None
    headline: str | None = None
    hook: str | None = None
    summary: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        category = self.category

        headline = self.headline

        hook = self.hook

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if headline is not UNSET:
            field_dict["headline"] = headline
        if hook is not UNSET:
            field_dict["hook"] = hook
        if summary is not UNSET:
            field_dict["summary"] = summary

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
        category = _get("category", UNSET)
        if type(category) is not str and category is not UNSET and not isinstance(category, str):
            raise TypeError(f"NewsActivityResponsePayload.category: expected str, got {type(category).__name__}")

        headline = _get("headline", UNSET)
        if type(headline) is not str and headline is not UNSET and not isinstance(headline, str):
            raise TypeError(f"NewsActivityResponsePayload.headline: expected str, got {type(headline).__name__}")

        hook = _get("hook", UNSET)
        if type(hook) is not str and hook is not UNSET and not isinstance(hook, str):
            raise TypeError(f"NewsActivityResponsePayload.hook: expected str, got {type(hook).__name__}")

        summary = _get("summary", UNSET)
        if type(summary) is not str and summary is not UNSET and not isinstance(summary, str):
            raise TypeError(f"NewsActivityResponsePayload.summary: expected str, got {type(summary).__name__}")

        news_activity_response_payload = cls(
            category,
            headline,
            hook,
            summary,
        )

        return news_activity_response_payload
