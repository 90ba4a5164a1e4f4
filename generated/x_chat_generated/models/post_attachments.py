from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset

T = TypeVar("T", bound="PostAttachments")


@_attrs_define
class PostAttachments(Model):
    """Specifies the type of attachments (if any) present in this Post.

    Attributes:
        media_keys (list[str] | None): Media keys of media attached to this Post.
        media_source_tweet_id (list[str] | None): IDs of the source Posts the attached media originated from.
        poll_ids (list[str] | None): IDs of polls attached to this Post.
    """

    media_keys: list[str] | None = None
    media_source_tweet_id: list[str] | None = None
    poll_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        media_keys: list[str] | Unset | None
        if isinstance(self.media_keys, Unset):
            media_keys = UNSET
        elif isinstance(self.media_keys, list):
            media_keys = self.media_keys

        else:
            media_keys = self.media_keys

        media_source_tweet_id: list[str] | Unset | None
        if isinstance(self.media_source_tweet_id, Unset):
            media_source_tweet_id = UNSET
        elif isinstance(self.media_source_tweet_id, list):
            media_source_tweet_id = self.media_source_tweet_id

        else:
            media_source_tweet_id = self.media_source_tweet_id

        poll_ids: list[str] | Unset | None
        if isinstance(self.poll_ids, Unset):
            poll_ids = UNSET
        elif isinstance(self.poll_ids, list):
            poll_ids = self.poll_ids

        else:
            poll_ids = self.poll_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_keys is not UNSET:
            field_dict["media_keys"] = media_keys
        if media_source_tweet_id is not UNSET:
            field_dict["media_source_tweet_id"] = media_source_tweet_id
        if poll_ids is not UNSET:
            field_dict["poll_ids"] = poll_ids

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

        def _parse_media_keys(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                media_keys_type_0 = cast(list[str], data)

                return media_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        media_keys = _parse_media_keys(_get("media_keys", UNSET))

        def _parse_media_source_tweet_id(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                media_source_tweet_id_type_0 = cast(list[str], data)

                return media_source_tweet_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        media_source_tweet_id = _parse_media_source_tweet_id(_get("media_source_tweet_id", UNSET))

        def _parse_poll_ids(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                poll_ids_type_0 = cast(list[str], data)

                return poll_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        poll_ids = _parse_poll_ids(_get("poll_ids", UNSET))

        post_attachments = cls(
            media_keys,
            media_source_tweet_id,
            poll_ids,
        )

        d = (
            {}
            if _PostAttachments_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostAttachments_KEYS}
        )
        post_attachments.additional_properties = d
        return post_attachments

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


_PostAttachments_KEYS = frozenset(
    {
        "media_keys",
        "media_source_tweet_id",
        "poll_ids",
    }
)
