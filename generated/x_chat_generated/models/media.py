from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Model, Unset, deferred_items, raw_object

T = TypeVar("T", bound="Media")


@_attrs_define
class Media(Model):
    """Media: an object of X's API, as the spec describes it.

    Attributes:
        alt_text (str | None):
        duration_ms (int | None):
        height (int | None):
        media_key (str | None):
        non_public_metrics (MediaNonPublicMetrics | None): Nonpublic engagement metrics for the media at the time of the
            request.
        organic_metrics (MediaOrganicMetrics | None): Organic nonpublic engagement metrics for the media at the time of
            the request.
        preview_image_url (str | None):
        promoted_metrics (MediaPromotedMetrics | None): Promoted nonpublic engagement metrics for the media at the time
            of the request.
        public_metrics (MediaPublicMetrics | None): Public engagement metrics for the media at the time of the request.
        type_ (str | None):
        url (str | None):
        variants (list[MediaVariantsItem] | None): Each media object may have multiple display or playback variants,
            with different resolutions or formats.
        width (int | None):
    """

    alt_text: str | None = None
    duration_ms: int | None = None
    height: int | None = None
    media_key: str | None = None
    non_public_metrics: MediaNonPublicMetrics | None = None
    organic_metrics: MediaOrganicMetrics | None = None
    preview_image_url: str | None = None
    promoted_metrics: MediaPromotedMetrics | None = None
    public_metrics: MediaPublicMetrics | None = None
    type_: str | None = None
    url: str | None = None
    variants: list[MediaVariantsItem] | None = None
    width: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        alt_text = self.alt_text

        duration_ms = self.duration_ms

        height = self.height

        media_key = self.media_key

        non_public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.non_public_metrics, Unset):
            non_public_metrics = self.non_public_metrics.to_dict()

        organic_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organic_metrics, Unset):
            organic_metrics = self.organic_metrics.to_dict()

        preview_image_url = self.preview_image_url

        promoted_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promoted_metrics, Unset):
            promoted_metrics = self.promoted_metrics.to_dict()

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        type_ = self.type_

        url = self.url

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            variants = []
            for componentsschemas_media_variants_item_data in self.variants:
                componentsschemas_media_variants_item = componentsschemas_media_variants_item_data.to_dict()
                variants.append(componentsschemas_media_variants_item)

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if height is not UNSET:
            field_dict["height"] = height
        if media_key is not UNSET:
            field_dict["media_key"] = media_key
        if non_public_metrics is not UNSET:
            field_dict["non_public_metrics"] = non_public_metrics
        if organic_metrics is not UNSET:
            field_dict["organic_metrics"] = organic_metrics
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url
        if promoted_metrics is not UNSET:
            field_dict["promoted_metrics"] = promoted_metrics
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if variants is not UNSET:
            field_dict["variants"] = variants
        if width is not UNSET:
            field_dict["width"] = width

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
        alt_text = _get("alt_text", UNSET)
        if type(alt_text) is not str and alt_text is not UNSET and not isinstance(alt_text, str):
            raise TypeError(f"Media.alt_text: expected str, got {type(alt_text).__name__}")

        duration_ms = _get("duration_ms", UNSET)
        if duration_ms is not UNSET and (not isinstance(duration_ms, int) or isinstance(duration_ms, bool)):
            raise TypeError(f"Media.duration_ms: expected int, got {type(duration_ms).__name__}")

        height = _get("height", UNSET)
        if height is not UNSET and (not isinstance(height, int) or isinstance(height, bool)):
            raise TypeError(f"Media.height: expected int, got {type(height).__name__}")

        media_key = _get("media_key", UNSET)
        if type(media_key) is not str and media_key is not UNSET and not isinstance(media_key, str):
            raise TypeError(f"Media.media_key: expected str, got {type(media_key).__name__}")

        non_public_metrics = raw_object(_get("non_public_metrics", UNSET), "Media.non_public_metrics")

        organic_metrics = raw_object(_get("organic_metrics", UNSET), "Media.organic_metrics")

        preview_image_url = _get("preview_image_url", UNSET)
        if (
            type(preview_image_url) is not str
            and preview_image_url is not UNSET
            and not isinstance(preview_image_url, str)
        ):
            raise TypeError(f"Media.preview_image_url: expected str, got {type(preview_image_url).__name__}")

        promoted_metrics = raw_object(_get("promoted_metrics", UNSET), "Media.promoted_metrics")

        public_metrics = raw_object(_get("public_metrics", UNSET), "Media.public_metrics")

        type_ = _get("type", UNSET)
        if type(type_) is not str and type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"Media.type: expected str, got {type(type_).__name__}")

        url = _get("url", UNSET)
        if type(url) is not str and url is not UNSET and not isinstance(url, str):
            raise TypeError(f"Media.url: expected str, got {type(url).__name__}")

        _variants = _get("variants", UNSET)
        variants: list[MediaVariantsItem] | Unset = UNSET
        if _variants is not UNSET:
            if not isinstance(_variants, list):
                raise TypeError(f"variants: expected array, got {type(_variants).__name__}")
            variants = deferred_items(MediaVariantsItem, _variants)

        width = _get("width", UNSET)
        if width is not UNSET and (not isinstance(width, int) or isinstance(width, bool)):
            raise TypeError(f"Media.width: expected int, got {type(width).__name__}")

        media = cls(
            alt_text,
            duration_ms,
            height,
            media_key,
            non_public_metrics,
            organic_metrics,
            preview_image_url,
            promoted_metrics,
            public_metrics,
            type_,
            url,
            variants,
            width,
        )

        d = {} if _Media_KEYS.issuperset(src_dict) else {k: v for k, v in src_dict.items() if k not in _Media_KEYS}
        media.additional_properties = d
        return media

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


_Media_KEYS = frozenset(
    {
        "alt_text",
        "duration_ms",
        "height",
        "media_key",
        "non_public_metrics",
        "organic_metrics",
        "preview_image_url",
        "promoted_metrics",
        "public_metrics",
        "type",
        "url",
        "variants",
        "width",
    }
)
from ..models.media_non_public_metrics import MediaNonPublicMetrics  # noqa: E402
from ..models.media_organic_metrics import MediaOrganicMetrics  # noqa: E402
from ..models.media_promoted_metrics import MediaPromotedMetrics  # noqa: E402
from ..models.media_public_metrics import MediaPublicMetrics  # noqa: E402
from ..models.media_variants_item import MediaVariantsItem  # noqa: E402
from ..types import lazy_model_field  # noqa: E402

lazy_model_field(Media, "non_public_metrics", lambda raw: MediaNonPublicMetrics.from_dict(raw))
lazy_model_field(Media, "organic_metrics", lambda raw: MediaOrganicMetrics.from_dict(raw))
lazy_model_field(Media, "promoted_metrics", lambda raw: MediaPromotedMetrics.from_dict(raw))
lazy_model_field(Media, "public_metrics", lambda raw: MediaPublicMetrics.from_dict(raw))
