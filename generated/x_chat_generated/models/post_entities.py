from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items

T = TypeVar("T", bound="PostEntities")


@_attrs_define
class PostEntities(Model):
    """A list of metadata entities (hashtags, mentions, URLs) found in the Post text.

    Attributes:
        cashtags (list[PostEntitiesCashtagsType0Item] | None):
        hashtags (list[PostEntitiesHashtagsType0Item] | None):
        mentions (list[PostEntitiesMentionsType0Item] | None):
        urls (list[PostEntitiesUrlsType0Item] | None):
    """

    cashtags: list[PostEntitiesCashtagsType0Item] | None = None
    hashtags: list[PostEntitiesHashtagsType0Item] | None = None
    mentions: list[PostEntitiesMentionsType0Item] | None = None
    urls: list[PostEntitiesUrlsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        cashtags: list[dict[str, Any]] | Unset | None
        if isinstance(self.cashtags, Unset):
            cashtags = UNSET
        elif isinstance(self.cashtags, list):
            cashtags = []
            for cashtags_type_0_item_data in self.cashtags:
                cashtags_type_0_item = cashtags_type_0_item_data.to_dict()
                cashtags.append(cashtags_type_0_item)

        else:
            cashtags = self.cashtags

        hashtags: list[dict[str, Any]] | Unset | None
        if isinstance(self.hashtags, Unset):
            hashtags = UNSET
        elif isinstance(self.hashtags, list):
            hashtags = []
            for hashtags_type_0_item_data in self.hashtags:
                hashtags_type_0_item = hashtags_type_0_item_data.to_dict()
                hashtags.append(hashtags_type_0_item)

        else:
            hashtags = self.hashtags

        mentions: list[dict[str, Any]] | Unset | None
        if isinstance(self.mentions, Unset):
            mentions = UNSET
        elif isinstance(self.mentions, list):
            mentions = []
            for mentions_type_0_item_data in self.mentions:
                mentions_type_0_item = mentions_type_0_item_data.to_dict()
                mentions.append(mentions_type_0_item)

        else:
            mentions = self.mentions

        urls: list[dict[str, Any]] | Unset | None
        if isinstance(self.urls, Unset):
            urls = UNSET
        elif isinstance(self.urls, list):
            urls = []
            for urls_type_0_item_data in self.urls:
                urls_type_0_item = urls_type_0_item_data.to_dict()
                urls.append(urls_type_0_item)

        else:
            urls = self.urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cashtags is not UNSET:
            field_dict["cashtags"] = cashtags
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if mentions is not UNSET:
            field_dict["mentions"] = mentions
        if urls is not UNSET:
            field_dict["urls"] = urls

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

        def _parse_cashtags(data: object) -> list[PostEntitiesCashtagsType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _cashtags_type_0 = data
                if not isinstance(_cashtags_type_0, list):
                    raise TypeError(f"cashtags_type_0: expected array, got {type(_cashtags_type_0).__name__}")
                cashtags_type_0 = deferred_items(PostEntitiesCashtagsType0Item, _cashtags_type_0)

                return cashtags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PostEntitiesCashtagsType0Item] | None | Unset, data)

        cashtags = _parse_cashtags(_get("cashtags", UNSET))

        def _parse_hashtags(data: object) -> list[PostEntitiesHashtagsType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _hashtags_type_0 = data
                if not isinstance(_hashtags_type_0, list):
                    raise TypeError(f"hashtags_type_0: expected array, got {type(_hashtags_type_0).__name__}")
                hashtags_type_0 = deferred_items(PostEntitiesHashtagsType0Item, _hashtags_type_0)

                return hashtags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PostEntitiesHashtagsType0Item] | None | Unset, data)

        hashtags = _parse_hashtags(_get("hashtags", UNSET))

        def _parse_mentions(data: object) -> list[PostEntitiesMentionsType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _mentions_type_0 = data
                if not isinstance(_mentions_type_0, list):
                    raise TypeError(f"mentions_type_0: expected array, got {type(_mentions_type_0).__name__}")
                mentions_type_0 = deferred_items(PostEntitiesMentionsType0Item, _mentions_type_0)

                return mentions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PostEntitiesMentionsType0Item] | None | Unset, data)

        mentions = _parse_mentions(_get("mentions", UNSET))

        def _parse_urls(data: object) -> list[PostEntitiesUrlsType0Item] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _urls_type_0 = data
                if not isinstance(_urls_type_0, list):
                    raise TypeError(f"urls_type_0: expected array, got {type(_urls_type_0).__name__}")
                urls_type_0 = deferred_items(PostEntitiesUrlsType0Item, _urls_type_0)

                return urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PostEntitiesUrlsType0Item] | None | Unset, data)

        urls = _parse_urls(_get("urls", UNSET))

        post_entities = cls(
            cashtags,
            hashtags,
            mentions,
            urls,
        )

        d = (
            {}
            if _PostEntities_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostEntities_KEYS}
        )
        post_entities.additional_properties = d
        return post_entities

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


_PostEntities_KEYS = frozenset(
    {
        "cashtags",
        "hashtags",
        "mentions",
        "urls",
    }
)
from ..models.post_entities_cashtags_type_0_item import PostEntitiesCashtagsType0Item  # noqa: E402
from ..models.post_entities_hashtags_type_0_item import PostEntitiesHashtagsType0Item  # noqa: E402
from ..models.post_entities_mentions_type_0_item import PostEntitiesMentionsType0Item  # noqa: E402
from ..models.post_entities_urls_type_0_item import PostEntitiesUrlsType0Item  # noqa: E402
